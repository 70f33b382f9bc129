"""The figures of an evaluation: counts, accuracies, their sums, and a plain-text table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ITEM_KINDS = ("meetings", "participants", "commitments")

# The attribute accuracies FORMAT.md defines, in display order.
FORMAT_ATTRIBUTES = (
    "meeting_date",
    "meeting_format",
    "meeting_country",
    "participant_country",
    "participant_role",
)
# Extra diagnostics over the same paired items, not part of FORMAT.md's figures.
EXTRA_ATTRIBUTES = (
    "meeting_kind",
    "meeting_city",
    "commitment_due",
    "commitment_actors",
    "commitment_counterparts",
)
ATTRIBUTES = FORMAT_ATTRIBUTES + EXTRA_ATTRIBUTES


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass
class Counts:
    """True positives, false positives and false negatives of one item kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp); None when nothing was predicted."""
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn); None when gold has nothing to find."""
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """2tp / (2tp + fp + fn); None when there is nothing on either side."""
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Accuracy:
    """How many of the scored paired items had an attribute right."""

    right: int = 0
    n: int = 0

    @property
    def value(self) -> float | None:
        return _ratio(self.right, self.n)

    def record(self, is_right: bool) -> None:
        self.n += 1
        self.right += int(is_right)

    def add(self, other: Accuracy) -> None:
        self.right += other.right
        self.n += other.n

    def to_dict(self) -> dict[str, Any]:
        return {"right": self.right, "n": self.n, "accuracy": self.value}


@dataclass
class Scores:
    """Counts per item kind and attribute accuracies over some set of documents."""

    documents: int = 0
    meetings: Counts = field(default_factory=Counts)
    participants: Counts = field(default_factory=Counts)
    commitments: Counts = field(default_factory=Counts)
    attributes: dict[str, Accuracy] = field(
        default_factory=lambda: {name: Accuracy() for name in ATTRIBUTES}
    )

    def counts(self, kind: str) -> Counts:
        return getattr(self, kind)

    def add(self, other: Scores) -> None:
        self.documents += other.documents
        for kind in ITEM_KINDS:
            self.counts(kind).add(other.counts(kind))
        for name, accuracy in other.attributes.items():
            self.attributes.setdefault(name, Accuracy()).add(accuracy)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            **{kind: self.counts(kind).to_dict() for kind in ITEM_KINDS},
            "attributes": {name: acc.to_dict() for name, acc in self.attributes.items()},
        }


@dataclass(frozen=True)
class Discrepancy:
    """One difference between prediction and gold, for reading what went wrong."""

    document_id: str
    item: str  # meeting | participant | commitment
    problem: str  # missed | spurious | wrong <attribute>
    gold: Any = None
    predicted: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "item": self.item,
            "problem": self.problem,
            "gold": _jsonable(self.gold),
            "predicted": _jsonable(self.predicted),
        }


def _jsonable(value: Any) -> Any:
    """The value itself when JSON can hold it, else its text (dates, numpy scalars)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


@dataclass
class EvaluationReport:
    """Overall scores, the same per publisher and per document, and every discrepancy."""

    overall: Scores
    by_publisher: dict[str, Scores]
    by_document: dict[str, Scores]
    discrepancies: list[Discrepancy]

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "by_publisher": {name: s.to_dict() for name, s in self.by_publisher.items()},
            "by_document": {name: s.to_dict() for name, s in self.by_document.items()},
            "discrepancies": [d.to_dict() for d in self.discrepancies],
        }


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_scores(scores: Scores) -> str:
    """P/R/F1 with counts per item kind, then attribute accuracies with n."""
    lines = [
        f"{'item':<24}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}{'f1':>8}",
    ]
    for kind in ITEM_KINDS:
        c = scores.counts(kind)
        lines.append(
            f"{kind:<24}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
            f"{_cell(c.precision):>11}{_cell(c.recall):>8}{_cell(c.f1):>8}"
        )
    lines.append(f"{'attribute':<24}{'right':>6}{'n':>6}{'accuracy':>11}")
    for name in ATTRIBUTES:
        acc = scores.attributes.get(name, Accuracy())
        marker = "" if name in FORMAT_ATTRIBUTES else "  (extra)"
        lines.append(f"{name:<24}{acc.right:>6}{acc.n:>6}{_cell(acc.value):>11}{marker}")
    return "\n".join(lines)


def format_report(report: EvaluationReport) -> str:
    """A plain-text table: overall figures, then the same per publisher."""
    parts = [f"Overall ({report.overall.documents} documents)", format_scores(report.overall)]
    for publisher, scores in report.by_publisher.items():
        parts += ["", f"Publisher {publisher} ({scores.documents} documents)"]
        parts.append(format_scores(scores))
    return "\n".join(parts) + "\n"


def format_discrepancies(report: EvaluationReport, limit: int | None = None) -> str:
    """One line per discrepancy (document, item, problem, gold, predicted), in document order."""
    lines = []
    for d in report.discrepancies[:limit]:
        detail = " | ".join(
            f"{side}: {value}"
            for side, value in (("gold", d.gold), ("predicted", d.predicted))
            if value is not None
        )
        lines.append(f"{d.document_id}  {d.item} {d.problem}  {detail}")
    hidden = len(report.discrepancies) - len(lines)
    if hidden > 0:
        lines.append(f"... and {hidden} more")
    return "\n".join(lines) + ("\n" if lines else "")
