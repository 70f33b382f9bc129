"""Extraction of meetings, participants and commitments from one document's text.

    from pipelines.extraction import extract_meetings
    meetings = extract_meetings(document)   # list[ExtractedMeeting]
"""

from pipelines.extraction.extractor import extract_meetings

__all__ = ["extract_meetings", "preload"]


def preload() -> None:
    """Load every lazily built resource now (vocabularies, city table, dateparser), so that
    the first document is not slower than the rest."""
    from pipelines.countries import find_countries
    from pipelines.dates import _dateparser_instance
    from pipelines.extraction.places import _cities

    list(find_countries("Russia"))
    _cities()
    _dateparser_instance().get_date_data("6 March 2022")
