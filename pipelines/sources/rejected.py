"""The one internal signal for "this input is not a document, and here is why"."""

from __future__ import annotations


class InputRejected(Exception):  # noqa: N818 - a verdict, not an error of the program
    """Raised by the readers for an input that cannot become a document.

    `reason` is one of the rejection reasons of the data contract; `detail` is a sentence a
    person can act on.
    """

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
