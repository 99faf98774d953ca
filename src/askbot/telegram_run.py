"""Running the Telegram bot: token, Bot API server, retries, polling or webhook, shutdown.

* The token comes only from the environment variable named by
  ``telegram.token_env``; it is checked for shape and masked in every log
  record (:class:`TokenMask`).
* The Bot API root (``telegram.api_url``, overridden by
  ``$ASKBOT_TELEGRAM_API_URL``) gives ``{root}/bot{token}/{method}`` and
  ``{root}/file/bot{token}/{path}``, as Telegram and the self-hosted server
  use. Environment proxies are ignored for a loopback root.
* Retries and 409 handling live in :mod:`askbot.telegram_net`.
* :func:`serve` runs until its stop event is set (by SIGINT/SIGTERM in
  :func:`run_bot`, by the tests otherwise) and says why it stopped.
"""

from __future__ import annotations

import asyncio
import importlib.util
import ipaddress
import logging
import os
import re
import secrets
import signal
from urllib.parse import urlsplit

from telegram import BotCommand
from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application, ApplicationBuilder
from telegram.request import HTTPXRequest

from . import telegram_wording as tw
from .errors import AskbotError
from .telegram_bot import BotState, add_handlers
from .telegram_net import ConflictWatch, PollRequest, QuietCleanup, RetryingLimiter

log = logging.getLogger(__name__)
API_URL_ENV = "ASKBOT_TELEGRAM_API_URL"
TOKEN_SHAPE = re.compile(r"\d{1,20}:[A-Za-z0-9_-]{30,100}")
SECRET_SHAPE = re.compile(r"[A-Za-z0-9_-]{1,256}")
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


async def serve(application: Application, config, stop: asyncio.Event, watch: ConflictWatch,
                on_ready=None) -> None:
    """Run until ``stop`` is set or a conflict is detected (``watch.conflict``); always shuts down cleanly."""
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


async def _start_webhook(application: Application, config) -> None:
    t = config.telegram
    secret = os.environ.get(t.webhook_secret_env) or secrets.token_urlsafe(32)
    if not SECRET_SHAPE.fullmatch(secret):
        raise SetupError("webhook_secret", tw.WEBHOOK_SECRET_INVALID.format(env=t.webhook_secret_env))
    if importlib.util.find_spec("tornado") is None:  # PTB's webhook server
        raise SetupError("webhook_dependency", tw.WEBHOOK_DEPENDENCY)
    path = urlsplit(t.webhook_url).path.strip("/")
    await application.updater.start_webhook(
        listen=t.webhook_listen, port=t.webhook_port, url_path=path, webhook_url=t.webhook_url,
        secret_token=secret, allowed_updates=UPDATES,
    )


def run_bot(config, state: BotState, token: str, root: str, *, announce=print) -> int:
    """The ``askbot telegram`` main loop with the checked token and API root (see
    :func:`read_token`, :func:`api_root`): 0 after SIGINT/SIGTERM, 1 on a 409 conflict."""
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
    quiet = QuietCleanup(watch)
    updater_log = logging.getLogger("telegram.ext.Updater")
    updater_log.addFilter(quiet)
    try:
        await serve(application, config, stop, watch,
                    on_ready=lambda name, mode: announce(tw.STARTED.format(username=name, mode=mode)))
    finally:
        updater_log.removeFilter(quiet)
    if watch.conflict:
        raise SetupError("conflict", tw.CONFLICT)
    announce(tw.STOPPED)
    return 0
