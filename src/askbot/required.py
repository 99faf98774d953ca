"""What a question wants back, and whether a text gives it.

The kind of value an answer to a question should hold ("quand" a date,
"combien" a number, "qui" a person's name, "où" a place, "dans quelle langue"
a language's name, "c'est combien" a price, "quels sont" a list: see
:func:`question_type`), and the values it must hold to answer at all (a
salary question an amount of money, "quel âge" a number of years, an e-mail
question an address or the statement that none is known: see
:func:`holds_required_value`). Patterns on the question's and the quoted
text's own words; the answer layer decides what to do with them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .priors import DURATION
from .query import MONEY_FROM, WHERE_QUESTION
from .text import MONTH_PATTERN, MONTHS, fold

_YEAR_DIGITS = r"(?:1[89]|20)\d\d"  # a year: 1800 to 2099
YEAR = re.compile(rf"\b{_YEAR_DIGITS}\b")
_YEAR_OR_DATE = re.compile(rf"\b({_YEAR_DIGITS})\b|\b{MONTH_PATTERN}\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d")
_COUNT = re.compile(r"\bcombien\b|\bnombre\s+d", re.IGNORECASE)
_COUNTS_TIME = re.compile(r"\bcombien\s+(?:de\s+temps|d'ann[ée]es|d'ans|de\s+mois|de\s+jours)\b"
                          r"|\bdur[ée]e\b"
                          r"|\b(?:du|le)\s+combien\b", re.IGNORECASE)  # "du combien au combien ?": the days
# A child's or a learner's age said ("ma fille a 10 ans", "pour un enfant de 12 ans"), and the ages
# a passage says a programme is for ("les enfants de 9 à 14 ans", "entre 8 et 14 ans").
_AGE_SAID = re.compile(r"(?:\b(?:a|ai|as|ont|et|avoir|[âa]gée?s?\s+de|de|dès|des|à\s+partir\s+de)\s+|[(])"
                       r"(\d{1,2})\s*ans?\b", re.IGNORECASE)  # (not "en poste depuis 8 ans")
_AGES_TAKEN = re.compile(r"\b(?:de|entre)\s+(\d{1,2})\s+(?:à|a|et)\s+(\d{1,2})\s+ans\b|\b(\d{1,2})\s*-\s*(\d{1,2})\s+ans\b",
                   re.IGNORECASE)


def age_asked(question: str) -> int | None:
    """The one age a question says, if any ("Ma fille a 10 ans, il y a un programme pour elle ?")."""
    ages = {int(a) for a in _AGE_SAID.findall(question)}
    return ages.pop() if len(ages) == 1 else None


def takes_age(text: str, age: int) -> bool:
    """Whether a passage says of an age range that holds ``age`` ("de 9 à 14 ans" for 10)."""
    return any(int(a or c) <= age <= int(b or d) for a, b, c, d in _AGES_TAKEN.findall(text))


# A day and month ("le 14 novembre", "du 3 au 5 juin"): a date precise to the day.
DAY = re.compile(rf"\b\d{{1,2}}(?:er)?\s+(?:au\s+\d{{1,2}}\s+)?{MONTH_PATTERN}\b", re.IGNORECASE)
# …with its year ("le 14 novembre 2023", not "hier, le 14 novembre").
FULL_DATE = re.compile(DAY.pattern + rf"\s+{_YEAR_DIGITS}\b", re.IGNORECASE)
# A date as a text gives it, for ordering: "le 14 novembre 2023", "en octobre 2024", "en 2018".
_DATE = re.compile(rf"\b(?:(\d{{1,2}})(?:er)?\s+(?:au\s+\d{{1,2}}\s+)?)?(?:({MONTH_PATTERN})\s+)?({_YEAR_DIGITS})\b",
                   re.IGNORECASE)
_MONTH_NUMBER = {form: n for n, month in enumerate(MONTHS, 1) for form in (month, fold(month))}


_ASIDE = re.compile(r"\([^()]*\)")  # "Selon Médias24 (6 novembre 2023), …": when it was written, not what


def dates_in(text: str) -> list[tuple[int, int, int]]:
    """The dates a text gives of what it tells, as (year, month, day), 0 for what it
    leaves out; not those in brackets (a source's own date)."""
    return [(int(year), _MONTH_NUMBER.get((month or "").lower(), 0), int(day) if day and month else 0)
            for day, month, year in _DATE.findall(_ASIDE.sub(" ", text))]


def without_dates(text: str) -> str:
    """The text less the dates it gives and its bracketed asides ("Approbation par le
    Conseil exécutif de l'UNESCO (octobre 2023)": what it is about, not when)."""
    return _DATE.sub(" ", _ASIDE.sub(" ", text))


def comes(date: tuple[int, int, int], anchor: tuple[int, int, int], after: bool) -> bool:
    """Whether ``date`` is surely later (``after``) or earlier than ``anchor``: an
    "octobre 2023" is neither before nor after a "14 octobre 2023"; what ``anchor``
    leaves out is its start when asking after, its end when asking before."""
    for part, bound in zip(date, anchor):
        if part != bound or not part:
            return bool(part) and (part > bound if after else part < (bound or 99))
    return False


# A person's name: two capitalised words or more ("Firmin E. Matoko" too), not starting with a word
# that opens a sentence ("Selon Médias24", "Le Monde" are not people).
PERSON_NAME = re.compile(r"\b(?!(?:Selon|Le|La|Les|En|Au|Aux|Pour|Dans|Avec|Depuis|Lors|Un|Une|Des|Du|De|Ce|"
                         r"Cette|Ces|Son|Sa|Ses|Leur|Il|Elle|Ils|Elles|On|Si|Mais|Et|Par|Sur|Sous|Entre|Chez|"
                         r"Aucune?|Toutes?|Tous|Plusieurs|Certaines?|Certains)\b)"
                         r"[A-ZÉ][a-zéèëï]+(?:[ -](?:[A-ZÉ][a-zéèëï]+|[A-ZÉ]\.|El|Al|Ben|de|d'))*"
                         r"[ -][A-ZÉ][a-zéèëï]+")
ROLE_SPAN = 30  # characters after a name where its role is said: "Chakib Benmoussa (ministre de…)"
# "Selon X", "D'après X", "cité par X", "interrogée par X": X is a source, not a person.
SOURCE_MARKER = r"(?:\b[Ss]elon|\b[Dd]['’]après|\bcitée?s? par|\breprise?s? par|\binterrogée? par)"
_SOURCE_BEFORE = re.compile(SOURCE_MARKER + r"\s+(?:le |la |les |l'|l’)?$"
                            # …or the next of the sources it lists: "Selon Jeune Afrique, les-jaie.info,
                            # Finances News Hebdo et Green Times, …"
                            r"|" + SOURCE_MARKER + r"\s+(?:(?:[A-ZÉ][^,;:()]{0,38}|[\w-]+\.\w+)(?:\s*\([^)]*\))?"
                            r"\s*(?:,|\bet\b)\s*)+(?:le |la |les |l'|l’)?$")
# Capitalised words that make a name an organisation's or a place's, not a person's.
_NOT_PERSONAL = frozenset("Movement Maroc Femmes Sud Nord Afrique Université Universite Fondation Centre Institut "
                          "École Ecole Forum Conférence Prix Programme Nations Unies Royaume Groupe Palais Maison "
                          "Conseil Commission Chambre Agence African Women Tech Master Junior Dome Smart "
                          # and a text's, a place's: "le Consensus de Rabat", "à New York"
                          "Consensus Déclaration York Rabat Paris Benguerir Casablanca Tanger Salé États Unis".split())


class _PeopleNamed:
    """Matches a text naming a person: not "Ai Movement", "ONU Femmes Maroc" or "Université de
    Lomé", nor a source ("Selon Cio Mag")."""

    @staticmethod
    def search(text: str) -> bool:
        return any(not _NOT_PERSONAL & set(re.split(r"[ -]", m.group(0)))
                   and not _SOURCE_BEFORE.search(text, 0, m.start()) for m in PERSON_NAME.finditer(text))


PEOPLE_NAMED = _PeopleNamed()

# A place: a capitalised name after "à", "au", "en"… ("à Paris", "au Maroc"), or a place word;
# not what something is tied to ("une structure rattachée à l'Université…", "associés à l'UNESCO").
_NOT_WHERE = "".join(rf"(?<!{w} )" for w in (
    "rattaché", "rattachée", "rattachés", "associé", "associée", "associés", "lié", "liée", "liés",
    "consacré", "consacrée", "destiné", "destinée", "destinés", "appartient", "dédié", "dédiée"))
_PLACE = re.compile(_NOT_WHERE + r"\b(?:à|au|aux|en|dans|depuis|vers)\s+(?:l'|la |le |les )?[A-ZÀ-Ý][\w-]+"
                    r"|\b(?:campus|situé|située|siège|adresse|bâtiment|ville|région)\b")
_MONEY = re.compile(r"\d[\d\s,.]*\s*(?:millions?|milliards?|mille)?\s*(?:d'|de\s+)?"
                    r"(?:euros?|€|EUR|dirhams?|MAD|DH|USD|dollars?|\$|francs?)|\bgratuite?s?\b", re.IGNORECASE)


_PRICE = re.compile(r"(?s)^(?=.*\b(?:co[uû]t\w*|tarifs?|prix|frais|factur\w*|payante?s?)\b)"
                    r"(?=.*(?:" + _MONEY.pattern + r"))|\bgratuite?s?\b", re.IGNORECASE)


# An enumeration: three short items or more ("la formation, la recherche, l'innovation et le
# transfert"), or after a colon ("plusieurs projets : a, b, c et d"; "a ; b ; c"); not a long
# sentence with two commas and an "et".
_LIST = re.compile(r"(?:,\s*[^,;.:]{1,40}){2,},?\s+et\s|:[^.:]*,[^.:]*,[^.:]*\bet\s|;[^.;]*;")


# "Combien d'argent", "combien de sous": an amount, whatever the word for money.
_MONEY_WORDS = r"(?:argent|sous|fric|thunes?|blé|ble|oseille)\b"


# Verbs of giving money: "combien" with one of them asks for an amount.
_GIVES = (r"(?:(?:donn|vers|apport|financ|rapport|pai|pay|consacr|allou)(?:e|ent|é|ée|és|ées|ait|aient|era|eront)"
          r"|investi(?:t|ssent|ssait)?)")


# "Dans quelle langue ?", "elle lit quelles langues ?": the answer names a language.
_ASKS_LANGUAGE = re.compile(r"\b(?:quelles?|en|dans)\s+(?:\w+\s+)?langues?\b(?!\s+(?:africaines?|locales?)\b)",
                            re.IGNORECASE)
_LANGUAGE = re.compile(r"\b(?:fran[çc]ais|anglais|arabe|darija|amazighe?|tamazight|espagnol|allemand|wolof|swahili)\b",
                       re.IGNORECASE)


# A when-question: its answer must hold a date or a time (see _REQUIRED).
# ("quand" opening a clause inside another question is a conjunction: "Quel diplomate était
# présent quand la désignation a été approuvée ?" asks who, not when.)
_SUBJECT = r"(?:la|le|les|l'|l’|il|elle|ils|elles|on|je|j'|nous|vous|ce|cet|cette|ces|son|sa|ses|leur|leurs|un|une|des)"
_WHEN = (r"^\W*(?:(?:et|mais|alors)\s+)?quand\b(?![^?]*,\s*(?:qui|quel|quelle|quels|quelles|où|ou|combien"
         r"|comment|pourquoi)\b)"  # (not "Quand les journalistes sont venus, qui leur a fait visiter ?")
         r"|\bdepuis\s+quand\b"
         rf"|\bquand\b(?!\s+{_SUBJECT}\b(?![^?]*-(?:t-)?(?:il|elle|ils|elles|on)\b))"
         r"|\b(?:quelle|en quelle|depuis quelle)\s+(?:date|année|annee)\b"
         r"|\bquel(?:le)?s?\s+(?:jours?|moment|mois|p[ée]riode|semaine)\b")  # "sur quelle période ?"


# "Il faut payer quelque chose ?", "doit-on payer ?": what it costs the asker.
_MUST_PAY = r"(?:faut|doit|dois|devez|doivent)(?:-(?:il|on|t-on|ils|elles))?\s+pa[yi]\w*"


def _asks_price(more: str = "") -> re.Pattern:
    """A question about a price (a fee, a ticket), or about ``more``. "Prix" alone is as often
    an award ("prix Berkeley") as a price; "le prix d'un master" is a price."""
    more = f"|{more}" if more else ""
    return re.compile(rf"\b(co[uû]t\w*|tarifs?|frais|billets?|c(?:'est|est|'[ée]tait|etait)? combien(?!\s+d[e'’])"
                      rf"{more})\b"
                      r"|\bprix\s+(?:d'|du|de|des)\b", re.IGNORECASE)


# "Quel âge ?", "âgés de combien ?", "à partir de quel âge ?", "quelle tranche d'âge ?": a number of
# years ("de 9 à 14 ans").
_ASKS_AGE = re.compile(r"\bquel\s+[âa]ge\b|\b[âa]g[ée]e?s?\s+de\s+combien\b|\btranches?\s+d['’][âa]ge", re.IGNORECASE)
_AGE = re.compile(r"\d+\s*ans\b", re.IGNORECASE)
# …or spelled out ("depuis deux ans et demi"), for the age of a thing the question names:
# "Quel âge avait le centre fin 2023 ?" (not "Elle a quel âge ?", whose "elle" the documents
# do not give an age of).
_AGE_SPELLED = re.compile(r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+ans\b", re.IGNORECASE)
_AGE_OF_NAMED = re.compile(r"\bquel\s+[âa]ge\s+(?:a|avait|aura)\s+(?:le|la|l'|l’)", re.IGNORECASE)

# "Avec qui ?", "avec quel partenaire ?": who something was done with, a person or an institution
# ("mené avec le ministère de l'Intérieur").
_ASKS_PARTNER = re.compile(r"^\W*(?:et\s+)?(?:c'était\s+|c'est\s+)?avec\s+qui\b"
                           r"|\b(?:c'était|c'est|était|c)\s+avec\s+qui\b"  # "le projet…, c'était avec qui ?"
                           r"|\b(?:travaill|collabor|men[ée]|r[ée]alis[ée]|organis[ée])\w*\s+avec\s+qui\b|\bavec\s+quel(?:le)?s?\s+"
                           r"(?:partenaires?|organismes?|institutions?|organisations?)\b", re.IGNORECASE)
_PARTNER = re.compile(r"\b(?:avec|aux côtés d[eu']|en partenariat avec)\s*(?:l'|le |la |les |des |du )?"
                      r"(?:[A-ZÀ-Ý]|minist|gouvernement|universit|fondation|secteur|d[ée]l[ée]gation|groupe|agence)"
                      # "l'UM6P et l'UNESCO ont co-organisé…": partners named as the subject
                      r"|\bco-?organis\w*|\bco-?fond\w*")
# An answer to a partner question names one, or lists partners as such ("Parmi les partenaires
# d'Ai Movement, les sources citent…": a pattern that only lets a passage pass, not one that
# favours a sentence, which would prefer "X est partenaire" to "mené avec X et Y").
_PARTNER_OR_LISTED = re.compile(_PARTNER.pattern + r"|\b[Pp]artenaires?\b")  # (case kept: a capital is a name)


_QTYPES = (
    # Before dates: "en quelle langue ?" is not "en quelle année ?".
    ("language", _ASKS_LANGUAGE, _LANGUAGE),
    ("cost", _asks_price(r"payante?s?|gratuite?s?|ça fait combien|combien (?:ça|ca|il faut) pay\w*|" + _MUST_PAY),
     _MONEY),
    # "C'était à quelle époque ?": a century or a year ("au IXe siècle").
    ("era", re.compile(r"\bquelle\s+[ée]poque\b|\bquel\s+si[èe]cle\b", re.IGNORECASE),
     re.compile(rf"\bsi[èe]cles?\b|\b{_YEAR_DIGITS}\b", re.IGNORECASE)),
    ("age", _ASKS_AGE, _AGE),  # "C'est pour quel âge ?"
    # "À quoi sert le dôme ?", "dans quel but… ?": what something is for ("conçu comme…"). ("Pourquoi"
    # asks a reason as often: "pourquoi dit-on que le dôme est un clin d'œil au MIT ?")
    ("purpose", re.compile(r"\b(?:a|à) quoi (?:[\w'-]+ ){0,2}(?:sert|servent|servait|servaient|servira)\b"
                           r"|\b(?:sert|servent|servait|servaient|servira)(?:-t-il|-t-elle|-il|-elle)? (?:a|à) "
                           r"(?:quoi|quelque chose)\b|\bvis(?:e|ent|ait)(?:-t-il|-t-elle)? (?:a |à )?quoi\b"
                           r"|\bdans quel but\b|\bpour quoi faire\b"
                           r"|\bquel(?:le)? (?:est|était) (?:le but|l'objectif|la finalité|l'utilité)\b",
                           re.IGNORECASE),
     re.compile(r"\bcon[çc]ue?s? (?:comme|pour)\b|\bser(?:t|vent|vait|vaient|vir) à\b|\bpour but\b"
                r"|\bvis(?:e|ent|ait|aient) à\b|\bdestin[ée]e?s? à\b|\bafin de\b|\ble but\b|\bobjectif\b",
                re.IGNORECASE)),
    # Before "person": "avec qui" would read as one.
    ("partner", _ASKS_PARTNER, _PARTNER),
    # Whom something is for: "ça s'adresse à qui ?", "c'est destiné à qui ?", "c'est pour qui ?" — a
    # public ("renforce les compétences de femmes africaines"), not a person's name.
    ("audience", re.compile(r"\b(?:s'adress\w*|destin[ée]e?s?|r[ée]serv[ée]e?s?|ouverte?s?)\s+(?:à|a|aux)\s+qui\b"
                            r"|\b(?:c'est|cest|c'était|c)\s+pour\s+qui\b", re.IGNORECASE),
     re.compile(r"\b(?:destin[ée]e?s?|s'adress\w*|pour (?:les|des)|femmes|enfants|jeunes|professionnels|entreprises"
                r"|cadres|étudiant\w*|doctorant\w*|\d+ à \d+ ans)\b", re.IGNORECASE)),
    # A when-question, or one that names dates or years ("les dates du forum").
    ("date", re.compile(_WHEN + r"|\b(?:en quelle|dates?|années?)\b", re.IGNORECASE), _YEAR_OR_DATE),
    ("number", re.compile(r"\b(combien|nombre)\b", re.IGNORECASE), _NUMBER),
    # "qui" asks for a person where it opens the question (or a request: "Dites-moi, qui…",
    # "j'aimerais savoir qui…"), follows a preposition or ends it, not as a relative ("la
    # conférence qui a suivi").
    ("person", re.compile(r"(?:^|:|\b(?:savoir|dire|indiquer|pr[ée]ciser|rappeler|demander|dites-moi|dis-moi)\b)"
                          r"\W*(?:(?:et|mais|alors)\W+)?qui\b|\b(?:à|a|de|par|pour|avec|chez|sur|"
                          r"est|était|c'est|cest|sont)\s+qui\b|\bqui\W*$|\bqui est-ce\b"
                          # "Quel ministre a signé ?": a role asks for the person holding it.
                          r"|\bquel(?:le)?\s+(?:ministre|pr[ée]sident(?:e)?|directeur|directrice|dirigeante?|"
                          r"ambassadeur|responsable|personnalité|personne)\b",
                          re.IGNORECASE), PEOPLE_NAMED),
    ("place", WHERE_QUESTION, _PLACE),
    # "Quels sont les piliers ?", "citez les partenaires": a list, best given whole.
    ("list", re.compile(r"\b(?:quels|quelles)\b|\blesquel(?:le)?s\b|\bliste[rz]?\b|\bcite[rz]?\b|\b[ée]num[ée]r\w*"
                        r"|\bquoi comme \w+s\b"  # "ils ont fait quoi comme événements"
                        r"|\bc'est quoi (?:les|leurs|ses)\b", re.IGNORECASE), _LIST),
)
# "Comment s'appellent les lauréates du hackathon ?", "les noms des doctorants accueillis ?":
# the names of people of a group, which a passage saying only that there were some does not give.
_ASKS_NAMES = re.compile(r"\b(?:comment\s+s'appell\w+|noms?|qui\s+sont)\s+(?:l'|\w+\s+){0,2}?"
                         r"(?:lauréat|laureat|gagnant|vainqueur|doctorant|étudiant|etudiant|participant|chercheu"
                         r"|membre|intervenant|enseignant|professeur|élève|eleve|entrepreneu|bénéficiaire"
                         r"|panéliste|orat(?:eur|rice)|équipe|equipe)"
                         r"|\bqui\s+(?:a|ont|l'a|les\s+a)\s+(?:gagn|remport)\w*"  # "qui a gagné ?": the winners
                         # or of those just spoken of: "c'est quoi leurs noms ?", "ils s'appellent comment ?"
                         r"|\bleurs\s+noms\b|\bcomment\s+s['’]appellent[- ](?:ils|elles)\b"
                         r"|\b(?:ils|elles)\s+s['’]appellent\s+comment\b", re.IGNORECASE)

# Questions whose answer must hold a specific kind of value: "combien" needs a
# number, "quand" a date or time, a cost (a salary, a budget) an amount of
# money, an age a number of years. A passage without one does not answer them,
# however many of their words it shares ("Combien coûte un master à l'UM6P ?"
# against a passage on the masters that gives no price).
_ASKS_WHEN = re.compile(_WHEN, re.IGNORECASE)
# A sentence naming a century ("qui a fondé au IXe siècle l'université…").
_CENTURY = re.compile(r"[^.!?]*\bsi[èe]cles?\b[^.!?]*", re.IGNORECASE)


def _dated_by_century(question: str, text: str) -> bool:
    """Whether a century in ``text`` answers "quand ?": its sentence says what the question
    asks ("elle l'a fondée quand ?" and "a fondé au IXe siècle"), not after a bare "Et
    quand ?" (the amphitheatre named after her was not named then)."""
    asked = {fold(w)[:5] for w in re.findall(r"\w{5,}", question.lower())} - {"quand"}
    return any(asked & {fold(w)[:5] for w in re.findall(r"\w{5,}", m.group().lower())}
               for m in _CENTURY.finditer(text))


_REQUIRED = (
    # A price (what something costs a participant) is an amount said to be one: a budget
    # or a grant ("l'OCP verse 1 million d'euros") is not the price of a master.
    # ("est-elle gratuite ?", "faut-il payer ?" ask a price too.)
    (_asks_price(r"gratuite?s?|payante?s?|" + _MUST_PAY), _PRICE),
    (re.compile(r"\b(?:salaires?|gagnent|gagne|pay[ée]\w*|budgets?|montants?|combien d[e'’]\s*"
                + _MONEY_WORDS + r")", re.IGNORECASE), _MONEY),
    # "Combien l'UNESCO donne-t-elle ?", "l'OCP verse combien ?": an amount given, not a count.
    (re.compile(rf"\b{_GIVES}\b[^?]*\bcombien\b(?!\s+d[e'’])|\bcombien\b(?!\s+d[e'’])[^?]*\b{_GIVES}\b",
                re.IGNORECASE), _MONEY),
    (_COUNT,
     re.compile(r"(?<!\w)\d|\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
                r"quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|dizaines?|douzaines?|quinzaines?|"
                r"vingtaines?|trentaines?|centaines?|milliers?|millions?|milliards?|gratuite?s?)\b",
                re.IGNORECASE)),  # ("gratuit" answers "c'est combien ?")
    (_ASKS_WHEN,
     # A year, a date or a time word: not any number ("5 000 m²" says no "quand").
     re.compile(rf"\b{_YEAR_DIGITS}\b|\b\d{{1,2}}/\d{{1,2}}\b|\b\d{{1,2}}\s*h\b"
                rf"|\b(?:{MONTH_PATTERN}|hier|aujourd'hui|demain|lundi|mardi|mercredi|jeudi|vendredi|"
                r"samedi|dimanche|depuis|avant|(?<![dD]['’])après|lors|pendant|fin|début)\b", re.IGNORECASE)),
    (_ASKS_LANGUAGE, _LANGUAGE),
    # The weather, and the way somewhere: the answer speaks of them.
    (re.compile(r"\bquel\s+temps\b(?!\s+(?:faut|a\s+pris|dure))|\bm[ée]t[ée]o\b|\btemp[ée]ratures?\b"
                r"|\bil\s+fait\s+(?:beau|chaud|froid|bon|mauvais|gris)\b",
                re.IGNORECASE),
     re.compile(r"\bm[ée]t[ée]o\b|\btemp[ée]ratures?\b|°|\bpluies?\b|\bsoleil\b|\bclimat\b|\bchaleur\b",
                re.IGNORECASE)),
    (re.compile(r"\bcomment\s+(?:aller|venir|se\s+rendre|rejoindre|acc[ée]der)\b|\ben\s+(?:tram|bus|train|taxi)\b",
                re.IGNORECASE),
     re.compile(r"\b(?:tram(?:way)?|bus|trains?|gare|taxis?|voiture|routes?|autoroute|itin[ée]raire|acc[èe]s|"
                r"parking|stations?|navettes?)\b", re.IGNORECASE)),
    # Someone's pay ("Quel est le salaire de la présidente ?", "combien gagne un chercheur ?"): a pay
    # figure, not "l'OCP … prend en charge les salaires du personnel" next to the centre's funding.
    # (Not who pays them: "L'OCP paie aussi les salaires ?")
    (re.compile(r"\bquel(?:le)?s?\s+(?:est\s+|sont\s+)?(?:le\s+|les\s+)?(?:salaires?|r[ée]mun[ée]rations?)\b"
                r"|\b(?:salaire|r[ée]mun[ée]ration)\s+(?:de|du|d['’])|\bcombien\b[^?]*\b(?:salaire|r[ée]mun[ée]ration)\b"
                r"|\bcombien\s+(?:gagne|gagnent|touche|touchent)\b"
                r"|\b(?:gagne|gagnent|touche|touchent)\s+combien\b(?!\s+(?:de|d['’]))", re.IGNORECASE),  # (not "toucher combien d'entrepreneures")
     re.compile(r"\b(?:salaires?|r[ée]mun[ée]r\w*|gagne\w*|touche\w*)\b[^.;]{0,40}\d|\d[^.;]{0,30}\b(?:par\s+mois"
                r"|mensuels?|bruts?|nets?)\b", re.IGNORECASE)),
    # An event to come ("Quand aura lieu le prochain Forum ?", "c'est quand la prochaine édition ?"):
    # the answer speaks of what is to come, not of the last one held. (Not "la prochaine cohorte"
    # after the second: the third, which the parser counts.)
    (re.compile(r"\bprochaine?s?\s+(?:forums?|[ée]ditions?|sessions?|conf[ée]rences?|[ée]v[ée]nements?|sommets?"
                r"|rencontres?|hackathons?|camps?)\b|\b(?:aura|auront)\s+lieu\b|\bse\s+tiendr\w+", re.IGNORECASE),
     re.compile(r"\bprochaine?s?\b|\bprochainement\b|\bpr[ée]vue?s?\b|\b(?:aura|auront)\s+lieu\b|\bse\s+tiendr\w+"
                r"|\bà\s+venir\b|\bdevr(?:ait|aient|a|ont)\b|\bannonc[ée]e?s?\b", re.IGNORECASE)),
    # What someone taught ("Mostafa Terrab enseignait quelle matière au MIT ?", "Qu'est-ce qu'il
    # enseignait ?"): the answer says a subject taught, not where ("au MIT, où a enseigné…").
    (re.compile(r"\bquelles?\s+(?:mati[èe]res?|disciplines?)\b|\bquels?\s+cours\b"
                r"|\bqu['’]est-ce\s+qu(?:e\s+|['’])[^?]*\benseign\w*|\benseign\w*\s+quoi\b", re.IGNORECASE),
     re.compile(r"\benseign\w*\s+(?:l['’]|la\s|le\s|les\s|des\s|de\s+la\s|du\s|en\s)|\bprofesseu\w*\s+(?:de|d['’]|en)\s"
                r"|\bcours\s+(?:de|d['’]|sur)\s|\bmati[èe]res?\b|\bdisciplines?\b"
                r"|\b(?:doctorat|dipl[ôo]me|master|licence|th[èe]se|HDR)\s+(?:en|d['’]|de)\s", re.IGNORECASE)),
    # Who designed a building ("Quel architecte a conçu le dôme ?"): an architect, not what it was
    # "conçu" as.
    (re.compile(r"\bquel(?:le)?s?\s+(?:architectes?|cabinets?(?:\s+d['’]architect\w*)?|agences?\s+d['’]architect\w*)\b",
                re.IGNORECASE), re.compile(r"\barchitect\w*", re.IGNORECASE)),
    # How many children ("Combien d'enfants ont suivi AI Master Junior ?"): children counted, not their
    # ages or the trainers ("les enfants de 9 à 14 ans", "65 formateurs").
    (re.compile(r"\bcombien\s+d['’]\s*(?:enfants|[ée]l[èe]ves|jeunes|gamins)\b", re.IGNORECASE),
     re.compile(r"\d[\d\s  ]*\s+(?:[^\W\d_]+\s+){0,2}(?:enfants|[ée]l[èe]ves|jeunes|participants|inscrits)\b",
                re.IGNORECASE)),
    # An application's name ("Comment s'appelle l'appli de lecture… ?"): a name given to it, not what it does.
    (re.compile(r"\bcomment\s+s['’]appell?e(?:nt)?\s+(?:l['’]|cette\s+|leur\s+|son\s+|votre\s+)?"
                r"(?:appli(?:cation)?s?|logiciels?|outils?)\b|\b(?:appli(?:cation)?s?|logiciels?|outils?)\b[^?]*"
                r"\bs['’]appell?e(?:nt)?\s+comment\b|\bnom\s+de\s+(?:l['’]|cette\s+|leur\s+)(?:appli(?:cation)?|logiciel|outil)\b",
                re.IGNORECASE),
     re.compile(r"«|\b(?:appel[ée]e?s?|nomm[ée]e?s?|baptis[ée]e?s?|s['’]appelle)\b", re.IGNORECASE)),
    # Where to eat or sleep ("un bon resto près de l'aéroport ?"): the answer names such a place,
    # not the campus the airport is near.
    (re.compile(r"\b(?:restos?|restaurants?|caf[ée]s?|manger|d[ée]jeuner|d[îi]ner|h[ôo]tels?|h[ée]bergements?"
                r"|logements?|loger|dormir|riads?|auberges?)\b", re.IGNORECASE),
     re.compile(r"\b(?:restos?|restaurants?|caf[ée]s?|cantines?|caf[ée]t[ée]rias?|h[ôo]tels?|h[ée]bergements?|logements?"
                r"|r[ée]sidences?|riads?|auberges?)\b", re.IGNORECASE)),
    # Jobs and internships ("vous recrutez ?", "je cherche un stage"): the answer speaks of hiring,
    # not of "attirer des talents".
    # (A job sought, not "une formation compatible avec un emploi".)
    (re.compile(r"\brecrut\w*|\bembauch\w*|\bstagiaires?\b|\bcandidatures? spontan\w*"
                r"|\b(?:offres?\s+d'|demandes?\s+d'|(?:cherche|chercher|trouver|obtenir|d[ée]crocher)\s+(?:un\s+|des\s+|du\s+)?)emplois?\b"
                r"|\b(?:cherche|chercher|trouver|faire|propos\w*|offr\w*|accueill\w*|prenez|prennent)\s+(?:un|des)\s+stages?\b"
                # (not "postuler à AI Master Junior": applying to a programme)
                r"|\bjobs?\b|\bpostuler\b(?!\s+(?:à|a|au|aux|pour)\s+(?!(?:un|une|des|ce|cet)\s+(?:postes?|emplois?|jobs?|stages?)\b))",
                re.IGNORECASE),
     re.compile(r"\brecrut\w*|\bembauch\w*|\bstag\w*|\bemplois?\b|\bcandidat\w*|\bpostes? (?:à pourvoir|ouverts?)",
                re.IGNORECASE)),
    # Opening hours and days ("c'est ouvert le dimanche ?", "ouvert au public ?"): the answer says
    # when it opens to visitors, not that "l'UM6P a ouvert ses portes en 2017".
    (re.compile(r"\b(?:ouvert\w*|ferm[ée]\w*)\b(?:[^?]*\b(?:heures?|horaires?|lundi|mardi|mercredi|jeudi|vendredi|samedi"
                r"|dimanche|week-?end|public|visiteurs?|visites?|soir)\b)|\bhoraires?\b|\b[àa] quelle heure\b"
                r"|\bportes?[- ]ouvertes?\b",  # open days, not "l'UM6P a ouvert ses portes en 2017"
                re.IGNORECASE),
     re.compile(r"\b\d{1,2}\s*h(?:\s*\d{2})?\b|\bhoraires?\b|\bouverte?s? au public\b|\bvisites?\b"
                r"|\bportes?[- ]ouvertes?\b", re.IGNORECASE)),
    # "Quelle session ?", "quelle édition ?": an ordinal ("sa 42ème Session", "la 3e édition").
    (re.compile(r"\bquel(?:le)?s?\s+(?:session|[ée]dition|cohorte|promotion|promo)s?\b", re.IGNORECASE),
     re.compile(r"\b\d+\s*(?:e|è|ème|eme|er|re|ère)\b"
                r"|\b(?:premi|deuxi|second|troisi|quatri|cinqui|sixi|septi|derni)\w*", re.IGNORECASE)),
    # "En quelle année ?": a year, or what the text says of the year ("un lundi 13 mars" is no year).
    (re.compile(r"\bquelle\s+ann[ée]e\b", re.IGNORECASE),
     re.compile(rf"\b{_YEAR_DIGITS}\b|\bann[ée]es?\b", re.IGNORECASE)),
    # A height or a length is a number of metres, not an area ("5 000 m²").
    (re.compile(r"\b(?:hauteur|haut de combien|longueur|largeur|profondeur|diam[èe]tre|combien de m[èe]tres(?! carr)"
                r"|m[èe]tres de (?:haut|long|large))\b", re.IGNORECASE),
     re.compile(r"\d[\d\s,.]*\s*(?:m|mètres?|km|kilomètres?)\b(?!²)", re.IGNORECASE)),
    (_ASKS_AGE, _AGE),
    # Contact details and a birth: the answer gives them, or says it does not know them.
    (re.compile(r"\b(?:e-?mail|courriel|adresse mail|mail)\b", re.IGNORECASE),
     re.compile(r"@|\b(?:e-?mail|courriel|mail)\b", re.IGNORECASE)),
    (re.compile(r"\b(?:t[ée]l[ée]phone|num[ée]ro de (?:t[ée]l|poste)|ligne directe)", re.IGNORECASE),
     re.compile(r"\+?\d[\d .]{7,}|\bt[ée]l[ée]phone\b", re.IGNORECASE)),
    (re.compile(r"\bnaissance\b|\b(?:o[uù]|quand|ville|pays|ann[ée]e)\b[^?]*\bn(?:é|ée|ee)s?\b"
                r"|\bn(?:é|ée|ee)s?\s+(?:o[uù]|quand|en quelle)\b", re.IGNORECASE),
     re.compile(r"\bn(?:é|ée)s?\b|\bnaissance\b", re.IGNORECASE)),
    (re.compile(r"\b(?:succ[ée]d\w*|successeur|succession|rempla[cç]\w*|(?:pris|prendre) (?:la suite|sa place))\b",
                re.IGNORECASE),
     re.compile(r"\b(?:succ[ée]d\w*|successeur|succession|rempla[cç]\w*|suite de|à la place)\b", re.IGNORECASE)),
    (re.compile(r"\bth[èe]ses?\b", re.IGNORECASE), re.compile(r"\bth[èe]ses?\b|\bdoctora", re.IGNORECASE)),
    # What a thesis was about, or its title: that it was defended is not what it was on.
    (re.compile(r"\b(?:sujet|titre|th[èe]me|intitul[ée]\w*)\b[^?]{0,25}\bth[èe]se"
                r"|\bth[èe]se\b[^?]{0,40}\b(?:portait|porte|traitait|traite)\b"
                r"|\b(?:portait|porte|traitait|traite)\s+(?:la |sa |leur )?th[èe]se", re.IGNORECASE),
     re.compile(r"\bintitul[ée]|\bportant sur\b|\bth[èe]se (?:sur|consacr)", re.IGNORECASE)),
    # "Dans quelle ville… ?": a place ("à Benguerir"), not what the thing is.
    (re.compile(r"\bquelles?\s+villes?\b", re.IGNORECASE), _PLACE),
    # Who supervised it: a thesis or a doctorate is not its supervisor.
    (re.compile(r"\bdirect(?:eur|rice)s?\s+de\s+th[èe]se\b", re.IGNORECASE),
     re.compile(r"\bdirect(?:eur|rice)s?\s+de\s+th[èe]se\b|\bsous la direction\b", re.IGNORECASE)),
    # Someone's family ("Elle a des enfants ?", "Est-il marié ?"): the answer speaks of it, not of
    # a programme "pour les enfants".
    (re.compile(r"\b(?:a|ont)(?:-t-(?:il|elle|ils|elles))?\s+des\s+enfants\b|\b(?:est|sont)[- ](?:il|elle)s?\s+mari[ée]e?s?\b"
                r"|\b(?:son|sa|leur)\s+(?:mari|[ée]poux|[ée]pouse|famille|conjointe?)\b", re.IGNORECASE),
     re.compile(r"\bmari[ée]e?s?\b|\b[ée]poux\b|\b[ée]pouse\b|\bconjointe?\b|\bfamille\b|\b(?:ses|leurs)\s+enfants\b"
                r"|\b(?:m[èe]re|p[èe]re)\s+de\b", re.IGNORECASE)),
    # A nationality and a political party: the answer says them.
    (re.compile(r"\bnationalit[ée]s?\b", re.IGNORECASE),
     re.compile(r"\bnationalit|\b(?:marocain|fran[cç]ais|tunisien|alg[ée]rien|s[ée]n[ée]galais|camerounais|"
                r"togolais|ivoirien|am[ée]ricain|britannique|belge|saoudien|slov[èe]ne)(?:ne)?s?e?s?\b",
                re.IGNORECASE)),
    (re.compile(r"\bpartis?\s+politiques?\b|\bquel\s+parti\b", re.IGNORECASE),
     re.compile(r"\bparti\b", re.IGNORECASE)),
    # A duration, not the upper bound of an age range ("de 9 à 14 ans").
    (re.compile(r"\bcombien\s+de\s+temps\b|\bdur[ée]e\b|\bcombien\s+(?:dure|durent|durait|a\s+dur[ée])\b",
                re.IGNORECASE),  # "Combien dure un master exécutif ?"
     re.compile(r"(?<!à )(?<!a )" + DURATION, re.IGNORECASE)),
    # The names of people of a group: the answer names someone.
    (_ASKS_NAMES, PEOPLE_NAMED),
    # A partner ("c'est organisé avec qui ?"): a passage naming none does not answer.
    (_ASKS_PARTNER, _PARTNER_OR_LISTED),
    # Since when something holds ("Depuis quelle année Hicham El Habti est-il président ?"): a
    # start ("depuis", "nommé", "créé le…"), not a time it held ("En 2022, … était président").
    (re.compile(r"\bdepuis\s+(?:quand|quelle\s+(?:ann[ée]e|date)|combien\s+de\s+temps)\b", re.IGNORECASE),
     re.compile(r"\b(?:depuis|nomm[ée]e?s?|[ée]lue?s?|cr[ée][ée]e?s?|fond[ée]e?s?|lanc[ée]e?s?|devenue?s?|approuv[ée]e?|"
                r"d[ée]sign[ée]e?|(?:pris|prend)\s+(?:la\s+t[êe]te|ses\s+fonctions|la\s+suite|la\s+direction)|"
                r"arriv[ée]e?s?|rejoint|inaugur[ée]e?|entr[ée]e?|ouvert|existe|existait|"
                r"commenc\w*|d[ée]but\w*|remont\w*|vu le jour|mis en place|succ[ée]d[ée])\b",
                re.IGNORECASE)),
    # Someone's post ("Quelle fonction Gabriela Ramos occupe-t-elle à l'UNESCO ?"): the answer
    # says a post, not only that she was there. ("À quel titre" asks in what capacity.)
    (re.compile(r"(?<!à )(?<!a )\bquel(?:le)?\s+(?:poste|fonction|titre|m[ée]tier)\b", re.IGNORECASE),
     re.compile(r"\b(?:pr[ée]sident|directeur|directrice|sous-direct|ministre|ambassad|d[ée]l[ée]gu[ée]"
                r"|chercheu|professeu|enseignant|PDG|secr[ée]taire|responsable|chef|fondat(?:eur|rice)|membre"
                r"|doyen|rect(?:eur|rice)|conseill|coordinat|charg[ée]e?s? d|vice-|ing[ée]nieur|commissaire"
                r"|dirigeant|titulaire)", re.IGNORECASE)),
)


@lru_cache(maxsize=1024)
def _asked_type(text: str) -> tuple[str | None, re.Pattern | None, str]:
    """(kind, pattern, the words asking for it) of the first kind of answer a question
    asks for (memoised: the answer layer asks of one question four times or so)."""
    for name, asks, pattern in _QTYPES:
        match = asks.search(text)
        if match and not (name == "place" and MONEY_FROM.match(text)):
            return name, pattern, match.group(0)
    return None, None, ""


def question_type(text: str):
    """The kind of answer wanted (cost, purpose, partner, date, number, person, place, language, list) and
    its pattern."""
    return _asked_type(text)[:2]


def type_words(text: str) -> str:
    """The words by which a question asks for its kind of answer ("quelle langue", "quelle année")."""
    return _asked_type(text)[2]


# What a "combien de X" question counts, on the folded question: a passage
# that never names X (nor a synonym) does not answer, whatever else it
# shares with the question. "combien de temps/fois" ask for a duration or a
# count, not about time. ("Quel est le X" is left alone: "le rôle", "le but"
# ask for a description the passage gives in other words.)
# What a "combien" question counts: "combien de X", "combien (d'entre elles) étaient X".
FOCUS = re.compile(r"\bcombien d[e']\s*(?!temps\b|fois\b|entre\b|" + _MONEY_WORDS + r")(\w+)"
                   r"|\bcombien(?: d'entre (?:elles|eux))? (?:etaient|sont|etait|est) (?!ce\b)(\w+)")


def _names_at(text: str, people_only: bool) -> dict[str, list[int]]:
    """The names a text gives, in order, each with where it ends each time (see person_named)."""
    found: dict[str, list[int]] = {}
    for m in PERSON_NAME.finditer(text):
        if not _SOURCE_BEFORE.search(text, 0, m.start()) and not (
                people_only and _NOT_PERSONAL & set(re.split(r"[ -]", m.group(0)))):
            found.setdefault(m.group(0), []).append(m.end())
    return found


def people_named(text: str) -> tuple[str, ...]:
    """The people a text names, in the order it first names them (sources and organisations aside)."""
    return tuple(_names_at(text, people_only=True))


def person_named(text: str, question: str = "", people_only: bool = False) -> str | None:
    """The person a text names ("Amal El Fallah Seghrouchni est la fondatrice…"), or
    of several the one a word of the question follows ("quel ministre ?" and
    "Chakib Benmoussa (ministre de l'Éducation nationale), Tawfik Jelassi (…)");
    None if that leaves no single one. A source is no person ("Selon Portail Sud Maroc");
    with ``people_only``, nor is an organisation ("Ai Movement": without it, a text naming
    the centre and one person names none, which the conversation's topic relies on)."""
    found = _names_at(text, people_only)
    if len(found) > 1:
        words = {w for w in fold(question).split() if len(w) >= 4}
        found = {name: ends for name, ends in found.items()
                 if any(words & set(fold(text[end: end + ROLE_SPAN]).replace("(", " ").split()) for end in ends)}
    return next(iter(found)) if len(found) == 1 else None


# "Qui paye pour les centres ?", "qui les finance ?", "ils sont payés par qui ?", "payés par
# l'UNESCO ou par les pays ?": who pays, not how much.
_PAYS = r"(?:pa[iy]\w*|financ\w*|vers\w*)"
_WHO_PAYS = re.compile(rf"\bqui\b[^?]*\b{_PAYS}|\b{_PAYS}\s+par\s+(?:qui\b|l'|le\b|la\b|les\b)",
                       re.IGNORECASE)


# Numbers that name rather than count: "centre de catégorie 2", "sa 42e session", "le 1er Forum".
_NOT_A_COUNT = re.compile(r"\bcat[ée]gorie\s+(?:\d+|[IVX]+)\b|\b\d+\s*(?:e|è|ème|eme|er|re|ère)\b", re.IGNORECASE)


# An amount named: "Le budget, c'est combien ?" asks the budget, not a price.
_AMOUNT_NAMED = re.compile(r"\b(?:budgets?|montants?|financements?|subventions?|dotations?)\b",
                           re.IGNORECASE)


# What a person does now, or became: "Que fait Ghita Mezzour aujourd'hui ?", "Qu'est devenue
# Ghita Mezzour ?", "Hicham El Habti est-il toujours président ?".
_ASKS_NOW = re.compile(r"\b(?:que\s+fait|fait[- ](?:t-)?(?:il|elle)|fait\s+quoi|occupe|poste)\b[^?]*"
                       r"\b(?:aujourd'hui|aujourdhui|maintenant|actuellement|désormais|depuis|de nos jours)\b"
                       r"|\bqu'?est[- ]devenue?\b|\best\s+devenue?\s+quoi\b|\b(?:est|sont)-(?:il|elle)s?\s+toujours\b",
                       re.IGNORECASE)
# …is told by a sentence whose subject that person is, in the present or named to a post
# ("Amal El Fallah Seghrouchni a été nommée ministre…"): not "… a pris la suite de Ghita
# Mezzour", nor "En 2022, Hicham El Habti était président…".
_NOW_VERB = (r"[^.;]{0,40}?\b(?:est|a été (?:nommée?|élue?|désignée?)|occupe|dirige|préside|siège|travaille"
             r"|est devenue?)\b")


def _tells_now(question: str, text: str) -> bool:
    """Whether ``text`` says what the person the question asks about does now (true when the
    question asks no such thing, or names no person the text names)."""
    if not _ASKS_NOW.search(question):
        return True
    asked = fold(question).lower()
    people = [name for name in people_named(text) if fold(name).lower() in asked]
    return not people or any(re.search(re.escape(name) + _NOW_VERB, text) for name in people)


# Whose budget: "Quel est le budget annuel de l'IRCAI ?", "le chiffre d'affaires de l'OCP ?".
_ASKS_AMOUNT_OF = re.compile(r"\b(?:budgets?|chiffres? d'affaires|montant)\s+(?:annuel\s+|total\s+)?"
                             r"(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|d['’])(?:groupe\s+|fondation\s+)?([A-Z][\w-]+)"
                             # "Quel chiffre d'affaires le groupe OCP a-t-il réalisé ?"
                             r"|\bchiffres? d'affaires\s+(?:le|la|l['’])\s*(?:groupe\s+)?([A-Z][\w-]+)")


def _tells_amount_of(question: str, text: str) -> bool:
    """Whether ``text`` gives the amount of whoever the question asks the budget of (true when it
    asks no such thing): an amount said of that name ("le budget d'Ai Movement a atteint 3,5
    millions d'euros"), not a comparison with it ("… dépasse ceux de l'IRCAI")."""
    asked = _ASKS_AMOUNT_OF.search(question)
    if not asked:
        return True
    name = re.escape(asked.group(1) or asked.group(2))
    return bool(re.search(rf"{name}[^.;]{{0,60}}?(?:{_MONEY.pattern})", text, re.IGNORECASE))


def holds_required_value(question: str, text: str) -> bool:
    """False when the question asks for a number, a date, a cost or an age and the text gives
    none, what a person does now and the text does not say it of that person, or whose
    budget and the text gives none of theirs."""
    if not _tells_now(question, text) or not _tells_amount_of(question, text):
        return False
    who_pays = _WHO_PAYS.search(question)
    amount = _AMOUNT_NAMED.search(question)
    for asks, value in _REQUIRED:
        if not asks.search(question) or (who_pays and value is _MONEY) or (amount and value is _PRICE):
            continue
        said = text
        if asks is _COUNT and not _COUNTS_TIME.search(question):
            # A count is not a year or a date ("Combien d'articles… ?" and "des articles de
            # novembre 2022"), unless years are what is counted ("depuis combien d'années ?").
            said = _NOT_A_COUNT.sub(" ", DAY.sub(" ", YEAR.sub(" ", text)))
        if not value.search(said) and not (asks is _ASKS_WHEN and _dated_by_century(question, text)) and not (
                value is _AGE and _AGE_OF_NAMED.search(question) and _AGE_SPELLED.search(said)):
            return False
    return True
