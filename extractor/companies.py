"""Company mentions: a gazetteer, a Chinese/English company finder and canonical names.

Pure Python (no spaCy, no dateparser). The gazetteer lives in ``patterns/companies.jsonl``
(one JSON object a line: ``{"name", "aliases", "ticker", "lang"}``); users add
directories with their own ``companies.jsonl`` (entries are added; the same ``name``
replaces a built-in entry).

>>> finder = CompanyFinder.load()
>>> [(m.text, m.name, m.ticker, m.source) for m in finder.find("Twilio's revenue rose.", "en")]
[("Twilio's", 'Twilio', 'TWLO', 'gazetteer')]
>>> text = "长实集团(1113.HK)公告称，向华夏银行质押股份。"
>>> [(m.text, m.name, m.ticker, m.source) for m in finder.find(text, "zh")]
[('长实集团', '长实集团', '1113.HK', 'gazetteer'), ('华夏银行', '华夏银行', '600015.SH', 'gazetteer')]
>>> canonical_name("Twilio Inc.'s")
'Twilio'

What :meth:`CompanyFinder.find` reports for Chinese text (``source``):

* ``gazetteer``: names and aliases from the pattern files, longest first; a CJK alias
  may carry an A/B share-class letter (``万科A``).
* ``code``: a name right before a stock code (``长实集团(1113.HK)``, ``（SZ 300273）``,
  ``(600519.SH)``, ``（股票代码：600519）``, ``(NYSE: TWLO)``; a price quote between them
  is skipped: ``中国天楹(6.350, 0.00, 0.00%)(000035)``), and ``ST``/``*ST`` stock
  short names; the ticker is normalised (``600519.SH``, ``0700.HK``, ``000651.SZ``).
* ``suffix``: a run of name characters ending in a company word (公司, 有限公司, 集团,
  股份, 银行, 证券, 科技, ...), cut on the left after verbs, prepositions and other
  boundary words, and rejected when what is left is generic (子公司, 上市公司, 科技公司).
* ``latin``: capitalised Latin-script names in Chinese text (``OpenTable``), minus a stop
  list of acronyms that are not companies (IPO, API, SaaS, CEO, ...).
* ``suffix`` also marks short names found by their position, with no company word:
  who announces (``华丰股份公告称``; not ``发布股权变动公告``: a kind of announcement);
  a clause's subject before a corporate verb (``远景新能以3亿元收购``,
  ``根据华丰旅游在10月披露``: boundary words on the left are cut); a party after a role
  word (``股东鼎晖长青拟减持``, ``全资子公司华丰物流出资``); the company before a stake
  (``收购远景新能60%股权``); the object of a holding or trading verb before a share
  count or 股份 (``减持远景新能逾900万股``); who a court orders to pay
  (``判决远景新能于...支付``, ``远景新能需支付``). Time, quantity and discourse words
  (二季度, 期间合计, 直接或间接), persons (a surname and one or two characters, or a name
  after 实际控制人/董事长) and generic words are rejected. Such a subject may replace a
  two-character gazetteer alias it begins with (``格力金投`` is not ``格力``).

Gazetteer look-ups of a found name drop legal words only (``阿里巴巴集团`` -> 阿里巴巴),
never industry words: ``复星医药`` is not ``复星``.

Names a document defines (``...有限公司(以下简称“艾特网能”)``) or ties to a stock code
are found again wherever the same document repeats them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Literal

import attrs

from .errors import PatternError
from .lang import get_language
from .patterns import Field, builtin_patterns_dir, iter_pattern_files, read_jsonl

_EN = get_language("en")
_ZH = get_language("zh")

__all__ = [
    "COMPANY_SCHEMA",
    "CompanyEntry",
    "CompanyFinder",
    "CompanyMention",
    "canonical_name",
    "is_pronoun_company",
    "normalize_ticker",
]

Source = Literal["gazetteer", "suffix", "code", "latin", "ner", "subject", "acquired"]
Lang = Literal["en", "zh"]

COMPANY_SCHEMA: Mapping[str, Field] = MappingProxyType(
    {
        "name": Field(str, required=True),
        "aliases": Field(list, list_of=str),
        "ticker": Field(str),
        "lang": Field(str, choices=("en", "zh", "any")),
    }
)


def _w(words: str) -> tuple[str, ...]:
    """A word list written as one space-separated string."""
    return tuple(words.split())


# -- character classes ------------------------------------------------------------------
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _is_latin(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def _is_name_char(ch: str) -> bool:
    """Characters a Chinese company name is written with (CJK, Latin letters, ·)."""
    return (_is_cjk(ch) and ch != "丨") or _is_latin(ch) or ch == "·"


_NAME_CLASS = f"[{_CJK}A-Za-z·]"
_NAME_TAIL_RE = re.compile(f"(?:(?!丨){_NAME_CLASS})+$")
_NAME_HEAD_RE = re.compile(f"(?:(?!丨){_NAME_CLASS})+")


def _is_alnum_ascii(ch: str) -> bool:
    return _is_latin(ch) or ("0" <= ch <= "9")


# -- canonical names ----------------------------------------------------------------------
_QUOTES = "\"'“”‘’「」『』《》〈〉()（）[]【】"
_OPEN_CLOSE = {
    '"': '"',
    "'": "'",
    "“": "”",
    "‘": "’",
    "「": "」",
    "『": "』",
    "《": "》",
    "〈": "〉",
    "(": ")",
    "（": "）",
    "[": "]",
    "【": "】",
}
_QUOTES_OPEN = "\"'“‘「『《〈([（【"
_TRAILING_PUNCT = ',;:!?，；：！？。、"”’」』》〉)]）】'
_POSSESSIVE_RE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_LEGAL_SUFFIX_RE = re.compile(
    r"(?:,?\s{1,3}|(?<=\.))(?:Inc\.?|Incorporated|Corp\.?|Corporations?|Co\.?|"
    r"Ltd\.?|Limited|plc\.?|PLC|Plc|P\.L\.C\.|LLC|L\.L\.C\.|L\.P\.|LP|N\.V\.|NV|S\.A\.|SA|AG|"
    r"SE|GmbH|S\.p\.A\.|SpA|Pty\.?|Pte\.?|S\.A\.S\.|B\.V\.|BV|K\.K\.)$",
)
# Group words stripped like legal suffixes: "Thermon Group Holdings" -> "Thermon".
_GROUP_SUFFIX_RE = re.compile(r",?\s{1,3}(?:Holdings?|Group)$")
# "Company" goes too, unless what remains ends with a possessive ("Aaron's Company").
_COMPANY_SUFFIX_RE = re.compile(r",?\s{1,3}(?:Company|Companies|Cos\.)$")
_TRAILING_JOINER_RE = re.compile(r"(?:[\s,&]|\s(?:and|And)(?=[\s,&]*$))+$")
_EDGE_PUNCT = " ,;:"
# Chinese legal-form and group suffixes, longest first; a name keeps two CJK characters.
_ZH_SUFFIXES = _ZH.words("COMPANY_SUFFIXES")
_WS_RE = re.compile(r"\s+")
_CJK_GAP_RE = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")


def _strip_wrappers(s: str) -> str:
    changed = True
    while changed and len(s) >= 2:
        changed = False
        if s[0] in _OPEN_CLOSE and s[-1] == _OPEN_CLOSE[s[0]]:
            s = s[1:-1].strip()
            changed = True
        elif s[0] in _QUOTES and s[0] not in "([（【" and s.count(s[0]) == 1:
            s = s[1:].strip()
            changed = True
        elif s[-1] in _QUOTES and s[-1] not in ")]）】" and s.count(s[-1]) == 1:
            s = s[:-1].strip()
            changed = True
    return s


def _strip_en_suffixes(s: str) -> str:
    """Drop trailing legal suffixes, Holding(s)/Group and Company (not after a possessive),
    with a dangling "&", "and" or comma; never down to nothing."""
    for _ in range(8):
        m = _LEGAL_SUFFIX_RE.search(s) or _GROUP_SUFFIX_RE.search(s)
        if m is None:
            m = _COMPANY_SUFFIX_RE.search(s)
            if m is not None and _POSSESSIVE_RE.search(s[: m.start()]):
                m = None  # "Aaron's Company" stays whole
        if m is None:
            break
        rest = _TRAILING_JOINER_RE.sub("", s[: m.start()])
        if not rest:
            break
        s = rest
    return s


def _strip_zh_suffixes(s: str) -> str:
    """Drop trailing Chinese legal-form and group words, keeping two CJK characters."""
    changed = True
    while changed:
        changed = False
        for w in _ZH_SUFFIXES:
            if s.endswith(w):
                rest = s[: -len(w)].rstrip()
                if w == "公司" and rest.endswith(("分", "子")):
                    break  # "山西分公司", "子公司": a branch or subsidiary, part of the name
                if len(_CJK_RE.findall(rest)) >= 2:
                    s = rest
                    changed = True
                break
    return s


def canonical_name(name: str) -> str:
    """The canonical form of a company name as written (no gazetteer).

    Collapses whitespace and strips surrounding quotes and brackets. English: a leading
    "the", a final possessive, then trailing legal suffixes (Inc., Corp., Co., Ltd., plc,
    LLC, L.P., N.V., S.A., AG, SE, ...), "Holding(s)", "Group" and "Company" (kept after a
    possessive: "Aaron's Company"), with a dangling "&"/"and". Chinese: trailing 股份有限公司,
    有限责任公司, 有限公司, 股份公司, 控股, 集团, 公司, keeping at least two CJK characters.
    A name is never stripped to nothing.

    >>> canonical_name("Twilio Inc.'s"), canonical_name("the Walt Disney Company")
    ('Twilio', 'Walt Disney')
    >>> canonical_name("“Alibaba Group Holding Ltd.”"), canonical_name("Thermon Group Holdings")
    ('Alibaba', 'Thermon')
    >>> canonical_name("The Aaron's Company"), canonical_name("Greenhill & Co.")
    ("Aaron's Company", 'Greenhill')
    >>> canonical_name("Armstrong World Industries, Inc.,"), canonical_name("Group")
    ('Armstrong World Industries', 'Group')
    >>> canonical_name(" 珠海格力电器 股份有限公司 "), canonical_name("阿里巴巴集团控股有限公司")
    ('珠海格力电器', '阿里巴巴')
    """
    s = _WS_RE.sub(" ", name).strip()
    s = _CJK_GAP_RE.sub("", s)
    s = _strip_wrappers(s.strip(_EDGE_PUNCT))
    if _CJK_RE.search(s):
        s = _strip_zh_suffixes(s)
    else:
        if s[:4].lower() == "the " and len(s) > 4:
            s = s[4:].lstrip()
        s = _POSSESSIVE_RE.sub("", s)
        s = _strip_en_suffixes(s.strip(_EDGE_PUNCT))
    s = _strip_wrappers(s)
    return s or name.strip()


_PRONOUNS_EN = _EN.word_set("COMPANY_PRONOUNS")
_PRONOUNS_ZH = _ZH.word_set("COMPANY_PRONOUNS")


def is_pronoun_company(word: str) -> bool:
    """True for words that stand for "the company" without naming it.

    >>> [is_pronoun_company(w) for w in ["we", "Our", "the Company's", "该公司", "Twilio"]]
    [True, True, True, True, False]
    """
    s = _WS_RE.sub(" ", word).strip()
    s = _POSSESSIVE_RE.sub("", s).lower()
    return s in _PRONOUNS_EN or s in _PRONOUNS_ZH


# -- tickers ---------------------------------------------------------------------------
_EXCHANGE_PREFIX_RE = re.compile(
    r"^(?:NYSE(?: American)?|NASDAQ(?:GS|GM)?|Nasdaq(?:GS|GM)?|AMEX|纽交所|紐交所|纳斯达克|納斯達克|"
    r"纽约证券交易所|美股|港股|港交所|HKEX|SEHK|上交所|深交所|北交所)\s?[:：]?\s?",
)


def normalize_ticker(code: str) -> str | None:
    """Normalise a stock code as written to ``600519.SH`` / ``0700.HK`` / ``TWLO`` form.

    >>> [normalize_ticker(c) for c in ["600519", "SZ 300273", "00700.HK", "NYSE: TWLO", "hk1113"]]
    ['600519.SH', '300273.SZ', '0700.HK', 'TWLO', '1113.HK']
    >>> normalize_ticker("12")
    """
    s = code.strip()
    s = _EXCHANGE_PREFIX_RE.sub("", s)
    m = re.fullmatch(r"(?i)(SH|SZ|SS|BJ|HK)[.:：]?\s?(\d{4,6})", s)
    if m:
        ex, digits = m.group(1).upper(), m.group(2)
        return _with_exchange(digits, "SH" if ex == "SS" else ex)
    m = re.fullmatch(r"(?i)(\d{4,6})\.(SH|SZ|SS|BJ|HK)", s)
    if m:
        ex = m.group(2).upper()
        return _with_exchange(m.group(1), "SH" if ex == "SS" else ex)
    if re.fullmatch(r"\d{6}", s):
        return _with_exchange(s, _a_share_exchange(s))
    if re.fullmatch(r"0\d{4}", s):
        return _with_exchange(s, "HK")
    if re.fullmatch(r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?", s):
        return s
    return None


def _a_share_exchange(code: str) -> str | None:
    if code[:1] in ("6", "9") or code[:3] == "688":
        return "SH"
    if code[:1] in ("0", "2", "3"):
        return "SZ"
    if code[:1] in ("4", "8"):
        return "BJ"
    return None


def _with_exchange(digits: str, ex: str | None) -> str | None:
    if ex is None:
        return digits if len(digits) == 6 else None
    if ex == "HK":
        n = int(digits)
        if not 0 < n < 100000:
            return None
        return f"{n:04d}.HK"
    if len(digits) != 6:
        return None
    return f"{digits}.{ex}"


# -- Chinese company words -------------------------------------------------------------------
def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first (so the longest word wins at a position)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# Industry words that end short names (华夏银行, 大立科技). A run ending in one of them
# passes stricter checks than one ending in a legal word; a run ending in a weak one
# (投资, 汽车, 软件, ...) must also stand alone (punctuation or a bracket after it).
_IND_STRONG = _ZH.words("INDUSTRY_STRONG")
_IND_WEAK = _ZH.words("INDUSTRY_WEAK")
_IND_WORDS = _IND_STRONG + _IND_WEAK
_MID_WORDS = _ZH.words("GROUP_WORDS")
_TAIL_WORDS = _ZH.words("LEGAL_FORMS")
_LEGAL_STRIP = tuple(
    sorted(
        set(_TAIL_WORDS) | set(_MID_WORDS) | {"控股", "(有限合伙)", "（有限合伙）"},
        key=len,
        reverse=True,
    )
)

_CHAIN_RE = re.compile(
    f"(?:(?P<ind>(?:{_alt(_IND_WORDS)}){{1,2}})?(?P<mid>(?:{_alt(_MID_WORDS)}){{1,2}})?"
    f"(?P<tail>{_alt(_TAIL_WORDS)})?)"
    r"(?P<lp>[(（]有限合[伙夥][)）])?"
)
_CHAIN_START_RE = re.compile(f"(?:{_alt(_IND_WORDS + _MID_WORDS + _TAIL_WORDS)})")
_AMOUNT_NEXT_RE = re.compile(r"(?:了|约|約|逾|近|超过|超過|人民币|人民幣)?[ \t]?[\d一二三四五六七八九十两兩百千万萬亿億]")
_PAREN_PLACE_RE = re.compile(f"[(（][{_CJK}]{{2,6}}[)）]")
_BRANCH_RE = re.compile(f"(?P<place>[{_CJK}]{{2,6}}?)(?:分行|支行|分公司|营业部|營業部)")

# Words after an industry/group word that show it is part of a longer common noun
# (银行业, 投资者, 科技股, 控股股东, 证券法, 科技部).
_CONTINUATIONS = frozenset(
    _w(
        "股东 股東 行业 行業 板块 板塊 领域 領域 业务 業務 市场 市場 产品 產品 概念 龙头 龍頭 部门 部門 "
        "人士 经理 經理 资产 資產 收益 机构 機構 企业 企業 巨头 巨頭 产业 產業 服务 服務 行长 行長 账户 "
        "帳戶 理财 理財 系统 系統 项目 項目 计划 計劃 策略 回报 回報 风险 風險 标的 組合 组合 "
        "总额 總額 规模 規模 比例 金额 金額 价值 價值 活动 活動 主体 主體 协议 協議 合同 条款 條款 工作 "
        "平台 团队 團隊 体系 體系 能力 水平 技术 技術 研发 研發 创新 創新 发展 發展 监管 監管 日报 时报 "
        "時報 报告 報告 研究 分析 指数 指數 政策 成本 费用 費用 价格 價格 领先 巨擘 大佬 高管 员工 員工 "
        "从业 從業 交易所 交易 金 息 类 類 型 化 间 間 卡 业 業 家 者 人 额 額 方 界 圈 商 网 網 园 園 城 馆 館 展 局 部 厅 "
        "廳 委 所 报 報 法 会 會 股 户 戶 品 险 費 费 类 业 史 链 鏈 圈 端 层 層 界 类 额 量 率 值 "
    )
)

# Characters that often follow a name (华夏银行质押, 天恒投资及其一致行动人).
_AFTER_NAME = frozenset(
    _w(
        "及 与 與 和 将 將 已 于 於 向 对 對 持 拟 擬 称 稱 被 把 从 從 由 也 还 還 曾 均 都 所 发 發 公 等 在 以 因 获 獲 是 "
        "提 签 簽"
    )
)
# Words across the left edge of a company word (融资本金, 出资本息, 投资本): no name ends there.
_CROSS_WORDS = frozenset(
    _w(
        "融资 融資 出资 出資 投资 投資 注资 注資 增资 增資 募资 募資 外资 外資 合资 合資 独资 獨資 工资 工資 集资 集資 筹资 籌資 减资 減資 物资 物資 回购 回購 收购 收購"
    )
)

# Words after which a name starts: verbs, prepositions, determiners, roles.
_BOUNDARY_WORDS = frozenset(
    _w(
        # multi-character verbs and nouns
        "公告 公告称 公告稱 宣布 表示 披露 指出 透露 称 稱 收购 收購 并购 併購 控股股东 "
        "控股股東 股东 股東 实际控制人 實際控制人 控制人 持有 持股 质押 質押 转让 轉讓 受让 受讓 出售 "
        "卖给 賣給 买入 買入 增持 减持 減持 入股 参股 參股 起诉 起訴 判决 判決 中标 中標 签署 "
        "簽署 签订 簽訂 签约 旗下 子公司 孙公司 母公司 全资 全資 获得 獲得 成为 成為 作为 作為 认购 認購 "
        "借款 提供 通过 通過 接受 携手 攜手 客户 客戶 对手 "
        "對手 董事长 董事長 总裁 總裁 总经理 總經理 创始人 創始人 发布 發布 发行 發行 包括 包含 其中 "
        "比如 例如 涉及 据悉 據悉 了解 获悉 獲悉 消息 报道 報導 报告 報告 认为 認為 预计 預計 计划 計劃 "
        "打算 决定 決定 同意 要求 申请 申請 完成 启动 啟動 推出 进入 進入 登陆 登陸 上市 挂牌 掛牌 "
        "分别 分別 共同 以及 还有 還有 或者 以下 简称 簡稱 下称 下稱 名为 名為 名叫 叫做 属于 屬於 位于 "
        "位於 来自 來自 对于 對於 关于 關於 根据 根據 按照 截至 截止 目前 此前 随后 隨後 近日 日前 "
        "今日 昨日 昨天 今天 当天 當天 同时 同時 此外 另外 而且 并且 並且 但是 不过 不過 因此 所以 "
        "由于 由於 标的 標的 对象 對象 方面 领域 領域 "
        "质押给 質押給 转让给 轉讓給 出售给 質權人 质权人 债权人 債權人 债务人 債務人 原告 被告 "
        "上诉人 上訴人 被上诉人 第三人 申请人 被申请人 买方 賣方 卖方 買方 甲方 乙方 受让方 出让方 "
        "律师 律師 承销商 承銷商 保荐 保薦 服务商 服務商 "
        "供应商 供應商 制造商 製造商 运营商 運營商 开发商 開發商 经销商 經銷商 代理商 "
        "记者 記者 分析师 分析師 下调 上调 调升 调降 看好 "
        "之前 之后 之後 此后 此後 随后 其后 其後 以后 以後 以前 今年 去年 明年 当年 當年 同年 本月 上月 "
        "当日 當日 次日 同日 亿元 億元 万元 萬元 万股 萬股 亿股 億股 万美元 亿美元 "
        # single characters that rarely occur inside company names
        "的 了 是 在 向 与 與 和 及 对 對 将 將 被 把 给 給 于 於 由 从 從 为 為 等 或 即 并 並 其 该 該 "
        "此 这 這 那 每 各 个 個 只 据 據 让 讓 令 使 已 还 還 也 又 仍 曾 则 則 就 才 便 "
        "要 拟 擬 获 獲 买 買 卖 賣 诉 訴 购 購 赴 往 称 稱 看 说 說 到 以 因 系 受 "
        "着 著 过 過 他 她 它 们 們 像 以来 以來 接纳 愿意 願意 允许 允許 帮助 幫助 支持 吸引 鼓励 "
        "推动 促进 促進 成立 设立 設立 注册 註冊 组建 組建 创办 創辦 创立 創立 收到 得到 看到 遇到 面对 "
        "所持 回购 回購 合计 合計 约占 約占 占 佔 数量 數量 不超过 不超過 超过 超過 累计 累計 本次 全部 "
        "导致 導致 本人 个人 個人 约定 約定 执行 執行 关联方 關聯方 交易对方 交易對方 对方 對方 质押日 "
        "交易日 截止日 基准日 基準日 公告日 担保人 擔保人 保证人 保證人 附属公司 附屬公司 附属 附屬 "
        "主张 主張 督促 催促 敦促 责令 責令 优化 優化 转换 轉換 继续 繼續 查阅 查閱 收受 邀请 邀請 "
        "聘请 聘請 委托 委託 授权 授權 通知 告知 提醒 警告 处罚 處罰 罚款 罰款 调查 調查 审查 審查 "
        "核查 问询 問詢 询问 詢問 约谈 約談 协助 協助 配合 参与 參與 参加 參加 加入 退出 离开 離開 "
        "任职 任職 担任 擔任 出任 创建 創建 建立 打造 扶持 资助 資助 赞助 贊助 捐赠 捐贈 支付 付款 "
        "还款 還款 偿还 償還 归还 歸還 清偿 清償 兑付 兌付 赔偿 賠償 补偿 補償 索赔 索賠 追讨 追討 "
        "追偿 追償 催收 返还 返還 退还 退還 判令 裁定 驳回 駁回 撤销 撤銷 冻结 凍結 解除 终止 終止 "
        "发起 發起 牵头 牽頭 领投 領投 跟投 注入 剥离 剝離 置出 置入 吸收 合并 合併 换股 換股 "
        "控制 拥有 擁有 经营 經營 运营 運營 管理层 实控人 實控人 董事会 董事會 监事会 監事會 "
        "股东大会 股東大會 总部 總部 国企 國企 央企 省属 省屬 市属 市屬 避免 维持 維持 造成 保持 确保 "
        "確保 保障 保护 保護 促使 影响 影響 损害 損害 不超 接到 实现 實現 感谢 感謝 购买 購買 获知 獲知 "
        "得知 查询 查詢 如 第三方 诉讼 訴訟 期间 期間 虽然 雖然 您 你 我 咱 考虑 考慮 "
        "面對 面临 面臨 相比 类似 類似 诸如 諸如 仅有 僅有 拥有 擁有 只有 没有 具有 這些 这些 那些 一些 "
        # verbs of announcements and resolutions (审议批准公司..., 确定青岛某某股份有限公司为...)
        "审议 審議 批准 确定 確定 确认 確認 修改 符合 保证 保證 假设 假設 扩充 擴充 承接 筹划 籌劃 "
        "新增 剔除 公布 代表 停止 处置 處置 予 以上 以下 以内 以內 取得 获取 獲取 降至 升至 增至 达到 達到 "
        # roles of the other side of a deal (招标人某某建设有限公司)
        "招标人 招標人 招标方 招標方 采购人 採購人 发包人 發包人 业主 業主 中标人 中標人 投标人 投標人 "
        "借款人 贷款人 貸款人 出借人 被担保人 被擔保人 不 沒 没 "
        "使用 利用 运用 運用 借助 引入 揽入 攬入 战投 戰投 资产 資產 "
        # relations and places before a name (公司下属中铁十一局集团, 一致行动人中国希格玛有限公司,
        # 联营企业南京某某有限公司, 收购新三板公司大象广告, 7日之内神雾集团)
        "下属 下屬 一致行动人 一致行動人 联营企业 聯營企業 合营企业 合營企業 新三板 之内 之內"
    )
)
_BOUNDARY_MAX = max(len(w) for w in _BOUNDARY_WORDS)
# Single boundary characters that also end names (成都, 仁和, 国元, 华为): right before the
# company word they are read as part of the name, not as a boundary.
_NAME_FINAL_SINGLES = frozenset(
    _w("和 为 為 买 買 卖 賣 购 購 诉 訴 称 稱 看 说 說 到 着 著 过 過 赴 往 据 據")
)
# Single characters never inside a name: a cut after them is taken even when it leaves one
# character (so that 的大银行, 这家 are rejected).
_NEVER_IN_NAME = frozenset(_w("的 了 该 該 这 這 那 每 被 把 您 你 他 她 它 们 們 其 此"))
_NUM_CLASSIFIER_IN_RE = re.compile(
    "第?[一二三四五六七八九十两兩几幾多数數百千万萬]{1,4}[家个個只位名所间間]"
)

# Name cores that are generic: the run before 公司/集团/科技... names no company.
_GENERIC_CORE_RE = re.compile(
    "(?:"
    + _alt(
        _w(
            "子 母 分 孙 孫 该 該 本 此 其 这 這 贵 貴 我 我们 我們 他们 他們 上述 上市 非上市 拟上市 全资 全資 "
            "控股子 全资子 全資子 参股 參股 关联 關聯 目标 目標 标的 標的 一家 这家 這家 那家 每家 各家 "
            "多家 几家 幾家 数家 數家 两家 兩家 其他 其它 国内 國內 国外 國外 海外 境外 境内 境內 外资 外資 内资 "
            "中资 中資 民营 民營 国有 國有 国营 國營 国企 國企 央企 大型 小型 中小 中型 新 老 大 小 合资 合資 独资 "
            "獨資 私营 私營 互联网 互聯網 科技 高科技 金融 投资 投資 管理 咨询 諮詢 控股 商业 商業 城商 农商 "
            "農商 村镇 村鎮 股份制 政策性 中央 地方 投行 外国 外國 美国 美國 中国 中國 日本 韩国 韓國 欧洲 歐洲 "
            "英国 英國 德国 德國 法国 法國 香港 台湾 台灣 全球 世界 跨国 跨國 同行 竞争 競爭 竞争对手 對手 对手 "
            "许多 許多 很多 部分 所有 全部 相关 相關 主要 知名 著名 领先 領先 优质 優質 优秀 優秀 最大 头部 頭部 "
            "巨头 龍頭 龙头 明星 初创 初創 创业 創業 创新 創新 新兴 新興 传统 傳統 实体 實體 房地产 房地產 "
            "保险 保險 证券 證券 银行 銀行 信托 信託 基金 期货 期貨 券商 财富 財富 资产 資產 资管 資管 理财 "
            "理財 货币 貨幣 债券 債券 混合 养老 養老 指数 指數 产业 產業 私募 公募 股权 股權 风险 風險 天使 "
            "战略 戰略 财务 財務 对外 對外 电动 電動 新能源 消费 消費 数字 數字 网络 網絡 移动 移動 云 雲 "
            "人工智能 区块链 區塊鏈 大数据 大數據 芯片 半导体 半導體 手机 手機 家电 家電 光伏 锂电 鋰電 "
            "电池 電池 电商 電商 游戏 遊戲 零售 汽车 汽車 电子 電子 能源 制药 製藥 医药 醫藥 医疗 醫療 生物 "
            "传媒 傳媒 软件 軟件 通信 物流 航空 化工 钢铁 鋼鐵 电力 電力 食品 技术 技術 信息 資訊 "
            "上游 下游 同类 同類 同业 同業 合作 交易 收购 收購 并购 併購 重组 重組 融资 融資 担保 擔保 "
            "被投资 被投資 集团 集團 总 總 独角兽 獨角獸 软件服务 第一 第二 第三 第四 第五 唯一 本土 当地 "
            "當地 外地 同一 某 某某 一些 这些 這些 那些 任何 多 数 數 几 幾 每 各 诸多 諸多 众多 眾多 "
            "业内 業內 行业 行業 前 后 後 其余 其餘 剩余 剩餘 有关 有關 大中型 中大型 大部分 非银 "
            "证券投资 投资管理 資產管理 资产管理 基金管理 私募基金 公募基金"
        )
    )
    + "|[一二三四五六七八九十两兩几幾多数數百千万萬]{1,4}[家个個只位名所间間]"
    + "){1,6}"
)
_NUMERAL_CLASSIFIER_RE = re.compile(
    "^[一二三四五六七八九十两兩几幾多数數百千万萬]{1,4}[家个個只位名所间間]"
)

# Words that are never companies, even with a company word at their end.
_CORE_BAD_END = ("公司", "集团", "集團", "A股", "B股", "H股", "母", "子", "孙", "孫")
# ... and, for a two-character core, these (的本公司, 为该公司; but 资本, 日本)
_CORE_BAD_END_SHORT = ("本", "该", "該", "其", "贵", "貴", "我")

_NOT_COMPANY_ZH = _ZH.word_set("NOT_COMPANY")

# -- Latin names in Chinese text ----------------------------------------------------------
_LATIN_STOP = _EN.word_set("NOT_NAME_TOKENS")


# -- gazetteer regex -------------------------------------------------------------------------
def _trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, written as a trie (fast to scan).

    A word whose last character is a Latin letter or digit only matches when no Latin
    letter or digit follows it.
    """
    trie: dict[str, object] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = True

    def emit(node: dict[str, object], last: str) -> str:
        alts: list[str] = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            child = node[ch]
            assert isinstance(child, dict)
            alts.append(re.escape(ch) + emit(child, ch))
        if end:
            alts.append("(?![A-Za-z0-9])" if _is_alnum_ascii(last) else "")
        if not alts:
            return ""
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(trie, "")


def _fold(alias: str) -> str:
    """The lookup key of an alias: whitespace collapsed, Latin letters lower-cased."""
    return _WS_RE.sub(" ", alias).strip().lower()


def _exact_case_only(alias: str) -> bool:
    """Short all-caps aliases (TWLO, EMC, GE) match only as written."""
    letters = [c for c in alias if _is_latin(c)]
    return bool(letters) and len(alias) <= 5 and all(c.isupper() for c in letters)


# -- data -----------------------------------------------------------------------------------
@attrs.frozen
class CompanyEntry:
    """One gazetteer entry: a canonical ``name``, its ``aliases``, ``ticker`` and ``lang``.

    >>> CompanyEntry("Twilio", ("TWLO",), "TWLO", "any").name
    'Twilio'
    """

    name: str
    aliases: tuple[str, ...] = ()
    ticker: str | None = None
    lang: Literal["en", "zh", "any"] = "any"

    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@attrs.frozen
class CompanyMention:
    """A company mention: ``text == document[start:end]`` exactly, with its canonical ``name``.

    >>> m = CompanyMention(0, 8, "Twilio's", "Twilio", "TWLO", "gazetteer")
    >>> m.text, m.name
    ("Twilio's", 'Twilio')
    """

    start: int
    end: int
    text: str
    name: str
    ticker: str | None
    source: Source


@attrs.frozen
class _Cand:
    start: int
    end: int
    name: str
    ticker: str | None
    source: Source
    rank: int  # lower is stronger evidence


_PERSON_INITIAL_RE = re.compile(r" [A-Z]\. [A-Z][a-z]")

# Stock-code forms after a name: 长实集团(1113.HK), （SZ 300273）, (600519.SH), （股票代码：600519）.
_CODE_RE = re.compile(
    r"[(（][ \t]{0,2}(?:行情|股票代码|股票代號|证券代码|證券代碼|代码|代碼|股票代码为|代码为)?[ \t]{0,2}[:：]?[ \t]{0,2}"
    r"(?P<code>"
    r"(?:SH|SZ|SS|BJ|HK|sh|sz|hk)[.:：]?[ \t]?\d{4,6}(?!\d)"
    r"|\d{4,6}\.(?:SH|SZ|SS|BJ|HK|sh|sz|hk)(?![A-Za-z])"
    r"|\d{6}(?!\d)"
    r"|0\d{4}(?!\d)"
    r"|(?:NYSE(?: American)?|NASDAQ(?:GS|GM)?|Nasdaq(?:GS|GM)?|AMEX|纽交所|紐交所|纳斯达克|納斯達克|"
    r"纽约证券交易所|美股|港股|港交所|HKEX|SEHK|上交所|深交所)[ \t]?[:：]?[ \t]?"
    r"(?:[A-Z]{1,5}(?:\.[A-Z]{1,2})?|\d{4,6})(?![A-Za-z0-9])"
    r")"
    r"[ \t]{0,2}(?:[,，;；、][^)）(（\n]{0,10})?[)）]"
)
# A price quote in brackets before a stock code: "(6.350, 0.00, 0.00%)", "(12.540, -0.30, -2.34%)".
_PRICE_BRACKET_RE = re.compile(r"[(（][ \t]?-?\d{1,5}\.\d{1,4}[ \t]?[,，][-+\d.,，%％ \t]{1,30}[)）]$")
_ST_RE = re.compile(f"ST[{_CJK}]{{2}}[AB]?(?![A-Za-z0-9])")
_ANNOUNCE_RE = re.compile("公告(?=称|稱|[,，:：]|显示|顯示|表示|指出)")
_ANNOUNCE_PREFIXES = (
    "发布",
    "發布",
    "披露",
    "发出",
    "發出",
    "了",
    "晚间",
    "晚間",
    "今日",
    "近日",
    "日前",
    "昨日",
    "早间",
    "早間",
    "今晚",
    "昨晚",
    "同日",
    "当日",
    "當日",
)
# Words before a run ending at 公告 that make the run the kind of announcement.
_PUBLISH_BEFORE = ("发布", "發布", "披露", "公布", "发出", "發出", "发", "發", "的", "此", "该", "該", "份", "篇", "则", "則", "项", "項")
_ANNOUNCE_KIND_RE = re.compile(
    "变动|變動|提示|进展|進展|系列|拍卖|拍賣|预案|預案|报告|報告|决议|決議|补充|補充|更正|澄清|问询|問詢|"
    "回复|回覆|权益|權益|业绩|業績|风险|風險|停牌|复牌|復牌|结果|結果|实施|實施|事项|事項|相关|相關|重大|"
    "临时|臨時|年度|季度|最新|网上|網上|[间間亦]$|[一二两兩三四五六七八九十几幾数數多][份则則篇项項]"
)
# Last characters of bodies that announce but are not companies (证监会, 交易所, 法院, 财政部).
_NOT_COMPANY_FINAL = frozenset(_w("会 會 所 院 局 部 厅 廳 委 办 辦 府 处 處 署 庭 站 队 隊 社"))
# Where a clause opens (a subject name may follow): punctuation, brackets, a 丨 or 】
# closing a news-source prefix.
_CLAUSE_START_RE = re.compile(rf"[，,。；;：:、\s）)”\"」』】〗丨|!?！？](?=[{_CJK}0-9])")
# Role words after which a holder or party is named: "股东鑫盛富茂拟...", "全资子公司X出资".
_ROLE_OPEN_RE = re.compile(
    "(?:控股股东|控股股東|大股东|大股東|股东|股東|全资子公司|全資子公司|控股子公司|子公司|孙公司|孫公司|"
    "附属公司|附屬公司|参股公司|參股公司|母公司|一致行动人|一致行動人|关联方|關聯方|战略投资者|戰略投資者)"
    "(?:之一)?[ \t]?"
)
# What a clause subject is followed by: adverbs, a date, then a corporate action verb.
# "以" (by means of: "X以10亿元收购") only when it is not part of 以及/以上/以来/...
_SUBJECT_ADVERBS = _w(
    "还 還 也 又 再 已 亦 就 则 則 均 都 分别 分別 先后 先後 共同 再次 首次 正式 近期 已经 已經 曾经 曾經 "
    "此次 本次 多次 大幅 大举 大舉 随后 隨後 目前 当日 當日 同日 日前 近日"
)
_SUBJECT_TIMES = _w("晚间 晚間 午间 午間 早间 早間 晚 近日 今日 日前 期间 期間")
_SUBJECT_VERBS = _w(
    "发布 發布 公告 公布 拟 擬 将 將 累计 累計 计划 計劃 宣布 披露 收购 收購 回购 回購 质押 質押 "
    "减持 減持 增持 中标 中標 所持 持有 成为 成為 通过 通過 曾 作价 作價 斥资 斥資 认购 認購 "
    "出资 出資 获得 獲得 完成 签署 簽署 签订 簽訂 给付 給付 偿还 償還 申请 申請 提供 筹划 籌劃"
)
_SUBJECT_AFTER = (
    f"(?:{_trie_regex(_SUBJECT_ADVERBS)})?"
    r"(?:于|於|在)?(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?"
    r"(?:(?:至|到|-|—|~)(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?)?"
    f"(?:{_trie_regex(_SUBJECT_TIMES)})?"
    f"(?:{_trie_regex(_SUBJECT_VERBS)}|"
    r"以(?![及上下来來后後前内內外便免致为為至])|及其?(?:一致行动人|一致行動人|关联方|關聯方|子公司|控股股东|控股股東)|"
    # "X与Y签订": the first party of an agreement
    r"(?:与|與)[^，,。；;：:]{2,24}?(?:签署|簽署|签订|簽訂|签约|簽約|达成|達成)|"
    # a headline's topic: "X:拟收购...", "X(600001):股东拟减持"
    r"(?:[(（][^)）]{0,24}[)）])?[:：](?=拟|擬|已|将|將|公司|股东|股東|控股股东|控股股東|实控人|實控人|"
    r"全资子公司|全資子公司|子公司|预|預|获|獲|中标|中標|收购|收購|回购|回購|减持|減持|增持|质押|質押))"
)
# What may open a clause before its subject: a date, a time word, a linking word.
_SUBJECT_PREFIX_RE = re.compile(
    r"(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|初|末|上旬|中旬|下旬)?(?:晚间|晚間|午间|午間|早间|早間|近日|日前)?"
    r"(?:本次|此次|其中|同时|同時|随后|隨後|此外|另外|据悉|據悉|今年|去年|近日|日前)?"
)
_SUBJECT_PREFIX_FIRST = frozenset("0123456789晚午早近日本此其同随隨另据據今去")
_SUBJECT_AFTER_RE = re.compile(_SUBJECT_AFTER)
_CJK_RUN_RE = re.compile(f"[{_CJK}]{{2,}}")
# the characters _SUBJECT_AFTER can start with (a cheap test before the regex)
_SUBJECT_AFTER_FIRST = frozenset(
    "".join(w[0] for w in _SUBJECT_ADVERBS + _SUBJECT_TIMES + _SUBJECT_VERBS) + "于於在以及与與(（:：0123456789"
)
# After a role word the party may also be followed by punctuation or "及/与/和" (股东常州福弘,).
_ROLE_NAME_RE = re.compile(
    rf"(?P<name>[{_CJK}]{{2,8}}?)(?:{_SUBJECT_AFTER}|[,，;；。(（、]|及其|及|与|與|和)"
)
# Runs that open a clause but are time, quantity or discourse words, not names.
_SUBJECT_JUNK_RE = re.compile(
    "季度|年度|半年|前天|昨天|今天|明天|午间|午間|晚间|晚間|早间|早間|期间|期間|目前|当前|當前|此前|"
    "之后|之後|以来|以來|合计|合計|共计|共計|累计|累計|总共|總共|总计|總計|连续|連續|间接|間接|直接|可能|"
    "预计|預計|预期|預期|资金|資金|如果|然而|或|个人|個人|全票|提前|详细|詳細|先后|先後|"
    "[一二两兩三四五六七八九十几幾多数數]次|[一二两兩三四五六七八九十百千几幾数數]亿|近期|近日|日前|今日|昨日|今年|去年|明年|亿元|億元|万元|萬元|万股|萬股|亿股|億股|实力|實力|"
    "股通|投资者|投資者|人民币|人民幣|接连|接連|陆续|陸續|相继|相繼|业务$|業務$|交易$|竞价$|競價$|违约|違約|合同|协议|協議|总股本|總股本|股本|比例|上限|下限|套现|套現|状态|狀態|进展|進展|系列|提示|变动|變動|[书書者们們]$|"
    # common nouns that open a clause before 以/通过 (以现金, 集中竞价方式, 二级市场)
    "(?:方式|系统|系統|市场|市場|现金|現金|股票|产品|產品|比例|费用|費用|房产|房產|年初|年底|年末|"
    "前期|月内|月內|手中|名下|数量|數量|价格|價格|金额|金額|总额|總額|规模|規模|部分|全部|一项|一項|"
    "[后後内內式])$|"
    "^(?:全年|年初|年底|二级|二級|尚未|未|大会|大會|大量|大举|大舉|清仓|清倉|一项|一項|名下|之|"
    "具体|具體|总体|總體|整体|整體)|(?:来看|來看|而言|来说|來說)$|"
    "^[一二两兩三四五六七八九十几幾数數多]{1,3}[份则則篇项項个個家只名位]"
)
# The object of a holding or trading verb, before a share count or 股份/股票:
# "减持甲乙科技逾900万股", "持有甲乙科技的股份", "购买甲乙科技股权".
_HOLD_VERBS = frozenset(_w("减持 減持 增持 持有 买入 買入 卖出 賣出 净买入 淨買入 净卖出 淨賣出 举牌 舉牌"))
_OBJECT_VERB_RE = re.compile(
    _trie_regex(_HOLD_VERBS | frozenset(_w("收购 收購 购买 購買 受让 受讓 转让 轉讓 出售 抛售 拋售")))
)
_HELD_NAME_RE = re.compile(
    rf"了?(?P<name>[{_CJK}]{{2,10}}?)"
    r"(?=(?:的)?(?:股份|股票|股权|股權|A股|H股|B股)|(?:逾|约|約|超过|超過|近|合计|合計|共|达|達)?\d)"
)
_SOLD_NAME_RE = re.compile(
    rf"了?(?P<name>[{_CJK}]{{2,10}}?)(?=(?:的)?(?:股份|股权|股權|全部股权|全部股權))"
)
# Who a court orders to pay: "判决甲乙科技于判决生效之日起十日内支付", "甲乙科技需支付".
_OBLIGED_RE = re.compile(
    r"(?:判决|判決|判令|责令|責令|裁定|要求)"
    rf"(?P<name>[{_CJK}]{{2,10}}?)"
    r"(?=(?:于|於|在|需|须|須|应|應|向|支付|赔偿|賠償|偿还|償還|归还|歸還|承担|承擔|返还|返還))"
)
_OBLIGED_SUBJECT_RE = re.compile(
    rf"(?P<name>[{_CJK}]{{2,8}}?)(?=(?:需|须|須|应|應)(?:合计|合計|共同|连带|連帶|向[{_CJK}]{{2,12}})?"
    r"(?:支付|赔偿|賠償|偿还|償還|归还|歸還|承担|承擔|返还|返還))"
)
# Words between a company and its stake: "X剩余40%股权", "X额外10%的股权".
_STAKE_MODIFIERS = ("剩余", "剩餘", "额外", "額外", "另外", "全部", "部分", "合计", "合計", "共计", "共計", "约", "約", "各")
# First characters of a run before a value that make it a quantity phrase, not a name.
_NOT_TARGET_FIRST = frozenset("均超逾约約近共各达達占佔至为為")
# A stake: "60%股权", "5.1%的股份" (what precedes it names the company whose equity it is).
_STAKE_PCT_RE = re.compile(r"[%％](?=(?:的)?(?:股权|股權|股份|权益|權益))")
_STAKE_NUMBER_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,6})?[ \t]?$")
_SUBJECT_VERB_RE = re.compile(
    "发布|發布|公告|补充|補充|解除|办理|辦理|进行|進行|再次|继续|繼續|开始|開始|已经|已經|正式|共同|分别|分別|"
    "首次|质押|質押|减持|減持|增持|回购|回購|收购|收購|中标|中標|持有|计划|計劃|宣布|披露|完成|获得|獲得|"
    "通过|通過|提供|申请|申請|签署|簽署|认购|認購|出资|出資|作价|作價|给付|給付|偿还|償還|成为|成為|"
    "表示|认为|認為|显示|顯示|称|稱|以|了|的|和|与|與|及|在|于|於|对|對|向|将|將|拟|擬|被|由|从|從|为|為|是"
)
_NOT_NAME_FIRST = frozenset("我你您他她它咱其已又预預占佔获獲确確保最同晚近今也还還再并並而但就都均仍即则則所要会會能可应應该該此这這那各每另据據截本自两兩符")
_NOT_NAME_LAST = frozenset("其已又预預的了时時间間也还還再并並至超")
_ROLE_INFIXES = ("股东", "股東", "控制人", "变动", "變動", "董事", "高管", "证券简称", "證券簡稱")
_TIME_WORDS = _ZH.word_set("TIME_WORDS")
_NOT_SUBJECT_ZH = _ZH.word_set("NOT_SUBJECT")
_SURNAMES = _ZH.word_set("SURNAMES")
# Role words right before a person's name (实际控制人王某某, 董事长李某).
_PERSON_ROLE_BEFORE = (
    "实际控制人", "實際控制人", "实控人", "實控人", "董事长", "董事長", "总裁", "總裁", "总经理", "總經理",
    "董事", "监事", "監事", "高管", "创始人", "創始人", "自然人", "法定代表人", "副总", "副總", "财务总监",
    "財務總監", "首席执行官", "首席執行官",
)
_ENUM_JOIN_RE = re.compile("和|及|与|與|以及")
_ENUM_END_RE = re.compile(
    "等|的|均|都|在|也|已|将|將|被|为|為|是|分别|分別|合计|合計|共|各|以|对|對|于|於"
)
_ABBR_RE = re.compile(
    r"[ \t]?[(（][ \t]{0,2}(?:以下|下文|下|以下统|以下統)?(?P<kw>简称|簡稱|称|稱)?[ \t]{0,2}[:：为為]?[ \t]{0,2}"
    rf"(?P<q>[“\"「『‘'])?(?P<abbr>[{_CJK}A-Za-z0-9·&\- ]{{2,16}}?)(?:[”\"」』’'])?"
    r"[ \t]{0,2}(?:[)）]|或|、|,|，|;|；)"
)
_ABBR_BAD_END = (
    "方",
    "人",
    "资产",
    "資產",
    "交易",
    "股份",
    "股权",
    "股權",
    "项目",
    "項目",
    "计划",
    "計劃",
)


@attrs.frozen(eq=False)
class CompanyFinder:
    """Finds company mentions with a gazetteer and rules; build it with :meth:`load`.

    >>> f = CompanyFinder.load()
    >>> f.canonical("TWLO"), f.canonical("珠海格力电器股份有限公司"), f.canonical("Acme Corp.")
    ('Twilio', '格力电器', 'Acme')
    """

    entries: tuple[CompanyEntry, ...]
    _by_key: Mapping[str, tuple[CompanyEntry, bool]] = attrs.field(repr=False)
    _cjk_re: re.Pattern[str] = attrs.field(repr=False)
    _latin_keys: Mapping[str, tuple[CompanyEntry, bool]] = attrs.field(repr=False)
    _exact_forms: Mapping[str, frozenset[str]] = attrs.field(repr=False)
    _first_en: Mapping[str, int] = attrs.field(repr=False)
    _first_zh: Mapping[str, int] = attrs.field(repr=False)
    _by_canon: Mapping[str, CompanyEntry] = attrs.field(repr=False)

    # -- construction --------------------------------------------------------------------
    @classmethod
    def load(cls, dirs: Sequence[str | Path] = ()) -> CompanyFinder:
        """The built-in gazetteer, then each of ``dirs`` (their ``companies.jsonl``).

        A later file's entry with the same ``name`` replaces the earlier one. Raises
        :class:`extractor.PatternError` naming the file and line of a malformed entry.
        """
        by_name: dict[str, CompanyEntry] = {}
        for path in iter_pattern_files([builtin_patterns_dir(), *dirs], "companies.jsonl"):
            for entry in _read_companies(path):
                by_name.pop(entry.name, None)
                by_name[entry.name] = entry
        return cls.from_entries(by_name.values())

    @classmethod
    def from_entries(cls, entries: Iterable[CompanyEntry]) -> CompanyFinder:
        """A finder over ``entries`` (later entries win an alias both claim).

        >>> f = CompanyFinder.from_entries([CompanyEntry("Acme", ("ACME", "阿克米"))])
        >>> [m.name for m in f.find("阿克米和ACME", "zh")]
        ['Acme', 'Acme']
        """
        ents = tuple(entries)
        by_key: dict[str, tuple[CompanyEntry, bool]] = {}
        latin: dict[str, tuple[CompanyEntry, bool]] = {}
        forms: dict[str, set[str]] = {}
        first_en: dict[str, int] = {}
        first_zh: dict[str, int] = {}
        cjk_words: set[str] = set()
        by_canon: dict[str, CompanyEntry] = {}
        for e in ents:
            for alias in e.all_names():
                key = _fold(alias)
                if not key:
                    continue
                # the same canonical_name as look-ups use: "Booking Holdings Inc." and
                # "长实集团有限公司" find "Booking Holdings" and "长实集团"
                by_canon[_fold(canonical_name(alias))] = e
                exact = _exact_case_only(alias)
                prev = by_key.get(key)
                by_key[key] = (e, exact and prev[1] if prev is not None and prev[0] is e else exact)
                words = [alias[a:b] for a, b in _latin_token_spans(alias)]
                if _is_alnum_ascii(alias[0]) and not _CJK_RE.search(alias) and words:
                    lk = " ".join(w.lower() for w in words)
                    prev = latin.get(lk)
                    same = prev is not None and prev[0] is e
                    latin[lk] = (e, exact and prev[1] if same and prev is not None else exact)
                    if not same:
                        forms.pop(lk, None)
                    if exact:
                        forms.setdefault(lk, set()).add(" ".join(words))
                    first = words[0].lower()
                    first_zh[first] = max(first_zh.get(first, 0), len(words))
                    if e.lang != "zh":
                        first_en[first] = max(first_en.get(first, 0), len(words))
                elif e.lang != "en":
                    cjk_words.add(_WS_RE.sub(" ", alias).strip())
        cjk_re = re.compile(_trie_regex(cjk_words) if cjk_words else r"(?!x)x")
        return cls(
            ents,
            MappingProxyType(by_key),
            cjk_re,
            MappingProxyType(latin),
            MappingProxyType({k: frozenset(v) for k, v in forms.items()}),
            MappingProxyType(first_en),
            MappingProxyType(first_zh),
            MappingProxyType(by_canon),
        )

    # -- lookups ---------------------------------------------------------------------------
    def lookup(self, alias: str) -> CompanyEntry | None:
        """The gazetteer entry ``alias`` names (a name or alias, any case), or None.

        >>> CompanyFinder.load().lookup("腾讯").ticker
        '0700.HK'
        """
        hit = self._by_key.get(_fold(alias))
        return hit[0] if hit else None

    def _lookup_loose(self, name: str) -> CompanyEntry | None:
        """The entry ``name`` names as written, else by its :func:`canonical_name` (matched
        against the entries' names and aliases and their canonical names), else (Chinese)
        by the canonical name without 股份 or a share class."""
        s = _WS_RE.sub(" ", name).strip()
        e = self.lookup(s)
        if e is not None:
            return e
        c = canonical_name(s)
        e = self.lookup(c) or self._by_canon.get(_fold(c))
        if e is not None:
            return e
        if _CJK_RE.search(c):
            stripped = _strip_zh_legal_words(c)
            if stripped and stripped != c:
                return self.lookup(stripped) or self._by_canon.get(_fold(stripped))
        return None

    def canonical(self, name: str) -> str:
        """The gazetteer name for ``name`` (an alias, or an alias plus legal words), else
        :func:`canonical_name`.

        >>> f = CompanyFinder.load()
        >>> f.canonical("Facebook Inc.'s"), f.canonical("阿里巴巴集团"), f.canonical("宜昌兴发集团有限责任公司")
        ('Meta', '阿里巴巴', '宜昌兴发')
        >>> f.canonical("Booking Holdings Inc."), f.canonical("长实集团有限公司")
        ('Booking Holdings', '长实集团')
        """
        e = self._lookup_loose(name)
        return e.name if e is not None else canonical_name(name)

    def from_span(self, text: str, start: int, end: int) -> CompanyMention | None:
        """A mention for a span found elsewhere (an NER ``ORG`` span), with source "ner".

        Trims spaces, a leading "the" and trailing punctuation (keeping the span exact),
        maps gazetteer aliases to their name and ticker, and returns None for pronouns
        ("the Company", "该公司") and empty spans.

        >>> f = CompanyFinder.load()
        >>> text = "Revenue at the Twilio Inc.'s unit and at Acme Corp. grew."
        >>> m = f.from_span(text, 11, 28)
        >>> m.text, m.name, m.ticker, m.source
        ("Twilio Inc.'s", 'Twilio', 'TWLO', 'ner')
        >>> f.from_span(text, 41, 51).name, f.from_span("the Company said", 0, 11)
        ('Acme', None)
        """
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}..{end} is outside the text (length {len(text)})")
        s, e = start, end
        while s < e and (text[s].isspace() or text[s] in _QUOTES_OPEN):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in _TRAILING_PUNCT):
            e -= 1
        if e - s > 4 and text[s : s + 4].lower() == "the " and not is_pronoun_company(text[s:e]):
            s += 4
        span = text[s:e]
        if not span or is_pronoun_company(span):
            return None
        entry = self._lookup_loose(span)
        if entry is not None:
            return CompanyMention(s, e, span, entry.name, entry.ticker, "ner")
        name = canonical_name(span)
        return CompanyMention(s, e, span, name, None, "ner") if name else None

    def subject_en(self, sentence: str) -> CompanyMention | None:
        """The company an English sentence opens with as its subject, by its grammar alone:
        a capitalised name ending in a company word (Inc., Corp., Holdings, Foods, Energy,
        ...) at the start (after "Shares of", "BRIEF-"), followed by "'s" or a reporting
        or corporate verb. A mention with source "subject", or None.

        >>> f = CompanyFinder.load()
        >>> f.subject_en("Kestrel Energy Holdings said revenue rose 5% to $2 billion.").name
        'Kestrel Energy'
        >>> f.subject_en("Shares of Brightline Foods fell 3%.").text
        'Brightline Foods'
        >>> f.subject_en("Jane Doe said revenue rose 5%."), f.subject_en("The Company's dividend")
        (None, None)
        >>> f.subject_en("The Acme Corp. said it would cut 300 jobs.").name
        'Acme'

        """
        m = _SUBJECT_EN.match(sentence)
        if m is None:
            return None
        a, b = m.span("name")
        words = sentence[a:b].split()
        if any(w in _LATIN_STOP for w in words[1:]):
            return None  # "Stock Repurchase Programs The Company's": a heading run on
        last = words[-1].rstrip(",") if words else ""
        if not words or (last not in _COMPANY_WORDS_EN and last not in _INDUSTRY_WORDS_EN):
            return None
        if last not in _INDUSTRY_WORDS_EN and _looks_like_person(words):
            return None
        mention = self.from_span(sentence, a, b)
        return attrs.evolve(mention, source="subject") if mention is not None else None

    def acquired_en(self, text: str) -> list[str]:
        """Names an English document says were acquired ("our acquisitions, particularly
        Segment and Zipwhip", "the acquisition of Acme", "we acquired Brightline", "the
        Zipwhip acquisition"): a call speaks of its own company by default, so these are the
        other companies its values can belong to. Capitalised names only; pronouns and
        words of finance are not names.

        >>> f = CompanyFinder.load()
        >>> f.acquired_en("our acquisitions, particularly Segment and Zipwhip and our partners")
        ['Segment', 'Zipwhip']
        >>> f.acquired_en("We closed the acquisition of Brightline Foods in May. The Q3 acquisition")
        ['Brightline Foods']
        >>> f.acquired_en("the acquisition of the Company")
        []
        """
        names: list[str] = []
        for m in _ACQUIRED_EN.finditer(text):
            for name in _ACQUIRED_LIST_SEP.split(m.group("names") or m.group("before")):
                words = name.split()
                while words and words[0] in _ACQ_DETERMINERS:
                    words = words[1:]  # "Our Zipwhip acquisition"
                name = " ".join(words)
                if not words or any(w in _LATIN_STOP or w.lower() in _NOT_ACQUIRED for w in words):
                    continue
                if _NOT_A_NAME_START.fullmatch(words[0]) or is_pronoun_company(name):
                    continue
                if name not in names:
                    names.append(name)
        return names

    def mentions_of(self, text: str, names: Sequence[str]) -> list[CompanyMention]:
        """Whole-word, capitalised occurrences of ``names`` in ``text`` (source "acquired").

        >>> f = CompanyFinder.load()
        >>> [(m.text, m.start) for m in f.mentions_of("For Segment, a segment of Segments", ["Segment"])]
        [('Segment', 4)]
        """
        if not names:
            return []
        # one pattern for all names (longest first), cached by ``re`` across sentences
        alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        return [
            CompanyMention(m.start(), m.end(), m.group(), m.group(), None, "acquired")
            for m in re.finditer(rf"(?<![\w&.-])(?:{alt})(?![\w&-])", text)
        ]

    # -- finding -----------------------------------------------------------------------------
    def find(self, text: str, lang: Lang) -> list[CompanyMention]:
        """Company mentions in ``text`` (in order, not overlapping).

        ``lang`` "en": gazetteer names and aliases (and a name before ``(NYSE: XXX)``);
        "zh": gazetteer, stock-code forms, company-word suffixes and Latin-script names.

        >>> f = CompanyFinder.load()
        >>> [m.text for m in f.find("Uber、Box、EMC等都是该公司的客户，四家科技公司完成上市。", "zh")]
        ['Uber', 'Box', 'EMC']
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        if not text:
            return []
        if lang == "en":
            toks = _latin_token_spans(text)
            cands = self._gazetteer_latin(text, toks, "en")
            cands += self._codes(text, cands, lang)
        elif lang == "zh":
            toks = _latin_token_spans(text)
            cands = self._gazetteer_latin(text, toks, "zh")
            cands += self._gazetteer_zh(text)
            cands += self._codes(text, cands, lang)
            cands += self._st_names(text)
            cands += self._suffixes(text)
            cands += self._latin(text, toks, {(c.start, c.end) for c in cands})
            cands += self._announcers(text)
            cands += self._subjects(text, cands)
            cands += self._stake_targets(text, cands)
            cands += self._objects(text, cands)
            cands = _resolve(cands, len(text))
            cands += self._enumerations(text, cands)
            abbrs = self._abbreviations(text, cands)
            cands += abbrs
            cands += self._repeats(text, cands)
        else:
            raise ValueError(f'lang must be "en" or "zh", got {lang!r}')
        out = _resolve(cands, len(text))
        if lang == "zh" and abbrs:  # a name the document defines means what it defines
            defined = {text[c.start : c.end]: c for c in abbrs}
            for i, c in enumerate(out):
                d = defined.get(text[c.start : c.end])
                if d is not None and (c.name, c.ticker) != (d.name, d.ticker):
                    out[i] = attrs.evolve(c, name=d.name, ticker=d.ticker or c.ticker)
        mentions = []
        for c in out:
            a, b = c.start, c.end
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                mentions.append(CompanyMention(a, b, text[a:b], c.name, c.ticker, c.source))
        return mentions

    # gazetteer
    def _gazetteer_latin(self, text: str, toks: list[tuple[int, int]], lang: Lang) -> list[_Cand]:
        """Latin-script names and aliases, matched on whole words (n-grams of tokens)."""
        first_map = self._first_en if lang == "en" else self._first_zh
        out: list[_Cand] = []
        n = len(toks)
        i = 0
        while i < n:
            s0, e0 = toks[i]
            low = text[s0:e0].lower()
            maxk = first_map.get(low)
            if maxk is None:
                maxk = 1 if _strip_possessive(low) in first_map else 0
            k = min(maxk, n - i)
            for j in range(i, i + k - 1):  # words must be one space apart
                if text[toks[j][1] : toks[j + 1][0]] != " ":
                    k = j - i + 1
                    break
            hit = None
            while k > 0:
                hit = self._latin_hit(text, toks[i : i + k], lang)
                if hit is not None:
                    break
                k -= 1
            if hit is None:
                i += 1
                continue
            entry, end = hit
            if lang == "en" and _PERSON_INITIAL_RE.match(text, end):  # Meta A. Marshall
                i += k
                continue
            out.append(_Cand(s0, end, entry.name, entry.ticker, "gazetteer", 0))
            i += k
        return out

    def _latin_hit(
        self, text: str, span: list[tuple[int, int]], lang: Lang
    ) -> tuple[CompanyEntry, int] | None:
        words = [text[a:b] for a, b in span]
        key = " ".join(w.lower() for w in words)
        hit = self._latin_keys.get(key)
        end = span[-1][1]
        if hit is None:
            last = _strip_possessive(words[-1])
            if last == words[-1]:
                return None
            words[-1] = last
            key = " ".join(w.lower() for w in words)
            hit = self._latin_keys.get(key)
            if hit is None:
                return None
        entry, exact = hit
        if lang == "en" and entry.lang == "zh":
            return None
        written = " ".join(words)
        if exact:
            if written not in self._exact_forms.get(key, frozenset()):
                return None
        elif written[0].islower() and not any(a[:1] == written[0] for a in entry.all_names()):
            return None  # "apple", "box": common words, not names
        if text[end : end + 1] == "." and words[-1] in ("Inc", "Corp", "Co", "Ltd", "Bros"):
            end += 1
        return entry, end

    def _gazetteer_zh(self, text: str) -> list[_Cand]:
        """Chinese names and aliases, longest first (with an A/B share-class letter)."""
        out: list[_Cand] = []
        for m in self._cjk_re.finditer(text):
            word = m.group()
            start, end = m.start(), m.end()
            if _is_alnum_ascii(word[0]) and start > 0 and _is_alnum_ascii(text[start - 1]):
                continue
            hit = self._by_key.get(_fold(word))
            if hit is None or _blocked_zh(word, text, start, end):
                continue
            entry = hit[0]
            if (
                _is_cjk(word[-1])
                and text[end : end + 1] in ("A", "B")
                and not _is_alnum_ascii(text[end + 1 : end + 2] or " ")
            ):
                end += 1
            out.append(_Cand(start, end, entry.name, entry.ticker, "gazetteer", 0))
        return out

    # stock codes
    def _codes(self, text: str, prior: list[_Cand], lang: Lang) -> list[_Cand]:
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
            out.append(_Cand(s, e, self.canonical(text[s:e]), ticker, "code", 1))
        return out

    def _st_names(self, text: str) -> list[_Cand]:
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
    def _suffixes(self, text: str) -> list[_Cand]:
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
            start = _left_start(text, core_end, max_core)
            if start is None:
                continue
            core = text[start:core_end]
            if _is_generic_core(core) or core.endswith(_CORE_BAD_END):
                continue
            if len(core) <= 2 and core.endswith(_CORE_BAD_END_SHORT):
                continue
            if m.group() in ("股份", "控股") and len(core) != 2:  # A-share short names: 金固股份
                continue
            name_text = text[start:end]
            if name_text in _NOT_COMPANY_ZH or is_pronoun_company(name_text):
                continue
            entry = self._lookup_loose(name_text)
            if entry is not None:
                out.append(_Cand(start, end, entry.name, entry.ticker, "suffix", 2))
            else:
                out.append(_Cand(start, end, canonical_name(name_text), None, "suffix", 2))
        return out

    # who announces: 大参林公告, 安德利晚间发布公告
    def _announcers(self, text: str) -> list[_Cand]:
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
            out.append(_Cand(s, e, self.canonical(w), None, "suffix", 3))
        return out

    def _subjects(self, text: str, prior: list[_Cand]) -> list[_Cand]:
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
            if any(s < b and a < e and not (a == s and b < e and (a, b) in short_gaz) for a, b in taken):
                continue
            w = text[s:e]
            if not _plausible_short_name(w):
                continue
            if e - s <= 4 and text.endswith(_PERSON_ROLE_BEFORE, max(0, s - 6), s):
                continue  # a person: 实际控制人王某某拟减持
            taken.append((s, e))
            out.append(_Cand(s, e, self.canonical(w), None, "suffix", 4))
        return out

    def _stake_targets(self, text: str, prior: list[_Cand]) -> list[_Cand]:
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
            if _is_latin(w[0]) or w[0] in _NOT_TARGET_FIRST or not _plausible_short_name(w, target=True):
                continue
            out.append(_Cand(s, e, self.canonical(w), None, "suffix", 4))
        return out

    def _objects(self, text: str, prior: list[_Cand]) -> list[_Cand]:
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
            if any(s < b and a < e for a, b in taken):
                continue
            w = text[s:e]
            if w[0] in _NOT_TARGET_FIRST or not _plausible_short_name(w, target=True):
                continue
            taken.append((s, e))
            out.append(_Cand(s, e, self.canonical(w), None, "suffix", 4))
        return out

    # Latin-script names
    def _latin(
        self, text: str, toks: list[tuple[int, int]], known: set[tuple[int, int]]
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
            if words[0] in _LATIN_STOP or all(
                w in _LATIN_STOP or w in _LATIN_JOINERS for w in words
            ):
                continue
            if len(words) == 1 and len(words[0]) <= 2:
                continue
            if any(ch.isdigit() for ch in text[s:e]):  # A3800-D: a model number
                continue
            if _looks_like_person(words):  # Elon Musk, Jeff
                continue
            written = text[s:e]
            entry = self._lookup_loose(written)
            if entry is not None:
                out.append(_Cand(s, e, entry.name, entry.ticker, "latin", 3))
            else:
                out.append(_Cand(s, e, canonical_name(written), None, "latin", 3))
        return out

    # lists of companies: 葛洲坝、杰瑞股份、宇通客车和三花智控
    def _enumerations(self, text: str, found: list[_Cand]) -> list[_Cand]:
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
                out.append(_Cand(s, e, self.canonical(w), None, "suffix", 3))
        return out

    # names a document defines or repeats
    def _abbreviations(self, text: str, found: list[_Cand]) -> list[_Cand]:
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

    def _repeats(self, text: str, found: list[_Cand]) -> list[_Cand]:
        known: dict[str, _Cand] = {}
        for c in found:
            if c.source == "gazetteer":
                continue
            w = text[c.start : c.end]
            if len(w) >= 2 and (c.source != "latin" or len(w) >= 3) and w not in known:
                known[w] = c
        if not known:
            return []
        pat = re.compile("|".join(re.escape(w) for w in sorted(known, key=len, reverse=True)))
        out: list[_Cand] = []
        for m in pat.finditer(text):
            w = m.group()
            s, e = m.start(), m.end()
            if _is_alnum_ascii(w[0]) and s > 0 and _is_alnum_ascii(text[s - 1]):
                continue
            if _is_alnum_ascii(w[-1]) and e < len(text) and _is_alnum_ascii(text[e]):
                continue
            c = known[w]
            out.append(_Cand(s, e, c.name, c.ticker, c.source, c.rank + 1))
        return out


# -- helpers ------------------------------------------------------------------------------
_LATIN_TOKEN_RE = re.compile(r"&|[A-Za-z0-9](?:[A-Za-z0-9&.'’\-]{0,40}[A-Za-z0-9&])?")
_LATIN_JOINERS = frozenset({"&", "of", "and", "de", "la"})


def _latin_token_spans(text: str) -> list[tuple[int, int]]:
    """Spans of Latin-script words (``Amazon.com``, ``AT&T``, ``Twilio's``, ``&``)."""
    return [m.span() for m in _LATIN_TOKEN_RE.finditer(text)]


def _strip_possessive(word: str) -> str:
    if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
        return word[:-2]
    return word


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


# Short Chinese aliases that are also parts of common words (高通胀, 亚马逊雨林, 三星级).
_ZH_BLOCK_AFTER: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "高通": ("胀", "脹", "货", "貨"),
        "亚马逊": ("雨林", "河", "流域", "森林"),
        "亞馬遜": ("雨林", "河", "流域", "森林"),
        "三星": ("级", "級", "堆"),
        "海底捞": ("针", "針", "月"),
        "苹果": ("汁", "树", "樹", "醋", "园", "園", "酒"),
        "小米": ("粥", "饭", "飯", "椒"),
        "快手": ("快脚",),
        "阿里": ("山", "地区", "地區"),
        "茅台": ("镇", "鎮"),
        "中行": ("业", "業"),
    }
)
_ZH_BLOCK_BEFORE: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"快手": ("很", "是", "老", "新"), "新浪": ("掀起", "一波"), "京东": ("华", "北", "东")}
)


def _blocked_zh(word: str, text: str, start: int, end: int) -> bool:
    after = _ZH_BLOCK_AFTER.get(word)
    if after and text.startswith(after, end):
        return True
    before = _ZH_BLOCK_BEFORE.get(word)
    return bool(before) and any(text.endswith(b, 0, start) for b in before or ())


def _continues(text: str, end: int) -> bool:
    """True when the company word at ``text[..end]`` is part of a longer common noun."""
    nxt = text[end : end + 2]
    return nxt in _CONTINUATIONS or nxt[:1] in _CONTINUATIONS


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
        left = n - p
        latin_left = left >= 1 and _is_latin(run[p])
        for ln in range(1, min(_BOUNDARY_MAX, p) + 1):
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


_NOT_NAME_OPENERS = ("上市公司", "下属公司", "下屬公司", "公司", "股份", "股票", "股权", "股權")


def _left_start(text: str, cs: int, max_core: int) -> int | None:
    """Where the name ending in the company word at ``cs`` starts, or None."""
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
    for w in _NOT_NAME_OPENERS:
        if text.startswith(w, start) and cs - start - len(w) >= 2:
            start += len(w)
            break
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


_COMPANY_WORDS_EN = _EN.word_set("COMPANY_WORDS")
_FIRST_NAMES = _EN.word_set("FIRST_NAMES")


# words that end a company's name ("Meridian Health", "Granite Peak Mining") where they end
# the subject of a sentence of business news (a reporting verb follows)
_INDUSTRY_WORDS_EN = _EN.word_set("INDUSTRY_WORDS")
# an English sentence's subject: a capitalised name at its start (after "Shares of",
# "BRIEF-"), then "'s", a reporting or corporate verb, or a headline's quarter
_SUBJECT_EN = re.compile(
    r"(?:BRIEF-|(?:[Ss]hares|[Ss]tock) of )?"
    r"(?P<name>[A-Z][A-Za-z0-9&.\-]*(?: (?:[A-Z][A-Za-z0-9&.\-]*|&)){0,5})"
    r"(?='s\b|,? (?:said|says|reported|reports|posted|posts|sees|saw|forecast|forecasts|"
    r"expects|expected|raised|raises|cut|cuts|to|agreed|agrees|plans|planned|ended|announced|"
    r"announces|named|names|priced|prices|shares|stock|beat|beats|missed|misses|lowered|lowers|"
    r"will|would|rose|fell|jumped|slid|climbed|dropped|delivered|reaffirmed|boosted|swung|"
    r"[1-4]?Q[1-4]|Q[1-4]|on [A-Z][a-z]+day)\b)"
)


# a document's own acquisitions: "acquisition(s) of X", "acquisitions, particularly X and
# Y", "acquired X", "X acquisition" (a name: capitalised words, at most four)
_ACQ_NAME = r"[A-Z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*){0,3}"
_ACQUIRED_EN = re.compile(
    r"(?:\b(?:acquisitions?|acquiring|acquired|purchase|merger with)"
    r"(?:,? (?:particularly|including|namely|such as|like|of))?(?: the)? "
    rf"(?P<names>{_ACQ_NAME}(?:(?:, | and |, and ){_ACQ_NAME})*))"
    rf"|(?P<before>{_ACQ_NAME})(?= acquisition\b)"
)
_ACQUIRED_LIST_SEP = re.compile(r", and |, | and ")
_NOT_A_NAME_START = re.compile(
    r"(?:Q[1-4]|[1-4]Q|FY\d*|\d.*|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|First|Second|Third|Fourth|Fiscal|Full|Strategic|"
    r"Accounting|Total|Recent|Pending|Proposed|Completed|Closed|Announced)"
)
_ACQ_DETERMINERS = frozenset(_w("The This That These Those Our Its Their Your A An"))
_NOT_ACQUIRED = frozenset(
    _w(
        "company business businesses assets customers shares stock talent team gaap non-gaap "
        "revenue costs cost related expenses expense integration"
    )
)


def _looks_like_person(words: list[str]) -> bool:
    """A Latin run that reads as a person's name (Jeff, Elon Musk) rather than a company."""
    if any(w in _COMPANY_WORDS_EN for w in words):
        return False
    if len(words) == 1:
        return words[0] in _FIRST_NAMES
    return len(words) <= 3 and all(
        w[:1].isupper() and w.isalpha() and not w.isupper() for w in words
    )


def _is_generic_core(core: str) -> bool:
    return _GENERIC_CORE_RE.fullmatch(core) is not None


def _strip_zh_legal_words(name: str) -> str:
    """``name`` without its legal-form words (有限公司, 集团, 股份, 控股) and share class.

    Industry words stay: 复星医药 and 复星, 三星医疗 and 三星 are different companies.

    >>> _strip_zh_legal_words("阿里巴巴集团控股有限公司"), _strip_zh_legal_words("复星医药")
    ('阿里巴巴', '复星医药')
    """
    s = name
    words = _LEGAL_STRIP + ("股份",)
    for _ in range(4):
        for w in words:
            if s.endswith(w) and len(s) > len(w) + 1:
                s = s[: -len(w)]
                break
        else:
            break
    if len(s) > 2 and s[-1] in "AB" and _is_cjk(s[-2]):
        s = s[:-1]
    return s


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


def _plausible_short_name(w: str, target: bool = False) -> bool:
    """Can ``w`` (a run found by position, not by a company word) be a company's name?

    Rejects pronouns, generic words, bodies that are not companies (法院, 证监会), persons
    (a surname and one or two characters), runs holding a verb or function word, time,
    quantity and discourse words. ``target``: a stake's owner (收购X 60%股权), where
    the first character is not checked against clause-opening adverbs.

    >>> [_plausible_short_name(w) for w in ["凯撒旅游", "二季度", "期间合计", "王小明", "直接或间接"]]
    [True, False, False, False, False]
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
    )


def _resolve(cands: list[_Cand], n: int) -> list[_Cand]:
    """Keep the strongest non-overlapping candidates, in text order.

    A rule-found name that swallows a gazetteer name at its right end (向华夏银行) gives
    way to it; identical spans merge (a code's ticker wins); otherwise longer wins.
    """
    if not cands:
        return []
    gaz_by_end: dict[int, list[_Cand]] = {}
    for c in cands:
        if c.source == "gazetteer":
            gaz_by_end.setdefault(c.end, []).append(c)
    tickers: dict[tuple[int, int], str] = {}
    for c in cands:
        if c.source == "code" and c.ticker is not None:
            tickers.setdefault((c.start, c.end), c.ticker)
    pool = []
    for c in cands:
        if c.source != "gazetteer" and any(g.start > c.start for g in gaz_by_end.get(c.end, ())):
            continue
        pool.append(c)
    pool.sort(key=lambda c: (-(c.end - c.start), c.rank, c.start))
    taken: list[_Cand] = []
    occupied = bytearray(n + 1)
    for c in pool:
        if any(occupied[c.start : c.end]):
            continue
        t = tickers.get((c.start, c.end))
        if t is not None and t != c.ticker:
            c = attrs.evolve(c, ticker=t)
        elif c.ticker is None:
            t2 = next((t for (s, e), t in tickers.items() if e == c.end and s >= c.start), None)
            if t2 is not None:
                c = attrs.evolve(c, ticker=t2)
        taken.append(c)
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
    taken.sort(key=lambda c: c.start)
    return taken


#: No company name or alias is longer (the gazetteer regex nests one level per character).
MAX_ALIAS_CHARS = 200


def _read_companies(path: Path) -> list[CompanyEntry]:
    rows = read_jsonl(path, COMPANY_SCHEMA)
    out: list[CompanyEntry] = []
    names: dict[str, int] = {}
    owners: dict[str, tuple[str, int]] = {}
    for lineno, row in rows:
        name = row["name"].strip()
        if not name:
            raise PatternError(path, lineno, 'key "name": empty string')
        if name in names:
            raise PatternError(
                path, lineno, f'duplicate name "{name}" (first on line {names[name]})'
            )
        names[name] = lineno
        aliases = tuple(
            dict.fromkeys(a.strip() for a in row.get("aliases", []) if a.strip() != name)
        )
        ticker = row.get("ticker")
        if ticker is not None and (not ticker.strip() or any(ch.isspace() for ch in ticker)):
            raise PatternError(path, lineno, f'key "ticker": {ticker!r} is not a ticker')
        for alias in (name, *aliases):
            key = _fold(alias)
            if len(key) < 2:
                raise PatternError(
                    path, lineno,
                    f'alias "{alias}" of "{name}": a one-character name would match inside ordinary text',
                )
            if len(alias) > MAX_ALIAS_CHARS:
                raise PatternError(
                    path, lineno, f'alias of "{name[:40]}": longer than {MAX_ALIAS_CHARS} characters'
                )
            owner = owners.get(key)
            if owner is not None and owner[0] != name:
                raise PatternError(
                    path,
                    lineno,
                    f'alias "{alias}" of "{name}" is already claimed by "{owner[0]}" (line {owner[1]})',
                )
            owners[key] = (name, lineno)
        lang = row.get("lang", "any")
        out.append(CompanyEntry(name, aliases, ticker, lang))
    return out
