"""Small builders shared by the extraction tests."""

from pipelines.dates import parse_publication
from pipelines.extraction import extract_meetings
from pipelines.extraction.people import find_person_mentions
from pipelines.extraction.roles import parse_title
from pipelines.model import Document


def readout_document(
    text: str, publisher: str, published: str, title: str | None = None
) -> Document:
    """A document as the readers would make it from one record."""
    published_at, published_date = parse_publication(published)
    return Document(
        document_id="test", source_id="test", source_path="test", title=title,
        publisher=publisher, url=None, published_at=published_at, published_date=published_date,
        language="en", text=text,
    )


def meetings_in(
    text: str,
    publisher: str = "State House, Republic of Examplia (statehouse.example)",
    published: str = "2019-06-21",
) -> list:
    """The meetings extracted from one invented readout."""
    return extract_meetings(readout_document(text, publisher, published))


def people_in(sentence: str) -> list[tuple[str, str | None, str | None]]:
    """(name, role, country) of every person mention in one sentence."""
    found = []
    for mention in find_person_mentions(sentence, 0, len(sentence)):
        parsed = parse_title(mention.title) if mention.title else None
        country = mention.country_hint or (parsed.country_code if parsed else None)
        found.append((mention.name, parsed.role if parsed else mention.rank, country))
    return found
