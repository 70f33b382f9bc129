"""YAML front matter at the top of a text or Markdown file.

    ---
    title: Secretary Blinken's Call with ...
    published: 2021-06-11
    ---
    Body text ...

The block must open on the very first line with `---` and close with a line `---` (or `...`).
It must hold `key: value` pairs; the reader uses id, title, publisher, published and url and
ignores any other key.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from pipelines.sources.rejected import InputRejected

_OPENING = re.compile(r"---[ \t]*\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_WHITESPACE_RUN = re.compile(r"\s+")


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The front matter mapping (empty when there is none) and the body after it.

    `text` must already have LF line breaks. Invalid YAML, a block that holds something other
    than key/value pairs, or a block that is never closed raises InputRejected (malformed).
    """
    opening = _OPENING.match(text)
    if opening is None:
        return {}, text
    closing = _CLOSING.search(text, opening.end())
    if closing is None:
        raise InputRejected(
            "malformed",
            "front matter opened by '---' on line 1 is never closed by a '---' line",
        )
    block = text[opening.end() : closing.start()]
    body = text[closing.end() :].removeprefix("\n")
    try:
        fields = yaml.safe_load(block)
    except yaml.YAMLError as error:
        raise InputRejected(
            "malformed", f"invalid YAML front matter: {_describe(error)}"
        ) from error
    if fields is None:
        return {}, body
    if not isinstance(fields, dict):
        raise InputRejected(
            "malformed",
            f"front matter holds a YAML {type(fields).__name__}, expected 'key: value' lines",
        )
    return {str(key): value for key, value in fields.items()}, body


def _describe(error: yaml.YAMLError) -> str:
    """A one-line account of a YAML error, with the line number counted in the whole file."""
    if isinstance(error, yaml.MarkedYAMLError) and error.problem_mark is not None:
        parts = [error.context, error.problem]
        message = ", ".join(part for part in parts if part)
        # +2: the mark counts from 0 inside the block, which starts after the '---' line.
        mark = error.problem_mark
        return f"{message} (line {mark.line + 2}, column {mark.column + 1})"
    return _WHITESPACE_RUN.sub(" ", str(error)).strip()
