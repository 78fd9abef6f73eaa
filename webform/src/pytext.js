// Python's notion of whitespace and digits, so that the ports of the validator's rules
// (textlength, phone, monthdate) treat every character the way Python's `re` and str do.

// str.isspace() / `\s` in a Python str pattern (JavaScript's \s differs: it has U+FEFF,
// lacks U+001C–U+001F and U+0085).
export const PY_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const SPACE_RE = new RegExp(`[${PY_SPACE}]`, "u");
const EDGES = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "gu");

/** str.strip() with no argument. */
export function pyStrip(text) {
  return text.replace(EDGES, "");
}

export function isPySpace(ch) {
  return SPACE_RE.test(ch);
}

const ND = /\p{Nd}/u;

/** int() of one decimal digit of any script (Python's `\d` matches them all).
 * Unicode's decimal digits come in complete runs 0–9, so a digit's value is the number of
 * digits right before it in its run, modulo 10. */
export function digitValue(ch) {
  let cp = ch.codePointAt(0);
  let before = 0;
  while (ND.test(String.fromCodePoint(cp - 1))) {
    cp -= 1;
    before += 1;
  }
  return before % 10;
}

/** int() of a string of decimal digits. */
export function pyInt(text) {
  let n = 0;
  for (const ch of text) n = n * 10 + digitValue(ch);
  return n;
}
