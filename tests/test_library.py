"""Adding, listing and removing documents: what lands in the corpus, and what never does."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import yaml

from askbot.atomic import corpus_lock
from askbot.config import load_config
from askbot.corpus import load_corpus
from askbot.engine import Engine
from askbot.errors import DocumentError
from askbot.library import (add_document, content_hash, find_document, list_documents,
                            remove_document, slugify)
from conftest import SHIPPED_CONFIG
from docfactory import HTML_PAGE, make_docx, make_pdf, make_scanned_pdf, write

BASE = {"base.md": "---\ntitle: Base\n---\n# Base\n\nAi Movement est un centre de l'UM6P à Rabat.\n"}


@pytest.fixture
def corpus(make_corpus):
    return make_corpus(BASE)


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every visible file of the corpus and its bytes (the lock file is not content)."""
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in sorted(directory.rglob("*"))
            if p.is_file() and p.name != ".askbot.lock"}


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


@pytest.mark.parametrize("name, data, title, heading", [
    ("notes.txt", "Note sur le forum\nLe forum a réuni des experts à Rabat.\n", "Note sur le forum", None),
    ("fiche.md", "# Fiche forum\n\n## Lieu\n\nLe forum a réuni des experts à Rabat.\n", "Fiche forum", "## Lieu"),
    ("page.html", HTML_PAGE, "Forum de haut niveau sur l'IA", "## Participants"),
    ("cp.pdf", make_pdf([["Forum à Rabat", "Le forum a réuni des experts à Rabat."]]), "Forum à Rabat", None),
    ("fiche.docx", make_docx([("h1", "Fiche Word"), ("h2", "Lieu"), ("p", "Le forum a réuni des experts.")]),
     "Fiche Word", "## Lieu"),
])
def test_each_format_is_added_as_markdown_with_front_matter(corpus, inbox, name, data, title, heading):
    added = add_document(corpus, write(inbox, name, data), source_url="https://example.org/doc")
    target = corpus / added.path
    assert added.path == Path(name).stem + ".md" and target.is_file()
    assert added.title == title and added.passages >= 1 and added.words >= 5
    meta = front_matter(target)
    assert meta["title"] == title and meta["original_file"] == name
    assert meta["source"] == "https://example.org/doc"
    assert meta["content_hash"] == added.content_hash.strip() and meta["added"]
    if heading:
        assert f"\n{heading}\n" in target.read_text(encoding="utf-8")
    loaded = load_corpus(corpus)
    assert any(d.title == title and d.url == "https://example.org/doc" for d in loaded.documents)


def test_title_option_wins_and_file_name_is_slugified(corpus, inbox):
    added = add_document(corpus, write(inbox, "Été 2024 — Forum (final).txt", "Le forum de Rabat.\n"),
                         title="Forum d'été")
    assert added.title == "Forum d'été"
    assert added.path == "ete-2024-forum-final.md"
    assert slugify("../../etc/passwd") == "etc-passwd"


def test_same_file_name_twice_gets_a_new_name(corpus, inbox):
    first = add_document(corpus, write(inbox, "a/note.txt", "Premier texte sur Rabat.\n"))
    second = add_document(corpus, write(inbox, "b/note.txt", "Second texte sur Tanger.\n"))
    assert (first.path, second.path) == ("note.md", "note-2.md")


def test_duplicate_content_is_refused_naming_the_existing_document(corpus, inbox):
    add_document(corpus, write(inbox, "forum.txt", "Forum\nLe forum a réuni des experts à Rabat.\n"))
    before = snapshot(corpus)
    # Same words, other layout and format: still the same content.
    again = write(inbox, "copie.md", "# Forum\n\nLe   forum a réuni\ndes experts à Rabat.\n")
    with pytest.raises(DocumentError) as caught:
        add_document(corpus, again)
    assert caught.value.reason == "duplicate"
    assert caught.value.detail == "forum.md|Forum"
    assert snapshot(corpus) == before


def test_a_hand_written_document_is_recognised_as_duplicate(corpus, inbox):
    with pytest.raises(DocumentError) as caught:
        add_document(corpus, write(inbox, "base.txt", "Base\nAi Movement est un centre de l'UM6P à Rabat.\n"))
    assert caught.value.reason == "duplicate" and caught.value.detail.startswith("base.md|")


def test_content_hash_ignores_layout_and_case():
    assert content_hash("# Titre\n\nUn  texte.") == content_hash("titre un\ntexte")
    assert content_hash("Un texte.") != content_hash("Un autre texte.")


REFUSALS = [
    ("vide.txt", b"", {}, "empty"),
    ("blanc.md", b"  \n\n\t\n", {}, "empty"),
    ("scan.pdf", make_scanned_pdf(), {}, "no_text"),
    ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, {}, "unsupported_type"),
    ("deguise.pdf", make_docx([("p", "Texte Word.")]), {}, "disguised"),
    ("deguise.txt", make_pdf([["Texte PDF."]]), {}, "disguised"),
    ("binaire.txt", b"abc\x00\x01\x02" * 100, {}, "disguised"),
    ("bruit.txt", bytes((i * 97 + 13) % 255 + 1 for i in range(3000)), {}, "undecodable"),
    ("gros.txt", b"Un texte bien trop long. " * 100, {"max_bytes": 1000}, "too_large"),
    ("titre-seul.md", b"# Seulement un titre\n", {}, "no_text"),
    ("evasion.txt", b"Un texte sur Rabat.\n", {"name": "../evasion.md"}, "unsafe_name"),
    ("evasion2.txt", b"Un texte sur Rabat.\n", {"name": "/tmp/evasion.md"}, "unsafe_name"),
    ("cache.txt", b"Un texte sur Rabat.\n", {"name": ".cache.md"}, "unsafe_name"),
    ("url.txt", b"Un texte sur Rabat.\n", {"source_url": "javascript:alert(1)"}, "bad_url"),
    ("questions.md", '---\nquestions: ["Où ?"]\n---\n# Titre\n\nUn texte sur Rabat.\n'.encode(), {},
     "bad_questions"),
    ("orpheline.md", '---\nquestions:\n  "Titre renommé": ["Où ?"]\n---\n# Titre\n\nUn texte sur Rabat.\n'.encode(),
     {}, "unmatched_questions"),
    ("sources.md", '---\nsection_sources: ["https://a.ma"]\n---\n# Titre\n\nUn texte sur Rabat.\n'.encode(), {},
     "bad_section_sources"),
    ("sources2.md", ('---\nsection_sources:\n  "Titre renommé": ["https://a.ma"]\n---\n# Titre\n\n'
                     'Un texte sur Rabat.\n').encode(), {}, "unmatched_section_sources"),
]


@pytest.mark.parametrize("name, data, options, reason", REFUSALS, ids=[r[0] for r in REFUSALS])
def test_every_refusal_leaves_the_corpus_unchanged(corpus, inbox, name, data, options, reason):
    before = snapshot(corpus)
    with pytest.raises(DocumentError) as caught:
        add_document(corpus, write(inbox, name, data), **options)
    assert caught.value.reason == reason
    assert snapshot(corpus) == before


def add_hackathon(corpus, inbox, front: str, body: str):
    """Add a Markdown file with ``front`` in its front matter: its front matter as written, and an engine."""
    added = add_document(corpus, write(inbox, "hackathon.md", f"---\ntitle: Hackathon\n{front}---\n{body}"))
    return front_matter(corpus / added.path), Engine.from_config(load_config(SHIPPED_CONFIG), corpus)


def test_a_markdown_files_questions_are_kept_and_count(corpus, inbox):
    front, engine = add_hackathon(
        corpus, inbox, 'questions:\n  "Inscription":\n    - "le hackathon est payant ?"\n',
        "## Inscription\n\nLa participation est gratuite. Les inscriptions ferment le 1er mars.\n")
    assert front["questions"] == {"Inscription": ["le hackathon est payant ?"]}
    reply = engine.ask("le hackathon est payant ?")
    assert reply.answered and "La participation est gratuite." in reply.sentences


def test_a_markdown_files_section_sources_are_kept_and_shown(corpus, inbox):
    front, engine = add_hackathon(
        corpus, inbox, 'section_sources:\n  "Inscription": ["https://journal.ma/hackathon"]\n',
        "## Inscription\n\nLa participation au hackathon Gamma est gratuite.\n")
    assert front["section_sources"] == {"Inscription": ["https://journal.ma/hackathon"]}
    reply = engine.ask("le hackathon Gamma est payant ?")
    assert reply.answered and reply.text.endswith("https://journal.ma/hackathon")


def test_missing_file_and_folder_are_refused(corpus, inbox):
    with pytest.raises(DocumentError, match="not_found"):
        add_document(corpus, inbox / "absent.txt")
    with pytest.raises(DocumentError, match="not_a_file"):
        add_document(corpus, inbox)


def test_a_name_through_a_symlink_out_of_the_corpus_is_refused(corpus, inbox, tmp_path):
    outside = tmp_path / "ailleurs"
    outside.mkdir()
    (corpus / "lien").symlink_to(outside, target_is_directory=True)
    with pytest.raises(DocumentError, match="unsafe_name"):
        add_document(corpus, write(inbox, "x.txt", "Un texte sur Rabat.\n"), name="lien/x.md")
    assert list(outside.iterdir()) == []


def test_a_chosen_name_may_use_a_subfolder(corpus, inbox):
    added = add_document(corpus, write(inbox, "x.txt", "Un texte sur Rabat.\n"), name="presse/cp-2024")
    assert added.path == "presse/cp-2024.md" and (corpus / "presse" / "cp-2024.md").is_file()


def test_upload_name_is_used_for_type_and_messages(corpus, inbox):
    upload = write(inbox, "upload.bin", make_pdf([["Forum à Rabat", "Le forum a réuni des experts."]]))
    added = add_document(corpus, upload, original_name="../../Communiqué.pdf")
    assert added.path == "communique.md" and added.original_file == "Communiqué.pdf"
    with pytest.raises(DocumentError) as caught:
        add_document(corpus, write(inbox, "upload2.bin", b""), original_name="vide.pdf")
    assert str(caught.value.path) == "vide.pdf"


def test_list_shows_every_document(corpus, inbox):
    add_document(corpus, write(inbox, "note.txt", "Note\nUn texte sur Rabat et Tanger.\n"))
    docs = {d.path: d for d in list_documents(corpus)}
    assert set(docs) == {"base.md", "note.md"}
    assert docs["note.md"].title == "Note" and docs["note.md"].added and docs["note.md"].passages == 1
    assert docs["base.md"].added is None and docs["base.md"].words == 11


def test_find_and_remove_by_path_or_title(corpus, inbox):
    add_document(corpus, write(inbox, "note.txt", "Note sur Tanger\nUn texte sur Tanger.\n"))
    assert find_document(corpus, "note.md").title == "Note sur Tanger"
    assert find_document(corpus, "NOTE SUR TANGER").path == "note.md"
    assert find_document(corpus, str(corpus / "note.md")).path == "note.md"
    removed = remove_document(corpus, "note sur tanger")
    assert removed.path == "note.md" and not (corpus / "note.md").exists()


def test_a_document_is_found_by_the_name_it_was_added_under(corpus, inbox):
    # Newcomer run: "askbot add horaires_nc.md" stored "horaires-nc.md", and "askbot remove
    # --yes horaires_nc.md" was refused.
    added = add_document(corpus, write(inbox, "Horaires_NC.txt", "Horaires\nOuvert de 9 h à 17 h.\n"))
    assert added.path == "horaires-nc.md"
    assert remove_document(corpus, "Horaires_NC.txt").path == "horaires-nc.md"


@pytest.mark.parametrize("ref, reason", [
    ("../config.yaml", "outside_corpus"),
    ("/etc/passwd", "outside_corpus"),
    ("inconnu", "not_in_corpus"),
    ("absent.md", "not_in_corpus"),
])
def test_removal_refusals(corpus, inbox, ref, reason):
    add_document(corpus, write(inbox, "note.txt", "Note\nUn texte sur Tanger.\n"))
    (corpus.parent / "config.yaml").write_text("x: 1\n")
    before = snapshot(corpus)
    with pytest.raises(DocumentError) as caught:
        remove_document(corpus, ref)
    assert caught.value.reason == reason
    assert snapshot(corpus) == before and (corpus.parent / "config.yaml").exists()


def test_ambiguous_title_and_last_document(make_corpus):
    corpus = make_corpus({"a.md": "---\ntitle: Même\n---\nTexte un.\n", "b.md": "---\ntitle: Même\n---\nTexte deux.\n"})
    with pytest.raises(DocumentError, match="ambiguous"):
        remove_document(corpus, "Même")
    remove_document(corpus, "a.md")
    with pytest.raises(DocumentError, match="last_document"):
        remove_document(corpus, "b.md")
    assert (corpus / "b.md").exists()


# --- Processes: kills and concurrency ------------------------------------------------------

ADD_SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from askbot.library import add_document
    added = add_document(Path(sys.argv[1]), Path(sys.argv[2]))
    print(added.path)
""")


def run_add(corpus: Path, path: Path, crash_at: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "ASKBOT_CRASH_AT"}
    if crash_at:
        env["ASKBOT_CRASH_AT"] = crash_at
    return subprocess.run([sys.executable, "-c", ADD_SCRIPT, str(corpus), str(path)],
                          capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.parametrize("point", ["lock:acquired", "add:converted", "add:before-rename", "add:after-rename"])
def test_sigkill_during_add_leaves_a_consistent_corpus(corpus, inbox, point):
    before = snapshot(corpus)
    doc = write(inbox, "note.txt", "Note tuée\nUn texte sur Tanger et Rabat.\n")
    result = run_add(corpus, doc, crash_at=point)
    assert result.returncode == -9, result.stderr
    after = snapshot(corpus)
    visible = {k for k in after if not k.startswith(".")}
    if point == "add:after-rename":
        assert visible == set(before) | {"note.md"}  # the rename happened: the document is whole
        assert front_matter(corpus / "note.md")["title"] == "Note tuée"
    else:
        assert {k: after[k] for k in visible} == before
    load_corpus(corpus)  # still loads
    # The next add works (the lock died with its holder) and sweeps leftovers.
    retry = run_add(corpus, doc)
    if point == "add:after-rename":
        assert retry.returncode == 1 and "duplicate" in retry.stderr
    else:
        assert retry.returncode == 0, retry.stderr
        assert retry.stdout.strip() == "note.md"
    assert not [k for k in snapshot(corpus) if k.startswith(".askbot-tmp-")]


def test_two_concurrent_adds_both_land(corpus, inbox):
    docs = [write(inbox, f"doc{i}.txt", f"Document {i}\nUn texte numéro {i} sur le centre.\n") for i in range(2)]
    env = {k: v for k, v in os.environ.items() if k != "ASKBOT_CRASH_AT"}
    before = snapshot(corpus)
    with corpus_lock(corpus):  # while someone holds the lock, both adds wait
        procs = [subprocess.Popen([sys.executable, "-c", ADD_SCRIPT, str(corpus), str(d)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for d in docs]
        time.sleep(1.0)
        assert [p.poll() for p in procs] == [None, None]
        assert snapshot(corpus) == before
    outputs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert {o[0].strip() for o in outputs} == {"doc0.md", "doc1.md"}
    assert len(load_corpus(corpus).documents) == 3


def test_two_concurrent_adds_of_the_same_content_keep_one(corpus, inbox):
    docs = [write(inbox, f"copie{i}.txt", "Même texte\nLe même texte sur le centre.\n") for i in range(2)]
    env = {k: v for k, v in os.environ.items() if k != "ASKBOT_CRASH_AT"}
    procs = [subprocess.Popen([sys.executable, "-c", ADD_SCRIPT, str(corpus), str(d)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for d in docs]
    for p in procs:
        p.communicate(timeout=60)
    assert sorted(p.returncode for p in procs) == [0, 1]
    assert len(load_corpus(corpus).documents) == 2
