"""Dates and places of meetings as news agencies, ministries and international bodies write
them.

Invented sentences and names, written the way these publishers write.
"""

from pipelines.extraction.publishers import publisher_country, publisher_post

from readout_helpers import meetings_in


def test_a_sentence_restating_the_meeting_gives_its_date_and_place_over_the_dateline():
    meetings = meetings_in(
        "Addis Ababa December 17/2019 Deputy Prime Minister, John Roe, held talks with the "
        "Director General of the World Health Organization, Dr. Jane Doe.\n\n"
        "Roe met with the Director General on Monday on the sidelines of the forum in Geneva, "
        "Switzerland.",
        "Ethiopian News Agency (ena.et)",
        "2019-12-17",
    )
    assert (meetings[0].date.isoformat(), meetings[0].date_basis) == ("2019-12-16", "text")
    assert (meetings[0].city, meetings[0].country_code) == ("Geneva", "CHE")


def test_the_dateline_date_gives_way_to_the_date_in_the_sentence():
    meetings = meetings_in(
        "Chisinau, 17 March /AGENCY/ - Foreign Minister John Roe on 16 March held talks with "
        "his Romanian counterpart Ion Popa on the security situation.",
        "Ministry of Foreign Affairs of the Republic of Moldova",
        "2022-03-17",
    )
    assert meetings[0].date.isoformat() == "2022-03-16"


def test_an_earlier_event_in_a_relative_clause_does_not_date_the_meeting():
    meetings = meetings_in(
        "Deputy Head of the Office John Roe had a telephone conversation with Director Jane "
        "Doe of Greece.\n\nJohn Roe informed about the Summit, which took place in Kyiv on "
        "October 12.",
        "President of Ukraine (president.gov.ua/en)",
        "2021-11-10",
    )
    assert (meetings[0].date.isoformat(), meetings[0].date_basis) == ("2021-11-10", "publication")


def test_places_that_are_not_what_they_seem():
    kenya = meetings_in(
        "President John Roe and his visiting Sierra Leonean counterpart, President Ali Bangura "
        "on Monday, 30th May 2022 at the State House, Nairobi led delegations in bilateral "
        "talks.",
        "State House Kenya",
        "2022-05-31",
    )
    assert (kenya[0].city, kenya[0].country_code) == ("Nairobi", "KEN")
    bali = meetings_in(
        "The Indonesian Minister of Foreign Affairs, Jane Doe, held a bilateral meeting with "
        "the Minister of Foreign Affairs of China, Li Wei, in Bali today.",
        "Ministry of Foreign Affairs of the Republic of Indonesia",
        "2022-07-07",
    )
    assert bali[0].country_code == "IDN"


def test_a_visiting_ministers_state_is_not_the_meeting_place():
    meetings = meetings_in(
        "Foreign Minister Somchai Wong held a meeting with visiting Russian Foreign Minister "
        "Ivan Petrov in Phuket on Saturday (15 July).",
        "Ministry of Foreign Affairs of Thailand",
        "2023-07-17",
    )
    assert (meetings[0].city, meetings[0].country_code) == ("Phuket", "THA")


def test_a_lead_about_something_else_does_not_place_the_meeting():
    meetings = meetings_in(
        "President John Roe has hailed the democratic processes observed in Senegal.\n\n"
        "President Roe held talks with Senegal's Ambassador to Namibia, Awa Ndiaye, behind "
        "closed doors today.",
        "Namibian Broadcasting Corporation (nbcnews.na)",
        "2024-04-05",
    )
    assert meetings[0].country_code == "NAM"


def test_a_dateline_line_and_a_visit_ahead_do_not_place_or_name():
    meetings = meetings_in(
        "PR No.192\nPRIME MINISTER RECEIVES PHONE CALL FROM BRITISH PRIME MINISTER\n"
        "Islamabad: August 17, 2021\n\nPrime Minister Imran Ali received a telephone call from "
        "British Prime Minister John Roe today.",
        "Press Information Department (PID), Government of Pakistan",
        "August 17, 2021",
    )
    assert [p.name for p in meetings[0].participants] == ["Imran Ali", "John Roe"]
    at_home = meetings_in(
        "Chargé d'Affaires David Young paid a courtesy call on President John Roe at State House "
        "yesterday.\n\nMr Young said the US government is eagerly waiting to welcome President "
        "Roe on his maiden official visit to the United States of America.",
        "State House Zambia",
        "2021-09-16",
    )
    assert (at_home[0].city, at_home[0].country_code) == ("Lusaka", "ZMB")


def test_a_lead_saying_when_and_where_the_meeting_was_held_dates_and_places_it():
    meetings = meetings_in(
        "A Joint Defence Committee Meeting between Malawi and South Africa was held in "
        "Vanderbijlpark, South Africa from 13 to 14 May 2025. Malawi delegation was led by Mr "
        "James Banda, the Principal Secretary for Defence. The South African delegation was led "
        "by Dr Thandi Nkosi, the Acting Principal Secretary for the Department of Defence. "
        "Speaking during the meeting, Dr Nkosi stated that the bond between the nations is "
        "steadfast. On his part, Mr Banda said that unity of purpose matters.",
        "Malawi Defence Force – website news",
        "2025-05-27 12:42:28",
    )
    assert (meetings[0].date.isoformat(), meetings[0].country_code) == ("2025-05-13", "ZAF")


def test_a_dateline_written_month_first_corrects_a_day_first_publication_date():
    meetings = meetings_in(
        "19:28 | Lima, Jul. 6.\n\nPeruvian President Pedro Paz on Thursday met with Chilean "
        "counterpart Ana Soto in Lima.",
        "Andina – Agencia Peruana de Noticias",
        "7/6/2017",
    )
    assert meetings[0].date.isoformat() == "2017-07-06"


def test_a_country_visited_is_not_a_town_of_its_name_and_video_talks_are_video():
    meetings = meetings_in(
        "Prime Minister Sione Tupou held a productive bilateral meeting with Rt Hon. Jane Roe, "
        "Secretary General of the Commonwealth Secretariat.\n\nPrime Minister Tupou acknowledged "
        "the Baroness's first visit to Tonga as a gesture of commitment.",
        "Prime Minister's Office, Kingdom of Tonga (pmo.gov.to)",
        "2024-04-02",
    )
    assert meetings[0].country_code == "TON"
    video = meetings_in(
        "SEOUL, Dec. 23 (Yonhap) -- First Vice Foreign Minister Choi Min-su held video talks with "
        "Secretary Anita Das of India on Wednesday.",
        "Yonhap News Agency",
        "2020-12-23",
    )
    assert video[0].format == "video"


def test_the_dateline_city_places_a_meeting_nothing_else_places():
    meetings = meetings_in(
        "Geneva: Minister of Public Health HE Ali Al Mahmoud held a meeting with the Minister of "
        "Health of the Republic of Iraq HE Dr Salah Hasan.",
        "Ministry of Public Health, State of Qatar",
        "2025-05-21",
    )
    assert (meetings[0].city, meetings[0].country_code) == ("Geneva", "CHE")
    stated = meetings_in(
        "Ottawa, Ontario — Minister Jane Roe met with Foreign Minister John Doe in Washington "
        "today.",
        "Global Affairs Canada",
        "2025-03-01",
    )
    assert stated[0].country_code == "USA"


def test_the_republic_of_china_is_taiwan():
    meetings = meetings_in(
        "President Tsai Ing-wen of the Republic of China met King Mswati III of Eswatini.",
        "Government Information Office",
        "2023-05-10",
    )
    assert [p.country_code for p in meetings[0].participants] == ["TWN", "SWZ"]


def test_a_publisher_naming_a_state_or_province_speaks_for_its_country():
    assert publisher_country("Office of the Governor, State of Hawaiʻi (EIN Presswire)", None) == (
        "USA"
    )
    assert publisher_country("Government of Alberta", None) == "CAN"
    assert publisher_country("South Ayrshire Council", None) is None


def test_an_embassys_envoy_meets_where_the_embassy_is_posted():
    assert publisher_post("Embassy of Japan in Belgium (be.emb-japan.go.jp)") == "BEL"
    assert publisher_post("Embassy of Bangladesh in Tashkent") == "UZB"
    assert publisher_post("Ministry of Foreign Affairs of Norway") is None
    meeting, = meetings_in(
        "Ambassador Taro Sato paid a courtesy call on Governor Alex Narruhn.",
        "Embassy of Japan in the Federated States of Micronesia",
    )
    assert meeting.country_code == "FSM"
    relayed, = meetings_in(
        "Minister of Foreign Affairs Ivan Petrovic met with US Ambassador to Serbia, Mr. John "
        "Roe.",
        "Consulate General of the Republic of Serbia in Vancouver",
    )
    assert relayed.country_code == "SRB"


def test_a_states_embassy_is_not_in_that_state():
    from pipelines.extraction.places import find_place

    sentence = "The envoy received him at the US Embassy in Kathmandu."
    assert find_place(sentence, 0, len(sentence), "NPL")[1:] == ("Kathmandu", "NPL")
    sentence = "They met at the Indian High Commission on Monday."
    assert find_place(sentence, 0, len(sentence), "NPL") == (None, None, None)


def test_without_a_publication_date_the_date_the_text_opens_with_dates_the_meeting():
    meeting, = meetings_in(
        "Berlin, Germany, June 26, 2023\n\nContinuing his visit, President John Roe met with "
        "Minister of State Jan Wit on Monday.",
        "Presidency of the Republic of Examplia",
        None,
    )
    assert meeting.date.isoformat() == "2023-06-26"
    meeting, = meetings_in(
        "On 28 October 2016, Ambassador Jane Roe paid a courtesy call on Mayor Li Wei.\n\nDuring "
        "the meeting, Mayor Li and Ambassador Roe discussed trade.",
        "Embassy of the Republic of Examplia",
        None,
    )
    assert meeting.date.isoformat() == "2016-10-28"


def test_the_opening_sentence_dates_the_meeting_a_later_sentence_tells():
    meeting, = meetings_in(
        "The Commission and Examplia signed a memorandum of cooperation on September 20 in Amman."
        " The memorandum was signed by Minister of Trade John Roe and Minister Ana Lupu.",
        "Eurasian Economic Commission",
        "2017-09-25",
    )
    assert (meeting.date.isoformat(), meeting.date_basis) == ("2017-09-20", "text")


def test_a_dateline_date_in_brackets_gives_way_to_yesterday():
    meeting, = meetings_in(
        "KUCHING (July 18): Premier John Roe received a courtesy call from Ambassador Ana Lupu "
        "at his office here yesterday.",
        "Premier of Sarawak",
        "2023-07-18",
    )
    assert meeting.date.isoformat() == "2023-07-17"


def test_a_small_town_abroad_after_a_buildings_comma_is_not_the_place():
    meeting, = meetings_in(
        "The Governor of Lagos State, John Roe, on Friday received the United States Consul "
        "General to Lagos, Ana Lupu, on a courtesy visit, at the Lagos House, Marina.",
        "Lagos State Government, Nigeria",
        "2022-08-10",
    )
    assert meeting.country_code != "USA"
    assert [(p.name, p.role, p.country_code) for p in meeting.participants][1] == (
        "Ana Lupu", "Consul General to Lagos", "USA",
    )


def test_trinidad_alone_is_trinidad_and_tobago():
    from pipelines.countries import country_code

    assert country_code("Trinidad") == country_code("Trinidad & Tobago") == "TTO"


def test_a_visit_by_someone_to_a_place_places_the_meetings_told_after_it():
    meeting, = meetings_in(
        "Trade is the focus of a visit by the Speaker of the House, John Roe, to London on "
        "Tuesday, the Speaker's office said.\n\nDuring the visit, Speaker Roe held talks with "
        "Lord Speaker Ana Lupu.",
        "Parliament of Morocco – House of Representatives",
        "2023-05-10",
    )
    assert meeting.country_code == "GBR"
