"""`readouts build` and `readouts evaluate`."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

CHECK_FAILED_EXIT = 1
USAGE_EXIT = 2
# sysexits EX_TEMPFAIL: another build holds the outputs folder; try again later.
BUILD_LOCKED_EXIT = 75


def _build(args: argparse.Namespace) -> int:
    from pipelines.defs.resources import folders_from_environment
    from pipelines.release import BuildLocked, outputs_lock, remove_leftovers

    defaults = folders_from_environment()
    seeds = Path(args.seeds).resolve() if args.seeds else defaults.seeds
    outputs = Path(args.outputs).resolve() if args.outputs else defaults.outputs
    if not seeds.is_dir():
        print(f"readouts: seeds folder {seeds} does not exist", file=sys.stderr)
        return USAGE_EXIT

    def waiting(holder: str) -> None:
        print(f"Waiting for another build (process {holder}) on {outputs}", file=sys.stderr)

    # The whole build holds the lock, not only publishing: two builds never interleave.
    try:
        with outputs_lock(outputs, wait=args.wait, on_wait=waiting):
            remove_leftovers(outputs)
            report = Path(args.report_json) if args.report_json else None
            return _materialize(seeds, outputs, report)
    except BuildLocked as error:
        print(f"readouts: {error}; not building (--no-wait)", file=sys.stderr)
        return BUILD_LOCKED_EXIT


def build_job(seeds: str, outputs: str, step_outputs: str):
    """The rebuild job as `readouts build` runs it: step outputs as files under `step_outputs`,
    progress lines printed. Rebuilt from these arguments by Dagster (a reconstructable job)."""
    from pipelines.definitions import readouts_definitions
    from pipelines.defs.progress import step_progress_logger
    from pipelines.defs.resources import ReadoutsFolders
    from pipelines.defs.storage import ArrowFiles

    definitions = readouts_definitions(
        ReadoutsFolders(seeds_dir=seeds, outputs_dir=outputs),
        loggers={"progress": step_progress_logger},
        io_manager=ArrowFiles(base_dir=step_outputs),
    )
    return definitions.resolve_job_def("rebuild_dataset")


def _freeze_imported_objects() -> None:
    """Import what the run will import and move it out of the garbage collector's sight: the
    collection at each step's start (defs/storage.py) then walks only the objects made since,
    not the ~360,000 of Dagster, pandas and Great Expectations (0.25 s per step)."""
    import gc

    import pipelines.definitions  # noqa: F401
    from pipelines.validation.expectations import import_library

    import_library()
    gc.collect()
    gc.freeze()


def _materialize(seeds: Path, outputs: Path, report_path: Path | None = None) -> int:
    """Run the whole graph in this process on the folders and print the summary."""
    import dagster as dg
    import pyarrow.parquet as pq

    from pipelines.release import STEP_OUTPUTS_PREFIX

    print(f"Building from {seeds} into {outputs}", file=sys.stderr)
    started = time.perf_counter()
    _freeze_imported_objects()
    # Step outputs go to files, not memory, and execute_job (unlike execute_in_process) keeps
    # no copy of them: a table is in memory only while a step reads it.
    with (
        tempfile.TemporaryDirectory(prefix=STEP_OUTPUTS_PREFIX, dir=outputs) as step_outputs,
        dg.DagsterInstance.ephemeral() as instance,
    ):
        job = dg.build_reconstructable_job(
            __name__ if __name__ != "__main__" else "pipelines.cli",
            "build_job",
            reconstructable_kwargs={
                "seeds": str(seeds),
                "outputs": str(outputs),
                "step_outputs": step_outputs,
            },
        )
        result = dg.execute_job(
            job,
            instance=instance,
            raise_on_error=False,
            run_config={"loggers": {"progress": {}}, "execution": {"config": {"in_process": {}}}},
        )
        steps = _step_seconds(instance.all_logs(result.run_id))
    wall = time.perf_counter() - started
    checks = [
        e.event_specific_data
        for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION"
    ]
    blocking = dg.AssetCheckSeverity.ERROR
    failed_checks = [c.check_name for c in checks if not c.passed and c.severity == blocking]
    warnings = [c.check_name for c in checks if not c.passed and c.severity != blocking]
    latest = outputs / "latest"
    rows = {}
    published = result.success and not failed_checks
    if published:
        release = latest.resolve()
        for name in ("documents", "rejections", "meetings", "participants", "commitments"):
            rows[name] = pq.ParquetFile(release / f"{name}.parquet").metadata.num_rows
    extraction = _materialization_metadata(result.all_events, "extractions")
    passed = len(checks) - len(failed_checks) - len(warnings)
    summary = [(name, f"{count:,}") for name, count in rows.items()]
    if extraction:
        summary.append(
            (
                "extracted",
                f"{extraction.get('extracted', 0):,} "
                f"({extraction.get('from_cache', 0):,} from cache)",
            )
        )
    summary.append(
        ("checks", f"{passed} passed, {len(failed_checks)} failed, {len(warnings)} warnings")
    )
    summary += [("  failed", name) for name in failed_checks]
    summary += [("  warning", name) for name in warnings]
    summary.append(("time", f"{wall:.1f} s"))
    if published:
        summary.append(("release", str(latest.resolve())))
    print()
    print(format_table(("Summary", ""), summary))
    if report_path is not None:
        report = {
            "published": published,
            "wall_seconds": round(wall, 3),
            "step_seconds": steps,
            "rows": rows,
            "extraction": extraction,
        }
        report_path.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")
    if published:
        return 0
    print("  nothing published: the last good release is untouched", file=sys.stderr)
    return CHECK_FAILED_EXIT


def _is_number(text: str) -> bool:
    return text.replace(",", "").replace(".", "", 1).isdigit()


def format_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A plain-text table: columns padded to their widest cell; numbers aligned right among
    the numbers of their column."""
    columns = list(zip(headers, *rows, strict=True))
    widths = [max(len(c) for c in column) for column in columns]
    # Numbers align right: to the column's width when the column holds only numbers, else
    # among the numbers of the column (a summary's counts beside a long path).
    number_widths = [
        width
        if all(_is_number(c) for c in column[1:])
        else max((len(c) for c in column[1:] if _is_number(c)), default=0)
        for column, width in zip(columns, widths, strict=True)
    ]

    def line(cells: tuple[str, ...]) -> str:
        out = []
        for cell, width, number_width in zip(cells, widths, number_widths, strict=True):
            text = cell.rjust(number_width) if _is_number(cell) else cell
            out.append(text.ljust(width))
        return "  " + "  ".join(out).rstrip()

    rule = "  " + "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def _step_seconds(entries) -> dict[str, float]:
    """Seconds from each step's start to its success or failure, from the run's event log."""
    starts: dict[str, float] = {}
    seconds: dict[str, float] = {}
    for entry in entries:
        event = entry.dagster_event
        if event is None or not event.step_key:
            continue
        if event.event_type_value == "STEP_START":
            starts[event.step_key] = entry.timestamp
        elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE"):
            begun = starts.get(event.step_key, entry.timestamp)
            seconds[event.step_key] = round(entry.timestamp - begun, 3)
    return seconds


def _materialization_metadata(events, asset: str) -> dict:
    """The plain values of the metadata of an asset's materialization in a run's events."""
    for event in events:
        if event.event_type_value != "ASSET_MATERIALIZATION":
            continue
        materialization = event.event_specific_data.materialization
        if materialization.asset_key.to_user_string() == asset:
            return {k: getattr(v, "value", v) for k, v in materialization.metadata.items()}
    return {}


def _evaluate(args: argparse.Namespace) -> int:
    from pipelines.defs.resources import folders_from_environment
    from pipelines.evaluation import format_report, load_gold, predictions_from_release, score

    outputs = Path(args.outputs).resolve() if args.outputs else folders_from_environment().outputs
    release = outputs / "latest"
    if not release.exists():
        print(f"readouts: no release at {release}; run `readouts build` first", file=sys.stderr)
        return USAGE_EXIT
    report = score(load_gold(args.gold), predictions_from_release(release))
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(format_report(report))
    return 0


def _bench(args: argparse.Namespace) -> int:
    from pipelines.bench import (
        COLUMNS,
        BuildFailed,
        bench_rows,
        run_bench,
        serial_extraction_rate,
    )

    try:
        sizes = tuple(int(size) for size in args.sizes.split(","))
    except ValueError:
        print(f"readouts: --sizes takes numbers like 1000,10000, not {args.sizes}", file=sys.stderr)
        return USAGE_EXIT
    corpus = Path(args.corpus)
    if not corpus.is_file() or any(size < 1 for size in sizes) or args.runs < 1:
        print(f"readouts: no corpus at {corpus}, or a size or --runs below 1", file=sys.stderr)
        return USAGE_EXIT
    workdir = Path(args.workdir).resolve() if args.workdir else None
    if args.extraction_passes > 0:
        documents, rate = serial_extraction_rate(corpus, args.extraction_passes)
        print(
            f"serial extraction: {rate:,.0f} documents/s on one core "
            f"(median of {args.extraction_passes} passes over {documents:,} documents)"
        )
    print(f"Benchmarking builds of {args.sizes} documents from {corpus}", file=sys.stderr)
    try:
        results = run_bench(sizes, corpus, workdir, args.runs)
    except BuildFailed as error:
        print(f"readouts: {error}", file=sys.stderr)
        return CHECK_FAILED_EXIT
    print(format_table(COLUMNS, bench_rows(results)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="readouts", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="materialize the whole graph and publish a release")
    build.add_argument(
        "--seeds",
        help="folder of input press releases (default: READOUTS_SEEDS or the project's seeds/)",
    )
    build.add_argument(
        "--outputs",
        help="folder for releases (default: READOUTS_OUTPUTS or the project's outputs/)",
    )
    build.add_argument(
        "--no-wait",
        dest="wait",
        action="store_false",
        help=f"exit at once with status {BUILD_LOCKED_EXIT} when another build holds the "
        "outputs folder (default: wait for it)",
    )
    build.add_argument(
        "--report-json",
        metavar="PATH",
        help="also write the figures (rows, seconds per step, cache use) to PATH as JSON",
    )
    build.set_defaults(handler=_build)
    evaluate = commands.add_parser("evaluate", help="score the latest release against gold")
    evaluate.add_argument("gold", help="gold annotations, JSON lines (see FORMAT.md)")
    evaluate.add_argument("--outputs", help="folder holding the release (default: as build)")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.set_defaults(handler=_evaluate)
    from pipelines.bench import DEFAULT_CORPUS, DEFAULT_SIZES

    bench = commands.add_parser(
        "bench", help="time builds of larger corpora and an incremental rebuild"
    )
    bench.add_argument(
        "--sizes",
        default=",".join(str(size) for size in DEFAULT_SIZES),
        help="numbers of documents, comma-separated (default: %(default)s)",
    )
    bench.add_argument(
        "--corpus",
        default=str(DEFAULT_CORPUS),
        help="JSON lines of documents to repeat (default: %(default)s)",
    )
    bench.add_argument(
        "--workdir", help="keep corpora, outputs and build logs here (default: a temporary folder)"
    )
    bench.add_argument(
        "--runs", type=int, default=1, help="builds of each size; the table shows medians"
    )
    bench.add_argument(
        "--extraction-passes",
        type=int,
        default=3,
        help="timed passes of serial extraction over the corpus (0 skips it; default: 3)",
    )
    bench.set_defaults(handler=_bench)
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
