"""The persistent index: analysed passages and BM25 statistics kept on disk.

Building the searchable state means reading, splitting and analysing every
passage; a warm start loads it from one cache file instead. The file is
trusted only if everything about it matches:

* a magic line and a JSON header: cache format, askbot and numpy versions,
  a hash of the code that shapes the state, the analysis and retrieval
  settings, and the **fingerprint of the corpus contents** (SHA-256
  of every document file, by path);
* the SHA-256 of the payload, checked before unpickling;
* the payload is a pickle whose large arrays are stored after it, raw and
  aligned (pickle protocol 5's out-of-band buffers), and come back as views
  of the memory-mapped file: no copy of hundreds of megabytes at start-up;
* unpickling allows only askbot's own classes, numpy arrays and a few
  builtins, so even a foreign file cannot run code;
* the object that comes out must be of the expected type.

Anything else (a corrupt, truncated, foreign or stale file) is ignored and the
state rebuilt; the cache is written atomically, and only when the corpus did
not change while it was being built. One file per corpus folder lives in the
cache directory (``cache.dir`` in ``config.yaml``, by default the user's cache
folder), never in the corpus.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import mmap
import pickle
import sys
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Callable

# Their code shapes the cached state (see _CODE_MODULES).
from . import (__version__, corpus, fields, framing, frontmatter, indexing, lexicon, priors,  # noqa: F401
               retrieval, sentences, text)
from .atomic import atomic_write
from .corpus import document_files

log = logging.getLogger(__name__)

CACHE_FORMAT = 2
ALIGN = 64  # byte alignment of each array stored after the pickle
MAGIC = b"ASKBOT-INDEX\n"
MAX_HEADER = 64 * 1024
_CODE_MODULES = ("askbot.corpus", "askbot.frontmatter", "askbot.sentences", "askbot.indexing", "askbot.framing",
                 "askbot.retrieval", "askbot.fields", "askbot.text", "askbot.lexicon", "askbot.priors", "askbot.cache")
_CODE_DATA = ("data/fr_frequencies.tsv",)  # the lexicon respells words before stemming


@dataclass(frozen=True)
class Signature:
    """Cheap evidence of change: each corpus file's path, size and modification time."""

    entries: tuple[tuple[str, int, int], ...]


def corpus_signature(corpus_dir: Path, extra: tuple[Path, ...] = ()) -> Signature:
    """Stat the document files (and ``extra`` files such as synonyms); no content read."""
    entries = []
    for path in [*document_files(corpus_dir), *extra]:
        try:
            st = path.stat()
        except OSError:
            entries.append((path.as_posix(), -1, -1))
            continue
        entries.append((path.as_posix(), st.st_size, st.st_mtime_ns))
    return Signature(tuple(entries))


def corpus_fingerprint(corpus_dir: Path) -> str:
    """SHA-256 over every document file's relative path and content."""
    digest = hashlib.sha256()
    for path in document_files(corpus_dir):
        try:
            data = path.read_bytes()
        except OSError:
            data = b"\x00unreadable"
        digest.update(path.relative_to(corpus_dir).as_posix().encode("utf-8") + b"\x00")
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def cache_file(cache_dir: Path, corpus_dir: Path) -> Path:
    """The cache file of one corpus folder, named after its absolute path."""
    key = hashlib.sha256(str(Path(corpus_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(cache_dir) / f"index-{key}.pickle"


def code_version(*modules) -> str:
    """SHA-256 of the source of the modules whose classes are cached.

    Any change to how the state is shaped or computed (a new field, another
    formula) then invalidates old cache files, with no version to remember
    to bump.
    """
    digest = hashlib.sha256()
    for module in modules:
        try:
            digest.update(Path(module.__file__).read_bytes())
        except (OSError, TypeError):
            digest.update(f"{module.__name__}:{__version__}".encode("utf-8"))
    for name in _CODE_DATA:
        digest.update(resources.files("askbot").joinpath(name).read_bytes())
    return digest.hexdigest()


def make_header(fingerprint: str | None, settings: dict, code: str, signature: Signature) -> dict:
    """Everything a cache file must match to be used (no fingerprint: not checked)."""
    import numpy

    header = {
        "format": CACHE_FORMAT,
        "askbot": __version__,
        "numpy": numpy.__version__,
        "code": code,
        "settings": settings,
        "signature": hashlib.sha256(json.dumps(signature.entries).encode("utf-8")).hexdigest(),
    }
    if fingerprint is not None:
        header["fingerprint"] = fingerprint
    return header


def header_of(path: Path) -> dict:
    """The JSON header of a cache file (read after :func:`read_cache` accepted it)."""
    with path.open("rb") as f:
        return json.loads(f.read(len(MAGIC) + MAX_HEADER)[len(MAGIC):].split(b"\n", 1)[0])


def write_cache(path: Path, header: dict, payload: Any) -> None:
    """Pickle ``payload`` behind ``header`` and the payload's checksum, atomically;
    its arrays follow the pickle, each aligned, as raw bytes."""
    buffers: list[pickle.PickleBuffer] = []
    blob = pickle.dumps(payload, protocol=5, buffer_callback=buffers.append)
    arrays = [b.raw() for b in buffers]
    digest = hashlib.sha256(blob)
    for array in arrays:
        digest.update(array)
    full = dict(header, payload_sha256=digest.hexdigest(), payload_size=len(blob),
                buffer_sizes=[a.nbytes for a in arrays])
    head = MAGIC + json.dumps(full, sort_keys=True, ensure_ascii=True).encode("ascii") + b"\n"

    def chunks():
        yield head
        yield blob
        offset = len(head) + len(blob)
        for array in arrays:
            yield bytes(-offset % ALIGN)
            offset += -offset % ALIGN + array.nbytes
            yield array

    atomic_write(path, chunks(), crash_name="cache")


def read_cache(path: Path, header: dict, expected: type) -> Any | None:
    """The cached object if the file is intact and made for ``header``; else ``None``.

    The file is memory-mapped; the arrays of the object are read-only views of it.
    """
    try:
        with path.open("rb") as f:
            data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except FileNotFoundError:
        log.info("index cache: none yet at %s", path)
        return None
    except (OSError, ValueError) as exc:  # ValueError: an empty file cannot be mapped
        log.warning("index cache unreadable, rebuilding: %s", exc)
        return None
    found = _check(data, header)
    if isinstance(found, str):
        log.info("index cache ignored (%s): %s", found, path)
        return None
    blob, arrays = found
    try:
        value = _SafeUnpickler(io.BytesIO(blob), buffers=arrays).load()
    except Exception as exc:  # any failure of a foreign or damaged payload means: rebuild
        log.warning("index cache ignored (unpickling failed: %s): %s", exc, path)
        return None
    if not isinstance(value, expected):
        log.warning("index cache ignored (holds %s): %s", type(value).__name__, path)
        return None
    return value


def _check(data: mmap.mmap, header: dict) -> str | tuple[bytes, list[memoryview]]:
    """The pickle and the views of its arrays, or why the file cannot be used."""
    if data[: len(MAGIC)] != MAGIC:
        return "not an askbot index"
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if end < 0:
        return "no header"
    try:
        found = json.loads(data[len(MAGIC):end].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return "bad header"
    if not isinstance(found, dict):
        return "bad header"
    for key, value in header.items():
        if found.get(key) != json.loads(json.dumps(value, sort_keys=True)):
            return f"{key} differs"
    size, sizes = found.get("payload_size"), found.get("buffer_sizes")
    if not isinstance(size, int) or not isinstance(sizes, list) or not all(isinstance(n, int) for n in sizes):
        return "bad header"
    view = memoryview(data)
    offset = end + 1 + size
    blob, arrays = view[end + 1 : offset], []
    digest = hashlib.sha256(blob)
    for n in sizes:
        offset += -offset % ALIGN
        arrays.append(view[offset : offset + n])
        digest.update(arrays[-1])
        offset += n
    if offset != len(data):
        return "truncated"
    if found.get("payload_sha256") != digest.hexdigest():
        return "checksum mismatch"
    return bytes(blob), arrays


_ALLOWED_GLOBALS = {
    ("builtins", "frozenset"), ("builtins", "set"), ("builtins", "tuple"), ("builtins", "list"),
    ("builtins", "dict"), ("builtins", "bytearray"), ("builtins", "complex"),
    ("collections", "Counter"), ("collections", "OrderedDict"), ("copyreg", "_reconstructor"),
    ("builtins", "object"), ("datetime", "date"), ("datetime", "datetime"), ("datetime", "time"),
    ("datetime", "timedelta"), ("datetime", "timezone"),
    ("pathlib", "PosixPath"), ("pathlib", "WindowsPath"), ("pathlib", "PurePosixPath"),
    ("numpy", "ndarray"), ("numpy", "dtype"),
    ("numpy.core.multiarray", "_reconstruct"), ("numpy._core.multiarray", "_reconstruct"),
    ("numpy.core.multiarray", "scalar"), ("numpy._core.multiarray", "scalar"),
    ("numpy._core.numeric", "_frombuffer"), ("numpy.core.numeric", "_frombuffer"),
}


class _SafeUnpickler(pickle.Unpickler):
    """Only askbot's own classes, numpy arrays and plain containers may be rebuilt."""

    def find_class(self, module: str, name: str):
        if "." not in name and (module, name) in _ALLOWED_GLOBALS:
            return super().find_class(module, name)
        if "." not in name and (module == "askbot" or module.startswith("askbot.")):
            obj = super().find_class(module, name)
            if isinstance(obj, type) and obj.__module__ == module:
                return obj
        if module == "numpy" and name.endswith("DType") and "." not in name:
            return super().find_class("numpy.dtypes", name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in an index cache")


@dataclass(frozen=True)
class Loaded:
    """A state and what it was built from, so that changes can be noticed later."""

    state: Any
    fingerprint: str  # of the corpus contents the state was built from
    signature: Signature  # cheap stat of the corpus files, taken before reading them
    from_cache: bool
    seconds: float


def default_cache_dir() -> Path:
    """The user's cache folder for askbot (``~/.cache/askbot`` on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("askbot", appauthor=False))


def cache_path_for(config, corpus_dir: Path) -> Path | None:
    """Where the cache file of ``corpus_dir`` lives under ``config``; None when disabled."""
    if not config.cache.enabled:
        return None
    directory = config.resolve(config.cache.dir) if config.cache.dir else default_cache_dir()
    return cache_file(directory, corpus_dir)


def load_or_build(path: Path | None, corpus_dir: Path, settings: dict, build: Callable[[], Any],
                  expected: type, watch: tuple[Path, ...] = (), force: bool = False) -> Loaded:
    """The cached state for the corpus if current, else a fresh one from ``build()``.

    ``path`` None means no cache. The fresh state is stored only if the corpus
    did not change while it was built; a cache that cannot be written is
    logged and skipped (answering never depends on it). ``watch`` lists extra
    files whose changes should count as corpus changes (e.g. synonyms);
    ``force`` rebuilds even when the cache is current.
    """
    start = time.perf_counter()
    signature = corpus_signature(corpus_dir, watch)
    code = code_version(*(sys.modules[m] for m in _CODE_MODULES + (expected.__module__,)))
    if path is not None and not force:
        # Fast path: no file touched since the cache was written (same paths,
        # sizes and modification times, as make and git judge it), so there
        # is no need to read the whole corpus to fingerprint it.
        header = make_header(None, settings, code, signature)
        cached = read_cache(path, header, expected)
        if cached is not None:
            return Loaded(cached, header_of(path)["fingerprint"], signature, True, time.perf_counter() - start)
    fingerprint = corpus_fingerprint(corpus_dir)
    header = make_header(fingerprint, settings, code, signature)
    if path is not None and not force:
        cached = read_cache(path, {k: v for k, v in header.items() if k != "signature"}, expected)
        if cached is not None:  # files touched, contents the same
            return Loaded(cached, fingerprint, signature, True, time.perf_counter() - start)
    state = build()
    if path is not None and corpus_fingerprint(corpus_dir) == fingerprint:
        try:
            write_cache(path, header, state)
        except OSError as exc:
            log.warning("index cache not written (%s): %s", exc, path)
    return Loaded(state, fingerprint, signature, False, time.perf_counter() - start)
