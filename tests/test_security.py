"""Nothing from a document is executed or used as a path; the UI binds to the local machine."""

import json
import re

import pyarrow.parquet as pq
from conftest import ROOT

from pipelines import cli
from pipelines.release import verify_release

LOCAL_ONLY = "-h 127.0.0.1"


def test_the_makefile_dev_target_binds_the_ui_to_localhost():
    makefile = (ROOT / "Makefile").read_text()
    recipe = re.search(r"^dev:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE).group(1)
    commands = [line for line in recipe.splitlines() if "dagster dev" in line]
    assert commands and all(LOCAL_ONLY in line for line in commands), recipe


def test_every_documented_dagster_dev_command_binds_to_localhost():
    readme = (ROOT / "README.md").read_text()
    commands = [line for line in readme.splitlines() if "dagster dev" in line]
    assert commands
    for line in commands:
        assert LOCAL_ONLY in line, line


HOSTILE = {
    "id": "../../escaped",
    "title": "$(touch pwned) `touch pwned` {{7*7}}",
    "publisher": "/etc/passwd",
    "url": "file:///etc/passwd",
    "published": "2024-05-07",
    "text": (
        "Foreign Minister Alice Smith of France met Foreign Secretary Bob Jones of the United "
        "Kingdom in Paris on Monday; $(touch pwned); __import__('os').system('touch pwned'). "
        "The ministers signed a memorandum on cooperation in ../../escaped."
    ),
}


def test_a_hostile_document_is_only_data(tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    seeds, outputs = tmp_path / "seeds", tmp_path / "outputs"
    seeds.mkdir()
    (seeds / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n")
    assert cli.main(["build", "--seeds", str(seeds), "--outputs", str(outputs)]) == 0
    release = (outputs / "latest").resolve()
    assert verify_release(release) == []
    (document,) = pq.read_table(release / "documents.parquet").to_pylist()
    assert (document["source_id"], document["title"]) == (HOSTILE["id"], HOSTILE["title"])
    # Nothing was written anywhere but the release folder: no file named from the document,
    # no command run.
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert not any("pwned" in p or "escaped" in p for p in written), written
    assert list(work.iterdir()) == []
    assert sorted(p.name for p in outputs.iterdir()) == [".lock", "cache", "latest", "releases"]
    assert [p.name for p in (outputs / "releases").iterdir()] == [release.name]
