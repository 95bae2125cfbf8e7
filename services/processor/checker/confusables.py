"""Real words in the wrong place: "den"/"denn", "wen"/"wenn", "weis"/"weiß".

The dictionary accepts all six, so only the clause can tell them apart:

- "denn" (because) starts a main clause, so its finite verb comes second:
  "…, denn es gibt Gründe". A relative "den" ends its clause with the verb:
  "…, den es gibt". So "den" + subject pronoun + agreeing finite verb + more
  words is "denn". So is "den" before a word the article never precedes
  ("den wenn", "den nun", "den jeder …") in a clause that is not verb-final.
- "wen" (whom) opens a question, whose finite verb follows at once ("Wen
  hast du gefragt?"). A sentence that opens with "Wen" + subject and no
  question mark is a "wenn"-clause.
- "lies" is only the imperative of "lesen", which opens its clause; after a
  subject or before "sich" it is "ließ" ("Er lies sich nicht beirren").
- "weis" is only the imperative of "weisen" (and part of "weismachen");
  anywhere else ("ich weis", "man weis nicht, was") it is "weiß".
- "weißt" is only "du weißt". Without a "du" in the sentence it is "weist"
  (from "hinweisen", "aufweisen") where "hin" or "auf" completes the verb,
  and "weiß" otherwise.
- "Mann" without a determiner before a finite verb in the third person
  ("Mann kann …"), or small after a verb or subordinator ("dass mann …"),
  is the pronoun "man".
- A comparative before "als" takes the umlaut where the adjective has one:
  "größer als", "älter als", never "großer als"; a few take it or not ("schmaler").
- "sonder" stands alone only in "sonder Zahl", and "Sonder-" opens a truncated compound
  ("Sonder- und Leerzeichen"); elsewhere it is "sondern".
- "Email" is enamel; the electronic mail is "E-Mail", unless the sentence is
  about the coating.
- "spiegelt sich … wieder" is "widerspiegeln": its particle is "wider".
- "seid" is "ihr seid"; before a point in time ("seid dem Jahr", "seid 2010")
  and with no "ihr" in the sentence it is the preposition "seit".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from services.processor.checker import grammar, nouns
from services.processor.checker.clauses import clause_after, is_boundary, up_to_mark
from services.processor.checker.compound_articles import ARTICLE_FITS
from services.processor.checker.context import DocumentContext
from services.processor.checker.dictionary import speller
from services.processor.checker.finding import Block
from services.processor.checker.lexicon import ARTICLES, PREPOSITIONS, SUBORDINATORS
from services.processor.checker.noun_phrase import extended_attribute
from services.processor.checker.tokens import Word, is_word

# Pronouns that can only be a subject here (not "sie"/"ihr", which are also objects).
_SUBJECTS: Final = frozenset({"ich", "du", "er", "es", "wir", "man"})
# Words "denn" is often followed by, which never follow the article "den": conjunctions,
# particles, and determiners of another case ("den die" is only a relative pronoun).
_NEVER_AFTER_ARTICLE: Final = frozenset(
    {"wenn", "weil", "dass", "ob", "obwohl", "als", "falls", "nun", "eigentlich", "überhaupt"}
    | {"bloß", "sonst", "jetzt", "ein", "eine", "einer", "eines", "jeder", "jede", "jedes"}
    | {"alle", "viele", "die", "der", "das", "dies", "diese", "dieser", "dieses", "wer", "was"}
    | {"niemand", "keiner", "kein", "keine", "manche", "wenige"}
)
_DEMONSTRATIVES: Final = frozenset({"der", "die", "das", "dem", "den", "dessen", "denen"})
# Articles that may open a genitive attribute: "nicht den der Ausgabe".
_GENITIVE_ARTICLES: Final = frozenset({"der", "des", "einer", "eines"})
# Articles of a noun phrase that is no dative: nominative or accusative.
_NOT_DATIVE: Final = frozenset({"ein", "eine", "die", "das", "kein", "keine"})
# Verbs that take two accusatives, "wen" and another: "wen man einen Helden nennt".
_TWO_ACCUSATIVES: Final = frozenset({"nennen", "heißen", "lehren", "kosten", "fragen", "schimpfen"})
_CLAUSE_OPENERS: Final = frozenset({"wenn", "weil", "dass", "ob", "obwohl", "als", "falls"})
_COORDINATORS: Final = frozenset({"und", "oder", "sowie", "bzw"})
# Adjectives whose comparative may go with or without the umlaut (Duden): "schmaler", "schmäler".
_EITHER_COMPARATIVE: Final = frozenset(
    {"bang", "blass", "fromm", "gesund", "glatt", "karg", "krumm", "nass", "rot", "schmal"}
)
# "alter als" → "älter als"; shorter words ("ober", "unter") are no comparatives.
_MIN_COMPARATIVE = 5
# How many words a prepositional phrase after "denn" spans: "in dieser schwierigen Zeit".
_ADVERBIAL_REACH = 3
# How many words a subject after "denn" spans before its verb: "jeder junge Mensch".
_SUBJECT_REACH: Final = 4
# "Email" is enamel; the electronic mail is "E-Mail" (Duden), also in compounds.
# Written small, "email" is a field or command name, left alone.
_EMAIL: Final = {
    "email": "E-Mail",
    "emails": "E-Mails",
    "emailadresse": "E-Mail-Adresse",
    "emailadressen": "E-Mail-Adressen",
}
# Words of a sentence about the coating itself.
_ENAMEL_CONTEXT: Final = ("emaill", "schmelz", "glasur", "keramik", "stahl", "zahn", "brenn")
# What follows the preposition "seit": a dative determiner, a time word or noun.
_TIME_AFTER_SEIT: Final = frozenset(
    {"dem", "der", "einem", "einer", "einigen", "vielen", "wenigen", "mehreren", "langem"}
    | {"kurzem", "jeher", "damals", "gestern", "heute", "wann", "beginn", "anfang", "ende"}
    | {"jahren", "monaten", "wochen", "tagen", "stunden", "jahrzehnten", "jahrhunderten"}
)
# The separated particles of "hinweisen", "aufweisen", "zurückweisen", "nachweisen".
_WEISEN_PARTICLES: Final = frozenset({"hin", "auf", "zurück", "nach", "darauf"})
# Words a request may follow: "und lies …", "bitte lies …".
_BEFORE_REQUEST: Final = frozenset({"und", "oder", "bitte", "dann"})
_QUOTE_MARKS: Final = frozenset('"„“”»«‚‘’')


@dataclass(frozen=True, slots=True)
class Confusion:
    token: Word
    fix: str
    reason: str


def confusions(block: Block, context: DocumentContext) -> Iterator[Confusion]:
    """Each real word the clause shows to be the wrong one, with the right one."""
    for _sentence, tokens in context.sentences(block):
        question = tokens[-1].text == "?" if tokens else False
        for index, token in enumerate(tokens):
            lower = token.text.lower()
            after_preposition = index > 0 and tokens[index - 1].text.lower() in PREPOSITIONS
            # "mit den dieser Eigenschaft zugeordneten Feldern": a preposition's article
            if (
                lower == "den"
                and not after_preposition
                and (
                    _verb_second_after(tokens, index)
                    or _adverbial_then_verb(tokens, index)
                    or _not_an_article(tokens, index)
                    or _den_before_unmarked_noun(tokens, index)
                )
            ):
                yield Confusion(
                    token,
                    _same_case("denn", token.text),
                    "Hier beginnt ein Hauptsatz mit dem Verb an zweiter Stelle, "
                    "also die Begründung »denn«, nicht der Artikel »den«",
                )
            elif token.text == "Wen" and index == 0 and not question:
                following = tokens[1] if len(tokens) > 1 else None
                subject = following is not None and following.text.lower() in _SUBJECTS
                if subject and not _taken_up(tokens, index):
                    yield Confusion(
                        token,
                        "Wenn",
                        "Ein Satz, der mit »Wen« und einem Subjekt beginnt und keine Frage "
                        "ist, ist ein wenn-Satz",
                    )
            elif lower == "wen" and not question and _accusative_taken(tokens, index):
                yield Confusion(
                    token,
                    _same_case("wenn", token.text),
                    "»wen« fände als Objekt keinen Platz mehr, der Satz hat schon eins: "
                    "die Konjunktion »wenn«",
                )
            elif lower == "weißt" and not any(t.text.lower() == "du" for t in tokens):
                weisen = any(t.text.lower() in _WEISEN_PARTICLES for t in tokens[index + 1 :])
                yield Confusion(
                    token,
                    _same_case("weist" if weisen else "weiß", token.text),
                    "»weißt« ist die du-Form von »wissen«; hier steht kein »du«"
                    + (", und »hin«/»auf« gehören zu »hinweisen«/»aufweisen«" if weisen else ""),
                )
            elif lower == "mann" and _pronoun_man(tokens, index):
                yield Confusion(
                    token,
                    _same_case("man", token.text),
                    "Das Pronomen »man« schreibt sich mit einem n; »Mann« ist das Nomen",
                )
            elif lower == "sonder" and _following(tokens, index) not in ("zahl", "-"):
                yield Confusion(
                    token,
                    _same_case("sondern", token.text),
                    "Die Konjunktion heißt »sondern«",
                )
            elif _following(tokens, index) == "als" and (comparative := _umlauted(token.text)):
                yield Confusion(
                    token,
                    comparative,
                    f"Der Komparativ vor »als« hat den Umlaut: »{comparative}«",
                )
            elif lower in _EMAIL and token.text[:1].isupper() and not _enamel(tokens):
                yield Confusion(
                    token,
                    _EMAIL[lower],
                    "Die elektronische Post schreibt man »E-Mail«; »Email« ist der "
                    "Schmelzüberzug (Emaille)",
                )
            elif lower == "wieder" and _mirrored(tokens, index):
                yield Confusion(
                    token,
                    _same_case("wider", token.text),
                    "Die Partikel von »widerspiegeln« ist »wider« (gegen), nicht »wieder« (erneut)",
                )
            elif lower == "seid" and _since(tokens, index):
                yield Confusion(
                    token,
                    _same_case("seit", token.text),
                    "Vor einer Zeitangabe steht die Präposition »seit«; »seid« ist »ihr seid«",
                )
            elif lower == "lies" and _past_of_lassen(tokens, index):
                yield Confusion(
                    token,
                    _same_case("ließ", token.text),
                    "»lies« ist die Befehlsform von »lesen«; die Vergangenheit von »lassen« "
                    "heißt »ließ«",
                )
            elif lower == "weis" and _not_imperative(tokens, index):
                yield Confusion(
                    token,
                    _same_case("weiß", token.text),
                    "»weis« gibt es nur als Befehlsform von »weisen«; von »wissen« heißt es »weiß«",
                )


def _enamel(tokens: Sequence[Word]) -> bool:
    """A sentence about enamel, where "Email" is the coating: "Email auf Stahl brennen"."""
    return any(token.text.lower().startswith(_ENAMEL_CONTEXT) for token in tokens)


def _mirrored(tokens: Sequence[Word], index: int) -> bool:
    """ "spiegelt sich in X wieder": "wieder" ends the clause of a form of "spiegeln"."""
    if clause_after(tokens, index):
        return False
    start = index
    while start > 0 and not is_boundary(tokens[start - 1]):
        start -= 1
    return any(token.text.startswith("spiegel") for token in tokens[start:index])  # no "Spiegel"


def _since(tokens: Sequence[Word], index: int) -> bool:
    """ "seid dem Jahr 2010", "seid langem": a point in time follows, and no "ihr" is there."""
    if any(token.text.lower() == "ihr" for token in tokens):
        return False  # "Ihr seid dem Team treu"
    following = _following(tokens, index)
    return following.isdigit() or following in _TIME_AFTER_SEIT


def _taken_up(tokens: Sequence[Word], index: int) -> bool:
    """ "Wen man liebt, dem verzeiht man": a demonstrative after the clause takes "wen" up."""
    after = index + 1 + len(clause_after(tokens, index)) + 1
    return after < len(tokens) and tokens[after].text.lower() in _DEMONSTRATIVES


def _accusative_taken(tokens: Sequence[Word], index: int) -> bool:
    """ "…, wen man eine Familie gründet": "wen" with no place left as an object.

    "wen" is an accusative: it opens a clause whose verb takes it as object
    ("wen man fragen soll"). After a subject pronoun, a clause ending in one
    verb that already holds a noun phrase no dative could be ("eine Familie",
    "die Bevölkerung") leaves nothing for "wen" to be, unless that verb takes
    two accusatives ("wen man einen Helden nennt"): it is a "wenn"-clause.
    """
    clause = clause_after(tokens, index)
    if len(clause) < 3 or clause[0].text.lower() not in _SUBJECTS - {"es"}:
        return False
    verb = clause[-1].text
    if not verb.islower() or not _is_verb(verb) or _is_verb(clause[-2].text):
        return False  # one verb only: "erledigen lässt" may take "wen" and an object
    if grammar.verb_lemmas(verb) & _TWO_ACCUSATIVES:
        return False
    middle = [word.text for word in clause[1:-1]]
    return any(
        text.lower() in _NOT_DATIVE and following[:1].isupper()
        for text, following in pairwise(middle)
    )


def _verb_second_after(tokens: Sequence[Word], index: int) -> bool:
    """ "den es gibt viele": a subject pronoun, a finite verb, and the clause goes on."""
    if index + 3 >= len(tokens):
        return False
    subject, verb, after = tokens[index + 1], tokens[index + 2], tokens[index + 3]
    return (
        subject.text in _SUBJECTS
        and is_word(verb)
        and grammar.can_be_finite_verb(verb.text)
        and _agrees(subject.text, verb.text)
        and is_word(after)
        and not is_boundary(after)
        # "den wir nehmen müssen,": the verbs close the clause, so it is a relative one;
        # so does "den wir wählen ist neu", where the main clause's verb follows at once
        and not _verbs_to_the_end(clause_after(tokens, index)[1:])
        and not grammar.only_finite_verb(after.text)
    )


def _adverbial_then_verb(tokens: Sequence[Word], index: int) -> bool:
    """ "den in dieser Zeit lernt man …": a prepositional phrase, the finite verb, its subject.

    An article's phrase would need its noun before the verb, and a relative
    clause its verb at the end; a verb with the subject right behind it after
    one adverbial is the second place of a main clause, so "den" is "denn".
    """
    clause = clause_after(tokens, index)
    if not clause or clause[0].text.lower() not in PREPOSITIONS:
        return False
    for at in range(2, min(len(clause) - 1, _ADVERBIAL_REACH + 2)):
        verb, subject = clause[at], clause[at + 1]
        if not is_word(verb):
            return False
        if grammar.can_be_finite_verb(verb.text):
            agrees = subject.text in _SUBJECTS and _agrees(subject.text, verb.text)
            return agrees and at + 2 < len(clause)  # and the clause goes on after the subject
    return False


def _verbs_to_the_end(words: Sequence[Word]) -> bool:
    """ "erreicht hat", "nehmen müssen": only verbs left, the cluster a verb-final clause ends in."""
    return bool(words) and all(
        is_word(word) and word.text[:1].islower() and _is_verb(word.text) for word in words
    )


def _is_verb(word: str) -> bool:
    return any(tag[:2] in ("VV", "VA", "VM") for tag in grammar.word_tags(word))


def _agrees(subject: str, verb: str) -> bool:
    """ "man genießen" is no clause: the verb must fit the subject's person and number."""
    if subject == "wir":
        return verb.endswith("n")
    if subject == "du":
        return verb.endswith("st")
    if verb.endswith("st") and verb[:-1].endswith(("s", "ß", "z", "x")):
        return True  # "liest", "lässt": a stem in s takes -t, which reads as -st
    return not verb.endswith(("en", "st")) or verb in {"ist", "hast"}


def _den_before_unmarked_noun(tokens: Sequence[Word], index: int) -> bool:
    """ "…, den Probleme gibt es immer": after a comma, "den", a noun it cannot mark
    (neither a masculine accusative nor a dative plural), then a finite verb: the noun is
    the subject of a main clause "denn" opens."""
    if index < 1 or index + 2 >= len(tokens) or tokens[index - 1].text != ",":
        return False
    if tokens[index].text != "den":
        return False
    noun, verb = tokens[index + 1], tokens[index + 2]
    readings = nouns.compound_analyses(noun.text)
    if not (noun.text[:1].isupper() and noun.text.isalpha() and readings):
        return False
    if readings & ARTICLE_FITS["den"] or nouns.is_name(noun.text):
        return False
    # and the clause goes on after the verb, as a main clause does ("der Ansatz, den
    # Forschung nutzt, …" is a relative clause its verb ends)
    goes_on = index + 3 < len(tokens) and is_word(tokens[index + 3])
    return verb.text.islower() and grammar.only_finite_verb(verb.text) and goes_on


def _not_an_article(tokens: Sequence[Word], index: int) -> bool:
    """ "…, den wenn man …", "Sind den alle gleich?": a word no article stands before."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or following.text not in _NEVER_AFTER_ARTICLE:
        return False
    if index + 2 < len(tokens) and tokens[index + 2].text == "oder":
        return False  # "den ein oder anderen Fehler": the article after all
    if extended_attribute(tokens, index + 1):
        return False  # "fügt den als Argument gegebenen Text ein": an attribute before the noun
    # "den der „Spiegel“ druckte": a quoted title belongs to the clause it stands in
    article = tokens[index]
    tokens = [token for token in tokens if token.text not in _QUOTE_MARKS]
    index = tokens.index(article)
    clause = clause_after(tokens, index)
    # "den die Linien und Symbole schaffen,": subjects joined by "und" before the verb at the end
    span = up_to_mark(tokens, index)
    # "den der Gast auswählt und der …": a second relative clause after the verb is no part
    ends = [at for at in range(1, len(span)) if span[at].text in _COORDINATORS]
    span = next((span[:at] for at in ends if _ends_in_verb(span[:at])), span)
    head = span[: len(span) - len(_verb_cluster(span))]
    joined = _ends_in_verb(span) and not any(
        is_word(word)
        and grammar.finite_not_adjective(word.text)
        # "den eine Person zu zahlen bereit ist": an infinitive with its "zu" is no finite verb
        and not (at > 0 and head[at - 1].text == "zu")
        for at, word in enumerate(head)
    )
    verb_final = _ends_in_verb(clause) or joined
    no_verb = not any(is_word(word) and grammar.can_be_finite_verb(word.text) for word in span)
    if following.text in _GENITIVE_ARTICLES and no_verb:
        return False  # "nicht den der Ausgabe": a demonstrative and a genitive, no clause
    return following.text in _CLAUSE_OPENERS or not verb_final or _verb_second(clause)


def _ends_in_verb(words: Sequence[Word]) -> bool:
    # "den niemand beachtet": HanTa reads -t forms of be-/ver- verbs as participles only.
    last = words[-1] if words else None
    return (
        last is not None
        and is_word(last)
        and (grammar.can_be_finite_verb(last.text) or "VV(PP)" in grammar.word_tags(last.text))
    )


def _verb_cluster(words: Sequence[Word]) -> Sequence[Word]:
    """The verbs a clause ends in: "bezahlt hat", "nehmen müssen"."""
    start = len(words)
    while start > 0 and _verbs_to_the_end(words[start - 1 : start]):
        start -= 1
    return words[start:]


def _verb_second(clause: Sequence[Word]) -> bool:
    """ "den jeder Leser sollte … prüfen": an only-finite verb early, with the clause going on.

    A relative clause puts its finite verb last ("den jeder Leser prüfen
    sollte"); an infinitive or participle there may stand anywhere.
    """
    for position, token in enumerate(clause[: _SUBJECT_REACH + 1]):
        if position == len(clause) - 1 or _verbs_to_the_end(clause[position:]):
            return False
        if _attributive(token, clause[position + 1]):
            continue  # "den das neu erstellte System nutzen kann": a participle before its noun
        if is_word(token) and grammar.only_finite_verb(token.text):
            return position > 0
    return False


def _attributive(word: Word, following: Word) -> bool:
    """ "erstellte System": a form that may be an inflected adjective, before a noun."""
    return following.text[:1].isupper() and "ADJ(A)" in grammar.word_tags(word.text)


def _pronoun_man(tokens: Sequence[Word], index: int) -> bool:
    """ "Mann kann …", "dass mann nicht …": the pronoun, not the noun, which takes a determiner."""
    before = tokens[index - 1].text.lower() if index > 0 else ""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before in ARTICLES or before in PREPOSITIONS or after is None or not is_word(after):
        return False
    if after.text.lower() in _COORDINATORS or after.text[:1].isupper():
        return False  # "dass Mann und Frau …", "Mann Gottes"
    third_person_verb = grammar.can_be_finite_verb(after.text) and _agrees("man", after.text)
    if third_person_verb and (index == 0 or tokens[index].text == "mann"):
        return True
    verb_before = index > 0 and grammar.can_be_finite_verb(tokens[index - 1].text)
    return tokens[index].text == "mann" and (verb_before or before in SUBORDINATORS)


def _umlauted(word: str) -> str | None:
    """ "großer" → "größer": the comparative with the umlaut the adjective takes, if listed."""
    if not word.islower() or not word.endswith("er") or len(word) < _MIN_COMPARATIVE:
        return None
    stem = word[:-2]
    if stem in _EITHER_COMPARATIVE:
        return None  # "schmaler" and "schmäler" are both right
    for plain, umlaut in (("au", "äu"), ("a", "ä"), ("o", "ö"), ("u", "ü")):
        at = stem.rfind(plain)
        if at != -1:
            umlauted = stem[:at] + umlaut + stem[at + len(plain) :] + "er"
            return umlauted if speller("de").in_dictionary(umlauted) else None
    return None


def _following(tokens: Sequence[Word], index: int) -> str:
    return tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""


def _not_imperative(tokens: Sequence[Word], index: int) -> bool:
    """Any "weis" but the imperative ("Weis ihn darauf hin") and "weismachen" split."""
    if index == 0 or any(token.text.lower().startswith("mach") for token in tokens):
        return False
    return not any(token.text.lower() in {"hin", "darauf", "zurück"} for token in tokens)


def _past_of_lassen(tokens: Sequence[Word], index: int) -> bool:
    """ "Er lies sich nicht beirren", "fallen lies": "lies" with a subject before it, or
    with "sich" after it, is no imperative of "lesen" (which opens its clause)."""
    following = _following(tokens, index)
    previous = tokens[index - 1] if index > 0 else None
    if previous is None or not is_word(previous) or previous.text.lower() in _BEFORE_REQUEST:
        return following == "sich"  # "Lies sich …" is no request to read
    return True


def _same_case(word: str, original: str) -> str:
    return word.capitalize() if original[:1].isupper() else word
