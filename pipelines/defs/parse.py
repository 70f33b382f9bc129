"""Parse stage: read the seeds folder into documents and rejections; extract each document."""

import time
from collections.abc import Iterator

import dagster as dg
import pyarrow as pa

from pipelines.defs.metadata import table_metadata
from pipelines.defs.progress import PROGRESS, progress_line
from pipelines.defs.resources import ReadoutsFolders
from pipelines.defs.storage import release_mapped_pages
from pipelines.extraction.version import EXTRACTOR_VERSION
from pipelines.extraction_cache import IncrementalExtractor, cache_folder, document_key
from pipelines.meeting_rows import RowTables
from pipelines.model import Document
from pipelines.sources.cache import read_source_tables, source_cache_folder
from pipelines.tables import documents_from_table

PROGRESS_SECONDS = 5.0


@dg.multi_asset(
    group_name="parse",
    outs={
        "documents": dg.AssetOut(
            description="One row per accepted input document: metadata and cleaned text.",
            kinds={"parquet"},
        ),
        "rejections": dg.AssetOut(
            description="One row per input that did not become a document, with the reason.",
            kinds={"parquet"},
        ),
    },
)
def source_documents(context: dg.AssetExecutionContext, folders: ReadoutsFolders):
    """Read every input under the seeds folder: each becomes a document or a rejection.

    Input files read by an earlier build and unchanged since are not read again (the parsed
    inputs are kept in the outputs folder)."""
    documents_out, rejections_out, stats = read_source_tables(
        folders.seeds, source_cache_folder(folders.outputs)
    )
    context.log.info(
        f"{folders.seeds}: {documents_out.num_rows} documents, {rejections_out.num_rows} "
        f"rejections; {stats.reused} of {stats.inputs} inputs unchanged since the last build"
    )
    yield dg.Output(
        documents_out, output_name="documents", metadata=table_metadata("documents", documents_out)
    )
    reasons = rejections_out.column("reason").cast(pa.string()).value_counts().to_pylist()
    yield dg.Output(
        rejections_out,
        output_name="rejections",
        metadata={
            **table_metadata("rejections", rejections_out),
            "reasons": dg.MetadataValue.json({r["values"]: r["counts"] for r in reasons}),
        },
    )


class ProgressReport:
    """Logs `done/total, rate, time left` at most every PROGRESS_SECONDS, tagged as progress
    so that `readouts build` prints it (see defs/progress.py); the UI shows it in the run log."""

    def __init__(self, log, label: str) -> None:
        self.log = log
        self.label = label
        self.started = time.perf_counter()
        self.last = self.started

    def __call__(self, done: int, total: int) -> None:
        now = time.perf_counter()
        if done < total and now - self.last < PROGRESS_SECONDS:
            return
        self.last = now
        self.log.info(progress_line(self.label, done, total, now - self.started), extra=PROGRESS)


def _documents(table: pa.Table, batch_rows: int = 1024) -> Iterator[Document]:
    """The documents of a table, a batch at a time (never all as Python objects at once, and
    the pages of a mapped table's text not all resident at once)."""
    for batch in table.to_batches(max_chunksize=batch_rows):
        yield from documents_from_table(pa.Table.from_batches([batch]))
        release_mapped_pages()


@dg.asset(group_name="parse", kinds={"python"})
def extractions(
    context: dg.AssetExecutionContext, folders: ReadoutsFolders, documents: pa.Table
) -> dg.Output[dict[str, pa.Table]]:
    """Meetings, participants, commitments and commitment parties as found in each document's
    text, as rows of the contract's tables (person and event ids are resolved in normalize).

    Only documents not seen before by this extractor version are extracted (the cache is in
    the outputs folder), on every core; documents stream through in batches.
    """
    extractor = IncrementalExtractor(
        cache_folder(folders.outputs), on_progress=ProgressReport(context.log, "extracted")
    )
    keys = [document_key(d) for d in _documents(documents)]
    rows = RowTables()
    started = time.perf_counter()
    for document, meetings in extractor.run(_documents(documents), keys):
        rows.add(document.document_id, document.text, meetings)
    elapsed = time.perf_counter() - started
    stats = extractor.stats
    context.log.info(
        f"{stats.documents} documents: {stats.reused} from the cache, {stats.extracted} "
        f"extracted in {elapsed:.1f} s (extractor {EXTRACTOR_VERSION})",
        extra=PROGRESS,
    )
    tables = rows.tables()
    return dg.Output(
        tables,
        metadata={
            "dagster/row_count": dg.MetadataValue.int(rows.documents),
            "documents": dg.MetadataValue.int(rows.documents),
            "meetings": dg.MetadataValue.int(tables["meetings"].num_rows),
            "documents_without_meeting": dg.MetadataValue.int(rows.documents_without_meeting),
            "extracted": dg.MetadataValue.int(stats.extracted),
            "from_cache": dg.MetadataValue.int(stats.reused),
            "unreadable_cache_entries": dg.MetadataValue.int(stats.unreadable),
            "extractor_version": EXTRACTOR_VERSION,
        },
    )
