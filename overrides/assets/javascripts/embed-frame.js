/* Inside an embed (overrides/embed/layout.html): tell the host page how tall the content is, now and
 * whenever it changes, so its loader (embed-loader.js) can size the iframe. The message is
 * {type: "sitegen-embed-height", height: <CSS pixels>}; it carries nothing else. */
(function () {
  "use strict";

  var content = document.querySelector("[data-embed]");
  if (!content || window.parent === window || !window.ResizeObserver) {
    return;
  }
  var last = 0;

  function report() {
    var height = Math.ceil(content.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "sitegen-embed-height", height: height }, "*");
    }
  }

  new ResizeObserver(report).observe(content);
  report();
})();
