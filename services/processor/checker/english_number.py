"""English subjects and verbs that disagree in number: "these findings suggests".

Two shapes are read, at the start of a clause only ("the strengths of this
study are" agrees with another noun):

- a determiner that fixes the number, the noun right after it and the verb
  right after that ("these results shows", "this study are"). "that" may be a
  relative pronoun and "a" opens "a number of", so neither counts;
- a regular plural led by "the", a possessive or an adjective, then a verb in
  -s ("The results suggests"), which HanTa's English model must confirm in
  context, since an -s ending alone makes nouns of verbs ("It displays lines").

- a subject whose noun carries prepositional attributes, then a form of
  "be", "have" or "do", or a full verb the tagger confirms: "the value of
  these habitats depend" → "depends", "Participants in the control group
  was" → "were". The verb agrees with the first noun, not with the nearest.

- "each of" or "one of" a plural, then a verb in the plural: "Each of the
  participants have" → "has";
- "there is" before a plural quantity: "There is many reasons" → "are".

Nouns whose number English leaves open ("data", "media", "staff") are skipped,
and so are nouns of quantity and groups ("a number of studies are").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from services.processor.checker import grammar
from services.processor.checker.dictionary import speller
from services.processor.checker.lexicon import word_set
from services.processor.checker.tokens import Word, mark_before

_PLURAL_DETERMINERS: Final = word_set("these those both several many few various numerous")
_SINGULAR_DETERMINERS: Final = word_set("this each every")
# Singular verb → plural, and back.
_TO_PLURAL: Final = {"is": "are", "was": "were", "has": "have", "does": "do"}
_TO_SINGULAR: Final = {plural: singular for singular, plural in _TO_PLURAL.items()}
_OPEN_NUMBER: Final = word_set(
    "data media criteria phenomena people police staff personnel series species means news "
    "headquarters statistics economics politics"
)
# Words after which a subject begins: "that these results show", "…, and both groups".
_SUBORDINATORS: Final = word_set("that because while although though whereas since if when")
_COORDINATORS: Final = word_set("and but so")
# Marks after which a clause begins ("" is the paragraph's start).
_CLAUSE_MARKS: Final = frozenset({"", ".", "!", "?", ":", ";", ",", "("})
# Determiners that leave the number to the noun: "the results", "their findings".
_NEUTRAL_DETERMINERS: Final = word_set("the their our its his her my your all some most such")
_MAX_MODIFIERS = 1
# How many words past the noun the tagger reads for context.
_TAGGED_AFTER = 6
_NUMBER_BEFORE: Final = re.compile(r"\d\S*\s+$")
# CLAWS5 tags of what may lead a plural subject: articles, possessives, determiners, adjectives.
_LEADING_TAGS: Final = frozenset({"AT0", "DPS", "DT0", "AJ0", "AJC", "AJS", "ORD"})
# A verb's third person singular: "suggests", "is", "has", "does", and "was".
_SINGULAR_VERB_TAGS: Final = frozenset({"VVZ", "VBZ", "VHZ", "VDZ", "VBD"})
# Words that open what follows a verb: its object, clause or adverbial.
_AFTER_VERBS: Final = word_set(
    "that the a an this these those their its his her our no how what whether to in on at "
    "for with from by into about more less significantly strongly clearly"
)
# Words that cannot stand between a determiner and its noun.
_NOT_MODIFIERS: Final = word_set(
    "and or but that which who when where if than as of in on at by for with from to is was "
    "be been are were has have had not no"
)
# CLAWS5 tags of the subject with attributes ("the mean concentration of particles across
# all sites were"): what leads it, what may stand before a noun, the nouns and prepositions.
_DETERMINER_TAGS: Final = frozenset({"AT0", "DT0", "DPS"})
_MODIFIER_TAGS: Final = frozenset({"AJ0", "AJC", "AJS", "ORD", "NN1"})
_NOUN_TAGS: Final = frozenset({"NN1", "NN2"})
_COUNTED_MODIFIER_TAGS: Final = _MODIFIER_TAGS | {"CRD"}
_PREPOSITION_TAGS: Final = frozenset({"PRP", "PRF"})
_ATTRIBUTE_TAGS: Final = frozenset({"AJ0", "AJC", "AJS", "ORD", "CRD", "NN1", "NN2", "NP0"})
# Finite forms of "be", "have", "do" and full verbs in the present.
_FINITE_TAGS: Final = frozenset({"VBZ", "VBB", "VBD", "VHZ", "VHB", "VDZ", "VDB", "VVZ", "VVB"})
_MAX_ATTRIBUTES = 2
_OPENING_DETERMINERS: Final = word_set(
    "the a an this that these those its their our his her my your each every both no some any "
    "many several such"
)
_PREPOSITIONS: Final = word_set(
    "of in on for from with across among between within into at by per under over about "
    "throughout during after before without towards toward behind beyond near"
)
_MAX_HEAD_WORDS = 4
# How many words after the first preposition the verb may stand: two attributes.
_ATTRIBUTE_REACH = 10
# Nouns of quantity and groups, whose verb may follow what they count or hold (Quirk et al.).
_GROUP_NOUNS: Final = word_set(
    "number majority minority lot range variety set group total couple pair proportion "
    "percentage part half rest share fraction kind type sort bunch handful host plenty sample "
    "amount body team family committee government council panel board crew class population "
    "community public audience faculty jury"
)
# Words in -s after a noun that are no verbs: "these results thus", "both groups always".
_NOT_VERBS: Final = word_set(
    "thus sometimes always perhaps besides nevertheless nonetheless towards afterwards "
    "whereas unless across as plus less regardless nowadays overseas us this its his"
)
# Modal verbs, which "this" or "that" may stand before as the subject: "This will do".
_MODALS: Final = word_set("will would can could shall should may might must")
# Pronouns that pick one of a plural: "each of the groups", "one of the reasons".
_ONE_OF: Final = word_set("each one")
# Quantities "there is" cannot take: "there is many reasons".
_PLURAL_AMOUNTS: Final = word_set(
    "many several few various numerous both two three four five six seven eight nine ten"
)


def disagreements(text: str, words: Sequence[Word]) -> Iterator[tuple[int, int, str]]:
    """Each subject and verb that disagree in number: span and comment."""
    yield from _one_of_many(text, words)
    yield from _there_is_many(text, words)
    yield from _determined(text, words)
    yield from _plural_subjects(text, words)
    yield from _attributed_subjects(text, words)


def _one_of_many(text: str, words: Sequence[Word]) -> Iterator[tuple[int, int, str]]:
    """ "Each of the participants have": the subject is the one, not the many."""
    for at in range(len(words) - 3):
        if words[at].text.lower() not in _ONE_OF or words[at + 1].text != "of":
            continue
        if not _opens_clause(text, words, at):
            continue
        window = words[at : at + 2 + _MAX_HEAD_WORDS + 1]
        tags = grammar.english_tags(tuple(word.text for word in window))
        noun = 2 + (tags[2] in _DETERMINER_TAGS)
        while (
            noun < len(tags) - 1
            and tags[noun] in _COUNTED_MODIFIER_TAGS
            and tags[noun + 1] != "PUN"
        ):
            noun += 1
        if noun + 1 >= len(tags) or tags[noun] != "NN2":
            continue
        verb = window[noun + 1].text
        following = window[noun + 2].text.lower() if noun + 2 < len(window) else ""
        fix = _TO_SINGULAR.get(verb)
        if fix is None and tags[noun + 1] == "VVB" and following in _AFTER_VERBS:
            fix = _third_person(verb)
        if fix is not None and _spaced(text, words, at, at + noun + 1):
            phrase = text[words[at].start : window[noun].end]
            comment = f"The subject is “{words[at].text}”, singular, so the verb is too: “{phrase} {fix}”."
            yield window[noun + 1].start, window[noun + 1].end, comment


def _there_is_many(text: str, words: Sequence[Word]) -> Iterator[tuple[int, int, str]]:
    """ "There is many reasons", "there was two": a plural quantity after "there is"."""
    for at in range(len(words) - 2):
        there, verb, amount = (word.text for word in words[at : at + 3])
        if there.lower() != "there" or verb not in ("is", "was"):
            continue
        if amount.lower() in _PLURAL_AMOUNTS:  # not "there is 5 GB", an amount
            fix = _TO_PLURAL[verb]
            comment = f"“{amount}” is plural, so the verb is too: “{there} {fix} {amount}”."
            yield words[at + 1].start, words[at + 1].end, comment


def _attributed_subjects(text: str, words: Sequence[Word]) -> Iterator[tuple[int, int, str]]:
    """A clause's subject noun, its prepositional attributes, then a verb of the other
    number: "The mean concentration of particles across all sites were".

    The tagger reads the clause: a determiner or adjectives, the head noun, one
    or two attributes each a preposition and a plain noun phrase, then the
    finite verb. Any other word (a pronoun, "and", a comma) leaves it alone.
    """
    for at in range(len(words) - 3):
        if not _opens_clause(text, words, at):
            continue
        reach = _verb_reach(words, at)
        if reach is None:
            continue
        window = words[at:reach]
        tags = grammar.english_tags(tuple(word.text for word in window))
        found = _head_and_verb(tags)
        if found is None:
            continue
        head, verb = (window[index].text for index in found)
        if found[0] == 0 and head[1:].islower():
            head = head.lower()  # "Participants in the control group was", but not "CUPS"
        if not (_spaced(text, words, at, at + found[1]) and head.islower() and verb.islower()):
            continue
        if found[0] > 0 and tags[0] not in _DETERMINER_TAGS and window[0].text.endswith("ing"):
            continue  # "Building views upon views is": a gerund and its object
        if head in _OPEN_NUMBER or head in _GROUP_NOUNS:
            continue
        following = window[found[1] + 1].text.lower() if found[1] + 1 < len(window) else ""
        lower = verb.lower()
        if tags[found[0]] == "NN2" and _plural(head):
            number, fix = "plural", _TO_PLURAL.get(lower)
            if fix is None and tags[found[1]] == "VVZ" and following in _AFTER_VERBS:
                fix = _base_of(verb)
        elif tags[found[0]] == "NN1" and not head.endswith("s"):
            number, fix = "singular", _TO_SINGULAR.get(lower)
            if fix is None and tags[found[1]] == "VVB" and following in _AFTER_VERBS:
                fix = _third_person(verb)
        else:
            continue
        if fix is not None:
            phrase = text[words[at].start : window[found[0]].end]
            comment = (
                f"The subject is “{phrase}”, {number}, so the verb is too: “{phrase} … {fix}”."
            )
            yield window[found[1]].start, window[found[1]].end, comment


def _verb_reach(words: Sequence[Word], at: int) -> int | None:
    """Where the words a subject with attributes opening at ``at`` and its verb could fill
    end, or None where they cannot: read before the tagger, which takes a millisecond."""
    first = words[at].text.lower()
    if first not in _OPENING_DETERMINERS and not (first.endswith("s") and first.isalpha()):
        return None  # "you can", "choose the": a subject with no determiner is a plural
    preposition = None
    for index in range(at + 1, min(at + 2 + _MAX_HEAD_WORDS, len(words))):
        lower = words[index].text.lower()
        if lower in _PREPOSITIONS:
            preposition = index
            break
        if lower in _NOT_MODIFIERS or not lower.replace("-", "").isalpha():
            return None  # "the file is in", "they were": no noun phrase before a preposition
    if preposition is None:
        return None
    reach = None
    for index in range(preposition + 2, min(preposition + _ATTRIBUTE_REACH, len(words))):
        lower = words[index].text.lower()
        if lower in _TO_PLURAL or lower in _TO_SINGULAR:
            return index + 2
        following = words[index + 1].text.lower() if index + 1 < len(words) else ""
        if lower not in _PREPOSITIONS and following in _AFTER_VERBS:
            reach = index + 2  # "depend strongly", "suggests that"
    return reach


def _head_and_verb(tags: Sequence[str]) -> tuple[int, int] | None:
    """Where the head noun and the finite verb stand in a clause tagged ``tags``: modifiers,
    the head, one or two attributes of a preposition and a noun phrase, then the verb."""
    start = at = 1 if tags and tags[0] in _DETERMINER_TAGS else 0
    while at < min(len(tags), start + _MAX_HEAD_WORDS) and tags[at] in _MODIFIER_TAGS | _NOUN_TAGS:
        at += 1
    head = at - 1
    if head < start or tags[head] not in _NOUN_TAGS or at >= len(tags):
        return None
    if tags[at] not in _PREPOSITION_TAGS:
        return None
    for _ in range(_MAX_ATTRIBUTES + 1):
        if at < len(tags) and tags[at] in _FINITE_TAGS:
            return (head, at) if tags[at - 1] in _NOUN_TAGS else None
        if at >= len(tags) or tags[at] not in _PREPOSITION_TAGS:
            return None
        at += 1
        if at < len(tags) and tags[at] in _DETERMINER_TAGS:
            at += 1
        while at < len(tags) and tags[at] in _ATTRIBUTE_TAGS:
            at += 1
    return None


def _third_person(verb: str) -> str | None:
    """ "depend" → "depends", "vary" → "varies": a verb's third person singular."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        form = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        form = verb[:-1] + "ies"
    else:
        form = verb + "s"
    return form if speller("en").listed(form) else None


def _determined(text: str, words: Sequence[Word]) -> Iterator[tuple[int, int, str]]:
    """A determiner that fixes the number, its noun and the verb right after."""
    for at in range(len(words) - 2):
        determiner, noun, verb = (word.text for word in words[at : at + 3])
        lower = determiner.lower()
        plural = lower in _PLURAL_DETERMINERS
        if not (plural or lower in _SINGULAR_DETERMINERS):
            continue
        if not noun.isalpha() or not noun.islower() or noun in _OPEN_NUMBER or not verb.isalpha():
            continue  # "these Packages files": a capital makes the noun a name
        if noun in _MODALS:
            continue  # "This will do": a pronoun and a modal before its infinitive, no noun
        if not _spaced(text, words, at, at + 2):
            continue  # "both settlements, faenas": a list, not a subject and its verb
        if not _opens_clause(text, words, at):
            continue  # "the strengths of this study are": the verb agrees with "strengths"
        if plural and _plural(noun):
            fix = _TO_PLURAL.get(verb) or _base_of(verb)
        elif not plural and not _plural(noun):
            fix = _TO_SINGULAR.get(verb)
        else:
            continue
        if fix is not None:
            phrase = f"{determiner} {noun}"
            number = "plural" if plural else "singular"
            comment = f"“{phrase}” is {number}, so the verb is too: “{phrase} {fix}”."
            yield words[at].start, words[at + 2].end, comment


def _plural_subjects(text: str, words: Sequence[Word]) -> Iterator[tuple[int, int, str]]:
    """ "The results suggests that", "Microplastic particles has the": a regular plural
    opening its clause, then a verb in the singular.

    The noun's ending shows its number where no determiner does. The verb must
    be followed by what follows a verb (an article, "that", a preposition), so
    a second noun ("the sales figures show") is not taken for one.
    """
    for at in range(len(words) - 2):
        first = words[at].text.lower()
        if first in _SINGULAR_DETERMINERS or first in _PLURAL_DETERMINERS:
            continue  # the determiner decides: read above
        if not _opens_clause(text, words, at):
            continue
        start = at + (first in _NEUTRAL_DETERMINERS)
        noun_at = start
        while noun_at < min(start + _MAX_MODIFIERS, len(words) - 2) and _modifier(words[noun_at]):
            noun_at += 1
        if noun_at + 1 >= len(words):
            continue
        noun, verb = words[noun_at], words[noun_at + 1]
        following = words[noun_at + 2].text.lower() if noun_at + 2 < len(words) else ""
        bare = noun_at == at and mark_before(text, words[at].start) != ","
        if bare or _NUMBER_BEFORE.search(text[: words[at].start]):
            # "Indexes tells", "CUPS is", "256 characters was": a name or an amount; after
            # a comma a plural alone opens a clause ("…, however, researchers has")
            continue
        plural = noun.text
        if not plural.isalpha() or not plural.islower() or plural in _OPEN_NUMBER:
            continue
        if following in ("and", "or"):
            continue  # "the operators is and is not": words named, not used
        if not _spaced(text, words, at, noun_at + 1) or not _plural(plural):
            continue
        fix = _TO_PLURAL.get(verb.text)
        if fix is None and following in _AFTER_VERBS:
            fix = _base_of(verb.text)
        if fix is None or _stem_before_s(verb.text) == plural:
            continue
        if not _tagged_plural_subject(words, at, noun_at):
            continue  # "It displays lines", "Making backups is": the tagger reads it otherwise
        phrase = text[words[at].start : noun.end]
        comment = f"“{phrase}” is plural, so the verb is too: “{phrase} {fix}”."
        yield words[at].start, verb.end, comment


def _tagged_plural_subject(words: Sequence[Word], at: int, noun_at: int) -> bool:
    """Whether the tagger, reading the clause in context, confirms a plural noun led only by
    a determiner and adjectives, and a verb in the third person singular after it."""
    window = tuple(word.text for word in words[at : noun_at + _TAGGED_AFTER])
    tags = grammar.english_tags(window)
    noun = noun_at - at
    # "microplastic particles", but not a gerund's object: "modifying branches is"
    leading = all(
        (tag in _LEADING_TAGS or tag == "NN1") and not word.endswith("ing")
        for tag, word in zip(tags[:noun], window, strict=False)
    )
    return leading and tags[noun] == "NN2" and tags[noun + 1] in _SINGULAR_VERB_TAGS


def _modifier(word: Word) -> bool:
    """A lower-case word before the noun that is no plural: "selected", "microplastic"."""
    lower = word.text.lower()
    return lower.isalpha() and not lower.endswith("s") and lower not in _NOT_MODIFIERS


def _spaced(text: str, words: Sequence[Word], first: int, last: int) -> bool:
    """Whether only single spaces stand between ``words[first]`` … ``words[last]``."""
    return all(text[words[at].end : words[at + 1].start] == " " for at in range(first, last))


def _opens_clause(text: str, words: Sequence[Word], at: int) -> bool:
    """Whether the determiner opens a subject: at a sentence's or clause's start.

    After "and" only a comma makes a new clause: "this partition and this init are"
    is one subject of two nouns.
    """
    if mark_before(text, words[at].start) in _CLAUSE_MARKS:
        return True
    previous = words[at - 1].text.lower() if at > 0 else ""
    if previous in _COORDINATORS:
        return mark_before(text, words[at - 1].start) == ","
    return previous in _SUBORDINATORS


def _plural(noun: str) -> bool:
    """ "findings", "studies", "analyses": a regular plural of a noun English knows."""
    lower = noun.lower()
    if lower.endswith(("ss", "us", "is", "ics")):
        return False
    return _stem_before_s(lower) is not None


def _base_of(verb: str) -> str | None:
    """ "suggests" → "suggest": a verb's third person singular, if ``verb`` is one."""
    if not verb.islower() or verb.endswith("ss") or verb in _NOT_VERBS:
        return None
    return _stem_before_s(verb)


def _stem_before_s(word: str) -> str | None:
    """The word English knows before an -s, -es or -ies ending: "studies" → "study"."""
    if not word.endswith("s"):
        return None
    english = speller("en")
    stems = (word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y")
    return next((stem for stem in stems if stem and english.listed(stem)), None)
