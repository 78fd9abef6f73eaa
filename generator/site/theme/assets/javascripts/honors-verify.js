/* 证书查验: look a certificate or plaque number up in the published list (verify/certificates.json).
   Runs only in the reader's browser; the number typed is never sent anywhere. */
(function () {
  "use strict";
  var root = document.getElementById("honors-verify");
  if (!root) return;
  var form = document.getElementById("honors-verify-form");
  var input = document.getElementById("honors-verify-number");
  var out = document.getElementById("honors-verify-result");
  var numbers = null;

  // A number typed with a Chinese input method may come in full-width letters and digits,
  // with spaces or a full-width dash: all read as the printed number.
  function normalise(text) {
    return text.replace(/[\uFF01-\uFF5E]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
    }).replace(/[\u2010-\u2015\u2212\u30FC]/g, "-").replace(/\s+/g, "").toUpperCase();
  }

  function row(label, value) {
    var dt = document.createElement("dt");
    dt.textContent = label;
    var dd = document.createElement("dd");
    dd.textContent = value;
    return [dt, dd];
  }

  function show(number) {
    out.textContent = "";
    var found = numbers && Object.prototype.hasOwnProperty.call(numbers, number) ? numbers[number] : null;
    var head = document.createElement("p");
    out.className = "honors-verify__result " + (found ? "honors-verify__result--found" : "honors-verify__result--missing");
    if (!found) {
      head.textContent = number ? "未查到编号「" + number + "」。请核对证书上印的编号；公示中的拟表彰名单尚未发证。" : "请输入证书编号。";
      out.appendChild(head);
      return;
    }
    head.textContent = "编号「" + number + "」有效：";
    out.appendChild(head);
    var list = document.createElement("dl");
    var rows = [row("获奖者", found.holder), row("奖项", found.award), row("年度", found.year + "年度")];
    if (found.unit) rows.splice(1, 0, row("单位", found.unit));
    rows.forEach(function (pair) { list.appendChild(pair[0]); list.appendChild(pair[1]); });
    out.appendChild(list);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var number = normalise(input.value);
    if (numbers) { show(number); return; }
    fetch(root.getAttribute("data-src")).then(function (r) { return r.json(); }).then(function (data) {
      numbers = data.numbers || {};
      show(number);
    }).catch(function () {
      out.textContent = "编号数据载入失败，请稍后刷新页面再试。";
    });
  });
})();
