"""``askbot add PATH...``: convert documents and add them to the corpus."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import add_command, add_corpus_options, corpus_dir_of, load_args_config


def add_parser(subparsers) -> None:
    parser = add_command(
        subparsers, "add", "ajouter des documents au corpus (.txt .md .html .pdf .docx)",
        "Convertit chaque fichier en Markdown et l'ajoute au corpus, avec son titre, le nom du\n"
        "fichier d'origine, la source, la date d'ajout et une empreinte du contenu.\n"
        "Un fichier Markdown garde les « questions » de son en-tête YAML (des questions\n"
        "posées avec d'autres mots, sous le titre de la section qui y répond ; voir le README).\n"
        "Un fichier vide, illisible, trop volumineux, d'un type non pris en charge ou déjà\n"
        "présent dans le corpus est refusé, et le corpus reste inchangé.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="FICHIER", help="fichiers à ajouter")
    parser.add_argument("--title", metavar="TITRE",
                        help="titre du document (défaut : son propre titre ou son premier intertitre)")
    parser.add_argument("--source-url", metavar="URL", help="adresse web d'origine du document")
    parser.add_argument("--name", metavar="NOM",
                        help="nom du fichier dans le corpus (défaut : tiré du nom du fichier)")
    add_corpus_options(parser)
    parser.set_defaults(run=run, parser=parser)


def run(args) -> int:
    from .. import library
    from ..errors import DocumentError
    from ..wording import describe_error

    if len(args.paths) > 1:
        for option in ("title", "source_url", "name"):
            if getattr(args, option):
                args.parser.error(f"--{option.replace('_', '-')} ne s'emploie qu'avec un seul fichier")
    config = load_args_config(args)
    corpus_dir = corpus_dir_of(args, config)
    max_bytes = int(config.library.max_file_mb * 1024 * 1024)
    refused = 0
    for path in args.paths:
        try:
            added = library.add_document(
                corpus_dir, path, title=args.title, source_url=args.source_url, name=args.name,
                max_bytes=max_bytes, max_passage_chars=config.corpus.max_passage_chars)
        except DocumentError as error:
            if len(args.paths) == 1:
                raise
            print(f"askbot : {describe_error(error)}", file=sys.stderr)
            refused += 1
            continue
        print(f"Ajouté : « {added.title} » ({_shown(corpus_dir / added.path)}) : "
              f"{_count(added.passages, 'passage')}, {_count(added.words, 'mot')}.", flush=True)
    if refused:
        print(f"{len(args.paths) - refused} fichier(s) ajouté(s), {refused} refusé(s).", file=sys.stderr)
        return 2
    return 0


def _shown(path: Path) -> Path:
    """The path as the user would type it: relative to the current folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def _count(n: int, word: str) -> str:
    return f"{n:,}".replace(",", "\u202f") + f" {word}{'s' if n > 1 else ''}"
