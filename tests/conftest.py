"""Shared fixtures: every test is isolated from the user's home and environment,
and tiny corpora are built in ``tmp_path``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from askbot.config import load_config
from askbot.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_CONFIG = ROOT / "config.yaml"
# The corpus as shipped. Tests that depend on its content read a copy of these
# files only, so documents a user adds to corpus/ (as the README invites) do
# not change what the suite measures. Add a file here when the project ships it.
SHIPPED_FILES = (
    "campus-et-contact.md", "communique-unesco-2023.txt", "direction.md", "evenements.md",
    "formations.md", "identite-et-histoire.md", "missions-et-piliers.md", "recherche-et-projets.md",
    "unesco-categorie-2.md", "synonymes.yaml",
)


@pytest.fixture(autouse=True)
def isolated_env(tmp_path_factory, monkeypatch):
    """No test reads or writes the real home, config, history or token."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    for var in list(os.environ):
        if var.startswith(("ASKBOT_", "TELEGRAM_")) or var.lower().endswith("_proxy"):
            monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    return home


@pytest.fixture(scope="session")
def shipped_corpus(tmp_path_factory) -> Path:
    """A copy of the shipped corpus, whatever else lies in corpus/."""
    directory = tmp_path_factory.mktemp("shipped") / "corpus"
    directory.mkdir()
    for name in SHIPPED_FILES:
        shutil.copy2(ROOT / "corpus" / name, directory / name)
    return directory


@pytest.fixture(scope="module")
def engine(shipped_corpus) -> Engine:
    """An engine on the shipped corpus, shared by a module's tests."""
    return Engine.from_config(load_config(SHIPPED_CONFIG), shipped_corpus)


@pytest.fixture
def make_corpus(tmp_path):
    """Write ``{name: text}`` documents into a fresh corpus folder."""

    def make(files: dict[str, str], name: str = "corpus") -> Path:
        directory = tmp_path / name
        directory.mkdir()
        for rel, text in files.items():
            path = directory / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return directory

    return make


def run_askbot(*args: str, input: str | bytes | None = None, cwd: Path = ROOT, env: dict | None = None,
               timeout: float = 60) -> subprocess.CompletedProcess:
    """The real CLI in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "askbot", *args],
        input=input.encode("utf-8") if isinstance(input, str) else input,
        capture_output=True, cwd=cwd, env=full_env, timeout=timeout,
    )
