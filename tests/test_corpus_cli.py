"""``askbot add / list / remove / index`` through the real CLI, and add-then-ask in one chat session."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import run_askbot
from docfactory import HTML_PAGE, make_docx, make_pdf, make_scanned_pdf, write

DOCS = {
    "centre.md": "---\ntitle: Le centre\n---\n# Le centre\n\nAi Movement est le centre d'intelligence "
                 "artificielle de l'UM6P, installé à Rabat.\n",
    "forum.md": "---\ntitle: Le forum\n---\n# Le forum\n\nLe forum de haut niveau s'est tenu à Rabat "
                "en juin 2024.\n",
}


@pytest.fixture
def site(tmp_path, make_corpus):
    """A working folder with a corpus/ and no config.yaml (defaults apply)."""
    make_corpus(DOCS)
    return tmp_path


def askbot(site, *args, **kwargs):
    result = run_askbot(*args, cwd=site, **kwargs)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def corpus_files(site) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (site / "corpus").iterdir() if not p.name.startswith(".")}


def test_add_every_format_prints_title_passages_and_words(site):
    inbox = site / "inbox"
    paths = [write(inbox, "note.txt", "Note de service\nLe centre ouvre ses portes en septembre.\n"),
             write(inbox, "page.html", HTML_PAGE),
             write(inbox, "cp.pdf", make_pdf([["Communiqué Zorglub", "Le siège de Zorglub est à Tanger."]])),
             write(inbox, "fiche.docx", make_docx([("h1", "Fiche AWITAI"), ("p", "Le programme forme des femmes.")]))]
    code, out, err = askbot(site, "add", *map(str, paths))
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 4
    assert lines[0] == "Ajouté : « Note de service » (corpus/note.md) : 1 passage, 10 mots."
    assert "« Forum de haut niveau sur l'IA »" in lines[1]
    assert "« Communiqué Zorglub »" in lines[2] and "« Fiche AWITAI »" in lines[3]
    assert {"note.md", "page.md", "cp.md", "fiche.md"} <= set(corpus_files(site))


@pytest.mark.parametrize("name, data, words", [
    ("vide.txt", b"", "le fichier est vide"),
    ("scan.pdf", make_scanned_pdf(), "document numérisé"),
    ("faux.pdf", b"Ceci n'est pas un PDF.", "ne correspond pas à son extension"),
    ("image.png", b"\x89PNG\r\n\x1a\n", "n'est pas pris en charge"),
])
def test_a_refused_file_gets_one_french_line_exit_2_and_no_change(site, name, data, words):
    before = corpus_files(site)
    code, out, err = askbot(site, "add", str(write(site / "inbox", name, data)))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("askbot : Document refusé : ") and words in err
    assert "Traceback" not in err
    assert corpus_files(site) == before


def test_size_limit_comes_from_the_configuration(site):
    (site / "config.yaml").write_text("library:\n  max_file_mb: 0.001\n")
    code, _, err = askbot(site, "add", str(write(site / "inbox", "long.txt", "Un texte sur Rabat. " * 100)))
    assert code == 2 and "trop volumineux" in err and "library.max_file_mb" in err


def test_a_duplicate_is_refused_naming_the_existing_document(site):
    path = write(site / "inbox", "forum.txt", "Le forum\nLe forum de haut niveau s'est tenu à Rabat en juin 2024.\n")
    code, _, err = askbot(site, "add", str(path))
    assert code == 2 and "déjà dans le corpus" in err and "« Le forum » (forum.md)" in err


def test_with_several_files_the_good_ones_land_and_the_status_says_some_failed(site):
    good = write(site / "inbox", "bon.txt", "Bon document\nUn texte sur Tanger.\n")
    bad = write(site / "inbox", "vide.txt", "")
    code, out, err = askbot(site, "add", str(good), str(bad))
    assert code == 2 and "« Bon document »" in out and "le fichier est vide" in err
    assert "bon.md" in corpus_files(site)


def test_list_and_list_json(site):
    write(site / "inbox", "n.txt", "Note\nUn texte sur Tanger.\n")
    askbot(site, "add", str(site / "inbox" / "n.txt"))
    code, out, _ = askbot(site, "list")
    assert code == 0
    assert out.splitlines()[0].split() == ["Document", "Titre", "Passages", "Ajouté", "le"]
    assert "3 documents, 3 passages." in out
    code, out, _ = askbot(site, "list", "--json")
    docs = json.loads(out)
    assert [d["path"] for d in docs] == ["centre.md", "forum.md", "n.md"]
    assert set(docs[2]) == {"path", "title", "passages", "words", "added", "source_url", "original_file"}
    assert docs[2]["original_file"] == "n.txt" and docs[0]["added"] is None


def test_remove_needs_yes_when_not_on_a_terminal(site):
    code, _, err = askbot(site, "remove", "forum.md")
    assert code == 2 and "--yes" in err and (site / "corpus" / "forum.md").exists()
    code, out, _ = askbot(site, "remove", "--yes", "Le forum")
    assert code == 0 and out == "Retiré : « Le forum » (forum.md).\n"
    assert not (site / "corpus" / "forum.md").exists()
    code, _, err = askbot(site, "remove", "--yes", "../config.yaml")
    assert code == 2 and err.startswith("askbot : Suppression impossible : ce chemin est en dehors")


def test_remove_asks_for_confirmation_on_a_terminal(site):
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    child = pexpect.spawn(sys.executable, ["-m", "askbot", "remove", "forum.md"], cwd=str(site), env=env,
                          encoding="utf-8", timeout=20)
    child.expect(r"Retirer « Le forum » \(forum.md\) du corpus \? \[o/N\] ")
    child.sendline("n")
    child.expect("Rien n'a été retiré.")
    child.expect(pexpect.EOF)
    assert (site / "corpus" / "forum.md").exists()
    child = pexpect.spawn(sys.executable, ["-m", "askbot", "remove", "forum.md"], cwd=str(site), env=env,
                          encoding="utf-8", timeout=20)
    child.expect(r"\[o/N\] ")
    child.sendline("oui")
    child.expect("Retiré : « Le forum »")
    child.expect(pexpect.EOF)
    assert not (site / "corpus" / "forum.md").exists()


def test_index_prints_its_statistics_and_nothing_else_when_piped(site):
    code, out, err = askbot(site, "index")
    assert code == 0 and err == ""
    assert "Documents : 2" in out and "Passages : 2" in out and "Vocabulaire : " in out and "Durée : " in out
    assert "Cache : " in out and "\r" not in out
    assert "Questions indexées" not in out  # none in this corpus


def test_index_counts_the_sections_questions(shipped_corpus):
    from conftest import run_askbot

    out = run_askbot("index", "--corpus", str(shipped_corpus)).stdout.decode()
    count = int(out.split("Questions indexées avec les sections : ")[1].split()[0])
    assert count >= 450  # 4 to 6 for each of the 91 sections and paragraphs


def test_add_then_ask_in_the_same_chat_session(site):
    question = "Où se trouve le siège de la société Zorglub ?\n"
    chat = subprocess.Popen([sys.executable, "-m", "askbot", "chat", "--json"], cwd=site,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8")
    try:
        chat.stdin.write(question)
        chat.stdin.flush()
        assert json.loads(chat.stdout.readline())["answered"] is False
        doc = write(site / "inbox", "zorglub.txt", "Zorglub\nLe siège de la société Zorglub se trouve à Tanger.\n")
        assert askbot(site, "add", str(doc))[0] == 0
        chat.stdin.write(question)
        chat.stdin.flush()
        reply = json.loads(chat.stdout.readline())
        assert reply["answered"] is True and "Tanger" in reply["answer"]
        assert reply["sources"][0]["doc"] == "zorglub.md"
    finally:
        chat.stdin.close()
        chat.wait(timeout=20)
    assert chat.returncode == 0
