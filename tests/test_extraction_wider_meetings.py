"""Meetings as news agencies, ministries and international bodies report them.

Invented sentences and names, written the way these publishers write.
"""

from pipelines.extraction import extract_meetings

from readout_helpers import meetings_in, readout_document


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
    meetings = meetings_in(
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
    meetings = meetings_in(
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
    meetings = meetings_in(
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
    meetings = meetings_in(
        "The agreement was signed by Foreign Minister Jane Roe and by Under Secretary John "
        "Doe.\n\nFollowing the signing, Minister Roe and Under Secretary Doe exchanged views "
        "on matters of mutual interest.",
        "Ministry of Foreign Affairs of Examplia",
        "2024-10-04",
    )
    assert len(meetings) == 1
    assert {p.name for p in meetings[0].participants} == {"Jane Roe", "John Doe"}


def test_a_statement_quoted_whole_reports_its_speakers_call():
    meetings = meetings_in(
        "Ms. Jane Doe, the Managing Director of the Example Fund, made the following statement "
        "today:\n\n“I had a very constructive call with President-elect John Roe today. We "
        "agreed to pursue an open dialogue.”",
        "Example Fund (statement)",
        "2019-11-19",
    )
    assert [p.name for p in meetings[0].participants] == ["Jane Doe", "John Roe"]
    assert meetings[0].format == "phone"


def test_a_later_sentence_of_a_quoted_statement_reports_its_speakers_call():
    meeting, = meetings_in(
        "Governor Jane Doe today released the following statement on the incoming Governor:."
        "\n\n“Since I came into office, I have worked hard for our partnership. I just spoke "
        "with Lieutenant Governor Ann Roe, who will make history, and we pledged to work "
        "together.”",
        "Office of the Governor of Examplia (statement)",
        "2021-08-10",
    )
    assert [p.name for p in meeting.participants] == ["Jane Doe", "Ann Roe"]
    assert meeting.format == "phone"


def test_a_later_visit_for_consultations_is_another_meeting():
    meetings = meetings_in(
        "The Chairperson of the Example Commission, Jane Doe, was received by President John "
        "Roe.\n\nDuring the visit, the Chairperson also visited the agency's headquarters for "
        "consultations with its Chief Executive Officer Dr Paul Smith.",
        "Example Union Commission (communiqué)",
        "2020-12-02",
    )
    assert [sorted(p.name for p in m.participants) for m in meetings] == [
        ["Jane Doe", "John Roe"], ["Jane Doe", "Paul Smith"],
    ]


def test_a_meeting_still_ahead_is_not_reported_as_held():
    travelling = meetings_in(
        "Prime Minister John Roe travelled to Suva, Fiji, today to attend a bilateral meeting "
        "with Fiji President Jane Doe.",
        "Office of the Prime Minister of Examplia",
        "2023-02-20",
    )
    assert travelling == []
    held = meetings_in(
        "Prime Minister John Roe travelled to Suva to attend the forum, where he met Fiji "
        "President Jane Doe.",
        "Office of the Prime Minister of Examplia",
        "2023-02-20",
    )
    assert len(held) == 1


def test_envoys_listed_after_the_ceremony_join_it():
    meetings = meetings_in(
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


def test_a_series_of_talks_is_reported_one_meeting_at_a_time():
    meetings = meetings_in(
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
    meetings = meetings_in(
        "On October 13, 2023, National Security Advisor John Roe and his deputy Jane Doe held "
        "sessions with community leaders.",
        "The White House",
        "2023-10-15",
    )
    assert meetings[0].date.isoformat() == "2023-10-13"


def test_people_of_the_event_beside_the_meeting_did_not_take_part():
    meetings = meetings_in(
        "Foreign Minister John Roe on 16 March held talks with his Romanian counterpart Ion "
        "Popa, on the sidelines of a meeting between Presidents Ana Lupu and Klaus Weber.",
        "Ministry of Foreign Affairs of the Republic of Moldova",
        "2022-03-17",
    )
    assert [p.name for p in meetings[0].participants] == ["John Roe", "Ion Popa"]


def test_a_day_of_meetings_at_the_palace_gives_one_meeting_each():
    meetings = meetings_in(
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
    meetings = meetings_in(
        "Secretary General of the Arab League Ali Hassan discussed Thursday with Portuguese "
        "Foreign Minister Jose Silva the latest developments.",
        "League of Arab States – spokesman of the Secretary-General",
        "2020-02-14",
    )
    assert [p.name for p in meetings[0].participants] == ["Ali Hassan", "Jose Silva"]
    separate = meetings_in(
        "On April 13, 2023 in Samarkand Foreign Minister of the Republic of Uzbekistan Aziz "
        "Karimov held separate meetings with Foreign Minister of Belarus Ivan Petrov and "
        "Foreign Minister of Iran Ali Rezaei.",
        "Ministry of Foreign Affairs of the Republic of Uzbekistan",
        "2023-04-13",
    )
    assert [sorted(p.name for p in m.participants) for m in separate] == [
        ["Aziz Karimov", "Ivan Petrov"], ["Ali Rezaei", "Aziz Karimov"],
    ]


def test_a_later_meeting_keeps_the_subject_it_names():
    meetings = meetings_in(
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
    meetings = meetings_in(
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
    audience = meetings_in(
        "His Majesty Sultan Ali ibni Al-Marhum Sultan Omar received in audience His Excellency "
        "Ahmad Hassan, Minister for Social Development of the Republic of Singapore. "
        "Accompanying His Excellency were His Excellency Lee Wei, High Commissioner of the "
        "Republic of Singapore to Brunei Darussalam.",
        "Prime Minister's Office, Brunei Darussalam (pmo.gov.bn)",
        "2024-03-19",
    )
    assert "Lee Wei" in [p.name for p in audience[0].participants]


def test_a_time_of_day_and_a_visit_concluded_with_a_meeting_open_othermeetings_in():
    meetings = meetings_in(
        "Condoleezza Roe, US Secretary of State, met today with Jane Doe, the Minister for "
        "Foreign Affairs, at Hofdi house.\n\nSecretary Roe's working visit concluded with a "
        "lunch-meeting with Prime Minister Geir Haraldsson.",
        "Government of Iceland – Ministry for Foreign Affairs (government.is)",
        "2008-05-30",
    )
    assert [sorted(p.name for p in m.participants) for m in meetings] == [
        ["Condoleezza Roe", "Jane Doe"], ["Condoleezza Roe", "Geir Haraldsson"],
    ]
    afternoon = meetings_in(
        "On his second day in Lima, Foreign Minister Juan Soto met his Argentine peer, Jorge "
        "Diaz.\n\nIn the afternoon, Minister Soto accompanied the President of the Republic, "
        "Pablo Rojas, in bilateral meetings with the Presidents of Peru, Luis Vega; and Canada, "
        "Justin Trudeau.",
        "Ministry of Foreign Affairs of Chile (minrel.gob.cl)",
        "2018-04-13",
    )
    assert "Luis Vega" not in [p.name for p in afternoon[0].participants]
    assert len(afternoon) > 1


def test_calling_for_something_is_not_a_call():
    meetings = meetings_in(
        "President John Roe has called for the need to nurture relations with the United States."
        "\n\nThe Head of State was speaking when Chargé d'Affaires David Young paid a courtesy "
        "call on him at State House yesterday.",
        "State House Zambia",
        "2021-09-16",
    )
    assert meetings[0].date.isoformat() == "2021-09-15"


def test_leaders_named_by_plural_office_held_a_multilateral_call():
    meetings = meetings_in(
        "The Prime Ministers of Bulgaria, Israel, Hungary, Romania, Italy and the President of "
        "Cyprus have held a video conference on the coronavirus.\n\nBulgarian Prime Minister "
        "Ivan Petrov said that the key word now was solidarity.",
        "Bulgarian National Radio (bnr.bg), reporting the Government press service",
        "2020-03-10",
    )
    assert [p.name for p in meetings[0].participants] == ["Ivan Petrov"]
    assert (meetings[0].format, meetings[0].kind) == ("video", "multilateral")


def test_sequence_words_briefings_and_sessions_reportmeetings_in():
    meetings = meetings_in(
        "President John Roe paid a working visit to the Commission Headquarters in Abuja today."
        "\n\nPresident Roe was briefed by H.E. Jean Kouame, President of the Commission.\n\n"
        "Meanwhile, President Roe paid a courtesy call on H.E. Dr Ali Bello, Minister of Commerce.",
        "Economic Community of West African States (ECOWAS)",
        "2020-09-21",
    )
    assert [sorted(p.name for p in m.participants) for m in meetings] == [
        ["Jean Kouame", "John Roe"], ["Ali Bello", "John Roe"],
    ]
    segment = meetings_in(
        "The Cabinet Secretary Dr. John Roe and his Mozambique counterpart, H.E. Ana Macamo "
        "jointly held a Ministerial Segment of the 2nd Joint Commission and signed eight "
        "instruments of cooperation.",
        "Ministry of Foreign and Diaspora Affairs, Republic of Kenya",
        "2023-05-10",
    )
    assert [p.name for p in segment[0].participants] == ["John Roe", "Ana Macamo"]
    other = meetings_in(
        "Peru's Foreign Affairs Minister Nestor Paz and General Secretary Jorge Pedraza met on "
        "Friday.\n\nOther meetings\n\nAs part of his agenda, Pedraza met with Peru's Foreign "
        "Trade Minister Edgar Vasquez.",
        "Andina – Agencia Peruana de Noticias",
        "2019-02-08",
    )
    assert [sorted(p.name for p in m.participants) for m in other] == [
        ["Jorge Pedraza", "Nestor Paz"], ["Edgar Vasquez", "Jorge Pedraza"],
    ]


def test_two_people_discussing_together_met():
    meetings = meetings_in(
        "House of Representatives Speaker Hanafi Salem and Arab Parliament speaker Adel Nasser "
        "discussed on Thursday means of enhancing parliamentary cooperation.",
        "House of Representatives of Egypt",
        "2023-03-10",
    )
    assert [p.name for p in meetings[0].participants] == ["Hanafi Salem", "Adel Nasser"]
    alone = meetings_in(
        "Speaker Hanafi Salem discussed on Thursday the budget of the House.",
        "House of Representatives of Egypt",
        "2023-03-10",
    )
    assert alone == []


def test_meetings_still_ahead_in_other_words():
    for text in (
        "Foreign Minister Ali Hassan, Chief Minister Jose Silva and the Special Representative, "
        "Dr Paul Mello, will also attend the meeting.",
        "PM John Roe will also meet Forum Chair Henry Pau ahead of the Leaders' Retreat.",
        "Ahead of the Retreat, there will be a meeting of Minister John Roe and Minister Ali "
        "Hassan on Tuesday.",
        "The meeting will also see the transition of the Chair from Minister John Roe to "
        "Minister Ali Hassan.",
    ):
        assert meetings_in(text, "EMTV Papua New Guinea", "2023-02-20") == [], text
    document = readout_document(
        "Prime Minister John Roe travelled to Suva today to attend a bilateral meeting with "
        "President Ali Hassan.",
        "EMTV Papua New Guinea",
        "2023-02-20",
        title="PM Roe left for meeting in Fiji",
    )
    assert extract_meetings(document) == []


def test_a_meeting_with_parties_the_document_does_not_name():
    series = meetings_in(
        "Minister John Roe had a number of meetings today with respect to national security "
        "matters of mutual interest to Trinidad and Tobago and the United Kingdom.",
        "Government of the Republic of Trinidad and Tobago",
        "2018-04-18",
    )
    assert [[p.name for p in m.participants] for m in series] == [["John Roe"]]
    gathering = meetings_in(
        "Minister for Trade and Industry Gan Wei participated in the first Indo-Pacific Economic "
        "Framework for Prosperity (IPEF) Ministerial meeting of 2024 today.",
        "Ministry of Trade and Industry, Singapore",
        "2024-03-14",
    )
    assert [(m.kind, [p.name for p in m.participants]) for m in gathering] == [
        ("multilateral", ["Gan Wei"]),
    ]


def test_delegations_assisting_and_composed_join_the_meeting():
    meetings = meetings_in(
        "This was agreed in a meeting between Chairman Senate Ali Khan and the delegation of the "
        "Parliament of Canada on Wednesday.\n\nChairman Senate was assisted by Senator Rukhsana "
        "Ali and Senator Faisal Javed.\n\nThe visiting side headed by Ms. Yasmin Roe, MP was "
        "comprised of Senator Diane Griffin and Mr. Terry Dugan, MP.",
        "Senate of Pakistan – press release",
        "2018-04-05",
    )
    assert {p.name for p in meetings[0].participants} == {
        "Ali Khan", "Rukhsana Ali", "Faisal Javed", "Yasmin Roe", "Diane Griffin", "Terry Dugan",
    }
    envoys = meetings_in(
        "President Samia Hassan on Wednesday received five new ambassadors at State House who "
        "presented their credentials.\n\nMr Haniu said the new envoys are Hamisu Umar from "
        "Nigeria and Biyana Pradhan from India.",
        "State House Tanzania",
        "2021-08-25",
    )
    assert {p.name for p in envoys[0].participants} >= {"Hamisu Umar", "Biyana Pradhan"}


def test_the_director_of_communication_reports_the_meeting_without_taking_part():
    meetings = meetings_in(
        "President Samia Hassan on Wednesday received new ambassadors at State House who "
        "presented their credentials.\n\nAccording to the Director of Presidential "
        "Communication, Jaffar Hamisi, the envoys are Hamisu Umar from Nigeria and Biyana "
        "Pradhan from India.",
        "State House Tanzania",
        "2021-08-25",
    )
    assert "Jaffar Hamisi" not in [p.name for p in meetings[0].participants]


def test_an_announcement_to_attend_is_not_a_meeting():
    assert meetings_in(
        "Secretary Janet Roe to Attend G7 Finance Ministers Meeting in London\n\nWASHINGTON – The "
        "Department announced that Secretary Janet Roe will attend the meeting from June 4-5.",
        "U.S. Department of the Treasury",
        "2021-05-24",
    ) == []
    assert len(meetings_in(
        "President John Roe, in Paris to attend the summit, met President Ali Vong.",
        "Presidency of Examplia",
        "2021-05-24",
    )) == 1


def test_telephone_conferences_and_signings_together_are_meetings():
    call = meetings_in(
        "On December 3, Defense Minister Kishi Nobuo held a telephone conference with U.S. "
        "Defense Secretary Lloyd Austin.The two Ministers confirmed their alliance.",
        "Ministry of Defense of Japan",
        "2021-12-03",
    )
    assert (call[0].format, [p.name for p in call[0].participants]) == (
        "phone", ["Kishi Nobuo", "Lloyd Austin"],
    )
    signed = meetings_in(
        "Moscow Mayor Sergei Sobin and Bavarian Prime-Minister Markus Roeder have signed a joint "
        "letter of cooperation.",
        "Moscow City Government",
        "2020-01-31",
    )
    assert [p.name for p in signed[0].participants] == ["Sergei Sobin", "Markus Roeder"]
    with_mayor = meetings_in(
        "Seoul Mayor Park Won Soon signed a MOU with LA Mayor Eric Garcia on Nov 24 in Seoul.",
        "Seoul Metropolitan Government",
        "2014-11-25",
    )
    assert [p.name for p in with_mayor[0].participants] == ["Park Won Soon", "Eric Garcia"]


def test_a_visit_at_the_invitation_of_a_counterpart_and_talks_told_jointly():
    visit = meetings_in(
        "Foreign minister Dr Tandi Dorji visited India at the invitation of India's External "
        "Affairs Minister S Jaishankar.",
        "Kuensel (Bhutan's national newspaper)",
        "2019-11-25",
    )
    assert [p.name for p in visit[0].participants] == ["Tandi Dorji", "S Jaishankar"]
    talks = meetings_in(
        "Ljubljana, 9 January - The President of the Government, Mr. Lojze Peterman, was "
        "content with his visit to Vienna. The conversations with Chancellor Vranitz revolved "
        "around bilateral relations. Mr. Peterman and Mr. Vranitz talked also about the air "
        "corridors.",
        "STA – Slovenian Press Agency",
        "1992-01-09",
    )
    assert {p.name for p in talks[0].participants} == {"Lojze Peterman", "Vranitz"}


def test_phone_conversations_with_two_counterparts_are_two_calls():
    document = readout_document(
        "Foreign Minister Sabri Ali had phone conversations with his American and Chinese "
        "counterparts, respectively Mike Pompe and Wang Li, the ministry said.",
        "Ministry of Foreign Affairs of Algeria",
        "2020-03-02",
        title="Ali holds phone conversation with US, Chinese counterparts",
    )
    meetings = extract_meetings(document)
    assert [sorted(p.name for p in m.participants) for m in meetings] == [
        ["Mike Pompe", "Sabri Ali"], ["Sabri Ali", "Wang Li"],
    ]


def test_an_earlier_meeting_is_another_meeting_but_a_meeting_told_again_is_not():
    meetings = meetings_in(
        "Speaker John Roe held a meeting with Vice President Ana Lupu of Moldova. Ana Lupu "
        "thanked him. Earlier, John Roe met with Ion Popa, President of the Parliament of "
        "Romania, on the sidelines of a conference."
    )
    assert [[p.name for p in m.participants] for m in meetings] == [
        ["John Roe", "Ana Lupu"], ["John Roe", "Ion Popa"],
    ]
    meetings = meetings_in(
        "President John Roe received President Ali Karimov of Tajikistan and his delegation. "
        "Earlier, President Roe and the First Lady Jane Roe received President Karimov and "
        "his spouse Mrs Lola Karimova at State House."
    )
    assert len(meetings) == 1
    assert [p.name for p in meetings[0].participants][:2] == ["John Roe", "Ali Karimov"]


def test_receiving_a_delegation_is_a_meeting_but_receiving_a_letter_is_not():
    meeting, = meetings_in(
        "Chairman John Roe received a delegation of the Japanese House of Councillors led by "
        "Vice President Taro Sato in Hanoi on Tuesday."
    )
    assert [p.name for p in meeting.participants] == ["John Roe", "Taro Sato"]
    assert meetings_in("Chairman John Roe received a letter from President Taro Sato.") == []


def test_separate_meetings_with_two_ministers_of_one_state_are_two_meetings():
    meetings = meetings_in(
        "The CEO of the Examplia Fund, John Roe, had separate meetings today with Minister of "
        "Health of Benin Ali Sow and Minister of Higher Education Ana Dossou."
    )
    assert [[p.name for p in m.participants] for m in meetings] == [
        ["John Roe", "Ali Sow"], ["John Roe", "Ana Dossou"],
    ]


def test_a_later_meeting_that_names_its_own_subject_does_not_take_the_first_ones():
    meetings = meetings_in(
        "United States Chargé d’affaires to Pakistan Jane Roe called on General Ali Khan at "
        "the General Headquarters. The two sides discussed security.\n\n"
        "Separately, Ambassador of Hungary to Pakistan Bela Nagy called on Air Chief Marshal "
        "Omar Sidhu.",
        "Inter-Services Public Relations, Pakistan",
    )
    assert [[(p.name, p.country_code) for p in m.participants] for m in meetings] == [
        [("Jane Roe", "USA"), ("Ali Khan", "PAK")],
        [("Bela Nagy", "HUN"), ("Omar Sidhu", "PAK")],
    ]


def test_a_meeting_with_one_and_separately_with_another_is_two_meetings():
    meetings = meetings_in(
        "The Chief Minister John Roe this morning met with the Foreign Secretary Jane Doe MP "
        "and separately with Ali Khan MP."
    )
    assert [[p.name for p in m.participants] for m in meetings] == [
        ["John Roe", "Jane Doe"], ["John Roe", "Ali Khan"],
    ]


def test_bilateral_meetings_listed_in_the_next_sentence_are_one_meeting_each():
    meetings = meetings_in(
        "Defence Minister John Roe held bilateral meetings with his counterparts from Mongolia "
        "and Suriname who are attending the Indian Ocean Region Plus Conclave. In the course "
        "of the meetings, Mr Roe met with Mr Bat Erdene, Defence Minister of Mongolia and "
        "Ms Ana Kromo, Defence Minister of Suriname."
    )
    assert [[(p.name, p.country_code) for p in m.participants][1:] for m in meetings] == [
        [("Bat Erdene", "MNG")], [("Ana Kromo", "SUR")],
    ]
    assert {m.participants[0].name for m in meetings} == {"John Roe"}


def test_two_signatories_each_signing_for_their_side_met():
    meeting, = meetings_in(
        "Mayor Ali Khan signed the letter on behalf of the Corporation while Dr Lee Min-ho, "
        "Mayor of Sejong City, Republic of Korea, signed the letter on behalf of Sejong city."
    )
    assert [p.name for p in meeting.participants] == ["Ali Khan", "Lee Min-ho"]


def test_a_meeting_with_diplomats_and_who_guided_the_discussion():
    meeting, = meetings_in(
        "Today, Hon. Minister Simon Kofe met with diplomats and staff at the High Commission in "
        "Suva. Acting High Commissioner to Fiji Mr. Ali Tupau guided discussion on a variety of "
        "issues."
    )
    assert [p.name for p in meeting.participants] == ["Simon Kofe", "Ali Tupau"]


def test_a_diary_of_meetings_one_sentence_each():
    meetings = meetings_in(
        "Prime Minister John Roe met President Ali Karimov of Tajikistan on Monday. He "
        "inspected a power plant. He met with Lebanese Minister of Energy Walid Haddad, saying "
        "President Jane Roe always directs support for Lebanon. The premier met with "
        "Vice-President of L'Oréal for the Middle East Vismay Shah."
    )
    assert [{p.name for p in m.participants} for m in meetings] == [
        {"John Roe", "Ali Karimov"}, {"John Roe", "Walid Haddad"}, {"John Roe", "Vismay Shah"},
    ]


def test_the_next_sentence_completes_a_meeting_whose_own_named_no_one_else():
    meeting, = meetings_in(
        "The Chief Minister John Roe has been in London for his first meetings with members of "
        "the new Government. He met with Trade Minister Ali Khan MP to discuss trade."
    )
    assert [p.name for p in meeting.participants] == ["John Roe", "Ali Khan"]


def test_a_virtual_ceremony_of_credentials_and_those_presenting_them():
    meeting, = meetings_in(
        "Hon. John Roe, Minister of Foreign Affairs, received copies of the Letters of Credence "
        "of two new ambassadors at a virtual ceremony held today. Presenting their letters of "
        "credence were H.E. Mr. Khaled Shamaa, non-resident ambassador of the Arab Republic of "
        "Egypt; and H.E. Mr. Zvi Tal, non-resident ambassador of Israel."
    )
    assert meeting.format == "video"
    assert [(p.name, p.country_code) for p in meeting.participants][1:] == [
        ("Khaled Shamaa", "EGY"), ("Zvi Tal", "ISR"),
    ]


def test_those_also_in_the_meeting_took_part():
    meeting, = meetings_in(
        "The Secretary General Ana Lupu met with Senator John Roe, Minister of Foreign Affairs, "
        "today. Also in the meeting were Ambassador Joy Doe, Under Secretary at the Ministry, "
        "and Paula Lange, Political Adviser."
    )
    assert [p.name for p in meeting.participants] == [
        "Ana Lupu", "John Roe", "Joy Doe", "Paula Lange",
    ]


def test_the_subject_named_again_after_an_earlier_meeting_does_not_make_it_a_retelling():
    meetings = meetings_in(
        "Minister John Roe held a meeting with the Ambassador of Guatemala, Ana Lupu. Following "
        "that meeting, Minister Roe then met with Mr. Luis Coimbra, the representative of the "
        "Organization of American States."
    )
    assert [[p.name for p in m.participants] for m in meetings] == [
        ["John Roe", "Ana Lupu"], ["John Roe", "Luis Coimbra"],
    ]


def test_documents_signed_by_one_and_by_the_other_report_a_signing():
    meeting, = meetings_in(
        "On behalf of the Agency, the documents were signed by Comrade Luo Hui, President of "
        "the Agency, and for Nicaragua, they were signed by Comrade Juan Ortega, Presidential "
        "Advisor."
    )
    assert [p.name for p in meeting.participants] == ["Luo Hui", "Juan Ortega"]


def test_engagements_with_officials_are_a_meeting():
    meeting, = meetings_in(
        "The visit, led by Ambassador Linda Roe, saw engagements with Prime Minister, Dr. the "
        "Honourable Timothy Doe."
    )
    assert [p.name for p in meeting.participants] == ["Linda Roe", "Timothy Doe"]


def test_two_officials_signing_together_and_a_stop_where_the_envoy_met_someone():
    meeting, = meetings_in(
        "Vice Mayor John Roe and the Mayor of the Russian city of Tver Ivan Petrov signed a "
        "cooperation agreement on July 20."
    )
    assert [p.name for p in meeting.participants] == ["John Roe", "Ivan Petrov"]
    meetings = meetings_in(
        "Ambassador John Roe recently met Chairman of the Central Bank Ali Karimov in Tashkent. "
        "The envoy paid a visit to the Navoi region, where he met governor Bek Tursunov."
    )
    assert [{p.name for p in m.participants} for m in meetings] == [
        {"John Roe", "Ali Karimov"}, {"John Roe", "Bek Tursunov"},
    ]


def test_pleased_to_meet_in_a_quoted_post_is_a_meeting_held():
    meeting, = meetings_in(
        "Chairman John Roe mentioned this in a post.\n\n\u201cWe were pleased to meet with the "
        "Chairman of the Central Bank of Uzbekistan, Ali Karimov, during our trip. At the "
        "meeting, we signed a Memorandum of Understanding,\u201d he said.\n\nThe meeting with "
        "Chairman Ali Karimov was part of the visit led by Chairman John Roe to Dushanbe."
    )
    assert {p.name for p in meeting.participants} == {"John Roe", "Ali Karimov"}


def test_a_visit_whose_meetings_are_told_further_down():
    meetings = meetings_in(
        "On 10 July, President of Latvia John Roe paid his first foreign visit to Estonia. "
        "During the meeting with the highest officials of Estonia, the President discussed "
        "regional security. During his working visit, J. Roe met with the President of the "
        "Republic of Estonia, Alar Kask, and Estonian Foreign Minister, Margus Tamm."
    )
    assert len(meetings) == 1
    assert [p.name for p in meetings[0].participants] == ["John Roe", "Alar Kask", "Margus Tamm"]


def test_a_sentence_opening_at_the_next_stop_of_a_visit_reports_another_meeting():
    meetings = meetings_in(
        "Foreign Minister John Roe met External Affairs Minister Ravi Shankar in New Delhi. "
        "In Kolkata, Minister Roe met with West Bengal Governor Jagdeep Rao."
    )
    assert [{p.name for p in m.participants} for m in meetings] == [
        {"John Roe", "Ravi Shankar"}, {"John Roe", "Jagdeep Rao"},
    ]


def test_three_bilateral_meetings_each_told_in_its_own_sentence():
    meetings = meetings_in(
        "Energy Secretary John Roe hosted three bilateral meetings. He met with Canadian "
        "Minister of Natural Resources Paul Smith. Secretary Roe also attended a bilateral "
        "meeting with the Chilean Minister of Energy Ana Lopez. This afternoon, Secretary Roe "
        "had a bilateral meeting with Venezuela's Minister for Energy Rafael Diaz."
    )
    assert [{p.name for p in m.participants} for m in meetings] == [
        {"John Roe", "Paul Smith"}, {"John Roe", "Ana Lopez"}, {"John Roe", "Rafael Diaz"},
    ]


def test_bilateral_meetings_with_ministers_of_one_state_and_a_meeting_during_the_visit():
    meetings = meetings_in(
        "Minister of Commerce Ali Saad met the Head of Government of Morocco Aziz Amrani in "
        "Rabat. During His Excellency's visit to the Kingdom of Morocco, he met Minister of "
        "Foreign Affairs Nasser Idrissi. Moreover, he convened bilateral meetings with Minister "
        "of Industry Ryad Alami and Minister of Economy Nadia Fassi."
    )
    assert [sorted(p.name for p in m.participants) for m in meetings] == [
        ["Ali Saad", "Aziz Amrani"], ["Ali Saad", "Nasser Idrissi"], ["Ali Saad", "Ryad Alami"],
        ["Ali Saad", "Nadia Fassi"],
    ]


def test_an_agreement_signed_by_two_officials_reports_their_meeting():
    meeting, = meetings_in(
        "The agreement was signed by the Minister of Planning, Ibrahim Saif, and the agency's "
        "main representative in Amman, Koji Sakata."
    )
    assert [p.name for p in meeting.participants] == ["Ibrahim Saif", "Koji Sakata"]


def test_signing_with_someone_a_memorandum_is_a_meeting():
    meeting, = meetings_in(
        "The Minister of Defense, Juan Botero, signed with the Ambassador of the United Kingdom "
        "in Colombia, Peter Tibb, a Memorandum of Understanding."
    )
    assert [(p.name, p.country_code) for p in meeting.participants][1:] == [
        ("Peter Tibb", "GBR"),
    ]


def test_a_meeting_headline_over_a_body_naming_only_the_guest():
    document = readout_document(
        "His Highness the Ruler welcomed the Consul-General of Germany.\n\nDuring the meeting, "
        "the Ruler and Gunter Rauer reviewed the relations between the two countries.",
        "Government of Sharjah", "2023-05-02",
        title="Sharjah Ruler receives German Consul-General",
    )
    meeting, = extract_meetings(document)
    assert [p.name for p in meeting.participants] == ["Gunter Rauer"]
    announcement = readout_document(
        "The Presidency says President John Roe will host his counterpart on Thursday.\n\nThe "
        "Senior Special Assistant on Media, Ali Shehu, confirmed this in a statement.",
        "State House, Republic of Examplia", "2022-03-30",
        title="Roe hosts Nigerien leader to a State Visit",
    )
    assert extract_meetings(announcement) == []


def test_the_subject_by_office_alone_is_the_one_named_with_that_office_before():
    meeting, = meetings_in(
        "Mr. Angel Ruiz, Secretary-General of the OECD, was in New York on 10 April 2019 to "
        "attend the Annual Meeting of International Organisations. While in New York, the "
        "Secretary-General met with Mr. Ali Karimov, Secretary-General of the United Nations."
    )
    assert [p.name for p in meeting.participants] == ["Angel Ruiz", "Ali Karimov"]


def test_two_courtesy_calls_told_in_turn_are_two_meetings_in_person():
    document = readout_document(
        "KUCHING (July 18): Premier John Roe received two courtesy calls at his office here "
        "yesterday. The first was from Brazil Ambassador to Malaysia, Art Souza, who spoke "
        "with the Premier about energy. The second courtesy call on the Premier was from "
        "Nepal's ambassador to Malaysia, Dili Paudel.",
        "Office of the Premier", "2023-07-18",
        title="Premier receives courtesy calls from Brazil, Nepal ambassadors",
    )
    meetings = extract_meetings(document)
    assert [({p.name for p in m.participants}, m.format) for m in meetings] == [
        ({"John Roe", "Art Souza"}, "in_person"), ({"John Roe", "Dili Paudel"}, "in_person"),
    ]


def test_two_delegations_met_with_their_heads_named_next():
    meeting, = meetings_in(
        "A Ministry of Transport delegation met in Tashkent with a delegation from the Ministry "
        "of Transport of Uzbekistan. Our delegation was headed by the Assistant Undersecretary "
        "Eng. Hamad Abdulla, while Minister of Transport Ilhom Karimov headed the Uzbekistani "
        "delegation."
    )
    assert [p.name for p in meeting.participants] == ["Hamad Abdulla", "Ilhom Karimov"]


def test_the_holder_of_an_office_the_meeting_named_alone_is_its_other_side():
    meeting, = meetings_in(
        "Energy ties were discussed on October 14 at a meeting between the Ambassador of Ghana "
        "and the Minister of Energy John Roe. The minister praised the ties. 'Today I met with the "
        "Ghanaian Ambassador to Israel Kofi Mensah and we discussed energy,' said Roe.",
        publisher="Ministry of Energy of Israel",
    )
    assert [(p.name, p.country_code) for p in meeting.participants] == [
        ("John Roe", "ISR"), ("Kofi Mensah", "GHA"),
    ]


def test_a_sentence_opening_with_a_weekday_reports_another_meeting_of_the_visit():
    meetings = meetings_in(
        "Speaker John Roe met President of the Union Jan Wit in Rome on Saturday.\n\nThey "
        "discussed cooperation.\n\nOn Friday, the Speaker met President of the Italian Senate "
        "Ana Lupu and exchanged views on relations."
    )
    assert [[p.name for p in m.participants] for m in meetings] == [
        ["John Roe", "Jan Wit"], ["Ana Lupu", "John Roe"],
    ]


def test_his_or_her_opening_a_meeting_sentence_is_the_one_person_named_before():
    meeting, = meetings_in(
        "Deputy Governor, John Roe, visited the Embassy in Japan.\n\nHis arrival was officially "
        "welcomed by Ambassador to Japan, Ana Lupu, on Wednesday."
    )
    assert [p.name for p in meeting.participants] == ["John Roe", "Ana Lupu"]


def test_his_or_her_is_no_event_named_bare_before():
    meeting, = meetings_in(
        "Delegates flew in for the Raisina Dialogue.\n\nHis arrival was welcomed by Ambassador "
        "Ana Lupu and Minister Jan Wit."
    )
    assert [p.name for p in meeting.participants] == ["Ana Lupu", "Jan Wit"]


def test_embassy_staff_serve_the_state_of_the_one_embassy_named():
    meeting, = meetings_in(
        "Deputy Minister of Energy of Ukraine Ana Lupu discussed with representatives of the US "
        "Embassy in Ukraine the coming heating season.\n\nThe meeting was attended by Deputy "
        "Chief of Mission John Roe and Energy Attaché Jan Wit.",
        "Ministry of Energy of Ukraine",
    )
    assert [(p.name, p.country_code) for p in meeting.participants] == [
        ("Ana Lupu", "UKR"), ("John Roe", "USA"), ("Jan Wit", "USA"),
    ]
    assert meeting.kind == "bilateral"


def test_a_capitalised_delegation_led_by_someone_gives_its_state():
    meeting, = meetings_in(
        "The Speaker of the National Assembly Hon. John Roe this afternoon met with the "
        "Parliamentary Delegation from the Islamic Parliament of Iran led by the chairman HE Ali "
        "Kashani.",
        "Parliament of Kenya – National Assembly",
    )
    assert [(p.name, p.country_code) for p in meeting.participants] == [
        ("John Roe", "KEN"), ("Ali Kashani", "IRN"),
    ]


def test_a_weekly_report_tells_each_meeting_in_its_own_sentence():
    meetings = meetings_in(
        "Prime Minister John Roe met Lebanese Minister of Energy Ali Karam on Monday.\n\nThe "
        "prime minister, during the past week, met Dean of the Medical School Ana Lupu.\n\nHe "
        "also pointed out, during a meeting with Vice Chairman Jan Wit, that the economy grows."
    )
    assert [sorted(p.name for p in m.participants) for m in meetings] == [
        ["Ali Karam", "John Roe"], ["Ana Lupu", "John Roe"], ["Jan Wit", "John Roe"],
    ]


def test_courtesy_calls_on_or_engagements_with_several_officials_are_one_meeting_each():
    for text in (
        "Ambassador Jane Roe paid courtesy calls on Prime Minister John Doe, Minister of Health "
        "Ana Lupu and Minister of Trade Jan Wit.",
        "The visit of Ambassador Jane Roe saw engagements with Prime Minister John Doe, Minister "
        "of Health Ana Lupu and Minister of Trade Jan Wit.",
    ):
        meetings = meetings_in(text, "Ministry of Foreign Affairs of Examplia")
        assert [[p.name for p in m.participants] for m in meetings] == [
            ["Jane Roe", "John Doe"], ["Jane Roe", "Ana Lupu"], ["Jane Roe", "Jan Wit"],
        ]


def _names(meetings) -> list[list[str]]:
    return [sorted(p.name for p in m.participants if p.name) for m in meetings]


def test_two_named_sides_signing_together_met():
    meetings = meetings_in(
        "LONDON – Defence Minister John Roe and UK Secretary of State for Defence, Ben Wallis, "
        "signed a Joint Vision Statement at the naval base of Portsmouth on Tuesday."
    )
    assert _names(meetings) == [["Ben Wallis", "John Roe"]]
    assert [c.type for c in meetings[0].commitments] == ["agreement"]
    assert meetings_in(
        "President John Roe left for Pretoria. The visit comes three months after President Roe "
        "and opposition groups signed a peace agreement in Addis Ababa."
    ) == []


def test_ministers_who_briefed_a_board_met_it():
    meetings = meetings_in(
        "Foreign Minister John Roe and Planning Minister Ali Moussa today briefed members of the "
        "Board of Executive Directors of the Bank on the country's situation."
    )
    assert _names(meetings) == [["Ali Moussa", "John Roe"]]
    assert meetings_in("Minister John Roe briefed reporters on the visit of Ali Moussa.") == []


def test_a_first_meeting_held_and_those_it_was_held_by():
    meetings = meetings_in(
        "The Council members and the Prime Minister-elect have held their first meeting in "
        "Tripoli. The meeting was held by the Head of the Council, John Roe, members Ali Moussa "
        "and Omar Said as well as the Prime Minister-elect, Karim Nour."
    )
    assert _names(meetings) == [["Ali Moussa", "John Roe", "Karim Nour", "Omar Said"]]
    talks = meetings_in(
        "Before the dinner Minister John Roe and Minister Ali Moussa held a bilateral discussion "
        "on the upcoming ministerial meeting."
    )
    assert _names(talks) == [["Ali Moussa", "John Roe"]]


def test_views_given_while_talking_to_a_visitor_or_a_farewell_bid_tell_a_meeting():
    talking = meetings_in(
        "Speaker John Roe said this while talking to Ambassador Ali Moussa of Japan at the "
        "Parliament House on Thursday."
    )
    assert _names(talking) == [["Ali Moussa", "John Roe"]]
    farewell = meetings_in(
        "On June 28, Consul General Karim Nour bid farewell to Minister Jane Doe."
    )
    assert _names(farewell) == [["Jane Doe", "Karim Nour"]]


def test_a_working_dinner_with_a_visitor_is_a_meeting():
    meetings = meetings_in("Governor John Roe had a working dinner with Ambassador Ali Moussa.")
    assert _names(meetings) == [["Ali Moussa", "John Roe"]]


def test_meetings_on_the_sidelines_of_a_summit_or_one_after_the_other_are_each_their_own():
    sidelines = meetings_in(
        "On the sidelines of the summit, President John Roe held bilateral meetings with Prime "
        "Minister Ali Moussa of Japan and President Jane Doe of Chile."
    )
    assert _names(sidelines) == [["Ali Moussa", "John Roe"], ["Jane Doe", "John Roe"]]
    later = meetings_in(
        "Minister John Roe met with Ali Moussa, the Foreign Minister of Japan, and later with "
        "Jane Doe, the Foreign Minister of Chile."
    )
    assert _names(later) == [["Ali Moussa", "John Roe"], ["Jane Doe", "John Roe"]]


def test_playing_host_to_a_visitor_is_a_meeting():
    meetings = meetings_in(
        "Governor John Roe on Monday played host to the Japanese Ambassador, Ali Moussa."
    )
    assert _names(meetings) == [["Ali Moussa", "John Roe"]]
