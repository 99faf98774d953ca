"""``askbot eval FILE``: score the bot on a gold file of questions."""

from __future__ import annotations

import json
from pathlib import Path

from .common import add_command, add_corpus_options, open_engine

# The bar the core issue sets; ``--check`` turns it into the exit status.
THRESHOLDS = {"answer_contains_expected": 0.95, "out_of_scope_refused": 0.90}


def add_parser(subparsers) -> None:
    parser = add_command(
        subparsers, "eval", "évaluer le robot sur un fichier de questions de référence",
        "Pose les questions d'un fichier de référence (YAML) et affiche hit@1, hit@3, MRR,\n"
        "la part des réponses contenant le texte attendu (et, pour les manquées, combien par\n"
        "refus, par réponse tirée d'un autre document ou sans le texte attendu), la part des\n"
        "questions hors sujet refusées et, pour les dialogues, la part des relances bien comprises.",
    )
    parser.add_argument("file", type=Path, metavar="FICHIER", help="fichier de référence, p. ex. eval/gold.yaml")
    parser.add_argument("--json", action="store_true", help="écrire les mesures en JSON")
    parser.add_argument("--failures", action="store_true", help="lister les questions manquées")
    parser.add_argument("--check", action="store_true",
                        help="sortir avec le code 1 si les seuils (95 %% de réponses justes, "
                             "90 %% de refus hors sujet) ne sont pas atteints")
    add_corpus_options(parser)
    parser.set_defaults(run=run)


def _pct(value: float) -> str:
    return f"{100 * value:.1f} %".replace(".", ",")


def run(args) -> int:
    from ..evaluate import evaluate

    engine = open_engine(args)
    report = evaluate(engine, args.file)
    m = report.metrics()
    if args.json:
        print(json.dumps(m, ensure_ascii=False))
    else:
        print(f"Évaluation : {args.file}")
        print(f"Questions avec réponse attendue : {m['answerable']}")
        print(f"  hit@1 {m['hit@1']:.3f} · hit@3 {m['hit@3']:.3f} · MRR {m['mrr']:.3f}")
        print(f"  réponses contenant le texte attendu : {_pct(m['answer_contains_expected'])}")
        print(f"  manquées — refus : {m['missed_refused']} · réponse tirée d'un autre document : "
              f"{m['missed_other_document']} · bon document, texte attendu absent : {m['missed_same_document']}")
        print(f"Questions hors sujet : {m['out_of_scope']} · refusées : {_pct(m['out_of_scope_refused'])}")
        if m["dialogues"]:
            print(f"Dialogues : {m['dialogues']} · premières questions justes : "
                  f"{_pct(m['dialogue_openers_correct'])} · relances justes : "
                  f"{_pct(m['follow_ups_correct'])} (sur {m['follow_ups']})")
    if args.failures:
        for o in report.failures():
            verdict = "répondu à tort" if o.case.out_of_scope else f"attendu « {o.case.expect} » ({o.case.doc})"
            print(f"\n✗ {o.case.q}\n  {verdict}; rang du document : {o.rank}\n  "
                  + o.answer.replace("\n", "\n  ")[:400])
    if args.check and any(m[k] < v for k, v in THRESHOLDS.items()):
        return 1
    return 0
