"""Sending to Telegram: escaped HTML split under 4,096 characters, buttons, "typing…".

Every reply leaves through :func:`send`: HTML parse mode with everything
escaped (:mod:`askbot.telegram_format`), one message per part, the keyboard
under the last part; should Telegram still refuse the entities, the same
text is sent again without parse mode.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, ReplyParameters, Update
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, TelegramError

from . import telegram_wording as tw
from . import wording
from .telegram_format import Block, paragraphs, plain_of, render

log = logging.getLogger(__name__)


async def send(context, chat_id: int, blocks: list[Block], *, markup=None, reply_to: int | None = None):
    """Send ``blocks`` as one or more messages; the keyboard goes under the last one."""
    html_parts = render(blocks)
    sent = None
    for n, html_text in enumerate(html_parts):
        options = {
            "reply_markup": markup if n == len(html_parts) - 1 else None,
            "link_preview_options": LinkPreviewOptions(is_disabled=True),
            "reply_parameters": (ReplyParameters(reply_to, allow_sending_without_reply=True)
                                 if reply_to and n == 0 else None),
        }
        try:
            sent = await context.bot.send_message(chat_id, html_text, parse_mode=ParseMode.HTML, **options)
        except BadRequest as exc:
            if "can't parse entities" not in str(exc).lower():
                raise
            log.warning("Telegram refused the HTML of a reply (%s); sending it as plain text", exc)
            sent = await context.bot.send_message(chat_id, plain_of(html_text), **options)
    return sent


async def send_text(context, chat_id: int, text: str, *, reply_to: int | None = None):
    return await send(context, chat_id, paragraphs(text), reply_to=reply_to)


def reply_blocks(reply) -> list[Block]:
    """The answer's paragraphs, then its source in italics with a link (and a
    second link when a sentence was quoted from a section with another source)."""
    source = reply.source
    if reply.answered and source is not None:
        line = wording.source_line(source.title, *reply.links)
        if reply.text.endswith(line):
            body = reply.text[: -len(line)]
            first, *more = reply.links or (None,)
            return (paragraphs(body) + [Block(wording.source_line(source.title), "i", first)]
                    + [Block(wording.OTHER_SOURCE, "i", url) for url in more])
    return paragraphs(reply.text)


def answer_keyboard(entry_id: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([
        [InlineKeyboardButton(tw.BUTTON_PASSAGE, callback_data=f"p:{entry_id}"),
         InlineKeyboardButton(tw.BUTTON_OTHER, callback_data=f"n:{entry_id}")],
        [InlineKeyboardButton(tw.BUTTON_UP, callback_data=f"u:{entry_id}"),
         InlineKeyboardButton(tw.BUTTON_DOWN, callback_data=f"d:{entry_id}")],
    ])


def group_reply_to(update: Update) -> int | None:
    chat, message = update.effective_chat, update.effective_message
    return message.message_id if chat.type != ChatType.PRIVATE and message else None


async def typing(context, chat_id: int) -> None:
    try:
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
    except TelegramError as exc:  # a missing "typing…" must not cost the answer
        log.warning("sendChatAction failed: %s", exc)
