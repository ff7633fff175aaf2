"""merge: deduplication rules, source renumbering, in-place merge of a loaded brief.yaml, `add_to_brief`."""

from __future__ import annotations

import shutil

import pytest
from helpers import ROOT

from briefgen.commands.add import add_to_brief
from briefgen.commands.build import build
from briefgen.errors import InputError
from briefgen.model import Brief, Evidence, Meeting, Point, Quote, Risk, Source, Stakeholder, item_id
from briefgen.store import folders, merge
from briefgen.store import yaml as brief_yaml

EXAMPLE = ROOT / "examples" / "carney-white-house.txt"

# A short follow-up written for these tests (not from any corpus).
FOLLOW_UP = """\
Canada's trade minister Dominic LeBlanc flew to Washington on Monday to prepare the leaders' meeting.
"We are looking for a path to remove the steel tariffs," LeBlanc said.
Business groups warned that a long dispute could cost thousands of manufacturing jobs in Ontario.
"""


@pytest.mark.parametrize(
    "new, old, kind, expected",
    [
        ("Trump", "Donald Trump", "person", True),
        ("Donald Trump", "Donald Trump", "person", True),
        ("Mark Carny", "Mark Carney", "person", True),
        ("Donald Trump", "Melania Trump", "person", False),
        ("Mark Carney", "Mark Rutte", "person", False),
        ("U.S. Chamber of Commerce", "Canadian Chamber of Commerce", "organization", False),
        ("Canada", "Canadian Chamber of Commerce", "organization", False),
    ],
)
def test_same_name(new, old, kind, expected):
    assert merge.same_name(Stakeholder(name=new, kind=kind), Stakeholder(name=old, kind=kind)) is expected


def test_same_name_uses_aliases():
    old = Stakeholder(name="Prime Minister's Office", kind="organization", aliases=["PMO"])
    assert merge.same_name(Stakeholder(name="PMO", kind="organization"), old)


@pytest.mark.parametrize(
    "new, old, expected",
    [
        ("Tariffs on steel could cost jobs.", "Tariffs on steel could cost jobs", True),
        ("Steel tariffs could cost jobs in Ontario.", "Steel tariffs could cost jobs in Ontario!", True),
        ("Steel tariffs could cost jobs.", "Energy exports are at risk.", False),
        ("Canada will retaliate.", "Canada will not retaliate.", False),
        ("Canada won't retaliate.", "Canada will retaliate.", False),
        ("Ottawa has never accepted the tariffs.", "Ottawa has accepted the tariffs.", False),
    ],
)
def test_same_text(new, old, expected):
    assert merge.same_text(new, old) is expected


def ev(source: str, paragraph: int = 1) -> Evidence:
    return Evidence(source=source, paragraph=paragraph, sentence=1, text="A sentence.")


def test_renumber_sources_follows_every_evidence():
    new = Brief(
        title="t",
        meeting=Meeting(evidence=[ev("s1")]),
        quotes=[Quote(text="q", evidence=[ev("s2"), ev("s1")])],
        sources=[Source(id="s1"), Source(id="s2")],
    )
    assert merge.renumber_sources(new, 3) == {"s1": "s3", "s2": "s4"}
    assert [s.id for s in new.sources] == ["s3", "s4"]
    assert [e.source for e in new.quotes[0].evidence] == ["s4", "s3"]
    assert new.meeting.evidence[0].source == "s3"


@pytest.mark.parametrize(
    "ids, expected", [([], 1), (["s1"], 2), (["s1", "s4", "s2"], 5), (["web", "s2"], 3), (["a", "b"], 3)]
)
def test_next_source_number(ids, expected):
    assert merge.next_source_number(Brief(title="t", sources=[Source(id=i) for i in ids])) == expected


def point(text: str) -> Point:
    return Point(id=item_id("background", text), text=text)


def test_merge_into_keeps_edits_deletions_comments_and_adds_new(tmp_path):
    kept, deleted, edited = point("Kept as it was."), point("A person deleted this."), point("Briefgen wrote this.")
    old = Brief(
        title="Talks",
        meeting=Meeting(principal="Mark Carney"),
        background=[kept, edited],
        topics=["trade"],
        sources=[Source(id="s1", sha256="a")],
    )
    path = tmp_path / "brief.yaml"
    text = brief_yaml.brief_to_yaml(old).replace("text: Briefgen wrote this.", "text: A person rewrote this.  # mine")
    text = text.replace("classification:", "# a note for the team\nclassification:")
    path.write_text(text)
    document, loaded = brief_yaml.load_document(path)
    new = Brief(
        title="Other title",
        meeting=Meeting(principal="X", location="Washington"),
        background=[point("Kept as it was."), deleted, edited, point("Kept as it wass."), point("Brand new fact.")],
        risks=[Risk(id="risk-1", text="Jobs at risk.")],
        topics=["Trade", "energy"],
        sources=[Source(id="s2", sha256="b")],
    )
    proposed = {kept.id, deleted.id, edited.id, "topic:trade"}
    counts = merge.merge_into(document, loaded, new, proposed)
    result = brief_yaml.dump_document(document)
    merged = brief_yaml.brief_from_document(document, path)
    assert [p.text for p in merged.background] == ["Kept as it was.", "A person rewrote this.", "Brand new fact."]
    assert [r.text for r in merged.risks] == ["Jobs at risk."]
    assert merged.topics == ["trade", "energy"]
    assert merged.title == "Talks" and merged.meeting.principal == "Mark Carney"
    assert merged.meeting.location == "Washington"
    assert [s.id for s in merged.sources] == ["s1", "s2"]
    assert merged.version == 2
    assert "# mine" in result and "# a note for the team\nclassification:" in result
    assert "risks:\n  - id: risk-1\n    text: Jobs at risk.\n" in result  # block style, like the rest
    assert counts["added"] == {"background": 1, "risks": 1, "topics": 1}
    assert counts["deleted"] == 1 and counts["duplicates"] == 1
    assert {point("Brand new fact.").id, "risk-1", "topic:energy"} <= proposed


def test_merge_into_recreates_a_section_a_person_removed(tmp_path):
    path = tmp_path / "brief.yaml"
    text = brief_yaml.brief_to_yaml(Brief(title="t"))
    path.write_text(text.replace("risks: []\n", ""))
    document, loaded = brief_yaml.load_document(path)
    merge.merge_into(document, loaded, Brief(title="t", risks=[Risk(id="r-1", text="New risk.")]), set())
    keys = list(document)
    assert keys.index("asks") < keys.index("risks") < keys.index("topics")


def record_render(calls):
    def render(brief):
        calls.append(brief)
        return {"brief.md": f"# {brief.title}, version {brief.version}\n".encode()}

    return render


@pytest.fixture
def built(tmp_path):
    folder = tmp_path / "brief"
    build([str(EXAMPLE)], out=folder, formats="md", date="2025-10-07")
    follow_up = tmp_path / "follow-up.txt"
    follow_up.write_text(FOLLOW_UP, encoding="utf-8")
    return folder, follow_up


def test_add_to_pristine_brief_adds_items_sources_and_stays_pristine(built):
    folder, follow_up = built
    before = brief_yaml.load_brief(folder / "brief.yaml")
    calls = []
    report = add_to_brief(folder, [str(follow_up)], render=record_render(calls))
    after = brief_yaml.load_brief(folder / "brief.yaml")
    assert report[0] == f"{folder / 'brief.yaml'}: version 2"
    assert "source s2: sources/follow-up.txt" in report
    assert report[-1] == str(folder / "brief.md")
    assert after.version == before.version + 1
    assert [s.id for s in after.sources] == ["s1", "s2"]
    assert (folder / "sources" / "follow-up.txt").read_text(encoding="utf-8") == FOLLOW_UP
    assert after.sources[1].sha256 and after.sources[1].path == "sources/follow-up.txt"
    new_ids = folders.brief_item_ids(after) - folders.brief_item_ids(before)
    assert new_ids, "the follow-up brings new items"
    assert any(
        e.source == "s2"
        for s in ("background", "quotes", "risks", "stakeholders")
        for item in getattr(after, s)
        for e in item.evidence
    )
    assert folders.brief_item_ids(before) <= folders.brief_item_ids(after)
    assert [name for name in (s.name for s in after.stakeholders)].count("Mark Carney") == 1
    assert calls == [after]
    assert (folder / "brief.md").read_text(encoding="utf-8") == f"# {after.title}, version 2\n"
    assert not brief_yaml.edited_by_person(folder / "brief.yaml")
    assert new_ids <= folders.read_proposed(folder)


def test_add_same_article_again_does_nothing(built):
    folder, _ = built
    before = (folder / "brief.yaml").read_bytes()
    report = add_to_brief(folder, [str(EXAMPLE)], render=record_render([]))
    assert report[0] == f"{folder / 'brief.yaml'}: nothing to add"
    assert (folder / "brief.yaml").read_bytes() == before


def test_add_to_edited_brief_keeps_it_marked_as_edited(built):
    folder, follow_up = built
    path = folder / "brief.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title:", "# reviewed\ntitle:", 1), encoding="utf-8")
    add_to_brief(folder, [str(follow_up)], render=record_render([]))
    assert "# reviewed\ntitle:" in path.read_text(encoding="utf-8")
    assert brief_yaml.edited_by_person(path)


def test_add_without_record_of_proposals_treats_present_items_as_proposed(built):
    folder, follow_up = built
    (folder / ".briefgen-proposed").unlink()
    add_to_brief(folder, [str(follow_up)], render=record_render([]))
    assert folders.brief_item_ids(brief_yaml.load_brief(folder / "brief.yaml")) <= folders.read_proposed(folder)


def test_add_to_missing_brief_or_with_unreadable_article_writes_nothing(tmp_path, built):
    with pytest.raises(InputError, match="no brief.yaml here"):
        add_to_brief(tmp_path / "nowhere", [str(EXAMPLE)], render=record_render([]))
    folder, _ = built
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    with pytest.raises(InputError):
        add_to_brief(folder, [str(tmp_path / "missing.txt")], render=record_render([]))
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


def test_add_accepts_the_brief_yaml_path_and_keeps_source_names_distinct(built, tmp_path):
    folder, _ = built
    other = tmp_path / "other" / "carney-white-house.txt"
    other.parent.mkdir()
    shutil.copy(EXAMPLE, other)
    with other.open("a", encoding="utf-8") as handle:
        handle.write("\nOfficials said the visit would include a working lunch with cabinet ministers.\n")
    report = add_to_brief(folder / "brief.yaml", [str(other)], render=record_render([]))
    assert "source s2: sources/carney-white-house-2.txt" in report
