// The file, written by filling in `honors new`'s own template (shipped in the form data):
// its modeline, comments and order stay exactly as the command writes them; only the
// value after each filled key changes. tests/site/onlineformtools.py fills the same template
// the same way in Python, and the browser tests compare the two.
import { CORE_SCHEMA, YAML11_SCHEMA, load } from "js-yaml";
import { isIsoDate } from "./monthdate.js";

const KEY_LINE = /^([^\s#:][^:]*):(?: .*)?$/u;
// Characters a YAML block scalar cannot hold (C0/C1 controls other than tab and newline).
const UNPRINTABLE = /[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/u;

function readsBackAs(text) {
  // Plain only if both YAML 1.2 (what the validator reads) and 1.1 (older tools) read the
  // very same string: numbers, dates, yes/no, null and anything with YAML syntax get quotes.
  for (const schema of [CORE_SCHEMA, YAML11_SCHEMA]) {
    let value;
    try {
      value = load(`k: ${text}`, { schema });
    } catch {
      return false;
    }
    if (value === null || typeof value !== "object" || value.k !== text
        || Object.keys(value).length !== 1) {
      return false;
    }
  }
  return true;
}

/** A short text as a YAML scalar: plain when that reads back the same, else double-quoted. */
export function scalar(text) {
  if (text === "" || text !== text.trim() || UNPRINTABLE.test(text) || text.includes("\n")
      || !readsBackAs(text)) {
    return JSON.stringify(text);
  }
  return text;
}

/** The lines of one filled key. */
export function renderValue(label, kind, block, value) {
  if (kind === "ints") return [`${label}: [${value.join(", ")}]`];
  if (kind === "list") return [`${label}:`, ...value.map((item) => `  - ${scalar(item)}`)];
  if (kind === "phone") return [`${label}: ${JSON.stringify(value)}`];
  if (kind === "int" || kind === "yesno") return [`${label}: ${value}`];
  if (kind === "date" && isIsoDate(value)) return [`${label}: ${value}`]; // a YAML date, as the model wants
  if (block) {
    if (UNPRINTABLE.test(value)) return [`${label}: ${JSON.stringify(value)}`];
    return [`${label}: |-`, ...value.split("\n").map((line) => (line ? `  ${line}` : ""))];
  }
  return [`${label}: ${scalar(value)}`];
}

/** The labels of the template's top-level keys, in order, and which take a `|-` block. */
export function templateKeys(template) {
  const keys = [];
  for (const line of template.split("\n")) {
    const m = KEY_LINE.exec(line);
    if (m) keys.push({ label: m[1], block: line.endsWith(": |-") });
  }
  return keys;
}

/**
 * The template with the given values filled in. `filled` maps a label to
 * { kind, block, value }; keys without a value keep the template's line as it is.
 */
export function fillTemplate(template, filled) {
  const lines = template.split("\n");
  const out = [];
  const done = new Set();
  let i = 0;
  while (i < lines.length) {
    const m = KEY_LINE.exec(lines[i]);
    const entry = m ? filled.get(m[1]) : undefined;
    if (entry === undefined) {
      out.push(lines[i]);
      i += 1;
      continue;
    }
    out.push(...renderValue(m[1], entry.kind, entry.block, entry.value));
    done.add(m[1]);
    i += 1;
    while (i < lines.length && /^[ \t]/.test(lines[i])) i += 1; // the template's own block lines
  }
  // A value the template has no key for (never for the form's own fields) goes last.
  const rest = [...filled].filter(([label]) => !done.has(label));
  if (rest.length) {
    while (out.length && out[out.length - 1] === "") out.pop();
    for (const [label, entry] of rest) out.push("", ...renderValue(label, entry.kind, entry.block, entry.value));
    out.push("");
  }
  return out.join("\n");
}
