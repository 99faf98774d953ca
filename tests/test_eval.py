"""``askbot eval`` on the gold file meets the bar the project set."""

import json

from conftest import ROOT, run_askbot


# The project's targets: 95 % correct answers, 90 % out-of-scope refusals, 80 %
# correct follow-ups. This is the file the answer rules were tuned on, so it
# meets them (96.1 % / 100 % / 88.6 % at 9ae03f8); questions never seen
# score lower, as the README's "Evaluation" section says with its figures.
ANSWERS_TARGET = 0.95
REFUSALS_TARGET = 0.90
FOLLOW_UPS_TARGET = 0.80


def test_gold_file_scores_hold(shipped_corpus):
    result = run_askbot("eval", "--json", "--corpus", str(shipped_corpus), str(ROOT / "eval" / "gold.yaml"))
    assert result.returncode == 0, result.stderr
    m = json.loads(result.stdout)
    assert m["answerable"] >= 70 and m["out_of_scope"] >= 25 and m["dialogues"] >= 20
    assert m["answer_contains_expected"] >= ANSWERS_TARGET, m
    assert m["out_of_scope_refused"] >= REFUSALS_TARGET, m
    assert m["follow_ups_correct"] >= FOLLOW_UPS_TARGET, m


def test_eval_prints_metrics_and_failures(tmp_path):
    gold = tmp_path / "g.yaml"
    gold.write_text(
        'questions:\n  - q: "Qui dirige Ai Movement ?"\n    doc: direction.md\n'
        '    expect: "Amal El Fallah Seghrouchni"\n  - q: "Quelle est la capitale du Pérou ?"\n'
        '    out_of_scope: true\n', encoding="utf-8")
    out = run_askbot("eval", str(gold)).stdout.decode()
    assert "hit@1 1.000" in out and "refusées : 100,0 %" in out
    assert "manquées — refus : 0 · réponse tirée d'un autre document : 0" in out


def test_eval_counts_the_kinds_of_missed_answers(tmp_path):
    gold = tmp_path / "g.yaml"
    gold.write_text(
        'questions:\n'
        '  - q: "Qui dirige Ai Movement ?"\n    doc: formations.md\n    expect: "Seghrouchni"\n'  # other document
        '  - q: "Qui dirige Ai Movement ?"\n    doc: direction.md\n    expect: "Ghita Mezzour"\n'  # string absent
        '  - q: "Quelle est la recette du couscous ?"\n    doc: direction.md\n    expect: "semoule"\n',  # refused
        encoding="utf-8")
    m = json.loads(run_askbot("eval", "--json", str(gold)).stdout)
    assert (m["missed_refused"], m["missed_other_document"], m["missed_same_document"]) == (1, 1, 1)


def test_bad_gold_file_is_a_clear_error(tmp_path):
    gold = tmp_path / "g.yaml"
    gold.write_text("questions:\n  - q: sans doc\n", encoding="utf-8")
    result = run_askbot("eval", str(gold))
    assert result.returncode == 2 and "Traceback" not in result.stderr.decode()
    assert "g.yaml" in result.stderr.decode()


def test_an_expected_string_is_found_whatever_its_case_accents_spacing_or_number_spelling():
    from askbot.evaluate import _folded

    def contains(answer: str, expected: str) -> bool:
        return _folded(expected) in _folded(answer)

    assert contains("Les 7 piliers d'Ai Movement sont…", "sept piliers")
    assert contains("D'après le COMMUNIQUÉ, il repose sur sept piliers.", "communique, il repose sur 7 piliers")
    assert contains("environ 5\u00a0000 m²", "5 000 m²")
    assert not contains("Les 7 piliers d'Ai Movement sont…", "huit piliers")
    assert not contains("le mardi 14 novembre 2023", "le 14 novembre")  # a string, not a bag of words
