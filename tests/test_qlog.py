"""The question log (JSONL, append-only) and ``askbot report``."""

from __future__ import annotations

import json

import pytest

from askbot.answer import Hit, Reply
from askbot.cli import main
from askbot.corpus import Passage
from askbot.qlog import QuestionLog, build_report, normalise

PASSAGE = Passage(0, "identite.md", "Identité", "Création", "Ai Movement a été créé en 2021.", None)


def answer(question: str) -> Reply:
    return Reply(question, "answer", "Ai Movement a été créé en 2021.\n\nSource : Identité",
                 hits=(Hit(PASSAGE, 7.25),), source=PASSAGE)


def refusal(question: str) -> Reply:
    return Reply(question, "refusal", "Je suis désolé…")


def lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_question_and_feedback_lines_without_user_ids(tmp_path):
    log = QuestionLog(tmp_path / "logs" / "q.jsonl")
    entry = log.question("telegram", answer("Quand Ai Movement a-t-il été créé ?"), user_id=7, chat_id=7)
    log.question("console", refusal("Quel temps fait-il ?"))
    log.feedback(entry, "down", user_id=7)
    first, second, third = lines(tmp_path / "logs" / "q.jsonl")
    assert first["event"] == "question" and first["channel"] == "telegram" and first["answered"] is True
    assert first["source"] == "identite.md" and first["score"] == 7.25 and first["time"].endswith("+00:00")
    assert second["answered"] is False and second["source"] is None and second["score"] is None
    assert third == {"event": "feedback", "id": entry, "time": third["time"], "feedback": "down"}
    assert not any("user" in r or "chat" in r for r in (first, second, third))


def test_user_ids_only_when_configured(tmp_path):
    log = QuestionLog(tmp_path / "q.jsonl", store_user_ids=True)
    log.question("telegram", answer("Q ?"), user_id=7, chat_id=-100)
    [record] = lines(tmp_path / "q.jsonl")
    assert record["user"] == 7 and record["chat"] == -100


def test_disabled_log_writes_nothing(tmp_path):
    log = QuestionLog(None)
    log.feedback(log.question("telegram", answer("Q ?")), "up")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_log_does_not_raise(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("")
    log = QuestionLog(blocker / "q.jsonl")
    log.question("telegram", answer("Q ?"))
    assert "cannot write the question log" in caplog.text


def test_feedback_value_is_checked(tmp_path):
    with pytest.raises(ValueError):
        QuestionLog(tmp_path / "q.jsonl").feedback("x", "meh")


def test_normalise_groups_spelling_variants():
    assert normalise("Où est le SIÈGE ?") == normalise("ou est le siege") == "ou est le siege"


def test_report_ranks_unanswered_and_disliked(tmp_path):
    path = tmp_path / "q.jsonl"
    log = QuestionLog(path)
    for q in ("Quel est le budget ?", "quel est le BUDGET", "Combien d'employés ?", "Quel est le budget ?"):
        log.question("telegram", refusal(q))
    log.question("telegram", Reply("Bonjour", "smalltalk", "Bonjour !"))
    bad = log.question("telegram", answer("Qui a créé Ai Movement ?"))
    good = log.question("console", answer("Quand ?"))
    log.feedback(bad, "up")
    log.feedback(bad, "down")  # the latest opinion counts
    log.feedback(good, "up")
    with open(path, "a", encoding="utf-8") as stream:
        stream.write("{not json\n")
    report = build_report(path)
    assert report.total == 7 and report.answered == 2
    assert report.unanswered == (("Quel est le budget ?", 3), ("Combien d'employés ?", 1))
    [(entry, count)] = report.disliked
    assert entry.question == "Qui a créé Ai Movement ?" and entry.source == "identite.md" and count == 1
    assert report.liked == 1 and report.skipped_lines == 1


def test_askbot_report_command(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("ASKBOT_CONFIG", raising=False)
    path = tmp_path / "q.jsonl"
    log = QuestionLog(path)
    log.question("telegram", refusal("Quel est le budget ?"))
    log.feedback(log.question("telegram", answer("Qui a créé Ai Movement ?")), "down")
    config = tmp_path / "config.yaml"
    config.write_text(f"log:\n  path: {path.name}\n", encoding="utf-8")
    assert main(["report", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "Questions enregistrées : 2, dont 1 avec une réponse (50 %)." in out
    assert "1 × Quel est le budget ?" in out
    assert "1 × Qui a créé Ai Movement ?" in out and "source : identite.md" in out


def test_askbot_report_without_log(tmp_path, capsys):
    assert main(["report", "--log", str(tmp_path / "absent.jsonl")]) == 0
    assert "Aucune question n'a encore été enregistrée" in capsys.readouterr().out
