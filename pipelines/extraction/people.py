"""Person mentions: names with the title, honorific or appositive that introduces them.

A name is a run of capitalised tokens that are neither office, organisation, country nor
common words ("Artur Davtyan", "Kishida Fumio", "Mohammed bin Abdulrahman Al-Thani"). Its
title is the capitalised phrase right before it ("Prosecutor General of the Russian Federation
Igor Krasnov"), a comma-separated phrase after it ("Kim Sung-han, National Security Advisor of
the Republic of Korea"), or, in lists, a phrase before a comma ("Minister of Labour, Ananda
Wijepala"). "of Japan" after a name gives a country ("Prime Minister Kishida Fumio of Japan").
The runs that look like names but are no person (places, the ends of bodies' names,
portfolios) are told apart by `non_persons`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipelines.countries import find_countries
from pipelines.extraction.country_cues import country_beside_name
from pipelines.extraction.name_blocks import bracketed_honour, joined, name_blocks
from pipelines.extraction.non_persons import (
    FIELD_LIST,
    FIELD_LIST_REACH,
    POSSESSIVES,
    after_leading_place,
    body_word_pair,
    bracketed_short_name,
    ends_body_name,
    enumerated_in_phrase,
    followed_by_initials,
    heads_title_of_next,
    inside_proper_phrase,
    is_body_of_office,
    is_place,
    names_region,
    span_text,
)
from pipelines.extraction.roles import parse_title
from pipelines.extraction.tokens import (
    Token,
    bare,
    could_be_name,
    is_honorific,
    is_particle,
    is_rank,
    is_role_head,
    is_role_word,
    tokenize,
)
from pipelines.extraction.vocabulary import (
    COMMON_HEAD_NOUNS,
    COUNSEL_SOVEREIGNS,
    HEADLINE_BREAKS,
    INNER_NAME_TITLES,
    MONTH_NAMES,
    ORGANISATION_WORDS,
    POST_NOMINALS,
    RANK_PREFIXES,
    ROLE_HEADS,
    ROYAL_OFFICE_PREFIXES,
    ROYAL_TITLES,
    SENTENCE_ADVERBS,
    STANDING_TITLES,
    STATE_FORM_WORDS,
    TWO_WORD_HONORIFICS,
    WEEKDAY_NAMES,
)

# Lower-case words that may sit inside a title or organisation name ("Chargé d'affaires").
TITLE_CONNECTORS = frozenset(
    {"of", "the", "for", "and", "to", "on", "in", "at", "de", "du", "d'affaires"}
)
# Words before the complement of an office: "Chair of Kaiser Permanente".
COMPLEMENT_CONNECTORS = frozenset({"of", "the", "for", "to", "at"})
# Words of tenure between "the" and an office in an appositive: "the new Army Commander".
TENURE_WORDS = frozenset({"new", "newly", "appointed", "incoming", "current", "present"})
PAST_TENURE_WORDS = frozenset({"former", "outgoing", "retired"})
MAX_OFFICE_QUALIFIERS = 2
ROLE_COMPLEMENT_STARTS = frozenset({"of", "to", "for", "at", "on"})
MAX_LABEL_TITLE = 12
_SPACE_ONLY = re.compile(r"[\s\u00a0]*")
_ON_BEHALF = re.compile(r",?\s+on\s+behalf\s+of\s+(?:the\s+)?")


@dataclass
class PersonMention:
    """One mention of a person in a text segment."""

    start: int  # the name's span in the text
    end: int
    name: str
    title: str | None = None  # the office phrase as written, with any country or organisation
    title_start: int | None = None
    title_end: int | None = None
    source: str = "bare"  # title | appositive | honorific | speaker | bare
    country_hint: str | None = None  # from "of Japan" right after the name
    rank: str | None = None  # "Admiral", "Lieutenant Colonel"
    honorific: bool = False
    hint_end: int | None = None  # end of the "of Japan" after the name
    organisation: str | None = None  # an international body after the name: "of NATO"
    speaker: bool = False  # labels a transcript's turn: "Minister of Transport X: ..."

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.name.split())

    @property
    def has_title(self) -> bool:
        return self.title is not None or self.rank is not None


def _country_flags(
    tokens: list[Token], spans: list[tuple[int, int, str]], start: int
) -> list[bool]:
    i = bisect.bisect_left(spans, (start, -1, ""))
    if i == len(spans) or spans[i][0] > tokens[-1].start:
        return [False] * len(tokens)  # most sentences name no country
    flags = []
    for token in tokens:
        while i < len(spans) and spans[i][1] <= token.start:
            i += 1
        flags.append(i < len(spans) and spans[i][0] <= token.start < spans[i][1])
    return flags


def _left_title(
    text: str,
    tokens: list[Token],
    country: list[bool],
    i: int,
    floor: int,
    claimed_end: int | None = None,
) -> tuple[int, list[Token]]:
    """Start index of the title phrase that ends right before token i, and the honorifics and
    ranks found next to the name. `claimed_end` is where the previous person's appositive
    title ends."""
    k = i - 1
    address: list[Token] = []
    while k >= floor:
        token = tokens[k]
        if token.text == "Counsel" and _counsel_honour(tokens, k, floor) and joined(
            text, token, tokens[k + 1]
        ):
            address[:0] = tokens[k - 1 : k + 1]
            k -= 2
            continue
        if token.text == ")" and k - 2 >= floor and tokens[k - 2].text == "(" and (
            address or i - k == 1
        ) and bracketed_honour(tokens[k - 1]):
            address[:0] = tokens[k - 2 : k + 1]  # "H.E. Amb. (Eng.) X", "Dr (Mrs) X"
            k -= 3
            continue
        if k > floor and (tokens[k - 1].lower, token.lower) in TWO_WORD_HONORIFICS and joined(
            text, tokens[k - 1], token
        ):
            address[:0] = tokens[k - 1 : k + 1]  # "Tan Sri X", "Yang Berhormat X"
            k -= 2
            continue
        if not (
            _is_address_word(token, address)
            or token.lower in ROYAL_TITLES and _royal_title(text, tokens, k, floor)
        ) or not joined(text, token, tokens[k + 1]):
            break
        if (
            k > floor
            and is_rank(tokens[k])
            and is_role_head(tokens[k - 1])
            and not is_rank(tokens[k - 1])
            and joined(text, tokens[k - 1], tokens[k])
        ):
            break  # "Secretary General", "Inspector General": part of the office
        address.insert(0, tokens[k])
        k -= 1
    start = k + 1
    while k >= floor:
        token = tokens[k]
        # "Minister of Foreign Affairs, Foreign Employment and Tourism Vijitha Herath"
        if token.text == ",":
            if k > floor and tokens[k - 1].is_capitalised and not _has_role(tokens, start, i):
                k -= 1
                continue
            break
        # "Republic of Korea (ROK) Special Representative"
        if k >= floor + 3 and bracketed_short_name(tokens, k):
            k -= 3
            continue
        if not joined(text, token, tokens[k + 1]):
            break
        if token.kind == "number" and token.text.endswith((",", ".")):
            break  # "held in Washington on November 10, Minister ...": a date, not the title
        if token.text in "-–" and k > floor and (
            tokens[k - 1].text.isupper() and len(tokens[k - 1].text) >= 3
            and tokens[k - 1].kind == "word" or tokens[k - 1].text == ")"
        ):
            # "ALGIERS- Foreign Minister X", "TEHRAN (Agency) - Speaker X": a dateline
            break
        if token.kind == "punct" and token.text in "/-–" or token.kind == "number":
            k -= 1
            continue
        if _opens_sentence(token):
            break
        if token.kind == "initials" or token.is_capitalised or country[k] or token.is_acronym:
            start = k
            k -= 1
            continue
        if token.lower == "on" and k > floor and country[k - 1] and any(
            is_role_head(tokens[m]) for m in range(k + 1, i)
        ):
            # "Call of the Minister of Ukraine on Secretary X": two offices, not "Adviser of
            # the Czech Republic on Foreign Policy X"
            break
        if token.lower == "and" and _second_side_of_between(tokens, k, floor, i):
            break
        if token.lower in TITLE_CONNECTORS:
            k -= 1
            continue
        if token.kind == "word" and (is_role_word(token) or bare(token.text) in (
            ORGANISATION_WORDS
        )):
            start = k  # "the leader of the Republican minority in the Senate"
            k -= 1
            continue
        break
    # Drop connectors at the front ("of the ...").
    while start < i and tokens[start].lower in TITLE_CONNECTORS:
        start += 1
    if _after_claimed_title(tokens, i - len(address) - 1, claimed_end):
        return i - len(address), address
    return start, address


# How far before "and the <office>" a "between" still opens the pair of sides.
BETWEEN_REACH = 20


def _second_side_of_between(tokens: list[Token], k: int, floor: int, i: int) -> bool:
    """ "a meeting between the Ambassador of Azerbaijan to Tel Aviv and the Minister of Energy
    X": "and the" before an office, after "between", starts the second side's title."""
    if k + 2 >= i or tokens[k + 1].lower != "the" or not any(
        is_role_head(tokens[m]) for m in range(k + 2, min(k + 5, i))
    ):
        return False
    for j in range(k - 1, max(floor, k - BETWEEN_REACH) - 1, -1):
        if tokens[j].text in (".", ";", ":"):
            return False
        if tokens[j].lower == "between":
            return True
    return False


def _counsel_honour(tokens: list[Token], k: int, floor: int) -> bool:
    """Tokens k-1, k are "President's Counsel", "King's Counsel": an honour, not an office."""
    if k - 1 < floor or bare(tokens[k].text) != "counsel":
        return False
    sovereign = tokens[k - 1]
    return sovereign.text.endswith(POSSESSIVES) and bare(sovereign.text) in COUNSEL_SOVEREIGNS


def _royal_title(text: str, tokens: list[Token], k: int, floor: int) -> bool:
    """Token k is "Prince" or "Princess" addressing the person, not part of "Crown Prince"."""
    if bare(tokens[k].text) not in ROYAL_TITLES or not tokens[k].is_capitalised:
        return False
    return not (
        k > floor
        and bare(tokens[k - 1].text) in ROYAL_OFFICE_PREFIXES
        and joined(text, tokens[k - 1], tokens[k])
    )


def _after_claimed_title(tokens: list[Token], comma: int, claimed_end: int | None) -> bool:
    """The comma before a name closes the previous person's appositive: in "Mr. Lin Tao,
    Deputy Director General IDCPC, Ms Li Jinyan" the phrase before "Ms" is Lin Tao's title,
    and so is the one before ", and" in "A, Secretary-General, and Afraa Al Busta"."""
    if comma >= 2 and tokens[comma].lower == "and" and tokens[comma - 1].text == ",":
        comma -= 1
    return (
        claimed_end is not None
        and comma >= 1
        and tokens[comma].text == ","
        and tokens[comma - 1].end == claimed_end
    )


def _is_address_word(token: Token, address: list[Token]) -> bool:
    """An honorific or rank before a name; after one rank only the words of a compound rank
    ("Vice Admiral", not "Navy Commander Vice Admiral")."""
    if is_honorific(token):
        return True
    if any(is_rank(t) for t in address):
        return bare(token.text) in RANK_PREFIXES
    return is_rank(token)


def _office_after_qualifiers(text: str, tokens: list[Token], k: int) -> int | None:
    """Index of the office word after one or two capitalised words that qualify it ("Army
    Commander", "Country Operations Head"), or None."""
    for m in range(k + 1, min(k + MAX_OFFICE_QUALIFIERS + 1, len(tokens))):
        previous = tokens[m - 1]
        if not (previous.is_capitalised and previous.kind == "word") or is_honorific(previous):
            return None
        if is_rank(previous) or not joined(text, previous, tokens[m]):
            return None
        if is_role_word(tokens[m]) and tokens[m].is_capitalised:
            return m
    return None


def _is_address_start(tokens: list[Token], k: int) -> bool:
    """An honorific or rank, or the first word of a compound rank ("Air" of "Air Marshal")."""
    if is_honorific(tokens[k]) or is_rank(tokens[k]):
        return True
    return bare(tokens[k].text) in RANK_PREFIXES and k + 1 < len(tokens) and is_rank(tokens[k + 1])


def _has_role(tokens: list[Token], start: int, end: int) -> bool:
    return any(is_role_head(tokens[k]) for k in range(start, end))


def _appositive(
    text: str, tokens: list[Token], country: list[bool], j: int, blocks_at: dict[int, int]
) -> tuple[int, int] | None:
    """Token range of a title after the name: ", the Commander of ...", ", Minister of ...".

    It runs to a semicolon, the end, or a comma followed by something that is not capitalised;
    a phrase that ends in another name belongs to that name instead.
    """
    n = len(tokens)
    if j >= n:
        return None
    k = j
    if tokens[k].text == ",":
        k += 1
        while k + 1 < n and bare(tokens[k].text) in POST_NOMINALS and tokens[k + 1].text == ",":
            k += 2  # "X, CSc, Member of Parliament"
    definite = k < n and tokens[k].lower == "the"
    if definite:
        k += 1
        # "Lieutenant General X, the new Army Commander": a word of tenure before the office.
        while k + 1 < n and tokens[k].lower in TENURE_WORDS and not tokens[k].is_capitalised:
            k += 1
    office = k if k < n and is_role_word(tokens[k]) else _office_after_qualifiers(text, tokens, k)
    if office is None:
        return None
    begin = k
    end = k
    while k < n:
        token = tokens[k]
        if (k in blocks_at or k + 1 in blocks_at) and _is_address_start(tokens, k) and (
            tokens[k - 1].lower == "and"
        ):
            break  # "Dr A, Secretary to the President and Mr B, ...": B starts there
        if k in blocks_at and tokens[k - 1].lower == "and" and _appositive(
            text, tokens, country, blocks_at[k], blocks_at
        ):
            break  # "A, Director of X and B, member of Y": B has a title of their own
        if k in blocks_at and k >= office and not (
            k > begin and (
                tokens[k - 1].lower in TITLE_CONNECTORS
                or tokens[k - 1].text in ("–", "—")
                or inside_proper_phrase(text, tokens, k)
                or body_word_pair(text, tokens, k, blocks_at)
                or names_region(text, tokens, k, blocks_at[k])
            )
        ):
            return None  # "..., Sri Lanka's Ambassador to Germany, Ms. Varuni ...": the next one's
        if token.text in ("–", "—") and k > office and _division_after_dash(
            text, tokens, k, blocks_at
        ):
            k += 1  # "Senior Vice President – Crude and Condensate": a division of the office
            continue
        if token.kind == "punct" and token.text in ";:()\"“”.–—":
            break
        if token.text == ",":
            nxt = tokens[k + 1] if k + 1 < n else None
            if nxt is None or not nxt.is_capitalised or nxt.lower == "and" or is_honorific(nxt):
                break
            if (k + 1) in blocks_at and not body_word_pair(text, tokens, k + 1, blocks_at):
                break
            k += 1
            continue
        if token.kind == "word" and not token.is_capitalised and token.lower not in (
            TITLE_CONNECTORS
        ) and not (k == end and is_role_word(token)):
            break  # an office written in lower case only from its start: ", ambassador of X"
        if token.lower not in TITLE_CONNECTORS:  # "... of China and several officials"
            end = k + 1
        k += 1
    # "On the Day of Russian Parliamentarism, the President met ...": a subject, not a title.
    if definite and end - begin <= 2 and end < n and tokens[end].kind == "word" and (
        not tokens[end].is_capitalised and tokens[end].lower not in TITLE_CONNECTORS
    ):
        return None
    return (begin, end) if end > begin else None


def _division_after_dash(
    text: str, tokens: list[Token], k: int, blocks_at: dict[int, int]
) -> bool:
    """After the dash at k, a capitalised word that starts no name of two or more words."""
    if k + 1 >= len(tokens) or not joined(text, tokens[k], tokens[k + 1]):
        return False
    word = tokens[k + 1]
    return word.is_capitalised and not is_honorific(word) and blocks_at.get(k + 1, k + 2) <= k + 2


def _listed_in_title(tokens: list[Token], k: int, person_end: int) -> bool:
    """Token k follows a dash or an "and" after a capitalised word of the title, not of the
    person's name: "Senior Vice President – Crude and Condensate"."""
    before = tokens[k - 1]
    if before.text in ("–", "—"):
        return True
    return (
        before.lower in ("and", ",")
        and k >= 2
        and tokens[k - 2].is_capitalised
        and tokens[k - 2].start > person_end
    )


def find_person_mentions(
    text: str, start: int, end: int, country_spans: list[tuple[int, int, str]] | None = None
) -> list[PersonMention]:
    """Person mentions in text[start:end], in order.

    `country_spans` are the country mentions of the whole text (`find_countries`), passed by
    callers that look at many segments of one text so that it is scanned once.
    """
    tokens = tokenize(text, start, end)
    if not tokens:
        return []
    if country_spans is None:
        country_spans = list(find_countries(text, start, end))
    country = _country_flags(tokens, country_spans, start)
    blocks = name_blocks(text, tokens, country)
    blocks_at = {b[0]: b[1] for b in blocks}
    # Honorifics in front of a block also mark where the next person starts.
    for b0, _ in blocks:
        k = b0 - 1
        while k >= 0:
            if k > 0 and (tokens[k - 1].lower, tokens[k].lower) in TWO_WORD_HONORIFICS:
                blocks_at.setdefault(k, b0)
                k -= 1  # "Tan Sri": both words
            elif not (is_honorific(tokens[k]) or is_rank(tokens[k])):
                break
            blocks_at.setdefault(k, b0)
            k -= 1
    mentions: list[PersonMention] = []
    previous_end = 0
    for b0, b1 in blocks:
        claimed_end = (
            mentions[-1].title_end if mentions and mentions[-1].source == "appositive" else None
        )
        if claimed_end is not None and tokens[b0].end <= claimed_end and (
            inside_proper_phrase(text, tokens, b0)
            or b1 - b0 == 1 and _listed_in_title(tokens, b0, mentions[-1].end)
            or tokens[b0 - 1].lower in COMPLEMENT_CONNECTORS
        ):
            # Words inside the previous person's title: "..., Economic Stabilization", "Greg
            # Adams, Chief Executive Officer of Kaiser Permanente".
            continue
        if b1 - b0 == 1 and b0 > 0 and tokens[b0 - 1].text == "," and body_word_pair(
            text, tokens, b0, blocks_at
        ) and len(tokens[b1].text) > 2:  # not an initial: "..., Chynybai A Tursunbekov"
            continue  # a portfolio in a title: "Minister for Education, Professional Training"
        mention = _mention_for_block(
            text, tokens, country, b0, b1, previous_end, blocks_at, claimed_end
        )
        if mention is not None:
            mentions.append(mention)
            previous_end = b1
            # "Prime Minister A of the Czech Republic and President B": no title runs back
            # across the previous one's country.
            while previous_end < len(tokens) and mention.hint_end is not None and (
                tokens[previous_end].end <= mention.hint_end
            ):
                previous_end += 1
        elif is_place(text, tokens, b0, b1) and not (
            b0 >= 2 and tokens[b0 - 1].lower in ("in", "to", "of") and (
                country[b0 - 2] or is_role_word(tokens[b0 - 2])
                or bare(tokens[b0 - 2].text) in ORGANISATION_WORDS
            )
        ):
            # No title runs back across a place ("in Washington on ..."), but an envoy's
            # post is part of it: "the Ambassador of Finland in Kabul, Mr. X", "Deputy Chief
            # of Mission at the US Embassy in Kathmandu, X", "Consul General to Lagos, X".
            previous_end = b1
    _share_plural_titles(text, mentions)
    return mentions


_BODY_AFTER_NAME = re.compile(
    r"\s+of\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s+){0,6}[A-Z][\w.&'’-]*(?:\s+\([A-Z.]+\))?)"
)
# Between the names of a list, perhaps after a bracketed portfolio: "A (Interior), B and C".
_HONORIFIC_GAP = re.compile(r"(?:[A-Z][\w.]{1,5}\s+){1,2}")
_LIST_SEPARATOR = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")


def _singular_head(word: str) -> str | None:
    """ "Ministers" -> "Minister", "Secretaries" -> "Secretary"; None for no plural office."""
    if word.endswith("ies") and f"{word[:-3]}y".lower() in ROLE_HEADS:
        return f"{word[:-3]}y"
    if word.endswith("s") and word[:-1].lower() in ROLE_HEADS:
        return word[:-1]
    return None


def singular_title(title: str) -> str | None:
    """ "deputy prime ministers" -> "Deputy Prime Minister", "Secretaries to the President" ->
    "Secretary to the President"; None when not plural."""
    words = title.split()
    # The plural head ends the title or comes before its lower-case complement.
    head = next((k for k, w in enumerate(words) if k + 1 < len(words) and (
        words[k + 1] in ROLE_COMPLEMENT_STARTS
    )), len(words) - 1)
    singular = _singular_head(words[head])
    if singular is None:
        return None
    words[head] = singular
    if title.islower():
        words = [w.capitalize() for w in words]
    return " ".join(words)


def _listed_after(text: str, previous: PersonMention, mention: PersonMention) -> bool:
    """The mention follows the previous one in a list, perhaps after an honorific: "A
    (Interior), Amb B (Foreign Affairs) and C"."""
    if _LIST_SEPARATOR.fullmatch(text, previous.end, mention.start):
        return True
    gap = _LIST_SEPARATOR.match(text, previous.end, mention.start)
    return bool(gap and mention.honorific and _HONORIFIC_GAP.fullmatch(
        text, gap.end(), mention.start
    ))


def _share_plural_titles(text: str, mentions: list[PersonMention]) -> None:
    """ "Deputy Prime Ministers A, B and C": each name of the list holds the office."""
    shared: str | None = None
    previous: PersonMention | None = None
    for mention in mentions:
        listed = previous is not None and _listed_after(text, previous, mention)
        if mention.title and mention.title_end is not None and (
            _SPACE_ONLY.fullmatch(text, mention.title_end, mention.start) or mention.honorific
        ):
            shared = singular_title(mention.title)
            if shared:
                mention.title = shared
        elif shared and listed and not mention.title:
            mention.title = shared
            mention.source = "title"
        else:
            shared = None
        previous = mention


def _name_words(block: list[Token]) -> list[str]:
    """The words of a name without the titles and forms of address inside it: "Malcolm
    Cardinal Ranjith", "Juhar Bin Datuk Haji Mahiruddin" (a father's honours after "bin")."""
    words = []
    after_particle = False
    for token in block:
        honour = bare(token.text) in INNER_NAME_TITLES or after_particle and is_honorific(token)
        if not honour:
            words.append(token.text)
            after_particle = is_particle(token)
    return words


# The spaces a join puts inside the quotes of a nickname: "Jacob “ Jack ” Lew".
_QUOTE_SPACES = re.compile(r"(?<=[“‘]) | (?=[”’])")


def _mention_for_block(
    text: str,
    tokens: list[Token],
    country: list[bool],
    b0: int,
    b1: int,
    floor: int,
    blocks_at: dict[int, int],
    claimed_end: int | None = None,
) -> PersonMention | None:
    n = len(tokens)
    b0 = after_leading_place(text, tokens, country, b0, b1)
    nxt = tokens[b1] if b1 < n else None
    joined_next = nxt is not None and joined(text, tokens[b1 - 1], nxt)
    # "Tver Region", "Delovaya Rossiya National Public Organisation": part of a proper name.
    if joined_next and nxt.kind == "word" and bare(nxt.text) in ORGANISATION_WORDS:
        return None
    if joined_next and country[b1]:
        return None
    # "Portuguese MFA Political Director": one unknown word inside a title.
    if b1 - b0 == 1 and joined_next and nxt.kind == "word" and is_role_word(nxt):
        return None
    # "Build Back Better (BBB)": a name followed by its own initials is a programme or body.
    if followed_by_initials(tokens, b0, b1):
        return None
    if b1 - b0 == 1 and bracketed_short_name(tokens, b1):
        return None  # "the African Development Bank (AfDB)": the body's short name
    # "Lak Sathosa Chairman Dr. Samitha Perera": a body's name before an office and its holder.
    if joined_next and heads_title_of_next(text, tokens, b1, blocks_at):
        return None
    # "the Associated Trio countries": a proper adjective before a common noun.
    if joined_next and nxt.kind == "word" and nxt.lower in COMMON_HEAD_NOUNS:
        return None
    # "Director General for Europe and North America at the Ministry": one word inside a title.
    after = b1 + 1
    if after < n and tokens[after].lower == "the":
        after += 1
    if (
        b1 - b0 == 1
        and joined_next
        and nxt.lower in ("at", "for", "in", "of", "to")
        and after < n
        and tokens[after].is_capitalised
        and not could_be_name(tokens[after], country[after])
        and not country[after]
    ):
        return None
    if is_place(text, tokens, b0, b1) or is_body_of_office(text, tokens, b0, b1, blocks_at) or (
        names_region(text, tokens, b0, b1)
    ):
        return None
    if FIELD_LIST.search(text, max(0, tokens[b0].start - FIELD_LIST_REACH), tokens[b0].start):
        return None  # "in the areas of Transport, Mutual Legal Assistance, ...": fields
    if b0 >= 2 and tokens[b0 - 1].lower == "of" and tokens[b0 - 2].kind == "word" and (
        not tokens[b0 - 2].is_capitalised and is_role_head(tokens[b0 - 2])
    ):
        # "X, chief executive officer of Yellow Card": the body of an office (but the state of
        # "Governor of the state of Nebraska Y" is no office)
        return None
    # "Ministry of Finance, Economic Stabilization and National Policies": the end of a name.
    if b1 - b0 == 1 and inside_proper_phrase(text, tokens, b0) and (
        bare(tokens[b0 - 1].text) not in ORGANISATION_WORDS  # "Commission Ursula von der Leyen"
    ):
        return None
    if b1 - b0 == 1 and enumerated_in_phrase(text, tokens, country, b0):
        return None
    if ends_body_name(text, tokens, country, b0) and not (
        nxt is not None and (nxt.lower == "of" or nxt.text == "," and b1 + 1 < n and (
            tokens[b1 + 1].is_capitalised or tokens[b1 + 1].lower in ("the", "who")
        ))
    ):
        return None  # unless said to be someone's: "... and John Smith, Political Adviser"
    title_start, address = _left_title(text, tokens, country, b0, floor, claimed_end)
    title_end = b0 - len(address)
    # "X, Secretary to the President and Roshan Gamage", "the Navy Commander and Air Marshal
    # Y": a title ending in "and" is the previous person's, unless it runs into a long name
    # ("Commissioner for Neighbourhood and Enlargement Olivér Várhelyi", split below).
    if title_end > title_start and tokens[title_end - 1].lower == "and" and (
        address or b1 - b0 < 3
    ):
        title_start = title_end
    has_left_title = _has_role(tokens, title_start, title_end)
    # "the President's Investing in America agenda": what an office holds, not its holder.
    if has_left_title and not address and tokens[title_end - 1].text.endswith(POSSESSIVES):
        return None
    # "President of Delovaya Rossiya Alexei Repik": the complement runs into the name.
    if (
        has_left_title
        and not address
        and b1 - b0 >= 3
        and title_end > 0
        and tokens[title_end - 1].lower in ("of", "the", "for", "and")
    ):
        b0_new = b1 - 2
        title_end = b0_new
        b0 = b0_new
    # "Secretary General of the International Organisation of La Francophonie, Louise X": the
    # body of an office whose holder is named after the comma.
    if (
        has_left_title
        and not address
        and title_end > 0
        and tokens[title_end - 1].lower in ("of", "for")
        and nxt is not None and nxt.text == ","
        and blocks_at.get(b1 + 1) is not None
    ):
        return None
    # "Archbishop of Colombo": a one-word complement of the office, not a name.
    if (
        has_left_title
        and b1 - b0 == 1
        and not address
        and title_end > 0
        and tokens[title_end - 1].lower in TITLE_CONNECTORS
    ):
        return None
    name_tokens = _name_words(tokens[b0:b1])
    # "Veronika Skvortsova Skvortsova Veronika": a repeated name; one word repeated is part of
    # the name ("Khalifa bin Salman Al Khalifa").
    repeated_to = None
    for cut in range(1, len(name_tokens) - 1):
        if set(name_tokens[cut:]) <= set(name_tokens[:cut]):
            name_tokens = name_tokens[:cut]
            repeated_to = b1
            b1 = b0 + cut
            break
    mention = PersonMention(
        start=tokens[b0].start,
        end=tokens[b1 - 1].end,
        name=_QUOTE_SPACES.sub("", " ".join(name_tokens)),
    )
    ranks = [t for t in address if is_rank(t) or bare(t.text) in RANK_PREFIXES]
    if ranks:
        mention.rank = " ".join(t.text for t in ranks)
    mention.honorific = any(is_honorific(t) for t in address)
    if has_left_title:
        mention.title = span_text(text, tokens[title_start].start, tokens[title_end - 1].end)
        mention.title_start = tokens[title_start].start
        mention.title_end = tokens[title_end - 1].end
        mention.source = "title"
    elif address:
        mention.source = "honorific"
    # After the name: "of Japan", ", the Commander of ...", ":" of a transcript.
    k = b1
    if k < n and tokens[k].lower == "of" and k + 1 < n:
        m = k + 1
        while m < n and not country[m] and tokens[m].lower in STATE_FORM_WORDS:
            m += 1
        if m < n and country[m]:
            country_end = m
            while country_end < n and country[country_end]:
                country_end += 1
            hint_text = span_text(text, tokens[m].start, tokens[country_end - 1].end)
            found = list(find_countries(hint_text))
            if found:
                mention.country_hint = found[0][2]
                mention.hint_end = tokens[country_end - 1].end
                mention.source = "title" if mention.title else mention.source
            k = country_end
    # "Secretary General Jens Stoltenberg of the North Atlantic Treaty Organization (NATO)".
    if mention.title and mention.country_hint is None and k == b1:
        body = _BODY_AFTER_NAME.match(text, mention.end)
        if body and parse_title(f"Head of {body.group(1)}").international:
            mention.organisation = " ".join(body.group(1).split())
            mention.hint_end = body.end()
    # "Damon Wilson, an American expert on foreign policy", "X, a four-star U.S. Navy Admiral":
    # a demonym in the appositive, after at most two lower-case words.
    if mention.country_hint is None and k + 2 < n and tokens[k].text == "," and (
        tokens[k + 1].lower in ("a", "an")
    ):
        m = k + 2
        while m < min(n, k + 6) and not country[m] and (
            tokens[m].kind == "word" and tokens[m].text.islower() or tokens[m].text == "-"
        ):
            m += 1
        if m < n and country[m]:
            found = list(find_countries(text, tokens[m].start, tokens[m].end + 40))
            if found and found[0][0] == tokens[m].start:
                mention.country_hint = found[0][2]
    if mention.country_hint is None:
        # "A, Ambassador of Uzbekistan, B, ...": the state before B's comma is A's.
        left_claimed = _after_claimed_title(tokens, b0 - 1, claimed_end)
        mention.country_hint = country_beside_name(
            text, mention.start, mention.end, look_left=not left_claimed
        )
    if k < n and tokens[k].text == ":" or k + 1 < n and tokens[k].text == "(" and any(
        t.text == ":" for t in tokens[k + 1 : k + 6]
    ) or repeated_to is not None and _title_to_colon(tokens, repeated_to):
        if mention.source == "bare":
            mention.source = "speaker"
        mention.speaker = True
        return mention
    # "Senator X, Minister of Foreign Affairs": a title kept as a form of address gives way
    # to the office after the name.
    standing = mention.title is not None and (
        re.sub(r"\s+the$", "", mention.title.lower()) in STANDING_TITLES
    )
    # Where an office before the name would end: at the comma before the standing title
    # ("Minister for Women, Senator X"), else before the name's forms of address.
    comma = title_start - 1 if standing else b0 - len(address) - 1
    if not mention.title or standing:
        appositive = _appositive(text, tokens, country, k, blocks_at)
        if appositive is not None:
            a0, a1 = appositive
            mention.title = span_text(text, tokens[a0].start, tokens[a1 - 1].end)
            mention.title_start, mention.title_end = tokens[a0].start, tokens[a1 - 1].end
            mention.source = "appositive"
        elif comma >= 1 and tokens[comma].text in (",", "–", "—") and (
            not address or standing or tokens[comma].text == ","
        ):
            before = _title_before_comma(text, tokens, country, comma, floor)
            if (address or standing) and _after_claimed_title(tokens, comma, claimed_end):
                before = None
            if before is not None:
                mention.title = span_text(text, tokens[before[0]].start, tokens[before[1] - 1].end)
                mention.title_start = tokens[before[0]].start
                mention.title_end = tokens[before[1] - 1].end
                mention.source = "title"
    if mention.country_hint is None and mention.title_end is not None:
        behalf = _ON_BEHALF.match(text, mention.title_end)
        if behalf:
            found = list(find_countries(text, behalf.end(), min(len(text), behalf.end() + 60)))
            if found and found[0][0] == behalf.end():
                mention.country_hint = found[0][2]
    if not mention.title and b1 < n and tokens[b1].text in ("–", "—", "-"):
        # "Ms. S.S. Premawardhane – Ambassador – designate of Sri Lanka to Indonesia"
        after = _appositive(text, tokens, country, b1 + 1, blocks_at)
        if after is not None:
            mention.title = span_text(text, tokens[after[0]].start, text_end(tokens, after, n))
            mention.title_start = tokens[after[0]].start
            mention.title_end = text_end(tokens, after, n)
            mention.source = "appositive"
    return mention


# How many lower-case words an office written in lower case may have ("minister of foreign
# affairs and international cooperation").
MAX_LOWER_CASE_OFFICE = 7


def _lower_case_office(
    tokens: list[Token], country: list[bool], comma: int, floor: int
) -> tuple[int, int] | None:
    """Token range of an office written in lower case before the comma of its holder's name,
    after "the" or a state: "the foreign minister, X", "Japan's foreign minister, X"."""
    k = comma - 1
    while k >= floor and comma - k <= MAX_LOWER_CASE_OFFICE and tokens[k].kind == "word" and (
        not tokens[k].is_capitalised
        and (tokens[k].lower != "the" or k > floor and tokens[k - 1].lower == "of")
    ):
        k -= 1
    if k < floor or k == comma - 1 or not _has_role(tokens, k + 1, comma):
        return None
    if country[k]:
        return k, comma  # "Japan's foreign minister"
    return (k + 1, comma) if tokens[k].lower == "the" else None


def _opens_sentence(token: Token) -> bool:
    """A word that no office runs back across: a verb of a headline, a date or an adverb
    opening the sentence ("December 17/2019 Minister X", "on Thursday for Governor X",
    "Meanwhile Minister X")."""
    return token.is_capitalised and (
        token.lower in HEADLINE_BREAKS or token.lower in MONTH_NAMES
        or token.lower in WEEKDAY_NAMES or token.lower in SENTENCE_ADVERBS
    )


def _title_to_colon(tokens: list[Token], k: int) -> bool:
    """From token k, an office phrase and the colon of a speaker's label: in the archive's
    "Dmitry Patrushev Patrushev DmitryMinister of Agriculture :" the repeated name and the
    office stand before the colon."""
    for m in range(k, min(len(tokens), k + MAX_LABEL_TITLE)):
        token = tokens[m]
        if token.text == ":":
            return m > k and is_role_word(tokens[k])
        if not (token.is_capitalised or token.lower in TITLE_CONNECTORS):
            return False
    return False


def text_end(tokens: list[Token], span: tuple[int, int], n: int) -> int:
    """End offset of a title span, extended over "– designate ..." continuations."""
    k = span[1]
    end = tokens[span[1] - 1].end
    while k + 1 < n and tokens[k].text in ("–", "—", "-") and tokens[k + 1].kind == "word":
        k += 1
        while k < n and tokens[k].kind == "word" or k < n and tokens[k].kind == "initials":
            end = tokens[k].end
            k += 1
    return end


def _title_before_comma(
    text: str, tokens: list[Token], country: list[bool], comma: int, floor: int
) -> tuple[int, int] | None:
    """Token range of "Minister of A, B and C" ending at the comma before a name."""
    end = comma
    k = comma - 1
    start = None
    while k >= floor:
        token = tokens[k]
        if k >= floor + 3 and bracketed_short_name(tokens, k):
            k -= 3
            continue
        if token.text == "," and start is not None:
            if k >= 1 and could_be_name(tokens[k - 1], country[k - 1]):
                break  # another person's name ends there
            k -= 1
            continue
        if token.kind == "punct" and token.text not in ("/", "-", "’", "'"):
            break
        if token.kind == "number" or _opens_sentence(token):
            break  # "Thursday, 15 October 2009 The Minister for Defence, X"
        if token.lower == "from" and start == k + 1 and country[k + 1]:
            k -= 1  # "The High Commissioner from Uganda, X"
            continue
        if start is not None and token.kind == "word" and is_role_word(token) and k > floor and (
            tokens[k - 1].lower == "the"
        ):
            start = k  # "the ambassador from Korea, X": an office written in lower case
            k -= 1
            continue
        if token.kind == "word" and not token.is_capitalised and token.lower not in (
            TITLE_CONNECTORS
        ) and not (start is not None and token.lower in PAST_TENURE_WORDS):
            break  # "Ambassador to Japan and former Chief Justice, ...": one person's offices
        if token.is_capitalised or country[k] or token.is_acronym:
            start = k
        k -= 1
    if start is None:
        return _lower_case_office(tokens, country, comma, floor)
    while start < end and tokens[start].lower in TITLE_CONNECTORS:
        start += 1
    if not _has_role(tokens, start, end):
        return None
    # The phrase must start with the office, not with another person's name.
    first_role = next(k for k in range(start, end) if is_role_word(tokens[k]) or country[k])
    return first_role, end
