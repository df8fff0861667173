// node:events. EventEmitter is a plain constructor function, not a class,
// because a great deal of npm code still does `EventEmitter.call(this)` and
// util.inherits; its observable layout (_events as a null-prototype object
// holding a function or an array, _eventsCount, _maxListeners, the
// shapeMode/kCapture symbols) matches Node's so util.inspect and code that
// peeks at _events see what they see under Node.
//
// errors: js/events_errors.js. host: { process() } returns the process object
// once it exists (warnings and captureRejections go through it).
// targetHooks: an object shared with js/abort.js, which fills in how to see
// an EventTarget's listeners; this file adds defaultMaxListeners for it.
// Neither file loads the other.
(function (internal, errors, host, targetHooks) {
  'use strict';

  const {
    makeError, inspect, validateFunction, validateBoolean, validateNumber,
    invalidArgType, outOfRange, validateAbortSignal, validateObject, AbortError,
  } = errors;

  const kCapture = Symbol('kCapture');
  const kShapeMode = Symbol('shapeMode');
  const kErrorMonitor = Symbol('events.errorMonitor');
  const kRejection = Symbol.for('nodejs.rejection');
  const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
  const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
  // For the uncaught-exception report (mod_events.go, eventsFatal): a
  // function giving the stack Node prints for an 'error' emitted with no
  // listener, and Node's throw site for ERR_UNHANDLED_ERROR.
  const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
  const kFatalSite = Symbol('kFatalSite');
  // goja has no Symbol.asyncIterator; esbuild's lowered for-await falls
  // back to this registered symbol, so iterators carry it too.
  const kAsyncIterator = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');
  const kDispose = Symbol.dispose || Symbol.for('Symbol.dispose');

  let defaultMaxListeners = 10;

  function nextTick(fn, ...args) {
    const proc = host.process();
    if (proc && typeof proc.nextTick === 'function') proc.nextTick(fn, ...args);
    else Promise.resolve().then(() => fn(...args));
  }

  function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
  }

  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;
  Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true, enumerable: false });

  EventEmitter.init = function (opts) {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
    } else {
      this[kShapeMode] = true;
    }
    this._maxListeners = this._maxListeners || undefined;
    if (opts && opts.captureRejections) {
      validateBoolean(opts.captureRejections, 'options.captureRejections');
      this[kCapture] = Boolean(opts.captureRejections);
    } else {
      this[kCapture] = EventEmitter.prototype[kCapture];
    }
  };

  function addCatch(that, promise, type, args) {
    if (!that[kCapture]) return;
    try {
      const then = promise.then;
      if (typeof then === 'function') {
        then.call(promise, undefined, function (err) {
          nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
        });
      }
    } catch (err) {
      that.emit('error', err);
    }
  }

  function emitUnhandledRejectionOrErr(ee, err, type, args) {
    if (typeof ee[kRejection] === 'function') {
      ee[kRejection](err, type, ...args);
    } else {
      const prev = ee[kCapture];
      try {
        ee[kCapture] = false;
        ee.emit('error', err);
      } finally {
        ee[kCapture] = prev;
      }
    }
  }

  EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
    validateNumber(n, 'setMaxListeners', 0);
    this._maxListeners = n;
    return this;
  };

  function getMaxListenersOf(that) {
    if (that._maxListeners === undefined) return defaultMaxListeners;
    return that._maxListeners;
  }

  EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
    return getMaxListenersOf(this);
  };

  EventEmitter.prototype.emit = function emit(type, ...args) {
    let doError = type === 'error';
    const events = this._events;
    if (events !== undefined) {
      if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
      doError = doError && events.error === undefined;
    } else if (!doError) {
      return false;
    }

    if (doError) {
      const er = args.length > 0 ? args[0] : undefined;
      if (er instanceof Error) {
        const emitter = this;
        const own = String(new Error().stack);
        try {
          Object.defineProperty(er, kEnhanceStackBeforeInspector, {
            value: () => enhanceStack(emitter, er, own),
            configurable: true,
          });
        } catch {
          // A frozen error keeps its stack.
        }
        throw er;
      }
      let shown;
      try {
        shown = inspect(er);
      } catch {
        shown = er;
      }
      const err = makeError(Error, 'ERR_UNHANDLED_ERROR', `Unhandled error. (${shown})`);
      err.context = er;
      Object.defineProperty(err, kFatalSite, {
        value: 'node:events:477\n  const err = new ERR_UNHANDLED_ERROR(stringifiedEr);\n              ^\n',
      });
      throw err;
    }

    const handler = events[type];
    if (handler === undefined) return false;
    if (typeof handler === 'function') {
      const result = handler.apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    } else {
      // A copy: listeners added or removed by a listener take effect on the
      // next emit, not this one.
      const listeners = handler.slice();
      for (let i = 0; i < listeners.length; ++i) {
        const result = listeners[i].apply(this, args);
        if (result !== undefined && result !== null) addCatch(this, result, type, args);
      }
    }
    return true;
  };

  // enhanceStack appends where the 'error' was emitted to the error's own
  // stack, as Node's fatal report shows it.
  function enhanceStack(emitter, err, own) {
    let ctorInfo = '';
    try {
      const { name } = emitter.constructor;
      if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
    } catch {
      // No constructor name to show.
    }
    // Drop this file's frames (emit itself) from the emit-site stack.
    const frames = own.split('\n').slice(1);
    let first = 0;
    while (first < frames.length && frames[first].includes('node:internal/events')) first++;
    // goja ends a stack with a line break; V8 does not.
    return `${String(err.stack).replace(/\n+$/, '')}\nEmitted 'error' event${ctorInfo} at:\n${frames.slice(first).join('\n')}`;
  }

  function emitLeakWarning(target, type, count, max) {
    const w = new Error(`Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
      `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = count;
    const proc = host.process();
    if (proc && typeof proc.emitWarning === 'function') proc.emitWarning(w);
  }

  function addListenerTo(target, type, listener, prepend) {
    validateFunction(listener, 'listener');
    let events = target._events;
    let existing;
    if (events === undefined) {
      events = target._events = { __proto__: null };
      target._eventsCount = 0;
    } else {
      if (events.newListener !== undefined) {
        target.emit('newListener', type, listener.listener ?? listener);
        // A newListener handler may have replaced _events.
        events = target._events;
      }
      existing = events[type];
    }

    if (existing === undefined) {
      events[type] = listener;
      ++target._eventsCount;
    } else {
      if (typeof existing === 'function') {
        existing = events[type] = prepend ? [listener, existing] : [existing, listener];
      } else if (prepend) {
        existing.unshift(listener);
      } else {
        existing.push(listener);
      }
      const m = getMaxListenersOf(target);
      if (m > 0 && existing.length > m && !existing.warned) {
        existing.warned = true;
        emitLeakWarning(target, type, existing.length, m);
      }
    }
    return target;
  }

  EventEmitter.prototype.addListener = function addListener(type, listener) {
    return addListenerTo(this, type, listener, false);
  };
  EventEmitter.prototype.on = EventEmitter.prototype.addListener;

  EventEmitter.prototype.prependListener = function prependListener(type, listener) {
    return addListenerTo(this, type, listener, true);
  };

  function onceWrap(target, type, listener) {
    let fired = false;
    function wrapper(...args) {
      if (fired) return;
      fired = true;
      target.removeListener(type, wrapper);
      return Reflect.apply(listener, target, args);
    }
    wrapper.listener = listener;
    return wrapper;
  }

  EventEmitter.prototype.once = function once(type, listener) {
    validateFunction(listener, 'listener');
    this.on(type, onceWrap(this, type, listener));
    return this;
  };

  EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
    validateFunction(listener, 'listener');
    this.prependListener(type, onceWrap(this, type, listener));
    return this;
  };

  EventEmitter.prototype.removeListener = function removeListener(type, listener) {
    validateFunction(listener, 'listener');
    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;

    if (list === listener || list.listener === listener) {
      this._eventsCount -= 1;
      if (this[kShapeMode]) {
        events[type] = undefined;
      } else if (this._eventsCount === 0) {
        this._events = { __proto__: null };
      } else {
        delete events[type];
        if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
      }
    } else if (typeof list !== 'function') {
      let position = -1;
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) {
          position = i;
          break;
        }
      }
      if (position < 0) return this;
      list.splice(position, 1);
      if (list.length === 1) events[type] = list[0];
      if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
    }
    return this;
  };
  EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

  EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;

    if (events.removeListener === undefined) {
      if (arguments.length === 0) {
        this._events = { __proto__: null };
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = { __proto__: null };
        else delete events[type];
      }
      this[kShapeMode] = false;
      return this;
    }

    // With removeListener listeners, every removal is announced, and
    // 'removeListener' itself goes last.
    if (arguments.length === 0) {
      for (const key of Reflect.ownKeys(events)) {
        if (key === 'removeListener') continue;
        this.removeAllListeners(key);
      }
      this.removeAllListeners('removeListener');
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
      return this;
    }

    const listeners = events[type];
    if (typeof listeners === 'function') {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
    }
    return this;
  };

  function listenersOf(target, type, unwrap) {
    const events = target._events;
    if (events === undefined) return [];
    const l = events[type];
    if (l === undefined) return [];
    if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
    return unwrap ? l.map((f) => f.listener || f) : l.slice();
  }

  EventEmitter.prototype.listeners = function listeners(type) {
    return listenersOf(this, type, true);
  };

  EventEmitter.prototype.rawListeners = function rawListeners(type) {
    return listenersOf(this, type, false);
  };

  function listenerCount(type, listener) {
    const events = this._events;
    if (events !== undefined) {
      const l = events[type];
      if (typeof l === 'function') {
        if (listener != null) return listener === l || listener === l.listener ? 1 : 0;
        return 1;
      } else if (l !== undefined) {
        if (listener != null) {
          let n = 0;
          for (const f of l) if (f === listener || f.listener === listener) n++;
          return n;
        }
        return l.length;
      }
    }
    return 0;
  }
  EventEmitter.prototype.listenerCount = listenerCount;

  EventEmitter.prototype.eventNames = function eventNames() {
    return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
  };

  targetHooks.defaultMaxListeners = () => defaultMaxListeners;
  const isEventTarget = (t) => typeof targetHooks.isEventTarget === 'function' && targetHooks.isEventTarget(t);

  function getEventListeners(emitterOrTarget, type) {
    if (emitterOrTarget != null && typeof emitterOrTarget.listeners === 'function') {
      return emitterOrTarget.listeners(type);
    }
    if (isEventTarget(emitterOrTarget)) return targetHooks.listeners(emitterOrTarget, type);
    throw invalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  function getMaxListeners(emitterOrTarget) {
    if (emitterOrTarget != null && typeof emitterOrTarget.getMaxListeners === 'function') {
      return getMaxListenersOf(emitterOrTarget);
    }
    if (isEventTarget(emitterOrTarget)) return targetHooks.getMax(emitterOrTarget);
    throw invalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
    validateNumber(n, 'setMaxListeners', 0);
    if (eventTargets.length === 0) {
      defaultMaxListeners = n;
      return;
    }
    for (const target of eventTargets) {
      if (isEventTarget(target)) {
        targetHooks.setMax(target, n);
      } else if (target != null && typeof target.setMaxListeners === 'function') {
        target.setMaxListeners(n);
      } else {
        throw invalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], target);
      }
    }
  }

  function addEventListenerLike(emitter, name, listener, flags) {
    if (typeof emitter.on === 'function') {
      if (flags && flags.once) emitter.once(name, listener);
      else emitter.on(name, listener);
    } else if (typeof emitter.addEventListener === 'function') {
      emitter.addEventListener(name, listener, flags);
    } else {
      throw invalidArgType('emitter', 'EventEmitter', emitter);
    }
  }

  function removeEventListenerLike(emitter, name, listener, flags) {
    if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
    else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener, flags);
    else throw invalidArgType('emitter', 'EventEmitter', emitter);
  }

  function addAbortListener(signal, listener) {
    if (signal === undefined) throw invalidArgType('signal', 'AbortSignal', signal);
    validateAbortSignal(signal, 'signal');
    validateFunction(listener, 'listener');
    let removeEventListener;
    if (signal.aborted) {
      nextTick(() => listener());
    } else {
      signal.addEventListener('abort', listener, { once: true });
      removeEventListener = () => signal.removeEventListener('abort', listener);
    }
    return {
      __proto__: null,
      [kDispose]() { removeEventListener?.(); },
    };
  }

  // once is an async function in Node: bad arguments reject, never throw.
  function once(emitter, name, options = {}) {
    try {
      validateObject(options, 'options');
      validateAbortSignal(options.signal, 'options.signal');
    } catch (err) {
      return Promise.reject(err);
    }
    const signal = options.signal;
    if (signal && signal.aborted) {
      return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    }
    return new Promise((resolve, reject) => {
      const errorListener = (err) => {
        removeEventListenerLike(emitter, name, resolver);
        if (signal != null) signal.removeEventListener('abort', abortListener);
        reject(err);
      };
      const resolver = (...args) => {
        if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
        if (signal != null) signal.removeEventListener('abort', abortListener);
        resolve(args);
      };
      const flags = { __proto__: null, once: true };
      addEventListenerLike(emitter, name, resolver, flags);
      if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
      function abortListener() {
        removeEventListenerLike(emitter, name, resolver);
        if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
        reject(new AbortError(undefined, { cause: signal && signal.reason }));
      }
      if (signal != null) signal.addEventListener('abort', abortListener, { __proto__: null, once: true });
    });
  }

  // events.on: an async iterator over emitted events. Unbounded buffering
  // (no highWaterMark back-pressure), as Node does without those options.
  function on(emitter, event, options = {}) {
    validateObject(options, 'options');
    const signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
    const closeEvents = options.close || [];

    const unconsumedEvents = [];
    const unconsumedPromises = [];
    let error = null;
    let finished = false;

    const eventHandler = (...args) => {
      const p = unconsumedPromises.shift();
      if (p) p.resolve({ done: false, value: args });
      else unconsumedEvents.push(args);
    };
    const errorHandler = (err) => {
      const p = unconsumedPromises.shift();
      if (p) p.reject(err);
      else error = err;
      iterator.return();
    };
    const closeHandler = () => { closeIteration(); };
    const abortListener = () => errorHandler(new AbortError(undefined, { cause: signal && signal.reason }));

    function closeIteration() {
      removeEventListenerLike(emitter, event, eventHandler);
      if (event !== 'error' && typeof emitter.removeListener === 'function') emitter.removeListener('error', errorHandler);
      for (const ce of closeEvents) removeEventListenerLike(emitter, ce, closeHandler);
      if (signal) signal.removeEventListener('abort', abortListener);
      finished = true;
      const done = { done: true, value: undefined };
      while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
      return Promise.resolve(done);
    }

    // goja has no async generators, hence no %AsyncIteratorPrototype% to
    // inherit from; Symbol.asyncIterator below is what for-await needs.
    const iterator = {
      next() {
        if (unconsumedEvents.length > 0) return Promise.resolve({ done: false, value: unconsumedEvents.shift() });
        if (error) {
          const p = Promise.reject(error);
          error = null;
          return p;
        }
        if (finished) return closeIteration();
        return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
      },
      return() { return closeIteration(); },
      throw(err) {
        if (!err || !(err instanceof Error)) throw invalidArgType('EventEmitter.AsyncIterator', 'Error', err);
        errorHandler(err);
      },
      [kAsyncIterator]() { return this; },
    };

    addEventListenerLike(emitter, event, eventHandler);
    if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', errorHandler);
    for (const ce of closeEvents) addEventListenerLike(emitter, ce, closeHandler);
    if (signal) signal.addEventListener('abort', abortListener, { once: true });
    return iterator;
  }

  function staticListenerCount(emitter, type) {
    if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
    return listenerCount.call(emitter, type);
  }

  // EventEmitterAsyncResource is built on async_hooks' AsyncResource in
  // Node; tsrun has no async_hooks, so the resource here only numbers
  // itself and runs listeners directly (no async context to restore).
  let asyncIds = 1;
  let AsyncResourceEmitter;
  function makeAsyncResourceEmitter() {
    const kResource = Symbol('kAsyncResource');
    class EventEmitterReferencingAsyncResource {
      #id = ++asyncIds;
      #emitter;
      constructor(ee) {
        this.#emitter = ee;
      }
      asyncId() { return this.#id; }
      triggerAsyncId() { return 1; }
      get eventEmitter() { return this.#emitter; }
      runInAsyncScope(fn, thisArg, ...args) { return Reflect.apply(fn, thisArg, args); }
      emitDestroy() { return this; }
    }
    class EventEmitterAsyncResource extends EventEmitter {
      constructor(options = undefined) {
        let name;
        if (typeof options === 'string') {
          name = options;
          options = undefined;
        } else {
          if (new.target === EventEmitterAsyncResource) validateObject(options ?? {}, 'options');
          name = options?.name ?? new.target.name;
          if (typeof name !== 'string') throw invalidArgType('options.name', 'string', name);
        }
        super(options);
        Object.defineProperty(this, kResource, { value: new EventEmitterReferencingAsyncResource(this) });
      }
      emit(event, ...args) {
        return this[kResource].runInAsyncScope(EventEmitter.prototype.emit, this, event, ...args);
      }
      emitDestroy() { this[kResource].emitDestroy(); }
      get asyncId() { return this[kResource].asyncId(); }
      get triggerAsyncId() { return this[kResource].triggerAsyncId(); }
      get asyncResource() { return this[kResource]; }
    }
    return EventEmitterAsyncResource;
  }

  Object.defineProperty(EventEmitter, 'addAbortListener', { value: addAbortListener, writable: true, enumerable: true, configurable: true });
  EventEmitter.once = once;
  EventEmitter.on = on;
  EventEmitter.getEventListeners = getEventListeners;
  EventEmitter.getMaxListeners = getMaxListeners;
  EventEmitter.listenerCount = staticListenerCount;
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.usingDomains = false;
  EventEmitter.captureRejectionSymbol = kRejection;
  Object.defineProperties(EventEmitter, {
    captureRejections: {
      get() { return EventEmitter.prototype[kCapture]; },
      set(value) {
        validateBoolean(value, 'EventEmitter.captureRejections');
        EventEmitter.prototype[kCapture] = value;
      },
      enumerable: true,
    },
    EventEmitterAsyncResource: {
      enumerable: true,
      configurable: true,
      get() {
        AsyncResourceEmitter ??= makeAsyncResourceEmitter();
        return AsyncResourceEmitter;
      },
      set(value) {
        Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', { value, writable: true, enumerable: true, configurable: true });
      },
    },
    errorMonitor: { value: kErrorMonitor, writable: false, configurable: true, enumerable: true },
    defaultMaxListeners: {
      enumerable: true,
      get() { return defaultMaxListeners; },
      set(arg) {
        validateNumber(arg, 'defaultMaxListeners', 0);
        defaultMaxListeners = arg;
      },
    },
    kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false },
    kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false },
  });

  EventEmitter.setMaxListeners = setMaxListeners;
  // init was defined early (the constructor needs it); move it last, as Node lists it.
  const init = EventEmitter.init;
  delete EventEmitter.init;
  EventEmitter.init = init;

  return {
    EventEmitter, kMaxEventTargetListeners, kMaxEventTargetListenersWarned,
    kEnhanceStackBeforeInspector, kFatalSite,
  };
})
