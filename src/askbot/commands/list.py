"""``askbot list``: the documents of the corpus, as a table or as JSON."""

from __future__ import annotations

import json
from dataclasses import asdict

from .common import add_command, add_corpus_options, corpus_dir_of, load_args_config


def add_parser(subparsers) -> None:
    parser = add_command(subparsers, "list", "lister les documents du corpus",
                         "Affiche chaque document du corpus : chemin, titre, passages, date d'ajout.")
    parser.add_argument("--json", action="store_true",
                        help="écrire une liste JSON : path, title, passages, words, added, "
                             "source_url, original_file")
    add_corpus_options(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    from ..library import list_documents

    config = load_args_config(args)
    corpus_dir = corpus_dir_of(args, config)
    documents = list_documents(corpus_dir, config.corpus.max_passage_chars)
    if args.json:
        print(json.dumps([asdict(d) for d in documents], ensure_ascii=False, indent=2))
        return 0
    rows = [("Document", "Titre", "Passages", "Ajouté le")]
    rows += [(d.path, d.title, str(d.passages), d.added or "—") for d in documents]
    widths = [min(max(len(r[i]) for r in rows), 60) for i in range(3)]
    for row in rows:
        title = row[1] if len(row[1]) <= widths[1] else row[1][: widths[1] - 1] + "…"
        print(f"{row[0]:<{widths[0]}}  {title:<{widths[1]}}  {row[2]:>{widths[2]}}  {row[3]}".rstrip())
    passages = sum(d.passages for d in documents)
    print(f"\n{len(documents)} document{'s' if len(documents) > 1 else ''}, "
          f"{passages} passage{'s' if passages > 1 else ''}.")
    return 0
