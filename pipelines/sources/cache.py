"""Reading the seeds folder into tables, re-reading only the input files that changed.

Reading and cleaning every record again is most of the work of a rebuild after one input was
added, so the outcomes of each input file are kept in one pack per parser version,
`<outputs>/cache/sources/<PARSER_VERSION>.arrow`: an Arrow IPC stream whose rows are the
documents each file gave (before de-duplication across inputs), with the file list and the
rejections in its schema metadata. A file is found in the pack by its relative path and a
digest of its bytes, so any change to its content reads it again; a new parser version (any
edit to the reading code, the contract's schemas or the libraries it uses) reads none of the
old pack.

De-duplication across inputs is done on every build, in input order, exactly as
`read_sources` does it, so the tables equal those of a build that reads every input.

Safe by construction: the pack is written to a temporary file and renamed into place; a
missing, torn, corrupt or foreign pack is ignored (every input is read). Writing is
best-effort: a pack that cannot be written never fails a build.

    documents, rejections, stats = read_source_tables(seeds, outputs / "cache" / "sources")
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as ipc

from pipelines.fingerprint import code_fingerprint
from pipelines.model import Document, Rejection
from pipelines.schemas import table_schema, with_fresh_dictionaries
from pipelines.sources.limits import MAX_DOCUMENT_BYTES, MAX_JSON_FILE_BYTES
from pipelines.sources.reader import duplicate_rejection, kept_description, read_input
from pipelines.sources.walker import InputEntry, walk_inputs
from pipelines.tables import documents_table, rejections_table

CACHE_SUBDIR = ("cache", "sources")
PACK_FORMAT = 2  # the layout of a pack; bump if `_write_pack` changes
_METADATA_KEY = b"readouts"
# Documents of one input turned into Arrow at a time: a large JSON-lines file is never held
# as Python objects whole.
DOCUMENTS_PER_BATCH = 2048

_PACKAGE = Path(__file__).resolve().parents[1]  # pipelines/
# Files, relative to the package, whose content decides what reading an input gives.
_SOURCE_PATTERNS = (
    "sources/*.py",
    "dates.py",
    "model.py",
    "schemas.py",
    "tables.py",
    "../schemas/documents.json",
    "../schemas/rejections.json",
)
_LIBRARIES = ("beautifulsoup4", "pyyaml", "pyarrow")


def parser_fingerprint(package: Path = _PACKAGE) -> str:
    """A short hex digest of the reading code under `package`, the libraries and Python."""
    return code_fingerprint(package, _SOURCE_PATTERNS, _LIBRARIES, salt=f"python {sys.version}")


PARSER_VERSION = parser_fingerprint()


@dataclasses.dataclass(frozen=True)
class SourceStats:
    """How the inputs were obtained."""

    inputs: int
    reused: int  # files whose outcomes came from the pack
    read: int  # inputs read now


@dataclasses.dataclass(frozen=True)
class _InputOutcomes:
    """What one input gave, in its own order: `order` is "d" per document, "r" per rejection."""

    documents: pa.Table
    rejections: list[Rejection]
    order: str


def source_cache_folder(outputs_dir: Path) -> Path:
    """Where the parsed inputs are kept inside an outputs folder."""
    return outputs_dir.joinpath(*CACHE_SUBDIR)


def read_source_tables(
    seeds_dir: Path,
    folder: Path,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    max_json_bytes: int = MAX_JSON_FILE_BYTES,
) -> tuple[pa.Table, pa.Table, SourceStats]:
    """The documents and rejections tables of `read_sources(seeds_dir)`, reading only the
    files that the pack under `folder` does not hold."""
    pack_path = folder / f"{PARSER_VERSION}-{max_bytes}-{max_json_bytes}.arrow"
    packed = _read_pack(pack_path)
    keys: list[tuple[str, str] | None] = []
    outcomes: list[_InputOutcomes] = []
    reused = 0
    for entry in walk_inputs(Path(seeds_dir)):
        key = _input_key(entry)
        found = packed.get(key) if key is not None else None
        if found is None:
            found, key = _read_now(entry, key, max_bytes, max_json_bytes)
        else:
            reused += 1
        keys.append(key)
        outcomes.append(found)
    documents, rejections = _deduplicated(outcomes)
    if {key for key in keys if key is not None} != packed.keys():
        _write_pack(pack_path, keys, outcomes)
    return documents, rejections, SourceStats(len(outcomes), reused, len(outcomes) - reused)


def _input_key(entry: InputEntry) -> tuple[str, str] | None:
    """(relative path, digest of the bytes) of a readable file; None for any other input."""
    if entry.kind != "file":
        return None
    digest = hashlib.sha256()
    try:
        with open(entry.path, "rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return entry.relative, digest.hexdigest()


def _read_now(
    entry: InputEntry, key: tuple[str, str] | None, max_bytes: int, max_json_bytes: int
) -> tuple[_InputOutcomes, tuple[str, str] | None]:
    """Read one input; its key is kept only when the file did not change while it was read."""
    batches: list[pa.Table] = []
    pending: list[Document] = []
    rejections: list[Rejection] = []
    order: list[str] = []
    for item in read_input(entry, max_bytes=max_bytes, max_json_bytes=max_json_bytes):
        if isinstance(item, Document):
            pending.append(item)
            order.append("d")
            if len(pending) >= DOCUMENTS_PER_BATCH:
                batches.append(documents_table(pending))
                pending = []
        else:
            rejections.append(item)
            order.append("r")
    if pending or not batches:
        batches.append(documents_table(pending))
    found = _InputOutcomes(_concatenated(batches), rejections, "".join(order))
    return found, key if key is not None and _input_key(entry) == key else None


def _deduplicated(outcomes: list[_InputOutcomes]) -> tuple[pa.Table, pa.Table]:
    """All documents but the second and later of one document_id, which become rejections
    where they stood, as `read_sources` gives them."""
    documents = _concatenated([o.documents for o in outcomes])
    ids, paths, source_ids = (
        documents.column(name).to_pylist() for name in ("document_id", "source_path", "source_id")
    )
    first_seen: dict[str, str] = {}
    kept: list[int] = []
    rejections: list[Rejection] = []
    row = 0
    for outcome in outcomes:
        own = iter(outcome.rejections)
        for kind in outcome.order:
            if kind == "r":
                rejections.append(next(own))
                continue
            earlier = first_seen.get(ids[row])
            if earlier is None:
                first_seen[ids[row]] = kept_description(paths[row], source_ids[row])
                kept.append(row)
            else:
                rejections.append(
                    duplicate_rejection(paths[row], source_ids[row], ids[row], earlier)
                )
            row += 1
    if len(kept) < documents.num_rows:
        documents = with_fresh_dictionaries(documents.take(pa.array(kept, type=pa.int64())))
    return documents, rejections_table(rejections)


def _concatenated(tables: list[pa.Table]) -> pa.Table:
    return with_fresh_dictionaries(pa.concat_tables(tables) if tables else documents_table([]))


# --- The pack -------------------------------------------------------------------------------


def _rejection_fields(rejection: Rejection) -> list:
    return [getattr(rejection, f.name) for f in dataclasses.fields(Rejection)]


def _write_pack(
    path: Path, keys: list[tuple[str, str] | None], outcomes: list[_InputOutcomes]
) -> bool:
    """Write the outcomes of every input that has a key, atomically. False when it could not."""
    kept = [(key, o) for key, o in zip(keys, outcomes, strict=True) if key is not None]
    header = {
        "format": PACK_FORMAT,
        "parser_version": PARSER_VERSION,
        "inputs": [[*key, o.order] for key, o in kept],
        "rejections": [_rejection_fields(r) for _, o in kept for r in o.rejections],
    }
    schema = table_schema("documents").arrow_schema.with_metadata(
        {_METADATA_KEY: json.dumps(header).encode()}
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as stream, ipc.new_stream(stream, schema) as writer:
                for _, outcome in kept:  # one input at a time: no copy of every document
                    writer.write_table(outcome.documents.replace_schema_metadata(schema.metadata))
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        for other in path.parent.glob("*.arrow"):
            if other != path:
                other.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _read_pack(path: Path) -> dict[tuple[str, str], _InputOutcomes]:
    """The outcomes in the pack by input key; empty when it is missing or unreadable."""
    try:
        with ipc.open_stream(pa.py_buffer(path.read_bytes())) as reader:
            documents = reader.read_all()
        header = json.loads(documents.schema.metadata[_METADATA_KEY])
        if (header["format"], header["parser_version"]) != (PACK_FORMAT, PARSER_VERSION):
            return {}
        if documents.schema.remove_metadata() != table_schema("documents").arrow_schema:
            return {}
        documents.validate(full=True)
        rejections = [Rejection(*fields) for fields in header["rejections"]]
        found: dict[tuple[str, str], _InputOutcomes] = {}
        row = rejected = 0
        for relative, digest, order in header["inputs"]:
            count = order.count("d")
            found[(relative, digest)] = _InputOutcomes(
                documents.slice(row, count).replace_schema_metadata(None),
                rejections[rejected : rejected + len(order) - count],
                order,
            )
            row, rejected = row + count, rejected + len(order) - count
        if row != documents.num_rows or rejected != len(rejections):
            return {}
        return found
    except (OSError, ValueError, KeyError, TypeError, pa.ArrowException):
        return {}
