"""clean.clean_paragraphs: noise goes, article text stays, in linear time."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefgen.ingest import read_article
from briefgen.text.clean import clean_paragraphs

EXAMPLE = Path(__file__).parent.parent / "examples" / "carney-white-house.txt"
BODY = "Trade ministers will meet in Ottawa on Thursday to settle the lumber dispute, officials said."

NOISE_PARAGRAPHS = [
    "By Naomi Carter, Staff Writer",
    "By JANE DOE and JOHN ROE | Reuters",
    "By Mary Ann de la Cruz, Senior Correspondent in Tokyo",
    "Written by Ana Ruiz",
    "Reporting by Jane Doe; Editing by Tom Hogue",
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Read more: Five things to know about the yen’s slide against the dollar",
    "READ MORE",
    "Related: Trump threatens new tariffs on steel",
    "See also – How the pact was made",
    "Sign up for our newsletter: The Asia Briefing, delivered to your inbox every weekday morning.",
    "Subscribe to our daily email for the top stories.",
    "Get the latest news delivered straight to your inbox.",
    "Photo: Jane Doe/Reuters",
    "(Photo credit: AP)",
    "Image credit: Getty Images",
    "Evan Vucci/AP",
    "AFP via Getty Images",
    "Share this article",
    "Share on Facebook",
    "Follow us on X for live updates",
    "© 2025 Reuters",
    "Copyright 2024 The Associated Press. All rights reserved.",
    "Updated May 3, 2025 at 4:05 p.m. ET",
    "Do you want a summary version of this for social media or a press release?",
    "Would you like me to make it shorter?",
    "Let me know if you'd like any changes.",
    "Shall I draft a press release?",
    "Hope this helps!",
    "If you'd like, I can also write a headline.",
    "Sure! Here's a news article about the meeting:",
]

ARTICLE_PARAGRAPHS = (
    [
        "By Friday, the talks had collapsed.",
        "By then it was late.",
        "By a wide margin, voters backed Carney.",
        "Credit ratings agencies warned of a downgrade.",
        "Copyright disputes have been raised at the talks.",
        "Read more books, she told the students.",
        "“Read more: that is my advice,” she said.",
        "Photographs of the summit circulated widely.",
        "Sign up numbers rose sharply in March.",
        "Share prices fell 3% on the news.",
        "Related talks will follow next month.",
        "Print media in Canada is struggling.",
        "Updated figures will follow.",
        "Advertisement revenue fell 10% last year.",
        "Do you want a trade war?",
        "Would you like to see Canada as the 51st state?",
        "“Do you want me to sign it?” Trump asked.",
        "Can I trust him?",
        "If you want a deal, you have to give something, he said.",
        "Is Canada ready for a long fight over tariffs?",
        "“Let me know if you want a summary,” the aide told reporters.",
        "Reuters reported that the talks had stalled.",
        "See-saw negotiations continued through the night.",
        "Video-game makers lobbied hard against the tariffs.",
        "Watch-makers in Switzerland fear the new duties.",
        "Register of lobbyists shows updates on 40 firms.",
        "Join talks with Mexico, the minister urged on email.",
        "Advertisement",  # a noise word, but inside a real sentence below it must stay
    ][:-1]
    + ["The ministry ran an Advertisement in every paper to explain the plan."]
)


@pytest.mark.parametrize("noise", NOISE_PARAGRAPHS)
def test_noise_paragraph_is_removed(noise: str) -> None:
    result = clean_paragraphs([BODY, noise, BODY + " More."])
    assert result.kept == [BODY, BODY + " More."]
    assert result.removed == [noise]


@pytest.mark.parametrize("text", ARTICLE_PARAGRAPHS)
def test_article_paragraph_is_kept(text: str) -> None:
    result = clean_paragraphs([BODY, text])
    assert result.kept == [BODY, text]
    assert result.removed == []


@pytest.mark.parametrize(
    ("paragraph", "kept", "removed"),
    [
        (
            f"{BODY} Do you want a summary version of this for social media or a press release?",
            BODY,
            ["Do you want a summary version of this for social media or a press release?"],
        ),
        (
            f"{BODY} Would you like me to turn this into bullet points? Let me know!",
            BODY,
            ["Would you like me to turn this into bullet points?", "Let me know!"],
        ),
        (f"Sure! Here is the article you asked for. {BODY}", BODY, ["Sure! Here is the article you asked for."]),
        (
            f"{BODY} (Photo credit: Jane Doe/AP) Talks resume Monday.",
            f"{BODY} Talks resume Monday.",
            ["(Photo credit: Jane Doe/AP)"],
        ),
        (
            "Leaders met (AP Photo/Evan Vucci) in the Oval Office.",
            "Leaders met in the Oval Office.",
            ["(AP Photo/Evan Vucci)"],
        ),
        # A question the article asks itself stays; so does one in quotation marks.
        (f"{BODY} Will Canada blink first?", f"{BODY} Will Canada blink first?", []),
        (f"{BODY} “Would you like me to leave?” he asked.", f"{BODY} “Would you like me to leave?” he asked.", []),
        # An offer in the middle of real text is not at the edge, and is left alone.
        (f"{BODY} Shall I draft it? The minister declined.", f"{BODY} Shall I draft it? The minister declined.", []),
    ],
)
def test_sentences_and_spans_inside_a_paragraph(paragraph: str, kept: str, removed: list[str]) -> None:
    result = clean_paragraphs([paragraph])
    assert result.kept == [kept]
    assert result.removed == removed


def test_repeated_and_cut_off_paragraphs_are_dropped_once() -> None:
    full = "Dawson urged Carney’s team to study Trump’s economic priorities and concrete commitments on defence."
    cut = full[: full.index(" on defence")]
    result = clean_paragraphs([cut, full, BODY, full, "Short.", "Short. Longer.", "Yes", "Short."])
    assert result.kept == [full, BODY, "Short.", "Short. Longer.", "Yes", "Short."]  # short blocks may repeat
    assert result.removed == [cut, full]


def test_blank_paragraphs_vanish() -> None:
    assert clean_paragraphs(["", "   ", BODY]).kept == [BODY]


def test_example_article_loses_only_the_chatbot_trailer() -> None:
    paragraphs = read_article(str(EXAMPLE)).paragraphs
    result = clean_paragraphs(paragraphs)
    assert result.removed == ["Do you want a summary version of this for social media or a press release?"]
    assert result.kept == paragraphs[:-1]


@pytest.mark.parametrize(
    "hostile",
    [
        "“" * 100_000,
        '"' * 100_000,
        "Word " * 100_000,
        "By " + "Name " * 100_000,
        "(Photo " + "credit " * 50_000,
        "Do you want " + "me " * 100_000 + "?",
        ". " * 100_000,
        "Read more: " + "x" * 1_000_000,
    ],
)
def test_hostile_paragraphs_take_linear_time(hostile: str) -> None:
    started = time.perf_counter()
    result = clean_paragraphs([hostile, BODY])
    assert time.perf_counter() - started < 2.0
    assert BODY in result.kept
