"""Size limits and the file kinds the reader understands."""

from __future__ import annotations

# One document's text (or one file or JSONL line holding one document) may be at most this many
# bytes. A press release is a few kilobytes; 2 MiB leaves room for anything real while keeping a
# stray log dump or database export out of the dataset.
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024

# A .json file is parsed whole (it is one JSON value), so it gets its own, larger ceiling.
MAX_JSON_FILE_BYTES = 64 * 1024 * 1024

# An HTML page carries markup, scripts and styles that are dropped; its raw size may be this
# many times the document limit. The extracted text is then held to the document limit.
HTML_MARKUP_ALLOWANCE = 8

TEXT_EXTENSIONS = (".txt", ".text")
MARKDOWN_EXTENSIONS = (".md", ".markdown")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
JSON_EXTENSIONS = (".json",)
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
SUPPORTED_EXTENSIONS = (
    TEXT_EXTENSIONS + MARKDOWN_EXTENSIONS + HTML_EXTENSIONS + JSON_EXTENSIONS + JSONL_EXTENSIONS
)


def describe_size(size: int) -> str:
    """A byte count as a person reads it: 512 bytes, 3.4 KiB, 2.0 MiB."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"
