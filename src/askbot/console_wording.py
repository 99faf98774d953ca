"""Every French sentence of the terminal chat's interface, in one place.

Replies themselves come from the engine (:mod:`askbot.wording`); this module
holds what only the console says: the welcome, the commands and their help,
and its notices. Polite "vous" throughout.
"""

from __future__ import annotations

from difflib import get_close_matches

from .wording import examples_text, plural as _plural

PROMPT = "Vous › "

# Command → what it does, in the order /aide lists them.
COMMANDS = {
    "/aide": "afficher cette aide",
    "/sources": "lister les documents sur lesquels s'appuient mes réponses",
    "/passage": "afficher le passage complet d'où vient la dernière réponse",
    "/suivant": "proposer une autre réponse à la dernière question",
    "/quitter": "quitter la discussion (ou Ctrl-D)",
}


def welcome(documents: int, passages: int) -> str:
    return (
        "Bonjour ! Je suis askbot, l'assistant d'Ai Movement, le Centre international "
        "d'intelligence artificielle du Maroc (UM6P). Je réponds à vos questions à partir de "
        f"{_plural(documents, 'document')} ({_plural(passages, 'passage')}), en citant mes sources. "
        "Par exemple :\n" + examples_text() + "\n"
        "Tapez /aide pour voir les commandes, /quitter ou Ctrl-D pour partir."
    )


def help_text(editing: bool) -> str:
    width = max(len(c) for c in COMMANDS)
    lines = ["Posez votre question en français, puis appuyez sur Entrée. Commandes :"]
    lines += [f"  {name.ljust(width)}  {what}" for name, what in COMMANDS.items()]
    if editing:
        lines.append("Flèches haut et bas : questions précédentes ; Ctrl-R : rechercher "
                     "dans les questions précédentes.")
    return "\n".join(lines)


def unknown_command(command: str) -> str:
    # "/source": the command it is a slip for, when one is that close.
    meant = get_close_matches(command, COMMANDS, n=1, cutoff=0.8)
    guess = f" Vouliez-vous dire {meant[0]} ?" if meant else ""
    return (f"Je ne connais pas la commande « {command} ».{guess} Commandes disponibles : "
            + ", ".join(COMMANDS) + " (/aide les explique).")


NO_PASSAGE_AFTER_REFUSAL = (
    "Je n'ai pas donné de réponse à la dernière question : il n'y a donc pas de passage à afficher. "
    "Essayez /suivant pour voir le meilleur passage trouvé, ou reformulez la question."
)
UNEXPECTED_ERROR = (
    "Je suis désolé, une erreur inattendue m'empêche de répondre. "
    "Pourriez-vous réessayer ou reformuler votre question ?"
)
