"""The network side of the bot: retries, 409 Conflict handling, the polling connection.

* :class:`RetryingLimiter` is PTB's ``AIORateLimiter`` (flood limits, 429
  ``retry_after`` honoured) that also retries network errors, timeouts and
  5xx answers with exponential backoff.
* :class:`ConflictWatch` turns HTTP 409 into a clean stop: an instance that
  has neither received updates nor been polling for :data:`CONFLICT_GRACE`
  seconds is the newcomer and stops at once; an established one tolerates a
  stray 409 (Telegram ends the older request when a newer one arrives, so
  the newcomer's first poll hits the running instance first) but stops after
  :data:`CONFLICT_STRIKES` in a row: never an endless tug of war.
* :class:`PollRequest` is the getUpdates connection that reports to the watch.
"""

from __future__ import annotations

import asyncio
import logging
import time

from telegram.error import BadRequest, Conflict, NetworkError, TelegramError
from telegram.ext import AIORateLimiter
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)
CONFLICT_STRIKES = 3
CONFLICT_GRACE = 5.0  # seconds of polling after which an instance counts as established


class RetryingLimiter(AIORateLimiter):
    """Flood limits and 429 retries (PTB), plus retries of network errors and 5xx."""

    def __init__(self, retries: int, backoff: float = 0.5) -> None:
        super().__init__(max_retries=retries)
        self.retries = retries
        self.backoff = backoff

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        for attempt in range(self.retries + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data,
                                                     rate_limit_args)
            except BadRequest:
                raise
            except NetworkError as exc:  # also TimedOut, dropped connections and 5xx
                if attempt == self.retries:
                    raise
                delay = self.backoff * 2**attempt
                log.warning("%s failed (%s); retry %d of %d in %.1f s", endpoint, exc,
                            attempt + 1, self.retries, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover


class ConflictWatch:
    """Decides when a 409 Conflict means this instance must stop."""

    def __init__(self, stop: asyncio.Event, clock=time.monotonic) -> None:
        self.stop = stop
        self.clock = clock
        self.first_poll: float | None = None
        self.received = False
        self.strikes = 0
        self.conflict = False

    def polling(self) -> None:
        if self.first_poll is None:
            self.first_poll = self.clock()

    def polled(self) -> None:
        self.received = True
        self.strikes = 0

    @property
    def established(self) -> bool:
        return self.received or (self.first_poll is not None
                                 and self.clock() - self.first_poll >= CONFLICT_GRACE)

    def on_error(self, exc: TelegramError) -> None:
        """PTB's polling error callback (must not raise)."""
        if not isinstance(exc, Conflict):
            log.warning("polling failed, retrying: %s", exc)
            return
        self.strikes += 1
        if self.established and self.strikes < CONFLICT_STRIKES:
            log.warning("409 Conflict while polling (%d of %d): another instance is polling",
                        self.strikes, CONFLICT_STRIKES)
            return
        log.error("409 Conflict: another instance uses this token; stopping")
        self.conflict = True
        self.stop.set()


class QuietCleanup(logging.Filter):
    """After a conflict, PTB's last getUpdates (to confirm updates) fails with 409 too:
    expected, so it is logged as one warning line instead of an error with a traceback."""

    def __init__(self, watch: ConflictWatch) -> None:
        super().__init__()
        self.watch = watch

    def filter(self, record: logging.LogRecord) -> bool:
        if self.watch.conflict and record.exc_info and isinstance(record.exc_info[1], Conflict):
            record.msg, record.args = "last getUpdates refused as well (409 Conflict)", None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info = record.exc_text = None
        return True


class PollRequest(HTTPXRequest):
    """The getUpdates connection; tells the watch when a poll succeeds."""

    def __init__(self, watch: ConflictWatch, **kwargs) -> None:
        super().__init__(**kwargs)
        self.watch = watch

    async def do_request(self, url, method, request_data=None, **kwargs):
        polls = url.endswith("/getUpdates")
        if polls:
            self.watch.polling()
        code, payload = await super().do_request(url, method, request_data, **kwargs)
        if code == 200 and polls:
            self.watch.polled()
        return code, payload
