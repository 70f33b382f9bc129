"""person_id: one id per person across documents and name forms, stable as documents are added."""

import datetime as dt
import random

import pyarrow.parquet as pq

from pipelines import cli
from pipelines.model import Document, ExtractedMeeting, ExtractedParticipant
from pipelines.normalization.people import Mention, person_keys, skeleton
from pipelines.normalization.roles import role_category
from pipelines.normalization.stability import reuse_published_person_ids
from pipelines.tables import meeting_tables


def _mention(name, role=None, country=None):
    return Mention(name, role, role_category(role), None, country)


def _keys(*mentions):
    return person_keys(list(mentions))


def test_name_forms_of_one_person_share_a_key():
    groups = [
        [
            _mention("Antony J. Blinken", "Secretary of State", "USA"),
            _mention("Antony Blinken", "Secretary of State", "USA"),
            _mention("Anthony Blinken", "Secretary", "USA"),
            _mention("Blinken", "Secretary", "USA"),
        ],
        [
            _mention("Volodymyr Zelenskyy", "President", "UKR"),
            _mention("Zelenskyy", "President", "UKR"),
            _mention("Zelensky", "President", "UKR"),
        ],
        [
            _mention("Anura Kumara Dissanayake", "President", "LKA"),
            _mention("Disanayake", "President", "LKA"),
        ],
        [
            _mention("Kishida Fumio", "Prime Minister", "JPN"),
            _mention("Fumio Kishida", "Prime Minister", "JPN"),
        ],
        [
            _mention("Joseph R. Biden, Jr.", "President", "USA"),
            _mention("Joe Biden", "President", "USA"),
            _mention("Biden", "President", "USA"),
        ],
    ]
    everyone = [m for group in groups for m in group]
    keys = _keys(*everyone)
    position = 0
    found = []
    for group in groups:
        group_keys = set(keys[position : position + len(group)])
        position += len(group)
        assert len(group_keys) == 1, group
        found.append(group_keys.pop())
    assert len(set(found)) == len(groups)


def test_people_sharing_a_surname_stay_apart():
    keys = _keys(
        _mention("Nikolai Patrushev", "Secretary of the Security Council", "RUS"),
        _mention("Dmitry Patrushev", "Minister of Agriculture", "RUS"),
        _mention("Vijitha Herath", "Minister of Foreign Affairs", "LKA"),
        _mention("Arjuna Herath", "Member of Parliament", "LKA"),
        _mention("Kim Jong Un", "Chairman", "PRK"),
        _mention("Kim Hong-kyun", "Ambassador", "KOR"),
    )
    assert len(set(keys)) == 6


def test_a_surname_alone_goes_to_the_person_with_its_role():
    keys = _keys(
        _mention("Joe Biden", "President", "USA"),
        _mention("Hunter Biden", None, "USA"),
        _mention("Biden", "President", "USA"),
        _mention("Patrushev", "Security Council Secretary", "RUS"),
        _mention("Nikolai Patrushev", "Secretary of the Security Council", "RUS"),
        _mention("Dmitry Patrushev", "Minister of Agriculture", "RUS"),
    )
    assert keys[2] == keys[0] != keys[1]
    assert keys[3] == keys[4] != keys[5]


def test_a_full_name_with_a_slipped_country_joins_its_person():
    keys = _keys(
        _mention("Gustavo Petro", "President-elect", "COL"),
        _mention("Gustavo Petro", "President-elect", "COL"),
        _mention("President-Elect Gustavo Petro", None, "USA"),
    )
    assert len(set(keys)) == 1


def test_spelling_skeleton_merges_transliterations_only():
    assert skeleton("zelenskyy") == skeleton("zelensky") == skeleton("zelenskiy")
    assert skeleton("dissanayake") == skeleton("disanayake")
    assert skeleton("anthony") == skeleton("antony")
    assert skeleton("herath") != skeleton("perera")


def test_adding_a_fuller_name_form_keeps_the_key():
    before = _keys(_mention("Antony Blinken", "Secretary of State", "USA"))
    after = _keys(
        _mention("Antony Blinken", "Secretary of State", "USA"),
        _mention("Antony J. Blinken", "Secretary of State", "USA"),
        _mention("Secretary Blinken", "Secretary", "USA"),
    )
    assert set(after) == set(before)


TEXT_ONE = "Secretary Blinken met Foreign Minister Dmytro Kuleba of Ukraine in Washington."
TEXT_TWO = "Secretary of State Antony Blinken met Foreign Minister Dmytro Kuleba in Kyiv."


def _document(document_id, text, day):
    return Document(
        document_id, document_id, f"{document_id}.txt", None, None, None, None, day, "en", text
    )


def _meeting(text, day, blinken, blinken_role):
    end = len(text)
    people = [
        ExtractedParticipant(blinken, blinken, blinken_role, None, "USA", 0, end),
        ExtractedParticipant(
            "Dmytro Kuleba", "Dmytro Kuleba", "Foreign Minister", None, "UKR", 0, end
        ),
    ]
    return ExtractedMeeting(
        day, "day", "text", "in_person", "bilateral", None, None, None, 0, end, people
    )


def _corpus(with_second: bool):
    one, two = dt.date(2021, 8, 5), dt.date(2021, 9, 8)
    documents = [_document("a" * 16, TEXT_ONE, one)]
    extractions = {"a" * 16: [_meeting(TEXT_ONE, one, "Blinken", "Secretary")]}
    if with_second:
        documents.append(_document("b" * 16, TEXT_TWO, two))
        extractions["b" * 16] = [_meeting(TEXT_TWO, two, "Antony Blinken", "Secretary of State")]
    return documents, extractions


def _ids(tables):
    return {
        row["person_id"]
        for row in tables["participants"].to_pylist()
        if row["name"] and "Blinken" in row["name"]
    }


def test_a_published_id_survives_a_document_that_completes_the_name():
    first = meeting_tables(*_corpus(False))
    (published,) = _ids(first)
    fresh = meeting_tables(*_corpus(True))
    (merged,) = _ids(fresh)  # the two forms are one person...
    assert merged != published  # ...whose canonical key now has the given-name initial
    kept = reuse_published_person_ids(fresh, first["participants"])
    assert _ids(kept) == {published}
    people = {row["person_id"]: row for row in kept["people"].to_pylist()}
    assert people[published]["name"] == "Antony Blinken"
    assert people[published]["meeting_count"] == 2
    assert kept["people"].column("person_id").to_pylist() == sorted(people)
    assert published in kept["events"].column("person_ids")[0].as_py()


def test_the_people_table_summarises_each_person():
    tables = meeting_tables(*_corpus(True))
    people = {row["name"]: row for row in tables["people"].to_pylist()}
    kuleba = people["Dmytro Kuleba"]
    assert (kuleba["country_code"], kuleba["country_name"]) == ("UKR", "Ukraine")
    assert kuleba["roles"] == "Foreign Minister (2021-08-05 to 2021-09-08)"
    assert kuleba["role_category"] == "foreign_minister"
    assert (kuleba["first_seen"], kuleba["last_seen"], kuleba["meeting_count"]) == (
        dt.date(2021, 8, 5),
        dt.date(2021, 9, 8),
        2,
    )
    assert people["Antony Blinken"]["name_forms"] == "Antony Blinken; Blinken"


def test_a_rebuild_with_a_new_document_keeps_published_person_ids(tmp_path):
    seeds, outputs = tmp_path / "seeds", tmp_path / "outputs"
    seeds.mkdir()
    (seeds / "one.txt").write_text(
        "Secretary Blinken met with Foreign Minister of Ukraine Dmytro Kuleba in Washington on "
        "August 5, 2021. They discussed security.\n"
    )
    assert cli.main(["build", "--seeds", str(seeds), "--outputs", str(outputs)]) == 0

    def blinken_ids():
        rows = pq.read_table(outputs / "latest" / "participants.parquet").to_pylist()
        return {r["source"]: r["person_id"] for r in _with_source(rows) if "Blinken" in r["name"]}

    def _with_source(rows):
        documents = pq.read_table(outputs / "latest" / "documents.parquet").to_pylist()
        sources = {d["document_id"]: d["source_id"] for d in documents}
        return [{**r, "source": sources[r["document_id"]]} for r in rows if r["name"]]

    before = blinken_ids()
    (seeds / "two.txt").write_text(
        "Secretary of State Antony Blinken met with Foreign Minister of Ukraine Dmytro Kuleba in "
        "Kyiv on September 8, 2021. They discussed security.\n"
    )
    assert cli.main(["build", "--seeds", str(seeds), "--outputs", str(outputs)]) == 0
    after = blinken_ids()
    assert set(after) == {"one", "two"}
    assert after["one"] == after["two"] == before["one"]


def test_distinct_mentions_with_their_counts_resolve_as_every_row_does():
    pool = [
        _mention("Antony Blinken", "Secretary of State", "USA"),
        _mention("Blinken", "Secretary", "USA"),
        _mention("Blinken", "Secretary", None),
        _mention("Lee Jae-myung", "President", "KOR"),
        _mention("Jae-myung Lee", "President", "KOR"),
        _mention("Lee", "Foreign Minister", "KOR"),
        _mention("Kim", None, "KOR"),
        _mention(None, "Ambassador", "JPN"),
    ]
    rng = random.Random(3)
    for _ in range(200):
        rows = [rng.choice(pool) for _ in range(rng.randint(1, 30))]
        distinct = list(dict.fromkeys(rows))
        counts = [rows.count(m) for m in distinct]
        by_mention = dict(zip(distinct, person_keys(distinct, counts), strict=True))
        assert [by_mention[m] for m in rows] == person_keys(rows)
