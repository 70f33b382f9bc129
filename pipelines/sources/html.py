"""HTML pages: title, publication metadata and the paragraph text.

The page is parsed with BeautifulSoup's html.parser (pure Python, nothing is fetched or
executed). Metadata comes from the head: the title from <title>, else the first <h1>; the
publisher from <meta property="og:site_name">; the url from <link rel="canonical">, else
<meta property="og:url">; the publication time from <meta property="article:published_time">
(or name="date"/"dc.date"/"pubdate"), else the first <time datetime="...">.

The text: page furniture (DROPPED_ELEMENTS) is left out; the content root is the page's only
<article>, else its only <main>, else <body> (and <body> again if the root holds no text);
each block element (paragraph, heading, list item,
...) becomes a paragraph separated by a blank line, <br> a line break, and whitespace inside a
block is collapsed as a browser would (except inside <pre>). Entities are decoded.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

from bs4 import (
    BeautifulSoup,
    CData,
    MarkupResemblesLocatorWarning,
    NavigableString,
    PageElement,
    ParserRejectedMarkup,
    Tag,
    XMLParsedAsHTMLWarning,
)

from pipelines.sources.rejected import InputRejected

DROPPED_ELEMENTS = (
    "head", "title", "script", "style", "nav", "header", "footer", "aside", "form", "noscript",
    "template", "svg", "iframe", "object", "embed", "button", "select", "textarea", "dialog",
)  # fmt: skip

BLOCK_ELEMENTS = (
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "blockquote", "pre", "table", "tr", "section", "article", "main", "figure", "figcaption",
    "address", "hr", "details", "summary", "caption",
)  # fmt: skip

CELL_ELEMENTS = ("td", "th")

PUBLISHER_META = (("property", "og:site_name"), ("name", "publisher"))
URL_META = (("property", "og:url"),)
PUBLISHED_META = (
    ("property", "article:published_time"),
    ("name", "date"),
    ("name", "dc.date"),
    ("name", "pubdate"),
)

# Private-use characters mark block and line boundaries while the text is gathered; any that
# the page itself contains are removed first.
_BLOCK = "\ue000"
_LINE = "\ue001"
_HTML_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
CHARSET_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class HtmlPage:
    """What the reader takes from an HTML page; metadata values are as written (uncleaned)."""

    title: str | None
    publisher: str | None
    url: str | None
    published: str | None
    text: str


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its start, if any."""
    match = _CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def parse_html(markup: str) -> HtmlPage:
    """Metadata and paragraph text of an HTML page."""
    try:
        with warnings.catch_warnings():
            # An .html file holding XML or a bare URL is still read as HTML, without noise.
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            soup = BeautifulSoup(markup.replace(_BLOCK, "").replace(_LINE, ""), "html.parser")
    except (ParserRejectedMarkup, AssertionError, ValueError) as error:
        # html.parser has raised assorted errors on hostile markup in some Python versions.
        raise InputRejected("malformed", f"the HTML could not be parsed: {error}") from error
    title = _text_of(soup.find("title")) or _text_of(soup.find("h1"))
    publisher = _meta_content(soup, PUBLISHER_META)
    url = _canonical_url(soup) or _meta_content(soup, URL_META)
    published = _meta_content(soup, PUBLISHED_META) or _first_time_datetime(soup)
    page = soup.find("body") or soup
    text = _paragraph_text(_content_root(soup, page))
    return HtmlPage(title, publisher, url, published, text or _paragraph_text(page))


def _content_root(soup: BeautifulSoup, page: Tag) -> Tag:
    """The page's only <article>, else its <main>, else `page` (ignoring dropped parts)."""
    for name in ("article", "main"):
        found = [tag for tag in soup.find_all(name) if not tag.find_parent(DROPPED_ELEMENTS)]
        if len(found) == 1:
            return found[0]
    return page


def _paragraph_text(root: Tag) -> str:
    """The text under `root`, blocks separated by blank lines, dropped elements left out."""
    blocks = []
    for block in "".join(_marked_strings(root)).split(_BLOCK):
        lines = (_HTML_WHITESPACE.sub(" ", line).strip() for line in block.split(_LINE))
        text = "\n".join(lines).strip()
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)


def _marked_strings(root: Tag) -> Iterator[str]:
    """The text pieces under `root` in document order, with block and line-break markers.

    An explicit stack instead of recursion or tree edits: pages nested thousands of levels
    deep cost linear time and never exhaust the call stack.
    """
    stack: list[tuple[PageElement, bool]] = [(root, False)]
    pre_depth = 0
    while stack:
        node, leaving = stack.pop()
        if leaving:
            if node.name == "pre":
                pre_depth -= 1
            yield _BLOCK
            continue
        if isinstance(node, Tag):
            if node.name in DROPPED_ELEMENTS:
                continue
            if node.name == "br":
                yield _LINE
                continue
            if node.name in CELL_ELEMENTS:
                yield " "
            if node.name in BLOCK_ELEMENTS:
                yield _BLOCK
                pre_depth += node.name == "pre"
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) is NavigableString or isinstance(node, CData):
            yield node.replace("\n", _LINE) if pre_depth else str(node)


def _text_of(tag: Tag | NavigableString | None) -> str | None:
    if not isinstance(tag, Tag):
        return None
    text = _HTML_WHITESPACE.sub(" ", tag.get_text(" ")).strip()
    return text or None


def _meta_content(soup: BeautifulSoup, keys: tuple[tuple[str, str], ...]) -> str | None:
    for attribute, value in keys:
        for meta in soup.find_all("meta"):
            if str(meta.get(attribute, "")).strip().lower() == value:
                content = str(meta.get("content", "")).strip()
                if content:
                    return content
    return None


def _canonical_url(soup: BeautifulSoup) -> str | None:
    for link in soup.find_all("link"):
        rel = link.get("rel") or []
        rels = rel if isinstance(rel, list) else str(rel).split()
        if "canonical" in (r.lower() for r in rels):
            href = str(link.get("href", "")).strip()
            if href:
                return href
    return None


def _first_time_datetime(soup: BeautifulSoup) -> str | None:
    for time in soup.find_all("time"):
        value = str(time.get("datetime", "")).strip()
        if value:
            return value
    return None
