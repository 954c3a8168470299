"""Chinese cue words read by ``extractor/companies.py``."""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    """A word list written as one space-separated string."""
    return tuple(words.split())


_words = _w

# legal-form and group words stripped from a name's end, longest first (the first match wins)
COMPANY_SUFFIXES = _w("股份有限公司 有限责任公司 有限公司 股份公司 控股 集团 公司")

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
        "发行人",
        "上市公司",
        "标的公司",
        "目标公司",
        "母公司",
        "子公司",
    }
)

# industry words that end a short company name on their own (银行, 证券)
INDUSTRY_STRONG = _w(
    "银行 证券 科技 电器 资本 信托 保险 人寿 期货 药业 "
    "制药 医药 实业 地产 置业 传媒 重工 矿业 租赁 新材 高科 "
    "精密 控股 股份"
)

# industry words that end a name only when the name stands alone (投资, 汽车)
INDUSTRY_WEAK = _w(
    "基金 投资 汽车 电子 能源 软件 通信 电气 化工 钢铁 航空 物流 环保 "
    "生物 医疗 网络 食品 电力 光电 农业 智能"
)

# group words between a name and its legal form (集团)
GROUP_WORDS = _w("集团 (集团) （集团）")

# legal forms that end a full company name (股份有限公司, 合伙企业)
LEGAL_FORMS = _w(
    "股份有限公司 有限责任公司 有限公司 公司 合伙企业 股份有限公司 有限公司 "
    "股份公司 投资管理中心 投资中心 "
)

# company-like words that name no company (子公司, 上市公司)
NOT_COMPANY = frozenset(
    {
        "控股股东",
        "公告称",
        "子公司",
        "母公司",
        "该公司",
        "本公司",
        "上市公司",
        "分公司",
        "全资子公司",
        "控股子公司",
        "公司",
        "控股公司",
        "集团公司",
        "股份公司",
        "投资公司",
        "有限公司",
        "股份有限公司",
        "有限责任公司",
        "合伙企业",
    }
)

# time words that open a sentence before its subject (晚间, 近日)
TIME_WORDS = frozenset(["晚间", "近日", "今日", "日前", "昨日", "今年", "去年", "明年", "目前", "此前", "之前", "以来", "当日", "同日", "最新"])

# sentence subjects that are not a company (董事会, 投资者)
NOT_SUBJECT = frozenset(
    ["董事会", "监事会", "股东", "控股股东", "大股东", "实控人", "实际控制人", "投资者", "记者", "市场", "资金", "机构", "外资", "北向资金", "陆股通", "主力", "散户", "监管", "证监会", "法院", "政府", "上市公司", "标的", "交易", "项目", "本次交易", "双方", "对方", "买方", "卖方", "收购方", "高管", "董事", "监事", "管理层", "员工", "个人", "社保", "基金", "险资", "券商", "银行", "企业", "上市", "此前", "截至", "截止", "合计", "累计", "共计", "其", "该", "公告", "同日", "当日", "另一", "另一方面", "一方面"]
)

# common surnames: a short subject starting with one is a person
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    "汤葛魏熊邱雷陶"
    "邢倪殷施翁伍毕庞纪舒屈项祝阮闵席娄颜骆樊霍虞柯裘缪郁储靳詹束蔺屠胥翟姬冉"
    "濮晏瞿茹耿匡寇聂晁辛鞠邬佘迟岳柏褚滕牟仲昝"
)

# words after an industry or group word that make it part of a longer common noun (银行业, 控股股东)
COMPANY_WORD_CONTINUATIONS = frozenset(
    _w(
        "股东 行业 板块 领域 业务 市场 产品 概念 龙头 部门 "
        "人士 经理 资产 收益 机构 企业 巨头 产业 服务 行长 账户 "
        "理财 系统 项目 计划 策略 回报 风险 标的 组合 "
        "总额 规模 比例 金额 价值 活动 主体 协议 合同 条款 工作 "
        "平台 团队 体系 能力 水平 技术 研发 创新 发展 监管 日报 时报 "
        "报告 研究 分析 指数 政策 成本 费用 价格 领先 巨擘 大佬 高管 员工 "
        "从业 交易所 交易 金 息 类 型 化 间 卡 业 家 者 人 额 方 界 圈 商 网 园 城 馆 展 局 部 厅 "
        "委 所 报 法 会 股 户 品 险 费 类 业 史 链 圈 端 层 界 类 额 量 率 值 "
    )
)

# words after an industry word that open with a continuation character but say what the
# named company has (甲乙电子股价: the company's share price)
COMPANY_WORD_NOT_CONTINUATIONS = frozenset(_w("股价"))

# characters that often follow a company name (及, 与, 拟, 持)
COMPANY_AFTER_NAME = frozenset(
    _w(
        "及 与 和 将 已 于 向 对 持 拟 称 被 把 从 由 也 还 曾 均 都 所 发 公 等 在 以 因 获 是 "
        "提 签 收 "
    )
)

# words across the left edge of a company word, where no name ends (融资本金, 投资本;
# 总资本, 净资本: a balance sheet's total or net capital)
COMPANY_CROSS_WORDS = frozenset(
    _w(
        "融资 出资 投资 注资 增资 募资 外资 合资 独资 工资 集资 筹资 减资 物资 回购 收购 "
        "总资 净资 股资 "
    )
)

# verbs, prepositions, determiners and roles after which a company name starts
COMPANY_NAME_BOUNDARIES = frozenset(
    _w(
        # multi-character verbs and nouns
        "公告 公告称 宣布 表示 披露 指出 透露 称 收购 并购 控股股东 "
        "股东 实际控制人 控制人 持有 持股 质押 转让 受让 出售 "
        "卖给 买入 增持 减持 入股 参股 起诉 判决 中标 签署 "
        "签订 签约 旗下 子公司 孙公司 母公司 全资 获得 成为 作为 认购 "
        "借款 提供 通过 接受 携手 客户 对手 "
        "董事长 总裁 总经理 创始人 发布 发行 包括 包含 其中 "
        "比如 例如 涉及 据悉 了解 获悉 消息 报道 报告 认为 预计 计划 "
        "打算 决定 同意 要求 申请 完成 启动 推出 进入 登陆 上市 挂牌 "
        "分别 共同 以及 还有 或者 以下 简称 下称 名为 名叫 叫做 属于 位于 "
        "来自 对于 关于 根据 按照 截至 截止 目前 此前 随后 近日 日前 "
        "今日 昨日 昨天 今天 当天 同时 此外 另外 而且 并且 但是 不过 因此 所以 "
        "由于 标的 对象 方面 领域 "
        "质押给 转让给 出售给 质权人 债权人 债务人 原告 被告 "
        "上诉人 被上诉人 第三人 申请人 被申请人 买方 卖方 甲方 乙方 受让方 出让方 "
        "律师 承销商 保荐 服务商 "
        "供应商 制造商 运营商 开发商 经销商 代理商 "
        "记者 分析师 下调 上调 调升 调降 看好 "
        "之前 之后 此后 随后 其后 以后 以前 今年 去年 明年 当年 同年 本月 上月 "
        "当日 次日 同日 亿元 万元 万股 亿股 万美元 亿美元 "
        # single characters that rarely occur inside company names
        "的 了 是 在 向 与 和 及 对 将 被 把 给 于 由 从 为 等 或 即 并 其 该 "
        "此 这 那 每 各 个 只 据 让 令 使 已 还 也 又 仍 曾 则 就 才 便 "
        "要 拟 获 买 卖 诉 购 赴 往 称 看 说 到 以 因 系 受 "
        "着 著 过 他 她 它 们 像 以来 接纳 愿意 允许 帮助 支持 吸引 鼓励 "
        "推动 促进 成立 设立 注册 组建 创办 创立 收到 得到 看到 遇到 面对 "
        "所持 回购 合计 约占 占 数量 不超过 超过 累计 本次 全部 "
        "导致 本人 个人 约定 执行 关联方 交易对方 对方 质押日 "
        "交易日 截止日 基准日 公告日 担保人 保证人 附属公司 附属 "
        "主张 督促 催促 敦促 责令 优化 转换 继续 查阅 收受 邀请 "
        "聘请 委托 授权 通知 告知 提醒 警告 处罚 罚款 调查 审查 "
        "核查 问询 询问 约谈 协助 配合 参与 参加 加入 退出 离开 "
        "任职 担任 出任 创建 建立 打造 扶持 资助 赞助 捐赠 支付 付款 "
        "还款 偿还 归还 清偿 兑付 赔偿 补偿 索赔 追讨 "
        "追偿 催收 返还 退还 判令 裁定 驳回 撤销 冻结 解除 终止 "
        "发起 牵头 领投 跟投 注入 剥离 置出 置入 吸收 合并 换股 "
        "控制 拥有 经营 运营 管理层 实控人 董事会 监事会 "
        "股东大会 总部 国企 央企 省属 市属 避免 维持 造成 保持 确保 "
        "保障 保护 促使 影响 损害 不超 接到 实现 感谢 购买 获知 "
        "得知 查询 如 第三方 诉讼 期间 虽然 您 你 我 咱 考虑 "
        "面临 相比 类似 诸如 仅有 拥有 只有 没有 具有 这些 那些 一些 "
        # verbs of announcements and resolutions (审议批准公司..., 确定青岛某某股份有限公司为...)
        "审议 批准 确定 确认 修改 符合 保证 假设 扩充 承接 筹划 "
        "新增 剔除 公布 代表 停止 处置 予 以上 以下 以内 取得 获取 降至 升至 增至 达到 "
        # roles of the other side of a deal (招标人某某建设有限公司)
        "招标人 招标方 采购人 发包人 业主 中标人 投标人 "
        "借款人 贷款人 出借人 被担保人 不 没 "
        "使用 利用 运用 借助 引入 揽入 战投 资产 "
        # relations and places before a name (公司下属中铁十一局集团, 一致行动人中国希格玛有限公司,
        # 联营企业南京某某有限公司, 收购新三板公司大象广告, 7日之内神雾集团)
        "下属 一致行动人 联营企业 合营企业 新三板 之内 "
        # a former post and the end of a step before a name (时任X公司总裁, 完成后X持有)
        "时任 完成后 "
        # time frames before a name (报告期内公司, 当时公司, 届时甲乙科技)
        "期内 当时 此时 彼时 届时 当期 同期 "
        # the passive before what befalls a company (甲乙牧场遭股东减持)
        "遭 遭到 遭受 "
        # conditions before a subject (若甲乙科技股价继续下跌)
        "若 倘若 一旦 "
        # forecasts before the company they are about (机构预测甲乙科技...)
        "预测 预估 预期 "
    )
)

# single boundary characters that also end names (成都, 华为): no cut right before the company word
COMPANY_NAME_FINAL_SINGLES = frozenset(
    _w("和 为 买 卖 购 诉 称 看 说 到 着 著 过 赴 往 据")
)

# single characters never inside a company name (的, 这, 被)
COMPANY_NEVER_IN_NAME = frozenset(_w("的 了 该 这 那 每 被 把 您 你 他 她 它 们 其 此"))

# a numeral and classifier inside a run (三家, 第一个): no name crosses it
COMPANY_NUMERAL_CLASSIFIER = "第?[一二三四五六七八九十两兩几幾多数數百千万萬]{1,4}[家个個只位名所间間]"

# a numeral and classifier opening a name core (两家): a count, not a name
COMPANY_NUMERAL_CLASSIFIER_START = "^[一二三四五六七八九十两兩几幾多数數百千万萬]{1,4}[家个個只位名所间間]"

# endings of a name core that make it no company (子公司, A股)
COMPANY_CORE_BAD_ENDS = ("公司", "集团", "A股", "B股", "H股", "母", "子", "孙")

# endings of a two-character core that make it no company (本公司, 该公司)
COMPANY_SHORT_CORE_BAD_ENDS = ("本", "该", "其", "贵", "我")

# 公告 followed by what announces it (公告称, 公告显示)
COMPANY_ANNOUNCE = "公告(?=称|稱|[,，:：]|显示|顯示|表示|指出)"

# words between who announces and 公告 (发布, 晚间, 同日)
COMPANY_ANNOUNCE_PREFIXES = (
    "发布",
    "披露",
    "发出",
    "了",
    "晚间",
    "今日",
    "近日",
    "日前",
    "昨日",
    "早间",
    "今晚",
    "昨晚",
    "同日",
    "当日",
    "前天",
    "昨天",
    "今天",
)

# words before a run ending at 公告 that make the run the kind of announcement (发布, 的)
COMPANY_PUBLISH_BEFORE = (
    "发布",
    "披露",
    "公布",
    "发出",
    "发",
    "的",
    "此",
    "该",
    "份",
    "篇",
    "则",
    "项",
)

# words of a kind of announcement (变动, 进展, 年度): a run with one is not who announces
COMPANY_ANNOUNCE_KINDS = (
    "变动|變動|提示|进展|進展|系列|拍卖|拍賣|预案|預案|报告|報告|决议|決議|补充|補充|更正|澄清|问询|問詢|"
    "回复|回覆|权益|權益|业绩|業績|风险|風險|违约|違約|停牌|复牌|復牌|结果|結果|实施|實施|事项|事項|相关|相關|重大|"
    "临时|臨時|年度|季度|最新|网上|網上|[间間亦]$|[一二两兩三四五六七八九十几幾数數多][份则則篇项項]"
)

# last characters of public bodies that announce but are not companies (会, 局, 院)
COMPANY_BODY_FINALS = frozenset(_w("会 所 院 局 部 厅 委 办 府 处 署 庭 站 队 社"))

# role words after which a holder or party is named (股东, 全资子公司)
COMPANY_ROLE_OPENERS = (
    "(?:控股股东|控股股東|大股东|大股東|股东|股東|全资子公司|全資子公司|控股子公司|子公司|孙公司|孫公司|"
    "附属公司|附屬公司|参股公司|參股公司|母公司|一致行动人|一致行動人|关联方|關聯方|战略投资者|戰略投資者)"
    "(?:之一)?[ \t]?"
)

# adverbs between a clause subject and its corporate verb (还, 已, 分别, 总体, 刚刚)
COMPANY_SUBJECT_ADVERBS = _w(
    "还 也 又 再 已 亦 就 则 均 都 分别 先后 共同 再次 首次 正式 近期 已经 曾经 "
    "此次 本次 多次 大幅 大举 随后 目前 当日 同日 日前 近日 总体 刚刚 一度 再度 "
    "频频 未 共 择机"
)

# time words between a clause subject and its verb (晚间, 近日)
COMPANY_SUBJECT_TIMES = _w("晚间 午间 早间 晚 近日 今日 日前 期间 前天 昨天 今天 昨晚 今晚 昨日")

# corporate verbs that follow a company as a clause subject (发布, 收购, 质押)
COMPANY_SUBJECT_VERBS = _w(
    "发布 公告 公布 拟 将 累计 计划 宣布 披露 收购 回购 质押 "
    "减持 增持 中标 所持 持有 成为 通过 曾 作价 斥资 认购 "
    "出资 获得 完成 签署 签订 给付 偿还 申请 提供 筹划 "
)

# a date, time or linking word that may open a clause before its subject
COMPANY_SUBJECT_PREFIX = (
    r"(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|初|末|上旬|中旬|下旬)?(?:晚间|晚間|午间|午間|早间|早間|近日|日前)?"
    r"(?:本次|此次|其中|同时|同時|随后|隨後|此外|另外|据悉|據悉|今年|去年|近日|日前)?"
)

# the characters such a clause prefix starts with (a cheap test before the regex)
COMPANY_SUBJECT_PREFIX_FIRST = frozenset("0123456789晚午早近日本此其同随另据今去")

# time, quantity and discourse words that open a clause but are no name (二季度, 合计)
COMPANY_SUBJECT_JUNK = (
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

# holding and trading verbs whose object is a listed company (减持, 持有)
COMPANY_HOLD_VERBS = frozenset(
    _w("减持 增持 持有 买入 卖出 净买入 净卖出 举牌")
)

# words between a company and its stake (剩余40%股权, 额外10%)
COMPANY_STAKE_MODIFIERS = (
    "剩余",
    "额外",
    "另外",
    "全部",
    "部分",
    "合计",
    "共计",
    "约",
    "各",
)

# first characters of a quantity phrase before a value, not a name (约, 超, 占)
COMPANY_NOT_TARGET_FIRST = frozenset("均超逾约近共各达占至为")

# verbs and function words that no short name contains (发布, 质押, 的)
COMPANY_SUBJECT_VERB_INSIDE = (
    "发布|發布|公告|补充|補充|解除|办理|辦理|进行|進行|再次|继续|繼續|开始|開始|已经|已經|正式|共同|分别|分別|"
    "首次|质押|質押|减持|減持|增持|回购|回購|收购|收購|中标|中標|持有|计划|計劃|宣布|披露|完成|获得|獲得|"
    "通过|通過|提供|申请|申請|签署|簽署|认购|認購|出资|出資|作价|作價|给付|給付|偿还|償還|成为|成為|"
    "表示|认为|認為|显示|顯示|称|稱|以|了|的|和|与|與|及|在|于|於|对|對|向|将|將|拟|擬|被|由|从|從|为|為|是"
)

# characters no short company name starts with (我, 其, 已)
COMPANY_NOT_NAME_FIRST = frozenset(
    "我你您他她它咱其已又预占获确保最同晚近今也还再并而但就都均仍即则所要会能可应该此这那各每另据截本自两符"
)

# characters no short company name ends with (的, 了, 至)
COMPANY_NOT_NAME_LAST = frozenset("其已又预的了时间也还再并至超")

# role words inside a run that make it no name (股东, 董事)
COMPANY_ROLE_INFIXES = (
    "股东",
    "控制人",
    "变动",
    "董事",
    "董秘",
    "监事",
    "高管",
    "管理人员",
    "当事人",
    "证券简称",
)

# titles after a person's name: a run holding one is a person, not a company (王某先生)
COMPANY_PERSON_TITLES = ("先生", "女士", "小姐", "夫人")

# adverbs, verbs and linking words that open a clause but no company's short name
# (进一步降低, 擅自减持, 顺利完成, 增资完成后): a run found by position that starts with one
# is a verb phrase or a clause opening
COMPANY_NOT_SHORT_NAME_OPENERS = _w(
    "进一步 降低 提高 积极 继续 持续 提前 擅自 私自 顺利 成功 迅速 逐步 逐渐 果断 乘机 "
    "趁机 无法 无条件 暂无 暂未 尚未 有望 恶意 强化 纾解 结合 批判 算上 基本 形成 出现 "
    "发出 坚持 着手 开展 开启 展开 选择 重复 排除 履行 实施 遭到 违规 违约 逾期 超额 "
    "超标 扣除 扩张 延期 取消 变更 承诺 豁免 评估 测算 投入 回溯 准备 请求 函告 受限 "
    "反思 出面 做好 公开 构成 增资 定增 增发 依法 依然 不得 不惜 不仅 不足 不再 尽管 "
    "虽然 虽说 随着 甚至 即便 如果 假如 届时 当初 前述 除上述 除此 除了 一笔 大笔 "
    "大手笔 单周 当月 当期 年前 后续 后面 哪里 仅 且 并未 从而 进而 以便 为了 实际 "
    "违反 未履行 未经 未能 未按 "
)

# common nouns that may stand as a clause's subject, or end one, but name no company (事项,
# 相关事项, 议案, 利益)
COMPANY_GENERIC_SUBJECTS = frozenset(
    _w(
        "利益 事项 问题 议案 表决 行列 情形 情况 平台 名单 附件 身份 用途 内容 价值 价款 "
        "因素 权利 权益 政策 品牌 商标 债权 债务 业绩 业绩快报 净利润 扣非净利润 结构 明细 "
        "说法 管理人 破产管理人 联合体 联营体 相关方 竞买人 公众 业界 主席 印鉴 官微 "
        "总代价 利率 主板 创业板 中小板 科创板 新三板 股价 市值 股数 股权激励 财务报表 "
        "点评 事件点评 融券 融资 大宗 核心骨干 自己 少数 对方 各方 一方 另一方"
    )
)

# words that end a description before a company's name (服装公司甲乙服饰, 电池企业, 家纺
# 龙头, 房企): the name starts after the last one
COMPANY_DESCRIPTOR_ENDS = _w(
    "公司 企业 龙头 巨头 初创 券商 房企 药企 车企 险企 乳企 酒企 民企 外企 国企 央企"
)

# words right after 公司/企业 that keep it inside a name or a longer word (企业管理, 企业级,
# 公司层面)
COMPANY_DESCRIPTOR_CONTINUATIONS = _w(
    "管理 发展 服务 咨询 孵化 策划 营销 集团 控股 股份 合伙 投资 有限 总部 "
    "层面 内部 治理 章程 名称 级 家 界 类 性 内 外 间 化 债 法"
)

# role words right before a person's name (实际控制人, 董事长)
COMPANY_PERSON_ROLES = (
    "实际控制人",
    "实控人",
    "董事长",
    "总裁",
    "总经理",
    "董事",
    "监事",
    "高管",
    "创始人",
    "自然人",
    "法定代表人",
    "副总",
    "财务总监",
    "首席执行官",
)

# words joining the last two items of a list (和, 及, 与)
COMPANY_LIST_JOINERS = "和|及|与|與|以及"

# words that end the last item of a list of companies (等, 分别, 均)
COMPANY_LIST_END = "等|的|均|都|在|也|已|将|將|被|为|為|是|分别|分別|合计|合計|共|各|以|对|對|于|於"

# endings of a defined short name that make it no company (交易, 股权)
COMPANY_ABBREVIATION_BAD_ENDS = (
    "方",
    "人",
    "资产",
    "交易",
    "股份",
    "股权",
    "项目",
    "计划",
)

# words a name core may not start with (上市公司, 股份)
COMPANY_NOT_NAME_OPENERS = ("上市公司", "下属公司", "公司", "股份", "股票", "股权")

# an amount right after 投资 (投资75亿元): 投资 is the verb, not part of the name
COMPANY_AMOUNT_NEXT = r"(?:了|约|約|逾|近|超过|超過|人民币|人民幣)?[ \t]?[\d一二三四五六七八九十两兩百千万萬亿億]"

# words that name no company before a company word (子, 上市, 科技, 两家): a generic core
COMPANY_GENERIC_CORES = _w(
    "子 母 分 孙 该 本 此 其 这 贵 我 我们 他们 上述 上市 非上市 拟上市 全资 "
    "控股子 全资子 参股 关联 目标 标的 一家 这家 那家 每家 各家 "
    "多家 几家 数家 两家 其他 其它 国内 国外 海外 境外 境内 外资 内资 "
    "中资 民营 国有 国营 国企 央企 大型 小型 中小 中型 新 老 大 小 合资 独资 "
    "私营 互联网 科技 高科技 金融 投资 管理 咨询 控股 商业 城商 农商 "
    "村镇 股份制 政策性 中央 地方 投行 外国 美国 中国 日本 韩国 欧洲 "
    "英国 德国 法国 香港 台湾 全球 世界 跨国 同行 竞争 竞争对手 对手 "
    "许多 很多 部分 所有 全部 相关 主要 知名 著名 领先 优质 优秀 最大 头部 "
    "巨头 龙头 明星 初创 创业 创新 新兴 传统 实体 房地产 "
    "保险 证券 银行 信托 基金 期货 券商 财富 资产 资管 理财 "
    "货币 债券 混合 养老 指数 产业 私募 公募 股权 风险 天使 "
    "战略 财务 对外 电动 新能源 消费 数字 网络 移动 云 "
    "人工智能 区块链 大数据 芯片 半导体 手机 家电 光伏 锂电 "
    "电池 电商 游戏 零售 汽车 电子 能源 制药 医药 医疗 生物 "
    "传媒 软件 通信 物流 航空 化工 钢铁 电力 食品 技术 信息 "
    "上游 下游 同类 同业 合作 交易 收购 并购 重组 融资 担保 "
    "被投资 集团 总 项目 独角兽 软件服务 第一 第二 第三 第四 第五 唯一 本土 当地 "
    "外地 同一 某 某某 一些 这些 那些 任何 多 数 几 每 各 诸多 众多 "
    "业内 行业 前 后 其余 剩余 有关 大中型 中大型 大部分 非银 "
    "证券投资 投资管理 资产管理 基金管理 私募基金 公募基金"
)

# buying and selling verbs whose object before 股份/股权 is a company (收购, 出售)
COMPANY_SALE_VERBS = frozenset(_w("收购 购买 受让 转让 出售 抛售"))

# short aliases that are also parts of common words, and what follows them there (高通胀, 三星级)
COMPANY_ALIAS_BLOCKED_AFTER = {
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

# what follows any company's name when the words name its news site, a source and not the
# company (新浪财经, 腾讯新闻, 网易财经网)
COMPANY_ALIAS_SOURCE_AFTER = _w("财经 新闻 资讯 频道 快讯")

# ... and what precedes them there (很快手, 京东华)
COMPANY_ALIAS_BLOCKED_BEFORE = {"快手": ("很", "是", "老", "新"), "新浪": ("掀起", "一波"), "京东": ("华", "北", "东")}

# what follows a held or traded company: its shares or a share count (减持X逾900万股, X的股份)
COMPANY_HELD_SHARES_AFTER = (
    r"(?=(?:的)?(?:(?:有|无|無)?限售(?:条件|條件)?(?:的)?|流通)?(?:股份|股票|股权|股權|A股|H股|B股)|(?:逾|约|約|超过|超過|近|合计|合計|共|达|達)?\d)"
)

# what follows a bought or sold company: its equity (收购X股权)
COMPANY_SOLD_STAKE_AFTER = r"(?=(?:的)?(?:股份|股权|股權|全部股权|全部股權))"

# a court's or regulator's order naming who must pay next (判决, 责令)
COMPANY_COURT_ORDERS = r"(?:判决|判決|判令|责令|責令|裁定|要求)"

# what follows the party ordered to pay (于...支付, 需赔偿)
COMPANY_OBLIGED_AFTER = (
    r"(?=(?:于|於|在|需|须|須|应|應|向|支付|赔偿|賠償|偿还|償還|归还|歸還|承担|承擔|返还|返還))"
)

# branch words after a bank's or company's name and a place (分行, 营业部)
COMPANY_BRANCH_WORDS = r"(?:分行|支行|分公司|营业部|營業部)"

# after a clause subject: 以 (by means of, not 以及/以上) or 及其 and a related party
COMPANY_SUBJECT_MEANS_OR_GROUP = (
    r"以(?![及上下来來后後前内內外便免致为為至])|及其?(?:一致行动人|一致行動人|关联方|關聯方|子公司|控股股东|控股股東)"
)

# after a clause subject: "与Y签订", the first party of an agreement
COMPANY_SUBJECT_AGREEMENT = r"(?:与|與)[^，,。；;：:]{2,24}?(?:签署|簽署|签订|簽訂|签约|簽約|达成|達成)"

# after a headline's topic company: "X:拟收购...", "X(600001):股东拟减持"
COMPANY_SUBJECT_HEADLINE = (
    r"(?:[(（][^)）]{0,24}[)）])?[:：](?=拟|擬|已|将|將|公司|股东|股東|控股股东|控股股東|实控人|實控人|"
    r"全资子公司|全資子公司|子公司|预|預|获|獲|中标|中標|收购|收購|回购|回購|减持|減持|增持|质押|質押)"
)

# stock exchanges written before a ticker or a code (纽交所, 港交所)
COMPANY_EXCHANGES = (
    "纽交所|紐交所|纳斯达克|納斯達克|纽约证券交易所|美股|港股|港交所|上交所|深交所|北交所"
)

# labels of a stock code in brackets after a name (（股票代码：600519）)
COMPANY_CODE_LABELS = "行情|股票代码|股票代號|证券代码|證券代碼|代码|代碼|股票代码为|代码为"

# words no company's name opens with: a time frame (期内, 当时) or the negation that opens a
# clause (未履行..., 未披露...); a name may still open with the words in
# COMPANY_NAME_OPENER_EXCEPTIONS (未来, 期货)
COMPANY_NOT_NAME_OPENING_WORDS = _w("期 当时 当日 当天 当年 当前 当期 当月 当晚 此时 彼时 届时 未")

# names that open with a word of COMPANY_NOT_NAME_OPENING_WORDS all the same
COMPANY_NAME_OPENER_EXCEPTIONS = _w("未来 期货")

# last words of what is no company: a span of time (对赌期, 限售期), a news source or
# website (新浪财经, 财联社, 某某资讯网, 证券时报 with a Latin tail), a stock exchange
# (上交所, 纳斯达克, 证券交易所)
COMPANY_NOT_NAME_ENDS = _w(
    "期 "
    "资讯网 财经网 新闻网 证券网 经济网 金融网 信息网 门户网 网站 "
    "财经 时报 日报 晚报 早报 商报 周刊 新闻 快讯 财联社 新华社 通讯社 电视台 "
    "交易所 交所 纳斯达克 纽交所 联交所"
)
