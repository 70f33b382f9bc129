"""The benchmark behind `readouts bench`: builds of larger corpora, timed and measured.

A corpus of N documents is made by repeating a real corpus (JSON lines) and making every
repetition distinct with an archive line appended to its text, so that de-duplication keeps
it. Each build runs in its own process (`readouts build`), so its wall time and peak memory are
its own; the seconds per step come from the build's `--report-json`. After the full build one
document is added and the build run again: the incremental rebuild.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

DEFAULT_CORPUS = Path("/work/shared/corpus/bulk.documents.jsonl")
DEFAULT_SIZES = (1000, 10000)

# Stage -> how to recognise its steps by key; validate is every check plus the report.
STAGES = ("parse", "extract", "normalize", "validate", "publish")
_STAGE_OF_STEP = {
    "source_documents": "parse",
    "extractions": "extract",
    "meeting_records": "normalize",
    "validation_report": "validate",
    "dataset_release": "publish",
}

COLUMNS = (
    "documents",
    "wall s",
    *(f"{stage} docs/s" for stage in STAGES),
    "peak RSS MB",
    "rebuild +1 s",
    "rebuild extracted",
)


@dataclasses.dataclass(frozen=True)
class BuildRun:
    """One `readouts build` in a child process."""

    exit_code: int
    wall_seconds: float
    peak_rss_mb: float  # the largest process of the build (the build or one of its workers)
    report: dict

    def stage_seconds(self) -> dict[str, float]:
        seconds = dict.fromkeys(STAGES, 0.0)
        for step, value in self.report.get("step_seconds", {}).items():
            stage = _STAGE_OF_STEP.get(step, "validate" if step.endswith("_checks") else None)
            if stage is not None:
                seconds[stage] += value
        return seconds


@dataclasses.dataclass(frozen=True)
class BenchResult:
    documents: int
    full: BuildRun
    rebuild: BuildRun


class BuildFailed(RuntimeError):
    """A benchmarked build did not publish."""


def _records(corpus: Path) -> list[dict]:
    with corpus.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def corpus_records(corpus: Path, size: int) -> Iterator[dict]:
    """`size` distinct records: the corpus, then copies marked "(Archive copy k.)"."""
    originals = _records(corpus)
    if not originals:
        raise ValueError(f"{corpus} holds no records")
    for index, record in enumerate(itertools.islice(itertools.cycle(originals), size)):
        copy = index // len(originals)
        if copy == 0:
            yield record
            continue
        yield {
            **record,
            "id": f"{record.get('id', 'record')}-copy-{copy}",
            "text": f"{record.get('text', '')}\n\n(Archive copy {copy}.)",
        }


def write_corpus(corpus: Path, size: int, destination: Path) -> Path:
    """Write `size` distinct records from `corpus` as JSON lines to `destination`."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    with destination.open("w", encoding="utf-8") as stream:
        for record in corpus_records(corpus, size):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return destination


def run_build(seeds: Path, outputs: Path, log: Path) -> BuildRun:
    """`readouts build` in a child process: its exit code, wall time, peak RSS and report."""
    report_path = outputs.parent / f"{outputs.name}.report.json"
    command = [
        sys.executable,
        "-m",
        "pipelines.cli",
        "build",
        "--seeds",
        str(seeds),
        "--outputs",
        str(outputs),
        "--report-json",
        str(report_path),
    ]
    started = time.perf_counter()
    with log.open("ab") as stream:
        child = subprocess.Popen(command, stdout=stream, stderr=stream)
        # wait4 gives the resource use of this child alone (with the workers it waited for).
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    report = json.loads(report_path.read_text()) if report_path.exists() else {}
    return BuildRun(child.returncode, wall, usage.ru_maxrss / 1024, report)


def bench_size(size: int, corpus: Path, workdir: Path) -> BenchResult:
    """A full build of `size` documents, then a rebuild after adding one document."""
    seeds, outputs, log = workdir / "seeds", workdir / "outputs", workdir / "build.log"
    write_corpus(corpus, size, seeds / "corpus.jsonl")
    full = run_build(seeds, outputs, log)
    (added,) = itertools.islice(corpus_records(corpus, 1), 1)
    added = {**added, "id": "bench-added", "text": added["text"] + "\n\n(Archive copy added.)"}
    (seeds / "added.jsonl").write_text(json.dumps(added, ensure_ascii=False) + "\n")
    rebuild = run_build(seeds, outputs, log)
    for run in (full, rebuild):
        if run.exit_code != 0:
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-20:])
            raise BuildFailed(f"build of {size} documents exited with {run.exit_code}:\n{tail}")
    return BenchResult(size, full, rebuild)


def run_bench(
    sizes: tuple[int, ...] = DEFAULT_SIZES,
    corpus: Path = DEFAULT_CORPUS,
    workdir: Path | None = None,
) -> list[BenchResult]:
    """Benchmark each size in its own folder under `workdir` (default: a temporary one)."""
    if workdir is not None:
        return [bench_size(n, corpus, workdir / f"n{n}") for n in sizes]
    with tempfile.TemporaryDirectory(prefix="readouts-bench-") as temporary:
        return [bench_size(n, corpus, Path(temporary) / f"n{n}") for n in sizes]


def _rate(documents: int, seconds: float) -> str:
    return f"{documents / seconds:,.0f}" if seconds > 0 else "-"


def bench_rows(results: list[BenchResult]) -> list[tuple[str, ...]]:
    """One row per size, in the order of COLUMNS."""
    rows = []
    for result in results:
        stages = result.full.stage_seconds()
        extracted = result.rebuild.report.get("extraction", {}).get("extracted", "-")
        rows.append(
            (
                f"{result.documents:,}",
                f"{result.full.wall_seconds:.1f}",
                *(_rate(result.documents, stages[stage]) for stage in STAGES),
                f"{max(result.full.peak_rss_mb, result.rebuild.peak_rss_mb):,.0f}",
                f"{result.rebuild.wall_seconds:.1f}",
                str(extracted),
            )
        )
    return rows
