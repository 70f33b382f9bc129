"""Writing a release atomically: staged, checked, renamed into place, then `latest` moved.

At every moment `outputs/latest` points at a complete release: a crash while staging leaves
a `.staging-*` folder that the next build removes, and the switch of `latest` is one rename.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import io
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.packaging import data_dictionary, datapackage_descriptor
from pipelines.schemas import TABLE_NAMES

CONTRACT_VERSION = "0.1.0"
STAGING_PREFIX = ".staging-"
LOCK_NAME = ".lock"


class BuildLocked(RuntimeError):
    """Another build holds the outputs folder."""


@contextlib.contextmanager
def outputs_lock(outputs_dir: Path, *, wait: bool = True) -> Iterator[None]:
    """Hold the outputs folder's lock: builds on one outputs folder never interleave."""
    outputs_dir.mkdir(parents=True, exist_ok=True)
    with open(outputs_dir / LOCK_NAME, "a+") as handle:
        flags = fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB
        try:
            fcntl.flock(handle, flags)
        except BlockingIOError as error:
            raise BuildLocked(f"another build is using {outputs_dir}") from error
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def parquet_bytes(table: pa.Table) -> bytes:
    """The table as Parquet, deterministic for the same table and library versions."""
    sink = io.BytesIO()
    pq.write_table(
        table,
        sink,
        compression="zstd",
        coerce_timestamps="us",
        allow_truncated_timestamps=False,
        row_group_size=64 * 1024,
        store_schema=True,
    )
    return sink.getvalue()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def release_files(tables: dict[str, pa.Table], validation_report: dict) -> tuple[str, dict]:
    """The version and every file of the release, as bytes by file name."""
    parquet = {name: parquet_bytes(tables[name]) for name in TABLE_NAMES}
    digest = hashlib.sha256()
    for name in TABLE_NAMES:
        digest.update(f"{name}:{_sha256(parquet[name])}\n".encode())
    version = f"{CONTRACT_VERSION}-{digest.hexdigest()[:12]}"
    files = {f"{name}.parquet": data for name, data in parquet.items()}
    package = datapackage_descriptor(
        version, {name: (len(data), _sha256(data)) for name, data in parquet.items()}
    )
    files["datapackage.json"] = _json_bytes(package)
    files["validation_report.json"] = _json_bytes(validation_report)
    files["README.md"] = data_dictionary(version).encode("utf-8")
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


def remove_staging_leftovers(releases_dir: Path) -> list[Path]:
    """Remove staging folders of interrupted builds (call only while holding the lock)."""
    removed = []
    if releases_dir.is_dir():
        for leftover in sorted(releases_dir.glob(f"{STAGING_PREFIX}*")):
            shutil.rmtree(leftover, ignore_errors=True)
            removed.append(leftover)
    return removed


def point_latest(outputs_dir: Path, version: str) -> None:
    """Switch `outputs/latest` to the release in one atomic rename."""
    link = outputs_dir / "latest"
    temporary = outputs_dir / f".latest-{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    temporary.symlink_to(Path("releases") / version)
    os.replace(temporary, link)
    _fsync_dir(outputs_dir)


def write_release(tables: dict[str, pa.Table], validation_report: dict, outputs_dir: Path) -> Path:
    """Publish the tables as `outputs/releases/<version>/` and point `latest` at it.

    The same tables always give the same version; republishing an existing version only
    moves `latest`. The caller must hold `outputs_lock`.
    """
    releases_dir = outputs_dir / "releases"
    releases_dir.mkdir(parents=True, exist_ok=True)
    remove_staging_leftovers(releases_dir)
    version, files = release_files(tables, validation_report)
    final = releases_dir / version
    if not final.is_dir():
        staging = releases_dir / f"{STAGING_PREFIX}{version}-{os.getpid()}"
        staging.mkdir()
        for name, data in files.items():
            with open(staging / name, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        _fsync_dir(staging)
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
    for line in sums_path.read_text().splitlines():
        digest, name = line.split("  ", 1)
        path = release_dir / name
        if not path.is_file():
            problems.append(f"{name} missing")
        elif _sha256(path.read_bytes()) != digest:
            problems.append(f"{name} checksum differs")
    return problems
