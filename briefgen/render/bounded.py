"""Run a function in a child process with a bound on its time and memory (for work a file controls: templates).

`run_bounded(function, *args, seconds=..., megabytes=...)` returns what the function returns, or raises
the exception it raised (a BriefgenError comes back intact: type, message, path), or raises
`LimitExceeded` when the child used more than `seconds` of CPU or wall-clock time, or more than
`megabytes` of memory beyond what this process already had, or `ChildFailed` when the child died
without a word (a crash in C code). The child and everything it allocated are gone afterwards.

Where os.fork exists the child is forked: it starts in a few milliseconds with everything already
imported, and the arguments need not be pickled. Elsewhere (Windows) a fresh interpreter is spawned
through multiprocessing, which costs an interpreter start and the imports.

Where it fails:
- a child forked while another thread of this process held a lock the child then needs (say, inside
  libxml2) would wait for it for ever; the wall-clock bound ends it, reported as a time-out. briefgen's
  own threads (rich's progress bar) hold no lock a render takes;
- the memory bound is RLIMIT_AS, counted from the size of this process as /proc/self/statm gives it;
  without /proc (macOS, Windows) memory is not bounded, only time;
- without the resource module (Windows) CPU time is not bounded by the kernel, only by the wall clock;
- the result and the exception travel pickled through a pipe: an exception that cannot be pickled
  comes back as a RuntimeError with its type name and message.
"""

from __future__ import annotations

import faulthandler
import gc
import math
import os
import pickle
import select
import signal
import time
import traceback
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
MEGABYTE = 1024 * 1024
MEMORY_STATUS = 86  # the child's exit status when it ran out of memory before it could report
SPAWN_SECONDS = 120  # a spawned interpreter's start and imports, before the budget begins


class ChildFailed(Exception):
    """The child died without an outcome: killed by a signal (a crash in C code) or exited on its own."""


class LimitExceeded(Exception):
    """The child went over a bound: `resource` is 'time' or 'memory', `limit` in seconds or megabytes."""

    def __init__(self, resource: str, limit: float) -> None:
        self.resource = resource
        self.limit = limit
        unit = "s" if resource == "time" else "MB"
        super().__init__(f"more than {limit:g} {unit}")


def run_bounded(function: Callable[..., T], *args: Any, seconds: float, megabytes: int) -> T:
    """`function(*args)` in a child process limited to `seconds` and `megabytes`; see the module docstring."""
    if hasattr(os, "fork"):
        outcome = _run_forked(function, args, seconds, megabytes)
    else:
        outcome = _run_spawned(function, args, seconds, megabytes)
    return _unwrap(outcome)


def _unwrap(outcome: tuple[str, Any]) -> Any:
    kind, value = outcome
    if kind == "ok":
        return value
    if kind == "raised":
        raise value
    if kind == "unpicklable":
        raise RuntimeError(value)
    if kind == "failed":
        raise ChildFailed(value)
    raise LimitExceeded(kind, value)


# --- in the child --------------------------------------------------------------------------


def _virtual_size() -> int | None:
    """This process's address space in bytes (Linux), else None."""
    try:
        with open("/proc/self/statm", encoding="ascii") as stream:
            return int(stream.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _limit_self(seconds: float, megabytes: int) -> None:
    """Set RLIMIT_CPU and RLIMIT_AS on this (child) process, never raising a limit already lower."""
    try:
        import resource
    except ImportError:  # Windows: the parent's wall clock is the only bound
        return

    def lower(which: int, value: int) -> None:
        soft, hard = resource.getrlimit(which)
        for bound in (soft, hard):
            if bound != resource.RLIM_INFINITY:
                value = min(value, bound)
        resource.setrlimit(which, (value, hard))

    cpu = math.ceil(seconds) + 1  # the wall clock fires first; this catches a child the parent cannot see
    lower(resource.RLIMIT_CPU, cpu)
    size = _virtual_size()
    if size is not None:
        lower(resource.RLIMIT_AS, size + megabytes * MEGABYTE)


def _outcome(function: Callable[..., Any], args: tuple, megabytes: int) -> bytes:
    """The pickled outcome of `function(*args)`: ('ok', result), ('raised', error) or ('memory', megabytes).

    An exception other than a BriefgenError carries the child's traceback as a note, for whoever debugs it.
    """
    from briefgen.errors import BriefgenError

    try:
        return pickle.dumps(("ok", function(*args)), protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        return pickle.dumps(("memory", megabytes))
    except BaseException as error:  # everything goes back to the parent, which raises it there
        if not isinstance(error, BriefgenError):
            error.add_note("in the bounded child process:\n" + "".join(traceback.format_tb(error.__traceback__)))
        try:
            payload = pickle.dumps(("raised", error), protocol=pickle.HIGHEST_PROTOCOL)
            pickle.loads(payload)  # an exception whose arguments do not rebuild it would fail in the parent
            return payload
        except MemoryError:
            raise
        except Exception:
            return pickle.dumps(("unpicklable", f"{type(error).__name__}: {error}"))


def _child(pipe: tuple[int, int], function: Callable[..., Any], args: tuple, seconds: float, megabytes: int) -> None:
    """The forked child: limit itself, run, write the outcome, and leave without running any of the parent's code."""
    read_fd, write_fd = pipe
    status = 1
    try:
        os.close(read_fd)
        gc.freeze()  # collections in the child leave the parent's objects alone (no copy-on-write of their pages)
        faulthandler.disable()  # a crash is the parent's to report, in one line
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends the child; the parent reports it
        if hasattr(signal, "SIGXCPU"):
            signal.signal(signal.SIGXCPU, signal.SIG_DFL)
        _limit_self(seconds, megabytes)
        payload = _outcome(function, args, megabytes)
        view = memoryview(payload)
        while view:
            view = view[os.write(write_fd, view) :]
        status = 0
    except MemoryError:
        status = MEMORY_STATUS
    except BaseException:  # nothing may unwind into the parent's stack (pytest, the CLI) in the child
        status = 1
    finally:
        os._exit(status)


# --- in the parent -------------------------------------------------------------------------


def _run_forked(function: Callable[..., Any], args: tuple, seconds: float, megabytes: int) -> tuple[str, Any]:
    read_fd, write_fd = os.pipe()
    with warnings.catch_warnings():
        # Python 3.12 warns about forking a process with threads; the child only runs `function` and exits,
        # and a child stuck on a lock is ended by the wall clock (see the module docstring).
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:
        _child((read_fd, write_fd), function, args, seconds, megabytes)
    os.close(write_fd)
    chunks: list[bytes] = []
    deadline = time.monotonic() + seconds
    finished = False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return ("time", seconds)
            ready, _, _ = select.select([read_fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        _, status = os.waitpid(pid, 0)
        finished = True
    finally:
        os.close(read_fd)
        if not finished:
            _kill(pid)
    if chunks and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        return pickle.loads(b"".join(chunks))
    return _death(status, seconds, megabytes)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


def _death(status: int, seconds: float, megabytes: int) -> tuple[str, Any]:
    """What a child that ended without an outcome ran into, from its wait status."""
    if os.WIFSIGNALED(status):
        return _signalled(os.WTERMSIG(status), seconds, megabytes)
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == MEMORY_STATUS:
        return ("memory", megabytes)
    return ("failed", f"the child process ended with status {os.waitstatus_to_exitcode(status)}")


def _signalled(number: int, seconds: float, megabytes: int) -> tuple[str, Any]:
    if number == getattr(signal, "SIGXCPU", None):
        return ("time", seconds)
    if number == signal.SIGINT:
        raise KeyboardInterrupt
    if number == getattr(signal, "SIGKILL", None):  # not sent by us: the kernel's out-of-memory killer
        return ("memory", megabytes)
    return ("failed", f"the child process was killed by signal {number}")


def _spawned_entry(connection, function: Callable[..., Any], args: tuple, seconds: float, megabytes: int) -> None:
    """The spawned child: the same limits and outcome as a forked one, sent through a multiprocessing pipe."""
    faulthandler.disable()
    _limit_self(seconds, megabytes)
    connection.send_bytes(b"ready")  # the imports are done: the budget starts now
    connection.send_bytes(_outcome(function, args, megabytes))
    connection.close()


def _run_spawned(function: Callable[..., Any], args: tuple, seconds: float, megabytes: int) -> tuple[str, Any]:
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_spawned_entry, args=(sender, function, args, seconds, megabytes), daemon=True)
    process.start()
    sender.close()
    outcome = None
    try:
        if receiver.poll(SPAWN_SECONDS) and receiver.recv_bytes() == b"ready":
            outcome = pickle.loads(receiver.recv_bytes()) if receiver.poll(seconds) else ("time", seconds)
        else:
            outcome = ("time", seconds)
    except EOFError:  # the child died without an outcome; its exit code says how
        pass
    finally:
        receiver.close()
        if outcome is not None:
            process.kill()
        process.join()
    if outcome is not None:
        return outcome
    code = process.exitcode or 0
    if code < 0:
        return _signalled(-code, seconds, megabytes)
    if code == MEMORY_STATUS:
        return ("memory", megabytes)
    return ("failed", f"the child process ended with status {code}")
