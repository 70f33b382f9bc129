"""Names in a run of tokens: which runs of capitalised tokens are a person's name.

A name is a run of tokens that could be part of a name (no office, body, country or common
word), with the exceptions names have: a family name in capitals ("MURATA Shinichi"), a month
or a common word as a surname ("Theresa May", "Samantha Power"), a country as a family name
("Patricia Scotland"), particles and inner titles ("bin Haji"). Forms of address before a name
("Tan Sri", "(Eng)") are no part of it.
"""

from __future__ import annotations

import re

from pipelines.countries import country_code
from pipelines.extraction.tokens import (
    Token,
    bare,
    could_be_name,
    is_honorific,
    is_particle,
    is_rank,
    is_role_word,
    name_flags,
)
from pipelines.extraction.vocabulary import (
    INNER_NAME_TITLES,
    INSTITUTION_HEADS,
    INTERNATIONAL_ORGANISATIONS,
    MONTH_NAMES,
    NAME_INNER_MONTHS,
    ORGANISATION_WORDS,
    REGNAL_NUMBERS,
    TWO_WORD_HONORIFICS,
)

MIN_CAPITALISED_SURNAME = 2
# A family name of two or three capitals is one syllable ("QU Dongyu", "LI Qiang"), which the
# acronyms of bodies and offices ("NSA", "SG") are not.
SHORT_SURNAME_LIMIT = 4
_SYLLABLE = re.compile(r"(?:[BCDFGHJKLMNPQRSTVWXYZ]|ZH|CH|SH)?[AEIOUY]{1,2}[NGMRK]{0,2}")
_VOWELS = re.compile(r"[AEIOU]")
# A whole word of MIN_CAPITALISED_SURNAME or more capitals, as "\b[A-Z]{4,}\b" but written
# capital first (the look-behind is the \b before it) so that the engine scans for a capital
# instead of trying every position.
_CAPITALS_WORD = re.compile(
    rf"[A-Z](?<!\w[A-Z])[A-Z]{{{MIN_CAPITALISED_SURNAME - 1},}}(?!\w)"
)


def joined(text: str, left: Token, right: Token) -> bool:
    """Only white space between two tokens."""
    # str.isspace() knows the same white space as the pattern's \s, without a regex call.
    return left.end == right.start or text[left.end : right.start].isspace()


def bracketed_honour(token: Token) -> bool:
    """ "(Eng)", "(Dr)", "(Mrs)", "(Rtd)": a short capitalised form of address in brackets."""
    return token.kind == "word" and (
        is_honorific(token) or is_rank(token) or token.text.istitle() and len(token.text) <= 4
    )


def _capitalised_surname(text: str, tokens: list[Token], country: list[bool], k: int) -> bool:
    """ "Mr. Akio ISOMATA", "Head of Political Section MURATA Shinichi": a family name written
    in capitals next to one given name, as Japanese and other officials write it. An acronym
    before a full name ("PABSEC Anna Purtova") has two name words beside it."""
    word = tokens[k]
    if not (
        word.kind == "word"
        and len(word.text) >= MIN_CAPITALISED_SURNAME
        and word.text.isupper()
        and word.text.isalpha()
        and not country[k]
        and not is_role_word(word)  # "PRIME MINISTER Islamabad": a headline in capitals
        and _VOWELS.search(word.text)
        and (len(word.text) >= SHORT_SURNAME_LIMIT or _SYLLABLE.fullmatch(word.text))
        and word.text not in INTERNATIONAL_ORGANISATIONS
    ):
        return False
    n = len(tokens)

    def name_word(m: int) -> bool:
        return 0 <= m < n and tokens[m].is_capitalised and not tokens[m].text.isupper() and (
            could_be_name(tokens[m], country[m])
        )

    def adjacent(a: int, b: int) -> bool:
        return a >= 0 and b < n and joined(text, tokens[a], tokens[b])

    given_after = name_word(k + 1) and adjacent(k, k + 1) and not (
        name_word(k + 2) and adjacent(k + 1, k + 2)
    )
    # A capitalised word opening the segment may be any word: "Representing NIRDC were".
    given_before = k >= 2 and name_word(k - 1) and adjacent(k - 1, k) and not (
        name_word(k - 2) and adjacent(k - 2, k - 1)
    )
    alone_after = not (name_word(k + 1) and adjacent(k, k + 1))
    alone_before = not (name_word(k - 1) and adjacent(k - 1, k))
    return given_after and alone_before or given_before and alone_after


# How many forms of address a father's name may carry after "bin": "bin Datuk Haji X".
MAX_INNER_TITLES = 3


# Particles that may follow each other inside a name: "von der", "de la", "van den".
MAX_PARTICLES = 2


def _past_particles(text: str, tokens: list[Token], j: int) -> int:
    """The index past the run of particles that starts at j, or len(tokens) when what
    follows the run is not joined to it."""
    k = j + 1
    while (
        k < len(tokens) and k - j < MAX_PARTICLES and is_particle(tokens[k])
        and joined(text, tokens[k - 1], tokens[k])
    ):
        k += 1
    if k >= len(tokens) or not joined(text, tokens[k - 1], tokens[k]):
        return len(tokens)
    return k


def _after_inner_titles(text: str, tokens: list[Token], j: int) -> int | None:
    """After a particle at j or right before it ("Bin", read as a name word), the forms of
    address and titles of a father's name and the first word of that name: the index past
    that word, else None."""
    if is_particle(tokens[j]):
        k = j + 1
    elif j > 0 and is_particle(tokens[j - 1]):
        j, k = j - 1, j
    else:
        return None
    while (
        k < len(tokens) and k - j <= MAX_INNER_TITLES and joined(text, tokens[k - 1], tokens[k])
        and (bare(tokens[k].text) in INNER_NAME_TITLES or is_honorific(tokens[k]))
    ):
        k += 1
    if k == j + 1 or k >= len(tokens) or not joined(text, tokens[k - 1], tokens[k]):
        return None
    return k + 1 if could_be_name(tokens[k], False) else None


_OPENING_QUOTES = ("“", '"', "‘", "'")
_CLOSING_QUOTES = ("”", '"', "’", "'")


def _quoted_nickname(text: str, tokens: list[Token], name_like: list[bool], j: int) -> bool:
    """Tokens j..j+3 are a nickname in quotes and the name going on: "“Jack” Lew"."""
    return (
        j + 3 < len(tokens)
        and tokens[j].text in _OPENING_QUOTES
        and name_like[j + 1]
        and tokens[j + 2].text in _CLOSING_QUOTES
        and name_like[j + 3]
        and tokens[j].end == tokens[j + 1].start
        and tokens[j + 1].end == tokens[j + 2].start
        and joined(text, tokens[j + 2], tokens[j + 3])
    )


def name_blocks(text: str, tokens: list[Token], country: list[bool]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of name-like tokens."""
    blocks = []
    i = 0
    n = len(tokens)
    # Whether each token may be part of a name, looked up once per token: the loops below ask
    # about most tokens twice.
    name_like = name_flags(tokens, country)
    # Most segments have no word in capitals: one scan of the text rules them out.
    if _CAPITALS_WORD.search(text, tokens[0].start, tokens[-1].end):
        for k, t in enumerate(tokens):
            if (
                t.text.isupper()
                and len(t.text) >= MIN_CAPITALISED_SURNAME
                and _capitalised_surname(text, tokens, country, k)
            ):
                name_like[k] = True
    while i < n:
        token = tokens[i]
        if not name_like[i] or token.kind == "initials" and (
            i + 1 >= n or not joined(text, token, tokens[i + 1])
        ):
            # "Jan Novak", "Zin Mar Aung": a month's abbreviation before a name is part of it.
            month_first = (
                token.text.istitle()
                and token.lower in NAME_INNER_MONTHS
                and i + 1 < n
                and joined(text, token, tokens[i + 1])
                and name_like[i + 1]
            )
            if not (month_first or _month_as_name(text, tokens, i, i)):
                i += 1
                continue
        j = i + 1
        while j < n and joined(text, tokens[j - 1], tokens[j]):
            if name_like[j]:
                j += 1
            elif (
                bare(tokens[j].text) in INNER_NAME_TITLES
                and j + 1 < n
                and joined(text, tokens[j], tokens[j + 1])
                and name_like[j + 1]
            ) or (
                tokens[j].lower in NAME_INNER_MONTHS
                and j + 1 < n
                and joined(text, tokens[j], tokens[j + 1])
                and name_like[j + 1]
            ):
                j += 2
            elif is_particle(tokens[j]) and (k := _past_particles(text, tokens, j)) < n and (
                name_like[k]
            ):
                j = k + 1  # "dos Santos", "Ursula von der Leyen", "de la Fuente"
            elif after := _after_inner_titles(text, tokens, j):
                j = after  # "Muhyiddin bin Haji Mohd Yassin", "Juhar Bin Datuk Haji Mahiruddin"
            elif _quoted_nickname(text, tokens, name_like, j):
                j += 4  # "Jacob “Jack” Lew"
            else:
                break
        if _surname_like_word(text, tokens, country, i, j) or (
            j - i == 1 and _month_as_name(text, tokens, i, j)
        ):
            j += 1
        if j - i >= 3 and tokens[i].end == tokens[i + 1].start and tokens[i].kind == "word" and (
            country_code(tokens[i].text) is not None
        ):
            i += 1  # "to KyrgyzstanLesslie Viguerie": the country glued to the name is no part
        # A name does not end with initials ("J." of "Antony J." cut by a line end).
        while j - 1 > i and tokens[j - 1].kind == "initials":
            j -= 1
        # "King Abdullah II": a regnal number ends the name.
        if j < n and j > i and tokens[j].text in REGNAL_NUMBERS and joined(
            text, tokens[j - 1], tokens[j]
        ):
            j += 1
        if j - i == 1 and i > 0 and j + 1 < n and tokens[i - 1].text == "(" and (
            tokens[j].text == ")" and name_like[j + 1] and bracketed_honour(tokens[i])
        ):
            pass  # "H.E. Amb. (Eng.) X": a form of address in brackets before a name
        elif j - i == 1 and i > 0 and tokens[i - 1].is_capitalised and bare(
            tokens[i - 1].text
        ) in ORGANISATION_WORDS and joined(text, tokens[i - 1], tokens[i]) and not (
            j < n and (name_like[j] or is_particle(tokens[j]))
            and joined(text, tokens[i], tokens[j])
        ):
            pass  # "Peace and National Unity": a word of a body's or a cause's name
        elif i + 1 < n and (tokens[i].lower, tokens[i + 1].lower) in TWO_WORD_HONORIFICS:
            j = i + 2  # "Tan Sri X": the name starts after the honorific
        elif any(tokens[k].kind == "word" and not is_particle(tokens[k]) for k in range(i, j)):
            blocks.append((i, j))
        i = j
    return blocks


def _month_as_name(text: str, tokens: list[Token], i: int, k: int) -> bool:
    """ "Prime Minister Theresa May said", "Mrs May": a month's name is a name after a given
    name (`k` = the block [i, k) ends there) or an honorific (`k` = i), unless a number or a
    capitalised word follows it ("Blinken May 5", a headline's "Leader May Visit")."""
    month = tokens[k] if k < len(tokens) else None
    if month is None or month.lower not in MONTH_NAMES or not month.text.istitle():
        return False
    if k == i:
        before = tokens[k - 1] if k > 0 else None
        if before is None or not is_honorific(before) or not joined(text, before, month):
            return False
    elif not joined(text, tokens[k - 1], month) or (
        i > 0 and tokens[i - 1].kind == "number"
    ):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or not (
        after.kind == "number" or after.is_capitalised and joined(text, month, after)
    )


def _country_as_surname(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """ "Secretary-General Patricia Scotland said", "Secretary General of the Commonwealth,
    Patricia Scotland and ...": after an office, an honorific or the comma after an office and
    a given name, a country's name that nothing follows as a name would is the family name."""
    word, before = tokens[j], tokens[i - 1]
    if not (word.is_capitalised and joined(text, tokens[i], word) and " " not in word.text):
        return False
    if not (
        is_honorific(before) or before.text == "," or before.is_capitalised and is_role_word(before)
    ):
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return after is None or not (after.is_capitalised and joined(text, word, after))


def _surname_like_word(
    text: str, tokens: list[Token], country: list[bool], i: int, j: int
) -> bool:
    """ "Ms Samantha Power", "Special Representative for Afghanistan Thomas West": after an
    honorific and one or two given names, or a title ending "for/of <country>" and a given
    name, a last capitalised word that is also a common word of body names ("Power", "West")
    is the surname."""
    n = len(tokens)
    if not (0 < i < j < n and j - i <= 2):
        return False
    if j - i == 1 and country[j] and _country_as_surname(text, tokens, i, j):
        return True
    after_country = i > 1 and country[i - 1] and tokens[i - 2].lower in ("for", "of")
    # Two given names only after an honorific: "Dr Stergomena Lawrence Tax".
    if not (is_honorific(tokens[i - 1]) or after_country and j - i == 1):
        return False
    word = tokens[j]
    if not (word.is_capitalised and joined(text, tokens[j - 1], word)) or country[j]:
        return False
    if bare(word.text) not in ORGANISATION_WORDS or is_role_word(word) or word.text.isupper():
        return False
    if j - i == 2 and bare(word.text) in INSTITUTION_HEADS:
        return False  # "Dr John Smith Foundation"
    after = tokens[j + 1] if j + 1 < n else None
    return after is None or not (
        joined(text, word, after) and (after.is_capitalised or after.lower in ("of", "for"))
    )
