"""Table-driven extraction cases: one pattern of news writing each, including cases where nothing
must be found. Snippets are written for the test (no dev-set article is copied here)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from briefgen.assemble import assemble_brief
from briefgen.ingest.metadata import ArticleMetadata
from briefgen.text.segment import segment_paragraphs


def extract(text: str, *, published=None, **options):
    paragraphs = [p.strip() for p in text.strip().split("\n") if p.strip()]
    raw = SimpleNamespace(
        title="", path="test.txt", sha256="0" * 64, paragraphs=paragraphs, metadata=ArticleMetadata(published=published)
    )
    return assemble_brief([("s1", raw, segment_paragraphs(paragraphs))], **options)


def people(brief) -> dict[str, str | None]:
    return {s.name: s.role for s in brief.stakeholders if s.kind == "person"}


# --- segmentation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph, count",
    [
        ("Mr. Smith met Dr. Jones in St. Louis on Jan. 5. They talked.", 2),
        ("The Canada-U.S. partnership is old. It is strong.", 2),
        ("She said, “We will win.” Then she left.", 2),
        ("Wait… it works. Really.", 2),
        ("No. 10 Downing Street said nothing.", 1),
    ],
)
def test_sentences(paragraph, count):
    sentences = segment_paragraphs([paragraph])
    assert len(sentences) == count
    assert all(paragraph[s.start : s.end] == s.text for s in sentences)


# --- people and roles ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "German Chancellor Olaf Kessler will host the talks. Kessler said he was hopeful.",
            "Olaf Kessler",
            "Chancellor",
        ),
        (
            "Opposition leader Maria Okonkwo criticised the plan, and Okonkwo said so again.",
            "Maria Okonkwo",
            "Opposition leader",
        ),
        ("Tom Hale, chief negotiator for the Teamsters, said the offer was weak.", "Tom Hale", "chief negotiator"),
        (
            "The plan was drafted by the Foreign Secretary, David Lammond, who said it would pass.",
            "David Lammond",
            "Foreign Secretary",
        ),
        ("Sir Keir Stanton spoke first. Stanton said the deal was close.", "Keir Stanton", None),
        ("King Frederick opened the session. The king said little.", "King Frederick", "King"),
        ("Ana Ruiz, a senior analyst at Brightline Partners, said talks would drag.", "Ana Ruiz", "senior analyst"),
        (
            "The union's president, Jerry Dale, warned of a strike. Dale said so twice.",
            "Jerry Dale",
            "union's president",
        ),
        (
            "A spokeswoman for the Commission, Anna Holm, said: “We welcome it.”",
            "Anna Holm",
            "spokeswoman for the Commission",
        ),
        (
            "“A first step,” said Wendy Cole, a former U.S. trade negotiator who now teaches.",
            "Wendy Cole",
            "former U.S. trade negotiator",
        ),
        (
            "White House press secretary Kara Lane told reporters the talks were going well.",
            "Kara Lane",
            "White House press secretary",
        ),
        ("New York Governor Kathy Hall said the state would sue.", "Kathy Hall", "New York Governor"),
        (
            "Premier Dan Ford spoke. Ford's spokesman, Ivan Petrov, said the talks were over.",
            "Ivan Petrov",
            "Ford's spokesman",
        ),
    ],
)
def test_people_with_roles(text, name, role):
    found = people(extract(text))
    assert name in found
    if role:
        assert role.lower() in (found[name] or "").lower()


def test_words_qualifying_a_title_are_no_person():
    found = people(
        extract(
            "Senator Tom Reid spoke first. Senate Democratic leader Rob Tanner said the vote "
            "would fail. The Senate Democratic caucus met later, and Senate Democratic aides agreed."
        )
    )
    assert "Senate Democratic" not in found
    assert found["Rob Tanner"] == "Senate Democratic leader"


def test_a_possessive_is_no_title():
    assert "Queen Park" not in people(
        extract("“We will fight,” Premier Dan Ford told reporters at Queen's Park. Ford said it twice.")
    )


@pytest.mark.parametrize(
    "text, expert",
    [
        ("Analysts said the government should raise its offer before the deadline.", "Analysts"),
        (
            "Analysts at Brightline Partners said the move was largely symbolic for now.",
            "Analysts at Brightline Partners",
        ),
        (
            "Economists from the Bank of Nowhere warn that the tariffs will cut growth next year.",
            "Economists from the Bank of Nowhere",
        ),
    ],
)
def test_unnamed_experts_keep_the_firm_that_names_them(text, expert):
    assert [a.expert for a in extract(text).expert_advice][:1] == [expert]


def test_an_expert_by_title_gives_expert_advice():
    brief = extract(
        "Economist Trevor Tomb of the University of Calgary said the government should target support "
        "to the hardest-hit sectors."
    )
    assert [(a.expert, a.credentials) for a in brief.expert_advice] == [("Trevor Tomb", "Economist")]


@pytest.mark.parametrize(
    "text",
    [
        "Since Monday the markets have been calm. Observers say little has changed.",
        "Leading economies met in Nuevo León and Viana do Castelo last year.",
        "Japanese exporters and Canadian farmers want relief from tariffs.",
        "The Prime Minister's Office (PMO) did not confirm the date.",
        "Goldman Sachs analysts said the measure would cost $40 billion.",
    ],
)
def test_no_false_people(text):
    assert people(extract(text)) == {}


def test_surnames_possessives_and_titles_resolve_to_one_person():
    brief = extract(
        "Prime Minister Jane Holt will travel to Oslo. Holt’s team is ready.\n"
        "The prime minister said she expected progress. Holt added that nothing was settled."
    )
    holt = next(s for s in brief.stakeholders if s.name == "Jane Holt")
    assert holt.mentions >= 4
    assert [s.name for s in brief.stakeholders if s.kind == "person"] == ["Jane Holt"]


def test_names_with_particles_and_first_name_honorifics_are_one_person():
    brief = extract(
        "Sir Keir Stanton will meet Commission President Ursula von der Lind on Monday. "
        "Von der Lind said she was hopeful. Sir Keir said little."
    )
    found = {s.name: s for s in brief.stakeholders}
    assert set(found) == {"Keir Stanton", "Ursula von der Lind"}
    assert found["Keir Stanton"].role is None and found["Keir Stanton"].aliases == ["Sir Keir"]
    assert found["Ursula von der Lind"].aliases == ["Von der Lind"] and found["Ursula von der Lind"].mentions == 2


def test_organisation_with_acronym_is_an_organisation():
    brief = extract("The Future Harbours Council (FHC) said it would back the plan. The FHC has 40 members.")
    orgs = {s.name: s for s in brief.stakeholders if s.kind == "organization"}
    assert "Future Harbours Council" in orgs
    assert "FHC" in orgs["Future Harbours Council"].aliases


# --- sections -------------------------------------------------------------------------------

ARTICLE = """Health Minister Clara Voss will meet union president Dan Price in Leeds on Thursday to discuss pay.
The union is seeking a 12% raise over two years and an end to compulsory overtime. The ministry has offered 4%.
“We will strike if we have to,” Price said.
Maya Lind, a labour economist at the Northgate Institute, said Voss should offer a staffing review rather than a bigger raise. She also recommended signing a multi-year deal, and offering a retention bonus to senior nurses.
Lind warned that a strike could cost hospitals millions and erode public support.
Nurses voted 91% in favour of a walkout last month, and the previous contract expired in March.
"""


def test_meeting_principal_counterpart_location_date():
    meeting = extract(ARTICLE).meeting
    assert (meeting.principal, meeting.counterpart) == ("Clara Voss", "Dan Price")
    assert "Leeds" in meeting.location
    assert meeting.date_text == "on Thursday"
    assert meeting.date is None


def test_meeting_that_has_taken_place():
    meeting = extract(
        "Finance Minister Ria Lund met her German counterpart Karl Brandt on Tuesday in Berlin. "
        "Lund said the talks were useful."
    ).meeting
    assert (meeting.principal, meeting.counterpart) == ("Ria Lund", "Karl Brandt")
    assert meeting.location == "Berlin" and meeting.date_text == "on Tuesday"


@pytest.mark.parametrize(
    ("sentence", "published", "date", "date_text"),
    [
        # published on Monday 25 August 2025
        (
            "Clara Voss will meet Dan Price in Leeds on Thursday to discuss pay.",
            dt.date(2025, 8, 25),
            dt.date(2025, 8, 28),
            "on Thursday",
        ),
        (
            "Clara Voss met Dan Price in Leeds on Friday to discuss pay.",
            dt.date(2025, 8, 25),
            dt.date(2025, 8, 22),
            "on Friday",
        ),
        (
            "Clara Voss will meet Dan Price in Leeds tomorrow to discuss pay.",
            dt.date(2025, 8, 25),
            dt.date(2025, 8, 26),
            "tomorrow",
        ),
        ("Clara Voss will meet Dan Price in Leeds next week to discuss pay.", dt.date(2025, 8, 25), None, "next week"),
        (
            "Clara Voss will meet Dan Price in Leeds later this month to discuss pay.",
            dt.date(2025, 8, 25),
            None,
            "later this month",
        ),
        # no publication date: the words only
        ("Clara Voss will meet Dan Price in Leeds on Thursday to discuss pay.", None, None, "on Thursday"),
    ],
)
def test_meeting_date_from_the_day_of_publication(sentence, published, date, date_text):
    meeting = extract(sentence + "\nThe union wants a 12% raise.", published=published).meeting
    assert (meeting.date, meeting.date_text) == (date, date_text)


def test_meeting_is_read_from_sentences_not_from_a_caption_or_subhead():
    meeting = extract(
        "Voss Meets Price In York On Friday\n"
        "Health Minister Clara Voss will meet union president Dan Price in Leeds on Thursday.\n"
        "The union wants a 12% raise."
    ).meeting
    assert (meeting.location, meeting.date_text) == ("Leeds", "on Thursday")
    assert meeting.purpose.startswith("Health Minister Clara Voss will meet")


def test_principal_override():
    meeting = extract(ARTICLE, principal="Dan Price", counterpart="Clara Voss").meeting
    assert (meeting.principal, meeting.counterpart) == ("Dan Price", "Clara Voss")


def test_expert_advice_is_split_and_credited():
    advice = extract(ARTICLE).expert_advice
    assert {a.expert for a in advice} == {"Maya Lind"}
    texts = " | ".join(a.text for a in advice)
    assert "staffing review" in texts and "multi-year deal" in texts and "retention bonus" in texts
    assert all(a.credentials and "economist" in a.credentials for a in advice)
    assert len([a for a in advice if "multi-year" in a.text or "retention" in a.text]) == 2


def test_asks_have_kind_and_party():
    asks = extract(ARTICLE).asks
    demand = next(a for a in asks if "12% raise" in a.text)
    assert demand.kind == "demand" and demand.by and "union" in demand.by.lower()
    offer = next(a for a in asks if a.kind == "offer")
    assert "4%" in offer.text
    assert any(a.kind == "recommendation" for a in asks)


def test_risks_have_severity_and_mitigation():
    risks = extract(ARTICLE).risks
    strike = next(r for r in risks if "walkout" in r.text or "strike could cost" in r.text)
    assert strike.severity in ("high", "medium")
    assert any(r.mitigation for r in risks)


def test_background_is_in_article_order_with_evidence():
    brief = extract(ARTICLE)
    assert 1 <= len(brief.background) <= 8
    order = [(p.evidence[0].paragraph, p.evidence[0].sentence) for p in brief.background]
    assert order == sorted(order)
    assert any("expired in March" in p.text for p in brief.background)


def test_every_item_cites_its_exact_sentence():
    brief = extract(ARTICLE)
    paragraphs = [p for p in ARTICLE.split("\n") if p.strip()]
    for section in (brief.quotes, brief.expert_advice, brief.asks, brief.risks, brief.background):
        for item in section:
            assert item.evidence
            for ev in item.evidence:
                assert ev.text in paragraphs[ev.paragraph - 1]


def test_sparse_article_gives_a_valid_sparse_brief():
    brief = extract("The weather was mild across the region this week.")
    assert brief.stakeholders == [] and brief.quotes == [] and brief.asks == []
    assert brief.meeting.principal is None


def test_several_articles_merge_people_and_keep_evidence_per_source():
    first = "Health Minister Clara Voss will meet Dan Price, the union's president, on Thursday."
    second = "Voss said she was hopeful. “We want a fair deal,” Dan Price said."
    raws = []
    for sid, text in (("s1", first), ("s2", second)):
        paragraphs = [text]
        raws.append(
            (
                sid,
                SimpleNamespace(
                    title="", path=f"{sid}.txt", sha256="0" * 64, paragraphs=paragraphs, metadata=ArticleMetadata()
                ),
                segment_paragraphs(paragraphs),
            )
        )
    brief = assemble_brief(raws)
    voss = [s for s in brief.stakeholders if s.name == "Clara Voss"]
    assert len(voss) == 1 and {e.source for e in voss[0].evidence} == {"s1", "s2"}
    assert {s.id for s in brief.sources} == {"s1", "s2"}
