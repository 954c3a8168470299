"""Chinese cue words read by ``extractor/companies.py``."""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    """A word list written as one space-separated string."""
    return tuple(words.split())


_words = _w

# legal-form and group words stripped from a name's end, longest first (the first match wins)
COMPANY_SUFFIXES = _w("股份有限公司 有限责任公司 有限責任公司 有限公司 股份公司 控股 集团 集團 公司")

# words that refer to the company written about (公司, 本公司)
COMPANY_PRONOUNS = frozenset(
    {
        "公司",
        "该公司",
        "本公司",
        "我们",
        "我们公司",
        "我司",
        "本集团",
        "该集团",
        "集团",
        "本行",
        "该行",
        "我行",
        "其",
        "其公司",
        "这家公司",
        "此公司",
        "上述公司",
        "發行人",
        "发行人",
        "該公司",
        "我們",
        "我們公司",
        "本集團",
        "該集團",
        "集團",
        "這家公司",
        "上市公司",
        "标的公司",
        "目标公司",
        "母公司",
        "子公司",
    }
)

# industry words that end a short company name on their own (银行, 证券)
INDUSTRY_STRONG = _w(
    "银行 銀行 证券 證券 科技 电器 電器 资本 資本 信托 信託 保险 保險 人寿 人壽 期货 期貨 药业 藥業 "
    "制药 製藥 医药 醫藥 实业 實業 地产 地產 置业 置業 传媒 傳媒 重工 矿业 礦業 租赁 租賃 新材 高科 "
    "精密 控股 股份"
)

# industry words that end a name only when the name stands alone (投资, 汽车)
INDUSTRY_WEAK = _w(
    "基金 投资 投資 汽车 汽車 电子 電子 能源 软件 軟件 通信 电气 電氣 化工 钢铁 鋼鐵 航空 物流 环保 "
    "環保 生物 医疗 醫療 网络 網絡 食品 电力 電力 光电 光電 农业 農業 智能"
)

# group words between a name and its legal form (集团)
GROUP_WORDS = _w("集团 集團 (集团) （集团） (集團) （集團）")

# legal forms that end a full company name (股份有限公司, 合伙企业)
LEGAL_FORMS = _w(
    "股份有限公司 有限责任公司 有限責任公司 有限公司 公司 合伙企业 合夥企業 股份有限公司 有限公司 "
    "股份公司 投资管理中心 投資管理中心 投资中心 投資中心"
)

# company-like words that name no company (子公司, 上市公司)
NOT_COMPANY = frozenset(
    {
        "控股股东",
        "控股股東",
        "公告称",
        "公告稱",
        "子公司",
        "母公司",
        "该公司",
        "該公司",
        "本公司",
        "上市公司",
        "分公司",
        "全资子公司",
        "全資子公司",
        "控股子公司",
        "公司",
        "控股公司",
        "集团公司",
        "集團公司",
        "股份公司",
        "投资公司",
        "有限公司",
        "股份有限公司",
        "有限责任公司",
        "合伙企业",
    }
)

# time words that open a sentence before its subject (晚间, 近日)
TIME_WORDS = frozenset(["晚间", "晚間", "近日", "今日", "日前", "昨日", "今年", "去年", "明年", "目前", "此前", "之前", "以来", "以來", "当日", "當日", "同日", "最新"])

# sentence subjects that are not a company (董事会, 投资者)
NOT_SUBJECT = frozenset(
    ["董事会", "董事會", "监事会", "監事會", "股东", "股東", "控股股东", "控股股東", "大股东", "大股東", "实控人", "實控人", "实际控制人", "實際控制人", "投资者", "投資者", "记者", "記者", "市场", "市場", "资金", "資金", "机构", "機構", "外资", "外資", "北向资金", "陆股通", "主力", "散户", "监管", "證監會", "证监会", "法院", "政府", "上市公司", "标的", "標的", "交易", "项目", "項目", "本次交易", "双方", "雙方", "对方", "對方", "买方", "賣方", "卖方", "收购方", "收購方", "高管", "董事", "监事", "管理层", "管理層", "员工", "員工", "个人", "個人", "社保", "基金", "险资", "險資", "券商", "银行", "銀行", "企业", "企業", "上市", "此前", "截至", "截止", "合计", "累计", "共计", "其", "该", "公告", "同日", "当日", "另一", "另一方面", "一方面"]
)

# common surnames: a short subject starting with one is a person
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    "汤葛龔張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蔣蘇魏呂盧鍾譚陸賈韋鄒熊邱閻雷龍陶賀顧錢嚴"
    "邢倪殷施翁伍毕畢庞龐纪紀舒屈项項祝阮闵閔席娄婁颜顏骆駱樊霍虞柯裘缪繆郁储儲靳詹束蔺藺屠胥翟姬冉"
    "濮晏瞿茹耿匡寇聂聶晁辛鞠邬鄔佘迟遲岳柏褚滕牟仲昝"
)
