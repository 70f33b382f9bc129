"""Incremental rebuilds: a document seen before by the same extractor is not extracted again."""

import io
import json
import multiprocessing
import shutil
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import SEED, SHARED

from pipelines import cli, extraction_cache, extraction_pack
from pipelines.extraction import extractor
from pipelines.extraction.version import extractor_fingerprint
from pipelines.extraction_cache import (
    ExtractionCache,
    cache_folder,
    decode_entry,
    document_key,
    encode_entry,
    extract_incrementally,
)
from pipelines.extraction_pack import extract_rows, pack_path, read_pack
from pipelines.meeting_rows import EXTRACTED_TABLES, RowTables
from pipelines.model import Document, ExtractedMeeting, ExtractedParticipant
from pipelines.sources import read_sources
from pipelines.tables import documents_table

DEV_DOCUMENTS = SHARED / "eval" / "dev.documents.jsonl"


def _dev_documents(folder: Path) -> list[Document]:
    folder.mkdir(exist_ok=True)
    shutil.copy(DEV_DOCUMENTS, folder / DEV_DOCUMENTS.name)
    return [d for d in read_sources(folder) if isinstance(d, Document)]


def _document(number: int) -> Document:
    return Document(
        document_id=f"doc{number:06d}",
        source_id=f"s{number}",
        source_path="corpus.jsonl",
        title=None,
        publisher=None,
        url=None,
        published_at=None,
        published_date=None,
        language="en",
        text=f"Document number {number}.",
    )


def _fake_meeting(document: Document) -> list[ExtractedMeeting]:
    participant = ExtractedParticipant(document.source_id, None, None, None, None, 0, 5)
    return [
        ExtractedMeeting(
            None, None, None, "in_person", "bilateral", None, None, None, 0, 5, [participant]
        )
    ]


@pytest.fixture
def counted(monkeypatch):
    """Replace extract_meetings with a cheap fake that counts the documents it is given."""
    calls: list[str] = []

    def fake(document: Document) -> list[ExtractedMeeting]:
        calls.append(document.document_id)
        return _fake_meeting(document)

    monkeypatch.setattr(extractor, "extract_meetings", fake)
    return calls


def test_adding_one_document_to_thousands_extracts_one(tmp_path, counted):
    documents = [_document(n) for n in range(3000)]
    found, stats = extract_incrementally(documents, tmp_path / "cache", workers=1)
    assert len(counted) == 3000 and stats.extracted == 3000
    counted.clear()

    added = _document(3000)
    found, stats = extract_incrementally([*documents, added], tmp_path / "cache", workers=1)
    assert counted == [added.document_id]
    assert (stats.reused, stats.extracted, stats.unreadable) == (3000, 1, 0)
    assert found == [_fake_meeting(d) for d in [*documents, added]]


def test_changed_metadata_is_extracted_again(tmp_path, counted):
    document = _document(1)
    extract_incrementally([document], tmp_path, workers=1)
    republished = Document(**{**document.__dict__, "publisher": "Another Ministry"})
    extract_incrementally([republished], tmp_path, workers=1)
    assert len(counted) == 2


def test_a_new_extractor_version_invalidates_the_cache(tmp_path, counted, monkeypatch):
    documents = [_document(n) for n in range(5)]
    extract_incrementally(documents, tmp_path, workers=1)
    old_versions = [p.name for p in tmp_path.iterdir()]
    monkeypatch.setattr(extraction_cache, "EXTRACTOR_VERSION", "a-new-version")
    counted.clear()
    extract_incrementally(documents, tmp_path, workers=1)
    assert len(counted) == 5
    assert [p.name for p in tmp_path.iterdir()] == ["a-new-version"]
    assert old_versions != ["a-new-version"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # torn write
        lambda data: b"\x00" * len(data),  # garbage
        lambda data: data.replace(b'"meetings":[', b'"meetings":[1,'),  # wrong shape
        lambda data: b"",  # empty
    ],
)
def test_a_damaged_entry_is_ignored_and_recomputed(tmp_path, counted, damage):
    documents = [_document(n) for n in range(3)]
    extract_incrementally(documents, tmp_path, workers=1)
    cache = ExtractionCache(tmp_path)
    entry = cache._path(document_key(documents[1]))
    entry.write_bytes(damage(entry.read_bytes()))
    counted.clear()
    found, stats = extract_incrementally(documents, tmp_path, workers=1)
    assert counted == [documents[1].document_id]
    assert stats.unreadable == 1
    assert found[1] == _fake_meeting(documents[1])
    assert cache.get(document_key(documents[1])) == _fake_meeting(documents[1])  # rewritten


def test_no_temporary_files_are_left(tmp_path, counted):
    extract_incrementally([_document(n) for n in range(50)], tmp_path, workers=1)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) == 50
    assert all(p.suffix == ".json" and not p.name.startswith(".tmp-") for p in files)


def test_real_extractions_round_trip_through_json(tmp_path):
    documents = _dev_documents(tmp_path / "dev")
    for document in documents:
        meetings = extractor.extract_meetings(document)
        key = document_key(document)
        assert decode_entry(key, encode_entry(key, meetings)) == meetings
    with pytest.raises(ValueError):
        decode_entry("another-key", encode_entry(key, meetings))


def _extract_into(folder: str, dev_folder: str) -> None:
    documents = [d for d in read_sources(Path(dev_folder)) if isinstance(d, Document)]
    extract_incrementally(documents, Path(folder), workers=1)


def test_concurrent_builds_share_the_cache_safely(tmp_path):
    documents = _dev_documents(tmp_path / "dev")
    context = multiprocessing.get_context("spawn")
    builds = [
        context.Process(target=_extract_into, args=(str(tmp_path / "cache"), str(tmp_path / "dev")))
        for _ in range(2)
    ]
    for build in builds:
        build.start()
    for build in builds:
        build.join(120)
        assert build.exitcode == 0
    found, stats = extract_incrementally(documents, tmp_path / "cache", workers=1)
    assert (stats.extracted, stats.unreadable) == (0, 0)
    assert found == [extractor.extract_meetings(d) for d in documents]


def test_the_version_follows_the_extraction_sources(tmp_path):
    package = tmp_path / "pipelines"
    (package / "extraction").mkdir(parents=True)
    (package / "extraction" / "rules.py").write_text("WORDS = ('met',)\n")
    (package / "dates.py").write_text("")
    before = extractor_fingerprint(package)
    assert extractor_fingerprint(package) == before
    (package / "extraction" / "rules.py").write_text("WORDS = ('met', 'held talks')\n")
    assert extractor_fingerprint(package) != before
    changed = extractor_fingerprint(package)
    (package / "extraction" / "words.json").write_text('["visit"]')
    assert extractor_fingerprint(package) != changed
    changed = extractor_fingerprint(package)
    (package / "extraction" / "commitments").mkdir()
    (package / "extraction" / "commitments" / "pledges.py").write_text("VERBS = ('pledged',)\n")
    assert extractor_fingerprint(package) != changed


FOUND_FIELDS = ("document_id", "name_as_written", "role", "evidence_start", "evidence_end")


def _as_found(rows) -> list[tuple]:
    """The fields of participant rows that come straight from extraction, sorted."""
    return sorted(tuple(row[f] for f in FOUND_FIELDS) for row in rows)


def _id_of(record: dict, outputs: Path) -> str:
    documents = pq.read_table(outputs / "latest" / "documents.parquet").to_pylist()
    (document,) = [d for d in documents if d["source_id"] == record["id"]]
    return document["document_id"]


def test_readouts_build_extracts_only_new_documents(tmp_path, monkeypatch, capsys):
    """Through the CLI: the second build extracts the one added document, shows progress and
    the cache use, and publishes the same rows for the documents it did not extract again."""
    calls: list[str] = []
    real = extractor.extract_meetings

    def counting(document: Document) -> list[ExtractedMeeting]:
        calls.append(document.document_id)
        return real(document)

    monkeypatch.setattr(extractor, "extract_meetings", counting)
    seeds, outputs = tmp_path / "seeds", tmp_path / "outputs"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    records = [json.loads(line) for line in DEV_DOCUMENTS.read_text().splitlines()[:10]]
    (seeds / "dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records[:9]))
    arguments = ["build", "--seeds", str(seeds), "--outputs", str(outputs)]
    assert cli.main(arguments) == 0
    assert len(calls) == 10
    first = pq.read_table(outputs / "latest" / "participants.parquet").to_pylist()
    assert any(cache_folder(outputs).rglob("*.json"))

    calls.clear()
    capsys.readouterr()
    (seeds / "added.jsonl").write_text(json.dumps(records[9]) + "\n")
    assert cli.main(arguments) == 0
    assert len(calls) == 1
    second = pq.read_table(outputs / "latest" / "participants.parquet").to_pylist()
    assert _as_found(r for r in second if r["document_id"] != _id_of(records[9], outputs)) == (
        _as_found(first)
    )
    captured = capsys.readouterr()
    assert "extractions: extracted 1/1 documents (100%)" in captured.err
    assert "10 from the cache, 1 extracted" in captured.err
    assert "1 (10 from cache)" in captured.out


# --- The packed cache: the rows of the last build's documents in one Arrow file -------------


def _reference_tables(documents: list[Document]) -> dict:
    """The extracted tables as the step made them before the pack: every document extracted."""
    rows = RowTables()
    for document in documents:
        rows.add(document.document_id, document.text, extractor.extract_meetings(document))
    return rows.tables()


def _parquet(table) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def _assert_same_tables(found: dict, expected: dict) -> None:
    assert list(found) == list(EXTRACTED_TABLES)
    for name in EXTRACTED_TABLES:
        assert found[name].equals(expected[name]), name
        assert _parquet(found[name]) == _parquet(expected[name]), name


def _remove_json_entries(folder: Path) -> None:
    """Leave only the pack: whatever the next run does not find in it must be extracted."""
    for entry in folder.rglob("*.json"):
        entry.unlink()


def _current_pack(folder: Path) -> Path:
    return pack_path(ExtractionCache(folder).version_dir)


def test_rows_from_the_pack_equal_rows_extracted_again(tmp_path, dev_documents):
    without_meeting = [d for d in dev_documents if not extractor.extract_meetings(d)]
    assert without_meeting and len(dev_documents) > 10
    extract_rows(documents_table(dev_documents[:-1]), tmp_path, workers=1)
    assert _current_pack(tmp_path).is_file()
    _remove_json_entries(tmp_path)

    # another order, the first document removed, the fifth twice, the last one new
    corpus = [*reversed(dev_documents[1:]), dev_documents[4], without_meeting[0]]
    found = extract_rows(documents_table(corpus), tmp_path, workers=1)
    _assert_same_tables(found.tables, _reference_tables(corpus))
    assert (found.stats.reused, found.stats.extracted) == (len(corpus) - 1, 1)
    assert found.documents_without_meeting == sum(
        1 for d in corpus if not extractor.extract_meetings(d)
    )

    _remove_json_entries(tmp_path)  # the new pack holds every document of this corpus
    again = extract_rows(documents_table(corpus), tmp_path, workers=1)
    _assert_same_tables(again.tables, found.tables)
    assert (again.stats.reused, again.stats.extracted) == (len(corpus), 0)


def test_adding_one_document_to_a_packed_corpus_extracts_one(tmp_path, counted):
    documents = [_document(n) for n in range(3000)]
    extract_rows(documents_table(documents), tmp_path, workers=1)
    _remove_json_entries(tmp_path)
    counted.clear()
    added = _document(3000)
    found = extract_rows(documents_table([added, *documents]), tmp_path, workers=1)
    assert counted == [added.document_id]
    assert (found.stats.reused, found.stats.extracted, found.stats.unreadable) == (3000, 1, 0)
    assert found.tables["participants"].column("name").to_pylist() == [
        d.source_id for d in [added, *documents]
    ]


def test_new_documents_among_packed_ones_are_extracted_in_their_places(tmp_path, counted):
    documents = [_document(n) for n in range(3000)]
    extract_rows(documents_table(documents), tmp_path, workers=1)
    counted.clear()
    # new documents in several of the batches the documents are read in, and at both ends
    added = {position: _document(10_000 + position) for position in (0, 1023, 1024, 2500, 3000)}
    mixed = list(documents)
    for position, document in sorted(added.items(), reverse=True):
        mixed.insert(position, document)
    found = extract_rows(documents_table(mixed), tmp_path, workers=1)
    assert counted == [d.document_id for d in mixed if d in added.values()]
    assert found.tables["participants"].column("name").to_pylist() == [d.source_id for d in mixed]


def test_rows_put_in_order_by_slices_equal_a_take():
    rows = pa.table({"n": list(range(50)), "s": [str(i) for i in range(50)]})
    rows = pa.concat_tables([rows.slice(0, 20), rows.slice(20)])  # two chunks, as pack + new
    orders = [
        list(range(50)), [*range(10), 49, *range(10, 49)], [3, 3, 7, 1, 0, 48],
        list(range(49, -1, -1)), [],
    ]
    for order in orders:
        positions = np.array(order, dtype=np.int64)
        expected = rows.take(pa.array(order, pa.int64()))
        assert extraction_pack._in_order(rows, positions).equals(expected)


def _foreign_arrow_file(data: bytes) -> bytes:
    sink = io.BytesIO()
    table = pa.table({"document_key": ["a"], "meetings": [1]})
    with pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:-10],  # its footer cut
        lambda data: b"\x00" * len(data),  # garbage
        lambda data: b"",  # empty
        lambda data: data[: len(data) // 4] + b"\xff" * (len(data) // 2) + data[-len(data) // 4 :],
        lambda data: data.replace(document_key(_document(0)).encode(), b"\xff" * 64),  # bad UTF-8
        _foreign_arrow_file,
    ],
)
def test_a_damaged_pack_is_ignored(tmp_path, counted, damage):
    documents = [_document(n) for n in range(20)]
    first = extract_rows(documents_table(documents), tmp_path, workers=1)
    pack = _current_pack(tmp_path)
    pack.write_bytes(damage(pack.read_bytes()))
    _remove_json_entries(tmp_path)
    counted.clear()
    found = extract_rows(documents_table(documents), tmp_path, workers=1)
    assert len(counted) == len(documents)  # nothing was taken from the damaged pack
    _assert_same_tables(found.tables, first.tables)
    assert read_pack(pack, pack.parent.name) is not None  # written afresh


@pytest.mark.parametrize("setting", ["EXTRACTOR_VERSION", "PACK_FORMAT"])
def test_a_pack_of_another_version_or_format_is_ignored(tmp_path, counted, monkeypatch, setting):
    documents = [_document(n) for n in range(20)]
    with monkeypatch.context() as patched:
        patched.setattr(extraction_cache if "VERSION" in setting else extraction_pack, setting, "x")
        extract_rows(documents_table(documents), tmp_path, workers=1)
        other_pack = _current_pack(tmp_path).read_bytes()
    extract_rows(documents_table(documents), tmp_path, workers=1)
    pack = _current_pack(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [pack.parent.name]  # old versions removed

    pack.write_bytes(other_pack)
    _remove_json_entries(tmp_path)
    counted.clear()
    found = extract_rows(documents_table(documents), tmp_path, workers=1)
    assert len(counted) == len(documents)
    assert found.tables["participants"].num_rows == len(documents)


def test_rows_from_the_pack_keep_the_batches_of_rows_extracted(tmp_path, counted, monkeypatch):
    """Parquet pages follow a column's chunks: the published bytes need RowTables' batches."""
    monkeypatch.setattr(extraction_pack, "ROWS_PER_BATCH", 7)
    documents = [_document(n) for n in range(100)]
    extract_rows(documents_table(documents), tmp_path, workers=1)
    found = extract_rows(documents_table(documents[::-1]), tmp_path, workers=1)
    assert found.stats.extracted == 0
    rows = RowTables(7)
    for document in documents[::-1]:
        rows.add(document.document_id, document.text, _fake_meeting(document))
    for name in EXTRACTED_TABLES:
        assert [len(c) for c in found.tables[name].column(0).chunks] == [
            len(c) for c in rows.tables()[name].column(0).chunks
        ], name
    _assert_same_tables(found.tables, rows.tables())
