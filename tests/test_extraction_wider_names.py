"""Names, forms of address and offices as news agencies, ministries and international bodies
write them.

Invented sentences and names, written the way these publishers write.
"""

from readout_helpers import meetings_in, people_in


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


def test_royal_names_sharing_a_family_name_are_two_people():
    meetings = meetings_in(
        "His Royal Highness Prime Minister Prince Khalid bin Hamad Al Nahar received His Royal "
        "Highness Prince Hamad bin Faisal Al Nahar, the Crown Prince, at his palace today.",
        "Examplia News Agency, report on the Prime Minister's Court",
        "2020-04-05",
    )
    assert [p.name for p in meetings[0].participants] == [
        "Khalid bin Hamad Al Nahar", "Hamad bin Faisal Al Nahar",
    ]


def test_a_counterpart_phrase_belongs_to_the_name_after_it():
    meetings = meetings_in(
        "After a phone call of Foreign Minister Hans Weber, his French counterpart Jean Dupont "
        "and Russian Foreign Minister Ivan Petrov a Foreign Office Spokesperson issued the "
        "following statement today:",
        "Federal Foreign Office, Germany (auswaertiges-amt.de)",
        "2021-06-07",
    )
    assert {p.name: p.country_code for p in meetings[0].participants} == {
        "Hans Weber": "DEU", "Jean Dupont": "FRA", "Ivan Petrov": "RUS",
    }


def test_an_envoys_post_is_part_of_the_title():
    assert people_in(
        "Rabbani met yesterday with the Ambassador of Republic of Finland in Kabul, Mr. Ari Mäki."
    )[1] == ("Ari Mäki", "Ambassador of Republic of Finland in Kabul", "FIN")


def test_malay_two_word_honorifics_leave_chinese_names_alone():
    assert [name for name, _, _ in people_in(
        "He met Yang Berhormat Dato Ahmad Ismail and Director Yang Jiechi."
    )] == ["Ahmad Ismail", "Yang Jiechi"]


def test_offices_shared_by_a_list_and_by_a_counterpart():
    assert [role for _, role, _ in people_in(
        "He was accompanied to the talks by Cabinet Secretaries Dr Fred Otieno (Interior), Amb "
        "Jane Wanjiru (Foreign Affairs) and Betty Maina (Trade)."
    )] == ["Cabinet Secretary", "Cabinet Secretary", "Cabinet Secretary"]
    meetings = meetings_in(
        "After a phone call of Foreign Minister Hans Weber and his French counterpart Jean "
        "Dupont, the Foreign Office issued the following statement today:",
        "Federal Foreign Office, Germany (auswaertiges-amt.de)",
        "2021-06-07",
    )
    assert [p.role for p in meetings[0].participants] == ["Foreign Minister", "Foreign Minister"]


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


def test_names_glued_by_a_lost_space_and_more_demonyms():
    assert people_in(
        "Ambassador HaithamShugaaddin discussed Friday with the Head of the Political "
        "Directorate at Slovakian Foreign MinistryBuzek Roman latest developments."
    ) == [
        ("Haitham Shugaaddin", "Ambassador", None),
        ("Buzek Roman", "Head of the Political Directorate at Slovakian Foreign Ministry", "SVK"),
    ]


def test_fields_of_cooperation_are_not_people():
    assert [name for name, _, _ in people_in(
        "Minister John Roe and Minister Ana Macamo signed instruments in the areas of Transport, "
        "Mutual Legal Assistance in Criminal Matters and Transfer of Sentenced Persons."
    )] == ["John Roe", "Ana Macamo"]


def test_a_state_listed_right_before_its_envoy_is_the_envoys():
    assert [country for _, _, country in people_in(
        "Speaker Ali Hassan received in separate meetings today the Ambassadors of Australia, "
        "Paula Grant, Spain, Pedro Martin and Czech Republic, Petr Novak."
    )] == [None, "AUS", "ESP", "CZE"]
    # States named first and their people after are paired in order, not by adjacency.
    assert [country for _, _, country in people_in(
        "Minister Juan Soto met his peers from Argentina and Brazil, Jorge Diaz and Paulo Lima."
    )][1] == "ARG"


def test_plural_words_of_bodies_are_not_names():
    assert people_in(
        "He met Berta Nunes, Secretary of State for the Portuguese Communities, on her visit."
    ) == [("Berta Nunes", "Secretary of State for the Portuguese Communities", "PRT")]


def test_a_word_of_a_cause_after_a_body_word_is_not_a_name_but_a_given_name_is():
    assert [name for name, _, _ in people_in(
        "She paid a courtesy call on the Minister of International Affairs, Honourable Dr. Unity "
        "Dow, to brief her on SADC Electoral Observation Missions."
    )] == ["Unity Dow"]
    # A given name after an office's body, with a particle after it, stays a name.
    assert "Ursula von der Leyen" in [name for name, _, _ in people_in(
        "President of the European Commission Ursula von der Leyen met President John Roe."
    )]


def test_two_particles_in_a_row_stay_inside_the_name():
    # names invented
    assert [name for name, _, _ in people_in(
        "He met Frank van der Berg, Luis de la Fuente and Ana dos Santos."
    )] == ["Frank van der Berg", "Luis de la Fuente", "Ana dos Santos"]


def test_a_demonym_after_a_few_words_of_an_appositive():
    assert people_in(
        "Admiral Steve Kerr, a four-star U.S. Navy Admiral, paid a courtesy call on President "
        "John Roe."
    ) == [("Steve Kerr", "Admiral", "USA"), ("John Roe", "President", None)]


def test_more_family_names_and_states_beside_names():
    assert people_in("The Executive Secretary, Dr Stergomena Lawrence Tax paid a call.") == [
        ("Stergomena Lawrence Tax", "Executive Secretary", None),
    ]
    assert [country for _, _, country in people_in(
        "The new envoys are Hamisu Umar from Nigeria and Biyana Pradhan from India."
    )] == ["NGA", "IND"]
    assert people_in(
        "Luanda – The Angolan President, Joao Lourenco, received today the Foreign Minister."
    ) == [("Joao Lourenco", "President", "AGO")]


def test_palaces_and_newspapers_are_not_people():
    assert [name for name, _, _ in people_in(
        "President Ram Kovind received him at Rashtrapati Bhavan, the New York Times reported."
    )] == ["Ram Kovind"]


def test_a_family_name_of_one_syllable_in_capitals():
    assert people_in(
        "On 31 March 2021, the Director-General QU Dongyu met with the Minister for Foreign "
        "Affairs of Serbia Nikola Petrovic."
    ) == [
        ("QU Dongyu", "Director-General", None),
        ("Nikola Petrovic", "Minister for Foreign Affairs", "SRB"),
    ]
    # Acronyms of offices are not family names.
    assert [name for name, _, _ in people_in("NSA Jane Lovegrove met the Secretary.")] == [
        "Jane Lovegrove",
    ]


def test_spaced_honorific_initials_and_a_dateline_after_a_dash():
    assert people_in(
        "The envoy carried a written message that H. E. Jose Mario Vaz had sent."
    ) == [("Jose Mario Vaz", None, None)]
    assert people_in(
        "Press Release – State House – Banjul: President Adama Barrow received a delegation."
    ) == [("Adama Barrow", "President", None)]


def test_states_named_first_are_given_to_the_names_after_them_in_order():
    assert [country for _, _, country in people_in(
        "Foreign Minister Sabri Ali had phone conversations with his American and Chinese "
        "counterparts, respectively Mike Pompe and Wang Li, the ministry said."
    )] == [None, "USA", "CHN"]
    assert [country for _, _, country in people_in(
        "Foreign Minister Juan Soto met his peers from Argentina and Brazil, Jorge Diaz and Paulo "
        "Lima."
    )] == [None, "ARG", "BRA"]


def test_a_dateline_in_capitals_before_a_dash_is_no_part_of_the_title():
    assert people_in(
        "ALGIERS- Foreign Minister Sabri Ali had phone conversations with President John Roe."
    ) == [("Sabri Ali", "Foreign Minister", None), ("John Roe", "President", None)]
    assert people_in("He met the EU-Africa Commissioner Ana Lopez.") == [
        ("Ana Lopez", "EU-Africa Commissioner", None),
    ]
    assert people_in(
        "TEHRAN (Newsagency) - Iraqi Parliament Speaker Sabri Ali met President John Roe."
    )[0] == ("Sabri Ali", "Parliament Speaker", "IRQ")


def test_an_office_of_a_city_or_province_stands_before_the_name_after_a_comma():
    assert people_in(
        "The Governor of Lagos State, Jane Roe, received the Mayor of Paris, John Smith."
    ) == [("Jane Roe", "Governor of Lagos State", "NGA"), ("John Smith", "Mayor of Paris", None)]


def test_a_dotted_right_honourable_is_a_form_of_address_after_the_office():
    assert people_in(
        "The Secretary General of the Commonwealth, Rt. Hon. Jane Roe, met Smt. Anita Rao."
    ) == [("Jane Roe", "Secretary General of the Commonwealth", None), ("Anita Rao", None, None)]


def test_the_short_name_of_a_body_in_brackets_is_no_person_and_keeps_the_office_whole():
    assert people_in(
        "The President of the African Trade Bank (AfTB), Dr. John Roe, met Jane Smith."
    ) == [
        ("John Roe", "President of the African Trade Bank (AfTB)", None),
        ("Jane Smith", None, None),
    ]


def test_one_part_of_a_double_barrelled_name_is_the_same_person():
    meeting, = meetings_in(
        "President Jane Roe-Doe received President John Smith. President Roe thanked him."
    )
    assert [p.name for p in meeting.participants] == ["Jane Roe-Doe", "John Smith"]


def test_the_credits_of_a_release_name_no_participant():
    meeting, = meetings_in(
        "President John Roe received Prime Minister Ali Karimov of Tajikistan.\n\n"
        "Text: Maria Jesus Nguema (Presidential Press)\nPhoto: Clemente Ela Ondo"
    )
    assert [p.name for p in meeting.participants] == ["John Roe", "Ali Karimov"]


def test_the_president_of_the_republic_is_of_the_publishers_republic():
    meeting, = meetings_in(
        "The President of the Republic, John Roe, received Ali Karimov, special envoy from the "
        "President of the Republic of Ghana.",
        "State House, Republic of Kenya",
    )
    assert (meeting.participants[0].name, meeting.participants[0].country_code) == (
        "John Roe", "KEN",
    )


def test_who_sent_the_envoy_and_the_message_is_not_a_participant():
    meeting, = meetings_in(
        "President John Roe received Ali Karimov, who was the bearer of a written message that "
        "H. E. Juan Vaz had sent to his counterpart.\n\nAccording to the envoy of H. E. Juan "
        "Vaz, he also presented confirmation that his Government would work on the agreements."
    )
    assert [p.name for p in meeting.participants] == ["John Roe", "Ali Karimov"]


def test_a_name_written_once_with_accents_and_once_without_is_one_person():
    meeting, = meetings_in(
        "President Kaïs Saïed received the Palestinian ambassador Hayel Fahoum. President Saied "
        "thanked him."
    )
    assert [p.name for p in meeting.participants] == ["Kaïs Saïed", "Hayel Fahoum"]


def test_a_hindi_office_before_a_name_is_a_title():
    assert people_in("Raksha Mantri Rajnath Rao met Mr Ali Khan.") == [
        ("Rajnath Rao", "Raksha Mantri", None), ("Ali Khan", None, None),
    ]


def test_a_capital_city_alone_is_not_a_person():
    meeting, = meetings_in(
        "Mayor Islamabad Sheikh Ali Khan received Mayor John Roe. The Mayors of Ankara "
        "Metropolitan Municipality, Republic of Turkey, Brasilia, Federal District, also "
        "participated in the meeting."
    )
    assert [p.name for p in meeting.participants] == ["Ali Khan", "John Roe"]


def test_h_e_without_periods_is_a_form_of_address():
    assert people_in("The Secretary-General of the Union, H E Muhammad Nias, signed it.") == [
        ("Muhammad Nias", "Secretary-General of the Union", None),
    ]


def test_forms_of_address_before_an_office_are_not_part_of_it():
    assert people_in("Today, Hon. Minister Simon Kofe met Rt Hon Prime Minister Ana Lupu.") == [
        ("Simon Kofe", "Minister", None), ("Ana Lupu", "Prime Minister", None),
    ]
    assert people_in(
        "He met the Minister for International Trade, the Rt Hon Nigel Roe MP."
    ) == [("Nigel Roe", "Minister for International Trade", None)]


def test_an_office_written_in_lower_case_after_the_name_is_its_title():
    assert people_in(
        "He met Mr. Khaled Shamaa, ambassador of the Arab Republic of Egypt, and Jane Roe."
    ) == [("Khaled Shamaa", "ambassador", "EGY"), ("Jane Roe", None, None)]


def test_portfolios_parliaments_and_articles_are_not_names():
    assert people_in(
        "He met Federal Minister for Education, Professional Training, National Heritage and "
        "Culture Ali Khan."
    ) == [("Ali Khan", "Federal Minister for Education, Professional Training, National "
           "Heritage and Culture", None)]
    assert [name for name, _, _ in people_in(
        "Mr. R.Batbold, a Vice Chairman of the State Great Hural of Mongolia, received Mr. Xu "
        "Dun under Article IV of the Agreement."
    )] == ["R. Batbold", "Xu Dun"]


def test_an_author_line_in_another_language_names_no_participant():
    meeting, = meetings_in(
        "Autor: Tanjug\n\nGovernor Jana Roe received Ivan Petrov, head of the IMF mission."
    )
    assert [p.name for p in meeting.participants] == ["Jana Roe", "Ivan Petrov"]


def test_a_trailing_honorific_is_no_part_of_the_office():
    assert people_in("He met Prime Minister, Dr. the Honourable Timothy Doe.") == [
        ("Timothy Doe", "Prime Minister", None),
    ]


def test_a_bank_named_in_one_word_is_not_a_person():
    assert [name for name, _, _ in people_in(
        "Dr. Ben Oram met with Liu Liang, President of China Eximbank, in Cairo."
    )] == ["Ben Oram", "Liu Liang"]


def test_gov_abridged_is_an_office():
    assert people_in(
        "Gov. David Ige and Lt. Gov. Josh Green met Consul General Hillel Newman."
    ) == [
        ("David Ige", "Gov.", None), ("Josh Green", "Lt. Gov.", None),
        ("Hillel Newman", "Consul General", None),
    ]


def test_an_agency_in_brackets_and_places_or_facilities_are_not_people():
    meeting, = meetings_in(
        "Managua, Jul 18 (Prensa Latina) Minister John Roe met Ambassador Ana Lupu of Romania "
        "in the Xishuangbanna Prefecture, near the Futenma Replacement Facility."
    )
    assert [p.name for p in meeting.participants] == ["John Roe", "Ana Lupu"]


def test_words_of_agencies_reviews_and_portfolios_are_not_names():
    assert [name for name, _, _ in people_in(
        "Deputy Minister for Energy and Environmental Sustainability Ali Khan met the "
        "Director-General of the United Nations Educational, Scientific and Cultural "
        "Organization, Jane Roe, at the Annual Ministerial Review, Radio Liberty reported."
    )] == ["Ali Khan", "Jane Roe"]


def test_venues_formats_and_think_tanks_are_not_people():
    meeting, = meetings_in(
        "President Rustam Galiev met Ambassador Pavan Rao at the Kazan Kremlin to discuss the "
        "Moscow Format and the Inaugural Intergovernmental Think Tank near the Tourist Area."
    )
    assert [p.name for p in meeting.participants] == ["Rustam Galiev", "Pavan Rao"]


def test_eng_with_its_period_is_a_form_of_address_and_without_it_a_name():
    assert [name for name, _, _ in people_in(
        "Finance Minister Lim Guan Eng met Eng. Hamad Abdulla."
    )] == ["Lim Guan Eng", "Hamad Abdulla"]


def test_datuk_seri_is_a_form_of_address():
    assert people_in("Chief Minister Datuk Seri Hajiji Noor met Dato' Seri Anwar Ibrahim.") == [
        ("Hajiji Noor", "Chief Minister", None), ("Anwar Ibrahim", None, None),
    ]


def test_a_city_of_several_words_and_plural_offices_are_not_people():
    meeting, = meetings_in(
        "President John Roe met Senator Ana Lupu and U.S. Congressmen during his New York visit. "
        "They met at the residence in San Francisco."
    )
    assert [p.name for p in meeting.participants] == ["John Roe", "Ana Lupu"]


def test_a_name_after_in_or_at_is_a_place_not_a_person():
    meeting, = meetings_in(
        "Ambassador Jane Roe paid a courtesy call on Minister John Doe at the latter's office in "
        "Nyambo Durbar. The talks at Kelani House covered trade."
    )
    assert [p.name for p in meeting.participants] == ["Jane Roe", "John Doe"]


def test_an_envoys_post_before_the_name_is_part_of_the_title():
    assert people_in("He met the Ruritanian ambassador in Tunis Hayel al Fahoum.") == [
        ("Hayel al Fahoum", "Ruritanian ambassador in Tunis", None),
    ]
    assert people_in(
        "Deputy Chief of Mission at the US Embassy in Kathmandu, Ana Lupu, called on him."
    ) == [("Ana Lupu", "Deputy Chief of Mission at the US Embassy in Kathmandu", "USA")]


def test_the_last_words_of_a_body_or_event_name_are_not_a_person():
    assert people_in(
        "Senator Ana Lupu, Minister in the Ministry of Economic Growth and Job Creation, spoke of "
        "the International Conference on Climate Change."
    ) == [("Ana Lupu", "Minister in the Ministry of Economic Growth and Job Creation", None)]


def test_people_after_and_are_still_people_when_an_office_state_or_list_says_so():
    names = [name for name, _, _ in people_in(
        "Talks between Presidents John Roe of Ghana and Ana Lupu of the Dominican Republic. "
        "He met Minister of Foreign Affairs, Foreign Trade and Immigration Eamon Doe. It was "
        "attended by Jan Wit, secretary-general of the Green Party, Bo Lind, Ed Urt and "
        "Josep Maria Terra. He met officials of the Ministry of Finance and Kofi Mensah, "
        "Political Adviser."
    )]
    assert names == [
        "John Roe", "Ana Lupu", "Eamon Doe", "Jan Wit", "Bo Lind", "Ed Urt", "Josep Maria Terra",
        "Kofi Mensah",
    ]


def test_between_two_offices_the_second_title_is_the_named_persons_own():
    assert people_in(
        "Trade was discussed at a meeting between the Ambassador of Ghana to Tel Aviv and the "
        "Minister of Energy and Infrastructure of the Jewish state Eli Roe."
    ) == [("Eli Roe", "Minister of Energy and Infrastructure of the Jewish state", None)]
    assert people_in(
        "He met Kyiv Mayor and the Head of Association of Ukrainian Cities Ivan Lupu."
    ) == [("Ivan Lupu", "Kyiv Mayor and the Head of Association of Ukrainian Cities", "UKR")]


def test_a_surname_that_names_a_state_and_a_body_before_the_comma_of_its_head():
    assert people_in(
        "He met the Secretary General of the Commonwealth, Ana Scotland and the Secretary "
        "General of the International Organisation of La Francophonie, Louise Roe, who came."
    ) == [
        ("Ana Scotland", "Secretary General of the Commonwealth", None),
        ("Louise Roe", "Secretary General of the International Organisation of La Francophonie",
         None),
    ]


def test_capitals_without_a_vowel_after_an_office_are_initials():
    assert people_in(
        "State Chief Minister MK Roe had a cordial meeting with Governor RN Lupu and Deputy PM "
        "Jan Wit."
    ) == [
        ("MK Roe", "State Chief Minister", None), ("RN Lupu", "Governor", None),
        ("Jan Wit", "Deputy PM", None),
    ]


def test_a_nickname_in_quotes_is_part_of_the_name_and_names_the_person_later():
    meeting, = meetings_in(
        "Foreign Minister Eli Roe met the new American Ambassador to Israel Jacob “Jack” Lupu. "
        "President Ana Wit accepted the credentials of Jack Lupu a few days ago."
    )
    assert [p.name for p in meeting.participants] == ["Eli Roe", "Jacob “Jack” Lupu"]


def test_a_fathers_name_after_bin_keeps_its_place_without_its_honours():
    assert [name for name, _, _ in people_in(
        "He called on Head of State Tun Datuk Seri Panglima Haji Juhar Bin Datuk Haji Roeddin on "
        "Monday."
    )] == ["Juhar Bin Roeddin"]


def test_a_web_address_glued_to_a_word_and_a_city_before_its_state_are_no_people():
    assert people_in(
        "For further information: Embassy in the Federal Republic of "
        "Germanyhttps://www.gov.uk/world/germany and Ambassador Jill Gall."
    ) == [("Jill Gall", "Ambassador", None)]
    names = [name for name, _, _ in people_in(
        "Wednesday, 6 October 2021, Munich, Free State of Bavaria, Germany: In the framework of "
        "her visit, Ambassador Jill Gall was received."
    )]
    assert "Munich" not in names and "Jill Gall" in names


def test_central_european_academic_titles_and_degrees_around_a_name():
    # names invented
    assert people_in(
        "Delegates who met the Chief Minister are Mr. Dimitar Tash, Member of Parliament, "
        "Bulgaria; Dr. Mgr. Ján Szoll, CSc, Member of Parliament, Slovakia; Ing. Petr Novak, "
        "Member of Parliament, Czech Republic."
    ) == [
        ("Dimitar Tash", "Member of Parliament", "BGR"),
        ("Ján Szoll", "Member of Parliament", "SVK"),
        ("Petr Novak", "Member of Parliament", "CZE"),
    ]


def test_a_two_word_form_of_address_after_the_office_is_no_part_of_it():
    assert people_in("Prime Minister Tan Sri Ahmad Ali met Ali Moussa.")[0] == (
        "Ahmad Ali", "Prime Minister", None,
    )
    # The native name of a house before its office is no person either.
    assert people_in(
        "The Dewan Negara Speaker, Tan Sri Ahmad Ali, received Ali Moussa."
    ) == [("Ahmad Ali", "Dewan Negara Speaker", None), ("Ali Moussa", None, None)]


def test_a_weekday_before_the_office_is_no_part_of_it():
    assert people_in("He hosted a reception on Thursday for Governor Ali Moussa.") == [
        ("Ali Moussa", "Governor", None),
    ]


def test_the_state_an_office_governs_is_no_body_the_name_belongs_to():
    assert people_in("He hosted Governor of the U.S. state of Nebraska Ali Moussa.") == [
        ("Ali Moussa", "Governor of the U.S. state of Nebraska", "USA"),
    ]


def test_forms_of_address_of_africa_and_south_asia_are_no_part_of_the_name():
    assert people_in("Senate President Cde Jane Roe met Cde Ali Moussa.") == [
        ("Jane Roe", "Senate President", None), ("Ali Moussa", None, None),
    ]
    assert [name for name, _, _ in people_in(
        "The Emir, Alhaji Ali Moussa, received Begum Jane Roe, Barrister Omar Said and Dasho "
        "Karma Dorji."
    )] == ["Ali Moussa", "Jane Roe", "Omar Said", "Karma Dorji"]


def test_an_adverb_opening_the_sentence_is_no_part_of_the_office_nor_a_name():
    assert people_in("Meanwhile Foreign Affairs Minister Jane Roe met Ali Moussa.")[0] == (
        "Jane Roe", "Foreign Affairs Minister", None,
    )
    assert [name for name, _, _ in people_in("Separately, Minister Ali Moussa met Jane Roe.")] == [
        "Ali Moussa", "Jane Roe",
    ]


def test_the_office_said_after_a_senator_or_an_ambassador_is_the_role():
    assert people_in(
        "He met Ambassador Ali Moussa, Vice Minister of Foreign Affairs, and Jane Roe."
    )[0] == ("Ali Moussa", "Vice Minister of Foreign Affairs", None)
    assert people_in(
        "Senator the Hon. Jane Roe, Minister of Economic Growth, met Ali Moussa."
    )[0] == ("Jane Roe", "Minister of Economic Growth", None)
    # Or before it, up to the comma.
    assert people_in("Minister for Defence, Senator Jane Roe, today met Ali Moussa.")[0] == (
        "Jane Roe", "Minister for Defence", None,
    )
    # A senator with no office said keeps the title.
    assert people_in("He met Senator Jane Roe and Ambassador Ali Moussa.") == [
        ("Jane Roe", "Senator", None), ("Ali Moussa", "Ambassador", None),
    ]


def test_an_office_before_the_comma_does_not_run_back_across_a_date():
    assert people_in(
        "Thursday, 15 October 2009 The Minister for Defence, Senator Jane Roe, met Ali Moussa."
    )[0] == ("Jane Roe", "Minister for Defence", None)


def test_an_office_written_in_lower_case_before_the_comma_is_the_role():
    assert people_in("He met the foreign minister, Ali Moussa, on Monday.") == [
        ("Ali Moussa", "foreign minister", None),
    ]
    assert people_in("He met the deputy governor of the central bank, Ali Moussa.") == [
        ("Ali Moussa", "deputy governor of the central bank", None),
    ]
    # Lower-case words that hold no office are no title: "met the press, X said".
    assert people_in("He met the press, Ali Moussa said.") == [("Ali Moussa", None, None)]
