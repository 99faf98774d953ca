"""``askbot ask``: one question (or one per line of stdin), one reply; a JSON contract."""

from __future__ import annotations

import json

from .common import add_command, add_corpus_options, open_engine, read_lines


def add_parser(subparsers) -> None:
    parser = add_command(
        subparsers, "ask", "poser une question et afficher la réponse",
        "Pose une question et affiche la réponse avec sa source.\n"
        "Avec « - » comme question, lit une question par ligne sur l'entrée standard.",
    )
    parser.add_argument("question", metavar="QUESTION",
                        help="la question, entre guillemets ; « - » pour lire l'entrée standard")
    parser.add_argument("--json", action="store_true",
                        help="écrire un objet JSON par réponse : question, answered, answer, sources")
    add_corpus_options(parser)
    parser.set_defaults(run=run)


def _emit(reply, as_json: bool, first: bool) -> None:
    if as_json:
        print(json.dumps(reply.to_json(), ensure_ascii=False), flush=True)
    else:
        if not first:
            print()
        print(reply.text, flush=True)


def run(args) -> int:
    engine = open_engine(args)
    if args.question == "-":
        for n, line in enumerate(read_lines()):
            _emit(engine.ask(line, args.top_k), args.json, n == 0)
        return 0
    _emit(engine.ask(args.question, args.top_k), args.json, True)
    return 0
