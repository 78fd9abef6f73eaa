// The file, written by filling in `honors new`'s own template (shipped in the form data):
// its modeline, comments and order stay exactly as the command writes them; only the
// value after each filled key changes. tests/site/onlineformtools.py fills the same template
// the same way in Python, and the browser tests compare the two.
import { CORE_SCHEMA, YAML11_SCHEMA, load } from "js-yaml";
import { isIsoDate } from "./monthdate.js";

const KEY_LINE = /^([^\s#:][^:]*):(?: .*)?$/u;
// Characters a plain or block scalar cannot hold as they are: C0/C1 controls other than tab
// and newline, the line breaks YAML readers also break at (U+0085, U+2028, U+2029; ruamel, the
// validator's reader, does), the byte-order mark, non-characters and lone surrogates.
const UNPRINTABLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\p{Cs}]/u;
// In a double-quoted scalar every one of them is written as an escape, so the text reads back
// exactly (YAML 1.1 and 1.2 both know these escapes).
const NAMED = { "\\": "\\\\", "\"": "\\\"", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\x00": "\\0",
  "\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P" };
const ESCAPED = /[\\"\t\n\r\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\p{Cs}]/gu;

/** A double-quoted YAML scalar that reads back as exactly `text`. */
export function quoted(text) {
  return `"${text.replace(ESCAPED, (ch) => NAMED[ch]
    ?? `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`)}"`;
}

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
  // `<<` and `=` alone are YAML 1.1's merge and value keys, which the validator's reader refuses.
  if (text === "" || text === "<<" || text === "=" || text !== text.trim() || UNPRINTABLE.test(text) || text.includes("\n")
      || !readsBackAs(text)) {
    return quoted(text);
  }
  return text;
}

/** The lines of one filled key. */
export function renderValue(label, kind, block, value) {
  if (kind === "ints") return [`${label}: [${value.join(", ")}]`];
  if (kind === "list") return [`${label}:`, ...value.map((item) => `  - ${scalar(item)}`)];
  if (kind === "phone") return [`${label}: ${quoted(value)}`];
  if (kind === "yesno" || (kind === "int" && /^[0-9]+$/.test(value))) return [`${label}: ${value}`];
  if (kind === "date" && isIsoDate(value)) return [`${label}: ${value}`]; // a YAML date, as the model wants
  if (block) {
    // A literal block keeps every other character, but not a line of spaces before the
    // first text, nor text that starts with a space (its indentation would be misread).
    if (UNPRINTABLE.test(value) || /^[ \t]|^\s*\n/u.test(value)) return [`${label}: ${quoted(value)}`];
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

/** Whether lines[i] belongs to the value of the key above it: indented, or an empty line
 * inside a block (one that more indented lines follow). */
function continues(lines, i) {
  if (/^[ \t]/.test(lines[i])) return true;
  if (lines[i] !== "") return false;
  let j = i;
  while (j < lines.length && lines[j] === "") j += 1;
  return j < lines.length && /^[ \t]/.test(lines[j]);
}

/** The text without the given top-level keys and their values' lines. */
export function dropKeys(text, labels) {
  const lines = text.split("\n");
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const m = KEY_LINE.exec(lines[i].replace(/\r$/, ""));
    if (!m || !labels.includes(m[1])) {
      out.push(lines[i]);
      i += 1;
      continue;
    }
    i += 1;
    while (i < lines.length && continues(lines.map((l) => l.replace(/\r$/, "")), i)) i += 1;
  }
  return out.join("\n");
}

/**
 * The template with the given values filled in. `filled` maps a label to
 * { kind, block, value }; keys without an entry keep the template's lines as they are, and
 * an entry whose value is undefined empties its key (an opened file's field cleared).
 * The template may be an opened file: its line ends (CRLF) and byte-order mark are kept.
 */
export function fillTemplate(template, filled) {
  const bom = template.startsWith("\ufeff") ? "\ufeff" : "";
  const crlf = template.includes("\r\n");
  const lines = template.slice(bom.length).replace(/\r\n/g, "\n").split("\n");
  const out = [];
  const done = new Set();
  let i = 0;
  while (i < lines.length) {
    const m = KEY_LINE.exec(lines[i]);
    const entry = m && !done.has(m[1]) ? filled.get(m[1]) : undefined;
    if (entry === undefined) {
      out.push(lines[i]);
      i += 1;
      continue;
    }
    out.push(...(entry.value === undefined ? [`${m[1]}:`] : renderValue(m[1], entry.kind, entry.block, entry.value)));
    done.add(m[1]);
    i += 1;
    while (i < lines.length && continues(lines, i)) i += 1; // the key's own block lines
  }
  // A value the template has no key for (a field the opened file left out) goes last.
  const rest = [...filled].filter(([label, entry]) => !done.has(label) && entry.value !== undefined);
  if (rest.length) {
    const ended = out.length > 1 && out[out.length - 1] === "";
    while (out.length && out[out.length - 1] === "") out.pop();
    for (const [label, entry] of rest) out.push(...renderValue(label, entry.kind, entry.block, entry.value));
    if (ended) out.push("");
  }
  const text = out.join("\n");
  return bom + (crlf ? text.replace(/\n/g, "\r\n") : text);
}
