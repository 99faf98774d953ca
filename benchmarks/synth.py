"""Synthetic scale corpus: real French sentences of a dataset, reshuffled.

Usage:
    python benchmarks/synth.py DATASET_DIR OUT_DIR [--passages 100000] [--seed 6]

Every synthetic passage takes the sentence count of a real passage drawn at
random, and fills it with sentences drawn at random from the whole dataset,
so the vocabulary, word frequencies and passage lengths stay those of real
French FAQ text. The questions are copied with no gold: the scale run only
measures time and memory. The output is a dataset directory in the same
format (``passages.jsonl``, ``questions.jsonl``); the same seed always gives
the same corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def sentences_of(text: str) -> list[str]:
    """Lines and sentences of a passage (FAQ answers are often bullet lines)."""
    return [s.strip() for s in _SENTENCE_END.split(text) if len(s.strip()) > 1]


def synthesize(passages: list[dict], n: int, seed: int) -> list[dict]:
    """``n`` passages of real sentences reshuffled, deterministic for a seed."""
    rng = random.Random(seed)
    split = [sentences_of(p["text"]) for p in passages]
    pool = [s for sentences in split for s in sentences]
    counts = [max(1, len(sentences)) for sentences in split]
    out = []
    for i in range(n):
        chosen = rng.choices(pool, k=rng.choice(counts))
        out.append({"id": f"synth-{i:06d}", "text": " ".join(chosen)})
    return out


def write_dataset(source: Path, out: Path, n: int, seed: int) -> Path:
    """Write a synthetic dataset directory; questions come from ``source``, without gold."""
    out.mkdir(parents=True, exist_ok=True)
    passages = synthesize(read_jsonl(source / "passages.jsonl"), n, seed)
    with (out / "passages.jsonl").open("w", encoding="utf-8") as f:
        for p in passages:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with (out / "questions.jsonl").open("w", encoding="utf-8") as f:
        for q in read_jsonl(source / "questions.jsonl"):
            f.write(json.dumps({"question": q["question"], "gold": []}, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    write_dataset(args.dataset, args.out, args.passages, args.seed)


if __name__ == "__main__":
    main()
