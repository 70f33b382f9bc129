"""The building blocks of the reader: decoding, cleaning, ids, language, front matter."""

from __future__ import annotations

import codecs

import pytest

from pipelines.sources import clean_text, document_id_for
from pipelines.sources.decoding import decode_bytes
from pipelines.sources.front_matter import split_front_matter
from pipelines.sources.html import parse_html
from pipelines.sources.language import non_english_reason
from pipelines.sources.rejected import InputRejected


def test_document_id_is_stable_short_hex_and_ignores_case_spacing_and_composition() -> None:
    text = "President Macron met Chancellor Scholz in Paris."
    identifier = document_id_for(text)
    assert len(identifier) == 16
    assert all(ch in "0123456789abcdef" for ch in identifier)
    assert document_id_for("  PRESIDENT macron met\nChancellor   Scholz in Paris. ") == identifier
    assert document_id_for("Caf\u00e9") == document_id_for("Cafe\u0301")  # NFC == NFD
    assert document_id_for(text + " Again.") != identifier


def test_clean_text_steps() -> None:
    raw = (
        "\ufeffLine one\u00a0\u00a0\r\nLine\u200b two\x00\t \r\n\r\n\r\n\r\n"
        "\\### \\*x\\* C:\\Users\r"
    )
    assert clean_text(raw) == "Line one\nLine two\n\n### *x* C:\\Users"


def test_clean_text_replaces_other_spaces_one_for_one_and_normalizes_nfc() -> None:
    assert clean_text("Mr.\u00a0Sullivan and Mr.\u202fBlinken met Jose\u0301.") == (
        "Mr. Sullivan and Mr. Blinken met Jos\u00e9."
    )


def test_clean_text_keeps_single_blank_lines_and_indentation_inside() -> None:
    assert clean_text("a\n\nb\n  c") == "a\n\nb\n  c"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + "Zoë’s".encode(), "Zoë’s"),
        (codecs.BOM_UTF16_LE + "Zoë’s".encode("utf-16-le"), "Zoë’s"),
        (codecs.BOM_UTF16_BE + "Zoë’s".encode("utf-16-be"), "Zoë’s"),
        (codecs.BOM_UTF32_LE + "Zoë’s".encode("utf-32-le"), "Zoë’s"),
        ("Zoë’s".encode(), "Zoë’s"),
        (b"Zo\xeb\x92s", "Zoë’s"),  # Windows-1252
        (b"caf\xe9 \x81", "café \x81"),  # an undefined Windows-1252 byte falls back to Latin-1
    ],
)
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


def test_decode_bytes_rejects_binary_but_keeps_a_stray_nul() -> None:
    with pytest.raises(InputRejected) as caught:
        decode_bytes(bytes(range(256)))
    assert caught.value.reason == "not_text"
    assert decode_bytes(b"Hello\x00 world, this is text.") == "Hello\x00 world, this is text."


def test_decode_bytes_marked_utf8_that_is_not_utf8_is_undecodable() -> None:
    with pytest.raises(InputRejected) as caught:
        decode_bytes(codecs.BOM_UTF8 + b"caf\xe9")
    assert caught.value.reason == "undecodable"
    assert "UTF-8" in caught.value.detail


def test_decode_bytes_uses_declared_charset_before_windows_1252() -> None:
    assert decode_bytes("Привет".encode("cp1251"), declared_charset="windows-1251") == "Привет"


def test_language_accepts_short_english_and_rejects_scripts_and_latin_languages() -> None:
    assert non_english_reason("Meeting with the President.") is None
    assert "Cyrillic" in (non_english_reason("Встреча с Президентом Армении.") or "")
    assert "CJK" in (non_english_reason("日本の首相は本日、東京でフランス大統領と会談した。") or "")
    spanish = (
        "El presidente del Gobierno se reunió hoy en Madrid con el primer ministro de "
        "Portugal. Ambos líderes abordaron la situación en Ucrania y acordaron reforzar la "
        "cooperación en materia de energía."
    )
    assert "common English words" in (non_english_reason(spanish) or "")
    assert non_english_reason("12345 !!! ---") == "the text has no letters"


def test_front_matter_absent_means_whole_text_is_body() -> None:
    assert split_front_matter("Body\n---\nmore") == ({}, "Body\n---\nmore")


def test_front_matter_yaml_date_and_numbers_are_kept() -> None:
    fields, body = split_front_matter("---\nid: 12\npublished: 2021-06-11\n---\nBody")
    assert fields["id"] == 12
    assert str(fields["published"]) == "2021-06-11"
    assert body == "Body"


def test_front_matter_yaml_error_names_the_file_line() -> None:
    with pytest.raises(InputRejected) as caught:
        split_front_matter("---\ntitle: ok\nbad: [\n---\nBody")
    assert caught.value.reason == "malformed"
    assert "line 4" in caught.value.detail


def test_html_deeply_nested_page_is_read_without_recursion() -> None:
    depth = 20_000
    page = parse_html("<div>" * depth + "Deep text." + "</div>" * depth)
    assert page.text == "Deep text."


def test_html_single_article_is_the_content_root() -> None:
    page = parse_html(
        "<body><div>Menu</div><article><p>Story.</p></article><div>Related</div></body>"
    )
    assert page.text == "Story."


def test_html_tables_pre_and_lists() -> None:
    page = parse_html(
        "<table><tr><td>Date</td><td>2021</td></tr></table>"
        "<pre>line1\nline2</pre><ul><li>one</li><li>two</li></ul>"
    )
    assert page.text == "Date 2021\n\nline1\nline2\n\none\n\ntwo"


def test_html_article_inside_an_aside_is_not_taken_for_the_content() -> None:
    page = parse_html(
        "<body><div><p>The real story.</p></div>"
        "<aside><article><p>Teaser of another story.</p></article></aside></body>"
    )
    assert page.text == "The real story."
