"""model.filenames: the one sanitiser of the names briefgen writes, and folder slugs."""

from __future__ import annotations

import pytest

from briefgen.model.filenames import safe_file_name, slug


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("carney-white-house.txt", "carney-white-house.txt"),
        ("../../etc/passwd", "passwd.txt"),  # no folders, and a suffix
        ("..\\..\\evil.txt", "evil.txt"),
        ("Talks: Ottawa & D.C. (draft).HTML", "Talks-Ottawa-D-C-draft.html"),
        ("Montréal café.md", "Montreal-cafe.md"),
        ("北京.txt", "Bei-Jing.txt"),  # any script becomes ASCII letters, not nothing
        ("a_b c.TXT", "a-b-c.txt"),
        ("line\nbreak\x1b[31m.txt", "line-break-31m.txt"),
        (".hidden", "article.hidden"),
        ("...", "article.txt"),
        ("", "article.txt"),
        ("stdin", "stdin.txt"),
        ("a" * 100 + ".txt", "a" * 60 + ".txt"),
        ("x.verylongsuffix", "x.verylongsu"),
    ],
)
def test_safe_file_name(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Mark Carney – Donald Trump meeting", "mark-carney-donald-trump-meeting"),
        ("", "brief"),
        ("!!!", "brief"),
        ("Réunion à Genève", "reunion-a-geneve"),
    ],
)
def test_slug(title: str, expected: str) -> None:
    assert slug(title) == expected
