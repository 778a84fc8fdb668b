/* Search as readers type: the characters that the index writes differently (for Persian: Arabic-
 * keyboard letters, other digits, tatweel and diacritics; data/search.yml) are rewritten in the search
 * box as the reader types, before Material's search reads it. The map comes from the page
 * (#__search_characters); the rest of the rules (splitting words at ZWNJ and affixes) travel with
 * the language's search index. */
(function () {
  "use strict";

  var data = document.getElementById("__search_characters");
  var characters = data ? JSON.parse(data.textContent) : {};
  if (Object.keys(characters).length === 0) {
    return;
  }

  function normalize(text) {
    return Array.from(text)
      .map(function (character) {
        return Object.prototype.hasOwnProperty.call(characters, character) ? characters[character] : character;
      })
      .join("");
  }

  function rewrite(event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.matches("[data-md-component=search-query]")) {
      return;
    }
    var normalized = normalize(input.value);
    if (normalized !== input.value) {
      var caret = normalize(input.value.slice(0, input.selectionStart)).length;
      input.value = normalized;
      input.setSelectionRange(caret, caret);
    }
  }

  ["input", "keydown", "keyup"].forEach(function (type) {
    document.addEventListener(type, rewrite, true);
  });
})();
