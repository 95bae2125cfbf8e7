"""Relative clauses that miss their opening comma: "die Daten die wir nutzen", "Daten mit
denen wir arbeiten", "Die Reform die 2019 beschlossen wurde ist umstritten".

A relative pronoun is also an article or a demonstrative, so a clause counts
only where its shape shows it: a verb at its end, no noun of its own for the
pronoun to lead, and a noun before it the pronoun can refer to.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processor.checker import grammar, nouns
from services.processor.checker.case_terms import adjective_stem
from services.processor.checker.case_words import (
    inflected_adjective,
    participle_adjective,
    pronoun_like,
)
from services.processor.checker.clauses import (
    BOUNDARY_WORDS,
    clause_after,
    clause_before,
    clause_start,
    free_noun,
    is_boundary,
    is_noun,
    subordinate_clause,
)
from services.processor.checker.comma_reading import (
    BARE_INFINITIVE_VERBS,
    BRACKET_CLOSERS,
    CLAUSE_ENDS,
    CLAUSE_SUBJECTS,
    PREPOSITION_RELATIVES,
    QUESTION_WORDS,
    SUBJECT_AND_VERB,
    asks,
    finite_token,
    has_finite_verb,
    opens_another,
)
from services.processor.checker.dass_clause import final_verb
from services.processor.checker.dass_phrases import has_subject
from services.processor.checker.dass_words import may_be_neuter
from services.processor.checker.dictionary import speller
from services.processor.checker.lexicon import (
    ARTICLES,
    CONJUNCTION_COMPANIONS,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SEPARABLE_PARTICLES,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.relative_pronouns import (
    PRONOUN_KINDS,
    kind,
    relative_without_comma,
)
from services.processor.checker.tokens import Word, abbreviation_stop, is_number, is_word, is_year

# Words after which "der", "die", "das" lead their own phrase or clause, no relative one.
_NOT_BEFORE_RELATIVE = (
    PREPOSITIONS | ARTICLES | CONJUNCTION_COMPANIONS | PERSONAL_PRONOUNS | QUESTION_WORDS
)
# The tagger's readings of a relative pronoun (or of a demonstrative it may be).
_RELATIVE_TAGS = frozenset({"PRELS", "PDS", "PRELAT"})
# The most letters of one part of an abbreviation: "z. B.", "u. a.", "bzw.".
_ABBREVIATION_LETTERS = 3
# Signs of a unit or share after a number, which prose keeps: "70 °C", "5 %", "20 €".
_UNIT_SIGNS = frozenset("%‰°€$£")
# Before "das" these point at the demonstrative: "genau das", "all das".
_FOCUS_BEFORE_DEMONSTRATIVE = word_set("genau all eben gerade nur auch einfach")
# Pronouns that stand for a person and take a relative clause: "niemanden, der …".
_INDEFINITE_PERSONS = word_set(
    "niemand niemanden niemandem jemand jemanden jemandem derjenige diejenige diejenigen "
    "denjenigen demjenigen desjenigen"
)
# Readings that make a capitalised first word something other than a noun.
_FUNCTION_TAGS = word_set("ADV ADJ(D) PIAT PIS PDAT PDS ART KON APPR")
# Subjects that open such a sentence: a pronoun, or "es" of "es gibt".
_SUBJECT_OPENERS = word_set("wir ich er sie es man das dies")
# Forms of verbs: a clause of nothing else has no subject.
_VERB_FORM_TAGS = frozenset(
    {"VV(PP)", "VV(INF)", "VA(INF)", "VM(INF)", "VV(FIN)", "VA(FIN)", "VM(FIN)", "VA(PP)"}
)
# Indefinite articles that cannot follow an article: "die ein …" opens a relative clause.
_BARE_INDEFINITE = frozenset({"ein", "einen", "einem", "eines"})
# A clause closed by its participle or infinitive: subject, auxiliary, closing verb at least.
_BRACKET_CLAUSE = 3


def after_other_gender(tokens: Sequence[Word], index: int) -> bool:
    """ "weil die Eltern das nicht bezahlen": after a noun that is not neuter and singular,
    "das" is no relative pronoun of it but the clause's own object or subject; after
    "genau" or "all" it is the demonstrative they point at."""
    noun = tokens[index - 1]
    if noun.text.lower() in _FOCUS_BEFORE_DEMONSTRATIVE:
        return True  # "genau das", "all das": the demonstrative the particle points at
    determiner = tokens[index - 2].text if index >= 2 else ""
    return is_noun(noun) and not may_be_neuter(noun.text, determiner=determiner)


def relative_after_bracket(tokens: Sequence[Word], index: int) -> bool:
    """ "Viele wurden zu Geldsühnen verurteilt die kaum …", "Es lässt sich senken was …":
    a main clause closed by its participle or infinitive, then a pronoun opening a
    verb-final clause, which can only be a relative clause."""
    main = clause_before(tokens, index)
    if len(main) < _BRACKET_CLAUSE or main[0].start != tokens[0].start:
        return False  # only the sentence's first clause, whose order is known
    if not main[-1].text.islower() or not grammar.word_tags(main[-1].text) & BRACKET_CLOSERS:
        return False
    if main[-1].text in ARTICLES:
        return False  # "Sie können einen der Befehle eingeben": the pronoun, no verb "einen"
    finite = next((t.text for t in main[1:-1] if finite_token(t) and t.text.islower()), "")
    auxiliary = grammar.word_tags(finite) & grammar.AUXILIARY_TAGS
    if not (auxiliary or "lassen" in grammar.verb_lemmas(finite)):
        return False  # the bracket opens with an auxiliary, a modal or "lässt"
    clause = clause_after(tokens, index)
    if len(clause) < SUBJECT_AND_VERB or opens_another(clause):
        return False
    first = clause[0].text
    if tokens[index].text != "was" and (first[:1].isupper() or inflected_adjective(first)):
        return False  # "verurteilt die Richter": an article before its noun
    end = index + len(clause) + 1
    if end < len(tokens) and tokens[end].text not in CLAUSE_ENDS:
        return False
    return is_word(clause[-1]) and grammar.can_be_finite_verb(clause[-1].text)


def _verb_still_owed(opener: Sequence[Word], opened: Sequence[Word]) -> bool:
    """A subordinate clause whose verb has not come yet: the next verb-final stretch is its own.

    "ohne dass" or "auch wenn" open one too. "da" opens one where no verb follows it at once ("da sie zur Zeit die … sind"); as an
    adverb it takes the verb next ("Da ist …").
    """
    if not opener:
        return False
    lower = opener[0].text.lower()
    conjunction_da = lower == "da" and len(opened) > 1 and not finite_token(opened[1])
    if len(opened) > 1 and opened[1].text.lower() in SUBORDINATORS and lower not in SUBORDINATORS:
        return not has_finite_verb(opened[2:])  # "ohne dass", "auch wenn": two words open it
    if lower not in SUBORDINATORS and not conjunction_da:
        return False
    return not has_finite_verb(opened[1:])


def _clause_ends_after(tokens: Sequence[Word], end: int) -> bool:
    """The sentence ends at ``end``, or a new clause opens after its comma.

    "dass jedes Paket welches sie benutzt, neu gebaut wird": the clause goes
    on after the comma, so the verb before it closed a relative clause.
    """
    if end >= len(tokens) or tokens[end].text in (".", "!", "?", ";", ":"):
        return True
    following = tokens[end + 1].text.lower() if end + 1 < len(tokens) else ""
    return following in SUBORDINATORS or following in BOUNDARY_WORDS


def _attributive(word: str) -> bool:
    """ "implementierten": a form that is also an adjective before a noun."""
    return "ADJ(A)" in grammar.word_tags(word)


def _after_main_clause(tokens: Sequence[Word], index: int) -> bool:
    """ "Wir verwenden Methoden die SQL-Abfragen generieren": "die" cannot be an article here.

    The sentence opens with subject and finite verb, then the noun (with its
    article and adjectives) the pronoun fits; a second verb at the end needs a clause of its own. Unless the first
    verb takes a bare infinitive ("Wir lassen Methoden die Abfragen generieren").
    """
    noun = tokens[index - 1].text
    main = clause_before(tokens, index - 1)
    if len(main) < SUBJECT_AND_VERB or main[0].start != tokens[0].start:
        return False
    if main[0].text.lower() not in _SUBJECT_OPENERS:
        return False  # "Sicherlich haben Jugendliche die Pflicht …": the noun is the subject
    if len(clause_after(tokens, index)) >= 2 and clause_after(tokens, index)[-2].text == "zu":
        return False  # "… die Pflicht zur Schule zu gehen": an infinitive group, no clause
    attributes = main[SUBJECT_AND_VERB:]
    if not all(t.text in ARTICLES or inflected_adjective(t.text) for t in attributes):
        return False  # only the noun's article and adjectives between verb and noun
    verb = main[1].text
    if not verb.islower() or not grammar.can_be_finite_verb(verb):
        return False
    if grammar.verb_lemmas(verb) & BARE_INFINITIVE_VERBS:
        return False
    fits = PRONOUN_KINDS.get(tokens[index].text, frozenset())
    return any(kind(reading) in fits for reading in nouns.compound_analyses(noun))


def _only_noun(word: str) -> bool:
    """A noun and nothing else, though capitalised by the sentence start: not "Genau", "All"."""
    tags = grammar.word_tags(word)
    return bool(tags & {"NN", "NNA"}) and not tags & _FUNCTION_TAGS


def _verb_second(tokens: Sequence[Word], index: int) -> bool:
    """A main clause's finite verb after its first constituent: "Sie können", "Das Team hat"."""
    verb = tokens[index].text
    if not verb.islower() or not grammar.can_be_finite_verb(verb):
        return False
    first = clause_before(tokens, index)
    return (
        0 < len(first) <= 2
        and all(is_word(token) for token in first)
        and (first[0].text[:1].isupper() or first[0].text.lower() in PERSONAL_PRONOUNS)
    )


def _counted_alone(clause: Sequence[Word]) -> bool:
    """A number with no noun after it: "der drei enthält", not "die drei Kinder haben" nor
    "was einer hohen Quote entspricht" (past the adjectives), nor a year ("die 2019
    beschlossen wurde")."""
    at = 1
    while (
        at < len(clause) - 1 and clause[at].text.islower() and inflected_adjective(clause[at].text)
    ):
        at += 1
    following = clause[at].text if at < len(clause) else ""
    year = is_year(clause[0].text)
    return not year and "CARD" in grammar.word_tags(clause[0].text) and not following[:1].isupper()


def _main_clause_verb(tokens: Sequence[Word], index: int) -> bool:
    """ "Mit vielen Systemen kann das …", "…, wird die …": a main clause's finite verb.

    A verb that is only ever finite ends a subordinate clause or stands second in
    a main one; in a main clause what follows is its subject or object.
    """
    verb = tokens[index].text
    clause = clause_before(tokens, index)
    if not clause and verb.islower() and grammar.can_be_finite_verb(verb):
        return True  # "Falls …, werden das die Prozesse …": the verb opens the main clause
    if not verb.islower() or not grammar.only_finite_verb(verb):
        return False
    opener = clause[0].text.lower() if clause else verb
    return not (opener in SUBORDINATORS or opener in RELATIVE_PRONOUNS or asks(opener))


def _auxiliary_first(tokens: Sequence[Word]) -> bool:
    """ "Ist", "Hat", "Sollte" opening the sentence: a clause led by its finite verb."""
    return grammar.tag_at([token.text for token in tokens], 0) in grammar.AUXILIARY_TAGS


def _declined_apart(pronoun: str, clause: Sequence[Word], noun: Word) -> bool:
    """ "die bereits erhebliche Defizite": after "die" a plural's adjective ends in -en, so
    "die" is no article of this noun but the pronoun, and the noun its clause's own."""
    if pronoun != "die" or not all(r.startswith("pl.") for r in nouns.compound_analyses(noun.text)):
        return False
    before = clause[: clause.index(noun)]
    adjectives = [word for word in before if inflected_adjective(word.text)]
    return (
        bool(adjectives)
        and any(word.text.endswith("e") for word in adjectives)
        and all(word.text.islower() for word in before)
    )


def _participle_attribute(word: str) -> bool:
    """ "ändernden", "veränderten": a participle declined before its noun."""
    if not inflected_adjective(word):
        return False
    return adjective_stem(word).endswith("nd") or participle_adjective(word)  # "ändernd"


def _up_to_main_verb(clause: list[Word]) -> list[Word]:
    """The clause up to its finite verb where the main clause's meets it with no comma:
    "die 2019 beschlossen wurde | ist umstritten"."""
    verb = final_verb(clause)
    if verb is not None and verb + 1 < len(clause) and finite_token(clause[verb + 1]):
        return clause[: verb + 1]
    return clause


def _cited_noun(tokens: Sequence[Word], close: int) -> Word | None:
    """The noun before a bracketed year or citation that ends at ``close``: "Meier (2019)"."""
    opening = next((at for at in range(close - 1, -1, -1) if tokens[at].text == "("), None)
    if opening is None or opening < 1 or not any(t.text.isdigit() for t in tokens[opening:close]):
        return None
    return tokens[opening - 1] if is_noun(tokens[opening - 1]) else None


def preposition_relative(tokens: Sequence[Word], index: int) -> bool:
    """ "Daten mit denen wir arbeiten", "ein Ansatz erprobt bei dem das Netz … nachtrainiert
    wurde": a preposition and a relative pronoun open a verb-final clause.

    "denen" is only a pronoun; "dem", "der", "den" are pronouns where a subject
    pronoun, a definite article or "sich" follows them, which no article's noun
    does. "deren", "dessen" and "welcher" also lead a noun ("mit deren Hilfe").
    """
    if index < 2 or index + 2 >= len(tokens) or not is_word(tokens[index - 1]):
        return False
    if tokens[index - 1].text.lower() in _NOT_BEFORE_RELATIVE | BOUNDARY_WORDS:
        return False
    if tokens[index + 1].text == "das" and _particle_of_earlier_verb(tokens, index):
        return False  # "wirft ihnen vor das sie …": "vorwerfen", then a "dass" miswritten
    if (
        tokens[index + 1].text in PREPOSITION_RELATIVES
        and is_noun(tokens[index - 1])
        and _subjectless_passive(tokens, index + 2)
    ):
        return True  # "eine Regel in der festgelegt ist, …": a passive with no subject
    if not pronoun_opens_clause(tokens[index + 1 : index + 3]):
        return False
    if tokens[index + 2].text.lower() in _RELATIVE_AFTER_DEMONSTRATIVE:
        return False  # "gegenüber denen, welche …": a demonstrative, its relative after it
    if tokens[index + 2].text == "sich" and any(
        _participle_attribute(token.text) for token in tokens[index + 3 : index + 5]
    ):
        return False  # "für die sich häufig ändernden Versionen": an article
    clause = subordinate_clause(tokens, index + 1)
    if len(clause) < SUBJECT_AND_VERB or not finite_token(clause[-1]):
        return False
    if not has_subject(clause[:-1]):
        return False  # "Vorteile gegenüber denen aus B bieten": a demonstrative, no clause
    end = tokens.index(clause[-1]) + 1
    return end >= len(tokens) or tokens[end].text in CLAUSE_ENDS


def _subjectless_passive(tokens: Sequence[Word], start: int) -> bool:
    """ "(in der) festgelegt ist", "(bei dem) viel geforscht wird": adverbs, a bare participle
    and a form of "werden" or "sein" to the clause's end. An article's word would be
    inflected ("in der festgelegten Form"), so the d-word before it is the pronoun."""
    at = start
    while at < len(tokens) and _bare_adverb(tokens[at].text):
        at += 1
    if at + 1 >= len(tokens):
        return False
    participle, auxiliary = tokens[at].text, tokens[at + 1].text
    if not participle.islower() or "VV(PP)" not in grammar.word_tags(participle):
        return False
    if inflected_adjective(participle) or not _passive_auxiliary(auxiliary):
        return False
    after = tokens[at + 2].text if at + 2 < len(tokens) else "."
    # "…, über das berichtet wurde ist alt": the main clause's verb may meet the clause's
    return after in CLAUSE_ENDS or (after.islower() and grammar.can_be_finite_verb(after))


def _bare_adverb(word: str) -> bool:
    """ "viel", "bereits", "nicht": an uninflected word that grades the participle after it."""
    found = grammar.word_tags(word)
    if not word.islower() or inflected_adjective(word):
        return False  # "von den anderen festgelegt": a pronoun, "den" its article
    return bool(found & _GRADING_TAGS) and not found & grammar.VERB_TAGS


def _passive_auxiliary(word: str) -> bool:
    """A finite form of "werden" or "sein", which a passive's participle takes."""
    return grammar.can_be_finite_verb(word) and bool(grammar.verb_lemmas(word) & {"werden", "sein"})


# What may grade a participle: an adverb, an adverbial adjective, "nicht".
_GRADING_TAGS = frozenset({"ADV", "ADJ(D)", "PTKNEG"})
# Relative pronouns that follow a demonstrative "denen", "dem": "gegenüber denen, welche …".
_RELATIVE_AFTER_DEMONSTRATIVE = word_set("welche welcher welchen welchem")
_COUNTED_SUBJECTS = word_set("viele einige manche mehrere wenige alle beide")


def pronoun_opens_clause(pair: Sequence[Word]) -> bool:
    """After a preposition: "denen", or "dem"/"der"/… before a subject pronoun, "sich" or a
    definite article, which no article's noun stands before ("in der man", "bei dem das")."""
    if not pair:
        return False
    pronoun = pair[0].text
    following = pair[1].text if len(pair) > 1 else ""
    # "in dem viele …": after "dem", "den" or a dative "der" an article's adjective would
    # end in -en ("in dem vielen Regen"), so a bare "viele" is the clause's subject.
    counted = pronoun in ("dem", "den", "der") and following in _COUNTED_SUBJECTS
    return pronoun == "denen" or (
        pronoun in PREPOSITION_RELATIVES
        and (following in CLAUSE_SUBJECTS or following in PREPOSITION_RELATIVES or counted)
    )


def _particle_of_earlier_verb(
    tokens: Sequence[Word], index: int, *, only_prepositions: bool = True
) -> bool:
    """ "macht viele Tiefen durch": a finite verb before it in the clause makes the word its
    separated particle ("durchmachen")."""
    particle = tokens[index].text
    if only_prepositions and particle not in SEPARABLE_PARTICLES:
        return False
    return any(
        speller("de").listed(particle + lemma)
        for token in tokens[clause_start(tokens, index) : index]
        if token.text.islower() and finite_token(token)
        for lemma in grammar.verb_lemmas(token.text)
    )


def _particle_closing_clause(tokens: Sequence[Word], at: int) -> bool:
    """ "setzt … ein", "nahmen … teil": a separable particle after a noun, its finite verb
    earlier in the clause. A particle of another kind ("teil", "fest") must make a listed
    verb with that finite verb."""
    word = tokens[at].text
    if at < 2 or "PTKVZ" not in grammar.word_tags(word):
        return False
    if word in SEPARABLE_PARTICLES:
        return any(finite_token(token) for token in clause_before(tokens, at)[:-2])
    return _particle_of_earlier_verb(tokens, at, only_prepositions=False)


def _abbreviated(tokens: Sequence[Word], token: Word) -> bool:
    """A letter of an abbreviation ("B" in "z. B."), or its full stop."""
    at = tokens.index(token)
    if token.text == ".":
        return abbreviation_stop(tokens, at)
    following = at + 1
    return (
        len(token.text) <= _ABBREVIATION_LETTERS
        and following < len(tokens)
        and tokens[following].text == "."
        and abbreviation_stop(tokens, following)
    )


def _prose_token(tokens: Sequence[Word], token: Word) -> bool:
    """A word, a number, a sign prose writes after a number ("bis 70 °C", "um 5 %"), or the
    full stop of an abbreviation ("z. B.")."""
    if is_word(token) or is_number(token.text) or token.text in _UNIT_SIGNS:
        return True
    return token.text == "." and abbreviation_stop(tokens, tokens.index(token))


def closes_particle_verb(tokens: Sequence[Word], at: int) -> bool:
    """Whether ``tokens[at]`` is the particle of its clause's finite verb: "lagen … vor" is
    "vorliegen". "vor was" might be a colloquial "wovor"; a verb it completes rules that out."""
    particle = tokens[at].text.lower()
    if particle not in SEPARABLE_PARTICLES:
        return False
    words = speller("de")
    return any(
        finite_token(token)
        and token.text.islower()
        and any(words.in_dictionary(particle + lemma) for lemma in grammar.verb_lemmas(token.text))
        for token in clause_before(tokens, at)
    )


def _opened_by_relative(tokens: Sequence[Word], at: int) -> bool:
    """Whether ``tokens[at]`` is a pronoun after a preposition ("bei denen", "mit dem"): a
    relative clause has begun there, and the pronoun after it opens none of its own."""
    return (
        at >= 1
        and tokens[at].text.lower() in RELATIVE_PRONOUNS
        and tokens[at - 1].text.lower() in PREPOSITIONS
    )


def relative_clause(tokens: Sequence[Word], index: int) -> bool:
    """A pronoun opening a verb-final clause in which it has no noun of its own."""
    before = tokens[index - 1]
    if before.text == ")":
        cited = _cited_noun(tokens, index - 1)
        if cited is None:
            return False
        before = cited  # "eine Studie von Meier (2019) die …": the noun before the citation
    # "setzt eine Anwendung ein welche …": the verb's particle before the noun's relative;
    # "stiegen stark an was …": before "was", which refers to the whole clause
    noun_before_particle = (
        _particle_closing_clause(tokens, index - 1) and tokens[index - 2].text[:1].isupper()
    )
    clause_before_was = tokens[index].text == "was" and closes_particle_verb(tokens, index - 1)
    if noun_before_particle or clause_before_was:
        before = tokens[index - 2]
    if before.text.lower() in _NOT_BEFORE_RELATIVE:
        return False
    if _verb_second(tokens, index - 1) or _main_clause_verb(tokens, index - 1):
        return False  # "Sie können das auch …": the verb's object, nothing to refer back to
    if index == 1 and _auxiliary_first(tokens):
        return False  # "Ist das erledigt, …": a clause led by its verb, "das" its subject
    opener = clause_before(tokens, index)[:1]
    if opener and asks(opener[0].text.lower()):
        return False  # "was für eine Liste das sein soll": the question's subject follows
    if before.text.lower() in SUBORDINATORS or before.text.lower() == "damit":
        return False  # "Damit das notiert werden kann": the clause's subject
    if _opened_by_relative(tokens, index - 1):
        return False  # "Fälle, in denen das nicht klappt": a relative clause's own subject
    if before.text == "da" and index >= 2 and tokens[index - 2].text == ",":
        return False  # "…, da das so erwartet wird": the conjunction "da" and its subject
    if index >= 2 and tokens[index - 2].text.lower() in ("so", "wie") and before.text.islower():
        return False  # "so sinnlos das auch sein mag": a concession, "das" its subject
    whole = subordinate_clause(tokens, index)
    clause = _up_to_main_verb(whole)
    meets_main_verb = len(clause) < len(whole)  # "die … beschlossen wurde ist umstritten"
    after = tokens.index(clause[-1]) + 1 if clause else index + 1
    if _verb_still_owed(opener, clause_before(tokens, index)):
        # "dass die Konfiguration der domU … besorgt wird.": that clause's own verb, also
        # where it follows an adjective that seemed a verb ("da sie die meistgenutzten sind.")
        whole_end = tokens.index(whole[-1]) + 1 if whole else after
        if _clause_ends_after(tokens, after):
            return False
        adjective_end = bool(clause) and inflected_adjective(clause[-1].text)
        if meets_main_verb and adjective_end and _clause_ends_after(tokens, whole_end):
            return False
    # "nahmen Teams aus Vereinen die … zugeteilt wurden teil": the main verb's particle
    # follows the clause, which ends before it
    particle = (
        len(clause) >= SUBJECT_AND_VERB + 1
        and "PTKVZ" in grammar.word_tags(clause[-1].text)
        and grammar.can_be_finite_verb(clause[-2].text)
        and any(finite_token(token) for token in tokens[:index])
    )
    if particle:
        clause = clause[:-1]
    first = clause[0].text if clause else ""
    # "eine Malerei die alltägliche Gegenstände wiedergibt": the phrase needs no article
    strong_object = relative_without_comma(tokens, index)
    # "Patienten die ein Risiko …": no article's word; but "der einen und der anderen"
    article_after = first in _BARE_INDEFINITE and not (
        len(clause) > 1 and clause[1].text in BOUNDARY_WORDS
    )
    # "Erzählungen die sich … bedienen": an article before "sich" leads a participle ("die
    # sich ändernden Preise"), and without one "die" is the pronoun
    reflexive = first == "sich" and not any(_participle_attribute(t.text) for t in clause[1:3])
    if (
        first
        # "was einer Quote entspricht": an article after "was" leads its clause's noun; but
        # "was neues" is "etwas Neues"
        and not (tokens[index].text == "was" and first.lower() in ARTICLES)
        and not (article_after or reflexive)
        and (pronoun_like(first) or inflected_adjective(first))
        and not strong_object
    ):
        return False  # "die Liste der meisten", "möchten das gleiche": an article
    if clause and not article_after and _counted_alone(clause):
        return False  # "eine Kombination der drei": a genitive article before a number
    if clause and clause[0].text.islower() and not speller("de").known(clause[0].text):
        return False  # "dem Ideal der impassibilité": an article before a foreign noun
    if tokens[index].text.lower() in ("dessen", "deren") and all(
        grammar.word_tags(token.text) & _VERB_FORM_TAGS for token in clause
    ):
        return False  # "die Vorstellung dessen verändert hat, was …": a genitive is no subject
    if (
        len(clause) < 2
        or not is_word(clause[-1])
        or not grammar.can_be_finite_verb(clause[-1].text)
    ):
        return False
    end = after
    if end < len(tokens) and not (is_boundary(tokens[end]) or meets_main_verb):
        return False
    if end < len(tokens) and tokens[end].text in BOUNDARY_WORDS and _attributive(clause[-1].text):
        return False  # "der neu implementierten sowie der alten Tests": one noun phrase
    # "die z. B. durch Farbstoffe verursacht werden": an abbreviation's letters are no noun
    noun = free_noun([t for t in clause[:-1] if not _abbreviated(tokens, t)], articles_bind=True)
    # "Vereinen die nach dem Zufallsprinzip zugeteilt wurden": an article before a preposition
    # leads an attribute ("die nach … zugeteilten Teams"), which needs an inflected participle
    governed_only = clause[0].text in PREPOSITIONS and not any(
        inflected_adjective(token.text) for token in clause
    )
    # "dessen" and "deren" always lead a noun of their own: "Umgebung deren Hardware abweicht"
    possessive = tokens[index].text.lower() in ("dessen", "deren")
    if (
        noun is not None
        and not possessive
        and not reflexive
        and not governed_only
        and not _after_main_clause(tokens, index)
        and not _declined_apart(tokens[index].text, clause, noun)
        and not strong_object
    ):
        return False  # "die genannten Kosten": the article of a noun, no pronoun
    if any(not _prose_token(tokens, token) for token in clause):
        return False  # symbols: a table-like fragment, not a clause to judge
    if before.text[:1].isupper() and (index > 1 or _only_noun(before.text)):
        return True  # "Komponenten die in … vorkommen": a noun, then its relative clause
    if before.text.lower() in _INDEFINITE_PERSONS:
        return True  # "niemanden der …": a pronoun that stands for a noun
    if index == 1:
        return False  # "Genau das sollte …": the sentence start's capital, no noun to refer to
    if _closes_its_clause(tokens, index - 1):
        return True  # "…, dass vor allem jene profitieren die …": no article after the end
    if possessive:
        return False  # "Sie können deren Daten lesen": after a verb or an adverb, a demonstrative
    # After a verb the pronoun may still be an article; tagging the sentence in context decides.
    words = [token.text for token in tokens]
    return grammar.tag_at(words, index) in _RELATIVE_TAGS


def _closes_its_clause(tokens: Sequence[Word], at: int) -> bool:
    """ "dass jene Personen profitieren", "ließen sich zu zwei Gruppen verdichten": the verb
    that ends a subordinate clause, or the infinitive or participle that closes a finite
    verb's bracket. Its clause is complete, so what follows opens another."""
    verb = tokens[at]
    if not is_word(verb) or not verb.text.islower():
        return False
    clause = clause_before(tokens, at)
    if len(clause) < SUBJECT_AND_VERB:
        return False
    if clause[0].text.lower() in SUBORDINATORS:
        return grammar.can_be_finite_verb(verb.text) and not opens_another(clause[1:])
    closer = bool(grammar.word_tags(verb.text) & BRACKET_CLOSERS)
    return closer and clause[0].text[:1].isupper() and has_finite_verb(clause)
