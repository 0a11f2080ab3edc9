// Fills the unit select with the chosen agency's units. Without JS the form
// still works: the unit is optional and the server re-renders the right units.
(function () {
  "use strict";
  var agency = document.getElementById("id_agency");
  var unit = document.getElementById("id_unit");
  if (!agency || !unit) return;
  var emptyLabel = unit.options.length ? unit.options[0].text : "";

  function fill(units) {
    var current = unit.value;
    unit.innerHTML = "";
    unit.appendChild(new Option(emptyLabel, ""));
    units.forEach(function (u) {
      var prefix = new Array(u.depth + 1).join("\u2014 ");
      unit.appendChild(new Option(prefix + u.name, String(u.id), false, String(u.id) === current));
    });
  }

  agency.addEventListener("change", function () {
    if (!agency.value) { fill([]); return; }
    fetch("/api/instansi/" + encodeURIComponent(agency.value) + "/unit/", {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (r) { return r.ok ? r.json() : { units: [] }; })
      .then(function (data) { fill(data.units); })
      .catch(function () { fill([]); });
  });
  if (agency.value && unit.options.length <= 1) {
    agency.dispatchEvent(new Event("change"));
  }
})();
