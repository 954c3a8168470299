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

# Simplified -> Traditional, one pair per entry, for every character whose Traditional form
# does not depend on the word. Characters that do (于: 於 in 关于, 于 as a surname; 制: 製 in
# 制药, 制 in 控制; 并, 余, 台, 注, 游, 占, 准, 系, 范, 钟, 咨, 干, 岳, 郁, 只) are left out:
# they stay as written, and the words where they change are in WORDS.
_PAIRS = """
    万萬 与與 业業 东東 两兩 严嚴 个個 临臨 为為 举舉 买買 争爭 云雲 产產 亿億 仅僅
    从從 们們 价價 众眾 优優 伙夥 会會 传傳 体體 俩倆 债債 偿償 储儲 兑兌 关關 兴興
    养養 兽獸 内內 册冊 农農 冯馮 决決 冻凍 净淨 减減 几幾 划劃 刘劉 则則 创創 别別
    剥剝 办辦 务務 动動 励勵 区區 医醫 协協 卖賣 卢盧 厅廳 参參 双雙 发發 变變 叶葉
    号號 后後 吕呂 启啟 吴吳 员員 响響 团團 园園 国國 图圖 场場 块塊 声聲 处處 备備
    头頭 娄婁 孙孫 实實 审審 对對 导導 寿壽 将將 层層 属屬 币幣 师師 帮幫 应應 庞龐
    开開 张張 归歸 当當 总總 愿願 戏戲 战戰 户戶 托託 执執 扩擴 抛拋 护護 报報 担擔
    拟擬 拥擁 挂掛 损損 换換 据據 揽攬 携攜 数數 时時 术術 机機 权權 条條 来來 杨楊
    构構 标標 欧歐 毕畢 气氣 汤湯 没沒 湾灣 点點 牵牽 独獨 环環 现現 电電 疗療 监監
    矿礦 码碼 确確 离離 称稱 竞競 筹籌 签簽 简簡 类類 约約 纪紀 纳納 组組 终終 经經
    结結 给給 络絡 统統 继繼 续續 维維 编編 缪繆 网網 罗羅 罚罰 聂聶 职職 联聯 苏蘇
    荐薦 药藥 获獲 营營 蒋蔣 蔺藺 虑慮 虽雖 补補 规規 计計 订訂 认認 讨討 让讓 议議
    记記 许許 讼訟 设設 证證 诉訴 词詞 话話 询詢 该該 语語 说說 请請 诸諸 调調 谈談
    谢謝 谭譚 负負 财財 责責 账賬 货貨 质質 购購 贵貴 贷貸 费費 贺賀 贾賈 赁賃 资資
    赔賠 赞贊 赠贈 赵趙 车車 转轉 软軟 辑輯 达達 过過 运運 还還 这這 进進 迟遲 邓鄧
    邬鄔 邮郵 邹鄒 郑鄭 采採 钢鋼 钱錢 铁鐵 银銀 链鏈 销銷 锂鋰 键鍵 镇鎮 长長 门門
    闫閆 问問 间間 闵閔 阅閱 队隊 际際 陆陸 陈陳 险險 随隨 韦韋 韩韓 项項 顾顧 预預
    领領 题題 颜顏 额額 风風 馆館 马馬 驳駁 骆駱 黄黃 龙龍 龚龔
"""
CHARS = {pair[0]: pair[1] for pair in _PAIRS.split()}

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
