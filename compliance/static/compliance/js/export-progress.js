// Polls an export's status while it is being built and reloads the page when it is done.
(function () {
  "use strict";
  var box = document.querySelector("[data-export-status-url]");
  if (!box) return;
  var url = box.getAttribute("data-export-status-url");
  var bar = box.querySelector("progress");
  var text = box.querySelector("[data-export-progress-text]");
  var label = box.querySelector("[data-export-status-label]");

  function poll() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (bar) bar.value = data.progress;
        if (text) text.textContent = data.progress + "%";
        if (label) label.textContent = data.status_label;
        if (data.done) { window.location.reload(); } else { setTimeout(poll, 1500); }
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 1000);
})();
