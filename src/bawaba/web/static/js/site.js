// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  document.querySelectorAll(".js-print").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  if (window.matchMedia("(min-width: 52em)").matches) {
    document.querySelectorAll(".js-filters").forEach(function (d) { d.open = true; });
  }
})();
