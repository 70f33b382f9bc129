import pyarrow as pa
import pyarrow.compute as pc

from pipelines.validation import validate_tables

from sample_tables import sample_tables


def _replace(table: pa.Table, column: str, values: list) -> pa.Table:
    index = table.column_names.index(column)
    return table.set_column(index, table.field(column), pa.array(values, table.field(column).type))


def _failed(tables) -> set[str]:
    return {o.name for o in validate_tables(tables).failures}


def test_valid_tables_pass_every_check():
    report = validate_tables(sample_tables())
    assert report.passed, report.failures
    names = {o.name for o in report.outcomes}
    assert {
        "meetings_match_json_schema",
        "meetings_meet_expectations",
        "meetings_evidence_matches_text",
        "participants_rows_match_meeting_counts",
        "commitment_parties_meet_expectations",
    } <= names


def test_unknown_country_code_fails_schema_and_expectations():
    tables = sample_tables()
    tables["meetings"] = _replace(tables["meetings"], "country_code", ["XYZ"])
    assert {"meetings_meet_expectations"} <= _failed(tables)


def test_duplicate_key_fails_expectations():
    tables = sample_tables()
    people = tables["participants"]
    same = [people.column("participant_id")[0].as_py()] * people.num_rows
    tables["participants"] = _replace(people, "participant_id", same)
    assert "participants_meet_expectations" in _failed(tables)


def test_dangling_reference_fails_expectations():
    tables = sample_tables()
    tables["commitments"] = _replace(tables["commitments"], "meeting_id", ["m_ffffffffffffffff"])
    assert "commitments_meet_expectations" in _failed(tables)


def test_enum_violation_fails_schema():
    tables = sample_tables()
    tables["commitments"] = _replace(tables["commitments"], "type", ["promise"])
    assert {"commitments_match_json_schema", "commitments_meet_expectations"} <= _failed(tables)


def test_evidence_that_is_not_the_text_slice_fails():
    tables = sample_tables()
    meetings = tables["meetings"]
    shifted = pc.add(meetings.column("evidence_start"), pa.scalar(1, pa.int32()))
    tables["meetings"] = meetings.set_column(
        meetings.column_names.index("evidence_start"), "evidence_start", shifted
    )
    assert "meetings_evidence_matches_text" in _failed(tables)


def test_wrong_participant_count_fails():
    tables = sample_tables()
    tables["meetings"] = _replace(tables["meetings"], "participant_count", [5])
    assert _failed(tables) == {"participants_rows_match_meeting_counts"}
