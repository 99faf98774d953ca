"""``askbot telegram`` as a real subprocess against the fake Bot API server.

Start-up and clean shutdown on SIGINT/SIGTERM, the token read from the
environment and masked even in debug logs, the Bot API root from
``$ASKBOT_TELEGRAM_API_URL``, proxy variables ignored for 127.0.0.1, clear
errors for a missing, malformed or rejected token, an unreachable server and
a second instance (409 Conflict); webhook mode in-process.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from askbot import telegram_wording as tw
from fake_bot_api import BOT_USERNAME, TOKEN, FakeBotApi
from telegram_support import ALICE, BotRunner, fake, telegram_env, write_config  # noqa: F401

pytestmark = pytest.mark.usefixtures("telegram_env")
READY = f"askbot écoute Telegram en tant que @{BOT_USERNAME}"
CREATED = "Quand Ai Movement a-t-il été créé ?"


class BotProcess:
    """``python -m askbot telegram`` with its stderr in a file (no pipe to fill up)."""

    def __init__(self, folder, config, *, token=TOKEN, api_url=None, args=(), name="bot"):
        env = dict(os.environ, ASKBOT_CONFIG=str(config), PYTHONUNBUFFERED="1")
        if token is not None:
            env["TELEGRAM_BOT_TOKEN"] = token
        if api_url is not None:
            env["ASKBOT_TELEGRAM_API_URL"] = api_url
        self.log = folder / f"{name}.stderr"
        self._stream = open(self.log, "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "askbot", *args, "telegram"], env=env,
                                     cwd=folder, stdin=subprocess.DEVNULL, stdout=self._stream,
                                     stderr=self._stream)

    @property
    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_output(self, text: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"no {text!r} in the bot's output:\n{self.output}")
            time.sleep(0.05)

    def wait(self, timeout: float = 15) -> int:
        try:
            return self.proc.wait(timeout)
        finally:
            self._stream.close()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.wait()


@pytest.fixture
def processes():
    started: list[BotProcess] = []
    yield started
    for process in started:
        process.kill()


def run_once(folder, config, **kwargs) -> tuple[int, str]:
    process = BotProcess(folder, config, **kwargs)
    code = process.wait(30)
    return code, process.output


def test_missing_token(tmp_path):
    code, output = run_once(tmp_path, write_config(tmp_path), token=None)
    assert code == 2
    assert output.strip() == "askbot : " + tw.TOKEN_MISSING.format(env="TELEGRAM_BOT_TOKEN")


def test_malformed_token_is_refused_and_not_shown(tmp_path):
    code, output = run_once(tmp_path, write_config(tmp_path, token_env="MON_JETON"), token=None)
    assert code == 2 and "MON_JETON" in output
    secret = "secret-qui-ne-doit-pas-fuiter"
    os.environ["TELEGRAM_BOT_TOKEN"] = secret
    try:
        code, output = run_once(tmp_path, write_config(tmp_path), token=secret)
    finally:
        del os.environ["TELEGRAM_BOT_TOKEN"]
    assert code == 2 and "n'a pas le format attendu" in output and secret not in output


def test_token_rejected_by_the_server(tmp_path, fake):
    wrong = "987654321:" + "B" * 35
    code, output = run_once(tmp_path, write_config(tmp_path), token=wrong, api_url=fake.root)
    assert code == 2 and "a refusé le jeton" in output
    assert wrong not in output and "Traceback" not in output


def test_unreachable_server(tmp_path):
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, output = run_once(tmp_path, write_config(tmp_path, retries=0),
                            api_url=f"http://127.0.0.1:{port}")
    assert code == 2 and f"impossible de joindre le serveur Bot API (127.0.0.1:{port})" in output
    assert "Traceback" not in output


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_conversation_then_clean_shutdown(tmp_path, fake, processes, sig):
    # The config names a dead server: the environment variable must win. The
    # proxy variables set by telegram_env point nowhere and must be ignored.
    config = write_config(tmp_path, api_url="http://127.0.0.1:9")
    bot = BotProcess(tmp_path, config, api_url=fake.root, args=("-vv",))
    processes.append(bot)
    bot.wait_output(READY)
    assert [c["command"] for c in fake.commands][:2] == ["start", "aide"]
    fake.send_text("/start", ALICE)
    assert fake.wait_messages(ALICE.id, 1)[-1]["text"].startswith("Bonjour")
    fake.send_text(CREATED, ALICE)
    answer = fake.wait_messages(ALICE.id, 2)[-1]["text"]
    assert "2021" in answer and "Source : Ai Movement — Identité" in answer
    fake.send_text("Et où se trouve son siège ?", ALICE)
    assert "Rabat" in fake.wait_messages(ALICE.id, 3)[-1]["text"]
    bot.proc.send_signal(sig)
    assert bot.wait() == 0
    output = bot.output
    assert tw.STOPPED in output and "Traceback" not in output
    # -vv logs every request URL: the token must be masked in all of them.
    assert TOKEN not in output and "<jeton masqué>" in output
    entries = [json.loads(line) for line in (tmp_path / "questions.jsonl").read_text().splitlines()]
    assert [e["answered"] for e in entries] == [True, True]


@pytest.mark.parametrize("mode", ["terminate_older", "refuse_newer"])
def test_second_instance_exits_with_a_clear_error(tmp_path, processes, mode):
    server = FakeBotApi(conflict=mode).start()
    try:
        config = write_config(tmp_path, poll_timeout=5)
        first = BotProcess(tmp_path, config, api_url=server.root, name="first")
        processes.append(first)
        first.wait_output(READY)
        server.send_text("/start", ALICE)  # the first instance has served: it is established
        server.wait_messages(ALICE.id, 1)
        server.wait_polling()
        second = BotProcess(tmp_path, config, api_url=server.root, name="second")
        processes.append(second)
        assert second.wait(20) == 1
        assert "askbot : " + tw.CONFLICT in second.output
        assert "Traceback" not in second.output
        # The first instance keeps serving.
        server.send_text(CREATED, ALICE)
        assert "2021" in server.wait_messages(ALICE.id, 2, timeout=15)[-1]["text"]
        assert first.proc.poll() is None
        first.proc.send_signal(signal.SIGINT)
        assert first.wait() == 0
    finally:
        server.stop()


def test_webhook_mode(tmp_path, fake, monkeypatch):
    pytest.importorskip("tornado")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "s3cret_token-42")
    config = write_config(tmp_path, fake, webhook_url="https://bot.exemple.ma/askbot/hook",
                          webhook_listen="127.0.0.1", webhook_port=port)
    with BotRunner(config):
        [call] = fake.recorded("setWebhook")
        assert call.params["url"] == "https://bot.exemple.ma/askbot/hook"
        assert call.params["secret_token"] == "s3cret_token-42"
        assert not fake.recorded("getUpdates")
        update = {"update_id": 1, "message": fake.message(ALICE, text=CREATED)}
        with httpx.Client(trust_env=False, timeout=5) as client:
            url = f"http://127.0.0.1:{port}/askbot/hook"
            refused = client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "faux"})
            assert refused.status_code == 403
            accepted = client.post(url, json=update,
                                   headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret_token-42"})
            assert accepted.status_code == 200
        assert "2021" in fake.wait_messages(ALICE.id, 1)[-1]["text"]


def test_systemd_unit_and_readme_agree():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    unit = (root / "deploy" / "askbot-telegram.service").read_text(encoding="utf-8")
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "ExecStart=/opt/askbot/.venv/bin/askbot telegram" in unit
    assert "EnvironmentFile=/etc/askbot/telegram.env" in unit and "TELEGRAM_BOT_TOKEN" not in unit.split("[Service]")[1].split("#")[0]
    assert "RestartPreventExitStatus=1 2" in unit
    for needle in ("deploy/askbot-telegram.service", "BotFather", "TELEGRAM_BOT_TOKEN", "telegram.webhook_url",
                   "askbot report"):
        assert needle in readme
