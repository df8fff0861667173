// node:timers and node:timers/promises. The callback timers are the
// loop's own (js/timers.js, the globals); this file adds the promise forms,
// whose contract is mostly validation and abort handling: bad options
// reject (they never throw), an aborted signal rejects with Node's
// AbortError whose cause is the signal's reason, and `ref: false` unrefs
// the underlying timer.
//
// errors: js/events_errors.js; timers: js/timers.js's exports.
(function (internal, errors, timers) {
  'use strict';

  const { invalidArgType, validateObject, validateAbortSignal, validateBoolean, AbortError } = errors;
  const { setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval } = timers;

  // checkOptions returns an error (to reject with) or undefined.
  function checkOptions(options) {
    try {
      validateObject(options, 'options');
      const { signal, ref = true } = options;
      validateAbortSignal(signal, 'options.signal');
      validateBoolean(ref, 'options.ref');
    } catch (err) {
      return err;
    }
    return undefined;
  }

  const abortErrorFor = (signal) => new AbortError(undefined, { cause: signal.reason });

  function cancellable(start, clear, options) {
    const { signal, ref = true } = options;
    if (signal && signal.aborted) return Promise.reject(abortErrorFor(signal));
    let onAbort;
    const promise = new Promise((resolve, reject) => {
      const handle = start(resolve);
      if (!ref && handle && typeof handle.unref === 'function') handle.unref();
      if (signal) {
        onAbort = () => {
          clear(handle);
          reject(abortErrorFor(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
    if (!signal) return promise;
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    return promise.then((v) => {
      cleanup();
      return v;
    }, (e) => {
      cleanup();
      throw e;
    });
  }

  function setTimeoutPromise(delay, value, options = {}) {
    try {
      if (delay !== undefined && typeof delay !== 'number') throw invalidArgType('delay', 'number', delay);
    } catch (err) {
      return Promise.reject(err);
    }
    const err = checkOptions(options);
    if (err) return Promise.reject(err);
    return cancellable((resolve) => setTimeout(() => resolve(value), delay), clearTimeout, options);
  }

  function setImmediatePromise(value, options = {}) {
    const err = checkOptions(options);
    if (err) return Promise.reject(err);
    return cancellable((resolve) => setImmediate(() => resolve(value)), clearImmediate, options);
  }

  // setInterval is an async generator in Node; goja has none, so this is the
  // same state machine by hand: ticks that arrive before next() are counted,
  // and each next() consumes one.
  function setIntervalIterator(delay, value, options = {}) {
    let pendingError = checkOptions(options);
    const { signal, ref = true } = pendingError ? {} : options;
    if (!pendingError && signal && signal.aborted) pendingError = abortErrorFor(signal);
    let ticks = 0;
    let waiter = null;
    let done = false;
    let handle;
    let onAbort;

    const finish = () => {
      done = true;
      if (handle !== undefined) clearInterval(handle);
      if (signal && onAbort) signal.removeEventListener('abort', onAbort);
    };

    const start = () => {
      if (handle !== undefined || done || pendingError) return;
      handle = setInterval(() => {
        ticks++;
        if (waiter) {
          const w = waiter;
          waiter = null;
          ticks--;
          w.resolve({ value, done: false });
        }
      }, delay);
      if (!ref) handle.unref();
      if (signal) {
        onAbort = () => {
          const err = abortErrorFor(signal);
          finish();
          if (waiter) {
            const w = waiter;
            waiter = null;
            w.reject(err);
          } else {
            pendingError = err;
          }
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    };

    const iterator = {
      next() {
        if (pendingError) {
          const err = pendingError;
          pendingError = null;
          finish();
          return Promise.reject(err);
        }
        if (done) return Promise.resolve({ value: undefined, done: true });
        start();
        if (ticks > 0) {
          ticks--;
          return Promise.resolve({ value, done: false });
        }
        return new Promise((resolve, reject) => { waiter = { resolve, reject }; });
      },
      return(v) {
        finish();
        if (waiter) {
          const w = waiter;
          waiter = null;
          w.resolve({ value: undefined, done: true });
        }
        return Promise.resolve({ value: v, done: true });
      },
      throw(err) {
        finish();
        return Promise.reject(err);
      },
      [Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator')]() { return this; },
    };
    Object.defineProperty(iterator, Symbol.toStringTag, { value: 'AsyncGenerator', configurable: true });
    return iterator;
  }

  class Scheduler {
    constructor() {
      throw new TypeError('Illegal constructor');
    }
    yield() {
      return setImmediatePromise();
    }
    wait(delay, options) {
      return setTimeoutPromise(delay, undefined, options);
    }
  }
  const scheduler = Object.create(Scheduler.prototype);

  const promises = {
    setTimeout: setTimeoutPromise,
    setImmediate: setImmediatePromise,
    setInterval: setIntervalIterator,
    scheduler,
  };
  Object.defineProperty(promises.setTimeout, 'name', { value: 'setTimeout' });
  Object.defineProperty(promises.setImmediate, 'name', { value: 'setImmediate' });
  Object.defineProperty(promises.setInterval, 'name', { value: 'setInterval' });

  const timersModule = {
    setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval, promises,
  };
  return { timers: timersModule, promises };
})
