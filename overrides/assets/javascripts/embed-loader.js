/* For host pages that embed this site in an iframe: size each such iframe to its content.
 *
 *   <script src="https://<this site>/assets/javascripts/embed-loader.js" async></script>
 *
 * It accepts a message only if it comes from this script's own origin, from an iframe on the page,
 * and has exactly the embed's shape: {type: "sitegen-embed-height", height: <CSS pixels>}. Anything
 * else is ignored. Without this script an iframe keeps its height attribute and scrolls. */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__sitegenEmbedLoader) {
    return;
  }
  window.__sitegenEmbedLoader = true;
  var origin = new URL(script.src, location.href).origin;
  var MAX_HEIGHT = 100000;

  function isHeightMessage(data) {
    return (
      data !== null &&
      typeof data === "object" &&
      Object.keys(data).length === 2 &&
      data.type === "sitegen-embed-height" &&
      typeof data.height === "number" &&
      isFinite(data.height) &&
      data.height > 0 &&
      data.height <= MAX_HEIGHT
    );
  }

  function frameOf(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var index = 0; index < frames.length; index += 1) {
      if (frames[index].contentWindow === source) {
        return frames[index];
      }
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !isHeightMessage(event.data)) {
      return;
    }
    var frame = frameOf(event.source);
    if (frame) {
      frame.style.height = Math.ceil(event.data.height) + "px";
    }
  });
})();
