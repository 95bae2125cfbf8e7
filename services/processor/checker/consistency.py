"""One term, one spelling: "E-Mail" and "Email", "Datenschutz-Grundverordnung" and
"Datenschutzgrundverordnung" in the same document.

Two forms count as the same term when they differ only in hyphens (and the
case that comes with joining the parts). The rarer form is flagged, pointing
to the one the document uses most, unless the dictionary lists only the joined one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from services.processor.checker.context import DocumentContext
from services.processor.checker.dictionary import speller
from services.processor.checker.finding import Block, Finding
from services.processor.checker.messages import say
from services.processor.checker.registry import register
from services.processor.checker.tokens import Word

_MIN_LENGTH = 5
# What stands between two spellings a text names as such: "X bzw. Y", "X oder Y", "X/Y".
_ALTERNATIVE_WORDS = 3
_ALTERNATIVE = re.compile(r"\s*(?:bzw\.|beziehungsweise|oder|or|/|statt|instead of)\s*")
# A capital inside a word, not after a hyphen: a program's identifier or a product's name
# ("SostenutoPedal", "GitHub"), spelt as its makers spell it, beside any prose form.
_CAMEL_CASE = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")


class _Variants:
    """For each rarer spelling of a term, the document's usual spelling in that language.

    An English passage keeps its own spelling: "plug-in" there is no variant
    of the German "Plugin".
    """

    def __init__(self, context: DocumentContext) -> None:
        forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        contrasted: set[tuple[str, str]] = set()
        for block in context.blocks:
            if not block.is_prose:
                continue
            words = context.words(block)
            for at, first in enumerate(words):
                for second in words[at + 1 : at + 1 + _ALTERNATIVE_WORDS]:
                    if _side_by_side(block.text, first, second):
                        contrasted.add((block.language, _term(second.text)))
            for word in words:
                key = _term(word.text)
                if (
                    len(key) >= _MIN_LENGTH
                    and (word.text[:1].isupper() or "-" in word.text)
                    and not word.text.replace("-", "").isupper()  # BUILD-PATH: names in code
                    and not _CAMEL_CASE.search(word.text)  # "FingeringEvent": an identifier
                    and not _capitals_part(word.text)  # "ZIEL-Datei": the argument ZIEL's file
                ):
                    forms[block.language, key][word.text] += 1
        self.usual: dict[tuple[str, str], str] = {}
        for (language, key), counts in forms.items():
            if not _both_spellings(counts) or (language, key) in contrasted:
                # only case differs: a sentence start, not two spellings; or the text sets
                # both side by side ("Onlinebanking bzw. Online-Banking"): it names them
                continue
            # The joined spelling where the dictionary lists it but not the hyphenated
            # one, whose front is no word of its own ("Metadaten", not "Meta-Daten");
            # else the document's most used, ties going to the one used first.
            listed = [form for form in counts if speller("de").listed(form)]
            joined = len(listed) == 1 and "-" not in listed[0]
            usual = listed[0] if joined else counts.most_common(1)[0][0]
            for form in counts:
                if (form.replace("-", "") != form) != (usual.replace("-", "") != usual):
                    self.usual[language, form] = usual


def _term(word: str) -> str:
    return word.replace("-", "").lower()


def _side_by_side(text: str, first: Word, second: Word) -> bool:
    """ "Onlinebanking bzw. Online-Banking", "E-Mail/Email": both spellings named together."""
    if _term(first.text) != _term(second.text) or not _both_spellings((first.text, second.text)):
        return False
    return _ALTERNATIVE.fullmatch(text[first.end : second.start]) is not None


def _both_spellings(forms: Iterable[str]) -> bool:
    """Whether ``forms`` hold a term both hyphenated and joined."""
    return len({form.replace("-", "") != form for form in forms}) == 2


def _capitals_part(word: str) -> bool:
    """A part in capitals: an acronym or a placeholder ("ZIEL-Datei", "Eingabe-DATEI"), which
    joined into one word ("Zieldatei") would lose what it names."""
    return any(len(part) > 1 and part.isupper() for part in word.split("-"))


@register
class ConsistencyCheck:
    code = "consistency"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose:
            return
        variants = context.shared(_Variants)
        if not variants.usual:
            return
        for word in context.words(block):
            usual = variants.usual.get((block.language, word.text))
            if usual is None:
                continue
            message = say(
                self.code,
                block.language,
                f"»{word.text}« steht sonst als »{usual}« im Text; bitte einheitlich schreiben.",
                f"“{word.text}” is written “{usual}” elsewhere; please spell it one way.",
            )
            yield Finding(block.index, word.start, word.end, self.code, message)
