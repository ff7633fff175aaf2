"""The shipped templates render in this process, each compiled once per process (render_formats,
environment.shipped_environment): every format must come out byte for byte as the plain way makes it, the same
template given as a file, in a bounded child, compiled afresh by a new environment. A template file given is
still rendered in a bounded child."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import brief_of, fixture_brief

from briefgen.render import bounded, formats
from briefgen.render.templates import DEFAULT_TEMPLATES, templates_dir

ARTICLE = (
    "Prime Minister Mark Carney will meet President Donald Trump at the White House on Tuesday.\n"
    'Carney said: "We want the steel tariffs *removed* before the summer, and <b>nothing</b> less."\n'
    "Trump told reporters that Canada must spend 2% of its GDP on defence & buy more US dairy.\n"
)
BRIEFS = {
    "full": lambda: fixture_brief("brief-full"),
    "sparse": lambda: fixture_brief("brief-sparse"),
    "hostile": lambda: fixture_brief("brief-hostile"),
    "extracted": lambda: brief_of(ARTICLE),
    "sample": formats.sample_brief,
}
FORMATS = ("md", "html", "docx")


def plain(brief, fmt: str) -> bytes:
    """The format rendered the plain way: the shipped template given as a file, so in a bounded child and
    compiled by a new environment."""
    shipped = templates_dir() / DEFAULT_TEMPLATES[fmt]
    return formats.render_formats(brief, {fmt: shipped})[fmt]


@pytest.mark.parametrize("name", BRIEFS)
def test_shipped_templates_render_as_the_plain_way(name: str) -> None:
    brief = BRIEFS[name]()
    for _ in range(2):  # the second time from the compiled templates kept by the first
        made = formats.render_formats(brief, {fmt: None for fmt in FORMATS})
        assert made == {fmt: plain(brief, fmt) for fmt in FORMATS}


@pytest.mark.parametrize(
    ("templates", "children"),
    [
        ({"md": None, "docx": None, "html": None}, 0),
        ({"md": "md", "html": None}, 1),
        ({"docx": "docx", "pdf": "docx", "md": None}, 1),
        ({"md": "md", "html": "md", "docx": "docx"}, 1),
    ],
    ids=["shipped only: no child", "md file", "docx file for docx and pdf", "every format from files: one child"],
)
def test_only_a_template_file_renders_in_a_bounded_child(
    templates: dict[str, str | None], children: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    files = {}
    for kind in ("md", "docx"):
        files[kind] = tmp_path / DEFAULT_TEMPLATES[kind]
        files[kind].write_bytes((templates_dir() / DEFAULT_TEMPLATES[kind]).read_bytes())
    calls = []
    run_bounded = bounded.run_bounded
    monkeypatch.setattr(
        bounded, "run_bounded", lambda *args, **options: calls.append(1) or run_bounded(*args, **options)
    )
    monkeypatch.setattr(formats, "docx_to_pdf", lambda data: b"pdf of " + data[:4])
    given = {fmt: files[kind] if kind else None for fmt, kind in templates.items()}
    made = formats.render_formats(fixture_brief("brief-full"), given)
    assert len(calls) == children
    assert list(made) == list(templates)
    if "pdf" in made:
        assert made["pdf"] == b"pdf of " + made["docx"][:4]


def test_a_template_file_that_goes_over_the_bound_still_fails_in_its_child(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A template file runs bounded even when the other formats are shipped: its loop is stopped."""
    template = tmp_path / "slow.md.j2"
    template.write_text("{% for a in range(9999) %}{% for b in range(9999) %}{% endfor %}{% endfor %}\n")
    monkeypatch.setattr(formats, "RENDER_SECONDS", 1)
    with pytest.raises(formats.TemplateError, match="took more than 1 s"):
        formats.render_formats(fixture_brief("brief-sparse"), {"docx": None, "md": template})
