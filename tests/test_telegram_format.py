"""HTML escaping and message splitting, checked with the fake server's own HTML parser."""

from __future__ import annotations

import pytest

from askbot.telegram_format import MAX_MESSAGE, Block, escape, paragraphs, plain, render, utf16_len
from fake_bot_api import parse_html


def test_escape_reserves_only_what_telegram_reserves():
    assert escape("a < b && c > d") == "a &lt; b &amp;&amp; c &gt; d"
    assert escape("l'UM6P « Rabat »") == "l'UM6P « Rabat »"


@pytest.mark.parametrize("text", [
    "<b>pas une balise</b>", "AT&T", "&amp; déjà échappé", "a <i", "x > y", "<script>alert(1)</script>",
    '" guillemets " et \'apostrophes\'', "&#x27;", "<a href=\"x\">",
])
def test_any_text_renders_to_valid_html_with_the_same_plain_text(text):
    [message] = render([Block(text)])
    assert parse_html(message) == text
    [link] = render([Block(text, "i", url='https://exemple.ma/?a=1&b="2"')])
    assert parse_html(link) == text


def test_styles_and_links():
    [message] = render([Block("Réponse."), Block("Source : Identité", "i", "https://aim.um6p.ma/fr/")])
    assert message == 'Réponse.\n\n<i><a href="https://aim.um6p.ma/fr/">Source : Identité</a></i>'


def test_short_text_is_one_message():
    assert len(render(paragraphs("Un.\n\nDeux."))) == 1


def _check_split(messages, source_words):
    for message in messages:
        text = parse_html(message)
        assert 0 < utf16_len(text) <= MAX_MESSAGE
    words = " ".join(parse_html(m) for m in messages).split()
    assert words == source_words


def test_long_reply_splits_between_paragraphs_first():
    paras = [f"Paragraphe {n}. " + "Ai Movement forme des talents. " * 40 for n in range(12)]
    blocks = paragraphs("\n\n".join(paras))
    messages = render(blocks)
    assert len(messages) > 1
    _check_split(messages, " ".join(paras).split())
    # Every message starts at a paragraph boundary.
    assert all(parse_html(m).startswith("Paragraphe") for m in messages)


def test_one_huge_paragraph_splits_between_sentences():
    sentence = "Ai Movement est un centre d'excellence en intelligence artificielle à Rabat. "
    text = sentence * 120
    messages = render([Block(text, "b")])
    assert len(messages) >= 2
    _check_split(messages, text.split())
    assert all(parse_html(m).rstrip().endswith(".") for m in messages)
    assert all(m.startswith("<b>") and m.endswith("</b>") for m in messages)


def test_a_sentence_without_punctuation_splits_between_words():
    text = " ".join(["intelligence"] * 800)
    messages = render([Block(text)])
    _check_split(messages, text.split())


def test_an_endless_word_is_cut_without_breaking_escapes_or_surrogates():
    text = ("&<>" + "😀" * 3) * 900
    messages = render([Block(text, "code")])
    assert "".join(parse_html(m) for m in messages) == text
    assert all(utf16_len(parse_html(m)) <= MAX_MESSAGE for m in messages)


def test_emoji_count_double_as_telegram_counts_them():
    text = "😀" * 2100  # 2,100 characters but 4,200 UTF-16 units
    assert len(render([Block(text)])) == 2


def test_plain_fallback_has_the_same_split_and_no_markup():
    blocks = [Block("a < b " * 900), Block("Source", "i", "https://x.ma")]
    html_messages, plain_messages = render(blocks), plain(blocks)
    assert [parse_html(m) for m in html_messages] == plain_messages


def test_empty_blocks_are_dropped():
    assert render([Block("  "), Block("")]) == []
    assert paragraphs("\n\n \n") == []


def test_an_answer_quoted_from_two_sources_links_both():
    from askbot.answer import Reply
    from askbot.corpus import Passage
    from askbot.telegram_send import reply_blocks
    from askbot.wording import OTHER_SOURCE, answer_text

    links = ("https://alpha.ma/presidence", "https://journal.ma/portrait")
    source = Passage(0, "direction.md", "Direction", "Présidence", "Nadia Alaoui préside le centre.", links[0])
    text = answer_text(["Nadia Alaoui préside le centre.", "Sa spécialité est la robotique."], "Direction", links)
    reply = Reply("Qui ?", "answer", text, source=source, links=links)
    blocks = reply_blocks(reply)
    assert [(b.text, b.url) for b in blocks[-2:]] == [("Source : Direction", links[0]), (OTHER_SOURCE, links[1])]
    assert "https://" not in "".join(b.text for b in blocks)  # the addresses are links, not text
