"""``askbot telegram``: run the Telegram bot until SIGINT/SIGTERM.

Exit status: 0 after a clean stop, 1 when another instance polls with the
same token (409 Conflict), 2 when the bot cannot start (token, Bot API
server, configuration). The token is read from the environment only.
"""

from __future__ import annotations

import sys

from .common import add_command, add_corpus_options, corpus_dir_of, load_args_config


def add_parser(subparsers) -> None:
    parser = add_command(
        subparsers, "telegram", "lancer le bot Telegram",
        "Lance le bot Telegram (long polling, ou webhook si telegram.webhook_url est défini).\n"
        "Le jeton est lu dans la variable d'environnement TELEGRAM_BOT_TOKEN (ou celle que\n"
        "nomme telegram.token_env) ; le serveur Bot API peut être choisi avec\n"
        "ASKBOT_TELEGRAM_API_URL. Arrêt propre avec Ctrl+C ou SIGTERM.",
    )
    add_corpus_options(parser)
    parser.set_defaults(run=run)


def _announce(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def run(args) -> int:
    from ..engine import Engine
    from ..qlog import QuestionLog
    from ..telegram_bot import BotState
    from ..telegram_run import SetupError, api_root, check_settings, read_token, run_bot

    config = load_args_config(args)
    try:
        # Fail on the token before spending time on the corpus.
        check_settings(config)
        token, root = read_token(config), api_root(config)
        engine = Engine.from_config(config, corpus_dir_of(args, config))
        state = BotState(engine, config, QuestionLog.from_config(config), top_k=args.top_k)
        return run_bot(config, state, token, root, announce=_announce)
    except SetupError as error:
        print(f"askbot : {error.french}", file=sys.stderr)
        return 1 if error.reason == "conflict" else 2
