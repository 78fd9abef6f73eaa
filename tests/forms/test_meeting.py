"""The meeting's papers (会议材料) and minutes (会议纪要): agenda, who steps out of what, and why."""

from __future__ import annotations

from pathlib import Path

from generator.check.validate import validate_repository
from generator.forms.context import FormContext
from generator.forms.meeting import meeting_papers, minutes

from .helpers import Generated, mm, open_docx, rows_of, texts

ATTENDING = "刘振华（陕西省图书馆）、高明远（西安市图书馆）、杜文清（咸阳市图书馆）。"


def test_papers_list_the_agenda_by_award_then_project(demo: Generated) -> None:
    lines = texts(open_docx(demo.target / "会议材料.docx"))
    assert lines[:2] == ["2024年度联盟工作先进评选工作组会议审议材料", "一、会议议程"]
    topics = [t for t in lines if t[:1].isdigit() and ". 审议" in t]
    assert topics[0] == "1. 审议联盟工作先进集体（15项）"
    projects = [t.split("（")[1].split("）")[0] for t in topics if "专项" in t]
    assert projects == [p.name for p in demo.campaign.config.special_projects
                        if any(getattr(n.form, "project", None) in (p.name, *p.aliases)
                               for n in demo.campaign.nominations)]
    # Beside each 专项 entry its rank: computed from the group's 业务数据 where the project is
    # ranked on it, else the one the group wrote in 考核排名.
    assert "商洛市仙娥县图书馆（地方文献联合征集），成员馆第14名/56馆，得分76.40；较上一年度 +207.1%（上一年度第45名）" in lines
    assert "延安市延河区图书馆（联合阅读推广），考核第9名（推荐表所写）" in lines
    assert "王岚（西安市图书馆）" in lines  # no rank beside a person
    assert sum(int(t.rsplit("（", 1)[1].rstrip("项）")) for t in topics) == len(demo.campaign.nominations)


def test_papers_list_each_conflict_with_its_reason(demo: Generated) -> None:
    table = rows_of(open_docx(demo.target / "会议材料.docx").tables[0])
    assert table[0] == ["评委", "单位", "回避事项", "原因"]
    rows = {(r[0], r[2]): r[3] for r in table[1:]}
    assert rows[("高明远", "王岚（西安市图书馆）")] == "本单位"  # her own library
    assert rows[("高明远", "西安市灞水区图书馆")] == "本市"  # a library of his city
    assert rows[("高明远", "宝鸡市秦岭区图书馆（联合阅读推广）")] == "本工作组"  # his group's nomination
    assert rows[("杜文清", "咸阳市九嵕县图书馆（特殊群体服务）")] == "本市"
    assert not any(who == "刘振华" and why == "本市" for (who, _), why in rows.items())  # 省馆: no city
    assert len(table) - 1 == 24


def test_minutes_say_who_attended_stepped_out_and_why(demo: Generated) -> None:
    doc = open_docx(demo.target / "会议纪要.docx")
    lines = texts(doc)
    assert lines[0] == "2024年度联盟工作先进评选工作组会议纪要"
    assert lines[1].startswith("2025年5月20日，陕西公共图书馆服务联盟工作委员会办公室在陕西省图书馆第三会议室")
    assert lines[1].endswith("会议由周文静主持。")
    assert lines[lines.index("一、出席评委") + 1] == ATTENDING
    stepped = lines[lines.index("二、回避情况") + 1:lines.index("三、审议结果")]
    assert stepped[0] == "刘振华回避咸阳市图书馆（联合参考咨询）、杨凌示范区图书馆（联合参考咨询）、魏晨（陕西省图书馆）的审议。"
    assert [s.split("回避")[0] for s in stepped] == ["刘振华", "高明远", "杜文清"]
    assert "会议审议通过2024年度拟表彰名单共57项：" in lines
    assert any(t.startswith("（三）联盟工作先进个人22名：邓春梅（安康市图书馆）、") for t in lines)
    assert any(t.startswith("委员馆联盟工作联络人另行表彰12名：韩雪梅、") for t in lines)
    why = lines[lines.index("四、需要说明的事项") + 1]
    assert why.startswith("延安市延河区图书馆（联合阅读推广）：考核排名第9名，但较上一年度进步幅度全省第一")
    assert lines[-2:] == ["陕西公共图书馆服务联盟工作委员会办公室", "2025年5月20日"]
    section = doc.sections[0]  # GB/T 9704: A4, 天头 37 mm, 订口 28 mm
    assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
    assert (mm(section.top_margin), mm(section.left_margin)) == (37, 28)


def test_minutes_of_a_meeting_without_recusals_or_reasons(demo_copy: Path, tmp_path: Path) -> None:
    path = demo_copy / "submissions/2023/decisions.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.index("  回避:")] + text[text.index("# 公示后名单的变更"):], encoding="utf-8")
    repo, result = validate_repository(demo_copy)
    # Without the recusals, the reviewer of 西安 who attended is flagged on each of his entries.
    flagged = [f for f in result.findings if f.code == "A010"]
    assert {f.severity for f in flagged} == {"warning"} and len(flagged) == 5
    campaign = next(c for c in repo.campaigns if c.year == 2023)
    assert campaign.registry is not None
    lines = texts(minutes(FormContext(campaign.registry, campaign)))
    assert lines[lines.index("二、回避情况") + 1] == "无评委回避。"
    assert "四、需要说明的事项" not in lines
    assert any(t.startswith("（一）联盟工作先进集体4个：") for t in lines)


def test_papers_without_reviewers_say_so(demo_copy: Path) -> None:
    path = demo_copy / "submissions/2024/campaign.yaml"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("评委:\n"), text.index("证书编号格式")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    repo, result = validate_repository(demo_copy)
    # The meeting names reviewers the config no longer lists: said once per name and place.
    assert {f.code for f in result.findings if f.code.startswith("A")} == {"A012"}
    assert repo.registry is not None
    lines = texts(meeting_papers(FormContext(repo.registry, repo.campaigns[0])))
    assert lines[-2:] == ["二、回避名单", "评选方案中尚未列出评委（campaign.yaml「评委」），无法生成回避名单。"]
