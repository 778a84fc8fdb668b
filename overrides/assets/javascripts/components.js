/* Shared by the component scripts (routine.js, quiz.js): run a start function on every page Material
 * shows, and fill "{name}" placeholders in words that come from the page. */
window.siteComponents = (function () {
  "use strict";

  function fill(template, values) {
    return Object.keys(values).reduce(function (text, key) {
      return text.split("{" + key + "}").join(values[key]);
    }, template);
  }

  function onEveryPage(start) {
    if (window.document$) {
      window.document$.subscribe(start);
    } else if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", start);
    } else {
      start();
    }
  }

  return { fill: fill, onEveryPage: onEveryPage };
})();
