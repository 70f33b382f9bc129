"""The release report: a self-contained HTML page of counts, completeness and charts."""

from pipelines.report.page import render_report

REPORT_NAME = "report.html"

__all__ = ["REPORT_NAME", "render_report"]
