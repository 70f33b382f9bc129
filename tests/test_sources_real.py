"""read_sources on the real inputs: the seed document and the annotated/bulk JSONL files."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from pipelines.model import Document, Rejection
from pipelines.sources import document_id_for, read_sources
from pipelines.sources.language import non_english_reason

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seeds" / "000_cdb1a34271dd60b2.txt"
DEV = SHARED / "eval" / "dev.documents.jsonl"
ENGLISH_CORPORA = sorted((SHARED / "eval").glob("*.documents.jsonl")) + sorted(
    (SHARED / "corpus").glob("*.documents.jsonl")
)


def test_seed_text_file_becomes_one_document_without_metadata(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / SEED.name)
    [document] = list(read_sources(tmp_path))
    assert isinstance(document, Document)
    assert document.source_id == "000_cdb1a34271dd60b2"
    assert document.source_path == "000_cdb1a34271dd60b2.txt"
    assert (document.title, document.publisher, document.url) == (None, None, None)
    assert (document.published_at, document.published_date) == (None, None)
    assert document.language == "en"
    assert document.text.startswith("In many cases, crucial evidence")
    assert "Artur Davtyan" in document.text
    assert document.document_id == document_id_for(document.text)
    assert len(document.document_id) == 16


def test_dev_jsonl_gives_74_documents_with_record_ids_and_dates(tmp_path: Path) -> None:
    shutil.copy(DEV, tmp_path / DEV.name)
    outcomes = list(read_sources(tmp_path))
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    assert all(isinstance(outcome, Document) for outcome in outcomes)
    assert [d.source_id for d in outcomes] == [r["id"] for r in records]
    assert len(outcomes) == 74
    by_id = {d.source_id: d for d in outcomes}
    first = by_id["kremlin-18a78d0ce4"]
    assert first.published_at == dt.datetime(2021, 12, 20, 14, 50, tzinfo=dt.UTC)
    assert first.published_date == dt.date(2021, 12, 20)
    assert first.title == "Telephone conversation with Prime Minister of India Narendra Modi"
    assert first.url == "http://en.kremlin.ru/events/president/news/67392"
    assert first.publisher == "President of Russia (Kremlin, en.kremlin.ru)"
    with_published = [r for r in records if r.get("published")]
    assert all(by_id[r["id"]].published_date is not None for r in with_published)
    assert len({d.document_id for d in outcomes}) == 74


def test_dev_texts_are_kept_faithfully(tmp_path: Path) -> None:
    """Cleaning changes spacing and Markdown escapes only: the words are the source's words."""
    shutil.copy(DEV, tmp_path / DEV.name)
    records = {r["id"]: r for r in map(json.loads, DEV.read_text(encoding="utf-8").splitlines())}
    for document in read_sources(tmp_path):
        original = records[document.source_id]["text"]
        assert document.text.split() == original.replace("\\#", "#").split()
    white_house = next(d for d in read_sources(tmp_path) if d.source_id == "wh-e989563b5d")
    assert white_house.text.endswith("###")
    assert "\\#" not in white_house.text


@pytest.mark.parametrize("corpus", ENGLISH_CORPORA, ids=lambda path: path.name)
def test_every_real_readout_reads_as_english(corpus: Path) -> None:
    for line in corpus.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert non_english_reason(record["text"]) is None, record["id"]


def test_corpus_folder_reads_without_rejecting_any_readout(tmp_path: Path) -> None:
    for corpus in ENGLISH_CORPORA:
        shutil.copy(corpus, tmp_path / corpus.name)
    outcomes = list(read_sources(tmp_path))
    lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in ENGLISH_CORPORA)
    assert len(outcomes) == lines
    # The corpus repeats some readouts across files: those, and only those, are duplicates.
    rejected = [o for o in outcomes if isinstance(o, Rejection)]
    assert {r.reason for r in rejected} <= {"duplicate"}
    kept_ids = {o.document_id for o in outcomes if isinstance(o, Document)}
    assert all(r.duplicate_of in kept_ids for r in rejected)
