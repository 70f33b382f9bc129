"""Turning pipeline output into the predicted shape `score` takes: {document id: [meeting]}.

A predicted meeting is a dict in the gold's own shape: date (ISO "YYYY-MM-DD", "YYYY-MM",
"YYYY" or None), date_basis, format, city, country, kind, participants (list of {name, role,
organization, country}) and commitments (list of {type, evidence, actors, counterparts, due}).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from pipelines.model import ExtractedMeeting

# How many characters of an ISO date each precision keeps.
ISO_LENGTH_BY_PRECISION = {"day": 10, "month": 7, "year": 4}


def iso_date(value: Any, precision: str | None = "day") -> str | None:
    """An ISO date string trimmed to `precision` (day | month | year); None when missing."""
    value = _present(value)
    if value is None:
        return None
    if isinstance(value, dt.datetime):  # pandas Timestamp included
        text = value.date().isoformat()
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = str(value).strip()[:10]
    return text[: ISO_LENGTH_BY_PRECISION.get(precision or "day", 10)] or None


def predictions_from_extractions(
    doc_id: str, meetings: Sequence[ExtractedMeeting], text: str
) -> list[dict]:
    """The predicted meetings of one document (`doc_id`, whose `text` the evidence offsets
    point into) from extractor output; actors and counterparts are participant names."""
    del doc_id  # the caller keys the result; kept so every converter names its document
    predicted = []
    for meeting in meetings:
        names = [participant.name for participant in meeting.participants]
        predicted.append(
            {
                "date": iso_date(meeting.date, meeting.date_precision),
                "date_basis": meeting.date_basis,
                "format": meeting.format,
                "city": meeting.city,
                "country": meeting.country_code,
                "kind": meeting.kind,
                "participants": [
                    {
                        "name": p.name,
                        "role": p.role,
                        "organization": p.organization,
                        "country": p.country_code,
                    }
                    for p in meeting.participants
                ],
                "commitments": [
                    {
                        "type": c.type,
                        "evidence": text[c.evidence_start : c.evidence_end],
                        "actors": _names_at(names, c.actors),
                        "counterparts": _names_at(names, c.counterparts),
                        "due": c.due,
                    }
                    for c in meeting.commitments
                ],
            }
        )
    return predicted


def _names_at(names: Sequence[str | None], indexes: Sequence[int]) -> list[str]:
    return [names[i] for i in indexes if 0 <= i < len(names) and names[i] is not None]


def predictions_from_tables(
    documents: pd.DataFrame,
    meetings: pd.DataFrame,
    participants: pd.DataFrame,
    commitments: pd.DataFrame,
    commitment_parties: pd.DataFrame,
) -> dict[str, list[dict]]:
    """The predicted mapping, keyed by documents.source_id, from the dataset's tables (column
    names of DESIGN.md's data contract). Every document gets an entry, empty when it has no
    meeting. Rows are taken in evidence order, then by id, so the result is deterministic."""
    source_ids = {
        row["document_id"]: str(row["source_id"]) for row in _rows(documents, "document_id")
    }
    participant_names: dict[str, str | None] = {}
    participants_by_meeting: dict[str, list[dict]] = {}
    for row in _rows(participants, "participant_id"):
        participant_names[row["participant_id"]] = _present(row.get("name"))
        participants_by_meeting.setdefault(row["meeting_id"], []).append(
            {
                "name": _present(row.get("name")),
                "role": _present(row.get("role")),
                "organization": _present(row.get("organization")),
                "country": _present(row.get("country_code")),
            }
        )
    parties: dict[tuple[str, str], list[str]] = {}
    for row in _rows(commitment_parties, "commitment_id", "participant_id"):
        name = participant_names.get(row["participant_id"])
        if name is not None:
            parties.setdefault((row["commitment_id"], row["party_role"]), []).append(name)
    commitments_by_meeting: dict[str, list[dict]] = {}
    for row in _rows(commitments, "commitment_id"):
        commitment_id = row["commitment_id"]
        commitments_by_meeting.setdefault(row["meeting_id"], []).append(
            {
                "type": _present(row.get("type")),
                "evidence": _present(row.get("evidence")),
                "actors": parties.get((commitment_id, "actor"), []),
                "counterparts": parties.get((commitment_id, "counterpart"), []),
                "due": _present(row.get("due")),
            }
        )
    predicted: dict[str, list[dict]] = {source_id: [] for source_id in source_ids.values()}
    for row in _rows(meetings, "meeting_id"):
        source_id = source_ids.get(row["document_id"])
        if source_id is None:
            continue
        meeting_id = row["meeting_id"]
        predicted[source_id].append(
            {
                "date": iso_date(row.get("date"), _present(row.get("date_precision"))),
                "date_basis": _present(row.get("date_basis")),
                "format": _present(row.get("format")),
                "city": _present(row.get("city")),
                "country": _present(row.get("country_code")),
                "kind": _present(row.get("kind")),
                "participants": participants_by_meeting.get(meeting_id, []),
                "commitments": commitments_by_meeting.get(meeting_id, []),
            }
        )
    return predicted


def _rows(table: pd.DataFrame, *id_columns: str) -> list[dict[str, Any]]:
    """The rows of a table as dicts, ordered by evidence_start (when present) then ids."""
    order = [c for c in ("evidence_start", *id_columns) if c in table.columns]
    if order and len(table):
        table = table.sort_values(order, kind="stable", na_position="last")
    return table.to_dict("records")


def _present(value: Any) -> Any:
    """None for missing values (None, NaN, NaT, pd.NA); anything else unchanged."""
    if value is None or isinstance(value, (str, list, tuple, dict)):
        return value
    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):  # array-like values are present
        return value


# The tables `predictions_from_tables` reads, in its argument order.
RELEASE_TABLES = ("documents", "meetings", "participants", "commitments", "commitment_parties")


def predictions_from_release(folder: str | Path) -> dict[str, list[dict]]:
    """The predicted mapping from a release folder holding `<table>.parquet` per table."""
    folder = Path(folder)
    tables = [pd.read_parquet(folder / f"{name}.parquet") for name in RELEASE_TABLES]
    return predictions_from_tables(*tables)
