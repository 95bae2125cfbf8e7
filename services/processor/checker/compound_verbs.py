"""Verb particles written apart from their verb (§ 34): "weil sie mit macht" → "mitmacht".

A separable verb is one word where its particle stands right before it: at
the end of a subordinate clause, as infinitive or participle. It is written
apart only in main clauses, and there the particle comes after the verb.
So a particle directly before a verb form is flagged when

- the joined form is a word Hunspell lists as it is (not merely as guessed parts),
- the pair ends the clause (or an auxiliary follows), so the verb is not the
  second element of a main clause with the particle as its first element,
- the particle does not open the clause ("Dazu gehören …" is right),
- no verb earlier in the clause could own the particle ("fängt an zu lesen").

Particles with a free reading ("wieder holen", "zusammen arbeiten", "da sein")
and combinations the Duden allows both ways ("kennen lernen") are not listed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from services.processor.checker import grammar
from services.processor.checker.capital_verbs import MODALS
from services.processor.checker.clauses import clause_before, closes_von_phrase
from services.processor.checker.compound_lexicon import Fix, attested, listed
from services.processor.checker.lexicon import (
    RELATIVE_PRONOUNS,
    SEIN_FINITE,
    SUBORDINATORS,
    VERB_PARTICLES,
    word_set,
)
from services.processor.checker.tokens import Word, is_number, is_word

# Adverbial particles that stand before a verb only as its particle.
_ADVERBS: Final = word_set(
    """zurück auseinander entgegen gegenüber heraus herein herum herunter hinaus hinein
    hinunter hinauf herauf heran hinab herab hervor herbei hinterher voran voraus vorbei
    vorweg weg fort empor nieder überein zurecht hinzu statt teil kund preis stand fehl
    heim wett weis los fest klar weiter hinweg kaputt inne wahr überhand zunichte zuteil
    abhanden entzwei zugute bevor brach"""
)
# Verbs whose particle has a free reading elsewhere, but not with these verbs (Duden):
# "zusammenfassen" (sum up), "zusammenhängen" (be connected), "bereitstellen", "bereithalten",
# "sicherstellen", "schiefgehen".
_ONLY_JOINED: Final = {
    "zusammen": ("fass", "gefasst", "zufass", "häng", "hing", "zuhäng"),
    "bereit": ("stell", "gestellt", "zustell", "halt", "hält", "gehalten", "leg", "gelegt"),
    # "sicherstellen" (ensure), "schiefgehen" (fail): the free readings are rare in prose
    "sicher": ("stell", "gestellt", "zustell"),
    "schief": ("geh", "ging", "gegangen", "zugeh", "lauf", "lief", "gelaufen", "zulauf"),
}
# An adjective naming the result of the action may stand apart or joined (§ 34 E7):
# "kaputt machen" beside "kaputtmachen", but only "kaputtgehen".
_RESULT_EITHER_WAY: Final = {"kaputt": ("mach", "gemacht", "zumach")}
# Prepositions that are particles before a verb ("an fangen"); "ein" is an article too,
# "über"/"unter"/"durch" also inseparable prefixes.
_PREPOSITIONS: Final = word_set("ab an auf aus bei durch mit nach vor zu")
# After "mit" meaning "as well" a verb keeps its own prefix apart: "mit berücksichtigen".
_PREFIXED: Final = tuple(word_set("ein an auf aus be ver"))
# Before a verb, "dazu"/"davon" are mostly the pronoun ("dazu gekommen" = had time for it);
# these da-verbs have no such reading.
_DA_VERBS: Final = word_set(
    """dazugehören dazulernen dazuverdienen dazugewinnen dazuschreiben danebenliegen
    davonlaufen davontragen"""
)
_DA_WORDS: Final = frozenset({"dazu", "daneben", "davon"})
# A preceding degree word makes the first part an adjective or adverb: "noch weiter gehen".
_DEGREE: Final = word_set(
    """sehr ganz so zu besonders noch viel recht ziemlich immer äußerst relativ"""
)
# Words that open a clause; the particle right after them is in first position.
_OPENERS: Final = word_set("und oder aber denn doch sondern sowie")
_PUNCTUATION_END: Final = frozenset('.,;:!?)»«"“”–')
_AUXILIARIES: Final = word_set(
    """werde wirst wird werden werdet wurde wurden würde würden worden bin bist ist sind
    seid sei war waren wäre wären gewesen habe hast hat haben habt hatte hatten hätte
    hätten kann können konnte konnten könnte könnten muss müssen musste mussten müsste
    müssten soll sollen sollte sollten will wollen wollte wollten darf dürfen durfte
    dürfte dürften mag möchte möchten lassen lässt und oder um"""
)
# Nouns "nach" follows as a postposition: "meiner Meinung nach", "der Reihe nach".
_BEFORE_NACH: Final = word_set(
    """Meinung Ansicht Auffassung Einschätzung Reihe Anschein Schein Angaben Aussage
    Aussagen Auskunft Erfahrung Ermessen Verständnis Vernehmen Gesetz Sinn Art"""
)
# After these "zu" means "too": "ist zu gelassen", "viel zu geschlossen".
_BEFORE_TOO: Final = word_set(
    "ist sind war waren wäre wären sei bleibt blieb wirkt wirken scheint scheinen erscheint viel"
)
_OBJECT_PRONOUNS: Final = word_set("mich dich ihn sie es uns euch sich einen")
_MOTION: Final = word_set("kommen kommt kam kamen gehen geht ging gingen laufen läuft rennen")
_CLOSING_QUOTES: Final = frozenset("“”»")
# What takes a bare infinitive, never one with "zu": the modals and "werden".
_BARE_INFINITIVE_TAKERS: Final = MODALS | word_set(
    "werde wirst wird werden werdet wurde wurden würde würden"
)
# Particles that lead separable verbs only; "um", "durch", "über", "wieder" lead both kinds.
_ONLY_SEPARABLE: Final = tuple(
    sorted(set(VERB_PARTICLES) - {"durch", "um", "wieder"}, key=len, reverse=True)
)
_CIRCUMPOSITIONS: Final = {
    "hinein": frozenset({"in", "ins"}),
    "herein": frozenset({"in", "ins"}),
    "heraus": frozenset({"aus"}),
    "hinaus": frozenset({"über", "aus"}),
    "herum": frozenset({"um"}),
}
# Words that say which way round with "herum" after them: "verkehrt herum", "richtig herum".
_ORIENTATIONS: Final = frozenset({"verkehrt", "richtig", "falsch"})
# How far before its second half a circumposition may open: "um den anderen Anker als
# Mittelpunkt herum".
_OPENER_REACH: Final = 8
# Modals and auxiliaries own no particle: "können … weiter helfen" is no "weiterkönnen".
_NO_OWNER: Final = frozenset(_AUXILIARIES - {"habe", "hast", "hat", "haben", "habt", "hatte"})
_SEIN: Final = SEIN_FINITE | word_set("sein bin bist seid gewesen")
_VERB_TAGS: Final = frozenset(
    {"VV(FIN)", "VV(INF)", "VV(PP)", "VV(IZU)", "VA(FIN)", "VA(INF)", "VA(PP)"}
)


def particles(tokens: Sequence[Word]) -> Iterator[Fix]:
    """Particle + verb form, or particle + "zu" + infinitive, that must be one word."""
    for index in range(len(tokens) - 1):
        particle = tokens[index]
        first = particle.text
        # "zusammen zufassen": the joined zu-infinitive is the only reading, as are
        # "zusammenfassen" and "bereitstellen" for any form.
        following = tokens[index + 1].text
        if following == "zu" and index + 2 < len(tokens):
            following += tokens[index + 2].text  # "bereit zu stellen": the zu-infinitive apart
        together = (first == "zusammen" and following.startswith("zu")) or following.startswith(
            _ONLY_JOINED.get(first, ())
        )
        if not (first in _ADVERBS or first in _PREPOSITIONS or first in _DA_WORDS or together):
            continue
        if following.startswith(_RESULT_EITHER_WAY.get(first, ())):
            continue
        last = index + 1
        if tokens[last].text == "zu" and first not in {"zu", "um"} and last + 1 < len(tokens):
            last += 1
        verb = tokens[last]
        # "zurück zuhalten" is "zurückzuhalten" too: the "zu" came with the verb.
        infinitive_group = last > index + 1 or (
            verb.text.startswith("zu") and grammar.is_zu_infinitive(first + verb.text)
        )
        if first == "weiter" and (infinitive_group or _comparative_predicate(tokens, last)):
            continue  # "um weiter zu reisen", "weiter verbreitet sind": farther, not onward
        joined = first + ("zu" if last > index + 1 else "") + verb.text
        if not _particle_reading(tokens, index) or not _verb_pair(tokens, index, verb, joined):
            continue
        if infinitive_group:
            # "nach zu denken, was …" needs no clause end, but a gerundive needs its noun.
            after = tokens[last + 1].text if last + 1 < len(tokens) else "."
            if after[:1].isupper() or _owned_earlier(tokens, index):
                continue
        elif not (_inside_clause(tokens, index, last) and _ends_verb_group(tokens, last)):
            continue
        yield Fix(particle.start, verb.end, joined)


def zu_before_particle(tokens: Sequence[Word]) -> Iterator[Fix]:
    """ "zu zusehen", "zu aufhören": a separable verb takes its "zu" after the particle,
    "zuzusehen", "aufzuhören". Particles that also lead inseparable verbs ("zu umgehen"
    beside "umzugehen", "zu überprüfen") are left alone, since both may be right.

    Where the clause wants no zu-infinitive at all, the "zu" is the slip, not its
    place: after a modal or "werden" ("möchte … zu darlegen"), or as the finite
    verb of a relative or subordinate clause ("…, den sie sich zu zufügen").
    """
    for index in range(len(tokens) - 1):
        if tokens[index].text != "zu":
            continue
        verb = tokens[index + 1].text
        if not verb.islower() or not grammar.can_be_infinitive(verb):
            continue
        for particle in _ONLY_SEPARABLE:
            rest = verb[len(particle) :]
            joined = particle + "zu" + rest
            if verb.startswith(particle) and grammar.can_be_infinitive(rest) and listed(joined):
                if _takes_zu_infinitive(tokens, index):  # the clause walk, only for a candidate
                    yield Fix(tokens[index].start, tokens[index + 1].end, joined)
                break


def _takes_zu_infinitive(tokens: Sequence[Word], index: int) -> bool:
    """Whether the clause before ``tokens[index]`` may end in a zu-infinitive."""
    clause = clause_before(tokens, index)
    if any(token.text.lower() in _BARE_INFINITIVE_TAKERS for token in clause):
        return False
    start = tokens.index(clause[0]) if clause else index
    opener = clause[0].text.lower() if clause else ""
    after_comma = start > 0 and tokens[start - 1].text == ","
    return not (opener in SUBORDINATORS or (after_comma and opener in RELATIVE_PRONOUNS))


def _inside_clause(tokens: Sequence[Word], index: int, last: int) -> bool:
    """The particle follows a word of its own clause, so it cannot be the clause's first element.

    After "und" it may open a main clause ("und dazu gehören auch …"), unless an
    auxiliary follows, which shows the verb is not the clause's finite one.
    """
    if index == 0:
        return False
    before = tokens[index - 1].text
    if before in _CLOSING_QUOTES:
        return True
    if before == ")" and index > 1 and tokens[index - 2].text not in (".", "!", "?"):
        return True  # "des Bundesinstituts (BBSR) heran gezogen": an aside inside the clause
    if is_number(before):
        return True  # "wurde α = 0,05 fest gelegt": a number inside the clause
    if not is_word(tokens[index - 1]):
        return False
    if before.lower() in _OPENERS:
        return last + 1 < len(tokens) and tokens[last + 1].text in _AUXILIARIES
    return True


def _particle_reading(tokens: Sequence[Word], index: int) -> bool:
    """Not the adverb of a degree word, nor a postposition or the end of a circumposition."""
    first = tokens[index].text
    before = tokens[index - 1].text if index > 0 else ""
    if first in _ADVERBS and before in _DEGREE:
        return False
    window = {token.text.lower() for token in tokens[max(0, index - _OPENER_REACH) : index]}
    if closes_von_phrase(tokens, index):
        return False  # "von hier aus gesehen", "von klein auf gelernt": a postposition
    # "in die Nacht hinein", "aus sich heraus": the second half of a circumposition.
    opener = _CIRCUMPOSITIONS.get(first)
    if opener is not None and window & opener:
        return False
    if first == "herum" and before in _ORIENTATIONS:
        return False  # "verkehrt herum liegen": which way round, no "herumliegen"
    # "der Reihe nach gehen": a postposition.
    return not (first == "nach" and before in _BEFORE_NACH)


def _verb_pair(tokens: Sequence[Word], index: int, verb: Word, joined: str) -> bool:
    first = tokens[index].text
    if not is_word(verb) or not verb.text[:1].islower() or verb.text in _SEIN:
        return False
    stem = first + verb.text.removeprefix("zu")
    stems = (stem, stem.replace(first + "ge", first, 1))  # "dazu gelernt" is "dazulernen"
    if first in _DA_WORDS and not any(s.startswith(v[:-3]) for s in stems for v in _DA_VERBS):
        return False
    # "mit" meaning "as well" is written apart ("mit installiert"); only a verb people
    # write as one word ("mitmachen", "mitgenommen") has a particle "mit"
    if first == "mit" and (verb.text.startswith(_PREFIXED) or not attested(joined)):
        return False
    if first == "zu" and "VV(INF)" in grammar.word_tags(verb.text) and not _towards(tokens, index):
        return False  # "zu kommen" is the infinitive with "zu"
    if first == "zu" and index > 0 and tokens[index - 1].text.lower() in _BEFORE_TOO:
        return False  # "ist zu gelassen": too calm, not admitted
    if (
        first == "zu"
        and "VV(PP)" not in grammar.word_tags(verb.text)
        and not _towards(tokens, index)
        and not _present_singular(verb.text)
    ):
        # "zu setzten" is "zu setzen" mistyped more often than "zusetzten"; "zu trifft" is
        # no infinitive's slip: a present singular is finite, so "zu" is its particle
        return False
    if first == "weiter" and "VV(PP)" not in grammar.word_tags(verb.text):
        return False  # "weiter gehen" may mean farther; "weiter geleitet" only forwarded
    if first == "weiter" and not attested(joined):
        return False  # "der weiter versucht": "weiter" meaning "still", as with any verb
    if first in {"fest", "klar", "wahr"} and verb.text.startswith(("werd", "wurd", "mach")):
        return False  # "klar werden", "wahr machen" are allowed apart
    return listed(joined) and not _VERB_TAGS.isdisjoint(grammar.word_tags(verb.text))


def _comparative_predicate(tokens: Sequence[Word], last: int) -> bool:
    """ "da diese weiter verbreitet sind", "weiter entwickelt als": before "sein" or "als" the
    participle is an adjective, and "weiter" its comparative degree (Duden: weit verbreitet).
    The passive of the particle verb takes "werden": "wird weitergeleitet"."""
    after = tokens[last + 1].text if last + 1 < len(tokens) else ""
    return after in _SEIN or after == "als"


def _present_singular(verb: str) -> bool:
    """ "trifft", "lässt": a finite form only, in the present's singular."""
    return verb.endswith("t") and grammar.only_finite_verb(verb)


def _towards(tokens: Sequence[Word], index: int) -> bool:
    """With a verb of motion, "auf uns zu kommen" is "auf … zu" + "zukommen"."""
    return (
        index >= 2
        and tokens[index - 2].text == "auf"
        and tokens[index - 1].text in _OBJECT_PRONOUNS
        and tokens[index + 1].text in _MOTION
    )


def _ends_verb_group(tokens: Sequence[Word], last: int) -> bool:
    """Nothing but punctuation or an auxiliary follows: the verb is clause-final."""
    if last + 1 >= len(tokens):
        return True
    after = tokens[last + 1].text
    if after == "," and last + 3 < len(tokens) and tokens[last + 3].text in {",", "und", "oder"}:
        return not tokens[last + 2].text[:1].islower()  # a list: "mit lesen, schreiben, …"
    return after in _PUNCTUATION_END or after in _AUXILIARIES


def _owned_earlier(tokens: Sequence[Word], index: int) -> bool:
    """A finite verb earlier in the clause that takes this particle: "hört … auf zu"."""
    first = tokens[index].text
    for token in reversed(tokens[:index]):
        # A coordinated clause has its own verbs: "… fallen sie und glauben, heraus zu kommen".
        if token.text in {",", ";", ":", "und", "oder", "aber", "sondern"}:
            return False
        text = token.text
        if text in _NO_OWNER:
            continue
        lower = is_word(token) and text[:1].islower()
        if lower and listed(first + text) and grammar.can_be_finite_verb(text):
            return True
    return False
