"""Publish stage: the release folder, written atomically, and `outputs/latest`."""

import dagster as dg
import pyarrow as pa

from pipelines.bi import DATABASE_NAME
from pipelines.defs.resources import ReadoutsFolders
from pipelines.defs.storage import release_memory
from pipelines.release import outputs_lock, write_release
from pipelines.report import REPORT_NAME
from pipelines.schemas import TABLE_NAMES


@dg.asset(
    group_name="publish",
    ins={name: dg.AssetIn(name) for name in TABLE_NAMES},
    kinds={"parquet"},
)
def dataset_release(
    context: dg.AssetExecutionContext,
    folders: ReadoutsFolders,
    validation_report: dict,
    **tables: pa.Table,
) -> dg.MaterializeResult:
    """The versioned dataset package: Parquet tables, datapackage.json, checksums, report."""
    if not validation_report["passed"]:
        failed = [
            c["name"] for c in validation_report["checks"] if c["blocking"] and not c["passed"]
        ]
        raise dg.Failure(f"validation failed, nothing published: {', '.join(failed)}")
    with outputs_lock(folders.outputs):
        release = write_release(
            tables, validation_report, folders.outputs, after_each_row_group=release_memory
        )
    context.log.info(f"published {release}")
    sums = (release / "SHA256SUMS").read_text()
    report = release / REPORT_NAME
    counts = " · ".join(f"{t.num_rows:,} {n.replace('_', ' ')}" for n, t in tables.items())
    summary = (
        f"**Release `{release.name}`**: {counts}.\n\n"
        f"[Open the report]({report.as_uri()}) (`{report}`) · "
        f"DuckDB views: `{release / DATABASE_NAME}`"
    )
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(release)),
            "version": release.name,
            "report": dg.MetadataValue.path(str(report)),
            "report_url": dg.MetadataValue.url(report.as_uri()),
            "summary": dg.MetadataValue.md(summary),
            "duckdb": dg.MetadataValue.path(str(release / DATABASE_NAME)),
            "sha256sums": dg.MetadataValue.md(f"```\n{sums}```"),
            **{f"{n}_rows": dg.MetadataValue.int(t.num_rows) for n, t in tables.items()},
        }
    )
