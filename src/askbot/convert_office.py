"""PDF and Word (.docx) to Markdown.

Word keeps its structure: paragraphs styled "Heading N" (or a style based on
one) become ``#`` headings, the "Title" style or the file's title property
gives the title, list paragraphs keep a dash, table rows become one line.

A PDF has no headings, only positioned lines: lines are joined back into
paragraphs (a paragraph ends at a blank line, or at a line that ends a
sentence and stops short of the right margin), words cut by an end-of-line
hyphen are rejoined, and bare page numbers are dropped. A PDF from which no
text comes out is a scanned document and is refused as such: there is no OCR
here.
"""

from __future__ import annotations

import io
import logging
import re

from .convert import Converted, clean_line, clean_title, escape_markdown, one_line
from .errors import DocumentError

log = logging.getLogger(__name__)

_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,4}(\s*(/|sur)\s*\d{1,4})?$", re.I)
_SENTENCE_END = (".", "!", "?", "…", ":", "»", '"')
_HEADING_STYLE = re.compile(r"^(heading|titre|überschrift)\s*(\d)$", re.I)
_USELESS_PDF_TITLES = re.compile(r"^(untitled|sans titre|document\d*|microsoft word\b.*|.*\.(docx?|pdf))$", re.I)


def pdf_to_markdown(data: bytes, name: str) -> Converted:
    """Extract the text layer of a PDF."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("encrypted", path=name)
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = reader.metadata.title if reader.metadata else None
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError, NotImplementedError) as exc:
        # pypdf signals broken or unsupported files through many exception types.
        if "crypt" in str(exc).lower():
            raise DocumentError("encrypted", path=name) from None
        raise DocumentError("corrupt", path=name, detail=f"{type(exc).__name__}: {exc}") from None
    paragraphs = pdf_paragraphs(pages)
    if not any(re.search(r"[^\W\d_]", p) for p in paragraphs):
        raise DocumentError("no_text", path=name, detail="scanned")
    title = clean_title(meta_title) if isinstance(meta_title, str) else None
    if title and _USELESS_PDF_TITLES.match(title):
        title = None
    if title is None and paragraphs and len(paragraphs[0]) <= 150:
        title = clean_title(paragraphs[0].rstrip("."))
    body = "\n\n".join(map(escape_markdown, paragraphs))
    return Converted("pdf", body.strip() + "\n", title, None)


def pdf_paragraphs(pages: list[str]) -> list[str]:
    """Rebuild paragraphs from the lines pypdf gives, page after page."""
    lines: list[str] = []
    for page in pages:
        page_lines = [clean_line(line) for line in page.split("\n")]
        page_lines = [line for line in page_lines if not _PAGE_NUMBER.match(line)]
        lines.extend(page_lines)
        lines.append("")  # a page break ends a paragraph only if the sentence ended
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if not line:
            if current and (current.endswith(_SENTENCE_END) or _next_starts_block(lines, i)):
                paragraphs.append(current)
                current = ""
            continue
        if current.endswith("-") and re.search(r"[a-zà-ÿ]-$", current) and line[:1].islower():
            current = current[:-1] + line
        elif current:
            current = f"{current} {line}"
        else:
            current = line
        short = len(line) < 0.7 * width
        if short and (line.endswith(_SENTENCE_END) or (current == line and _looks_like_heading(lines, i))):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _looks_like_heading(lines: list[str], i: int) -> bool:
    """A short line on its own, without punctuation, followed by a capitalised line."""
    line = lines[i]
    if re.search(r"[.,;:!?-]$", line) or re.search(r"[.;]", line):
        return False
    return _next_starts_block(lines, i)


def _next_starts_block(lines: list[str], i: int) -> bool:
    following = next((line for line in lines[i + 1 :] if line), "")
    return bool(following[:1]) and not following[:1].islower()


def docx_to_markdown(data: bytes, name: str) -> Converted:
    """Extract the paragraphs, headings and tables of a Word document, in order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        title = clean_title(document.core_properties.title)
        first_heading = None
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                blocks.extend(_table_rows(item))
                continue
            text = one_line(item.text)
            if not text:
                continue
            kind, level = _paragraph_kind(item)
            if kind == "title":
                title = title or clean_title(text)
                blocks.append(f"# {text}")
            elif kind == "heading":
                first_heading = first_heading or (text if level == 1 else None)
                blocks.append("#" * level + " " + text)
            elif kind == "list":
                blocks.append(f"- {text}")
            else:
                blocks.append(escape_markdown(text))
    except (PackageNotFoundError, KeyError, ValueError, AttributeError, TypeError, OSError) as exc:
        raise DocumentError("corrupt", path=name, detail=f"{type(exc).__name__}: {exc}") from None
    if not any(re.search(r"[^\W\d_]", b) for b in blocks):
        raise DocumentError("no_text", path=name)
    return Converted("docx", "\n\n".join(blocks) + "\n", title or clean_title(first_heading), None)


def _paragraph_kind(paragraph) -> tuple[str, int]:
    """('title' | 'heading' | 'list' | 'text', level), following the style's ancestry."""
    style = paragraph.style
    seen = 0
    while style is not None and seen < 10:
        name = (style.name or "").strip()
        if name.lower() in ("title", "titre"):
            return "title", 1
        match = _HEADING_STYLE.match(name)
        if match:
            return "heading", min(max(int(match.group(2)), 1), 6)
        if name.lower().startswith(("list", "liste")):
            return "list", 0
        style = style.base_style
        seen += 1
    return "text", 0


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = one_line(cell.text)
            if text and (not cells or cells[-1] != text):  # merged cells repeat
                cells.append(text)
        if cells:
            rows.append(" | ".join(cells))
    return rows
