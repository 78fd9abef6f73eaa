"""Deterministic fictional Chinese text of realistic lengths for synthetic nominations."""

from __future__ import annotations

import random

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
    "苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞琳雪梅海燕晨宇浩然思远"
    "欣怡佳慧文博子涵雨桐志刚建国立新晓东春梅振华德明丽君国栋嘉怡一鸣若溪书瑶清扬"
)
PLACE = (
    "秦汉唐渭泾洛沣灞浐涝潏滈丰镐周原岐雍凤翔麟游陇汧千阳太白眉扶风武功乾礼泉永寿彬长武"
    "旬邑淳化三原泾阳高陵蓝田周至户临潼阎良耀宜君白水澄城蒲城富平合阳韩华阴潼关大荔商洛"
    "丹凤山阳镇安柞水汉中南郑城固洋县西乡勉略阳宁强镇巴留坝佛坪安康紫阳岚皋平利镇坪旬阳"
    "白河汉阴石泉宁陕延安延长延川子长安塞志丹吴起甘泉富县洛川宜川黄龙黄陵榆林神木府谷横山"
    "靖边定边绥德米脂佳县吴堡清涧子洲"
)
DEPARTMENTS = ("阅读推广部", "信息技术部", "地方文献部", "辅导部", "参考咨询部", "少儿部",
               "采编部", "办公室", "流通部", "数字资源部", "特藏部", "社会教育部")
POSITIONS = ("部主任", "部副主任", "业务骨干", "项目负责人", "副馆长", "办公室主任", None)
TITLES = ("馆员", "副研究馆员", "研究馆员", "助理馆员", None)
EDUCATION = ("大学本科", "硕士研究生", "大学专科", "博士研究生")

CLAUSES = (
    "围绕联盟年度工作要点，制定本馆任务清单并按月督办",
    "新建村（社区）分馆{n}个、24小时城市书房{m}座",
    "全年开展阅读活动{n}场，服务读者{k}万人次",
    "按时完成联盟参考咨询平台值班任务，解答咨询{n}条，满意率{p}%",
    "推出流动书车进社区服务，全年流通图书{k}万册次",
    "组织基层馆员业务培训{m}期，培训{n}人次",
    "完成地方文献征集{n}种，其中家谱、方志{m}种",
    "建成特色数据库{m}个，数据总量{n}条",
    "为视障读者开设无障碍阅览区，提供有声读物{n}种",
    "承办联盟巡展{m}站，参观群众{k}万人次",
    "实现区域内通借通还全覆盖，年通借通还{k}万册次",
    "牵头编写业务操作手册{m}份，被{n}家成员馆采用",
    "依托联盟数字资源平台，开通远程访问账号{n}个",
    "开展“书香进万家”亲子共读活动{n}场",
    "把联盟任务纳入年度绩效考核，做到有计划、有专人、有台账",
    "在分馆部署自助借还设备{m}台，夜间和周末服务读者{k}万人次",
    "联合乡镇综合文化站开展农家书屋图书更新，补充新书{n}册",
    "组织“全民阅读月”系列活动，线上直播{m}场，观看{k}万人次",
    "建立联络员月度通报制度，及时提醒滞后事项",
    "指导成员馆完成网络安全自查，整改问题{m}项",
)
CASE_TITLES = (
    "社区书房夜读计划", "流动书车进乡村", "非遗故事口述记录", "银发数字课堂", "小小图书管理员",
    "红色文献联合展", "方言有声书库", "农家书屋焕新行动", "馆校共读计划", "视障读者有声电影",
    "古籍修复体验课", "数字人导读服务", "城市书房联盟通借", "家谱寻根服务", "秦腔进图书馆",
)
HEADINGS = ("背景", "主要做法", "成效", "经验与体会")


def person(rng: random.Random) -> str:
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(SURNAMES) + given


def place(rng: random.Random) -> str:
    return rng.choice(PLACE) + rng.choice(PLACE)


def _clause(rng: random.Random) -> str:
    return rng.choice(CLAUSES).format(
        n=rng.randint(6, 980), m=rng.randint(2, 18), k=round(rng.uniform(0.3, 9.8), 1),
        p=rng.randint(90, 99),
    )


def paragraph(rng: random.Random, chars: int) -> str:
    """Sentences of two or three clauses until about `chars` characters."""
    out: list[str] = []
    size = 0
    while size < chars:
        sentence = "，".join(_clause(rng) for _ in range(rng.randint(2, 3))) + "。"
        out.append(sentence)
        size += len(sentence)
    return "".join(out)


def limited(rng: random.Random, low: int, high: int) -> str:
    """A paragraph of low..high characters (cut at a sentence end when possible)."""
    target = rng.randint(low, high)
    text = paragraph(rng, target)
    if len(text) > high:
        cut = text.rfind("。", 0, high)
        text = text[: cut + 1] if cut >= low else text[: high - 1] + "。"
    return text


def achievements(rng: random.Random, year: int, low: int, high: int) -> list[str]:
    """A Markdown block: an opening line and a bullet list (lines without indentation)."""
    lines = [f"{year}年，本馆围绕联盟年度工作要点，重点做了以下工作：", ""]
    size = len(lines[0])
    target = rng.randint(low, high)
    while size < target:
        item = "- " + "，".join(_clause(rng) for _ in range(rng.randint(1, 3))) + "；"
        lines.append(item)
        size += len(item)
    return lines


def case_body(rng: random.Random, low: int, high: int) -> list[str]:
    """A Markdown case story with the four usual headings."""
    target = rng.randint(low, high)
    lines: list[str] = []
    for heading in HEADINGS:
        lines += [f"## {heading}", "", paragraph(rng, target // len(HEADINGS)), ""]
    return lines[:-1]
