"""The real ``askbot`` CLI in a subprocess: the ask contract, exit codes, errors."""

import json

from conftest import run_askbot


def test_ask_prints_a_sourced_answer():
    result = run_askbot("ask", "Qui dirige Ai Movement ?")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr
    assert "Amal El Fallah Seghrouchni" in out and "Source : " in out


def test_ask_json_contract():
    result = run_askbot("ask", "--json", "--top-k", "2", "Qui dirige Ai Movement ?")
    data = json.loads(result.stdout)
    assert set(data) == {"question", "answered", "answer", "sources"}
    assert data["question"] == "Qui dirige Ai Movement ?" and data["answered"] is True
    assert len(data["sources"]) == 2
    for source in data["sources"]:
        assert set(source) == {"doc", "title", "score", "text"}
        assert isinstance(source["score"], float) and not source["doc"].startswith("/")
    assert data["sources"][0]["score"] >= data["sources"][1]["score"]


def test_ask_json_refusal_still_lists_candidates():
    data = json.loads(run_askbot("ask", "--json", "Quel est le prix du loyer à Agdal ?").stdout)
    assert data["answered"] is False and data["sources"]


def test_ask_json_stdin_gives_one_line_per_input_line():
    lines = "Qui dirige Ai Movement ?\n\nbonjour\n\xff garbage \x00\nQuel temps fait-il ?\n"
    result = run_askbot("ask", "--json", "-", input=lines)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(out) == 5
    assert [o["answered"] for o in out] == [True, False, False, False, False]
    assert out[1]["question"] == "" and out[1]["sources"] == []


def test_ask_stdin_with_undecodable_bytes():
    result = run_askbot("ask", "--json", "-", input=b"caf\xe9 ?\nQui dirige Ai Movement ?\n")
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 2


def _one_french_line(result):
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    return err


def test_missing_corpus_is_one_clear_line(tmp_path):
    err = _one_french_line(run_askbot("ask", "--corpus", str(tmp_path / "nowhere"), "question"))
    assert "dossier du corpus est introuvable" in err and "nowhere" in err


def test_empty_corpus_and_bad_file(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "aucun document" in _one_french_line(run_askbot("ask", "--corpus", str(empty), "q"))
    (empty / "bad.md").write_bytes(b"\xff\xfe\x00bad")
    err = _one_french_line(run_askbot("ask", "--corpus", str(empty), "q"))
    assert "UTF-8" in err and "bad.md" in err
    (empty / "bad.md").write_text("---\ntitle: [\n---\ntexte", encoding="utf-8")
    assert "front matter" in _one_french_line(run_askbot("ask", "--corpus", str(empty), "q"))
    (empty / "bad.md").write_text('---\nquestions:\n  "Titre disparu": ["Où ?"]\n---\n# Titre\n\ntexte',
                                  encoding="utf-8")
    err = _one_french_line(run_askbot("ask", "--corpus", str(empty), "q"))
    assert "« Titre disparu »" in err and "bad.md" in err


def test_unreadable_file(tmp_path):
    import os

    directory = tmp_path / "c"
    directory.mkdir()
    secret = directory / "secret.md"
    secret.write_text("texte", encoding="utf-8")
    secret.chmod(0)
    if os.access(secret, os.R_OK):  # root reads everything
        secret.unlink()
        secret.mkdir()
        (directory / "x.md").symlink_to(directory / "missing-target.md")
        err = _one_french_line(run_askbot("ask", "--corpus", str(directory), "q"))
        assert "x.md" in err or "aucun document" in err
    else:
        assert "illisible" in _one_french_line(run_askbot("ask", "--corpus", str(directory), "q"))


def test_broken_config_names_file_and_key(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("retrieval:\n  variant: magic\n", encoding="utf-8")
    err = _one_french_line(run_askbot("ask", "--config", str(config), "q"))
    assert "retrieval.variant" in err and str(config) in err
    config.write_text("retrieval: [\n", encoding="utf-8")
    assert "YAML" in _one_french_line(run_askbot("ask", "--config", str(config), "q"))


def test_usage_errors_exit_2_in_french():
    err = _one_french_line(run_askbot("ask"))
    assert "argument obligatoire manquant" in err
    assert "nombre entier" in _one_french_line(run_askbot("ask", "--top-k", "zero", "q"))
    assert "choix invalide" in _one_french_line(run_askbot("frobnicate"))


def test_help_lists_commands_in_french():
    out = run_askbot("--help").stdout.decode()
    assert "Utilisation" in out and "ask" in out and "eval" in out
    out = run_askbot("ask", "--help").stdout.decode()
    assert "--top-k" in out and "--corpus" in out and "--config" in out and "--json" in out


def test_an_unexpected_error_says_how_to_see_its_detail(monkeypatch, capsys, caplog):
    # In process: a bug is made to happen. No traceback, one line saying where -v goes (the
    # sixteenth session's review: "relancez avec -v" sent users to "askbot ask -v", a usage error).
    from askbot import cli
    from askbot.engine import Engine

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(Engine, "ask", broken)
    assert cli.main(["ask", "Qui dirige Ai Movement ?"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and "« askbot -v »" in err
    assert not caplog.records  # (nothing logged without -v)
    assert cli.main(["-v", "ask", "Qui dirige Ai Movement ?"]) == 1
    assert any(record.exc_info and record.exc_info[0] is RuntimeError for record in caplog.records)
