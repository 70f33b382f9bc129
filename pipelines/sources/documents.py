"""From a candidate (metadata as found plus raw text) to a Document, or a reason it is not one.

Metadata rules, the same for JSON records and front matter:

- `id`: a string or an integer; blank means absent (the caller's fallback id is used);
- `title`, `publisher`, `url`: a string (whitespace collapsed; blank means absent), or a number
  or a YAML date (written as text); a list, an object or true/false makes the input malformed;
- `published`: parsed by pipelines.dates.parse_publication. A value it cannot read does not
  cost the document: the document is kept with published_at/published_date null and a warning
  naming the input and the value is logged on the "pipelines.sources" logger;
- `text` (records only): must be a string.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pipelines.dates import parse_publication
from pipelines.model import Document
from pipelines.sources.cleaning import clean_field, clean_text, document_id_for
from pipelines.sources.language import LANGUAGE_CODE, non_english_reason
from pipelines.sources.limits import describe_size
from pipelines.sources.rejected import InputRejected

logger = logging.getLogger("pipelines.sources")

METADATA_FIELDS = ("title", "publisher", "url")


@dataclass(frozen=True)
class Candidate:
    """One input read far enough to know its metadata and its raw (uncleaned) text.

    `where` locates a record inside its file ("line 3", "element 2"), empty for whole files.
    """

    source_path: str
    source_id: str
    raw_text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = None
    where: str = ""


def type_name(value: Any) -> str:
    """How a person calls the type of a JSON or YAML value: 'a number', 'a list', ..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, dt.date):
        return "a date"
    return f"a {type(value).__name__}"


def record_source_id(fields: Mapping[str, Any], fallback: str) -> str:
    """The record's own id (string or integer), else `fallback`."""
    value = fields.get("id")
    if value is None:
        return fallback
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputRejected(
            "malformed", f"'id' is {type_name(value)}, expected a string or an integer"
        )
    return clean_field(str(value)) or fallback


def candidate_from_fields(
    fields: Mapping[str, Any],
    *,
    source_path: str,
    source_id: str,
    raw_text: str,
    where: str = "",
) -> Candidate:
    """A candidate from metadata fields (record or front matter) and the text they go with."""
    values = {name: _metadata_value(fields, name) for name in METADATA_FIELDS}
    return Candidate(
        source_path=source_path,
        source_id=source_id,
        raw_text=raw_text,
        published=_published_value(fields.get("published")),
        where=where,
        **values,
    )


def record_text(fields: Mapping[str, Any]) -> str:
    """The `text` field of a JSON record, which must be a string."""
    if "text" not in fields:
        names = ", ".join(sorted(map(str, fields))) or "none"
        raise InputRejected("malformed", f"record has no 'text' field (its fields: {names})")
    text = fields["text"]
    if not isinstance(text, str):
        shown = f" ({text})" if isinstance(text, int | float) else ""
        raise InputRejected("malformed", f"'text' is {type_name(text)}{shown}, expected a string")
    return text


def document_from_candidate(candidate: Candidate, *, max_bytes: int) -> Document:
    """Clean the text and check it; raises InputRejected (empty, too_large, not_english)."""
    text = clean_text(candidate.raw_text)
    if not text:
        if candidate.raw_text:
            raise InputRejected("empty", "the text holds only whitespace or invisible characters")
        raise InputRejected("empty", "the text is empty")
    if len(text) * 4 > max_bytes:  # a character is at most 4 bytes: encode only when it matters
        size = len(text.encode("utf-8"))
        if size > max_bytes:
            raise InputRejected(
                "too_large",
                f"the text is {describe_size(size)}, over the {describe_size(max_bytes)} limit",
            )
    language_problem = non_english_reason(text)
    if language_problem is not None:
        raise InputRejected("not_english", f"the text does not read as English: {language_problem}")
    published_at, published_date = _parse_published(candidate)
    return Document(
        document_id=document_id_for(text),
        source_id=candidate.source_id,
        source_path=candidate.source_path,
        title=candidate.title,
        publisher=candidate.publisher,
        url=candidate.url,
        published_at=published_at,
        published_date=published_date,
        language=LANGUAGE_CODE,
        text=text,
    )


def _metadata_value(fields: Mapping[str, Any], name: str) -> str | None:
    value = fields.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        return clean_field(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dt.date):  # YAML reads `title: 2021-06-11` as a date
        return value.isoformat()
    raise InputRejected("malformed", f"'{name}' is {type_name(value)}, expected a string")


def _published_value(value: Any) -> str | None:
    """The publication value as text; YAML turns `2021-06-11` into a date, which is fine."""
    if value is None:
        return None
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()
    return str(value)


def _parse_published(candidate: Candidate) -> tuple[dt.datetime | None, dt.date | None]:
    try:
        return parse_publication(candidate.published)
    except (ValueError, OverflowError):
        where = f" {candidate.where}" if candidate.where else ""
        logger.warning(
            "%s%s (%s): published value %r is not a recognised date or timestamp; "
            "the document is kept with no publication date",
            candidate.source_path,
            where,
            candidate.source_id,
            candidate.published,
        )
        return None, None
