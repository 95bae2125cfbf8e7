"""Subject and verb agree in number: "die Methoden, die … verwendet werden kann" → »können«.

Judged only in the shapes where the subject is certain:

- a relative clause whose pronoun follows its noun after a comma and which
  ends in a finite auxiliary or modal;
- a sentence that opens with a noun phrase in the nominative (after an
  article, a quantifier or an adjective), its finite verb second ("Die
  Ergebnisse ist …", "Die Analyse der Daten zeigen …");
- a sentence that opens with two noun phrases joined by "und", each with its
  own article, and a singular verb ("Die Methode und das Ergebnis wird …");
- a sentence that opens with an adverbial, its finite verb second and the
  subject right after it ("Dabei spielen der Wohnort eine Rolle");
- a sentence that opens with part of a plural whole ("Einer der Gründe
  liegen …", "Zwei der Schulen hat …"), where the pronoun or numeral is the
  subject;
- a subordinate clause that opens with its subject and ends in its finite
  verb ("…, weil die Proben zu feucht war");
- a singular "ist" or "war" before a plural only the nominative fits
  ("Besonders betroffen ist Kinder …"), since "sein" is plural with a plural
  on either side.

No other word of the clause may be able to be the subject (no personal
pronoun, no noun outside a prepositional phrase unless its article rules out
the nominative or the verb's number), so "Die Folge sind Verzögerungen" is
left alone. The noun's number comes from the noun lexicon and its determiner;
where either allows both numbers ("die Daten"), or the pronoun does not fit
the noun, nothing is said. A full verb counts where its form shows its number
and the other number's form is certain ("zeigt"/"zeigen", "gab"/"gaben",
"sieht"/"sehen").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from services.processor.checker import grammar, nouns
from services.processor.checker.case_words import inflected_adjective, pronoun_like
from services.processor.checker.clauses import BOUNDARY_MARKS, clause_after, is_noun, up_to_mark
from services.processor.checker.compound_articles import declined_fits, strong_adjective_fits
from services.processor.checker.dass_antecedent import neuter_between
from services.processor.checker.dictionary import speller
from services.processor.checker.lexicon import (
    ARTICLES,
    CARDINALS,
    FINITE_AUXILIARIES,
    GENITIVE_DETERMINERS,
    PASSIVE_AUXILIARIES,
    PLURAL_OF,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SEIN_FINITE,
    SEIN_SINGULAR,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.relative_pronouns import PRONOUN_KINDS, kind
from services.processor.checker.tokens import Word, is_code, is_number, is_word

_SINGULAR_OF: Final = {plural: singular for singular, plural in PLURAL_OF.items()}
_SUBJECT_PRONOUNS: Final = frozenset(
    {"ich", "du", "er", "sie", "es", "wir", "ihr", "man", "jemand", "niemand", "wer", "was"}
    | {"jeder", "jede", "jedes", "keiner", "keines", "alle", "beide", "viele", "einige"}
    | {"manche", "mehrere", "wenige", "etwas", "nichts", "dies", "einer", "eines"}
)
_ACRONYM_PLURAL_MIN = 3
# Attributes a subject's noun may carry before its verb: "Der Anteil der Frauen am Umsatz".
_MAX_ATTRIBUTES = 2
# Focus particles that may stand before the opening subject: "Auch die Ergebnisse …".
_FOCUS_PARTICLES: Final = frozenset({"Auch", "Nur", "Selbst", "Sogar", "Gerade", "Allein"})
# Nouns of quantity, after which the verb may agree with the plural they count (Duden).
_QUANTITIES: Final = word_set(
    """Reihe Anzahl Zahl Menge Vielzahl Mehrzahl Mehrheit Minderheit Hälfte Drittel Viertel
    Teil Großteil Prozent Handvoll Fülle Masse Summe Gruppe Paar Dutzend Bruchteil
    Haufen Schar Unzahl Minderzahl Hundert Tausend Satz Serie"""
)
# ... but not after "die Zahl", which is the count itself: "Die Zahl der Fälle ist gestiegen".
_MAGNITUDES: Final = word_set("Zahl Anzahl Summe")
_DEFINITE: Final = word_set("der die das")
_DAS: Final = frozenset({"n.sg.nom", "n.sg.akk"})
_PLURAL: Final = frozenset({"pl.nom", "pl.akk", "pl.dat", "pl.gen"})
# Quantifiers that open a plural subject without an article: "Viele Studien zeigen …".
_PLURAL_QUANTIFIERS: Final = word_set(
    "viele einige mehrere zahlreiche wenige beide manche verschiedene zahllose etliche"
)
_MIN_STEM = 2
_VOWELS: Final = re.compile(r"au|äu|eu|ei|ie|[aeiouäöü]")
# A stem's last vowel that a strong verb may change in the singular: "gibt", "fährt", "läuft".
_CHANGING_VOWELS: Final = frozenset({"e", "a", "au", "o"})
# "atmen" → "atmet", "rechnen" → "rechnet": an e before the t after m or n after a consonant.
_NEEDS_E: Final = re.compile(r"[^aeiouäöülrh][mn]$")
# What a verb of saying or showing opens after its comma: "zeigen, dass …", "fragen, ob …".
_CONTENT_OPENERS: Final = frozenset({"dass", "ob"})
# Adverbs that open a sentence before its finite verb: "Dabei spielt …".
_OPENING_ADVERBS: Final = word_set(
    """dabei daher deshalb deswegen hier hierbei hierzu dazu zudem außerdem anschließend
    somit dadurch darüber dann jedoch allerdings insgesamt zusätzlich gleichzeitig trotzdem
    dennoch folglich schließlich zunächst bisher heute inzwischen darin darauf demnach"""
)
_ANY_READING: Final = frozenset(
    f"{kind}.{case}"
    for kind in ("m.sg", "f.sg", "n.sg", "pl")
    for case in ("nom", "akk", "dat", "gen")
)
_MIN_INVERTED = 4
_OTHER_NUMBER: Final = {"sg": "pl", "pl": "sg"}
# Words after which a plural near "sein" is an accusative or an infinitive's object.
_ACCUSATIVE_GOVERNORS: Final = word_set(
    "zu her wert alt lang breit hoch tief entfernt schwer los leid gewohnt"
)
# Quantifiers in the genitive plural, leading an attribute: "die Ergebnisse mehrerer Studien".
_GENITIVE_QUANTIFIERS: Final = word_set(
    "mehrerer vieler einiger weniger zahlreicher verschiedener beider aller solcher mancher"
)
# Words that take a part of a plural whole as the subject: "Einer der Gründe", "Zwei der Schulen".
_PARTITIVES: Final = {
    **dict.fromkeys(word_set("einer eine eines keiner keine keines jeder jede jedes"), "sg"),
    **dict.fromkeys(CARDINALS | _PLURAL_QUANTIFIERS, "pl"),
}
_IRREGULAR_PRESENT: Final = frozenset({"wissen", "mögen", "sein", "tun"})
# Participles of verbs whose object is a dative, which their passive keeps: "Es wurde
# den Teams geholfen". Verbs with a dative beside an accusative ("geben") keep it too.
_DATIVE_PARTICIPLES: Final = word_set(
    """geholfen gedankt gefolgt gratuliert widersprochen zugestimmt vertraut misstraut
    geschadet begegnet gehorcht gedroht geantwortet geraten abgeraten zugehört zugesehen
    nachgegangen beigetreten applaudiert assistiert entsprochen nachgegeben gekündigt
    gegeben geschenkt gezeigt gesagt erklärt geschickt übergeben mitgeteilt angeboten
    empfohlen erlaubt verboten vorgelegt vorgestellt zugeschickt zugesandt überlassen
    zugewiesen zugeordnet gewährt ermöglicht bereitgestellt"""
)
# Determiners that count each thing on its own: "Jeder Schüler und jede Schülerin erhält …".
_DISTRIBUTIVE = ("jed", "kein")

Readings = Callable[[str], frozenset[str] | None]


# Conjunctions that join two antecedents into one plural: "X und Y, die …".
_COORDINATORS = frozenset({"und", "sowie", "oder"})
# Words that join a noun to the one before it: a preposition, or "als"/"wie" for its role or
# likeness ("die Seiten als Liste").
_NOUN_LINKS = PREPOSITIONS | {"als", "wie"}
# How far after "und" the noun it joins may stand: "und manchmal auch der Partner".
_COORDINATED_REACH = 6


def relative_verb(
    tokens: Sequence[Word], index: int, determiner_readings: Readings
) -> tuple[int, int, str] | None:
    """The verb of the relative clause opened by ``tokens[index]``, if its number is wrong."""
    pronoun = tokens[index].text
    if pronoun not in PRONOUN_KINDS or index < 2 or tokens[index - 1].text != ",":
        return None
    numbers = _antecedent_numbers(tokens, index - 2, determiner_readings)
    if numbers is None or len(numbers) != 1:
        return None
    (number,) = numbers
    clause = clause_after(tokens, index)
    if len(clause) < 2 or not _pronoun_is_subject(clause[:-1], determiner_readings):
        return None
    verb = clause[-1]
    if any(word.text in FINITE_AUXILIARIES for word in clause[:-1]):
        return None  # "der … hätte übersprungen werden können": the finite verb comes first
    fix = _in_number(verb.text, number)
    if fix is None:
        return None
    noun = tokens[index - 2].text
    which = "Plural" if number == "pl" else "Singular"
    message = (
        f"»{verb.text}« → »{fix}«: Das Subjekt des Relativsatzes ist »{pronoun}«, "
        f"also »{noun}« ({which}); das Verb richtet sich danach."
    )
    return verb.start, verb.end, message


def subordinate_verb(
    tokens: Sequence[Word], index: int, determiner_readings: Readings
) -> tuple[int, int, str] | None:
    """The final verb of the subordinate clause ``tokens[index]`` opens, if its number is
    wrong: "…, wobei die Kategorien … abgeleitet wurde" → »wurden«.

    The clause opens with its subject, a noun phrase with an article, a
    quantifier or an inflected adjective, whose number its nominative shows,
    and no other word could be the subject.
    """
    if tokens[index].text not in SUBORDINATORS or (index and tokens[index - 1].text != ","):
        return None
    found = _noun_phrase(tokens, index + 1, determiner_readings, bare=False)
    if found is None:
        return None
    at, article = found
    noun = tokens[at]
    readings = {r for r in _noun_readings(noun.text) & article if r.endswith(".nom")}
    numbers = {"pl" if reading.startswith("pl.") else "sg" for reading in readings}
    if len(numbers) != 1 or noun.text in _QUANTITIES:
        return None
    clause = clause_after(tokens, index)
    end = index + len(clause) + 1
    if end < len(tokens) and tokens[end].text not in BOUNDARY_MARKS:
        return None  # "wenn die Kosten steigen und …": a clause that goes on is not read
    rest = clause[at - index :]
    (number,) = numbers
    other = _OTHER_NUMBER[number]
    if len(rest) < 2 or not _pronoun_is_subject(rest[:-1], determiner_readings, verb_number=other):
        return None
    verb = rest[-1]
    if rest[-2].text == "zu":
        return None  # "wenn der Strom aufhört zu fließen": an infinitive after the finite verb
    if tokens[index].text == "dass" and neuter_between(tokens, 0, index, phrases=True):
        return None  # "ein Loch, dass bleibende Schäden haben kann": a relative "das" is meant
    if any(word.text in FINITE_AUXILIARIES for word in rest[:-1]):
        return None  # "weil die Studie hätte wiederholt werden müssen": the finite verb is first
    return _disagreement(verb, noun.text, number)


def opening_subject_verb(
    tokens: Sequence[Word], determiner_readings: Readings
) -> tuple[int, int, str] | None:
    """The verb after a sentence's opening noun phrase, if its number is wrong."""
    if tokens and tokens[0].text in _FOCUS_PARTICLES:
        tokens = tokens[1:]  # "Auch die zweite Hypothese konnten …": the particle leads the subject
    # An article, since any word is capitalised at the start ("Dies ist", "Arbeiten wäre").
    if not tokens:
        return None
    found = _noun_phrase(tokens, 0, determiner_readings, bare=False)
    if found is None or found[0] + 1 >= len(tokens):
        return None
    at, article = found
    noun = tokens[at]
    after = _past_attributes(tokens, at + 1, determiner_readings)
    if after is None or after >= len(tokens):
        return None
    magnitude = noun.text in _MAGNITUDES and tokens[0].text.lower() in _DEFINITE
    if after > at + 1 and noun.text in _QUANTITIES and not magnitude:
        return None  # "Eine Reihe von Studien haben …": Duden allows the plural after these
    verb = tokens[after]
    phrase = _noun_readings(noun.text) & article
    readings = {r for r in phrase if r.endswith(".nom")}
    numbers = {"pl" if reading.startswith("pl.") else "sg" for reading in readings}
    if len(numbers) != 1 or not _opening_verb(verb.text):
        return None
    rest = _with_coordinated(tokens, after, clause_after(tokens, after))
    # "Der Autor beschreiben die Folgen": a full verb's subject is the one nominative
    certain = readings == phrase and verb.text not in PLURAL_OF | _SINGULAR_OF
    if certain and any(word.text.lower() in _SUBJECT_PRONOUNS for word in rest):
        return None  # "Dieser Knopf finden Sie …": the pronoun is the subject
    (number,) = numbers
    other = _OTHER_NUMBER[number]
    plural_copula = number == "pl" and verb.text in SEIN_FINITE  # a plural on either side
    if not (certain or plural_copula) and not _pronoun_is_subject(
        rest, determiner_readings, verb_number=other
    ):
        return None  # "Die Folge sind Verzögerungen": another word may be the subject
    if not _goes_on(tokens, after + 1):
        return None  # "Die Daten erheben und auswerten", "kann oder sollte man": no plain verb
    if number == "sg" and any(word.text in _COORDINATORS for word in tokens[at:after]):
        return None  # "Eine Einführung in X und Gründe dafür finden sich": two subjects
    if number == "sg" and verb.text in SEIN_FINITE and _coordinated_predicate(tokens, after + 1):
        return None  # "Der Grund sind die Kosten und der Aufwand": "sein" agrees with either
    return _disagreement(verb, noun.text, number)


def _with_coordinated(tokens: Sequence[Word], verb: int, rest: Sequence[Word]) -> list[Word]:
    """The words after the verb, and a phrase joined to them: "benötigen dpkg und andere
    Programme" names its plural subject past the "und" the clause would stop at."""
    end = verb + 1 + len(rest)
    if end < len(tokens) and tokens[end].text in _COORDINATORS:
        return [*rest, *up_to_mark(tokens, end)]
    return list(rest)


def coordinated_subject_verb(
    tokens: Sequence[Word], determiner_readings: Readings
) -> tuple[int, int, str] | None:
    """A singular verb after two opening noun phrases joined by "und", each with its own
    article: "Die Methode und das Ergebnis wird …" → »werden«.

    Two things are a plural subject. One article for both ("Die Art und Weise")
    makes one thing, and "jeder" and "kein" count each on its own ("Jeder Schüler und
    jede Schülerin erhält …"), so neither is judged.
    """
    first = _nominative_phrase(tokens, 0, determiner_readings)
    if first is None:
        return None
    joined = _past_genitive(tokens, first + 1, determiner_readings)
    if joined >= len(tokens) or tokens[joined].text != "und":
        return None
    second = _nominative_phrase(tokens, joined + 1, determiner_readings)
    if second is None:
        return None
    verb_at = _past_attributes(tokens, second + 1, determiner_readings)
    if verb_at is None or verb_at >= len(tokens) - 1:
        return None
    verb = tokens[verb_at]
    if not _opening_verb(verb.text) or not _goes_on(tokens, verb_at + 1):
        return None
    if _named_subject(clause_after(tokens, verb_at), determiner_readings):
        return None  # "Die Methode und das Ziel beschreibt der Autor": objects first
    subject = f"{tokens[first].text} und {tokens[second].text}"
    return _disagreement(verb, subject, "pl")


def _nominative_phrase(
    tokens: Sequence[Word], at: int, determiner_readings: Readings
) -> int | None:
    """Where the noun of a phrase an article opens at ``at`` stands, if it may be a nominative
    and the article counts no one on their own ("jeder", "kein")."""
    if at >= len(tokens) or tokens[at].text.lower() not in ARTICLES:
        return None
    if tokens[at].text.lower().startswith(_DISTRIBUTIVE):
        return None
    found = _noun_phrase(tokens, at, determiner_readings, bare=False)
    if found is None:
        return None
    noun, article = found
    readings = _noun_readings(tokens[noun].text) & article
    return noun if any(reading.endswith(".nom") for reading in readings) else None


def _named_subject(words: Sequence[Word], determiner_readings: Readings) -> bool:
    """Whether a pronoun or a phrase only the nominative fits stands in ``words``: the
    subject, after objects put first ("… beschreibt der Autor")."""
    for at, word in enumerate(words):
        lower = word.text.lower()
        if lower in _SUBJECT_PRONOUNS:
            return True
        if lower in ARTICLES and word.text.islower():
            found = _noun_phrase(words, at, determiner_readings, bare=False)
            if found is None:
                continue
            readings = _noun_readings(words[found[0]].text) & found[1]
            if readings and all(reading.endswith(".nom") for reading in readings):
                return True
    return False


def _past_genitive(tokens: Sequence[Word], at: int, determiner_readings: Readings) -> int:
    """Past a genitive attribute opening at ``at`` ("der Daten"), if there is one."""
    if at < len(tokens) and tokens[at].text in GENITIVE_DETERMINERS:
        found = _noun_phrase(tokens, at, determiner_readings, bare=False)
        if found is not None:
            return found[0] + 1
    return at


def partitive_subject_verb(
    tokens: Sequence[Word], determiner_readings: Readings
) -> tuple[int, int, str] | None:
    """The verb after an opening part of a whole, if its number is wrong: "Einer der Gründe
    sind …" → »ist«, "Zwei der Schulen hat …" → »haben«.

    The pronoun or numeral is the subject, not the plural in the genitive after it.
    """
    if len(tokens) < _MIN_INVERTED:
        return None
    first = tokens[0].text.lower()
    number = _PARTITIVES.get(first)
    if number is None or tokens[1].text != "der":
        return None
    at = 2
    while (
        at < len(tokens)
        and tokens[at].text.islower()
        and (inflected_adjective(tokens[at].text) or tokens[at].text in CARDINALS)
    ):
        at += 1
    if at >= len(tokens) or not is_noun(tokens[at]):
        return None
    whole = tokens[at].text
    nominalized = whole.endswith("en") and inflected_adjective(whole.lower())  # "der Befragten"
    if not (_noun_readings(whole) & {"pl.gen"} or nominalized):
        return None
    after = _past_attributes(tokens, at + 1, determiner_readings)
    if after is None or after >= len(tokens) or not _opening_verb(tokens[after].text):
        return None
    if not _goes_on(tokens, after + 1):
        return None
    other = _OTHER_NUMBER[number]
    rest = clause_after(tokens, after)
    if not _pronoun_is_subject(rest, determiner_readings, verb_number=other):
        return None  # "Zwei der Schulen hat das Team besucht": an object may stand first
    subject = f"{tokens[0].text} der {tokens[at].text}"
    return _disagreement(tokens[after], subject, number)


def inverted_subject_verb(
    tokens: Sequence[Word], determiner_readings: Readings
) -> tuple[int, int, str] | None:
    """The verb second in a sentence an adverbial opens, if its subject after it has the
    other number: "Dabei spielen der soziale Status …", "Deshalb wurden ein Fragebogen …
    entwickelt".

    The subject must be certain: a noun phrase only the nominative fits ("der
    Status"), or any nominative in a passive, which has no object in the
    accusative. "sein" is left alone, since it may agree with a plural
    predicate ("Der Grund sind die Kosten").
    """
    accusative_first = _after_accusative(tokens, determiner_readings)
    verb_at = accusative_first or _after_adverbial(tokens, determiner_readings)
    if verb_at is None or tokens[verb_at].text in SEIN_FINITE:
        return None
    verb = tokens[verb_at]
    at = verb_at + 1
    while at < len(tokens) and (grammar.plain_adverb(tokens[at].text) or tokens[at].text == "sich"):
        at += 1  # "wurde zudem ein Fragebogen", "zeigt sich ein Unterschied"
    found = _noun_phrase(tokens, at, determiner_readings, bare=True)
    if found is None:
        return None
    at, article = found
    noun = tokens[at]
    phrase = _noun_readings(noun.text) & article
    rest = up_to_mark(tokens, verb_at)
    if any(word.text in _COORDINATORS for word in rest) or not rest:
        return None  # "wurden ein Fragebogen und ein Leitfaden entwickelt": two subjects
    if at + 1 < len(tokens) and tokens[at + 1].text == ",":
        return None  # "wurden der Quellcode, die Datenbank sowie …": a list goes on
    if _list_after_attribute(tokens[at + 1 :]):
        return None  # "zählen der Abrieb im Verkehr, Fasern aus … sowie Einträge": a list
    if any(
        tokens[later].text == "," and tokens[later + 1].text.lower() in _LIST_OPENERS
        for later in range(at + 1, len(tokens) - 1)
    ):
        return None  # "gehören ein Anteil von 30 Prozent, ein Mobilitätskonzept …": a list
    passive = verb.text in PASSIVE_AUXILIARIES and "VV(PP)" in grammar.word_tags(rest[-1].text)
    # A passive has no accusative object, nor has a clause whose object opens it; a dative
    # may stand first in either, unless the participle's verb takes none and no other word
    # could be the subject ("Es wurde drei Varianten getestet").
    objects: tuple[str, ...] = (".dat",) if passive or accusative_first else (".akk", ".dat")
    if _pronoun_is_subject(rest[at - verb_at :], determiner_readings) and (
        _no_dative(rest[-1].text) if passive else _plural_after_singular(tokens, verb, at)
    ):
        objects = ()  # no other word could be the subject, so the phrase is, in any case
    readings = {r for r in phrase if r.endswith(".nom")}
    if not readings or any(reading.endswith(objects) for reading in phrase):
        return None
    numbers = {"pl" if reading.startswith("pl.") else "sg" for reading in readings}
    if len(numbers) != 1:
        return None
    (number,) = numbers
    if number == "sg" and noun.text in _QUANTITIES:
        return None  # "Es werden eine Reihe von Gründen genannt": Duden allows the plural
    return _disagreement(verb, noun.text, number)


def _list_after_attribute(after: Sequence[Word]) -> bool:
    """ "im Straßenverkehr, Fasern aus …, die Fragmentierung … sowie Einträge": the noun's
    attribute, a comma with no verb before it, then more phrases up to "und" or "sowie"."""
    comma = next((at for at, token in enumerate(after) if token.text == ","), None)
    if comma is None or any(grammar.can_be_finite_verb(token.text) for token in after[:comma]):
        return False
    return any(token.text in _COORDINATORS for token in after[comma:])


# After a comma these open the next item of a list, never a relative clause.
_LIST_OPENERS = word_set("ein eine kein keine sowie")


def _plural_after_singular(tokens: Sequence[Word], verb: Word, at: int) -> bool:
    """ "Dabei konnte verschiedene Studien zeigen", "Dabei zeigen die Studie …": a verb, then the
    clause's one noun phrase of the other number, which must be its subject though its form
    is an accusative's too.

    A plural modal before a singular is as often a "Sie" left out ("Hier können ein Thema
    wählen"); "es" may be the subject ("Es wird immer Menschen geben"); a participle
    may be an attribute ("Auf diesem Weg erstellte Farbverläufe"); after a quantity
    Duden allows either number; a list goes on after a comma ("Dazu gehören Einkauf,
    Vertrieb und …")."""
    noun = tokens[at]
    following = tokens[at + 1].text if at + 1 < len(tokens) else ""
    if following == "," or following in _COORDINATORS:
        return False
    if tokens[0].text.lower() == "es" or "ADJ(A)" in grammar.word_tags(verb.text):
        return False
    if noun.text in _QUANTITIES:
        return False
    number = _full_verb_number(verb.text)
    readings = _noun_readings(noun.text)
    if readings <= _PLURAL:
        return verb.text in PLURAL_OF or (number is not None and number[0] == "sg")
    # a full verb in the plural before a singular: only a modal or auxiliary waits for "Sie"
    singular = not any(reading.startswith("pl.") for reading in readings)
    return singular and number is not None and number[0] == "pl" and verb.text not in _SINGULAR_OF


def _singular_subject_before(
    tokens: Sequence[Word], verb_at: int, determiner_readings: Readings
) -> bool:
    """Whether the sentence opens with a noun phrase, up to the verb, that can be a singular
    nominative: "Standard ist …", "Der Standard ist …"."""
    found = _noun_phrase(tokens, 0, determiner_readings, bare=True)
    if found is None or found[0] + 1 != verb_at:
        return False
    at, article = found
    readings = _noun_readings(tokens[at].text) & article
    return any(r.endswith(".nom") and not r.startswith("pl.") for r in readings)


def _no_dative(participle: str) -> bool:
    """Whether a participle's verb takes no dative object to be left in its passive:
    "getestet", not "geholfen" ("Es wurde zwei Teams geholfen")."""
    return participle.lower() not in _DATIVE_PARTICIPLES


def copula_subject_verb(
    tokens: Sequence[Word], determiner_readings: Readings
) -> tuple[int, int, str] | None:
    """A singular "ist" or "war" before a plural that can only be its nominative: "Besonders
    betroffen ist Kinder …" → »sind«.

    "sein" takes no accusative object, and with a plural on either side it is
    plural ("Der Grund sind die Kosten"), though after a singular subject it may
    keep the subject's number ("Standard ist alle Seiten"). A plural that may be
    a dative ("ist Eltern wichtig"), a measure ("ist 20 Jahre alt") or an
    infinitive's object ("ist die Daten zu prüfen") is left alone.
    """
    for verb_at, verb in enumerate(tokens[:-1]):
        if verb.text not in SEIN_SINGULAR or verb_at == 0:
            continue
        if _singular_subject_before(tokens, verb_at, determiner_readings):
            continue  # "Standard ist alle Seiten": "sein" may keep its subject's number
        at = verb_at + 1
        while at < len(tokens) and grammar.plain_adverb(tokens[at].text):
            at += 1
        if at >= len(tokens) or tokens[at].text in CARDINALS or is_number(tokens[at].text):
            continue
        found = _noun_phrase(tokens, at, determiner_readings, bare=True)
        if found is None:
            continue
        noun_at, article = found
        phrase = _noun_readings(tokens[noun_at].text) & article
        if not phrase or any(not r.startswith("pl.") or r == "pl.dat" for r in phrase):
            continue
        following = tokens[noun_at + 1].text if noun_at + 1 < len(tokens) else ""
        if following in _COORDINATORS or following == "-" or "pl.nom" not in phrase:
            continue  # "ist keine ICE- oder TURN-Unterstützung": a truncated compound
        if any(pronoun_like(word.text) for word in tokens[at:noun_at]):
            continue  # "die eine Extreme"
        rest = clause_after(tokens, noun_at)
        if {word.text for word in rest} & _ACCUSATIVE_GOVERNORS or any(
            "VV(IZU)" in grammar.word_tags(word.text) for word in rest
        ):
            continue  # "ist wahre Freundschaften aufzubauen": an infinitive's object
        return _disagreement(verb, tokens[noun_at].text, "pl")
    return None


def _noun_phrase(
    tokens: Sequence[Word], at: int, determiner_readings: Readings, *, bare: bool
) -> tuple[int, frozenset[str]] | None:
    """Where the noun of the phrase opening at ``at`` stands, and the readings its first word
    allows: an article ("das" before a noun is one), a quantifier ("Viele Studien"), or an
    adjective whose ending marks the case ("Digitale Instrumente"); with ``bare``, a noun
    alone, whose own forms decide."""
    if at >= len(tokens):
        return None
    first = tokens[at].text.lower()
    article: frozenset[str] | None = _ANY_READING if bare else None
    if first in _PLURAL_QUANTIFIERS or first in CARDINALS or (first.isdigit() and first != "1"):
        article, at = _PLURAL, at + 1  # "Viele Studien", "sechs Lehrkräfte", "12 Interviews"
    elif first in ARTICLES:
        article, at = _DAS if first == "das" else determiner_readings(first), at + 1
    elif inflected_adjective(first) and (at == 0 or tokens[at].text.islower()):
        article = strong_adjective_fits(first)  # and the loop below reads it as an adjective
    if article is None:
        return None
    while at < len(tokens) and inflected_adjective(tokens[at].text.lower()):
        if tokens[at].text[:1].isupper() and at > 0:
            break
        at += 1
    return (at, article) if at < len(tokens) and is_noun(tokens[at]) else None


def _after_accusative(tokens: Sequence[Word], determiner_readings: Readings) -> int | None:
    """Where the finite verb stands after an opening object only the accusative fits ("Einen
    Rahmen bietet dabei die Kategorien …"): the subject is then the nominative after it."""
    found = _noun_phrase(tokens, 0, determiner_readings, bare=False)
    if found is None or tokens[0].text.lower() not in ARTICLES:
        return None
    at, article = found
    phrase = _noun_readings(tokens[at].text) & article
    if not phrase or not all(reading.endswith(".akk") for reading in phrase):
        return None
    verb_at = at + 1
    if verb_at + 1 >= len(tokens) or not _opening_verb(tokens[verb_at].text):
        return None
    return verb_at


def _after_adverbial(tokens: Sequence[Word], determiner_readings: Readings) -> int | None:
    """Where the finite verb stands after an opening adverb ("Dabei") or prepositional phrase
    ("Aus diesem Grund"), or None."""
    if len(tokens) < _MIN_INVERTED or not is_word(tokens[0]):
        return None
    first = tokens[0].text.lower()
    if first in _OPENING_ADVERBS:
        return 1 if _opening_verb(tokens[1].text) else None
    if first == "es" and tokens[1].text in PASSIVE_AUXILIARIES:
        return 1  # "Es wurden drei Varianten getestet": "es" holds the place, no subject
    if first not in PREPOSITIONS or first in _COORDINATORS:
        return None
    at = 1
    if tokens[at].text.lower() in ARTICLES or tokens[at].text.lower() in GENITIVE_DETERMINERS:
        at += 1
    while at < len(tokens) and tokens[at].text.islower() and inflected_adjective(tokens[at].text):
        at += 1
    if at >= len(tokens) or not is_noun(tokens[at]):
        return None
    verb_at = _past_attributes(tokens, at + 1, determiner_readings)
    return verb_at if verb_at is not None and verb_at < len(tokens) - 1 else None


def _disagreement(verb: Word, subject: str, number: str) -> tuple[int, int, str] | None:
    """The finding for a finite ``verb`` whose ``subject`` has the other number."""
    fix = _in_any_number(verb.text, number)
    if fix is None:
        return None
    which = "Plural" if number == "pl" else "Singular"
    message = (
        f"»{verb.text}« → »{fix}«: Das Subjekt ist »{subject}« ({which}); "
        "das Verb richtet sich danach."
    )
    return verb.start, verb.end, message


def _past_attributes(tokens: Sequence[Word], at: int, determiner_readings: Readings) -> int | None:
    """Past genitive attributes and prepositional phrases after the subject's noun.

    "Der Anteil der Energien am Verbrauch sind …": the verb agrees with
    "Anteil", not with the nouns of its attributes. None where a word other
    than an article, an adjective or a noun stands in them.
    """
    for _ in range(_MAX_ATTRIBUTES):
        if at >= len(tokens) or _opening_verb(tokens[at].text):
            return at
        closed = _past_relative_clause(tokens, at)
        if closed is not None:
            return closed  # "Das Thema, das … auftaucht, verbinden": the verb after its clause
        start = at
        word = tokens[at].text
        if word in PREPOSITIONS:
            at += 1
            word = tokens[at].text if at < len(tokens) else ""
        elif word not in GENITIVE_DETERMINERS and word not in _GENITIVE_QUANTIFIERS:
            return None
        if word in _GENITIVE_QUANTIFIERS or word in CARDINALS or word.isdigit():
            at += 1  # "der Ergebnisse mehrerer Studien", "aus zwei Heizperioden"
        elif word in ARTICLES or word in GENITIVE_DETERMINERS:
            if determiner_readings(word) is None:
                return None
            at += 1
        while at < len(tokens) and _attribute_modifier(tokens, at):
            at += 1
        if at >= len(tokens) or not is_noun(tokens[at]) or at == start:
            return None
        at += 1
        if at + 1 < len(tokens) and tokens[at].text in ("und", "oder") and is_noun(tokens[at + 1]):
            at += 2  # "für Wartung und Betrieb"
    return at if at < len(tokens) and _opening_verb(tokens[at].text) else None


def _past_relative_clause(tokens: Sequence[Word], at: int) -> int | None:
    """Where the main clause's verb stands after a relative clause inserted at ``at``: the
    first comma after a verb, then a finite verb ("…, die … betreffen, erklärt")."""
    if tokens[at].text != "," or at + 1 >= len(tokens):
        return None
    if tokens[at + 1].text not in RELATIVE_PRONOUNS | {"deren", "dessen"}:
        return None
    for comma in range(at + 2, len(tokens) - 1):
        if tokens[comma].text != ",":
            continue
        before, after = tokens[comma - 1].text, tokens[comma + 1].text
        if grammar.can_be_finite_verb(before) and after.islower() and _opening_verb(after):
            return comma + 1
        return None  # another comma first: a list or a second clause, too little is known
    return None


def _attribute_modifier(tokens: Sequence[Word], at: int) -> bool:
    """An inflected adjective before the attribute's noun, or an adverb grading one: "über
    öffentlich zugängliche Räume"."""
    word = tokens[at].text
    if not word.islower():
        return False
    if inflected_adjective(word):
        return True
    following = tokens[at + 1].text if at + 1 < len(tokens) else ""
    return (
        "ADJ(D)" in grammar.word_tags(word)
        and following.islower()
        and inflected_adjective(following)
    )


def _coordinated_predicate(tokens: Sequence[Word], at: int) -> bool:
    """Whether the predicate from ``at`` joins nouns by "und" or "oder", past commas ("die
    Familie, Freunde und der Partner"); "und werden" joins a second verb instead."""
    return any(
        word.text in _COORDINATORS
        and not _opening_verb(tokens[index + 1].text)
        and any(is_noun(after) for after in tokens[index + 1 : index + _COORDINATED_REACH])
        for index, word in enumerate(tokens[at:-1], at)
    )


def _goes_on(tokens: Sequence[Word], at: int) -> bool:
    """Whether the sentence goes on after its verb as a main clause does: not with a second
    verb ("kann oder sollte"), nor with "zu" and an infinitive ("gehören zu müssen"), which
    make it an infinitive; a comma only before what the verb says ("zeigen, dass")."""
    if at >= len(tokens) or tokens[at].text in _COORDINATORS:
        return False
    if tokens[at].text == "zu":
        return at + 1 < len(tokens) and not grammar.can_be_infinitive(tokens[at + 1].text)
    if tokens[at].text == ",":
        return at + 1 < len(tokens) and tokens[at + 1].text in _CONTENT_OPENERS
    if grammar.word_tags(tokens[at].text) & {"VA(FIN)", "VM(FIN)"}:
        return False  # "Das Ergebnis überraschen dürfte …": an infinitive before its modal
    return is_word(tokens[at])


def _opening_verb(word: str) -> bool:
    """A finite verb second in its sentence: an auxiliary or modal ("haben" and "können" are
    finite there too), or a full verb whose form shows its number."""
    return word in PLURAL_OF or word in _SINGULAR_OF or _full_verb_number(word) is not None


def _full_verb_number(verb: str) -> tuple[str, str] | None:
    """A full verb's number and its form in the other number, where the form shows both:
    "zeigt" ("sg", "zeigen"), "beschreiben" ("pl", "beschreibt"), "gab" ("sg", "gaben").

    Second in a main clause a verb is finite, so "zeigen" there is the plural,
    not the infinitive; a particle verb written as one word ("durchführen") is
    not finite there.
    """
    number = _weak_number(verb)
    if number is not None:
        fix = _weak_in_number(verb, "pl" if number == "sg" else "sg")
        return (number, fix) if fix else None
    found = grammar.word_tags(verb)
    # HanTa reads some plurals as infinitives only ("erfolgen"); a verb's own lemma is both.
    finite = "VV(FIN)" in found or ("VV(INF)" in found and grammar.verb_lemmas(verb) == {verb})
    if not verb.islower() or not finite or grammar.fused_particle_verb(verb):
        return None
    singular = _present_singular(verb)
    if singular is not None:
        return "pl", singular
    return _strong_forms(verb)


def _present_singular(plural: str) -> str | None:
    """ "zeigen" → "zeigt", "sammeln" → "sammelt", "finden" → "findet"; None where the
    singular may change its vowel ("geben" → "gibt", "fahren" → "fährt") and the verb is
    not weak, or is irregular ("wissen" → "weiß")."""
    if grammar.verb_lemmas(plural) != {plural} or plural in _IRREGULAR_PRESENT:
        return None
    stem = plural[:-1] if plural.endswith(("eln", "ern")) else plural.removesuffix("en")
    if stem == plural or len(stem) < _MIN_STEM:
        return None
    linking = "e" if stem.endswith(("d", "t")) or _NEEDS_E.search(stem) else ""
    vowels = _VOWELS.findall(stem)
    weak = _listed_form(stem + linking + "te", plural)
    if not weak and (not vowels or vowels[-1] in _CHANGING_VOWELS):
        return None
    singular = stem + linking + "t"
    return singular if _listed_form(singular, plural) else None


def _strong_forms(verb: str) -> tuple[str, str] | None:
    """ "gab" ("sg", "gaben"), "lasen" ("pl", "las"): a strong verb's past, which has no
    ending in the singular; "sieht" ("sg", "sehen"): its present, whose vowel changed."""
    lemmas = grammar.verb_lemmas(verb)
    if len(lemmas) != 1 or verb in lemmas:
        return None
    (lemma,) = lemmas
    if verb.endswith("en"):
        singular = verb[:-2]
        return ("pl", singular) if _listed_form(singular, lemma) else None
    if verb.endswith("e") or verb.endswith("st") and not verb.endswith("ist"):
        return None  # "käme", "liest": a subjunctive, or a second person as well
    plural = verb + "en"
    if _listed_form(plural, lemma):
        return "sg", plural  # "gab", "hielt": the past, plural in -en
    if verb.endswith("t") and lemma.endswith("en") and verb != lemma[:-2] + "t":
        return "sg", lemma  # "sieht", "gibt", "hält": the present, plural like the infinitive
    return None


def _listed_form(form: str, lemma: str) -> bool:
    """Whether ``form`` is a finite form of ``lemma`` the dictionary knows."""
    return (
        speller("de").listed(form)
        and "VV(FIN)" in grammar.word_tags(form)
        and lemma in grammar.verb_lemmas(form)
    )


def _weak_number(verb: str) -> str | None:
    """ "zeigt", "zeigte": "sg"; "zeigten": "pl"; None for any other form or verb.

    Only forms whose number the ending shows: the present plural "zeigen" is
    also the infinitive, and strong verbs change their vowel ("gibt", "gaben").
    """
    if not verb.islower() or "VV(FIN)" not in grammar.word_tags(verb):
        return None
    if not speller("de").listed(verb):
        return None  # "Die Pakete cruft und …": a name the tagger guessed a verb
    if verb.endswith("ten") and _weak_past(verb[:-1]):
        return "pl"
    if verb.endswith("te") and _weak_past(verb):
        return "sg"
    stem = verb.removesuffix("et") if verb.endswith(("det", "tet")) else verb.removesuffix("t")
    return "sg" if verb.endswith("t") and _regular(verb, stem) else None


def _weak_past(singular: str) -> bool:
    """ "zeigte", "arbeitete": the weak past of a verb whose infinitive is its stem's."""
    stem = singular.removesuffix("ete") if singular.endswith(("dete", "tete")) else singular[:-2]
    return _regular(singular, stem)


def _regular(form: str, stem: str) -> bool:
    """Whether ``form`` is of one verb only, whose infinitive is ``stem`` and "-en" or "-n"."""
    lemmas = grammar.verb_lemmas(form)
    return len(lemmas) == 1 and lemmas <= {stem + "en", stem + "n"}  # zeigen, steigern


def _weak_in_number(verb: str, number: str) -> str | None:
    """ "zeigt" in the plural is "zeigen", "zeigte" "zeigten", "zeigten" "zeigte"."""
    found = _weak_number(verb)
    if found is None or found == number:
        return None
    if verb.endswith("ten"):
        return verb[:-1]
    if verb.endswith("te"):
        return verb + "n"
    (lemma,) = grammar.verb_lemmas(verb)
    return lemma


def _in_any_number(verb: str, number: str) -> str | None:
    """An auxiliary's, a modal's or a full verb's form in ``number``, if ``verb`` has the
    other one: "ist" → "sind", "zeigen" → "zeigt", "sieht" → "sehen"."""
    fix = _in_number(verb, number)
    if fix is None:
        shown = _full_verb_number(verb)
        fix = shown[1] if shown is not None and shown[0] != number else None
    return fix


def _in_number(verb: str, number: str) -> str | None:
    """ "ist" in the plural is "sind": the auxiliary or modal ``verb`` if it has the other number."""
    return (PLURAL_OF if number == "pl" else _SINGULAR_OF).get(verb)


def _antecedent_numbers(
    tokens: Sequence[Word], at: int, determiner_readings: Readings
) -> frozenset[str] | None:
    """ "sg" and/or "pl": what the noun phrase ending at ``tokens[at]`` can be, or None if unsure."""
    noun = tokens[at]
    if not is_noun(noun):
        return None
    readings = _noun_readings(noun.text)
    if not readings:
        return None
    start = at - 1
    while start >= 0 and inflected_adjective(tokens[start].text):
        start -= 1  # adjectives between the article and the noun
    if start >= 0 and tokens[start].text.lower() in ARTICLES:
        article = determiner_readings(tokens[start].text)
        if article is None:
            return None
        readings = readings & article
        start -= 1
    if start >= 0 and is_noun(tokens[start]):
        return None  # "die Liste der Pakete, die", "Firma Meyer, die": either noun may be meant
    linked = start >= 1 and tokens[start].text in _NOUN_LINKS
    if linked and _noun_or_code(tokens[start - 1]):
        # "Jugendliche mit Charakterstärke, die", "die Seiten als Zeichenfolge, die": the
        # pronoun may reach further back
        return None
    if start >= 0 and tokens[start].text.lower() in ("zur", "zum"):
        return None  # "Drei Filter stehen zur Auswahl, die …": a fixed phrase, not what is meant
    if start >= 0 and tokens[start].text in _COORDINATORS:
        return None  # "eine Pumpe und eine Turbine, die verbunden sind": both are meant
    if not readings:
        return None
    fits = PRONOUN_KINDS[tokens[at + 2].text]
    kinds = {kind(reading) for reading in readings}
    if not kinds <= fits:
        return None  # the pronoun fits another noun, or none: not this rule's business
    return frozenset("pl" if kind == "pl" else "sg" for kind in kinds)


def _noun_or_code(token: Word) -> bool:
    """A noun, or code that names something ("die Direktiven `Match` in der Datei")."""
    return is_noun(token) or is_code(token)


def _noun_readings(noun: str) -> frozenset[str]:
    """The lexicon's readings; an acronym with a plural s ("APIs") is a plural, and an
    adjective or participle as a noun ("Befragte") has what its ending allows in any
    declension. A word no dictionary knows has none."""
    head = noun.rsplit("-", 1)[-1]
    if head.endswith("s") and len(head) > _ACRONYM_PLURAL_MIN and head[:-1].isupper():
        return frozenset({"pl.nom", "pl.akk", "pl.dat", "pl.gen"})
    if not nouns.is_listed(head) and not speller("de").known(head):
        return frozenset()  # "Ergeignisse": a slip's number is unknown, whatever "Nisse" is
    readings = nouns.compound_analyses(head)
    lower = head.lower()
    if readings or not inflected_adjective(lower) or not speller("de").listed(lower):
        return readings
    return declined_fits(lower)


def _pronoun_is_subject(
    words: Sequence[Word], determiner_readings: Readings, *, verb_number: str | None = None
) -> bool:
    """No other word in the clause could be its subject.

    A personal pronoun could; so could a noun, unless a preposition governs
    it or its article has no nominative reading ("den Klassen", "dem Nutzer").
    With ``verb_number``, a noun phrase whose nominative has the other number
    cannot be the verb's subject either ("nutzen das Angebot").
    """
    in_phrase = False
    article: frozenset[str] | None = None
    for position, token in enumerate(words):
        lower = token.text.lower()
        counted = in_phrase and not lower.startswith("ein") and "CARD" in grammar.word_tags(lower)
        if is_number(token.text) or counted:
            continue  # "seit 2010", "in vier Teile": a year or a count, no subject
        if not is_word(token):
            return False  # code, quotes: too little is known
        governed_article = in_phrase and article is None and lower in ARTICLES
        if governed_article and token.text.islower() and _before_its_noun(words, position):
            continue  # "von einer hohen Belastung": the preposition's article, no pronoun
        if lower in _SUBJECT_PRONOUNS:
            return False
        if lower in PREPOSITIONS and token.text.islower():
            in_phrase, article = True, None
            continue
        if lower in ARTICLES and token.text.islower():
            # "das" before its noun is its article ("für das kommende Jahr")
            article = _DAS if lower == "das" else determiner_readings(token.text)
            if article is None or not _before_its_noun(words, position):
                return False  # "die jeder sammeln muss": a pronoun of its own, maybe the subject
            continue
        if in_phrase and article is None and not is_noun(token):
            in_phrase = inflected_adjective(lower)  # "von heute die …", "zu tun ein …"
        elif article is None and token.text.islower() and inflected_adjective(lower):
            article = strong_adjective_fits(lower)  # "digitale Tafeln": its ending marks the case
            continue
        if is_noun(token):
            nominative = article is None or any(r.endswith(".nom") for r in article)
            if not in_phrase and nominative and _may_agree(token, article, verb_number):
                return False
            in_phrase, article = False, None
    return True


def _may_agree(noun: Word, article: frozenset[str] | None, number: str | None) -> bool:
    """Whether ``noun`` after ``article`` may be a nominative of ``number`` ("sg" or "pl")."""
    if number is None or article is None:
        return True
    phrase = _noun_readings(noun.text) & article
    if not phrase:
        return True  # a noun the lexicon lacks, or one whose article does not fit
    readings = {r for r in phrase if r.endswith(".nom")}
    return any(r.startswith("pl.") == (number == "pl") for r in readings)  # "der Kontrolle"


def _before_its_noun(words: Sequence[Word], at: int) -> bool:
    """Whether the article at ``at`` leads, over adjectives, to a noun of its own."""
    for token in words[at + 1 :]:
        if is_noun(token):
            return True
        if not inflected_adjective(token.text):
            return False
    return False
