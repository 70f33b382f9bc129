"""Normalize stage: the extractions as the contract's tables, with stable ids."""

from pathlib import Path

import dagster as dg
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipelines.defs.metadata import table_metadata
from pipelines.defs.resources import ReadoutsFolders
from pipelines.normalization.stability import SIGNATURE_COLUMNS, reuse_published_person_ids
from pipelines.release import LATEST_NAME
from pipelines.tables import resolved_tables

MEETING_TABLES = (
    "meetings",
    "participants",
    "commitments",
    "commitment_parties",
    "people",
    "events",
)
_DESCRIPTIONS = {
    "meetings": "One row per meeting reported as having taken place.",
    "participants": "One row per person per meeting.",
    "commitments": "One row per undertaking: agreement, invitation or pledge.",
    "commitment_parties": "Who made each commitment (actor) and to whom (counterpart).",
    "people": "One row per person: every mention across documents and name forms, resolved.",
    "events": "One row per real meeting: the readouts of it from different documents, joined.",
}


def _published_participants(outputs: Path) -> pa.Table | None:
    """The latest release's participants (the ids already published), if there is one."""
    path = outputs / LATEST_NAME / "participants.parquet"
    try:
        return pq.read_table(path, columns=[*SIGNATURE_COLUMNS, "person_id"])
    except (OSError, KeyError, pa.ArrowInvalid):
        return None


@dg.multi_asset(
    group_name="normalize",
    outs={
        name: dg.AssetOut(description=_DESCRIPTIONS[name], kinds={"parquet"})
        for name in MEETING_TABLES
    },
)
def meeting_records(
    context: dg.AssetExecutionContext,
    folders: ReadoutsFolders,
    documents: pa.Table,
    extractions: dict[str, pa.Table],
):
    """Meetings, participants, commitments and their parties, keyed by deterministic ids; the
    people and events they resolve to across documents. A person the latest release already
    published keeps its person_id."""
    publishers = dict(
        zip(
            documents.column("document_id").to_pylist(),
            documents.column("publisher").to_pylist(),
            strict=True,
        )
    )
    tables = resolved_tables(extractions, publishers)
    tables = reuse_published_person_ids(tables, _published_participants(folders.outputs))
    events = tables["events"]
    joined = events.filter(pc.greater(events.column("document_count"), 1)).num_rows
    context.log.info(f"{tables['people'].num_rows} people, {joined} events reported twice or more")
    for name in MEETING_TABLES:
        metadata = table_metadata(name, tables[name])
        if name == "events":
            metadata["events_in_several_documents"] = dg.MetadataValue.int(joined)
        yield dg.Output(tables[name], output_name=name, metadata=metadata)
