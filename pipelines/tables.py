"""Turn documents and their extractions into the contract's tables, with stable ids."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

import pyarrow as pa

from pipelines.countries import country_name
from pipelines.model import Document, ExtractedMeeting, Rejection
from pipelines.normalization.events import MeetingFacts, event_keys
from pipelines.normalization.people import Mention, person_keys
from pipelines.normalization.roles import role_category
from pipelines.normalization.summaries import event_rows, people_rows
from pipelines.schemas import table_from_rows


def stable_id(prefix: str, *parts: object) -> str:
    """A deterministic id: the prefix and 16 hex digits of a hash of the parts."""
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return f"{prefix}_{hashlib.sha256(joined.encode('utf-8')).hexdigest()[:16]}"


def documents_table(documents: Iterable[Document]) -> pa.Table:
    rows = [
        {
            "document_id": d.document_id,
            "source_id": d.source_id,
            "source_path": d.source_path,
            "title": d.title,
            "publisher": d.publisher,
            "url": d.url,
            "published_at": d.published_at,
            "published_date": d.published_date,
            "language": d.language,
            "text": d.text,
            "char_count": d.char_count,
        }
        for d in documents
    ]
    return table_from_rows("documents", rows)


def documents_from_table(table: pa.Table) -> list[Document]:
    """The Document records of a documents table (the inverse of documents_table)."""
    fields = [f for f in Document.__dataclass_fields__ if f in table.column_names]
    columns = [table.column(name).to_pylist() for name in fields]
    rows = zip(*columns, strict=True)
    return [Document(**dict(zip(fields, values, strict=True))) for values in rows]


def rejections_table(rejections: Iterable[Rejection]) -> pa.Table:
    rows = [
        {
            "source_path": r.source_path,
            "source_id": r.source_id,
            "reason": r.reason,
            "detail": r.detail,
            "duplicate_of": r.duplicate_of,
        }
        for r in rejections
    ]
    return table_from_rows("rejections", rows)


def meeting_tables(
    documents: Iterable[Document], extractions: Mapping[str, list[ExtractedMeeting]]
) -> dict[str, pa.Table]:
    """meetings, participants, commitments, commitment_parties, people and events.

    Row ids derive from the document id and each item's position in its document; person ids
    from the person's canonical key resolved over all documents (see normalization.people);
    event ids from the readouts that report one real meeting (see normalization.events). The
    same inputs always give the same ids.
    """
    documents = list(documents)
    meetings, participants, commitments, parties = [], [], [], []
    for document in documents:
        text = document.text
        for m_index, meeting in enumerate(extractions.get(document.document_id, [])):
            meeting_id = stable_id("m", document.document_id, m_index)
            participant_ids = []
            for p_index, person in enumerate(meeting.participants):
                participant_id = stable_id("pt", meeting_id, p_index)
                participant_ids.append(participant_id)
                participants.append(
                    {
                        "participant_id": participant_id,
                        "meeting_id": meeting_id,
                        "document_id": document.document_id,
                        "person_id": None,  # resolved over all documents below
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
                commitments.append(
                    {
                        "commitment_id": commitment_id,
                        "meeting_id": meeting_id,
                        "document_id": document.document_id,
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
                        parties.append(
                            {
                                "commitment_id": commitment_id,
                                "participant_id": participant_ids[index],
                                "party_role": party_role,
                            }
                        )
            meetings.append(
                {
                    "meeting_id": meeting_id,
                    "document_id": document.document_id,
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
                    "event_id": None,  # resolved over all documents below
                    "country_name": country_name(meeting.country_code or ""),
                }
            )
    _assign_person_ids(participants)
    people = people_rows(participants, meetings)
    publishers = {d.document_id: d.publisher for d in documents}
    _assign_event_ids(meetings, participants, people, publishers)
    return {
        "meetings": table_from_rows("meetings", meetings),
        "participants": table_from_rows("participants", participants),
        "commitments": table_from_rows("commitments", commitments),
        "commitment_parties": table_from_rows("commitment_parties", parties),
        "people": table_from_rows("people", people),
        "events": table_from_rows("events", event_rows(meetings, participants)),
    }


def _assign_person_ids(participants: list[dict]) -> None:
    mentions = [
        Mention(p["name"], p["role"], p["role_category"], p["organization"], p["country_code"])
        for p in participants
    ]
    for row, key in zip(participants, person_keys(mentions), strict=True):
        row["person_id"] = stable_id("p", key)


def _assign_event_ids(
    meetings: list[dict],
    participants: list[dict],
    people: list[dict],
    publishers: Mapping[str, str | None],
) -> None:
    """Event ids from the people of each meeting, each with the country of their people row
    (not the row's own, which an extraction slip may have wrong)."""
    countries = {p["person_id"]: p["country_code"] for p in people}
    people_of: dict[str, set[tuple[str, str | None]]] = {}
    for row in participants:
        person = row["person_id"]
        people_of.setdefault(row["meeting_id"], set()).add((person, countries.get(person)))
    facts = [
        MeetingFacts(
            m["meeting_id"],
            m["document_id"],
            m["date"],
            m["date_precision"],
            m["format"],
            frozenset(people_of.get(m["meeting_id"], ())),
            publishers.get(m["document_id"]),
        )
        for m in meetings
    ]
    for row, key in zip(meetings, event_keys(facts), strict=True):
        row["event_id"] = stable_id("e", key)
