"""Shared by every test folder: the test root (where helpers.py, fixtures/ and golden/ live) is on sys.path
because pytest puts a rootdir conftest's folder there, so any test can `from helpers import ...`."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_user_git_config(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Git run by a test reads no user or system configuration, and commits under a fixed name."""
    home = tmp_path_factory.getbasetemp() / "home"
    home.mkdir(exist_ok=True)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    for name, value in (
        ("GIT_AUTHOR_NAME", "Test"),
        ("GIT_AUTHOR_EMAIL", "test@example.org"),
        ("GIT_COMMITTER_NAME", "Test"),
        ("GIT_COMMITTER_EMAIL", "test@example.org"),
    ):
        monkeypatch.setenv(name, value)


@pytest.fixture(autouse=True)
def _template_cache_in_the_test_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Compiled shipped templates (briefgen.render.compiled) go to the session's folder, not the user's cache."""
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "template-cache"))
