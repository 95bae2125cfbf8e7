"""Word groups that turn into one word in a given frame, not everywhere.

- A nominalised verb group is one noun (§ 37, D 82): "das Erwachsenwerden",
  "beim Partymachen". Its article belongs to the infinitive, so an article
  that cannot go with the noun before the verb ("das Party") gives it away.
- "-erweise" adverbs are one word (§ 39): "möglicherweise"; "in gewisser
  Weise" keeps its preposition and stays apart.
- "genauso … wie" compares and is one word; "genau so" means "exactly thus".
- "vielmehr" after "sondern" corrects ("sondern vielmehr die Frage"); "viel
  mehr" before a noun or "als" counts and stays apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from services.processor.checker import grammar, nouns
from services.processor.checker.compound_lexicon import Fix, listed, word_set
from services.processor.checker.lexicon import ARTICLES, PERSONAL_PRONOUNS, PREPOSITIONS
from services.processor.checker.tokens import Word, is_word

# What a neuter singular noun's article can be, by the article: the nominalised
# infinitive is neuter, the noun before it shows its own gender.
_NEUTER_ARTICLES: Final[dict[str, frozenset[str]]] = {
    "das": frozenset({"n.sg.nom", "n.sg.akk"}),
    "des": frozenset({"m.sg.gen", "n.sg.gen"}),
    **{
        word: frozenset({"m.sg.dat", "n.sg.dat"})
        for word in ("dem", "beim", "zum", "vom", "im", "vorm")
    },
    **{word: frozenset({"n.sg.akk"}) for word in ("ins", "ans", "aufs", "fürs", "durchs", "übers")},
}
# Copulas after an adjective make the adjective part of the noun: "das Erwachsensein".
_COPULAS: Final = word_set("sein seins werden werdens bleiben bleibens")
_INFINITIVE_TAGS: Final = frozenset({"VV(INF)", "VA(INF)"})
_OPENERS: Final = word_set("genau viel soviel soweit zur nach seit aller")
_OPENING_QUOTES: Final = frozenset('„"»')
_CLOSING_QUOTES: Final = frozenset('“”"«')
_SUPERLATIVE: Final = re.compile(r"(?:st|ste|sten|ster|stes|stem|erst|ersten|erste|erstes)$")
# How far "genau so" may stand from its "wie": "genau so schick aussehen wie …".
_COMPARISON_REACH = 5
_SUBJECT_PRONOUNS: Final = word_set("ich du er sie es wir ihr man")
# What "zur Zeit" (at the time of) takes; without it, "zurzeit" (now) is meant.
_OF_A_TIME: Final = ARTICLES | word_set("als wo da in von meiner deiner eurer")
_GENAU_SO_WORDS: Final = word_set("viel viele wenig wenige gut oft sehr lange")


def phrases(tokens: Sequence[Word]) -> Iterator[Fix]:
    for index, token in enumerate(tokens):
        text = token.text
        lower = text.lower()
        if not (
            lower in _NEUTER_ARTICLES
            or lower in _OPENERS
            or text.endswith("er")
            or text in _OPENING_QUOTES
        ):
            continue
        fix = (
            _nominalised(tokens, index)
            or _erweise(tokens, index)
            or _genauso(tokens, index)
            or _vielmehr(tokens, index)
            or _so_adverb(tokens, index)
            or _zurzeit(tokens, index)
            or _conjunction(tokens, index)
            or _aller(tokens, index)
        )
        if fix is not None:
            yield fix


def _nominalised(tokens: Sequence[Word], index: int) -> Fix | None:
    """Article + noun or adjective + infinitive where the article fits only the infinitive."""
    if index + 2 >= len(tokens):
        return None
    article = tokens[index].text.lower()
    first, verb = tokens[index + 1], tokens[index + 2]
    if article in _OPENING_QUOTES:
        closing = tokens[index + 3].text if index + 3 < len(tokens) else ""
        return _quoted(first, verb) if closing in _CLOSING_QUOTES else None
    fits = _NEUTER_ARTICLES.get(article)
    if fits is None or not is_word(first) or not first.text[:1].isupper():
        return None
    if not is_word(verb) or not verb.text[:1].islower():
        return None
    # "…, das Kinder lesen": after a comma "das" is a relative pronoun or a slipped "dass".
    if article == "das" and index > 0 and not is_word(tokens[index - 1]):
        return None
    if index + 3 < len(tokens) and tokens[index + 3].text[:1].isupper():
        return None  # the verb is an attribute of a following noun
    joined = first.text + verb.text
    lower = first.text[:1].lower() + first.text[1:]
    if nouns.is_listed(first.text):
        # "ins Schwarze", "zum Feiern": a nominalised adjective or verb is no compound's first part.
        if listed(lower) or fits & nouns.analyses(first.text) or not _infinitive(verb.text):
            return None
    elif not (verb.text in _COPULAS and _adjective(first.text)):
        return None
    return Fix(first.start, verb.end, joined)


def _quoted(first: Word, verb: Word) -> Fix | None:
    """ "„Jung sein“ ist …": a quoted adjective and copula alone name a state, one noun.

    A longer quotation ("„froh sein, wenn …“") is the quoted words, not a noun.
    """
    if verb.text not in _COPULAS or not is_word(first) or not _adjective(first.text):
        return None
    joined = first.text[:1].upper() + first.text[1:] + verb.text
    return Fix(first.start, verb.end, joined)


def _aller(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "aller schönsten" → "allerschönsten": "aller" before a superlative is its prefix."""
    if tokens[index].text.lower() != "aller" or index + 1 >= len(tokens):
        return None
    # After a noun "aller" is a genitive: "die Meinung aller besten Schüler".
    before = tokens[index - 1].text.lower() if index > 0 else ""
    if before not in _NEUTER_ARTICLES and before not in ARTICLES and before not in {"am", "zur"}:
        return None
    superlative = tokens[index + 1].text
    if not superlative[:1].islower() or not _SUPERLATIVE.search(superlative):
        return None
    joined = tokens[index].text + superlative
    if not listed(joined.lower()):
        return None
    return Fix(tokens[index].start, tokens[index + 1].end, joined)


def _infinitive(word: str) -> bool:
    if word.endswith(("ens", "ns")):
        word = word[:-1]
    return not _INFINITIVE_TAGS.isdisjoint(grammar.word_tags(word))


def _adjective(capitalised: str) -> bool:
    """An uninflected adjective written as a noun: Erwachsen, Älter."""
    lower = capitalised[:1].lower() + capitalised[1:]
    # HanTa's ADJ(D) is the bare form: "weiteren" (ADJ(A)) in "des Weiteren sagen" is no candidate.
    return listed(lower) and "ADJ(D)" in grammar.word_tags(lower)


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
    """ "genau so … wie" compares ("genauso groß wie"); "genau so, wie …" means exactly thus."""
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
    """ "sondern vielmehr", "…, vielmehr wurde …": the adverb that corrects, not a quantity."""
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
    """ "soviel Zeit", "soweit, dass": the adverb "so" with its word; the conjunction is joined."""
    text = tokens[index].text
    if text.lower() not in {"soviel", "soweit"} or index + 1 >= len(tokens):
        return None
    after = [token.text for token in tokens[index + 1 : index + 4]]
    noun = text.lower() == "soviel" and after[0][:1].isupper() and is_word(tokens[index + 1])
    if noun or (after[:2] == [",", "dass"]):
        return Fix(tokens[index].start, tokens[index].end, f"{text[:2]} {text[2:]}")
    return None


def _zurzeit(tokens: Sequence[Word], index: int) -> Fix | None:
    if tokens[index].text != "zur" or index + 2 >= len(tokens) or tokens[index + 1].text != "Zeit":
        return None
    after = tokens[index + 2]
    if after.text in _OF_A_TIME or after.text[:1].isupper() or after.text == ",":
        return None  # "zur Zeit des Krieges", "zur Zeit, als …"
    return Fix(tokens[index].start, tokens[index + 1].end, "zurzeit")


def _conjunction(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "nach dem er kam": before a subject pronoun "dem" has no noun, so "nachdem" is meant.

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
