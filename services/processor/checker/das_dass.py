"""das/dass: flagged only where the clause itself shows which word it must be.

"…, das" opens a relative clause only if a neuter noun precedes it for "das"
to refer to; with none in its sentence, a verb-final "das"-clause is a
dass-clause. "…, dass" right after a neuter noun, in a clause with no
subject of its own and a singular verb, is more likely the relative "das":
that one is worded as a question, since the writer may mean something else.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from services.processor.checker import grammar
from services.processor.checker.clauses import clause_after, free_noun, is_boundary, is_noun
from services.processor.checker.context import DocumentContext
from services.processor.checker.finding import Block, Finding
from services.processor.checker.lexicon import PASSIVE_AUXILIARIES
from services.processor.checker.messages import say
from services.processor.checker.registry import register
from services.processor.checker.tokens import Word, is_word

# Determiners a neuter singular noun can follow: "das/ein/dieses/des/dem … Modell".
_NEUTER_DETERMINERS = frozenset(
    [
        "das",
        "ein",
        "kein",
        "dieses",
        "jenes",
        "jedes",
        "welches",
        "manches",
        "solches",
        "sein",
        "ihr",
        "unser",
        "mein",
        "dein",
        "euer",
        "des",
        "eines",
        "keines",
        "dieses",
        "jedes",
        "seines",
        "ihres",
        "unseres",
        "dem",
        "einem",
        "keinem",
        "diesem",
        "jedem",
        "seinem",
        "ihrem",
        "unserem",
        "im",
        "vom",
        "zum",
        "beim",
        "ins",
        "ans",
        "aufs",
        "fürs",
    ]
)
# Words that can be the subject of a dass-clause on their own.
_SUBJECT_WORDS = frozenset(
    [
        "ich",
        "du",
        "er",
        "sie",
        "es",
        "wir",
        "ihr",
        "man",
        "dies",
        "dieser",
        "diese",
        "dieses",
        "das",
        "jeder",
        "jede",
        "jedes",
        "alle",
        "viele",
        "einige",
        "wenige",
        "manche",
        "beide",
        "nichts",
        "etwas",
        "niemand",
        "jemand",
        "keiner",
        "keine",
    ]
)
_SINGULAR_VERBS = frozenset(
    [
        "ist",
        "war",
        "hat",
        "hatte",
        "kann",
        "konnte",
        "muss",
        "musste",
        "soll",
        "sollte",
        "darf",
        "mag",
        "will",
    ]
)


@register
class DasDassCheck:
    code = "das_dass"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if block.language != "de" or not block.is_prose or block.is_heading:
            return
        for _sentence, tokens in context.sentences(block):
            for index in range(2, len(tokens)):
                token = tokens[index]
                if tokens[index - 1].text != ",":
                    continue
                if token.text == "das" and _must_be_dass(tokens, index):
                    message = say(
                        self.code,
                        "de",
                        "»das« → »dass«: Hier beginnt ein Nebensatz, und im Satz davor steht "
                        "kein sächliches Nomen, auf das sich ein Relativpronomen »das« beziehen "
                        "könnte.",
                    )
                    yield Finding(block.index, token.start, token.end, self.code, message)
                elif token.text == "dass":
                    noun = _may_be_relative(tokens, index)
                    if noun is not None:
                        message = say(
                            self.code,
                            "de",
                            f"bitte prüfen: Bezieht sich der Nebensatz auf »{noun}«, ist er ein "
                            "Relativsatz und beginnt mit »das« statt »dass«.",
                        )
                        yield Finding(block.index, token.start, token.end, self.code, message)


def _verb_final(tokens: Sequence[Word], index: int) -> list[Word] | None:
    """The clause after ``tokens[index]`` if it ends in a finite verb at a boundary."""
    clause = clause_after(tokens, index)
    end = index + len(clause) + 1
    if len(clause) < 2 or (end < len(tokens) and not is_boundary(tokens[end])):
        return None
    last = clause[-1]
    return clause if is_word(last) and grammar.can_be_finite_verb(last.text) else None


def _neuter_nouns(tokens: Sequence[Word], end: int) -> list[Word]:
    """Nouns before ``end`` in the sentence that a neuter determiner (or ``-es`` adjective) leads."""
    found: list[Word] = []
    for index in range(end):
        if not is_noun(tokens[index]) or index == 0:
            continue
        for back in range(index - 1, max(index - 4, -1), -1):
            lower = tokens[back].text.lower()
            if lower in _NEUTER_DETERMINERS or (
                lower.endswith("es") and tokens[back].text.islower() and back == index - 1
            ):
                found.append(tokens[index])
                break
            if not is_word(tokens[back]) or is_noun(tokens[back]):
                break
    return found


def _must_be_dass(tokens: Sequence[Word], index: int) -> bool:
    before = tokens[index - 2]
    if not is_word(before) or (is_noun(before) and before.text != "Sie"):
        return False  # "LDFLAGS, das …", "(-v), das …": something a relative "das" can refer to
    if any(not is_word(token) and token.text not in ",;:()" for token in tokens[: index - 1]):
        return False  # a file name or option earlier in the sentence may be the antecedent
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or not is_word(following) or following.text[:1].isupper():
        return False  # "…, das Modell": an article
    if grammar.can_be_finite_verb(following.text):
        return False  # "…, das heißt", "…, das ist": a demonstrative
    if _verb_final(tokens, index) is None:
        return False
    return not _neuter_nouns(tokens, index - 1)


def _may_be_relative(tokens: Sequence[Word], index: int) -> str | None:
    before = [token for token in tokens[max(index - 4, 0) : index - 1]]
    nouns = _neuter_nouns(tokens, index - 1)
    if not nouns or nouns[-1] not in before:
        return None
    clause = _verb_final(tokens, index)
    if clause is None:
        return None
    verb = clause[-1].text
    if verb in PASSIVE_AUXILIARIES or not (verb in _SINGULAR_VERBS or verb.endswith("t")):
        return None  # "…, dass darüber berichtet wird": impersonal passive needs no subject
    if any(token.text.lower() in _SUBJECT_WORDS for token in clause[:-1]):
        return None
    if free_noun(clause[:-1], articles_bind=False) is not None:
        return None
    return nouns[-1].text
