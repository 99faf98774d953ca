"""Managing the documents of a corpus: add, list, find and remove.

This is what ``askbot add / list / remove`` and the Telegram admin uploads
call. Adding converts the file (:mod:`askbot.convert`), refuses it if it is
empty, too large, of the wrong type, undecodable, textless or already in the
corpus (same content hash), and writes a Markdown document with front matter
(title, original file name, source URL, date added, content hash) under the
corpus lock, atomically. A refused document leaves the corpus untouched.

The content hash is taken over the sequence of words, case-folded, so the
same text arriving as plain text or as Markdown, or with different line
breaks, is recognised; documents written by hand are hashed the same way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .atomic import atomic_write, corpus_lock, crash_point, remove_stale_temporaries
from .config import LibraryConfig, safe_dump
from .convert import SUPPORTED_SUFFIXES, clean_title, convert
from .corpus import Document, document_files, passages_of, read_document, unmatched_key
from .errors import CorpusError, DocumentError

DEFAULT_MAX_BYTES = int(LibraryConfig.max_file_mb * 1024 * 1024)
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class DocumentInfo:
    """One document of the corpus as ``askbot list`` shows it."""

    path: str  # relative to the corpus directory
    title: str
    passages: int
    words: int
    added: str | None  # ISO date, for documents added with ``askbot add``
    source_url: str | None
    original_file: str | None


@dataclass(frozen=True)
class AddedDocument:
    path: str
    title: str
    passages: int
    words: int
    content_hash: str
    original_file: str
    source_url: str | None


@dataclass(frozen=True)
class RemovedDocument:
    path: str
    title: str


def content_hash(text: str) -> str:
    """``sha256:`` of the text's words, case-folded: blind to layout and Markdown marks."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return "sha256:" + hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def slugify(text: str, default: str = "document") -> str:
    """A safe file stem: ASCII letters, digits and dashes, at most 60 characters."""
    folded = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("æ", "ae"))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60].strip("-")
    return slug or default


def add_document(corpus_dir: Path, path: Path, *, title: str | None = None,
                 source_url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 name: str | None = None, original_name: str | None = None,
                 max_passage_chars: int = 600) -> AddedDocument:
    """Convert the file at ``path`` and add it to the corpus.

    ``name`` chooses the file name in the corpus (refused if it would leave
    the corpus folder); by default it is derived from ``original_name`` (the
    name the user knows the file by, e.g. a Telegram upload's; default:
    ``path``'s name). Raises :class:`DocumentError` for a refused document and
    :class:`CorpusError` when the corpus itself cannot be written.
    """
    path = Path(path)
    corpus_dir = Path(corpus_dir)
    original = Path(original_name or path.name).name
    shown = Path(original) if original_name else path  # the name errors give the user
    data = _read_limited(path, max_bytes, shown)
    url = _check_url(source_url, shown) if source_url else None
    converted = convert(data, str(shown))
    doc_title = clean_title(title) or converted.title or _title_from_name(original)
    url = url or converted.source_url
    body = converted.markdown
    digest = content_hash(body)
    document = Document(path="new.md", title=doc_title, url=url, text=body, meta={}, questions=converted.questions,
                        section_sources=converted.section_sources)
    cut = passages_of(document, 0, max_passage_chars)
    if not cut:
        raise DocumentError("no_text", path=shown)
    unmatched = unmatched_key(document, cut)
    if unmatched is not None:
        raise DocumentError(f"unmatched_{unmatched[0]}", path=shown, detail=unmatched[1])
    passages = len(cut)
    target_rel = _checked_name(corpus_dir, name, shown) if name else None
    if not corpus_dir.is_dir():
        raise CorpusError("missing_dir", path=corpus_dir)

    with corpus_lock(corpus_dir):
        remove_stale_temporaries(corpus_dir)
        existing = _find_duplicate(corpus_dir, digest)
        if existing is not None:
            raise DocumentError("duplicate", path=shown, detail=f"{existing.path}|{existing.title}")
        if target_rel is None:
            target_rel = _free_name(corpus_dir, slugify(Path(original).stem))
        elif (corpus_dir / target_rel).exists():
            raise DocumentError("name_taken", path=shown, detail=target_rel)
        meta = {"title": doc_title, "original_file": original}
        if url:
            meta["source"] = url
        meta["added"] = dt.date.today().isoformat()
        meta["content_hash"] = digest
        if converted.section_sources:
            meta["section_sources"] = {key: list(urls) for key, urls in converted.section_sources.items()}
        if converted.questions:
            meta["questions"] = {key: list(asked) for key, asked in converted.questions.items()}
        front = safe_dump(meta)
        crash_point("add:converted")
        atomic_write(corpus_dir / target_rel, f"---\n{front}---\n\n{body}".encode("utf-8"),
                     crash_name="add")
    words = len(_WORD.findall(body))
    return AddedDocument(target_rel, doc_title, passages, words, digest, original, url)


def _read_limited(path: Path, max_bytes: int, shown: Path) -> bytes:
    try:
        if not path.exists():
            raise DocumentError("not_found", path=shown)
        if not path.is_file():
            raise DocumentError("not_a_file", path=shown)
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError("too_large", path=shown, detail=f"{size}>{max_bytes}")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise DocumentError("unreadable", path=shown, detail=exc.strerror or str(exc)) from None
    if len(data) > max_bytes:  # the file grew while we looked
        raise DocumentError("too_large", path=shown, detail=f"{len(data)}>{max_bytes}")
    if not data.strip():
        raise DocumentError("empty", path=shown)
    return data


def _check_url(url: str, path: Path) -> str:
    url = url.strip()
    if not re.match(r"^https?://[^\s/]+\.[^\s]*$", url):
        raise DocumentError("bad_url", path=path, detail=url)
    return url


def _title_from_name(name: str) -> str:
    return clean_title(re.sub(r"[-_]+", " ", Path(name).stem)) or "Document sans titre"


def _checked_name(corpus_dir: Path, name: str, path: Path) -> str:
    """A user-chosen corpus file name, refused if it points outside the corpus."""
    pure = PurePosixPath(name.replace("\\", "/"))
    if (pure.is_absolute() or ".." in pure.parts or not pure.parts
            or any(part.startswith(".") for part in pure.parts) or re.match(r"^[A-Za-z]:", name)):
        raise DocumentError("unsafe_name", path=path, detail=name)
    if pure.suffix.lower() != ".md":
        pure = pure.with_name(pure.name + ".md")
    root = corpus_dir.resolve()
    parent = (corpus_dir / pure).parent.resolve()
    if parent != root and root not in parent.parents:
        raise DocumentError("unsafe_name", path=path, detail=name)
    return pure.as_posix()


def _free_name(corpus_dir: Path, stem: str) -> str:
    taken = {p.name.lower() for p in corpus_dir.iterdir()}
    candidate, n = f"{stem}.md", 2
    while candidate.lower() in taken or f"{Path(candidate).stem}.txt".lower() in taken:
        candidate, n = f"{stem}-{n}.md", n + 1
    return candidate


def _find_duplicate(corpus_dir: Path, digest: str) -> Document | None:
    for file in document_files(corpus_dir):
        try:
            document = read_document(file, corpus_dir)
        except CorpusError:
            continue  # a broken file is reported when the corpus is loaded
        if content_hash(document.text) == digest:
            return document
    return None


def list_documents(corpus_dir: Path, max_passage_chars: int = 600) -> list[DocumentInfo]:
    """Every document of the corpus, in path order; a broken file raises ``CorpusError``."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError("missing_dir", path=corpus_dir)
    return [_info(read_document(f, corpus_dir), max_passage_chars) for f in document_files(corpus_dir)]


def _info(document: Document, max_passage_chars: int) -> DocumentInfo:
    meta = document.meta
    added = meta.get("added")
    return DocumentInfo(
        path=document.path,
        title=document.title,
        passages=len(passages_of(document, 0, max_passage_chars)),
        words=len(_WORD.findall(document.text)),
        added=str(added) if added else None,
        source_url=document.url,
        original_file=str(meta["original_file"]) if meta.get("original_file") else None,
    )


def find_document(corpus_dir: Path, ref: str) -> Document:
    """The document ``ref`` names: a path (in the corpus) or a title (accents and case ignored)."""
    corpus_dir = Path(corpus_dir)
    return _find(corpus_dir, ref, document_files(corpus_dir))


def _find(corpus_dir: Path, ref: str, files: list[Path]) -> Document:
    """:func:`find_document` among the corpus's document ``files`` (walked once by the caller)."""
    root = corpus_dir.resolve()
    candidate = _as_path(corpus_dir, ref)
    if candidate is not None:
        resolved = candidate.resolve()
        if root not in resolved.parents:
            raise DocumentError("outside_corpus", path=ref)
        if resolved.is_file() and resolved in {f.resolve() for f in files}:
            return read_document(resolved, root)
    wanted = _fold(ref)
    # The name a file was added under ("horaires_nc.md" became "horaires-nc.md") names it too.
    added_as = slugify(Path(ref).stem, default="")
    matches = []
    for file in files:
        try:
            document = read_document(file, corpus_dir)
        except CorpusError:
            continue
        stem = Path(document.path).stem
        if wanted in (_fold(document.title), _fold(stem), _fold(document.path)) or added_as == stem:
            matches.append(document)
    if not matches:
        raise DocumentError("not_in_corpus", path=ref)
    if len(matches) > 1:
        raise DocumentError("ambiguous", path=ref, detail=", ".join(d.path for d in matches))
    return matches[0]


def _as_path(corpus_dir: Path, ref: str) -> Path | None:
    """``ref`` read as a path: as typed (from here), or inside the corpus; None if not path-like."""
    as_typed = Path(ref).expanduser()
    if as_typed.is_absolute() or (as_typed.exists() and as_typed.is_file()):
        return as_typed
    pure = PurePosixPath(ref.replace("\\", "/"))
    if ".." in pure.parts or "/" in ref or Path(ref).suffix.lower() in SUPPORTED_SUFFIXES:
        return corpus_dir / ref
    return None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def remove_document(corpus_dir: Path, ref: str) -> RemovedDocument:
    """Delete the document ``ref`` names; the last document of a corpus is kept."""
    corpus_dir = Path(corpus_dir)
    with corpus_lock(corpus_dir):
        files = document_files(corpus_dir)
        document = _find(corpus_dir, ref, files)
        if len(files) <= 1:
            raise DocumentError("last_document", path=document.path)
        try:
            (corpus_dir / document.path).unlink()
        except OSError as exc:
            raise CorpusError("unwritable", path=corpus_dir / document.path,
                              detail=exc.strerror or str(exc)) from None
    return RemovedDocument(document.path, document.title)
