"""event_id: readouts of one real meeting in different documents share it; others never do."""

import datetime as dt
import json
import random
from dataclasses import replace

import pytest
from conftest import SHARED

from pipelines.extraction import extract_meetings
from pipelines.model import Document
from pipelines.normalization import events
from pipelines.normalization.events import MeetingFacts, event_keys, same_event
from pipelines.sources import read_sources
from pipelines.tables import meeting_tables

CORPUS = SHARED / "corpus"
DAY = dt.date(2022, 3, 30)


def _facts(meeting_id, document_id, day, people, format_="phone", precision="day"):
    return MeetingFacts(meeting_id, document_id, day, precision, format_, frozenset(people))


BIDEN, ZELENSKYY = ("p_biden", "USA"), ("p_zelenskyy", "UKR")
SULLIVAN, BLINKEN = ("p_sullivan", "USA"), ("p_blinken", "USA")
YERMAK, KULEBA = ("p_yermak", "UKR"), ("p_kuleba", "UKR")
PUTIN, XI, RAMAPHOSA = ("p_putin", "RUS"), ("p_xi", "CHN"), ("p_ramaphosa", "ZAF")


def test_two_readouts_of_one_call_a_day_apart_are_one_event():
    white_house = _facts("m_1", "wh", DAY, [BIDEN, ZELENSKYY])
    kyiv = _facts("m_2", "ua", DAY + dt.timedelta(days=1), [ZELENSKYY, BIDEN])
    assert same_event(white_house, kyiv)
    assert event_keys([white_house, kyiv]) == ["m_1", "m_1"]


def test_the_same_people_on_other_days_or_in_another_format_are_other_events():
    first = _facts("m_1", "wh", DAY, [BIDEN, ZELENSKYY])
    assert not same_event(
        first, _facts("m_2", "ua", DAY + dt.timedelta(days=2), [BIDEN, ZELENSKYY])
    )
    assert not same_event(first, _facts("m_3", "ua", DAY, [BIDEN, ZELENSKYY], "in_person"))
    assert not same_event(first, _facts("m_4", "ua", DAY, [BIDEN, ZELENSKYY], precision="month"))
    assert not same_event(first, _facts("m_5", "wh", DAY, [BIDEN, ZELENSKYY]))  # same document


def test_a_different_official_on_one_side_is_another_meeting():
    sullivan = _facts("m_1", "wh", DAY, [SULLIVAN, YERMAK, KULEBA], "in_person")
    blinken = _facts("m_2", "ua", DAY, [BLINKEN, YERMAK, KULEBA], "in_person")
    assert not same_event(sullivan, blinken)


def test_one_leader_calling_two_others_on_one_day_makes_two_events():
    with_xi = _facts("m_1", "kremlin-1", DAY, [PUTIN, XI])
    with_ramaphosa = _facts("m_2", "kremlin-2", DAY, [PUTIN, RAMAPHOSA])
    assert not same_event(with_xi, with_ramaphosa)


def test_a_host_alone_does_not_join_two_domestic_meetings():
    governor = _facts("m_1", "k1", DAY, [PUTIN, ("p_governor", "RUS")], "in_person")
    minister = _facts("m_2", "k2", DAY, [PUTIN, ("p_minister", "RUS")], "in_person")
    again = _facts("m_3", "k3", DAY, [("p_governor", "RUS"), PUTIN], "in_person")
    assert event_keys([governor, minister, again]) == ["m_1", "m_2", "m_1"]


def test_one_publisher_needs_the_very_same_people():
    # A president meets the police chiefs of one province, then of another, with the same
    # minister and inspector general: two readouts of one publisher, two meetings.
    retinue = [("p_president", "LKA"), ("p_minister", "LKA"), ("p_police", "LKA")]
    first = _facts("m_1", "pmd-1", DAY, [*retinue, ("p_secretary", "LKA")], "in_person")
    second = _facts("m_2", "pmd-2", DAY, retinue, "in_person")
    assert same_event(first, second)  # from two publishers, the same people would be one
    first, second = replace(first, publisher="PMD"), replace(second, publisher="PMD")
    assert not same_event(first, second)
    assert same_event(second, replace(second, meeting_id="m_3", document_id="pmd-3"))


def test_a_chain_of_days_never_spans_more_than_one_day_of_tolerance():
    chain = [
        _facts(f"m_{n}", f"d{n}", DAY + dt.timedelta(days=n), [BIDEN, ZELENSKYY]) for n in range(3)
    ]
    keys = event_keys(chain)
    assert keys[0] != keys[2]


def _keys_checking_every_pair(meetings):
    """The matching as specified, without the index or the classes: each meeting in
    meeting_id order joins every meeting it reads as the same, in meeting_id order."""
    clusters = events._Clusters(meetings)
    order = sorted(range(len(meetings)), key=lambda i: meetings[i].meeting_id)
    for i in order:
        for j in order:
            if clusters.root(i) != clusters.root(j) and same_event(meetings[i], meetings[j]):
                clusters.join(i, j)
    first = {}
    for i in order:
        first.setdefault(clusters.root(i), meetings[i].meeting_id)
    return [first[clusters.root(i)] for i in range(len(meetings))]


def _random_meetings(rng: random.Random) -> list[MeetingFacts]:
    pool = [(f"p_{k}", rng.choice(["USA", "UKR", None])) for k in range(rng.randint(2, 6))]
    meetings = []
    for document in range(rng.randint(1, 10)):
        publisher = rng.choice(["wh", "ua", None])
        for _ in range(rng.randint(1, 3)):
            people = rng.sample(pool, rng.randint(0, min(4, len(pool))))
            day = DAY + dt.timedelta(days=rng.randint(0, 3)) if rng.random() > 0.1 else None
            facts = _facts(f"m_{rng.random():.6f}", f"d_{document}", day, people)
            meetings.append(
                replace(facts, publisher=publisher, format=rng.choice(["phone", "video"]))
            )
    # The same facts again in other documents, as when one readout is republished.
    for copy in range(rng.randint(0, 8)):
        meetings.append(
            replace(
                rng.choice(meetings),
                meeting_id=f"m_copy_{copy}",
                document_id=f"d_{rng.randint(0, 12)}",
            )
        )
    return meetings


def test_grouping_identical_meetings_gives_the_events_of_checking_every_pair():
    rng = random.Random(7)
    for _ in range(400):
        meetings = _random_meetings(rng)
        assert event_keys(meetings) == _keys_checking_every_pair(meetings)


def test_a_meeting_reported_in_many_documents_is_one_event_but_never_twice_per_document():
    copies = [_facts(f"m_{n:04d}", f"d_{n}", DAY, [BIDEN, ZELENSKYY]) for n in range(300)]
    # A second meeting with the same people in one document (talks, then a dinner).
    dinner = _facts("m_9999", "d_5", DAY, [BIDEN, ZELENSKYY])
    keys = event_keys([*copies, dinner])
    assert set(keys[:300]) == {"m_0000"}
    assert keys[300] == "m_9999"


@pytest.fixture(scope="module")
def pair_tables(tmp_path_factory):
    """The pairs corpus (and the bulk documents it names) through the real extractor."""
    pairs = json.loads((CORPUS / "pairs.json").read_text())
    wanted = {d for group in pairs["pairs"] + pairs["not_same"] for d in group["documents"]}
    folder = tmp_path_factory.mktemp("pairs")
    seen = set()
    with open(folder / "pairs.jsonl", "w", encoding="utf-8") as out:
        for name in ("pairs.documents.jsonl", "bulk.documents.jsonl"):
            for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                if record["id"] in wanted and record["id"] not in seen:
                    seen.add(record["id"])
                    out.write(line + "\n")
    assert seen == wanted
    documents = [d for d in read_sources(folder) if isinstance(d, Document)]
    tables = meeting_tables(documents, {d.document_id: extract_meetings(d) for d in documents})
    sources = {d.document_id: d.source_id for d in documents}
    return pairs, tables, sources


def _events_by_source(tables, sources):
    found: dict[str, set[str]] = {}
    for meeting in tables["meetings"].to_pylist():
        found.setdefault(sources[meeting["document_id"]], set()).add(meeting["event_id"])
    return found


def test_readouts_of_one_meeting_in_the_pairs_corpus_share_an_event(pair_tables):
    pairs, tables, sources = pair_tables
    events = _events_by_source(tables, sources)
    for group in pairs["pairs"]:
        first, second = group["documents"]
        assert events[first] & events[second], group["event"]
    rows = {row["event_id"]: row for row in tables["events"].to_pylist()}
    (shared,) = events["wh-808a1214d7"] & events["state-71c46cbb4d"]
    assert rows[shared]["document_count"] == 2 and rows[shared]["meeting_count"] == 2
    assert rows[shared]["date"] == dt.date(2022, 3, 26)
    assert (
        len(rows[shared]["person_ids"].split("; ")) == 5
    )  # Biden, Blinken, Austin, two Ukrainians


def test_different_meetings_in_the_pairs_corpus_never_share_an_event(pair_tables):
    pairs, tables, sources = pair_tables
    events = _events_by_source(tables, sources)
    for group in pairs["not_same"]:
        first, second = group["documents"]
        assert not events.get(first, set()) & events.get(second, set()), group["why"]


def test_every_meeting_has_its_event_row(pair_tables):
    _, tables, _ = pair_tables
    event_ids = set(tables["events"].column("event_id").to_pylist())
    assert set(tables["meetings"].column("event_id").to_pylist()) == event_ids
    counts = sum(tables["events"].column("meeting_count").to_pylist())
    assert counts == tables["meetings"].num_rows
