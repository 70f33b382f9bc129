"""Is this text English? A cheap offline test, no model.

Two measures over the start of the text:

- the share of its letters that are Latin script: Russian, Armenian, Chinese, Arabic ... text
  fails here;
- the share of its words that are common English function words ("the", "of", "and", ...):
  French, German, Spanish ... text, Latin-script but not English, fails here. Real English
  prose runs at 20-45 %. Words that are also common in other Latin-script languages ("a", "in",
  "is", "an", "was", "also", "on") are left out, so French, German, Spanish, Italian, Dutch
  ... stay under a few percent.

Texts too short to judge (fewer than MIN_WORDS words) pass on the script test alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

LANGUAGE_CODE = "en"

SAMPLE_CHARACTERS = 5_000
MIN_LATIN_SHARE = 0.6
MIN_FUNCTION_WORD_SHARE = 0.08
MIN_WORDS = 12

ENGLISH_FUNCTION_WORDS = frozenset(
    (
        "about",
        "after",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "between",
        "both",
        "but",
        "by",
        "during",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "into",
        "it",
        "its",
        "more",
        "not",
        "of",
        "or",
        "other",
        "our",
        "over",
        "she",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "under",
        "we",
        "were",
        "which",
        "while",
        "who",
        "will",
        "with",
        "would",
        "you",
    )  # fmt: skip
)

_ASCII_WORD = re.compile(r"[a-z]+")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_ASCII_NON_LETTER_BYTES = bytes(
    b for b in range(128) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A)
)


def is_latin_letter(ch: str) -> bool:
    """True for letters of the Latin script (basic, Latin-1, extended and additional blocks)."""
    code = ord(ch)
    return ch.isalpha() and (code < 0x250 or 0x1E00 <= code < 0x1F00 or 0xFF21 <= code <= 0xFF5A)


def non_english_reason(text: str) -> str | None:
    """None when the text reads as English, else a sentence saying why it does not.

    Written for speed on English, the common case: ASCII letters are counted with
    bytes.translate and only the (few) non-ASCII characters are looked at one by one.
    """
    sample = text[:SAMPLE_CHARACTERS]
    ascii_letters = len(sample.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTER_BYTES))
    other_letters = [ch for ch in "".join(_NON_ASCII_RUN.findall(sample)) if ch.isalpha()]
    non_latin = [ch for ch in other_letters if not is_latin_letter(ch)]
    letter_count = ascii_letters + len(other_letters)
    if not letter_count:
        return "the text has no letters"
    latin_share = 1 - len(non_latin) / letter_count
    if latin_share < MIN_LATIN_SHARE:
        return (
            f"only {latin_share:.0%} of the letters are Latin script "
            f"(most of the others are {_main_script(non_latin)})"
        )
    words = _ASCII_WORD.findall(sample.casefold())
    if len(words) < MIN_WORDS:
        return None
    function_share = sum(map(ENGLISH_FUNCTION_WORDS.__contains__, words)) / len(words)
    if function_share < MIN_FUNCTION_WORD_SHARE:
        return (
            f"only {function_share:.0%} of the words are common English words "
            f"(English text has at least {MIN_FUNCTION_WORD_SHARE:.0%})"
        )
    return None


def _main_script(letters: list[str]) -> str:
    """The most common script among the letters, by its Unicode name, e.g. Cyrillic."""
    scripts = Counter(unicodedata.name(ch, "UNKNOWN").split()[0] for ch in letters)
    script = scripts.most_common(1)[0][0]
    return script if len(script) <= 3 else script.title()  # CJK stays CJK
