"""Closed word lists of the Regelwerk's Getrennt- und Zusammenschreibung (§§ 33–39).

Some spellings are settled word by word: "vor allem" and "gar nicht" are
always two words, "dasselbe" and "irgendetwas" always one. Where the Duden
allows both ("zu Hause"/"zuhause", "sodass"/"so dass", "mithilfe"/"mit Hilfe",
"infrage"/"in Frage", "sogenannt"/"so genannt") nothing is listed here, and
pairs that are right in other readings ("in dem", "nach dem", "so viel")
are left out, because a list cannot see the reading.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from services.processor.checker import grammar
from services.processor.checker.case_words import inflected_adjective
from services.processor.checker.compound_digits import NUMBER_WORDS, multiplied
from services.processor.checker.compound_lexicon import Fix, match_case
from services.processor.checker.lexicon import RELATIVE_PRONOUNS, word_set
from services.processor.checker.tokens import Word, is_word

_EINANDER: Final = word_set(
    "an auf aus bei durch für gegen hinter in mit nach neben über um unter von vor zu"
)
_GLEICHEN: Final = word_set("meines deines seines ihres unseres eures")
# One word that must be two: § 39 lists what may be joined; these are not among it.
APART: Final[dict[str, str]] = {
    "vorallem": "vor allem",
    "desweiteren": "des Weiteren",
    "desöfteren": "des Öfteren",
    "nunmal": "nun mal",
    "nocheinmal": "noch einmal",
    "immernoch": "immer noch",
    "ersteinmal": "erst einmal",
    "schonmal": "schon mal",
    "nichtmal": "nicht mal",
    "nichtmehr": "nicht mehr",
    "nichteinmal": "nicht einmal",
    "nurnoch": "nur noch",
    "immermehr": "immer mehr",
    "schoneinmal": "schon einmal",
    "sehrwohl": "sehr wohl",
    "nochdazu": "noch dazu",
    "geschweigedenn": "geschweige denn",
    "inkauf": "in Kauf",
    "liebendgerne": "liebend gerne",
    "vorkurzem": "vor Kurzem",
    "einwenig": "ein wenig",
    "auchnoch": "auch noch",
    "genauergesagt": "genauer gesagt",
    "kurzgesagt": "kurz gesagt",
    "erstemal": "erste Mal",
    "zuguterletzt": "zu guter Letzt",
    "letztenendes": "letzten Endes",
    "nunja": "nun ja",
    "nungut": "nun gut",
    "widererwarten": "wider Erwarten",
    "miteinmal": "mit einmal",
    "lebenlang": "Leben lang",
    "aufgrunddessen": "aufgrund dessen",
    "malwieder": "mal wieder",
    "soetwas": "so etwas",
    "garnicht": "gar nicht",
    "garnichts": "gar nichts",
    "garkein": "gar kein",
    "garkeine": "gar keine",
    "garkeinen": "gar keinen",
    "garkeiner": "gar keiner",
    "soviele": "so viele",
    "sovielen": "so vielen",
    "wieviel": "wie viel",
    "wieviele": "wie viele",
    "wievielen": "wie vielen",
    "zuviel": "zu viel",
    "zuviele": "zu viele",
    "zuwenig": "zu wenig",
    "zuwenige": "zu wenige",
    "allzuviel": "allzu viel",
    "allzuoft": "allzu oft",
    "allzusehr": "allzu sehr",
    "genausogut": "genauso gut",
    "genausoviel": "genauso viel",
    "genausowenig": "genauso wenig",
    "ebensogut": "ebenso gut",
    "ebensoviel": "ebenso viel",
    "sogut": "so gut",
    "wieoft": "wie oft",
    "wielange": "wie lange",
    "ansich": "an sich",
    "unteranderem": "unter anderem",
    "unteranderen": "unter anderen",
    "keinsterweise": "keinster Weise",
    "aufeinmal": "auf einmal",
    "inbezug": "in Bezug",
    "zuende": "zu Ende",
    "jedesmal": "jedes Mal",
    "nachwievor": "nach wie vor",
    "umzu": "um zu",
    "bisjetzt": "bis jetzt",
    "zumbeispiel": "zum Beispiel",
    "zumteil": "zum Teil",
    "rechthaben": "recht haben",
    "rechtgeben": "recht geben",
    "darüberhinaus": "darüber hinaus",
    "aufjedenfall": "auf jeden Fall",
    "aufkeinenfall": "auf keinen Fall",
}
# Capitalised inside a sentence these are nouns: "ein Zuviel an Arbeit", "das Ansich".
_NOUNS: Final = word_set("zuviel zuwenig ansich")
# Lower case only: the noun "Zutun" is right.
APART_LOWER: Final[dict[str, str]] = {"zutun": "zu tun"}

# Two or three words that must be one; matched on the words' lower-case forms.
TOGETHER: Final[dict[tuple[str, ...], str]] = {
    ("das", "selbe"): "dasselbe",
    ("der", "selbe"): "derselbe",
    ("die", "selbe"): "dieselbe",
    ("den", "selben"): "denselben",
    ("dem", "selben"): "demselben",
    ("des", "selben"): "desselben",
    ("die", "selben"): "dieselben",
    ("der", "selben"): "derselben",
    ("der", "jenige"): "derjenige",
    ("die", "jenige"): "diejenige",
    ("das", "jenige"): "dasjenige",
    ("den", "jenigen"): "denjenigen",
    ("dem", "jenigen"): "demjenigen",
    ("des", "jenigen"): "desjenigen",
    ("die", "jenigen"): "diejenigen",
    ("der", "jenigen"): "derjenigen",
    ("des", "wegen"): "deswegen",
    ("seit", "je", "her"): "seit jeher",
    **{(word, "gleichen"): word + "gleichen" for word in _GLEICHEN},
    ("nicht", "um", "sonst"): "nicht umsonst",
    ("nichts", "desto", "trotz"): "nichtsdestotrotz",
    ("nichts", "destotrotz"): "nichtsdestotrotz",
    ("nichtsdesto", "trotz"): "nichtsdestotrotz",
    ("nichts", "desto", "weniger"): "nichtsdestoweniger",
    ("heut", "zu", "tage"): "heutzutage",
    ("heute", "zu", "tage"): "heutzutage",
    ("heut", "zutage"): "heutzutage",
    ("all", "zu"): "allzu",
    ("zu", "erst"): "zuerst",
    ("zu", "mindest"): "zumindest",
    ("zu", "folge"): "zufolge",
    ("zu", "nächst"): "zunächst",
    ("zu", "letzt"): "zuletzt",
    ("zu", "aller", "erst"): "zuallererst",
    ("zu", "allererst"): "zuallererst",
    ("zu", "aller", "letzt"): "zuallerletzt",
    ("in", "wie", "weit"): "inwieweit",
    ("in", "wie", "fern"): "inwiefern",
    ("in", "so", "fern"): "insofern",
    ("in", "sofern"): "insofern",
    ("in", "zwischen"): "inzwischen",
    ("in", "soweit"): "insoweit",
    ("in", "so", "weit"): "insoweit",
    ("in", "mitten"): "inmitten",
    ("keines", "falls"): "keinesfalls",
    ("je", "nach", "dem"): "je nachdem",
    ("von", "nöten"): "vonnöten",
    ("von", "statten"): "vonstatten",
    # § 36: "einander" is joined to its preposition, always.
    **{(word, "einander"): word + "einander" for word in _EINANDER},
    ("so", "zu", "sagen"): "sozusagen",
    ("so", "zusagen"): "sozusagen",
    ("statt", "dessen"): "stattdessen",
    ("infolge", "dessen"): "infolgedessen",
    ("größten", "teils"): "größtenteils",
    ("meisten", "teils"): "meistenteils",
    ("mittler", "weile"): "mittlerweile",
    ("letzt", "endlich"): "letztendlich",
    ("tag", "täglich"): "tagtäglich",
    ("neben", "bei"): "nebenbei",
    ("gegen", "über"): "gegenüber",
    ("hin", "gegen"): "hingegen",
    ("über", "haupt"): "überhaupt",
    ("irgend", "etwas"): "irgendetwas",
    ("irgend", "jemand"): "irgendjemand",
    ("irgend", "jemanden"): "irgendjemanden",
    ("irgend", "jemandem"): "irgendjemandem",
    ("irgend", "wann"): "irgendwann",
    ("irgend", "wo"): "irgendwo",
    ("irgend", "wie"): "irgendwie",
    ("irgend", "was"): "irgendwas",
    ("irgend", "wer"): "irgendwer",
    ("irgend", "wohin"): "irgendwohin",
    ("irgend", "woher"): "irgendwoher",
    ("irgend", "einmal"): "irgendeinmal",
    **{("irgend", ending): "irgend" + ending for ending in ("ein", "eine", "einer", "einen")},
    **{("irgend", ending): "irgend" + ending for ending in ("einem", "eines", "welche")},
    **{("irgend", ending): "irgend" + ending for ending in ("welcher", "welchen", "welches")},
}
# Right apart before a noun ("durch aus Holz gebaute", "trotz dem Regen"), so these
# are joined only where the clause ends after them.
TOGETHER_AT_END: Final[dict[tuple[str, ...], str]] = {
    ("um", "sonst"): "umsonst",
    ("trotz", "dem"): "trotzdem",
    ("außer", "dem"): "außerdem",
    ("wo", "anders"): "woanders",
}
_LONGEST = max(len(key) for key in TOGETHER)
# Numerals that join with "mal" (§ 39: "einmal", "dreimal"), "Mal" stays a noun ("ein Mal mehr").
_FIRSTS: Final = frozenset(
    [key[0] for key in TOGETHER] + [key[0] for key in TOGETHER_AT_END] + list(NUMBER_WORDS)
)
_TRIGGERS: Final = _FIRSTS | frozenset(APART) | frozenset(APART_LOWER)
_CLAUSE_END: Final = frozenset('.,;:!?)»«"“”')


def closed_lists(tokens: Sequence[Word]) -> Iterator[Fix]:
    """Every listed spelling in a sentence's tokens, longest match first."""
    if _TRIGGERS.isdisjoint(token.text.lower() for token in tokens):
        return
    index = 0
    while index < len(tokens):
        token = tokens[index]
        lower = token.text.lower()
        fix = APART.get(lower) or (APART_LOWER.get(token.text))
        # Inside a sentence a capital makes a noun of it: "ein Zuviel an Arbeit" is right.
        noun = lower in _NOUNS and index > 0 and is_word(tokens[index - 1]) and lower != token.text
        if fix is not None and not noun:
            yield Fix(token.start, token.end, match_case(fix, token.text))
            index += 1
            continue
        found = _together(tokens, index) if lower in _FIRSTS else None
        if found is not None:
            length, joined = found
            last = tokens[index + length - 1]
            yield Fix(token.start, last.end, match_case(joined, token.text))
            index += length
            continue
        index += 1


def _genitive_determiner(tokens: Sequence[Word], at: int) -> bool:
    """ "statt dessen Namen": "dessen" before a noun is its determiner, and stays apart."""
    if tokens[at].text.lower() != "dessen" or at + 1 >= len(tokens):
        return False
    following = tokens[at + 1].text
    return following[:1].isupper() or inflected_adjective(following)


def _antecedent(tokens: Sequence[Word], comma: int) -> bool:
    """ "außer dem, das … repräsentiert": a relative clause after the comma makes "dem" the
    pronoun it refers to; "Außerdem, das ist klar, …" goes on with a verb in second place."""
    if comma + 2 >= len(tokens) or tokens[comma].text != ",":
        return False
    pronoun, following = tokens[comma + 1].text, tokens[comma + 2].text
    return pronoun in RELATIVE_PRONOUNS | {"was"} and not grammar.can_be_finite_verb(following)


def _together(tokens: Sequence[Word], index: int) -> tuple[int, str] | None:
    words: list[str] = []
    for token in tokens[index : index + _LONGEST]:
        if not is_word(token):
            break
        words.append(token.text.lower())
    for length in range(len(words), 1, -1):
        key = tuple(words[:length])
        if key in TOGETHER and not _genitive_determiner(tokens, index + length - 1):
            return length, TOGETHER[key]
    if len(words) >= 2:
        after = tokens[index + 2].text if index + 2 < len(tokens) else "."
        key = tuple(words[:2])
        if key in TOGETHER_AT_END and after in _CLAUSE_END and not _antecedent(tokens, index + 2):
            return 2, TOGETHER_AT_END[key]
        if key == ("durch", "aus") and not after[:1].isupper():
            return 2, "durchaus"  # "durch aus Holz gebaute …" goes on with a noun
        if (
            words[0] in NUMBER_WORDS
            and tokens[index + 1].text == "mal"
            and not multiplied(tokens, index + 1)
        ):
            return 2, words[0] + "mal"
        # "ein Mal mehr", "ein für alle Mal", "ein Mal …, ein anderes Mal" keep the noun.
        later = {token.text for token in tokens[index + 2 :]}
        if key == ("ein", "mal") and after not in {"mehr", "ums", "für"} and "Mal" not in later:
            return 2, "einmal"
    return None
