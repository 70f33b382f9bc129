"""Record inputs: JSON Lines files (one record a line) and JSON files (an object or a list).

A record is a JSON object with `text` and optionally id, title, publisher, published, url.

- .jsonl is streamed line by line and never held whole: memory stays at one line, and a line
  longer than the document limit is skipped over in chunks and rejected as too_large without
  being parsed. Blank lines are not inputs. A file with no record at all is one `empty`
  rejection, so that it is not lost silently.
- .json is one JSON value, so it is parsed whole; the file may be at most MAX_JSON_FILE_BYTES
  (64 MiB) and larger files are one too_large rejection. An object is one record; a list gives
  one input per element; an empty list is one `empty` rejection; anything else is malformed.

Records without their own id get "<file stem>:<line number>" (lines count from 1) or
"<file stem>:<index>" (list elements count from 0). Field values are data: nothing in a
record is ever used as a path.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
from collections.abc import Iterator
from typing import IO, Any

from pipelines.model import Document, Rejection
from pipelines.sources.decoding import (
    BYTE_ORDER_MARKS,
    decode_8bit,
    decode_bytes,
    reject_binary,
)
from pipelines.sources.documents import (
    candidate_from_fields,
    document_from_candidate,
    record_source_id,
    record_text,
    type_name,
)
from pipelines.sources.files import file_stem, read_bytes
from pipelines.sources.limits import describe_size
from pipelines.sources.rejected import InputRejected
from pipelines.sources.walker import InputEntry

# How much of the start of a JSON Lines file is checked for binary content.
BINARY_SNIFF_BYTES = 8192

# How much of an over-long line is read at a time while skipping past it.
SKIP_CHUNK = 1024 * 1024


def read_jsonl_file(entry: InputEntry, *, max_bytes: int) -> Iterator[Document | Rejection]:
    """One document or rejection per non-blank line of a JSON Lines file."""
    stem = file_stem(entry.name)
    seen_record = False
    number = 0
    with contextlib.ExitStack() as open_files:
        handle = open_files.enter_context(open(entry.path, "rb"))
        try:
            stream = _line_source(handle)
            if stream is not handle:
                open_files.enter_context(stream)
            for number, line, size in _numbered_lines(stream, max_bytes):
                if line is not None and not line.strip():
                    continue
                seen_record = True
                yield _line_outcome(entry, number, line, size, max_bytes=max_bytes)
        except InputRejected as rejected:  # binary, or the rest of the file cannot be decoded
            seen_record = True
            source_id = f"{stem}:{number + 1}" if number else stem
            yield Rejection(entry.relative, source_id, rejected.reason, rejected.detail)
    if not seen_record:
        yield Rejection(entry.relative, stem, "empty", "the file holds no records")


def read_json_file(
    entry: InputEntry, *, max_bytes: int, max_json_bytes: int
) -> Iterator[Document | Rejection]:
    """One document or rejection per record of a JSON file (an object, or a list of them)."""
    stem = file_stem(entry.name)
    try:
        text = decode_bytes(read_bytes(entry, max_json_bytes))
        if not text.strip():
            raise InputRejected("empty", "the file is empty")
        value = _parse_json(text)
    except InputRejected as rejected:
        yield Rejection(entry.relative, stem, rejected.reason, rejected.detail)
        return
    if isinstance(value, dict):
        yield _record_outcome(value, entry=entry, fallback_id=stem, where="", max_bytes=max_bytes)
    elif isinstance(value, list):
        if not value:
            yield Rejection(entry.relative, stem, "empty", "the JSON list holds no records")
        for index, element in enumerate(value):
            yield _record_outcome(
                element,
                entry=entry,
                fallback_id=f"{stem}:{index}",
                where=f"element {index}",
                max_bytes=max_bytes,
            )
    else:
        detail = f"the file holds {type_name(value)}, expected an object or a list of objects"
        yield Rejection(entry.relative, stem, "malformed", detail)


def _line_outcome(
    entry: InputEntry, number: int, line: str | None, size: int, *, max_bytes: int
) -> Document | Rejection:
    fallback_id = f"{file_stem(entry.name)}:{number}"
    where = f"line {number}"
    if line is None:
        limit = describe_size(max_bytes)
        detail = f"{where}: the line is {describe_size(size)}, over the {limit} limit"
        return Rejection(entry.relative, fallback_id, "too_large", detail)
    try:
        value = _parse_json(line.strip())
    except InputRejected as rejected:
        return Rejection(
            entry.relative, fallback_id, rejected.reason, f"{where}: {rejected.detail}"
        )
    return _record_outcome(
        value, entry=entry, fallback_id=fallback_id, where=where, max_bytes=max_bytes
    )


def _record_outcome(
    value: Any, *, entry: InputEntry, fallback_id: str, where: str, max_bytes: int
) -> Document | Rejection:
    """The document for one parsed record, or its rejection, located by `where` in the detail."""
    source_id = fallback_id
    try:
        if not isinstance(value, dict):
            raise InputRejected(
                "malformed", f"the record is {type_name(value)}, expected an object with 'text'"
            )
        source_id = record_source_id(value, fallback_id)
        candidate = candidate_from_fields(
            value,
            source_path=entry.relative,
            source_id=source_id,
            raw_text=record_text(value),
            where=where,
        )
        return document_from_candidate(candidate, max_bytes=max_bytes)
    except InputRejected as rejected:
        detail = f"{where}: {rejected.detail}" if where else rejected.detail
        return Rejection(entry.relative, source_id, rejected.reason, detail)


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"column {error.colno}"
        if error.lineno > 1:
            where = f"line {error.lineno}, {where}"
        raise InputRejected("malformed", f"not valid JSON: {error.msg} ({where})") from error
    except RecursionError as error:
        raise InputRejected("malformed", "not valid JSON: nested too deeply") from error
    except ValueError as error:  # e.g. an integer literal with too many digits
        raise InputRejected("malformed", f"not valid JSON: {error}") from error


def _line_source(handle: IO[bytes]) -> IO[bytes] | IO[str]:
    """The stream to read lines from: text for UTF-16/32 files (marked), else the bytes.

    A file whose start looks binary is rejected whole (not_text) rather than line by line.
    """
    head = handle.read(BINARY_SNIFF_BYTES)
    handle.seek(0)
    for mark, codec, _ in BYTE_ORDER_MARKS:
        if head.startswith(mark) and codec != "utf-8":
            handle.read(len(mark))
            return io.TextIOWrapper(handle, encoding=codec, newline="\n")
    reject_binary(head)
    if head.startswith(codecs.BOM_UTF8):
        handle.read(len(codecs.BOM_UTF8))
    return handle


def _numbered_lines(stream: IO[Any], limit: int) -> Iterator[tuple[int, str | None, int]]:
    """(line number, decoded line or None when over `limit`, size) for every line.

    Each read asks for at most `limit + 1` bytes (characters for UTF-16/32 files), so a
    line of any length never sits in memory whole.
    """
    newline = "\n" if isinstance(stream, io.TextIOBase) else b"\n"
    number = 0
    while True:
        try:
            line = stream.readline(limit + 1)
        except UnicodeDecodeError as error:
            detail = f"line {number + 1} and after could not be decoded: {error.reason}"
            raise InputRejected("undecodable", detail) from error
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(newline):
            size = len(line)
            while True:
                more = stream.readline(SKIP_CHUNK)
                size += len(more)
                if not more or more.endswith(newline):
                    break
            yield number, None, size
            continue
        yield number, line if isinstance(line, str) else decode_8bit(line), len(line)
