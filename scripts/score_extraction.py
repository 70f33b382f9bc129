"""Score the extractor on an annotated documents file and time it.

    .venv/bin/python scripts/score_extraction.py DOCUMENTS.jsonl [GOLD.jsonl] [--details]

Without a gold file it only runs the extractor (a crash and speed check, e.g. on the bulk
corpus). With --details it also lists every missed, spurious or wrong item.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.dates import parse_publication  # noqa: E402
from pipelines.extraction import extract_meetings, preload  # noqa: E402
from pipelines.model import Document  # noqa: E402


def load_documents(path: Path) -> list[Document]:
    """Documents built from a jsonl file of records (id, title, publisher, published, url, text)."""
    documents = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            try:
                published_at, published_date = parse_publication(record.get("published"))
            except (ValueError, OverflowError) as error:
                # As the readers do: the document is kept with no publication date.
                print(f"{record['id']}: {error}; no publication date", file=sys.stderr)
                published_at = published_date = None
            documents.append(
                Document(
                    document_id=record["id"],
                    source_id=record["id"],
                    source_path=path.name,
                    title=record.get("title"),
                    publisher=record.get("publisher"),
                    url=record.get("url"),
                    published_at=published_at,
                    published_date=published_date,
                    language="en",
                    text=record["text"],
                )
            )
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", type=Path)
    parser.add_argument("gold", type=Path, nargs="?")
    parser.add_argument("--details", action="store_true", help="list every discrepancy")
    parser.add_argument("--repeat", type=int, default=1, help="runs to time (first is warm-up)")
    args = parser.parse_args()

    documents = load_documents(args.documents)
    preload()  # load resources once, outside the timing
    extract_meetings(documents[0])
    extractions = {}
    started = time.perf_counter()
    for _ in range(args.repeat):
        for document in documents:
            extractions[document.document_id] = extract_meetings(document)
    elapsed = time.perf_counter() - started
    count = len(documents) * args.repeat
    meetings = sum(len(m) for m in extractions.values())
    print(f"{len(documents)} documents, {meetings} meetings; "
          f"{count / elapsed:.0f} documents/s ({elapsed / count * 1000:.2f} ms each)")
    if args.gold is None:
        return

    from pipelines.evaluation import (
        format_discrepancies,
        format_report,
        load_gold,
        predictions_from_extractions,
        score,
    )

    texts = {document.document_id: document.text for document in documents}
    predicted = {
        doc_id: predictions_from_extractions(doc_id, meetings, texts[doc_id])
        for doc_id, meetings in extractions.items()
    }
    report = score(load_gold(args.gold), predicted)
    print(format_report(report))
    if args.details:
        print(format_discrepancies(report))


if __name__ == "__main__":
    main()
