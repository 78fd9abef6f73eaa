// A whole number as people type it into a form: 46, ４６, 46岁, 四十六, 四十六岁. The file holds
// the plain number (the validator takes nothing else, generator/models: 「年龄」 is an int); what
// was converted is shown beside the field, and what cannot be read is explained, never dropped.
import { PY_SPACE, pyInt, pyStrip } from "./pytext.js";

const UNIT = new RegExp(`[${PY_SPACE}]*(?:周岁|岁|人|名|个)$`, "u");
const DIGITS = /^\p{Nd}+$/u;
const CN_DIGIT = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT = { 十: 10, 百: 100, 千: 1000 };

/** The value of a Chinese numeral below 10 000 (四十六, 十二, 一百零二), or null. */
export function chineseNumber(text) {
  if (!/^[零〇一二两三四五六七八九十百千]+$/u.test(text)) return null;
  let total = 0;
  let digit = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in CN_DIGIT) {
      if (digit !== null && CN_DIGIT[ch] !== 0 && digit !== 0) return null; // 四六: not a numeral
      digit = CN_DIGIT[ch];
    } else {
      const unit = CN_UNIT[ch];
      if (unit >= lastUnit) return null;
      total += (digit === null ? (total === 0 ? 1 : null) : digit) * unit;
      if (Number.isNaN(total)) return null;
      lastUnit = unit;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}

/** { value, converted } for a readable whole number, { error } otherwise, null for empty text. */
export function parseCount(raw) {
  const text = pyStrip(String(raw));
  if (text === "") return null;
  const bare = text.replace(UNIT, "");
  if (DIGITS.test(bare)) {
    const value = pyInt(bare);
    return { value, converted: String(value) !== text };
  }
  const spoken = chineseNumber(bare);
  if (spoken !== null) return { value: spoken, converted: true };
  return { error: `「${text}」不是整数：请只填阿拉伯数字，例如 46（不要加「岁」等文字，也不要写范围或小数）。` };
}
