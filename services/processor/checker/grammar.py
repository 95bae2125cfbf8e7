"""German word classes from HanTa, asked only where a rule needs them, and cached.

Tagging every sentence costs ~3k tokens/s, far over the analyzing budget, so
the rules ask about single words (cached per form: a thesis reuses its
vocabulary) and tag a whole sentence only to confirm a rare candidate.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache

from HanTa import HanoverTagger

from services.processor.checker.lexicon import SEPARABLE_PARTICLES, VERB_PARTICLES, VERB_PREFIXES
from services.processor.checker.tokens import MAX_WORD_LENGTH

FINITE_TAGS = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)"})
# Every tag of a verb form: finite, infinitive, participle.
INFINITIVE_TAGS = frozenset({"VV(INF)", "VA(INF)", "VM(INF)"})
VERB_TAGS = FINITE_TAGS | INFINITIVE_TAGS | {"VV(PP)", "VA(PP)", "VM(PP)"}
# An adjective, attributive or predicative.
ADJECTIVE_TAGS = frozenset({"ADJ(A)", "ADJ(D)"})
# Nouns and names.
NOUN_TAGS = frozenset({"NN", "NE"})
# A finite auxiliary or modal, whose clause waits for an infinitive or participle.
AUXILIARY_TAGS = frozenset({"VA(FIN)", "VM(FIN)"})
# The shortest finite verb after the particle: "stieg", "fiel".
_MIN_VERB = 4
# The shortest verb form after a particle: "an|tut".
_MIN_FUSED_STEM = 3
# What makes a verb of "weise": itself, "be-weise", "nach-weise", "zurecht-weise".
_WEISE_PREFIXES = frozenset(("", *VERB_PREFIXES))
# The prefixes a participle keeps instead of "ge": "bestätigt", "übersetzt", "umfahren".
_UNSTRESSED_PREFIXES = (
    *("ge", "ver", "be", "er", "ent", "emp", "zer", "miss", "über", "unter", "wider"),
    *("hinter", "voll", "durch", "um", "wieder"),
)
# Verbs with an unstressed first syllable, whose participle has no "ge": "interviewt".
_PARTICIPLES_WITHOUT_GE = ("interview", "recycel", "offenbar", "prophezei", "posaun")
# Besides the particles, words that join a verb as its first part: "wahr|ge|nommen",
# "statt|ge|funden", "sicher|ge|stellt".
_FIRST_PARTS = (
    *VERB_PARTICLES,
    *("wahr", "statt", "teil", "frei", "bereit", "sicher", "gleich", "preis", "heim", "stand"),
    *("offen", "nahe", "näher", "fern", "fertig", "kennen", "schwer", "voll"),
)
_taggers: dict[str, HanoverTagger.HanoverTagger] = {}
_lock = threading.Lock()


def _german() -> HanoverTagger.HanoverTagger:
    return _model("morphmodel_ger.pgz")


def _model(name: str) -> HanoverTagger.HanoverTagger:
    """HanTa's model for a language, loaded once (~0.1 s) and shared by all threads."""
    with _lock:
        if name not in _taggers:
            _taggers[name] = HanoverTagger.HanoverTagger(name)
        return _taggers[name]


@lru_cache(maxsize=100_000)
def word_tags(word: str) -> frozenset[str]:
    """Every part of speech HanTa thinks ``word`` may have, out of context."""
    if not word or len(word) > MAX_WORD_LENGTH:
        return frozenset()  # HanTa's analysis grows faster than the length: seconds per token
    tagger = _german()
    with _lock:
        found = frozenset(tag for tag, _ in tagger.tag_word(word, cutoff=5))
    if "VV(PP)" in found and not _participle_shape(word.lower()):
        return found - {"VV(PP)"}  # "rechtfertigt": HanTa's guess, no participle's shape
    return found


def _participle_shape(word: str) -> bool:
    """ "gemacht", "vorbereitet", "studiert": a past participle begins with "ge" or an
    unstressed prefix, after any particle, or ends in "-iert"; "rechtfertigt" is no
    participle, whatever the tagger guesses (that is "gerechtfertigt")."""
    if word.endswith("iert") or word.startswith(_PARTICIPLES_WITHOUT_GE):
        return True
    stems = [word]
    for _ in range(2):  # "vor|ab|gedruckt": particles may stack
        stems += [stem[len(p) :] for stem in stems for p in _FIRST_PARTS if stem.startswith(p)]
    return any(stem.startswith(_UNSTRESSED_PREFIXES) for stem in stems)


# Separable particles with "zu" in them: "hinzu-fügen", "herzu-eilen". ("dazu" is left out:
# "dazustehen" is "da-zu-stehen", the infinitive of "dastehen" with "zu".)
_ZU_PARTICLES = ("hinzu", "herzu")


@lru_cache(maxsize=50_000)
def can_be_finite_verb(word: str) -> bool:
    """``würden``, ``vorkommen``, ``beruht``: a form that can end a verb-final clause.
    Cached: the clause rules ask it of nearly every word."""
    if not word[:1].islower() or _weise_adverb(word):
        return False
    return not FINITE_TAGS.isdisjoint(word_tags(word)) or _particle_verb(word)


def _weise_adverb(word: str) -> bool:
    """ "näherungsweise", "stichprobenweise": an adverb, though HanTa may guess "weisen".

    Only a prefix or particle makes a verb of "weise": "beweise", "nachweise".
    """
    head = word.removesuffix("weise")
    return head != word and head not in _WEISE_PREFIXES and "ADV" in word_tags(word)


def _particle_verb(word: str) -> bool:
    """ "anstieg", "aufstieg": a particle and a singular finite verb, which HanTa reads only
    as the noun it also spells ("Anstieg"); written small, the word is the verb. A plural
    ("angaben") is as likely the noun written small."""
    if word_tags(word) != {"NN"} or word.endswith("en"):
        return False
    return any(
        word.startswith(particle) and not FINITE_TAGS.isdisjoint(word_tags(word[len(particle) :]))
        for particle in SEPARABLE_PARTICLES
        if len(word) - len(particle) >= _MIN_VERB
    )


def finite_not_adjective(word: str) -> bool:
    """``spart``, ``liegt``: a finite verb by its form, not an inflected adjective that shares
    it (``gleiche``, ``hellen``)."""
    return can_be_finite_verb(word) and "ADJ(A)" not in word_tags(word)


def only_finite_verb(word: str) -> bool:
    """``waren``, ``sollte``: a finite verb that cannot be an infinitive (``müssen`` can)."""
    return can_be_finite_verb(word) and not can_be_infinitive(word)


def is_zu_infinitive(word: str) -> bool:
    """``anzuwenden``, ``sicherzustellen``: the infinitive with ``zu`` inside, not the ``zu``
    of a particle (``hinzufügen`` is a plain infinitive, ``hinzuzufügen`` the one with zu)."""
    if not word[:1].islower() or "zu" not in word[1:]:
        return False
    particle = next((p for p in _ZU_PARTICLES if word.startswith(p)), "")
    if particle and not word.startswith("zu", len(particle)):
        return False
    return "VV(IZU)" in word_tags(word)


def plain_adverb(word: str) -> bool:
    """ "zunächst", "bereits": a lower-case word the tagger knows only as an adverb."""
    tags = word_tags(word)
    return word.islower() and bool(tags) and tags <= {"ADV"}


def can_be_infinitive(word: str) -> bool:
    return word[:1].islower() and not INFINITIVE_TAGS.isdisjoint(word_tags(word))


@lru_cache(maxsize=50_000)
def verb_lemmas(word: str) -> frozenset[str]:
    """The verb lemmas ``word`` may be a form of ("wusste" → wissen), for rules about verb classes."""
    tags = [tag for tag in word_tags(word) if tag[:2] in ("VV", "VA", "VM")]
    tagger = _german()
    with _lock:
        return frozenset(tagger.analyze(word, pos=tag)[0].lower() for tag in tags)


def fused_particle_verb(word: str) -> bool:
    """ "anstelle", "mitteilt": a separable verb written as one word, a form only a
    verb-final clause has; second in a main clause its particle stands apart.

    What follows the particle is a verb form itself ("an|stelle"), or the word's lemma
    is the particle and a verb ("mithilfe": HanTa's "mithelfen", no preposition);
    "abonniert" is neither.
    """
    for particle in SEPARABLE_PARTICLES:
        rest = word[len(particle) :]
        if not word.startswith(particle) or len(rest) < _MIN_FUSED_STEM:
            continue
        if verb_lemmas(rest) or any(
            lemma.startswith(particle) and verb_lemmas(lemma[len(particle) :])
            for lemma in verb_lemmas(word)
        ):
            return True
    return False


@lru_cache(maxsize=4_096)
def sentence_tags(words: tuple[str, ...]) -> tuple[str, ...]:
    """Contextual tags of one sentence's tokens, for confirming a candidate finding."""
    tagger = _german()
    safe = [word if len(word) <= MAX_WORD_LENGTH else "X" for word in words]
    with _lock:
        return tuple(tag for _, _, tag in tagger.tag_sent(safe, taglevel=1))


def tag_at(words: Sequence[str], index: int) -> str:
    return sentence_tags(tuple(words))[index]


@lru_cache(maxsize=4_096)
def english_tags(words: tuple[str, ...]) -> tuple[str, ...]:
    """Contextual tags (the BNC's CLAWS5: "NN2" a plural noun, "VVZ" a verb's -s form) of
    English words, for confirming a candidate that the words' endings alone suggest."""
    tagger = _model("morphmodel_en.pgz")
    safe = [word if len(word) <= MAX_WORD_LENGTH else "X" for word in words]
    with _lock:
        return tuple(tag for _, _, tag in tagger.tag_sent(safe, taglevel=1))


def warm_up() -> None:
    """Load the model (~0.1 s) at startup instead of in a student's first job."""
    word_tags("werden")
