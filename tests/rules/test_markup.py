"""Markdown the site or the paper does not render is never dropped silently (rules/markup.py):
F010 for a picture that cannot be shown, F011 for what is shown other than written; each on
the right line and column, with its severity, through the real validator."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.validate import validate_repository
from generator.core.findings import Finding

CASE = "submissions/2024/office/case-mini-program-booking.yaml"
# The long text of each award kind in the demo, and its field.
TEXTS = {
    "individual": ("submissions/2024/cities/tongchuan/individual-ren-juan.yaml", "主要事迹"),
    "collective": ("submissions/2024/cities/tongchuan/collective-yuhua.yaml", "主要工作成绩"),
    "special": ("submissions/2024/groups/exhibition/special-tongchuan.yaml", "主要工作成绩"),
    "case": (CASE, "案例正文"),
}
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def _set_text(root: Path, rel: str, key: str, lines: list[str], newline: str = "\n") -> int:
    """Write the field as a block of lines; returns the file line of the block's first line."""
    path = root / rel
    out, skipping, first = [], False, 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{key}:"):
            out.append(f"{key}: |-")
            first = len(out) + 1
            out += [f"  {v}" for v in lines]
            skipping = True
            continue
        if skipping and (line.startswith("  ") or not line.strip()):
            continue
        skipping = False
        out.append(line)
    path.write_bytes((newline.join(out) + newline).encode("utf-8"))
    return first


def _findings(root: Path, rel: str) -> list[Finding]:
    _, result = validate_repository(root)
    return [f for f in result.findings if f.code in ("F010", "F011") and f.file == rel]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize(("snippet", "code", "words"), [
    ("![远程](https://evil.example/x.png)", "F010", "其他网站"),
    ("![缺](missing.png)", "F010", "找不到"),
    ("![外](../../registry.yaml)", "F010", "本文件夹之外"),
    ("![盘](C:\\photos\\a.jpg)", "F010", "本文件夹之外"),
    ("![手机](a.heic)", "F010", "HEIC"),
    ("![空]()", "F010", "空的"),
    ("<font color=red>重要</font>", "F011", "原样显示"),
    ("<img src=a.png>", "F011", "不显示图片"),
    ("<!-- 备注 -->", "F011", "原样显示"),
    ("[官网](https://www.example.cn/a)", "F011", "www.example.cn"),
    ("<https://x.example.cn>", "F011", "外部链接"),
    ("[材料](C:\\docs\\a.docx)", "F011", "不是网址"),
    ("[附件](file:///x.doc)", "F011", "不是网址"),
    ("[附件](材料.docx)", "F011", "不是网址"),
    ("~~删掉~~", "F011", "删除线"),
])
def test_case_body(demo_copy: Path, snippet: str, code: str, words: str, newline: str) -> None:
    first = _set_text(demo_copy, CASE, "案例正文", ["## 背景", "", f"前文 {snippet} 后文。"], newline)
    found = _findings(demo_copy, CASE)
    assert [(f.code, f.severity, f.line, f.column) for f in found] == [
        (code, "error" if code == "F010" else "warning", first + 2, 6)]
    quoted = snippet.removesuffix("重要</font>")  # an element is quoted by its opening tag
    assert words in found[0].message and f"「{quoted}」" in found[0].message and "案例正文" in found[0].message
    assert found[0].hint
    if code == "F010":
        assert "配图" in found[0].hint
    else:  # a case body is read on the site, never printed on a form
        assert "纸质" not in found[0].message


@pytest.mark.parametrize("snippet", [
    "![读者预约](booking.png)",  # a file of the case's own folder: the site shows it
    "`<b>代码</b>` 和 `~~x~~`",  # code shows as written
    "[写信](mailto:office@example.cn)",
    "普通文字 https://www.example.cn 不是链接",
    "一~二~三",
])
def test_case_body_shown_as_written(demo_copy: Path, snippet: str) -> None:
    (demo_copy / CASE).with_name("booking.png").write_bytes(PNG)
    _set_text(demo_copy, CASE, "案例正文", ["## 背景", "", snippet, "", "    <b>缩进的代码</b>"])
    assert _findings(demo_copy, CASE) == []


@pytest.mark.parametrize("kind", ["individual", "collective", "special"])
def test_a_form_prints_no_picture(demo_copy: Path, kind: str) -> None:
    """Forms 1-1, 1-2 and 1-4 are printed: a picture there is an error even when its file exists."""
    rel, key = TEXTS[kind]
    (demo_copy / rel).with_name("booking.png").write_bytes(PNG)
    first = _set_text(demo_copy, rel, key, ["2024年，开展活动六十余场。", "![活动现场](booking.png)",
                                            "详见<b>附表</b>。"])
    found = _findings(demo_copy, rel)
    assert [(f.code, f.severity, f.line, f.column) for f in found] == [
        ("F010", "error", first + 1, 3), ("F011", "warning", first + 2, 5)]
    assert "纸质推荐表" in found[0].message and key in found[0].message and "配图" in found[0].hint
    assert "网站和纸质推荐表都会把它作为文字原样显示" in found[1].message


@pytest.mark.parametrize(("snippet", "printed"), [
    ("[官网](https://www.example.cn/a)", "纸质推荐表只印「官网」"),
    ("<https://x.example.cn>", "纸质推荐表只印「<https://x.example.cn>」（尖括号也印出）"),
    ("~~删掉~~", "纸质推荐表印出的是没有删除线的文字"),
])
def test_a_form_says_what_the_paper_prints(demo_copy: Path, snippet: str, printed: str) -> None:
    rel, key = TEXTS["individual"]
    first = _set_text(demo_copy, rel, key, [f"2024年，{snippet}开展活动六十余场。"])
    found = _findings(demo_copy, rel)
    assert [(f.code, f.severity, f.line, f.column) for f in found] == [("F011", "warning", first, 9)]
    assert printed in found[0].message


def test_several_on_one_line_in_order(demo_copy: Path) -> None:
    first = _set_text(demo_copy, CASE, "案例正文", ["~~旧~~ 与 [站](https://a.example.cn) 和 <br>"])
    found = _findings(demo_copy, CASE)
    assert [(f.line, f.column, f.code) for f in found] == [
        (first, 3, "F011"), (first, 11, "F011"), (first, 39, "F011")]


def test_a_target_with_parentheses(demo_copy: Path) -> None:
    first = _set_text(demo_copy, CASE, "案例正文", ["![图](javascript:x()) 与 [链](https://a.example.cn/a_(b))"])
    found = _findings(demo_copy, CASE)
    assert [(f.line, f.column, f.code, f.severity) for f in found] == [
        (first, 3, "F010", "error"), (first, 26, "F011", "warning")]
    assert "javascript:x()" in found[0].message and "a.example.cn/a_(b)" in found[1].message
