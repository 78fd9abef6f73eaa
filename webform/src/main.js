// 在线填报: mounts the form of the page (#honors-form) from the site's form data.
import { FormApp } from "./app.js";
import { directorRole } from "./directors.js";
import { parseDay, parseMonth } from "./monthdate.js";
import { parseCount } from "./numbers.js";
import { cleanPaste } from "./paste.js";
import { phoneProblem } from "./phone.js";
import { masked, numbersIn } from "./publictext.js";
import { countChars, printedText } from "./textlength.js";
import { cleanValue } from "./values.js";
import { workStart } from "./workperiod.js";
import { fillTemplate, quoted, renderValue, scalar } from "./yamlout.js";

// The rules shared with the validator, for the tests that run both on the same examples.
// The writer's parts too, for the property test that reads what it writes with the validator.
window.HonorsForm = { countChars, printedText, phoneProblem, parseMonth, directorRole, workStart,
  parseDay, parseCount, cleanPaste, cleanValue, fillTemplate, renderValue, scalar, quoted,
  publicNumbers: (text, own) => numbersIn(text, own).map((h) => [h.kind, masked(h.written), h.offset]) };

async function start(root) {
  const dataUrl = new URL(root.dataset.src, window.location.href);
  let data;
  try {
    const response = await fetch(dataUrl);
    if (!response.ok) throw new Error(String(response.status));
    data = await response.json();
  } catch {
    root.querySelector(".hf-loading").textContent = "表单数据载入失败，请刷新页面重试。";
    return;
  }
  const app = new FormApp(root, data, root.dataset.kind, dataUrl);
  app.mount();
  window.HonorsForm.app = app;
}

const root = document.getElementById("honors-form");
if (root && root.dataset.kind) start(root);
