"""Several occasions reported in one sentence or one day-by-day narrative: separate telephone
calls with a list of leaders, and the meetings of a day ("On the same day", "Yesterday").

Invented sentences with invented names, in the styles of readouts of other governments.
"""

import datetime as dt

from pipelines.extraction import extract_meetings
from pipelines.extraction.places import find_place

from readout_helpers import readout_document

PM_OFFICE = "Prime Minister's Office, Portugal"
FOREIGN_MINISTRY = "Ministry of Foreign Affairs, Republic of Estonia"


def _meetings(text: str, publisher: str = PM_OFFICE, published: str = "2024-03-05") -> list:
    return extract_meetings(readout_document(text, publisher, published))


def _calls(meetings) -> list[list[str | None]]:
    return [[p.name for p in m.participants] for m in meetings]


def test_telephone_calls_from_a_list_of_leaders_are_one_call_each():
    text = (
        "Prime Minister Alvaro Testa today received telephone calls from H.E. Mr. Ivo Ranic, "
        "President of Croatia; and H.E. Mr. Tomas Darnel, President of Malta, congratulating "
        "him on his victory.\n\n"
        "The Prime Minister thanked President Ranic for his call. The two leaders agreed to "
        "hold the next round of consultations in Zagreb.\n\n"
        "President Darnel of Malta thanked the Prime Minister for his support. The leaders "
        "agreed to expand cooperation in maritime affairs."
    )
    meetings = _meetings(text)
    assert _calls(meetings) == [["Alvaro Testa", "Ivo Ranic"], ["Alvaro Testa", "Tomas Darnel"]]
    assert all(m.kind == "bilateral" and m.format == "phone" for m in meetings)
    quotes = [[text[c.evidence_start : c.evidence_end] for c in m.commitments] for m in meetings]
    assert "Zagreb" in " ".join(quotes[0]) and "maritime" not in " ".join(quotes[0])
    assert "maritime" in " ".join(quotes[1]) and "Zagreb" not in " ".join(quotes[1])


def test_spoke_with_a_list_then_later_with_another_in_separate_conversations():
    text = (
        "Prime Minister Alvaro Testa spoke today with German Chancellor Karl Obermann and "
        "Austrian Chancellor Lena Brandt. Later he spoke with Danish Prime Minister Sofie Lund."
        "\n\nThe Prime Minister said in his conversations that the crisis must end."
    )
    meetings = _meetings(text)
    assert sorted(_calls(meetings)) == [
        ["Alvaro Testa", "Karl Obermann"], ["Alvaro Testa", "Lena Brandt"],
        ["Sofie Lund", "Alvaro Testa"],
    ]


def test_a_list_in_a_joint_or_unmarked_call_stays_one_meeting():
    unmarked = (
        "Secretary of State Dana Wells spoke today with French Foreign Minister Paul Girard, "
        "German Foreign Minister Eva Roth, and UK Foreign Secretary Tom Hale. All parties "
        "expressed support for the talks."
    )
    joint = (
        "Prime Minister Alvaro Testa had a telephone conversation with German Chancellor "
        "Karl Obermann and Austrian Chancellor Lena Brandt. Their phone calls are regular."
    )
    for text, publisher in ((unmarked, "U.S. Department of State"), (joint, PM_OFFICE)):
        (meeting,) = _meetings(text, publisher)
        assert meeting.kind == "multilateral" and len(meeting.participants) == 4 - (
            publisher == PM_OFFICE
        )


def test_has_spoken_by_phone_reports_a_call():
    text = "Prime Minister Alvaro Testa has spoken by phone today with Chancellor Karl Obermann."
    (meeting,) = _meetings(text)
    assert _calls([meeting]) == [["Alvaro Testa", "Karl Obermann"]]
    assert meeting.format == "phone"


def test_the_meetings_of_a_day_by_day_report_are_separate():
    text = (
        "Foreign Minister Mart Kivi visited Vilnius for the Foreign Ministers' Meeting on "
        "20 November 2019."
        "\n\nOn the same day, Minister Kivi met with President Jonas Petraitis of Lithuania.\n\n"
        "Finally, Minister Kivi met with Foreign Minister Anna Berzina of Latvia."
    )
    meetings = _meetings(text, FOREIGN_MINISTRY, "2019-11-21")
    assert [sorted(call) for call in _calls(meetings)] == [
        ["Jonas Petraitis", "Mart Kivi"], ["Anna Berzina", "Mart Kivi"],
    ]
    # The date of the visit, stated where no counterpart is named, is the meetings' date.
    assert {m.date for m in meetings} == {dt.date(2019, 11, 20)}
    assert {m.date_basis for m in meetings} == {"text"}


def test_a_call_yesterday_after_the_calls_of_today_is_another_occasion():
    text = (
        "Prime Minister Alvaro Testa, today (Saturday, 9 March 2024), spoke with Chancellor Karl "
        "Obermann of Germany.\n\nYesterday (Friday, 8 March 2024), Prime Minister Testa spoke "
        "with US President Sam Porter."
    )
    meetings = _meetings(text, published="2024-03-09")
    assert [(m.date, sorted(_calls([m])[0])) for m in meetings] == [
        (dt.date(2024, 3, 9), ["Alvaro Testa", "Karl Obermann"]),
        (dt.date(2024, 3, 8), ["Alvaro Testa", "Sam Porter"]),
    ]


def test_a_summit_or_ministers_meeting_attended_is_a_multilateral_meeting():
    text = (
        "Foreign Minister Mart Kivi visited Vilnius to participate in the Foreign Ministers' "
        "Meeting on 20 November 2019.\n\nMinister Kivi called for unity within the Alliance."
    )
    (meeting,) = _meetings(text, FOREIGN_MINISTRY, "2019-11-21")
    assert _calls([meeting]) == [["Mart Kivi"]] and meeting.kind == "multilateral"
    text = (
        "Minister Mart Kivi visited Latvia to accompany President Liis Tamm of Estonia in the "
        "Summit of Heads of State held in Riga on 14 December, and to attend the Trilateral "
        "Meeting of Ministers of Foreign Affairs."
    )
    (meeting,) = _meetings(text, FOREIGN_MINISTRY, "2022-12-15")
    assert meeting.kind == "multilateral"


def test_a_gathering_held_later_that_day_is_another_meeting_of_the_subject():
    text = (
        "On 13 December, Minister Mart Kivi met with Foreign Minister Jan Ozols of Latvia.\n\n"
        "Later on the same day, the Trilateral Meeting of Ministers of Foreign Affairs was held. "
        "Minister Kivi emphasized that we would take concrete steps in the field of energy."
    )
    first, second = _meetings(text, FOREIGN_MINISTRY, "2022-12-15")
    assert sorted(_calls([first])[0]) == ["Jan Ozols", "Mart Kivi"]
    assert _calls([second]) == [["Mart Kivi"]] and second.kind == "multilateral"
    assert second.date == dt.date(2022, 12, 13) and not first.commitments
    assert second.commitments


def test_visited_places_the_visit_and_a_city_word_of_another_country_does_not():
    sentence = "Foreign Minister Mart Kivi visited Brussels to participate in the meeting."
    assert find_place(sentence, 0, len(sentence), "EST") == (None, "Brussels", "BEL")
    sentence = (
        "Minister Mart Kivi visited Latvia on 13 December to accompany the President in the "
        "Summit of Heads of State."
    )
    assert find_place(sentence, 0, len(sentence), "EST") == (None, None, "LVA")


def test_calls_received_by_a_principal_named_by_office_alone():
    text = (
        "The Prime Minister received phone calls from President Ivo Ranic of Croatia and "
        "President Tomas Darnel of Malta."
    )
    meetings = _meetings(text)
    assert _calls(meetings) == [[None, "Ivo Ranic"], [None, "Tomas Darnel"]]


def test_telephone_conversations_held_with_several_leaders():
    text = (
        "Prime Minister Alvaro Testa held telephone conversations today with H.E. Mr. Ivo "
        "Ranic, President of Croatia, and H.E. Mr. Tomas Darnel, Prime Minister of Malta."
    )
    meetings = _meetings(text)
    assert _calls(meetings) == [["Alvaro Testa", "Ivo Ranic"], ["Alvaro Testa", "Tomas Darnel"]]


def test_bilateral_meetings_held_with_a_list_are_one_meeting_each():
    text = (
        "Minister for Law Ana Lobo met with Minister of Justice of Chile Jorge Rivas on the "
        "sidelines of the Conference on 7 August 2019.\n\n"
        "Bilateral meetings were also held with Ghana Minister of Justice Kofi Mensah, Peru "
        "Minister of Justice Luis Tapia and Uruguay Minister of Justice and Prison Reforms "
        "Mrs Elena Ruiz, where we reaffirmed our warm relations."
    )
    meetings = _meetings(text, "Ministry of Law, Portugal", "2019-08-07")
    assert [[n for n in names if n != "Ana Lobo"] for names in _calls(meetings)] == [
        ["Jorge Rivas"], ["Kofi Mensah"], ["Luis Tapia"], ["Elena Ruiz"],
    ]
    assert all(m.kind == "bilateral" and m.format == "in_person" for m in meetings)


def test_met_with_a_list_stays_one_meeting_in_person():
    text = (
        "Minister Ana Lobo met with Minister of Justice of Ghana Kofi Mensah and Minister of "
        "Justice of Peru Luis Tapia to discuss legal cooperation."
    )
    assert _calls(_meetings(text, "Ministry of Law, Portugal", "2019-08-07")) == [
        ["Ana Lobo", "Kofi Mensah", "Luis Tapia"]
    ]


def test_in_addition_opens_another_meeting():
    text = (
        "Minister Ana Lobo met with Minister of Justice of Ghana Kofi Mensah. In addition, "
        "Minister of State Rui Vaz met with Minister of Justice of Peru Luis Tapia."
    )
    meetings = _meetings(text, "Ministry of Law, Portugal", "2019-08-07")
    assert len(meetings) == 2 and "Luis Tapia" in _calls(meetings)[1]
