"""HTML to Markdown: the readable text of a saved web page, with its headings.

Scripts, styles, navigation, headers, footers, forms and asides are dropped;
when the page marks its content with ``<main>`` or ``<article>`` only that is
kept. Block elements become paragraphs, ``h1``–``h6`` become ``#`` headings,
list items keep a dash and table rows become one line with ``|`` between
cells. The title is the first ``<h1>`` of the content, else ``<title>``; the
source URL is the page's canonical link when it has one.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag

from .convert import Converted, clean_title, decode_text, escape_markdown, one_line

_DROP = {"script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
         "embed", "nav", "header", "footer", "aside", "form", "button", "select", "input",
         "textarea", "menu", "dialog", "head", "video", "audio", "map"}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {"p", "div", "section", "article", "main", "body", "ul", "ol", "dl", "dt", "dd",
           "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody", "tfoot",
           "caption", "address", "details", "summary", "center", "hr", "br", "li", "tr"}
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I)


def html_to_markdown(data: bytes, name: str) -> Converted:
    """Convert the bytes of an HTML page."""
    declared = _CHARSET.search(data[:4096])
    text = decode_text(data, name, declared.group(1).decode("ascii") if declared else None)
    soup = BeautifulSoup(text, "html.parser")
    page_title = soup.title.get_text(" ") if soup.title else None
    source = _canonical(soup)
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        if tag.name in _DROP or (tag.get("role") or "").lower() in _DROP_ROLES \
                or tag.get("aria-hidden") == "true" or tag.has_attr("hidden"):
            tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    writer = _Writer()
    writer.walk(root)
    writer.flush()
    heading = next((t for level, t in writer.headings if level == 1), None)
    title = clean_title(heading) or clean_title(page_title)
    return Converted("html", "\n\n".join(writer.blocks).strip() + "\n", title, source)


def _canonical(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", rel="canonical")
    href = link.get("href") if link else None
    if not href:
        meta = soup.find("meta", property="og:url")
        href = meta.get("content") if meta else None
    if isinstance(href, str) and href.startswith(("http://", "https://")):
        return href.strip()
    return None


class _Writer:
    """Walks the tree once, gathering inline text into Markdown blocks."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.headings: list[tuple[int, str]] = []
        self._inline: list[str] = []
        self._prefix = ""

    def flush(self) -> None:
        text = escape_markdown(one_line("".join(self._inline)))
        self._inline = []
        if text:
            self.blocks.append(self._prefix + text)
        self._prefix = ""

    def walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, (Comment, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                self._inline.append(str(child))
            elif isinstance(child, Tag):
                self._element(child)

    def _element(self, tag: Tag) -> None:
        name = tag.name
        if name in _HEADINGS:
            self.flush()
            text = one_line(tag.get_text(" "))
            if text:
                self.headings.append((_HEADINGS[name], text))
                self.blocks.append("#" * _HEADINGS[name] + " " + text)
        elif name == "tr":
            self.flush()
            cells = [one_line(c.get_text(" ")) for c in tag.find_all(["td", "th"])]
            row = " | ".join(c for c in cells if c)
            if row:
                self.blocks.append(row)
        elif name == "li":
            self.flush()
            self._prefix = "- "
            self.walk(tag)
            self.flush()
        elif name in _BLOCKS:
            self.flush()
            self.walk(tag)
            self.flush()
        else:
            self.walk(tag)
