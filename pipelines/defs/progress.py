"""A Dagster logger that shows a build's progress: one short line per finished step, and the
progress lines long steps log (documents done, rate, time left)."""

from __future__ import annotations

import logging
import sys
import time

import dagster as dg
from dagster._core.log_manager import get_log_record_metadata, has_log_record_metadata

# Pass as `extra=` to context.log.info(...) to have a message shown by `readouts build`.
PROGRESS_TAG = "readouts_progress"
PROGRESS = {PROGRESS_TAG: True}


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def progress_line(label: str, done: int, total: int, elapsed: float) -> str:
    """ "extracted 1,200/5,000 documents (24%), 250 documents/s, 0:15 left"."""
    rate = done / elapsed if elapsed > 0 else 0.0
    share = f" ({100 * done // total}%)" if total else ""
    left = f", {_duration((total - done) / rate)} left" if rate and done < total else ""
    return f"{label} {done:,}/{total:,} documents{share}, {rate:,.0f} documents/s{left}"


class StepProgressHandler(logging.Handler):
    """Prints step starts, finishes, check results and messages tagged as progress; ignores
    the rest of Dagster's chatter."""

    def __init__(self, stream=None) -> None:
        super().__init__()
        self.stream = stream or sys.stderr
        self.started: dict[str, float] = {}

    def emit(self, record: logging.LogRecord) -> None:
        if not has_log_record_metadata(record):
            return
        metadata = get_log_record_metadata(record)
        event = metadata.get("dagster_event")
        if event is None:
            if getattr(record, PROGRESS_TAG, False):
                step = metadata.get("step_key") or ""
                self._print(f"    {step}: {metadata.get('orig_message', record.getMessage())}")
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
