"""Word groups that turn into one word in a given frame, not everywhere.

- "-erweise" adverbs are one word (§ 39): "möglicherweise"; "in gewisser
  Weise" keeps its preposition and stays apart.
- "genauso … wie" compares and is one word; "genau so" means "exactly thus".
- "vielmehr" after "sondern" corrects ("sondern vielmehr die Frage"); "viel
  mehr" before a noun or "als" counts and stays apart.
- "so viel", "so weit", "zurzeit", "nachdem", "allerschönste": the words
  around them tell the adverb or conjunction from the phrase.
- "zurecht" mid-clause, before a word it does not join, is "zu Recht".
- After a span of time "indem" opens a relative clause, "in dem": "der Zeitraum, in dem".
- "so lange" opening a verb-final clause is the conjunction "solange".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from services.processor.checker import grammar, nouns
from services.processor.checker.clauses import BOUNDARY_MARKS, COORDINATORS, clause_after
from services.processor.checker.compound_lexicon import Fix, listed
from services.processor.checker.compound_nominal import NEUTER_ARTICLES
from services.processor.checker.lexicon import (
    ARTICLES,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    SEIN_FINITE,
    word_set,
)
from services.processor.checker.tokens import Word, is_word

_OPENERS: Final = word_set("genau viel soviel soweit zur nach seit aller so um zurecht indem")
_SUPERLATIVE: Final = re.compile(r"(?:st|ste|sten|ster|stes|stem|erst|ersten|erste|erstes)$")
# How far "genau so" may stand from its "wie": "genau so schick aussehen wie …".
_COMPARISON_REACH = 5
_SUBJECT_PRONOUNS: Final = word_set("ich du er sie es wir ihr man")
# What "zur Zeit" (at the time of) takes; without it, "zurzeit" (now) is meant.
_OF_A_TIME: Final = ARTICLES | word_set("als wo da in von meiner deiner eurer")
_GENAU_SO_WORDS: Final = word_set("viel viele wenig wenige gut oft sehr lange")
# Conjunctions of "so" and a word: "solange", "sobald", "sofern", "soweit".
_SO_CONJUNCTIONS: Final = word_set("lange bald fern weit")
# "so weit kommen", and the verbs after which a clause-final "so weit" says how far.
_COMING: Final = word_set("kommen kommt kam kamen gekommen komme")
_SEIN_OR_GEHEN: Final = SEIN_FINITE | word_set("sein geht ging gehen gingen")
_CLAUSE_ENDS: Final = BOUNDARY_MARKS | COORDINATORS
# Spans of time (masculine or neuter) that a clause lies in but is never a means to.
_TIME_SPANS: Final = word_set(
    "Zeitraum Zeitpunkt Moment Augenblick Alter Zeitalter Stadium Jahr Jahrzehnt Jahrhundert"
)


def phrases(tokens: Sequence[Word]) -> Iterator[Fix]:
    for index, token in enumerate(tokens):
        text = token.text
        lower = text.lower()
        if not (lower in _OPENERS or text.endswith("er")):
            continue
        fix = (
            _erweise(tokens, index)
            or _genauso(tokens, index)
            or _vielmehr(tokens, index)
            or _so_adverb(tokens, index)
            or _zurzeit(tokens, index)
            or _zu_recht(tokens, index)
            or _umso(tokens, index)
            or _conjunction(tokens, index)
            or _so_conjunction(tokens, index)
            or _aller(tokens, index)
            or _sowohl(tokens, index)
            or _in_dem(tokens, index)
        )
        if fix is not None:
            yield fix


def _aller(tokens: Sequence[Word], index: int) -> Fix | None:
    """Before a superlative "aller" is its prefix: "aller schönsten" → "allerschönsten"."""
    if tokens[index].text.lower() != "aller" or index + 1 >= len(tokens):
        return None
    # After a noun "aller" is a genitive: "die Meinung aller besten Schüler".
    before = tokens[index - 1].text.lower() if index > 0 else ""
    if before not in NEUTER_ARTICLES and before not in ARTICLES and before not in {"am", "zur"}:
        return None
    superlative = tokens[index + 1].text
    if not superlative[:1].islower() or not _SUPERLATIVE.search(superlative):
        return None
    joined = tokens[index].text + superlative
    if not listed(joined.lower()):
        return None
    return Fix(tokens[index].start, tokens[index + 1].end, joined)


def _erweise(tokens: Sequence[Word], index: int) -> Fix | None:
    if index + 1 >= len(tokens) or tokens[index + 1].text != "Weise":
        return None
    adjective = tokens[index].text
    if index == 0:
        adjective = adjective[:1].lower() + adjective[1:]
    if not adjective.endswith("er") or not adjective[:1].islower():
        return None
    before = tokens[index - 1].text.lower() if index > 0 else ""
    # "in gewisser Weise" keeps its preposition; no article can precede "-er Weise".
    if before in PREPOSITIONS:
        return None
    joined = adjective + "weise"
    if not listed(joined):
        return None
    if index == 0:
        joined = joined[:1].upper() + joined[1:]
    return Fix(tokens[index].start, tokens[index + 1].end, joined)


def _genauso(tokens: Sequence[Word], index: int) -> Fix | None:
    """A comparison with "wie" takes "genauso"; "genau so, wie …" means exactly thus."""
    if index + 2 >= len(tokens):
        return None
    if tokens[index].text.lower() != "genau" or tokens[index + 1].text != "so":
        return None
    following: list[str] = []
    for token in tokens[index + 2 : index + 2 + _COMPARISON_REACH]:
        if not is_word(token):
            break
        following.append(token.text)
    if following and (following[0] in _GENAU_SO_WORDS or "wie" in following):
        joined = "Genauso" if tokens[index].text[0].isupper() else "genauso"
        return Fix(tokens[index].start, tokens[index + 1].end, joined)
    return None


def _vielmehr(tokens: Sequence[Word], index: int) -> Fix | None:
    """The adverb that corrects ("sondern vielmehr", "…, vielmehr wurde …"), not a quantity."""
    if index < 1 or index + 2 >= len(tokens):
        return None
    if tokens[index].text != "viel" or tokens[index + 1].text != "mehr":
        return None
    before, after = tokens[index - 1].text, tokens[index + 2]
    if before == "sondern" and (
        after.text in ARTICLES or after.text in PERSONAL_PRONOUNS or not is_word(after)
    ):
        return Fix(tokens[index].start, tokens[index + 1].end, "vielmehr")
    if before in {",", ";"} and grammar.can_be_finite_verb(after.text):
        return Fix(tokens[index].start, tokens[index + 1].end, "vielmehr")
    return None


def _so_adverb(tokens: Sequence[Word], index: int) -> Fix | None:
    """Before a noun or "dass", "so" is an adverb apart from its word: "so viel Zeit".

    So is "so weit" with "kommen", and at the end of a clause after "sein" or "gehen"
    ("wenn es so weit ist", "geht so weit und …"): the conjunction "soweit" would open
    a clause there, and the adverb "soweit" (in the main) grades a word after it.
    """
    text = tokens[index].text
    if text.lower() not in {"soviel", "soweit"} or index + 1 >= len(tokens):
        return None
    after = [token.text for token in tokens[index + 1 : index + 4]]
    noun = text.lower() == "soviel" and after[0][:1].isupper() and is_word(tokens[index + 1])
    reach = text.lower() == "soweit" and _reaching(tokens, index, after[0])
    if noun or reach or (after[:2] == [",", "dass"]):
        return Fix(tokens[index].start, tokens[index].end, f"{text[:2]} {text[2:]}")
    return None


def _reaching(tokens: Sequence[Word], index: int, following: str) -> bool:
    """ "soweit kommen", "ist soweit.", "wenn es soweit ist,", "geht sogar soweit und …":
    how far things reach."""
    if following.lower() in _COMING:
        return True
    closing = tokens[index + 2].text if index + 2 < len(tokens) else "."
    if following.lower() in _SEIN_OR_GEHEN and closing in _CLAUSE_ENDS:
        return True
    before = [token.text.lower() for token in tokens[max(index - 2, 0) : index]]
    verb_before = bool(before) and (
        before[-1] in _SEIN_OR_GEHEN or (len(before) == 2 and before[0] in _SEIN_OR_GEHEN)
    )
    return verb_before and following in _CLAUSE_ENDS


def _zu_recht(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "verlangt zurecht den Nachweis" → "zu Recht" (rightly): "zurecht" is only a verb's
    particle ("kommt … zurecht", "zurechtfinden"), so mid-clause before a word it does not
    join it is the phrase."""
    if tokens[index].text != "zurecht" or index + 1 >= len(tokens):
        return None
    following = tokens[index + 1].text
    if not is_word(tokens[index + 1]) or following in ("zu", "und", "oder"):
        return None  # "kommt zurecht.", "zurecht zu kommen", "zurecht und …"
    if listed("zurecht" + following.lower()):
        return None  # "zurecht gefunden": the particle written apart, judged elsewhere
    return Fix(tokens[index].start, tokens[index].end, "zu Recht")


def _zurzeit(tokens: Sequence[Word], index: int) -> Fix | None:
    first = tokens[index].text
    opening = first == "Zur" and index == 0  # "Zur Zeit laufen …" opens the sentence
    if not (first == "zur" or opening) or index + 2 >= len(tokens):
        return None
    if tokens[index + 1].text != "Zeit":
        return None
    after = tokens[index + 2]
    if after.text in _OF_A_TIME or after.text[:1].isupper() or after.text == ",":
        return None  # "zur Zeit des Krieges", "zur Zeit, als …"
    return Fix(tokens[index].start, tokens[index + 1].end, f"{first[0]}urzeit")


def _umso(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "je früher, um so besser": "umso" before a comparative; "um so die Kosten zu senken"
    keeps its "um … zu"."""
    if tokens[index].text.lower() != "um" or index + 2 >= len(tokens):
        return None
    if tokens[index + 1].text != "so" or not _comparative(tokens[index + 2].text):
        return None
    if any(token.text == "zu" for token in clause_after(tokens, index)):
        return None  # "um so mehr Daten zu sammeln": "um … zu" with "so" (thereby)
    return Fix(tokens[index].start, tokens[index + 1].end, tokens[index].text + "so")


def _comparative(word: str) -> bool:
    if word in ("mehr", "weniger", "eher", "lieber"):
        return True
    return word.islower() and word.endswith("er") and "ADJ(D)" in grammar.word_tags(word)


def _conjunction(tokens: Sequence[Word], index: int) -> Fix | None:
    """Before a subject pronoun "dem" has no noun: "nach dem er kam" means "nachdem".

    After a comma it may be a relative clause ("der Ort, nach dem man sucht"), so not there.
    """
    first = tokens[index].text.lower()
    if first not in {"nach", "seit"} or index + 2 >= len(tokens):
        return None
    if tokens[index + 1].text != "dem" or tokens[index + 2].text not in _SUBJECT_PRONOUNS:
        return None
    if index > 0 and not is_word(tokens[index - 1]):
        return None
    joined = tokens[index].text + "dem"
    return Fix(tokens[index].start, tokens[index + 1].end, joined)


def _so_conjunction(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "So lange die Werte stabil bleiben, …": "so lange" opening a clause whose verb ends
    it is the conjunction "solange"; so are "sobald", "sofern", "soweit". After a verb
    ("wartete so lange, bis …") or with the verb second ("So lange dauerte es") it is
    the adverb and its word, apart."""
    if tokens[index].text.lower() != "so" or index + 3 >= len(tokens):
        return None
    word = tokens[index + 1].text
    if word not in _SO_CONJUNCTIONS or (index > 0 and tokens[index - 1].text != ","):
        return None
    clause = clause_after(tokens, index + 1)
    if len(clause) < 2 or not all(is_word(token) for token in clause):
        return None
    first, last = clause[0].text, clause[-1].text
    if grammar.can_be_finite_verb(first) or not last.islower():
        return None
    if not grammar.can_be_finite_verb(last) or "VV(PP)" in grammar.word_tags(last):
        return None
    end = tokens.index(clause[-1]) + 1
    after = tokens[end + 1].text if end + 1 < len(tokens) else ""
    if index == 0 and not (tokens[end].text == "," and grammar.can_be_finite_verb(after)):
        return None  # at the sentence's start the main clause's verb follows the comma
    return Fix(tokens[index].start, tokens[index + 1].end, tokens[index].text + word)


def _sowohl(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "so wohl … als auch" is the conjunction "sowohl … als auch"."""
    if tokens[index].text.lower() != "so" or index + 1 >= len(tokens):
        return None
    if tokens[index + 1].text != "wohl":
        return None
    rest = [token.text for token in tokens[index + 2 :]]
    if not any(rest[i : i + 2] == ["als", "auch"] for i in range(len(rest) - 1)):
        return None
    joined = "Sowohl" if tokens[index].text[0].isupper() else "sowohl"
    return Fix(tokens[index].start, tokens[index + 1].end, joined)


def _in_dem(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "der Zeitraum, indem sie wuchsen" → "in dem": the conjunction "indem" names a means,
    and nobody reaches anything by a span of time, so after one it is the relative clause."""
    if tokens[index].text != "indem" or index < 1:
        return None
    before = index - 2 if tokens[index - 1].text == "," and index > 1 else index - 1
    noun = tokens[before].text
    if not (noun[:1].isupper() and is_word(tokens[before])) or before == 0:
        return None
    if not any(nouns.is_kind_of(noun, span) for span in _TIME_SPANS):
        return None
    if [token.text for token in tokens[index + 1 : index + 3]] == ["in", "dem"]:
        return None  # "indem in dem": a first try left standing before its correction
    return Fix(tokens[index].start, tokens[index].end, "in dem")
