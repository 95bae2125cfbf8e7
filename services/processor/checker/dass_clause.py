"""What follows a "das": an article's noun phrase, a demonstrative's main clause, or a clause.

A "das" that opens a subordinate clause is followed by a subject of its own
and a finite verb at the clause's end ("das man nie auslernt"). An article
is followed by its neuter noun ("das neue Modell", "das im Anhang
beschriebene Verfahren"); a demonstrative by the finite verb of its main
clause ("das ist", "das heißt"). Only the first kind can be a "dass".
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from services.processor.checker import grammar, nouns
from services.processor.checker.clauses import (
    BOUNDARY_MARKS,
    BOUNDARY_WORDS,
    ends_in_zu_infinitive,
    finite_verb,
    is_noun,
    subordinate_clause,
)
from services.processor.checker.dass_phrases import article_of, has_subject
from services.processor.checker.dass_words import (
    AUXILIARIES,
    COPULAS,
    NOMINATIVE_PRONOUNS,
    SUBJECT_WORDS,
)
from services.processor.checker.lexicon import (
    ARTICLES,
    PLURAL_OF,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SEIN_FINITE,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.tokens import QUOTES, Word, is_word

# Inside the clause these open a clause of their own, whose verb the last one may be.
_INNER_OPENERS = SUBORDINATORS | word_set("""
    als wie wo was wer weil da ob warum wann wozu wofür womit worüber wodurch woran worauf
    wovon wohin woher woraus wonach
    """)


_COMPARISONS = word_set("als wie")
# After a participle these finish the verb: "veraltet sind", "gelöscht wurde".
_SINGULAR_VERBS = word_set(
    "ist war hat hatte kann konnte muss musste soll will darf wird wurde sei "
    "sollte könnte müsste wollte durfte dürfte würde hätte wäre möchte mochte"
)
# After a clause's final verb these open what follows it: "…, stehen um … zu …".
_AFTER_VERB = word_set("um ohne statt anstatt")


_DEFINITE_ARTICLES = frozenset(["der", "die", "den", "dem"])
# How far after "das die …" its verb may stand: a noun phrase and a predicate.
_ARTICLE_VERB_REACH = 7


class Shape(Enum):
    """How sure the words after "das" make it a clause-opener.

    A subject pronoun right after it ("das man …") is surest; a clause with a
    subject and a final verb comes next; a clause broken up by commas last.
    """

    PRONOUN = "pronoun"
    CLAUSE = "clause"
    # Broken up by commas: only good enough where a word before governs a dass-clause.
    LOOSE = "loose"
    # Verb-final without a subject of its own ("das in der Praxis anderes gilt"): "das"
    # would be the subject, which a relative pronoun only is with a neuter noun to refer to.
    SUBJECTLESS = "subjectless"


def clause_shape(tokens: Sequence[Word], index: int) -> Shape | None:
    """Whether ``tokens[index]`` ("das") opens a subordinate clause, judged by what follows."""
    after = index + 1
    while after < len(tokens) and tokens[after].text in QUOTES:
        after += 1  # "das „Nachhaltigkeit“ … verstanden wird": the clause goes on inside quotes
    following = tokens[after] if after < len(tokens) else None
    if following is None or not is_word(following):
        return None
    lower = following.text.lower()
    if lower == "alles":
        return None  # "das alles": a demonstrative
    possessive = lower == "ihr" and index + 2 < len(tokens) and tokens[index + 2].text.istitle()
    if not possessive and following.text.islower() and lower in NOMINATIVE_PRONOUNS:
        # "das man …": no article or demonstrative stands before a subject pronoun.
        return Shape.PRONOUN if _has_finite_verb(tokens, index + 1) else None
    if lower in SUBORDINATORS and lower != "dass":
        return Shape.LOOSE  # "das wenn man …": a clause opens inside the clause
    pronoun_or_article = lower in SUBJECT_WORDS or lower in ARTICLES
    verb_next = grammar.can_be_finite_verb(following.text)
    if not pronoun_or_article and verb_next and not _adjective_before_noun(tokens, index + 1):
        return None  # "das ist", "das heißt": a demonstrative before its verb
    clause = subordinate_clause(tokens, index)
    if _infinitive_group(clause):
        return None  # "das Zertifikat zu installieren": "das" is the article of its object
    verb = final_verb(clause, openers=True)
    if verb is None:
        return _loose(tokens, index, clause) or _article_then_verb(clause)
    inner = clause[:verb]
    if _inner_clause(inner):
        # "das jetzt besser, als er denkt": the verb belongs to another clause
        return _article_then_verb(clause)
    after_comma = index > 0 and tokens[index - 1].text == ","
    after_verb = tokens.index(clause[verb]) + 1
    closes = after_verb >= len(tokens) or not is_word(tokens[after_verb])
    if article_of(inner) and not (
        after_comma and _plural_verb_without_subject(inner, clause[verb], closes=closes)
    ):
        return None  # "das … Auswirkungen hat": "das" is an article
    if not has_subject(inner, singular=singular_verb(clause[verb].text)):
        return Shape.SUBJECTLESS  # "das" is the subject: a relative, or "dass" without one
    if _bare_predicate_noun(inner, clause[verb]):
        return Shape.SUBJECTLESS  # "das nicht Teil der Distribution ist": "Teil" is no subject
    return Shape.CLAUSE


# Particles that may stand before a copula's predicate: "das nicht Teil … ist".
_PREDICATE_PARTICLES = word_set("nicht auch nur noch schon bereits ebenfalls selbst zwar")


def _bare_predicate_noun(inner: Sequence[Word], verb: Word) -> bool:
    """ "…, das nicht Teil der Distribution ist": a copula's only noun, bare, with nothing
    after it but its own genitive or prepositional phrase, is the predicate ("Teil sein");
    a subject would need its own predicate beside it ("dass Geld wichtig ist")."""
    if verb.text not in _COPULA_FORMS:
        return False
    words = [token for token in inner if token.text.lower() not in _PREDICATE_PARTICLES]
    if not words or not is_noun(words[0]) or not is_word(words[0]):
        return False
    rest = words[1:]
    attribute = not rest or rest[0].text.lower() in ARTICLES | PREPOSITIONS
    return attribute and not has_subject(rest, singular=True)


# Finite plurals that end a subordinate clause: auxiliaries and modals.
_PLURAL_AUXILIARIES = frozenset(PLURAL_OF.values())
_PASSIVE_PLURALS = frozenset({"werden", "wurden"})
_COPULA_FORMS = SEIN_FINITE | {"wird"}


def no_place_for_relative(tokens: Sequence[Word], index: int) -> bool:
    """ "…, das Gesetze später verabschiedet werden", "…, das die Wirkung gering ist": a
    clause with a subject of its own whose verb takes no object.

    A relative "das" would be its clause's subject or accusative object. A
    passive and a copula with an adjective take no object, and the clause's
    own subject leaves no place for "das" as subject: so "das" opens a dass-clause.
    """
    clause = subordinate_clause(tokens, index)
    verb = final_verb(clause)
    if verb is None or verb != len(clause) - 1:
        return False
    return _plural_passive(clause, verb) or _adjective_predicate(clause, verb)


def _plural_passive(clause: Sequence[Word], verb: int) -> bool:
    """ "Gesetze … verabschiedet werden (können)": its plural verb agrees with its subject."""
    end = verb
    if clause[verb].text not in _PASSIVE_PLURALS and clause[verb].text in _PLURAL_AUXILIARIES:
        end -= 1  # a modal after the passive: "verabschiedet werden können"
    if clause[end].text not in _PASSIVE_PLURALS or end < 2:
        return False
    if "VV(PP)" not in grammar.word_tags(clause[end - 1].text):
        return False
    inner = clause[: end - 1]
    return has_subject(inner) and not has_subject(inner, singular=True)


def _adjective_predicate(clause: Sequence[Word], verb: int) -> bool:
    """ "die Wirkung gering ist": a copula, its adjective, and a subject that agrees."""
    copula, predicate = clause[verb].text, clause[verb - 1].text if verb > 0 else ""
    if copula not in _COPULA_FORMS or verb < 2 or not predicate.islower():
        return False
    tags = grammar.word_tags(predicate)
    if "ADJ(D)" not in tags or tags & {"VV(PP)", "VV(FIN)", "ADV"}:
        return False
    inner = clause[: verb - 1]
    if any(finite_verb(word) for word in inner):
        return False  # "das man kaufen möchte auch notwendig ist": two clauses, a comma missing
    first = inner[0].text
    opens_with_subject = is_noun(inner[0]) or first in SUBJECT_WORDS | ARTICLES
    # "das für die Zulassung neuer Entwickler zuständig ist": its subject is "das" itself
    return opens_with_subject and has_subject(inner, singular=singular_verb(copula))


def _plural_verb_without_subject(inner: Sequence[Word], verb: Word, *, closes: bool) -> bool:
    """ "das schriftlich festgelegte Verfahren … angewendet werden", "das neue Verfahren
    ein hohes Potenzial bieten": the clause's verb is plural, and nothing after the noun
    "das" would go with can be its plural subject, so that noun is a plural and "das" no
    article of it."""
    auxiliary = verb.text in _PLURAL_AUXILIARIES
    if not auxiliary and not _plural_full_verb(verb.text):
        return False
    noun = next((at for at, word in enumerate(inner) if is_noun(word)), None)
    if noun is None or "pl.nom" not in nouns.compound_analyses(inner[noun].text):
        return False  # "…, das gleiche Outfit haben": a singular, and "haben" an infinitive
    rest = inner[noun + 1 :]
    if auxiliary:
        return not has_subject(rest)
    # A full verb may be an infinitive ("…, das Programm veröffentlichen"): an object of its
    # own after the noun, which a plural subject leaves room for, tells; so does a verb
    # that ends the clause with no noun phrase after the noun at all ("…, das Radfahrende
    # auf Gehwege ausweichen."), whose governor then decides between relative and "dass".
    # Before "und" it may be an infinitive still: "…, das Leben genießen und … kann".
    return not has_subject(rest, plural=True) and (has_subject(rest) or closes)


def _plural_full_verb(verb: str) -> bool:
    return verb.endswith("en") and "VV(FIN)" in grammar.word_tags(verb)


def _adjective_before_noun(tokens: Sequence[Word], at: int) -> bool:
    """ "gleiche Energiedichten": a word that is also a verb form ("ich gleiche"), inflected
    as an adjective right before a noun."""
    word = tokens[at].text
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    adjective = "ADJ(A)" in grammar.word_tags(word) and word.endswith(("e", "en"))
    return adjective and following is not None and is_noun(following)


def singular_verb(verb: str) -> bool:
    """A finite verb only a singular subject agrees with: "ist", "kann", "bündelt", "bündelte",
    "ging", "begann"; the plural of a full verb ends in -n ("gingen", "ändern")."""
    if verb in _SINGULAR_VERBS:
        return True
    if "VV(FIN)" not in grammar.word_tags(verb):
        return False
    return verb.endswith(("t", "e", "nn")) or not verb.endswith("n")


def _loose(tokens: Sequence[Word], index: int, clause: Sequence[Word]) -> Shape | None:
    """A clause broken up by commas ("das ein Mensch labil, unsicher und schwankend ist").

    Its first part has a subject and ends in a lower-case word, not in a noun
    ("das die beste Lösung, weil …" is a demonstrative with its predicate), and
    a finite verb ends a later part of the sentence, or meets the main verb
    where a comma is missing ("… unsicher sind ist …").
    """
    if not clause or _inner_clause(clause) or article_of(clause) or not has_subject(clause):
        return None
    rest = tokens[tokens.index(clause[-1]) + 1 :]  # past quotation marks the clause skipped
    rest = [token for token in rest if token.text not in QUOTES]
    if not clause[-1].text.islower():
        return Shape.LOOSE if _continued(rest) else None
    for at, token in enumerate(rest):
        following = rest[at + 1].text if at + 1 < len(rest) else "."
        if finite_verb(token) and (following in BOUNDARY_MARKS or following in BOUNDARY_WORDS):
            return Shape.LOOSE
        if at > 0 and final_verb(rest[at - 1 : at + 2]) == 1:
            return Shape.LOOSE
    return None


def _article_then_verb(clause: Sequence[Word]) -> Shape | None:
    """ "das die Werte stabil sind mit …": no article stands after the article "das".

    "das" before "der", "die", "den", "dem" is a pronoun; with a finite verb
    later in the clause it opens one, though its verb may not stand last.
    Without one it is a demonstrative object ("erklärt das der Gruppe").
    """
    if len(clause) < 3 or clause[0].text not in _DEFINITE_ARTICLES:
        return None
    for token in clause[2:_ARTICLE_VERB_REACH]:
        if token.text.lower() in SUBORDINATORS or token.text in ("was", "als", "wie"):
            return None  # the next verb may belong to a clause inside this one
        if finite_verb(token):
            return Shape.LOOSE
    return None


def _continued(rest: Sequence[Word]) -> bool:
    """ "das die Feier, wie sie oft heißt, zu laut ist": the clause goes on after an insertion.

    The insertion opens with a relative or conjunction; the part after it
    opens with neither and ends in a finite verb: "…, weil sie billig ist."
    is a clause of its own, so "das die beste Lösung" stays a demonstrative's.
    """
    parts: list[list[Word]] = [[]]
    for token in rest:
        if token.text == ",":
            parts.append([])
        elif token.text not in QUOTES:
            parts[-1].append(token)
    if len(parts) < 3 or parts[0] or not parts[1] or not parts[2]:
        return False  # the clause must stop at a comma that opens the insertion
    inserted, after = parts[1], parts[2]
    opens = _INNER_OPENERS | RELATIVE_PRONOUNS | BOUNDARY_WORDS
    last = after[-1] if after[-1].text not in ".!?" or len(after) < 2 else after[-2]
    return (
        inserted[0].text.lower() in opens
        and after[0].text.lower() not in opens
        and finite_verb(last)
    )


def finite_clause(tokens: Sequence[Word], index: int) -> bool:
    """ "dafür, das HIIT … bewirkt": ``tokens[index]`` opens a clause that ends in a finite
    verb, no zu-infinitive group ("dafür, das Auto zu waschen")."""
    clause = subordinate_clause(tokens, index)
    verb = final_verb(clause)
    return verb is not None and not _infinitive_group(clause) and finite_verb(clause[verb])


def _infinitive_group(clause: Sequence[Word]) -> bool:
    """ "das Zertifikat auf dem Gerät zu installieren": a zu-infinitive, and no finite verb before.

    "das Erwachsene die Möglichkeit haben viel zu reisen" is a clause whose
    infinitive follows its finite verb.
    """
    if not ends_in_zu_infinitive(clause):
        return False
    return not any(
        token.text.islower() and grammar.can_be_finite_verb(token.text) for token in clause[:-2]
    )


def _inner_clause(inner: Sequence[Word]) -> bool:
    """Whether a clause of its own opens inside: "als er …", "in der man …"."""
    for at, token in enumerate(inner):
        lower = token.text.lower()
        following = inner[at + 1].text if at + 1 < len(inner) else ""
        if lower in _COMPARISONS:
            if following in NOMINATIVE_PRONOUNS:
                return True  # "als er denkt", but not "mehr Vorurteil als Wahrheit"
            continue
        if lower in _INNER_OPENERS:
            return True
        if lower in RELATIVE_PRONOUNS and following in NOMINATIVE_PRONOUNS:
            return True
    return False


def _has_finite_verb(tokens: Sequence[Word], index: int) -> bool:
    """Whether a finite verb follows in the sentence, brackets aside: a subject pronoun needs one."""
    for token in tokens[index + 1 :]:
        if token.text in "()[]":
            return False
        if finite_verb(token):
            return True
    return False


def final_verb(clause: Sequence[Word], *, openers: bool = False) -> int | None:
    """Where the clause's finite verb stands: at its end, or before the main clause's verb.

    With ``openers``, also before a clause of its own: "das sie nicht weiß, wo …".
    """
    if len(clause) < 2:
        return None
    for at in range(1, len(clause)):
        token = clause[at]
        if not finite_verb(token) or clause[at - 1].text == "zu":
            continue
        if at == len(clause) - 1:
            return at
        following = clause[at + 1].text
        if openers and (following in _INNER_OPENERS or following in _AFTER_VERB):
            return at
        article = at + 2 < len(clause) and is_noun(clause[at + 2])  # "sei die Zeit"
        if openers and following in RELATIVE_PRONOUNS and not article:
            return at
        participle = "VV(PP)" in grammar.word_tags(token.text) and following in AUXILIARIES
        if (
            finite_verb(clause[at + 1])
            and not participle
            and (not grammar.can_be_infinitive(token.text) or following in COPULAS)
        ):
            return at  # "… mitmacht ist …": the comma between the two verbs is missing
    return None
