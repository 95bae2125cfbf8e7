"""Nominalized verbs and adjectives written small: "beim lesen", "etwas neues", "das wichtigste ist".

A word is nominal when a determiner claims it and no noun follows for the
determiner to claim instead (Duden K 72–K 80). Contractions ("beim",
"im"), an article after a preposition ("durch das"), "des", and "etwas",
"nichts", "viel" are always determiners. A bare "der", "die", "das" is as
often a pronoun ("das lernen wir", "Kinder, die spielen wollen"), so it
counts only before a finite verb that does not end the clause: the
nominal word is then the subject ("das lesen macht Freude").
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processor.checker import grammar, nouns
from services.processor.checker.bare_nominals import (
    ATTRIBUTE_OPENERS,
    bare_neuter,
    bare_nominal,
    opens_attribute,
    participle_noun,
)
from services.processor.checker.capital_verbs import MODALS
from services.processor.checker.case_words import (
    CONTRACTIONS,
    DEFINITE,
    FUNCTION_WORDS,
    PREPOSITIONS_PLAIN,
    QUANTIFIERS,
    VAGUE_NUMBER,
    capitalised,
    inflected_adjective,
    nominal_kind,
    ordinal,
    pronoun_like,
    tags,
)
from services.processor.checker.clauses import (
    BOUNDARY_MARKS,
    clause_after,
    clause_before,
    is_boundary,
    is_noun,
)
from services.processor.checker.compound_articles import (
    ARTICLE_FITS,
    attributive_fits,
    governed_fits,
)
from services.processor.checker.dass_words import COPULAS, PARTICLES
from services.processor.checker.ellipsis import left_out
from services.processor.checker.lexicon import (
    ARTICLES,
    PASSIVE_AUXILIARIES,
    PERSONAL_PRONOUNS,
    POSSESSIVE_STEMS,
    PREPOSITION_CASES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.noun_phrase import Nominal, partitive_genitive, phrase_ends
from services.processor.checker.tokens import Word, is_word

# After these an adjective without its noun is usually an ellipsis of a noun said before:
# "Die wichtigste (Frage) ist …". Neuter "das", "des", "im" and plural "den" nominalize.
# Possessives a neuter singular noun follows; no verb form agrees with them ("ihr leben").
_POSSESSIVE_NEUTER = frozenset(
    [
        "mein",
        "dein",
        "sein",
        "ihr",
        "unser",
        "euer",
        "meinem",
        "deinem",
        "seinem",
        "ihrem",
        "unserem",
        "eurem",
    ]
)
# The endings an adjective takes after a definite article (weak declension).
_WEAK_ENDINGS = {
    "dem": ("en",),
    "den": ("en",),
    "des": ("en",),
    "der": ("e", "en"),
    "die": ("e", "en"),
    "das": ("e",),
}
_NOT_NOUN_READINGS = frozenset(["ADV", "APPR", "KON", "PIS", "PIAT", "PTKNEG", "PTKVZ", "ADJ(D)"])
_ELLIPSIS = frozenset(["der", "die", "dem", "zur"])
# Definite articles that never go with a neuter singular.
_NOT_NEUTER_SINGULAR = frozenset(["der", "die", "den"])
# Demonstratives, which lead a noun phrase after a preposition: "auf diese Weise".
_DEMONSTRATIVE_STEMS = ("dies", "jen")
# What a nominalized infinitive's own article may be: it is neuter.
_NEUTER_ARTICLES = frozenset(["das", "dem", "des"])
# Prepositions that are conjunctions too: "während die anderen warten".
_CONJUNCTIONS_TOO = word_set("während seit bis")
# Degree adverbs that may stand between a determiner and its nominal adjective.
_DEGREE = frozenset(["sehr", "ganz", "besonders", "ziemlich", "äußerst", "wirklich", "echt"])
# Verbs that take a bare infinitive: modals, "werden", "lassen", perception, motion, "bleiben".
_GOVERNORS = MODALS | word_set(
    "werden wird wirst werde würde würden wurde wurden lassen lässt ließ ließen "
    "sehen sieht sah hören hört hörte gehen geht ging bleiben bleibt blieb "
    "lernen lernt lernte helfen hilft half kommen kommt kam"
)
# Adjectives that may stand between the determiner and the nominal word: "beim schnellen Lesen".
_MAX_ADJECTIVES = 2


# Finite copulas: after "…, die neuer" one makes "die" a relative and the word its predicate.
_COPULAS = COPULAS | PASSIVE_AUXILIARIES


def nominalized(tokens: Sequence[Word], index: int) -> Nominal | None:
    """Whether lower-case ``tokens[index]`` is used as a noun and should be capitalised."""
    word = tokens[index].text
    if len(word) < 3 or word in FUNCTION_WORDS or "CARD" in tags(word):
        return None  # "an allen vier": numbers below a million stay small
    if VAGUE_NUMBER.fullmatch(word):
        return None  # "hunderte von Nutzern": Duden allows either case
    if word.endswith("weise") and "ADV" in tags(word):
        return None  # "das idealerweise … reicht": an adverb, never nominal
    if word.startswith("selb"):
        return None  # "das selbe" is "dasselbe", one pronoun; the compound check says so
    if index + 1 < len(tokens) and tokens[index + 1].text == "als" and _comparative(word):
        return None  # "und dieses heller als Blau": a comparison, not the coin "Heller"
    if index + 1 < len(tokens) and _symbol(tokens[index + 1].text):
        return None  # "das oberste g", "das kleinste n": a letter names the thing
    bare = bare_nominal(tokens, index)
    if bare is not None:
        return bare
    if word == "mal" and index > 0 and _counts_times(tokens[index - 1].text):
        return Nominal(tokens[index - 1].text, "noun")  # "das erste Mal", "jedes Mal"
    at = determiner_at(tokens, index)
    if at is None:
        return bare_neuter(tokens, index)
    trigger = tokens[at].text.lower()
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    predicate = after in _COPULAS and not (word.endswith("e") and inflected_adjective(word))
    relative = at == index - 1 and at > 0 and tokens[at - 1].text == ","
    if relative and predicate:
        return None  # "…, die neuer ist als …": a relative pronoun and a predicate, which
        # has no ending: "…, das beste sei …" is a nominal adjective
    if relative and _comparative(word) and _compared(tokens, index):
        return None  # "Punkte, die dichter beieinander liegen als …": a relative, a comparative
    if relative and _lone_verb(tokens, index):
        return None  # "Befragte, die angaben, …": a relative pronoun and its verb alone
    if at == index - 1 and _no_adjective_after(trigger, word):
        if phrase_ends(tokens, index, strong=True, verbs=False):
            return Nominal(tokens[at].text, "noun")
        return None
    kind = nominal_kind(word)
    if (
        kind is None
        and trigger in CONTRACTIONS
        and at == index - 1
        and _noun_after_contraction(word)
    ):
        kind = "noun"  # "im laufe der Zeit": no verb form follows "im"
    dative = at > 0 and _may_govern_dative(tokens[at - 1].text.lower())
    # "aus Sicht der befragten": a genitive article after a noun, before people named by a
    # participle, leaves out no noun and is no relative pronoun
    genitive = trigger in ("der", "des") and at > 0 and is_noun(tokens[at - 1])
    # "Daneben können die betroffenen nach …": after the main clause's finite verb the
    # article opens the subject or an object, no relative clause
    after_verb = at == index - 1 and at > 0 and _main_clause_verb(tokens, at - 1)
    people = (genitive or after_verb) and kind == "adjective" and participle_noun(word)
    # "auf diese weise": after a preposition "diese" leads a noun phrase; alone ("da diese
    # weise sind") it may be a pronoun, the subject of a predicate
    pointed = (
        kind == "adjective"
        and trigger.startswith(_DEMONSTRATIVE_STEMS)
        and _after_preposition(tokens, at)
    )
    neuter = kind == "verb" and _neuter_attributes(tokens, at, index)
    if kind is None or not (_fits(trigger, word, kind, dative) or people or pointed or neuter):
        return None
    if kind == "verb" and trigger in _NOT_NEUTER_SINGULAR and _closes_clause(tokens, at, index):
        return None  # "während die anderen warten.": the clause's subject and its verb
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    attribute = kind == "verb" and opens_attribute(tokens, index + 1)
    # "am anfangen sollte": with "am" or an article the verb may go on; "ins schwanken zu kommen" not
    verbal_next = (following == "zu" or following in MODALS) and (
        trigger == "am" or trigger not in CONTRACTIONS
    )
    if kind == "verb" and (verbal_next or (following == "," and _relative_after(tokens, index))):
        return None  # "am anfangen sollte", "zu dem machen, was wir sind"
    if kind == "verb" and attribute and "ADJ(A)" in tags(word):
        return None  # "die wahren von den falschen": an adjective
    if kind == "verb" and at == index - 1 and _paired_with_nominal(tokens, index):
        return Nominal(tokens[at].text, kind)  # "das zuhören und Ernstnehmen"
    if kind == "verb" and at == index - 1 and _takes_only_a_noun(trigger, word, following):
        return Nominal(tokens[at].text, kind)  # "beim lesen längerer Texte": "beim" takes a noun
    if kind == "verb" and _infinitive_is_head(tokens, at, index + 1):
        return None  # "beim lauten denken": "lauten" is the adjective of the nominal verb
    if kind == "verb" and _infinitive_is_head(tokens, at, index):
        return Nominal(tokens[at].text, kind)  # "das flüssige lesen", "beim lauten denken"
    if kind == "verb" and at < index - 1 and not attribute and not _nominal_end(tokens, index):
        return None  # "im allgemeinen sagen kann": the adjective may be the nominal word instead
    if kind == "adjective" and trigger == "das" and grammar.can_be_finite_verb(word):
        following = tokens[index + 1].text if index + 1 < len(tokens) else "."
        verbal = following.isalpha() and (
            grammar.can_be_infinitive(following)
            or grammar.can_be_finite_verb(following)
            or "VV(PP)" in tags(following)
        )
        if following.isalpha() and following not in PREPOSITIONS_PLAIN and not verbal:
            return None  # "Das besagte auch …": a pronoun and its verb
    if kind == "adjective" and trigger == "alles" and _ends_subordinate_clause(tokens, index):
        return None  # "…, in dessen Verlauf er alles entfernte, was …": the clause's verb
    if kind == "adjective" and trigger == "alles" and _predicate_of_alles(tokens, at, index):
        return None  # "es ist alles öde": "alles" the subject, "öde" its predicate
    if kind == "adjective" and (
        _before_nominal_infinitive(tokens, index) or _infinitive_is_head(tokens, at, index + 1)
    ):
        return None  # "das ständige nachäffen der anderen": the infinitive is the nominal word
    after_preposition = _after_preposition(tokens, at)
    strong = (
        trigger not in DEFINITE
        or trigger == "des"
        or after_preposition
        or (kind == "noun" and not grammar.can_be_finite_verb(word))
        or (trigger == "das" and kind == "adjective" and word.endswith("e"))  # "das Beste an"
    )
    strong = strong or attribute or people  # "das besuchen von Konzerten", "der befragten"
    verbs = kind == "adjective" and (trigger in CONTRACTIONS or after_preposition)
    # "im durchschnitt gestresster": a word that is only a noun heads the contraction's
    # phrase, whatever follows it
    only_noun = kind == "noun" and trigger in CONTRACTIONS and at == index - 1
    only_noun = only_noun and tags(word) <= grammar.NOUN_TAGS
    # "beim initialen Aufruf": before a noun, a word in -en is the adjective the lexicon lacks
    before_noun = index + 1 < len(tokens) and is_noun(tokens[index + 1])
    only_noun = only_noun and not (word.endswith("en") and before_noun)
    if not only_noun and not phrase_ends(tokens, index, strong=strong, verbs=verbs):
        return None
    if at > 0 and tokens[at - 1].text.lower() in ("als", "wie") and kind == "adjective":
        return None  # "strenger als das heutige (System)": a comparison leaves out the noun
    if kind == "adjective" and _small_noun_after(tokens, at, index):
        return None  # "auf das richtige maß": the adjective's noun, written small
    adjective_form = kind == "adjective" or (kind == "verb" and inflected_adjective(word))
    if adjective_form and left_out(tokens, index, at):
        return None  # "im englischen Gebietsschema …, im deutschen hingegen": the noun is said
    if kind == "adjective" and partitive_genitive(tokens, index):
        return None  # "das untere der Dreiecke": one of the triangles
    if not strong and (at > 0 and tokens[at - 1].text == ","):
        return None  # "…, die spielen wollen": a relative pronoun
    return Nominal(tokens[at].text, kind)


def _small_noun_after(tokens: Sequence[Word], at: int, index: int) -> bool:
    """Whether the word after ``tokens[index]`` is a noun written small that a preposition's
    phrase needs: "auf das richtige maß" ("Maß"), in the case the preposition governs
    ("zu den alten stand": "den Stand" is no dative, so "stand" is the verb)."""
    if at < 1 or index + 1 >= len(tokens) or not tokens[index + 1].text.islower():
        return False
    preposition = tokens[at - 1].text
    if preposition.lower() not in PREPOSITIONS_PLAIN:
        return False
    governed = governed_fits(tokens[at].text, preposition)
    noun = capitalised(tokens[index + 1].text)
    return nouns.is_listed(noun) and bool(governed & nouns.analyses(noun))


def _takes_only_a_noun(trigger: str, word: str, following: str) -> bool:
    """ "beim", "zum", "im" before a bare infinitive: nothing else could follow them.

    Not "zur" (a feminine article, or "zu" mistyped), not a word that is also
    an adjective ("zur vollkommen Reife"), not before a noun it may describe.
    """
    if trigger not in CONTRACTIONS or trigger == "zur" or following[:1].isupper():
        return False
    return not tags(word) & grammar.ADJECTIVE_TAGS


def _paired_with_nominal(tokens: Sequence[Word], index: int) -> bool:
    """ "das zuhören und Ernstnehmen", "das drehen oder das Bohren": joined to an infinitive
    written as a noun, with or without its own article, the infinitive is a noun too."""
    if index + 2 >= len(tokens) or tokens[index + 1].text not in ("und", "oder", "sowie"):
        return False
    at = index + 2
    if tokens[at].text in _NEUTER_ARTICLES and at + 1 < len(tokens):
        at += 1
    partner = tokens[at].text
    return (
        partner[:1].isupper()
        and partner[1:].islower()
        and partner.isalpha()
        and nominal_kind(partner.lower()) == "verb"
    )


def _lone_verb(tokens: Sequence[Word], index: int) -> bool:
    """A finite verb, its particle joined in a clause ("angaben"), ending the clause here."""
    word = tokens[index].text
    if index + 1 < len(tokens) and not is_boundary(tokens[index + 1]):
        return False
    return grammar.can_be_finite_verb(word) or any(
        word.startswith(particle) and grammar.can_be_finite_verb(word[len(particle) :])
        for particle in PARTICLES
    )


def _main_clause_verb(tokens: Sequence[Word], at: int) -> bool:
    """A finite verb second in its sentence: "Daneben können", "Dann haben"."""
    word = tokens[at].text
    return at == 1 and word.islower() and grammar.can_be_finite_verb(word)


def _symbol(text: str) -> bool:
    """A single letter standing for a note, a variable or a value."""
    return len(text) == 1 and text.isalpha()


def _comparative(word: str) -> bool:
    """ "heller", "größer": an adjective's comparative (the tagger may know only a noun)."""
    if "ADJ(D)" in tags(word):
        return True
    return word.endswith("er") and "ADJ(D)" in tags(word[:-2])


def _compared(tokens: Sequence[Word], index: int) -> bool:
    """Whether "als" follows in the clause: "…, die dichter beieinander liegen als …"."""
    return any(token.text == "als" for token in clause_after(tokens, index))


def _before_nominal_infinitive(tokens: Sequence[Word], index: int) -> bool:
    """An infinitive follows that is itself the head: a genitive or a finite verb comes next."""
    if index + 2 >= len(tokens) or not grammar.can_be_infinitive(tokens[index + 1].text):
        return False
    after = tokens[index + 2].text
    finite = grammar.can_be_finite_verb(after) and not grammar.can_be_infinitive(after)
    return after in ATTRIBUTE_OPENERS or (finite and after not in _GOVERNORS)


def _infinitive_is_head(tokens: Sequence[Word], at: int, index: int) -> bool:
    """ "das flüssige lesen", "Wir üben das laute lesen täglich": after a determiner and
    adjectives whose endings agree with it, an infinitive is the phrase's noun.

    Not where it may be the finite verb of a clause the phrase opens ("Das neue
    lernen wir", "Des weiteren befinden sich"), nor where a verb of the clause
    takes a bare infinitive ("will das Neue lernen", "im allgemeinen sagen kann").
    """
    if index - at < 2 or index >= len(tokens) or not tokens[index].text.islower():
        return False
    determiner = tokens[at].text
    if not all(_agreeing_adjective(determiner, token.text) for token in tokens[at + 1 : index]):
        return False
    if not grammar.can_be_infinitive(tokens[index].text):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or is_boundary(following) or following.text in BOUNDARY_MARKS:
        # "…, die das Gleiche durchleben.", "zur nächsten upgraden)": a clause may end in its
        # verb, after an adjective whose noun is left out.
        return False
    if following.text[:1].isupper() or following.text == "zu" or following.text in _GOVERNORS:
        return False  # "die spitzen Klammern": an adjective before its noun
    subject_next = following.text.lower() in (ARTICLES | PERSONAL_PRONOUNS)
    if subject_next and following.text.lower() not in ATTRIBUTE_OPENERS:
        return False  # "Das neue lernen wir", "zum anderen bleiben die Farben": a verb second
    opening = at == 0 or (at == 1 and tokens[0].text.lower() in PREPOSITIONS_PLAIN)
    if opening and not grammar.can_be_finite_verb(following.text):
        return False  # "Des weiteren befinden sich …"
    return not _infinitive_taken(tokens, index)


def _infinitive_taken(tokens: Sequence[Word], index: int) -> bool:
    """Whether a word before ``index`` in its clause takes a bare infinitive (a modal,
    "werden", "lassen" …), or "sich" shows a reflexive verb: "sich für den richtigen
    entscheiden"."""
    return any(
        token.text.lower() in _GOVERNORS or token.text == "sich"
        for token in clause_before(tokens, index)
    )


def _neuter_attributes(tokens: Sequence[Word], at: int, index: int) -> bool:
    """ "ein langes warten", "kein bloßes lesen", "mit einem langen warten": after an
    indefinite determiner, adjectives in the neuter singular's ending show that the
    infinitive after them is its noun; "ein" alone may be a verb's particle."""
    determiner = tokens[at].text.lower()
    between = [token.text for token in tokens[at + 1 : index]]
    if determiner in ("einem", "keinem") or determiner in _POSSESSIVE_NEUTER:
        ending = "en" if determiner.endswith("em") else "es"  # "einem langen", "sein ganzes"
    elif determiner in ("ein", "kein"):
        ending = "es"
    else:
        return False
    return bool(between) and all(
        _agreeing_adjective(determiner, word) and word.endswith(ending) for word in between
    )


def _agreeing_adjective(determiner: str, word: str) -> bool:
    """An inflected adjective with an ending its determiner allows ("beim lauten"); no
    pronoun-like word ("die anderen", "das meiste"), which stands for a noun of its own."""
    return (
        word.isalpha()
        and word.islower()
        and inflected_adjective(word)
        and bool(attributive_fits(determiner, word))
        and not pronoun_like(word)
    )


def _nominal_end(tokens: Sequence[Word], index: int) -> bool:
    """ "prägt fürs ganze leben.", "das weitere leben ist": an infinitive no verb governs.

    It must end its phrase, or take a prepositional attribute ("nach einem kurzen
    aufwärmen bei …"); a boundary or a finite verb follows, not a subject
    after a verb put second: "des weiteren befinden sich"), and nothing in the
    clause may take a bare infinitive: only modals, "werden", "lassen", verbs
    of perception and motion, and "zu" do ("im allgemeinen sagen kann").
    """
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    attribute = after is not None and after.text in PREPOSITIONS  # "dem aufwärmen bei 7 km/h"
    if after is not None and not (is_boundary(after) or attribute) and after.text not in ".!?":
        following = after.text.lower()
        if not (grammar.can_be_finite_verb(following) and not grammar.can_be_infinitive(following)):
            return False
        if following in _GOVERNORS:
            return False
    return not _infinitive_taken(tokens, index)


def _no_adjective_after(article: str, word: str) -> bool:
    """ "dem alter", "das ernst": no adjective ends so after this article; the word is the noun.

    After "dem", "den", "des" an adjective ends in "-en", after "der", "die", "das"
    in "-e" or "-en"; any other form of a word the lexicon lists as a noun is that noun.
    Other determiners go by their own ending: "unserem alter", "dieses alters".
    """
    endings = _WEAK_ENDINGS.get(article) or _determiner_endings(article)
    if endings is None:
        return False
    # "ihre wünsche": a possessive claims a noun, and "wünsche" is no adjective; only an
    # article stands alone as a pronoun before a verb ("die wünsche ich mir")
    claimed = _possessive(article) and not _may_be_adjective(word)
    if not claimed and (word.endswith(endings) or grammar.can_be_finite_verb(word)):
        return False
    if article not in _WEAK_ENDINGS and inflected_adjective(word) and not word.endswith("er"):
        return False  # "eines großem (Pakets)": an adjective with a slipped ending
    upper = word[:1].upper() + word[1:]
    return nouns.is_listed(upper) and not tags(word) & _NOT_NOUN_READINGS


def _possessive(determiner: str) -> bool:
    """ "ihre", "unserem", "seines": a possessive, which stands before its noun."""
    return any(
        determiner == stem + ending
        for stem in POSSESSIVE_STEMS
        for ending in ("", "e", "en", "em", "er", "es")
    )


def _may_be_adjective(word: str) -> bool:
    """ "alte", "besten": a form an adjective takes, by the lexicon or the tagger."""
    return inflected_adjective(word) or any(tag.startswith("ADJ") for tag in tags(word))


def _determiner_endings(determiner: str) -> tuple[str, ...] | None:
    """What an adjective after an inflected possessive or pronoun ends in (mixed declension)."""
    if determiner not in ARTICLES or len(determiner) < 4 or determiner in _WEAK_ENDINGS:
        return None
    if determiner.endswith(("em", "en")):
        return ("en",)
    if determiner.endswith(("es", "er", "e")):
        return ("e", "en")
    return None  # "ein", "sein", "unser": "-er" and "-es" are adjectives' endings too


def _noun_after_contraction(word: str) -> bool:
    upper = word[:1].upper() + word[1:]
    return nouns.is_listed(upper) and not tags(word) & _NOT_NOUN_READINGS


def _counts_times(before: str) -> bool:
    """ "erste", "nächstes", "jedes": before "Mal" these make it the noun, not "einmal"."""
    lower = before.lower()
    inflected = lower.endswith(("e", "en", "es", "er"))
    return before.islower() and (
        lower in ("jedes", "dieses", "manches") or (ordinal(lower) and inflected)
    )


def _predicate_of_alles(tokens: Sequence[Word], at: int, index: int) -> bool:
    """ "es ist alles öde": right after a copula "alles" is the subject, and an adjective whose
    plain form ends in "-e" (öde, müde, leise) is its predicate, which has no ending.
    "alles Gute", "wünscht alles Böse": an object, so the adjective is nominal."""
    return (
        at == index - 1
        and at > 0
        and tokens[at - 1].text in _COPULAS
        and "ADJ(D)" in tags(tokens[index].text)
    )


def _ends_subordinate_clause(tokens: Sequence[Word], index: int) -> bool:
    """ "…, in dessen Verlauf er alles entfernte, …": a finite verb closing its clause.

    A clause opened by a subordinator or a relative pronoun ends in its
    finite verb; with no other finite verb in it, a verb form before the
    comma is that verb.
    """
    word = tokens[index].text
    after = tokens[index + 1].text if index + 1 < len(tokens) else "."
    if after not in BOUNDARY_MARKS or not grammar.can_be_finite_verb(word):
        return False
    clause = clause_before(tokens, index)
    opener = [token.text.lower() for token in clause[:2]]
    opened = bool(opener) and (
        opener[0] in SUBORDINATORS
        or opener[0] in RELATIVE_PRONOUNS
        or (len(opener) > 1 and opener[1] in RELATIVE_PRONOUNS)  # "in dessen", "mit denen"
    )
    return opened and not any(grammar.can_be_finite_verb(token.text) for token in clause[1:])


def _relative_after(tokens: Sequence[Word], index: int) -> bool:
    """ "zu dem machen, was …": the article is a pronoun that a relative clause explains."""
    after = tokens[index + 2].text.lower() if index + 2 < len(tokens) else ""
    return after in ("was", "wer", "der", "die", "das", "welche", "welches")


def determiner_at(tokens: Sequence[Word], index: int) -> int | None:
    """The index of the determiner claiming ``tokens[index]``, past attributive adjectives.

    The determiner is looked up first, by set membership, and only then are the
    words between asked whether they are adjectives: most words have no
    determiner close before them, and the tagger is slow.
    """
    for at in range(index - 1, max(index - 2 - _MAX_ADJECTIVES, -1), -1):
        if not is_word(tokens[at]):
            return None
        if _is_determiner(tokens[at].text.lower()):
            break
    else:
        return None
    if tokens[at].text.lower() == "am" and at < index - 1:
        return None  # "am besten aufpassen": "am" claims only the word right after it
    between = tokens[at + 1 : index]
    if all(
        word.text.islower() and (inflected_adjective(word.text) or word.text in _DEGREE)
        for word in between
    ):
        return at  # "etwas sehr Wichtiges", "beim schnellen Lesen"
    return None


def _is_determiner(lower: str) -> bool:
    return (
        lower in CONTRACTIONS
        or lower in DEFINITE
        or lower in QUANTIFIERS
        or lower in ARTICLES
        or lower == "alles"
    )


def _closes_clause(tokens: Sequence[Word], at: int, index: int) -> bool:
    """A conjunction before the determiner and a mark after the word: a clause, verb last."""
    opener = tokens[at - 1].text.lower() if at > 0 else ""
    last = index + 1 >= len(tokens) or not is_word(tokens[index + 1])
    return last and (opener in SUBORDINATORS or opener in _CONJUNCTIONS_TOO)


def _fits(trigger: str, word: str, kind: str, dative: bool = False) -> bool:
    """Whether this determiner nominalizes this kind of word at all; ``dative``: a
    preposition governing the dative stands before it."""
    if trigger in QUANTIFIERS:
        # "etwas Neues", and after "mit" or "nach" the dative "etwas Neuem"
        return kind == "adjective" and word.endswith(("es", "em") if dative else "es")
    if trigger == "alles":
        return kind == "adjective" and word.endswith("e")  # "alles Gute"
    if kind == "verb" and trigger in _NOT_NEUTER_SINGULAR:
        # A nominalized infinitive is neuter ("das Fehlen"): "Daten die fehlen" is a
        # relative clause, unless the noun has a plural of its own ("die Schreiben").
        return not ARTICLE_FITS[trigger].isdisjoint(nouns.analyses(capitalised(word)))
    if trigger in ARTICLES and trigger not in DEFINITE:
        if kind == "verb":  # "sein leben", "unser essen": an infinitive the lexicon lists as noun
            return trigger in _POSSESSIVE_NEUTER and nouns.is_listed(word[:1].upper() + word[1:])
        return kind == "noun" and not grammar.can_be_finite_verb(word)  # "seine zeit"
    if kind == "adjective" and trigger in _ELLIPSIS:
        return False  # "die falsche (Wahl)", "zur größten (Verbindung)": the noun is implied
    if trigger == "am":
        return kind != "adjective"  # "am besten" is a superlative, "am Laufen" nominal
    if trigger == "aufs":
        return not word.endswith(("ste", "sten"))  # "aufs Beste" and "aufs beste" both stand
    return True


def _may_govern_dative(word: str) -> bool:
    """ "mit", "nach", "in": a preposition after which a noun may stand in the dative."""
    return word in PREPOSITIONS and PREPOSITION_CASES.get(word, "dat") == "dat"


def _after_preposition(tokens: Sequence[Word], at: int) -> bool:
    return at > 0 and tokens[at - 1].text.lower() in PREPOSITIONS_PLAIN
