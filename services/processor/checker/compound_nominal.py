"""Nominalised verb groups are one noun (§ 37, D 82): "das Erwachsenwerden", "beim Partymachen".

The article belongs to the infinitive, so an article that cannot go with the
noun before the verb ("das Party machen") gives the compound away; an
adjective before a copula after an article ("das Erwachsen werden") or alone
in quotation marks ("„Jung sein“") names a state, one noun.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from services.processor.checker import grammar, nouns
from services.processor.checker.clauses import clause_before
from services.processor.checker.compound_lexicon import Fix, listed
from services.processor.checker.lexicon import RELATIVE_PRONOUNS, SUBORDINATORS, word_set
from services.processor.checker.tokens import Word, is_word

# What a neuter singular noun's article can be, by the article: the nominalised
# infinitive is neuter, the noun before it shows its own gender.
NEUTER_ARTICLES: Final[dict[str, frozenset[str]]] = {
    "das": frozenset({"n.sg.nom", "n.sg.akk"}),
    "des": frozenset({"m.sg.gen", "n.sg.gen"}),
    **{
        word: frozenset({"m.sg.dat", "n.sg.dat"})
        for word in ("dem", "beim", "zum", "vom", "im", "am", "vorm")
    },
    **{word: frozenset({"n.sg.akk"}) for word in ("ins", "ans", "aufs", "fürs", "durchs", "übers")},
}
# Copulas after an adjective make the adjective part of the noun: "das Erwachsensein".
_COPULAS: Final = word_set("sein seins werden werdens bleiben bleibens")
_INFINITIVE_TAGS: Final = frozenset({"VV(INF)", "VA(INF)"})
# Adjectives between the article and the group: "das ständige laute Party machen".
_MAX_ADJECTIVES = 2
_OPENING_QUOTES: Final = frozenset('„"»')
_CLOSING_QUOTES: Final = frozenset('“”"«')


def nominalised_groups(tokens: Sequence[Word]) -> Iterator[Fix]:
    for index, token in enumerate(tokens):
        if token.text.lower() in NEUTER_ARTICLES or token.text in _OPENING_QUOTES:
            fix = _nominalised(tokens, index)
            if fix is not None:
                yield fix


def _nominalised(tokens: Sequence[Word], index: int) -> Fix | None:
    """Article + noun or adjective + infinitive where the article fits only the infinitive."""
    if index + 2 >= len(tokens):
        return None
    article = tokens[index].text.lower()
    if article in _OPENING_QUOTES:
        first, verb = tokens[index + 1], tokens[index + 2]
        closing = tokens[index + 3].text if index + 3 < len(tokens) else ""
        return _quoted(first, verb) if closing in _CLOSING_QUOTES else None
    # "das stetige Party machen": the article's adjectives stand before the whole group
    at = index + 1
    while at < index + 1 + _MAX_ADJECTIVES and at < len(tokens) and _attribute(tokens[at].text):
        at += 1
    if at + 1 >= len(tokens):
        return None
    first, verb = tokens[at], tokens[at + 1]
    fits = NEUTER_ARTICLES.get(article)
    if fits is None or not is_word(first) or not first.text[:1].isupper():
        return None
    if not is_word(verb) or not verb.text[:1].islower():
        return None
    # "…, das Kinder lesen": after a comma "das" is a relative pronoun or a slipped "dass".
    if article == "das" and index > 0 and not is_word(tokens[index - 1]):
        return None
    if at + 2 < len(tokens) and tokens[at + 2].text[:1].isupper():
        return None  # the verb is an attribute of a following noun
    if article == "des" and not verb.text.endswith("s"):
        return None  # a genitive takes -s: "des Partymachens"; "des Programmen darstellen" is none
    if _ends_verb_final_clause(tokens, index, at + 2):
        return None  # "…, die zu dem Volume gehören.": the verb of a relative clause
    joined = first.text + verb.text
    lower = first.text[:1].lower() + first.text[1:]
    readings = nouns.analyses(first.text)
    if readings and all(reading.endswith(".gen") for reading in readings):
        return None  # "vom Benutzers erhalten": a genitive's ending opens no compound
    if nouns.is_listed(first.text):
        # "ins Schwarze", "zum Feiern": a nominalised adjective or verb is no compound's first part.
        if listed(lower) or fits & nouns.analyses(first.text) or not _infinitive(verb.text):
            return None
    elif not (verb.text in _COPULAS and _adjective(first.text)):
        return None
    return Fix(first.start, verb.end, joined)


def _ends_verb_final_clause(tokens: Sequence[Word], index: int, end: int) -> bool:
    """The verb after the noun closes a clause that a relative pronoun or conjunction opened."""
    after = tokens[end] if end < len(tokens) else None
    if after is not None and is_word(after):
        return False
    opener = clause_before(tokens, index)
    return bool(opener) and opener[0].text.lower() in RELATIVE_PRONOUNS | SUBORDINATORS


def _attribute(word: str) -> bool:
    """ "stetige", "ewigen": an adjective with its ending, between the article and the group."""
    return word.islower() and word.endswith(("e", "en")) and "ADJ(A)" in grammar.word_tags(word)


def _quoted(first: Word, verb: Word) -> Fix | None:
    """A quoted adjective and copula alone ("„Jung sein“ ist …") name a state, one noun.

    A longer quotation ("„froh sein, wenn …“") is the quoted words, not a noun.
    """
    if verb.text not in _COPULAS or not is_word(first) or not _adjective(first.text):
        return None
    joined = first.text[:1].upper() + first.text[1:] + verb.text
    return Fix(first.start, verb.end, joined)


def _infinitive(word: str) -> bool:
    if word.endswith(("ens", "ns")):
        word = word[:-1]
    return not _INFINITIVE_TAGS.isdisjoint(grammar.word_tags(word))


def _adjective(capitalised: str) -> bool:
    """An uninflected adjective written as a noun: Erwachsen, Älter."""
    lower = capitalised[:1].lower() + capitalised[1:]
    # HanTa's ADJ(D) is the bare form: "weiteren" (ADJ(A)) in "des Weiteren sagen" is no candidate.
    return listed(lower) and "ADJ(D)" in grammar.word_tags(lower)
