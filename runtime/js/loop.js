// The nextTick queue and the trampoline every loop callback runs through
// (see loop.go): calling the callback and then the tick queue inside one
// JavaScript call keeps goja from running promise jobs in between, which is
// Node's order (ticks first, then promise jobs).
(function (internal) {
  'use strict';
  let queue = [];
  let head = 0;
  // pending is head < queue.length, which every callback's trampoline
  // tests: reading a goja array's length and comparing costs ~150 ns, a
  // variable ~10 (timers_100k tests it 100k times).
  let pending = false;

  function nextTick(callback, ...args) {
    if (typeof callback !== 'function') {
      throw internal.invalidArgType('callback', 'function', callback);
    }
    if (internal.exiting()) return;
    if (!pending) {
      pending = true;
      internal.ticksQueued();
    }
    queue.push({ callback, args });
  }

  // runTicks runs the whole queue, including ticks queued meanwhile. Each
  // entry leaves the queue before it runs, so a throw loses only itself.
  function runTicks() {
    while (head < queue.length) {
      const t = queue[head];
      queue[head++] = undefined;
      if (head === queue.length) {
        queue = [];
        head = 0;
        pending = false;
      }
      const args = t.args;
      try {
        if (args.length === 0) t.callback();
        else Reflect.apply(t.callback, undefined, args);
      } catch (e) {
        // Node reports a tick's throw right away ('uncaughtException', or
        // the fatal report) and goes on with the queue, before any promise
        // job runs.
        internal.reportTickThrow(e);
      }
    }
  }

  // runGo is the trampoline of every loop callback (see loop.go run1):
  // goFn, a Go native, calls the callback through one of the invoke
  // functions below and reports a throw itself; then the tick queue.
  function runGo(goFn) {
    if (goFn() === true) return;
    if (pending) runTicks();
  }

  const ReflectApply = Reflect.apply;
  function invoke(fn, thisArg, ...args) {
    ReflectApply(fn, thisArg, args);
  }

  // The timers and check phases' trampolines: Node calls a timer's and an
  // immediate's callback as a method of it, read at call time (the *0 forms
  // are for those without arguments). A throw is caught here, before goja
  // could run the callback's promise jobs, and handed to Go (loopThrew),
  // which reports it and goes on with the phase (see loop.go threw).
  // runTimeout0 is also the timers phase's batch (see timers.go
  // runTimerBatches): given next, it goes on with the timers next() hands
  // out, for as long as Go's next() says no promise job or rejection is
  // pending. Each timer's ticks still run right after it, and whenever a
  // callback queued microtasks the batch ends so that they run before the
  // next timer, as in Node. `void 0`, not `undefined`: the latter is a
  // global lookup in goja, by name, on every timer.
  function runTimeout0(timer, next) {
    do {
      try {
        timer._onTimeout();
      } catch (e) {
        internal.loopThrew(e);
      }
      if (pending) runTicks();
    } while (next !== void 0 && (timer = next()) !== void 0);
  }

  function runTimeout(timer) {
    try {
      const args = timer._timerArgs;
      if (args === void 0) timer._onTimeout();
      else ReflectApply(timer._onTimeout, timer, args);
    } catch (e) {
      internal.loopThrew(e);
    }
    if (pending) runTicks();
  }

  function runImmediate0(immediate) {
    try {
      immediate._onImmediate();
    } catch (e) {
      internal.loopThrew(e);
    }
    if (pending) runTicks();
  }

  function runImmediate(immediate) {
    try {
      const argv = immediate._argv;
      if (!argv) immediate._onImmediate();
      else immediate._onImmediate(...argv);
    } catch (e) {
      internal.loopThrew(e);
    }
    if (pending) runTicks();
  }

  // rethrow gives Go the exception as goja would have: an Error keeps the
  // stack it was made with, and the program's throw site is on record
  // (errors_throw.go).
  function rethrow(e) {
    throw e;
  }

  // A throw inside a microtask is an uncaught exception, not a rejection.
  const resolved = Promise.resolve();
  const then = Promise.prototype.then;
  function queueMicrotask(callback) {
    if (typeof callback !== 'function') {
      throw internal.invalidArgType('callback', 'function', callback);
    }
    Reflect.apply(then, resolved, [() => {
      try {
        callback();
      } catch (e) {
        internal.reportUncaught(e);
      }
    }]);
  }

  return { nextTick, runTicks, runGo, invoke, runTimeout0, runTimeout, runImmediate0, runImmediate, rethrow, queueMicrotask };
})
