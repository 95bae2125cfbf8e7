"""Spelling: every word the dictionaries reject, unless word formation, a name or code explains it.

A misspelling repeated is still a misspelling, so how often a word occurs
never silences it; only a dictionary or a plausible analysis does. A word
with no convincing correction is taken for a name, a term or a rare but
valid derivation, and left alone: on real essays such comments were wrong
about three times in four.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Final

from services.processor.checker import drafts, grammar, nouns, quotations
from services.processor.checker.case_words import (
    ADJECTIVE_ENDINGS,
    CONTRACTIONS,
    capitalised,
    inflected_adjective,
    likely_typo,
)
from services.processor.checker.class_nouns import (
    is_class_noun,
    is_english_class_noun,
    names_a_thing,
)
from services.processor.checker.clauses import CLAUSE_END_MARKS
from services.processor.checker.clipped_verbs import full_first_person
from services.processor.checker.compound_articles import ARTICLE_FITS
from services.processor.checker.compound_nominal import NEUTER_ARTICLES
from services.processor.checker.compound_nouns import first_part_compound
from services.processor.checker.compound_split import function_pair, function_words
from services.processor.checker.confusables import confusions
from services.processor.checker.context import DocumentContext
from services.processor.checker.dass_words import AUXILIARIES
from services.processor.checker.dictionary import Speller, speller, unknown
from services.processor.checker.document_words import DocumentWords
from services.processor.checker.english_confusions import english_confusions
from services.processor.checker.finding import Block, Finding
from services.processor.checker.first_names import is_first_name
from services.processor.checker.identifiers import code_words
from services.processor.checker.language import is_german_function_word
from services.processor.checker.lexicon import (
    ARTICLES,
    LIST_JOINTS,
    PREPOSITIONS,
    VERB_PREFIXES,
    WITHOUT_UMLAUTS,
    word_set,
)
from services.processor.checker.messages import say
from services.processor.checker.nominal_endings import missing_endings
from services.processor.checker.note_names import is_note_name
from services.processor.checker.onsets import foreign_onset
from services.processor.checker.recurring import first_few
from services.processor.checker.registry import register
from services.processor.checker.suggestions import (
    NEIGHBOUR_KEY,
    STRAY_LETTER,
    Correction,
    cheap_edits,
    frequency,
    restore_case,
    slip_cost,
    written_with_front,
)
from services.processor.checker.swiss import ss_for_sz, sz_form, writes_swiss
from services.processor.checker.tokens import (
    CLOSING_QUOTES,
    LONGEST_ABBREVIATION,
    MAX_WORD_LENGTH,
    OPENING_QUOTES,
    Sentence,
    Word,
    gendered,
    is_word,
)

_MIN_LENGTH = 3
# The Greek stems the rules allow with f (§ 32): "Grafik", "Mikrofon", "Fotografie".
_F_FOR_PH = (("graf", "graph"), ("fon", "phon"), ("fot", "phot"))
# A word with a letter from Greek onwards in Unicode (Greek, Cyrillic, Hebrew, Arabic), then "(".
_AFTER_OTHER_SCRIPT = re.compile(r"[\u0370-\u06ff]\S* \($")
_SCRIPT_REACH = 60
# The parts of a compound repaired on its own: "Anzeige-hierachie", not "Them-atiken".
_MIN_HEAD = 4
_MIN_TAIL = 7
# Suffixes that derive a noun from an adjective, never a compound's last noun.
_SUFFIX_TAILS = ("haftigkeit", "lichkeit", "samkeit", "barkeit", "igkeit")
# Nouns that are a derivation's suffix too: "Plagiar|ismus" is no compound of "der Ismus".
_SUFFIX_NOUNS = frozenset({"Ismus", "Ismen"})
# The linking elements writers trade for one another: "Geschichtebuch", "Erwachsenleben".
_LINKING = ("", "s", "es", "n", "en", "e")
# A first part joined to this many nouns in words people write is in use as it stands.
_FIRST_PART_USES = 5
# A first part joined to this many nouns with a linking element, and to at most one
# without it, takes the element: "Arbeits-" (over 600 words), "Arbeit-" (one slip).
_LINKED_USES = 10
_UNLINKED_SLIPS = 1
# What a tail after a first part may open with and still be no noun joined to it: a
# linking s, or a suffix of a word derived from the part ("arbeitsam", "verkehrend").
_SUFFIXES_AFTER_FRONT = ("s", "end", "bar", "los", "sam", "lich", "haft", "isch", "ig")
# A loan with a German ending is only a slip if a letter is doubled, swapped or sound-alike.
_CHEAP_FOR_LOANS = 1.0
# An English verb made a German participle is a form chosen on purpose: only a doubled
# letter makes it a slip ("gemergt" is no "gemerkt", though g and k sound alike).
_CHEAP_FOR_PARTICIPLES = 0.6
# Where several corrections fit equally well, only a long word is flagged.
_MIN_LENGTH_UNCERTAIN = 7
# A three-letter word is only flagged for a doubled letter: "dan" → "dann".
_DOUBLED_LETTER = 0.6
# A doubled letter, ß or a sound-alike: the slips an English word between German ones stands for.
_DOUBLED_OR_SOUND = 1.0
# Below this length a word is only flagged for a slip to common words: "nich" → "nicht".
_MIN_LENGTH_UNSURE = 6
# A stray or missing letter, a neighbouring key or a sound-alike, not an arbitrary letter.
_STRAY_OR_NEAR = 1.6
# ... to a word this common (about once in ten thousand words).
_SHORT_FIX_ZIPF = 4.0
# Substituting a letter that is neither a neighbouring key nor a sound-alike (cost 2.2):
# on essays and documentation such corrections were wrong about as often as right.
_UNLIKELY_SLIP = 2.0
# From this length one arbitrary wrong letter still leaves a single clear correction.
_MIN_LENGTH_ANY_SLIP = 9
# A word people write (about once in a hundred million words), not just one attested once.
_WRITTEN_ZIPF = 2.0
# The longest first part set in brackets before its compound's rest: "(Netzwerk)karte".
_MAX_BRACKETED_FRONT = 24
# Zipf frequency from which a form is attested in writing (about once in ten million words).
_ATTESTED_ZIPF = 1.0
# A form written this often, though no dictionary lists it, is a common slip, not a guess.
_ATTESTED_SLIP_ZIPF = 1.5
# ... unless the correction is a common word ("sammelen" → "sammeln").
_COMMON_ZIPF = 3.5
# Function words and the most common verbs: "während" (5.5), "wären" (5.2).
_VERY_COMMON_ZIPF = 5.0
# A listed compound this rare (once in thirty million words) ...
_RARE_ZIPF = 2.5
# The shortest compound part a misspelling in it is looked for: "Standart"; a shorter
# one is too often a word's tail ("Unter|richt").
_MIN_PART_SLIPPED = 7
# ... beside a form without its linking s fifty times commoner took the s by mistake.
_FAR_COMMONER = 1.7
# A compound's part this much commoner (Zipf) than the one written is the one meant.
_COMMONER_PART = 1.0
# An initial and a surname after a word: "Andries E. Brouwer".
_INITIAL = re.compile(r" [A-ZÄÖÜ]\. [A-ZÄÖÜ][a-zäöüß]")
# Particles between a first name and a surname: "van der Torren", "von Humboldt".
_PATRONYMS = frozenset({"ben", "bat", "bar", "ibn", "bint"})
_NAME_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "ten", "ter", "zu"})
_ROMANCE_PARTICLES = frozenset({"de", "del", "della", "delle", "dei", "degli", "di", "dos", "do"})
# Endings of nouns, adjectives and verbs a listed word may take.
_INFLECTION_ENDINGS = ("s", "es", "n", "en", "e", "er", "ern", "em")
_MIN_PART = 3
# The shortest part that makes a compound of common words: "Stil|vorlage", not "Fu|ßball".
_MIN_COMMON_PART = 4
# A doubled letter, a swapped pair, a sound-alike or a common two-letter slip (ss/ß, ie/i).
# Words that open a phrase or a clause and so never end one: no fix before ",", "." or ";".
# Prepositions that are also particles or postpositions ("mit", "nach") may end one.
_NEVER_CLAUSE_FINAL = word_set(
    "für ohne seit trotz während zwischen innerhalb außerhalb von zum zur beim vom im ins "
    "am ans und oder sowie sondern dass weil wenn ob"
)
_CHEAP_SLIP_TO_LISTED = 1.0
_VOWELS = frozenset("aeiouyäöüAEIOUYÄÖÜ")
_UMLAUTS = str.maketrans("aou", "äöü")
# The last part of an English coinage: "filter" in "Netfilter", not "rad" in "Motorad".
_MIN_FOREIGN_TAIL = 4
# An English word inside a tool's name: "scripts" in "devscripts", not "dens" in "zumindens".
_MIN_FOREIGN_PIECE = 5
# A word beginning like the next one is a first try at it ("Sowerani Souveranität"), not a name.
_DRAFT_OVERLAP = 2
# Adjective, participle and verb endings only German words carry.
_GERMAN_ENDING = re.compile(
    r"(?:end|est|lich|isch|iert)(?:e|en|er|es|em)?$|(?:ig|bar|sam|haft)(?:e|en|er|es|em)$"
    r"|(?:ieren|ierte[nrs]?)$"
)
# The strong and weak endings of an attributive adjective.
_ADJECTIVE_INFLECTION = re.compile(r"(?:e|en|er|es|em)$")
# The forms of a weak verb "ver-" makes of an adjective: "vereindeutig|en", "…|t", "…|ten".
_VERB_OF_ADJECTIVE_ENDING = re.compile(r"(?:en|e|t|te|ten|tet|st)$")
# Latin and Greek prefixes and combining forms that coin terms: "Prehabilitation".
_LEARNED_PREFIXES = (
    *("pre", "post", "prä", "anti", "inter", "intra", "trans", "multi", "meta", "hyper"),
    *("hypo", "pseudo", "semi", "neo", "proto", "mikro", "makro", "nano", "mono", "poly"),
    *("bio", "geo", "neuro", "psycho", "sozio", "opto", "thermo", "elektro", "photo", "auto"),
    *("hydro", "hygro", "aero", "kardio", "radio", "ultra", "infra", "supra"),
    *("meso", "xero", "amphi", "brachy", "hetero", "homo", "iso", "oligo", "lipo", "halo"),
    *("endo", "exo", "ekto", "allo", "phyto", "zoo", "eury", "steno", "ko"),
)
# Greek last elements of scientific adjectives: "xerophil", "hydrophob", "makropter".
_COMBINING_FORMS = ("phil", "phob", "phag", "troph", "morph", "pter", "phyt", "therm", "zid")
_COMBINING_ADJECTIVES = frozenset(
    form + ending for form in _COMBINING_FORMS for ending in ("", *ADJECTIVE_ENDINGS)
)
# Adjectives that join a verb's stem as a suffix would: "lernfähig", "lesefreundlich".
_VERB_STEM_ADJECTIVES = (
    "fähig",
    "bereit",
    "freudig",
    "freundlich",
    "wirksam",
    "würdig",
    "wert",
    "bezogen",
    "orientiert",
    "basiert",
    "intensiv",
)
# Adjectives that join nouns as freely as suffixes do (Duden calls them "Suffixoide"):
# "vertragsgemäß", "altersbedingt", "praxisbezogen", "fachspezifisch", "altersgerecht".
_NOUN_SUFFIXOIDS = (
    "gemäß",
    "bedingt",
    "bezogen",
    "spezifisch",
    "gerecht",
    "konform",
    "orientiert",
    "basiert",
)
# Numerals that open an adjective: "zweifaktoriell", "dreistufig", "mehrdimensional".
_NUMERAL_PREFIXES = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "mehr", "viel")
# German joins at most five consonants ("Angstschrei", "sch" and "ch" counted as one):
# "libdvdcss" is code.
_CONSONANT_RUN = re.compile(r"[bcdfghjklmnpqrstvwxzSC]{6,}")
# Latin endings of genera and epithets: "Raphanus sativus", "Hordeum vulgare", "Sinapis alba".
_LATIN = re.compile(r"[a-z]{3,}(?:us|um|a|ae|is|e|i|ii|es|ensis|oides|on|os)")
_RANKS = frozenset({"var", "subsp", "ssp", "cf"})
_MAN_PAGE = re.compile(r"\(\d[a-z]?\)")
# A full stop after the word, and the sentence goes on in small letters: an abbreviation.
# How common each English part of a coinage must be (wordfreq's Zipf scale).
_COMMON_ENGLISH_ZIPF = 3.0
# English letters a German text writes for umlauts, and the shortest English word that
# must open a word to vouch for them: "daemon", not "blue" ("Bluete" is "Blüte").
_DIGRAPHS = ("ae", "oe", "ue")
_MIN_DIGRAPH_STEM = 5
# The shortest part of a program's name run together from English words: "make-info".
_MIN_COMMAND_PART = 4
_ABBREVIATION = re.compile(r"\.[ \u00a0][a-zäöüß]")
# After a surname: "Levert (2019)", "Levert 2019", "Levert et al.", "Levert, 2019",
# also with a co-author: "Seuring und Müller (2008)", "Seuring & Müller 2008".
_CITATION = re.compile(
    r"(?:\s*(?:und|&|/)\s*[A-ZÄÖÜ][\w-]+)?\s*(?:\(\d{4}|\d{4}\b|et al\b|,\s*\d{4}\b)"
)
# An adjective from a name, its apostrophe kept: "Hegel’sche", "Ohm'sches".
_NAME_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][\w-]*[’']sch(?:e[mnrs]?)?")
# An initial before a surname: "William H. Tunner", "J. Smith"; in "z. B. Ventile" the
# capital closes an abbreviation.
_AFTER_INITIAL = re.compile(r"(?:^|(?<![a-zäöü]\.)[\s(])[A-ZÄÖÜ]\. $")


@register
class SpellingCheck:
    code = "spelling"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        # "vias" fifty times in a chapter: the same comment on the same word, a few times
        return first_few(
            self._findings(block, context), context, block.language, key=attrgetter("message")
        )

    def _findings(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose:
            return
        words = speller(block.language)
        # Theses mix in the other language's terms (Resource, Technology), rarely its typos.
        other = speller("en" if block.language == "de" else "de")
        names = context.shared(_names)
        written_as_code = context.shared(code_words)
        alphabet = frozenset(words.letters)
        swiss = block.language == "de" and context.shared(writes_swiss)
        block_words = context.words(block)
        foreign = quotations.foreign_spans(block.text, block.language)
        sentences = [sentence for sentence, _ in context.sentences(block)]
        for index, word in enumerate(block_words):
            if _plainly_right(words, word.text):
                continue  # most words: the checks below could only excuse them
            if quotations.inside(foreign, word.start) or _in_third_language(sentences, word):
                continue  # „parcere subiectis“, "Lorem ipsum …": a passage in another language
            if _italic_term(block, word, words):
                continue  # "die *mabaraza*": a term the author sets in italics as foreign
            # "Verbindungs- und", "(Positionierungs)-Objekt": a first part, its tail elsewhere
            truncated = block.text.startswith(("-", ")-"), word.end)
            if word.text in names or _is_name(block.text, block_words, index, words, other):
                continue
            if word.text[1:].islower() and word.text.lower() in names:
                continue  # "Konqueror, available in the konqueror package": the name, capitalised
            if _species_epithet(block.text, block_words, index, words) or _genus(
                block.text, block_words, index, words
            ):
                continue  # "Raphanus sativus var. oleiformis": a Latin name of a species
            if _patronymic(block_words, index) or _before_romance_particle(block_words, index):
                continue  # "Moše ben Maimon", "Virgen del Carmen": a particle joins two names
            if word.text in written_as_code:
                continue  # "der mailname" beside "/etc/mailname": a technical name
            if _capitalised_code_name(word.text, written_as_code, other):
                continue  # "Systemd" beside `systemd`; "des Programs" beside `programs` is German
            if block.text[word.start - 2 : word.start - 1].isalpha() and (
                block.text[word.start - 1 : word.start] == "("
            ):
                continue  # "Nutzung(sdauer)": an optional ending or tail in brackets
            if _bracketed_front(words, block.text, word):
                continue  # "(Grau)werts": the word with and without its first part
            if "-" in word.text and word.text.islower():
                continue  # "vorbis-tools", "pre-commit": a tool's name, not German word formation
            if block.language == "de" and full_first_person(block.text, block_words, index):
                continue  # "ich freu mich": spoken, not misspelt; the colloquial check says so
            if drafts.replacement(block.text, block_words, index, words) is not None:
                continue  # "hatt hat": the repeated-word check asks to delete the draft
            if _numeral_tail(words, block.text, word):
                continue  # "3-buchstabig", "4-zeilig": the tail of "dreibuchstabig" after digits
            if _MAN_PAGE.match(block.text, word.end):
                continue  # "umount(8)", "perlre(1)": a manual page
            if _ABBREVIATION.match(block.text, word.end) and len(word.text) <= LONGEST_ABBREVIATION:
                continue  # "(Anmerk. des Übersetzers": a full stop the sentence runs on past
            if word.text.islower() and _quoted(block.text, word):
                continue  # »tjener«, „pwgen“: a quoted host, command or foreign word, used as such
            parts = list(_parts(word))
            for position, part in enumerate(parts):
                if split := gendered(part.text):
                    stem, ending = split
                    if words.known(stem + ending) or nouns.is_listed(stem + ending):
                        continue  # "Kommiliton*innen": "Kommilitoninnen" with a gender sign
                    part = Word(part.start, part.start + len(stem), stem)
                reformed = _reformed(words, part.text) if block.language == "de" else None
                if reformed is not None:
                    yield Finding(block.index, part.start, part.end, self.code, reformed)
                    continue
                if swiss and ss_for_sz(words, part.text):
                    continue  # "Grösse", "gemäss": Swiss spelling, which has no ß
                if is_note_name(part.text):
                    continue  # "eses", "fisis": a note with its flats or sharps
                if block.text[part.end : part.end + 1].isdigit():
                    continue  # "tenk1", "ext4": letters glued to digits name a thing
                if _exempt(part.text) or _NAME_ADJECTIVE.fullmatch(part.text):
                    continue  # "Hegel’sche": the rules allow an apostrophe before -sche
                if block.language == "de" and _f_for_ph(words, part.text):
                    continue  # "stratigrafisch": the rules allow f in graph, phon, phot
                if _transliteration(block.text, part.start):
                    continue  # "ἀκολουθεῖν (akolouthein)": another script's word, spelt out
                if not {c for c in part.text.lower() if c.isalpha()} <= alphabet:
                    continue  # "impassibilité", "Castañeda": a foreign word or name
                if block.language == "de" and function_pair(part.text.lower()):
                    continue  # "aberist": a lost space, which the compound check names
                if block.language == "de" and _first_part_apart(block_words, index, part.text):
                    continue  # "Umsetzungs Qualität": a compound written apart, named there too
                if position > 0 and part.text[0].islower():
                    continue  # a suffix-like tail: text-Segment-lastigen, feiner-granulare
                if position > 0 and nouns.only_name(parts[position - 1].text):
                    continue  # "Hamburg-Stellingen": a place, then its district's name
                if position == 0 and part.text.islower() and parts[-1].text[:1].isupper():
                    continue  # "groff-Installation", "rsyslogd-Daemon": a name before its noun
                head = position < len(parts) - 1 or truncated
                if head and block.language == "de" and _opens_hyphenated(words, part.text):
                    continue
                if words.listed(part.text):
                    message = _listed_slip(part.text) if block.language == "de" else None
                elif _inflected_form(words, part.text, block.language):
                    continue
                elif block.language == "en" and is_german_function_word(part.text):
                    continue  # "(apt oder dpkg)" in an English line: German, no slip of "over"
                elif other.listed(part.text):
                    before = block_words[index - 1].text if index > 0 and position == 0 else ""
                    message = (
                        _english_plural(words, part.text, block.language, before)
                        or _among_own_words(words, other, block_words, index, block.language)
                        or _german_noun_meant(words, block_words, index, block.language)
                    )
                elif other.known(part.text):
                    message = _slip(words, part.text, block.language)
                elif words.known(part.text):
                    message = _ss_for_sz_slip(
                        words, part.text, block.language, swiss
                    ) or _wieder_wider(words, part.text, block.language)
                    before = block_words[index - 1].text if index > 0 else ""
                    loan = (
                        _english_coinage(words, other, part.text)
                        or _nominalized_loan(words, part.text, before)
                        or _english_digraph(other, part.text)
                        or block.language == "de"
                        and _present_participle(words, part.text)
                    )
                    if message is None and not loan:
                        message = (
                            _slip(words, part.text, block.language)
                            or _misanalysed(words, part.text, block.language)
                            or block.language == "de"
                            and _unwritten_linking(words, part.text)
                            or _unwritten_compound(words, other, part.text, block.language)
                            or _slipped_first_part(words, part.text, block.language)
                            or (
                                _first_part_alone(part.text)
                                if block.language == "de" and not head
                                else None
                            )
                        )
                elif sz_slip := _ss_for_sz_slip(words, part.text, block.language, swiss):
                    message = sz_slip  # "Aussenbauteile": no analysis accepts ss, ß is listed
                elif (
                    _english_coinage(words, other, part.text)
                    or _command_name(other, part.text)
                    or _prefixed_term(words, part.text)
                    or block.language == "de"
                    and _present_participle(words, part.text)
                ):
                    message = None
                elif plural := _english_plural(words, part.text, block.language):
                    message = plural
                elif block.language == "de" and _written_sibling(words, part.text):
                    message = None
                elif (
                    block.language == "de"
                    and part.text[1:].islower()
                    and not (position > 0 or _inside_sentence(block.text, part))
                    and words.known(part.text.lower())
                    and _slip(words, part.text.lower(), "de") is None
                    and _misanalysed(words, part.text.lower(), "de") is None
                ):
                    message = None  # "Speicherinterner Puffer …": a compound opening a sentence
                else:
                    noun_slot = len(parts) == 1 and _noun_slot(block.text, block_words, index)
                    inside = position > 0 or _inside_sentence(block.text, part)
                    alone = not _among_unknown_words(
                        block.text, block_words, index
                    ) and not _named_by_class(block.text, block_words, index)
                    message = _verdict(
                        words,
                        part.text,
                        block.language,
                        noun_slot,
                        inside,
                        alone=alone,
                        document=context.shared(DocumentWords),
                        clause_end=len(parts) == 1
                        and block.text[part.end : part.end + 1] in CLAUSE_END_MARKS,
                    )
                    if message is None and alone:
                        message = _unseen_near(words, other, part.text, block.language)
                if message is not None:
                    yield Finding(block.index, part.start, part.end, self.code, message)
        if block.language == "en":
            confused = (
                (token.start, token.end, f"“{token.text}” → “{fix}”: {reason}.")
                for token, fix, reason in english_confusions(block_words)
            )
            yield from quotations.english_findings(block, self.code, confused)
        if block.language == "de":
            for token, noun in missing_endings(block, context):
                if token.text in names or _CITATION.match(block.text, token.end):
                    continue  # "von Klein (2019)": a surname
                message = say(
                    self.code,
                    "de",
                    f"»{token.text}« → »{noun}«? Als Nomen behält das Adjektiv seine Endung.",
                )
                yield Finding(block.index, token.start, token.end, self.code, message)
            for confusion in confusions(block, context):
                token = confusion.token
                message = say(
                    self.code, "de", f"»{token.text}« → »{confusion.fix}«: {confusion.reason}."
                )
                yield Finding(block.index, token.start, token.end, self.code, message)


def _verdict(
    words: Speller,
    text: str,
    language: str,
    noun_slot: bool = False,
    inside: bool = False,
    *,
    alone: bool = True,
    document: DocumentWords | None = None,
    clause_end: bool = False,
) -> str | None:
    """The comment on an unknown word, or None when it is more likely a name or someone else's.

    ``alone``: no other unknown word stands beside it. Beside one, a word with
    no convincing fix is one of several terms or a foreign phrase. A word of
    the ``document`` the slip is close to comes first among the fixes. Before a
    ``clause_end`` no word that opens a phrase or clause is one ("…, die dazu fürt,":
    not "für").
    """
    pair = function_words(text.lower()) if language == "de" else None
    if pair is not None:
        # "unsden": a lost space, or a word and the correction written over it; a word
        # one slip away ("unsren") would be a guess either way.
        return say(
            "spelling",
            "de",
            f"»{text}«: »{pair[0]}« und »{pair[1]}« ohne Leerzeichen"
            " oder ein Wort mit seiner Korrektur – bitte prüfen.",
        )
    fixes = _fix(words, text, language, noun_slot, inside)
    if fixes and text[:1].isupper() and all(_named(words, text, fix) for fix in fixes):
        return None  # "Kemmerich" → "Emmerich": one name is no slip of another
    if fixes is None and language == "de":
        repaired = (
            _compound_fix(words, text)
            or _compound_head_fix(words, text)
            or _missing_linking_s(words, text)
        )
        if repaired is not None:
            fixes = (repaired,)
        elif _garbled_derivation(words, text):
            fixes = ()
    if fixes is None or not (fixes or alone):
        return None
    if clause_end:
        fixes = tuple(fix for fix in fixes if fix.lower() not in _NEVER_CLAUSE_FINAL)
    if document is not None:
        fixes = document.first(text, fixes, words.known, words.frequency)
    if not fixes:
        if text[0].islower() and _abbreviations_run_together(words, text):
            return None  # "mkmanifest": no fix convinces, and no German word begins so
        return say(
            "spelling",
            language,
            f"»{text}«: unbekanntes Wort – bitte prüfen.",
            f"“{text}”: unknown word – please check.",
        )
    german = " oder ".join(f"»{fix}«" for fix in fixes)
    english = " or ".join(f"“{fix}”" for fix in fixes)
    return say("spelling", language, f"»{text}« → {german}?", f"“{text}” → {english}?")


def _named(words: Speller, text: str, fix: str) -> bool:
    """Whether ``fix`` is only a name, or a place's adjective as ``text`` may be another's:
    "Tannheimer" beside "Mannheimer" (Tannheim, Mannheim), "Mattheson" beside "Matheson"."""
    if nouns.only_name(fix):
        return True
    if words.language == "en":
        # "Matheson", "Porsche": English capitalises only names; a day, a month or a people
        # ("Wednesday", "French") is common enough that a slip of it is the likelier reading
        return not words.listed(fix.lower()) and words.frequency(fix) < _COMMON_NAME_ZIPF
    return text.endswith("er") and words.formation.place_adjective(fix)


def _fix(
    words: Speller, text: str, language: str, noun_slot: bool = False, inside: bool = False
) -> tuple[str, ...] | None:
    """The corrections to offer for an unknown word (none: unclear), or None to leave it alone.

    ``noun_slot``: the word follows an article or an inflected adjective, where
    a capitalised word is a common noun, not a name. ``inside``: the word
    stands inside its sentence, where only nouns and names are capitalised.
    """
    small_noun = language == "de" and text[0].islower() and _is_noun(words, capitalised(text))
    # "trift", "wiederrum": a slip of a common word is the speller's, though "Trift" is a noun
    if small_noun and (noun_slot or not likely_typo(text)):
        return None  # a noun written small: the capitalization check says so
    if language == "en" and inside and text[0].isupper():
        return None  # inside an English sentence only names are capitalised: "Konqueror"
    correction = words.correction(text)
    if correction is None:
        # No convincing correction: a name, a term, a rare but valid derivation
        # ("unabstreitbare") or a fragment. Flagging those costs more trust than it earns.
        return None
    fix = correction.word
    if len(text) < _MIN_LENGTH + 1 and correction.cost > _DOUBLED_LETTER:
        return None
    if inside and language == "de" and _other_word_class(words, text, correction):
        return None  # "ihre Inodes" → "Indes": a term, not a slip into another word class
    if (
        words.in_use(text, fix)
        or correction.cost > _UNLIKELY_SLIP
        and not _long_certain(words, correction, text)
        and not _attested_slip(words, text, correction)
    ):
        return None  # an arbitrary letter swapped: "strace" → "strafe" is a guess, not a fix
    if len(text) < _MIN_LENGTH_UNSURE:
        if text[0].isupper() and not (language == "de" and noun_slot):
            return None  # a short capitalised word is a name or a torn-off fragment as often
        fixes = _common_slips(words, text, correction)
        if fixes and text[0].isupper() and not all(nouns.is_listed(fix) for fix in fixes):
            return None
        return fixes
    # After an article or an inflected adjective a long capitalised word is a common noun;
    # a short one ("die Falcot Corp.") is as often a company's name.
    noun_here = noun_slot and text[0].isupper() and len(text) >= _MIN_LENGTH_ANY_SLIP
    name_slot = not (language == "de" and noun_here)
    if correction.slips > 1 and (
        _glued(words, text)
        or text[0].isupper()
        and name_slot
        and (len(text) < _MIN_LENGTH_UNCERTAIN or words.frequency(fix) < _COMMON_ZIPF)
    ):
        return None  # two slips from a rare word: a name ("Eriksons") as often as a typo
    if (
        correction.slips == 1
        and name_slot
        and len(text) != len(fix)
        and correction.cost >= STRAY_LETTER
        and words.frequency(text) < _ATTESTED_ZIPF
        and words.frequency(fix) < _COMMON_ZIPF
    ):
        # One letter more or less in a form nobody writes: as often a torn-off
        # fragment or a name as a typo, and the guess is often the wrong form.
        return None
    if not correction.certain:
        if text[0].isupper() and noun_slot and all(nouns.is_listed(c) for c in correction.close):
            return correction.close  # "die Anspruche": after an article, nouns of one kind fit
        if (
            text[0].isupper()
            and not inside
            and all(_common_word(words, c) for c in correction.close)
        ):
            return correction.close  # "Wärend der …": a sentence's first word, no name
        if text[0].isupper() or _glued(words, text):
            return None  # several words fit: a name, a valid rare form or two words run together
        if len(text) < _MIN_LENGTH_UNCERTAIN:
            return _common_slips(words, text, correction)
        # An English word no fix convinces is a command or a daemon's name as often as a
        # slip ("systemd", "umount"); a German one is most often a slip garbled twice.
        return None if language == "en" else ()
    return (fix,)


def _attested_slip(words: Speller, text: str, correction: Correction) -> bool:
    """ "seperat" for "separat": a slip so many write that the frequency list has it,
    though ten times rarer than the one word it is a slip of."""
    own = words.frequency(text)
    return (
        text.islower()
        and text[0] == correction.word[0]  # "jenigen" is no slip of "wenigen"
        and correction.certain
        and own >= _ATTESTED_SLIP_ZIPF
        and words.frequency(correction.word) - own >= 1.0
    )


def _common_word(words: Speller, fix: str) -> bool:
    """A very common word that is no noun ("während", "wären"), capitalised at a sentence start.

    A name is rarely one slip from such a word, so an unknown first word near
    only these is the word misspelt.
    """
    lower = fix.lower()
    return (
        not nouns.is_listed(fix)
        and words.in_dictionary(lower)
        and words.frequency(lower) >= _VERY_COMMON_ZIPF
    )


def _noun_slot(text: str, block_words: list[Word], index: int) -> bool:
    """ "die Jugen", "einem Apell", "beneidenswerte Fase": after an article or inflected adjective."""
    if index == 0 or text[block_words[index - 1].end : block_words[index].start] != " ":
        return False
    previous = block_words[index - 1].text
    lower = previous.lower()
    return (
        lower in ARTICLES
        or lower in CONTRACTIONS
        or (previous.islower() and inflected_adjective(previous))
    )


def _inside_sentence(text: str, word: Word) -> bool:
    """Whether a word stands inside its sentence: after a word, code or comma, no mark or quote."""
    before = text[: word.start].rstrip()
    return before[-1:].isalnum() or before.endswith(",")


def _other_word_class(words: Speller, text: str, correction: Correction) -> bool:
    """ "Inodes" → "Indes", "Likert" → "Liiert": a capital inside a sentence marks a noun or name.

    A fix that is no noun would be a second slip, in the capital, besides a
    costly one in the letters; the word is a term or name the dictionary lacks.
    A cheap slip ("Auserdem") or a long word ("Alkoholabhänig") stays a slip;
    so does a capital that is itself the slip ("Vverstanden").
    """
    if len(text) >= _MIN_LENGTH_ANY_SLIP or correction.cost <= _DOUBLED_OR_SOUND:
        return False
    return not any(
        fix[0].islower()
        or nouns.is_listed(fix)
        or nouns.is_name(fix)
        or not words.in_dictionary(fix.lower())
        for fix in correction.close or (correction.word,)
    )


def _long_certain(words: Speller, correction: Correction, text: str) -> bool:
    """ "Seperierung" → "Separierung": in a long word even an arbitrary letter is a clear slip,
    for long words have few neighbours."""
    return (
        len(text) >= _MIN_LENGTH_ANY_SLIP
        and correction.certain
        and correction.slips == 1
        and correction.word[-2:] == text[-2:]  # "Einreicher" is no slip of "Einreichen"
        # "Fängigkeit" is no "Gängigkeit": writers rarely mistype the first letter of a rare word
        and (
            len(correction.word) != len(text)
            or correction.word[0] == text[0]
            or words.frequency(correction.word) >= _COMMON_ZIPF
        )
    )


def _common_slips(words: Speller, text: str, correction: Correction) -> tuple[str, ...] | None:
    """ "nich" → "nicht" or "noch", "dof" → "doof": a short lower-case word one slip from common ones.

    Short words have many neighbours, so one is only taken for a slip where
    each candidate is a doubled letter away from a written word, or a near
    key, sound-alike or stray letter away from a common one; several such
    candidates are all offered.
    """
    fixes = tuple(
        candidate
        for candidate in correction.close
        if _cheap_to(words, text, candidate, _DOUBLED_LETTER, _WRITTEN_ZIPF)
        or _cheap_to(words, text, candidate, _STRAY_OR_NEAR, _SHORT_FIX_ZIPF)
    )
    if len(fixes) == len(correction.close):
        return fixes or None
    # "wich": "which" is one letter left out, "with" an arbitrary letter swapped, a
    # costlier slip left unsaid where the cheap one leads to a very common word; a
    # rarer one ("kurd" → "kurt") is a name or a term as often.
    dearest = max((slip_cost(text, fix) for fix in fixes), default=0.0)
    rivals = [c for c in correction.close if c not in fixes and slip_cost(text, c) <= dearest]
    common = all(words.frequency(fix) >= _VERY_COMMON_ZIPF for fix in fixes)
    return fixes if fixes and common and not rivals else None


def _cheap_to(words: Speller, text: str, fix: str, cost: float, zipf: float) -> bool:
    return slip_cost(text, fix) <= cost and words.frequency(fix) >= zipf


def _garbled_derivation(words: Speller, text: str) -> bool:
    """ "unbeschweteste", "zumindens": a lower-case German word nobody has written.

    wordfreq has read billions of words; a lower-case word of German letters
    it never met, which no dictionary or analysis supports, is misspelt even
    where no single correction convinces. Names of tools and terms are made
    of English words ("devscripts", "pbuilder") and carry no German ending.
    """
    return (
        text[0].islower()
        and len(text) >= _MIN_LENGTH_UNCERTAIN + 1
        and frequency(text, ("de", "en")) == 0
        and not _attested_base(words, text)
        and not _glued(words, text)
        and (_GERMAN_ENDING.search(text) is not None or not _english_piece(text))
        and _CONSONANT_RUN.search(text.replace("sch", "S").replace("ch", "C")) is None
    )


def _written_sibling(words: Speller, text: str) -> bool:
    """ "bauaufsichtlicher", "validere": an adjective's form Hunspell lacks, of one people write.

    The bare adjective ("bauaufsichtlich", "valider") is known, tagged an
    adjective and in use beside the nearest correction; the form with an
    ending is the same word. Not so where the ending doubles an e
    ("einzigstee"), follows another ending ("angebotenene"; a comparative's
    "-er" may take one), or lacks an umlaut that makes a listed word
    ("jungere": "jüngere").
    """
    if not text.islower() or len(text) < _MIN_LENGTH_UNSURE:
        return False
    stem = _ADJECTIVE_INFLECTION.sub("", text)
    if stem.endswith("e") or words.listed(text.translate(_UMLAUTS)):
        return False
    inner = _ADJECTIVE_INFLECTION.sub("", stem)
    if stem != text and inner != stem and not stem.endswith("er") and words.listed(inner):
        return False
    bases = [
        base
        for base in (stem, stem + "e")
        if base != text
        and words.known(base)
        and not grammar.word_tags(base).isdisjoint(grammar.ADJECTIVE_TAGS)
    ]
    base = max(bases, key=words.frequency, default=None)
    if base is None or words.frequency(base) < _ATTESTED_ZIPF:
        return False
    correction = words.correction(text)
    return correction is None or correction.word == base or words.in_use(base, correction.word)


def _attested_base(words: Speller, text: str) -> bool:
    """ "spirometrischer", "zweifaktorielle": an unseen form of a word others have written.

    A term's inflected forms are rarer than the term: a learned prefix before
    a listed word, an adjective in "-isch" whose noun in "-ie" or "-ik" is in
    use ("Spirometrie"), or a numeral before an adjective in use
    ("faktorielle"), is a derivation, not a slip.
    """
    if _prefixed_term(words, text):
        return True  # "optothermischer"
    stem = _ADJECTIVE_INFLECTION.sub("", text)
    if stem.endswith("isch"):
        root = stem[:-4].capitalize()
        if any(words.frequency(root + suffix) > 0 for suffix in ("ie", "ik")):
            return True
    prefix = next((p for p in _NUMERAL_PREFIXES if text.startswith(p)), "")
    rest = text[len(prefix) :]
    if prefix and len(rest) >= _MIN_LENGTH_UNSURE and words.frequency(rest) > 0:
        return True
    return (
        _verb_stem_adjective(words, text)
        or _noun_suffixoid_adjective(words, text)
        or _verb_of_adjective(words, text)
    )


def _noun_suffixoid_adjective(words: Speller, text: str) -> bool:
    """ "protokollgemäß", "studienbedingte", "kontextspezifisch": a listed noun, perhaps
    with its linking element, before an adjective German joins to nouns as freely as a
    suffix; a misspelt noun ("Protokolgemäß") makes none."""
    return any(
        nouns.is_listed(front.capitalize()) or _noun_with_fuge(words, front.capitalize())
        for front in _fronts_before(text, _NOUN_SUFFIXOIDS)
    )


def _fronts_before(text: str, suffixes: Iterable[str]) -> Iterator[str]:
    """What stands before each of ``suffixes`` that ends ``text``, inflected or not."""
    for suffix in suffixes:
        at = text.find(suffix, _MIN_PART)
        if at >= 0 and _ADJECTIVE_INFLECTION.sub("", text[at:]) == suffix:
            yield text[:at]


def _verb_of_adjective(words: Speller, text: str) -> bool:
    """ "vereindeutigen", "veralltäglicht": "ver-" makes a verb of an adjective in use, as in
    "vereinfachen" and "verdeutlichen"; its forms are rarer than the adjective."""
    if not text.startswith("ver"):
        return False
    match = _VERB_OF_ADJECTIVE_ENDING.search(text)
    adjective = text[3 : match.start()] if match else ""
    return (
        len(adjective) >= _MIN_LENGTH_UNSURE
        and words.frequency(adjective) >= _ATTESTED_ZIPF
        and not grammar.word_tags(adjective).isdisjoint(grammar.ADJECTIVE_TAGS)
    )


def _verb_stem_adjective(words: Speller, text: str) -> bool:
    """ "lernwirksam", "lesefreundliche": a verb's stem before an adjective that serves as a suffix.

    A few adjectives join verb stems freely ("lernfähig", "lesefreundlich",
    "sehenswert", "lernbezogen", "lernintensiv"), so a sibling the dictionary lacks is a
    word; with other adjectives the verb stem is a slip ("lernreich" for "lehrreich").
    """
    infinitives = (
        stem + ("n" if stem.endswith("e") else "en")
        for stem in _fronts_before(text, _VERB_STEM_ADJECTIVES)
    )
    return any(words.listed(verb) and grammar.can_be_infinitive(verb) for verb in infinitives)


def _prefixed_term(words: Speller, text: str) -> bool:
    """ "Prehabilitation", "optothermisch", "xerophil": a learned prefix before a word or a
    Greek last element.

    Terms are coined from Latin and Greek prefixes and combining forms; the
    word after the prefix must be one the dictionary lists as it stands, or
    a combining form with an adjective's ending ("amphiphile").
    """
    lower = text.lower()
    for prefix in _LEARNED_PREFIXES:
        rest = text[len(prefix) :]
        if not lower.startswith(prefix):
            continue
        if text.islower() and rest in _COMBINING_ADJECTIVES:
            return True
        if len(rest) >= _MIN_LENGTH_UNSURE and (
            words.listed(rest) or words.listed(rest.capitalize())
        ):
            return True
    return False


def _english_piece(text: str) -> bool:
    """Whether ``text`` begins or ends with an English word ("mobile" in "mobileconfig")."""
    english = speller("en")
    pieces = (text[:cut] for cut in range(_MIN_FOREIGN_PIECE, len(text)))
    tails = (text[-cut:] for cut in range(_MIN_FOREIGN_PIECE, len(text)))
    return any(english.in_dictionary(piece) for piece in (*pieces, *tails))


def _compound_fix(words: Speller, text: str) -> str | None:
    """ "Anzeigehierachie" → "Anzeigehierarchie": a known first part, then a misspelt last one.

    The whole is no word, so no analysis accepts it; its last part alone is
    corrected as any word would be, and the repaired whole must be well formed.
    """
    if not text[0].isupper():
        return None
    for cut in range(len(text) - _MIN_TAIL, _MIN_HEAD - 1, -1):
        head, tail = text[:cut], text[cut:]
        if not tail[0].islower() or not _noun_with_fuge(words, head):
            continue
        if tail[0] == "s" and _noun_with_fuge(words, head + "s"):
            # "Ansicht|sfilern" is "Ansichts|filern": the s links, and "Seilern" is no fix
            head, tail = head + "s", tail[1:]
        if tail.startswith(_SUFFIX_TAILS):
            continue  # "Vorteil|haftigkeit": a derivation's suffixes, no noun to repair
        fixes = _fix(words, tail.capitalize(), "de")
        part = fixes[0] if fixes and len(fixes) == 1 else ""
        if len(part) >= _MIN_TAIL and nouns.is_listed(part):
            repaired = head + part.lower()
            if words.known(repaired):
                return repaired
    return None


# The shortest first part of a compound repaired on its own: "Korellations|analyse".
_MIN_REPAIRED_HEAD = 6
_MIN_REPAIRED_TAIL = 5


def _compound_head_fix(words: Speller, text: str, *, accepted: bool = False) -> str | None:
    """ "Korellationsanalyse" → "Korrelationsanalyse": a misspelt first part, then a known noun.

    The first part must have one convincing correction, a listed noun, and the
    repaired whole must be well formed. A whole Hunspell ``accepted`` by some odd
    split ("Erinerungs|fehler") needs a first part no word of either language and
    a cheap slip from its noun ("Hash|baum" stays, though "Hass" is near).
    """
    if not text[0].isupper() or _known_parts(words, text):
        return None
    for cut in range(_MIN_REPAIRED_HEAD, len(text) - _MIN_REPAIRED_TAIL + 1):
        head, tail = text[:cut], text[cut:]
        if not nouns.is_listed(tail.capitalize()) or (words.known(head) and not accepted):
            continue
        if tail.capitalize() in _SUFFIX_NOUNS:
            continue
        for fuge in nouns.FUGEN:
            if fuge and not head.endswith(fuge):
                continue
            stem = head[: len(head) - len(fuge)]
            if len(stem) < _MIN_REPAIRED_HEAD:
                continue
            if accepted and (words.known(stem) or speller("en").known(stem.lower())):
                continue
            correction = words.correction(stem)
            if correction is None or not correction.certain or not nouns.is_listed(correction.word):
                continue
            if accepted and correction.cost > _CHEAP_SLIP_TO_LISTED:
                continue
            repaired = correction.word + fuge + tail
            if words.known(repaired):
                return repaired
            if not fuge and (linked := _missing_linking_s(words, repaired)) is not None:
                return linked  # "Änderuns|protokoll": the slip took the linking "s" with it
    return None


def _missing_linking_s(words: Speller, text: str) -> str | None:
    """ "Änderungprotokoll" → "Änderungsprotokoll": a noun in -ung, -heit, -keit, -schaft or
    -ität links to the next part with "s", so without it the whole is no word."""
    for cut in range(_MIN_HEAD, len(text) - _MIN_HEAD):
        if text[cut] != "s" and words.formation.takes_linking_s(text[:cut]):
            fixed = text[:cut] + "s" + text[cut:]
            if words.known(fixed):
                return fixed
    return None


def _known_parts(words: Speller, text: str) -> bool:
    """ "Heul|anfälle", "Drogen|dealen": a word or a verb's stem, then a known word. Such a
    whole is a compound the analysis lacks, no slip to repair."""
    lower = text.lower()
    for cut in range(_MIN_HEAD - 1, len(text) - _MIN_HEAD + 1):
        head, tail = lower[:cut], lower[cut:]
        if not (words.listed(tail) or words.listed(tail.capitalize())):
            continue
        stem_of_verb = words.listed(head + "en") and not grammar.INFINITIVE_TAGS.isdisjoint(
            grammar.word_tags(head + "en")
        )
        if words.listed(head) or words.listed(head.capitalize()) or stem_of_verb:
            return True
    return False


def _noun_with_fuge(words: Speller, head: str) -> bool:
    """ "Anzeige", "Spaß", "Veröffentlichungs": a listed noun, maybe with a linking element."""
    return any(
        head.endswith(fuge)
        and len(head) - len(fuge) >= _MIN_HEAD
        and nouns.is_listed(head[: len(head) - len(fuge)])
        for fuge in nouns.FUGEN
    )


def _unseen_near(words: Speller, other: Speller, text: str, language: str) -> str | None:
    """A small word nobody has written, close to a known one: a slip, however unclear the fix.

    wordfreq has read billions of words of German and English; a lower-case
    form it never met, which no dictionary or analysis supports and which
    lies one or two slips from a real word, is misspelt. Names and terms
    are mostly capitalised, so capitalised words stay with ``_verdict``.
    """
    if not text[0].islower() or len(text) < _MIN_LENGTH_UNSURE:
        return None
    if _abbreviations_run_together(words, text):
        return None  # "lvextend": no German word begins so
    if words.frequency(text) > 0 or other.frequency(text) > 0 or words.correction(text) is None:
        return None
    if language == "de" and _is_noun(words, text[0].upper() + text[1:]):
        return None
    if _glued(words, text):
        return None
    return say(
        "spelling",
        language,
        f"»{text}«: unbekanntes Wort – bitte prüfen.",
        f"“{text}”: unknown word – please check.",
    )


def _abbreviations_run_together(words: Speller, text: str) -> bool:
    """ "lvextend", "xbmtopbm": a word opening with consonants no German word begins with,
    unless a letter dropped made them ("bfindet" for "befindet")."""
    return foreign_onset(text, words.language) and not _one_letter_short(words, text)


def _one_letter_short(words: Speller, text: str) -> bool:
    """ "bfindet", "rwachsenen": a word one more letter makes a word is that word misspelt."""
    return any(
        words.listed(text[:at] + letter + text[at:])
        for at in range(len(text) + 1)
        for letter in words.letters
    )


def _first_part_apart(block_words: list[Word], index: int, text: str) -> bool:
    """A compound's bound first part (a linking s, a verb's stem) and its noun after it:
    the compound check names the compound."""
    following = block_words[index + 1].text if index + 1 < len(block_words) else ""
    return first_part_compound(text, following) is not None


def _bracketed_front(words: Speller, text: str, word: Word) -> bool:
    """ "(Grau)werts", "(Bild)schirm": an optional first part in brackets right before the
    word; the word stands for the compound and for its last part, and both are known."""
    if text[word.start - 1 : word.start] != ")":
        return False
    opening = text.rfind("(", max(0, word.start - _MAX_BRACKETED_FRONT), word.start - 1)
    front = text[opening + 1 : word.start - 1] if opening >= 0 else ""
    if not front.isalpha():
        return False
    return words.known(front + word.text) and words.known(word.text.capitalize())


def _in_third_language(sentences: Sequence[Sentence], word: Word) -> bool:
    """Whether the sentence holding ``word`` is in neither language. Asked only of words the
    dictionary doubts, so most sentences are never weighed."""
    return any(
        sentence.start <= word.start < sentence.end and quotations.third_language(sentence.text)
        for sentence in sentences
    )


def _italic_term(block: Block, word: Word, words: Speller) -> bool:
    """A word neither dictionary knows, in a short italic stretch: style guides set foreign
    terms in italics ("cantus firmus"), so the author has marked it as one. A longer italic
    passage is a quotation or emphasis, and read as ever. A German compound with one part
    misspelt ("Schlüsseltechnolgie") is no foreign term, whatever its type."""
    if block.italic_term(word.start, word.end) is None or not unknown(word.text):
        return False
    return _compound_fix(words, word.text) is None and _compound_head_fix(words, word.text) is None


def _named_by_class(text: str, block_words: list[Word], index: int) -> bool:
    """ "das Skript postrm", "dem Paket pheatmap": right after a class noun the word names
    one of its kind, so a word with no convincing fix is that name, not a typo. A word
    ending like an infinitive ("die Skripte enhalten") or a participle before its auxiliary
    ("der Version erzeut wurde") is the clause's verb instead."""
    if index == 0 or text[block_words[index - 1].end : block_words[index].start] != " ":
        return False
    word, before = block_words[index].text, block_words[index - 1].text
    after = block_words[index + 1].text if index + 1 < len(block_words) else ""
    if word.endswith("en") or (word.endswith("t") and after in AUXILIARIES):
        return False
    return _names_its_kind(before)


def _among_unknown_words(text: str, block_words: list[Word], index: int) -> bool:
    """Beside another word neither dictionary knows: in a list of terms ("preinst, postinst
    und postrm") or in a foreign phrase ("captatio benevolentiae").

    Two unknown words in a row are a phrase only in lower case, where names are
    not, and unless one is a draft of the other ("erschiehnend erschiehnenden")
    or two words run together ("essie").
    """
    word = block_words[index].text
    for at in (index - 2, index - 1, index + 1, index + 2):
        if not 0 <= at < len(block_words):
            continue
        low, high = sorted((at, index))
        gap = text[block_words[low].end : block_words[high].start].split()
        neighbour = block_words[at].text
        if not unknown(neighbour):
            continue
        if gap in ([","], ["/"], ["und"], ["oder"], [",", "und"]):
            return True
        if (
            not gap
            and word.islower()
            and neighbour.islower()
            and not _draft_and_correction(neighbour, word)
            and function_words(neighbour) is None
        ):
            return True
    return False


def _glued(words: Speller, text: str) -> bool:
    """ "vonüber", "istwar": two listed words written as one (the compound check's business)."""
    return any(
        words.listed(text[:cut]) and words.listed(text[cut:]) for cut in range(2, len(text) - 1)
    )


def _english_plural(words: Speller, text: str, language: str, before: str = "") -> str | None:
    """ "Hobbies", "Grufties" in German text: nouns on -y or -i take the plural -ys or -is.

    The rule holds however often the English form is written (Duden: Hobbys, Gruftis),
    but not in an English name: after a capitalised English word that German lacks
    ("die GNU Core Utilities").
    """
    if language != "de" or not text.endswith("ies"):
        return None
    english = speller("en").listed(before.lower()) and not words.listed(before)
    if before[:1].isupper() and english:
        return None
    for ending in ("ys", "is"):
        fixed = text[:-3] + ending
        if words.listed(fixed):
            return say(
                "spelling", language, f"»{text}« → »{fixed}« (deutscher Plural auf -{ending})."
            )
    return None


def _among_own_words(
    words: Speller, other: Speller, block_words: list[Word], index: int, language: str
) -> str | None:
    """ "dan", "wan", "mus" between German words: English, but one doubled letter from "dann";
    "wich" between English words: German, but one letter short of "which".

    A word of the other language comes with neighbours of its own ("Rock and
    Roll"); between words of the paragraph's language only a very common word
    one obvious slip away is meant. In German a dropped letter makes "main" of
    "man" and "doc" of "doch", English terms; German words stand in English
    prose capitalised, as nouns, so there a dropped letter counts too.
    """
    text = block_words[index].text
    if not text.islower():
        return None
    neighbours = block_words[max(index - 1, 0) : index] + block_words[index + 1 : index + 2]
    if not neighbours or not all(_own_word(words, other, word.text) for word in neighbours):
        return None
    if any(word.text.isupper() for word in neighbours):
        return None  # "VISUAL oder EDITOR": names in capitals tell no language
    correction = words.nearest(text)
    dearest = _DOUBLED_OR_SOUND if language == "de" else STRAY_LETTER
    if correction is None or correction.cost > dearest:
        return None
    if language == "de" and not correction.certain:
        return None
    if not words.obvious(text, correction.word):
        return None
    return say(
        "spelling", language, f"»{text}« → »{correction.word}«?", f"“{text}” → “{correction.word}”?"
    )


def _german_noun_meant(
    words: Speller, block_words: list[Word], index: int, language: str
) -> str | None:
    """ "die Resource": an English noun after a German article, one doubled letter from the
    German noun meant ("Ressource"); not in a run of English words that names something
    ("Resource Description Framework")."""
    text = block_words[index].text
    if language != "de" or index == 0 or not text[:1].isupper():
        return None
    if block_words[index - 1].text.lower() not in ARTICLES:
        return None
    following = block_words[index + 1].text if index + 1 < len(block_words) else ""
    if following[:1].isupper():
        return None
    correction = words.nearest(text)
    if correction is None or not correction.certain or not nouns.is_listed(correction.word):
        return None
    fix = correction.word
    fits = ARTICLE_FITS.get(block_words[index - 1].text.lower())
    if fits is not None and fits.isdisjoint(nouns.analyses(fix)):
        return None  # "das Programs" is no "das Programms"
    doubled = len(fix) == len(text) + 1 and any(
        fix[:at] + fix[at + 1 :] == text and fix[at] == fix[at - 1] for at in range(1, len(fix))
    )
    # Only a letter doubled: "Daemon" (Dämon), "Locale" (Lokale), "Mutt" (Mut) are terms;
    # and only to a noun German writes more than the loan: "das Panel" is no "Paneel"
    if not doubled or words.frequency(fix) <= words.frequency(text):
        return None
    return say("spelling", "de", f"»{text}« → »{fix}«?")


def _own_word(words: Speller, other: Speller, text: str) -> bool:
    """Commoner in this language than in the other ("erst", not "Rock"), or no word of the
    other language at all."""
    if not other.known(text):
        return True  # German, or misspelt German ("mitleuft"): no English context either way
    return words.listed(text) and words.frequency(text) >= other.frequency(text)


def _reformed(words: Speller, text: str) -> str | None:
    """ "muß" → "muss", "daß" → "dass": the old ß after a short vowel is ss since 1996."""
    if "ß" not in text or words.listed(text):
        return None
    reformed = text.replace("ß", "ss")
    if not words.listed(reformed):
        return None
    # "laßt" may be old "lasst" or, far likelier, "läßt" without its umlaut: name both,
    # change nothing. "mußte" is simply old "musste", commoner than "müsste".
    umlauted = reformed.translate(_UMLAUTS)
    likelier = words.frequency(umlauted) > words.frequency(reformed)
    if text.islower() and umlauted != reformed and words.listed(umlauted) and likelier:
        return say(
            "spelling",
            "de",
            f"»{text}« → »{reformed}« oder »{umlauted}« (reformierte Rechtschreibung)?",
        )
    return say("spelling", "de", f"»{text}« → »{reformed}« (reformierte Rechtschreibung).")


def _numeral_tail(words: Speller, text: str, word: Word) -> bool:
    """ "3-buchstabigem": after digits and a hyphen, a word that a number word makes a
    listed word ("dreibuchstabigem", "zweisprachig") is that compound's tail (§ 40)."""
    before = text[: word.start]
    return (
        before.endswith("-")
        and before[-2:-1].isdigit()
        and word.text.islower()
        and any(words.listed(number + word.text) for number in ("zwei", "drei"))
    )


def _plainly_right(words: Speller, text: str) -> bool:
    """A listed word of one piece with no slip in it, which no context makes a spelling error."""
    return (
        "-" not in text
        and gendered(text) is None
        and words.listed(text)
        and (words.language != "de" or _listed_slip(text) is None)
    )


@lru_cache(maxsize=50_000)
def _listed_slip(text: str) -> str | None:
    """A German word Hunspell lists that is still misspelt: a slip in a compound, or its
    linking element. Cached, since it depends on the word alone and most words recur."""
    words, other = speller("de"), speller("en")
    return (
        _unattested_slip(words, other, text)
        or _misspelt_part(words, other, text)
        or _extra_linking_s(words, text)
        or _unwritten_linking(words, text)
    )


def _unattested_slip(words: Speller, other: Speller, text: str) -> str | None:
    """ "Kleidungsstiel", "Kleidungstücke": a compound Hunspell builds, one slip from a real word.

    Hunspell joins any two nouns, so a misspelt compound can pass it. One that
    people hardly write (wordfreq never saw it, or saw the form one likely slip
    away at least fifty times as often) and that such a slip turns into a word
    people do write, with the same ending, is that word misspelt.
    """
    own = words.frequency(text)
    if len(text) < _MIN_LENGTH_UNCERTAIN + 1 or own >= _WRITTEN_ZIPF or other.frequency(text):
        return None
    if _form_of_a_written_word(words, text) or _prefixed_subjunctive(words, text):
        return None  # "des Trillers", "vornähmen": a listed word's form, however rare
    if nouns.is_listed(text):
        return None  # "Sportligen": a form the noun lexicon lists, not Hunspell's joining
    needed = max(_WRITTEN_ZIPF, own + _FAR_COMMONER) if own else _WRITTEN_ZIPF
    best: tuple[float, str] | None = None
    for _cost, candidate in cheap_edits(text.lower()):
        fixed = restore_case(candidate, text)
        zipf = words.frequency(fixed)
        # The slip lies in the stem, not the ending: "-em" for "-en" is another inflection.
        same_ending = fixed[-1] == text[-1] and fixed[:-2] != text[:-2]
        better = zipf >= needed and (best is None or zipf > best[0])
        if better and same_ending and words.in_dictionary(fixed):
            best = (zipf, fixed)
    if best is None or _rival_nouns(words, text, best[1]):
        return None
    return say("spelling", "de", f"»{text}« → »{best[1]}«?")


def _misspelt_part(words: Speller, other: Speller, text: str) -> str | None:
    """ "Standartabweichung", "Expertenstandart": a compound Hunspell builds around a part
    it rejects alone, a misspelling people write often ("Standart"), one swapped letter
    from a far commoner word that makes the compound Hunspell builds.

    Only a letter changed or two swapped: an added or dropped letter at a part's edge
    is a linking element ("Forschungs|projekt"), which other checks weigh.
    """
    if not text[:1].isupper() or len(text) < 2 * _MIN_PART_SLIPPED:
        return None
    if words.frequency(text) >= _WRITTEN_ZIPF:
        return None  # "Standardabweichung": a compound people write
    for cut in range(_MIN_PART_SLIPPED, len(text) - _MIN_PART_SLIPPED + 1):
        head, tail = text[:cut], text[cut:]
        for part, before, after in ((head, "", tail), (tail.capitalize(), head, "")):
            own = words.frequency(part)
            if own < _RARE_ZIPF or words.in_dictionary(part) or other.known(part):
                continue
            for _cost, candidate in cheap_edits(part.lower()):
                fixed = restore_case(candidate, part)
                if len(fixed) != len(part) or words.frequency(fixed) < own + _COMMONER_PART:
                    continue
                whole = before + (fixed.lower() if before else fixed) + after
                if words.in_dictionary(fixed) and words.in_dictionary(whole):
                    return say("spelling", "de", f"»{text}« → »{whole}«?")
    return None


def _form_of_a_written_word(words: Speller, text: str) -> bool:
    """ "Trillers": a listed word people write, with an inflection's ending."""
    return any(
        text.endswith(ending)
        and words.in_dictionary(text[: -len(ending)])
        and words.frequency(text[: -len(ending)]) > 0
        for ending in _INFLECTION_ENDINGS
    )


def _rival_nouns(words: Speller, text: str, fix: str) -> bool:
    """ "Hauptzeile" beside "Hauptziele": the slip turns one common noun into another.

    A compound of two sound parts is then as likely meant as the fix, unless
    the fix's part is far commoner ("Stiel" in "Kleidungsstiel" for "Stil").
    """
    shared = 0
    while shared < min(len(text), len(fix)) and text[shared] == fix[shared]:
        shared += 1
    for cut in range(shared, _MIN_PART - 1, -1):
        tail, fixed_tail = text[cut:].capitalize(), fix[cut:].capitalize()
        if min(len(tail), len(fixed_tail)) < _MIN_PART:
            continue
        if cut < _MIN_HEAD and text[:cut].lower() not in PREPOSITIONS:
            continue  # a short first part only as a particle: "Vor|nacht" beside "Vor|macht"
        if nouns.is_listed(tail) and nouns.is_listed(fixed_tail):
            return words.frequency(fixed_tail) < words.frequency(tail) + _COMMONER_PART
    return False


def _extra_linking_s(words: Speller, text: str) -> str | None:
    """ "Stellungsnahme": a linking s the compound does not take, Hunspell's parts notwithstanding.

    Whether a compound takes an s is fixed by use, not by rule; where the form
    without it is listed and far commoner, the s is a slip.
    """
    own = words.frequency(text)
    if len(text) < _MIN_LENGTH_UNCERTAIN + 2 or own >= _RARE_ZIPF:
        return None
    for at in range(_MIN_HEAD, len(text) - _MIN_HEAD):
        if text[at] != "s":
            continue
        fix = text[:at] + text[at + 1 :]
        if words.frequency(fix) >= own + _FAR_COMMONER and words.in_dictionary(fix):
            return say("spelling", "de", f"»{text}« → »{fix}«?")
    return None


def _unwritten_linking(words: Speller, text: str) -> str | None:
    """ "Geschichtebuch", "Erwachsenleben": a compound nobody writes with this linking element.

    Between the same two parts people write another one ("Geschichtsbuch"):
    the written form is a slip. Only s, e and (e)n are traded, as writers do;
    "-er" is a plural or a comparative, and "Fehler-" is no slip of "Fehl-".
    A first part people join to many nouns as written ("Quell-" in
    "Quellcode", "Quelltext") is a form in use, not a slip.
    """
    if len(text) < _MIN_LENGTH_UNCERTAIN + 2 or words.frequency(text) > 0:
        return None
    for at in range(_MIN_HEAD, len(text) - _MIN_HEAD):
        stem = text[:at]
        if not (words.listed(stem) or nouns.is_listed(stem.capitalize() + "e")):
            continue  # "Geschicht|e|buch": the stem of "Geschichte", which drops its e
        for written in _LINKING:
            tail = text[at + len(written) :]
            if not text.startswith(written, at) or not nouns.is_listed(tail.capitalize()):
                continue
            if written and nouns.is_listed(text[at:].capitalize()):
                continue  # "Lang|namen": the letters open the last part, no "Lang|n|amen"
            fix = next(
                (
                    stem + meant + tail
                    for meant in _LINKING
                    if meant != written and _linked_in_use(words, stem, meant, tail, written)
                ),
                None,
            )
            if fix is not None and words.known(fix) and not _first_part_in_use(stem + written):
                return say("spelling", "de", f"»{text}« → »{fix}«?")
    return None


def _linked_in_use(words: Speller, stem: str, linking: str, tail: str, written: str) -> bool:
    """ "Geschichts|buch": the compound is written with this linking element. Or one was
    left out ("Verkehr|planung", "Arbeit|gedächtnis"): the first part takes it before many
    nouns and hardly ever goes without it, and Hunspell builds the compound with it.

    A linking s beside an s ("Wirt|systems", "Status|ports") is left alone: the s may
    be there already. An English first part ("Volume|gruppe") takes none.
    """
    compound = stem + linking + tail
    if words.frequency(compound) >= _WRITTEN_ZIPF:
        return True
    if written or not linking or not words.in_dictionary(compound):
        return False
    if linking == "s" and words.formation.takes_linking_s(stem):
        return True  # "Aktivierung|s|bedingungen": -ung, -heit, -keit, -schaft link with s
    if linking.startswith("s") and (tail.startswith("s") or stem.endswith(("s", "ß", "x", "z"))):
        return False
    if speller("en").known(stem.lower()):
        return False
    return (
        _joined_count(stem, _LINKED_USES) <= _UNLINKED_SLIPS
        and _joined_count(stem + linking, _LINKED_USES) >= _LINKED_USES
    )


def _first_part_in_use(front: str) -> bool:
    """ "Quell", "Wert": joined as written to several nouns in words people write."""
    return _joined_count(front, _FIRST_PART_USES) >= _FIRST_PART_USES


def _joined_count(front: str, enough: int) -> int:
    """How many words people write join ``front`` to a listed noun, counted up to ``enough``.

    A tail that opens with an s may hold a linking s ("Arbeit|s|amt"), and one that
    opens with a suffix makes a derived word ("arbeit|same", "verkehr|ende"): neither
    shows the part joined as written.
    """
    compounds = (
        word
        for word in written_with_front(front, "de")
        if len(word) - len(front) >= _MIN_HEAD
        and not word.startswith(_SUFFIXES_AFTER_FRONT, len(front))
        and nouns.is_listed(word[len(front) :].capitalize())
    )
    return sum(1 for _ in itertools.islice(compounds, enough))


def _english_coinage(words: Speller, other: Speller, text: str) -> bool:
    """ "Netfilter", "Webhook": two English words, one of them no German word, make a name.

    Such a word is no German compound one slip from "Netzfilter"; "Standart"
    (Stand + Art) is, for both its parts are German too.
    """
    if not text[0].isupper():
        return False  # a name is capitalised; "anderst" is no "and" + "erst"
    if _common_word_near(words, text):
        return False  # "Masstab", "Standarts": "Maßstab", "Standards" misspelt, no "mass" + "tab"
    lower = text.lower()
    for cut in range(_MIN_LENGTH, len(lower) - _MIN_FOREIGN_TAIL + 1):
        head, tail = lower[:cut], lower[cut:]
        # Common English words both: "Netfilter", not "Mitt" + "elater" or "Intr" + "esse".
        if _common_english(other, head) and _common_english(other, tail):
            german = words.listed(head) and (words.listed(tail) or words.listed(tail.capitalize()))
            if not german:
                return True
    return False


def _common_word_near(words: Speller, text: str) -> bool:
    """Whether one changed letter, or ss for ß, makes ``text`` a common German word."""
    near = [restore_case(candidate, text) for _cost, candidate in cheap_edits(text.lower())]
    near.append(text.replace("ss", "ß"))
    return any(
        len(word) <= len(text)
        and word != text
        and words.frequency(word) >= _COMMON_ZIPF
        and words.in_dictionary(word)
        for word in near
    )


def _english_digraph(other: Speller, text: str) -> bool:
    """ "Daemonen", "daemonisieren": German endings on an English word spelt with "ae", "oe"
    or "ue", which are its own letters, no umlaut written out ("Dämonen" is another word)."""
    lower = text.lower()
    return any(
        other.in_dictionary(lower[:end])
        for digraph in _DIGRAPHS
        if (at := lower.find(digraph)) >= 0
        for end in range(max(at + len(digraph), _MIN_DIGRAPH_STEM), len(lower))
    )


def _present_participle(words: Speller, text: str) -> bool:
    """ "spanend", "spanende": the present participle of a listed verb ("spanen"), which
    Hunspell lacks for rarer verbs; not "spannende" misspelt, as a slip would have it."""
    lower = text.lower()
    for ending, infinitive_ending in (("end", "en"), ("nd", "n")):
        for inflection in ("", *ADJECTIVE_ENDINGS):
            if not lower.endswith(ending + inflection):
                continue
            stem = lower[: len(lower) - len(ending + inflection)]
            verb = stem + infinitive_ending
            if len(stem) >= _MIN_HEAD and words.listed(verb) and _verb_stem(words, stem, verb):
                return True
    return False


def _verb_stem(words: Speller, stem: str, infinitive: str) -> bool:
    """Whether ``stem`` is a verb's: the tagger knows the infinitive, or the dictionary
    lists its past ("spante", "bearbeitete") or participle ("gespant"); "vorhanden" and
    "wären" have neither."""
    if grammar.can_be_infinitive(infinitive):
        return True
    forms = (stem + "te", stem + "ete", "ge" + stem + "t", "ge" + stem + "et")
    return any(words.listed(form) for form in forms)


def _command_name(other: Speller, text: str) -> bool:
    """ "makeinfo", "hardlink", "lessfile": two common English words run together, written small.

    German has no such word, a program's name often is one. Both parts must be
    common English words of four letters or more: "widerum" is no "wide" + "rum".
    """
    if not text.islower():
        return False
    return any(
        _common_english(other, text[:cut]) and _common_english(other, text[cut:])
        for cut in range(_MIN_COMMAND_PART, len(text) - _MIN_COMMAND_PART + 1)
    )


def _common_english(other: Speller, word: str) -> bool:
    return other.frequency(word) >= _COMMON_ENGLISH_ZIPF and other.in_dictionary(word)


def _nominalized_loan(words: Speller, text: str, before: str) -> bool:
    """ "nach dem Mergen": an English verb with the German infinitive, used as a noun.

    A nominalized infinitive is neuter and singular, so only such a determiner
    makes one: "die Resourcen" stays a misspelt plural.
    """
    if before.lower() not in NEUTER_ARTICLES or not text.endswith("en"):
        return False
    return text[:1].isupper() and words.formation.english_inflected(text.lower())


def _ss_for_sz_slip(words: Speller, text: str, language: str, swiss: bool) -> str | None:
    """ "Fussball" → "Fußball": ss for ß is a slip wherever the text is not Swiss."""
    sz = sz_form(words, text) if language == "de" and not swiss else None
    return None if sz is None else say("spelling", "de", f"»{text}« → »{sz}«?")


def _wieder_wider(words: Speller, text: str, language: str) -> str | None:
    """ "wiederspiegeln" → "widerspiegeln": "wider-" (against) read as "wieder-" (again),
    or the other way round ("Messwiderholung").

    Both prefixes make real verbs, so the analysis accepts either; the one the
    dictionary lists is the word, the other its misspelling.
    """
    lower = text.lower()
    if language != "de" or "wider" not in lower.replace("wieder", "wider"):
        return None
    if "wieder" in lower:
        fixed = restore_case(lower.replace("wieder", "wider", 1), text)
    elif _common_again_word(words, lower):  # "Messwiderholung": "wieder-" written "wider-"
        fixed = restore_case(lower.replace("wider", "wieder", 1), text)
    else:
        return None
    if not words.listed(fixed) or words.listed(text):
        return None
    return say("spelling", language, f"»{text}« → »{fixed}« (wider = gegen, wieder = erneut).")


def _common_again_word(words: Speller, lower: str) -> bool:
    """ "…widerholung", "…widerherstellung": "wider" opens a word that with "wieder" is a
    common one ("Wiederholung"); "Widersatz" makes none, so its fix is unclear."""
    start = lower.find("wider")
    tail = "wieder" + lower[start + len("wider") :]
    return any(
        words.frequency(tail[:end].capitalize()) >= _COMMON_ZIPF
        for end in range(len("wieder") + _MIN_HEAD, len(tail) + 1)
    )


def _slip(words: Speller, text: str, language: str) -> str | None:
    """A well-formed word is still flagged when it is one slip from a far commoner word."""
    fix = words.slip(text)
    if fix is None or words.in_use(text, fix):
        return None
    if language == "de" and slip_cost(text, fix) > _loan_slip_limit(words, text):
        return None  # "Blockern" is a loan with a German ending; "Resourcen" lacks an s
    if language == "de" and (
        _negation(words, text)
        or _prefixed_subjunctive(words, text)
        or _inflected_comparative(words, text, fix)
        or words.formation.place_adjective(text)  # "Kiever" is no slip of "Kiefer"
        or _noun_of_a_common_verb(words, text)
        or _agent_of_the_verb(words, text, fix)
    ):
        return None
    return say("spelling", language, f"»{text}« → »{fix}«?", f"“{text}” → “{fix}”?")


def _capitalised_code_name(text: str, written_as_code: frozenset[str], other: Speller) -> bool:
    """A name the document sets as code, capitalised: no word of either language."""
    lower = text.lower()
    return text[1:].islower() and lower in written_as_code and not other.listed(lower)


def _agent_of_the_verb(words: Speller, text: str, fix: str) -> bool:
    """ "den Auflösern" beside "Auflösen": who does it, one "r" from the verb it is made of."""
    return (
        text[:1].isupper()
        and words.formation.agent_noun(text)
        and grammar.can_be_infinitive(fix.lower())
    )


def _noun_of_a_common_verb(words: Speller, text: str) -> bool:
    """ "Mittelung" (mitteln), "Verortung" (verorten): the -ung noun of a common verb,
    attested in writing, is that verb's noun and no slip of "Mitteilung"."""
    stem = text.lower().removesuffix("ung")
    if stem == text.lower() or words.frequency(text) < _ATTESTED_ZIPF:
        return False
    return any(
        words.listed(verb) and words.frequency(verb) >= _COMMON_ZIPF
        for verb in (stem + "en", stem + "n")
    )


def _loan_slip_limit(words: Speller, text: str) -> float:
    """The costliest slip an English stem in German inflection can still be taken for."""
    if words.formation.english_participle(text):
        return _CHEAP_FOR_PARTICIPLES
    if words.formation.english_inflected(text):
        return _CHEAP_FOR_LOANS
    return math.inf


def _inflected_comparative(words: Speller, text: str, fix: str) -> bool:
    """ "vergleichbarere": a comparative with its ending, no slip of the bare "vergleichbarer"."""
    ending = text.removeprefix(fix)
    return (
        ending != text
        and ending in ("e", "en", "es", "em", "er")
        and fix.endswith("er")
        and words.in_dictionary(fix[:-2])
    )


def _negation(words: Speller, text: str) -> bool:
    """ "unkonfiguriert", "ungesetzt": "un-" negates a known word, however close "um-" is."""
    return text.startswith("un") and words.known(text[2:])


def _prefixed_subjunctive(words: Speller, text: str) -> bool:
    """ "verbrächten", "vornähmen": a prefix on a listed subjunctive, no slip of "verbrachten".

    The subjunctive II takes an umlaut the past lacks, so it lies one umlaut
    from the commoner past or present; with a verb prefix Hunspell lists neither whole.
    """
    for prefix in VERB_PREFIXES:
        rest = text[len(prefix) :]
        umlaut = rest != rest.translate(WITHOUT_UMLAUTS)
        if text.startswith(prefix) and umlaut and words.listed(rest):
            return grammar.can_be_finite_verb(rest)
    return False


def _first_part_alone(text: str) -> str | None:
    """ "während der Kompilations": a compound's first part with its linking s, standing alone;
    Hunspell knows it only as the start of a compound."""
    if not nouns.linking_form(text):
        return None
    return say(
        "spelling", "de", f"»{text}« → »{text[:-1]}«? Das Fugen-s steht nur in Zusammensetzungen."
    )


def _misanalysed(words: Speller, text: str, language: str) -> str | None:
    """ "Henseleien", "herrausfindet": parsed as a compound, yet one cheap slip from a listed word.

    The analysis only says the parts exist; a form nobody has ever written,
    a doubled letter, swapped pair or sound-alike away from a word the
    dictionary lists itself, is that word misspelt.
    """
    correction = words.nearest(text)
    if correction is None or not correction.certain or correction.cost > _CHEAP_SLIP_TO_LISTED:
        return None
    if language == "de" and correction.cost > _loan_slip_limit(words, text):
        return None  # "gemergt": an English verb's participle, no misanalysed "gemerkt"
    fix = correction.word
    if words.frequency(text) > 0 or not words.in_dictionary(fix):
        return None
    if _negation(words, text):
        return None
    return say("spelling", language, f"»{text}« → »{fix}«?", f"“{text}” → “{fix}”?")


def _unwritten_compound(words: Speller, other: Speller, text: str, language: str) -> str | None:
    """ "Fußallvereinen", "Kamaraden": an analysis nobody has written, one letter from a word in use.

    The analysis only finds parts ("Fußall" + "Vereinen"); where wordfreq
    never met the whole, while one slip away lies the single convincing
    correction, a word people write, the writer meant that word.
    """
    if language != "de" or len(text) < _MIN_LENGTH_UNCERTAIN + 1:
        return None
    if words.frequency(text) > 0 or other.frequency(text) > 0:
        return None
    if _form_of_a_written_word(words, text) or _attested_base(words, text):
        return None
    if words.formation.agent_noun(text):
        return None  # "Komprimierer": a verb's agent noun, however close "Komprimierter" is
    correction = words.nearest(text)
    if correction is None or not correction.certain or correction.cost > _STRAY_OR_NEAR:
        return None
    if correction.cost == NEIGHBOUR_KEY:
        return None  # "geforkte" → "geformte", "Gehtests" → "Gentests": a term, not a slip
    fix = correction.word
    if words.frequency(fix) < _WRITTEN_ZIPF or fix[-1] != text[-1] or nouns.only_name(fix):
        return None
    if _rival_nouns(words, text, fix) or _meant_as_written(words, text, fix):
        return None  # "Hauptzeile" beside "Hauptziele", "Stilvorlage" beside "Steilvorlage"
    return say("spelling", language, f"»{text}« → »{fix}«?", f"“{text}” → “{fix}”?")


def _meant_as_written(words: Speller, text: str, fix: str) -> bool:
    """ "Stil|vorlage" beside "Steilvorlage": like ``_rival_nouns``, which judges the last
    part, a slip that turns one common word into another, here anywhere in the compound.

    Stricter than there: both parts are common nouns, the first in its singular (and
    maybe its linking s), and the part the fix would change is at least as common as the
    one written. A slip leaves a part nobody writes ("Fußall|vereinen"), a first part no
    compound takes ("Lieben|s|erfahrungen"), or a part rarer than the one meant
    ("Schüssel|wort" beside "Schlüsselwort").
    """
    if not text[:1].isupper():
        return False
    for cut in range(_MIN_COMMON_PART, len(text) - _MIN_COMMON_PART + 1):
        first, head = text[:cut], text[cut:]
        noun = head.capitalize()
        if words.frequency(noun) < _COMMON_ZIPF or not nouns.is_listed(noun):
            continue
        if not any(_common_singular(words, part) for part in {first, first.removesuffix("s")}):
            continue
        if fix.endswith(head):
            changed, written = fix[: len(fix) - len(head)], first
        elif fix.startswith(first):
            changed, written = fix[len(first) :].capitalize(), noun
        else:
            continue
        return words.frequency(changed) <= words.frequency(written)
    return False


def _common_singular(words: Speller, noun: str) -> bool:
    """A noun in its singular, common enough to open a compound as written."""
    singular = any(".sg.nom" in reading for reading in nouns.analyses(noun))
    return singular and words.frequency(noun) >= _COMMON_ZIPF


def _slipped_first_part(words: Speller, text: str, language: str) -> str | None:
    """ "Erinerungsfehler": Hunspell accepts it by some split, but nobody writes it, and its
    first part is one cheap slip from a noun whose compound is a word."""
    if language != "de" or words.frequency(text) > 0:
        return None
    fix = _compound_head_fix(words, text, accepted=True)
    return None if fix is None else say("spelling", language, f"»{text}« → »{fix}«?")


def _opens_hyphenated(words: Speller, head: str) -> bool:
    """ "Test-", "Ausgeh-Verhalten", "Aushilfs-Jobs": a first part the hyphen sets apart.

    Beside what opens any compound, a verb stem (ausgehen) or a noun that
    drops its final e, with or without a linking s (Aushilfe, Adresse in
    "Mail-Adress-Konfiguration"), opens one here: the writer marked the
    boundary, so the split is not a guess.
    """
    if words.formation.opens_compound(head):
        return True
    stem = head.removesuffix("s")
    return len(stem) >= _MIN_HEAD and (
        words.listed(head.lower() + "en")
        or any(nouns.is_listed(form.capitalize() + "e") for form in {stem, head})
    )


# A name this common (Zipf) is likelier misspelt than another name: "Wednesday", "English".
_COMMON_NAME_ZIPF = 4.0
# Regular English endings on a rare noun: its plural, and the verb in -ate made of it.
_TERM_SUFFIXES: Final = ("s", "ation", "ations", "ated", "ates", "ating")
# Endings that mark an English word as an adjective, whose adverb adds -ly.
_ADJECTIVE_ENDINGS_EN: Final = ("ar", "al", "ous", "ive", "ent", "ant", "ful", "ish", "ic")
_MIN_TERM_STEM = 4
# Rarer than this (Zipf) a listed noun is a technical term: "carbazole" 1.1, "formyl" 1.6.
_RARE_TERM_ZIPF = 3.0
# A form written this much (Zipf) less often than its stem is still in use: "dialogs".
_FORM_IN_USE = 1.5


def _inflected_form(words: Speller, text: str, language: str) -> bool:
    """A form Hunspell lacks but German inflection makes of a listed word.

    - a noun form Wiktionary lists ("des Mobbings"), or the genitive of a nominalized
      infinitive ("des Klickens");
    - "-euer-" adjectives keeping their e ("teueren", "ungeheueren");
    - a verb with its "es" enclitic ("gibts", "passts"), which the rules allow without apostrophe.
    """
    if language == "en":
        return (
            _denominal_participle(words, text)
            or _rare_term_form(words, text)
            or _adverb_of_adjective(words, text)
        )
    if language != "de":
        return False
    if text[0].isupper() and nouns.is_listed(text):
        return True
    if text[0].isupper() and words.formation.nominal_infinitive(text):
        return True  # "des Klickens": a nominalized infinitive's genitive
    if "euer" in text and words.listed(text.replace("euer", "eur", 1)):
        return True
    return text.endswith("ts") and text.islower() and grammar.can_be_finite_verb(text[:-1])


def _rare_term_form(words: Speller, text: str) -> bool:
    """ "carbazoles", "ritornellos", "formylation", "formylated": a rare technical noun the
    dictionary lists bare, with a regular plural or an -ate verb's forms.

    Only of a rare noun: a common one the dictionary gives no plural is uncountable
    ("softwares"), and its forms are the writer's slip, unless the form is written
    nearly as often as the noun ("dialogs" beside "dialog").
    """
    for suffix in _TERM_SUFFIXES:
        stem = text.removesuffix(suffix)
        if (
            stem != text
            and len(stem) >= _MIN_TERM_STEM
            and not stem.endswith("s")
            and words.listed(stem)
            and (
                words.frequency(stem) < _RARE_TERM_ZIPF
                or words.frequency(text) >= words.frequency(stem) - _FORM_IN_USE
            )
        ):
            return True
    return False


def _adverb_of_adjective(words: Speller, text: str) -> bool:
    """ "specularly", "tangentially": an English adverb in -ly of a listed adjective whose
    ending marks it as one ("specular", "-al", "-ous"); "fastly" makes no adverb of "fast"."""
    stem = text.removesuffix("ly")
    return stem != text and stem.endswith(_ADJECTIVE_ENDINGS_EN) and words.listed(stem)


def _denominal_participle(words: Speller, text: str) -> bool:
    """ "toleranced", "baselined": English makes a verb of a noun ("tolerance").

    Only of a word the dictionary gives no verb forms ("tolerancing" is not
    listed): "writed" is the wrong past of "write", whose "writing" is.
    """
    noun = text.removesuffix("d")
    return (
        noun.endswith("e")
        and noun != text
        and words.listed(noun)
        and not words.listed(noun[:-1] + "ing")
    )


def _quoted(text: str, word: Word) -> bool:
    before = text[word.start - 1 : word.start]
    after = text[word.end : word.end + 1]
    return before in OPENING_QUOTES and after in CLOSING_QUOTES


def _names(context: DocumentContext) -> frozenset[str]:
    """Capitalised words of the bibliography and other non-prose blocks (authors, titles,
    tools), and any word the document writes as a name: "Paul Bäumer" makes "Bäumer" a
    name wherever it stands, and "utmpdump liest …" makes "utmpdump" one."""
    found = {
        word.text
        for block in context.blocks
        if not block.is_prose
        for word in context.words(block)
        if word.text[:1].isupper()
    }
    for block in context.blocks:
        if block.is_prose:
            found.update(_surnames(block.text, context.words(block)))
            found.update(_small_names(block, context))
    return frozenset(found)


def _surnames(text: str, words: list[Word]) -> Iterator[str]:
    """The words after a first name: "Paul Bäumer", "Yair Lorberbaum"."""
    for at in range(1, len(words)):
        first, word = words[at - 1], words[at]
        if not word.text[:1].isupper() or text[first.end : word.start] != " ":
            continue
        before = words[at - 2] if at >= 2 else None
        if (
            is_first_name(first.text)
            or _name_before_unknown(before, first, word.text)
            or _unknown_first_name(first.text, word.text)
        ):
            yield word.text


def _small_names(block: Block, context: DocumentContext) -> Iterator[str]:
    """Small words where German writes a capital: a sentence's first word ("utmpdump liest
    …") and a noun after an article ("der Befehl free"). Kept small, they are written as
    their owners write them.

    English capitalises every sentence, so a small first word there is a name even one
    slip from a word ("debsign signs …"), as is one before a class noun ("the printf
    command"), where English puts the name of a thing. So is a small word alone in
    brackets after a noun of its class: "a media player (parole)"."""
    english = block.language == "en"
    for sentence, tokens in context.sentences(block):
        first = tokens[0].text if tokens and tokens[0].start == sentence.start else ""
        if first[:1].islower() and (english or _named_so(block.language, first)):
            yield first
        yield from _listed_names(block.language, tokens)
    words = context.words(block)
    for at in range(2, len(words)):
        if _named_after_article(block.text, words, at) and (
            _named_so(block.language, words[at].text) or _slip_of_a_noun(words[at].text)
        ):
            yield words[at].text
        if english and _named_before_class(block.text, words, at - 1):
            yield words[at - 1].text
        if _bracketed_name(block.language, block.text, words, at):
            yield words[at].text


# Words before an English name that a class noun follows: "the printf command".
_BEFORE_ENGLISH_NAME: Final = frozenset({"the", "a", "an", "and", "or"})
# An enumeration has three members or more: "grep, wc, sort und uniq".
_MIN_LIST = 3


def _slip_of_a_noun(text: str) -> bool:
    """ "das Programm uupdate": after an article and a class noun a small word is the thing's
    name or the start of the clause's predicate. A word whose nearest fix is a noun ("update")
    fits neither as a slip, so it is the name; "der Befehl lauft" is a slip of "läuft"."""
    correction = speller("de").correction(text)
    return correction is not None and grammar.word_tags(correction.word) <= grammar.NOUN_TAGS


def _listed_names(language: str, tokens: list[Word]) -> Iterator[str]:
    """ "Werkzeuge wie grep, wc, sort, uniq": in a list of small words, half or more of them
    unknown and one plainly a name, each unknown word is a name, though one slip makes
    "uniq" "uni". A slip in a list of words ("schnel, einfach, günstig") stays a slip."""
    words = speller(language)
    for members in _small_word_lists(tokens):
        unknown = [member for member in members if not words.known(member)]
        names = len(members) >= _MIN_LIST and 2 <= len(unknown) and 2 * len(unknown) >= len(members)
        if names and any(_named_so(language, member) for member in unknown):
            yield from unknown


def _small_word_lists(tokens: list[Word]) -> Iterator[list[str]]:
    """Runs of single small words joined by commas, "und" or "oder"."""
    members: list[str] = []
    for at, token in enumerate(tokens):
        text = token.text
        if text in LIST_JOINTS:
            continue
        after_separator = at > 0 and tokens[at - 1].text in LIST_JOINTS
        if is_word(token) and text[:1].islower() and (after_separator or not members):
            members.append(text)
            continue
        if len(members) > 1:
            yield members
        members = [text] if is_word(token) and text[:1].islower() else []
    if len(members) > 1:
        yield members


def _named_so(language: str, text: str) -> bool:
    """Whether a small word where a name stands is one: an English word ("free"), or one no
    single slip makes a word of ("utmpdump"); "duch" at a sentence's start is "durch"."""
    words = speller(language)
    if words.known(text):
        return False
    if speller("en" if language == "de" else "de").known(text):
        return True
    if _one_letter_short(words, text):
        return False
    correction = words.correction(text)
    return correction is None or correction.slips > 1 or correction.cost > _STRAY_OR_NEAR


def _named_after_article(text: str, block_words: list[Word], index: int) -> bool:
    """ "der Befehl free", "dem separaten Paket tshark": after an article and a class noun,
    a small word no dictionary knows is the thing's name. The noun must stand alone:
    after "der Lebensabschnitt" a slip ("überaupt") is likelier than a name."""
    if not block_words[index].text[:1].islower():
        return False
    if not _named_by_class(text, block_words, index):
        return False
    if not is_class_noun(block_words[index - 1].text):
        return False
    at = index - 2
    while at > 0 and block_words[at].text.islower() and inflected_adjective(block_words[at].text):
        at -= 1
    return block_words[at].text.lower() in ARTICLES


def _names_its_kind(word: str) -> bool:
    """ "Befehl", "Dateiformat": a capitalised class noun, whose next word names one thing."""
    return word[:1].isupper() and names_a_thing(word)


def _bracketed_name(language: str, text: str, block_words: list[Word], index: int) -> bool:
    """ "a media player (parole)", "ein Texteditor (mousepad)": a small word alone in
    brackets right after a class noun, or one that names who or what does something, is
    the name of one of its kind. After "die Messung (ungenua)" it is a slip."""
    word, before = block_words[index], block_words[index - 1].text
    if not word.text.islower() or text[word.start - 2 : word.start] != " (":
        return False
    if text[word.end : word.end + 1] != ")" or block_words[index - 1].end != word.start - 2:
        return False
    if language == "de":
        return _names_its_kind(before)
    return is_english_class_noun(before) or (
        before.endswith(("er", "or")) and speller("en").listed(before)
    )


def _named_before_class(text: str, block_words: list[Word], index: int) -> bool:
    """ "the printf command", "the zebra and staticd daemons", "the vesa and fbdev drivers":
    in English a small word between an article or a list's joint and a class noun, or the
    pair before it, names that thing."""
    word, following = block_words[index], block_words[index + 1]
    if not word.text.islower() or block_words[index - 1].text.lower() not in _BEFORE_ENGLISH_NAME:
        return False
    if text[word.end : following.start] == " " and is_english_class_noun(following.text):
        return True
    after = [token.text for token in block_words[index + 1 : index + 4]]
    return len(after) == 3 and after[0] in ("and", "or") and is_english_class_noun(after[2])


def _unknown_first_name(first: str, word: str) -> bool:
    """ "Yair Lorberbaum": a capitalised word no dictionary knows before another, unless
    the two start alike, a draft and its correction ("Sowerani Souveranität")."""
    return first[:1].isupper() and not _draft_and_correction(first, word) and unknown(first)


def _name_before_unknown(before: Word | None, first: Word, word: str) -> bool:
    """ "des Schuhmachers Hans Heberle": a listed name, then a word no dictionary knows.

    Names that are also nouns ("Hans", "Wolf", "Junge") count only where no
    article or adjective makes them the noun ("der Junge Mennsch" is a typo).
    """
    if before is None or not before.text[:1].isupper() or before.text.lower() in ARTICLES:
        return False  # a sentence's first words, or "Der Junge": the noun, not the name
    if not nouns.is_name(first.text):
        return False
    return unknown(word)


def _is_name(
    text: str, block_words: list[Word], index: int, words: Speller, other: Speller
) -> bool:
    """ "Charles Levert", "Lubkin (2019)", "Levert et al.": a surname, not a slip of "Leert"."""
    word = block_words[index]
    if not word.text[:1].isupper():
        return False
    if words.language == "en" and word.text[1:].islower() and _inside_sentence(text, word):
        return True  # "…, Willer Gomes": inside an English sentence only a name takes a capital
    if _CITATION.match(text, word.end) or _INITIAL.match(text, word.end):
        return True  # "Lubkin (2019)", "Andries E. Brouwer": a first name or a surname
    if _AFTER_INITIAL.search(text, max(0, word.start - 4), word.start):
        return True  # "Harry S. Truman", "William H. Tunner"
    if _before_unknown_capital(text, block_words, index):
        return True  # "(Horsch Terrano 3 FX)": a maker before its model, a first name
    if index == 0:
        return False
    previous = block_words[index - 1]
    if _after_name_particle(block_words, index):
        return True  # "Piers Titus van der Torren", "Alexander von Humboldt"
    if previous.text[:1].islower() or text[previous.end : word.start].strip():
        return False
    if _draft_and_correction(previous.text, word.text):
        return False  # "Sover Souveranität", "Pupertät Pupertät": a draft, not a first name
    opens_sentence = index == 1 or text[: previous.start].rstrip().endswith((".", "!", "?"))
    if opens_sentence and words.listed(previous.text.lower()):
        return False  # "Manche Jungendliche": a capital the sentence start gives, not a name
    return (
        nouns.is_name(previous.text)
        or (other.in_dictionary(previous.text) and not other.in_dictionary(previous.text.lower()))
        or unknown(previous.text)
    )


def _before_unknown_capital(text: str, block_words: list[Word], index: int) -> bool:
    """Right before a capitalised word no dictionary knows: two parts of one name."""
    if index + 1 >= len(block_words):
        return False
    word, following = block_words[index], block_words[index + 1]
    if text[word.end : following.start] != " " or not following.text[:1].isupper():
        return False
    if _draft_and_correction(following.text, word.text):
        return False  # "Pupertät Pubertät": a draft and its correction
    return unknown(following.text)


def _draft_and_correction(first: str, second: str) -> bool:
    """Two words in a row that start alike: a draft and the word written to replace it
    ("Sowerani Souveranität", "erschiehnend erschiehnenden"), not a name or a phrase."""
    return first[:_DRAFT_OVERLAP].casefold() == second[:_DRAFT_OVERLAP].casefold()


def _species_epithet(text: str, block_words: list[Word], index: int, words: Speller) -> bool:
    """ "Hordeum vulgare", "var. oleiformis": a Latin word after a genus or a rank.

    A genus is a capitalised Latin word no German dictionary knows; a rank is
    "var.", "subsp." or "ssp.". Either comes right before the small epithet.
    """
    word = block_words[index].text
    if index == 0 or not _LATIN.fullmatch(word):
        return False
    previous = block_words[index - 1]
    if previous.text in _RANKS and text.startswith(".", previous.end):
        return True
    if text[previous.end : block_words[index].start] != " " or not _LATIN.fullmatch(
        previous.text.lower()
    ):
        return False
    return previous.text[:1].isupper() and not words.known(previous.text)


def _genus(text: str, block_words: list[Word], index: int, words: Speller) -> bool:
    """ "(Abies alba)": a capitalised Latin word right before its species' epithet."""
    if index + 1 >= len(block_words) or words.known(block_words[index + 1].text):
        return False
    return _species_epithet(text, block_words, index + 1, words)


def _patronymic(block_words: list[Word], index: int) -> bool:
    """ "ben", "ibn", "bar" between a name and a father's name: "Jirmeja ben Eleasar"."""
    if block_words[index].text not in _PATRONYMS or not 0 < index < len(block_words) - 1:
        return False
    return block_words[index - 1].text[:1].isupper() and block_words[index + 1].text[:1].isupper()


def _before_romance_particle(block_words: list[Word], index: int) -> bool:
    """ "Virgen del Carmen", "Ponce de León": a capitalised word, then a Romance name's
    particle and another capitalised word. German has none of these particles ("des" and
    "von" are German words, so they do not count)."""
    if not 0 <= index < len(block_words) - 2 or not block_words[index].text[:1].isupper():
        return False
    particle, name = block_words[index + 1].text, block_words[index + 2].text
    return particle in _ROMANCE_PARTICLES and name[:1].isupper()


def _after_name_particle(block_words: list[Word], index: int) -> bool:
    """A surname after "van", "von der", "de": the particles follow a first name."""
    at = index - 1
    if at >= 1 and block_words[at].text in ("der", "den"):
        at -= 1  # "van der", "von den"
    if at < 1 or block_words[at].text not in _NAME_PARTICLES:
        return False
    return is_first_name(block_words[at - 1].text)


def _is_noun(words: Speller, text: str) -> bool:
    return nouns.is_listed(text) or words.in_dictionary(text)


def _parts(word: Word) -> Iterator[Word]:
    """The pieces of a hyphenated word, each checked on its own (Cloud-Intergration)."""
    start = word.start
    for text in word.text.split("-"):
        if text:
            yield Word(start, start + len(text), text)
        start += len(text) + 1


def _f_for_ph(words: Speller, text: str) -> bool:
    """ "Stratigrafie", "Graphikkarte": since 1996 graph, phon and phot may be written with
    f or ph (§ 32), so either form of a word the dictionary knows in the other is that word."""
    for f_form, ph_form in _F_FOR_PH:
        for written, other in ((f_form, ph_form), (ph_form, f_form)):
            for old, new in ((written, other), (written.capitalize(), other.capitalize())):
                if old in text and words.listed(text.replace(old, new)):
                    return True
    return False


def _transliteration(text: str, start: int) -> bool:
    """Whether the word at ``start`` stands in brackets right after a word in another
    script (Greek, Cyrillic, Hebrew, Arabic): its transliteration."""
    match = _AFTER_OTHER_SCRIPT.search(text, max(0, start - _SCRIPT_REACH), start)
    return match is not None and match.end() == start


def _exempt(text: str) -> bool:
    """Too short to judge, vowel-less (pwck), or an acronym / brand with capitals inside (ERP, iPhone)."""
    return (
        len(text) < _MIN_LENGTH
        or len(text) > MAX_WORD_LENGTH
        or any(c.isupper() for c in text[1:])
        or not text[:1].isalpha()
        or _VOWELS.isdisjoint(text)
    )
