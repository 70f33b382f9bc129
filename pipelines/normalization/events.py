"""Which readouts report the same real meeting: meetings grouped into events.

Two meetings from different documents are one event when their dates (day precision) are at
most one day apart (publishers date by their own time zone), their formats agree, and their
people overlap side by side: for every country both meetings have people from, they share a
person of that country (so Sullivan's and Blinken's meetings with the same Ukrainians on the
same day stay apart), and at least two sides appear in both (so Putin's calls with two
presidents on one day stay apart); a domestic meeting needs two shared people (or all of the
smaller one's), not only its host; two documents of one publisher need the very same people.
Candidates are found through an index of (person, format, day), so the work grows with the
number of participants, not with the square of the number of meetings.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

DAY_TOLERANCE = dt.timedelta(days=1)
# A domestic meeting (one side) matches another only through this many shared people (or
# all of the smaller one's): the head of state alone meets many people on one day.
MIN_SHARED_PEOPLE_DOMESTIC = 2


@dataclass(frozen=True)
class MeetingFacts:
    """What event matching needs of one meeting."""

    meeting_id: str
    document_id: str
    date: dt.date | None
    date_precision: str | None
    format: str
    people: frozenset[tuple[str, str | None]]  # (person_id, the person's country)
    publisher: str | None = None

    @cached_property
    def person_ids(self) -> frozenset[str]:
        return frozenset(person_id for person_id, _ in self.people)

    @cached_property
    def sides(self) -> dict[str | None, set[str]]:
        """The meeting's people by country."""
        return _by_country(self.people)


def _by_country(people: frozenset[tuple[str, str | None]]) -> dict[str | None, set[str]]:
    found: dict[str | None, set[str]] = defaultdict(set)
    for person_id, country in people:
        found[country].add(person_id)
    return found


def same_event(a: MeetingFacts, b: MeetingFacts) -> bool:
    """Whether two meetings read as one real meeting (see the module docstring)."""
    return a.document_id != b.document_id and _facts_agree(a, b)


def _facts_agree(a: MeetingFacts, b: MeetingFacts) -> bool:
    """same_event without the documents: it depends only on each meeting's signature."""
    if a.format != b.format:
        return False
    if a.date is None or b.date is None or a.date_precision != "day" or b.date_precision != "day":
        return False
    if abs(a.date - b.date) > DAY_TOLERANCE:
        return False
    shared = a.person_ids & b.person_ids
    if not shared:
        return False
    if a.publisher is not None and a.publisher == b.publisher:
        # One publisher rarely reports a meeting twice, and often reports its principal's
        # successive meetings with the same retinue: only the very same people will do.
        return a.people == b.people
    sides_a, sides_b = a.sides, b.sides
    common = (sides_a.keys() & sides_b.keys()) - {None}
    if not all(sides_a[country] & sides_b[country] for country in common):
        return False
    if len(sides_a.keys() - {None}) >= 2 or len(sides_b.keys() - {None}) >= 2:
        # Two sides or more: both readouts must show at least two of the same sides.
        return len(common) >= 2
    # One side (a domestic meeting): the same people, not only the same host.
    smaller = min(len(a.people), len(b.people))
    return len(shared) >= min(MIN_SHARED_PEOPLE_DOMESTIC, smaller)


class _Clusters:
    """Union-find that refuses a merge putting two meetings of one document, or dates more
    than the tolerance apart, into one event."""

    def __init__(self, meetings: Sequence[MeetingFacts]) -> None:
        self.parent = list(range(len(meetings)))
        self.documents = [{m.document_id} for m in meetings]
        self.dates = [(m.date, m.date) for m in meetings]

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.root(i), self.root(j)
        if a == b or self.documents[a] & self.documents[b]:
            return
        low = min(self.dates[a][0], self.dates[b][0])
        high = max(self.dates[a][1], self.dates[b][1])
        if high - low > DAY_TOLERANCE:
            return
        a, b = min(a, b), max(a, b)
        self.parent[b] = a
        self.documents[a] |= self.documents[b]
        self.dates[a] = (low, high)


def _signature(meeting: MeetingFacts) -> tuple:
    """All that same_event reads of a meeting but its document."""
    return (meeting.date, meeting.date_precision, meeting.format, meeting.people, meeting.publisher)


def event_keys(meetings: Sequence[MeetingFacts]) -> list[str]:
    """One key per meeting: the smallest meeting_id of its event (a meeting alone is its own).

    Meetings are taken in meeting_id order; each joins, in meeting_id order, the events of the
    meetings it reads as the same. Meetings with one signature (the same facts in different
    documents) are looked at as one class, which keeps one member per event it is spread
    over: a real meeting reported many times costs no more than once per event.
    """
    order = sorted(range(len(meetings)), key=lambda i: meetings[i].meeting_id)
    rank = {i: position for position, i in enumerate(order)}
    classes: dict[tuple, list[int]] = {}  # signature -> members in meeting_id order
    for i in order:
        meeting = meetings[i]
        if meeting.date is not None and meeting.date_precision == "day" and meeting.people:
            classes.setdefault(_signature(meeting), []).append(i)
    members = list(classes.values())
    index: dict[tuple[str, str, dt.date], list[int]] = defaultdict(list)
    for number, class_members in enumerate(members):
        first = meetings[class_members[0]]
        for person_id, _ in sorted(first.people):
            index[(person_id, first.format, first.date)].append(number)
    clusters = _Clusters(meetings)
    for i in order:
        meeting = meetings[i]
        if meeting.date is None or meeting.date_precision != "day":
            continue
        candidates = set()
        for person_id, _ in meeting.people:
            for day in (meeting.date - DAY_TOLERANCE, meeting.date, meeting.date + DAY_TOLERANCE):
                candidates.update(index.get((person_id, meeting.format, day), ()))
        own = clusters.root(i)
        firsts = []
        for number in candidates:
            if _facts_agree(meeting, meetings[members[number][0]]):
                members[number] = _one_per_event(members[number], clusters)
                firsts.extend(members[number])
        tried = set()
        for j in sorted(firsts, key=rank.__getitem__):
            # A join with an event already tried, or refused, would change nothing; a member
            # of this meeting's own document is refused by the join itself.
            other = clusters.root(j)
            if other != own and other not in tried:
                tried.add(other)
                clusters.join(i, j)
                own = clusters.root(i)
    keys: dict[int, str] = {}
    for i in order:
        keys.setdefault(clusters.root(i), meetings[i].meeting_id)
    return [keys[clusters.root(i)] for i in range(len(meetings))]


def _one_per_event(class_members: list[int], clusters: _Clusters) -> list[int]:
    """The first member (in meeting_id order) of each event the class's members are in."""
    seen: set[int] = set()
    kept = []
    for i in class_members:
        root = clusters.root(i)
        if root not in seen:
            seen.add(root)
            kept.append(i)
    return kept
