"""Configuration: ``config.yaml`` read once, validated, turned into frozen dataclasses.

Every section is a dataclass whose fields are the documented keys; the
validator is generic, so adding a key means adding a field (and documenting
it in ``config.yaml`` and the README, which a test checks). Unknown keys and
wrong types are rejected naming the file and the key. Secrets never live
here: they come from the environment.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import ConfigError

CONFIG_ENV = "ASKBOT_CONFIG"
YAMLError = yaml.YAMLError
# libyaml's loader when PyYAML was built with it: the same safe subset as
# yaml.safe_load, about ten times faster (it is most of a warm start).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    """``yaml.safe_load``, through libyaml when available. Raises :data:`YAMLError`."""
    return yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 (a safe loader)


def safe_dump(data: dict) -> str:
    """Front matter as written into the corpus: UTF-8 kept, keys in order, no line folding."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


@dataclass(frozen=True)
class CorpusConfig:
    dir: str = "corpus"
    synonyms: str = "synonymes.yaml"
    max_passage_chars: int = 600


@dataclass(frozen=True)
class AnalysisConfig:
    stemmer: str = "snowball"
    fuzzy: bool = True


@dataclass(frozen=True)
class RetrievalConfig:
    variant: str = "plus"
    k1: float = 1.2
    b: float = 0.75
    delta: float = 1.0
    top_k: int = 3
    title_weight: int = 1
    heading_weight: int = 1
    surface_weight: float = 0.25
    prefix_weight: float = 0.25
    lead_weight: float = 0.25


@dataclass(frozen=True)
class AnswerConfig:
    max_sentences: int = 3
    min_coverage: float = 0.45
    min_strong_coverage: float = 0.85
    min_margin: float = 0.2


@dataclass(frozen=True)
class TelegramConfig:
    token_env: str = "TELEGRAM_BOT_TOKEN"
    api_url: str = "https://api.telegram.org"
    admins: tuple[int, ...] = ()
    rate_limit_per_minute: int = 20
    max_document_mb: float = 20.0
    poll_timeout: int = 30
    request_timeout: float = 10.0
    retries: int = 3
    webhook_url: str = ""
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret_env: str = "TELEGRAM_WEBHOOK_SECRET"


@dataclass(frozen=True)
class LogConfig:
    questions: bool = True
    path: str = "logs/questions.jsonl"
    store_user_ids: bool = False


@dataclass(frozen=True)
class LibraryConfig:
    max_file_mb: float = 20.0


@dataclass(frozen=True)
class CacheConfig:
    enabled: bool = True
    dir: str | None = None


@dataclass(frozen=True)
class ConsoleConfig:
    history: bool = True
    history_file: str | None = None


@dataclass(frozen=True)
class Config:
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    analysis: AnalysisConfig = field(default_factory=AnalysisConfig)
    retrieval: RetrievalConfig = field(default_factory=RetrievalConfig)
    answer: AnswerConfig = field(default_factory=AnswerConfig)
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    log: LogConfig = field(default_factory=LogConfig)
    library: LibraryConfig = field(default_factory=LibraryConfig)
    cache: CacheConfig = field(default_factory=CacheConfig)
    console: ConsoleConfig = field(default_factory=ConsoleConfig)
    base_dir: Path = field(default=Path("."), metadata={"internal": True})

    def resolve(self, path: str) -> Path:
        """A path from the configuration, relative to the config file's folder."""
        p = Path(path).expanduser()
        return p if p.is_absolute() else self.base_dir / p

    @property
    def corpus_dir(self) -> Path:
        return self.resolve(self.corpus.dir)


_CHOICES = {
    ("analysis", "stemmer"): ("snowball", "light", "none"),
    ("retrieval", "variant"): ("okapi", "l", "plus"),
}
_POSITIVE = {("retrieval", "top_k"), ("corpus", "max_passage_chars"), ("answer", "max_sentences")}


def default_config_path() -> Path | None:
    """``$ASKBOT_CONFIG``, else ``./config.yaml`` when it exists, else none (defaults)."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    local = Path("config.yaml")
    return local if local.is_file() else None


def load_config(path: Path | str | None = None) -> Config:
    """Read and validate a config file; ``None`` means the default location."""
    path = Path(path) if path is not None else default_config_path()
    if path is None:
        return Config(base_dir=Path.cwd())
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("missing", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError("unreadable", path=path, detail=str(exc)) from None
    try:
        data = safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = str(mark.line + 1) if mark else ""
        raise ConfigError("syntax", path=path, detail=line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("not_a_mapping", path=path)
    return _build(Config, data, path, prefix="", extra={"base_dir": path.resolve().parent})


def _build(cls, data: dict, path: Path, prefix: str, extra: dict | None = None):
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("internal")}
    for key in data:
        if key not in fields:
            raise ConfigError("unknown_key", path=path, key=f"{prefix}{key}")
    values = dict(extra or {})
    for name, value in data.items():
        hint = hints[name]
        dotted = f"{prefix}{name}"
        if dataclasses.is_dataclass(hint):
            if value is None:
                value = {}
            if not isinstance(value, dict):
                raise ConfigError("wrong_type", path=path, key=dotted, detail="section")
            values[name] = _build(hint, value, path, prefix=f"{dotted}.")
        else:
            values[name] = _check_value(hint, value, path, dotted, tuple(dotted.split(".")[-2:]))
    return cls(**values)


def _check_value(hint, value, path: Path, dotted: str, pair: tuple):
    allowed = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    if value is None and type(None) in allowed:
        return None
    kinds = [t for t in allowed if t is not type(None)]
    kind = kinds[0]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    origin = typing.get_origin(kind)
    if origin is tuple:
        inner = typing.get_args(kind)[0]
        if not isinstance(value, list) or not all(
            isinstance(v, inner) and not isinstance(v, bool) for v in value
        ):
            raise ConfigError("wrong_type", path=path, key=dotted, detail=f"list of {inner.__name__}")
        return tuple(value)
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise ConfigError("wrong_type", path=path, key=dotted, detail=kind.__name__)
    if pair in _CHOICES and value not in _CHOICES[pair]:
        raise ConfigError("bad_choice", path=path, key=dotted, detail=" | ".join(_CHOICES[pair]))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value < 0 or (pair in _POSITIVE and value <= 0):
            raise ConfigError("out_of_range", path=path, key=dotted)
    return value
