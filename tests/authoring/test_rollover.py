"""The office's roll-over, played end to end on a copy of the repository: 2024 finished and closed,
the registry changed, 2025 opened with honors year new, a city and a working group submitting,
审议 → 公示 → 表彰. The archive's pages and documents stay as they were; the new year's documents
carry only the new year's dates and numbers; the clerk's mistakes are caught with their messages."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


BANNER = re.compile(r'<p class="honors-year-banner">.*?</p>', re.S)


def _articles(folder: Path) -> dict[str, str]:
    """Each page's own content (its <article>), without the banner that says a newer year exists:
    the navigation around it lists every year, so it grows when a year is added."""
    pages = {}
    for page in sorted(folder.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        pages[page.relative_to(folder).as_posix()] = BANNER.sub("", "".join(re.findall(r"<article.*?</article>", html, re.S)))
    return pages


def _words(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path.name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


class Office:
    """The clerk at the command line: each command's exit code and what it printed."""

    def __init__(self, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.root, self.capsys = root, capsys

    def run(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main([*args, "--root", str(self.root)])
        out = self.capsys.readouterr()
        return code, out.out, out.err

    def findings(self) -> list[dict[str, Any]]:
        _, out, _ = self.run("validate", "--format", "json")
        findings: list[dict[str, Any]] = json.loads(out)["findings"]
        return findings

    def errors(self) -> list[dict[str, Any]]:
        return [f for f in self.findings() if f["severity"] == "error"]


RENAMED_GROUP = ("  - 代码: promotion\n    名称: 全民阅读推广工作组\n"
                 "    前身:\n      - 代码: reading\n        名称: 阅读推广工作组\n        变更年份: 2025\n")


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Office:
    root = tmp_path / "repo"
    for rel in ("submissions", "docs", "schema"):
        shutil.copytree(ROOT / rel, root / rel)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / ".github").mkdir()
    shutil.copy(ROOT / ".github/CODEOWNERS", root / ".github/CODEOWNERS")
    return Office(root, capsys)


def _finish_2024(office: Office) -> None:
    """公示 over: the list becomes 已表彰 and the decision is signed after the 公示 ended."""
    root = office.root
    _edit(root / "submissions/2024/decisions.yaml", "状态: 拟表彰", "状态: 已表彰")
    _edit(root / "submissions/2024/campaign.yaml", "  主送: 各委员馆、各工作组\n",
          "  主送: 各委员馆、各工作组\n  成文日期: 2025-05-28\n")


def test_new_year_refuses_while_the_last_year_is_open_and_says_what_to_do(office: Office) -> None:
    code, _, err = office.run("year", "new", "2025", "--deadline", "2026-04-08")
    assert code == 2
    assert "2024 年度还没有结束（表彰名单还是「拟表彰」），不能新建 2025 年度。" in err
    assert "把 submissions/2024/decisions.yaml 的「状态」改为「已表彰」" in err
    assert "honors close --year 2024" in err
    assert not (office.root / "submissions/2025").exists()

    _finish_2024(office)
    code, _, err = office.run("year", "new", "2025", "--deadline", "2026-04-08")
    assert code == 2 and "2024 年度已表彰，但还没有结束" in err and "honors close --year 2024" in err
    assert not (office.root / "submissions/2025").exists()


def test_the_roll_over_from_a_finished_year_to_the_next_years_commendation(office: Office) -> None:
    root = office.root
    _finish_2024(office)
    assert office.errors() == []

    # 1. Close 2024: the registry frozen, the year's files sealed, the next steps named.
    code, out, _ = office.run("close", "--year", "2024")
    assert code == 0
    assert "honors year new 2025" in out and "honors owners codeowners" in out
    assert (root / "submissions/2024/closed.yaml").is_file()
    assert re.search(r"已在 submissions/2024/closed.yaml 记下本年度 \d+ 份表格的摘要", out)
    assert office.run("build")[0] == 0
    archive_pages = _articles(root / "site/2024")
    archive_files = {k: v for k, v in _tree(root / "site/2024").items() if not k.endswith(".html")}
    # 2024 is the site's home until 2025 opens; then its home is site/2024/, one folder down, its
    # links relative to there: what it says stays the same.
    current_home = _words(_articles(root / "site")["index.html"])
    assert office.run("forms", "--year", "2024", "--no-pdf", "--out", str(root / "out-a"))[0] == 0
    archive_forms = _tree(root / "out-a/2024")

    # 2. The registry changes for the new year: a county became a district, Xi'an has a new liaison,
    # the reading group is renamed under a new code and records its predecessor.
    registry = root / "submissions/registry.yaml"
    _edit(registry, "      - 名称: 西安市终南县图书馆\n", "      - 名称: 西安市终南区图书馆\n        曾用名:\n"
          "          - 名称: 西安市终南县图书馆\n            更名年份: 2025\n")
    _edit(registry, "      姓名: 韩雪梅\n", "      姓名: 王新华\n")
    _edit(registry, "  - 代码: reading\n    名称: 阅读推广工作组\n", RENAMED_GROUP)
    assert office.errors() == []  # the closed years keep their frozen registry

    # 3. The new year, from the new notice.
    code, out, _ = office.run("year", "new", "2025", "--deadline", "2026-04-10",
                              "--notice-number", "陕公图联发〔2026〕03号", "--published-on", "2026-03-20")
    assert code == 0, out
    assert "已新建 submissions/2025/campaign.yaml" in out and "honors owners codeowners" in out
    config = (root / "submissions/2025/campaign.yaml").read_text(encoding="utf-8")
    assert "年度: 2025\n" in config and "截止日期: 2026-04-10\n" in config
    assert "陕公图联发〔2026〕03号" in config and "〔2025〕" not in config
    assert "\n公示:" not in config and "\n  成文日期:" not in config and "\n阶段:" not in config
    assert "于4月10日前报送" in config and "4月8日前" not in config
    assert "名额：沿用上一年度，请按新通知核对" in config
    assert not (root / "submissions/2025/decisions.yaml").exists()
    # The renamed group's project moves to it; CODEOWNERS follows in the same step.
    assert "专项工作「联合阅读推广」的工作组 reading → promotion（全民阅读推广工作组）" in out
    assert "  - 名称: 联合阅读推广\n    工作组: promotion\n" in config
    assert "已按联盟名录重新生成 .github/CODEOWNERS" in out
    owners = (root / ".github/CODEOWNERS").read_text(encoding="utf-8")
    assert "# 全民阅读推广工作组（前身：阅读推广工作组 reading，2025 年起）\n" in owners
    assert "/submissions/*/groups/promotion/ @sxlib-reading" in owners and "groups/reading/" not in owners
    assert office.run("owners", "codeowners", "--check")[0] == 0
    assert office.findings() == [f for f in office.findings() if f["file"].startswith("submissions/2024/")]

    # 4. A city and a working group submit for 2025.
    for rel in ("cities/xian/summary.yaml", "cities/xian/collective-bashui.yaml",
                "groups/reading/special-micang.yaml"):
        target = root / "submissions/2025" / rel.replace("groups/reading/", "groups/promotion/")
        target.parent.mkdir(parents=True, exist_ok=True)
        text = (root / "submissions/2024" / rel).read_text(encoding="utf-8")
        target.write_text(text.replace("填报日期: 2025-04-03", "填报日期: 2026-04-03")
                          .replace("经办人: 韩雪梅", "经办人: 王新华"), encoding="utf-8")
    assert [f for f in office.errors() if f["file"].startswith("submissions/2025/")] == []

    # 5. 审议 and 公示: the 公示 is set for 2026, after the list was decided.
    (root / "submissions/2025/decisions.yaml").write_text(
        "状态: 拟表彰\n审定日期: 2026-05-20\n表彰名单:\n"
        "  - 奖项: 联盟工作先进集体\n    推荐材料: cities/xian/collective-bashui.yaml\n    审定意见: 同意\n"
        "  - 奖项: 联盟专项工作先进集体\n    推荐材料: groups/promotion/special-micang.yaml\n    审定意见: 同意\n"
        "联络人表彰: []\n", encoding="utf-8")
    campaign = root / "submissions/2025/campaign.yaml"
    _edit(campaign, "\n表彰决定:\n", "\n公示:\n  开始: 2026-05-21\n  结束: 2026-05-27\n  联系人: 周文静\n"
          "  电话: \"029-85420316\"\n表彰决定:\n")
    assert office.errors() == []

    # 6. 表彰: signed after the 公示; the documents of 2025 speak only of 2025's calendar.
    _edit(root / "submissions/2025/decisions.yaml", "状态: 拟表彰", "状态: 已表彰")
    _edit(campaign, "  主送: 各委员馆、各工作组\n", "  主送: 各委员馆、各工作组\n  成文日期: 2026-05-28\n")
    assert office.errors() == []
    assert office.run("forms", "--year", "2025", "--no-pdf", "--out", str(root / "out-b"))[0] == 0
    decision = _docx_text(next((root / "out-b/2025").glob("表彰决定*.docx")))
    assert "2025年度" in decision and "2026年5月28日" in decision
    assert "2024年度" not in decision and "2025年5月" not in decision
    publicity = _docx_text(next((root / "out-b/2025").glob("*公示*.docx")))
    assert "2026年5月21日" in publicity and "2025年5月" not in publicity
    # Only collectives were commended: the documents speak of nothing else.
    assert "关于表彰2025年度联盟工作先进集体的决定" in decision
    assert "先进个人" not in decision and "优秀服务案例" not in decision
    assert "确定2025年度联盟工作先进集体和联盟专项工作先进集体拟表彰名单" in publicity
    assert "先进个人" not in publicity and "优秀服务案例" not in publicity

    # 7. The archive is unchanged: the same pages, the same documents, byte for byte.
    assert office.run("build")[0] == 0
    pages = _articles(root / "site/2024")
    assert _words(pages.pop("index.html")) == current_home
    assert pages == {k: v for k, v in archive_pages.items() if k != "index.html"}
    assert {k: v for k, v in _tree(root / "site/2024").items() if not k.endswith(".html")} == archive_files
    assert office.run("forms", "--year", "2024", "--no-pdf", "--out", str(root / "out-c"))[0] == 0
    assert _tree(root / "out-c/2024") == archive_forms
    # The digests recorded when 2024 closed say the same: the office can show nothing changed.
    code, out, _ = office.run("forms", "--year", "2024", "--verify")
    assert code == 0 and "份表格与结束评选时记下的摘要一致（PDF 除外）" in out

    # 8. Old and new names are linked across years: the group's section names its predecessor with
    # the years under the old name; 往年评选 lists every renaming.
    site = _articles(root / "site")
    special = _words(site["2025/special/index.html"])
    assert "前身：阅读推广工作组（2025 年起为全民阅读推广工作组；往年： 2023 年度 、 2024 年度 ）" in special
    assert re.search(r'<a href="\.\./\.\./2024/special/">2024 年度</a>', site["2025/special/index.html"])
    assert "前身" not in _words(site["2024/special/index.html"])  # the archive keeps its own name
    years = _words(site["years/index.html"])
    assert "名称变更" in years
    assert "图书馆 西安市终南县图书馆 西安市终南区图书馆 2025 2023 年度 、 2024 年度 "\
        "工作组 阅读推广工作组 全民阅读推广工作组 2025 2023 年度 、 2024 年度" in years


def test_editing_a_closed_years_cap_and_deadline_is_red_and_its_pages_stay(office: Office) -> None:
    root = office.root
    _finish_2024(office)
    assert office.run("close", "--year", "2024")[0] == 0
    assert office.run("year", "new", "2025", "--deadline", "2026-04-10")[0] == 0
    assert office.run("build")[0] == 0
    before = _tree(root / "site")
    config = root / "submissions/2024/campaign.yaml"
    original = config.read_bytes()
    _edit(config, "先进个人评选总数上限: 32", "先进个人评选总数上限: 30")
    _edit(config, "截止日期: 2025-04-08", "截止日期: 2025-04-18")

    code, out, _ = office.run("validate")
    assert code == 1
    assert ("submissions/2024/campaign.yaml: D013 错误：2024 年度已结束评选（" in out
            and "这个已公布的文件在封存后被修改。" in out)
    assert "请撤销这一修改（如 git checkout submissions/2024/campaign.yaml）" in out
    assert "本届评选是 2025 年度，新材料请放在 submissions/2025/ 下。" in out
    assert office.run("build")[0] != 0
    assert _tree(root / "site") == before

    config.write_bytes(original)
    assert office.errors() == []
    assert office.run("build")[0] == 0
    assert _tree(root / "site/2024") == {k[5:]: v for k, v in before.items() if k.startswith("2024/")}


def test_a_city_writing_into_the_closed_year_is_told_which_year_is_open(office: Office) -> None:
    root = office.root
    _finish_2024(office)
    assert office.run("close", "--year", "2024")[0] == 0
    assert office.run("year", "new", "2025", "--deadline", "2026-04-10")[0] == 0
    late = root / "submissions/2024/cities/xian/collective-late.yaml"
    shutil.copy(root / "submissions/2024/cities/xian/collective-bashui.yaml", late)
    found = [f for f in office.errors() if f["code"] == "D013"]
    assert [(f["file"], f["line"], f["severity"]) for f in found] == [
        ("submissions/2024/cities/xian/collective-late.yaml", None, "error")]
    assert re.fullmatch(r"2024 年度已结束评选（\d{4}-\d\d-\d\d 封存），不能再往这一年度新增文件。", found[0]["message"])
    assert found[0]["hint"] == "本届评选是 2025 年度：请把这个文件移到 submissions/2025/cities/xian/collective-late.yaml。"


def test_a_correction_is_recorded_with_its_reason_and_the_year_is_green_again(office: Office) -> None:
    root = office.root
    _finish_2024(office)
    assert office.run("close", "--year", "2024")[0] == 0
    config = root / "submissions/2024/campaign.yaml"
    _edit(config, "联系人: 周文静 029-85420316", "联系人: 周文静 029-85420318")
    assert [f["code"] for f in office.errors()] == ["D013"]

    code, _, err = office.run("close", "--year", "2024", "--correct", "campaign.yaml", "--reason", " ")
    assert code == 2 and "更正须写明理由" in err
    code, out, _ = office.run("close", "--year", "2024", "--correct", "submissions/2024/campaign.yaml",
                              "--reason", "更正联系电话")
    assert code == 0 and "已记录 2024 年度的更正（更正联系电话）：campaign.yaml。" in out
    assert "已在 submissions/2024/closed.yaml 记下本年度" in out  # the documents' digests follow
    assert office.errors() == []
    seal = (root / "submissions/2024/closed.yaml").read_text(encoding="utf-8")
    assert "更正:\n" in seal and "    文件: campaign.yaml\n" in seal and '    理由: "更正联系电话"\n' in seal
    code, _, err = office.run("close", "--year", "2024", "--correct", "campaign.yaml", "--reason", "再改")
    assert code == 2 and "与封存时相同，没有要记录的更正" in err
    assert office.run("build")[0] == 0  # the correction is on the year's page, with its reason
    home = _articles(root / "site")["index.html"]
    assert "更正记录" in home and re.search(r"<li>\d{4}-\d\d-\d\d　更正评选方案：更正联系电话</li>", home)

    (root / "submissions/2024/cities/xian/collective-bashui.yaml").unlink()
    deleted = [f for f in office.errors() if f["code"] == "D013"]
    assert [(f["file"], "这个已公布的文件被删除了" in f["message"]) for f in deleted] == [
        ("submissions/2024/cities/xian/collective-bashui.yaml", True)]


def test_editing_the_registry_before_closing_says_close_the_last_year_first(office: Office) -> None:
    """The clerk renames a library for 2025 while 2024 is commended but not closed: 2024's errors
    point to undoing the edit and closing 2024, not to editing the archive's nominations."""
    root = office.root
    _finish_2024(office)
    _edit(root / "submissions/registry.yaml", "西安市灞水区图书馆", "西安市灞水新区图书馆")
    found = [f for f in office.errors() if f["file"].startswith("submissions/2024/")]
    assert found and {f["code"] for f in found} <= {"E001", "E005", "E009", "D002", "A002"}
    renamed = [f for f in found if f["file"] == "submissions/2024/cities/xian/collective-bashui.yaml"
               or f["code"] == "A002"]  # the nomination, and the group's 业务数据 naming the library
    assert renamed and all(f["hint"] == (
        "2024 年度已表彰，它的材料不必改：多半是联盟名录先改了。请先撤销对 submissions/registry.yaml 的修改，"
        "运行 honors close --year 2024 结束该年度（冻结当时的名录），再修改联盟名录。") for f in renamed)
    code, _, err = office.run("year", "new", "2025", "--deadline", "2026-04-10")
    assert code == 2 and "honors close --year 2024" in err


def test_a_renamed_group_writing_into_its_old_folder_is_told_where_it_moved(office: Office) -> None:
    """The reading group became promotion (前身 in the registry): year new moves its project, and
    a file put in the old folder of the new year is pointed to the new one."""
    root = office.root
    _finish_2024(office)
    assert office.run("close", "--year", "2024")[0] == 0
    _edit(root / "submissions/registry.yaml", "  - 代码: reading\n    名称: 阅读推广工作组\n", RENAMED_GROUP)
    code, out, _ = office.run("year", "new", "2025", "--deadline", "2026-04-10")
    assert code == 0 and "评委「高明远」的工作组 reading → promotion（全民阅读推广工作组）" in out
    old = root / "submissions/2025/groups/reading"
    old.mkdir(parents=True)
    shutil.copy(root / "submissions/2024/groups/reading/special-micang.yaml", old / "special-micang.yaml")
    found = [f for f in office.errors() if f["file"].startswith("submissions/2025/")]
    assert [(f["code"], f["file"], f["message"], f["hint"]) for f in found] == [(
        "F005", "submissions/2025/groups/reading", "联盟名录中没有代码为「reading」的工作组。",
        "「reading」是「全民阅读推广工作组」的前身（联盟名录的「前身」）：请把文件移到 submissions/2025/groups/promotion/ 下。",
    )]
