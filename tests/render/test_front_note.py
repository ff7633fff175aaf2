"""The briefing note's front note and annexes: each item once, plain prose, citations at their own paragraph,
staff-written parts that survive `add` and show in every format."""

from __future__ import annotations

import collections
import re
from io import BytesIO

import pytest
from docx import Document
from helpers import ROOT, fixture_brief
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.model import Ask, Brief, Evidence, Meeting, Risk
from briefgen.model.names import PersonIndex
from briefgen.render import frontnote
from briefgen.render.context import build_context
from briefgen.render.formats import render

runner = CliRunner()
EXAMPLE = ROOT / "briefs" / "2026-05-24-carney-white-house"
ARTICLE = ROOT / "examples" / "carney-white-house.txt"


def evidence(paragraph: int, text: str = "A sentence.") -> list[Evidence]:
    return [Evidence(source="s1", paragraph=paragraph, sentence=1, text=text)]


LEAD = "Ana Diaz will meet Ben Cole in Oslo next week to settle the fishing quota."


@pytest.mark.parametrize(
    "meeting, expected",
    [
        (  # the lead sentence pasted as the purpose: one about the meeting is made from its names
            Meeting(
                principal="Ana Diaz",
                counterpart="Ben Cole",
                location="Oslo",
                date_text="next week",
                purpose=LEAD,
                evidence=evidence(1, LEAD),
            ),
            "To prepare Ana Diaz for the meeting with Ben Cole — Oslo, next week.",
        ),
        (  # a purpose a person wrote stays as written
            Meeting(principal="Ana Diaz", purpose="Agree the quota for next year.", evidence=evidence(1, LEAD)),
            "Agree the quota for next year.",
        ),
        (Meeting(counterpart="Ben Cole"), "To prepare for the meeting with Ben Cole."),
        (Meeting(), "To brief on what the sources report."),
    ],
)
def test_purpose_is_one_sentence_about_the_meeting(meeting, expected):
    assert frontnote.purpose_line(meeting) == expected


SIDES = PersonIndex([("Ana Diaz", "principal"), ("Ben Cole", "counterpart")])


@pytest.mark.parametrize(
    "ask, owner, expected_of, line",
    [
        (Ask(text="A quota of 40 tonnes.", by="Ana Diaz", of="Ben Cole", kind="objective"), "principal", "counterpart",
         "A quota of 40 tonnes."),
        (Ask(text="Joint patrols.", by="Diaz", of="Cole", kind="offer"), "principal", "counterpart",
         "Offer: Joint patrols."),
        (Ask(text="No new boats.", by="Ben Cole", of="Ana Diaz", kind="demand"), "counterpart", "principal",
         "No new boats."),
        (Ask(text="Access to ports.", by="Cole", of="Port Authority", kind="demand"), "counterpart", "principal",
         "Ben Cole wants from Port Authority: Access to ports.".replace("Ben Cole", "Cole")),
        (Ask(text="Lower fees.", by="Fleet Union", kind="demand"), None, None, "Fleet Union wants: Lower fees."),
        (Ask(text="A hotline.", by="Fleet Union", of="Ana Diaz", kind="offer"), None, None,
         "Fleet Union offers Ana Diaz: A hotline."),
        (Ask(text="Talk early.", by="Eva Lund", of="Ana Diaz", kind="recommendation"), None, None,
         "Eva Lund recommends to Ana Diaz: Talk early."),
        (Ask(text="Calm   waters.", kind="demand"), None, None, "Demand: Calm waters."),
    ],
)  # fmt: skip
def test_asks_read_as_plain_prose(ask, owner, expected_of, line):
    shown = frontnote.ask_line(ask, owner, expected_of, SIDES).text
    assert shown == line
    assert "→" not in shown and "(objective" not in shown


@pytest.mark.parametrize(
    "severities, key, further",
    [
        ([], [], []),
        (["low"], [0], []),
        (["medium", "high", "low", "medium"], [1, 0, 3], [2]),  # fewer than 3 high: the 3 most severe
        (["high"] * 7, [0, 1, 2, 3, 4], [5, 6]),  # every high one, up to 5
        (["low", "high", "high", "high", "medium"], [1, 2, 3], [4, 0]),
    ],
)
def test_key_risks_are_the_most_severe_three_to_five(severities, key, further):
    risks = [Risk(text=f"risk {number}", severity=severity) for number, severity in enumerate(severities)]
    chosen, rest = frontnote.rank_risks(risks)
    assert [risks.index(risk) for risk in chosen] == key
    assert [risks.index(risk) for risk in rest] == further


@pytest.mark.parametrize(
    "text, mitigation, shown",
    [
        ("Tariffs may rise.", "Offer border cooperation (Eva Lund)", "Offer border cooperation (Eva Lund)"),
        ("Tariffs may rise.", "Tariffs may rise.", None),  # repeats the risk: left out
        ("Tariffs may rise.", "Tariffs may rise. (Eva Lund)", None),
        ("Tariffs may rise.", "  ", None),
        ("She urged the chiefs to cut debt, as tariffs may rise.", "Urged the chiefs to cut debt (Eva Lund)", None),
        ("Tariffs may rise.", None, None),
    ],
)
def test_a_mitigation_shows_only_when_it_says_something(text, mitigation, shown):
    assert frontnote.with_mitigation(Risk(text=text, mitigation=mitigation)).mitigation == shown


def sentences(markdown: str) -> collections.Counter:
    """Sentences of 8 words or more, by their words: citations, Markdown marks, quotation marks, and the labels
    and names a line puts before a sentence ("High:", "Wants:", "Eva Lund —") set aside."""
    plain = re.sub(r"\[[^\]]*\]|[*_#>|\\]", " ", markdown)
    parts = re.split(r"(?<=[.!?”])\s+|\n|:\s+|\s—\s|\(paraphrased\)", plain)
    found = [" ".join(re.findall(r"\w+", part.casefold())) for part in parts]
    return collections.Counter(sentence for sentence in found if len(sentence.split()) >= 8)


@pytest.mark.parametrize("path", ["brief.md", None])
def test_no_sentence_is_printed_more_than_twice(path):
    """In the committed example (built from the bundled article) and in the hand-made full brief."""
    text = (EXAMPLE / path).read_text(encoding="utf-8") if path else render(fixture_brief("brief-full"), "md").decode()
    repeated = {sentence: count for sentence, count in sentences(text).items() if count > 2}
    assert not repeated
    assert len(sentences(text)) > 10


def test_an_item_said_in_several_sections_is_printed_once():
    """An expert's sentence extracted as a quote, advice, a risk and a stance shows once, as the key risk."""
    said = "Rushing the quota talks would hand the other side every advantage."
    ev = evidence(7, f"“{said}” said Eva Lund.")
    brief = Brief(
        title="Quota talks",
        meeting=Meeting(principal="Ana Diaz", counterpart="Ben Cole"),
        stakeholders=[
            {"name": "Eva Lund", "role": "Analyst", "side": "expert", "stance": f"“{said},”", "evidence": evidence(2)}
        ],
        quotes=[{"text": said, "speaker": "Eva Lund", "evidence": ev}],
        expert_advice=[{"expert": "Eva Lund", "text": said, "evidence": ev}],
        risks=[{"text": said, "severity": "high", "evidence": ev}],
        summary=[f"Main risk (high): {said}", "Ana Diaz meets Ben Cole."],
    )
    text = render(brief, "md").decode()
    assert text.count("Rushing the quota talks") == 1
    assert "- **Eva Lund** — Analyst (expert). Has said: see Key risks" in text
    assert "Bottom line" not in text  # both summary lines only restate the front note


def test_a_stance_is_cited_at_its_own_paragraph_not_the_first_mention():
    brief = Brief(
        title="Quota talks",
        stakeholders=[
            {"name": "Ben Cole", "side": "counterpart", "stance": "Wants: No new boats.", "evidence": evidence(1)}
        ],
        asks=[{"text": "No new boats.", "by": "Someone", "evidence": evidence(6)}],
    )
    [picture] = build_context(brief).participants
    assert (picture.stance, picture.cite) == ("Wants: No new boats.", "[1 ¶6]")


def test_names_with_nothing_to_say_are_listed_in_one_line():
    brief = Brief(
        title="Quota talks",
        stakeholders=[
            {"name": "Oslo", "kind": "country", "evidence": evidence(1)},
            {"name": "Ben Cole", "role": "Minister", "side": "counterpart", "evidence": evidence(1)},
            {"name": "Fleet Union", "kind": "organization", "evidence": evidence(3)},
        ],
    )
    text = render(brief, "md").decode()
    assert "Also mentioned: Oslo, Fleet Union." in text
    assert "- **Ben Cole** — Minister (counterpart) [1\u00a0¶1]" in text  # a citation never wraps


def test_drafted_objectives_and_asks_come_from_each_sides_asks():
    brief = Brief(
        title="Quota talks",
        meeting=Meeting(principal="Ana Diaz", counterpart="Ben Cole"),
        asks=[
            Ask(text="A quota of 40 tonnes.", by="Ana Diaz", of="Ben Cole", kind="objective", evidence=evidence(3)),
            Ask(text="No new boats.", by="Ben Cole", of="Ana Diaz", kind="demand", evidence=evidence(4)),
            Ask(text="Talk early.", by="Eva Lund", kind="recommendation", evidence=evidence(5)),
        ],
    )
    context = build_context(brief)
    assert [(line.text, line.cite) for line in context.our_objectives] == [("A quota of 40 tonnes.", "[1 ¶3]")]
    assert [(line.text, line.cite) for line in context.their_asks] == [("No new boats.", "[1 ¶4]")]
    assert [(item.expert, item.text) for item in context.advice] == [("Eva Lund", "Talk early.")]


STAFF = {
    "objectives": ["Keep the quota above 35 tonnes."],
    "key_messages": ["Our fleet has cut its catch three years running."],
    "if_raised": [{"question": "Will you close the ports?", "line": "No port will close while talks go on."}],
    "recommendation": "Agree to a two-year quota with a review clause.",
    "approved_by": "Director of Fisheries",
    "contact": "Jo Li, 555-0100",
}


def staff_texts() -> list[str]:
    return [
        *STAFF["objectives"],
        *STAFF["key_messages"],
        "Will you close the ports?",
        "No port will close while talks go on.",
        STAFF["recommendation"],
        STAFF["approved_by"],
        STAFF["contact"],
    ]


def docx_text(data: bytes) -> str:
    return "\n".join(paragraph.text for paragraph in Document(BytesIO(data)).paragraphs)


def test_staff_written_parts_survive_add_and_show_in_every_format(tmp_path):
    from ruamel.yaml import YAML

    folder = tmp_path / "brief"
    result = runner.invoke(app, ["build", str(ARTICLE), "--out", str(folder), "--date", "2026-05-24", "-f", "md"])
    assert result.exit_code == 0, result.output
    yaml = YAML()
    document = yaml.load((folder / "brief.yaml").read_text(encoding="utf-8"))
    for key, value in {**STAFF, "decision": "decision", "language": "en-CA"}.items():
        document[key] = value
    with (folder / "brief.yaml").open("w", encoding="utf-8") as stream:
        yaml.dump(document, stream)
    follow_up = tmp_path / "follow-up.txt"
    follow_up.write_text("Canada's trade minister flew to Washington on Monday.\n", encoding="utf-8")

    result = runner.invoke(app, ["add", str(folder), str(follow_up), "--to", "md,docx,html"])
    assert result.exit_code == 0, result.output
    document = YAML(typ="safe").load((folder / "brief.yaml").read_text(encoding="utf-8"))
    assert {key: document[key] for key in STAFF} == STAFF and document["version"] == 2
    rendered = {
        "md": (folder / "brief.md").read_text(encoding="utf-8"),
        "html": (folder / "brief.html").read_text(encoding="utf-8"),
        "docx": docx_text((folder / "brief.docx").read_bytes()),
    }
    for fmt, text in rendered.items():
        for value in staff_texts():
            assert value in text, (fmt, value)
        assert "For decision" in text or "FOR DECISION" in text.upper(), fmt
    assert '<html lang="en-CA">' in rendered["html"]


PRINTED = "Ana Diaz said the quota talks would resume in Oslo next week."


@pytest.mark.parametrize(
    "text, found",
    [
        (PRINTED, "Annex B"),
        ("“Ana Diaz said the quota talks would resume in Oslo next week,”", "Annex B"),  # punctuation aside
        ("the quota talks would resume in Oslo next week", "Annex B"),  # inside the printed text
        ("Wants: the quota talks would resume in Oslo", "Annex B"),  # inside, after its label
        ("Reuters: Ana Diaz said the quota talks would resume in Oslo next week, aides added.", "Annex B"),
        ("Resume in Oslo next week.", None),  # five words: only the very words count
        ("Diaz has said the quota talks would resume in Oslo.", "Annex B"),  # the same, a few words changed
        ("Ben Cole said the quota talks would resume in Oslo next week unless the fleet union "
         "blocks the harbour entrance and the ministry refuses to send the patrol boats north.", None),
        ("The fleet union wants lower fees before the season opens.", None),
        ("", None),
    ],
)  # fmt: skip
def test_a_text_inside_a_printed_one_is_printed_already(text, found):
    printed = frontnote.Printed()
    printed.add(PRINTED, "Annex B")
    assert printed.where(text) == found


@pytest.mark.parametrize(
    "texts, kept",
    [
        (["very nice", "The two leaders had a very nice call."], ["The two leaders had a very nice call."]),
        (["Appalled", "He was appalled that the quota fell."], ["He was appalled that the quota fell."]),
        (["very nice", "very nice"], ["very nice", "very nice"]),  # the same words: fresh() prints one
        (["Deal.", "Talk early."], ["Deal.", "Talk early."]),
        ([], []),
    ],
)
def test_a_short_piece_of_another_item_is_left_out(texts, kept):
    items = [frontnote.Line(text) for text in texts]
    assert [line.text for line in frontnote.without_pieces(items)] == kept


def test_a_participant_without_a_role_keeps_the_space_before_the_dash():
    brief = Brief(
        title="Quota talks",
        stakeholders=[{"name": "Fleet Union", "kind": "organization", "stance": "Wants lower fees.",
                       "evidence": evidence(2)}],
    )  # fmt: skip
    assert "- **Fleet Union** — Wants lower fees. [1\u00a0¶2]" in render(brief, "md").decode()


# Short articles written for these tests: quotes, an expert, asks and risks said more than once, as news does.
ARTICLES = {
    "quota.txt": (
        "Fisheries minister Ana Diaz will meet Ben Cole, Norway's trade minister, in Oslo next week.\n\n"
        "Cole has demanded that Diaz cut the cod quota by a third before the season opens.\n\n"
        '"We will not accept a cut that empties our harbours," Diaz said on Monday.\n\n'
        "Eva Lund, a fisheries analyst at the Nordic Policy Institute, urged Diaz to offer joint patrols.\n\n"
        "Lund warned that the talks could collapse if either side walks out before the season opens.\n\n"
        "Diaz said that the talks could collapse if either side walks out before the season opens.\n"
    ),
    "nurses.txt": (
        "Health secretary Tom Reid meets the nurses' union leader Mia Grant on Thursday in Leeds.\n\n"
        "Grant wants a pay rise of eight percent for every nurse in the region.\n\n"
        '"Our members cannot wait another year for a fair offer," Grant said.\n\n'
        "Grant said that her members cannot wait another year for a fair offer from the health secretary.\n\n"
        "Analyst Raj Patel of the Care Foundation said a strike in winter would close wards across Leeds.\n\n"
        "A strike in winter would close wards across Leeds, hospital managers warned.\n"
    ),
    "merger.txt": (
        "Northwind chief executive Lena Ortiz will meet Harbor Bank chair Paul Meyer in Boston on Friday.\n\n"
        "Meyer has asked Ortiz to keep every branch open for two years after the merger.\n\n"
        '"We want a merger that keeps every branch open for two years," Meyer said.\n\n'
        "Regulators could block the deal if the combined bank holds too much of the local market, analysts said.\n\n"
        "Sara Kim, a banking professor at Boston College, advised Ortiz to sell part of the branch network.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_a_built_brief_prints_no_sentence_more_than_twice(tmp_path, name):
    article = tmp_path / name
    article.write_text(ARTICLES[name], encoding="utf-8")
    folder = tmp_path / "brief"
    result = runner.invoke(app, ["build", str(article), "--out", str(folder), "--date", "2026-05-24", "-f", "md"])
    assert result.exit_code == 0, result.output
    text = (folder / "brief.md").read_text(encoding="utf-8")
    repeated = {sentence: count for sentence, count in sentences(text).items() if count > 2}
    assert not repeated
    assert len(sentences(text)) >= 3


@pytest.mark.parametrize("filled", [True, False])
def test_lines_to_take_and_a_recommendation_show_in_every_format_after_render(tmp_path, filled):
    """Filled in brief.yaml, they show under their headings in md, html and docx; empty, no heading shows."""
    from ruamel.yaml import YAML

    folder = tmp_path / "brief"
    assert runner.invoke(app, ["build", str(ARTICLE), "--out", str(folder), "-f", "md", "-q"]).exit_code == 0
    yaml = YAML()
    document = yaml.load((folder / "brief.yaml").read_text(encoding="utf-8"))
    if filled:
        document["key_messages"] = STAFF["key_messages"]
        document["recommendation"] = STAFF["recommendation"]
    with (folder / "brief.yaml").open("w", encoding="utf-8") as stream:
        yaml.dump(document, stream)
    result = runner.invoke(app, ["render", str(folder), "--to", "md,docx,html"])
    assert result.exit_code == 0, result.output

    paragraphs = Document(str(folder / "brief.docx")).paragraphs
    docx_after = {p.text: paragraphs[n + 1].text for n, p in enumerate(paragraphs[:-1]) if p.style.name == "Heading 1"}
    md = (folder / "brief.md").read_text(encoding="utf-8")
    html = (folder / "brief.html").read_text(encoding="utf-8")
    line, recommendation = STAFF["key_messages"][0], STAFF["recommendation"]
    if filled:
        assert docx_after["Lines to take"] == line and docx_after["Recommendation"] == recommendation
        assert f"## Lines to take\n\n- {line}\n" in md and f"## Recommendation\n\n{recommendation}\n" in md
        assert f"<h2>Lines to take</h2>\n<ul>\n<li>{line}</li>" in html
        assert f"<h2>Recommendation</h2>\n<p>{recommendation}</p>" in html
    else:
        assert "Lines to take" not in docx_after and "Recommendation" not in docx_after
        assert "Lines to take" not in md + html and "Recommendation" not in md + html


@pytest.mark.parametrize(
    "summary, bottom",
    [
        (["Ben Verwaayen meets Ofcom."], []),  # the purpose says it
        (["Ben Verwaayen meets Ofcom at Riverside House (next week)."], []),
        (["Ofcom wants the network split by spring."], ["Ofcom wants the network split by spring."]),
        (["Ben Verwaayen meets Ofcom's demands for open access."], ["Ben Verwaayen meets Ofcom's demands for open access."]),
    ],
)  # fmt: skip
def test_a_bottom_line_that_only_restates_the_meeting_is_left_out(summary, bottom):
    meeting = Meeting(principal="Ben Verwaayen", counterpart="Ofcom", location="Riverside House", date_text="next week")
    assert frontnote.front_note(Brief(title="Access talks", meeting=meeting, summary=summary)).bottom_line == bottom
