"""The engine on the shipped corpus and on small corpora: which passage answers a
question, what the reply quotes, refusals, small talk and bad input."""

import pytest

from askbot.config import load_config
from askbot.engine import Engine
from conftest import SHIPPED_CONFIG

# A second, unrelated document: a margin over "another document" needs one.
ANOTHER_DOCUMENT = {"autre.md": "---\ntitle: Autre\n---\nLe dôme abrite un centre de recherche sur le climat.\n"}


def engine_beside_another_document(make_corpus, files: dict[str, str]) -> Engine:
    return Engine.from_config(load_config(SHIPPED_CONFIG), make_corpus({**files, **ANOTHER_DOCUMENT}))


def test_answer_is_short_sourced_and_names_the_person(engine):
    reply = engine.ask("Qui dirige Ai Movement ?")
    assert reply.answered and reply.kind == "answer"
    assert "Amal El Fallah Seghrouchni" in " ".join(reply.sentences)
    assert 1 <= len(reply.sentences) <= 3
    assert reply.text.endswith(reply.source.url) and "Source : " in reply.text
    assert len(reply.text) < len(reply.source.text) + 200


def test_question_without_accents_or_with_typos_is_answered(engine):
    for question in ("Où se trouve le centre ?",  # "le centre" is a synonym of "Ai Movement"
                     "quand ai movement a ete designe centre de categorie 2 par l'unesco",
                     "ki est la presidente executve de ai movement"):
        reply = engine.ask(question)
        assert reply.answered, question


@pytest.mark.parametrize("message,needle", [
    ("cest quoi ai movement", "Centre international d'intelligence artificielle du Maroc"),
    ("cest ou ai movement", "Rabat-Technopolis"),
    ("quest ce que le consensus de rabat", "Consensus de Rabat"),
])
def test_an_apostrophe_texting_drops_is_put_back(engine, message, needle):
    # Tester round 17: "cest quoi ai movement" was refused while "c quoi ai movement" was answered.
    reply = engine.ask(message)
    assert reply.answered and needle in reply.text
    assert reply.question == message  # the reply still quotes what was typed


def test_out_of_scope_question_is_refused_with_topics(engine):
    reply = engine.ask("Quel temps fera-t-il à Rabat demain ?")
    assert reply.kind == "refusal" and not reply.answered
    assert "je ne trouve pas de réponse fiable" in reply.text
    # The nearest three topics, and where to find the others.
    bullets = [line for line in reply.text.splitlines() if line.startswith("• ")]
    assert len(bullets) == 4 and all(b[2:] in engine.topics() for b in bullets[:3])
    assert bullets[3].startswith(f"• … et {len(engine.topics()) - 3} autres sujets") and "/sources" in bullets[3]
    assert reply.hits, "candidates are still listed for a refusal"
    assert reply.text.split("\n")[1] == "• Campus, bâtiment et contact"  # the nearest topic first
    # The section that came nearest, when it holds a fair share of the question, is named.
    reply = engine.ask("Quel temps fait-il à Rabat ?")
    assert "La partie de mes documents la plus proche est « Localisation" in reply.text


@pytest.mark.parametrize("question", ["Le centre Ai Movement n'est pas à Casablanca ?",
                                      "Ai Movement c'est bien à Casablanca ? je dois y aller la semaine prochaine"])
def test_a_place_the_corpus_never_names_offered_as_where_it_is_asks_where_it_is(engine, question):
    # dev-twentieth, dev-twenty-second: refused, "Casablanca" being a name the corpus lacks.
    reply = engine.ask(question)
    assert reply.answered and "campus de l'UM6P à Rabat" in reply.text and reply.question == question


def test_where_the_dome_is_is_not_the_unescos_headquarters(engine):
    # Newcomer run: "ou se trouve le dome" got the events' summary, which names the "siège de
    # l'UNESCO" ("siège" was a synonym of "se trouve").
    assert "Parmi les événements" not in engine.ask("ou se trouve le dome").text


@pytest.mark.parametrize("question", ["Qu'est-ce que l'intelligence artificielle ?", "C'est quoi l'IA ?",
                                      "C'est quoi l'UNESCO ?"])
def test_what_an_everyday_word_of_the_corpus_is_is_not_answered_from_any_passage_saying_it(engine, question):
    # Tester round 17: "Qu'est-ce que l'intelligence artificielle ?" got the definition of Ai
    # Movement ("Centre international d'intelligence artificielle"). No passage defines AI.
    assert engine.ask(question).kind == "refusal"
    for defined in ("C'est quoi Ai Movement ?", "C'est quoi un centre de catégorie 2 ?"):  # headed by it, or said
        assert engine.ask(defined).answered, defined


@pytest.mark.parametrize("question", ["Ghita Mezzour fait quoi aujourd'hui ?",
                                      "qu'est devenue ghita mezzour apres avoir quitte le ministere ?",
                                      "Hicham El Habti est-il toujours président de l'UM6P aujourd'hui ?"])
def test_what_a_person_does_now_is_refused_when_no_sentence_says_it_of_them(engine, question):
    # Eight development sets: "… a pris la suite de Ghita Mezzour" and "En 2022, Hicham El Habti
    # était président…" answered what they do now.
    assert engine.ask(question).kind == "refusal"
    reply = engine.ask("qu'est devenue amal el fallah seghrouchni ?")  # said of her: "… est la fondatrice"
    assert reply.answered and "jusqu'à son entrée au gouvernement" in reply.text


@pytest.mark.parametrize("question", ["Hicham El Habti a fait ses études dans quelle école ?",
                                      "Qu'est-ce qu'André Azoulay pense personnellement du Consensus de Rabat ?",
                                      "Sur quels sujets de recherche travaille la Dr Btissam El Khamlichi ?",
                                      "Quand le Roi Mohammed VI a-t-il visité les locaux d'Ai Movement ?"])
def test_a_passage_naming_whom_a_question_asks_about_and_nothing_it_asks_is_no_answer(engine, question):
    # dev-twenty-fourth, -fifth and four more sets: the passage naming the person answered.
    assert engine.ask(question).kind == "refusal"


@pytest.mark.parametrize("question,needle", [
    ("Quel poste occupe Hicham El Habti ?", "président de l'Université Mohammed VI Polytechnique"),
    ("Samir Addahre, il représentait qui ?", "délégué permanent du Maroc"),
    ("Parlez-moi de Btissam El Khamlichi", "chercheuse"),  # nothing asked of her but herself
    ("AI Master Junior, le coup d'envoi a été donné dans quel lieu précis à Tanger ?", "Maison des jeunes Hassnouna"),
    ("Le Consensus de Rabat, il a été voté comment ?", "par acclamation"),  # synonyms: the launch, the adoption
    ("awitai c organisé avec qui ?", "avec la Fondation OCP"),  # "organisé avec": a partner, whatever the verb
])
def test_what_is_asked_of_a_name_may_be_said_in_the_documents_own_words(engine, question, needle):
    reply = engine.ask(question)
    assert reply.answered and needle in reply.text


def test_a_question_naming_its_subject_is_not_steered_by_what_the_asker_teaches(engine):
    # Tester round 22: "Je prépare un cours sur l'IA au Maroc" sent the pillars to the list told to
    # "Industrie du Maroc"; asked alone, the question gets a full list of the seven.
    reply = engine.ask("Bonjour, je suis professeure de lycée et je prépare un cours sur l'IA au Maroc. "
                       "Quels sont les piliers d'Ai Movement ?")
    assert reply.answered and "7 piliers" in reply.text and "Industrie du Maroc" not in reply.text
    # What the asker says still steers a question that names nothing (dev-twenty-second).
    reply = engine.ask("Je prépare un article sur le programme AWITAI. Qui le porte exactement ?")
    assert "mené par Ai Movement avec la Fondation OCP" in reply.text


@pytest.mark.parametrize("question,needle", [
    ("Quel était le budget du centre en 2023, et il venait d'où ?", "grâce aux contrats de recherche"),
    ("le budget du centre vient d'où ?", "grâce aux contrats de recherche"),
    ("D'où vient l'argent d'Ai Movement ?", "1 million d'euros par an"),
    ("ils venaient d'où les doctorants de l'AUF ?", "Yaoundé I et de Dschang"),  # people: a place
])
def test_where_money_comes_from_is_its_source_not_a_place(engine, question, needle):
    # dev-twenty-fourth: "venait d'où" asked for a place ("situé", "installé") and "venir" was a word to find.
    reply = engine.ask(question)
    assert reply.answered and needle in reply.text


@pytest.mark.parametrize("question", [
    "Que signifie le sigle ICESCO ?",  # a name the corpus never mentions
    # Tester round 22: sections whose heading says nothing asked ("recettes des formations",
    # "chargée de", a 2025 cohort).
    "Tu peux me donner une recette de tajine ?",
    "Est-ce que le séjour à Rabat est pris en charge ?",
    "Qui a gagné la CAN 2025 ?",
])
def test_a_refusal_names_no_nearest_section_when_none_is_near(engine, question):
    reply = engine.ask(question)
    assert reply.kind == "refusal" and "la plus proche" not in reply.text


def test_a_refusal_names_the_nearest_section_when_its_heading_says_what_is_asked(engine):
    reply = engine.ask("Quelle est la date limite pour postuler à la prochaine cohorte d'AWITAI ?")
    assert reply.kind == "refusal" and "la plus proche est « Troisième cohorte d'AWITAI (2025) »" in reply.text


@pytest.mark.parametrize("message,kind,needle", [
    ("Bonjour !", "smalltalk", "Bonjour"),
    ("merci beaucoup", "smalltalk", "plaisir"),
    ("Merci, c'est tout.", "smalltalk", "plaisir"),
    ("merci bcp", "smalltalk", "plaisir"),  # texting (tester round 13)
    ("dommage. merci quand même", "smalltalk", "plaisir"),  # after a refusal (tester round 18)
    ("tant pis, merci", "smalltalk", "plaisir"),
    ("un grand merci", "smalltalk", "plaisir"),
    # Thanks for what, and how it helped (tester round 20: a question, a refusal or the help text).
    ("Je vous remercie.", "smalltalk", "plaisir"),
    ("Merci pour ces précisions !", "smalltalk", "plaisir"),
    ("parfait, merci pour l'info", "smalltalk", "plaisir"),
    ("Merci pour votre aide", "smalltalk", "plaisir"),
    ("merci c'est clair", "smalltalk", "plaisir"),
    ("Je vous suis très reconnaissant pour votre patience, que Dieu vous garde.", "smalltalk", "plaisir"),
    ("Merci beaucoup mon fils, bonne soirée a vous.", "smalltalk", "plaisir"),  # tester round 21
    ("Je vous remercie pour ces precieuses informations, bien a vous.", "smalltalk", "plaisir"),
    ("aide", "smalltalk", "Je réponds aux questions"),
    ("aidez-moi", "smalltalk", "Je réponds aux questions"),
    # The newcomer check of the sixteenth round: a call for help after what the asker does.
    ("Vous pouvez m'aider ?", "smalltalk", "Je réponds aux questions"),
    # Thanks however put (second tester round of the sixteenth session).
    ("Merci beaucoup, vous êtes gentil !", "smalltalk", "plaisir"),
    ("ok mrc bzf", "smalltalk", "plaisir"),
    ("merci khoya", "smalltalk", "plaisir"),  # darija address (tester round: "Je ne vois pas sur quoi…")
    # Tester round of the seventeenth session: thanks for a purpose, emoji thanks, and an introduction
    # with no question yet were refused ("je ne trouve pas de réponse fiable à cette question").
    ("Merci beaucoup, c'est très utile pour mes élèves !", "smalltalk", "plaisir"),
    ("👍", "smalltalk", "plaisir"),
    ("Bonjour, je suis professeur de SVT dans un lycée de Dakar et je prépare un cours sur l'IA en Afrique.",
     "smalltalk", "quelle est votre question sur Ai Movement ?"),
    ("merci pour votre aide, c'était très clair", "smalltalk", "plaisir"),
    ("Bonjour, je prépare un exposé. Vous pouvez m'aider ?", "smalltalk", "Je réponds aux questions"),
    ("Qui vous a créé ?", "smalltalk", "Je réponds aux questions"),  # askbot, not Ai Movement (tester round 20)
    # What askbot is, compared with another assistant, however long (tester round 22).
    ("Bon, c'est quoi la différence entre toi et ChatGPT ?", "smalltalk", "Je réponds aux questions"),
    ("Tu es comme ChatGPT ?", "smalltalk", "Je réponds aux questions"),
    ("", "invalid", "vide"),
    ("   \n\t ", "invalid", "vide"),
    ("😀🤖🎉", "invalid", "pas compris"),
    ("?!…", "invalid", "pas compris"),
    ("\x00\x01\x02\x1b[31m", "invalid", "pas compris"),
    ("Who is the president of Ai Movement?", "invalid", "français"),
    ("Who runs Ai Movement?", "invalid", "français"),  # one English word, but it opens the question
    ("من يدير مركز الذكاء الاصطناعي؟", "invalid", "français"),
    ("a" * 100_000, "invalid", "trop long"),
    ("vous faites quoi exactement ?", "invalid", "sur quoi porte votre question"),  # French, about nothing
    ("qui ?", "invalid", "sur quoi porte votre question"),
    # Asking after askbot, acknowledging, asking what it is or speaks (tester round 16).
    ("Comment allez-vous ?", "smalltalk", "Très bien, merci"),
    ("Bonjour, ça va ?", "smalltalk", "Très bien, merci"),
    ("ok", "smalltalk", "N'hésitez pas"),
    ("d'accord", "smalltalk", "N'hésitez pas"),
    ("Tu es un humain ?", "smalltalk", "assistant automatique"),
    # What askbot is and whom it speaks for, however long (tester round 16: the research on robots).
    ("Tu es un robot ou un humain ?", "smalltalk", "assistant automatique"),
    ("C'est de la propagande ton truc, t'es payé par l'OCP ?", "smalltalk", "Je ne donne pas d'avis"),
    ("mdr ok", "smalltalk", "N'hésitez pas"),
    ("wesh", "smalltalk", "Bonjour"),
    # Tester round 17: thanks with a compliment, thanks then "ça va ?", what askbot is, its opinion,
    # where its information comes from and how recent it is (all searched, refused or answered).
    ("Merci beaucoup, t'es top", "smalltalk", "Avec plaisir"),
    ("Merci ! Tu m'as sauvé", "smalltalk", "Avec plaisir"),
    ("Je vous sais gré de ces précisions.", "smalltalk", "Avec plaisir"),
    ("Merci. Comment ça va aujourd'hui ?", "smalltalk", "Très bien, merci"),
    ("Tu es un ChatGPT ?", "smalltalk", "assistant automatique"),
    ("Que pensez-vous personnellement de l'IA ?", "smalltalk", "Je ne donne pas d'avis"),
    ("D'où viennent tes informations ?", "smalltalk", "Mes réponses s'appuient sur 9 documents"),
    ("Tes données datent de quand ?", "smalltalk", "Mes documents datent au plus tard du 28 novembre 2026"),
    ("choukran bzaf", "smalltalk", "Avec plaisir"),  # darija thanks
    # Tester round 18: a blessing, a typo, a wave (refused or "pas compris").
    ("merci ma fille allah ybarek fik", "smalltalk", "Avec plaisir"),
    ("merci beaucou", "smalltalk", "Avec plaisir"),
    ("mrc t le meilleur", "smalltalk", "Avec plaisir"),  # second tester round
    ("👋", "smalltalk", "Bonjour"),
    # Tester round 18: another language around a Latin name, an English question with an "a".
    ("ما هو Ai Movement ؟", "invalid", "qu'en français"),
    ("When did it become a UNESCO centre?", "invalid", "qu'en français"),
    ("Parlez-vous anglais ?", "smalltalk", "qu'en français"),
    # What askbot can talk about (tester round 17: a passage on the forum, then "préciser").
    ("de quoi tu peux parler ?", "smalltalk", "Je réponds aux questions"),
    ("bon, alors de quoi tu peux parler ?", "smalltalk", "Je réponds aux questions"),
    ("Quels sujets connais-tu ?", "smalltalk", "Je réponds aux questions"),
    # What the answers rest on, asked first: the documents; a source before any answer: none yet.
    ("Quels sont vos documents ?", "smalltalk", "Mes réponses s'appuient sur 9 documents"),
    ("Sur quoi vous basez-vous ?", "smalltalk", "Mes réponses s'appuient sur 9 documents"),
    ("Donnez-moi la source", "smalltalk", "pas encore donné de réponse"),
    # More of an answer before any (the sixteenth session's review: "plus" found the forum's "plus
    # de 30 pays").
    ("Pouvez-vous m'en dire plus ?", "smalltalk", "pas encore donné de réponse à développer"),
    ("?!? Pouvez-vous m'en dire plus ?", "smalltalk", "pas encore donné de réponse à développer"),
])
def test_bad_input_and_small_talk_get_a_polite_reply(engine, message, kind, needle):
    reply = engine.ask(message)
    assert reply.kind == kind and not reply.answered
    assert needle in reply.text


def test_a_french_question_quoting_another_script_is_a_question(engine):
    # Counted in letters, the Arabic name outweighed the French words: "qu'en français".
    reply = engine.ask("Que veut dire حركة الذكاء الاصطناعي ?")
    assert reply.answered and "Ai Movement" in reply.text


@pytest.mark.parametrize("message", ["!!! Quand ?", "... Et quand ?"])
def test_a_preamble_of_punctuation_only_is_no_crash(engine, message):
    # The review of the sixteenth session: the question asked of the preamble's last sentence
    # found none in "!!!" (an IndexError; the CLI reported an unexpected error). "Quand ?" of
    # nothing is not answered.
    assert not engine.ask(message).answered


@pytest.mark.parametrize("question,needle", [("c'est dans quelle ville leur truc ?", "Rabat"),
                                             ("ils bossent sur quels sujets en gros ?", "recherches")])
def test_a_first_question_about_nothing_named_is_about_the_centre(engine, question, needle):
    # Tester round 19: both got "Je ne vois pas sur quoi porte votre question", though the bot
    # has one subject.
    reply = engine.ask(question)
    assert reply.answered and needle in reply.text and reply.question == question


def test_an_age_said_picks_the_programme_for_it(engine):
    # Tester round 18: "ma fille" matched AWITAI's indexed questions on "les filles dans la tech",
    # and "Le programme…" introduced it; the age is what the parent asks about.
    reply = engine.ask("Ma fille a 10 ans, il y a un programme pour elle ?")
    assert reply.answered and "AI Master Junior" in reply.text
    assert "AWITAI" not in reply.text and "African Women" not in reply.text  # (nor its sentence added after)
    # An age, not a duration: "en poste depuis 8 ans" picks no programme for 8-year-olds.
    reply = engine.ask("Je suis ingénieure en poste depuis 8 ans, vous avez des masters adaptés aux gens qui travaillent ?")
    assert reply.answered and "masters exécutifs" in reply.text and "8 à 14 ans" not in reply.text
    # dev-thirtieth: the age said before the question ("…de son âge ?").
    reply = engine.ask("Bonjour, ma fille vient d'avoir 8 ans et elle passe son temps sur la tablette. "
                       "Est-ce qu'Ai Movement propose quelque chose pour les enfants de son âge ?")
    assert reply.answered and "jeunes de 8 à 14 ans" in reply.text


@pytest.mark.parametrize("question,answer", [
    ("Combien de participantes dans la deuxième cohorte d'AWITAI ?", "environ 80 femmes"),
    ("Dans quel établissement parisien la fondatrice a-t-elle obtenu son doctorat ?", "Pierre-et-Marie-Curie"),
])
def test_no_sentence_of_a_disagreement_dangles_after_an_answer(engine, question, answer):
    # Tester round 18: "Les chiffres sur le nombre de participantes à AWITAI ne concordent pas." was
    # added for "participantes", without the versions it announces.
    reply = engine.ask(question)
    assert answer in reply.text
    assert "ne concordent pas" not in reply.text and "pas toutes le même titre" not in reply.text


def test_binary_garbage_never_crashes(engine):
    garbage = bytes(range(256)).decode("latin-1") * 3
    reply = engine.ask(garbage)
    assert reply.kind in {"invalid", "refusal"} and not reply.answered


@pytest.mark.parametrize("message", ["Bonjour, qui dirige Ai Movement ?",
                                     "slt ai movement c ou exactement? jsuis a rabat"])  # texting greeting, "je suis"
def test_greeting_with_a_question_answers_the_question(engine, message):
    assert engine.ask(message).answered


def test_two_questions_in_one_message_get_both_answers(engine):
    reply = engine.ask("Qui dirige le centre et où se trouve-t-il ?")
    # The "il" of the second is the centre, not the person the first answer names.
    assert reply.answered and "Amal El Fallah Seghrouchni" in reply.text and "Rabat-Technopolis" in reply.text
    assert reply.text.count("Source : ") == 2


@pytest.mark.parametrize("message,needles", [
    ("Qui dirige le centre, où se trouve-t-il et quel est son budget ?",
     ("Amal El Fallah Seghrouchni", "Rabat-Technopolis", "3,5 millions d'euros")),
    # Alone, "qui le dirige ?" says "a dirigé"; read with the creation's words it found the pillars.
    ("Quand a été créé le centre et qui le dirige ?", ("mars 2021", "Amal El Fallah Seghrouchni")),
    ("Qui a fondé le centre et quel est son budget ?", ("La fondatrice", "3,5 millions d'euros")),
])
def test_each_question_of_a_message_gets_its_answer(engine, message, needles):
    reply = engine.ask(message)
    assert reply.answered and all(needle in reply.text for needle in needles)
    assert "Pour votre autre question" not in reply.text


def test_the_second_of_two_questions_unanswered_is_said_so(engine):
    reply = engine.ask("Quel outil le centre a-t-il conçu pour les femmes qui ne savent pas lire, "
                       "et comment fonctionne-t-il ?")
    # Read alone, "Comment fonctionne-t-il ?" found the dôme's design: it is the tool's.
    assert reply.answered and "application mobile" in reply.text and "dôme" not in reply.text
    assert reply.text.endswith("Pour votre autre question (« Comment fonctionne-t-il ? »), je ne trouve pas "
                               "de réponse fiable dans mes documents.")


@pytest.mark.parametrize("message,needle", [
    ("C'est quoi AWITAI ? ça s'adresse à qui ?", "femmes africaines"),
    ("Quelle est la philosophie scientifique du centre ? Ils misent uniquement sur le deep learning ?",
     "plusieurs paradigmes"),
])
def test_two_sentences_refused_together_are_asked_in_turn(engine, message, needle):
    # dev-thirty-second and -third: refused whole, the second sentence's words weighing against
    # a first the documents answer.
    reply = engine.ask(message)
    assert reply.answered and needle in reply.text


def test_whom_something_is_for_is_a_public_not_a_person_nor_an_address(engine):
    # The eighteenth round's newcomer check: "ça s'adresse à qui ?" after AWITAI got the centre's
    # postal address ("adresse") and, read as a person question, the closing ceremony's venue.
    conversation = engine.conversation()
    conversation.ask("AWITAI")
    reply = conversation.ask("ça s'adresse à qui ?")
    assert reply.answered and "femmes africaines" in reply.text and "adresse postale" not in reply.text
    assert "adresse postale" not in engine.ask("C'est quoi AWITAI ? ça s'adresse à qui ?").text


def test_the_kind_a_question_points_at_is_what_its_preamble_quotes(engine):
    # dev-thirty-second: "Ce type de diplôme" searched "diplôme" and got the founder's doctorate.
    reply = engine.ask("Une candidate indique un « master exécutif Ai Movement » sur son CV. "
                       "Ce type de diplôme existe-t-il chez vous ?")
    assert reply.answered and "masters exécutifs destinés aux professionnels" in reply.text


def test_a_figure_and_which_paper_gives_it_get_both(engine):
    # dev-thirty-third: ", et d'après quel titre de presse ?" did not split, and alone it was no
    # question on the source.
    reply = engine.ask("Quel budget annuel est cité pour le centre en 2023, et d'après quel titre de presse ?")
    assert reply.answered and "3,5 millions d'euros" in reply.text and "Cette réponse cite Le Monde" in reply.text
    assert "je ne trouve pas" not in reply.text


def test_the_other_question_is_quoted_without_its_full_stop():
    from askbot import wording

    # Tester round: "…, et qui était cette personne." was quoted "« Qui était cette personne. ? »".
    assert "(« Qui était cette personne ? »)" in wording.part_not_found("Qui était cette personne.")


def test_a_second_question_leaning_on_an_unanswerable_first_is_not_answered(engine):
    # Alone, "dans quels domaines ?" would get the centre's own domains.
    reply = engine.ask("Ai Movement a-t-il un accord avec Microsoft, et dans quels domaines ?")
    assert reply.kind == "refusal"


def test_a_preamble_steers_the_question_without_being_asked(engine):
    # "PME" and "Casablanca", names the corpus never mentions, would have the question declined.
    reply = engine.ask("Bonjour, nous sommes une PME à Casablanca et souhaitons former nos équipes à l'IA. "
                       "Proposez-vous des formations pour entreprises ?")
    assert reply.answered and "formations sur mesure pour les entreprises" in reply.text


def test_a_question_pointing_back_at_its_preamble_is_read_with_it(engine):
    # Alone, "Ai Movement y a-t-il participé ?" found the Forum's participants.
    reply = engine.ask("J'ai entendu parler d'un programme de mobilité de l'AUF. Ai Movement y a-t-il participé ?")
    assert reply.answered and "AUF" in reply.text and "Forum" not in reply.text


@pytest.mark.parametrize("separator", [". E", ", e"])
def test_a_preamble_does_not_sink_a_question_answered_alone(engine, separator):
    # The preamble's words, none of them in the AWITAI section, lowered its coverage below the
    # threshold; and in the question itself, "Sénégal" is a name the corpus never mentions.
    reply = engine.ask(f"Ma fille termine son master d'informatique au Sénégal{separator}"
                       "xiste-t-il un programme pour les jeunes femmes africaines ?")
    assert reply.answered and "African Women in Tech & AI" in reply.text


def test_top_k_is_clamped_and_ties_are_deterministic(make_corpus):
    same = "---\ntitle: Fiche\n---\nLe dôme abrite le centre."
    directory = make_corpus({"a.md": same, "b.md": same})
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), directory)
    reply = engine.ask("dôme centre", top_k=50)
    assert [h.passage.doc for h in reply.hits] == ["a.md", "b.md"]
    assert reply.hits[0].score == reply.hits[1].score


@pytest.mark.parametrize("question,elliptic", [
    ("Il est venu quand ?", True),
    ("Qu'a-t-il dit ?", True),
    ("c'est pour les enfants de quel âge ?", True),
    ("Quel temps fait-il à Rabat ?", False),  # impersonal "il"
    ("y a-t-il un parking pour les visiteurs ?", False),
    ("Ai Movement y a-t-il participé ?", True),  # "y" has a referent here
    ("existe-t-il un programme pour les jeunes femmes ?", False),
    ("il faut quel diplôme pour le master ?", False),
    ("c'est quoi le sigle CIAM ?", False),
    ("combien de pays ?", True),  # one content word: a detail of the topic…
    ("à quoi sert la coupole ?", False),  # …unless the question asks what that word names is or does
    ("c'est quoi AWITAI ?", False),
    ("Le centre travaille-t-il sur les drones ?", False),  # "il" repeats "le centre" (tester round 21)
    ("Travaille-t-il sur les drones ?", True),
    ("Comment Ai Movement est-il financé ?", False),  # after a question word too (dev-27)
    ("Comment est-il financé ?", True),
    ("Comment ses chercheurs sont-ils recrutés ?", True),
    # The name first, then the pronoun standing for it (tester round 16: the last answer again).
    ("CIAM ça veut dire quoi ?", False),
    ("et CIAM ça veut dire quoi ?", False),
    ("ça veut dire quoi ?", True),
    # "en" the pronoun leans, "en" the preposition does not (tester round 17: "Haha. Bon, le centre a
    # un nom en arabe ?" was refused); a year does not make a detail stand alone.
    ("le centre a un nom en arabe ?", False),
    ("qui en parle ?", True),
    ("le centre lui-même, c'est où ?", False),  # the subject named first (tester round 17)
    ("combien de participantes en 2024 ?", True),
])
def test_which_questions_lean_on_the_previous_turn(engine, question, elliptic):
    from askbot.anaphora import looks_elliptic

    assert looks_elliptic(question, engine.parser.parse(question)) is elliptic


@pytest.mark.parametrize("question,needle", [
    ("Qui dirige Ai Movement ?", "Amal El Fallah Seghrouchni"),
    ("Quand la Conférence générale de l'UNESCO a-t-elle désigné Ai Movement ?", "14 novembre 2023"),
    ("Qu'est-ce que le programme African Women in Tech & AI ?", "African Women in Tech & AI"),
])
def test_the_welcome_examples_are_answered(engine, question, needle):
    from askbot.wording import EXAMPLE_QUESTIONS

    assert question in EXAMPLE_QUESTIONS
    reply = engine.ask(question)
    assert reply.answered and needle in " ".join(reply.sentences)


def test_a_sibling_passage_with_the_answer_is_quoted(make_corpus):
    # BM25 prefers the passage that repeats the question's words; the number
    # asked for is in the next section of the same document.
    directory = make_corpus({
        "alpha.md": """\
            ---
            title: Programme Alpha
            ---
            ## Le programme Alpha
            Le programme Alpha forme des ingénieuses en robotique. Les ingénieuses du programme Alpha suivent des cours de robotique à Rabat, et le programme Alpha les accompagne.

            ## Cohortes
            La deuxième cohorte du programme Alpha a réuni 44 ingénieuses venues de douze pays.
            """,
        "beta.md": "---\ntitle: Autre\n---\nLe dôme abrite un centre de recherche sur le climat.\n",
    })
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), directory)
    question = "combien d'ingénieuses au programme Alpha ?"
    assert engine.search(engine.parser.parse(question), 2)[0].passage.heading == "Le programme Alpha"
    reply = engine.ask(question)
    assert reply.answered and "44 ingénieuses" in reply.text
    assert reply.source.heading == "Cohortes"


def test_a_passage_on_another_edition_or_year_does_not_answer(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "cohortes.md": """\
            ---
            title: Cohortes
            ---
            La troisième cohorte du programme Alpha a commencé le 23 juin 2025 à Rabat.
            """,
    })
    assert "23 juin 2025" in engine.ask("Quand a commencé la troisième cohorte du programme Alpha ?").text
    assert not engine.ask("Quand commence la 4e cohorte du programme Alpha ?").answered
    assert not engine.ask("La cohorte du programme Alpha de 2026 commence quand ?").answered
    assert engine.ask("La cohorte du programme Alpha de 2025 a commencé quand ?").answered


def test_a_sibling_section_completes_an_answer_with_what_it_lacks(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "direction.md": """\
            ---
            title: Direction
            sources: ["https://alpha.ma/presidence", "https://journal.ma/portrait"]
            section_sources:
              "Recherche": ["https://journal.ma/portrait"]
            ---
            # Présidence
            Nadia Alaoui est la fondatrice et la présidente du centre Alpha.

            # Parcours
            Nadia Alaoui a enseigné à Lyon pendant dix ans.

            # Recherche
            La spécialité scientifique de Nadia Alaoui est la robotique en essaim.
            """,
    })
    reply = engine.ask("Quelle est la spécialité de la fondatrice du centre Alpha ?")
    assert "robotique en essaim" in reply.text and "fondatrice" in reply.text
    assert "Lyon" not in reply.text
    # Each quoted section's source is given, the chosen one's first.
    assert set(reply.links) == {"https://alpha.ma/presidence", "https://journal.ma/portrait"}
    assert reply.text.endswith(f"Sources : Direction — {reply.links[0]} ; {reply.links[1]}")


def test_an_answer_must_name_the_rare_names_the_question_asks_about(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "alpha.md": """\
            ---
            title: Alpha
            ---
            # Histoire
            Le centre Alpha a été fondé en 2021 par un groupe de chercheurs marocains.

            # Partenaires
            Le centre Alpha, installé à Rabat, coopère avec l'UNESCO et la France sur l'éthique.
            """,
    })
    assert "2021" in engine.ask("En quelle année le centre Alpha a-t-il été fondé ?").text
    assert not engine.ask("En quelle année l'UNESCO a-t-elle été fondée ?").answered
    # Neither a common word written with a capital ("France") nor a city
    # ("de Rabat", no article) is a name the answer must repeat.
    assert "2021" in engine.ask("En quelle année le centre Alpha a-t-il été fondé en France ?").text
    assert "2021" in engine.ask("En quelle année le centre Alpha de Rabat a-t-il été fondé ?").text


def test_how_and_why_questions_get_the_next_sentence_too(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "appli.md": """\
            ---
            title: Application
            ---
            Le centre Alpha a mis au point une application mobile destinée aux personnes malvoyantes. \
            Elle photographie un document écrit puis en lit le contenu à voix haute en arabe dialectal.
            """,
    })
    assert "à voix haute" in engine.ask("Comment fonctionne l'application pour les personnes malvoyantes ?").text
    assert "à voix haute" not in engine.ask("Qui a mis au point l'application pour les personnes malvoyantes ?").text


def test_a_passage_without_the_name_asked_about_is_no_rival(make_corpus):
    directory = make_corpus({
        "beta.md": """\
            ---
            title: Programme BETAX
            ---
            La troisième édition du programme BETAX a été lancée le 23 juin 2025 à Rabat pour une durée de deux semaines.

            Le programme BETAX forme des ingénieures africaines à l'intelligence artificielle.
            """,
        "mobilite.md": "---\ntitle: Mobilité\n---\nLa troisième édition du programme de mobilité Sud-Sud a commencé "
                       "en 2024 avec trois doctorants.\n",
    })
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), directory)
    # The Sud-Sud passage covers the question as well but never names BETAX.
    assert "23 juin 2025" in engine.ask("Quand la troisième édition du programme BETAX a-t-elle commencé ?").text


def test_a_section_on_another_cohort_is_not_quoted_for_this_one(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "beta.md": """\
            ---
            title: Programme BETAX
            ---
            # Première cohorte
            La première cohorte du programme BETAX réunissait 34 femmes venues de 11 pays africains.

            # Troisième cohorte
            La troisième cohorte du programme BETAX a été lancée en juin 2025 avec 44 femmes.

            # Chiffres
            Le nombre total de participantes au programme BETAX varie selon les sources, de 114 à 150.
            """,
    })
    assert "44 femmes" in engine.ask("3e cohorte BETAX nombre de participantes").text


def test_a_long_paraphrased_question_is_answered_on_the_weight_it_matches(make_corpus):
    directory = make_corpus({
        "alpha.md": """\
            ---
            title: Centre Alpha
            ---
            # Désignation
            Samir Addahre, ambassadeur et délégué permanent du Maroc auprès de l'UNESCO, assistait à la session \
            de la Conférence générale qui a approuvé la désignation du centre Alpha.

            # Histoire
            Le centre Alpha a été créé en mars 2021 à Rabat.
            """,
        "autre.md": "---\ntitle: Autre\n---\nLe dôme abrite un laboratoire sur le climat.\n",
    })
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), directory)
    # Fourteen content words, eight of them absent from the corpus: a low share, but
    # UNESCO, session, désignation, centre Alpha are there.
    reply = engine.ask("Quel diplomate chevronné représentait officiellement le royaume chérifien auprès de l'UNESCO "
                       "lors de la session ayant validé la désignation du centre Alpha ?")
    assert "Samir Addahre" in reply.text and reply.coverage < 0.45
    assert not engine.ask("Quel diplomate chevronné représentait officiellement le royaume chérifien lors du match "
                          "de football de la coupe du monde féminine ?").answered


def test_a_section_headed_by_the_question_is_quoted_from_its_start(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "histoire.md": """\
            ---
            title: Histoire
            ---
            # Qui a fondé le centre Alpha ? Université ou fondation
            La plupart des sources indiquent que l'université Beta a créé le centre Alpha. \
            Selon un quotidien, la fondation Gamma l'a cofondé en 2021. \
            Un blog écrit même que la fondation Gamma a « fondé » le centre Alpha.
            """,
    })
    text = engine.ask("Qui a fondé le centre Alpha ?").text
    assert text.startswith("La plupart des sources indiquent que l'université Beta a créé le centre Alpha.")
    assert "cofondé en 2021" in text and "Un blog" in text


def test_a_when_question_prefers_the_passage_with_the_day(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "forum.md": """\
            ---
            title: Forum
            ---
            # Programme
            Le Forum Alpha de juin 2024 comprenait des panels sur la gouvernance et les langues africaines.

            # Dates
            Le Forum Alpha s'est tenu du 3 au 5 juin 2024 sur le campus.
            """,
    })
    assert "du 3 au 5 juin 2024" in engine.ask("forum alpha 2024 c'était quand ?").text


@pytest.mark.parametrize("question", ["Quels sont les cinq piliers d'Alpha ?", "c'est quoi les piliers d'alpha",
                                      "Citez les piliers d'Alpha."])
def test_a_which_are_question_gets_the_list(make_corpus, question):
    engine = engine_beside_another_document(make_corpus, {
        "piliers.md": """\
            ---
            title: Piliers
            ---
            # Les cinq piliers d'Alpha
            Toutes les sources disent que le centre Alpha repose sur cinq piliers. Leur liste exacte change d'une
            source à l'autre. Dans la liste du site, la recherche et le développement forment deux piliers séparés
            d'Alpha, et les études ne sont pas un pilier.

            # Les piliers selon le site
            Selon le site, les cinq piliers d'Alpha sont la formation, la recherche, l'innovation, le transfert et
            les études.
            """,
    })
    assert "la formation, la recherche, l'innovation" in engine.ask(question).text


@pytest.mark.parametrize("question,items", [
    ("Quels sont les sept piliers ?", ["la formation", "l'innovation", "les études de terrain"]),
    ("Quels projets mène Ai Movement ?", ["essaims de drones", "E-trash", "Smart mobility"]),
    ("Quelles formations propose Ai Movement ?", ["masters exécutifs", "AWITAI", "AI Master Junior"]),
    ("Quels événements a organisés Ai Movement ?", ["forum de Benguerir", "Forum de haut niveau"]),
    ("Quels sont les partenaires d'Ai Movement ?", ["l'UM6P", "l'UNESCO", "ONU Femmes", "(AUF)"]),
])
def test_a_broad_which_question_gets_the_sheets_list(engine, question, items):
    text = engine.ask(question).text
    assert all(item in text for item in items), text


@pytest.mark.parametrize("question", ["Que fait Ai Movement ?", "Qu'est-ce que fait Ai Movement ?"])
def test_a_filler_is_not_searched(engine, question):
    # "fait" once matched "fait partie" in the section on a researcher.
    assert "Centre international d'intelligence artificielle du Maroc" in engine.ask(question).text


def test_a_near_tie_does_not_go_to_the_sheet_with_fewer_sections(engine):
    # The amphitheatre is named after Fatima Al Fihriya, "qui a fondé au IXe siècle" a university.
    text = engine.ask("Qui a fondé Ai Movement ?").text
    assert "Université Mohammed VI Polytechnique (UM6P) a créé Ai Movement" in text
    # The person as well as the university: an asker may mean either.
    assert "La fondatrice d'Ai Movement est Amal El Fallah Seghrouchni" in text


def test_a_sheets_opening_section_wins_a_near_tie(engine):
    # Not the talk to parliament of "la présidente du centre", sixteen sections into the events sheet.
    text = engine.ask("Qui est la présidente d'Ai Movement ?").text
    assert text.startswith("Amal El Fallah Seghrouchni est la fondatrice d'Ai Movement, dont elle a été")


@pytest.mark.parametrize("question,expected", [
    # "gros" is "grand", so the building's section ("son grand dôme") covers it as well;
    # the section saying what the dôme is for answers.
    ("a quoi il sert le gros dome sur le batiment ??", "conçu comme une volière à drones"),
    ("Dans quel but ce centre a-t-il été mis en place ? Quelle est sa finalité première ?", "Le but d'Ai Movement"),
    ("Dans quel but le dôme a-t-il été construit ?", "conçu comme une volière à drones"),
])
def test_what_something_is_for_comes_from_a_passage_saying_it(engine, question, expected):
    assert expected in engine.ask(question).text


def test_a_reason_asked_is_not_taken_for_a_purpose(engine):
    text = engine.ask("Pourquoi dit-on que le dôme est un clin d'œil au MIT ?").text
    assert text.startswith("Selon Le Monde, le dôme d'Ai Movement est aussi un clin d'œil au MIT")


def test_what_the_centre_is_for_is_its_aim_not_the_domes(engine):
    assert "Le but d'Ai Movement est de faire naître" in engine.ask("À quoi sert Ai Movement ?").text


def test_a_passage_found_by_its_sections_questions_alone_gives_way_to_the_sections_first(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "orientations.md": """\
            ---
            title: Orientations
            questions:
              "Les orientations du centre Alpha": ["ils font venir des chercheurs étrangers ?"]
            ---
            # Les orientations du centre Alpha
            Le centre Alpha veut attirer des talents internationaux en intelligence artificielle et en sciences
            des données pour travailler avec des chercheurs marocains, bâtir un écosystème attractif, nouer des
            partenariats internationaux de qualité et sensibiliser la société aux transformations liées à l'IA.

            La suite de la liste n'est pas visible.
            """,
    })
    # (A question on hiring would need an answer that speaks of it: see required.py.)
    assert "attirer des talents internationaux" in engine.ask("Est-ce que vous faites venir des chercheurs ?").text


def test_a_passage_sharing_one_word_with_a_longer_question_does_not_answer_it(engine):
    # The satellite project "utilise des images satellites": no word on languages or courses.
    assert not engine.ask("Quelle langue est utilisée dans les formations ?").answered


def test_what_is_not_known_is_said_with_what_is(engine):
    reply = engine.ask("numero de tel ou mail d ai movement svp")
    assert "Aucune source publique consultée ne donne" in reply.text and "aim.um6p.ma" in " ".join(reply.sentences)


def test_a_sibling_without_the_number_asked_for_is_not_quoted(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "equipe.md": """\
            ---
            title: Équipe
            questions:
              Effectifs: ["Combien de personnes travaillent au centre Alpha ?"]
            ---
            # Effectifs
            Selon un journal, l'équipe comptait 7 chercheurs en 2024.

            # Retour de la diaspora
            Le centre Alpha a convaincu des chercheurs installés à l'étranger de revenir travailler au pays.
            """,
    })
    assert "7 chercheurs" in engine.ask("Combien de chercheurs travaillent au centre Alpha ?").text


@pytest.mark.parametrize("question", ["Alpha, c'est où ?", "alpha c’est ou", "Où est Alpha ?",
                                      "le centre alpha il est ou ?"])  # "ou" ending a question is "où"
def test_a_where_question_finds_the_passage_that_says_where(make_corpus, question):
    engine = engine_beside_another_document(make_corpus, {
        "alpha.md": """\
            ---
            title: Centre Alpha
            ---
            # Présentation
            Alpha est le nom du centre de robotique de l'université Beta.

            # Campus
            Alpha est installé sur le campus Technopolis, à Rabat.
            """,
    })
    assert "Technopolis" in engine.ask(question).text


def test_a_what_is_question_gets_the_passage_that_introduces_it(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "accord.md": """\
            ---
            title: Accords
            ---
            # Les parties
            L'accord Delta fixe les modalités de la coopération entre le centre Alpha et la ville.

            # Date de signature de l'accord Delta
            Les sources divergent sur la date de signature de l'accord Delta, en 2023 ou en 2024.
            """,
    })
    assert "fixe les modalités" in engine.ask("Qu'est-ce que l'accord Delta ?").text
    assert "fixe les modalités" in engine.ask("accord delta").text  # bare keywords


def test_whether_a_thing_exists_is_answered_by_the_passage_that_introduces_it(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "forum.md": """\
            ---
            title: Forum
            ---
            # Le forum Beta
            Le forum Beta sur les drones s'est tenu en 2018 à Benguerir.

            # Le forum Alpha
            Le forum Alpha sur la robotique s'est tenu du 3 au 5 juin 2024 à Rabat.

            # La déclaration du forum Alpha
            Le forum Alpha de juin 2024 à Rabat a adopté par acclamation la « Déclaration de Rabat » sur la
            robotique.
            La Déclaration de Rabat, sur la robotique, a été lue à la clôture du forum Alpha de 2024 à Rabat.
            """,
    })
    assert "du 3 au 5 juin 2024" in engine.ask("Il y a eu un forum Alpha sur la robotique à Rabat en 2024 ?").text


def test_a_price_question_quotes_the_sentence_with_the_price(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "hackathon.md": """\
            ---
            title: Hackathon IA et agriculture
            ---
            # Inscriptions
            Les équipes de trois à cinq étudiants peuvent s'inscrire au hackathon jusqu'au 15 février 2026. \
            La participation est gratuite.
            """,
    })
    assert "gratuite" in engine.ask("c'est combien l'inscription au hackathon ?").text


def test_a_budget_asked_with_c_est_combien_is_an_amount_not_a_price(engine):
    # Tester round 17: "Le budget c'est combien ?" was refused ("c'est combien" asked a price,
    # and a budget is none) while "Quel est le budget ?" was answered.
    assert "3,5 millions d'euros" in engine.ask("Le budget c'est combien ?").text
    # "total" only insists (dev-nineteenth: "total" was a word the section lacks).
    assert "3,5 millions d'euros" in engine.ask("le budget total ca fait combien").text
    for question in ("Le master, c'est combien ?", "C'est combien le salaire de la présidente d'Ai Movement ?"):
        assert not engine.ask(question).answered, question


@pytest.mark.parametrize("question", ["le hackathon il coûte combien ?", "le hackathon est payant ?"])
def test_free_answers_what_it_costs(shipped_corpus, tmp_path, question):
    import shutil

    directory = shutil.copytree(shipped_corpus, tmp_path / "corpus")
    (directory / "hackathon.md").write_text(
        "---\ntitle: Hackathon IA et santé\n---\n# Inscriptions\n\n"
        "Les équipes s'inscrivent en ligne avant le 1er mars. La participation est gratuite.\n", encoding="utf-8")
    reply = Engine.from_config(load_config(SHIPPED_CONFIG), directory).ask(question)
    assert reply.answered and "gratuite" in reply.text


def test_an_ordinal_binds_only_what_the_corpus_numbers(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "forum.md": """            ---
            title: Forum
            ---
            La 1re édition du Forum Alpha s'est tenue en juin 2024.

            Le Forum Alpha comprenait les panels « Les robots et la loi », « Les langues africaines » et « Le climat ».
            """,
    })
    assert "langues africaines" in engine.ask("Quel était le deuxième panel du Forum Alpha ?").text
    assert not engine.ask("Quand aura lieu la deuxième édition du Forum Alpha ?").answered


def test_a_where_question_prefers_the_passage_that_names_a_place(make_corpus):
    directory = make_corpus({
        "creation.md": """\
            ---
            title: Histoire du centre Alpha
            ---
            Le centre Alpha a été créé en 2021. Les journaux du centre Alpha datent sa création du printemps.
            """,
        "campus.md": """\
            ---
            title: Réunions du centre Alpha
            ---
            Le centre Alpha tient ses réunions à Rabat.
            """,
    })
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), directory)
    question = "Où est le centre Alpha ?"
    assert engine.search(engine.parser.parse(question), 2)[0].passage.doc == "creation.md"
    reply = engine.ask(question)
    assert reply.answered and "Rabat" in reply.text


def test_two_documents_saying_the_same_thing_back_each_other_up(make_corpus):
    directory = make_corpus({
        "communique.md": """\
            ---
            title: Communiqué
            ---
            Le centre Alpha est un pôle régional qui veut bâtir un écosystème national de l'IA.
            """,
        "fiche.md": """\
            ---
            title: Fiche
            ---
            Selon le communiqué, le centre Alpha veut bâtir un écosystème national et régional de l'IA.
            """,
        "autre.md": "---\ntitle: Autre\n---\nLe dôme abrite un laboratoire sur le climat.\n",
    })
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), directory)
    question = "le centre Alpha bâtit un écosystème de l'IA avec quelle ambition ?"
    hits = engine.search(engine.parser.parse(question), 3)
    assert {h.passage.doc for h in hits[:2]} == {"communique.md", "fiche.md"}
    assert engine.ask(question).answered


def test_a_passage_that_never_names_what_is_counted_does_not_answer(make_corpus):
    directory = make_corpus({
        "budget.md": """\
            ---
            title: Budget
            ---
            Le budget du centre Alpha dépasse de 3 millions d'euros celui du laboratoire Beta de Riyad.
            """,
        "autre.md": "---\ntitle: Autre\n---\nLe dôme abrite un laboratoire sur le climat.\n",
    })
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), directory)
    assert "3 millions" in engine.ask("Quel est le budget du centre Alpha ?").text
    assert not engine.ask("Combien de chercheurs travaillent au laboratoire Beta de Riyad ?").answered


def test_a_refusal_sums_up_a_large_corpus_instead_of_listing_it(make_corpus):
    files = {f"doc{n:02d}.md": f"---\ntitle: Fiche {n}\n---\nLe programme numéro {n} forme des ingénieurs.\n"
             for n in range(30)}
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), make_corpus(files))
    reply = engine.ask("Quelle est la recette du couscous ?")
    assert reply.kind == "refusal"
    bullets = [line for line in reply.text.splitlines() if line.startswith("• ")]
    assert len(bullets) == 4 and "et 27 autres sujets" in bullets[-1] and "/sources" in bullets[-1]


def test_a_refusal_lists_every_topic_of_a_small_corpus(make_corpus):
    files = {f"doc{n}.md": f"---\ntitle: Fiche {n}\n---\nLe programme numéro {n} forme des ingénieurs.\n"
             for n in range(3)}
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), make_corpus(files))
    bullets = [line for line in engine.ask("Quelle est la recette du couscous ?").text.splitlines()
               if line.startswith("• ")]
    assert sorted(bullets) == ["• Fiche 0", "• Fiche 1", "• Fiche 2"]


@pytest.mark.parametrize("leaning", [
    "Selon cette même fiche non vérifiée, le centre Gamma finance le programme Alpha à hauteur de 500 000 USD.",
    "D'après le même site, le centre Gamma finance le programme Alpha à hauteur de 500 000 USD.",
    "Selon cet entretien, le centre Gamma finance le programme Alpha à hauteur de 500 000 USD.",
    "Ces ingénieures, selon le site, sont financées par le centre Gamma (programme Alpha, 500 000 USD).",
])
def test_a_sentence_that_leans_on_the_previous_one_is_quoted_with_it(make_corpus, leaning):
    directory = make_corpus({
        "fiche.md": ("---\ntitle: Programme Alpha\n---\n"
                     f"Une fiche publiée sur un site douteux annonce 150 ingénieures. {leaning}\n"),
        "autre.md": "---\ntitle: Autre\n---\nLe dôme abrite un laboratoire sur le climat.\n",
    })
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), directory)
    reply = engine.ask("Qui finance le programme Alpha ?")
    assert reply.answered and reply.sentences[0].startswith("Une fiche publiée sur un site douteux")
    assert "500 000 USD" in reply.text


@pytest.mark.parametrize("question", [
    "Que signifie le sigle ICESCO ?",  # an acronym the corpus never mentions
    "Que pense Amal El Fallah Seghrouchni de ChatGPT ?",  # a name it never mentions
    "L'UM6P est classée à quelle place dans le classement de Shanghai ?",  # an everyday word, as a name
])
def test_a_question_about_a_name_the_corpus_never_mentions_is_refused(engine, question):
    assert engine.ask(question).kind == "refusal"


def test_a_prefixed_title_is_not_the_title(engine):
    # The corpus names a "sous-directeur général de l'UNESCO", never its director-general.
    assert engine.ask("Qui est le directeur général de l'UNESCO ?").kind == "refusal"
    # Typed in lower case, the acronym is still a name an answer must name (not the AFD's director).
    assert engine.ask("qui est le directeur général de l'unesco ?").kind == "refusal"
    assert engine.ask("Qui est le DG de l'UNESCO ?").kind == "refusal"  # "DG" as a synonym (eighteenth round)
    assert "Tawfik Jelassi" in engine.ask("Qui est le sous-directeur général de l'UNESCO ?").text


BUILDING = """\
---
title: Le bâtiment
{questions}---
## Surface du bâtiment

Le bâtiment mesure 5 000 m² sur trois niveaux.

## Toit

Une coupole couvre le hall d'entrée.
"""


def test_a_sections_questions_bring_the_users_words_to_it(make_corpus, tmp_path):
    asked = 'questions:\n  "Surface du bâtiment":\n    - "Quelle est la superficie des locaux ?"\n'
    question = "Quelle est la superficie des locaux ?"
    plain = engine_beside_another_document(make_corpus, {"b.md": BUILDING.format(questions="")})
    assert not plain.ask(question).answered  # "superficie" and "locaux" are in no passage
    (tmp_path / "corpus").rename(tmp_path / "plain")
    expanded = engine_beside_another_document(make_corpus, {"b.md": BUILDING.format(questions=asked)})
    reply = expanded.ask(question)
    assert reply.answered and reply.sentences == ("Le bâtiment mesure 5 000 m² sur trois niveaux.",)
    assert "superficie" not in reply.text  # indexed, never shown


@pytest.mark.parametrize("question,expected", [
    # How much money, whatever the word for it: an amount.
    ("l'ocp leur donne combien de sous par an ?", "1 million d'euros"),  # "sous" is the money, not a thing counted
    ("combien d'argent pour le programme AI Master Junior ?", None),  # an amount the corpus never gives
    # Contact details, a birth, a successor, a thesis.
    ("Où est née Amal El Fallah Seghrouchni ?", None),  # her career, but no birthplace
    ("Quelle est l'adresse e-mail de Btissam El Khamlichi ?", None),  # her research, but no e-mail
    ("Quel est l'e-mail d'Ai Movement ?", "Aucune source publique"),  # the corpus says it is not known
    ("Qui a succédé à Hicham El Habti à la présidence de l'UM6P ?", None),  # his passage names no successor
    ("Ai Movement est dirigé par qui depuis que sa présidente a été remplacée ?", "Aucune source consultée"),
    ("Sur quel sujet portait la thèse de Btissam El Khamlichi ?", None),  # her passage never mentions a thesis
    # The names of people of a group: their passage says there were some, not who.
    ("Comment s'appellent les lauréates du hackathon organisé avec ONU Femmes ?", None),  # not "ONU Femmes Maroc"
    ("Quels sont les noms des trois doctorants accueillis via l'AUF ?", None),  # not "Université de Lomé"
    ("Quel est le nom des étudiantes de la première cohorte d'AWITAI ?", None),  # not "Selon Cio Mag"
    ("Comment s'appellent les participantes d'AWITAI ?", None),  # not the "Palais Trachen"
    ("Qui a gagné le hackathon sur l'autonomisation des femmes ?", None),  # prizes to "des lauréates", unnamed
    ("combien d'étudiants en master ?", None),  # "centre de catégorie 2" names, it counts nothing
    ("La 42e session s'est tenue du combien au combien ?", "du 7 au 22 novembre 2023"),  # days, asked so
    ("Comment s'appelle l'ambassadeur présent à la session ?", "Samir Addahre"),
    ("Qui était le directeur de thèse d'Amal El Fallah Seghrouchni à Paris VI ?", None),  # her doctorate, not who
    # What a thesis was on: the corpus says where and when she got her doctorate, not its subject.
    ("Quel était le sujet de la thèse de doctorat de la fondatrice d'Ai Movement ?", None),
    ("Sur quoi portait la thèse de la fondatrice ?", None),
    # "Dans quelle ville… ?": a place must be said.
    ("Le projet Smart mobility a été testé dans quelle ville ?", None),  # "consacré à la mobilité"
    ("AI Master Junior a été lancé dans quelle ville ?", "à Tanger"),
    # Someone's post: said for some, not for others who are only named.
    ("Quelle fonction Gabriela Ramos occupe-t-elle à l'UNESCO ?", None),  # "…, de l'UNESCO, figuraient parmi…"
    ("Quel poste exact occupe Khalid Baddou à l'UM6P ?", None),  # "Khalid Baddou, de l'UM6P, ne cite…"
    ("Quel poste occupe Tawfik Jelassi ?", "sous-directeur général"),
    ("Quelle fonction exerce Samir Addahre ?", "ambassadeur et délégué permanent"),
    # Who pays ("payés par l'UNESCO ou par les pays… ?"), not how much: no amount needed.
    ("D'après le communiqué, les centres de catégorie 2 sont payés par l'UNESCO ou par les pays qui les accueillent ?",
     "financés directement par les États membres"),
])
def test_a_detail_the_answer_must_state_is_given_or_declined(engine, question, expected):
    reply = engine.ask(question)
    assert reply.answered == (expected is not None)
    assert expected is None or expected in reply.text


@pytest.mark.parametrize("question", ["Quand Ai Movement est-il devenu centre de categorie 2 de l'UNESCO ?",
                                      "Depuis quand Ai Movement est un centre de catégorie 2 ?",
                                      "Quand le centre a-t-il été désigné par l'UNESCO ?"])
def test_when_the_centre_became_category_2_is_the_general_conferences_decision(engine, question):
    reply = engine.ask(question)
    # Not only the press release's date on LeBigData (15 November), nor the Executive Board's approval.
    assert "14 novembre 2023" in reply.text


@pytest.mark.parametrize("question", ["Qu'est-ce qu'un centre de catégorie 2 ?",
                                      "un centre de catégorie 2, ça veut dire quoi ?",
                                      "c koi un centre de categorie 2 au juste"])
def test_what_a_kind_of_thing_is_comes_from_the_passage_saying_it_in_general(engine, question):
    # The press release says what such centres are; the fact sheet's sections,
    # headed squarely "centre de catégorie 2", only say what Ai Movement became.
    assert "juridiquement partie" in engine.ask(question).text


HACKATHONS = """\
---
title: Les hackathons du centre
---
## Le hackathon du centre

Le centre organise un hackathon chaque printemps à Rabat.

## Participer

Devenir un hackathon de référence est une ambition du centre. Les hackathons sont des concours de \
programmation de quelques jours, menés en équipe.
"""


@pytest.mark.parametrize("question,expected", [
    ("C'est quoi un hackathon ?", "concours de programmation"),  # what hackathons are, in general
    ("C'est quoi le hackathon du centre ?", "chaque printemps"),  # this one: its own section
])
def test_a_definition_of_a_kind_is_told_from_one_of_a_thing(make_corpus, question, expected):
    engine = engine_beside_another_document(make_corpus, {"hackathons.md": HACKATHONS})
    assert expected in engine.ask(question).text


QUOTATION = """\
---
title: La réaction du centre
---
## Réaction de la directrice

Le centre a été distingué en mars. « Ce label est une consécration pour notre équipe. Nous rejoignons un \
réseau mondial d'excellence », déclare la directrice Nadia Benali. Le centre compte douze chercheurs.
"""


def test_the_end_of_a_quotation_is_quoted_with_its_opening(make_corpus):
    engine = engine_beside_another_document(make_corpus, {"q.md": QUOTATION})
    reply = engine.ask("Qu'a déclaré la directrice Nadia Benali ?")
    assert reply.answered
    assert reply.sentences[0].startswith("« Ce label est une consécration")
    assert reply.sentences[-1].endswith("déclare la directrice Nadia Benali.")


def test_what_a_thing_is_for_is_answered_by_the_sentence_saying_so(engine):
    # The building's section shares "grand dôme" with the question; the dôme's says what it was "conçu" for.
    reply = engine.ask("Le grand dôme du centre, il sert à quoi ?")
    assert reply.answered and "volière à drones" in " ".join(reply.sentences)


def test_a_sibling_sharing_one_word_by_chance_does_not_complete_an_answer(engine):
    # The doctoral students' "traitement automatique des langues" is in the same document.
    reply = engine.ask("l'appli lit les documents dans quelle langue ?")
    assert reply.answered and "traitement automatique" not in reply.text


def test_a_what_is_question_prefers_the_section_headed_by_its_subject(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "histoire.md": """\
            ---
            title: Histoire
            ---
            # Les étages, les bureaux et les salles de la tour Beta
            La tour Beta compte trois étages de bureaux et deux salles de réunion.

            # Création du centre Alpha
            Le centre Alpha a été créé en 2021, et la tour Beta qui l'abrite a été inaugurée en 2022.

            # La tour Beta
            La tour Beta est un bâtiment de verre conçu comme un laboratoire d'essai pour les robots.
            """,
    })
    for question in ("La tour Beta, c'est quoi ?", "Parlez-moi de la tour Beta", "tour beta"):
        assert "bâtiment de verre" in engine.ask(question).text, question


def test_a_role_held_in_another_organisation_does_not_answer(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "direction.md": """\
            ---
            title: Direction
            ---
            # Qui dirige le centre Alpha ?
            Aucune source n'indique qui dirige le centre Alpha depuis 2024.
            """,
        "visites.md": """\
            ---
            title: Visites
            ---
            # Visite de Jean Dupont, directeur de l'agence Gamma
            Jean Dupont, directeur général de l'agence Gamma, a visité le centre Alpha en 2022.
            """,
    })
    assert "Jean Dupont" not in engine.ask("Qui est le directeur du centre Alpha ?").text
    assert "Jean Dupont" in engine.ask("Qui est le directeur de l'agence Gamma ?").text


@pytest.mark.parametrize("question", ["c qui la boss d'ai movement", "qui est la cheffe du centre"])
def test_familiar_words_for_the_head_of_the_centre(engine, question):
    reply = engine.ask(question)
    assert reply.answered and "Amal El Fallah Seghrouchni" in reply.text


def test_the_head_of_another_body_does_not_answer_who_heads_the_centre(engine):
    assert "Chef du gouvernement" not in engine.ask("c qui le chef d'ai movement").text


@pytest.mark.parametrize("question", ["qui est le directeur", "Qui est le directeur ?"])
def test_a_role_asked_without_whose_is_the_centres(engine, question):
    # Tester round 17: "qui est le directeur" named the AFD's director, who visited once.
    reply = engine.ask(question)
    assert "Rémy Rioux" not in reply.text and "Amal El Fallah Seghrouchni" in reply.text
    # Named, the other body's role answers (as keywords too).
    assert "Rémy Rioux" in engine.ask("directeur général AFD").text


def test_the_corpus_subject_is_what_most_titles_open_with():
    from askbot.engine import subject_of, topics_of

    titles = ["Ai Movement — Direction", "Ai Movement — Campus", "Communiqué de presse"]
    assert subject_of(titles) == "Ai Movement" and topics_of(titles) == ["Direction", "Campus", "Communiqué de presse"]
    assert subject_of(["Direction", "Ai Movement — Campus", "Visites"]) == ""


def test_a_when_question_keeps_the_section_that_says_when(engine):
    # The label's section says "collaborations", the one that answers says "lien … en décembre 2018".
    assert "décembre 2018" in engine.ask("Depuis quand Ai Movement collabore-t-il avec l'UNESCO ?").text


def test_a_sentence_leaning_on_an_unquoted_one_does_not_complete_an_answer(engine):
    reply = engine.ask("Sur quels grands axes thématiques le centre travaille-t-il ?")
    assert "quatre grands axes" in reply.text and not reply.sentences[0].startswith("Ces six orientations")


def test_quelque_chose_is_not_searched(engine):
    # "quelque" met "les quelque 80 femmes" of AWITAI's figures.
    reply = engine.ask("Est-ce qu'Ai Movement propose quelque chose pour les enfants ?")
    assert "enfants" in reply.text and "114" not in reply.text


def test_a_when_question_quotes_the_sentence_with_the_day(engine):
    # The next section says "après sa nomination au gouvernement en octobre 2024" with more of the question's words.
    reply = engine.ask("À quelle date la présidente d'Ai Movement a-t-elle été nommée au gouvernement ?")
    assert "23 octobre 2024" in reply.text


def test_a_when_question_prefers_a_day_with_its_year(engine):
    # dev-fresh: the press release's "approuvé hier, le 14 novembre" gives no year.
    reply = engine.ask("Quel jour la Conférence générale de l'UNESCO a-t-elle validé le statut d'Ai Movement ?")
    assert "14 novembre 2023" in reply.text


def test_a_sibling_that_gives_the_value_asked_for_is_quoted_instead(engine):
    # The training sheet's summary covers more of the question but gives no age.
    reply = engine.ask("À partir de quel âge les enfants peuvent-ils participer à AI Master Junior ?")
    assert "9 à 14 ans" in " ".join(reply.sentences)


def test_an_ordinal_prefers_the_passage_numbering_what_is_asked(make_corpus):
    # Both passages say "premier" and "Afrique"; only one numbers the centre.
    directory = make_corpus({
        "forum.md": """\
            ---
            title: Forum
            ---
            ## Forum de Dakar
            Le premier forum consacré au climat en Afrique s'est tenu à Dakar, au centre des congrès.
            """,
        "centre.md": """\
            ---
            title: Centre Beta
            ---
            ## Désignation
            Premier centre de recherche sur le climat du continent, Beta a été désigné en 2023 par l'Union africaine, en Afrique de l'Ouest.
            """,
    })
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), directory)
    for question in ("C'est le premier centre de ce genre en Afrique ?", "est ce le premier centre en afrique"):
        reply = engine.ask(question)
        assert reply.answered and reply.source.doc == "centre.md", question


def test_a_long_name_does_not_outweigh_the_detail_asked_about_it(make_corpus):
    directory = make_corpus({
        "direction.md": """\
            ---
            title: Direction
            ---
            ## Présidente
            Nadia Ben Saïd Lamrani préside le centre Beta depuis 2020.

            ## Études
            Nadia Ben Saïd Lamrani a obtenu son doctorat à Grenoble.

            ## Distinctions
            Nadia Ben Saïd Lamrani a reçu le prix Al Khwarizmi en 2022.
            """,
        "centre.md": "---\ntitle: Centre Beta\n---\nLe centre Beta étudie le climat à Rabat.\n",
    })
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), directory)
    terms = engine.parser.parse("Nadia Ben Saïd Lamrani est-elle mariée ?").terms
    shares = engine.composer.evidence.name_shares(terms)  # the name's terms, not "mariée"
    assert set(shares) == set(terms[:-1]) and sum(shares.values()) < len(shares) - 1
    assert not engine.ask("Nadia Ben Saïd Lamrani est-elle mariée ?").answered
    reply = engine.ask("Où Nadia Ben Saïd Lamrani a-t-elle obtenu son doctorat ?")
    assert reply.answered and "Grenoble" in reply.text


@pytest.mark.parametrize("question,pair", [
    ("Le dôme a-t-il été inauguré à Benguerir ou à Rabat ?", ("benguer", "rabat")),
    ("C'est payé par l'UNESCO ou les pays ?", ("unesco", "pay")),
    ("c ou le campus ? c a rabat ou a benguerir ?", ("rabat", "benguer")),  # the first "ou" is "où"
    ("elle l'a faite à Paris VI ou à Paris XIII ?", ("vi", "xii")),  # what differs, not the shared "Paris"
    ("Le campus est où ?", None),
    ("ça vient d'ou cet argent ?", None),
])
def test_alternatives_offered_with_ou(engine, question, pair):
    either = engine.parser.parse(question).either
    assert either == ((pair,) if pair else ())


def test_one_alternative_found_is_enough_and_none_found_is_refused(engine):
    reply = engine.ask("Le dôme de l'IA a-t-il été inauguré à Benguerir ou à Rabat ?")
    assert reply.answered and "inauguré à Rabat" in reply.text
    assert not engine.ask("Les ateliers pour enfants ont-ils lieu le mercredi ou le samedi ?").answered
    # An unknown name offered as the alternative to a known one is no reason to decline…
    assert "(Paris VI)" in engine.ask("Sa thèse de doctorat, elle l'a faite à Paris VI ou à Paris XIII ?").text
    # …but two unknown ones are.
    assert not engine.ask("Ai Movement est-il à Tokyo ou à Osaka ?").answered


@pytest.mark.parametrize("question", [
    "jai 12 ans je peux faire ai master junior?",
    "Bonjour, mon fils a 11 ans, existe-t-il un programme d'Ai Movement "
    "pour qu'il découvre l'intelligence artificielle ?",
    # Applying to a programme is no job application, and "quel âge" no word of the question's
    # own: it is asked of the preamble (newcomer check, sixteenth round).
    "Je voudrais postuler à AI Master Junior pour mon fils. C'est pour quel âge ?",
])
def test_the_askers_age_is_not_a_number_to_find(engine, question):
    # Not "les 12 régions du Maroc", nor a refusal for want of an "11".
    reply = engine.ask(question)
    assert reply.answered and "9 à 14 ans" in reply.text and "12 régions" not in reply.text


def test_a_list_is_quoted_whole_and_sentences_that_repeat_it_are_not(engine):
    reply = engine.ask("Quels sont les trois principes du Consensus de Rabat ?")
    assert reply.answered
    assert all(p in reply.text for p in ("cadre commun", "secteur public", "profite à tous"))
    assert "premier principe" not in reply.text  # it only says again what the list said
    reply = engine.ask("Quel est le troisième principe du Consensus de Rabat ?")
    assert reply.answered and "troisième principe" in reply.text


def test_a_sentence_saying_nothing_new_is_not_quoted_again(engine):
    quoter = engine.composer.quoter
    listed = "Le centre repose sur trois axes : la recherche, la formation et l'innovation."
    again = "Le premier des trois axes sur lesquels repose le centre est la recherche."
    other = "Le centre a été inauguré le 9 novembre 2022 à Rabat."
    assert quoter.without_repeats([listed, again, other]) == [listed, other]
    assert quoter.without_repeats([again, listed]) == [again, listed]


def test_what_combien_counts_is_read_with_its_typo_corrected(engine):
    assert engine.parser.parse("combien de cherhceurs ?").typos == {"cherhceur": "chercheur"}
    reply = engine.ask("ok mais il sont combien de cherhceurs la bas")
    assert reply.answered and "7 enseignants-chercheurs" in reply.text


@pytest.mark.parametrize("question", ["c koi leur site internet svp", "c'est quoi leur site internet ?"])
def test_a_heading_is_about_its_own_words_not_the_centres_name(engine, question):
    # "Site web officiel d'Ai Movement" is squarely about "leur site internet": "Ai Movement",
    # in nearly every passage, does not dilute it (it lost to "Les 7 piliers selon le site officiel").
    assert "aim.um6p.ma" in engine.ask(question).text


@pytest.mark.parametrize("question,expected", [
    ("communiqué unesco 2023 IA ancrée dans quels principes", "principes éthiques universels"),
    ("D'après le communiqué de 2023, en devenant centre UNESCO le centre rejoint quel genre de réseau ?",
     "un réseau mondial d’institutions"),
])
def test_the_year_of_the_press_release_names_the_text_not_what_it_says(engine, question, expected):
    # The press release never writes "2023": the year says which text, and binds no passage.
    assert expected in engine.ask(question).text


@pytest.mark.parametrize("question,expected", [
    ("Le consensus adopté à Rabat en 2024, il repose sur combien de principes ?", "repose sur trois principes"),
    ("La déclaration adoptée en 2024 à Rabat, elle repose sur quels principes ?", "gouvernance mondiale et inclusive"),
])
def test_a_year_no_candidate_contradicts_says_which_thing(engine, question, expected):
    # dev-thirty-third, dev-twenty-first: the principles' section names no year, and every
    # section on the Consensus says 2024: the year describes it, it does not pick an edition.
    reply = engine.ask(question)
    assert reply.answered and expected in reply.text


def test_a_follow_ups_year_still_binds(engine):
    conversation = engine.conversation()
    conversation.ask("Un grand forum sur l'IA s'est tenu au Maroc au début de l'été 2024 : quel en était le thème ?")
    conversation.ask("Et quel texte a-t-on adopté à l'issue de ces journées ?")
    # The topic's year, not the question's: without it "lecture" found the reading app.
    assert "a lu le texte" in conversation.ask("Qui en a donné lecture ?").text


def test_a_date_asked_keeps_the_day_over_a_siblings_month(engine):
    # The leadership section ("en octobre 2024") covers "patronne" better; the minister's section gives the day.
    reply = engine.ask("À quelle date la patronne d'Ai Movement est-elle entrée au gouvernement ?")
    assert "Le 23 octobre 2024" in reply.text


@pytest.mark.parametrize("question,needle", [
    ("Le centre s'appuie sur combien de piliers au total ?", "7 piliers"),  # "s'appuie sur" is "repose sur"
    # "usage", "pensée": its purpose
    ("Pour quel usage la grande coupole a-t-elle été pensée ?", "volière à drones"),
    ("En quelle année l'UM6P a-t-elle accueilli ses premiers étudiants ?", "janvier 2017"),  # "ouvert ses portes"
    ("l'Universite Mohamed 6 Polytechnique a acceuilli ses premiers etudiants quand ?", "janvier 2017"),  # spelling
    ("Qui a pris part à la session qui a approuvé la désignation ?", "Samir Addahre"),  # "assistait"
    ("Qui pilote Ai Movement ?", "Amal El Fallah Seghrouchni"),
    ("Les outils du centre peuvent-ils servir dans l'aviation et le spatial ?", "l'aéronautique et l'aérospatial"),
    ("qd est ce que la presidente d ai movement est rentree au gouvernement", "Le 23 octobre 2024"),  # "nommée ministre"
    ("Vous avez des formations pour les ados ?", "jeunes de 8 à 14 ans"),
    ("cat 2 unesco date", "14 novembre 2023"),  # an abbreviation (tester round 13)
    ("Quel est le parcours universitaire de la fondatrice ?", "doctorat en informatique"),  # her degrees
    ("Quelles sont les missions d'Ai Movement ?", "deux grandes missions"),  # not the pillars (tester round 14)
    ("Le centre forme-t-il les fonctionnaires ?", "hauts responsables"),  # tester round 17
    # dev-twenty-first's paraphrases and texting
    ("Est-ce que le centre travaille aussi pour le secteur militaire ?", "la défense"),
    ("Les masters exécutifs du centre, ils s'adressent à quel public ?", "professionnels déjà en poste"),
    ("Depuis quand l'UM6P accueille-t-elle des étudiants ?", "janvier 2017"),
    ("c koi le num de tel d ai movement svp", "numéro de téléphone"),
    ("Le volet innovation du centre, ça consiste en quoi concrètement ?", "donner naissance à des startups"),  # dev-23
    ("Pour ma notice de bibliothèque, quel est le nom complet officiel d'Ai Movement ?",
     "Centre international d'intelligence artificielle du Maroc"),
    # Second tester round of the sixteenth session: everyday and darija words for what is asked.
    ("Qui est la dame qui a créé le centre ?", "Amal El Fallah Seghrouchni"),
    ("Et c'est qui le coach, le patron ?", "Amal El Fallah Seghrouchni"),
    ("chhal mn doctorant 3ndhom", "18 doctorants"),
    # The acronym a PhD student in NLP uses (second tester round of the sixteenth session).
    ("Est-ce qu'Ai Movement travaille sur le TAL ?", "traitement automatique des langues"),
    # A body "s'est prononcé", "a examiné": it approved (a UNESCO intern's questions).
    ("Le Conseil exécutif de l'UNESCO s'est-il prononcé sur la désignation ?", "12 octobre 2023"),
    ("Pourriez-vous me confirmer le numéro de la session du Conseil exécutif ayant examiné le dossier ?",
     "217e session"),
    # The newcomer check of the sixteenth round: "cherche" and "infos" were searched, and the
    # question refused or answered from a dubious project sheet; "trouver" got the campus.
    ("Je cherche des infos sur AWITAI", "est mené par Ai Movement"),
    ("Je voudrais des informations sur AWITAI.", "est mené par Ai Movement"),
    ("Je cherche des infos sur AWITAI. Vous pouvez m'aider ?", "est mené par Ai Movement"),
    ("Pouvez-vous m'aider à trouver qui dirige Ai Movement ?", "fondatrice d'Ai Movement"),  # not where it "se trouve"
    # The eighteenth round's development sets: "UM6P" had to be in the passage, and the building's
    # sections never name the university; "DG", in capitals and in no passage, was an unknown name;
    # "custom", "boîtes", "légalement" were words to find.
    ("Le bâtiment du centre d'IA de l'UM6P à Rabat fait quelle superficie, à peu près ?", "5 000 m²"),
    ("Le grand dôme du centre IA de l'UM6P, il sert à quoi ?", "volière à drones"),
    ("Le DG de l'Agence française de développement est venu voir le centre d'IA ? C'était quand ?", "mai 2022"),
    ("vous faites des formations custom pour les boîtes ? genre pour mon équipe tech à Tanger", "sur mesure"),
    ("C'est vrai qu'avec ce statut, Ai Movement devient légalement une branche de l'UNESCO ?",
     "sans pour autant en faire juridiquement partie"),
])
def test_paraphrases_from_the_synonyms_file(engine, question, needle):
    reply = engine.ask(question)
    assert reply.answered and needle in reply.text


@pytest.mark.parametrize("question,needle", [
    ("Ce gros dôme sur le toit, c'est juste pour faire joli ou ça sert à quelque chose ?", "volière à drones"),
    ("Bonsoir, mon fils a 10 ans et il adore les robots. Est-ce que le centre a quelque chose pour les enfants "
     "de son âge ?", "AI Master Junior"),
    ("le dome il sert a quoi au juste, c juste de la deco ?", "volière à drones"),
    ("Le dôme sert à quoi ? C'est de la déco ?", "volière à drones"),
    ("Pourquoi une coupole pareille ? C'est pour faire joli ?", "volière à drones"),  # "pareille": such a
    ("Pourquoi une telle coupole ? C'est pour faire joli ?", "volière à drones"),
    # Emphasis and hedges: "le fameux dôme", "techniquement", "c'est quoi exactement un…".
    ("Le fameux dôme d'Ai Movement, il sert à quoi techniquement ?", "volière à drones"),
    ("Comment on écrit correctement le nom : AI Movement ou Ai Movement ?", "s'écrit de plusieurs façons"),
    # A licence after the bac: the centre sees itself as R&D, not teaching (the section's questions).
    ("Mon fils vient d'avoir son bac, peut-il faire une licence en IA à Ai Movement ?",
     "plutôt que comme un établissement d'enseignement"),
    # What the asker must do with the answer and the call for help (dev-twenty-fourth).
    ("bonjour, pour un exposé je dois expliquer ce que c'est un centre de catégorie 2 de l'unesco, "
     "vous pouvez m'aider ?", "associés à l’UNESCO sans pour autant"),
    ("En tant qu'investisseur, j'aimerais savoir qui finance Ai Movement, et à quelle hauteur.",
     "environ 1 million d'euros par an"),  # who asks, elided
    ("Je prépare un cours : c'est quoi exactement un centre de catégorie 2 de l'UNESCO ?",
     "associés à l’UNESCO sans pour autant"),
    # dev-thirty-first: "simplement" and "CM2" (a name the corpus lacks) were words to find.
    ("Expliquez-moi simplement ce qu'est Ai Movement, c'est pour des enfants de CM2.",
     "Centre international d'intelligence artificielle du Maroc"),
])
def test_the_askers_guesses_and_circumstances_are_not_searched(engine, question, needle):
    # dev-twenty-third: "joli", "juste" and "âge" were words the answer had to hold; dev-twenty-fourth
    # and -fifth: "déco", "fameux", "techniquement", and "exactement" hid the kind to define.
    reply = engine.ask(question)
    assert reply.answered and needle in reply.text


def test_a_summary_gives_way_to_the_detailed_section_on_a_specific_question(engine):
    reply = engine.ask("Est-ce que le centre forme des enfants ?")
    assert reply.answered and not reply.source.is_summary and "9 à 14 ans" in reply.text
    reply = engine.ask("Le tout premier forum sur l'IA en Afrique organisé avec l'UNESCO, "
                       "il s'est tenu où et quand ?")
    assert reply.answered and "En décembre 2018" in reply.text  # not the events summary's "(2018)"
    # The summary holds "suivre" too, the programme's section does not: it still gives way.
    reply = engine.ask("À quel âge les enfants peuvent-ils suivre le programme AI Master Junior ?")
    assert reply.answered and "9 à 14 ans" in reply.text
    reply = engine.ask("Quelles formations propose Ai Movement ?")  # a list: the summary answers it
    assert reply.answered and reply.source.is_summary


def test_a_sibling_not_numbering_the_cohort_asked_does_not_replace_its_section(engine):
    # The totals' section says "les quelque 80 femmes de la deuxième" and "participantes".
    for question in ("Combien de participantes la deuxième cohorte d'AWITAI a-t-elle réunies ?",
                     "combien de participantes ds la 2eme promo awitai"):  # "promo" is "cohorte"
        reply = engine.ask(question)
        assert reply.answered and "environ 80 femmes de 28 pays" in reply.text and "114" not in reply.text


def test_a_texted_age_in_an_is_no_number_to_find(engine):
    # "g 15 an" is "j'ai 15 ans": not LIP6's "pendant 15 ans".
    assert "15 ans" not in engine.ask("g 15 an je peu faire un stage").text


@pytest.mark.parametrize("question,needle", [
    # "comme sigle" after "quoi" only frames: the passage spells AWITAI out without the word "sigle".
    ("AWITAI, ça signifie quoi comme sigle ?", "African Women in Tech & AI (AWITAI)"),
    # "fondatrice" is in the synonyms file's group of Amal El Fallah Seghrouchni.
    ("De quelle université provient le doctorat de la fondatrice du centre ?", "Pierre-et-Marie-Curie"),
    # "où"/"dans quelle ville" frames with the whole place group; the summary's
    # "au siège de l'UNESCO" (another event) counted once for each of its words.
    ("Dans quelle ville l'UM6P et l'UNESCO ont-elles organisé, en 2018, la toute première rencontre "
     "consacrée à l'intelligence artificielle en Afrique ?", "à Benguerir le premier forum"),
    # Another document's summary is no rival: the partners' summary (identity sheet) names the
    # hackathon too; it restates, it does not disagree.
    ("Quel était l'intitulé exact du hackathon organisé avec ONU Femmes Maroc ?", "l'égalité des genres"),
    # A rival giving the same date does not disagree: the conference's section also says the dôme
    # was inaugurated in novembre 2022.
    ("Je prépare une visite du dôme de l'IA. Quand a-t-il été inauguré ?", "9 novembre 2022"),
    # "qui" after a request asks for a person, as it does opening the question: the signatories,
    # not the dispute over the signing date.
    ("Dites-moi, qui a signé l'accord tripartite ?", "Chakib Benmoussa"),
    ("Bonjour, j'aimerais savoir qui a signé l'accord tripartite", "Chakib Benmoussa"),
    ("Revenons au centre : il a des partenaires ?", "Parmi les partenaires d'Ai Movement"),  # back on topic
    ("il est ou le centre ai movement ?", "Rabat-Technopolis"),  # "où" typed without its accent
    # The section headed "Première cohorte d'AWITAI", not the totals' "les 34 femmes de la première cohorte".
    ("combien de participantes dans la toute premiere promo awitai ??", "34 femmes venues de 11 pays africains"),
    # What a named body does: the section headed by it, not the programme's that lists it.
    ("Que fait la Fondation OCP dans le programme pour les femmes africaines dans la tech ?",
     "apporte un soutien financier"),
    # Where the dôme stands and the asker's guess ("juste décoratif") are no words to find;
    # "grosse" is "gros" (the synonyms file: the stemmer keeps "gross").
    ("Pourquoi il y a ce gros dôme sur le toit ? ça sert à quelque chose ou c'est juste décoratif ?",
     "volière à drones"),
    ("La grosse coupole sur le toit, elle sert vraiment à quelque chose ou c'est juste pour faire joli ?",
     "volière à drones"),
    # "quand" opening a clause is a conjunction: who, not when (the passage gives no date).
    ("Quel diplomate marocain était présent à la Conférence générale quand la désignation a été approuvée ?",
     "Samir Addahre"),
    ("Quand les journalistes de RFI sont venus faire leur reportage, qui leur a fait faire le tour du centre ?",
     "Btissam El Khamlichi"),  # a clause opening on "quand", then the question
    # What a text contains: its section from the start ("repose sur trois principes : …"), not
    # the paragraph on its third principle.
    ("Que contient le Consensus de Rabat ?", "repose sur trois principes"),
    # A summary headed by the question's very words answers it (not the UNESCO mandate).
    ("c'est quoi leur mission ?", "deux grandes missions"),
    # The MIT is "une université américaine" in users' words (the synonyms file).
    ("pk on dit que leur coupole fait référence à une fac américaine ?", "clin d'œil au MIT"),
    # Who it works with: its partners, as "Quels sont ses partenaires ?" asks.
    ("Avec qui travaille Ai Movement ?", "Parmi les partenaires d'Ai Movement"),
    # The asker moving on ("Je reformule :", "laissez tomber.") says nothing to find, and "nos
    # devs" are a company's staff (tester round 17 was refused all three).
    ("Je reformule : est-ce que vous faites des formations pour les entreprises ?", "des entreprises"),
    ("laissez tomber. combien de doctorants ?", "18 doctorants"),
    ("On voudrait une formation sur mesure pour nos devs, c'est possible ?", "formations sur mesure"),
    # Tester round 18: "qu'est-ce qui s'est passé" frames as "que s'est-il passé" does; "auprès de"
    # only says whose centre it is; "quoi comme événements" asks for the list.
    ("Qu'est-ce qui s'est passé le 9 novembre 2022 ?", "9 novembre 2022"),
    ("Quel est le mandat d'Ai Movement auprès de l'UNESCO ?", "pôle régional de connaissances"),
    ("ils ont fait quoi comme evenements", "Parmi les événements organisés par Ai Movement"),
    # "il dit quoi X ?" asks what X says, as "que dit X ?" does (tester round 18; texted too).
    ("Il dit quoi le consensus de Rabat ?", "repose sur trois principes"),
    ("il dit koi le consensus de rabat", "repose sur trois principes"),
    # Texted "fait koi" is described in two sentences, as "fait quoi" is (dev-eighteenth).
    ("ma grand mere sait pas lire, l'appli d'ai movement elle fait koi exactement ?", "à voix haute"),
    # Shorthand is written out before any pattern reads the question: "ça sert à koi" asks a
    # purpose as "ça sert à quoi" does (dev-thirtieth got the centre's name), and the asker's
    # guess "c juste de la déco" is not "c'est juste ?" (is that right).
    ("ai movement ca sert a koi en vrai ?", "faire naître une expertise marocaine et africaine"),
    ("le dome il sert a quoi au juste, c'est juste de la deco ?", "volière à drones"),
    ("pourquoi un dôme ? c'est juste pour faire joli ?", "clin d'œil au MIT"),
    # Darija around French words (dev-thirty-first): "who was the Moroccan ambassador present",
    # "their budget in 2023", "has she become a minister".
    ("chkoun ambassadeur dyal lmaghrib f unesco li kan hadr", "Samir Addahre"),
    ("l budget dyalhom ch7al kan f 2023", "3,5 millions d'euros en 2023"),
    ("wach wlat ministra", "nommée ministre déléguée"),
    # "si", "ainsi", "s'agit-il" weighed as words to find (tester round, dev-twenty-eighth).
    ("Une dernière question, si vous le permettez : ce centre forme-t-il des étudiants comme une école "
     "d'ingénieurs classique, ou s'agit-il plutôt d'un centre de recherche ?", "plutôt que comme un établissement"),
    ("Bonjour. Ingénieur à la retraite, j'ai lu qu'un centre marocain d'intelligence artificielle avait obtenu un "
     "statut auprès de l'UNESCO. Pourriez-vous me préciser de quel statut il s'agit ?", "catégorie 2"),
    # Texting and darija from this round's tester: "ai mvt", "jveu", "g pa compri", "kbir" (big).
    ("slt jveu savoir ki dirige ai mvt", "Amal El Fallah Seghrouchni"),
    ("g pa compri c koi le dome", "grand dôme"),
    ("chhal kbir lbatiment", "5 000 m²"),
    # "bien" asks whether it is so; it need not be in the passage (dev-thirty-first, dev-twenty-seventh).
    ("C'est bien à Rabat, pas à Salé ?", "Rabat-Technopolis"),
    ("C'est bien l'OCP qui a fondé Ai Movement ?", "le groupe OCP a cofondé Ai Movement"),
    # Who is "derrière" a thing founded or runs it (dev-thirty-first's "qui est derrière ?" was refused).
    ("AWITAI c'est quoi exactement, qui est derrière ?", "mené par Ai Movement avec la Fondation OCP"),
    ("qui se cache derrière Ai Movement ?", "La fondatrice d'Ai Movement est Amal El Fallah Seghrouchni"),
    # A total asked is the section on totals (tester round 17: the third cohort's 44 women).
    ("Combien de femmes au total dans AWITAI, toutes cohortes confondues ?", "114 participantes"),
    # How it looks "vu de l'extérieur" (not AWITAI's "Relations extérieures").
    ("À quoi ressemble le bâtiment du centre vu de l'extérieur ?", "coiffé d'un grand dôme"),
    # "un master" is a degree, the centre's executive masters, not "AI Master Junior" (tester round 17).
    ("Je peux faire un master à Ai Movement ?", "masters exécutifs"),
    # Who created it is who founded it, not the date of its creation (tester rounds 17, 19).
    ("Qui a créé Ai Movement ?", "La fondatrice d'Ai Movement est Amal El Fallah Seghrouchni"),
    ("qui a monté ce centre ?", "La fondatrice d'Ai Movement est Amal El Fallah Seghrouchni"),
    ("Ai Movement, c'est l'OCP ou l'UM6P qui l'a créé au juste ?", "Les deux versions de la fondation"),
    # Who "porte" a programme leads it (it "est mené par…"), not what "porte le nom" of someone.
    ("Qui porte le programme AWITAI ?", "la Fondation OCP"),
    ("Je prépare un article sur le programme AWITAI. Qui le porte exactement ?", "la Fondation OCP"),  # dev-22
    # "de quelles universités ?": the sentence saying "universités", not the AUF's name (dev-19, dev-22).
    ("Les doctorants venus par le programme Sud-Sud de l'AUF, ils venaient de quelles universités ?",
     "Yaoundé I et de Dschang"),
    ("On écrit catégorie 2 ou catégorie II ?", "les deux graphies"),  # how it is spelled (tester round 20)
    ("Quel âge avait le centre fin 2023 ?", "depuis deux ans et demi"),  # spelled out (tester round 20)
    # Working with someone is collaborating with them (tester round 20: "collabore" worked).
    ("Depuis quand le centre travaille-t-il avec l'UNESCO ?", "Benguerir en décembre 2018"),
    # …and "avec qui" asks its partners, the subject before the verb or after it (tester round 16).
    ("Avec qui Ai Movement travaille-t-il ?", "Parmi les partenaires d'Ai Movement"),
    ("Avec qui le centre collabore-t-il ?", "Parmi les partenaires d'Ai Movement"),
    # The asker's introduction before a question whose "il" repeats its subject (tester round 21).
    ("Salut, je suis étudiante en master à Sfax. Le centre travaille-t-il sur les drones ?", "essaims de drones"),
    ("Bonjour, je travaille pour une fondation philanthropique. Comment Ai Movement est-il financé ?",
     "1 million d'euros par an"),  # dev-27: the "il" of "est-il" made it lean on the preamble
    # "Pouvez-vous m'en dire plus ?" asks about what the sentence before it names (tester round 16:
    # a long introduction, then refused; "Benguerir" alone found the E-trash bins).
    ("J'ai entendu parler du forum de Benguerir. Pouvez-vous m'en dire plus ?", "ont co-organisé à Benguerir"),
    # Whoever told the asker, and a sentence after it: what was spoken of is what is asked (dev-thirtieth
    # got the hackathon).
    ("Bonjour, mon collègue m'a parlé d'AWITAI. Vous pouvez m'en dire plus ?", "mené par Ai Movement"),
    ("Une amie m'a parlé d'AI Master Junior. C'est pour quel âge ?", "enfants de 9 à 14 ans"),
    ("Bonjour, une amie m'a parlé d'AI Master Junior pour initier les enfants à l'intelligence artificielle. "
     "Ma fille a 10 ans : c'est pour quel âge ?", "enfants de 9 à 14 ans"),
    ("Bonjour, je m'appelle Aminata, je suis ingénieure en informatique à Dakar au Sénégal, j'ai 29 ans et je "
     "m'intéresse beaucoup à l'IA et à l'entrepreneuriat féminin. J'ai entendu parler d'un programme pour les "
     "femmes africaines à Rabat. Pouvez-vous m'en dire plus ?", "AWITAI"),
    # Texting "c koi" opens the question after the asker's clause; "Dakar", unknown, was asked (dev-27).
    ("slt je suis entrepreneuse a Dakar, c koi le programme d'ai movement pour les femmes africaines ?",
     "renforce les compétences de femmes africaines"),
    # Why the asker asks, set apart; "cours" are the children's "ateliers" (tester round 21).
    ("Il y a t il des cours pour les enfants de cet age la, car il est très interessé par les ordinateurs ?",
     "AI Master Junior"),
    # "Expliquez simplement ce qu'est X" asks what X is, whoever asks (tester round 21: refused, then
    # the teacher's "professeur" found the founder's professorship); dev-eighteenth's NGO worker.
    ("Bonjour, je suis professeur au lycée et je prépare un cours. Expliquez simplement ce qu'est Ai Movement.",
     "Ai Movement est le nom du Centre international"),
    ("Expliquez simplement ce qu'est le Consensus de Rabat pour des élèves de 16 ans.", "Consensus de Rabat"),
    ("Bonjour, je travaille pour une ONG à Dakar qui accompagne des entrepreneures. C'est quoi AWITAI exactement ?",
     "African Women in Tech & AI"),
    # "me lister" is a request, as "me citer" (tester round 21: "La liste exacte… change").
    ("Pouvez-vous me lister les 7 piliers du centre ?", "les 7 piliers d'Ai Movement sont la formation"),
    # What the contact is for: "devis" stems as "devant" does (tester round 21: the Parliament hearing).
    ("Comment puis-je vous contacter pour un devis ?", "aim.um6p.ma"),
    # "C'est quoi exactement ?" after a preamble naming the thing (tester rounds 20, 21).
    ("Bonjour, je suis sénégalaise et je voudrais participer à AWITAI. C'est quoi exactement ?",
     "renforce les compétences de femmes africaines"),
    ("Ma fille veut postuler à AWITAI, c'est quoi exactement ?", "renforce les compétences de femmes africaines"),
    # Dictated, without punctuation nor apostrophes (dev-twenty-third).
    ("bonjour je travaille dans une ONG a Abidjan je voulais savoir le grand forum sur lia a Rabat en juin 2024 "
     "cetait sur quel theme", "comme levier de développement en Afrique"),
    ("Qui porte le nom de l'amphithéâtre ?", "Fatima Al Fihriya"),
    # A letter: its way in and its close are no words to find; "se définit" is "se conçoit".
    ("Madame, Monsieur, je me permets de vous demander si Ai Movement se définit plutôt comme une école ou "
     "comme un centre de recherche. Veuillez agréer mes salutations distinguées.", "plutôt que comme un établissement"),
])
def test_a_question_is_answered_with_what_it_asks(engine, question, needle):
    reply = engine.ask(question)
    assert reply.answered and needle in reply.text


def test_a_section_on_sources_that_disagree_is_answered_with_every_version(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "histoire.md": """\
            ---
            title: Histoire
            ---
            # Date d'ouverture : les sources divergent

            Les sources divergent sur la date d'ouverture du centre Alpha. Le centre Alpha compte trois salles.

            Selon *Le Matin*, le centre Alpha a ouvert en mars 2021.

            Selon *L'Économiste*, le centre Alpha a ouvert en janvier 2022.

            # Salles
            Le centre Alpha compte trois salles de cours.
            """,
    })
    reply = engine.ask("Quand le centre Alpha a-t-il ouvert ?")
    assert reply.answered
    assert list(reply.sentences) == [
        "Les sources divergent sur la date d'ouverture du centre Alpha.",
        "Selon Le Matin, le centre Alpha a ouvert en mars 2021.",
        "Selon L'Économiste, le centre Alpha a ouvert en janvier 2022.",
    ]


def test_a_claim_checked_in_a_section_on_sources_that_disagree_is_quoted_with_its_correction(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "histoire.md": """\
            ---
            title: Histoire
            ---
            # Nombre de salles : les chiffres divergent

            Les chiffres sur le nombre de salles du centre Alpha divergent. Le plan du centre Alpha montre trois salles.

            Le Matin affirme que le centre Alpha a dix salles. Selon l'architecte, ce chiffre de dix correspond en fait aux bureaux.
            """,
    })
    claim = "Le Matin affirme que le centre Alpha a dix salles."
    correction = "Selon l'architecte, ce chiffre de dix correspond en fait aux bureaux."
    assert list(engine.ask("Le centre Alpha a dix salles, c'est vrai ?").sentences)[1:] == [claim, correction]
    assert list(engine.ask("J'ai lu que le centre Alpha a dix salles ?").sentences)[1:] == [claim, correction]
    # Asked what the paper says, not whether it holds: one sentence a version.
    assert correction not in engine.ask("Combien de salles le centre Alpha a-t-il selon Le Matin ?").sentences


@pytest.mark.parametrize("question,needle", [
    ("jai lu que 150 femmes ont deja ete formées et incubées par AWITAI, c vrai ?", "objectif fixé pour 2023-2025"),
    ("Femmes du Maroc écrit que 150 femmes ont été formées lors des deux premières cohortes d'AWITAI. "
     "Ce chiffre tient-il la route ?", "objectif fixé pour 2023-2025"),
    ("Ai Movement a été inauguré le 9 novembre 2022, c'est bien ça ?", "en réalité l'inauguration du dôme"),
    # Tester round 20: "Pourtant" was a word to find, and the question was refused.
    ("Pourtant j'ai lu que le centre avait été inauguré en novembre 2022, non ?", "en réalité l'inauguration du dôme"),
    # "L'UM6P présente pourtant…" sets the other version against the claim (dev-twenty-first).
    ("Pourtant Le Monde dit que le premier sommet africain de l'IA, c'est celui de 2024, non ?",
     "présente pourtant le forum de Benguerir"),
    # Tester round 22: a claim stated, not asked, and where the asker read it.
    ("Ai Movement a été créé en 2022, je l'ai lu partout.", "créé en mars 2021"),
    # dev-twenty-fifth: the claim after a colon, its "Exact ?" in a sentence of its own.
    ("Je vérifie une info : Ai Movement aurait été inauguré le 9 novembre 2022. Exact ?",
     "en réalité l'inauguration du dôme"),
    # dev-twenty-ninth: a name the corpus never mentions is what the claim gets wrong, not
    # something the corpus knows nothing about.
    ("On lit sur un blog que le dôme d'Ai Movement est un clin d'œil à Harvard. C'est exact ?",
     "clin d'œil au MIT"),
    # dev-twenty-eighth, -ninth: a hedged claim whose year no document says is checked against
    # the one they say; "Fact-check", "Vérification", "Je vérifie une phrase" only frame it.
    ("L'UM6P existe depuis 2010 je crois ?", "ouvert ses portes en janvier 2017"),
    ("Fact-check : « Le centre Ai Movement a été inauguré le 9 novembre 2022. » Est-ce correct ?",
     "en réalité l'inauguration du dôme"),
    ("Je vérifie une phrase : « Ai Movement est le tout premier centre de catégorie 2 consacré à l'IA "
     "dans le monde. » Vrai ?", "sur le continent africain"),
    ("Vérification : « Ai Movement a été fondé par l'OCP. » C'est vrai ?", "a créé Ai Movement"),
    # A figure or a year the documents give otherwise (tester round of the sixteenth session).
    ("Ai Movement compte 180 doctorants, exact ?", "18 doctorants"),
    ("La troisième cohorte AWITAI a été lancée le 23 juin 2024, c'est exact ?", "23 juin 2025"),
    ("Ai Movement est devenu centre de catégorie 2 de l'UNESCO le 14 novembre 2022, c'est bien cela ?",
     "14 novembre 2023"),
    # The year is said, but only of other things (AWITAI's 2025 cohort), not of her.
    ("Un post Facebook affirme : « Amal El Fallah Seghrouchni dirige toujours Ai Movement en 2025. » "
     "Vrai ou faux ?", "jusqu'à son entrée au gouvernement"),
])
def test_the_shipped_claims_checked_get_what_corrects_them(engine, question, needle):
    # Four blind development sets each asked both; the answer repeated the claim.
    reply = engine.ask(question)
    assert reply.answered and needle in reply.text


def test_the_shipped_conflicts_give_both_versions(engine):
    text = engine.ask("Quand l'accord tripartite a-t-il été signé ?").text
    assert "23 novembre 2023" in text and "du 3 au 5 juin 2024" in text
    text = engine.ask("Quel est le titre exact d'Amal El Fallah Seghrouchni ?").text
    assert "« présidente exécutive »" in text and "« directrice exécutive »" in text
    # A version comes with the sentence correcting it (the last newcomer check of the sixteenth
    # session: "150 femmes ont été formées" was quoted without "correspond en fait à l'objectif").
    text = engine.ask("Combien de femmes ont participé à AWITAI ?").text
    assert "150 femmes" in text and "correspond en fait à l'objectif" in text


def test_the_first_day_of_a_month_does_not_number_a_cohort(engine):
    # The second cohort's camp ran "du 1er au 13 juillet 2024" (tester round 11).
    text = engine.ask("Combien de femmes comptait la première cohorte d'AWITAI ?").text
    assert "34 femmes" in text and "deuxième" not in text


@pytest.mark.parametrize("message,expected", [
    ("Bonjour, je viens de Casablanca pour un entretien : le centre se trouve sur quel campus de l'UM6P ?",
     "Rabat-Technopolis"),
    ("Je termine un master et j'envisage un doctorat : Ai Movement accueille-t-il des doctorants ?", "3 doctorants"),
    ("Quel est le site web du centre, pour préparer la visite ?", "aim.um6p.ma"),
])
def test_what_the_asker_says_around_the_question_does_not_sink_it(engine, message, expected):
    reply = engine.ask(message)  # tester round 11 and dev-tenth: all three were declined
    assert reply.answered and expected in reply.text


@pytest.mark.parametrize("question", ["c ki le chef d ai movement", "Qui est le chef du centre ?"])
def test_the_head_of_the_centre_said_otherwise(engine, question):
    # Not the minister "auprès du Chef du gouvernement" (tester round 10).
    reply = engine.ask(question)
    assert reply.answered and "Amal El Fallah Seghrouchni" in reply.text and "Chef du gouvernement" not in reply.text


def test_the_next_of_something_else_is_not_counted_from_the_conversation(engine):
    parser = engine.parser
    after_cohorts = parser.parse("Quand aura lieu la prochaine édition du Forum ?", "la deuxième cohorte d'AWITAI")
    assert "prochain" in after_cohorts.terms and "troisiem" not in after_cohorts.terms
    assert parser.parse("et la suivante ?", "la deuxième cohorte d'AWITAI").terms[0] == "troisiem"


def test_combien_etaient_x_counts_x(engine):
    # The corpus never says how many were Ivorian: the cohort's total is no answer.
    assert not engine.ask("Parmi les femmes de la 3e cohorte d'AWITAI, combien étaient ivoiriennes ?").answered
    # "venus" is everyday French, said otherwise in the passage ("a accueilli 3 doctorants").
    assert "3 doctorants" in engine.ask("Combien sont venus avec le programme Sud-Sud de l'AUF ?").text


def test_a_sentence_naming_its_source_is_credited_to_that_source(make_corpus):
    engine = engine_beside_another_document(make_corpus, {
        "histoire.md": """\
            ---
            title: Histoire
            sources: ["https://alpha.ma/histoire", "https://www.le-matin.ma/article", "https://journal.ma/alpha"]
            section_sources:
              "Ouverture": ["https://journal.ma/alpha", "https://www.le-matin.ma/article"]
            ---
            # Ouverture
            Selon *Le Matin*, le centre Alpha a ouvert en mars 2021.

            # Salles
            Le centre Alpha compte trois salles de cours.
            """,
    })
    # Not the section's first source, which the sentence does not quote.
    assert engine.ask("Quand le centre Alpha a-t-il ouvert ?").links == ("https://www.le-matin.ma/article",)
    # A sentence naming no source keeps its section's (here the document's) first.
    assert engine.ask("Combien de salles compte le centre Alpha ?").links == ("https://alpha.ma/histoire",)


@pytest.mark.parametrize("question,expected", [
    # A section headed by the question answers it, not one holding its words (dev-15, dev-25,
    # tester round 16: the UM6P's founding by the OCP Foundation)…
    ("C'est l'OCP qui a fondé le centre, ou pas du tout ?", "le groupe OCP a cofondé Ai Movement"),
    ("Qui a fondé Ai Movement, l'UM6P ou l'OCP ?", "le groupe OCP a cofondé Ai Movement"),
    ("Qui a fondé l'UM6P ?", "fondée par la Fondation du groupe OCP"),  # …asked of the heading's subject only
    # What the designation "vient confirmer" is what it "consacre" (dev-15, dev-16, dev-22).
    ("D'après le communiqué officiel, qu'est-ce que cette désignation vient confirmer pour le Royaume ?",
     "consacre le leadership régional du Royaume du Maroc"),
    # "rejoignent" and "rejoignons" stem apart; joining is entering, integrating (dev-casual, dev-18, dev-27).
    ("en devenant centre unesco ils rejoignent quoi ?", "un réseau mondial"),
    ("Devenir centre de catégorie 2, ça fait entrer Ai Movement dans quoi au juste ?", "un réseau mondial"),
    # What a label brings ("tirer de", "rapporter": "apporter"); keeping talents is curbing the brain drain.
    ("Qu'est-ce que la présidente espérait tirer de ce label UNESCO ?", "des financements, de la visibilité"),
    ("Est-ce que le label UNESCO était censé aider à garder les talents au Maroc ?", "freiner la fuite des cerveaux"),
    # "wesh" greets; "koi comme projets" asks for a list, as "quoi comme" does (tester round 16: refused).
    ("wesh ils font koi comme projets", "plusieurs projets de recherche"),
    # What the centre "met dans" a programme is what it finances (dev-19, dev-25, dev-27).
    ("Combien d'argent Ai Movement met-il dans le programme pour les entrepreneures africaines ?", "500 000 USD"),
    # Free, left to themselves: autonomous (dev-ninth, dev-twenty-seventh).
    ("Les thésards du centre sont-ils très encadrés ou plutôt livrés à eux-mêmes ?", "grande autonomie"),
    # The centre "a ouvert": its inauguration, not the UM6P's opening (dev-twenty-seventh).
    ("Le centre a ouvert le 9 novembre 2022, non ?", "l'inauguration du dôme"),
    # A passage saying the name asked as it is written, not a synonym of it (dev-18, dev-23, gold).
    ("CIAM ça veut dire quoi ?", "abrégé en « CIAM »"),
    # …also when it asks what the name is, which the document's introduction says of its synonym
    # (dev-keywords, tester round of the sixteenth session).
    ("Que signifie CIAM ?", "abrégé en « CIAM »"),
    ("c'est quoi le CIAM ?", "abrégé en « CIAM »"),
    ("Qui dirigeait le centre ?", "a dirigé Ai Movement"),  # not her LIP6 team (tester round 12)
    ("Quelle est la dénomination officielle d'Ai Movement ?", "Centre international d'intelligence artificielle"),
    ("Quel est le nom complet d'Ai Movement ?", "Centre international d'intelligence artificielle"),
])
def test_questions_the_sheets_list_for_their_sections(engine, question, expected):
    assert expected in engine.ask(question).text


def test_a_word_holding_aide_asks_no_help(engine):
    reply = engine.ask("Elle a plaidé pour quoi ?")  # "plaidé" folds to "plaide" (tester round 12)
    assert reply.answered and "stratégie nationale" in reply.text
    reply = engine.ask("Comment aider les femmes africaines ?")  # "aider" without "m'", "nous"
    assert reply.answered and "femmes africaines" in reply.text


def test_a_question_pointing_where_its_preamble_points_stands_alone(engine):
    # Tester round of the sixteenth session: "ce centre" names nothing the preamble does not, and
    # the preamble's "enseignante", "radio" found the doctoral students or nothing.
    reply = engine.ask("Bonjour, je suis enseignante à la retraite et j'ai entendu parler de ce centre à la radio. "
                       "Pourriez-vous m'expliquer à quoi sert exactement ce centre ?")
    assert reply.answered and "centre d'excellence en intelligence artificielle" in reply.text


@pytest.mark.parametrize("question,expected", [
    ("Je vous remercie. Auriez-vous l'amabilité de me préciser la superficie de ce bâtiment, et s'il vous plaît "
     "la source de ce chiffre ?", "environ 5 000 m²"),
    ("Fort intéressant. Et ce dôme, à quoi sert-il au juste ? Je serais curieux de connaître sa fonction technique.",
     "volière à drones"),
    ("Madame, Monsieur, dans le cadre d'une note pour mon ministère, pourriez-vous m'indiquer les parties "
     "signataires de l'accord tripartite ?", "le Gouvernement du Royaume du Maroc"),
    ("J'ai vu écrit « catégorie II » dans un article, c'est un autre statut que catégorie 2 ?", "même statut"),
])
def test_a_formal_askers_courtesies_are_not_searched(engine, question, expected):
    # Tester round 13's retired engineer was refused both: "amabilité", "source de ce chiffre",
    # "curieux de connaître" were words to find; round 17's civil servant was refused for
    # "pour mon ministère" (the minister's section), and dev-eighteenth for where it was read.
    assert expected in engine.ask(question).text


@pytest.mark.parametrize("question,expected", [
    ("Desk vérification : la Déclaration de Rabat sur l'IA, adoptée quel jour exactement ?", "4 juin 2024"),
    ("Question d'une ONG : les solutions d'Ai Movement touchent-elles aussi au militaire ou à la défense ?",
     "la défense"),
    ("Budget du centre : combien ?", "3,5 millions d'euros"),
    ("AWITAI : la toute première promo comptait combien de femmes ?", "34 femmes"),
])
def test_a_label_before_a_colon_steers_the_question(engine, question, expected):
    reply = engine.ask(question)
    assert reply.answered and expected in reply.text


@pytest.mark.parametrize("question,expected", [
    # Tester round 13: the claim was the preamble, and "C'est exact ?" repeated the last answer.
    ("Une autre source dit que les centres de catégorie 2 sont financés par l'UNESCO. C'est exact ?",
     "financés directement par les États membres"),
    ("Un article dit que le centre est à Salé, vous confirmez ?", "à Salé"),
    # dev-thirtieth: "Pouvez-vous vérifier ce chiffre ?" was asked alone, and "une trentaine" kept.
    ("D'après Le Monde, l'équipe d'Ai Movement compterait une trentaine de chercheurs en 2024. "
     "Pouvez-vous vérifier ce chiffre ?", "7 enseignants-chercheurs et 18 doctorants"),
])
def test_a_claim_to_confirm_is_what_is_asked(engine, question, expected):
    reply = engine.ask(question)
    assert reply.answered and expected in reply.text


def test_a_wrong_figure_is_not_answered_by_a_sentence_without_one(engine):
    # dev-thirty-first: with "centaines" dropped as the claim's figure, RFI's "des chercheurs… de revenir
    # travailler au Maroc" answered; a claimed number wants the number the documents give, or a refusal.
    reply = engine.ask("On m'a dit qu'Ai Movement fait travailler des centaines de chercheurs. Vrai ?")
    assert "revenir travailler" not in reply.text


def test_a_request_to_present_a_thing_quotes_its_section_from_the_start(engine):
    # Tester round 14: "Présentez-moi Ai Movement" got the section's first paragraph, two sentences.
    text = engine.ask("Présentez-moi Ai Movement s'il vous plaît.").text
    assert "centre d'excellence en intelligence artificielle" in text
    # Not a question that only says "parle de": "La MAP parle de plus de 30 pays…" is no request.
    assert "parlementaires" not in engine.ask("La MAP parle de plus de 30 pays au Forum de haut niveau, "
                                               "mais d'autres médias donnent un autre chiffre, lequel ?").text


def test_who_said_a_quotation_is_the_speaker_after_it(engine):
    # Tester round 13 got the quotation's first sentence alone: no speaker, and « left open.
    # "Ai Movement" is no person, so the sentence naming one ("…», déclare Amal…") is added.
    text = engine.ask("« Devenir un centre de catégorie 2 de l'UNESCO est une consécration » : qui l'a dit ?").text
    assert "déclare Amal El Fallah Seghrouchni" in text


def test_who_speaks_for_the_centre_in_the_press_release(engine):
    reply = engine.ask("Dans le communiqué, qui s'exprime au nom du centre ?")  # "déclare Amal El Fallah…"
    assert reply.answered and "Amal El Fallah Seghrouchni" in reply.text


@pytest.mark.parametrize("question", ["Ai Movement est-il à Rabat ou à Benguerir ?",
                                      "Le centre est où exactement, à Rabat ou à Benguerir ?",
                                      "est ce que le centre il est a rabat ou a benguerir ?",
                                      "slt ai movement c a rabat ou a benguerir ?"])
def test_which_of_two_places_is_not_won_by_the_rarer_name(engine, question):
    # Testers 10, 11 and 12: the Benguerir forum of 2018, Benguerir being the rarer word.
    assert "Rabat-Technopolis" in engine.ask(question).text


@pytest.mark.parametrize("question", ["Qui est Tawfik Jelassi ?", "Tawfik Jelassi, il occupe quel poste ?",
                                      "Quelle est la fonction de Tawfik Jelassi ?"])
def test_who_someone_is_comes_from_the_passage_that_says_it(engine, question):
    # Not the list of the 13 March conference's participants, which names him without his post.
    reply = engine.ask(question)
    assert reply.answered and "sous-directeur général de l'UNESCO" in reply.text


@pytest.mark.parametrize("question", ["c'est ouvert au public ?", "Le centre est ouvert à quelles heures le samedi ?",
                                      "et c ouvert le dimanche ?", "Quand ont lieu les portes ouvertes ?"])
def test_opening_hours_are_not_an_opening_date(engine, question):
    # "L'UM6P a ouvert ses portes en janvier 2017" says when it opened, not when one may visit.
    assert engine.ask(question).kind == "refusal"
    assert "janvier 2017" in engine.ask("Quand l'UM6P a-t-elle ouvert ses portes ?").text


def test_opening_hours_a_document_gives_are_answered(shipped_corpus, tmp_path):
    import shutil

    directory = shutil.copytree(shipped_corpus, tmp_path / "corpus")
    (directory / "visites.md").write_text(
        "---\ntitle: Visiter le centre\n---\n# Visites\n\n"
        "Le centre est ouvert au public du lundi au vendredi, de 9 h à 17 h.\n", encoding="utf-8")
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), directory)
    reply = engine.ask("Le centre est-il ouvert au public ?")
    assert reply.answered and "de 9 h à 17 h" in reply.text
    # Asked as users ask it, of a page that says "horaires" and "accueille", not "ouvert".
    (directory / "visites.md").write_text(
        "---\ntitle: Horaires d'accueil du centre\n---\n# Accueil du public\n\n"
        "Le centre accueille les visiteurs du lundi au vendredi, de 9 h à 17 h.\n", encoding="utf-8")
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), directory)
    for question in ("le centre est ouvert a quelle heure ?", "Quelles sont les heures d'ouverture ?"):
        assert "de 9 h à 17 h" in engine.ask(question).text, question


def test_a_training_compatible_with_a_job_is_no_job_sought(engine):
    # dev-thirty-third: "emploi" asked for hiring, which the executive masters' sentence does not
    # speak of, and "quelqu'un" weighed as the rarest word.
    reply = engine.ask("Est-ce qu'Ai Movement propose une formation diplômante compatible avec un emploi, "
                       "pour quelqu'un qui travaille déjà ?")
    assert reply.answered and "masters exécutifs" in reply.text
    assert engine.ask("Je cherche un emploi chez Ai Movement, vous avez des offres ?").kind == "refusal"


@pytest.mark.parametrize("question", ["Vous connaissez un bon resto près de l'aéroport de Rabat-Salé ?",
                                      "Pourriez-vous me recommander un hôtel pas trop cher près de Technopolis ?",
                                      # Hiring, not the pillar "attirer des talents internationaux".
                                      "Bonjour, je cherche un stage de fin d'études en data science, "
                                      "est-ce que vous recrutez en ce moment ?"])
def test_where_to_eat_or_sleep_is_not_where_the_campus_is(engine, question):
    # "Certaines sources situent le campus… près de l'aéroport de Rabat-Salé" names no restaurant.
    assert engine.ask(question).kind == "refusal"


@pytest.mark.parametrize("question,instead", [
    # Only AWITAI's 2025 cohort names 2025: matching the year alone is no answer.
    ("Qui dirige Ai Movement en 2025 ?", "a dirigé Ai Movement jusqu'à son entrée au gouvernement"),
    ("Quel est le budget d'Ai Movement en 2024 ?", "3,5 millions d'euros en 2023"),
    # "le centre" is in most passages, AWITAI's 2025 cohort among them (tester round 18).
    ("Qui est à la tête du centre en 2025 ?", "a dirigé Ai Movement jusqu'à son entrée au gouvernement"),
    # Where the asker read it is not searched (dev-thirtieth: "confrère" weighed as an unknown word).
    ("Ai Movement a-t-il bien été fondé en 2019, comme l'écrit un confrère ?", "a cofondé Ai Movement en 2021"),
])
def test_a_year_the_documents_say_nothing_of_is_refused_with_what_they_say(engine, question, instead):
    reply = engine.ask(question)
    assert reply.kind == "refusal" and not reply.answered
    year = question.split(" en ")[1][:4]
    assert reply.text.startswith(f"Mes documents ne donnent pas cette information pour {year}. ")
    assert instead in reply.text and "Source : " in reply.text


def test_the_chosen_passage_answers_first_and_its_complement_follows(engine):
    # The quote is the answer; the paragraph before it in the press release only completes it.
    reply = engine.ask("Qu'a déclaré la présidente après la désignation UNESCO ?")
    assert reply.text.startswith("« Devenir un centre de catégorie 2 de l’UNESCO est une consécration")


def test_words_setting_a_sentence_against_one_not_quoted_are_left_out(engine):
    # "Toujours selon le site officiel" after nothing from the site read as if the sentence
    # before were from it (tester round 16); "parle au contraire" contradicted nothing quoted.
    maturity = engine.ask("vos outils visent quel niveau de maturite techno ?")
    assert "Selon le site officiel, Ai Movement cherche à concevoir" in maturity.text
    assert "Toujours" not in maturity.text
    start = engine.ask("resilient digital africa dit que le centre a demarré quand").text
    assert "Resilient Digital Africa (août 2023) parle d'un lancement" in start


def test_words_setting_a_sentence_against_the_one_quoted_before_it_stay():
    from askbot.quote import unhooked

    before = {"B dit plutôt 2022.": "A dit 2021."}.get
    assert unhooked(["A dit 2021.", "B dit plutôt 2022."], before) == ["A dit 2021.", "B dit plutôt 2022."]
    assert unhooked(["C dit 2020.", "B dit plutôt 2022."], before) == ["C dit 2020.", "B dit 2022."]
    assert unhooked(["Toujours selon B, rien."], before) == ["Selon B, rien."]
    assert unhooked(["Un centre de recherche plutôt que d'enseignement."], before) == [
        "Un centre de recherche plutôt que d'enseignement."]


@pytest.mark.parametrize("question,expected", [
    ("Quelle est la formation de la présidente ?", "doctorat en informatique"),
    ("Qui a dirigé Ai Movement et quelle est sa formation ?", "habilitation à diriger des recherches"),
])
def test_a_persons_formation_is_her_education_not_the_centres_trainings(engine, question, expected):
    # Tester round of the sixteenth session: the seven pillars' "la formation", and the centre's
    # training for banks.
    reply = engine.ask(question)
    assert reply.answered and expected in reply.text and "piliers" not in reply.text
    # …and after her name, not the council "de l'éducation, de la formation et de la recherche".
    conversation = engine.conversation()
    conversation.ask("C'est qui la fondatrice ?")
    assert "doctorat en informatique" in conversation.ask("quelle est sa formation ?").text
