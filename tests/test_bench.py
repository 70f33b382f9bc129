"""`readouts bench`: distinct corpora of any size and a table of the figures."""

import json

from conftest import SHARED

from pipelines import cli
from pipelines.bench import COLUMNS, corpus_records, run_bench, write_corpus
from pipelines.model import Document, Rejection
from pipelines.sources import read_sources

BULK = SHARED / "corpus" / "bulk.documents.jsonl"


def test_a_larger_corpus_survives_de_duplication(tmp_path):
    originals = sum(1 for line in BULK.read_text().splitlines() if line.strip())
    size = originals + 40
    write_corpus(BULK, size, tmp_path / "seeds" / "corpus.jsonl")
    items = list(read_sources(tmp_path / "seeds"))
    documents = [i for i in items if isinstance(i, Document)]
    duplicates = [i for i in items if isinstance(i, Rejection) and i.reason == "duplicate"]
    assert duplicates == []
    assert len({d.document_id for d in documents}) == len(documents)
    assert len(documents) == len([i for i in items if isinstance(i, Document)])
    copies = [r for r in corpus_records(BULK, size) if "(Archive copy 1.)" in r["text"]]
    assert len(copies) == 40


def test_bench_prints_a_table_with_every_column(tmp_path, capsys):
    corpus = tmp_path / "small.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in corpus_records(BULK, 20)))
    command = ["bench", "--sizes", "30", "--corpus", str(corpus), "--runs", "2"]
    assert cli.main([*command, "--extraction-passes", "2"]) == 0
    extraction, header, rule, row = capsys.readouterr().out.strip().splitlines()
    assert extraction.startswith("serial extraction: ")
    assert "over 20 documents" in extraction
    for column in COLUMNS:
        assert column in header
    cells = row.split()
    assert cells[0] == "30"
    assert cells[-1] == "1"  # the rebuild after adding one document extracted one
    assert len(cells) == len(COLUMNS)


def test_bench_medians_come_from_every_run(tmp_path):
    (result,) = run_bench((25,), BULK, tmp_path, runs=2)
    assert len(result.fulls) == len(result.rebuilds) == 2
    assert all(run.report["extraction"]["extracted"] == 1 for run in result.rebuilds)
    assert all(run.report["extraction"]["extracted"] == 25 for run in result.fulls)
