"""Which words of a French question only frame it.

"Que veut dire CIAM ?" asks about CIAM, "quel jour…" asks for a date, "de
quoi parlait la conférence" about the conference, "pourriez-vous
m'indiquer…" is politeness. Owns that list, matched on folded words
(elisions removed), for the query parser and for the questions indexed with
a section (see :func:`askbot.frontmatter.document_questions`), so that both read
a question alike.
"""

from __future__ import annotations

import re

from .text import Analyzer


# A passage need not contain framing words to answer, but one that does
# ("la conférence portait sur…") is a little more likely to: the parser
# searches them at a low weight and leaves them out of the evidence.
def _after(words: str, pattern: str) -> str:
    """``pattern`` when the word before it is one of ``words`` (kept)."""
    return "(?:" + "|".join(rf"(?<=\b{w} )" for w in words.split()) + ")" + pattern


# Frames that hint at the answer: a passage that says what something "sert"
# to, what it "signifie", when it "a eu lieu"…
_HINTS = (
    r"(?:veut|veulent|voulait|voulaient|voudrait) dire",
    # "a-t-il bien été fondé… ?", "c'est bien à Rabat ?": is it so (the sentence saying what was
    # "bien" done answers it, the passage need not say it).
    _after("il elle ils elles on est sont a ont etait", "bien"),
    # "Qui est derrière AWITAI ?", "qui se cache derrière ce centre ?": who founded or runs it.
    _after("qui", r"(?:est |sont |etait |etaient |se cache |se cachent |y a t il )?derriere"),
    r"signifi\w*",
    # "Comment s'appelle ce programme ?", "il s'appelle comment ?": its name is the answer, not a topic.
    r"(?:(?<=comment )|(?<=comment il )|(?<=comment elle )|(?<=comment ca ))appell?\w*|appell?\w*(?= comment\b)",
    _after("quoi", r"(?:parl|trait|agi|port|consist|ser)\w*"),
    r"(?:parl|trait|agi|port|consist)\w*(?= (?:de |sur |en )?quoi\b)",
    r"(?:(?<=quoi il )|(?<=quoi elle )|(?<=quoi ca ))(?:consist|port|sert|ser)\w*",  # "en quoi il consiste ?"
    r"(?:sert|servait|servent)(?= a (?:quoi|quelque chose)\b)",
    r"vis(?:e|ent|ait|aient)(?= (?:t il |t elle )?(?:a )?quoi\b)",  # "il vise quoi ?": what it is for
    _after("quel quelle quels quelles", r"(?:jour|date|annee|heure|mois|moment|periode|age)s?"),
    _after("quel quelle quels quelles", r"(?:ville|pays|endroit|lieu|region)s?"),  # "dans quelle ville ?": where
    _after("quel quels", r"publics?"),  # "pour quel public ?": whom it is for, not "le secteur public"
    _after("on il elle a ont avait", "dit(?! quoi)"),  # ("il dit quoi le consensus ?" asks what it says)
    r"(?<=en )quels termes|qualifi(?:e|ee|es|ees|ent|ait|aient|er)\b",  # how something was described: a quote
    _after("je", "parle de"),
    _after("eu a ont aura auront avait", "lieu"),  # "avoir lieu": to happen
    _after("est se", r"deroul\w*"),  # "s'est déroulé", "se déroule": to happen, as "avoir lieu"
    # "ça s'est passé où ?", "ça se passait dans quelle ville ?", "où ça se passe ?": happened
    r"pass(?:e|ee|es|ait|era)(?= (?:ou|quand|comment|(?:dans|en|a) (?:quel|quelle|quels|quelles))\b)"
    r"|(?<=ca se )pass(?:e|ait|era)\b|(?<=ca est )pass(?:e|ee)\b"
    r"|(?:(?<=cela est )|(?<=est il )|(?<=est elle )|(?<=est ce )|(?<=ce qui est ))pass(?:e|ee)\b",  # "quand cela
    # s'est-il passé ?", "qu'est-ce qui s'est passé ?"
    _after("en", "(?:premier|dernier)"),  # "cité en premier": an order, not the first of something
    _after("quel quelle quels quelles", r"(?:genre|type|sorte)s?(?= de\b)"),  # "quel genre de robots"
    r"ressembl\w*(?= a quoi\b)",
    r"(?<=on )ecri\w*",  # "on écrit catégorie 2 ou II ?": how it is spelled
    # "au total", "en tout", "toutes cohortes confondues", "le budget total": a total, which a
    # section on totals gives ("Nombre total de participantes"), though any amount may answer.
    r"au total|en tout|totale?s?|totaux|(?:toute?s? (?:les )?\w+ )?confondue?s?",
    # "il cite combien de piliers ?", "le texte mentionne quoi ?": what a text says, not a topic.
    _after("il elle ils elles texte communique document article on", r"(?:cite|citent|mentionne|mentionnent)"),
    _after("quoi", r"ressembl\w*"),
    # "pourquoi elle est partie ?": left (a post), searched as "quitté", not the "parties" of an agreement.
    _after("est sont etait etaient", r"(?:parti|partie|partis|parties)"),
    # "c'est organisé avec qui ?": a partner, whatever the verb ("mené avec la Fondation OCP").
    r"(?:organis|men|realis|conduit|fait)\w*(?= avec (?:qui|quel|quelle|quels|quelles)\b)",
    # "le communiqué de 2023", "communiqué unesco 2023": which text, not a year the answer must say.
    _after("communique communiques", r"(?:(?:de|du|unesco|de unesco) )?(?:(?:de )?(?:novembre|nov) )?(?:19|20)\d\d"),
    # Light verbs: "vous travaillez sur quoi", "il travaille avec l'Afrique ?", "s'intéresse-t-il à
    # l'éthique ?", "ils bossent dans quels domaines" ("la boss" is a word of the question).
    r"(?:travaill|interess|boss)\w*"
    r"(?= (?:t )?(?:il |elle |ils |elles |on |vous |nous )?(?:sur|avec|a|aux|au|pour|dans)\b)",
    r"cherch\w*(?= a\b)",
    r"(?<=avec qui )(?:travaill|collabor|cooper)\w*",  # "Avec qui travaille Ai Movement ?": its partners
    r"(?<=role )jou\w*|jou\w*(?= (?:t )?(?:il |elle )?(?:un|une|quel|le|la) role\b)",  # "quel rôle joue X": its role
    r"couvr\w*(?= (?:quoi|quel|quelle|quels|quelles)\b)",
    r"occup\w*(?= (?:quel|quelle) (?:poste|fonction|role)s?\b)",  # "il occupe quel poste ?"
    _after("quel quelle", r"(?:poste|fonction|role)s?(?= (?:a|au|aux|dans|de|du|chez|occup\w*|exer\w*)\b| *$)"),
    _after("poste fonction", r"(?:occup|exer)\w*"),  # "Quel poste occupe Tawfik Jelassi ?"
    # "Quelle est la fonction de X ?", "quel est le poste de X ?": what X is, said by the role itself.
    r"(?<=quelle est la )fonction(?= (?:de|du|d)\b)|(?<=quel est le )(?:poste|role|metier)(?= (?:de|du|d)\b)",
    r"a partir de",
    # "qui dirige aujourd'hui ?", "vous recrutez en ce moment ?"
    r"aujourd'hui|aujourdhui|actuellement|maintenant|a l'heure actuelle|de nos jours|en ce moment",
    r"depuis(?= (?:quand|quelle|combien)\b)",  # "depuis quand": when, as "quand" asks
    r"(?:avant|apres) (?:ca|cela)",  # "et le Conseil exécutif, avant ça ?": when, relative to the last answer
    r"pourquoi",
    r"remont(?:e|ent|er|ait|aient)",  # "X fait remonter la création à…": when, as "quand" asks
    r"(?:plus|moins) (?:que|qu|grand|petit|gros|important)",  # "c'est plus que l'IRCAI ?": a comparison ("dépasse")
    r"(?<=mission )principale|(?<=missions )principales|(?<=but )principal|(?<=objectif )principal",  # the main one
    # "c'est beaucoup comparé à…", "par rapport aux autres centres ?": likewise
    r"compar\w*(?= (?:a|au|aux|avec)\b)|comparable\w*|similaires?|par rapport (?=(?:a|au|aux)\b)"
    r"|(?<=est )beaucoup(?= (?:compar|par rapport|pour|vu)\w*\b)",
    r"juste (?:avant|apres)",  # "une conférence juste après": when, relative to what was said
    # "venues de combien de pays ?", "elles venaient de quels pays ?": where from, which "de 28 pays" says.
    r"(?:venu|venue|venus|venues|venait|venaient|viennent|originaires?)"
    r"(?= (?:de|d|des|du) (?:combien|quel|quelle|quels|quelles)\b)",
    r"(?<=combien )elev\w*|elev\w*(?= a (?:combien|quel|quelle)\b)",  # "à combien s'élève le budget": an amount
    # "les doctorants venus par le programme de l'AUF", "passés par": the way they came, not a word to find.
    r"(?:venue?s?|passee?s?|arrivee?s?)(?= (?:par|via)\b)",
    r"(?<=combien de )temps",  # a duration (see required._REQUIRED), not time itself
    r"(?:pris|prend|prendra|prennent|prenait)(?= combien de temps\b)|(?<=combien de temps a )pris",
    _after("quoi", r"(?:il|elle|ils|elles|ca|cela) (?:sert|servent|servait|servaient)"),  # "à quoi elle sert"
)
# The asker's guess that a thing is only for show: "juste pour faire joli", "de la déco".
_ONLY = r"(?:juste|seulement|simplement|purement)"
_DECOR = r"(?:pour (?:faire )?(?:joli|beau|decorer|la deco)|(?:de la |du )?deco|decorati\w*|esthetique\w*)"
# Frames that say nothing about the answer: fillers, politeness, what the
# asker is writing. Dropped from questions and from a section's indexed
# questions alike ("c'est quoi un centre de catégorie 2 au juste" must not
# make "juste" a word of it), and never searched.
_FILLERS = (
    r"(?:fais|fait|faite|faits|faites|font|faire|faisait|faisaient)",
    r"a part",  # "à part la transition numérique, il couvre quoi ?"
    r"quelque part",  # "elle enseigne quelque part ?": where, said without "où"
    _after("jour", "de la semaine"),  # "quel jour de la semaine ?": a date's weekday ("le mardi 14 novembre")
    # "ça signifie quoi comme sigle ?": what the acronym named stands for; "quoi comme X": which X.
    _after("quoi", r"comme(?: (?:sigle|acronyme|abreviation)s?\b)?"),
    r"(?:je )?voulais dire|je (?:parlais|parle) (?:de|du|des)|(?:est )?bien ca|n est ce pas|en general",  # corrections
    _after("quand annee date jour mois qui ou quoi combien", "deja"),  # "c'était quand déjà ?": remind me
    _after("avez a ont avaient avait", "deja"),  # "vous avez déjà des clients ?": so far
    r"comme (?:nous|moi|vous|eux|elles|la (?:notre|mienne|votre))",  # "des clients comme nous ?": like the asker
    r"au juste|en fait|du coup|en gros|au fait|en vrai|a peu pres|approximativement|concretement|il vous plait|a peine|"
    r"global|globale|globaux|globales|au nom (?:du|de|des|d)|en toutes lettres|"
    r"il te plait",
    # Formal requests: "je vous prie de bien vouloir me préciser…", "veuillez m'indiquer…".
    r"(?:je|nous) vous (?:prie|prions)(?: de)?|(?:merci de )?bien vouloir|veuillez",
    # Politeness: "pourriez-vous m'indiquer…", "j'aimerais connaître…", "pouvez-vous me rappeler…".
    _after("pourriez pouvez sauriez savez pourrais peux pourrait voudriez vous tu me nous vouloir veuillez",
           r"(?:dire|indiquer|preciser|rappeler|confirmer|expliquer|donner|communiquer|renseigner|eclairer|"
           r"resumer|decrire|presenter|lister|aider)"),
    # "Je cherche des infos sur AWITAI", "des renseignements concernant le forum": what it is about.
    r"(?:je |on )?(?:cherche|recherche|voudrais|aimerais|souhaite|veux|voulais|souhaiterais)"
    r"(?= (?:des |d |quelques |plus d |les )?(?:infos?|informations?|renseignements?)\b)",
    r"(?:des |d |quelques |plus d |les )?(?:infos?|informations?|renseignements?)(?= (?:sur|concernant|a propos)\b)",
    # "Pouvez-vous m'aider à trouver qui dirige Ai Movement ?": the help asked is the answer (not
    # where something "se trouve").
    _after("aider", r"a (?:trouver|savoir|comprendre|connaitre|identifier)"),
    # What the asker must do with the answer: "pour un exposé je dois expliquer ce que c'est…".
    _after("dois doit devons devez", r"(?:expliquer|presenter|decrire|resumer)"),
    _after("aimerais voudrais souhaiterais souhaite souhaitais veux voulais cherche",
           r"(?:bien )?(?:savoir|connaitre|comprendre)"),
    # "Auriez-vous l'amabilité de me préciser…", "je serais curieux de connaître…"
    r"(?:auriez vous )?amabilite(?: de)?|(?:je serais |je suis )?curieu(?:x|se)s? de (?:savoir|connaitre|comprendre)",
    # "…, et la source de ce chiffre ?": where a figure comes from, which every answer cites.
    r"(?:la |les |vos |votre |sa )sources? (?:de |du )(?:ce |cette |ces )?(?:chiffre|information|info|donnee)s?",
    # Requests: "citez les piliers", "énumérez…", "parlez-moi de…", "donne-moi…".
    r"citez|enumerez|enumere|enumerer|listez|resumez|resume|resumer|recapitulez"
    r"|(?:donnez|donne|expliquez|explique|decrivez|decris|racontez|raconte|parlez|parle|presentez|presente|cite"
    r"|rappelez|rappelle|redites|redis)"
    r"(?= moi\b)",
    # "Expliquez simplement ce qu'est X": what X is, said plainly.
    # ("Expliquez-moi simplement…": "simplement" stays once "expliquez" goes before "moi".)
    r"(?:expliquez|explique|decrivez|decris)(?: moi| nous)?(?: simplement| brievement)?(?= (?:ce|qui|comment|pourquoi|en quoi|a quoi)\b)",
    _after("expliquez explique moi nous", r"(?:simplement|brievement|rapidement)"),
    # What the asker is writing: "dans le cadre d'un reportage", "pour une note d'information".
    _after("pour dans cadre un une mon ma notre", r"(?:article|reportage|portrait|note|dossier|memoire|these|"
           r"expose|enquete|etude|papier|chronique|emission|podcast|notice|fiche|rapport|cours)s?"
           r"(?: information| de synthese| de bibliotheque)?"),
    r"dans le cadre",
    # "et l'autre version, celle du site officiel ?": another of the versions just given.
    r"(?:l |une |les )?autres? (?:versions?|listes?)",
    # Whom the answer is for: "Expliquez… pour des élèves de 16 ans", "pour mes étudiants".
    # (Pupils only: "pour les enfants" is whom a programme is for.)
    r"pour (?:des|les|mes|nos|vos|ses|de) (?:eleves?|lyceens?|lyceennes?|collegiens?|collegiennes?)"
    r"(?: de (?:\d+|[a-z]+) ans| de (?:cm1|cm2|ce1|ce2|6e|5e|4e|3e|seconde|premiere|terminale|primaire|college|lycee))?",
    # "…, c'est pour des enfants de CM2": whom the answer is for, said by their class (not "pour les
    # enfants", whom a programme is for).
    r"(?:est )?pour (?:des|les|mes|nos|vos) (?:enfants|jeunes) (?:de|en) (?:cm1|cm2|ce1|ce2|cp|6e|5e|4e|3e|seconde"
    r"|premiere|terminale|primaire|college|lycee)",
    # "Comment vous contacter pour un devis ?": what the asker wants the contact for.
    r"pour (?:un|une|des|mon|notre) (?:devis|rendez[ -]vous|rdv)",
    # Whom the asker writes for: "pour mon ministère", "pour notre rédaction". (Not "pour mon
    # blog", "pour mon employeur": what a question is about, in a FAQ on personal data.)
    _after("pour mon ma notre", r"(?:ministere|redaction|hierarchie|journal|radio|magazine|media|chaine)s?"),
    r"(?:du |de leur |de son |de sa )?cote(?: de| du| des)?(?= \w)",  # "qui y était côté UNESCO ?": on its side
    # The other side of a yes-or-no question: "c'est le 1er centre… ou y a déjà d'autres ?", "… ou pas ?"
    r"ou (?:il )?(?:y a|ya|y en a|y en avait|y avait) (?:deja |encore )?(?:d |des )?autres?$|ou (?:pas|non)$",
    # The asker's daughter, when her age follows: "ma fille a 10 ans, il y a un programme pour elle ?" asks
    # about the age, not AWITAI's "les filles dans la tech" ("mon fils a 10 ans" is a section's question).
    r"(?:ma|notre) (?:fille|petite fille)(?= (?:a|vient d avoir|aura) \d)",
    # Whom an elder greets or thanks: "bonsoir ma fille, c koi le dome" (not "Bonjour, ma fille a 12 ans").
    _after("bonjour bonsoir salut salam merci", r"(?:ma fille|mon fils|mon enfant)"
           r"(?! (?:a|veut|voudrait|aimerait|souhaite|fait|va|vient|cherche|etudie|termine|prepare|aura|avait)\b)"),
    # "Autre question : …", "Une dernière question, …", "Autre chose : …": turn-taking, at the start.
    r"^(?:(?:encore )?une |petite |derniere |autre )+(?:question|chose|precision)s?",
    # "Je reformule : …", "laissez tomber, …", "bref, …": the asker moving on, at the start.
    r"^(?:(?:je |on )?reformule|reformulons|autrement dit|en (?:d )?autres termes|je (?:repete|recommence)"
    r"|(?:laissez|laisse|on laisse) tomber|tant pis|(?:oubliez|oublie|oublions) (?:ca|cela)|passons|bref)\b",
    r"(?:excusez moi|excuse moi|pardon|desole|desolee)(?: de vous deranger| de te deranger)?|"
    # "je vous remercie par avance", "merci d'avance" (elided); not "elle a remercié qui ?"
    r"(?:je (?:vous )?|vous )remercie(?: par)?(?: avance)?|merci(?: par)? avance",
    # "je me permets de vous demander si…", "je vous écris pour savoir si…": a letter's way in.
    r"(?:je )?me permets? (?:de )?(?:vous )?(?:demander|ecrire|solliciter)(?: si)?"
    r"|(?:je )?vous ecris (?:pour|afin de) (?:savoir|demander|connaitre)(?: si)?",
    # "Serait-il indiscret de vous demander…", "puis-je vous demander…": politeness.
    r"(?:serait il|est ce|ce serait) indiscret(?: de)?|(?<=vous )demander|(?<=te )demander",
    # "Est-il possible d'avoir…", "peut-on obtenir…", "puis-je bénéficier d'…": may one get X, asks about X.
    r"possible",
    _after("possible on je nous vous", r"(?:avoir|obtenir|beneficier)(?= (?:une|un|des|du|de|la|le|les)\b)"),
    r"\d{1,2}(?= ans?\b)",  # "j'ai 12 ans", "mon fils a 11 ans": an age, to find as "de 9 à 14 ans", not "12 régions"
    # "le premier centre de ce genre", "les centres du (même) genre": like this one
    _after("ce cet cette ces meme memes du", r"(?:genre|type|sorte)s?"),
    r"au moment (?:ou|de|du|des)",  # "au moment où on a ouvert le dôme": when, said otherwise
    # "qui représentait le Maroc ce jour-là ?": the time the last answer gave, not a word to find.
    r"(?:ce jour|a ce moment|cette annee|cette fois|ce soir)(?: ?la)",
    # "ce programme dont on entend parler": hearsay, not the topic.
    r"(?:dont |que )?(?:on|ai|tout le monde) (?:a )?(?:entend|entendu) parler|dont on parle",  # "j'ai" is "ai" here
    # "j'ai lu que…", "g lu que…", "il paraît que…", "on dit que…": hearsay too.
    # ("qu'il" is "il" once elisions are removed.)
    r"(?:(?:ai|g|jai) (?:lu|entendu(?: dire)?|vu)|il parait|on (?:dit|raconte|a dit|a raconte))"
    r"(?= (?:que|qu|il|elle|ils|elles|on)\b)",
    r"(?:certains|certaines|autres|les gens|des gens|on) (?:parlent|parle|evoquent|evoque|citent|cite)",
    # "Je vois « catégorie II » dans un article et « catégorie 2 » dans un autre": where the asker read it.
    r"je (?:vois|lis)|dans (?:un|une) autre",
    # "J'ai vu écrit « catégorie II » dans un article": where the asker read it.
    r"(?:ai|g|jai) vu (?:ecrit|passer)|dans (?:un|une) (?:article|journal|magazine|reportage|post)",
    # "Ai Movement a été créé en 2022, je l'ai lu partout.": where the asker read the claim, at the end.
    r"(?:(?:je |on |nous )(?:ai|a|avons)|ai|avons|jai|g) (?:lu|vu|entendu)"  # (not "qui l'a lu ?": who read it)
    r"(?: (?:partout|ailleurs|souvent|quelque part|sur internet|dans la presse|plusieurs fois))?$",
    # "…, vous confirmez ?", "c'est exact ?": asking whether the claim holds.
    # ("C'est" reaches here as "est": the elision goes.)
    # (Not "c'est juste de la déco ?": "only", before what the asker guesses.)
    r"vous confirmez|tu confirmes|(?:c est |est ce |est )(?:bien )?(?:exact|vrai|juste(?! (?:de|du|des|pour|un|une)\b)|correct)",
    r"(?:vrai|exact|correct)(?: ou (?:faux|pas))?$",  # "On m'a dit que… Vrai ?"
    # "…, comme l'écrit un confrère ?", "comme le dit la presse": where the claim was read.
    r"comme (?:l |le |la |les )?(?:ecri\w*|affirm\w*|annonc\w*|pretend\w*|dit|disent)(?: (?:un|une|le|la|les|des|mon|ma|mes) \w+)?$",
    # "Fact-check : « … » Est-ce correct ?", "Vérification : …", "Je vérifie une phrase : …",
    # "vrai ou faux ?": the asker checking the claim that follows.
    r"fact check\w*|^verification|(?:je |pour )verifie\w* (?:une |un )?(?:info\w*|phrase|affirmation|chiffre|fait)s?"
    r"|vrai ou faux|faux ou vrai",
    # "Une autre source dit que…", "un article affirme que…": hearsay, the claim that follows is
    # what is asked. (Not "le site parle de…", "la source dit quoi ?": what a text says is asked.)
    r"(?:une |un |d |l |des |les )?(?:autres? )?(?:sources?|articles?|sites?|journal|journaux|medias?) (?:autres? )?"
    r"(?:dit|disent|affirme|affirment|ecrit|ecrivent|pretend|pretendent)(?= (?:que|qu)\b)",
    # "Un post Facebook affirme : « … »", "une vidéo TikTok dit que…": likewise.
    r"(?:une |un |des |les )(?:post|posts|tweet|tweets|video|videos|publication|publications|message|messages)"
    r"(?: \w+)? (?:dit|disent|affirme|affirment|pretend|pretendent|assure|assurent)\b",
    # "On lit qu'Ai Movement a été inauguré le 9 novembre 2022. C'est vrai ?": hearsay, the claim is asked.
    r"on (?:lit|raconte|pretend|entend)(?= )|(?:ai|jai|g) (?:lu|entendu)(?= (?:que|qu|dire)\b)",
    # "Mon voisin dit que…", "ma sœur m'a dit que…": hearsay from the asker's circle, likewise.
    r"(?:mon|ma|mes|un|une) (?:voisin|voisine|ami|amie|amis|collegue|frere|soeur|pere|mere|cousin|cousine|prof|"
    r"professeur|professeure|fils|fille|mari|femme|oncle|tante|copain|copine|entourage|camarade|maitresse|maitre|"
    r"instituteur|institutrice|enseignant|enseignante)s? "
    r"(?:a |ont )?(?:dit|disent|pense|pensent|affirme|affirment|pretend|pretendent|raconte|racontent|assure|assurent)"
    r"(?= (?:que|qu)\b)"
    # …or has spoken of it: "ma maîtresse a parlé de AI Master Junior, c pour quel âge ?"
    r"|(?:mon|ma|mes|un|une|notre|nos) (?:voisin|voisine|ami|amie|amis|collegue|frere|soeur|pere|mere|cousin|cousine|"
    r"prof|professeur|professeure|mari|femme|oncle|tante|copain|copine|camarade|maitresse|maitre|instituteur|"
    r"institutrice|enseignant|enseignante)s? (?:nous |vous |lui |leur )?(?:a |ont )?(?:parle|parlent|entendu parler)"
    r"(?= (?:de|du|des|d)\b)",
    # "qui a fondé ai movement, c une femme non ?": the asker's guess at who, at the end.
    r"(?:c est |est |ce )(?:une femme|un homme)(?: non| je crois| je pense)?$",
    # "c'est une femme je crois ?", "si je ne me trompe pas": the asker's hedges.
    r"je (?:crois|pense|suppose|presume)(?: bien)?|il me semble|si je ne me trompe pas|sauf erreur(?: de ma part)?",
    r"(?:une|un) (?:sorte|espece|genre)(?= de\b)",  # "une sorte de label": a label, loosely named
    r"(?:revenons|revenir|retournons|retour)(?: (?:a|au|aux|sur|en))?",  # "Revenons au centre : …": back on topic
    # "ok, changeons de sujet : c'est quoi l'Ai Dome ?", "autre sujet : …": a new topic announced.
    r"(?:changeons|changer|on change|je change|changement) de sujet|(?:un )?autre sujet|passons a autre chose",
    # "t'as rien compris, c'est qui la fondatrice ?": the asker's complaint, then the question again.
    # "g pa compri c koi le dome", "j'ai pas compris, c'est quoi…": the asker did not follow, then asks.
    r"(?:as|avez|a) rien compris|(?:comprends|comprenez|comprend) rien|^(?:g|ai|jai)? ?(?:pas|rien) compris",
    r"^(?:(?:et|mais) )?(?:pourtant|cependant|toutefois|neanmoins)",  # "Pourtant j'ai lu que…": the asker objecting
    # "que vient confirmer cette désignation ?", "il vient de signer": "venir (de)" before a verb
    # only sets its time.
    r"(?:vient|viennent|venait|venaient)(?= (?:de )?\w+(?:er|ir|re)\b)",
    # "qui paie pour les faire tourner ?", "qui finance leur fonctionnement ?": who pays for them.
    r"(?:pour )?(?:les |le |la |l )?faire (?:tourner|fonctionner|vivre)",
    _after("paie paye paient payent finance financent", r"(?:le |leur |son )?fonctionnement"),
    # "le gros dôme sur le toit, ça sert à quoi ou c'est juste décoratif ?": where it stands,
    # and the asker's guess at the answer.
    r"sur (?:le|leur|son) toit",
    r"aupres (?:de|du|des|d)",  # "son mandat auprès de l'UNESCO": its mandate as the UNESCO's centre
    r"(?:ca|cela|ce qui) (?:represente|representait|represent)",  # "ça représente combien ?": it amounts to
    # "À quoi ressemble le bâtiment vu de l'extérieur ?": how it looks (not "Relations extérieures").
    r"vue?s? (?:de |d )?(?:l )?(?:exterieur|dehors|loin|haut|ciel)|de (?:l )?exterieur",
    rf"ou (?:c est |est ce |est |c )?(?:{_ONLY} )?{_DECOR}"
    rf"|(?:c est |est ce |est |c )?(?:{_ONLY} )?pour (?:faire )?(?:joli|beau|decorer|la deco)"
    r"(?= ou\b)",  # "c'est juste pour faire joli ou ça sert à quelque chose ?"
    rf"(?:c est |est ce |est )(?:{_ONLY} )?{_DECOR}",  # "il sert à quoi, c juste de la déco ?"
    # "quelque chose pour les enfants de son âge ?": the age the asker gave, not a word to find.
    r"(?:de|a) (?:son|leur|mon|ton|votre|notre|cet) age",
    r"tranches?(?= (?:d )?ages?\b)",  # "pour quelle tranche d'âge ?": what age
    # "les missions qu'on attribue au centre": its missions, as the sources give them.
    r"(?:on|l on) (?:lui |leur )?(?:attribue|attribuent|prete|pretent|assigne|assignent)",
)


def _any_of(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\S)(?:" + "|".join(patterns) + r")(?!\S)")


_HINT = _any_of(_HINTS)
_FILLER = _any_of(_FILLERS)


def without_fillers(words: list[str]) -> list[str]:
    """Folded words less the fillers ("au juste", "pourriez-vous m'indiquer", "que fait")."""
    return _FILLER.sub(" ", " ".join(words)).split()


def question_words(analyzer: Analyzer, question: str) -> list[str]:
    """The folded words a section's question is indexed with: its content words
    and the frames that hint at the answer, without fillers."""
    stop = analyzer.stop_words
    return [w for w in without_fillers(analyzer.words(question)) if w not in stop]


def split_frames(words: list[str]) -> tuple[list[str], list[str]]:
    """A question's folded words, fillers dropped, split into those it asks about
    and those that hint at the answer."""
    return split_hints(without_fillers(words))


# Hints said with a question word, searched as the word a passage would use:
# "pourquoi un dôme ?" is answered by what it was "conçu" for (its "but"), "c'est plus
# que l'IRCAI ?" by what "dépasse" it.
_HINT_MEANS = {
    "pourquoi": "but",
    "derriere": "fonde",
    **dict.fromkeys(("parti", "partie", "partis", "parties"), "quitte"),
    **dict.fromkeys(("plus", "compare", "comparee", "compares", "comparees", "comparable", "comparables", "rapport",
                     "similaire", "similaires", "beaucoup"), "depasse"),
    **dict.fromkeys(("tout", "toutes", "toute", "confondu", "confondue", "confondus", "confondues", "totale",
                     "totales", "totaux"), "total"),
}


def split_hints(words: list[str]) -> tuple[list[str], list[str]]:
    """:func:`split_frames` of words already without fillers."""
    text = " ".join(words)
    hints = [_HINT_MEANS.get(w, w) for match in _HINT.finditer(text) for w in match.group().split()]
    return _HINT.sub(" ", text).split(), hints
