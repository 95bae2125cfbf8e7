"""Closed German word classes the rules reason with: small, exact and cheap to look up."""

from __future__ import annotations

from typing import Final


def word_set(words: str) -> frozenset[str]:
    """A closed word list written as prose: one space-separated string per list."""
    return frozenset(words.split())


PREPOSITIONS: Final = frozenset(
    [
        "in",
        "an",
        "auf",
        "aus",
        "bei",
        "mit",
        "nach",
        "von",
        "zu",
        "für",
        "über",
        "unter",
        "vor",
        "hinter",
        "neben",
        "zwischen",
        "durch",
        "gegen",
        "gegenüber",
        "ohne",
        "um",
        "wegen",
        "trotz",
        "während",
        "seit",
        "bis",
        "ab",
        "gemäß",
        "laut",
        "mittels",
        "per",
        "pro",
        "innerhalb",
        "außerhalb",
        "anhand",
        "aufgrund",
        "bezüglich",
        "hinsichtlich",
        "entlang",
        "infolge",
        "statt",
        "anstatt",
        "anstelle",
        "mithilfe",
        "oberhalb",
        "unterhalb",
        # places by direction and side, with the genitive: "westlich der Bahnanlagen"
        "westlich",
        "östlich",
        "nördlich",
        "südlich",
        "jenseits",
        "diesseits",
        "abseits",
        "unweit",
        "inmitten",
        "seitens",
        "samt",
        "nebst",
        "zufolge",
        "im",
        "am",
        "ans",
        "aufs",
        "beim",
        "vom",
        "zum",
        "zur",
        "ins",
        "fürs",
        "ums",
    ]
)
ARTICLES: Final = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "kein",
        "keine",
        "keiner",
        "keines",
        "keinem",
        "keinen",
        "dieser",
        "diese",
        "dieses",
        "diesem",
        "diesen",
        "jener",
        "jene",
        "jenes",
        "jenem",
        "jenen",
        "jeder",
        "jede",
        "jedes",
        "jedem",
        "jeden",
        "sein",
        "seine",
        "seiner",
        "seines",
        "seinem",
        "seinen",
        "ihr",
        "ihre",
        "ihrer",
        "ihres",
        "ihrem",
        "ihren",
        "unser",
        "unsere",
        "unserer",
        "unseres",
        "unserem",
        "unseren",
        "welche",
        "welcher",
        "welches",
        "welchem",
        "welchen",
        "alle",
        "aller",
        "allen",
        "beide",
        "beiden",
        "mancher",
        "manche",
        "manchen",
        "solche",
        "solcher",
        "solchen",
    ]
)
RELATIVE_PRONOUNS: Final = frozenset(
    [
        "der",
        "die",
        "das",
        "dem",
        "den",
        "denen",
        "dessen",
        "deren",
        "welche",
        "welcher",
        "welches",
        "welchem",
        "welchen",
    ]
)
PERSONAL_PRONOUNS: Final = frozenset(
    [
        "ich",
        "du",
        "er",
        "sie",
        "es",
        "wir",
        "ihr",
        "man",
        "mich",
        "mir",
        "dich",
        "dir",
        "ihn",
        "ihm",
        "uns",
        "euch",
        "ihnen",
        "sich",
    ]
)
# Conjunctions that always open a subordinate clause, so a comma goes before them.
# Left out on purpose: "da", "damit", "während", "seit", "bis", "als", "wie" (also
# adverbs or prepositions) and the many words a missing comma is rarely about.
SUBORDINATORS: Final = frozenset(
    [
        "dass",
        "weil",
        "obwohl",
        "obgleich",
        "obschon",
        "sodass",
        "ob",
        "wenn",
        "falls",
        "sofern",
        "nachdem",
        "bevor",
        "indem",
        "sobald",
        "solange",
        "wohingegen",
        "weshalb",
        "weswegen",
        "wodurch",
        "wobei",
    ]
)
# Words that open an infinitive group needing a comma: "…, um die Qualität zu sichern".
INFINITIVE_OPENERS: Final = frozenset({"um", "ohne", "statt", "anstatt"})
# Before a subordinator these belong to it ("so dass", "auch wenn", "als ob", "je nachdem"),
# and the comma, if any, stands before them instead.
CONJUNCTION_COMPANIONS: Final = frozenset(
    [
        "und",
        "oder",
        "entweder",
        "sowie",
        "bzw",
        "beziehungsweise",
        "aber",
        "sondern",
        "doch",
        "jedoch",
        "denn",
        "als",
        "so",
        "ohne",
        "statt",
        "anstatt",
        "außer",
        "auch",
        "selbst",
        "sogar",
        "nur",
        "gerade",
        "besonders",
        "insbesondere",
        "speziell",
        "namentlich",
        "vornehmlich",
        "vorwiegend",
        "überwiegend",
        "lediglich",
        "ausschließlich",
        "ausgerechnet",
        "jedenfalls",
        "zumindest",
        "wenigstens",
        "allem",
        "erst",
        # "aber spätestens wenn …": a focus particle leads the clause, the comma before it
        "spätestens",
        "frühestens",
        "schon",
        "bereits",
        "höchstens",
        "mindestens",
        "je",
        "wie",
        "zumal",
        "bis",
        "kaum",
        "etwa",
        "beispielsweise",
        "nämlich",
        "also",
        "egal",
        "gleich",
        "dann",
        "immer",
        "vor",
        "nicht",
        # a sentence adverb leads the clause: "…, vielleicht weil …"
        "vielleicht",
        "vermutlich",
        "wahrscheinlich",
        "möglicherweise",
        "hauptsächlich",
        "eben",
    ]
    + list(SUBORDINATORS)
)
# The finite forms of "sein" a noun subject takes: the copula of most predicates.
SEIN_FINITE: Final = word_set("ist sind war waren sei seien wäre wären")
# Its forms for a singular subject.
SEIN_SINGULAR: Final = word_set("ist war sei wäre")
# Finite forms of "werden" that, with a past participle, make a passive.
PASSIVE_AUXILIARIES: Final = frozenset(["wird", "werden", "wurde", "wurden", "worden", "werde"])
# Numbers above one, which count a plural: "zwei der Schulen", "den drei Tagen".
CARDINALS: Final = word_set("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf")

# The one case these prepositions govern: a noun after them stands in it.
PREPOSITION_CASES: Final = {
    **dict.fromkeys(["mit", "von", "aus", "bei", "seit", "gegenüber"], "dat"),
    # also written with the genitive, which the standard language does not allow
    **dict.fromkeys(["gemäß", "entgegen", "samt", "nebst", "mitsamt"], "dat"),
    **dict.fromkeys(["durch", "für", "ohne", "gegen"], "akk"),
}

# Umlauts to their plain vowels: "Kanäle" → "Kanale", "wöchig" → "wochig".
WITHOUT_UMLAUTS: Final = str.maketrans("äöü", "aou")

# Separable particles, which put "ge" between themselves and the stem ("an-ge-hakt") and
# stand before the finite verb of a verb-final clause ("anstieg").
SEPARABLE_PARTICLES: Final = (
    "ab",
    "an",
    "auf",
    "aus",
    "bei",
    "ein",
    "mit",
    "nach",
    "vor",
    "weg",
    "zu",
)
# Particles of separable verbs, which take "zu" inside the infinitive: "um-zu-entscheiden".
VERB_PARTICLES: Final = (
    *SEPARABLE_PARTICLES,
    *("dar", "durch", "empor", "fest", "fort", "her", "hin", "los", "nieder", "um", "voran"),
    *("vorbei", "weiter", "wieder", "zurück", "zusammen", "heraus", "hinaus", "herein", "hinein"),
    *("hoch", "herum", "hinterher", "umher", "voraus", "entgegen", "zurecht"),
)
# Prefixes a verb keeps in every form, inseparable or separable: "ver-brächten", "zurück-kämen".
VERB_PREFIXES: Final = (
    *("ver", "be", "er", "ent", "zer", "miss", "über", "unter", "wider", "hinter"),
    *VERB_PARTICLES,
)
# Articles a genitive attribute opens with: "die Zeit der Jugend", "der Anteil des Umsatzes".
GENITIVE_ARTICLES: Final = frozenset({"des", "der", "eines", "einer"})
# ... and the demonstratives that open one too: "das Ziel dieser Arbeit".
GENITIVE_DETERMINERS: Final = GENITIVE_ARTICLES | {"dieser", "dieses"}

# What joins the members of a list, in German and in English: "grep, sort und uniq".
LIST_JOINTS: Final = word_set(", und oder sowie and or")
# Nouns that with their verb make one predicate (Funktionsverbgefüge): "Verwendung finden",
# "Stellung nehmen". Without an article, such a noun is the verb's, no compound's head.
LIGHT_VERB_NOUNS: Final = {
    "finden": word_set(
        "Verwendung Anwendung Beachtung Berücksichtigung Zustimmung Erwähnung Eingang Anklang Gehör Einsatz"
    ),
    "nehmen": word_set("Stellung Bezug Einfluss Rücksicht Abstand Abschied Platz Anteil"),
    "geben": word_set("Auskunft Antwort Bescheid Acht"),
    "leisten": word_set("Hilfe Widerstand Folge Abhilfe Gewähr"),
    "tragen": word_set("Rechnung Sorge Verantwortung"),
    "treffen": word_set("Vorsorge Vorkehrungen Maßnahmen"),
    "ziehen": word_set("Bilanz"),
    "halten": word_set("Schritt"),
    # not Funktionsverbgefüge, but as fixed: "Gebrauch machen", "Sinn ergeben"
    "machen": word_set("Gebrauch Sinn"),
    "ergeben": word_set("Sinn"),
}
# Stems of the possessive articles; "euer" drops its "e" before an ending ("eure").
POSSESSIVE_STEMS: Final = ("mein", "dein", "sein", "ihr", "unser", "euer", "eur")

# Finite auxiliaries and modals, singular → plural (third person).
PLURAL_OF: Final = {
    "ist": "sind",
    "war": "waren",
    "hat": "haben",
    "hatte": "hatten",
    "wird": "werden",
    "wurde": "wurden",
    "kann": "können",
    "konnte": "konnten",
    "muss": "müssen",
    "musste": "mussten",
    "soll": "sollen",
    "sollte": "sollten",
    "darf": "dürfen",
    "durfte": "durften",
    "will": "wollen",
    "wollte": "wollten",
    "könnte": "könnten",
    "müsste": "müssten",
    "würde": "würden",
    "wäre": "wären",
    "hätte": "hätten",
}
# Finite auxiliaries and modals that are never also an infinitive ("werden" may be one).
FINITE_AUXILIARIES: Final = (frozenset(PLURAL_OF) | frozenset(PLURAL_OF.values())) - frozenset(
    {"haben", "werden", "können", "müssen", "sollen", "dürfen", "wollen"}
)

# Languages: nouns, though the lexicon knows most only as adjectives ("auf Russisch").
# Colours, named as nouns too: "das Blau", "in Olivgrün".
COLOURS: Final = word_set(
    "rot grün blau gelb grau braun schwarz weiß violett türkis orange lila rosa beige"
)
LANGUAGES: Final = word_set(
    """deutsch englisch französisch spanisch italienisch portugiesisch niederländisch flämisch
    russisch polnisch tschechisch slowakisch ungarisch rumänisch bulgarisch kroatisch serbisch
    slowenisch ukrainisch albanisch griechisch türkisch arabisch hebräisch persisch kurdisch
    chinesisch japanisch koreanisch vietnamesisch indonesisch lateinisch schwedisch norwegisch
    dänisch finnisch estnisch lettisch litauisch isländisch irisch walisisch gälisch katalanisch
    baskisch jiddisch romanisch rätoromanisch sorbisch friesisch"""
)

# Words before "wie" that make it a comparison of equals: "so groß wie", "genauso schnell wie".
EQUALITY: Final = word_set("so genauso ebenso gleich doppelt halb")
# Measures and counts that stay singular after a number or quantifier: "zehn Prozent",
# "einige Dutzend".
MEASURES: Final = word_set("Prozent Grad Mal Paar Dutzend Stück Kilo Gramm Pfund Glas Euro Cent")
