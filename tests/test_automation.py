import dagster as dg

from pipelines.defs.automation import seeds_changed
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
