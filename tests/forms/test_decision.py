"""表彰决定.docx of the demo's decided year (2023): GB/T 9704 layout, the config's wording, the list."""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from generator.check.validate import validate_repository
from generator.forms.context import FormContext
from generator.forms.decision import decision_document

from .helpers import Generated, open_docx, rows_of, texts, xml_attr

GRANTS = (
    "联盟工作委员会决定：授予宝鸡市渭川区图书馆等4个单位“联盟工作先进集体”称号，"
    "授予宝鸡市石鼓县图书馆等2个单位“联盟专项工作先进集体”称号，颁发奖牌；"
    "授予权海燕等6名同志“联盟工作先进个人”称号，颁发证书；"
    "评选“汉水书院周末读书会”等2个案例为“联盟优秀服务案例”，颁发证书；"
    "对韩雪梅等4名委员馆联盟工作联络人予以表彰，颁发证书。"
)


def _decision(decided: Generated):  # type: ignore[no-untyped-def]
    return open_docx(decided.target / "表彰决定.docx")


def test_head_title_recipients_and_signature(decided: Generated) -> None:
    lines = texts(_decision(decided))
    assert lines[:5] == [
        "陕西公共图书馆服务联盟文件",
        "陕公图联发〔2024〕08号",
        "关于表彰2023年度联盟工作先进集体、",
        "先进个人和优秀服务案例的决定",
        "各委员馆、各工作组：",
    ]
    assert lines[5].startswith("2023年，联盟各委员馆、成员馆和各工作组")
    assert "联盟工作组会议于2024年5月16日审议" in lines[6] and lines[6].endswith(GRANTS)
    attachment = lines.index("附件")
    assert lines[attachment - 3:attachment] == [
        "附件：2023年度联盟工作先进集体、先进个人和优秀服务案例名单",
        "陕西公共图书馆服务联盟工作委员会",
        "2024年5月28日",
    ]


def test_masthead_is_red_and_the_number_has_the_red_rule(decided: Generated) -> None:
    doc = _decision(decided)
    masthead, number = doc.paragraphs[0], doc.paragraphs[1]
    assert masthead.runs[0].font.color.rgb is not None
    assert str(masthead.runs[0].font.color.rgb).upper() == "E60012"
    assert xml_attr(number._p, "w:bottom", "w:color") == "E60012"
    assert masthead.paragraph_format.space_before is not None
    assert masthead.paragraph_format.space_before > Mm(25)  # the masthead sits 35 mm down


def test_page_and_grid_follow_the_standard(decided: Generated) -> None:
    doc = _decision(decided)
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [round(m.mm) for m in (section.top_margin, section.bottom_margin,
                                     section.left_margin, section.right_margin)]
    assert margins == [37, 35, 28, 26]  # a 156 x 225 mm text block
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:linePitch")) == "579"  # 22 lines of 28.95 pt
    normal = doc.styles["Normal"]
    assert normal.font.size == Pt(16)  # 三号
    assert normal.paragraph_format.line_spacing == Pt(28.95)
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    title = next(p for p in doc.paragraphs if p.text.startswith("关于表彰"))
    assert title.runs[0].font.size == Pt(22)  # 二号
    assert title.runs[0]._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "方正小标宋简体"


def test_fonts_have_fallbacks_and_pages_are_numbered(decided: Generated) -> None:
    doc = _decision(decided)
    table = next(p for p in doc.part.package.iter_parts() if p.partname == "/word/fontTable.xml")
    xml = table.blob.decode("utf-8")
    assert 'w:name="仿宋_GB2312"><w:altName w:val="仿宋,FangSong' in xml
    assert 'w:name="方正小标宋简体"><w:altName w:val="方正小标宋_GBK,华文中宋' in xml
    section = doc.sections[0]
    assert doc.settings.odd_and_even_pages_header_footer
    for footer in (section.footer, section.even_page_footer):
        assert xml_attr(footer._element, "w:fldSimple", "w:instr") == "PAGE"
        assert footer.paragraphs[0].text.startswith("— ")


def test_attachment_lists_every_honor_on_its_own_page(decided: Generated) -> None:
    doc = _decision(decided)
    start = next(p for p in doc.paragraphs if p.text == "附件")
    assert start.paragraph_format.page_break_before
    lines = texts(doc)
    headings = [t for t in lines if t[:2] in ("一、", "二、", "三、", "四、", "五、")]
    assert headings == ["一、联盟工作先进集体（4个）", "二、联盟专项工作先进集体（2个）",
                        "三、联盟工作先进个人（6名）", "四、联盟优秀服务案例（2个）", "五、联络人表彰（4名）"]
    collectives, special, people, cases, liaisons = (rows_of(t) for t in doc.tables)
    assert collectives == [["序号", "单位", "所在城市"],
                           ["1", "宝鸡市渭川区图书馆", "宝鸡市"], ["2", "汉中市天汉区图书馆", "汉中市"],
                           ["3", "西安市终南县图书馆", "西安市"], ["4", "延安市劳山县图书馆", "延安市"]]
    assert special[1:] == [["1", "联合阅读推广", "宝鸡市石鼓县图书馆", "宝鸡市"],
                           ["2", "地方文献联合征集", "汉中市牧马县图书馆", "汉中市"]]
    assert people[1] == ["1", "权海燕", "宝鸡市千河县图书馆", "宝鸡市"]
    assert [r[1] for r in people[1:]] == ["权海燕", "龚小芳", "蒲建华", "李博", "周晓雯", "惠丽"]
    assert cases[1:] == [["1", "汉水书院周末读书会", "汉中市图书馆"],
                         ["2", "智慧书架：RFID定位找书", "西安市图书馆"]]
    assert liaisons[1] == ["1", "韩雪梅", "西安市图书馆", "西安市"]
    assert [r[1] for r in liaisons[1:]] == ["韩雪梅", "孙立军", "罗丽萍", "白海涛"]


def _decision_of(root: Path, tmp_path: Path, year: int) -> Path:
    """The 表彰决定 of a modified copy of the demo."""
    repo, result = validate_repository(root)
    assert not result.has_errors, [f.message for f in result.errors]
    campaign = next(c for c in repo.campaigns if c.year == year)
    registry = campaign.registry or repo.registry
    assert registry is not None
    path = tmp_path / "表彰决定.docx"
    decision_document(FormContext(registry, campaign)).save(str(path))
    return path


def test_the_office_edits_the_wording_in_the_config(demo_copy: Path, tmp_path: Path) -> None:
    config = demo_copy / "submissions/2023/campaign.yaml"
    text = config.read_text(encoding="utf-8")
    start = text.index("  正文模板: |-")
    end = text.index("  附件标题:")
    text = text[:start] + "  正文模板: |-\n    特此决定。\n\n    {年度}年度共表彰{先进集体数}个先进集体。\n" + text[end:]
    text = text.replace("  主送: 各委员馆、各工作组", "  主送: 各委员馆：")
    config.write_text(text, encoding="utf-8")
    lines = texts(open_docx(_decision_of(demo_copy, tmp_path, 2023)))
    recipients = lines.index("各委员馆：")
    assert lines[recipients + 1:recipients + 3] == ["特此决定。", "2023年度共表彰4个先进集体。"]


def test_a_decision_without_a_number_leaves_room_for_it(demo_copy: Path, tmp_path: Path) -> None:
    decisions = demo_copy / "submissions/2023/decisions.yaml"
    text = decisions.read_text(encoding="utf-8").replace("文号: 陕公图联发〔2024〕08号\n", "")
    decisions.write_text(text, encoding="utf-8")
    lines = texts(open_docx(_decision_of(demo_copy, tmp_path, 2023)))
    assert lines[1] == "〔　　〕　号"
