"""read_sources: every input under the seeds folder as exactly one Document or Rejection."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pipelines.model import Document, Rejection
from pipelines.sources.files import file_stem, read_html_file, read_text_file
from pipelines.sources.limits import (
    HTML_EXTENSIONS,
    JSON_EXTENSIONS,
    JSONL_EXTENSIONS,
    MARKDOWN_EXTENSIONS,
    MAX_DOCUMENT_BYTES,
    MAX_JSON_FILE_BYTES,
    SUPPORTED_EXTENSIONS,
    TEXT_EXTENSIONS,
)
from pipelines.sources.records import read_json_file, read_jsonl_file
from pipelines.sources.rejected import InputRejected
from pipelines.sources.walker import InputEntry, walk_inputs


def read_sources(
    seeds_dir: Path,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    max_json_bytes: int = MAX_JSON_FILE_BYTES,
) -> Iterator[Document | Rejection]:
    """Stream one Document or one Rejection per input under `seeds_dir`.

    An input is a .txt/.md/.html file, a non-blank line of a .jsonl file, an element of the
    list in a .json file (or the single object it holds), and also every file, link or hidden
    folder that cannot be read as one of those (each is rejected with the reason). Inputs come
    in the sorted order of their relative paths, records in file order. The second input whose
    text has the same document_id as an earlier document is rejected as a duplicate of it.

    `max_bytes` limits one document's text (and one text file, JSONL line or record);
    `max_json_bytes` limits a whole .json file, which is parsed at once.
    """
    first_seen: dict[str, str] = {}
    for entry in walk_inputs(Path(seeds_dir)):
        for outcome in read_input(entry, max_bytes=max_bytes, max_json_bytes=max_json_bytes):
            if isinstance(outcome, Document):
                kept = first_seen.get(outcome.document_id)
                if kept is not None:
                    yield duplicate_rejection(
                        outcome.source_path, outcome.source_id, outcome.document_id, kept
                    )
                    continue
                first_seen[outcome.document_id] = kept_description(
                    outcome.source_path, outcome.source_id
                )
            yield outcome


def kept_description(source_path: str, source_id: str) -> str:
    """How a duplicate's rejection names the document that was kept."""
    return f"{source_path} ({source_id})"


def duplicate_rejection(source_path: str, source_id: str, document_id: str, kept: str) -> Rejection:
    """The rejection of a document whose id an earlier document (`kept`) already has."""
    return Rejection(
        source_path=source_path,
        source_id=source_id,
        reason="duplicate",
        detail=f"same text as {kept}",
        duplicate_of=document_id,
    )


def read_input(
    entry: InputEntry,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    max_json_bytes: int = MAX_JSON_FILE_BYTES,
) -> Iterator[Document | Rejection]:
    """The outcomes of one input, in its own order, before de-duplication across inputs."""
    if entry.kind != "file":
        yield Rejection(entry.relative, None, "not_text", entry.detail)
        return
    extension = _extension(entry.name)
    try:
        if extension in JSONL_EXTENSIONS:
            yield from read_jsonl_file(entry, max_bytes=max_bytes)
        elif extension in JSON_EXTENSIONS:
            yield from read_json_file(entry, max_bytes=max_bytes, max_json_bytes=max_json_bytes)
        elif extension in TEXT_EXTENSIONS or extension in MARKDOWN_EXTENSIONS:
            markdown = extension in MARKDOWN_EXTENSIONS
            yield read_text_file(entry, markdown=markdown, max_bytes=max_bytes)
        elif extension in HTML_EXTENSIONS:
            yield read_html_file(entry, max_bytes=max_bytes)
        else:
            raise InputRejected("not_text", _unsupported_detail(extension))
    except InputRejected as rejected:
        yield Rejection(entry.relative, file_stem(entry.name), rejected.reason, rejected.detail)
    except OSError as error:
        detail = f"the file could not be read: {error.strerror or error}"
        yield Rejection(entry.relative, file_stem(entry.name), "undecodable", detail)


def _extension(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    return f".{suffix.lower()}" if dot and stem else ""


def _unsupported_detail(extension: str) -> str:
    known = ", ".join(SUPPORTED_EXTENSIONS)
    what = f"file type '{extension}'" if extension else "file without an extension"
    return f"unsupported {what}; readable types: {known}"
