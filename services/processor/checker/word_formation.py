"""Whether a word the dictionary lacks is still well formed: a compound or a derivation.

Theses coin words Hunspell has never seen ("Testframework", "ablegbar",
"gecachte"), so an unknown word is only a typo if no plausible analysis
exists. Plausible means what German word formation allows:

- every part is a word of at least three letters (English parts count);
- a linking element (Fuge) stands only between two real parts, so
  "Ergebniss" (Ergebnis + s + nothing) is no compound;
- the last part decides the word class: a capitalised compound ends in a
  noun ("Klassenverfügt" ends in a verb, so it is no compound), a lower-case
  one in an adjective, participle or verb, never in a function word
  ("vorhanden" + "den" is no word);
- derivations attach known suffixes to known stems: "ablegbar" (ablegen),
  "Herstellbarkeit" (herstellbar), "gecachte" (cachen).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Final

from services.processor.checker import grammar, nouns
from services.processor.checker.lexicon import (
    ARTICLES,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    SEPARABLE_PARTICLES,
    VERB_PARTICLES,
    VERB_PREFIXES,
    WITHOUT_UMLAUTS,
)

# Fugen between two parts of a compound.
_FUGEN: Final = ("", "s", "es", "n", "en", "e", "er", "ns")
_MIN_PART = 3
# A last part is longer: three-letter tails ("-sen", "-rum", "-per") fit too many typos.
_MIN_TAIL = 4
# English parts must be longer still: "vie", "fig" and "dem" are English words too.
_MIN_FOREIGN = 4
_MIN_FOREIGN_TAIL = 5
# Suffixes whose nouns link to the next part of a compound with "s", never with nothing.
_S_LINKED_SUFFIXES = ("ung", "heit", "keit", "schaft", "ität")
_MIN_SUFFIXED_STEM = 2  # "Üb|ung"
# Suffixes no compound's last part begins with: "Wirt|schaft|politik" is no "Wirt" and "Schaft".
_SUFFIX_ONSETS = ("schaft", "heit", "keit")
# Closed-class words are never the last part of a compound.
_FUNCTION_WORDS: Final = (
    ARTICLES
    | PREPOSITIONS
    | PERSONAL_PRONOUNS
    | frozenset(
        {"und", "oder", "dass", "als", "wie", "ist", "sind", "nicht", "auch", "noch", "nur"}
    )
)
# Noun suffixes that turn an adjective or verb stem into a noun: Herstellbar-keit, Paketier-ung.
_NOUN_SUFFIXES: Final = ("keit", "heit", "ung", "ungen", "keiten", "heiten", "ität", "itäten")
# Who or what does it, on a verb stem: "Berechn-er", "Einles-er", "Ersteller-in".
_AGENT_SUFFIXES: Final = ("er", "ern", "ers", "erin", "erinnen")
# Adjective suffixes on verb stems: ableg-bar, änder-lich.
_ADJECTIVE_SUFFIXES: Final = ("bar", "lich", "sam", "los", "haft")
# Adjective suffixes on nouns, Fuge and all: wolken-haft, schlüssel-los, handlungs-artig.
_NOUN_ADJECTIVE_SUFFIXES: Final = ("haft", "los", "artig", "mäßig")
# ... and one that nouns take only by use: "bauaufsichtlich" is written, "abweglich" is not.
_NOUN_ADJECTIVE_SUFFIX_IN_USE: Final = "lich"
# German endings on English stems: "Blockern", "Tickets"; "patchen", "deployt".
_NOUN_ENDINGS: Final = ("n", "s", "en")
_VERB_ENDINGS: Final = ("en", "n", "t", "te", "ten", "st")
# Prefixes that are separable particles with some verbs: "über-ge-bunden", "durch-ge-führt".
_TWO_WAY_PARTICLES: Final = ("über", "unter", "durch", "um", "wider", "wieder")
# Particles of direction that join almost any verb: "nieder-zu-saufen", "hoch-zu-kämpfen".
_FREE_PARTICLES: Final = (
    "nieder",
    "hoch",
    "weg",
    "fort",
    "los",
    "zurück",
    "herum",
    "hinterher",
)
# An adjective this long is graded without an umlaut: "gesittet-er-en", not "groß-er-en".
_MIN_COMPARED = 7
# Greek and Latin prefixes that attach to any adjective or noun.
_LOAN_PREFIXES: Final = (
    *("neo", "post", "prä", "pseudo", "anti", "semi", "multi", "inter", "trans", "hyper"),
    *("ultra", "super", "mikro", "makro", "meta", "proto", "sub"),
)
# Forms of a verb in -ieren: "versionier-en", "-t", "-te", "-ten", "-tes", "-end".
_IEREN_ENDINGS: Final = ("en", "t", "te", "ten", "ter", "tes", "tem", "st", "e", "end", "ende")
# Prefixes to verbs in -ieren: again ("refaktorisieren") and undone ("deserialisieren").
_IEREN_PREFIXES: Final = ("re", "de")
# What an adjective in -isch drops of its noun: "Karma", "Narratologie", "Informatik".
_ISCH_NOUN_ENDS: Final = ("", "a", "e", "o", "ie", "ik")
# English negating prefixes, and the endings of the words they take: participles and
# adjectives for "un-" ("unrouted"), anything for "non-" ("nonblocking").
_ENGLISH_NEGATIONS: Final = (("un", ("ed", "ing", "able", "ible")), ("non", ""))
# Adjective endings, so "ablegbare" and "gecachten" analyse like their base forms.
_INFLECTIONS: Final = ("", "e", "en", "er", "es", "em")

# Words that count like numbers before a noun and "-ig": "mehrtaktig", "vielstimmig".
_COUNTING: Final = frozenset({"mehr", "viel", "wenig", "doppel"})
# Only a common noun drops its -e as a first part: "Farbe" does, "Meise" rarely (Zipf scale).
_COMMON_ENOUGH_TO_CLIP = 4.0

Lookup = Callable[[str], bool]
Frequency = Callable[[str], float]


class WordFormation:
    """Analyses over the language's own dictionary, the other language's, and word frequencies."""

    def __init__(self, check: Lookup, foreign: Lookup, frequency: Frequency) -> None:
        self._check = check
        self._foreign = foreign
        self._frequency = frequency
        # Parts recur across a thesis's compounds; each is analysed once per process,
        # in bounded caches since a processor lives through many theses.
        self._is_noun = lru_cache(maxsize=100_000)(self._analyse_noun)
        self.opens_compound = lru_cache(maxsize=100_000)(self._analyse_first_part)

    def well_formed(self, word: str) -> bool:
        """A compound or derivation of known parts, with the last part of the right class."""
        if word[:1].isupper():
            return (
                self._noun_compound(word)
                or self._derived_noun(word)
                or self.nominal_infinitive(word)
                or self._genitive_es(word)
                or self._genitive_s(word)
                or self.place_adjective(word)
                or self.agent_noun(word)
                or self._agent_compound(word)
                or self._foreign_inflected(word, _NOUN_ENDINGS)
            )
        return (
            self._lower_compound(word)
            or self._derived_adjective(word)
            or self._prefixed(word)
            or self._zu_infinitive(word)
            or self._superlative(word)
            or self._ieren_verb(word)
            or self._counted_noun(word)
            or self._weak_participle(word)
            or self._foreign_inflected(word, _VERB_ENDINGS)
        )

    def english_prefixed(self, word: str) -> bool:
        """ "unrouted", "unfilling", "nonblocking": English negates participles and
        adjectives with "un-" and "non-" freely, though the dictionary lists few of them.
        The rest must be five letters or more: "untill" is "until" misspelt, not "un" + "till"."""
        lower = word.lower()
        for prefix, endings in _ENGLISH_NEGATIONS:
            rest = lower.removeprefix(prefix)
            shaped = rest != lower and len(rest) >= _MIN_FOREIGN_TAIL and rest.endswith(endings)
            if shaped and self._check(rest):
                return True
        return False

    def _weak_participle(self, word: str) -> bool:
        """ "gemagert", "gemagerte": ge- + the stem of a listed weak verb + -t, maybe inflected.

        Hunspell lists "magern" and "magert" but not every participle; a weak
        verb's participle is regular, so the listed present vouches for it.
        """
        if not word.startswith("ge"):
            return False
        participle = next(
            (word.removesuffix(ending) for ending in _INFLECTIONS if word.endswith("t" + ending)),
            word,
        )
        stem = participle[2:-1]
        if not participle.endswith("t") or len(stem) < _MIN_PART:
            return False
        infinitive = stem + ("n" if stem.endswith(("er", "el")) else "en")
        return (
            self._check(infinitive)
            and self._check(stem + "t")
            and grammar.can_be_infinitive(infinitive)
        )

    def english_inflected(self, word: str) -> bool:
        """ "Blockern", "patchen": an English stem with a German ending, a loan not a slip."""
        endings = _NOUN_ENDINGS if word[:1].isupper() else _VERB_ENDINGS
        return self._foreign_inflected(word, endings)

    def english_participle(self, word: str) -> bool:
        """ "gemergt", "gecachten": ge- + an English verb + -t, maybe with an ending."""
        return any(
            word.endswith(ending)
            and self._foreign_participle(word.removesuffix(ending), _MIN_FOREIGN)
            for ending in _INFLECTIONS
        )

    def _foreign_inflected(self, word: str, endings: tuple[str, ...]) -> bool:
        """An English stem with a German ending: "Blockern", "patchen", "deployt"."""
        lower = word.lower()
        for ending in endings:
            stem = lower[: -len(ending)]
            if not lower.endswith(ending) or len(stem) < _MIN_FOREIGN:
                continue
            german = stem.capitalize() if word[:1].isupper() else stem
            if self._check(german):
                continue  # a German stem ("muss-en", "Kinder-en") makes a German slip, no loan
            if len(stem) >= _MIN_FOREIGN_TAIL:
                if self._foreign(stem) or self._foreign(stem + "e"):
                    return True
            elif self._short_loan(stem, ending, word[:1].isupper()):
                return True
        return False

    def _short_loan(self, stem: str, ending: str, noun: bool) -> bool:
        """ "Hashs", "forken", "forkt": a short English stem takes a noun's plural s or a
        verb's ending with its own letters; "tret-n" and "cons-t" are slips or code."""
        if noun:
            return ending == "s" and (self._foreign(stem) or self._foreign(stem + "e"))
        return ending != "n" and not stem.endswith("s") and self._foreign(stem)

    def _prefixed(self, word: str) -> bool:
        """ "unkonfiguriert", "angehakt", "karmischen": a prefix or suffix the grammar allows."""
        if word.startswith("un") and len(word) > 5 and word[2:] not in _FUNCTION_WORDS:
            rest = word[2:]
            if self._check(rest) or self._derived_adjective(rest):
                return True
        if word.startswith("rück") and len(word) - 4 >= _MIN_FOREIGN_TAIL and self._check(word[4:]):
            return True  # "rückportierten": "rück" before a verb, as in "rückmelden"
        for prefix in _LOAN_PREFIXES:
            rest = word.removeprefix(prefix)
            if rest != word and len(rest) >= _MIN_FOREIGN_TAIL and self._check(rest):
                return True  # "neoliberalistische", "postmoderne"
        for ending in _INFLECTIONS:
            base = word[: len(word) - len(ending)] if ending else word
            if ending and not word.endswith(ending):
                continue
            if base.endswith("isch") and len(base) > 6:
                stem = base[:-4].capitalize()
                if any(nouns.is_listed(stem + end) for end in _ISCH_NOUN_ENDS):
                    return True  # "karmisch" from "Karma", "narratologisch" from "Narratologie"
            for particle in SEPARABLE_PARTICLES:
                rest = base[len(particle) + 2 :]
                shaped = base.startswith(particle + "ge") and rest.endswith("t") and len(rest) >= 4
                if shaped and (self._is_verb_stem(rest[:-1]) or self._is_verb_stem(rest[:-2])):
                    return True  # "angehakt": an + ge + hak + t, from "anhaken"
            if self._particle_participle(base):
                return True
        return False

    def _particle_participle(self, word: str) -> bool:
        """ "übergebunden", "umgeschlagen": a separable particle before a listed participle."""
        for particle in (*VERB_PARTICLES, *_TWO_WAY_PARTICLES):
            participle = word.removeprefix(particle)
            shaped = participle != word and participle.startswith("ge") and len(participle) > 5
            if shaped and "VV(PP)" in grammar.word_tags(participle) and self._check(participle):
                return True
        return False

    def _zu_infinitive(self, word: str) -> bool:
        """ "umzuentscheiden", "niederzukämpfen": a separable verb takes "zu" after its particle.

        Directional particles join any verb ("nieder", "hoch", "weg"), so the
        infinitive after "zu" need only be a verb, not listed with the particle.
        """
        for particle in VERB_PARTICLES:
            rest = word[len(particle) + 2 :]
            shaped = word.startswith(particle + "zu") and len(rest) >= _MIN_TAIL
            if shaped and rest.endswith("n") and self._check(particle + rest):
                return True
            if shaped and rest.endswith("en") and particle in _FREE_PARTICLES and self._check(rest):
                return True
            if shaped and rest.endswith("ieren") and self._check(rest):
                return True  # "umzupositionieren": verbs in -ieren take any particle
        if self._gerundive(word):
            return True
        # An adjective or noun as the first part of a listed verb: "weich-zu-zeichnen".
        at = word.find("zu", _MIN_PART)
        while at != -1:
            verb = word[:at] + word[at + 2 :]
            if verb.endswith("n") and len(word) - at - 2 >= _MIN_TAIL and self._check(verb):
                return True
            at = word.find("zu", at + 1)
        return False

    def _gerundive(self, word: str) -> bool:
        """ "auszubringende", "einzubindenden": a zu-infinitive with "-d" and an ending."""
        for ending in _INFLECTIONS:
            base = word.removesuffix(ending) if ending else word
            if base.endswith("end") and self._zu_infinitive(base[:-1]):
                return True
        return False

    def _ieren_verb(self, word: str) -> bool:
        """ "versionierte", "lemmatisieren", "refaktorisiert": a verb in -(is)ieren.

        German makes such verbs of any noun ("Version" → "versionieren"), of
        Greek nouns in -ma through their stem in -mat ("Lemma" → "lemmatisieren"),
        and prefixes re- and de- to them ("deserialisieren"), so a form of one
        whose stem is a listed noun or English word is well formed.
        """
        for prefix in _IEREN_PREFIXES:
            rest = word.removeprefix(prefix)
            verb = rest != word and len(rest) >= _MIN_TAIL and self._check(rest)
            if verb and any(rest.endswith("ier" + end) for end in _IEREN_ENDINGS):
                return True
        for ending in _IEREN_ENDINGS:
            base = word.removesuffix(ending)
            if base == word and ending:
                continue
            for suffix in ("isier", "ier"):
                stem = base.removesuffix(suffix)
                if stem == base or len(stem) < _MIN_FOREIGN_TAIL:
                    continue
                if self._names_verb_stem(stem):
                    return True
        return False

    def _names_verb_stem(self, stem: str) -> bool:
        """ "version", "debian", "lemmat" (Lemma), "systemat" (System): a noun, a name the
        dictionary knows only capitalised ("korrupt" is an adjective), or an English word."""
        name = stem.capitalize()
        if nouns.is_listed(name) or self._foreign(stem):
            return True
        if self._check(name) and not self._check(stem):
            return True
        greek = stem.removesuffix("at").capitalize()
        return stem.endswith("at") and any(nouns.is_listed(greek + end) for end in ("a", ""))

    def _superlative(self, word: str) -> bool:
        """ "unbeschwerteste", "gesitteteren": -(e)st or -er plus an ending on an adjective.

        The base must itself inflect as an adjective ("unbeschwerte"), so a verb
        with a stray -ste ("bestimmenste") does not pass. Short adjectives often
        take an umlaut when graded ("größeren"), so only long bases take -er.
        """
        for ending in _INFLECTIONS[1:]:
            for suffix in ("st", "est", "er"):
                tail = suffix + ending
                base = word[: -len(tail)]
                shortest = _MIN_COMPARED if suffix == "er" else _MIN_TAIL
                shaped = word.endswith(tail) and len(base) >= shortest and self._check(base + "e")
                if shaped and (self._check(base) or self.well_formed(base)):
                    return True
        return False

    # Nouns -----------------------------------------------------------------

    def _noun_compound(self, word: str) -> bool:
        for cut in range(len(word) - _MIN_TAIL, _MIN_PART - 1, -1):
            tail = word[cut:]
            if not tail[:1].islower() or tail.startswith(_SUFFIX_ONSETS):
                continue
            if self._is_noun(tail.capitalize()) and self.opens_compound(word[:cut]):
                return True
        return False

    def _agent_compound(self, word: str) -> bool:
        """ "Abhängigkeits|auflösers", "Richtlinien|anpasser": a coined agent noun as the last part.

        Only of a verb with a prefix, a particle or -ieren, which coin such nouns freely;
        a simple verb's are listed ("Leser"), so "Enzen|bergers" is a misspelt name.
        """
        for cut in range(len(word) - _MIN_TAIL, _MIN_PART - 1, -1):
            tail = word[cut:]
            if tail[:1].islower() and self._coined_agent(tail) and self.opens_compound(word[:cut]):
                return True
        return False

    def _coined_agent(self, word: str) -> bool:
        stems = (word.removesuffix(suffix) for suffix in _AGENT_SUFFIXES if word.endswith(suffix))
        return self.agent_noun(word) and any(
            stem.endswith("ier")
            or any(stem.startswith(p) and len(stem) - len(p) >= _MIN_PART for p in VERB_PREFIXES)
            for stem in stems
        )

    def _analyse_noun(self, word: str) -> bool:
        """A noun on its own, or one that is itself a compound ("Frameworkklasse")."""
        return (
            nouns.is_listed(word)
            or self.nominal_infinitive(word)
            or (self._check(word) and not self._check(word.lower()))
            or self._foreign_part(word, _MIN_FOREIGN_TAIL)
            or self._noun_compound(word)
            or self._derived_noun(word)
        )

    def _genitive_s(self, word: str) -> bool:
        """ "des Deskriptors": Hunspell lists "Deskriptor" but not every case of it.

        Only on a word Hunspell lists capitalised alone, a noun, where the genitive "-s" is
        regular: not after a sibilant ("Ergebniss"), an "-n" (weak nouns: "Menschens"), or
        a vowel, and not on a noun the lexicon knows as feminine ("Arbeits").
        """
        stem = word.removesuffix("s")
        if stem == word or stem[-1:].lower() in "sßxzn" + "aeiouyäöü":
            return False
        noun = stem[:1].isupper() and self._check(stem) and not self._check(stem.lower())
        if not noun or self._frequency(stem) == 0:
            return False  # "Pers": "per" is no noun
        genders = nouns.genders(stem)
        return not genders or bool(genders & {"m", "n"})

    def _genitive_es(self, word: str) -> bool:
        """ "des Pinselsymboles": the fuller genitive of a noun whose genitive takes -s."""
        stem = word.removesuffix("es")
        if stem == word or stem[-1:].lower() in "aeiouyäöü":
            return False  # after a vowel only -s: "des Gruftis", and "Grufties" is a slip
        return self._is_noun(stem) and self._is_noun(stem + "s")

    def nominal_infinitive(self, word: str) -> bool:
        """ "Saufen", "Machens": any verb's infinitive is a noun, in the genitive with -s."""
        lower = word.lower()
        infinitive = lower.removesuffix("s") if lower.endswith("ns") else lower
        return (
            infinitive.endswith("n")
            and self._check(infinitive)
            and grammar.can_be_infinitive(infinitive)
        )

    def place_adjective(self, word: str) -> bool:
        """ "Kiever", "Bozener": a place's name and "-er", as in "die Kiever Notation"."""
        if not word.endswith("er") or len(word) <= 5:
            return False
        place = word[:-2]
        # English lists names capitalised only: "Kiev", "Boston"
        return nouns.is_name(place) or (self._foreign(place) and not self._foreign(place.lower()))

    def _derived_noun(self, word: str) -> bool:
        """ "Herstellbarkeit", "Paketierung": a noun suffix on a known adjective or verb stem."""
        lower = word.lower()
        for suffix in _NOUN_SUFFIXES:
            stem = lower[: -len(suffix)]
            if not lower.endswith(suffix) or len(stem) < _MIN_PART:
                continue
            if suffix.startswith(("heit", "keit")) and self._inflected(stem):
                continue  # "Ungewissenheit": -heit takes the bare adjective, "ungewiss"
            if self._check(stem) or self._derived_adjective(stem) or self._is_verb_stem(stem):
                return True
        return False

    def agent_noun(self, word: str) -> bool:
        """ "Berechner", "Einleserin": who or what does it, on a verb stem.

        Only a whole word or a compound's last part: as a first part it would
        let a slip through ("schwerwieger|enden").
        """
        lower = word.lower()
        return any(
            lower.endswith(suffix)
            and len(lower) - len(suffix) > _MIN_PART
            and self._infinitive_of(lower[: -len(suffix)])
            for suffix in _AGENT_SUFFIXES
        )

    def _infinitive_of(self, stem: str) -> bool:
        """ "auflös" (auflösen), not "intern": "internen" is an adjective's form, no verb.
        A listed word in "-ieren" is a verb whatever the tagger guesses ("portieren")."""
        if stem.endswith("ier") and self._check(stem + "en"):
            return True
        return any(
            self._check(stem + ending) and grammar.can_be_infinitive(stem + ending)
            for ending in ("en", "n")
        )

    def _inflected(self, word: str) -> bool:
        """ "ungewissen", "sicherer": a listed adjective with an ending on it."""
        return any(
            word.endswith(ending) and self._check(word[: -len(ending)])
            for ending in _INFLECTIONS[1:]
        )

    # Adjectives, participles, verbs ------------------------------------------

    def _lower_compound(self, word: str) -> bool:
        """ "datenbankbasiert", "nutzerfreundliche": a known part, then a known lower-case word."""
        for cut in range(len(word) - _MIN_TAIL, _MIN_PART - 1, -1):
            tail = word[cut:]
            if tail in _FUNCTION_WORDS or not self._is_content_word(tail):
                continue
            if self.opens_compound(word[:cut]):
                return True
        return False

    def _is_content_word(self, word: str) -> bool:
        return (
            self._check(word)
            or self._foreign_part(word, _MIN_FOREIGN_TAIL)
            or self._derived_adjective(word)
        )

    def _foreign_part(self, word: str, min_length: int) -> bool:
        return len(word) >= min_length and (self._foreign(word) or self._foreign(word.lower()))

    def _derived_adjective(self, word: str) -> bool:
        """ "ablegbar(e)", "gecachte", "bauaufsichtlicher": an adjective suffix on a verb stem
        or a noun, or a participle."""
        for ending in _INFLECTIONS:
            base = word[: len(word) - len(ending)] if ending else word
            if ending and not word.endswith(ending):
                continue
            for suffix in _ADJECTIVE_SUFFIXES:
                stem = base[: -len(suffix)]
                if base.endswith(suffix) and len(stem) >= _MIN_PART and self._is_verb_stem(stem):
                    return True
            for suffix in _NOUN_ADJECTIVE_SUFFIXES:
                stem = base[: -len(suffix)]
                if base.endswith(suffix) and len(stem) >= _MIN_PART and self._opens_with_noun(stem):
                    return True
            stem = base.removesuffix(_NOUN_ADJECTIVE_SUFFIX_IN_USE)
            if stem != base and self._frequency(base) > 0 and self._opens_with_noun(stem):
                return True  # "bauaufsichtlich(er)": a noun's adjective in "-lich" people write
            if self._foreign_participle(base):
                return True
            if base.endswith("isch") and self._check(base[:-4].capitalize() + "izität"):
                return True  # "heteroskedastisch": the adjective of "Heteroskedastizität"
        return False

    def _counted_noun(self, word: str) -> bool:
        """ "siebentaktig", "mehrstimmige": a number, a noun and "-ig": having that many of it."""
        for ending in _INFLECTIONS:
            base = word[: len(word) - len(ending)] if ending else word
            if not (word.endswith(ending) and base.endswith("ig")):
                continue
            for cut in range(_MIN_PART, len(base) - _MIN_PART - 1):
                head = base[:cut]
                counted = head in _COUNTING or "CARD" in grammar.word_tags(head)
                if counted and self._names_a_noun(base[cut:-2]):
                    return True
        return False

    def _names_a_noun(self, stem: str) -> bool:
        """ "takt", "wöch", "lin": a noun, its -e or -ie dropped or an umlaut added before "-ig"."""
        plain = stem.translate(WITHOUT_UMLAUTS)
        return any(
            self._is_noun(candidate.capitalize())
            for candidate in (stem, plain, plain + "e", plain + "ie")
        )

    def _foreign_participle(self, word: str, min_stem: int = _MIN_PART) -> bool:
        """ "gecacht", "geupdatet", "gepusht": ge- + an English verb + -t/-et."""
        if not word.startswith("ge"):
            return False
        for ending in ("t", "et", "d"):
            stem = word[2 : len(word) - len(ending)]
            long_enough = word.endswith(ending) and len(stem) >= min_stem
            if long_enough and self._foreign_verb_stem(stem):
                return True
        return False

    def _foreign_verb_stem(self, stem: str) -> bool:
        """ "cach" (cache), "push", "mapp" (map): after "ge-", an English verb as German spells
        it, which doubles a final consonant after a short vowel ("gemappt", "gechattet")."""
        if self._foreign(stem) or self._foreign(stem + "e"):
            return True
        undoubled = stem[:-1]
        doubled = len(undoubled) >= _MIN_PART and stem[-1] == stem[-2] and stem[-1] not in "aeiou"
        return doubled and self._foreign(undoubled)

    def _opens_with_noun(self, head: str) -> bool:
        """ "wolken", "handlungs": a noun with its Fuge, as before a suffix like "-haft"."""
        for fuge in _FUGEN:
            stem = head[: len(head) - len(fuge)] if fuge else head
            if head.endswith(fuge) and len(stem) >= _MIN_PART and self._is_noun(stem.capitalize()):
                return True
        return False

    def _is_verb_stem(self, stem: str) -> bool:
        """ "ableg" (ablegen), "änder" (ändern), "komprimier" (komprimieren)."""
        return self._check(stem + "en") or self._check(stem + "n")

    # First parts ----------------------------------------------------------

    def _analyse_first_part(self, head: str) -> bool:
        """A word, maybe with a Fuge, that can open a compound: "Daten", "Verbindungs", "Test".
        A noun in -ung, -heit, -keit, -schaft or -ität always takes its "s": "Änderungsprotokoll"."""
        for fuge in _FUGEN:
            if fuge and not head.endswith(fuge):
                continue
            stem = head[: len(head) - len(fuge)] if fuge else head
            if len(stem) < _MIN_PART or (not fuge and self.takes_linking_s(stem)):
                continue
            if self._is_first_part(stem) or self._noun_compound(stem.capitalize()):
                return True
        # A common noun in -e drops it before the next part: "Farb-treue", "Schul-buch".
        dropped = head.capitalize() + "e"
        return nouns.is_listed(dropped) and self._frequency(dropped) >= _COMMON_ENOUGH_TO_CLIP

    def takes_linking_s(self, noun: str) -> bool:
        """ "Änderung", "Freiheit", "Wirtschaft", "Qualität": nouns of these suffixes link to
        the next part with "s". "Sprung" and "Schwung" hold no suffix: no verb "spren"."""
        lower = noun.lower()
        suffix = next((end for end in _S_LINKED_SUFFIXES if lower.endswith(end)), None)
        if suffix is None or len(lower) - len(suffix) < _MIN_SUFFIXED_STEM:
            return False
        stem = lower.removesuffix(suffix)
        return suffix != "ung" or any(
            self._is_verb_stem(stem[cut:]) for cut in range(len(stem) - _MIN_SUFFIXED_STEM + 1)
        )  # "Text|bearbeit|ung": a compound may end in the verb

    def _is_first_part(self, stem: str) -> bool:
        lower = stem.lower()
        if lower in _FUNCTION_WORDS:
            return False
        return (
            self._check(stem)
            or self._check(stem.capitalize())
            or self._check(lower)
            or self._foreign_part(stem, _MIN_FOREIGN)
            or (lower.endswith("ier") and self._check(lower + "en"))
        )
