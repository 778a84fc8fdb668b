/* Shared by the component scripts (routine.js, quiz.js): run a start function on every page Material
 * shows, fill "{name}" placeholders in words that come from the page, and write numbers in the
 * page's digits. */
window.siteComponents = (function () {
  "use strict";

  function fill(template, values) {
    return Object.keys(values).reduce(function (text, key) {
      return text.split("{" + key + "}").join(values[key]);
    }, template);
  }

  /* A function writing a whole number in the digits of a component's data-digits, its language's
   * ten digits from 0 to 9 (the build writes them, as it writes the page's own numbers). Not
   * Intl.NumberFormat: its first use on a page takes 40-100 ms of the main thread on a desktop, more
   * on a phone. The numbers written here need no grouping: seconds, repetitions and sets stay below
   * 1,000 (hooks/sitegen/routines.py), and a quiz has far fewer questions. */
  function digitWriter(element) {
    var digits = element.dataset.digits;
    return function (value) {
      return String(value).replace(/[0-9]/g, function (digit) {
        return digits.charAt(Number(digit));
      });
    };
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

  return { fill: fill, digitWriter: digitWriter, onEveryPage: onEveryPage };
})();
