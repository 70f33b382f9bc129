"""Builds on one outputs folder never interleave: the whole build holds `outputs/.lock`."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT, SHARED

from pipelines.cli import BUILD_LOCKED_EXIT
from pipelines.release import outputs_lock, verify_release

DEV_DOCUMENTS = SHARED / "eval" / "dev.documents.jsonl"
DOCUMENTS_PER_BUILD = 6
WAITING = "Waiting for another build"


def _seeds(folder: Path, start: int) -> Path:
    lines = DEV_DOCUMENTS.read_text(encoding="utf-8").splitlines(keepends=True)
    folder.mkdir(parents=True)
    (folder / "dev.jsonl").write_text("".join(lines[start : start + DOCUMENTS_PER_BUILD]))
    return folder


def _command(seeds: Path, outputs: Path, *options: str) -> list[str]:
    command = [sys.executable, "-m", "pipelines.cli", "build", *options]
    return command + ["--seeds", str(seeds), "--outputs", str(outputs)]


def _start(seeds: Path, outputs: Path, *options: str) -> subprocess.Popen:
    return subprocess.Popen(
        _command(seeds, outputs, *options),
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _release_of(stdout: str) -> Path:
    return Path(re.search(r"^  release\s+(\S+)$", stdout, re.MULTILINE).group(1))


def test_no_wait_exits_at_once_with_its_own_status_while_the_folder_is_locked(tmp_path):
    seeds, outputs = _seeds(tmp_path / "seeds", 0), tmp_path / "outputs"
    with outputs_lock(outputs):
        done = subprocess.run(
            _command(seeds, outputs, "--no-wait"),
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == BUILD_LOCKED_EXIT == 75
    assert f"another build (process {os.getpid()}) is using {outputs}" in done.stderr
    assert "not building (--no-wait)" in done.stderr
    assert "Building from" not in done.stderr
    assert sorted(p.name for p in outputs.iterdir()) == [".lock"]


def test_a_build_waits_until_the_lock_is_released_then_builds(tmp_path):
    seeds, outputs = _seeds(tmp_path / "seeds", 0), tmp_path / "outputs"
    with outputs_lock(outputs):
        build = _start(seeds, outputs)
        first_line = build.stderr.readline()
        assert first_line.startswith(f"{WAITING} (process {os.getpid()})"), first_line
        # Blocked on the lock: it has not started building, nothing is written.
        assert build.poll() is None
        assert sorted(p.name for p in outputs.iterdir()) == [".lock"]
    stdout, stderr = build.communicate(timeout=120)
    assert build.returncode == 0, stderr
    assert stderr.startswith("Building from")
    assert (outputs / "latest").resolve() == _release_of(stdout)
    assert verify_release(outputs / "latest") == []


def test_two_builds_started_together_run_one_after_the_other(tmp_path):
    outputs = tmp_path / "outputs"
    builds = [_start(_seeds(tmp_path / f"seeds-{i}", i * 10), outputs) for i in range(2)]
    pids = {str(b.pid) for b in builds}
    lock = outputs / ".lock"
    while not (lock.is_file() and lock.read_text().strip() in pids):
        assert any(b.poll() is None for b in builds), "both builds ended without locking"
        time.sleep(0.01)
    holder = lock.read_text().strip()
    # A third build that will not wait is turned away while the first one builds.
    refused = subprocess.run(
        _command(tmp_path / "seeds-0", outputs, "--no-wait"),
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert refused.returncode == BUILD_LOCKED_EXIT, refused.stderr
    assert f"(process {holder})" in refused.stderr
    results = [b.communicate(timeout=240) for b in builds]
    assert [b.returncode for b in builds] == [0, 0], [err for _, err in results]
    waited = [i for i, (_, err) in enumerate(results) if WAITING in err]
    first = next(i for i, b in enumerate(builds) if str(b.pid) == holder)
    assert waited == [1 - first]
    # The waiting build printed nothing of its own build before the lock was free.
    assert results[1 - first][1].startswith(f"{WAITING} (process {holder})")
    releases = [_release_of(out) for out, _ in results]
    assert releases[0] != releases[1]
    assert (outputs / "latest").resolve() == releases[1 - first]
    assert all(verify_release(r) == [] for r in releases)
    assert sorted(p.name for p in (outputs / "releases").iterdir()) == sorted(
        r.name for r in releases
    )
