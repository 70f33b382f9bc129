"""Bytes to text: byte order marks, UTF-8, the Windows-1252 fallback, and binary detection.

The order of the attempts:

1. A byte order mark names the encoding (UTF-8, UTF-16, UTF-32). Bytes that then fail to
   decode make the input `undecodable`.
2. Without a mark, text whose every other byte is NUL is UTF-16 (some Windows tools write it
   without a mark).
3. Otherwise bytes with many control characters (NUL and the other C0 codes that never occur in
   prose) are binary: `not_text`. A stray control byte or two in real text is allowed; the
   cleaning step removes it.
4. UTF-8; then a charset the document itself declares (HTML `<meta charset>`); then
   Windows-1252, whose five undefined bytes are read as Latin-1. Every byte string decodes in
   this last step, so 8-bit text of any Western encoding is kept rather than rejected.
"""

from __future__ import annotations

import codecs

from pipelines.sources.rejected import InputRejected

# Longest marks first: the UTF-32-LE mark begins with the UTF-16-LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
)

# C0 control bytes that prose never contains (tab, line feed, vertical tab, form feed and
# carriage return are allowed) and DEL.
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if b not in CONTROL_BYTES)

# More control bytes than this share of the input (and more than one) means binary content.
BINARY_CONTROL_SHARE = 0.01

# How many leading bytes the BOM-less UTF-16 test looks at, and the share of NULs in the
# high-byte positions it requires (English UTF-16 text has a NUL in every high byte).
UTF16_SNIFF_BYTES = 4096
UTF16_NUL_SHARE = 0.4

# Windows-1252 assigns printable characters to most of 0x80-0x9F, where Latin-1 has C1
# controls. Decoding as Latin-1 and then translating that range gives Windows-1252 with the
# five undefined bytes kept as their Latin-1 code points.
_CP1252_FOR_C1 = {
    code: bytes([code]).decode("cp1252")
    for code in range(0x80, 0xA0)
    if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def decode_bytes(data: bytes, *, declared_charset: str | None = None) -> str:
    """Decode the bytes of one input to text, or raise InputRejected (undecodable/not_text)."""
    for mark, codec, name in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _decode_marked(data[len(mark) :], codec, name, len(mark))
    utf16_codec = _bomless_utf16_codec(data)
    if utf16_codec is not None:
        try:
            return data.decode(utf16_codec)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: judged as 8-bit bytes below
    reject_binary(data)
    return decode_8bit(data, declared_charset=declared_charset)


def reject_binary(data: bytes) -> None:
    """Raise InputRejected (not_text) when 8-bit `data` holds too many control bytes for text."""
    control_count = count_control_bytes(data)
    if control_count > 1 and control_count > BINARY_CONTROL_SHARE * len(data):
        raise InputRejected(
            "not_text",
            f"binary content: {control_count} of {len(data)} bytes are control characters "
            "that text does not contain",
        )


def decode_8bit(data: bytes, *, declared_charset: str | None = None) -> str:
    """UTF-8, else the declared charset, else Windows-1252 (never fails)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared_charset:
        try:
            return data.decode(declared_charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("latin-1").translate(_CP1252_FOR_C1)


def count_control_bytes(data: bytes) -> int:
    """How many bytes of `data` are control characters that text does not contain."""
    return len(data.translate(None, _NOT_CONTROL_BYTES))


def _decode_marked(body: bytes, codec: str, name: str, offset: int) -> str:
    try:
        return body.decode(codec)
    except UnicodeDecodeError as error:
        raise InputRejected(
            "undecodable",
            f"starts with a {name} byte order mark but is not valid {name}: "
            f"{error.reason} at byte {error.start + offset}",
        ) from error


def _bomless_utf16_codec(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 without a mark, else None."""
    sample = data[:UTF16_SNIFF_BYTES]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls >= UTF16_NUL_SHARE * half and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= UTF16_NUL_SHARE * half and odd_nuls == 0:
        return "utf-16-be"
    return None
