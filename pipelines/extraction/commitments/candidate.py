"""A commitment found in a sentence, before the one-per-undertaking selection."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Candidate:
    """A commitment of one sentence, with the trigger and scope that decide duplicates."""

    type: str
    trigger_start: int
    scope_end: int  # end of what the trigger governs (for one-undertaking dedup)
    description: str
    due: str | None
    evidence: tuple[int, int]
    actors: tuple[int, ...]
    counterparts: tuple[int, ...]
