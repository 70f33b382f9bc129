"""Blocks of name-like words that are no person: a place ("at his office in Singha Durbar"),
the last words of a body's, event's or programme's name ("... and Job Creation"), a portfolio
in an office ("Minister of Fisheries, Blue Economy and ..."), the body an office belongs to.
"""

from __future__ import annotations

import re

from pipelines.countries import find_countries
from pipelines.extraction.name_blocks import joined
from pipelines.extraction.places import city_country
from pipelines.extraction.regions import region_country
from pipelines.extraction.tokens import (
    Token,
    bare,
    could_be_name,
    is_honorific,
    is_rank,
    is_role_head,
    is_role_word,
)
from pipelines.extraction.vocabulary import (
    ORGANISATION_WORDS,
    PLACE_PREPOSITIONS,
    RANK_PREFIXES,
    ROLE_HEADS,
)

POSSESSIVES = ("'s", "’s", "s'", "s’")

# The capitalised items of a list of fields of cooperation, up to the one being read.
FIELD_LIST = re.compile(
    r"\b(?:areas?|fields?|sectors?|domains?|spheres?)\s+(?:of|such\s+as|including|like)\s+"
    r"(?:(?:[A-Z][\w'’-]*|and|of|in|the|as\s+well\s+as)[\s,]+)*$"
)
FIELD_LIST_REACH = 250


def span_text(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())


def inside_proper_phrase(text: str, tokens: list[Token], k: int) -> bool:
    """Token k follows a capitalised common word that is no office, rank or honorific
    ("Economic Stabilization"): it continues a body's or programme's name."""
    if k == 0:
        return False
    previous = tokens[k - 1]
    return (
        previous.kind == "word"
        and previous.is_capitalised
        and joined(text, previous, tokens[k])
        and not could_be_name(previous, False)
        and not (is_role_head(previous) or is_honorific(previous) or is_rank(previous))
        and bare(previous.text) not in RANK_PREFIXES
    )


# How far back a body's or event's name may start before its last words.
BODY_NAME_REACH = 12


def ends_body_name(text: str, tokens: list[Token], country: list[bool], k: int) -> bool:
    """ "Ministry of Economic Growth and Job Creation", "International Conference on Climate
    Change": after "and", "on" or "of" inside the capitalised name of a body or event, the
    last words finish that name, unless an office, a state or a person's honorific in it says
    a person may follow ("Minister of Trade and Supply of Jordan Yaroub Qudah")."""
    if k < 2 or tokens[k - 1].lower not in ("and", "on", "of", "&") or not joined(
        text, tokens[k - 1], tokens[k]
    ):
        return False
    body = False
    listed = False  # past a comma: a list of portfolios of an office, or of people
    for j in range(k - 2, max(-1, k - 2 - BODY_NAME_REACH), -1):
        token = tokens[j]
        if not joined(text, token, tokens[j + 1]):
            break
        listed = listed or token.text == ","
        if token.lower in ("of", "and", "on", "for", "the", "&", ","):
            continue
        if token.kind != "word" or not token.is_capitalised:
            break
        if country[j] or is_honorific(token) or is_rank(token) or is_role_word(token) or (
            bare(token.text)[:-1] in ROLE_HEADS  # "Presidents A of X and B"
        ):
            return False
        body = body or not listed and bare(token.text) in ORGANISATION_WORDS
    return body


def body_word_pair(
    text: str, tokens: list[Token], k: int, blocks_at: dict[int, int]
) -> bool:
    """The one-word block at k and the word after it name a portfolio, not a person:
    "..., Minister of Fisheries, Blue Economy and ..."."""
    if blocks_at.get(k) != k + 1 or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    return (
        after.kind == "word"
        and after.is_capitalised
        and joined(text, tokens[k], after)
        and not could_be_name(after, False)
        and not is_role_head(after)
    )


def enumerated_in_phrase(text: str, tokens: list[Token], country: list[bool], k: int) -> bool:
    """ "Special Envoy for Afghan Women, Girls, and Human Rights": one word between commas in
    the complement of an office, followed by more of it, is one more item of the complement."""
    n = len(tokens)
    if k < 2 or tokens[k - 1].text != ",":
        return False
    m = k + 1
    if m < n and tokens[m].text == ",":
        m += 1
    if m < n and tokens[m].lower == "and":
        m += 1
    following = tokens[m] if k + 1 < m < n else None
    if following is None or not following.is_capitalised or is_role_word(following) or (
        is_honorific(following) or is_rank(following)
    ):
        return False
    # Back over the earlier items to "<office> for|of".
    j = k - 2
    while j >= 1 and (tokens[j].is_capitalised or country[j] or tokens[j].text == "," or (
        tokens[j].lower in ("and", "the")
    )):
        if is_role_word(tokens[j]):
            return False
        j -= 1
    return j >= 1 and tokens[j].lower in ("for", "of") and is_role_word(tokens[j - 1])


def followed_by_initials(tokens: list[Token], b0: int, b1: int) -> bool:
    if b1 - b0 < 2 or b1 + 2 >= len(tokens) or tokens[b1].text != "(" or (
        tokens[b1 + 2].text != ")"
    ):
        return False
    initials = "".join(t.text[0] for t in tokens[b0:b1] if t.kind == "word").upper()
    return tokens[b1 + 1].text.replace(".", "").upper() == initials


def bracketed_short_name(tokens: list[Token], close: int) -> bool:
    """Token `close` ends the one-word short name of the words before it: "Republic of Korea
    (ROK)", "African Development Bank (AfDB)", "... Import Bank (Afreximbank)"."""
    return 3 <= close < len(tokens) and tokens[close].text == ")" and (
        tokens[close - 2].text == "("
    ) and (
        tokens[close - 1].is_acronym or tokens[close - 1].is_capitalised
    ) and tokens[close - 3].is_capitalised


def heads_title_of_next(
    text: str, tokens: list[Token], k: int, blocks_at: dict[int, int]
) -> bool:
    """Tokens from k are office words running straight, or over a comma, into the next
    person's name ("Lak Sathosa Chairman Dr. X", "the Dewan Rakyat Speaker, Tan Sri X")."""
    start = k
    while k < len(tokens) and tokens[k].is_capitalised and is_role_word(tokens[k]) and (
        k == start or joined(text, tokens[k - 1], tokens[k])
    ):
        k += 1
    if k > start and k + 1 < len(tokens) and tokens[k].text == "," and k + 1 in blocks_at:
        return True
    return k > start and k in blocks_at and joined(text, tokens[k - 1], tokens[k])


def after_leading_place(
    text: str, tokens: list[Token], country: list[bool], b0: int, b1: int
) -> int:
    """ "the Palestinian ambassador in Tunis Hayel al Fahoum": where the name starts when a
    block after "in" or "at" opens with a known place and goes on with two words or more."""
    if b0 == 0 or tokens[b0 - 1].lower not in ("in", "at"):
        return b0
    for cut in (2, 1):
        if b1 - b0 - cut < 2:
            continue
        if all(country[b0 : b0 + cut]) or city_country(
            span_text(text, tokens[b0].start, tokens[b0 + cut - 1].end)
        ) is not None:
            return b0 + cut
    return b0


def names_region(text: str, tokens: list[Token], b0: int, b1: int) -> bool:
    """The words of tokens b0:b1, alone or with the capitalised words before them, are the
    name of a region of two words or more: "Columbia" of "British Columbia", "Venezia Giulia"
    of "Friuli Venezia Giulia". (One word alone may as well be a surname: "Flores".)"""
    end = tokens[b1 - 1].end
    for first in range(b0, max(-1, b0 - 3), -1):
        if first < b0 and not (tokens[first].is_capitalised and joined(
            text, tokens[first], tokens[first + 1]
        )):
            return False
        if b1 - first >= 2 and region_country(span_text(text, tokens[first].start, end)):
            return True
    return False


def is_place(text: str, tokens: list[Token], b0: int, b1: int) -> bool:
    """ "during the UN General Assembly in New York", "the mayor of Wiener Neustadt": a known
    city after "in", "at", "from" or after an office and "of"; and whatever name follows "in" or
    "at" itself, a person being no place to be in ("at his office in Singha Durbar")."""
    place = span_text(text, tokens[b0].start, tokens[b1 - 1].end)
    line_start = text.rfind("\n", 0, tokens[b0].start) + 1
    dateline_start = not text[line_start : tokens[b0].start].strip() or (
        tokens[b0 - 1].text in ("–", "—", "|")  # "Press Release – State House – Banjul: ..."
    )
    if b0 > 0 and dateline_start and b1 < len(tokens) and tokens[b1].text in (":", ","):
        return city_country(place) is not None  # a dateline line: "Islamabad: August 17, 2021"
    if all(t.kind in ("number", "punct") or t.is_acronym for t in tokens[:b0]):
        # A dateline: "Addis Ababa December 17/2019 Deputy Prime Minister ...", "21-07-2017,
        # Geneva (Switzerland): ...", "AKP Phnom Penh, ..."; one word is a city only before
        # its punctuation.
        punctuated = b1 < len(tokens) and tokens[b1].text in ("(", ":", ",", "–", "—")
        return (b1 - b0 >= 2 or punctuated) and city_country(place) is not None
    if b1 < len(tokens) and tokens[b1].text == "," and _state_of_city_follows(
        text, place, tokens[b1].end
    ):
        return True  # "..., Munich, Free State of Bavaria, Germany: ..."
    before = tokens[b0 - 1].text.lower()
    if before in ("in", "at") and not tokens[b1 - 1].text.endswith(POSSESSIVES):
        return True  # "at the latter's office in Singha Durbar"
    office_of = before == "of" and b0 >= 2 and is_role_word(tokens[b0 - 2])
    if before not in PLACE_PREPOSITIONS and not office_of:
        return False
    return city_country(place) is not None


# How far after a city's comma its state may be named: "Munich, Free State of Bavaria, Germany".
CITY_STATE_REACH = 40


def _state_of_city_follows(text: str, place: str, start: int) -> bool:
    """A known city's own state is named right after it and its comma."""
    located = city_country(place)
    if located is None:
        return False
    found = next(find_countries(text, start, min(len(text), start + CITY_STATE_REACH)), None)
    return found is not None and found[2] == located[1] and not re.search(
        r"[.;:]", text[start : found[0]]
    )


def is_body_of_office(
    text: str, tokens: list[Token], b0: int, b1: int, blocks_at: dict[int, int]
) -> bool:
    """ "President of Yahad-In Unum Father Patrick Desbois": after "of", a proper name followed
    by an honorific and another name is the body the office belongs to, not a person."""
    if b0 == 0 or tokens[b0 - 1].lower not in ("of", "for"):
        return False
    k = b1
    while k < len(tokens) and (is_honorific(tokens[k]) or is_rank(tokens[k])) and joined(
        text, tokens[k - 1], tokens[k]
    ):
        k += 1
    return k > b1 and blocks_at.get(k) is not None and blocks_at.get(k, -1) > k
