"""read_sources on hostile inputs: each becomes exactly one Document or one Rejection."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from pipelines.model import Document, Rejection
from pipelines.sources import read_sources

PARAGRAPH = (
    "The Minister of Foreign Affairs met with the Ambassador of Japan in the capital on Monday. "
    "They discussed the development of bilateral relations and agreed to hold the next round "
    "of consultations in the autumn."
)
OTHER_PARAGRAPH = (
    "The Prime Minister held a telephone conversation with the President of France. The two "
    "leaders exchanged views on regional security and the situation in the Middle East."
)
RUSSIAN = (
    "Генеральный прокурор Армении Артур Давтян встретился с Генеральным прокурором "
    "Российской Федерации Игорем Красновым. Стороны обсудили вопросы сотрудничества в сфере "
    "правовой помощи и экстрадиции."
)
ARMENIAN = (
    "Հայաստանի գլխավոր դատախազ Արթուր Դավթյանը հանդիպել է Ռուսաստանի Դաշնության գլխավոր "
    "դատախազ Իգոր Կրասնովի հետ։ Կողմերը քննարկել են իրավական օգնության և արտահանձնման "
    "ոլորտներում համագործակցության հարցեր։"
)
FRENCH = (
    "Le ministre des Affaires étrangères a reçu l'ambassadeur du Japon lundi. Les deux "
    "parties ont évoqué le développement des relations bilatérales et sont convenues de tenir "
    "le prochain cycle de consultations à l'automne."
)
PNG_LIKE = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
    + bytes(range(256)) * 4
)


def read_all(folder: Path, **limits: int) -> list[Document | Rejection]:
    return list(read_sources(folder, **limits))


def only(folder: Path, **limits: int) -> Document | Rejection:
    [outcome] = read_all(folder, **limits)
    return outcome


def rejection(folder: Path, reason: str, **limits: int) -> Rejection:
    outcome = only(folder, **limits)
    assert isinstance(outcome, Rejection), outcome
    assert outcome.reason == reason, outcome
    assert outcome.detail
    return outcome


def document(folder: Path) -> Document:
    outcome = only(folder)
    assert isinstance(outcome, Document), outcome
    return outcome


# Whole files: empty, binary and encodings.


def test_empty_file_is_rejected_as_empty(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    rejected = rejection(tmp_path, "empty")
    assert (rejected.source_path, rejected.source_id) == ("empty.txt", "empty")


def test_whitespace_only_file_is_rejected_as_empty(tmp_path: Path) -> None:
    (tmp_path / "blank.md").write_bytes(b" \n\t\r\n   \n\xc2\xa0\n")
    assert "whitespace" in rejection(tmp_path, "empty").detail


def test_binary_bytes_named_txt_are_not_text(tmp_path: Path) -> None:
    (tmp_path / "picture.txt").write_bytes(PNG_LIKE)
    assert "binary" in rejection(tmp_path, "not_text").detail


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    text = PARAGRAPH.replace("Japan", "Côte d'Ivoire and São Tomé")
    (tmp_path / "latin1.txt").write_bytes(text.encode("latin-1"))
    assert document(tmp_path).text == text


def test_windows_1252_curly_quotes_are_decoded(tmp_path: Path) -> None:
    raw = PARAGRAPH.encode("ascii") + b" He called it \x93a new chapter\x94 \x96 and it\x92s true."
    (tmp_path / "cp1252.txt").write_bytes(raw)
    assert document(tmp_path).text.endswith("He called it “a new chapter” – and it’s true.")


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    text = PARAGRAPH + " Zelenskyy’s visit to Kyiv."
    (tmp_path / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    (tmp_path / "utf16be.md").write_bytes(codecs.BOM_UTF16_BE + OTHER_PARAGRAPH.encode("utf-16-be"))
    documents = read_all(tmp_path)
    assert [d.text for d in documents] == [text, OTHER_PARAGRAPH]


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    (tmp_path / "utf16.txt").write_bytes(PARAGRAPH.encode("utf-16-le"))
    assert document(tmp_path).text == PARAGRAPH


def test_utf16_bom_with_broken_body_is_undecodable(tmp_path: Path) -> None:
    # A lone low surrogate (0xDC00) cannot be decoded.
    (tmp_path / "broken.txt").write_bytes(codecs.BOM_UTF16_LE + b"A\x00\x00\xdcB\x00")
    assert "UTF-16" in rejection(tmp_path, "undecodable").detail


def test_utf8_with_bom_is_decoded_without_the_mark(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + PARAGRAPH.encode("utf-8"))
    assert document(tmp_path).text == PARAGRAPH


def test_crlf_and_cr_line_breaks_become_lf(tmp_path: Path) -> None:
    raw = "Title line  \r\n\r\n\r\n\r\n" + PARAGRAPH + "\rLast line.\r\n"
    (tmp_path / "crlf.txt").write_bytes(raw.encode("utf-8"))
    assert document(tmp_path).text == "Title line\n\n" + PARAGRAPH + "\nLast line."


def test_nul_byte_inside_good_text_is_stripped(tmp_path: Path) -> None:
    raw = PARAGRAPH.encode("utf-8").replace(b"Japan", b"Ja\x00pan")
    (tmp_path / "nul.txt").write_bytes(raw)
    assert document(tmp_path).text == PARAGRAPH


def test_too_large_file_is_rejected_without_reading_it_whole(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_bytes((PARAGRAPH + "\n").encode() * 100)
    rejected = rejection(tmp_path, "too_large", max_bytes=1000)
    assert "limit" in rejected.detail
    assert rejected.source_id == "huge"


def test_default_limit_rejects_a_file_over_two_mebibytes(tmp_path: Path) -> None:
    with open(tmp_path / "dump.txt", "wb") as handle:
        handle.truncate(2 * 1024 * 1024 + 1)  # sparse: quick to make
    assert "2.0 MiB" in rejection(tmp_path, "too_large").detail


# HTML.


def test_html_keeps_paragraph_text_and_drops_page_furniture(tmp_path: Path) -> None:
    page = """<!DOCTYPE html>
<html><head><title>Minister meets Ambassador &amp; delegation</title>
<meta property="og:site_name" content="Ministry of Foreign Affairs">
<meta property="article:published_time" content="2023-05-02T10:00:00+02:00">
<link rel="canonical" href="https://mfa.example/news/1">
<style>p { color: red; }</style><script>document.write("evil()")</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<header>Site header</header>
<h1>Minister meets Ambassador</h1>
<p>The Minister of Foreign Affairs met with the Ambassador of Japan&nbsp;on Monday.
They discussed   bilateral&nbsp;relations &mdash; trade &amp; investment.</p>
<p>The sides agreed to meet again.<br>Both welcomed &ldquo;progress&rdquo;.</p>
<!-- a comment that is not text -->
<script>var x = "<p>not text</p>";</script><noscript>Enable JavaScript</noscript>
<aside>Related news</aside><form><input value="search"></form>
<footer>Copyright</footer></body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    page_document = document(tmp_path)
    assert page_document.text == (
        "Minister meets Ambassador\n\n"
        "The Minister of Foreign Affairs met with the Ambassador of Japan on Monday. They "
        "discussed bilateral relations — trade & investment.\n\n"
        "The sides agreed to meet again.\nBoth welcomed “progress”."
    )
    assert page_document.title == "Minister meets Ambassador & delegation"
    assert page_document.publisher == "Ministry of Foreign Affairs"
    assert page_document.url == "https://mfa.example/news/1"
    assert page_document.published_date is not None
    assert page_document.published_date.isoformat() == "2023-05-02"


def test_html_without_title_takes_the_first_h1(tmp_path: Path) -> None:
    page = f"<h1>Talks in Tokyo</h1><h1>Second</h1><div>{PARAGRAPH}</div>"
    (tmp_path / "page.htm").write_bytes(page.encode("utf-8"))
    html_document = document(tmp_path)
    assert html_document.title == "Talks in Tokyo"
    assert html_document.text.endswith(PARAGRAPH)


def test_html_with_only_scripts_is_empty(tmp_path: Path) -> None:
    (tmp_path / "app.html").write_text("<html><body><script>run()</script></body></html>")
    rejection(tmp_path, "empty")


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    (tmp_path / "ru.html").write_bytes(page.encode("cp1251"))
    assert "Cyrillic" in rejection(tmp_path, "not_english").detail


# JSON Lines.


def write_jsonl(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_jsonl_hostile_lines_each_get_one_outcome(tmp_path: Path) -> None:
    write_jsonl(
        tmp_path / "mixed.jsonl",
        [
            json.dumps({"id": "good-1", "text": PARAGRAPH, "published": "2021-06-11"}),
            '{"id": "broken", "text": "unterminated',
            json.dumps({"id": "no-text", "title": "Only a title"}),
            "",
            json.dumps({"id": "number", "text": 42}),
            "   ",
            json.dumps([{"text": PARAGRAPH}]),
            json.dumps({"text": OTHER_PARAGRAPH}),
            json.dumps({"id": "ru", "text": RUSSIAN}),
            '"just a string"',
        ],
    )
    outcomes = read_all(tmp_path)
    summary = [(o.source_id, getattr(o, "reason", "document")) for o in outcomes]
    assert summary == [
        ("good-1", "document"),
        ("mixed:2", "malformed"),
        ("no-text", "malformed"),
        ("number", "malformed"),
        ("mixed:7", "malformed"),
        ("mixed:8", "document"),
        ("ru", "not_english"),
        ("mixed:10", "malformed"),
    ]
    details = {o.source_id: o.detail for o in outcomes if isinstance(o, Rejection)}
    assert details["mixed:2"].startswith("line 2: not valid JSON: Unterminated string")
    assert details["no-text"] == "line 3: record has no 'text' field (its fields: id, title)"
    assert details["number"] == "line 5: 'text' is a number (42), expected a string"
    assert details["mixed:7"].startswith("line 7: the record is a list")
    assert details["mixed:10"].startswith("line 10: the record is a string")
    assert all(o.source_path == "mixed.jsonl" for o in outcomes)
    assert outcomes[0].published_date.isoformat() == "2021-06-11"


def test_jsonl_line_over_the_limit_is_skipped_without_parsing(tmp_path: Path) -> None:
    long_record = json.dumps({"id": "long", "text": PARAGRAPH * 50})
    write_jsonl(
        tmp_path / "big.jsonl",
        [json.dumps({"id": "a", "text": PARAGRAPH}), long_record, json.dumps({"text": FRENCH})],
    )
    outcomes = read_all(tmp_path, max_bytes=2000)
    assert [getattr(o, "reason", "document") for o in outcomes] == [
        "document",
        "too_large",
        "not_english",
    ]
    assert outcomes[1].source_id == "big:2"
    assert outcomes[1].detail.startswith("line 2: the line is")


def test_jsonl_without_records_is_one_empty_rejection(tmp_path: Path) -> None:
    (tmp_path / "nothing.jsonl").write_text("\n\n   \n", encoding="utf-8")
    assert rejection(tmp_path, "empty").source_id == "nothing"


def test_jsonl_record_with_empty_text_is_empty(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "r.jsonl", [json.dumps({"id": "e", "text": "  \n "})])
    assert rejection(tmp_path, "empty").source_id == "e"


def test_jsonl_with_utf16_bom_and_crlf_is_streamed(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "x", "text": PARAGRAPH}), json.dumps({"id": "y", "text": FRENCH})]
    raw = codecs.BOM_UTF16_LE + "\r\n".join(lines).encode("utf-16-le")
    (tmp_path / "wide.jsonl").write_bytes(raw)
    outcomes = read_all(tmp_path)
    assert [(o.source_id, getattr(o, "reason", "document")) for o in outcomes] == [
        ("x", "document"),
        ("y", "not_english"),
    ]


def test_jsonl_with_cp1252_line_is_decoded(tmp_path: Path) -> None:
    good = json.dumps({"id": "q", "text": PARAGRAPH + " \x93Quoted\x94."}, ensure_ascii=False)
    (tmp_path / "old.jsonl").write_bytes(good.encode("latin-1") + b"\n")
    assert document(tmp_path).text.endswith("“Quoted”.")


def test_record_metadata_is_read_and_bad_published_keeps_the_document(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    record = {
        "id": 7,
        "title": "  Talks\n in   Tokyo ",
        "publisher": "MFA",
        "url": "../../etc/passwd",
        "published": "next Tuesday-ish",
        "text": PARAGRAPH,
        "extra": {"ignored": True},
    }
    write_jsonl(tmp_path / "meta.jsonl", [json.dumps(record)])
    with caplog.at_level("WARNING", logger="pipelines.sources"):
        kept = document(tmp_path)
    assert (kept.source_id, kept.title, kept.publisher) == ("7", "Talks in Tokyo", "MFA")
    assert kept.url == "../../etc/passwd"  # data, never opened
    assert (kept.published_at, kept.published_date) == (None, None)
    assert "next Tuesday-ish" in caplog.text
    assert "meta.jsonl line 1" in caplog.text


def test_record_with_list_title_or_object_id_is_malformed(tmp_path: Path) -> None:
    write_jsonl(
        tmp_path / "types.jsonl",
        [
            json.dumps({"id": "t", "title": ["a", "b"], "text": PARAGRAPH}),
            json.dumps({"id": {"x": 1}, "text": PARAGRAPH}),
        ],
    )
    first, second = read_all(tmp_path)
    assert (first.reason, first.detail) == (
        "malformed",
        "line 1: 'title' is a list, expected a string",
    )
    assert (second.reason, second.source_id) == ("malformed", "types:2")
    assert "'id' is an object" in second.detail


# JSON files.


def test_json_bare_number_is_malformed(tmp_path: Path) -> None:
    (tmp_path / "number.json").write_text("42", encoding="utf-8")
    rejected = rejection(tmp_path, "malformed")
    assert rejected.detail == "the file holds a number, expected an object or a list of objects"
    assert rejected.source_id == "number"


def test_json_invalid_is_malformed_with_position(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('[\n  {"text": "a"},\n  oops\n]', encoding="utf-8")
    assert "line 3, column 3" in rejection(tmp_path, "malformed").detail


def test_json_single_object_is_one_record(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"title": "T", "text": PARAGRAPH}))
    single = document(tmp_path)
    assert (single.source_id, single.title) == ("one", "T")


def test_json_list_mixing_good_incomplete_and_strings(tmp_path: Path) -> None:
    elements = [
        {"id": "first", "text": PARAGRAPH},
        {"title": "no text here"},
        "a bare string",
        {"text": OTHER_PARAGRAPH},
        {"id": "nulltext", "text": None},
        7,
    ]
    (tmp_path / "list.json").write_text(json.dumps(elements), encoding="utf-8")
    outcomes = read_all(tmp_path)
    assert [(o.source_id, getattr(o, "reason", "document")) for o in outcomes] == [
        ("first", "document"),
        ("list:1", "malformed"),
        ("list:2", "malformed"),
        ("list:3", "document"),
        ("nulltext", "malformed"),
        ("list:5", "malformed"),
    ]
    assert outcomes[2].detail == "element 2: the record is a string, expected an object with 'text'"
    assert outcomes[4].detail == "element 4: 'text' is null, expected a string"


def test_json_empty_list_is_one_empty_rejection(tmp_path: Path) -> None:
    (tmp_path / "none.json").write_text("[]")
    assert rejection(tmp_path, "empty").source_id == "none"


def test_json_file_over_its_limit_is_too_large(tmp_path: Path) -> None:
    (tmp_path / "many.json").write_text(json.dumps([{"text": PARAGRAPH}] * 20))
    rejection(tmp_path, "too_large", max_json_bytes=1000)


# Front matter.


def test_front_matter_fields_are_read(tmp_path: Path) -> None:
    (tmp_path / "release.md").write_text(
        "---\n"
        "id: mfa-2023-001\n"
        "title: Minister meets Ambassador\n"
        "publisher: Ministry of Foreign Affairs\n"
        "published: 2023-05-02\n"
        "url: https://mfa.example/1\n"
        "tags: [ignored]\n"
        "---\n\n" + PARAGRAPH + "\n",
        encoding="utf-8",
    )
    release = document(tmp_path)
    assert release.source_id == "mfa-2023-001"
    assert release.title == "Minister meets Ambassador"
    assert release.publisher == "Ministry of Foreign Affairs"
    assert release.url == "https://mfa.example/1"
    assert release.published_date is not None
    assert release.published_date.isoformat() == "2023-05-02"
    assert release.published_at is None
    assert release.text == PARAGRAPH


def test_invalid_yaml_front_matter_is_malformed_with_the_yaml_error(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text(
        "---\ntitle: [unclosed\nid: x\n---\n" + PARAGRAPH, encoding="utf-8"
    )
    rejected = rejection(tmp_path, "malformed")
    assert rejected.detail.startswith("invalid YAML front matter:")
    assert "line" in rejected.detail
    assert rejected.source_id == "bad"


def test_unclosed_front_matter_is_malformed(tmp_path: Path) -> None:
    (tmp_path / "open.md").write_text("---\ntitle: x\n" + PARAGRAPH, encoding="utf-8")
    assert "never closed" in rejection(tmp_path, "malformed").detail


def test_front_matter_that_is_not_a_mapping_is_malformed(tmp_path: Path) -> None:
    (tmp_path / "list.md").write_text("---\n- a\n- b\n---\n" + PARAGRAPH, encoding="utf-8")
    assert "expected 'key: value'" in rejection(tmp_path, "malformed").detail


def test_markdown_heading_is_the_title_and_escapes_are_removed(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text(
        "# Talks in Tokyo\n\n" + PARAGRAPH + "\n\n\\###\n\nPrice \\*not\\* final.",
        encoding="utf-8",
    )
    note = document(tmp_path)
    assert note.title == "Talks in Tokyo"
    assert note.text.endswith("\n\n###\n\nPrice *not* final.")


# Language.


@pytest.mark.parametrize(
    ("text", "script"), [(RUSSIAN, "Cyrillic"), (ARMENIAN, "Armenian")], ids=["ru", "hy"]
)
def test_russian_and_armenian_are_not_english(tmp_path: Path, text: str, script: str) -> None:
    (tmp_path / "foreign.txt").write_text(text, encoding="utf-8")
    assert script in rejection(tmp_path, "not_english").detail


def test_french_is_not_english(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    assert "common English words" in rejection(tmp_path, "not_english").detail


# Duplicates, names and folders.


def test_same_text_under_two_names_is_a_duplicate_of_the_first(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    # Same words, other spacing and case: the same document.
    (tmp_path / "b.md").write_text("  " + PARAGRAPH.upper().replace(" ", "\n") + "\n")
    write_jsonl(tmp_path / "c.jsonl", [json.dumps({"id": "again", "text": PARAGRAPH})])
    first, second, third = read_all(tmp_path)
    assert isinstance(first, Document)
    for copy in (second, third):
        assert isinstance(copy, Rejection)
        assert copy.reason == "duplicate"
        assert copy.duplicate_of == first.document_id
        assert "a.txt" in copy.detail
    assert (second.source_id, third.source_id) == ("b", "again")


def test_odd_file_names_are_fine(tmp_path: Path) -> None:
    names = ["with space.txt", "Ħélène über.md", "-leading dash.txt", "a.b.c.txt"]
    for index, name in enumerate(names):
        (tmp_path / name).write_text(f"{PARAGRAPH} Item {index}.", encoding="utf-8")
    outcomes = read_all(tmp_path)
    assert all(isinstance(o, Document) for o in outcomes)
    assert sorted(o.source_path for o in outcomes) == sorted(names)
    assert {o.source_id for o in outcomes} == {
        "with space",
        "Ħélène über",
        "-leading dash",
        "a.b.c",
    }


def test_undecodable_file_name_is_stored_printably(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(PARAGRAPH, encoding="utf-8")
    kept = document(tmp_path)
    assert kept.source_path == "caf\\xe9.txt"
    kept.source_path.encode("utf-8")  # storable


def test_nested_folders_are_walked_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "deeper" / "x.txt").write_text(PARAGRAPH + " One.")
    (tmp_path / "a" / "y.txt").write_text(PARAGRAPH + " Two.")
    (tmp_path / "c.txt").write_text(PARAGRAPH + " Three.")
    paths = [o.source_path for o in read_all(tmp_path)]
    assert paths == ["a/y.txt", "b/deeper/x.txt", "c.txt"]


def test_unknown_extension_is_not_text(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 whatever")
    (tmp_path / "README").write_text(PARAGRAPH)
    first, second = read_all(tmp_path)
    assert (first.reason, first.source_path) == ("not_text", "README")
    assert "without an extension" in first.detail
    assert (second.reason, second.source_id) == ("not_text", "report")
    assert "unsupported file type '.pdf'" in second.detail


def test_extension_case_does_not_matter(tmp_path: Path) -> None:
    (tmp_path / "LOUD.TXT").write_text(PARAGRAPH)
    assert document(tmp_path).source_id == "LOUD"


def test_symlink_pointing_outside_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text(PARAGRAPH)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "link.txt").symlink_to(secret)
    (seeds / "linked-folder").symlink_to(outside, target_is_directory=True)
    outcomes = read_all(seeds)
    assert [(o.source_path, o.reason) for o in outcomes] == [
        ("link.txt", "not_text"),
        ("linked-folder", "not_text"),
    ]
    assert all("symbolic link" in o.detail and "not followed" in o.detail for o in outcomes)


def test_hidden_file_and_hidden_folder_are_reported_not_dropped(tmp_path: Path) -> None:
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(64))
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("[core]")
    outcomes = read_all(tmp_path)
    assert [(o.source_path, o.reason) for o in outcomes] == [
        (".DS_Store", "not_text"),
        (".git", "not_text"),
    ]
    assert "hidden folder" in outcomes[1].detail


def test_fifo_is_reported_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert "not a regular file" in rejection(tmp_path, "not_text").detail


def test_missing_seeds_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        read_all(tmp_path / "absent")


# Accounting.


def test_every_input_gives_exactly_one_outcome(tmp_path: Path) -> None:
    """Documents + rejections == inputs, on a folder holding a bit of everything."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "good.txt").write_text(PARAGRAPH)
    (tmp_path / "dup.txt").write_text(PARAGRAPH)
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "bin.txt").write_bytes(PNG_LIKE)
    (tmp_path / "ru.txt").write_text(RUSSIAN)
    (tmp_path / "page.html").write_text(f"<p>{OTHER_PARAGRAPH}</p>")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    (tmp_path / "sub" / "bad.md").write_text("---\n: : :\n---\ntext")
    write_jsonl(
        tmp_path / "sub" / "lines.jsonl",
        [json.dumps({"text": FRENCH}), "", "{bad", "[1]", json.dumps({"text": PARAGRAPH + "!"})],
    )
    (tmp_path / "list.json").write_text(json.dumps([{"text": "One more English text."}, "s", 1]))
    (tmp_path / "n.json").write_text("3")
    inputs = 7 + 1 + 4 + 3 + 1  # files, bad.md, non-blank jsonl lines, list elements, n.json
    outcomes = read_all(tmp_path)
    assert len(outcomes) == inputs
    documents = [o for o in outcomes if isinstance(o, Document)]
    rejections = [o for o in outcomes if isinstance(o, Rejection)]
    assert len(documents) + len(rejections) == inputs
    assert len(documents) == 4
    assert {r.reason for r in rejections} == {
        "duplicate",
        "empty",
        "not_text",
        "not_english",
        "malformed",
    }


def test_output_is_deterministic(tmp_path: Path) -> None:
    for index in range(5):
        (tmp_path / f"{4 - index}.txt").write_text(f"{PARAGRAPH} Number {index}.")
    assert read_all(tmp_path) == read_all(tmp_path)


def test_json_empty_file_is_empty(tmp_path: Path) -> None:
    (tmp_path / "blank.json").write_text("  \n")
    assert rejection(tmp_path, "empty").detail == "the file is empty"


def test_front_matter_values_yaml_reads_as_dates_or_numbers_are_kept_as_text(
    tmp_path: Path,
) -> None:
    (tmp_path / "typed.txt").write_text(
        f"---\nid: 2024\ntitle: 2021-06-11\npublished: 2021-06-11T10:00:00+02:00\n---\n{PARAGRAPH}"
    )
    typed = document(tmp_path)
    assert (typed.source_id, typed.title) == ("2024", "2021-06-11")
    assert typed.published_at is not None
    assert typed.published_at.isoformat() == "2021-06-11T08:00:00+00:00"


def test_binary_file_named_jsonl_is_one_not_text_rejection(tmp_path: Path) -> None:
    (tmp_path / "image.jsonl").write_bytes(PNG_LIKE + b"\n" + PNG_LIKE)
    rejected = rejection(tmp_path, "not_text")
    assert rejected.source_id == "image"
