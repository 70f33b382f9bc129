"""Hand-written inline SVG charts: no scripts, no fonts, no network; every label escaped."""

from __future__ import annotations

from html import escape

from pipelines.report.figures import Completeness

ACCENT = "#2f6f8f"
MUTED = "#b8c4cc"
WARN = "#c0562b"
GRID = "#e3e8ec"
TEXT = "#23313a"
LABEL_CHARS = 34
ROW_HEIGHT = 24
BAR_HEIGHT = 16
FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"'


def _short(label: str, limit: int = LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _open(width: int, height: int, title: str) -> str:
    return (
        f'<svg viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="{escape(title)}" {FONT} font-size="13">'
        f"<title>{escape(title)}</title>"
    )


def bar_chart(items: list[tuple[str, int]], title: str, colour: str = ACCENT) -> str:
    """Horizontal bars, one per (label, value), longest first as given."""
    if not items:
        return ""
    width, label_width, value_width = 560, 230, 44
    plot = width - label_width - value_width
    top = max(value for _, value in items) or 1
    height = ROW_HEIGHT * len(items) + 8
    parts = [_open(width, height, title)]
    for row, (label, value) in enumerate(items):
        y = 4 + row * ROW_HEIGHT
        length = max(1.0, plot * value / top) if value else 0.0
        parts.append(
            f"<g><title>{escape(label)}: {value}</title>"
            f'<text x="{label_width - 8}" y="{y + 13}" text-anchor="end" fill="{TEXT}">'
            f"{escape(_short(label))}</text>"
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" '
            f'rx="3" fill="{colour}"/>'
            f'<text x="{label_width + length + 6:.1f}" y="{y + 13}" fill="{TEXT}">{value}</text>'
            "</g>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _label_step(count: int, room: int) -> int:
    """Label every n-th column so that labels never overlap."""
    step = 1
    while count / step > room:
        step += 1
    return step


def column_chart(series: list[tuple[str, int]], title: str) -> str:
    """Vertical columns over time, e.g. meetings per month; an "undated" column greyed out."""
    if not series:
        return ""
    width, height, left, bottom, top_pad = 1000, 260, 40, 46, 16
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    top = max(value for _, value in series) or 1
    slot = plot_w / len(series)
    bar = max(2.0, slot * 0.72)
    parts = [_open(width, height, title)]
    for fraction in (0.0, 0.5, 1.0):
        y = top_pad + plot_h * (1 - fraction)
        parts.append(
            f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{TEXT}" '
            f'font-size="11">{round(top * fraction)}</text>'
        )
    step = _label_step(len(series), 14)
    for index, (label, value) in enumerate(series):
        x = left + index * slot + (slot - bar) / 2
        h = plot_h * value / top
        colour = MUTED if not label[:1].isdigit() else ACCENT
        parts.append(
            f"<g><title>{escape(label)}: {value}</title>"
            f'<rect x="{x:.1f}" y="{top_pad + plot_h - h:.1f}" width="{bar:.1f}" '
            f'height="{h:.1f}" rx="2" fill="{colour}"/></g>'
        )
        if index % step == 0 or index == len(series) - 1 and not label[:1].isdigit():
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 18}" text-anchor="middle" '
                f'fill="{TEXT}" font-size="11">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def completeness_chart(figures: list[Completeness], title: str) -> str:
    """One bar per completeness figure on a 0–100 % scale, with its threshold marked."""
    if not figures:
        return ""
    width, label_width, value_width = 1000, 300, 60
    plot = width - label_width - value_width
    height = ROW_HEIGHT * len(figures) + 8
    parts = [_open(width, height, title)]
    for row, figure in enumerate(figures):
        y = 4 + row * ROW_HEIGHT
        colour = ACCENT if figure.meets_threshold else WARN
        label = figure.name.replace("_completeness_", ": ").replace("_", " ")
        parts.append(
            f"<g><title>{escape(figure.name)}: {figure.share:.0%}</title>"
            f'<text x="{label_width - 8}" y="{y + 13}" text-anchor="end" fill="{TEXT}">'
            f"{escape(_short(label))}</text>"
            f'<rect x="{label_width}" y="{y}" width="{plot}" height="{BAR_HEIGHT}" rx="3" '
            f'fill="{GRID}"/>'
            f'<rect x="{label_width}" y="{y}" width="{plot * figure.share:.1f}" '
            f'height="{BAR_HEIGHT}" rx="3" fill="{colour}"/>'
        )
        if figure.threshold is not None:
            x = label_width + plot * float(figure.threshold)
            parts.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y - 2}" y2="{y + BAR_HEIGHT + 2}" '
                f'stroke="{TEXT}" stroke-width="2"/>'
            )
        parts.append(
            f'<text x="{label_width + plot + 8}" y="{y + 13}" fill="{TEXT}">'
            f"{figure.share:.0%}</text></g>"
        )
    parts.append("</svg>")
    return "".join(parts)
