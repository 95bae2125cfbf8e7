"""das/dass from the clause's grammar: what governs it, and what follows it.

"das" is flagged as "dass" where it opens a clause with its own subject and
a final verb (``dass_clause``) and a word governs a dass-clause or no
neuter noun is there to refer to (``dass_governor``). A sentence that
begins with such a clause begins with "Dass". "dass" is flagged as "das"
where it is an article, a demonstrative or a relative pronoun
(``dass_as_das``). Where only the missing antecedent speaks for "dass",
the comment asks the writer to check.

Measured on KoKo's dev split (``bench/eval_koko.py``, 222k words of student
essays): recall 0.74 of 275 annotated das/dass errors with 12 comments
outside the annotations, at about 0.1 s per 20,000 words (HanTa is asked
about single words only, cached).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from services.processor.checker import dass_as_das, nouns
from services.processor.checker.clauses import BOUNDARY_MARKS, closing_bracket, is_noun
from services.processor.checker.context import DocumentContext
from services.processor.checker.dass_antecedent import neuter_between
from services.processor.checker.dass_clause import (
    Shape,
    clause_shape,
    final_verb,
    finite_clause,
    no_place_for_relative,
)
from services.processor.checker.dass_governor import Governor, Kind, governor
from services.processor.checker.dass_words import PRONOMINAL_ADVERBS
from services.processor.checker.finding import Block, Finding
from services.processor.checker.grammar import can_be_finite_verb
from services.processor.checker.messages import say
from services.processor.checker.registry import register
from services.processor.checker.tokens import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    QUOTES,
    Word,
    is_word,
)

_OPENING_MARKS = frozenset('„"»«“(')
_CHECK = "bitte prüfen: "


@register
class DasDassCheck:
    code = "das_dass"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if block.language != "de" or not block.is_prose or block.is_heading:
            return
        for _sentence, sentence in context.sentences(block):
            tokens = _without_asides(sentence)
            for index, token in enumerate(tokens):
                if token.text not in ("das", "Das", "dass", "Dass"):
                    continue
                message = _verdict(tokens, index)
                if message is not None:
                    yield Finding(block.index, token.start, token.end, self.code, message)


def _verdict(tokens: Sequence[Word], index: int) -> str | None:
    """The comment on the das/dass at ``tokens[index]``, or None where it is right."""
    text = tokens[index].text
    if text in ("dass", "Dass"):
        return _say(_dass_as_das(tokens, index, text))
    if _opens_sentence(tokens, index):
        message = _initial_das(tokens, index, text)
        if message is not None or text == "Das":
            return _say(message)
    elif text == "Das":
        return None
    if _quoted_word_after(tokens, index) and tokens[index - 1].text != ",":
        return None  # "ohne das »zu« am Anfang": the article of a quoted word
    if _after_announcing_adverb(tokens, index):
        # "sprechen dafür, das HIIT … bewirkt": no noun for a relative "das" to refer to,
        # and "das" as an article would leave the clause without a word to open it
        return _say(_das_as_dass(Governor(Kind.ADVERB, tokens[index - 2].text), Shape.CLAUSE, None))
    shape = clause_shape(tokens, index)
    if shape is None:
        return None
    found = governor(tokens, index, pronoun=shape is Shape.PRONOUN)
    if (found is None or found.kind is Kind.NONE) and _coordinated(tokens, index):
        found = Governor(Kind.COORDINATED, tokens[index - 1].text)
    if (
        found is None
        and _comma_or_pronoun(tokens, index, shape)
        and no_place_for_relative(tokens, index)
    ):
        return _say(
            "»das« → »dass«: Ein Relativpronomen »das« hätte in diesem Nebensatz "
            "keinen Platz: er hat ein eigenes Subjekt, und sein Verb nimmt kein Objekt."
        )
    if found is None or (found.kind is Kind.NONE and not _comma_or_pronoun(tokens, index, shape)):
        return None  # no governor, no comma: too little to go on
    if shape is Shape.LOOSE and found.kind is Kind.NONE:
        return None  # a clause broken up by commas needs a word that governs it
    if (
        shape is Shape.SUBJECTLESS
        and not (found.kind is Kind.CONJUNCTION and tokens[index - 1].text == found.word)
        and not _verb_before_comma(tokens, index, found)
        and not _after_gendered_noun(tokens, index, found)
    ):
        return None  # "das" itself may be the subject of a relative clause; right after
        # "ohne" or "so" the clause may be an impersonal passive: "ohne dass eingegriffen wird"
    before = tokens[index - 2 if tokens[index - 1].text == "," else index - 1]
    noun = before.text if is_noun(before) else None
    return _say(_das_as_dass(found, shape, noun))


def _after_announcing_adverb(tokens: Sequence[Word], index: int) -> bool:
    """ "dafür, das …", "darauf, das …": a pronominal adverb announcing a clause, its comma,
    then a clause that ends in a finite verb. ("damit" may be the conjunction itself.)"""
    if index < 2 or tokens[index - 1].text != ",":
        return False
    adverb = tokens[index - 2].text.lower()
    return adverb in PRONOMINAL_ADVERBS and adverb != "damit" and finite_clause(tokens, index)


def _quoted_word_after(tokens: Sequence[Word], index: int) -> bool:
    """ "das »zu«": one word in quotes, named as a word; a quoted clause opens with more."""
    return (
        index + 3 < len(tokens)
        and tokens[index + 1].text in OPENING_QUOTES
        and tokens[index + 3].text in CLOSING_QUOTES
    )


def _say(german: str | None) -> str | None:
    return None if german is None else say(DasDassCheck.code, "de", german)


def means_dass(tokens: Sequence[Word], index: int) -> bool:
    """Whether the small "das" at ``tokens[index]`` opens a dass-clause ("Ich vermute das es
    stimmt"), so that, like "dass", it takes a comma before it."""
    if tokens[index].text != "das" or tokens[index - 1].text == ",":
        return False
    return _verdict(tokens, index) is not None


def _without_asides(tokens: Sequence[Word]) -> list[Word]:
    """The sentence as the grammar reads it: bracketed asides without a das/dass left out.

    "ein Modell (vgl. Meier 2018), dass …", "argumentieren (ebd., S. 4), das …":
    a citation stands between the word that decides and the clause.
    """
    kept: list[Word] = []
    at = 0
    while at < len(tokens):
        if tokens[at].text == "(":
            close = closing_bracket(tokens, at)
            inner = tokens[at + 1 : close] if close is not None else ()
            if close is not None and not any(t.text.lower() in ("das", "dass") for t in inner):
                at = close + 1
                continue
        kept.append(tokens[at])
        at += 1
    return kept


def _coordinated(tokens: Sequence[Word], index: int) -> bool:
    """ "…, dass A gilt und das B gilt": a clause joined to a dass-clause by "und"."""
    if tokens[index - 1].text not in ("und", "oder", "sowie"):
        return False
    for back in range(index - 2, 0, -1):
        word = tokens[back].text
        if word not in ("dass", "das"):
            continue
        if neuter_between(tokens, back + 1, index, phrases=True):
            return False  # "dass sie ein Buch lesen und das sie mögen": relative
        if word == "dass":
            return True
        shape = clause_shape(tokens, back)
        if shape is not None and shape is not Shape.SUBJECTLESS:
            found = governor(tokens, back, pronoun=shape is Shape.PRONOUN)
            return found is not None and found.kind is not Kind.NONE
    return False


def _verb_before_comma(tokens: Sequence[Word], index: int, found: Governor) -> bool:
    """ "Ich glaube, das in … gilt": a verb of saying or thinking, and nothing neuter before."""
    comma = index > 0 and tokens[index - 1].text == ","
    return (
        comma and found.kind is Kind.VERB and not neuter_between(tokens, 0, index - 1, phrases=True)
    )


def _after_gendered_noun(tokens: Sequence[Word], index: int, found: Governor) -> bool:
    """ "kein Zufall, das gerade jetzt gehandelt wird": right after a noun the lexicon knows as
    masculine or feminine only, and nothing neuter in the sentence, "das" refers to nothing;
    a "dass" or a relative of that noun's gender is meant, and the comment asks which."""
    if found.kind is not Kind.NONE or index < 2 or tokens[index - 1].text != ",":
        return False
    noun = tokens[index - 2]
    genders = nouns.genders(noun.text.rsplit("-", 1)[-1]) if is_noun(noun) else frozenset()
    return bool(genders) and "n" not in genders


def _comma_or_pronoun(tokens: Sequence[Word], index: int, shape: Shape) -> bool:
    return shape is Shape.PRONOUN or tokens[index - 1].text == ","


def _das_as_dass(found: Governor, shape: Shape, noun: str | None) -> str | None:
    """The comment for a "das" that opens a dass-clause.

    Without a governor, right after a ``noun`` that is not neuter ("Sachen
    das man …"), a relative pronoun of the wrong gender may be meant instead.
    """
    fix = "»das« → »dass«: "
    match found.kind:
        case Kind.VERB:
            return fix + f"Nach »{found.word}« beginnt hier ein dass-Satz, kein Relativsatz."
        case Kind.NOUN:
            return fix + (
                f"Der Nebensatz nennt den Inhalt von »{found.word}«; ein Relativpronomen "
                "»das« passt nicht zu diesem Nomen, das nicht sächlich ist."
            )
        case Kind.ADJECTIVE:
            return fix + f"Nach »{found.word}« folgt ein dass-Satz."
        case Kind.COPULA:
            return fix + f"Der Nebensatz nach »{found.word}« sagt, was etwas ist: ein dass-Satz."
        case Kind.ADVERB:
            return fix + f"»{found.word}« kündigt einen dass-Satz an."
        case Kind.CONJUNCTION:
            return fix + f"Die Konjunktion heißt »{found.word} dass«."
        case Kind.COORDINATED:
            return fix + (
                f"Der Nebensatz ist mit »{found.word}« an einen dass-Satz angeschlossen "
                "und beginnt ebenso mit »dass«."
            )
        case Kind.NONE if noun is not None:
            return _CHECK + (
                f"Ist ein dass-Satz gemeint, heißt es »dass«; bezieht sich der Nebensatz auf "
                f"»{noun}«, heißt das Relativpronomen »der« oder »die«, nicht »das«."
            )
        case Kind.NONE:
            return (
                ("" if shape is Shape.PRONOUN else _CHECK)
                + fix
                + (
                    "Hier beginnt ein Nebensatz mit eigenem Subjekt, und davor steht kein "
                    "sächliches Nomen, auf das sich ein Relativpronomen »das« beziehen könnte."
                )
            )
    return None


def _opens_sentence(tokens: Sequence[Word], index: int) -> bool:
    """At the start, after opening quotes, a colon ("Fazit: Das …") or a sentence-opening "Und"."""
    before = [token.text for token in tokens[:index] if token.text not in _OPENING_MARKS]
    return not before or before[-1] == ":" or before in (["Und"], ["Aber"], ["Oder"])


def _initial_das(tokens: Sequence[Word], index: int, text: str) -> str | None:
    """ "Das wir … konnten, lag …" opens with a subordinate clause, so it opens with "Dass".

    The clause's final verb meets the main clause's, or the clause is all
    there is ("Das man sich … verlässt."): a fragment that wants its main clause.
    """
    shape = clause_shape(tokens, index)
    if shape is None or shape is Shape.SUBJECTLESS:
        return None
    if shape is not Shape.PRONOUN and not (
        _main_verb_follows(tokens, index) or (shape is Shape.CLAUSE and _fragment(tokens, index))
    ):
        return None
    return (
        f"»{text}« → »{text}s«: Der Satz beginnt mit einem Nebensatz, dessen Verb am Ende "
        "steht; ein solcher Nebensatz beginnt mit »dass«."
    )


def _main_verb_follows(tokens: Sequence[Word], index: int) -> bool:
    """Whether the opening clause's final verb meets the main clause's finite verb.

    "…, die Förderung auslief, überraschte …", or without the comma:
    "… auslief überraschte …".
    """
    clause = [token for token in tokens[index + 1 :] if token.text not in QUOTES]
    first = True  # two verbs meet without a comma only in the first part
    for at, token in enumerate(clause[:-1]):
        if token.text == ",":
            if at > 0 and _finite(clause[at - 1]) and _finite(clause[at + 1]):
                return True  # "… sind, liegt …": a list of predicates may come first
            first = False
        elif token.text in BOUNDARY_MARKS:
            return False
        elif first and at > 0 and final_verb(clause[at - 1 : at + 2]) == 1:
            return True
    return False


def _fragment(tokens: Sequence[Word], index: int) -> bool:
    """Whether the sentence ends with the clause's verbs and has no other finite verb."""
    words = [token for token in tokens[index + 1 :] if is_word(token)]
    if not words or not _finite(words[-1]):
        return False
    while words and _finite(words[-1]):
        words.pop()  # "… machen kann.": the final verbs
    return not any(_finite(token) for token in words) and tokens[-1].text in ".!?"


def _finite(token: Word) -> bool:
    return is_word(token) and can_be_finite_verb(token.text)


def _dass_as_das(tokens: Sequence[Word], index: int, text: str) -> str | None:
    fix = f"»{text}« → »{text[:3]}«: "
    if dass_as_das.demonstrative(tokens, index):
        return fix + (
            "Ein dass-Satz hätte sein Verb am Ende; hier steht es vorn, also ist das Pronomen "
            "»das« gemeint."
        )
    if dass_as_das.object_of_infinitive(tokens, index):
        return fix + (
            "Ein dass-Satz bräuchte ein Subjekt; hier folgt nur ein Infinitiv, dessen Objekt "
            "das Pronomen »das« ist."
        )
    if dass_as_das.before_relative_was(tokens, index):
        return fix + "Vor », was« steht das Pronomen »das«: »das, was …«."
    if dass_as_das.article(tokens, index):
        return fix + "Hier ist der Artikel oder das Pronomen »das« gemeint, keine Konjunktion."
    pronoun = dass_as_das.after_pronoun(tokens, index)
    if pronoun is not None:
        return _CHECK + (
            f"Nach »{pronoun}« folgt ein Relativsatz, und der beginnt mit »das«, nicht mit »dass«."
        )
    shared = dass_as_das.coordinated_relative(tokens, index)
    if shared is not None:
        return fix + (
            f"Der Nebensatz ist mit »{tokens[index - 1].text}« an den Relativsatz zu "
            f"»{shared}« angeschlossen und beginnt ebenso mit »das«."
        )
    noun = dass_as_das.relative(tokens, index)
    if noun is not None:
        return _CHECK + (
            f"Der Nebensatz bezieht sich wohl auf »{noun}«: ein Relativsatz, der mit »das« beginnt."
        )
    return None
