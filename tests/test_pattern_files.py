"""Broken pattern packs: each raises ``PatternError`` naming the file and the line (or is
accepted with the meaning documented in ``extractor/patterns.py``); loading is linear
in the size of the files; nothing hangs and nothing is half-loaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from opcount import assert_linear

from extractor import Extractor, PatternError
from extractor.companies import CompanyFinder
from extractor.metrics import MetricLexicon, read_metrics_file
from extractor.patterns import PATTERN_FILES, check_pattern_dir

GOOD_METRIC = '{"id": "widgets", "unit": "count", "en": ["widgets shipped"], "zh": ["出货量"]}'
GOOD_COMPANY = '{"name": "Greenfield Robotics", "aliases": ["Greenfield"]}'


def _write(d: Path, name: str, content: str | bytes) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    p = d / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def _load(d: Path) -> None:
    MetricLexicon.load([d])
    CompanyFinder.load([d])


# (file name, content, line of the error, words in the message)
BROKEN = [
    ("metrics.jsonl", f'{GOOD_METRIC}\n{{"id": "x_y", "unit": "count", "en": ["a b",]}}', 2, "invalid JSON"),
    ("metrics.jsonl", '# c\n{"id": "x_y", "unit": "count", "en": ["gizmos"], "LOWR": 1}', 2, 'unknown key "LOWR"'),
    ("metrics.jsonl", '{"id": "x_y", "unit": "count", "en": "gizmos"}', 1, "expected a list"),
    ("metrics.jsonl", '{"id": "x_y", "unit": 5, "en": ["gizmos"]}', 1, 'key "unit"'),
    ("metrics.jsonl", '{"id": "x_y", "unit": "count", "en": [""]}', 1, "empty string"),
    ("metrics.jsonl", f'{GOOD_METRIC}\n{{"id": "x_y", "unit": "count", "en": ["gizmos"], "carry": "no"}}', 2, 'key "carry"'),
    ("metrics.jsonl", f"{GOOD_METRIC}\n\n{GOOD_METRIC}", 3, 'duplicate id "widgets"'),
    ("metrics.jsonl", '{"id": "x_y", "unit": "count", "zh": ["的"]}', 1, "one-character"),
    ("metrics.jsonl", '{"id": "x_y", "unit": "count", "en": ["a"]}', 1, "one-character"),
    ("metrics.jsonl", '{"id": "x_y", "unit": "count", "id": "y_z", "en": ["gizmos"]}', 1, 'duplicate key "id"'),
    ("metrics.jsonl", '{"id": "x_y", "unit": "count", "en": [' + "[" * 100_000 + "]" * 100_000 + "]}", 1, "invalid JSON"),
    ("metrics.jsonl", '{"id": "x_y", "unit": "count", "n": ' + "9" * 5000 + "}", 1, "invalid JSON"),
    ("metrics.jsonl", "[" * 3000 + "]" * 3000, 1, ""),
    ("metrics.jsonl", GOOD_METRIC + "\n# \u0085 a comment with a NEL\n{bad", 3, "invalid JSON"),
    ("metrics.jsonl", GOOD_METRIC.encode() + b"\n# ok\n{\"id\": \"x_y\xff\"}", 3, "not UTF-8"),
    ("companies.jsonl", f"{GOOD_COMPANY}\n{{\"name\": \"Acme\", \"aliases\": [\"的\"]}}", 2, "one-character"),
    ("companies.jsonl", '{"name": "Acme", "aliases": ["$"]}', 1, "one-character"),
    ("companies.jsonl", '{"name": "a"}', 1, "one-character"),
    ("companies.jsonl", '{"name": "Acme", "aliases": ["' + "甲乙" * 500 + '"]}', 1, "longer than"),
    ("companies.jsonl", '{"name": "Acme", "aliases": [3]}', 1, "expected a string"),
    ("companies.jsonl", '{"name": "Acme"}\n{"name": "Acme"}', 2, 'duplicate name "Acme"'),
    ("companies.jsonl", '{"name": "Acme", "name": "Bolt"}', 1, 'duplicate key "name"'),
    ("companies.jsonl", '{"name": "Acme", "lang": "fr"}', 1, 'key "lang"'),
    ("companies.jsonl", b'\xef\xbb\xbf{"name": "Acme"}\n{"name": "\xc3"}', 2, "not UTF-8"),
]


@pytest.mark.parametrize(("name", "content", "line", "words"), BROKEN, ids=[f"{i}" for i in range(len(BROKEN))])
def test_broken_pack_names_file_and_line(
    tmp_path: Path, name: str, content: str | bytes, line: int, words: str
) -> None:
    p = _write(tmp_path / "pack", name, content)
    with pytest.raises(PatternError) as exc:
        _load(tmp_path / "pack")
    assert exc.value.path == str(p)
    assert exc.value.line == line
    assert words in exc.value.reason
    assert str(exc.value).startswith(f"{p}:{line}: ")


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        (lambda d: None, "does not exist"),
        (lambda d: _write(d.parent, d.name, "not a dir"), "not a directory"),
        (lambda d: _write(d, "metric.jsonl", GOOD_METRIC), "unknown pattern file name"),
        (lambda d: _write(d, "Metrics.jsonl", GOOD_METRIC), "unknown pattern file name"),
        (lambda d: (d / "metrics.jsonl").mkdir(parents=True), "is a directory"),
    ],
    ids=["missing", "file", "misspelt", "capitalised", "dir-named-metrics"],
)
def test_broken_pack_directories(tmp_path: Path, setup, words: str) -> None:  # type: ignore[no-untyped-def]
    d = tmp_path / "pack"
    setup(d)
    with pytest.raises(PatternError, match=words) as exc:
        Extractor(patterns=[d])
    assert exc.value.line is None
    assert str(d) in exc.value.path


def test_known_file_names_are_accepted(tmp_path: Path) -> None:
    d = tmp_path / "pack"
    for name in PATTERN_FILES:
        _write(d, name, "# nothing yet\n")
    _write(d, "README.md", "other files are not pattern files")
    assert check_pattern_dir(d) == d
    _load(d)


def test_a_byte_order_mark_is_skipped(tmp_path: Path) -> None:
    d = tmp_path / "pack"
    _write(d, "metrics.jsonl", "\ufeff" + GOOD_METRIC + "\n")
    _write(d, "companies.jsonl", b"\xef\xbb\xbf" + GOOD_COMPANY.encode() + b"\r\n")
    assert MetricLexicon.load([d]).find("widgets shipped rose", "en")[0].metric == "widgets"
    assert [m.name for m in CompanyFinder.load([d]).find("Greenfield said", "en")] == ["Greenfield Robotics"]


def test_line_separators_inside_strings_are_text_not_line_ends(tmp_path: Path) -> None:
    d = tmp_path / "pack"
    entry = {"id": "widgets", "unit": "count", "en": ["widgets shipped"], "description": "a\u2028b\u0085c"}
    p = _write(d, "metrics.jsonl", json.dumps(entry, ensure_ascii=False) + "\n{oops\n")
    assert "\u2028" in p.read_text(encoding="utf-8")
    with pytest.raises(PatternError) as exc:
        MetricLexicon.load([d])
    assert exc.value.line == 2  # the raw U+2028 and U+0085 did not start new lines
    p.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    (e,) = [e for e in read_metrics_file(p)]
    assert e.description == "a\u2028b\u0085c"


def test_nothing_is_half_loaded(tmp_path: Path) -> None:
    good, bad = tmp_path / "good", tmp_path / "bad"
    _write(good, "metrics.jsonl", GOOD_METRIC)
    _write(bad, "metrics.jsonl", GOOD_METRIC.replace("widgets", "gadgets") + "\n{broken")
    with pytest.raises(PatternError):
        Extractor(patterns=[good, bad])
    lex = MetricLexicon.load()
    assert "widgets" not in lex.ids() and "gadgets" not in lex.ids()
    assert "widgets" in MetricLexicon.load([good]).ids()


def _metrics_pack(n: int) -> str:
    return "\n".join(
        json.dumps({"id": f"m{i}", "unit": "count", "en": [f"gizmo{i} count"]}) for i in range(n)
    )


def test_many_metric_ids_load_in_linear_work(tmp_path: Path) -> None:
    d = tmp_path / "pack"
    _write(d, "metrics.jsonl", _metrics_pack(16_000))
    lex = MetricLexicon.load([d])
    assert "m15999" in lex.ids()
    assert [m.metric for m in lex.find("gizmo15999 count rose", "en")] == ["m15999"]

    def load(content: str) -> None:
        _write(d, "metrics.jsonl", content)
        MetricLexicon.load([d])

    assert_linear(load, _metrics_pack, 200, factor=4, slack=1.4)


def test_a_huge_alias_list_loads(tmp_path: Path) -> None:
    d = tmp_path / "pack"
    aliases = [f"Acme Unit {i}" for i in range(5000)]
    _write(d, "companies.jsonl", json.dumps({"name": "Acme Holdings", "aliases": aliases}))
    finder = CompanyFinder.load([d])
    assert [m.name for m in finder.find("Acme Unit 4999 said", "en")] == ["Acme Holdings"]


def test_a_long_cjk_alias_within_the_limit_loads(tmp_path: Path) -> None:
    d = tmp_path / "pack"
    name = "甲乙丙丁" * 50  # 200 characters: the limit
    _write(d, "companies.jsonl", json.dumps({"name": name, "lang": "zh"}, ensure_ascii=False))
    finder = CompanyFinder.load([d])
    assert [m.name for m in finder.find(name + "营收5亿元", "zh")] == [name]
