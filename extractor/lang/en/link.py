"""English cue words read by the link stage (named fragments, one comment each)."""

from __future__ import annotations
