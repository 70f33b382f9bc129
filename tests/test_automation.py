import dagster as dg

from pipelines.defs.automation import build_failure_alert, seeds_changed
from pipelines.defs.resources import ReadoutsFolders


def _evaluate(seeds, cursor):
    context = dg.build_sensor_context(
        cursor=cursor, resources={"folders": ReadoutsFolders(seeds_dir=str(seeds))}
    )
    return seeds_changed(context), context.cursor


def test_the_sensor_requests_one_run_per_change_of_the_seeds_folder(tmp_path):
    (tmp_path / "a.txt").write_text("first")
    first, cursor = _evaluate(tmp_path, None)
    assert isinstance(first, dg.RunRequest)
    unchanged, same_cursor = _evaluate(tmp_path, cursor)
    assert isinstance(unchanged, dg.SkipReason) and same_cursor == cursor
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("second")
    changed, new_cursor = _evaluate(tmp_path, cursor)
    assert isinstance(changed, dg.RunRequest) and new_cursor != cursor
    assert changed.run_key == new_cursor


def test_a_failed_run_is_logged_as_one_clear_entry(caplog):
    @dg.asset
    def broken():
        raise ValueError("seeds folder unreadable")

    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize([broken], instance=instance, raise_on_error=False)
        assert not result.success
        (record,) = instance.all_logs(result.run_id, of_type=dg.DagsterEventType.RUN_FAILURE)
        failure = record.dagster_event
        context = dg.build_run_status_sensor_context(
            sensor_name="build_failure_alert",
            dagster_event=failure,
            dagster_instance=instance,
            dagster_run=result.dagster_run,
        ).for_run_failure()
        with caplog.at_level("ERROR", logger="readouts.alerts"):
            build_failure_alert(context)
    (entry,) = [r.getMessage() for r in caplog.records if r.name == "readouts.alerts"]
    assert entry.startswith("Readouts build failed: job __ephemeral_asset_job__")
    assert result.dagster_run.run_id in entry
    assert "last good release is untouched" in entry
