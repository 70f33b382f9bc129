"""Who took part: lists of attendees, people pointed at, people only talked about.

Texts are quoted from public readouts of the bulk corpus and the dev set.
"""

from pipelines.extraction import extract_meetings
from pipelines.extraction.meeting_cues import is_meeting_sentence
from pipelines.extraction.people import find_person_mentions
from pipelines.model import Document

from readout_helpers import readout_document

KREMLIN = "President of Russia (Kremlin, en.kremlin.ru)"
UKRAINE = "President of Ukraine (president.gov.ua/en)"
PMD = "Presidential Media Division, Sri Lanka (pmd.gov.lk)"
WHITE_HOUSE = "The White House (Biden administration briefing room)"




def _participants(document: Document) -> list[tuple[str | None, str | None]]:
    meetings = extract_meetings(document)
    assert meetings, "no meeting found"
    return [(p.name, p.country_code) for p in meetings[0].participants]


def test_receiving_a_degree_or_a_letter_is_not_a_meeting():
    assert not is_meeting_sentence(
        "Professor Udugamasooriya, affiliated with the University of Houston, received his "
        "appointment letter today (22) at the Presidential Secretariat."
    )
    assert not is_meeting_sentence(
        "Mr. Handberg received his J.D. from Harvard Law School in 1994."
    )
    assert is_meeting_sentence("The President received the Ambassador of Japan.")


def test_a_list_introduced_by_included_names_attendees():
    text = (
        "Today, July 8, 2022, Vice President Kamala Harris convened state legislative leaders "
        "from Indiana, Florida, South Dakota, Nebraska, and Montana who are fighting on the "
        "frontlines to protect reproductive rights.\n\nState legislative leaders included:\n\n"
        "-   Indiana House Minority Leader Representative Phil GiaQuinta\n"
        "-   South Dakota\u00a0House Minority Whip Erin Healy\n"
        "-   Montana Senator Diane Sands\n"
    )
    document = readout_document(text, WHITE_HOUSE, "2022-07-08T18:00:00Z")
    assert [name for name, _ in _participants(document)] == [
        "Kamala Harris", "Phil GiaQuinta", "Erin Healy", "Diane Sands",
    ]


def test_who_sent_a_participant_and_who_is_talked_about_are_not_participants():
    text = (
        "Pursuant to the instruction of Head of the Office of the President of Ukraine Andriy "
        "Yermak, Deputy Head of the Office of the President Kyrylo Tymoshenko met with President "
        "of the Austrian Association of Municipalities Alfred Riedl. According to him, President "
        "Volodymyr Zelenskyy is implementing an ambitious plan to rebuild Ukraine."
    )
    document = readout_document(text, UKRAINE, "2022-06-20T21:44:00Z")
    assert _participants(document) == [("Kyrylo Tymoshenko", "UKR"), ("Alfred Riedl", "AUT")]


def test_the_person_an_event_was_initiated_by_took_part():
    text = (
        "During his visit to Brussels, President of Ukraine Volodymyr Zelenskyy took part in a "
        "meeting with the leaders of the EU member states and the Associated Trio countries. The "
        "event was initiated by President of Lithuania Gitanas Nausėda."
    )
    document = readout_document(text, UKRAINE, "2021-12-15T16:36:00Z")
    assert ("Gitanas Nausėda", "LTU") in _participants(document)


def test_a_law_signed_by_the_president_does_not_make_an_earlier_party_present():
    text = (
        "President of Ukraine Volodymyr Zelenskyy met with the Secretary General of the Council "
        "of Europe Marija Pejčinović Burić. As agreed between Volodymyr Zelenskyy and Gianni "
        "Buquicchio, President of the European Commission for Democracy through Law (Venice "
        "Commission), the text of the law signed by the President will be submitted to the "
        "Venice Commission."
    )
    document = readout_document(text, UKRAINE, "2021-11-05T20:39:00Z")
    assert [name for name, _ in _participants(document)] == [
        "Volodymyr Zelenskyy", "Marija Pejčinović Burić",
    ]


def test_someone_acting_in_a_transcript_speech_is_not_present_unless_the_editor_says_so():
    text = (
        "The Kremlin hosted talks between Vladimir Putin and President of the Socialist Republic "
        "of Vietnam Nguyen Xuan Phuc, who is in Russia on a working visit.*** President of "
        "Russia President Vladimir Putin: Comrade President, I am very happy to see you, "
        "welcome. President of Vietnam Nguyen Xuan Phuc: Thank you. Before this visit to "
        "Russia, General Secretary Nguyen Phu Trong discussed the status of bilateral relations "
        "with me for a very long time. Vladimir Putin: Good. (Further on, Head of the Federal "
        "Service for State Statistics Pavel Malkov gave a report on the ongoing National "
        "Census.)"
    )
    document = readout_document(text, KREMLIN, "2021-11-30T20:00:00Z")
    names = [name for name, _ in _participants(document)]
    assert "Nguyen Phu Trong" not in names
    assert "Pavel Malkov" in names


def test_a_headline_list_under_a_plural_office_names_the_participants():
    title = (
        "Readout of Principal Deputy National Security Advisor Jon Finer’s Meeting with Quint "
        "Deputy National Security Advisors: Xavier Chatel of France, Christian Aulbach of "
        "Germany, and Nick Catsaras and Matt Collins of the United Kingdom"
    )
    text = (
        "On December 9, Principal Deputy National Security Advisor Jon Finer met\nvirtually "
        "with the Deputy National Security Advisors of France, Germany,\nItaly and the United "
        "Kingdom."
    )
    document = readout_document(text, WHITE_HOUSE, "2024-12-09T22:00:00Z", title)
    meeting = extract_meetings(document)[0]
    assert [(p.name, p.role, p.country_code) for p in meeting.participants[1:]] == [
        ("Xavier Chatel", "Deputy National Security Advisor", "FRA"),
        ("Christian Aulbach", "Deputy National Security Advisor", "DEU"),
        ("Nick Catsaras", "Deputy National Security Advisor", "GBR"),
        ("Matt Collins", "Deputy National Security Advisor", "GBR"),
    ]
    assert meeting.format == "video"


def test_title_case_verbs_of_a_headline_are_not_a_name_and_power_can_be_a_surname():
    title = "President Holds Virtual Discussion with USAID Administrator on Future Cooperation"
    text = (
        "President Anura Kumara Dissanayake conducted a virtual discussion today (11) with the "
        "Administrator of the United States Agency for International Development (USAID) Ms "
        "Samantha Power. Ms. Samantha Power also assured President Dissanayake that USAID is "
        "prepared to support Sri Lanka in any way needed."
    )
    document = readout_document(text, PMD, "2024-10-11", title)
    assert _participants(document) == [
        ("Anura Kumara Dissanayake", "LKA"), ("Samantha Power", "USA"),
    ]
    sentence = "Notably, Ms. Samantha Power, the USAID Administrator, stated"
    assert "Samantha Power" in [m.name for m in find_person_mentions(sentence, 0, len(sentence))]


def test_a_city_after_to_is_not_a_person_with_the_next_title():
    sentence = (
        "According to the Head of State, during today's visit of Eduard Heger to Kyiv, the Prime "
        "Minister of Slovakia also held talks with Prime Minister of Ukraine Denys Shmyhal."
    )
    names = [m.name for m in find_person_mentions(sentence, 0, len(sentence))]
    assert "Kyiv" not in names
    assert "Denys Shmyhal" in names


def test_representing_a_side_and_joining_the_occasion_name_attendees():
    text = (
        "President Anura Kumara Disanayake met with former President of the Republic of South "
        "Africa, Mr. Thabo Mbeki, this afternoon (26) at the Presidential Secretariat.\n\n"
        "Representing Sri Lanka were Minister of Public Security, Ananda Wijepala and Senior "
        "Additional Secretary to the President, Roshan Gamage.\n\n"
        "Executive Group Director of The Capital Maharaja Group, Chevaan Daniel also joined "
        "the occasion."
    )
    names = [name for name, _ in _participants(readout_document(text, PMD, "2025-01-26"))]
    assert {"Ananda Wijepala", "Roshan Gamage", "Chevaan Daniel"} <= set(names)


def test_a_sentence_opening_the_next_step_of_a_visit_opens_another_meeting():
    text = (
        "The President first visited the Malwathu Maha Viharaya and held discussions with the "
        "Most Venerable Thibbatuwawe Sri Sumangala Nayaka Thera, Chief Prelate of the Malwathu "
        "Chapter.\n\n"
        "Thereafter, President Disanayake proceeded to the Asgiri Maha Viharaya and engaged in "
        "a brief discussion with the Most Venerable Warakagoda Sri Gnanarathana Nayaka Thera, "
        "Chief Prelate of the Asgiri Chapter."
    )
    meetings = extract_meetings(readout_document(text, PMD, "2025-04-25"))
    names = [[p.name for p in m.participants] for m in meetings]
    assert len(meetings) == 2
    assert "Thibbatuwawe Sri Sumangala Nayaka Thera" in names[0]
    assert "Warakagoda Sri Gnanarathana Nayaka Thera" in names[1]
    assert not any("Viharaya" in n or "Chapter" in n for group in names for n in group)


def test_those_who_met_listed_after_a_foreign_member_serve_the_same_state():
    text = (
        "The Deputy Speaker of the Maldivian Parliament and five cabinet ministers visited the "
        "resort today (29) to hold discussions with President Anura Kumara Dissanayake.\n\n"
        "Those who met with the President included: Mr. Ahmed Nazim, Deputy Speaker of the "
        "Maldivian Parliament; Dr. Abdulla Khaleel, Minister of Foreign Affairs; and Mr. Moosa "
        "Zameer, Minister of Finance and Planning."
    )
    participants = dict(_participants(readout_document(text, PMD, "2025-07-29")))
    assert participants["Anura Kumara Dissanayake"] == "LKA"
    assert participants["Ahmed Nazim"] == "MDV"
    assert participants["Abdulla Khaleel"] == "MDV"
    assert participants["Moosa Zameer"] == "MDV"


def test_each_person_of_a_subject_list_before_an_agent_verb_took_part():
    text = (
        "The service chiefs paid a courtesy call on President Anura Kumara Dissanayake today "
        "(04) at the Presidential Secretariat.\n\n"
        "Accordingly, Army Commander Lieutenant General Ruwan Perera, Air Force Commander Air "
        "Marshal Kamal Fernando and Navy Commander Rear Admiral Nimal Silva met with the "
        "President.\n\n"
        "Having briefed the President on his talks with Governor Sunil Ratnayake, Defence "
        "Secretary Nimal Silva said the exercise was a success."
    )
    names = [name for name, _ in _participants(readout_document(text, PMD, "2025-01-04"))]
    assert {"Ruwan Perera", "Kamal Fernando", "Nimal Silva"} <= set(names)
    assert "Sunil Ratnayake" not in names


def test_representing_a_side_at_the_meeting_names_attendees():
    text = (
        "President Anura Kumara Dissanayake met with the visiting Prime Minister of Fiji, "
        "Mr. Sitiveni Rabuka, this morning (12) at the Presidential Secretariat.\n\n"
        "Representing Sri Lanka at this meeting were Minister of Trade, Dr Sunil Perera and "
        "Secretary to the President, Mr. Kamal Fernando."
    )
    names = [name for name, _ in _participants(readout_document(text, PMD, "2025-03-12"))]
    assert {"Sunil Perera", "Kamal Fernando"} <= set(names)


def test_a_participants_heading_introduces_a_list_of_attendees():
    text = (
        "Today, President Biden virtually met with four business leaders who have adopted "
        "paid leave policies.\n\n"
        "<u>*Meeting Participants*</u>\n\n"
        "-   Laura M. Brennan, Chair and Chief Executive Officer of Blue Heron Textiles\n"
        "-   Dr. Samuel T. Okafor, President of Lakeside University\n"
    )
    names = [name for name, _ in _participants(readout_document(text, WHITE_HOUSE, "2021-08-11"))]
    assert names == ["Biden", "Laura M. Brennan", "Samuel T. Okafor"]


def test_the_principal_named_by_office_in_the_main_meeting_is_at_the_later_ones():
    text = (
        "President Anura Kumara Disanayake toured the Kandy district today (25).\n\n"
        "The President first visited the Lankatilaka temple and held discussions with the "
        "Most Venerable Kotagama Sri Dhammika Thera, Chief Prelate of the Eastern Chapter.\n\n"
        "The President also met with the Venerable Pallegama Ananda Thera, the Chief "
        "Incumbent of the Western Chapter."
    )
    meetings = extract_meetings(readout_document(text, PMD, "2025-04-25"))
    names = [[p.name for p in m.participants] for m in meetings]
    assert len(meetings) == 2
    assert sorted(names[1]) == ["Anura Kumara Disanayake", "Pallegama Ananda Thera"]


def test_an_official_who_accompanied_the_principal_took_part():
    text = (
        "President Anura Kumara Disanayake met with the Prime Minister of Oman, Mr. Said Al "
        "Harthi, yesterday (11).\n\n"
        "Minister of Trade, Sunil Perera, accompanied the President on this visit."
    )
    names = [name for name, _ in _participants(readout_document(text, PMD, "2025-02-12"))]
    assert "Sunil Perera" in names


def test_a_speaker_label_with_an_office_names_a_participant():
    text = (
        "Vladimir Putin held a meeting with members of the Government.\n\n"
        "Vladimir Putin: Good afternoon, colleagues.\n\n"
        "Minister of Transport Pavel Orlov: Mr President, the plan is done.\n\n"
        "Minister of Energy Ivan Sokolov Sokolov IvanMinister of Energy : Output has grown."
    )
    names = [name for name, _ in _participants(readout_document(text, KREMLIN, "2021-11-10"))]
    assert {"Pavel Orlov", "Ivan Sokolov"} <= set(names)


def test_someone_only_spoken_about_in_the_meeting_sentence_is_not_a_participant():
    text = (
        "Secretary of State Antony J. Blinken spoke today with Foreign Minister Ana Lopez to "
        "discuss the situation following the assassination of President Marco Ruiz."
    )
    document = readout_document(text, "U.S. Department of State", "2021-07-13")
    names = [name for name, _ in _participants(document)]
    assert "Ana Lopez" in names and "Marco Ruiz" not in names


def test_accompanied_at_the_call_by_names_a_participant():
    text = (
        "Minister of Foreign Affairs Ilse Varga called on Prime Minister of Estonia Jaan Tamm "
        "this evening. The Minister was accompanied at the call by the Minister of Youth, "
        "His Excellency Karl Ruus."
    )
    document = readout_document(text, "Ministry of Foreign Affairs, Hungary", "2023-05-04")
    names = [name for name, _ in _participants(document)]
    assert "Karl Ruus" in names


def test_general_elections_are_not_a_general():
    text = (
        "President Aino Kask spoke with Prime Minister Jaan Tamm today, congratulating him on "
        "his victory in the recent General Elections."
    )
    document = readout_document(text, KREMLIN, "2023-05-04")
    assert [name for name, _ in _participants(document)] == ["Aino Kask", "Jaan Tamm"]


_RECEPTION = "President John Roe received Prime Minister Ali Moussa of Japan at State House."


def _joined_by(second_sentence: str) -> list[str]:
    """Names the sentence after a reception adds to the meeting."""
    meeting, = extract_meetings(readout_document(f"{_RECEPTION} {second_sentence}", PMD, ""))
    return [p.name for p in meeting.participants if p.name not in ("John Roe", "Ali Moussa")]


def test_the_ways_of_saying_who_else_was_at_the_meeting_name_attendees():
    assert _joined_by(
        "Secretary Jane Doe and Director Mary Poe were also at the meeting."
    ) == ["Jane Doe", "Mary Poe"]
    assert _joined_by("Joining the Prime Minister are Director Karim Nour and Omar Said.") == [
        "Karim Nour", "Omar Said",
    ]
    assert _joined_by(
        "Attending from the Japanese Government, Secretary Karim Nour and Chief of Staff Omar "
        "Said."
    ) == ["Karim Nour", "Omar Said"]
    assert _joined_by(
        "Roe was joined in the courtesy call by Special Assistant Karim Nour."
    ) == ["Karim Nour"]
    assert _joined_by(
        "The meeting was held in the presence of the Japanese Ambassador, Karim Nour."
    ) == ["Karim Nour"]
    assert _joined_by("Present were Mr Karim Nour and Mr Omar Said.") == ["Karim Nour", "Omar Said"]


def test_a_spokesperson_said_to_be_present_took_part_but_not_one_only_quoted():
    assert _joined_by(
        "Present at the meeting were also the Minister of Defence, Mr Karim Nour, and the "
        "Government Spokesman, Mr Omar Said."
    ) == ["Karim Nour", "Omar Said"]
    assert _joined_by("Government Spokesman Omar Said said the talks were useful.") == []


def test_attending_the_meeting_or_accompanying_the_leader_names_attendees():
    assert _joined_by(
        "Attending the meeting between Roe and Moussa were also Minister Karim Nour."
    ) == ["Karim Nour"]
    assert _joined_by(
        "The Minister for Foreign Affairs, Karim Nour, accompanied the leader of the nation."
    ) == ["Karim Nour"]


def test_a_delegation_of_an_international_body_serves_the_body_not_a_state():
    meeting, = extract_meetings(readout_document(
        "A UNICEF delegation led by Ms. Jane Doe, the Executive Director, met with Minister for "
        "Education John Roe.", PMD, "",
    ))
    assert [(p.name, p.organization, p.country_code) for p in meeting.participants] == [
        ("Jane Doe", "UNICEF", None), ("John Roe", "Education", "LKA"),
    ]
    assert meeting.kind == "bilateral"
