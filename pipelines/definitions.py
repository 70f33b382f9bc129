"""The Readouts code location: parse -> normalize -> validate -> publish."""

import dagster as dg

from pipelines.defs import automation, normalize, parse, publish, validate
from pipelines.defs.resources import ReadoutsFolders, folders_from_environment
from pipelines.defs.storage import ArrowFiles


def readouts_definitions(
    folders: ReadoutsFolders,
    loggers: dict[str, dg.LoggerDefinition] | None = None,
    io_manager: dg.ConfigurableIOManagerFactory | None = None,
) -> dg.Definitions:
    """The whole graph bound to a seeds and an outputs folder. Steps hand tables to each
    other as Arrow files (defs/storage.py) in the Dagster instance's storage folder unless
    `io_manager` replaces it (`readouts build` keeps them in a temporary folder)."""
    return dg.Definitions(
        assets=[
            parse.source_documents,
            parse.extractions,
            normalize.meeting_records,
            validate.validation_report,
            publish.dataset_release,
        ],
        asset_checks=validate.table_checks,
        jobs=[automation.rebuild_job],
        schedules=[automation.daily_rebuild],
        sensors=[automation.seeds_changed, automation.build_failure_alert],
        resources={"folders": folders, "io_manager": io_manager or ArrowFiles()},
        loggers=loggers,
    )


defs = readouts_definitions(folders_from_environment())
