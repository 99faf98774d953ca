"""The engine over several turns: follow-ups read with the topic, and requests
about the last answer (more, a summary, its source, the next candidate)."""

import pytest

from askbot.config import load_config
from askbot.engine import Engine
from conftest import SHIPPED_CONFIG


def conversation_after(engine, *messages):
    """A conversation of ``engine`` once ``messages`` were asked (their replies unread)."""
    conversation = engine.conversation()
    for message in messages:
        conversation.ask(message)
    return conversation


def test_follow_up_uses_the_previous_question(engine):
    conversation = engine.conversation()
    first = conversation.ask("C'est quoi le programme AWITAI ?")
    assert first.answered
    follow = conversation.ask("Et la troisième cohorte, combien de femmes ?")
    assert follow.answered and "44 femmes" in " ".join(follow.sentences)


def test_a_bare_when_asks_about_the_last_answer(engine):
    conversation = conversation_after(engine, "Qui a fondé Ai Movement ?")
    when = conversation.ask("Et quand ?")  # not the UM6P's opening, which the topic's words find
    assert "2021" in when.text and "2017" not in when.text
    conversation = conversation_after(engine, "Qui a dirigé l'équipe Systèmes multi-agents du LIP6 ?")
    assert "Sorbonne Paris Nord" in conversation.ask("elle a passé son HDR dans quelle fac ?").text
    for question in ("en quelle année ?", "quand ?"):
        reply = conversation.ask(question)
        assert reply.answered and "2000" in " ".join(reply.sentences), question


def test_the_last_one_is_the_highest_the_corpus_numbers(engine):
    assert "44 femmes" in engine.ask("Combien de participantes à la dernière cohorte d'AWITAI ?").text
    # Said with a synonym of what the corpus numbers ("promo" for "cohorte").
    assert "44 femmes" in engine.ask("La dernière promo d'AWITAI comptait combien de participantes ?").text
    conversation = conversation_after(engine, "Le Consensus de Rabat repose sur combien de principes ?",
                                              "c quoi le deuxieme ?")
    assert "que l'IA profite à tous" in conversation.ask("et le dernier ?").text


def test_a_topic_that_swapped_its_ordinal_keeps_the_last_one(engine):
    conversation = engine.conversation()
    conversation.ask("Combien de participantes la deuxième cohorte d'AWITAI a-t-elle réunies ?")
    assert "44 femmes" in conversation.ask("et la troisième ?").text
    assert "deux semaines" in conversation.ask("elle a duré combien de temps ?").text


def test_a_bare_follow_up_the_topic_cannot_answer_is_declined_not_misread(engine):
    conversation = conversation_after(engine, "Comment s'appelle le grand amphithéâtre d'Ai Movement ?")
    # No source says when it was named: "I don't know", not "what is your question about?".
    assert conversation.ask("Et quand ?").kind == "refusal"


def test_standalone_question_is_not_polluted_by_the_previous_one(engine):
    conversation = conversation_after(engine, "C'est quoi le programme AWITAI ?")
    reply = conversation.ask("Qui dirige Ai Movement ?")
    assert reply.answered and "Amal El Fallah Seghrouchni" in " ".join(reply.sentences)


def test_an_unrelated_question_that_fails_alone_is_not_answered_from_the_topic(engine):
    conversation = conversation_after(engine, "C'est quoi AWITAI ?")
    assert "80 femmes" in conversation.ask("et la deuxième cohorte, combien de femmes ?").text
    # The second cohort's camp was in Rabat; the weather there is another matter.
    assert not conversation.ask("Quel temps fait-il à Rabat ?").answered
    assert "80 femmes" in conversation.ask("et elle venait de combien de pays ?").text


def test_next_candidate_and_full_passage(engine):
    conversation = engine.conversation()
    assert conversation.full_passage() is None
    assert "posez d'abord une question" in conversation.next_candidate().text
    first = conversation.ask("Qui dirige Ai Movement ?")
    assert first.source.text in conversation.full_passage()
    second = conversation.next_candidate()
    assert second.answered and second.source != first.source


def test_a_follow_up_counts_the_words_of_the_question_it_leans_on(make_corpus):
    directory = make_corpus({
        "junior.md": """\
            ---
            title: Programme Junior
            ---
            ## Lancement
            Le programme Junior a été lancé à Tanger en octobre.

            ## Public
            Le programme Junior accueille les enfants de 9 à 14 ans.
            """,
        "colonies.md": """\
            ---
            title: Colonies de vacances
            ---
            Les colonies accueillent les enfants : les enfants de 6 à 12 ans y sont accueillis.
            """,
    })
    engine = Engine.from_config(load_config(SHIPPED_CONFIG), directory)
    conversation = engine.conversation()
    assert "Tanger" in conversation.ask("Où a été lancé le programme Junior ?").text
    # Alone, the question fits the other document better.
    assert "9 à 14 ans" not in engine.ask("il accueille les enfants de quel âge ?").text
    reply = conversation.ask("il accueille les enfants de quel âge ?")
    assert reply.answered and "9 à 14 ans" in reply.text


def test_et_x_after_a_question_gets_the_passage_that_introduces_x(engine):
    conversation = conversation_after(engine, "c koi awitai")
    assert "80 femmes" in conversation.ask("et la deuxieme cohorte ?").text


def test_a_follow_up_stays_on_the_edition_the_conversation_is_about(engine):
    conversation = engine.conversation()
    assert "80 femmes" in conversation.ask("La deuxième cohorte d'AWITAI comptait combien de participantes ?").text
    # Read alone, the question is the first cohort's ("un camp d'été organisé … du 22 août au 3 septembre 2023").
    assert "2023" in engine.ask("le camp d'été a eu lieu quand ?").text
    assert "1er au 13 juillet 2024" in conversation.ask("le camp d'été a eu lieu quand ?").text


@pytest.mark.parametrize("topic,question,expected", [
    ("la superficie du bâtiment ?", "à quoi sert la coupole ?", "volière à drones"),
    # Both readings cover the question; a tie goes to the question read alone.
    ("C'est quoi AWITAI ?", "ai movement c'est où", "Rabat-Technopolis"),
])
def test_a_self_contained_question_is_not_pulled_to_the_topic(engine, topic, question, expected):
    conversation = engine.conversation()
    assert conversation.ask(topic).answered
    assert expected in conversation.ask(question).text


def test_a_filler_in_a_sections_questions_is_no_word_of_it(engine):
    # The press release's "c'est quoi un centre de catégorie 2 au juste" once
    # indexed "juste" with the category 2 paragraph, which then answered this.
    conversation = engine.conversation()
    assert conversation.ask("Quand elle parlait à Industrie du Maroc, quel pilier la présidente citait-elle "
                            "en premier ?").answered
    assert "catégorie 1" not in conversation.ask("et juste après ?").text


def test_a_follow_up_on_the_president_finds_her_ministry(engine):
    conversation = engine.conversation()
    assert "Amal El Fallah Seghrouchni" in conversation.ask("qui dirige le centre ?").text
    assert "Transition numérique" in conversation.ask("elle est devenue ministre de quoi ?").text


def test_who_she_replaced_and_who_replaced_her_are_two_questions(engine):
    conversation = engine.conversation()
    assert "23 octobre 2024" in conversation.ask("La présidente d'Ai Movement est devenue ministre à quelle date ?").text
    assert "Ghita Mezzour" in conversation.ask("Elle a remplacé qui au gouvernement ?").text
    assert "reste inconnu" in conversation.ask("Et au centre, qui a pris sa place ?").text


def test_a_pronoun_after_a_who_question_is_the_person_the_answer_named(engine):
    conversation = engine.conversation()
    assert "Amal El Fallah Seghrouchni" in conversation.ask("c'est qui la fondatrice").text
    # The piliers' "études stratégiques" share the word; her diplomas share the person.
    assert "Pierre-et-Marie-Curie" in conversation.ask("et elle a fait ses études où ?").text


def test_a_pronoun_after_a_question_on_a_role_is_the_person_holding_it(engine):
    conversation = engine.conversation()
    assert "Chakib Benmoussa" in conversation.ask("Côté marocain, quel ministre a signé l'accord tripartite ?").text
    assert "ministre de l'Éducation nationale" in conversation.ask("il était ministre de quoi ?").text


def test_a_follow_up_after_several_people_named_keeps_to_the_topic(engine):
    conversation = conversation_after(engine, "Qu'est-ce que l'accord tripartite avec l'UNESCO ?", "Qui l'a signé ?")
    reply = conversation.ask("Et quand ?")  # not about "Portail Sud Maroc", the source that names them
    assert reply.answered and "signé" in reply.text and "2023" in reply.text


def test_what_a_text_cites_is_not_a_word_of_the_question(engine):
    conversation = engine.conversation()
    conversation.ask("D'après le communiqué, quand la Conférence générale a-t-elle approuvé la désignation ?")
    reply = conversation.ask("et il cite combien de piliers ?")  # not the interview where she "cite les piliers"
    assert reply.answered and "7 piliers" in reply.text and "Industrie du Maroc" not in reply.text


def test_ended_with_is_concluded_by(engine):
    conversation = conversation_after(engine, "Quand a eu lieu le forum de Benguerir sur l'IA ?")
    reply = conversation.ask("et il s'est terminé par quoi ?")  # the sheet says "s'est conclu par"
    assert reply.answered and "Déclaration de Benguerir" in reply.text


def test_a_new_subject_after_et_is_not_the_previous_topic(engine):
    conversation = engine.conversation()
    assert "5 000 m²" in conversation.ask("Le bâtiment est-il grand ?").text
    reply = conversation.ask("Et le dôme sert à quoi ?")
    assert reply.answered and "volière à drones" in reply.text


@pytest.mark.parametrize("follow_up", ["Et selon quelle source ?", "Qui dit ça ?", "D'où vient cette information ?",
                                       "Selon quelles sources ?", "Qui l'affirme ?", "Qui en a parlé dans la presse ?",
                                       "Donnez-moi la source", "Pouvez-vous citer vos sources ?", "c'est tiré d'où ?",
                                       "vous tenez ça d'où ?", "un lien vers l'article ?", "quel journal ?",
                                       "Donnez-moi le lien vers l'article.",
                                       "D'où tenez-vous cette dernière information ?",  # dev-twenty-eighth
                                       "Selon quel média ?",  # second tester round, sixteenth session
                                       "D'où sortez-vous ça ?", "vous sortez ça d'où ?",  # tester round 18
                                       "D'après quel titre de presse ?",  # dev-thirty-third
                                       # second tester round, eighteenth session
                                       "Quelle est la source exacte de cette information ?", "Ces chiffres viennent d'où ?"])
def test_asking_for_the_source_names_the_last_answers(engine, follow_up):
    conversation = conversation_after(engine, "Qui dirige Ai Movement ?")
    reply = conversation.ask(follow_up)
    assert reply.kind == "smalltalk" and "« Ai Movement — Direction et gouvernance »" in reply.text
    assert "https://aim.um6p.ma/en/president-word/" in reply.text


def test_a_question_about_sources_of_something_is_searched(engine):
    conversation = conversation_after(engine, "Qui dirige Ai Movement ?")
    # Names what it is about: not a question on the last answer's source.
    assert conversation.ask("Grâce à quelles sources de revenus le budget a-t-il été atteint ?").kind != "smalltalk"
    # Where the money comes from is a question about the centre, not about the last answer,
    # and where people come from is one about them.
    assert conversation.ask("Et d'où vient cet argent ?").kind != "smalltalk"
    assert conversation.ask("Ai Movement accueille-t-il des doctorants d'autres pays ?").answered
    assert conversation.ask("ils viennent d'où ?").kind != "smalltalk"
    # With no answer before, there is no source to name, and it is said so (searched, "source"
    # found the sentence saying all sources agree on seven pillars); after a refusal, likewise.
    assert "pas encore donné de réponse" in engine.conversation().ask("Et selon quelle source ?").text
    conversation.ask("Quel temps fait-il à Rabat ?")
    assert conversation.ask("c'est tiré d'où ?").text.startswith("Ma réponse précédente ne citait aucun document")


def test_a_paragraph_of_the_same_section_gives_the_value_the_chosen_one_lacks(engine):
    # The app's first paragraph says what it does and covers the question best; the
    # languages are in the next paragraph, which covers less of it (dev-tenth).
    conversation = engine.conversation()
    conversation.ask("Ai Movement a développé une appli pour les femmes analphabètes, elle fonctionne comment ?")
    reply = conversation.ask("elle lit les documents écrits dans quelles langues ?")
    assert reply.answered and "en français ou en anglais" in reply.text


def test_the_next_and_the_previous_count_from_the_ordinal_said_last(engine):
    conversation = conversation_after(engine, "Combien de femmes dans la deuxième cohorte d'AWITAI ?")
    assert "troisième cohorte" in conversation.ask("et la suivante ?").text
    assert "deuxième cohorte" in conversation.ask("et la promo précédente ?").text  # the third's previous


def test_asking_which_paper_said_it_names_the_source_the_answer_cites(engine):
    conversation = conversation_after(engine, "Le projet sur les déchets, c'est dans quelle ville ?")
    reply = conversation.ask("quel journal en a parlé ?")
    assert reply.kind == "smalltalk" and reply.text.startswith("Ma réponse précédente cite Le Reporter (mai 2022).")
    assert "https://www.lereporter.ma/" in reply.text


def test_why_asks_what_a_thing_is_for_even_after_other_questions_on_it(engine):
    # Tester round 11: the third turn repeated the inauguration.
    conversation = conversation_after(engine, "Le dôme de l'IA, c'est quoi ?", "Il a été inauguré quand ?")
    assert "volière à drones" in conversation.ask("Pourquoi un dôme ?").text


def test_what_a_thing_is_called_is_asked_of_the_thing_not_of_names(engine):
    # "s'appelle" only frames: the naming passages (the amphitheatre "porte le nom de…") once won.
    conversation = conversation_after(engine, "Vous avez un programme pour les enfants ?")
    assert "AI Master Junior" in conversation.ask("Comment s'appelle ce programme ?").text
    assert "Fatima Al Fihriya" in engine.ask("Comment s'appelle le grand amphi du centre ?").text


@pytest.mark.parametrize("follow_up", ["C'est vrai ?", "Vous êtes sûr ?", "vraiment ?", "Vous en êtes sûre ?",
                                       "Vous êtes certain ?",  # second tester round, eighteenth session
                                       "C est vrai ?"])  # (the newcomer run typed it without the apostrophe)
def test_asking_whether_the_last_answer_holds_gets_it_again(engine, follow_up):
    # Tester round 13: "vrai", "sûr" were searched and answered something else (the June 2024 forum).
    conversation = engine.conversation()
    first = conversation.ask("Où se trouve Ai Movement ?")
    reply = conversation.ask(follow_up)
    assert reply.answered and reply.text == "C'est ce qu'indiquent mes documents :\n\n" + first.text


@pytest.mark.parametrize("turns,needle", [
    # A follow-up pointing back is answered from the last answer's section (tester round 16:
    # "participait" found AWITAI's "participantes"; dev-twenty-seventh: "commencé" the UNESCO
    # centre's launch)…
    (("Quels événements Ai Movement a-t-il organisés ?", "et la conférence à Paris, c'était en quelle année ?",
      "Qui y participait ?"), "Gabriela Ramos"),
    (("ma maitresse a parlé de AI Master Junior c pour quel age", "et ça a commencé où ?"),
     "Maison des jeunes Hassnouna"),
    # …but one asking a kind of value the last section does not give leaves it (gold).
    (("C'est quoi Ai Movement ?", "Et quand a-t-il été créé ?", "Où se trouve-t-il ?"), "Rabat-Technopolis"),
    # After any answer naming one woman, "elle" is her (dev-twenty-sixth: the label's benefits;
    # dev-twenty-second: Mostafa Terrab's MIT)…
    (("Amal El Fallah Seghrouchni enseigne dans quelle université française ?",
      "Combien de thèses a-t-elle encadrées ?", "Et à l'UNESCO, elle a eu un rôle ?"), "COMEST"),
    (("qui a fondé ai movement ?", "elle dirige toujours le centre ?", "depuis quand elle est ministre ?",
      "et avant ça elle enseignait où ?"), "professeure de classe exceptionnelle"),
    # …the first named when the answer names two (the newcomer run: her ministry, then Ghita Mezzour).
    (("Qui a fondé Ai Movement, l'UM6P ou l'OCP ?", "elle fait koi mtn", "Et à l'UNESCO, elle a eu un rôle ?"),
     "COMEST"),
    # Tester round 16: "et CIAM ça veut dire quoi ?" after the name's spellings gave them again.
    (("Comment on écrit Ai Movement en arabe ?", "et CIAM ça veut dire quoi ?"), "abrégé en « CIAM »"),
    # Tester round 17: "leurs" (plural) was a word to find: "Qui sont leurs clients ?" was refused.
    (("Est-ce qu'ils font des formations sur mesure pour les entreprises ?", "Qui sont leurs clients ?"),
     "des banques, des entreprises"),
    # Tester round 17: "et ki la remplacé" got whom she replaced at the ministry (the reverse).
    (("c ki la patronne", "et ki la remplacé"), "Aucune source consultée n'indique qui a remplacé"),
    # Tester round 17: after the children's programme, then Marrakech and the price (refused),
    # "Et c'est pour quel âge exactement ?" was refused.
    (("Est-ce qu'Ai Movement a quelque chose pour les enfants ?", "C'est organisé à Marrakech ?", "Ça coûte combien ?",
      "Et c'est pour quel âge exactement ?"), "de 9 à 14 ans"),
    # Tester round 17: stuck on the creation's date; "parlé" found what Resilient Digital Africa
    # "parle" of, and "conf" was no word.
    (("ai mvt cree en kel anne", "ki a parlé a linauguration"), "Hicham El Habti a pris la parole"),
    (("ai mvt cree en kel anne", "ki a parlé a linauguration", "ya eu une conf apres ?"), "conférence internationale"),
    # Tester round 17: "ont précédé un camp d'été" (AWITAI) answered "Qui l'a précédée ?".
    (("Qui dirigeait Ai Movement ?", "Elle est devenue ministre quand ?", "Qui l'a précédée au ministère ?"),
     "a pris la suite de Ghita Mezzour"),
    (("C'est quoi exactement Ai Movement ?", "Et il a été créé quand ?", "Par qui ?"), "La fondatrice d'Ai Movement est"),
    # Tester round 17: "Tu peux me donner le lien ?" got the UM6P's founding.
    (("Qui a fondé Ai Movement ?", "Tu peux me donner le lien ?"), "rédigé d'après : https://"),
    # Tester round 16: "elle fait koi mtn" repeated the founder's presentation.
    (("slt c ki la patronne d ai movement", "elle fait koi mtn"), "ministre déléguée"),
    # Tester round of the seventeenth session: after "C'est faux, c'est l'OCP." (answered with the
    # UM6P's founder), "Pourquoi les sources divergent ?" found the tripartite agreement's dates…
    (("Qui a fondé Ai Movement ?", "C'est faux, c'est l'OCP.", "Pourquoi les sources divergent ?"), "restent compatibles"),
    # …"Quel jour de la semaine ?" found AWITAI's "deux semaines"…
    (("Quand la Conférence générale a-t-elle approuvé la désignation ?", "Quel jour de la semaine ?"),
     "mardi 14 novembre 2023"),
    # …and "wach 9rib l aeroport" ("is it near the airport?") was refused after where the centre is.
    (("fin kayn ai movement", "wach 9rib l aeroport"), "près de l'aéroport de Rabat-Salé"),
    # dev-thirty-first: "encore" and "quelque part" were searched, and the follow-up refused.
    (("Qui est Amal El Fallah Seghrouchni ?", "D'accord. Elle enseigne encore quelque part ?"), "Sorbonne Université"),
    # Tester round 18: no word of its own, it was "Je ne vois pas sur quoi porte votre question".
    (("le dôme", "ça sert à quoi ?"), "volière à drones"),
    (("awitai", "c'est quoi ?"), "AWITAI"),
    # Tester round 18, in darija: all refused.
    (("chno howa l forum li daro f juin 2024 ?", "chhal mn pays kano 7adrin ?"), "plus de 30 pays"),
    (("bro l amphi smito Fatima Al Fihriya 3lach ?", "chkoun li khtar had smiya ?"), "Amal El Fallah Seghrouchni"),
    (("chno houma les 7 piliers ?", "Khalid Baddou chno gal ?"), "deux axes"),
    (("Ai Movement kayn f Rabat wla f Benguerir ?",), "Rabat-Technopolis"),
    (("les solutions dyalhom l chmen secteur bzaf agriculture w chno akhor",), "santé"),
    (("ai mouvman c ou",), "Rabat-Technopolis"),  # tester round 18: typed as said
    (("combien de doctorants l'AUF a envoyés à Ai Movement", "ils travaillaient sur quoi point d'interrogation"),
     "traitement automatique des langues"),  # dictated (second tester round): refused
    (("salam bonjour je veu savoir ai movment il on des formation pour les enfan",), "AI Master Junior"),
    # dev-thirty-third: "devant" found the founder's hearing "devant la commission parlementaire".
    (("Qui a lu le texte du Consensus de Rabat ?", "devant qui ?"), "en présence d'André Azoulay"),
    # dev-twenty-eighth: with the topic's words ("programme", "femmes"…), the 2024 forum.
    (("c'est quoi le programme awitai pour les femmes africaines", "la premiere cohorte c'etait quand", "et en 2024"),
     "environ 80 femmes"),
])
def test_a_follow_up_is_read_in_its_conversation(engine, turns, needle):
    conversation = conversation_after(engine, *turns[:-1])
    assert needle in conversation.ask(turns[-1]).text


def test_their_names_ask_for_people_named(engine):
    # "leurs noms" asks for people named (the documents do not name the doctoral students).
    conversation = conversation_after(engine, "Ai Movement accueille des doctorants d'autres pays africains ?")
    assert not conversation.ask("c'est quoi leurs noms ?").answered


def test_small_talk_opening_a_message_is_set_aside(engine):
    # Tester round 17: "D'accord merci. Et le centre lui-même, c'est où ?" got the trainers again.
    conversation = conversation_after(engine, "Est-ce qu'Ai Movement a quelque chose pour les enfants ?",
                                      "Il y a combien de formateurs ?")
    reply = conversation.ask("D'accord merci. Et le centre lui-même, c'est où ?")
    assert "Rabat-Technopolis" in reply.text and reply.question == "D'accord merci. Et le centre lui-même, c'est où ?"


def test_asking_whether_a_refusal_holds_says_nothing_was_claimed(engine):
    conversation = conversation_after(engine, "Quel est le salaire moyen à l'UM6P ?")
    reply = conversation.ask("Vous êtes sûr ?")
    assert reply.text.startswith("Ma réponse précédente n'affirmait rien") and not reply.answered


def test_she_is_the_person_the_last_question_named(engine):
    # Tester round: after "Qui était Fatima Al Fihriya ?" (whose answer also names the founder, who
    # chose the name), "Et elle, elle a fait quoi d'autre ?" got the founder's career.
    conversation = conversation_after(engine, "Qui était Fatima Al Fihriya ?")
    reply = conversation.ask("Et elle, elle a fait quoi d'autre ?")
    assert "Fatima Al Fihriya" in reply.text and "présidente exécutive" not in reply.text


def test_a_bare_place_or_date_asks_where_or_when(engine):
    # Tester round: "Lieu ?" found AWITAI's closing ceremony, which "a eu lieu".
    conversation = conversation_after(engine, "Quand s'est tenu le Forum de haut niveau ?")
    reply = conversation.ask("Lieu ?")
    assert "campus de l'UM6P à Rabat" in reply.text and "AWITAI" not in reply.text and reply.question == "Lieu ?"
    conversation = conversation_after(engine, "Qui a organisé le forum de Benguerir ?")
    assert "décembre 2018" in conversation.ask("Et la date ?").text


def test_asking_what_other_sources_say_gets_the_last_answer_with_its_versions(engine):
    # dev-thirty-first: "c'est sûr ? d'autres sources disent autre chose ?" after where the answer
    # came from was searched, and found the successor nobody names.
    conversation = engine.conversation()
    first = conversation.ask("Combien de pays étaient représentés au Forum de haut niveau de juin 2024 ?")
    conversation.ask("d'où vient cette info ?")
    reply = conversation.ask("c'est sûr ? d'autres sources disent autre chose ?")
    assert reply.answered and reply.text == "Voici les versions que rapportent mes documents :\n\n" + first.text
    # One source quoted: no claim that there is or is not another.
    conversation = engine.conversation()
    first = conversation.ask("Combien de doctorants à Ai Movement ?")
    reply = conversation.ask("les autres sources disent pareil ?")
    assert reply.text == "Voici ce que rapportent mes documents sur ce point :\n\n" + first.text
    # Tester round of the seventeenth session: "D'autres sources ?" alone found the pillars after every
    # topic; the founders' answer ("La plupart des sources…") tells versions.
    conversation = engine.conversation()
    first = conversation.ask("Qui a fondé Ai Movement ?")
    conversation.ask("Vous êtes sûr ?")
    reply = conversation.ask("D'autres sources ?")
    assert reply.text == "Voici les versions que rapportent mes documents :\n\n" + first.text
    # Nothing answered yet, or a refusal: nothing to compare (as a search it found the pillars).
    reply = engine.ask("Et selon les autres sources ?")
    assert reply.kind == "smalltalk" and reply.text.startswith("Je ne vous ai pas encore donné de réponse")
    conversation = conversation_after(engine, "Quel est le salaire moyen à l'UM6P ?")
    reply = conversation.ask("d'autres sources disent autre chose ?")
    assert reply.text.startswith("Ma réponse précédente n'affirmait rien") and not reply.answered


def test_disputing_a_count_gets_the_last_answer_again(engine):
    # Tester round 16: "ils en ont 5" was searched and found "le mercredi 5 juin" (the Consensus
    # de Rabat), and "Lesquels alors ?" then went on with the Consensus.
    conversation = engine.conversation()
    first = conversation.ask("Combien de piliers compte Ai Movement ?")
    reply = conversation.ask("Non c'est faux, ils en ont 5")
    assert reply.text == "C'est ce qu'indiquent mes documents :\n\n" + first.text
    assert "7 piliers d'Ai Movement sont" in conversation.ask("Lesquels alors ?").text


def test_et_ses_principes_asks_about_them_all(engine):
    # "Et ses principes ?" after the Consensus's date got the third principle alone (tester round 13).
    conversation = conversation_after(engine, "Le Consensus de Rabat a été adopté quel jour ?")
    assert "repose sur trois principes" in conversation.ask("Et ses principes ?").text


@pytest.mark.parametrize("asked,follow_up,needle", [
    # "rattachée à l'Université Mohammed VI Polytechnique" in the last answer is no place (tester round 13).
    ("slt c koi ai movement ?", "c ou exactement ?", "Rabat-Technopolis"),
    # dev-fifteenth: "avec qui ?" repeated the project's first sentence; the partner is in its second.
    ("vous avez des projets qui utilisent des images satellites ?", "avec qui ?", "mené avec le ministère de l'Intérieur"),
    ("vous avez des projets qui utilisent des images satellites ?", "ils travaillent avec qui ?",
     "ministère de l'Intérieur"),
    ("AWITAI ça veut dire quoi ?", "c'est organisé avec qui ?", "avec la Fondation OCP"),
    # Partners named as the subject ("l'UM6P et l'UNESCO ont co-organisé…") answer too.
    ("Le forum de Benguerir en 2018, c'était quoi ?", "co-organisé avec qui ?", "l'UM6P et l'UNESCO ont co-organisé"),
])
def test_a_follow_up_asks_about_the_last_answer(engine, asked, follow_up, needle):
    conversation = engine.conversation()
    conversation.ask(asked)
    assert needle in conversation.ask(follow_up).text


def test_an_impersonal_il_points_at_nothing(engine):
    conversation = conversation_after(engine, "vous avez des projets qui utilisent des images satellites ?")
    # "il fait beau" points at nothing: asked alone, and declined.
    assert not conversation.ask("il fait beau à Benguerir en ce moment ?").answered


def test_a_parents_follow_ups_stay_on_the_childrens_programme(engine):
    # Tester round 13: "Où ça se passe ?" got the founder's doctorate ("passe" was searched),
    # "Quand est-ce que ça a commencé ?" AWITAI's third cohort ("lancée", not "commencé"),
    # "Qui encadre les enfants ?" the theses she supervised ("encadrées").
    conversation = conversation_after(engine, "Vous avez un programme pour les enfants ?")
    assert "Hassnouna, à Tanger" in conversation.ask("Où ça se passe ?").text
    assert "20 octobre 2025" in conversation.ask("Quand est-ce que ça a commencé ?").text
    assert "65 formateurs" in conversation.ask("Qui encadre les enfants ?").text
    assert "35 thèses" in engine.ask("Combien de thèses a-t-elle encadrées ?").text


def test_a_bare_question_for_a_kind_of_value_is_asked_of_the_last_answer(engine):
    conversation = conversation_after(engine, "c'est quoi le nom du grand amphi chez ai movement")
    assert "IXe siècle" in conversation.ask("c'était à quelle époque ?").text
    # …and the conversation is still about the amphitheatre.
    assert "Amal El Fallah Seghrouchni" in conversation.ask("et qui a eu l'idée de ce nom ?").text
    conversation = engine.conversation()
    conversation.ask("Le programme lancé à Tanger pour initier les gosses à l'IA, il s'appelle comment ?")
    assert "9 à 14 ans" in conversation.ask("c pour quel age ?").text
    conversation = engine.conversation()
    conversation.ask("Quel jour la Conférence générale de l'UNESCO a-t-elle approuvé la désignation d'Ai Movement ?")
    assert "s'est tenue à Paris" in conversation.ask("ça se passait dans quelle ville ?").text  # "passait" frames


def test_before_and_after_step_through_the_dates_of_the_last_answers_document(engine):
    # Tester round 12: "Et avant ?" after the designation got her 2024 appointment, later.
    conversation = conversation_after(engine, "Quand Ai Movement a-t-il été désigné centre de catégorie 2 ?")
    assert "12 octobre 2023" in conversation.ask("Et avant ?").text  # not Médias24's own date, in brackets
    assert "décembre 2018" in conversation.ask("et avant ça ?").text
    conversation = conversation_after(engine, "C'est qui la fondatrice d'Ai Movement ?")
    conversation.ask("Elle l'a dirigé jusqu'à quand ?")  # "en octobre 2024"
    assert "nommée ministre déléguée" in conversation.ask("et après ?").text  # the 23rd is after "octobre"
    # The section stepped to joins the topic without its date: a self-contained question is not
    # bound to "octobre 2023" (the newcomer run got the tripartite agreement's 2023 dates).
    conversation = conversation_after(engine, "Quand l'UNESCO a-t-elle désigné Ai Movement centre de catégorie 2 ?",
                                              "et avant ça ?")
    assert "Rabat-Technopolis" in conversation.ask("ou se trouve le centre").text


def test_before_and_after_step_through_numbered_things(engine):
    # dev-twenty-ninth: "et avant ?" after the second cohort got its closing ceremony's date.
    conversation = conversation_after(engine, "La 2e cohorte d'AWITAI, elles étaient combien ?")
    assert "34 femmes" in conversation.ask("et avant ?").text
    # dev-thirtieth: "Et celle d'avant ?" searched "avant" and got the founder.
    conversation = conversation_after(engine, "La 2e cohorte d'AWITAI, elles étaient combien ?")
    assert "34 femmes" in conversation.ask("Et celle d'avant ?").text
    conversation = conversation_after(engine, "Quand a eu lieu la deuxième cohorte d'AWITAI ?")
    assert "troisième cohorte" in conversation.ask("et l'édition d'après ?").text
    # The count asked is asked again of the one before, "la dernière" being the one its answer
    # numbers (dev-thirtieth: "Et le précédent ?" quoted the second cohort's closing date).
    conversation = conversation_after(engine, "Et la dernière édition d'AWITAI, elle comptait combien de participantes ?")
    assert "environ 80 femmes" in conversation.ask("Et celle d'avant ?").text
    assert "34 femmes" in conversation.ask("et avant ?").text
    assert "44 femmes" in conversation.ask("merci ! et la plus récente ?").text
    conversation = conversation_after(engine, "Quel est le deuxième principe du Consensus de Rabat ?")
    assert "profite à tous" in conversation.ask("et après ?").text
    # Before the first, there is no number to step to, and nothing dated before it in its
    # document: that is said (a search of "avant" found the founder).
    conversation = conversation_after(engine, "La première cohorte d'AWITAI, c'était quand ?")
    reply = conversation.ask("et avant ?")
    assert reply.kind == "refusal" and "rien d'antérieur" in reply.text and "Formations et programmes" in reply.text


def test_a_follow_up_both_readings_answer_alike_keeps_the_topic(engine):
    conversation = conversation_after(engine, "C'était quand le forum de haut niveau sur l'IA ?")
    # Answered alone and with the forum's words from the same passage: still about the forum.
    assert "trois jours" in conversation.ask("ça a duré combien de jours ?").text
    # So the next one is read with the forum's words, not those of "jours" alone
    # (which found AWITAI's third cohort, "pour une durée de deux semaines", "26 pays").
    reply = conversation.ask("il y avait combien de pays ?")
    assert reply.answered and "plus de 30 pays" in reply.text


def test_asking_for_more_quotes_the_rest_of_the_section(engine):
    conversation = engine.conversation()
    first = conversation.ask("Quelle est l'approche scientifique d'Ai Movement ?")
    assert "hybride et intégrative" in first.text
    # Searched, "c'est-à-dire" found nothing; it asks for the rest of what was quoted.
    more = conversation.ask("C'est-à-dire ?")
    assert more.answered and "TRL élevé" in more.text and "hybride" not in more.text
    assert "Source : Ai Movement — Identité et histoire" in more.text
    done = conversation.ask("Pouvez-vous développer ?")
    assert done.kind == "refusal" and done.text.startswith("Mes documents n'en disent pas plus")
    # With nothing answered yet, it is no request for more.
    assert engine.conversation().ask("C'est-à-dire ?").text != done.text


def test_a_summary_goes_over_the_answers_given(engine):
    conversation = engine.conversation()
    assert conversation.ask("Résumez").text.startswith("Je ne vous ai encore donné aucune réponse à résumer.")
    conversation.ask("Quand Ai Movement a-t-il été désigné par l'UNESCO ?")
    conversation.ask("Quel temps fait-il à Rabat ?")  # refused: nothing to sum up
    conversation.ask("Qui dirige le centre et où se trouve-t-il ?")
    recap = conversation.ask("Résumez")
    assert recap.kind == "smalltalk" and not recap.answered
    lines = recap.text.splitlines()
    assert lines[0] == "En résumé, voici ce que je vous ai répondu :" and len(lines) == 4
    # Of each answer, the sentence sharing most words with its question, and its document.
    assert "14 novembre 2023" in lines[1] and "42e session" not in lines[1]
    assert "Amal El Fallah Seghrouchni" in lines[2] and lines[2].endswith("(Ai Movement — Direction et gouvernance)")
    assert "Rabat-Technopolis" in lines[3]


def test_who_said_it_is_answered_by_the_sentence_reporting_the_words(engine):
    conversation = conversation_after(engine, "En novembre 2023, le centre existait depuis combien de temps ?")
    reply = conversation.ask("qui l'a dit ?")
    # Whose words they are, not only the document they come from.
    assert reply.answered and "la présidente exécutive d'Ai Movement a déclaré à la MAP" in reply.text
    # Without reported words, the sources are named as for "Selon quelle source ?".
    conversation = conversation_after(engine, "Où se trouve Ai Movement ?")
    assert conversation.ask("qui l'a dit ?").text.startswith("Ma réponse précédente")


def test_a_question_of_its_own_does_not_inherit_the_topics_year(engine):
    conversation = conversation_after(engine, "En novembre 2023, le centre existait depuis combien de temps ?")
    # "2023" dated the last question; "Qui dirige Ai Movement ?" is not about 2023.
    reply = conversation.ask("Qui dirige Ai Movement ?")
    assert reply.answered and "Amal El Fallah Seghrouchni est la fondatrice" in reply.text


def test_asking_for_more_after_a_whole_section_goes_on_in_its_document(engine):
    conversation = conversation_after(engine, "Qui est Amal El Fallah Seghrouchni ?")
    # Her presentation quoted whole, the next candidate of the same sheet: her degrees, not
    # "the documents say no more".
    more = conversation.ask("Pouvez-vous développer ?")
    assert more.answered and "doctorat en informatique" in more.text
    assert "habilitation à diriger des recherches" in conversation.ask("encore ?").text
    # Only a passage answering the last question with what it asked: after the location, not
    # the English pages of the site, which "se trouvent" under an address.
    conversation = conversation_after(engine, "Où se trouve Ai Movement ?")
    assert conversation.ask("c'est-à-dire ?").text.startswith("Mes documents n'en disent pas plus")


def test_a_summary_keeps_what_each_answer_was_asked_for_and_says_when_it_is_partial(engine):
    conversation = conversation_after(engine, "Qui a fondé Ai Movement ?")
    # "fondé" and "fondatrice" are one family: the founder, not the UM6P's creating it.
    assert "La fondatrice d'Ai Movement est Amal El Fallah Seghrouchni." in conversation.ask("Résumez").text
    for question in ("Où se trouve Ai Movement ?", "Quel est le site web d'Ai Movement ?", "Qui dirige l'UM6P ?",
                     "Combien de piliers compte Ai Movement ?", "C'est quoi AWITAI ?", "Quand a eu lieu le forum de haut niveau ?",
                     "Qu'est-ce que AI Master Junior ?", "Combien de doctorants compte l'équipe ?"):
        assert conversation.ask(question).answered, question
    recap = conversation.ask("Résumez").text
    assert recap.startswith("En résumé, voici mes 8 dernières réponses (sur 9) :")
    assert len(recap.splitlines()) == 9 and "fondatrice" not in recap
    # "Résumez le programme AWITAI" names what to sum up: its presentation.
    assert "African Women in Tech & AI" in engine.ask("Résumez le programme AWITAI").text


def test_the_exact_sentence_asked_for_is_the_whole_passage(engine):
    conversation = conversation_after(engine, "Qu'a déclaré la présidente après la désignation UNESCO ?")
    reply = conversation.ask("Pouvez-vous me citer la phrase exacte ?")
    assert reply.text.startswith("Passage complet") and "est une consécration pour le Centre" in reply.text
    # "C'est fiable ?" asks whether it holds, as "C'est vrai ?": what the documents say, again.
    assert conversation.ask("C'est fiable ?").text.startswith("C'est ce qu'indiquent mes documents")


def test_not_understanding_the_last_answer_shows_its_passage_and_disputing_it_names_its_source(engine):
    # Tester round 17: "je ne comprends pas" after an answer was searched and got the
    # pillars' section; "Vous vous trompez" got a refusal.
    conversation = engine.conversation()
    answer = conversation.ask("C'est quoi un centre de catégorie 2 ?")
    lost = conversation.ask("je ne comprends pas")
    assert not lost.answered and "pas claire" in lost.text and answer.source.text in lost.text
    disputed = conversation.ask("Vous vous trompez")
    assert not disputed.answered and f"« {answer.source.title} »" in disputed.text and "/suivant" in disputed.text
    # Tester round 18: "Vous inventez." was searched and refused.
    for message in ("Vous inventez.", "Ce n'est pas sérieux !", "tu mens"):
        assert f"« {answer.source.title} »" in conversation.ask(message).text
    # Nothing said before: asked to rephrase, with examples.
    for message in ("Je ne comprends pas", "c'est faux"):
        reply = engine.ask(message)
        assert not reply.answered and "reformuler" in reply.text and "• " in reply.text


@pytest.mark.parametrize("question,follow_up,opening", [
    # dev-thirty-third: searched, "sources" found the pillars' "Toutes les sources s'accordent…",
    # "fiable" the tripartite agreement's dates.
    ("Quel jour a été adopté le Consensus de Rabat ?", "Toutes les sources donnent ce jour-là ?",
     "Voici les versions que rapportent mes documents"),
    ("Quel est le montant du financement d'AWITAI ?", "Cette source est fiable ?", "C'est ce qu'indiquent mes documents"),
])
def test_whether_the_sources_agree_or_hold_is_asked_of_the_last_answer(engine, question, follow_up, opening):
    conversation = engine.conversation()
    answer = conversation.ask(question)
    reply = conversation.ask(follow_up)
    assert reply.text.startswith(opening) and answer.text in reply.text


def test_a_source_asked_with_the_question_names_the_answers_source(engine):
    # Tester round 17: "…et qui l'affirme ?" was searched on its own and not found.
    reply = engine.ask("Quel est le budget du centre et qui l'affirme ?")
    assert reply.answered and "3,5 millions d'euros" in reply.text
    assert "Cette réponse cite Le Monde" in reply.text and "je ne trouve pas" not in reply.text


def test_a_source_asked_of_a_claim_said_before_is_searched(engine):
    # dev-twenty-first: "D'où vient ce chiffre ?" after a claim in the same message asks
    # about the claim (it was read as the source of an answer never given).
    reply = engine.ask("On lit partout que 150 femmes ont été formées par AWITAI. D'où vient ce chiffre ?")
    assert reply.answered and "objectif fixé pour 2023-2025" in reply.text
    conversation = engine.conversation()  # after a courtesy, still the last answer's source
    conversation.ask("Quel est le budget ?")
    assert "Ma réponse précédente cite Le Monde" in conversation.ask("D'accord. Qui l'affirme ?").text


@pytest.mark.parametrize("topic,year,known", [
    ("Et le budget du centre ?", "et en 2024 ?", "3,5 millions d'euros"),
    ("Combien de chercheurs compte le centre ?", "Et en 2025 ?", "18 doctorants"),
])
def test_a_bare_year_after_an_answer_asks_the_same_question_that_year(engine, topic, year, known):
    # Tester rounds 17 and 18: "et en 2024 ?" after the budget got AWITAI's 2024 cohort.
    conversation = engine.conversation()
    conversation.ask(topic)
    reply = conversation.ask(year)
    assert reply.kind == "refusal" and "pas cette information pour" in reply.text and known in reply.text
    assert reply.question == year  # the message as sent, not the question it was read as
    # A year the last answer's document does speak of stays in it (AWITAI's cohorts).
    conversation = conversation_after(engine, "AWITAI : la toute première promo comptait combien de femmes ?")
    assert "44 femmes" in conversation.ask("et celle de 2025 ?").text


@pytest.mark.parametrize("asked,now", [("C'est qui la fondatrice d'Ai Movement ?", "et elle fait quoi maintenant ?"),
                                       ("Qui dirige Ai Movement ?", "et elle est où maintenant ?"),
                                       ("Qui dirige Ai Movement ?", "Elle est devenue quoi exactement ?"),
                                       ("Qui a fondé Ai Movement ?", "Et maintenant, elle fait quoi ?")])  # dev-20
def test_what_the_person_just_named_does_now_is_the_post_she_was_named_to(engine, asked, now):
    # Tester round 18: these got the founder's sentence again, her COMEST seat, or "successor unknown".
    conversation = engine.conversation()
    conversation.ask(asked)
    reply = conversation.ask(now)
    assert reply.answered and "ministre déléguée" in reply.text and reply.question == now
    assert "Le 23 octobre 2024" in conversation.ask("depuis quand ?").text
    # Who replaced her is still asked of the centre, where she was (tester round 19: the
    # ministry's "a pris la suite de Ghita Mezzour", as if Ghita Mezzour had replaced her).
    replaced = conversation.ask("et qui l'a remplacée ?").text
    assert ("qui a remplacé" in replaced or "qui lui a succédé" in replaced) and "Ghita Mezzour" not in replaced


def test_what_someone_else_does_now_is_not_the_founders_post(engine):
    for asked, now in (("Qui est Btissam El Khamlichi ?", "elle fait quoi maintenant ?"),
                       ("Qui est Hicham El Habti ?", "il fait quoi maintenant ?")):
        conversation = engine.conversation()
        conversation.ask(asked)
        assert "ministre" not in conversation.ask(now).text, asked


def test_which_source_says_a_value_is_asked_of_the_conversations_topic(engine):
    # Tester round 17: "Qui dit Salé ?" after the forum's place was refused (read alone, "Salé"
    # found the campus).
    conversation = conversation_after(engine, "Le forum de juin 2024 a eu lieu où ?")
    reply = conversation.ask("Qui dit Salé ?")
    assert reply.answered and "Eurecanews le place à Salé" in reply.text


def test_where_she_studied_is_her_degrees_not_whether_the_centre_teaches(engine):
    # Tester round 19 found b19d6bf's "étudier" / "établissement d'enseignement" pairing sending
    # "elle a étudié où ?" after the founder to the centre's "not a school" section.
    conversation = conversation_after(engine, "Qui dirige Ai Movement ?")
    assert "Université" in conversation.ask("elle a étudié où ?").text
    assert "établissement d'enseignement" in engine.ask("Ai Movement c'est une école ?").text


def test_a_claim_after_vous_vous_trompez_is_checked_against_the_documents(engine):
    # Tester round 19: "vous vous trompez, c'est en 2022" got a generic refusal, and the next
    # "qui dit ça ?" had no answer to name the source of.
    conversation = conversation_after(engine, "Quand le centre a été créé ?")
    reply = conversation.ask("vous vous trompez, c'est en 2022")
    assert reply.answered and "9 novembre 2022" in reply.text and reply.question == "vous vous trompez, c'est en 2022"
    assert "Identité et histoire" in conversation.ask("qui dit ça ?").text


@pytest.mark.parametrize("question", ["c'est où Ai Movement ?", "cest ou ai movement"])
def test_a_pronoun_said_with_its_name_does_not_lean_on_the_topic(engine, question):
    # Newcomer run: after "Qui dirige Ai Movement ?", "c'est où Ai Movement ?" got the founder's
    # COMEST seat (its "c'" read as the topic).
    conversation = conversation_after(engine, "Qui dirige Ai Movement ?")
    assert "Rabat-Technopolis" in conversation.ask(question).text



@pytest.mark.parametrize("question", ["C'est plus que les autres centres du même genre ?",
                                      "c plus que les autres centres du genre"])
def test_more_than_similar_centres_is_what_the_budget_exceeds(engine, question):
    # Three blind sets: "du même genre" matched the hackathon's "égalité des genres", and
    # "plus que" did not find what "dépasse" the others.
    conversation = conversation_after(engine, "Ai Movement est financé par qui ?")
    assert "dépasse ceux de l'ICAIRE" in conversation.ask(question).text


def test_a_follow_up_about_clients_like_the_asker_is_about_the_trainings_clients(engine):
    # dev-twenty-second: "déjà" and "comme nous" were words the answer had to hold.
    conversation = engine.conversation()
    conversation.ask("Je suis DRH d'une banque à Casablanca. Ai Movement peut-il former nos équipes à l'IA ?")
    assert "des banques, des entreprises" in conversation.ask("vous avez déjà des clients comme nous ?").text


def test_who_replaced_her_is_not_whom_she_replaced(engine):
    # Tester round 20: after her ministry, "et qui l'a remplacée alors ?" got "… a pris la suite de
    # Ghita Mezzour", whom she replaced; a reader took Ghita Mezzour for the centre's new head.
    conversation = conversation_after(engine, "qui dirige le centre aujourd'hui", "ministre de quoi ?")
    reply = conversation.ask("et qui l'a remplacée alors ?")
    assert "ne disent pas qui lui a succédé" in reply.text and "Ghita Mezzour" not in reply.text
    # "qui a pris la relève ?" too (dev-twenty-fourth; the synonyms file's group of "succédé").
    conversation = conversation_after(engine, "qui dirige le centre aujourd'hui", "ministre de quoi ?")
    reply = conversation.ask("Et au centre, qui a pris la relève ?")
    assert "ne disent pas qui lui a succédé" in reply.text and "Ghita Mezzour" not in reply.text
    # Asked of Ghita Mezzour, that sentence is the answer.
    conversation = conversation_after(engine, "Qui est Ghita Mezzour ?")
    assert "a pris la suite de Ghita Mezzour" in conversation.ask("et qui l'a remplacée ?").text


def test_whom_she_thanked_is_asked_not_politeness(engine):
    # Tester round 20: "remercié" was dropped as the politeness of "je vous remercie".
    conversation = conversation_after(engine, "La candidature au label UNESCO a pris combien de temps ?")
    assert "la délégation marocaine" in conversation.ask("Elle a remercié qui ?").text


def test_ce_jour_la_is_the_time_the_last_answer_gave(engine):
    # Tester round 20: "ce jour-là" were words to find, and the question was refused.
    conversation = conversation_after(engine, "Quand l'UNESCO a-t-elle approuvé la désignation d'Ai Movement ?")
    assert "Samir Addahre" in conversation.ask("Qui représentait le Maroc ce jour-là ?").text


def test_who_organised_the_forum_is_not_the_new_york_event(engine):
    # Tester round 20: "Qui l'a organisé ?" after the forum's countries got the UN event in New
    # York, whose "États-Unis" passed for a person's name.
    conversation = conversation_after(engine, "Le Forum de haut niveau de 2024, combien de pays ?")
    assert "organisé par l'UM6P" in conversation.ask("Qui l'a organisé ?").text


def test_this_programme_after_a_cohort_is_about_the_programme(engine):
    # Tester round 20: "qui finance ce programme" after the third cohort got that cohort again
    # (its "troisième" bound the answer); "cette promo" still means the cohort.
    conversation = conversation_after(engine, "AWITAI c'est quoi ?", "et la troisième cohorte ?")
    assert "finance le programme AWITAI" in conversation.ask("qui finance ce programme").text
    assert "deux semaines" in conversation.ask("et cette promo, elle a duré combien de temps ?").text


def test_a_correction_typed_without_a_comma_is_checked(engine):
    # Tester round 20: "non c'est faux elle est ministre maintenant" was refused.
    conversation = conversation_after(engine, "qui dirige le centre aujourd'hui")
    reply = conversation.ask("non c'est faux elle est ministre maintenant")
    assert reply.answered and "nommée ministre déléguée" in reply.text


def test_which_source_gives_a_figure_is_a_source_request_and_open_source_is_not(engine):
    # Tester round 21: "Quelle source donne ce chiffre ?" was refused, and "open source" named
    # the last answer's source.
    conversation = conversation_after(engine, "Quel est le budget d'Ai Movement ?")
    assert "Ma réponse précédente cite Le Monde" in conversation.ask("Quelle source donne ce chiffre ?").text
    conversation.ask("Parlez-moi de l'application pour les femmes analphabètes")
    reply = conversation.ask("Est-ce que le code de cette application est open source ?")
    assert "Ma réponse précédente" not in reply.text


def test_her_children_are_not_a_programme_for_children(engine):
    # Tester round 21: "Elle a des enfants ?" got AI Master Junior.
    conversation = conversation_after(engine, "Qui est Amal El Fallah Seghrouchni ?")
    assert conversation.ask("Elle a des enfants ?").kind == "refusal"


def test_c_est_confirme_after_an_answer_is_asked_not_the_answer_repeated(engine):
    # Tester round 21: "C'est confirmé ?" after Médias24's 23 November got "C'est ce
    # qu'indiquent mes documents" and that claim again; the documents say none confirms it.
    conversation = conversation_after(engine, "Quand l'accord tripartite a-t-il été signé ?",
                                              "Pourquoi Médias24 parle du 23 novembre ?")
    assert "Aucune source ne confirme" in conversation.ask("C'est confirmé ?").text


def test_a_project_conduit_avec_is_one_mene_avec(engine):
    # Tester round 21: "conduit" was a word no passage holds; the project "a été mené avec…".
    conversation = conversation_after(engine, "Parlez-moi du projet de cartographie de la richesse")
    reply = conversation.ask("Avec quel partenaire institutionnel ce projet a-t-il été conduit ?")
    assert "ministère de l'Intérieur" in reply.text


def test_what_the_asker_says_of_themselves_does_not_steer_the_next_question(engine):
    # Newcomer run: after the teacher's "Expliquez simplement ce qu'est Ai Movement.", "et qui la
    # dirige ?" got the founder's professorship: the preamble's "professeur" stayed in the topic.
    conversation = engine.conversation()
    conversation.ask("Bonjour, je suis professeur au lycée et je prépare un cours. "
                     "Expliquez simplement ce qu'est Ai Movement.")
    assert "jusqu'à son entrée au gouvernement" in conversation.ask("et qui la dirige ?").text


@pytest.mark.parametrize("turns,needle", [
    # dev-sixteenth: "décidé" is no word of the documents, which say the designation "a été approuvée".
    (("Ai Movement a un statut particulier auprès de l'UNESCO ?", "ça a été décidé quand ?"), "14 novembre 2023"),
    # dev-twenty-fifth: "dedans" was a word to find; "in it" is the conversation's programme…
    (("y a un programme d'Ai Movement pour les femmes africaines dans la tech ?",
      "la fondation OCP elle fait quoi dedans ?"), "soutien financier"),
    # …and "tranche" a word no passage holds.
    (("Existe-t-il un programme pour initier les enfants à l'IA ?", "pour quelle tranche d'âge ?"), "de 9 à 14 ans"),
    # dev-twenty-fourth: "voisin", "dit" and "vrai" were words to find ("C'est vrai" reaches the
    # fillers as "est vrai"), and "rappelle" is the documents' "clin d'œil".
    (("Pourquoi une coupole pareille ? C'est pour faire joli ?",
      "Mon voisin dit que ça rappelle une université américaine, c'est vrai ?"), "clin d'œil au MIT"),
    # Tester round 22 (fourteenth session): "ele" (texting) was an unknown word…
    (("slt c koi ai movment", "ki le dirige", "ele est ministr de koi"), "Transition numérique"),
    # …"la grande salle de conf" is the amphitheatre (the synonyms file)…
    (("Le bâtiment d'Ai Movement est grand ?", "Et la grande salle de conf s'appelle comment ?"), "Fatima Al Fihriya"),
    # …"elle est partie" left her post: not the "parties" of the tripartite agreement…
    (("Qui dirige Ai Movement aujourd'hui ?", "Et avant octobre 2024 ?", "Pourquoi elle est partie ?"),
     "jusqu'à son entrée au gouvernement"),
    # …"Qui l'organise ?" after AWITAI got the 2018 forum "co-organisé" at Benguerir; the programme
    # "est mené par Ai Movement avec…" (the synonyms file: organisé = mené)…
    (("J'ai entendu parler d'un programme pour les femmes africaines dans la tech, c'est quoi ?",
      "Qui l'organise ?"), "mené par Ai Movement avec la Fondation OCP"),
    # …and "…, c'était avec qui ?" asks a partner (not a person): the sentence naming the ministry.
    (("Quels projets concrets Ai Movement a-t-il réalisés ?", "Et le projet avec les satellites, c'était avec qui ?"),
     "ministère de l'Intérieur"),
])
def test_a_follow_up_is_read_as_the_documents_word_it(engine, turns, needle):
    conversation = conversation_after(engine, *turns[:-1])
    reply = conversation.ask(turns[-1])
    assert reply.answered and needle in reply.text


def test_an_age_range_asked_alone_is_asked_as_an_age(engine):
    assert "de 9 à 14 ans" in engine.ask("AI Master Junior, c'est pour quelle tranche d'âge ?").text


def test_a_pronoun_after_a_person_named_is_that_person(engine):
    # Tester round 22: "sa spécialité à elle" after Btissam El Khamlichi got the founder's; "Il est
    # toujours en poste ?" after Hicham El Habti got "… a pris la suite de Ghita Mezzour".
    conversation = conversation_after(engine, "Qui a fait visiter le centre aux journalistes de RFI ?")
    assert conversation.ask("Quelle est sa spécialité à elle ?").kind == "refusal"
    conversation = conversation_after(engine, "Et le président de l'UM6P, c'est qui ?")
    reply = conversation.ask("Il est toujours en poste ?")
    assert "Ghita Mezzour" not in reply.text
    # The asker's guess at who is no word to find (dev-casual: Fatima Al Fihriya, "qui a fondé…").
    conversation = engine.conversation()
    assert "fondatrice d'Ai Movement" in conversation.ask("qui a fonde ai movement, c une femme non ?").text
    assert "23 octobre 2024" in conversation.ask("elle est devenue ministre kan ?").text


def test_why_sources_disagree_is_told_only_as_far_as_the_documents_say(engine):
    # Tester round 22: "Pourquoi deux chiffres ?" after the theses (35 or 33) got AWITAI's figures.
    conversation = conversation_after(engine, "Combien de thèses a-t-elle encadrées ?")
    reply = conversation.ask("Pourquoi deux chiffres ?")
    assert reply.text.startswith("Mes documents ne disent pas pourquoi") and "35 thèses" in reply.text
    # A section that explains the gap is quoted for its reason: 150 is the programme's target
    # (texted too: tester round 17's "pk les chiffres sont differents" was refused).
    for why in ("Pourquoi deux chiffres ?", "pk les chiffres sont differents"):
        conversation = conversation_after(engine, "Combien de femmes ont participé à AWITAI au total ?")
        reply = conversation.ask(why)
        assert reply.text.startswith("Selon la fiche de projet d'AWITAI, le chiffre de 150 correspond en fait à")


def test_the_other_version_is_asked_of_the_topic(engine):
    # dev-twenty-first: "version" (and "autre") were words to find: the website's "version
    # anglaise" answered "et l'autre version, celle du site officiel ?" after the communiqué's pillars.
    conversation = conversation_after(engine, "D'après le communiqué UNESCO de novembre 2023, quels sont les 7 piliers "
                                              "d'Ai Movement ?")
    assert "transfert vers l'industrie et la société" in conversation.ask(
        "et l'autre version, celle du site officiel ?").text
    conversation = conversation_after(engine, "Quel est le titre exact d'Amal El Fallah Seghrouchni à Ai Movement ?",
                                      "selon qui ?")
    assert "la dépêche de la MAP en arabe" in conversation.ask("et l'autre version ?").text


def test_a_question_of_no_words_of_its_own_asks_it_of_what_was_said_before_it(engine):
    # dev-nineteenth: "quel jour" of her leaving for the government, not of her heading the centre.
    conversation = conversation_after(engine, "Qui est à la tête d'Ai Movement ?")
    reply = conversation.ask("Mais non, elle est partie au gouvernement, vous n'êtes pas à jour ! "
                             "C'était quel jour exactement ?")
    assert reply.answered and "23 octobre 2024" in reply.text


@pytest.mark.parametrize("first,follow_up,expected", [
    ("Qui a fondé l'UM6P ?", "et Ai Movement ?", "a créé Ai Movement"),
    ("Qui dirige Ai Movement ?", "et l'UM6P ?", "Hicham El Habti"),
    ("Qui finance AWITAI ?", "et Ai Movement ?", "l'OCP verse à Ai Movement"),
    # An acronym stands for an acronym, not for the person named first (dev-thirtieth).
    ("Quel est le mandat d'Amal El Fallah Seghrouchni à la COMEST ?", "Et CSEFRS ?", "court de 2022 à 2027"),
    # "idem X", "pareil pour X", "même question pour X" say "et X ?" (dev-thirtieth's "idem CSEFRS").
    ("Quel est le mandat d'Amal El Fallah Seghrouchni à la COMEST ?", "idem CSEFRS", "court de 2022 à 2027"),
    ("Quand a été créé Ai Movement ?", "pareil pour l'UM6P", "janvier 2017"),
    ("Quand a été créé Ai Movement ?", "Même question pour l'UM6P ?", "janvier 2017"),
])
def test_a_name_alone_asks_the_last_question_of_that_name(engine, first, follow_up, expected):
    # Tester round of the sixteenth session: read with the last question's words, "et Ai Movement ?"
    # found whatever says "Ai Movement" most (the seven pillars).
    conversation = conversation_after(engine, first)
    reply = conversation.ask(follow_up)
    assert reply.answered and expected in reply.text and reply.question == follow_up


def test_an_ordinal_alone_after_a_list_asks_for_that_item(engine):
    # Tester round of the sixteenth session: "parle moi du premier" after the research projects got
    # the press release's "Premier Centre de catégorie 2…", and "et le troisième ?" the AUF's doctoral
    # students ("3e édition").
    conversation = conversation_after(engine, "Quels projets de recherche mène le centre ?")
    assert "femmes qui ne savent ni lire ni écrire" in conversation.ask("parle moi du premier").text
    assert "images satellites" in conversation.ask("et le troisième ?").text  # still that list
    assert "Smart mobility" in conversation.ask("et le cinquième ?").text
    # An item the documents say nothing more of is given as the list gave it, whole.
    conversation = conversation_after(engine, "Quels sont les trois principes du Consensus de Rabat ?")
    reply = conversation.ask("et le troisième ?")
    assert reply.text.startswith("Le troisième élément de cette liste est : faire en sorte que l'IA profite à tous, "
                                 "dans le respect de l'éthique et des droits humains.")
    # Tester round of the seventeenth session: a list said with "sont" (no colon), "le dernier", and
    # a bare ordinal told as the list says it when another document would speak of something else
    # (Khalid Baddou's "l'éthique de l'IA" got the 2022 conference on ethical AI; the pillars' third
    # got AWITAI's third cohort; an item's brackets are not items: "eau" was the second).
    conversation = conversation_after(engine, "Quels sont les 7 piliers selon le communiqué ?")
    assert conversation.ask("Le troisième ?").text.startswith("Le troisième élément de cette liste est : l'innovation.")
    assert "les collaborations nationales et internationales" in conversation.ask("Et le dernier ?").text
    conversation = conversation_after(engine, "Quels sont les axes thématiques d'Ai Movement ?", "Et selon Khalid Baddou ?")
    assert conversation.ask("Le deuxième ?").text.startswith("Le deuxième élément de cette liste est : l'éthique de l'IA.")


def test_a_complaint_before_any_answer_gets_an_apology_and_examples(engine):
    # Second tester round of the sixteenth session: "t'es vraiment nul comme bot" got the refusal, and
    # "t'es nul" a "je ne vois pas à quelle réponse vous pensez" for an answer never given.
    for message in ("t'es vraiment nul comme bot", "t'es nul"):
        reply = engine.conversation().ask(message)
        assert reply.kind == "smalltalk" and reply.text.startswith("Je suis désolé de ne pas avoir pu vous aider.")
        assert "Qui dirige Ai Movement ?" in reply.text


def test_asking_for_more_after_a_refusal_says_there_is_nothing_to_develop(engine):
    conversation = conversation_after(engine, "Quel temps fait-il à Rabat ?")
    reply = conversation.ask("c'est-à-dire ?")
    assert reply.kind == "smalltalk" and reply.text.startswith("Je n'ai rien à développer")
