"""Every finding code as the rules page explains it: what is checked, how severe, and the words of
the notice (陕公图联发〔2025〕05号) it rests on. Codes without notice words are about the file itself.

tests/check/test_rulebook.py checks that every code has an entry and every quotation is the
notice's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from generator.check.codes import CODES
from generator.models.awards import COLLECTIVE_FORM, INDIVIDUAL_FORM, SPECIAL_FORM, SUMMARY_FORM
from generator.models.campaign_config import CampaignConfig


@dataclass(frozen=True)
class RuleText:
    code: str
    severity: str  # 错误 / 警告 / 错误或警告
    checks: str
    notice: str | None = None  # the notice's own words, verbatim

    @property
    def title(self) -> str:
        return CODES[self.code]


RULES: list[RuleText] = [
    RuleText("F001", "错误", "文件须为 UTF-8 编码；看起来是 GBK/GB18030 或 UTF-16 时说明如何另存。"),
    RuleText("F002", "错误", "YAML 格式：全角冒号、Tab 缩进、全角空格、以引号等符号开头的内容等常见错误。"),
    RuleText("F003", "错误", "同一字段写了两次。"),
    RuleText("F004", "错误", "过大、嵌套过深、使用别名或标签等不安全的内容；配图不在本文件夹。"),
    RuleText("F005", "错误", "文件放错位置或类型无法识别。"),
    RuleText("F006", "警告", "文件名只用小写英文字母、数字和连字符。"),
    RuleText("F007", "警告", "不加引号的内容里「 #」后面的文字会被当作注释而丢失。"),
    RuleText("F008", "错误", "配图是 iPhone 的 HEIC/HEIF 格式照片：说明如何转成 JPG（只报这一条）。"),
    RuleText("F009", "错误", "stamped/ 中的盖章扫描件只收 PDF、JPG、PNG，不能为空或超过 20 MB，内容须与扩展名相符"
             "（按文件开头的字节判断）；iPhone 的 HEIC 照片说明如何转成 JPG。"),
    RuleText("F010", "错误", "正文里的 Markdown 图片「![说明](文件)」：案例正文中只显示本文件夹里的图片文件，"
             "其他地址（网址、本机路径、别的文件夹、找不到的文件）是错误；先进集体、先进个人、"
             f"专项工作先进集体推荐表（{COLLECTIVE_FORM.label}、{INDIVIDUAL_FORM.number}、{SPECIAL_FORM.number}）"
             "的文字要印在纸上，其中的任何图片都是错误。图片请放在「配图」里。",
             "对评选出的优秀案例颁发“联盟优秀服务案例”证书，并推荐在联盟会上进行交流"),
    RuleText("F011", "警告", "网站和纸质推荐表不按原样显示的 Markdown：HTML 代码（含 <img> 图片标签，原样显示为文字）、指向其他网站的链接"
             "（纸上只印文字）、不是网址的链接（file://、C:\\…、相对路径：网站上点不开）、删除线 ~~…~~"
             "（网站显示波浪号，纸上印成普通文字）；说明网站和纸上会显示什么。",
             "具体说明突出成绩"),
    RuleText("S001", "错误", "缺少必填字段或必填字段为空。"),
    RuleText("S002", "错误", "推荐表上没有的字段（提示最接近的字段名）。"),
    RuleText("S003", "错误", "字段值不正确：类型、选项、日期、电话、加盟时间（写到年月）、重复的评选条件等。"),
    RuleText("S004", "错误", "文字超过通知规定的字数上限（主要事迹 500 字）；字数按印出来的文字计（Markdown 符号和空格不计，连写的英文或数字算 1 字）。",
             "主要事迹（500 字内）"),
    RuleText("S005", "错误", "推荐了先进集体或先进个人的城市须有《推荐对象汇总表》表头 summary.yaml；只报送案例的城市不需要。",
             "委员馆确定本市拟推荐名单后，填写《推荐对象汇总表》及正式推荐意见"),
    RuleText("S006", "警告", "先进个人的「业务领域」可填一项或几项（列表或顿号隔开），专项工作的名称也算；"
             "方案未列的领域是警告，由联盟办审议。",
             "在技术支持、地方文献联合征集、特色数据库建设、数字资源服务、阅读推广、联合参考咨询、会展服务、特殊群体服务工作中"),
    RuleText("S007", "警告", "盖章扫描件的文件名须对应本文件夹的一份推荐材料（individual-zhang-san.yaml 的盖章件为 "
             "stamped/individual-zhang-san.pdf，汇总表为 stamped/summary.pdf，多页加 -1、-2），否则联盟办无法知道它是哪份材料的原件。"),
    RuleText("E001", "错误", "被推荐的单位须是推荐城市的联盟图书馆（城市文件夹），或联盟成员馆（工作组、联盟办文件夹）。",
             "各委员馆负责组织本市辖区奖项的申报、推荐及初评工作"),
    RuleText("E002", "错误", "委员馆不能占用本市名额推荐自己为先进集体。",
             "不包括委员馆自身，委员馆先进集体由联盟办及联盟各工作组推选确定"),
    RuleText("E003", "错误", "成员馆只能申报第 1–2 项评选条件，委员馆可申报第 1–3 项。",
             "注：1—2项为成员馆评选条件；1—3项为委员馆评选条件。"),
    RuleText("E004", "错误或警告", "馆长（按「是否馆长」或职务判断：馆长、代馆长、主持工作的副馆长、书记兼馆长等）"
             "原则上不参评：没有参评理由是错误，写明理由是警告；名誉馆长、分馆馆长等须核实，为警告。",
             "馆长原则上不参评"),
    RuleText("E005", "错误", "先进个人的单位须是联盟图书馆或工作组；城市推荐的须是本市的联盟图书馆。",
             "联盟委员馆、成员馆、工作组中从事联盟各专项业务工作的人员（含聘用人员）"),
    RuleText("E006", "警告", "案例主题不在方案列出的主题之内：方案以「等方面」结尾，其他主题也可申报，由联盟办审议。",
             "在数智赋能图书馆建设发展、基层服务模式创新、地域特色活动开展、图书馆总分馆体系建设等方面有特色的图书馆服务案例"),
    RuleText("E007", "错误或警告", "专项工作先进集体只由工作组推荐，推荐依据须为「全省名列前茅」或「较上一年度有较大进步」；"
             "方案尚未设立的专项只是警告，但列入表彰名单前须由联盟办设立。",
             "各专项奖的设立及名额，根据当年工作开展情况确定"),
    RuleText("E008", "错误", "案例的实施时间、先进个人的从事本工作时间须在考核时限之内（开始不晚于考核期末）。",
             "评奖考核时限（数据统计区间）：2024年1月1日至2024年12月31日"),
    RuleText("E009", "警告", "加盟时间与联盟名录登记的不一致。"),
    RuleText("E010", "错误", "填了「是否联络人: 是」的须是本市委员馆登记的当年联络人，姓名和单位都一致（联络人更换后，"
             "前任在任内的年度仍是联络人）；同名的其他单位人员是普通先进个人，占本市名额。",
             "各委员馆联盟工作联络人不占此名额"),
    RuleText("E011", "错误", "成员馆的联盟工作先进集体只能由所在市委员馆推荐，联盟办和工作组推选的是委员馆。",
             "每个委员馆可推荐1个先进集体（不包括委员馆自身，委员馆先进集体由联盟办及联盟各工作组推选确定）"),
    RuleText("E012", "警告", "推荐了本市登记的联络人却填「是否联络人: 否」：按联络人计算，不占名额。",
             "各委员馆联盟工作联络人不占此名额，联盟办将对联盟工作联络人另外进行表彰"),
    RuleText("E013", "错误", "联盟名录登记的加盟时间晚于考核时限结束的图书馆，当年还不是联盟成员馆：它和它的工作人员都不能参评。",
             "联盟工作先进集体、联盟专项工作先进集体：联盟委员馆、成员馆"),
    RuleText("E014", "警告", "先进个人的「从事本工作时间」在考核时限开始前就已结束，或先进集体、专项先进集体的「主要工作成绩」"
             "只写了考核时限以前的年份：可能是往年的材料，请核对。",
             "评奖考核时限（数据统计区间）：2024年1月1日至2024年12月31日"),
    RuleText("E015", "错误", "「单位」里用顿号、逗号或斜杠写了几个联盟单位：推荐表推荐一个单位；"
             "几个馆共同实施的案例，其他单位写进「合作单位」列表（每个合作单位都须在联盟名录中）。",
             "对评选出的先进集体授予“联盟工作先进集体”“联盟专项工作先进集体”称号，并颁发奖牌"),
    RuleText("E016", "警告", "网站公开的文字（主要事迹、主要工作成绩、案例正文、案例简介等）里有像手机号、座机号、"
             "身份证号的数字，或本表填写的联系电话：提示删去（消息里只显示号码的头尾几位）。个人电话只填在「联系电话」，"
             "只用于纸质表；honors privacy site 也列出这些文字。",
             "推荐申报工作坚持公开、公平、公正原则"),
    RuleText("E017", "警告", "汇总表表头 summary.yaml 的「填报日期」早于评选方案的发布日期或晚于截止日期："
             "多半是笔误或沿用了往年的日期，纸质表会印出它，所以提醒核对。",
             "填写《推荐对象汇总表》及正式推荐意见、拟推荐单位和个人《推荐表》于4月8日前报送联盟办公室"),
    RuleText("E018", "警告", "通知没有规定字数的文字长于网站的建议：案例名称超过 60 字、案例简介超过 300 字时，"
             "说明网站会怎样显示（卡片和标题会很长），只是提醒，不拦住提交。",
             "在数智赋能图书馆建设发展、基层服务模式创新、地域特色活动开展、图书馆总分馆体系建设等方面有特色的图书馆服务案例"),
    RuleText("E020", "错误", "评选方案的「纸质原件」记录联盟办收到的盖章纸质原件：文件夹须是本年度的城市、工作组或联盟办（office）文件夹，"
             "所列材料须是该文件夹中的推荐材料，送达日期不能早于通知发布日期。",
             "填写《推荐对象汇总表》及正式推荐意见、拟推荐单位和个人《推荐表》于4月8日前报送联盟办公室"),
    RuleText("Q001", "错误", "每个委员馆推荐的先进集体不超过名额（不含委员馆自身）。", "每个委员馆可推荐1个先进集体"),
    RuleText("Q002", "错误", "每个委员馆推荐的先进个人不超过名额（联络人不占名额）。",
             "2名先进个人（各委员馆联盟工作联络人不占此名额"),
    RuleText("Q003", "错误", "表彰名单评出的联盟工作先进集体（城市、联盟办、工作组合计）不超过上限。",
             "由此方式评选出的联盟先进集体不超过15个"),
    RuleText("Q004", "错误", "表彰名单评出的联盟工作先进个人（各渠道合计，联络人另行表彰不计）不超过上限。",
             "联盟工作先进个人不超过32名"),
    RuleText("Q005", "错误", "每个专项评出的先进集体不超过该专项的名额；名额「待定」时不检查。",
             "各专项奖的设立及名额，根据当年工作开展情况确定"),
    RuleText("D001", "错误或警告", "同一人、同一单位的同一奖项、同一单位的同名案例（标题只差标点、引号的算同名）只推荐一次。"
             "姓名按统一写法比较（全角半角、空格、间隔号、看不见的字符、繁体简体都不计）；城市、工作组、联盟办、联络人表彰各渠道一并比较。"
             "姓名和单位都相同是错误（单位按联盟名录比较，曾用名与现用名是同一馆）；单位写法不同但姓名相同、性别和年龄相同或主要事迹几乎相同，"
             f"是「可能是同一人」的警告，两项出自同一推荐单位时是错误（{SUMMARY_FORM.label} 会把此人列两次）；"
             "这样的两项都在表彰名单中通过是错误。",
             "推荐的先进集体和先进个人要事迹突出，坚持工作实绩和贡献大小作为衡量标准，做到好中选优"),
    RuleText("D002", "错误", "表彰名单中的每一项须是存在的、奖项相同的推荐材料，且只出现一次。",
             "联盟办对各市推荐名单及材料进行汇总整理，召集联盟工作组会议审议，最终确定拟表彰名单"),
    RuleText("D003", "错误或警告", "截止日期后新增推荐材料（含改名、复制而来的）、替换被推荐对象（姓名、案例名称、单位改变）"
             "或撤回推荐，须经联盟办准予逾期（以材料到达服务器的时间为准）；截止后的其他修改为警告。",
             "于4月8日前报送联盟办公室"),
    RuleText("D004", "错误", "一次修改只能动提交者和每个推送者有权修改的文件夹（本市、本工作组）；"
             "程序、配置、文档、联盟名录和评选方案只有联盟办可以修改。",
             "各委员馆负责组织本市辖区奖项的申报、推荐及初评工作"),
    RuleText("D005", "错误", "联络人表彰的城市和姓名须与联盟名录登记的联络人一致。",
             "联盟办将对联盟工作联络人另外进行表彰"),
    RuleText("D006", "错误", "同一人在表彰名单中只出现一次（联络人不能既作先进个人又另行表彰）。",
             "联盟办将对联盟工作联络人另外进行表彰"),
    RuleText("D007", "警告", "已表彰的年度须用 honors close 冻结当年的联盟名录，以免日后修改名录改变这一年的结果。"),
    RuleText("D008", "错误", "推荐文件夹中只能有推荐材料、汇总表、案例配图和盖章扫描件（stamped/）"
             "（工作组另可有业务数据 data/）。", "将推荐名单及材料一并报送"),
    RuleText("D010", "错误或警告", "表彰名单和联络人表彰的每一项按会议结论处理：写了「结论: 通过 / 不通过」以结论为准；"
             "不写结论时，审定意见为「同意」（或不写）即通过，其他一律不通过。未通过的不在网站、公示、表彰决定、"
             "证书、奖牌、名单表格中公布，也不计入名额；结论与审定意见矛盾是错误，审定意见既非「同意」也非明确不同意是警告。",
             "召集联盟工作组会议审议，最终确定拟表彰名单"),
    RuleText("D011", "警告", "往年已表彰（已冻结的年度）的同一人或同一单位的案例，以几乎相同的事迹再次参评：提示评审会审议。"
             "通知并未禁止再次获评，所以只是警告。",
             "推荐的先进集体和先进个人要事迹突出，坚持工作实绩和贡献大小作为衡量标准，做到好中选优"),
    RuleText("D013", "错误", "用 honors close 结束的年度，其评选方案、表彰名单和推荐材料按封存时的内容核对：改动、新增或"
             "删除文件都是错误，除非联盟办用 honors close --correct 记下更正及理由（网站更新记录显示）。",
             "联盟工作委员会拟在今年联盟工作会议上对2024年度涌现出的联盟工作先进集体、先进个人、优秀服务案例进行表彰"),
    RuleText("D014", "错误或警告", "评选方案的日期须按通知的先后：截止日期在考核时限之后、不早于通知发布日期，公示在截止日期"
             "和审定之后，表彰决定的成文日期在公示期满之后；要生成的文件（公示中起的公示、已表彰时的决定）日期不符为错误，"
             "准备阶段为警告。",
             "请大家于2025年4月8日前，将推荐名单及材料一并报送至联盟工作委员会办公室"),
    RuleText("D015", "警告", "评选方案中引述通知的文字（如「不超过32名」「4月8日前」「2024年度」）须与本年度配置的名额、"
             "截止日期和年度一致，以免评选规则页同时出现两种说法。",
             "由此方式评选出的联盟先进集体不超过15个，联盟工作先进个人不超过32名"),
    RuleText("D016", "警告", "已表彰、尚未结束的年度，表彰名单须写明表彰决定的完整文号（如「陕公图联发〔2025〕08号」），"
             "否则表彰决定印出「〔　　〕　号」留待手写。",
             "陕公图联发〔2025〕 05号"),
    RuleText("D017", "警告", "联盟名录中工作组的「前身」（合并或更名前的工作组）须是变更年份以前某一年度登记过或推荐过的工作组"
             "（代码或名称相符），以便往年的推荐与表彰接续到现在的工作组。",
             "各工作组根据年度业务工作开展情况，做好联盟专项工作先进集体、先进个人、优秀服务案例的推荐工作"),
    RuleText("D018", "错误", "工作组的「前身」不能绕回自身（甲的前身是乙、乙的前身又是甲，或前身写成本组现在的代码和名称）："
             "否则分不清哪个是现在的工作组。",
             "各工作组根据年度业务工作开展情况，做好联盟专项工作先进集体、先进个人、优秀服务案例的推荐工作"),
    RuleText("A001", "错误或警告", "工作组 data 文件夹中的业务数据文件（.csv 或 .yaml）：表头有「单位」和本专项配置的每个指标；"
             "没有专项使用的文件为警告。", "联盟各工作组根据成员馆专项工作开展情况、业务数据等，结合各地区、各馆实际情况，对联盟成员馆各项业务工作进行考核排名"),
    RuleText("A002", "警告", "业务数据中的每个单位须是联盟名录中的图书馆（提示最接近的馆名）；名录中没有的不参加排名。", "联盟各工作组根据成员馆专项工作开展情况、业务数据等，结合各地区、各馆实际情况，对联盟成员馆各项业务工作进行考核排名"),
    RuleText("A003", "错误或警告", "数值须是不为负的数字：可写 1,234（千分位）、3.5万、全角数字或百分数；空白按 0 计，为警告。",
             "坚持客观数据比较与注重地区差异相结合的原则"),
    RuleText("A004", "错误", "同一单位在一个数据文件中只写一行。", "联盟各工作组根据成员馆专项工作开展情况、业务数据等，结合各地区、各馆实际情况，对联盟成员馆各项业务工作进行考核排名"),
    RuleText("A005", "警告", "按人均调整时，联盟名录没有登记服务人口的馆无法调整，不参加排名。",
             "结合各地区、各馆实际情况"),
    RuleText("A006", "警告", "推荐依据为「全省名列前茅」，但按业务数据计算的排名不在配置的名次之内。",
             "在专项工作中全省名列前茅，起到示范带头作用的成员馆"),
    RuleText("A007", "警告", "推荐依据为「较上一年度有较大进步」，但各指标较上一年度的加权增长未达到配置的幅度。",
             "在联盟专项工作中较上一年度有较大进步的成员馆"),
    RuleText("A008", "警告", "「考核排名」写的名次与按业务数据计算的名次不一致。", "联盟各工作组根据成员馆专项工作开展情况、业务数据等，结合各地区、各馆实际情况，对联盟成员馆各项业务工作进行考核排名"),
    RuleText("A009", "警告", "专项配置了考核，但工作组没有业务数据文件、数据中没有被推荐的馆，或没有上一年度的数据："
             "推荐依据未经核对。", "联盟各工作组根据成员馆专项工作开展情况、业务数据等，结合各地区、各馆实际情况，对联盟成员馆各项业务工作进行考核排名"),
    RuleText("A010", "警告", "评委对本单位、本市、本工作组的推荐须回避：会议记录中出席的评委与某项审定结果有回避关系而未记回避。",
             "公开、公平、公正原则，按照评选条件和规定程序进行"),
    RuleText("A011", "警告", "同一专项、同一考核标准（委员馆、成员馆分别排名）内，入选项排在未入选项之后时，须记录会议的理由（名次按工作组业务数据计算的考核排名；该专项没有数据时按推荐表「考核排名」所写）。",
             "对联盟成员馆各项业务工作进行考核排名，拟定推荐名单"),
    RuleText("A012", "警告", "会议记录的出席、回避评委须是评选方案「评委」名单中的人，才能判断回避。",
             "召集联盟工作组会议审议，最终确定拟表彰名单"),
    RuleText("A013", "错误", "公示期收到的异议处理完之前，所涉项目不能从拟表彰转为已表彰（异议记录为联盟办私有数据）。",
             "公开、公平、公正原则，按照评选条件和规定程序进行"),
    RuleText("A014", "错误", "因异议撤销的项目须从表彰名单中删去，网站、表彰决定、证书随之更新。",
             "公开、公平、公正原则，按照评选条件和规定程序进行"),
    RuleText("A015", "警告", "异议记录所涉的推荐材料须是本年度的推荐文件。",
             "广泛听取基层意见，充分发扬民主"),
    RuleText("A016", "警告", "写了公示「工作日」时，「结束」须是按法定节假日和调休计满这些工作日的那一天（通知未规定公示天数，由方案确定）。",
             "公开、公平、公正原则，按照评选条件和规定程序进行"),
    RuleText("A017", "警告", "公示期所在年份的放假安排尚未收录时，说明无法按工作日核对，而不猜测。",
             "公开、公平、公正原则，按照评选条件和规定程序进行"),
    RuleText("A018", "警告", "因异议撤销的项目须在「名单变更」中公开记录（不写异议人），网站的名单变更记录据此显示。",
             "公开、公平、公正原则，按照评选条件和规定程序进行"),
]


# The numbers and dates the notice quoted above states for its own year (2024), each with the
# value a year's configuration gives it: every year's rules page quotes the scheme of that year.
def _period(config: CampaignConfig) -> str:
    p = config.period
    return f"{p.start.year}年{p.start.month}月{p.start.day}日至{p.end.year}年{p.end.month}月{p.end.day}日"


_YEAR_WORDS: list[tuple[re.Pattern[str], Callable[[CampaignConfig], str | None]]] = [
    (re.compile(r"2024年1月1日至2024年12月31日"), _period),
    (re.compile(r"不超过15个"), lambda c: f"不超过{c.quotas.collective_cap}个"),
    (re.compile(r"不超过32名"), lambda c: f"不超过{c.quotas.individual_cap}名"),
    (re.compile(r"于2025年4月8日前"), lambda c: f"于{c.deadline.year}年{c.deadline.month}月{c.deadline.day}日前"),
    (re.compile(r"于4月8日前"), lambda c: f"于{c.deadline.month}月{c.deadline.day}日前"),
    (re.compile(r"2024年度"), lambda c: f"{c.year}年度"),
    (re.compile(r"陕公图联发〔2025〕\s*05号"), lambda c: c.notice_number),
]


def quoted_for(notice: str, config: CampaignConfig) -> str:
    """A rule's quotation as that year's scheme states it: the 2024 notice's caps, deadline, period,
    year and number replaced by the year's own (「不超过32名」 never shown beside a cap of 30)."""
    text = notice
    for pattern, value in _YEAR_WORDS:
        own = value(config)
        if own:
            text = pattern.sub(partial(_own_words, own=own), text)
    return text


def _own_words(match: re.Match[str], own: str) -> str:
    """The year's words, or the notice's where they differ only in spacing (「〔2025〕 05号」)."""
    written = match[0]
    return written if "".join(written.split()) == "".join(own.split()) else own


@dataclass(frozen=True)
class Example:
    """An input that gets a code, as a librarian wrote it, and the example case (tests/cases/invalid)
    whose files hold it; literal says the words stand in the case's files as shown."""

    input: str
    case: str | None  # None: a pull request's check only (tests/pullrequest runs it)
    literal: bool = True


# The rules page's 「例如」 column; tests/check/test_rulebook.py runs each example's case through
# the validator's expectations and finds the words in its files.
EXAMPLES: dict[str, Example] = {
    "F001": Example("individual-gbk.yaml 存成了 GBK 编码", "F001-gbk", literal=False),
    "F002": Example("职务: @部门主任", "F002-at-sign-at-value-start"),
    "F003": Example("姓名: 测试乙（「姓名」写了两次）", "F003-duplicate-key", literal=False),
    "F004": Example("所在部门: &d 阅读推广部", "F004-alias"),
    "F005": Example("individual-a.yml", "F005-yml-extension"),
    "F006": Example("individual zhang san.yaml", "hostile-file-name-spaces"),
    "F007": Example("主要事迹: 全年开展活动120场 #全民阅读", "F007-hashtag-cut"),
    "F008": Example("- IMG_0001.HEIC", "F008-iphone-heic-photo"),
    "F009": Example("stamped/IMG_0001.HEIC", "F009-stamped-scan-unusable"),
    "F010": Example("![现场](C:\\照片\\现场.jpg)", "F010-picture-not-shown"),
    "F011": Example('<font color="red">', "F011-markup-shown-otherwise"),
    "S001": Example("姓名:", "S001-empty-value"),
    "S002": Example("姓明: 测试甲", "S002-typo-key"),
    "S003": Example("年龄: 35岁", "S003-age-with-unit"),
    "S004": Example("主要事迹写了 501 字", "S004-deeds-501", literal=False),
    "S005": Example("本市有推荐表，却没有 summary.yaml", "S005-missing-summary", literal=False),
    "S006": Example("业务领域: 图书采编", "S006-field-unknown"),
    "S007": Example("stamped/sumary.pdf", "S007-stamped-scan-unmatched"),
    "E001": Example("- 西安市秦岭书院", "E001-case-partner-unregistered"),
    "E002": Example("单位: 西安市图书馆", "E002-committee-self"),
    "E003": Example("评选条件: [1, 2, 3]", "E003-member-criterion-3"),
    "E004": Example("是否馆长: 是", "E004-director-no-reason"),
    "E005": Example("单位: 宝鸡市秦岭区图书馆", "E005-unit-not-in-city"),
    "E006": Example("案例主题: 智慧图书馆", "E006-unknown-theme"),
    "E007": Example("推荐依据: 表现良好", "E007-bad-basis"),
    "E008": Example("开始日期: 2023-03-01", "E008-case-in-2023"),
    "E009": Example("加盟时间: 2015-03", "E009-committee-by-office"),
    "E010": Example("是否联络人: 是", "E010-not-the-liaison"),
    "E011": Example("单位: 西安市灞水区图书馆", "E011-group-nominates-member"),
    "E012": Example("姓名: 韩雪梅", "E012-liaison-not-flagged"),
    "E013": Example("单位: 西安市高陵塬区图书馆", "E013-joined-after-period"),
    "E014": Example("2022年、2023年本馆完成联盟各项任务", "E014-work-before-period"),
    "E015": Example("单位: 西安市灞水区图书馆，西安市浐河区图书馆", "E015-collective-two-libraries"),
    "E016": Example("读者可拨打 139 1234 5678 预约讲座", "E016-deeds-phones-and-id-card"),
    "E017": Example("填报日期: 2025-04-18", "E017-summary-filled-outside-the-window"),
    "E018": Example("案例简介写了 301 字", "E018-case-summary-301", literal=False),
    "E020": Example("文件夹: cities/xiam", "E020-paper-originals-malformed"),
    "Q001": Example("本市推荐了两份先进集体推荐表（名额 1 个）", "Q001-two-collectives", literal=False),
    "Q002": Example("本市推荐了三名先进个人（名额 2 名）", "Q002-third-individual", literal=False),
    "Q003": Example("表彰名单的先进集体多于「先进集体评选总数上限」", "Q003-collective-cap", literal=False),
    "Q004": Example("表彰名单的先进个人多于「先进个人评选总数上限」", "Q004-individual-cap", literal=False),
    "Q005": Example("一个专项评出的先进集体多于它的名额", "Q005-special-quota", literal=False),
    "D001": Example("案例名称: “流动图书车”进乡村！", "D001-case-title-punctuation"),
    "D002": Example("推荐材料: cities/xian/individual-zz.yaml", "D002-broken-then-missing"),
    "D003": Example("截止日期以后新增一份推荐表", None, literal=False),
    "D004": Example("西安市的修改动了 cities/baoji/ 里的文件", None, literal=False),
    "D005": Example("- 城市: xain", "D005-liaison-city"),
    "D006": Example("联络人表彰里同一城市写了两次", "D006-city-liaison-listed-twice", literal=False),
    "D007": Example("状态: 已表彰", "D007-closed-year-not-frozen"),
    "D008": Example("推荐文件夹里放了 说明.docx", None, literal=False),
    "D010": Example("审定意见: 同意，待核实材料后表彰", "D010-opinion-not-plain-agree"),
    "D011": Example("往年已表彰的人以几乎相同的主要事迹再次参评", "D011-honored-before-same-deeds", literal=False),
    "D013": Example("已封存的年度又新增了一份推荐表", "D013-file-added-to-closed-year", literal=False),
    "D014": Example("截止日期: 2025-03-20", "D014-deadline-before-notice"),
    "D015": Example("先进个人评选总数上限: 30", "D015-copied-prose"),
    "D016": Example("状态: 已表彰（没有文号）", "D016-decision-without-number", literal=False),
    "D017": Example("名称: 读者服务工作组", "D017-predecessor-unknown"),
    "D018": Example("名称: 阅读推广工作组", "D018-group-names-itself"),
    "A001": Example("单位,值班班次,解答咨询数,平均响应时长", "A001-header-typo-and-missing"),
    "A002": Example("宝鸡市秦陵区图书馆,10,100,", "A002-unknown-library"),
    "A003": Example("咸阳市图书馆,约300,\"4,20\",2", "A003-numbers-refused"),
    "A004": Example("商洛市 仙娥县图书馆:", "A004-same-library-twice"),
    "A005": Example("渭南市图书馆,0,938,6", "A005-no-population"),
    "A006": Example("推荐依据: 全省名列前茅", "A006-not-near-the-top"),
    "A007": Example("推荐依据: 较上一年度有较大进步", "A007-progress-too-small"),
    "A008": Example("考核排名: 联合参考咨询考核全省第2名", "A008-rank-text-differs"),
    "A009": Example("推荐依据: 全省名列前茅", "A009-no-data-file"),
    "A010": Example("推荐材料: cities/xian/collective-a.yaml", "A010-city-reviewer-own-city-collective"),
    "A011": Example("推荐材料: groups/reference/special-weinan.yaml", "A011-computed-rank-over-written"),
    "A012": Example("- 王　五", "A012-reviewer-not-in-config"),
    "A013": Example("处理结果: 待定", "A013-final-with-open-objection"),
    "A014": Example("处理结果: 撤销", "A014-revoked-entry-still-listed"),
    "A015": Example("推荐材料: cities/xian/collective-b.yaml", "A015-objection-unknown-nomination"),
    "A016": Example("结束: 2025-10-03", "A016-publicity-over-national-day"),
    "A017": Example("开始: 2099-05-20", "A017-publicity-year-without-holiday-data"),
    "A018": Example("处理结果: 撤销", "A018-revoked-without-changelog"),
}
