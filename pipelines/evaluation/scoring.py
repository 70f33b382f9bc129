"""Scoring predicted meetings against gold annotations, as FORMAT.md describes.

Choices where FORMAT.md leaves room (each keeps its wording):

- Pairing is greedy everywhere: candidate pairs are taken best first, ties broken in favour of
  non-optional gold items, then by gold order, then by predicted order.
- Meetings pair when they share at least one participant name; "shared names" is the size of
  the greedy one-to-one name pairing between the two participant lists. So a meeting whose
  participants are all nameless (background meetings, or predictions) never pairs.
- A prediction paired with an optional gold meeting is not counted at all, nor are its
  participants and commitments. An unpaired optional gold meeting is not missed, nor are its
  participants and commitments. An unpaired predicted meeting counts as a false positive, and
  so does each of its participants and commitments; an unpaired non-optional gold meeting counts
  as missed, and so does each of its non-optional participants and commitments.
- Participants and commitments are matched only within paired meetings.
- A predicted participant with no name (None or "") can pair only with a nameless gold participant
  (in the gold these are all optional), one to one, preferring one with a matching role. An
  unpaired nameless prediction is a false positive: the gold lists every title-only participant
  it saw as an optional nameless one, so one beyond those is a person the gold says is not there.
  A named prediction never pairs with a nameless gold participant: names must match.
- A commitment matches a gold one of the same type when more than half of the gold quote's word
  tokens (folded as names are, counted with repetition) occur among the evidence's word tokens.
  Among candidates the highest share pairs first.
- A null gold field is not scored: the item does not enter that attribute's n. A gold month or
  year is matched by any day (or month) within it; a predicted month does not match a gold day.
- Documents missing from the predictions predict no meetings; predicted documents not in the
  gold are ignored. The publisher of a document is its id before the first "-" ("(none)" when
  the id has no "-").
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pipelines.evaluation.names import fold_words, name_match_strength, roles_match
from pipelines.evaluation.report import Discrepancy, EvaluationReport, Scores

# The share of a gold quote's words an evidence text must contain, exclusive.
QUOTE_COVERAGE_THRESHOLD = 0.5

NO_PUBLISHER = "(none)"


def load_gold(path: str | Path) -> dict[str, dict]:
    """Gold records of a `*.gold.jsonl` file, by document id, in file order."""
    gold: dict[str, dict] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                gold[record["id"]] = record
    return gold


def publisher_of(document_id: str) -> str:
    """The publisher prefix of a document id: the part before the first "-"."""
    prefix, dash, _ = document_id.partition("-")
    return prefix if dash and prefix else NO_PUBLISHER


def score(gold: Mapping[str, dict], predicted: Mapping[str, Sequence[dict]]) -> EvaluationReport:
    """Score predicted meetings (per document id, in the gold's own shape) against gold."""
    overall = Scores()
    by_publisher: dict[str, Scores] = {}
    by_document: dict[str, Scores] = {}
    discrepancies: list[Discrepancy] = []
    for document_id in sorted(gold):
        document_scores = Scores(documents=1)
        _score_document(
            document_id,
            gold[document_id].get("meetings") or [],
            predicted.get(document_id) or [],
            document_scores,
            discrepancies,
        )
        by_document[document_id] = document_scores
        overall.add(document_scores)
        by_publisher.setdefault(publisher_of(document_id), Scores()).add(document_scores)
    return EvaluationReport(
        overall=overall,
        by_publisher=dict(sorted(by_publisher.items())),
        by_document=by_document,
        discrepancies=discrepancies,
    )


# --- pairing -------------------------------------------------------------------------------


def _greedy_pairs(
    gold_items: Sequence[dict],
    predicted_items: Sequence[dict],
    strength: Callable[[dict, dict], float | tuple],
) -> dict[int, int]:
    """Pair gold and predicted items one to one, best strength first; a falsy strength never
    pairs. Ties go to non-optional gold, then gold order, then predicted order."""
    candidates = []
    for g, gold_item in enumerate(gold_items):
        for p, predicted_item in enumerate(predicted_items):
            value = strength(gold_item, predicted_item)
            if value:
                candidates.append((value, not _optional(gold_item), -g, -p, g, p))
    candidates.sort(reverse=True)
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for *_, g, p in candidates:
        if g not in pairs and p not in used:
            pairs[g] = p
            used.add(p)
    return pairs


def _optional(item: Mapping[str, Any]) -> bool:
    return bool(item.get("optional"))


def _participant_strength(gold: dict, predicted: dict) -> tuple[int, int] | None:
    """Named pairs by name strength; nameless pairs only with nameless, preferring same role."""
    if not gold.get("name") and not predicted.get("name"):
        return (0, 1 + roles_match(gold.get("role"), predicted.get("role")))
    strength = name_match_strength(gold.get("name"), predicted.get("name"))
    return (strength, 0) if strength else None


def _participant_pairs(gold: Sequence[dict], predicted: Sequence[dict]) -> dict[int, int]:
    return _greedy_pairs(gold, predicted, _participant_strength)


def _shared_names(gold_meeting: dict, predicted_meeting: dict) -> int:
    gold_named = [p for p in gold_meeting.get("participants") or [] if p.get("name")]
    predicted_named = [p for p in predicted_meeting.get("participants") or [] if p.get("name")]
    return len(_participant_pairs(gold_named, predicted_named))


def quote_coverage(quote: str | None, evidence: str | None) -> float:
    """The share of the quote's folded word tokens found among the evidence's word tokens."""
    quote_words = fold_words(quote)
    if not quote_words:
        return 0.0
    evidence_words = set(fold_words(evidence))
    return sum(word in evidence_words for word in quote_words) / len(quote_words)


def _commitment_strength(gold: dict, predicted: dict) -> float:
    if gold.get("type") != predicted.get("type"):
        return 0.0
    coverage = quote_coverage(gold.get("quote"), predicted.get("evidence"))
    return coverage if coverage > QUOTE_COVERAGE_THRESHOLD else 0.0


# --- attributes ----------------------------------------------------------------------------


def as_iso(value: Any) -> str | None:
    """An ISO date string from a string, date or datetime; None stays None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip() or None


def dates_match(gold: Any, predicted: Any) -> bool:
    """Same date, or the predicted one falls within the gold month or year."""
    gold_iso, predicted_iso = as_iso(gold), as_iso(predicted)
    if gold_iso is None or predicted_iso is None:
        return False
    return predicted_iso == gold_iso or predicted_iso.startswith(gold_iso + "-")


def _codes_match(gold: Any, predicted: Any) -> bool:
    return predicted is not None and str(gold).strip().upper() == str(predicted).strip().upper()


def _words_match(gold: Any, predicted: Any) -> bool:
    return fold_words(gold) == fold_words(predicted) and bool(fold_words(gold))


def _name_lists_match(gold: Sequence[str], predicted: Sequence[str]) -> bool:
    """Every gold name pairs one to one with a predicted name and nothing is left over."""
    if len(gold) != len(predicted):
        return False
    gold_items = [{"name": name} for name in gold]
    predicted_items = [{"name": name} for name in predicted]
    return len(_participant_pairs(gold_items, predicted_items)) == len(gold)


MatchRule = Callable[[Any, Any], bool]

MEETING_ATTRIBUTES: tuple[tuple[str, str, MatchRule], ...] = (
    ("meeting_date", "date", dates_match),
    ("meeting_format", "format", _codes_match),
    ("meeting_country", "country", _codes_match),
    ("meeting_kind", "kind", _codes_match),
    ("meeting_city", "city", _words_match),
)
PARTICIPANT_ATTRIBUTES: tuple[tuple[str, str, MatchRule], ...] = (
    ("participant_country", "country", _codes_match),
    ("participant_role", "role", roles_match),
)
COMMITMENT_ATTRIBUTES: tuple[tuple[str, str, MatchRule], ...] = (
    ("commitment_due", "due", dates_match),
    ("commitment_actors", "actors", lambda g, p: _name_lists_match(g, p or [])),
    ("commitment_counterparts", "counterparts", lambda g, p: _name_lists_match(g, p or [])),
)


# --- one document --------------------------------------------------------------------------


class _DocumentScorer:
    def __init__(self, document_id: str, scores: Scores, discrepancies: list[Discrepancy]):
        self.document_id = document_id
        self.scores = scores
        self.discrepancies = discrepancies

    def note(self, item: str, problem: str, gold: Any = None, predicted: Any = None) -> None:
        self.discrepancies.append(Discrepancy(self.document_id, item, problem, gold, predicted))

    def attributes(
        self, item: str, rules: Iterable[tuple[str, str, MatchRule]], gold: dict, predicted: dict
    ) -> None:
        for attribute, key, rule in rules:
            gold_value = gold.get(key)
            if gold_value is None:
                continue
            right = rule(gold_value, predicted.get(key))
            self.scores.attributes[attribute].record(right)
            if not right:
                self.note(item, f"wrong {attribute}", gold_value, predicted.get(key))

    def items(
        self,
        item: str,
        gold: Sequence[dict],
        predicted: Sequence[dict],
        pairs: Mapping[int, int],
        on_pair: Callable[[dict, dict], None] | None = None,
    ) -> None:
        """Count paired, missed and spurious items of one kind (participants, commitments)."""
        counts = self.scores.counts(item + "s")
        for g, gold_item in enumerate(gold):
            if g in pairs:
                if not _optional(gold_item):
                    counts.tp += 1
                    if on_pair:
                        on_pair(gold_item, predicted[pairs[g]])
            elif not _optional(gold_item):
                counts.fn += 1
                self.note(item, "missed", _label(item, gold_item))
        paired = set(pairs.values())
        for p, predicted_item in enumerate(predicted):
            if p not in paired:
                counts.fp += 1
                self.note(item, "spurious", predicted=_label(item, predicted_item))

    def meetings(self, gold: Sequence[dict], predicted: Sequence[dict]) -> None:
        pairs = _greedy_pairs(gold, predicted, _shared_names)
        counts = self.scores.meetings
        for g, gold_meeting in enumerate(gold):
            if g in pairs:
                if not _optional(gold_meeting):
                    counts.tp += 1
                    self.paired_meeting(gold_meeting, predicted[pairs[g]])
            elif not _optional(gold_meeting):
                counts.fn += 1
                self.note("meeting", "missed", _label("meeting", gold_meeting))
                self.items("participant", gold_meeting.get("participants") or [], [], {})
                self.items("commitment", gold_meeting.get("commitments") or [], [], {})
        paired = set(pairs.values())
        for p, predicted_meeting in enumerate(predicted):
            if p not in paired:
                counts.fp += 1
                self.note("meeting", "spurious", predicted=_label("meeting", predicted_meeting))
                self.items("participant", [], predicted_meeting.get("participants") or [], {})
                self.items("commitment", [], predicted_meeting.get("commitments") or [], {})

    def paired_meeting(self, gold: dict, predicted: dict) -> None:
        self.attributes("meeting", MEETING_ATTRIBUTES, gold, predicted)
        gold_participants = gold.get("participants") or []
        predicted_participants = predicted.get("participants") or []
        self.items(
            "participant",
            gold_participants,
            predicted_participants,
            _participant_pairs(gold_participants, predicted_participants),
            lambda g, p: self.attributes("participant", PARTICIPANT_ATTRIBUTES, g, p),
        )
        gold_commitments = gold.get("commitments") or []
        predicted_commitments = predicted.get("commitments") or []
        self.items(
            "commitment",
            gold_commitments,
            predicted_commitments,
            _greedy_pairs(gold_commitments, predicted_commitments, _commitment_strength),
            lambda g, p: self.attributes("commitment", COMMITMENT_ATTRIBUTES, g, p),
        )


def _label(item: str, record: dict) -> str:
    """A short human-readable label of a record for discrepancy listings."""
    if item == "meeting":
        names = [p.get("name") or f"({p.get('role')})" for p in record.get("participants") or []]
        return f"{as_iso(record.get('date'))} {record.get('format')}: " + ", ".join(
            str(n) for n in names
        )
    if item == "participant":
        return f"{record.get('name')} ({record.get('role')}, {record.get('country')})"
    text = record.get("quote") if "quote" in record else record.get("evidence")
    return f"{record.get('type')}: {text}"


def _score_document(
    document_id: str,
    gold_meetings: Sequence[dict],
    predicted_meetings: Sequence[dict],
    scores: Scores,
    discrepancies: list[Discrepancy],
) -> None:
    _DocumentScorer(document_id, scores, discrepancies).meetings(gold_meetings, predicted_meetings)


def gold_as_predictions(gold: Mapping[str, dict]) -> dict[str, list[dict]]:
    """The gold itself in the predicted shape (quote as evidence): a perfect prediction."""
    predicted: dict[str, list[dict]] = {}
    for document_id, record in gold.items():
        meetings = []
        for meeting in record.get("meetings") or []:
            meetings.append(
                {
                    **{k: v for k, v in meeting.items() if k not in ("optional", "commitments")},
                    "participants": [
                        {k: v for k, v in p.items() if k != "optional"}
                        for p in meeting.get("participants") or []
                    ],
                    "commitments": [
                        {
                            "type": c.get("type"),
                            "evidence": c.get("quote"),
                            "actors": list(c.get("actors") or []),
                            "counterparts": list(c.get("counterparts") or []),
                            "due": c.get("due"),
                        }
                        for c in meeting.get("commitments") or []
                    ],
                }
            )
        predicted[document_id] = meetings
    return predicted
