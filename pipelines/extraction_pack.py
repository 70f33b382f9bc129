"""The packed extraction cache: the rows of every document of the last build in one Arrow file.

The JSON entries of `extraction_cache` cost one file read and one decode per document; at
100,000 documents that is most of a rebuild's extract step. So each build also writes
`<cache folder>/<EXTRACTOR_VERSION>/rows.arrow`: one row per document, its `document_key`
and, per extracted table, the list of that document's rows (an empty list when it has none):

    document_key | meetings: list<struct> | participants | commitments | commitment_parties

The next build reads it memory-mapped, finds each document's key in it (`pc.index_in`) and
takes the rows of the documents it holds in the documents' order (`take`), all in Arrow. Only
documents not in the pack go through the JSON entries or are extracted; their rows join the
others and the whole becomes the next pack. A pack for another version or format, or one that
is damaged in its structure (truncated, not Arrow, other columns, offsets out of bounds,
invalid UTF-8), is ignored: its documents come from the JSON entries instead. Like the
entries, it carries no checksum: a flipped byte that leaves it well-formed goes unnoticed.
Written like the entries (temporary file, then rename, so a reader sees a whole pack or the
previous one), only when the documents differ from the pack's; a pack that cannot be written
never fails a build.

    found = extract_rows(documents_table, cache_folder(outputs))
    found.tables        # meetings, participants, commitments, commitment_parties
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import itertools
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.extraction_cache import CacheStats, IncrementalExtractor, Progress, document_key
from pipelines.mapped_files import map_file, release_mapped_pages
from pipelines.meeting_rows import EXTRACTED_TABLES, ROWS_PER_BATCH, RowTables
from pipelines.model import Document
from pipelines.schemas import empty_table, table_schema
from pipelines.tables import documents_from_table

PACK_FILE = "rows.arrow"
PACK_FORMAT = "1"  # the layout of a pack; bump if `pack_schema` changes other than by the contract
KEY = "document_key"


@dataclasses.dataclass(frozen=True)
class ExtractedRows:
    """The extracted tables of a set of documents and how they were obtained."""

    tables: dict[str, pa.Table]
    documents_without_meeting: int
    stats: CacheStats  # `reused` counts the documents found in the pack or a JSON entry


def pack_path(version_dir: Path) -> Path:
    """Where the pack of one extractor version lives (removed with its version's folder)."""
    return version_dir / PACK_FILE


@functools.cache
def _rows_type(name: str) -> pa.ListType:
    """A document's rows of one table: the contract's columns, dictionaries as plain strings
    (each build encodes its dictionaries afresh anyway)."""
    fields = [
        pa.field(c.name, pa.string() if c.dictionary else c.arrow_type, nullable=c.nullable)
        for c in table_schema(name).columns
    ]
    return pa.list_(pa.field("row", pa.struct(fields), nullable=False))


def pack_schema(version: str) -> pa.Schema:
    """One row per document: its key and its rows of each extracted table."""
    fields = [pa.field(KEY, pa.string(), nullable=False)]
    fields += [pa.field(name, _rows_type(name), nullable=False) for name in EXTRACTED_TABLES]
    return pa.schema(fields, metadata={"format": PACK_FORMAT, "extractor_version": version})


def read_pack(path: Path, version: str) -> pa.Table | None:
    """The pack at `path`, memory-mapped, or None when it is absent, for another version or
    format, or not a whole, well-formed pack."""
    try:
        table = pa.ipc.open_file(map_file(path)).read_all()
        expected = pack_schema(version)
        if not table.schema.equals(expected, check_metadata=True):
            return None
        # A damaged offset would make `take` read out of bounds: check every buffer first.
        table.validate(full=True)
        if any(column.null_count for column in table.columns):
            return None
    except (OSError, ValueError, pa.ArrowException):
        return None
    finally:
        release_mapped_pages()  # the check touched every page of the pack
    return table


def write_pack(path: Path, by_document: pa.Table) -> bool:
    """Write a pack atomically (temporary file, then rename). False when it could not."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=".arrow", dir=path.parent)
        os.close(handle)
        try:
            with (
                pa.OSFile(temporary, "wb") as sink,
                pa.ipc.new_file(sink, by_document.schema) as writer,
            ):
                writer.write_table(by_document)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except (OSError, pa.ArrowException):
        return False
    return True


def rows_by_document(keys: list[str], rows: RowTables, schema: pa.Schema) -> pa.Table:
    """The rows gathered in `rows` as one row per document (documents in the order added).
    `rows` hands over its batches one table at a time, so only one table is held twice."""
    columns = [pa.array(keys, pa.string())]
    for name in EXTRACTED_TABLES:
        row_type = _rows_type(name)
        struct_type = row_type.value_type
        batches = rows.take_batches(name)
        arrays = [_plain_column(batches, field) for field in struct_type]
        del batches
        # Arrow's allocator keeps freed pages for reuse; hand them back before the next table
        pa.default_memory_pool().release_unused()
        values = pa.StructArray.from_arrays(arrays, fields=list(struct_type))
        counts = rows.rows_per_document[name]
        offsets = pa.array(itertools.accumulate(counts, initial=0), pa.int32())
        columns.append(pa.ListArray.from_arrays(offsets, values, type=row_type))
    return pa.Table.from_arrays(columns, schema=schema)


def _plain_column(batches: list[pa.Table], field: pa.Field) -> pa.Array:
    """One column of all the batches as a single array of the field's (plain) type."""
    chunks = [chunk.cast(field.type) for batch in batches for chunk in batch[field.name].chunks]
    return pa.concat_arrays(chunks) if chunks else pa.array([], field.type)


def contract_tables(by_document: pa.Table) -> dict[str, pa.Table]:
    """The extracted tables of a pack-shaped table: each document's rows, in its order, with
    the contract's schema and dictionaries encoded in order of first use."""
    tables = {}
    for name in EXTRACTED_TABLES:
        # each chunk's rows, as one array per column (flatten honours offsets and slices)
        chunks = [chunk.flatten().flatten() for chunk in by_document.column(name).chunks]
        if not sum(len(chunk[0]) for chunk in chunks):
            tables[name] = empty_table(name)
            continue
        schema = table_schema(name).arrow_schema
        bounds = _batch_bounds(pc.list_value_length(by_document.column(name)).to_numpy())
        columns = []
        for index, field in enumerate(schema):
            parts = [chunk[index] for chunk in chunks]
            column = parts[0] if len(parts) == 1 else pa.concat_arrays(parts)
            if pa.types.is_dictionary(field.type):
                columns.append(pc.dictionary_encode(column))
            else:
                batches = [column[start:end] for start, end in itertools.pairwise(bounds)]
                columns.append(pa.chunked_array(batches))
        tables[name] = pa.Table.from_arrays(columns, schema=schema)
    return tables


def _batch_bounds(rows_per_document: np.ndarray) -> list[int]:
    """Where RowTables cuts a table's rows into batches: Parquet pages follow the chunks of a
    column, so the published bytes are the same only with the same chunks."""
    bounds, pending = [0], 0
    for count in rows_per_document.tolist():
        pending += count
        if pending >= ROWS_PER_BATCH:
            bounds.append(bounds[-1] + pending)
            pending = 0
    if pending:
        bounds.append(bounds[-1] + pending)
    return bounds


# More runs than this and one `take` is faster than concatenating the slices.
MAX_RUNS = 4096


def _in_order(rows: pa.Table, positions: np.ndarray) -> pa.Table:
    """rows.take(positions), made of slices of `rows` where the positions run consecutively:
    with a few documents added to a pack, its rows are not copied."""
    if not len(positions):
        return rows.slice(0, 0)
    breaks = np.flatnonzero(np.diff(positions) != 1) + 1
    if len(breaks) >= MAX_RUNS:
        return rows.take(pa.array(positions))
    bounds = [0, *breaks.tolist(), len(positions)]
    return pa.concat_tables(
        [rows.slice(int(positions[a]), b - a) for a, b in itertools.pairwise(bounds)]
    )


def _documents(
    table: pa.Table,
    after_each_batch: Callable[[], None] | None,
    keep: np.ndarray | None = None,
    batch_rows: int = 1024,
) -> Iterator[Document]:
    """The documents of a table (only those where `keep` is true, when given), a batch at a
    time: never all as Python objects, and never a filtered copy of the whole table's text."""
    offset = 0
    for batch in table.to_batches(max_chunksize=batch_rows):
        rows = batch.num_rows
        if keep is not None:
            batch = batch.filter(pa.array(keep[offset : offset + rows]))
        offset += rows
        yield from documents_from_table(pa.Table.from_batches([batch]))
        if after_each_batch is not None:
            after_each_batch()


def extract_rows(
    documents: pa.Table,
    folder: Path,
    workers: int | None = None,
    on_progress: Progress | None = None,
    after_each_batch: Callable[[], None] | None = None,
) -> ExtractedRows:
    """The extracted tables of a documents table, in its order. Rows of documents in the pack
    come from it; the others from their JSON entries or extracted now (`on_progress` counts
    those). The pack is written again when these documents differ from its own. The documents
    are read a batch at a time, `after_each_batch` called after each (the extract step lets go
    of the pages of the text read so far)."""
    extractor = IncrementalExtractor(folder, workers, on_progress)
    version = extractor.cache.version_dir.name
    path = pack_path(extractor.cache.version_dir)
    schema = pack_schema(version)
    keys = pa.array(
        [document_key(d) for d in _documents(documents, after_each_batch)], pa.string()
    )
    packed = read_pack(path, version)
    if packed is None:
        packed = schema.empty_table()
    found = pc.index_in(keys, packed.column(KEY).combine_chunks())
    missing = found.is_null().to_numpy(zero_copy_only=False)
    # each document's row in the pack, or in the rows of the missing ones that follow it
    positions = pc.fill_null(found, -1).to_numpy(zero_copy_only=False).astype(np.int64)
    positions[missing] = packed.num_rows + np.arange(missing.sum())

    missing_keys = keys.filter(pa.array(missing)).to_pylist()
    rows = RowTables()
    missing_documents = _documents(documents, after_each_batch, keep=missing)
    for document, meetings in extractor.run(missing_documents, missing_keys):
        rows.add(document.document_id, document.text, meetings)
    extracted = rows_by_document(missing_keys, rows, schema)
    del rows

    if np.array_equal(positions, np.arange(packed.num_rows)):
        by_document = packed  # the pack holds exactly these documents, in this order
    else:
        if missing.all():
            by_document = extracted  # already in order: spare a copy of every row
        else:
            by_document = _in_order(pa.concat_tables([packed, extracted]), positions)
        write_pack(path, by_document)
        release_mapped_pages()
    without_meeting = pc.sum(pc.equal(pc.list_value_length(by_document.column("meetings")), 0))
    stats = extractor.stats
    tables = contract_tables(by_document)
    release_mapped_pages()  # writing the pack and the tables touched every page of the old one
    return ExtractedRows(
        tables=tables,
        documents_without_meeting=without_meeting.as_py() or 0,
        stats=dataclasses.replace(
            stats, documents=len(keys), reused=stats.reused + int((~missing).sum())
        ),
    )
