/* The 公示's state on the 拟表彰名单 page: 公示未开始 / 公示中（还剩 N 个工作日）/ 公示结束, worked out
   from the reader's date (Beijing time) and the period's working days listed by the build, so the
   page itself stays the same whatever day it was built. */
(function () {
  "use strict";
  var box = document.getElementById("publicity-state");
  if (!box) return;
  var start = box.getAttribute("data-start"), end = box.getAttribute("data-end");
  var listed = box.getAttribute("data-workdays");
  var workdays = listed ? listed.split(",") : null;
  // en-CA writes YYYY-MM-DD, comparable as text with the listed days.
  var today = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Shanghai" });
  var text;
  if (today < start) {
    text = "公示未开始";
  } else if (today <= end) {
    var left = workdays ? workdays.filter(function (d) { return d >= today; }).length : null;
    text = left === null ? "公示中" : "公示中，还剩 " + left + " 个工作日（含今天）";
  } else {
    text = "公示结束，待联盟工作委员会正式发文表彰";
  }
  box.textContent = text;
  box.setAttribute("data-state", text.split("，")[0]);
})();
