"""What the Dagster UI shows for each asset after a run: counts, schema, preview, completeness,
and on the release its path, version and checksums."""

import dagster as dg
import pytest
from conftest import ROOT

from pipelines.definitions import readouts_definitions
from pipelines.defs.resources import ReadoutsFolders
from pipelines.schemas import TABLE_NAMES


@pytest.fixture(scope="module")
def metadata_by_asset(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    (seeds / "seed.txt").write_bytes((ROOT / "seeds" / "000_cdb1a34271dd60b2.txt").read_bytes())
    folders = ReadoutsFolders(
        seeds_dir=str(seeds), outputs_dir=str(tmp_path_factory.mktemp("outputs"))
    )
    job = readouts_definitions(folders).resolve_job_def("rebuild_dataset")
    with dg.DagsterInstance.ephemeral() as instance:
        result = job.execute_in_process(instance=instance)
    return {
        event.asset_key.to_user_string(): event.materialization.metadata
        for event in result.get_asset_materialization_events()
    }


def test_every_asset_reports_a_row_count(metadata_by_asset):
    assert set(metadata_by_asset) == {
        *TABLE_NAMES,
        "extractions",
        "validation_report",
        "dataset_release",
    }
    for name, metadata in metadata_by_asset.items():
        if name != "dataset_release":
            assert metadata["dagster/row_count"].value >= 0, name
    assert metadata_by_asset["meetings"]["dagster/row_count"].value == 1
    assert metadata_by_asset["participants"]["dagster/row_count"].value == 3


def test_every_table_reports_its_schema_preview_and_completeness(metadata_by_asset):
    for name in TABLE_NAMES:
        metadata = metadata_by_asset[name]
        columns = [c.name for c in metadata["dagster/column_schema"].schema.columns]
        assert "| " + " | ".join(columns) + " |" in metadata["preview"].value, name
        fill_table = metadata["completeness"].value
        assert all(f"| {column} |" in fill_table for column in columns), name


def test_completeness_figures_count_filled_values(metadata_by_asset):
    meetings = metadata_by_asset["meetings"]
    # the seed's meeting has a country but no date, and two participants or more
    assert meetings["completeness/country"].value == 1.0
    assert meetings["completeness/date"].value == 0.0
    assert meetings["completeness/two_participants"].value == 1.0
    assert "| date | 0 | 0.0% |" in meetings["completeness"].value
    assert "| country_code | 1 | 100.0% |" in meetings["completeness"].value


def test_the_release_reports_path_version_and_checksums(metadata_by_asset):
    release = metadata_by_asset["dataset_release"]
    path = release["path"].value
    assert path.endswith(release["version"].value)
    for name in TABLE_NAMES:
        assert f"{name}.parquet" in release["sha256sums"].value
    assert release["report"].value.endswith("report.html")
