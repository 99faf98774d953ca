"""``askbot index``: rebuild the persistent index explicitly and show its statistics."""

from __future__ import annotations

import time

from .common import add_command, add_corpus_options, corpus_dir_of, load_args_config


def add_parser(subparsers) -> None:
    parser = add_command(
        subparsers, "index", "reconstruire l'index du corpus et afficher ses statistiques",
        "Analyse tout le corpus, reconstruit l'index BM25 et l'enregistre dans le cache\n"
        "(cache.dir de la configuration). Les autres commandes le font d'elles-mêmes quand le\n"
        "corpus a changé ; cette commande le fait sur demande.",
    )
    add_corpus_options(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    from ..cache import cache_path_for
    from ..engine import open_knowledge
    from ..progress import ProgressBar
    from ..text import Analyzer

    config = load_args_config(args)
    corpus_dir = corpus_dir_of(args, config)
    start = time.perf_counter()
    bar = ProgressBar("Indexation")
    try:
        loaded = open_knowledge(config, corpus_dir, Analyzer(config.analysis.stemmer), bar, force=True)
    finally:
        bar.close()
    seconds = time.perf_counter() - start
    knowledge = loaded.state
    corpus = knowledge.corpus
    print("Index reconstruit.")
    print(f"  Documents : {len(corpus.documents)}")
    print(f"  Passages : {len(corpus.passages)}")
    asked = sum(len(questions) for d in corpus.documents for questions in d.questions.values())
    if asked:
        print(f"  Questions indexées avec les sections : {asked}")
    print(f"  Vocabulaire : {len(knowledge.index.vocabulary)} termes")
    print(f"  Durée : {seconds:.2f} s".replace(".", ","))
    path = cache_path_for(config, corpus_dir)
    if path is None:
        print("  Cache : désactivé (cache.enabled: false)")
    elif path.exists():
        print(f"  Cache : {path}")
    else:
        print(f"  Cache : non enregistré ({path} n'est pas accessible en écriture)")
    return 0
