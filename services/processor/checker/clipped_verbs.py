"""The spoken first person without its -e: "ich hab", "freu ich mich", "ich erörter".

Speech drops the -e of the first person singular; writing keeps it ("ich
habe", "freue ich mich"). Such a form is no misspelling but a register slip,
so the speller leaves it to the colloquial check, which names the full form.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processor.checker import grammar
from services.processor.checker.case_words import listed, tags
from services.processor.checker.tokens import Word

# "ich weis" is "weiß" misspelt, not "weise" clipped.
_OTHER_SLIPS = frozenset({"weis"})
_INFINITIVES = frozenset({"VV(INF)", "VA(INF)"})


def full_first_person(text: str, words: Sequence[Word], index: int) -> str | None:
    """The written form of ``words[index]`` when it is a clipped verb right beside "ich"."""
    word = words[index].text
    if not word.islower() or word in _OTHER_SLIPS or word.endswith("e"):
        return None
    if not _beside_ich(text, words, index):
        return None  # asked first: few words stand beside "ich", and the lookups below are dear
    full = word + "e"
    if not (listed(full) and tags(full) & grammar.FINITE_TAGS):
        return None
    if listed(word) and not (tags(word) & grammar.FINITE_TAGS and _present_stem(word)):
        return None  # "ich mein Bestes", "ich ging", "ich soll": complete as they stand
    return full


def _present_stem(word: str) -> bool:
    """Whether ``word`` is a verb's bare present stem, which only speech uses for "ich".

    The stem is the infinitive without its -(e)n: "hab", "erörter". A preterite
    ("ging", "hielt") and a modal's present ("soll", "kann") are the whole first
    person already, though "ginge" and "solle" are words too.
    """
    if "VM(FIN)" in tags(word):
        return False
    infinitives = (word + "en", word + "n")
    return any(listed(form) and tags(form) & _INFINITIVES for form in infinitives)


def _beside_ich(text: str, words: Sequence[Word], index: int) -> bool:
    """ "ich hab", "hab ich": "ich" right before or after, with only a space between."""
    for first, second in ((index - 1, index), (index, index + 1)):
        if first < 0 or second >= len(words):
            continue
        other = words[first] if second == index else words[second]
        adjacent = not text[words[first].end : words[second].start].strip()
        if adjacent and other.text.lower() == "ich":
            return True
    return False
