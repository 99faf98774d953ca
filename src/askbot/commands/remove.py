"""``askbot remove DOC``: remove one document, by path or by title, after confirmation."""

from __future__ import annotations

import sys

from .common import add_command, add_corpus_options, corpus_dir_of, load_args_config

YES = {"o", "oui", "y", "yes"}


def add_parser(subparsers) -> None:
    parser = add_command(
        subparsers, "remove", "retirer un document du corpus",
        "Retire un document du corpus, désigné par son chemin (p. ex. formations.md) ou son titre.\n"
        "Demande confirmation dans un terminal ; --yes la donne d'avance (scripts).",
    )
    parser.add_argument("document", metavar="DOCUMENT", help="chemin dans le corpus ou titre du document")
    parser.add_argument("-y", "--yes", action="store_true", help="ne pas demander de confirmation")
    add_corpus_options(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    from ..library import find_document, remove_document

    config = load_args_config(args)
    corpus_dir = corpus_dir_of(args, config)
    document = find_document(corpus_dir, args.document)
    if not args.yes:
        if not sys.stdin.isatty():
            print("askbot : confirmation impossible hors d'un terminal ; ajoutez --yes pour retirer "
                  f"« {document.title} » ({document.path}).", file=sys.stderr)
            return 2
        try:
            answer = input(f"Retirer « {document.title} » ({document.path}) du corpus ? [o/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in YES:
            print("Rien n'a été retiré.")
            return 1
    removed = remove_document(corpus_dir, document.path)
    print(f"Retiré : « {removed.title} » ({removed.path}).")
    return 0
