"""Evaluation on a gold file: retrieval quality, answer correctness, refusals, follow-ups.

A gold file (YAML) holds ``questions`` — each with ``q`` and either
``doc`` + ``expect`` (the document that should answer and a string the answer
must contain) or ``out_of_scope: true`` — and optional ``dialogues``, lists of
``turns`` with the same fields, asked in one conversation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .config import YAMLError, safe_load
from .engine import CANDIDATES, Engine
from .errors import AskbotError
from .text import clean, fold, normalize_number

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Case:
    q: str
    doc: str | None = None
    expect: str | None = None

    @property
    def out_of_scope(self) -> bool:
        return self.doc is None


@dataclass(frozen=True)
class Outcome:
    case: Case
    answered: bool
    correct: bool  # in-scope: answered and the answer contains ``expect``; out-of-scope: refused
    rank: int | None  # 1-based rank of the first candidate from ``doc``
    answer: str
    follow_up: bool = False
    source_doc: str | None = None  # the document the answer quotes, if it answered


@dataclass(frozen=True)
class Report:
    single: tuple[Outcome, ...]
    dialogue: tuple[Outcome, ...] = field(default=())

    def metrics(self) -> dict:
        answerable = [o for o in self.single if not o.case.out_of_scope]
        oos = [o for o in self.single if o.case.out_of_scope]
        follow = [o for o in self.dialogue if o.follow_up]
        openers = [o for o in self.dialogue if not o.follow_up]
        return {
            "answerable": len(answerable),
            "out_of_scope": len(oos),
            "hit@1": _mean(o.rank == 1 for o in answerable),
            "hit@3": _mean(o.rank is not None and o.rank <= 3 for o in answerable),
            "mrr": _mean(1 / o.rank if o.rank else 0.0 for o in answerable),
            "answer_contains_expected": _mean(o.correct for o in answerable),
            "out_of_scope_refused": _mean(o.correct for o in oos),
            "dialogues": len(openers),
            "follow_ups": len(follow),
            "follow_ups_correct": _mean(o.correct for o in follow),
            "dialogue_openers_correct": _mean(o.correct for o in openers),
            # Where the answerable questions went wrong, to read a held-out set's
            # failures by kind without reading the questions.
            "missed_refused": sum(not o.answered for o in answerable),
            "missed_other_document": sum(o.answered and o.source_doc != o.case.doc for o in answerable),
            "missed_same_document": sum(o.answered and o.source_doc == o.case.doc and not o.correct
                                        for o in answerable),
        }

    def failures(self) -> list[Outcome]:
        return [o for o in (*self.single, *self.dialogue) if not o.correct]


def _mean(values) -> float:
    """The mean of numbers (or of flags: the share that are true); 0 for none."""
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def _folded(text: str) -> str:
    """Case, accents, spacing and number spelling aside ("sept piliers" is "7 piliers")."""
    return " ".join(normalize_number(w) for w in _TOKEN.findall(fold(clean(text))))


def _case(item, path: Path) -> Case:
    if not isinstance(item, dict) or not isinstance(item.get("q"), str):
        raise AskbotError("gold_file", path=path, detail="each question needs q")
    if item.get("out_of_scope"):
        return Case(item["q"])
    if not isinstance(item.get("doc"), str) or not isinstance(item.get("expect"), str):
        raise AskbotError("gold_file", path=path, detail=f"doc and expect needed: {item['q']}")
    return Case(item["q"], item["doc"], item["expect"])


def load_gold(path: Path) -> tuple[list[Case], list[list[Case]]]:
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AskbotError("gold_missing", path=path) from None
    except (OSError, UnicodeDecodeError, YAMLError):
        raise AskbotError("gold_file", path=path) from None
    if not isinstance(data, dict) or not isinstance(data.get("questions", []), list):
        raise AskbotError("gold_file", path=path)
    questions = [_case(item, path) for item in data.get("questions") or []]
    dialogues = []
    for dialogue in data.get("dialogues") or []:
        turns = dialogue.get("turns") if isinstance(dialogue, dict) else None
        if not isinstance(turns, list) or not turns:
            raise AskbotError("gold_file", path=path, detail="each dialogue needs turns")
        dialogues.append([_case(t, path) for t in turns])
    if not questions and not dialogues:
        raise AskbotError("gold_file", path=path, detail="no questions")
    return questions, dialogues


def judge(case: Case, reply, follow_up: bool = False) -> Outcome:
    rank = None
    if not case.out_of_scope:
        for n, hit in enumerate(reply.hits, start=1):
            if hit.passage.doc == case.doc:
                rank = n
                break
    if case.out_of_scope:
        correct = not reply.answered
    else:
        correct = reply.answered and _folded(case.expect) in _folded(" ".join(reply.sentences))
    source = reply.source.doc if reply.answered and reply.source else None
    return Outcome(case, reply.answered, correct, rank, reply.text, follow_up, source)


def evaluate(engine: Engine, path: Path) -> Report:
    questions, dialogues = load_gold(path)
    single = tuple(judge(c, engine.ask(c.q, CANDIDATES)) for c in questions)
    turns = []
    for dialogue in dialogues:
        conversation = engine.conversation(CANDIDATES)
        for n, case in enumerate(dialogue):
            turns.append(judge(case, conversation.ask(case.q), follow_up=n > 0))
    return Report(single, tuple(turns))
