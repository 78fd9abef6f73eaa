// The 字数 of a text, exactly as generator/core/textlength.py counts it (see its docstring);
// both are tested on tests/textlength_cases.json.
const WHITESPACE = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
const SPACE = new RegExp(`[${WHITESPACE}]+`, "gu");
// Python's `\s` in the lookahead: after SPACE has run, only U+001C–U+001F and U+0085 are left
// of it besides the plain space.
const BLOCK_MARK = /^(?:#{1,6}(?=[ \x1c-\x1f\x85]|$)|>|[-*+](?=[ \x1c-\x1f\x85])|\p{Nd}{1,9}[.)](?=[ \x1c-\x1f\x85]))/u;
const RULE_LINE = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/u;
const LINK = /!?\[([^\]\n]*)\]\([^)\n]*\)/gu;
const INLINE_MARKS = /\*+|`+|~~|__/gu;
const TOKEN = /[\x21-\x7e]+|[^\x00-\x7f]/gu;

function stripSpaces(line) {
  return line.replace(/^ +| +$/g, "");
}

function printedLine(raw) {
  let line = stripSpaces(raw.replace(SPACE, " "));
  if (RULE_LINE.test(line)) return "";
  for (;;) {
    const mark = BLOCK_MARK.exec(line);
    if (mark === null) break;
    line = line.slice(mark[0].length).replace(/^[ \t]+/, "");
  }
  return line.replace(LINK, "$1").replace(INLINE_MARKS, "");
}

/** The text without its Markdown markup (what the printed form shows). */
export function printedText(text) {
  return text.split("\n").map(printedLine).join("\n");
}

/** The 字数 of text. */
export function countChars(text) {
  return (printedText(text).match(TOKEN) || []).length;
}
