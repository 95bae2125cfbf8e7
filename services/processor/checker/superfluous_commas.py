"""Commas that must not stand: where students put one by feel, though no clause begins.

Four places where the rules forbid the comma outright (§ 72, § 74 of the
official rules; Duden K 106, K 111), told apart by closed word classes and,
for the third, the tagger reading the sentence in context:

- between the halves of "sowohl … als auch", "weder … noch", "entweder … oder";
- before "als" or "wie" of a comparison that has no verb of its own
  ("niedriger, als der Altbau");
- between the phrase that opens a sentence and its finite verb ("Im Rahmen
  der Arbeit, werden …"): the opening phrase is one part of the main clause;
- before "und", "oder", "sowie", "bzw." joining parts of one clause ("las den
  Text, und beantwortete …", "die Entstehung, sowie die Rezeption").

A comma that closes an inserted clause or aside is always right, so each rule
wants the stretch before the comma free of other commas (the first three, of
verbs too).
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processor.checker import grammar
from services.processor.checker.clauses import BOUNDARY_MARKS, clause_start, up_to_mark
from services.processor.checker.dass_clause import singular_verb
from services.processor.checker.lexicon import (
    ARTICLES,
    EQUALITY,
    INFINITIVE_OPENERS,
    PREPOSITIONS,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.tokens import Word, is_number, is_word

# The first half of a paired conjunction, and the second half a comma must not precede.
_PAIRS = {"sowohl": "als", "weder": "noch", "entweder": "oder"}
# Comparatives that are no "-er" adjective: "mehr als", "anders als", "eher als".
_COMPARATIVE_WORDS = word_set("mehr weniger anders eher lieber besser größer")
# Where a main clause after "oder", "noch" has its finite verb: "oder wir kalibrieren".
_CLAUSE_VERB_REACH = 2
# Openers of a clause or an infinitive group that the rules list as prepositions too.
_CLAUSE_OR_GROUP_OPENERS = word_set("während seit bis als um ohne statt anstatt")
# Determiners that can open a noun phrase at the sentence start, besides the articles.
_OPENING_DETERMINERS = word_set(
    "dieser diese dieses diesen diesem jeder jede jedes jeden jedem alle viele einige "
    "mehrere manche beide keine kein keinen keinem keiner unsere unser unseren ihre ihr"
)
# Conjunctions that join parts of a clause without a comma; "bzw" comes without its stop.
_JOINING = word_set("und oder sowie bzw beziehungsweise")
_SUBJECT_PRONOUNS = word_set("ich du er sie es wir ihr man")
# What opens an added comment, set off by the comma: "und zwar", "und das trotz …".
_ASIDE_OPENERS = word_set(
    "zwar das dies zudem auch nicht so damit somit also dennoch insbesondere besonders vor "
    "gerade schließlich sogar vielleicht möglicherweise teilweise"
)
# Phrases that comment on the sentence they open, outside its structure (Duden K 117).
_COMMENT_PHRASES = frozenset(
    {("mit", "anderen", "worten"), ("mit", "einem", "wort"), ("im", "klartext")}
)
# Articles that mark no nominative: what follows them is an object, never a subject.
_OBLIQUE_ARTICLES = word_set("dem einem des eines den einen")
# An adverb that opens the sentence alone is one part of the main clause, like a phrase.
_LONE_ADVERB = frozenset({"ADV", "ADJ(D)"})
# Conjunctions the tagger may read as adverbs: no part of the clause, so no "Satzglied".
_JOINING_WORDS = word_set("denn aber und oder sondern")
_SAYING = word_set("sagen meinen fragen antworten rufen erklären betonen entgegnen")
# Answers and discourse words stand apart, comma and all: "Ja, sage ich", "Also, legt los".
_ANSWERS = word_set("ja nein doch also nun gut klar richtig genau okay natürlich sicher stimmt")
# What corrects the word before: "…, oder besser Besorgtheit".
_CORRECTING = word_set("besser genauer vielmehr eher")
# Readings of a word before a noun that make it the noun's attribute, not a verb.
_ATTRIBUTIVE_TAGS = word_set("ADJ(A) PPOSAT")


def superfluous_comma(tokens: Sequence[Word], comma: int) -> str | None:
    """Why the comma at ``tokens[comma]`` must go, or None where it may stand."""
    if comma == 0 or comma + 1 >= len(tokens) or not is_word(tokens[comma - 1]):
        return None
    following = tokens[comma + 1].text
    before = tokens[:comma]
    opener = _pair_split(before, following, tokens[comma + 2 :])
    if opener is not None:
        pair = f"{opener} … {following}".lower()
        return f"In »{pair}{' auch' if following == 'als' else ''}« steht kein Komma"
    if _verbless_comparison(tokens, comma):
        return f"Vor »{following}« steht kein Komma, wenn der Vergleich kein eigenes Verb hat"
    if _opening_phrase_split(tokens, comma):
        return "Zwischen dem Satzglied am Satzanfang und dem Verb steht kein Komma"
    if _opening_phrases_joined(tokens, comma):
        return (
            f"Vor »{following}« steht kein Komma, wenn es zwei Satzglieder am Satzanfang verbindet"
        )
    if _joined_parts(tokens, comma) or _shared_bracket(tokens, comma):
        return (
            f"Vor »{following}« steht kein Komma, wenn es Satzteile und keine Hauptsätze verbindet"
        )
    if (
        following == "und"
        and _between_pair(tokens[:comma])
        and not _second_main_clause(tokens, comma)
    ):
        return "In »zwischen … und …« steht kein Komma"
    return None


def _pair_split(before: Sequence[Word], following: str, after: Sequence[Word]) -> str | None:
    """ "sowohl die Lehrkräfte, als auch": the first half ("sowohl"), where nothing between
    the halves needs the comma to close it; else None.

    Two main clauses joined by "oder" or "noch" may take a comma (§ 73): there
    a finite verb follows the conjunction at once or after its subject.
    """
    if following == "als" and not (after and after[0].text == "auch"):
        return None
    start = _opener_at(before, following)
    if start is None or any(_verb(before, at) for at in range(start + 1, len(before))):
        return None  # "entweder … gedrängt werden, oder …": two predicates, often two clauses
    if any(grammar.can_be_finite_verb(token.text) for token in after[:_CLAUSE_VERB_REACH]):
        return None
    return before[start].text


def _opener_at(before: Sequence[Word], following: str) -> int | None:
    """Where the first half of the pair ``following`` completes stands, back to the last mark."""
    for at in range(len(before) - 1, -1, -1):
        if before[at].text in BOUNDARY_MARKS:
            return None
        if _PAIRS.get(before[at].text.lower()) == following:
            return at
    return None


def _verbless_comparison(tokens: Sequence[Word], comma: int) -> bool:
    """ "deutlich niedriger, als der Altbau": "als" after a comparative, "wie" after "so groß",
    and no verb up to the clause's end, so nothing makes the comparison a clause."""
    following = tokens[comma + 1].text
    previous = tokens[comma - 1].text
    found = grammar.word_tags(previous)
    if following == "als":
        # "Früher, als …" is time, not comparison: an adverb opens a clause with "als"
        graded = previous.endswith("er") and "ADJ(D)" in found and "ADV" not in found
        compared = previous in _COMPARATIVE_WORDS or (previous.islower() and graded)
    elif following == "wie":
        compared = comma >= 2 and tokens[comma - 2].text in EQUALITY and "ADJ(D)" in found
    else:
        return False
    if not compared:
        return False
    # To the sentence's end: a verb after a bracket or a list ("als ed(1) zu verwenden")
    rest = [token for token in tokens[comma + 2 :] if is_word(token)]
    return bool(rest) and not any(_verb(rest, at) for at in range(len(rest)))


def _opening_phrase_split(tokens: Sequence[Word], comma: int) -> bool:
    """ "Im Rahmen der Arbeit, werden …": a verbless phrase opens the sentence, then the verb.

    The phrase starts with a preposition or a determiner and holds no verb, no
    comma and no clause opener; the word after the comma is a finite verb, and
    no later comma before a finite verb makes it an aside ("Das Wichtigste, finde ich, ist …").
    """
    if not _verbless_opening(tokens[:comma]):
        return False
    if tuple(token.text.lower() for token in tokens[:comma]) in _COMMENT_PHRASES:
        return False  # "Mit anderen Worten, geben Sie …": a comment on the sentence, set off
    if not grammar.can_be_finite_verb(tokens[comma + 1].text):
        return False
    if not _verb(tokens, comma + 1):
        return False  # "Die Auswertung, erfolgte Messungen und …": an adjective, a list
    if grammar.verb_lemmas(tokens[comma + 1].text) & _SAYING:
        return False  # "Richtig, sagte sie": the words said, then who said them
    if comma == 1 and comma + 2 < len(tokens) and tokens[comma + 2].text == "Sie":
        return False  # "Voreinstellungen, lesen Sie …": one word as a label, then a request
    if [token.text for token in tokens[comma + 1 : comma + 3]] in (["sei", "es"], ["seien", "es"]):
        return False  # "…, seien es Bücher oder Filme": an aside, its closing comma missing
    # The tagger in context settles what the word classes alone leave open: "Dieses
    # Unternehmen entwickelte SSH …, entschied" has a verb before the comma.
    tagged = grammar.sentence_tags(tuple(token.text for token in tokens))
    if any(tag.startswith("V") for tag in tagged[:comma]):
        return False
    if tagged[comma + 1] not in grammar.FINITE_TAGS and not _no_attribute(tokens, comma + 1):
        return False  # "Die Ergebnisse, bestätigt durch …": a participle's aside
    # "Eine Anzahl von Menschen, seien es …, gehen": the verb after a later comma is the
    # clause's own, and the first comma opens an aside
    return not any(
        tokens[at].text == "," and grammar.can_be_finite_verb(tokens[at + 1].text)
        for at in range(comma + 2, len(tokens) - 1)
    )


def _no_attribute(tokens: Sequence[Word], at: int) -> bool:
    """ "Die Auswertung, erfolgte mithilfe …": the tagger, misled by the comma, reads the verb
    as an adjective ("die erfolgte Prüfung"); but an attributive adjective needs a noun, an
    adjective or a conjunction after it, and a small word of none of these kinds follows."""
    if at + 1 >= len(tokens) or not is_word(tokens[at + 1]):
        return False
    following = tokens[at + 1].text
    found = grammar.word_tags(following)
    return (
        following.islower()
        and "ADJ(A)" in grammar.word_tags(tokens[at].text)
        and not found & (grammar.ADJECTIVE_TAGS | {"KON", "ADV"})
    )


def _verbless_opening(phrase: Sequence[Word]) -> bool:
    """A phrase led by a preposition or a determiner, with no verb, mark or clause opener;
    or a lone adverb ("Gleichzeitig, wiesen …")."""
    first = phrase[0].text
    lower = first.lower()
    if len(phrase) == 1 and first[:1].isupper() and _LONE_ADVERB & grammar.word_tags(lower):
        return lower not in SUBORDINATORS | _CLAUSE_OR_GROUP_OPENERS | _ANSWERS | _JOINING_WORDS
    if not first[:1].isupper() or not (
        lower in PREPOSITIONS or lower in ARTICLES or lower in _OPENING_DETERMINERS
    ):
        return False
    if lower in SUBORDINATORS or lower in _CLAUSE_OR_GROUP_OPENERS:
        return False  # "Während die Vorzeichen …, wird": a clause; "Um … zu bekommen, …"
    if any(not (is_word(token) or is_number(token.text)) for token in phrase):
        return False  # a mark or a bracket: an aside, a list, a quotation
    return not any(_verb(phrase, at) for at in range(1, len(phrase)))


def _opening_phrases_joined(tokens: Sequence[Word], comma: int) -> bool:
    """ "Neben der Orientierung, und dem Aufbau von Kontakten müssen …": two verbless phrases
    joined by "und" open the sentence together, before its finite verb. With no verb
    before the comma, "und" joins no clauses, and with no comma after the second phrase
    the first comma opens no aside ("Im Jahr 2010, und auch danach, stieg …")."""
    if tokens[comma + 1].text not in _JOINING or not _verbless_opening(tokens[:comma]):
        return False
    if tokens[comma - 1].text.lower() in PREPOSITIONS:
        return False  # "Ein Klick auf , und …": a picture stood here, the phrase is cut
    rest = tokens[comma + 2 :]
    if not rest or rest[0].text.lower() in _ASIDE_OPENERS | _CORRECTING:
        return False  # "…, oder besser …": the writer corrects a word, set off
    tagged: tuple[str, ...] = ()
    for at, token in enumerate(rest[:-1]):
        if not is_word(token) or token.text.lower() in SUBORDINATORS:
            return False  # "…, und falls es …": a clause of its own is inserted
        if at >= 1 and token.text.islower() and grammar.can_be_finite_verb(token.text):
            # the tagger in context tells "müssen" the verb from a word before a noun
            tagged = tagged or grammar.sentence_tags(tuple(word.text for word in tokens))
            if tagged[comma + 2 + at] in grammar.FINITE_TAGS:
                if at == 1 and _own_subject(rest[0], token):
                    return False  # "…, und LilyPond hat … verliehen": a main clause of its own
                # a main clause's verb comes second, and its clause goes on after it
                opening = not any(tag.startswith("V") for tag in tagged[: comma + 2 + at])
                return opening and is_word(rest[at + 1])
        if _verb(rest, at):
            return False
    return False


def _own_subject(first: Word, verb: Word) -> bool:
    """ "und wir müssen", "und LilyPond hat": a subject of its own before the verb, which a
    second phrase joined to the first would share ("und die Lehrer sind" is plural)."""
    if first.text.lower() in _SUBJECT_PRONOUNS:
        return True
    return first.text[:1].isupper() and singular_verb(verb.text)


def _joined_parts(tokens: Sequence[Word], comma: int) -> bool:
    """ "las den Text, und beantwortete …", "die Entstehung, sowie die Rezeption".

    "und", "oder", "sowie" and "bzw." take no comma unless they join two main
    clauses (§ 72). Here what follows is none: after "und" or "oder" a finite
    verb without a subject of its own; after "sowie" or "bzw." a phrase with
    no verb up to the sentence's end. A noun phrase after "und" may be a
    clause whose verb is left out ("…, und dieses heller als Blau"), so it
    is left alone. The comma must also close nothing, so the sentence holds
    no mark before it and opens with no conjunction.
    """
    following = tokens[comma + 1].text
    if following not in _JOINING or comma + 2 >= len(tokens):
        return False
    before = tokens[:comma]
    if not _closes_nothing(tokens, comma):
        return False
    if not any(_verb(before, at) for at in range(1, len(before))):
        return False  # no main clause before it: a phrase, a heading, a fragment
    start = comma + 3 if tokens[comma + 2].text == "." else comma + 2  # "bzw."
    rest = [token for token in tokens[start:] if is_word(token)]
    if not rest or rest[0].text.lower() in _ASIDE_OPENERS:
        return False  # "…, und zwar sofort", "…, sowie auch": a comment, set off
    first = rest[0].text
    if following in ("und", "oder") and _oblique_phrase(rest):
        return True  # "schließt mit einer Diskussion, und einem Ausblick": no clause to join
    if following in ("und", "oder"):
        subject = len(rest) > 1 and rest[1].text.lower() in _SUBJECT_PRONOUNS
        if subject or tokens[-1].text == "?" or not _verb(rest, 0):
            return False  # "…, und sollten Sie …?": a clause with its subject after the verb
        adjectives = all("ADJ(A)" in grammar.word_tags(word.text) for word in rest[:2])
        if len(rest) > 1 and adjectives:
            return False  # "…, oder erweiterte reguläre Ausdrücke": adjectives before a noun
        if grammar.can_be_infinitive(first):
            # "Die Anlagen laufen stabil, und liefern …": a plural verb, whose subject the
            # plural verb before shares; an infinitive otherwise ("…, und ändern" in a list)
            return grammar.can_be_finite_verb(first) and _plural_verb(before)
        return grammar.only_finite_verb(first)
    if _verb(before, len(before) - 1):
        return False  # "… verknüpft, sowie in Bild 5 beschrieben": "so wie", a clause cut short
    plain = first.islower() and "ADJ(D)" in grammar.word_tags(first)  # "bzw. monatlich"
    opens_phrase = first.lower() in ARTICLES or first[:1].isupper() or plain
    verbs = [at for at in range(len(rest)) if _verb(rest, at)]
    if verbs == [len(rest) - 1] and _closes_bracket(before, rest[-1].text):
        verbs = []  # "wurden täglich, bzw. stündlich gespeichert": the first clause's own verb
    return opens_phrase and not verbs


def _plural_verb(words: Sequence[Word]) -> bool:
    """Whether the clause's finite verb is plural: "laufen", "sind", not "läuft", "kann"."""
    finite = [w.text for w in words if w.text.islower() and grammar.can_be_finite_verb(w.text)]
    return bool(finite) and not singular_verb(finite[0])


def _closes_nothing(tokens: Sequence[Word], comma: int) -> bool:
    """No mark before the comma and no conjunction opening the sentence: the comma cannot
    close an aside, a subordinate clause or a list."""
    before = tokens[:comma]
    if not all(is_word(token) for token in before) or tokens[0].text.lower() in SUBORDINATORS:
        return False
    # "…, um Muster zu erkennen, und …": a clause or group whose opening comma is missing
    opened = any(token.text in SUBORDINATORS for token in before[1:])
    group = any(token.text in INFINITIVE_OPENERS for token in before) and (
        grammar.is_zu_infinitive(before[-1].text) or (comma > 1 and before[-2].text == "zu")
    )
    return not (opened or group)


def _shared_bracket(tokens: Sequence[Word], comma: int) -> bool:
    """ "Die Daten wurden erhoben, und anschließend ausgewertet", "lässt sich langfristig,
    und nachhaltig ausschöpfen": what follows "und" has no subject and no finite verb of
    its own, and ends in the infinitive or participle that the auxiliary, modal or
    "lassen" before the comma takes. It is part of that one clause, not a second one.
    """
    if tokens[comma + 1].text not in ("und", "oder"):
        return False
    if not _closes_nothing(tokens, comma):
        return False
    if not any(_takes_verb(token.text) for token in tokens[1:comma]):
        return False
    rest = tokens[comma + 2 :]
    if len(rest) < 2 or rest[-1].text not in (".", "!"):
        return False
    words = rest[:-1]
    last = words[-1].text
    if not all(is_word(token) for token in words) or words[0].text.lower() in _ASIDE_OPENERS:
        return False
    if not last.islower() or not grammar.word_tags(last) & (
        grammar.VERB_TAGS - grammar.FINITE_TAGS
    ):
        return False
    for at, token in enumerate(words[:-1]):
        text = token.text
        if text.lower() in _SUBJECT_PRONOUNS or grammar.can_be_finite_verb(text):
            return False  # "…, und es klappte", "…, und prüfte": a clause of its own
        if text[:1].isupper() and not (at > 0 and words[at - 1].text.lower() in PREPOSITIONS):
            return False  # "…, und die Ergebnisse ausgewertet": a subject, the verb left out
    return True


def _takes_verb(word: str) -> bool:
    """A finite auxiliary, modal or "lassen", which an infinitive or participle completes."""
    if not word.islower():
        return False
    return bool(
        grammar.word_tags(word) & grammar.AUXILIARY_TAGS
    ) or "lassen" in grammar.verb_lemmas(word)


def _between_pair(before: Sequence[Word]) -> bool:
    """ "zwischen Einstellungen, und Verhalten": "zwischen" takes both sides joined by "und",
    with no verb or mark between to make the comma close a clause or an aside."""
    if not before or not before[-1].text[:1].isupper():
        return False  # "zwischen zwei Paketen vorübergehend, und …": the phrase ended before
    for at in range(len(before) - 1, -1, -1):
        if not is_word(before[at]) or _verb(before, at):
            return False
        if before[at].text.lower() == "zwischen":
            return at < len(before) - 1
    return False


def _second_main_clause(tokens: Sequence[Word], comma: int) -> bool:
    """ "Dann steigt der Aufwand zwischen den Teams, und selbst kleine Änderungen erfordern
    …": the clause with "zwischen" has its verb already, and one follows "und" too, so the
    comma joins two main clauses and "zwischen" has its plural alone."""
    if not any(_verb(tokens, at) for at in range(clause_start(tokens, comma), comma)):
        return False
    after = up_to_mark(tokens, comma + 1)  # the clause "und" opens
    return any(grammar.can_be_finite_verb(token.text) for token in after)


def _oblique_phrase(rest: Sequence[Word]) -> bool:
    """A noun phrase to the sentence's end that no nominative can be part of: "einem Ausblick",
    "den Kosten". A clause after "und" whose verb is left out keeps its subject ("und
    dieses heller als Blau"); with none there is no clause, only a second object."""
    if rest[0].text not in _OBLIQUE_ARTICLES or not rest[-1].text[:1].isupper():
        return False
    if any(token.text.lower() in _SUBJECT_PRONOUNS for token in rest):
        return False
    return not any(_verb(rest, at) for at in range(len(rest)))


def _closes_bracket(before: Sequence[Word], verb: str) -> bool:
    """Whether ``verb``, a participle or infinitive, completes a finite auxiliary or modal
    before it: "wurden … gespeichert", "kann … lesen"."""
    tags = grammar.word_tags(verb)
    if not tags & (grammar.VERB_TAGS - grammar.FINITE_TAGS) or grammar.only_finite_verb(verb):
        return False
    return any(grammar.word_tags(token.text) & grammar.AUXILIARY_TAGS for token in before)


def _verb(words: Sequence[Word], at: int) -> bool:
    """Whether ``words[at]`` can be a verb here: a small verb form that no noun follows
    ("des sanierten Altbaus" is an adjective before its noun)."""
    word = words[at].text
    if not word[:1].islower():
        return False
    found = grammar.word_tags(word)
    attributive = found & _ATTRIBUTIVE_TAGS and at + 1 < len(words)
    if attributive and words[at + 1].text[:1].isupper():
        return False  # "eine detaillierte Liste", "sein Vorgänger": no past tense, no "sein"
    return (
        bool(found & grammar.VERB_TAGS)
        or grammar.is_zu_infinitive(word)
        or grammar.can_be_finite_verb(word)
    )
