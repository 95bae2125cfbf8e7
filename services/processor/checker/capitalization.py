"""Groß-/Kleinschreibung: only where the other case is also a word and the context decides.

Four mistakes, each judged from closed word classes first, so the slow tagger
sees few words: a noun written small ("die sicherheit"), a nominalized verb
or adjective written small (``nominalization``, ``bare_nominals``), an
adjective, verb or pronoun capitalised mid-sentence ("wenn man Erwachsen
wird", "ein Verteiltes System": ``capitals``, ``capital_verbs``), and fixed
phrases, names and the polite imperative (``case_phrases``, ``case_terms``).
Quotations, titles and names stay silent: a phrase the author capitalises
twice ("Künstliche Intelligenz") is a term. Measured on KoKo's dev split, the
check finds 50 % of the annotated case errors with 80 comments outside them in
222,000 words, many of those real errors the annotators left (``bench/eval_koko.py``);
rules that found fewer errors than they raised alarms there were left out.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence

from services.processor.checker import grammar, nouns
from services.processor.checker.capital_verbs import INFINITIVE, MODALS
from services.processor.checker.capitals import should_be_lower, term_key
from services.processor.checker.case_phrases import quoted_sentence_start, should_be_capital
from services.processor.checker.case_terms import adjective_ending
from services.processor.checker.case_words import (
    ADJECTIVE_ENDINGS,
    CONTRACTIONS,
    DEFINITE,
    INDEFINITE,
    capitalised,
    inflected_adjective,
    is_english,
    is_noun,
    likely_typo,
    listed,
    pronoun_like,
    tags,
)
from services.processor.checker.class_nouns import names_a_thing
from services.processor.checker.clauses import CLAUSE_END_MARKS, clause_before
from services.processor.checker.compound_articles import GOVERNED_CASES, OBLIQUE, may_qualify
from services.processor.checker.compound_words import APART
from services.processor.checker.context import DocumentContext
from services.processor.checker.ellipsis import picked_across, superlative
from services.processor.checker.english_case import case_errors
from services.processor.checker.finding import Block, Finding
from services.processor.checker.identifiers import code_words
from services.processor.checker.lexicon import (
    ARTICLES,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.messages import say
from services.processor.checker.nominalization import determiner_at, nominalized
from services.processor.checker.noun_phrase import DETERMINER_TAGS
from services.processor.checker.quotations import english_findings
from services.processor.checker.registry import register
from services.processor.checker.tokens import (
    CLOSING_QUOTES,
    LONGEST_ABBREVIATION,
    OPENING_QUOTES,
    Word,
    is_word,
)

_SCARE_QUOTE = 2
# "25-jähriger", "17-jährige": a number and the adjective "-jährig" with an ending.
_AGE = re.compile(r"(\d+)-jährig(?:e|er|en|em|es)")
_POLITE = say("capitalization", "de", "»sie« → »Sie«: Die höfliche Anrede wird großgeschrieben.")
# "Grub-Shell", "GRUB-Abbilder", "»Bind«-Aktion": a capitalised first part before a noun.
_HYPHEN_FIRST_PART = re.compile(r"(?<![\w-])([A-ZÄÖÜ][A-Za-zäöüßÄÖÜ]{2,})[«“”\"']?-(?=[A-ZÄÖÜ])")
# Words of these classes open hyphenated compounds as adjectives ("Neu-Installation").
_DESCRIBING_TAGS = word_set("ADJ(A) ADJ(D) ADV")
_NOT_NOUN_TAGS = word_set("ADV ADJ(D) FM VV(FIN) VV(INF) VV(IZU) VV(PP)")
# Prepositions that also open an infinitive group ("ohne lange zu warten"), and "am" before
# a superlative ("am besten leben").
_NO_ATTRIBUTE_AFTER = word_set("um ohne statt anstatt am")
# Tags of words that are no noun's small form: "oder", "man", "für", "können".
_FUNCTION_TAGS = word_set(
    "APPR APPO APZR KON KOKOM KOUS ART PIS PDS PRELS PPER PIAT ADV CARD PTKVZ VA(FIN) VM(FIN)"
)
# Suffixes that make adjectives of nouns: "wolkenhaft", "fehlerlos", "mühsam".
_ADJECTIVE_SUFFIXES = ("haft", "los", "sam", "bar", "lich", "ig", "isch")
# ... and those of adjectives from Latin and French stems: "kulturell", "digital", "aktiv".
_DERIVED_ADJECTIVE_SUFFIXES = (*_ADJECTIVE_SUFFIXES, "ell", "al", "iv", "ös", "ant", "ent")
# The genders of a singular noun "jed-" can stand for: "jeden" a masculine one, "jedes" …
_EACH_GENDERS = {"jeden": "m", "jedem": "mn", "jeder": "mf", "jede": "f", "jedes": "mn"}
_NEW_PARAGRAPH = "Nach einem abgeschlossenen Absatz beginnt ein neuer Satz, groß."
_SENTENCE_ENDS = (".", "!", "?")
# A paragraph this long is prose, not a list item, a caption or a table cell.
_MIN_PROSE_SENTENCES = 2
_MIN_PROSE_WORDS = 8
# Fewer words open a paragraph only as the tail of a sentence broken off before it.
_MIN_OPENING_SENTENCE = 4
# Shorter words are abbreviations or letters ("z.B.", "e"), no sentence's first or last word.
_MIN_WHOLE_WORD = 3
# Demonstratives that stand alone as a verb's object: "weil man diese lesen kann".
_STANDING_DEMONSTRATIVES = word_set("das dies diese dieses jene")
# ... and those that stand alone only before a relative clause.
_RELATIVE_ANTECEDENTS = word_set("dem den der")
_RELATIVE_OPENERS = RELATIVE_PRONOUNS | {"was"}
# The marks after which a clause's last word, its verb in verb-final order, has stood.
_CLAUSE_ENDS = CLAUSE_END_MARKS - {":"}
# A label this short before a colon opens a list item: "dynamisch: Mit …".
_MAX_LABEL_WORDS = 4
# Articles and contractions that lead a noun; "alle", "solche" may stand alone.
_LEADING_ARTICLES = DEFINITE | INDEFINITE | CONTRACTIONS
# Shorter unknown words are too often abbreviations or code to be taken for nouns.
_MIN_GUESSED = 5
# Abbreviations a full stop ends without ending the sentence.
_ABBREVIATIONS = word_set(
    "usw bzw vgl etc ggf abb kap tab bsp ca evtl inkl bspw bzgl hrsg prof zzgl sog aufl"
)


@register
class CapitalizationCheck:
    code = "capitalization"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose or block.is_heading:
            return
        if block.language == "en":
            found = case_errors(block.text, context.words(block))
            yield from english_findings(block, self.code, found)
            return
        if block.language != "de":
            return
        phrases = context.shared(_capitalised_pairs)
        written_as_code = context.shared(code_words)
        named = context.shared(_hyphen_names)
        previous: Sequence[Word] = ()
        opening = _small_paragraph_start(block, context)
        if opening is not None and opening.text not in written_as_code:
            text = say(
                self.code,
                "de",
                f"»{opening.text}« → »{capitalised(opening.text)}«: " + _NEW_PARAGRAPH,
            )
            yield Finding(block.index, opening.start, opening.end, self.code, text)
        for _sentence, tokens in context.sentences(block):
            quoted = _quoted(tokens)
            for index, token in enumerate(tokens):
                aged = _age_noun(tokens, index)
                if aged is not None and index not in quoted:
                    text = say(self.code, "de", aged)
                    yield Finding(block.index, token.start, token.end, self.code, text)
                if not is_word(token) or not token.text.isalpha():
                    continue
                if _abbreviated(tokens, index):
                    continue  # "im sog. Nullmodell": an abbreviation, not the noun "Sog"
                if index in quoted:
                    # Quoted text keeps its spelling, but a quoted reader is still addressed
                    # politely, and quoted speech opens with a capital.
                    if token.text == "sie" and _polite_imperative(tokens, index):
                        yield Finding(block.index, token.start, token.end, self.code, _POLITE)
                    elif quoted_sentence_start(tokens, index):
                        text = say(self.code, "de", _quoted_speech(token.text))
                        yield Finding(block.index, token.start, token.end, self.code, text)
                    continue
                if not token.text[1:].islower():
                    message = (
                        None  # "iPhone", "neuesNeues": a brand, code or two words run together
                    )
                elif token.text in written_as_code:
                    message = None  # "für programmname" beside "programmname.conf"
                elif token.text in named:
                    message = None  # "um Grub zu installieren" beside "die Grub-Shell"
                elif _italic_label(block, token):
                    message = None  # "die Farbpalette *Benutzerdefiniert*": a label, marked
                elif token.text[0].islower():
                    message = _small(tokens, index, previous)
                else:
                    message = should_be_lower(tokens, index, phrases)
                if message is not None:
                    text = say(self.code, "de", message)
                    yield Finding(block.index, token.start, token.end, self.code, text)
            previous = tokens


def _quoted_speech(word: str) -> str:
    """Capitalise quoted speech, or mark the change where the source has it small."""
    upper = capitalised(word)
    return (
        f"»{word}« → »{upper}«: Ein zitierter ganzer Satz beginnt groß; "
        f"steht es im Original klein, dann »[…] {word}« oder »[{upper[0]}]{word[1:]}«."
    )


def _age_noun(tokens: Sequence[Word], index: int) -> str | None:
    """ "ein 25-jähriger", "als 17-jährige": with no noun after it, "-Jährige" is the noun (K 72)."""
    match = _AGE.fullmatch(tokens[index].text)
    if match is None:
        return None
    rest = [
        token.text for token in tokens[index + 1 : index + 4] if token.text not in OPENING_QUOTES
    ]
    following, after = (rest + ["", ""])[:2]
    if following[:1].isupper() or (inflected_adjective(following) and after[:1].isupper()):
        return None  # "die 16-jährige Schülerin", "ein 20-jähriger junger Mann"
    word = tokens[index].text
    fixed = f"{match.group(1)}-J{word[len(match.group(1)) + 2 :]}"
    return f"»{word}« → »{fixed}«: Ohne folgendes Nomen steht »-Jährige« als Nomen, groß."


def _small(tokens: Sequence[Word], index: int, previous: Sequence[Word] = ()) -> str | None:
    """A word written small that should be capitalised, and why.

    ``previous``: the sentence before, in the same paragraph, whose noun a
    parallel phrase may leave out ("Das minimale Jahr … Das maximale ist …").
    """
    reason = _small_reason(tokens, index, previous)
    if reason is None or _beside_code(tokens, index) or _manual_page(tokens, index):
        return None  # "apt rdepends paket", "mount(8)": a command or placeholder
    return reason


def _small_reason(tokens: Sequence[Word], index: int, previous: Sequence[Word]) -> str | None:
    """What the rules say about a small word, before asking whether it stands beside code:
    most words draw no comment, so that costlier question is asked of few."""
    word = tokens[index].text
    upper = capitalised(word)
    if _after_full_stop(tokens, index) and (listed(word) or is_noun(upper)):
        return f"»{word}« → »{upper}«: Nach einem Punkt beginnt ein neuer Satz, groß."
    if _small_noun(tokens, index):
        return f"»{word}« → »{upper}«: Nomen werden großgeschrieben."
    governing = _preposition_and_attribute(tokens, index)
    if governing is not None:
        return (
            f"»{word}« → »{upper}«: Nach »{governing}« und dem Attribut steht ein Nomen, "
            "daher groß."
        )
    if _each_of_a_noun(tokens, index, previous):
        return None  # "Welcher Befehl passt? Probieren Sie jeden einzelnen aus.": noun left out
    reason = should_be_capital(tokens, index)
    if reason is not None:
        return f"»{word}« → »{upper}«: {reason}"
    if word == "sie" and _polite_imperative(tokens, index):
        return _POLITE.split(": ", 1)[1]
    found = nominalized(tokens, index)
    if found is None:
        return _guessed_noun(tokens, index)
    if _demonstrative_object(tokens, index):
        return None  # "sofern es diese anzeigen kann": "diese" stands alone, no article
    if found.kind == "adjective" and _said_before(previous, found.trigger, word):
        return None  # "Das minimale Jahr ist 1900. Das maximale ist …": the noun said before
    at = determiner_at(tokens, index) if found.kind == "adjective" and previous else None
    if at is not None and picked_across(previous, tokens, index, at):
        return None  # "Wir vergleichen zwei Pakete. Das erste …": one of those named before
    if (
        found.kind == "verb"
        and found.trigger.lower() == "zur"
        and tokens[index - 1].text == found.trigger
    ):
        # A nominalized infinitive is neuter ("zum Bearbeiten"): "zur" is "zu" mistyped.
        return (
            f"»{found.trigger} {word}« → »zu {word}«: Vor dem Infinitiv steht »zu« "
            f"(als Nomen hieße es »zum {upper}«)."
        )
    if found.kind == "phrase":
        return f"»{word}« → »{upper}«: Nomen in der festen Wendung »{found.trigger}«, daher groß."
    if found.kind == "bare":
        return f"»{word}« → »{upper}«: nominalisiertes Adjektiv (ohne folgendes Nomen), daher groß."
    what = {"verb": "nominalisiertes Verb", "adjective": "nominalisiertes Adjektiv"}
    kind = what.get(found.kind, "Nomen")
    return f"»{word}« → »{upper}«: {kind} nach »{found.trigger}«, daher groß."


def _each_of_a_noun(tokens: Sequence[Word], index: int, previous: Sequence[Word]) -> bool:
    """ "jeden einzelnen" after a sentence with a noun of the gender "jeden" asks ("Welcher
    Befehl …?"): one of those things, its noun left out, and small. "jeden einzelnen von
    uns" and "jeder Einzelne" without such a noun mean a person, the nominalization (Duden).
    A noun of its own clause is rather the subject ("Der Staat hilft jedem Einzelnen"), one
    of an earlier clause may be the thing ("Welcher Befehl passt, …, probieren Sie jeden …")."""
    genders = _EACH_GENDERS.get(tokens[index - 1].text.lower()) if index > 0 else None
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if genders is None or not tokens[index].text.startswith("einzeln") or following == "von":
        return False
    commas = [at for at in range(index) if tokens[at].text == ","]
    earlier_clauses = tokens[: commas[-1]] if commas else []
    return any(
        token.text[:1].isupper()
        and token.text.lower() not in PERSONAL_PRONOUNS  # "Sie", listed as a noun too
        and is_noun(token.text)
        and any(r[:1] in genders and ".sg." in r for r in nouns.compound_analyses(token.text))
        for token in [*previous, *earlier_clauses]
    )


def _said_before(previous: Sequence[Word], determiner: str, word: str) -> bool:
    """Whether the sentence before has another adjective with the same ending before a noun,
    after the same determiner: the phrase now leaves that noun out. A superlative needs no
    shared determiner, as it ranks what was just named ("… bis zu hoch entwickelten
    Werkzeugen. Wir fangen mit den einfachsten an.")."""
    ranked = superlative(word)
    return any(
        (ranked or first.text.lower() == determiner.lower())
        and adjective.text.islower()
        and adjective.text != word
        and adjective_ending(adjective.text) == adjective_ending(word)
        and inflected_adjective(adjective.text)
        and noun.text[:1].isupper()
        and is_noun(noun.text)
        for first, adjective, noun in zip(previous, previous[1:], previous[2:], strict=False)
    )


def _beside_code(tokens: Sequence[Word], index: int) -> bool:
    """A small word beside a command or placeholder, or an English word among German ones."""
    word = tokens[index].text
    if is_english(word) and not listed(word) and not is_noun(capitalised(word)):
        return True  # "status", "closes", "overrides": English, not a German noun written small
    neighbours = [tokens[i] for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
    return any(
        token.text.islower()
        and len(token.text) > 2
        and (
            _CODE_NAME.fullmatch(token.text) is not None  # "a2enmod modul": digits in a name
            or is_word(token)
            and not listed(token.text)
            and not is_english(token.text)
            and token.text not in APART  # "im nachhinein garnicht": two words run together
        )
        for token in neighbours
    )


# A command's name with digits among its letters: "a2enmod", "mp3gain", "x264".
_CODE_NAME = re.compile(r"[a-z]+\d+[a-z][a-z\d]*|[a-z]\d+")


def _manual_page(tokens: Sequence[Word], index: int) -> bool:
    after = tokens[index + 1 : index + 3]
    return len(after) == 2 and after[0].text == "(" and after[1].text[:1].isdigit()


def _small_noun(tokens: Sequence[Word], index: int) -> bool:
    """A noun written small: no word in lower case, a noun capitalised, and no typo of a word."""
    word = tokens[index].text
    upper = capitalised(word)
    if len(word) < 3 or not is_noun(upper):
        return False
    if listed(word):
        return False  # "leben", "grenzen": a word in lower case too, judged by its context
    if is_english(word):
        return False  # "open source": an English term in German text
    if nouns.only_name(upper) or (tags(word) == {"NE"} and not nouns.analyses(upper)):
        return False  # "die Benutzer alice und bob": a login or host, named in lower case
    before = tokens[index - 1].text if index > 0 else ""
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if before in ("-", ")", "(", "/") or after in ("-", "/") or after.lower() == word:
        return False  # "(Groß-)eltern", "Verbindungs- und", a word corrected right after it
    # "kundenakte", "patientenakte": the lexicon's noun or a compound on one outweighs the
    # tagger's guess at a word Hunspell lacks, unless that guess is an infinitive ("kacheln",
    # "zutun" for "zu tun") or a numeral ("zwischen den zweien")
    compound = _noun_only_head(upper)
    numeral = "CARD" in tags(word) or "CARD" in tags(word.removesuffix("en"))
    listed_noun = nouns.is_listed(upper) and not tags(word) & INFINITIVE and not numeral
    plainly_noun = listed_noun or compound
    if (inflected_adjective(word) or tags(word) & _NOT_NOUN_TAGS) and not plainly_noun:
        return False  # "energieraubende", "teleportieren": a word Hunspell lacks, not a noun
    if _adjective_compound(word):
        return False  # "einsatzreif", "wasserdicht": a noun before an adjective makes an adjective
    claimed = before.lower() in ARTICLES or before.lower() in CONTRACTIONS
    if claimed and word.endswith(ADJECTIVE_ENDINGS) and is_noun(after):
        return False  # "einem provinzialen Wettbewerb": between article and noun, an adjective
    if not claimed and not compound and _verb_final(tokens, index):
        return False  # "dass Sie es problemlos kacheln, …": a verb the lexicon lacks
    if _demonstrative_object(tokens, index):
        return False  # "muss man diese quoten,": the infinitive a modal waits for
    if after.lower().startswith(word[:2]):
        return False  # "selb selbst": a fragment the writer struck out and wrote again
    if not likely_typo(word):
        return True
    # One edit from another word ("mann", "eis"): a typo unless a determiner, or an
    # adjective with its ending ("mit zunehmender größe"), asks for a noun.
    attribute = before.islower() and inflected_adjective(before)
    return (claimed or attribute) and not after[:1].isupper()


def _preposition_and_attribute(tokens: Sequence[Word], index: int) -> str | None:
    """ "in weiten teilen", "auf zwei wegen": after a preposition and an inflected adjective or
    a numeral, a small word whose capitalised form is a noun in the governed case is that
    noun; no verb stands there. The words before it, if a verb does follow ("mit anderen
    teilen", "mit kleinen spielen"), are a noun phrase themselves, so the word must not end
    the clause; "anderen", "vielen" are pronouns. Returns the preposition."""
    word = tokens[index].text
    if index + 1 >= len(tokens) or not is_word(tokens[index + 1]) or not word.isalpha():
        return None
    following = tokens[index + 1].text
    finite = grammar.only_finite_verb(following) and "VV(PP)" not in tags(following)
    if following == "zu" or finite or following in MODALS:
        return None
    if following.islower() and inflected_adjective(following):
        return None  # "durch alte lokal gespeicherte Dateien": an adverb before an attribute
    at = index - 1
    while at > 0 and _attribute_word(tokens[at].text):
        at -= 1
    preposition = tokens[at].text
    if at == index - 1 or preposition not in PREPOSITIONS or preposition in _NO_ATTRIBUTE_AFTER:
        return None
    found = tags(word)
    if "NN" not in found or found & _FUNCTION_TAGS or inflected_adjective(word):
        return None  # "mit gleicher oder ähnlicher", "am besten werden": no noun's place
    cases = GOVERNED_CASES.get(preposition, OBLIQUE)
    readings = nouns.analyses(capitalised(word))
    return preposition if any(reading.endswith(cases) for reading in readings) else None


def _attribute_word(text: str) -> bool:
    """An inflected adjective or a numeral written small, no pronoun: "weiten", "zwei"."""
    if not text.islower() or pronoun_like(text) or not listed(text):
        return False
    return inflected_adjective(text) or "CARD" in tags(text)


def _noun_only_head(upper: str) -> bool:
    """ "Papier|akte": a word before a noun that is nothing but a noun, so the tagger's guess
    at the small word ("papierakte" an adjective) counts for nothing. "Energierau|bende"
    ends in "Ende", a word form too; "Herauszo|omen" has no word before its end; "wolken|haft"
    ends in an adjective's suffix."""
    head = nouns.head(upper)
    if head is None or head == upper or len(head) < 4 or listed(head.lower()):
        return False
    if upper.endswith(_ADJECTIVE_SUFFIXES):
        return False
    return nouns.front_is_word(upper[: len(upper) - len(head)], listed)


def _guessed_noun(tokens: Sequence[Word], index: int) -> str | None:
    """A word no dictionary knows small but whose capitalised form is a noun, led by an article
    or a contraction, past one adjective, with the clause going on after it: "die trockenmasse
    des Maises", "am späten abend im Labor". The tagger's guess for such a word (a verb, an
    adjective) counts for less than the article before it."""
    word = tokens[index].text
    upper = capitalised(word)
    if len(word) < _MIN_GUESSED or listed(word) or is_english(word) or not is_noun(upper):
        return None
    before = tokens[index - 1].text.lower() if index > 0 else ""
    leading = tokens[index - 2].text.lower() if index > 1 else ""
    led = before in _LEADING_ARTICLES or (
        inflected_adjective(before) and leading in _LEADING_ARTICLES
    )
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    goes_on = following[:1].islower() or following in (",", ".", ";")
    if not led or not goes_on or inflected_adjective(word):
        return None  # "Eine divisio (Plural …)": a foreign term glossed after it
    return f"»{word}« → »{upper}«: Nomen werden großgeschrieben."


def _adjective_compound(word: str) -> bool:
    """A noun and an adjective joined: the adjective is the compound's head ("einsatzreif").
    Inflected, it must be a derived adjective ("fachkulturellen"): "grundrechte" ends in
    "recht" too, and is a noun."""
    stems = [word]
    for ending in ADJECTIVE_ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and stem.endswith(_DERIVED_ADJECTIVE_SUFFIXES):
            stems.append(stem)
    for stem in stems:
        for length in range(3, len(stem) - 2):
            head, rest = stem[-length:], stem[:-length]
            if listed(head) and "ADJ(D)" in tags(head):
                if is_noun(capitalised(rest)) or is_noun(capitalised(rest.removesuffix("s"))):
                    return True
                break
    return False


def _verb_final(tokens: Sequence[Word], index: int) -> bool:
    """An "-n" word that ends a clause with an open verb bracket, right after an adverb.

    Where a subordinate clause puts its verb ("…, dass Sie es problemlos
    kacheln, …"), or a modal waits for its infinitive ("muss man etwas Neues
    „posten“."), an unknown word shaped like an infinitive is that verb.
    """
    start, ahead = _quoted_extent(tokens, index)
    before = tokens[start - 1].text if start > 0 else ""
    after = tokens[ahead].text if ahead < len(tokens) else "."
    if not tokens[index].text.endswith("n") or after not in _CLAUSE_ENDS or not before.isalpha():
        return False
    if before in ARTICLES or tags(before.lower()) & DETERMINER_TAGS:
        return False  # "mit seinen eltern.": a noun phrase ends here
    attribute = before.islower() and inflected_adjective(before)
    if attribute and may_qualify(before, nouns.compound_analyses(capitalised(tokens[index].text))):
        return False  # "mit guten freunden.", but not "etwas neues posten.": no "neues Posten"
    opened = clause_before(tokens, start)
    if opened and opened[0].text.lower() in SUBORDINATORS:
        return True
    return any(token.text.lower() in MODALS for token in opened)


def _demonstrative_object(tokens: Sequence[Word], index: int) -> bool:
    """ "muss man diese quoten,", "sofern das Format diese anzeigen kann.": a modal waits for its
    infinitive, and nothing else can be it, so "diese" stands alone as the verb's object.

    "dem", "den", "der" stand alone where a relative clause follows the verb: "kann sich
    von dem unterscheiden, den Windows vermutet"."""
    start, ahead = _quoted_extent(tokens, index)
    before = tokens[start - 1].text.lower() if start > 0 else ""
    if before in _RELATIVE_ANTECEDENTS:
        relative = ahead + 1 < len(tokens) and tokens[ahead].text == ","
        if not relative or tokens[ahead + 1].text.lower() not in _RELATIVE_OPENERS:
            return False
    elif before not in _STANDING_DEMONSTRATIVES:
        return False
    if ahead + 1 < len(tokens) and tokens[ahead].text in MODALS:
        return tokens[ahead + 1].text in _CLAUSE_ENDS  # the infinitive, then its modal
    after = tokens[ahead].text if ahead < len(tokens) else "."
    opened = clause_before(tokens, start - 1)
    return after in _CLAUSE_ENDS and any(token.text.lower() in MODALS for token in opened)


def _quoted_extent(tokens: Sequence[Word], index: int) -> tuple[int, int]:
    """Where the word starts and what follows it, with quotation marks around it included."""
    start = index
    while start > 0 and tokens[start - 1].text in OPENING_QUOTES:
        start -= 1
    ahead = index + 1
    while ahead < len(tokens) and tokens[ahead].text in CLOSING_QUOTES:
        ahead += 1
    return start, ahead


def _abbreviated(tokens: Sequence[Word], index: int) -> bool:
    """ "sog.", "vgl.": a listed abbreviation, its full stop right after it."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        tokens[index].text.lower() in _ABBREVIATIONS
        and after is not None
        and after.text == "."
        and after.start == tokens[index].end
    )


def _small_paragraph_start(block: Block, context: DocumentContext) -> Word | None:
    """The paragraph's first word, written small though a sentence opens there: a heading
    or the end of a sentence is before it, and this paragraph is prose that ends one too. A list item
    ("die Kosten senken;"), a table cell or the "wobei …" after a formula goes on instead."""
    before = context.shared(_paragraph_before).get(block.index)
    if before is None or before.has_formula or block.has_formula:
        return None
    if not before.is_heading:
        if not before.is_prose or not before.text.rstrip().endswith(_SENTENCE_ENDS):
            return None
        last = context.words(before)[-1:]
        if (
            not last
            or len(last[0].text) < _MIN_WHOLE_WORD
            or last[0].text.lower() in _ABBREVIATIONS
        ):
            return None  # "wie z.B." or "(S. 4).": an abbreviation's point, no sentence's end
    words, sentences = context.words(block), context.sentences(block)
    if len(sentences) < _MIN_PROSE_SENTENCES or len(words) < _MIN_PROSE_WORDS:
        return None
    if not block.text.rstrip().endswith(_SENTENCE_ENDS):
        return None
    if len(sentences[0][1]) < _MIN_OPENING_SENTENCE:
        return None  # "errechnet. Im folgenden …": the tail of a sentence broken off before
    if before.is_heading and not any(
        grammar.can_be_finite_verb(token.text) for token in sentences[0][1][1:]
    ):
        return None  # "größtenteils von …" under "Autoren": the heading's phrase goes on
    first = words[0]
    if first.start != len(block.text) - len(block.text.lstrip()) or not first.text.isalpha():
        return None  # "(siehe …)", "„zitiert“": a mark opens the paragraph
    if ":" in (token.text for token in sentences[0][1][1 : _MAX_LABEL_WORDS + 1]):
        return None  # "frei verfügbar: Jeder darf …": a list item's label, its text after it
    if not first.text.islower() or not (listed(first.text) or is_noun(capitalised(first.text))):
        return None
    if len(first.text) < _MIN_WHOLE_WORD or is_english(first.text):
        return None  # "option", "mount": a command or option a manual lists
    if grammar.can_be_finite_verb(first.text):
        return None  # "erzwingt die Dekompression.": the tail of a term defined before it
    return first


def _paragraph_before(context: DocumentContext) -> dict[int, Block]:
    """Each block's index, and the block before it in the document."""
    return {block.index: before for before, block in itertools.pairwise(context.blocks)}


def _after_full_stop(tokens: Sequence[Word], index: int) -> bool:
    """Whether a full stop after a whole word (no abbreviation, no number) precedes."""
    if index < 2 or tokens[index - 1].text not in (".", "!", "?"):
        return False
    if tokens[index].start == tokens[index - 1].end:
        return False  # "?und": no space, no new sentence
    before = tokens[index - 2]
    if before.text in CLOSING_QUOTES and index >= 3:
        before = tokens[index - 3]  # "… gewahrt wird“. zusätzlich": the quotation ended it
    if tokens[index - 1].text != "." and tokens[index - 1].start > before.end:
        return False  # "mit ! oder ? schreiben": the marks are named, not used
    opened = sum(
        1 if token.text == "(" else -1 if token.text == ")" else 0 for token in tokens[:index]
    )
    if opened > 0:
        return False  # "(Quint. inst. 5,11,6)": an abbreviated author and work, cited
    if before.text == ")" and tokens[index - 1].text == ".":
        # "… (Kuckartz 2014, S. 71). befragt wurden": a citation ends the sentence; "7)." alone
        # numbers a list item
        return any(token.text == "(" for token in tokens[: index - 2])
    return (
        is_word(before)
        and len(before.text) >= 3
        and before.text.lower() not in _ABBREVIATIONS
        and (
            listed(before.text)
            or listed(before.text.lower())
            or len(before.text) > LONGEST_ABBREVIATION  # "Reichspräsdienten. kritische"
        )
    )


def _polite_imperative(tokens: Sequence[Word], index: int) -> bool:
    """ "Stellen sie sich vor.": a verb first, "sie" right after it, and no question mark.

    The verb opens the sentence, or a quotation or "Bitte" before it.
    """
    verb_at = index - 1
    if verb_at >= 1 and tokens[verb_at - 1].text in ("Bitte", "Aber"):
        verb_at -= 1
    quoted = verb_at > 0 and tokens[verb_at - 1].text in OPENING_QUOTES
    opens = verb_at == 0 or quoted or (verb_at > 0 and tokens[verb_at - 1].text == ":")
    if verb_at < 0 or not opens:
        return False
    end = next((t.text for t in tokens[index:] if t.text in (".", "!", "?")), ".")
    comma = next((at for at in range(index, len(tokens)) if tokens[at].text == ","), None)
    following = tokens[comma + 1].text if comma is not None and comma + 1 < len(tokens) else ""
    after = tokens[comma + 2].text if comma is not None and comma + 2 < len(tokens) else ""
    second_imperative = after.lower() == "sie"  # "Lesen Sie …, prüfen Sie …"
    if grammar.only_finite_verb(following) or (
        following.islower() and grammar.can_be_finite_verb(following) and not second_imperative
    ):
        return False  # "Werden sie erkannt, heißt das …": a condition, its main clause next
    verb = tokens[index - 1].text
    # "Bitte beachten sie …", "„denken sie nur …“": a quotation may start small
    first = verb[:1].isupper() or verb_at < index - 1 or quoted
    return end != "?" and first and grammar.can_be_infinitive(verb.lower())


def _quoted(tokens: Sequence[Word]) -> set[int]:
    """Indices of tokens inside quotation marks: quoted text keeps its own spelling.

    One or two words in quotation marks are the author's own, marked as a term
    or with distance ("die sogenannte „klamottensucht“"), and are read, unless
    a class noun before them says they name a thing ("die Tabelle „kunde“").
    """
    inside: set[int] = set()
    depth = 0
    opened = 0
    for index, token in enumerate(tokens):
        if token.text in CLOSING_QUOTES and depth > 0:
            depth -= 1
            named = opened > 0 and names_a_thing(tokens[opened - 1].text)
            if depth == 0 and index - opened <= _SCARE_QUOTE + 1 and not named:
                inside.difference_update(range(opened, index))
        elif token.text in OPENING_QUOTES:
            depth += 1
            opened = index
        elif depth > 0:
            inside.add(index)
    return inside


def _italic_label(block: Block, token: Word) -> bool:
    """A capitalised word in a short italic stretch that opens with a capital: an interface
    label or a title the author marked ("*Bedingte Formatierung*"), spelt as it is named."""
    stretch = block.italic_term(token.start, token.end)
    return stretch is not None and stretch.lstrip("»„“\"'")[:1].isupper()


def _hyphen_names(context: DocumentContext) -> frozenset[str]:
    """ "Grub" of "die Grub-Shell", "GRUB-Abbilder", "»Bind«-Aktion": the document's names.

    A word that opens a hyphenated compound before a noun is a noun there,
    whatever verb its letters also spell ("grub", "bind"). Adjectives open such
    compounds as often ("Neu-Installation"), so they are no evidence.
    """
    found: set[str] = set()
    for block in context.blocks:
        if block.language == "de" and block.is_prose:
            found.update(match.capitalize() for match in _HYPHEN_FIRST_PART.findall(block.text))
    return frozenset(word for word in found if not tags(word) & _DESCRIBING_TAGS)


def _capitalised_pairs(context: DocumentContext) -> Counter[str]:
    """ "Künstliche Intelligenz" written alike twice or more is a term, not a slip."""
    pairs: Counter[str] = Counter()
    for block in context.blocks:
        if block.language != "de" or not block.is_prose:
            continue
        for _sentence, tokens in context.sentences(block):
            # The first word is capitalised anyway, after a section's number too
            # ("2 Theoretische Grundlagen"), so it is no evidence of a term.
            opening = 2 if tokens and tokens[0].text[:1].isdigit() else 1
            for first, second in itertools.pairwise(tokens[opening:]):
                if first.text[:1].isupper() and second.text[:1].isupper():
                    pairs[term_key(first.text, second.text)] += 1
    return pairs
