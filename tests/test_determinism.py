"""The same seeds give byte-identical releases, whatever process builds them."""

import os
import shutil
import subprocess
import sys

from conftest import ROOT, SHARED

from pipelines.release import verify_release

DEV_DOCUMENTS = SHARED / "eval" / "dev.documents.jsonl"


def test_two_builds_of_the_same_seeds_give_identical_releases(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(DEV_DOCUMENTS, seeds / "dev.jsonl")
    (seeds / "seed.txt").write_bytes((ROOT / "seeds" / "000_cdb1a34271dd60b2.txt").read_bytes())
    builds = []
    # Different hash seeds: set or dict orders that depend on string hashing would show.
    for hash_seed in ("1", "2"):
        command = [sys.executable, "-m", "pipelines.cli", "build", "--seeds", str(seeds)]
        command += ["--outputs", str(tmp_path / f"outputs-{hash_seed}")]
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": hash_seed}
        builds.append(
            subprocess.Popen(
                command,
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    for build in builds:
        _, stderr = build.communicate(timeout=300)
        assert build.returncode == 0, stderr
    first, second = ((tmp_path / f"outputs-{s}" / "latest").resolve() for s in ("1", "2"))
    assert first.name == second.name
    assert verify_release(first) == []
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    assert {"meetings.parquet", "participants.parquet", "validation_report.json"} <= set(names)
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
