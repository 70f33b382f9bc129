"""Checks across tables that no schema can state: evidence slices and counts."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

EVIDENCE_TABLES = ("meetings", "participants", "commitments")


def evidence_mismatches(table: pa.Table, documents: pa.Table) -> list[str]:
    """Rows whose evidence is not exactly documents.text[evidence_start:evidence_end]."""
    texts = dict(
        zip(
            documents.column("document_id").to_pylist(),
            documents.column("text").to_pylist(),
            strict=True,
        )
    )
    problems = []
    columns = ("document_id", "evidence", "evidence_start", "evidence_end")
    rows = zip(*(table.column(c).to_pylist() for c in columns), strict=True)
    for index, (document_id, evidence, start, end) in enumerate(rows):
        text = texts.get(document_id)
        if text is None:
            problems.append(f"row {index}: document {document_id} not found")
        elif not (0 <= start < end <= len(text)):
            problems.append(f"row {index}: offsets {start}-{end} outside a text of {len(text)}")
        elif text[start:end] != evidence:
            problems.append(f"row {index}: evidence differs from the text at {start}-{end}")
    return problems


def count_mismatches(meetings: pa.Table, children: pa.Table, count_column: str) -> list[str]:
    """Meetings whose `count_column` differs from their number of rows in `children`."""
    counted = children.group_by("meeting_id").aggregate([("meeting_id", "count")])
    actual = dict(
        zip(
            counted.column("meeting_id").to_pylist(),
            counted.column("meeting_id_count").to_pylist(),
            strict=True,
        )
    )
    ids = meetings.column("meeting_id").to_pylist()
    stated = pc.fill_null(meetings.column(count_column), 0).to_pylist()
    return [
        f"meeting {meeting_id}: {count_column} {count} but {actual.get(meeting_id, 0)} rows"
        for meeting_id, count in zip(ids, stated, strict=True)
        if count != actual.get(meeting_id, 0)
    ]
