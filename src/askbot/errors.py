"""The one error hierarchy of askbot.

Library code raises these with a machine-readable ``reason`` and the file or
key involved; it never prints or exits. Only the edges (CLI, console,
Telegram) turn them into French sentences, through :mod:`askbot.wording`.
"""

from __future__ import annotations

from pathlib import Path


class AskbotError(Exception):
    """Base class: ``reason`` is a short code, ``detail`` an English hint."""

    def __init__(self, reason: str, *, path: Path | str | None = None, detail: str = "") -> None:
        self.reason = reason
        self.path = Path(path) if path is not None else None
        self.detail = detail
        where = f"{self.path}: " if self.path else ""
        super().__init__(f"{where}{reason}{': ' + detail if detail else ''}")


class ConfigError(AskbotError):
    """``config.yaml`` is missing, unreadable, malformed or has a bad key."""

    def __init__(self, reason: str, *, path=None, key: str = "", detail: str = "") -> None:
        self.key = key
        super().__init__(reason, path=path, detail=detail)
        if key:
            self.args = (f"{self.args[0]} [{key}]",)


class CorpusError(AskbotError):
    """The corpus directory or one of its files cannot be used."""


class DocumentError(AskbotError):
    """A document offered for addition is refused (empty, wrong type, duplicate…)."""
