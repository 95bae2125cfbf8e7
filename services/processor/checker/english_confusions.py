"""English words that are real but wrong where they stand: "their are", "less then".

The dictionary accepts both words of each pair, so only the neighbours tell:

- "their" is a possessive and needs its noun; before a form of "be" it is
  the "there" of "there are".
- "then" is a time; after a comparative ("less then", "rather then") it is
  "than".
- "loose" is an adjective; after a modal or "to" a verb is meant: "lose".
- "it's" is "it is"; before a noun the possessive "its" is meant, which the
  English tagger confirms in context ("it's parameters", not "it's known").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from services.processor.checker import grammar
from services.processor.checker.case_words import word_set
from services.processor.checker.dictionary import speller
from services.processor.checker.tokens import Word

_BE: Final = word_set("is are was were been")
_COMPARATIVES: Final = word_set(
    "more less rather other fewer greater smaller larger higher lower better worse longer "
    "shorter faster slower stronger weaker easier harder"
)
_BEFORE_VERBS: Final = word_set("to will would can could may might must shall should not never")
# Nouns after "it's" that make a phrase with "it is": "it's time to …", "it's worth …".
_AFTER_IT_IS: Final = word_set("time worth way case kind sort")
_NOUN_TAGS: Final = frozenset({"NN1", "NN2"})


def english_confusions(words: Sequence[Word]) -> Iterator[tuple[Word, str, str]]:
    """Each wrong real word, its fix and the reason."""
    for at, word in enumerate(words):
        lower = word.text.lower()
        following = words[at + 1].text.lower() if at + 1 < len(words) else ""
        previous = words[at - 1].text.lower() if at > 0 else ""
        if lower == "their" and following in _BE:
            yield word, _same_case("there", word.text), "“there are”, not a possessive"
        elif lower == "then" and previous in _COMPARATIVES:
            yield word, "than", "a comparison takes “than”"
        elif lower == "loose" and previous in _BEFORE_VERBS:
            yield word, "lose", "a verb is meant here, “lose”; “loose” means not tight"
        elif possessive_its(words, at):
            yield word, _same_case("its", word.text), "the possessive has no apostrophe"


def possessive_its(words: Sequence[Word], at: int) -> bool:
    """ "it's parameters": "it's" before a noun, where the possessive "its" is meant."""
    if words[at].text.lower() not in ("it's", "it’s"):
        return False
    if at + 1 >= len(words) or words[at + 1].text.lower() in _AFTER_IT_IS:
        return False
    if not speller("en").in_dictionary(words[at + 1].text):
        return False  # "whether it's ncurses or …": a name the tagger reads as a noun
    window = tuple(word.text for word in words[at : at + 4])
    tags = grammar.english_tags(window)
    return len(tags) > 1 and tags[1] in _NOUN_TAGS


def _same_case(fix: str, original: str) -> str:
    return fix.capitalize() if original[:1].isupper() else fix
