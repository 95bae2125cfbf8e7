"""A noun and a participle like "basiert" or "orientiert" before a noun are one adjective.

"eine Cloud basierte Lösung", "der Kunden orientierte Ansatz": the noun and
the participle make one adjective, written together ("cloudbasierte",
"kundenorientierte") or, after an abbreviation or a name, with a hyphen
("SQL-basierte", "Python-gestützte"). A finite verb of the same form ("Die
Analyse basierte auf …") has its own slot, so the article before the first
noun must fit the noun after the participle, and a phrase that opens the
sentence, where a subject and its verb stand, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from services.processor.checker.case_words import CONTRACTIONS, DEFINITE, inflected_adjective
from services.processor.checker.compound_articles import ARTICLE_FITS, article_fits
from services.processor.checker.compound_lexicon import Fix, listed
from services.processor.checker.dictionary import speller
from services.processor.checker.lexicon import PREPOSITIONS
from services.processor.checker.tokens import Word, is_word

# Participles and adjectives that take a noun as their first part, inflected before a noun.
_JOINING: Final = re.compile(
    r"(?:basiert|orientiert|gestützt|gesteuert|bezogen|getrieben|zentriert|spezifisch"
    r"|übergreifend)(?:e|en|er|es|em)"
)


def noun_adjectives(tokens: Sequence[Word]) -> Iterator[Fix]:
    for index in range(2, len(tokens) - 2):
        article, noun, participle, head = tokens[index - 1 : index + 3]
        if not _JOINING.fullmatch(participle.text) or article.text.lower() not in ARTICLE_FITS:
            continue
        if not (is_word(noun) and noun.text[:1].isupper() and head.text[:1].isupper()):
            continue
        if participle.start != noun.end + 1 or not article_fits(article.text, head.text):
            continue
        definite = article.text.lower() in DEFINITE or article.text.lower() in CONTRACTIONS
        if definite and not participle.text.endswith(("e", "en")):
            # after a definite article, alone or in "zum", an attribute ends in -e or -en: in
            # "die Konfiguration spezifischer Betrachter" the "-er" opens a genitive phrase
            continue
        if _inside_attribute(tokens, index - 1) or _opened_before(tokens, index - 1, head):
            continue  # "den auf diese Module bezogenen Dateien": the article is the noun's own
        yield Fix(noun.start, participle.end, _joined(noun.text, participle.text))


def _inside_attribute(tokens: Sequence[Word], article: int) -> bool:
    """An article after a preposition that follows another article: an extended attribute."""
    if article < 2 or tokens[article - 1].text.lower() not in PREPOSITIONS:
        return False
    return tokens[article - 2].text.lower() in ARTICLE_FITS


def _opened_before(tokens: Sequence[Word], contraction: int, head: Word) -> bool:
    """ "den (abgestuften,) vom Team gesteuerten Prozess": an article has opened the head's
    phrase already, so "vom Team" is the participle's agent."""
    if tokens[contraction].text.lower() not in CONTRACTIONS:
        return False
    at = contraction - 1
    while at >= 0 and (tokens[at].text == "," or inflected_adjective(tokens[at].text)):
        at -= 1
    opened = at >= 0 and tokens[at].text.lower() in ARTICLE_FITS
    return opened and article_fits(tokens[at].text, head.text)


def _joined(noun: str, participle: str) -> str:
    """ "kundenorientierte", "cloudbasierte": joined where German writes the whole word;
    "SQL-basierte", "Python-gestützte": a hyphen after an abbreviation or a name."""
    joined = f"{noun.lower()}{participle}"
    written = listed(joined) or speller("de").frequency(joined) > 0
    return joined if noun[1:].islower() and written else f"{noun}-{participle}"
