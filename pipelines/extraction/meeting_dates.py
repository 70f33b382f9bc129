"""The date of a meeting: from its sentence, a sentence restating it, else the publication."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from pipelines.dates import DateMention, iter_dates
from pipelines.extraction.meeting_cues import BACKGROUND_CUES, FUTURE_CUES

# How many sentences after a meeting's own may restate it with its date.
RESTATING_REACH = 2
# A sentence that restates when or where a meeting happened: "Demeke met with the Director
# General on Monday ...", "The meeting took place on 16 March in Geneva".
# Not in a relative clause: "the Summit, which took place in Kyiv on October 12" is another.
RESTATES_MEETING = re.compile(
    r"\b(?<!which\s)(?<!that\s)(?<!who\s)"
    r"(?:met|took\s+place|(?:was|were)\s+held|held\s+(?:talks|a\s+meeting))\b",
    re.IGNORECASE,
)
# Text before a date that is only a dateline's place: "Chisinau, 17 March /MOLDPRES/ - ...",
# "Addis Ababa December 17/2019 ...", "Munich, Germany, 1 February 2014", "KUCHING (July 18):".
_DATELINE_PLACE = re.compile(r"\W*(?:[A-Z][\w'’.-]*[\s,(]*){1,4}")
DATELINE_REACH = 60


# How many sentences before a meeting's own may be its lead.
LEAD_REACH = 3
# A lead says the meeting was held, in a relative clause too: "during the Commission, which
# was held on 30th June 2025 in Maputo".
LEADS_MEETING = re.compile(r"\b(?:took\s+place|(?:was|were)\s+held)\b", re.IGNORECASE)


def leads_meeting(sentence: str) -> bool:
    """Says when or where the meeting reported next was held."""
    return _says_held(LEADS_MEETING, sentence)


def restates_meeting(sentence: str) -> bool:
    """Says when or where a meeting took place, and not an earlier or a future one."""
    return _says_held(RESTATES_MEETING, sentence)


def _says_held(held: re.Pattern[str], sentence: str) -> bool:
    return held.search(sentence) is not None and not (
        BACKGROUND_CUES.search(sentence) or FUTURE_CUES.search(sentence)
    )


MONTH_FIRST_REACH = 120


def publication_as_dateline_says(text: str, published: dt.date | None) -> dt.date | None:
    """A numeric publication date read day first ("7/6/2017" as 7 June) that the text's
    dateline writes month first ("Lima, Jul. 6."): the dateline's reading, 6 July."""
    if published is None or published.day > 12 or published.day == published.month:
        return published
    for mention in iter_dates(text, published, 0, min(len(text), MONTH_FIRST_REACH)):
        month_first = mention.text[:1].isalpha() and not mention.relative
        if month_first and mention.precision == "day" and mention.date is not None and (
            (mention.date.month, mention.date.day) == (published.day, published.month)
        ):
            return published.replace(month=published.day, day=published.month)
    return published


def _in_dateline(text: str, mention: DateMention) -> bool:
    """The date of the dateline that opens the text: when the report was filed."""
    return mention.start <= DATELINE_REACH and (
        _DATELINE_PLACE.fullmatch(text, 0, mention.start) is not None
    )


def _stated_date(
    text: str, span: tuple[int, int], published: dt.date | None, skip_dateline: bool
) -> DateMention | None:
    mentions = iter(iter_dates(text, published, span[0], span[1], prefer="past"))
    latest = published + dt.timedelta(days=1) if published is not None else None
    for mention in mentions:
        if mention.precision == "year" or mention.date is None:
            continue
        if latest is not None and mention.date > latest:
            continue
        if skip_dateline and _in_dateline(text, mention):
            continue
        if mention.relative:
            stated = _date_beside(text, mention, mentions)
            if stated is not None and (latest is None or stated.date <= latest):
                mention = stated
        return mention
    return None


# How many sentences open a text with the date it was written on.
LEAD_SENTENCES = 2


def lead_date(text: str, sentences: Sequence[tuple[int, int]]) -> dt.date | None:
    """The day a text opens with, for one published without a date: its dateline's ("Berlin,
    Germany, June 26, 2023") or its first sentence's ("On 28 October 2016, A met B")."""
    for start, end in sentences[:LEAD_SENTENCES]:
        if BACKGROUND_CUES.search(text, start, end) or FUTURE_CUES.search(text, start, end):
            continue
        for mention in iter_dates(text, None, start, end):
            if not mention.relative and mention.date is not None and mention.precision == "day":
                return mention.date
    return None


def meeting_date(
    text: str,
    span: tuple[int, int],
    published: dt.date | None,
    restating: Sequence[tuple[int, int]] = (),
    lead: dt.date | None = None,
) -> tuple[dt.date | None, str | None, str | None]:
    """(date, precision, basis) of a meeting from its sentence, else from the first of the
    `restating` sentences (see `restates_meeting`) that states one, else the publication date.
    A dateline's date ("Addis Ababa December 17/2019 ...") is used only when no sentence
    states another. Without a publication date, the `lead_date` of the text takes its place,
    as the day "today" or "on Monday" count from and as the date when nothing else is said."""
    reference = published or lead
    found = _stated_date(text, span, reference, skip_dateline=True)
    for later in restating:
        if found is not None:
            break
        found = _stated_date(text, later, reference, skip_dateline=True)
    if found is None:
        found = _stated_date(text, span, reference, skip_dateline=False)
    if found is not None:
        return found.date, found.precision, "text"
    if published is not None:
        return published, "day", "publication"
    if lead is not None:
        return lead, "day", "text"
    return None, None, None


def _date_beside(text: str, relative: DateMention, following: Iterator[DateMention]) -> (
    DateMention | None
):
    """ "Today, 5 May 2024, ...", "today (Saturday, 17 November 2012)": the date stated beside
    a relative one, which it names (a publication date may be a day later than the event)."""
    end = relative.end
    for mention in following:
        if not _APPOSITION_GAP.fullmatch(text, end, mention.start):
            return None
        if not mention.relative and mention.date is not None and mention.precision == "day":
            return mention
        end = mention.end
    return None


_APPOSITION_GAP = re.compile(r"[\s,(]*")
