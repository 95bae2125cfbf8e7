"""Filler and colloquial words, in forms that are only ever used that way.

Inflected forms stay silent: "der eigentliche Grund" and "echte Daten" are
adjectives. "echt" counts only as an intensifier before another word.
Quoted words are the source's. "ziemlich" is standard German, and after a
negation, "ob" or "falls" "irgendwelche" means "any", which no plainer word
says better.

In English, contractions are spelt out ("didn't" → "did not"), and "a lot",
"lots of" and a hedging "kind of" after a copula are informal; "this kind of
analysis" names a kind. A filler opening a sentence counts there too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from services.processor.checker import grammar
from services.processor.checker.clipped_verbs import full_first_person
from services.processor.checker.context import DocumentContext
from services.processor.checker.contractions import spelled_out
from services.processor.checker.dictionary import speller
from services.processor.checker.english_confusions import possessive_its
from services.processor.checker.finding import Block, Finding
from services.processor.checker.lexicon import ARTICLES, VERB_PARTICLES, word_set
from services.processor.checker.messages import say
from services.processor.checker.quotations import inside, quoted_block, quoted_spans
from services.processor.checker.registry import register
from services.processor.checker.tokens import Word, mark_before

# After these, "irgendwelche" asks or denies "any": "ob irgendwelche Fehler", "ohne irgendwelche",
# "weder … noch sind irgendwelche Hinweise", "kaum irgendwelche".
_ANY_CONTEXT = frozenset(
    ["nicht", "ohne", "kein", "keine", "keinen", "nie", "ob", "falls", "wenn", "sofern"]
    + ["weder", "noch", "kaum"]
)
# Where the clause "irgendwelche" stands in began.
_CLAUSE_MARKS = ",;:.!?("
# What sets "eigentlich" against the facts: a contrast after it, a question word before it.
_CONTRASTS = word_set("aber doch jedoch sondern allerdings trotzdem dennoch")
_QUESTION_OPENERS = word_set("was wer wie welche welcher welches welchen wozu warum wo ob")
# Word → a more formal choice, or "" where the word is best left out.
_GERMAN = {
    "halt": "",
    "eigentlich": "",
    "irgendwie": "",
    "irgendwelche": "bestimmte / einige",
    "irgendwas": "etwas",
    "super": "sehr / hervorragend",
    "total": "völlig / sehr",
    "mega": "sehr",
    "krass": "erheblich",
    "echt": "",
    "bisschen": "etwas",
    "quasi": "gewissermaßen",
    "sowieso": "ohnehin",
    "kriegen": "erhalten",
    "kriegt": "erhält",
    "kriegte": "erhielt",
    "kriegten": "erhielten",
    "gekriegt": "erhalten",
    "eh": "ohnehin",
    "klappt": "gelingt",
    "klappen": "gelingen",
    "okay": "angemessen",
    "ok": "angemessen",
    "nochmal": "noch einmal",
    "erstmal": "zunächst",
    "sozusagen": "",
    "zumindestens": "zumindest",
    "gucken": "sehen / betrachten",
    "guckt": "sieht / betrachtet",
    "guckte": "sah / betrachtete",
    "geguckt": "gesehen / betrachtet",
    "kapieren": "verstehen",
    "kapiert": "versteht / verstanden",
    "kapierte": "verstand",
    "guckten": "sahen / betrachteten",
    "kapierten": "verstanden",
    "wahnsinnig": "sehr / außerordentlich",
    "unheimlich": "sehr / außerordentlich",
    "tierisch": "sehr",
}
# Adverbs clipped in speech ("raus" for "heraus" or "hinaus"), alone or as a verb's first
# part. "rein" alone is also "pure" ("rein rechnerisch"); only in a verb is it clipped.
_CLIPPED = {"raus": "heraus", "runter": "herunter", "rauf": "herauf", "rüber": "herüber"}
_CLIPPED_PREFIXES = ("raus", "runter", "rauf", "rüber", "rein")
# "in keinster Weise", "der einzigste Grund": "kein" and "einzig" cannot be raised;
# the plain form says it all.
_NO_SUPERLATIVE = {"keinster": "keiner", "keinsten": "keinen", "keinstem": "keinem"} | {
    f"einzigst{ending}": f"einzig{ending}" for ending in ("e", "en", "er", "es", "em")
}
_GERMAN.update(_NO_SUPERLATIVE)
_ENGLISH = {
    "pretty": "rather / fairly",
    "really": "",
    "basically": "",
    "stuff": "material",
    "gonna": "going to",
    "wanna": "want to",
    "okay": "acceptable",
    "totally": "entirely",
}
# "echt"/"total"/"pretty" are also plain adjectives; only before another word are they fillers.
_ONLY_AS_INTENSIFIER = frozenset(
    {"echt", "total", "pretty", "super", "wahnsinnig", "unheimlich", "tierisch"}
)
# Before "Mal" as a noun, or after a number: "jedes Mal", "drei mal vier".
_NOT_PARTICLE_MAL = word_set("zum dieses jedes manches ein kein x")
_FACTOR_MARKS = frozenset("0123456789-")
# Short English words "pretty" grades as a filler: "pretty much", "pretty clear".
_GRADED_BY_PRETTY = word_set(
    "much well sure clear similar close good bad high low large small big often hard "
    "easy common strong weak simple rare stable new old fast slow long short obvious"
)
# After these "kind of" and "sort of" hedge ("is kind of a trade-off"); after "this" or
# "a" they name a kind, which is plain English.
_ENGLISH_COPULAS = word_set(
    "is are was were be been being seems seem seemed appears appear appeared remains "
    "remain remained becomes become became"
)
_HEDGES = frozenset({"kind", "sort"})
# Marks after which an English sentence starts ("" is the paragraph's start).
_ENDS = frozenset({"", ".", "!", "?", ":"})
# Informal pairs and what to write instead; "lots" alone may be plots of land.
_ENGLISH_PHRASES = {
    ("a", "lot"): "“much”, “many” or “considerably”",
    ("lots", "of"): "“many” or “much”",
    ("bunch", "of"): "“a number of” or “several”",
    ("ton", "of"): "“a great deal of” or “many”",
    ("tons", "of"): "“a great deal of” or “many”",
}


@register
class ColloquialCheck:
    code = "colloquial"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if not block.is_prose or block.is_heading or quoted_block(block, context):
            return
        lexicon = _ENGLISH if block.language == "en" else _GERMAN
        quoted = quoted_spans(block.text)
        words = context.words(block)
        for index, word in enumerate(words):
            lower = word.text.lower()
            full = full_first_person(block.text, words, index) if block.language == "de" else None
            if full is not None and not inside(quoted, word.start):
                text = f"»{word.text}« → »{full}«: Die verkürzte Ich-Form ist gesprochene Sprache."
                yield Finding(
                    block.index, word.start, word.end, self.code, say(self.code, "de", text)
                )
                continue
            if block.language == "en" and not inside(quoted, word.start):
                informal = _english_informal(words, index)
                if informal is not None:
                    end, text = informal
                    message = say(self.code, "en", "", text)
                    yield Finding(block.index, word.start, end, self.code, message)
                    continue
            if block.language == "de" and not inside(quoted, word.start):
                spoken = _spoken_form(block.text, words, index)
                if spoken is not None:
                    message = say(self.code, "de", spoken)
                    yield Finding(block.index, word.start, word.end, self.code, message)
                    continue
            if lower not in lexicon:
                continue
            if word.text != lower and not _may_capitalise(block, word.start):
                continue
            if inside(quoted, word.start):
                continue  # an interviewee's or a source's words, quoted as said
            if lower in _ONLY_AS_INTENSIFIER and not _before_adjective(block, word.end):
                continue
            if lower == "irgendwelche" and _means_any(block.text, word.start):
                continue  # "ohne irgendwelche Gebühren", "ob irgendwelche Fehler": "any"
            if lower == "eigentlich" and _previous_word(block.text, word.start) in ARTICLES:
                continue  # "die eigentlich geplante Studie": originally, not a filler
            if lower == "eigentlich" and _weighs_the_actual(block.text, word):
                continue  # "Damit wäre eigentlich alles gut, aber …": in principle, not a filler
            if lower.startswith("klapp") and _particle_ends_clause(block.text, word.end):
                continue  # "Klappen Sie das Menü auf": "aufklappen", the literal verb
            if lower == "eh" and block.text.startswith(" und je", word.end):
                continue  # "seit eh und je", "wie eh und je": standard German
            if lower in _NO_SUPERLATIVE and block.language == "de":
                fix = _NO_SUPERLATIVE[lower]
                base = lower[: lower.index("st")]  # "kein", "einzig"
                text = f"»{word.text}«: »{base}« hat keinen Superlativ; besser »{fix}«."
                yield Finding(
                    block.index, word.start, word.end, self.code, say(self.code, "de", text)
                )
                continue
            message = _message(block.language, word.text, lexicon[lower])
            yield Finding(block.index, word.start, word.end, self.code, message)


def _spoken_form(text: str, words: Sequence[Word], index: int) -> str | None:
    """What to say about a clipped adverb ("rausfinden") or the particle "mal", if it is one.

    A clipped first part counts only where the full form is a word the
    dictionary knows ("herausfinden"), so "Rauschen" and "reinigen" stay silent.
    "mal" counts where no number or determiner makes it a factor or the noun "Mal",
    and not in "mal …, mal …".
    """
    word = words[index].text
    if word[:1] != "r" and word != "mal":
        return None  # most words: neither a clipped adverb nor the particle
    if word in _CLIPPED:
        return f"»{word}« ist umgangssprachlich verkürzt; besser »{_CLIPPED[word]}«."
    for clipped in _CLIPPED_PREFIXES:
        rest = word[len(clipped) :]
        if not word.startswith(clipped) or len(rest) < 3:
            continue
        full = [f"{way}{clipped[1:]}{rest}" for way in ("her", "hin")]  # "r" was "her"/"hin"
        known = " oder ".join(f"»{form}«" for form in full if speller("de").listed(form))
        if known:
            return f"»{word}« ist umgangssprachlich verkürzt; besser {known}."
    if word != "mal" or index == 0:
        return None
    start, end = words[index].start, words[index].end
    if text[end : end + 1] == "-" or text[:start].rstrip()[-1:] in _FACTOR_MARKS:
        return None  # "2,6 mal so dick", "801-mal-600-Pixel": a factor
    previous = words[index - 1].text
    if previous.lower() in _NOT_PARTICLE_MAL or not previous.isalpha():
        return None
    following = words[index + 1].text if index + 1 < len(words) else "."
    if previous == "das" and not following.isalpha():
        return None  # "das Mal, als …": the noun written small
    if grammar.word_tags(previous) & {"CARD", "ADJ(A)"} or sum(w.text == "mal" for w in words) > 1:
        return None  # "drei mal", "das erste mal": a factor, or the noun written small
    return "»mal« ist umgangssprachlich; besser »einmal« oder streichen."


def _message(language: str, word: str, instead: str) -> str:
    if language == "en":
        fix = f"prefer “{instead}”." if instead else "best left out."
        return say("colloquial", language, "", f"“{word}” is informal in academic writing; {fix}")
    fix = f"besser »{instead}«." if instead else "streichen."
    return say("colloquial", language, f"»{word}« ist umgangssprachlich bzw. ein Füllwort; {fix}")


def _english_informal(words: Sequence[Word], index: int) -> tuple[int, str] | None:
    """A contraction, "a lot" or a hedging "kind of" at ``words[index]``: where its span
    ends and what to say about it."""
    word = words[index].text
    following = words[index + 1].text.lower() if index + 1 < len(words) else ""
    if (full := spelled_out(word)) is not None and not possessive_its(words, index):
        return words[index].end, (
            f"“{word}” is a contraction; academic writing spells it out: “{full}”."
        )
    instead = _ENGLISH_PHRASES.get((word.lower(), following))
    if instead is not None:
        second = words[index + 1]
        phrase = f"{word} {second.text}"
        return second.end, f"“{phrase}” is informal in academic writing; prefer {instead}."
    previous = words[index - 1].text.lower() if index > 0 else ""
    if word.lower() in _HEDGES and following == "of" and previous in _ENGLISH_COPULAS:
        of = words[index + 1]
        return of.end, f"“{word} of” hedges informally; prefer “somewhat” or leave it out."
    return None


def _may_capitalise(block: Block, start: int) -> bool:
    """The paragraph's first word, or in English a sentence's: "… stable. Basically, …"."""
    return start == 0 or (block.language == "en" and mark_before(block.text, start) in _ENDS)


def _means_any(text: str, before: int) -> bool:
    """A negation, "ohne", or a question or condition earlier in the clause: "ob nach diesem
    Befehl irgendwelche Fehler …", "Falls während der Installation irgendwelche …"."""
    opening = max(text.rfind(mark, 0, before) for mark in _CLAUSE_MARKS)
    return any(word in _ANY_CONTEXT for word in text[opening + 1 : before].lower().split())


def _weighs_the_actual(text: str, word: Word) -> bool:
    """ "Damit wäre eigentlich alles gut, aber …", "was wir eigentlich getan haben":
    "eigentlich" set against what follows (a contrast later in the sentence) or asking
    what is, where it means "in principle" or "in fact" rather than filling. "doch
    eigentlich" and a bare "sollte eigentlich" only soften."""
    sentence = re.split(r"(?<=[.!?])\s", text[word.end :], maxsplit=1)[0]
    start = max(text.rfind(mark, 0, word.start) for mark in ".!?")
    opening = set(text[start + 1 : word.start].lower().replace(",", " ").split())
    later = sentence.lower().replace(",", " ").split()
    return (
        sentence.rstrip().endswith("?")
        or bool(set(later[1:]) & _CONTRASTS)
        or bool(opening & _QUESTION_OPENERS)
    )


def _particle_ends_clause(text: str, after: int) -> bool:
    """Whether the clause goes on to end in a verb's particle: "klappt die Lehne zurück"."""
    clause = re.split(r"[,.;:!?()]", text[after:], maxsplit=1)[0].split()
    return bool(clause) and clause[-1] in VERB_PARTICLES


def _previous_word(text: str, before: int) -> str:
    words = text[:before].split()
    return words[-1].lower() if words else ""


def _before_adjective(block: Block, end: int) -> bool:
    """ "echt größer", "total überzeugt", "total oft": the word intensifies the adjective or
    adverb after it."""
    following = block.text[end:].split(maxsplit=2)
    if not following or following[0] != block.text[end + 1 : end + 1 + len(following[0])]:
        return False
    word = following[0].rstrip(".,;:!?")
    if not word.isalpha() or not word.islower():
        return False
    if block.language == "en":
        suffixes = ("ly", "ful", "ous", "ive", "able", "al", "er", "est")
        return word.endswith(suffixes) or word in _GRADED_BY_PRETTY
    return not {"ADJ(D)", "ADJ(A)", "VV(PP)", "ADV"}.isdisjoint(grammar.word_tags(word))
