"""The company and document cue words of each language: every fragment says what it is for
(a comment right above it), and the stages compose them into the same patterns."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from extractor import document
from extractor.company_words_zh import _ROLE_OPEN_RE, _SUBJECT_VERBS

LANG_DIR = Path(document.__file__).resolve().parent / "lang"


@pytest.mark.parametrize("part", ["en/companies.py", "zh/companies.py", "en/document.py", "zh/document.py"])
def test_every_fragment_has_a_comment_above_it(part: str) -> None:
    path = LANG_DIR / part
    lines = path.read_text(encoding="utf-8").splitlines()
    missing = [
        node.targets[0].id
        for node in ast.parse("\n".join(lines)).body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id.isupper()
        and not lines[node.lineno - 2].startswith("#")
    ]
    assert missing == []


def test_mixed_language_patterns_keep_both_languages() -> None:
    assert document._CALL_TITLE.search("Q3 2026 Earnings Call")
    assert document._CALL_TITLE.search("二季度业绩会")
    assert document._GENERIC_SPEAKER.match("Unidentified Analyst")
    assert document._GENERIC_SPEAKER.match("主持人")
    assert not document._GENERIC_SPEAKER.match("Maria Lopez")


def test_zh_company_words_come_from_the_language() -> None:
    assert "收购" in _SUBJECT_VERBS
    assert _ROLE_OPEN_RE.match("控股股东之一")
