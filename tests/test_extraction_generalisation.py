"""Behaviours that keep organisations, places and lists of officials apart from people.

Sentences are quoted from public readouts of the bulk corpus.
"""

from pipelines.extraction import extract_meetings
from pipelines.extraction.places import city_country, find_place

from readout_helpers import people_in, readout_document

PMD = "Presidential Media Division, Sri Lanka (pmd.gov.lk)"
WHITE_HOUSE = "The White House (Biden administration briefing room)"
UKRAINE = "President of Ukraine (president.gov.ua/en)"






def test_a_city_after_in_or_an_office_of_is_not_a_person():
    sentence = (
        "President Anura Kumara Dissanayake met with Prime Minister of Pakistan Shehbaz Sharif "
        "on the sidelines of the 80th United Nations General Assembly in New York."
    )
    assert [name for name, _, _ in people_in(sentence)] == [
        "Anura Kumara Dissanayake", "Shehbaz Sharif",
    ]
    sentence = "and the mayor of Wiener Neustadt (near Vienna) expressed readiness to help"
    assert people_in(sentence) == []


def test_a_place_stops_the_title_of_the_next_person():
    sentence = (
        "As part of the Ukraine-US Strategic Partnership Commission meeting held in Washington "
        "on November 10, Minister for Foreign Affairs of Ukraine Dmytro Kuleba and Head of the "
        "President's Office Andriy Yermak met with United States Secretary of State Antony "
        "Blinken."
    )
    assert people_in(sentence)[0] == ("Dmytro Kuleba", "Minister for Foreign Affairs", "UKR")


def test_organisation_suffix_words_end_a_name():
    sentence = (
        "Andriy Yermak met with Damon Wilson, an American expert on foreign policy and President "
        "of the National Endowment for Democracy (NED) in Kyiv."
    )
    assert people_in(sentence) == [("Andriy Yermak", None, None), ("Damon Wilson", None, "USA")]
    sentence = "Chairman of SriLankan Airlines Sarath Ganegoda was also present."
    assert [name for name, _, _ in people_in(sentence)] == ["Sarath Ganegoda"]


def test_the_body_of_an_office_before_an_honorific_is_not_a_person():
    # No second real instance in the corpus: the structure of "President of <body> Father X".
    sentence = (
        "Andriy Yermak met with the President of Médecins Sans Frontières Dr. Christos Christou."
    )
    assert people_in(sentence)[1] == (
        "Christos Christou", "President of Médecins Sans Frontières", None,
    )


def test_regnal_number_keeps_the_country_after_the_name():
    sentence = (
        "President Joseph R. Biden spoke today with His Majesty King Abdullah II of Jordan to "
        "discuss the situation."
    )
    assert people_in(sentence)[1] == ("Abdullah II", "King", "JOR")


def test_compound_ranks_and_office_before_them():
    sentence = (
        "Deputy Minister of Defence Aruna Jayasekara, Secretary to the Ministry of Defence Air "
        "Vice Marshal Sampath Thuyacontha, Commander of the Navy Vice Admiral Kanchana Banagoda, "
        "and several senior naval officers participated in the meeting."
    )
    assert people_in(sentence) == [
        ("Aruna Jayasekara", "Deputy Minister of Defence", None),
        ("Sampath Thuyacontha", "Secretary to the Ministry of Defence", None),
        ("Kanchana Banagoda", "Commander of the Navy", None),
    ]
    sentence = (
        "Army Commander Lieutenant General Vikum Liyanage, Air Force Commander Air Marshal Udeni "
        "Rajapaksa and Navy Commander Vice Admiral Priyantha Perera met with the President"
    )
    assert [role for _, role, _ in people_in(sentence)] == [
        "Army Commander", "Air Force Commander", "Navy Commander",
    ]


def test_a_title_ending_in_and_belongs_to_the_previous_person():
    sentence = (
        "The meeting was attended by Lieutenant General Lasantha Rodrigo, the new Army Commander; "
        "Vice Admiral Kanchana Banagoda, the new Navy Commander and Air Marshal Vasu Bandu "
        "Edirisinghe, the new Air Force Commander."
    )
    # The office written after the name wins over the rank written before it.
    assert people_in(sentence)[2] == ("Vasu Bandu Edirisinghe", "Air Force Commander", None)
    sentence = (
        "President Volodymyr Zelenskyy met with EU Commissioner for Neighbourhood and "
        "Enlargement Olivér Várhelyi."
    )
    assert people_in(sentence)[1] == (
        "Olivér Várhelyi", "EU Commissioner for Neighbourhood and Enlargement", None,
    )


def test_discussion_held_under_the_president_with_officials_present():
    text = (
        "A discussion on Sri Lanka’s current security situation was held today (26) at the "
        "Presidential Secretariat, under the leadership of President Anura Kumara Disanayake.\n\n"
        "During the meeting with senior naval officers, attention was drawn to future security "
        "measures.\n\n"
        "Among those present were Deputy Minister of Defence Aruna Jayasekara, Secretary to the "
        "Ministry of Defence Air Vice Marshal Sampath Thuyacontha and Commander of the Navy Vice "
        "Admiral Kanchana Banagoda."
    )
    (meeting,) = extract_meetings(readout_document(text, PMD, "2025-02-26"))
    people = {p.name: (p.role, p.country_code) for p in meeting.participants}
    assert people == {
        "Anura Kumara Disanayake": ("President", "LKA"),
        "Aruna Jayasekara": ("Deputy Minister of Defence", "LKA"),
        "Sampath Thuyacontha": ("Secretary to the Ministry of Defence", "LKA"),
        "Kanchana Banagoda": ("Commander of the Navy", "LKA"),
    }


def test_the_country_after_an_and_pair_covers_both():
    text = (
        "President Joseph R. Biden, Jr. met today with President Guy Parmelin and Foreign "
        "Minister Ignazio Cassis of Switzerland."
    )
    (meeting,) = extract_meetings(readout_document(text, WHITE_HOUSE, "2021-06-15 12:00:00-04:00"))
    countries = {p.name: p.country_code for p in meeting.participants}
    assert countries == {
        "Joseph R. Biden": "USA", "Guy Parmelin": "CHE", "Ignazio Cassis": "CHE",
    }
    assert meeting.kind == "bilateral"


def test_a_city_name_shared_by_countries_follows_the_country_the_text_names():
    assert city_country("San Jose") == ("San Jose", "USA")
    assert city_country("San Jose", {"CRI", "MEX"}) == ("San José", "CRI")
    assert city_country("San José") == ("San Jose", "USA")  # accents do not decide
    sentence = (
        "Secretary of State Antony J. Blinken met yesterday with Foreign Ministers from Costa "
        "Rica, Guatemala and Mexico in San Jose at a meeting of the Central America Integration "
        "System."
    )
    assert find_place(sentence, 0, len(sentence), "USA") == (None, "San José", "CRI")


def test_a_venue_only_mentioned_gives_way_to_the_stated_place():
    sentence = (
        "Special Representative for Afghanistan Thomas West led a delegation including "
        "representatives from the Department of State to continue discussions with senior "
        "representatives in Doha, Qatar."
    )
    assert find_place(sentence, 0, len(sentence), "USA") == (None, "Doha", "QAT")
    at_venue = "The President met the Minister at the White House in Washington."
    assert find_place(at_venue, 0, len(at_venue), "USA") == ("the White House", "Washington", "USA")


def test_a_surname_that_is_a_common_word_follows_a_title_ending_in_a_country():
    sentence = "Special Representative for Afghanistan Thomas West met with them."
    assert people_in(sentence) == [("Thomas West", "Special Representative for Afghanistan", None)]


def test_a_country_after_a_topic_noun_is_not_the_place():
    sentence = (
        "He took part in a panel with the ministers, warning that an escalation of the war in "
        "Ukraine could have adverse effects."
    )
    assert find_place(sentence, 0, len(sentence), "MEX") == (None, None, None)
    met_in = "The Secretary met the Minister in Kyiv to discuss the situation in Crimea."
    assert find_place(met_in, 0, len(met_in), "USA") == (None, "Kyiv", "UKR")
