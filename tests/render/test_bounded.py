"""briefgen.render.bounded: a function run in a bounded child process, forked (POSIX) or spawned (the fallback);
results and errors come back intact, going over a bound is LimitExceeded, and no child is left behind."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from briefgen.errors import BriefValidationError, TemplateError
from briefgen.render import bounded
from briefgen.render.bounded import ChildFailed, LimitExceeded

SECONDS = 0.5
PATIENT = 30  # for a child that should fail fast on something else: a loaded machine never times it out first
MEGABYTES = 100
STATE: list[str] = []


def large_result() -> bytes:
    return bytes(range(256)) * 20_000  # 5 MB: more than a pipe holds at once


def template_error() -> None:
    raise TemplateError("template error: something", path="house.md.j2")


def validation_error() -> None:
    raise BriefValidationError(["title: field required", "version: not a number"], path="brief.yaml")


def value_error() -> None:
    raise ValueError("a bug")


class Unpicklable(Exception):
    def __init__(self) -> None:
        super().__init__("holds a lock")
        self.lock = __import__("threading").Lock()


def unpicklable_error() -> None:
    raise Unpicklable()


def busy() -> None:
    while True:
        pass


def asleep() -> None:
    time.sleep(60)


def hungry() -> None:
    blocks = []
    while True:
        blocks.append(bytearray(10 * 1024 * 1024))


def exits() -> None:
    os._exit(3)


def crashes() -> None:
    os.kill(os.getpid(), signal.SIGSEGV)


def changes_state() -> int:
    STATE.append("changed in the child")
    return len(STATE)


def run_forked(function, seconds=PATIENT):
    return bounded.run_bounded(function, seconds=seconds, megabytes=MEGABYTES)


def run_spawned(function, seconds=PATIENT):
    return bounded._unwrap(bounded._run_spawned(function, (), seconds, MEGABYTES))


RUNNERS = {"forked": run_forked, "spawned": run_spawned}


def children() -> set[int]:
    """This process's child processes, zombies included (Linux /proc), but not multiprocessing's resource tracker."""
    from multiprocessing import resource_tracker

    pids = {int(pid) for task in Path("/proc/self/task").glob("*") for pid in (task / "children").read_text().split()}
    return pids - {getattr(resource_tracker._resource_tracker, "_pid", None)}


@pytest.fixture(autouse=True)
def no_child_left():
    if not Path("/proc/self/task").is_dir():
        yield
        return
    before = children()
    yield
    assert children() <= before


@pytest.mark.parametrize("runner", list(RUNNERS))
def test_a_large_result_comes_back_whole(runner):
    assert RUNNERS[runner](large_result) == large_result()


@pytest.mark.parametrize("runner", list(RUNNERS))
def test_briefgen_errors_come_back_intact(runner):
    with pytest.raises(TemplateError) as caught:
        RUNNERS[runner](template_error)
    assert str(caught.value) == "house.md.j2: template error: something" and caught.value.path == "house.md.j2"
    assert caught.value.exit_code == 4
    with pytest.raises(BriefValidationError) as caught:
        RUNNERS[runner](validation_error)
    assert caught.value.problems == ["title: field required", "version: not a number"]
    assert str(caught.value) == "brief.yaml: title: field required; version: not a number"


@pytest.mark.parametrize("runner", list(RUNNERS))
def test_other_errors_come_back_with_the_childs_traceback(runner):
    with pytest.raises(ValueError, match="a bug") as caught:
        RUNNERS[runner](value_error)
    assert "in value_error" in "".join(caught.value.__notes__)
    with pytest.raises(RuntimeError, match="Unpicklable: holds a lock"):
        RUNNERS[runner](unpicklable_error)


# (case, function, time bound, what it raises in the parent, message)
BOUNDS = [
    ("busy loop", busy, SECONDS, LimitExceeded, f"more than {SECONDS:g} s"),
    ("sleeping", asleep, SECONDS, LimitExceeded, f"more than {SECONDS:g} s"),
    ("eating memory", hungry, PATIENT, LimitExceeded, f"more than {MEGABYTES} MB"),
    ("exit status 3", exits, PATIENT, ChildFailed, "the child process ended with status 3"),
    (
        "segmentation fault",
        crashes,
        PATIENT,
        ChildFailed,
        f"the child process was killed by signal {int(signal.SIGSEGV)}",
    ),
]


@pytest.mark.parametrize("runner", list(RUNNERS))
@pytest.mark.parametrize(
    ("case", "function", "seconds", "raised", "message"), BOUNDS, ids=[case for case, *_ in BOUNDS]
)
def test_a_child_that_goes_over_or_dies(runner, case, function, seconds, raised, message):
    started = time.monotonic()
    with pytest.raises(raised) as caught:
        RUNNERS[runner](function, seconds)
    assert str(caught.value) == message
    if raised is LimitExceeded:
        assert caught.value.resource == ("memory" if "MB" in message else "time")
    if seconds == SECONDS:
        assert time.monotonic() - started < SECONDS + (15 if runner == "spawned" else 3)


def test_the_forked_child_leaves_the_parent_as_it_was():
    assert run_forked(changes_state) == 1
    assert STATE == []
