"""The small decisions of the Telegram front end, one by one: token, API root, masking, 409s, rate limit."""

from __future__ import annotations

import asyncio
import logging

import pytest

from askbot.config import Config, TelegramConfig
from askbot.telegram_admin import safe_name
from askbot.telegram_bot import RateLimiter
from askbot.telegram_net import CONFLICT_GRACE, CONFLICT_STRIKES, ConflictWatch
from askbot.telegram_run import SetupError, TokenMask, api_root, is_loopback, read_token
from telegram.error import Conflict, NetworkError

TOKEN = "123456789:AAFakeTokenForTheTestsOnly_abcdefghij"


def config(**telegram) -> Config:
    return Config(telegram=TelegramConfig(**telegram))


def test_token_from_the_configured_variable_only():
    assert read_token(config(token_env="MON_BOT"), {"MON_BOT": f" {TOKEN}\n"}) == TOKEN
    with pytest.raises(SetupError) as missing:
        read_token(config(), {"MON_BOT": TOKEN})
    assert missing.value.reason == "token_missing" and "TELEGRAM_BOT_TOKEN" in missing.value.french
    for bad in ("abc", "123:short", "123456789 AAFakeTokenForTheTestsOnly_abcdefghij", TOKEN + "/x"):
        with pytest.raises(SetupError) as malformed:
            read_token(config(), {"TELEGRAM_BOT_TOKEN": bad})
        assert malformed.value.reason == "token_malformed" and bad not in malformed.value.french


def test_api_root_from_env_then_config():
    assert api_root(config(), {}) == "https://api.telegram.org"
    assert api_root(config(api_url="http://127.0.0.1:8081/"), {}) == "http://127.0.0.1:8081"
    assert api_root(config(api_url="http://x:1"), {"ASKBOT_TELEGRAM_API_URL": "http://[::1]:81"}) == "http://[::1]:81"
    with pytest.raises(SetupError):
        api_root(config(api_url="api.telegram.org"), {})


@pytest.mark.parametrize("url, loopback", [("http://127.0.0.1:8081", True), ("http://localhost:1", True),
                                           ("http://[::1]:1", True), ("https://api.telegram.org", False),
                                           ("http://10.0.0.1", False)])
def test_loopback_detection(url, loopback):
    assert is_loopback(url) is loopback


def test_token_is_masked_in_messages_arguments_and_tracebacks():
    mask = TokenMask(TOKEN)
    try:
        raise NetworkError(f"POST https://api.telegram.org/bot{TOKEN}/getMe failed")
    except NetworkError as exc:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "url %s", (f"/bot{TOKEN}/getMe",),
                                   (type(exc), exc, exc.__traceback__))
    assert mask.filter(record)
    text = logging.Formatter().format(record)
    assert TOKEN not in text and text.count("<jeton masqué>") >= 2


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_a_newcomer_stops_at_its_first_conflict():
    stop = asyncio.Event()
    watch = ConflictWatch(stop, Clock())
    watch.polling()
    watch.on_error(Conflict("terminated by other getUpdates request"))
    assert watch.conflict and stop.is_set()


def test_an_established_instance_tolerates_stray_conflicts_but_not_a_tug_of_war():
    clock = Clock()
    stop = asyncio.Event()
    watch = ConflictWatch(stop, clock)
    watch.polling()
    clock.now = CONFLICT_GRACE + 1
    watch.on_error(NetworkError("Bad Gateway"))
    watch.on_error(Conflict("x"))
    watch.polled()  # a successful poll resets the count
    for _ in range(CONFLICT_STRIKES - 1):
        watch.on_error(Conflict("x"))
    assert not stop.is_set()
    watch.on_error(Conflict("x"))
    assert watch.conflict and stop.is_set()


def test_received_updates_make_an_instance_established():
    watch = ConflictWatch(asyncio.Event(), Clock())
    watch.polling()
    watch.polled()
    watch.on_error(Conflict("x"))
    assert not watch.conflict


def test_rate_limiter_window_and_single_warning():
    limiter = RateLimiter(per_minute=2)
    assert [limiter.check(1, t) for t in (0, 1, 2, 3)] == ["ok", "ok", "warn", "silent"]
    assert limiter.check(2, 3) == "ok"  # per user
    assert limiter.check(1, 60.5) == "ok"  # the first question left the window
    assert RateLimiter(per_minute=0).check(1, 0) == "ok"


@pytest.mark.parametrize("name, safe", [("../../etc/passwd", "passwd"), ("..\\..\\boot.ini", "boot.ini"),
                                        ("/abs/Dôme.md", "Dôme.md"), ("", "document"), ("..", "document"),
                                        (".bashrc", "bashrc"), (None, "document")])
def test_client_file_names_lose_any_folder(name, safe):
    assert safe_name(name) == safe
