"""Fixed phrases whose case the rules settle word by word (Duden K 72, K 75, K 88–89).

Each rule here is a closed list from the official rules, so a match needs no
tagger: "am besten" (superlatives with "am" stay small), "vor allem" and
"unter anderem" (pronouns), "heute", "abends" (adverbs, though "das Heute"
is a noun), "Jung und Alt" (fixed pairs), "der Zweite Weltkrieg" (a name).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from services.processor.checker import grammar, nouns
from services.processor.checker.case_terms import is_name, is_term
from services.processor.checker.case_words import (
    ADJECTIVE_ENDINGS,
    CONTRACTIONS,
    inflected_adjective,
    ordinal,
)
from services.processor.checker.clauses import BOUNDARY_MARKS
from services.processor.checker.lexicon import (
    ARTICLES,
    LANGUAGES,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.noun_phrase import partitive_genitive
from services.processor.checker.tokens import OPENING_QUOTES, Word, is_word

# Pronouns in fixed prepositional phrases: "vor allem", "unter anderem", "zum einen".
_PRONOUN_PHRASES: Final = {
    ("vor", "allem"),
    ("in", "allem"),
    ("unter", "anderem"),
    ("zum", "einen"),
    ("zum", "anderen"),
}
# Fixed phrases whose last word is a noun by the rules (K 72): "des Öfteren", "zu guter Letzt".
_NOMINAL_PHRASES: Final = {
    ("des", "öfteren"),
    ("im", "nachhinein"),
    ("zum", "teil"),
    ("im", "vorhinein"),
    ("im", "voraus"),
    ("zu", "guter", "letzt"),
    ("gott", "sei", "dank"),
    ("für", "und", "wider"),
}
# The phrases by their last word, so a small word is matched against its own few.
_NOMINAL_PHRASES_BY_LAST: Final = {
    last: [phrase for phrase in _NOMINAL_PHRASES if phrase[-1] == last]
    for last in {phrase[-1] for phrase in _NOMINAL_PHRASES}
}
# "als Erstes", "als Nächstes": what comes first in a sequence of steps (K 78).
_SEQUENCE_WORDS: Final = frozenset(["erstes", "zweites", "drittes", "letztes", "nächstes"])
# After these, bare "morgen" is the adverb: "von morgen", "ab morgen", "bis morgen".
_BEFORE_TOMORROW: Final = word_set("von ab bis auf")
# After these, bare "null" is the number: "bei null anfangen", "gegen null gehen".
_BEFORE_ZERO: Final = word_set("bei auf gegen unter über mit durch")
# Adverbs of time and place that have a noun twin ("das Heute", "das Zuhause").
_ADVERBS: Final = frozenset(
    [
        "heute",
        "gestern",
        "zuhause",
        "abends",
        "morgens",
        "mittags",
        "nachmittags",
        "vormittags",
        "nachts",
        "montags",
        "dienstags",
        "mittwochs",
        "donnerstags",
        "freitags",
        "samstags",
        "sonntags",
        "mitten",
    ]
)
# Names whose adjective is part of the name: "der Zweite Weltkrieg", "das Dritte Reich".
_NAMED_BY_ORDINAL: Final = frozenset(["weltkrieg", "weltkrieges", "weltkriegs", "reich", "reiches"])
_ORDINAL_STEMS: Final = word_set("erst zweit dritt viert fünft sechst siebt acht neunt zehnt")
_ORDINAL_FORMS: Final = frozenset(
    stem + ending for stem in _ORDINAL_STEMS for ending in ADJECTIVE_ENDINGS
)
_ORDINAL_DETERMINERS: Final = ARTICLES | CONTRACTIONS | word_set("jeder jede jedes jedem jeden")
# Nouns an ordinal names with: "die Dritte Welt", "der Erste Mai", "die Zweite Republik".
_NAMED_AFTER_ORDINAL: Final = _NAMED_BY_ORDINAL | word_set(
    """hilfe welt republik liga bundesliga mai bürgermeister bürgermeisterin vorsitzende
    vorsitzender vorsitzenden programm programms internationale"""
)
# Pairs of nominalized adjectives that stand for groups of people (K 72): "Jung und Alt".
_PAIRS: Final = {
    frozenset(pair)
    for pair in (("jung", "alt"), ("arm", "reich"), ("groß", "klein"), ("alt", "neu"))
}
# Nouns in phrases whose small twin is a number or an adverb: "außer Acht lassen", "zu Recht".
_PHRASES_BEFORE_VERBS: Final = {("außer", "acht"), ("in", "acht"), ("zu", "recht")}
# Adjectives that are nouns only, in adverbial phrases (§ 57): "im Wesentlichen erhalten",
# where the verb after them could otherwise be taken for the nominal word.
_NOMINAL_ADVERBIALS: Final = {
    *(("im", word) for word in word_set("wesentlichen allgemeinen einzelnen übrigen folgenden")),
    ("im", "weiteren"),
    ("des", "weiteren"),
}
# Adjectives that count occasions before "Mal" besides ordinals: "beim nächsten Mal".
_TIMES_ADJECTIVES: Final = word_set(
    "nächsten nächste letzten letzte vorigen vorige einzigen einzige anderen andere"
)
# "am meisten", "am wenigsten": superlatives of "viel" and "wenig", small like all with "am".
_AM_QUANTIFIERS: Final = frozenset(["meisten", "wenigsten"])
_ARTICLE_GENDER: Final = {"der": "m", "die": "f"}
_COPULAS: Final = frozenset(["ist", "war", "bleibt", "wäre", "sei"])
_FILLERS: Final = frozenset(["auch", "wohl", "eigentlich", "sicher", "wirklich", "doch", "nicht"])
# Indefinite pronouns as determiners: small before their noun (§ 58 (5), K 76–K 78).
_DETERMINERS: Final = word_set(
    "jeder jede jedes jedem jeden alle allen aller einige einigen einiger manche manchen "
    "mancher viele vielen vieler wenige wenigen beide beiden"
)
# Prepositions that are also separable particles and may end a clause ("liegen vor").
_PARTICLES: Final = word_set(
    "ab an auf aus bei mit nach vor zu über unter um durch gegen hinter entlang"
)
# Words after which a clause goes on, so a capital there cannot open a new sentence.
_CLAUSE_GOES_ON: Final = (
    SUBORDINATORS
    | (PREPOSITIONS - _PARTICLES)
    | word_set("und oder aber denn doch sondern auch nicht nur dass als wie ob sogar")
)
_PRONOUNS_DATIVE: Final = word_set("mir dir ihm ihr uns euch ihnen einem")
# How far back a copula or its subject may stand from the superlative's article.
_GAP: Final = 4
_COLON_SUBJECTS: Final = PERSONAL_PRONOUNS | {
    "viele",
    "einige",
    "manche",
    "alle",
    "jeder",
    "niemand",
    "jemand",
}


def should_be_small(tokens: Sequence[Word], index: int) -> str | None:
    """A capitalised word a fixed phrase wants small, with the reason."""
    word = tokens[index].text
    lower = word.lower()
    previous = tokens[index - 1].text.lower() if index > 0 else ""
    if previous == "am" and lower.endswith("sten") and _superlative(lower):
        return "Superlative mit »am« schreibt man klein (am besten, am schnellsten)."
    if _ordinal_before_noun(tokens, index):
        return "Ordnungszahlen vor ihrem Nomen schreibt man klein (der erste Schritt)."
    if (previous, lower) in _PRONOUN_PHRASES:
        return f"»{previous} {lower}« ist eine feste Wendung mit Pronomen, klein."
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if following in ("Mal", "Male") and (ordinal(word) or lower in _TIMES_ADJECTIVES):
        return f"Vor dem Nomen »{following}« steht ein Adjektiv, klein (zum ersten Mal)."
    if lower == "leid" and previous in _PRONOUNS_DATIVE and index > 1 and _tun(tokens[index - 2]):
        return "»leidtun« ist ein Verb: »es tut mir leid«, klein."
    if _superlative_of_subject(tokens, index):
        return "Der Superlativ bezieht sich auf das Nomen davor (die schönste Zeit), klein."
    if lower in _DETERMINERS and _determines_noun(tokens, index):
        return "Pronomen vor einem Nomen (jeder Mensch, alle Beteiligten) schreibt man klein."
    repeated = index + 1 < len(tokens) and tokens[index + 1].text.lower().startswith(lower)
    if lower in _ADVERBS and not _determined(tokens, index) and not repeated:
        return "Adverbien der Zeit und des Ortes schreibt man klein."
    if lower == "morgen" and previous in _BEFORE_TOMORROW and following.lower() != "bis":
        # "die Gesellschaft von morgen", "ab morgen"; "von Morgen bis Abend" is the noun
        return (
            "»morgen« (der nächste Tag) ist ein Adverb, klein; "
            "das Nomen »der Morgen« hätte einen Artikel."
        )
    if lower == "null" and previous in _BEFORE_ZERO:
        return (
            "Die Zahl nach »bei«, »auf«, »gegen«, »unter« schreibt man klein (bei null anfangen)."
        )
    return None


def should_be_capital(tokens: Sequence[Word], index: int) -> str | None:
    """A small word a fixed phrase or name wants capitalised, with the reason."""
    word = tokens[index].text
    previous = tokens[index - 1].text.lower() if index > 0 else ""
    following = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
    noun = tokens[index + 1].text if index + 1 < len(tokens) else ""
    named = noun[:1].isupper() and is_name(word, noun) and inflected_adjective(word)
    if named or (ordinal(word) and following in _NAMED_BY_ORDINAL):
        return "Teil eines Namens (der Zweite Weltkrieg, die Vereinten Nationen)."
    if _paired(tokens, index):
        return "Feste Paare wie »Jung und Alt« schreibt man groß."
    for phrase in _NOMINAL_PHRASES_BY_LAST.get(word.lower(), ()):
        start = index + 1 - len(phrase)
        if start >= 0 and tuple(t.text.lower() for t in tokens[start : index + 1]) == phrase:
            fixed = " ".join([t.text for t in tokens[start:index]] + [word.capitalize()])
            return f"In »{fixed}« ist »{word}« ein Nomen, groß."
    if (previous, word) in _PHRASES_BEFORE_VERBS and _no_phrase_follows(noun):
        return f"In »{previous} {word.capitalize()}« ist »{word}« ein Nomen, groß."
    if (previous, word) in _NOMINAL_ADVERBIALS and not _attribute_of_noun(tokens, index):
        return f"In »{tokens[index - 1].text} {word.capitalize()}« ist »{word}« ein Nomen, groß."
    # Languages are uninflected after "auf" or "in": "auf Deutsch", "in Englisch" (K 89).
    if previous in ("auf", "in") and word in LANGUAGES and not noun[:1].isupper():
        return f"»{previous} {word.capitalize()}«: der Name der Sprache ist ein Nomen, groß."
    if word == "bescheid":
        return "»Bescheid« (wissen, geben, sagen) ist ein Nomen, groß."
    if previous == "als" and word in _SEQUENCE_WORDS and not _before_its_noun(tokens, index):
        return f"»als {word.capitalize()}« steht hier ohne Nomen, also groß."
    if word == "folgendes" and following == ":":
        return "»Folgendes« steht hier als Nomen, groß."  # "Die Idee ist folgende:" refers back
    if word == "folgendes" and not _before_its_noun(tokens, index):
        return "»Folgendes« steht hier ohne Nomen, also als Nomen, groß."
    if (
        word.startswith("einzeln")
        and word != "einzeln"  # "in jedem einzeln setzen": an adverb
        and previous.startswith("jed")
        and not _before_its_noun(tokens, index)
        and not partitive_genitive(tokens, index)  # "jedes einzelne dieser Verzeichnisse"
    ):
        return f"»{previous} {word.capitalize()}« (jede einzelne Person) schreibt man groß."
    if _sentence_after_colon(tokens, index):
        return "Nach dem Doppelpunkt beginnt hier ein ganzer Satz, daher groß."
    return None


def _no_phrase_follows(word_after: str) -> bool:
    """No noun or adjective follows: "außer acht Fällen", "zu recht hohen Kosten" are the number
    and the adverb."""
    lower = word_after.lower()
    if word_after[:1].isupper() or lower.startswith(
        ("hab", "hat", "hätte", "behalt", "geb", "gib")
    ):
        return False  # "recht haben", "recht geben": the phrase of its own
    return not lower or not grammar.word_tags(lower) & {"ADJ(A)", "CARD", "NN"}


def _sentence_after_colon(tokens: Sequence[Word], index: int) -> bool:
    """ "Der Grund ist klar: man spart Zeit.": a subject and its verb follow the colon (D 19)."""
    if index < 2 or tokens[index - 1].text != ":" or tokens[index - 2].text == ".":
        return False  # "z. B.: im Mittelalter" lists an example
    if tokens[-1].text == ";":
        return False  # "notice: die Meldung ist wichtig;": a list's entry, kept small like its kin
    word = tokens[index].text
    if word not in _COLON_SUBJECTS and word not in ARTICLES and word not in CONTRACTIONS:
        return False
    return _verb_follows(tokens, index) and not _object_and_infinitive(tokens, index)


def _object_and_infinitive(tokens: Sequence[Word], index: int) -> bool:
    """ "Ziel: die Datei sichern.": a singular noun, then a form in -en that cannot agree
    with it as its verb, so an infinitive and its object, no sentence ("die Preise steigen"
    is one)."""
    for at in range(index + 2, min(index + 5, len(tokens))):
        if grammar.finite_not_adjective(tokens[at].text):
            noun = tokens[at - 1].text
            readings = (
                nouns.compound_analyses(noun.rsplit("-", 1)[-1]) if noun[:1].isupper() else ()
            )
            singular = bool(readings) and all(".sg." in reading for reading in readings)
            return singular and grammar.can_be_infinitive(tokens[at].text)
    return False


def quoted_sentence_start(tokens: Sequence[Word], index: int) -> bool:
    """ "Er sagt: „die Zeit ist knapp.“": quoted speech that is a sentence opens with a capital.

    The quotation follows a colon or opens the sentence, and a finite verb
    comes within a few words; a quoted phrase ("nennt sie: „labil, unsicher“") has none.
    """
    if index < 1 or tokens[index - 1].text not in OPENING_QUOTES:
        return False
    if index > 1 and (tokens[index - 2].text != ":" or index < 3 or tokens[index - 3].text == "."):
        return False
    word = tokens[index].text
    return word.isalpha() and word.islower() and _verb_follows(tokens, index)


def _verb_follows(tokens: Sequence[Word], index: int) -> bool:
    """A finite verb within a few words, before the clause ends."""
    for token in tokens[index + 1 : index + 5]:
        if token.text in BOUNDARY_MARKS:
            return False
        if token.text == "zu":
            return False  # ": ein Paket zu installieren oder …": infinitive groups, no sentence
        if grammar.finite_not_adjective(token.text):
            return True  # "die gleiche Liste wie vorher": "gleiche" is no verb here
    return False


def _superlative_of_subject(tokens: Sequence[Word], index: int) -> bool:
    """ "Die Jugend ist die Schönste.": the superlative means "die schönste Jugend", so small.

    The noun must be the subject of a copula, with the article's gender, either
    before the copula ("die Zeit ist oft die schönste") or, in a clause whose
    verb comes last, before the article ("dass die Zeit die schönste war", "ob
    die Zeit die schönste im Jahr ist").
    "Das ist das Schönste" has no noun to supply and stays big.
    """
    word = tokens[index].text
    if index < 3 or not word.lower().endswith("ste"):
        return False  # a predicate is nominative singular: "der schönste", never "der schönsten"
    gender = _ARTICLE_GENDER.get(tokens[index - 1].text)
    if gender is None or "ADJ(A)" not in grammar.word_tags(word.lower()):
        return False
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    start = index - 2
    if following in _COPULAS or _clause_ending_copula(tokens, index + 1):
        subject_at = _subject_before(tokens, start)
    else:
        copula_at = _copula_before(tokens, start)
        subject_at = None if copula_at is None else copula_at - 1
    if subject_at is None or subject_at < 0:
        return False
    subject = tokens[subject_at].text
    return subject[:1].isupper() and subject_at > 0 and gender in nouns.genders(subject)


def _ordinal_before_noun(tokens: Sequence[Word], index: int) -> bool:
    """ "in einem Ersten Schritt": an ordinal after its determiner, before its noun, unless
    the pair is a name ("der Zweite Weltkrieg", "die Erste Hilfe")."""
    lower = tokens[index].text.lower()
    if lower not in _ORDINAL_FORMS:
        return False
    if index + 1 >= len(tokens) or tokens[index - 1].text.lower() not in _ORDINAL_DETERMINERS:
        return False
    noun = tokens[index + 1].text
    if not (noun[:1].isupper() and nouns.is_listed(noun)) or noun.lower() in _NAMED_AFTER_ORDINAL:
        return False
    after = tokens[index + 2].text if index + 2 < len(tokens) else ""
    return not after[:1].isupper() and not is_term(tokens[index].text, noun)


def _superlative(lower: str) -> bool:
    return lower in _AM_QUANTIFIERS or "ADJ(D)" in grammar.word_tags(lower)


def _tun(token: Word) -> bool:
    return token.text.lower() in ("tut", "tat", "tun", "täte", "getan")


def _copula_before(tokens: Sequence[Word], at: int) -> int | None:
    """The copula a few words before ``at`` in the same clause ("ist meist die …")."""
    for back in range(at, max(at - _GAP, 0), -1):
        text = tokens[back].text
        if text in _COPULAS:
            return back
        if text in BOUNDARY_MARKS or not (text in _FILLERS or back > at - 3):
            return None
    return None


def _clause_ending_copula(tokens: Sequence[Word], at: int) -> bool:
    """A copula within a few words from ``at`` that ends its clause: "… im Leben ist."."""
    for ahead in range(at, min(at + _GAP, len(tokens))):
        text = tokens[ahead].text
        if text in BOUNDARY_MARKS:
            return False
        if text in _COPULAS:
            return ahead + 1 == len(tokens) or tokens[ahead + 1].text in BOUNDARY_MARKS
    return False


def _subject_before(tokens: Sequence[Word], at: int) -> int | None:
    """The noun before ``at`` past negations and fillers ("die Zeit nicht gerade die …")."""
    for back in range(at, max(at - _GAP, 0), -1):
        text = tokens[back].text
        if text in BOUNDARY_MARKS:
            return None
        if text[:1].isupper():
            return back
        if text not in _FILLERS and text != "gerade":
            return None
    return None


def _attribute_of_noun(tokens: Sequence[Word], index: int) -> bool:
    """ "im weiteren Verlauf", "des weiteren Verlaufs": an attribute before its noun. After
    "des" the noun must be a genitive singular: "Des weiteren berichteten Leitungskräfte"
    has none, so "des Weiteren" is the adverbial and "berichteten" its verb; after "im" an
    adjective that goes on the phrase ends in -en."""
    if not _before_its_noun(tokens, index):
        return False
    previous = tokens[index - 1].text.lower()
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if previous == "im" and inflected_adjective(following) and not following.endswith("en"):
        return False  # "im wesentlichen kleine Schäden": after "im" an attribute ends in -en
    if previous != "des":
        return True
    at = index + 1
    while at < len(tokens) and tokens[at].text.islower() and inflected_adjective(tokens[at].text):
        at += 1
    readings = nouns.compound_analyses(tokens[at].text) if at < len(tokens) else frozenset()
    return not readings or bool(readings & {"m.sg.gen", "n.sg.gen"})


def _before_its_noun(tokens: Sequence[Word], index: int) -> bool:
    """ "als erstes Land", "als letztes großes Projekt": the word is an attribute after all.

    Degree words may come between: "als erstes wirklich freies Programm", and a second
    adjective joined by "und" or "oder": "als erstes oder letztes Zeichen".
    """
    at = index + 1
    while at < len(tokens) - 1 and _degree_word(tokens[at].text):
        at += 1
    following = tokens[at].text if at < len(tokens) else ""
    if following in ("und", "oder") and at + 1 < len(tokens):
        # "als erstes oder letztes Zeichen": a second adjective shares the noun
        second = tokens[at + 1].text
        return second.islower() and inflected_adjective(second) and _before_its_noun(tokens, at + 1)
    return following[:1].isupper() or inflected_adjective(following)


_DEGREE_TAGS = frozenset({"ADV", "ADJ(D)"})


def _degree_word(word: str) -> bool:
    """ "sehr", "wirklich": an adverb or uninflected adjective and nothing else."""
    found = grammar.word_tags(word)
    return word.islower() and bool(found) and found <= _DEGREE_TAGS


def _determines_noun(tokens: Sequence[Word], index: int) -> bool:
    """ "denn Jeder Mensch", "für Alle Beteiligten": the pronoun determines the noun after it.

    The word before it must keep the clause going, so the capital opens no
    sentence whose full stop is missing.
    """
    if index == 0 or index + 1 >= len(tokens):
        return False
    previous = tokens[index - 1].text
    opener = previous.lower() in _CLAUSE_GOES_ON and (previous.islower() or index == 1)
    relative = previous in RELATIVE_PRONOUNS and index > 1 and tokens[index - 2].text == ","
    if not (opener or relative):
        return False  # "Doch Viele …" opens the sentence; "…, die Jeder kennt" is a relative clause
    noun = tokens[index + 1].text
    return noun[:1].isupper() and nouns.is_listed(noun) and not nouns.is_name(noun)


def _determined(tokens: Sequence[Word], index: int) -> bool:
    """Whether an article, contraction or adjective makes the word a noun ("das Heute")."""
    if index == 0:
        return True
    previous = tokens[index - 1].text
    lower = previous.lower()
    return (
        not is_word(tokens[index - 1])
        or lower in ARTICLES
        or lower in CONTRACTIONS
        or lower == "zu"
        or (previous.islower() and inflected_adjective(lower))
    )


def _paired(tokens: Sequence[Word], index: int) -> bool:
    """ "zwischen jung und alt": both small, joined by "und", and no noun after them."""
    for first in (index, index - 2):
        if first < 0 or first + 3 > len(tokens) or tokens[first + 1].text != "und":
            continue
        if frozenset((tokens[first].text, tokens[first + 2].text)) not in _PAIRS:
            continue
        after = tokens[first + 3] if first + 3 < len(tokens) else None
        return after is None or not (is_word(after) and after.text[:1].isupper())
    return False
