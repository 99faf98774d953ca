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
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src")]

from askbot.config import Config, RetrievalConfig  # noqa: E402
from askbot import priors  # noqa: E402
from askbot.retrieval import BM25Index  # noqa: E402
from askbot.text import _SNOWBALL, Analyzer  # noqa: E402
from bench import evaluate  # noqa: E402
from synth import read_jsonl  # noqa: E402

HEADER = "| setting | A: R@1 / MRR@10 | B: R@1 / MRR@10 | all: R@1 / MRR@10 |\n|---|---|---|---|"


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


def engine_for(texts: list[str], config):
    """askbot's engine over bare passages (no title, heading or synonyms), as bench.py builds it."""
    from askbot.corpus import Corpus, Passage, Passages
    from askbot.engine import Engine, build_knowledge

    analyzer = Analyzer(config.analysis.stemmer)
    passages = tuple(Passage(i, str(i), "", "", t, None) for i, t in enumerate(texts))
    corpus = Corpus(Path(tempfile.gettempdir()) / "askbot-bench-no-corpus", (), Passages(passages))
    return Engine(build_knowledge(corpus, config, analyzer), config, analyzer)


class Evidence:
    """Per-question score arrays of every field, through askbot's engine, computed once.

    The engine is built with every extra field at weight 1; each field's
    scores are kept apart so that any weighting can be tried without
    rebuilding. ``scorer`` sums them and applies the answer-type priors as
    ``Engine.search`` does, with the factors given.
    """

    def __init__(self, data: Data) -> None:
        fields = {"surface_weight": 1.0, "prefix_weight": 1.0, "lead_weight": 1.0}
        config = Config(retrieval=RetrievalConfig(**fields))
        engine = engine_for(data.texts, config)
        self.scores = []
        for question in data.questions:
            query = engine.parser.parse(question)
            self.scores.append(engine.knowledge.fields.field_scores(
                query.scored_terms, query.weights, engine.query_words(query)))
        self.kinds = engine.knowledge.kinds
        self.asks = [dict(priors.factors(q)) for q in data.questions]  # passage kind -> default factor

    def scorer(self, weights: dict, closed_boost: float = 0.0, open_penalty: float = 0.0,
               type_factor: float = 1.0, types: tuple[str, ...] = ("duration", "steps", "definition")):
        def factor(kind: str, default: float) -> float:
            if kind == "yes_no":
                return 1 + closed_boost if default > 1 else 1 - open_penalty
            return type_factor if kind in types else 1.0

        def score_of(n: int) -> np.ndarray:
            s = self.scores[n]["stem"] + sum(w * self.scores[n][name] for name, w in weights.items() if w)
            for kind, default in self.asks[n].items():
                s[self.kinds[kind]] *= factor(kind, default)
            return s
        return score_of


FIELDS = {"surface": 0.5, "prefix": 0.5, "lead": 0.5}
YES_NO = dict(closed_boost=0.2, open_penalty=0.1)


def levers(data: Data) -> None:
    ev = Evidence(data)
    print("\n### One lever at a time (askbot's engine: snowball, BM25+ k1=1.2 b=0.75)\n\n" + HEADER)
    print(fmt("stems only", data.score(ev.scorer({}))))
    for field in ("surface", "prefix", "lead"):
        for w in (0.25, 0.5, 1.0):
            print(fmt(f"+ {w} x {field}", data.score(ev.scorer({field: w}))))
    for boost, penalty in ((0.2, 0.0), (0.0, 0.1), (0.2, 0.1), (0.3, 0.2)):
        print(fmt(f"answer type: closed x{1 + boost:.1f}, open x{1 - penalty:.1f} on Oui/Non passages",
                  data.score(ev.scorer({}, boost, penalty))))
    print(fmt("fields + 0.5 surface, prefix and lead, closed x1.2, open x0.9",
              data.score(ev.scorer(FIELDS, **YES_NO))))
    for kind in ("duration", "steps", "definition"):
        asked = sum(kind in a for a in ev.asks)
        print(fmt(f"... + {kind} x1.2 ({asked} questions, {len(ev.kinds[kind])} passages)",
                  data.score(ev.scorer(FIELDS, **YES_NO, type_factor=1.2, types=(kind,)))))
    for f in (1.1, 1.2, 1.3):
        print(fmt(f"... + the three answer types x{f}", data.score(ev.scorer(FIELDS, **YES_NO, type_factor=f))))

    print("\n### Two-fold cross-validation of the combination (grid picked on one half)\n")
    grid = {}
    for su, pr, le, boost, penalty, f in itertools.product(
            (0, 0.25, 0.5), (0, 0.25, 0.5), (0, 0.25, 0.5), (0, 0.1, 0.2, 0.3), (0, 0.1, 0.2), (1.0, 1.1, 1.2, 1.3)):
        weights = {"surface": su, "prefix": pr, "lead": le}
        grid[(su, pr, le, boost, penalty, f)] = data.score(ev.scorer(weights, boost, penalty, f))
    for tune, test in (("A", "B"), ("B", "A")):
        best = max(grid, key=lambda k: (grid[k][tune]["MRR@10"], grid[k][tune]["R@1"]))
        r = grid[best]
        print(f"- tuned on {tune}: surface {best[0]}, prefix {best[1]}, lead {best[2]}, closed "
              f"x{1 + best[3]:.1f}, open x{1 - best[4]:.1f}, answer types x{best[5]}: {tune} "
              f"{r[tune]['R@1']:.3f} / {r[tune]['MRR@10']:.3f}, held-out {test} {r[test]['R@1']:.3f} / "
              f"{r[test]['MRR@10']:.3f}")


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
