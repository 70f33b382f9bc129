"""`readouts bench`: distinct corpora of any size and a table of the figures."""

import json

from conftest import SHARED

from pipelines import cli
from pipelines.bench import COLUMNS, corpus_records, write_corpus
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
    assert cli.main(["bench", "--sizes", "30", "--corpus", str(corpus)]) == 0
    header, rule, row = capsys.readouterr().out.strip().splitlines()
    for column in COLUMNS:
        assert column in header
    cells = row.split()
    assert cells[0] == "30"
    assert cells[-1].isdigit()  # documents the rebuild after adding one extracted
    assert len(cells) == len(COLUMNS)
