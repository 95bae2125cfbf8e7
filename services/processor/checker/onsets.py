"""Onsets: the consonants a German or an English word may begin with.

Each language opens a word with one consonant or a cluster from a short,
closed list ("Pflicht", "Strand", "Zwang"; "squash", "thrive"), loans adding a
few ("Sport", "Psyche"). A small word that opens with any other cluster
("mkdir", "xbmtopbm", "lvextend") is no word misspelt but abbreviations run
together: a program's or an option's name.
"""

from __future__ import annotations

from typing import Final

from services.processor.checker.lexicon import word_set

_VOWELS: Final = frozenset("aeiouyäöü")
# Two or more consonants a word or a common loan may begin with: "Pflaume", "Szene", "Twist".
_CLUSTERS: Final = {
    "de": word_set(
        """bl br ch chl chr cl cr dr fl fr gl gn gr kl kn kr mn pf pfl pfr ph phl phr pl pn
        pr ps pt rh sch schl schm schn schr schw sk skl skr sl sm sn sp sph spl spr st str sz
        th thr tr ts tsch tw wh wr zw sc scr sh shr sw sv"""
    ),
    "en": word_set(
        """bl br ch chl chr cl cr dr dw fl fr gl gn gr gw kl kn kr mn ph phl phr pl pn pr ps
        pt rh sc sch schl schm schn schr scl scr sh shr sk skr sl sm sn sp sph spl spr sq st
        str sv sw th thr tr ts tw wh wr"""
    ),
}


def foreign_onset(word: str, language: str) -> bool:
    """Whether ``word`` opens with consonants no word of ``language`` begins with: "mkdir"."""
    lower = word.lower()
    cut = next((at for at, letter in enumerate(lower) if letter in _VOWELS), len(lower))
    return cut >= 2 and lower[:cut] not in _CLUSTERS[language]
