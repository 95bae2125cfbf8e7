"""Noun compounds written apart (§§ 37, 44–45): "MySQL Datenbank", "Open Science-Bewegung".

A German compound is one word, and with a foreign or abbreviated part it is
coupled by hyphens throughout: "Content-Management-System", "IT-Abteilung",
"Open-Science-Bewegung". Two German nouns side by side are usually two
phrases ("dass die Jugend Zeit braucht"), so they are joined only when the
article before them fits the second noun and not the first ("das Sport
Programm"): the article then belongs to a compound; or when the document
writes the pair as one word elsewhere.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Final

from services.processor.checker import grammar, nouns
from services.processor.checker.case_words import (
    inflected_adjective,
    is_english,
    ordinal,
    participle_adjective,
    place_adjective,
    pronoun_like,
)
from services.processor.checker.class_nouns import names_a_thing
from services.processor.checker.clauses import clause_after, clause_before, up_to_mark
from services.processor.checker.compound_articles import (
    ARTICLE_FITS,
    GOVERNED_CASES,
    OBLIQUE,
    article_fits,
    attributive_fits,
    governed_fits,
    strong_adjective_fits,
)
from services.processor.checker.compound_lexicon import Fix, attested, listed
from services.processor.checker.dictionary import speller
from services.processor.checker.first_names import is_first_name
from services.processor.checker.language import is_german_function_word
from services.processor.checker.lexicon import (
    ARTICLES,
    CARDINALS,
    LIGHT_VERB_NOUNS,
    MEASURES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SEIN_FINITE,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.tokens import OPENING_QUOTES, Word, is_word

# The shortest English word taken as one part of an English compound: "load|balancer".
_MIN_ENGLISH_PART = 4
# Shorter words split into two English ones by chance: "Mode|desi".
_MIN_ENGLISH_COMPOUND = 10
# Prepositions that name a tool: "mit GIMP", "per SSH".
_INSTRUMENTAL: Final = word_set("mit per via durch")
# Legal forms that follow a company's name apart: "die Hartmann GmbH", "die Beispiel AG & Co. KG".
_LEGAL_FORMS: Final = frozenset({"GmbH", "AG", "KG", "OHG", "KGaA", "SE", "UG", "GbR", "mbH", "eG"})
# Nouns that count occasions, an adverbial before the object: "das erste Mal SVN nutzen".
_OCCASIONS: Final = frozenset({"Mal", "Male"})
# Currency codes (ISO 4217), units like "Euro" that name an amount's measure, no compound's head.
_CURRENCY_CODES: Final = frozenset(
    {"EUR", "USD", "GBP", "JPY", "CHF", "CNY", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "CZK"}
)
# Words after which a name follows: "namens", "genannt".
_NAMING: Final = frozenset({"namens", "genannt"})
# The genitive relatives, whose noun phrase is whole before the clause goes on: "deren Hilfe".
_RELATIVE_GENITIVES: Final = frozenset({"deren", "dessen"})
# A word that is also one of these written small is no plain noun to build on.
_NOT_NOUN_PART_TAGS: Final = frozenset({"ADJ(A)", "ADJ(D)", "VV(INF)", "VV(PP)", "ADV"})
# An adjective or participle after the nouns is the copula's predicate instead.
_PREDICATE_TAGS: Final = frozenset({"ADJ(D)", "VV(PP)"})
_COPULAS: Final = SEIN_FINITE | word_set("wird werden wurde wurden bleibt")
# "sein" and "bleiben" before the article: a subject and a predicate noun may follow
# ("ist der Timer-Interrupt Teil …"); "wurde ein Regressions Modell geschätzt" is a passive.
_SEIN: Final = SEIN_FINITE | word_set("bleibt blieb")
_MAX_ACRONYM = 8
_POLITE_PRONOUNS: Final = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihrer", "Ihren", "Ihrem"})
# Two capitals after a noun are too often an initial or a note ("Zitat HT").
_MIN_ACRONYM_AFTER = 3
_MAX_RUN = 3
# Shorter capitalised words are as often letters or abbreviations: "T-Shirt", "Y-Achse".
_MIN_ENGLISH = 3
# Three foreign words before the head are a name or title more often than a compound.
_MAX_NAME_WORDS = 3
# English words that carry a name on: "College of Sports Medicine", "Bill and Melinda".
_ENGLISH_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "at", "to"})
# ... and those of French, Italian and Spanish names: "Commission Internationale de …".
_ROMANCE_LINKS = frozenset({"de", "du", "di", "del", "della", "la", "le", "et", "y"})
_ROMANCE_ELISIONS = ("d'", "d’", "d`", "l'", "l’")
# The shortest surname taken for a genitive: "Caplins", not "Bits".
_MIN_NAME_STEM = 4
# An English word this common (Zipf) is a word, not a surname: "Windows".
_COMMON_ENGLISH_ZIPF = 3.0
_ENGLISH_ADJECTIVE_ENDINGS = ("ed", "ible", "able", "ive", "ous", "ful", "ical")
# Endings of English adjectives that have no comparative in -er: "public", "social".
_ENGLISH_ADJECTIVE_SUFFIXES = ("ic", "al")
# Endings English adjectives share with nouns ("corporate", "candidate"; "efficient",
# "agent"), where an adverb in -ly marks the adjective: "corporately", "efficiently".
_ENGLISH_ADVERB_BASES = ("ate", "ent", "ant")
# ... from a word this long: "state" makes "stately", an adjective of the noun.
_MIN_ADVERB_BASE = 6
# The shortest noun English makes an adjective of with -less or -ful: "disk|less", "use|ful".
_MIN_ENGLISH_STEM = 3
_MIN_FOREIGN = 4
# How far before its spelt-out words an acronym may stand: "RBL ist ein Akronym für …".
_GLOSS_REACH = 6
# The shortest English word an adjective in -ly is made from: "week|ly", not "app|ly".
_MIN_LY_STEM = 4
# ... and a common one: "week", "friend", not the abbreviation "supp" of "Supply".
_COMMON_LY_STEM_ZIPF = 4.0
_MIN_STEM = 3
# Words after which an adjective opens a phrase of its own: "und zahlreiche …".
_CLAUSE_LINKS: Final = frozenset({"und", "oder", "sowie", "als", "wie", "bzw."})
_STEM_TAGS: Final = frozenset({"VV(IMP)", "VV(FIN)", "VV(INF)", "NE"})
# From this length a word in capitals may be an ordinary word shouted: "ANZAHL", "DIRECT".
_MIN_SHOUTED = 4
# A compound written apart follows its article or preposition: "eine MySQL Datenbank".
# "als" too: "als UML Aktivitätsdiagramm".
_DETERMINERS: Final = ARTICLES | PREPOSITIONS | frozenset(ARTICLE_FITS) | {"als"}
# Numbers and quantifiers that count a plural: "zwölf Folgen", "mehrere Studien", "alle".
_PLURAL_COUNTS: Final = CARDINALS | word_set(
    "zwanzig dreißig hundert tausend mehrere viele einige wenige zahlreiche beide etliche alle "
    "sämtliche"
)
# The particles of English nouns like "Cut-off", "Check-in", "Follow-up".
_ENGLISH_PARTICLES: Final = frozenset({"off", "in", "up", "out", "on", "over", "down", "back"})
# A hyphenated noun whose first part is one small letter: "z-Maschinen", "x-Achse".
_SMALL_FIRST_PART: Final = re.compile(r"[a-zäöü]-[A-ZÄÖÜ][a-zäöüß]+")
# A number coupled to a noun: "19-Pandemie", "9001-Zertifizierung".
_NUMBERED: Final = re.compile(r"\d+-[A-ZÄÖÜ][a-zäöüß]+")
_YEAR: Final = re.compile(r"1[5-9]\d\d|20\d\d")
# Codes of capitals and digits: "CO2", "3D", "MP3", "A4"; "17MB" is an amount, "17 MB".
_CODE: Final = re.compile(r"(?=\w*\d)(?=\w*[A-Z])(?!\d\d)[A-Z0-9]{2,5}")
# What the tagger reads an uninflected borrowing as: "online", "offline".
_UNINFLECTED_TAGS: Final = frozenset({"ADV", "ADJ(D)", "FM", "NE", "NNA"})
# The marks around a member of a list: "A, B und C".
_LIST_JOINS: Final = frozenset({",", "und", "oder", "sowie"})
_LIST_ENDS: Final = _LIST_JOINS | frozenset({".", ";", ")", "!", "?"})
# What the tagger reads a bare adjective as, "gesamt" as a participle too.
_BARE_ADJECTIVE_TAGS: Final = frozenset({"ADJ(D)", "VV(PP)", "ADV"})
# A product's name with a capital inside: "ImageNet", "PowerPoint", "GitHub".
_CAMEL_CASE: Final = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")


def noun_compounds(tokens: Sequence[Word], used: Mapping[str, int]) -> Iterator[Fix]:
    """Only words after a determiner are candidates, which keeps the check cheap.

    ``used`` counts the document's word forms: a pair the author writes as one
    word elsewhere ("Datenbankabfrage") is that word written apart here.
    """
    end = 0
    for index, token in enumerate(tokens):
        if token.start < end:
            continue
        if _NUMBERED.fullmatch(token.text):
            fix = _numbered_first(tokens, index)  # "32-Bit Unterstützung"
        elif token.text[:1].isupper() or _CODE.fullmatch(token.text):
            fix = _compound_from(tokens, index, used)
        else:
            continue
        if fix is not None and not _kept_apart(tokens, fix):
            yield fix
            end = fix.end


def _compound_from(tokens: Sequence[Word], index: int, used: Mapping[str, int]) -> Fix | None:
    """The compound a capitalised word or code at ``tokens[index]`` starts, by any evidence."""
    fix = (
        _bound_first_part(tokens, index)
        or _numbered_head(tokens, index)
        or _counted_first(tokens, index)
        or _particle_first(tokens, index)
        or _english_hyphenated_first(tokens, index)
        or _uninflected_first(tokens, index)
    )
    if fix is None and index > 0:
        fix = _written_apart(tokens, index, used)
    return fix or _half_coupled(tokens, index)


def _written_apart(tokens: Sequence[Word], index: int, used: Mapping[str, int]) -> Fix | None:
    """The compound that starts at ``tokens[index]``, by whatever evidence there is."""
    token = tokens[index]
    at = _past_adjectives(tokens, index - 1)
    before = tokens[at].text
    fix = None
    clause_final = _after_subordinator(tokens, at)
    if before.lower() in _DETERMINERS and (before[:1].islower() or at == 0):
        # "dass die EU Sanktionen verhängt": subject and object, no compound.
        fix = None if clause_final else _foreign_run(tokens, index, used)
        if fix is None and before.lower() in ARTICLE_FITS:
            fix = _article_pair(tokens, index, _phrase_fits(tokens, at, index))
        fix = fix or _hyphenated_first(tokens, index, at)
    elif at < index - 1:
        # "nationale GAP Strategiepläne": after an adjective
        fix = _foreign_run(tokens, index, used)
    if fix is None and at < index - 1:
        fix = _adjective_pair(tokens, index, at)
    if fix is None and not token.text[1:].islower() and _acronym(token.text):
        fix = _noun_acronym(tokens, index)
    return (
        fix
        or _joined_elsewhere(tokens, index, used)
        or _attested_pair(tokens, index)
        or _preposition_pair(tokens, index)
        or _counted_pair(tokens, index)
        or _list_member_pair(tokens, index)
    )


def _kept_apart(tokens: Sequence[Word], fix: Fix) -> bool:
    """Words that stay apart though they look like a compound: a name, an author, a gloss."""
    return (
        fix.text.rsplit("-", 1)[-1] in _LEGAL_FORMS  # "die Hartmann GmbH"
        or _name_goes_on(tokens, fix)
        or _cited(tokens, fix)
        or _introduced_name(tokens, fix)
        or _light_verb_noun(tokens, fix)
        or _acronym_gloss(tokens, fix)
    )


def _hyphenated_first(tokens: Sequence[Word], index: int, at: int) -> Fix | None:
    """ "die interne E-Mail Kommunikation", "der Covid-19 Pandemie": a hyphenated first part
    keeps its hyphens and takes one more before the noun (§ 44)."""
    first = tokens[index]
    second = tokens[index + 1] if index + 1 < len(tokens) else None
    parts = first.text.split("-")
    # "E-Mail", "Covid-19", and English nouns with their particle: "Cut-off", "Check-in"
    if second is None or len(parts) < 2 or not parts[0][:1].isupper():
        return None
    if not all(p[:1].isupper() or p.isdigit() or p in _ENGLISH_PARTICLES for p in parts):
        return None  # "Unix-artiges System": an adjective, written apart from its noun
    if not _german_noun(second.text) or (index + 2 < len(tokens) and _capital(tokens[index + 2])):
        return None
    if second.text in _POLITE_PRONOUNS or names_a_thing(parts[-1]) or _any_gender(second.text):
        return None  # "welchen Bearbeiten-Knopf Sie …", "der Parser-Ersteller Bison", "Null"
    if at > 0 and tokens[at - 1].text in _SEIN:
        return None  # "ist der Timer-Interrupt Teil des Standards": subject and predicate
    fits = _governed_fits(tokens, at)
    fitting = nouns.analyses(second.text) & fits
    if not fitting or all(reading.startswith("pl.") for reading in fitting):
        return None  # "weil die E-Mail Probleme macht": subject and object
    return Fix(first.start, second.end, f"{first.text}-{second.text}")


def _particle_first(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "Follow-up Fragen", "die Roll-out Phase": an English noun with its particle is no
    adjective and no German phrase, so the German noun after it is the compound's head,
    with or without an article (§ 44)."""
    first = tokens[index]
    head, _, particle = first.text.rpartition("-")
    if particle not in _ENGLISH_PARTICLES or not head.isalpha() or not head[1:].islower():
        return None
    if index + 1 >= len(tokens) or (index + 2 < len(tokens) and _capital(tokens[index + 2])):
        return None
    second = tokens[index + 1]
    if not _german_noun(second.text) or _any_gender(second.text):
        return None
    if index > 0 and tokens[index - 1].text in _SEIN:
        return None  # "ist ein Follow-up Pflicht": subject and predicate
    return Fix(first.start, second.end, f"{first.text}-{second.text}")


def _english_hyphenated_first(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "Smart-Meter Daten", "True-Crime Podcasts": an English compound coupled by its hyphen
    is no name and no adjective, so the German noun after it is the head, with or without an
    article (§ 44). A name keeps its bare place ("dass Baden-Württemberg Schulen fördert")."""
    first = tokens[index]
    parts = first.text.split("-")
    if len(parts) < 2 or index + 1 >= len(tokens):
        return None
    english = speller("en")
    if not all(p[:1].isupper() and p[1:].islower() and english.listed(p.lower()) for p in parts):
        return None
    if nouns.is_name(first.text):
        return None  # "Baden-Baden": a place
    second = tokens[index + 1]
    if not _german_noun(second.text) or (index + 2 < len(tokens) and _capital(tokens[index + 2])):
        return None
    if _english_attribute(parts[-1]) and english.known(second.text):
        return None  # "Security-Enhanced Linux": an English adjective and its English noun
    if index > 0 and not (is_word(tokens[index - 1]) or tokens[index - 1].text == ","):
        return None  # "Hilfe → Plug-In Browser", "APT::Default-Release": a menu path, code
    previous = tokens[index - 1].text if index > 0 else ""
    leading = tokens[_past_adjectives(tokens, index - 1)].text.lower() if index > 0 else ""
    if previous in _SEIN or leading in _DETERMINERS:
        return None  # "ist Open-Source Pflicht"; after an article its case decides (above)
    named = _past_names(tokens, index - 1)
    if (
        0 <= named < index - 1
        and tokens[named].text.lower() in _DETERMINERS
        and not article_fits(tokens[named].text, second.text)
    ):
        return None  # "kann das Debian Release-Team Pakete blockieren": subject, object
    return Fix(first.start, second.end, f"{first.text}-{second.text}")


def _past_names(tokens: Sequence[Word], at: int) -> int:
    """The token before the capitalised words that end at ``at`` ("das" of "das Debian")."""
    while at >= 0 and _capital(tokens[at]):
        at -= 1
    return at


def _uninflected_first(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "an Online Petitionen", "der Offline Bereich", "am Gesamt Effekt": a borrowed adverb
    that German never inflects, or a German adjective without the ending an attribute takes,
    written with a capital before a noun, can be no attribute of it, only the first part of
    their compound (§§ 36, 44); the dictionary must know the compound. A borrowed part is
    coupled by a hyphen, a German one joined."""
    first = tokens[index]
    borrowed = _uninflected_borrowing(first.text)
    if index == 0 or index + 1 >= len(tokens) or not (borrowed or _bare_adjective(first.text)):
        return None
    if not (is_word(tokens[index - 1]) or tokens[index - 1].text == ","):
        return None  # at a sentence's or a list item's start the capital says nothing
    if names_a_thing(tokens[index - 1].text):
        return None  # "die Schaltfläche Neu Würfeln": a label, written as the program shows it
    if is_first_name(first.text):
        return None  # "Frank Müller": a first name that is also an adjective, then the surname
    second = tokens[index + 1]
    if not _german_noun(second.text) or (index + 2 < len(tokens) and _capital(tokens[index + 2])):
        return None
    joined = first.text + second.text.lower()
    if borrowed:
        fixed = f"{first.text}-{second.text}" if speller("de").known(joined) else None
    else:
        fixed = joined if listed(joined) and not _any_gender(second.text) else None
    return None if fixed is None else Fix(first.start, second.end, fixed)


@lru_cache(maxsize=10_000)
def _bare_adjective(word: str) -> bool:
    """ "Gesamt", "Privat", "Neu": a German adjective in its bare form, which is no noun; before
    a noun an attribute would take an ending ("gesamte"), so capitalised it begins a compound."""
    if not (word[:1].isupper() and word[1:].islower() and len(word) >= _MIN_STEM):
        return False
    if nouns.is_listed(word) or nouns.is_name(word) or not listed(word.lower()):
        return False
    read = grammar.word_tags(word.lower())
    return "ADJ(D)" in read and read <= _BARE_ADJECTIVE_TAGS


@lru_cache(maxsize=10_000)
def _uninflected_borrowing(word: str) -> bool:
    """ "Online", "Offline": an English word German knows only as an adverb or an uninflected
    adjective, neither a noun nor an adjective with endings ("smarte")."""
    lower = word.lower()
    if not (word[:1].isupper() and word[1:].islower() and len(word) >= _MIN_ENGLISH):
        return False
    if not speller("en").listed(lower) or not listed(lower) or nouns.is_listed(word):
        return False
    if listed(lower + "e") or listed(lower + "en"):
        return False  # "smart", "smarte": a German adjective, which may stand before its noun
    return grammar.word_tags(lower) <= _UNINFLECTED_TAGS


def _half_coupled(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "Es gibt Open Source-Projekte": English words, then a compound hyphenated to the last of
    them only. The hyphen shows one compound is meant, so the words before it are coupled too
    (§ 44), with or without an article."""
    at = index
    while at < len(tokens) and at - index < _MAX_RUN and "-" not in tokens[at].text:
        if not _english_only(tokens[at].text):
            break
        at += 1
    if at == index or at >= len(tokens):
        return None
    head = tokens[at]
    first, _, rest = head.text.partition("-")
    if not (_english_only(first) and rest[:1].isupper()):
        return None
    if index > 0 and _capital(tokens[index - 1]) and _foreign_word(tokens[index - 1].text):
        return None  # "Network Information Control-Center": the tail of a longer name
    return Fix(tokens[index].start, head.end, "-".join(t.text for t in tokens[index : at + 1]))


def _english_only(word: str) -> bool:
    """ "Open", "Science": a capitalised English word that is no German one ("Die", "Art")."""
    return (
        len(word) >= _MIN_ENGLISH
        and word[:1].isupper()
        and word[1:].islower()
        and speller("en").listed(word.lower())
        and not speller("de").listed(word)
        and not speller("de").listed(word.lower())
    )


def _capital(token: Word) -> bool:
    return is_word(token) and token.text[:1].isupper()


def _past_adjectives(tokens: Sequence[Word], at: int) -> int:
    """Back from ``at`` past small adjectives to what stands before them: "die streitige",
    and past a number before them: "der 2021 eingerichteten"."""
    while at > 0 and tokens[at].text not in ARTICLE_FITS and _adjective(tokens[at].text):
        at -= 1
        if at > 0 and tokens[at].text.isdigit():
            at -= 1
    return at


def _foreign_run(tokens: Sequence[Word], index: int, used: Mapping[str, int]) -> Fix | None:
    """Foreign words or abbreviations, then a German noun or a hyphenated compound.

    A name no dictionary knows ("Kubernetes") counts where the document uses it more
    than once: a word written once and known nowhere is more often a slip.

    After a bare preposition ("mit GIMP Bilddateien öffnen") the words may be an
    instrument and an object, so a compound the lexicon lacks counts only after an
    article or an adjective.
    """
    bare = tokens[index - 1].text.lower() in PREPOSITIONS
    run: list[Word] = []
    foreign = False
    names_allowed = not _relative_before(tokens, index)
    for token in tokens[index : index + _MAX_RUN + 1]:
        name = not run and names_allowed and used.get(token.text, 0) > 1
        if not (_foreign_word(token.text) or (name and _product_name(token.text))):
            break
        code = _acronym(token.text) or _CODE.fullmatch(token.text) is not None
        foreign = foreign or not listed(token.text) or code
        run.append(token)
    if not run or not foreign or any(_foreign_plural(token.text) for token in run):
        return None  # "RBACs Pfexec-Mechanismus": a genitive or plural, not a first part
    if len(run) == 1 and is_first_name(run[0].text):
        return None  # "László Moholy-Nagy", "Jürgen Habermas": a person's names
    if index > 0 and tokens[index - 1].text[:1].isupper() and _foreign_word(tokens[index - 1].text):
        return None  # "Network Information Control Center": the tail of a longer name
    if index > 0 and "_" in tokens[index - 1].text:
        return None  # "wpa_passphrase SSID Passphrase": a command and its arguments
    end = index + len(run)
    head = tokens[end] if end < len(tokens) else None
    if head is not None and _coupled_noun(head.text):
        parts = [token.text for token in run] + [head.text]  # "Open Science-Bewegung"
    elif head is not None and _german_noun(head.text):
        parts = [token.text for token in run] + [head.text]  # "MySQL Datenbank"
    elif head is not None and not bare and _german_head(head.text):
        parts = [token.text for token in run] + [head.text]  # "die GAP Strategiepläne"
    elif len(run) >= 2 and _german_noun(run[-1].text) and not _acronym(run[-1].text):
        head, run = run[-1], run[:-1]  # "Content Management System"
        parts = [token.text for token in run] + [head.text]
    elif (
        len(run) == 2
        and _acronym(run[0].text)
        and not _acronym(run[1].text)
        # "GNU Emacs", "AWS CloudFormation": a maker and its product's name
        and not _product_name(run[1].text)
        and not _CAMEL_CASE.fullmatch(run[1].text)
        # "XZ Embedded": an English participle or adjective is no compound's head
        and not _english_attribute(run[1].text)
    ):
        head, run = run[-1], run[:-1]  # "API Gateway": an abbreviation couples by hyphen
        parts = [run[0].text, head.text]
    else:
        return None
    if len(run) == 1 and "-" not in head.text and _english_phrase(run[0].text, head.text):
        return None  # "Thin Clients", "Big Data": an English adjective keeps its noun apart
    if len(run) >= _MAX_NAME_WORDS or (len(run) >= 2 and _english_name(run, head)):
        return None  # "GNU General Public License", "Debian Policy Manual": a name kept as it is
    after = tokens.index(head) + 1
    if (
        after < len(tokens)
        and tokens[after].text[:1].isupper()
        and not _name_after_class(head, tokens[after])
    ):
        return None  # more capitals follow: a name ("Deutsche Bahn Stiftung")
    if _repair(run[-1].text, head.text) or not article_fits(tokens[index - 1].text, head.text):
        return None
    if tokens[index - 1].text.lower() in _INSTRUMENTAL and nouns.can_be_plural(head.text):
        return None  # "mit SonarQube Kennzahlen erheben": a tool, then a plural object
    return Fix(run[0].start, head.end, "-".join(parts))


def _coupled_noun(text: str) -> bool:
    """ "Science-Bewegung", "z-Maschinen": a hyphenated noun, which a name's small letter
    may open; not a number's ("646-IRV"), a program's ("psdit-Programm") or a path's."""
    return "-" in text and (text[:1].isupper() or _SMALL_FIRST_PART.fullmatch(text) is not None)


def _name_after_class(head: Word, following: Word) -> bool:
    """ "das Open Source Werkzeug Debezium", "der Open Source Bibliothek AixLib": a noun that
    names a kind of thing, then a product's name, also in camel case or capitals, is the
    compound and its apposition; "Stiftung Berlin" goes on as one name."""
    name = following.text
    product = _product_name(name) or _CAMEL_CASE.fullmatch(name) is not None or _acronym(name)
    return names_a_thing(head.text) and product


def _acronym_gloss(tokens: Sequence[Word], fix: Fix) -> bool:
    """Whether the words fixed spell out an acronym just before them: "DNS (Domain Name
    Service)", "RBL ist ein Akronym für Remote Black List" give the English name as it is.

    "Content Management System (CMS)" is still a German compound written apart.
    """
    start = _first_token(tokens, fix)
    if start < 2 or tokens[start - 1].text not in ("(", "für"):
        return False
    words = itertools.takewhile(lambda token: token.text[:1].isupper(), tokens[start:])
    spelled = "".join(token.text[0] for token in words).upper()
    before = tokens[max(start - _GLOSS_REACH, 0) : start - 1]
    return any(token.text == spelled for token in before)


# Marks after which a capital may open what follows: a sentence after a colon, a menu
# path's step after a dash.
_SEGMENT_OPENERS = frozenset({":", "–", "—"})
# ... and marks after which a sentence or a list's label begins.
_SENTENCE_OPENERS = _SEGMENT_OPENERS | frozenset({".", "!", "?", "(", "•"})
# Marks a menu entry's label begins after: "»Datei ▸ Als PDF exportieren«".
_LABEL_OPENERS = _SEGMENT_OPENERS | OPENING_QUOTES | frozenset({"→", "▸", "›", ">"})


def _noun_acronym(tokens: Sequence[Word], index: int) -> Fix | None:
    """Datenbank API → Datenbank-API; but "das Unternehmen SAP" is an apposition."""
    noun, acronym = tokens[index - 1], tokens[index]
    if len(acronym.text) < _MIN_ACRONYM_AFTER or names_a_thing(noun.text):
        return None
    if speller("de").formation.place_adjective(noun.text):
        return None  # "einer Tiroler HLT": an adjective from a place name stands apart
    opens = index == 1 or tokens[index - 2].text in _LABEL_OPENERS
    if not _german_noun(noun.text) or (opens and listed(noun.text.lower())):
        # "Laut WHO …", "Frage: Soll SAP …", "Datei ▸ Als PDF exportieren": a preposition
        # or verb opening the sentence, a quoted label or a menu path's next step
        return None
    if index > 1 and tokens[index - 2].text.lower() in _RELATIVE_GENITIVES:
        return None  # "ohne deren Hilfe UDO nie …": the relative's noun, then the clause's subject
    if noun.text in _OCCASIONS:
        return None  # "das erste Mal SVN verwenden": "Mal" counts a time, it names no thing
    if acronym.text in _CURRENCY_CODES:
        return None  # "die Umwandlung EUR in DM", "die Währung USD": a unit, no compound's head
    if noun.text in _POLITE_PRONOUNS or noun.text.lower() in SUBORDINATORS:
        return None  # "Falls Sie DVDs brennen", "Wenn LTSP läuft": no noun before the capitals
    if _only_plural(noun.text) or _acronym_plural(acronym.text) or _plural_here(tokens, index - 1):
        return None  # "Mechanismen wie PAM", "Pakete NMUs": a list or an apposition
    if _only_genitive(noun.text):
        return None  # "des Werkzeugsatzes GTK": the name after its noun
    if _subject_then_object(tokens, index - 1):
        return None  # "ob Ihr Kernel USB unterstützt", "in welcher Reihenfolge APT versucht"
    if index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper():
        return None
    if index + 1 < len(tokens) and tokens[index + 1].text[:1].isdigit():
        return None  # "im Beschluss GrS 1/93": a designation and its number, no compound
    if index > 1 and tokens[index - 2].text[:1].isdigit():
        return None  # "um 10:30 Uhr MESZ": a measure, then what it is reckoned in
    return Fix(noun.start, acronym.end, f"{noun.text}-{acronym.text}")


def _subject_then_object(tokens: Sequence[Word], noun: int) -> bool:
    """The noun's phrase opens a subordinate clause, or asks which, and the word after the
    capitals ends that clause as a verb: they are the clause's next phrase, its subject or
    object ("weil die Datenbank API langsam ist" has one phrase only)."""
    at = _past_adjectives(tokens, noun - 1)
    determiner = tokens[at].text.lower() if at >= 0 else ""
    after = tokens[noun + 2].text if noun + 2 < len(tokens) else ""
    if determiner not in ARTICLE_FITS or not grammar.can_be_finite_verb(after):
        return False
    return _after_subordinator(tokens, at) or determiner.startswith("welch")


def _introduced_name(tokens: Sequence[Word], fix: Fix) -> bool:
    """ "ein Skript namens »Text Box«", "eine Erweiterung namens Server Name Indication": after
    "namens" or "genannt" a name follows, spelt as its owner spells it."""
    start = _first_token(tokens, fix)
    while start > 0 and tokens[start - 1].text in OPENING_QUOTES:
        start -= 1
    return start > 0 and tokens[start - 1].text.lower() in _NAMING


def _first_token(tokens: Sequence[Word], fix: Fix) -> int:
    """The index of the token ``fix`` starts at."""
    return next(at for at, token in enumerate(tokens) if token.start == fix.start)


def _cited(tokens: Sequence[Word], fix: Fix) -> bool:
    """ "Goldman Sachs (2023)": a year in brackets after the words makes them an author."""
    after = next((at for at, token in enumerate(tokens) if token.start >= fix.end), len(tokens))
    following = [token.text for token in tokens[after : after + 2]]
    return len(following) == 2 and following[0] == "(" and _YEAR.fullmatch(following[1]) is not None


def _joined_elsewhere(tokens: Sequence[Word], index: int, used: Mapping[str, int]) -> Fix | None:
    if index + 1 >= len(tokens):
        return None
    if index > 0 and _capital(tokens[index - 1]):
        return None  # "Debian System Administration": the pair is the tail of a longer name
    if index + 2 < len(tokens) and _capital(tokens[index + 2]):
        return None  # "Mail Transfer Agent" beside "Mail-Transfer": the head of a longer name
    first, second = tokens[index], tokens[index + 1]
    together = first.text + second.text.lower()
    if not used.get(together) and not used.get(f"{first.text}-{second.text}"):
        return None
    if not second.text.isalpha() or not _german_noun(first.text):
        return None
    if second.text[:1].islower() and listed(second.text):
        return None  # a word of its own ("Jugend sammelt"), not a noun written small
    if _phrase_ends_with(tokens, index):
        return None  # "das Paket Dateien enthält": the article's phrase ends at the first noun
    tail = second.text[:1].upper() + second.text[1:]
    for joined in (first.text + second.text.lower(), f"{first.text}-{tail}"):
        if used.get(joined, 0) > 0:
            return Fix(first.start, second.end, joined)
    return None


def _attested_pair(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "die Jugend Phase", "ein lineares Regressions Modell": two nouns after one determiner
    that people write as one word ("Jugendphase" is attested, "Stadthilfe" is not).

    The article must fit the second noun, in the case a preposition before it
    gives ("in der Jugend Fragen" are two phrases). Two phrases may also stand
    side by side as subject and object ("wenn die Kinder Spiele spielen"), so a
    plural second noun counts only after a preposition.
    """
    if index + 1 >= len(tokens):
        return None
    first, second = tokens[index], tokens[index + 1]
    if not (first.text.isalpha() and second.text.isalpha() and second.text[:1].isupper()):
        return None
    if index + 2 < len(tokens) and tokens[index + 2].text[:1].isupper():
        return None  # "Deutsche Bahn Stiftung": a longer name
    if _acronym(first.text) or _acronym(second.text) or nouns.only_name(first.text):
        return None  # a name, not a noun that a surname also spells ("Schlaf", "Koch")
    if ordinal(first.text):
        return None  # "zum Ersten Mal": an ordinal before its noun, to be written small
    joined = first.text + second.text.lower()
    if not attested(joined) or not _german_noun(second.text):
        return None
    if _english_phrase(first.text, second.text):
        return None  # "Social Media": English may keep its adjective apart
    at = _past_adjectives(tokens, index - 1)  # "die systematische Literatur Recherche"
    opener = tokens[at].text.lower()
    if opener in ARTICLE_FITS:
        # "der wahrgenommenen Benutzer Freundlichkeit": the adjective's ending rules out the
        # readings ("der … Benutzer" as a nominative) that would make two phrases of it
        fits = _phrase_fits(tokens, at, index)
        preposition = tokens[at - 1].text.lower() if at > 0 else ""
    elif opener in GOVERNED_CASES and at < index - 1:
        # "mit wöchentlichen Gruppen Sitzungen": the preposition opens one phrase, and the
        # adjective's own ending marks it as an article would.
        fits = frozenset(
            reading
            for reading in strong_adjective_fits(tokens[index - 1].text)
            if reading.endswith(GOVERNED_CASES[opener])
        )
        preposition = opener
    else:
        return None  # an article vouches for one phrase; "in einigen Sachen Recht" has none
    fitting = nouns.analyses(second.text) & fits
    first_cases = {_case(reading) for reading in nouns.analyses(first.text) & fits}
    # "die Ergebnisse der Experten Interviews": after a noun the article opens a genitive
    # attribute, one phrase, where no subject and object stand side by side
    attribute = opener in ("der", "des") and at > 0 and _capital(tokens[at - 1])
    if attribute:  # right after a noun, with no preposition or verb to govern a dative
        fitting = frozenset(reading for reading in fitting if reading.endswith(".gen"))
    # "die Lust der Kinder Bücher zu lesen": the second noun an infinitive's object
    attribute = attribute and not any(t.text == "zu" for t in up_to_mark(tokens, index + 1))
    if not fitting:
        return None
    if first_cases and first_cases.isdisjoint(map(_case, fitting)) and not attribute:
        # "sondern der Natur Mensch": the article fits each noun in another case; but in
        # a genitive attribute ("Elemente der Schlaf Hygiene") only the genitive can stand
        return None
    if (
        first_cases & {"nom", "akk"}
        and preposition not in PREPOSITIONS
        and at > 0
        and not attribute
    ):
        # "dass die Jugend Zeit bekommt": subject and object. Before a main clause's finite
        # verb, or in a clause a copula ends ("dass die Jugend Phase schwierig ist"), there
        # is no second phrase's place.
        rest = up_to_mark(tokens, index + 1)
        if not rest or rest[-1].text not in _COPULAS:
            return None
    plural = all(reading.startswith("pl.") for reading in fitting)
    if plural and preposition not in PREPOSITIONS and not attribute:
        return None  # "wenn die Kinder Spiele spielen": subject and object
    if _predicate_noun(tokens, at, index + 1) or (at > 0 and tokens[at - 1].text in _SEIN):
        return None  # "dass das Programm Teil des Systems ist": subject and predicate
    return Fix(first.start, second.end, joined)


def _preposition_pair(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "anhand von Schliff Bildern", "bei Klimaschutz Zielen": a bare preposition governs
    one noun phrase, so a singular noun, then a noun that can only be in the preposition's
    case, make one compound the dictionary knows."""
    if index + 1 >= len(tokens) or index < 1:
        return None
    preposition = tokens[index - 1].text
    cases = GOVERNED_CASES.get(preposition)
    first, second = tokens[index], tokens[index + 1]
    if cases is None or not _german_noun(second.text) or not _plain_noun(first.text):
        return None
    if index + 2 < len(tokens) and _capital(tokens[index + 2]):
        return None  # "von Hans Peter Müller": a longer name
    if any(reading.startswith("pl.") for reading in nouns.compound_analyses(first.text)):
        return None  # "mit Kindern Spiele spielen": a plural may be a phrase of its own
    readings = nouns.analyses(second.text)
    if not readings or not all(reading.endswith(cases) for reading in readings):
        return None  # "ohne Alkohol Spaß haben": the second noun may be an object of its own
    joined = first.text + second.text.lower()
    return Fix(first.start, second.end, joined) if listed(joined) else None


def _list_member_pair(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "Koffeinkonsum, Bildschirm Zeit und Bewegung": a later member of a list of nouns is one
    noun phrase, and two bare nouns side by side make none; the first, singular and with no
    article, can be no phrase of its own, so the two are one compound the dictionary knows."""
    if index < 2 or index + 1 >= len(tokens):
        return None
    first, second = tokens[index], tokens[index + 1]
    after = tokens[index + 2].text if index + 2 < len(tokens) else "."
    if tokens[index - 1].text not in _LIST_JOINS or after not in _LIST_ENDS:
        return None
    # The member before ends in a noun too: "OK oder Abbruch Schaltflächen" shares its head
    # with an abbreviation ("OK- oder Abbruch-Schaltflächen").
    if not nouns.compound_analyses(tokens[index - 2].text):
        return None
    if not (_plain_noun(first.text) and _german_noun(second.text)) or _any_gender(second.text):
        return None
    if any(reading.startswith("pl.") for reading in nouns.compound_analyses(first.text)):
        return None  # "Äpfel, Kinder Bücher": a plural may be a phrase of its own
    joined = first.text + second.text.lower()
    return Fix(first.start, second.end, joined) if listed(joined) else None


def _counted_pair(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "acht Leitfaden Interviews": a number of two or more counts plurals, so a noun that is
    only singular, then one that may be plural, make one compound. A measure stays singular
    after its number ("zehn Prozent Zinsen")."""
    if index + 1 >= len(tokens) or index < 1:
        return None
    count = tokens[index - 1].text.lower()
    if not (count in _PLURAL_COUNTS or (count.isdigit() and count != "1")):
        return None
    first, second = tokens[index], tokens[index + 1]
    if first.text in MEASURES or not (_german_noun(first.text) and _german_noun(second.text)):
        return None
    if names_a_thing(first.text) or inflected_adjective(first.text.lower()):
        return None  # "zwölf Neue Folgen": an adjective written with a capital
    if index + 2 < len(tokens) and _capital(tokens[index + 2]):
        return None
    singular = nouns.analyses(first.text)
    plural = nouns.analyses(second.text)
    if not singular or any(r.startswith("pl.") for r in singular):
        return None
    if not any(r.startswith("pl.") for r in plural):
        return None
    joined = first.text + second.text.lower()
    return Fix(first.start, second.end, joined) if speller("de").known(joined) else None


def _plain_noun(text: str) -> bool:
    """A common noun, or a compound the lexicon splits ("Körperschall"), that is no name
    ("Linux"), no class noun a name follows ("Thema"), and no adjective or verb written
    with a capital; a tag HanTa only guesses for a word no dictionary knows small ("stent")
    does not count."""
    if not _noun_part(text) or "NE" in grammar.word_tags(text) or names_a_thing(text):
        return False
    lower = text.lower()
    return not (listed(lower) and grammar.word_tags(lower) & _NOT_NOUN_PART_TAGS)


def _predicate_noun(tokens: Sequence[Word], at: int, second: int) -> bool:
    """A verb-final clause the copula closes: the second noun may be its bare predicate."""
    opened = clause_before(tokens, at)
    rest = clause_after(tokens, second)
    if not opened or not rest or opened[0].text.lower() not in SUBORDINATORS | RELATIVE_PRONOUNS:
        return False
    predicate = any(
        word.text.islower() and grammar.word_tags(word.text) & _PREDICATE_TAGS for word in rest[:-1]
    )
    return rest[-1].text in _COPULAS and not predicate  # "dass die Jugend Phase schwer ist"


def _adjective(word: str) -> bool:
    """ "streitige", "geprägte": an adjective or participle with its ending."""
    adjective = inflected_adjective(word) or participle_adjective(word)
    return word.islower() and adjective and not pronoun_like(word)


def _governed_fits(tokens: Sequence[Word], at: int) -> frozenset[str]:
    """What the article at ``at`` can mark, in the case a preposition before it gives."""
    return governed_fits(tokens[at].text, tokens[at - 1].text if at > 0 else "")


def _phrase_fits(tokens: Sequence[Word], at: int, index: int) -> frozenset[str]:
    """What the article at ``at`` and the adjectives up to ``index`` fit together: "der
    ausgeprägte Fachkräfte Mangel" is no genitive plural, since that would be "-en"."""
    fits = _governed_fits(tokens, at)
    for token in tokens[at + 1 : index]:
        if not token.text.isdigit():  # "der 2021 eingerichteten": a year or a count
            fits &= attributive_fits(tokens[at].text, token.text)
    return fits


def _case(reading: str) -> str:
    return reading.rsplit(".", 1)[-1]


def _phrase_ends_with(tokens: Sequence[Word], index: int) -> bool:
    """Whether the determiner (and adjectives) before ``tokens[index]`` already fit it."""
    back = index - 1
    while back >= 0 and tokens[back].text[:1].islower() and tokens[back].text.endswith("en"):
        back -= 1  # "im lokalen Netzwerk": adjectives between article and noun
    if back < 0:
        return False
    fits = ARTICLE_FITS.get(tokens[back].text.lower())
    if fits is None:
        return tokens[back].text.lower() in PREPOSITIONS  # "von Upstream Instabilitäten"
    return bool(fits & nouns.analyses(tokens[index].text))


def _adjective_pair(tokens: Sequence[Word], index: int, at: int) -> Fix | None:
    """ "zahlreiche Spannbeton Brücken", "ausgewählter Königs Urkunden": with no article,
    the adjective's own ending fits only the second noun, so the first is its part."""
    before = tokens[at].text.lower()
    if before in ARTICLE_FITS or before in ARTICLES or pronoun_like(before):
        return None  # after an article the adjective's ending says less: "die neuen"
    # Before the adjective a preposition, a conjunction or a finite verb opens its phrase;
    # an adverb may stand inside an article's phrase: "einer hier nicht aufgeführten".
    opens = before in PREPOSITIONS or before in _CLAUSE_LINKS or not is_word(tokens[at])
    if not opens and (tokens[at].text[:1].isupper() or not grammar.finite_not_adjective(before)):
        return None
    fits = strong_adjective_fits(tokens[index - 1].text)
    if before in PREPOSITIONS:
        fits = frozenset(r for r in fits if r.endswith(GOVERNED_CASES.get(before, OBLIQUE)))
    return _article_pair(tokens, index, fits)


def _article_pair(tokens: Sequence[Word], index: int, fits: frozenset[str]) -> Fix | None:
    """Article, then words it cannot go with, then a noun it fits: "das Sport Programm",
    "in der wöchentlichen Fall Besprechung" (after "in", "der" is no masculine nominative)."""
    run: list[Word] = []
    for token in tokens[index : index + _MAX_RUN + 1]:
        if not token.text[:1].isupper() or not token.text.replace("-", "").isalpha():
            break
        if token.text.rsplit("-", 1)[-1][:1].islower():
            break  # "der Hardware-internen Nummerierung": an adjective, not a noun part
        run.append(token)
    if len(run) < 2 or run[0].text.lower() in CARDINALS:
        return None  # "in den Zwei Zonen": a number written large, no compound's first part
    if place_adjective(run[0].text):
        return None  # "zur Weimarer Reichsverfassung": a place's adjective, apart from its noun
    for length in range(len(run), 1, -1):
        *parts, head = run[:length]
        after = index + length
        if after < len(tokens) and tokens[after].text[:1].isupper():
            continue
        if not _german_head(head.text) or not fits & nouns.compound_analyses(head.text):
            continue
        if _any_gender(head.text):
            return None  # "der Gateway Null": "Null" takes any article, so none marks it
        if any(fits & nouns.compound_analyses(part.text.rsplit("-", 1)[-1]) for part in parts):
            return None  # the article fits an earlier noun (a hyphenated one by its last part)
        if _genitive_opening_clause(tokens, index, fits & nouns.compound_analyses(head.text)):
            return None  # "Falls der Daemon Schnittstellen … offenlegt": subject, then object
        if _repair(parts[-1].text, head.text):
            return None
        if len(parts) == 1 and _noun_part(parts[0].text) and not _genderless(parts[0].text):
            joined = parts[0].text + head.text.lower()
            return (
                Fix(parts[0].start, head.end, joined) if _compound_word(parts[0], joined) else None
            )
        if len(parts) == 1 and _english_phrase(parts[0].text, head.text):
            return None  # "die Thin Clients": an English adjective keeps its noun apart
        if len(parts) >= _MAX_NAME_WORDS or (len(parts) >= 2 and _english_name(parts, head)):
            return None  # "das Debian Policy Manual": a name kept as it is
        if all(_foreign_part(part.text) for part in parts):
            return Fix(parts[0].start, head.end, "-".join(p.text for p in [*parts, head]))
    return None


def _genitive_opening_clause(tokens: Sequence[Word], index: int, readings: frozenset[str]) -> bool:
    """The article before ``tokens[index]`` opens a clause, yet fits the head only as a
    genitive: a clause's first phrase is mostly its subject, so the first noun is one."""
    at = _past_adjectives(tokens, index - 1)
    opening = at == 0 or tokens[at - 1].text == "," or _after_subordinator(tokens, at)
    return opening and all(reading.endswith(".gen") for reading in readings)


def _after_subordinator(tokens: Sequence[Word], at: int) -> bool:
    """Whether the phrase at ``tokens[at]`` opens a subordinate clause: "dass die EU …"."""
    return at >= 1 and tokens[at - 1].text.lower() in SUBORDINATORS


def _genderless(text: str) -> bool:
    """ "Windows", "Facebook": listed with no gender or case, as a product's name is, which a
    compound couples with a hyphen ("Windows-Binärdateien")."""
    return nouns.is_listed(text) and not nouns.analyses(text)


def _compound_word(first: Word, joined: str) -> bool:
    """Whether ``joined`` is a word: listed, or well formed from known parts ("Stentoberfläche")
    where the first part is a plain noun ("Schulischen Laufbahn", "Auswerten Fehler",
    "zur Thema Jugend" build no word)."""
    return listed(joined) or (_plain_noun(first.text) and speller("de").known(joined))


def _bound_first_part(tokens: Sequence[Word], index: int) -> Fix | None:
    """The compound a bound first part starts at ``tokens[index]``."""
    if index + 1 >= len(tokens):
        return None
    first, second = tokens[index], tokens[index + 1]
    if index > 0 and tokens[index - 1].text[:1].isupper() and _foreign_word(tokens[index - 1].text):
        return None  # "Network Lock Manager": the tail of an English name, no clipped "Locke"
    opens = index == 0 or tokens[index - 1].text in _SENTENCE_OPENERS
    joined = first_part_compound(first.text, second.text, opens=opens)
    return None if joined is None else Fix(first.start, second.end, joined)


def _numbered_head(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "Covid 19-Pandemie", "Typ 2-Diabetes": a word and its number are the first part of
    the compound the number is coupled to, so a hyphen joins all three (§ 44)."""
    if index + 1 >= len(tokens):
        return None
    first, second = tokens[index], tokens[index + 1]
    if not _NUMBERED.fullmatch(second.text) or not first.text.isalpha():
        return None
    if listed(first.text.lower()):
        return None  # "Viele 18-Jährige", "Die 32-Bit Version": a word written small, no name
    if _numbered_first(tokens, index + 1) is not None:
        return None  # "dieses Programm 32-Bit Unterstützung erfordert": the next noun's part
    start = index
    while start > 0 and _name_word(tokens[start - 1]):
        start -= 1  # "Microsoft Access 2007-Verbindung": the whole name is the first part
    name = "-".join(token.text for token in tokens[start : index + 1])
    return Fix(tokens[start].start, second.end, f"{name}-{second.text}")


def _counted_first(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "als Zwei Zonen Modell" → "Zwei-Zonen-Modell": a number word written with a capital
    inside the sentence, a plural noun it counts and a noun after them are one compound,
    coupled by hyphens (§ 44); as a phrase the number would be small ("zwei Zonen")."""
    if index < 1 or index + 2 >= len(tokens) or not is_word(tokens[index - 1]):
        return None
    number, counted, head = tokens[index : index + 3]
    if not number.text[1:].islower() or number.text.lower() not in CARDINALS:
        return None
    if not (_german_noun(counted.text) and _german_noun(head.text)):
        return None
    if not any(reading.startswith("pl.") for reading in nouns.analyses(counted.text)):
        return None
    if index + 3 < len(tokens) and _capital(tokens[index + 3]):
        return None  # "Zwei Zonen Modell Berlin": a longer name
    if not article_fits(tokens[index - 1].text, head.text):
        return None
    joined = f"{number.text}-{counted.text}-{head.text}"
    return Fix(number.start, head.end, joined)


def _name_word(token: Word) -> bool:
    """ "Microsoft": a capitalised word that no German word spells in small letters."""
    return _capital(token) and token.text.isalpha() and not listed(token.text.lower())


def _numbered_first(tokens: Sequence[Word], index: int) -> Fix | None:
    """ "32-Bit Unterstützung", "die 3-Zimmer Wohnung": a number coupled to its noun is the
    first part of the noun after it, coupled by a hyphen as well (§ 44)."""
    first = tokens[index]
    if not _NUMBERED.fullmatch(first.text) or index + 1 >= len(tokens):
        return None
    second = tokens[index + 1]
    if not _german_noun(first.text.split("-", 1)[1]) or not _german_noun(second.text):
        return None  # "die 18-Jährige Schülerin": an adjective written large, no noun part
    if index + 2 < len(tokens) and _capital(tokens[index + 2]):
        return None  # "32-Bit Debian Pakete": a longer name or compound follows
    return Fix(first.start, second.end, f"{first.text}-{second.text}")


def first_part_compound(first: str, second: str, *, opens: bool = False) -> str | None:
    """ "Umsetzungs" + "Qualität" → "Umsetzungsqualität", "Blüh" + "Streifen" →
    "Blühstreifen", "Kontroll" + "Gruppe" → "Kontrollgruppe": a noun with its linking s, a
    noun without its final e, or a verb's stem written with a capital, is no word of its
    own, only a compound's first part, so the two are one word.

    Where ``first`` opens a sentence or label, a verb's stem may be its imperative
    ("Zeige Vorlagen"), and only a compound people write outweighs that reading.
    """
    if not _german_noun(second):
        return None
    joined = first + second.lower()
    if _linking_s(first):
        return joined if listed(joined) else None
    if _clipped_e(first) and not _repair(first, second):
        # "Lock Alpha": Hunspell builds "Lockalpha" from "Locke", but nobody writes it
        seen = speller("de").frequency(joined) > 0
        return joined if listed(joined) or seen else None
    if _verb_stem(first) and not _repair(first, second):
        return joined if attested(joined) or (listed(joined) and not opens) else None
    return None


@lru_cache(maxsize=10_000)
def _verb_stem(word: str) -> bool:
    """ "Blüh", "Prüf", "Such", "Werbe": a verb's stem with a capital, which no noun of the
    lexicon is, so it can only begin a compound ("Suchmaschine", "Werbebotschaft")."""
    if len(word) < _MIN_STEM or not word.isalpha() or not word[1:].islower() or word.islower():
        return False
    if nouns.is_listed(word) or nouns.compound_analyses(word) or nouns.is_name(word):
        return False
    # Only a verb's imperative, or its stem and a linking e ("Werbe"): "ein", "schon", "halt"
    # are other words as well.
    read = grammar.word_tags(word.lower())
    linking_e = word.endswith("e") and "VV(FIN)" in read
    # "Kodier", "Sortier": a stem in -ier is a verb's; the tagger may guess a noun beside it
    ier_stem = word.endswith("ier") and "VV(FIN)" in read
    if not ier_stem and (not ("VV(IMP)" in read or linking_e) or not read <= _STEM_TAGS):
        return False
    bare_n = word.endswith(("el", "er", "e")) and not ier_stem  # "Wander" + n, "Kodier" + en
    infinitive = word.lower() + ("n" if bare_n else "en")
    return "VV(INF)" in grammar.word_tags(infinitive) and listed(infinitive)


@lru_cache(maxsize=10_000)
def _clipped_e(word: str) -> bool:
    """ "Kontroll", "Schul", "Sprach": a noun in -e that drops it as a first part, which
    is no word of its own."""
    if len(word) < _MIN_NAME_STEM or not word.isalpha() or not word[1:].islower():
        return False
    if listed(word) or listed(word.lower()) or nouns.is_name(word):
        return False
    return nouns.is_listed(word + "e") and listed(word + "e")


@lru_cache(maxsize=10_000)
def _linking_s(word: str) -> bool:
    """ "Umsetzungs", "Sicherheits": a noun and a linking s, which only a compound has.

    A noun's genitive ("Unternehmens") is a word of its own, and so is what
    Hunspell knows; the noun must be one that never takes an s of its own.
    """
    stem = word.removesuffix("s")
    if stem == word or len(stem) < _MIN_NAME_STEM or not stem.isalpha() or listed(word):
        return False
    # "Milchleistung": a compound Hunspell knows, which the noun lexicon may lack
    return nouns.linking_form(word) or (listed(stem) and stem.endswith(nouns.LINKING_S_SUFFIXES))


def _name_goes_on(tokens: Sequence[Word], fix: Fix) -> bool:
    """ "des American College of Sports Medicine", "Caplins Begriff": no compound to join.

    An English word of a name after the pair carries an English name on; a
    surname in the genitive stands for the article of the noun after it.
    """
    inside = [token for token in tokens if fix.start <= token.start and token.end <= fix.end]
    at = tokens.index(inside[0])
    after = tokens[at + len(inside)] if at + len(inside) < len(tokens) else None
    german_in = after is not None and after.text == "in" and _german_head(inside[-1].text)
    if after is not None and after.text in _ENGLISH_LINKS and not german_in:
        return True  # but "in" after a German noun is German: "die Umsetzungs Qualität in …"
    romance = after is not None and (
        after.text in _ROMANCE_LINKS or after.text.startswith(_ROMANCE_ELISIONS)
    )
    if romance and _foreign_word(inside[0].text):
        return True  # "Commission Internationale de l'Éclairage", "… d'Eclairage"
    # "der westdeutschen Nachkriegs Publizistik": an article before the adjectives claims it
    determined = at > 0 and tokens[_past_adjectives(tokens, at - 1)].text.lower() in ARTICLE_FITS
    return len(inside) == 2 and not determined and _genitive_name(inside[0].text)


def _genitive_name(word: str) -> bool:
    """ "Caplins", "Bourdieus": a surname in the genitive, no German word and no common English one.

    "Windows Rechner" is a compound of a common English word; "Caplins Begriff"
    is Caplin's concept, the genitive in place of the article.
    """
    stem = word.removesuffix("s")
    if stem == word or not stem[:1].isupper() or len(stem) < _MIN_NAME_STEM:
        return False
    german = speller("de").known(stem)  # the word itself may parse as a compound: "Cap|lins"
    return not german and speller("en").frequency(word.lower()) < _COMMON_ENGLISH_ZIPF


def _repair(first: str, second: str) -> bool:
    """A word begun and written again (Men Menschen), no compound."""
    common = 0
    for a, b in zip(first.lower(), second.lower()):
        if a != b:
            break
        common += 1
    return common >= 3 or (common >= 2 and len(first) <= 3)


@lru_cache(maxsize=50_000)
def _foreign_word(text: str) -> bool:
    """A capitalised English word of four letters or more, an abbreviation, or a product's
    name with a capital inside ("ImageNet", "PowerPoint"), no German word."""
    if _CODE.fullmatch(text) or _camel_case(text):
        return True  # "der CO2 Ausstoß", "ein 3D Modell", "der ImageNet Datensatz"
    if not text[:1].isupper() or not text.isalpha() or listed(text.lower()):
        return False
    if text.endswith("s") and listed(text[:-1]):
        return False  # a German genitive ("aller Welts"), not an English plural
    return (
        _acronym(text)
        or (len(text) >= _MIN_FOREIGN and speller("en").known(text))
        or _english_compound(text)
    )


def _relative_before(tokens: Sequence[Word], index: int) -> bool:
    """ "…, die Fontconfig Probleme bereitete": after a comma "die" may be a relative
    pronoun, and the name its clause's object, the noun another one."""
    return index >= 2 and tokens[index - 2].text == "," and tokens[index - 1].text in ARTICLE_FITS


@lru_cache(maxsize=10_000)
def _product_name(text: str) -> bool:
    """ "Kubernetes", "Debezium": a capitalised word no dictionary of either language knows,
    nor the noun lexicon: a product's or a person's name, which couples to its noun by hyphen
    ("Kubernetes-Cluster", § 50)."""
    if len(text) < _MIN_FOREIGN or not text.isalpha() or not text[1:].islower():
        return False
    if speller("de").known(text) or listed(text.lower()) or speller("en").known(text.lower()):
        return False  # "Erinerungs": Hunspell's compound part, mistyped
    if speller("de").correction(text) is not None or place_adjective(text):
        return False  # "Jugen", "Bozner": a word mistyped, or a place's adjective
    return not nouns.is_listed(text) and not nouns.compound_analyses(text)


def _english_compound(text: str) -> bool:
    """ "Microservice", "Loadbalancer": two English words run together that no German
    dictionary lists as written."""
    if len(text) < _MIN_ENGLISH_COMPOUND or listed(text):
        return False
    lower = text.lower()
    english = speller("en")
    return any(
        english.listed(lower[:cut]) and english.listed(lower[cut:])
        for cut in range(_MIN_ENGLISH_PART, len(lower) - _MIN_ENGLISH_PART + 1)
    )


def _camel_case(text: str) -> bool:
    """ "ImageNet", "PowerPoint": a name with a capital inside; "KapitelErste" is two German
    words that lost their space."""
    if not _CAMEL_CASE.fullmatch(text):
        return False
    inner = next(at for at in range(1, len(text)) if text[at].isupper())
    return not (listed(text[:inner]) and listed(text[inner:]))


@lru_cache(maxsize=50_000)
def _foreign_part(text: str) -> bool:
    """A part a German compound couples with hyphens: a name, a foreign word, "E-Mail"."""
    return (
        "-" in text
        or _acronym(text)
        or (nouns.is_name(text) and not listed(text.lower()))
        or _foreign_word(text)
    )


def _foreign_plural(word: str) -> bool:
    """ "APIs", "Socialnetworks", "LaTeXs": an abbreviation, English compound or name with a
    capital inside, with a plural or genitive s."""
    return _acronym_plural(word) or (
        word.endswith("s") and (_english_compound(word[:-1]) or _camel_case(word[:-1]))
    )


def _acronym_plural(word: str) -> bool:
    """ "APIs", "RBACs": an abbreviation with a plural or genitive s."""
    return len(word) > 2 and word.endswith("s") and word[:-1].isupper()


def _acronym(word: str) -> bool:
    """An abbreviation such as API, MySQL or IoT: mostly capitals (KoKo is a name).

    A long word in capitals that is a word ("ANZAHL", "DIRECT") is a placeholder
    or emphasis, not an abbreviation, and so is a function word in capitals: a
    setting ("Eingabe EIN", "Ton AUS") or a stress ("NICHT").
    """
    if word.isupper() and len(word) >= _MIN_SHOUTED and _spelled_word(word):
        return False
    if word.isupper() and is_german_function_word(word):
        return False
    capitals = sum(char.isupper() for char in word)
    return (
        capitals >= 2
        and capitals > len(word) - capitals
        and len(word) <= _MAX_ACRONYM
        and word.isalpha()
        and not set(word) <= set("IVXLCDM")
    )


def _english_title(run: Sequence[Word], head: Word) -> bool:
    """A name, then English words only: the title of a document or product."""
    first = run[0].text
    named = (
        nouns.is_name(first)
        or first.isupper()  # "GNU Make Manual": an acronym names the product
        or not (listed(first) or speller("en").known(first.lower()))
        # "Microsoft Equation Editor": English knows the maker's name with its capital only
        or (speller("en").known(first) and not speller("en").known(first.lower()))
    )
    return named and all(speller("en").known(word.text.lower()) for word in [*run[1:], head])


def _only_genitive(noun: str) -> bool:
    """ "Werkzeugsatzes": a genitive form, which no compound takes as its first part."""
    readings = nouns.analyses(noun)
    return bool(readings) and all(reading.endswith(".gen") for reading in readings)


def _lower(tokens: Sequence[Word], at: int) -> str:
    return tokens[at].text.lower() if at >= 0 else ""


def _any_gender(noun: str) -> bool:
    """ "Null": listed in every gender, so an article before it tells nothing."""
    return {"m", "f", "n"} <= {reading.split(".")[0] for reading in nouns.analyses(noun)}


def _plural_here(tokens: Sequence[Word], index: int) -> bool:
    """ "in diesen Fällen PAM": the determiner makes the noun a plural ("das Fällen" aside)."""
    fits = ARTICLE_FITS.get(tokens[index - 1].text.lower()) if index > 0 else None
    readings = nouns.analyses(tokens[index].text) & fits if fits else frozenset()
    return bool(readings) and all(reading.startswith("pl.") for reading in readings)


def _only_plural(noun: str) -> bool:
    readings = nouns.analyses(noun)
    return bool(readings) and all(reading.startswith("pl.") for reading in readings)


def _light_verb_noun(tokens: Sequence[Word], fix: Fix) -> bool:
    """ "findet die E-Mail-Adresse Verwendung", "weil die E-Mail-Adresse Verwendung findet",
    "die auf dem Atari Sinn machen": the last noun makes one predicate with the verb before
    the phrase's article or after the noun, so it is no head of a compound."""
    at = _first_token(tokens, fix)
    second = next(index for index, token in enumerate(tokens) if token.end == fix.end)
    if at > 0 and tokens[at - 1].text.lower() in ARTICLE_FITS:
        at -= 1  # the verb before the phrase stands before its article ...
    if at > 0 and tokens[at - 1].text.lower() in PREPOSITIONS:
        at -= 1  # ... or its preposition: "macht von SAP Gebrauch"
    verbs = [tokens[at - 1].text] if at > 0 else []
    verbs += [tokens[second + 1].text] if second + 1 < len(tokens) else []
    return any(
        tokens[second].text in LIGHT_VERB_NOUNS.get(lemma, ())
        for verb in verbs
        for lemma in grammar.verb_lemmas(verb)
    )


def _english_phrase(adjective: str, noun: str) -> bool:
    """ "Thin Clients", "Stable Release": an English adjective and an English noun, which
    the rules let stand apart as English writes them (Duden: Big Band, Happy End). Before a
    German noun the adjective is a compound's first part: "Stable-Veröffentlichung"."""
    return _english_adjective(adjective) and is_english(noun)


@lru_cache(maxsize=10_000)
def _english_adjective(word: str) -> bool:
    """A gradable English adjective: English knows its comparative and superlative ("thin",
    "thinner", "thinnest"; "stable", "stabler"), one in -ic or -al that German has no
    noun of ("Public Domain", "Social Media"; "Portal" and "Signal" are German nouns),
    one English makes of a noun with -less or -ful ("diskless", "stateless", "useful"),
    or one in -ate, -ent or -ant with an adverb in -ly ("corporate", "efficient")."""
    if word.isupper():
        return False  # "REST", "FAST": an abbreviation, whatever word its letters spell
    english = speller("en")
    lower = word.lower()
    if lower.endswith(_ENGLISH_ADJECTIVE_SUFFIXES) and english.known(lower):
        return not nouns.is_listed(word)
    made = lower.removesuffix("less").removesuffix("ful")
    if made != lower and len(made) >= _MIN_ENGLISH_STEM and english.known(made):
        return not nouns.is_listed(word)  # "Diskless Workstation", "Stateless Service"
    adverb_base = lower.endswith(_ENGLISH_ADVERB_BASES) and len(lower) >= _MIN_ADVERB_BASE
    if adverb_base and english.listed(lower + "ly"):
        return not nouns.is_listed(word)  # "Corporate Design", "Instant Messaging"
    stems = (lower[:-1] + "i",) if lower.endswith("y") else (lower, lower + lower[-1])
    if lower.endswith("e"):
        stems = (lower[:-1],)  # "stable", "stabler", "stablest"
    # both degrees, for a comparative alone may be a noun of its own ("pipe", "piper")
    return any(english.listed(stem + "er") and english.listed(stem + "est") for stem in stems)


def _english_name(run: Sequence[Word], head: Word) -> bool:
    """A title ("Debian Policy Manual") or an English phrase with an adjective in it
    ("Advanced Packaging Tool"): a German compound joins nouns, a name keeps its words.
    Before a German noun English knows no use of, the phrase is the first part of a
    German compound all the same: "Mixed Methods Ansatz" → "Mixed-Methods-Ansatz"."""
    if _english_title(run, head):
        return True
    german_head = speller("en").frequency(head.text.lower()) < _COMMON_ENGLISH_ZIPF
    return not german_head and any(_english_attribute(word.text) for word in run)


def _english_attribute(word: str) -> bool:
    """ "Advanced", "Unified", "Extensible": an English participle or adjective by its ending;
    "Weekly", "Friendly": one in -ly made from a common English word ("Supply" is no
    "supp" + -ly)."""
    lower = word.lower()
    english = speller("en")
    if lower.endswith("ly") and len(lower) - 2 >= _MIN_LY_STEM:
        return english.frequency(lower[:-2]) >= _COMMON_LY_STEM_ZIPF and english.known(lower)
    return lower.endswith(_ENGLISH_ADJECTIVE_ENDINGS) and english.known(lower)


@lru_cache(maxsize=10_000)
def _spelled_word(word: str) -> bool:
    return speller("de").known(word.capitalize()) or speller("en").known(word.lower())


def _german_head(text: str) -> bool:
    """A noun of the lexicon, or a compound Hunspell knows of a listed word and a listed noun
    ("Strategie|pläne"); not a word written small and capitalised ("Qualitativen")."""
    if _german_noun(text):
        return True
    if not text.isalpha() or _acronym(text) or listed(text.lower()) or not listed(text):
        return False
    head = nouns.head(text)
    if head is None or len(head) < _MIN_FOREIGN:
        return False
    return nouns.front_is_word(text[: len(text) - len(head)], listed)


def _noun_part(text: str) -> bool:
    """A common noun, or a compound noun the lexicon can split: "Spannbeton"."""
    return _german_noun(text) or (
        len(text) >= _MIN_NAME_STEM
        and text.isalpha()
        and not _acronym(text)
        and listed(text)
        and bool(nouns.compound_analyses(text))
    )


@lru_cache(maxsize=50_000)
def _german_noun(text: str) -> bool:
    """A common noun of the lexicon; one or two letters ("C", "Ai") are letters or names, and
    the lexicon's "das Sie" is the polite pronoun in running text ("fordert der Installer
    Sie auf")."""
    return (
        len(text) >= 3
        and text not in _POLITE_PRONOUNS
        and text[:1].isupper()
        and text.isalpha()
        and not _acronym(text)
        and nouns.is_listed(text)
        and not nouns.only_name(text)  # "Kraft", "Koch": surnames, but nouns first
        and listed(text)
    )
