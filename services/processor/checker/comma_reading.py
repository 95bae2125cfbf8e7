"""How the comma rules read a stretch of words: what may be its finite verb, what opens
another clause inside it, and the small word classes both comma modules ask about.

Kept to the comma rules: a clipped "ich leer" is no verb here, though the
tagger knows one, and elsewhere "weiß" is read as the verb as often.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from services.processor.checker import grammar
from services.processor.checker.lexicon import SUBORDINATORS, word_set
from services.processor.checker.tokens import Word, is_word

# After a question word ("…, warum das …") the pronoun is the subject of that clause.
QUESTION_WORDS = word_set(
    "warum weshalb wieso weswegen wie was wo wer ob woher wohin wann wozu womit worauf "
    "worüber wofür woran worin"
)
# After a preposition "denen" is only a relative pronoun; these only before a subject or
# an article ("in der die …"), not before a noun or a pronoun's adjective ("in den beiden").
PREPOSITION_RELATIVES = word_set("dem der den die das")
# "Wir verwenden Methoden die …": a subject and a finite verb open the sentence.
SUBJECT_AND_VERB = 2
# Verbs that take a bare infinitive, so a verb at the end may still be theirs.
BARE_INFINITIVE_VERBS = word_set(
    "lassen sehen hören helfen fühlen spüren werden bleiben gehen kommen lernen lehren "
    "müssen können sollen dürfen wollen mögen brauchen"
)
# The endings of finite verbs: a word without one is an adjective first ("leer", "klar").
FINITE_ENDINGS = ("t", "n", "e", "st")
# Words only a clause with its own finite verb has: a subject pronoun, or "sich".
CLAUSE_SUBJECTS = frozenset({"sich", "er", "sie", "es", "wir", "ihr", "man", "ich", "du"})
# What opens a clause or phrase of its own inside the stretch, so its last verb is not ours.
OPENS_ANOTHER = SUBORDINATORS | word_set("wie wo als bis um")
# The verb forms that close a verb bracket: a participle or an infinitive.
BRACKET_CLOSERS = frozenset({"VV(PP)", "VA(PP)", "VV(INF)", "VA(INF)", "VM(INF)"})
# Marks that end a clause.
CLAUSE_ENDS = frozenset({",", ".", ";", "!", "?"})


def opens_another(words: Sequence[Word]) -> bool:
    """A conjunction, question word or infinitive group inside ``words``: a clause of its own."""
    if any(t.text.lower() in OPENS_ANOTHER or grammar.is_zu_infinitive(t.text) for t in words):
        return True
    return any(
        token.text == "zu"
        and following.text.islower()
        and grammar.can_be_infinitive(following.text)
        for token, following in itertools.pairwise(words)
    )


def has_finite_verb(words: Sequence[Word]) -> bool:
    """A form that may be finite, unless it is a participle before its noun ("installierten
    Paketen"), which the tagger also reads as a verb."""
    for at, word in enumerate(words):
        following = words[at + 1].text if at + 1 < len(words) else ""
        attributive = following[:1].isupper() and "ADJ(A)" in grammar.word_tags(word.text)
        if finite_token(word) and not attributive:
            return True
    return False


def finite_token(token: Word) -> bool:
    return (
        is_word(token)
        and grammar.can_be_finite_verb(token.text)
        and not adjective_first(token.text)
    )


def adjective_first(word: str) -> bool:
    """ "leer", "klar": an adjective with no finite verb's ending, though the tagger knows a
    clipped "ich leer" too. Kept to the comma rules: elsewhere "weiß" is the verb as often."""
    return bool(grammar.word_tags(word) & grammar.ADJECTIVE_TAGS) and not word.endswith(
        FINITE_ENDINGS
    )


def asks(word: str) -> bool:
    """A question word: "was für eine Liste das …", "welche Methode die …"."""
    return word in QUESTION_WORDS or word.startswith("welch")
