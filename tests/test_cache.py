"""The persistent index and live reload: warm starts, invalidation, bad files, running engines."""

from __future__ import annotations

import io
import os
import pickle
import subprocess
import sys

import pytest

from askbot import cache as cache_module
from askbot.cache import MAGIC, cache_path_for, corpus_signature, read_cache
from askbot.config import load_config
from askbot.engine import Engine, Knowledge
from askbot.library import add_document, remove_document
from askbot.progress import ProgressBar
from docfactory import write

DOCS = {
    "centre.md": "---\ntitle: Le centre\n---\n# Le centre\n\nAi Movement est le centre d'intelligence "
                 "artificielle de l'UM6P, installé à Rabat.\n",
    "forum.md": "---\ntitle: Le forum\n---\n# Le forum\n\nLe forum de haut niveau s'est tenu à Rabat "
                "en juin 2024 et a adopté le Consensus de Rabat.\n",
}


@pytest.fixture
def config(tmp_path, make_corpus):
    make_corpus(DOCS)
    path = tmp_path / "config.yaml"
    path.write_text("corpus:\n  dir: corpus\ncache:\n  dir: cache\n", encoding="utf-8")
    return load_config(path)


def answers(engine: Engine, question: str) -> str:
    reply = engine.ask(question)
    return reply.text if reply.answered else ""


def test_warm_start_loads_the_cache_and_answers_the_same(config):
    cold = Engine.from_config(config)
    warm = Engine.from_config(config)
    assert not cold.loaded.from_cache and warm.loaded.from_cache
    assert cache_path_for(config, config.corpus_dir).parent == config.base_dir / "cache"
    question = "Quand s'est tenu le forum de haut niveau ?"
    assert answers(warm, question) == answers(cold, question) != ""
    assert warm.corpus.directory == config.corpus_dir
    # The index arrays are views of the memory-mapped file, not copies.
    postings = warm.knowledge.index.postings("forum")
    assert len(postings) and not postings.flags.writeable and postings.base is not None
    assert cold.knowledge.index.postings("forum").flags.writeable


def test_editing_a_file_by_hand_invalidates_the_cache(config):
    Engine.from_config(config)
    doc = config.corpus_dir / "forum.md"
    doc.write_text(doc.read_text(encoding="utf-8").replace("juin 2024", "juillet 2025"), encoding="utf-8")
    engine = Engine.from_config(config)
    assert not engine.loaded.from_cache
    assert "juillet 2025" in answers(engine, "Quand s'est tenu le forum de haut niveau ?")
    assert Engine.from_config(config).loaded.from_cache


def test_changing_retrieval_settings_or_the_code_invalidates_the_cache(config, tmp_path, monkeypatch):
    Engine.from_config(config)
    (tmp_path / "config.yaml").write_text("corpus:\n  dir: corpus\ncache:\n  dir: cache\nretrieval:\n  k1: 1.5\n")
    other = load_config(tmp_path / "config.yaml")
    assert not Engine.from_config(other).loaded.from_cache
    assert Engine.from_config(other).loaded.from_cache
    monkeypatch.setattr(cache_module, "code_version", lambda *modules: "another analyzer")
    assert not Engine.from_config(other).loaded.from_cache


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty", "other-magic"])
def test_a_corrupt_cache_file_is_ignored_and_rebuilt(config, damage):
    Engine.from_config(config)
    path = cache_path_for(config, config.corpus_dir)
    data = path.read_bytes()
    damaged = {
        "garbage": os.urandom(len(data)),
        "truncated": data[: len(data) // 2],
        "flipped": data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:],
        "empty": b"",
        "other-magic": b"SOMETHING-ELSE\n" + data[len(MAGIC):],
    }[damage]
    path.write_bytes(damaged)
    engine = Engine.from_config(config)
    assert not engine.loaded.from_cache
    assert answers(engine, "Où est installé Ai Movement ?") != ""
    assert Engine.from_config(config).loaded.from_cache  # rewritten whole


class _Exploit:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_a_foreign_pickle_with_a_matching_header_is_never_executed(config, tmp_path):
    Engine.from_config(config)
    path = cache_path_for(config, config.corpus_dir)
    data = path.read_bytes()
    end = data.index(b"\n", len(MAGIC))
    import hashlib
    import json
    header = json.loads(data[len(MAGIC):end])
    marker = tmp_path / "pwned"
    blob = pickle.dumps(_Exploit(marker))
    header.update(payload_sha256=hashlib.sha256(blob).hexdigest(), payload_size=len(blob))
    path.write_bytes(MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + blob)
    engine = Engine.from_config(config)
    assert not marker.exists()
    assert not engine.loaded.from_cache


def test_a_cache_holding_another_type_is_refused(config, tmp_path):
    from askbot.cache import write_cache

    path = tmp_path / "x.pickle"
    write_cache(path, {"format": 1}, {"not": "knowledge"})
    assert read_cache(path, {"format": 1}, Knowledge) is None


def test_no_cache_when_disabled_and_an_unwritable_cache_dir_is_harmless(config, tmp_path):
    (tmp_path / "config.yaml").write_text("corpus:\n  dir: corpus\ncache:\n  enabled: false\n")
    off = load_config(tmp_path / "config.yaml")
    assert not Engine.from_config(off).loaded.from_cache and not Engine.from_config(off).loaded.from_cache
    (tmp_path / "blocked").write_text("a file where the folder should be")
    (tmp_path / "config.yaml").write_text("corpus:\n  dir: corpus\ncache:\n  dir: blocked/cache\n")
    blocked = load_config(tmp_path / "config.yaml")
    assert answers(Engine.from_config(blocked), "Où est installé Ai Movement ?") != ""


def test_sigkill_while_writing_the_cache_leaves_a_usable_index(config):
    env = {**os.environ, "ASKBOT_CRASH_AT": "cache:before-rename"}
    cmd = [sys.executable, "-m", "askbot", "index", "--config", str(config.base_dir / "config.yaml")]
    assert subprocess.run(cmd, env=env, capture_output=True, timeout=60).returncode == -9
    path = cache_path_for(config, config.corpus_dir)
    assert not path.exists()
    engine = Engine.from_config(config)
    assert not engine.loaded.from_cache and answers(engine, "Où est installé Ai Movement ?") != ""


def test_a_running_engine_sees_added_edited_and_removed_documents(config, tmp_path):
    engine = Engine.from_config(config)
    conversation = engine.conversation()
    question = "Où se trouve le siège de la société Zorglub ?"
    assert not conversation.ask(question).answered
    new = write(tmp_path, "zorglub.txt", "Zorglub\nLe siège de la société Zorglub se trouve à Tanger.\n")
    add_document(config.corpus_dir, new)
    reply = conversation.ask(question)
    assert reply.answered and "Tanger" in reply.text
    doc = config.corpus_dir / "zorglub.md"
    doc.write_text(doc.read_text(encoding="utf-8").replace("Tanger", "Fès"), encoding="utf-8")
    assert "Fès" in conversation.ask(question).text
    remove_document(config.corpus_dir, "zorglub.md")
    assert not conversation.ask(question).answered


def test_a_corpus_broken_mid_edit_keeps_the_previous_knowledge(config):
    engine = Engine.from_config(config)
    doc = config.corpus_dir / "forum.md"
    good = doc.read_text(encoding="utf-8")
    doc.write_text("---\ntitle: [unclosed\n---\nTexte.\n", encoding="utf-8")
    assert engine.reload_if_changed() is False
    assert answers(engine, "Quand s'est tenu le forum de haut niveau ?") != ""
    doc.write_text(good.replace("juin 2024", "mai 2023"), encoding="utf-8")
    assert engine.reload_if_changed() is True
    assert "mai 2023" in answers(engine, "Quand s'est tenu le forum de haut niveau ?")


def test_edited_questions_are_taken_in_without_a_restart(config):
    engine = Engine.from_config(config)
    question = "Dans quelle ville la structure est-elle implantée ?"
    assert answers(engine, question) == ""  # no passage says "structure" or "implantée"
    doc = config.corpus_dir / "centre.md"
    asked = 'questions:\n  "Le centre":\n    - "Où la structure est-elle implantée ?"\n'
    doc.write_text(doc.read_text(encoding="utf-8").replace("title: Le centre\n", "title: Le centre\n" + asked),
                   encoding="utf-8")
    assert engine.reload_if_changed() is True
    assert "installé à Rabat" in answers(engine, question)
    # A warm start from the cache sees them too.
    assert "installé à Rabat" in answers(Engine.from_config(config), question)


def test_touching_a_file_without_changing_it_does_not_rebuild(config):
    engine = Engine.from_config(config)
    knowledge = engine.knowledge
    doc = config.corpus_dir / "forum.md"
    os.utime(doc, ns=(doc.stat().st_atime_ns, doc.stat().st_mtime_ns + 10**9))
    assert engine.reload_if_changed() is False
    assert engine.knowledge is knowledge
    assert engine.loaded.signature == corpus_signature(config.corpus_dir, (config.corpus_dir / "synonymes.yaml",))


class _Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self):
        return self.tty


def test_progress_bar_only_on_a_terminal_and_only_after_a_second():
    now = [0.0]
    stream = _Stream(True)
    bar = ProgressBar("Indexation", stream=stream, clock=lambda: now[0])
    bar(10, 100)
    assert stream.getvalue() == ""  # fast so far: nothing drawn
    now[0] = 1.5
    bar(50, 100)
    assert "50 %" in stream.getvalue() and "(50/100 passages)" in stream.getvalue()
    bar(100, 100)
    assert stream.getvalue().endswith("\r\x1b[2K")  # erased when done
    piped = _Stream(False)
    late = ProgressBar(stream=piped, clock=lambda: now[0] + 10)
    late(50, 100)
    late(100, 100)
    assert piped.getvalue() == ""


def test_other_conversations_drop_stale_candidates_after_a_reload(tmp_path):
    """A reload by one conversation must not leave another with candidates into the old passages."""
    from askbot.config import Config
    from askbot.engine import Engine

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.md").write_text("# Dôme\n\nLe dôme abrite le centre.\n\nLe dôme est une volière.\n",
                                 encoding="utf-8")
    engine = Engine.from_config(Config(base_dir=tmp_path), corpus)
    first, second = engine.conversation(), engine.conversation()
    assert first.ask("le dôme abrite quoi").answered
    (corpus / "b.md").write_text("# Campus\n\nLe campus est à Rabat.\n", encoding="utf-8")
    second.ask("le campus est où")  # this one reloads the corpus
    assert "pas d'autre passage" in first.next_candidate().text
