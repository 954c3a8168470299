"""English: the cue words the stages read, one part module per stage.

Each part holds named fragments (UPPER_CASE constants, a comment on what each is for);
they are gathered here into one table, read through :func:`extractor.lang.get_language`.
"""

from __future__ import annotations

from .. import fragments_of
from . import companies, document, link, ner, periods, quantities, segment

NAME = "English"
FRAGMENTS = fragments_of(companies, document, link, ner, periods, quantities, segment)
