"""Chinese cue words read by the link stage (named fragments, one comment each)."""

from __future__ import annotations

# words saying a metric went up (a value after them is a change); 成长 not as the end of
# 变成/完成/形成 ... before a word starting with 长 ("变成长城汽车")
CHANGE_UP = r"同比增长|加息|加快|环比增长|(?<![变變完形达達造构構组組促合])成[长長]|上调|上調|调升|調升|调高|調高|增长|增加|增幅|上涨|上升|提升|提高|大涨|暴涨|飙升|涨幅|增|涨|升|增長|增幅|上漲|漲幅|漲|提昇"

# words saying a metric went down (Taiwan's 衰退 too; 蒸发, 缩水: market value lost)
CHANGE_DOWN = r"蒸发|蒸發|缩水|縮水|同比下降|收窄|降息|放缓|放緩|环比下降|下调|下調|调降|調降|调低|調低|衰退|萎缩|萎縮|缩减|縮減|下降|减少|下跌|下滑|降低|跌幅|降幅|减|跌|降|下降|減少|下滑|減"

# a metric phrase that says its own move (加息): a basis-point value after it is that move
CHANGE_IN_PHRASE_UP = r"加息"

# a metric phrase that says its own fall (降息)
CHANGE_IN_PHRASE_DOWN = r"降息"

# words right before a value that make it the level reached, not a change
CHANGE_LEVEL_BEFORE = r"(?:至|到|达到|达|為|为|是|报收于|报收|收于|收於|收在|收报|收報|报|報|錄得|录得|實現|实现)\s*(?:每股)?\s*$"

# words right before a value that make it a change ("增长12%", "涨幅达5%")
CHANGE_BEFORE = rf"(?:(?:{CHANGE_UP}|{CHANGE_DOWN})了?|(?:涨幅|跌幅|增幅|降幅|漲幅|增速|升幅)(?:高|仅|僅)?(?:达到|达|為|为|是|約|约)?)\s*$"

# a change word right after a value, its direction in group up/down
CHANGE_AFTER = rf"^(?:的)?(?:(?P<up>{CHANGE_UP})|(?P<down>{CHANGE_DOWN}))"

# words before the earlier level a metric moved from (从, 较), also with the time it is
# of between (由上年同期的15%, 较去年的10亿元, 比巅峰时的200亿元, 由原先的8%)
CHANGE_FROM_BEFORE = (
    r"(?:从|從|由(?![于於])|较|較|(?<![占佔])比(?![例重率])|相比|相较|相較)"
    r"(?:[^，,。；;：:、\d%％]{0,6}[年月季期时時前先初末底日周週峰次][^，,。；;：:、\d%％]{0,3}的)?\s*$"
)

# cues of an outlook: values they govern are guidance (预测 not as the noun ending a
# clause: "经对其经营情况的分析预测，判断...")
KIND_GUIDANCE = r"预计|預計|(?:预测|預測)(?![，,。；;])|预期|預期|指引|指导|指導|展望|有望|将达|將達|计划|計劃|料将|預估|预估"

# cues of a goal: values they govern are targets
KIND_TARGET = r"目标|目標|力争|力爭"

# whose expectation a result is measured against (市场预期, 分析师此前的预期)
_EXPECTATION = (
    r"(?:市[场場]|分析[师師]|机构|機構|华尔街|華爾街|外界|业界|業界)?(?:此前|之前|先前|原先)?(?:的)?"
    r"(?:普遍|一致)?(?:预期|預期|预测|預測|期望)"
)

# words comparing a result with what was expected (符合预期, 不及市场预期, 低于分析师预期)
_COMPARED_WITH_EXPECTATION = (
    r"(?:符合|超出|超过|超過|超|低于|低於|高于|高於|不及|未及|未达|未達|好于|好於|差于|差於|优于|優於|"
    r"逊于|遜於|强于|強於|弱于|弱於)"
)

# guidance words that look back at a result (符合预期, 超出市场预期, 不及预期): the values
# beside them are results
KIND_LOOKS_BACK = (
    rf"(?:(?:略|远|遠|大幅|明显|明顯)?{_COMPARED_WITH_EXPECTATION}){_EXPECTATION}"
)

# right before the expected figure itself (高于预期的48亿元, 低于市场预期的4亿元,
# 市场预期为48亿元): what analysts expected, no result and no move
KIND_EXPECTED_BEFORE = (
    rf"{_EXPECTATION}(?:值)?(?:的|为|為|是|了)?\s*(?:约|約|近|逾|超过|超過|超)?\s*$"
)

# words opening a sentence that stop a period carrying over from the one before
PERIOD_NO_CARRY = r"更早|此前|之前|以前|早前|成立以来|成立以來|累计|累計|目前"

# a day right before a verb of statement dates the statement, not its values
# (小米昨日晚间发布公告称…, 腾讯周二表示…)
PERIOD_STATEMENT_BEFORE = r"(?!)"
# (the verb comes after the day in Chinese: 今日公布, 10月28日晚间公告)
PERIOD_STATEMENT_AFTER = (
    r"\s*(?:晚间|晚間|早间|早間|上午|下午|晚上|早上|盘后|盤後|盘前|盤前|傍晚|午间|午間)?"
    r"(?:发布公告|發佈公告|發布公告|公告|发布|發佈|發布|公布|表示|宣布|披露|称|稱|透露|指出|宣称|宣稱|确认|確認)"
)

# year to date (年初至报告期末, 今年以来): from the year's start to the end of the period
# the context reports
PERIOD_YEAR_TO_DATE = (
    r"(?:本年|今年)?年初至(?:本)?报告期末|(?:本年|今年)?年初至(?:本)?報告期末|年初至今|今年以来|今年以來"
    r"|年初以来|年初以來|本年累计|本年累計|本年度累计|本年度累計"
)
# (said before the value in Chinese)
PERIOD_YEAR_TO_DATE_AFTER = r"(?!)"

# between a value's lower bound and the qualifier of its upper ("不低于1亿元（含），不超过2亿元")
METRIC_BOUND_JOIN = r"\s*(?:[（(]含[)）])?\s*(?:且|并且|並且|但|、|，|,)?\s*"

# between 年初 and the period it runs to
PERIOD_YEAR_TO_DATE_UNTIL = r"\s*(?:至|到)\s*"

# a prior period that names its span (上年同期): the carried period's shape a year earlier
PERIOD_NAMES_SPAN = r"同期"

# words before a period a value is compared with (较去年同期)
PERIOD_REFERENCE_BEFORE = r"(?:较|較|比|相比|相较|相較|对比|對比|从|從|自)$"

# words that make a sentence compare its values with an earlier period
PERIOD_COMPARISON_CUE = rf"同比|较|較|相比|比|{CHANGE_UP}|{CHANGE_DOWN}"

# between a reference metric and its own value (the reading of "compared with net income
# of $1.2 million"); Chinese compares without naming the compared value this way
METRIC_REFERENCE_OWN_VALUE = r"(?!)"

# words before a metric named only as a reference (较发行价)
METRIC_REFERENCE_BEFORE = r"(?:较|比|相比|相较)$"

# before the metric a percentage is a share of (占营收的17%)
METRIC_SHARE_OF = r"占|佔"

# verbs of receiving money: an investment received is funding raised
METRIC_RECEIVES = r"获得|獲得|获|獲|收到|完成|募得|募集"

# what may stand between a value and the metric phrase after it (12亿现金收购)
METRIC_AFTER_GAP = (
    r"^(?:的|[A-Z]{1,2}\+?轮|的新|新的|(?:的)?(?:现金|現金|对价|對價|代价|代價|总价|總價|价格|價格)(?:的)?"
    r"|(?:进行|進行|已被|已经被|被|处于|處於)(?:了)?)?$"
)

# verbs and qualifiers that let a count belong to a metric named before it
METRIC_COUNT_VERB = r"(?:有|达|達|达到|達到|为|為|是|超过|超過|逾|约|約|近|共|总计|總計|合计|合計|共计|共計|增至|增加至|突破)\s*$"

# between a sum and the same sum in another currency in brackets after it
# ("6000亿韩元（约合4.55亿美元）"): the bracketed sum moved as the first did
CHANGE_EQUIVALENT_BRACKET = r"\s*[(（]\s*(?:约合|约|合|折合|相当于)?\s*"

# a growth word near a percentage: the value is a growth rate
METRIC_GROWTH_PHRASE = r"增长率|增長率|增速|同比增长|同比增長|增长|增長"

# a growth word before a percentage that names a growth rate: only the nouns ("增速为8%");
# the verb ("出口同比增长8%") says the unnamed subject rose, it names no metric
METRIC_GROWTH_PHRASE_BEFORE = r"增长率|增長率|增速"

# right before a sum per share that is paid or asked (以每股4.5港元配售, 每股作价10元): a price
METRIC_PRICE_PAID_BEFORE = (
    r"(?:(?:以|按|作[价價]|定[价價]|[价價]格?)(?:[为為]|是)?\s*(?:不超过|不超過|不低于|不低於|不高于|不高於|最高|最低|约|約)?\s*每股"
    r"|每股(?:作[价價]|定[价價]|[价價]格?)(?:[为為]|是)?)\s*$"
)

# the deal right after a sum per share (4.5港元配售, 38元认购): a price, not earnings
METRIC_PRICE_PAID_AFTER = (
    r"(?:的)?(?:[价價]格|[对對][价價])?(?:配售|[认認][购購]|[发發][行]|回[购購]|收[购購]|出售|[转轉][让讓]|受[让讓]|"
    r"[购購][买買]|[买買]入|[卖賣]出|增持|[减減]持|要[约約]|私有化|配股|供股|定增|增[发發])"
)

# the phrase before 为/达到 and a value: an unknown metric's name
PHRASE_BEFORE_VALUE = r"(?P<phrase>[\u4e00-\u9fff]{2,8}?)(?:为|為|达到|达|至|是|约为|約為|共计|合计|总计)\s*(?:约|近|超过|逾)?$"

# the verb before a sum saying what the money is (斥资, 捐赠)
PHRASE_MONEY_VERB = (
    r"(?P<phrase>承诺|承諾|捐赠|捐贈|捐款|投入|支付|花费|花費|斥资|斥資|出资|出資|筹集|籌集|募集|"
    r"获得|獲得|收到|出售|售出|拨款|撥款|补贴|補貼|赔偿|賠償|罚款|罰款|净买入|淨買入|净卖出|淨賣出|"
    r"买入|買入|卖出|賣出|购买|購買)了?\s*(?:约|約|近|超过|超過|逾)?\s*$"
)

# the deal verb right after a sum (出售, 购买)
PHRASE_DEAL_VERB_AFTER = (
    r"(?:的)?(?:价格|價格|对价|對價|代价|代價|现金|現金)?(?P<phrase>出售|购买|購買|受让|受讓|转让|轉讓|"
    r"认购|認購|回购|回購|增持|减持|減持|买入|買入|卖出|賣出)"
)

# the verb before a number of shares in its clause (认购, 质押)
PHRASE_SHARE_VERB = (
    r"(?P<phrase>卖出|賣出|买入|買入|持有|认购|認購|出售|发行|發行|购买|購買|增持|减持|減持|转让|轉讓|"
    r"受让|受讓|拍卖|拍賣|冻结|凍結|解质押|解質押|质押|質押)[^，,。；;：:！？]{0,16}$"
)

# shares or equity after a percentage: a stake
PHRASE_STAKE_AFTER = r"(?:的)?(?:多数|全部)?(?P<phrase>股份|股权|股權|股票)"

# between the members of a Chinese list of values
PHRASE_LIST_SEP = r"\s*(?:、|，|,|和|及|与|與|以及)\s*"

# what follows a company that is the subject of its clause (a date, an adverb, a verb)
COMPANY_LINK_SUBJECT_NEXT = (
    r"(?:[（(][^)）]{0,30}[)）][:：]?)?(?:于|於|在)?(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?"
    r"(?:(?:至|到|-|—|~)(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?)?"
    r"(?:晚间|晚間|晚|近日|今日|日前|已|再|又|共|也|还|還|亦|就|则|則|均|都|合计|合計|分别|分別|先后|先後|共同|"
    r"此次|本次|多次|再次|首次|正式|近期|随后|隨後|目前|已经|已經|曾经|曾經|预|預|刚刚|剛剛|一度|再度|"
    r"频频|頻頻|择机|擇機)?"
    r"(?:发布|發布|公告|公布|拟|擬|将|將|累计|累計|计划|計劃|宣布|披露|收购|收購|回购|回購|质押|質押|"
    r"减持|減持|增持|中标|中標|所持|持有|成为|成為|通过|通過|曾|作价|作價|斥资|斥資|认购|認購|"
    r"出资|出資|获得|獲得|获|獲|完成|签署|簽署|签订|簽訂|给付|給付|偿还|償還|申请|申請|提供|购买|購買|"
    r"出售|转让|轉讓|受让|受讓|以|对|對|向|与|與|为|為|及其|的全资子公司|全资子公司|控股子公司|子公司|"
    r"股价|股價|营收|營收|实现|實現|净利|淨利|市值|作为|作為|方面称|方面稱|的)"
)

# 公司/本公司/该公司: the company the sentence is about
COMPANY_LINK_PRONOUN = r"(?<![子母分])(?:该公司|該公司|本公司|公司)"

# right before the other side of a deal: the recipient of shares pledged, sold or
# transferred ("质押给中信证券"), or a lender or pledgee named by its role
COMPANY_LINK_RECIPIENT_BEFORE = (
    r"(?:(?:质押|質押|转让|轉讓|出售|借|交付|划转|劃轉)(?:给|給)|"
    r"(?:质权人|質權人|质权方|質權方|债权人|債權人|贷款人|貸款人|出借人)(?:为|為|是)?[:：]?)$"
)

# prepositions and role words before a counterparty
COMPANY_LINK_NOT_PARTY_BEFORE = (
    rf"(?:{COMPANY_LINK_RECIPIENT_BEFORE}|(?:與|与|和|及|对|對|从|從|自|被|以及|、)[“\"「『]?|(?<![存现現实實所正])在|向[\u4e00-\u9fff]{{0,6}}\s?|"
    r"(?:质权人|質權人|质权方|質權方|债权人|債權人|贷款人|貸款人|出借人|招标人|招標人|招标方|招標方|"
    r"采购人|採購人|发包人|發包人|业主|業主)(?:为|為|是)?[:：]?)$"
)

# the copula before a possessor (公司为X的中标候选人)
COMPANY_LINK_COPULA_BEFORE = r"(?:为|為|是)$"

# after a counterparty: the sender of a document (X发来的中标通知书)
COMPANY_LINK_NOT_PARTY_AFTER = r"(?:[(（][^)）]{0,30}[)）])?(?:发来|發來|签发|簽發|发出|發出|送达|送達|下发|下發|的?《?(?:中标|中標|成交)通知)"

# after a news source: 讯, 报道, 记者, a dateline's 】
COMPANY_LINK_SOURCE_AFTER = (
    r"(?:[A-Za-z]{0,4}(?:讯|訊)|(?:\d{1,2}月\d{1,2}日)?(?:报道|報道|报导|報導|消息|获悉|獲悉|记者|記者|丨|】)|"
    r"(?:\d{1,2}月\d{1,2}日)?[ \t]?(?:电|電)[ \t]?[(（(]记者)"
)

# "(以下简称": a name defined, not mentioned again
COMPANY_LINK_DEFINED_BEFORE = r"[(（][ \t]{0,2}(?:以下|下文|下)?(?:简称|簡稱|称|稱)?[ \t]{0,2}[:：为為]?[ \t]{0,2}[“\"「『‘']?[ \t]?$"

# 分别: the i-th value goes with the i-th company of the list
COMPANY_LINK_RESPECTIVELY = r"分别|分別|依次|各自"

# between the items of a list of companies
COMPANY_LINK_LIST_GAP = (
    r"(?:[(（][^)）]{0,24}[)）])?[ \t]?(?:、|和|及|与|與|以及|,|，|或)[ \t]?"
    r"(?:(?:全资|全資|控股)?(?:子公司|孙公司|孫公司))?"
)

# between the items of a list of values after 分别
COMPANY_LINK_VALUE_LIST_GAP = (
    r"^(?:股|元|美元|港元|亿股|億股|万股|萬股)?[ \t]?(?:、|和|及|与|與|以及|,|，)[ \t]?"
    r"(?:增持|减持|減持|为|為|是)?$"
)

# "占X总股本的5%": a share of a company's capital
COMPANY_LINK_OWNER_OF_CAPITAL = (
    r"(?:占|佔)?(?P<own>该公司|該公司|本公司|上市公司|公司|其)?(?:已发行|已發行|现有|現有)?"
    r"(?:总股本|總股本|总股份|總股份|股份总数|股份總數|股本总额|股本總額|总股数|總股數|A股总股本|A股總股本)"
    r"(?:的)?(?:比例|比重)?(?:为|為|约|約|达|達|的)?[ \t]?(?:约|約|近|超过|超過|不超过|不超過|逾)?[ \t]?$"
)

# "减持公司股份": shares of the company the sentence is about
COMPANY_LINK_OWNER_OF_SHARES = (
    r"(?:减持|減持|增持|回购|回購|买入|買入|卖出|賣出|出售)了?(?:其所持有?的?)?"
    r"(?P<own>该公司|該公司|本公司|公司)(?:无限售条件流通股|無限售條件流通股|无限售流通股|A股)?(?:股份|股票|股)?"
    r"(?:合计|合計|共计|共計|累计|累計|总计|總計)?(?:约|約|近|超过|超過|不超过|不超過|逾)?[ \t]?$"
)

# equity after a percentage: a stake in the company before it
COMPANY_LINK_STAKE_AFTER = r"[ \t]?(?:的)?(?:股权|股權|股份|权益|權益)"

# pledge words: a pledged stake is the pledger's
COMPANY_LINK_PLEDGE = r"质押|質押|出质|出質|冻结|凍結"

# the event verbs of a sentence
COMPANY_LINK_EVENT_VERB = r"质押|質押|出质|出質|冻结|凍結|减持|減持|增持|转让|轉讓|受让|受讓|收购|收購|购买|購買|出售|回购|回購|认购|認購"

# punctuation that ends a clause
COMPANY_LINK_CLAUSE_PUNCT = r"[，,。；;：:]"

# between a company and its metric (的, a period, 总体, 股份)
COMPANY_LINK_METRIC_GAP = (
    r"(?:的)?(?:\d{2,4}年)?(?:上半年|下半年|前三季度|全年|年度|一季度|二季度|三季度|四季度|第[一二三四]季度|"
    r"\d{1,2}月)?(?:的)?(?:总体|總體|整体|整體)?(?:股份|股票|股权|股權|持股|A股|H股)?"
)

# before a data source (数据来源:)
COMPANY_LINK_SOURCE_BEFORE = r"(?:数据来源|數據來源|资料来源|資料來源|来源|來源)[:：][ \t]?$"

# after a data provider (X数据显示)
COMPANY_LINK_DATA_AFTER = (
    r"[ \t]?(?:[A-Za-z]{2,8}[ \t]?)?(?:数据|數據|统计|統計)(?:显示|顯示|表明)?"
)

# a list word between a period list and 分别: the values may pair with another list
RESPECTIVELY_LIST_WORD = r"以及|和|及|与|與|、"

# between 分别 and its first value (为, 同比增长)
RESPECTIVELY_LEAD = r"[^，,。；;：:（）()0-9]{0,8}"

# the Chinese marker of a parallel list
RESPECTIVELY_MARKER = r"分别|分別"

# the list marks between two items of a list
RESPECTIVELY_AND = r"以及|和|及|与|與|、|，"

# after a year: "2019年", "2019年度"
RESPECTIVELY_YEAR_SUFFIX = r"\s?年度?"

# scale and currency words after a number: a four-digit number before one is no year
RESPECTIVELY_SCALE_WORDS = r"万|亿|億|元"

# comparison words: an apposition holding one gets no period from its primary value
RESPECTIVELY_COMPARATIVE = r"同比|环比|環比|较|較|增长|增長|下降"

# periods named relative to an earlier one (去年同期)
PERIOD_PRIOR = r"去年同期|上年同期|同期"

# a period named as the year before the sentence's own (2022年……，上年同期为1.2亿元)
PERIOD_YEAR_BEFORE_OWN = r"上年同期|去年同期|上年度|上一年度|上一年|上年"

# words that put a span of time ahead (未来三年): never a comparison
PERIOD_AHEAD_WORDS = ("未来",)

# a stock index moving up, as Chinese market news writes it (恒生指数收涨1.2%, 涨幅0.35%)
MARKET_UP = r"上涨|上漲|收涨|收漲|收高|大涨|大漲|飙升|飆升|攀升|走高|反弹|反彈|上升|涨幅|漲幅|升幅|涨|漲|升"

# a stock index moving down (创业板指下跌1.1%, 跌幅2%)
MARKET_DOWN = r"下跌|收跌|收低|大跌|暴跌|重挫|下挫|走低|回落|下滑|下降|跌幅|降幅|跌|挫|降"

# between an index and its move: when it moved (今日, 早盘) and the level it closed at
# (收报3,050.12点，涨幅0.35%)
MARKET_AFTER_SUBJECT = (
    # the market its shares trade in (阿里巴巴港股跌5%, 蔚来美股涨3%)
    r"(?:港股|美股|A股|H股|股票|(?P<stock>股价|股價))?"
    r"(?:今日|今天|昨日|当日|當日|全天|全日|本周|本週|上周|上週|周[一二三四五日]|週[一二三四五日]|"
    r"早盘|早盤|午盘|午盤|盘中|盤中|尾盘|尾盤|收盘|收盤|收市|开市|開市|一度)*\s*"
    r"(?:(?:收[报報]|[报報]收|[报報])(?:于|於)?\s*[\d,.]+\s*[点點]\s*[，,、]?\s*)?"
    rf"(?P<verb>(?P<up>{MARKET_UP})|(?P<down>{MARKET_DOWN}))(?:了)?(?:[为為]|达|達)?\s*(?:约|約|近|逾|超过|超過|超)?\s*$"
)

# after an index name: its members (沪深300成分股) or futures on it (恒指期货), not the index
MARKET_INDEX_NOT_AFTER = r"成[分份]股|期[货貨]|ETF"

# major stock indices as Chinese news writes them (Simplified; extractor.market adds the
# Traditional forms), keyed by their canonical name in the English table (a Chinese and an
# English mention of one index give the same company)
MARKET_INDICES: dict[str, tuple[str, ...]] = {
    "Hang Seng": ("恒生指数", "恒指"),
    "Hang Seng Tech": ("恒生科技指数", "恒生科指", "恒科指"),
    "Hang Seng China Enterprises": ("恒生中国企业指数", "国企指数"),
    "Shanghai Composite": ("上证综合指数", "上证综指", "上证指数", "沪指"),
    "Shenzhen Component": ("深证成份指数", "深证成指", "深成指"),
    "ChiNext": ("创业板指数", "创业板指"),
    "STAR 50": ("科创50指数", "科创50"),
    "CSI 300": ("沪深300指数", "沪深300"),
    "CSI 500": ("中证500指数", "中证500"),
    "SSE 50": ("上证50指数", "上证50"),
    "Nikkei 225": ("日经225指数", "日经225", "日经指数"),
    "S&P 500": ("标普500指数", "标普500"),
    "Dow Jones Industrial Average": ("道琼斯工业平均指数", "道琼斯指数", "道指"),
    "Nasdaq Composite": ("纳斯达克综合指数", "纳斯达克指数", "纳指"),
    "KOSPI": ("韩国综合指数", "韩国综指"),
    "FTSE 100": ("富时100指数", "富时100"),
    "DAX": ("德国DAX指数", "DAX指数"),
}

# between a share's move and the price it ended at ("涨4%，报15.82港元", "跌2%至31.5元")
MARKET_MOVE_TO_PRICE = r"\s*[，,]?\s*(?:收[报報]|[报報]|收[于於]|至)\s*"

# between a value and a period after it that opens the next item ("2亿元以及第四季度营收3亿元")
PERIOD_NEXT_ITEM_JOIN = r"以及|并且|並且|而"
