"""A pasted article's header: the headline becomes the title; bylines, dates and a URL become metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.commands.read import read_sources
from briefgen.ingest import read_article
from briefgen.ingest.metadata import ArticleMetadata
from briefgen.text.header import is_headline, pasted_header

LEDE = "Port owners and the dock workers' union will meet on Monday to try to end a two-week strike."
SECOND = "The union wants a pay rise of six percent; the owners have offered four."


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Port talks resume as strike enters third week", True),
        ("Will the strike end before Christmas?", True),
        ("“We will not back down,” says union leader", True),
        ("2025 pay round: what each side wants", True),
        # near misses: sentences, bylines, noise, fragments
        (LEDE, False),  # ends with a full stop
        ("Here is the article you asked for:", False),
        ("By Jane Doe and John Roe", False),
        ("Advertisement", False),
        ("Port talks", False),  # too short to tell from a label
        ("the talks resume on Monday", False),  # starts in lower case
        (" ".join(["word"] * 31).capitalize(), False),  # too long
    ],
)
def test_is_headline(line: str, headline: bool) -> None:
    assert is_headline(line) is headline


@pytest.mark.parametrize(
    ("paragraphs", "title", "kept", "metadata"),
    [
        (
            [
                "Port talks resume as strike enters third week",
                "By Jane Doe and John Roe",
                "March 12, 2025 | 4:20am",
                "Photo: Jane Doe/Reuters",
                LEDE,
                SECOND,
            ],
            "Port talks resume as strike enters third week",
            [LEDE, SECOND],
            ArticleMetadata(published=dt.date(2025, 3, 12)),
        ),  # the byline leaves, its names are not kept
        (
            ["https://ledger.example/2025/03/12/port-talks", LEDE, SECOND],
            "",
            [LEDE, SECOND],
            ArticleMetadata(url="https://ledger.example/2025/03/12/port-talks"),
        ),
        # nothing to read: the article starts with its lede
        ([LEDE, SECOND], "", [LEDE, SECOND], ArticleMetadata()),
        # a date in the body is not the publication date
        (
            [LEDE, "Talks began on March 3, 2025, and stalled on March 10, 2025."],
            "",
            [LEDE, "Talks began on March 3, 2025, and stalled on March 10, 2025."],
            ArticleMetadata(),
        ),
        # a headline alone is no header: a one-paragraph text keeps its paragraph
        (
            ["Port talks resume as strike enters third week"],
            "",
            ["Port talks resume as strike enters third week"],
            ArticleMetadata(),
        ),
        # a title known already (Markdown's # heading) is kept; the first line stays a paragraph
        (
            ["Port talks resume as strike enters third week", LEDE],
            "Port talks",
            ["Port talks resume as strike enters third week", LEDE],
            ArticleMetadata(),
        ),
    ],
    ids=["headline, byline, date", "url line", "no header", "body date", "one paragraph", "title known"],
)
def test_pasted_header(paragraphs, title, kept, metadata) -> None:
    known = "Port talks" if title == "Port talks" else ""
    assert pasted_header(known, paragraphs) == (title, kept, metadata)


def test_pasted_text_file_gets_title_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_text(
        f"Port talks resume as strike enters third week\n\nBy Jane Doe\n\n12 March 2025\n\n{LEDE}\n\n{SECOND}\n",
        encoding="utf-8",
    )
    (article,) = read_sources([str(path)])
    assert article.title == "Port talks resume as strike enters third week"
    assert article.paragraphs == [LEDE, SECOND]
    assert article.metadata == ArticleMetadata(published=dt.date(2025, 3, 12))
    raw = read_article(str(path))  # ingest alone reads the file; the header is read by this stage
    assert (raw.title, raw.paragraphs[0], raw.metadata) == (
        "",
        "Port talks resume as strike enters third week",
        ArticleMetadata(),
    )


CAPTION = "Dock workers picket outside the port gates on Monday."
STANDFIRST = "Both sides say a deal is close, but the union wants more."


@pytest.mark.parametrize(
    ("paragraphs", "kept"),
    [
        # the header's other lines go with its byline and date: a picture's credit, a video's title, links
        (
            [
                "By Jane Doe",
                "March 12, 2025",
                "Dockers Gather At Dawn AP",
                "Strikers march on the port",
                "More On: ports",
                "Port owners count the cost",
                "Union vows to fight on",
                LEDE,
                SECOND,
            ],
            [LEDE, SECOND],
        ),
        # a standfirst above the byline stays; a section's name goes
        (
            [STANDFIRST, "Business", "Edited by Jane Doe", "Updated: March 12, 2025 09:30 am", LEDE, SECOND],
            [STANDFIRST, LEDE, SECOND],
        ),
        # between the header and the dateline that opens the story: the lead picture's caption and a box
        (
            [
                "By JANE DOE MARCH 12, 2025",
                CAPTION,
                "Highlights",
                "Talks resume on Monday",
                f"ROTTERDAM — {LEDE}",
                SECOND,
            ],
            [f"ROTTERDAM — {LEDE}", SECOND],
        ),
        # the story opens with its dateline: a label with a colon further down is no dateline
        (
            ["By Jane Doe", "March 12, 2025", f"ROTTERDAM — {LEDE}", "MORE: Port news", SECOND],
            [f"ROTTERDAM — {LEDE}", "MORE: Port news", SECOND],
        ),
        # the writer's name alone at the foot is a signature
        (["By Jane Doe", "March 12, 2025", LEDE, SECOND, "Jane Doe"], [LEDE, SECOND]),
        # near-misses: without a byline or a date there is no header to tell furniture by
        (["Business", CAPTION, LEDE, SECOND], ["Business", CAPTION, LEDE, SECOND]),
        # a sentence broken over lines is no header line
        (
            [
                "By Jane Doe",
                "March 12, 2025",
                "Port owners and the dock workers' union",
                "will meet on Monday.",
                SECOND,
            ],
            ["Port owners and the dock workers' union", "will meet on Monday.", SECOND],
        ),
        # no dateline: the sentences after the header are the story, captions or not
        (["By Jane Doe", "March 12, 2025", CAPTION, LEDE, SECOND], [CAPTION, LEDE, SECOND]),
        # a name at the foot that is not the writer's stays
        (["By Jane Doe", "March 12, 2025", LEDE, SECOND, "John Roe"], [LEDE, SECOND, "John Roe"]),
    ],
    ids=[
        "furniture",
        "standfirst",
        "before dateline",
        "dateline first",
        "signature",
        "no byline",
        "broken line",
        "no dateline",
        "other name",
    ],
)
def test_the_header_furniture_goes(paragraphs: list[str], kept: list[str]) -> None:
    title, paragraphs_kept, _ = pasted_header("", ["Port talks resume as strike enters third week", *paragraphs])
    assert title == "Port talks resume as strike enters third week"
    assert paragraphs_kept == kept


@pytest.mark.parametrize(
    ("paragraphs", "title", "kept"),
    [
        # a section's name above the headline
        (
            ["World", "Port talks resume as strike enters third week", "By Jane Doe", LEDE],
            "Port talks resume as strike enters third week",
            [LEDE],
        ),
        # the headline given again over the picture
        (
            [
                "Port talks resume as strike enters third week",
                "By Jane Doe",
                LEDE,
                "Port talks resume as strike enters third week",
                SECOND,
            ],
            "Port talks resume as strike enters third week",
            [LEDE, SECOND],
        ),
        # soft hyphens in the headline
        (
            ["Port talks re\u00adsume as strike enters third week", LEDE],
            "Port talks resume as strike enters third week",
            [LEDE],
        ),
    ],
    ids=["kicker", "headline again", "soft hyphen"],
)
def test_the_headline_is_the_title_and_nothing_else(paragraphs, title, kept) -> None:
    assert pasted_header("", paragraphs)[:2] == (title, kept)
