"""Chinese company-name rules' building blocks: company words, boundary words and the
cuts that find where a name starts before its company word."""

from __future__ import annotations

import re

from .company_text import (
    _CJK,
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
    _w,
    is_pronoun_company,
)

_CHAIN_RE = re.compile(
    f"(?:(?P<ind>(?:{_alt(_IND_WORDS)}){{1,2}})?(?P<mid>(?:{_alt(_MID_WORDS)}){{1,2}})?"
    f"(?P<tail>{_alt(_TAIL_WORDS)})?)"
    r"(?P<lp>[(（]有限合[伙夥][)）])?"
)
_CHAIN_START_RE = re.compile(f"(?:{_alt(_IND_WORDS + _MID_WORDS + _TAIL_WORDS)})")
_AMOUNT_NEXT_RE = re.compile(
    r"(?:了|约|約|逾|近|超过|超過|人民币|人民幣)?[ \t]?[\d一二三四五六七八九十两兩百千万萬亿億]"
)
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
_PRICE_BRACKET_RE = re.compile(
    r"[(（][ \t]?-?\d{1,5}\.\d{1,4}[ \t]?[,，][-+\d.,，%％ \t]{1,30}[)）]$"
)
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
_PUBLISH_BEFORE = (
    "发布",
    "發布",
    "披露",
    "公布",
    "发出",
    "發出",
    "发",
    "發",
    "的",
    "此",
    "该",
    "該",
    "份",
    "篇",
    "则",
    "則",
    "项",
    "項",
)
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
    "".join(w[0] for w in _SUBJECT_ADVERBS + _SUBJECT_TIMES + _SUBJECT_VERBS)
    + "于於在以及与與(（:：0123456789"
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
_HOLD_VERBS = frozenset(
    _w("减持 減持 增持 持有 买入 買入 卖出 賣出 净买入 淨買入 净卖出 淨賣出 举牌 舉牌")
)
_OBJECT_VERB_RE = re.compile(
    _trie_regex(
        _HOLD_VERBS | frozenset(_w("收购 收購 购买 購買 受让 受讓 转让 轉讓 出售 抛售 拋售"))
    )
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
_STAKE_MODIFIERS = (
    "剩余",
    "剩餘",
    "额外",
    "額外",
    "另外",
    "全部",
    "部分",
    "合计",
    "合計",
    "共计",
    "共計",
    "约",
    "約",
    "各",
)
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
_NOT_NAME_FIRST = frozenset(
    "我你您他她它咱其已又预預占佔获獲确確保最同晚近今也还還再并並而但就都均仍即则則所要会會能可应應该該此这這那各每另据據截本自两兩符"
)
_NOT_NAME_LAST = frozenset("其已又预預的了时時间間也还還再并並至超")
_ROLE_INFIXES = ("股东", "股東", "控制人", "变动", "變動", "董事", "高管", "证券简称", "證券簡稱")
_TIME_WORDS = _ZH.word_set("TIME_WORDS")
_NOT_SUBJECT_ZH = _ZH.word_set("NOT_SUBJECT")
_SURNAMES = _ZH.word_set("SURNAMES")
# Role words right before a person's name (实际控制人王某某, 董事长李某).
_PERSON_ROLE_BEFORE = (
    "实际控制人",
    "實際控制人",
    "实控人",
    "實控人",
    "董事长",
    "董事長",
    "总裁",
    "總裁",
    "总经理",
    "總經理",
    "董事",
    "监事",
    "監事",
    "高管",
    "创始人",
    "創始人",
    "自然人",
    "法定代表人",
    "副总",
    "副總",
    "财务总监",
    "財務總監",
    "首席执行官",
    "首席執行官",
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
