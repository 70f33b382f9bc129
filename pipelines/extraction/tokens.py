"""Word tokens with offsets, classified for the person and title finders."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipelines.countries import country_code, country_name
from pipelines.extraction.vocabulary import (
    DOTTED_WORDS,
    HONORIFIC_INITIALS,
    HONORIFICS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ORGANISATION_WORDS,
    RANKS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
)

_TOKEN_KINDS = (
    r"(?P<initials>(?:[A-Z]\.){2,}(?:[A-Z](?![\w.]))?|H\.[EHM](?=\s)|H\.\s[EHM]\.(?=\s)"
    r"|H\s[EHM](?=\s+(?:[A-Z]|Dr\b))"  # "H E Dr. A", as some agencies write "H.E."
    # "Mr K.S Pather": initials whose last period was dropped, before the family name.
    r"|(?:[A-Z]\.)+[A-Z](?=\s+[A-Z][a-z])"
    # "D.Tsogtbaatar": an initial glued to the family name, as Mongolian names are written.
    r"|[A-Z]\.(?=\s|,|-|[A-Z][a-z]))"
    r"|(?P<word>[^\W\d_](?:[\w'’\-]*[^\W_])?)"
    r"|(?P<number>\d[\d.,]*)"
    r"|(?P<punct>[^\w\s])"
)
# Every token starts with a non-space character: the leading look-ahead rejects the spaces
# between tokens at once instead of trying each alternative there.
_TOKEN = re.compile(rf"(?=\S)(?:{_TOKEN_KINDS})")
# A text with web addresses: an address is one token, also when a lost line break glued it to
# the word before ("Embassy in Germanyhttps://www...").
_TOKEN_WITH_URLS = re.compile(
    rf"(?=\S)(?:(?P<url>[^\W\d_]*?(?:https?://|www\.)\S+)|{_TOKEN_KINDS})"
)
_SPLITTING_WORDS = ROLE_HEADS | ORGANISATION_WORDS
# "VeronikaHead": a name glued to the next word by an archive defect.
_GLUED_CAMEL = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2,})")
GLUED_NAME_LENGTH = 5


class Token(NamedTuple):
    start: int
    end: int
    text: str
    kind: str  # word | initials | number | punct

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_capitalised(self) -> bool:
        return self.kind == "word" and self.text[0].isupper()

    @property
    def is_acronym(self) -> bool:
        letters = self.text.replace(".", "")
        return len(letters) >= 2 and letters.isupper() and letters.isalpha()


# Token(...) goes through the NamedTuple's Python-level __new__; building the tuple directly is
# the same object at less than half the cost, and tokenize makes a Token per word of every text.
_new_tuple = tuple.__new__


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end]; periods of known abbreviations stay with their word."""
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    append = tokens.append
    swallowed = -1  # the offset of a period already attached to an abbreviation
    pattern = _TOKEN_WITH_URLS if text.find("://", start, stop) >= 0 else _TOKEN
    for match in pattern.finditer(text, start, stop):
        kind = match.lastgroup or "punct"
        s, e = match.span()
        if s == swallowed:
            continue
        if kind == "word":
            word = match.group()
            if e < stop and text[e] == "." and word.lower() in DOTTED_WORDS:
                swallowed = e
                append(_new_tuple(Token, (s, e + 1, text[s : e + 1], kind)))
                continue
            # Only a capital after the first letter can start a glued word (cheap pre-test).
            if word[0].isupper() and not word[1:].islower() and _GLUED_CAMEL.search(word):
                pieces = _GLUED_CAMEL.split(word)
                # "...to KyrgyzstanLesslie Viguerie": a country glued to the name after it.
                if pieces[-1].lower() in _SPLITTING_WORDS or len(pieces) == 2 and (
                    pieces[0].lower() in _SPLITTING_WORDS or country_code(pieces[0]) is not None
                    # "HaithamShuga'addin": two long names glued by a lost space
                    or min(len(pieces[0]), len(pieces[1])) >= GLUED_NAME_LENGTH
                ):
                    offset = s
                    for piece in pieces:
                        append(_new_tuple(Token, (offset, offset + len(piece), piece, "word")))
                        offset += len(piece)
                    continue
            if len(word) <= 3 and word.isupper() and _undotted_initials(text, tokens, word, e):
                kind = "initials"
            append(_new_tuple(Token, (s, e, word, kind)))
            continue
        append(_new_tuple(Token, (s, e, match.group(), kind)))
    return tokens


_VOWEL_LETTERS = frozenset("AEIOUY")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _undotted_initials(text: str, tokens: list[Token], word: str, end: int) -> bool:
    """ "Chief Minister MK Stalin", "Governor RN Ravi": capitals without a vowel between an
    office or a form of address and a name are the initials of the name, not an acronym."""
    return (
        len(word) >= 2
        and not _VOWEL_LETTERS.intersection(word)
        and word.lower() not in ROLE_HEADS  # "Deputy PM Roman Sklyar"
        and bool(tokens)
        and (tokens[-1].lower in ROLE_HEADS or tokens[-1].lower.rstrip(".") in HONORIFICS)
        and _NAME_AFTER.match(text, end) is not None
    )


def bare(word: str) -> str:
    """A word folded for vocabulary look-ups: lower case, no trailing period or possessive."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.rstrip(".")


def is_honorific(token: Token) -> bool:
    # Written with a capital: "His Excellency X", not "his Arab counterparts".
    return token.text[0].isupper() and (
        token.lower in HONORIFICS or bare(token.text) in HONORIFICS
    ) or token.text in HONORIFIC_INITIALS


def is_rank(token: Token) -> bool:
    return token.lower in RANKS or bare(token.text) in RANKS


def is_role_word(token: Token) -> bool:
    """Part of an office title: a head ("Minister") or a modifier ("Deputy")."""
    word = bare(token.text)
    return word in ROLE_HEADS or word in ROLE_MODIFIERS or "-" in word and all(
        part in ROLE_HEADS or part in ROLE_MODIFIERS for part in word.split("-")
    )


def is_role_head(token: Token) -> bool:
    word = bare(token.text)
    # "Minister-President", "Vice-Minister": a head on either side of the hyphen.
    return word in ROLE_HEADS or "-" in word and any(p in ROLE_HEADS for p in word.split("-"))


def is_particle(token: Token) -> bool:
    return token.kind == "word" and token.text.lower() in NAME_PARTICLES


def could_be_name(token: Token, country_token: bool) -> bool:
    """Whether a token may be part of a person's name (before any context is considered)."""
    if token.kind == "initials":
        return token.text not in HONORIFIC_INITIALS
    if country_token or token.kind != "word":
        return False
    return _word_could_be_name(token.text)


def name_flags(tokens: list[Token], country: list[bool]) -> list[bool]:
    """could_be_name of every token, `country` flagging those inside a country's name."""
    # The test of could_be_name written out: one call per token is most of its cost.
    return [
        token.kind == "initials" and token.text not in HONORIFIC_INITIALS
        or not in_country and token.kind == "word" and _word_could_be_name(token.text)
        for token, in_country in zip(tokens, country, strict=True)
    ]


def _plural_demonym(singular: str) -> bool:
    """ "Mauritanian" of "Mauritanians": a people's name, not a country's ("Jordan")."""
    code = country_code(singular)
    return code is not None and (country_name(code) or "").casefold() != singular.casefold()


def word_could_be_name(text: str) -> bool:
    """Whether a capitalised word may be part of a name (not an office, body or common word)."""
    return _word_could_be_name(text)


_PARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ash|as|at|bin|ibn|abu|da|de|van|von|ul)-[A-Z]")


@lru_cache(maxsize=65536)
def _word_could_be_name(text: str) -> bool:
    if not text[0].isupper():
        return bool(_PARTICLE_PREFIX.match(text))  # "Bashar al-Assad"
    letters = text.replace(".", "")
    if len(letters) >= 2 and letters.isupper() and letters.isalpha():
        return False  # an acronym
    if any(c.isdigit() for c in text):
        return False  # "E-123": a reference number
    word = bare(text)
    if word in NON_NAME_WORDS or word in ORGANISATION_WORDS or word in HONORIFICS:
        return False
    if text.lower() in HONORIFICS:
        return False  # "Eng." (engineer) with its period, while "Lim Guan Eng" is a name
    if word in ROLE_HEADS or word in ROLE_MODIFIERS or word in RANKS:
        return False
    if word.endswith("s") and (word[:-1] in ROLE_HEADS or word[:-1] in ORGANISATION_WORDS):
        return False  # "Bishops", "Ministries"
    if word.endswith("ies") and (
        f"{word[:-3]}y" in ROLE_HEADS or f"{word[:-3]}y" in ORGANISATION_WORDS
    ):
        return False  # "Cabinet Secretaries", "Portuguese Communities"
    if word.endswith("ans") and _plural_demonym(text[:-1]):
        return False  # "Mauritanians Abroad": a people, in an office's name
    if len(word) > 5 and word.endswith("bank"):
        return False  # "China Eximbank", "Afreximbank": a bank's name
    if "-" in word:
        parts = word.split("-")
        if all(p in ROLE_HEADS or p in ROLE_MODIFIERS or p in ORGANISATION_WORDS for p in parts):
            return False
    return not text.endswith(("'s", "’s"))
