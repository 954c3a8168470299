"""Chinese cue words read by ``extractor/document.py``."""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    """A word list written as one space-separated string."""
    return tuple(words.split())


_words = _w

# labels that end in a colon but are no speaker (来源, 责任编辑)
NOT_NAME = frozenset(
    _words(
        """来源 责任编辑 编辑 作者 注 备注 日期 时间
        标题 原标题 摘要 关键词 风险提示
        免责声明 声明 提示 附注 链接 地址 电话
        邮箱 问 答 使用警语 说明 图 表 数据来源
        资料来源"""
    )
)

# words that make a phrase about a call (法说会, 业绩)
DOC_CALL_WORDS = "法說會|法说会|業績|业绩|電話會議|电话会议|电话会|電話會|财报|財報"

# words of a call transcript's title (法说会, 电话会议)
DOC_CALL_TITLE = "法說會|法说会|业绩会|業績會|電話會議|电话会议|电话会|電話會|说明会|說明會|逐字稿"

# words in a call's opening that make the document a call (业绩说明会)
DOC_CALL_OPENING = "法說會|法说会|业绩说明会|業績說明會|電話會議|电话会议"

# words of a job title in a speaker header ("徐宏（首席财务官）："): a bracket without one is
# an aside, not a title
DOC_JOB_WORDS = (
    r"首席|总裁|總裁|董事|主席|经理|經理|总监|總監|执行官|執行官|财务官|財務官|分析师|分析師|"
    r"负责人|負責人|秘书|秘書|副总|副總|总经理|總經理|合伙人|合夥人|投资者关系|投資者關係|"
    r"CEO|CFO|COO|CTO|IR"
)

# speaker labels that name no person (主持人, 分析师)
DOC_GENERIC_SPEAKERS = "主持人|操作员|接线员|分析师"

# a quarter's number from its numeral (第三季度)
DOC_QUARTER_ORDINALS = {"一": 1, "二": 2, "三": 3, "四": 4}

# a call's quarter: "2021年第二季度", "2021财年第二季度", "2021年Q2"
DOC_YEAR_THEN_QUARTER = (
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s{0,2}(?:年度?|(?P<f1>财年|財年|财政年度|財政年度|会计年度))?"
    r"\s{0,2}(?:第\s{0,2}(?P<qc>[一二三四1-4])\s{0,2}(?:财季|財季|季度|季)|[Qq](?P<qa>[1-4])(?!\d))"
)

# the label before a ticker written in Chinese text (股票代码为TWLO)
DOC_TICKER_LABEL = "股票代码(?:为|是)?"

# a heading over an outlook section (业绩展望, 全年指引): the values under it, up to the next
# heading, are guidance
DOC_OUTLOOK_HEADING = r"展望|指引|業績預告|业绩预告"

# a table's header cell over the changes of each row's metric (增减, 变动, 同比增减(%))
TABLE_CHANGE_HEADER = r"(?:本期比上年同期|同比|较上年)?(?:增减|變動|变动|增长|增長)(?:幅度|率)?(?:\s*[(（]?%[)）]?)?"
