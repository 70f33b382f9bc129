"""Extracted meetings as rows, gathered into Arrow a batch at a time."""

import io

import pyarrow.parquet as pq

from pipelines.extraction import extract_meetings
from pipelines.meeting_rows import EXTRACTED_TABLES, UNRESOLVED, RowTables
from pipelines.tables import meeting_tables

from sample_tables import sample_document, sample_tables


def _parquet(table) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def _rows(documents, rows_per_batch):
    rows = RowTables(rows_per_batch)
    for document in documents:
        rows.add(document.document_id, document.text, extract_meetings(document))
    return rows


def test_batches_of_rows_give_the_tables_of_one_batch(dev_documents):
    small, whole = _rows(dev_documents, 3).tables(), _rows(dev_documents, 10**6).tables()
    for name in EXTRACTED_TABLES:
        assert small[name].num_rows > 3
        assert small[name].equals(whole[name])
        assert _parquet(small[name]) == _parquet(whole[name])


def test_ids_that_need_every_document_are_left_for_normalize(dev_documents):
    tables = _rows(dev_documents[:5], 100).tables()
    assert set(tables["participants"].column("person_id").to_pylist()) == {UNRESOLVED}
    assert set(tables["meetings"].column("event_id").to_pylist()) == {UNRESOLVED}


def test_documents_without_a_meeting_are_counted(dev_documents):
    rows = _rows(dev_documents, 100)
    assert rows.documents == len(dev_documents)
    assert rows.documents_without_meeting == sum(
        1 for d in dev_documents if not extract_meetings(d)
    )


def test_meeting_tables_resolve_every_id():
    tables = meeting_tables([sample_document()], {})
    assert tables["meetings"].num_rows == 0
    resolved = sample_tables()
    assert UNRESOLVED not in resolved["participants"].column("person_id").to_pylist()
    assert UNRESOLVED not in resolved["meetings"].column("event_id").to_pylist()
