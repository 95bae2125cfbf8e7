"""One word that is two: a form Hunspell does not list, made of two words that form a phrase.

Only splits into a phrase no compound could be are taken, so an unknown
technical compound is never torn apart:

- "zu" + infinitive ("zuverstehen" → "zu verstehen"), where the joined form
  is no separable verb of its own ("zustellen" is listed and stays);
- preposition + article ("inder" → "in der");
- noun + finite verb or participle ("Klassenverfügt" → "Klassen verfügt"):
  a compound noun ends in a noun, never in a verb form, so a word that also
  reads as noun + noun ("Treffer|suche", not "Treff ersuche") stays whole. A participle with an
  adjective's ending before a capital is an adjective on its noun
  ("Schlüsselbasierte Authentifizierung" in a title), and stays one word;
- two of the commonest function words ("aberist" → "aber ist", "nichtmehr"
  → "nicht mehr"): words of a closed class make no compound.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Final

from services.processor.checker import grammar, nouns
from services.processor.checker.case_words import ADJECTIVE_ENDINGS
from services.processor.checker.compound_lexicon import Fix, listed
from services.processor.checker.dictionary import speller
from services.processor.checker.first_names import is_first_name
from services.processor.checker.lexicon import word_set
from services.processor.checker.note_names import is_note_name
from services.processor.checker.tokens import MAX_WORD_LENGTH, Word

_ARTICLES: Final = word_set("der die das den dem des ein eine einer einem einen eines denen")
_PREPOSITIONS: Final = word_set("in an auf aus bei mit nach von vor zu für über unter")
_FINITE_OR_PARTICIPLE: Final = frozenset({"VV(FIN)", "VV(PP)", "VA(FIN)", "VM(FIN)"})
_ARTICLE_ENDINGS: Final = tuple(_ARTICLES)
# The commonest words of closed classes. Two of them run together are a missing space,
# never a compound; two of one class but adverbs ("istwar", "dieder") are a word and
# its correction.
_WORD_CLASS: Final = {
    word: kind
    for kind, words in (
        ("article", _ARTICLES),
        ("pronoun", word_set("ich du er sie es wir ihr man sich mich mir uns")),
        (
            "verb",
            word_set(
                "ist sind war waren bin bist hat haben hatte wird werden wurde kann können muss"
            ),
        ),
        ("conjunction", word_set("und oder aber doch denn dass wenn weil als wie ob")),
        ("adverb", word_set("so nicht auch noch nur schon sehr mehr immer dann da hier gar umso")),
    )
    for word in words
}
_MIN_NOUN = 4
_MIN_VERB = 4


def splits(tokens: Sequence[Word], frequencies: Mapping[str, int]) -> Iterator[Fix]:
    """Unknown words that are two words run together."""
    for index, token in enumerate(tokens):
        text = token.text
        if not _candidate(text, sentence_start=index == 0) or frequencies.get(text, 0) >= 2:
            continue
        if nouns.is_listed(text) or listed(text):
            continue
        if index == 0 and listed(text[:1].lower() + text[1:]):
            continue
        if index + 1 < len(tokens) and tokens[index + 1].text == "-":
            continue  # "Vorder- und Rückseite": the first part of a compound
        if index > 0 and is_first_name(tokens[index - 1].text):
            continue  # "Peter Eisentraut": a surname
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        split = _split(text, sentence_start=index == 0, before_capital=following[:1].isupper())
        if split is not None:
            yield Fix(token.start, token.end, split)


def _candidate(text: str, *, sentence_start: bool) -> bool:
    """Cheap shape tests first: Hunspell is asked only about words that could split."""
    if len(text) < 5 or len(text) > MAX_WORD_LENGTH or not text.isalpha():
        return False
    lower = text[:1].lower() + text[1:]
    if lower.startswith("zu") or lower.endswith(_ARTICLE_ENDINGS) or function_pair(lower):
        return text[:1].islower() or sentence_start
    return text[:1].isupper() and not sentence_start and len(text) >= _MIN_NOUN + _MIN_VERB + 1


def _split(text: str, *, sentence_start: bool, before_capital: bool = False) -> str | None:
    lower = text[:1].lower() + text[1:]
    if lower.startswith("zu") and len(lower) > 5:
        rest = lower[2:]
        if listed(rest) and not grammar.INFINITIVE_TAGS.isdisjoint(grammar.word_tags(rest)):
            return _restore(text, "zu " + rest)
    for preposition in _PREPOSITIONS:
        article = lower[len(preposition) :]
        # "ander" is "andere" cut short, not "an der".
        if lower.startswith(preposition) and article in _ARTICLES and not listed(lower + "e"):
            return _restore(text, f"{preposition} {article}")
    pair = function_pair(lower)
    if pair is not None:
        return _restore(text, pair)
    if text[:1].isupper() and not sentence_start and not speller("de").known(text):
        return _noun_verb(text, before_capital=before_capital)
    return None


def function_pair(lower: str) -> str | None:
    """ "nichtmehr" → "nicht mehr": two function words with the space between them lost.

    A lost space is a slip many writers make, so the joined form is one
    wordfreq has met; a word run into its own correction ("aberist", where
    "ist" replaced "aber") is a draft nobody else wrote, with no fix to offer.
    """
    for first, second in _function_word_splits(lower):
        if _WORD_CLASS[first] == _WORD_CLASS[second] != "adverb":
            continue  # one of them corrected: "istwar", "dieder"
        if speller("de").frequency(lower) == 0 or speller("en").listed(lower):
            return None  # unattested, or "under" in German text: "unter" mistyped
        if nouns.is_listed(lower.capitalize()):
            return None  # "dasein" is "Dasein" written small, the capitalization check's
        return f"{first} {second}"
    return None


def function_words(lower: str) -> tuple[str, str] | None:
    """ "unsden" → ("uns", "den"): two of the commonest function words, run together."""
    return next(_function_word_splits(lower), None)


def _function_word_splits(lower: str) -> Iterator[tuple[str, str]]:
    for cut in range(2, len(lower) - 1):
        if lower[:cut] in _WORD_CLASS and lower[cut:] in _WORD_CLASS:
            if is_note_name(lower):
                return  # "deses": a double flat, not "des es"
            yield lower[:cut], lower[cut:]


def _noun_verb(text: str, *, before_capital: bool) -> str | None:
    for cut in range(len(text) - _MIN_VERB, _MIN_NOUN - 1, -1):
        noun, verb = text[:cut], text[cut:]
        if not verb[:1].islower() or not listed(verb) or nouns.is_listed(verb.capitalize()):
            continue
        if speller("en").known(verb) or (before_capital and _inflected_participle(verb)):
            continue
        if not (nouns.is_listed(noun) and listed(noun)):
            continue
        tags = grammar.word_tags(verb)
        # An infinitive joins its noun when nominalised: "das Fehlermachen" is right.
        if grammar.INFINITIVE_TAGS.isdisjoint(tags) and not _FINITE_OR_PARTICIPLE.isdisjoint(tags):
            return f"{noun} {verb}"
    return None


def _inflected_participle(word: str) -> bool:
    """ "basierte", "gesteuerten": a past participle with an adjective's ending."""
    return "ADJ(A)" in grammar.word_tags(word) and any(
        word.endswith(ending) and "VV(PP)" in grammar.word_tags(word[: -len(ending)])
        for ending in ADJECTIVE_ENDINGS
    )


def _restore(original: str, fix: str) -> str:
    return fix[:1].upper() + fix[1:] if original[:1].isupper() else fix
