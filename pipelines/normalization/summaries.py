"""The people and events tables: one row per person_id, one row per real meeting."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from pipelines.countries import country_name
from pipelines.normalization.people import name_tokens

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


def people_rows(participants: Sequence[dict], meetings: Sequence[dict]) -> list[dict]:
    """One row per person_id: canonical name, country, roles with first and last dates."""
    dates = {m["meeting_id"]: m["date"] for m in meetings}
    rows_of: dict[str, list[dict]] = defaultdict(list)
    for row in participants:
        rows_of[row["person_id"]].append(row)
    people = []
    for person_id in sorted(rows_of):
        rows = rows_of[person_id]
        spans: dict[str, list] = {}
        for row in rows:
            role, day = row["role"], dates.get(row["meeting_id"])
            if role:
                span = spans.setdefault(role, [day, day])
                if day is not None:
                    span[0] = day if span[0] is None else min(span[0], day)
                    span[1] = day if span[1] is None else max(span[1], day)
        known = [d for d in (dates.get(r["meeting_id"]) for r in rows) if d is not None]
        country = _most_common([r["country_code"] for r in rows])
        people.append(
            {
                "person_id": person_id,
                "name": _canonical_name([r["name"] for r in rows]),
                "country_code": country,
                "roles": LIST_SEPARATOR.join(
                    f"{role} ({_day(first)} to {_day(last)})"
                    for role, (first, last) in sorted(spans.items())
                )
                or None,
                "role_category": _most_common([r["role_category"] for r in rows]),
                "first_seen": min(known) if known else None,
                "last_seen": max(known) if known else None,
                "meeting_count": len({r["meeting_id"] for r in rows}),
                "name_forms": LIST_SEPARATOR.join(sorted({r["name"] for r in rows if r["name"]}))
                or None,
                "country_name": country_name(country or ""),
            }
        )
    return people


def _day(value) -> str:
    return value.isoformat() if value is not None else "undated"


def event_rows(meetings: Sequence[dict], participants: Sequence[dict]) -> list[dict]:
    """One row per event_id: the real meeting once, with every document that reports it."""
    people_of: dict[str, set[str]] = defaultdict(set)
    for row in participants:
        people_of[row["meeting_id"]].add(row["person_id"])
    members: dict[str, list[dict]] = defaultdict(list)
    for meeting in meetings:
        members[meeting["event_id"]].append(meeting)
    events = []
    for event_id in sorted(members):
        rows = members[event_id]
        days = Counter(m["date"] for m in rows if m["date"] is not None)
        people = sorted({p for m in rows for p in people_of[m["meeting_id"]]})
        documents = sorted({m["document_id"] for m in rows})
        country = _most_common([m["country_code"] for m in rows])
        events.append(
            {
                "event_id": event_id,
                "date": min(days, key=lambda d: (-days[d], d)) if days else None,
                "format": _most_common([m["format"] for m in rows]),
                "kind": _most_common([m["kind"] for m in rows]),
                "city": _most_common([m["city"] for m in rows]),
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
