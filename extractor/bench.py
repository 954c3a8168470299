"""Throughput and memory benchmark: ``python -m extractor.bench [--repeat N] [--json] [--long]``.

Besides the seed-corpus figures below, it measures the shapes users feed in bulk (see
:mod:`extractor.bench_inputs`): short English news items, dense call transcripts, short
Chinese announcement sentences and long Chinese articles, each through ``extract_many``
with one and with two processes, each also as a ratio to ``spacy.blank(lang)`` tokenising
the same texts in the same run (``*_x_blank``: comparable across machines). ``--long``
adds a 20,000-item run of short news and reports the RSS growth over it.

``--hostile`` times hostile inputs instead (digit runs, nested brackets, floods of
speaker headers, ... at 10 KB, 100 KB and 1 MB, plus one 5 MB line of prose) and prints
seconds and microseconds per character for each; time per character must not grow with
size. ``--fuzz N`` runs N generated documents (a seeded mix of financial phrases in both
languages, scale words, currencies, ranges, periods, speaker headers and junk characters)
and counts exceptions, span violations and outputs that differ on a second run.

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
import random
import re
import resource
import sys
import time
from typing import Any, Literal


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


# --- hostile inputs -----------------------------------------------------------------------

_PROSE = (
    "Revenue was $1.2 billion in the second quarter of 2021, up 12% year over year. "
    "We expect fiscal 2022 revenue of $5.1 billion to $5.2 billion. "
    "2021年第二季度营收达到1.669亿美元，同比增长67%。"
    "Net loss was $(0.03) per share, compared to $0.12 a year ago. "
)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _respectively(size: int) -> str:
    vals, years, i = [], [], 0
    n = 0
    while n < size:
        vals.append(f"${i % 997 + 1}.{i % 10} million")
        years.append(str(1990 + i % 30))
        n += len(vals[-1]) + len(years[-1]) + 4
        i += 1
    return "Costs were " + ", ".join(vals) + " in " + ", ".join(years) + ", respectively."


def _zh_respectively(size: int) -> str:
    vals, i, n = [], 0, 0
    while n < size:
        vals.append(f"{i % 97 + 1}.{i % 10}亿元")
        n += len(vals[-1]) + 1
        i += 1
    return "2020年和2019年净利润分别为" + "、".join(vals) + "。"


def _speakers(size: int) -> str:
    return _repeat(
        "Jane Roe -- Chief Financial Officer\n\nRevenue was $5 million.\n\n"
        "John Smith -- Analyst -- Wells Fargo\n\n  • Jane Roe - CFO\n\n", size
    )


#: name -> builder(size in characters) -> text
HOSTILE: dict[str, Any] = {
    "digits": lambda n: _repeat("1234567890", n),
    "separators": lambda n: _repeat("1,234,567,", n),
    "decimals": lambda n: _repeat("1.2.3.4.5.", n),
    "zh_numerals": lambda n: _repeat("三千五百万零二十一点五", n),
    "zh_numerals_unit": lambda n: _repeat("三千五百万元", n),
    "wan_yi": lambda n: "1" + _repeat("万亿", n - 1),
    "wan_yi_yuan": lambda n: _repeat("5亿万元", n),
    "brackets_nested": lambda n: "(" * (n // 2) + "$5" + ")" * (n // 2 - 2),
    "brackets_open": lambda n: _repeat("($(1", n),
    "brackets_zh": lambda n: _repeat("（（（5亿元）", n),
    "currency_signs": lambda n: _repeat("$€£¥", n),
    "currency_runs": lambda n: _repeat("$$$$1 US$HK$", n),
    "dollar_values": lambda n: _repeat("$5", n),
    "prose_one_line": lambda n: _repeat(_PROSE, n),
    "prose_no_ends": lambda n: _repeat(_PROSE.replace(".", "").replace("。", ""), n),
    "emoji_rtl_ctrl": lambda n: _repeat(
        "Revenue \U0001f680 grew \u200f12%\u200e to \u202e$5 million\x00\x1b\x7f "
        "\ufeff营收\U0001f4c8达到\u061c3亿元\u2028 ", n),
    "respectively": _respectively,
    "zh_respectively": _zh_respectively,
    "speaker_flood": _speakers,
    "periods": lambda n: _repeat("Q2 2021, fiscal 2020 and 2019, 2021年第二季度，", n),
    "percent_runs": lambda n: _repeat("5%%%", n),
    "whitespace": lambda n: _repeat(" \n\t\u3000", n),
}
SIZES = (10_000, 100_000, 1_000_000)


def _time_one(ex: Any, text: str) -> tuple[float, int, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    recs = ex.extract(text)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    for r in recs:
        if text[r.start : r.end] != r.text:
            raise AssertionError(f"span violation at {r.start}:{r.end}")
    return dt, len(recs), cpu


def _in_child(ex: Any, text: str, timeout: float) -> tuple[float | None, int, float | None]:
    """Time ``ex.extract(text)`` in a forked child so that a hang can be cut off."""
    import multiprocessing as mp

    if "fork" not in mp.get_all_start_methods():  # pragma: no cover - not Linux
        return _time_one(ex, text)
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def work() -> None:
        try:
            child.send(_time_one(ex, text))
        except BaseException as e:  # noqa: BLE001 - reported by the parent
            child.send((None, repr(e), None))

    p = ctx.Process(target=work)
    p.start()
    got = parent.poll(timeout)
    res = parent.recv() if got else (None, -1, None)
    if p.is_alive():
        p.kill()
    p.join()
    if res[0] is None and res[1] != -1:
        raise RuntimeError(f"extract raised: {res[1]}")
    return res


def run_hostile(
    names: list[str] | None = None, sizes: tuple[int, ...] = SIZES, timeout: float = 60.0,
    long_line: int = 5_000_000, use_ner: bool = True,
) -> list[dict[str, Any]]:
    """Time every hostile class at every size; ``seconds`` is None past ``timeout``
    seconds per million characters (at least ``timeout`` for smaller inputs): a limit
    that grows with the input, so only time that grows faster than the input hits it."""
    from .pipeline import Extractor

    ex = Extractor(use_ner=use_ner)
    ex.extract("Revenue was $1 million.")  # load the pipelines before forking
    ex.extract("营收1亿元。")
    rows = []
    cases = [(n, s) for n in (names or list(HOSTILE)) for s in sizes]
    if long_line and not names:
        cases.append(("prose_one_line", long_line))
    for name, size in cases:
        text = HOSTILE[name](size)
        secs, nrec, cpu = _in_child(ex, text, timeout * max(1.0, len(text) / 1e6))
        rows.append({
            "input": name, "chars": len(text), "seconds": secs, "cpu_seconds": cpu,
            "records": nrec, "us_per_char": None if secs is None else secs / len(text) * 1e6,
        })
        _print_row(rows[-1])
    return rows


def _print_row(r: dict[str, Any]) -> None:
    secs = "TIMEOUT" if r["seconds"] is None else f"{r['seconds']:.3f}"
    cpu = "-" if r["cpu_seconds"] is None else f"{r['cpu_seconds']:.3f}"
    upc = "-" if r["us_per_char"] is None else f"{r['us_per_char']:.2f}"
    print(
        f"{r['input']:<18} {r['chars']:>9,} {secs:>9} {cpu:>9} {upc:>8} {r['records']:>7}",
        flush=True,
    )


# --- fuzzing ----------------------------------------------------------------------------

_FUZZ_PIECES = [
    "Revenue", "revenue", " was ", " were ", "net income", "EPS", "gross margin", "free cash flow",
    " up ", " down ", " to ", " from ", " of ", " and ", ", ", "; ", ". ", "? ", " respectively",
    "Q3 2021", "the second quarter of 2020", "fiscal 2022", "FY21", "1H21", " in 2020",
    "December 31, 2020 and 2019", "last year", "this quarter", "year over year",
    "we expect", "guidance", "approximately ", "more than ", "at least ", "up to ",
    "营收", "净利润", "达到", "同比增长", "下降", "约", "超过", "不超过", "分别为", "、", "，", "。",
    "2015年", "去年", "第三季度", "2021年上半年", "预计", "目标", "Twilio", "阿里巴巴",
    "\n\n", "\nJane Roe -- CFO\n\n", "  • John Smith - Analyst\n\n", "Operator\n\n",
    "(", ")", "（", "）", "-", "--", "$", "¥", "€", "%", "％", "百分之", "bp", " basis points",
    "\x00", "\u200f", "\ud800", "\U0001f680", "\u2028", "\ufeff", "\t",
]
_SCALES_EN = ["", " thousand", " million", " billion", " trillion", "k", "m", "bn", " mln"]
_SCALES_ZH = ["", "万", "亿", "万亿", "億", "千"]
_CUR_BEFORE = ["$", "US$", "HK$", "€", "£", "¥", "RMB ", "EUR ", "人民币", ""]
_CUR_AFTER = ["", " dollars", " euros", "美元", "元", "港元", "亿元", "万美元", "%", " percent", "股"]


def _fuzz_number(rng: random.Random) -> str:
    k = rng.randrange(8)
    if k == 0:
        return str(rng.randrange(10**rng.randrange(1, 16)))
    if k == 1:
        return f"{rng.randrange(10**6):,}"
    if k == 2:
        return f"{rng.random() * 10**rng.randrange(0, 7):.{rng.randrange(0, 4)}f}"
    if k == 3:
        return "".join(rng.choice("零一二三四五六七八九十百千万亿两") for _ in range(rng.randrange(1, 8)))
    if k == 4:
        return f"({rng.randrange(1, 10**5):,})"
    if k == 5:
        return "".join(rng.choice("０１２３４５６７８９．，") for _ in range(rng.randrange(1, 6)))
    if k == 6:
        return f"{rng.randrange(100)}.{rng.randrange(100)}%"
    return "".join(rng.choice("0123456789.,") for _ in range(rng.randrange(1, 12)))


def _fuzz_value(rng: random.Random) -> str:
    num = _fuzz_number(rng)
    scale = rng.choice(_SCALES_ZH if rng.random() < 0.4 else _SCALES_EN)
    v = rng.choice(_CUR_BEFORE) + num + scale + rng.choice(_CUR_AFTER)
    if rng.random() < 0.15:
        v += rng.choice([" to ", "-", "至", "到", " and "]) + rng.choice(_CUR_BEFORE) + _fuzz_number(rng) + scale
    return v


def fuzz_document(rng: random.Random) -> str:
    """A random document of financial phrases, values and junk (``rng``: a ``random.Random``)."""
    parts = []
    for _ in range(rng.randrange(1, 40)):
        r = rng.random()
        if r < 0.35:
            parts.append(_fuzz_value(rng))
        elif r < 0.95:
            parts.append(rng.choice(_FUZZ_PIECES))
        else:
            parts.append("".join(chr(rng.randrange(0x110000)) for _ in range(rng.randrange(1, 4))))
    return "".join(parts)


def run_fuzz(n: int, seed: int = 0, recheck_every: int = 10) -> dict[str, Any]:
    """Extract ``n`` generated documents; count exceptions, span violations, non-finite
    values and (every ``recheck_every``-th document, on a second run) differing outputs."""
    from decimal import Decimal

    from .pipeline import Extractor

    ex = Extractor()
    rng = random.Random(seed)
    out: dict[str, Any] = {"documents": 0, "chars": 0, "records": 0, "exceptions": 0,
                           "span_violations": 0, "non_finite": 0, "non_deterministic": 0,
                           "examples": []}
    t0 = time.perf_counter()
    for i in range(n):
        text = fuzz_document(rng)
        lang: Literal["en", "zh"] | None = rng.choice([None, None, "en", "zh"])
        out["documents"] += 1
        out["chars"] += len(text)
        try:
            recs = ex.extract(text, lang=lang)
            if i % recheck_every == 0 and ex.extract(text, lang=lang) != recs:
                out["non_deterministic"] += 1
                out["examples"].append(("non_deterministic", text))
        except Exception as e:  # noqa: BLE001 - counted
            out["exceptions"] += 1
            out["examples"].append((f"{type(e).__name__}: {e}", text))
            continue
        out["records"] += len(recs)
        for r in recs:
            if text[r.start : r.end] != r.text:
                out["span_violations"] += 1
                out["examples"].append(("span", text))
            vals = [r.value] + ([r.value_high] if r.value_high is not None else [])
            if not all(isinstance(v, Decimal) and v.is_finite() for v in vals):
                out["non_finite"] += 1
                out["examples"].append(("non_finite", text))
    out["seconds"] = round(time.perf_counter() - t0, 1)
    out["examples"] = out["examples"][:20]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extractor.bench", description=__doc__)
    ap.add_argument("--repeat", type=int, default=5, help="copies of each input set")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--long", action="store_true", help="also a 20k-item run: RSS growth")
    ap.add_argument("--scale", type=float, default=1.0, help="size of the input-shape sets")
    ap.add_argument("--shapes-only", action="store_true", help="only the input-shape figures")
    ap.add_argument("--hostile", action="store_true", help="time hostile inputs per size")
    ap.add_argument(
        "--only", action="append",
        help="with --hostile: just these inputs (repeat the flag, or separate names by commas)",
    )
    ap.add_argument("--sizes", help="with --hostile: comma-separated sizes in characters")
    ap.add_argument("--timeout", type=float, default=60.0, help="with --hostile: seconds per million characters of input")
    ap.add_argument("--no-ner", action="store_true", help="with --hostile: Extractor(use_ner=False)")
    ap.add_argument("--long-line", type=int, default=5_000_000,
                    help="with --hostile: size of the one-line prose input (0: none)")
    ap.add_argument("--fuzz", type=int, metavar="N", help="run N generated documents")
    ap.add_argument("--seed", type=int, default=0, help="with --fuzz: the random seed")
    a = ap.parse_args(argv)
    if a.only:
        a.only = [n for item in a.only for n in item.split(",") if n]
        unknown = sorted(set(a.only) - set(HOSTILE))
        if unknown:
            ap.error(f"--only: unknown input {', '.join(unknown)}; known: {', '.join(sorted(HOSTILE))}")
    if a.hostile:
        sizes = tuple(int(x) for x in a.sizes.split(",")) if a.sizes else SIZES
        import os

        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"# load average {load:.1f} on {os.cpu_count()} CPUs; seconds = wall clock, "
              "cpu = process CPU time, us/char = wall / chars")
        print(f"{'input':<18} {'chars':>9} {'seconds':>9} {'cpu':>9} {'us/char':>8} {'records':>7}")
        rows = run_hostile(a.only, sizes, a.timeout, a.long_line, use_ner=not a.no_ner)
        if a.json:
            print(json.dumps(rows, indent=2))
        return 0
    if a.fuzz is not None:
        res_f = run_fuzz(a.fuzz, a.seed)
        print(json.dumps(res_f, indent=2, ensure_ascii=True))
        bad = res_f["exceptions"] + res_f["span_violations"] + res_f["non_finite"] + res_f["non_deterministic"]
        return 1 if bad else 0
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
