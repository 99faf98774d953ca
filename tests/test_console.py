"""The terminal chat: exact transcripts of the loop, and the real ``askbot chat``
driven in a pseudo-terminal (pexpect), piped, and in ``--json`` mode.

Every process gets a configuration in ``tmp_path`` (question log and history
there) and the isolated HOME/XDG folders of conftest, so no test touches the
user's history or the repository's log.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
import time

import pexpect
import pytest

from askbot import wording
from askbot.answer import Reply
from askbot.console import INTERRUPTED, Chat, CorpusInfo, emphasize, use_color
from conftest import ROOT, run_askbot

AWITAI = "C'est quoi le programme AWITAI ?"
FOLLOW_UP = "Et la troisième cohorte, combien de femmes ?"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
PROMPT = "Vous ›"


# --- The loop, with fake streams -------------------------------------------

class FakeConversation:
    """Records the questions; answers with a fixed shape."""

    def __init__(self, fail_on: str = "") -> None:
        self.asked: list[str] = []
        self.last: Reply | None = None
        self.fail_on = fail_on

    def ask(self, question: str) -> Reply:
        if question == self.fail_on:
            raise RuntimeError("boom")
        self.asked.append(question)
        self.last = Reply(question, "answer", "Réponse sur le programme.\n\nSource : Doc — https://x.ma",
                          matched=("programme",))
        return self.last

    def full_passage(self) -> str | None:
        return None if self.last is None else "Passage complet :\n\nTout le programme.\n\nSource : Doc"

    def next_candidate(self) -> Reply:
        return Reply("", "refusal", wording.NO_MORE)


INFO = CorpusInfo((("a.md", "Doc A"), ("b.txt", "Doc B")), 5)


def lines(*items):
    """A reader giving ``items`` then EOF; an exception instance is raised instead."""
    queue = list(items)

    def read() -> str:
        if not queue:
            raise EOFError
        item = queue.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item

    return read


def test_piped_transcript_is_one_reply_per_question_and_nothing_else():
    out, conv = io.StringIO(), FakeConversation()
    status = Chat(conv, INFO, out, chatty=False).run(lines("q1", "", "   ", "q2"))
    assert status == 0 and conv.asked == ["q1", "q2"]
    reply = "Réponse sur le programme.\n\nSource : Doc — https://x.ma\n"
    assert out.getvalue() == reply + "\n" + reply


def test_chatty_transcript_with_commands():
    out, conv = io.StringIO(), FakeConversation()
    status = Chat(conv, INFO, out).run(lines("/passage", "question", "/passage", "/suivant",
                                             "/sources", "/Aide", "/inconnue x", "/quitter", "jamais lu"))
    assert status == 0 and conv.asked == ["question"]
    assert out.getvalue() == (
        "Bonjour ! Je suis askbot, l'assistant d'Ai Movement, le Centre international d'intelligence "
        "artificielle du Maroc (UM6P). Je réponds à vos questions à partir de 2 documents (5 passages), "
        "en citant mes sources. Par exemple :\n" + wording.examples_text() + "\n"
        "Tapez /aide pour voir les commandes, /quitter ou Ctrl-D pour partir.\n\n"
        + wording.NO_PASSAGE + "\n\n"
        "Réponse sur le programme.\n\nSource : Doc — https://x.ma\n\n"
        "Passage complet :\n\nTout le programme.\n\nSource : Doc\n\n"
        + wording.NO_MORE + "\n\n"
        "Mes réponses s'appuient sur 2 documents :\n• Doc A (a.md)\n• Doc B (b.txt)\n\n"
        "Posez votre question en français, puis appuyez sur Entrée. Commandes :\n"
        "  /aide     afficher cette aide\n"
        "  /sources  lister les documents sur lesquels s'appuient mes réponses\n"
        "  /passage  afficher le passage complet d'où vient la dernière réponse\n"
        "  /suivant  proposer une autre réponse à la dernière question\n"
        "  /quitter  quitter la discussion (ou Ctrl-D)\n\n"
        "Je ne connais pas la commande « /inconnue ». Commandes disponibles : "
        "/aide, /sources, /passage, /suivant, /quitter (/aide les explique).\n\n"
        + wording.GOODBYE + "\n"
    )


def test_ctrl_c_says_goodbye_with_status_130_and_eof_with_0():
    out = io.StringIO()
    assert Chat(FakeConversation(), INFO, out).run(lines("q", KeyboardInterrupt())) == INTERRUPTED
    assert out.getvalue().endswith("Source : Doc — https://x.ma\n\n" + wording.GOODBYE + "\n")
    out = io.StringIO()
    assert Chat(FakeConversation(), INFO, out, chatty=False).run(lines(KeyboardInterrupt())) == INTERRUPTED
    assert out.getvalue() == ""


def test_an_unexpected_error_is_an_apology_and_the_chat_goes_on():
    out, conv = io.StringIO(), FakeConversation(fail_on="casse")
    assert Chat(conv, INFO, out, chatty=False).run(lines("casse", "q")) == 0
    text = out.getvalue()
    assert text.startswith("Je suis désolé, une erreur inattendue") and "Traceback" not in text
    assert conv.asked == ["q"]


def test_every_question_is_reported_once_and_commands_are_not():
    seen = []
    Chat(FakeConversation(), INFO, io.StringIO(), on_reply=seen.append).run(lines("q1", "/suivant", "q2"))
    assert [r.question for r in seen] == ["q1", "q2"]


def test_emphasis_bolds_matched_words_and_dims_the_source_only_in_colour():
    text = "Le Programme AWITAI et les programmes.\n\nSource : Doc — https://x.ma"
    assert emphasize(text, ("programme", "awitai"), color=False) == text
    assert emphasize(text, ("programme", "awitai"), color=True) == (
        "Le \x1b[1mProgramme\x1b[22m \x1b[1mAWITAI\x1b[22m et les programmes.\n\n"
        "\x1b[2mSource : Doc — https://x.ma\x1b[22m")
    assert emphasize("été", ("ete",), color=True) == "\x1b[1mété\x1b[22m"


class Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("tty,environ,expected", [
    (True, {"TERM": "xterm"}, True),
    (False, {"TERM": "xterm"}, False),
    (True, {"TERM": "xterm", "NO_COLOR": "1"}, False),
    (True, {"TERM": "dumb"}, False),
])
def test_colour_only_on_a_terminal_without_no_color(tty, environ, expected):
    assert use_color(Stream(tty), environ) is expected


# --- The real process ---------------------------------------------------------

@pytest.fixture
def chat_env(tmp_path, isolated_env, shipped_corpus):
    """Environment for ``askbot chat``: a config in tmp_path on the shipped corpus."""

    def make(config_extra: str = "", color: bool = False) -> dict:
        config = tmp_path / "config.yaml"
        config.write_text(
            f"corpus:\n  dir: {json.dumps(str(shipped_corpus))}\n"
            f"log:\n  path: {json.dumps(str(tmp_path / 'questions.jsonl'))}\n" + config_extra,
            encoding="utf-8")
        env = dict(os.environ, ASKBOT_CONFIG=str(config), TERM="xterm-256color",
                   # The pty does not answer cursor position requests as a terminal would.
                   PROMPT_TOOLKIT_NO_CPR="1")
        env.pop("NO_COLOR", None)
        if not color:
            env["NO_COLOR"] = "1"
        return env

    return make


def spawn(env: dict, *args: str) -> pexpect.spawn:
    child = pexpect.spawn(sys.executable, ["-m", "askbot", *args], cwd=str(ROOT), env=env,
                          encoding="utf-8", dimensions=(40, 200), timeout=15)
    child.transcript = io.StringIO()
    child.logfile_read = child.transcript
    return child


def ask(child: pexpect.spawn, text: str, expect: str = "Source : ") -> None:
    child.sendline(text)
    child.expect(expect)
    child.expect(PROMPT)


def screen(child: pexpect.spawn) -> str:
    """What the user saw, without terminal control sequences."""
    return ANSI.sub("", child.transcript.getvalue()).replace("\r", "")


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def test_a_conversation_in_a_terminal(chat_env, isolated_env, tmp_path):
    child = spawn(chat_env(), "chat")
    child.expect(PROMPT)
    ask(child, AWITAI)
    ask(child, FOLLOW_UP, expect="44 femmes")
    ask(child, "/passage", expect="Passage complet")
    ask(child, "/suivant", expect=r"Source : |" + re.escape(wording.NO_MORE))
    ask(child, "/sources", expect="formations.md")
    ask(child, "/retour", expect="Je ne connais pas la commande « /retour »")
    ask(child, "/source", expect=re.escape("Vouliez-vous dire /sources ?"))  # a newcomer's slip
    ask(child, "/aide", expect="Ctrl-R")
    child.sendeof()
    assert finish(child) == 0
    seen = screen(child)
    welcome, rest = seen.split(PROMPT, 1)
    assert "9 documents" in welcome and "passages" in welcome and wording.EXAMPLE_QUESTIONS[0] in welcome
    order = ["African Women in Tech", "Source : Ai Movement — Formations", "44 femmes",
             "Passage complet", "/suivant", "Mes réponses s'appuient sur 9 documents",
             "/retour", "/quitter", wording.GOODBYE]
    positions = [rest.find(fragment) for fragment in order]
    assert -1 not in positions and positions == sorted(positions), positions
    assert "Traceback" not in seen and "\x1b[1m" not in child.transcript.getvalue()
    # The history went to the isolated data folder, and the questions to the configured log.
    history = isolated_env / "xdg_data_home" / "askbot" / "history"
    assert AWITAI in history.read_text(encoding="utf-8")
    assert oct(history.stat().st_mode & 0o777) == "0o600"
    logged = [json.loads(line) for line in (tmp_path / "questions.jsonl").read_text().splitlines()]
    assert [(e["channel"], e["question"], e["answered"]) for e in logged] == [
        ("console", AWITAI, True), ("console", FOLLOW_UP, True)]


def test_ctrl_c_on_the_prompt_leaves_cleanly(chat_env):
    child = spawn(chat_env())  # plain "askbot" opens the chat
    child.expect(PROMPT)
    child.send("à moitié tapé")
    child.sendcontrol("c")
    assert finish(child) == INTERRUPTED
    seen = screen(child)
    assert seen.rstrip().endswith(wording.GOODBYE) and "Traceback" not in seen


def test_quitter_leaves_with_status_0(chat_env):
    child = spawn(chat_env(), "chat")
    child.expect(PROMPT)
    child.sendline("/quitter")
    assert finish(child) == 0
    assert wording.GOODBYE in screen(child)


def test_history_is_recalled_in_the_next_session_with_arrows_and_ctrl_r(chat_env, tmp_path):
    history = tmp_path / "mes-questions"
    env = chat_env(f"console:\n  history_file: {json.dumps(str(history))}\n")
    child = spawn(env, "chat")
    child.expect(PROMPT)
    ask(child, "Qui dirige Ai Movement ?")
    ask(child, AWITAI)
    child.sendeof()
    assert finish(child) == 0

    child = spawn(env, "chat")
    child.expect(PROMPT)
    child.send("\x1b[A\x1b[A")  # up twice: the first question
    time.sleep(0.2)
    child.send("\r")
    child.expect("Seghrouchni")
    child.expect(PROMPT)
    child.send("\x12AWIT")  # Ctrl-R, reverse search
    child.expect("AWIT")
    time.sleep(0.2)
    child.send("\r")  # leave the search with its match
    time.sleep(0.2)
    child.send("\r")  # and send it
    child.expect("African Women in Tech")
    child.expect(PROMPT)
    child.sendeof()
    assert finish(child) == 0


@pytest.mark.parametrize("how", ["config", "option"])
def test_history_off(chat_env, isolated_env, how):
    env = chat_env("console:\n  history: false\n" if how == "config" else "")
    child = spawn(env, "chat", *(["--no-history"] if how == "option" else []))
    child.expect(PROMPT)
    ask(child, AWITAI)
    child.sendeof()
    assert finish(child) == 0
    assert not (isolated_env / "xdg_data_home" / "askbot").exists()


def test_colours_in_a_terminal(chat_env):
    child = spawn(chat_env(color=True), "chat")
    child.expect(PROMPT)
    ask(child, AWITAI)
    child.sendeof()
    assert finish(child) == 0
    raw = child.transcript.getvalue()
    assert "\x1b[1mAWITAI\x1b[22m" in raw and "\x1b[2mSource : Ai Movement" in raw


def test_piped_chat_prints_one_reply_per_question(chat_env):
    result = run_askbot("chat", input=f"{AWITAI}\n{FOLLOW_UP}\n", env=chat_env(color=True))
    out = result.stdout.decode()
    assert result.returncode == 0 and result.stderr == b""
    assert "\x1b" not in out and PROMPT not in out and "Bonjour" not in out
    assert out.count("Source : ") == 2 and "44 femmes" in out.split("Source : ")[1]


def test_chat_json_keeps_the_context_one_line_per_input_line(chat_env):
    result = run_askbot("chat", "--json", input=f"{AWITAI}\n\n{FOLLOW_UP}\n", env=chat_env())
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(out) == 3
    assert all(set(o) == {"question", "answered", "answer", "sources"} for o in out)
    assert [o["answered"] for o in out] == [True, False, True]
    assert "44 femmes" in out[2]["answer"] and out[2]["sources"][0]["doc"] == "formations.md"


def test_chat_json_lists_the_documents_a_refusal_points_to(chat_env):
    # A refusal ends "(tapez /sources pour les voir tous)": sent as a line, /sources lists
    # the documents instead of being searched, and the conversation goes on.
    lines = ["Quel temps fait-il à Rabat ?", "/sources", AWITAI]
    result = run_askbot("chat", "--json", input="\n".join(lines) + "\n", env=chat_env())
    refusal, sources, answer = (json.loads(line) for line in result.stdout.decode().splitlines())
    assert "/sources" in refusal["answer"] and not refusal["answered"]
    assert not sources["answered"] and sources["sources"] == []
    assert sources["answer"].startswith("Mes réponses s'appuient sur ") and "(formations.md)" in sources["answer"]
    assert answer["answered"] and "AWITAI" in answer["answer"]


def test_chat_json_runs_the_chats_commands_and_searches_none(chat_env):
    lines = ["/suivant", "Qui dirige Ai Movement ?", "/passage", "/suivant", "/start", "/quitter", "/retirer x",
             "Et quand ?"]
    result = run_askbot("chat", "--json", input="\n".join(lines) + "\n", env=chat_env())
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["question"] for o in out] == lines  # one line each, echoing the message
    assert "posez d'abord une question" in out[0]["answer"] and not out[0]["answered"]
    assert out[1]["answered"]
    assert out[2]["answer"].startswith("Passage complet") and "Amal El Fallah Seghrouchni" in out[2]["answer"]
    assert out[3]["answered"] and out[3]["answer"] != out[1]["answer"]  # the next candidate
    assert out[4]["answer"].startswith("Je réponds aux questions") and not out[4]["answered"]
    assert out[5]["answer"] == "Au revoir et merci de votre visite !"
    assert "Je ne connais pas la commande « /retirer »" in out[6]["answer"]
    assert out[7]["answered"]  # the conversation went on
