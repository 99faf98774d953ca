"""Answer-type priors: the form of a question says what kind of passage answers it.

A closed question ("Puis-je … ?") is answered yes or no; "combien de temps"
or "quel délai" by a duration; "comment supprimer …" or "que faire" by steps
to take; "qu'est-ce que …" or "c'est quoi" by a definition. Each kind of
answer is recognised in the passages by its usual French form, once when
indexing (:func:`passage_kinds`); at question time the passages of the kind
asked for have their score multiplied by a factor (:func:`factors`), and
yes/no answers are slightly disfavoured for an open question. A corpus with
no passage of a kind is not affected. Measured in ``benchmarks/README.md``.
"""

from __future__ import annotations

import re
from typing import Sequence

from .query import question_kind
from .retrieval import flagged, scale
from .text import clean, fold

_NUMBER = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quelques|plusieurs)"
DURATION = rf"\b{_NUMBER} +(?:jours?|semaines?|mois|ans?|années?|heures?|minutes?)\b"  # "deux semaines"

# How each kind of answer reads, matched on the raw passage text; the
# pattern is only tried on passages that contain one of the cues (lowercase
# substrings), since scanning every passage with it is slow at scale.
PASSAGE_KINDS = {
    "yes_no": ((), r"^\W*(?:oui|non)\b"),
    "duration": ((" jour", " semaine", " mois", " ans", " anné", " heure", " minute"),
                 DURATION),
    "steps": (("vous pouvez", "vous devez", "il faut", "il suffit", "adressez", "connectez", "rendez-vous",
               "cliquez", "contactez"),
              r"\bvous (?:pouvez|devez)\b|\bil (?:faut|suffit)\b|\b(?:adressez|connectez|rendez|cliquez|"
              r"contactez)-vous\b|\b(?:adressez|contactez|cliquez)\b"),
    "definition": ((), r"^[^.]{0,200}?\b(?:(?:est|sont) (?:un|une|des|le|la|les|l')|ce sont|désigne|consiste|"
                       r"signifie)\b"),
}

# Questions asking for each kind, matched on the folded question (accents optional).
_PRONOUNS = r"(?:(?:me|m'|se|s'|te|t'|nous|vous|le|la|les|l'|en|y|lui|leur)\s?)*"
QUESTION_KINDS = {
    "duration": r"combien de temps|\bquels? (?:delais?|duree)|\bquelle duree|jusqu'a quand|\bdelai|\bduree",
    "steps": rf"\bcomment {_PRONOUNS}\w+(?:er|ir|re|oir)\b|que faire|quelles? demarches?|"
             r"(?:a qui|ou) (?:m'|s'|se |me )?adresser",
    "definition": r"qu'est[- ]ce qu|\bce qu'est\b|\bce que sont\b|\bce que c'est\b|c'est quoi|que signifie|que veut dire|qu'entend[- ]on|"
                  r"qu'appelle[- ]t[- ]on|\bdefinition"
                  r"|^\W*(?:qu'est[- ]ce )?qu[e'] ?(?:fait|font)(?: [\w'-]+){1,3}\W*$",
}
ANSWER_TYPE_FACTOR = 1.2  # a passage of the kind asked for
YES_NO_FACTORS = {"closed": 1.2, "open": 0.9}  # a yes/no passage, by the question's kind

_PASSAGE_RES = {kind: (cues, re.compile(p, re.IGNORECASE)) for kind, (cues, p) in PASSAGE_KINDS.items()}
_QUESTION_RES = {kind: re.compile(p) for kind, p in QUESTION_KINDS.items()}


def passage_kinds(texts: Sequence[str]) -> dict[str, Sequence[int]]:
    """For each kind of answer, the positions of the passages that read as one."""
    lowered = [t.lower() for t in texts]
    return {kind: flagged(_reads_as(t, low, cues, pattern) for t, low in zip(texts, lowered))
            for kind, (cues, pattern) in _PASSAGE_RES.items()}


_AROUND = 32  # characters on each side of a cue within which its pattern must match
_OPENING = 216  # the definition pattern matches within a passage's first 200 characters and a verb


def _reads_as(text: str, lowered: str, cues: tuple[str, ...], pattern: re.Pattern) -> bool:
    """Whether the pattern matches; with cues, only near where a cue occurs (the
    patterns are short phrases around their cue), which is what keeps this fast."""
    if not cues:
        return bool(pattern.search(text, 0, _OPENING))
    for cue in cues:
        at = lowered.find(cue)
        while at >= 0:
            if pattern.search(text, max(0, at - _AROUND), at + len(cue) + _AROUND):
                return True
            at = lowered.find(cue, at + 1)
    return False


def asks_for(kind: str, question: str) -> bool:
    """Whether a question asks for an answer of this kind ("definition", "duration", "steps")."""
    return bool(_QUESTION_RES[kind].search(fold(clean(question))))


def factors(question: str) -> list[tuple[str, float]]:
    """The kinds of passage a question favours (factor > 1) or disfavours (< 1)."""
    out = []
    yes_no = YES_NO_FACTORS.get(question_kind(question))
    if yes_no is not None:
        out.append(("yes_no", yes_no))
    folded = fold(clean(question))
    out += [(kind, ANSWER_TYPE_FACTOR) for kind, pattern in _QUESTION_RES.items() if pattern.search(folded)]
    return out


def apply(scores, kinds: dict[str, Sequence[int]], question: str):
    """Multiply, in place, the scores of the passages of each kind the question asks for."""
    for kind, factor in factors(question):
        favoured = kinds.get(kind)
        if favoured is not None:
            scale(scores, favoured, factor)
    return scores
