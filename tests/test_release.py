import json
import subprocess

import pyarrow.parquet as pq

from pipelines.release import outputs_lock, verify_release, write_release
from pipelines.validation import validate_tables

from sample_tables import sample_tables

EXPECTED_FILES = {
    "documents.parquet",
    "meetings.parquet",
    "participants.parquet",
    "commitments.parquet",
    "commitment_parties.parquet",
    "rejections.parquet",
    "datapackage.json",
    "SHA256SUMS",
    "validation_report.json",
    "README.md",
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
