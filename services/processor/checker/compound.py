"""Getrennt- und Zusammenschreibung: words written apart that are one, and one that are two.

Each rule family lives in its own module and yields the text a span should
read; this check only walks the sentences and words the comments. Rules stay
silent wherever the Duden allows both spellings, since a proofreader that
"corrects" a correct variant costs more trust than a missed error.
"""

from __future__ import annotations

from collections.abc import Iterator

from services.processor.checker.compound_adjectives import noun_adjectives
from services.processor.checker.compound_digits import digit_compounds
from services.processor.checker.compound_lexicon import Fix
from services.processor.checker.compound_nominal import nominalised_groups
from services.processor.checker.compound_nouns import noun_compounds
from services.processor.checker.compound_phrases import phrases
from services.processor.checker.compound_split import splits
from services.processor.checker.compound_truncation import truncated_parts
from services.processor.checker.compound_verbs import particles, zu_before_particle
from services.processor.checker.compound_words import closed_lists
from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.messages import say
from services.processor.checker.registry import register


@register
class CompoundCheck:
    code = "compound"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if block.language != "de" or not block.is_prose:
            return
        for _, sentence_tokens in context.sentences(block):
            taken: list[Fix] = []
            found = [
                *closed_lists(sentence_tokens),
                *particles(sentence_tokens),
                *zu_before_particle(sentence_tokens),
                *phrases(sentence_tokens),
                *nominalised_groups(sentence_tokens),
                *noun_compounds(sentence_tokens, context.frequencies),
                *noun_adjectives(sentence_tokens),
                *digit_compounds(sentence_tokens),
                *splits(sentence_tokens, context.frequencies),
                *truncated_parts(sentence_tokens),
            ]
            for fix in found:
                if any(fix.start < other.end and other.start < fix.end for other in taken):
                    continue
                taken.append(fix)
            for fix in sorted(taken):
                yield self._finding(block, fix)

    def _finding(self, block: Block, fix: Fix) -> Finding:
        original = block.text[fix.start : fix.end]
        message = say(
            self.code,
            block.language,
            f"»{original}« → »{fix.text}«",
            f"“{original}” → “{fix.text}”",
        )
        return Finding(block.index, fix.start, fix.end, self.code, message)
