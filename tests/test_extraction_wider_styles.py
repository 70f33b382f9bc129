"""Styles of readouts from news agencies, ministries and international bodies.

Invented sentences and names, written the way these publishers write.
"""

from pipelines.extraction import extract_meetings

from readout_helpers import people_in, readout_document

STATE_HOUSE = "State House, Republic of Examplia (statehouse.example)"


def _meetings(text: str, publisher: str = STATE_HOUSE, published: str = "2019-06-21"):
    return extract_meetings(readout_document(text, publisher, published))


def test_a_headline_meeting_over_an_announcement_is_not_held():
    document = readout_document(
        "The Presidency says President John Roe will host his counterpart, Ali Moussa, on "
        "Thursday.",
        "Presidency of Examplia",
        "2022-03-31",
        title="Roe hosts Moussa to a State Visit",
    )
    assert extract_meetings(document) == []


def test_envoys_presenting_credentials_meet_the_head_of_state():
    meetings = _meetings(
        "Ambassadors designate from Norway and Chile have presented their letters of credence "
        "to His Excellency President John Roe at State House.\n\n"
        "The Norwegian Ambassador, Kari Nordmann, said she was honoured to serve.\n\n"
        "The ambassador from Chile, Juan Pérez, congratulated President Roe on the progress made."
    )
    assert len(meetings) == 1
    people = {p.name: (p.role, p.country_code) for p in meetings[0].participants}
    assert people["Kari Nordmann"] == ("Ambassador", "NOR")
    assert people["Juan Pérez"] == ("ambassador from Chile", "CHL")
    assert "John Roe" in people
    assert meetings[0].kind == "multilateral"


def test_a_visit_to_the_head_of_an_organisation_is_a_meeting():
    meetings = _meetings(
        "21-07-2017, Geneva (Switzerland): The Executive Secretary of the Regional Authority, "
        "H.E Amb (Eng) John Roe, visited the Director General of the World Health "
        "Organization, Dr Jane Doe, on July 21st in Geneva.",
        "Regional Authority on Development (news)",
        "21-07-2017",
    )
    assert len(meetings) == 1
    names = [p.name for p in meetings[0].participants]
    assert names == ["John Roe", "Jane Doe"]
    assert meetings[0].participants[0].role == "Executive Secretary of the Regional Authority"
    assert meetings[0].city == "Geneva"


def test_a_teleconference_later_that_day_is_another_call():
    meetings = _meetings(
        "Foreign Minister Ali Demir had a video conference with Foreign Minister John Roe of "
        "Hungary on 19 March 2020.\n\n"
        "On the same day, Minister Demir also had a teleconference with Foreign Minister Jane "
        "Doe of Canada and Foreign Minister Paulo Silva of Brazil.",
        "Ministry of Foreign Affairs, Republic of Türkiye (mfa.gov.tr)",
        "2020-03-19",
    )
    assert [m.format for m in meetings] == ["video", "phone"]
    assert {p.name for p in meetings[1].participants} == {"Ali Demir", "Jane Doe", "Paulo Silva"}


def test_views_exchanged_after_a_signing_report_the_meeting():
    meetings = _meetings(
        "The agreement was signed by Foreign Minister Jane Roe and by Under Secretary John "
        "Doe.\n\nFollowing the signing, Minister Roe and Under Secretary Doe exchanged views "
        "on matters of mutual interest.",
        "Ministry of Foreign Affairs of Examplia",
        "2024-10-04",
    )
    assert len(meetings) == 1
    assert {p.name for p in meetings[0].participants} == {"Jane Roe", "John Doe"}


def test_an_initial_glued_to_the_family_name_is_part_of_the_name():
    assert people_in("Foreign Affairs Minister D.Batbold met Senator John Roe.") == [
        ("D. Batbold", "Foreign Affairs Minister", None),
        ("John Roe", "Senator", None),
    ]


def test_a_city_in_a_dateline_is_not_a_speaker():
    assert [name for name, _, _ in people_in(
        "21-07-2017, Geneva (Switzerland): The Director, Dr Jane Doe, met John Roe."
    )] == ["Jane Doe", "John Roe"]


def test_a_co_chair_is_an_office_not_a_name():
    assert people_in("He met Caucus Co-chair and Congressman John Roe in Washington.") == [
        ("John Roe", "Caucus Co-chair and Congressman", None),
    ]


def test_a_sentence_restating_the_meeting_gives_its_date_and_place_over_the_dateline():
    meetings = _meetings(
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
    meetings = _meetings(
        "Chisinau, 17 March /AGENCY/ - Foreign Minister John Roe on 16 March held talks with "
        "his Romanian counterpart Ion Popa on the security situation.",
        "Ministry of Foreign Affairs of the Republic of Moldova",
        "2022-03-17",
    )
    assert meetings[0].date.isoformat() == "2022-03-16"


def test_an_earlier_event_in_a_relative_clause_does_not_date_the_meeting():
    meetings = _meetings(
        "Deputy Head of the Office John Roe had a telephone conversation with Director Jane "
        "Doe of Greece.\n\nJohn Roe informed about the Summit, which took place in Kyiv on "
        "October 12.",
        "President of Ukraine (president.gov.ua/en)",
        "2021-11-10",
    )
    assert (meetings[0].date.isoformat(), meetings[0].date_basis) == ("2021-11-10", "publication")


def test_a_statement_quoted_whole_reports_its_speakers_call():
    meetings = _meetings(
        "Ms. Jane Doe, the Managing Director of the Example Fund, made the following statement "
        "today:\n\n“I had a very constructive call with President-elect John Roe today. We "
        "agreed to pursue an open dialogue.”",
        "Example Fund (statement)",
        "2019-11-19",
    )
    assert [p.name for p in meetings[0].participants] == ["Jane Doe", "John Roe"]
    assert meetings[0].format == "phone"


def test_a_later_visit_for_consultations_is_another_meeting():
    meetings = _meetings(
        "The Chairperson of the Example Commission, Jane Doe, was received by President John "
        "Roe.\n\nDuring the visit, the Chairperson also visited the agency's headquarters for "
        "consultations with its Chief Executive Officer Dr Paul Smith.",
        "Example Union Commission (communiqué)",
        "2020-12-02",
    )
    assert [sorted(p.name for p in m.participants) for m in meetings] == [
        ["Jane Doe", "John Roe"], ["Jane Doe", "Paul Smith"],
    ]


def test_forms_of_address_and_words_of_titles_are_not_names():
    assert people_in(
        "He spoke with H.E. Tan Sri Dato’ Haji Ahmad bin Haji Ismail, the Prime Minister of "
        "Malaysia."
    ) == [("Ahmad bin Ismail", "Prime Minister", "MYS")]
    assert [name for name, _, _ in people_in(
        "His Royal Highness Prince Faisal bin Khalid made a phone call to President John Roe."
    )] == ["Faisal bin Khalid", "John Roe"]
    assert people_in(
        "The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Ali "
        "Idrissi, held talks."
    ) == [("Ali Idrissi", "Minister of Foreign Affairs, African Cooperation and Moroccan "
           "Expatriates", "MAR")]
    assert [name for name, _, _ in people_in(
        "A call took place between the Founder of Peace and National Unity - Leader of the "
        "Nation, President of the Republic of Tajikistan, Honorable Ali Karimov, and John Roe."
    )] == ["Ali Karimov", "John Roe"]
    # Sinhalese and Burmese names keep the words that are honorifics elsewhere.
    assert [name for name, _, _ in people_in(
        "He met Most Ven. Thibbatuwawe Sri Sumangala Nayaka Thera and U Tun Tun Oo."
    )] == ["Thibbatuwawe Sri Sumangala Nayaka Thera", "U Tun Tun Oo"]


def test_venues_awards_and_dateline_cities_are_not_people():
    assert people_in("President Kagame on Friday at Urugwiro Village received a delegation.") == [
        ("Kagame", "President", None),
    ]
    assert [name for name, _, _ in people_in(
        "The recipient of the Global Leadership Award, John Roe, welcomed them."
    )] == ["John Roe"]
    assert [name for name, _, _ in people_in(
        "AKP Phnom Penh, December 06, 2018 -Prime Minister John Roe paid a courtesy call on "
        "President Jane Doe in Vientiane."
    )] == ["John Roe", "Jane Doe"]


def test_a_country_glued_to_the_name_after_it_is_no_part_of_it():
    assert people_in(
        "President Ali Karimov received the new Ambassador of the United States of America to "
        "KyrgyzstanJohn Roe."
    )[1][0] == "John Roe"


def test_a_meeting_still_ahead_is_not_reported_as_held():
    travelling = _meetings(
        "Prime Minister John Roe travelled to Suva, Fiji, today to attend a bilateral meeting "
        "with Fiji President Jane Doe.",
        "Office of the Prime Minister of Examplia",
        "2023-02-20",
    )
    assert travelling == []
    held = _meetings(
        "Prime Minister John Roe travelled to Suva to attend the forum, where he met Fiji "
        "President Jane Doe.",
        "Office of the Prime Minister of Examplia",
        "2023-02-20",
    )
    assert len(held) == 1


def test_royal_names_sharing_a_family_name_are_two_people():
    meetings = _meetings(
        "His Royal Highness Prime Minister Prince Khalid bin Hamad Al Nahar received His Royal "
        "Highness Prince Hamad bin Faisal Al Nahar, the Crown Prince, at his palace today.",
        "Examplia News Agency, report on the Prime Minister's Court",
        "2020-04-05",
    )
    assert [p.name for p in meetings[0].participants] == [
        "Khalid bin Hamad Al Nahar", "Hamad bin Faisal Al Nahar",
    ]


def test_envoys_listed_after_the_ceremony_join_it():
    meetings = _meetings(
        "President John Roe has received the letters of credence of new envoys.\n\n"
        "They include the Ambassador of the Republic of Guinea to Ghana, Ali Camara, and the "
        "High Commissioner of New Zealand to Ghana, Jane Doe.\n\n"
        "The Ambassador of Mauritania to Ghana, Ahmed Salem, also presented his letters of "
        "credence to the president.",
        "Presidency of Ghana (Jubilee House)",
        "2023-03-01",
    )
    assert {p.name: p.country_code for p in meetings[0].participants} == {
        "John Roe": "GHA", "Ali Camara": "GIN", "Jane Doe": "NZL", "Ahmed Salem": "MRT",
    }


def test_a_counterpart_phrase_belongs_to_the_name_after_it():
    meetings = _meetings(
        "After a phone call of Foreign Minister Hans Weber, his French counterpart Jean Dupont "
        "and Russian Foreign Minister Ivan Petrov a Foreign Office Spokesperson issued the "
        "following statement today:",
        "Federal Foreign Office, Germany (auswaertiges-amt.de)",
        "2021-06-07",
    )
    assert {p.name: p.country_code for p in meetings[0].participants} == {
        "Hans Weber": "DEU", "Jean Dupont": "FRA", "Ivan Petrov": "RUS",
    }


def test_a_series_of_talks_is_reported_one_meeting_at_a_time():
    meetings = _meetings(
        "The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Ali "
        "Idrissi, held, Wednesday in Cairo, a series of talks with a number of his Arab "
        "counterparts.\n\nIdrissi met with the Minister of Foreign Affairs, Cooperation and "
        "Mauritanians Abroad, Mohamed Salem, to discuss cooperation.\n\nIdrissi also discussed "
        "with his Egyptian counterpart, Omar Hassan, ways of boosting relations.",
        "Kingdom of Morocco government portal (maroc.ma)",
        "2024-03-06",
    )
    assert [sorted(p.name for p in m.participants) for m in meetings] == [
        ["Ali Idrissi", "Mohamed Salem"], ["Ali Idrissi", "Omar Hassan"],
    ]
    assert {m.format for m in meetings} == {"in_person"}
    roles = {p.name: p.role for p in meetings[0].participants}
    assert roles["Mohamed Salem"] == (
        "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad"
    )


def test_sessions_held_with_a_community_are_a_meeting():
    meetings = _meetings(
        "On October 13, 2023, National Security Advisor John Roe and his deputy Jane Doe held "
        "sessions with community leaders.",
        "The White House",
        "2023-10-15",
    )
    assert meetings[0].date.isoformat() == "2023-10-13"


def test_places_that_are_not_what_they_seem():
    kenya = _meetings(
        "President John Roe and his visiting Sierra Leonean counterpart, President Ali Bangura "
        "on Monday, 30th May 2022 at the State House, Nairobi led delegations in bilateral "
        "talks.",
        "State House Kenya",
        "2022-05-31",
    )
    assert (kenya[0].city, kenya[0].country_code) == ("Nairobi", "KEN")
    bali = _meetings(
        "The Indonesian Minister of Foreign Affairs, Jane Doe, held a bilateral meeting with "
        "the Minister of Foreign Affairs of China, Li Wei, in Bali today.",
        "Ministry of Foreign Affairs of the Republic of Indonesia",
        "2022-07-07",
    )
    assert bali[0].country_code == "IDN"


def test_people_of_the_event_beside_the_meeting_did_not_take_part():
    meetings = _meetings(
        "Foreign Minister John Roe on 16 March held talks with his Romanian counterpart Ion "
        "Popa, on the sidelines of a meeting between Presidents Ana Lupu and Klaus Weber.",
        "Ministry of Foreign Affairs of the Republic of Moldova",
        "2022-03-17",
    )
    assert [p.name for p in meetings[0].participants] == ["John Roe", "Ion Popa"]


def test_a_day_of_meetings_at_the_palace_gives_one_meeting_each():
    meetings = _meetings(
        "The Palace witnessed on Tuesday an array of ministerial and diplomatic meetings.\n\n"
        "President of the Republic, General John Roe, welcomed Minister of State for Trade, "
        "Ali Murad, who briefed him on his work.\n\n"
        "The President also had an audience with Minister of State for Displaced Affairs, "
        "Sami Haddad, with whom he discussed refugee affairs.\n\n"
        "In the wake of the meeting, Haddad said, \"We told the President of our visit to "
        "Syria.\"\n\n"
        "On the diplomatic level, Ambassador of India to Lebanon, Raj Arora, paid the "
        "President a farewell visit.",
        "National News Agency, Lebanon (report on the Presidency)",
        "2019-11-19",
    )
    assert [sorted(p.name for p in m.participants) for m in meetings] == [
        ["Ali Murad", "John Roe"], ["John Roe", "Sami Haddad"], ["John Roe", "Raj Arora"],
    ]
    # A place in someone's quoted words is not where the meetings were.
    assert {m.country_code for m in meetings} == {"LBN"}


def test_discussions_with_a_day_between_and_separate_meetings_are_reported():
    meetings = _meetings(
        "Secretary General of the Arab League Ali Hassan discussed Thursday with Portuguese "
        "Foreign Minister Jose Silva the latest developments.",
        "League of Arab States – spokesman of the Secretary-General",
        "2020-02-14",
    )
    assert [p.name for p in meetings[0].participants] == ["Ali Hassan", "Jose Silva"]
    separate = _meetings(
        "On April 13, 2023 in Samarkand Foreign Minister of the Republic of Uzbekistan Aziz "
        "Karimov held separate meetings with Foreign Minister of Belarus Ivan Petrov and "
        "Foreign Minister of Iran Ali Rezaei.",
        "Ministry of Foreign Affairs of the Republic of Uzbekistan",
        "2023-04-13",
    )
    assert [sorted(p.name for p in m.participants) for m in separate] == [
        ["Aziz Karimov", "Ivan Petrov"], ["Ali Rezaei", "Aziz Karimov"],
    ]


def test_an_envoys_post_is_part_of_the_title():
    assert people_in(
        "Rabbani met yesterday with the Ambassador of Republic of Finland in Kabul, Mr. Ari Mäki."
    )[1] == ("Ari Mäki", "Ambassador of Republic of Finland in Kabul", "FIN")


def test_malay_two_word_honorifics_leave_chinese_names_alone():
    assert [name for name, _, _ in people_in(
        "He met Yang Berhormat Dato Ahmad Ismail and Director Yang Jiechi."
    )] == ["Ahmad Ismail", "Yang Jiechi"]


def test_a_later_meeting_keeps_the_subject_it_names():
    meetings = _meetings(
        "During a courtesy call at the Office of the President by Lesotho Prime Minister Mr "
        "Sam Molapo July 13, President Dr John Roe said the two countries shared a history."
        "\n\nMeanwhile, President Roe also received a courtesy call from Prince Sipho Dlamini, "
        "a special envoy of the eSwatini monarch and head of state King Mswati III. Mr Chris "
        "Maurice, chief executive officer of Yellow Card, also paid a courtesy call.",
        "Botswana Press Agency (BOPA), report on the Office of the President",
        "2023-07-14",
    )
    assert [sorted(p.name for p in m.participants) for m in meetings[:2]] == [
        ["John Roe", "Sam Molapo"], ["John Roe", "Sipho Dlamini"],
    ]
    assert all(p.name != "Yellow Card" for m in meetings for p in m.participants)


def test_a_working_session_and_those_accompanying_the_visitor():
    meetings = _meetings(
        "The Prime Minister, Mr John Roe, had a working session yesterday with representatives "
        "of the Institute of Governance at the Treasury Building.\n\nThe Indian delegation was "
        "accompanied by the Indian High Commissioner to Mauritius, Mr Abhay Rao.\n\n"
        "The Senior Chief Executive of the Ministry of Civil Service, Mr K.S Pillay was also "
        "present at the meeting.",
        "Government of Mauritius (press release)",
        "2017-08-23",
    )
    assert [p.name for p in meetings[0].participants] == ["John Roe", "Abhay Rao", "K.S Pillay"]
    assert meetings[0].date.isoformat() == "2017-08-22"
    audience = _meetings(
        "His Majesty Sultan Ali ibni Al-Marhum Sultan Omar received in audience His Excellency "
        "Ahmad Hassan, Minister for Social Development of the Republic of Singapore. "
        "Accompanying His Excellency were His Excellency Lee Wei, High Commissioner of the "
        "Republic of Singapore to Brunei Darussalam.",
        "Prime Minister's Office, Brunei Darussalam (pmo.gov.bn)",
        "2024-03-19",
    )
    assert "Lee Wei" in [p.name for p in audience[0].participants]


def test_a_visiting_ministers_state_is_not_the_meeting_place():
    meetings = _meetings(
        "Foreign Minister Somchai Wong held a meeting with visiting Russian Foreign Minister "
        "Ivan Petrov in Phuket on Saturday (15 July).",
        "Ministry of Foreign Affairs of Thailand",
        "2023-07-17",
    )
    assert (meetings[0].city, meetings[0].country_code) == ("Phuket", "THA")


def test_offices_shared_by_a_list_and_by_a_counterpart():
    assert [role for _, role, _ in people_in(
        "He was accompanied to the talks by Cabinet Secretaries Dr Fred Otieno (Interior), Amb "
        "Jane Wanjiru (Foreign Affairs) and Betty Maina (Trade)."
    )] == ["Cabinet Secretary", "Cabinet Secretary", "Cabinet Secretary"]
    meetings = _meetings(
        "After a phone call of Foreign Minister Hans Weber and his French counterpart Jean "
        "Dupont, the Foreign Office issued the following statement today:",
        "Federal Foreign Office, Germany (auswaertiges-amt.de)",
        "2021-06-07",
    )
    assert [p.role for p in meetings[0].participants] == ["Foreign Minister", "Foreign Minister"]


def test_a_time_of_day_and_a_visit_concluded_with_a_meeting_open_other_meetings():
    meetings = _meetings(
        "Condoleezza Roe, US Secretary of State, met today with Jane Doe, the Minister for "
        "Foreign Affairs, at Hofdi house.\n\nSecretary Roe's working visit concluded with a "
        "lunch-meeting with Prime Minister Geir Haraldsson.",
        "Government of Iceland – Ministry for Foreign Affairs (government.is)",
        "2008-05-30",
    )
    assert [sorted(p.name for p in m.participants) for m in meetings] == [
        ["Condoleezza Roe", "Jane Doe"], ["Condoleezza Roe", "Geir Haraldsson"],
    ]
    afternoon = _meetings(
        "On his second day in Lima, Foreign Minister Juan Soto met his Argentine peer, Jorge "
        "Diaz.\n\nIn the afternoon, Minister Soto accompanied the President of the Republic, "
        "Pablo Rojas, in bilateral meetings with the Presidents of Peru, Luis Vega; and Canada, "
        "Justin Trudeau.",
        "Ministry of Foreign Affairs of Chile (minrel.gob.cl)",
        "2018-04-13",
    )
    assert "Luis Vega" not in [p.name for p in afternoon[0].participants]
    assert len(afternoon) > 1


def test_a_lead_about_something_else_does_not_place_the_meeting():
    meetings = _meetings(
        "President John Roe has hailed the democratic processes observed in Senegal.\n\n"
        "President Roe held talks with Senegal's Ambassador to Namibia, Awa Ndiaye, behind "
        "closed doors today.",
        "Namibian Broadcasting Corporation (nbcnews.na)",
        "2024-04-05",
    )
    assert meetings[0].country_code == "NAM"


def test_calling_for_something_is_not_a_call():
    meetings = _meetings(
        "President John Roe has called for the need to nurture relations with the United States."
        "\n\nThe Head of State was speaking when Chargé d'Affaires David Young paid a courtesy "
        "call on him at State House yesterday.",
        "State House Zambia",
        "2021-09-16",
    )
    assert meetings[0].date.isoformat() == "2021-09-15"


def test_more_words_that_are_not_names():
    assert [name for name, _, _ in people_in(
        "PRIME MINISTER RECEIVES CALL FROM BRITISH PRIME MINISTER Islamabad: August 17, 2021 "
        "Prime Minister Imran Ali received a telephone call from Prime Minister John Roe today."
    )] == ["Imran Ali", "John Roe"]
    assert [name for name, _, _ in people_in(
        "He met Head of the Political Directorate at the Foreign MinistryJan Novak today."
    )] == ["Jan Novak"]
    assert [name for name, _, _ in people_in(
        "Reference: E-123/17. Ambassador Jane Doe met him."
    )] == ["Jane Doe"]


def test_a_country_may_be_a_family_name():
    assert people_in("Secretary-General Patricia Scotland said it was important.") == [
        ("Patricia Scotland", "Secretary-General", None),
    ]
    assert people_in("President John Roe visited Jordan and Georgia.") == [
        ("John Roe", "President", None),
    ]


def test_a_dateline_line_and_a_visit_ahead_do_not_place_or_name():
    meetings = _meetings(
        "PR No.192\nPRIME MINISTER RECEIVES PHONE CALL FROM BRITISH PRIME MINISTER\n"
        "Islamabad: August 17, 2021\n\nPrime Minister Imran Ali received a telephone call from "
        "British Prime Minister John Roe today.",
        "Press Information Department (PID), Government of Pakistan",
        "August 17, 2021",
    )
    assert [p.name for p in meetings[0].participants] == ["Imran Ali", "John Roe"]
    at_home = _meetings(
        "Chargé d'Affaires David Young paid a courtesy call on President John Roe at State House "
        "yesterday.\n\nMr Young said the US government is eagerly waiting to welcome President "
        "Roe on his maiden official visit to the United States of America.",
        "State House Zambia",
        "2021-09-16",
    )
    assert (at_home[0].city, at_home[0].country_code) == ("Lusaka", "ZMB")


def test_a_lead_saying_when_and_where_the_meeting_was_held_dates_and_places_it():
    meetings = _meetings(
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


def test_leaders_named_by_plural_office_held_a_multilateral_call():
    meetings = _meetings(
        "The Prime Ministers of Bulgaria, Israel, Hungary, Romania, Italy and the President of "
        "Cyprus have held a video conference on the coronavirus.\n\nBulgarian Prime Minister "
        "Ivan Petrov said that the key word now was solidarity.",
        "Bulgarian National Radio (bnr.bg), reporting the Government press service",
        "2020-03-10",
    )
    assert [p.name for p in meetings[0].participants] == ["Ivan Petrov"]
    assert (meetings[0].format, meetings[0].kind) == ("video", "multilateral")


def test_names_glued_by_a_lost_space_and_more_demonyms():
    assert people_in(
        "Ambassador HaithamShugaaddin discussed Friday with the Head of the Political "
        "Directorate at Slovakian Foreign MinistryBuzek Roman latest developments."
    ) == [
        ("Haitham Shugaaddin", "Ambassador", None),
        ("Buzek Roman", "Head of the Political Directorate at Slovakian Foreign Ministry", "SVK"),
    ]


def test_sequence_words_briefings_and_sessions_report_meetings():
    meetings = _meetings(
        "President John Roe paid a working visit to the Commission Headquarters in Abuja today."
        "\n\nPresident Roe was briefed by H.E. Jean Kouame, President of the Commission.\n\n"
        "Meanwhile, President Roe paid a courtesy call on H.E. Dr Ali Bello, Minister of Commerce.",
        "Economic Community of West African States (ECOWAS)",
        "2020-09-21",
    )
    assert [sorted(p.name for p in m.participants) for m in meetings] == [
        ["Jean Kouame", "John Roe"], ["Ali Bello", "John Roe"],
    ]
    segment = _meetings(
        "The Cabinet Secretary Dr. John Roe and his Mozambique counterpart, H.E. Ana Macamo "
        "jointly held a Ministerial Segment of the 2nd Joint Commission and signed eight "
        "instruments of cooperation.",
        "Ministry of Foreign and Diaspora Affairs, Republic of Kenya",
        "2023-05-10",
    )
    assert [p.name for p in segment[0].participants] == ["John Roe", "Ana Macamo"]
    other = _meetings(
        "Peru's Foreign Affairs Minister Nestor Paz and General Secretary Jorge Pedraza met on "
        "Friday.\n\nOther meetings\n\nAs part of his agenda, Pedraza met with Peru's Foreign "
        "Trade Minister Edgar Vasquez.",
        "Andina – Agencia Peruana de Noticias",
        "2019-02-08",
    )
    assert [sorted(p.name for p in m.participants) for m in other] == [
        ["Jorge Pedraza", "Nestor Paz"], ["Edgar Vasquez", "Jorge Pedraza"],
    ]


def test_a_dateline_written_month_first_corrects_a_day_first_publication_date():
    meetings = _meetings(
        "19:28 | Lima, Jul. 6.\n\nPeruvian President Pedro Paz on Thursday met with Chilean "
        "counterpart Ana Soto in Lima.",
        "Andina – Agencia Peruana de Noticias",
        "7/6/2017",
    )
    assert meetings[0].date.isoformat() == "2017-07-06"


def test_a_country_visited_is_not_a_town_of_its_name_and_video_talks_are_video():
    meetings = _meetings(
        "Prime Minister Sione Tupou held a productive bilateral meeting with Rt Hon. Jane Roe, "
        "Secretary General of the Commonwealth Secretariat.\n\nPrime Minister Tupou acknowledged "
        "the Baroness's first visit to Tonga as a gesture of commitment.",
        "Prime Minister's Office, Kingdom of Tonga (pmo.gov.to)",
        "2024-04-02",
    )
    assert meetings[0].country_code == "TON"
    video = _meetings(
        "SEOUL, Dec. 23 (Yonhap) -- First Vice Foreign Minister Choi Min-su held video talks with "
        "Secretary Anita Das of India on Wednesday.",
        "Yonhap News Agency",
        "2020-12-23",
    )
    assert video[0].format == "video"


def test_fields_of_cooperation_are_not_people():
    assert [name for name, _, _ in people_in(
        "Minister John Roe and Minister Ana Macamo signed instruments in the areas of Transport, "
        "Mutual Legal Assistance in Criminal Matters and Transfer of Sentenced Persons."
    )] == ["John Roe", "Ana Macamo"]
