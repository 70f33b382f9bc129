"""Dates: publication timestamps and date expressions, resolved by one set of rules."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

_BARE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_publication(raw: str | None) -> tuple[dt.datetime | None, dt.date | None]:
    """Parse a publication timestamp as sources write it.

    Returns the instant in UTC (None for a bare date, which names no instant) and the calendar
    date as the source wrote it, in its own offset. RFC 2822, ISO 8601 with or without offset
    and bare dates are accepted, and dates as sites write them ("November 24, 2021"); anything
    else raises ValueError.
    """
    if raw is None or not str(raw).strip():
        return None, None
    text = str(raw).strip()
    if _BARE_DATE.match(text):
        return None, dt.date.fromisoformat(text)
    try:
        stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            stamp = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError) as error:
            written = _written_publication(text)
            if written is None:
                raise ValueError(f"unrecognised publication timestamp {text!r}") from error
            if not _CLOCK.search(text):
                return None, written.date()  # a date as written names no instant
            stamp = written
    local_date = stamp.date()
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone(dt.UTC), local_date


_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_GLUED_CLOCK = re.compile(r"\b((?:1[89]|2\d)\d\d)(\d{1,2}:\d{2})\b")


def _written_publication(text: str) -> dt.datetime | None:
    """A publication date as sites write it: "November 24, 2021", "26 July 2021",
    "21-07-2017", "09:21 | 17.03.2022" (day first when numeric). Day, month and year must all
    be there: a relative or partial date would depend on when the build runs."""
    # "2 November 201022:18": a page that glued the year to the time.
    text = _GLUED_CLOCK.sub(r"\1 \2", text)
    text = _DATE_LABEL.sub("", text)  # "Updated 3 January 2024", "Posted on: ..."
    if not _WRITTEN_YEAR.search(text):
        return None
    # "06/02/2021 | 11:19am EDT": a page on United States time writes the month first.
    order = "MDY" if _US_TIME_ZONE.search(text) else "DMY"
    data = _publication_parser(order).get_date_data(text.replace("|", " "))
    return data.date_obj if data is not None and data.date_obj is not None else None


_DATE_LABEL = re.compile(
    r"^\s*(?:(?:last\s+|first\s+)?(?:updated|published|posted|modified|released|issued|date)"
    r"(?:\s+on)?\s*:?\s*)",
    re.IGNORECASE,
)
_US_TIME_ZONE = re.compile(r"\b(?:E|C|M|P|AK|H)[SD]T\b|\bET\b")


@lru_cache(maxsize=2)
def _publication_parser(order: str):  # noqa: ANN202 - dateparser's own type
    from dateparser.date import DateDataParser

    # Sites publishing in English often keep their own language's month in the date line:
    # "10 Settembre 2024", "5 de marzo de 2023", "23 мая, 2020".
    return DateDataParser(
        languages=["en", "fr", "es", "it", "de", "pt", "ru"],
        settings={
            "DATE_ORDER": order,
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RELATIVE_BASE": dt.datetime(2000, 1, 1),
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )


# --- Date expressions in text -------------------------------------------------------------
#
# The grammar below finds candidate expressions and captures their parts, so that the common
# forms ("On March 6", "13-14 May 2022", "today (21)", "on Monday") are resolved without a
# parser call; dateparser handles any other short expression passed to
# `resolve_date_expression` (cached, because it is slow).

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
# Relative day words -> offset in days from the reference date.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "earlier this morning": 0, "earlier this afternoon": 0,
    "yesterday": -1, "last night": -1, "last evening": -1, "yesterday morning": -1,
    "yesterday afternoon": -1, "yesterday evening": -1, "the day before yesterday": -2,
    "tomorrow": 1, "tomorrow morning": 1, "tomorrow afternoon": 1, "tomorrow evening": 1,
    "the day after tomorrow": 2,
}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    # Datelines in capitals: "YEREVAN, SEPTEMBER 25, ARMENPRESS", "10 JUNE 2014".
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_RANGE = r"(?:\s*(?:[-–—]|to|and)\s*{day})?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RELATIVE = "|".join(sorted((re.escape(k) for k in RELATIVE_DAYS), key=len, reverse=True))
_WEEKDAY_QUALIFIERS = (r"on", r"last", r"this\s+past", r"this", r"next")
_MONTH_PREPOSITIONS = (r"in", r"during", r"since", r"until", r"by", r"from")
_YEAR_PREPOSITIONS = (*_MONTH_PREPOSITIONS, r"of")


def _first_letters(words: Iterable[str]) -> str:
    """The letters that start `words`, as a character class."""
    return "[" + "".join(sorted({word[0] for word in words})) + "]"


# The branches that start with a word open with a look-ahead at its first letter: the engine
# tries every branch at every position of the text, and the look-ahead rules a branch out with
# one test instead of one case-insensitive comparison per word of its alternation.

_DATE_EXPRESSION = re.compile(
    rf"""
    (?P<iso>(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-2]\d|3[01]))(?!\d)
  | (?P<dotted>(?P<dot_d>[0-2]?\d|3[01])\.(?P<dot_m>0?[1-9]|1[0-2])\.(?P<dot_y>{_YEAR}))(?!\d)
  | (?P<dm>(?<![\w.])(?P<dm_d>{_DAY}){_RANGE.format(day=_DAY)}\s+(?:of\s+)?(?P<dm_m>{_MONTH})
        (?:,?\s+(?P<dm_y>{_YEAR}))?)(?![\w-])
  | (?P<md>(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY})(?!\d|,\d){_RANGE.format(day=_DAY)}
        (?:,?\s+(?P<md_y>{_YEAR}))?)(?![\w-])
  | (?P<my>(?P<my_m>{_MONTH}),?\s+(?P<my_y>{_YEAR}))(?!\d)
  | (?=(?i:{_first_letters(RELATIVE_DAYS)}))
    (?P<rel>(?i:(?P<rel_w>{_RELATIVE}))\b(?:\s*\((?P<rel_d>[0-3]?\d)(?:st|nd|rd|th)?\))?)
  | (?=(?i:{_first_letters(_WEEKDAY_QUALIFIERS)})|{_first_letters(WEEKDAYS.keys()).upper()})
    (?P<wd>(?i:(?P<wd_q>{"|".join(_WEEKDAY_QUALIFIERS)})\s+)?(?P<wd_w>{_WEEKDAY})
        (?:\s*\((?P<wd_d>[0-3]?\d)(?:st|nd|rd|th)?\))?)\b
  | (?=(?i:{_first_letters(_MONTH_PREPOSITIONS)}))
    (?P<mo>(?i:(?:{"|".join(_MONTH_PREPOSITIONS)})\s+(?:early\s+|mid-?|late\s+)?)
        (?P<mo_m>{_MONTH})(?:,?\s+(?P<mo_y>{_YEAR}))?)(?![\w-])
  | (?=(?i:{_first_letters(_YEAR_PREPOSITIONS)}))
    (?P<yr>(?i:(?:{"|".join(_YEAR_PREPOSITIONS)})\s+)(?P<yr_y>{_YEAR}))(?![\w-])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, resolved against a reference date."""

    start: int
    end: int
    text: str
    date: dt.date | None  # first day of the period for month and year precision
    precision: str | None  # day | month | year
    relative: bool  # resolved from the reference date ("today", "on Monday")

    @property
    def iso(self) -> str | None:
        """The date as ISO text at its precision: 2021-07-13, 2021-07 or 2021."""
        return iso_at_precision(self.date, self.precision)


def iso_at_precision(date: dt.date | None, precision: str | None) -> str | None:
    """ISO text of a date cut to its precision (day, month or year)."""
    if date is None:
        return None
    if precision == "year":
        return f"{date.year:04d}"
    if precision == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()


def _day_number(token: str) -> int:
    return int(re.match(r"\d+", token).group(0))


def _month_number(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, reference: dt.date | None, prefer: str) -> dt.date | None:
    """A day and month without a year, placed in the year that fits the reference.

    prefer="past": on or before the reference (a week's slack for a publication lag);
    "future": on or after it; "nearest": whichever of the three candidate years is closest.
    """
    if reference is None:
        return None
    candidates = [
        d for y in (reference.year - 1, reference.year, reference.year + 1)
        if (d := _safe_date(y, month, day))
    ]
    if not candidates:
        return None
    slack = dt.timedelta(days=7)
    if prefer == "past":
        fitting = [d for d in candidates if d <= reference + slack]
        return max(fitting) if fitting else None
    if prefer == "future":
        fitting = [d for d in candidates if d >= reference - slack]
        return min(fitting) if fitting else None
    return min(candidates, key=lambda d: abs((d - reference).days))


def _day_of_month_near(day: int, reference: dt.date, prefer: str) -> dt.date | None:
    """The date with this day of month closest to the reference, in the preferred direction."""
    candidates = []
    for months_back in (-1, 0, 1):
        month_index = reference.year * 12 + reference.month - 1 + months_back
        found = _safe_date(month_index // 12, month_index % 12 + 1, day)
        if found:
            candidates.append(found)
    if prefer == "past":
        candidates = [d for d in candidates if d <= reference + dt.timedelta(days=1)] or candidates
    elif prefer == "future":
        candidates = [d for d in candidates if d >= reference - dt.timedelta(days=1)] or candidates
    return min(candidates, key=lambda d: abs((d - reference).days))


def _weekday_date(weekday: int, qualifier: str, reference: dt.date, prefer: str) -> dt.date:
    qualifier = " ".join(qualifier.lower().split())
    back = (reference.weekday() - weekday) % 7
    forward = (weekday - reference.weekday()) % 7
    if qualifier == "next":
        return reference + dt.timedelta(days=forward or 7)
    if qualifier in ("last", "this past"):
        return reference - dt.timedelta(days=back or 7)
    if prefer == "future":
        return reference + dt.timedelta(days=forward)
    return reference - dt.timedelta(days=back)


def _resolve_match(
    match: re.Match[str], reference: dt.date | None, prefer: str
) -> tuple[dt.date | None, str | None, bool]:
    group = match.lastgroup
    g = match.group
    if group == "iso":
        return _safe_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))), "day", False
    if group == "dotted":
        return _safe_date(int(g("dot_y")), int(g("dot_m")), int(g("dot_d"))), "day", False
    if group in ("dm", "md"):
        day, month, year = _day_number(g(f"{group}_d")), _month_number(g(f"{group}_m")), g(
            f"{group}_y"
        )
        if year:
            return _safe_date(int(year), month, day), "day", False
        return _infer_year(month, day, reference, prefer), "day", False
    if group == "my":
        return dt.date(int(g("my_y")), _month_number(g("my_m")), 1), "month", False
    if group == "mo":
        if g("mo_y"):
            return dt.date(int(g("mo_y")), _month_number(g("mo_m")), 1), "month", False
        if reference is None:
            return None, "month", False
        found = _infer_year(_month_number(g("mo_m")), 1, reference, prefer)
        return found, "month", False
    if group == "yr":
        return dt.date(int(g("yr_y")), 1, 1), "year", False
    if reference is None:
        return None, "day", True
    if group == "rel":
        stated_day = g("rel_d")
        if stated_day:  # "today (21)": the stated day of month wins over the word
            return _day_of_month_near(int(stated_day), reference, prefer), "day", True
        offset = RELATIVE_DAYS[" ".join(g("rel_w").lower().split())]
        return reference + dt.timedelta(days=offset), "day", True
    if group == "wd":
        if g("wd_d"):
            return _day_of_month_near(int(g("wd_d")), reference, prefer), "day", True
        weekday = WEEKDAYS[g("wd_w").lower()]
        return _weekday_date(weekday, g("wd_q") or "", reference, prefer), "day", True
    return None, None, False


def find_dates(
    text: str,
    reference: dt.date | None,
    start: int = 0,
    end: int | None = None,
    prefer: str = "past",
) -> list[DateMention]:
    """Date expressions in text[start:end], each resolved against `reference`.

    `prefer` places expressions without a year (and weekdays) relative to the reference:
    "past" for events reported as done, "future" for deadlines, "nearest" otherwise.
    Mentions that cannot be resolved (no reference for "today") have `date` None.
    """
    return list(iter_dates(text, reference, start, end, prefer))


def iter_dates(
    text: str,
    reference: dt.date | None,
    start: int = 0,
    end: int | None = None,
    prefer: str = "past",
) -> Iterator[DateMention]:
    """The mentions of `find_dates` one at a time, for callers that stop at the first that
    fits."""
    stop = len(text) if end is None else end
    for match in _DATE_EXPRESSION.finditer(text, start, stop):
        date, precision, relative = _resolve_match(match, reference, prefer)
        yield DateMention(match.start(), match.end(), match.group(0), date, precision, relative)


@lru_cache(maxsize=4096)
def _dateparser_parse(expression: str) -> tuple[dt.date | None, str | None]:
    parser = _dateparser_instance()
    data = parser.get_date_data(expression)
    if data is None or data.date_obj is None:
        return None, None
    return data.date_obj.date(), data.period


@lru_cache(maxsize=1)
def _dateparser_instance():  # noqa: ANN202 - dateparser's own type
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RELATIVE_BASE": dt.datetime(2000, 1, 1)},
    )


def resolve_date_expression(
    text: str, reference: dt.date | None, prefer: str = "past"
) -> tuple[dt.date | None, str | None]:
    """Resolve one short date expression ("March 6", "yesterday", "July 2021").

    Returns (date, precision) with precision day, month or year; (None, None) when the text is
    not a date or needs a reference that is missing. Expressions the grammar does not cover
    are passed to dateparser; a year missing from them is inferred from the reference.
    """
    text = " ".join(text.split())
    if not text:
        return None, None
    match = _DATE_EXPRESSION.search(text)
    if match and match.end() - match.start() >= len(text.strip(" .,;:")) - 3:
        date, precision, _ = _resolve_match(match, reference, prefer)
        return date, precision
    parsed, period = _dateparser_parse(text)
    if parsed is None:
        return None, None
    precision = period if period in ("day", "month", "year") else "day"
    if re.search(_YEAR, text):
        return parsed, precision
    if reference is None:
        return None, None
    if re.search(r"\b(?:ago|last|next|yesterday|tomorrow|today|week|month)\b", text, re.I):
        shifted = parsed - dt.date(2000, 1, 1)
        return reference + shifted, precision
    return _infer_year(parsed.month, parsed.day, reference, prefer), precision
