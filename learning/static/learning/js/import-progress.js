// Polls an import's status while it runs and reloads the page when it is done.
// While the import waits to be tried again, the message with the next attempt's time
// replaces the percentage and the bar shows no value.
(function () {
  "use strict";
  var box = document.querySelector("[data-import-status-url]");
  if (!box) return;
  var url = box.getAttribute("data-import-status-url");
  var bar = box.querySelector("progress");
  var text = box.querySelector("[data-import-progress-text]");
  var label = box.querySelector("[data-import-status-label]");
  var retry = box.querySelector("[data-import-retry]");
  var retryText = box.querySelector("[data-import-retry-text]");

  function show(data) {
    if (bar) {
      if (data.waiting) { bar.removeAttribute("value"); } else { bar.value = data.progress; }
    }
    if (text) {
      text.textContent = data.progress + "%";
      text.hidden = !!data.waiting;
    }
    if (retry) retry.hidden = !data.waiting;
    if (retryText) retryText.textContent = data.retry_message || "";
    if (label) label.textContent = data.status_label;
  }

  function poll() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        show(data);
        if (data.done) { window.location.reload(); }
        else { setTimeout(poll, data.waiting ? 5000 : 1500); }
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 1000);
})();
