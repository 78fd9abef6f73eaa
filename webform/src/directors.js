// Whether a 职务 makes the person the library's head, exactly as generator/rules/directors.py
// decides (「馆长原则上不参评」); both are tested on tests/director_cases.json.
import { PY_SPACE } from "./pytext.js";

const SPLIT_SPACE = new RegExp(`[${PY_SPACE}]+`, "u");
const SEPARATORS = new RegExp(`[、，,/／;；${PY_SPACE}]|兼|和|及|暨`, "u");
const BRACKETS = /[（(]([^（）()]*)[）)]/gu;
const HEAD = /^(?:代理?|执行|常务|总馆)?馆长$|^(?:.*图书馆)馆长$/u;
const NOT_HEAD = ["副馆长", "馆长助理"];
const UNSURE = ["名誉馆长", "分馆馆长", "分馆长", "荣誉馆长"];
const LEADS = ["主持工作", "主持全面工作", "负责全面工作", "主持日常工作"];

function partRole(part) {
  if (UNSURE.some((w) => part.endsWith(w))) return "unsure";
  if (NOT_HEAD.some((w) => part.includes(w))) return null;
  if (HEAD.test(part)) return "head";
  return part.endsWith("馆长") ? "unsure" : null;
}

/** "head" for the library's head, "unsure" for titles to be confirmed, else null. */
export function directorRole(position) {
  if (!position) return null;
  const text = position.split(SPLIT_SPACE).filter(Boolean).join("、");
  if (LEADS.some((w) => text.includes(w))) return "head";
  const parts = text.replace(BRACKETS, "、$1").split(SEPARATORS).filter(Boolean);
  const roles = parts.map(partRole);
  if (roles.includes("head")) return "head";
  return roles.includes("unsure") ? "unsure" : null;
}
