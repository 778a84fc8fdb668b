/* The decision quiz (overrides/components/quiz.html), one question at a time.
 *
 * Progressive enhancement: without this script the quiz is a flowchart on the page. It starts on
 * every [data-quiz] element, reads the graph from the form (each answer's data-next and data-tier)
 * and every word from the page. A checklist question ([data-checklist]) takes any number of ticked
 * signs, which share one data-next, or its [data-exclusive] "None of these" alone. The outcome is the
 * most urgent tier among the answers given: outcomes are listed most urgent first. Answers never leave the page: no request, no cookie, no storage.
 * It touches nothing outside its own element, so it works inside an iframe too.
 */
(function () {
  "use strict";

  var fill = window.siteComponents.fill;
  var digitWriter = window.siteComponents.digitWriter;

  function Quiz(root) {
    this.root = root;
    this.labels = root.dataset;
    this.number = digitWriter(root);
    this.form = root.querySelector("[data-quiz-form]");
    this.questions = Array.prototype.slice.call(root.querySelectorAll("[data-question]"));
    this.outcomes = Array.prototype.slice.call(root.querySelectorAll("[data-outcome]"));
    this.status = root.querySelector("[data-quiz-status]");
    this.controls = root.querySelector("[data-quiz-controls]");
    this.back = root.querySelector("[data-quiz-back]");
    this.nextButton = root.querySelector("[data-quiz-next]");
    this.results = root.querySelector("[data-quiz-outcomes]");
    this.form.addEventListener("submit", this.next.bind(this));
    this.form.addEventListener("change", this.untickOthers.bind(this));
    this.back.addEventListener("click", this.goBack.bind(this));
    root.querySelector("[data-quiz-restart]").addEventListener("click", this.restart.bind(this));
    root.classList.add("quiz--enhanced");
    this.controls.hidden = false;
    this.restart(false);
  }

  Quiz.prototype.question = function (id) {
    return this.questions.filter(function (question) {
      return question.dataset.question === id;
    })[0];
  };

  Quiz.prototype.restart = function (focus) {
    this.history = [];
    this.form.reset();
    this.show(this.root.dataset.first, focus !== false);
  };

  Quiz.prototype.show = function (id, focus) {
    this.current = id;
    this.questions.forEach(function (question) {
      question.hidden = question.dataset.question !== id;
    });
    this.results.hidden = true;
    this.nextButton.hidden = false;
    this.back.hidden = this.history.length === 0;
    var total = this.history.length + Number(this.question(id).dataset.longest);
    this.say(fill(this.labels.labelProgress, {
      n: this.number(this.history.length + 1),
      total: this.number(total),
    }));
    if (focus) {
      this.question(id).querySelector("legend").focus();
    }
  };

  // In a checklist, "None of these" and the signs exclude each other.
  Quiz.prototype.untickOthers = function (event) {
    var box = event.target;
    if (box.type !== "checkbox" || !box.checked) {
      return;
    }
    box.closest("[data-question]").querySelectorAll("input:checked").forEach(function (other) {
      if (other !== box && (other.hasAttribute("data-exclusive") || box.hasAttribute("data-exclusive"))) {
        other.checked = false;
      }
    });
  };

  Quiz.prototype.next = function (event) {
    event.preventDefault();
    var chosen = Array.prototype.slice.call(this.question(this.current).querySelectorAll("input:checked"));
    if (!chosen.length) {
      this.say(this.labels.labelChoose);
      this.question(this.current).querySelector("input").focus();
      return;
    }
    this.history.push({ question: this.current, answers: chosen });
    var next = chosen[0].dataset.next;
    if (next === "result") {
      this.showResult();
    } else {
      this.show(next, true);
    }
  };

  Quiz.prototype.goBack = function () {
    var last = this.history.pop();
    if (last) {
      this.show(last.question, true);
      last.answers.forEach(function (answer) {
        answer.checked = true;
      });
    }
  };

  Quiz.prototype.showResult = function () {
    var given = [].concat.apply([], this.history.map(function (step) {
      return step.answers;
    }));
    var tiers = given.map(function (answer) {
      return answer.dataset.tier;
    });
    var outcome = this.outcomes.filter(function (section) {
      return tiers.indexOf(section.dataset.outcome) !== -1;
    })[0];
    var signs = given.map(function (answer) {
      return answer.closest("[data-question]").dataset.question + ":" + answer.value;
    });
    this.outcomes.forEach(function (section) {
      section.hidden = section !== outcome;
    });
    var root = this.root;
    var because = root.querySelector("[data-quiz-because-list]");
    because.textContent = "";
    signs.forEach(function (sign) {
      var stated = root.querySelector('[data-care-sign="' + sign + '"]');
      if (stated) {
        var item = document.createElement("li");
        item.dataset.sign = sign;
        item.textContent = stated.textContent;
        because.appendChild(item);
      }
    });
    this.root.querySelector("[data-quiz-because]").hidden = false;
    this.root.querySelector("[data-quiz-disclaimer]").hidden = false;
    this.questions.forEach(function (question) {
      question.hidden = true;
    });
    this.current = null;
    this.nextButton.hidden = true;
    this.results.hidden = false;
    this.back.hidden = false;
    var title = outcome.querySelector(".quiz__outcome-title");
    this.say(this.labels.labelResult + " " + title.textContent.trim());
    title.focus();
  };

  Quiz.prototype.say = function (text) {
    this.status.textContent = text;
  };

  function start() {
    document.querySelectorAll("[data-quiz]").forEach(function (root) {
      if (!root.quiz) {
        root.quiz = new Quiz(root);
      }
    });
  }

  window.siteComponents.onEveryPage(start);
})();
