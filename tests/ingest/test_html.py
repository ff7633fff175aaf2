"""Reading a saved web page: the article's blocks, its headline, its metadata; what replaces trafilatura's text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree

from briefgen.ingest import read_article
from briefgen.ingest.html import body_blocks, prefer_readability, split_headline, table_share
from briefgen.ingest.metadata import ArticleMetadata

STORY = [
    "Dock workers and port owners will meet again on Monday to try to end a two-week strike.",
    "The union wants a pay rise of six percent over two years, and the owners have offered four.",
    "Both sides said the mediator had asked them not to speak to reporters before the meeting.",
]
PARAGRAPHS = "".join(f"<p>{sentence}</p>" for sentence in STORY)

PAGES = {
    # ASP.NET pages wrap the whole page in one <form>: it is read, not refused.
    "body in a form": (
        "<html><head><title>Port talks resume - Harbour Gazette</title></head><body>"
        "<form id='aspnetForm' method='post' action='story.aspx'>"
        "<div class='menu'><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/sport'>Sport</a></div>"
        f"<div id='story'><h1>Port talks resume</h1>{PARAGRAPHS}</div></form></body></html>",
        "Port talks resume",
        STORY,
    ),
    # Text in a <span> inside a <section>, paragraphs split by <br><br>: every one is kept, on its own.
    "span and br": (
        "<html><head><title>Port talks resume</title></head><body><section class='story'><span>"
        f"{STORY[0]}<br><br>{STORY[1]}<br><br>{STORY[2]}</span></section></body></html>",
        "Port talks resume",
        STORY,
    ),
    # Table rows (cells joined) and short blocks that repeat are all kept, in order.
    "repeated cells and blocks": (
        "<html><head><title>Branches vote on the pay offer</title></head><body><article>"
        "<h1>Branches vote on the pay offer</h1>"
        "<p>The union published how each branch voted on the employer's offer this week.</p>"
        "<table><tr><th>Branch</th><th>Result</th></tr><tr><td>North</td><td>Yes</td></tr>"
        "<tr><td>South</td><td>Yes</td></tr></table>"
        "<p>Members in every branch were asked the same question.</p><p>Yes</p>"
        "<p>The result will be sent to the employer on Tuesday, the union said.</p><p>Yes</p>"
        "</article></body></html>",
        "Branches vote on the pay offer",
        [
            "The union published how each branch voted on the employer's offer this week.",
            "Branch | Result",
            "North | Yes",
            "South | Yes",
            "Members in every branch were asked the same question.",
            "Yes",
            "The result will be sent to the employer on Tuesday, the union said.",
            "Yes",
        ],
    ),
    # The headline leaves the text with the kicker above it; menus and the footer never come in.
    "kicker, headline, menus": (
        "<html><head><title>Port talks resume | Harbour Gazette</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><p class='kicker'>Business</p><h1>Port talks resume</h1>{PARAGRAPHS}</article>"
        "<footer><p>Contact us · Privacy policy · Terms of use</p></footer></body></html>",
        "Port talks resume",
        STORY,
    ),
    # The headline given again lower down (over a picture) and the writer's name as a signature leave too.
    "headline again, signature": (
        "<html><head><title>Port talks resume</title><meta name='author' content='Ana Ruiz'></head><body><article>"
        f"<h1>Port talks resume</h1><p>{STORY[0]}</p><p>{STORY[1]}</p><h2>Port talks resume</h2><p>{STORY[2]}</p>"
        "<p>Ana Ruiz</p></article></body></html>",
        "Port talks resume",
        STORY,
    ),
    # Nothing to take out: no headline in the text, the title comes from <title>.
    "no headline in the body": (
        f"<html><head><title>Port talks resume</title></head><body><div>{PARAGRAPHS}</div></body></html>",
        "Port talks resume",
        STORY,
    ),
}


@pytest.mark.parametrize("case", PAGES)
def test_page_text_and_headline(tmp_path: Path, case: str) -> None:
    page, title, paragraphs = PAGES[case]
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(str(path))
    assert (article.title, article.paragraphs) == (title, paragraphs)


def test_a_single_line_break_keeps_words_apart(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><section><span>{'<br>'.join(STORY)}</span></section></body></html>", encoding="utf-8")
    assert " ".join(read_article(str(path)).paragraphs) == " ".join(STORY)


METADATA_PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Ministers agree to meet in Geneva | The Daily Ledger</title>"
    "<meta property='og:site_name' content='The Daily Ledger'>"
    "<meta name='author' content='Ana Ruiz; ANA RUIZ; The Daily Ledger'>"
    "<meta property='article:published_time' content='2025-03-12T09:30:00Z'>"
    "<link rel='canonical' href='https://ledger.example/2025/03/12/geneva-talks'>"
    "</head><body><article><h1>Ministers agree to meet in Geneva</h1>"
    "<p>Foreign ministers from both countries will meet in Geneva next week to discuss the border dispute.</p>"
    "<p>The talks are the first since the ceasefire was signed in January, officials said on Wednesday.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            METADATA_PAGE,
            ArticleMetadata(
                outlet="The Daily Ledger",
                authors=("Ana Ruiz",),
                published=dt.date(2025, 3, 12),
                url="https://ledger.example/2025/03/12/geneva-talks",
            ),
        ),
        # a byline and date in the menu bar: read, though the menu's text is not
        (
            "<html><body><nav><span class='byline'>By <a rel='author' href='/ana'>Ana Ruiz</a></span> "
            f"<time datetime='2025-03-12'>12 March 2025</time></nav><article>{PARAGRAPHS}</article></body></html>",
            ArticleMetadata(authors=("Ana Ruiz",), published=dt.date(2025, 3, 12)),
        ),
        # a page that says nothing of where it came from
        (f"<html><body><article>{PARAGRAPHS}</article></body></html>", ArticleMetadata()),
    ],
    ids=["full metadata", "byline in the menu bar", "none"],
)
def test_page_metadata(tmp_path: Path, page: str, expected: ArticleMetadata) -> None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert read_article(str(path)).metadata == expected


def tei(markup: str):
    """A trafilatura-style output tree (its TEI-like tags) from markup."""
    return etree.fromstring(f"<body>{markup}</body>")


@pytest.mark.parametrize(
    ("markup", "blocks"),
    [
        ("<p>One <hi>bold</hi> word.</p><p>Two.</p>", ["One bold word.", "Two."]),
        ("<p>Line one.<lb/>Line two.<lb/><lb/>Line three.</p>", ["Line one.", "Line two.", "Line three."]),
        ("<head rend='h2'>Sub</head><list><item>First</item><item>Second</item></list>", ["Sub", "First", "Second"]),
        ("<quote><p>Said one.</p><p>Said two.</p></quote>", ["Said one.", "Said two."]),
        ("<table><row><cell>A</cell><cell>1</cell></row><row><cell>B</cell><cell/></row></table>", ["A | 1", "B"]),
        ("<p>  </p><p></p>", []),
    ],
)
def test_body_blocks(markup: str, blocks: list[str]) -> None:
    assert body_blocks(tei(markup)) == blocks


BODY = [f"Paragraph {n} of the article says something about the talks and the strike." for n in range(8)]
NOISE = ["Share this story with a friend today.", "Sign up for the morning newsletter now."]


@pytest.mark.parametrize(
    ("ours", "theirs", "body", "prefer"),
    [
        ([], BODY[:2], None, True),  # trafilatura found nothing
        (BODY[:2], BODY, None, True),  # it stopped at the first body block: readability holds it all, and more
        (BODY[:3], BODY[:5], None, False),  # readability longer, but not twice as long
        (BODY[:2], NOISE * 6, None, False),  # twice as long, but not holding trafilatura's text
        (BODY, BODY[:3], None, False),  # readability shorter
        (BODY, [], None, False),  # readability found nothing
        # a page laid out with a table: trafilatura gives one cell, readability its paragraphs
        ([" ".join(BODY + NOISE)], BODY, tei(f"<table><row><cell>{' '.join(BODY + NOISE)}</cell></row></table>"), True),
        ([" ".join(BODY + NOISE)], BODY, tei(f"<p>{' '.join(BODY + NOISE)}</p>"), False),  # not in a table
    ],
)
def test_prefer_readability(ours, theirs, body, prefer) -> None:
    document = type("Document", (), {"body": body})() if body is not None else None
    assert prefer_readability(ours, theirs, document) is prefer


def test_table_share() -> None:
    assert table_share(tei("<p>abcd</p><table><row><cell>abcd</cell></row></table>")) == 0.5
    assert table_share(tei("<p>abcd</p>")) == 0.0


@pytest.mark.parametrize(
    ("paragraphs", "headline", "rest"),
    [
        (["Port talks resume", *STORY], "Port talks resume", STORY),
        (["Business", "Port Talks Resume!", *STORY], "Port Talks Resume!", STORY),  # same words: same headline
        ([*STORY[:3], "Port talks resume", "More."], "", [*STORY[:3], "Port talks resume", "More."]),  # too late
        (["Port talks resume today", *STORY], "", ["Port talks resume today", *STORY]),  # other words
    ],
)
def test_split_headline(paragraphs, headline, rest) -> None:
    assert split_headline(paragraphs, {("port", "talks", "resume")}) == (headline, rest)
