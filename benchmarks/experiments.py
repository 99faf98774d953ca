"""Quality experiments: which analysis, BM25 and question levers move R@1 and MRR@10.

Usage:
    python benchmarks/experiments.py DATASET_DIR [--seed 0]

Questions are split at random (fixed seed) into halves A and B; every setting
is reported on both. The combined setting is chosen on one half by a small
grid search and judged on the other (two-fold cross-validation), and the
round-number setting we recommend is shown on both halves.

Everything goes through askbot's Analyzer and BM25Index; the levers askbot
does not have yet are prototyped here on top of them:

- extra evidence fields, each its own BM25Index, added with a weight to the
  stemmed score: unstemmed folded words (``surface``), 5-letter prefixes
  (``pre5``, truncation bridges derivations Snowball keeps apart, e.g.
  supprimer/suppression), the passage's first 30 terms (``lead30``) and
  stem bigrams;
- answer type: a closed (yes/no) question favours passages that open with
  "Oui"/"Non", an open question (comment, qui, quand ...) disfavours them.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src")]

from askbot.query import question_kind  # noqa: E402
from askbot.retrieval import BM25Index  # noqa: E402
from askbot.text import _SNOWBALL, Analyzer  # noqa: E402
from bench import evaluate  # noqa: E402
from synth import read_jsonl  # noqa: E402

HEADER = "| setting | A: R@1 / MRR@10 | B: R@1 / MRR@10 | all: R@1 / MRR@10 |\n|---|---|---|---|"

_YES_NO_ANSWER = re.compile(r"^\W*(oui|non)\b", re.IGNORECASE)


def halves(n: int, seed: int) -> tuple[list[int], list[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return sorted(order[: n // 2]), sorted(order[n // 2 :])


def ranking(scores: np.ndarray, k: int = 10) -> list[int]:
    return np.lexsort((np.arange(len(scores)), -scores))[:k].tolist()


class Data:
    def __init__(self, dataset: Path, seed: int) -> None:
        passages = read_jsonl(dataset / "passages.jsonl")
        self.ids = [p["id"] for p in passages]
        self.texts = [p["text"] for p in passages]
        questions = read_jsonl(dataset / "questions.jsonl")
        self.questions = [q["question"] for q in questions]
        self.golds = [q["gold"] for q in questions]
        self.a, self.b = halves(len(questions), seed)

    def score(self, score_of) -> dict:
        """``score_of(question_number)`` -> scores array; metrics on A, B and all."""
        ranked = [[self.ids[i] for i in ranking(score_of(n))] for n in range(len(self.questions))]
        return {name: evaluate([ranked[i] for i in part], [self.golds[i] for i in part])
                for name, part in (("A", self.a), ("B", self.b), ("all", range(len(ranked))))}


def fmt(name: str, r: dict) -> str:
    cells = " | ".join(f"{r[h]['R@1']:.3f} / {r[h]['MRR@10']:.3f}" for h in ("A", "B", "all"))
    return f"| {name} | {cells} |"


def plain(data: Data, analyzer: Analyzer, variant="plus", k1=1.2, b=0.75, delta=1.0) -> dict:
    index = BM25Index([analyzer.terms(t) for t in data.texts], variant, k1, b, delta)
    return data.score(lambda n: index.scores(analyzer.terms(data.questions[n])))


def baselines(data: Data) -> None:
    print("\n### Analyzer and BM25 parameters\n\n" + HEADER)
    snowball = Analyzer("snowball")
    for variant, k1, b in [("plus", 1.2, 0.75), ("okapi", 1.2, 0.75), ("okapi", 1.5, 0.75),
                           ("plus", 0.9, 0.75), ("plus", 1.2, 0.5), ("plus", 1.2, 0.9)]:
        print(fmt(f"snowball, {variant} k1={k1} b={b}", plain(data, snowball, variant, k1, b)))
    print(fmt("snowball, l k1=1.2 b=0.75 delta=0.5", plain(data, snowball, "l", 1.2, 0.75, 0.5)))
    print(fmt("light stemmer, plus", plain(data, Analyzer("light"))))
    print(fmt("no stemmer, plus", plain(data, Analyzer("none"))))
    print(fmt("snowball, Snowball stop list only", plain(data, Analyzer("snowball", frozenset(_SNOWBALL.split())))))
    print(fmt("snowball, no stop words", plain(data, Analyzer("snowball", frozenset()))))


class Evidence:
    """Per-question score arrays of every field, computed once."""

    def __init__(self, data: Data, analyzer: Analyzer) -> None:
        words = [analyzer.content_words(t) for t in data.texts]
        stems = [analyzer.stem_words(w) for w in words]
        bigrams = lambda s: [f"{x}_{y}" for x, y in zip(s, s[1:])]  # noqa: E731
        fields = {
            "stem": (stems, analyzer.stem_words),
            "surface": (words, list),
            "pre5": ([[w[:5] for w in ws] for ws in words], lambda ws: [w[:5] for w in ws]),
            "lead30": ([s[:30] for s in stems], analyzer.stem_words),
            "bigram": ([bigrams(s) for s in stems], lambda ws: bigrams(analyzer.stem_words(ws))),
        }
        questions = [analyzer.content_words(q) for q in data.questions]
        self.scores = {}
        for name, (docs, of_question) in fields.items():
            index = BM25Index(docs, "plus", 1.2, 0.75, 1.0)
            self.scores[name] = [index.scores(of_question(q)) for q in questions]
        self.yes_no = np.array([bool(_YES_NO_ANSWER.match(t)) for t in data.texts])
        self.kinds = [question_kind(q) for q in data.questions]

    def scorer(self, weights: dict, closed_boost: float = 0.0, open_penalty: float = 0.0):
        def score_of(n: int) -> np.ndarray:
            s = sum(w * self.scores[name][n] for name, w in weights.items() if w)
            if self.kinds[n] == "closed" and closed_boost:
                s = s * np.where(self.yes_no, 1 + closed_boost, 1.0)
            elif self.kinds[n] == "open" and open_penalty:
                s = s * np.where(self.yes_no, 1 - open_penalty, 1.0)
            return s
        return score_of


RECOMMENDED = dict(weights={"stem": 1, "surface": 0.5, "pre5": 0.5, "lead30": 0.5},
                   closed_boost=0.2, open_penalty=0.1)


def levers(data: Data) -> None:
    ev = Evidence(data, Analyzer("snowball"))
    print("\n### One lever at a time (snowball, BM25+ k1=1.2 b=0.75)\n\n" + HEADER)
    print(fmt("stems only (askbot today)", data.score(ev.scorer({"stem": 1}))))
    for field in ("surface", "pre5", "lead30", "bigram"):
        for w in (0.25, 0.5, 1.0):
            print(fmt(f"+ {w} x {field}", data.score(ev.scorer({"stem": 1, field: w}))))
    for boost, penalty in ((0.2, 0.0), (0.0, 0.1), (0.2, 0.1), (0.3, 0.2)):
        print(fmt(f"answer type: closed x{1 + boost:.1f}, open x{1 - penalty:.1f} on Oui/Non passages",
                  data.score(ev.scorer({"stem": 1}, boost, penalty))))
    print(fmt("recommended: + 0.5 surface + 0.5 pre5 + 0.5 lead30, closed x1.2, open x0.9",
              data.score(ev.scorer(**RECOMMENDED))))

    print("\n### Two-fold cross-validation of the combination (grid picked on one half)\n")
    grid = {}
    for su, pr, le, boost, penalty in itertools.product(
            (0, 0.25, 0.5), (0, 0.25, 0.5), (0, 0.25, 0.5), (0, 0.1, 0.2, 0.3), (0, 0.1, 0.2)):
        weights = {"stem": 1, "surface": su, "pre5": pr, "lead30": le}
        grid[(su, pr, le, boost, penalty)] = data.score(ev.scorer(weights, boost, penalty))
    for tune, test in (("A", "B"), ("B", "A")):
        best = max(grid, key=lambda k: (grid[k][tune]["MRR@10"], grid[k][tune]["R@1"]))
        r = grid[best]
        print(f"- tuned on {tune}: surface {best[0]}, pre5 {best[1]}, lead30 {best[2]}, closed "
              f"x{1 + best[3]:.1f}, open x{1 - best[4]:.1f}: {tune} {r[tune]['R@1']:.3f} / "
              f"{r[tune]['MRR@10']:.3f}, held-out {test} {r[test]['R@1']:.3f} / {r[test]['MRR@10']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--seed", type=int, default=0, help="seed of the A/B split")
    args = parser.parse_args()
    data = Data(args.dataset, args.seed)
    print(f"## {args.dataset.name}: {len(data.questions)} questions, halves A ({len(data.a)}) "
          f"and B ({len(data.b)}), seed {args.seed}")
    baselines(data)
    levers(data)


if __name__ == "__main__":
    main()
