"""Running the Telegram bot: token, Bot API server, retries, polling or webhook, shutdown.

* The token comes only from the environment variable named by
  ``telegram.token_env``; it is checked for shape and masked in every log
  record (:class:`TokenMask`).
* The Bot API root (``telegram.api_url``, overridden by
  ``$ASKBOT_TELEGRAM_API_URL``) gives ``{root}/bot{token}/{method}`` and
  ``{root}/file/bot{token}/{path}``, as Telegram and the self-hosted server
  use. Environment proxies are ignored for a loopback root.
* :class:`RetryingLimiter` is PTB's ``AIORateLimiter`` (flood limits, 429
  ``retry_after`` honoured) that also retries network errors, timeouts and
  5xx answers with exponential backoff.
* :class:`ConflictWatch` turns HTTP 409 into a clean stop: an instance that
  has neither received updates nor been polling for :data:`CONFLICT_GRACE`
  seconds is the newcomer and stops at once; an established one tolerates a
  stray 409 (Telegram ends the older request when a newer one arrives, so
  the newcomer's first poll hits the running instance first) but stops after
  :data:`CONFLICT_STRIKES` in a row: never an endless tug of war.
* :func:`serve` runs until its stop event is set (by SIGINT/SIGTERM in
  :func:`run_bot`, by the tests otherwise) and says why it stopped.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
import re
import secrets
import signal
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from telegram import BotCommand
from telegram.error import BadRequest, Conflict, InvalidToken, NetworkError, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder
from telegram.request import HTTPXRequest

from . import telegram_wording as tw
from .errors import AskbotError
from .telegram_bot import BotState, add_handlers

log = logging.getLogger(__name__)
API_URL_ENV = "ASKBOT_TELEGRAM_API_URL"
TOKEN_SHAPE = re.compile(r"\d{1,20}:[A-Za-z0-9_-]{30,100}")
SECRET_SHAPE = re.compile(r"[A-Za-z0-9_-]{1,256}")
CONFLICT_STRIKES = 3
CONFLICT_GRACE = 5.0  # seconds of polling after which an instance counts as established
UPDATES = ["message", "edited_message", "callback_query"]


class SetupError(AskbotError):
    """The bot cannot start; ``french`` is the one line shown to the operator."""

    def __init__(self, reason: str, french: str) -> None:
        super().__init__(reason, detail=reason)
        self.french = french


def read_token(config, environ=os.environ) -> str:
    name = config.telegram.token_env
    token = (environ.get(name) or "").strip()
    if not token:
        raise SetupError("token_missing", tw.TOKEN_MISSING.format(env=name))
    if not TOKEN_SHAPE.fullmatch(token):
        raise SetupError("token_malformed", tw.TOKEN_MALFORMED.format(env=name))
    return token


def api_root(config, environ=os.environ) -> str:
    url = (environ.get(API_URL_ENV) or config.telegram.api_url).strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SetupError("bad_api_url", tw.BAD_API_URL.format(url=url))
    return url


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_settings(config) -> None:
    t = config.telegram
    for key in ("request_timeout",):
        if getattr(t, key) <= 0:
            raise SetupError("bad_setting", tw.BAD_SETTING.format(key=key))


class TokenMask(logging.Filter):
    """Replaces the token in log records (message, arguments and traceback)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def mask(self, text: str) -> str:
        return text.replace(self.token, "<jeton masqué>")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = self.mask(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.mask(record.exc_text)
        return True


def install_mask(token: str) -> TokenMask:
    """Mask the token on every handler of the root logger (where all records end up)."""
    mask = TokenMask(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(mask)
    return mask


def remove_mask(mask: TokenMask) -> None:
    for handler in logging.getLogger().handlers:
        handler.removeFilter(mask)


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


class _QuietCleanup(logging.Filter):
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


def build_application(config, token: str, state: BotState, root: str, watch: ConflictWatch,
                      *, backoff: float = 0.5) -> Application:
    t = config.telegram
    httpx_kwargs = {"trust_env": False} if is_loopback(root) else None
    timeouts = {"connect_timeout": t.request_timeout, "read_timeout": t.request_timeout,
                "write_timeout": t.request_timeout, "pool_timeout": t.request_timeout,
                "httpx_kwargs": httpx_kwargs}
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .request(HTTPXRequest(connection_pool_size=16, media_write_timeout=60, **timeouts))
        .get_updates_request(PollRequest(watch, connection_pool_size=1, **timeouts))
        .rate_limiter(RetryingLimiter(t.retries, backoff))
        .build()
    )
    add_handlers(application, state)
    return application


@dataclass(frozen=True)
class Outcome:
    reason: str  # "stopped" | "conflict"
    username: str


async def serve(application: Application, config, stop: asyncio.Event, watch: ConflictWatch,
                on_ready=None) -> Outcome:
    """Run until ``stop`` is set or a conflict is detected; always shuts down cleanly."""
    t = config.telegram
    try:
        await application.initialize()
    except InvalidToken:
        raise SetupError("token_rejected", tw.TOKEN_REJECTED.format(env=t.token_env)) from None
    except NetworkError as exc:
        raise SetupError("unreachable", tw.UNREACHABLE.format(url=urlsplit(application.bot.base_url).netloc,
                                                              reason=type(exc).__name__)) from None
    try:
        await application.bot.set_my_commands([BotCommand(c, d) for c, d in tw.COMMANDS])
        if t.webhook_url:
            await _start_webhook(application, config)
            mode = "webhook"
        else:
            await application.updater.start_polling(timeout=t.poll_timeout, allowed_updates=UPDATES,
                                                    error_callback=watch.on_error)
            mode = "long polling"  # the word Telegram users know
        await application.start()
        if on_ready:
            on_ready(application.bot.username, mode)
        await stop.wait()
    finally:
        if application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
    return Outcome("conflict" if watch.conflict else "stopped", application.bot.username)


async def _start_webhook(application: Application, config) -> None:
    t = config.telegram
    secret = os.environ.get(t.webhook_secret_env) or secrets.token_urlsafe(32)
    if not SECRET_SHAPE.fullmatch(secret):
        raise SetupError("webhook_secret", tw.WEBHOOK_SECRET_INVALID.format(env=t.webhook_secret_env))
    try:
        import tornado  # noqa: F401  (PTB's webhook server)
    except ImportError:
        raise SetupError("webhook_dependency", tw.WEBHOOK_DEPENDENCY) from None
    path = urlsplit(t.webhook_url).path.strip("/")
    await application.updater.start_webhook(
        listen=t.webhook_listen, port=t.webhook_port, url_path=path, webhook_url=t.webhook_url,
        secret_token=secret, allowed_updates=UPDATES,
    )


def run_bot(config, state: BotState, *, announce=print) -> int:
    """The ``askbot telegram`` main loop: 0 after SIGINT/SIGTERM, 1 on a 409 conflict."""
    check_settings(config)
    token = read_token(config)
    root = api_root(config)
    mask = install_mask(token)
    try:
        return asyncio.run(_main(config, state, token, root, announce))
    finally:
        remove_mask(mask)


async def _main(config, state, token, root, announce) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    watch = ConflictWatch(stop)
    application = build_application(config, token, state, root, watch)
    quiet = _QuietCleanup(watch)
    updater_log = logging.getLogger("telegram.ext.Updater")
    updater_log.addFilter(quiet)
    try:
        outcome = await serve(application, config, stop, watch,
                              on_ready=lambda name, mode: announce(tw.STARTED.format(username=name, mode=mode)))
    finally:
        updater_log.removeFilter(quiet)
    if outcome.reason == "conflict":
        raise SetupError("conflict", tw.CONFLICT)
    announce(tw.STOPPED)
    return 0
