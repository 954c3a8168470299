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
NUMERAL_POINT = frozenset("点")

# "十余万", "1000多万": more than the number, which stays as written
NUMERAL_APPROX = frozenset("余多来")

# "二十几万": an unknown digit (the known part is the value)
NUMERAL_VAGUE_DIGITS = frozenset("几")

# digits for "two" never read digit by digit ("两两" is not 22)
NUMERAL_PAIR_DIGITS = frozenset("两俩")

# a negative sign written as a word ("负5%")
NUMERAL_NEGATIVE = ("负",)

# every character a Chinese numeral may contain (a quick test before reading one)
NUMERAL_CHARS = "零〇一二两兩三四五六七八九十百千万萬亿億兆壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟几幾点點分"

# the digit characters a Chinese numeral in running text starts with (not 零/〇)
QUANTITY_DIGIT_CHARS = "一二两兩三四五六七八九壹贰貳叁肆伍陆陸柒捌玖"

# the unit characters of a Chinese numeral (十 to 兆, everyday and financial forms)
QUANTITY_UNIT_CHARS = "十百千万亿萬億兆拾佰仟"

# "十余万", "1000多万": more than the number, inside the span
QUANTITY_APPROX_CHARS = "余多"

# a numeral character right before "百分之" (then it is no percent prefix)
QUANTITY_NUMERAL_BEFORE = r"[\d零〇一二两兩三四五六七八九十百千万亿萬億壹贰貳叁肆伍陆陸柒捌玖拾佰仟]"

# the fraction words before a percent, per mille or per ten thousand ("百分之五十")
QUANTITY_PERCENT_PREFIXES = r"百分之|千分之|萬分之|万分之"

# percentage points after a number ("2个百分点")
QUANTITY_POINT_WORDS = r"[个個]?[ ]?百分[点點]"

# basis points after a number ("25个基点")
QUANTITY_BASIS_POINT_WORDS = r"[个個]?[ ]?基[点點]"

# the share noun after a number ("1000万股"), not the start of 股东, 股价 and the like
QUANTITY_SHARE_WORDS = r"股(?![东東权權价價本市息民票指])"

# after a number and its classifier 个: 亿 (spoken "3.5个亿", "2个多亿"), no count of 个
QUANTITY_SPOKEN_YI_AFTER = r"[多余]?[亿億]"

# classifiers that make a number a count ("300名员工", "5家门店"), not the start of a
# longer word (名义, 家族, 个月); not 次, which counts times ("两次质押"), no things
QUANTITY_CLASSIFIERS = (
    r"名(?![义義字称稱单單额額])|家(?![族庭长長])|户|戶|位(?![数數于於置])|人(?![民士员員口均次数數])"
    r"|[个個](?![月季交工小星百基人])|笔|筆|项(?!目)|項(?!目)|款(?![项項])|台(?![湾灣币幣阶階])"
    r"|辆|輛|座|件|套|条(?![件款例])|條(?![件款例])|张|張|例|批|架|艘|枚|颗|顆"
    r"|场(?![所景地])|場(?![所景地])|种(?![子类類])|種(?![子类類])|剂|劑|亩|畝"
)

# "三成": tenths (30%), not the start of 成本, 成交 and the like
QUANTITY_TENTHS = r"成(?![本员員交功立为為都熟长長果绩績就品像份效不])"

# "八折": a price at tenths of the full price, not 折旧, 折合 and the like
QUANTITY_PRICE_TENTHS = r"折(?![旧舊合算扣让讓现現射返叠疊腾騰磨断斷服线線])"

# first characters of what may follow a pure Chinese numeral (units, classifiers)
QUANTITY_FOLLOW_CHARS = "股%‰个個百基成折名家户戶位笔筆项項款台辆輛座件套条條张張次例批架艘枚颗顆场場种種剂劑亩畝"

# qualifier words and what they say of the number: about (~), more (>), at least (>=),
# less (<), at most (<=)
QUALIFIER_WORDS = {
    "约": "~", "约合": "~", "约为": "~", "大约": "~", "大概": "~", "将近": "~", "接近": "~",
    "近": "~", "左右": "~", "上下": "~", "約": "~", "大約": "~", "將近": "~",
    "超过": ">", "超過": ">", "逾": ">", "超": ">", "多于": ">", "多於": ">", "高于": ">",
    "高於": ">", "余": ">", "餘": ">", "多": ">",
    "不低于": ">=", "不低於": ">=", "不少于": ">=", "不少於": ">=", "至少": ">=",
    "最少": ">=", "以上": ">=",
    "不到": "<", "不足": "<", "低于": "<", "低於": "<", "少于": "<", "少於": "<",
    "不超过": "<=", "不超過": "<=", "不高于": "<=", "不高於": "<=", "最多": "<=",
    "至多": "<=", "以下": "<=", "以内": "<=", "以內": "<=", "之内": "<=", "之內": "<=",
}  # fmt: skip

# qualifier words written before a number ("约1000万元", "超过50%"); 近 and 约 not as
# the end of a longer word (最近, 合约)
QUALIFIER_BEFORE = (
    r"约合|约为|大约|大約|大概|将近|將近|接近|(?<![最附临臨靠])近"
    r"|(?<![签簽合预預履违違条條公契制节節特邀相缔締])[约約]"
    r"|逾|不超过|不超過|超过|超過|超|多于|多於|高于|高於|不低于|不低於|不少于|不少於|至少|最少"
    r"|不到|不足|低于|低於|少于|少於|不高于|不高於|最多|至多"
)

# qualifier words written after a number ("50%左右", "100万元以上"), not 上下游
QUALIFIER_AFTER = r"左右|上下(?![游文班级級限])|以上|以下|以内|以內|之内|之內"

# per share written after an amount ("0.5元/股", "每股")
PER_SHARE_AFTER = r"/股|每股"

# per share written before an amount ("每股收益0.5元")
PER_SHARE_BEFORE = r"每股"

# index names before a number ("沪深300", "財富 500"): part of the name
EXCLUDE_NAME_BEFORE = (
    r"财富|財富|标普|標普|纳斯达克|納斯達克|纳指|納指|道琼斯|道瓊斯|富时|富時|恒生|沪深|滬深|中证|中證"
    r"|上证|上證|深证|深證|国证|國證|创业板|創業板|科创|科創|罗素|羅素|日经|日經"
)

# the last characters of those index names (a quick filter)
EXCLUDE_NAME_LAST = "富普克指斯时時生深证證板创創素经經"

# words before a stock code ("股票代码600519")
EXCLUDE_CODE_BEFORE = r"代码|代碼|编号|編號"

# date and time words after a number ("8月31日", "2021财年", "10点钟"): not a quantity
EXCLUDE_DATE_AFTER = r"[年月日号號]|季度|财年|財年|周年|週年|点钟|點鐘|时|時|分钟|分鐘"

# characters before 一 that make it part of a word ("统一", "万一", "之一", "第一")
EXCLUDE_ONE_BLOCKERS = "第唯统統同之专專均单單逐划劃整其万萬"

# "介于5%至7%之间": the word that opens a range
RANGE_BETWEEN = r"介于|介於"

# "从5亿元到10亿元": a change, not a range (also "从约", "从近")
RANGE_FROM = r"[从從由](?:约|約|近)?"

# a change word right before the first of two values joined by 至/到 ("减少3亿元至12亿元",
# "增长20%至5亿元"): the amount it moved by, then the level it reached, when the second is
# more than twice the first (else a range of changes: "增长10%至15%")
RANGE_CHANGE_BEFORE = (
    r"(?:增加|增長|增长|减少|減少|下降|下滑|降低|提升|提高|上升|上涨|上漲|缩减|縮減|蒸发|蒸發|"
    r"缩水|縮水|增|减|減|降|升|涨|漲)了?\s*(?:约|約|近|逾|超过|超過)?\s*$"
)

# outlook words before a change: "预计净利润增加3亿元至8亿元" is a range of changes
RANGE_FUTURE_CUES = r"预计|預計|预期|預期|预告|預告|有望|将|將|预测|預測|计划|計劃"

# words joining the ends of a range ("5至7", "5到7")
RANGE_CONNECTOR_WORDS = ("至", "到")

# the factor of each percent prefix by its first character (百分之 1, 千分之 0.1, 万分之 0.01)
QUANTITY_PERCENT_PREFIX_FACTORS = {"百": "1", "千": "0.1", "万": "0.01", "萬": "0.01"}

# the mark of an ordinal before a numeral ("第三"): not a quantity
QUANTITY_ORDINAL_MARK = "第"

# financial digits that, alone, are far more often part of a word ("陆股通", "队伍")
QUANTITY_LONE_FINANCIAL_DIGITS = "陆陸伍肆拾柒捌玖贰貳叁壹"

# the numeral one, which with a classifier is an article ("一个", "一家", "一成不变")
QUANTITY_ONE = "一"

# the loose coin word, money only when 钱 follows ("一块钱", not "一块工业用地")
QUANTITY_LOOSE_COINS = ("块",)

# "钱": the word after a coin word that makes it money ("五角钱")
QUANTITY_MONEY_AFTER = "钱錢"

# characters before a numeral that make it vague ("数千万美元", "几百家")
QUANTITY_VAGUE_BEFORE = "数數几幾"

# a vague count of a scale before a currency ("数十亿元": tens of 亿 yuan, "几百万美元"): a
# "~" range of one order of magnitude
QUANTITY_VAGUE_SOME = r"[数數几幾]"
QUANTITY_VAGUE_SCALES = r"万亿|萬億|亿|億|万|萬"

# idioms that start with a numeral ("十万火急"): the words after it
QUANTITY_IDIOMS_AFTER = ("火急",)

# idioms written with numerals: no number in them is a value ("一波三折" is no 30%)
QUANTITY_IDIOMS = (
    "一波三折", "三心二意", "七上八下", "一五一十", "四平八稳", "九牛一毛", "五花八门",
    "十全十美", "一石二鸟", "三番五次", "千方百计", "七嘴八舌", "乱七八糟", "一干二净",
    "接二连三", "三三两两", "百里挑一", "千载难逢", "万无一失", "一举两得", "三足鼎立",
    "四分五裂", "半斤八两",
)

# a company word right after a Chinese-numeral amount: the amount is a name ("三元控股")
QUANTITY_NAME_WORD_AFTER = r"控股|集团|集團|股份|科技|实业|實業|食品|乳业|乳業|医药|醫藥|环球|環球"

# "每10股派3元": per ten shares, not ten shares
QUANTITY_PER_MARK = "每"

# the last character of a code word before a number ("代码", "编号")
EXCLUDE_CODE_LAST = ("码", "号")

# every character a Chinese number may start with (a quick test whether a text may hold a
# value at all)
NUMERAL_START_CHARS = "零〇一二两兩三四五六七八九十百千万亿萬億兆拾佰仟壹贰貳叁肆伍陆陸柒捌玖"

# the bare yuan characters a currency name may follow in one amount (亿元新台币, 億元港幣):
# a range whose low end is a bare 元 takes the currency named after its high end
QUANTITY_YUAN_CHARS = "元圆圓"

# a table's note of the unit its bare numbers are written in ("单位：万元", "金额单位：人民币
# 千元", "单位：元 币种：人民币"): the scale in group scale, currency names in cur1/unit/cur2
DECLARED_UNIT = (
    r"(?:单位|單位)\s*[:：]\s*(?P<cur1>人民币|人民幣|美元|港元|港币|港幣)?\s*"
    r"(?P<scale>百万|百萬|千万|千萬|万|萬|千|亿|億)?(?P<unit>美元|港元|港币|港幣|元)"
    r"(?:[ \t　,，;；]*(?:币种|幣種)\s*[:：]\s*(?P<cur2>人民币|人民幣|美元|港元|港币|港幣))?"
)

# the currencies the names of a unit note stand for
DECLARED_UNIT_CURRENCIES = {
    "元": "CNY", "人民币": "CNY", "人民幣": "CNY", "美元": "USD",
    "港元": "HKD", "港币": "HKD", "港幣": "HKD",
}  # fmt: skip

# what stands before the scale of a unit note ("单位：千元", "单位：人民币万元"): the scale
# is the note's, not a value
QUANTITY_UNIT_NOTE_BEFORE = r"(?:单位|單位)\s*[:：]\s*(?:人民币|人民幣|美元|港元|港币|港幣)?\s*$"
