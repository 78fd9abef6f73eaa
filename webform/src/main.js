// 在线填报: mounts the form of the page (#honors-form) from the site's form data.
import { FormApp } from "./app.js";
import { directorRole } from "./directors.js";
import { parseMonth } from "./monthdate.js";
import { phoneProblem } from "./phone.js";
import { countChars, printedText } from "./textlength.js";
import { workStart } from "./workperiod.js";

// The rules shared with the validator, for the tests that run both on the same examples.
window.HonorsForm = { countChars, printedText, phoneProblem, parseMonth, directorRole, workStart };

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
