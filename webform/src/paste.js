// Text pasted from Word or a web page, made what it means before it is written: the changes
// are made in the field itself (the person sees them) and named in a note beside it.
//  - a soft line break (U+000B, Word's Shift+Enter), U+2028 and U+0085 are line breaks;
//    U+2029 (a paragraph separator) is a paragraph break;
//  - the full-width indent (「　　」 at the start of every paragraph) is removed: the site and
//    the Word forms indent paragraphs themselves;
//  - zero-width characters and the byte-order mark are removed, other control characters too.

const LINE_BREAKS = /\r\n?|[\v\f\u2028\u0085]/gu;
const PARAGRAPH = /\u2029/gu;
const INDENT = /^(?:[ \t\u00a0]*\u3000)+[ \t\u00a0]*/gmu;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/gu;

/** { text, notes } for one field's value; `multiline` for a textarea, else one line. */
export function cleanPaste(value, multiline) {
  const notes = [];
  let text = String(value);
  const step = (re, by, note) => {
    const next = text.replace(re, by);
    if (next !== text && note && !notes.includes(note)) notes.push(note);
    text = next;
  };
  step(INVISIBLE, "", "删去了看不见的零宽字符");
  step(CONTROL, "", "删去了控制字符");
  if (multiline) {
    step(/\r\n?/gu, "\n", null);
    step(LINE_BREAKS, "\n", "软回车（Shift+Enter）改成了换行");
    step(PARAGRAPH, "\n\n", "段落分隔符改成了空行分段");
    step(INDENT, "", "删去了段首的全角空格缩进（网站和 Word 表格会自动缩进）");
  } else {
    step(LINE_BREAKS, " ", "换行改成了空格");
    step(PARAGRAPH, " ", "换行改成了空格");
  }
  return { text, notes };
}
