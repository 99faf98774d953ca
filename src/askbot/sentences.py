"""French prose cut into sentences, and long paragraphs into chunks of whole sentences."""

from __future__ import annotations

import re

# A part that ends with an abbreviation (a whole word: "n." is one, "l'administration."
# is not), a month's ("le communiqué de nov. 2023") or a name's initial ("Firmin E. Matoko").
_ABBREVIATION_END = re.compile(r"(?<![\w.-])(?:M|Mme|Dr|Pr|St|etc|cf|p|n|av|J\.-C|[A-ZÀ-Ý]"
                               r"|[Jj]anv|[Ff][ée]vr|[Aa]vr|[Jj]uil|[Ss]ept|[Oo]ct|[Nn]ov|[Dd][ée]c)\.$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»\")]*\s+(?=[«\"(]?\s*[A-ZÀ-ÝŒ0-9«\"])")


def split_sentences(text: str) -> list[str]:
    """Split French prose into sentences, keeping common abbreviations whole."""
    out: list[str] = []
    for part in _SENTENCE_END.split(text.strip()):
        part = part.strip()
        if out and _ABBREVIATION_END.search(out[-1]):
            out[-1] = f"{out[-1]} {part}"  # "M. Dupont": one sentence
        elif part:
            out.append(part)
    return out


def cap_paragraph(paragraph: str, max_chars: int) -> list[str]:
    """Cut a long paragraph into chunks of whole sentences of at most ``max_chars``."""
    if len(paragraph) <= max_chars:
        return [paragraph]
    chunks, current = [], ""
    for sentence in split_sentences(paragraph):
        if current and len(current) + 1 + len(sentence) > max_chars:
            chunks.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        chunks.append(current)
    return chunks
