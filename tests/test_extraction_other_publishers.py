"""Countries, roles and places for readouts of publishers the extractor was not built on.

Invented sentences and names; publisher names in the forms governments use.
"""

from pipelines.extraction import extract_meetings
from pipelines.extraction.principals import principal_for
from pipelines.extraction.publishers import domain_country, publisher_country

from readout_helpers import people_in, readout_document


def test_the_publisher_state_comes_from_any_form_of_its_name_or_its_government_site():
    assert publisher_country("Ministry of Foreign Affairs of Norway", None) == "NOR"
    assert publisher_country("Ministry of External Affairs, Nepal (mofa.gov.np)", None) == "NPL"
    assert publisher_country("Prime Minister of New Zealand", None) == "NZL"
    assert publisher_country("Office of the Prime Minister (gov.uk)", None) == "GBR"
    assert publisher_country("Prime Minister's Office, 10 Downing Street", None) == "GBR"
    assert publisher_country("Élysée Palace", None) == "FRA"
    assert publisher_country("Office of the President", "www.president.go.ke") == "KEN"
    # A country after "in" is where a copy was carried, not whose release it is.
    assert publisher_country(
        "Ministry of Foreign Affairs of Chile (as carried by the Embassy in Peru)", None
    ) == "CHL"
    assert publisher_country("Foreign Ministry (carried by the Embassy in Peru)", None) is None
    assert publisher_country("North Atlantic Treaty Organization (nato.int)", None) is None
    # A news site's domain is weaker than a government site's or a name.
    assert publisher_country("Ministry of Foreign Affairs (copy)", "www.example.in") == "IND"
    assert domain_country("www.example.in", government_only=True) is None
    assert domain_country("pm.gc.ca", government_only=True) == "CAN"
    assert domain_country("www.example.io") is None


def test_a_ministry_of_external_affairs_speaks_for_its_foreign_minister():
    principal = principal_for("Ministry of External Affairs, Nepal (mofa.gov.np)", None)
    assert principal is not None
    assert (principal.office, principal.country_code) == ("Minister of External Affairs", "NPL")


def test_the_principal_of_an_external_affairs_ministry_serves_its_state():
    document = readout_document(
        "Prime Minister Jane Doe had a telephone conversation today with President John Roe "
        "of Chile. The two leaders agreed to stay in touch.",
        "Ministry of External Affairs, Nepal (mofa.gov.np)",
        "2021-03-04",
    )
    meeting = extract_meetings(document)[0]
    countries = {p.name: p.country_code for p in meeting.participants}
    assert countries == {"Jane Doe": "NPL", "John Roe": "CHL"}
    assert meeting.kind == "bilateral"


def test_titles_that_only_one_state_has_give_the_state_and_the_role():
    assert people_in("The Prime Minister spoke with Taoiseach John Roe about trade.") == [
        ("John Roe", "Taoiseach", "IRL"),
    ]
    assert people_in("An Taoiseach, John Roe has spoken by phone today.") == [
        ("John Roe", "Taoiseach", "IRL"),
    ]
    assert people_in("She met Tánaiste Mary Roe in the afternoon.") == [
        ("Mary Roe", "Tánaiste", "IRL"),
    ]


def test_a_foreign_counterpart_named_by_a_national_title_keeps_that_state():
    document = readout_document(
        "Prime Minister Jane Doe spoke with Taoiseach John Roe this afternoon. The two leaders "
        "agreed to meet in person soon.",
        "Prime Minister's Office (gov.uk)",
        "2021-03-04",
    )
    meeting = extract_meetings(document)[0]
    countries = {p.name: (p.role, p.country_code) for p in meeting.participants}
    assert countries == {"Jane Doe": ("Prime Minister", "GBR"), "John Roe": ("Taoiseach", "IRL")}


def test_a_state_councilor_title_keeps_its_office_and_an_acronym_state():
    sentence = (
        "Minister for Foreign Affairs Jane Doe spoke with PRC State Councilor and Minister of "
        "Commerce Li Ming via telephone."
    )
    assert people_in(sentence) == [
        ("Jane Doe", "Minister for Foreign Affairs", None),
        ("Li Ming", "State Councilor and Minister of Commerce", "CHN"),
    ]
    assert people_in("Minister Doe thanked State Councillor Li for the talks.")[1] == (
        "Li", "State Councillor", None,
    )


def test_a_list_of_portfolios_after_a_name_runs_to_the_state_at_its_end():
    sentence = (
        "The Minister called on Mr John Roe, Prime Minister, Minister of Fisheries, Blue Economy "
        "and Minister of Finance of Fiji, on Monday."
    )
    assert people_in(sentence) == [
        ("John Roe", "Prime Minister, Minister of Fisheries, Blue Economy and Minister of "
         "Finance", "FJI"),
    ]


def test_a_publisher_with_no_known_office_still_gives_its_state():
    document = readout_document(
        "Minister Jane Doe met Ambassador John Roe of Chile today.",
        "Government of Norway",
        "2021-03-04",
    )
    countries = {p.name: p.country_code for p in extract_meetings(document)[0].participants}
    assert countries == {"Jane Doe": "NOR", "John Roe": "CHL"}


def _place(sentence: str, home: str | None = "TUR") -> tuple[str | None, str | None, str | None]:
    from pipelines.extraction.places import find_place

    return find_place(sentence, 0, len(sentence), home)


def test_the_seats_of_international_organisations_fix_the_city():
    assert _place("The Secretary General welcomed Prime Minister Jane Doe to NATO Headquarters.")[
        1:
    ] == ("Brussels", "BEL")
    assert _place("The Minister met the High Commissioner at the Palais des Nations.")[1:] == (
        "Geneva", "CHE",
    )


def test_a_country_visited_places_the_meeting_and_no_city_reads_after_the():
    assert _place("Minister Jane Doe visited Brussels to attend the ministerial meeting.") == (
        None, "Brussels", "BEL",
    )
    # "Summit" is also a town's name; after "the" it is the summit, not a city.
    assert _place(
        "Minister Jane Doe visited Mongolia to attend the Summit of Leaders held in "
        "the capital."
    ) == (None, None, "MNG")
    assert _place("The leaders met in the Summit of Leaders.") == (None, None, None)
    assert _place("The President met the Governor during a trip to the Kharkiv region.") == (
        None, None, None,
    )


def test_a_city_state_named_as_the_place_gives_the_city():
    assert _place("Secretary John Roe is visiting Singapore this week.") == (
        None, "Singapore", "SGP",
    )


def _main_place(text: str, publisher: str) -> tuple[str | None, str | None]:
    meeting = extract_meetings(readout_document(text, publisher, "2022-10-02"))[0]
    return meeting.city, meeting.country_code


def test_a_meeting_held_in_a_foreign_city_is_placed_there_not_at_home():
    assert _main_place(
        "Minister Jane Doe called on Mr John Roe, Prime Minister of Fiji. The talks were held "
        "in Suva, where the two sides discussed fisheries.",
        "Ministry of Foreign Affairs, Maldives",
    ) == ("Suva", "FJI")


def test_people_accompanying_a_visiting_official_serve_the_official_state():
    document = readout_document(
        "The Secretary of Foreign Affairs of Chile, John Roe, is visiting Norway. Secretary Roe is "
        "accompanied by Secretary of Mining Mary Stone and senior officials. Secretary Roe met "
        "with Minister of Foreign Affairs Jane Doe and Secretary of Mining Mary Stone.",
        "Ministry of Foreign Affairs, Norway",
        "2019-07-16",
    )
    countries = {p.name: p.country_code for m in extract_meetings(document) for p in m.participants}
    assert countries == {"John Roe": "CHL", "Mary Stone": "CHL", "Jane Doe": "NOR"}


def test_long_official_names_and_less_common_demonyms_give_the_state():
    from pipelines.countries import country_code

    assert country_code("Bosnia-Herzegovina") == "BIH"
    assert country_code("the Republic of the Union of Myanmar") == "MMR"
    assert country_code("the Oriental Republic of Uruguay") == "URY"
    assert country_code("Kazakhstani") == "KAZ"
    assert country_code("Hellenic") == "GRC"
    assert country_code("Grenadian") == "GRD"
    assert people_in("The Minister met Kazakhstani Foreign Minister John Roe.") == [
        ("John Roe", "Foreign Minister", "KAZ"),
    ]


def test_a_counterpart_phrase_gives_the_state_of_the_person_it_introduces():
    assert people_in("Minister Doe met with his Chilean counterpart John Roe.")[1] == (
        "John Roe", None, "CHL",
    )
    assert people_in("Minister Doe met his counterpart from Chile, Foreign Minister John Roe.")[
        1
    ] == ("John Roe", "Foreign Minister", "CHL")
    assert people_in("Minister Doe met John Roe, his Chilean counterpart, in Lima.")[1] == (
        "John Roe", None, "CHL",
    )
    # Only the person the phrase introduces.
    assert people_in(
        "Minister Doe met his Chilean counterpart, John Roe, and Minister Mary Stone."
    )[2] == ("Mary Stone", "Minister", None)


def test_hyphenated_and_less_common_offices_are_titles():
    assert people_in("The Minister met Parliamentary Vice-Minister for Trade John Roe.") == [
        ("John Roe", "Parliamentary Vice-Minister for Trade", None),
    ]
    assert people_in("The Minister met Undersecretary for Political Affairs John Roe.") == [
        ("John Roe", "Undersecretary for Political Affairs", None),
    ]
    assert people_in("The Minister met the Hereditary Grand Duke Jean.") == [
        ("Jean", "Hereditary Grand Duke", "LUX"),
    ]


def test_a_meeting_at_the_home_government_offices_is_in_its_seat():
    assert _main_place(
        "The Foreign Secretary of Chile, John Roe, called on President Jane Doe this morning at "
        "the President's Office. It was his first visit to Nepal.",
        "The President's Office, Nepal",
    ) == ("Kathmandu", "NPL")
    assert _main_place(
        "Foreign Minister Jane Doe met Foreign Minister John Roe of Chile at the Ministry of "
        "Foreign Affairs.",
        "Ministry of Foreign Affairs, Nepal",
    ) == ("Kathmandu", "NPL")
    # The host's office during a visit abroad is not the publisher's.
    assert _main_place(
        "Foreign Minister Jane Doe is on an official visit to Chile. Minister Doe called on "
        "President John Roe at the Presidential Palace.",
        "Ministry of Foreign Affairs, Nepal",
    ) == (None, "CHL")


def test_a_country_in_brackets_after_a_name_is_the_person_state():
    assert people_in(
        "The leaders included President John Roe (Chile) and Prime Minister Mary Stone (Peru)."
    ) == [("John Roe", "President", "CHL"), ("Mary Stone", "Prime Minister", "PER")]
    assert people_in("Minister Doe met John Roe (Chile and Peru).")[1] == ("John Roe", None, None)


def test_a_venue_several_states_have_is_the_publisher_own_and_a_city_after_it_wins():
    sentence = "Chancellor John Roe received Prime Minister Mary Stone at the Federal Chancellery."
    assert _place(sentence, "AUT") == ("Federal Chancellery", "Vienna", "AUT")
    assert _place(sentence, "CAN") == ("Federal Chancellery", "Berlin", "DEU")
    sentence = "The Chancellor received Mary Stone at the Federal Chancellery in Bern."
    assert _place(sentence, None)[1:] == ("Bern", "CHE")
    assert publisher_country("Federal Chancellery (bundeskanzleramt.gv.at)", None) == "AUT"


def test_official_spellings_of_capitals_are_places_not_people():
    assert _place("The Minister received the Ambassador in Ha Noi on May 9.") == (
        None, "Hanoi", "VNM",
    )
    assert people_in("The Minister received Ambassador Mary Stone in Ha Noi on May 9.") == [
        ("Mary Stone", "Ambassador", None),
    ]


def test_the_head_of_an_international_organisation_publishing_serves_no_state():
    principal = principal_for("North Atlantic Treaty Organization (nato.int)", None)
    assert principal is not None
    assert (principal.office, principal.country_code, principal.organization) == (
        "Secretary General", None, "North Atlantic Treaty Organization",
    )
    assert principal_for("Permanent Mission of Chile to the United Nations", None) is None
    document = readout_document(
        "The Secretary-General met with Mr. John Roe, Prime Minister of Fiji, in New York. They "
        "agreed to stay in touch.",
        "United Nations Secretary-General (un.org)",
        "2023-05-10",
    )
    meeting = extract_meetings(document)[0]
    sides = [(p.role, p.organization, p.country_code) for p in meeting.participants]
    assert sides == [
        ("Secretary-General", "United Nations", None), ("Prime Minister", None, "FJI"),
    ]
    assert meeting.kind == "bilateral"


def _call_countries(text: str, publisher: str, title: str) -> list[str | None]:
    document = readout_document(text, publisher, "2023-05-10", title=title)
    return [p.country_code for p in extract_meetings(document)[0].participants]


def test_an_office_named_with_its_state_in_the_headline_gives_the_holder_state():
    assert _call_countries(
        "The Prime Minister spoke to President John Roe this afternoon. They agreed to meet.",
        "Prime Minister's Office (gov.uk)",
        "Telephone conversation between the Prime Minister and the President of Chile",
    ) == ["GBR", "CHL"]
    # Both sides hold the office: the headline's state cannot tell which one it is.
    assert _call_countries(
        "Foreign Minister Jane Doe held a telephone conversation today with Foreign Minister "
        "John Roe. They agreed to stay in touch.",
        "Ministry of Foreign Affairs, Nepal",
        "Telephone conversation between the Foreign Minister and Foreign Minister of Chile",
    ) == ["NPL", "NPL"]


def test_a_state_whose_name_is_also_a_first_name_counts_where_a_place_is_expected():
    from pipelines.countries import find_countries

    assert people_in("The Minister met the Minister of Foreign Affairs of Chad, Mr. John Roe.") == [
        ("John Roe", "Minister of Foreign Affairs", "TCD"),
    ]
    assert [code for *_, code in find_countries("during his visit to Chad")] == ["TCD"]
    assert list(find_countries("a letter from Chad Smith")) == []


def test_a_state_after_a_comma_at_the_end_of_a_title_is_not_part_of_the_role():
    from pipelines.extraction.roles import parse_title

    parsed = parse_title("Federal Minister of Trade, Norway")
    assert (parsed.role, parsed.country_code) == ("Federal Minister of Trade", "NOR")


def test_a_city_in_the_headline_or_after_an_event_name_places_the_meeting():
    assert _place("Participation of the Minister in the Ministerial Conference, Geneva") == (
        None, "Geneva", "CHE",
    )
    assert _place("Visit of the Foreign Minister to Chile, 2-3 May")[2] == "CHL"
    document = readout_document(
        "President Jane Doe met with Prime Minister John Roe of Peru, who is on a visit to our "
        "country. They agreed to meet again.",
        "Office of the President of Chile",
        "2022-04-08",
        title="President met with the Prime Minister of Peru in Santiago",
    )
    meeting = extract_meetings(document)[0]
    assert (meeting.city, meeting.country_code) == ("Santiago", "CHL")


def test_a_government_office_named_with_its_state_is_in_that_state_seat():
    assert _place("The two presidents held talks at the Peruvian Presidential Office.") == (
        "Peruvian Presidential Office", "Lima", "PER",
    )
    assert _place("The ministers met at the Presidential Palace of the Republic of Chile.")[1:] == (
        "Santiago", "CHL",
    )


def test_more_publisher_names_give_their_principal_office():
    offices = {
        name: (principal.office, principal.country_code, principal.organization)
        for name in (
            "Élysée (elysee.fr)", "Global Affairs Canada", "State Council of Ruritania",
            "European External Action Service (eeas.europa.eu)",
            "Office of the Spokesperson for the UN Secretary-General",
        )
        if (principal := principal_for(name, None)) is not None
    }
    assert offices == {
        "Élysée (elysee.fr)": ("President", "FRA", None),
        "Global Affairs Canada": ("Minister of Foreign Affairs", "CAN", None),
        "State Council of Ruritania": ("Premier", None, None),
        "European External Action Service (eeas.europa.eu)": (
            "High Representative", None, "European External Action Service",
        ),
        "Office of the Spokesperson for the UN Secretary-General": (
            "Secretary-General", None, "UN",
        ),
    }


def test_a_coalition_named_after_a_people_is_not_a_person():
    sentence = "The Minister met with President John Roe of the Lakeside Chilean Coalition."
    assert people_in(sentence) == [("John Roe", "President", None)]


def test_officials_of_regional_and_specialised_organisations_serve_no_state():
    from pipelines.extraction.roles import parse_title

    for title in (
        "OIC Secretary-General", "Director-General of the International Labour Organization",
        "Commissioner of the East African Community", "Secretary General of NATO",
    ):
        parsed = parse_title(title)
        assert (parsed.international, parsed.country_code) == (True, None), title
    assert parse_title("Ambassador of Chile to the ILO").country_code == "CHL"


def test_abbreviated_offices_are_titles_and_keep_their_demonym():
    assert people_in("FM Jane Doe met Chilean FM John Roe and Indian EAM Mary Stone.") == [
        ("Jane Doe", "FM", None), ("John Roe", "FM", "CHL"), ("Mary Stone", "EAM", "IND"),
    ]
    assert people_in("The meeting started at 5 PM Monday.") == []


def test_an_implied_principal_takes_the_office_as_the_document_writes_it():
    document = readout_document(
        "I met the Minister for Foreign Affairs of Iran, Dr John Roe, in Canberra today. As "
        "Minister for Foreign Affairs I welcomed the visit.",
        "Minister for Foreign Affairs, Australia (media release)",
        "2002-06-19",
    )
    roles = [p.role for p in extract_meetings(document)[0].participants if p.name is None]
    assert roles == ["Minister for Foreign Affairs"]
