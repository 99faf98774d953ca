"""Every French sentence that only the Telegram front end shows.

Chat replies (welcome, help, refusals, buttons), the command menu, and the
one-line errors of ``askbot telegram``. Polite "vous" throughout. Answers
themselves and the descriptions of core errors come from :mod:`askbot.wording`.
"""

from __future__ import annotations

from . import wording

COMMANDS = (
    ("start", "Présentation et exemples de questions"),
    ("aide", "Comment me poser une question"),
    ("question", "Poser une question (utile dans un groupe)"),
    ("sources", "Les documents sur lesquels je m'appuie"),
    ("apropos", "À propos de ce bot"),
)

BUTTON_PASSAGE = "Voir le passage"
BUTTON_OTHER = "Autre réponse"
BUTTON_UP = "👍"
BUTTON_DOWN = "👎"


def welcome(topics: list[str]) -> str:
    return (
        wording.GREETING + wording.examples_text()
        + "\n\nJe m'appuie sur des documents sourcés consacrés à :\n" + wording.topics_text(topics)
        + "\n\nTapez /aide pour savoir comment m'utiliser."
    )


HELP = (
    wording.HELP + wording.examples_text()
    + "\n\nEn conversation privée, écrivez simplement votre question. Dans un groupe, "
    "mentionnez-moi (@{username}), répondez à l'un de mes messages ou utilisez "
    "/question suivi de votre question."
    "\n\nSous chaque réponse, « Voir le passage » affiche le texte complet de la source, "
    "« Autre réponse » propose le passage suivant, et 👍 / 👎 nous aident à améliorer le bot."
    "\n\nCommandes : /start, /aide, /question, /sources, /apropos."
)

ABOUT = (
    "askbot {version} répond en français aux questions sur Ai Movement, le Centre "
    "international d'intelligence artificielle du Maroc (UM6P). Il recherche le passage le "
    "plus pertinent de ses documents (classement BM25) et cite toujours sa source ; "
    "il ne génère pas de texte et préfère dire qu'il ne sait pas plutôt que d'inventer."
    "\n\nLes questions posées sont enregistrées sans identifiant personnel pour améliorer "
    "les documents."
)
ABOUT_WITH_IDS = ABOUT.replace("sans identifiant personnel", "avec votre identifiant Telegram")


def sources_text(titles: list[tuple[str, str]]) -> str:
    lines = "\n".join(f"• {title}" for _, title in titles)
    return f"Je m'appuie sur {len(titles)} document(s) :\n{lines}"


QUESTION_USAGE = "Écrivez votre question après la commande, par exemple :\n/question {example}"
NON_TEXT = (
    "Je ne comprends que les questions écrites. Pourriez-vous m'écrire votre question "
    "en toutes lettres ?"
)
EDITED = (
    "J'ai vu que vous avez modifié votre message, mais je ne traite que les nouveaux "
    "messages. Pourriez-vous m'envoyer votre question dans un nouveau message ?"
)
UNKNOWN_COMMAND = "Je ne connais pas cette commande. Tapez /aide pour voir ce que je sais faire."
MENTION_ONLY = "Oui ? Posez-moi votre question sur Ai Movement, par exemple : {example}"
RATE_LIMITED = (
    "Vous m'envoyez beaucoup de questions à la suite. Merci de patienter un instant "
    "avant la prochaine : je vous répondrai avec plaisir."
)
APOLOGY = (
    "Je suis désolé, une erreur m'a empêché de vous répondre. Pourriez-vous réessayer "
    "dans un instant ?"
)

FEEDBACK_THANKS = "Merci pour votre avis !"
OLD_BUTTON = "Ce bouton concerne une réponse plus ancienne. Posez à nouveau votre question, s'il vous plaît."
EXPIRED_BUTTON = "Ce bouton n'est plus valable. Posez à nouveau votre question, s'il vous plaît."

ADMIN_ONLY = (
    "Merci pour ce document ! Seuls les administrateurs du bot peuvent ajouter des documents "
    "ou en retirer ; si vous pensez qu'il devrait en faire partie, contactez l'équipe d'Ai Movement."
)
DOC_TOO_BIG = (
    "Ce document est trop volumineux ({size} Mo) : j'accepte les documents de {limit} Mo au plus."
)
DOC_BAD_TYPE = "Je ne peux pas ajouter ce type de fichier. Formats acceptés : {formats}."
DOC_DOWNLOAD_FAILED = (
    "Je n'ai pas pu télécharger ce document depuis Telegram. Pourriez-vous le renvoyer ?"
)
DOC_ADDED = (
    "Document ajouté : « {title} » ({passages} passage(s)). Je peux désormais répondre "
    "aux questions qui le concernent."
)
RETIRER_USAGE = "Indiquez le document à retirer, par exemple : /retirer {example}"
DOC_REMOVED = "Document retiré : « {title} »."

# ``askbot telegram`` on the command line.
TOKEN_MISSING = (
    "le jeton du bot est introuvable : définissez la variable d'environnement {env} "
    "avec le jeton donné par BotFather."
)
TOKEN_MALFORMED = (
    "le jeton du bot (variable {env}) n'a pas le format attendu « 123456789:ABC… » : "
    "vérifiez-le auprès de BotFather."
)
TOKEN_REJECTED = "le serveur Telegram a refusé le jeton du bot (variable {env}) : vérifiez-le auprès de BotFather."
BAD_API_URL = "l'adresse du serveur Bot API « {url} » est invalide : elle doit commencer par http:// ou https://."
BAD_SETTING = "la valeur de « telegram.{key} » doit être strictement positive."
CONFLICT = (
    "une autre instance du bot utilise déjà ce jeton (Telegram a répondu 409 Conflict). "
    "Arrêtez l'autre instance avant d'en lancer une nouvelle."
)
UNREACHABLE = "impossible de joindre le serveur Bot API ({url}) : {reason}."
WEBHOOK_SECRET_INVALID = (
    "le secret du webhook (variable {env}) doit compter de 1 à 256 caractères parmi "
    "A-Z, a-z, 0-9, _ et -."
)
WEBHOOK_DEPENDENCY = (
    "le mode webhook nécessite le module tornado : installez python-telegram-bot[webhooks]."
)
STARTED = "askbot écoute Telegram en tant que @{username} ({mode}). Ctrl+C pour arrêter."
STOPPED = "askbot s'est arrêté proprement."
