"""Converters: each format gives its text, title and headings; bad files are refused by content."""

from __future__ import annotations

import io
import zipfile

import pytest

from askbot.convert import convert, decode_text, detect_format, sniff
from askbot.convert_office import pdf_paragraphs
from askbot.errors import DocumentError
from docfactory import HTML_PAGE, make_docx, make_pdf, make_scanned_pdf


def test_plain_text_first_line_is_the_title_and_lines_stay_paragraphs():
    result = convert("Communiqué de presse\nLigne un.\nLigne deux.\n".encode(), "c.txt")
    assert result.format == "text"
    assert result.title == "Communiqué de presse"
    assert result.markdown == "# Communiqué de presse\n\nLigne un.\n\nLigne deux.\n"


def test_plain_text_blank_separated_paragraphs_are_joined_and_hashes_escaped():
    text = "Titre\n\nune phrase coupée\nen deux lignes.\n\n# pas un titre\n"
    result = convert(text.encode(), "c.txt")
    assert "une phrase coupée en deux lignes." in result.markdown
    assert "\\# pas un titre" in result.markdown


def test_plain_text_with_a_blank_line_after_its_title_joins_the_lines_of_a_paragraph():
    # As a .txt file is read in the corpus: the blank line says paragraphs are blank-separated.
    text = "École d'été\n\nL'école a lieu en juillet à Rabat.\nElle s'adresse aux doctorants.\n"
    result = convert(text.encode(), "e.txt")
    assert result.markdown == "# École d'été\n\nL'école a lieu en juillet à Rabat. Elle s'adresse aux doctorants.\n"


def test_markdown_keeps_headings_and_takes_title_and_source_from_front_matter():
    text = "---\ntitle: Fiche\nsource: https://example.org/f\n---\n# Autre\n\n## Section\n\nTexte.\n"
    result = convert(text.encode(), "f.md")
    assert result.title == "Fiche"
    assert result.source_url == "https://example.org/f"
    assert result.markdown.startswith("# Autre\n\n## Section\n\nTexte.")
    assert "title:" not in result.markdown


def test_markdown_without_front_matter_takes_its_first_heading():
    assert convert(b"Intro\n\n# Le vrai titre\n\nTexte.\n", "f.md").title == "Le vrai titre"


def test_html_drops_navigation_scripts_styles_and_keeps_headings_lists_tables():
    result = convert(HTML_PAGE.encode(), "page.html")
    md = result.markdown
    assert result.title == "Forum de haut niveau sur l'IA"
    assert result.source_url == "https://example.org/forum"
    assert md.startswith("# Forum de haut niveau sur l'IA\n")
    assert "Le forum s'est tenu à Rabat en juin 2024." in md
    assert "## Participants" in md and "- Des ministres africains" in md
    assert "Juin 2024 | Rabat" in md
    for noise in ("tracking", "color", "Menu principal", "Mentions légales", "Accueil"):
        assert noise not in md


def test_html_title_falls_back_to_the_title_element_and_declared_charset_is_used():
    page = '<html><head><meta charset="windows-1252"><title>Page été</title></head>' \
           '<body><p>Un été à Rabat.</p></body></html>'
    result = convert(page.encode("cp1252"), "p.htm")
    assert result.title == "Page été"
    assert "Un été à Rabat." in result.markdown


def test_pdf_text_is_rebuilt_into_paragraphs_with_title_from_metadata():
    pdf = make_pdf([
        ["Communiqué de presse",
         "Ai Movement accueille un forum sur l'intelligence artificielle à Rabat, réunissant des",
         "experts venus de tout le continent pour débattre des enjeux éthiques et économiques",
         "de l'IA.",
         "Le forum a adopté le Consensus de Rabat sur l'IA respon-",
         "sable en Afrique, un texte fondateur pour la coopération régionale et le continent.",
         "2"],
        ["Contact : presse à l'UM6P."],
    ], title="Forum IA 2024")
    result = convert(pdf, "cp.pdf")
    assert result.title == "Forum IA 2024"
    paragraphs = result.markdown.strip().split("\n\n")
    assert paragraphs[0] == "Communiqué de presse"
    assert paragraphs[1].startswith("Ai Movement accueille") and paragraphs[1].endswith("économiques de l'IA.")
    assert "l'IA responsable en Afrique" in paragraphs[2]  # end-of-line hyphen rejoined
    assert "Contact : presse à l'UM6P." in paragraphs[-1]
    assert "\n\n2\n" not in result.markdown  # page number dropped


def test_pdf_without_metadata_title_uses_its_first_line():
    result = convert(make_pdf([["Le campus de Rabat", "Le bâtiment accueille les équipes du centre."]]), "x.pdf")
    assert result.title == "Le campus de Rabat"


def test_pdf_paragraphs_do_not_break_mid_sentence_at_a_page_break():
    assert pdf_paragraphs(["Une phrase qui continue", ""]) == ["Une phrase qui continue"]
    assert pdf_paragraphs(["début de la phrase longue longue longue", "", "suite."]) == \
        ["début de la phrase longue longue longue suite."]


def test_scanned_pdf_is_refused_as_such():
    with pytest.raises(DocumentError) as caught:
        convert(make_scanned_pdf(), "scan.pdf")
    assert caught.value.reason == "no_text" and caught.value.detail == "scanned"


def test_encrypted_pdf_is_refused():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["Texte secret du centre."]]))))
    writer.encrypt("secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(DocumentError) as caught:
        convert(out.getvalue(), "secret.pdf")
    assert caught.value.reason == "encrypted"


def test_broken_pdf_is_refused_as_corrupt():
    with pytest.raises(DocumentError) as caught:
        convert(b"%PDF-1.4\n" + b"garbage " * 50, "broken.pdf")
    assert caught.value.reason in ("corrupt", "no_text")


def test_docx_keeps_title_headings_lists_and_tables_in_order():
    data = make_docx([("title", "Fiche AWITAI"), ("h1", "Le programme"), ("p", "Il forme des femmes africaines."),
                      ("li", "Camp d'été à Rabat"), ("h2", "Chiffres"), ("table", "Cohorte|80 femmes")])
    result = convert(data, "fiche.docx")
    assert result.title == "Fiche AWITAI"
    assert result.markdown == ("# Fiche AWITAI\n\n# Le programme\n\nIl forme des femmes africaines.\n\n"
                               "- Camp d'été à Rabat\n\n## Chiffres\n\nCohorte | 80 femmes\n")


def test_docx_title_property_wins_then_first_heading():
    assert convert(make_docx([("h1", "Titre un"), ("p", "Texte.")], title="Propriété"), "a.docx").title == "Propriété"
    assert convert(make_docx([("p", "Intro."), ("h1", "Titre un")]), "a.docx").title == "Titre un"


def test_empty_docx_has_no_text():
    with pytest.raises(DocumentError) as caught:
        convert(make_docx([]), "vide.docx")
    assert caught.value.reason == "no_text"


@pytest.mark.parametrize("data, name, expected", [
    (b"%PDF-1.4 rest", "a.txt", "pdf"),
    (b"\x89PNG\r\n\x1a\nxxxx", "photo.pdf", "image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1xxxx", "ancien.docx", "ole"),
    (b"MZ\x90\x00\x03", "programme.txt", "binary"),
    (b"texte\x00\x00binaire", "notes.md", "binary"),
    (b"<!DOCTYPE html><html><body>x</body></html>", "page.txt", "html"),
])
def test_content_that_contradicts_the_extension_is_refused(data, name, expected):
    with pytest.raises(DocumentError) as caught:
        detect_format(data, name)
    assert caught.value.reason == "disguised"
    assert caught.value.detail.endswith(f"contains {expected}")


def test_a_zip_that_is_not_word_is_not_a_docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", "<x/>")
    assert sniff(buffer.getvalue()) == "zip"
    with pytest.raises(DocumentError):
        detect_format(buffer.getvalue(), "faux.docx")
    assert sniff(make_docx([("p", "x")])) == "docx"


@pytest.mark.parametrize("name", ["photo.png", "tableur.xlsx", "ancien.doc", "sans-extension", "page.odt"])
def test_unsupported_extensions_are_refused(name):
    with pytest.raises(DocumentError) as caught:
        detect_format(b"anything", name)
    assert caught.value.reason == "unsupported_type"


def test_decoding_tries_utf8_then_detects_french_encodings():
    assert decode_text("Élève à l'école, été".encode("utf-8"), "a.txt") == "Élève à l'école, été"
    assert decode_text("Élève à l'école, été déjà, œuvre".encode("cp1252"), "a.txt") == \
        "Élève à l'école, été déjà, œuvre"
    assert decode_text("\ufeffTexte en UTF-16 : été".encode("utf-16"), "a.txt") == "Texte en UTF-16 : été"
    assert decode_text(b"ligne\r\nautre", "a.txt") == "ligne\nautre"


def test_undecodable_bytes_are_refused():
    garbage = bytes((i * 97 + 13) % 256 for i in range(3000)).replace(b"\x00", b"\x01")
    with pytest.raises(DocumentError) as caught:
        decode_text(garbage, "bruit.txt")
    assert caught.value.reason == "undecodable"
