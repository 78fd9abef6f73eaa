"""拟表彰名单公示.docx: the 公示's words, period and contact, the list by award."""

from __future__ import annotations

from .helpers import Generated, open_docx, rows_of, texts


def test_2024_notice_words_period_and_contact(demo: Generated) -> None:
    lines = texts(open_docx(demo.target / "拟表彰名单公示.docx"))
    assert lines[0] == "2024年度联盟工作先进评选拟表彰名单公示"
    assert "联盟工作组会议于2025年5月20日审议" in lines[1] and lines[1].endswith("现予公示。")
    assert "公示期：2025年5月21日至2025年5月27日。" in lines
    contact = lines.index("联系人：周文静")
    assert lines[contact:] == ["联系人：周文静", "电话：029-85420316",
                               "电子邮箱：office@sxlib-alliance.example",
                               "陕西公共图书馆服务联盟工作委员会办公室", "2025年5月21日"]


def test_2024_lists_liaisons_among_the_individuals(demo: Generated) -> None:
    doc = open_docx(demo.target / "拟表彰名单公示.docx")
    headings = [t for t in texts(doc) if t[1:2] == "、"]
    assert headings == ["一、联盟工作先进集体（13个）", "二、联盟专项工作先进集体（13个）",
                        "三、联盟工作先进个人（34名）", "四、联盟优秀服务案例（9个）"]
    collectives, special, people, cases = (rows_of(t) for t in doc.tables)
    assert collectives[1] == ["1", "安康市瀛湖区图书馆", "安康市"]
    assert special[0] == ["序号", "专项工作", "单位", "所在城市"]
    assert special[1:4] == [["1", "联合阅读推广", "宝鸡市秦岭区图书馆", "宝鸡市"],
                            ["2", "联合阅读推广", "渭南市图书馆", "渭南市"],
                            ["3", "联合阅读推广", "延安市延河区图书馆", "延安市"]]
    assert people[1] == ["1", "邓春梅", "安康市图书馆", "安康市"]
    assert people[23] == ["23", "韩雪梅", "西安市图书馆", "西安市"]  # the liaisons follow the 22
    assert people[-1] == ["34", "薛婷婷", "韩城市图书馆", "韩城市"]
    assert cases[1] == ["1", "汉江书船：库区沿岸村落流动服务", "安康市瀛湖区图书馆"]


def test_2023_lists_liaisons_apart(decided: Generated) -> None:
    lines = texts(open_docx(decided.target / "拟表彰名单公示.docx"))
    assert "五、联络人表彰（4名）" in lines
    assert lines[-6] == "公示期：2024年5月17日至2024年5月23日。"
    assert lines[-5].startswith("对公示对象有异议的，请在公示期内以书面形式实名提出")
    assert lines[-4:] == ["联系人：周文静", "电话：029-85420316",
                          "陕西公共图书馆服务联盟工作委员会办公室", "2024年5月17日"]
