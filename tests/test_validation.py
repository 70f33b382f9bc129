
"""The validation gate: each way a table can break fails its check; completeness only warns."""

import dataclasses
import datetime as dt
import json
import re

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from pipelines import cli
from pipelines.defs import normalize
from pipelines.model import Rejection
from pipelines.release import verify_release
from pipelines.schemas import TABLE_NAMES
from pipelines.tables import documents_table, meeting_tables, rejections_table
from pipelines.validation import check_table, expectations, integrity, validate_tables
from pipelines.validation.completeness import COMPLETENESS_MEASURES, filled
from pipelines.validation.gate import planned_checks, referenced_tables
from pipelines.validation.records import _rowwise_errors, record_errors

from sample_tables import sample_document, sample_meeting, sample_tables


def _replace(table: pa.Table, column: str, values: list) -> pa.Table:
    index = table.column_names.index(column)
    field = table.field(column)
    if pa.types.is_dictionary(field.type):
        array = pa.array(values, pa.string()).dictionary_encode()
    else:
        array = pa.array(values, field.type)
    return table.set_column(index, field, array)


def _failed(tables, table: str | None = None) -> set[str]:
    """Blocking checks that fail: of one table (quicker), or of all."""
    if table is None:
        return {o.name for o in validate_tables(tables).failures}
    return {o.name for o in check_table(table, tables) if o.blocking and not o.passed}


def _outcome(tables, name):
    table = next(t for t in sorted(TABLE_NAMES, key=len, reverse=True) if name.startswith(t))
    return next(o for o in check_table(table, tables) if o.name == name)


def _two_document_tables() -> dict:
    """Sample tables plus a second document (with its own meeting), for cross-row checks."""
    first = sample_document()
    second = dataclasses.replace(first, document_id="fedcba9876543210", source_id="second")
    meetings = {first.document_id: [sample_meeting()], second.document_id: [sample_meeting()]}
    return {
        "documents": documents_table([first, second]),
        "rejections": rejections_table([]),
        **meeting_tables([first, second], meetings),
    }


def test_valid_tables_pass_every_check():
    report = validate_tables(sample_tables())
    assert report.passed, report.failures
    assert report.warnings == []
    names = {o.name for o in report.outcomes}
    assert {
        "meetings_match_json_schema",
        "meetings_meet_expectations",
        "meetings_evidence_matches_text",
        "meetings_dates_are_plausible",
        "participants_rows_match_meeting_counts",
        "participants_same_document_as_meeting",
        "commitment_parties_meet_expectations",
        "rejections_meet_expectations",
        "meetings_completeness_date",
        "participants_completeness_role",
    } <= names


def test_every_table_is_checked_only_against_tables_published_before_it():
    for name in TABLE_NAMES:
        earlier = TABLE_NAMES[: TABLE_NAMES.index(name)]
        assert set(referenced_tables(name)) <= set(earlier), name
    assert referenced_tables("rejections") == ["documents"]


def test_planned_checks_are_the_checks_that_run():
    tables = sample_tables()
    ran = [(o.name, o.blocking) for o in validate_tables(tables).outcomes]
    planned = [(c.name, c.blocking) for name in TABLE_NAMES for c in planned_checks(name)]
    assert ran == planned


# Keys


def test_duplicate_key_fails_expectations():
    tables = sample_tables()
    people = tables["participants"]
    same = [people.column("participant_id")[0].as_py()] * people.num_rows
    tables["participants"] = _replace(people, "participant_id", same)
    assert "participants_meet_expectations" in _failed(tables, "participants")


def test_null_key_fails_schema_and_expectations():
    tables = sample_tables()
    tables["meetings"] = _replace(tables["meetings"], "meeting_id", [None])
    assert {"meetings_match_json_schema", "meetings_meet_expectations"} <= _failed(
        tables, "meetings"
    )


# References


def test_meeting_whose_document_is_missing_fails():
    tables = sample_tables()
    tables["meetings"] = _replace(tables["meetings"], "document_id", ["ffffffffffffffff"])
    assert "meetings_meet_expectations" in _failed(tables, "meetings")


def test_participant_whose_meeting_is_missing_fails():
    tables = sample_tables()
    people = tables["participants"]
    tables["participants"] = _replace(people, "meeting_id", ["m_ffffffffffffffff"] * 2)
    assert "participants_meet_expectations" in _failed(tables, "participants")


def test_dangling_commitment_reference_fails_expectations():
    tables = sample_tables()
    tables["commitments"] = _replace(tables["commitments"], "meeting_id", ["m_ffffffffffffffff"])
    assert "commitments_meet_expectations" in _failed(tables, "commitments")


@pytest.mark.parametrize("column", ["commitment_id", "participant_id"])
def test_party_whose_commitment_or_participant_is_missing_fails(column):
    tables = sample_tables()
    parties = tables["commitment_parties"]
    tables["commitment_parties"] = _replace(parties, column, ["x_missing"] * parties.num_rows)
    assert _failed(tables) == {"commitment_parties_meet_expectations"}


def test_duplicate_of_must_name_a_kept_document_when_set():
    tables = sample_tables()
    kept = tables["documents"].column("document_id")[0].as_py()
    duplicate = Rejection("copy.txt", "copy", "duplicate", "same text as sample.txt", kept)
    tables["rejections"] = rejections_table([duplicate])
    assert validate_tables(tables).passed
    dangling = dataclasses.replace(duplicate, duplicate_of="ffffffffffffffff")
    tables["rejections"] = rejections_table([dangling])
    assert _failed(tables) == {"rejections_meet_expectations"}


def test_participant_from_another_document_than_its_meeting_fails():
    tables = _two_document_tables()
    assert validate_tables(tables).passed
    people = tables["participants"]
    documents = people.column("document_id").to_pylist()
    tables["participants"] = _replace(people, "document_id", documents[::-1])
    failed = _failed(tables, "participants")
    assert "participants_same_document_as_meeting" in failed
    assert "participants_meet_expectations" not in failed


# Enumerations and country codes


def test_enum_violation_fails_schema():
    tables = sample_tables()
    tables["commitments"] = _replace(tables["commitments"], "type", ["promise"])
    assert {"commitments_match_json_schema", "commitments_meet_expectations"} <= _failed(
        tables, "commitments"
    )


def test_meeting_format_outside_its_vocabulary_fails():
    tables = sample_tables()
    tables["meetings"] = _replace(tables["meetings"], "format", ["teleconference"])
    assert {"meetings_match_json_schema", "meetings_meet_expectations"} <= _failed(
        tables, "meetings"
    )


def test_unknown_country_code_fails_expectations():
    tables = sample_tables()
    tables["meetings"] = _replace(tables["meetings"], "country_code", ["XYZ"])
    assert "meetings_meet_expectations" in _failed(tables, "meetings")


def test_malformed_participant_country_code_fails_schema_and_expectations():
    tables = sample_tables()
    tables["participants"] = _replace(tables["participants"], "country_code", ["FRA", "uk"])
    outcome = _outcome(tables, "participants_match_json_schema")
    assert not outcome.passed
    assert outcome.details["invalid_rows"] == 1
    assert outcome.details["errors"][0].startswith("row 1: country_code:")
    assert "participants_meet_expectations" in _failed(tables, "participants")


# Dates


@pytest.mark.parametrize(
    ("date", "plausible"),
    [
        (dt.date(2024, 5, 7), True),  # the publication date
        (dt.date(2024, 5, 8), True),  # the day after: time zones
        (dt.date(2024, 5, 9), False),
        (dt.date(2031, 1, 1), False),
        (dt.date(1900, 1, 1), True),
        (dt.date(1899, 12, 31), False),
    ],
)
def test_meeting_date_lies_between_1900_and_the_day_after_publication(date, plausible):
    tables = sample_tables()
    tables["meetings"] = _replace(tables["meetings"], "date", [date])
    assert _outcome(tables, "meetings_dates_are_plausible").passed == plausible


def test_without_a_publication_date_only_the_1900_floor_applies():
    tables = sample_tables()
    undated = dataclasses.replace(sample_document(), published_at=None, published_date=None)
    tables["documents"] = documents_table([undated])
    tables["meetings"] = _replace(tables["meetings"], "date", [dt.date(2031, 1, 1)])
    assert _outcome(tables, "meetings_dates_are_plausible").passed
    tables["meetings"] = _replace(tables["meetings"], "date", [dt.date(1800, 1, 1)])
    assert not _outcome(tables, "meetings_dates_are_plausible").passed


# Evidence


def test_evidence_that_is_not_the_text_slice_fails():
    tables = sample_tables()
    meetings = tables["meetings"]
    shifted = pc.add(meetings.column("evidence_start"), pa.scalar(1, pa.int32()))
    tables["meetings"] = meetings.set_column(
        meetings.column_names.index("evidence_start"), "evidence_start", shifted
    )
    assert "meetings_evidence_matches_text" in _failed(tables, "meetings")


def test_evidence_offsets_outside_the_text_fail():
    tables = sample_tables()
    people = tables["participants"]
    tables["participants"] = _replace(people, "evidence_end", [10_000, 10_000])
    outcome = _outcome(tables, "participants_evidence_matches_text")
    assert not outcome.passed
    assert "outside a text" in outcome.details["examples"][0]


def test_evidence_is_checked_batch_by_batch_with_rows_numbered_across_batches(monkeypatch):
    monkeypatch.setattr(integrity, "EVIDENCE_BATCH_ROWS", 1)
    tables = sample_tables()
    people = tables["participants"]
    assert integrity.evidence_mismatches(people, tables["documents"]) == []
    people = _replace(people, "evidence", [people.column("evidence")[0].as_py(), "Not it."])
    assert integrity.evidence_mismatches(people, tables["documents"]) == [
        f"row 1: evidence differs from the text at "
        f"{people.column('evidence_start')[1]}-{people.column('evidence_end')[1]}"
    ]


# Counts


def test_wrong_participant_count_fails():
    tables = sample_tables()
    tables["meetings"] = _replace(tables["meetings"], "participant_count", [5])
    assert _failed(tables) == {"participants_rows_match_meeting_counts"}


def test_wrong_commitment_count_fails():
    tables = sample_tables()
    tables["meetings"] = _replace(tables["meetings"], "commitment_count", [0])
    assert _failed(tables) == {"commitments_rows_match_meeting_counts"}


# Completeness


def test_completeness_below_threshold_warns_without_blocking():
    tables = sample_tables()
    tables["meetings"] = _replace(tables["meetings"], "country_code", [None])
    tables["participants"] = _replace(tables["participants"], "role", [None, "Foreign Secretary"])
    report = validate_tables(tables)
    assert report.passed
    assert {o.name for o in report.warnings} == {
        "meetings_completeness_country",
        "participants_completeness_role",
    }
    completeness = report.to_dict()["completeness"]
    assert completeness["participants_completeness_role"] == {
        "share": 0.5,
        "threshold": 0.7,
        "rows": 2,
        "filled": 1,
    }
    assert completeness["meetings_completeness_date"]["share"] == 1.0


def test_every_completeness_measure_is_reported_with_its_threshold():
    report = validate_tables(sample_tables()).to_dict()
    assert set(report["completeness"]) == {m.check_name for m in COMPLETENESS_MEASURES}
    thresholds = {m.check_name: m.threshold for m in COMPLETENESS_MEASURES}
    assert thresholds == {
        "meetings_completeness_date": 0.9,
        "meetings_completeness_country": 0.5,
        "meetings_completeness_two_participants": 0.9,
        "participants_completeness_role": 0.7,
        "participants_completeness_country": 0.8,
    }


def test_a_meeting_with_one_participant_counts_against_two_participants():
    tables = sample_tables()
    tables["meetings"] = _replace(tables["meetings"], "participant_count", [1])
    outcome = _outcome(tables, "meetings_completeness_two_participants")
    assert not outcome.passed and not outcome.blocking
    assert outcome.details["share"] == 0.0


def test_empty_tables_are_complete():
    tables = sample_tables()
    for name in ("meetings", "participants"):
        tables[name] = tables[name].slice(0, 0)
    outcome = _outcome(tables, "meetings_completeness_date")
    assert outcome.passed and outcome.details["share"] is None


# JSON Schema, column by column


def test_column_wise_schema_errors_agree_with_record_by_record():
    tables = sample_tables()
    people = tables["participants"]
    people = _replace(people, "country_code", ["uk", "GBR"])
    people = _replace(people, "evidence_start", [-1, -1])
    people = _replace(people, "participant_id", ["pt_0000000000000000", "bad id"])
    invalid, messages = record_errors("participants", people)
    assert invalid == _rowwise_errors("participants", people)[0] == 2
    # One message per distinct invalid value, at the first row holding it.
    assert [m.split(":")[0:2] for m in messages] == [
        ["row 0", " country_code"],
        ["row 0", " evidence_start"],
        ["row 1", " participant_id"],
    ]


def test_a_text_column_is_checked_by_length_with_the_validators_own_message():
    people = sample_tables()["participants"]
    people = _replace(people, "evidence", ["", "Fine evidence."])
    invalid, messages = record_errors("participants", people)
    assert invalid == _rowwise_errors("participants", people)[0] == 1
    assert messages == ["row 0: evidence: '' should be non-empty"]


def test_blank_values_are_not_filled_whatever_the_whitespace():
    column = pa.chunked_array([["", " ", "\u00a0", "\u2003\n", "x", " y ", None]])
    assert filled(column).to_pylist() == [False, False, False, False, True, True, False]


def test_a_missing_or_extra_column_fails_every_record():
    tables = sample_tables()
    people = tables["participants"]
    invalid, messages = record_errors("participants", people.drop_columns(["role"]))
    assert invalid == people.num_rows
    assert "'role' is a required property" in messages[0]
    extra = people.append_column("note", pa.array(["x"] * people.num_rows))
    assert record_errors("participants", extra)[0] == people.num_rows


# Nothing is published when a blocking check fails; warnings still publish


def _build(seeds, outputs) -> int:
    return cli.main(["build", "--seeds", str(seeds), "--outputs", str(outputs)])


def _patch_meetings(monkeypatch, column, value):
    original = normalize.resolved_tables

    def patched(extractions, publishers):
        tables = original(extractions, publishers)
        meetings = tables["meetings"]
        tables["meetings"] = _replace(meetings, column, [value] * meetings.num_rows)
        return tables

    monkeypatch.setattr(normalize, "resolved_tables", patched)


def test_an_implausible_meeting_date_blocks_publishing(seed_folder, tmp_path, monkeypatch, capsys):
    outputs = tmp_path / "outputs"
    _patch_meetings(monkeypatch, "date", dt.date(1850, 1, 1))
    assert _build(seed_folder, outputs) == cli.CHECK_FAILED_EXIT
    assert re.search(r"failed\s+meetings_dates_are_plausible", capsys.readouterr().out)
    assert not (outputs / "latest").exists()
    assert not (outputs / "releases").exists() or not any((outputs / "releases").iterdir())


def test_a_completeness_warning_still_publishes(seed_folder, tmp_path, monkeypatch, capsys):
    outputs = tmp_path / "outputs"
    _patch_meetings(monkeypatch, "country_code", None)
    assert _build(seed_folder, outputs) == 0
    assert re.search(r"warning\s+meetings_completeness_country", capsys.readouterr().out)
    release = (outputs / "latest").resolve()
    assert verify_release(release) == []
    report = json.loads((release / "validation_report.json").read_text())
    assert report["passed"] is True
    assert report["completeness"]["meetings_completeness_country"]["share"] == 0.0
    failed = {c["name"]: c["blocking"] for c in report["checks"] if not c["passed"]}
    assert failed["meetings_completeness_country"] is False
    assert not any(failed.values())


def test_the_expectation_suite_keeps_no_data_once_run():
    """The Great Expectations context is shared by every check; a data source left in it would
    keep the last frame, and the table memory that frame shares, until the next run."""
    results = expectations.expectation_results("meetings", sample_tables())
    assert results and all(r["success"] for r in results)
    _, context = expectations._context()
    assert [source.name for source in context.data_sources.all().values()] == []
