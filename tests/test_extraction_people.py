from pipelines.extraction import extract_meetings
from pipelines.extraction.roles import parse_title

from readout_helpers import people_in, readout_document


def test_title_before_the_name_gives_role_and_country():
    sentence = (
        "This is what Prosecutor General of Armenia Artur Davtyan said during his meeting with "
        "Prosecutor General of the Russian Federation Igor Krasnov today."
    )
    assert people_in(sentence) == [
        ("Artur Davtyan", "Prosecutor General", "ARM"),
        ("Igor Krasnov", "Prosecutor General", "RUS"),
    ]


def test_country_after_the_name_and_family_name_first():
    sentence = "President Joseph R. Biden, Jr. met with Prime Minister Kishida Fumio of\nJapan."
    assert people_in(sentence)[1] == ("Kishida Fumio", "Prime Minister", "JPN")


def test_demonym_titles_and_honorifics():
    sentence = (
        "Secretary of State Antony J. Blinken spoke yesterday with Qatari Minister of Foreign "
        "Affairs Mohammed bin Abdulrahman Al-Thani and Foreign Minister Sheikh Dr. Ahmed Nasser."
    )
    assert people_in(sentence) == [
        ("Antony J. Blinken", "Secretary of State", None),
        ("Mohammed bin Abdulrahman Al-Thani", "Minister of Foreign Affairs", "QAT"),
        ("Ahmed Nasser", "Foreign Minister", None),
    ]


def test_appositive_titles_and_ranks():
    sentence = (
        "A meeting between President Anura Kumara Disanayake and Admiral Samuel J. Paparo, the "
        "Commander of the United States Indo-Pacific Command (INDOPACOM), was held today (21)."
    )
    people = people_in(sentence)
    assert people[1][0] == "Samuel J. Paparo"
    assert people[1][1].startswith("Commander")
    assert people[1][2] == "USA"


def test_title_before_a_comma_in_lists():
    sentence = (
        "Minister of Public Security and Parliamentary Affairs, Ananda Wijepala; Acting "
        "Inspector General of Police, Priyantha Weerasooriya; and several police chiefs were "
        "also present."
    )
    assert [(name, role) for name, role, _ in people_in(sentence)] == [
        ("Ananda Wijepala", "Minister of Public Security and Parliamentary Affairs"),
        ("Priyantha Weerasooriya", "Acting Inspector General of Police"),
    ]


def test_organisation_names_are_not_people():
    sentence = (
        "Vladimir Putin held a working meeting with Head of the Delovaya Rossiya National Public "
        "Organisation Alexei Repik and Tver Region Governor Igor Rudenya."
    )
    assert [name for name, _, _ in people_in(sentence)] == [
        "Vladimir Putin", "Alexei Repik", "Igor Rudenya",
    ]


def test_officials_of_international_organisations_have_no_country():
    parsed = parse_title("Head of the NATO Mission in Ukraine")
    assert parsed.international and parsed.country_code is None
    delegate = parse_title("Head of the Permanent Delegation of Ukraine to PABSEC")
    assert not delegate.international and delegate.country_code == "UKR"


def test_host_country_of_an_ambassador_is_not_theirs():
    assert parse_title("U.S. Ambassador to Sri Lanka").country_code == "USA"
    assert parse_title("Sri Lanka's Ambassador to Germany").country_code == "LKA"


def test_a_surname_without_its_joined_article_is_the_same_person():
    text = (
        "Vladimir Putin had a telephone conversation with President of the Arab Republic of "
        "Egypt Abdel Fattah el-Sisi. Mr Sisi expressed his gratitude for the joint work."
    )
    document = readout_document(
        text, "President of Russia (Kremlin, en.kremlin.ru)", "2021-11-15T12:40:00Z"
    )
    (meeting,) = extract_meetings(document)
    assert [p.name for p in meeting.participants] == ["Vladimir Putin", "Abdel Fattah el-Sisi"]


def test_division_after_a_dash_belongs_to_the_office():
    sentence = (
        "Also present was Maria Lopez, Senior Vice President – Refining and Trading at the "
        "company, with other executives."
    )
    people = people_in(sentence)
    assert [name for name, _, _ in people] == ["Maria Lopez"]
    assert people[0][1].startswith("Senior Vice President – Refining and Trading")


def test_word_listed_inside_an_office_is_not_a_name():
    sentence = (
        "The work is led by Special Envoy for Youth, Girls, and Civic Rights Anna Berg "
        "with her colleagues."
    )
    assert people_in(sentence) == [
        ("Anna Berg", "Special Envoy for Youth, Girls, and Civic Rights", None)
    ]


def test_proper_adjective_before_a_group_noun_is_not_a_name():
    sentence = "The envoy held talks with senior Taliban representatives in Doha."
    assert people_in(sentence) == []


def test_a_name_in_the_complement_of_an_appositive_title_is_the_body_not_a_person():
    sentence = "Laura M. Brennan, Chair and Chief Executive Officer of Blue Heron Textiles"
    assert [name for name, _, _ in people_in(sentence)] == ["Laura M. Brennan"]


def test_royal_titles_and_legal_honours_before_a_name_are_not_the_role():
    sentence = (
        "The Minister met the Foreign Minister of the Kingdom of Saudi Arabia, Prince Khalid "
        "bin Saad, Foreign Minister Princess Noor Al Hashem, Crown Prince Abdullah bin Nasser "
        "and the Attorney General, King’s Counsel Margaret O’Neill."
    )
    assert people_in(sentence)[-4:] == [
        ("Khalid bin Saad", "Foreign Minister", "SAU"),
        ("Noor Al Hashem", "Foreign Minister", None),
        ("Abdullah bin Nasser", "Crown Prince", None),
        ("Margaret O’Neill", "Attorney General", None),
    ]


def test_a_country_after_to_the_is_the_host_unless_it_names_a_body():
    assert parse_title("Ambassador to the United States").country_code is None
    represented = parse_title("Kenya's Permanent Representative to the United Nations")
    assert (represented.country_code, represented.international) == ("KEN", False)
    assert parse_title("Senior Advisor to the United States Space Command").country_code == "USA"


def test_the_state_an_office_belongs_to_wins_over_a_demonym_in_front():
    member = parse_title("Croatian Member of the Presidency of Bosnia and Herzegovina")
    assert member.country_code == "BIH"
    assert parse_title("Japanese Minister of Foreign Affairs").country_code == "JPN"


def test_a_family_name_in_capitals_beside_one_given_name_is_part_of_the_name():
    sentence = (
        "Present were Ambassador Mr. Kenta SUZUKI, Counsellor TANAKA Hiroshi and the Head of "
        "the Delegation to PABSEC Olga Ivanova."
    )
    names = [name for name, _, _ in people_in(sentence)]
    assert {"Kenta SUZUKI", "TANAKA Hiroshi", "Olga Ivanova"} <= set(names)
    assert not any("PABSEC" in name for name in names)
    assert "Representing NIRDC" not in [name for name, _, _ in people_in(
        "Representing NIRDC were Mr. Perera and Ms. Silva."
    )]


def test_a_plural_office_before_its_complement_is_held_by_each_name():
    sentence = (
        "Also present were Additional Secretaries to the Prime Minister Kamal Perera and "
        "Nimal Silva."
    )
    assert people_in(sentence)[-2:] == [
        ("Kamal Perera", "Additional Secretary to the Prime Minister", None),
        ("Nimal Silva", "Additional Secretary to the Prime Minister", None),
    ]


def test_honorifics_of_south_and_southeast_asia_and_in_initials_are_not_names():
    sentence = (
        "Prime Minister Shri Arjun Mehra spoke with H.E. Tomas Verbeek, President of Estonia, "
        "and with Dato' Rahim Osman, Minister of Foreign Affairs of Malaysia."
    )
    assert people_in(sentence) == [
        ("Arjun Mehra", "Prime Minister", None),
        ("Tomas Verbeek", "President", "EST"),
        ("Rahim Osman", "Minister of Foreign Affairs", "MYS"),
    ]


def test_a_month_after_a_given_name_or_an_honorific_is_a_surname():
    assert people_in("Prime Minister Clara June spoke with the Chancellor.") == [
        ("Clara June", "Prime Minister", None)
    ]
    assert people_in("Mrs June thanked the Chancellor.") == [("June", None, None)]


def test_a_month_before_a_number_or_a_headline_word_is_no_surname():
    assert people_in("Secretary Okafor May 5 visit to Lagos.") == [("Okafor", "Secretary", None)]
    assert people_in("Leader Okafor May Visit Lagos") == [("Okafor", "Leader", None)]


def test_the_labels_of_a_contact_footer_are_not_people():
    footer = (
        "For more information, contact:\nPrincipal Information Officer,\n"
        "Tel: +00-11-2223333\nFax: +00-11-2223334\nEmail: press@example.org\n"
        "Website: www.example.org"
    )
    assert people_in(footer) == []


def test_two_transliterations_of_one_surname_are_one_person():
    text = (
        "Minister of Foreign Affairs of Armenia Aram Aivazian met with Minister of Foreign "
        "Affairs of Estonia Jaan Tamm today. Minister Ayvazyan thanked his counterpart."
    )
    document = readout_document(text, "Ministry of Foreign Affairs of Armenia", "2023-05-04")
    [meeting] = extract_meetings(document)
    assert [p.name for p in meeting.participants] == ["Aram Aivazian", "Jaan Tamm"]


def test_a_source_line_is_not_a_person():
    assert people_in("Source: Ministry of Foreign Affairs") == []


def test_a_headline_call_of_one_office_on_another_keeps_them_apart():
    headline = "Courtesy Call of the Deputy Foreign Minister of Estonia on Foreign Secretary Okafor"
    assert people_in(headline) == [("Okafor", "Foreign Secretary", None)]
    office_on_topic = (
        "Adviser to the Prime Minister of Estonia on Foreign Policy and Security Jaan Tamm spoke."
    )
    assert people_in(office_on_topic) == [
        ("Jaan Tamm", "Adviser to the Prime Minister of Estonia on Foreign Policy and Security",
         "EST")
    ]


def test_working_visit_is_not_a_person():
    assert people_in("The Minister arrived on a Working Visit to Manila.") == []


def test_a_city_opening_a_sentence_or_a_dateline_is_not_a_person():
    assert people_in("In New York, Minister of Foreign Affairs Jaan Tamm met the Secretary.") == [
        ("Jaan Tamm", "Minister of Foreign Affairs", None)
    ]
    assert people_in("Addis Ababa December 17/2019 Deputy Prime Minister Jaan Tamm met him.") == [
        ("Jaan Tamm", "Deputy Prime Minister", None)
    ]
