"""Chinese: the cue words the stages read, one part module per stage.

Each part holds named fragments (UPPER_CASE constants, a comment on what each is for);
they are gathered here into one table, read through :func:`extractor.lang.get_language`.
Word lists are written in Simplified script; their Traditional forms come from
:mod:`.traditional`, added here once.
"""

from __future__ import annotations

from .. import fragments_of, merge_variants, with_script_variants
from . import companies, document, link, periods, quantities, segment, traditional

NAME = "Chinese"
FRAGMENTS = merge_variants(
    with_script_variants(
        fragments_of(companies, document, link, periods, quantities, segment), traditional.CHARS
    ),
    traditional.WORDS,
)
# the character table itself, for names that are not cue words (company aliases)
FRAGMENTS["TRADITIONAL_CHARS"] = traditional.CHARS
