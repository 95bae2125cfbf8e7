"""First person in academic prose ("ich", the author's "wir"): a hint, once per paragraph,
since some fields allow it.

Words inside quotation marks are left alone: interview quotes may say "ich".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.messages import say
from services.processor.checker.personal_sections import in_personal_section
from services.processor.checker.quotations import inside, quoted_block, quoted_spans
from services.processor.checker.recurring import first_few
from services.processor.checker.registry import register
from services.processor.checker.tokens import Word

# The possessive's endings: "mein", "meine", "meiner", …
_ENDINGS = ("", "e", "er", "es", "em", "en")
_PRONOUNS = {
    # "ich", and the author's "wir", used alone as often as by several authors
    "de": frozenset(
        [
            *("ich", "mich", "mir", "meinerseits", "wir", "uns"),
            *(stem + ending for stem in ("mein", "unser") for ending in _ENDINGS),
        ]
    ),
    "en": frozenset(["i", "me", "my", "mine", "myself"]),
}


# Subjects before which "meinen" is the verb "to think".
_SUBJECTS = frozenset(["sie", "wir", "viele", "manche", "einige", "alle", "die"])
# Brackets and questions: "(Ich werde das tun …)", "Warum benötige ich …?" are examples voiced
# for a reader or user, not the author speaking.
_BRACKETED = re.compile(r"\([^()]*\)")
_EXAMPLE = re.compile(_BRACKETED.pattern + r"|[^.!?]*\?")


def _examples(text: str) -> list[tuple[int, int]]:
    # Without a question mark only brackets can match; the question's pattern would rescan
    # the rest of each sentence from every position for nothing.
    pattern = _EXAMPLE if "?" in text else _BRACKETED
    return [match.span() for match in pattern.finditer(text)]


def _verb_meinen(text: str, words: list[Word], index: int) -> bool:
    """ "warum sie meinen", "meinen Sie, es sei …", "wie viele meinen,": "meinen" beside its
    subject or before a comma is the verb "to think"; the possessive leads a noun."""
    before = words[index - 1].text.lower() if index > 0 else ""
    after = words[index + 1].text.lower() if index + 1 < len(words) else ""
    comma = text[words[index].end : words[index].end + 1] == ","
    return before in _SUBJECTS or after in _SUBJECTS or comma


@register
class FirstPersonCheck:
    code = "first_person"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        return first_few(self._findings(block, context), context, block.language)

    def _findings(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose or block.is_heading or quoted_block(block, context):
            return
        if in_personal_section(block, context):
            return  # "Hiermit versichere ich …", "Ich danke …": the author must speak there
        pronouns = _PRONOUNS.get(block.language, _PRONOUNS["de"])
        quoted = [*quoted_spans(block.text), *_examples(block.text)]
        words = context.words(block)
        for index, word in enumerate(words):
            lower = word.text.lower()
            if lower not in pronouns or inside(quoted, word.start):
                continue
            if lower == "meinen" and _verb_meinen(block.text, words, index):
                continue  # "warum sie meinen", "vielleicht meinen Sie, …": the verb
            if lower == "i" and word.text != "I":
                continue  # "i" is a list marker or a variable, the pronoun is "I"
            yield Finding(
                block.index, word.start, word.end, self.code, _message(block.language, word.text)
            )
            return


def _message(language: str, word: str) -> str:
    form = "Wir-Form" if word.lower().startswith(("wir", "uns")) else "Ich-Form"
    return say(
        "first_person",
        language,
        f"»{word}« – die {form} ist in vielen Fächern unüblich; unpersönlich wäre etwa "
        f"»Die vorliegende Arbeit untersucht …«. Erlaubt Ihr Fach die {form}, ignorieren Sie "
        "diesen Hinweis.",
        f"“{word}” – many fields avoid the first person; an impersonal alternative is "
        "“This thesis examines …”. If your field accepts it, ignore this note.",
    )
