"""The rebuild job, its daily schedule, a sensor on the seeds folder and a run-failure alert."""

import hashlib
import logging
from pathlib import Path

import dagster as dg

from pipelines.defs.resources import ReadoutsFolders

rebuild_job = dg.define_asset_job(
    "rebuild_dataset",
    selection=dg.AssetSelection.all(),
    description="Read the seeds folder, extract, normalize, validate and publish a release.",
)

daily_rebuild = dg.ScheduleDefinition(
    name="daily_rebuild",
    job=rebuild_job,
    cron_schedule="0 5 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Rebuild at 05:00 UTC every day. Stopped by default: turn it on in the UI "
    "(Automation) where a daily release is wanted.",
)


def seeds_fingerprint(seeds_dir: Path) -> str:
    """A digest of every file's relative path, size and modification time under seeds_dir."""
    digest = hashlib.sha256()
    if seeds_dir.is_dir():
        for path in sorted(p for p in seeds_dir.rglob("*") if p.is_file() or p.is_symlink()):
            stat = path.lstat()
            digest.update(
                f"{path.relative_to(seeds_dir)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode(
                    "utf-8", "surrogateescape"
                )
            )
    return digest.hexdigest()


@dg.sensor(
    job=rebuild_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Requests a rebuild when files in the seeds folder are added, changed or removed.",
)
def seeds_changed(context: dg.SensorEvaluationContext, folders: ReadoutsFolders):
    fingerprint = seeds_fingerprint(folders.seeds)
    if fingerprint == context.cursor:
        return dg.SkipReason("seeds folder unchanged")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)


def failure_message(run_id: str, job_name: str, error: str | None) -> str:
    """The one line a person reads when a build fails: which run, which job, why."""
    reason = (error or "unknown error").strip().splitlines()[0]
    return (
        f"Readouts build failed: job {job_name}, run {run_id}: {reason}. "
        "Nothing was published; the last good release is untouched."
    )


@dg.run_failure_sensor(
    name="build_failure_alert",
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Logs one clear entry when any run fails. Running by default: it only logs. "
    "To alert a team, send `failure_message(...)` on from here (e.g. dagster-slack's "
    "make_slack_on_run_failure_sensor, or an email via smtplib).",
)
def build_failure_alert(context: dg.RunFailureSensorContext) -> None:
    error = context.failure_event.message
    message = failure_message(context.dagster_run.run_id, context.dagster_run.job_name, error)
    context.log.error(message)
    logging.getLogger("readouts.alerts").error(message)
