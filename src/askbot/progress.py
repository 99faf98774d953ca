"""A progress bar for long indexing, shown only on a terminal and only when it is slow.

:class:`ProgressBar` is the ``progress(done, total)`` callback that
:func:`askbot.engine.build_knowledge` calls. Nothing is drawn during the first
second (most corpora index faster than that), nor ever when the stream is not
a terminal (piped output stays clean). The bar is erased when done.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 30


class ProgressBar:
    def __init__(self, label: str = "Indexation", stream: TextIO | None = None, delay: float = 1.0,
                 clock=time.monotonic) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self._clock = clock
        self._start = clock()
        self._drawn = False
        try:
            self.enabled = self.stream.isatty()
        except (AttributeError, ValueError):
            self.enabled = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        if done >= total:
            self.close()
            return
        if self._clock() - self._start < self.delay:
            return
        filled = int(WIDTH * done / total)
        percent = int(100 * done / total)
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (WIDTH - filled)}] "
                          f"{percent:3d} % ({done}/{total} passages)")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Erase the bar, if one was drawn."""
        if self._drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._drawn = False
