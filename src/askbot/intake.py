"""What a message is before it is a question: empty, too long, unreadable,
not French, small talk — or a real question for the corpus.

Each check is cheap, so bad input gets its polite reply in well under a
millisecond, whatever its size.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from . import wording
from .sentences import split_sentences
from .text import clean, fold, folded

MAX_QUESTION_CHARS = 2000
TRAILING_REMARK_WORDS = 8  # a sentence this short after the question only comments on it…
# …and so does one saying where the asker met what is asked about, however long:
# "CIAM ça veut dire quoi ? je l'ai vu dans un magazine à propos de l'IA au Maroc".
_SAW_IT = re.compile(r"^(?:je|on|nous)\s+l['’]\s*(?:ai|a|avons)\s+(?:vu|lu|entendu|croise|croisé|trouvé|trouve)\b",
                     re.IGNORECASE)
# …or one saying who asks and why: "Quel montant le centre met-il dans AWITAI ? Je travaille pour
# une fondation qui envisage un cofinancement."
_ABOUT_ME = re.compile(r"^(?:je\s+suis|je\s+travaille|nous\s+sommes|nous\s+travaillons|je\s+prépare|je\s+prepare"
                       r"|je\s+dois|je\s+cherche|nous\s+cherchons|c'est\s+pour\s+(?:mon|ma|mes|un|une|notre|nos))\b",
                       re.IGNORECASE)

_GREETINGS = {"bonjour", "salut", "bonsoir", "coucou", "hello", "hi", "hey", "slt", "bjr", "cc", "wesh", "wsh",
              "salam", "bsr", "yo", "re"}
_THANKS = {"merci", "mrc", "mci", "thanks", "thx", "remercie", "remercier", "top", "super", "parfait", "genial",
           "reconnaissant", "reconnaissante",
           "choukran", "chokran", "shukran", "choukrane", "chokrane",  # darija: "choukran bzaf"
           "gre"}  # "Je vous sais gré de ces précisions"
_BYE = {"revoir", "bye", "ciao", "bientot", "adieu", "plus", "salutations", "cordialement", "amicalement"}
# Asking for help, or what askbot is and what it can speak of (on the folded message, whole words).
_YOU = r"(?:tu es|t'es|es-tu|vous etes|etes-vous)"
_HELP_PATTERNS = (
    r"aide|aidez|(?:m'|nous )aider|help|comment ca (?:marche|fonctionne)",
    r"(?:sais|peux)-tu faire|(?:savez|pouvez)-vous faire|que (?:fais-tu|faites-vous)|tu fais quoi",
    r"qui (?:es-tu|etes-vous)|(?:tu es|vous etes) qui|tu sers a quoi|a quoi (?:sers-tu|servez-vous)",
    r"qui (?:vous a|t'a) (?:cree|creee|fait|developpe|concu|programme)",  # "Qui vous a créé ?": askbot's makers
    # "De quoi pouvez-vous parler ?", "Quels sujets connais-tu ?": what askbot knows
    r"de quoi (?:tu peux|peux-tu|pouvez-vous|vous pouvez) parler|de quoi (?:parles-tu|parlez-vous)",
    r"quels sujets (?:connais-tu|connaissez-vous|traitez-vous)|(?:tu connais|vous connaissez) quels sujets",
    r"sur quoi (?:pouvez-vous|peux-tu) repondre|quelles questions (?:peut-on vous|puis-je(?: vous)?) poser",
)
_FILLER = {"beaucoup", "bien", "ca", "va", "vous", "toi", "tu", "askbot", "bot", "a", "au", "et",
           "encore", "madame", "monsieur", "mille", "fois", "tres", "la", "le", "les", "de", "du",
           "pour", "votre", "ton", "reponse", "aide", "help", "comment", "allez", "vas", "tout",
           "monde", "ok", "d'accord", "daccord", "oui", "non", "ah", "oh", "lol", "mdr", "ptdr", "haha", "hahaha", "cool", "bonne",
           "journee", "soiree", "nuit", "the", "you", "much", "very", "c'est", "cest", "fini", "termine",
           "d'avance", "davance", "avance", "bcp", "bp", "infiniment", "un", "grand", "bzaf", "bezzaf", "bezaf",
           "beaucou", "boucoup", "bocou", "bcoup",  # typed fast: "merci beaucou"
           # a letter's closing: "Veuillez agréer mes salutations distinguées", "Bien cordialement"
           "veuillez", "agreer", "mes", "nos", "salutations", "distinguees", "respectueuses", "cordialement",
           "cordiales", "sinceres", "sentiments", "meilleurs", "meilleures", "l'expression", "expression",
           "respectueusement", "amicalement", "sincerement",
           # "dommage, merci quand même", "tant pis": a courtesy after a refusal
           "dommage", "tant", "pis"}
# Whole words only: "Elle a plaidé pour quoi ?" holds "aide" but asks no help.
_HELP = re.compile(r"(?<!\w)(?:" + "|".join(_HELP_PATTERNS) + r")(?!\w)")
# "C'est quoi la différence entre toi et ChatGPT ?", "tu es comme ChatGPT ?": what askbot is, compared
# with another assistant (however long the message).
_COMPARED = re.compile(rf"\bdifference entre (?:toi|vous) et\b|{_YOU} (?:un |une )?(?:comme |pareil que |pareille que )?"
                       r"(?:chatgpt|chat gpt|gemini|copilot|google|siri|alexa)\b")
# "Tu es un robot ou un humain ?", "C'est de la propagande ton truc, t'es payé par l'OCP ?": what
# askbot is and whom it speaks for (however long the message).
_WHAT_YOU_ARE = re.compile(
    rf"^\W*(?:(?:mais|et|alors)\s+)?{_YOU}\s+(?:un |une |vraiment |juste )?(?:robot|humaine?|ia|bot|machine|programme"
    r"|personne|vraie personne)\b(?:\s+ou\s+(?:un |une )?[^\W\d_]+(?:\s+[^\W\d_]+)?)?\W*$"
    rf"|\b{_YOU}\s+(?:paye|payee|payes|finance|financee|sponsorise)\s+par\b"
    r"|\bc'est\s+de\s+la\s+(?:propagande|pub|publicite)\b"
    rf"|{_YOU}\s+(?:un |une )?(?:chatgpt|chat gpt|gemini|copilot|siri|alexa)\W*$"  # "Tu es un ChatGPT ?"
    # "Que pensez-vous personnellement de l'IA ?", "ton avis ?": askbot gives no opinion
    r"|\b(?:que|qu'en)\s+(?:pensez[- ]vous|penses[- ]tu)\b|\b(?:votre|ton)\s+avis\b|\b(?:vous|tu)\s+en\s+pense[sz]\s+quoi\b")
_SMALL_TALK_WORDS = _GREETINGS | _THANKS | _BYE | _FILLER
# What thanks may be for, and how it helped: "merci pour ces infos", "je vous remercie, c'est clair".
_THANKED_FOR = {"je", "ces", "cette", "cet", "vos", "tes", "info", "infos", "l'info", "information", "informations",
                "l'information", "precision", "precisions", "explication", "explications", "reponses",
                "renseignement", "renseignements", "clair", "utile", "utiles", "l'aide", "m'avez", "m'a", "aidee",
                "vraiment", "sympa", "gentil", "precieuses", "precieuse", "precieux", "patience", "suis",
                # "Merci mon fils", "que Dieu vous garde": an elder's blessing
                "mon", "fils", "ma", "fille", "que", "dieu", "garde", "benisse",
                # "Merci beaucoup, t'es top", "Merci ! Tu m'as sauvé", "Je vous sais gré de ces précisions"
                "t'es", "es", "top", "m'as", "sauve", "sauvee", "sais", "trop", "fort", "forte", "genial", "geniale",
                # "Merci beaucoup, vous êtes gentil !", "c'était très clair", "ok mrc bzf" (tester round)
                "etes", "gentille", "c'etait", "etait", "bzf", "bzzf", "aimable",
                # "merci khoya", "choukran bzaf": darija thanks and address
                "khoya", "khouya", "khti", "choukran", "chokran", "bzaf", "bezzaf",
                # "merci ma fille allah ybarek fik": a blessing (tester round)
                "allah", "ybarek", "ybarik", "ybark", "fik", "fikom", "fikoum", "yhfdek", "yhafdek", "jazak",
                "khayran",
                "t", "le", "meilleur", "meilleure",  # "mrc t le meilleur" (tester round)
                # "Merci beaucoup, c'est très utile pour mes élèves !" (tester round)
                "pour", "mes", "nos", "eleves", "etudiants", "enfants", "classe", "cours", "expose", "article",
                "travail", "recherches", "c'est", "tres"}
# "Comment allez-vous ?", "ça va ?"; "ok", "d'accord": asking after askbot, acknowledging.
_HOW_ARE_YOU = re.compile(r"^(?:(?:bonjour|salut|slt|bonsoir|coucou|merci)\W+)?(?:comment (?:allez[- ]vous|vas[- ]tu|ca va)"
                          r"|ca va|vous allez bien|tu vas bien)(?:\s+aujourd'hui)?\W*$")
_ACKNOWLEDGES = {"ok", "okay", "d'accord", "daccord", "entendu", "compris", "ah", "oh", "cool", "bien", "tres", "oui",
                 "je", "vois", "bon", "dac", "ouais", "lol", "mdr", "ptdr", "haha", "hahaha"}
# "Parlez-vous anglais ?", "do you speak English?": the language askbot answers in.
_ASKS_LANGUAGE = re.compile(r"\b(?:parlez[- ]vous|parles[- ]tu|vous parlez|tu parles|speak|repondez[- ]vous"
                            r"|reponds[- ]tu)\s+(?:l')?(?:anglais|english|arabe|darija|espagnol|allemand)\b")
_ENGLISH = {"what", "who", "when", "where", "which", "how", "why", "is", "are", "the", "of", "does",
            "do", "did", "was", "were", "can", "you", "tell", "me", "about", "and", "its", "this",
            "it", "has", "have", "become", "became", "they", "their", "there", "that", "with", "from", "will"}
_ENGLISH_OPENERS = {"what", "who", "when", "where", "which", "how", "why"}
_FRENCH_HINTS = {"le", "la", "les", "de", "des", "du", "est", "qui", "que", "quoi", "quel", "quelle",
                 "quand", "comment", "combien", "ou", "un", "une", "et", "en", "a", "au", "il", "elle"}
_WORDS = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
# The words that ask what, who, when… ("est-ce que" asks yes or no).
_WH = r"(?:qui|quoi|quand|où|combien|quel|quelle|quels|quelles|comment|pourquoi)"
# What askers say of themselves (or what they ask for) before a comma (or a colon) and a question that opens on its own:
# "Ma fille étudie au Sénégal, existe-t-il… ?", "Je suis journaliste, quand… ?", "J'envisage un
# doctorat, Ai Movement accueille-t-il des doctorants ?"; after a colon, any question ("Je viens
# pour un entretien : le centre se trouve sur quel campus ?"). Not "Et la troisième cohorte,
# combien de femmes ?", which names what is asked about.
_ASKER_CLAUSE = (r"^((?:(?:bonjour|bonsoir|salut|slt|bjr|coucou|hello)\s*[,!]?\s+)?"  # "Bonjour, je dois passer…, "
                 r"(?:(?:je|j'|nous|mon|ma|mes|notre|nos)\s*(?:[^,:?\s]+\s+){2,}[^,:?\s]+"  # word by word
                 r"|(?:je suis|nous sommes)\s+[^,:?\s]+"  # "Je suis institutrice, c'est quoi… ?"
                 # or what it is for, before a colon: "Pour mes élèves de CM1 : …", "Pour une fiche : …"
                 r"|pour\s+(?:mes|mon|ma|nos|notre|une|un)\s+[^,:?]*[^,:?\s](?=\s*:)"
                 # or a label before a colon: "Desk vérification : …", "Question d'une ONG : …" (not
                 # what the asker does, "Je vérifie : …", which makes a claim of what follows, nor a
                 # question: "Comment on écrit le nom : AI Movement ou Ai Movement ?")
                 rf"|(?!(?:je|j'|nous|on|pour)\b|[^:?]*\b(?:{_WH}|ou)\b)(?:[^,:?\s]+\s+){{0,5}}[^,:?\s]+(?=\s*:)))")
_OPENS_QUESTION = (r"(?:est-ce qu(?:e\b|')|c'est quoi\b|(?:existe-t-il|y a-t-il|avez-vous|proposez-vous|pouvez-vous|peut-on|"
                   r"puis-je|quel|quelle|quels|quelles|qui|quand|où|comment|combien|pourquoi)\b"
                   r"|[^,:?]{0,60}?\w-(?:t-)?(?:il|elle|ils|elles|on)\b"  # or a subject after its verb
                   # or a question said as a statement: "…, il se trouve où le centre ?"
                   r"|(?=[^,:?]*\b(?:où|quand|combien|comment|pourquoi|quoi)\b))")
# (Not a question pointing back at the clause: "…par son sigle : lequel est utilisé ?".)
_POINTS_BACK = r"(?:lequel|laquelle|lesquels|lesquelles|celui|celle|ceux|celles|ça|cela|ce|il|elle|ils|elles|y|en)\b"
_CLAUSE_THEN_QUESTION = re.compile(
    _ASKER_CLAUSE + rf"\s*(?:[,:]\s+({_OPENS_QUESTION}.*)|:\s+(?!{_POINTS_BACK})(\S.*))$", re.IGNORECASE)
# What the asker wants it for, after the question: "Quel est le site web du centre, pour
# préparer la visite ?", "…, pour mes élèves ?".
_QUESTION_THEN_PURPOSE = re.compile(
    r"^(.*\w)\s*,\s*(pour\s+(?:(?:mes|mon|ma|nos|notre|vos|votre|une|un)\s+|[^\W\d_]+(?:er|ir|re)\b)[^,?]*?)"
    r"\s*\?$"
    # or why the asker asks: "…, car mon neveu veut y faire son doctorat ?"
    r"|^(.*\w)\s*,?\s+((?:car\b|parce\s+qu(?:e\b|')|puisque?\b)\s*[^?]*?)\s*\?$", re.IGNORECASE)


# How a request opens: "J'aimerais…", "Pourriez-vous…".
_REQUEST = r"j'aimerais|j’aimerais|je voudrais|je souhaiterais|pourriez-vous|pouvez-vous"
# "En tant que chercheuse en NLP, j'aimerais connaître…": who asks, then a request
# (not "En tant que centre de catégorie 2, quel rôle doit-il jouer ?").
_AS_ASKER = re.compile(rf"^(en tant qu(?:e\s|')[^,:?]+?)\s*[,:]\s+((?:{_REQUEST})\b.*)$", re.IGNORECASE)


# A question asked as a request: "J'aimerais savoir si…", "Pouvez-vous me dire…".
_ASKS_AS_REQUEST = (rf"(?:{_REQUEST}|je souhaite|je veux|je voulais|je souhaitais|dites-moi|merci de me dire"
                    r"|je serais curieu(?:x|se) de)\s+(?:bien\s+)?"
                    r"(?:savoir|conna[iî]tre|me dire|m'indiquer|m’indiquer|me préciser)\b(?=\s+\w)")
# …or as a request to explain: "Expliquez simplement ce qu'est Ai Movement."
_EXPLAIN = (r"(?:expliquez|explique|d[ée]crivez|d[ée]cris)(?:-moi|-nous)?\s+(?:simplement\s+|bri[èe]vement\s+)?"
            r"(?=ce\s+qu|qui\b|comment\b|pourquoi\b|en\s+quoi\b|[àa]\s+quoi\b)")
_INDIRECT_QUESTION = re.compile(f"^(?:{_ASKS_AS_REQUEST}|{_EXPLAIN})", re.IGNORECASE)
# The asker's clause and the request in one sentence, as a dictated message says them:
# "bonjour je travaille dans une ONG à Abidjan je voulais savoir le forum c'était sur quel thème".
_CLAUSE_THEN_REQUEST = re.compile(_ASKER_CLAUSE + r"\s*[,;]?\s+(" + _ASKS_AS_REQUEST + r".*)$", re.IGNORECASE)


# Asking whether what was just said holds, and nothing else: "C'est exact ?", "Vous êtes
# sûr ?", "Vous confirmez ?", "Ah bon ?", "Non ?" (matched on the folded message).
_IT_IS = r"(?:c'est|c est|est-ce|c)\s+(?:bien\s+)?"  # "c'est (bien)…", "est-ce…", "c…" (texting)
_CONFIRMS = re.compile(r"^\W*(?:(?:ah|oh)\s+)?"
                       rf"(?:{_IT_IS}(?:vrai|exact|juste|correct|sur|certain|fiable)"
                       # "Cette source est fiable ?", "elle est fiable, cette info ?"
                       r"|(?:cette|la|votre|ta)\s+(?:source|info|information)\s+est(?:-elle)?\s+(?:vraiment\s+)?fiable"
                       r"|(?:elle\s+est|est-elle)\s+fiable(?:\s*,?\s*(?:cette|la|votre)\s+(?:source|info|information))?"
                       r"|(?:ce|le)\s+chiffre\s+tient(?:-il)?\s+la\s+route|[cç]a\s+tient\s+la\s+route"
                       r"|etes[- ]vous\s+(?:sure?s?|certaine?s?)|vous\s+(?:en\s+)?etes\s+(?:sure?s?|certaine?s?)|t'es\s+sure?"
                       r"|(?:vous\s+)?confirmez(?:-vous)?|tu\s+confirmes|vraiment|sure?|certaine?|bon|exact|vrai"
                       # "Pouvez-vous vérifier ce chiffre ?"
                       r"|(?:(?:pouvez|pourriez)[- ]vous|vous\s+pouvez|tu\s+peux)\s+(?:le\s+|la\s+|l')?(?:verifier|confirmer)"
                       r"(?:\s+(?:ce|cette|cet|ces)\s+(?:chiffres?|infos?|informations?|dates?|nombres?|points?))?"
                       r"|non|n'est-ce\s+pas)\W*\?\W*$")


# "C'est confirmé ?" after a claim asks the claim; after an answer it is a question of its own,
# which "Aucune source ne confirme…" may answer (so it is not in _CONFIRMS).
_CONFIRMED = re.compile(rf"^\W*{_IT_IS}confirm[ée]e?s?\W*\?\W*$")


# Asking for more on what was just said, and nothing else: "C'est-à-dire ?", "Pouvez-vous
# développer ?", "Vous pouvez m'en dire plus ?", "Plus de détails ?" (on the folded message).
_MORE = re.compile(r"^\W*(?:(?:et|mais|ok|d'accord)\W+)?"
                   r"(?:c'est[- ]a[- ]dire|c est a dire|cad|c a d|comment ca|quoi d'autre|qui d'autre|qui encore|d'autres|encore|et encore|la suite"
                   r"|c'est tout|c est tout|rien d'autre"
                   r"|(?:(?:pouvez|pourriez)[- ]vous|vous\s+pouvez|vous\s+pourriez|tu\s+peux|peux[- ]tu)\s+"
                   r"(?:m'|nous\s+|me\s+)?(?:en\s+dire\s+plus|developper|detailler|preciser|expliquer(?:\s+(?:davantage|mieux))?)"
                   r"|(?:dites|dis)[- ](?:m'en|moi|nous)\s+(?:en\s+)?plus|developpez|detaillez|precisez"
                   r"|expliquez(?:[- ]moi)?(?:\s+(?:mieux|davantage|plus))?|(?:encore\s+)?(?:plus|davantage)\s+de\s+details"
                   r"|des\s+details|en\s+dire\s+plus)"
                   r"(?:\s+(?:un\s+peu|davantage))?(?:\s+(?:svp|stp|s'il\s+vous\s+plait|merci))?\W*$")


# "Résumez", "Pouvez-vous résumer ?", "Un petit récap ?": what was answered so far.
_SUMMARY = re.compile(r"^\W*(?:(?:et|ok|bon|alors|donc|merci)\W+)?(?:(?:pouvez|pourriez)[- ]vous\s+(?:me\s+|nous\s+)?|"
                      r"vous\s+pouvez\s+(?:me\s+|nous\s+)?|tu\s+peux\s+(?:me\s+)?|peux[- ]tu\s+(?:me\s+)?"
                      r"|(?:faites|fais)[- ](?:moi|nous)\s+)?"
                      r"(?:(?:resumez|resume|resumer|recapitulez|recapitule|recapituler)(?:[- ](?:moi|nous))?"
                      r"|(?:un|le|en)\s+(?:petit\s+)?(?:resume|recap|recapitulatif)|recap)"
                      r"(?:\s+(?:tout|tout ca|tout cela|svp|stp|s'il\s+vous\s+plait|en\s+une\s+phrase|en\s+quelques\s+mots"
                      r"|ce\s+qu'on\s+s'est\s+dit|ce\s+que\s+vous\s+m'avez\s+dit|notre\s+(?:echange|conversation|discussion)"
                      r"|la\s+(?:conversation|discussion)))*\W*$")


# "Je ne comprends pas", "pas clair", "expliquez plus simplement": the last answer was not
# understood (on the folded message).
_LOST = re.compile(r"^\W*(?:(?:ah|oh|euh|hum|mais|desole|pardon)\W+)?"
                   r"(?:je\s+(?:ne\s+)?(?:comprends|comprend|saisis)\s+(?:pas|rien)|j'(?:ai\s+)?(?:pas|rien)\s+compris"
                   r"|je\s+n'ai\s+(?:pas|rien)\s+compris|(?:pas|rien)\s+compris|(?:c'est|c est|ce\s+n'est)\s+pas"
                   r"\s+(?:tres\s+)?clair|pas\s+clair|je\s+suis\s+perdue?|(?:expliquez|explique|dites|dis)(?:[- ]moi)?"
                   r"(?:\s+ca)?\s+(?:plus\s+)?simplement|plus\s+simplement|en\s+termes\s+simples|hein)"
                   r"(?:\s+(?:votre|ta|cette)\s+reponse)?(?:\s+(?:svp|stp|s'il\s+vous\s+plait))?\W*$")


def asks_to_clarify(message: str) -> bool:
    """Whether a message only says the last answer was not understood ("Je ne comprends pas")."""
    return bool(_LOST.match(folded(message)))


# Disputing the last answer ("(mais) non, vous vous trompez", "c'est faux"): _OBJECTS when
# nothing else is said (also "ça ne répond pas à ma question"; on the folded message),
# _OBJECTS_THEN when what the asker holds follows.
_DISPUTING = r"^\W*(?:(?:mais|non|ben|bah|euh|bref)\W+)*"
_DISPUTES = r"vous\s+vous\s+(?:trompez|[eê]tes\s+tromp[ée]e?s?)|tu\s+te\s+trompes|(?:c'est|c est)\s+faux|faux"
_OBJECTS = re.compile(rf"{_DISPUTING}(?:{_DISPUTES}"
                      r"|(?:c'est|c est)\s+pas\s+(?:ca|ma\s+question)|ce\s+n'est\s+pas\s+(?:ca|ma\s+question|la\s+question)"
                      r"|(?:c'est\s+)?n'importe\s+quoi|(?:ca|cela)\s+(?:ne\s+)?repond\s+pas(?:\s+a\s+(?:ma|la)\s+question)?"
                      r"|(?:c'est\s+)?hors\s+sujet|(?:ca\s+n'a\s+)?rien\s+a\s+voir|aucun\s+rapport|mauvaise\s+reponse"
                      r"|(?:ce\s+n'est\s+pas|c'est\s+pas)\s+(?:la\s+bonne\s+reponse|ce\s+que\s+j'ai\s+demande)"
                      # "Bref, vous ne savez rien de fiable.", "vous êtes nul": a complaint about askbot
                      r"|(?:vous\s+ne\s+savez|tu\s+ne\s+sais|vous\s+savez|tu\s+sais)\s+rien(?:\s+de\s+fiable|\s+du\s+tout)?"
                      r"|(?:vous\s+etes|tu\s+es|t'es)\s+(?:(?:vraiment|trop|tellement|completement|franchement)\s+)?"
                      r"(?:nul|nulle|nuls|inutile|bete|idiot|idiote)(?:\s+comme\s+(?:bot|robot|assistant|chatbot|ia))?"
                      r"|(?:ca|cela|vous)\s+ne\s+sert\s+(?:a\s+)?rien|(?:ca|cela)\s+sert\s+a\s+rien"
                      r"|(?:vous\s+mentez|tu\s+mens)"
                      # "Vous inventez.", "Ce n'est pas sérieux."
                      r"|(?:vous\s+(?:inventez|avez\s+invente)|tu\s+(?:inventes|as\s+invente)|(?:c'est|c est)\s+invente)"
                      r"(?:\s+(?:ca|cela|tout))?|(?:ce\s+n'est|c'est|c est)\s+pas\s+serieux)\W*$")


def objects(message: str) -> bool:
    """Whether a message only disputes the last answer ("Vous vous trompez", "c'est faux")."""
    return bool(_OBJECTS.match(folded(message)))


# "Vous vous trompez, c'est en 2022": disputing, then saying what the asker holds.
_OBJECTS_THEN = re.compile(rf"{_DISPUTING}(?:{_DISPUTES}|pas\s+du\s+tout)(?:\s*[,:;.!]+\s*|\s+)"  # (typed fast: no comma)
                           r"(?!je\b|j')(?:«\s*)?(\w.*?)\W*$",  # (not "…, je parlais de X": what was meant, asked)
                           re.IGNORECASE)


def objection_claim(message: str) -> str | None:
    """What a message disputing the last answer holds instead ("Vous vous trompez, c'est en
    2022" → "c'est en 2022"), as a question to check; None for any other message."""
    match = _OBJECTS_THEN.match(clean(message))
    return match.group(1) + " ?" if match else None


# "Pouvez-vous me citer la phrase exacte ?", "le passage complet ?": the whole passage, as /passage.
_PASSAGE = re.compile(r"^\W*(?:(?:(?:pouvez|pourriez)[- ]vous|vous\s+pouvez|tu\s+peux)\s+(?:me\s+|nous\s+)?"
                      r"(?:citer|donner|montrer|copier)|citez(?:[- ]moi)?|donnez(?:[- ]moi)?|montrez(?:[- ]moi)?)?\s*"
                      r"(?:la\s+phrase\s+exacte|le\s+passage(?:\s+complet)?|le\s+texte\s+(?:exact|complet|integral)"
                      r"|l'extrait(?:\s+complet)?|la\s+citation\s+exacte)(?:\s+(?:svp|stp|s'il\s+vous\s+plait))?\W*$")


def asks_for_passage(message: str) -> bool:
    """Whether a message asks to see the last answer's whole passage ("la phrase exacte ?")."""
    return bool(_PASSAGE.match(folded(message)))


def asks_for_summary(message: str) -> bool:
    """Whether a message asks to sum up the conversation ("Résumez", "Un petit récap ?")."""
    return bool(_SUMMARY.match(folded(message)))


def asks_for_more(message: str) -> bool:
    """Whether a message only asks to hear more of the last answer ("C'est-à-dire ?",
    "Pouvez-vous développer ?")."""
    return bool(_MORE.match(folded(message)))


# "Qui dirige le centre et où se trouve-t-il ?", "Qui a fondé Ai Movement, et quand ?": two
# questions joined by "et", the second opening on its own question word.
_QUESTION_WORD = (r"(?:qui|quand|où|combien|quel|quelle|quels|quelles|comment|pourquoi|est-ce\s+qu|"
                  r"(?:à|a|de|dans|en|pour|avec|sur|depuis|par|selon|d'après|d'apres)\s+(?:qui|quoi|quand|quel|quelle|quels|quelles)"
                  # "où" typed without its accent: "et ou se trouve t il ?"
                  r"|ou(?=\s+(?:se|est|sont|il|elle|ils|elles|c|ca|on|trouve|situe|a|ont)\b))\b")
# Between the two: "et", a comma, or a question mark ("Qui dirige le centre ? Où se trouve-t-il ?").
_JOINS = re.compile(rf"(?<=\w)\s*,?\s+et\s+(?={_QUESTION_WORD})|(?<=\w)\s*[,?]\s+(?={_QUESTION_WORD})",
                    re.IGNORECASE)
MIN_SEPARATE = 3  # words of a question set apart by a comma or a question mark alone, not "et"
_OPENS_QUESTION_ALONE = re.compile(rf"^\W*{_QUESTION_WORD}(?:\s+\S+){{2,}}", re.IGNORECASE)
# "Quand elle parlait à Industrie du Maroc, quel pilier citait-elle en premier ?": a clause, then the question.
_WHEN_CLAUSE = re.compile(r"^\W*(?:quand|lorsqu'?e?|lorsque)\s+(?!(?:a|est|ont|sont|était|aura)\b)\S", re.IGNORECASE)
_IF_SO = re.compile(r"\b(?:si oui|si non|sinon|si c'est le cas|le cas échéant)\W*$", re.IGNORECASE)  # "…? Si oui, combien ?"
_REFINES = re.compile(r"\bs'agit[- ]il\b|\b(?:lequel|laquelle|lesquels|lesquelles)\b", re.IGNORECASE)
# The first part must be a question: a question word, or its subject after its verb ("a-t-il").
_IS_QUESTION = re.compile(rf"(?<!\w){_QUESTION_WORD}|\w-(?:t-)?(?:il|elle|ils|elles|on|vous)\b|\bquoi\b",
                          re.IGNORECASE)
# "Où et quand ?", "en quel mois et quelle année ?", "entre qui et qui ?": one fact, asked twice.
_ENDS_ON_QUESTION_WORD = re.compile(rf"(?<!\w){_QUESTION_WORD}(?:\s+\w+)?$", re.IGNORECASE)
_OPENS_ON_QUESTION_WORD = re.compile(rf"^{_QUESTION_WORD}(?:\s+\w+)?", re.IGNORECASE)
SHORT_SECOND = 2  # words of "quelle année", which only adds to the question word before "et"
# Question words asking one kind of value: "quel mois" and "en quelle année, selon… ?" ask one date.
_SAME_VALUE = ({"quand", "mois", "annee", "jour", "date", "epoque", "periode"},
               {"ou", "ville", "pays", "lieu", "endroit", "region"})


def _one_value(asked: str, asked_again: str) -> bool:
    words, again = set(_WORDS.findall(fold(asked).lower())), set(_WORDS.findall(fold(asked_again).lower()))
    return any(words & kind and again & kind for kind in _SAME_VALUE)


# Two sentences each asking something: "C'est quoi AWITAI ? ça s'adresse à qui ?"; the first asks
# what, who, when… (not "Rémy Rioux a-t-il annoncé un financement ? De combien ?").
_TWO_ASKED = re.compile(r"^\s*(\S[^?]*\?)\s*(\S[^?]*\?)[\s?]*$")
_ASKS_WHAT = re.compile(rf"(?<!\w){_WH}\b", re.IGNORECASE)


def two_sentences_asked(question: str) -> tuple[str, str] | None:
    """A message of two sentences that each end on a question mark, the first asking what,
    who, when…, as its two questions, whatever the second opens with; or None. (For a message
    refused whole.)"""
    asked = _TWO_ASKED.match(question)
    if (asked is None or any(len(_WORDS.findall(part)) < 2 for part in asked.groups())
            or not _ASKS_WHAT.search(asked.group(1))):
        return None
    first, second = asked.groups()
    return first, second[0].upper() + second[1:]


def two_questions(question: str) -> tuple[str, str] | None:
    """The two questions of a message that asks two things joined by "et", a comma or a
    question mark ("Qui dirige le centre et où se trouve-t-il ?" is "Qui dirige le centre ?"
    then "Où se trouve-t-il ?"), or None; the second may ask two things again. "Où et
    quand… ?" and "quel mois et quelle année ?" ask one fact."""
    message = question.strip()
    for join in _JOINS.finditer(message):
        first, second = message[:join.start()], message[join.end():]
        if not _IS_QUESTION.search(first):
            continue
        words = len(_WORDS.findall(second))
        if "et" not in join.group().split() and (words < MIN_SEPARATE or _REFINES.search(second)
                                                 or _IF_SO.search(first) or not _OPENS_QUESTION_ALONE.match(first)
                                                 or re.match(r"qui\b", second, re.IGNORECASE)
                                                 or "," in join.group() and _WHEN_CLAUSE.match(first)):
            # After a comma or a question mark, a question of its own opens both: "Qui dirige le
            # centre ? Où se trouve-t-il ?", not "L'AFD a-t-elle accordé un financement ? Pour
            # quel montant ?", "… une institution américaine ? De quelle institution s'agit-il ?"
            # or "Quelle approche défend-il, qui combine plusieurs paradigmes ?" (a relative).
            continue
        ends = _ENDS_ON_QUESTION_WORD.search(first)
        if ends and (ends.start() == 0 or words <= SHORT_SECOND
                     or _one_value(ends.group(), _OPENS_ON_QUESTION_WORD.match(second).group())):
            # ("Dans quelle ville et quel lieu… ?" asks where, once; "… depuis quand, et qui
            # l'a nommée ?" asks two things.)
            continue
        return first.rstrip(" ,;?") + " ?", second[0].upper() + second[1:]
    return None


# Asking what other sources say of what was just answered: "D'autres sources disent autre chose ?",
# "Et selon les autres sources ?", "D'autres sources ?", "Il y a d'autres versions ?" (perhaps after
# "C'est sûr ?").
_OTHER_SOURCES = re.compile(r"^\W*(?:(?:c'est|c est)\s+(?:bien\s+)?(?:sur|certain|fiable)\W*)?(?:(?:et|mais)\s+)?"
                            r"(?:(?:est-ce\s+que|est-ce\s+qu')\s*)?(?:"
                            r"(?:les|d')\s*autres\s+(?:sources|medias|journaux|articles)\s+(?:disent|donnent|racontent"
                            r"|confirment|rapportent)(?:-elles)?(?:\s+(?:autre\s+chose|pareil|la\s+meme\s+chose|de\s+meme"
                            r"|le\s+meme\s+chiffre|ca|cela))?"
                            r"|(?:selon|d'apres)\s+(?:les|d')\s*autres\s+sources|(?:les|d')\s*autres\s+sources"
                            r"|(?:il\s+y\s+a|y\s+a-t-il|existe-t-il)\s+d'autres\s+versions"
                            # "Toutes les sources donnent ce jour-là ?", "les sources sont d'accord ?"
                            r"|(?:toutes\s+)?les\s+sources\s+(?:(?:donnent|disent|confirment|citent)(?:\s+(?:ce|cette|ces)"
                            r"\s+[\w-]+|\s+(?:pareil|la\s+meme\s+chose|ca|cela))?|sont\s+(?:d'accord|unanimes)"
                            r"|concordent|s'accordent))\W*$")


def asks_other_sources(message: str) -> bool:
    """Whether a message asks what other sources say of what was just answered."""
    return bool(_OTHER_SOURCES.match(folded(message)))


def asks_to_confirm(message: str) -> bool:
    """Whether a message only asks whether what was said holds ("C'est vrai ?", "Vous êtes sûr ?"):
    after a claim, the claim is asked; after an answer, that answer holds again."""
    return bool(_CONFIRMS.match(folded(message)))


@dataclass(frozen=True)
class Intake:
    kind: str  # "question" | "invalid" | "smalltalk"
    text: str = ""  # the reply, when kind is not "question"


def _latin_share(letters: list[str]) -> float:
    latin = sum(1 for ch in letters if "LATIN" in unicodedata.name(ch, ""))
    return latin / len(letters)


def _in_another_script(message: str) -> bool:
    """Whether a message is written in another script, counted in words: none in Latin letters,
    or a Latin name or two among words of another script ("ما هو Ai Movement ؟", whose letters
    are mostly the name's); not "Que veut dire حركة الذكاء الاصطناعي ?"."""
    words = [w for w in _WORDS.findall(message) if len(w) >= 2]
    latin = sum(1 for w in words if _latin_share(list(w)) >= 0.5)
    return latin == 0 or len(words) - latin >= 2 and latin <= 2


def classify(message: str) -> Intake:
    """Sort a raw message; only ``question`` goes on to retrieval."""
    stripped = message.strip()
    if not stripped:
        return Intake("invalid", wording.EMPTY + wording.examples_text())
    if len(stripped) > MAX_QUESTION_CHARS:
        return Intake("invalid", wording.TOO_LONG.format(
            length=f"{len(stripped):,}".replace(",", "\u202f"), limit="2\u202f000"))
    if _THANKS_EMOJI.match(stripped):
        return Intake("smalltalk", wording.THANKS)  # "👍", "🙏"
    if _WAVE_EMOJI.match(stripped):
        return Intake("smalltalk", wording.GREETING + wording.examples_text())  # "👋"
    if not any(len(w) >= 2 for w in _WORDS.findall(stripped)):
        return Intake("invalid", wording.NOT_UNDERSTOOD + wording.examples_text())
    if _in_another_script(stripped):
        return Intake("invalid", wording.FRENCH_ONLY + wording.examples_text())
    text = folded(stripped)
    words = _WORDS.findall(text)
    english = sum(1 for w in words if w in _ENGLISH)
    french = sum(1 for w in words if w in _FRENCH_HINTS)
    # "Who runs Ai Movement?": an English question word opening a message with no French in it.
    opens_english = bool(words) and words[0] in _ENGLISH_OPENERS and french == 0
    if (english >= 2 and english > 2 * french) or opens_english:
        return Intake("invalid", wording.FRENCH_ONLY + wording.examples_text())
    if _ASKS_LANGUAGE.search(text) and len(words) <= 8:
        return Intake("smalltalk", wording.FRENCH_ONLY_ASKED + wording.examples_text())
    return _small_talk(text, words) or Intake("question")


_OPENERS = _GREETINGS | {"bon", "alors", "ok", "et", "mais", "donc", "euh", "ben", "bah", "dites", "dis", "moi"}


def _without_openers(words: list[str]) -> list[str]:
    """A message's words after those it opens with ("bon", "alors", "bonjour")."""
    start = next((n for n, w in enumerate(words) if w not in _OPENERS), len(words))
    return words[start:]


def _small_talk(text: str, words: list[str]) -> Intake | None:
    text = text.replace("quand meme", "")  # "merci quand même": thanks all the same, no "quand"
    words = _WORDS.findall(text)
    remaining = [w for w in words if w not in _SMALL_TALK_WORDS]
    if set(words) & _THANKS and set(remaining) <= _THANKED_FOR:
        # "Je vous remercie", "Merci pour ces précisions !", "merci pour votre aide", "merci c'est
        # clair", "Je vous suis très reconnaissant pour votre patience, que Dieu vous garde."
        return Intake("smalltalk", wording.THANKS)
    if _WHAT_YOU_ARE.search(text):
        return Intake("smalltalk", wording.WHAT_I_AM + wording.examples_text())
    if len(words) > 8 and not _COMPARED.search(text):
        return None
    if _HOW_ARE_YOU.match(text):
        return Intake("smalltalk", wording.HOW_ARE_YOU + wording.examples_text())
    # (Counted after the words a message opens with: "bon, alors de quoi tu peux parler ?")
    asks_help = bool(_HELP.search(text)) and len(_without_openers(words)) <= 6 or bool(_COMPARED.search(text))
    if remaining and not asks_help:
        return None
    vocabulary = set(words)
    if asks_help:
        return Intake("smalltalk", wording.HELP + wording.examples_text())
    if vocabulary & _THANKS:
        return Intake("smalltalk", wording.THANKS)
    if vocabulary & _BYE:
        return Intake("smalltalk", wording.GOODBYE)
    if vocabulary & _GREETINGS:
        return Intake("smalltalk", wording.GREETING + wording.examples_text())
    if vocabulary and vocabulary <= _ACKNOWLEDGES:
        return Intake("smalltalk", wording.ACKNOWLEDGED)
    return None


def without_small_talk_before(message: str) -> str:
    """A message less the small talk it opens with ("D'accord merci. Et le centre, c'est où ?",
    "Haha. Bon, …"), when something follows it."""
    if is_small_talk(message):
        return message  # all of it ("Merci ! Tu m'as sauvé")
    sentences = _sentences(message)
    start = 0
    while start < len(sentences) - 1 and is_small_talk(sentences[start]):
        start += 1
    return " ".join(sentences[start:]) if start else message


def is_small_talk(sentence: str) -> bool:
    """Whether a sentence is small talk only ("Merci.", "D'accord.", "Bonjour !")."""
    text = folded(sentence)
    return _small_talk(text, _WORDS.findall(text)) is not None


# In a chat, a question mark ends a sentence whatever follows: "c a rabat ou a sale? jsp jai vu les 2",
# and so does a full stop after a word, lower case or not: "je suis en master a Dakar. y a un programme… ?"
_AFTER_QUESTION = re.compile(r"(?<=[?!])\s+(?=[^\s?!])|(?<=[a-zà-ÿ]{3}\.)\s+(?=[a-zà-ÿ])")


def _sentences(message: str) -> list[str]:
    """A message's sentences, line by line."""
    return [part for line in message.splitlines() for sentence in split_sentences(line)
            for part in _AFTER_QUESTION.split(sentence)]


# Thanks or approval said with emoji alone.
_THANKS_EMOJI = re.compile("^[\\s!.👍👌🙏❤♥💯👏🙂😊😀🤝✅\ufe0f\u200d]+$")
# A wave, a greeting: "👋" (skin tones too).
_WAVE_EMOJI = re.compile("^[\\s!.👋\U0001F3FB-\U0001F3FF\ufe0f\u200d]+$")
# The asker introducing themselves, no question yet: "Bonjour, je suis professeur de SVT à Dakar et
# je prépare un cours sur l'IA en Afrique." (on the folded message)
_INTRODUCES = re.compile(r"^\W*(?:(?:bonjour|bonsoir|salut|slt|salam|coucou)\W+)?(?:je\s+suis|je\s+m'appelle|moi\s+c'est"
                         r"|j'enseigne|je\s+travaille|je\s+prepare|j'ecris|nous\s+sommes|je\s+fais)\b[^?]*$")
_ASKS_SOMETHING = re.compile(r"\b(?:qui|quand|combien|comment|pourquoi|quel|quelle|quels|quelles|est-ce|"
                             r"pouvez|pourriez|voudrais|aimerais|souhaite|cherche|besoin)\b|\bou\b(?!\s+\w+\s+ou\b)")


def instead_of_a_refusal(message: str) -> str | None:
    """The small talk a message the documents do not answer was (with examples): the asker
    introducing themselves with no question yet ("Bonjour, je suis professeur à Dakar et je
    prépare un cours sur l'IA.") is invited to ask; one ending on a call for help ("Je prépare
    un exposé. Vous pouvez m'aider ?") is told what askbot does. None for any other message."""
    text = folded(message)
    if _INTRODUCES.match(text) and not _ASKS_SOMETHING.search(text):
        return wording.INTRODUCED + wording.examples_text()
    sentences = _sentences(message)
    if sentences and _HELP.search(folded(sentences[-1])) and classify(sentences[-1]).kind == "smalltalk":
        return wording.HELP + wording.examples_text()
    return None


def split_preamble(message: str) -> tuple[str, str]:
    """A message's question and what the asker said before it, as ``(question,
    preamble)``: "Bonjour, nous sommes une PME à Casablanca. Proposez-vous des
    formations pour entreprises ?" asks the last sentence; the first only says
    who asks. Messages whose every sentence is a question, or whose last one
    is not, stay whole (preamble empty)."""
    sentences = _sentences(message)
    if len(sentences) > 1 and is_small_talk(sentences[-1]):
        # "… ? Merci d'avance." asks the question before the thanks.
        while len(sentences) > 1 and is_small_talk(sentences[-1]):
            sentences.pop()
        message = " ".join(sentences)
    remark = ""
    if (len(sentences) > 1 and not sentences[-1].endswith("?") and sentences[-2].endswith("?")
            and (len(sentences[-1].split()) <= TRAILING_REMARK_WORDS or _SAW_IT.match(sentences[-1])
                 or _ABOUT_ME.match(sentences[-1]))
            and not _INDIRECT_QUESTION.match(sentences[-1])):
        # "Le centre est à Rabat ou à Salé ? J'ai lu les deux.": a short remark after the question.
        remark = sentences.pop()
        message = " ".join(sentences)
    if (len(sentences) > 1 and (asks_to_confirm(sentences[-1]) or _CONFIRMED.match(folded(sentences[-1])))
            and not sentences[-2].endswith("?")
            and not is_small_talk(sentences[-2])):
        # "Une autre source dit que les centres sont financés par l'UNESCO. C'est exact ?":
        # the claim before is what is asked (and what the asker says before a colon sets
        # apart below: "Je vérifie une info : le centre a été inauguré le 9 novembre 2022. Exact ?").
        # (The request stays, for what checks a claim: "…, c'est exact ?".)
        confirm = sentences[-1].strip()
        sentences[-2:] = [f"{sentences[-2].rstrip(' .!')}, {confirm[0].lower()}{confirm[1:]}"]
        message = " ".join(sentences)
    asker = _AS_ASKER.match(sentences[-1]) if sentences else None
    if asker:
        sentences[-1:] = [asker.group(1), asker.group(2)]
    request = _CLAUSE_THEN_REQUEST.match(sentences[-1]) if sentences else None
    if request:
        sentences[-1:] = [request.group(1), request.group(2)]
    if len(sentences) > 1 and _INDIRECT_QUESTION.match(sentences[-1]) and not sentences[-1].endswith("?"):
        # "Bonjour, je m'appelle Aïcha. J'aimerais savoir si le centre accueille des
        # doctorants." asks its last sentence, question mark or not.
        sentences[-1] = sentences[-1].rstrip(" .!") + " ?"
    if sentences and sentences[-1].endswith("?"):
        # "Ma fille étudie au Sénégal, existe-t-il un programme… ?": a clause, then the question.
        clause = _CLAUSE_THEN_QUESTION.match(sentences[-1])
        if clause:
            sentences[-1:] = [clause.group(1), clause.group(2) or clause.group(3)]
        purpose = _QUESTION_THEN_PURPOSE.match(sentences[-1])
        if purpose:
            asked, why = (purpose.group(1), purpose.group(2)) if purpose.group(1) else (purpose.group(3), purpose.group(4))
            sentences[-1:] = [why, asked + " ?"]
    if len(sentences) < 2 or not sentences[-1].endswith("?"):
        return message, remark
    first = len(sentences)
    while first > 0 and sentences[first - 1].endswith("?"):
        first -= 1
    if first == 0:
        return message, remark
    return " ".join(sentences[first:]), " ".join(filter(None, (*sentences[:first], remark)))
