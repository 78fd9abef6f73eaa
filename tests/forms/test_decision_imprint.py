"""表彰决定's 版记 (GB/T 9704-2012 7.3): 抄送, 印发机关 and 印发日期 after the last text, between
a thick rule above and below, kept together; the office words them in the config."""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from generator.check.validate import validate_repository
from generator.forms.context import FormContext
from generator.forms.decision import decision_document

from .helpers import Generated, open_docx


def _borders(p: Paragraph) -> dict[str, str]:
    found = p._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}")
    return {} if found is None else {b.tag.split("}")[1]: b.get(qn("w:sz")) for b in found}


def _decision(root: Path, tmp_path: Path) -> list[Paragraph]:
    repo, result = validate_repository(root)
    assert not result.has_errors, [f.message for f in result.errors]
    campaign = next(c for c in repo.campaigns if c.year == 2023)
    registry = campaign.registry or repo.registry
    assert registry is not None
    path = tmp_path / "表彰决定.docx"
    decision_document(FormContext(registry, campaign)).save(str(path))
    return open_docx(path).paragraphs


def test_the_decision_ends_with_the_imprint(decided: Generated) -> None:
    paragraphs = open_docx(decided.target / "表彰决定.docx").paragraphs
    last = paragraphs[-1]
    printer, day = last.text.split("\t")
    assert printer == "陕西公共图书馆服务联盟工作委员会办公室"
    signed = next(p.text for p in paragraphs if p.text.endswith("日") and p.text.startswith("20"))
    assert day == f"{signed}印发"  # the 成文日期 when the config names no 印发日期
    assert _borders(last) == {"top": "8", "bottom": "8"}  # no 抄送: the one line between thick rules
    assert last.paragraph_format.keep_together
    frame = last._p.find(f"{qn('w:pPr')}/{qn('w:framePr')}")
    assert frame is not None  # at the foot of the last page (GB/T 9704 7.3.1), read without a printer
    assert (frame.get(qn("w:vAnchor")), frame.get(qn("w:yAlign"))) == ("margin", "bottom")


def test_the_office_words_the_imprint_in_the_config(demo_copy: Path, tmp_path: Path) -> None:
    config = demo_copy / "submissions/2023/campaign.yaml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("  主送: 各委员馆、各工作组\n", "  主送: 各委员馆、各工作组\n  抄送: 陕西省文化和旅游厅公共服务处\n"
                        "  印发机关: 陕西省图书馆（联盟办）\n  印发日期: 2024-06-20\n")
    config.write_text(text, encoding="utf-8")
    paragraphs = _decision(demo_copy, tmp_path)
    copies, last = paragraphs[-2], paragraphs[-1]
    assert copies.text == "抄送：陕西省文化和旅游厅公共服务处。"
    assert last.text == "陕西省图书馆（联盟办）\t2024年6月20日印发"
    assert _borders(copies) == {"top": "8"} and _borders(last) == {"top": "6", "bottom": "8"}
    assert copies.paragraph_format.keep_with_next  # 抄送 never parted from the 印发 line
