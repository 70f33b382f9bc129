"""The release report: counts and figures on one self-contained page, document text escaped."""

import datetime as dt
import re

import pyarrow as pa

from pipelines.release import outputs_lock, write_release
from pipelines.report import REPORT_NAME, figures, render_report
from pipelines.schemas import TABLE_NAMES
from pipelines.validation import validate_tables

from sample_tables import sample_tables

HOSTILE = "<script>alert(1)</script>"


def _report(tables: dict) -> str:
    return render_report(tables, validate_tables(tables).to_dict(), "0.1.0-test", TABLE_NAMES)


def _with_name(tables: dict, name: str) -> dict:
    participants = tables["participants"]
    index = participants.column_names.index("name")
    tables["participants"] = participants.set_column(
        index, participants.field(index), pa.array([name] * participants.num_rows)
    )
    return tables


def test_the_report_shows_the_counts_and_figures():
    tables = sample_tables()
    page = _report(tables)
    for name in TABLE_NAMES:
        label = name.replace("_", " ")
        count = f"{tables[name].num_rows:,}"
        assert re.search(rf'<div class="value">{count}</div><div class="label">{label}<', page)
    assert "Alice Smith (FRA)" in page and "Bob Jones (GBR)" in page
    assert "FRA–GBR" in page
    assert "2024-05" in page
    assert ">agreement</text>" in page
    assert "Completeness" in page and "meetings: date" in page


def test_the_report_loads_nothing_from_anywhere():
    page = _report(sample_tables())
    assert "<script" not in page.lower()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"@import|url\(", page, re.I)
    assert "<link" not in page.lower() and "<img" not in page.lower()
    assert "http" not in page


def test_names_from_documents_are_escaped():
    page = _report(_with_name(sample_tables(), HOSTILE))
    assert HOSTILE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page.lower()


def test_the_report_is_deterministic_and_published_with_the_release(tmp_path):
    assert _report(sample_tables()) == _report(sample_tables())
    tables = sample_tables()
    with outputs_lock(tmp_path):
        release = write_release(tables, validate_tables(tables).to_dict(), tmp_path)
    page = (release / REPORT_NAME).read_text(encoding="utf-8")
    assert release.name in page
    assert f"  {REPORT_NAME}\n" in (release / "SHA256SUMS").read_text()


def test_an_empty_release_still_renders():
    tables = {name: table.slice(0, 0) for name, table in sample_tables().items()}
    page = _report(tables)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "Meetings per month" not in page


def test_figures_rank_with_ties_in_alphabetical_order_and_skip_blanks():
    participants = pa.table({
        "person_id": ["p1", "p1", "p1", "p2", "p2", "p3", None],
        "meeting_id": ["m1", "m2", "m2", "m1", "m3", "m1", "m4"],
        "name": ["Ann", "Ann B", "Ann B", "Bo", "Bo", "", "Xi"],
        "country_code": ["FRA", "FRA", None, "GBR", "", "DEU", "USA"],
    })
    dates = [dt.date(2024, 1, 15), None, dt.date(2024, 3, 2)]
    tables = {"participants": participants, "meetings": pa.table({"date": dates})}
    assert figures.top_participants(tables) == [("Ann B", "FRA", 2), ("Bo", "GBR", 2)]
    assert figures.top_country_pairs(tables) == [("DEU–FRA", 1), ("DEU–GBR", 1), ("FRA–GBR", 1)]
    assert figures.meetings_per_month(tables) == [
        ("2024-01", 1), ("2024-02", 0), ("2024-03", 1), ("undated", 1),
    ]
    assert figures.counts_of(tables, "participants", "country_code") == [
        ("FRA", 2), ("", 1), ("DEU", 1), ("GBR", 1), ("USA", 1), ("unknown", 1),
    ]
