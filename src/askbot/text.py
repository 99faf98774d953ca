"""French text analysis: the one analyzer shared by passages and questions.

The pipeline is made of small pure ``str -> str`` steps (each tested on its
own) and one :class:`Analyzer` that owns splitting, stop words and stemming:

    NFKC → typographic apostrophes → lowercase → split into words →
    elision removal (Lucene's 13 articles) → texting shorthand → accent and
    ligature folding → stop words → stemming (injected callable)

Folding comes *before* stemming so that a question typed without accents
("creation", "ete") is analysed exactly like the accented text; the Snowball
stemmer then restores each word's usual accents from a French lexicon, since
its rules need them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Callable, Iterable

import Stemmer

from .lexicon import accented, is_common_word, zipf

_APOSTROPHE_MARKS = ("\u2019", "\u2018", "\u02bc", "`", "\u00b4")

# Lucene's FrenchAnalyzer elision articles.
ELISIONS = frozenset("l m t qu n s j d c jusqu quoiqu lorsqu puisqu".split())

# Texting shorthand seen in real chats, mapped to the word it stands for.
SHORTHAND = {
    "ki": "qui", "koi": "quoi", "kel": "quel", "kelle": "quelle", "kels": "quels",
    "kan": "quand", "kand": "quand", "qd": "quand", "pk": "pourquoi", "pq": "pourquoi",
    "pkoi": "pourquoi", "cmt": "comment", "cmnt": "comment", "cb": "combien",
    "cbn": "combien", "ds": "dans", "bcp": "beaucoup", "tt": "tout",
    "c": "ce",
    "yavait": "avait", "yaura": "aura", "yatil": "il", "yaurait": "aurait",  # "y avait", "y aura", "y a-t-il"
    "sapel": "appelle", "sapelle": "appelle", "sappel": "appelle", "sappelle": "appelle",  # "s'appelle"
    "mnt": "maintenant", "mtn": "maintenant", "mtnt": "maintenant", "fé": "fait", "fe": "fait", "depui": "depuis",
    "prog": "programme", "progs": "programmes", "pr": "pour", "st": "sont", "cé": "ce", "yont": "ont",
    "mvt": "movement", "mvmt": "movement", "fai": "fait", "pa": "pas", "compri": "compris",
    "lequipe": "equipe", "vs": "vous", "ele": "elle", "conf": "conference", "confs": "conferences",
    # Darija written in Latin letters around French words: "wach kan chi centre UNESCO f Afrique 9bel Ai
    # Movement, ola huwa lowel ?" (its function words are stop words, see below)
    "9bel": "avant", "9bl": "avant", "lowel": "premier", "louwel": "premier", "lowla": "premiere",
    "chkoun": "qui", "chkon": "qui", "3lach": "pourquoi", "3lache": "pourquoi", "kifach": "comment",
    "kifash": "comment", "chno": "quoi", "chnou": "quoi", "chnowa": "quoi", "achno": "quoi", "daba": "maintenant",
    "chhal": "combien", "ch7al": "combien", "chhhal": "combien", "imta": "quand", "fo9ach": "quand",
    "fou9ach": "quand", "fayn": "où", "fein": "où", "lmaghrib": "maroc", "lmghrib": "maroc", "maghrib": "maroc",
    "bdaw": "commencé", "bdat": "commencé", "wlat": "devenue", "wllat": "devenue", "ministra": "ministre",
    "hdraw": "parlé", "hdro": "parlé", "hadr": "présent", "hadir": "présent", "logat": "langues",
    "lughat": "langues", "afrika": "afrique", "dar": "fait", "daro": "fait", "daru": "fait", "kbir": "grand",
    "kbira": "grande", "9rib": "près", "qrib": "près",
    # (tester round 18) "l amphi smito Fatima Al Fihriya 3lach ?", "chkoun li khtar had smiya ?", "Khalid
    # Baddou chno gal ?", "chhal mn pays kano 7adrin ?", "b ayy lougha ?", "wach signaw l'accord ?"
    "smito": "nom", "smitou": "nom", "smiya": "nom", "smia": "nom", "smitha": "nom",
    "khtar": "choisi", "khtarat": "choisi", "khtaro": "choisi", "gal": "dit", "galt": "dit", "galo": "dit",
    "qal": "dit", "7adrin": "représentés", "hadrin": "représentés", "lougha": "langue", "logha": "langue",
    "lugha": "langue", "signaw": "signé", "signa": "signé", "siniw": "signé", "tartib": "ordre",
    "dayrinou": "fait", "dayrin": "fait", "dayra": "fait", "khdmo": "travaillé", "katkhdem": "fonctionne",
    "kaykhdmo": "travaillent", "kaykhdem": "travaille", "wla": "ou", "ola": "ou", "wela": "ou",
    "chmen": "quel", "chmn": "quel", "achmen": "quel", "akhor": "autre", "akhra": "autre", "khrin": "autres",
    "okhrin": "autres", "drari": "enfants",
    # English words in Moroccan chat: "ana student f UM6P", "fin kayn l building dyalhom ?"
    "student": "étudiant", "students": "étudiants", "building": "bâtiment", "internship": "stage",
    "events": "événements", "exactly": "exactement",
    # Typed as said (tester round 18): "ai mouvman c ou", "je veu savoir… pour les enfan"
    "mouvman": "movement", "movmen": "movement", "movman": "movement", "mouvmen": "movement",
    "veu": "veux", "enfan": "enfants", "aler": "aller", "maintenan": "maintenant", "batiman": "bâtiment",
    "pourkoi": "pourquoi", "formasion": "formation",
}

# Snowball's French stop list, accent-folded, with two deliberate changes:
# "ai" is kept (it is the English acronym in "Ai Movement", "AI Master"), and
# question words, politeness, chat filler and texting ("jai", "jsuis"), discourse markers ("ok", "sinon"),
# the copula "devenir" and the modal verbs (vouloir, pouvoir, devoir, falloir,
# aller) are added: they say what kind of answer is wanted, not what it is
# about ("elle est devenue ministre" asks about "ministre" as "elle est
# ministre" does; "pourquoi voulait-il le label" about the label).
_SNOWBALL = """
au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me meme
mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton
tu un une vos votre vous c d j l a m n s t y ete etee etees etes etant etante etants etantes
suis es est sommes sont serai seras sera serons serez seront serais serait serions seriez seraient
etais etait etions etiez etaient fus fut fumes futes furent sois soit soyons soyez soient fusse
fusses fussions fussiez fussent ayant ayante ayantes ayants eu eue eues eus as avons avez ont
aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient avais avait avions
aviez avaient eut eumes eutes eurent aie aies ait ayons ayez aient eusse eusses eut eussions
eussiez eussent
"""
_QUESTION_AND_CHAT = """
elles
quel quelle quels quelles lequel laquelle lesquels lesquelles quoi quand comment combien pourquoi
dont est-ce cela ceci ca cet cette celui celle ceux celles ici la-bas labas bas voici voila
svp stp merci bonjour bonsoir salut coucou hello please slt slm bjr bsr cc salam wesh wsh khoya khouya safi jsp cv mdr ptdr lol
wach wash kayn kayna kaynin chi dak dik dakchi dyal dial dyalhom dyalha dyalo dyali dyalna dialhom 3la f ola wla huwa howa hiya
bghit bghina n3ref ghir hadi hada li mn
homa houma huma hoa had hadak hadik hadou w b m3a ma3a tma temma fih fiha kano kanou kant ayy nfs ana bzaf bezzaf
3ndhom 3andhom 3ndkom 3andkom 3ndek dame dames
jsuis chuis jsui jveux jveu jpeux jsais jai
peux pouvez peut pourriez pourrais sais savez savoir dire dis dites connais connaissez
aimerais voudrais voulez veux y-a-t-il t-il t-elle il-y ya
tout toute tous toutes
m mme mmes mlle madame monsieur messieurs mr dr pr
exactement precisement vraiment concerne concernant sujet sujets propos chose choses truc trucs
quelque quelques qqch qqc quelqu'un quelquun
devenir devenu devenue devenus devenues devient deviennent devenait
veut veulent voulait voulaient voulu voudrait voudraient vouloir peuvent pouvait pouvaient pourra pourront pourrait pu
dispose disposent disposait disposaient disposer
dois doit devons devez doivent devait devaient devra devront devrait devraient devoir faut fallait faudra faudrait
va vont allait allaient
ok okay oki sinon bon alors ah oh ben bah euh hein super genial parfait cool bref donc ensuite puis pis aussi
ailleurs ouais oui non
pendant durant lors parmi chez g leurs
etre ci quil quils quon devenant dessus dessous dedans la-dedans ladedans
finalement reellement effectivement justement notamment enfin toujours encore juste techniquement concretement
fameux fameuse fameuses pareille pareilles telle tels telles correctement si ainsi agit agissait
exact exacte exacts exactes precis precise complet complete
"""
STOP_WORDS = frozenset(_SNOWBALL.split()) | frozenset(_QUESTION_AND_CHAT.split())

# A word, elisions included. Hyphens split compounds ("Rabat-Technopolis"
# matches "Rabat"), except after a prefix that makes another thing of the word:
# a "sous-directeur" is no "directeur", a "vice-présidente" no "présidente".
_WORD = re.compile(r"(?:(?:sous|vice|demi|semi|quasi|anti|contre|arri[eè]re)-(?=[^\W\d_]))?"
                   r"[^\W_]+(?:'[^\W_]+)*")
_ORDINAL = re.compile(r"^(\d+)(?:e|eme|er|ere|re|nd|nde|emes|es)$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


def normalize_unicode(text: str) -> str:
    """NFKC composes characters and expands compatibility forms (ﬁ → fi)."""
    return unicodedata.normalize("NFKC", text)


def normalize_apostrophes(text: str) -> str:
    """Typographic apostrophes (’ ‘ ʼ) become the ASCII one."""
    # str.replace per character present: str.translate with a dict costs
    # ~120 ns a character, a tenth of the whole indexing time.
    for mark in _APOSTROPHE_MARKS:
        if mark in text:
            text = text.replace(mark, "'")
    return text


def strip_control(text: str) -> str:
    """Control and invisible formatting characters become spaces."""
    return _CONTROL.sub(" ", text)


def fold(word: str) -> str:
    """Accent and ligature folding: ``Œuvre`` → ``oeuvre``, ``été`` → ``ete``."""
    word = word.replace("œ", "oe").replace("æ", "ae").replace("Œ", "OE").replace("Æ", "AE")
    word = word.replace("ß", "ss")
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def remove_elision(word: str) -> str:
    """``l'unesco`` → ``unesco``; ``aujourd'hui`` → ``aujourdhui`` (not an elision)."""
    head, sep, tail = word.partition("'")
    if not sep:
        return word
    if head in ELISIONS and tail:
        return remove_elision(tail)
    return word.replace("'", "")


MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
# A month as written, with or without its accents: a regex alternation.
MONTH_PATTERN = "(?:" + "|".join(dict.fromkeys(form for month in MONTHS for form in (month, fold(month)))) + ")"

# "le 1er juillet", "du 1er au 13 juillet": the first day of a month, not "premier"
# (a second cohort's camp "du 1er au 13 juillet" is no answer on the first cohort).
_FIRST_DAY = re.compile(rf"\b1er(?=\s+(?:au\b|{MONTH_PATTERN}))")

_ORDINAL_WORDS = ("premier", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme",
                  "septieme", "huitieme", "neuvieme", "dixieme")


# Cardinal number words become digits, so that "quatre axes" meets "4 axes".
_CARDINALS = {w: str(n) for n, w in enumerate(
    "zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize dix-sept dix-huit dix-neuf vingt".split()) if n >= 2}
_CARDINALS.update({"trente": "30", "quarante": "40", "cinquante": "50", "soixante": "60",
                   "cent": "100", "cents": "100", "mille": "1000"})


def normalize_number(word: str) -> str:
    """Numbers in one spelling: cardinal words become digits (``quatre`` → ``4``),
    small ordinals become words as usually written (``2e`` → ``deuxieme``),
    other ordinals keep their number (``42eme`` → ``42``)."""
    if word in _CARDINALS:
        return _CARDINALS[word]
    match = _ORDINAL.match(word)
    if not match:
        return word
    n = int(match.group(1))
    return _ORDINAL_WORDS[n - 1] if 1 <= n <= len(_ORDINAL_WORDS) else match.group(1)


# Apostrophes typed away: "cest", "sest", "quest ce que", "cetait"; "lia", "lunesco", "lum6p" (l' before
# a name no French word starts with); "jusqua quand".
_LOST_APOSTROPHE = re.compile(r"\b([cs]|qu)\s?(est|[eé]tait)\b|\b(l)(ia|unesco|um6p|ocp|onu|afd|auf)\b"
                              r"|\b(jusqu)(a|au|aux|en|ici|ou|où)\b", re.IGNORECASE)


def restore_apostrophes(message: str) -> str:
    """A chat message with the apostrophes texting drops put back ("cest quoi" →
    "c'est quoi"), so that it reads as the question it is."""
    return _LOST_APOSTROPHE.sub(lambda m: "'".join(filter(None, m.groups())), message)


# Shorthand as a message's patterns read it: the words of SHORTHAND, spelled in full where
# the word a term needs is not the phrase a sentence needs ("yatil" is "y a-t-il").
# ("c" and "cé" are "c'est" before a word: _TEXTED_CEST.)
_WRITTEN_OUT = {**{w: full for w, full in SHORTHAND.items() if w not in ("c", "cé")},
                "yatil": "y a-t-il", "yavait": "y avait", "yaura": "y aura", "yaurait": "y aurait",
                "yont": "y ont", "lequipe": "l'équipe",
                **dict.fromkeys(("sapel", "sapelle", "sappel", "sappelle"), "s'appelle")}
_SHORTHAND_WORD = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(_WRITTEN_OUT, key=len, reverse=True)))
                             + r")(?![\w'’-])", re.IGNORECASE)
# Darija "fin" is "où" next to a darija word ("fin kayn ai movement", "bdaw fin"); alone it is French.
_DARIJA_WHERE = re.compile(r"\bfin(?=\s+(?:kayn|kayna|kaynin|kain|howa|hiya|homa|jat|ja|ghadi|bdaw|bdat|exactement)\b)"
                           r"|(?<=\b(?:kayn|bdaw|bdat|howa|hiya|homa) )fin\b", re.IGNORECASE)
# Darija "kan" is "était" ("chkoun li kan hadr", "ch7al kan l budget"), texted "kan" is "quand".
_DARIJA_WAS = re.compile(r"\b(li|chhal|ch7al|chhhal) kan\b", re.IGNORECASE)
# Darija "kayn f X" is "se trouve à X" ("Ai Movement kayn f Rabat wla f Benguerir ?").
_DARIJA_IS_AT = re.compile(r"\b(?:kayn|kayna|kain)\s+f\b", re.IGNORECASE)
# Punctuation dictated to a phone: "et il y avait combien de pays virgule à peu près", "ils travaillaient
# sur quoi point d'interrogation" (the marks that end a sentence only at the end: "le point final du texte").
_DICTATED_COMMA = re.compile(r"\s*\bvirgule\b", re.IGNORECASE)
_DICTATED_END = re.compile(r"\s*\bpoint\s+(?:d['’](interrogation|exclamation)|final|à\s+la\s+ligne)\W*$", re.IGNORECASE)
_DICTATED_MARKS = {"interrogation": " ?", "exclamation": " !"}  # else a full stop
# "c koi", "cé ki", "c vrai ?": "c'est" before a word ("c est" has its apostrophe put back).
_TEXTED_CEST = re.compile(r"(?<![\w'’-])cé?\s+(?=[^\W\d_])(?!(?:est|[eé]tait)\b)", re.IGNORECASE)


def spelled_out(message: str) -> str:
    """A chat message as the question it is: the apostrophes texting drops put back
    (:func:`restore_apostrophes`) and its shorthand written out ("ki" → "qui",
    "c koi" → "c'est quoi", "chhal" → "combien"), so that every pattern reading
    questions reads French words only."""
    message = _DICTATED_END.sub(lambda m: _DICTATED_MARKS.get((m.group(1) or "").lower(), "."),
                                _DICTATED_COMMA.sub(",", message))
    message = _DARIJA_WAS.sub(r"\1 était", _TEXTED_CEST.sub("c'est ", restore_apostrophes(message)))
    message = _DARIJA_IS_AT.sub("se trouve à", _DARIJA_WHERE.sub("où", message))
    return _SHORTHAND_WORD.sub(lambda m: _WRITTEN_OUT[m.group(0).lower()], message)


def clean(text: str) -> str:
    """The character-level steps applied before splitting into words."""
    return normalize_apostrophes(strip_control(normalize_unicode(text))).lower()


MEMO_CHARS = 4096  # longer texts (a 100,000-character message) are folded, not memoised


def folded(text: str) -> str:
    """A message as its patterns read it: cleaned (lower case, one apostrophe) and accent-folded
    (memoised: each message is read by a dozen patterns, in intake and the conversation)."""
    return _folded(text) if len(text) <= MEMO_CHARS else fold(clean(text))


@lru_cache(maxsize=1024)
def _folded(text: str) -> str:
    return fold(clean(text))


def minimal_stem(word: str) -> str:
    """A light French stemmer (plural and feminine endings only).

    Savoy's "minimal" stemmer as in Lucene's FrenchMinimalStemmer, applied to
    folded words: ``programmes`` → ``programme``, ``nationaux`` → ``national``.
    """
    if len(word) < 6:
        return word
    if word.endswith("aux"):
        return word[:-3] + "al"
    if word.endswith(("s", "x", "r")):
        word = word[:-1]
    if word.endswith("e"):
        word = word[:-1]
    if len(word) > 4 and word[-1] == word[-2]:
        word = word[:-1]
    return word


def singular_verb(word: str) -> str:
    """A present-tense third-person plural of an -er verb in its singular form
    (``participent`` → ``participe``): Snowball leaves "-ent" on (it would also
    cut nouns such as ``moment``), so "ils participent" never met "participer".
    Only when the singular and the infinitive are known words and the plural is
    the rarer spelling (``président`` and ``parent`` stay)."""
    if len(word) < 6 or not word.endswith("ent"):
        return word
    singular = word[:-2]
    if is_common_word(singular + "r") and zipf(word) < zipf(singular):
        return singular
    return word


# Words Snowball stems like unrelated ones (as Lucene's StemmerOverrideFilter
# would fix them): "environnement" like "environ" (about), "égalité" and
# "également", "direction" and "directement", "étudiants" and "étudié",
# "données" (data) and "donne"… Each keeps a stem of its own.
_OWN_STEM = {
    **dict.fromkeys(("environnement", "environnements", "environnemental", "environnementale",
                     "environnementaux", "environnementales"), "environnement"),
    "egalement": "egalement",
    **dict.fromkeys(("egalite", "egalites"), "egalite"),
    "directement": "directement",
    **dict.fromkeys(("parlement", "parlements", "parlementaire", "parlementaires"), "parlement"),
    "donnees": "donnees",
    **dict.fromkeys(("communication", "communications"), "communication"),
    **dict.fromkeys(("etablissement", "etablissements"), "etablissement"),
    **dict.fromkeys(("etudiant", "etudiants", "etudiante", "etudiantes"), "etudiant"),
    **dict.fromkeys(("classement", "classements"), "classement"),
    **dict.fromkeys(("fondement", "fondements"), "fondement"),
    **dict.fromkeys(("batiment", "batiments"), "batiment"),
}


def snowball_stemmer(max_memo: int = 500_000) -> Callable[[list[str]], list[str]]:
    """Snowball French (PyStemmer) for folded words.

    Snowball's rules need accents ("encadrées" loses "ées", "encadrees" only
    "s"), so each folded word gets back its usual spelling from the French
    lexicon before stemming, and the stem is folded again. Words are memoised.
    """
    stem = Stemmer.Stemmer("french").stemWords
    memo: dict[str, str] = dict(_OWN_STEM)

    def stem_words(words: list[str]) -> list[str]:
        missing = [w for w in dict.fromkeys(words) if w not in memo]
        if missing:
            if len(memo) > max_memo:
                memo.clear()
                memo.update(_OWN_STEM)
            memo.update(zip(missing, map(fold, stem([accented(singular_verb(w)) for w in missing]))))
        return [memo[w] for w in words]

    return stem_words


@lru_cache(maxsize=1 << 16)
def surface_word(raw: str) -> str:
    """One raw lowercase word to its folded surface form (memoised: texts repeat words)."""
    word = remove_elision(raw).replace("-", "")
    word = SHORTHAND.get(word, word)
    return normalize_number(fold(word))


def make_stemmer(name: str) -> Callable[[list[str]], list[str]]:
    """Return a list-of-words stemmer: ``snowball`` (PyStemmer), ``light`` or ``none``."""
    if name == "snowball":
        return snowball_stemmer()
    if name == "light":
        return lambda words: [minimal_stem(w) for w in words]
    return list


@dataclass(frozen=True)
class Analyzer:
    """Turns French text into the terms that BM25 indexes and matches."""

    stemmer: str = "snowball"
    stop_words: frozenset[str] = STOP_WORDS
    _stem: Callable[[list[str]], list[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_stem", make_stemmer(self.stemmer))

    def words(self, text: str) -> list[str]:
        """Folded surface words, elisions removed, stop words kept."""
        return list(map(surface_word, _WORD.findall(_FIRST_DAY.sub("1", clean(text)))))

    def content_words(self, text: str) -> list[str]:
        """Folded surface words that carry meaning (stop words removed)."""
        stop = self.stop_words
        return [w for w in self.words(text) if w not in stop]

    def stem_words(self, words: Iterable[str]) -> list[str]:
        """Stem already-folded content words."""
        return self._stem(list(words))

    def terms(self, text: str) -> list[str]:
        """The indexed terms of a text: content words, stemmed."""
        return self.stem_words(self.content_words(text))
