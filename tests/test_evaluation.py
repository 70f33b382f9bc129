"""Tests of the scoring of FORMAT.md (pipelines.evaluation)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from pipelines.evaluation import (
    dates_match,
    format_discrepancies,
    format_report,
    gold_as_predictions,
    load_gold,
    names_match,
    predictions_from_extractions,
    predictions_from_release,
    predictions_from_tables,
    publisher_of,
    quote_coverage,
    roles_match,
    score,
)
from pipelines.evaluation.report import ATTRIBUTES, ITEM_KINDS, Scores
from pipelines.model import ExtractedCommitment, ExtractedMeeting, ExtractedParticipant

EVAL_DIR = Path("/work/shared/eval")
SEED_GOLD = EVAL_DIR / "seed.gold.jsonl"
DEV_GOLD = EVAL_DIR / "dev.gold.jsonl"


def participant(name, role="Minister", country="ARM", optional=False):
    record = {"name": name, "role": role, "organization": None, "country": country}
    if optional:
        record["optional"] = True
    return record


def commitment(type_, text, actors=(), counterparts=(), due=None, optional=False, gold=True):
    record = {
        "type": type_,
        "quote" if gold else "evidence": text,
        "actors": list(actors),
        "counterparts": list(counterparts),
        "due": due,
    }
    if optional:
        record["optional"] = True
    return record


def meeting(participants, commitments=(), optional=False, **fields):
    record = {
        "date": "2021-03-05",
        "date_basis": "text",
        "format": "in_person",
        "city": "Yerevan",
        "country": "ARM",
        "kind": "bilateral",
        "optional": optional,
        "participants": list(participants),
        "commitments": list(commitments),
    }
    record.update(fields)
    return record


def gold_of(*records):
    return {record["id"]: record for record in records}


def assert_all_defined_figures_are_one(scores: Scores) -> None:
    for kind in ITEM_KINDS:
        counts = scores.counts(kind)
        assert counts.fp == 0 and counts.fn == 0, kind
        for value in (counts.precision, counts.recall, counts.f1):
            assert value in (None, 1.0), kind
    for name, accuracy in scores.attributes.items():
        assert accuracy.value in (None, 1.0), name


# --- name and role matching ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Blinken", "Antony J. Blinken"),
        ("Kishida Fumio", "Fumio Kishida"),
        ("Joe Biden", "Joseph R. Biden, Jr."),
        ("Sergey Lavrov", "Sergei Lavrov"),
        ("Sebastián Piñera", "sebastian pinera"),
        ("Dr. Jill Biden", "Jill Biden"),
        ("H.E. Mr. Ilham Aliyev", "Ilham Aliyev"),
        ("Vyacheslav Volodi n", "Vyacheslav Volodin"),
        ("A. Blinken", "Antony J. Blinken"),  # initials dropped before comparing
        ("Biden", "Hunter Biden"),  # one name's tokens all among the other's
    ],
)
def test_names_that_match(a, b):
    assert names_match(a, b)
    assert names_match(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Joe Biden", "Hunter Biden"),  # shared surname, but "jo" != "hu"
        ("Wang Yi", "Wang Yang"),
        ("Maria Marta Lopez", "Mario Pedro Lopez"),  # other tokens pair one to one
        ("Nguyen Xuan Phuc", "Nguyen Phu Trong"),
        ("Mohammed bin Salman", "Tamim bin Hamad"),  # "bin" is a particle, not a surname
        ("Artur Davtyan", "Igor Krasnov"),
        (None, "Igor Krasnov"),
        (None, None),
        ("Mr.", "Mr."),  # nothing left after dropping honorifics
    ],
)
def test_names_that_do_not_match(a, b):
    assert not names_match(a, b)


@pytest.mark.parametrize(
    ("gold", "predicted", "right"),
    [
        ("Director", "Director of the Federal Security Service", True),
        ("Director of the Federal Security Service", "Director", True),
        ("Minister of Foreign Affairs", "minister for foreign affairs", True),
        ("Deputy Prime Minister/Foreign Minister", "Foreign Minister", True),
        ("Prime Minister", "Foreign Minister", False),
        ("President", None, False),
        ("President", "of the", False),
    ],
)
def test_role_matching(gold, predicted, right):
    assert roles_match(gold, predicted) is right


# --- dates and quotes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "right"),
    [
        ("2021-03-05", "2021-03-05", True),
        ("2021-03-05", dt.date(2021, 3, 5), True),
        ("2021-03-05", "2021-03-06", False),
        ("2021-07", "2021-07-15", True),
        ("2021-07", "2021-07", True),
        ("2021-07", "2021-08-01", False),
        ("2021", "2021-12-31", True),
        ("2021", "2022-01-01", False),
        ("2021-03-05", "2021-03", False),  # a month does not pin a day
        ("2021-03-05", None, False),
    ],
)
def test_dates_match(gold, predicted, right):
    assert dates_match(gold, predicted) is right


def test_quote_coverage_ignores_case_and_white_space():
    quote = "Davtyan and Krasnov signed a joint statement"
    assert quote_coverage(quote, "DAVTYAN  and\nKrasnov signed a Joint   Statement.") == 1.0
    assert quote_coverage(quote, "Krasnov visited") == pytest.approx(1 / 7)


def test_commitments_match_by_type_and_most_of_the_quote_words():
    quote = "the parties agreed to hold the next round of consultations in Yerevan"
    gold = gold_of(
        {
            "id": "x-1",
            "meetings": [
                meeting(
                    [participant("Artur Davtyan"), participant("Igor Krasnov")],
                    [commitment("pledge", quote)],
                )
            ],
        }
    )

    def predicted_with(*commitments):
        predicted = gold_as_predictions(gold)
        predicted["x-1"][0]["commitments"] = list(commitments)
        return score(gold, predicted).overall.commitments

    evidence = "In Yerevan, THE PARTIES agreed to hold\n the next round of consultations."
    right = predicted_with(commitment("pledge", evidence, gold=False))
    assert (right.tp, right.fp, right.fn) == (1, 0, 0)
    wrong_type = predicted_with(commitment("invitation", evidence, gold=False))
    assert (wrong_type.tp, wrong_type.fp, wrong_type.fn) == (0, 1, 1)
    too_little = predicted_with(commitment("pledge", "The parties agreed.", gold=False))
    assert (too_little.tp, too_little.fp, too_little.fn) == (0, 1, 1)


# --- whole-file sanity ---------------------------------------------------------------------


def test_load_gold_keys_records_by_id():
    gold = load_gold(SEED_GOLD)
    assert list(gold) == ["000_cdb1a34271dd60b2"]
    assert len(gold["000_cdb1a34271dd60b2"]["meetings"]) == 2


def test_seed_gold_as_prediction_scores_one():
    gold = load_gold(SEED_GOLD)
    report = score(gold, gold_as_predictions(gold))
    overall = report.overall
    assert (overall.meetings.tp, overall.participants.tp, overall.commitments.tp) == (1, 3, 2)
    for kind in ITEM_KINDS:
        counts = overall.counts(kind)
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0)
    assert overall.attributes["meeting_country"].value == 1.0
    assert overall.attributes["meeting_date"].n == 0  # the seed's date is null: not scored
    assert report.discrepancies == []


def test_dev_gold_against_itself_is_perfect_everywhere():
    gold = load_gold(DEV_GOLD)
    report = score(gold, gold_as_predictions(gold))
    assert report.discrepancies == []
    assert_all_defined_figures_are_one(report.overall)
    for scores in report.by_publisher.values():
        assert_all_defined_figures_are_one(scores)
    assert report.overall.meetings.tp > 50
    assert report.overall.attributes["participant_role"].n > 100


def test_empty_prediction_has_zero_recall():
    gold = load_gold(DEV_GOLD)
    overall = score(gold, {}).overall
    for kind in ITEM_KINDS:
        counts = overall.counts(kind)
        assert counts.recall == 0.0 and counts.f1 == 0.0 and counts.tp == 0
        assert counts.precision is None
        assert counts.fn > 0
    assert all(accuracy.n == 0 for accuracy in overall.attributes.values())


def test_documents_absent_from_gold_are_ignored():
    gold = load_gold(SEED_GOLD)
    predicted = gold_as_predictions(gold)
    predicted["other-doc"] = [meeting([participant("Someone Else")])]
    overall = score(gold, predicted).overall
    assert overall.documents == 1
    assert overall.meetings.fp == 0


# --- optional items, pairing, nameless participants ----------------------------------------


def test_optional_items_are_neither_missed_nor_penalised():
    gold = load_gold(SEED_GOLD)
    with_optional = score(gold, gold_as_predictions(gold)).overall
    predicted = gold_as_predictions(gold)
    del predicted["000_cdb1a34271dd60b2"][1]  # the optional background meeting
    without_optional = score(gold, predicted).overall
    for kind in ITEM_KINDS:
        assert with_optional.counts(kind) == without_optional.counts(kind)


def test_optional_commitment_and_nameless_participant():
    gold = gold_of(
        {
            "id": "x-1",
            "meetings": [
                meeting(
                    [
                        participant("Artur Davtyan"),
                        participant("Igor Krasnov"),
                        participant(None, role="Ambassador", optional=True),
                    ],
                    [
                        commitment("pledge", "agreed to exchange visits"),
                        commitment("pledge", "agreed to hold a forum", optional=True),
                    ],
                )
            ],
        }
    )
    listed = score(gold, gold_as_predictions(gold)).overall
    unlisted_prediction = gold_as_predictions(gold)
    unlisted_prediction["x-1"][0]["participants"].pop()
    unlisted_prediction["x-1"][0]["commitments"].pop()
    unlisted = score(gold, unlisted_prediction).overall
    for overall in (listed, unlisted):
        assert (overall.participants.tp, overall.participants.fp, overall.participants.fn) == (
            2,
            0,
            0,
        )
        assert (overall.commitments.tp, overall.commitments.fp, overall.commitments.fn) == (1, 0, 0)

    two_nameless = gold_as_predictions(gold)
    two_nameless["x-1"][0]["participants"].append(participant(None, role="Adviser"))
    counts = score(gold, two_nameless).overall.participants
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 0)


def test_named_prediction_does_not_pair_with_nameless_gold_participant():
    gold = gold_of(
        {
            "id": "x-1",
            "meetings": [
                meeting(
                    [
                        participant("Artur Davtyan"),
                        participant(None, role="President", optional=True),
                    ]
                )
            ],
        }
    )
    predicted = {"x-1": [meeting([participant("Artur Davtyan"), participant("Some President")])]}
    counts = score(gold, predicted).overall.participants
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


def test_prediction_paired_with_optional_meeting_is_not_counted():
    gold = gold_of(
        {
            "id": "x-1",
            "meetings": [
                meeting([participant("Artur Davtyan"), participant("Igor Krasnov")]),
                meeting([participant("Artur Davtyan"), participant("Ivan Petrov")], optional=True),
            ],
        }
    )
    predicted = {
        "x-1": [
            meeting([participant("Artur Davtyan"), participant("Ivan Petrov")]),
            meeting([participant("Igor Krasnov"), participant("Davtyan")]),
        ]
    }
    overall = score(gold, predicted).overall
    assert (overall.meetings.tp, overall.meetings.fp, overall.meetings.fn) == (1, 0, 0)
    assert (overall.participants.tp, overall.participants.fp, overall.participants.fn) == (2, 0, 0)


def test_meetings_pair_by_most_shared_names_whatever_the_order():
    first = meeting(
        [participant("Artur Davtyan"), participant("Igor Krasnov"), participant("Ivan Petrov")],
        format="in_person",
    )
    second = meeting([participant("Artur Davtyan"), participant("Anna Smirnova")], format="phone")
    gold = gold_of({"id": "x-1", "meetings": [first, second]})
    predicted = {"x-1": [copy.deepcopy(second), copy.deepcopy(first)]}
    overall = score(gold, predicted).overall
    assert (overall.meetings.tp, overall.meetings.fp, overall.meetings.fn) == (2, 0, 0)
    assert overall.attributes["meeting_format"].value == 1.0


def test_meeting_with_no_named_participant_never_pairs():
    gold = gold_of({"id": "x-1", "meetings": [meeting([participant(None, optional=True)])]})
    predicted = {"x-1": [meeting([participant(None)])]}
    overall = score(gold, predicted).overall
    assert (overall.meetings.tp, overall.meetings.fp, overall.meetings.fn) == (0, 1, 1)
    assert (overall.participants.tp, overall.participants.fp, overall.participants.fn) == (0, 1, 0)


# --- attributes ----------------------------------------------------------------------------


def test_month_date_is_matched_by_any_day_in_it_and_null_fields_are_not_scored():
    gold = gold_of(
        {
            "id": "x-1",
            "meetings": [
                meeting(
                    [participant("Artur Davtyan", role=None), participant("Igor Krasnov")],
                    date="2021-01",
                    country=None,
                )
            ],
        }
    )
    predicted = {
        "x-1": [
            meeting(
                [participant("Artur Davtyan", role="Ambassador"), participant("Igor Krasnov")],
                date="2021-01-19",
                country="RUS",
            )
        ]
    }
    attributes = score(gold, predicted).overall.attributes
    assert (attributes["meeting_date"].right, attributes["meeting_date"].n) == (1, 1)
    assert attributes["meeting_country"].n == 0
    assert attributes["participant_role"].n == 1

    predicted["x-1"][0]["date"] = "2021-02-01"
    assert score(gold, predicted).overall.attributes["meeting_date"].value == 0.0


def test_wrong_attributes_lower_accuracy_and_are_listed():
    gold = gold_of(
        {"id": "x-1", "meetings": [meeting([participant("Artur Davtyan", country="ARM")])]}
    )
    predicted = {"x-1": [meeting([participant("Davtyan", role=None, country="RUS")])]}
    report = score(gold, predicted)
    attributes = report.overall.attributes
    assert attributes["participant_country"].value == 0.0
    assert attributes["participant_role"].value == 0.0
    problems = {d.problem for d in report.discrepancies}
    assert problems == {"wrong participant_country", "wrong participant_role"}


def test_discrepancies_with_date_values_serialise_to_json():
    gold = gold_of({"id": "x-1", "meetings": [meeting([participant("Artur Davtyan")])]})
    predicted = {"x-1": [meeting([participant("Artur Davtyan")], date=dt.date(2021, 3, 6))]}
    data = json.loads(json.dumps(score(gold, predicted).to_dict()))
    assert data["discrepancies"] == [
        {
            "document_id": "x-1",
            "item": "meeting",
            "problem": "wrong meeting_date",
            "gold": "2021-03-05",
            "predicted": "2021-03-06",
        }
    ]


# --- per publisher and output --------------------------------------------------------------


def test_per_publisher_split():
    gold = gold_of(
        {"id": "kremlin-a", "meetings": [meeting([participant("Artur Davtyan")])]},
        {"id": "wh-b", "meetings": [meeting([participant("Igor Krasnov")])]},
        {"id": "wh-c", "meetings": []},
    )
    predicted = {"kremlin-a": gold_as_predictions(gold)["kremlin-a"]}
    report = score(gold, predicted)
    assert list(report.by_publisher) == ["kremlin", "wh"]
    assert report.by_publisher["kremlin"].meetings.recall == 1.0
    assert report.by_publisher["wh"].meetings.recall == 0.0
    assert report.by_publisher["wh"].documents == 2
    assert report.overall.meetings.recall == 0.5
    assert publisher_of("000_cdb1a34271dd60b2") == "(none)"


def test_format_report_and_to_dict():
    gold = load_gold(DEV_GOLD)
    report = score(gold, {})
    text = format_report(report)
    assert "meetings" in text and "participant_role" in text
    assert "Publisher kremlin" in text
    data = json.loads(json.dumps(report.to_dict()))
    assert data["overall"]["meetings"]["recall"] == 0.0
    assert set(data["overall"]["attributes"]) == set(ATTRIBUTES)
    assert set(data["by_publisher"]) == {"kremlin", "lkpmd", "state", "ua", "wh"}


# --- converters ----------------------------------------------------------------------------


def test_predictions_from_tables():
    documents = pd.DataFrame(
        {"document_id": ["d1", "d2"], "source_id": ["kremlin-a", "wh-b"], "text": ["...", "..."]}
    )
    meetings = pd.DataFrame(
        {
            "meeting_id": ["m1"],
            "document_id": ["d1"],
            "date": [dt.date(2021, 7, 14)],
            "date_precision": ["month"],
            "date_basis": ["text"],
            "format": ["phone"],
            "kind": ["bilateral"],
            "city": [None],
            "country_code": [None],
            "evidence_start": [0],
        }
    )
    participants = pd.DataFrame(
        {
            "participant_id": ["p1", "p2"],
            "meeting_id": ["m1", "m1"],
            "document_id": ["d1", "d1"],
            "name": ["Artur Davtyan", "Igor Krasnov"],
            "role": ["Prosecutor General", None],
            "organization": [None, None],
            "country_code": ["ARM", "RUS"],
            "evidence_start": [0, 10],
        }
    )
    commitments = pd.DataFrame(
        {
            "commitment_id": ["c1"],
            "meeting_id": ["m1"],
            "document_id": ["d1"],
            "type": ["invitation"],
            "description": ["attend the conference"],
            "due": ["2021-07"],
            "evidence": ["Krasnov invited Davtyan to attend the conference"],
            "evidence_start": [20],
        }
    )
    commitment_parties = pd.DataFrame(
        {
            "commitment_id": ["c1", "c1"],
            "participant_id": ["p2", "p1"],
            "party_role": ["actor", "counterpart"],
        }
    )
    predicted = predictions_from_tables(
        documents, meetings, participants, commitments, commitment_parties
    )
    assert predicted == {
        "kremlin-a": [
            {
                "date": "2021-07",
                "date_basis": "text",
                "format": "phone",
                "city": None,
                "country": None,
                "kind": "bilateral",
                "participants": [
                    {
                        "name": "Artur Davtyan",
                        "role": "Prosecutor General",
                        "organization": None,
                        "country": "ARM",
                    },
                    {"name": "Igor Krasnov", "role": None, "organization": None, "country": "RUS"},
                ],
                "commitments": [
                    {
                        "type": "invitation",
                        "evidence": "Krasnov invited Davtyan to attend the conference",
                        "actors": ["Igor Krasnov"],
                        "counterparts": ["Artur Davtyan"],
                        "due": "2021-07",
                    }
                ],
            }
        ],
        "wh-b": [],
    }


def test_predictions_from_tables_handles_empty_tables_and_timestamps():
    documents = pd.DataFrame({"document_id": ["d1"], "source_id": ["x-1"]})
    meetings = pd.DataFrame(
        {
            "meeting_id": ["m1"],
            "document_id": ["d1"],
            "date": pd.to_datetime(["2021-03-05"]),
            "date_precision": ["day"],
            "country_code": [pd.NA],
        }
    )
    empty = pd.DataFrame(
        columns=["participant_id", "meeting_id", "commitment_id", "party_role", "name"]
    )
    predicted = predictions_from_tables(documents, meetings, empty, empty, empty)
    assert predicted["x-1"][0]["date"] == "2021-03-05"
    assert predicted["x-1"][0]["country"] is None
    assert predicted["x-1"][0]["participants"] == []


def test_predictions_from_extractions_scores_against_seed_gold():
    text = (
        "Artur Davtyan met Igor Krasnov. Krasnov  invited Davtyan to attend the Conference of "
        "Prosecutors General of Europe in July."
    )
    start = text.index("Krasnov  invited")
    extracted = ExtractedMeeting(
        date=dt.date(2021, 1, 1),
        date_precision="year",
        date_basis="text",
        format="in_person",
        kind="bilateral",
        city=None,
        country_code="ARM",
        venue=None,
        evidence_start=0,
        evidence_end=31,
        participants=[
            ExtractedParticipant("Artur Davtyan", "Artur Davtyan", "Prosecutor General", None,
                                 "ARM", 0, 13),
            ExtractedParticipant("Igor Krasnov", "Igor Krasnov", "Prosecutor General", None,
                                 "RUS", 18, 30),
        ],
        commitments=[
            ExtractedCommitment("invitation", "attend the Conference", "2021-07", start,
                                len(text), actors=[1], counterparts=[0]),
        ],
    )  # fmt: skip
    predicted = predictions_from_extractions("000_cdb1a34271dd60b2", [extracted], text)
    assert predicted[0]["date"] == "2021"
    assert predicted[0]["commitments"][0]["evidence"] == text[start:]
    assert predicted[0]["commitments"][0]["actors"] == ["Igor Krasnov"]
    assert predicted[0]["commitments"][0]["counterparts"] == ["Artur Davtyan"]

    overall = score(load_gold(SEED_GOLD), {"000_cdb1a34271dd60b2": predicted}).overall
    assert (overall.meetings.tp, overall.meetings.fp) == (1, 0)
    assert (overall.participants.tp, overall.participants.fn) == (2, 1)
    assert (overall.commitments.tp, overall.commitments.fn) == (1, 1)
    assert overall.attributes["commitment_actors"].value == 1.0


def test_dev_gold_without_its_optional_items_is_still_perfect():
    gold = load_gold(DEV_GOLD)
    predicted = gold_as_predictions(gold)
    for document_id, record in gold.items():
        kept_meetings = []
        for gold_meeting, predicted_meeting in zip(
            record["meetings"], predicted[document_id], strict=True
        ):
            if gold_meeting.get("optional"):
                continue
            for key in ("participants", "commitments"):
                predicted_meeting[key] = [
                    item
                    for item, gold_item in zip(
                        predicted_meeting[key], gold_meeting[key], strict=True
                    )
                    if not gold_item.get("optional")
                ]
            kept_meetings.append(predicted_meeting)
        predicted[document_id] = kept_meetings
    report = score(gold, predicted)
    assert report.discrepancies == []
    assert_all_defined_figures_are_one(report.overall)
    assert (
        report.overall.counts("commitments")
        == score(gold, gold_as_predictions(gold)).overall.commitments
    )


def test_format_discrepancies_lists_missed_and_spurious_items():
    gold = gold_of({"id": "x-1", "meetings": [meeting([participant("Artur Davtyan")])]})
    predicted = {"x-1": [meeting([participant("Igor Krasnov")])]}
    text = format_discrepancies(score(gold, predicted))
    assert "x-1  meeting missed" in text
    assert "x-1  meeting spurious" in text
    assert "Igor Krasnov" in text and "Artur Davtyan" in text
    assert format_discrepancies(score(gold, predicted), limit=1).endswith("more\n")


def test_predictions_from_release_reads_parquet_tables(tmp_path):
    pd.DataFrame({"document_id": ["d1"], "source_id": ["x-1"]}).to_parquet(
        tmp_path / "documents.parquet"
    )
    pd.DataFrame(
        {"meeting_id": ["m1"], "document_id": ["d1"], "format": ["video"], "date": [None]}
    ).to_parquet(tmp_path / "meetings.parquet")
    pd.DataFrame(
        {"participant_id": ["p1"], "meeting_id": ["m1"], "name": ["Artur Davtyan"]}
    ).to_parquet(tmp_path / "participants.parquet")
    pd.DataFrame(
        {"commitment_id": ["c1"], "meeting_id": ["m1"], "type": ["pledge"], "evidence": ["e"]}
    ).to_parquet(tmp_path / "commitments.parquet")
    pd.DataFrame(
        {"commitment_id": ["c1"], "participant_id": ["p1"], "party_role": ["actor"]}
    ).to_parquet(tmp_path / "commitment_parties.parquet")
    predicted = predictions_from_release(tmp_path)
    assert predicted["x-1"][0]["format"] == "video"
    assert predicted["x-1"][0]["participants"][0]["name"] == "Artur Davtyan"
    assert predicted["x-1"][0]["commitments"][0]["actors"] == ["Artur Davtyan"]
