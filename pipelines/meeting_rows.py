"""Each document's extracted meetings as rows of the contract's tables, gathered into Arrow.

The extract step turns every document's meetings into rows as soon as they are found, and the
rows into Arrow a batch at a time, so a build holds compact columns, not Python objects for
every document. Ids that depend on the whole corpus (person_id, event_id) are left empty here
and filled in by the normalize step (see tables.resolved_tables).

    rows = RowTables()
    for document, meetings in found:
        rows.add(document.document_id, document.text, meetings)
    tables = rows.tables()     # meetings, participants, commitments, commitment_parties
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import pyarrow as pa

from pipelines.countries import country_name
from pipelines.model import ExtractedMeeting
from pipelines.normalization.roles import role_category
from pipelines.schemas import empty_table, table_from_rows, with_fresh_dictionaries

EXTRACTED_TABLES = ("meetings", "participants", "commitments", "commitment_parties")
UNRESOLVED = ""  # person_id and event_id until the normalize step resolves them
ROWS_PER_BATCH = 20_000


def stable_id(prefix: str, *parts: object) -> str:
    """A deterministic id: the prefix and 16 hex digits of a hash of the parts."""
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return f"{prefix}_{hashlib.sha256(joined.encode('utf-8')).hexdigest()[:16]}"


def document_rows(
    document_id: str, text: str, meetings: Sequence[ExtractedMeeting]
) -> dict[str, list[dict]]:
    """The rows of one document's meetings, ids derived from the document id and each item's
    position in its document."""
    rows: dict[str, list[dict]] = {name: [] for name in EXTRACTED_TABLES}
    for m_index, meeting in enumerate(meetings):
        meeting_id = stable_id("m", document_id, m_index)
        participant_ids = []
        for p_index, person in enumerate(meeting.participants):
            participant_id = stable_id("pt", meeting_id, p_index)
            participant_ids.append(participant_id)
            rows["participants"].append(
                {
                    "participant_id": participant_id,
                    "meeting_id": meeting_id,
                    "document_id": document_id,
                    "person_id": UNRESOLVED,
                    "name": person.name,
                    "name_as_written": person.name_as_written,
                    "role": person.role,
                    "role_category": role_category(person.role, person.organization),
                    "organization": person.organization,
                    "country_code": person.country_code,
                    "evidence": text[person.evidence_start : person.evidence_end],
                    "evidence_start": person.evidence_start,
                    "evidence_end": person.evidence_end,
                    "country_name": country_name(person.country_code or ""),
                }
            )
        for c_index, commitment in enumerate(meeting.commitments):
            commitment_id = stable_id("c", meeting_id, c_index)
            rows["commitments"].append(
                {
                    "commitment_id": commitment_id,
                    "meeting_id": meeting_id,
                    "document_id": document_id,
                    "type": commitment.type,
                    "description": commitment.description,
                    "due": commitment.due,
                    "evidence": text[commitment.evidence_start : commitment.evidence_end],
                    "evidence_start": commitment.evidence_start,
                    "evidence_end": commitment.evidence_end,
                }
            )
            for party_role, indexes in (
                ("actor", commitment.actors),
                ("counterpart", commitment.counterparts),
            ):
                for index in sorted(set(indexes)):
                    rows["commitment_parties"].append(
                        {
                            "commitment_id": commitment_id,
                            "participant_id": participant_ids[index],
                            "party_role": party_role,
                        }
                    )
        rows["meetings"].append(
            {
                "meeting_id": meeting_id,
                "document_id": document_id,
                "date": meeting.date,
                "date_precision": meeting.date_precision,
                "date_basis": meeting.date_basis,
                "format": meeting.format,
                "kind": meeting.kind,
                "city": meeting.city,
                "country_code": meeting.country_code,
                "venue": meeting.venue,
                "evidence": text[meeting.evidence_start : meeting.evidence_end],
                "evidence_start": meeting.evidence_start,
                "evidence_end": meeting.evidence_end,
                "participant_count": len(meeting.participants),
                "commitment_count": len(meeting.commitments),
                "event_id": UNRESOLVED,
                "country_name": country_name(meeting.country_code or ""),
            }
        )
    return rows


class RowTables:
    """The rows of many documents, turned into Arrow every `rows_per_batch` rows."""

    def __init__(self, rows_per_batch: int = ROWS_PER_BATCH) -> None:
        self.rows_per_batch = rows_per_batch
        self.pending: dict[str, list[dict]] = {name: [] for name in EXTRACTED_TABLES}
        self.batches: dict[str, list[pa.Table]] = {name: [] for name in EXTRACTED_TABLES}
        # per table, how many rows each document added, in order: where a document's rows are
        self.rows_per_document: dict[str, list[int]] = {name: [] for name in EXTRACTED_TABLES}
        self.documents = 0
        self.documents_without_meeting = 0

    def add(self, document_id: str, text: str, meetings: Sequence[ExtractedMeeting]) -> None:
        self.documents += 1
        self.documents_without_meeting += not meetings
        for name, rows in document_rows(document_id, text, meetings).items():
            self.rows_per_document[name].append(len(rows))
            pending = self.pending[name]
            pending.extend(rows)
            if len(pending) >= self.rows_per_batch:
                self._flush(name)

    def _flush(self, name: str) -> None:
        if self.pending[name]:
            self.batches[name].append(table_from_rows(name, self.pending[name]))
            self.pending[name] = []

    def take_batches(self, name: str) -> list[pa.Table]:
        """The batches of one table's rows so far, handed over: this keeps no reference to
        them, so they are freed as soon as the caller lets go."""
        self._flush(name)
        batches, self.batches[name] = self.batches[name], []
        return batches

    def tables(self) -> dict[str, pa.Table]:
        """Every table so far, with the values and Parquet bytes of one batch of all rows."""
        for name in EXTRACTED_TABLES:
            self._flush(name)
        return {
            name: with_fresh_dictionaries(pa.concat_tables(tables)) if tables else empty_table(name)
            for name, tables in self.batches.items()
        }
