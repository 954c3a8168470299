"""Chinese company-name rules' building blocks: company words, boundary words and the
cuts that find where a name starts before its company word."""

from __future__ import annotations

import re
from functools import lru_cache

from .company_text import (
    _CJK,
    _EXCHANGES,
    _IND_WORDS,
    _LATIN_STOP,
    _MID_WORDS,
    _NAME_HEAD_RE,
    _NAME_TAIL_RE,
    _TAIL_WORDS,
    _ZH,
    Lang,
    _alt,
    _is_alnum_ascii,
    _is_cjk,
    _is_latin,
    _is_name_char,
    _trie_regex,
    is_pronoun_company,
)

_CHAIN_RE = re.compile(
    f"(?:(?P<ind>(?:{_alt(_IND_WORDS)}){{1,2}})?(?P<mid>(?:{_alt(_MID_WORDS)}){{1,2}})?"
    f"(?P<tail>{_alt(_TAIL_WORDS)})?)"
    r"(?P<lp>[(（]有限合[伙夥][)）])?"
)
_CHAIN_START_RE = re.compile(f"(?:{_alt(_IND_WORDS + _MID_WORDS + _TAIL_WORDS)})")
_AMOUNT_NEXT_RE = re.compile(_ZH.regex("COMPANY_AMOUNT_NEXT"))
_PAREN_PLACE_RE = re.compile(f"[(（][{_CJK}]{{2,6}}[)）]")
_BRANCH_RE = re.compile(f"(?P<place>[{_CJK}]{{2,6}}?)" + _ZH.regex("COMPANY_BRANCH_WORDS"))

# Words after an industry/group word that show it is part of a longer common noun
# (银行业, 投资者, 科技股, 控股股东, 证券法, 科技部).
_CONTINUATIONS = _ZH.word_set("COMPANY_WORD_CONTINUATIONS")

# Characters that often follow a name (华夏银行质押, 天恒投资及其一致行动人).
_AFTER_NAME = _ZH.word_set("COMPANY_AFTER_NAME")
_NOT_CONTINUATIONS = _ZH.word_set("COMPANY_WORD_NOT_CONTINUATIONS")
# Words across the left edge of a company word (融资本金, 出资本息, 投资本): no name ends there.
_CROSS_WORDS = _ZH.word_set("COMPANY_CROSS_WORDS")

# Words after which a name starts: verbs, prepositions, determiners, roles.
_BOUNDARY_WORDS = _ZH.word_set("COMPANY_NAME_BOUNDARIES")


def _lengths_by_last(words: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """By last character, the lengths of the words ending in it (shortest first)."""
    by_last: dict[str, set[int]] = {}
    for w in words:
        by_last.setdefault(w[-1], set()).add(len(w))
    return {c: tuple(sorted(ns)) for c, ns in by_last.items()}


_BOUNDARY_LENGTHS = _lengths_by_last(_BOUNDARY_WORDS)
# the one-character boundary words (占, 向, 为)
_BOUNDARY_SINGLES = frozenset(w for w in _BOUNDARY_WORDS if len(w) == 1)
# Single boundary characters that also end names (成都, 仁和, 国元, 华为): right before the
# company word they are read as part of the name, not as a boundary.
_NAME_FINAL_SINGLES = _ZH.word_set("COMPANY_NAME_FINAL_SINGLES")
# Single characters never inside a name: a cut after them is taken even when it leaves one
# character (so that 的大银行, 这家 are rejected).
_NEVER_IN_NAME = _ZH.word_set("COMPANY_NEVER_IN_NAME")
_NUM_CLASSIFIER_IN_RE = re.compile(_ZH.regex("COMPANY_NUMERAL_CLASSIFIER"))

# Name cores that are generic: the run before 公司/集团/科技... names no company.
_GENERIC_CORE_RE = re.compile(
    "(?:"
    + _alt(_ZH.words("COMPANY_GENERIC_CORES"))
    + "|[一二三四五六七八九十两兩几幾多数數百千万萬]{1,4}[家个個只位名所间間]"
    + "){1,6}"
)
_NUMERAL_CLASSIFIER_RE = re.compile(_ZH.regex("COMPANY_NUMERAL_CLASSIFIER_START"))

# Words that are never companies, even with a company word at their end.
_CORE_BAD_END = _ZH.words("COMPANY_CORE_BAD_ENDS")
# ... and, for a two-character core, these (的本公司, 为该公司; but 资本, 日本)
_CORE_BAD_END_SHORT = _ZH.words("COMPANY_SHORT_CORE_BAD_ENDS")

_NOT_COMPANY_ZH = _ZH.word_set("NOT_COMPANY")

# Stock-code forms after a name: 长实集团(1113.HK), （SZ 300273）, (600519.SH), （股票代码：600519）.
_CODE_RE = re.compile(
    r"[(（][ \t]{0,2}(?:" + _ZH.regex("COMPANY_CODE_LABELS") + r")?[ \t]{0,2}[:：]?[ \t]{0,2}"
    r"(?P<code>"
    r"(?:SH|SZ|SS|BJ|HK|sh|sz|hk)[.:：]?[ \t]?\d{4,6}(?!\d)"
    r"|\d{4,6}\.(?:SH|SZ|SS|BJ|HK|sh|sz|hk)(?![A-Za-z])"
    r"|\d{6}(?!\d)"
    r"|0\d{4}(?!\d)"
    r"|(?:" + _EXCHANGES + r")[ \t]?[:：]?[ \t]?"
    r"(?:[A-Z]{1,5}(?:\.[A-Z]{1,2})?|\d{4,6})(?![A-Za-z0-9])"
    r")"
    r"[ \t]{0,2}(?:[,，;；、][^)）(（\n]{0,10})?[)）]"
)
# A price quote in brackets before a stock code: "(6.350, 0.00, 0.00%)", "(12.540, -0.30, -2.34%)".
_PRICE_BRACKET_RE = re.compile(
    r"[(（][ \t]?-?\d{1,5}\.\d{1,4}[ \t]?[,，][-+\d.,，%％ \t]{1,30}[)）]$"
)
_ST_RE = re.compile(f"ST[{_CJK}]{{2}}[AB]?(?![A-Za-z0-9])")
_ANNOUNCE_RE = re.compile(_ZH.regex("COMPANY_ANNOUNCE"))
_ANNOUNCE_PREFIXES = _ZH.words("COMPANY_ANNOUNCE_PREFIXES")
# Words before a run ending at 公告 that make the run the kind of announcement.
_PUBLISH_BEFORE = _ZH.words("COMPANY_PUBLISH_BEFORE")
_ANNOUNCE_KIND_RE = re.compile(_ZH.regex("COMPANY_ANNOUNCE_KINDS"))
# Last characters of bodies that announce but are not companies (证监会, 交易所, 法院, 财政部).
_NOT_COMPANY_FINAL = _ZH.word_set("COMPANY_BODY_FINALS")
# Where a clause opens (a subject name may follow): punctuation, brackets, a 丨 or 】
# closing a news-source prefix.
_CLAUSE_START_RE = re.compile(rf"[，,。；;：:、\s）)”\"」』】〗丨|!?！？](?=[{_CJK}0-9])")
# Role words after which a holder or party is named: "股东鑫盛富茂拟...", "全资子公司X出资".
_ROLE_OPEN_RE = re.compile(_ZH.regex("COMPANY_ROLE_OPENERS"))
# What a clause subject is followed by: adverbs, a date, then a corporate action verb.
# "以" (by means of: "X以10亿元收购") only when it is not part of 以及/以上/以来/...
_SUBJECT_ADVERBS = _ZH.words("COMPANY_SUBJECT_ADVERBS")
_SUBJECT_TIMES = _ZH.words("COMPANY_SUBJECT_TIMES")
_SUBJECT_VERBS = _ZH.words("COMPANY_SUBJECT_VERBS")
_SUBJECT_AFTER = (
    f"(?:{_trie_regex(_SUBJECT_ADVERBS)})?"
    r"(?:于|於|在)?(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?"
    r"(?:(?:至|到|-|—|~)(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?)?"
    f"(?:{_trie_regex(_SUBJECT_TIMES)}){{0,2}}"
    f"(?:{_trie_regex(_SUBJECT_VERBS)}|"
    + _ZH.regex("COMPANY_SUBJECT_MEANS_OR_GROUP")
    + "|"
    + _ZH.regex("COMPANY_SUBJECT_AGREEMENT")
    + "|"
    + _ZH.regex("COMPANY_SUBJECT_HEADLINE")
    + ")"
)
# What may open a clause before its subject: a date, a time word, a linking word.
_SUBJECT_PREFIX_RE = re.compile(_ZH.regex("COMPANY_SUBJECT_PREFIX"))
_SUBJECT_PREFIX_FIRST = _ZH.word_set("COMPANY_SUBJECT_PREFIX_FIRST")
_SUBJECT_AFTER_RE = re.compile(_SUBJECT_AFTER)
_CJK_RUN_RE = re.compile(f"[{_CJK}]{{2,}}")
# the characters _SUBJECT_AFTER can start with (a cheap test before the regex)
_SUBJECT_AFTER_FIRST = frozenset(
    "".join(w[0] for w in _SUBJECT_ADVERBS + _SUBJECT_TIMES + _SUBJECT_VERBS)
    + "于於在以及与與(（:：0123456789"
)
# After a role word the party may also be followed by punctuation or "及/与/和" (股东常州福弘,).
_ROLE_NAME_RE = re.compile(
    rf"(?P<name>[{_CJK}]{{2,8}}?)(?:{_SUBJECT_AFTER}|[,，;；。(（、]|及其|及|与|與|和)"
)
# Runs that open a clause but are time, quantity or discourse words, not names.
_SUBJECT_JUNK_RE = re.compile(_ZH.regex("COMPANY_SUBJECT_JUNK"))
# The object of a holding or trading verb, before a share count or 股份/股票:
# "减持甲乙科技逾900万股", "持有甲乙科技的股份", "购买甲乙科技股权".
_HOLD_VERBS = _ZH.word_set("COMPANY_HOLD_VERBS")
_OBJECT_VERB_RE = re.compile(
    _trie_regex(
        _HOLD_VERBS | _ZH.word_set("COMPANY_SALE_VERBS")
    )
)
_HELD_NAME_RE = re.compile(
    rf"了?(?P<name>[{_CJK}]{{2,10}}?)"
    + _ZH.regex("COMPANY_HELD_SHARES_AFTER")
)
_SOLD_NAME_RE = re.compile(
    rf"了?(?P<name>[{_CJK}]{{2,10}}?)" + _ZH.regex("COMPANY_SOLD_STAKE_AFTER")
)
# Who a court orders to pay: "判决甲乙科技于判决生效之日起十日内支付", "甲乙科技需支付".
_OBLIGED_RE = re.compile(
    _ZH.regex("COMPANY_COURT_ORDERS")
    + rf"(?P<name>[{_CJK}]{{2,10}}?)"
    + _ZH.regex("COMPANY_OBLIGED_AFTER")
)
_OBLIGED_SUBJECT_RE = re.compile(
    rf"(?P<name>[{_CJK}]{{2,8}}?)(?=(?:需|须|須|应|應)(?:合计|合計|共同|连带|連帶|向[{_CJK}]{{2,12}})?"
    r"(?:支付|赔偿|賠償|偿还|償還|归还|歸還|承担|承擔|返还|返還))"
)
# Words between a company and its stake: "X剩余40%股权", "X额外10%的股权".
_STAKE_MODIFIERS = _ZH.words("COMPANY_STAKE_MODIFIERS")
# First characters of a run before a value that make it a quantity phrase, not a name.
_NOT_TARGET_FIRST = _ZH.word_set("COMPANY_NOT_TARGET_FIRST")
# A stake: "60%股权", "5.1%的股份" (what precedes it names the company whose equity it is).
_STAKE_PCT_RE = re.compile(r"[%％](?=(?:的)?(?:股权|股權|股份|权益|權益))")
_STAKE_NUMBER_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,6})?[ \t]?$")
_SUBJECT_VERB_RE = re.compile(_ZH.regex("COMPANY_SUBJECT_VERB_INSIDE"))
_NOT_NAME_FIRST = _ZH.word_set("COMPANY_NOT_NAME_FIRST")
_NOT_NAME_LAST = _ZH.word_set("COMPANY_NOT_NAME_LAST")
_ROLE_INFIXES = _ZH.words("COMPANY_ROLE_INFIXES")
_TIME_WORDS = _ZH.word_set("TIME_WORDS")
# Adverbs and verbs that open a clause but no short name (进一步降低, 擅自减持), common nouns
# that stand as subjects (事项, 议案) and titles that mark a person (王某先生).
_NOT_SHORT_NAME_OPENERS = _ZH.words("COMPANY_NOT_SHORT_NAME_OPENERS")
_GENERIC_SUBJECTS = tuple(sorted(_ZH.word_set("COMPANY_GENERIC_SUBJECTS")))
_GENERIC_SUBJECT_SET = frozenset(_GENERIC_SUBJECTS)
_NOT_NAME_OPENING = _ZH.words("COMPANY_NOT_NAME_OPENING_WORDS")
_NAME_OPENER_EXCEPTIONS = _ZH.words("COMPANY_NAME_OPENER_EXCEPTIONS")
_NOT_NAME_ENDS = _ZH.words("COMPANY_NOT_NAME_ENDS")
_LATIN_TAIL_RE = re.compile(r"[A-Za-z]+$")
_PERSON_TITLES = _ZH.words("COMPANY_PERSON_TITLES")
_NOT_SUBJECT_ZH = _ZH.word_set("NOT_SUBJECT")
_SURNAMES = _ZH.word_set("SURNAMES")
# Role words right before a person's name (实际控制人王某某, 董事长李某).
_PERSON_ROLE_BEFORE = _ZH.words("COMPANY_PERSON_ROLES")
_ENUM_JOIN_RE = re.compile(_ZH.regex("COMPANY_LIST_JOINERS"))
_ENUM_END_RE = re.compile(_ZH.regex("COMPANY_LIST_END"))
_ABBR_RE = re.compile(
    r"[ \t]?[(（][ \t]{0,2}(?:以下|下文|下|以下统|以下統)?(?P<kw>简称|簡稱|称|稱)?[ \t]{0,2}[:：为為]?[ \t]{0,2}"
    rf"(?P<q>[“\"「『‘'])?(?P<abbr>[{_CJK}A-Za-z0-9·&\- ]{{2,16}}?)(?:[”\"」』’'])?"
    r"[ \t]{0,2}(?:[)）]|或|、|,|，|;|；)"
)
_ABBR_BAD_END = _ZH.words("COMPANY_ABBREVIATION_BAD_ENDS")


def _enum_groups(text: str) -> list[list[tuple[int, int]]]:
    """Runs of name-character items separated by 、 (each item 2-14 characters).

    >>> t = "如甲乙、丙丁、戊己等"
    >>> [[t[s:e] for s, e in g] for g in _enum_groups(t)]
    [['如甲乙', '丙丁', '戊己等']]
    """
    groups: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    pos = text.find("、")
    while pos >= 0:
        if not cur or cur[-1][1] != pos:
            if len(cur) >= 2:
                groups.append(cur)
            left = _NAME_TAIL_RE.search(text, max(0, pos - 14), pos)
            cur = [(left.start(), pos)] if left is not None and pos - left.start() >= 2 else []
        right = _NAME_HEAD_RE.match(text, pos + 1, pos + 15)
        if cur and right is not None and right.end() - right.start() >= 2:
            cur.append(right.span())
        else:
            if len(cur) >= 2:
                groups.append(cur)
            cur = []
        pos = text.find("、", pos + 1)
    if len(cur) >= 2:
        groups.append(cur)
    return groups


def _continues(text: str, end: int) -> bool:
    """True when the company word at ``text[..end]`` is part of a longer common noun."""
    nxt = text[end : end + 2]
    if nxt in _NOT_CONTINUATIONS:
        return False  # 甲乙电子股价: the name's share price, not "electronics stocks"
    return nxt in _CONTINUATIONS or nxt[:1] in _CONTINUATIONS


# the two checks below are pure functions of short runs of text that repeat (the same names
# and clause openings in sentence after sentence): each run is weighed once
@lru_cache(maxsize=8192)
def _best_cut(run: str, min_left: int = 2) -> int:
    """The offset in ``run`` after its rightmost boundary word that leaves at least
    ``min_left`` characters of name (one Latin letter is enough: A公司); 0 when there is
    none; -1 when ``run`` ends in a boundary word, so that no name is left (令该, 美国的,
    减持本).

    >>> _best_cut("控股股东宜昌兴发"), _best_cut("收购以岭"), _best_cut("成都"), _best_cut("美国的")
    (4, 2, 0, -1)
    """
    n = len(run)
    words = _BOUNDARY_WORDS
    for p in range(n, 0, -1):
        lengths = _BOUNDARY_LENGTHS.get(run[p - 1])
        if lengths is None:
            continue  # no boundary word ends here
        left = n - p
        latin_left = left >= 1 and _is_latin(run[p])
        for ln in lengths:
            if ln > p:
                break
            w = run[p - ln : p]
            if w not in words:
                continue
            if left >= min_left or latin_left or (left > 0 and w in _NEVER_IN_NAME):
                return _num_cut(run, p, min_left)
            if ln > 1 or (left == 0 and w not in _NAME_FINAL_SINGLES):
                return -1
    return _num_cut(run, 0, min_left)


def _num_cut(run: str, best: int, min_left: int) -> int:
    """Also cut after a numeral and classifier (四家, 第五家) right of ``best``."""
    if best >= len(run) - 1:
        return best
    for m in _NUM_CLASSIFIER_IN_RE.finditer(run, best):
        if len(run) - m.end() < min_left:
            return -1
        best = max(best, m.end())
    return best


_NOT_NAME_OPENERS = _ZH.words("COMPANY_NOT_NAME_OPENERS")
# A description before a name (服装公司甲乙服饰, 家纺龙头富安娜): the name starts after it.
_DESCRIPTOR_ENDS = _ZH.words("COMPANY_DESCRIPTOR_ENDS")
_DESCRIPTOR_RE = re.compile(_alt(_DESCRIPTOR_ENDS))
_DESCRIPTOR_CONTINUATIONS = _ZH.words("COMPANY_DESCRIPTOR_CONTINUATIONS")
# legal forms longer than the bare description word (有限公司, 合伙企业)
_LONG_TAILS = tuple(t for t in _TAIL_WORDS if len(t) > 2)


@lru_cache(maxsize=8192)
def _descriptor_cut(run: str) -> int:
    """The offset in ``run`` after the last description word (公司, 企业, 龙头, 房企) that
    a name follows, or 0. What follows must be two characters or more (or start with a
    Latin letter), go on with no company word of its own (企业管理, 公司上海分公司 keep
    theirs), and not be generic (券商中国).

    >>> [_descriptor_cut(w) for w in ["服装公司甲乙服饰", "电池企业AESC", "南平企业管理", "万科企业"]]
    [4, 4, 0, 0]
    """
    best = 0
    for m in _DESCRIPTOR_RE.finditer(run):
        rest = run[m.end() :]
        if len(rest) < 2 and not (rest and _is_latin(rest[0])):
            continue
        if (
            is_pronoun_company(run[: m.end()])  # 公司铜精矿产量: "the company's", no description
            or any(run.endswith(t, 0, m.end()) for t in _LONG_TAILS)  # 有限公司上海分公司
            or _best_cut(rest) != 0  # no name runs on past a verb (合资公司中占有)
            or any(c in _BOUNDARY_SINGLES and c not in _NAME_FINAL_SINGLES for c in rest)
            or rest.startswith(_DESCRIPTOR_CONTINUATIONS + _NOT_NAME_OPENERS)
            or any(w in rest for w in _TAIL_WORDS)
            or _is_generic_core(rest)
        ):
            continue
        best = m.end()
    return best

# their first characters: a name starting with none of them opens with none of the words
_NOT_NAME_OPENER_FIRST = frozenset(w[0] for w in _NOT_NAME_OPENERS)


def _left_start(text: str, cs: int, max_core: int, describe: bool = True) -> int | None:
    """Where the name ending in the company word at ``cs`` starts, or None. ``describe``:
    a description before the name is cut off (电池企业AESC; not before a full legal name,
    where 企业, 公司 belong to it: 德清县中小企业金融服务中心有限公司)."""
    lo = max(0, cs - max_core - 8)
    tail = _NAME_TAIL_RE.search(text, lo, cs)
    i = tail.start() if tail is not None else cs
    # 20日宜昌兴发集团: a date unit right after digits is not part of the name (nor
    # 底/初/末 after it: 2015年底舍得酒业)
    if i < cs and i > 0 and text[i] in "年月日号號时時" and text[i - 1].isdigit():
        i += 1
        if i < cs - 2 and text[i] in "底初末":
            i += 1
    # a run that goes on further left is a long sentence part: keep its last max_core+8
    run = text[i:cs]
    cut = _best_cut(run)
    if cut < 0:
        return None
    start = i + cut
    # "减持1%股份中能电气", "上市公司曙光股份": a headline or a description runs into the
    # name; no name opens with 股份 or 公司
    if text[start : start + 1] in _NOT_NAME_OPENER_FIRST:
        for w in _NOT_NAME_OPENERS:
            if text.startswith(w, start) and cs - start - len(w) >= 2:
                start += len(w)
                break
    if describe:
        start += _descriptor_cut(text[start:cs])
    core = text[start:cs]
    m = _NUMERAL_CLASSIFIER_RE.match(core)
    if m and len(core) - m.end() >= 2:
        start += m.end()
        core = text[start:cs]
    if len(core) > max_core or not core:
        return None
    if len(core) < 2 and not _is_latin(core[0]):
        return None
    if start >= 2 and text[start - 2 : start] in ("*S", "ST") and text[start - 3 : start] == "*ST":
        start -= 3
    return start


def _name_before(text: str, end: int, lang: Lang) -> tuple[int, int] | None:
    """The span of the name right before a stock code starting at ``end``."""
    e = end
    if lang == "en" or (e > 0 and _is_alnum_ascii(text[e - 1]) and not _is_cjk(text[e - 1])):
        m = re.search(
            r"(?:[A-Z][A-Za-z0-9&'.\-]{0,24}(?:,? (?:[A-Z][A-Za-z0-9&'.\-]{0,24}|&)){0,5})$",
            text[max(0, e - 160) : e],
        )
        if m is None:
            return None
        s = max(0, e - 160) + m.start()
        words = text[s:e].split()
        while words and words[0].strip(",") in _LATIN_STOP:  # "The Acme Corp": drop "The"
            s = text.index(words[1], s) if len(words) > 1 else e
            words = words[1:]
        if not words:
            return None
        return s, e
    if e == 0 or not _is_name_char(text[e - 1]):
        return None
    start = _left_start(text, e, 16)
    if start is None:
        return None
    s = start
    name = text[s:e]
    if len(name) > 6 and not any(w in name for w in ("公司", "合伙", "合夥")):
        keep = 5 if name[-1] in "AB" else 4  # A-share short names have four characters
        s = e - keep
    if name in _NOT_COMPANY_ZH or is_pronoun_company(text[s:e]) or _is_generic_core(text[s:e]):
        return None
    return s, e


def _is_generic_core(core: str) -> bool:
    return _GENERIC_CORE_RE.fullmatch(core) is not None


def _is_generic_name(name: str) -> bool:
    """True for 标的公司, 科技公司 and the like: company words around a generic core."""
    m = _CHAIN_START_RE.search(name)
    if m is None:
        return _is_generic_core(name)
    return m.start() == 0 or _is_generic_core(name[: m.start()])


def _subject_end(text: str, a: int, n: int, first: frozenset[str]) -> int | None:
    """End of the shortest run of 2-8 CJK characters at ``a`` that a subject's verb
    follows (see ``_SUBJECT_AFTER``), or None."""
    r = _CJK_RUN_RE.match(text, a, a + 8)
    if r is None:
        return None
    for e in range(a + 2, min(r.end(), n - 1) + 1):
        if text[e] in first and _SUBJECT_AFTER_RE.match(text, e) is not None:
            return e
    return None


def _clause_starts(text: str) -> list[int]:
    """Where a clause may open with a name or a date: after punctuation, at a CJK
    character or digit.

    >>> _clause_starts("甲乙科技公告，丙丁 (2019) 拟收购")
    [0, 7, 17]
    """
    out = [m.end() for m in _CLAUSE_START_RE.finditer(text)]
    if text and (_is_cjk(text[0]) or "0" <= text[0] <= "9"):
        out.insert(0, 0)
    return out


@lru_cache(maxsize=8192)
def _plausible_short_name(w: str, target: bool = False) -> bool:
    """Can ``w`` (a run found by position, not by a company word) be a company's name?

    Rejects pronouns, generic words, bodies that are not companies (法院, 证监会), persons
    (a surname and one or two characters), runs holding a verb or function word, time,
    quantity and discourse words, verb phrases (进一步降低, 顺利完成), common nouns that
    stand as subjects (事项, 议案). ``target``: a stake's owner (收购X 60%股权), where
    the first character is not checked against clause-opening adverbs.

    >>> [_plausible_short_name(w) for w in ["凯撒旅游", "二季度", "期间合计", "王小明", "直接或间接"]]
    [True, False, False, False, False]
    >>> [_plausible_short_name(w) for w in ["进一步降低", "擅自", "议案", "曾万辉先生"]]
    [False, False, False, False]
    """
    if len(w) < 2:
        return False
    return not (
        is_pronoun_company(w)
        or w in _NOT_COMPANY_ZH
        or w in _NOT_SUBJECT_ZH
        or w in _TIME_WORDS
        or _is_generic_name(w)
        or w[-1] in _NOT_COMPANY_FINAL
        or (len(w) <= 3 and w[0] in _SURNAMES)  # a person: 葛卫东以5亿元收购
        or _SUBJECT_VERB_RE.search(w)
        or (not target and w[0] in _NOT_NAME_FIRST)
        or w[-1] in _NOT_NAME_LAST
        or any(k in w for k in _ROLE_INFIXES)
        or _SUBJECT_JUNK_RE.search(w)
        or w.startswith(_NOT_SHORT_NAME_OPENERS)
        or w.endswith(_GENERIC_SUBJECTS)
        or any(k in w for k in _PERSON_TITLES)
    )


def _is_no_name(w: str) -> bool:
    """Is the span ``w`` of a company candidate a word of a class that names no company: a
    time frame or a clause opening (期内, 当时, 未履行), a news source or website (新浪财经,
    财联社, 某某资讯网), a stock exchange (上交所, 纳斯达克)? A trailing 公司 and Latin
    letters are left out of the last-word test (证券时报e公司 is a source).

    >>> [_is_no_name(w) for w in ["期和公司", "当时", "甲乙财经", "深交所", "甲乙时报e公司"]]
    [True, True, True, True, True]
    >>> [_is_no_name(w) for w in ["未来电视", "新闻集团", "甲乙科技", "甲乙期货"]]
    [False, False, False, False]
    """
    if w.startswith(_NOT_NAME_OPENING) and not w.startswith(_NAME_OPENER_EXCEPTIONS):
        return True
    core = w[:-2] if w.endswith(("公司",)) and len(w) > 2 else w
    core = _LATIN_TAIL_RE.sub("", core) or core
    return core.endswith(_NOT_NAME_ENDS)
