"""Chinese company names found by rules: stock codes, company words, who announces, clause
subjects, stakes, objects, lists, names a document defines and their repeats."""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from .company_english import (
    _looks_like_person,
)
from .company_gazetteer import (
    Gazetteer,
)
from .company_text import (
    _IND_WEAK,
    _LATIN_JOINERS,
    _LATIN_STOP,
    Lang,
    _Cand,
    _is_alnum_ascii,
    _is_cjk,
    _is_latin,
    _is_name_char,
    _latin_token_spans,
    _resolve,
    canonical_name,
    is_pronoun_company,
    normalize_ticker,
)
from .company_words_zh import (
    _ABBR_BAD_END,
    _ABBR_RE,
    _AFTER_NAME,
    _AMOUNT_NEXT_RE,
    _ANNOUNCE_KIND_RE,
    _ANNOUNCE_PREFIXES,
    _ANNOUNCE_RE,
    _BOUNDARY_SINGLES,
    _BRANCH_RE,
    _CHAIN_RE,
    _CHAIN_START_RE,
    _CODE_RE,
    _CORE_BAD_END,
    _CORE_BAD_END_SHORT,
    _CROSS_WORDS,
    _DESCRIPTOR_ENDS,
    _ENUM_END_RE,
    _ENUM_JOIN_RE,
    _GENERIC_SUBJECT_SET,
    _HELD_NAME_RE,
    _HOLD_VERBS,
    _NOT_COMPANY_FINAL,
    _NOT_COMPANY_ZH,
    _NOT_SHORT_NAME_OPENERS,
    _NOT_TARGET_FIRST,
    _OBJECT_VERB_RE,
    _OBLIGED_RE,
    _OBLIGED_SUBJECT_RE,
    _PAREN_PLACE_RE,
    _PERSON_ROLE_BEFORE,
    _PRICE_BRACKET_RE,
    _PUBLISH_BEFORE,
    _ROLE_NAME_RE,
    _ROLE_OPEN_RE,
    _SOLD_NAME_RE,
    _ST_RE,
    _STAKE_MODIFIERS,
    _STAKE_NUMBER_RE,
    _STAKE_PCT_RE,
    _SUBJECT_AFTER_FIRST,
    _SUBJECT_PREFIX_FIRST,
    _SUBJECT_PREFIX_RE,
    _TIME_WORDS,
    _best_cut,
    _clause_starts,
    _continues,
    _descriptor_cut,
    _enum_groups,
    _is_generic_core,
    _is_generic_name,
    _is_no_name,
    _left_start,
    _name_before,
    _plausible_short_name,
    _subject_end,
)


# stock codes
def find_codes(gaz: Gazetteer, text: str, prior: list[_Cand], lang: Lang) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _CODE_RE.finditer(text):
        ticker = normalize_ticker(m.group("code"))
        if ticker is None:
            continue
        end = m.start()
        if end > 0 and text[end - 1] in " \t":
            end -= 1
        price = _PRICE_BRACKET_RE.search(text, max(0, end - 40), end)
        if price is not None:  # 中国天楹(6.350, 0.00, 0.00%)(000035): a quote between
            end = price.start()
        span = None
        for c in prior:
            if c.end == end:
                span = (c.start, c.end)
        if span is None:
            span = _name_before(text, end, lang)
        if span is None:
            continue
        s, e = span
        out.append(_Cand(s, e, gaz.canonical(text[s:e]), ticker, "code", 1))
    return out


def find_st_names(text: str) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _ST_RE.finditer(text):
        s = m.start()
        if s > 0 and text[s - 1] == "S":  # SST
            s -= 1
        if s > 0 and text[s - 1] == "*":
            s -= 1
        if s > 0 and _is_alnum_ascii(text[s - 1]):
            continue
        out.append(_Cand(s, m.end(), text[s : m.end()], None, "code", 1))
    return out


# company words
def find_suffixed(gaz: Gazetteer, text: str) -> list[_Cand]:
    out: list[_Cand] = []
    pos = 0
    n = len(text)
    while pos < n:
        m0 = _CHAIN_START_RE.search(text, pos)
        if m0 is None:
            break
        m = _CHAIN_RE.match(text, m0.start())
        assert m is not None
        cs, ce = m.start(), m.end()
        if ce == cs:  # cannot happen: the start regex matched a token
            pos = m0.end()
            continue
        pos = ce
        has_tail = m.group("tail") is not None or m.group("lp") is not None
        only_ind = not has_tail and m.group("mid") is None
        only_tail = has_tail and m.group("ind") is None and m.group("mid") is None
        if not has_tail and _continues(text, ce):
            continue
        if only_ind and (m.group("ind") or "").endswith(tuple(_IND_WEAK)):
            nxt = text[ce : ce + 1]
            if nxt and _is_name_char(nxt) and nxt not in _AFTER_NAME:
                continue
            # "向某某控股投资75亿元": 投资 before an amount is the verb, not the name
            ind = m.group("ind") or ""
            if ind.endswith(("投资", "投資")) and _AMOUNT_NEXT_RE.match(text, ce):
                if len(ind) == 2:
                    continue
                ce -= 2
        if cs > 0 and text[cs - 1 : cs + 1] in _CROSS_WORDS:
            continue
        end = ce
        if has_tail or (m.group("ind") or "").endswith(("银行", "銀行")):
            b = _BRANCH_RE.match(text, ce)
            if b is not None and _best_cut(b.group("place"), 0) == 0:
                end = b.end()
        max_core = 20 if has_tail else (6 if only_ind else 10)
        core_end = cs
        if has_tail and cs > 3 and text[cs - 1] in ")）":
            pm = _PAREN_PLACE_RE.search(text, max(0, cs - 10), cs)
            if pm is not None and pm.end() == cs:  # 农银国际投资(苏州)有限公司
                core_end = pm.start()
        if text.endswith(_CORE_BAD_END, max(0, core_end - 2), core_end):
            continue  # 公司公司, 子公司: the core would end in a company word (cheap test first)
        start = _left_start(text, core_end, max_core, describe=not has_tail)
        if start is None:
            continue
        core = text[start:core_end]
        if _is_generic_core(core) or core.endswith(_CORE_BAD_END):
            continue
        if core[0] in _BOUNDARY_SINGLES and _is_generic_core(core[1:]):
            continue  # 占总公司, 向子公司: a verb or preposition before a generic core
        if only_tail and any(w in core for w in _NOT_SHORT_NAME_OPENERS):
            continue  # 违反公司规章, 周某未履行公司程序: a verb before 公司 (the company's)
        if len(core) <= 2 and core.endswith(_CORE_BAD_END_SHORT):
            continue
        if m.group() in ("股份", "控股") and len(core) != 2:  # A-share short names: 金固股份
            continue
        name_text = text[start:end]
        if name_text in _NOT_COMPANY_ZH or is_pronoun_company(name_text):
            continue
        entry = gaz.lookup_loose(name_text)
        if entry is not None:
            out.append(_Cand(start, end, entry.name, entry.ticker, "suffix", 2))
        else:
            out.append(_Cand(start, end, canonical_name(name_text), None, "suffix", 2))
    return out


# who announces: 大参林公告, 安德利晚间发布公告
def find_announcers(gaz: Gazetteer, text: str) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _ANNOUNCE_RE.finditer(text):
        e = m.start()
        for _ in range(3):  # 晚间发布了公告: step over the words before 公告
            for w in _ANNOUNCE_PREFIXES:
                if text.endswith(w, 0, e):
                    e -= len(w)
                    break
            else:
                break
        if e == 0 or not _is_name_char(text[e - 1]):
            continue
        s = _left_start(text, e, 6)
        if s is None:
            continue
        w = text[s:e]
        if (
            is_pronoun_company(w)
            or w in _NOT_COMPANY_ZH
            or w in _TIME_WORDS
            or _is_generic_name(w)
            or w[-1] in _NOT_COMPANY_FINAL
            or _is_latin(w[0])
            and len(w) < 3
        ):
            continue
        # "发布股权变动公告", "的最新公告", "网上公告": the kind of announcement, not who
        # announces it (a publishing verb or 的 before it, or announcement words in it)
        if text.endswith(_PUBLISH_BEFORE, max(0, s - 2), s) or _ANNOUNCE_KIND_RE.search(w):
            continue
        out.append(_Cand(s, e, gaz.canonical(w), None, "suffix", 3))
    return out


def find_subjects(gaz: Gazetteer, text: str, prior: list[_Cand]) -> list[_Cand]:
    """Short names that open a clause or follow a role word, before a corporate verb.

    "东方明珠11月6日发布公告称", "上海合夏累计质押", "贝因美于9月12日发布回购预案",
    "铁塔实业以8亿元收购" (a clause subject); "股东鑫源投资拟减持", "全资子公司华丰
    物流出资" (after a role word). Boundary words on the left are cut (根据凯撒旅游 ->
    凯撒旅游); runs of time, quantity and discourse words are not names (二季度,
    期间合计, 直接或间接, 后续可能).
    """
    out: list[_Cand] = []
    # a short gazetteer alias that opens a longer subject name is part of another
    # company's name (格力 in 格力金投, 京东 in 京东方): the subject may take its place
    short_gaz = {
        (c.start, c.end)
        for c in prior
        if c.source == "gazetteer" and c.end - c.start <= 2 and _is_cjk(text[c.start])
    }
    taken = [(c.start, c.end) for c in prior]
    spans: list[tuple[int, int]] = []
    n = len(text)
    first = _SUBJECT_AFTER_FIRST
    for pos in _clause_starts(text):
        # the shortest run of 2-8 CJK characters after the clause's prefix that a
        # corporate verb follows (the regex runs only where the next character may
        # start one)
        a0 = pos
        if text[pos] in _SUBJECT_PREFIX_FIRST:
            a0 = _SUBJECT_PREFIX_RE.match(text, pos).end()  # type: ignore[union-attr]
        for a in (a0, pos) if a0 > pos else (pos,):
            e = _subject_end(text, a, n, first)
            if e is not None:
                spans.append((a, e))
                break
    for r in _ROLE_OPEN_RE.finditer(text):
        m = _ROLE_NAME_RE.match(text, r.end())
        if m is not None:
            spans.append(m.span("name"))
    for s, e in spans:
        cut = _best_cut(text[s:e])
        if cut < 0:
            continue
        s += cut
        s += _descriptor_cut(text[s:e])  # 股东白酒龙头甲乙酒业: the name after the description
        if any(
            s < b and a < e and not (a == s and b < e and (a, b) in short_gaz) for a, b in taken
        ):
            continue
        w = text[s:e]
        if not _plausible_short_name(w):
            continue
        if e - s <= 4 and text.endswith(_PERSON_ROLE_BEFORE, max(0, s - 6), s):
            continue  # a person: 实际控制人王某某拟减持
        taken.append((s, e))
        out.append(_Cand(s, e, gaz.canonical(w), None, "suffix", 4))
    return out


def find_stake_targets(gaz: Gazetteer, text: str, prior: list[_Cand]) -> list[_Cand]:
    """A name right before a stake: "收购华丰物流60%股权", "持有的甲乙科技5%的股份".

    What is bought, sold or pledged as "N% 股权/股份" is a company's equity, so the run
    of name characters before the percentage names that company (cut after the verb
    or 的 on its left).
    """
    out: list[_Cand] = []
    taken = [(c.start, c.end) for c in prior]
    for pm in _STAKE_PCT_RE.finditer(text):
        m = _STAKE_NUMBER_RE.search(text, max(0, pm.start() - 12), pm.start())
        if m is None:
            continue
        e = m.start()
        while e > 0 and text[e - 1] in " \t":
            e -= 1
        for w in _STAKE_MODIFIERS:  # 收购X剩余40%股权: the name ends before 剩余
            if text.endswith(w, 0, e):
                e -= len(w)
                break
        if e == 0 or not _is_name_char(text[e - 1]):
            continue
        s = _left_start(text, e, 10)
        if s is None or any(s < b and a < e for a, b in taken):
            continue
        w = text[s:e]
        if (
            _is_latin(w[0])
            or w[0] in _NOT_TARGET_FIRST
            or not _plausible_short_name(w, target=True)
        ):
            continue
        out.append(_Cand(s, e, gaz.canonical(w), None, "suffix", 4))
    return out


def find_objects(gaz: Gazetteer, text: str, prior: list[_Cand]) -> list[_Cand]:
    """Names in object positions: what is held or traded ("减持甲乙科技逾900万股",
    "购买甲乙科技股权") and who a court orders to pay ("判决甲乙科技于...支付",
    "甲乙科技需支付")."""
    out: list[_Cand] = []
    taken = [(c.start, c.end) for c in prior]
    spans: list[tuple[int, int]] = []
    for v in _OBJECT_VERB_RE.finditer(text):
        rx = _HELD_NAME_RE if v.group() in _HOLD_VERBS else _SOLD_NAME_RE
        m = rx.match(text, v.end())
        if m is not None:
            spans.append(m.span("name"))
    if "判" in text or "裁" in text or "令" in text or "要求" in text:
        spans += [m.span("name") for m in _OBLIGED_RE.finditer(text)]
    if "需" in text or "须" in text or "須" in text or "应" in text or "應" in text:
        for pos in _clause_starts(text):
            m = _OBLIGED_SUBJECT_RE.match(text, pos)
            if m is not None:
                spans.append(m.span("name"))
    for s, e in spans:
        cut = _best_cut(text[s:e])
        if cut < 0:
            continue
        s += cut
        s += _descriptor_cut(text[s:e])  # 减持家纺龙头甲乙家纺: the name after the description
        if any(s < b and a < e for a, b in taken):
            continue
        w = text[s:e]
        if w[0] in _NOT_TARGET_FIRST or not _plausible_short_name(w, target=True):
            continue
        taken.append((s, e))
        out.append(_Cand(s, e, gaz.canonical(w), None, "suffix", 4))
    return out


# Latin-script names
def find_latin_runs(
    gaz: Gazetteer, text: str, toks: list[tuple[int, int]], known: set[tuple[int, int]]
) -> list[_Cand]:
    """Runs of capitalised Latin words in Chinese text (OpenTable, Fidelity Investments)."""
    out: list[_Cand] = []
    n = len(toks)
    i = 0
    while i < n:
        s0 = toks[i][0]
        if not ("A" <= text[s0] <= "Z"):
            i += 1
            continue
        j = i
        while j + 1 < n and text[toks[j][1] : toks[j + 1][0]] == " ":
            w = text[toks[j + 1][0] : toks[j + 1][1]]
            if not ("A" <= w[0] <= "Z" or w in _LATIN_JOINERS):
                break
            j += 1
        while j > i and text[toks[j][0] : toks[j][1]] in _LATIN_JOINERS:
            j -= 1
        run = toks[i : j + 1]
        i = j + 1
        s, e = run[0][0], run[-1][1]
        if (s, e) in known:
            continue
        words = [text[a:b] for a, b in run]
        # embedded English prose: a Latin word right before or after the run
        if (s >= 2 and text[s - 1] == " " and _is_latin(text[s - 2])) or (
            text[e : e + 1] == " " and _is_latin(text[e + 1 : e + 2] or " ")
        ):
            continue
        if words[0] in _LATIN_STOP or all(w in _LATIN_STOP or w in _LATIN_JOINERS for w in words):
            continue
        if len(words) == 1 and len(words[0]) <= 2:
            continue
        if any(ch.isdigit() for ch in text[s:e]):  # A3800-D: a model number
            continue
        if _looks_like_person(words):  # Elon Musk, Jeff
            continue
        written = text[s:e]
        entry = gaz.lookup_loose(written)
        if entry is not None:
            out.append(_Cand(s, e, entry.name, entry.ticker, "latin", 3))
        else:
            out.append(_Cand(s, e, canonical_name(written), None, "latin", 3))
    return out


# lists of companies: 葛洲坝、杰瑞股份、宇通客车和三花智控
def find_enumerated(gaz: Gazetteer, text: str, found: list[_Cand]) -> list[_Cand]:
    """Items of a 、-separated list of which at least half are already company mentions."""
    if "、" not in text:
        return []
    spans = {(c.start, c.end) for c in found}
    out: list[_Cand] = []
    for group in _enum_groups(text):
        items: list[tuple[int, int]] = []
        for k, (s, e) in enumerate(group):
            if k == 0:
                cut = _best_cut(text[s:e])
                if cut < 0:
                    continue
                s += cut
            j = _ENUM_JOIN_RE.search(text, s, e)
            if j is not None and j.start() - s >= 2 and e - j.end() >= 2:
                items += [(s, j.start()), (j.end(), e)]
            else:
                items.append((s, e))
        if len(items) < 3:
            continue
        s, e = items[-1]  # the last item runs on into the sentence
        r = _ENUM_END_RE.search(text, s + 2, e)
        if r is not None:
            items[-1] = (s, r.start())
        known = sum(1 for it in items if it in spans)
        if known < 2 or 2 * known < len(items):
            continue
        for s, e in items:
            if (s, e) in spans or not 2 <= e - s <= 8:
                continue
            w = text[s:e]
            if is_pronoun_company(w) or _is_generic_name(w) or w in _NOT_COMPANY_ZH:
                continue
            out.append(_Cand(s, e, gaz.canonical(w), None, "suffix", 3))
    return out


# names a document defines or repeats
def find_abbreviations(text: str, found: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    for c in found:
        m = _ABBR_RE.match(text, c.end)
        if m is None:
            continue
        if m.group("kw") is None and m.group("q") is None:
            continue
        abbr = m.group("abbr").strip()
        if len(abbr) < 2 or is_pronoun_company(abbr) or abbr in _NOT_COMPANY_ZH:
            continue
        if abbr.endswith(_ABBR_BAD_END) or _is_generic_name(abbr):
            continue
        if re.fullmatch(r"[\d\s.,-]+", abbr):
            continue
        s = m.start("abbr") + (len(m.group("abbr")) - len(m.group("abbr").lstrip()))
        out.append(_Cand(s, s + len(abbr), c.name, c.ticker, c.source, c.rank))
    return out


def find_repeats(text: str, found: list[_Cand]) -> list[_Cand]:
    known: dict[str, _Cand] = {}
    for c in found:
        if c.source == "gazetteer":
            continue
        w = text[c.start : c.end]
        if len(w) >= 2 and (c.source != "latin" or len(w) >= 3) and w not in known:
            known[w] = c
    out: list[_Cand] = []
    for s, w in _leftmost_longest(text, known):
        e = s + len(w)
        if _is_alnum_ascii(w[0]) and s > 0 and _is_alnum_ascii(text[s - 1]):
            continue
        if _is_alnum_ascii(w[-1]) and e < len(text) and _is_alnum_ascii(text[e]):
            continue
        c = known[w]
        out.append(_Cand(s, e, c.name, c.ticker, c.source, c.rank + 1))
    return out


def _leftmost_longest(text: str, words: Iterable[str]) -> list[tuple[int, str]]:
    """(start, word) of the non-overlapping occurrences of ``words`` in ``text``, scanning
    left to right and taking the longest word where several start (what a regex of the
    words, longest first, finds; without compiling one per text).

    >>> _leftmost_longest("甲乙科技与甲乙合作，甲乙科技", ["甲乙", "甲乙科技"])
    [(0, '甲乙科技'), (5, '甲乙'), (10, '甲乙科技')]
    """
    found: list[tuple[int, int, str]] = []
    for w in words:
        at = text.find(w)
        while at != -1:
            found.append((at, -len(w), w))
            at = text.find(w, at + 1)
    found.sort()
    out: list[tuple[int, str]] = []
    pos = 0
    for at, _, w in found:
        if at >= pos:
            out.append((at, w))
            pos = at + len(w)
    return out


def _drop_descriptions(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Without the company-word runs that end in a description word right before another
    name: 服装公司 in "服装公司甲乙服饰(603999)", 电池企业 in "电池企业AESC" describe the
    name that follows."""
    starts = {c.start for c in cands}
    return [
        c
        for c in cands
        if not (
            c.source == "suffix"
            and c.end in starts
            and text.endswith(_DESCRIPTOR_ENDS, c.start, c.end)
        )
    ]


def _after_amount(text: str, start: int) -> bool:
    """Does ``start`` follow a number's digits ("20万吨新材料": 万 right after 20)?"""
    return start > 0 and text[start - 1].isdigit()


def find_zh(gaz: Gazetteer, text: str) -> list[_Cand]:
    """Every rule's candidates in Chinese text, resolved (a name the text defines keeps
    what it stands for wherever it is repeated)."""
    toks = _latin_token_spans(text)
    cands = gaz.latin_names(text, toks, "zh")
    cands += gaz.chinese_names(text)
    cands += find_codes(gaz, text, cands, "zh")
    cands += find_st_names(text)
    cands += find_suffixed(gaz, text)
    cands += find_latin_runs(gaz, text, toks, {(c.start, c.end) for c in cands})
    cands += find_announcers(gaz, text)
    cands += find_subjects(gaz, text, cands)
    cands += find_stake_targets(gaz, text, cands)
    cands += find_objects(gaz, text, cands)
    cands = _drop_descriptions(text, cands)
    # no time frame, news source or stock exchange is a company, whichever rule found it
    cands = [c for c in cands if not _is_no_name(text[c.start : c.end])]
    # no company-word run starts inside an amount ("年产20万吨新材料项目": 万吨新材 is no name)
    # or is a common noun before 公司 ("科创板公司": companies of the STAR board)
    cands = [
        c
        for c in cands
        if not (c.source == "suffix" and (_after_amount(text, c.start) or c.name in _GENERIC_SUBJECT_SET))
    ]
    cands = _resolve(cands, len(text))
    cands += find_enumerated(gaz, text, cands)
    abbrs = find_abbreviations(text, cands)
    cands += abbrs
    cands += find_repeats(text, cands)
    out = _resolve(cands, len(text))
    if abbrs:  # a name the document defines means what it defines
        defined = {text[c.start : c.end]: c for c in abbrs}
        for i, c in enumerate(out):
            d = defined.get(text[c.start : c.end])
            if d is not None and (c.name, c.ticker) != (d.name, d.ticker):
                out[i] = attrs.evolve(c, name=d.name, ticker=d.ticker or c.ticker)
    return out
