"""The question log: one JSON line per question or feedback, and the report built from it.

Front ends (Telegram, console) call :meth:`QuestionLog.question` for every
question and :meth:`QuestionLog.feedback` when a user rates an answer. The
file is append-only, so concurrent writers never rewrite each other's lines:
feedback is its own line pointing at the question's ``id``. User ids are
written only when the configuration says so.

:func:`build_report` reads the log back (skipping lines it cannot parse) and
returns the most frequent unanswered questions and the answers rated down,
so maintainers know what to add to the corpus.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import unicodedata
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .errors import AskbotError

_LOGGER = logging.getLogger(__name__)
FEEDBACK = ("up", "down")


@dataclass(frozen=True)
class Entry:
    """One logged question, with the feedback it received."""

    id: str
    time: str
    channel: str
    question: str
    answered: bool
    kind: str
    source: str | None
    score: float | None
    feedback: str | None = None


@dataclass(frozen=True)
class Report:
    total: int
    answered: int
    unanswered: tuple[tuple[str, int], ...]  # (question as first asked, count), most frequent first
    disliked: tuple[tuple[Entry, int], ...]  # (entry, thumbs down), most disliked first
    liked: int = 0
    skipped_lines: int = 0


@dataclass
class QuestionLog:
    """Appends to one JSONL file; a disabled log accepts calls and writes nothing."""

    path: Path | None
    store_user_ids: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def from_config(cls, config) -> "QuestionLog":
        log = config.log
        return cls(config.resolve(log.path) if log.questions else None, log.store_user_ids)

    def question(self, channel: str, reply, *, user_id: int | None = None,
                 chat_id: int | None = None) -> str:
        """Log one question and its reply; returns the entry id (for feedback)."""
        entry_id = uuid.uuid4().hex[:12]
        top = reply.hits[0] if reply.hits else None
        source = reply.source.doc if reply.source is not None else None
        record = {
            "event": "question", "id": entry_id, "time": _now(), "channel": channel,
            "question": reply.question, "answered": bool(reply.answered), "kind": reply.kind,
            "source": source, "score": round(top.score, 6) if top and reply.answered else None,
        }
        if self.store_user_ids:
            record.update(user=user_id, chat=chat_id)
        self._append(record)
        return entry_id

    def feedback(self, entry_id: str, value: str, *, user_id: int | None = None) -> None:
        if value not in FEEDBACK:
            raise ValueError(f"feedback must be one of {FEEDBACK}")
        record = {"event": "feedback", "id": entry_id, "time": _now(), "feedback": value}
        if self.store_user_ids:
            record["user"] = user_id
        self._append(record)

    def _append(self, record: dict) -> None:
        if self.path is None:
            return
        line = json.dumps(record, ensure_ascii=False) + "\n"
        # A full disk or a read-only folder must not stop the bot from answering.
        try:
            with self._lock:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with open(self.path, "a", encoding="utf-8") as stream:
                    stream.write(line)
        except OSError:
            _LOGGER.exception("cannot write the question log %s", self.path)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def normalise(question: str) -> str:
    """The key under which repeated questions are counted together."""
    text = unicodedata.normalize("NFKD", question.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", text))


def read_entries(path: Path) -> tuple[list[Entry], int]:
    """Entries of a log with their latest feedback, and the count of unreadable lines."""
    if not path.exists():
        raise AskbotError("log_missing", path=path)
    questions: dict[str, dict] = {}
    feedback: dict[str, str] = {}
    skipped = 0
    try:
        with open(path, encoding="utf-8", errors="replace") as stream:
            for line in stream:
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    event, entry_id = record["event"], record["id"]
                except (ValueError, KeyError, TypeError):
                    skipped += 1
                    continue
                if event == "question":
                    questions[entry_id] = record
                elif event == "feedback" and record.get("feedback") in FEEDBACK:
                    feedback[entry_id] = record["feedback"]
    except OSError as exc:
        raise AskbotError("log_unreadable", path=path, detail=str(exc)) from None
    entries = []
    for entry_id, r in questions.items():
        try:
            entries.append(Entry(entry_id, str(r["time"]), str(r["channel"]), str(r["question"]),
                                 bool(r["answered"]), str(r.get("kind", "")), r.get("source"),
                                 r.get("score"), feedback.get(entry_id)))
        except KeyError:
            skipped += 1
    return entries, skipped


def build_report(path: Path, limit: int = 20) -> Report:
    entries, skipped = read_entries(path)
    unanswered: Counter = Counter()
    first_wording: dict[str, str] = {}
    for e in entries:
        # Greetings and thanks are not gaps in the corpus.
        if not e.answered and e.kind in ("refusal", "invalid") and e.question.strip():
            key = normalise(e.question)
            first_wording.setdefault(key, e.question.strip())
            unanswered[key] += 1
    disliked: Counter = Counter()
    representative: dict[tuple, Entry] = {}
    for e in entries:
        if e.feedback == "down":
            key = (normalise(e.question), e.source)
            representative.setdefault(key, e)
            disliked[key] += 1
    return Report(
        total=len(entries),
        answered=sum(e.answered for e in entries),
        unanswered=tuple((first_wording[k], n) for k, n in _ranked(unanswered)[:limit]),
        disliked=tuple((representative[k], n) for k, n in _ranked(disliked)[:limit]),
        liked=sum(e.feedback == "up" for e in entries),
        skipped_lines=skipped,
    )


def _ranked(counter: Counter) -> list:
    # Most frequent first; ties in first-seen order, so the report is stable.
    order = {k: i for i, k in enumerate(counter)}
    return sorted(counter.items(), key=lambda kv: (-kv[1], order[kv[0]]))

