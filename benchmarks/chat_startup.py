"""Time from launching ``askbot chat`` in a pseudo-terminal to its first prompt.

Usage: python benchmarks/chat_startup.py [RUNS]

Runs on the shipped corpus from the repository folder, with HOME and the XDG
folders in a temporary directory (so the real history and cache are left
alone). The first run builds the index cache (cold); the others load it
(warm). Prints the cold time and the warm median, min and max in seconds.
Python's bytecode cache is allowed, as on a user's machine (see ask_startup.py).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parents[1]
PROMPT = "Vous ›"


def time_to_prompt(env: dict) -> float:
    start = time.perf_counter()
    child = pexpect.spawn(sys.executable, ["-m", "askbot", "chat", "--no-history"], cwd=str(ROOT),
                          env=env, encoding="utf-8", dimensions=(40, 200), timeout=30)
    child.expect(PROMPT)
    elapsed = time.perf_counter() - start
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    return elapsed


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory() as home:
        log = Path(home) / "questions.jsonl"
        config = Path(home) / "config.yaml"
        config.write_text(f"corpus:\n  dir: '{ROOT / 'corpus'}'\nlog:\n  path: '{log}'\n", encoding="utf-8")
        env = dict(os.environ, HOME=home, XDG_DATA_HOME=f"{home}/data", XDG_CACHE_HOME=f"{home}/cache",
                   ASKBOT_CONFIG=str(config), TERM="xterm-256color", PROMPT_TOOLKIT_NO_CPR="1")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cold = time_to_prompt(env)
        warm = [time_to_prompt(env) for _ in range(runs)]
    print(f"askbot chat, time to first prompt over {runs} warm runs (s)")
    print(f"cold (builds the cache) {cold:.3f}")
    print(f"warm median {statistics.median(warm):.3f}  min {min(warm):.3f}  max {max(warm):.3f}")


if __name__ == "__main__":
    main()
