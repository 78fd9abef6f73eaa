// Opening an existing file: every value read as the text it was written as (YAML's
// failsafe schema), so that 2017.10 stays 2017.10 and an unquoted phone keeps its 0.
import { FAILSAFE_SCHEMA, load } from "js-yaml";

const EMPTY = new Set(["", "~", "null", "Null", "NULL"]);

/** { values, unknown, error } from a file's text; error is a Chinese message or null. */
export function readFile(text) {
  let data;
  try {
    data = load(text.replace(/^\ufeff/, ""), { schema: FAILSAFE_SCHEMA });
  } catch (err) {
    const line = err && err.mark ? `第 ${err.mark.line + 1} 行：` : "";
    return { values: {}, error: `${line}文件不是有效的 YAML（${hint(text)}）` };
  }
  if (data === null || data === undefined || typeof data !== "object" || Array.isArray(data)) {
    const why = /：/u.test(text) ? "可能把英文冒号「:」写成了中文冒号「：」" : "每一行应是「字段名: 内容」";
    return { values: {}, error: `文件里没有「字段名: 内容」形式的内容（${why}）。` };
  }
  const values = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === null || (typeof value === "string" && EMPTY.has(value.trim()))) continue;
    values[key] = value;
  }
  return { values, error: null };
}

function hint(text) {
  if (/^[^#\n]*：/mu.test(text)) return "可能把英文冒号「:」写成了中文冒号「：」";
  if (/^\t/mu.test(text)) return "行首不能用 Tab 键缩进，请改用空格";
  if (/^\u3000/mu.test(text)) return "行首有中文全角空格";
  return "请核对冒号、缩进和引号";
}
