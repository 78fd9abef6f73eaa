// The form's values as the file will hold them: trimmed (as Python's str.strip(), which the
// validator's models apply), typed by the field's kind: a day as 2024-03-01, a number as digits.
import { parseDay } from "./monthdate.js";
import { parseCount } from "./numbers.js";
import { pyStrip } from "./pytext.js";

// Characters no one can see (zero-width, BOM, soft hyphen): the validator takes them out of every
// value (generator/models/names.py: INVISIBLE), so the form does too and the file holds what is shown.
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

/** The value of one field ready to write, or undefined when the field is left empty. */
export function cleanValue(field, raw) {
  if (raw === undefined || raw === null) return undefined;
  if (field.kind === "ints") {
    const numbers = [...new Set(raw.map(Number))].sort((a, b) => a - b);
    return numbers.length ? numbers : undefined;
  }
  if (field.kind === "list") {
    const items = raw.map((x) => String(x).replace(INVISIBLE, "").trim()).filter(Boolean);
    return items.length ? items : undefined;
  }
  const text = pyStrip(String(raw).replace(INVISIBLE, "").replace(/\r\n?/g, "\n"));
  if (text === "") return undefined;
  if (field.kind === "date") {
    const day = parseDay(text);
    return day.iso ?? text;
  }
  if (field.kind === "int") {
    const count = parseCount(text);
    return count.value === undefined ? text : String(count.value);
  }
  return text;
}

/** label -> { kind, block, value } for every filled field, in the form's order. */
export function filledValues(fields, blocks, values) {
  const filled = new Map();
  for (const field of fields) {
    const value = cleanValue(field, values[field.label]);
    if (value !== undefined) filled.set(field.label, { kind: field.kind, block: blocks.has(field.label), value });
  }
  return filled;
}

/** The values as the validator's model sees them (for the JSON Schema check). */
export function schemaDocument(filled) {
  const doc = {};
  for (const [label, { kind, value }] of filled) {
    if (kind === "int") doc[label] = /^[0-9]+$/.test(value) ? Number(value) : value;
    else if (kind === "yesno") doc[label] = value === "是" ? true : value === "否" ? false : value;
    else doc[label] = value;
  }
  return doc;
}
