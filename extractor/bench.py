"""Throughput and memory benchmark: ``python -m extractor.bench [--repeat N] [--json]``.

Inputs are built from the bundled corpus (no network, nothing written):
English = the English paragraphs of the seed call, Chinese = the seed news article plus the
call's Chinese translations. Each set is repeated ``--repeat`` times as separate
documents. Reports chars/s single-process (``Extractor.extract``), with
``extract_many(n_process=2)``, the pure pattern stage alone for Chinese, model load time,
and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from typing import Any


def _corpus() -> tuple[list[str], list[str]]:
    from .cli import _corpus_dir

    d = _corpus_dir()
    call = (d / "twilio_2021q2_call_en_zh.txt").read_text(encoding="utf-8")
    news = (d / "twilio_ipo_news_zh.txt").read_text(encoding="utf-8")
    paras = [p.strip() for p in call.split("\n") if p.strip()]
    zh = [p for p in paras if re.search(r"[\u4e00-\u9fff]", p)]
    en = [p for p in paras if not re.search(r"[\u4e00-\u9fff]", p)]
    # documents of ~5-10k chars
    def chunk(ps: list[str], size: int) -> list[str]:
        docs, cur = [], []
        for p in ps:
            cur.append(p)
            if sum(map(len, cur)) > size:
                docs.append("\n\n".join(cur))
                cur = []
        if cur:
            docs.append("\n\n".join(cur))
        return docs

    return chunk(en, 8000), [news, *chunk(zh, 6000)]


def _rate(fn: Any, docs: list[str]) -> tuple[float, float]:
    t0 = time.perf_counter()
    fn(docs)
    dt = time.perf_counter() - t0
    return sum(map(len, docs)) / dt, dt


def run(repeat: int = 5) -> dict[str, Any]:
    from .pipeline import Extractor

    en, zh = _corpus()
    en, zh = en * repeat, zh * repeat
    out: dict[str, Any] = {"en_chars": sum(map(len, en)), "zh_chars": sum(map(len, zh))}
    t0 = time.perf_counter()
    ex = Extractor()
    ex.extract("Revenue was $1 million.")  # loads the English model
    ex.extract("营收1亿元。")
    out["load_seconds"] = round(time.perf_counter() - t0, 2)

    def single(docs: list[str]) -> None:
        for d in docs:
            ex.extract(d)

    def multi(docs: list[str]) -> None:
        for _ in ex.extract_many(docs, n_process=2, batch_size=4):
            pass

    for name, docs in (("en", en), ("zh", zh)):
        single(docs[:2])  # warm up
        r, _ = _rate(single, docs)
        out[f"{name}_chars_per_s_1proc"] = round(r)
        r, _ = _rate(multi, docs)
        out[f"{name}_chars_per_s_2proc"] = round(r)
    # the pure pattern stage alone (no spaCy) on Chinese
    from .quantities import find_quantities

    r, _ = _rate(lambda ds: [find_quantities(d, "zh") for d in ds], zh)
    out["zh_find_quantities_chars_per_s"] = round(r)
    ex_nonlp = Extractor(use_ner=False)
    r, _ = _rate(lambda ds: [ex_nonlp.extract(d) for d in ds], en)
    out["en_chars_per_s_1proc_no_ner"] = round(r)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extractor.bench", description=__doc__)
    ap.add_argument("--repeat", type=int, default=5, help="copies of each input set")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    res = run(a.repeat)
    if a.json:
        print(json.dumps(res, indent=2))
    else:
        for k, v in res.items():
            print(f"{k:<36} {v:>14,}" if isinstance(v, int) else f"{k:<36} {v:>14}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
