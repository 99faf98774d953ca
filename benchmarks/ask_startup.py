"""End-to-end time of ``askbot ask``, process start to answer, cold and warm.

Usage:
    python benchmarks/ask_startup.py [--runs 5] [--synthetic DATASET_DIR] [--passages 100000]

Always measures the shipped corpus; with ``--synthetic`` it also writes a
corpus folder of that many passages (real French sentences reshuffled, see
synth.py, 100 passages a document) and measures it too. HOME and the XDG
folders point into a temporary directory, so the index cache starts empty:
the first run builds it (cold), the others load it (warm). Prints the cold
time and the warm median, min and max, in seconds.

Python's bytecode cache is allowed as on a user's machine (``pip install .``
compiles the package): PYTHONDONTWRITEBYTECODE is dropped from the runs'
environment, else every start would compile askbot's sources again (~0.08 s
on this machine, where that variable is set).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synth import read_jsonl, synthesize

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "Comment supprimer mon compte ?"


def run_once(corpus: Path, env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "askbot", "ask", "--corpus", str(corpus), QUESTION],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def write_corpus(dataset: Path, out: Path, passages: int) -> None:
    texts = [p["text"].replace("\n", " ") for p in synthesize(read_jsonl(dataset / "passages.jsonl"),
                                                              passages, seed=6)]
    out.mkdir(parents=True)
    for d in range(0, len(texts), 100):
        body = "\n\n".join(texts[d:d + 100])
        (out / f"doc{d // 100:05d}.md").write_text(f"# Document {d // 100}\n\n{body}\n", encoding="utf-8")


def measure(name: str, corpus: Path, runs: int, env: dict) -> None:
    cold = run_once(corpus, env)
    warm = [run_once(corpus, env) for _ in range(runs)]
    print(f"| {name} | {cold:.2f} | {statistics.median(warm):.2f} | {min(warm):.2f} | {max(warm):.2f} |",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--synthetic", type=Path, help="dataset folder to draw a synthetic corpus from")
    parser.add_argument("--passages", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"),
               "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        print("| corpus | cold s | warm s (median) | min | max |\n|---|---|---|---|---|")
        measure("shipped corpus", ROOT / "corpus", args.runs, env)
        if args.synthetic:
            corpus = home / "synthetic"
            write_corpus(args.synthetic, corpus, args.passages)
            measure(f"synthetic, {args.passages:,} passages", corpus, args.runs, env)


if __name__ == "__main__":
    main()
