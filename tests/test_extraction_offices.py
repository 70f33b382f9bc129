"""Offices and attendance lists: bodies listed as attendees, offices after a rank, a
headline that completes an office, delegation lists and the end of a long ministry name.

Sentences are quoted from (or modelled on) public readouts of the bulk corpus.
"""

from pipelines.extraction import extract_meetings
from pipelines.model import Document

from readout_helpers import people_in, readout_document

PMD = "Presidential Media Division, Sri Lanka (pmd.gov.lk)"
WHITE_HOUSE = (
    "The White House (Biden administration briefing room; bidenwhitehouse.archives.gov)"
)
STATE = "U.S. Department of State (Office of the Spokesperson, state.gov press releases)"


def _people(sentence: str) -> list[tuple[str, str | None]]:
    return [(name, role) for name, role, _ in people_in(sentence)]




def _participants(document: Document) -> dict[str, str | None]:
    return {p.name: p.role for m in extract_meetings(document) for p in m.participants}


def test_companies_listed_as_attending_are_not_people():
    text = (
        "Yesterday, National Climate Advisor Ali Zaidi hosted a meeting at the White House with "
        "business leaders from companies that benefit from the President's Investing in America "
        "agenda.\n\nCompanies in attendance included Hannon Armstrong, Holcim, HP, National "
        "Grid, Vail Resorts, PepsiCo, and Stonyfield."
    )
    names = set(_participants(readout_document(text, WHITE_HOUSE, "2023-05-18")))
    assert names == {"Ali Zaidi"}


def test_a_possessive_office_owns_a_thing_not_a_person():
    sentence = "They benefit from the President's Investing in America agenda."
    assert _people(sentence) == []


def test_the_office_after_a_rank_is_the_role():
    sentence = (
        "The meeting was attended by Lieutenant General Lasantha Rodrigo, the new Army "
        "Commander; Vice Admiral Kanchana Banagoda, the new Navy Commander and Air Marshal "
        "Vasu Bandu Edirisinghe, the new Air Force Commander."
    )
    assert _people(sentence) == [
        ("Lasantha Rodrigo", "Army Commander"),
        ("Kanchana Banagoda", "Navy Commander"),
        ("Vasu Bandu Edirisinghe", "Air Force Commander"),
    ]


def test_in_a_delegation_list_each_office_follows_its_holder():
    sentence = (
        "Mr. Takafumi Kadono, Country Director ADB, Ms. Cholpon Mambetova, Country Operations "
        "Head ADB, Ms. Hasitha Wickremasinghe, Senior Economics Officer, Mr. K.M. Mahinda "
        "Siriwardana, Secretary to the Treasury and Ministry of Finance, Economic Stabilization "
        "and National Policies, Mr. D.A.P. Abesekara, Director General Finance Ministry, were "
        "present at this event."
    )
    people = dict(_people(sentence))
    assert list(people) == [
        "Takafumi Kadono", "Cholpon Mambetova", "Hasitha Wickremasinghe",
        "K.M. Mahinda Siriwardana", "D.A.P. Abesekara",
    ]
    assert people["Cholpon Mambetova"].startswith("Country Operations Head")
    assert people["Hasitha Wickremasinghe"] == "Senior Economics Officer"
    assert people["K.M. Mahinda Siriwardana"].endswith(
        "Economic Stabilization and National Policies"
    )


def test_words_of_a_title_after_the_name_are_not_another_person():
    sentence = (
        "The President also met with the Venerable Urulewatte Dhammarakkhitha Thera, Asgiri "
        "Vihara Senior Karaka Sangha Sabhika, in charge of the Daily Services of the Temple."
    )
    # "Venerable" is an honorific, which names leave out (GUIDELINES.md)
    assert [name for name, _ in _people(sentence)] == ["Urulewatte Dhammarakkhitha Thera"]


def test_a_headline_completes_the_office_of_the_body():
    text = (
        "Secretary of State Antony J. Blinken spoke today with UN Special Envoy Hans Grundberg "
        "to congratulate him on his leadership on peace efforts in Yemen."
    )
    title = "Secretary Blinken's Call with UN Special Envoy for Yemen Hans Grundberg"
    roles = _participants(readout_document(text, STATE, "2022-04-02", title))
    assert roles["Hans Grundberg"] == "UN Special Envoy for Yemen"


def test_officials_among_the_other_officials_attended():
    text = (
        "Polish Foreign Minister Radosław Sikorski met with President Anura Kumara Disanayake "
        "this afternoon at the Presidential Secretariat.\n\nThe delegation including Ambassador "
        "of the European Union to Sri Lanka Carmen Moreno, Senior Additional Secretary to the "
        "President Roshan Gamage were among the other officials."
    )
    names = set(_participants(readout_document(text, PMD, "2025-04-29")))
    assert {"Carmen Moreno", "Roshan Gamage"} <= names


def test_a_past_office_joined_by_and_stays_in_the_title_before_the_comma():
    sentence = (
        "Present were Minister Ruwan Silva, Kenya's Ambassador to Japan and former Chief "
        "Justice, King’s Counsel Mary Wanjiru, and officials."
    )
    assert people_in(sentence)[-1] == (
        "Mary Wanjiru", "Ambassador to Japan and former Chief Justice", "KEN"
    )


def test_officials_of_regional_bodies_serve_no_state():
    from pipelines.extraction.roles import parse_title

    for title in (
        "ECO Secretary General", "EAC Secretary General",
        "President of the Caribbean Development Bank",
        "Secretary General of the Inter-Parliamentary Union (IPU)",
    ):
        parsed = parse_title(title)
        assert parsed.international and parsed.country_code is None, title
