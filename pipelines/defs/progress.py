"""A Dagster logger that shows a build's progress as one short line per finished step."""

from __future__ import annotations

import logging
import sys
import time

import dagster as dg
from dagster._core.log_manager import get_log_record_metadata, has_log_record_metadata


class StepProgressHandler(logging.Handler):
    """Prints step starts, finishes and check results; ignores the rest of Dagster's chatter."""

    def __init__(self, stream=None) -> None:
        super().__init__()
        self.stream = stream or sys.stderr
        self.started: dict[str, float] = {}

    def emit(self, record: logging.LogRecord) -> None:
        if not has_log_record_metadata(record):
            return
        event = get_log_record_metadata(record).get("dagster_event")
        if event is None:
            return
        step = event.step_key or ""
        kind = event.event_type_value
        if kind == "STEP_START":
            self.started[step] = time.perf_counter()
            self._print(f"  … {step}")
        elif kind == "STEP_SUCCESS":
            elapsed = time.perf_counter() - self.started.get(step, time.perf_counter())
            self._print(f"  ✓ {step} ({elapsed:.1f} s)")
        elif kind == "STEP_FAILURE":
            self._print(f"  ✗ {step} failed: {event.step_failure_data.error.message.strip()}")
        elif kind == "ASSET_CHECK_EVALUATION":
            data = event.event_specific_data
            if not data.passed:
                self._print(f"  ✗ check {data.check_name} failed")
        elif kind == "STEP_SKIPPED":
            self._print(f"  - {step} skipped")

    def _print(self, line: str) -> None:
        print(line, file=self.stream, flush=True)


@dg.logger(description="One line per step: started, finished with its time, or failed.")
def step_progress_logger(init_context: dg.InitLoggerContext) -> logging.Logger:
    logger = logging.getLogger("readouts.progress")
    logger.setLevel(logging.DEBUG)
    logger.handlers = [StepProgressHandler()]
    logger.propagate = False
    return logger
