"""Chinese cue words read by the quantities stage and the number and money normalisers
(``extractor/quantit*.py``, ``extractor/normalize/numbers.py``, ``normalize/money.py``)."""

from __future__ import annotations

# numeral digits (everyday, financial and spoken forms) and their values
NUMERAL_DIGITS = {
    "零": 0, "〇": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "倆": 2, "俩": 2,
    "三": 3, "叁": 3, "參": 3, "参": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip

# units below 万 (they multiply the digit before them)
NUMERAL_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}

# scale characters that close a group, like "million"
NUMERAL_BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}

# the decimal point written as a word ("十二点五")
NUMERAL_POINT = frozenset("点點")

# "十余万", "1000多万": more than the number, which stays as written
NUMERAL_APPROX = frozenset("余餘多来來")

# "二十几万": an unknown digit (the known part is the value)
NUMERAL_VAGUE_DIGITS = frozenset("几幾")

# digits for "two" never read digit by digit ("两两" is not 22)
NUMERAL_PAIR_DIGITS = frozenset("两兩倆俩")

# a negative sign written as a word ("负5%")
NUMERAL_NEGATIVE = ("负", "負")

# every character a Chinese numeral may contain (a quick test before reading one)
NUMERAL_CHARS = "零〇一二两兩三四五六七八九十百千万萬亿億兆壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟几幾点點分"
