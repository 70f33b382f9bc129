"""Parsed inputs kept between builds: the same tables as reading every input, fewer reads."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import SEED, SHARED

from pipelines.model import Document
from pipelines.sources import cache as source_cache
from pipelines.sources import read_sources
from pipelines.sources.cache import read_source_tables
from pipelines.tables import documents_table, rejections_table

PAIRS = SHARED / "corpus" / "pairs.documents.jsonl"
PARAGRAPH = (
    "The Minister of Foreign Affairs met with the Ambassador of Japan in the capital on Monday. "
    "They discussed the development of bilateral relations and agreed to hold the next round "
    "of consultations in the autumn."
)


def _records(count: int) -> list[dict]:
    lines = PAIRS.read_text(encoding="utf-8").splitlines()[:count]
    return [json.loads(line) for line in lines]


def _write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """Documents, duplicates within and across files, rejections of every kind of input."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    records = _records(6)
    _write_jsonl(folder / "b.jsonl", [*records[:4], records[1], {"title": "no text"}])
    _write_jsonl(folder / "c.jsonl", records[3:6])
    (folder / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    (folder / "d.txt").write_text(PARAGRAPH + "\n", encoding="utf-8")  # a duplicate of a.txt
    (folder / "empty.jsonl").write_text("")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    shutil.copy(SEED, folder / SEED.name)
    (folder / ".hidden").mkdir()
    (folder / "link.txt").symlink_to(folder / "a.txt")
    return folder


def _expected(seeds: Path) -> tuple[pa.Table, pa.Table]:
    outcomes = list(read_sources(seeds))
    documents = [o for o in outcomes if isinstance(o, Document)]
    rejections = [o for o in outcomes if not isinstance(o, Document)]
    return documents_table(documents), rejections_table(rejections)


def _parquet(table: pa.Table) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()


def _assert_same_tables(seeds: Path, found: tuple[pa.Table, pa.Table, object]) -> None:
    for table, expected in zip(found[:2], _expected(seeds), strict=True):
        assert table.equals(expected)
        assert _parquet(table) == _parquet(expected)


def test_a_second_read_reuses_every_file_and_gives_the_same_tables(seeds, tmp_path):
    cache = tmp_path / "cache"
    first = read_source_tables(seeds, cache)
    _assert_same_tables(seeds, first)
    assert first[2].reused == 0
    second = read_source_tables(seeds, cache)
    _assert_same_tables(seeds, second)
    files = 7  # inputs that are regular files: not the link nor the hidden folder
    assert (second[2].inputs, second[2].reused, second[2].read) == (files + 2, files, 2)


def test_only_the_changed_and_the_added_files_are_read_again(seeds, tmp_path):
    cache = tmp_path / "cache"
    read_source_tables(seeds, cache)
    records = _records(8)
    _write_jsonl(seeds / "c.jsonl", records[4:8])  # changed
    # Added, and read first: the copy of its record in b.jsonl becomes the duplicate.
    _write_jsonl(seeds / "0-first.jsonl", records[2:3])
    found = read_source_tables(seeds, cache)
    _assert_same_tables(seeds, found)
    assert found[2].reused == 6
    (seeds / "a.txt").unlink()  # removed: d.txt is no longer a duplicate
    _assert_same_tables(seeds, read_source_tables(seeds, cache))


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # torn write
        lambda data: b"\x00" * len(data),  # garbage
        lambda data: data.replace(b'"inputs"', b'"inputz"'),  # a foreign header
        lambda data: b"",  # empty
    ],
)
def test_a_damaged_pack_is_ignored(seeds, tmp_path, damage):
    cache = tmp_path / "cache"
    read_source_tables(seeds, cache)
    (pack,) = cache.glob("*.arrow")
    pack.write_bytes(damage(pack.read_bytes()))
    found = read_source_tables(seeds, cache)
    assert found[2].reused == 0
    _assert_same_tables(seeds, found)


def test_a_pack_that_does_not_add_up_is_ignored(seeds, tmp_path):
    cache = tmp_path / "cache"
    read_source_tables(seeds, cache)
    (pack,) = cache.glob("*.arrow")
    table = pa.ipc.open_stream(pack.read_bytes()).read_all()
    with pa.ipc.new_stream(pack, table.schema) as writer:  # one document row fewer
        writer.write_table(table.slice(1))
    found = read_source_tables(seeds, cache)
    assert found[2].reused == 0
    _assert_same_tables(seeds, found)


def test_a_new_parser_version_reads_everything_and_replaces_the_pack(
    seeds, tmp_path, monkeypatch
):
    cache = tmp_path / "cache"
    read_source_tables(seeds, cache)
    monkeypatch.setattr(source_cache, "PARSER_VERSION", "another-version")
    found = read_source_tables(seeds, cache)
    assert found[2].reused == 0
    (pack,) = cache.iterdir()
    assert pack.name.startswith("another-version-")


def test_a_pack_that_cannot_be_written_does_not_fail_the_read(seeds, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    _assert_same_tables(seeds, read_source_tables(seeds, blocked))


def test_an_unchanged_file_is_reused_whatever_its_times(seeds, tmp_path):
    cache = tmp_path / "cache"
    read_source_tables(seeds, cache)
    os.utime(seeds / "b.jsonl", (0, 0))
    assert read_source_tables(seeds, cache)[2].reused == 7


def test_the_fingerprint_follows_the_reading_code(tmp_path):
    package = tmp_path / "pipelines"
    (package / "sources").mkdir(parents=True)
    (package / "sources" / "cleaning.py").write_text("SPACES = ' '\n")
    before = source_cache.parser_fingerprint(package)
    assert source_cache.parser_fingerprint(package) == before
    (package / "sources" / "cleaning.py").write_text("SPACES = '  '\n")
    assert source_cache.parser_fingerprint(package) != before


def test_a_large_input_is_turned_into_arrow_in_batches_with_the_same_tables(
    seeds, tmp_path, monkeypatch
):
    monkeypatch.setattr(source_cache, "DOCUMENTS_PER_BATCH", 2)
    _assert_same_tables(seeds, read_source_tables(seeds, tmp_path / "cache"))
