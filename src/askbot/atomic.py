"""Crash-safe writes and the corpus lock.

A file is never written in place: the bytes go to a hidden temporary file in
the same folder, are flushed to disk, then renamed over the target, so a
reader (or a process killed halfway) sees the old file or the new one, never
half of one. Leftover temporaries of killed processes are hidden files that
the corpus loader skips; :func:`remove_stale_temporaries` sweeps them.

Processes that change a corpus hold its lock (``.askbot.lock`` inside the
corpus folder, an OS-level lock released by the kernel if the holder dies),
so two ``askbot add`` never interleave.

``ASKBOT_CRASH_AT`` is a test hook: when it names a crash point reached by
the process, the process kills itself there with SIGKILL, which lets tests
check what a kill at that exact moment leaves behind.
"""

from __future__ import annotations

import os
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .errors import CorpusError

TEMP_PREFIX = ".askbot-tmp-"
LOCK_NAME = ".askbot.lock"
CRASH_ENV = "ASKBOT_CRASH_AT"


def crash_point(name: str) -> None:
    """Die here, as if killed, when the test hook asks for it."""
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def atomic_write(path: Path, data: bytes | Iterable[bytes | memoryview], *, crash_name: str = "write") -> None:
    """Replace ``path`` with ``data`` (bytes, or chunks written one after the
    other) in one step (temporary file, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".part", dir=path.parent)
    try:
        try:  # mkstemp makes private files; a corpus document must stay readable like its peers
            os.fchmod(fd, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        except (OSError, AttributeError):
            pass
        with os.fdopen(fd, "wb") as handle:
            for chunk in [data] if isinstance(data, bytes) else data:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        crash_point(f"{crash_name}:before-rename")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    crash_point(f"{crash_name}:after-rename")


def _fsync_dir(directory: Path) -> None:
    """Make a rename durable; not every platform lets a folder be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temporaries(directory: Path) -> int:
    """Delete temporaries left by killed writers; call only while holding the lock."""
    count = 0
    for tmp in directory.glob(f"{TEMP_PREFIX}*.part"):
        try:
            tmp.unlink()
            count += 1
        except OSError:
            pass
    return count


@contextmanager
def corpus_lock(corpus_dir: Path, timeout: float = 30.0) -> Iterator[None]:
    """Hold the corpus's write lock; ``CorpusError('busy')`` after ``timeout`` seconds."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(corpus_dir / LOCK_NAME), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise CorpusError("busy", path=corpus_dir) from None
    except OSError as exc:
        raise CorpusError("unwritable", path=corpus_dir, detail=exc.strerror or str(exc)) from None
    try:
        crash_point("lock:acquired")
        yield
    finally:
        lock.release()
