"""``askbot report``: what the question log says is missing from the corpus.

Prints the most frequent unanswered questions and the answers users rated
👎, from the JSONL log written by the Telegram bot and the console.
"""

from __future__ import annotations

from pathlib import Path

from .common import add_command, load_args_config, positive_int


def add_parser(subparsers) -> None:
    parser = add_command(
        subparsers, "report", "résumer le journal des questions",
        "Affiche les questions les plus fréquentes restées sans réponse et les réponses\n"
        "jugées mauvaises (👎), d'après le journal des questions (log.path).",
    )
    parser.add_argument("--log", type=Path, metavar="FICHIER",
                        help="journal à lire (défaut : log.path de la configuration)")
    parser.add_argument("--limit", type=positive_int, default=20, metavar="N",
                        help="nombre de lignes par rubrique (défaut : 20)")
    parser.add_argument("--config", type=Path, metavar="FICHIER",
                        help="fichier de configuration (défaut : $ASKBOT_CONFIG, sinon ./config.yaml)")
    parser.set_defaults(run=run)


def run(args) -> int:
    from ..qlog import build_report

    config = load_args_config(args)
    path = args.log or config.resolve(config.log.path)
    if not path.exists():
        print(f"Aucune question n'a encore été enregistrée (journal absent : {path}).")
        return 0
    print(format_report(build_report(path, args.limit)))
    return 0


def format_report(report) -> str:
    """The report in French, plain text."""
    share = f" ({report.answered * 100 // report.total} %)" if report.total else ""
    lines = [f"Questions enregistrées : {report.total}, dont {report.answered} avec une réponse{share}.",
             f"Avis : {report.liked} 👍, {sum(n for _, n in report.disliked)} 👎.", ""]
    lines.append("Questions sans réponse les plus fréquentes :")
    if report.unanswered:
        lines += [f"  {n:>4} × {question}" for question, n in report.unanswered]
    else:
        lines.append("  (aucune)")
    lines += ["", "Réponses jugées mauvaises (👎) :"]
    if report.disliked:
        for entry, n in report.disliked:
            lines.append(f"  {n:>4} × {entry.question}")
            lines.append(f"         source : {entry.source or 'aucune'}")
    else:
        lines.append("  (aucune)")
    if report.skipped_lines:
        lines += ["", f"{report.skipped_lines} ligne(s) illisible(s) du journal ont été ignorées."]
    return "\n".join(lines)
