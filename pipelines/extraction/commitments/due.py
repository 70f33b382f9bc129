"""The due date of a commitment: the first date on or after the meeting in its clause."""

from __future__ import annotations

import datetime as dt

from pipelines.dates import find_dates, iso_at_precision, resolve_date_expression
from pipelines.extraction.commitments.regex import compile_spaced

# Period phrases around a due date that the date grammar resolves from their core words.
DUE_PHRASES = compile_spaced(
    r"\b(?:by |until |before |in |during )?(?:the )?(?:end|middle|beginning|start|first half"
    r"|second half) of (?:(?P<month>January|February|March|April|May|June|July|August"
    r"|September|October|November|December)|(?P<period>this year|the year|next year|this month"
    r"|next month|next week|this week|the week|the month)|(?P<year>(?:19|20)\d{2}))\b"
    r"|\b(?P<bare>later this (?:week|month|year)|this (?:week|month|year)|next (?:week|month"
    r"|year)|(?:early|late|mid-?) ?next year|throughout the day|later today|in the coming"
    r" (?:days|weeks|months))\b"
)
# Core words a period phrase stands for when resolved.
DUE_CORES = {
    "this year": "this year",
    "the year": "this year",
    "next year": "next year",
    "this month": "this month",
    "next month": "next month",
    "next week": "next week",
    "this week": "this week",
    "the week": "this week",
    "the month": "this month",
    "throughout the day": "today",
    "later today": "today",
}


def due_date(text: str, reference: dt.date | None, start: int, end: int) -> str | None:
    """The first date on or after the reference date in text[start:end], as ISO text.

    Dates come from pipelines.dates; period phrases it does not parse ("by the end of
    August", "later this week") are passed to it as their core words ("August")."""
    found: list[tuple[int, str]] = []
    for mention in find_dates(text, reference, start, end, prefer="future"):
        if mention.date is None:
            continue
        if (
            reference is None
            or mention.date >= reference - dt.timedelta(days=1)
            or (
                mention.precision in ("month", "year")
                and _same_period(mention.date, reference, mention.precision)
            )
        ):
            found.append((mention.start, mention.iso))
    for match in DUE_PHRASES.finditer(text, start, end):
        core = (
            match.group("month")
            or match.group("year")
            or DUE_CORES.get(" ".join((match.group("period") or "").lower().split()))
        )
        if match.group("bare"):
            core = _bare_due_core(match.group("bare"))
        if core == "this year" and reference is not None:
            core = str(reference.year)  # the grammar reads "this year" as the next
        if core:
            date, precision = resolve_date_expression(core, reference, prefer="future")
            if date is not None:
                found.append((match.start() + 1, iso_at_precision(date, precision)))
    return min(found)[1] if found else None


def _bare_due_core(phrase: str) -> str | None:
    phrase = " ".join(phrase.lower().split())
    if phrase in DUE_CORES:
        return DUE_CORES[phrase]
    if phrase.endswith("next year"):
        return "next year"
    for period in ("week", "month", "year"):
        if phrase.endswith(f"this {period}"):
            return f"this {period}"
    return None


def _same_period(date: dt.date, reference: dt.date, precision: str) -> bool:
    if precision == "year":
        return date.year == reference.year
    return (date.year, date.month) == (reference.year, reference.month)
