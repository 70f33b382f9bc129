"""A small, valid set of tables built through the real table builders."""

import datetime as dt

from pipelines.model import (
    Document,
    ExtractedCommitment,
    ExtractedMeeting,
    ExtractedParticipant,
    Rejection,
)
from pipelines.tables import documents_table, meeting_tables, rejections_table

TEXT = (
    "Foreign Minister Alice Smith of France met Foreign Secretary Bob Jones of the United "
    "Kingdom in Paris on Monday. The ministers signed a memorandum on cooperation."
)
SECOND = TEXT.index("The ministers")


def sample_document() -> Document:
    return Document(
        document_id="0123456789abcdef",
        source_id="sample",
        source_path="sample.txt",
        title="Ministers meet",
        publisher="Ministry",
        url=None,
        published_at=dt.datetime(2024, 5, 7, 12, 0, tzinfo=dt.UTC),
        published_date=dt.date(2024, 5, 7),
        language="en",
        text=TEXT,
    )


def sample_meeting() -> ExtractedMeeting:
    people = [
        ExtractedParticipant(
            "Alice Smith",
            "Foreign Minister Alice Smith",
            "Foreign Minister",
            None,
            "FRA",
            0,
            SECOND - 1,
        ),
        ExtractedParticipant(
            "Bob Jones",
            "Foreign Secretary Bob Jones",
            "Foreign Secretary",
            None,
            "GBR",
            0,
            SECOND - 1,
        ),
    ]
    pledge = ExtractedCommitment(
        "agreement", "a memorandum on cooperation", None, SECOND, len(TEXT), actors=[0, 1]
    )
    return ExtractedMeeting(
        dt.date(2024, 5, 6),
        "day",
        "text",
        "in_person",
        "bilateral",
        "Paris",
        "FRA",
        None,
        0,
        SECOND - 1,
        people,
        [pledge],
    )


def sample_tables() -> dict:
    document = sample_document()
    return {
        "documents": documents_table([document]),
        "rejections": rejections_table(
            [Rejection("empty.txt", "empty", "empty", "the file holds only white space")]
        ),
        **meeting_tables([document], {document.document_id: [sample_meeting()]}),
    }
