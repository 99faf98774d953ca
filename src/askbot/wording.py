"""Every French sentence the core shows to users, in one place.

Replies (answers, refusals, small talk, bad input) and the French
descriptions of :mod:`askbot.errors` used by the front ends. Polite
"vous" throughout. Front ends add their own interface strings.
"""

from __future__ import annotations

from .errors import AskbotError, ConfigError, CorpusError, DocumentError
from .text import MONTHS

EXAMPLE_QUESTIONS = (
    "Qui dirige Ai Movement ?",
    "Quand la Conférence générale de l'UNESCO a-t-elle désigné Ai Movement ?",
    "Qu'est-ce que le programme African Women in Tech & AI ?",
)


SOURCE_LABELS = ("Source :", "Sources :")  # how a source line starts
OTHER_SOURCE = "Source complémentaire"  # a second link, in Telegram


def source_line(title: str, *urls: str | None) -> str:
    """"Source : <title> — <url>", or "Sources : … — <url> ; <url>" when the
    sentences quoted were written from two sources."""
    links = [url for url in urls if url]
    label = SOURCE_LABELS[len(links) > 1]
    return f"{label} {title} — {' ; '.join(links)}" if links else f"{label} {title}"


AS_DOCUMENTS_SAY = "C'est ce qu'indiquent mes documents :\n\n"  # "C'est vrai ?" after an answer
# "D'autres sources disent autre chose ?" after an answer telling several versions, or one.
OTHER_VERSIONS = "Voici les versions que rapportent mes documents :\n\n"
ON_THIS_POINT = "Voici ce que rapportent mes documents sur ce point :\n\n"
NOTHING_TO_COMPARE = ("Je ne vous ai pas encore donné de réponse dont comparer les sources. "
                      "Posez-moi une question sur Ai Movement, par exemple :\n")
# "Vous êtes sûr ?" after a refusal.
NOTHING_TO_CONFIRM = ("Ma réponse précédente n'affirmait rien : je n'ai pas trouvé de réponse sûre à cette question "
                      "dans mes documents. Vous pouvez la reformuler, ou me demander par exemple :\n")
# "Pourquoi deux chiffres ?" after sources that disagree: the documents say what each says, not why.
WHY_THEY_DIFFER = "Mes documents ne disent pas pourquoi les sources diffèrent ; voici ce que donne chacune :\n\n"


def recap(answers: list[tuple[str, str]], given: int) -> str:
    """For "Résumez": a sentence of each answer given so far (the last ones of ``given``), with its document."""
    if not answers:
        return "Je ne vous ai encore donné aucune réponse à résumer. Posez-moi une question, par exemple :\n" + \
            examples_text()
    lines = [f"• {sentence} ({title})" for sentence, title in answers]
    head = ("En résumé, voici ce que je vous ai répondu :" if given <= len(answers)
            else f"En résumé, voici mes {len(answers)} dernières réponses (sur {given}) :")
    return head + "\n" + "\n".join(lines)


def not_for_year(years: list[str], answer: str) -> str:
    """A question asked for a year the documents say nothing of, and what they say otherwise."""
    when = " ni pour ".join(years)
    return f"Mes documents ne donnent pas cette information pour {when}. Voici ce qu'ils indiquent :\n\n{answer}"


def nothing_more(section: str) -> str:
    """After "C'est-à-dire ?" when the last answer quoted its whole section."""
    return (f"Mes documents n'en disent pas plus à ce sujet : je vous ai déjà cité tout ce qu'ils disent sous "
            f"« {section} ». Vous pouvez me poser une autre question.")


ORDINAL_NAMES = ("premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
                 "neuvième", "dixième")


def listed_item(rank: int, item: str) -> str:
    """The item of a list just given that "et le deuxième ?" asks for, as a sentence."""
    return f"Le {ORDINAL_NAMES[rank - 1]} élément de cette liste est : {item.rstrip(' .')}."


def nothing_dated(before: bool, title: str) -> str:
    """After "Et avant ?" ("Et après ?") when the last answer's document dates nothing before (after) it."""
    return (f"Le document de ma réponse précédente (« {title} ») ne mentionne rien "
            f"d'{'antérieur' if before else 'postérieur'} à cela. Vous pouvez me poser une question plus précise.")


def part_not_found(part: str) -> str:
    """After the answer to one of a message's two questions, that the other has none."""
    return f"Pour votre autre question (« {part.rstrip(' ?.!;,')} ? »), je ne trouve pas de réponse fiable dans mes documents."


def command_reply(name: str) -> str:
    """A command sent as a message where commands are not run ("askbot ask", "chat --json")."""
    if name in ("start", "aide", "help"):
        return HELP + examples_text()
    if name in ("quitter", "quit", "stop"):
        return GOODBYE
    return (f"Je ne connais pas la commande « /{name} » ici. Tapez {SOURCES_COMMAND} pour la liste de mes "
            "documents, ou posez directement votre question.")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def sources_text(titles: list[tuple[str, str]]) -> str:
    """The corpus's documents, for "/sources" (refusals suggest typing it)."""
    lines = [f"Mes réponses s'appuient sur {plural(len(titles), 'document')} :"]
    lines += [f"• {title} ({path})" for path, title in titles]
    return "\n".join(lines)


def documents_dates(dated: list[tuple[str, object, bool]]) -> str:
    """How recent the documents are, for "Tes données datent de quand ?": each document's
    ``(title, date, updated)`` (``updated`` when the date is its last update, else its own)."""
    if not dated:
        return "Mes documents ne portent pas de date : je ne peux pas vous dire jusqu'à quand ils sont à jour."
    latest = max(str(date) for _, date, _ in dated)
    lines = [f"Mes documents datent au plus tard du {_french_date(latest)} : je ne sais rien de ce qui "
             "s'est passé depuis."]
    lines += [f"• {title} : {'mis à jour le' if updated else 'daté du'} {_french_date(str(date))}"
              for title, date, updated in dated]
    return "\n".join(lines)


def _french_date(iso: str) -> str:
    """``2026-11-28`` as "28 novembre 2026" (any other text as it is)."""
    parts = iso.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or not 1 <= int(parts[1]) <= 12:
        return iso
    year, month, day = (int(p) for p in parts)
    return f"{'1er' if day == 1 else day} {MONTHS[month - 1]} {year}"


def source_of_last(title: str, urls: tuple[str, ...], cited: tuple[str, ...] = (), same_message: bool = False) -> str:
    """Where the last answer comes from, for "Et selon quelle source ?", "quel journal en a
    parlé ?": the sources its sentences name, if any, and its document with its addresses.
    ``same_message`` when that answer is the one just given ("Quel est le budget et qui
    l'affirme ?")."""
    where = (f", rédigé d'après : {' ; '.join(urls)}" if urls
             else " (aucune adresse en ligne n'est connue pour cette partie)")
    answer = "Cette réponse" if same_message else "Ma réponse précédente"
    if cited:
        names = ", ".join(cited[:-1]) + " et " + cited[-1] if len(cited) > 1 else cited[0]
        return f"{answer} cite {names}. Elle vient du document « {title} »{where}."
    return f"{answer} vient du document « {title} »{where}."


def answer_text(sentences: list[str], title: str, urls: tuple[str, ...]) -> str:
    return " ".join(sentences) + "\n\n" + source_line(title, *urls)


SOURCES_COMMAND = "/sources"  # lists the documents, in every front end
MAX_TOPICS = 12  # a corpus of hundreds of documents is summed up, not listed


def topics_text(topics: list[str], limit: int = MAX_TOPICS) -> str:
    """The topics as bullets, at most ``limit`` lines: beyond, the first ones and where the rest are."""
    shown = topics if len(topics) <= limit else topics[: limit - 1]
    lines = [f"• {t}" for t in shown]
    if len(shown) < len(topics):
        lines.append(f"• … et {len(topics) - len(shown)} autres sujets (tapez {SOURCES_COMMAND} pour les voir tous)")
    return "\n".join(lines)


REFUSAL_TOPICS = 4  # a refusal's lines of topics: the nearest three, and where the others are


def refusal(topics: list[str], nearest: tuple[str, str] | None = None) -> str:
    """The refusal, naming the section that came nearest (its heading and topic)
    if one did, then the nearest few topics and where to find the others."""
    near = (f"La partie de mes documents la plus proche est « {nearest[0]} » ({nearest[1]}), "
            "mais je n'y trouve pas de réponse sûre. ") if nearest else ""
    return (
        "Je suis désolé, je ne trouve pas de réponse fiable à cette question dans mes documents. " + near
        + "Je peux vous renseigner notamment sur :\n" + topics_text(topics, REFUSAL_TOPICS)
    )


def examples_text() -> str:
    return "\n".join(f"• {q}" for q in EXAMPLE_QUESTIONS)


GREETING = (
    "Bonjour ! Je suis askbot, l'assistant d'Ai Movement, le Centre international "
    "d'intelligence artificielle du Maroc (UM6P). Posez-moi une question, par exemple :\n"
)
THANKS = "Avec plaisir ! N'hésitez pas si vous avez d'autres questions sur Ai Movement."
GOODBYE = "Au revoir et merci de votre visite !"
HOW_ARE_YOU = "Très bien, merci ! Je suis prêt à répondre à vos questions sur Ai Movement, par exemple :\n"
ACKNOWLEDGED = "Très bien. N'hésitez pas si vous avez d'autres questions sur Ai Movement."
# "Bonjour, je suis professeur à Dakar et je prépare un cours sur l'IA en Afrique." (no question yet)
INTRODUCED = "Enchanté ! Je vous écoute : quelle est votre question sur Ai Movement ? Par exemple :\n"
HELP = (
    "Je réponds aux questions sur Ai Movement, le Centre international d'intelligence "
    "artificielle du Maroc (UM6P) : son histoire, sa direction, ses missions, sa recherche, "
    "ses formations, sa désignation par l'UNESCO, ses événements et son campus. "
    "Chaque réponse cite sa source. Par exemple :\n"
)

# "Tu es un robot ?", "t'es payé par l'OCP ?": what askbot is, and that it gives no opinion.
WHAT_I_AM = (
    "Je suis un assistant automatique, pas une personne. Je ne donne pas d'avis : je cite ce que "
    "disent mes documents sur Ai Movement (un communiqué de presse et des fiches rédigées à partir "
    "de sources publiques), avec leur source, pour que vous puissiez vérifier. Par exemple :\n"
)

EMPTY = "Votre message est vide. Posez-moi une question sur Ai Movement, par exemple :\n"
TOO_LONG = (
    "Votre message est trop long pour une question ({length} caractères, {limit} au plus). "
    "Pourriez-vous la formuler en une ou deux phrases ?"
)
NOT_UNDERSTOOD = (
    "Je n'ai pas compris votre message. Pourriez-vous poser votre question avec des mots, "
    "en français ? Par exemple :\n"
)
TOO_VAGUE = "Je ne vois pas sur quoi porte votre question. Pourriez-vous la préciser ? Par exemple :\n"
FRENCH_ONLY = (
    "Je ne réponds qu'en français pour le moment. Pourriez-vous reformuler votre question "
    "en français ? Par exemple :\n"
)
NO_SOURCE_YET = ("Je ne vous ai pas encore donné de réponse dont je puisse citer la source. "
                 "Posez-moi une question sur Ai Movement, par exemple :\n")
NO_SOURCE_LAST = ("Ma réponse précédente ne citait aucun document : je n'ai donc pas de source à vous donner. "
                  "Posez-moi une autre question sur Ai Movement, par exemple :\n")
# "Pouvez-vous m'en dire plus ?" before any answer, or after a reply that gave none.
NO_MORE_YET = ("Je ne vous ai pas encore donné de réponse à développer. "
               "Posez-moi une question sur Ai Movement, par exemple :\n")
NO_MORE_LAST = ("Je n'ai rien à développer : ma réponse précédente ne venait pas de mes documents. "
                "Posez-moi une autre question sur Ai Movement, par exemple :\n")
FRENCH_ONLY_ASKED = "Je ne réponds qu'en français pour le moment. Posez-moi votre question, par exemple :\n"
NO_PASSAGE = "Il n'y a pas encore de réponse à détailler : posez d'abord une question."
# "Je ne comprends pas" after an answer: the passage it quotes, whole.
CLARIFIED = ("Pardon si ma réponse n'était pas claire. Je ne peux que citer mes documents : "
             "voici le passage entier d'où elle vient.\n\n")
# "Je ne comprends pas", "Vous vous trompez", "t'es nul" with no answer given before.
REPHRASE = ("Je suis désolé de ne pas avoir pu vous aider. Pourriez-vous me poser votre question sur "
            "Ai Movement, ou la reformuler ? Par exemple :\n")
OBJECTED = ("Pardon si ma réponse ne vous convient pas. Je ne réponds qu'à partir de mes documents, "
            "et celle-ci vient de « {title} ». Si vous pensiez à autre chose, pourriez-vous reformuler "
            "votre question en précisant ce qui vous intéresse ? Vous pouvez aussi taper /suivant "
            "pour voir un autre passage.")
NO_MORE = "Je n'ai pas d'autre passage pertinent pour cette question."
PASSAGE_HEADER = "Passage complet"

_CONFIG_REASONS = {
    "missing": "le fichier de configuration est introuvable",
    "unreadable": "le fichier de configuration est illisible",
    "syntax": "le fichier de configuration n'est pas un YAML valide",
    "not_a_mapping": "le fichier de configuration doit contenir des clés et des valeurs",
    "unknown_key": "la clé « {key} » est inconnue",
    "wrong_type": "la valeur de « {key} » n'a pas le bon type",
    "bad_choice": "la valeur de « {key} » n'est pas permise",
    "out_of_range": "la valeur de « {key} » est hors des limites permises",
}
# A document's front-matter questions (frontmatter.document_questions), in the corpus or being added.
_QUESTIONS_SHAPE = ("les « questions » de l'en-tête YAML doivent associer des titres de section "
                    "à des listes de questions")
_QUESTIONS_UNMATCHED = ("une clé des « questions » de l'en-tête YAML ne correspond à aucun titre de section "
                        "ni à aucun extrait du texte")
_SOURCES_SHAPE = ("les « section_sources » de l'en-tête YAML doivent associer des titres de section "
                  "à des listes d'adresses")
_SOURCES_UNMATCHED = ("une clé des « section_sources » de l'en-tête YAML ne correspond à aucun titre de section "
                      "ni à aucun extrait du texte")
_CORPUS_REASONS = {
    "missing_dir": "le dossier du corpus est introuvable",
    "not_a_dir": "le chemin du corpus n'est pas un dossier",
    "empty": "le corpus ne contient aucun document exploitable (.md ou .txt)",
    "unreadable": "le fichier est illisible",
    "invalid_utf8": "le fichier n'est pas encodé en UTF-8",
    "front_matter": "l'en-tête YAML (front matter) du fichier est invalide",
    "synonyms": "le fichier de synonymes est invalide",
    "questions": _QUESTIONS_SHAPE,
    "questions_unmatched": _QUESTIONS_UNMATCHED,
    "section_sources": _SOURCES_SHAPE,
    "section_sources_unmatched": _SOURCES_UNMATCHED,
}
_OTHER_REASONS = {
    "gold_missing": "le fichier de questions de référence est introuvable",
    "gold_file": "le fichier de questions de référence est invalide",
}


def describe_error(error: AskbotError) -> str:
    """One French line describing an error, naming the file (and key) involved."""
    if isinstance(error, ConfigError):
        reason = _CONFIG_REASONS.get(error.reason, "la configuration est invalide")
        text = "Erreur de configuration : " + reason.format(key=error.key)
    elif isinstance(error, CorpusError):
        text = "Erreur de corpus : " + _CORPUS_REASONS.get(error.reason, "le corpus est inutilisable")
    elif isinstance(error, DocumentError):
        text = _document_prefix(error) + DOCUMENT_REASONS.get(error.reason, "ce document ne peut pas être ajouté")
    else:
        text = "Erreur : " + _OTHER_REASONS.get(error.reason, "l'opération a échoué")
    if error.path is not None:
        text += f" ({error.path})"
    return text + _detail(error) + "."


_TYPE_NAMES = {
    "int": "un nombre entier", "float": "un nombre", "str": "un texte", "bool": "true ou false",
    "section": "une section de clés", "list of int": "une liste de nombres entiers",
    "list of str": "une liste de textes",
}


def _detail(error: AskbotError) -> str:
    if isinstance(error, DocumentError):
        return _document_detail(error)
    if not error.detail:
        return ""
    value = error.detail
    if error.reason == "syntax":
        return f", à la ligne {value}"
    if error.reason == "wrong_type":
        return f" : {_TYPE_NAMES.get(value, value)} est attendu"
    if error.reason == "bad_choice":
        return " : valeurs permises " + ", ".join(value.split(" | "))
    if error.reason == "invalid_utf8":
        return f", à l'octet {value}"
    if error.reason in ("questions_unmatched", "section_sources_unmatched"):
        return f" : « {value} »"
    return ""


# --- Corpus management (askbot add / list / remove, Telegram uploads) -------
# Reasons raised by askbot.library and askbot.convert; "path" is the file as
# the user named it (or the reference given to "remove").

DOCUMENT_REASONS: dict[str, str] = {
    "not_found": "le fichier est introuvable",
    "not_a_file": "ce chemin ne désigne pas un fichier",
    "unreadable": "le fichier ne peut pas être lu",
    "empty": "le fichier est vide",
    "too_large": "le fichier est trop volumineux",
    "unsupported_type": "ce type de fichier n'est pas pris en charge",
    "disguised": "le contenu du fichier ne correspond pas à son extension",
    "undecodable": "le texte du fichier est illisible : son encodage n'a pas pu être reconnu",
    "no_text": "aucun texte n'a pu être extrait du fichier",
    "encrypted": "le PDF est protégé par un mot de passe",
    "corrupt": "le fichier est endommagé ou d'un format que le convertisseur ne sait pas lire",
    "bad_front_matter": "l'en-tête YAML (front matter) du fichier Markdown est invalide",
    "bad_questions": _QUESTIONS_SHAPE,
    "unmatched_questions": _QUESTIONS_UNMATCHED,
    "bad_section_sources": _SOURCES_SHAPE,
    "unmatched_section_sources": _SOURCES_UNMATCHED,
    "duplicate": "ce contenu est déjà dans le corpus",
    "unsafe_name": "ce nom de fichier sortirait du dossier du corpus",
    "name_taken": "un document du corpus porte déjà ce nom",
    "bad_url": "l'adresse source doit être une adresse web complète (http:// ou https://)",
    "not_in_corpus": "aucun document du corpus ne correspond à ce chemin ou à ce titre",
    "outside_corpus": "ce chemin est en dehors du dossier du corpus",
    "ambiguous": "plusieurs documents portent ce titre",
    "last_document": "c'est le dernier document du corpus, qui ne peut pas rester vide",
    "busy": "le corpus est en cours de modification par un autre processus ; réessayez dans un instant",
    "unwritable": "le dossier du corpus n'est pas accessible en écriture",
}
_REMOVAL_REASONS = {"not_in_corpus", "outside_corpus", "ambiguous", "last_document"}
ACCEPTED_FORMATS = ".txt, .md, .html, .htm, .pdf et .docx"
_CONTENT_NAMES = {
    "pdf": "un PDF", "docx": "un document Word (.docx)", "zip": "une archive ZIP",
    "ole": "un ancien document Office (.doc, .xls…)", "image": "une image",
    "binary": "des données binaires", "rtf": "un document RTF", "html": "une page HTML",
    "text": "du texte",
}


def _document_prefix(error: DocumentError) -> str:
    return "Suppression impossible : " if error.reason in _REMOVAL_REASONS else "Document refusé : "


def megabytes(n: int) -> str:
    """A size in bytes as French megabytes, one decimal at most: ``21``, ``1,5``."""
    return f"{n / (1024 * 1024):.1f}".replace(".", ",").removesuffix(",0")


def _document_detail(error: DocumentError) -> str:
    reason, value = error.reason, error.detail
    if reason == "unsupported_type":
        return f" ; formats acceptés : {ACCEPTED_FORMATS}"
    if reason == "disguised" and " contains " in value:
        suffix, kind = value.split(" contains ", 1)
        return f" : l'extension est {suffix}, mais le fichier contient {_CONTENT_NAMES.get(kind, kind)}"
    if reason == "too_large" and ">" in value:
        size, limit = value.split(">", 1)
        if size.isdigit() and limit.isdigit():
            return f" : {megabytes(int(size))} Mo, pour {megabytes(int(limit))} Mo au plus (library.max_file_mb)"
    if reason == "undecodable":
        return " ; enregistrez-le en UTF-8 puis réessayez"
    if reason == "no_text" and value == "scanned":
        return (" : c'est sans doute un document numérisé (une image) ; faites-le d'abord passer "
                "par un logiciel de reconnaissance de caractères (OCR)")
    if reason == "no_text":
        return " : le document ne contient aucun texte exploitable"
    if reason == "duplicate" and "|" in value:
        path, title = value.split("|", 1)
        return f" : c'est le document « {title} » ({path})"
    if reason in ("unsafe_name", "name_taken", "unmatched_questions", "unmatched_section_sources"):
        return f" : « {value} »"
    if reason == "ambiguous":
        return f" ; précisez le chemin : {value}"
    return ""
