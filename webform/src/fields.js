// One control per field, in the order and with the labels of the paper form.
import { el, newId } from "./dom.js";

const RADIO_MAX = 3; // up to this many choices show as buttons, more as a list

function describe(ctx, field) {
  const prop = ctx.kd.schema.properties[field.label] || {};
  const text = prop.description || "";
  // The schema speaks to people editing YAML: the form writes the quotes itself.
  return field.kind === "phone" ? text.replace("（请加引号）", "").replace(/"([^"]*)"/gu, "$1") : text;
}

function textInput(field, value, attrs) {
  return el("input", { type: "text", value: value || "", name: field.label, autocomplete: "off", ...attrs });
}

function datalist(id, options) {
  return el("datalist", { id }, options.map((o) => el("option", { value: o })));
}

function radios(field, choices, value, texts = {}) {
  const name = newId("hf-r");
  return el("div", { class: "hf-choices", role: "radiogroup" }, choices.map((choice) => el("label", { class: "hf-choice" },
    el("input", { type: "radio", name, value: choice, checked: value === choice, "data-field": field.label }),
    el("span", { class: "hf-choice__name", text: choice }),
    texts[choice] ? el("span", { class: "hf-choice__text", text: texts[choice] }) : null)));
}

function criteria(ctx, field, value) {
  const award = ctx.kd.award;
  const chosen = new Set((value || []).map(Number));
  const boxes = (award ? award.criteria : []).map((c) => el("label", { class: "hf-choice hf-choice--criterion" },
    el("input", { type: "checkbox", value: String(c.number), checked: chosen.has(c.number), "data-field": field.label }),
    el("span", { class: "hf-choice__name", text: `第 ${c.number} 项` },
      award.member.length && !award.member.includes(c.number) ? el("span", { class: "hf-tag", text: "仅委员馆" }) : null),
    el("span", { class: "hf-choice__text", text: c.text })));
  return el("div", { class: "hf-choices hf-choices--criteria" }, boxes,
    award && award.note ? el("p", { class: "hf-note", text: `注：${award.note}` }) : null);
}

// A joint case's 合作单位: one box per unit, each suggesting the registry's units as 单位 does;
// an empty box always follows the last one filled (growPartners), so there is room for one more.
export const PARTNERS = "合作单位";

function partners(field, value, choices, id) {
  const list = newId("hf-list");
  const items = [...(value || []).filter((v) => String(v).trim()), ""];
  return el("div", { class: "hf-partners", "data-list": list },
    items.map((item, i) => textInput(field, item, { id: i ? null : id, list, "aria-label": `${PARTNERS} ${i + 1}` })),
    datalist(list, choices));
}

/** After typing in 合作单位: an empty box at the end again, when the last one was filled. */
export function growPartners(box) {
  const group = box.querySelector(".hf-partners");
  if (!group) return;
  const inputs = [...group.querySelectorAll("input")];
  const last = inputs[inputs.length - 1];
  if (last.value.trim() === "") return;
  const next = el("input", { type: "text", value: "", name: PARTNERS, autocomplete: "off", list: group.dataset.list,
    "aria-label": `${PARTNERS} ${inputs.length + 1}`, "aria-describedby": last.getAttribute("aria-describedby") });
  last.after(next);
}

/** The control of one field (input, textarea, select, radios or checkboxes). */
export function control(ctx, field, value, owner, id) {
  const label = field.label;
  const choices = ctx.choicesFor(field, owner);
  if (label === "推荐奖项" && choices.length <= 1) {
    return el("p", { class: "hf-fixed", id, text: choices[0] || value || "" });
  }
  if (field.kind === "ints") return criteria(ctx, field, value);
  if (label === PARTNERS) return partners(field, value, choices, id);
  if (field.kind === "list") {
    const items = value || [];
    return el("p", { class: "hf-fixed hf-fixed--note", id },
      items.length ? `${items.join("、")}（保留原文件中的配图）` : "配图请在提交后上传到同一文件夹，再在文件的「配图」一栏写上图片文件名（见贡献指南）。");
  }
  if (field.kind === "yesno") return radios(field, ["是", "否"], value || "否");
  if (ctx.blocks.has(label)) {
    return el("textarea", { id, name: label, rows: label === "案例简介" ? 4 : 10, text: value || "" });
  }
  // Text, not <input type=date> or type=number: a browser's own date and number boxes drop
  // what they cannot read (2024年3月1日, 46岁) without a word. The form reads it and shows
  // what the file will hold (.hf-norm).
  if (field.kind === "date") return textInput(field, value, { id, placeholder: "如 2024-03-01 或 2024年3月1日" });
  if (field.kind === "int") return textInput(field, value, { id, inputmode: "numeric", placeholder: "填阿拉伯数字，如 46" });
  if (field.kind === "phone") return textInput(field, value, { id, type: "tel", inputmode: "tel", placeholder: "如 029-85420000 或 13800000000" });
  if (field.kind === "month") return textInput(field, value, { id, placeholder: "如 2016-05 或 2016年5月" });
  if (choices.length && ctx.closed.has(label)) {
    // A value outside the list (an opened file's alias or old wording) stays as written.
    if (choices.length <= RADIO_MAX) {
      return radios(field, value && !choices.includes(value) ? [...choices, value] : choices, value, ctx.choiceTexts(label));
    }
    return el("select", { id, name: label },
      el("option", { value: "", text: field.required ? "请选择" : "（不填）" }),
      choices.map((c) => el("option", { value: c, text: c, selected: c === value })),
      value && !choices.includes(value) ? el("option", { value, text: value, selected: true }) : null);
  }
  if (choices.length) {
    const list = newId("hf-list");
    return el("span", { class: "hf-combo" }, textInput(field, value, { id, list }), datalist(list, choices));
  }
  return textInput(field, value, { id });
}

/** The whole field: label, control, description, counter and message list. */
export function fieldBox(ctx, field, value, owner) {
  const id = newId("hf-f");
  // The award heads the form on a row of its own; the boxes below then pair as on paper.
  const wide = ctx.blocks.has(field.label) || ["ints", "list"].includes(field.kind) || field.label === "推荐奖项";
  const input = control(ctx, field, value, owner, id);
  // A <label for> needs one control to point at; radios, checkboxes and fixed text are a group.
  const target = input.id === id ? input : input.querySelector(`[id="${id}"]`);
  const single = Boolean(target && target.matches("input, textarea, select"));
  if (!single) {
    if (!input.getAttribute("role")) input.setAttribute("role", "group");
    input.setAttribute("aria-labelledby", `${id}-label`);
  }
  for (const c of input.matches("input, textarea, select") ? [input] : input.querySelectorAll("input, textarea, select")) {
    c.setAttribute("aria-describedby", `${id}-norm ${id}-help ${id}-msgs`);
  }
  return el("div", { class: `hf-field${wide ? " hf-field--wide" : ""}`, "data-label": field.label },
    el(single ? "label" : "span", { class: "hf-label", for: single ? id : null, id: `${id}-label` },
      field.label, field.required ? el("span", { class: "hf-req", text: "必填" }) : el("span", { class: "hf-opt", text: "选填" })),
    input,
    // What the form made of the typed text (a day, a number, a Word paste), when it changed it.
    el("p", { class: "hf-norm", id: `${id}-norm`, "aria-live": "polite", hidden: true }),
    el("p", { class: "hf-help", id: `${id}-help`, text: describe(ctx, field) }),
    ctx.counted(field.label) ? el("p", { class: "hf-count", "aria-live": "polite" }) : null,
    el("ul", { class: "hf-msgs", id: `${id}-msgs`, "aria-live": "polite" }));
}
