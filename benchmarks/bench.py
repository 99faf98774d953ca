"""askbot's retrieval side by side with common BM25 setups: quality, speed, memory.

Usage:
    python benchmarks/bench.py DATASET_DIR [--synthetic 100000] [--quick]
    python benchmarks/bench.py DATASET_DIR --systems askbot bm25s --synthetic 0

DATASET_DIR holds ``passages.jsonl`` ({"id", "text"}) and ``questions.jsonl``
({"question", "gold": [ids]}), e.g. ../shared/bench/cnil-faq. The script
prints one row per system on the dataset (R@1, R@3, R@5, MRR@10, build
seconds, mean and p99 query ms, peak memory), then the same timing rows on a
synthetic corpus of real sentences reshuffled (benchmarks/synth.py).

Each system runs in its own child process, one after the other, so that
neither memory nor warm caches leak from one to the next. "peak MB" is the
growth of the child's resident set (Linux VmHWM, reset after the data is
loaded and the libraries imported) while it builds the index and answers
every question: it covers Rust (tantivy) and numpy allocations alike, which
tracemalloc would not see; processes the system forks (askbot analyses a
large corpus on every core) add their peak growth once per core, an upper
bound since a forked process's resident set counts the pages it shares. Build time includes text analysis for every
system. Query time includes analysing the question and ranking the top 10.

Peers (rank-bm25 on ``str.split``, bm25s with French stop words and the
PyStemmer French stemmer, tantivy with ``fr_stem``) are an optional extra:
``pip install -e '.[bench]'``. A peer that is not installed is skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import resource
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src")]

from systems import SYSTEMS  # noqa: E402  (after the path set-up above)
from synth import read_jsonl, write_dataset  # noqa: E402

K = 10
MAX_SLOW_QUERIES = 40  # rank-bm25's get_scores is ~0.2 s a question at 100k passages


def rss_kb(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False when unsupported."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def evaluate(ranked: list[list[str]], golds: list[list[str]]) -> dict:
    """R@1, R@3, R@5 and MRR@10 over the questions that have a gold passage."""
    pairs = [(r, set(g)) for r, g in zip(ranked, golds) if g]
    if not pairs:
        return {}
    out = {}
    for k in (1, 3, 5):
        out[f"R@{k}"] = sum(bool(g & set(r[:k])) for r, g in pairs) / len(pairs)
    out["MRR@10"] = sum(next((1 / (i + 1) for i, d in enumerate(r[:10]) if d in g), 0.0)
                        for r, g in pairs) / len(pairs)
    return out


def run_worker(system: str, dataset: Path, max_queries: int | None) -> dict:
    """Build one system's index, answer every question, report metrics as a dict."""
    passages = read_jsonl(dataset / "passages.jsonl")
    questions = read_jsonl(dataset / "questions.jsonl")
    ids = [p["id"] for p in passages]
    texts = [p["text"] for p in passages]
    make = SYSTEMS[system]
    make.prepare()  # imports, outside the measured memory and time
    baseline = rss_kb("VmRSS")
    exact_peak = reset_peak()

    start = time.perf_counter()
    search = make(texts)
    build = time.perf_counter() - start

    limit = len(questions)
    if max_queries and getattr(make, "slow", False):
        limit = min(limit, max_queries)
    for q in questions[:5]:
        search(q["question"], K)  # warm-up: first-call costs are not per-question costs
    ranked, times = [], []
    for q in questions[:limit]:
        t = time.perf_counter()
        top = search(q["question"], K)
        times.append(time.perf_counter() - t)
        ranked.append([ids[i] for i in top])
    peak = rss_kb("VmHWM") - (baseline if exact_peak else 0)
    # Worker processes (askbot analyses a large corpus on every core): the
    # largest one's resident set over this process's RSS before the build,
    # counted once per core. An upper bound: a forked worker's RSS also
    # counts the pages it shares with this process.
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if children:
        peak += (os.cpu_count() or 1) * max(0, children - baseline)
    result = evaluate(ranked, [q.get("gold", []) for q in questions[:limit]])
    result.update(build_s=build, mean_ms=1e3 * float(np.mean(times)),
                  p99_ms=1e3 * float(np.percentile(times, 99)), peak_mb=peak / 1024,
                  queries=limit, passages=len(texts))
    return result


def run_child(system: str, dataset: Path, max_queries: int | None) -> dict | None:
    cmd = [sys.executable, __file__, str(dataset), "--worker", system]
    if max_queries:
        cmd += ["--max-queries", str(max_queries)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "TQDM_DISABLE": "1"})
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["?"]
        print(f"  {system}: failed ({tail[0]})", file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def print_table(title: str, rows: list[tuple[str, dict]]) -> None:
    print(f"\n{title}\n")
    print("| system | R@1 | R@3 | R@5 | MRR@10 | build s | query ms mean | query ms p99 | peak MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in rows:
        quality = [f"{r[m]:.3f}" if m in r else "–" for m in ("R@1", "R@3", "R@5", "MRR@10")]
        note = f" ({r['queries']} questions)" if r["queries"] < 100 else ""
        print(f"| {name} | {' | '.join(quality)} | {r['build_s']:.2f} | {r['mean_ms']:.2f}{note} "
              f"| {r['p99_ms']:.2f} | {r['peak_mb']:.0f} |")
    sys.stdout.flush()


def run_all(title: str, dataset: Path, systems: list[str], max_queries: int | None) -> None:
    rows = []
    for system in systems:
        if not SYSTEMS[system].available():
            print(f"  {system}: skipped (not installed; pip install -e '.[bench]')", file=sys.stderr)
            continue
        result = run_child(system, dataset, max_queries)
        if result is not None:
            rows.append((system, result))
    print_table(title, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path, help="directory with passages.jsonl and questions.jsonl")
    parser.add_argument("--systems", nargs="+", choices=list(SYSTEMS), default=list(SYSTEMS), metavar="SYSTEM",
                        help="among: " + ", ".join(SYSTEMS))
    parser.add_argument("--synthetic", type=int, default=100_000,
                        help="passages in the synthetic scale run (0 to skip; default 100000)")
    parser.add_argument("--seed", type=int, default=6, help="seed of the synthetic corpus")
    parser.add_argument("--quick", action="store_true", help="synthetic run at 10,000 passages")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--max-queries", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        print(json.dumps(run_worker(args.worker, args.dataset, args.max_queries)))
        return
    print(f"# {time.strftime('%Y-%m-%d')} · {machine()}")
    run_all(f"## {args.dataset.name}", args.dataset, args.systems, None)
    n = 10_000 if args.quick else args.synthetic
    if n:
        with tempfile.TemporaryDirectory() as tmp:
            write_dataset(args.dataset, Path(tmp), n, args.seed)
            run_all(f"## synthetic, {n:,} passages (seed {args.seed}; timing only)",
                    Path(tmp), args.systems, MAX_SLOW_QUERIES)


def machine() -> str:
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {sys.version.split()[0]}"


if __name__ == "__main__":
    main()
