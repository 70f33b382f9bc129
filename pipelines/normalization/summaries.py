"""The people and events tables: one row per person_id, one row per real meeting."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from pipelines.countries import country_name
from pipelines.normalization.people import name_tokens

Columns = Mapping[str, Sequence]  # column name -> the column's values, one per row

# Lists in a flat column (person_ids, document_ids, roles) are joined with this separator:
# every BI tool and CSV export reads a plain string, few read Parquet list columns.
LIST_SEPARATOR = "; "


def _most_common(values: Sequence[str | None]) -> str | None:
    """The most frequent non-null value; ties to the alphabetically first (deterministic)."""
    counted = Counter(v for v in values if v)
    if not counted:
        return None
    return min(counted, key=lambda v: (-counted[v], v))


def _canonical_name(names: Sequence[str | None]) -> str | None:
    """The most frequent full name (two words or more), else the most frequent form; ties to
    the longer, then alphabetically first, form."""
    full = [n for n in names if n and len(name_tokens(n)) >= 2] or [n for n in names if n]
    if not full:
        return None
    counted = Counter(full)
    return min(counted, key=lambda n: (-counted[n], -len(n), n))


def people_rows(participants: Columns, meetings: Columns) -> list[dict]:
    """One row per person_id: canonical name, country, roles with first and last dates.

    participants: columns meeting_id, person_id, name, role, role_category, country_code;
    meetings: columns meeting_id, date (columns, not rows: a row per participant would cost
    a dict each)."""
    dates = dict(zip(meetings["meeting_id"], meetings["date"], strict=True))
    meeting_ids, names = participants["meeting_id"], participants["name"]
    roles, categories = participants["role"], participants["role_category"]
    countries = participants["country_code"]
    rows_of: dict[str, list[int]] = defaultdict(list)
    for index, person_id in enumerate(participants["person_id"]):
        rows_of[person_id].append(index)
    people = []
    for person_id in sorted(rows_of):
        rows = rows_of[person_id]
        spans: dict[str, list] = {}
        for i in rows:
            role, day = roles[i], dates.get(meeting_ids[i])
            if role:
                span = spans.setdefault(role, [day, day])
                if day is not None:
                    span[0] = day if span[0] is None else min(span[0], day)
                    span[1] = day if span[1] is None else max(span[1], day)
        known = [d for d in (dates.get(meeting_ids[i]) for i in rows) if d is not None]
        country = _most_common([countries[i] for i in rows])
        people.append(
            {
                "person_id": person_id,
                "name": _canonical_name([names[i] for i in rows]),
                "country_code": country,
                "roles": LIST_SEPARATOR.join(
                    f"{role} ({_day(first)} to {_day(last)})"
                    for role, (first, last) in sorted(spans.items())
                )
                or None,
                "role_category": _most_common([categories[i] for i in rows]),
                "first_seen": min(known) if known else None,
                "last_seen": max(known) if known else None,
                "meeting_count": len({meeting_ids[i] for i in rows}),
                "name_forms": LIST_SEPARATOR.join(sorted({names[i] for i in rows if names[i]}))
                or None,
                "country_name": country_name(country or ""),
            }
        )
    return people


def _day(value) -> str:
    return value.isoformat() if value is not None else "undated"


def event_rows(meetings: Columns, participants: Columns) -> list[dict]:
    """One row per event_id: the real meeting once, with every document that reports it.

    meetings: columns meeting_id, document_id, date, format, kind, city, country_code,
    event_id; participants: columns meeting_id, person_id."""
    people_of: dict[str, set[str]] = defaultdict(set)
    for meeting_id, person_id in zip(
        participants["meeting_id"], participants["person_id"], strict=True
    ):
        people_of[meeting_id].add(person_id)
    members: dict[str, list[int]] = defaultdict(list)
    for index, event_id in enumerate(meetings["event_id"]):
        members[event_id].append(index)
    meeting_ids, document_ids, dates = (
        meetings["meeting_id"],
        meetings["document_id"],
        meetings["date"],
    )
    events = []
    for event_id in sorted(members):
        rows = members[event_id]
        days = Counter(dates[i] for i in rows if dates[i] is not None)
        people = sorted({p for i in rows for p in people_of[meeting_ids[i]]})
        documents = sorted({document_ids[i] for i in rows})
        country = _most_common([meetings["country_code"][i] for i in rows])
        events.append(
            {
                "event_id": event_id,
                "date": min(days, key=lambda d: (-days[d], d)) if days else None,
                "format": _most_common([meetings["format"][i] for i in rows]),
                "kind": _most_common([meetings["kind"][i] for i in rows]),
                "city": _most_common([meetings["city"][i] for i in rows]),
                "country_code": country,
                "person_ids": LIST_SEPARATOR.join(people),
                "document_ids": LIST_SEPARATOR.join(documents),
                "meeting_count": len(rows),
                "document_count": len(documents),
                "person_count": len(people),
                "country_name": country_name(country or ""),
            }
        )
    return events
