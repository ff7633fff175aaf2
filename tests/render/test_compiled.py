"""The shipped templates' compiled code kept on disk (briefgen.render.compiled): a render from the cache is byte
for byte the render without it, and an entry that is corrupt, not code, or writable by others is never run."""

from __future__ import annotations

import marshal
import os
from pathlib import Path

import jinja2
import pytest
from helpers import fixture_brief

from briefgen.render import compiled, environment, formats

FORMATS = ("md", "html", "docx")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts Jinja's compilations (code generation from a parsed template)."""
    count: list[int] = []
    generate = jinja2.Environment._generate
    monkeypatch.setattr(jinja2.Environment, "_generate", lambda *a, **k: count.append(1) or generate(*a, **k))
    return count


def render_afresh(brief, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """Every format from the shipped templates, as a new process would: no environment kept in memory."""
    monkeypatch.setattr(environment, "_SHIPPED", {})
    return formats.render_formats(brief, {fmt: None for fmt in FORMATS})


def without_cache(brief, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    with monkeypatch.context() as local:
        local.setenv("BRIEFGEN_CACHE_DIR", "")
        return render_afresh(brief, local)


@pytest.mark.parametrize("name", ["brief-full", "brief-sparse", "brief-hostile"])
def test_a_render_from_the_cache_is_the_render_without_it(
    name: str, cache: Path, compiles: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    brief = fixture_brief(name)
    first = render_afresh(brief, monkeypatch)
    assert compiles and sorted(path.suffix for path in cache.iterdir()) == [".code"] * len(compiles)
    compiles.clear()
    second = render_afresh(brief, monkeypatch)
    assert not compiles  # every template came from the cache
    assert first == second == without_cache(brief, monkeypatch)


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    render_afresh(fixture_brief("brief-sparse"), monkeypatch)
    assert not list(tmp_path.iterdir())


def spoiled(cache: Path, how: str) -> None:
    """Every entry of the cache spoiled in one way; a spoiled entry that were run would render 'HACKED'."""
    hacked = marshal.dumps(jinja2.Environment().compile("HACKED"))
    for path in cache.iterdir():
        if how == "corrupt":
            path.write_bytes(path.read_bytes()[:100])
        elif how == "not code":
            path.write_bytes(marshal.dumps(["not", "code"]))
        elif how == "empty":
            path.write_bytes(b"")
        elif how == "writable by others":
            path.write_bytes(hacked)
            path.chmod(0o666)
        elif how == "folder writable by others":
            path.write_bytes(hacked)
            cache.chmod(0o777)


@pytest.mark.parametrize("how", ["corrupt", "not code", "empty", "writable by others", "folder writable by others"])
def test_a_spoiled_entry_is_compiled_again(how: str, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if how.endswith("by others") and not hasattr(os, "getuid"):
        pytest.skip("POSIX permissions")
    brief = fixture_brief("brief-full")
    plain = without_cache(brief, monkeypatch)
    render_afresh(brief, monkeypatch)
    spoiled(cache, how)
    assert render_afresh(brief, monkeypatch) == plain


def test_a_cache_that_cannot_be_written_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(blocker / "cache"))
    brief = fixture_brief("brief-sparse")
    assert render_afresh(brief, monkeypatch) == without_cache(brief, monkeypatch)
    assert blocker.read_text() == "not a folder"


def test_the_key_names_the_source_and_the_environment() -> None:
    md, html = environment.jinja_environment("md"), environment.jinja_environment("html")
    keys = {
        compiled.cache_key(md, "md", "{{ title }}"),
        compiled.cache_key(md, "md", "{{ title }} "),
        compiled.cache_key(html, "html", "{{ title }}"),
        compiled.cache_key(jinja2.Environment(), "md", "{{ title }}"),
    }
    assert len(keys) == 4
    assert compiled.cache_key(md, "md", "{{ title }}") == compiled.cache_key(
        environment.jinja_environment("md"), "md", "{{ title }}"
    )
