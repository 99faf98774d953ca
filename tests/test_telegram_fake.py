"""The fake Bot API server itself: protocol, Telegram's limits, faults, and a real PTB Bot against it."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

from fake_bot_api import BOT_USERNAME, TOKEN, Chat, FakeBotApi, HtmlError, parse_html
from telegram_support import ALICE, fake, telegram_env  # noqa: F401  (fixtures)

pytestmark = pytest.mark.usefixtures("telegram_env")


@pytest.fixture
def client():
    with httpx.Client(trust_env=False, timeout=5) as c:
        yield c


def call(client, fake, method, **params):
    return client.post(f"{fake.root}/bot{TOKEN}/{method}", data=params)


def test_get_me_and_bad_token(fake, client):
    assert call(client, fake, "getMe").json()["result"]["username"] == BOT_USERNAME
    answer = client.post(f"{fake.root}/bot123:wrong/getMe")
    assert answer.status_code == 401 and answer.json()["ok"] is False
    assert call(client, fake, "noSuchMethod").status_code == 404


@pytest.mark.parametrize("text, error", [
    ("<b>gras</i>", "Unmatched end tag"), ("a & b", "reserved"), ("a < b", "Unsupported start tag"),
    ("<blink>x</blink>", "Unsupported start tag"), ("<b>ouvert", "Can't find end tag"),
    ("&nbsp;", "reserved"), ('<a>lien</a>', "href"),
])
def test_html_is_checked_like_telegram(text, error):
    with pytest.raises(HtmlError, match=error):
        parse_html(text)


def test_valid_html_gives_its_plain_text():
    assert parse_html('<b>A</b> &amp; <i><a href="https://x.ma/?a=1&amp;b=2">l&#x27;UM6P</a></i> &lt;3') == \
        "A & l'UM6P <3"


def test_send_message_limits(fake, client):
    ok = call(client, fake, "sendMessage", chat_id=5, text="<b>Bonjour</b>", parse_mode="HTML")
    assert ok.json()["result"]["text"] == "Bonjour"
    bad = call(client, fake, "sendMessage", chat_id=5, text="<b>Bonjour", parse_mode="HTML")
    assert bad.status_code == 400 and "can't parse entities" in bad.json()["description"]
    assert call(client, fake, "sendMessage", chat_id=5, text="x" * 4096).status_code == 200
    long = call(client, fake, "sendMessage", chat_id=5, text="x" * 4097)
    assert long.status_code == 400 and "too long" in long.json()["description"]
    emoji = call(client, fake, "sendMessage", chat_id=5, text="😀" * 2049)  # 4,098 UTF-16 units
    assert emoji.status_code == 400
    assert call(client, fake, "sendMessage", chat_id=5, text="  ").status_code == 400
    markup = '{"inline_keyboard": [[{"text": "x", "callback_data": "%s"}]]}' % ("a" * 65)
    assert call(client, fake, "sendMessage", chat_id=5, text="x", reply_markup=markup).status_code == 400
    assert [m["text"] for m in fake.messages(5)] == ["Bonjour", "x" * 4096]


def test_get_updates_long_polls_and_confirms_with_offset(fake, client):
    start = time.monotonic()
    assert call(client, fake, "getUpdates", timeout=0.3).json()["result"] == []
    assert time.monotonic() - start >= 0.3
    threading.Timer(0.2, lambda: fake.send_text("/start", ALICE)).start()
    start = time.monotonic()
    [update] = call(client, fake, "getUpdates", timeout=5).json()["result"]
    assert time.monotonic() - start < 2
    assert update["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    again = call(client, fake, "getUpdates", timeout=0).json()["result"]
    assert again == [update]  # not confirmed yet
    assert call(client, fake, "getUpdates", timeout=0, offset=update["update_id"] + 1).json()["result"] == []


def test_mentions_and_group_chats(fake, client):
    group = Chat(-100, "group", "Club IA")
    fake.send_text(f"@{BOT_USERNAME} où est le siège ?", ALICE, group)
    [update] = call(client, fake, "getUpdates").json()["result"]
    message = update["message"]
    assert message["chat"]["type"] == "group"
    assert message["entities"] == [{"type": "mention", "offset": 0, "length": len(BOT_USERNAME) + 1}]


def test_a_new_poll_terminates_the_pending_one(fake, client):
    results = {}

    def first():
        with httpx.Client(trust_env=False, timeout=5) as other:
            results["first"] = call(other, fake, "getUpdates", timeout=3)

    thread = threading.Thread(target=first)
    thread.start()
    fake.wait_polling()
    second = call(client, fake, "getUpdates", timeout=0.2)
    thread.join()
    assert results["first"].status_code == 409 and "Conflict" in results["first"].json()["description"]
    assert second.status_code == 200


def test_refuse_newer_mode(client):
    server = FakeBotApi(conflict="refuse_newer").start()
    try:
        thread = threading.Thread(target=lambda: call(httpx.Client(trust_env=False), server, "getUpdates", timeout=1))
        thread.start()
        server.wait_polling()
        assert call(client, server, "getUpdates", timeout=0).status_code == 409
        thread.join()
    finally:
        server.stop()


@pytest.mark.parametrize("kind, status", [("retry_after", 429), ("parse_entities", 400), ("conflict", 409),
                                          ("server_error", 500), ("bad_gateway", 502)])
def test_injected_http_faults(fake, client, kind, status):
    fake.inject("sendMessage", kind, retry_after=3)
    answer = call(client, fake, "sendMessage", chat_id=5, text="x")
    assert answer.status_code == status
    if kind == "retry_after":
        assert answer.json()["parameters"] == {"retry_after": 3}
    assert call(client, fake, "sendMessage", chat_id=5, text="x").status_code == 200
    assert [c.fault for c in fake.recorded("sendMessage")] == [kind, None]
    assert len(fake.messages(5)) == 1


def test_dropped_connection_and_slow_reply(fake):
    fake.inject("sendMessage", "drop")
    with httpx.Client(trust_env=False, timeout=0.3) as c:
        with pytest.raises(httpx.RemoteProtocolError):
            call(c, fake, "sendMessage", chat_id=5, text="x")
        fake.inject("sendMessage", "slow", delay=1.0)
        with pytest.raises(httpx.ReadTimeout):
            call(c, fake, "sendMessage", chat_id=5, text="y")
    # The slow request is still carried out, as Telegram would.
    fake.wait_messages(5, 1)
    assert fake.messages(5)[0]["text"] == "y"


def test_callback_query_can_be_answered_once(fake, client):
    query = fake.press({"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"}}, "p:1", ALICE)
    assert call(client, fake, "answerCallbackQuery", callback_query_id=query).status_code == 200
    assert call(client, fake, "answerCallbackQuery", callback_query_id=query).status_code == 400
    assert fake.query_answered(query)


def test_real_ptb_bot_against_the_fake(fake):
    """python-telegram-bot's own Bot talks to the fake: base_url, base_file_url, uploads."""
    from telegram import Bot
    from telegram.request import HTTPXRequest

    async def scenario():
        request = HTTPXRequest(httpx_kwargs={"trust_env": False})
        async with Bot(TOKEN, base_url=f"{fake.root}/bot", base_file_url=f"{fake.root}/file/bot",
                       request=request) as bot:
            assert bot.username == BOT_USERNAME
            message = await bot.send_message(ALICE.id, "<b>Salut</b> &amp; bienvenue", parse_mode="HTML")
            assert message.text == "Salut & bienvenue"
            await bot.set_my_commands([("aide", "Aide")])
            document = fake.add_file("Bonjour le monde".encode(), "note.txt")
            tg_file = await bot.get_file(document["file_id"])
            assert tg_file.file_path.startswith(f"{fake.root}/file/bot{TOKEN}/")
            assert bytes(await tg_file.download_as_bytearray()) == "Bonjour le monde".encode()

    asyncio.run(scenario())
    assert fake.commands == [{"command": "aide", "description": "Aide"}]
    assert [c.method for c in fake.recorded()][-3:] == ["setMyCommands", "getFile", "download"]
