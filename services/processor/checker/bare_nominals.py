"""Nominal words no article claims: "durch sammeln von", "mit freunden", "für neues offen".

Without a determiner the evidence must come from the word's own form or what
follows it: an infinitive with an attribute ("von", a genitive article) or a
genitive "-s" is a noun; so is a word the noun lexicon lists capitalised after
a bare preposition; and an "-es" adjective no article or noun claims is one
(predicates never inflect, so "-es" marks a noun or its attribute).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from services.processor.checker import grammar, nouns
from services.processor.checker.case_words import (
    ADVERBIAL_PHRASES,
    CONTRACTIONS,
    COORDINATORS,
    DEFINITE,
    INDEFINITE,
    PREPOSITIONS_PLAIN,
    capitalised,
    english_term,
    inflected_adjective,
    listed,
    nominal_kind,
    pronoun_like,
    tags,
)
from services.processor.checker.clauses import clause_before, is_boundary, is_noun
from services.processor.checker.ellipsis import picks
from services.processor.checker.lexicon import ARTICLES
from services.processor.checker.noun_phrase import MODIFIER_TAGS, Nominal, phrase_ends
from services.processor.checker.tokens import Word, is_word

# After an infinitive these open its attribute, which only a noun has: "das Lesen der Akten".
# Words that open a genitive or "von" attribute, which only a noun takes: "das lesen solcher
# Texte", "das erkennen aller Fehler".
ATTRIBUTE_OPENERS = frozenset(
    ["des", "der", "von", "vom", "eines", "einer"]
    + ["dieser", "jener", "solcher", "aller", "vieler", "einiger", "mehrerer", "zahlreicher"]
    + ["seiner", "ihrer", "unserer"]
)
_GENITIVE = frozenset(["des", "eines", "dieses", "jedes", "jenes", "seines", "ihres", "unseres"])


def opens_attribute(tokens: Sequence[Word], at: int) -> bool:
    """Whether ``tokens[at]`` opens a genitive or "von" attribute, which only a noun takes:
    "der", "solcher", or an adjective in -er before a plural ("einzelner Einheiten")."""
    if at >= len(tokens):
        return False
    word = tokens[at].text
    if word in ATTRIBUTE_OPENERS:
        return True
    noun = tokens[at + 1].text if at + 1 < len(tokens) else ""
    adjective = word.islower() and word.endswith("er") and "ADJ(A)" in grammar.word_tags(word)
    return adjective and "pl.gen" in nouns.compound_analyses(noun)


# Participles that point to what stands before or after, not to people.
_POINTING = ("folgend", "stehend", "entsprechend", "betreffend", "genannt", "erwähnt")
# Prepositions that also introduce infinitives or follow their noun.
_NOT_BEFORE_NOUN = frozenset(["zu", "um", "ohne", "statt", "anstatt", "nach", "entlang", "zufolge"])
# Nouns in fixed phrases whose lower-case form is another word ("ende", "wert") or English.
_AFTER_ZU = frozenset(["ende", "hause", "beginn", "anfang", "fuß"])
_WITH_VERB = {
    "wert": frozenset(["legen", "legt", "legte", "legten", "gelegt", "lege", "legst"]),
    "lust": frozenset(["haben", "hat", "hatte", "hatten", "habe", "hast", "habt", "keine"]),
}
_PRONOUN_TAGS = frozenset(["PIS", "PIAT", "PDS", "PDAT", "PPOSS", "PPOSAT", "PRELS", "PWS"])
_POSSESSIVES = frozenset(["mein", "dein", "euer", "kein", "meines", "deines", "eures"])
# How many words a bracket of attributes holds: "(echtes oder virtuelles)".
_BRACKET_REACH = 6
# How many adverbs may grade the adjective after its article: "ein ganz neues".
_GRADING_REACH = 2


def bare_nominal(tokens: Sequence[Word], index: int) -> Nominal | None:
    """Whether small ``tokens[index]`` is a noun although no determiner stands before it."""
    if _genitive_infinitive(tokens, index) or _infinitive_with_attribute(tokens, index):
        return Nominal(tokens[index - 1].text, "verb")
    kind = _nominal_after_preposition(tokens, index)
    if kind is not None:
        return Nominal(tokens[index - 1].text, kind)
    return _fixed_nominal(tokens, index)


def _fixed_nominal(tokens: Sequence[Word], index: int) -> Nominal | None:
    """ "im Großen und Ganzen", "als Ganzes": fixed phrases of nominal adjectives (§ 57 (1)).

    "jeder einzelne" would be one too, but writers and KoKo's annotators keep it
    small more often than not: flagging it cost more false alarms than it found.
    """
    word = tokens[index].text
    whole = [t.text.lower() for t in tokens[max(index - 3, 0) : index + 1]]
    if word == "ganzen" and whole == ["im", "großen", "und", "ganzen"]:
        return Nominal("und", "adjective")
    before = whole[-2] if len(whole) > 1 else ""
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if (before, word) == ("als", "ganzes") and not following[:1].isupper():
        return Nominal("als", "adjective")  # "das System als Ganzes", not "als ganzes Jahr"
    if before == "zu" and word in _AFTER_ZU:
        return Nominal(f"zu {capitalised(word)}", "phrase")  # "zu Ende", "zu Hause"
    verbs = _WITH_VERB.get(word)
    neighbours = {t.text.lower() for t in tokens[max(index - 1, 0) : index + 2]}
    if verbs is not None and neighbours & verbs:
        verb = "haben" if word == "lust" else "legen"
        return Nominal(f"{capitalised(word)} {verb}", "phrase")  # "Wert legen auf"
    return None


def _infinitive_with_attribute(tokens: Sequence[Word], index: int) -> bool:
    """ "durch sammeln von Erfahrungen", "ein richtiges erleben der Welt": only nouns take these."""
    if index == 0 or not opens_attribute(tokens, index + 1):
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
        or (
            before.islower() and inflected_adjective(lower) and _neuter_attribute(tokens, index - 1)
        )
    )
    word = tokens[index].text
    return claimed and nominal_kind(word) == "verb" and not tags(word) & {"ADJ(A)", "CARD"}


def _neuter_attribute(tokens: Sequence[Word], at: int) -> bool:
    """Whether the adjective at ``at`` may describe a nominalized infinitive, which is neuter.

    Without a determiner before it that takes "-es" or "-em" ("durch ständiges
    Üben"): "wieder andere kommen von …" is a plural subject and its verb.
    """
    before = tokens[at - 1].text.lower() if at > 0 else ""
    determined = before in DEFINITE or before in INDEFINITE or before in CONTRACTIONS
    return determined or not tokens[at].text.endswith(("e", "er"))


def _nominal_after_preposition(tokens: Sequence[Word], index: int) -> str | None:
    """ "mit freunden", "von jugendlichen", "als erwachsener": a listed noun, small, no article.

    The answer is what the word is, "noun" or "adjective", or None where it is no noun.

    Only words the noun lexicon lists capitalised count: "Jugendliche" is a noun
    of its own, while "von neuem" or "seit langem" may stay small.
    """
    if index == 0:
        return None
    before, word = tokens[index - 1].text.lower(), tokens[index].text
    if index > 1 and before == "als":
        before = tokens[index - 1].text  # "Als Jugendlicher" opens a sentence; "wie als" not
    dative = word.endswith("em") and (before, word) not in ADVERBIAL_PHRASES and before != "zu"
    if before not in PREPOSITIONS_PLAIN and before != "als":
        return None
    if before in _NOT_BEFORE_NOUN and not dative:
        return None  # "zu lernen", "ohne zu fragen", "Meiner Meinung nach spielen …"
    if english_term(word):
        return None  # "mit none", "von strings": an English keyword or a name, no noun
    listed_noun = nouns.is_listed(word[:1].upper() + word[1:]) or participle_noun(word)
    kind = nominal_kind(word) if listed_noun else None
    if dative and nominal_kind(word) == "adjective" and not tags(word) & {"PIS", "PIAT"}:
        kind = "adjective"  # "nach Neuem": no fixed adverbial phrase (§ 58 (3))
    if kind not in ("noun", "adjective") or tags(word) & {"ADV", "CARD"}:
        return None  # "von morgen"
    if word.endswith("em") and not dative:
        return None  # "seit kurzem", "von neuem" may be small (§ 58 (3))
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if (following in COORDINATORS and not dative) or following in ("als", "wie", "aber", "sondern"):
        return None  # "durch gute oder schlechte Erfahrungen": the noun may come later
    if before == "als" and not word.endswith("er"):
        return None  # "als Jugendlicher", but "als positive (Eigenschaft)"
    if kind == "adjective" and _ellipsis(tokens, index):
        return None
    if kind == "adjective" and following.islower() and nouns.is_listed(capitalised(following)):
        return None  # "in weiten teilen": the noun after it is written small, not the adjective
    return kind if phrase_ends(tokens, index, strong=True, verbs=False) else None


def participle_noun(word: str) -> bool:
    """ "teilnehmenden", "befragte": a participle with an adjective's ending, the way German
    names people by what they do or undergo ("Teilnehmende", "Befragte"), though the noun
    lexicon lists only some of them."""
    if not word.islower() or "ADJ(A)" not in tags(word):
        return False
    if word.removesuffix("n").removesuffix("e").endswith(_POINTING):
        return False  # "durch folgende ersetzt": they point to a noun said elsewhere
    if word.endswith(("ende", "enden")):
        return "VV(INF)" in tags(word.removesuffix("n")[:-2])  # "teilnehmen"
    if word.endswith(("te", "ten")):
        return "VV(PP)" in tags(word.removesuffix("n")[:-1])  # "befragt"
    return False


def _ellipsis(tokens: Sequence[Word], index: int) -> bool:
    """ "progressive Gedanken auf konservative", "Linkes Bild in 8 Bit, rechtes in 32 Bit": an
    adjective like one used with a noun before, capitalised only as the sentence's first."""
    ending = tokens[index].text[-2:]
    return any(
        (earlier.text.islower() or (at == 0 and inflected_adjective(earlier.text.lower())))
        and earlier.text.endswith(ending)
        and noun.text[:1].isupper()
        for at, (earlier, noun) in enumerate(itertools.pairwise(tokens[:index]))
    )


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
    return listed(stem) and bool(tags(stem) & grammar.INFINITIVE_TAGS)


def _noun_after_bracket(tokens: Sequence[Word], index: int) -> bool:
    """Whether the bracket ``tokens[index]`` stands in closes soon, right before a noun."""
    for at in range(index + 1, min(index + _BRACKET_REACH, len(tokens) - 1)):
        if tokens[at].text == ")":
            return tokens[at + 1].text[:1].isupper()
    return False


def _determiner_before(tokens: Sequence[Word], index: int) -> bool:
    """Whether an article or possessive leads the adjective, past adverbs that grade it:
    "ein neues", "ein selbst erstelltes", "sein ganz eigenes"."""
    for at in range(index - 1, max(index - 2 - _GRADING_REACH, -1), -1):
        lower = tokens[at].text.lower()
        if lower in ARTICLES or lower in INDEFINITE or lower in _POSSESSIVES:
            return True
        if not _grading(tokens[at].text):
            return False
    return False


def _grading(word: str) -> bool:
    """ "selbst", "sehr", "völlig": an adverb or an uninflected adjective, which grades the
    adjective after it and belongs to its phrase."""
    return word.islower() and bool(tags(word) & MODIFIER_TAGS) and not inflected_adjective(word)


def bare_neuter(tokens: Sequence[Word], index: int) -> Nominal | None:
    """ "für neues offen", "nur schlechtes sagen": an "-es" adjective no article or noun claims.

    Without a determiner, "-es" is the strong neuter ending, which an adjective
    has only before its noun or as a noun itself; predicates never inflect.
    """
    word = tokens[index].text
    # "-em", the strong dative, only where it joins a noun: "von Mutproben und ähnlichem";
    # after a preposition Duden allows the small form ("seit langem", "von neuem")
    joined = index > 1 and tokens[index - 1].text in COORDINATORS and is_noun(tokens[index - 2])
    if not (word.endswith("es") or (joined and word.endswith("em"))):
        return None
    if pronoun_like(word) or nominal_kind(word) != "adjective":
        return None
    if not listed(word):
        return None  # "regexes": an English plural the dictionary lacks, no German adjective
    if tags(word) & _PRONOUN_TAGS:
        return None  # "folgendes", "manches", "solches"
    before = tokens[index - 1] if index > 0 else None
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if following in ("als", "wie", ")"):
        return None  # "kritisches als auch ironisches Zitat", "ein (finanzielles) Problem"
    if before is not None and before.text == "(" and _noun_after_bracket(tokens, index):
        return None  # "ein (echtes oder virtuelles) Paket"
    if picks(word) and _ellipsis(tokens, index):
        return None  # "Linkes Bild in 8 Bit, rechtes in 32 Bit": the noun said before
    if before is not None and is_word(before):
        lower = before.text.lower()
        if lower == "als":
            return None  # "als erstes Land" or "als Erstes": case_phrases judges "als"
        if _determiner_before(tokens, index):
            return None  # "ein neues", "sein eigenes", "ein selbst erstelltes": an ellipsis
            # of a noun said before
        if before.text.islower() and inflected_adjective(lower):
            return None
    if not (phrase_ends(tokens, index, strong=True) or _object_of_clause_final_verb(tokens, index)):
        return None
    return Nominal(before.text if before is not None else "", "bare")


def _object_of_clause_final_verb(tokens: Sequence[Word], index: int) -> bool:
    """ "wir wollen neues ausprobieren.": the infinitive ends the clause, so it is the verb."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    if following is None or not following.text.islower():
        return False
    ends = after is None or is_boundary(after) or after.text in (".", "!", "?")
    governed = any(  # "wir können", "um": something in the clause governs the infinitive
        is_word(token) and grammar.can_be_finite_verb(token.text)
        for token in clause_before(tokens, index)
    )
    return ends and governed and grammar.can_be_infinitive(following.text)
