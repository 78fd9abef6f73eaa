// The checks of one file while it is typed: the JSON Schema (Ajv, Chinese messages) and the
// scheme's single-file rules, worded as the validator words them. Rules across files
// (quotas, duplicates, ownership, deadline) stay with the pull request's check.
import Ajv2020 from "ajv/dist/2020";
import localize from "ajv-i18n/localize/zh";
import { parseDay, parseMonth, isIsoDate } from "./monthdate.js";
import { parseCount } from "./numbers.js";
import { phoneProblem, splitNumbers } from "./phone.js";
import { numbersIn, numberWarning } from "./publictext.js";
import { countChars } from "./textlength.js";
import { directorRole } from "./directors.js";
import { norm } from "./registry.js";
import { workStart } from "./workperiod.js";

const COUNT_RULE = "Markdown 符号和空格不计，一个汉字或标点算 1 字，连写的英文或数字算 1 字";

export function schemaValidator(schema) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat("date", { type: "string", validate: isIsoDate });
  return ajv.compile(schema);
}

function schemaMessage(err) {
  const p = err.params;
  switch (err.keyword) {
    case "type": return p.type === "integer" ? "请填写整数" : "格式不对";
    case "minimum": return `不能小于 ${p.limit}`;
    case "maximum": return `不能大于 ${p.limit}`;
    case "pattern": {
      const choices = /^\^\(([^()]+)\)\$$/u.exec(p.pattern); // ^(男|女)$: a closed list
      return choices ? `只能填「${choices[1].split("|").join("」或「")}」` : "格式不对";
    }
    case "format": return "不是有效的日期，应写成 2024-05-01";
    default: return err.message;
  }
}

/** label -> [Chinese message] from the JSON Schema. */
function schemaFindings(validate, doc, add, found) {
  if (validate(doc)) return;
  localize(validate.errors);
  const seen = new Set();
  for (const err of validate.errors) {
    if (err.keyword === "required") {
      add(err.params.missingProperty, "error", "此项必填");
      continue;
    }
    const label = decodeURIComponent(err.instancePath.split("/")[1] || "");
    // Optional fields are `X | null`: report X's problem, not the anyOf around it.
    // A field the form's own reading already explained (a day, a number) is not told twice.
    if (!label || seen.has(label) || found.has(label) || err.keyword === "anyOf" || (err.keyword === "type" && err.params.type === "null")) continue;
    seen.add(label);
    add(label, "error", schemaMessage(err));
  }
}

function length(add, label, text, limit) {
  const n = countChars(text);
  if (n > limit) add(label, "error", `「${label}」有 ${n} 字，比 ${limit} 字的上限多 ${n - limit} 字。请删减（${COUNT_RULE}）。`);
}

/** E018 (rules/lengths.py advise_length): a length the notice does not set is a warning saying why. */
function advise(add, label, text, advice, [why, fix]) {
  const n = countChars(text);
  if (n > advice) add(label, "warning", `「${label}」有 ${n} 字，超过建议的 ${advice} 字：${why}（通知没有规定字数，所以只是提醒）。建议精简到 ${advice} 字以内（${COUNT_RULE}）；${fix}`);
}

function inCity(ctx, owner, unit, add) {
  if (ctx.registry.inCity(owner, unit)) return true;
  add("单位", "error", `「${unit}」不是${owner.name}的联盟图书馆：${ctx.registry.elsewhere(owner, unit)}请从列表中选择本市的图书馆。`);
  return false;
}

function inAlliance(ctx, unit, withGroups, what, add) {
  const reg = ctx.registry;
  if (reg.isLibrary(unit) || (withGroups && reg.isGroup(unit))) return true;
  add("单位", "error", `「${unit}」不是${what}（联盟名录中没有这个单位）。请填写全称，与联盟名录一致。`);
  return false;
}

/** Whether the unit may be nominated from this folder (generator/rules/units.py and the awards' rules). */
function unitRules(ctx, owner, unit, add) {
  const reg = ctx.registry;
  const kind = ctx.kind;
  if (kind === "collective" && owner.type === "city") {
    if (norm(unit) === norm(owner.committee)) {
      add("单位", "error", `「${unit}」是本市委员馆，不能占用本市名额推荐自己为先进集体。委员馆先进集体由联盟办及联盟各工作组推选确定；本市名额请推荐本市的一个成员馆。`);
      return false;
    }
    return inCity(ctx, owner, unit, add);
  }
  if (kind === "collective") {
    if (!inAlliance(ctx, unit, false, "联盟成员馆", add)) return false;
    if (reg.isCommittee(unit) || reg.isUnaffiliated(unit)) return true;
    const city = reg.cityOf(unit);
    add("单位", "error", `「${unit}」是${city.name}的成员馆：成员馆的联盟工作先进集体由所在市委员馆推荐（每市 1 个名额），联盟办和工作组推选的是委员馆。请交给${city.committee}推荐；若要表彰该馆的专项工作，请填写专项工作先进集体推荐表（附件1-4）。`);
    return false;
  }
  if (kind === "special") return inAlliance(ctx, unit, false, "联盟成员馆", add);
  if (owner.type === "city") return inCity(ctx, owner, unit, add);
  return inAlliance(ctx, unit, true, "联盟图书馆或联盟工作组", add);
}

function joinedRule(ctx, values, add) {
  const unit = values.get("单位");
  const joined = values.get("加盟时间");
  if (!unit || !joined) return;
  const month = parseMonth(joined);
  const known = ctx.registry.joinedOf(unit);
  const common = month && known ? Math.min(month.length, known.length) : 0;
  if (common && month.slice(0, common) !== known.slice(0, common)) {
    add("加盟时间", "warning", `「加盟时间」${month} 与联盟名录登记的 ${known} 不一致。请核对后改为 ${known}；若名录有误，请联系联盟办更正名录。`);
  }
}

function criteriaRule(ctx, values, add) {
  const award = ctx.kd.award;
  const chosen = values.get("评选条件");
  if (!award || !chosen) return;
  const known = new Set(award.criteria.map((c) => c.number));
  const unit = values.get("单位");
  const allowed = unit && ctx.registry.isCommittee(unit) ? award.committee : award.member;
  for (const n of chosen) {
    if (known.size && !known.has(n)) {
      add("评选条件", "error", `评选条件只有第 ${Math.min(...known)}–${Math.max(...known)} 项，没有第 ${n} 项。`);
    } else if (unit && allowed.length && !allowed.includes(n)) {
      add("评选条件", "error", `第 ${n} 项条件只适用于委员馆；「${unit}」是成员馆，只能申报第 ${allowed.join("、")} 项。${award.note || ""}请删去第 ${n} 项。`);
    }
  }
}

function directorRules(values, add) {
  const isDirector = values.get("是否馆长") === "是";
  const position = values.get("职务") || "";
  const role = isDirector ? "head" : directorRole(position);
  if (role === null) return;
  const label = isDirector ? "是否馆长" : "职务";
  const who = isDirector ? "被推荐人是馆长" : `职务「${position}」表明被推荐人是本馆负责人`;
  if (role === "unsure") {
    add(label, "warning", `职务「${position}」可能是馆长一级的负责人；馆长原则上不参评。若是本馆负责人，请把「是否馆长」选为「是」并写明参评理由。`);
  } else if (values.get("馆长参评理由")) {
    add(label, "warning", `${who}；馆长原则上不参评，已写明参评理由，交联盟办审核。`);
  } else {
    add(label, "error", `${who}；馆长原则上不参评，且没有写明参评理由。若确需推荐，请在「馆长参评理由」中写明；否则请改为推荐其他人员。`);
  }
}

function liaisonRules(owner, values, add) {
  const name = values.get("姓名");
  const liaison = owner && owner.type === "city" ? owner.liaison : null;
  if (values.get("是否联络人") !== "是") {
    if (liaison && name && norm(name) === norm(liaison)) {
      add("姓名", "warning", `「${name}」是联盟名录登记的${owner.name}联络人：联络人不占先进个人名额，已按联络人计算。请把「是否联络人」改为「是」。`);
    }
  } else if (!liaison) {
    add("是否联络人", "error", "只有委员馆登记的联盟工作联络人才能选「是」：联络人由委员馆在本市文件夹中推荐；若不是联络人，请改为「否」。");
  } else if (name && norm(name) !== norm(liaison)) {
    add("是否联络人", "error", `联盟名录登记的${owner.name}联络人是「${liaison}」，不是「${name}」。若联络人已更换，请联系联盟办更新名录。`);
  }
}

function individualRules(ctx, owner, values, add) {
  directorRules(values, add);
  const start = workStart(values.get("从事本工作时间") || "");
  const [from, to] = ctx.data.period;
  if (start && start > to) {
    add("从事本工作时间", "error", `「从事本工作时间」从 ${Number(start.slice(0, 4))}年${Number(start.slice(5, 7))}月 开始，晚于考核时限（${from}～${to}）。只能推荐在 ${to.slice(0, 4)} 年度内从事联盟工作的人员。`);
  }
  if (values.get("主要事迹")) length(add, "主要事迹", values.get("主要事迹"), ctx.data.deeds_max_chars);
  const field = ctx.fieldsByLabel.get("业务领域");
  const chosen = values.get("业务领域");
  if (chosen && field && field.choices && field.choices.length && !field.choices.some((c) => norm(c) === norm(chosen))) {
    add("业务领域", "error", `「业务领域」的值「${chosen}」不在评选方案所列范围内。可选：${field.choices.join("、")}。`);
  }
  liaisonRules(owner, values, add);
}

/** The config's basis a nomination states, also within a longer phrase (rules/specials.py basis_of). */
export function basisOf(text, bases) {
  const wanted = norm(text);
  return bases.find((basis) => {
    const known = norm(basis);
    return wanted === known || wanted.includes(known) || ([...wanted].length >= 4 && known.includes(wanted));
  }) ?? null;
}

function specialRules(ctx, owner, values, add) {
  const name = values.get("专项工作");
  if (name) {
    const project = ctx.data.projects.find((p) => [p.name, ...p.aliases].some((n) => norm(n) === norm(name)));
    if (!project) {
      add("专项工作", "warning", `「${name}」不是本年度评选方案已设立的专项工作；是否设立由联盟办审定时确定。已设立：${ctx.data.projects.map((p) => p.name).join("、")}。`);
    } else if (owner && owner.type === "group" && project.group !== owner.code) {
      const group = ctx.registry.owner(`group:${project.group}`);
      add("专项工作", "error", `专项「${project.name}」由${group ? group.name : project.group}负责推荐，不是本工作组。请确认专项名称，或把此推荐交给负责该专项的工作组。`);
    }
  }
  const basis = values.get("推荐依据");
  if (basis && basisOf(basis, ctx.data.bases) === null) {
    add("推荐依据", "error", `推荐依据「${basis}」不是评选方案认可的依据。只能填：${ctx.data.bases.join("、")}。`);
  }
}

/** Each 合作单位 a registered library or working group (generator/rules/units.py partners()). */
function partnerRules(ctx, values, add) {
  for (const partner of values.get("合作单位") || []) {
    if (ctx.registry.isLibrary(partner) || ctx.registry.isGroup(partner)) continue;
    add("合作单位", "error", `合作单位「${partner}」不是联盟图书馆或联盟工作组（联盟名录中没有这个单位）。请从列表中选择，填写全称，与联盟名录一致；不是联盟成员的合作方请写在「案例正文」里。`);
  }
}

function caseRules(ctx, values, add) {
  partnerRules(ctx, values, add);
  for (const [label, limit] of Object.entries(ctx.data.case_limits)) {
    if (values.get(label)) advise(add, label, values.get(label), limit, ctx.data.case_length_why[label]);
  }
  const theme = values.get("案例主题");
  const themes = ctx.fieldsByLabel.get("案例主题").choices || [];
  if (theme && !themes.some((t) => norm(t) === norm(theme))) {
    add("案例主题", "warning", `「${theme}」不在本年度方案列出的案例主题之中（方案所列主题以「等方面」结尾，其他主题也可申报，由联盟办审议）。`);
  }
  const start = values.get("开始日期");
  const end = values.get("结束日期");
  if (!isIsoDate(start || "") || !isIsoDate(end || "")) return;
  const [from, to] = ctx.data.period;
  if (end < start) add("结束日期", "error", "「结束日期」早于「开始日期」。请核对两个日期。");
  else if (end < from || start > to) {
    add("开始日期", "error", `案例实施时间 ${start}～${end} 不在考核时限 ${from}～${to} 之内。只能推荐在 ${from.slice(0, 4)} 年度开展的案例。`);
  }
}

/** E016 (rules/publictext.py): a phone or ID-card number in a text the site publishes. */
function publicTextRules(ctx, values, add) {
  const own = [values.get("联系电话")].filter((p) => typeof p === "string" && p);
  for (const label of ctx.data.public_text[ctx.kind] || []) {
    const text = values.get(label);
    if (typeof text !== "string") continue;
    for (const hit of numbersIn(text, own)) add(label, "warning", numberWarning(label, hit));
  }
}

/** E017 (rules/summaries.py): a 填报日期 before the notice or after the deadline is a warning. */
function filledOnRule(ctx, written, add) {
  const day = written ? parseDay(written) : null;
  if (!day || !day.iso) return;
  const { published_on: from, deadline: to } = ctx.data;
  let problem = null;
  if (from && day.iso < from) problem = `早于评选通知的发布日期 ${from}：汇总表应在通知发布后填报`;
  else if (day.iso > to) problem = `晚于报送截止日期 ${to}`;
  if (problem) {
    add("填报日期", "warning", `「填报日期」${written} ${problem}。纸质汇总表会印出这个日期。`
      + `请核对填报日期，一般在 ${from || "通知发布日"} 至 ${to} 之间；若确是这一天，可保留，由联盟办核实。`);
  }
}

function formatRules(ctx, filled, add) {
  for (const [label, { kind, value }] of filled) {
    if (kind === "phone") {
      const problem = splitNumbers(value).length ? phoneProblem(value) : "不能为空";
      if (problem === "不能为空") add(label, "error", "不能为空：请填写电话号码。");
      else if (problem) add(label, "error", `电话号码「${value}」${problem}。座机写成 029-85420000，手机写 11 位数字。`);
    } else if (kind === "date") {
      const day = parseDay(value);
      if (day && day.error) add(label, "error", day.error);
    } else if (kind === "int") {
      const count = parseCount(value);
      if (count && count.error) add(label, "error", count.error);
    } else if (kind === "month" && parseMonth(value) === null) {
      add(label, "error", `「${value}」不是有效的年月，应写到年月，例如 2017-05 或 2017年5月（可加日：2017-05-10）。`);
    }
  }
}

/**
 * Every finding of the form: Map label -> [{ level: "error" | "warning", text }].
 * `filled` is values.js's filledValues(); the pseudo-label "@owner" holds the folder's.
 */
export function check(ctx, ownerKey, filled, doc) {
  const found = new Map();
  const add = (label, level, text) => {
    if (!found.has(label)) found.set(label, []);
    if (!found.get(label).some((m) => m.text === text)) found.get(label).push({ level, text });
  };
  const owner = ctx.registry.owner(ownerKey);
  if (!owner) add("@owner", "error", "请先选择填报单位：它决定文件放在哪个文件夹。");
  formatRules(ctx, filled, add);
  schemaFindings(ctx.validate, doc, add, found);
  const values = new Map([...filled].map(([label, entry]) => [label, entry.value]));
  const unitLabel = ctx.kind === "summary" ? "推荐单位" : "单位";
  const unit = values.get(unitLabel);
  if (ctx.kind === "summary") {
    if (owner && unit && norm(unit) !== norm(owner.committee)) {
      add("推荐单位", "error", `「推荐单位」应为本市委员馆「${owner.committee}」，而不是「${unit}」。`);
    }
    filledOnRule(ctx, values.get("填报日期"), add);
    return found;
  }
  const unitOk = owner && unit ? unitRules(ctx, owner, unit, add) : false;
  if (unitOk && (ctx.kind === "collective" || ctx.kind === "special")) joinedRule(ctx, values, add);
  if (ctx.kind === "collective" && (unitOk || !unit)) criteriaRule(ctx, values, add);
  if (ctx.kind === "individual") individualRules(ctx, owner, values, add);
  if (ctx.kind === "special") specialRules(ctx, owner, values, add);
  if (ctx.kind === "case") caseRules(ctx, values, add);
  publicTextRules(ctx, values, add);
  return found;
}
