"""Turning an offered file into Markdown: type detection by content, decoding, converters.

The type of a file is decided by what its bytes are, checked against its
extension: a PDF renamed ``.txt`` or a Word file renamed ``.pdf`` is refused
as disguised rather than fed to the wrong parser. Text is decoded as UTF-8,
else with the encoding detected among those used for French text, else
refused. Each converter returns the body as Markdown (headings as ``#`` lines
where the format has them: Markdown, HTML, Word; PDF has none), the
document's own title when it declares one, and a source URL when the file
names one. Every refusal is a :class:`~askbot.errors.DocumentError`.

pypdf, python-docx, BeautifulSoup and charset-normalizer enter askbot here.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .frontmatter import document_questions, front_matter_url, section_sources, split_front_matter
from .errors import CorpusError, DocumentError

log = logging.getLogger(__name__)

SUFFIX_FORMATS = {
    ".txt": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx",
}
SUPPORTED_SUFFIXES = tuple(SUFFIX_FORMATS)
TEXT_FORMATS = ("text", "markdown", "html")

# Encodings French text is found in besides UTF-8; limiting detection to these
# keeps charset-normalizer from reading Latin-1 French as Central European.
FRENCH_ENCODINGS = ["utf_8", "utf_16", "utf_32", "cp1252", "iso8859_15", "latin_1", "mac_roman"]
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_MAGIC = ((b"%PDF-", "pdf"), (b"PK\x03\x04", "zip"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
          (b"\x89PNG", "image"), (b"\xff\xd8\xff", "image"), (b"GIF8", "image"),
          (b"\x7fELF", "binary"), (b"MZ", "binary"), (b"{\\rtf", "rtf"))
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f]+")
_MAX_TITLE = 200


@dataclass(frozen=True)
class Converted:
    """A file turned into Markdown, before it is given front matter."""

    format: str            # text | markdown | html | pdf | docx
    markdown: str          # the body, headings as '#' lines
    title: str | None      # the document's own title, if it declares one
    source_url: str | None  # a URL the file itself names (front matter, canonical link)
    questions: dict = field(default_factory=dict)  # a Markdown file's own (see frontmatter.document_questions)
    section_sources: dict = field(default_factory=dict)  # its own too, as written (see frontmatter.section_sources)


def sniff(data: bytes) -> str:
    """What the bytes are: pdf, docx, zip, ole, image, binary, rtf, html or text."""
    head = data[:1024]
    for magic, kind in _MAGIC:
        if head.startswith(magic) or (kind == "pdf" and magic in head):
            return "docx" if kind == "zip" and _is_docx(data) else kind
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return "text"
    if b"\x00" in data[:8192]:
        return "binary"
    return "html" if _HTML_START.match(data[:4096]) else "text"


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    return "word/document.xml" in names and "[Content_Types].xml" in names


def detect_format(data: bytes, name: str) -> str:
    """The converter to use for ``data`` named ``name``; refuses unknown or disguised files."""
    suffix = Path(name).suffix.lower()
    expected = SUFFIX_FORMATS.get(suffix)
    if expected is None:
        raise DocumentError("unsupported_type", path=name, detail=suffix or "(none)")
    actual = sniff(data)
    if expected == actual or (expected in TEXT_FORMATS and actual == "text"):
        return expected
    raise DocumentError("disguised", path=name, detail=f"{suffix} contains {actual}")


def decode_text(data: bytes, name: str, declared: str | None = None) -> str:
    """UTF-8 (or a BOM's encoding), then a declared charset, then detection; else refuse."""
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try_decode(data, encoding)
            break
    else:
        text = _try_decode(data, "utf-8")
        if text is None and declared:
            text = _try_decode(data, declared)
        if text is None:
            from charset_normalizer import from_bytes

            best = from_bytes(data, cp_isolation=FRENCH_ENCODINGS).best()
            text = str(best) if best is not None else None
            if best is not None:
                log.debug("%s: detected encoding %s", name, best.encoding)
    if text is None:
        raise DocumentError("undecodable", path=name)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        raise DocumentError("undecodable", path=name, detail="control characters")
    return _CONTROL.sub(" ", text)


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def clean_line(text: str) -> str:
    """One line of prose: NFC, spaces collapsed, trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def one_line(text: str) -> str:
    """Text that may span lines (a cell, a list item) as one clean line."""
    return clean_line(" ".join(text.split()))


def clean_title(title: str | None) -> str | None:
    """A usable title or ``None``: one line, not blank, not absurdly long."""
    if not title:
        return None
    title = one_line(title)
    if not title or not re.search(r"[^\W_]", title):
        return None
    return title[:_MAX_TITLE].rstrip()


def convert(data: bytes, name: str) -> Converted:
    """Detect the type of ``data`` (the content of a file called ``name``) and convert it."""
    fmt = detect_format(data, name)
    if fmt == "text":
        return _convert_text(decode_text(data, name))
    if fmt == "markdown":
        return _convert_markdown(decode_text(data, name), name)
    if fmt == "html":
        from .convert_html import html_to_markdown

        return html_to_markdown(data, name)
    if fmt == "pdf":
        from .convert_office import pdf_to_markdown

        return pdf_to_markdown(data, name)
    from .convert_office import docx_to_markdown

    return docx_to_markdown(data, name)


def _convert_text(text: str) -> Converted:
    """Plain text: the first line is the title when short; lines become paragraphs."""
    lines = [clean_line(line) for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    # Without blank lines every line is a paragraph; keep it so in Markdown. A
    # blank line after the title counts, as when the file is read in the corpus.
    blank_separated = any(not line for line in lines[1:-1])
    title = None
    if lines and len(lines[0]) <= 150 and not lines[0].endswith((".", ",", ";")):
        title = clean_title(lines[0])
    if title:
        lines = lines[1:]
    paragraphs, block = [], []
    for line in lines + [""]:
        if line and blank_separated:
            block.append(escape_markdown(line))
        elif line:
            paragraphs.append(escape_markdown(line))
        elif block:
            paragraphs.append(" ".join(block))
            block = []
    body = "\n\n".join(paragraphs)
    if title:
        body = f"# {title}\n\n{body}"
    return Converted("text", body.strip() + "\n", title, None)


def escape_markdown(line: str) -> str:
    """Keep a plain-text line from being read as a Markdown heading or front matter."""
    return "\\" + line if line.startswith(("#", "---")) else line


def _convert_markdown(text: str, name: str) -> Converted:
    """Markdown is kept as written; its front matter gives the title and source."""
    try:
        meta, body = split_front_matter(text, Path(name))
    except CorpusError as exc:
        raise DocumentError("bad_front_matter", path=name, detail=exc.detail) from None
    try:
        questions = document_questions(meta, Path(name))
    except CorpusError:
        raise DocumentError("bad_questions", path=name) from None
    try:
        sources = section_sources(meta, Path(name))
    except CorpusError:
        raise DocumentError("bad_section_sources", path=name) from None
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    if not clean_title(title):
        match = re.search(r"^#\s+(.+?)\s*#*\s*$", body, re.M)
        title = match.group(1) if match else None
    source = front_matter_url(meta)
    lines = [line.rstrip() for line in body.strip("\n").split("\n")]
    return Converted("markdown", "\n".join(lines).strip() + "\n", clean_title(title), source, questions, sources)
