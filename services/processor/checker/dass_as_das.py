"""A "dass" that should be "das": an article, a demonstrative, or a relative pronoun.

"dass" opens a clause whose finite verb comes last. Right before a finite
verb ("dass ist …") it is the demonstrative; after a preposition ("für dass
Kind") or before a weakly inflected adjective and a neuter noun ("dass
erste Mal") it is the article; after a neuter noun, with a singular verb and
no subject of its own, it is most likely the relative pronoun.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processor.checker import grammar, nouns
from services.processor.checker.case_words import inflected_adjective
from services.processor.checker.class_nouns import is_class_noun
from services.processor.checker.clauses import (
    BOUNDARY_MARKS,
    clause_after,
    is_boundary,
    is_noun,
    subordinate_clause,
)
from services.processor.checker.comma_relatives import closes_particle_verb
from services.processor.checker.compound_articles import ARTICLE_FITS
from services.processor.checker.dass_antecedent import function_word
from services.processor.checker.dass_clause import final_verb, singular_verb
from services.processor.checker.dass_phrases import attributive_adjective, has_subject
from services.processor.checker.dass_words import (
    NEUTER_DETERMINERS,
    PARTICLES,
    PRONOMINAL_ADVERBS,
    governing_lemma,
    takes_content_clause,
)
from services.processor.checker.lexicon import (
    ARTICLES,
    CARDINALS,
    GENITIVE_DETERMINERS,
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.suggestions import frequency
from services.processor.checker.tokens import Word, abbreviation_stop, is_word

_FINITE_ONLY = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)", "VV(IMP)", "VA(IMP)"})
# Prepositions that do take "dass": "ohne dass", "statt dass", "außer dass", "bis dass", "auf dass".
# Before a noun these announce a consequence: "so …, dass", "derart …, dass".
_CONSECUTIVE = word_set("so solch solche solcher solches derart dermaßen")
_NOUN_TAGS = frozenset({"NN", "NE", "NNA", "NNI"})
_NEUTER_WORDS = word_set("alles dies das")
# Verb forms rarer than this (Zipf) may be a program's name written small: "grub", "mutt".
_COMMON_VERB_ZIPF = 4.0
# Determiners only a neuter noun takes.
_NEUTER_ONLY = frozenset({"das", "dieses", "jenes"})
# Pronouns that take a relative clause and never a dass-clause.
_RELATIVE_HEADS = word_set("etwas nichts alles vieles manches weniges")
_WITH_DASS = frozenset({"ohne", "statt", "anstatt", "außer", "bis", "auf", "trotz"})
# Finite auxiliaries of a main clause that waits for its participle or infinitive ("sein"
# may take a dass-clause as its predicate: "Das Ziel ist zunächst, dass …").
_BRACKET_OPENERS = frozenset(
    {"wird", "wurde", "wurden", "hat", "haben", "hatte", "hatten", "kann", "konnte", "muss"}
    | {"musste", "soll", "sollte", "sollen", "können", "müssen", "werden"}
)
# Adverbs that announce a dass-clause: "so dass", "nur dass", "kaum dass", "erst dass".
_ANNOUNCING = word_set("so nur kaum erst derart dermaßen als")
# A German finite verb may also be an English word: "war".
_NOT_VERB_TAGS = frozenset({"NN", "NE", "NNA", "NNI", "FM"})
_ADVERB_TAGS = frozenset({"ADV", "ADJ(D)", "PTKNEG"})
_PRONOUN_TAGS = frozenset({"PIS", "PIAT", "PPER", "PDS", "PRF", "PPOSS"})
# How many prepositional attributes, and words in each, the search for an antecedent passes.
_MAX_ATTRIBUTES = 2
_MAX_PHRASE_WORDS = 6
# Small words inside a noun phrase besides adjectives: articles and words of amount.
_PHRASE_WORDS = ARTICLES | word_set("rund etwa circa knapp über und")
# The longest bracketed aside passed on the way back to the noun: "(Davis 1989, S. 320)".
_MAX_ASIDE_TOKENS = 10


def demonstrative(tokens: Sequence[Word], index: int) -> bool:
    """ "dass ist …", "dass alles sind Fehler": a finite verb first or second, so it is "das".

    A dass-clause ends in its finite verb; "dass das stimmt" does.
    """
    at = index + 1
    pronoun = at < len(tokens) and tokens[at].text in _NEUTER_WORDS
    if pronoun:
        at += 1  # "dass alles sind …", but only with more to follow the verb
    following = tokens[at] if at < len(tokens) else None
    if following is None or not is_word(following) or not following.text.islower():
        return False
    if pronoun and (at + 1 >= len(tokens) or is_boundary(tokens[at + 1])):
        return False
    if following.text.endswith("en"):
        return False  # "dass rauchen schadet": a verb as a noun, written in lower case
    # Written in lower case, "macht" is no noun "Macht".
    tags = grammar.word_tags(following.text) - _NOUN_TAGS
    if "VV(PP)" in tags and not _auxiliary_follows(tokens, at):
        tags -= {"VV(PP)"}  # "Dass bedeutet für …": no auxiliary makes "bedeutet" a participle
    if bool(tags) and tags <= _FINITE_ONLY:
        return not _named_subject(tokens, at)
    # "Dass überrascht insofern, als …": a verb, maybe an adjective too, then an adverb and no
    # verb to end a clause, so it is the finite verb in second place
    rest = clause_after(tokens, at)
    if "VV(FIN)" not in tags or not rest or "ADV" not in grammar.word_tags(rest[0].text):
        return False  # "dass bestimmte Pixel …": an adjective before its noun
    verbs = (t for t in rest if _verb_form(t.text) or grammar.can_be_finite_verb(t.text))
    return next(verbs, None) is None


def _named_subject(tokens: Sequence[Word], at: int) -> bool:
    """ "dass grub auf allen Geräten installiert wird": a rare verb form, then a clause that
    ends in a finite verb no participle or infinitive could be. The clause is verb-final,
    and the word names its subject (a program); "dass ist …" with a common verb is "das"."""
    if frequency(tokens[at].text, ("de",)) >= _COMMON_VERB_ZIPF:
        return False
    rest = clause_after(tokens, at)
    if len(rest) < 2:
        return False
    last = grammar.word_tags(rest[-1].text)
    return bool(last) and last <= _FINITE_ONLY


def object_of_infinitive(tokens: Sequence[Word], index: int) -> bool:
    """ "lässt sich dass (kaum) belegen, denn …": one infinitive, maybe after adverbs, ends it.

    A dass-clause needs a subject, or a participle and an auxiliary for an
    impersonal passive; a lone infinitive has neither, so "das" is its object.
    """
    words = clause_after(tokens, index)
    if not words or not all(word.text.islower() for word in words):
        return False
    *adverbs, verb = words
    for word in adverbs:
        tags = grammar.word_tags(word.text)
        if not tags & _ADVERB_TAGS or tags & _PRONOUN_TAGS:
            return False  # "dass alle kommen": a pronoun is the subject
    return grammar.can_be_infinitive(verb.text)


def _auxiliary_follows(tokens: Sequence[Word], at: int) -> bool:
    """Whether an auxiliary in the rest of the clause may make ``tokens[at]`` its participle."""
    return any(
        not {"VA(FIN)", "VA(INF)"}.isdisjoint(grammar.word_tags(token.text))
        for token in clause_after(tokens, at)
    )


def before_relative_was(tokens: Sequence[Word], index: int) -> bool:
    """ "Dass, was …" opening a sentence: the demonstrative "das" before its relative clause.

    Inside a sentence "dass, was immer geschieht, …" may be a dass-clause
    with a relative clause put first.
    """
    following = tokens[index + 1 : index + 3]
    return index == 0 and [token.text for token in following] == [",", "was"]


def after_pronoun(tokens: Sequence[Word], index: int) -> str | None:
    """ "vieles, dass man erlebt": after "etwas", "alles", "vieles" a relative "das" follows."""
    at = index - 1
    if at >= 0 and tokens[at].text == ",":
        at -= 1
    pronoun = tokens[at].text if at >= 0 else ""
    return pronoun if pronoun.lower() in _RELATIVE_HEADS else None


def article(tokens: Sequence[Word], index: int) -> bool:
    """ "für dass Kind", "um dass zu …", "dass erste Mal": "das" as article or object."""
    before = tokens[index - 1] if index > 0 else None
    preposition = before.text.lower() if before is not None else ""
    if preposition in PREPOSITIONS and preposition not in _WITH_DASS:
        # "Wir gehen davon aus dass …": the particle of "ausgehen", which ends the main
        # clause, unless a neuter noun follows that "das" would be the article of
        return not closes_particle_verb(tokens, index - 1) or _neuter_noun_after(tokens, index)
    if preposition in ("auf", "trotz") and _after_neuter_noun(tokens, index - 1):
        return True  # "das Modell, auf das sich …": a relative pronoun after its preposition
    if index + 2 >= len(tokens):
        return False
    if _bare_neuter(tokens, index) or _subject_before_verb(tokens, index):
        return True
    if _open_bracket(tokens, index):
        return True
    adjective, noun = tokens[index + 1], tokens[index + 2]
    if not (adjective.text.islower() and adjective.text.endswith("e") and is_noun(noun)):
        return False
    if "ADJ(A)" not in grammar.word_tags(adjective.text):
        return False
    readings = nouns.compound_analyses(noun.text)
    # Weak "erste" before a noun that is only neuter singular: after a conjunction it would be "erstes".
    return bool(readings) and all(reading.startswith("n.sg.") for reading in readings)


def _neuter_noun_after(tokens: Sequence[Word], index: int) -> bool:
    """Whether a noun with a neuter singular reading follows ``tokens[index]``: "dass Haus"."""
    noun = tokens[index + 1] if index + 1 < len(tokens) else None
    readings = nouns.compound_analyses(noun.text) if noun is not None and is_noun(noun) else ()
    return any(reading.startswith("n.sg.") for reading in readings)


def _open_bracket(tokens: Sequence[Word], index: int) -> bool:
    """ "Dazu wurde zunächst dass Protokoll … extrahiert": after a main clause's auxiliary
    and adverbs only, the clause still waits for its participle or infinitive, so no
    dass-clause can begin; before a neuter noun "dass" is its article."""
    at = index - 1
    while at > 0 and _plain_adverb(tokens[at].text):
        at -= 1
    if at < 1 or tokens[at].text not in _BRACKET_OPENERS:
        return False
    if at == index - 1 and not _closed_by_participle(tokens, index):
        return False  # "Er muss dass …": only a participle at the end shows the bracket
    return _neuter_noun_after(tokens, index)


def _closed_by_participle(tokens: Sequence[Word], index: int) -> bool:
    """ "Wir haben dass Verfahren angepasst.": the clause ends in a participle that is no
    finite verb, which a dass-clause would need."""
    clause = clause_after(tokens, index)
    last = clause[-1].text if clause else ""
    return (
        last.islower()
        and "VV(PP)" in grammar.word_tags(last)
        and not grammar.can_be_finite_verb(last)
    )


def _plain_adverb(word: str) -> bool:
    """ "zunächst", "bereits": an adverb that announces no clause ("so", "nur", "kaum" do)."""
    return grammar.plain_adverb(word) and word not in _ANNOUNCING


def _after_neuter_noun(tokens: Sequence[Word], at: int) -> bool:
    """Whether ``tokens[at]`` follows the comma after a neuter noun: "das Modell, auf"."""
    return (
        at >= 2
        and tokens[at - 1].text == ","
        and is_noun(tokens[at - 2])
        and _neuter_here(tokens, at - 2)
    )


def coordinated_relative(tokens: Sequence[Word], index: int) -> str | None:
    """ "das Instrument, das … besteht und dass bereits … validiert wurde": a second relative.

    A clause joined by "und" to a relative clause on a neuter noun, and with
    no subject of its own, is a relative clause too: the neuter noun it shares.
    """
    if index < 2 or tokens[index - 1].text not in ("und", "oder"):
        return None
    for at in range(index - 2, 1, -1):
        word = tokens[at].text
        if word in BOUNDARY_MARKS and word != ",":
            return None
        if word.lower() in SUBORDINATORS or word == "dass":
            return None  # the nearer clause is a content clause: "dass … und dass …"
        if word == "das" and _after_neuter_noun(tokens, at):
            break
    else:
        return None
    clause = clause_after(tokens, index)
    verb = final_verb(clause)
    if verb is None or verb != len(clause) - 1 or not singular_verb(clause[verb].text):
        return None
    if has_subject(clause[:verb], singular=True):
        return None  # "…, das wir nutzen und dass es läuft": a subject of its own
    return tokens[at - 2].text


def relative(tokens: Sequence[Word], index: int) -> str | None:
    """The neuter noun "…, dass" most likely refers to, if its clause lacks a subject of its own."""
    if index < 2 or tokens[index - 1].text != ",":
        return None
    at = _before_aside(tokens, index - 2)  # "das Modell von Davis (1989), dass …"
    governed = False
    if at >= 1 and tokens[at].text.islower() and _verb_form(tokens[at].text):
        # "Programme im System erwarten, dass …": the verb may take the clause
        governed = governing_lemma(tokens[at].text) is not None
        at -= 1  # "ein Design gewählt, dass …": moved past the participle or infinitive
        if at >= 1 and tokens[at].text == "zu":
            at -= 1  # "ein Konzept zu entwickeln, dass …"
    elif at >= 1 and tokens[at].text in PARTICLES:
        at -= 1  # "baut ein Modell auf, dass …": a separable verb's particle
    at -= _genitive_attribute(tokens, at)  # "Das Bild des Fremden, dass …": the noun before
    if _name_after_class_noun(tokens, at):
        at -= 1  # "das Werkzeug Kubernetes, dass …": the name has the class noun's gender
    if not (is_noun(tokens[at]) and _neuter_here(tokens, at)):
        at = _before_attributes(tokens, at)  # "ein Programm mit hoher Priorität, dass …"
    noun = tokens[at]
    if not is_noun(noun) or not _neuter_here(tokens, at):
        return None
    if at == 0 and function_word(noun.text.lower()):
        return None  # "Dies erzwingt, dass …": a pronoun, no noun to refer to
    # "das Ergebnis, dass alle zustimmten"; "ein Verfahren vorgestellt, dass …" may be one too
    content = governed or takes_content_clause(noun.text)
    if _consequence(tokens, index):
        return None  # "so viele Sorgen quälen das Leben, dass …": a consequence
    clause = subordinate_clause(tokens, index)
    if not clause:
        return None
    end = tokens.index(clause[-1]) + 1
    if end < len(tokens) and not is_boundary(tokens[end]):
        return None
    verb = final_verb(clause)
    if verb is None or verb != len(clause) - 1:
        return None
    passive = {token.text for token in clause[max(verb - 1, 0) : verb + 1]} & PASSIVE_AUXILIARIES
    if passive and has_subject(clause[:verb], singular=singular_verb(clause[verb].text)):
        return None  # "…, dass die Enden zugespitzt werden": no place left for a relative "das"
    if not content and _takes_no_content(tokens, index):
        return noun.text
    text = clause[verb].text
    if not singular_verb(text) or (text in PASSIVE_AUXILIARIES and _impersonal(clause[:verb])):
        return None  # "…, dass darüber berichtet wird": an impersonal passive needs no subject
    # "…, dass über eine Spindel verfügt": an active full verb needs a subject, so a clause
    # without one is a relative clause, whatever the verb before the comma may govern.
    active = not passive and "VV(FIN)" in grammar.word_tags(text)
    if governed and not active and (passive or _in_phrase(tokens, at)):
        # "Programme im System erwarten, dass darauf zugegriffen werden kann", "Das Verhalten
        # verhindert, dass an solchen Stellen umgebrochen wird": the verb takes the clause
        return None
    # A content clause has a subject of its own; "das Problem, dass … auftritt" has none.
    return None if has_subject(clause[:verb], singular=True) else noun.text


def _before_aside(tokens: Sequence[Word], at: int) -> int:
    """The token before a short bracketed aside that ends at ``tokens[at]``, or ``at``:
    a citation or a note stands between a noun and its relative clause."""
    if tokens[at].text != ")":
        return at
    for opening in range(at - 1, max(at - _MAX_ASIDE_TOKENS, 0), -1):
        if tokens[opening].text == "(":
            return opening - 1
        if tokens[opening].text == ")":
            return at
    return at


def _before_attributes(tokens: Sequence[Word], at: int) -> int:
    """The neuter noun that prepositional attributes ending at ``at`` follow, or ``at``.

    "ein Programm mit hoher Priorität", "das Modell zur Entlastung der Verwaltung",
    "das Recht nach Art. 15 DSGVO": a relative clause after them may refer to the noun
    they describe, so the walk goes back past each phrase to the noun before its
    preposition, as long as that noun is not yet a neuter one.
    """
    found = at
    for _ in range(_MAX_ATTRIBUTES):
        preposition = _phrase_opening(tokens, found)
        if preposition is None or preposition < 1 or not is_noun(tokens[preposition - 1]):
            return at
        found = preposition - 1
        if _neuter_here(tokens, found):
            return found
    return at


def _phrase_opening(tokens: Sequence[Word], at: int) -> int | None:
    """Where the preposition stands whose phrase ends at ``tokens[at]``: back past nouns,
    names, numbers, abbreviations, articles and adjectives, to the first preposition."""
    for back in range(at, max(at - _MAX_PHRASE_WORDS, 0) - 1, -1):
        word = tokens[back].text
        if back < at and word in PREPOSITIONS:
            return back
        if word == "." and back > 0 and abbreviation_stop(tokens, back):
            continue  # "nach Art. 15"
        if not is_word(tokens[back]) and not word.replace(",", "").isdigit():
            return None
        if word.islower() and not (
            word in _PHRASE_WORDS or word in CARDINALS or inflected_adjective(word)
        ):
            return None  # a verb or an adverb: the clause, not the phrase
    return None


def _name_after_class_noun(tokens: Sequence[Word], at: int) -> bool:
    """ "das Framework Django": a name the lexicon gives no gender, after its class noun."""
    if at < 1 or nouns.genders(tokens[at].text.rsplit("-", 1)[-1]):
        return False
    return is_noun(tokens[at]) and is_class_noun(tokens[at - 1].text)


def _genitive_attribute(tokens: Sequence[Word], at: int) -> int:
    """How many words before ``at`` lead to the noun a genitive attribute follows, or 0.

    "das Bild des Chinesen", "das Konzept der parasozialen Interaktion", "das erste
    Gremium dieser Art": a noun that is not neuter, with adjectives in -en, in a
    genitive after a neuter noun that has its own article, maybe with adjectives
    ("bin Ich der Meinung" has none).
    """
    if not is_noun(tokens[at]) or _neuter_here(tokens, at):
        return 0
    back = at - 1
    while back >= 0 and tokens[back].text.islower() and tokens[back].text.endswith("en"):
        back -= 1  # "der parasozialen", "des neuen"
    if back < 2 or tokens[back].text not in GENITIVE_DETERMINERS or not is_noun(tokens[back - 1]):
        return 0
    article = back - 2
    while article > 0 and attributive_adjective(tokens[article]):
        article -= 1  # "das ehemalige Rechenzentrum einer Landesbank"
    if tokens[article].text.lower() not in NEUTER_DETERMINERS:
        return 0
    return at - back + 1 if _neuter_here(tokens, back - 1) else 0


def _impersonal(words: Sequence[Word]) -> bool:
    """ "darüber berichtet", "es wurde gelacht": what an impersonal passive has instead of a
    subject; "in Abschnitt 4 beschrieben wird" has neither, so "das" is its subject."""
    return any(word.text.lower() in PRONOMINAL_ADVERBS | {"es"} for word in words)


def _takes_no_content(tokens: Sequence[Word], index: int) -> bool:
    """ "ein Programm, dass wir nutzen": a neuter noun no content clause can follow.

    Only right before the comma, outside a prepositional phrase ("wichtig für
    das Projekt, dass …") and without "es" announcing the clause ("es freut
    das Team, dass …").
    """
    if not is_noun(tokens[index - 2]) or _in_phrase(tokens, index - 2):
        return False
    return not any(token.text.lower() == "es" for token in tokens[: index - 1])


def _in_phrase(tokens: Sequence[Word], at: int) -> bool:
    """Whether a preposition governs the noun at ``at``: "im System", "mit dem neuen Gerät",
    "in das Fenster Kommandos" (a label after its class noun)."""
    back = at - 1
    if back > 0 and is_class_noun(tokens[back].text):
        back -= 1
    while back >= 0 and tokens[back].text.islower() and tokens[back].text not in PREPOSITIONS:
        back -= 1
    return back >= 0 and tokens[back].text.lower() in PREPOSITIONS


def _verb_form(word: str) -> bool:
    return not {"VV(PP)", "VV(INF)", "VV(IZU)"}.isdisjoint(grammar.word_tags(word))


def _neuter_here(tokens: Sequence[Word], at: int) -> bool:
    """Neuter: "Modell" always, "Loch" (also a masculine lake) after "ein tiefes", and a noun
    the lexicon lacks after "das".

    A plural that is also an old dative singular ("Ergebnisse", "dem Ergebnisse")
    is the plural: no relative "das" refers to it.
    """
    head = tokens[at].text.rsplit("-", 1)[-1]
    readings = nouns.compound_analyses(head)
    singular = {reading for reading in readings if not reading.startswith("pl.")}
    if singular <= {"n.sg.dat", "m.sg.dat"} and len(singular) < len(readings):
        return False
    before = tokens[at - 1].text.lower() if at > 0 else ""
    fits = ARTICLE_FITS.get(before)
    if fits is not None and readings and not fits & {r for r in readings if r.startswith("n.sg.")}:
        return False  # "die Interviews": the plural, though "des Interviews" is neuter
    genders = nouns.genders(head)
    if genders == {"n"}:
        return True
    if not genders and before in _NEUTER_ONLY:
        return True  # "das Framework": a borrowing the lexicon lacks, neuter by its article
    neuter_marked = before in NEUTER_DETERMINERS or (before.islower() and before.endswith("es"))
    return "n" in genders and neuter_marked


def _bare_neuter(tokens: Sequence[Word], index: int) -> bool:
    """ "hat dass Buch gelesen": a neuter noun, and no finite verb ends what follows.

    A clause after "dass" has a finite verb; without one the noun phrase
    "das Buch" is meant. Mass nouns ("dass Wasser kocht") have one. In
    "dass Wissen nicht ein Besitz, sondern eine Praxis ist" the clause goes on
    past the comma before "sondern" to its verb.
    """
    noun = tokens[index + 1]
    readings = nouns.compound_analyses(noun.text) if is_noun(noun) else frozenset()
    if not readings or not all(reading.startswith("n.sg.") for reading in readings):
        return False
    for at, token in enumerate(tokens[index + 2 :], start=index + 2):
        if token.text == "," and at + 1 < len(tokens) and tokens[at + 1].text == "sondern":
            continue
        if token.text in BOUNDARY_MARKS and not abbreviation_stop(tokens, at):
            break
        if grammar.can_be_finite_verb(token.text):
            return False
    return index + 2 < len(tokens) and is_word(tokens[index + 2])


def _consequence(tokens: Sequence[Word], index: int) -> bool:
    """Whether "so" or "derart" announces the clause; "so simpel wie ein Tier" compares instead."""
    for at in range(index - 1, -1, -1):
        if tokens[at].text.lower() in _CONSECUTIVE:
            return not any(token.text == "wie" for token in tokens[at:index])
    return False


def _subject_before_verb(tokens: Sequence[Word], index: int) -> bool:
    """ "Dass Problem ist groß", "Dass Ziel der Reform war …": a neuter noun, perhaps with
    a genitive attribute, then its finite verb with more to follow.

    A clause after "dass" would end in that verb; this one goes on, so "dass"
    is the article of a main clause's subject. A noun whose plural looks the
    same ("Verfahren") is singular before a singular verb; a verb the tagger
    also reads otherwise is finite before "sich" ("Dass Ergebnis deckt sich …").
    """
    noun = tokens[index + 1]
    readings = nouns.compound_analyses(noun.text) if is_noun(noun) else frozenset()
    if not readings or not all(reading.startswith(("n.sg.", "pl.")) for reading in readings):
        return False
    at = _past_genitive(tokens, index + 2)
    if at + 1 >= len(tokens) or is_boundary(tokens[at + 1]):
        return False
    verb = tokens[at]
    plural = any(reading.startswith("pl.") for reading in readings)
    if plural and not (singular_verb(verb.text) and any(r.startswith("n.sg.") for r in readings)):
        return False
    tags = grammar.word_tags(verb.text) - _NOT_VERB_TAGS if verb.text.islower() else frozenset()
    reflexive = tokens[at + 1].text == "sich" and "VV(FIN)" in tags
    return bool(tags) and (tags <= _FINITE_ONLY or reflexive)


def _past_genitive(tokens: Sequence[Word], at: int) -> int:
    """Where a genitive attribute starting at ``at`` ("der neuen Studie") ends, or ``at``."""
    if at >= len(tokens) or tokens[at].text not in GENITIVE_DETERMINERS:
        return at
    end = at + 1
    while end < len(tokens) and tokens[end].text.islower() and is_word(tokens[end]):
        end += 1
    return end + 1 if end < len(tokens) and is_noun(tokens[end]) else at
