"""The format of a meeting from the words of its readout and headline.

Sentences are quoted from public readouts of the bulk and pairs corpora.
"""

from pipelines.extraction.formats import classify_format


def test_a_meeting_reported_as_a_conversation_is_a_video_meeting():
    headline = "Meeting with US President Joseph Biden"
    sentence = (
        "Vladimir Putin had a lengthy conversation with President of the United States of "
        "America Joseph Biden."
    )
    assert classify_format(sentence, headline) == "video"


def test_a_telephone_conversation_stays_a_call():
    headline = "Telephone conversation with President of Indonesia Joko Widodo"
    sentence = (
        "Vladimir Putin had a telephone conversation with President of the Republic of Indonesia "
        "Joko Widodo at the initiative of the Indonesian side."
    )
    assert classify_format(sentence, headline) == "phone"


def test_an_opening_clause_about_an_earlier_videoconference_does_not_set_the_format():
    headline = "Telephone conversation with President of Belarus Alexander Lukashenko"
    sentence = (
        "Following the meeting of the Supreme State Council of the Union State, held via "
        "videoconference, Vladimir Putin had a telephone conversation with President of the "
        "Republic of Belarus Alexander Lukashenko."
    )
    assert classify_format(sentence, headline) == "phone"


def test_spoke_with_under_a_conversation_headline_is_not_a_call():
    headline = "Conversation with President of Kazakhstan Kassym-Jomart Tokayev"
    sentence = (
        "Vladimir Putin spoke with President of Kazakhstan Kassym-Jomart Tokayev following the "
        "CSTO summit."
    )
    assert classify_format(sentence, headline) == "in_person"
    headline = "Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba"
    sentence = "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister"
    assert classify_format(sentence, headline) == "phone"


def test_a_virtual_discussion_is_a_video_meeting():
    headline = "President Holds Virtual Discussion with USAID Administrator on Future Cooperation"
    sentence = (
        "President Anura Kumara Dissanayake conducted a virtual discussion today (11) with the "
        "Administrator of the United States Agency for International Development (USAID) Ms "
        "Samantha Power."
    )
    assert classify_format(sentence, headline) == "video"
    assert classify_format(sentence, None) == "video"


def test_spoke_with_under_a_meeting_headline_is_in_person():
    sentence = (
        "Secretary of State Antony J. Blinken spoke today with Qatari Deputy Prime Minister and "
        "Minister of Foreign Affairs Mohammed bin Abdulrahman Al-Thani."
    )
    headline = "Secretary Blinken Meeting with Qatari Deputy Prime Minister Al-Thani"
    assert classify_format(sentence, headline) == "in_person"
    assert classify_format(sentence, "Secretary Blinken's Call with Qatari Minister") == "phone"
    assert classify_format(sentence, None) == "phone"


def test_held_talks_with_is_in_person_and_talks_to_is_a_call():
    assert classify_format("Today the Minister held talks with her counterpart.", None) == (
        "in_person"
    )
    assert classify_format("The Minister talks to her counterpart.", None) == "phone"
