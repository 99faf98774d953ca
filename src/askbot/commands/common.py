"""What every command shares: a French argparse, the corpus options, opening the engine."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

_ARGPARSE_FR = (
    (re.compile(r"the following arguments are required: (.*)"), "argument obligatoire manquant : {0}"),
    (re.compile(r"unrecognized arguments: (.*)"), "arguments non reconnus : {0}"),
    (re.compile(r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)"),
     "{0} : choix invalide {1} (choix possibles : {2})"),
    (re.compile(r"argument (.*?): expected one argument"), "{0} attend une valeur"),
    (re.compile(r"argument (.*?): (.*)"), "{0} : {1}"),
)


class FrenchFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        # argparse passes prefix="" when it builds a subcommand's name: keep that.
        super().add_usage(usage, actions, groups, "Utilisation : " if prefix is None else prefix)


class FrenchParser(argparse.ArgumentParser):
    """argparse with French headings and one-line French usage errors (exit 2)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", FrenchFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def error(self, message: str):
        for pattern, french in _ARGPARSE_FR:
            match = pattern.fullmatch(message)
            if match:
                message = french.format(*match.groups())
                break
        self.exit(2, f"askbot : erreur d'utilisation : {message} (voir « {self.prog} --help »).\n")


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre entier attendu, et non « {text} »") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"nombre entier positif attendu, et non {value}")
    return value


def add_command(subparsers, name: str, help_text: str, description: str = "") -> FrenchParser:
    """A subcommand parser with French help."""
    return subparsers.add_parser(name, help=help_text, description=description or help_text,
                                 formatter_class=FrenchFormatter, add_help=False)


def add_corpus_options(parser: argparse.ArgumentParser) -> None:
    """``--top-k``, ``--corpus`` and ``--config``: on every command that reads the corpus."""
    parser.add_argument("--top-k", type=positive_int, metavar="N",
                        help="nombre de passages candidats à considérer (défaut : retrieval.top_k)")
    parser.add_argument("--corpus", type=Path, metavar="DOSSIER",
                        help="dossier du corpus (défaut : corpus.dir de la configuration)")
    parser.add_argument("--config", type=Path, metavar="FICHIER",
                        help="fichier de configuration (défaut : $ASKBOT_CONFIG, sinon ./config.yaml)")


def load_args_config(args):
    from ..config import load_config

    return load_config(args.config)


def corpus_dir_of(args, config) -> Path:
    """The corpus folder: ``--corpus``, else ``corpus.dir`` of the configuration."""
    return args.corpus if args.corpus is not None else config.corpus_dir


def open_engine(args, config=None):
    """The engine for the corpus and configuration named on the command line.

    Indexing a large corpus shows a progress bar on a terminal (see progress.py).
    """
    from ..engine import Engine
    from ..progress import ProgressBar

    config = config if config is not None else load_args_config(args)
    bar = ProgressBar()
    try:
        return Engine.from_config(config, corpus_dir_of(args, config), progress=bar)
    finally:
        bar.close()


def read_lines(stream=None):
    """Lines of standard input, decoded leniently (bad bytes never crash a batch)."""
    stream = stream or sys.stdin
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", errors="replace")
    for line in stream:
        yield line.rstrip("\n").rstrip("\r")
