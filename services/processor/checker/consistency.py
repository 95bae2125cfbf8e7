"""One term, one spelling: "E-Mail" and "Email", "Datenschutz-Grundverordnung" and
"Datenschutzgrundverordnung" in the same document.

Two forms count as the same term when they differ only in hyphens (and the
case that comes with joining the parts). The rarer form is flagged, pointing
to the one the document uses most, unless the dictionary lists only the joined one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from services.processor.checker.context import DocumentContext
from services.processor.checker.dictionary import speller
from services.processor.checker.finding import Block, Finding
from services.processor.checker.messages import say
from services.processor.checker.registry import register

_MIN_LENGTH = 5
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
        for block in context.blocks:
            if not block.is_prose:
                continue
            for word in context.words(block):
                key = word.text.replace("-", "").lower()
                if (
                    len(key) >= _MIN_LENGTH
                    and (word.text[:1].isupper() or "-" in word.text)
                    and not word.text.replace("-", "").isupper()  # BUILD-PATH: names in code
                    and not _CAMEL_CASE.search(word.text)  # "FingeringEvent": an identifier
                    and not _capitals_part(word.text)  # "ZIEL-Datei": the argument ZIEL's file
                ):
                    forms[block.language, key][word.text] += 1
        self.usual: dict[tuple[str, str], str] = {}
        for (language, _key), counts in forms.items():
            hyphenations = {form.replace("-", "") != form for form in counts}
            if len(counts) < 2 or len(hyphenations) < 2:
                continue  # only case differs: a sentence start, not two spellings
            # The joined spelling where the dictionary lists it but not the hyphenated
            # one, whose front is no word of its own ("Metadaten", not "Meta-Daten");
            # else the document's most used, ties going to the one used first.
            listed = [form for form in counts if speller("de").listed(form)]
            joined = len(listed) == 1 and "-" not in listed[0]
            usual = listed[0] if joined else counts.most_common(1)[0][0]
            for form in counts:
                if (form.replace("-", "") != form) != (usual.replace("-", "") != usual):
                    self.usual[language, form] = usual


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
