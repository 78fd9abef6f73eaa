// When the work of 从事本工作时间 started, as generator/rules/workperiod.py reads it;
// both are tested on tests/workperiod_cases.json.
import { PY_SPACE } from "./pytext.js";

const S = `[${PY_SPACE}]*`;
const START = new RegExp(`((?:19|20)[0-9]{2})${S}(?:[年.\\-/／]${S}(1[0-2]|0?[1-9])(?![0-9])${S}月?)?`, "u");
const FULL_WIDTH = "０１２３４５６７８９－";

/** Full-width digits (and dash) as ASCII, as Python's str.translate(FULL_WIDTH_DIGITS). */
function halfWidth(text) {
  return [...text].map((ch) => {
    const i = FULL_WIDTH.indexOf(ch);
    return i < 0 ? ch : "0123456789-"[i];
  }).join("");
}

/** The first day of the month (or year) the work started, as YYYY-MM-DD, or null. */
export function workStart(text) {
  const m = START.exec(halfWidth(text));
  if (m === null) return null;
  const month = m[2] ? Number(m[2]) : 1;
  return `${m[1]}-${String(month).padStart(2, "0")}-01`;
}
