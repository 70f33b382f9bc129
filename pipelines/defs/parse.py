"""Parse stage: read the seeds folder into documents and rejections; extract each document."""

import dagster as dg
import pyarrow as pa

from pipelines.defs.metadata import table_metadata
from pipelines.defs.resources import ReadoutsFolders
from pipelines.extraction import extract_meetings
from pipelines.model import Document, ExtractedMeeting
from pipelines.sources import read_sources
from pipelines.tables import documents_from_table, documents_table, rejections_table


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
    """Read every input under the seeds folder: each becomes a document or a rejection."""
    documents, rejections = [], []
    for item in read_sources(folders.seeds):
        (documents if isinstance(item, Document) else rejections).append(item)
    context.log.info(f"{folders.seeds}: {len(documents)} documents, {len(rejections)} rejections")
    documents_out, rejections_out = documents_table(documents), rejections_table(rejections)
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


@dg.asset(group_name="parse", kinds={"python"})
def extractions(
    context: dg.AssetExecutionContext, documents: pa.Table
) -> dg.Output[dict[str, list[ExtractedMeeting]]]:
    """Meetings, participants and commitments as found in each document's text."""
    found = {doc.document_id: extract_meetings(doc) for doc in documents_from_table(documents)}
    meetings = sum(len(m) for m in found.values())
    return dg.Output(
        found,
        metadata={
            "documents": dg.MetadataValue.int(len(found)),
            "meetings": dg.MetadataValue.int(meetings),
            "documents_without_meeting": dg.MetadataValue.int(
                sum(1 for m in found.values() if not m)
            ),
        },
    )
