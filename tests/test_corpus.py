"""Loading documents: front matter, passages, and clear errors naming the file."""

import pytest

from askbot.corpus import asked_of, load_corpus, load_synonyms
from askbot.sentences import cap_paragraph, split_sentences
from askbot.errors import CorpusError
from askbot.wording import describe_error

SHEET = """\
---
title: "Fiche de test"
sources:
  - https://example.org/a
updated: 2026-11-28
---
# Fiche de test

## Première section

Le premier paragraphe parle du dôme. Il a deux phrases.

Le second paragraphe parle du campus.

## Seconde section

Un paragraphe sous un autre titre.
"""


def test_markdown_is_split_by_heading_and_paragraph(make_corpus):
    corpus = load_corpus(make_corpus({"fiche.md": SHEET}))
    (doc,) = corpus.documents
    assert doc.title == "Fiche de test" and doc.url == "https://example.org/a"
    assert [(p.heading, p.text[:20]) for p in corpus.passages] == [
        ("Première section", "Le premier paragraph"),
        ("Première section", "Le second paragraphe"),
        ("Seconde section", "Un paragraphe sous u"),
    ]
    assert all(p.title == "Fiche de test" and p.doc == "fiche.md" for p in corpus.passages)


def test_plain_text_without_blank_lines_has_a_passage_per_line(make_corpus):
    text = "---\ntitle: Communiqué\nsource: https://x.org\n---\nCommuniqué\nLigne un.\nLigne deux.\n"
    corpus = load_corpus(make_corpus({"c.txt": text}))
    assert [p.text for p in corpus.passages] == ["Ligne un.", "Ligne deux."]  # title line skipped


def test_title_falls_back_to_first_heading_then_file_name(make_corpus):
    corpus = load_corpus(make_corpus({"a.md": "# Titre A\n\nTexte.", "b-c.md": "Texte seul."}))
    assert [d.title for d in corpus.documents] == ["Titre A", "b c"]


def test_long_paragraphs_are_capped_on_sentence_boundaries():
    paragraph = " ".join(f"Phrase numéro {i} du texte." for i in range(60))
    chunks = cap_paragraph(paragraph, 200)
    assert all(len(c) <= 200 for c in chunks) and len(chunks) > 5
    assert all(c.endswith(".") for c in chunks)
    assert " ".join(chunks) == paragraph


def test_sentence_splitting_keeps_abbreviations():
    assert split_sentences("M. Dupont est venu. Il est reparti ! Et après ?") == [
        "M. Dupont est venu.", "Il est reparti !", "Et après ?"]
    # An abbreviation is a whole word: "administration." and "campus." end sentences.
    assert split_sentences("Chargée de l'administration. Au poste de Mme. Alaoui, voir p. 3. Sur le campus. Fin.") == [
        "Chargée de l'administration.", "Au poste de Mme. Alaoui, voir p. 3.", "Sur le campus.", "Fin."]
    # A name's initial does not end a sentence; a word of two capitals does.
    assert split_sentences("Firmin E. Matoko était présent. Il parlait de l'UNESCO. Puis de la catégorie II. Fin.") == [
        "Firmin E. Matoko était présent.", "Il parlait de l'UNESCO.", "Puis de la catégorie II.", "Fin."]
    # A month's abbreviation neither: "le communiqué de nov. 2023" (dev-fifteenth).
    assert split_sentences("D'après le communiqué de nov. 2023, qu'a-t-il confirmé ? Rien.") == [
        "D'après le communiqué de nov. 2023, qu'a-t-il confirmé ?", "Rien."]


def test_shipped_corpus_loads_with_titles_and_sources(shipped_corpus):
    from conftest import ROOT, SHIPPED_FILES

    assert {p.name for p in (ROOT / "corpus").iterdir()} >= set(SHIPPED_FILES)
    corpus = load_corpus(shipped_corpus)
    assert len(corpus.documents) >= 9
    assert all(d.title for d in corpus.documents)
    sheets = [d for d in corpus.documents if d.path.endswith(".md")]
    assert all(isinstance(d.meta.get("sources"), list) and d.meta["sources"] for d in sheets)


def test_press_release_is_unchanged_after_its_front_matter():
    from conftest import ROOT

    seed = ROOT.parent / "shared" / "corpus-seed" / "communique-unesco-2023.txt"
    if not seed.exists():
        pytest.skip("shared/ is not beside this checkout")
    shipped = (ROOT / "corpus" / "communique-unesco-2023.txt").read_text(encoding="utf-8")
    assert shipped.startswith("---\n")
    body = shipped.split("\n---\n", 1)[1]
    assert body == seed.read_text(encoding="utf-8")


@pytest.mark.parametrize("files,reason", [
    ({"a.md": "---\ntitle: [unclosed\n---\nTexte."}, "front_matter"),
    ({"a.md": "---\n- a list\n---\nTexte."}, "front_matter"),
    ({"a.md": "---\ntitle: x\nTexte sans fin d'en-tête."}, "front_matter"),
    ({}, "empty"),
    ({"notes.yaml": "a: 1"}, "empty"),
])
def test_bad_corpus_raises_naming_the_file(make_corpus, files, reason):
    directory = make_corpus(files)
    with pytest.raises(CorpusError) as err:
        load_corpus(directory)
    assert err.value.reason == reason
    assert err.value.path is not None and str(directory) in str(err.value.path)


def test_invalid_utf8_and_missing_directory(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "bad.txt").write_bytes(b"caf\xe9 au lait")
    with pytest.raises(CorpusError) as err:
        load_corpus(tmp_path / "c")
    assert err.value.reason == "invalid_utf8" and err.value.path.name == "bad.txt"
    with pytest.raises(CorpusError) as err:
        load_corpus(tmp_path / "nowhere")
    assert err.value.reason == "missing_dir"


def test_synonyms_file(tmp_path):
    path = tmp_path / "s.yaml"
    assert load_synonyms(path) == ()
    path.write_text("groups:\n  - [IA, intelligence artificielle]\n", encoding="utf-8")
    assert load_synonyms(path) == (("IA", "intelligence artificielle"),)
    path.write_text("groups: [IA]\n", encoding="utf-8")
    with pytest.raises(CorpusError):
        load_synonyms(path)


def test_markdown_emphasis_is_not_quoted(make_corpus):
    corpus = load_corpus(make_corpus({"a.md": "Selon *Le Monde*, le **dôme** abrite le centre ; 2 * 3 = 6.\n"}))
    assert corpus.passages[0].text == "Selon Le Monde, le dôme abrite le centre ; 2 * 3 = 6."


QUESTIONED = """\
---
title: "Fiche de test"
questions:
  "Première section":
    - "Quelle est la taille de la coupole ?"
  "Une introduction sans titre":
    - "Et avant les titres ?"
---
Une introduction sans titre.

## Première section

Le premier paragraphe parle du dôme.

Le second paragraphe parle du campus.
"""


def test_questions_belong_to_the_section_or_the_excerpt_they_are_keyed_by(make_corpus):
    corpus = load_corpus(make_corpus({"fiche.md": QUESTIONED}))
    (doc,) = corpus.documents
    assert [asked_of(p, doc.questions) for p in corpus.passages] == [
        ("Et avant les titres ?",),  # a verbatim excerpt of a passage under no heading
        ("Quelle est la taille de la coupole ?",),  # every passage of the section
        ("Quelle est la taille de la coupole ?",),
    ]


SOURCED = """\
---
title: Fiche
sources:
  - https://exemple.ma/site
  - https://journal.ma/article
section_sources:
  "Budget": ["https://journal.ma/article", "https://exemple.ma/site"]
  "En bref": []
---
## Présentation

Le centre Alpha est à Rabat.

## Budget

Selon le Journal, le budget du centre Alpha est de 3 millions.

## En bref

Le centre Alpha, à Rabat, a un budget de 3 millions.
"""


def test_a_section_shows_the_source_it_was_written_from(make_corpus):
    passages = load_corpus(make_corpus({"fiche.md": SOURCED})).passages
    # The section without sources of its own keeps the document's; the summary has none.
    assert [p.url for p in passages] == ["https://exemple.ma/site", "https://journal.ma/article", None]


@pytest.mark.parametrize("front,reason", [
    ('questions: ["Quelle taille ?"]', "questions"),
    ('questions:\n  "Première section": "Quelle taille ?"', "questions"),
    ('questions:\n  "Première section": [3]', "questions"),
    ('questions:\n  "Section disparue": ["Quelle taille ?"]', "questions_unmatched"),
    # A word of a passage under a heading is no key: it would hide a misspelt heading.
    ('questions:\n  "dôme": ["Quelle taille ?"]', "questions_unmatched"),
    ('section_sources: ["https://exemple.ma"]', "section_sources"),
    ('section_sources:\n  "Première section": "https://exemple.ma"', "section_sources"),
    ('section_sources:\n  "Première section": [3]', "section_sources"),
    ('section_sources:\n  "Section disparue": ["https://exemple.ma"]', "section_sources_unmatched"),
])
def test_bad_questions_or_section_sources_raise_naming_the_file(make_corpus, front, reason):
    text = f"---\ntitle: Fiche\n{front}\n---\n## Première section\n\nLe dôme.\n"
    with pytest.raises(CorpusError) as err:
        load_corpus(make_corpus({"fiche.md": text}))
    assert err.value.reason == reason and err.value.path.name == "fiche.md"
    key = front.split(":")[0]  # the message names the front matter key at fault
    assert (f"« {key} »") in describe_error(err.value)


def test_a_section_headed_en_bref_is_a_summary():
    from askbot.corpus import Passage

    def passage(heading: str) -> Passage:
        return Passage(0, "a.md", "A", heading, "Texte.", None)

    assert passage("Les formations d'Ai Movement en bref").is_summary
    assert passage("Les partenaires En Bref ").is_summary
    assert not passage("Bref historique du centre").is_summary
    assert not passage("").is_summary


def test_a_section_whose_heading_says_sources_disagree_is_a_conflict():
    from askbot.corpus import Passage

    def passage(heading: str) -> Passage:
        return Passage(0, "a.md", "A", heading, "Texte.", None)

    assert passage("Date de création : les sources divergent").is_conflict
    assert passage("Durée du forum : petites divergences").is_conflict
    assert passage("Nombre de participantes : des chiffres qui ne concordent pas").is_conflict
    assert passage("Versions discordantes").is_conflict
    assert not passage("Partenariat avec l'université Concordia").is_conflict
    assert not passage("Date de création").is_conflict


def test_a_passages_section_and_document_are_its_neighbours_sharing_them():
    from askbot.corpus import Passage, Passages

    layout = [("a.md", "Un"), ("a.md", "Un"), ("a.md", "Deux"), ("b.md", "Deux"), ("b.md", "Deux")]
    passages = Passages(Passage(i, doc, doc.upper(), heading, f"Texte {i}.", None)
                        for i, (doc, heading) in enumerate(layout))
    assert list(passages.section(1)) == [0, 1]
    assert list(passages.section(2)) == [2]  # the same heading in the next document is another section
    assert list(passages.section(4)) == [3, 4]
    assert list(passages.document(0)) == [0, 1, 2]
    assert list(passages.document(3)) == [3, 4]
