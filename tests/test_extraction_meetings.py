"""End-to-end behaviour of extract_meetings on real readout texts (public government text)."""

import datetime as dt
import json
from pathlib import Path

from pipelines.dates import parse_publication
from pipelines.extraction import extract_meetings
from pipelines.extraction.formats import classify_format
from pipelines.extraction.principals import principal_of
from pipelines.model import Document

SEED = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seed.documents.jsonl"


def _document(text, title=None, publisher=None, published=None, url=None) -> Document:
    published_at, published_date = parse_publication(published)
    return Document(
        document_id="test", source_id="test", source_path="test", title=title,
        publisher=publisher, url=url, published_at=published_at, published_date=published_date,
        language="en", text=text,
    )


def _names(meeting) -> list[str | None]:
    return [p.name for p in meeting.participants]


KREMLIN = "President of Russia (Kremlin, en.kremlin.ru)"
WHITE_HOUSE = "The White House (Biden administration briefing room)"
STATE = "U.S. Department of State (Office of the Spokesperson)"
PMD = "Presidential Media Division, Sri Lanka (pmd.gov.lk)"


def test_seed_document():
    record = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    (meeting,) = extract_meetings(_document(record["text"]))
    assert meeting.format == "in_person"
    assert meeting.country_code == "ARM"
    assert meeting.date is None
    people = {p.name: (p.role, p.country_code) for p in meeting.participants}
    assert people == {
        "Artur Davtyan": ("Prosecutor General", "ARM"),
        "Igor Krasnov": ("Prosecutor General", "RUS"),
        "Vahe Harutyunyan": ("Military Prosecutor", "ARM"),
    }


def test_phone_call_with_implied_principal_role_and_publication_date():
    text = (
        "Vladimir Putin had a telephone conversation with Prime Minister of the Republic of "
        "India Narendra Modi.\n\nVladimir Putin warmly thanked Narendra Modi for the hospitality "
        "extended to the Russian delegation during its top-level visit to New Delhi on December 6."
    )
    (meeting,) = extract_meetings(
        _document(text, "Telephone conversation with Prime Minister of India Narendra Modi",
                  KREMLIN, "2021-12-20T14:50:00Z", "http://en.kremlin.ru/events/president/news/1")
    )
    assert meeting.format == "phone" and meeting.country_code is None
    assert (meeting.date, meeting.date_basis) == (dt.date(2021, 12, 20), "publication")
    people = {p.name: (p.role, p.country_code) for p in meeting.participants}
    assert people == {
        "Vladimir Putin": ("President", "RUS"),
        "Narendra Modi": ("Prime Minister", "IND"),
    }


def test_spokesperson_is_not_a_participant_and_yesterday_resolves():
    text = (
        "Office of the Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\n"
        "Secretary of State Antony J. Blinken spoke yesterday with Qatari Minister of Foreign "
        "Affairs Mohammed bin Abdulrahman Al-Thani.  The Secretary thanked the Foreign Minister."
    )
    (meeting,) = extract_meetings(_document(text, None, STATE, "Thu, 17 Mar 2022 16:26:01 +0000"))
    assert _names(meeting) == ["Antony J. Blinken", "Mohammed bin Abdulrahman Al-Thani"]
    assert (meeting.date, meeting.date_basis) == (dt.date(2022, 3, 16), "text")
    assert meeting.format == "phone"


def test_he_also_met_opens_a_second_meeting_in_the_same_place():
    text = (
        "National Security Advisor Jake Sullivan met today in Bangkok, Thailand\nwith Prime "
        "Minister Srettha Thavisin of Thailand. He also met with\nDeputy Prime Minister/Foreign "
        "Minister Parnpree Bahiddha-Nukara.  Mr.\nSullivan reaffirmed the alliance."
    )
    meetings = extract_meetings(_document(text, None, WHITE_HOUSE, "2024-01-26 00:17:50-05:00"))
    assert [sorted(_names(m)) for m in meetings] == [
        ["Jake Sullivan", "Srettha Thavisin"], ["Jake Sullivan", "Parnpree Bahiddha-Nukara"],
    ]
    assert all((m.city, m.country_code) == ("Bangkok", "THA") for m in meetings)
    assert meetings[1].participants[0].country_code == "THA"


def test_attendees_venue_and_stated_day():
    text = (
        "A meeting between President Anura Kumara Disanayake and Admiral Samuel J. Paparo, the "
        "Commander of the United States Indo-Pacific Command (INDOPACOM), was held today (21) at "
        "the Presidential Secretariat.\n\nMinister of Foreign Affairs Vijitha Herath and U.S. "
        "Ambassador to Sri Lanka Julie Chung were also present at the meeting."
    )
    (meeting,) = extract_meetings(_document(text, None, PMD, "2025-03-21"))
    assert (meeting.city, meeting.country_code, meeting.venue) == (
        "Colombo", "LKA", "Presidential Secretariat",
    )
    assert meeting.date == dt.date(2025, 3, 21) and meeting.date_basis == "text"
    people = {p.name: p.country_code for p in meeting.participants}
    assert people == {
        "Anura Kumara Disanayake": "LKA", "Samuel J. Paparo": "USA",
        "Vijitha Herath": "LKA", "Julie Chung": "USA",
    }


def test_people_only_mentioned_in_background_are_left_out():
    text = (
        "Vladimir Putin held a working meeting with Tver Region Governor Igor Rudenya at the "
        "Kremlin. In 2020, President of Russia Vladimir Putin and President of Belarus Alexander "
        "Lukashenko participated in the unveiling of the memorial."
    )
    (meeting,) = extract_meetings(_document(text, None, KREMLIN, "2022-05-06T13:55:00Z"))
    assert sorted(_names(meeting)) == ["Igor Rudenya", "Vladimir Putin"]
    assert (meeting.city, meeting.country_code) == ("Moscow", "RUS")


def test_a_meeting_announced_for_tomorrow_is_not_reported():
    text = (
        "President Anura Kumara Disanayake, currently on a four-day state visit to China, is "
        "scheduled to meet with Chinese President Xi Jinping tomorrow (15th) afternoon."
    )
    assert extract_meetings(_document(text, None, PMD, "2025-01-14")) == []


def test_nameless_principal_when_only_the_office_is_given():
    text = (
        "The President held a meeting, via videoconference, with permanent members of the "
        "Security Council.\n\nThe meeting was attended by Prime Minister Mikhail Mishustin and "
        "Defence Minister Sergei Shoigu."
    )
    (meeting,) = extract_meetings(_document(text, None, KREMLIN, "2022-02-18T12:55:00Z"))
    assert meeting.format == "video"
    assert [(p.name, p.role) for p in meeting.participants][0] == (None, "President")
    assert set(_names(meeting)[1:]) == {"Mikhail Mishustin", "Sergei Shoigu"}


def test_format_cues():
    assert classify_format("The President held a meeting, via videoconference, with", None) == (
        "video"
    )
    assert classify_format("Blinken spoke today with the Deputy Foreign Minister", None) == "phone"
    assert classify_format("The High Commissioner made a courtesy call on the President", None) == (
        "in_person"
    )


def test_principal_from_publisher():
    assert principal_of(KREMLIN, None).country_code == "RUS"
    state = principal_of(STATE, None)
    assert (state.office, state.country_code) == ("Secretary of State", "USA")
    assert principal_of(PMD, "https://pmd.gov.lk/news/x").country_code == "LKA"
    assert principal_of(None, None) is None


def test_a_relative_due_date_counts_from_the_meeting_not_the_publication():
    text = (
        "On December 30, Secretary of State Antony Blinken met with Foreign Minister of Japan "
        "Yoshimasa Hayashi in Washington. The two sides agreed to hold the next round of "
        "consultations next month."
    )
    (meeting,) = extract_meetings(
        _document(text, publisher=STATE, published="2024-01-03T10:00:00+00:00")
    )
    assert meeting.date == dt.date(2023, 12, 30)
    assert [c.due for c in meeting.commitments] == ["2024-01"]


def test_a_stop_of_a_trip_opens_another_meeting():
    text = (
        "During his visit to Kenya, Foreign Secretary Rafael Ortiz met with President Amani "
        "Kamau and discussed trade.\n\nWhile in Nairobi, Foreign Secretary Rafael Ortiz met with "
        "Foreign Minister Lina Haddad of Jordan and discussed the opening of an embassy."
    )
    meetings = extract_meetings(_document(text, None, STATE, "2023-03-02"))
    assert [sorted(_names(m)) for m in meetings] == [
        ["Amani Kamau", "Rafael Ortiz"], ["Lina Haddad", "Rafael Ortiz"],
    ]


def test_a_subject_named_by_office_alone_is_the_one_person_holding_it():
    text = (
        "The Chairperson of the Regional Commission, Amara Diallo, concluded a working visit to "
        "Ghana today.\n\nThe Chairperson was received by President Kofi Mensah, and the two "
        "leaders held consultations on trade."
    )
    [meeting] = extract_meetings(_document(text, None, "Regional Commission", "2023-03-02"))
    assert _names(meeting) == ["Amara Diallo", "Kofi Mensah"]


def test_a_date_stated_beside_today_is_the_meeting_date():
    text = (
        "Today, 5 May 2024, on the first day of her visit, Minister Ana Ruiz held talks with "
        "Foreign Minister of Ghana Kofi Mensah."
    )
    [meeting] = extract_meetings(_document(text, None, STATE, "2024-05-06"))
    assert (meeting.date, meeting.date_basis) == (dt.date(2024, 5, 5), "text")


def _where_and_whose(text: str, publisher: str, published: str):
    """The country of a document's one meeting and (name, country) of its participants."""
    [meeting] = extract_meetings(_document(text, None, publisher, published))
    return meeting.country_code, [(p.name, p.country_code) for p in meeting.participants]


def test_the_one_counterpart_met_abroad_serves_the_host_state():
    text = (
        "Minister Ana Ruiz is on a working visit to Ghana. Today Minister Ruiz held talks with "
        "her counterpart, Mr Kofi Mensah, Minister of Foreign Affairs and Regional Integration."
    )
    publisher = "Department of Foreign Affairs, Republic of Chile"
    place, countries = _where_and_whose(text, publisher, "2024-05-06")
    assert place == "GHA"
    assert countries == [("Ana Ruiz", "CHL"), ("Kofi Mensah", "GHA")]


def test_the_foreign_leader_named_without_a_holder_gives_the_counterpart_state():
    text = (
        "President Aziz Karimov has spoken by phone with President Emre Yilmaz.\n\n"
        "Turkey's leader congratulated his counterpart on his birthday. The head of our state "
        "thanked the Turkish leader for assistance."
    )
    publisher = "President of the Republic of Uzbekistan (president.uz)"
    _, countries = _where_and_whose(text, publisher, "2020-07-24")
    assert countries == [("Aziz Karimov", "UZB"), ("Emre Yilmaz", "TUR")]


def test_a_minister_writing_in_the_first_person_is_the_publisher_principal():
    text = (
        "I visited Portugal from 20 to 22 December for talks with the Portuguese Minister of "
        "Foreign Affairs, Rui Vaz. The meeting was held in Porto."
    )
    publisher = "Minister for Foreign Affairs, Australia"
    _, countries = _where_and_whose(text, publisher, "2002-12-23")
    assert countries == [(None, "AUS"), ("Rui Vaz", "PRT")]


def test_a_statement_by_the_named_principal_in_the_first_person_adds_no_one():
    text = "Last night, I spoke to Governor Ann Reyes and directed the deployment of support."
    title = "Statement from President Joe Biden on the Storm"
    [meeting] = extract_meetings(_document(text, title, WHITE_HOUSE, "2023-02-14"))
    assert sorted(n for n in _names(meeting) if n) == ["Ann Reyes", "Joe Biden"]
    assert None not in _names(meeting)
