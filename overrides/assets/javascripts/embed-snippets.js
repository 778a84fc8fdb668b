/* "Embed this page" (partials/embed-snippets.html): a copy button under each snippet. Without a
 * clipboard (an old browser, a page not served over HTTPS) the button selects the code instead, for
 * the reader to copy. The words come from the page. */
(function () {
  "use strict";

  function select(code) {
    var range = document.createRange();
    range.selectNodeContents(code);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function start() {
    document.querySelectorAll("[data-embed-copy]").forEach(function (control) {
      var code = document.getElementById(control.dataset.embedCopy);
      var status = control.querySelector(".site-embed__status");
      control.hidden = false;
      control.querySelector("button").addEventListener("click", function () {
        status.textContent = "";
        if (!navigator.clipboard) {
          select(code);
          return;
        }
        navigator.clipboard.writeText(code.textContent).then(
          function () {
            status.textContent = control.dataset.labelCopied;
          },
          function () {
            select(code);
          }
        );
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
