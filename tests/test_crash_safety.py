"""Killing a build at any moment never leaves `outputs/latest` incomplete.

Each kill is a SIGKILL to the build's process group at a random moment: most at a random delay
(importing, reading, extracting, validating), some the instant the new release folder starts
to appear (publishing). After every kill `latest` must name a complete release whose checksums
verify; the next build that runs to its end must succeed and clear what the kills left behind.
Two lanes of builds, each on its own outputs folder, run side by side to keep the test short.
"""

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyarrow.parquet as pq
from conftest import ROOT, SHARED

from pipelines.release import (
    STAGING_PREFIX,
    TEMPORARY_LATEST_PREFIX,
    outputs_lock,
    verify_release,
    write_release,
)
from pipelines.schemas import TABLE_NAMES
from pipelines.validation import validate_tables

from sample_tables import sample_tables

DEV_DOCUMENTS = SHARED / "eval" / "dev.documents.jsonl"
LANES = 2
RANDOM_KILLS_PER_LANE = 8
PUBLISHING_KILLS_PER_LANE = 2
# A build takes about 8-12 s here, most of it imports: kills spread over its first 8 s.
RANDOM_KILL_WINDOW_SECONDS = (0.0, 8.0)
DOCUMENTS_PER_BUILD = 12
POLL_SECONDS = 0.0005


def _seeds(folder: Path, start: int) -> Path:
    """A seeds folder of dev documents from `start`: each start gives another version."""
    lines = DEV_DOCUMENTS.read_text(encoding="utf-8").splitlines(keepends=True)
    folder.mkdir(parents=True)
    (folder / "dev.jsonl").write_text("".join(lines[start : start + DOCUMENTS_PER_BUILD]))
    return folder


def _start_build(seeds: Path, outputs: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "pipelines.cli", "build"]
    command += ["--seeds", str(seeds), "--outputs", str(outputs)]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _kill(build: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(build.pid, signal.SIGKILL)  # its own session: the group id is its pid
    build.wait()


def _releases(outputs: Path) -> set[str]:
    folder = outputs / "releases"
    return set(os.listdir(folder)) if folder.is_dir() else set()


def _await_publishing(build: subprocess.Popen, outputs: Path) -> None:
    """Return as soon as a new entry appears in releases/ (or the build ends)."""
    known = _releases(outputs)
    while build.poll() is None and _releases(outputs) <= known:
        time.sleep(POLL_SECONDS)


def _state(outputs: Path, before: set[str]) -> str:
    """Where the kill landed, as the outputs folder shows it."""
    names = _releases(outputs)
    latest = os.readlink(outputs / "latest")
    if any(n.startswith(STAGING_PREFIX) for n in names):
        return "while staging"
    if any(p.name.startswith(TEMPORARY_LATEST_PREFIX) for p in outputs.iterdir()):
        return "while switching latest"
    new = names - before
    if new and Path(latest).name not in new:
        return "after the rename, before latest moved"
    if new:
        return "after publishing"
    return "before publishing"


def _assert_latest_is_complete(outputs: Path, context: str) -> None:
    latest = outputs / "latest"
    assert latest.is_symlink(), context
    release = latest.resolve(strict=True)
    assert release.parent == (outputs / "releases").resolve(), context
    assert verify_release(release) == [], context
    for name in TABLE_NAMES:
        pq.read_table(release / f"{name}.parquet")
    for name in _releases(outputs):
        if not name.startswith("."):
            assert verify_release(outputs / "releases" / name) == [], f"{context}: {name}"


def _lane(lane: int, root: Path, rng: random.Random, seed: int) -> Counter:
    outputs = root / f"outputs-{lane}"
    with outputs_lock(outputs):
        tables = sample_tables()
        write_release(tables, validate_tables(tables).to_dict(), outputs)
    plan = ["random"] * RANDOM_KILLS_PER_LANE + ["publishing"] * PUBLISHING_KILLS_PER_LANE
    rng.shuffle(plan)
    states: Counter = Counter()
    for attempt, moment in enumerate(plan):
        seeds = _seeds(root / f"seeds-{lane}-{attempt}", start=attempt * 4 + lane * 2)
        before = _releases(outputs)
        build = _start_build(seeds, outputs)
        if moment == "random":
            delay = rng.uniform(*RANDOM_KILL_WINDOW_SECONDS)
            time.sleep(delay)
        else:
            delay = rng.uniform(0, 0.002)
            _await_publishing(build, outputs)
            time.sleep(delay)
        _kill(build)
        context = f"random seed {seed}, lane {lane}, kill {attempt} ({moment}, {delay:.3f} s)"
        states[_state(outputs, before)] += 1
        _assert_latest_is_complete(outputs, context)
    final_seeds = _seeds(root / f"seeds-{lane}-final", start=len(plan) * 4 + lane * 2)
    build = _start_build(final_seeds, outputs)
    assert build.wait() == 0, f"random seed {seed}, lane {lane}: the build after the kills"
    _assert_latest_is_complete(outputs, f"random seed {seed}, lane {lane}, final")
    leftovers = [n for n in _releases(outputs) if n.startswith(STAGING_PREFIX)]
    leftovers += [p.name for p in outputs.iterdir() if p.name.startswith(TEMPORARY_LATEST_PREFIX)]
    assert leftovers == [], f"random seed {seed}, lane {lane}"
    return states


def test_killing_builds_at_random_moments_keeps_latest_complete(tmp_path):
    seed = random.SystemRandom().randrange(2**32)
    lines = DEV_DOCUMENTS.read_text(encoding="utf-8").count("\n")
    last_start = (RANDOM_KILLS_PER_LANE + PUBLISHING_KILLS_PER_LANE) * 4 + (LANES - 1) * 2
    assert last_start + DOCUMENTS_PER_BUILD <= lines
    with ThreadPoolExecutor(LANES) as pool:
        lanes = [
            pool.submit(_lane, lane, tmp_path, random.Random(seed + lane), seed)
            for lane in range(LANES)
        ]
        states = sum((lane.result() for lane in lanes), Counter())
    print(f"random seed {seed}: kills landed {dict(states)}")
    assert sum(states.values()) == LANES * (RANDOM_KILLS_PER_LANE + PUBLISHING_KILLS_PER_LANE)
    publishing = {
        "while staging",
        "while switching latest",
        "after the rename, before latest moved",
    }
    assert sum(states[s] for s in publishing) >= 1, f"random seed {seed}: {dict(states)}"
