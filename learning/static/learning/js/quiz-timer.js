// Countdown for a timed quiz. Progressive: the page already shows the time left and
// the deadline; this only ticks the clock, announces the last minutes to screen
// readers and sends the form when time is up (the server allows a short grace and
// is the only judge of the deadline). Counts from the seconds the server rendered,
// so a wrong clock on the phone does not matter.
(function () {
  "use strict";
  var box = document.querySelector("[data-quiz-timer]");
  var form = document.querySelector("[data-quiz-form]");
  if (!box || !form) return;
  var value = box.querySelector("[data-quiz-timer-value]");
  var announce = box.querySelector("[data-quiz-timer-announce]");
  var endsAt = Date.now() + parseInt(box.getAttribute("data-seconds-left"), 10) * 1000;
  var announced = {};
  var sent = false;
  form.addEventListener("submit", function () { sent = true; });

  function pad(n) { return n < 10 ? "0" + n : String(n); }

  function format(seconds) {
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    return h ? h + ":" + pad(m) + ":" + pad(s) : m + ":" + pad(s);
  }

  function say(text) { if (announce) announce.textContent = text; }

  function tick() {
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    if (value) value.textContent = format(left);
    [5, 1].forEach(function (minutes) {
      if (left <= minutes * 60 && left > 0 && !announced[minutes]) {
        announced[minutes] = true;
        say(box.getAttribute("data-message-minutes").replace("%s", minutes));
      }
    });
    if (left === 0) {
      if (!sent) {
        sent = true;
        say(box.getAttribute("data-message-time-up"));
        form.submit(); // skips "required": unanswered questions count as wrong
      }
      return;
    }
    setTimeout(tick, 1000);
  }
  tick();
})();
