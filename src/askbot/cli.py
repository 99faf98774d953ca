"""The ``askbot`` command line: parses arguments, runs one command, and is the
edge where errors become one French line on stderr (exit status 2).

Each command lives in :mod:`askbot.commands` as a module with
``add_parser(subparsers)`` and ``run(args) -> int``; heavy imports happen
inside ``run`` so that ``askbot --help`` stays fast.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys

from . import __version__
from .commands.common import FrenchParser
from .errors import AskbotError
from .wording import describe_error

COMMANDS = ("chat", "ask", "eval", "add", "list", "remove", "index", "telegram", "report")
DEFAULT_COMMAND = "chat"


def build_parser() -> FrenchParser:
    parser = FrenchParser(
        prog="askbot",
        description="askbot répond en français aux questions sur Ai Movement (UM6P), "
        "à partir d'un corpus de documents sourcés. Sans commande : askbot chat.",
    )
    parser.add_argument("--version", action="version", version=f"askbot {__version__}",
                        help="afficher la version et quitter")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="journaliser davantage sur la sortie d'erreur (-vv : détail)")
    sub = parser.add_subparsers(title="commandes", dest="command", metavar="COMMANDE")
    for name in COMMANDS:
        importlib.import_module(f"askbot.commands.{name}").add_parser(sub)
    return parser


def _setup_logging(verbosity: int) -> None:
    level = logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING if verbosity < 2 else logging.DEBUG)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv or [DEFAULT_COMMAND])
    if args.command is None:
        parser.error("the following arguments are required: COMMANDE")
    _setup_logging(args.verbose)
    try:
        return args.run(args)
    except AskbotError as error:
        logging.getLogger(__name__).debug("command failed", exc_info=True)
        print(f"askbot : {describe_error(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. "| head"): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as error:
        logging.getLogger(__name__).debug("system error", exc_info=True)
        print(f"askbot : erreur système : {error.strerror or error} "
              f"({error.filename or 'fichier inconnu'}).", file=sys.stderr)
        return 2
    except Exception:  # a bug: no traceback to the user, the details go to the log when asked for
        if args.verbose:
            logging.getLogger(__name__).error("unexpected error", exc_info=True)
        # (-v goes before the command: "askbot -v ask …"; "askbot ask -v" is a usage error.)
        print("askbot : une erreur inattendue s'est produite ; relancez la commande en écrivant "
              "« askbot -v » au lieu de « askbot » pour en voir le détail.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
