"""How steps hand outputs to each other: Arrow files read back memory-mapped, nothing kept."""

import subprocess
import sys
import textwrap

import dagster as dg
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from conftest import ROOT

from pipelines.defs.storage import (
    ArrowFilesIOManager,
    read_table,
    release_memory,
    write_table,
)


def _store(manager: ArrowFilesIOManager, key: str, value: object) -> None:
    manager.handle_output(dg.build_output_context(asset_key=dg.AssetKey(key)), value)


def _load(manager: ArrowFilesIOManager, key: str) -> object:
    return manager.load_input(dg.build_input_context(asset_key=dg.AssetKey(key)))


def _documents(rows: int) -> pa.Table:
    return pa.table(
        {
            "document_id": [f"d{i}" for i in range(rows)],
            "publisher": pa.array(["kremlin", "wh"] * (rows // 2)).dictionary_encode(),
            "text": ["A readout. " * 50] * rows,
        },
        metadata={b"origin": b"test"},
    )


def test_a_table_comes_back_equal_and_mapped_from_its_file_not_copied(tmp_path):
    manager = ArrowFilesIOManager(tmp_path)
    table = _documents(20_000)
    _store(manager, "documents", table)
    allocated = pa.total_allocated_bytes()
    loaded = _load(manager, "documents")
    assert pa.total_allocated_bytes() == allocated  # the buffers are the file's pages
    assert loaded.equals(table, check_metadata=True)
    assert (tmp_path / "documents.arrow").is_file()


def _resident_kb(path) -> list[int]:
    """The resident kB of each mapping of `path` in this process (Linux /proc)."""
    sizes, current = [], None
    with open("/proc/self/smaps") as smaps:
        for line in smaps:
            fields = line.split()
            if "-" in fields[0] and len(fields) >= 5 and fields[0][0] in "0123456789abcdef":
                current = fields[-1] if len(fields) >= 6 else None
            elif fields[0] == "Rss:" and current == str(path):
                sizes.append(int(fields[1]))
    return sizes


def test_released_pages_leave_memory_and_the_table_stays_valid(tmp_path):
    path = tmp_path / "documents.arrow"
    write_table(_documents(20_000), path)
    table = read_table(path)
    assert len(table.column("text").combine_chunks().buffers()[2]) > 10_000_000
    assert sum(_resident_kb(path)) > 10_000  # the text's pages were touched
    release_memory()
    assert sum(_resident_kb(path)) == 0
    assert table.equals(_documents(20_000))  # read back from the file when touched again


def _anonymous_mb() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("RssAnon"))


def test_release_memory_hands_back_what_arrow_freed_but_kept():
    base = pa.array(range(5_000), pa.int64())
    arrays = [pc.add(base, i) for i in range(3_000)]  # 120 MB in 40 kB buffers
    del arrays
    kept = _anonymous_mb()
    release_memory()
    assert kept - _anonymous_mb() > 60


def test_a_table_no_longer_used_unmaps_its_file(tmp_path):
    path = tmp_path / "documents.arrow"
    write_table(_documents(100), path)
    table = read_table(path)
    assert len(_resident_kb(path)) == 1
    del table
    assert _resident_kb(path) == []


def test_a_dict_of_tables_is_a_folder_of_files(tmp_path):
    manager = ArrowFilesIOManager(tmp_path)
    tables = {"meetings": _documents(4), "participants": _documents(0)}
    _store(manager, "extractions", tables)
    loaded = _load(manager, "extractions")
    assert sorted(loaded) == ["meetings", "participants"]
    assert all(loaded[name].equals(tables[name]) for name in tables)


def test_other_values_are_pickled(tmp_path):
    manager = ArrowFilesIOManager(tmp_path)
    _store(manager, "validation_report", {"passed": True, "checks": []})
    assert _load(manager, "validation_report") == {"passed": True, "checks": []}


def test_a_new_output_replaces_the_old_one_whatever_its_form(tmp_path):
    manager = ArrowFilesIOManager(tmp_path)
    _store(manager, "thing", _documents(2))
    _store(manager, "thing", {"passed": False})
    assert _load(manager, "thing") == {"passed": False}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.pickle"]


def test_a_missing_output_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no stored output for never_built"):
        _load(ArrowFilesIOManager(tmp_path), "never_built")


def test_reporting_metadata_does_not_keep_the_table_alive():
    """Dagster compiles a record's constructor on first use with its caller's local
    variables; the first table described must not end up held by that constructor."""
    script = textwrap.dedent(
        """
        import gc, weakref
        import pyarrow as pa
        from pipelines.defs.metadata import table_metadata
        table = pa.table({"document_id": ["d1"], "text": ["A readout."]})
        table_metadata("documents", table)
        alive = weakref.ref(table)
        del table
        gc.collect()
        print("alive" if alive() is not None else "freed")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "freed"
