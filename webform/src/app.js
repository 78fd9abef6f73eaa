// One form page: the owner (folder), the fields, the checks and the file, kept in step.
import { check } from "./checks.js";
import { makeContext } from "./context.js";
import { el } from "./dom.js";
import { clearDraft, loadDraft, saveDraft } from "./draft.js";
import { PARTNERS, fieldBox, growPartners } from "./fields.js";
import { copyText, download, githubUrls } from "./output.js";
import { parseDay } from "./monthdate.js";
import { parseCount } from "./numbers.js";
import { cleanPaste } from "./paste.js";
import { pyStrip } from "./pytext.js";
import { countChars } from "./textlength.js";
import { filledValues, schemaDocument } from "./values.js";
import { dropKeys, fillTemplate } from "./yamlout.js";
import { readFile } from "./yamlin.js";

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const EXISTS = "若 GitHub 提示同名文件已存在（如修改已提交的材料），请到 GitHub 上打开原文件，点铅笔图标编辑，全选后粘贴本页「复制」的内容。";
const OWNER_TYPES = [["city", "委员馆（各市）"], ["group", "工作组"], ["office", "联盟办"]];
// Boxes a row, as on the paper forms (附件1-2 puts three fields a row, the others two).
const COLUMNS = { individual: 3 };
const YES_NO = { 是: "是", 否: "否", true: "是", false: "否", True: "是", False: "否" };

function pad(n) {
  return String(n).padStart(2, "0");
}

/** A file-name stem with no pinyin: the moment the draft was started. */
function stamp(now = new Date()) {
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

export class FormApp {
  constructor(root, data, kind, dataUrl) {
    this.root = root;
    this.data = data;
    this.kind = kind;
    this.siteRoot = new URL("../", dataUrl);
    this.ctx = makeContext(data, kind);
    this.state = this.initialState(loadDraft(data.year, kind));
    this.touched = new Set(this.state.touched || []);
    this.all = Boolean(this.state.all);
    this.tidied = new Map(); // label -> what cleanPaste changed in the field
  }

  initialState(draft) {
    const state = { owner: "", values: {}, filename: "", stamp: stamp(), ...(draft || {}) };
    if (!this.ctx.ownerKeys.has(state.owner)) state.owner = "";
    for (const field of this.ctx.kd.fields) {
      if (state.values[field.label] !== undefined) continue;
      if (field.kind === "yesno") state.values[field.label] = "否";
      if (field.label === "推荐奖项" && field.choices && field.choices.length) state.values[field.label] = field.choices[0];
    }
    return state;
  }

  owner() {
    return this.ctx.registry.owner(this.state.owner);
  }

  mount() {
    this.fields = el("div", { class: "hf-grid", style: `--hf-columns: ${COLUMNS[this.kind] || 2}` });
    this.form = el("form", { class: "hf-form", novalidate: true, onsubmit: (e) => e.preventDefault() },
      this.fields);
    this.form.addEventListener("input", (e) => this.onInput(e));
    this.form.addEventListener("change", (e) => this.onInput(e));
    this.form.addEventListener("focusout", (e) => this.onLeave(e));
    this.root.replaceChildren(this.ownerBar(), this.openPanel(), this.criteriaPanel(), this.form, this.outputPanel());
    this.renderFields();
    this.refresh();
  }

  // --- the owner: which folder the file goes to ---------------------------------------------

  ownerBar() {
    const select = el("select", { id: "hf-owner", name: "@owner", onchange: (e) => this.setOwner(e.target.value) },
      el("option", { value: "", text: "请选择本单位" }),
      OWNER_TYPES.map(([type, word]) => {
        const owners = this.data.owners.filter((o) => o.type === type && this.ctx.ownerKeys.has(o.key));
        if (!owners.length) return null;
        return el("optgroup", { label: word }, owners.map((o) => el("option", {
          value: o.key, selected: o.key === this.state.owner,
          text: o.type === "city" ? `${o.name}（${o.committee}）` : o.name,
        })));
      }));
    this.clearButton = el("button", { type: "button", class: "md-button hf-small", onclick: () => this.clear(), text: "清空表单" });
    return el("div", { class: "hf-bar" },
      el("div", { class: "hf-field hf-field--owner", "data-label": "@owner" },
        el("label", { class: "hf-label", for: "hf-owner" }, "填报单位", el("span", { class: "hf-req", text: "必填" })),
        select,
        el("p", { class: "hf-help", text: "决定文件放在哪个文件夹，以及「单位」可以选哪些图书馆。" }),
        el("ul", { class: "hf-msgs", "aria-live": "polite" })),
      el("div", { class: "hf-tools" }, this.clearButton));
  }

  setOwner(key) {
    this.state.owner = key;
    const owner = this.owner();
    if (this.kind === "summary" && owner && !this.state.values["推荐单位"]) {
      this.state.values["推荐单位"] = owner.committee;
    }
    this.renderFields();
    this.changed();
  }

  // --- opening an existing file ---------------------------------------------------------------

  openPanel() {
    this.openText = el("textarea", { class: "hf-open__text", rows: 6, "aria-label": "已有文件的内容",
      placeholder: "把推荐文件（.yaml）的全部内容粘贴到这里，然后点「读入」" });
    this.openMessage = el("p", { class: "hf-open__msg", role: "status" });
    const file = el("input", { type: "file", accept: ".yaml,.yml,text/yaml,text/plain", "aria-label": "选择文件",
      onchange: (e) => this.openChosen(e.target) });
    return el("details", { class: "hf-open" },
      el("summary", { text: "打开已有文件修改" }),
      el("p", { class: "hf-help", text: "粘贴文件内容，或选择电脑上的文件。读入后表单中现有的内容会被替换。" }),
      this.openText,
      el("div", { class: "hf-actions" },
        el("button", { type: "button", class: "md-button", text: "读入", onclick: () => this.openFrom(this.openText.value, "") }),
        el("label", { class: "md-button hf-file" }, "选择文件…", file)),
      this.openMessage);
  }

  openChosen(input) {
    const file = input.files && input.files[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      const text = String(reader.result);
      if (text.includes("\ufffd")) {
        this.openMessage.textContent = "文件不是 UTF-8 编码（可能是记事本的 ANSI/GBK）。请用记事本「另存为」，编码选 UTF-8 后再打开，或复制文件内容粘贴到上面的文本框。";
        return;
      }
      this.openFrom(text, file.name);
    };
    reader.readAsText(file, "utf-8");
    input.value = "";
  }

  kindOf(values) {
    if (values["推荐奖项"] === undefined) return "推荐单位" in values ? "summary" : null;
    const award = String(values["推荐奖项"]).trim();
    return Object.keys(this.data.kinds).find((k) => this.data.kinds[k].award && this.data.kinds[k].award.name === award) || null;
  }

  openFrom(text, fileName) {
    const { values, error } = readFile(text);
    if (error) {
      this.openMessage.textContent = error;
      return;
    }
    const kind = this.kindOf(values);
    if (kind !== this.kind) {
      this.openMessage.replaceChildren(...this.wrongKind(kind, values));
      return;
    }
    const { mapped, unknown } = this.mapValues(values);
    // The folder the file's own content points to wins over the one chosen before.
    const owner = this.guessOwner(mapped) || this.state.owner;
    this.state = this.initialState({ owner, values: mapped, stamp: this.state.stamp,
      filename: /^[a-z0-9][a-z0-9-]*\.ya?ml$/.test(fileName) ? fileName.replace(/\.ya?ml$/, "") : this.state.filename });
    this.all = true;
    this.tidied = new Map();
    this.root.querySelector("#hf-owner").value = this.state.owner;
    this.renderFields();
    // The opened file is the template from now on: a field left as it was keeps its lines
    // (comments, quotes, layout), a field left out stays out, a changed field is rewritten.
    // Keys the form does not know are said (below) and left out of the file, as for a new one.
    this.state.source = { text: dropKeys(text, unknown), values: this.snapshot() };
    this.changed();
    const notes = [`已读入 ${Object.keys(mapped).length} 个栏目。`];
    if (unknown.length) notes.push(`表单不认识这些字段，生成的文件里不会保留：${unknown.join("、")}（可能是写错的字段名，请把内容移到正确的栏目）。`);
    this.openMessage.textContent = notes.join("");
  }

  wrongKind(kind, values) {
    if (kind === null) {
      const award = values["推荐奖项"];
      return [award === undefined ? "文件里没有「推荐奖项」，无法判断是哪种推荐表。"
        : `「推荐奖项」的值「${award}」不是本年度的奖项。`];
    }
    const href = new URL(this.data.pages[kind], this.siteRoot).href;
    return [`这是「${this.data.kinds[kind].title}」的文件，请到 `,
      el("a", { href, text: this.data.kinds[kind].title }), " 页面打开。"];
  }

  mapValues(values) {
    const mapped = {};
    const unknown = [];
    for (const [label, value] of Object.entries(values)) {
      const field = this.ctx.fieldsByLabel.get(label);
      if (!field) {
        unknown.push(label);
      } else if (field.kind === "ints") {
        const items = Array.isArray(value) ? value : String(value).split(/[,，、\s]+/u);
        mapped[label] = items.map((x) => String(x).trim()).filter((x) => /^[0-9]+$/.test(x)).map(Number);
      } else if (field.kind === "list") {
        mapped[label] = (Array.isArray(value) ? value : [value]).map(String);
      } else if (typeof value === "object") {
        unknown.push(label);
      } else if (field.kind === "yesno") {
        mapped[label] = YES_NO[value.trim()] ?? value;
      } else {
        mapped[label] = value;
      }
    }
    return { mapped, unknown };
  }

  guessOwner(values) {
    const reg = this.ctx.registry;
    const ok = (o) => (o && this.ctx.ownerKeys.has(o.key) ? o.key : "");
    if (this.kind === "summary") {
      return ok(this.data.owners.find((o) => o.type === "city" && o.committee === values["推荐单位"]));
    }
    if (this.kind === "special") {
      const project = this.data.projects.find((p) => p.name === this.ctx.canonicalProject(values["专项工作"] || ""));
      return project ? ok(reg.owner(`group:${project.group}`)) : "";
    }
    const city = values["单位"] ? reg.cityOf(values["单位"]) : null;
    if (!city || (this.kind === "collective" && reg.isCommittee(values["单位"]))) return "";
    return ok(city);
  }

  // --- the fields ------------------------------------------------------------------------------

  criteriaPanel() {
    const award = this.ctx.kd.award;
    if (!award || this.kind === "collective" || !award.criteria.length) return null;
    return el("details", { class: "hf-criteria", open: true },
      el("summary", { text: `评选条件（${award.name}）` }),
      el("ol", {}, award.criteria.map((c) => el("li", { value: c.number, text: c.text }))));
  }

  renderFields() {
    const owner = this.owner();
    for (const field of this.ctx.kd.fields) { // a required choice with one option is made
      const choices = this.ctx.choicesFor(field, owner);
      if (field.required && this.ctx.closed.has(field.label) && choices.length === 1 && !this.state.values[field.label]) {
        this.state.values[field.label] = choices[0];
      }
    }
    this.fields.replaceChildren(...this.ctx.kd.fields.map((f) => fieldBox(this.ctx, f, this.state.values[f.label], owner)));
  }

  readField(box) {
    const label = box.dataset.label;
    const field = this.ctx.fieldsByLabel.get(label);
    if (!field) return;
    if (field.kind === "ints") {
      this.state.values[label] = [...box.querySelectorAll("input:checked")].map((i) => Number(i.value));
    } else if (label === PARTNERS) {
      this.state.values[label] = [...box.querySelectorAll("input")].map((i) => i.value).filter((v) => v.trim());
    } else if (box.querySelector("input[type=radio]")) {
      const checked = box.querySelector("input:checked");
      this.state.values[label] = checked ? checked.value : "";
    } else {
      const control = box.querySelector("input, textarea, select");
      if (control) this.state.values[label] = control.value;
    }
  }

  /** A pasted or finished text made what it means (paste.js), in the field itself. */
  tidy(box, control, event) {
    if (!control.matches("textarea, input[type=text], input[type=tel], input:not([type])")) return;
    if (event.type !== "change" && event.inputType !== "insertFromPaste" && event.inputType !== "insertFromDrop") return;
    const { text, notes } = cleanPaste(control.value, control.matches("textarea"));
    if (!notes.length) return;
    control.value = text;
    const label = box.dataset.label;
    this.tidied.set(label, [...new Set([...(this.tidied.get(label) || []), ...notes])]);
  }

  onInput(event) {
    const box = event.target.closest("[data-label]");
    if (!box || !this.form.contains(box)) return;
    this.tidy(box, event.target, event);
    this.readField(box);
    this.touched.add(box.dataset.label);
    if (box.dataset.label === "单位" && event.type === "change") this.fillJoined();
    if (box.dataset.label === PARTNERS) growPartners(box);
    this.changed();
  }

  onLeave(event) {
    const box = event.target.closest("[data-label]");
    if (!box) return;
    this.touched.add(box.dataset.label);
    this.refresh();
  }

  /** A known library's 加盟时间 comes from the registry when the field is still empty. */
  fillJoined() {
    const joined = this.ctx.registry.joinedOf(this.state.values["单位"] || "");
    const box = this.fields.querySelector('[data-label="加盟时间"]');
    if (!joined || !box || this.state.values["加盟时间"]) return;
    this.state.values["加盟时间"] = joined;
    box.querySelector("input").value = joined;
  }

  changed() {
    this.save();
    this.refresh();
  }

  save() {
    saveDraft(this.data.year, this.kind, { ...this.state, touched: [...this.touched], all: this.all });
  }

  clear() {
    if (!this.clearArmed) {
      this.clearArmed = true;
      this.clearButton.textContent = "确认清空？";
      setTimeout(() => { this.clearArmed = false; this.clearButton.textContent = "清空表单"; }, 4000);
      return;
    }
    this.clearArmed = false;
    clearDraft(this.data.year, this.kind);
    this.state = this.initialState(null);
    this.touched = new Set();
    this.all = false;
    this.mount();
  }

  // --- checks and the file ---------------------------------------------------------------------

  fileStem() {
    return this.kind === "summary" ? "summary" : (this.state.filename || `${this.kind}-${this.state.stamp}`);
  }

  fileFindings(found) {
    const stem = this.fileStem();
    if (!SLUG.test(stem)) {
      found.set("@file", [{ level: "error", text: "文件名只能用小写英文字母、数字和连字符「-」，例如 individual-zhang-san。" }]);
    } else if (stem === "summary" && this.kind !== "summary") {
      found.set("@file", [{ level: "error", text: "summary 是汇总表专用的文件名，请换一个。" }]);
    }
  }

  refresh() {
    const filled = filledValues(this.ctx.kd.fields, this.ctx.blocks, this.state.values);
    const found = check(this.ctx, this.state.owner, filled, schemaDocument(filled));
    this.fileFindings(found);
    for (const box of this.root.querySelectorAll("[data-label]")) {
      const label = box.dataset.label;
      const shown = this.all || this.touched.has(label) || label.startsWith("@") || filled.has(label);
      const messages = (found.get(label) || []).filter((m) => shown && (m.text !== "此项必填" || this.all || this.touched.has(label)));
      this.showMessages(box, messages);
      this.showCount(box, label);
      this.showNormalised(box, label, filled.get(label));
    }
    this.text = this.state.source ? fillTemplate(this.state.source.text, this.changedValues(filled))
      : fillTemplate(this.ctx.templateOf(this.state.owner), filled);
    this.findings = found;
    this.showOutput(found);
  }

  /** The values as they were written, per field (JSON, to compare lists too). */
  snapshot() {
    const filled = filledValues(this.ctx.kd.fields, this.ctx.blocks, this.state.values);
    return Object.fromEntries(this.ctx.kd.fields.map((f) => [f.label, JSON.stringify(filled.get(f.label)?.value ?? null)]));
  }

  /** Of an opened file's fields, those changed since it was opened (a cleared one as undefined). */
  changedValues(filled) {
    const before = this.state.source.values;
    const now = this.snapshot();
    const changed = new Map();
    for (const field of this.ctx.kd.fields) {
      const label = field.label;
      if (now[label] === before[label]) continue;
      changed.set(label, filled.get(label) ?? { kind: field.kind, block: this.ctx.blocks.has(label), value: undefined });
    }
    return changed;
  }

  showMessages(box, messages) {
    const list = box.querySelector(".hf-msgs");
    list.replaceChildren(...messages.map((m) => el("li", { class: `hf-msg hf-msg--${m.level}`, text: m.text })));
    const bad = messages.some((m) => m.level === "error");
    box.classList.toggle("hf-field--error", bad);
    for (const control of box.querySelectorAll("input, textarea, select")) {
      if (bad) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
    }
  }

  /** What the file holds when it is not what was typed: a day, a number, a tidied paste. */
  showNormalised(box, label, entry) {
    const note = box.querySelector(".hf-norm");
    if (!note) return;
    const typed = pyStrip(String(this.state.values[label] ?? ""));
    const field = this.ctx.fieldsByLabel.get(label);
    const parts = [];
    if (field && entry && field.kind === "date" && parseDay(typed)?.iso && entry.value !== typed) {
      parts.push(`文件中写作 ${entry.value}`);
    } else if (field && entry && field.kind === "int" && parseCount(typed)?.converted) {
      parts.push(`「${typed}」按数字 ${entry.value} 写入文件`);
    }
    const tidied = this.tidied.get(label);
    if (tidied && tidied.length) parts.push(`已自动整理：${tidied.join("；")}`);
    note.textContent = parts.length ? `${parts.join("。")}。` : "";
    note.hidden = !parts.length;
  }

  showCount(box, label) {
    const counter = box.querySelector(".hf-count");
    if (!counter) return;
    const n = countChars(String(this.state.values[label] || ""));
    const limit = this.ctx.limit(label);
    const word = this.ctx.isAdvice(label) ? "建议" : "上限";
    counter.textContent = limit ? `已写 ${n} 字，${word} ${limit} 字` : `已写 ${n} 字`;
    counter.classList.toggle("hf-count--over", Boolean(limit && n > limit));
  }

  // --- the way out -------------------------------------------------------------------------------

  outputPanel() {
    this.status = el("p", { class: "hf-status" });
    this.folder = el("span", { class: "hf-folder" });
    this.nameInput = el("input", { type: "text", class: "hf-name", "aria-label": "文件名", autocomplete: "off",
      spellcheck: "false", oninput: (e) => { this.state.filename = e.target.value.trim(); this.changed(); } });
    this.result = el("p", { class: "hf-result", role: "status", "aria-live": "polite" });
    // Scrolls sideways for long lines: reachable by keyboard, named for a screen reader.
    this.preview = el("pre", { class: "hf-yaml", tabindex: 0, role: "region", "aria-label": "生成的文件内容" });
    const button = (action, text, primary) => el("button", {
      type: "button", class: `md-button${primary ? " md-button--primary" : ""}`, "data-action": action, text,
      onclick: () => this.act(action),
    });
    return el("section", { class: "hf-out", "aria-label": "生成的推荐文件" },
      el("h2", { text: "生成推荐文件" }),
      this.status,
      el("div", { class: "hf-field hf-field--file", "data-label": "@file" },
        el("span", { class: "hf-label" }, "文件名"),
        el("p", { class: "hf-path" }, this.folder, this.nameInput, ".yaml"),
        el("p", { class: "hf-help", text: "建议用「类别-拼音」，如 individual-zhang-san；不改也可以。" }),
        el("ul", { class: "hf-msgs", "aria-live": "polite" })),
      el("div", { class: "hf-actions" },
        button("github", "在 GitHub 上提交", true), button("copy", "复制"), button("download", "下载"),
        button("check", "检查全部")),
      this.result,
      el("details", { class: "hf-preview", open: true }, el("summary", { text: "文件内容" }), this.preview));
  }

  showOutput(found) {
    const all = [...found.values()].flat();
    const errors = all.filter((m) => m.level === "error").length;
    const warnings = all.filter((m) => m.level === "warning").length;
    this.status.textContent = errors
      ? `还有 ${errors} 处需要修改（红字）。` + (warnings ? `另有 ${warnings} 条提醒（黄字）。` : "")
      : `检查通过，可以提交。${warnings ? `有 ${warnings} 条提醒（黄字），不影响提交。` : ""}`;
    this.status.className = `hf-status ${errors ? "hf-status--error" : "hf-status--ok"}`;
    const owner = this.owner();
    this.folder.textContent = owner ? `${owner.folder}/` : "（请先选择填报单位）/";
    if (document.activeElement !== this.nameInput) this.nameInput.value = this.fileStem();
    this.nameInput.readOnly = this.kind === "summary";
    this.preview.textContent = this.text;
    this.errorCount = errors;
  }

  async act(action) {
    if (action === "check") {
      this.all = true;
      this.refresh();
      this.result.textContent = this.errorCount ? "请按红字修改后再提交。" : "检查通过。";
      const first = this.root.querySelector(".hf-field--error");
      if (first) first.scrollIntoView({ block: "center" });
      return;
    }
    const name = `${this.fileStem()}.yaml`;
    if (action === "copy") {
      this.result.textContent = (await copyText(this.text)) ? "已复制到剪贴板。" : "复制失败，请选中下方的文件内容手动复制。";
    } else if (action === "download") {
      download(name, this.text);
      this.result.textContent = `已下载 ${name}。`;
    } else if (action === "github") {
      this.submit(name);
    }
  }

  async submit(name) {
    this.all = true;
    this.refresh();
    const owner = this.owner();
    if (this.errorCount || !owner) {
      this.result.textContent = `还有 ${this.errorCount} 处需要修改（红字），改好后再提交。`;
      return;
    }
    if (!this.data.repo_url) {
      this.result.textContent = "本站没有配置仓库地址（mkdocs.yml 中 extra 下的 repo_url），请用「复制」或「下载」。";
      return;
    }
    const urls = githubUrls(this.data.repo_url, this.data.branch, owner.folder, name, this.text);
    if (urls.full) {
      window.open(urls.full, "_blank", "noopener");
      this.result.textContent = `已打开 GitHub 的新建文件页面，文件名和内容都已填好：请按贡献指南点击 “Commit changes…” 发起拉取请求。${EXISTS}`;
      return;
    }
    const copied = await copyText(this.text);
    window.open(urls.nameOnly, "_blank", "noopener");
    this.result.textContent = copied
      ? `文件内容较长，放不进网址：已复制到剪贴板，并打开了填好文件名的 GitHub 新建文件页面。请点击页面中的编辑框，按 Ctrl+V 粘贴（手机上长按后选「粘贴」），再按贡献指南提交。${EXISTS}`
      : "文件内容较长，放不进网址，且复制到剪贴板失败：已打开填好文件名的 GitHub 新建文件页面。请回到本页选中下方的文件内容复制，再粘贴到 GitHub 的编辑框中。";
  }
}
