"""All checks of a table, as plain outcomes that Dagster and the release report both show.

Blocking checks decide whether a release is published; completeness checks only warn.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

import pyarrow as pa

from pipelines.mapped_files import release_mapped_pages
from pipelines.schemas import TABLE_NAMES, table_schema
from pipelines.validation.completeness import evaluate_measure, measures_of
from pipelines.validation.expectations import expectation_results
from pipelines.validation.integrity import (
    EVIDENCE_TABLES,
    count_mismatches,
    date_violations,
    document_mismatches,
    evidence_mismatches,
)
from pipelines.validation.records import record_errors

# Child table -> the meetings column that counts its rows.
_MEETING_COUNTS = {"participants": "participant_count", "commitments": "commitment_count"}
# Tables whose rows belong to a meeting and repeat its document_id.
_MEETING_CHILDREN = ("participants", "commitments")
# Tables with a date that must be plausible against the document's publication date.
_DATED_TABLES = ("meetings",)
MAX_EXAMPLES = 20

# Blocking property checked -> what it means; a check's name is "<table>_<property>".
PROPERTIES = {
    "match_json_schema": "Every record conforms to the table's JSON Schema in schemas/.",
    "meet_expectations": "Great Expectations suite: keys unique and non-null, references "
    "resolve, enumerations and ISO country codes hold.",
    "evidence_matches_text": "Each evidence equals documents.text[evidence_start:evidence_end].",
    "rows_match_meeting_counts": "Each meeting's participant_count (commitment_count) equals "
    "its number of rows in this table.",
    "same_document_as_meeting": "Each row's document_id is its meeting's document_id.",
    "dates_are_plausible": "Each meeting's date is not before 1900 and not after its "
    "document's publication date plus one day.",
}

# Tables besides the checked one that each property reads.
_PROPERTY_INPUTS = {
    "evidence_matches_text": ["documents"],
    "rows_match_meeting_counts": ["meetings"],
    "same_document_as_meeting": ["meetings"],
    "dates_are_plausible": ["documents"],
}


@dataclass(frozen=True)
class PlannedCheck:
    """A check as Dagster declares it before running: name, meaning, whether it blocks."""

    name: str
    description: str
    blocking: bool


def planned_properties(name: str) -> list[str]:
    """The blocking properties checked for table `name`, in the order check_table runs them."""
    found = ["match_json_schema", "meet_expectations"]
    if name in EVIDENCE_TABLES:
        found.append("evidence_matches_text")
    if name in _MEETING_COUNTS:
        found.append("rows_match_meeting_counts")
    if name in _MEETING_CHILDREN:
        found.append("same_document_as_meeting")
    if name in _DATED_TABLES:
        found.append("dates_are_plausible")
    return found


def planned_checks(name: str) -> list[PlannedCheck]:
    """Every check of table `name`: the blocking properties, then the completeness warnings."""
    return [
        PlannedCheck(f"{name}_{prop}", PROPERTIES[prop], True) for prop in planned_properties(name)
    ] + [
        PlannedCheck(m.check_name, f"{m.description} Warns below {m.threshold:.0%}.", False)
        for m in measures_of(name)
    ]


def referenced_tables(name: str) -> list[str]:
    """Tables besides `name` that its checks read.

    Only tables published before `name` (TABLE_NAMES order): a blocking check that read a later
    table would wait for that table's checks, which may read this one: a cycle.
    """
    parents = [fk["reference"]["resource"] for fk in table_schema(name).foreign_keys]
    found = parents + [t for p in planned_properties(name) for t in _PROPERTY_INPUTS.get(p, [])]
    return sorted(set(found) - {name})


@dataclass
class CheckOutcome:
    name: str
    table: str
    passed: bool
    blocking: bool
    description: str
    details: dict = field(default_factory=dict)


@dataclass
class ValidationReport:
    outcomes: list[CheckOutcome]

    @property
    def passed(self) -> bool:
        """Whether every blocking check passed; completeness warnings do not count."""
        return all(o.passed for o in self.outcomes if o.blocking)

    @property
    def failures(self) -> list[CheckOutcome]:
        return [o for o in self.outcomes if o.blocking and not o.passed]

    @property
    def warnings(self) -> list[CheckOutcome]:
        return [o for o in self.outcomes if not o.blocking and not o.passed]

    def to_dict(self) -> dict:
        """The report as JSON values, details with sorted keys: the same whether the outcomes
        were computed here or read back from Dagster's check evaluations."""
        checks = [{**asdict(o), "details": _sorted_json(o.details)} for o in self.outcomes]
        return {
            "passed": self.passed,
            "completeness": {c["name"]: c["details"] for c in checks if not c["blocking"]},
            "checks": checks,
        }


def _sorted_json(value: dict) -> dict:
    return json.loads(json.dumps(value, sort_keys=True))


def _problems(problems: list[str]) -> tuple[bool, dict]:
    return not problems, {"mismatches": len(problems), "examples": problems[:MAX_EXAMPLES]}


def _details(name: str, prop: str, tables: dict[str, pa.Table]) -> tuple[bool, dict]:
    table = tables[name]
    if prop == "match_json_schema":
        invalid, messages = record_errors(name, table)
        return invalid == 0, {"rows": table.num_rows, "invalid_rows": invalid, "errors": messages}
    if prop == "meet_expectations":
        results = expectation_results(name, tables)
        failed = [r for r in results if not r["success"]]
        return not failed, {"expectations": len(results), "failed": failed}
    if prop == "evidence_matches_text":
        return _problems(evidence_mismatches(table, tables["documents"]))
    if prop == "rows_match_meeting_counts":
        return _problems(count_mismatches(tables["meetings"], table, _MEETING_COUNTS[name]))
    if prop == "same_document_as_meeting":
        return _problems(document_mismatches(table, tables["meetings"]))
    if prop == "dates_are_plausible":
        return _problems(date_violations(table, tables["documents"]))
    raise ValueError(f"unknown property {prop!r}")


def check_table(name: str, tables: dict[str, pa.Table]) -> list[CheckOutcome]:
    """Run every check of table `name`; `tables` must hold the tables it references."""
    outcomes = []
    for prop in planned_properties(name):
        passed, details = _details(name, prop, tables)
        release_mapped_pages()  # each check reads other columns: let go of the last ones
        outcomes.append(
            CheckOutcome(f"{name}_{prop}", name, passed, True, PROPERTIES[prop], details)
        )
    for measure in measures_of(name):
        passed, details = evaluate_measure(measure, tables[name])
        outcomes.append(
            CheckOutcome(measure.check_name, name, passed, False, measure.description, details)
        )
    return outcomes


def validate_tables(tables: dict[str, pa.Table]) -> ValidationReport:
    """Every check of every table, in publication order."""
    return ValidationReport(
        [outcome for name in TABLE_NAMES if name in tables for outcome in check_table(name, tables)]
    )
