"""Whole-file inputs: plain text, Markdown and HTML, one document each."""

from __future__ import annotations

import dataclasses
import re

from pipelines.model import Document
from pipelines.sources.cleaning import clean_field
from pipelines.sources.decoding import decode_bytes
from pipelines.sources.documents import (
    candidate_from_fields,
    document_from_candidate,
    record_source_id,
)
from pipelines.sources.front_matter import split_front_matter
from pipelines.sources.html import declared_charset, parse_html
from pipelines.sources.limits import HTML_MARKUP_ALLOWANCE, describe_size
from pipelines.sources.rejected import InputRejected
from pipelines.sources.walker import InputEntry

_MARKDOWN_TITLE = re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


def file_stem(name: str) -> str:
    """The file name without its last extension ('a.b.txt' -> 'a.b'; '.notes' stays)."""
    stem, dot, _ = name.rpartition(".")
    return stem if dot and stem else name


def read_bytes(entry: InputEntry, limit: int) -> bytes:
    """The file's bytes, or InputRejected (too_large) when it holds more than `limit` bytes."""
    if entry.size > limit:
        raise InputRejected(
            "too_large",
            f"the file is {describe_size(entry.size)}, over the {describe_size(limit)} limit",
        )
    with open(entry.path, "rb") as handle:
        data = handle.read(limit + 1)  # the file may have grown since it was listed
    if len(data) > limit:
        raise InputRejected("too_large", f"the file is over the {describe_size(limit)} limit")
    return data


def read_text_file(entry: InputEntry, *, markdown: bool, max_bytes: int) -> Document:
    """A .txt or .md file, with optional YAML front matter."""
    text = decode_bytes(read_bytes(entry, max_bytes))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fields, body = split_front_matter(text)
    source_id = record_source_id(fields, file_stem(entry.name))
    candidate = candidate_from_fields(
        fields, source_path=entry.relative, source_id=source_id, raw_text=body
    )
    if markdown and candidate.title is None:
        heading = _MARKDOWN_TITLE.match(body)
        if heading:
            candidate = dataclasses.replace(candidate, title=clean_field(heading.group(1)))
    return document_from_candidate(candidate, max_bytes=max_bytes)


def read_html_file(entry: InputEntry, *, max_bytes: int) -> Document:
    """An .html/.htm page: its paragraph text, with title and metadata from the page."""
    data = read_bytes(entry, max_bytes * HTML_MARKUP_ALLOWANCE)
    page = parse_html(decode_bytes(data, declared_charset=declared_charset(data)))
    fields = {
        "title": page.title,
        "publisher": page.publisher,
        "url": page.url,
        "published": page.published,
    }
    candidate = candidate_from_fields(
        fields, source_path=entry.relative, source_id=file_stem(entry.name), raw_text=page.text
    )
    return document_from_candidate(candidate, max_bytes=max_bytes)
