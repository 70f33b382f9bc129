import json

import jsonschema
import pyarrow as pa
import pytest

from pipelines.packaging import data_dictionary, datapackage_descriptor
from pipelines.schemas import SCHEMAS_DIR, TABLE_NAMES, table_from_rows, table_schema

CONTRACT = {
    "documents": [
        "document_id",
        "source_id",
        "source_path",
        "title",
        "publisher",
        "url",
        "published_at",
        "published_date",
        "language",
        "text",
        "char_count",
    ],
    "meetings": [
        "meeting_id",
        "document_id",
        "date",
        "date_precision",
        "date_basis",
        "format",
        "kind",
        "city",
        "country_code",
        "venue",
        "evidence",
        "evidence_start",
        "evidence_end",
        "participant_count",
        "commitment_count",
        "event_id",
    ],
    "participants": [
        "participant_id",
        "meeting_id",
        "document_id",
        "person_id",
        "name",
        "name_as_written",
        "role",
        "role_category",
        "organization",
        "country_code",
        "evidence",
        "evidence_start",
        "evidence_end",
    ],
    "commitments": [
        "commitment_id",
        "meeting_id",
        "document_id",
        "type",
        "description",
        "due",
        "evidence",
        "evidence_start",
        "evidence_end",
    ],
    "commitment_parties": ["commitment_id", "participant_id", "party_role"],
    "rejections": ["source_path", "source_id", "reason", "detail", "duplicate_of"],
    "people": [
        "person_id",
        "name",
        "country_code",
        "roles",
        "role_category",
        "first_seen",
        "last_seen",
        "meeting_count",
        "name_forms",
        "country_name",
    ],
    "events": [
        "event_id",
        "date",
        "format",
        "kind",
        "city",
        "country_code",
        "person_ids",
        "document_ids",
        "meeting_count",
        "document_count",
        "person_count",
        "country_name",
    ],
}


def test_every_table_has_one_valid_json_schema_file():
    assert sorted(p.stem for p in SCHEMAS_DIR.glob("*.json")) == sorted(TABLE_NAMES)
    for name in TABLE_NAMES:
        spec = json.loads((SCHEMAS_DIR / f"{name}.json").read_text())
        jsonschema.Draft202012Validator.check_schema(spec)
        assert spec["required"] == list(spec["properties"])


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_contract_columns_are_all_present_in_order(name):
    columns = table_schema(name).column_names
    assert columns[: len(CONTRACT[name])] == CONTRACT[name]


def test_arrow_types_follow_the_contract():
    meetings = table_schema("meetings").arrow_schema
    assert meetings.field("date").type == pa.date32()
    assert meetings.field("evidence_start").type == pa.int32()
    assert meetings.field("format").type == pa.dictionary(pa.int32(), pa.string())
    assert not meetings.field("meeting_id").nullable
    assert meetings.field("city").nullable
    documents = table_schema("documents").arrow_schema
    assert documents.field("published_at").type == pa.timestamp("us", tz="UTC")


def test_table_from_rows_rejects_a_missing_required_value():
    with pytest.raises((pa.ArrowInvalid, ValueError)):
        table_from_rows(
            "commitment_parties",
            [{"commitment_id": None, "participant_id": "x", "party_role": "actor"}],
        )


def test_datapackage_lists_keys_and_checksums_from_the_schemas():
    files = {name: "ab" * 32 for name in TABLE_NAMES}
    package = datapackage_descriptor("1.0.0-test", files)
    resources = {r["name"]: r for r in package["resources"]}
    assert package["$schema"].endswith("/2.0/datapackage.json")
    assert resources["participants"]["schema"]["primaryKey"] == ["participant_id"]
    foreign = resources["participants"]["schema"]["foreignKeys"]
    assert {
        "fields": ["meeting_id"],
        "reference": {"resource": "meetings", "fields": ["meeting_id"]},
    } in foreign
    assert resources["meetings"]["hash"] == "sha256:" + "ab" * 32
    fields = {f["name"]: f for f in resources["meetings"]["schema"]["fields"]}
    assert fields["format"]["constraints"]["enum"] == ["in_person", "phone", "video"]
    assert fields["date"]["type"] == "date"


def test_data_dictionary_documents_every_column():
    text = data_dictionary("1.0.0-test")
    for name in TABLE_NAMES:
        assert f"## {name}" in text
        for column in table_schema(name).columns:
            assert f"| `{column.name}` |" in text


def test_every_table_with_a_country_code_also_names_the_country():
    for name in TABLE_NAMES:
        columns = table_schema(name).column_names
        if "country_code" in columns:
            assert "country_name" in columns, name
            assert columns.index("country_name") > columns.index("country_code")


def test_people_and_events_are_referenced_and_published_before_their_children():
    order = list(TABLE_NAMES)
    assert order.index("events") < order.index("meetings")
    assert order.index("people") < order.index("participants")
    references = {
        (name, fk["fields"][0]): fk["reference"]["resource"]
        for name in TABLE_NAMES
        for fk in table_schema(name).foreign_keys
    }
    assert references[("meetings", "event_id")] == "events"
    assert references[("participants", "person_id")] == "people"
    files = {name: "ab" * 32 for name in TABLE_NAMES}
    resources = {r["name"]: r for r in datapackage_descriptor("1.0.0-test", files)["resources"]}
    assert resources["people"]["schema"]["primaryKey"] == ["person_id"]
    assert resources["events"]["schema"]["primaryKey"] == ["event_id"]
    dictionary = data_dictionary("1.0.0-test")
    assert "`head_of_state`" in dictionary and "## people" in dictionary
