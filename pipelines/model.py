"""Plain records passed between the core stages: documents, rejections, extractions.

Every offset is a character offset into `Document.text`, end exclusive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One accepted input document."""

    document_id: str
    source_id: str
    source_path: str
    title: str | None
    publisher: str | None
    url: str | None
    published_at: dt.datetime | None  # timezone-aware, UTC
    published_date: dt.date | None  # the calendar date as the source wrote it, in its own offset
    language: str
    text: str

    @property
    def char_count(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Rejection:
    """One input that did not become a document, with the reason why."""

    source_path: str
    source_id: str | None
    reason: str  # empty | undecodable | not_text | not_english | too_large | malformed | duplicate
    detail: str
    duplicate_of: str | None = None


@dataclass
class ExtractedParticipant:
    name: str | None  # fullest form in the document, no titles or honorifics
    name_as_written: str | None
    role: str | None
    organization: str | None
    country_code: str | None  # ISO 3166-1 alpha-3
    evidence_start: int
    evidence_end: int


@dataclass
class ExtractedCommitment:
    type: str  # agreement | invitation | pledge
    description: str
    due: str | None  # ISO date, month (YYYY-MM) or year (YYYY)
    evidence_start: int
    evidence_end: int
    actors: list[int] = field(default_factory=list)  # indexes into the meeting's participants
    counterparts: list[int] = field(default_factory=list)


@dataclass
class ExtractedMeeting:
    date: dt.date | None
    date_precision: str | None  # day | month | year
    date_basis: str | None  # text | publication
    format: str  # in_person | phone | video
    kind: str  # bilateral | multilateral | domestic
    city: str | None
    country_code: str | None
    venue: str | None
    evidence_start: int
    evidence_end: int
    participants: list[ExtractedParticipant] = field(default_factory=list)
    commitments: list[ExtractedCommitment] = field(default_factory=list)
