"""Cleaning decoded text into the document text, and the document id derived from it.

The cleaned text is what every evidence offset points into, so cleaning stays faithful: it
never re-flows lines, joins hyphenated words or splits glued sentences (the extractor copes
with those). It only:

- turns every line break (CRLF, CR, NEL, Unicode line/paragraph separators, form feed,
  vertical tab) into LF;
- removes control characters (a stray NUL included), zero-width spaces, word joiners, stray
  byte order marks and soft hyphens, which are invisible and only break matching;
- replaces the other Unicode spaces (no-break space, narrow no-break space, thin space, ...)
  with a plain space, one for one;
- applies Unicode NFC normalization;
- removes Markdown backslash escapes (`\\###` becomes `###`, `\\*` becomes `*`): a backslash
  before ASCII punctuation, as CommonMark defines it; a backslash before anything else stays;
- strips trailing spaces and tabs from every line, collapses runs of blank lines to a single
  blank line and strips leading and trailing whitespace.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

DOCUMENT_ID_LENGTH = 16

LINE_BREAKS = ("\r\n", "\r", "\x85", "\u2028", "\u2029", "\x0b", "\x0c")

INVISIBLE_CHARACTERS = (
    "\u00ad",  # soft hyphen
    "\u200b",  # zero-width space
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark inside the text
)

# Unicode space separators other than the plain space (category Zs).
OTHER_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)

# C0 controls except tab and line feed (line breaks are already LF), DEL, C1 controls.
_REMOVED = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f" + re.escape("".join(INVISIBLE_CHARACTERS)) + "]+"
)
_ASCII_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_NOT_ASCII_CONTROL_BYTES = bytes(b for b in range(256) if b not in _ASCII_CONTROL_BYTES)
_OTHER_SPACE = re.compile(f"[{OTHER_SPACES}]")
_LINE_BREAK = re.compile("|".join(re.escape(brk) for brk in LINE_BREAKS))
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # backslash + ASCII punctuation
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_LINE_RUN = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """The document text for decoded input text (see the module docstring for the steps).

    Each step first checks cheaply whether it has anything to do: most texts need few of them.
    """
    if any(brk in text for brk in LINE_BREAKS):
        text = _LINE_BREAK.sub("\n", text)
    if not text.isascii():
        text = _REMOVED.sub("", text)
        text = _OTHER_SPACE.sub(" ", text)
        text = unicodedata.normalize("NFC", text)
    elif _has_ascii_control(text):
        text = _REMOVED.sub("", text)
    if "\\" in text:
        text = _MARKDOWN_ESCAPE.sub(r"\1", text)
    if " \n" in text or "\t\n" in text:
        text = _TRAILING_SPACE.sub("", text)
    if "\n\n\n" in text:
        text = _BLANK_LINE_RUN.sub("\n\n", text)
    return text.strip()


def clean_field(value: str) -> str | None:
    """A one-line metadata value (title, publisher, url, id): whitespace collapsed, or None."""
    return " ".join(clean_text(value).split()) or None


def document_id_for(text: str) -> str:
    """The document id: a hash of the text with case, Unicode form and spacing normalized.

    Two inputs whose texts differ only in letter case, whitespace or Unicode composition get
    the same id (and the second becomes a duplicate). The id never depends on file names.
    """
    normalized = unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())
    normalized = " ".join(normalized.split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:DOCUMENT_ID_LENGTH]


def _has_ascii_control(text: str) -> bool:
    """Whether ASCII `text` holds a control character to remove (fast: bytes.translate)."""
    return bool(text.encode("ascii").translate(None, _NOT_ASCII_CONTROL_BYTES))
