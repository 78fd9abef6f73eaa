// 加盟时间 as generator/models/monthdate.py accepts it (a month, or a day), normalised the same
// way; both are tested on tests/monthdate_cases.json. Form fields are text, so only the
// validator's string path applies (YAML numbers and dates never reach the form).
import { PY_SPACE, pyInt, pyStrip } from "./pytext.js";

const S = `[${PY_SPACE}]*`;
const D = "\\p{Nd}";
const MONTH = new RegExp(
  `^(?<y>(?:19|20)${D}{2})${S}(?:`
  + `年${S}(?<cm>${D}{1,2})${S}月份?(?:${S}(?<cd>${D}{1,2})${S}日)?`
  + `|(?<sep>[-./])${S}(?<m>${D}{1,2})(?:${S}\\k<sep>${S}(?<d>${D}{1,2}))?`
  + ")$", "u");

function pad(n, width) {
  return String(n).padStart(width, "0");
}

/** 'YYYY-MM' or 'YYYY-MM-DD' for an acceptable value, null for anything vaguer or wrong. */
export function parseMonth(value) {
  const m = MONTH.exec(pyStrip(value));
  if (m === null) return null;
  const g = m.groups;
  const year = pyInt(g.y);
  const month = pyInt(g.m ?? g.cm);
  const day = g.d ?? g.cd;
  if (month < 1 || month > 12) return null;
  if (day === undefined) return `${pad(year, 4)}-${pad(month, 2)}`;
  const d = pyInt(day);
  if (d < 1 || d > daysIn(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
}

export function daysIn(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether text is a real calendar day written YYYY-MM-DD (what the validator's dates take). */
export function isIsoDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}
