"""The benchmark behind `readouts bench`: builds of larger corpora, timed and measured.

A corpus of N documents is made by repeating a real corpus (JSON lines) and making every
repetition distinct with an archive line appended to its text, so that de-duplication keeps
it. Each build runs in its own process (`readouts build`), so its wall time and peak memory are
its own; the seconds per step come from the build's `--report-json`. After the full build one
document is added and the build run again: the incremental rebuild. With several runs, each
run starts from an empty outputs folder and the table shows medians.

Serial extraction is measured apart, in this process: one core, resources loaded and a warm-up
pass done first, the median of several passes over the corpus.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

# The shared folder sits beside the project, as in CI.
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk.documents.jsonl"
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
    "rebuild % of full",
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
    """The runs of one size: each a full build, then a rebuild after adding one document."""

    documents: int
    fulls: tuple[BuildRun, ...]
    rebuilds: tuple[BuildRun, ...]

    def median_stage_seconds(self) -> dict[str, float]:
        per_run = [run.stage_seconds() for run in self.fulls]
        return {stage: statistics.median(s[stage] for s in per_run) for stage in STAGES}

    @property
    def full_seconds(self) -> float:
        return statistics.median(run.wall_seconds for run in self.fulls)

    @property
    def rebuild_seconds(self) -> float:
        return statistics.median(run.wall_seconds for run in self.rebuilds)

    @property
    def peak_rss_mb(self) -> float:
        return max(run.peak_rss_mb for run in (*self.fulls, *self.rebuilds))


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


def _added_record(corpus: Path) -> dict:
    (first,) = itertools.islice(corpus_records(corpus, 1), 1)
    return {**first, "id": "bench-added", "text": first["text"] + "\n\n(Archive copy added.)"}


def bench_size(size: int, corpus: Path, workdir: Path, runs: int = 1) -> BenchResult:
    """`runs` times: a full build of `size` documents into an empty outputs folder, then a
    rebuild after adding one document."""
    seeds, log = workdir / "seeds", workdir / "build.log"
    write_corpus(corpus, size, seeds / "corpus.jsonl")
    added = seeds / "added.jsonl"
    fulls, rebuilds = [], []
    for run in range(runs):
        outputs = workdir / f"outputs-{run}"
        shutil.rmtree(outputs, ignore_errors=True)
        added.unlink(missing_ok=True)
        fulls.append(run_build(seeds, outputs, log))
        added.write_text(json.dumps(_added_record(corpus), ensure_ascii=False) + "\n")
        rebuilds.append(run_build(seeds, outputs, log))
        for build in (fulls[-1], rebuilds[-1]):
            if build.exit_code != 0:
                tail = "\n".join(log.read_text(errors="replace").splitlines()[-20:])
                raise BuildFailed(
                    f"build of {size} documents exited with {build.exit_code}:\n{tail}"
                )
    return BenchResult(size, tuple(fulls), tuple(rebuilds))


def run_bench(
    sizes: tuple[int, ...] = DEFAULT_SIZES,
    corpus: Path = DEFAULT_CORPUS,
    workdir: Path | None = None,
    runs: int = 1,
) -> list[BenchResult]:
    """Benchmark each size in its own folder under `workdir` (default: a temporary one)."""
    if workdir is not None:
        return [bench_size(n, corpus, workdir / f"n{n}", runs) for n in sizes]
    with tempfile.TemporaryDirectory(prefix="readouts-bench-") as temporary:
        return [bench_size(n, corpus, Path(temporary) / f"n{n}", runs) for n in sizes]


def serial_extraction_rate(corpus: Path, passes: int = 3) -> tuple[int, float]:
    """(documents, median documents/s) of extraction in this process on one core: the corpus
    read as a build reads it, resources loaded and one warm-up pass before the timed passes."""
    from pipelines.extraction import extract_meetings, preload
    from pipelines.model import Document
    from pipelines.sources import read_sources

    with tempfile.TemporaryDirectory(prefix="readouts-bench-") as temporary:
        shutil.copyfile(corpus, Path(temporary) / "corpus.jsonl")
        documents = [d for d in read_sources(Path(temporary)) if isinstance(d, Document)]
    preload()
    for document in documents:
        extract_meetings(document)
    rates = []
    for _ in range(passes):
        started = time.perf_counter()
        for document in documents:
            extract_meetings(document)
        rates.append(len(documents) / (time.perf_counter() - started))
    return len(documents), statistics.median(rates)


def _rate(documents: int, seconds: float) -> str:
    return f"{documents / seconds:,.0f}" if seconds > 0 else "-"


def bench_rows(results: list[BenchResult]) -> list[tuple[str, ...]]:
    """One row per size, in the order of COLUMNS (medians over the runs)."""
    rows = []
    for result in results:
        stages = result.median_stage_seconds()
        extracted = result.rebuilds[-1].report.get("extraction", {}).get("extracted", "-")
        rows.append(
            (
                f"{result.documents:,}",
                f"{result.full_seconds:.1f}",
                *(_rate(result.documents, stages[stage]) for stage in STAGES),
                f"{result.peak_rss_mb:,.0f}",
                f"{result.rebuild_seconds:.1f}",
                f"{100 * result.rebuild_seconds / result.full_seconds:.0f}",
                str(extracted),
            )
        )
    return rows
