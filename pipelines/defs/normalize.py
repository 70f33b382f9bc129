"""Normalize stage: the extractions as the contract's tables, with stable ids."""

import dagster as dg
import pyarrow as pa

from pipelines.defs.metadata import table_metadata
from pipelines.model import ExtractedMeeting
from pipelines.tables import documents_from_table, meeting_tables

MEETING_TABLES = ("meetings", "participants", "commitments", "commitment_parties")
_DESCRIPTIONS = {
    "meetings": "One row per meeting reported as having taken place.",
    "participants": "One row per person per meeting.",
    "commitments": "One row per undertaking: agreement, invitation or pledge.",
    "commitment_parties": "Who made each commitment (actor) and to whom (counterpart).",
}


@dg.multi_asset(
    group_name="normalize",
    outs={
        name: dg.AssetOut(description=_DESCRIPTIONS[name], kinds={"parquet"})
        for name in MEETING_TABLES
    },
)
def meeting_records(documents: pa.Table, extractions: dict[str, list[ExtractedMeeting]]):
    """Meetings, participants, commitments and their parties, keyed by deterministic ids."""
    tables = meeting_tables(documents_from_table(documents), extractions)
    for name in MEETING_TABLES:
        yield dg.Output(tables[name], output_name=name, metadata=table_metadata(name, tables[name]))
