"""A rebuild that reuses the caches publishes what a build from scratch publishes."""

import json
import shutil

from conftest import SEED, SHARED

from pipelines import cli
from pipelines.extraction_cache import cache_folder
from pipelines.sources.cache import source_cache_folder

DEV_DOCUMENTS = SHARED / "eval" / "dev.documents.jsonl"


def _build(seeds, outputs) -> None:
    assert cli.main(["build", "--seeds", str(seeds), "--outputs", str(outputs)]) == 0


def test_a_rebuild_after_adding_a_document_equals_a_build_from_scratch(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    records = [json.loads(line) for line in DEV_DOCUMENTS.read_text().splitlines()[:12]]
    (seeds / "dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records[:10]))
    rebuilt = tmp_path / "rebuilt"
    _build(seeds, rebuilt)
    # Added: a new document, and a copy of one already read (a duplicate in a new file).
    added = [records[10], {**records[3], "id": "copy-of-3"}]
    (seeds / "added.jsonl").write_text("".join(json.dumps(r) + "\n" for r in added))
    _build(seeds, rebuilt)
    assert any(source_cache_folder(rebuilt).glob("*.arrow"))
    assert any(cache_folder(rebuilt).rglob("*.json"))

    scratch = tmp_path / "scratch"
    _build(seeds, scratch)
    first, second = ((outputs / "latest").resolve() for outputs in (rebuilt, scratch))
    assert first.name == second.name
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
