import hashlib
import json
import os
import subprocess
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines import release as release_module
from pipelines.release import (
    STAGING_PREFIX,
    STEP_OUTPUTS_PREFIX,
    TEMPORARY_LATEST_PREFIX,
    BuildLocked,
    outputs_lock,
    remove_leftovers,
    verify_release,
    write_release,
)
from pipelines.schemas import TABLE_NAMES
from pipelines.validation import validate_tables

from sample_tables import sample_tables

EXPECTED_FILES = {
    *(f"{name}.parquet" for name in TABLE_NAMES),
    "datapackage.json",
    "SHA256SUMS",
    "validation_report.json",
    "README.md",
    "readouts.duckdb",
    "report.html",
}


def _publish(tables, outputs):
    with outputs_lock(outputs):
        return write_release(tables, validate_tables(tables).to_dict(), outputs)


def test_release_holds_every_file_and_latest_points_at_it(tmp_path):
    release = _publish(sample_tables(), tmp_path)
    assert {p.name for p in release.iterdir()} == EXPECTED_FILES
    assert (tmp_path / "latest").resolve() == release.resolve()
    assert verify_release(release) == []
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=release, capture_output=True)
    assert check.returncode == 0, check.stdout
    package = json.loads((release / "datapackage.json").read_text())
    hashes = {r["path"]: r["hash"] for r in package["resources"]}
    digest = hashlib.sha256((release / "meetings.parquet").read_bytes()).hexdigest()
    assert hashes["meetings.parquet"] == f"sha256:{digest}"
    sizes = {r["path"]: r["bytes"] for r in package["resources"]}
    assert sizes["meetings.parquet"] == (release / "meetings.parquet").stat().st_size
    meetings = pq.read_table(release / "meetings.parquet")
    assert meetings.num_rows == 1
    assert str(meetings.schema.field("date").type) == "date32[day]"


def test_same_tables_give_the_same_version_and_bytes(tmp_path):
    first = _publish(sample_tables(), tmp_path / "a")
    second = _publish(sample_tables(), tmp_path / "b")
    assert first.name == second.name
    for name in EXPECTED_FILES:
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_staging_leftovers_are_removed_by_the_next_release(tmp_path):
    leftover = tmp_path / "releases" / ".staging-crashed-123"
    leftover.mkdir(parents=True)
    (leftover / "meetings.parquet").write_bytes(b"partial")
    release = _publish(sample_tables(), tmp_path)
    assert not leftover.exists()
    assert verify_release(release) == []


def test_a_corrupted_file_is_detected(tmp_path):
    release = _publish(sample_tables(), tmp_path)
    (release / "meetings.parquet").write_bytes(b"garbage")
    assert verify_release(release) == ["meetings.parquet checksum differs"]


def _log_durable_steps(monkeypatch) -> list[tuple[str, str]]:
    """Record every fsync, rename and replace, with the path it concerns, in order."""
    steps: list[tuple[str, str]] = []
    fsync, rename, replace = os.fsync, os.rename, os.replace

    def logged_fsync(fd):
        steps.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        return fsync(fd)

    def logged_rename(source, target):
        steps.append(("rename", f"{Path(source).name} -> {Path(target).name}"))
        return rename(source, target)

    def logged_replace(source, target):
        steps.append(("replace", f"{Path(source).name} -> {Path(target).name}"))
        return replace(source, target)

    monkeypatch.setattr(os, "fsync", logged_fsync)
    monkeypatch.setattr(os, "rename", logged_rename)
    monkeypatch.setattr(os, "replace", logged_replace)
    return steps


def test_files_are_synced_before_the_rename_and_latest_moves_last(tmp_path, monkeypatch):
    steps = _log_durable_steps(monkeypatch)
    version = _publish(sample_tables(), tmp_path).name
    staging = f"{STAGING_PREFIX}{version}-{os.getpid()}"
    staged = sorted(steps[1 : len(EXPECTED_FILES) + 1])
    assert staged == sorted(
        ("fsync", str(tmp_path / "releases" / staging / n)) for n in EXPECTED_FILES
    )
    assert steps[0] == ("fsync", str(tmp_path))
    assert steps[len(EXPECTED_FILES) + 1 :] == [
        ("fsync", str(tmp_path / "releases" / staging)),
        ("rename", f"{staging} -> {version}"),
        ("fsync", str(tmp_path / "releases")),
        ("replace", f"{TEMPORARY_LATEST_PREFIX}{os.getpid()} -> latest"),
        ("fsync", str(tmp_path)),
    ]


def test_a_stray_temporary_latest_link_is_removed_by_the_next_release(tmp_path):
    first = _publish(sample_tables(), tmp_path)
    stray = tmp_path / f"{TEMPORARY_LATEST_PREFIX}99999"
    stray.symlink_to(Path("releases") / first.name)
    staging = tmp_path / "releases" / f"{STAGING_PREFIX}{first.name}-99999"
    staging.mkdir()
    step_outputs = tmp_path / f"{STEP_OUTPUTS_PREFIX}killed"
    (step_outputs / "documents.arrow").parent.mkdir()
    (step_outputs / "documents.arrow").write_bytes(b"left by a killed build")
    with outputs_lock(tmp_path):
        removed = remove_leftovers(tmp_path)
    assert removed == [staging, stray, step_outputs]
    assert not stray.is_symlink() and not staging.exists() and not step_outputs.exists()
    assert (tmp_path / "latest").resolve() == first.resolve()


def test_a_release_renamed_before_latest_moved_is_reused(tmp_path):
    old = _publish(_tables_with_title("Old"), tmp_path)
    # A crash between the rename and the switch of latest: publish into a scratch folder and
    # move its release next to the old one without touching latest.
    scratch = _publish(sample_tables(), tmp_path / "scratch")
    renamed = tmp_path / "releases" / scratch.name
    os.rename(scratch, renamed)
    assert (tmp_path / "latest").resolve() == old.resolve()
    inode = (renamed / "meetings.parquet").stat().st_ino
    again = _publish(sample_tables(), tmp_path)
    assert again == renamed
    assert (renamed / "meetings.parquet").stat().st_ino == inode
    assert (tmp_path / "latest").resolve() == renamed.resolve()
    assert verify_release(renamed) == []


def test_a_damaged_release_of_the_same_version_is_rewritten(tmp_path):
    release = _publish(sample_tables(), tmp_path)
    (release / "meetings.parquet").write_bytes(b"garbage")
    again = _publish(sample_tables(), tmp_path)
    assert again == release
    assert verify_release(again) == []
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == [release.name]


def test_a_failed_release_write_leaves_latest_on_the_previous_release(tmp_path, monkeypatch):
    old = _publish(_tables_with_title("Old"), tmp_path)

    def disk_full(path, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(release_module, "_write_synced", disk_full)
    with pytest.raises(OSError):
        _publish(sample_tables(), tmp_path)
    assert (tmp_path / "latest").resolve() == old.resolve()
    assert verify_release(old) == []
    monkeypatch.undo()
    new = _publish(sample_tables(), tmp_path)
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == sorted([old.name, new.name])


def test_the_lock_is_reentrant_in_its_thread_and_records_its_holder(tmp_path):
    with outputs_lock(tmp_path):
        assert (tmp_path / ".lock").read_text() == f"{os.getpid()}\n"
        with outputs_lock(tmp_path, wait=False):
            _publish(sample_tables(), tmp_path)
    with outputs_lock(tmp_path, wait=False):
        pass


def test_another_holder_makes_a_no_wait_lock_fail_and_a_waiting_lock_wait(tmp_path):
    held, release = threading.Event(), threading.Event()

    def hold():
        with outputs_lock(tmp_path):
            held.set()
            release.wait()

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait()
    try:
        with (
            pytest.raises(BuildLocked, match=f"process {os.getpid()}"),
            outputs_lock(tmp_path, wait=False),
        ):
            pass
        waited = []
        release_later = threading.Timer(0.2, release.set)
        release_later.start()
        with outputs_lock(tmp_path, on_wait=waited.append):
            assert release.is_set()
        assert waited == [str(os.getpid())]
    finally:
        release.set()
        holder.join()


def _tables_with_title(title: str) -> dict:
    tables = sample_tables()
    documents = tables["documents"]
    index = documents.column_names.index("title")
    tables["documents"] = documents.set_column(
        index, documents.field(index), pa.array([title] * documents.num_rows)
    )
    return tables


def test_publishing_calls_after_each_row_group_once_per_row_group(tmp_path, monkeypatch):
    calls = []
    tables = sample_tables()
    monkeypatch.setattr(release_module, "ROW_GROUP_ROWS", 1)  # a row group per row
    with outputs_lock(tmp_path):
        write_release(tables, validate_tables(tables).to_dict(), tmp_path, lambda: calls.append(1))
    assert len(calls) == sum(max(t.num_rows, 1) for t in tables.values())
    published = {name: pq.read_metadata(tmp_path / "latest" / f"{name}.parquet") for name in tables}
    assert all(m.num_row_groups == max(m.num_rows, 1) for m in published.values())
