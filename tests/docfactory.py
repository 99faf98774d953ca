"""Small fixture documents of every format askbot accepts, generated on the fly.

PDFs are written by hand (one Helvetica text object per line, WinAnsi
encoding for French accents) so no PDF-writing library is needed; a
"scanned" PDF has an image and no text layer. Word files come from
python-docx itself.
"""

from __future__ import annotations

import io
import zlib
from pathlib import Path


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _assemble(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 2 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A text PDF: each page is a list of lines, drawn top to bottom."""
    n = len(pages)
    page_ids = [5 + 2 * i for i in range(n)]
    objects = [
        b"<< /Type /Catalog /Pages 3 0 R >>",
        b"<< /Producer (askbot tests)" + (b" /Title " + _pdf_string(title) if title else b"") + b" >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % n,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, lines in enumerate(pages):
        ops = [b"BT /F1 11 Tf 14 TL 56 780 Td"]
        for line in lines:
            ops.append(_pdf_string(line) + b" Tj T*")
        ops.append(b"ET")
        content = b"\n".join(ops)
        objects.append(b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 4 0 R >> >> /Contents %d 0 R >>" % (page_ids[i] + 1))
        objects.append(_stream(content))
    return _assemble(objects)


def make_scanned_pdf() -> bytes:
    """A PDF whose only page is a picture: no text layer at all."""
    width = height = 8
    pixels = zlib.compress(bytes([200]) * (width * height))
    content = b"q 200 0 0 200 100 500 cm /Im1 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 3 0 R >>",
        b"<< /Producer (scanner) >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>",
        _stream(content),
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels)
        + pixels + b"\nendstream",
    ]
    return _assemble(objects)


def make_docx(blocks: list[tuple[str, str]], title: str | None = None) -> bytes:
    """A Word file from (kind, text) pairs: kind is title, h1, h2, h3, p, li, or table (cells joined by '|')."""
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for kind, text in blocks:
        if kind == "title":
            document.add_heading(text, level=0)
        elif kind.startswith("h"):
            document.add_heading(text, level=int(kind[1:]))
        elif kind == "li":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            cells = text.split("|")
            table = document.add_table(rows=1, cols=len(cells))
            for cell, value in zip(table.rows[0].cells, cells):
                cell.text = value
        else:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


HTML_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Forum de haut niveau | Site du centre</title>
<link rel="canonical" href="https://example.org/forum">
<style>body { color: red; }</style>
<script>var tracking = "ne pas indexer";</script>
</head><body>
<header><nav><a href="/">Accueil</a> <a href="/menu">Menu principal</a></nav></header>
<main>
<h1>Forum de haut niveau sur l'IA</h1>
<p>Le forum s'est tenu à <b>Rabat</b> en juin 2024.</p>
<h2>Participants</h2>
<ul><li>Des ministres africains</li><li>Des chercheurs</li></ul>
<table><tr><th>Date</th><th>Lieu</th></tr><tr><td>Juin 2024</td><td>Rabat</td></tr></table>
</main>
<footer>Mentions légales — tous droits réservés</footer>
</body></html>
"""


def write(directory: Path, name: str, data: bytes | str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path
