"""Checks across tables that no schema can state: evidence slices, counts, dates."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

import pyarrow as pa
import pyarrow.compute as pc

from pipelines.mapped_files import release_mapped_pages

EVIDENCE_TABLES = ("meetings", "participants", "commitments")

# No readout reports a meeting before this day: an earlier date is a misread number.
EARLIEST_MEETING_DATE = dt.date(1900, 1, 1)
# A meeting may carry the next calendar day after its document's publication date: the
# publisher writes its own local day, the meeting's place may already be a day ahead.
PUBLICATION_GRACE = dt.timedelta(days=1)
EVIDENCE_BATCH_ROWS = 8192


def _column_map(table: pa.Table, key: str, value: str) -> dict:
    return dict(zip(table.column(key).to_pylist(), table.column(value).to_pylist(), strict=True))


def evidence_mismatches(table: pa.Table, documents: pa.Table) -> list[str]:
    """Rows whose evidence is not exactly documents.text[evidence_start:evidence_end].

    Rows are taken a batch at a time with only the texts of their own documents, so the
    check never holds every document's text as Python strings."""
    position = {d: i for i, d in enumerate(documents.column("document_id").to_pylist())}
    texts_column = documents.column("text")
    columns = ["document_id", "evidence", "evidence_start", "evidence_end"]
    problems = []
    first = 0
    for batch in table.select(columns).to_batches(max_chunksize=EVIDENCE_BATCH_ROWS):
        rows = list(zip(*(batch.column(c).to_pylist() for c in columns), strict=True))
        wanted = sorted({position[row[0]] for row in rows if row[0] in position})
        texts = _values_at(texts_column, wanted)
        for index, (document_id, evidence, start, end) in enumerate(rows, start=first):
            text = texts.get(position.get(document_id, -1))
            if text is None:
                problems.append(f"row {index}: document {document_id} not found")
            elif not (0 <= start < end <= len(text)):
                problems.append(f"row {index}: offsets {start}-{end} outside a text of {len(text)}")
            elif text[start:end] != evidence:
                problems.append(f"row {index}: evidence differs from the text at {start}-{end}")
        first += batch.num_rows
        release_mapped_pages()  # the texts of this batch's documents, when mapped from a file
    return problems


def _values_at(column: pa.ChunkedArray, positions: list[int]) -> dict[int, object]:
    """{position: value} for sorted positions, taken chunk by chunk (a take over the whole
    chunked column would first copy it into one array)."""
    found: dict[int, object] = {}
    start = 0
    for chunk in column.chunks:
        end = start + len(chunk)
        inside = positions[bisect_left(positions, start) : bisect_left(positions, end)]
        local = [p - start for p in inside]
        if local:
            values = chunk.take(pa.array(local, type=pa.int64())).to_pylist()
            found.update(zip((p + start for p in local), values, strict=True))
        start = end
    return found


def count_mismatches(meetings: pa.Table, children: pa.Table, count_column: str) -> list[str]:
    """Meetings whose `count_column` differs from their number of rows in `children`."""
    counted = children.group_by("meeting_id").aggregate([("meeting_id", "count")])
    actual = _column_map(counted, "meeting_id", "meeting_id_count")
    ids = meetings.column("meeting_id").to_pylist()
    stated = pc.fill_null(meetings.column(count_column), 0).to_pylist()
    return [
        f"meeting {meeting_id}: {count_column} {count} but {actual.get(meeting_id, 0)} rows"
        for meeting_id, count in zip(ids, stated, strict=True)
        if count != actual.get(meeting_id, 0)
    ]


def document_mismatches(children: pa.Table, meetings: pa.Table) -> list[str]:
    """Rows whose document_id is not their meeting's (their evidence would point elsewhere)."""
    meeting_documents = _column_map(meetings, "meeting_id", "document_id")
    columns = ("meeting_id", "document_id")
    rows = zip(*(children.column(c).to_pylist() for c in columns), strict=True)
    return [
        f"row {index}: document {document_id} but meeting {meeting_id} is in "
        f"{meeting_documents[meeting_id]}"
        for index, (meeting_id, document_id) in enumerate(rows)
        if meeting_id in meeting_documents and meeting_documents[meeting_id] != document_id
    ]


def _publication_dates(documents: pa.Table) -> dict[str, dt.date | None]:
    """Each document's publication day: as written, else the UTC day of its timestamp."""
    dates = {}
    columns = ("document_id", "published_date", "published_at")
    rows = zip(*(documents.column(c).to_pylist() for c in columns), strict=True)
    for document_id, day, moment in rows:
        dates[document_id] = day if day is not None else (moment.date() if moment else None)
    return dates


def date_violations(meetings: pa.Table, documents: pa.Table) -> list[str]:
    """Meetings dated before 1900 or after their document's publication date plus one day."""
    published = _publication_dates(documents)
    problems = []
    columns = ("meeting_id", "document_id", "date")
    rows = zip(*(meetings.column(c).to_pylist() for c in columns), strict=True)
    for meeting_id, document_id, date in rows:
        if date is None:
            continue
        if date < EARLIEST_MEETING_DATE:
            problems.append(f"meeting {meeting_id}: date {date} before {EARLIEST_MEETING_DATE}")
        latest = published.get(document_id)
        if latest is not None and date > latest + PUBLICATION_GRACE:
            problems.append(
                f"meeting {meeting_id}: date {date} after its document's publication {latest}"
            )
    return problems
