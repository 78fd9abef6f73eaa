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
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

// A day as people type it in a Chinese browser: 2024-03-01, 2024-3-1, 2024年3月1日, 2024.3.1,
// 2024/3/1 (any digits, spaces between the parts). The year is taken with any number of digits
// so that 0031 or 40301 get their own message rather than "not a date".
const DAY = new RegExp(
  `^(?<y>${D}+)${S}(?:`
  + `年${S}(?<cm>${D}{1,2})${S}月${S}(?<cd>${D}{1,2})${S}[日号]`
  + `|(?<sep>[-./])${S}(?<m>${D}{1,2})${S}\\k<sep>${S}(?<d>${D}{1,2})`
  + ")$", "u");

// The years a nomination's day may lie in (generator/models/base.py DAY_YEARS says the same).
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2099;

/** { iso } for a real, plausible day, else { error } (a Chinese message); null for empty text. */
export function parseDay(value) {
  const text = pyStrip(String(value));
  if (text === "") return null;
  const m = DAY.exec(text);
  if (m === null) {
    return { error: `「${text}」不是有效的日期，应写成 2024-03-01（也可写 2024年3月1日、2024.3.1 或 2024/3/1）。` };
  }
  const g = m.groups;
  const year = pyInt(g.y);
  if (g.y.length !== 4 || year < FIRST_YEAR || year > LAST_YEAR) {
    return { error: `「${text}」的年份「${g.y}」不合理：年份应为四位数（${FIRST_YEAR}–${LAST_YEAR}），例如 2024-03-01。` };
  }
  const month = pyInt(g.m ?? g.cm);
  const day = pyInt(g.d ?? g.cd);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return { error: `「${text}」不是日历上的日期（${year}年没有 ${month} 月 ${day} 日），请核对。` };
  }
  return { iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}
