"""Answer-type priors: which questions ask for which kind of passage."""

from __future__ import annotations

import numpy as np
import pytest

from askbot import priors


@pytest.mark.parametrize("question,kinds", [
    ("Puis-je consulter mon dossier ?", {"yes_no"}),
    ("FNAEG : combien de temps y est-on inscrit ?", {"yes_no", "duration"}),
    ("Dans quel delai doit-on me répondre ?", {"yes_no", "duration"}),
    ("Comment faire supprimer un compte Badoo ?", {"yes_no", "steps"}),
    ("Dossier médical : que faire si on me refuse l'accès ?", {"yes_no", "steps"}),
    ("Le phishing, c'est quoi ?", {"yes_no", "definition"}),
    ("Qu'est-ce qu'un cookie ?", {"yes_no", "definition"}),
    ("c koi awitai", {"yes_no", "definition"}),
    ("Que veut dire CIAM ?", {"yes_no", "definition"}),
    ("Que fait Ai Movement ?", {"yes_no", "definition"}),  # what it is and does
    ("Que fait la Fondation OCP pour AWITAI ?", {"yes_no"}),  # what it does for something: not a definition
    ("Comment est fixé le montant de l'amende ?", {"yes_no"}),  # not steps: no infinitive
    ("Qui dirige Ai Movement ?", {"yes_no"}),
])
def test_question_kinds(question, kinds):
    from askbot.text import spelled_out

    # (Questions reach here written out, as Conversation.ask passes them on: "c koi" is "c'est quoi".)
    assert {kind for kind, _ in priors.factors(spelled_out(question))} == kinds


def test_closed_favours_and_open_disfavours_yes_no():
    assert dict(priors.factors("Puis-je m'opposer ?"))["yes_no"] > 1
    assert dict(priors.factors("Qui peut voir mes photos ?"))["yes_no"] < 1


def test_passage_kinds():
    texts = ["Oui. Vous pouvez le demander.", "Les données sont conservées 3 ans.",
             "Le phishing est une forme d'escroquerie.", "Rien de tout cela."]
    kinds = priors.passage_kinds(texts)
    assert {k: list(v) for k, v in kinds.items()} == {
        "yes_no": [0], "duration": [1], "steps": [0], "definition": [2]}


def test_apply_scales_the_passages_asked_for():
    kinds = priors.passage_kinds(["Il faut écrire.", "Texte.", "Oui."])
    scores = priors.apply(np.ones(3), kinds, "Comment supprimer mon compte ?")
    assert scores.tolist() == [priors.ANSWER_TYPE_FACTOR, 1.0, priors.YES_NO_FACTORS["open"]]
