"""People of a document: mentions grouped into persons with one name, role and country.

Later mentions by surname or title alone ("Mr. Sullivan", "Director Yang") join the person
whose fuller name contains them; the fullest form found is the person's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipelines.countries import find_countries, strip_accents
from pipelines.extraction.people import PersonMention, find_person_mentions, singular_title
from pipelines.extraction.places import city_country, is_capital
from pipelines.extraction.roles import ParsedTitle, parse_title
from pipelines.extraction.tokens import is_role_word, tokenize
from pipelines.extraction.vocabulary import HEADLINE_BREAKS

ROLE_COMPLEMENT_WORDS = ("for", "of", "to", "on")
# Who speaks for an office about a meeting, not in it ("the Director of Presidential
# Communication, X, said the new envoys are ...").
SPOKESPERSON_WORDS = (
    "spokesperson", "spokesman", "spokeswoman", "press secretary", "of presidential communication",
)


@dataclass
class Person:
    """One person of a document, with every mention in the body."""

    name: str
    mentions: list[PersonMention] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)  # index of each mention's sentence
    title: ParsedTitle | None = None
    rank: str | None = None
    country_hint: str | None = None
    in_headline: bool = False
    tokens: set[str] = field(default_factory=set)  # folded name words, set by rename()

    def __post_init__(self) -> None:
        self.rename(self.name)

    def rename(self, name: str) -> None:
        """Take a fuller form of the name."""
        self.name = name
        self.tokens = _name_keys(name.split())

    @property
    def role(self) -> str | None:
        if self.title and self.title.role:
            return self.title.role
        return self.rank

    @property
    def country(self) -> str | None:
        if self.title and (self.title.international or self.title.non_state):
            return None
        if self.country_hint:  # "of Japan" or "on behalf of the Maldives" after the name
            return self.country_hint
        if self.title and self.title.country_code:
            return self.title.country_code
        return None

    @property
    def stateless(self) -> bool:
        return bool(self.title and (self.title.international or self.title.non_state))

    @property
    def is_spokesperson(self) -> bool:
        role = (self.role or "").lower()
        return any(word in role for word in SPOKESPERSON_WORDS)

    @property
    def confirmed(self) -> bool:
        """Introduced as a person: with a title, honorific or as a speaker, or a full name."""
        return any(m.source != "bare" for m in self.mentions) or len(self.name.split()) >= 2


# How many letters two long spellings of one name may differ by ("Zelenskyy", "Zelenskyiyy").
MAX_SPELLING_EDITS = 2


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of two words, or limit + 1 once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (letter != other)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _spelling_variant(a: str, b: str) -> bool:
    """Two long words that differ by a letter or two ("Dissanayake", "Disanayake"; two
    transliterations, "Aivazian" and "Ayvazyan")."""
    if a == b or len(a) < 6 or len(b) < 6 or a[0] != b[0]:
        return False
    return _edit_distance(a, b, MAX_SPELLING_EDITS) <= MAX_SPELLING_EDITS


def _variant_of(tokens: set[str], known: set[str]) -> bool:
    """All words of a name but one are a person's; that one is a spelling variant of theirs."""
    odd = tokens - known
    if len(odd) != 1:
        return False
    (word,) = odd
    return any(_spelling_variant(word, other) for other in known - tokens)


# "el-Sisi" is "Mr Sisi" later on: the Arabic article joined to a surname is not compared.
_JOINED_ARTICLE = re.compile(r"^(?:al|el)[-‐‑’'](?=\w)")


def _name_key(token: str) -> str:
    """A name word as compared: lower case, without accents ("Saïed" is "Saied")."""
    return _JOINED_ARTICLE.sub("", strip_accents(token.rstrip(".").lower()))


def _name_keys(words: Iterable[str]) -> set[str]:
    """Folded words of a name; a double-barrelled name also gives each part ("Vjosa
    Osmani-Sadriu" is "President Osmani" later on)."""
    keys = {_name_key(t) for t in words if len(t.rstrip(".")) > 1}
    for key in list(keys):
        if "-" in key:
            keys.update(part for part in key.split("-") if len(part) > 1)
    return keys


# "Khalifa bin Salman" and "Salman bin Hamad": the name before "son of" is the person's own.
_PATRONYMIC = re.compile(r"(\S+)\s+(?:bin|ibn|bint|ben)\s", re.IGNORECASE)


def _own_name(name: str) -> str | None:
    match = _PATRONYMIC.search(name)
    return match.group(1).lower() if match else None


def _matching_person(persons: list[Person], mention: PersonMention) -> Person | None:
    tokens = {_name_key(t) for t in mention.tokens if len(t.rstrip(".")) > 1}
    if not tokens:
        return None
    own = _own_name(mention.name)
    if own is not None:
        persons = [p for p in persons if _own_name(p.name) in (None, own)]
    containing = [p for p in persons if tokens <= p.tokens]
    if not containing:
        # "Dissanayake" and "Disanayake", "Volodymyr Zelenskyiyy" and "Volodymyr Zelenskyy": one
        # person spelled two ways in one document.
        containing = [p for p in persons if _variant_of(tokens, p.tokens)]
    if not containing:
        contained = [p for p in persons if p.tokens and p.tokens <= tokens]
        return contained[-1] if len(contained) == 1 else None
    if len(containing) == 1:
        return containing[0]
    # "Special Representative Kim" among several Kims: the one whose title words agree.
    if mention.title:
        words = set(mention.title.lower().split())
        for person in containing:
            if person.role and set(person.role.lower().split()) & words:
                return person
    return None


def _absorb(person: Person, mention: PersonMention) -> None:
    if len(mention.tokens) > len(person.name.split()):
        person.rename(mention.name)
    if mention.title and (person.title is None or not person.title.role):
        person.title = parse_title(mention.title)
    elif mention.title and person.title and person.title.country_code is None:
        parsed = parse_title(mention.title)
        if parsed.country_code or parsed.international or parsed.non_state:
            person.title = ParsedTitle(
                person.title.role, person.title.organization or parsed.organization,
                parsed.country_code, parsed.international or person.title.international,
                parsed.non_state or person.title.non_state,
            )
    if mention.organisation and person.title and not person.title.organization:
        person.title = ParsedTitle(person.title.role, mention.organisation, None, True, False)
    if mention.rank and not person.rank:
        person.rank = mention.rank
    if mention.country_hint and not person.country_hint:
        person.country_hint = mention.country_hint


_NAME_WITH_INITIALS = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,5}[A-Z][a-z]+)\s*\(([A-Z]{2,7})\)")
# The bracketed initials alone: a literal "(" lets the engine scan for it quickly.
_BRACKETED_INITIALS = re.compile(r"\([A-Z]{2,7}\)")


def initialised_names(text: str) -> set[str]:
    """Proper names a text gives with their initials ("Build Back Better (BBB)"): programmes
    and bodies, never people, wherever else they are written."""
    names: set[str] = set()
    if not _BRACKETED_INITIALS.search(text):
        return names  # most texts have none, and the full pattern is slow to rule out
    for match in _NAME_WITH_INITIALS.finditer(text):
        words = match.group(1).split()
        for k in range(len(words) - 1):  # the name may start after other capitalised words
            if "".join(w[0] for w in words[k:]) == match.group(2):
                names.add(" ".join(words[k:]))
                break
    return names


# "... Meeting with Quint Deputy National Security Advisors: A of France, B of Germany, ...":
# a plural office before a colon, then the list of its holders.
_PLURAL_OFFICE_LIST = re.compile(r"((?:[A-Z][\w’'-]*\s+){0,6}[A-Z][\w’'-]*s)\s*:\s")
_AND_PAIR = re.compile(r"\s+and\s+")


def headline_mentions(headline: str) -> list[PersonMention]:
    """Person mentions of a headline, without title-case verbs taken for names ("President
    Holds Virtual Discussion"), completed from the list they stand in: a plural office before
    a colon names each holder's office, and in "A and B of the United Kingdom" the country
    covers A too."""
    mentions = [
        m for m in find_person_mentions(headline, 0, len(headline))
        if not any(t.lower() in HEADLINE_BREAKS for t in m.tokens)
    ]
    listed = _PLURAL_OFFICE_LIST.search(headline)
    office = _list_office(listed.group(1)) if listed else None
    for mention in mentions:
        if office and mention.start >= listed.end() and not mention.has_title:
            mention.title = office
            mention.source = "title"
    for first, second in zip(mentions, mentions[1:], strict=False):
        if (
            first.country_hint is None
            and second.country_hint
            and first.title == second.title
            and _AND_PAIR.fullmatch(headline, first.end, second.start)
        ):
            first.country_hint = second.country_hint
    return mentions


def _extends_role(fuller: ParsedTitle, known: ParsedTitle) -> bool:
    """ "UN Special Envoy for Yemen" in the headline completes "UN Special Envoy" of the body:
    the same office with its complement ("for ...", "of ..."), for the same body or country."""
    if not (fuller.role and known.role):
        return False
    words, known_words = fuller.role.lower().split(), known.role.lower().split()
    return (
        len(words) > len(known_words) + 1
        and words[: len(known_words)] == known_words
        and words[len(known_words)] in ROLE_COMPLEMENT_WORDS
        and fuller.organization == known.organization
        and fuller.country_code == known.country_code
    )


def _list_office(phrase: str) -> str | None:
    """ "Quint Deputy National Security Advisors" -> "Deputy National Security Advisor"."""
    tokens = tokenize(phrase)
    first = next((k for k, t in enumerate(tokens) if is_role_word(t)), None)
    if first is None:
        return None
    return singular_title(phrase[tokens[first].start :])


def _bracketed(text: str, mention: PersonMention) -> bool:
    return text[mention.start - 1 : mention.start] == "(" and text[
        mention.end : mention.end + 1
    ] == ")"


# Who wrote, photographed or filmed the release ("Text: A (Presidential Press)", "Photo: B"),
# never someone met.
_CREDIT_LINE = re.compile(
    r"\s*(?:Text|Words|Photos?|Photographs?|Photography|Pictures?|Images?|Video|Camera"
    r"|Author|Autor|Reporter|Reporting|Writer|Editor|Editing|Journalist|Credits?|Translation"
    r"|Sources?"
    r"|(?:Text|Photos?|Written|Edited|Reported|Translated) by)\s*:"
)


def collect_persons(
    text: str, sentences: list[tuple[int, int]], headline: str | None
) -> tuple[list[Person], list[tuple[int, PersonMention, Person]], list[Person]]:
    """Persons of the body, every body mention as (sentence index, mention, person), and the
    people named with a title only in the headline.

    The headline enriches the body's persons (a country or office it states).
    """
    persons: list[Person] = []
    mentions: list[tuple[int, PersonMention, Person]] = []
    pending: list[tuple[int, PersonMention]] = []
    country_spans = list(find_countries(text))
    not_people = initialised_names(text)
    for index, (start, end) in enumerate(sentences):
        if _CREDIT_LINE.match(text, start, end):
            continue
        for mention in find_person_mentions(text, start, end, country_spans):
            if mention.name in not_people or len(mention.tokens) == 1 and is_capital(
                mention.name
            ) or len(mention.tokens) > 1 and city_country(mention.name) is not None:
                continue  # "Mayor Islamabad Sheikh X", "Brasilia" in a list, "New York"
            if mention.source == "bare" and _bracketed(text, mention):
                continue  # "Managua, Jul 18 (Prensa Latina)": the agency that reports it
            person = _matching_person(persons, mention)
            if person is None:
                if len(mention.tokens) < 2 and mention.source == "bare":
                    pending.append((index, mention))
                    continue
                person = Person(name=mention.name)
                persons.append(person)
            _absorb(person, mention)
            person.mentions.append(mention)
            person.sentences.append(index)
            mentions.append((index, mention, person))
    # A bare surname seen before its full name ("Krasnov ... Igor Krasnov") joins it now.
    for index, mention in pending:
        person = _matching_person(persons, mention)
        if person is not None:
            person.mentions.append(mention)
            person.sentences.append(index)
            mentions.append((index, mention, person))
    headline_only: list[Person] = []
    if headline:
        for mention in headline_mentions(headline):
            person = _matching_person(persons, mention)
            if person is None and len(mention.tokens) >= 2 and (
                mention.has_title or mention.country_hint
            ):
                extra = Person(name=mention.name)
                _absorb(extra, mention)
                extra.mentions.append(mention)
                extra.in_headline = True
                headline_only.append(extra)
            if person is not None:
                person.in_headline = True
                if mention.title:
                    parsed = parse_title(mention.title)
                    if person.country is None and parsed.country_code and not person.stateless:
                        person.country_hint = parsed.country_code
                    if person.title is None or _extends_role(parsed, person.title):
                        person.title = parsed
                if mention.country_hint and person.country is None:
                    person.country_hint = mention.country_hint
    mentions.sort(key=lambda item: (item[0], item[1].start))
    return persons, mentions, headline_only
