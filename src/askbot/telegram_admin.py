"""Documents from administrators: upload to add one to the corpus, ``/retirer`` to remove one.

Only the Telegram user ids listed in ``telegram.admins`` may change the
corpus; everyone else gets a polite refusal. An upload goes through the
same code path as ``askbot add`` (:func:`askbot.library.add_document`). The
file name Telegram sends is never used as a path: the bytes are written to
a fresh temporary folder under a fixed name, and the name only serves as a
hint for the document's title and its name in the corpus (which the library
slugifies). Size is checked before downloading, and again on the bytes.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import tempfile
from pathlib import Path, PurePosixPath

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from . import library, wording
from . import telegram_wording as tw
from .convert import SUPPORTED_SUFFIXES
from .errors import AskbotError
from .telegram_bot import state_of
from .telegram_send import send_text, typing

log = logging.getLogger(__name__)
MB = 1024 * 1024


def safe_name(file_name: str | None) -> str:
    """The last component of a client-supplied file name, stripped of any folder part."""
    name = PurePosixPath((file_name or "").replace("\\", "/")).name
    return name.strip().lstrip(".") or "document"


def _describe(error: AskbotError) -> str:
    # Server paths (the temporary file, the corpus folder) are no business of the user.
    shown = copy.copy(error)
    shown.path = None
    return wording.describe_error(shown)


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A document sent to the bot: added to the corpus if it comes from an administrator."""
    state = state_of(context)
    chat, message, user = update.effective_chat, update.effective_message, update.effective_user
    if chat.type != ChatType.PRIVATE:
        return
    if not state.is_admin(user):
        log.info("document from non-admin user %s refused", user.id if user else None)
        await send_text(context, chat.id, tw.ADMIN_ONLY)
        return
    document = message.document
    name = safe_name(document.file_name)
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        formats = ", ".join(sorted(SUPPORTED_SUFFIXES))
        await send_text(context, chat.id, tw.DOC_BAD_TYPE.format(formats=formats))
        return
    limit = int(state.config.telegram.max_document_mb * MB)
    if document.file_size and document.file_size > limit:
        await send_text(context, chat.id, _too_big(document.file_size, limit))
        return
    await typing(context, chat.id)
    try:
        telegram_file = await context.bot.get_file(document.file_id)
        data = bytes(await telegram_file.download_as_bytearray())
    except TelegramError as exc:
        log.warning("could not download document %s: %s", document.file_id, exc)
        await send_text(context, chat.id, tw.DOC_DOWNLOAD_FAILED)
        return
    if len(data) > limit:
        await send_text(context, chat.id, _too_big(len(data), limit))
        return
    caption = (message.caption or "").strip() or None
    try:
        added = await asyncio.to_thread(_add, state, data, suffix, name, caption, limit)
    except AskbotError as error:
        log.info("document %r refused: %s", name, error)
        await send_text(context, chat.id, _describe(error))
        return
    state.refresh()
    log.info("admin %s added %s (%d passages)", user.id, added.path, added.passages)
    await send_text(context, chat.id, tw.DOC_ADDED.format(title=added.title, passages=added.passages))


def _add(state, data: bytes, suffix: str, name: str, title: str | None, limit: int):
    with tempfile.TemporaryDirectory(prefix="askbot-upload-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        return library.add_document(state.corpus_dir, path, title=title, original_name=name,
                                    max_bytes=limit,
                                    max_passage_chars=state.config.corpus.max_passage_chars)


def _too_big(size: int, limit: int) -> str:
    return tw.DOC_TOO_BIG.format(size=wording.megabytes(size), limit=wording.megabytes(limit))


async def on_remove(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/retirer <document>: remove a document (administrators only)."""
    state = state_of(context)
    chat, user = update.effective_chat, update.effective_user
    if not state.is_admin(user):
        await send_text(context, chat.id, tw.ADMIN_ONLY)
        return
    ref = " ".join(context.args or []).strip()
    if not ref:
        titles = state.engine.document_titles()
        example = Path(titles[0][0]).stem if titles else "mon-document"
        await send_text(context, chat.id, tw.RETIRER_USAGE.format(example=example))
        return
    try:
        removed = await asyncio.to_thread(library.remove_document, state.corpus_dir, ref)
    except AskbotError as error:
        await send_text(context, chat.id, _describe(error))
        return
    state.refresh()
    log.info("admin %s removed %s", user.id, removed.path)
    await send_text(context, chat.id, tw.DOC_REMOVED.format(title=removed.title))
