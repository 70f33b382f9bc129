"""`readouts build` and `readouts evaluate`."""

from __future__ import annotations

import argparse
import json
import sys
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
            return _materialize(seeds, outputs)
    except BuildLocked as error:
        print(f"readouts: {error}; not building (--no-wait)", file=sys.stderr)
        return BUILD_LOCKED_EXIT


def _materialize(seeds: Path, outputs: Path) -> int:
    """Run the whole graph in-process on the folders and print the summary."""
    import dagster as dg
    import pyarrow.parquet as pq

    from pipelines.definitions import readouts_definitions
    from pipelines.defs.progress import step_progress_logger
    from pipelines.defs.resources import ReadoutsFolders

    print(f"Building from {seeds} into {outputs}", file=sys.stderr)
    folders = ReadoutsFolders(seeds_dir=str(seeds), outputs_dir=str(outputs))
    definitions = readouts_definitions(folders, loggers={"progress": step_progress_logger})
    job = definitions.get_job_def("rebuild_dataset")
    with dg.DagsterInstance.ephemeral() as instance:
        result = job.execute_in_process(
            instance=instance,
            raise_on_error=False,
            run_config={"loggers": {"progress": {}}},
        )
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
    print()
    print("Summary")
    for name, count in rows.items():
        print(f"  {name:<13} {count:>8}")
    passed = len(checks) - len(failed_checks) - len(warnings)
    print(
        f"  {'checks':<13} {passed:>8} passed, {len(failed_checks)} failed, "
        f"{len(warnings)} warnings"
    )
    for name in failed_checks:
        print(f"    failed: {name}")
    for name in warnings:
        print(f"    warning: {name}")
    if published:
        print(f"  release       {latest.resolve()}")
        return 0
    print("  nothing published: the last good release is untouched", file=sys.stderr)
    return CHECK_FAILED_EXIT


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
    build.set_defaults(handler=_build)
    evaluate = commands.add_parser("evaluate", help="score the latest release against gold")
    evaluate.add_argument("gold", help="gold annotations, JSON lines (see FORMAT.md)")
    evaluate.add_argument("--outputs", help="folder holding the release (default: as build)")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.set_defaults(handler=_evaluate)
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
