"""Parse stage: read the seeds folder into documents and rejections; extract each document."""

import time

import dagster as dg
import pyarrow as pa

from pipelines.defs.metadata import table_metadata
from pipelines.defs.progress import PROGRESS, progress_line
from pipelines.defs.resources import ReadoutsFolders
from pipelines.defs.storage import release_memory
from pipelines.extraction.version import EXTRACTOR_VERSION
from pipelines.extraction_cache import cache_folder
from pipelines.extraction_pack import extract_rows
from pipelines.sources.cache import read_source_tables, source_cache_folder

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


@dg.asset(group_name="parse", kinds={"python"})
def extractions(
    context: dg.AssetExecutionContext, folders: ReadoutsFolders, documents: pa.Table
) -> dg.Output[dict[str, pa.Table]]:
    """Meetings, participants, commitments and commitment parties as found in each document's
    text, as rows of the contract's tables (person and event ids are resolved in normalize).

    Only documents not seen before by this extractor version are extracted (the cache is in
    the outputs folder), on every core; documents stream through in batches. The rows of the
    documents of the last build come from one packed file (see extraction_pack.py).
    """
    started = time.perf_counter()
    found = extract_rows(
        documents,
        cache_folder(folders.outputs),
        on_progress=ProgressReport(context.log, "extracted"),
        after_each_batch=release_memory,
    )
    elapsed = time.perf_counter() - started
    stats = found.stats
    context.log.info(
        f"{stats.documents} documents: {stats.reused} from the cache, {stats.extracted} "
        f"extracted in {elapsed:.1f} s (extractor {EXTRACTOR_VERSION})",
        extra=PROGRESS,
    )
    tables = found.tables
    return dg.Output(
        tables,
        metadata={
            "dagster/row_count": dg.MetadataValue.int(stats.documents),
            "documents": dg.MetadataValue.int(stats.documents),
            "meetings": dg.MetadataValue.int(tables["meetings"].num_rows),
            "documents_without_meeting": dg.MetadataValue.int(found.documents_without_meeting),
            "extracted": dg.MetadataValue.int(stats.extracted),
            "from_cache": dg.MetadataValue.int(stats.reused),
            "unreadable_cache_entries": dg.MetadataValue.int(stats.unreadable),
            "extractor_version": EXTRACTOR_VERSION,
        },
    )
