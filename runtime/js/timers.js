// Timeout and Immediate objects with Node's fields and methods. The
// schedule itself (heap, immediate queue, refs) lives in Go (timers.go);
// these objects carry the callback and the handle id.
(function (internal) {
  'use strict';
  const TIMEOUT_MAX = 2 ** 31 - 1;
  const kHandle = Symbol('handle');
  const kHasPrimitive = Symbol('kHasPrimitive');
  const kRefed = Symbol('refed');
  // Timers whose id was read through Symbol.toPrimitive can be cleared by
  // that number, as in Node.
  const knownById = new Map();

  function coerceDelay(after) {
    const isNum = typeof after === 'number';
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        internal.warn(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, 'TimeoutOverflowWarning');
      } else if (after < 0) {
        internal.warn(`${after} is a negative number.\nTimeout duration was set to 1.`, 'TimeoutNegativeWarning');
      } else if (isNum && after !== after) {
        internal.warn(`${after} is not a number.\nTimeout duration was set to 1.`, 'TimeoutNaNWarning');
      }
      after = 1;
    }
    return after;
  }

  class Timeout {
    constructor(callback, after, args, isRepeat, isRefed) {
      after = coerceDelay(after);
      this._idleTimeout = after;
      this._idlePrev = this;
      this._idleNext = this;
      this._idleStart = null;
      this._onTimeout = callback;
      this._timerArgs = args;
      this._repeat = isRepeat ? after : null;
      this._destroyed = false;
      Object.defineProperty(this, kHandle, { value: 0, writable: true });
      Object.defineProperty(this, kRefed, { value: isRefed, writable: true });
      this[kHandle] = internal.timerStart(this, after, isRepeat ? after : 0, isRefed);
    }

    // refresh re-arms the timer from now, even one that already fired
    // (as in Node), but not one that was cleared.
    refresh() {
      if (this._onTimeout === null) return this;
      if (!internal.timerRefresh(this[kHandle])) {
        if (this[kHasPrimitive]) knownById.delete(this[kHandle]);
        this._destroyed = false;
        this[kHandle] = internal.timerStart(this, this._idleTimeout, this._repeat === null ? 0 : this._repeat, this[kRefed]);
        if (this[kHasPrimitive]) knownById.set(this[kHandle], this);
      }
      return this;
    }

    unref() {
      this[kRefed] = false;
      internal.timerRef(this[kHandle], false);
      return this;
    }

    ref() {
      this[kRefed] = true;
      internal.timerRef(this[kHandle], true);
      return this;
    }

    hasRef() {
      return this[kRefed];
    }

    close() {
      clearTimeout(this);
      return this;
    }

    [Symbol.toPrimitive]() {
      const id = this[kHandle];
      if (!this[kHasPrimitive]) {
        Object.defineProperty(this, kHasPrimitive, { value: true });
        knownById.set(id, this);
      }
      return id;
    }

    [Symbol.dispose]() {
      clearTimeout(this);
    }
  }

  class Immediate {
    constructor(callback, args) {
      this._idleNext = null;
      this._idlePrev = null;
      this._onImmediate = callback;
      this._argv = args;
      this._destroyed = false;
      Object.defineProperty(this, kHandle, { value: 0, writable: true });
      this[kHandle] = internal.immediateStart(this);
    }

    ref() {
      internal.immediateRef(this[kHandle], true);
      return this;
    }

    unref() {
      internal.immediateRef(this[kHandle], false);
      return this;
    }

    hasRef() {
      return internal.immediateHasRef(this[kHandle]);
    }

    [Symbol.dispose]() {
      clearImmediate(this);
    }
  }

  function checkCallback(callback) {
    if (typeof callback !== 'function') {
      throw internal.invalidArgType('callback', 'function', callback);
    }
  }

  function setTimeout(callback, after, ...args) {
    checkCallback(callback);
    return new Timeout(callback, after, args.length ? args : undefined, false, true);
  }

  function setInterval(callback, repeat, ...args) {
    checkCallback(callback);
    return new Timeout(callback, repeat, args.length ? args : undefined, true, true);
  }

  function clearTimeout(timer) {
    if (timer && timer._onTimeout) {
      timer._onTimeout = null;
      timer._idleTimeout = -1;
      timer._destroyed = true;
      if (timer[kHasPrimitive]) knownById.delete(timer[kHandle]);
      internal.timerClear(timer[kHandle]);
      return;
    }
    if (typeof timer === 'number' || typeof timer === 'string') {
      const t = knownById.get(+timer);
      if (t !== undefined) clearTimeout(t);
    }
  }

  function setImmediate(callback, ...args) {
    checkCallback(callback);
    return new Immediate(callback, args.length ? args : undefined);
  }

  function clearImmediate(immediate) {
    if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
    immediate._destroyed = true;
    immediate._onImmediate = null;
    internal.immediateClear(immediate[kHandle]);
  }

  // fired and immediateDone keep the objects' fields as Node leaves them.
  function fired(timer) {
    if (timer._repeat === null) {
      timer._destroyed = true;
      if (timer[kHasPrimitive]) knownById.delete(timer[kHandle]);
    }
  }

  function immediateDone(immediate) {
    immediate._destroyed = true;
  }

  return {
    setTimeout, clearTimeout, setInterval, clearInterval: clearTimeout,
    setImmediate, clearImmediate, Timeout, Immediate, fired, immediateDone,
  };
})
