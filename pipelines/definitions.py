"""The Readouts code location: parse -> normalize -> validate -> publish."""

import dagster as dg

from pipelines.defs import automation, normalize, parse, publish, validate
from pipelines.defs.resources import folders_from_environment

defs = dg.Definitions(
    assets=[parse.source_documents, parse.extractions, normalize.meeting_records,
            validate.validation_report, publish.dataset_release],
    asset_checks=validate.table_checks,
    jobs=[automation.rebuild_job],
    schedules=[automation.daily_rebuild],
    sensors=[automation.seeds_changed],
    resources={"folders": folders_from_environment()},
)
