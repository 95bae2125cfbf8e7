"""Cheap, offset-exact word and sentence splitting.

SoMaJo gives better tokens but costs ~1.6 s per 20,000 words on its own, more
than half the analyzing budget, so the checks use these regexes instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

# A chunk of non-space text; URLs, e-mail addresses, paths and code are whole chunks.
_CHUNK = re.compile(r"\S+")
# A gender sign before the feminine ending ("Lehrer*innen", "Kund:in") keeps one word:
# the checks read it as the feminine form ("Lehrerinnen"), not as "Lehrer" and a fragment.
# The plural ending may open a compound: "Bürger*innenbeteiligung".
_FEMININE = r"(?:in(?![^\W\d_])|innen[^\W\d_]*)"
# The signs that join a masculine and a feminine form: "Lehrer*innen", "des:der".
GENDER_SIGNS: Final = frozenset("*:·")
_SIGN = "[" + re.escape("".join(sorted(GENDER_SIGNS))) + "]"
_GENDER_SIGN = re.compile(_SIGN + "(?=" + _FEMININE + ")")
_GENDERED = r"(?:" + _SIGN + _FEMININE + ")?"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*" + _GENDERED)
# Words (with digits and inner hyphens) and single punctuation marks, for rules about structure.
# A decimal comma joins its digits ("3,1 Prozent"): no comma of the sentence's structure.
# Digits run into letters stay one word ("30jährige"), which the compound rules read.
_DECIMAL = r"\d+(?:,\d+)+"
_TOKEN = re.compile(_DECIMAL + r"|\w+(?:['’-]\w+)*" + _GENDERED + r"|[^\w\s]")
_NUMBER = re.compile(r"\d+(?:,\d+)*")
# Sentence punctuation after a code chunk, which belongs to the sentence, not the code.
_TRAILING = ".,;:!?"
# URLs, addresses, paths, code, options, file names that start with a dot (".postinst"),
# globs ("*.gif"), commands after a "!" sigil ("!node"), and a quotation's editorial
# "[B]eneidenswert".
# A chunk starts after a space, so the one pattern tests a chunk or a whole span: most
# sentences have no code at all, and their words are then found in one pass.
_NOT_PROSE = re.compile(
    r"://|(?<!\S)www\.|@|[/\\_=<>{}|#~^`]|\w\.\w|(?<!\S)-|(?<!\S)[.!]\w|\*\.\w|\]\w"
)

# A sentence ends at . ! ? (or …) followed by space and something that can start one.
# Masked code ("_", see Block.readable) may start one too: "… beziehen. debhelper enthält …".
# A footnote's number in brackets may follow the stop: "… verschmieren.[11] Ursprünglich …".
# What may open a sentence before its first letter: a quotation mark or a bracket.
_OPENING_MARK = r"[\"„»(\[]?"
_SENTENCE_END = re.compile(
    r"[.!?…]+[»«\"“”')\]]*(?:\[\d{1,3}\])*(?=\s+" + _OPENING_MARK + r"[A-ZÄÖÜ0-9_])"
)
# For counting a sentence's words, a full stop after a word or bracket ends one before what
# starts in small letters or a sign, too: "… mlocate. systemd will …", "… aus. + wählt …",
# "… invoked. /usr/share/doc/README is …"; a stop alone is none ("und . - ein Punkt", a
# regular expression's dot).
_LOOSE_SENTENCE_END = re.compile(
    _SENTENCE_END.pattern + r"|(?<=[\w)\]\"“”»'’])\.(?!\.)(?=\s+[a-zäöüß*+\-/~])"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:z|d|u|o|s|v|i|e|bzw|ca|vgl|usw|etc|Nr|Abb|Tab|Kap|Aufl|Hrsg|Dr|Prof|Jh|evtl|ggf|"
    r"inkl|bspw|sog|ff|f|S|Vol|No|pp|al|ed|eds|et|Fig|e\.g|i\.e|vs|Mr|Mrs|Ms|St|"
    r"Abs|Bd|Jg|Rn|Rdnr|Ziff|Anm|bzgl|zzgl|gem|lt|Mio|Mrd|Tsd|Jhd|Bsp|ehem|insb|Hg|"
    r"Jr|Sr|Inc|Ltd|Corp|Co)"
    r"|\b[A-ZÄÖÜ]|\b\d{1,3})\.$",
    re.IGNORECASE,
)
# Enough characters before a full stop to hold the longest abbreviation above and the
# character before it, which its word boundary reads.
_ABBREVIATION_REACH = 8
_YEAR_DIGITS = 4
# The most letters an abbreviation of a word has ("Anmerk.", "Übers."): a longer word before
# a full stop ends its sentence, whether a dictionary knows it or not.
LONGEST_ABBREVIATION = 8
# Abbreviations that are words too, and abbreviate only before a number: "Art. 5 GG".
_BEFORE_NUMBER = re.compile(r"\bArt\.$")

# "usw." and "etc." close a list, and a capital after them opens the next sentence ("usw.
# Besondere Fälle …", "etc. Man …"); what goes on with the sentence is small ("usw. zu den …").
_LIST_END = re.compile(r"\b(?:usw|etc)\.$", re.IGNORECASE)
# A number's full stop is an ordinal's ("am 2. Oktober") unless a word follows that starts
# sentences and is no noun ("Konsole 3. Sie"), or a polite imperative, which only opens one.
_ORDINAL_END = re.compile(r"\b\d{1,3}\.$")
_CAPITAL_FOLLOWS = re.compile(r"\s+" + _OPENING_MARK + "[A-ZÄÖÜ]")
_OPENS_SENTENCE = re.compile(
    r"\s+(?:Der|Die|Das|Dies|Diese|Dieser|Dieses|Ein|Eine|Er|Es|Sie|Wir|Ich|Man|Wenn|Falls|"
    r"Dann|Daher|Damit|Danach|Außerdem|Zudem|Auch|Hier|So|Um|In|Im|Auf|Mit|Für|Bei|Nach|Als|"
    r"Aber|Jedoch|The|This|It|If|When|A|An|[A-ZÄÖÜ][a-zäöüß]+en\s+Sie)\b"
)

# Quotation marks, German („…“, »…«) and straight: one set for every rule that reads quotes.
OPENING_QUOTES = frozenset('„»“‚‘"')
CLOSING_QUOTES = frozenset('“”«‘’"')
QUOTES = OPENING_QUOTES | CLOSING_QUOTES

# Longer than any word in use ("Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"
# has 63 letters). Compound analysis and the tagger grow faster than linearly with length,
# so a longer token, hostile or garbled, is not analysed at all.
MAX_WORD_LENGTH = 64


# Not frozen: a frozen dataclass's __init__ costs three times as much, and tokenising a
# thesis builds some 60,000 of them. Nothing changes a word once it is made.
@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def words(text: str) -> list[Word]:
    """Every word of plain prose; chunks that look like URLs, e-mails or code yield none."""
    if _all_prose(text, 0, len(text)):
        return [Word(match.start(), match.end(), match.group()) for match in _WORD.finditer(text)]
    found: list[Word] = []
    for chunk in _CHUNK.finditer(text):
        if _NOT_PROSE.search(chunk.group()):
            continue
        for match in _WORD.finditer(chunk.group()):
            start = chunk.start() + match.start()
            found.append(Word(start, start + len(match.group()), match.group()))
    return found


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Words and punctuation marks of ``text[start:end]``, with offsets into ``text``.

    A chunk that looks like a URL, an address or code becomes one token, so
    no rule reads its dots and slashes as sentence structure.
    """
    stop = len(text) if end is None else end
    if _all_prose(text, start, stop):
        return [Word(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, stop)]
    found: list[Word] = []
    for chunk in _CHUNK.finditer(text, start, stop):
        if _NOT_PROSE.search(chunk.group()):
            found.extend(_opaque(chunk.start(), chunk.group()))
            continue
        for match in _TOKEN.finditer(chunk.group()):
            at = chunk.start() + match.start()
            found.append(Word(at, at + len(match.group()), match.group()))
    return found


def _all_prose(text: str, start: int, stop: int) -> bool:
    """No chunk of ``text[start:stop]`` is a URL, an address or code."""
    return _NOT_PROSE.search(text[start:stop]) is None


def _opaque(at: int, chunk: str) -> list[Word]:
    """A code chunk as one token, but the punctuation around it stays the sentence's:
    "(stable)," is "(", "stable", ")", "," so the comma still ends the clause, and
    "»make«" is "»", "make", "«", a quoted command like any quoted word."""
    core = chunk.rstrip(_TRAILING)
    opening = core.startswith("(") and core.endswith(")") and len(core) > 2
    left, right = (1, len(core) - 1) if opening else (0, len(core))
    while left < right - 1 and core[left] in OPENING_QUOTES:
        left += 1
    while right - 1 > left and core[right - 1] in CLOSING_QUOTES:
        right -= 1
    if right <= left:
        return [Word(at, at + len(chunk), chunk)]
    marks = [(i, i + 1) for i in range(left)]
    marks += [(left, right)]
    marks += [(i, i + 1) for i in range(right, len(chunk))]
    return [Word(at + i, at + j, chunk[i:j]) for i, j in marks]


def gendered(text: str) -> tuple[str, str] | None:
    """ "Kommiliton*innen" → ("Kommiliton", "innen"): the stem and the feminine ending
    a gender sign parts, or None for a word without one."""
    match = _GENDER_SIGN.search(text)
    return (text[: match.start()], text[match.end() :]) if match else None


def abbreviation_stop(tokens: Sequence[Word], at: int) -> bool:
    """Whether ``tokens[at]`` is the full stop of an abbreviation or ordinal inside a sentence
    ("u. a.", "z. B.", "ca.", "3."), which ends no clause."""
    if not (tokens[at].text == "." and 0 < at < len(tokens) - 1):
        return False
    word = tokens[at - 1].text + "."
    numbered = _BEFORE_NUMBER.search(word) is not None and tokens[at + 1].text[:1].isdigit()
    return tokens[at].start == tokens[at - 1].end and (
        _ABBREVIATION.search(word) is not None or numbered
    )


def mark_before(text: str, start: int) -> str:
    """The last character before ``start`` that is no space ("" at the text's start)."""
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return text[at] if at >= 0 else ""


def is_number(text: str) -> bool:
    """Digits, with a decimal comma maybe: "2019", "3,5"."""
    return _NUMBER.fullmatch(text) is not None


def is_year(text: str) -> bool:
    """Four digits, as a year is cited: "2019"."""
    return len(text) == _YEAR_DIGITS and text.isdigit()


def is_code(token: Word) -> bool:
    """A chunk kept whole as code, a URL or a path (set as code in the document, it is masked
    as ``_``)."""
    return _NOT_PROSE.search(token.text) is not None


def is_word(token: Word) -> bool:
    return _is_word_text(token.text)


@lru_cache(maxsize=100_000)
def _is_word_text(text: str) -> bool:
    """Cached: every rule asks this of every token."""
    return text[:1].isalpha() and _WORD.fullmatch(text) is not None


def sentences(text: str, *, loose: bool = False) -> Iterator[Sentence]:
    """The sentences of a paragraph, with their spans (trailing space excluded).

    ``loose`` also ends one at a full stop before a small letter, which a
    checker reading case must not do ("Nach dem Punkt. dann …" is its finding)
    but a word count may.
    """
    start = 0
    for match in (_LOOSE_SENTENCE_END if loose else _SENTENCE_END).finditer(text):
        # The abbreviation patterns end at the stop; searching only its last few characters
        # keeps a paragraph's split linear rather than quadratic in its sentences' length.
        end = match.start() + 1
        tail = max(start, end - _ABBREVIATION_REACH)
        numbered = (
            _BEFORE_NUMBER.search(text, tail, end) and text[match.end() :].lstrip()[:1].isdigit()
        )
        abbreviated = match.group().startswith(".") and (
            _ABBREVIATION.search(text, tail, end) or numbered
        )
        if abbreviated and not _closes_sentence(text, tail, end, match.end()):
            continue
        yield from _sentence(text, start, match.end())
        start = match.end()
    yield from _sentence(text, start, len(text))


def _closes_sentence(text: str, tail: int, stop: int, after: int) -> bool:
    """Whether an abbreviation's or a number's full stop ends a sentence all the same."""
    if _LIST_END.search(text, tail, stop):
        return _CAPITAL_FOLLOWS.match(text, after) is not None
    return _ORDINAL_END.search(text, tail, stop) is not None and bool(
        _OPENS_SENTENCE.match(text, after)
    )


def _sentence(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Sentence(start, end, text[start:end])
