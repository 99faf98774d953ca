"""Shared pieces of the Telegram tests: a tiny corpus, a config file, the bot run in-process.

The environment of every Telegram test is isolated (``telegram_env``): no
proxy variable can send 127.0.0.1 traffic elsewhere, no token or config of
the developer leaks in, and HOME is a temporary folder.
"""

from __future__ import annotations

import asyncio
import os
import threading
from pathlib import Path

import pytest
import yaml

from fake_bot_api import TOKEN, FakeBotApi, User

PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
ADMIN = User(4242, "Nadia", "nadia_admin")
ALICE = User(1001, "Alice", "alice")
BOB = User(1002, "Bob", "bob")

DOCUMENTS = {
    "identite.md": """---
title: Ai Movement — Identité
source: https://aim.um6p.ma/fr/
---

# Ai Movement : identité

## Création

Ai Movement est le Centre international d'intelligence artificielle du Maroc. Ai Movement a été créé en 2021 par l'Université Mohammed VI Polytechnique (UM6P).

## Siège

Le siège d'Ai Movement se trouve à Rabat, au Maroc, dans le quartier Technopolis.
""",
    "direction.md": """---
title: Ai Movement — Direction
---

# Direction

## Présidente

Amal El Fallah Seghrouchni est la fondatrice et la présidente exécutive d'Ai Movement.
""",
    "formations.md": """---
title: Ai Movement — Formations
---

# Formations

## Programmes

Ai Movement propose des formations en intelligence artificielle pour les étudiants, les ingénieurs et les cadres.
""",
}


@pytest.fixture
def telegram_env(monkeypatch, tmp_path):
    for name in PROXY_VARS + ("TELEGRAM_BOT_TOKEN", "ASKBOT_TELEGRAM_API_URL", "ASKBOT_CONFIG",
                              "TELEGRAM_WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)
    # A proxy that does not exist: any request that obeyed it would fail loudly.
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    yield


@pytest.fixture
def fake():
    server = FakeBotApi().start()
    yield server
    server.stop()


def make_corpus(folder: Path, documents: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (documents or DOCUMENTS).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_config(folder: Path, fake: FakeBotApi | None = None, *, log: dict | None = None,
                 **telegram) -> Path:
    corpus = make_corpus(folder / "corpus") if not (folder / "corpus").exists() else folder / "corpus"
    settings = {"poll_timeout": 5, "request_timeout": 1.0, "retries": 3, "admins": [ADMIN.id]}
    if fake is not None:
        settings["api_url"] = fake.root
    settings.update(telegram)
    data = {"corpus": {"dir": str(corpus)}, "telegram": settings,
            "log": {"path": str(folder / "questions.jsonl"), **(log or {})}}
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


class BotRunner:
    """The real bot (PTB Application and askbot handlers) on its own event loop thread."""

    def __init__(self, config_path: Path, *, token: str = TOKEN, backoff: float = 0.02) -> None:
        from askbot.config import load_config

        self.config = load_config(config_path)
        self.token = token
        self.backoff = backoff
        self.error: BaseException | None = None
        self.username = None
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, name="askbot-in-process", daemon=True)

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # reported to the test thread
            self.error = exc
        finally:
            self._ready.set()

    async def _main(self) -> None:
        from askbot.engine import Engine
        from askbot.qlog import QuestionLog
        from askbot.telegram_bot import BotState
        from askbot.telegram_net import ConflictWatch
        from askbot.telegram_run import api_root, build_application, serve

        config = self.config
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        engine = Engine.from_config(config)
        self.state = BotState(engine, config, QuestionLog.from_config(config))
        watch = ConflictWatch(self._stop)
        app = build_application(config, self.token, self.state, api_root(config, os.environ), watch,
                                backoff=self.backoff)

        def ready(username, mode):
            self.username = username
            self._ready.set()

        await serve(app, config, self._stop, watch, on_ready=ready)

    def __enter__(self) -> "BotRunner":
        self._thread.start()
        if not self._ready.wait(20):
            raise AssertionError("the bot did not start")
        if self.error:
            raise self.error
        return self

    def stop(self) -> None:
        if self._loop and self._stop and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(20)
        assert not self._thread.is_alive(), "the bot did not stop"

    def __exit__(self, *exc) -> None:
        self.stop()
        if self.error and not exc[0]:
            raise self.error
