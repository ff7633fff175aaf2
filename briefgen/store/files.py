"""Writing files safely: the one atomic writer, and the lock that makes one briefgen run at a time
write a brief folder.

`write_atomic` writes through a temporary file in the same folder, fsyncs and renames, so an
interrupted write leaves the old file whole. `folder_lock` is an flock on the folder itself: a
second writer waits up to LOCK_WAIT_SECONDS.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from briefgen.errors import OutputError

# How long a second writer waits for a brief folder's lock; an `add` holding it renders, PDF included.
LOCK_WAIT_SECONDS = 300.0
LOCK_POLL_SECONDS = 0.05


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _new_file_mode() -> int:
    """The mode a plain `open(path, "w")` would give (mkstemp alone would give 0600)."""
    return 0o666 & ~_umask()


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write `data` to `path` via a temp file in the same folder, fsync and rename.

    An interrupted or failed write leaves the old file whole and no temp file behind; a folder
    that cannot be created or written is an OutputError naming the path.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o7777 if path.exists() else _new_file_mode()
        descriptor, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror or error}", path=str(path)) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException as error:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(f"cannot write: {error.strerror or error}", path=str(path)) from None
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; some file systems cannot open a folder, which is fine."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold the write lock of a brief folder. Another briefgen run waits for it up to LOCK_WAIT_SECONDS,
    then fails with an OutputError naming the folder.

    The lock is an flock on the folder itself, so no lock file appears in the folder or in git, and it
    goes when the process ends, however it ends. Where flock is missing (Windows) or refused (some
    network file systems), briefgen writes without it.
    """
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror or error}", path=str(folder)) from None
    try:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise OutputError(
                        "another briefgen run is writing this brief; try again when it has finished", path=str(folder)
                    ) from None
                time.sleep(LOCK_POLL_SECONDS)
            except OSError:
                break
        yield
    finally:
        os.close(descriptor)


def new_folder_mode() -> int:
    """The mode a plain `mkdir` would give (mkdtemp alone would give 0700)."""
    return 0o777 & ~_umask()
