"""Traditional Chinese: the forms the Simplified cue words take in Traditional script.

The other part modules write their word lists in Simplified script only. When the language
loads (``lang/zh/__init__``), every word gets its Traditional form from :data:`CHARS`, and
the words no character table can give are added from :data:`WORDS`. So a rule written once
reads 银行 and 銀行, 集团 and 集團 alike, and a Traditional-script fix is made here.

Regular-expression fragments keep writing both scripts inline (``[个個]``, ``增长|增長``): a
character class or an alternation cannot be converted word by word without changing what
it matches.
"""

from __future__ import annotations

from .traditional_chars import PAIRS

# Simplified -> Traditional, one pair per entry, for every character whose Traditional form
# does not depend on the word (the table and its source: .traditional_chars). Characters
# that do (于: 於 in 关于, 于 as a surname; 制: 製 in 制药, 制 in 控制; 并, 余, 台, 注, 游,
# 占, 准, 系, 范, 钟, 咨, 干, 岳, 郁, 只) are left out: they stay as written, and the words
# where they change are in WORDS.
CHARS = {pair[0]: pair[1] for pair in PAIRS.split()}

# Traditional forms the table cannot give, by fragment, each beside its Simplified word: a
# character whose form depends on the word (制药 製藥, 关于 關於, 其余 其餘), or another word
# in Traditional use (信息 資訊, 链接 連結, 报道 報導).
WORDS = {
    "INDUSTRY_STRONG": {"制药": "製藥"},
    "SURNAMES": {"钟": "鍾", "闫": "閻"},
    "COMPANY_WORD_CONTINUATIONS": {"账户": "帳戶"},
    "COMPANY_AFTER_NAME": {"于": "於"},
    "COMPANY_NAME_BOUNDARIES": {
        "并": "並",
        "并且": "並且",
        "位于": "位於",
        "占": "佔",
        "并购": "併購",
        "合并": "合併",
        "基准日": "基準日",
        "报道": "報導",
        "对于": "對於",
        "属于": "屬於",
        "于": "於",
        "由于": "由於",
        "制造商": "製造商",
        "注册": "註冊",
        "关于": "關於",
    },
    "COMPANY_STAKE_MODIFIERS": {"剩余": "剩餘"},
    "COMPANY_NOT_TARGET_FIRST": {"占": "佔"},
    "COMPANY_NOT_NAME_FIRST": {"并": "並", "占": "佔"},
    "COMPANY_NOT_NAME_LAST": {"并": "並"},
    "COMPANY_GENERIC_CORES": {
        "咨询": "諮詢",
        "游戏": "遊戲",
        "制药": "製藥",
        "信息": "資訊",
        "并购": "併購",
        "其余": "其餘",
        "剩余": "剩餘",
    },
    "NOT_NAME": {"备注": "備註", "链接": "連結", "附注": "附註"},
    "NUMERAL_APPROX": {"余": "餘"},
}
