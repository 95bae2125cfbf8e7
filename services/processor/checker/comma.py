"""German commas students miss most: before subordinate clauses, relative clauses, um … zu.

Each rule needs positive evidence of the clause it names (a conjunction that
only opens subordinate clauses; a verb-final clause with no noun of its own
after "die"; a "zu" infinitive closing the group), because a wrong comma
comment teaches a wrong rule. Commas that must not stand are ``superfluous_commas``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from services.processor.checker import dass_as_das, grammar, nouns
from services.processor.checker.case_terms import adjective_stem
from services.processor.checker.case_words import (
    inflected_adjective,
    participle_adjective,
    pronoun_like,
)
from services.processor.checker.clauses import (
    BOUNDARY_MARKS,
    BOUNDARY_WORDS,
    clause_after,
    clause_before,
    clause_start,
    ends_in_zu_infinitive,
    free_noun,
    is_boundary,
    is_noun,
    subordinate_clause,
    up_to_mark,
)
from services.processor.checker.context import DocumentContext
from services.processor.checker.dass_clause import final_verb
from services.processor.checker.dass_phrases import has_subject
from services.processor.checker.dass_words import may_be_neuter
from services.processor.checker.dictionary import speller
from services.processor.checker.finding import Block, Finding
from services.processor.checker.lexicon import (
    ARTICLES,
    CONJUNCTION_COMPANIONS,
    FINITE_AUXILIARIES,
    GENITIVE_ARTICLES,
    INFINITIVE_OPENERS,
    PERSONAL_PRONOUNS,
    PLURAL_OF,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SEPARABLE_PARTICLES,
    SUBORDINATORS,
    word_set,
)
from services.processor.checker.messages import say
from services.processor.checker.quotations import foreign_spans, inside
from services.processor.checker.registry import register
from services.processor.checker.superfluous_commas import superfluous_comma
from services.processor.checker.tokens import Word, is_word

# Infinitive groups that open a sentence: "Um …, ", "Ohne …, ".
_INITIAL_OPENERS = frozenset({"Um", "Ohne", "Statt", "Anstatt"})
# Verbs that take "um" as their preposition: "es geht um die Fähigkeit zu lernen".
_UM_VERBS = ("geh", "ging", "handel", "bitt", "bat", "kümmer", "bemüh", "dreh", "sorg", "ring")
# After a question word ("…, warum das …") the pronoun is the subject of that clause.
_QUESTION_WORDS = word_set(
    "warum weshalb wieso weswegen wie was wo wer ob woher wohin wann wozu womit worauf "
    "worüber wofür woran worin"
)
_NOT_BEFORE_RELATIVE = (
    PREPOSITIONS | ARTICLES | CONJUNCTION_COMPANIONS | PERSONAL_PRONOUNS | _QUESTION_WORDS
)
_RELATIVE_TAGS = frozenset({"PRELS", "PDS", "PRELAT"})
# Pronouns that stand for a person and take a relative clause: "niemanden, der …".
_YEAR_DIGITS = 4
_FOCUS_BEFORE_DEMONSTRATIVE = word_set("genau all eben gerade nur auch einfach")
_INDEFINITE_PERSONS = word_set(
    "niemand niemanden niemandem jemand jemanden jemandem derjenige diejenige diejenigen "
    "denjenigen demjenigen desjenigen"
)
# After a preposition "denen" is only a relative pronoun; these only before a subject or
# an article ("in der die …"), not before a noun or a pronoun's adjective ("in den beiden").
_PREPOSITION_RELATIVES = word_set("dem der den die das")
# Readings that make a capitalised first word something other than a noun.
_FUNCTION_TAGS = word_set("ADV ADJ(D) PIAT PIS PDAT PDS ART KON APPR")
# Nouns an infinitive group depends on: "die Möglichkeit, die Daten zu nutzen".
_ANNOUNCING_NOUNS = word_set(
    "Möglichkeit Möglichkeiten Ziel Aufgabe Versuch Fähigkeit Absicht Gelegenheit Pflicht "
    "Recht Notwendigkeit Idee Plan Wunsch Chance Schwierigkeit Bereitschaft Entscheidung "
    "Aufforderung Anreiz Zweck Gefahr Vorschlag Empfehlung Herausforderung Mühe Zeit Mut "
    "Lust Neigung Tendenz Ansatz"
)
# Predicate adjectives whose "es" announces an infinitive group: "es ist möglich, … zu …".
_ANNOUNCING_ADJECTIVES = word_set(
    "möglich unmöglich sinnvoll wichtig notwendig nötig erforderlich schwierig schwer leicht "
    "einfach hilfreich nützlich ratsam üblich sinnlos vorteilhaft besser interessant "
    "entscheidend denkbar zulässig problematisch aufwendig aufwändig gefährlich "
    "empfehlenswert unerlässlich unumgänglich wünschenswert"
)
# "Wir verwenden Methoden die …": a subject and a finite verb open the sentence.
_SUBJECT_AND_VERB = 2
# Subjects that open such a sentence: a pronoun, or "es" of "es gibt".
_SUBJECT_OPENERS = word_set("wir ich er sie es man das dies")
# Verbs that take a bare infinitive, so a verb at the end may still be theirs.
_BARE_INFINITIVE_VERBS = word_set(
    "lassen sehen hören helfen fühlen spüren werden bleiben gehen kommen lernen lehren "
    "müssen können sollen dürfen wollen mögen brauchen"
)
# The noun readings a relative pronoun can point back to.
_PRONOUN_NOUNS: dict[str, tuple[str, ...]] = {
    "die": ("pl.", "f.sg"),
    "der": ("m.sg",),
    "das": ("n.sg",),
}
# "die Daten zu nutzen": a word besides "zu" and the infinitive makes it a group.
_MIN_GROUP = 3
# What cannot open the group: a verb form, an adverb or "nicht" still belongs to the clause.
_NOT_GROUP_START = frozenset(
    {"VV(PP)", "VV(INF)", "VA(INF)", "VM(INF)", "VV(FIN)", "VA(FIN)", "VM(FIN)", "ADV"}
) | {"PTKNEG"}
# Forms of verbs: a clause of nothing else has no subject.
_VERB_FORM_TAGS = frozenset(
    {"VV(PP)", "VV(INF)", "VA(INF)", "VM(INF)", "VV(FIN)", "VA(FIN)", "VM(FIN)", "VA(PP)"}
)
# Verbs that take a bare infinitive, and so may close a cluster with the verb before them.
# The infinitives "bleiben" takes: "liegen bleibt", "stehen bleiben".
_POSITION_INFINITIVES = frozenset({"liegen", "stehen", "sitzen", "hängen", "stecken", "haften"})
_CLUSTER_VERBS = frozenset(
    {"sein", "haben", "werden", "bleiben", "gehen", "sehen", "hören", "helfen", "fühlen"}
    | {"spüren", "lehren", "lernen", "heißen", "brauchen", "tun", "kommen"}
)
# The endings of finite verbs: a word without one is an adjective first ("leer", "klar").
_FINITE_ENDINGS = ("t", "n", "e", "st")
# Words only a clause with its own finite verb has: a subject pronoun, or "sich".
_CLAUSE_SUBJECTS = frozenset({"sich", "er", "sie", "es", "wir", "ihr", "man", "ich", "du"})
# Indefinite articles that cannot follow an article: "die ein …" opens a relative clause.
_BARE_INDEFINITE = frozenset({"ein", "einen", "einem", "eines"})
# Sentence openers of a subordinate clause, the ambiguous ones too: two verbs in a row show it.
_CLAUSE_OPENERS = SUBORDINATORS | word_set("da als während seit seitdem damit wie")
# Degree words between "aber" and its adjective: "aber sehr zuverlässig".
_GRADING = word_set("sehr recht ziemlich äußerst durchaus relativ eher ganz besonders")
_COPULAS = word_set("ist war wäre sei wird wurde würde bleibt scheint fällt fiel erscheint")
# Where an infinitive group plainly begins: an article or a possessive, not a dative.
_GROUP_OPENING_DETERMINERS = word_set(
    "die das eine ein einen meine meinen deine seine seinen ihre ihren unsere unseren eure"
)
# Verbs whose "es" is their subject or object, not a pointer: "es gibt", "fällt es schwer".
_ES_OBJECT_VERBS = word_set("geben fallen gehen handeln machen lassen")
# Verbs whose subject an infinitive group is, "es" holding its place: "Es lohnt sich, …".
_GROUP_SUBJECT_VERBS = word_set(
    "lohnen gelingen empfehlen gelten schaden nützen genügen reichen reizen freuen kosten"
)
# Verbs and the pronominal adverb that points ahead to their infinitive group.
_CORRELATE_VERBS = frozenset(
    {
        ("denken", "daran"),
        ("arbeiten", "daran"),
        ("gewöhnen", "daran"),
        ("hindern", "daran"),
        ("bestehen", "darin"),
        ("liegen", "darin"),
        ("achten", "darauf"),
        ("konzentrieren", "darauf"),
        ("verzichten", "darauf"),
        ("bestehen", "darauf"),
        ("beruhen", "darauf"),
        ("dienen", "dazu"),
        ("neigen", "dazu"),
        ("entscheiden", "dazu"),
        ("entschließen", "dazu"),
        ("beitragen", "dazu"),
        ("zwingen", "dazu"),
        ("auffordern", "dazu"),
        ("beginnen", "damit"),
        ("anfangen", "damit"),
        ("aufhören", "damit"),
        ("rechnen", "damit"),
        ("beschäftigen", "damit"),
        ("sorgen", "dafür"),
        ("sprechen", "dafür"),
        ("entscheiden", "dafür"),
        ("bemühen", "darum"),
        ("gehen", "darum"),
    }
)
# What opens a partitive apposition: "Max Weber, einer der Begründer …".
_APPOSITION_OPENERS = word_set("einer eine eines")
# Conjunctions that are also an adverb or a preposition: "damit gerechnet", "während der Zeit".
_AMBIGUOUS_OPENERS = word_set("damit während da")
# Question words that open only an indirect question mid-sentence: "erwägen, inwieweit …".
_INDIRECT_QUESTIONS = word_set("inwieweit inwiefern")
# Question words that also stand alone ("Wir wissen nicht warum."): a clause only with its verb.
_QUESTION_ADVERBS = word_set(
    "warum wieso wann woher wohin wozu womit worauf woran worüber wofür worin wovon"
)
# Verbs whose clause waits for a participle: "wurden … erfasst", "hat … gerechnet".
_PARTICIPLE_VERBS = word_set("haben sein werden")
# What opens a clause or phrase of its own inside the stretch, so its last verb is not ours.
_OPENS_ANOTHER = SUBORDINATORS | word_set("wie wo als bis um")
_OBJECT_PRONOUNS = word_set("sich ihn ihm ihr es sie uns euch mich dich mir dir diese dieses")


@register
class CommaCheck:
    code = "comma"

    def check(self, block: Block, context: DocumentContext) -> Iterator[Finding]:
        if block.language != "de" or not block.is_prose or block.is_heading:
            return
        foreign = foreign_spans(block.text, block.language)
        for _sentence, tokens in context.sentences(block):
            for index in range(1, len(tokens)):
                previous, token = tokens[index - 1], tokens[index]
                if token.text == ",":
                    if not inside(foreign, token.start):
                        yield from self._needless(block, tokens, index)
                    continue
                if not (is_word(previous) or previous.text == ")") or not token.text.islower():
                    continue
                if inside(foreign, token.start):
                    continue  # „When Berlin falls, …“: a quotation in English, not German commas
                message = _missing_comma(tokens, index)
                if message is not None:
                    text = f"{block.text[previous.start : previous.end]}, {token.text}"
                    yield Finding(
                        block.index,
                        previous.start,
                        token.end,
                        self.code,
                        say(self.code, "de", f"{message}: »{text}«."),
                    )

    def _needless(self, block: Block, tokens: Sequence[Word], comma: int) -> Iterator[Finding]:
        """The comma at ``tokens[comma]``, if the rules forbid it, with the words beside it."""
        reason = superfluous_comma(tokens, comma)
        if reason is None:
            return
        before, after = tokens[comma - 1], tokens[comma + 1]
        pair = f"{before.text}, {after.text}"
        text = f"{reason}: »{pair}« → »{before.text} {after.text}«."
        yield Finding(block.index, before.start, after.end, self.code, say(self.code, "de", text))


# Adverbs of time that form one unit with a temporal conjunction: "kurz bevor", "schon als".
_TIME_COMPANIONS = frozenset(
    {"kurz", "lange", "gleich", "bald", "unmittelbar", "direkt", "schon", "erst", "noch", "gerade"}
)
# Focus particles that open a sentence together with its first clause: "Schon wenn …".
_LEADING_FOCUS = word_set("schon spätestens frühestens bereits genau")
_TEMPORAL_CONJUNCTIONS = frozenset({"bevor", "nachdem", "ehe", "als", "seit", "seitdem"})
# Auxiliaries no bare infinitive can follow ("hat" can: "dass er hat kommen müssen").
_NO_BARE_INFINITIVE = frozenset({"wurde", "wurden", "war", "waren", "ist", "sind", "worden"})
# A clause closed by its participle or infinitive: subject, auxiliary, closing verb at least.
_BRACKET_CLAUSE = 3
_BRACKET_CLOSERS = frozenset({"VV(PP)", "VA(PP)", "VV(INF)", "VA(INF)", "VM(INF)"})
_CLAUSE_PRONOUNS = RELATIVE_PRONOUNS | {"was"}
_CLAUSE_ENDS = frozenset({",", ".", ";", "!", "?"})
# Contrasting adverbs that also join clauses: inside a clause they belong to it.
# What opens a noun phrase an infinitive group may follow: "Die Entscheidung, …", "Im Wissen, …".
_GROUP_HEAD_OPENERS = ARTICLES | PREPOSITIONS  # contractions ("im", "zum") are prepositions
# "worden" mistyped as "wurde(n)" before a form of "sein" of the same number.
_SEIN_AFTER_WORDEN = {
    "wurde": frozenset({"ist", "war", "wäre", "sei"}),
    "wurden": frozenset({"sind", "waren", "wären", "seien"}),
}
# Auxiliaries whose verb cluster holds no bare infinitive before them: "nutzen ist" is two
# clauses, "nutzen wird" may be one.
_NO_BARE_INFINITIVE_BEFORE = frozenset({"ist", "sind", "war", "waren", "hat", "hatte", "hatten"})
_CLAUSE_ADVERBS = frozenset({"jedoch", "aber", "doch"})


def _missing_comma(tokens: Sequence[Word], index: int) -> str | None:
    word, before = tokens[index].text, tokens[index - 1].text.lower()
    if before in CONJUNCTION_COMPANIONS and not _adverb_of_main_clause(tokens, index - 1):
        return None
    if index == 1 and before in _LEADING_FOCUS:
        return None  # "Schon wenn man …", "Spätestens wenn …": the first word leads the clause
    if before in PREPOSITIONS and not _particle_before_clause(tokens, index):
        return None  # "mit der", "um zu", "auf dass"
    if before in _TIME_COMPANIONS and word in _TEMPORAL_CONJUNCTIONS:
        return None  # "…, kurz bevor Sie …": the comma goes before "kurz", if anywhere
    if before == "beispiel" and index >= 2 and tokens[index - 2].text.lower() == "zum":
        return None  # "…, zum Beispiel weil …": the comma goes before "zum Beispiel"
    if index >= 2 and tokens[index - 2].text == "," and "ADV" in grammar.word_tags(before):
        return None  # "…, möglicherweise bevor …": the comma stands before the adverb it leads
    question = word in _INDIRECT_QUESTIONS or (
        word in _QUESTION_ADVERBS and _verb_final_after(tokens, index)
    )
    if (
        (word in SUBORDINATORS or question)
        and not _elliptic(tokens, index)
        and not _correlate(tokens, index)
        and not _particle_of_final_verb(tokens, index)
        and not _dass_for_das(tokens, index)
    ):
        return f"Vor »{word}« steht ein Komma, denn hier beginnt ein Nebensatz"
    if word in _AMBIGUOUS_OPENERS and (
        _pronoun_clause(tokens, index) or _clause_after_main_clause(tokens, index)
    ):
        return f"Vor »{word}« steht hier ein Komma, denn es leitet einen Nebensatz ein"
    if word in INFINITIVE_OPENERS and _infinitive_group(tokens, index):
        return f"Die Infinitivgruppe mit »{word} … zu« wird mit Komma abgetrennt"
    if word == "das" and _relative_clause(tokens, index):
        if _after_other_gender(tokens, index):
            return None  # "weil die Eltern das nicht bezahlen": the clause's own "das"
        return "Vor »das« steht ein Komma, denn hier beginnt ein Nebensatz"  # or a "dass"
    if word in RELATIVE_PRONOUNS and _relative_clause(tokens, index):
        return f"Der Relativsatz mit »{word}« wird mit Komma abgetrennt"
    if word in PREPOSITIONS and _preposition_relative(tokens, index):
        return f"Vor »{word} {tokens[index + 1].text}« steht ein Komma, denn hier beginnt ein Relativsatz"
    if word in _CLAUSE_PRONOUNS and _relative_after_bracket(tokens, index):
        return f"Der Relativsatz mit »{word}« wird mit Komma abgetrennt"
    if word == "was" and _relative_clause(tokens, index):
        return "Vor »was« steht ein Komma, denn hier beginnt ein Nebensatz"
    if word == "sondern":
        return "Vor »sondern« steht immer ein Komma"
    if word in ("desto", "umso") and _je_clause_before(tokens, index):
        return f"Der Nebensatz mit »je« endet vor »{word}« mit einem Komma"
    if word in ("aber", "doch") and _contrasted_adjectives(tokens, index):
        return f"Vor »{word}« zwischen zwei Adjektiven steht ein Komma"
    announced = _announced_group(tokens, index)
    if announced is not None:
        return announced
    if _closes_initial_group(tokens, index):
        return "Die Infinitivgruppe am Satzanfang wird mit Komma abgeschlossen"
    if _closes_initial_clause(tokens, index):
        return "Der Nebensatz am Satzanfang wird mit Komma abgeschlossen"
    if _closes_inserted_clause(tokens, index):
        return "Der eingeschobene Nebensatz wird auch hinten mit Komma abgeschlossen"
    if _closes_bracketed_insertion(tokens, index):
        return "Der eingeschobene Nebensatz wird auch hinten mit Komma abgeschlossen"
    if _closes_apposition(tokens, index):
        return "Der eingeschobene Zusatz zum Subjekt wird auch hinten mit Komma abgeschlossen"
    if _closes_inserted_group(tokens, index):
        return "Die eingeschobene Infinitivgruppe wird auch hinten mit Komma abgeschlossen"
    if _two_finite_verbs(tokens, index):
        return "Zwei finite Verben gehören zu zwei Sätzen, dazwischen steht ein Komma"
    return None


def _after_other_gender(tokens: Sequence[Word], index: int) -> bool:
    """ "weil die Eltern das nicht bezahlen": after a noun that is not neuter and singular,
    "das" is no relative pronoun of it but the clause's own object or subject; after
    "genau" or "all" it is the demonstrative they point at."""
    noun = tokens[index - 1]
    if noun.text.lower() in _FOCUS_BEFORE_DEMONSTRATIVE:
        return True  # "genau das", "all das": the demonstrative the particle points at
    determiner = tokens[index - 2].text if index >= 2 else ""
    return is_noun(noun) and not may_be_neuter(noun.text, determiner=determiner)


def _verb_final_after(tokens: Sequence[Word], index: int) -> bool:
    """ "unklar, warum die Werte sanken": a clause with its finite verb last follows; "Wir
    wissen nicht warum." leaves it out, and the comma is optional."""
    clause = subordinate_clause(tokens, index)
    if len(clause) < _SUBJECT_AND_VERB or not _finite_token(clause[-1]):
        return False
    if clause[0].text.islower() and _finite_token(clause[0]):
        return False  # "warum sollte man …", "wann kann never …": a verb second, no clause
    if index >= 2 and tokens[index - 2].text in BOUNDARY_WORDS:
        return False  # "…, wann … und daher wann …": joined to a clause before
    end = tokens.index(clause[-1]) + 1
    return end >= len(tokens) or is_boundary(tokens[end])


def _closes_inserted_group(tokens: Sequence[Word], index: int) -> bool:
    """ "Die Entscheidung, den Turm zu erhalten war umstritten": an infinitive group after
    the opening noun phrase's comma ends before the main clause's finite verb."""
    word = tokens[index].text
    if not (word in FINITE_AUXILIARIES or grammar.only_finite_verb(word)):
        return False
    split = _around_only_comma(tokens, index)
    if split is None:
        return False
    head, group = split
    if not head or not is_noun(head[-1]) or any(_finite_token(token) for token in head):
        return False  # "Er versuchte, es zu lesen war …": a clause, not a noun and its group
    if head[0].text.lower() not in _GROUP_HEAD_OPENERS or len(group) < _MIN_GROUP:
        return False  # "Angepasste CDs, DVDs oder Discs zu erstellen ist …": a list, a subject
    if group[0].text in PREPOSITIONS and group[1].text in RELATIVE_PRONOUNS | {"denen", "deren"}:
        return False  # "Die Probleme, mit denen die Jugend zu kämpfen hat": a relative clause
    article = is_noun(group[1]) or inflected_adjective(group[1].text)  # "die Halle"
    if (group[0].text in RELATIVE_PRONOUNS and not article) or group[0].text in SUBORDINATORS:
        return False  # "Das Problem, das noch zu lösen ist, …": a clause, its verb "ist"
    return ends_in_zu_infinitive(group) and all(is_word(token) for token in group)


def _around_only_comma(
    tokens: Sequence[Word], index: int
) -> tuple[Sequence[Word], Sequence[Word]] | None:
    """The words before the one comma ahead of ``tokens[index]``, and those after it; None
    where there is no comma or more than one."""
    commas = [at for at in range(index) if tokens[at].text == ","]
    if len(commas) != 1:
        return None
    return tokens[: commas[0]], tokens[commas[0] + 1 : index]


def _two_finite_verbs(tokens: Sequence[Word], index: int) -> bool:
    """ "Die Daten die erhoben wurden sind vollständig": no verb cluster holds two finite
    auxiliaries or modals, so one clause ends between them."""
    previous, word = tokens[index - 1].text, tokens[index].text
    if not (previous in FINITE_AUXILIARIES and word in FINITE_AUXILIARIES):
        return False
    if PLURAL_OF.get(previous) == word or PLURAL_OF.get(word) == previous or previous == word:
        return False  # "würde würden": one form corrected into the other and left standing
    return not _worden_mistyped(tokens, index) and _verb_final_clause_before(tokens, index - 1)


def _worden_mistyped(tokens: Sequence[Word], index: int) -> bool:
    """ "gebracht wurden sind": a participle, "wurde(n)" and a form of "sein" are "worden"
    mistyped, no clause's end before the last verb."""
    same_number = _SEIN_AFTER_WORDEN.get(tokens[index - 1].text, frozenset())
    return (
        index >= 2
        and tokens[index].text in same_number  # "gewählt wurde sind folgende": two clauses
        and "VV(PP)" in grammar.word_tags(tokens[index - 2].text)
        # "Die Reform die beschlossen wurde ist umstritten.": no verb after it for the main
        # clause, so "ist" is that verb, not the end of "beschlossen worden ist"
        and any(_finite_token(token) for token in tokens[index + 1 :])
    )


def _verb_final_clause_before(tokens: Sequence[Word], verb: int) -> bool:
    """Whether a subordinate or relative clause opens before ``tokens[verb]`` and holds words
    before it, so the verb ends that clause: "Wer krank ist muss …", "Die Daten die erhoben
    wurden sind …". A verb second in its clause ("Das ist kann …") is a word corrected."""
    if verb < 2 or tokens[verb - 1].text == ",":
        return False
    for at in range(verb - 2, -1, -1):
        text = tokens[at].text
        if text in _CLAUSE_ENDS:
            return False
        lower = text.lower()
        if lower in SUBORDINATORS or (lower in _QUESTION_WORDS and lower != "wie"):
            return True  # "wie" compares as often as it asks
        relative = text in RELATIVE_PRONOUNS and at > 0
        if relative and (is_noun(tokens[at - 1]) or tokens[at - 1].text == ","):
            return True  # "Die Daten die …", "…, die …"
        if relative and tokens[at - 1].text in PREPOSITIONS:
            return True  # "Die Dinge, mit denen …"
    return False


def _relative_after_bracket(tokens: Sequence[Word], index: int) -> bool:
    """ "Viele wurden zu Geldsühnen verurteilt die kaum …", "Es lässt sich senken was …":
    a main clause closed by its participle or infinitive, then a pronoun opening a
    verb-final clause, which can only be a relative clause."""
    main = clause_before(tokens, index)
    if len(main) < _BRACKET_CLAUSE or main[0].start != tokens[0].start:
        return False  # only the sentence's first clause, whose order is known
    if not main[-1].text.islower() or not grammar.word_tags(main[-1].text) & _BRACKET_CLOSERS:
        return False
    finite = next((t.text for t in main[1:-1] if _finite_token(t) and t.text.islower()), "")
    auxiliary = grammar.word_tags(finite) & grammar.AUXILIARY_TAGS
    if not (auxiliary or "lassen" in grammar.verb_lemmas(finite)):
        return False  # the bracket opens with an auxiliary, a modal or "lässt"
    clause = clause_after(tokens, index)
    if len(clause) < _SUBJECT_AND_VERB or _opens_another(clause):
        return False
    first = clause[0].text
    if tokens[index].text != "was" and (first[:1].isupper() or inflected_adjective(first)):
        return False  # "verurteilt die Richter": an article before its noun
    end = index + len(clause) + 1
    if end < len(tokens) and tokens[end].text not in _CLAUSE_ENDS:
        return False
    return is_word(clause[-1]) and grammar.can_be_finite_verb(clause[-1].text)


def _adverb_of_main_clause(tokens: Sequence[Word], at: int) -> bool:
    """ "Sie betont jedoch dass …": after a word of its clause, "jedoch", "aber", "doch" or
    "nicht" is an adverb of that clause, and the comma goes after it, before the conjunction.

    After a comma they join what follows ("…, aber dass …"), and the comma stands.
    """
    word = tokens[at].text.lower()
    # "wussten nicht ob …": the main clause's negation; "nicht weil …, sondern" leads the clause
    negation = word == "nicht" and not any(token.text == "sondern" for token in tokens[at:])
    return (
        (word in _CLAUSE_ADVERBS or negation)
        and at >= 1
        and is_word(tokens[at - 1])
        and tokens[at - 1].text.lower() not in CONJUNCTION_COMPANIONS
    )


def _dass_for_das(tokens: Sequence[Word], index: int) -> bool:
    """ "wurde zunächst dass Protokoll extrahiert": the article misspelt, no clause to set off."""
    return tokens[index].text == "dass" and (
        dass_as_das.article(tokens, index)
        or dass_as_das.demonstrative(tokens, index)
        or dass_as_das.object_of_infinitive(tokens, index)
    )


def _particle_before_clause(tokens: Sequence[Word], index: int) -> bool:
    """ "stieg weiter an obwohl", "denkt nach bevor": a verb's particle closes the clause.

    A preposition cannot govern a clause, so one of the words that are also
    verb particles, standing after its verb and before a subordinator, is
    that verb's particle, and the comma stands after it. "auf dass" is one
    conjunction, "in sofern" is "insofern" written apart.
    """
    before, word = tokens[index - 1].text.lower(), tokens[index].text
    return (
        word in SUBORDINATORS
        and before in SEPARABLE_PARTICLES
        and (before, word) != ("auf", "dass")
        and index >= 2
        and not speller("de").listed(before + word)
    )


def _clause_after_main_clause(tokens: Sequence[Word], index: int) -> bool:
    """ "Die Werte sinken da die Temperatur steigt": a verb-final clause after a complete one.

    "damit", "während" and "da" are conjunctions only where a clause with its
    own finite verb follows. The verb at the end is that clause's when the
    main clause needs no more verbs: its finite verb takes no infinitive or
    participle ("Wir können damit Kosten senken", "wurden während der Befragung
    erfasst"), or its own verbs have already closed it ("kalibriert werden").
    """
    main = clause_before(tokens, index)
    if len(main) < _SUBJECT_AND_VERB or main[0].start != tokens[0].start:
        return False  # only the sentence's first clause: its structure is known from the start
    if main[0].text.lower() in _CLAUSE_OPENERS or _asks(main[0].text.lower()):
        return False
    if _opens_another(main):
        return False  # "… zu erklären wie sie damit umgehen": a later clause holds the verb
    if any(token.text in BOUNDARY_WORDS for token in main):
        return False  # "… reserviert und wird während …": which clause the verbs close is unclear
    stretch = clause_after(tokens, index)
    end = index + len(stretch) + 1
    if len(stretch) < _SUBJECT_AND_VERB or not all(is_word(token) for token in stretch):
        return False
    if end < len(tokens) and tokens[end].text in BOUNDARY_WORDS:
        return False  # "während der Woche und schlief": the stretch goes on, no clause of its own
    if _finite_token(stretch[0]) and stretch[0].text.islower():
        return False  # "…, damit sei alles erledigt": the verb comes second, a main clause
    if _opens_another(stretch):
        return False  # "damit zusammen, dass …", "da, wo …": the clause opens later
    if any(
        before.text[:1].isupper() and token.text in RELATIVE_PRONOUNS
        for before, token in itertools.pairwise(stretch)
    ):
        return False  # "Es gibt da Leute die …": the comma belongs before the relative clause
    last = stretch[-1].text
    if not last.islower() or not grammar.can_be_finite_verb(last):
        return False
    if "PTKVZ" in grammar.word_tags(last):
        return False  # "kommt damit gut zurecht": the main verb's particle closes it
    return not _takes_verb(main, last)


def _pronoun_clause(tokens: Sequence[Word], index: int) -> bool:
    """ "…, Schlüsse zu ziehen da es sich um … handelt": before a subject pronoun or "sich"
    and a verb-final clause, "da", "damit" and "während" are conjunctions; as an adverb
    or a preposition they take no pronoun subject after them."""
    if index + 1 >= len(tokens) or tokens[index + 1].text not in _CLAUSE_SUBJECTS:
        return False
    stretch = clause_after(tokens, index)
    if len(stretch) < _SUBJECT_AND_VERB or not all(is_word(token) for token in stretch):
        return False
    last = stretch[-1].text
    if stretch[-2].text == "zu" or _finite_token(stretch[1]):
        return False  # "hat damit er nichts zu tun": an infinitive; "da ist es": verb second
    return last.islower() and grammar.can_be_finite_verb(last)


def _opens_another(words: Sequence[Word]) -> bool:
    """A conjunction, question word or infinitive group inside ``words``: a clause of its own."""
    if any(t.text.lower() in _OPENS_ANOTHER or grammar.is_zu_infinitive(t.text) for t in words):
        return True
    return any(
        token.text == "zu"
        and following.text.islower()
        and grammar.can_be_infinitive(following.text)
        for token, following in itertools.pairwise(words)
    )


def _takes_verb(main: Sequence[Word], verb: str) -> bool:
    """Whether the main clause may still take ``verb`` as its infinitive or participle."""
    finite = next(
        (at for at in range(1, len(main)) if _finite_token(main[at]) and main[at].text.islower()),
        None,
    )
    if finite is None or any(_verb(token) for token in main[finite + 1 :]):
        return finite is None  # no finite verb yet, or its bracket already closed by its verbs
    lemmas = grammar.verb_lemmas(main[finite].text)
    tags = grammar.word_tags(verb)
    wants_infinitive = bool(lemmas & _BARE_INFINITIVE_VERBS) and grammar.can_be_infinitive(verb)
    wants_participle = bool(lemmas & _PARTICIPLE_VERBS) and "VV(PP)" in tags
    return wants_infinitive or wants_participle


def _je_clause_before(tokens: Sequence[Word], index: int) -> bool:
    """ "Je höher die Temperatur war desto …": a "je" clause with its verb and no comma yet."""
    for at in range(index - 1, -1, -1):
        text = tokens[at].text
        if text in BOUNDARY_MARKS:
            return False
        if text.lower() == "je":
            if at + 1 < index and tokens[at + 1].text in ("nach", "nachdem"):
                return False  # "je nach Standort": a preposition, no clause
            return any(grammar.can_be_finite_verb(token.text) for token in tokens[at + 1 : index])
    return False


def _contrasted_adjectives(tokens: Sequence[Word], index: int) -> bool:
    """ "zeitaufwendig aber zuverlässig", "ein kleines aber feines Projekt": a contrast of two
    adjectives of one form, as "aber" and "doch" join them (§ 72)."""
    before = tokens[index - 1].text
    at = index + 1
    if at < len(tokens) and tokens[at].text in _GRADING:
        at += 1  # "aber sehr zuverlässig"
    after = tokens[at].text if at < len(tokens) else ""
    if not (before.islower() and after.islower()) or grammar.can_be_finite_verb(before):
        return False
    first, second = grammar.word_tags(before), grammar.word_tags(after)
    if "ADJ(D)" in first and "ADJ(D)" in second:
        return not {"ADV"} & (first | second)
    return (
        inflected_adjective(before) and inflected_adjective(after) and (before[-2:] == after[-2:])
    )


def _announced_group(tokens: Sequence[Word], index: int) -> str | None:
    """ "Es ist möglich(,) die Daten zu nutzen", "die Möglichkeit(,) die Daten zu nutzen".

    An infinitive group that depends on a noun, or that "es" announces before
    a predicate adjective, is always set off (§ 75 E2/E3 of the official
    rules). A bare "zu nutzen" is no group and may stand without one.
    """
    head = tokens[index - 1].text
    before = [token.text.lower() for token in clause_before(tokens, index - 1)]
    if any(word in INFINITIVE_OPENERS for word in before):
        return None  # "um den Zweck dieses Knopfes zu erraten": the noun is in that group
    group = clause_after(tokens, index - 1)
    if len(group) < _MIN_GROUP or not ends_in_zu_infinitive(group):
        return None
    if any(
        token.text.lower() in INFINITIVE_OPENERS or grammar.only_finite_verb(token.text)
        for token in group
    ):
        return None  # "um … zu" has its own rule; a finite verb makes it a clause
    first = group[0].text
    first_tags = grammar.word_tags(first)
    if first_tags & _NOT_GROUP_START or first.lower() in GENITIVE_ARTICLES:
        return None  # "schwer gemacht …", "Zeit des Lebens …", "nicht möglich …": not yet
    if _inside_attribute(before, group):
        return None  # "den zu einer Aufgabe passenden Satz … zu finden": an attribute's noun
    if head in _ANNOUNCING_NOUNS:
        # The noun must not be the infinitive's own object ("diese Zeit später zu bereuen"):
        # the group then has an object of its own. "Zeit übrig, sich zu …" ends later.
        if not _has_object(group[:-1]) or "ADJ(D)" in first_tags:
            return None
        opened = clause_before(tokens, index - 1)
        if not _has_finite_verb(opened) and not any(w.text in PREPOSITIONS for w in opened):
            return None  # "zwingt dazu, jede Aufgabe als Prozess umzusetzen": inside the group
        return f"Die Infinitivgruppe hängt von »{head}« ab und wird mit Komma abgetrennt"
    if _correlate_before_group(tokens, index - 1):
        return f"»{head}« kündigt die Infinitivgruppe an; sie wird mit Komma abgetrennt"
    if _es_stands_for_group(tokens, index):
        return "»Es« kündigt die Infinitivgruppe an; sie wird mit Komma abgetrennt"
    copula = any(word in _COPULAS for word in before) or before[-1:] == ["für"]
    if first == "für":
        return None  # "wichtig für Teenager, unter Menschen zu gehen": the adjective's own phrase
    if head.lower() in _ANNOUNCING_ADJECTIVES and "es" in before and copula:
        return f"»es … {head}« kündigt die Infinitivgruppe an; sie wird mit Komma abgetrennt"
    return None


def _es_stands_for_group(tokens: Sequence[Word], index: int) -> bool:
    """ "Es lohnt sich(,) die Daten zu prüfen", "Es gelang ihnen nicht(,) die Aufgabe zu
    lösen": an opening "Es" holds the place of the group, which is the subject (§ 75 E3).

    Only with verbs whose subject such a group is, and where the group plainly
    starts with a determiner after the main clause's words.
    """
    if tokens[0].text != "Es" or index < 3 or tokens[index].text not in _GROUP_OPENING_DETERMINERS:
        return False
    verb = tokens[1].text
    if not verb.islower() or not grammar.verb_lemmas(verb) & _GROUP_SUBJECT_VERBS:
        return False
    return not any(
        token.text in BOUNDARY_MARKS or _finite_token(token) for token in tokens[2:index]
    )


def _correlate_before_group(tokens: Sequence[Word], at: int) -> bool:
    """ "Ziel ist es(,) die Daten zu prüfen", "Wir achten darauf(,) die Daten zu prüfen".

    "es" after the finite verb, or the pronominal adverb a verb's object
    takes, points ahead to the infinitive group that follows (§ 75 E3). Only
    where the group plainly starts after it: with an article or possessive
    ("liebt es die Nacht …"), not a dative of the main verb ("fällt es den
    Menschen schwer, …") or the adjective the group depends on.
    """
    if at + 1 >= len(tokens) or tokens[at + 1].text not in _GROUP_OPENING_DETERMINERS:
        return False
    main = clause_before(tokens, at)
    finite = next((t for t in reversed(main) if t.text.islower() and _finite_token(t)), None)
    if finite is None:
        return False
    lemmas = grammar.verb_lemmas(finite.text)
    word = tokens[at].text.lower()
    if word == "es":
        if main[-1] is not finite or lemmas & _ES_OBJECT_VERBS:
            return False  # "es gibt …", "fällt es …": "es" is the verb's own subject
        return not lemmas & {"sein"} or main[0].text in _ANNOUNCING_NOUNS  # "Ziel ist es"
    return any((lemma, word) in _CORRELATE_VERBS for lemma in lemmas)


def _inside_attribute(before: Sequence[str], group: Sequence[Word]) -> bool:
    """ "zu einer Aufgabe passenden Satz": a preposition's noun, then an adjective and the noun
    the whole phrase describes."""
    first = group[0].text
    return (
        any(word in PREPOSITIONS for word in before[-2:])
        and first.lower() not in ARTICLES
        and inflected_adjective(first)
        and group[1].text[:1].isupper()
    )


def _has_object(words: Sequence[Word]) -> bool:
    """A noun outside a prepositional phrase, or a pronoun: what the infinitive acts on."""
    if any(word.text.lower() in _OBJECT_PRONOUNS for word in words):
        return True
    return free_noun(words, articles_bind=False) is not None


def _closes_initial_group(tokens: Sequence[Word], index: int) -> bool:
    """ "Um das Ziel zu erreichen müssen wir …": the main verb meets the infinitive."""
    word = tokens[index].text
    if tokens[0].text not in _INITIAL_OPENERS or not word.islower():
        return False
    if not grammar.can_be_finite_verb(word):
        return False
    if any(token.text == "," for token in tokens[1:index]):
        return False
    return ends_in_zu_infinitive(tokens[:index])


def _closes_initial_clause(tokens: Sequence[Word], index: int) -> bool:
    """ "Obwohl die Stichprobe klein war zeigten sich …": the main verb meets the clause's verbs.

    A subordinate clause ends in its verbs, the finite one last; the main
    clause after it opens with its own finite verb and goes on with more than
    verbs. In the first run of verbs, followed by a subject or object, the
    comma stands after the first verb that can only be finite ("worden waren,
    wurde"), or else before the last ("gelesen werden, können sie").
    """
    opener = tokens[0].text.lower()
    if opener not in _CLAUSE_OPENERS or tokens[-1].text == "?":
        return False  # "Wie überzeugt sind Sie …?": a question, verb second
    run = _verb_run(tokens, index)
    if run is None:
        return False
    first, last = run
    if any(token.text in BOUNDARY_MARKS for token in tokens[1:last]):
        return False
    if _has_finite_verb(tokens[1:first]):
        return False  # only the first run of verbs can close the opening clause
    if opener in ("wie", "als") and not any(_names_someone(t) for t in tokens[1:first]):
        return False  # "Wie gesagt ist …": a fixed phrase, the comma optional
    finite = [at for at in range(first, last) if _only_finite(tokens[at].text)]
    return index == (finite[0] + 1 if finite else last)


def _verb_run(tokens: Sequence[Word], index: int) -> tuple[int, int] | None:
    """The run of two or more verbs ``tokens[index]`` belongs to, ending before a subject or
    object: its first and last positions."""
    if not _verb(tokens[index]):
        return None
    first = index
    while first > 1 and _verb(tokens[first - 1]):
        first -= 1
    last = index
    while (
        last + 1 < len(tokens)
        and _verb(tokens[last + 1])
        and not _adjective_of_noun(tokens, last + 1)
    ):
        last += 1  # not "… standen verzeichneten beliebte Naturräume": "beliebte" is an adjective
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if last == first or following is None or not is_word(following):
        return None  # "…, dass gelesen werden kann.": the verbs end the sentence together
    if following.text in BOUNDARY_WORDS or following.text in ("als", "wie"):
        return None  # "Wenn sie genutzt wird und …": the clause goes on past its verbs
    if not grammar.can_be_finite_verb(tokens[last].text):
        return None
    if following.text[:1].isupper() and "ADJ(A)" in grammar.word_tags(tokens[last].text):
        return None  # "der gleichen aktualisierten Pakete": adjectives before their noun
    return first, last


def _adjective_of_noun(tokens: Sequence[Word], at: int) -> bool:
    """An inflected adjective before a capitalised noun: "beliebte Naturräume"."""
    following = tokens[at + 1].text if at + 1 < len(tokens) else ""
    return following[:1].isupper() and "ADJ(A)" in grammar.word_tags(tokens[at].text)


def _only_finite(word: str) -> bool:
    """ "waren", "ausrichtet": no infinitive, and no participle ("bereinigt") either."""
    return grammar.only_finite_verb(word) and "VV(PP)" not in grammar.word_tags(word)


def _names_someone(token: Word) -> bool:
    """A subject or object in the clause: a noun or a pronoun."""
    return token.text[:1].isupper() or token.text in PERSONAL_PRONOUNS or token.text == "man"


def _verb(token: Word) -> bool:
    """A verb form that may close a clause: finite, infinitive or participle, not an adjective
    ("bekannt ist", "die gemessenen Werte")."""
    tags = grammar.word_tags(token.text) if is_word(token) and token.text.islower() else frozenset()
    if not tags & grammar.VERB_TAGS:
        return False
    if _adjective_first(token.text):
        return False  # "leer standen": an adjective, though "ich leer" is a clipped verb form
    return not (tags & grammar.ADJECTIVE_TAGS and not tags & grammar.FINITE_TAGS)


def _closes_inserted_clause(tokens: Sequence[Word], index: int) -> bool:
    """ "Die Befragten, die teilnahmen waren …": the clause's verb meets the main verb.

    Only where neither verb can be part of a verb cluster: an infinitive or a
    participle before a modal or auxiliary ("lesen kann", "gelesen hat") is one.
    """
    if _worden_mistyped(tokens, index):
        return False
    previous, word = tokens[index - 1].text, tokens[index].text
    following = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
    # After a past "wurden" or a "sind" no bare infinitive follows, so "berücksichtigen" is
    # finite; so is a plural that takes no verb before its object ("versprechen zeigen eine").
    finite = (
        grammar.only_finite_verb(word)
        or (previous in _NO_BARE_INFINITIVE and grammar.can_be_finite_verb(word))
        or (_takes_no_verb(word) and following in ARTICLES)
    )
    if not finite:
        return False
    # "…, die um Zeit ringen bietet": a verb that governs no infinitive or participle, and
    # "…, die der Autor verwendet lässt sich": "lassen" takes an infinitive, no participle;
    # "bleiben" takes only one of position ("liegen bleibt"), not "rechnen bleibt"
    lemmas = grammar.verb_lemmas(word)
    plain = (
        _takes_no_verb(word)
        or (lemmas == {"lassen"} and not grammar.can_be_infinitive(previous))
        or (lemmas == {"bleiben"} and previous not in _POSITION_INFINITIVES)
    )
    if plain:
        if not _main_verb_here(tokens, index) or not _finite_token(tokens[index - 1]):
            return False
        auxiliary = "VA(FIN)" in grammar.word_tags(previous)
        if auxiliary and "VV(PP)" in grammar.word_tags(word):
            return False  # "# wird benötigt als …": the auxiliary's participle
    elif not (grammar.only_finite_verb(previous) or _finite_before_sein(tokens, index)):
        return False
    modal = "VM(FIN)" in grammar.word_tags(word)  # a modal takes no participle: "verbessert konnte"
    plain = plain or modal
    if "VV(PP)" in grammar.word_tags(previous) | grammar.word_tags(word) and not plain:
        return False  # "das Paket wurde signiert": a participle closes the same clause
    start = index - 1
    while start > 0 and tokens[start - 1].text != ",":
        start -= 1
    if start == 0 or start >= index - 1:
        return False  # no comma opened an inserted clause, or it holds only the verb
    opener = tokens[start].text
    inserted = opener in RELATIVE_PRONOUNS or opener in SUBORDINATORS
    # "…, in denen Influencer … eingehen verschwimmt": a preposition before the pronoun
    inserted = inserted or (
        opener in PREPOSITIONS and _pronoun_opens_clause(tokens[start + 1 : start + 3])
    )
    # The clause before the inserted one must still lack its verb: a subject only.
    head = tokens[: start - 1]
    return inserted and not any(_finite_token(token) for token in head)


def _closes_bracketed_insertion(tokens: Sequence[Word], index: int) -> bool:
    """ "Dabei hat das Konzept, bei dem nur Kühe behandelt werden in den letzten Jahren an
    Bedeutung gewonnen": a clause inserted inside the main clause's verb bracket.

    The main clause's finite verb stands before the insertion and its closing
    participle, infinitive or particle ends the sentence. The inserted clause
    ends with its finite verb, so what follows that verb, up to the closing
    part, is the main clause's again and is set off by a comma.
    """
    verb, following = tokens[index - 1], tokens[index].text
    if not verb.text.islower() or not grammar.can_be_finite_verb(verb.text):
        return False
    if grammar.word_tags(verb.text) & grammar.ADJECTIVE_TAGS or inflected_adjective(following):
        return False  # "die dicht nebeneinander …", "von Administratoren erstellten normalen"
    if _verb(tokens[index]) or following in BOUNDARY_WORDS | {"zu"}:
        return False  # "…, die Daten automatisiert zu erfassen": an infinitive group
    before = tokens[index - 2].text
    before_tags = grammar.word_tags(before) if before.islower() else frozenset()
    auxiliary = grammar.word_tags(verb.text) & grammar.AUXILIARY_TAGS
    if auxiliary and not before_tags & _BRACKET_CLOSERS:
        return False  # "…, das Filter wird vom Rand aus angewandt": a main clause's own bracket
    if verb.text in _NO_BARE_INFINITIVE_BEFORE and "VV(PP)" not in before_tags:
        return False  # "…, die ihre Grenzen kennen ist es …": the main verb, after no comma
    if inflected_adjective(before) or before.lower() in ARTICLES:
        return False  # "ein richtiges erleben der Welt": a noun written small
    start = index - 2
    while start > 0 and tokens[start].text not in BOUNDARY_MARKS:
        start -= 1
    if start < 2 or tokens[start].text != "," or start + 2 >= index - 1:
        return False
    opener = [token.text.lower() for token in tokens[start + 1 : start + 3]]
    relative = opener[0] in RELATIVE_PRONOUNS or (
        opener[0] in PREPOSITIONS and _pronoun_opens_clause(tokens[start + 2 : start + 4])
    )
    if not (relative or opener[0] in SUBORDINATORS):
        return False
    cluster = index - 1
    while cluster > start + 2 and grammar.word_tags(tokens[cluster - 1].text) & _BRACKET_CLOSERS:
        cluster -= 1  # "versorgt werden", "erhoben haben": the verbs that end the clause
    if any(_finite_token(token) for token in tokens[start + 2 : cluster]):
        return False  # the inserted clause's verb stands earlier, or a clause opens inside it
    if relative and _subject_then_verb(tokens[start + 1 : cluster]):
        return False  # "…, der zweite Balken zeigt den Takt an": a main clause after a comma
    last = tokens[start - 1].text
    if last.islower() and grammar.word_tags(last) & _BRACKET_CLOSERS:
        return False  # "… hinzufügen, indem Sie … ausführen": the main clause is complete
    tail = tokens[index:]
    if len(tail) < _SUBJECT_AND_VERB or tail[-1].text not in (".", "!", "?"):
        return False
    closing, rest = tail[-2], tail[:-2]
    if any(token.text in BOUNDARY_MARKS or _finite_token(token) for token in rest):
        return False
    if ends_in_zu_infinitive(tail[:-1]):
        return False  # "…, die Daten statt per Hand automatisiert zu erfassen"
    closing_tags = grammar.word_tags(closing.text) if closing.text.islower() else frozenset()
    particle = "PTKVZ" in closing_tags
    if not (particle or closing_tags & _BRACKET_CLOSERS):
        return False
    if "VV(FIN)" in closing_tags and "VV(INF)" not in closing_tags:
        return False  # "…, das zum Erwachsenwerden dazu gehört": the clause's own verb
    head = [token for token in tokens[:start] if token.text.islower()]
    if particle:  # "Als Variablen gehen …, … ein": any finite verb takes a particle
        return any(_finite_token(token) for token in head)
    return any(grammar.word_tags(token.text) & grammar.AUXILIARY_TAGS for token in head)


def _subject_then_verb(words: Sequence[Word]) -> bool:
    """An article, adjectives and a noun: a subject, whose verb follows in second place."""
    if len(words) < _SUBJECT_AND_VERB or not is_noun(words[-1]):
        return False
    return all(word.text.islower() and inflected_adjective(word.text) for word in words[1:-1])


def _finite_before_sein(tokens: Sequence[Word], index: int) -> bool:
    """ "…, die wir nutzen ist": "sein" and "haben" take no bare infinitive, so an "-en"
    form before them ends the inserted clause, unless "zu" binds it ("zu lesen ist")."""
    return (
        tokens[index].text in _NO_BARE_INFINITIVE_BEFORE
        and grammar.can_be_finite_verb(tokens[index - 1].text)
        and "ADJ(D)" not in grammar.word_tags(tokens[index - 1].text)  # "schüchtern ist"
        and (index < 2 or tokens[index - 2].text != "zu")
    )


def _main_verb_here(tokens: Sequence[Word], index: int) -> bool:
    """Whether ``tokens[index]`` can open the main clause after a verb that closed another:
    not before a mark ("…, die sich beim Kleider shoppen abspielt, muss") or another verb,
    not an adjective before its noun ("produzieren überlappende Notenköpfe"), and not
    after a verb that "zu", "als" or "wie" binds ("zu hören bekomme", "als veraltet gilt")."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or is_boundary(following) or not is_word(following):
        return False
    word = tokens[index].text
    if following.text[:1].isupper() and "ADJ(A)" in grammar.word_tags(word):
        return False
    if _finite_token(following) and following.text.lower() not in ARTICLES:
        return False  # "verteilt arbeitet rechtfertigt": the clause's verb is "arbeitet"
    return index < 2 or tokens[index - 2].text.lower() not in ("zu", "als", "wie")


def _takes_no_verb(word: str) -> bool:
    """A full verb that governs neither an infinitive nor a participle: "bietet", not "lässt"."""
    tags = grammar.word_tags(word)
    if tags & {"VA(FIN)", "VM(FIN)"} or "VV(FIN)" not in tags:
        return False
    return grammar.verb_lemmas(word).isdisjoint(_CLUSTER_VERBS | {"lassen"})


def _closes_apposition(tokens: Sequence[Word], index: int) -> bool:
    """ "Max Weber, einer der Begründer der Soziologie unterscheidet …": the verb after an
    apposition to the opening subject.

    The sentence opens with a noun phrase and no verb, a comma, and "einer
    der …" with no verb and no "und"; that is no relative clause, so the first
    finite verb after it, with more of the clause after it, is the main
    clause's, and the apposition ends before it.
    """
    word = tokens[index].text
    if not (word.islower() and grammar.only_finite_verb(word)) or index + 1 >= len(tokens):
        return False
    split = _around_only_comma(tokens, index)
    if split is None:
        return False
    head, stretch = split
    if not head or not head[0].text[:1].isupper() or head[0].text.lower() in _CLAUSE_OPENERS:
        return False
    if len(stretch) < _SUBJECT_AND_VERB or stretch[0].text not in _APPOSITION_OPENERS:
        return False
    if stretch[1].text not in ("der", "des") or is_boundary(tokens[index + 1]):
        return False  # only "einer der …": "die man … erlebt," is a relative clause, verb last
    words = [*head, *stretch]
    if not all(is_word(token) for token in words) or any(_verb(token) for token in words):
        return False
    return not any(token.text in BOUNDARY_WORDS for token in stretch)


def _verb_still_owed(opener: Sequence[Word], opened: Sequence[Word]) -> bool:
    """A subordinate clause whose verb has not come yet: the next verb-final stretch is its own."""
    if not opener or opener[0].text.lower() not in SUBORDINATORS:
        return False
    return not _has_finite_verb(opened[1:])


def _clause_ends_after(tokens: Sequence[Word], end: int) -> bool:
    """The sentence ends at ``end``, or a new clause opens after its comma.

    "dass jedes Paket welches sie benutzt, neu gebaut wird": the clause goes
    on after the comma, so the verb before it closed a relative clause.
    """
    if end >= len(tokens) or tokens[end].text in (".", "!", "?", ";", ":"):
        return True
    following = tokens[end + 1].text.lower() if end + 1 < len(tokens) else ""
    return following in SUBORDINATORS or following in BOUNDARY_WORDS


def _second_group(opened: Sequence[Word]) -> bool:
    """ "die Dächer zu nutzen und diese gegebenenfalls": after an infinitive group and "und",
    a second one has begun, and without a finite verb of its own "um" or "ohne" is inside it."""
    for at in range(len(opened) - 1, 0, -1):
        if opened[at].text in ("und", "oder") and at >= 2 and opened[at - 2].text == "zu":
            return not _has_finite_verb(opened[at + 1 :])
    return False


def _has_finite_verb(words: Sequence[Word]) -> bool:
    """A form that may be finite, unless it is a participle before its noun ("installierten
    Paketen"), which the tagger also reads as a verb."""
    for at, word in enumerate(words):
        following = words[at + 1].text if at + 1 < len(words) else ""
        attributive = following[:1].isupper() and "ADJ(A)" in grammar.word_tags(word.text)
        if _finite_token(word) and not attributive:
            return True
    return False


def _finite_token(token: Word) -> bool:
    return (
        is_word(token)
        and grammar.can_be_finite_verb(token.text)
        and not _adjective_first(token.text)
    )


def _adjective_first(word: str) -> bool:
    """ "leer", "klar": an adjective with no finite verb's ending, though the tagger knows a
    clipped "ich leer" too. Kept to the comma rules: elsewhere "weiß" is the verb as often."""
    return bool(grammar.word_tags(word) & grammar.ADJECTIVE_TAGS) and not word.endswith(
        _FINITE_ENDINGS
    )


def _elliptic(tokens: Sequence[Word], index: int) -> bool:
    """``falls nötig``, ``wenn möglich``, ``falls angegeben``: a clause without a verb.

    Such shortened clauses may stand without commas, so they are no evidence. The
    clause is read up to the next mark: "über computer- und informationsbezogene
    Kompetenzen verfügen" goes on past the "und" of a shared first part.
    """
    clause = up_to_mark(tokens, index)
    if not clause:
        return False
    if any(token.text in _CLAUSE_SUBJECTS for token in clause):
        return False  # "ob sich …, etwa …, finden lassen": a subject or "sich" has its verb later
    if tokens[index - 1].text in RELATIVE_PRONOUNS and _uninflected(clause[0].text):
        return True  # "die falls nötig erstellt wird": the relative clause's verb, not its own
    if any(grammar.can_be_finite_verb(token.text) for token in clause):
        return False
    return not _list_then_verb(tokens, index + 1 + len(clause))


def _list_then_verb(tokens: Sequence[Word], at: int) -> bool:
    """Whether a list of nouns goes on past the comma at ``at`` to its verb: "obwohl Tempo,
    Klang und Harmonik wechseln" is a clause, its commas the list's."""
    while at + 1 < len(tokens) and tokens[at].text == "," and is_noun(tokens[at + 1]):
        at += 2
    if at + 1 >= len(tokens) or tokens[at].text not in ("und", "oder"):
        return False
    rest = up_to_mark(tokens, at)
    return bool(rest) and is_noun(rest[0]) and grammar.can_be_finite_verb(rest[-1].text)


def _uninflected(word: str) -> bool:
    """ "nötig", "gewünscht": an adjective or participle as the short clause has it."""
    tags = grammar.word_tags(word)
    return (
        word.islower()
        and bool(tags & {"ADJ(D)", "VV(PP)"})
        and not grammar.can_be_finite_verb(word)
    )


def _correlate(tokens: Sequence[Word], index: int) -> bool:
    """ "was solange gilt, solange …", "wird solange wiederholt, bis …": the first is "so lange".

    The same word, or "bis" after "solange", opens the clause after a comma;
    the word before it only points ahead to that clause.
    """
    word = tokens[index].text
    partners = {word, "bis"} if word == "solange" else {word}
    return any(
        tokens[at].text in partners and tokens[at - 1].text == ","
        for at in range(index + 2, len(tokens))
    )


def _attributive(word: str) -> bool:
    """ "implementierten": a form that is also an adjective before a noun."""
    return "ADJ(A)" in grammar.word_tags(word)


def _infinitive_group(tokens: Sequence[Word], index: int) -> bool:
    """``um … zu erfassen`` / ``ohne … anzuwenden``, ending where the group ends."""
    before = tokens[index - 1].text.lower()
    if before == "sich" or (tokens[index].text == "um" and before.startswith(_UM_VERBS)):
        return False
    if before == "rund" and tokens[index].text == "um":
        return False  # "rund um das Konto": a preposition
    # An infinitive group hangs off a clause with a finite verb of its own. Without one
    # ("…, das Problem ohne Hilfe zu lösen"), the words before belong to the same group
    # and the comma, if needed, stands further left.
    opened = clause_before(tokens, index)
    if not _has_finite_verb(opened):
        return False  # "nach installierten Paketen ohne Quelle zu suchen": one group
    if _second_group(opened):
        return False  # "… zu nutzen und diese um einen Speicher zu ergänzen": one more group
    if opened and opened[0].text.lower() in INFINITIVE_OPENERS:
        return False  # "um … zu scheren und sie ohne … zu skalieren": still the first group
    group = clause_after(tokens, index)
    if not group:
        return False
    last = group[-1].text
    if grammar.is_zu_infinitive(last):
        return True
    return len(group) >= 2 and group[-2].text == "zu" and grammar.can_be_infinitive(last)


def _after_main_clause(tokens: Sequence[Word], index: int) -> bool:
    """ "Wir verwenden Methoden die SQL-Abfragen generieren": "die" cannot be an article here.

    The sentence opens with subject and finite verb, then the noun (with its
    article and adjectives) the pronoun fits; a second verb at the end needs a clause of its own. Unless the first
    verb takes a bare infinitive ("Wir lassen Methoden die Abfragen generieren").
    """
    noun = tokens[index - 1].text
    main = clause_before(tokens, index - 1)
    if len(main) < _SUBJECT_AND_VERB or main[0].start != tokens[0].start:
        return False
    if main[0].text.lower() not in _SUBJECT_OPENERS:
        return False  # "Sicherlich haben Jugendliche die Pflicht …": the noun is the subject
    if len(clause_after(tokens, index)) >= 2 and clause_after(tokens, index)[-2].text == "zu":
        return False  # "… die Pflicht zur Schule zu gehen": an infinitive group, no clause
    attributes = main[_SUBJECT_AND_VERB:]
    if not all(t.text in ARTICLES or inflected_adjective(t.text) for t in attributes):
        return False  # only the noun's article and adjectives between verb and noun
    verb = main[1].text
    if not verb.islower() or not grammar.can_be_finite_verb(verb):
        return False
    if grammar.verb_lemmas(verb) & _BARE_INFINITIVE_VERBS:
        return False
    fits = _PRONOUN_NOUNS.get(tokens[index].text, ())
    return any(reading.startswith(fits) for reading in nouns.compound_analyses(noun))


def _particle_of_final_verb(tokens: Sequence[Word], index: int) -> bool:
    """ "wenn die Version kurz bevor steht": the particle of "bevorstehen", written apart."""
    if index + 1 >= len(tokens):
        return False
    verb = tokens[index + 1]
    after = tokens[index + 2].text if index + 2 < len(tokens) else "."
    return (
        verb.text.islower()
        and after in BOUNDARY_MARKS
        and speller("de").listed(tokens[index].text + verb.text)
    )


def _only_noun(word: str) -> bool:
    """A noun and nothing else, though capitalised by the sentence start: not "Genau", "All"."""
    tags = grammar.word_tags(word)
    return bool(tags & {"NN", "NNA"}) and not tags & _FUNCTION_TAGS


def _verb_second(tokens: Sequence[Word], index: int) -> bool:
    """A main clause's finite verb after its first constituent: "Sie können", "Das Team hat"."""
    verb = tokens[index].text
    if not verb.islower() or not grammar.can_be_finite_verb(verb):
        return False
    first = clause_before(tokens, index)
    return (
        0 < len(first) <= 2
        and all(is_word(token) for token in first)
        and (first[0].text[:1].isupper() or first[0].text.lower() in PERSONAL_PRONOUNS)
    )


def _counted_alone(clause: Sequence[Word]) -> bool:
    """A number with no noun after it: "der drei enthält", not "die drei Kinder haben", nor
    a year ("die 2019 beschlossen wurde")."""
    following = clause[1].text if len(clause) > 1 else ""
    year = len(clause[0].text) == _YEAR_DIGITS and clause[0].text.isdigit()
    return not year and "CARD" in grammar.word_tags(clause[0].text) and not following[:1].isupper()


def _asks(word: str) -> bool:
    """A question word: "was für eine Liste das …", "welche Methode die …"."""
    return word in _QUESTION_WORDS or word.startswith("welch")


def _main_clause_verb(tokens: Sequence[Word], index: int) -> bool:
    """ "Mit vielen Systemen kann das …", "…, wird die …": a main clause's finite verb.

    A verb that is only ever finite ends a subordinate clause or stands second in
    a main one; in a main clause what follows is its subject or object.
    """
    verb = tokens[index].text
    clause = clause_before(tokens, index)
    if not clause and verb.islower() and grammar.can_be_finite_verb(verb):
        return True  # "Falls …, werden das die Prozesse …": the verb opens the main clause
    if not verb.islower() or not grammar.only_finite_verb(verb):
        return False
    opener = clause[0].text.lower() if clause else verb
    return not (opener in SUBORDINATORS or opener in RELATIVE_PRONOUNS or _asks(opener))


def _auxiliary_first(tokens: Sequence[Word]) -> bool:
    """ "Ist", "Hat", "Sollte" opening the sentence: a clause led by its finite verb."""
    return grammar.tag_at([token.text for token in tokens], 0) in grammar.AUXILIARY_TAGS


def _declined_apart(pronoun: str, clause: Sequence[Word], noun: Word) -> bool:
    """ "die bereits erhebliche Defizite": after "die" a plural's adjective ends in -en, so
    "die" is no article of this noun but the pronoun, and the noun its clause's own."""
    if pronoun != "die" or not all(r.startswith("pl.") for r in nouns.compound_analyses(noun.text)):
        return False
    before = clause[: clause.index(noun)]
    adjectives = [word for word in before if inflected_adjective(word.text)]
    return (
        bool(adjectives)
        and any(word.text.endswith("e") for word in adjectives)
        and all(word.text.islower() for word in before)
    )


def _participle_attribute(word: str) -> bool:
    """ "ändernden", "veränderten": a participle declined before its noun."""
    if not inflected_adjective(word):
        return False
    return adjective_stem(word).endswith("nd") or participle_adjective(word)  # "ändernd"


def _up_to_main_verb(clause: list[Word]) -> list[Word]:
    """The clause up to its finite verb where the main clause's meets it with no comma:
    "die 2019 beschlossen wurde | ist umstritten"."""
    verb = final_verb(clause)
    if verb is not None and verb + 1 < len(clause) and _finite_token(clause[verb + 1]):
        return clause[: verb + 1]
    return clause


def _cited_noun(tokens: Sequence[Word], close: int) -> Word | None:
    """The noun before a bracketed year or citation that ends at ``close``: "Meier (2019)"."""
    opening = next((at for at in range(close - 1, -1, -1) if tokens[at].text == "("), None)
    if opening is None or opening < 1 or not any(t.text.isdigit() for t in tokens[opening:close]):
        return None
    return tokens[opening - 1] if is_noun(tokens[opening - 1]) else None


def _preposition_relative(tokens: Sequence[Word], index: int) -> bool:
    """ "Daten mit denen wir arbeiten", "ein Ansatz erprobt bei dem das Netz … nachtrainiert
    wurde": a preposition and a relative pronoun open a verb-final clause.

    "denen" is only a pronoun; "dem", "der", "den" are pronouns where a subject
    pronoun, a definite article or "sich" follows them, which no article's noun
    does. "deren", "dessen" and "welcher" also lead a noun ("mit deren Hilfe").
    """
    if index < 2 or index + 2 >= len(tokens) or not is_word(tokens[index - 1]):
        return False
    if tokens[index - 1].text.lower() in _NOT_BEFORE_RELATIVE | BOUNDARY_WORDS:
        return False
    if tokens[index + 1].text == "das" and _particle_of_earlier_verb(tokens, index):
        return False  # "wirft ihnen vor das sie …": "vorwerfen", then a "dass" miswritten
    if not _pronoun_opens_clause(tokens[index + 1 : index + 3]):
        return False
    if tokens[index + 2].text == "sich" and any(
        _participle_attribute(token.text) for token in tokens[index + 3 : index + 5]
    ):
        return False  # "für die sich häufig ändernden Versionen": an article
    clause = subordinate_clause(tokens, index + 1)
    if len(clause) < _SUBJECT_AND_VERB or not _finite_token(clause[-1]):
        return False
    if not has_subject(clause[:-1]):
        return False  # "Vorteile gegenüber denen aus B bieten": a demonstrative, no clause
    end = tokens.index(clause[-1]) + 1
    return end >= len(tokens) or tokens[end].text in _CLAUSE_ENDS


def _pronoun_opens_clause(pair: Sequence[Word]) -> bool:
    """After a preposition: "denen", or "dem"/"der"/… before a subject pronoun, "sich" or a
    definite article, which no article's noun stands before ("in der man", "bei dem das")."""
    if not pair:
        return False
    pronoun = pair[0].text
    following = pair[1].text if len(pair) > 1 else ""
    return pronoun == "denen" or (
        pronoun in _PREPOSITION_RELATIVES
        and (following in _CLAUSE_SUBJECTS or following in _PREPOSITION_RELATIVES)
    )


def _particle_of_earlier_verb(tokens: Sequence[Word], index: int) -> bool:
    """ "macht viele Tiefen durch": a finite verb before it in the clause makes the word its
    separated particle ("durchmachen")."""
    particle = tokens[index].text
    if particle not in SEPARABLE_PARTICLES:
        return False
    return any(
        speller("de").listed(particle + lemma)
        for token in tokens[clause_start(tokens, index) : index]
        if token.text.islower() and _finite_token(token)
        for lemma in grammar.verb_lemmas(token.text)
    )


def _relative_clause(tokens: Sequence[Word], index: int) -> bool:
    """A pronoun opening a verb-final clause in which it has no noun of its own."""
    before = tokens[index - 1]
    if before.text == ")":
        cited = _cited_noun(tokens, index - 1)
        if cited is None:
            return False
        before = cited  # "eine Studie von Meier (2019) die …": the noun before the citation
    if before.text.lower() in _NOT_BEFORE_RELATIVE:
        return False
    if _verb_second(tokens, index - 1) or _main_clause_verb(tokens, index - 1):
        return False  # "Sie können das auch …": the verb's object, nothing to refer back to
    if index == 1 and _auxiliary_first(tokens):
        return False  # "Ist das erledigt, …": a clause led by its verb, "das" its subject
    opener = clause_before(tokens, index)[:1]
    if opener and _asks(opener[0].text.lower()):
        return False  # "was für eine Liste das sein soll": the question's subject follows
    if before.text.lower() in SUBORDINATORS or before.text.lower() == "damit":
        return False  # "Damit das notiert werden kann": the clause's subject
    if before.text == "da" and index >= 2 and tokens[index - 2].text == ",":
        return False  # "…, da das so erwartet wird": the conjunction "da" and its subject
    if index >= 2 and tokens[index - 2].text.lower() in ("so", "wie") and before.text.islower():
        return False  # "so sinnlos das auch sein mag": a concession, "das" its subject
    whole = subordinate_clause(tokens, index)
    clause = _up_to_main_verb(whole)
    meets_main_verb = len(clause) < len(whole)  # "die … beschlossen wurde ist umstritten"
    after = tokens.index(clause[-1]) + 1 if clause else index + 1
    if _verb_still_owed(opener, clause_before(tokens, index)) and _clause_ends_after(tokens, after):
        return False  # "dass die Konfiguration der domU … besorgt wird.": that clause's own verb
    # "nahmen Teams aus Vereinen die … zugeteilt wurden teil": the main verb's particle
    # follows the clause, which ends before it
    particle = (
        len(clause) >= _SUBJECT_AND_VERB + 1
        and "PTKVZ" in grammar.word_tags(clause[-1].text)
        and grammar.can_be_finite_verb(clause[-2].text)
        and any(_finite_token(token) for token in tokens[:index])
    )
    if particle:
        clause = clause[:-1]
    first = clause[0].text if clause else ""
    # "Patienten die ein Risiko …": no article's word; but "der einen und der anderen"
    article_after = first in _BARE_INDEFINITE and not (
        len(clause) > 1 and clause[1].text in BOUNDARY_WORDS
    )
    # "Erzählungen die sich … bedienen": an article before "sich" leads a participle ("die
    # sich ändernden Preise"), and without one "die" is the pronoun
    reflexive = first == "sich" and not any(_participle_attribute(t.text) for t in clause[1:3])
    if (
        first
        and not (article_after or reflexive)
        and (pronoun_like(first) or inflected_adjective(first))
    ):
        return False  # "die Liste der meisten", "möchten das gleiche": an article
    if clause and not article_after and _counted_alone(clause):
        return False  # "eine Kombination der drei": a genitive article before a number
    if clause and clause[0].text.islower() and not speller("de").known(clause[0].text):
        return False  # "dem Ideal der impassibilité": an article before a foreign noun
    if tokens[index].text.lower() in ("dessen", "deren") and all(
        grammar.word_tags(token.text) & _VERB_FORM_TAGS for token in clause
    ):
        return False  # "die Vorstellung dessen verändert hat, was …": a genitive is no subject
    if (
        len(clause) < 2
        or not is_word(clause[-1])
        or not grammar.can_be_finite_verb(clause[-1].text)
    ):
        return False
    end = after
    if end < len(tokens) and not (is_boundary(tokens[end]) or meets_main_verb):
        return False
    if end < len(tokens) and tokens[end].text in BOUNDARY_WORDS and _attributive(clause[-1].text):
        return False  # "der neu implementierten sowie der alten Tests": one noun phrase
    noun = free_noun(clause[:-1], articles_bind=True)
    # "Vereinen die nach dem Zufallsprinzip zugeteilt wurden": an article before a preposition
    # leads an attribute ("die nach … zugeteilten Teams"), which needs an inflected participle
    governed_only = clause[0].text in PREPOSITIONS and not any(
        inflected_adjective(token.text) for token in clause
    )
    if (
        noun is not None
        and not reflexive
        and not governed_only
        and not _after_main_clause(tokens, index)
        and not _declined_apart(tokens[index].text, clause, noun)
    ):
        return False  # "die genannten Kosten": the article of a noun, no pronoun
    if any(not (is_word(token) or token.text.isdigit()) for token in clause):
        return False  # symbols: a table-like fragment, not a clause to judge
    if before.text[:1].isupper() and (index > 1 or _only_noun(before.text)):
        return True  # "Komponenten die in … vorkommen": a noun, then its relative clause
    if before.text.lower() in _INDEFINITE_PERSONS:
        return True  # "niemanden der …": a pronoun that stands for a noun
    if index == 1:
        return False  # "Genau das sollte …": the sentence start's capital, no noun to refer to
    # After a verb the pronoun may still be an article; tagging the sentence in context decides.
    words = [token.text for token in tokens]
    return grammar.tag_at(words, index) in _RELATIVE_TAGS
