"""Scoring extracted meetings, participants and commitments against gold annotations.

    from pipelines.evaluation import load_gold, score, format_report, format_discrepancies
    predicted = {doc_id: predictions_from_extractions(doc_id, meetings, text), ...}
    # or predictions_from_tables(documents, meetings, ...) / predictions_from_release(folder)
    report = score(load_gold("dev.gold.jsonl"), predicted)
    print(format_report(report))         # P/R/F1, attribute accuracies; overall and per publisher
    print(format_discrepancies(report))  # every missed, spurious or wrong item
    report.to_dict()                     # the same as JSON-ready data

`scoring` states the rules and the choices made where FORMAT.md leaves room.
"""

from pipelines.evaluation.conversion import (
    iso_date,
    predictions_from_extractions,
    predictions_from_release,
    predictions_from_tables,
)
from pipelines.evaluation.names import names_match, roles_match
from pipelines.evaluation.report import (
    Accuracy,
    Counts,
    Discrepancy,
    EvaluationReport,
    Scores,
    format_discrepancies,
    format_report,
)
from pipelines.evaluation.scoring import (
    dates_match,
    gold_as_predictions,
    load_gold,
    publisher_of,
    quote_coverage,
    score,
)

__all__ = [
    "Accuracy",
    "Counts",
    "Discrepancy",
    "EvaluationReport",
    "Scores",
    "dates_match",
    "format_discrepancies",
    "format_report",
    "gold_as_predictions",
    "iso_date",
    "load_gold",
    "names_match",
    "predictions_from_extractions",
    "predictions_from_release",
    "predictions_from_tables",
    "publisher_of",
    "quote_coverage",
    "roles_match",
    "score",
]
