"""The Telegram conversation: thin handlers that get the text, ask the engine, send the reply.

:class:`BotState` (kept in ``application.bot_data``) holds the engine, one
engine conversation per chat (so follow-ups work), the per-user rate limit
and the question log. :func:`add_handlers` registers every handler and the
error handler on a python-telegram-bot ``Application``; building and running
that application is :mod:`askbot.telegram_run`'s job, and administrators'
documents are :mod:`askbot.telegram_admin`'s.

Replies leave through :mod:`askbot.telegram_send`.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field

from telegram import InlineKeyboardMarkup, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, MessageHandler, filters

from . import __version__, wording
from . import telegram_wording as tw
from .telegram_send import answer_keyboard, group_reply_to, reply_blocks, send, send_text, typing

log = logging.getLogger(__name__)
STATE = "askbot"
MAX_CHATS = 1000  # conversations kept in memory; the least recently used is forgotten
MAX_ANSWERS = 20  # answers per chat whose "Voir le passage" button still works


@dataclass
class RateLimiter:
    """At most ``per_minute`` questions per user in any 60-second window (0: no limit)."""

    per_minute: int
    window: float = 60.0
    _times: dict = field(default_factory=dict)
    _warned: dict = field(default_factory=dict)

    def check(self, user_id: int, now: float | None = None) -> str:
        """``"ok"``, ``"warn"`` (first refusal in the window) or ``"silent"``."""
        if self.per_minute <= 0:
            return "ok"
        now = time.monotonic() if now is None else now
        times = self._times.setdefault(user_id, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        if len(times) < self.per_minute:
            times.append(now)
            return "ok"
        # One polite message per window, so the refusals do not flood the chat.
        if self._warned.get(user_id, -1e9) > now - self.window:
            return "silent"
        self._warned[user_id] = now
        return "warn"


@dataclass
class ChatState:
    conversation: object
    last_entry: str | None = None
    passages: OrderedDict = field(default_factory=OrderedDict)  # entry id -> full passage text


class BotState:
    """What the handlers share; one per application."""

    def __init__(self, engine, config, qlog, top_k=None) -> None:
        self.engine = engine
        self.config = config
        self.qlog = qlog
        self.top_k = top_k
        self.limiter = RateLimiter(config.telegram.rate_limit_per_minute)
        self.chats: OrderedDict[int, ChatState] = OrderedDict()

    @property
    def corpus_dir(self):
        """The folder the engine answers from, where uploads go."""
        return self.engine.corpus.directory

    def chat(self, chat_id: int) -> ChatState:
        state = self.chats.get(chat_id)
        if state is None:
            state = self.chats[chat_id] = ChatState(self.engine.conversation(self.top_k))
            while len(self.chats) > MAX_CHATS:
                self.chats.popitem(last=False)
        self.chats.move_to_end(chat_id)
        return state

    def is_admin(self, user) -> bool:
        return user is not None and user.id in self.config.telegram.admins

    def refresh(self) -> None:
        """Pick up corpus changes (made here or by ``askbot add`` elsewhere).

        Conversations survive a reload: the engine's ``Conversation`` drops
        candidates that point into the previous passages by itself.
        """
        self.engine.reload_if_changed()


def state_of(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    return context.application.bot_data[STATE]


# ---------------------------------------------------------------- answering
async def answer(update: Update, context, text: str) -> None:
    """Rate limit, typing…, engine, log, reply with buttons."""
    state = state_of(context)
    chat, user = update.effective_chat, update.effective_user
    reply_to = group_reply_to(update)
    verdict = state.limiter.check(user.id if user else chat.id)
    if verdict != "ok":
        if verdict == "warn":
            await send_text(context, chat.id, tw.RATE_LIMITED, reply_to=reply_to)
        return
    await typing(context, chat.id)
    log.debug("question in chat %s: %r", chat.id, text)
    chat_state = state.chat(chat.id)  # its conversation picks up corpus changes itself
    reply = chat_state.conversation.ask(text)
    await _deliver(context, state, chat_state, chat.id, reply, user, reply_to)


async def _deliver(context, state: BotState, chat_state: ChatState, chat_id: int, reply, user,
                   reply_to: int | None, *, alternative: bool = False) -> None:
    markup = None
    # "No other passage" after "Autre réponse" is not a question the corpus failed.
    if reply.answered or not alternative:
        entry = state.qlog.question("telegram", reply, user_id=user.id if user else None, chat_id=chat_id)
    if reply.kind == "refusal" and not alternative:
        # The conversation's candidates are now this question's: "Autre réponse"
        # under an earlier answer would serve them.
        chat_state.last_entry = None
    if reply.answered:
        chat_state.last_entry = entry
        chat_state.passages[entry] = chat_state.conversation.full_passage()
        while len(chat_state.passages) > MAX_ANSWERS:
            chat_state.passages.popitem(last=False)
        markup = answer_keyboard(entry)
    await send(context, chat_id, reply_blocks(reply), markup=markup, reply_to=reply_to)


def addressed_text(message, bot) -> str | None:
    """The question in a group message meant for the bot (mention or reply), else None."""
    text = message.text or ""
    username = (bot.username or "").lower()
    mentioned = False
    for entity, value in message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
        if entity.type == MessageEntity.MENTION and value[1:].lower() == username:
            mentioned = True
            text = text.replace(value, " ")
        elif entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id:
            mentioned = True
    return " ".join(text.split()) if mentioned or _replies_to(message, bot) else None


def _replies_to(message, bot) -> bool:
    """Whether a message is a reply to one of the bot's."""
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == bot.id)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a text: every message in private, only those addressed to the bot in groups."""
    message, chat = update.effective_message, update.effective_chat
    text = message.text
    if chat.type != ChatType.PRIVATE:
        text = addressed_text(message, context.bot)
        if text is None:
            return
        if not text:
            example = wording.EXAMPLE_QUESTIONS[0]
            await send_text(context, chat.id, tw.MENTION_ONLY.format(example=example),
                            reply_to=message.message_id)
            return
    await answer(update, context, text)


async def on_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/question <texte>: ask explicitly (how groups ask without a mention)."""
    text = " ".join(context.args or [])
    if not text:
        usage = tw.QUESTION_USAGE.format(example=wording.EXAMPLE_QUESTIONS[0])
        await send_text(context, update.effective_chat.id, usage, reply_to=group_reply_to(update))
        return
    await answer(update, context, text)


# ----------------------------------------------------------------- commands
async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: welcome, what the bot knows, example questions."""
    state = state_of(context)
    state.refresh()
    topics = [title for _, title in state.engine.document_titles()]
    await send_text(context, update.effective_chat.id, tw.welcome(topics), reply_to=group_reply_to(update))


async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/aide: how to ask, in private and in groups."""
    text = tw.HELP.format(username=context.bot.username)
    await send_text(context, update.effective_chat.id, text, reply_to=group_reply_to(update))


async def on_sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/sources: the documents of the corpus."""
    state = state_of(context)
    state.refresh()
    text = tw.sources_text(state.engine.document_titles())
    await send_text(context, update.effective_chat.id, text, reply_to=group_reply_to(update))


async def on_about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/apropos: what the bot is and what it logs."""
    about = tw.ABOUT_WITH_IDS if state_of(context).config.log.store_user_ids else tw.ABOUT
    await send_text(context, update.effective_chat.id, about.format(version=__version__),
                    reply_to=group_reply_to(update))


async def on_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An unknown /command in private: point to /aide."""
    if update.effective_chat.type == ChatType.PRIVATE:
        await send_text(context, update.effective_chat.id, tw.UNKNOWN_COMMAND)


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice, locations…: decline politely where a reply makes sense."""
    message, chat = update.effective_message, update.effective_chat
    if chat.type != ChatType.PRIVATE and not _replies_to(message, context.bot):
        return
    await send_text(context, chat.id, tw.NON_TEXT, reply_to=group_reply_to(update))


async def on_edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited message: not re-answered; in private, say so."""
    if update.effective_chat and update.effective_chat.type == ChatType.PRIVATE:
        await send_text(context, update.effective_chat.id, tw.EDITED)


# ------------------------------------------------------------------ buttons
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The inline buttons under an answer; the callback query is always answered."""
    query = update.callback_query
    kind, _, entry = (query.data or "").partition(":")
    state = state_of(context)
    chat = update.effective_chat
    if not entry or kind not in ("p", "n", "u", "d"):
        await query.answer(tw.EXPIRED_BUTTON, show_alert=True)
        return
    if kind in ("u", "d"):  # the entry id is in the button: works even after a restart
        await query.answer(tw.FEEDBACK_THANKS)
        state.qlog.feedback(entry, "up" if kind == "u" else "down",
                            user_id=update.effective_user.id if update.effective_user else None)
        try:  # leave only the passage buttons: one vote per answer
            keyboard = query.message.reply_markup.inline_keyboard[:1] if query.message.reply_markup else ()
            await query.edit_message_reply_markup(InlineKeyboardMarkup(keyboard))
        except (BadRequest, AttributeError) as exc:
            log.info("could not remove the feedback buttons: %s", exc)
        return
    chat_state = state.chats.get(chat.id) if chat else None
    if chat_state is None:
        await query.answer(tw.EXPIRED_BUTTON, show_alert=True)
        return
    if kind == "p":
        passage = chat_state.passages.get(entry)
        if passage is None:
            await query.answer(tw.EXPIRED_BUTTON, show_alert=True)
            return
        await query.answer()
        await send_text(context, chat.id, passage)
        return
    if entry != chat_state.last_entry:
        await query.answer(tw.OLD_BUTTON, show_alert=True)
        return
    await query.answer()
    await typing(context, chat.id)
    reply = chat_state.conversation.next_candidate()
    await _deliver(context, state, chat_state, chat.id, reply, update.effective_user, None, alternative=True)


# -------------------------------------------------------------------- errors
async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log every exception with its traceback; the user gets a short apology, never silence."""
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query:
            await update.callback_query.answer()
    except TelegramError:
        pass
    if update.effective_chat:
        try:
            await context.bot.send_message(update.effective_chat.id, tw.APOLOGY)
        except TelegramError as exc:
            log.warning("could not send the apology: %s", exc)


def add_handlers(application: Application, state: BotState) -> None:
    """Register every handler; edited messages first so that no other handler sees them."""
    from .telegram_admin import on_document, on_remove

    application.bot_data[STATE] = state
    new = filters.UpdateType.MESSAGE
    application.add_handler(MessageHandler(filters.UpdateType.EDITED, on_edited))
    for names, callback in ((("start",), on_start), (("aide", "help"), on_help),
                            (("sources",), on_sources), (("apropos",), on_about),
                            (("question",), on_question), (("retirer",), on_remove)):
        application.add_handler(CommandHandler(names, callback, filters=new))
    application.add_handler(MessageHandler(new & filters.COMMAND, on_unknown_command))
    application.add_handler(MessageHandler(new & filters.TEXT, on_text))
    application.add_handler(MessageHandler(new & filters.Document.ALL, on_document))
    application.add_handler(MessageHandler(new & ~filters.StatusUpdate.ALL, on_other))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_error_handler(on_error)
