"""English capitals: "I", peoples, languages, days and months take one; seasons do not.

"a german university" → "German", "on monday" → "Monday", "in Summer 2022" →
"summer". A token glued to code ("lang=german", "german_stemmer") is left
alone. "march", "may" and "august" are also a verb, a modal and an adjective,
so they count as months only beside a number ("in march 2023", "3 may").
A season keeps its capital in a name ("Summer School", "Spring Boot"), where
a capitalised word follows it. A small "i" is the pronoun where a verb of the first
person follows ("so i think", "i'm"), not in "for i in", "where i is" or "Part i".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from services.processor.checker import grammar
from services.processor.checker.dictionary import speller
from services.processor.checker.lexicon import word_set
from services.processor.checker.tokens import Word, mark_before

# Not "polish": written small it is the verb and the noun ("further polish for tied chords").
_PEOPLES: Final = word_set(
    """german english french spanish italian dutch swedish danish norwegian finnish
    russian chinese japanese korean arabic turkish greek portuguese european american
    african asian british canadian australian austrian swiss irish scottish indian mexican
    brazilian belgian czech hungarian"""
)
_CALENDAR: Final = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february april
    june july september october november december"""
)
_CAPITALISED: Final = _PEOPLES | _CALENDAR
_SMALL_I_CONTRACTIONS: Final = frozenset(
    {"i'm", "i've", "i'd", "i'll", "i’m", "i’ve", "i’d", "i’ll"}
)
# Words after which "i" is a letter: "the i test", "each i".
_LETTER_ARTICLES: Final = word_set("the a an each every this that no")
# What the pronoun "I" takes: a modal, "am", "was", "have", "do", a verb's base or past form;
# "i is", "i introduces" are an index or a numeral.
_FIRST_PERSON_VERB_TAGS: Final = frozenset(
    {"VM0", "VBB", "VBD", "VHB", "VHD", "VDB", "VDD", "VVB", "VVD"}
)
_MONTHS_BESIDE_NUMBERS: Final = word_set("march may august")
_NUMBER_AFTER: Final = re.compile(r"\s+\d")
_DAY_BEFORE: Final = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])\.?\s+$")
_WORD_AFTER: Final = re.compile(r"\s+([a-z]+)")
# Words that may follow a date: "3 may to 5 june", "1 march and 2 april".
_AFTER_DATES: Final = frozenset({"to", "and", "or", "until", "till", "through", "in", "at"})
_MIN_NAME = 4
# Zipf frequency of a name common enough to be meant: "london", not "linux" or "cairo",
# which name programs too.
_COMMON_NAME = 4.5
_SEASONS: Final = word_set("Summer Winter Spring Autumn Fall")
# Words a season follows in running text: "in summer", "during the winter".
_BEFORE_SEASON: Final = word_set("in during the this last next each every early late since until")
# Characters that join a token to code or a path: "lang=german", "german_stemmer".
_CODE_JOINERS: Final = frozenset("_=/.\\-@#:`'\"")


def case_errors(text: str, words: Sequence[Word]) -> Iterator[tuple[int, int, str]]:
    """Each word of an English paragraph in the wrong case: span and comment."""
    for at, word in enumerate(words):
        if _in_code(text, word):
            continue
        lower = word.text.lower()
        if _small_i(text, words, at):
            fixed = "I" + word.text[1:]
            yield (
                word.start,
                word.end,
                f"“{word.text}” → “{fixed}”: the pronoun “I” takes a capital.",
            )
        elif word.text == lower and (lower in _CAPITALISED or _dated_month(text, word)):
            fixed = word.text.capitalize()
            yield word.start, word.end, f"“{word.text}” → “{fixed}”: {_why(lower)}"
        elif word.text == lower and _name_written_small(word.text):
            fixed = word.text.capitalize()
            yield word.start, word.end, f"“{word.text}” → “{fixed}”: a name takes a capital."
        elif word.text in _SEASONS and _season_in_text(text, words, at):
            yield (
                word.start,
                word.end,
                f"“{word.text}” → “{lower}”: seasons are written small in running text.",
            )


def _small_i(text: str, words: Sequence[Word], at: int) -> bool:
    """ "so i think", "i'm": the pronoun written small; a verb of the first person follows
    it, perhaps after an adverb ("i also used")."""
    if words[at].text in _SMALL_I_CONTRACTIONS:
        return True
    if words[at].text != "i" or at + 1 >= len(words) or _letter_or_name(text, words, at):
        return False
    window = tuple(word.text for word in words[at : at + 3])
    tags = grammar.english_tags(window)
    verb = 2 if tags[1] == "AV0" and len(tags) > 2 else 1
    return tags[verb] in _FIRST_PERSON_VERB_TAGS


def _letter_or_name(text: str, words: Sequence[Word], at: int) -> bool:
    """ "the i test", "modifiers a, b, and i", "IBM i": a letter after an article, in a list
    of letters, or part of a name after a capitalised word inside the sentence."""
    previous = words[at - 1] if at else None
    if previous is None:
        return False
    if previous.text.lower() in _LETTER_ARTICLES:
        return True
    if any(len(word.text) == 1 and word.text != "a" for word in words[max(at - 3, 0) : at]):
        return True
    opens_sentence = mark_before(text, previous.start) in ("", ".", "!", "?", ":")
    return previous.text[:1].isupper() and not opens_sentence


def _name_written_small(word: str) -> bool:
    """ "london", "germany": a word the dictionary knows only as a name, and a common one."""
    english = speller("en")
    if len(word) < _MIN_NAME or english.in_dictionary(word):
        return False
    return english.in_dictionary(word.capitalize()) and english.frequency(word) >= _COMMON_NAME


def _why(lower: str) -> str:
    if lower in _PEOPLES:
        return "names of peoples and languages take a capital."
    return "days and months take a capital."


def _dated_month(text: str, word: Word) -> bool:
    """ "in march 2023", "3 may": the month, not the verb or the modal."""
    if word.text not in _MONTHS_BESIDE_NUMBERS:
        return False
    if _NUMBER_AFTER.match(text, word.end):
        return True  # "may 2023", "march 3"
    # "3 may to 5 june", but not "0.1 may not yield", "step 2 may fail": a day before it,
    # and no verb after it
    if not _DAY_BEFORE.search(text[: word.start]):
        return False
    after = _WORD_AFTER.match(text, word.end)
    return after is None or after.group(1) in _AFTER_DATES


def _season_in_text(text: str, words: Sequence[Word], at: int) -> bool:
    """A season inside a sentence after "in" or "the", not the first word of a name."""
    if at == 0 or mark_before(text, words[at].start) in ("", ".", "!", "?", ":"):
        return False
    if words[at - 1].text not in _BEFORE_SEASON:
        return False
    following = words[at + 1].text if at + 1 < len(words) else ""
    return not following[:1].isupper()


def _in_code(text: str, word: Word) -> bool:
    before = text[word.start - 1 : word.start]
    after = text[word.end : word.end + 1]
    return bool(before and before in _CODE_JOINERS) or bool(
        after and after in _CODE_JOINERS - {".", ":", "'", '"'}
    )
