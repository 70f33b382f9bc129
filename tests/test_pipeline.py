"""The whole graph, materialized in-process on temporary folders."""

import json
import os
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from conftest import ROOT, SHARED

from pipelines import cli
from pipelines.defs import normalize, validate
from pipelines.evaluation import load_gold, predictions_from_release, score
from pipelines.release import verify_release
from pipelines.schemas import TABLE_NAMES
from pipelines.validation import validate_tables


def _build(seeds, outputs) -> int:
    return cli.main(["build", "--seeds", str(seeds), "--outputs", str(outputs)])


def _read(release, name):
    return pq.read_table(release / f"{name}.parquet").to_pylist()


@pytest.fixture(scope="module")
def seed_release(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    (seeds / "000_cdb1a34271dd60b2.txt").write_bytes(
        (ROOT / "seeds" / "000_cdb1a34271dd60b2.txt").read_bytes()
    )
    outputs = tmp_path_factory.mktemp("outputs")
    assert _build(seeds, outputs) == 0
    return outputs / "latest"


def test_a_build_leaves_no_step_outputs_behind(seed_release):
    outputs = seed_release.parent
    assert sorted(p.name for p in outputs.iterdir()) == [".lock", "cache", "latest", "releases"]


def test_a_build_hides_the_imported_libraries_from_the_garbage_collector():
    # Each step starts with a collection (defs/storage.py); it must not walk every object of
    # Dagster, pandas and Great Expectations again.
    probe = (
        "import gc, sys\n"
        "from pipelines import cli\n"
        "cli._freeze_imported_objects()\n"
        "print(gc.get_freeze_count(), 'great_expectations' in sys.modules)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    frozen, library_loaded = run.stdout.split()
    assert int(frozen) > 100_000 and library_loaded == "True"


def test_the_published_report_is_the_one_computed_from_the_published_tables(seed_release):
    tables = {name: pq.read_table(seed_release / f"{name}.parquet") for name in TABLE_NAMES}
    published = json.loads((seed_release / "validation_report.json").read_text())
    # Same keys in the same order: the report read back from Dagster's check evaluations is
    # the report computed directly.
    assert json.dumps(published) == json.dumps(validate_tables(tables).to_dict())


def test_the_report_reuses_the_checks_of_the_run(tmp_path, monkeypatch):
    checked = []
    check_table = validate.check_table

    def counted(name, tables):
        checked.append(name)
        return check_table(name, tables)

    monkeypatch.setattr(validate, "check_table", counted)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "seed.txt").write_bytes((ROOT / "seeds" / "000_cdb1a34271dd60b2.txt").read_bytes())
    assert _build(seeds, tmp_path / "outputs") == 0
    assert sorted(checked) == sorted(TABLE_NAMES)  # once each, by its own asset check


def test_the_seed_gives_its_expected_tables(seed_release):
    assert verify_release(seed_release) == []
    (document,) = _read(seed_release, "documents")
    assert document["source_id"] == "000_cdb1a34271dd60b2"
    assert document["published_date"] is None
    (meeting,) = _read(seed_release, "meetings")
    assert (meeting["format"], meeting["country_code"], meeting["date"]) == (
        "in_person",
        "ARM",
        None,
    )
    assert meeting["kind"] == "bilateral"
    people = {p["name"]: p for p in _read(seed_release, "participants")}
    assert set(people) == {"Artur Davtyan", "Igor Krasnov", "Vahe Harutyunyan"}
    assert people["Artur Davtyan"]["role"] == "Prosecutor General"
    assert people["Igor Krasnov"]["country_code"] == "RUS"
    assert people["Vahe Harutyunyan"]["country_code"] == "ARM"
    commitments = {c["type"]: c for c in _read(seed_release, "commitments")}
    assert set(commitments) == {"invitation", "agreement"}
    assert commitments["invitation"]["due"] == "2021-07"
    text = document["text"]
    for row in _read(seed_release, "participants") + _read(seed_release, "commitments"):
        assert text[row["evidence_start"] : row["evidence_end"]] == row["evidence"]


def test_the_seed_scores_perfectly_against_its_gold(seed_release):
    report = score(
        load_gold(SHARED / "eval" / "seed.gold.jsonl"), predictions_from_release(seed_release)
    )
    overall = report.overall
    for kind in ("meetings", "participants", "commitments"):
        assert getattr(overall, kind).f1 == 1.0, kind


def test_rebuilding_the_same_seeds_gives_the_same_release(seed_release, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "000_cdb1a34271dd60b2.txt").write_bytes(
        (ROOT / "seeds" / "000_cdb1a34271dd60b2.txt").read_bytes()
    )
    assert _build(seeds, tmp_path / "out") == 0
    again = (tmp_path / "out" / "latest").resolve()
    assert again.name == seed_release.resolve().name
    for name in ("meetings", "participants", "commitments"):
        assert (again / f"{name}.parquet").read_bytes() == (
            seed_release / f"{name}.parquet"
        ).read_bytes()


def test_a_failing_check_blocks_publishing(seed_folder, tmp_path, monkeypatch, capsys):
    outputs = tmp_path / "outputs"
    assert _build(seed_folder, outputs) == 0
    good = (outputs / "latest").resolve()
    original = normalize.resolved_tables

    def broken_meeting_tables(extractions, publishers):
        tables = original(extractions, publishers)
        meetings = tables["meetings"]
        index = meetings.column_names.index("country_code")
        codes = pa.array(["XYZ"] * meetings.num_rows).dictionary_encode()
        tables["meetings"] = meetings.set_column(index, meetings.field(index), codes)
        return tables

    monkeypatch.setattr(normalize, "resolved_tables", broken_meeting_tables)
    assert _build(seed_folder, outputs) == 1
    assert "meetings_meet_expectations" in capsys.readouterr().out
    assert (outputs / "latest").resolve() == good
    assert [p.name for p in (outputs / "releases").iterdir()] == [good.name]
    assert verify_release(good) == []


def test_a_missing_seeds_folder_is_a_clear_error(tmp_path, capsys):
    assert _build(tmp_path / "nowhere", tmp_path / "out") == 2
    assert "does not exist" in capsys.readouterr().err


def test_workspace_names_the_module_that_defines_the_graph():
    workspace = yaml.safe_load((ROOT / "workspace.yaml").read_text())
    (entry,) = workspace["load_from"]
    module = entry["python_module"]["module_name"]
    code = f"import {module} as m; print(type(m.defs).__name__)"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.strip() == "Definitions", done.stderr


def test_the_graph_has_four_stages_checks_schedule_and_sensor():
    from pipelines.definitions import defs

    graph = defs.resolve_asset_graph()
    groups = {}
    for key in graph.get_all_asset_keys():
        groups.setdefault(graph.get(key).group_name, set()).add(key.to_user_string())
    assert groups == {
        "parse": {"documents", "rejections", "extractions"},
        "normalize": {
            "meetings",
            "participants",
            "commitments",
            "commitment_parties",
            "people",
            "events",
        },
        "validate": {"validation_report"},
        "publish": {"dataset_release"},
    }
    checks = {key.name for key in graph.asset_check_keys}
    assert {
        "meetings_match_json_schema",
        "participants_meet_expectations",
        "commitments_evidence_matches_text",
        "participants_rows_match_meeting_counts",
    } <= checks
    for key in graph.asset_check_keys:
        # completeness checks only warn; every other check blocks publishing
        assert graph.get_check_spec(key).blocking == ("completeness" not in key.name), key.name
    assert defs.resolve_schedule_def("daily_rebuild").execution_timezone == "UTC"
    assert defs.resolve_sensor_def("seeds_changed")
    assert defs.resolve_sensor_def("build_failure_alert")
    for key in graph.get_all_asset_keys():
        assert graph.get(key).description, key
