"""Reading the seeds folder into Documents and Rejections.

    from pipelines.sources import read_sources
    for outcome in read_sources(Path("seeds")):
        ...  # a pipelines.model.Document or a pipelines.model.Rejection

Every input gives exactly one outcome, in a deterministic order. Decisions a user can rely on:

- inputs: each .txt/.text/.md/.markdown/.html/.htm/.xhtml file; each non-blank line of a
  .jsonl/.ndjson file (streamed line by line); each element of a list in a .json file, or the
  one object it holds (a .json file is parsed whole, up to MAX_JSON_FILE_BYTES = 64 MiB);
- limits: a text/Markdown file, a JSONL line and any document's cleaned text may be at most
  MAX_DOCUMENT_BYTES (2 MiB); an HTML file 8 times that, for its markup -> too_large;
- any other file (an unknown or missing extension, .DS_Store, ...) -> not_text; a symbolic
  link (never followed), a FIFO/socket/device (never opened), a hidden folder such as .git
  (not walked into, listed once) -> not_text. Hidden files are ordinary inputs;
- an empty .jsonl file or an empty .json list is one `empty` rejection, never silence;
- a `published` value that cannot be parsed keeps the document, with null publication fields,
  and logs a warning on the "pipelines.sources" logger naming the input and the value;
- the second document with the same document_id (same text up to case, spacing and Unicode
  form) is rejected as `duplicate`, with duplicate_of = the kept document's id.

Modules, one concept each: walker (which inputs exist), decoding (bytes to text), cleaning
(the document text and its id), front_matter, html, records (JSON and JSON Lines), files
(text, Markdown, HTML files), documents (metadata rules and the checks every document passes),
language (the English test), limits, reader (read_sources and de-duplication), cache
(read_source_tables: the same as tables, re-reading only the input files that changed).
"""

from pipelines.sources.cleaning import clean_text, document_id_for
from pipelines.sources.limits import MAX_DOCUMENT_BYTES, MAX_JSON_FILE_BYTES, SUPPORTED_EXTENSIONS
from pipelines.sources.reader import read_sources

REJECTION_REASONS = (
    "empty",
    "undecodable",
    "not_text",
    "not_english",
    "too_large",
    "malformed",
    "duplicate",
)

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "MAX_JSON_FILE_BYTES",
    "REJECTION_REASONS",
    "SUPPORTED_EXTENSIONS",
    "clean_text",
    "document_id_for",
    "read_sources",
]
