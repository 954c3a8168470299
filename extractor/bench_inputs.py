"""Benchmark inputs of the shapes users feed in bulk (pure, no spaCy, nothing read but the corpus).

Four sets, each deterministic for a seed:

* :func:`en_news`: short English news items, headline- and sentence-sized (about 60-200
  characters), most with one to three values, some with none; companies are a mix of
  gazetteer names and names only the English model (or the sentence's grammar) can find.
* :func:`en_calls`: full earnings-call transcripts dense with numbers: a call header,
  speaker turns, prepared remarks with several values a sentence, and the English
  paragraphs of the bundled seed call.
* :func:`zh_news`: short Chinese announcement sentences (about 40-120 characters).
* :func:`zh_articles`: long Chinese articles: the bundled seed article and generated
  paragraphs, several thousand characters each.

The templates are this module's own (no development data). :func:`en_news_gold` gives
short English items with the company each value belongs to, for checking company accuracy.

>>> docs = en_news(5, seed=1)
>>> len(docs), all(15 < len(d) < 400 for d in docs)
(5, True)
>>> en_news(3, seed=7) == en_news(3, seed=7)
True
"""

from __future__ import annotations

import random
import re
from pathlib import Path

__all__ = ["en_calls", "en_news", "en_news_gold", "zh_articles", "zh_news"]

# gazetteer names and names that only a model or the grammar of the sentence can find
_EN_GAZ = ["Apple", "Microsoft", "Tesla", "Netflix", "Nvidia", "Intel", "Oracle", "Salesforce",
           "Adobe", "Twilio", "Uber", "Airbnb", "PayPal", "Walmart", "Costco", "Starbucks",
           "Nike", "Boeing", "Pfizer", "Moderna", "Shopify", "Spotify", "Datadog", "Snowflake"]
_EN_OTHER = ["Northwind Logistics", "Brightline Foods", "Harbor Freight Lines", "Kestrel Energy",
             "Summit Ridge Bancorp", "Pinecrest Pharmaceuticals", "Bluewater Shipping",
             "Granite Peak Mining", "Cobalt Systems", "Redwood Semiconductor", "Meridian Health",
             "Aurora Outdoor", "Ironclad Insurance", "Silverline Telecom", "Orchard Retail",
             "Lakeshore Brewing", "Copperfield Motors", "Evergreen Utilities"]
_SUFFIX = ["", "", "", " Inc.", " Corp.", " Holdings", " Group", " Co."]
_QUARTER = ["first", "second", "third", "fourth"]
_METRIC_UP = [("revenue", "rose"), ("sales", "increased"), ("net income", "climbed"),
              ("operating profit", "jumped"), ("subscribers", "grew"), ("adjusted EBITDA", "rose")]
_METRIC_DOWN = [("revenue", "fell"), ("net income", "dropped"), ("sales", "declined"),
                ("operating margin", "narrowed")]
_HEADLINES = [
    "{c} Q{q} revenue {v} vs. {v2} est.",
    "{c} shares {up_down} {p} after earnings beat",
    "{c} sees FY{yy} EPS ${eps1}-${eps2}",
    "{c} to cut {n} jobs",
    "{c} names new chief executive",
    "{c} raises dividend to ${div} a share",
    "{c} posts {q_word}-quarter loss of {v}",
    "BRIEF-{c} reports Q{q} adjusted EPS ${eps1}",
    "{c} shares slip as outlook disappoints",
    "{c} prices IPO at ${px} per share",
]
_SENTENCES = [
    "{c} said {q_word}-quarter {m_up} {verb_up} {p} to {v} from {v2} a year earlier.",
    "{c}'s {m_down} {verb_down} {p} in the {q_word} quarter of {year}, the company said on {day}.",
    "Shares of {c} {up_down} {p} to ${px} in extended trading on {day}.",
    "{c} forecast {year} revenue of {v} to {v3}, above analysts' estimates of {v2}.",
    "{c} reported net income of {v}, or ${eps1} per share, for the quarter ended {month} 30.",
    "The company expects full-year adjusted earnings of ${eps1} to ${eps2} per share.",
    "{c} agreed to buy {c2} for about {v} in cash, the companies said on {day}.",
    "{c} said it would cut about {n} jobs, or {pp} of its workforce.",
    "Analysts had expected revenue of {v2}, according to LSEG data.",
    "{c} raised its quarterly dividend by {pp} to ${div} per share.",
    "{c} ended the quarter with {n} paying customers, up {pp} from a year ago.",
    "{c} plans to return {v} to shareholders through buybacks over the next {k} years.",
    "Gross margin widened to {pp} from {pp2} in the same period last year.",
    "The board of {c} approved the plan on {day}, the company said in a statement.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_MONTHS = ["March", "June", "September", "December"]


def _money(r: random.Random) -> str:
    n = r.choice([r.randint(12, 999), r.randint(1, 99) + r.randint(1, 9) / 10])
    return f"${n:g} {r.choice(['million', 'million', 'billion'])}"


def _pct(r: random.Random) -> str:
    return f"{r.randint(1, 60) + r.randint(0, 9) / 10:g}%"


def _fill(tpl: str, r: random.Random, c: str, c2: str, next_q: str = "next") -> str:
    year = r.randint(2018, 2024)
    return tpl.format(
        bp=r.randint(10, 300), next_q=next_q,
        c=c, c2=c2, q=r.randint(1, 4), q_word=r.choice(_QUARTER), yy=str(year)[2:], year=year,
        v=_money(r), v2=_money(r), v3=_money(r), p=_pct(r), pp=_pct(r), pp2=_pct(r),
        up_down=r.choice(["rose", "fell", "jumped", "slid"]),
        m_up=r.choice(_METRIC_UP)[0], verb_up=r.choice(_METRIC_UP)[1],
        m_down=r.choice(_METRIC_DOWN)[0], verb_down=r.choice(_METRIC_DOWN)[1],
        eps1=f"{r.randint(0, 5)}.{r.randint(10, 99)}", eps2=f"{r.randint(5, 9)}.{r.randint(10, 99)}",
        div=f"0.{r.randint(10, 99)}", px=f"{r.randint(10, 300)}.{r.randint(10, 99)}",
        n=f"{r.randint(2, 40) * 100:,}", k=r.randint(2, 5), day=r.choice(_DAYS),
        month=r.choice(_MONTHS),
    )


def _company(r: random.Random) -> str:
    if r.random() < 0.5:
        return r.choice(_EN_GAZ)
    return r.choice(_EN_OTHER) + r.choice(_SUFFIX)


def en_news(n: int, seed: int = 13) -> list[str]:
    """``n`` short English news items: one in four a headline, the rest one sentence or
    (one in three) two."""
    r = random.Random(seed)
    out = []
    for _ in range(n):
        c = _company(r)
        if r.random() < 0.25:
            out.append(_fill(r.choice(_HEADLINES), r, c, _company(r)))
            continue
        item = _fill(r.choice(_SENTENCES), r, c, _company(r))
        if r.random() < 0.35:
            item += " " + _fill(r.choice(_SENTENCES), r, c, _company(r))
        out.append(item)
    return out


def en_news_gold(seed: int = 5) -> list[tuple[str, str]]:
    """Short English news sentences with the company their values belong to."""
    r = random.Random(seed)
    out = []
    for tpl in (*_HEADLINES, *_SENTENCES):
        if not tpl.startswith("{c}") and not tpl.startswith("Shares of {c}") and not tpl.startswith("BRIEF-{c}"):
            continue
        for _ in range(4):
            c = _company(r)
            out.append((_fill(tpl, r, c, _company(r)), c))
    return out


# -- earnings calls ------------------------------------------------------------------------

_CALL_SPEAKERS: list[tuple[str, str | None]] = [("Operator", None), ("Dana Whitfield", "Chief Executive Officer"),
                  ("Marcus Oyelaran", "Chief Financial Officer")]
_ANALYSTS: list[tuple[str, str | None]] = [("Priya Raman", "Analyst, Harbor Securities"), ("Tom Castellano", "Analyst, Ridgeway Capital")]
_CALL_LINES = [
    "Total revenue for the {q_word} quarter was {v}, up {p} year-over-year, and organic revenue grew {pp}.",
    "Gross margin was {pp}, up {bp} basis points from a year ago, and operating margin was {pp2}.",
    "Non-GAAP operating income was {v}, and non-GAAP EPS was ${eps1}, compared to ${eps2} last year.",
    "Free cash flow was {v2}, and we ended the quarter with {v3} in cash and marketable securities.",
    "We repurchased {n} shares for {v} and paid dividends of {v2}.",
    "For the {next_q} quarter, we expect revenue of {v} to {v3}, representing growth of {p} to {pp}.",
    "We now expect full-year revenue of {v} to {v3} and non-GAAP EPS of ${eps1} to ${eps2}.",
    "Our dollar-based net expansion rate was {p}, and active customer accounts grew to over {n}.",
    "Operating expenses were {v2}, or {pp} of revenue, compared to {pp2} in the prior year.",
    "Capital expenditures were {v3}, and we expect about {v2} for the full year.",
    "Thanks, Priya. On the margin question, we saw about {bp} basis points of headwind from freight.",
    "International revenue was {v}, or {pp} of the total, and the U.S. grew {p}.",
]


def en_calls(n: int, seed: int = 13, paragraphs: int = 40, seed_paragraphs: int = 20) -> list[str]:
    """``n`` earnings-call transcripts, each ``paragraphs`` paragraphs dense with numbers
    followed by ``seed_paragraphs`` English paragraphs of the bundled seed call."""
    r = random.Random(seed)
    seed_paras = _seed_call_english()
    out = []
    for i in range(n):
        company = r.choice(_EN_GAZ + _EN_OTHER)
        ticker = re.sub(r"[^A-Z]", "", company.upper())[:4]
        year, q = r.randint(2019, 2024), r.randint(1, 4)
        parts = [f"{company} ({ticker}) Q{q} {year} Earnings Call Transcript", "", "Prepared Remarks:", ""]
        for k in range(paragraphs):
            if k % 6 == 0:
                name, title = r.choice(_CALL_SPEAKERS + _ANALYSTS)
                parts += [f"{name} -- {title}" if title else name, ""]
            para = " ".join(
                _fill(t, r, company, company, _QUARTER[q % 4]) for t in r.sample(_CALL_LINES, 3)
            )
            parts += [para, ""]
        start = (i * 7) % max(1, len(seed_paras))
        parts += (seed_paras[start:] + seed_paras[:start])[:seed_paragraphs]
        out.append("\n".join(parts))
    return out


def _seed_call_english() -> list[str]:
    call = (_corpus_dir() / "twilio_2021q2_call_en_zh.txt").read_text(encoding="utf-8")
    paras = [p.strip() for p in call.split("\n") if p.strip()]
    return [p.lstrip("• ").strip() for p in paras if not re.search(r"[\u4e00-\u9fff]", p)]


def _corpus_dir() -> Path:
    from .cli import _corpus_dir as d

    return d()


# -- Chinese ---------------------------------------------------------------------------------

_ZH_COMPANIES = ["贵州茅台", "格力电器", "比亚迪", "宁德时代", "美的集团", "招商银行", "华丰股份",
                 "远景新能", "东方精工", "中原特钢", "恒润科技", "长江电力", "海螺水泥", "北方华创",
                 "三一重工", "隆基绿能", "金山办公", "迈瑞医疗"]
_ZH_SENTENCES = [
    "{c}公告称，公司{year}年第{qn}季度实现营业收入{a}亿元，同比增长{p}。",
    "{c}发布业绩预告，预计{year}年上半年净利润{b}万元至{b2}万元，同比下降{p}。",
    "{c}晚间公告，控股股东拟减持不超过{s}万股，占公司总股本的{p}。",
    "{c}拟以{a}亿元收购{c2}{p}股权，交易完成后{c2}将成为公司控股子公司。",
    "{c}股价{ud}{p}，报收于{px}元，总市值{a}亿元。",
    "{c}{year}年营收{a}亿元，净利润{b}万元，毛利率为{p}。",
    "截至{year}年{m}月{d}日，{c}累计回购股份{s}万股，支付总金额{a}亿元。",
    "{c}中标{c2}采购项目，中标金额约{b}万元，占公司上年营业收入的{p}。",
    "公司董事会审议通过了关于{year}年度利润分配的议案。",
    "{c}股东{c2}将其持有的{s}万股质押给华夏银行，占其所持股份的{p}。",
]


def _zh_fill(tpl: str, r: random.Random) -> str:
    c, c2 = r.sample(_ZH_COMPANIES, 2)
    return tpl.format(
        c=c, c2=c2, year=r.randint(2015, 2024), qn=r.choice("一二三四"),
        a=f"{r.randint(1, 300)}.{r.randint(1, 99):02d}", b=r.randint(1000, 90000),
        b2=r.randint(90000, 150000), p=f"{r.randint(1, 90)}.{r.randint(1, 99):02d}%",
        s=r.randint(10, 9000), ud=r.choice(["上涨", "下跌", "大涨"]),
        px=f"{r.randint(3, 200)}.{r.randint(10, 99)}", m=r.randint(1, 12), d=r.randint(1, 28),
    )


def zh_news(n: int, seed: int = 13) -> list[str]:
    """``n`` short Chinese announcement items: one sentence, or (one in three) two."""
    r = random.Random(seed)
    return [
        "".join(_zh_fill(r.choice(_ZH_SENTENCES), r) for _ in range(1 + (r.random() < 0.33)))
        for _ in range(n)
    ]


def zh_articles(n: int, seed: int = 13, paragraphs: int = 30) -> list[str]:
    """``n`` long Chinese articles: the seed article followed by generated paragraphs."""
    r = random.Random(seed)
    news = (_corpus_dir() / "twilio_ipo_news_zh.txt").read_text(encoding="utf-8")
    out = []
    for _ in range(n):
        paras = ["".join(_zh_fill(r.choice(_ZH_SENTENCES), r) for _ in range(r.randint(2, 5)))
                 for _ in range(paragraphs)]
        out.append(news + "\n\n" + "\n\n".join(paras))
    return out
