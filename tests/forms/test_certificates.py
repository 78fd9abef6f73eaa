"""Certificates: one per 先进个人, 优秀服务案例 and commended liaison, text placed for the paper."""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn

from generator.check.validate import validate_repository
from generator.forms.certificates import certificate, certified
from generator.forms.context import FormContext
from generator.forms.roll import honors

from .helpers import Generated, mm, open_docx, texts

ISSUER = "陕西公共图书馆服务联盟工作委员会"
ISSUED = "二〇二四年五月二十八日"
FILES_2023 = [
    "01_联盟工作先进个人_权海燕.docx", "02_联盟工作先进个人_龚小芳.docx",
    "03_联盟工作先进个人_蒲建华.docx", "04_联盟工作先进个人_李博.docx",
    "05_联盟工作先进个人_周晓雯.docx", "06_联盟工作先进个人_惠丽.docx",
    "07_联盟优秀服务案例_汉水书院周末读书会.docx", "08_联盟优秀服务案例_智慧书架：RFID定位找书.docx",
    "09_联络人表彰_韩雪梅.docx", "10_联络人表彰_孙立军.docx", "11_联络人表彰_罗丽萍.docx",
    "12_联络人表彰_白海涛.docx",
]


def _twips(mm: float) -> str:
    return str(round(mm * 1440 / 25.4))


def _frames(path: Path) -> dict[str, tuple[str | None, str | None]]:
    """Paragraph text -> (x, y) of its frame, in twips from the page's top left."""
    doc = open_docx(path)
    out = {}
    for p in doc.paragraphs:
        frame = p._p.find(f"{qn('w:pPr')}/{qn('w:framePr')}")
        assert frame is not None, p.text
        assert (frame.get(qn("w:hAnchor")), frame.get(qn("w:vAnchor"))) == ("page", "page")
        out[p.text] = (frame.get(qn("w:x")), frame.get(qn("w:y")))
    return out


def test_one_certificate_per_honoree(decided: Generated) -> None:
    names = sorted(p.name for p in (decided.target / "证书").iterdir())
    assert names == FILES_2023


def test_an_individual_certificate(decided: Generated) -> None:
    path = decided.target / "证书" / FILES_2023[0]
    doc = open_docx(path)
    assert texts(doc) == [
        "荣誉证书", "权海燕同志：",
        "在2023年度陕西公共图书馆服务联盟工作中表现突出，成绩显著，被评为“联盟工作先进个人”。",
        "特发此证，以资鼓励。", ISSUER, ISSUED, "证书编号：SXLA2023-GR-001",
    ]
    section = doc.sections[0]
    assert (mm(section.page_width), mm(section.page_height)) == (297, 210)
    assert section._sectPr.find(qn("w:pgBorders")) is not None  # plain paper: a printed frame
    frames = _frames(path)
    # The demo config places 称呼 at 45/76 mm and 正文 at 45/90 mm (证书 › 文字位置).
    assert frames["权海燕同志："] == (_twips(45), _twips(76))
    assert frames["特发此证，以资鼓励。"] == (_twips(45), _twips(90))


def test_a_case_and_a_liaison_certificate(decided: Generated) -> None:
    case = texts(open_docx(decided.target / "证书" / FILES_2023[7]))
    assert case[1:4] == ["西安市图书馆：",
                         "你单位报送的“智慧书架：RFID定位找书”被评为2023年度“联盟优秀服务案例”。",
                         "特发此证。"]
    liaison = texts(open_docx(decided.target / "证书" / FILES_2023[8]))
    assert liaison[1:3] == [
        "韩雪梅同志：",
        "在2023年度陕西公共图书馆服务联盟工作协作协调中积极主动，配合度高，工作完成质量高，特予表彰。",
    ]
    assert liaison[-3:] == [ISSUER, ISSUED, "证书编号：SXLA2023-LL-001"]
    assert case[-1] == "证书编号：SXLA2023-AL-002"  # the second case of the list


def _certificate(root: Path, tmp_path: Path, year: int, name: str) -> Path:
    """One honoree's certificate from a modified copy of the demo, as `honors forms` writes it."""
    repo, result = validate_repository(root)
    assert not result.has_errors, [f.message for f in result.errors]
    campaign = next(c for c in repo.campaigns if c.year == year)
    registry = campaign.registry or repo.registry
    assert registry is not None
    honor = next(h for h in certified(honors(registry, campaign)) if h.name == name)
    path = tmp_path / f"{honor.award}_{name}.docx"
    certificate(FormContext(registry, campaign), honor).save(str(path))
    return path


def test_preprinted_paper_of_its_own_size(demo_copy: Path, tmp_path: Path) -> None:
    config = demo_copy / "submissions/2023/campaign.yaml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("  纸张: A4横向\n  套打: 否\n",
                        "  纸张: 自定义\n  尺寸: {宽: 280, 高: 200}\n  套打: 是\n")
    text = text.replace("称呼: {左: 45, 上: 76, 宽: 207, 字号: 22}",
                        "称呼: {左: 40, 上: 70, 宽: 200, 字号: 20}")
    config.write_text(text, encoding="utf-8")
    path = _certificate(demo_copy, tmp_path, 2023, "权海燕")
    doc = open_docx(path)
    assert "荣誉证书" not in texts(doc)  # the paper has it printed
    section = doc.sections[0]
    assert (mm(section.page_width), mm(section.page_height)) == (280, 200)
    assert section._sectPr.find(qn("w:pgBorders")) is None
    assert _frames(path)["权海燕同志："] == (_twips(40), _twips(70))
    size = doc.paragraphs[0].runs[0].font.size
    assert size is not None and size.pt == 20


def test_liaisons_listed_among_individuals_get_that_certificate(demo_copy: Path,
                                                               tmp_path: Path) -> None:
    """2024 lists liaisons among the 先进个人 (联络人表彰方式: 列入先进个人名单)."""
    decisions = demo_copy / "submissions/2024/decisions.yaml"
    text = decisions.read_text(encoding="utf-8").replace("状态: 拟表彰", "状态: 已表彰")
    decisions.write_text(text, encoding="utf-8")
    path = _certificate(demo_copy, tmp_path, 2024, "韩雪梅")
    assert path.name == "联盟工作先进个人_韩雪梅.docx"  # listed under that award
    lines = texts(open_docx(path))
    assert lines[2] == "在2024年度陕西公共图书馆服务联盟工作中表现突出，成绩显著，被评为“联盟工作先进个人”。"
    assert lines[-2] == "二〇二五年五月二十日"  # no 成文日期 in 2024: the decisions' date
    # Numbered with the 先进个人 (GR), after the ones the meeting chose, not as LL.
    assert lines[-1].startswith("证书编号：SXLA2024-GR-0")
