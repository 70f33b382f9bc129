"""Writing a release atomically: staged, synced, renamed into place, then `latest` moved.

At every moment `outputs/latest` points at a complete release. The order of operations is
what makes a crash (even SIGKILL or power loss) harmless:

1. every file is written into `releases/.staging-<version>-<pid>/` and fsynced, then the
   staging folder itself is fsynced;
2. the staging folder is renamed to `releases/<version>/` and `releases/` is fsynced: a folder
   with a version name is therefore always complete;
3. a temporary symlink `.latest-<pid>` is made and renamed over `latest` (one atomic rename),
   and the outputs folder is fsynced.

A crash before 2 leaves a staging folder, before 3 a complete release that `latest` does not
name yet, during 3 a stray `.latest-<pid>`: the next build removes the leftovers and reuses a
complete release of the same version. Builds on one outputs folder never interleave: each
holds `outputs/.lock` (an flock, released by the kernel when its process dies).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.bi import DATABASE_NAME, duckdb_database_bytes
from pipelines.packaging import data_dictionary, datapackage_descriptor
from pipelines.report import REPORT_NAME, render_report
from pipelines.schemas import TABLE_NAMES, table_schema

CONTRACT_VERSION = "0.1.0"
RELEASES_DIR = "releases"
LATEST_NAME = "latest"
STAGING_PREFIX = ".staging-"
TEMPORARY_LATEST_PREFIX = ".latest-"
# `readouts build` keeps the outputs steps hand each other here, removed when it ends.
STEP_OUTPUTS_PREFIX = ".steps-"
LOCK_NAME = ".lock"
FileData = bytes | pa.Buffer  # the content of one release file

# Locks this process holds: (outputs folder, thread) -> nesting depth. The CLI holds the lock
# for the whole build and the publish step, run in the same thread, takes it again.
_held_locks: dict[tuple[Path, int], int] = {}


class BuildLocked(RuntimeError):
    """Another build holds the outputs folder."""


def _lock_holder(handle) -> str:
    """The process id the holder wrote into the lock file, or "unknown"."""
    handle.seek(0)
    return handle.read().strip() or "unknown"


@contextlib.contextmanager
def outputs_lock(
    outputs_dir: Path, *, wait: bool = True, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the outputs folder's lock: builds on one outputs folder never interleave.

    Without `wait`, raise BuildLocked at once when another build holds it; with it, call
    `on_wait(holder_pid)` and block until it is free. Re-entrant in the thread that holds it.
    """
    key = (Path(outputs_dir).resolve(), threading.get_ident())
    if key in _held_locks:
        _held_locks[key] += 1
        try:
            yield
        finally:
            _held_locks[key] -= 1
        return
    outputs_dir.mkdir(parents=True, exist_ok=True)
    with open(outputs_dir / LOCK_NAME, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            holder = _lock_holder(handle)
            if not wait:
                raise BuildLocked(
                    f"another build (process {holder}) is using {outputs_dir}"
                ) from error
            if on_wait is not None:
                on_wait(holder)
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        _held_locks[key] = 1
        try:
            yield
        finally:
            del _held_locks[key]
            fcntl.flock(handle, fcntl.LOCK_UN)


ROW_GROUP_ROWS = 64 * 1024


def parquet_bytes(
    table: pa.Table, after_each_row_group: Callable[[], None] | None = None
) -> pa.Buffer:
    """The table as Parquet, deterministic for the same table and library versions.

    An Arrow buffer, not `bytes`: it is handed over without a copy, which at 100,000 documents
    takes some 120 MB off the publish step's peak. Written a row group at a time, with
    `after_each_row_group` called after each (publishing lets go of the pages read so far)."""
    sink = pa.BufferOutputStream()
    with pq.ParquetWriter(
        sink,
        table.schema,
        compression="zstd",
        coerce_timestamps="us",
        allow_truncated_timestamps=False,
        store_schema=True,
    ) as writer:
        for start in range(0, max(table.num_rows, 1), ROW_GROUP_ROWS):
            writer.write_table(table.slice(start, ROW_GROUP_ROWS), row_group_size=ROW_GROUP_ROWS)
            if after_each_row_group is not None:
                after_each_row_group()
    return sink.getvalue()


def _sha256(data: FileData) -> str:
    return hashlib.sha256(data).hexdigest()


def release_files(
    tables: dict[str, pa.Table],
    validation_report: dict,
    after_each_row_group: Callable[[], None] | None = None,
) -> tuple[str, dict]:
    """The version and every file of the release, its content by file name. The Parquet
    files are made one row group at a time, `after_each_row_group` called after each.

    The version is derived from the Parquet files alone: every other file is computed from
    the same tables (and the validation report), and SHA256SUMS covers them all.
    """
    parquet = {}
    for name in TABLE_NAMES:
        parquet[name] = parquet_bytes(tables[name], after_each_row_group)
    digest = hashlib.sha256()
    for name in TABLE_NAMES:
        digest.update(f"{name}:{_sha256(parquet[name])}\n".encode())
    version = f"{CONTRACT_VERSION}-{digest.hexdigest()[:12]}"
    files = {f"{name}.parquet": data for name, data in parquet.items()}
    package = datapackage_descriptor(
        version,
        {name: _sha256(data) for name, data in parquet.items()},
        {name: len(data) for name, data in parquet.items()},
    )
    files["datapackage.json"] = _json_bytes(package)
    files["validation_report.json"] = _json_bytes(validation_report)
    files["README.md"] = data_dictionary(version).encode("utf-8")
    files[DATABASE_NAME] = duckdb_database_bytes(
        parquet, {name: table_schema(name).description for name in TABLE_NAMES}
    )
    files[REPORT_NAME] = render_report(tables, validation_report, version, TABLE_NAMES).encode()
    sums = "".join(f"{_sha256(data)}  {name}\n" for name, data in sorted(files.items()))
    files["SHA256SUMS"] = sums.encode("utf-8")
    return version, files


def _json_bytes(value: dict) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_synced(path: Path, data: FileData) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def remove_leftovers(outputs_dir: Path) -> list[Path]:
    """Remove what interrupted builds left: staging folders and temporary `latest` links.

    Call only while holding `outputs_lock`: then no other build is writing them.
    """
    removed = []
    releases_dir = outputs_dir / RELEASES_DIR
    if releases_dir.is_dir():
        for leftover in sorted(releases_dir.glob(f"{STAGING_PREFIX}*")):
            shutil.rmtree(leftover, ignore_errors=True)
            removed.append(leftover)
    if outputs_dir.is_dir():
        for leftover in sorted(outputs_dir.glob(f"{TEMPORARY_LATEST_PREFIX}*")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
            removed.append(leftover)
        for leftover in sorted(outputs_dir.glob(f"{STEP_OUTPUTS_PREFIX}*")):
            shutil.rmtree(leftover, ignore_errors=True)
            removed.append(leftover)
    return removed


def point_latest(outputs_dir: Path, version: str) -> None:
    """Switch `outputs/latest` to the release in one atomic rename."""
    link = outputs_dir / LATEST_NAME
    temporary = outputs_dir / f"{TEMPORARY_LATEST_PREFIX}{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    temporary.symlink_to(Path(RELEASES_DIR) / version)
    os.replace(temporary, link)
    _fsync_dir(outputs_dir)


def _stage(files: dict[str, FileData], releases_dir: Path, version: str) -> Path:
    """Write every file into a fresh staging folder, each synced, then the folder synced."""
    staging = releases_dir / f"{STAGING_PREFIX}{version}-{os.getpid()}"
    staging.mkdir()
    for name, data in files.items():
        _write_synced(staging / name, data)
    _fsync_dir(staging)
    return staging


def _set_aside(release: Path) -> None:
    """Move a damaged release out of the way (into a staging name the cleanup removes)."""
    aside = release.with_name(f"{STAGING_PREFIX}damaged-{release.name}-{os.getpid()}")
    os.rename(release, aside)
    shutil.rmtree(aside, ignore_errors=True)


def write_release(
    tables: dict[str, pa.Table],
    validation_report: dict,
    outputs_dir: Path,
    after_each_row_group: Callable[[], None] | None = None,
) -> Path:
    """Publish the tables as `outputs/releases/<version>/` and point `latest` at it
    (`after_each_row_group` as for release_files).

    The same tables always give the same version; republishing an intact existing version
    only moves `latest` (a crash may have renamed it into place without switching `latest`).
    The caller must hold `outputs_lock`.
    """
    releases_dir = outputs_dir / RELEASES_DIR
    releases_dir.mkdir(parents=True, exist_ok=True)
    _fsync_dir(outputs_dir)
    remove_leftovers(outputs_dir)
    version, files = release_files(tables, validation_report, after_each_row_group)
    final = releases_dir / version
    if final.is_dir() and verify_release(final):
        _set_aside(final)
    if not final.is_dir():
        staging = _stage(files, releases_dir, version)
        os.rename(staging, final)
        _fsync_dir(releases_dir)
    point_latest(outputs_dir, version)
    return final


def verify_release(release_dir: Path) -> list[str]:
    """Files of a release whose checksum does not match SHA256SUMS (empty when intact)."""
    sums_path = release_dir / "SHA256SUMS"
    if not sums_path.is_file():
        return ["SHA256SUMS missing"]
    problems = []
    for line in sums_path.read_text(errors="replace").splitlines():
        digest, separator, name = line.partition("  ")
        if not separator:
            problems.append(f"SHA256SUMS line not understood: {line!r}")
            continue
        path = release_dir / name
        if not path.is_file():
            problems.append(f"{name} missing")
        elif _sha256(path.read_bytes()) != digest:
            problems.append(f"{name} checksum differs")
    return problems
