"""Published person ids stay: a new build reuses the person_id a previous release gave.

Canonical keys (normalization.people) do not depend on the longest name form, but a person
first seen only as "Blinken" is keyed without a given-name initial, and a later "Antony
Blinken" completes the key. So the previous release's participants table is the registry:
every mention published before (same name, role, organisation and country) carries the id it
was published with, and the person it now belongs to inherits that id (the id most of its
earlier mentions had; ties to the smallest). Each published id goes to one person only; a
person with no earlier mention keeps the id of its canonical key.

Rebuilding the same inputs on the same outputs folder gives the same ids; a build from scratch
gives the canonical-key ids.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pyarrow as pa

from pipelines.normalization.summaries import LIST_SEPARATOR

SIGNATURE_COLUMNS = ("name", "role", "organization", "country_code")


def _signatures(participants: pa.Table) -> list[tuple]:
    columns = [participants.column(c).to_pylist() for c in SIGNATURE_COLUMNS]
    return list(zip(*columns, strict=True))


def published_ids(previous_participants: pa.Table | None) -> dict[tuple, Counter]:
    """Mention signature -> how often each person_id was published for it."""
    found: dict[tuple, Counter] = defaultdict(Counter)
    if previous_participants is None:
        return found
    names = set(previous_participants.column_names)
    if not {*SIGNATURE_COLUMNS, "person_id"} <= names:
        return found
    ids = previous_participants.column("person_id").to_pylist()
    for signature, person_id in zip(_signatures(previous_participants), ids, strict=True):
        found[signature][person_id] += 1
    return found


def reused_ids(participants: pa.Table, published: dict[tuple, Counter]) -> dict[str, str]:
    """Fresh person_id -> the published id it takes over (only those that change)."""
    if not published:
        return {}
    votes: dict[str, Counter] = defaultdict(Counter)
    ids = participants.column("person_id").to_pylist()
    for signature, person_id in zip(_signatures(participants), ids, strict=True):
        if signature in published:
            votes[person_id].update(published[signature])
    fresh = set(ids)
    mapping: dict[str, str] = {}
    claimed: set[str] = set()
    for person_id in sorted(votes):
        counted = votes[person_id]
        for old in sorted(counted, key=lambda i: (-counted[i], i)):
            # An id taken by another person now (fresh, or claimed) is not free.
            if old not in claimed and (old == person_id or old not in fresh):
                claimed.add(old)
                if old != person_id:
                    mapping[person_id] = old
                break
    return mapping


def _replace_column(table: pa.Table, name: str, values: list) -> pa.Table:
    index = table.column_names.index(name)
    field = table.schema.field(index)
    return table.set_column(index, field, pa.array(values, type=field.type))


def reuse_published_person_ids(
    tables: dict[str, pa.Table], previous_participants: pa.Table | None
) -> dict[str, pa.Table]:
    """The tables with each person's published id where an earlier release gave one."""
    mapping = reused_ids(tables["participants"], published_ids(previous_participants))
    if not mapping:
        return tables
    out = dict(tables)
    participants = tables["participants"]
    out["participants"] = _replace_column(
        participants,
        "person_id",
        [mapping.get(p, p) for p in participants.column("person_id").to_pylist()],
    )
    people = tables["people"]
    renamed = [mapping.get(p, p) for p in people.column("person_id").to_pylist()]
    people = _replace_column(people, "person_id", renamed)
    out["people"] = people.take(sorted(range(len(renamed)), key=renamed.__getitem__))
    events = tables["events"]
    out["events"] = _replace_column(
        events,
        "person_ids",
        [
            LIST_SEPARATOR.join(sorted(mapping.get(p, p) for p in joined.split(LIST_SEPARATOR)))
            if joined
            else joined
            for joined in events.column("person_ids").to_pylist()
        ],
    )
    return out
