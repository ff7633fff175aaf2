"""ingest.read_article: formats, encodings, paragraphs, and every unreadable input as one InputError."""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

import pytest
from helpers import FIXTURES, ROOT, zip_bytes

from briefgen.errors import InputError
from briefgen.ingest import read_article
from briefgen.ingest.limits import MAX_BYTES

INPUTS = FIXTURES / "inputs"
EXAMPLE = ROOT / "examples" / "carney-white-house.txt"


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def test_example_article_is_read_whole() -> None:
    article = read_article(str(EXAMPLE))
    data = EXAMPLE.read_bytes()
    assert article.path == str(EXAMPLE)
    assert article.name == "carney-white-house.txt"
    assert article.data == data
    assert article.sha256 == hashlib.sha256(data).hexdigest()
    assert article.title == ""
    assert len(article.paragraphs) == len([line for line in data.decode().splitlines() if line.strip()])
    assert article.paragraphs[0].startswith("Prime Minister Mark Carney is expected")
    assert "Prime Minister’s Office" in article.paragraphs[0]  # curly apostrophe kept
    assert article.warnings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One line.\nTwo line.\n", ["One line.", "Two line."]),
        ("First block\ncontinues here.\n\nSecond block.\n", ["First block continues here.", "Second block."]),
        ("A\r\nB\r\n\r\nC\r\n", ["A B", "C"]),
        ("Spaces   and\ttabs   collapse.\n", ["Spaces and tabs collapse."]),
        ("Lead.\n \t \nBlank line with spaces counts.\n", ["Lead.", "Blank line with spaces counts."]),
        ("\n\n\nOnly one paragraph\n\n\n", ["Only one paragraph"]),
        ("Page one.\fPage two.\n", ["Page one.", "Page two."]),
        ("Curly “quotes” and ‘single’ stay.\n", ["Curly “quotes” and ‘single’ stay."]),
    ],
)
def test_plain_text_paragraphs(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert read_article(write(tmp_path, "a.txt", text)).paragraphs == expected


@pytest.mark.parametrize(
    ("fixture", "expected", "warning"),
    [
        (
            "cp1252.txt",
            ["The minister’s office said the talks would resume “soon”.", "Café owners in Montréal welcomed the news."],
            "cp1252",
        ),
        ("latin1.txt", ["Café owners in Montréal welcomed the naïve plan."], "cp1252"),
        ("utf8-bom.txt", ["The talks resume on Monday.", "Both sides agreed."], None),
        ("mojibake.txt", ["The minister’s office said it’s “ready”."], None),
    ],
)
def test_encodings_and_mojibake(fixture: str, expected: list[str], warning: str | None) -> None:
    article = read_article(str(INPUTS / fixture))
    assert article.paragraphs == expected
    assert article.data == (INPUTS / fixture).read_bytes()
    if warning:
        assert any(warning in line for line in article.warnings)
    else:
        assert article.warnings == ()


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "wide.txt", "Talks “resume” today.\n".encode("utf-16"))
    assert read_article(path).paragraphs == ["Talks “resume” today."]


def test_cyrillic_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = "Президент встретится с премьер-министром в пятницу, сообщили в Кремле."
    assert read_article(write(tmp_path, "ru.txt", text.encode("cp1251"))).paragraphs == [text]


def test_nfc_normalisation(tmp_path: Path) -> None:
    decomposed = "Cafe\u0301 talks."
    assert read_article(write(tmp_path, "nfd.txt", decomposed)).paragraphs == ["Caf\u00e9 talks."]


def test_control_characters_are_removed_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "ctrl.txt", "Talks\x01 resume\x1b on\x00 Monday.\n")
    article = read_article(path)
    assert article.paragraphs == ["Talks resume on Monday."]
    assert article.warnings == (f"{path}: removed 3 control characters that Word cannot hold",)


@pytest.mark.parametrize(
    ("text", "expected", "removed"),
    [
        ("Talks resume\x1b on Monday.", "Talks resume on Monday.", 1),  # each kind of character alone
        ("Talks\x08 resume on Monday.", "Talks resume on Monday.", 1),
        ("Talks resume on\x1f Monday.", "Talks resume on Monday.", 1),
        ("Talks resume\ufffe on Monday.", "Talks resume on Monday.", 1),
        ("Talks resume on Monday\uffff.", "Talks resume on Monday.", 1),
        ("Caf\u00c3\u00a9 talks resume.", "Caf\u00e9 talks resume.", 0),  # mojibake alone is repaired
        ("\u201cCaf\u00e9\u201d talks \u2014 resume.", "\u201cCaf\u00e9\u201d talks \u2014 resume.", 0),  # none
    ],
)
def test_illegal_characters_and_mojibake_alone(tmp_path: Path, text: str, expected: str, removed: int) -> None:
    path = write(tmp_path, "one.txt", text + "\n")
    article = read_article(path)
    assert article.paragraphs == [expected]
    assert article.warnings == ((f"{path}: removed 1 control character that Word cannot hold",) if removed else ())


def test_html_keeps_the_article_not_the_page_furniture() -> None:
    article = read_article(str(INPUTS / "article.html"))
    assert article.title == "Ministers meet in Ottawa to settle the lumber dispute"
    text = "\n".join(article.paragraphs)
    assert article.paragraphs[0].startswith("Trade ministers from Canada")
    for kept in (
        "What each side wants",
        "“We are ready to talk about quotas,”",
        "hurts our mills.",
        "Duties now average 14 percent.",
        "Exports fell by a fifth last year.",
    ):
        assert kept in text
    for dropped in (
        "Home",
        "Sport",
        "tracking",
        "color: red",
        "Most popular",
        "Privacy policy",
        "Ministers meet in Ottawa to settle",
    ):
        assert dropped not in text


def test_html_title_falls_back_to_title_element(tmp_path: Path) -> None:
    page = "<html><head><title>Talks resume</title></head><body><p>Negotiators met again on Monday.</p></body></html>"
    article = read_article(write(tmp_path, "p.htm", page))
    assert (article.title, article.paragraphs) == ("Talks resume", ["Negotiators met again on Monday."])


def test_markdown_markup_is_stripped() -> None:
    article = read_article(str(INPUTS / "article.md"))
    assert article.title == "Unions and hospital agree to talks"
    assert article.paragraphs == [
        "Nurses at four hospitals will return to the table on Wednesday, with a federal mediator in the room.",
        "The sticking points",
        "Staffing ratios on night shifts.",
        "A 4% raise in each year of the contract.",
        '"Nobody wants to walk out," the union\'s president said.',
        "Both sides said talks would resume at 9 a.m.",
    ]


def make_docx(path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Leaders to meet on trade", style="Title")
    document.add_paragraph("The two leaders will meet on Friday.")
    document.add_paragraph("")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Tariffs"
    table.cell(0, 1).text = "25 percent"
    document.add_paragraph("Officials expect a \u201cframework\u201d deal & more.")
    document.save(path)


def test_docx_paragraphs_tables_and_title(tmp_path: Path) -> None:
    path = tmp_path / "brief source.docx"
    make_docx(path)
    article = read_article(str(path))
    assert article.title == "Leaders to meet on trade"
    assert article.paragraphs == [
        "The two leaders will meet on Friday.",
        "Tariffs",
        "25 percent",
        "Officials expect a \u201cframework\u201d deal & more.",
    ]
    assert article.name == "brief source.docx"  # its own name: store makes the copy's name safe


def test_stdin_text_and_html(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Line one.\nLine two.\n")))
    article = read_article("-")
    assert (article.path, article.name, article.paragraphs) == ("<stdin>", "stdin.txt", ["Line one.", "Line two."])
    page = "<!DOCTYPE html><html><body><nav>Menu</nav><p>Talks resume today.</p></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode())))
    article = read_article("-")
    assert (article.name, article.paragraphs) == ("stdin.html", ["Talks resume today."])


def test_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    assert read_article(write(tmp_path, "notes.article", "Talks resume.\n")).paragraphs == ["Talks resume."]


def test_five_megabyte_article_is_accepted(tmp_path: Path) -> None:
    block = EXAMPLE.read_bytes()
    path = write(tmp_path, "big.txt", block * (5 * 1024 * 1024 // len(block) + 1))
    article = read_article(path)
    assert len(article.data) > 5 * 1024 * 1024
    assert article.paragraphs[:3] == read_article(str(EXAMPLE)).paragraphs[:3]


@pytest.mark.parametrize("tag", ["div", "blockquote", "span"])
def test_deeply_nested_html_is_flattened_not_fatal(tmp_path: Path, tag: str) -> None:
    page = f"<html><body>{f'<{tag}>' * 50000}<p>Deep text.</p><p>More text.</p>{f'</{tag}>' * 50000}</body></html>"
    article = read_article(write(tmp_path, "deep.html", page))
    assert article.paragraphs == ["Deep text.", "More text."]
    assert any("nested too deeply" in line for line in article.warnings)


def bad_inputs(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """name → (path, words the one-line message must contain)."""
    folder = tmp_path / "folder"
    folder.mkdir()
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    return {
        "missing": (str(tmp_path / "nope.txt"), "no such file"),
        "directory": (str(folder), "is a directory"),
        "empty": (write(tmp_path, "empty.txt", b""), "empty"),
        "whitespace": (write(tmp_path, "blank.txt", " \n\t\r\n  \n"), "only whitespace"),
        "pdf": (write(tmp_path, "paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "PDF"),
        "png": (write(tmp_path, "picture.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "PNG"),
        "zip": (write(tmp_path, "archive.txt", zip_bytes({"a.txt": b"hello"})), "zip"),
        "nul bytes": (write(tmp_path, "blob", bytes(range(256)) * 8), "binary"),
        "too big": (str(big), "limit"),
        "html without body": (str(INPUTS / "no-body.html"), "HTML without body text"),
        "corrupt docx": (
            write(tmp_path, "broken.docx", b"PK\x03\x04 this is not really a zip"),
            "not a readable .docx",
        ),
        "zip that is not word": (write(tmp_path, "fake.docx", zip_bytes({"a.txt": b"hello"})), "not a readable .docx"),
        "docx bomb by size": (
            write(tmp_path, "bomb.docx", zip_bytes({"word/document.xml": bytes(101 * 1024 * 1024)})),
            "zip bomb",
        ),
        "docx bomb by ratio": (
            write(tmp_path, "ratio.docx", zip_bytes({"word/document.xml": bytes(4 * 1024 * 1024)})),
            "zip bomb",
        ),
    }


BAD_CASES = [
    "missing",
    "directory",
    "empty",
    "whitespace",
    "pdf",
    "png",
    "zip",
    "nul bytes",
    "too big",
    "html without body",
    "corrupt docx",
    "zip that is not word",
    "docx bomb by size",
    "docx bomb by ratio",
]


@pytest.mark.parametrize("case", BAD_CASES)
def test_unreadable_inputs_are_one_line_input_errors(tmp_path: Path, case: str) -> None:
    path, words = bad_inputs(tmp_path)[case]
    with pytest.raises(InputError) as raised:
        read_article(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ")
    assert words in message
    assert "\n" not in message
    assert raised.value.exit_code == 2
