"""Text a pull request writes (file names, values quoted in messages) reaches the job summary
and the CI log as text: escaped Markdown in the summary, one line per message in the log, and
never a line a CI runner would read as a command (`::error …::`, `::stop-commands::`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import cmarkgfm
from cmarkgfm.cmark import Options

from generator.check.report import REPORTERS, visible
from generator.core.findings import Finding, Result

from .ghactions import Runner, checkouts, load_workflow, step
from .helpers import Alliance, Payload
from .test_prcomment import MENTION, Rendered

MARKDOWN_NAME = "a|b`c <img src=x onerror=alert(1)> [点我](javascript:alert(1)) @sxlib-office #1 **粗**.yaml"


def test_a_file_name_carrying_markdown_is_escaped_in_the_job_summary(
    alliance: Alliance, tmp_path: Path, summary_file: Path
) -> None:
    city = alliance.city(0)
    repo = alliance.repo
    repo.branch("names")
    hostile = f"submissions/2024/cities/{city.code}/{MARKDOWN_NAME}"
    repo.write(hostile, alliance.collective(city))
    repo.write(alliance.city_file(city, "summary"), alliance.summary(city))
    repo.commit("A file name with markup", "2025-04-05")
    payload = Payload(city.editors[0], "main", "names", repo.sha("main"), repo.sha("names"))
    repo.git("checkout", "-q", "--detach", "main")
    repo.merge("names", "2025-04-05")
    runner = Runner(checkouts(repo, tmp_path, payload.base_sha), payload, payload.write(tmp_path),
                    summary_file)

    proc = runner.run(step(load_workflow(), "check", "summary"))

    assert proc.returncode == 0, proc.stderr
    markdown = summary_file.read_text(encoding="utf-8")
    rows = [ln for ln in markdown.splitlines() if "F006" in ln]
    assert rows, markdown
    html = cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)
    page = Rendered(html)
    tags = {t for t, _ in page.tags}
    assert not tags & {"img", "a", "script"}, tags
    assert "**粗**.yaml" in page.visible(), "emphasis stays the characters it is"
    # GitHub finds no @mention inside a code span; outside one, none may survive.
    prose = Rendered(re.sub(r"<code>.*?</code>", "", html, flags=re.S))
    assert not MENTION.search("".join(prose.text).replace("\u200b", "§")), "no @mention survives"
    assert "@\u200bsxlib-office" in "".join(prose.text), "the message quotes the name, inert"
    # Every row of the findings table still has its five cells: no `|` of the name split one.
    table = html[html.index("<th>位置</th>"):]
    for row in re.findall(r"<tr>(.*?)</tr>", table[table.index("<tbody>"):], re.S):
        assert row.count("<td") == 5, row
    cells = re.findall(r"<td>(.*?)</td>", table, re.S)
    assert any("a|b`c &lt;img src=x" in c and "<code>" in c for c in cells), cells


def test_text_output_never_starts_a_line_a_runner_would_obey(honors: Any, alliance: Alliance) -> None:
    """A file named as a workflow command, and a key whose text holds a line break and one."""
    city = alliance.city(0)
    repo = alliance.repo
    repo.branch("commands")
    repo.write("::error title=全部通过::伪造", "x\n")
    repo.write("##[warning]伪造", "x\n")
    repo.write(alliance.city_file(city, "collective-a"),
               alliance.collective(city) + '"x\\n::stop-commands::t\\r\\u001b[31m": 1\n')
    repo.write(alliance.city_file(city, "summary"), alliance.summary(city))
    repo.commit("Commands", "2025-04-05")

    owners = honors("owners", "check", "--author", city.editors[0], "--base", "main",
                    "--today", "2025-04-05", "--root", str(repo.path))
    validate = honors("validate", "--root", str(repo.path))

    assert owners.code == 1 and validate.code == 1
    for out in (owners.out, validate.out):
        for line in out.splitlines():
            assert not line.lstrip().startswith(("::", "##[")), line
            assert "\x1b" not in line and "\r" not in line
    assert "./::error title=全部通过::伪造: D004 错误：" in owners.out
    assert "./##[warning]伪造: D004 错误：" in owners.out
    assert "x\\n::stop-commands::t\\r\\u001b[31m" in validate.out


def test_every_reporter_keeps_one_finding_on_one_line() -> None:
    finding = Finding("submissions/2024/cities/xian/a.yaml", 3, 1, "S002", "error",
                      "未知字段「x\n::error::伪造\u2028y」。", "删除\r\n::warning::它")
    result = Result([finding], files_checked=1)

    text = REPORTERS["text"](result).splitlines()
    github = REPORTERS["github"](result).splitlines()

    assert len(text) == 3 and len(github) == 2, (text, github)
    assert text[0].endswith("未知字段「x\\n::error::伪造\\u2028y」。")
    assert text[1] == "    提示：删除\\r\\n::warning::它"
    assert github[0].startswith("::error file=submissions/2024/cities/xian/a.yaml,line=3,col=1,")
    assert visible("\t\u200b\u3000") == "\\t\\u200b\u3000", "full-width spaces are text, shown as they are"
