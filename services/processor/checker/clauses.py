"""Shallow clause structure from closed word classes: where a clause ends, which nouns are free.

Enough to tell "die in Fragebögen verborgen bleiben würden" (a relative
clause: every noun sits in a prepositional phrase, a finite verb ends it)
from "die in der Studie genannten Kosten" (an article: "Kosten" is its noun).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from services.processor.checker import grammar
from services.processor.checker.lexicon import (
    ARTICLES,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
)
from services.processor.checker.tokens import (
    QUOTES,
    Word,
    abbreviation_stop,
    is_code,
    is_number,
    is_word,
)

BOUNDARY_MARKS = frozenset(',;:.!?()[]–—"„“”»«')
# The marks that end a clause (a colon too, before what it announces); no word that opens
# a phrase stands before them.
CLAUSE_END_MARKS = frozenset(",;:.!?")
BOUNDARY_WORDS = frozenset({"und", "oder", "sowie", "aber", "sondern", "bzw"})
COORDINATORS = frozenset({"und", "oder", "sowie"})
# Words that open a clause of their own after a coordinator: "und wenn …", "oder wie …".
_CLAUSE_OPENERS = SUBORDINATORS | frozenset({"wie", "wo", "was", "wer", "warum", "wann", "als"})


def is_boundary(token: Word) -> bool:
    return token.text in BOUNDARY_MARKS or token.text in BOUNDARY_WORDS


def clause_after(tokens: Sequence[Word], index: int) -> list[Word]:
    """The tokens after ``tokens[index]`` up to (not including) the next boundary.

    A bracketed aside ("das Büro SANAA (Sejima und Nishizawa) entwarf") is
    passed over: the clause goes on after it.
    """
    return _until(tokens, index, is_boundary)


# What closes a phrase "von" opens: "von … aus", "von … an", "von … ab", "von … auf".
_VON_POSTPOSITIONS = frozenset({"aus", "an", "ab", "auf"})


def subordinate_clause(tokens: Sequence[Word], index: int) -> list[Word]:
    """The clause after ``tokens[index]``, read through quotation marks: "das diese Zeit „kurz“ ist".

    "und" between two nouns joins them, not two clauses: "das die Käufer und Verkäufer …";
    nor does "nicht …, sondern": "das nicht die Menge, sondern die Güte zählt". Before
    the clause has a finite verb, "und"/"oder" and the commas of a list join its
    parts: "dass Berichte, Bilder und Messdaten …", "mit A oder B behandelt werden".
    """
    clause: list[Word] = []
    skip_to = index
    for at in range(index + 1, len(tokens)):
        token = tokens[at]
        if at <= skip_to:
            continue
        if token.text in QUOTES or _sondern(tokens, at, clause) or abbreviation_stop(tokens, at):
            continue  # "das auch § 26 Abs. 1 BDSG … genügt": an abbreviation's stop ends nothing
        closing = _embedded_relative(tokens, at) if clause else None
        if closing is not None:
            skip_to = closing  # "das KI-Systeme, die … verwendet werden, als … gelten"
            continue
        if is_boundary(token) and not (
            _joins_nouns(tokens, at, clause) or _joins_parts(tokens, at, clause)
        ):
            break
        clause.append(token)
    return clause


def _embedded_relative(tokens: Sequence[Word], at: int) -> int | None:
    """Where a relative clause set off by commas after a noun closes: the comma after its
    final verb ("KI-Systeme, die … verwendet werden, als …"), or None."""
    if tokens[at].text != "," or at + 1 >= len(tokens) or not is_noun(tokens[at - 1]):
        return None
    if tokens[at + 1].text not in RELATIVE_PRONOUNS:
        return None
    for close in range(at + 2, len(tokens)):
        if tokens[close].text in BOUNDARY_MARKS and tokens[close].text != ",":
            return None
        if tokens[close].text == ",":
            return close if finite_verb(tokens[close - 1]) else None
    return None


def _joins_parts(tokens: Sequence[Word], at: int, clause: Sequence[Word]) -> bool:
    """A coordinator, or a list's comma, inside a clause that has no finite verb yet.

    Two clauses are only joined after the first one's verb; until then the
    coordinator joins phrases. A comma must be followed by a list item: a noun
    phrase that a further comma or a coordinator ends.
    """
    if not clause or any(finite_verb(word) for word in clause):
        return False
    text = tokens[at].text
    if text in COORDINATORS:
        following = tokens[at + 1] if at + 1 < len(tokens) else None
        second = tokens[at + 2] if at + 2 < len(tokens) else None
        # "… und ich glaube …": a subject pronoun and its verb open a main clause
        new_clause = (
            following is not None
            and following.text.lower() in PERSONAL_PRONOUNS
            and second is not None
            and finite_verb(second)
        )
        return (
            following is not None
            and not finite_verb(following)
            and (following.text.lower() not in _CLAUSE_OPENERS)
            and not new_clause
        )
    return text == "," and (_list_item(tokens, at + 1) or between_adjectives(tokens, at))


def between_adjectives(tokens: Sequence[Word], at: int) -> bool:
    """ "eine kurze, vierwöchige Intervention": the comma of adjectives before one noun, which
    ends no clause."""
    if at < 1 or at + 1 >= len(tokens) or tokens[at].text != ",":
        return False
    before, after = tokens[at - 1].text, tokens[at + 1].text
    return (
        before.islower()
        and after.islower()
        and "ADJ(A)" in grammar.word_tags(before)
        and "ADJ(A)" in grammar.word_tags(after)
        and before[-1:] == after[-1:]  # the same ending: "kurze, vierwöchige"
    )


def closes_von_phrase(tokens: Sequence[Word], at: int) -> bool:
    """ "von sich aus", "von hier aus gesehen", "von klein auf": the word ends a phrase that
    "von" opened, a postposition that governs nothing after it and is no verb's particle."""
    if tokens[at].text.lower() not in _VON_POSTPOSITIONS:
        return False
    return any(token.text.lower() in ("von", "vom") for token in tokens[max(0, at - 5) : at])


def _list_item(tokens: Sequence[Word], at: int) -> bool:
    """ "Schadensbilder und …": a noun, perhaps after adjectives, then a list's comma or
    coordinator."""
    while at < len(tokens) and tokens[at].text.islower() and _attributive(tokens[at].text):
        at += 1
    if at + 1 >= len(tokens) or not is_noun(tokens[at]):
        return False
    return tokens[at + 1].text == "," or tokens[at + 1].text in COORDINATORS


def _attributive(word: str) -> bool:
    return word in ARTICLES or "ADJ(A)" in grammar.word_tags(word)


def _sondern(tokens: Sequence[Word], at: int, clause: Sequence[Word]) -> bool:
    """The comma and "sondern" of "nicht …, sondern …" inside one clause."""
    if not any(word.text == "nicht" for word in clause):
        return False
    if tokens[at].text == ",":
        return at + 1 < len(tokens) and tokens[at + 1].text == "sondern"
    return tokens[at].text == "sondern" and tokens[at - 1].text == ","


def _joins_nouns(tokens: Sequence[Word], at: int, clause: Sequence[Word]) -> bool:
    """ "die Käufer und Verkäufer": "und" joining the clause's subject to another noun.

    Only a noun no preposition governs ("von Ubuntu und Debian" may end a
    phrase the clause has already moved past).
    """
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    if tokens[at].text != "und" or not clause or following is None or not is_noun(following):
        return False
    return free_noun(clause, articles_bind=False) is clause[-1]


def finite_verb(token: Word) -> bool:
    """A word that can be a finite verb: "bündelt", "lesen"."""
    return is_word(token) and grammar.can_be_finite_verb(token.text)


def up_to_mark(tokens: Sequence[Word], index: int) -> list[Word]:
    """The tokens after ``tokens[index]`` up to the next comma-like mark, across "und"."""
    return _until(tokens, index, lambda token: token.text in BOUNDARY_MARKS)


def _until(tokens: Sequence[Word], index: int, stops: Callable[[Word], bool]) -> list[Word]:
    """The tokens after ``tokens[index]`` before the first stop, bracketed asides left out."""
    kept: list[Word] = []
    at = index + 1
    while at < len(tokens):
        close = closing_bracket(tokens, at) if tokens[at].text == "(" else None
        if close is not None:
            at = close + 1
            continue
        if stops(tokens[at]) and not (
            abbreviation_stop(tokens, at) or between_adjectives(tokens, at)
        ):
            break
        kept.append(tokens[at])
        at += 1
    return kept


def closing_bracket(tokens: Sequence[Word], at: int) -> int | None:
    """Where the bracket opened at ``tokens[at]`` closes, within the sentence; else None."""
    for close in range(at + 1, len(tokens)):
        if tokens[close].text == ")":
            return close
        if tokens[close].text == "(":
            return None
    return None


def clause_before(tokens: Sequence[Word], index: int) -> list[Word]:
    """The tokens before ``tokens[index]`` back to the previous comma-like mark or the start."""
    return list(tokens[clause_start(tokens, index) : index])


def clause_start(tokens: Sequence[Word], at: int, *, through_quotes: bool = False) -> int:
    """Where the clause holding ``tokens[at]`` begins: after the last comma-like mark.

    With ``through_quotes``, quotation marks do not end it: "für das Projekt »X« schreiben".
    """
    marks = BOUNDARY_MARKS - QUOTES if through_quotes else BOUNDARY_MARKS
    while at > 0 and (tokens[at - 1].text not in marks or abbreviation_stop(tokens, at - 1)):
        at -= 1
    return at


def ends_in_zu_infinitive(words: Sequence[Word]) -> bool:
    """ "… zu installieren", "… anzuwenden": an infinitive group ends here, not a finite clause."""
    if not words:
        return False
    last = words[-1].text
    return grammar.is_zu_infinitive(last) or (
        len(words) >= 2 and words[-2].text == "zu" and grammar.can_be_infinitive(last)
    )


def is_noun(token: Word) -> bool:
    """Capitalised, or hyphenated with a capitalised head: "dpkg-name-Programm", also after
    a part set as code ("`config`-Skript"); or a name with a capital inside it: "iPhone",
    "domU"."""
    head = token.text.rsplit("-", 1)[-1]
    if not is_word(token):
        return head != token.text and is_code(token) and head[:1].isupper() and head.isalpha()
    return head[:1].isupper() or (head[:1].islower() and not head.islower() and head.isalpha())


def _strong_genitive_adjective(token: Word) -> bool:
    """ "digitaler", "neuer": an adjective in -er with no article, which after a noun opens
    that noun's genitive attribute."""
    text = token.text
    return text.islower() and text.endswith("er") and "ADJ(A)" in grammar.word_tags(text)


def free_noun(words: Sequence[Word], *, articles_bind: bool) -> Word | None:
    """The first noun no preposition (or, if ``articles_bind``, no article) in ``words`` governs.

    With ``articles_bind``, "der die Daten verarbeitet" has none ("Daten" is
    the article's), while "die genannten Kosten" has "Kosten". Without it,
    any noun outside a prepositional phrase counts: a possible subject.
    """
    open_phrases = 0
    after_preposition = closed = genitive = False
    for index, token in enumerate(words):
        lower = token.text.lower()
        if lower == "zu" and _particle(words, index):
            continue
        if closed and lower in COORDINATORS:
            open_phrases += 1  # "über Aushänge und Listen": the noun joined is the phrase's too
            closed = False
            continue
        if (closed or genitive) and _strong_genitive_adjective(token):
            genitive = True  # "auf die Besonderheiten digitaler Beratung": the genitive's
            closed = False
            continue
        if genitive and is_noun(token):
            genitive, closed = False, True
            continue
        closed = genitive = False
        # "als Vögte": a predicate or apposition, which like a preposition's noun is no subject
        if (lower in PREPOSITIONS or lower == "als") and token.text.islower():
            if lower == "am" and _superlative_next(words, index):
                continue  # "am meisten", "am besten": a degree, no phrase with a noun
            open_phrases += 1
            after_preposition = True
            continue
        if lower in ARTICLES and token.text.islower():
            if articles_bind and not after_preposition:
                open_phrases += 1
            after_preposition = False
            continue
        if after_preposition and (lower in PERSONAL_PRONOUNS or is_number(lower)):
            open_phrases -= 1  # "von uns", "seit 2019": the phrase is complete without a noun
        after_preposition = False
        if is_noun(token):
            if open_phrases == 0:
                return token
            open_phrases -= 1
            closed = True
    return None


def _superlative_next(words: Sequence[Word], index: int) -> bool:
    following = words[index + 1].text if index + 1 < len(words) else ""
    return following.islower() and following.endswith("sten")


def _particle(words: Sequence[Word], index: int) -> bool:
    """ "zu erfassen", "zu verwendenden": ``zu`` before a lower-case word that is no article."""
    following = words[index + 1] if index + 1 < len(words) else None
    return following is not None and following.text.islower() and following.text not in ARTICLES
