"""The corpus: documents on disk, their front matter, and their passages.

A document is a Markdown (``.md``) or plain-text (``.txt``) file with an
optional YAML front matter block. It is split into passages by heading and
paragraph, with a size cap applied on sentence boundaries; each passage keeps
its document's title and its heading, which count for matching. The front
matter (read by :mod:`askbot.frontmatter`) gives the title and address; its
``questions`` count for matching too, and its ``section_sources`` say which
source each section was written from.
"""

from __future__ import annotations

import os
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .config import YAMLError, safe_load
from .errors import CorpusError
from .frontmatter import document_questions, document_urls, front_matter_url, section_sources, split_front_matter
from .sentences import cap_paragraph

DOCUMENT_SUFFIXES = (".md", ".txt")
_EMPHASIS = re.compile(r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


@dataclass(frozen=True)
class Document:
    path: str  # relative to the corpus directory, with forward slashes
    title: str
    url: str | None
    text: str
    meta: dict
    # Section heading (or verbatim excerpt of a passage) -> questions it answers.
    questions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Section heading (or excerpt) -> every source it was written from, most direct first.
    section_sources: dict[str, tuple[str, ...]] = field(default_factory=dict)


# A section headed "… en bref" sums up its document (see README, "The corpus").
_SUMMARY = re.compile(r"\ben bref\s*$", re.IGNORECASE)
# A section headed "… : les sources divergent" (or "divergences", "des chiffres qui ne
# concordent pas") sets sources that disagree side by side (see README, "The corpus").
_CONFLICT = re.compile(r"\bdivergen|\bne concordent pas\b|\bdiscordan", re.IGNORECASE)


@dataclass(frozen=True)
class Passage:
    index: int
    doc: str
    title: str
    heading: str
    text: str
    url: str | None
    # Every source the passage's section was written from (its document's, for a
    # section the front matter does not list), most direct first: a sentence
    # naming one ("Selon Médias24, …") is credited to it rather than to ``url``.
    sources: tuple[str, ...] = ()

    @property
    def is_summary(self) -> bool:
        """Whether the passage sums up its document ("Les formations d'Ai Movement en bref"):
        it answers broad questions, and gives way to a detailed section on a specific one."""
        return bool(_SUMMARY.search(self.heading))

    @property
    def is_conflict(self) -> bool:
        """Whether the passage belongs to a section on sources that disagree: one
        version alone would mislead, so its answer gives them all."""
        return bool(_CONFLICT.search(self.heading))


class Passages(Sequence[Passage]):
    """The passages of a corpus, kept compactly: one UTF-8 blob of texts with
    their end offsets, and each passage's (document, title, heading, URL) as
    a code into the few distinct ones.

    A corpus of 100,000 passages is loaded from the index cache at each
    start: a handful of byte strings unpickle in a fraction of the time that
    200,000 objects or strings take, and a :class:`Passage` is only made when
    one is looked at.
    """

    __slots__ = ("_blob", "_ends", "_labels", "_label_of")

    def __init__(self, passages: Iterable[Passage] = ()) -> None:
        chunks, ends, codes, labels = [], array("q"), array("l"), {}
        end = 0
        for p in passages:
            data = p.text.encode("utf-8")
            chunks.append(data)
            end += len(data)
            ends.append(end)
            codes.append(labels.setdefault((p.doc, p.title, p.heading, p.url, p.sources), len(labels)))
        self._blob = b"".join(chunks)
        self._ends, self._label_of, self._labels = ends, codes, tuple(labels)

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        start = self._ends[i - 1] if i else 0
        text = self._blob[start:self._ends[i]].decode("utf-8")
        doc, title, heading, url, sources = self._labels[self._label_of[i]]
        return Passage(i, doc, title, heading, text, url, sources)

    def section(self, index: int) -> range:
        """The indexes of the passages of the passage's section (its paragraphs), in order."""
        return self._run(index, 3)  # the same document, title and heading

    def document(self, index: int) -> range:
        """The indexes of the passages of the passage's document, in order."""
        return self._run(index, 1)

    def _run(self, index: int, fields: int) -> range:
        """The neighbours of a passage sharing its first ``fields`` labels (no text decoded)."""
        labels, codes = self._labels, self._label_of
        key = labels[codes[index]][:fields]
        first = last = index
        while first > 0 and labels[codes[first - 1]][:fields] == key:
            first -= 1
        while last + 1 < len(codes) and labels[codes[last + 1]][:fields] == key:
            last += 1
        return range(first, last + 1)

    def docs(self) -> Iterator[str]:
        """Each passage's document, in order, without decoding any text."""
        labels = self._labels
        return (labels[code][0] for code in self._label_of)

    def __eq__(self, other) -> bool:
        return isinstance(other, Passages) and self.__getstate__() == other.__getstate__()

    def __hash__(self) -> int:
        return hash(self.__getstate__())

    def __getstate__(self):
        # Plain bytes and tuples: nothing but builtins to unpickle.
        return self._blob, self._ends.tobytes(), self._labels, self._label_of.tobytes()

    def __setstate__(self, state) -> None:
        self._blob, ends, self._labels, codes = state
        self._ends, self._label_of = array("q"), array("l")
        self._ends.frombytes(ends)
        self._label_of.frombytes(codes)


@dataclass(frozen=True)
class Corpus:
    directory: Path
    documents: tuple[Document, ...]
    passages: Passages


def _sections(body: str, markdown: bool) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) pairs; plain text with no blank lines has a paragraph a line."""
    lines = body.split("\n")
    blank_separated = any(not line.strip() for line in lines[1:-1])
    sections: list[tuple[str, list[str]]] = [("", [])]
    block: list[str] = []

    def flush() -> None:
        if block:
            sections[-1][1].append(" ".join(s.strip() for s in block))
            block.clear()

    for line in lines:
        heading = _HEADING.match(line) if markdown else None
        if heading:
            flush()
            sections.append((heading.group(2).strip(), []))
        elif not line.strip() or not blank_separated:
            flush()
            if line.strip():
                block.append(line)
                flush()
        else:
            block.append(line)
    flush()
    return [s for s in sections if s[1]]


def _title(meta: dict, body: str, path: Path, markdown: bool) -> str:
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    for line in body.split("\n"):
        heading = _HEADING.match(line) if markdown else None
        if heading and len(heading.group(1)) == 1:
            return heading.group(2).strip()
        if line.strip() and not markdown:
            return line.strip()
    return path.stem.replace("-", " ").replace("_", " ")


def _is_keyed(key: str, passage: Passage) -> bool:
    """Whether a key of the questions names this passage: it is its heading or,
    for a passage under no heading, an excerpt of its text."""
    key, heading = _same_text(key), _same_text(passage.heading)
    return key == heading or (not heading and key in _same_text(passage.text))


def asked_of(passage: Passage, questions: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The questions (see :func:`askbot.frontmatter.document_questions`) whose key names a passage."""
    return tuple(q for key, asked in questions.items() if _is_keyed(key, passage) for q in asked)


def unmatched_key(document: Document, passages: list[Passage]) -> tuple[str, str] | None:
    """A key of the document's ``questions`` or ``section_sources`` that names
    none of its passages, if any, as (which of the two, key): a heading renamed
    since they were written, say, which an error should point out rather than
    drop them."""
    for which, keys in (("questions", document.questions), ("section_sources", document.section_sources)):
        key = next((key for key in keys if not any(_is_keyed(key, p) for p in passages)), None)
        if key is not None:
            return which, key
    return None


def read_document(path: Path, root: Path) -> Document:
    """Read one document; raises :class:`CorpusError` naming the file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError("unreadable", path=path, detail=exc.strerror or "") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError("invalid_utf8", path=path, detail=str(exc.start)) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_front_matter(text, path)
    markdown = path.suffix.lower() == ".md"
    return Document(
        path=path.relative_to(root).as_posix(),
        title=_title(meta, body, path, markdown),
        url=front_matter_url(meta),
        text=body,
        meta=meta,
        questions=document_questions(meta, path),
        section_sources=section_sources(meta, path),
    )


def strip_emphasis(text: str) -> str:
    """Markdown emphasis markers out of quoted text: ``*Le Monde*`` → ``Le Monde``.

    Answers are shown as plain text (terminal) or escaped HTML (Telegram),
    where the markers would only be noise.
    """
    return _EMPHASIS.sub(r"\2", text)


def _same_text(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def passages_of(document: Document, start: int, max_chars: int) -> list[Passage]:
    """Split a document into passages numbered from ``start``."""
    markdown = document.path.lower().endswith(".md")
    out = []
    for heading, paragraphs in _sections(document.text, markdown):
        for paragraph in paragraphs:
            if markdown:
                paragraph = strip_emphasis(paragraph)
            if not out and not heading and _same_text(paragraph) in _same_text(document.title):
                continue  # a plain-text title line repeated as the first paragraph
            for chunk in cap_paragraph(paragraph, max_chars):
                out.append(
                    Passage(start + len(out), document.path, document.title, heading, chunk, document.url)
                )
    listed = document_urls(document.meta)

    def sourced(passage: Passage) -> Passage:
        """The passage with its section's sources, the most direct its address;
        else its document's."""
        key = next((key for key in document.section_sources if _is_keyed(key, passage)), None)
        if key is None:
            return replace(passage, sources=listed)
        urls = document.section_sources[key]
        return replace(passage, url=urls[0] if urls else None, sources=urls)

    return [sourced(p) for p in out]


def document_files(directory: Path) -> list[Path]:
    """The document files of a corpus directory, in a stable order, hidden files skipped.

    Walked with ``os.walk`` and plain strings: it runs before every answer (to
    notice corpus changes), and pathlib costs ~0.1 ms a file.
    """
    found: list[tuple[str, str]] = []
    top = str(directory)
    for root, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        prefix = os.path.relpath(root, top).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        for name in files:
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in DOCUMENT_SUFFIXES:
                continue
            full = os.path.join(root, name)
            if os.path.isfile(full):
                found.append((prefix + name, full))
    return [Path(full) for _, full in sorted(found)]


def load_corpus(directory: Path, max_passage_chars: int = 600) -> Corpus:
    """Load every document of ``directory``; an empty or missing corpus is an error."""
    if not directory.exists():
        raise CorpusError("missing_dir", path=directory)
    if not directory.is_dir():
        raise CorpusError("not_a_dir", path=directory)
    documents, passages = [], []
    for path in document_files(directory):
        document = read_document(path, directory)
        documents.append(document)
        own = passages_of(document, len(passages), max_passage_chars)
        unmatched = unmatched_key(document, own)
        if unmatched is not None:
            raise CorpusError(f"{unmatched[0]}_unmatched", path=path, detail=unmatched[1])
        passages.extend(own)
    if not passages:
        raise CorpusError("empty", path=directory)
    return Corpus(directory, tuple(documents), Passages(passages))


def load_synonyms(path: Path) -> tuple[tuple[str, ...], ...]:
    """Synonym groups from the corpus's YAML file; a missing file means none.

    The file holds ``groups:``, a list of lists of equivalent words or phrases.
    """
    if not path.is_file():
        return ()
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError):
        raise CorpusError("synonyms", path=path) from None
    groups = data.get("groups") if isinstance(data, dict) else None
    if not isinstance(groups, list) or not all(
        isinstance(g, list) and len(g) >= 2 and all(isinstance(x, (str, int)) for x in g) for g in groups
    ):
        raise CorpusError("synonyms", path=path, detail="expected groups: a list of lists")
    return tuple(tuple(str(x) for x in g) for g in groups)
