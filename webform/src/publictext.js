// E016 as generator/rules/publictext.py finds it: a phone or ID-card number in a text the public
// site shows, never repeated whole (masked). Both read tests/publictext_cases.json alike.
import { splitNumbers } from "./phone.js";

const FROM = "０１２３４５６７８９－—–ｘＸ（）\u3000\u00a0";
const TO = "0123456789---xX()  ";
// Full-width digits, dashes, brackets and spaces as their half-width selves, one for one.
function half(text) {
  return text.replace(/[０-９－—–ｘＸ（）\u3000\u00a0]/gu, (c) => TO[FROM.indexOf(c)]);
}

const GAP = "[ \\-]?";
const D = "[0-9]";
export const OWN = "本表填写的联系电话";
const SHAPES = [
  ["身份证号", new RegExp(`(?<![0-9A-Za-z])${D}{6} ?${D}{8} ?${D}{3}[0-9Xx](?![0-9A-Za-z])`, "gu")],
  ["手机号", new RegExp(`(?<![0-9+])(?:\\+?86${GAP})?1[3-9]${D}${GAP}${D}{4}${GAP}${D}{4}(?![0-9])`, "gu")],
  ["座机号", new RegExp(`(?<![0-9])(?:\\(0${D}{2,3}\\)|0${D}{2,3})${GAP}${D}{3,4}${GAP}${D}{4}(?![0-9])`, "gu")],
];
const EXTENSION = /(?:转|分机|ext).*$/iu;

function ownPattern(one) {
  const digits = half(one).replace(EXTENSION, "").replace(/[^0-9]/gu, "");
  return new RegExp(`(?<![0-9])${[...digits].join("[ \\-()]{0,2}")}(?![0-9])`, "gu");
}

/** The number's first three and last two characters, the rest as *: 「138******78」; a mobile
 * number's country code (+86) is left out, so its first three are the number's own. */
export function masked(written) {
  let d = half(written).replace(/[^0-9Xx]/gu, "");
  if (/^861[3-9][0-9]{9}$/u.test(d)) d = d.slice(2);
  return d.slice(0, 3) + "*".repeat(d.length - 5) + d.slice(-2);
}

/** [{ kind, written, offset }] of every number in text, in order, none overlapping. */
export function numbersIn(text, ownPhones = []) {
  const halfText = half(text);
  const own = ownPhones.flatMap((phone) => splitNumbers(phone))
    .filter((one) => half(one).replace(EXTENSION, "").replace(/[^0-9]/gu, "").length >= 7)
    .map((one) => [OWN, ownPattern(one)]);
  const taken = [];
  const hits = [];
  for (const [kind, pattern] of [...own, ...SHAPES]) {
    for (const m of halfText.matchAll(pattern)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      hits.push({ kind, written: text.slice(start, end), offset: start });
    }
  }
  return hits.sort((a, b) => a.offset - b.offset);
}

/** The warning's words for one number, message and fix together as the form shows them. */
export function numberWarning(label, hit) {
  const what = hit.kind === OWN ? hit.kind : `像${hit.kind}的数字`;
  const message = `「${label}」里有${what}「${masked(hit.written)}」：网站会公开这段文字。`;
  if (hit.kind === "身份证号") return `${message}请删去这个号码：推荐材料不需要身份证号。`;
  return `${message}请从「${label}」中删去这个号码；需要留电话的，填在「联系电话」一栏（只用于纸质表，网站不公开）。`;
}
