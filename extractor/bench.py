"""Throughput and memory benchmark: ``python -m extractor.bench [--repeat N] [--json] [--long]``.

Besides the seed-corpus figures below, it measures the shapes users feed in bulk (see
:mod:`extractor.bench_inputs`): short English news items, dense call transcripts, short
Chinese announcement sentences and long Chinese articles, each through ``extract_many``
with one and with two processes, each also as a ratio to ``spacy.blank(lang)`` tokenising
the same texts in the same run (``*_x_blank``: comparable across machines). ``--long``
adds a 20,000-item run of short news and reports the RSS growth over it.

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


def _cpu(fn: Any) -> float:
    """CPU seconds this process spends in ``fn()``."""
    t0 = time.process_time()
    fn()
    return max(time.process_time() - t0, 1e-9)


def _rss_mb() -> float:
    """The current resident set size in MB (Linux; else the peak)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        import os

        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):  # pragma: no cover - not Linux
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def shapes(scale: float = 1.0) -> dict[str, Any]:
    """chars/s and items/s of ``extract_many`` on the four input shapes, with ratios to the
    blank tokenizer on the same texts, two-process scaling, and Chinese vs the scan alone."""
    import spacy

    from . import bench_inputs as bi
    from .pipeline import Extractor
    from .quantities import find_quantities

    sets = {
        "en_news": ("en", bi.en_news(max(50, int(2000 * scale)))),
        "en_calls": ("en", bi.en_calls(max(2, int(6 * scale)))),
        "zh_news": ("zh", bi.zh_news(max(50, int(4000 * scale)))),
        "zh_articles": ("zh", bi.zh_articles(max(2, int(20 * scale)))),
    }
    blank = {lang: spacy.blank(lang) for lang in ("en", "zh")}
    ex = Extractor()
    ex.extract("Revenue was $1 million.")
    ex.extract("营收1亿元。")
    out: dict[str, Any] = {}

    def many(docs: list[str], n_process: int) -> None:
        for _ in ex.extract_many(docs, n_process=n_process):
            pass

    for name, (lang, docs) in sets.items():
        nlp = blank[lang]
        many(docs[:20], 1)  # warm up
        chars = sum(map(len, docs))
        # single-process figures in CPU seconds of this process: other work on the machine
        # (waiting for a core) does not count, so the ratios hold on a busy machine
        tok = chars / _cpu(lambda nlp=nlp, docs=docs: [nlp.make_doc(d) for d in docs])
        cpu1 = _cpu(lambda docs=docs: many(docs, 1))
        _, wall1 = _rate(lambda ds: many(ds, 1), docs)
        kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        me0 = time.process_time()
        _, wall2 = _rate(lambda ds: many(ds, 2), docs)
        parent = time.process_time() - me0
        kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers = (kids1.ru_utime + kids1.ru_stime) - (kids0.ru_utime + kids0.ru_stime)
        out[f"{name}_docs"] = len(docs)
        out[f"{name}_avg_chars"] = round(chars / len(docs))
        out[f"{name}_blank_tokenizer_chars_per_s"] = round(tok)
        out[f"{name}_chars_per_s_1proc"] = round(chars / cpu1)
        out[f"{name}_docs_per_s_1proc"] = round(len(docs) / cpu1)
        out[f"{name}_x_blank"] = round(chars / cpu1 / tok, 3)
        out[f"{name}_2proc_speedup_wall"] = round(wall1 / wall2, 2)
        # what two free cores would give: the work split over two workers, or the parent
        # (sending texts, receiving records) if it is the slower side
        out[f"{name}_2proc_speedup_cpu"] = round(cpu1 / max(workers / 2, parent, 1e-9), 2)
        if lang == "zh":
            scan = _cpu(lambda docs=docs: [find_quantities(d, "zh") for d in docs])
            out[f"{name}_vs_find_quantities"] = round(cpu1 / scan, 2)
    # the yardstick for short items: the blank tokenizer on long English text
    # (its first, uncached pass over the call transcripts, measured above)
    long_en = out["en_calls_blank_tokenizer_chars_per_s"]
    out["en_news_x_blank_on_long_text"] = round(out["en_news_chars_per_s_1proc"] / long_en, 3)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def long_run(n: int = 20000) -> dict[str, Any]:
    """RSS after the first tenth and after all of ``n`` short news items (fresh texts)."""
    from . import bench_inputs as bi
    from .pipeline import Extractor

    ex = Extractor()
    docs = bi.en_news(n, seed=99) + bi.zh_news(n // 4, seed=99)
    first = len(docs) // 10
    rss_early = 0.0
    t0 = time.perf_counter()
    for i, _ in enumerate(ex.extract_many(docs)):
        if i == first:
            rss_early = _rss_mb()
    dt = time.perf_counter() - t0
    rss_end = _rss_mb()
    return {
        "long_docs": len(docs),
        "long_docs_per_s": round(len(docs) / dt),
        "long_rss_mb_at_10pct": round(rss_early, 1),
        "long_rss_mb_at_end": round(rss_end, 1),
        "long_rss_growth_mb": round(rss_end - rss_early, 1),
        "long_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


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
    ap.add_argument("--long", action="store_true", help="also a 20k-item run: RSS growth")
    ap.add_argument("--scale", type=float, default=1.0, help="size of the input-shape sets")
    ap.add_argument("--shapes-only", action="store_true", help="only the input-shape figures")
    a = ap.parse_args(argv)
    res = {} if a.shapes_only else run(a.repeat)
    res.update(shapes(a.scale))
    if a.long:
        res.update(long_run())
    if a.json:
        print(json.dumps(res, indent=2))
    else:
        for k, v in res.items():
            print(f"{k:<36} {v:>14,}" if isinstance(v, int) else f"{k:<36} {v:>14}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
