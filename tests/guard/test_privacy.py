"""The privacy scan: the demo site leaks nothing; a leaked value in any form or file is caught."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.guard.privacy import Leak, private_values, scan_site
from generator.load.campaign import load_repository
from generator.load.records import NominationRecord, Repository
from generator.models import Individual
from generator.site.build import build_site

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def repo() -> Repository:
    repo, result = load_repository(ROOT)
    assert not result.has_errors
    return repo


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("privacy") / "site"
    build_site(ROOT, site)
    return site


@pytest.fixture
def site(built: Path, tmp_path: Path) -> Path:
    """Writable copies of a few built files of each kind (a whole-site scan takes seconds)."""
    for rel in ("index.html", "2024/honors/index.html", "search/search_index.json", "sitemap.xml.gz"):
        (tmp_path / "site" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(built / rel, tmp_path / "site" / rel)
    return tmp_path / "site"


@pytest.fixture(scope="module")
def person(repo: Repository) -> NominationRecord:
    return next(n for n in repo.campaigns[0].nominations
                if isinstance(n.form, Individual) and n.form.personal_phone)


def _inject(site: Path, rel: str, markup: str) -> None:
    page = site / rel
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("</article>", markup + "</article>", 1), encoding="utf-8")


def test_demo_site_leaks_nothing(repo: Repository, built: Path) -> None:
    secrets = private_values(repo)
    people = sum(isinstance(n.form, Individual) for c in repo.campaigns for n in c.nominations)
    assert people > 30
    # age, gender and education per person (fewer only where the deeds say it themselves), phones
    assert sum(s.kind == "年龄" for s in secrets) >= people - 2
    assert sum(s.kind == "电话" for s in secrets) >= people
    assert scan_site(built, secrets) == []


@pytest.mark.parametrize(
    ("markup", "kind"),
    [
        ("<table><tr><td>{name}</td><td>{gender}</td><td>{age}</td></tr></table>", "年龄"),
        ("<table><tr><td>{name}</td><td>{gender}</td><td>{age}</td></tr></table>", "性别"),
        ("<table><tr><td>{name}</td><td>单位</td><td>{education}</td></tr></table>", "学历"),
        ("<p>{name}，{age}岁，从事阅读推广工作。</p>", "年龄"),
        ("<p>{name}（{gender}）</p>", "性别"),
        ("<p>{name}的学历：{education}</p>", "学历"),
        ("<p>年龄 <b>{age}</b> 的 {name}</p>", "年龄"),
        ('<img alt="{name} {age}岁" src="x.png">', "年龄"),
        ("<p>电话 {phone_spaced}</p>", "电话"),
        ("<p>{phone_bare}</p>", "电话"),
    ],
    ids=["row-age", "row-gender", "row-education", "age-sui", "name-gender", "education-label",
         "age-label-before", "attribute", "phone-spaced", "phone-bare"],
)
def test_an_injected_value_is_caught(
    repo: Repository, site: Path, person: NominationRecord, markup: str, kind: str
) -> None:
    form = person.form
    assert isinstance(form, Individual) and form.personal_phone
    digits = "".join(d for d in form.personal_phone if d.isdigit())
    values = {"name": form.name, "gender": form.gender, "age": form.age, "education": form.education,
              "phone_spaced": f"{digits[:3]} {digits[3:7]} {digits[7:]}", "phone_bare": digits}
    _inject(site, "index.html", markup.format(**values))
    assert Leak("index.html", kind, person.path) in scan_site(site, private_values(repo))


def test_a_value_in_the_search_index_or_the_gzipped_sitemap_is_caught(
    repo: Repository, site: Path, person: NominationRecord
) -> None:
    form = person.form
    assert isinstance(form, Individual) and form.personal_phone
    index = site / "search/search_index.json"
    data = json.loads(index.read_text(encoding="utf-8"))
    data["docs"].append({"location": "x/", "title": "x", "text": f"<p>{form.name}（{form.gender}）</p>"})
    index.write_text(json.dumps(data), encoding="utf-8")  # ASCII escapes, as MkDocs writes it
    sitemap = site / "sitemap.xml.gz"
    sitemap.write_bytes(gzip.compress(f"<url>{form.personal_phone}</url>".encode()))
    leaks = scan_site(site, private_values(repo))
    assert Leak("search/search_index.json", "性别", person.path) in leaks
    assert Leak("sitemap.xml.gz", "电话", person.path) in leaks


def test_unit_and_clerk_phones_are_caught(repo: Repository, site: Path) -> None:
    campaign = repo.campaigns[0]
    code, summary = next(iter(campaign.summaries.items()))
    unit = next(n for n in campaign.nominations if n.award == "collective")
    _inject(site, "index.html", f"<p>{summary.phone}</p><p>{unit.form.phone}</p>")  # type: ignore[attr-defined]
    leaks = scan_site(site, private_values(repo))
    assert Leak("index.html", "电话", campaign.summary_paths[code]) in leaks
    assert Leak("index.html", "电话", unit.path) in leaks


def test_ordinary_text_is_not_a_leak(repo: Repository, site: Path, person: NominationRecord) -> None:
    form = person.form
    assert isinstance(form, Individual)
    benign = (
        # 序号 before the name, a count near the name, the gender word and the age alone
        f"<table><tr><td>{form.age}</td><td>{form.name}</td><td>某图书馆</td></tr></table>"
        f"<p>{form.name}同志组织{form.age}场活动。</p><p>{form.gender}</p><p>{form.age}</p>"
        f"<p>{form.education}</p><p>{form.name}</p>"
    )
    _inject(site, "index.html", benign)
    assert scan_site(site, private_values(repo)) == []


def test_what_the_person_wrote_in_public_text_is_not_counted() -> None:
    repo, _ = load_repository(ROOT)  # a fresh copy: this test edits it
    campaign = repo.campaigns[0]
    i, n = next((i, n) for i, n in enumerate(campaign.nominations) if isinstance(n.form, Individual))
    assert isinstance(n.form, Individual)
    own = n.form.model_copy(update={"deeds": f"{n.form.name}{n.form.age}岁时来到本馆。"})
    campaign.nominations[i] = NominationRecord(n.path, n.rel, n.award, n.source, own, n.doc)
    kinds = {s.kind for s in private_values(repo) if s.owner == n.path}
    assert "年龄" not in kinds and {"性别", "学历"} <= kinds


def test_command_passes_on_the_demo_site(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["privacy", str(built), "--root", str(ROOT)]) == 0
    assert "隐私检查通过" in capsys.readouterr().out


def test_command_fails_on_a_leak_without_printing_the_value(
    site: Path, person: NominationRecord, capsys: pytest.CaptureFixture[str]
) -> None:
    form = person.form
    assert isinstance(form, Individual) and form.personal_phone
    _inject(site, "2024/honors/index.html", f"<p>{form.name}，{form.age}岁，电话 {form.personal_phone}</p>")
    assert main(["privacy", str(site), "--root", str(ROOT)]) == 1
    out = capsys.readouterr().out
    assert f"2024/honors/index.html：含有年龄（来自 {person.path}）" in out
    assert "2024/honors/index.html：含有电话" in out and "隐私检查未通过" in out
    assert form.personal_phone not in out and f"{form.age}岁" not in out


def test_command_without_a_site_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["privacy", str(tmp_path / "nowhere"), "--root", str(ROOT)]) == 2
    assert "找不到网站文件夹" in capsys.readouterr().err


def test_an_objectors_name_or_phone_on_the_site_is_a_leak(repo: Repository, site: Path) -> None:
    """Objections are the office's private data (private/<year>/objections.yaml): whoever objected
    must never show on the site, though the changelog says what came of it."""
    secrets = private_values(repo)
    objectors = {(s.kind, s.probe) for s in secrets if s.kind.startswith("异议人")}
    assert objectors == {("异议人", "赵某某"), ("异议人电话", "13900001234"), ("异议人", "钱某某")}
    assert scan_site(site, secrets) == []
    _inject(site, "2024/honors/index.html", "<p>据赵某某反映</p><p>联系 139-0000-1234</p>")
    leaks = {(leak.kind, leak.owner) for leak in scan_site(site, secrets)}
    assert leaks == {("异议人", "private/2023/objections.yaml"), ("异议人电话", "private/2023/objections.yaml")}
