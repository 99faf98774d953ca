"""``askbot chat``: the terminal chat (the default command), or one JSON line per stdin line.

Both keep one conversation, so follow-up questions are understood in the
context of the previous ones. The chat itself lives in :mod:`askbot.console`.
"""

from __future__ import annotations

import json

from .common import add_command, add_corpus_options, load_args_config, open_engine, read_lines


def add_parser(subparsers) -> None:
    parser = add_command(
        subparsers, "chat", "discuter avec askbot dans le terminal (commande par défaut)",
        "Ouvre une discussion en français : posez une question, puis une autre qui s'y rapporte\n"
        "(« Et quand a-t-il été créé ? »). /aide liste les commandes ; Ctrl-D ou /quitter pour partir.\n"
        "Lue depuis un tube (printf 'q1\\nq2\\n' | askbot chat), elle écrit une réponse par question.",
    )
    parser.add_argument("--json", action="store_true",
                        help="lire une question par ligne sur l'entrée standard et écrire une ligne "
                             "JSON par ligne lue (mêmes champs que « askbot ask --json »), "
                             "en gardant le fil de la conversation")
    parser.add_argument("--no-history", action="store_true",
                        help="ne pas lire ni enregistrer l'historique des questions (console.history)")
    add_corpus_options(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    config = load_args_config(args)
    engine = open_engine(args, config)
    conversation = engine.conversation(args.top_k)
    if args.json:
        # A scripted run (e.g. evaluating follow-ups) is not a visitor: it is not logged.
        for line in read_lines():
            print(json.dumps(conversation.ask(line).to_json(), ensure_ascii=False), flush=True)
        return 0

    from ..console import CorpusInfo, chat, history_file
    from ..qlog import QuestionLog

    qlog = QuestionLog.from_config(config)
    return chat(conversation, CorpusInfo.of(engine),
                history=history_file(config, enabled=not args.no_history),
                on_reply=lambda reply: qlog.question("console", reply))
