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
from dataclasses import dataclass

from services.processor.checker import grammar, nouns
from services.processor.checker.case_words import (
    CONTRACTIONS,
    COORDINATORS,
    DEFINITE,
    FUNCTION_WORDS,
    INDEFINITE,
    PREPOSITIONS_PLAIN,
    QUANTIFIERS,
    inflected_adjective,
    listed,
    may_continue_phrase,
    nominal_kind,
    ordinal,
    pronoun_like,
    tags,
)
from services.processor.checker.clauses import is_boundary
from services.processor.checker.lexicon import ARTICLES
from services.processor.checker.tokens import Word, is_word

# After an infinitive these open its attribute, which only a noun has: "das Lesen der Akten".
_ATTRIBUTE_OPENERS = frozenset(["des", "der", "von", "vom", "eines", "einer"])
_GENITIVE = frozenset(["des", "eines", "dieses", "jedes", "jenes", "seines", "ihres", "unseres"])
# Prepositions that also introduce infinitives or follow their noun.
_NOT_BEFORE_NOUN = frozenset(["zu", "um", "ohne", "statt", "anstatt", "nach", "entlang", "zufolge"])
_PRONOUN_TAGS = frozenset(["PIS", "PIAT", "PDS", "PDAT", "PPOSS", "PPOSAT", "PRELS", "PWS"])
_POSSESSIVES = frozenset(["mein", "dein", "euer", "kein", "meines", "deines", "eures"])
_PHRASE_GOES_ON = frozenset(["-", "„", "»", "“", "‚", "'", '"', "(", "bis", "mal"])
# After these an adjective without its noun is usually an ellipsis of a noun said before:
# "Die wichtigste (Frage) ist …". Neuter "das", "des", "im" and plural "den" nominalize.
_ELLIPSIS = frozenset(["der", "die", "dem", "zur"])
# Adjectives that may stand between the determiner and the nominal word: "beim schnellen Lesen".
_MAX_ADJECTIVES = 2


@dataclass(frozen=True, slots=True)
class Nominal:
    """The determiner that makes the word nominal, and what kind of word it nominalizes."""

    trigger: str
    kind: str


def nominalized(tokens: Sequence[Word], index: int) -> Nominal | None:
    """Whether lower-case ``tokens[index]`` is used as a noun and should be capitalised."""
    word = tokens[index].text
    if len(word) < 3 or word in FUNCTION_WORDS:
        return None
    if _genitive_infinitive(tokens, index) or _infinitive_with_attribute(tokens, index):
        return Nominal(tokens[index - 1].text, "verb")
    if _nominal_after_preposition(tokens, index):
        return Nominal(tokens[index - 1].text, "adjective")
    at = _determiner(tokens, index)
    if at is None:
        return _bare_neuter(tokens, index)
    trigger = tokens[at].text.lower()
    kind = "noun" if word == "mal" and ordinal(tokens[index - 1].text) else nominal_kind(word)
    if kind is None or not _fits(trigger, word, kind):
        return None
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    attribute = kind == "verb" and following in _ATTRIBUTE_OPENERS
    if kind == "verb" and at < index - 1 and not attribute:
        return None  # "im allgemeinen sagen": the adjective may be the nominal word instead
    if kind == "adjective" and trigger == "das" and grammar.can_be_finite_verb(word):
        following = tokens[index + 1].text if index + 1 < len(tokens) else "."
        verbal = following.isalpha() and (
            grammar.can_be_infinitive(following)
            or grammar.can_be_finite_verb(following)
            or "VV(PP)" in tags(following)
        )
        if following.isalpha() and following not in PREPOSITIONS_PLAIN and not verbal:
            return None  # "Das besagte auch …": a pronoun and its verb
    after_preposition = _after_preposition(tokens, at)
    strong = (
        trigger not in DEFINITE
        or trigger == "des"
        or after_preposition
        or (kind == "noun" and not grammar.can_be_finite_verb(word))
        or (trigger == "das" and kind == "adjective" and word.endswith("e"))  # "das Beste an"
    )
    strong = strong or attribute  # "das besuchen von Konzerten", "dem nachahmen der Vorbilder"
    verbs = kind == "adjective" and (trigger in CONTRACTIONS or after_preposition)
    if not _phrase_ends(tokens, index, strong=strong, verbs=verbs):
        return None
    if at > 0 and tokens[at - 1].text.lower() in ("als", "wie") and kind == "adjective":
        return None  # "strenger als das heutige (System)": a comparison leaves out the noun
    if not strong and (at > 0 and tokens[at - 1].text == ","):
        return None  # "…, die spielen wollen": a relative pronoun
    return Nominal(tokens[at].text, kind)


def _infinitive_with_attribute(tokens: Sequence[Word], index: int) -> bool:
    """ "durch sammeln von Erfahrungen", "ein richtiges erleben der Welt": only nouns take these."""
    if index == 0 or index + 1 >= len(tokens) or tokens[index + 1].text not in _ATTRIBUTE_OPENERS:
        return False
    before = tokens[index - 1].text
    lower = before.lower()
    if lower in DEFINITE and index > 1 and tokens[index - 2].text == ",":
        return False  # "…, die spielen der …": a relative clause
    claimed = (
        lower in DEFINITE
        or lower in INDEFINITE
        or lower in CONTRACTIONS
        or (lower in PREPOSITIONS_PLAIN and lower not in _NOT_BEFORE_NOUN)
        or (before.islower() and inflected_adjective(lower))
    )
    word = tokens[index].text
    return claimed and nominal_kind(word) == "verb" and "ADJ(A)" not in tags(word)


def _nominal_after_preposition(tokens: Sequence[Word], index: int) -> bool:
    """ "mit freunden", "von jugendlichen", "als erwachsener": a listed noun, small, no article.

    Only words the noun lexicon lists capitalised count: "Jugendliche" is a noun
    of its own, while "von neuem" or "seit langem" may stay small.
    """
    if index == 0:
        return False
    before, word = tokens[index - 1].text, tokens[index].text
    if (before not in PREPOSITIONS_PLAIN and before != "als") or before in _NOT_BEFORE_NOUN:
        return False  # "zu lernen", "ohne zu fragen", "Meiner Meinung nach spielen …"
    kind = nominal_kind(word) if nouns.is_listed(word[:1].upper() + word[1:]) else None
    if kind not in ("noun", "adjective") or "ADV" in tags(word) or word.endswith("em"):
        return False  # "von morgen"; "seit kurzem", "von neuem" may be small (K 72)
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if following in COORDINATORS or following in ("als", "wie", "aber", "sondern"):
        return False  # "durch gute oder schlechte Erfahrungen": the noun may come later
    if before == "als" and not word.endswith("er"):
        return False  # "als Jugendlicher", but "als positive (Eigenschaft)"
    return _phrase_ends(tokens, index, strong=True, verbs=False)


def _genitive_infinitive(tokens: Sequence[Word], index: int) -> bool:
    """ "des ausprobierens": an infinitive with the genitive "-s" only a noun takes."""
    word = tokens[index].text
    if index == 0 or not word.endswith("ens"):
        return False
    before = tokens[index - 1].text.lower()
    if before not in _GENITIVE and not (
        index > 1 and tokens[index - 2].text.lower() in _GENITIVE and inflected_adjective(before)
    ):
        return False  # neither "des ausprobierens" nor "des ständigen ausprobierens"
    stem = word[:-1]
    return listed(stem) and bool(tags(stem) & {"VV(INF)", "VA(INF)", "VM(INF)"})


def _bare_neuter(tokens: Sequence[Word], index: int) -> Nominal | None:
    """ "für neues offen", "nur schlechtes sagen": an "-es" adjective no article or noun claims.

    Without a determiner, "-es" is the strong neuter ending, which an adjective
    has only before its noun or as a noun itself; predicates never inflect.
    """
    word = tokens[index].text
    if not word.endswith("es") or pronoun_like(word) or nominal_kind(word) != "adjective":
        return None
    if tags(word) & _PRONOUN_TAGS:
        return None  # "folgendes", "manches", "solches"
    before = tokens[index - 1] if index > 0 else None
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if following in ("als", "wie", ")"):
        return None  # "kritisches als auch ironisches Zitat", "ein (finanzielles) Problem"
    if before is not None and is_word(before):
        lower = before.text.lower()
        if lower == "als":
            return None  # "als Erstes" and "als erstes": the rule's editions disagree
        if lower in ARTICLES or lower in INDEFINITE or lower in _POSSESSIVES:
            return None  # "ein neues", "sein eigenes": an ellipsis of a noun said before
        if before.text.islower() and inflected_adjective(lower):
            return None
    if not _phrase_ends(tokens, index, strong=True):
        return None
    return Nominal(before.text if before is not None else "", "bare")


def _determiner(tokens: Sequence[Word], index: int) -> int | None:
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
    if all(word.text.islower() and inflected_adjective(word.text) for word in between):
        return at
    return None


def _is_determiner(lower: str) -> bool:
    return (
        lower in CONTRACTIONS
        or lower in DEFINITE
        or lower in QUANTIFIERS
        or lower in ARTICLES
        or lower == "alles"
    )


def _fits(trigger: str, word: str, kind: str) -> bool:
    """Whether this determiner nominalizes this kind of word at all."""
    if trigger in QUANTIFIERS:
        return kind == "adjective" and word.endswith("es")  # "etwas Neues"
    if trigger == "alles":
        return kind == "adjective" and word.endswith("e")  # "alles Gute"
    if trigger in ARTICLES and trigger not in DEFINITE:
        return kind == "noun" and not grammar.can_be_finite_verb(word)  # "seine zeit"
    if kind == "adjective" and trigger in _ELLIPSIS:
        return False  # "die falsche (Wahl)", "zur größten (Verbindung)": the noun is implied
    if trigger == "am":
        return kind != "adjective"  # "am besten" is a superlative, "am Laufen" nominal
    if trigger == "aufs":
        return not word.endswith(("ste", "sten"))  # "aufs Beste" and "aufs beste" both stand
    return True


def _after_preposition(tokens: Sequence[Word], at: int) -> bool:
    return at > 0 and tokens[at - 1].text.lower() in PREPOSITIONS_PLAIN


def _phrase_ends(tokens: Sequence[Word], index: int, *, strong: bool, verbs: bool = True) -> bool:
    """Whether no noun (or further adjective) follows that the determiner could claim instead.

    With ``verbs``, an infinitive after the word may be the nominal head
    instead ("beim schnellen lesen"); after "das" or "etwas" it is the verb
    ("das gleiche haben", "etwas neues lernen").
    """
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None:
        return strong
    if following.text in _PHRASE_GOES_ON or following.text[:1] in "-0123456789":
        return False  # "des öffentlichen-", "das sogenannte „…“", "in den letzten 10 Jahren"
    if following.text in COORDINATORS or following.text.lower() in COORDINATORS:
        return strong and not _coordinated_adjective(tokens, index + 2)
    if not is_word(following):
        return strong
    if following.text[:1].isupper():
        return False
    if may_continue_phrase(following.text, verbs=verbs):
        return False
    if strong:
        return True
    # A bare article: the nominal word must be the subject of a verb that does not end the clause.
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    return (
        grammar.can_be_finite_verb(following.text)
        and after is not None
        and not is_boundary(after)
        and after.text != "."
    )


def _coordinated_adjective(tokens: Sequence[Word], start: int) -> bool:
    """ "im ersten und zweiten Kapitel", "im politischen oder einem anderen Bereich".

    After "und" (or a comma) an article, adverbs and adjectives may lead on to the
    noun both adjectives share; then the first word is attributive, not nominal.
    """
    at = start
    if at < len(tokens) and tokens[at].text == ".":
        at += 1  # "bzw."
    if at < len(tokens) and tokens[at].text.lower() in ARTICLES:
        at += 1
    first = at
    while at < len(tokens) and at < first + 6:
        word = tokens[at].text
        if not (
            word in COORDINATORS
            or word.islower()
            and (inflected_adjective(word) or "ADV" in tags(word))
        ):
            break
        at += 1
    return at < len(tokens) and tokens[at].text[:1].isupper()
