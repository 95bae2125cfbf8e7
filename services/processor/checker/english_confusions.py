"""English words that are real but wrong where they stand: "their are", "less then".

The dictionary accepts both words of each pair, so only the neighbours tell:

- "their" is a possessive and needs its noun; before a form of "be" it is
  the "there" of "there are".
- "then" is a time; after a comparative ("less then", "rather then") it is
  "than".
- "loose" is an adjective; after a modal or "to" a verb is meant: "lose".
- "it's" is "it is"; before a noun the possessive "its" is meant, which the
  English tagger confirms in context ("it's parameters", not "it's known");
  so is "whose" after "who's", and "their" in "there own".
- "affect" is the verb; after an article (and an adjective) and before "of"
  or "on" the noun "effect" is meant. "weather or not" is "whether".
- after "has" or "have" the participle of "lead" is "led"; after a modal,
  "of" is "have" misheard ("could of"); between a plural noun and an
  adjective or participle, "where" is the verb "were"; "its" before an
  adjective and "to" or "that" is "it's" ("its important to note").
- "less" measures an amount; before a plural noun the tagger confirms, a
  number of things is meant: "fewer" ("less errors" → "fewer errors").
- "a" goes before a consonant sound, "an" before a vowel sound ("an hour",
  "a user", "a one-off"); a word whose first sound its letters leave open
  ("a historic", "an utterance") is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from services.processor.checker import grammar
from services.processor.checker.dictionary import speller
from services.processor.checker.lexicon import word_set
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
_POSSESSIVES: Final = {"it's": "its", "who's": "whose"}
_ARTICLES: Final = word_set("the an a this that its their")
# What may stand before an adjective before "affect": "a significant affect on".
_ADJECTIVE_LEADS: Final = word_set(
    "significant strong positive negative large small direct major considerable huge great"
)
_HAVE: Final = word_set("has have had having")
# Plurals the tagger reads as number-neutral, though only countable: "less people".
_COUNTED_ANYWAY: Final = word_set("people")
# What follows "led" where "lead" is written: "has lead to", "have lead us".
_AFTER_LED: Final = word_set("to the a an us them him her researchers many some")
_MODALS: Final = word_set("could would should must might may")
_TO_THAT: Final = word_set("to that")
# Adjectives that make a clause of place with "where": "where applicable".
_WHERE_PHRASES: Final = word_set(
    "applicable possible necessary appropriate available needed required relevant feasible "
    "practical"
)
# Adjectives "it is" takes before "to" or "that": "its important to note" → "it's".
_IT_IS_ADJECTIVES: Final = word_set(
    "important clear possible necessary likely unlikely evident obvious true worth essential "
    "difficult hard easy interesting surprising crucial apparent"
)
# Beginnings whose first sound is not the letter's: "an hour", "a university", "a one-off".
_SILENT_H: Final = ("hour", "honest", "honor", "honour", "heir")
_CONSONANT_SOUND: Final = tuple(
    word_set("unic unif unil unio uniq unis unit univ unix unan use usu uti ubi eu ewe one-")
)
# Beginnings whose first sound varies by word or speaker ("a historic", "an utterance"),
# or is a letter's name ("an xterm", "an n-gram").
_OPEN_SOUND: Final = ("h", "u", "y", "x")
# What may follow the article: an adjective, a noun, an adverb, a participle, a number.
_PHRASE_TAGS: Final = ("AJ", "NN", "AV", "VVG", "VVN", "ORD", "CRD")


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
        elif lower == "there" and following == "own":
            yield word, _same_case("their", word.text), "the possessive is “their”"
        elif lower == "weather" and following == "or" and _after(words, at + 1) == "not":
            yield word, _same_case("whether", word.text), "“whether or not”"
        elif lower == "less" and previous != "or" and _plural_noun_after(words, at):
            yield word, _same_case("fewer", word.text), "a countable plural takes “fewer”"
        elif lower == "affect" and _noun_affect(words, at):
            yield word, "effect", "the noun is “effect”; “affect” is the verb"
        elif lower == "lead" and previous in _HAVE and following in _AFTER_LED:
            yield word, "led", "the past participle of “lead” is “led”"
        elif lower == "of" and previous in _MODALS and following != "course":
            yield word, "have", "“could have”, not “could of”: “of” is how “’ve” sounds"
        elif lower == "where" and _verb_where(words, at):
            yield word, "were", "a verb is meant here, “were”; “where” asks for a place"
        elif (
            lower == "its" and following in _IT_IS_ADJECTIVES and _after(words, at + 1) in _TO_THAT
        ):
            yield word, _same_case("it's", word.text), "“it is”, not the possessive"
        elif possessive_its(words, at):
            fix = _POSSESSIVES[lower.replace("’", "'")]
            yield word, _same_case(fix, word.text), "the possessive has no apostrophe"
        elif lower in ("a", "an"):
            form = _article_form(words, at)
            if form is not None and form != lower and _article_here(words, at):
                sound = "vowel" if form == "an" else "consonant"
                yield word, _same_case(form, word.text), f"“{form}” goes before a {sound} sound"


def _noun_affect(words: Sequence[Word], at: int) -> bool:
    """ "the affect of", "a significant affect on": after an article, or an article and an
    adjective the tagger confirms, "affect" before "of" or "on" is the noun "effect"."""
    following = _after(words, at).lower()
    previous = words[at - 1].text.lower() if at > 0 else ""
    if previous in _ARTICLES:
        return following in ("of", "on")
    if previous not in _ADJECTIVE_LEADS or following not in ("of", "on", "upon") or at < 2:
        return False
    return words[at - 2].text.lower() in _ARTICLES and grammar.english_tags(
        tuple(word.text for word in words[at - 2 : at + 2])
    )[1].startswith("AJ")


def _plural_noun_after(words: Sequence[Word], at: int) -> bool:
    """ "less errors", "less people": a plural noun right after, no mass noun ("less data",
    "less news") and no name."""
    following = _after(words, at)
    if not following.islower():
        return False
    if following in _COUNTED_ANYWAY:
        return True
    return grammar.english_tags((words[at].text, following))[1] == "NN2"


def _verb_where(words: Sequence[Word], at: int) -> bool:
    """ "the results where significant": a plural noun, then "where" and an adjective,
    a participle or "not", where the verb "were" is meant."""
    if at < 1 or at + 1 >= len(words):
        return False
    after = words[at + 1].text.lower()
    if after in _WHERE_PHRASES or not speller("en").in_dictionary(after):
        return False  # "where applicable", "where relminxid is": a clause of place
    window = tuple(word.text for word in words[at - 1 : at + 3])
    tags = grammar.english_tags(window)
    if tags[0] != "NN2":
        return False
    if after == "not":
        return True  # "the differences where not significant"
    if len(tags) > 3 and tags[3].startswith(("NN", "AJ", "NP", "CRD")):
        return False  # "airports where other ports are blocked": the adjective has its noun
    return tags[2] in ("AJ0", "VVN")


def possessive_its(words: Sequence[Word], at: int) -> bool:
    """ "it's parameters", "who's preparation": a contraction with "is" before a noun,
    where the possessive is meant."""
    if words[at].text.lower().replace("’", "'") not in _POSSESSIVES:
        return False
    if at + 1 >= len(words) or words[at + 1].text.lower() in _AFTER_IT_IS:
        return False
    if not speller("en").in_dictionary(words[at + 1].text):
        return False  # "whether it's ncurses or …": a name the tagger reads as a noun
    window = tuple(word.text for word in words[at : at + 4])
    tags = grammar.english_tags(window)
    return len(tags) > 1 and tags[1] in _NOUN_TAGS


def _article_form(words: Sequence[Word], at: int) -> str | None:
    """ "a" or "an", by the sound the next word starts with; None where its letters leave
    the sound open, or it is no plain dictionary word (a letter, a name, an acronym)."""
    following = _after(words, at)
    if at + 1 >= len(words) or words[at + 1].start != words[at].end + 1:
        return None  # "a (;) as", "an “Auto” button": a mark or quote between
    if len(following) < 2 or not following.replace("-", "").isalpha():
        return None
    if not following[1:].islower() or not speller("en").in_dictionary(following):
        return None  # "an SQL query", "a URL": letters read one by one
    following = following.lower()
    if not set(following) & set("aeiouy") or following[1] == "-":
        return None  # "an ftp server", "an n-commit series": letters read by their names
    if following.startswith(_SILENT_H):
        return "an"
    if following.startswith(_CONSONANT_SOUND) or following in ("one", "once"):
        return "a"
    if following.startswith(_OPEN_SOUND):
        return None  # "a historic" and "an historic", "an utterance" and "a utility"
    return "an" if following[0] in "aeiou" else "a"


def _article_here(words: Sequence[Word], at: int) -> bool:
    """Whether the tagger reads "a" as the article, not as a letter ("option a is set")."""
    start = max(at - 1, 0)
    tags = grammar.english_tags(tuple(word.text for word in words[start : at + 3]))
    if len(tags) <= at - start + 1 or tags[at - start] != "AT0":
        return False
    return tags[at - start + 1].startswith(_PHRASE_TAGS)  # not "a is sufficient"


def _after(words: Sequence[Word], at: int) -> str:
    return words[at + 1].text if at + 1 < len(words) else ""


def _same_case(fix: str, original: str) -> str:
    return fix.capitalize() if original[:1].isupper() else fix
