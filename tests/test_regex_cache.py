"""briefgen's fixed patterns kept compiled on disk (briefgen.regex_cache): the same patterns as re.compile's,
read back by a new process, and compiled as without a cache whenever the file cannot be trusted or used."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import regex_cache

ROOT = Path(__file__).resolve().parent.parent
# Import every module of the package, then say how many patterns the process compiled and how many it found.
IMPORT_ALL = """
import importlib, pkgutil, sys
import briefgen
from briefgen import regex_cache
for module in pkgutil.walk_packages(briefgen.__path__, "briefgen."):
    if module.name not in ("briefgen.__main__",):
        importlib.import_module(module.name)
briefgen.extract(open("examples/carney-white-house.txt", encoding="utf-8").read())  # and those compiled on use
fresh = regex_cache._fresh
regex_cache.save()
print(len(regex_cache._entries), int(fresh))
"""


def run_python(code: str, cache: Path | str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, BRIEFGEN_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=ROOT)


@pytest.fixture
def fresh_state(monkeypatch, tmp_path: Path) -> Path:
    """This process's regex cache emptied and pointed at a folder of the test's own."""
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr(regex_cache, "_fresh", False)
    return tmp_path


def test_a_new_process_reads_every_pattern_back_equal_to_re_compile(tmp_path: Path) -> None:
    first = run_python(IMPORT_ALL, tmp_path).stdout.split()
    second = run_python(IMPORT_ALL, tmp_path).stdout.split()
    assert int(first[0]) > 150 and first[1] == "1"  # the first process compiled and wrote them
    assert second == [first[0], "0"]  # the second found every one of them
    entries = marshal.loads(next(tmp_path.glob("regex-*.bin")).read_bytes())
    for (pattern, flags), entry in entries.items():
        # re.Pattern equality compares the pattern, the flags and the compiled code
        assert regex_cache._pattern(pattern, entry) == re.compile(pattern, flags), pattern


def test_patterns_from_the_cache_match_as_re_compiles(fresh_state: Path) -> None:
    cases = [
        (r"(?P<who>[A-Z]\w+) said", 0, "Then Carney said so", "who"),
        (r"\b(?:tariffs?|duties)\b", re.IGNORECASE, "new TARIFFS now", 0),
        (r"(?x) (\d+) \s* (?:per\s?cent|%)", 0, "up 25 per cent", 1),
    ]
    for pattern, flags, _text, _group in cases:
        regex_cache.compiled(pattern, flags)
    regex_cache.save()
    fresh_state_again = regex_cache._valid((fresh_state / regex_cache.cache_file().name).read_bytes())
    assert len(fresh_state_again) == len(cases)
    for pattern, flags, text, group in cases:
        cached = regex_cache._pattern(pattern, fresh_state_again[(pattern, int(flags))])
        plain = re.compile(pattern, flags)
        assert cached == plain and cached.search(text).group(group) == plain.search(text).group(group)
        assert cached.groupindex == plain.groupindex and cached.flags == plain.flags


def test_no_cache_folder_means_plain_compiles_and_no_file(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", "")
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_fresh", False)
    assert regex_cache.compiled(r"a+b") == re.compile(r"a+b")
    regex_cache.save()
    assert regex_cache.cache_file() is None and not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda path: path.write_bytes(b"not marshal data"), id="corrupt"),
        pytest.param(lambda path: path.write_bytes(marshal.dumps(["a list"])), id="not-a-table"),
        pytest.param(lambda path: path.write_bytes(path.read_bytes()[:100]), id="cut-short"),
        pytest.param(
            lambda path: path.write_bytes(marshal.dumps({(r"a+b", 0): (0, b"\x01\x02\x03\x04", 0, {}, (None,))})),
            id="code-that-does-not-load",
        ),
        pytest.param(lambda path: os.chmod(path, 0o666), id="writable-by-others"),
        pytest.param(lambda path: os.chmod(path.parent, 0o777), id="folder-writable-by-others"),
    ],
)
def test_a_cache_file_that_cannot_be_used_means_compiling_as_without_it(fresh_state: Path, spoil) -> None:
    regex_cache.compiled(r"a+b")
    regex_cache.save()
    path = regex_cache.cache_file()
    spoil(path)
    regex_cache._entries = None
    assert regex_cache.compiled(r"a+b") == re.compile(r"a+b")
    assert regex_cache.compiled(r"a+b").fullmatch("aab")


def test_only_the_patterns_a_process_used_are_kept_past_the_limit(fresh_state: Path, monkeypatch) -> None:
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    for n in range(5):
        regex_cache.compiled(f"x{{{n}}}")
    regex_cache.save()
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_used", set())
    regex_cache.compiled("x{1}")
    regex_cache.compiled("y")
    regex_cache.save()
    kept = regex_cache._valid(regex_cache.cache_file().read_bytes())
    assert sorted(pattern for pattern, _ in kept) == ["x{1}", "y"]


def test_the_console_script_saves_what_it_compiled(tmp_path: Path) -> None:
    env = dict(os.environ, BRIEFGEN_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    article = ROOT / "examples" / "carney-white-house.txt"
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", "extract", str(article), "--format", "json"], env=env, capture_output=True
    )
    assert done.returncode == 0, done.stderr
    [saved] = (tmp_path / "cache").glob("regex-*.bin")
    assert len(regex_cache._valid(saved.read_bytes())) > 150
