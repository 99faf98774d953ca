"""Telegram message formatting: HTML escaping and splitting at 4,096 characters.

A message is built as a sequence of :class:`Block` (a paragraph with an
optional style or link) and rendered to HTML parse mode with every piece of
text escaped, so no reply can fail with "can't parse entities". Telegram
counts the limit on the text after entity parsing, in UTF-16 code units; a
message over the limit is split between paragraphs, then sentences, then
words, and only as a last resort inside a word. Tags are opened and closed
inside each piece, so a split never falls inside a tag.

No third-party import: the module is pure and tested on its own.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

MAX_MESSAGE = 4096
_PARAGRAPH = re.compile(r"\n[ \t]*\n+")
_SENTENCE = re.compile(r"(?<=[.!?…:;])\s+")
_WORD = re.compile(r"\s+")
_STYLES = {"": ("", ""), "b": ("<b>", "</b>"), "i": ("<i>", "</i>"), "code": ("<code>", "</code>")}


@dataclass(frozen=True)
class Block:
    """A paragraph: plain text, one style (``b``, ``i``, ``code`` or none), an optional link."""

    text: str
    style: str = ""
    url: str | None = None


@dataclass(frozen=True)
class _Piece:
    text: str
    style: str
    url: str | None
    joiner: str  # what separates it from the previous piece in the same message


def utf16_len(text: str) -> int:
    """Length as Telegram counts it."""
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    """Escape the three characters Telegram's HTML mode reserves."""
    return html.escape(text, quote=False)


def escape_attribute(text: str) -> str:
    """Escape a value placed inside double quotes (a link's href)."""
    return escape(text).replace('"', "&quot;")


def paragraphs(text: str, style: str = "") -> list[Block]:
    """Blocks for a plain text, one per blank-line-separated paragraph."""
    return [Block(p.strip("\n"), style) for p in _PARAGRAPH.split(text) if p.strip()]


def _render(piece: _Piece) -> str:
    body = escape(piece.text)
    if piece.url:
        body = f'<a href="{escape_attribute(piece.url)}">{body}</a>'
    opening, closing = _STYLES.get(piece.style, ("", ""))
    return f"{opening}{body}{closing}"


def _cut(text: str, limit: int) -> list[str]:
    """Split one over-long text: sentences, then words, then UTF-16-safe slices."""
    if utf16_len(text) <= limit:
        return [text]
    for pattern, joiner in ((_SENTENCE, " "), (_WORD, " ")):
        parts = [p for p in pattern.split(text) if p]
        if len(parts) > 1:
            out: list[str] = []
            for part in _pack(parts, joiner, limit):
                out.extend(_cut(part, limit))
            return out
    out, current = [], ""
    for char in text:
        if utf16_len(current + char) > limit:
            out.append(current)
            current = ""
        current += char
    return out + [current] if current else out


def _pack(parts: list[str], joiner: str, limit: int) -> list[str]:
    """Greedily join parts with ``joiner`` while they fit in ``limit``."""
    packed: list[str] = []
    for part in parts:
        if packed and utf16_len(packed[-1] + joiner + part) <= limit:
            packed[-1] += joiner + part
        else:
            packed.append(part)
    return packed


def render(blocks: list[Block], limit: int = MAX_MESSAGE) -> list[str]:
    """HTML messages for ``blocks``, each at most ``limit`` characters once parsed."""
    pieces: list[_Piece] = []
    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        for n, part in enumerate(_cut(text, limit)):
            pieces.append(_Piece(part, block.style, block.url, "\n\n" if n == 0 else " "))
    messages: list[str] = []
    html_parts: list[str] = []
    size = 0
    for piece in pieces:
        length = utf16_len(piece.text)
        extra = utf16_len(piece.joiner) if html_parts else 0
        if html_parts and size + extra + length > limit:
            messages.append("".join(html_parts))
            html_parts, size, extra = [], 0, 0
        if html_parts:
            html_parts.append(piece.joiner)
        html_parts.append(_render(piece))
        size += extra + length
    if html_parts:
        messages.append("".join(html_parts))
    return messages


def plain(blocks: list[Block], limit: int = MAX_MESSAGE) -> list[str]:
    """The same split as :func:`render`, as plain text (the fallback without parse mode)."""
    return [plain_of(message) for message in render(blocks, limit)]


def plain_of(message: str) -> str:
    """One rendered HTML message as plain text."""
    return html.unescape(re.sub(r"<[^>]+>", "", message))
