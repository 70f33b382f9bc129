"""States, provinces and regions: the office of a region's government serves the region's
country, and a region's name is nobody's name.

Invented sentences and names.
"""

from pipelines.extraction.regions import find_region, region_country

from readout_helpers import meetings_in, people_in


def test_an_office_of_a_region_serves_its_country():
    assert people_in("The Ambassador met Sichuan Governor Huang Li in Chengdu.") == [
        ("Huang Li", "Sichuan Governor", "CHN"),
    ]
    assert people_in("The Governor of Lagos State, Jane Roe, received him.") == [
        ("Jane Roe", "Governor of Lagos State", "NGA"),
    ]
    # The English name of a region whose ISO name is German ("Sachsen").
    assert people_in("Minister-President of Saxony John Smith met him.") == [
        ("John Smith", "Minister-President of Saxony", "DEU"),
    ]


def test_a_region_where_an_envoy_serves_is_not_the_envoys_country():
    assert people_in("He met John Roe, Consul General in British Columbia, on Monday.") == [
        ("John Roe", "Consul General in British Columbia", None),
    ]


def test_the_second_word_of_a_regions_name_is_no_person_and_no_end_of_the_office():
    assert people_in(
        "He met Hon. Jane Roe, Minister of International Trade of British Columbia."
    ) == [("Jane Roe", "Minister of International Trade of British Columbia", "CAN")]


def test_a_region_of_one_word_may_still_be_a_surname():
    assert [name for name, _, _ in people_in("Minister Ana Flores met Mr Flores.")] == [
        "Ana Flores", "Flores",
    ]


def test_region_names_leave_out_generic_words_and_shared_names():
    assert region_country("Sichuan") == "CHN"  # ISO: "Sichuan Sheng"
    assert region_country("Lagos State") == "NGA"
    assert region_country("Punjab") is None  # a province of Pakistan and a state of India
    assert region_country("Georgia") is None  # a country's own name
    assert find_region("Minister of State for Gulf Affairs") is None
    assert find_region("Governor of the Central Bank") is None


def test_the_counterpart_who_governs_a_region_makes_the_meeting_bilateral():
    meeting, = meetings_in(
        "President John Roe received the Governor of Lagos State, Jane Smith, at State House.",
        publisher="State House Kenya (statehouse.go.ke)",
    )
    assert [p.country_code for p in meeting.participants] == ["KEN", "NGA"]
    assert meeting.kind == "bilateral"


def test_a_visit_to_a_state_or_province_fixes_the_meetings_country():
    meeting, = meetings_in(
        "General Ali Moussa, on his official visit to Hawaii, met with General John Roe of "
        "Australia."
    )
    assert (meeting.city, meeting.country_code) == (None, "USA")
