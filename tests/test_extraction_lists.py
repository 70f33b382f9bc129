"""Lists of officials, unnamed counterparts and the words that pass for names in them.

Sentences are quoted from public readouts of the bulk corpus; where the corpus outside the
annotated samples has no instance, the names in a sentence are invented.
"""

from pipelines.extraction import extract_meetings
from pipelines.extraction.people import find_person_mentions
from pipelines.extraction.persons import collect_persons
from pipelines.extraction.roles import parse_title
from pipelines.extraction.sentences import split_sentences

from readout_helpers import readout_document

KREMLIN = "President of Russia (Kremlin, en.kremlin.ru)"
PMD = "Presidential Media Division, Sri Lanka (pmd.gov.lk)"
STATE = "U.S. Department of State (Office of the Spokesperson, state.gov press releases)"
UKRAINE = "President of Ukraine (president.gov.ua/en)"
WHITE_HOUSE = "The White House (Biden administration briefing room)"




def _participants(text: str, publisher: str, published: str = "2022-04-27T16:45:00Z"):
    meetings = extract_meetings(readout_document(text, publisher, published))
    return [[(p.name, p.role, p.country_code) for p in m.participants] for m in meetings]


def _names_by_meeting(meetings: list[list[tuple]]) -> list[list[str]]:
    return [sorted(name for name, _, _ in meeting) for meeting in meetings]


def _titles(sentence: str) -> dict[str, str | None]:
    return {
        m.name: parse_title(m.title).role if m.title else None
        for m in find_person_mentions(sentence, 0, len(sentence))
    }


def test_a_plural_office_before_a_list_is_each_one_s_office():
    sentence = (
        "Taking part in the meeting were Prime Minister Mikhail Mishustin, First Deputy Prime "
        "Minister Andrei Belousov, deputy prime ministers Viktoria Abramchenko, Yury Borisov, "
        "Tatyana Golikova, Alexander Novak, Marat Khusnullin and Dmitry Chernyshenko, Deputy "
        "Prime Minister and Presidential Plenipotentiary Envoy to the Far Eastern Federal "
        "District Yury Trutnev, Presidential Aide Maxim Oreshkin."
    )
    titles = _titles(sentence)
    for name in ("Viktoria Abramchenko", "Yury Borisov", "Alexander Novak", "Dmitry Chernyshenko"):
        assert titles[name] == "Deputy Prime Minister"
    assert titles["Maxim Oreshkin"] == "Presidential Aide"


def test_people_invited_to_attend_the_meeting_took_part():
    text = (
        "Vladimir Putin held a meeting, via videoconference, with Government members. Taking "
        "part in the meeting were Prime Minister Mikhail Mishustin and Minister of Finance Anton "
        "Siluanov. Minister of Transport Vitaly Savelyev and Chairman of the Accounts Chamber "
        "Alexei Kudrin were also invited to attend the meeting."
    )
    (meeting,) = _participants(text, KREMLIN)
    names = [name for name, _, _ in meeting]
    assert "Vitaly Savelyev" in names and "Alexei Kudrin" in names


def test_a_bulleted_list_of_leaders_joining_the_call():
    # Names invented; the layout is that of a White House readout.
    text = (
        "President Joseph R. Biden, Jr. spoke today with the Bucharest Nine (B9) group of our "
        "eastern flank NATO Allies. President Biden stressed coordination with all our "
        "Transatlantic Allies and partners.\n\nJoining the call were the following leaders:\n\n"
        "-   Bulgarian President Ivan Petrov\n-   Czech Republic Prime Minister Jan Novak\n"
        "-   Estonian President Peeter Tamm\n"
    )
    (meeting,) = _participants(text, WHITE_HOUSE, "2021-12-09")
    assert meeting[1:] == [
        ("Ivan Petrov", "President", "BGR"),
        ("Jan Novak", "Prime Minister", "CZE"),
        ("Peeter Tamm", "President", "EST"),
    ]


def test_a_list_of_leaders_with_their_countries_after_the_names():
    text = (  # names invented
        "President Joseph R. Biden, Jr. spoke today with leaders of the Bucharest Nine. "
        "Participating in the call were President Ivan Petrov of Bulgaria, Prime Minister Jan "
        "Novak of the Czech Republic and President Peeter Tamm of Estonia."
    )
    (meeting,) = _participants(text, WHITE_HOUSE, "2021-12-09")
    assert meeting[1:] == [
        ("Ivan Petrov", "President", "BGR"),
        ("Jan Novak", "Prime Minister", "CZE"),
        ("Peeter Tamm", "President", "EST"),
    ]


def test_a_delegation_list_serves_the_delegation_s_state():
    text = (  # names invented; the layout is that of a PMD readout
        "The Vice Minister of the International Department, Hon. Ms. Wen Lan, paid a courtesy "
        "call on President Anura Kumara Dissanayake at the Presidential Secretariat today (25). "
        "The Chinese delegation also included Mr. Gao Ming, Deputy Director General IDCPC, Ms "
        "Bai Hua, Director IDCPC, Ms Lu Fang Secretary to the Vice Minister and several other "
        "officials. Joining President Dissanayake at this discussion were Foreign Minister "
        "Sunil Perera, Secretary to the President Dr. Kamal Silva."
    )
    (meeting,) = _participants(text, PMD, "2024-11-25")
    assert ("Gao Ming", "Deputy Director General", "CHN") in meeting
    assert ("Bai Hua", "Director", "CHN") in meeting
    assert ("Lu Fang", "Secretary to the Vice Minister", "CHN") in meeting
    assert ("Sunil Perera", "Foreign Minister", "LKA") in meeting
    assert ("Kamal Silva", "Secretary to the President", "LKA") in meeting


def test_a_meeting_with_an_unnamed_group_is_a_meeting():
    text = (
        "President of Ukraine Volodymyr Zelenskyy held a working meeting with members of the "
        "Cabinet of Ministers on topical issues of the executive branch."
    )
    assert _participants(text, UKRAINE, "2022-05-27T19:09:00Z") == [
        [("Volodymyr Zelenskyy", "President", "UKR")]
    ]


def test_the_principal_by_office_after_an_opening_phrase_is_not_its_appositive():
    text = (
        "On the Day of Russian Parliamentarism, the President met with members of the Council "
        "of Lawmakers at the Federation Council of the Russian Federation."
    )
    assert all(m.title is None for m in find_person_mentions(text, 0, len(text)))
    (meeting,) = _participants(text, KREMLIN)
    assert [role for _, role, _ in meeting] == ["President"]


def test_a_name_given_with_its_initials_is_not_a_person():
    text = (
        "This afternoon, the President hosted 10 electric utility executives at\nthe White House "
        "for a discussion about his Build Back Better (BBB)\nagenda. The President thanked "
        "these leaders and had a detailed\nconversation with them about their shared conviction "
        "that Build Back\nBetter would support good jobs."
    )
    sentences = split_sentences(text)
    persons, _, _ = collect_persons(text, sentences, None)
    assert persons == []


def test_a_meeting_only_announced_is_not_reported():
    text = (
        "President Anura Kumara Dissanayake is set to engage in high-level discussions today "
        "(10) with two ambassadors, three high commissioners, and representatives from six "
        "nations. Among the key figures meeting President Dissanayake are His Excellency "
        "Khalid Hamoud Nasser Aldasam Alkahtani, Ambassador of Saudi Arabia to Sri Lanka; and "
        "His Excellency Andalib Elias, High Commissioner of Bangladesh to Sri Lanka."
    )
    assert _participants(text, PMD, "2024-10-10") == []


def test_an_envoy_who_visited_the_president_met_him():
    text = (
        "His Excellency Mizukoshi Hideaki, the Ambassador of Japan to Sri Lanka, visited "
        "President Anura Kumara Dissanayake today (02) at the Presidential Secretariat."
    )
    (meeting,) = _participants(text, PMD, "2024-10-02")
    assert ("Mizukoshi Hideaki", "Ambassador of Japan to Sri Lanka", "JPN") in meeting


def test_president_elect_is_an_office_of_the_stated_country():
    sentence = (
        "Today, Deputy Secretary Sherman met in Washington with Republic of Korea President-elect "
        "Yoon Suk Yeol’s U.S.-ROK Policy Consultation Delegation, led by National Assembly "
        "Representative Park Jin."
    )
    mentions = find_person_mentions(sentence, 0, len(sentence))
    yoon = next(m for m in mentions if m.name.startswith("Yoon"))
    parsed = parse_title(yoon.title)
    assert (parsed.role, parsed.country_code) == ("President-elect", "KOR")


def test_a_month_abbreviation_inside_or_before_a_name_is_part_of_it():
    assert list(_titles("The Deputy Secretary thanked Zin Mar Aung for her courage.")) == [
        "Zin Mar Aung"
    ]
    assert _titles("Blinken met today with Czech Foreign Minister Jan Novak in Washington.")[
        "Jan Novak"
    ] == "Foreign Minister"


def test_collective_names_and_opening_adverbs_are_not_people():
    text = (
        "President Joseph Biden stressed coordination with all our Transatlantic Allies and the "
        "Bucharest Nine. Afterwards, the President spoke with Prime Minister Jan Novak."
    )
    persons, _, _ = collect_persons(text, split_sentences(text), None)
    assert [p.name for p in persons] == ["Joseph Biden", "Jan Novak"]


def test_a_body_before_an_office_and_its_holder_is_not_a_person():
    sentence = (
        "Minister of Trade Sunil Perera, Lanka Sathosa Chairman Dr. Kamal Silva, officials, and "
        "rice mill owners attended the discussion."
    )
    assert _titles(sentence) == {"Sunil Perera": "Minister of Trade", "Kamal Silva": "Chairman"}
    assert parse_title("Lanka Sathosa Chairman").organization == "Lanka Sathosa"


def test_one_person_spelled_two_ways_is_one_person():
    text = (
        "President Oleksandr Kovalenkoyy met with Prime Minister Jan Novak. "
        "Oleksandr Kovalenkoiyy thanked the Prime Minister."
    )
    persons, _, _ = collect_persons(text, split_sentences(text), None)
    assert [p.name for p in persons] == ["Oleksandr Kovalenkoyy", "Jan Novak"]


def test_an_honorific_after_and_ends_the_previous_appositive():
    sentence = (
        "Also present were Dr Nandika Sanath Kumanayake, Secretary to the President and Mr Roshan "
        "Gamage, Senior Additional Secretary to the President."
    )
    assert _titles(sentence) == {
        "Nandika Sanath Kumanayake": "Secretary to the President",
        "Roshan Gamage": "Senior Additional Secretary to the President",
    }


def test_names_of_laws_plans_and_schools_are_not_people():
    text = (
        "The President discussed the Inflation Reduction Act, the Anti-Corruption Action Plan "
        "and the Framework Agreement with graduates of Harvard Law School and Gorky Studios."
    )
    persons, _, _ = collect_persons(text, split_sentences(text), None)
    assert persons == []


def test_an_international_body_after_the_name_makes_an_official_stateless():
    text = (  # name invented
        "President Joseph R. Biden, Jr. spoke today with Secretary General Anna Berg\nof the "
        "North Atlantic Treaty Organization (NATO). The President thanked the Secretary General."
    )
    meetings = extract_meetings(readout_document(text, WHITE_HOUSE, "2021-01-26"))
    (berg,) = [p for p in meetings[0].participants if p.name == "Anna Berg"]
    assert (berg.role, berg.country_code) == ("Secretary General", None)
    assert berg.organization == "North Atlantic Treaty Organization (NATO)"
    assert meetings[0].kind == "bilateral"


def test_a_delegation_headed_by_someone_serves_the_delegation_s_state():
    text = (  # name invented
        "President of Ukraine Volodymyr Zelenskyy met with a delegation of the upper house of "
        "the United States Congress headed by the leader of the minority in the Senate John Doe."
    )
    (meeting,) = _participants(text, UKRAINE, "2022-05-14T12:00:00Z")
    assert meeting[1][0] == "John Doe" and meeting[1][2] == "USA"


def test_in_a_list_of_names_with_titles_after_them_each_title_is_its_own_name_s():
    # names invented
    sentence = (
        "The Speaker received Anna Berg, Ambassador of Uzbekistan, Carlos Ruiz, Ambassador of "
        "Bangladesh, and Maria Camil, Ambassador of Malta."
    )
    mentions = find_person_mentions(sentence, 0, len(sentence))
    assert [(m.name, m.title, m.country_hint) for m in mentions] == [
        ("Anna Berg", "Ambassador of Uzbekistan", None),
        ("Carlos Ruiz", "Ambassador of Bangladesh", None),
        ("Maria Camil", "Ambassador of Malta", None),
    ]


def test_a_name_after_and_with_a_title_of_its_own_ends_the_title_before_it():
    # names invented
    assert _titles(
        "The meeting was attended by Gan Wei, Deputy Director of the General Office, Liu Bo, "
        "Deputy Director of the Foreign Affairs Office and Yao Lin, member of the Party "
        "Committee."
    ) == {
        "Gan Wei": "Deputy Director of the General Office",
        "Liu Bo": "Deputy Director of the Foreign Affairs Office",
        "Yao Lin": "member of the Party Committee",
    }
    assert _titles(
        "He met Omar Al Nuaimi, Secretary-General, and Afraa Al Busta, Assistant "
        "Secretary-General."
    ) == {"Omar Al Nuaimi": "Secretary-General", "Afraa Al Busta": "Assistant Secretary-General"}


def test_envoys_received_separately_are_meetings_of_their_own_with_the_aides_present():
    # names invented
    text = (
        "The Speaker of the Assembly, Saqr Ali, separately received Anna Berg, Ambassador of "
        "Uzbekistan, and Maria Camil, Ambassador of Malta, in the presence of Omar Nuaimi, "
        "Secretary-General of the Assembly."
    )
    meetings = _participants(text, "Federal National Council, United Arab Emirates")
    assert _names_by_meeting(meetings) == [
        ["Anna Berg", "Omar Nuaimi", "Saqr Ali"],
        ["Maria Camil", "Omar Nuaimi", "Saqr Ali"],
    ]
    assert [c for m in meetings for name, _, c in m if name in ("Anna Berg", "Maria Camil")] == [
        "UZB", "MLT"
    ]


def test_a_group_or_team_list_serves_the_group_s_state_as_a_delegation_s_does():
    # names invented
    text = (
        "National Assembly Speaker Saqr Ali received the visiting delegation of the British "
        "House of Commons. The British group included MPs David Moss and Ann Royle."
    )
    (meeting,) = _participants(text, "National Assembly of Kuwait")
    assert {name: country for name, _, country in meeting} == {
        "Saqr Ali": "KWT", "David Moss": "GBR", "Ann Royle": "GBR"
    }


def test_a_sentence_summing_up_meetings_told_apart_next_is_no_meeting_of_its_own():
    # names invented
    text = (
        "Saqr Ali, Speaker of the Assembly, received the ambassadors of several friendly "
        "countries at the Assembly's headquarters. He separately received Anna Berg, Ambassador "
        "of Uzbekistan, and Maria Camil, Ambassador of Malta."
    )
    meetings = _participants(text, "Assembly of Examplia")
    assert _names_by_meeting(meetings) == [
        ["Anna Berg", "Saqr Ali"], ["Maria Camil", "Saqr Ali"]
    ]
