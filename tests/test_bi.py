"""Releases are BI-ready: Frictionless-valid, typed for DuckDB, pandas and Polars, with a
DuckDB database of views that works read-only from anywhere."""

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import frictionless
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.bi import DATABASE_NAME, connect_release
from pipelines.release import outputs_lock, release_files, write_release
from pipelines.schemas import TABLE_NAMES, table_schema
from pipelines.validation import validate_tables

from sample_tables import sample_tables


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    outputs = tmp_path_factory.mktemp("outputs")
    tables = sample_tables()
    with outputs_lock(outputs):
        return write_release(tables, validate_tables(tables).to_dict(), outputs)


def _columns_with(predicate):
    """(table, column) of every column in the contract that satisfies `predicate`."""
    return [
        (name, column.name)
        for name in TABLE_NAMES
        for column in table_schema(name).columns
        if predicate(column)
    ]


def test_the_datapackage_passes_plain_frictionless_validate(release):
    frictionless_cli = Path(sys.executable).with_name("frictionless")
    result = subprocess.run(
        [str(frictionless_cli), "validate", "--json", "datapackage.json"],
        cwd=release, capture_output=True, text=True, timeout=300,
    )
    report = json.loads(result.stdout)
    assert result.returncode == 0 and report["valid"], result.stdout[-3000:]
    assert {task["name"] for task in report["tasks"]} == set(TABLE_NAMES)


def test_frictionless_checks_declared_bytes_and_hash_against_the_files(release, tmp_path):
    # frictionless alone never measures a Parquet file; the Readouts plugin makes it.
    copy = shutil.copytree(release, tmp_path / "release")
    descriptor = json.loads((copy / "datapackage.json").read_text())
    meetings = next(r for r in descriptor["resources"] if r["name"] == "meetings")
    meetings["bytes"] += 1
    meetings["hash"] = "sha256:" + "0" * 64
    (copy / "datapackage.json").write_text(json.dumps(descriptor))
    report = frictionless.validate(str(copy / "datapackage.json"))
    errors = {(task.name, error.type) for task in report.tasks for error in task.errors}
    assert errors == {("meetings", "byte-count"), ("meetings", "hash-count")}


def test_duckdb_reads_dates_as_dates_and_timestamps_as_utc_microseconds(release):
    with duckdb.connect() as connection:
        meetings = connection.execute(
            "SELECT date FROM read_parquet(?)", [str(release / "meetings.parquet")]
        )
        assert meetings.description[0][1] == "DATE"
        assert meetings.fetchone()[0] == dt.date(2024, 5, 6)
        published = connection.execute(
            "SELECT typeof(published_at) FROM read_parquet(?)",
            [str(release / "documents.parquet")],
        ).fetchone()[0]
    assert published == "TIMESTAMP WITH TIME ZONE"


def test_pandas_and_polars_read_dates_timestamps_and_categories(release):
    dates = _columns_with(lambda c: c.format == "date")
    stamps = _columns_with(lambda c: c.format == "date-time")
    categories = _columns_with(lambda c: c.dictionary)
    assert dates and stamps and categories
    for table, column in dates + stamps + categories:
        path = release / f"{table}.parquet"
        frame = pd.read_parquet(path, dtype_backend="pyarrow")
        polars = pl.read_parquet(path)
        kind = str(frame[column].dtype)
        if (table, column) in dates:
            assert kind.startswith("date32"), (table, column, kind)
            assert polars.schema[column] == pl.Date
        elif (table, column) in stamps:
            assert kind == "timestamp[us, tz=UTC][pyarrow]", (table, column, kind)
            assert polars.schema[column] == pl.Datetime("us", "UTC")
            assert str(pd.read_parquet(path)[column].dtype) == "datetime64[us, UTC]"
        else:
            assert isinstance(pd.read_parquet(path)[column].dtype, pd.CategoricalDtype)
            assert polars.schema[column] == pl.Categorical, (table, column)
    assert pa.types.is_dictionary(pq.read_schema(release / "meetings.parquet").field("format").type)


def test_the_duckdb_views_open_read_only_from_another_working_directory(release, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = (
        "import duckdb, sys\n"
        "c = duckdb.connect(sys.argv[1], read_only=True)\n"
        'c.execute("SET file_search_path = \'" + sys.argv[2] + "\'")\n'
        "print(c.execute('SELECT count(*) FROM meetings').fetchone()[0])\n"
        "print(sorted(r[0] for r in c.execute('SELECT view_name FROM duckdb_views() "
        "WHERE NOT internal').fetchall()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(release / DATABASE_NAME), str(release)],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    )
    count, views = result.stdout.splitlines()
    assert count == "1"
    assert views == str(sorted(TABLE_NAMES))


def test_connect_release_sees_every_table_and_writes_are_refused(release, tmp_path, monkeypatch):
    moved = tmp_path / "copied-release"
    subprocess.run(["cp", "-r", str(release), str(moved)], check=True)
    monkeypatch.chdir(tmp_path)
    with connect_release(moved) as connection:
        for name in TABLE_NAMES:
            rows = connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            assert rows == pq.read_metadata(moved / f"{name}.parquet").num_rows
        comment = connection.execute(
            "SELECT comment FROM duckdb_views() WHERE view_name = 'meetings'"
        ).fetchone()[0]
        assert comment == table_schema("meetings").description
        with pytest.raises(duckdb.Error):
            connection.execute("CREATE TABLE scratch AS SELECT 1")


def test_the_database_is_in_sha256sums_and_the_same_tables_give_the_same_bytes():
    tables = sample_tables()
    report = validate_tables(tables).to_dict()
    version, files = release_files(tables, report)
    again_version, again = release_files(sample_tables(), report)
    assert version == again_version
    assert files[DATABASE_NAME] == again[DATABASE_NAME]
    assert f"  {DATABASE_NAME}\n" in files["SHA256SUMS"].decode()
