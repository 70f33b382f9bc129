"""Commitment extraction on sentences taken from the corpus (GUIDELINES.md, Commitment)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pipelines.extraction.commitments import find_commitments
from pipelines.extraction.commitments.regex import may_match
from pipelines.extraction.sentences import split_sentences
from pipelines.model import ExtractedParticipant

from readout_helpers import meetings_in

SEED_DOCUMENTS = Path("/work/shared/eval/seed.documents.jsonl")


def person(name: str, role: str | None = None, country: str | None = None,
           organization: str | None = None) -> ExtractedParticipant:
    return ExtractedParticipant(
        name=name, name_as_written=name, role=role, organization=organization,
        country_code=country, evidence_start=0, evidence_end=0,
    )


DAVTYAN = person("Artur Davtyan", "Prosecutor General", "ARM")
KRASNOV = person("Igor Krasnov", "Prosecutor General", "RUS")
HARUTYUNYAN = person("Vahe Harutyunyan", "Military Prosecutor", "ARM")
PROSECUTORS = [DAVTYAN, KRASNOV, HARUTYUNYAN]


def commitments(text: str, participants=(), reference: dt.date | None = None):
    return find_commitments(text, split_sentences(text), list(participants), reference)


def seed_text() -> str:
    with SEED_DOCUMENTS.open(encoding="utf-8") as lines:
        return json.loads(lines.readline())["text"]


# --- agreements ------------------------------------------------------------------------------


def test_signed_joint_statement_is_an_agreement_of_both_signatories():
    text = (
        "Based on the results of the meeting, Davtyan and Krasnov signed a joint statement on the "
        "intentions for development of cooperation between the Offices of the Prosecutors General "
        "of Armenia and Russia."
    )
    [found] = commitments(text, PROSECUTORS)
    assert found.type == "agreement"
    assert found.actors == [0, 1]
    assert "joint statement" in found.description
    assert (found.evidence_start, found.evidence_end) == (0, len(text))


def test_adopted_joint_statement_in_the_passive_is_an_agreement_of_all():
    text = (
        "Following the talks, a joint statement was adopted reflecting a shared vision for "
        "developing the comprehensive strategic partnership between the Russian Federation and "
        "the Socialist Republic of Vietnam until 2030."
    )
    participants = [person("Vladimir Putin", "President", "RUS"),
                    person("Nguyen Xuan Phuc", "President", "VNM")]
    [found] = commitments(text, participants)
    assert found.type == "agreement"
    assert found.actors == [0, 1]


def test_two_instruments_under_one_verb_are_two_agreements():
    text = (
        "After the discussions, agreements were exchanged between both parties. This included a "
        "Memorandum of Understanding (MoU) between the Foreign Service Institute of Maldives "
        "(FOSIM) and the Bandaranaike Diplomatic Training Institute, as well as an agreement on "
        "mutual legal assistance."
    )
    found = commitments(text)
    assert [c.type for c in found] == ["agreement", "agreement"]
    assert "Memorandum of Understanding" in found[0].description
    assert "mutual legal assistance" in found[1].description


def test_signed_an_agreement_and_a_memorandum_gives_two():
    text = (
        "The two sides signed an agreement on mutual legal assistance and a memorandum of "
        "understanding on diplomatic training."
    )
    found = commitments(text)
    assert [c.type for c in found] == ["agreement", "agreement"]
    assert "memorandum" in found[1].description


def test_signing_a_guest_book_or_an_executive_order_is_no_agreement():
    text = (
        "After President Anura Kumara Dissanayake signed the guest book, the two leaders posed "
        "for an official photograph. I have signed an executive order on awarding the title of "
        "Hero of Russia to Lieutenant Nurmagomed Gadzhimagomedov, regrettably, posthumously."
    )
    assert commitments(text) == []


# --- invitations -----------------------------------------------------------------------------


def test_invitation_to_attend_a_conference_with_actor_counterpart_and_due_month():
    text = (
        "Krasnov expressed gratitude for the reception and reaffirmed that the cooperation between "
        "the Offices of Prosecutors General of Armenia and Russia is very effective, attached "
        "importance to the partnership within different international organizations and invited "
        "Davtyan to attend the Conference of Prosecutors General of Europe to be held in July "
        "2021 in Saint Petersburg."
    )
    [found] = commitments(text, PROSECUTORS)
    assert found.type == "invitation"
    assert found.actors == [1]
    assert found.counterparts == [0]
    assert found.due == "2021-07"


def test_invitation_to_pay_a_visit():
    text = ("Volodymyr Zelenskyy invited Klaus Iohannis to pay a visit to Ukraine at his "
            "convenience.")
    participants = [person("Volodymyr Zelenskyy", "President", "UKR"),
                    person("Klaus Iohannis", "President", "ROU")]
    [found] = commitments(text, participants)
    assert (found.type, found.actors, found.counterparts) == ("invitation", [0], [1])


def test_pluperfect_invitation_is_a_recalled_one():
    text = (
        "The Prosecutor General’s Office of Armenia reported that Davtyan had invited his Russian "
        "counterpart to Armenia during a working visit to Moscow in January, and this is "
        "Krasnov’s first foreign visit as Prosecutor General."
    )
    assert commitments(text, PROSECUTORS) == []


def test_officials_invited_to_attend_the_meeting_is_no_invitation():
    text = (
        "A number of other ministers and the Moscow Mayor were also invited to attend the "
        "meeting."
    )
    assert commitments(text) == []


# --- pledges ---------------------------------------------------------------------------------


def test_agreed_to_continue_is_a_pledge_of_all_parties():
    text = "The leaders agreed to continue personal contacts."
    participants = [person("Vladimir Putin", "President", "RUS"),
                    person("Aleksandar Vucic", "President", "SRB")]
    [found] = commitments(text, participants)
    assert found.type == "pledge"
    assert found.actors == [0, 1]
    assert found.description == "agreed to continue personal contacts"


def test_agreed_to_hold_a_meeting_resolves_its_due_month():
    text = ("The Presidents agreed to hold the 10th meeting of the High-Level Strategic Council in "
            "February 2022 in Kyiv.")
    [found] = commitments(text, reference=dt.date(2021, 12, 1))
    assert (found.type, found.due) == ("pledge", "2022-02")


def test_the_two_pledged_after_a_discussion():
    text = (
        "Secretary Blinken and Minister Tileuberdi also discussed the ongoing COVID-19 pandemic "
        "and the two pledged to remain in close contact on both issues going forward."
    )
    participants = [person("Antony J. Blinken", "Secretary of State", "USA"),
                    person("Mukhtar Tileuberdi", "Minister of Foreign Affairs", "KAZ")]
    [found] = commitments(text, participants)
    assert (found.type, found.actors) == ("pledge", [0, 1])


def test_intends_to_support_a_number_by_a_date_is_a_pledge_with_due():
    text = (
        "The UN Secretary-General noted that he is determined to enhance the support for "
        "Ukrainian citizens, help save lives and minimize suffering, and find a way to peace. "
        "According to him, the UN has already provided humanitarian aid to 3.4 million people in "
        "Ukraine, and intends to support 8.7 million people by the end of August."
    )
    participants = [person("Volodymyr Zelenskyy", "President", "UKR"),
                    person("António Guterres", "Secretary-General", None, "United Nations")]
    [found] = commitments(text, participants, dt.date(2022, 4, 28))
    assert found.type == "pledge"
    assert found.actors == [1]
    assert found.due == "2022-08"


def test_will_provide_an_amount_is_a_pledge():
    text = (
        "Secretary Blinken announced that the United States will provide $50 million in "
        "additional humanitarian assistance to Ukraine."
    )
    participants = [person("Antony J. Blinken", "Secretary of State", "USA"),
                    person("Dmytro Kuleba", "Minister of Foreign Affairs", "UKR")]
    [found] = commitments(text, participants)
    assert found.type == "pledge"
    assert found.actors == [0]
    assert found.counterparts == [1]


def test_reported_future_of_a_participant_is_a_pledge():
    text = (
        "President Anura Kumara Disanayake stated that steps will be taken to provide the "
        "necessary facilities to eliminate organized crime and drug abuse, as well as to "
        "introduce new legislation."
    )
    participants = [person("Anura Kumara Disanayake", "President", "LKA")]
    found = commitments(text, participants)
    assert found and all(c.type == "pledge" and c.actors == [0] for c in found)


def test_directed_staff_to_continue_is_a_pledge_of_the_president():
    text = "The President directed staff to continue to meet daily on outstanding issues."
    participants = [person("Biden", "President", "USA"), person("McConnell", "Senate Leader",
                                                                "USA")]
    [found] = commitments(text, participants)
    assert (found.type, found.actors) == ("pledge", [0])


def test_committed_to_work_after_a_reaffirmation_in_the_same_sentence():
    text = (
        "U.S. Special Representative Kim reaffirmed the importance of enhancing trilateral "
        "security cooperation in the face of the DPRK’s continued destabilizing and unlawful "
        "ballistic missile launches and committed to work closely to mitigate the threats posed "
        "by the DPRK’s malicious cyber activity."
    )
    [found] = commitments(text)
    assert found.type == "pledge"
    assert found.description.startswith("committed to work closely")


# --- not commitments -------------------------------------------------------------------------


def test_voiced_hope_is_not_a_commitment():
    text = (
        "Krasnov voiced hope that the active involvement of the Offices of the Prosecutors General "
        "of both countries in the implementation of the trilateral statement signed in November "
        "2020 will lead to the strengthening of peace."
    )
    assert commitments(text, PROSECUTORS) == []


def test_expressed_hope_that_others_will_approve_is_not_a_commitment():
    text = (
        "Volodymyr Zelenskyy also expressed hope that the US Senate will promptly approve a "
        "package of additional funding to support the Ukrainian people."
    )
    assert commitments(text) == []


def test_calls_on_others_are_not_commitments():
    text = (
        "They reiterated their commitment to a diplomatic path and called upon Pyongyang to "
        "return to dialogue. Volodymyr Zelenskyy called on the representatives of the "
        "parliamentary factions to ensure the prompt adoption by the Verkhovna Rada of decisions "
        "related to strengthening the defense capabilities of our state."
    )
    assert commitments(text) == []


def test_reaffirmed_support_for_sovereignty_is_not_a_commitment():
    text = (
        "They reaffirmed their steadfast support for Ukraine’s sovereignty and territorial "
        "integrity and condemned President Putin’s premeditated, unprovoked, and unjustified "
        "Russian invasion of Ukraine. Both Leaders reaffirmed their commitment to strengthen the "
        "U.S.-ROK alliance."
    )
    assert commitments(text) == []


def test_ongoing_practice_is_not_a_commitment():
    text = (
        "Davtyan added that the Prosecutor General’s Office regularly provides Russia with data "
        "and evidence regarding Armenian prisoners of war and civilians."
    )
    assert commitments(text, PROSECUTORS) == []


def test_remaining_committed_is_a_stance_not_a_commitment():
    text = (
        "Secretary Blinken updated the Foreign Minister on U.S. plans to reduce our civilian "
        "footprint in Kabul, while emphasizing that we remain committed to maintaining a strong "
        "diplomatic and security relationship with the Government of Afghanistan."
    )
    assert commitments(text) == []


def test_forecasts_and_publisher_schedules_are_not_commitments():
    text = (
        "The Governor also noted that the gas supply will provide an opportunity to attract new "
        "investment. The President will hold talks with foreign diplomats and representatives "
        "from Saudi Arabia and Pakistan. The report will be delivered by Sergei Lavrov."
    )
    participants = [person("Igor Rudenya", "Governor", "RUS"),
                    person("Vladimir Putin", "President", "RUS")]
    assert commitments(text, participants) == []


def test_agreed_on_the_need_is_not_a_pledge():
    text = (
        "Deputy Secretary Sherman and Ambassador Vinhas agreed on the urgent need for all members "
        "of the international community to condemn this attack in the strongest possible terms."
    )
    assert commitments(text) == []


# --- the seed document -----------------------------------------------------------------------


def test_seed_document_yields_exactly_its_two_gold_commitments():
    text = seed_text()
    found = commitments(text, PROSECUTORS, None)
    assert [c.type for c in found] == ["invitation", "agreement"]
    invitation, agreement = found
    assert (invitation.actors, invitation.counterparts, invitation.due) == ([1], [0], "2021-07")
    assert "invited Davtyan to attend the Conference" in text[
        invitation.evidence_start : invitation.evidence_end
    ]
    assert agreement.actors == [0, 1]
    assert "signed a joint statement" in text[agreement.evidence_start : agreement.evidence_end]


def test_only_the_given_sentences_are_read():
    text = seed_text()
    first_paragraph_end = text.index("\n\n")
    sentences = [s for s in split_sentences(text) if s[1] <= first_paragraph_end]
    assert find_commitments(text, sentences, PROSECUTORS, None) == []


# --- provisions promised ---------------------------------------------------------------------


def test_assured_or_offered_assistance_is_a_pledge_of_the_one_who_offers():
    minister = person("Ali Sabry", "Minister of Foreign Affairs", "LKA")
    ambassador = person("Ammar Nisar", "Ambassador", "DEU")
    text = (
        "Further, the Ambassador offered assistance in enhancing the operations of the two "
        "technical colleges."
    )
    [found] = commitments(text, [minister, ambassador])
    assert found.type == "pledge"
    assert found.actors == [1]
    assert "offered assistance in enhancing" in found.description


def test_support_promised_needs_a_kind_of_provision():
    minister = person("Ali Sabry", "Minister of Foreign Affairs", "LKA")
    envoy = person("Hanaa Singer", "Resident Coordinator", None, "United Nations")
    assert commitments("Singer assured technical and financial support.", [minister, envoy])
    assert not commitments("Singer assured him of support.", [minister, envoy])
    assert not commitments("Singer offered her condolences.", [minister, envoy])


def test_short_turns_of_a_transcript_each_have_their_speaker():
    president = person("Ivan Petrov", "President", "RUS")
    governor = person("Oleg Sidorov", "Governor", "RUS")
    text = (
        "Ivan Petrov: Good afternoon. Oleg Sidorov: Good afternoon. The region has "
        "decided to allocate 5 billion rubles for the new bridge, and I have decided to open it "
        "in May."
    )
    [found] = commitments(text, [president, governor])
    assert found.actors == [1]


def test_taking_up_a_proposal_is_a_pledge_to_its_proposer():
    president = person("Ivan Petrov", "President", "RUS")
    governor = person("Oleg Sidorov", "Governor", "RUS")
    text = (
        "The Governor asked the President to open a new school in the town. "
        "Ivan Petrov supported this initiative."
    )
    [found] = commitments(text, [president, governor])
    assert (found.type, found.actors, found.counterparts) == ("pledge", [0], [1])
    transcript = (
        "Oleg Sidorov: We propose to open a new school in the town. "
        "Ivan Petrov: Let's do as you suggest."
    )
    [found] = commitments(transcript, [president, governor])
    assert (found.type, found.actors, found.counterparts) == ("pledge", [0], [1])
    assert found.evidence_start == 0  # the proposal is in the sentence before
    assert not commitments(
        "In 2015 the Governor supported this initiative of the region.", [president, governor]
    )


def test_instrument_with_a_participle_of_this_meeting_is_an_agreement_of_all():
    participants = [person("Ivan Horak", "President", "CZE"), person("Ana Berisha",
                    "Prime Minister", "ALB")]
    text = (
        "The President thanked the Prime Minister for the joint declaration adopted today "
        "following the talks in support of the candidacy."
    )
    [found] = commitments(text, participants)
    assert (found.type, found.actors) == ("agreement", [0, 1])
    assert "declaration adopted today" in found.description
    assert not commitments(
        "The President recalled the treaty signed in 1997 by the two countries.", participants
    )


def test_noun_phrase_agreed_in_the_passive_is_a_pledge_of_all():
    participants = [person("Ivan Horak", "President", "CZE"), person("Ana Berisha",
                    "Prime Minister", "ALB")]
    [found] = commitments("A new round of consultations was agreed for the spring.", participants)
    assert (found.type, found.actors) == ("pledge", [0, 1])
    assert not commitments(
        "The President said the reform that was agreed had failed.", participants
    )


# --- the word test before the patterns -----------------------------------------------------


def test_word_test_before_the_patterns_folds_case_as_they_do():
    text = "They SIGNED it. The ſigned copy. Nothing here."
    assert may_match(text, 0, 15, ("signed",))
    # "ſ" matches "s" under re.IGNORECASE, although str.lower() leaves it as it is.
    assert may_match(text, 16, 32, ("signed",))
    assert not may_match(text, 33, len(text), ("signed",))


# --- readouts of other governments ------------------------------------------------------------

OKAFOR = person("Ada Okafor", "Foreign Minister", "NGA")
LINDQVIST = person("Erik Lindqvist", "Foreign Minister", "SWE")
ÇELIK = person("Ayşe Çelik", "Foreign Minister", "TUR")


def test_pleased_to_host_the_counterpart_is_an_invitation():
    text = (
        "Minister Lindqvist briefed Minister Okafor on the summit. "
        "Minister Okafor stated that she would be pleased to host her counterpart in Abuja."
    )
    [found] = commitments(text, [OKAFOR, LINDQVIST])
    assert (found.type, found.actors, found.counterparts) == ("invitation", [0], [1])


def test_the_subject_of_a_reported_that_is_who_he_or_she_is():
    text = (
        "Minister Okafor welcomed the visit. "
        "Minister Lindqvist stated that he would be pleased to host his counterpart in Stockholm."
    )
    [found] = commitments(text, [OKAFOR, LINDQVIST])
    assert (found.actors, found.counterparts) == ([1], [0])


def test_a_name_with_a_capital_beyond_ascii_is_a_party():
    text = "Minister Çelik invited Minister Lindqvist to visit Ankara."
    [found] = commitments(text, [LINDQVIST, ÇELIK])
    assert (found.actors, found.counterparts) == ([1], [0])


def test_agreed_that_their_officials_or_an_office_would_act_is_a_pledge():
    officials = "They agreed that their officials would remain in close touch on the crisis."
    [found] = commitments(officials, [OKAFOR, LINDQVIST])
    assert (found.type, found.actors) == ("pledge", [0, 1])
    office = (
        "They agreed that the Foreign Minister would travel to Abuja in the near future to "
        "continue the discussions."
    )
    assert [c.type for c in commitments(office, [OKAFOR, LINDQVIST])] == ["pledge"]


def test_agreed_that_an_office_would_be_is_no_pledge():
    text = "They agreed that the Minsk Agreements would be the basis of any settlement."
    assert commitments(text, [OKAFOR, LINDQVIST]) == []


def test_agreed_on_further_enhancing_is_a_pledge():
    text = "The two Foreign Ministers agreed on further enhancing high-level interactions."
    [found] = commitments(text, [OKAFOR, LINDQVIST])
    assert (found.type, found.actors) == ("pledge", [0, 1])


# --- styles of other publishers ----------------------------------------------------------------

ROE = person("John Roe", "Prime Minister", "KHM")
VONG = person("Ali Vong", "President", "LAO")


def test_an_invitation_to_someone_with_a_long_title_and_a_rank():
    found = commitments(
        "He took the opportunity to invite H.E. Gen. Paul Dara, Deputy Commander-in-Chief of "
        "the Royal Armed Forces and Commander of the Royal Army, to pay a visit to Lao PDR.",
        [ROE, VONG],
    )
    assert [c.type for c in found] == ["invitation"]


def test_an_invitation_extended_in_the_infinitive():
    found = commitments(
        "The Prime Minister also took the opportunity to extend an invitation for the Lao "
        "President's official visit to Cambodia at an appropriate opportunity.",
        [ROE, VONG],
    )
    assert [c.type for c in found] == ["invitation"]


def test_an_agreement_referred_back_to_is_not_another():
    found = commitments(
        "A Memorandum of Understanding was signed between the two ministries on September 30. "
        "The agreement was signed by Prime Minister John Roe and President Ali Vong.",
        [ROE, VONG],
    )
    assert [c.type for c in found] == ["agreement"]


def test_a_press_statement_is_not_an_agreement():
    dupont = person("Jean Dupont", "Foreign Minister", "FRA")
    found = commitments(
        "After a phone call of Prime Minister John Roe, his French counterpart Jean Dupont and "
        "President Ali Vong a Foreign Office Spokesperson issued the following statement today "
        "(7 June):",
        [ROE, dupont, VONG],
    )
    assert found == []
    joint = commitments("The two leaders issued a joint statement on trade.", [ROE, VONG])
    assert [c.type for c in joint] == ["agreement"]


def test_an_instrument_named_in_quotes_is_signed():
    found = commitments(
        "The ministers signed ‘Memorandum of Understanding between the two Ministries on "
        "diplomatic training’.",
        [ROE, VONG],
    )
    assert [c.type for c in found] == ["agreement"]


def test_an_attendance_the_publisher_schedules_is_no_pledge():
    found = commitments(
        "Prime Minister John Roe will attend a discussion session at the Ministerial Gathering "
        "tomorrow.",
        [ROE, VONG],
    )
    assert found == []
    said = commitments(
        "Prime Minister John Roe said that he will attend the summit in Vientiane in May.",
        [ROE, VONG],
    )
    assert [c.type for c in said] == ["pledge"]


def test_an_instrument_the_parties_have_signed_and_an_agreement_reached_to_act():
    meeting, = meetings_in(
        "Minister John Roe met Minister Ali Karimov of Tajikistan in Dushanbe on Monday. Both "
        "parties have signed a Memorandum of Understanding on trade. An agreement was reached "
        "to set up a bilateral expert group."
    )
    assert [(c.type, c.description) for c in meeting.commitments] == [
        ("agreement", "a Memorandum of Understanding on trade"),
        ("pledge", "An agreement was reached to set up a bilateral expert group"),
    ]
    tally, = meetings_in(
        "Minister John Roe met Minister Ali Karimov of Tajikistan in Dushanbe on Monday. The two "
        "countries have signed a memorandum on trade since 1990. No agreement was reached on "
        "the border."
    )
    assert tally.commitments == []


def test_an_instrument_signed_after_a_phrase_of_place_or_partner():
    found = commitments(
        "Minister John Roe signed in Brussels a Memorandum of Understanding to set up "
        "consultations.",
        [ROE, VONG],
    )
    assert [(c.type, c.description) for c in found] == [
        ("agreement", "a Memorandum of Understanding to set up consultations"),
    ]
    partner = commitments(
        "Minister John Roe signed with the Ambassador of Laos, Ali Vong, a Memorandum of "
        "Understanding on defence.",
        [ROE, VONG],
    )
    assert [c.type for c in partner] == ["agreement"]
    assert commitments(
        "Minister John Roe signed in the book of condolences that a memorandum was due.",
        [ROE, VONG],
    ) == []


def test_undertakings_after_a_phrase_of_time_or_in_the_impersonal_passive():
    found = commitments(
        "The ministers agreed in the coming period to organise joint visits of experts. It was "
        "agreed that work will be intensified on the draft trade agreement. It was decided that "
        "a joint committee be set up. An agreement was reached on the development of a roadmap.",
        [ROE, VONG],
    )
    assert [(c.type, c.actors) for c in found] == [("pledge", [0, 1])] * 4


def test_an_impersonal_agreement_on_facts_or_on_what_should_be_done_is_no_pledge():
    assert commitments(
        "It was agreed that there were other areas of co-operation which would need study. It "
        "was agreed that an assessment should be made of the rules.",
        [ROE, VONG],
    ) == []


def test_a_participant_invited_to_visit_is_invited_by_the_other_side():
    found = commitments(
        "In addition, President Ali Vong was invited to Flanders for an official state visit.",
        [ROE, VONG],
    )
    assert [(c.type, c.actors, c.counterparts) for c in found] == [("invitation", [0], [1])]
    assert commitments("President Ali Vong was invited to the talks by the Prime Minister.",
                       [ROE, VONG]) == []


def test_announcing_about_something_is_no_pledge():
    assert commitments(
        "Prime Minister John Roe, who on the same day later announced about his resignation, "
        "spoke with President Ali Vong.",
        [ROE, VONG],
    ) == []


def test_support_said_to_go_on_is_a_pledge_of_the_speaker_s_side():
    found = commitments(
        "Ali Vong said that the Laotian government would continue its support to the country in "
        "tourism. He said the Laotian government would continue to offer technical support to "
        "the ministry. John Roe will continue supporting the project.",
        [ROE, VONG],
    )
    assert [(c.type, c.actors) for c in found] == [
        ("pledge", [1]), ("pledge", [1]), ("pledge", [0])
    ]
    assert commitments(
        "Ali Vong said he hopes that the ministries will continue to support each other. John "
        "Roe said the weather will open new routes.",
        [ROE, VONG],
    ) == []


def test_instruments_named_without_a_determiner_or_as_a_plan_are_signed():
    found = commitments(
        "The ministers have signed Letter of Intent (LoI) for friendship between the two "
        "cities. The ministers signed documents on the development of the military component. "
        "At the end of their meeting, the ministers signed a cooperation plan for 2018. The "
        "meeting concluded with the signing of Latvia-India Culture Cooperation Programme for "
        "2019-2021.",
        [ROE, VONG],
    )
    assert [(c.type, c.description) for c in found] == [
        ("agreement", "Letter of Intent (LoI) for friendship between the two cities"),
        ("agreement", "documents on the development of the military component"),
        ("agreement", "a cooperation plan for 2018"),
        ("agreement", "Latvia-India Culture Cooperation Programme for 2019-2021"),
    ]
    assert commitments(
        "John Roe signed Monday the guest book. Ali Vong signed into law the budget.", [ROE, VONG]
    ) == []


def test_a_future_action_confirmed_or_promised_is_a_pledge_but_not_a_stance():
    found = commitments(
        "The two leaders also confirmed that they would continue to work closely together on "
        "regional issues.",
        [ROE, VONG],
    )
    assert [(c.type, c.actors) for c in found] == [("pledge", [0, 1])]
    assert commitments(
        "John Roe assured that Italy would remain a reliable partner. Ali Vong promised that he "
        "will always be supportive. John Roe said that they would continue to work together.",
        [ROE, VONG],
    ) == []


def test_ministers_without_an_article_are_all_the_parties():
    found = commitments("Ministers agreed to reconvene quarterly.", [ROE, VONG])
    assert [(c.type, c.actors) for c in found] == [("pledge", [0, 1])]


def test_a_plan_of_consultations_and_a_letter_of_cooperation_are_signed_instruments():
    found = commitments(
        "They also signed a plan for political consultations between the Foreign Ministries. "
        "The two sides signed a joint letter of cooperation.",
        [ROE, VONG],
    )
    assert [(c.type, c.description) for c in found] == [
        ("agreement", "a plan for political consultations between the Foreign Ministries"),
        ("agreement", "a joint letter of cooperation"),
    ]


def test_an_invitation_accepted_at_the_meeting_was_extended_by_the_other_side():
    found = commitments(
        "Ali Vong has accepted an invitation from John Roe to visit Accra next year.", [ROE, VONG]
    )
    assert [(c.type, c.actors, c.counterparts) for c in found] == [("invitation", [0], [1])]
    assert commitments("Ali Vong accepted the proposal to build a road.", [ROE, VONG]) == []
