// When the work of 从事本工作时间 started, as generator/rules/workperiod.py reads it;
// both are tested on tests/workperiod_cases.json.
import { PY_SPACE, pyInt } from "./pytext.js";

const S = `[${PY_SPACE}]*`;
const START = new RegExp(`((?:19|20)\\p{Nd}{2})${S}(?:[年.\\-/／]${S}(\\p{Nd}{1,2})${S}月?)?`, "u");

/** The first day of the month (or year) the work started, as YYYY-MM-DD, or null. */
export function workStart(text) {
  const m = START.exec(text);
  if (m === null) return null;
  const year = pyInt(m[1]);
  let month = m[2] ? pyInt(m[2]) : 1;
  if (month < 1 || month > 12) month = 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
}
