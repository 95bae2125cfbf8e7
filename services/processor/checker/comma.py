"""German commas students miss most: before subordinate clauses, relative clauses, um … zu.

Each rule needs positive evidence of the clause it names (a conjunction that
only opens subordinate clauses; a verb-final clause with no noun of its own
after "die"; a "zu" infinitive closing the group), because a wrong comma
comment teaches a wrong rule. Relative clauses are read in ``comma_relatives``;
commas that must not stand are ``superfluous_commas``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from services.processor.checker import das_dass, dass_as_das, grammar
from services.processor.checker.case_words import (
    ADJECTIVE_ENDINGS,
    inflected_adjective,
    participle_adjective,
)
from services.processor.checker.clauses import (
    BOUNDARY_MARKS,
    BOUNDARY_WORDS,
    CLAUSE_END_MARKS,
    clause_after,
    clause_before,
    closing_bracket,
    ends_in_zu_infinitive,
    free_noun,
    is_boundary,
    is_noun,
    subordinate_clause,
    up_to_mark,
)
from services.processor.checker.comma_reading import (
    BARE_INFINITIVE_VERBS,
    BRACKET_CLOSERS,
    CLAUSE_ENDS,
    CLAUSE_SUBJECTS,
    QUESTION_WORDS,
    SUBJECT_AND_VERB,
    adjective_first,
    asks,
    finite_token,
    has_finite_verb,
    opens_another,
)
from services.processor.checker.comma_relatives import (
    after_other_gender,
    closes_particle_verb,
    preposition_relative,
    pronoun_opens_clause,
    relative_after_bracket,
    relative_clause,
)
from services.processor.checker.context import DocumentContext
from services.processor.checker.dass_phrases import has_subject
from services.processor.checker.dass_words import NOMINATIVE_PRONOUNS, governing_lemma
from services.processor.checker.dictionary import speller
from services.processor.checker.finding import Block, Finding
from services.processor.checker.lexicon import (
    ARTICLES,
    CONJUNCTION_COMPANIONS,
    EQUALITY,
    FINITE_AUXILIARIES,
    GENITIVE_ARTICLES,
    INFINITIVE_OPENERS,
    PERSONAL_PRONOUNS,
    PLURAL_OF,
    POSSESSIVE_STEMS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SEPARABLE_PARTICLES,
    SUBORDINATORS,
    VERB_PARTICLES,
    word_set,
)
from services.processor.checker.messages import say
from services.processor.checker.quotations import foreign_spans, inside
from services.processor.checker.registry import register
from services.processor.checker.superfluous_commas import superfluous_comma
from services.processor.checker.tokens import Word, is_number, is_word, is_year

# The possessive articles in all their forms: "Ihrem", "seine", "unserer".
_POSSESSIVES = frozenset(
    stem + ending for stem in POSSESSIVE_STEMS for ending in ("", "e", "em", "en", "er", "es")
)
# Infinitive groups that open a sentence: "Um …, ", "Ohne …, ".
_INITIAL_OPENERS = frozenset({"Um", "Ohne", "Statt", "Anstatt"})
# Verbs that take "um" as their preposition: "es geht um die Fähigkeit zu lernen".
_UM_VERBS = ("geh", "ging", "handel", "bitt", "bat", "kümmer", "bemüh", "dreh", "sorg", "ring")
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
# "die Daten zu nutzen": a word besides "zu" and the infinitive makes it a group.
_MIN_GROUP = 3
# What cannot open the group: a verb form, an adverb or "nicht" still belongs to the clause.
_NOT_GROUP_START = frozenset(
    {"VV(PP)", "VV(INF)", "VA(INF)", "VM(INF)", "VV(FIN)", "VA(FIN)", "VM(FIN)", "ADV"}
) | {"PTKNEG"}
# Verbs that take a bare infinitive, and so may close a cluster with the verb before them.
# The infinitives "bleiben" takes: "liegen bleibt", "stehen bleiben".
_POSITION_INFINITIVES = frozenset({"liegen", "stehen", "sitzen", "hängen", "stecken", "haften"})
_CLUSTER_VERBS = frozenset(
    {"sein", "haben", "werden", "bleiben", "gehen", "sehen", "hören", "helfen", "fühlen"}
    | {"spüren", "lehren", "lernen", "heißen", "brauchen", "tun", "kommen"}
)
# Sentence openers of a subordinate clause, the ambiguous ones too: two verbs in a row show it.
# "wer" opens a clause that is the main clause's subject: "Wer viel liest, weiß mehr".
_CLAUSE_OPENERS = SUBORDINATORS | word_set(
    "da als während seit seitdem damit wie wer was warum weshalb wieso wo wann welche welcher"
    " welches welchen"
)
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
# Words that announce an apposition explaining the noun before: "X, also die …".
_EXPLAINING_OPENERS = word_set("also nämlich sprich")
# Conjunctions that are also an adverb or a preposition: "damit gerechnet", "während der Zeit".
_AMBIGUOUS_OPENERS = word_set("damit während da")
# Question words that open only an indirect question mid-sentence: "erwägen, inwieweit …".
_INDIRECT_QUESTIONS = word_set("inwieweit inwiefern")
# The longest prepositional attribute after a subject's noun, in words: "für das neue Makro".
_MAX_PREPOSITIONAL_ATTRIBUTE = 4
# Openers of a formula that shortens a clause to one adjective: "wenn nötig", "wo immer möglich".
_FORMULA_OPENERS = word_set("wenn falls sofern soweit wann wo")
_GENERALIZING = word_set("wann wo")
# "wie oben erwähnt,": only adverbs before the participle, and a mark after it.
_ADVERB = frozenset({"ADV"})
_FORMULA_ENDS = frozenset({",", ".", ";", ")", "–"})
# After them the adjective is a clause's predicate: "wenn nötig ist".
_PREDICATE_VERBS = _COPULAS | word_set("sind waren wären werden sein")
# Question words that also stand alone ("Wir wissen nicht warum."): a clause only with its verb.
_QUESTION_ADVERBS = word_set(
    "warum wieso wann woher wohin wozu womit worauf woran worüber wofür worin wovon"
)
# Readings that make a word that may be finite something else first.
_NOT_VERB_READINGS = frozenset(
    {"NN", "NE", "NNA", "PPOSAT", "APPR", "ADJ(A)", "ART", "PIAT", "PDAT", "PIS", "KON", "ADV"}
)
# What follows a main clause's verb as its subject: "kann der Käufer", "muss er".
_INVERTED_SUBJECTS = PERSONAL_PRONOUNS | ARTICLES | word_set("man es dies")
# Nouns that take an indirect question: "die Frage, wie …".
_QUESTION_NOUNS = word_set("Frage Fragen Fragestellung Forschungsfrage Leitfrage")
# Predicates that leave a question open, which "wie" then asks: "Es ist unklar, wie …".
_OPEN_QUESTION_WORDS = word_set(
    "unklar offen fraglich unbekannt ungewiss umstritten entscheidend unsicher zweifelhaft"
    " egal unerheblich interessant spannend"
)
# The copula between such a subject or predicate and "wie": "Die Frage lautet, wie …".
_QUESTION_COPULAS = word_set("ist war bleibt blieb lautet lautete sind waren lauten lauteten")
# What opens examples after "wie": "wie zum Beispiel", "wie etwa".
_EXAMPLE_OPENERS = word_set("zum etwa beispielsweise z insbesondere")
# Verbs of asking and examining, which take a question but no dass-clause: "prüfen, wie …".
_QUESTION_VERBS = word_set(
    "fragen untersuchen analysieren klären prüfen überprüfen erforschen beleuchten "
    "diskutieren erörtern betrachten ermitteln"
)
# Verbs whose clause waits for a participle: "wurden … erfasst", "hat … gerechnet".
_PARTICIPLE_VERBS = word_set("haben sein werden")
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
                counted = is_year(previous.text) and token.text in SUBORDINATORS  # "1996 weil"
                if not (is_word(previous) or previous.text == ")" or counted):
                    continue
                if inside(foreign, token.start):
                    continue  # „When Berlin falls, …“: a quotation in English, not German commas
                if token.text.islower():
                    message = _missing_comma(tokens, index)
                elif previous.text == "es" or token.text in _POLITE_POSSESSIVES:
                    # "… es Vertrauen aufzubauen", "erlaubt es Ihnen Ihre Pakete zu bauen"
                    message = _announced_group(tokens, index)
                else:
                    continue  # a noun or a name: most clauses and groups open otherwise
                if message is not None:
                    # "bedeutet das" → "bedeutet, dass": the fix names the word meant
                    word = f"{token.text}s" if message == _MEANS_DASS else token.text
                    text = f"{block.text[previous.start : previous.end]}, {word}"
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
# An adverb may lead the clause after it ("…, möglicherweise bevor …"), and so may an
# adjective that judges the whole clause ("…, vermutlich weil …"); "…, später wenn …, ist"
# is the main clause's adverb, its own clause inserted.
_CLAUSE_ADJECTIVES = word_set(
    "wahrscheinlich höchstwahrscheinlich vermutlich offenbar offensichtlich anscheinend "
    "angeblich besonders hauptsächlich"
)
_ADVERB_PHRASES = frozenset({("im", "allgemeinen"), ("im", "wesentlichen"), ("vor", "allem")})
# After these the clause's adverb stands first: a comma, a bracket, a dash, "d. h.", "z. B.".
_OPENING_MARKS = frozenset({",", "(", "–", "—", ";"})
_ASIDE_ABBREVIATIONS = word_set("d.h z.b u.a")
_TEMPORAL_CONJUNCTIONS = frozenset({"bevor", "nachdem", "ehe", "als", "seit", "seitdem"})
# Auxiliaries no bare infinitive can follow ("hat" can: "dass er hat kommen müssen").
_NO_BARE_INFINITIVE = frozenset({"wurde", "wurden", "war", "waren", "ist", "sind", "worden"})
_CLAUSE_PRONOUNS = RELATIVE_PRONOUNS | {"was"}
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
# Adverbs that link a main clause to the one before: "…, dennoch zeigen sich Effekte".
_LINKING_ADVERBS = word_set(
    "dennoch trotzdem deshalb deswegen daher darum folglich somit außerdem zudem allerdings "
    "stattdessen andernfalls hingegen"
)
# Determiners that ask: "welche Änderung", "wessen Code".
_ASKING_DETERMINERS = word_set("welche welcher welches welchen welchem wessen")
# Subject pronouns that show "als" opens a clause ("ihr" may be the possessive).
_SUBJECTS_AFTER_ALS = CLAUSE_SUBJECTS - {"sich", "ihr"}
# Conjunctions that join two main clauses and take a comma before them (§ 72).
_CLAUSE_JOINERS = word_set("denn aber")
# What "denn" or "aber" follows as a particle or in a fixed phrase: "es sei denn",
# "mehr denn je", "geschweige denn", "wenn es denn stimmt".
_PARTICLE_HOSTS = word_set("sei mehr geschweige als je eher das dies") | PERSONAL_PRONOUNS
# Conjunctions that join the clauses themselves: "… und dennoch zeigen sich …".
_COORDINATORS_BEFORE = word_set("und oder aber sowie sondern denn doch")
# Verbs that take a bare infinitive into their clause: "wir werden daher zeigen".
_CLUSTER_VERBS = word_set("werden können müssen sollen dürfen wollen mögen lassen")
_PERFECT_AUXILIARIES = word_set("haben sein")
_COPULA_LEMMAS = word_set("sein werden bleiben scheinen")
# Verbs that let, spare or forbid someone (a dative) what "es" points to: "ermöglicht es ihr, …".
_DATIVE_ES_VERBS = word_set(
    "ermöglichen erlauben gestatten erleichtern ersparen verbieten empfehlen raten überlassen "
    "erschweren untersagen"
)
_DATIVE_ARTICLES = word_set("dem den der einem einer jedem allen")
_DATIVE_PRONOUNS = frozenset({"mir", "dir", "ihm", "ihr", "uns", "euch", "ihnen", "Ihnen"})
# The polite "Ihre", "Ihrem", …: a possessive, though capitalised.
_POLITE_POSSESSIVES = frozenset(p.capitalize() for p in _POSSESSIVES if p.startswith("ihr"))
# Contrasting adverbs that also join clauses: inside a clause they belong to it.
_CLAUSE_ADVERBS = frozenset({"jedoch", "aber", "doch"})


_MEANS_DASS = "Vor »das« (gemeint: »dass«) steht ein Komma, denn hier beginnt ein Nebensatz"
# Words that open a phrase naming what was meant: "…, nämlich das …", "…, darunter …".
_ADDITION_OPENERS = word_set("nämlich darunter")
# Two words that open one clause, the comma before the first: "als ob", "ohne dass".
_TWO_WORD_OPENERS = frozenset(
    {
        ("als", "ob"),
        ("als", "wenn"),
        ("wie", "wenn"),
        ("als", "dass"),
        ("ohne", "dass"),
        ("statt", "dass"),
        ("anstatt", "dass"),
        ("außer", "dass"),
        ("auch", "wenn"),
        ("selbst", "wenn"),
    }
)
# After these the clause is joined to what they join, or "so" points ahead to it.
_BEFORE_TWO_WORD_OPENER = word_set("so und oder sowie nicht aber doch denn sondern jedoch")


def _missing_comma(tokens: Sequence[Word], index: int) -> str | None:
    word, before = tokens[index].text, tokens[index - 1].text.lower()
    if _two_word_opener(tokens, index):
        following = tokens[index + 1].text
        if word in ("auch", "selbst"):
            # "Dies gilt auch, wenn …": the adverb may belong to the main clause instead
            return (
                f"Vor »{word} {following}« steht ein Komma, denn hier beginnt ein Nebensatz "
                f"(gehört »{word}« zum Hauptsatz, dann »{word}, {following}«)"
            )
        return f"Vor »{word} {following}« steht ein Komma, denn hier beginnt ein Nebensatz"
    if (
        before in CONJUNCTION_COMPANIONS
        and not _adverb_of_main_clause(tokens, index - 1)
        and not closes_particle_verb(tokens, index - 1)  # "lagen … vor was …": "vorliegen"
    ):
        return None
    if before == "irgend":
        return None  # "ohne irgend welche": a first part written apart, no clause
    if index == 1 and before in _LEADING_FOCUS:
        return None  # "Schon wenn man …", "Spätestens wenn …": the first word leads the clause
    if before in PREPOSITIONS and not _particle_before_clause(tokens, index):
        return None  # "mit der", "um zu", "auf dass"
    if before in _TIME_COMPANIONS and word in _TEMPORAL_CONJUNCTIONS:
        return None  # "…, kurz bevor Sie …": the comma goes before "kurz", if anywhere
    if before == "beispiel" and index >= 2 and tokens[index - 2].text.lower() == "zum":
        return None  # "…, zum Beispiel weil …": the comma goes before "zum Beispiel"
    if _adverb_after_opening(tokens, index - 1):
        return None  # "…, möglicherweise bevor …": the comma stands before the adverb it leads
    question = word in _INDIRECT_QUESTIONS or (
        (word in _QUESTION_ADVERBS or _asks_how(tokens, index) or _asks_which(tokens, index))
        and _verb_final_after(tokens, index)
        and not _inside_question(tokens, index)
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
    if word == "als" and _clause_after_als(tokens, index):
        # "eindeutiger als man vermuten würde", "sein als ich noch klein war": a clause,
        # compared or of time; "größer als ich" has no verb and compares words only
        return "Vor »als« steht hier ein Komma, denn es leitet einen Nebensatz ein"
    if word in INFINITIVE_OPENERS and _infinitive_group(tokens, index):
        return f"Die Infinitivgruppe mit »{word} … zu« wird mit Komma abgetrennt"
    if das_dass.means_dass(tokens, index):
        return _MEANS_DASS
    if word == "das" and relative_clause(tokens, index):
        if after_other_gender(tokens, index):
            return None  # "weil die Eltern das nicht bezahlen": the clause's own "das"
        return "Vor »das« steht ein Komma, denn hier beginnt ein Nebensatz"  # or a "dass"
    if word in RELATIVE_PRONOUNS and relative_clause(tokens, index):
        return f"Der Relativsatz mit »{word}« wird mit Komma abgetrennt"
    if word in PREPOSITIONS and preposition_relative(tokens, index):
        return f"Vor »{word} {tokens[index + 1].text}« steht ein Komma, denn hier beginnt ein Relativsatz"
    if word in _CLAUSE_PRONOUNS and relative_after_bracket(tokens, index):
        return f"Der Relativsatz mit »{word}« wird mit Komma abgetrennt"
    if word == "was" and relative_clause(tokens, index):
        return "Vor »was« steht ein Komma, denn hier beginnt ein Nebensatz"
    if word == "sondern":
        return "Vor »sondern« steht immer ein Komma"
    if word in _CLAUSE_JOINERS and _joins_main_clauses(tokens, index):
        return f"Vor »{word}«, das hier zwei Hauptsätze verbindet, steht ein Komma"
    if word in _ADDITION_OPENERS and _opens_addition(tokens, index):
        return f"Vor »{word}« steht ein Komma, denn es leitet einen erklärenden Zusatz ein"
    if word in _LINKING_ADVERBS and _opens_main_clause(tokens, index):
        return f"Mit »{word}« und seinem Verb beginnt ein neuer Hauptsatz; davor steht ein Komma"
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
    if _closes_verb_first_clause(tokens, index):
        return (
            f"Der Bedingungssatz mit »{tokens[0].text}« am Satzanfang wird mit Komma abgeschlossen"
        )
    if _closes_inserted_clause(tokens, index):
        if [token.text for token in tokens[index - 2 : index]] == ["das", "heißt"]:
            return "Nach »das heißt« steht ein Komma, wenn ein ganzer Satz folgt"
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


def _opens_addition(tokens: Sequence[Word], index: int) -> bool:
    """ "vier Blöcke nämlich das Verständnis …", "23 Dokumente analysiert darunter das …":
    after a noun, or "darunter" after the clause's closing participle, a phrase follows that
    names what was meant. "Die Firma nämlich hat …" and "Er ist nämlich krank" are adverbs."""
    before, following = tokens[index - 1], tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or index < 2 or not is_word(following):
        return False
    names_phrase = (
        following.text.lower() in ARTICLES
        or is_noun(following)
        or "CARD" in grammar.word_tags(following.text.lower())
    )
    # "vier Blöcke nämlich …": a counted noun, whose items the addition names; "war Qt
    # nämlich keine freie Software" has the adverb after its subject
    counted = is_noun(before) and any(
        is_number(token.text) or "CARD" in grammar.word_tags(token.text.lower())
        for token in tokens[max(0, index - 4) : index - 1]
    )
    participle = tokens[index].text == "darunter" and "VV(PP)" in grammar.word_tags(before.text)
    return names_phrase and (counted or participle)


def _adverb_after_opening(tokens: Sequence[Word], at: int) -> bool:
    """An adverb right after a comma, bracket or dash, or after "d. h.", which leads the
    clause that follows it: "…, möglicherweise bevor …", "(höchstwahrscheinlich weil …)",
    "d. h. im Allgemeinen nachdem …"."""
    phrase = at >= 1 and (tokens[at - 1].text.lower(), tokens[at].text.lower()) in _ADVERB_PHRASES
    start = at - 1 if phrase else at
    word = tokens[at].text
    adverb = "ADV" in grammar.word_tags(word) or word.lower() in _CLAUSE_ADJECTIVES
    if start < 1 or not (phrase or adverb):
        return False
    before = tokens[start - 1].text
    abbreviation = (
        before == "." and start >= 2 and tokens[start - 2].text.lower() in _ASIDE_ABBREVIATIONS
    )
    return before in _OPENING_MARKS or abbreviation


def _two_word_opener(tokens: Sequence[Word], index: int) -> bool:
    """ "schneller als wenn man …", "tut als ob er …", "hilft ohne dass es …", "gilt auch wenn
    es …": two words that open a clause whose verb ends it. After "so" the comma may stand
    before or after it, and after "und" the clause is joined to another."""
    if (
        index + 1 >= len(tokens)
        or (tokens[index].text, tokens[index + 1].text) not in _TWO_WORD_OPENERS
    ):
        return False
    before = tokens[index - 1].text.lower()
    if before in _BEFORE_TWO_WORD_OPENER or before in SUBORDINATORS:
        return False  # "Aber auch wenn …", "dass selbst wenn …": the comma between is optional
    if _adverb_after_opening(tokens, index - 1):
        return False  # "…, oft auch wenn …": the comma stands before the adverb it leads
    return _verb_final_after(tokens, index + 1)


def _asks_how(tokens: Sequence[Word], index: int) -> bool:
    """ "die Frage wie …", "zeigt wie …": "wie" after a word that takes a question asks one.

    Elsewhere "wie" compares ("Städte wie Berlin wachsen") and needs no comma.
    """
    if tokens[index].text != "wie" or index < 1:
        return False
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if following in _EXAMPLE_OPENERS:
        return False  # "lernt wie zum Beispiel Lesen": examples follow, no question
    if any(token.text in EQUALITY for token in clause_before(tokens, index)):
        return False  # "so viel Glück gefunden wie viele heute finden": a comparison
    if following == "folgt":
        return False  # "Die Formel lautet wie folgt": a fixed phrase, no question
    at = index - 2 if tokens[index - 1].text == "nicht" else index - 1  # "wissen nicht wie"
    before = tokens[at].text if at >= 0 else ""
    if before in _QUESTION_NOUNS or before in _OPEN_QUESTION_WORDS:
        return True
    if before in _QUESTION_COPULAS and any(
        token.text in _QUESTION_NOUNS or token.text.lower() in _OPEN_QUESTION_WORDS
        for token in clause_before(tokens, index)
    ):
        return True  # "Die Frage lautet wie …", "Unklar bleibt wie …": the copula between
    asking = governing_lemma(before) is not None or grammar.verb_lemmas(before) & _QUESTION_VERBS
    return before.islower() and bool(asking)


def _asks_which(tokens: Sequence[Word], index: int) -> bool:
    """ "fragt sich welche Fragen offen sind": "welche" before its noun opens a clause, a
    question or a relative one ("Teilnehmer welche Fragen beantworteten"), and either
    takes the comma; a relative pronoun stands alone, this one leads a noun phrase."""
    if tokens[index].text not in _ASKING_DETERMINERS or tokens[index].text == "wessen":
        return False
    if index >= 2 and tokens[index - 2].text.lower() in PREPOSITIONS and is_noun(tokens[index - 1]):
        return False  # "auf Basis welches Modells": the comma goes before the preposition
    phrase = tokens[index + 1 : index + 4]
    for at, token in enumerate(phrase):
        if is_noun(token):
            return at == 0 or all(inflected_adjective(word.text) for word in phrase[:at])
        if not token.text.islower():
            return False
    return False


def _verb_final_after(tokens: Sequence[Word], index: int) -> bool:
    """ "unklar, warum die Werte sanken": a clause with its finite verb last follows; "Wir
    wissen nicht warum." leaves it out, and the comma is optional."""
    clause = subordinate_clause(tokens, index)
    if len(clause) < SUBJECT_AND_VERB or not finite_token(clause[-1]):
        return False
    if clause[0].text.islower() and finite_token(clause[0]):
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
    if not head or not is_noun(head[-1]) or any(finite_token(token) for token in head):
        return False  # "Er versuchte, es zu lesen war …": a clause, not a noun and its group
    if head[0].text.lower() not in _GROUP_HEAD_OPENERS or len(group) < _MIN_GROUP:
        return False  # "Angepasste CDs, DVDs oder Discs zu erstellen ist …": a list, a subject
    if group[0].text in PREPOSITIONS and group[1].text in RELATIVE_PRONOUNS | {"denen", "deren"}:
        return False  # "Die Probleme, mit denen die Jugend zu kämpfen hat": a relative clause
    # "die Halle", "die alte Halle"; a possessive ("der Ihrem Adapter …") never follows an article
    possessive = group[1].text.lower() in _POSSESSIVES
    article = (is_noun(group[1]) or inflected_adjective(group[1].text)) and not possessive
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
        and any(finite_token(token) for token in tokens[index + 1 :])
    )


def _verb_final_clause_before(tokens: Sequence[Word], verb: int) -> bool:
    """Whether a subordinate or relative clause opens before ``tokens[verb]`` and holds words
    before it, so the verb ends that clause: "Wer krank ist muss …", "Die Daten die erhoben
    wurden sind …". A verb second in its clause ("Das ist kann …") is a word corrected."""
    if verb < 2 or tokens[verb - 1].text == ",":
        return False
    for at in range(verb - 2, -1, -1):
        text = tokens[at].text
        if text in CLAUSE_ENDS:
            return False
        lower = text.lower()
        if lower in SUBORDINATORS or (lower in QUESTION_WORDS and lower != "wie"):
            return True  # "wie" compares as often as it asks
        relative = text in RELATIVE_PRONOUNS and at > 0
        if relative and (is_noun(tokens[at - 1]) or tokens[at - 1].text == ","):
            return True  # "Die Daten die …", "…, die …"
        if relative and tokens[at - 1].text in PREPOSITIONS:
            return True  # "Die Dinge, mit denen …"
    return False


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
    """ "stieg weiter an obwohl", "werten Daten aus um … zu": a verb's particle closes the clause.

    A preposition cannot govern a clause or an infinitive group, so one of the
    words that are also verb particles, standing after its verb and before a
    subordinator or "um", is that verb's particle, and the comma stands after
    it. "auf dass" is one conjunction, "in sofern" and "an statt" are
    "insofern" and "anstatt" written apart. Before "was" or the subject "die" the
    particle must complete the clause's verb ("lagen … vor"): "an was" may be a
    colloquial "woran", and "vor die" a preposition and its article.
    """
    before, word = tokens[index - 1].text.lower(), tokens[index].text
    if word == "was":
        return closes_particle_verb(tokens, index - 1)  # "lagen … vor was …": "vorliegen"
    if word == "die":
        # "liegen Studien vor die … beschränkt sind": a pronoun that is its clause's subject,
        # which no preposition governs; in "Fälle bei denen die Jugendlichen …" it is not
        clause = subordinate_clause(tokens, index)
        return closes_particle_verb(tokens, index - 1) and not has_subject(clause[:-1])
    return (
        (word in SUBORDINATORS or word in _AMBIGUOUS_OPENERS or word in INFINITIVE_OPENERS)
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
    if len(main) < SUBJECT_AND_VERB or main[0].start != tokens[0].start:
        return False  # only the sentence's first clause: its structure is known from the start
    if main[0].text.lower() in _CLAUSE_OPENERS or asks(main[0].text.lower()):
        return False
    if opens_another(main):
        return False  # "… zu erklären wie sie damit umgehen": a later clause holds the verb
    if any(
        token.text in BOUNDARY_WORDS and not _joins_prepositions(main, at)
        for at, token in enumerate(main)
    ):
        return False  # "… reserviert und wird während …": which clause the verbs close is unclear
    stretch = clause_after(tokens, index)
    end = index + len(stretch) + 1
    if len(stretch) < SUBJECT_AND_VERB or not all(is_word(token) for token in stretch):
        return False
    # "während der Woche und schlief": the stretch goes on, no clause of its own; but "da
    # das Team … gesammelt hatte und …" opens with a subject and closes with a finite verb
    closed = grammar.only_finite_verb(stretch[-1].text) and _subject_first(stretch)
    if end < len(tokens) and tokens[end].text in BOUNDARY_WORDS and not closed:
        return False  # "der ihn da gepackt hat oder …": "da" an adverb, no subject after
    if finite_token(stretch[0]) and stretch[0].text.islower():
        return False  # "…, damit sei alles erledigt": the verb comes second, a main clause
    if opens_another(stretch):
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


def _joins_prepositions(words: Sequence[Word], at: int) -> bool:
    """ "vor und nach der Intervention": "und" between two prepositions of one phrase."""
    return 0 < at < len(words) - 1 and all(
        words[near].text.lower() in PREPOSITIONS for near in (at - 1, at + 1)
    )


def _subject_first(stretch: Sequence[Word]) -> bool:
    """Whether a clause's subject may open ``stretch``: an article, a pronoun or a noun."""
    first = stretch[0]
    return first.text.lower() in ARTICLES or first.text in CLAUSE_SUBJECTS or is_noun(first)


def _pronoun_clause(tokens: Sequence[Word], index: int) -> bool:
    """ "…, Schlüsse zu ziehen da es sich um … handelt": before a subject pronoun or "sich"
    and a verb-final clause, "da", "damit" and "während" are conjunctions; as an adverb
    or a preposition they take no pronoun subject after them."""
    if index + 1 >= len(tokens) or tokens[index + 1].text not in CLAUSE_SUBJECTS:
        return False
    stretch = clause_after(tokens, index)
    if len(stretch) < SUBJECT_AND_VERB or not all(is_word(token) for token in stretch):
        return False
    last = stretch[-1].text
    if stretch[-2].text == "zu" or finite_token(stretch[1]):
        return False  # "hat damit er nichts zu tun": an infinitive; "da ist es": verb second
    return last.islower() and grammar.can_be_finite_verb(last)


def _clause_after_als(tokens: Sequence[Word], index: int) -> bool:
    """ "als man vermuten würde", "als wir erwartet hatten": a subject pronoun, then words up
    to a finite verb that ends the clause, none of them a finite verb of its own.

    "ihr" may be the possessive ("als ihr eigener Wert"); "Anders als man denkt, …" opens
    the sentence as one phrase, whose comma goes before "anders" mid-sentence."""
    stretch = clause_after(tokens, index)
    if len(stretch) < SUBJECT_AND_VERB or stretch[0].text not in _SUBJECTS_AFTER_ALS:
        return False
    before = tokens[index - 1].text.lower()
    if index < 2 or before == "anders" or before in ARTICLES:
        return False
    if not all(is_word(token) for token in stretch):
        return False
    last = stretch[-1].text
    if not (last.islower() and grammar.can_be_finite_verb(last)):
        return False
    return not any(
        grammar.only_finite_verb(token.text) and "VV(PP)" not in grammar.word_tags(token.text)
        for token in stretch[1:-1]
    )


def _takes_verb(main: Sequence[Word], verb: str) -> bool:
    """Whether the main clause may still take ``verb`` as its infinitive or participle."""
    # after a preposition its phrase begins, no verb: "Mit einigen Ausnahmen kann …"; after
    # an article an adjective follows: "Eine bestimmte Locale wird …"
    finite = next(
        (
            at
            for at in range(1, len(main))
            if finite_token(main[at])
            and main[at].text.islower()
            and main[at - 1].text.lower() not in PREPOSITIONS | ARTICLES
        ),
        None,
    )
    if finite is None or any(
        _verb(main[at]) and not _attributive_participle(main, at)
        for at in range(finite + 1, len(main))
    ):
        return finite is None  # no finite verb yet, or its bracket already closed by its verbs
    lemmas = grammar.verb_lemmas(main[finite].text)
    tags = grammar.word_tags(verb)
    wants_infinitive = bool(lemmas & BARE_INFINITIVE_VERBS) and grammar.can_be_infinitive(verb)
    wants_participle = bool(lemmas & _PARTICIPLE_VERBS) and "VV(PP)" in tags
    return wants_infinitive or wants_participle


def _attributive_participle(words: Sequence[Word], at: int) -> bool:
    """ "die erhöhte Aufmerksamkeit": an inflected participle before its noun closes nothing."""
    following = words[at + 1] if at + 1 < len(words) else None
    inflected = words[at].text.endswith(ADJECTIVE_ENDINGS)
    return inflected and following is not None and is_noun(following)


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


def _opens_main_clause(tokens: Sequence[Word], index: int) -> bool:
    """ "Die Stichprobe war klein dennoch zeigen sich Effekte": an adverb that links clauses,
    then a finite verb with more after it, after a main clause with a finite verb of its
    own. Two main clauses side by side are set off by a comma (§ 71).

    The verb after the adverb must be finite: an infinitive there closes the first
    clause's cluster ("Wir werden daher zeigen, wie …"), so a clause with a modal or an
    auxiliary only counts where the verb cannot be an infinitive.
    """
    if index + 2 >= len(tokens):
        return False
    before = tokens[:index]
    if any(token.text in BOUNDARY_MARKS for token in before) or not has_finite_verb(before):
        return False
    if any(token.text.lower() in _COORDINATORS_BEFORE for token in before[1:]):
        return False  # "… und genau deshalb ist …": "und" joins the clauses
    if tokens[0].text.lower() in SUBORDINATORS or opens_another(before):
        return False  # "Weil die Stichprobe klein war …": a clause that needs its main clause
    verb, following = tokens[index + 1], tokens[index + 2]
    if not finite_token(verb) or following.text in CLAUSE_ENDS:
        return False
    if grammar.fused_particle_verb(verb.text):
        return False  # "untersucht daher mithilfe …": second, a verb's particle stands apart
    if following.text[:1].isupper() and "ADJ(A)" in grammar.word_tags(verb.text):
        return False  # "folgt allerdings bestimmten Regeln": an adjective before its noun
    plain = "VV(PP)" not in grammar.word_tags(verb.text) and not grammar.can_be_infinitive(
        verb.text
    )
    if finite_token(tokens[index - 1]) and not plain:
        return False  # "Sie kann außerdem verhindert werden": the adverb inside the clause
    lemmas = set().union(*(grammar.verb_lemmas(t.text) for t in before))
    if lemmas & _PERFECT_AUXILIARIES and "VV(PP)" in grammar.word_tags(verb.text):
        return False  # "Sie haben daher verkauft": the participle closes the first clause
    return not lemmas & _CLUSTER_VERBS or grammar.only_finite_verb(verb.text)


def _inside_question(tokens: Sequence[Word], index: int) -> bool:
    """ "wer welche Änderung wann vorgenommen hat": a question word in a question already
    open, with no comma since: one clause asks several things."""
    for token in reversed(clause_before(tokens, index)):
        if grammar.can_be_finite_verb(token.text):
            return False  # "wer weiß, wohin …": the first question has its verb
        if token.text.lower() in QUESTION_WORDS | _ASKING_DETERMINERS:
            return True
    return False


def _joins_main_clauses(tokens: Sequence[Word], index: int) -> bool:
    """ "Viele zögern denn es fehlt an Personal", "Es gelingt aber das Verfahren dauert":
    "denn" and "aber" with a subject and its finite verb after them join two main clauses
    (§ 72).

    As a particle "denn" follows a verb or a pronoun inside its clause ("wenn es denn
    stimmt", "Was ist denn los?"), and "aber" follows its clause's verb.
    """
    if index + 2 >= len(tokens) or tokens[-1].text == "?":
        return False
    previous = tokens[index - 1]
    if previous.text.lower() in _PARTICLE_HOSTS or finite_token(previous):
        return False
    before = clause_before(tokens, index)
    if not has_finite_verb(before) or (before and before[0].text.lower() in SUBORDINATORS):
        return False  # "…, wenn man denn will": inside a clause of its own
    if (
        index > len(before)
        and tokens[index - len(before) - 1].text == ","
        and finite_token(before[0])
    ):
        return False  # "…, sollte dort aber keinen Vorteil bringen": the subject's second verb
    verb = _after_subject(tokens, index + 1)
    return verb is not None and finite_token(tokens[verb]) and tokens[verb].text.islower()


def _after_subject(tokens: Sequence[Word], at: int) -> int | None:
    """Where the word after a subject at ``tokens[at]`` stands: after a subject pronoun, or
    after an article, its adjectives and its noun ("das neue Gesetz ist …")."""
    if tokens[at].text in NOMINATIVE_PRONOUNS:
        return at + 1
    if tokens[at].text not in ARTICLES:
        return None
    at += 1
    while at < len(tokens) and tokens[at].text.islower() and inflected_adjective(tokens[at].text):
        at += 1
    if at + 1 >= len(tokens) or not is_noun(tokens[at]):
        return None
    return at + 1


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
    group = clause_after(tokens, index - 1)
    # "Vertrauen aufzubauen": "zu" inside the infinitive counts as the word it is
    words = len(group) + (bool(group) and grammar.is_zu_infinitive(group[-1].text))
    if words < _MIN_GROUP or not ends_in_zu_infinitive(group):
        return None
    before = [token.text.lower() for token in clause_before(tokens, index - 1)]
    if any(word in INFINITIVE_OPENERS for word in before):
        return None  # "um den Zweck dieses Knopfes zu erraten": the noun is in that group
    if any(
        token.text.lower() in INFINITIVE_OPENERS or grammar.only_finite_verb(token.text)
        for token in group
    ):
        return None  # "um … zu" has its own rule; a finite verb makes it a clause
    first = group[0].text
    first_tags = grammar.word_tags(first)
    if first.lower() in _GROUP_OPENING_DETERMINERS or (first[:1].isupper() and is_noun(group[0])):
        # "ein Modell zu …", "Vertrauen aufzubauen": an article or a noun, though "ein" is
        # also an adverb and "Vertrauen" a verb
        first_tags = frozenset()
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
        if not has_finite_verb(opened) and not any(w.text in PREPOSITIONS for w in opened):
            return None  # "zwingt dazu, jede Aufgabe als Prozess umzusetzen": inside the group
        return f"Die Infinitivgruppe hängt von »{head}« ab und wird mit Komma abgetrennt"
    pointer = _correlate_before_group(tokens, index - 1)
    if pointer is not None:
        return f"»{pointer}« kündigt die Infinitivgruppe an; sie wird mit Komma abgetrennt"
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
    return not any(token.text in BOUNDARY_MARKS or finite_token(token) for token in tokens[2:index])


def _correlate_before_group(tokens: Sequence[Word], at: int) -> str | None:
    """ "Ziel ist es(,) die Daten zu prüfen", "Wir achten darauf(,) die Daten zu prüfen",
    "Wir haben es geschafft(,) die Daten zu prüfen".

    "es" after the finite verb (or before the participle that ends the main
    clause), or the pronominal adverb a verb's object takes, points ahead to the
    infinitive group that follows (§ 75 E3). Only where the group plainly starts
    after it: with an article, a possessive or, after "es", a noun ("ermöglicht es
    Vertrauen aufzubauen"), not a dative of the main verb ("fällt es den Menschen
    schwer, …") or the adjective the group depends on. Verbs that let or spare
    someone something put their dative between ("erlaubt es den Nutzern(,) …").
    Returns the words that point ahead ("es", "es … geschafft", "darauf"), or None.
    """
    if at + 1 >= len(tokens):
        return None
    main = clause_before(tokens, at)
    finite = next((t for t in reversed(main) if t.text.islower() and finite_token(t)), None)
    if finite is None:
        return None
    pointer = tokens[at].text
    word = pointer.lower()
    lemmas = grammar.verb_lemmas(finite.text)
    tags = grammar.word_tags(word)
    predicate = "ADJ(D)" in tags and bool(lemmas & _COPULA_LEMMAS)  # "ist es spannend"
    closes = "VV(PP)" in tags or grammar.can_be_infinitive(word) or predicate
    if closes and main[-1].text == "es" and main[-2:-1] == [finite]:
        # "haben es geschafft", "ist es spannend": the participle or the predicate closes the
        # clause "es" points from
        if not predicate:
            lemmas = grammar.verb_lemmas(word)
        word, main, pointer = "es", main[:-1], f"es … {tokens[at].text}"
    elif _es_and_dative([*main, tokens[at]], finite):
        # "ermöglicht es den Nutzern(,) eigene Inhalte zu erstellen": the dative is the verb's
        word, main, pointer = "es", main[: main.index(finite) + 1], "es"
    elif closes and _es_and_dative(main, finite, tokens[at]):
        # "wird es Ihnen erlauben(,) Ihre Pakete zu bauen": the verb that lets closes the clause
        lemmas = grammar.verb_lemmas(word)
        word, main, pointer = "es", main[: main.index(finite) + 1], f"es … {tokens[at].text}"
    opens = tokens[at + 1].text
    # the polite possessive opens a group as "ihre" does: "…, Ihre Pakete zu bauen"
    opens = opens.lower() if opens in _POLITE_POSSESSIVES else opens
    if opens not in _GROUP_OPENING_DETERMINERS and not (
        word == "es" and _bare_noun(tokens, at + 1)
    ):
        return None
    if word != "es":
        return pointer if any((lemma, word) in _CORRELATE_VERBS for lemma in lemmas) else None
    if main[-1] is not finite or lemmas & _ES_OBJECT_VERBS:
        return None  # "es gibt …", "fällt es …": "es" is the verb's own subject
    if lemmas & {"sein", "haben", "werden"} and not predicate:
        # "Ziel ist es", not "hat es Mühe zu …" or "wird es Zeit zu …", whose noun ends the
        # main clause, and the group starts after it
        named = lemmas & {"sein", "werden"} and any(t.text in _ANNOUNCING_NOUNS for t in main)
        return pointer if named else None
    return pointer


def _es_and_dative(main: Sequence[Word], finite: Word, verb: Word | None = None) -> bool:
    """ "ermöglicht es den Nutzern", "wird es Ihnen erlauben": a verb that lets or spares
    someone something (the finite one, or ``verb`` that closes the clause), "es" after the
    finite verb, and the dative that names whom, ending the main clause."""
    lets = verb or finite
    if finite not in main or not grammar.verb_lemmas(lets.text) & _DATIVE_ES_VERBS:
        return False
    rest = [token.text for token in main[main.index(finite) + 1 :]]
    if len(rest) == 2 and rest[0] == "es" and rest[1] in _DATIVE_PRONOUNS:
        return True  # "erlaubt es Ihnen", "hat es uns ermöglicht"
    if len(rest) < 3 or rest[0] != "es" or rest[1] not in _DATIVE_ARTICLES:
        return False
    *adjectives, noun = rest[2:]
    if not noun[:1].isupper() or not all(inflected_adjective(word) for word in adjectives):
        return False
    return rest[1] != "den" or noun.endswith(("n", "s"))  # "den Nutzern": dative plural


def _bare_noun(tokens: Sequence[Word], at: int) -> bool:
    """A noun with no article, perhaps after adjectives: "Vertrauen", "neue Kontakte"; not the
    polite "Ihnen", a pronoun the main clause's verb takes ("wird es Ihnen erlauben, …")."""
    while at < len(tokens) and tokens[at].text.islower() and inflected_adjective(tokens[at].text):
        at += 1
    if at >= len(tokens) or tokens[at].text.lower() in PERSONAL_PRONOUNS:
        return False
    return is_noun(tokens[at]) and tokens[at].text[:1].isupper()


def _inside_attribute(before: Sequence[str], group: Sequence[Word]) -> bool:
    """ "zu einer Aufgabe passenden Satz": a preposition's noun, then an adjective and the noun
    the whole phrase describes."""
    first = group[0].text
    # Only a participle takes the preposition's phrase before it: "passenden", "gedachten";
    # "vor der Aufgabe neuen Wohnraum zu schaffen" has a plain adjective, the group's own.
    participle = participle_adjective(first) or first.removesuffix("n").endswith("ende")
    return (
        any(word in PREPOSITIONS for word in before[-2:])
        and first.lower() not in ARTICLES
        and inflected_adjective(first)
        and participle
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
    if _mark_outside_citation(tokens[1:last]):
        return False
    if has_finite_verb(tokens[1:first]):
        return False  # only the first run of verbs can close the opening clause
    if opener in ("wie", "als") and not any(_names_someone(t) for t in tokens[1:first]):
        return False  # "Wie gesagt ist …": a fixed phrase, the comma optional
    elliptic = opener in ("wie", "als")  # "Wie oben beschrieben, ist …": no finite verb
    if not elliptic and not any(grammar.can_be_finite_verb(t.text) for t in tokens[first:last]):
        return False  # "Was er getan hat z. B. …": the clause's own finite verb ends the run
    if _main_clause_after_comma(tokens, last):
        return False  # "Wenn Sie X nutzen wollen statt Y, nutzen Sie …": set after its verbs
    finite = [at for at in range(first, last) if _only_finite(tokens[at].text)]
    return index == (finite[0] + 1 if finite else last)


def _mark_outside_citation(tokens: Sequence[Word]) -> bool:
    """Whether a comma-like mark stands among ``tokens`` outside a citation: "Wie Becker
    (2020, S. 88) betont" is one clause, its brackets and their comma included."""
    at = 0
    while at < len(tokens):
        if tokens[at].text == "(":
            close = closing_bracket(tokens, at)
            if close is not None and any(is_year(token.text) for token in tokens[at:close]):
                at = close + 1  # a year in brackets marks a citation
                continue
        if tokens[at].text in BOUNDARY_MARKS:
            return True
        at += 1
    return False


def _main_clause_after_comma(tokens: Sequence[Word], last: int) -> bool:
    """Whether the next comma after the run of verbs ending at ``last`` is followed by a
    finite verb and its subject, which open the main clause there: what stands between
    the verbs and the comma ("statt des alten") is part of the opening clause, set after
    its verbs."""
    comma = next((at for at in range(last + 1, len(tokens)) if tokens[at].text == ","), None)
    if comma is None or comma + 2 >= len(tokens):
        return False
    verb, subject = tokens[comma + 1].text, tokens[comma + 2].text
    return (
        verb.islower()
        and grammar.can_be_finite_verb(verb)
        and (subject.lower() in PERSONAL_PRONOUNS or subject.lower() in ARTICLES)
    )


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
    return (
        token.text[:1].isupper()
        or token.text in PERSONAL_PRONOUNS
        or token.text in ("man", "das", "dies")
    )


def _verb(token: Word) -> bool:
    """A verb form that may close a clause: finite, infinitive or participle, not an adjective
    ("bekannt ist", "die gemessenen Werte")."""
    tags = grammar.word_tags(token.text) if is_word(token) and token.text.islower() else frozenset()
    if not tags & grammar.VERB_TAGS:
        return False
    if adjective_first(token.text):
        return False  # "leer standen": an adjective, though "ich leer" is a clipped verb form
    return not (tags & grammar.ADJECTIVE_TAGS and not tags & grammar.FINITE_TAGS)


def _closes_verb_first_clause(tokens: Sequence[Word], index: int) -> bool:
    """ "Liegt ein Mangel vor(,) kann der Käufer zurücktreten": a statement that opens with
    a finite verb opens with a condition (§ 74); the main clause follows with its own
    finite verb and then its subject.

    Both clauses put their subject after the verb ("Ist die Frist …", "kann der
    Käufer"). A question ends in "?"; a verb that may also be an infinitive opens
    an imperative ("Beachten Sie …") or is a noun ("Drücken der Taste …").
    """
    if index < 3 or tokens[-1].text not in (".", "!") or not tokens[0].text[:1].isupper():
        return False
    first = tokens[0].text.lower()
    if not _plain_finite(first) or grammar.can_be_infinitive(first):
        return False  # "Meine …", "Abschnitt 3 …", "Drücken der Taste …": no finite verb
    if tokens[1].text.lower() not in _INVERTED_SUBJECTS:
        return False  # "Bedingt durch …": the condition's subject follows its verb too
    verb = index + 1 if tokens[index].text in ("so", "dann") else index
    if verb + 1 >= len(tokens) or not _plain_finite(tokens[verb].text):
        return False
    following = tokens[verb + 1].text
    if following.lower() not in _INVERTED_SUBJECTS or grammar.can_be_infinitive(following):
        return False  # the main clause's subject follows its verb: "kann der Käufer", but
        # "vertraut sein" closes the condition
    if all(
        token.text in VERB_PARTICLES or token.text in ("und", "oder")
        for token in tokens[verb + 1 : -1]
    ):
        # "Fügt alle Zellinhalte transponiert ein.", "Schaltet den Modus … ein oder aus.":
        # the first verb's particles end the sentence, no subject of a second verb
        return False
    if tokens[index - 1].text in CLAUSE_SUBJECTS:
        return False  # "… man kann": a subject before the verb, which opens no main clause
    condition = tokens[1:index]
    return not any(
        token.text in BOUNDARY_MARKS
        or token.text.lower() in BOUNDARY_WORDS  # "… und es gibt …": clauses joined
        or grammar.only_finite_verb(token.text)
        for token in condition
    )


def _plain_finite(word: str) -> bool:
    """A known word that is a finite verb and nothing else the tagger names: "liegt", "kann",
    but not "meine" (also a possessive) or "anstelle" (also a preposition)."""
    tags = grammar.word_tags(word)
    return (
        speller("de").listed(word)
        and bool(tags & grammar.FINITE_TAGS)
        and not tags & _NOT_VERB_READINGS
    )


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
        if not _main_verb_here(tokens, index) or not finite_token(tokens[index - 1]):
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
        opener in PREPOSITIONS and pronoun_opens_clause(tokens[start + 1 : start + 3])
    )
    # The clause before the inserted one must still lack its verb: a subject only. In
    # "Legt den Wert fest, der … voreingestellt ist." the first word is that verb, and
    # the clause after the comma runs to the end.
    head = tokens[: start - 1]
    ends = index + 1 < len(tokens) and tokens[index + 1].text in CLAUSE_END_MARKS
    if ends and grammar.only_finite_verb(tokens[0].text.lower()):
        return False
    return inserted and not any(finite_token(token) for token in head)


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
    if auxiliary and not before_tags & BRACKET_CLOSERS:
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
        opener[0] in PREPOSITIONS and pronoun_opens_clause(tokens[start + 2 : start + 4])
    )
    if not (relative or opener[0] in SUBORDINATORS):
        return False
    cluster = index - 1
    while cluster > start + 2 and grammar.word_tags(tokens[cluster - 1].text) & BRACKET_CLOSERS:
        cluster -= 1  # "versorgt werden", "erhoben haben": the verbs that end the clause
    if any(finite_token(token) for token in tokens[start + 2 : cluster]):
        return False  # the inserted clause's verb stands earlier, or a clause opens inside it
    if relative and _subject_then_verb(tokens[start + 1 : cluster]):
        return False  # "…, der zweite Balken zeigt den Takt an": a main clause after a comma
    last = tokens[start - 1].text
    if last.islower() and grammar.word_tags(last) & BRACKET_CLOSERS:
        return False  # "… hinzufügen, indem Sie … ausführen": the main clause is complete
    tail = tokens[index:]
    if len(tail) < SUBJECT_AND_VERB or tail[-1].text not in (".", "!", "?"):
        return False
    closing, rest = tail[-2], tail[:-2]
    if any(token.text in BOUNDARY_MARKS or finite_token(token) for token in rest):
        return False
    if ends_in_zu_infinitive(tail[:-1]):
        return False  # "…, die Daten statt per Hand automatisiert zu erfassen"
    closing_tags = grammar.word_tags(closing.text) if closing.text.islower() else frozenset()
    particle = "PTKVZ" in closing_tags
    if not (particle or closing_tags & BRACKET_CLOSERS):
        return False
    if "VV(FIN)" in closing_tags and "VV(INF)" not in closing_tags:
        return False  # "…, das zum Erwachsenwerden dazu gehört": the clause's own verb
    head = [token for token in tokens[:start] if token.text.islower()]
    if particle:  # "Als Variablen gehen …, … ein": any finite verb takes a particle
        return any(finite_token(token) for token in head)
    return any(grammar.word_tags(token.text) & grammar.AUXILIARY_TAGS for token in head)


def _subject_then_verb(words: Sequence[Word]) -> bool:
    """An article, adjectives and a noun, perhaps with a prepositional attribute ("der Wert
    für das Makro"): a subject, whose verb follows in second place."""
    if len(words) < SUBJECT_AND_VERB or not is_noun(words[-1]):
        return False
    noun = next(at for at in range(1, len(words)) if is_noun(words[at]))
    attribute = words[noun + 1 :]
    if attribute and not (
        attribute[0].text.lower() in PREPOSITIONS
        and len(attribute) <= _MAX_PREPOSITIONAL_ATTRIBUTE
        and all(_attributive(word.text) for word in attribute[1:-1])
    ):
        return False
    return all(_attributive(word.text, articles=False) for word in words[1:noun])


def _attributive(word: str, *, articles: bool = True) -> bool:
    """An inflected adjective, or an article where a new phrase may open (``articles``)."""
    return (articles and word.lower() in ARTICLES) or (word.islower() and inflected_adjective(word))


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
    if finite_token(following) and following.text.lower() not in ARTICLES:
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
    der …" or an explaining "also die …" with no verb and no "und"; that is no
    relative clause, so the first
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
    if len(stretch) < SUBJECT_AND_VERB or is_boundary(tokens[index + 1]):
        return False
    # only "einer der …" or "also die …": "die man … erlebt," is a relative clause, verb last
    one_of = stretch[0].text in _APPOSITION_OPENERS and stretch[1].text in ("der", "des")
    explaining = stretch[0].text in _EXPLAINING_OPENERS and stretch[1].text in ARTICLES
    if not (one_of or explaining):
        return False
    words = [*head, *stretch]
    if not all(is_word(token) for token in words) or any(_verb(token) for token in words):
        return False
    return not any(token.text in BOUNDARY_WORDS for token in stretch)


def _contrast_inside_group(tokens: Sequence[Word], index: int, opened: Sequence[Word]) -> bool:
    """ "um auf einen Port statt auf den Socket aufzusetzen": "statt" and a preposition the
    open group used already contrast two phrases inside that group, whose infinitive has not
    come yet; the comma, if one is missing, belongs before the group's own opener."""
    if tokens[index].text.lower() not in ("statt", "anstatt") or index + 1 >= len(tokens):
        return False
    preposition = tokens[index + 1].text
    if preposition not in PREPOSITIONS:
        return False
    for at in range(len(opened) - 1, -1, -1):
        word = opened[at].text
        if grammar.is_zu_infinitive(word) or word == "zu":
            return False
        if word in INFINITIVE_OPENERS:
            return any(token.text == preposition for token in opened[at + 1 :])
    return False


def _second_group(opened: Sequence[Word]) -> bool:
    """ "die Dächer zu nutzen und diese gegebenenfalls": after an infinitive group and "und",
    a second one has begun, and without a finite verb of its own "um" or "ohne" is inside it."""
    for at in range(len(opened) - 1, 0, -1):
        if opened[at].text in ("und", "oder") and at >= 2 and opened[at - 2].text == "zu":
            return not has_finite_verb(opened[at + 1 :])
    return False


def _elliptic(tokens: Sequence[Word], index: int) -> bool:
    """``falls nötig``, ``wenn möglich``, ``falls angegeben``: a clause without a verb.

    Such shortened clauses may stand without commas, so they are no evidence. The
    clause is read up to the next mark: "über computer- und informationsbezogene
    Kompetenzen verfügen" goes on past the "und" of a shared first part.
    """
    if _formula(tokens, index):
        return True
    clause = up_to_mark(tokens, index)
    if not clause:
        return False
    if any(token.text in CLAUSE_SUBJECTS for token in clause):
        return False  # "ob sich …, etwa …, finden lassen": a subject or "sich" has its verb later
    if tokens[index - 1].text in RELATIVE_PRONOUNS and _uninflected(clause[0].text):
        return True  # "die falls nötig erstellt wird": the relative clause's verb, not its own
    if any(grammar.can_be_finite_verb(token.text) for token in clause):
        return False
    return not _list_then_verb(tokens, index + 1 + len(clause))


def _formula(tokens: Sequence[Word], index: int) -> bool:
    """ "Sie sollten wenn möglich …", "wann immer nötig": a shortened clause inside the main
    clause, whose words go on past it; the formula may stand without commas (K 114)."""
    at = index + 1
    if tokens[index].text.lower() == "wie":
        return _as_said(tokens, at)
    if (
        tokens[index].text.lower() in _GENERALIZING
        and at < len(tokens)
        and tokens[at].text == "immer"
    ):
        at += 1  # "wann immer", "wo immer"
    if tokens[index].text.lower() not in _FORMULA_OPENERS or at + 1 >= len(tokens):
        return False
    return _uninflected(tokens[at].text) and tokens[at + 1].text not in _PREDICATE_VERBS


def _as_said(tokens: Sequence[Word], at: int) -> bool:
    """ "wie oben bereits erwähnt,", "wie gesagt": adverbs and a participle, then a mark."""
    while at < len(tokens) and grammar.word_tags(tokens[at].text) == _ADVERB:
        at += 1
    if at + 1 >= len(tokens) or "VV(PP)" not in grammar.word_tags(tokens[at].text):
        return False
    return tokens[at + 1].text in _FORMULA_ENDS


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
    the word before it only points ahead to that clause. "bis" answers "solange"
    even where its own comma is missing too ("solange erhöhen bis … erreicht ist").
    """
    word = tokens[index].text
    return any(
        (tokens[at].text == word and tokens[at - 1].text == ",")
        or (word == "solange" and tokens[at].text == "bis")
        for at in range(index + 1, len(tokens))
    )


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
    if not has_finite_verb(opened) and not ends_in_zu_infinitive(opened):
        # "nach installierten Paketen ohne Quelle zu suchen": one group; "Gedanken
        # wahrzunehmen ohne sich … zu lassen" closes the first group before the second
        return False
    if _second_group(opened):
        return False  # "… zu nutzen und diese um einen Speicher zu ergänzen": one more group
    if opened and opened[0].text.lower() in INFINITIVE_OPENERS:
        return False  # "um … zu scheren und sie ohne … zu skalieren": still the first group
    if _contrast_inside_group(tokens, index, opened):
        return False  # "werden um auf einen Port statt auf den Socket aufzusetzen"
    group = clause_after(tokens, index)
    if not group:
        return False
    last = group[-1].text
    if grammar.is_zu_infinitive(last):
        return True
    return len(group) >= 2 and group[-2].text == "zu" and grammar.can_be_infinitive(last)


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
