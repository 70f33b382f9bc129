"""Words beside a name that give the person's state: a counterpart phrase ("his Chilean
counterpart, John Roe", "her counterpart from Chile, Mr John Roe", "John Roe, his Chilean
counterpart") or a country in brackets after the name ("President John Roe (Chile)"); and the
state of an office named without its holder elsewhere ("the President of Chile")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.countries import find_countries

# How far before a name its "counterpart" phrase may stand (with an honorific or an office
# between: "his Chilean counterpart, Foreign Minister Dr. John Roe").
REACH = 90
_COUNTRY_WORDS = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|and|of|the)){0,4}"
_BEFORE = re.compile(
    rf"(?:\b(?P<adjective>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+counterpart"
    rf"|\bcounterpart\s+(?:from|of)\s+(?:the\s+)?(?P<country>{_COUNTRY_WORDS}))"
    # Between the phrase and the name: a comma, honorifics and the words of an office.
    r"\s*,?\s*(?:(?:[A-Z][\w'’.-]*|of|for|and|the)\s+)*$"
)
_AFTER = re.compile(
    r"\s*,\s*(?:his|her|their|the)\s+(?P<adjective>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+"
    # Not "A, his French counterpart B and ...": there the phrase is B's.
    r"counterpart\b(?!\s+[A-Z])"
    r"|\s*\((?:the\s+)?(?P<bracketed>[A-Z][^()]{1,40})\)"
    # "Hamisu Umar from Nigeria, Biyana Pradhan from India".
    r"|\s+from\s+(?:the\s+)?(?P<origin>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?=[\s,.;)]|$)"
)


# A list that names each state before its envoy: "the Ambassadors of Australia, A, Spain, B and
# the Czech Republic, C".
_LISTED_STATE = re.compile(
    r"(?:\bof|,|\band)\s+(?:the\s+)?(?P<country>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}),\s*$"
)


# States named first and their people after, in order: "his American and Chinese counterparts,
# respectively A and B", "his peers from Argentina and Brazil, A and B".
_RESPECTIVE = re.compile(
    r"(?:(?P<adjectives>[A-Z][\w'’-]+(?:\s*,\s*[A-Z][\w'’-]+)*\s+and\s+[A-Z][\w'’-]+)\s+"
    r"(?:counterparts|peers|colleagues)"
    r"|(?:counterparts|peers|colleagues)\s+(?:from|of)\s+(?P<states>(?:the\s+)?[A-Z][\w'’-]+"
    r"(?:\s*,\s*(?:the\s+)?[A-Z][\w'’-]+)*\s+and\s+(?:the\s+)?[A-Z][\w'’-]+))"
    r"\s*,?\s*(?:respectively\s*,?\s*)?"
)
_NAME_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
RESPECTIVE_REACH = 160


def _respective_state(text: str, start: int) -> str | None:
    """The state that a list of states named first gives the name at `start`, by its place in
    the list of names that follows."""
    phrases = list(_RESPECTIVE.finditer(text, max(0, start - RESPECTIVE_REACH), start))
    if not phrases:
        return None
    phrase = phrases[-1]
    group = "adjectives" if phrase.group("adjectives") else "states"
    states = [code for _, _, code in find_countries(text, *phrase.span(group))]
    names = text[phrase.end() : start]
    position = len(_NAME_LIST_GAP.findall(names))
    # Between the phrase and the name only earlier names of the list, one per separator.
    if len(re.findall(r"[.;:]", names)) or position >= len(states):
        return None
    return states[position]


def country_beside_name(text: str, start: int, end: int, look_left: bool = True) -> str | None:
    """The state of the person named at text[start:end] when a counterpart phrase, a state
    listed right before the name or a bracketed country next to it gives it, else None.
    `look_left` is False when what stands before the name belongs to someone else."""
    if not look_left:
        return _state_after(text, end)
    respective = _respective_state(text, start)
    if respective is not None:
        return respective
    listed = _LISTED_STATE.search(text, max(0, start - REACH), start)
    if listed and listed.group().startswith("and") and _state_ends_at(text, listed.start()):
        listed = None  # "from Argentina and Brazil, A and B": the states come first, in order
    if listed and (code := _whole_country(text, *listed.span("country"))):
        return code
    before = _BEFORE.search(text, max(0, start - REACH), start)
    if before:
        group = "adjective" if before.group("adjective") else "country"
        # "his French counterpart B and Russian Foreign Minister C": another state between.
        between = next(find_countries(text, before.end(group), start), None)
        code = _leading_country(text, before.start(group), before.end(group))
        if code and between is None:
            return code
    return _state_after(text, end)


def _state_after(text: str, end: int) -> str | None:
    """A state right after the name: "X (Chile)", "X from Chile", "X, his Chilean
    counterpart"."""
    after = _AFTER.match(text, end)
    if after and after.group("adjective"):
        return _leading_country(text, after.start("adjective"), after.end("adjective"))
    if after and after.group("origin"):
        return _whole_country(text, *after.span("origin"))
    if after:  # the whole bracket is a country: "(Chile)", not "(Chile and Peru)"
        return _whole_country(text, *after.span("bracketed"))
    return None


def _whole_country(text: str, start: int, end: int) -> str | None:
    """The state whose name is the whole of text[start:end], else None."""
    found = list(find_countries(text, start, end))
    if len(found) == 1 and (found[0][0], found[0][1]) == (start, end):
        return found[0][2]
    return None


def named_as_counterpart(text: str, start: int) -> bool:
    """The name at `start` follows a counterpart phrase: "his French counterpart, X"."""
    return _BEFORE.search(text, max(0, start - REACH), start) is not None


def _state_ends_at(text: str, position: int) -> bool:
    """A state's name ends right before `position` (white space aside)."""
    found = list(find_countries(text, max(0, position - 40), position))
    return bool(found) and not text[found[-1][1] : position].strip()


def _leading_country(text: str, start: int, end: int) -> str | None:
    found = next(find_countries(text, start, end), None)
    return found[2] if found and found[0] == start else None


@lru_cache(maxsize=512)
def _office_pattern(role: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in role.split()]
    return re.compile(r"\b" + r"\s+".join(words) + r"\b", re.IGNORECASE)


_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+$")
_POSSESSIVE_END = re.compile(r"['’]s?$")


_OWN_REPUBLIC = re.compile(r"\bof the (?:Republic|Nation)$", re.IGNORECASE)


def office_country(role: str, texts: Sequence[str], home: str | None) -> str | None:
    """The one foreign state whose office `role` the texts name without a holder: the headline
    "Call between the PM and the President of Chile" for "President John Roe" in the body."""
    if _OWN_REPUBLIC.search(role):
        return None  # "the President of the Republic, A": of the publisher's own republic
    pattern = _office_pattern(role)
    codes = set()
    for text in texts:
        for match in pattern.finditer(text):
            code = None
            of = _OF_STATE.match(text, match.end())
            if of:
                found = next(find_countries(text, of.end(), min(len(text), of.end() + 60)), None)
                # Not "the President of Russia's war": an office as a possessive's owner.
                if found and found[0] == of.end() and not _POSSESSIVE_END.search(
                    text, found[0], found[1]
                ):
                    code = found[2]
                    # "President of Chile John Roe": the office of a named holder.
                    if re.match(r"\s+[A-Z][a-z]", text[found[1] :]):
                        code = None
            if code is None:
                before = list(find_countries(text, max(0, match.start() - 40), match.start()))
                if before and _POSSESSIVE_GAP.fullmatch(text, before[-1][1], match.start()):
                    code = before[-1][2]
                    if re.match(r"\s+[A-Z][a-z]", text[match.end() :]):
                        code = None
            if code and code != home:
                codes.add(code)
    return codes.pop() if len(codes) == 1 else None
