"""Repeated words ("umfasst umfasst"), minus the doubles grammar allows ("Frauen, die die Studie").

A draft left before its correction ("hatt hat") is a repetition too: one of
the two must go.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from services.processor.checker import drafts, grammar, nouns
from services.processor.checker.case_words import inflected_adjective, participle_adjective
from services.processor.checker.context import DocumentContext
from services.processor.checker.dictionary import speller
from services.processor.checker.finding import MENU_STEP, Block, Finding
from services.processor.checker.first_names import is_first_name
from services.processor.checker.lexicon import ARTICLES, PREPOSITIONS, SUBORDINATORS
from services.processor.checker.registry import register
from services.processor.checker.tokens import Word, mark_before

# A relative pronoun followed by an article, or a pronoun then its homograph: correct doubles.
_GRAMMATICAL_DOUBLES = {
    "de": frozenset({"der", "die", "das", "den", "dem", "des", "sie", "er", "es", "ihr"}),
    "en": frozenset({"had", "that", "is"}),
}
# Pronouns whose subject and object forms are one: "wo sie sie kreuzt".
_SUBJECT_AND_OBJECT = frozenset({"sie", "es"})
_SUBJECT_PRONOUNS = frozenset({"ich", "du", "er", "wir", "ihr", "man"})
_QUESTION_WORDS = frozenset({"wo", "wie", "wann", "warum", "weshalb", "wieso", "wohin", "woher"})
_CLAUSE_OPENERS = (",", ";", ":", "(", "–", "—")
_COORDINATORS = frozenset({"und", "oder", "sowie", "als", "wie"})
# The gender and number of the noun a relative pronoun may refer to.
_ANTECEDENTS = {
    "den": {"m.sg"},
    "dem": {"m.sg", "n.sg"},
    "die": {"f.sg", "pl"},
    "das": {"n.sg"},
}
# How far after a doubled article the outer noun of an extended attribute may stand.
_ATTRIBUTE_REACH = 6


@register
class RepeatedWordCheck:
    code = "repeated_word"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose:
            return
        text = block.text
        doubles = _GRAMMATICAL_DOUBLES.get(block.language, frozenset())
        words = context.words(block)
        spelling = speller(block.language)
        for index, (first, second) in enumerate(pairwise(words)):
            if drafts.replacement(text, words, index, spelling) is not None:
                message = _draft_message(block.language, first.text, second.text)
                yield Finding(block.index, first.start, second.end, self.code, message)
                continue
            lower = first.text.lower()
            if lower != second.text.lower() or text[first.end : second.start].strip():
                continue
            if any(c.isupper() for c in first.text[1:]):
                continue  # CFLAGS CFLAGS: code or a list of names, not prose
            if first.text.islower() and second.text.isupper() and len(second.text) > 1:
                continue  # "die Seitenleisten in IN DER PRAXIS": a title in capitals opens
            if text[first.start - 1 : first.start] == "-":
                continue  # "das Paket libsha1-perl Perl": the first is the end of a name
            if first.text == second.text and _cut_short(text, second.end):
                continue  # "ein ein- oder mehrspaltiges": the second is a cut compound
            if _menu_path_opens(text, second.end):
                continue  # "im Kontextmenü einer Zelle Zelle – Schützen": a menu path opens
            if index > 0 and _double_surname(words[index - 1].text, first.text):
                continue  # "Antonio Diaz Diaz": a first name, then a double surname
            if lower == "zu" and index >= 2 and words[index - 2].text.lower() == "ab":
                continue  # "ab und zu zu Rissen": "now and then", then the preposition
            if lower == "as" and index >= 2 and words[index - 1].text.lower() == "well":
                continue  # "as markup as well as as events": "as well as", then "as"
            if lower in doubles and (
                first.text != second.text
                or text[: first.start].rstrip().endswith(_CLAUSE_OPENERS)
                # "Tabelle, in der der Client …": a relative clause after a preposition.
                or _relative_after_preposition(text, words, index)
                # "Version und der der Autoren": a demonstrative, then the article
                or _previous_word(text, first.start) in _COORDINATORS
                # "wo sie sie kreuzt", "sahen sie sie": a subject, then the object alike
                or lower in _SUBJECT_AND_OBJECT
                and first.text.islower()  # "geben Sie Sie die Zahl": the polite form twice
                and _subject_slot(text, first.start)
                # "der der Funktion zugewiesene Name": the second opens the attribute's phrase
                or _extended_attribute(text, words, index + 1)
            ):
                continue
            yield Finding(
                block.index,
                first.start,
                second.end,
                self.code,
                _message(block.language, first.text),
            )


def _message(language: str, word: str) -> str:
    if language == "en":
        return f"Repeated word: “{word}” appears twice in a row. Delete one?"
    return f"Wortwiederholung: »{word}« steht zweimal hintereinander. Eines streichen?"


def _draft_message(language: str, draft: str, word: str) -> str:
    if language == "en":
        return f"“{draft} {word}”: a first attempt left before the word? Delete “{draft}”."
    return f"»{draft} {word}«: ein stehengebliebener erster Versuch? »{draft}« streichen."


def _extended_attribute(text: str, words: list[Word], article: int) -> bool:
    """Whether ``words[article]`` opens a phrase inside an extended attribute: "die die
    Umwelt belastenden Stoffe". Its noun, then an inflected adjective or participle and
    the outer noun follow within a few words, with no mark between them."""
    end = min(article + _ATTRIBUTE_REACH, len(words) - 1)
    if not words[article].text.islower() or not words[article + 1 : article + 2]:
        return False
    if not words[article + 1].text[:1].isupper():
        return False
    for at in range(article + 2, end):
        attribute, noun = words[at], words[at + 1]
        if any(mark in text[words[at - 1].end : attribute.start] for mark in ",.;:()"):
            return False
        if not attribute.text.islower() or attribute.text in ARTICLES:
            return False
        if words[at - 1].text in PREPOSITIONS:
            continue  # "die die Migration in kleinen Schritten": the adjective of a phrase
        if inflected_adjective(attribute.text) or participle_adjective(attribute.text):
            return noun.text[:1].isupper() and text[attribute.end : noun.start] == " "
        if grammar.can_be_finite_verb(attribute.text):
            return False  # "die die Daten sehen …": the clause's verb, no attribute
    return False


def _relative_after_preposition(text: str, words: list[Word], index: int) -> bool:
    """ "Tabelle, in der der Wert steht", "Tabelle in der der Wert steht": a preposition
    after a noun or a clause's start, then the relative pronoun. "Auch zwischen den den
    Ressorts" has no noun before the preposition, so it has no relative clause either.
    "der der" may be a pronoun and a genitive after any preposition ("ähnlich zu der der
    Option"), or open a relative clause after its verb ("anspielen in der der …")."""
    if index < 1 or words[index - 1].text.lower() not in PREPOSITIONS:
        return False
    if words[index].text == "der":
        return True
    if text[: words[index - 1].start].rstrip().endswith(_CLAUSE_OPENERS):
        return True
    if index < 2:
        return False
    before = words[index - 2]
    if before.text in _COORDINATORS:
        return True  # "die X ist und bei der der Host …": a second relative clause
    opens_sentence = mark_before(text, before.start) in ("", ".", "!", "?", ":")
    if not before.text[:1].isupper() or opens_sentence:
        return False
    # "Spiroergometrie auf dem dem Laufband": "dem" cannot refer to a feminine noun
    kinds = {reading.rsplit(".", 1)[0] for reading in nouns.compound_analyses(before.text)}
    return not kinds or bool(kinds & _ANTECEDENTS.get(words[index].text, kinds))


def _subject_slot(text: str, before: int) -> bool:
    """Whether a subject comes next: after a subordinator or question word, or after a
    finite verb that has none before it ("dann holen sie sie ab", not "wir haben sie sie")."""
    word = _previous_word(text, before)
    if word in SUBORDINATORS or word in _QUESTION_WORDS:
        return True
    verb_at = max(text.lower().rfind(word, 0, before), 0)
    return grammar.can_be_finite_verb(word) and (
        _previous_word(text, verb_at) not in _SUBJECT_PRONOUNS
    )


def _previous_word(text: str, before: int) -> str:
    words = text[:before].split()
    return words[-1].lower().strip("(„»\"'") if words else ""  # "(und die die …"


def _double_surname(before: str, word: str) -> bool:
    """ "Antonio Diaz Diaz", "Juan García García": Spanish names join the father's and the
    mother's surname, which may be one. Only a name no dictionary knows as a word counts."""
    known = speller("de").known(word) or speller("en").known(word.lower())
    return word[:1].isupper() and is_first_name(before) and not known


def _cut_short(text: str, end: int) -> bool:
    """ "ein- oder": a hyphen then a space or a comma cuts a compound short (Ergänzungsstrich)."""
    after = text[end : end + 2]
    return after[:1] == "-" and not after[1:].isalnum()


def _menu_path_opens(text: str, end: int) -> bool:
    """ "Zelle – Schützen", "Datei > Öffnen": an arrow, then a capital, after the word."""
    step = MENU_STEP.match(text, end)
    return step is not None and text[step.end() : step.end() + 1].isupper()
