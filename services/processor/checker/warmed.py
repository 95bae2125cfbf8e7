"""Importing this loads the dictionaries and the tagger.

The checking workers' fork server imports it once, so every worker it forks
starts warm (``services.processor.checking``).
"""

from __future__ import annotations

import gc

from services.processor.checker import warm_up
from services.processor.vocabulary import common_words

warm_up()
common_words()  # what every worker's vocabulary starts with
# What every worker shares with the server stays untouched by their collections.
gc.freeze()
