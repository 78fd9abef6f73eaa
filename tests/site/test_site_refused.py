"""The site publishes what the meeting passed (models.decisions): a refused entry is on no roll.

A real build of the demo with one 先进个人 refused by 「审定意见: 不同意」 and one liaison by
「结论: 不通过」: the 拟表彰名单, the city page's marks, the home page's counts and the open-data CSV
must all leave them out.
"""

from __future__ import annotations

from pathlib import Path

from sitetools import BuiltSite, build, find_all, squash

from generator.check.validate import validate_repository

DECISIONS = "submissions/2024/decisions.yaml"
PERSON, LIAISON = "牛彩霞", "孙立军"


def _refuse(root: Path) -> None:
    path = root / DECISIONS
    text = path.read_text(encoding="utf-8")
    person = "    推荐材料: cities/baoji/individual-niu-caixia.yaml\n    审定意见: 同意\n"
    liaison = "    姓名: 孙立军\n    审定意见: 同意\n"
    assert text.count(person) == 1 and text.count(liaison) == 1
    text = text.replace(person, person.replace("同意", "不同意"))
    text = text.replace(liaison, "    姓名: 孙立军\n    审定意见: 材料未按时报送\n    结论: 不通过\n")
    path.write_text(text, encoding="utf-8")


def _total(site: BuiltSite, url: str, key: str) -> int:
    spans = [e for e in find_all(site.article(url), "span") if e.attrs.get("data-count") == key]
    assert spans, (url, key)
    return int(squash(spans[0].text))


def test_a_refused_entry_is_never_published(repo_copy: Path, tmp_path: Path, demo_site: BuiltSite) -> None:
    _refuse(repo_copy)
    _, result = validate_repository(repo_copy)
    assert not result.has_errors
    site = build(repo_copy, tmp_path / "site")
    roll = site.text("2024/honors/")
    assert "韩雪梅" in roll and "杨帆" in roll  # the others are still there
    assert PERSON not in roll and LIAISON not in roll
    # The city page still lists her nomination, without a 拟表彰 mark.
    baoji = site.article("2024/cities/baoji/")
    row = next(tr for tr in find_all(baoji, "tr") if PERSON in squash(tr.text))
    assert "拟表彰" not in squash(row.text)
    assert "拟表彰" in squash(next(tr for tr in find_all(baoji, "tr") if "杨帆" in squash(tr.text)).text)
    for key in ("2024.selected.individual", "2024.selected.total", "2024.liaisons.honored"):
        assert _total(site, "2024/honors/", key) == _total(demo_site, "2024/honors/", key) - 1, key
    assert _total(site, "", "2024.selected.total") == _total(demo_site, "", "2024.selected.total") - 1
    csv = (site.path / "2024/honor-roll-2024.csv").read_text(encoding="utf-8-sig")
    assert "韩雪梅" in csv and PERSON not in csv and LIAISON not in csv
