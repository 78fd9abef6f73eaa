// Phone numbers as generator/models/phone.py accepts them, with the same Chinese reasons;
// both are tested on tests/phone_cases.json.
import { PY_SPACE, pyStrip } from "./pytext.js";

const FULL_WIDTH = "０１２３４５６７８９－";
const SPACES = new RegExp(`[${PY_SPACE}\\u3000\\u00a0]+`, "gu");
const SEPARATORS = /[、/，,；;]|或/u;
const COUNTRY = "(?:\\+86|0086|86(?=-))-?";
const EXTENSION = "(?:(?:转|分机|ext\\.?|EXT\\.?|-)[0-9]{1,6})?";
const D = "[0-9]"; // ASCII digits only, as the validator (re.ASCII)
const MOBILE = new RegExp(`^(?:(?:${COUNTRY})?1[3-9]${D}-?${D}{4}-?${D}{4})$`, "u");
const LANDLINE = new RegExp(
  `^(?:(?:(?:${COUNTRY})\\(?0?[1-9]${D}{1,2}\\)?|\\(?0[1-9]${D}{1,2}\\)?)-?${D}{3,4}-?${D}{4}${EXTENSION})$`, "u");
const SERVICE = new RegExp(`^(?:[48]00-?${D}{3}-?${D}{4}${EXTENSION})$`, "u");
const ALLOWED_CHAR = /^[0-9+()\-转分机extEXT.]$/u;

function normalise(one) {
  return one.replace(SPACES, "").replaceAll("（", "(").replaceAll("）", ")")
    .replaceAll("—", "-").replaceAll("–", "-");
}

function oneIsValid(one) {
  return MOBILE.test(one) || LANDLINE.test(one) || SERVICE.test(one);
}

/** The numbers of a phone field, normalised (no spaces, half-width brackets). */
export function splitNumbers(text) {
  return text.split(SEPARATORS).filter((part) => pyStrip(part) !== "").map(normalise);
}

function lstrip(text, chars) {
  let i = 0;
  while (i < text.length && chars.includes(text[i])) i += 1;
  return text.slice(i);
}

/** null when text is an acceptable phone field, else a Chinese reason naming what is wrong. */
export function phoneProblem(text) {
  const full = [...text].find((ch) => FULL_WIDTH.includes(ch));
  if (full !== undefined) return `里有全角字符「${full}」（中文输入法下输入的数字或横线）`;
  const split = splitNumbers(text);
  const numbers = split.length ? split : [text];
  for (const one of numbers) {
    if (oneIsValid(one)) continue;
    const shown = numbers.length > 1 ? `「${one}」` : "";
    const bad = [...one].find((ch) => !ALLOWED_CHAR.test(ch));
    if (bad !== undefined) return `${shown}里有不该出现的字符「${bad}」`;
    const digits = [...one].filter((ch) => ch >= "0" && ch <= "9").length;
    if (lstrip(one, "(+").startsWith("1") && !one.startsWith("10")) {
      return `${shown}不像 11 位手机号（现有 ${digits} 位数字）`;
    }
    if (!lstrip(one, "(").startsWith("0") && (digits === 7 || digits === 8)) {
      return `${shown}缺少区号（如西安为 029）`;
    }
    return `${shown}位数不对：座机为 3–4 位区号加 7–8 位号码，手机为 11 位`;
  }
  return null;
}
