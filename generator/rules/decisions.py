"""The decisions file (拟表彰名单 / 表彰名单): D002, D005, D006, D007 and E007 at decision time."""

from __future__ import annotations

import difflib

from generator.core.findings import Finding, Result, Severity
from generator.load.records import Campaign
from generator.models import Decision, Individual, LiaisonHonor, Registry, SpecialCollective
from generator.models.decisions import AGREED, PASSED, REFUSED
from generator.models.names import norm
from generator.rules.context import by_code
from generator.rules.liaisons import is_liaison


class _Place:
    """Findings placed on the decisions file."""

    def __init__(self, campaign: Campaign, result: Result) -> None:
        assert campaign.decisions_path is not None and campaign.decisions_doc is not None  # set with the decisions
        self.doc, self.path, self.result = campaign.decisions_doc, campaign.decisions_path, result

    def add(self, loc: tuple[str | int, ...], code: str, message: str, hint: str,
            severity: Severity = "error") -> None:
        line, col = self.doc.where(loc)
        self.result.add(Finding(self.path, line, col, code, severity, message, hint))


def check(registry: Registry, campaign: Campaign, result: Result) -> None:
    if campaign.decisions is None:  # (its file, when it loaded, is campaign.decisions_doc)
        return
    place = _Place(campaign, result)
    _entries(campaign, place)
    _outcomes(campaign, place)
    _liaisons(registry, campaign, place)
    if campaign.decisions.status == "已表彰" and campaign.frozen_registry_path is None:
        place.add(("状态",), "D007",
                  f"{campaign.year} 年度已表彰，但还没有冻结当年的联盟名录：以后修改名录会改变这一年的校验和网站。",
                  f"请联盟办运行 honors close --year {campaign.year}，并提交生成的 {campaign.folder}/registry.yaml。",
                  "warning")


def _entries(campaign: Campaign, place: _Place) -> None:
    """D002: 「联盟办对各市推荐名单及材料进行汇总整理…最终确定拟表彰名单」 — every honor is a nomination
    of that award, listed once; E007: a special project named at decision time must exist."""
    cfg, decisions = campaign.config, campaign.decisions
    assert decisions is not None
    rels = [n.rel for n in campaign.nominations] + sorted(campaign.broken)
    seen: set[str] = set()
    for i, entry in enumerate(decisions.entries):
        award = cfg.award_by_name(entry.award)
        if award is None:
            place.add(("表彰名单", i, "奖项"), "D002", f"「{entry.award}」不是本年度的奖项。",
                      "可选：" + "、".join(a.name for a in cfg.awards) + "。")
            continue
        rel = entry.nomination  # normalised by the model (/ for \, no ./)
        if rel in seen:
            place.add(("表彰名单", i, "推荐材料"), "D002", f"「{rel}」在表彰名单中出现了两次。",
                      "请删除重复的一项。")
            continue
        seen.add(rel)
        if rel in campaign.broken:
            continue  # the file exists; its own findings say what is wrong with it
        n = campaign.by_rel(rel)
        if n is None:
            near = difflib.get_close_matches(rel, rels)
            place.add(("表彰名单", i, "推荐材料"), "D002", f"找不到推荐材料「{rel}」。",
                      f"是否想写「{near[0]}」？" if near
                      else "路径相对于年度文件夹，例如 cities/xian/individual-wang-lan.yaml。")
            continue
        if n.award != award.type:
            actual = cfg.award_by_type(n.award)
            assert actual is not None  # the nomination's award was found in this config when loaded
            place.add(("表彰名单", i, "奖项"), "D002",
                      f"「{rel}」推荐的是「{actual.name}」，不是「{entry.award}」。",
                      "请改正奖项名称，或核对推荐材料路径。")
        elif isinstance(n.form, SpecialCollective) and cfg.project(n.form.project) is None:
            place.add(("表彰名单", i, "推荐材料"), "E007",
                      f"「{rel}」的专项「{n.form.project}」不在评选方案的专项工作中，不能列入表彰名单。",
                      "「各专项奖的设立及名额，根据当年工作开展情况确定」：请联盟办先在 campaign.yaml 的"
                      "「专项工作」中设立该专项（可加「别名」），或改正推荐表中的专项名称。")


REFUSING = ("不", "未")  # 不同意、不予表彰、未通过: words that plainly refuse


def _outcomes(campaign: Campaign, place: _Place) -> None:
    """D010: 「最终确定拟表彰名单」 — what the meeting decided is read one way (models.decisions):
    结论 when written, else 审定意见 「同意」 passes and anything else does not. A 结论 the opinion
    contradicts is an error; an opinion that is neither 「同意」 nor a plain refusal is a warning,
    since the entry then silently stays off the roll."""
    decisions = campaign.decisions
    assert decisions is not None
    items: list[tuple[str, int, Decision | LiaisonHonor]] = [
        *(("表彰名单", i, e) for i, e in enumerate(decisions.entries)),
        *(("联络人表彰", i, h) for i, h in enumerate(decisions.liaisons))]
    for section, i, e in items:
        if e.opinion is None:
            continue
        words = norm(e.opinion)
        refused = words.startswith(REFUSING)
        if (e.conclusion == PASSED and refused) or (e.conclusion == REFUSED and words == AGREED):
            place.add((section, i, "结论"), "D010",
                      f"结论「{e.conclusion}」与审定意见「{e.opinion}」相互矛盾。",
                      "请按会议审定结果改正「结论」或「审定意见」中的一项。")
        elif e.conclusion is None and words != AGREED and not refused:
            place.add((section, i, "审定意见"), "D010",
                      f"审定意见「{e.opinion}」不是「同意」，按「不通过」处理，不会公布，也不计入名额。",
                      "如会议审定通过，请加一行「结论: 通过」；如未通过，请加「结论: 不通过」。",
                      "warning")


def _liaisons(registry: Registry, campaign: Campaign, place: _Place) -> None:
    """「联盟办将对联盟工作联络人另外进行表彰」: the registered liaison, once, in one list."""
    decisions = campaign.decisions
    assert decisions is not None
    cities = by_code(registry.cities)
    selected = {(n.source.code, norm(n.form.name)): n.rel
                for e in decisions.passed() if (n := campaign.by_rel(e.nomination)) is not None
                and is_liaison(n, registry) and isinstance(n.form, Individual)}
    honored: set[str] = set()
    for i, honor in enumerate(decisions.liaisons):
        city = cities.get(honor.city)
        if city is None:
            place.add(("联络人表彰", i, "城市"), "D005", f"联盟名录中没有城市代码「{honor.city}」。",
                      "城市代码见联盟名录，例如 xian。")
            continue
        liaison = city.liaison_for(campaign.year)  # the one who served that year, even if replaced since
        if liaison is None:
            place.add(("联络人表彰", i, "姓名"), "D005",
                      f"联盟名录没有登记{city.name}的联络人，「{honor.name}」不能列入联络人表彰。",
                      "请联盟办先在联盟名录中登记该市的联络人。")
            continue
        if norm(liaison.name) != norm(honor.name):
            place.add(("联络人表彰", i, "姓名"), "D005",
                      f"{city.name}登记的联络人是「{liaison.name}」，不是「{honor.name}」。",
                      "请与联盟名录核对联络人姓名；若联络人已更换，请在联盟名录的「历任联络人」中登记其任职年度。")
            continue
        if city.code in honored:
            place.add(("联络人表彰", i, "城市"), "D006",
                      f"{city.name}的联络人「{honor.name}」在联络人表彰中出现了两次。", "请删除重复的一项。")
            continue
        honored.add(city.code)
        if (rel := selected.get((city.code, norm(honor.name)))) is not None:
            place.add(("联络人表彰", i, "姓名"), "D006",
                      f"联络人「{honor.name}」已作为先进个人列入表彰名单（{rel}），同一人只表彰一次。",
                      "请从「联络人表彰」或「表彰名单」中删去其中一项。")
