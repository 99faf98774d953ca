"""The terminal chat: a read–answer loop over one conversation of the engine.

Owns what the chat does (welcome, commands, replies, leaving on Ctrl-D,
/quitter or Ctrl-C) and how a reply is shown (matched words in bold and the
source line dimmed on a colour terminal, plain text otherwise). The loop reads
through a callable and writes to a stream, so it is tested as an exact
transcript. prompt_toolkit (line editing, persistent history, Ctrl-R) enters
only through :func:`terminal_reader`, imported lazily so piped use stays fast.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TextIO

from . import console_wording as say
from . import wording
from .text import fold

log = logging.getLogger(__name__)

Reader = Callable[[], str]  # one line; EOFError at the end of input, KeyboardInterrupt on Ctrl-C
INTERRUPTED = 130  # the shell's status for a program stopped by Ctrl-C

_BOLD, _DIM, _RESET_WEIGHT = "\x1b[1m", "\x1b[2m", "\x1b[22m"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CorpusInfo:
    """What the welcome and /sources say about the corpus."""

    titles: tuple[tuple[str, str], ...]  # (path in the corpus, title)
    passages: int

    @classmethod
    def of(cls, engine) -> "CorpusInfo":
        return cls(tuple(engine.document_titles()), len(engine.corpus.passages))


def use_color(stream: TextIO, environ=os.environ) -> bool:
    """Colours only on a terminal, and never when ``NO_COLOR`` is set (no-color.org) or TERM=dumb."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not environ.get("NO_COLOR") and environ.get("TERM") != "dumb"


def emphasize(text: str, matched, color: bool) -> str:
    """``text`` with the ``matched`` words in bold and the source line dimmed, if ``color``."""
    if not color:
        return text
    wanted = {fold(w.lower()) for w in matched}

    def bold(m: re.Match) -> str:
        word = m.group(0)
        return f"{_BOLD}{word}{_RESET_WEIGHT}" if fold(word.lower()) in wanted else word

    lines = []
    for line in text.split("\n"):
        if line.startswith(wording.SOURCE_LABELS):
            lines.append(f"{_DIM}{line}{_RESET_WEIGHT}")
        else:
            lines.append(_WORD.sub(bold, line) if wanted else line)
    return "\n".join(lines)


class Chat:
    """One chat session: answers questions and runs the slash commands."""

    def __init__(self, conversation, info: CorpusInfo, out: TextIO, *, color: bool = False,
                 chatty: bool = True, editing: bool = False,
                 on_reply: Callable[[object], None] | None = None) -> None:
        self.conversation = conversation
        self.info = info
        self.out = out
        self.color = color
        self.chatty = chatty  # welcome and goodbye: for a person, not for a pipe
        self.editing = editing
        self.on_reply = on_reply
        self._said = False
        self._commands = {
            "/aide": self._help, "/sources": self._sources, "/passage": self._passage,
            "/suivant": self._next, "/quitter": None,
        }

    def run(self, read: Reader) -> int:
        """Chat until the end of input (0), /quitter (0) or Ctrl-C (130)."""
        try:
            if self.chatty:
                self._say(say.welcome(len(self.info.titles), self.info.passages))
            while True:
                try:
                    line = read()
                except EOFError:
                    return self._leave(0)
                if not self.handle(line):
                    return self._leave(0)
        except KeyboardInterrupt:
            return self._leave(INTERRUPTED)

    def handle(self, line: str) -> bool:
        """Answer one line; False when the user asked to leave."""
        text = line.strip()
        if not text:
            return True
        if text.startswith("/") and len(text) > 1 and not text[1].isspace():
            name = text.split()[0].lower()
            if name not in self._commands:
                self._say(say.unknown_command(name))
                return True
            action = self._commands[name]
            if action is None:
                return False
            action()
            return True
        self._answer(text)
        return True

    def _answer(self, question: str) -> None:
        try:
            reply = self.conversation.ask(question)
        except Exception:
            # The user gets a French apology; the details go to the log (-vv).
            log.debug("cannot answer %r", question, exc_info=True)
            self._say(say.UNEXPECTED_ERROR)
            return
        self._say(emphasize(reply.text, reply.matched, self.color))
        if self.on_reply is not None:
            try:
                self.on_reply(reply)
            except Exception:
                log.debug("on_reply failed", exc_info=True)

    def _help(self) -> None:
        self._say(say.help_text(self.editing))

    def _sources(self) -> None:
        self._say(wording.sources_text(list(self.info.titles)))

    def _passage(self) -> None:
        passage = self.conversation.full_passage()
        if passage is not None:
            self._say(emphasize(passage, self.conversation.last.matched, self.color))
        elif self.conversation.last is not None:
            self._say(say.NO_PASSAGE_AFTER_REFUSAL)
        else:
            self._say(wording.NO_PASSAGE)

    def _next(self) -> None:
        reply = self.conversation.next_candidate()
        self._say(emphasize(reply.text, reply.matched, self.color))

    def _say(self, text: str) -> None:
        # A blank line after each message before the next prompt; a pipe gets
        # replies separated by a blank line, as "askbot ask -" prints them.
        if self.chatty:
            self.out.write(text + "\n\n")
        else:
            self.out.write(("\n" if self._said else "") + text + "\n")
        self._said = True
        self.out.flush()

    def _leave(self, status: int) -> int:
        if self.chatty:
            self.out.write(wording.GOODBYE + "\n")
            self.out.flush()
        return status


def plain_reader(stream: TextIO) -> Reader:
    """Lines of a stream (a pipe, a file), decoded leniently; no prompt."""
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", errors="replace")

    def read() -> str:
        line = stream.readline()
        if not line:
            raise EOFError
        return line.rstrip("\n").rstrip("\r")

    return read


def default_history_file() -> Path:
    """The user's data folder for askbot (``~/.local/share/askbot/history`` on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("askbot", appauthor=False)) / "history"


def history_file(config, enabled: bool = True) -> Path | None:
    """Where the question history lives under ``config``; None when it is off."""
    console = config.console
    if not (enabled and console.history):
        return None
    return config.resolve(console.history_file) if console.history_file else default_history_file()


def terminal_reader(history: Path | None, color: bool) -> Reader:
    """A prompt with line editing, the question history (arrows, Ctrl-R) kept in ``history``."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.formatted_text import FormattedText
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    class QuietFileHistory(FileHistory):
        # A full disk or a read-only folder must not stop the chat.
        def store_string(self, string: str) -> None:
            try:
                super().store_string(string)
            except OSError:
                log.debug("cannot write the history file %s", self.filename, exc_info=True)

    store = InMemoryHistory()
    if history is not None:
        try:
            history.parent.mkdir(parents=True, exist_ok=True)
            # Questions are the user's own: the file is private from the start.
            os.close(os.open(history, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
            store = QuietFileHistory(str(history))
        except OSError:
            log.warning("cannot use the history file %s; history kept for this session only", history)
    session = PromptSession(history=store, enable_history_search=False)
    prompt = FormattedText([("bold", say.PROMPT)]) if color else say.PROMPT

    def read() -> str:
        return session.prompt(prompt)

    return read


def chat(conversation, info: CorpusInfo, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
         history: Path | None = None, on_reply: Callable[[object], None] | None = None,
         environ=os.environ) -> int:
    """Run the chat on real streams: a prompt with editing on a terminal, plain lines from a pipe."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    person = stdin.isatty()
    editing = person and stdout.isatty()
    color = use_color(stdout, environ)
    read = terminal_reader(history, color) if editing else plain_reader(stdin)
    session = Chat(conversation, info, stdout, color=color, chatty=person, editing=editing,
                   on_reply=on_reply)
    return session.run(read)
