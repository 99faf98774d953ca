"""The real bot, in-process, against the fake Bot API server: conversation, buttons, groups, admins."""

from __future__ import annotations

import json
import logging

import pytest

from askbot import telegram_wording as tw
from fake_bot_api import BOT_ID, BOT_USERNAME, Chat
from telegram_support import (ADMIN, ALICE, BOB, BotRunner, fake, make_corpus,  # noqa: F401
                              telegram_env, write_config)

pytestmark = pytest.mark.usefixtures("telegram_env")
GROUP = Chat(-1001, "supergroup", "Club IA")
CREATED = "Quand Ai Movement a-t-il été créé ?"


@pytest.fixture
def bot(fake, tmp_path):
    with BotRunner(write_config(tmp_path, fake)) as runner:
        yield runner


def ask(fake, text, user=ALICE, chat=None, count=None):
    """Send ``text`` and return the bot's newest message in that chat."""
    chat_id = chat.id if chat else user.id
    before = len(fake.messages(chat_id))
    fake.send_text(text, user, chat)
    return fake.wait_messages(chat_id, count or before + 1)[-1]


def log_lines(tmp_path):
    path = tmp_path / "questions.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_start_registers_commands_and_welcomes(fake, bot):
    assert [c["command"] for c in fake.commands] == ["start", "aide", "question", "sources", "apropos"]
    welcome = ask(fake, "/start")
    assert welcome["text"].startswith("Bonjour ! Je suis askbot")
    assert "Ai Movement — Direction" in welcome["text"] and "/aide" in welcome["text"]
    assert welcome["parse_mode"] == "HTML"
    help_text = ask(fake, "/aide")["text"]
    assert f"@{BOT_USERNAME}" in help_text and "/question" in help_text
    assert "Ai Movement — Formations" in ask(fake, "/sources")["text"]
    assert "BM25" in ask(fake, "/apropos")["text"]
    assert ask(fake, "/inconnue")["text"] == tw.UNKNOWN_COMMAND


def test_question_answered_with_source_and_buttons(fake, bot, tmp_path):
    reply = ask(fake, CREATED)
    assert "créé en 2021" in reply["text"]
    assert reply["text"].endswith("Source : Ai Movement — Identité")
    assert '<a href="https://aim.um6p.ma/fr/">' in reply["raw"]
    buttons = [b["text"] for row in reply["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons == ["Voir le passage", "Autre réponse", "👍", "👎"]
    methods = [c.method for c in fake.recorded() if c.method in ("sendChatAction", "sendMessage")]
    assert methods[-2:] == ["sendChatAction", "sendMessage"]
    [entry] = log_lines(tmp_path)
    assert entry["channel"] == "telegram" and entry["answered"] and entry["source"] == "identite.md"
    assert "user" not in entry


def test_follow_up_uses_the_chat_context(fake, bot):
    ask(fake, CREATED)
    follow_up = ask(fake, "Et où se trouve son siège ?")
    assert "Rabat" in follow_up["text"]
    # Another chat has its own context.
    assert "Rabat" in ask(fake, "Où se trouve le siège d'Ai Movement ?", user=BOB)["text"]


def test_unanswerable_question_is_refused_politely(fake, bot, tmp_path):
    reply = ask(fake, "Quel est le cours de la bourse de Tokyo ?")
    assert reply["text"].startswith("Je suis désolé")
    assert "reply_markup" not in reply
    assert log_lines(tmp_path)[0]["answered"] is False


def test_buttons_passage_other_and_feedback(fake, bot, tmp_path):
    answer = ask(fake, CREATED)
    data = {b["text"]: b["callback_data"] for row in answer["reply_markup"]["inline_keyboard"] for b in row}
    count = len(fake.messages(ALICE.id))

    query = fake.press(answer, data["Voir le passage"], ALICE)
    passage = fake.wait_messages(ALICE.id, count + 1)[-1]
    assert passage["text"].startswith("Passage complet") and "Ai Movement est le Centre" in passage["text"]
    fake.wait_for(lambda: fake.query_answered(query), what="answered query")

    query = fake.press(answer, data["Autre réponse"], ALICE)
    other = fake.wait_messages(ALICE.id, count + 2)[-1]
    assert other["text"] != answer["text"] and "Source" in other["text"]
    fake.wait_for(lambda: fake.query_answered(query), what="answered query")

    query = fake.press(other, [b["callback_data"] for b in other["reply_markup"]["inline_keyboard"][1]][1], ALICE)
    fake.wait_for(lambda: fake.query_answered(query), what="answered query")
    answered = [c for c in fake.recorded("answerCallbackQuery")][-1]
    assert answered.params["text"] == tw.FEEDBACK_THANKS
    fake.wait_calls("editMessageReplyMarkup")
    assert len(fake.messages(ALICE.id)[-1]["reply_markup"]["inline_keyboard"]) == 1
    feedback = [r for r in log_lines(tmp_path) if r["event"] == "feedback"]
    assert [r["feedback"] for r in feedback] == ["down"]

    # "Autre réponse" under an older answer: an alert, no new message.
    query = fake.press(answer, data["Autre réponse"], ALICE)
    fake.wait_for(lambda: fake.query_answered(query), what="answered query")
    alert = fake.recorded("answerCallbackQuery")[-1].params
    assert alert["text"] == tw.OLD_BUTTON and str(alert["show_alert"]).lower() == "true"
    # A button the bot never made.
    query = fake.press(answer, "zz", ALICE)
    fake.wait_for(lambda: fake.query_answered(query), what="answered query")


def test_group_replies_only_when_addressed(fake, bot):
    fake.send_text(CREATED, ALICE, GROUP)
    fake.send_text(f"@{BOT_USERNAME} {CREATED}", ALICE, GROUP)
    reply = fake.wait_messages(GROUP.id, 1)[-1]
    assert "2021" in reply["text"]
    assert reply["reply_parameters"]["message_id"] > 0  # threaded under the question
    assert len(fake.messages(GROUP.id)) == 1  # the unaddressed message got nothing

    follow = ask(fake, "Et où se trouve son siège ?", chat=GROUP, count=1)
    assert follow is reply  # still nothing new: not addressed
    fake.send_text("Et où se trouve son siège ?", BOB, GROUP, reply_to=reply)
    assert "Rabat" in fake.wait_messages(GROUP.id, 2)[-1]["text"]
    assert "formations" in ask(fake, "/question Quelles formations propose Ai Movement ?", chat=GROUP)["text"]
    assert ask(fake, f"/question@{BOT_USERNAME}", chat=GROUP)["text"].startswith("Écrivez votre question")
    assert ask(fake, f"@{BOT_USERNAME}", chat=GROUP)["text"].startswith("Oui ?")
    fake.send_other("sticker", ALICE, GROUP)
    assert ask(fake, "/aide", chat=GROUP)["text"].startswith("Je réponds")  # the sticker got nothing


def test_non_text_and_edited_messages(fake, bot):
    for kind in ("sticker", "photo", "voice", "location"):
        count = len(fake.messages(ALICE.id))
        fake.send_other(kind, ALICE)
        assert fake.wait_messages(ALICE.id, count + 1)[-1]["text"] == tw.NON_TEXT
    fake.send_text("Où est le siège ?", ALICE, edited=True)
    assert fake.wait_messages(ALICE.id, 5)[-1]["text"] == tw.EDITED
    fake.send_text("/start", ALICE, edited=True)
    assert fake.wait_messages(ALICE.id, 6)[-1]["text"] == tw.EDITED


def test_admin_adds_a_document_then_it_answers(fake, bot, tmp_path):
    text = ("# Le dôme\n\nLe dôme d'Ai Movement accueille un supercalculateur nommé Toubkal "
            "depuis 2021.\n").encode()
    fake.send_document(text, "../../etc/passwd/Dôme.md", ADMIN)
    confirmation = fake.wait_messages(ADMIN.id, 1)[-1]["text"]
    assert confirmation.startswith("Document ajouté : « ") and "(1 passage(s))" in confirmation
    added = sorted(p.name for p in (tmp_path / "corpus").iterdir())
    assert "dome.md" in added and not (tmp_path / "etc").exists()
    assert "Toubkal" in ask(fake, "Comment s'appelle le supercalculateur du dôme ?", user=ADMIN)["text"]
    fake.send_document(text, "copie.md", ADMIN)
    assert fake.wait_messages(ADMIN.id, 3)[-1]["text"].startswith("Document refusé")
    removed = ask(fake, "/retirer dome.md", user=ADMIN)["text"]
    assert removed.startswith("Document retiré")
    assert not (tmp_path / "corpus" / "dome.md").exists()
    assert ask(fake, "/retirer", user=ADMIN)["text"].startswith("Indiquez le document")


def test_documents_refused(fake, bot, tmp_path):
    before = sorted((tmp_path / "corpus").iterdir())
    fake.send_document(b"Bonjour", "note.md", ALICE)
    assert fake.wait_messages(ALICE.id, 1)[-1]["text"] == tw.ADMIN_ONLY
    assert ask(fake, "/retirer identite.md", user=ALICE)["text"] == tw.ADMIN_ONLY
    fake.send_document(b"x" * 10, "gros.md", ADMIN, size=21 * 1024 * 1024)
    assert fake.wait_messages(ADMIN.id, 1)[-1]["text"].startswith("Ce document est trop volumineux (21 Mo)")
    fake.send_document(b"MZ\x90\x00", "outil.exe", ADMIN)
    assert fake.wait_messages(ADMIN.id, 2)[-1]["text"].startswith("Je ne peux pas ajouter ce type")
    assert sorted((tmp_path / "corpus").iterdir()) == before
    assert not fake.recorded("getFile")


def test_long_passage_is_split_cleanly(fake, tmp_path):
    sentence = "Le programme de bourses d'Ai Movement finance des doctorants en intelligence artificielle & données. "
    make_corpus(tmp_path / "corpus", {"bourses.md": "---\ntitle: Bourses\n---\n\n# Bourses\n\n" + sentence * 70})
    config = write_config(tmp_path, fake)
    config.write_text(config.read_text() + "corpus:\n  dir: corpus\n  max_passage_chars: 20000\n")
    with BotRunner(config):
        answer = ask(fake, "Que finance le programme de bourses ?")
        count = len(fake.messages(ALICE.id))
        fake.press(answer, answer["reply_markup"]["inline_keyboard"][0][0]["callback_data"], ALICE)
        parts = fake.wait_messages(ALICE.id, count + 2)[count:]
    assert all(len(p["text"]) <= 4096 for p in parts)
    assert parts[0]["text"].startswith("Passage complet")
    assert parts[1]["text"].startswith("Le programme") or parts[1]["text"].startswith("Source")
    joined = " ".join(p["text"] for p in parts)
    assert joined.count("doctorants") == 70


def test_rate_limit_per_user(fake, tmp_path):
    with BotRunner(write_config(tmp_path, fake, rate_limit_per_minute=2)):
        ask(fake, CREATED)
        ask(fake, CREATED)
        assert ask(fake, CREATED)["text"] == tw.RATE_LIMITED
        fake.send_text(CREATED, ALICE)  # silent: one warning per window
        assert "2021" in ask(fake, CREATED, user=BOB)["text"]
        assert len(fake.messages(ALICE.id)) == 3


def test_user_ids_logged_only_when_configured(fake, tmp_path):
    with BotRunner(write_config(tmp_path, fake, log={"store_user_ids": True})):
        ask(fake, CREATED)
    assert log_lines(tmp_path)[0]["user"] == ALICE.id


@pytest.mark.parametrize("method, kind", [
    ("sendMessage", "retry_after"), ("sendMessage", "parse_entities"), ("sendMessage", "server_error"),
    ("sendMessage", "bad_gateway"), ("sendMessage", "slow"), ("sendMessage", "drop"),
    ("sendChatAction", "server_error"), ("getUpdates", "conflict"), ("getUpdates", "bad_gateway"),
    ("getUpdates", "drop"), ("answerCallbackQuery", "retry_after"),
])
def test_faults_are_survived(fake, bot, method, kind):
    ask(fake, "/start")  # the bot has polled successfully
    fake.slow_delay = 1.5  # longer than request_timeout (1 s)
    fake.inject(method, kind)
    answer = ask(fake, CREATED)
    assert "2021" in answer["text"]
    if method == "answerCallbackQuery":
        query = fake.press(answer, answer["reply_markup"]["inline_keyboard"][1][0]["callback_data"], ALICE)
        fake.wait_for(lambda: fake.query_answered(query), what="the query answered after a 429")
    assert "2021" in ask(fake, CREATED, user=BOB)["text"]
    fake.wait_for(lambda: any(c.fault == kind for c in fake.recorded(method)), what=f"the {kind} fault")
    if kind == "parse_entities":
        assert fake.recorded("sendMessage")[-2].params.get("parse_mode") is None  # plain fallback


def test_error_handler_logs_and_apologises(fake, bot, caplog):
    caplog.set_level(logging.WARNING)
    fake.inject("sendMessage", "server_error", count=4)  # the answer fails even after 3 retries
    apology = ask(fake, CREATED)
    assert apology["text"] == tw.APOLOGY
    record = next(r for r in caplog.records if r.getMessage() == "error while handling an update")
    assert record.exc_info is not None
    assert "2021" in ask(fake, CREATED)["text"]


def test_text_mention_of_the_bot_counts(fake, bot):
    message = fake.message(ALICE, GROUP, text="Askbot, où se trouve le siège ?",
                           entities=[{"type": "text_mention", "offset": 0, "length": 6,
                                      "user": {"id": BOT_ID, "is_bot": True, "first_name": "Askbot"}}])
    fake.push("message", message)
    assert "Rabat" in fake.wait_messages(GROUP.id, 1)[-1]["text"]


def test_other_answers_until_none_is_left(fake, bot, tmp_path):
    from askbot import wording

    message = ask(fake, CREATED)
    texts = [message["text"]]
    while message.get("reply_markup") and len(texts) < 12:
        count = len(fake.messages(ALICE.id))
        fake.press(message, message["reply_markup"]["inline_keyboard"][0][1]["callback_data"], ALICE)
        message = fake.wait_messages(ALICE.id, count + 1)[-1]
        texts.append(message["text"])
    assert texts[-1] == wording.NO_MORE and len(set(texts)) == len(texts)
    entries = [r for r in log_lines(tmp_path) if r["event"] == "question"]
    assert len(entries) == len(texts) - 1 and all(r["answered"] for r in entries)


def test_feedback_still_counts_after_a_restart(fake, tmp_path):
    config = write_config(tmp_path, fake)
    with BotRunner(config):
        answer = ask(fake, CREATED)
    with BotRunner(config):
        query = fake.press(answer, answer["reply_markup"]["inline_keyboard"][1][0]["callback_data"], ALICE)
        fake.wait_for(lambda: fake.query_answered(query), what="answered query")
    assert [r["feedback"] for r in log_lines(tmp_path) if r["event"] == "feedback"] == ["up"]


def test_other_answer_under_an_answer_older_than_a_refused_question_is_stale(fake, bot):
    answer = ask(fake, CREATED)
    data = {b["text"]: b["callback_data"] for row in answer["reply_markup"]["inline_keyboard"] for b in row}
    refusal = ask(fake, "Quelle est la recette du couscous marocain ?")
    assert "reply_markup" not in refusal or not refusal["reply_markup"]
    count = len(fake.messages(ALICE.id))
    query = fake.press(answer, data["Autre réponse"], ALICE)
    fake.wait_for(lambda: fake.query_answered(query), what="answered query")
    assert fake.recorded("answerCallbackQuery")[-1].params["text"] == tw.OLD_BUTTON
    assert len(fake.messages(ALICE.id)) == count
    # Small talk does not replace the candidates: the button still works after it.
    answer = ask(fake, CREATED)
    data = {b["text"]: b["callback_data"] for row in answer["reply_markup"]["inline_keyboard"] for b in row}
    ask(fake, "merci")
    count = len(fake.messages(ALICE.id))
    fake.press(answer, data["Autre réponse"], ALICE)
    assert "Source" in fake.wait_messages(ALICE.id, count + 1)[-1]["text"]
