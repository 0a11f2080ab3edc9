// The quiz form, progressively enhanced. Without this script every question shows,
// "Simpan jawaban" saves and "Kumpulkan jawaban" submits; with it:
// 1. every change is saved on the server at once (the form's whole state, posted to
//    data-autosave-url with the form's CSRF token), one request at a time, the
//    latest state last; a page left with unsaved changes sends them as a beacon;
// 2. on a phone-sized screen the questions show one at a time, with a numbered
//    navigator (answered ones marked) and previous/next buttons.
(function () {
  "use strict";
  var form = document.querySelector("[data-quiz-form]");
  if (!form || !window.fetch || !window.FormData) return;
  var url = form.getAttribute("data-autosave-url");
  var status = form.querySelector("[data-quiz-save-status]");
  var saveButton = form.querySelector("[data-quiz-save-button]");
  var questions = Array.prototype.slice.call(form.querySelectorAll("[data-quiz-question]"));

  // --- Saving as the learner answers -------------------------------------------------
  var inFlight = false;
  var dirty = false;
  var submitting = false;

  function say(name) {
    if (status) status.textContent = status.getAttribute("data-message-" + name) || "";
  }

  // The CSRF token and the "q-…" inputs; the server ignores anything else.
  function answersOnly() { return new FormData(form); }

  function save() {
    if (inFlight) { dirty = true; return; }
    inFlight = true;
    dirty = false;
    say("saving");
    fetch(url, {
      method: "POST",
      body: answersOnly(),
      credentials: "same-origin",
      headers: { "Accept": "application/json" },
    }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      say("saved");
      if (saveButton) saveButton.hidden = true;
      form.setAttribute("data-quiz-saved", "true");
    }).catch(function () {
      say("failed");
      if (saveButton) saveButton.hidden = false;
    }).then(function () {
      inFlight = false;
      if (dirty && !submitting) save();
    });
  }

  form.addEventListener("change", function (event) {
    if (event.target && event.target.name && event.target.name.indexOf("q-") === 0) {
      form.removeAttribute("data-quiz-saved");
      markAnswered();
      save();
    }
  });
  form.addEventListener("submit", function () { submitting = true; });
  window.addEventListener("pagehide", function () {
    if ((dirty || inFlight) && !submitting && navigator.sendBeacon) {
      navigator.sendBeacon(url, answersOnly());
    }
  });
  if (saveButton) saveButton.hidden = true;

  // --- One question at a time on a phone ------------------------------------------------
  var nav = form.querySelector("[data-quiz-nav]");
  var steps = form.querySelector("[data-quiz-steps]");
  var progress = form.querySelector("[data-quiz-progress]");
  var items = nav ? Array.prototype.slice.call(nav.querySelectorAll("[data-quiz-goto]")) : [];
  var phone = window.matchMedia ? window.matchMedia("(max-width: 47.99rem)") : null;
  var current = 0;

  function answered(question) {
    return !!question.querySelector("input:checked");
  }

  function markAnswered() {
    var count = 0;
    questions.forEach(function (question, index) {
      var done = answered(question);
      if (done) count += 1;
      var item = items[index];
      if (!item) return;
      item.classList.toggle("is-answered", done);
      var label = item.querySelector("[data-quiz-answered-label]");
      if (label) label.hidden = !done;
    });
    if (progress) {
      progress.textContent = progress.getAttribute("data-template")
        .replace("%(answered)s", count).replace("%(total)s", questions.length);
    }
  }

  function show(index, focus) {
    current = Math.max(0, Math.min(questions.length - 1, index));
    questions.forEach(function (question, i) { question.hidden = i !== current; });
    items.forEach(function (item, i) {
      if (i === current) item.setAttribute("aria-current", "step");
      else item.removeAttribute("aria-current");
    });
    if (steps) {
      steps.querySelector("[data-quiz-prev]").disabled = current === 0;
      steps.querySelector("[data-quiz-next]").disabled = current === questions.length - 1;
    }
    if (focus) {
      var legend = questions[current].querySelector("legend");
      if (legend) {
        legend.setAttribute("tabindex", "-1");
        legend.focus();
      }
    }
  }

  function paged(on) {
    form.classList.toggle("quiz-form--paged", on);
    if (nav) nav.hidden = !on;
    if (steps) steps.hidden = !on;
    if (on) {
      show(current, false);
    } else {
      questions.forEach(function (question) { question.hidden = false; });
    }
  }

  if (nav && steps && questions.length > 1 && phone) {
    items.forEach(function (item, index) {
      item.addEventListener("click", function () { show(index, true); });
    });
    steps.querySelector("[data-quiz-prev]").addEventListener("click", function () {
      show(current - 1, true);
    });
    steps.querySelector("[data-quiz-next]").addEventListener("click", function () {
      show(current + 1, true);
    });
    // A required question hidden on another step cannot show its own message:
    // go to the first unanswered one, then let the browser say what is missing.
    form.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest("button[type=submit]");
      if (!button || button.hasAttribute("formnovalidate") || !form.classList.contains("quiz-form--paged")) return;
      if (form.checkValidity()) return;
      event.preventDefault();
      var invalid = form.querySelector("input:invalid");
      var index = questions.findIndex(function (question) { return question.contains(invalid); });
      show(index, false);
      form.reportValidity();
    });
    var start = questions.findIndex(function (question) { return !answered(question); });
    current = start === -1 ? 0 : start;
    paged(phone.matches);
    if (phone.addEventListener) {
      phone.addEventListener("change", function (event) { paged(event.matches); });
    }
  }
  markAnswered();
  form.setAttribute("data-quiz-ready", "");
})();
