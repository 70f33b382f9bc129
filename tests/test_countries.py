import pytest

from pipelines.countries import country_code, country_name, find_countries


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russia", "RUS"), ("the Russian Federation", "RUS"), ("Russian", "RUS"),
        ("the US", "USA"), ("United States", "USA"), ("American", "USA"), ("U.S.", "USA"),
        ("Republic of Korea", "KOR"), ("South Korea", "KOR"), ("ROK", "KOR"), ("Korean", "KOR"),
        ("Türkiye", "TUR"), ("Turkey", "TUR"), ("Turkish", "TUR"),
        ("PRC", "CHN"), ("China", "CHN"), ("Chinese", "CHN"),
        ("Palestine", "PSE"), ("Palestinian Authority", "PSE"), ("UK", "GBR"), ("British", "GBR"),
        ("Kingdom of Saudi Arabia", "SAU"), ("Russia’s", "RUS"), ("Sri Lankan", "LKA"),
    ],
)
def test_country_code_of_names_aliases_and_demonyms(name, code):
    assert country_code(name) == code


def test_lower_case_us_is_not_a_country():
    assert country_code("us") is None
    assert list(find_countries("He told us that")) == []


def test_country_name_of_a_code():
    assert country_name("RUS") == "Russia"
    assert country_name("XXX") is None


def test_find_countries_takes_the_longest_form_and_skips_regions():
    text = "the Prime Minister of the Republic of India, the U.S.-Thailand alliance, North America"
    found = [(text[s:e], code) for s, e, code in find_countries(text)]
    assert found == [("Republic of India", "IND"), ("U.S.", "USA"), ("Thailand", "THA")]


def test_a_hyphenated_country_written_with_a_space_is_one_country():
    text = "the President of Guinea Bissau and the Prime Minister of Timor Leste"
    found = [(text[s:e], code) for s, e, code in find_countries(text)]
    assert found == [("Guinea Bissau", "GNB"), ("Timor Leste", "TLS")]


def test_saint_abridged_names_the_country():
    text = "Basseterre, St. Kitts, and St Lucia"
    assert [code for _, _, code in find_countries(text)] == ["KNA", "LCA"]
