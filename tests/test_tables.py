from pipelines.tables import documents_from_table, stable_id

from sample_tables import SECOND, TEXT, sample_document, sample_tables


def test_ids_are_deterministic_and_prefixed():
    first, second = sample_tables(), sample_tables()
    for name in ("meetings", "participants", "commitments"):
        assert first[name].equals(second[name])
    assert stable_id("m", "doc", 0) == stable_id("m", "doc", 0) != stable_id("m", "doc", 1)
    assert first["meetings"].column("meeting_id")[0].as_py().startswith("m_")


def test_rows_link_up_and_carry_their_evidence():
    tables = sample_tables()
    meeting = tables["meetings"].to_pylist()[0]
    assert meeting["participant_count"] == 2 and meeting["commitment_count"] == 1
    assert meeting["evidence"] == TEXT[: SECOND - 1]
    people = tables["participants"].to_pylist()
    assert {p["meeting_id"] for p in people} == {meeting["meeting_id"]}
    assert people[0]["person_id"] != people[1]["person_id"]
    parties = tables["commitment_parties"].to_pylist()
    assert [p["party_role"] for p in parties] == ["actor", "actor"]
    assert {p["participant_id"] for p in parties} == {p["participant_id"] for p in people}
    assert tables["commitments"].column("evidence")[0].as_py().startswith("The ministers signed")


def test_documents_round_trip_through_their_table():
    document = sample_document()
    assert documents_from_table(sample_tables()["documents"]) == [document]


def test_participants_get_role_categories_and_country_names():
    people = sample_tables()["participants"].to_pylist()
    assert [p["role_category"] for p in people] == ["foreign_minister", "foreign_minister"]
    assert [p["country_name"] for p in people] == ["France", "United Kingdom"]
    meeting = sample_tables()["meetings"].to_pylist()[0]
    assert meeting["country_name"] == "France"


def test_people_and_events_summarise_the_meetings():
    tables = sample_tables()
    people = tables["people"].to_pylist()
    assert sorted(p["name"] for p in people) == ["Alice Smith", "Bob Jones"]
    assert {p["person_id"] for p in people} == set(
        tables["participants"].column("person_id").to_pylist()
    )
    (event,) = tables["events"].to_pylist()
    meeting = tables["meetings"].to_pylist()[0]
    assert event["event_id"] == meeting["event_id"]
    assert (event["date"], event["format"], event["city"]) == (
        meeting["date"],
        "in_person",
        "Paris",
    )
    assert event["document_ids"] == meeting["document_id"]
    assert event["person_ids"] == "; ".join(sorted(p["person_id"] for p in people))
    assert (event["meeting_count"], event["document_count"], event["person_count"]) == (1, 1, 2)
