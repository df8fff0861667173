// The prototypes of Timeout, Immediate and TimersList objects, with Node's
// methods. The objects themselves, the schedule and setTimeout & co. are
// Go (timers.go, timers_immediate.go): a Timeout is a dynamic object over a
// Go timer, so making one costs no property map. The constructors are here
// for `instanceof` and inspection; programs cannot call them (Node's are
// internal too).
(function (internal) {
  'use strict';
  const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
  const illegal = () => new TypeError('Illegal constructor');

  class Timeout {
    constructor() {
      throw illegal();
    }

    // refresh re-arms the timer from now, even one that already fired
    // (as in Node), but not one that was cleared.
    refresh() {
      internal.timerRefresh(this);
      return this;
    }

    unref() {
      internal.timerRef(this, false);
      return this;
    }

    ref() {
      internal.timerRef(this, true);
      return this;
    }

    hasRef() {
      return internal.timerHasRef(this);
    }

    close() {
      internal.clearTimeout(this);
      return this;
    }

    [Symbol.toPrimitive]() {
      return internal.timerPrimitive(this);
    }

    // As Node's: one level only, the list links are not worth walking.
    [inspectCustom](_, options, inspect) {
      return inspect(this, { ...options, depth: 0, customInspect: false });
    }

    [Symbol.dispose]() {
      internal.clearTimeout(this);
    }
  }

  class TimersList {
    constructor() {
      throw illegal();
    }
  }

  class Immediate {
    constructor() {
      throw illegal();
    }

    ref() {
      internal.immediateRef(this, true);
      return this;
    }

    unref() {
      internal.immediateRef(this, false);
      return this;
    }

    hasRef() {
      return internal.immediateHasRef(this);
    }

    [Symbol.dispose]() {
      internal.clearImmediate(this);
    }
  }

  return {
    setTimeout: internal.setTimeout,
    clearTimeout: internal.clearTimeout,
    setInterval: internal.setInterval,
    clearInterval: internal.clearInterval,
    setImmediate: internal.setImmediate,
    clearImmediate: internal.clearImmediate,
    Timeout,
    Immediate,
    TimersList,
  };
})
