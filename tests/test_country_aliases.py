"""Countries from names, official names, demonyms and aliases, as readouts write them."""

import pytest

from pipelines.countries import country_code, country_name

ALIASES = {
    "RUS": ["Russia", "the Russian Federation", "Russian Federation", "Russian"],
    "USA": [
        "the US",
        "the U.S.",
        "US",
        "the United States",
        "United States of America",
        "American",
    ],
    "KOR": ["the Republic of Korea", "South Korea", "ROK", "Korea, Republic of"],
    "TUR": ["Türkiye", "Turkiye", "Turkey", "Turkish"],
    "CHN": ["the PRC", "China", "the People's Republic of China", "Chinese"],
    "PSE": ["Palestine", "the State of Palestine", "the Palestinian Authority", "Palestinian"],
    "GBR": ["the UK", "the United Kingdom", "Great Britain", "British"],
    "UKR": ["Ukraine", "Ukrainian"],
    "COD": ["the Democratic Republic of Congo", "DRC"],
    "COG": ["the Republic of Congo", "Congo-Brazzaville"],
    "LKA": ["Sri Lanka", "Sri Lankan"],
    "BIH": ["Bosnia and Herzegovina", "BiH"],
}


@pytest.mark.parametrize(
    ("code", "alias"), [(code, alias) for code, names in ALIASES.items() for alias in names]
)
def test_an_alias_gives_the_iso_code(code, alias):
    assert country_code(alias) == code


def test_korean_alone_is_the_republic_of_korea():
    # "the Korean side" in a readout is the Republic of Korea; the north is named as such.
    assert country_code("Korean") == "KOR"
    assert country_code("North Korean") == "PRK"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("RUS", "Russia"),
        ("USA", "United States"),
        ("KOR", "South Korea"),
        ("GBR", "United Kingdom"),
        ("UKR", "Ukraine"),
    ],
)
def test_a_code_gives_a_readable_name(code, name):
    assert country_name(code) == name


@pytest.mark.parametrize("code", sorted(ALIASES))
def test_the_name_of_a_code_reads_back_as_the_code(code):
    assert country_code(country_name(code)) == code


def test_no_country_gives_none():
    assert country_code("Secretary") is None
    assert country_name("") is None
