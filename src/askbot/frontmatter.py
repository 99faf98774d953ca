"""A document's YAML front matter: the block itself, and the keys askbot reads.

``title``, ``source``/``url``/``sources`` (the document's address),
``questions`` (questions people ask that a section answers) and
``section_sources`` (the sources each section was written from). The
corpus and the converters read them through these functions, which reject
a malformed value naming the file and the key.
"""

from __future__ import annotations

from pathlib import Path

from .config import YAMLError, safe_load
from .errors import CorpusError


def split_front_matter(text: str, path: Path) -> tuple[dict, str]:
    """Separate a leading ``---`` YAML block from the body."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise CorpusError("front_matter", path=path, detail="no closing ---")
    try:
        meta = safe_load("\n".join(lines[1:end])) or {}
    except YAMLError as exc:
        raise CorpusError("front_matter", path=path, detail=str(exc).splitlines()[0]) from None
    if not isinstance(meta, dict):
        raise CorpusError("front_matter", path=path, detail="not a mapping")
    return meta, "\n".join(lines[end + 1 :])


def front_matter_url(meta: dict) -> str | None:
    """A document's source address: ``source`` or ``url``, else the first of ``sources``."""
    return next(iter(document_urls(meta)), None)


def document_urls(meta: dict) -> tuple[str, ...]:
    """Every source address of a document: ``source`` or ``url``, and the ``sources``."""
    urls = [meta[key] for key in ("source", "url") if isinstance(meta.get(key), str)]
    if isinstance(meta.get("sources"), list):
        urls += [u for u in meta["sources"] if isinstance(u, str)]
    return tuple(dict.fromkeys(u.strip() for u in urls if u.strip()))


def document_questions(meta: dict, path: Path) -> dict[str, tuple[str, ...]]:
    """The front matter's ``questions``: questions people ask, in their own
    words, that a section answers, under the section's heading (or, for a
    passage under no heading, under a verbatim excerpt of it).

    They are indexed with the passages they belong to and never shown: they
    bring the words users type ("superficie", "coupole") to a text that says
    "m²" and "dôme" (document expansion).
    """
    questions = meta.get("questions")
    if questions is None:
        return {}
    if not isinstance(questions, dict) or not all(
        isinstance(key, str) and key.strip() and isinstance(asked, list) and all(isinstance(q, str) for q in asked)
        for key, asked in questions.items()
    ):
        raise CorpusError("questions", path=path, detail="expected a mapping of headings to lists of questions")
    return {key.strip(): tuple(asked) for key, asked in questions.items()}


def section_sources(meta: dict, path: Path) -> dict[str, tuple[str, ...]]:
    """The front matter's ``section_sources``: for a document written from several
    sources (a fact sheet), the sources each section was written from, under the
    section's heading (or an excerpt, as for ``questions``), most direct first.
    An answer quoting the section shows the first, not the document's first
    source; an empty list says no one source backs the section (a summary of
    the others), and the answer names the document without a link.
    """
    sources = meta.get("section_sources")
    if sources is None:
        return {}
    if not isinstance(sources, dict) or not all(
        isinstance(key, str) and key.strip() and isinstance(urls, list)
        and all(isinstance(u, str) and u.strip() for u in urls)
        for key, urls in sources.items()
    ):
        raise CorpusError("section_sources", path=path, detail="expected a mapping of headings to lists of URLs")
    return {key.strip(): tuple(url.strip() for url in urls) for key, urls in sources.items()}

