import datetime as dt

import pytest

from pipelines.dates import find_dates, parse_publication, resolve_date_expression

REFERENCE = dt.date(2022, 3, 10)


def _found(text: str, reference=REFERENCE, prefer="past"):
    return [(m.text, m.iso) for m in find_dates(text, reference, prefer=prefer)]


def test_explicit_dates_take_the_year_of_the_reference():
    assert _found("On March 6 he met the Chancellor.") == [("March 6", "2022-03-06")]
    assert _found("talks on December 28") == [("December 28", "2021-12-28")]


def test_a_month_in_capitals_is_a_month():
    assert _found("YEREVAN, MARCH 7, ARMENPRESS. Talks were held.") == [("MARCH 7", "2022-03-07")]
    assert _found("10 JUNE 2014") == [("10 JUNE 2014", "2014-06-10")]


def test_day_ranges_and_month_years():
    assert _found("Talks on 13-14 May 2021 and the conference in July 2021") == [
        ("13-14 May 2021", "2021-05-13"), ("in July 2021", "2021-07"),
    ]


def test_relative_days_resolve_against_the_publication_date():
    assert _found("He spoke yesterday and met on Monday.") == [
        ("yesterday", "2022-03-09"), ("on Monday", "2022-03-07"),
    ]


def test_stated_day_of_month_in_brackets_wins():
    reference = dt.date(2025, 6, 12)
    assert _found("called on the President last evening (11) in Berlin", reference) == [
        ("last evening (11)", "2025-06-11"),
    ]


def test_relative_dates_without_reference_stay_unresolved():
    (mention,) = find_dates("met today", None)
    assert mention.date is None and mention.relative


def test_resolve_date_expression_uses_dateparser_for_other_forms():
    assert resolve_date_expression("three days ago", REFERENCE) == (dt.date(2022, 3, 7), "day")
    assert resolve_date_expression("July 2021", None) == (dt.date(2021, 7, 1), "month")
    assert resolve_date_expression("next month", None) == (None, None)


def test_parse_publication_is_unchanged():
    assert parse_publication("2025-03-21") == (None, dt.date(2025, 3, 21))


def test_publication_dates_as_sites_write_them():
    assert parse_publication("November 24, 2021") == (None, dt.date(2021, 11, 24))
    assert parse_publication("1 JUNE 2021") == (None, dt.date(2021, 6, 1))
    assert parse_publication("21-07-2017") == (None, dt.date(2017, 7, 21))  # day first
    assert parse_publication("09:21 | 17.03.2022") == (
        dt.datetime(2022, 3, 17, 9, 21, tzinfo=dt.UTC), dt.date(2022, 3, 17)
    )


def test_a_page_on_united_states_time_writes_the_month_first():
    assert parse_publication("06/02/2021 | 11:19am EDT")[1] == dt.date(2021, 6, 2)
    assert parse_publication("06/02/2021")[1] == dt.date(2021, 2, 6)


def test_a_month_in_the_sites_own_language_is_read():
    assert parse_publication("10 Settembre 2024")[1] == dt.date(2024, 9, 10)
    assert parse_publication("5 de marzo de 2023")[1] == dt.date(2023, 3, 5)
    assert parse_publication("23 мая, 2020 11:05")[1] == dt.date(2020, 5, 23)


def test_a_year_glued_to_the_time_is_still_read():
    assert parse_publication("2 November 201022:18")[1] == dt.date(2010, 11, 2)


def test_a_publication_value_without_a_full_date_is_refused():
    for value in ("yesterday", "March 2021", "next Friday 2021", "soon"):
        with pytest.raises(ValueError, match="unrecognised publication timestamp"):
            parse_publication(value)


def test_a_labelled_publication_date_is_read_without_its_label():
    assert parse_publication("Updated 3 January 2024") == (None, dt.date(2024, 1, 3))
    assert parse_publication("Posted on: March 4, 2015") == (None, dt.date(2015, 3, 4))
