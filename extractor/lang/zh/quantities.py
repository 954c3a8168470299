"""Chinese cue words read by the quantities stage (named fragments, one comment each)."""

from __future__ import annotations
