// The checks of one file while it is typed: the JSON Schema (Ajv, Chinese messages) and the
// scheme's single-file rules, worded as the validator words them. Rules across files
// (quotas, duplicates, ownership, deadline) stay with the pull request's check.
import Ajv2020 from "ajv/dist/2020";
import localize from "ajv-i18n/localize/zh";
import { parseMonth, isIsoDate } from "./monthdate.js";
import { phoneProblem } from "./phone.js";
import { countChars } from "./textlength.js";
import { norm } from "./registry.js";

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
function schemaFindings(validate, doc, add) {
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
    if (!label || seen.has(label) || err.keyword === "anyOf" || (err.keyword === "type" && err.params.type === "null")) continue;
    seen.add(label);
    add(label, "error", schemaMessage(err));
  }
}

function length(add, label, text, limit) {
  const n = countChars(text);
  if (n > limit) add(label, "error", `「${label}」有 ${n} 字，超过 ${limit} 字的上限 ${n - limit} 字。请删减（${COUNT_RULE}）。`);
}

function unitRules(ctx, owner, unit, add) {
  const reg = ctx.registry;
  const kind = ctx.kind;
  if (kind === "collective" && owner.type === "city") {
    if (norm(unit) === norm(owner.committee)) {
      add("单位", "error", `「${unit}」是本市委员馆，不能占用本市名额推荐自己为先进集体。委员馆先进集体由联盟办及联盟各工作组推选确定；请推荐本市的一个成员馆。`);
    } else if (!reg.inCity(owner, unit)) {
      const other = reg.cityOf(unit);
      add("单位", "error", `「${unit}」不是本市的联盟成员馆，${other ? `它属于名录中的另一城市（${other.name}）` : "联盟名录中没有这个单位"}。请从列表中选择本市成员馆。`);
    }
    return;
  }
  if (kind === "collective" || kind === "special") {
    if (!reg.isLibrary(unit)) add("单位", "error", `「${unit}」不是联盟成员馆（联盟名录中没有这个单位）。请填写与联盟名录一致的全称。`);
    return;
  }
  if (kind === "individual" && owner.type === "city") {
    if (!reg.inCity(owner, unit)) add("单位", "error", `「${unit}」不是本市的联盟图书馆。请从列表中选择。`);
    return;
  }
  if (!reg.isLibrary(unit) && !reg.isGroup(unit)) {
    const what = kind === "individual" ? "联盟图书馆或联盟工作组" : "联盟成员馆或工作组";
    add("单位", "error", `「${unit}」不是${what}。请填写与联盟名录一致的全称。`);
  }
}

function joinedRule(ctx, values, add) {
  const unit = values.get("单位");
  const joined = values.get("加盟时间");
  if (!unit || !joined) return;
  const month = parseMonth(joined);
  const known = ctx.registry.joinedOf(unit);
  if (month && known && month.slice(0, known.length) !== known.slice(0, month.length)) {
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
      add("评选条件", "error", `评选条件没有第 ${n} 项。`);
    } else if (unit && allowed.length && !allowed.includes(n)) {
      add("评选条件", "error", `第 ${n} 项条件只适用于委员馆；「${unit}」是成员馆，只能申报第 ${allowed.join("、")} 项。${award.note || ""}`);
    }
  }
}

function individualRules(ctx, owner, values, add) {
  const isDirector = values.get("是否馆长") === "是";
  const position = values.get("职务") || "";
  if (isDirector && !values.get("馆长参评理由")) {
    add("馆长参评理由", "error", "馆长原则上不参评，且没有写明参评理由。若确需推荐，请在此写明理由；否则请改为推荐其他人员。");
  } else if (isDirector) {
    add("是否馆长", "warning", "馆长原则上不参评；已写明参评理由，交联盟办审核。");
  } else if (position.includes("馆长") && !position.includes("副馆长")) {
    add("职务", "warning", `职务为「${position}」，但「是否馆长」填的是「否」。馆长原则上不参评；如确为馆长，请选「是」并写明参评理由。`);
  }
  const name = values.get("姓名");
  const liaison = owner && owner.type === "city" ? owner.liaison : null;
  if (values.get("是否联络人") === "是") {
    if (!liaison) {
      add("是否联络人", "error", "只有委员馆登记的联盟工作联络人才能选「是」：联络人由委员馆在本市文件夹中推荐。");
    } else if (name && norm(name) !== norm(liaison)) {
      add("是否联络人", "error", `联盟名录登记的${owner.name}联络人是「${liaison}」，不是「${name}」。若联络人已更换，请联系联盟办更新名录。`);
    }
  } else if (liaison && name && norm(name) === norm(liaison)) {
    add("是否联络人", "warning", `「${name}」是联盟名录登记的${owner.name}联络人：请选「是」（联络人另行表彰，不占本市名额）。`);
  }
  const limit = ctx.data.deeds_max_chars;
  if (values.get("主要事迹")) length(add, "主要事迹", values.get("主要事迹"), limit);
  const field = ctx.fieldsByLabel.get("业务领域");
  const chosen = values.get("业务领域");
  if (chosen && field && field.choices && field.choices.length && !field.choices.includes(chosen)) {
    add("业务领域", "error", `「${chosen}」不在评选方案所列范围内。可选：${field.choices.join("、")}。`);
  }
}

function specialRules(ctx, owner, values, add) {
  const name = values.get("专项工作");
  if (name) {
    const project = ctx.data.projects.find((p) => norm(p.name) === norm(name));
    if (!project) {
      add("专项工作", "error", `「${name}」不是本年度设立的专项工作。可选：${ctx.data.projects.map((p) => p.name).join("、")}。`);
    } else if (owner && owner.type === "group" && project.group !== owner.code) {
      add("专项工作", "error", `专项「${project.name}」由工作组「${project.group}」负责推荐，不是本工作组。`);
    }
  }
  const basis = values.get("推荐依据");
  if (basis && !ctx.data.bases.includes(basis)) {
    add("推荐依据", "error", `推荐依据「${basis}」不是评选方案认可的依据。只能填：${ctx.data.bases.join("、")}。`);
  }
}

function caseRules(ctx, values, add) {
  for (const [label, limit] of Object.entries(ctx.data.case_limits)) {
    if (values.get(label)) length(add, label, values.get(label), limit);
  }
  const theme = values.get("案例主题");
  const themes = ctx.fieldsByLabel.get("案例主题").choices || [];
  if (theme && !themes.includes(theme)) {
    add("案例主题", "warning", `「${theme}」不在评选方案所列的案例主题中。方案所列主题以「等方面」结尾，其他主题也可申报，由联盟办审定。`);
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

function formatRules(ctx, filled, add) {
  for (const [label, { kind, value }] of filled) {
    if (kind === "phone") {
      const problem = phoneProblem(value);
      if (problem) add(label, "error", `电话号码「${value}」${problem}。座机写成 029-85420000，手机写 11 位数字。`);
    } else if (kind === "month" && parseMonth(value) === null) {
      add(label, "error", `「${value}」不是年月，应写到年月，例如 2017-05 或 2017年5月（可加日：2017-05-10）。`);
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
  schemaFindings(ctx.validate, doc, add);
  formatRules(ctx, filled, add);
  const values = new Map([...filled].map(([label, entry]) => [label, entry.value]));
  const unitLabel = ctx.kind === "summary" ? "推荐单位" : "单位";
  const unit = values.get(unitLabel);
  if (ctx.kind === "summary") {
    if (owner && unit && norm(unit) !== norm(owner.committee)) {
      add("推荐单位", "error", `推荐单位应为${owner.name}委员馆「${owner.committee}」（与联盟名录一致）。`);
    }
    return found;
  }
  if (owner && unit) unitRules(ctx, owner, unit, add);
  if (ctx.kind === "collective" || ctx.kind === "special") joinedRule(ctx, values, add);
  if (ctx.kind === "collective") criteriaRule(ctx, values, add);
  if (ctx.kind === "individual") individualRules(ctx, owner, values, add);
  if (ctx.kind === "special") specialRules(ctx, owner, values, add);
  if (ctx.kind === "case") caseRules(ctx, values, add);
  return found;
}
