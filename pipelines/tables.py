"""Turn documents and their extractions into the contract's tables, with stable ids."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pyarrow as pa

from pipelines.meeting_rows import RowTables, stable_id
from pipelines.model import Document, ExtractedMeeting, Rejection
from pipelines.normalization.events import MeetingFacts, event_keys
from pipelines.normalization.people import Mention, person_keys
from pipelines.normalization.summaries import Columns, event_rows, people_rows
from pipelines.schemas import table_from_rows


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
    rows = RowTables()
    publishers = {}
    for document in documents:
        rows.add(document.document_id, document.text, extractions.get(document.document_id, []))
        publishers[document.document_id] = document.publisher
    return resolved_tables(rows.tables(), publishers)


def resolved_tables(
    extracted: Mapping[str, pa.Table], publishers: Mapping[str, str | None]
) -> dict[str, pa.Table]:
    """The extracted rows of every document with person_id and event_id resolved over the
    whole corpus, and the people and events tables they resolve to."""
    meetings, participants = extracted["meetings"], extracted["participants"]
    participant_columns = {name: _values(participants.column(name)) for name in _PEOPLE_INPUTS}
    person_ids = _person_ids(participant_columns)
    participant_columns["person_id"] = person_ids
    meeting_columns = {name: _values(meetings.column(name)) for name in _EVENT_INPUTS}
    people = people_rows(participant_columns, meeting_columns)
    event_ids = _event_ids(meeting_columns, participant_columns, people, publishers)
    meeting_columns["event_id"] = event_ids
    events = event_rows(meeting_columns, participant_columns)
    return {
        "meetings": _with_column(meetings, "event_id", event_ids),
        "participants": _with_column(participants, "person_id", person_ids),
        "commitments": extracted["commitments"],
        "commitment_parties": extracted["commitment_parties"],
        "people": table_from_rows("people", people),
        "events": table_from_rows("events", events),
    }


# The participant columns that person ids are resolved from and people_rows reads (with
# person_id), and the meeting columns event_rows reads (with event_id).
_MENTION_INPUTS = ["name", "role", "role_category", "organization", "country_code"]
_PEOPLE_INPUTS = ["meeting_id", *_MENTION_INPUTS]
_EVENT_INPUTS = [
    "meeting_id",
    "document_id",
    "date",
    "date_precision",
    "format",
    "kind",
    "city",
    "country_code",
]


def _values(column: pa.ChunkedArray) -> list:
    """The column as Python values, each distinct value made once: names, roles and ids
    repeat across rows, and one object per row would cost far more memory."""
    if not pa.types.is_dictionary(column.type):
        column = column.dictionary_encode()
    rows: list = []
    for chunk in column.chunks:
        dictionary = chunk.dictionary.to_pylist()
        rows.extend(None if i is None else dictionary[i] for i in chunk.indices.to_pylist())
    return rows


def _with_column(table: pa.Table, name: str, values: list[str]) -> pa.Table:
    index = table.schema.get_field_index(name)
    field = table.schema.field(index)
    return table.set_column(index, field, pa.array(values, type=field.type))


def _person_ids(participants: Columns) -> list[str]:
    """Person ids resolved over the distinct mentions (a person is named the same way in
    many rows), each weighted by its rows: the ids of resolving every row, at less cost."""
    columns = [participants[name] for name in _MENTION_INPUTS]
    distinct: dict[tuple, int] = {}
    rows = [distinct.setdefault(values, len(distinct)) for values in zip(*columns, strict=True)]
    counts = [0] * len(distinct)
    for number in rows:
        counts[number] += 1
    keys = person_keys([Mention(*values) for values in distinct], counts)
    ids = [stable_id("p", key) for key in keys]
    return [ids[number] for number in rows]


def _event_ids(
    meetings: Columns,
    participants: Columns,
    people: list[dict],
    publishers: Mapping[str, str | None],
) -> list[str]:
    """Event ids from the people of each meeting, each with the country of their people row
    (not the row's own, which an extraction slip may have wrong)."""
    countries = {p["person_id"]: p["country_code"] for p in people}
    people_of: dict[str, set[tuple[str, str | None]]] = {}
    pairs = zip(participants["meeting_id"], participants["person_id"], strict=True)
    for meeting_id, person in pairs:
        people_of.setdefault(meeting_id, set()).add((person, countries.get(person)))
    facts = [
        MeetingFacts(
            meeting_id,
            document_id,
            date,
            precision,
            format_,
            frozenset(people_of.get(meeting_id, ())),
            publishers.get(document_id),
        )
        for meeting_id, document_id, date, precision, format_ in zip(
            meetings["meeting_id"],
            meetings["document_id"],
            meetings["date"],
            meetings["date_precision"],
            meetings["format"],
            strict=True,
        )
    ]
    return [stable_id("e", key) for key in event_keys(facts)]
