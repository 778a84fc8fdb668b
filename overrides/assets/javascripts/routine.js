/* Guided timer for routine cards (overrides/components/routine.html).
 *
 * Progressive enhancement: the card is complete without this script. It starts on every
 * [data-routine] element with a [data-routine-timer] inside, reads the numbers from the card's data
 * attributes and every word from the timer's data-label-* attributes, and writes numbers in the
 * page's language (Persian digits on Persian pages). It makes no sound and no request.
 */
(function () {
  "use strict";

  var fill = window.siteComponents.fill;
  var digitWriter = window.siteComponents.digitWriter;

  function Timer(card, root) {
    this.root = root;
    this.labels = root.dataset;
    this.phases = JSON.parse(card.dataset.phases);
    this.repetitions = Number(card.dataset.repetitions);
    this.sets = Number(card.dataset.sets);
    this.number = digitWriter(root);
    this.parts = {
      phase: root.querySelector("[data-timer-phase]"),
      count: root.querySelector("[data-timer-count]"),
      progress: root.querySelector("[data-timer-progress]"),
      status: root.querySelector("[data-timer-status]"),
      toggle: root.querySelector("[data-timer-toggle]"),
      reset: root.querySelector("[data-timer-reset]"),
    };
    this.parts.toggle.addEventListener("click", this.toggle.bind(this));
    this.parts.reset.addEventListener("click", this.reset.bind(this));
    this.reset();
    root.hidden = false;
  }

  Timer.prototype.reset = function () {
    this.stop();
    this.position = { set: 1, repetition: 1, phase: 0 };
    this.remaining = this.phases[0].seconds;
    this.started = false;
    this.done = false;
    this.parts.phase.textContent = this.labels.labelReady;
    this.parts.status.textContent = "";
    this.render();
  };

  Timer.prototype.toggle = function () {
    if (this.done) {
      this.reset();
    }
    if (this.interval) {
      this.stop();
      this.announce(this.labels.labelPaused);
    } else {
      this.started = true;
      this.interval = window.setInterval(this.tick.bind(this), 1000);
      this.announcePhase();
    }
    this.render();
  };

  Timer.prototype.stop = function () {
    window.clearInterval(this.interval);
    this.interval = null;
  };

  Timer.prototype.tick = function () {
    this.remaining -= 1;
    if (this.remaining <= 0) {
      this.advance();
    }
    this.render();
  };

  Timer.prototype.advance = function () {
    var at = this.position;
    at.phase += 1;
    if (at.phase === this.phases.length) {
      at.phase = 0;
      at.repetition += 1;
    }
    if (at.repetition > this.repetitions) {
      at.repetition = 1;
      at.set += 1;
    }
    if (at.set > this.sets) {
      this.finish();
      return;
    }
    this.remaining = this.phases[at.phase].seconds;
    this.announcePhase();
  };

  Timer.prototype.finish = function () {
    this.stop();
    this.done = true;
    this.position = { set: this.sets, repetition: this.repetitions, phase: this.phases.length - 1 };
    this.remaining = 0;
    this.parts.phase.textContent = this.labels.labelDone;
    this.announce(this.labels.labelDone);
  };

  Timer.prototype.progressText = function () {
    var text = fill(this.labels.labelRepetition, {
      n: this.number(this.position.repetition),
      total: this.number(this.repetitions),
    });
    if (this.sets > 1) {
      text += this.labels.labelSeparator + fill(this.labels.labelSet, {
        n: this.number(this.position.set),
        total: this.number(this.sets),
      });
    }
    return text;
  };

  Timer.prototype.phaseLabel = function () {
    var action = this.phases[this.position.phase].action;
    // data-label-hold-left is dataset.labelHoldLeft.
    return this.labels["label" + action.replace(/(?:^|-)([a-z])/g, function (match, letter) {
      return letter.toUpperCase();
    })];
  };

  Timer.prototype.announcePhase = function () {
    var phase = this.phaseLabel();
    this.parts.phase.textContent = phase;
    this.announce(
      phase + ": " + this.number(this.remaining) + " " + this.labels.labelSeconds + ". " + this.progressText()
    );
  };

  Timer.prototype.announce = function (text) {
    this.parts.status.textContent = text;
  };

  Timer.prototype.render = function () {
    this.parts.count.textContent = this.number(this.remaining);
    this.parts.progress.textContent = this.progressText();
    var running = Boolean(this.interval);
    this.parts.toggle.textContent = running
      ? this.labels.labelPause
      : this.started && !this.done ? this.labels.labelResume : this.labels.labelStart;
    this.root.classList.toggle("routine-timer--running", running);
  };

  function start() {
    document.querySelectorAll("[data-routine]").forEach(function (card) {
      var root = card.querySelector("[data-routine-timer]");
      if (root && !root.timer) {
        root.timer = new Timer(card, root);
      }
    });
  }

  window.siteComponents.onEveryPage(start);
})();
