// The web event model Node exposes as globals: DOMException, Event,
// CustomEvent, EventTarget, AbortController and AbortSignal. Written in JS
// like events.js, and wired into it (getEventListeners, setMaxListeners on
// an EventTarget) through targetHooks, an object both files share: neither
// loads the other, so `new AbortController()` does not compile events.js.
//
// errors: js/events_errors.js; host: { process(), now(), setTimeout(fn, ms)
// → unref'd Timeout }.
(function (internal, errors, targetHooks, host) {
  'use strict';

  const { makeError, invalidArgType, validateObject, validateAbortSignal } = errors;

  // ---- DOMException ----

  const domCodes = [
    ['IndexSizeError', 'INDEX_SIZE_ERR'], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
    ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
    ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
    ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 'NOT_FOUND_ERR'],
    ['NotSupportedError', 'NOT_SUPPORTED_ERR'], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
    ['InvalidStateError', 'INVALID_STATE_ERR'], ['SyntaxError', 'SYNTAX_ERR'],
    ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'], ['NamespaceError', 'NAMESPACE_ERR'],
    ['InvalidAccessError', 'INVALID_ACCESS_ERR'], ['ValidationError', 'VALIDATION_ERR'],
    ['TypeMismatchError', 'TYPE_MISMATCH_ERR'], ['SecurityError', 'SECURITY_ERR'],
    ['NetworkError', 'NETWORK_ERR'], ['AbortError', 'ABORT_ERR'], ['URLMismatchError', 'URL_MISMATCH_ERR'],
    ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'], ['TimeoutError', 'TIMEOUT_ERR'],
    ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'], ['DataCloneError', 'DATA_CLONE_ERR'],
  ];
  const codeOfName = new Map(domCodes.map(([name], i) => [name, i + 1]));

  class DOMException {
    #name;
    #message;
    constructor(message = '', options = 'Error') {
      this.#message = `${message}`;
      let cause;
      let hasCause = false;
      if (options !== null && typeof options === 'object') {
        this.#name = 'name' in options ? `${options.name}` : 'Error';
        hasCause = 'cause' in options;
        cause = options.cause;
      } else {
        this.#name = `${options}`;
      }
      // goja has no Error.captureStackTrace: borrow an Error's frames.
      const frames = String(new Error().stack);
      const nl = frames.indexOf('\n');
      Object.defineProperty(this, 'stack', {
        value: `${this.#name}: ${this.#message}${nl >= 0 ? frames.slice(nl) : ''}`,
        writable: true, enumerable: false, configurable: true,
      });
      if (hasCause) {
        Object.defineProperty(this, 'cause', { value: cause, writable: true, enumerable: false, configurable: true });
      }
    }
    get name() { return this.#name; }
    get message() { return this.#message; }
    get code() { return codeOfName.get(this.#name) || 0; }
  }
  Object.setPrototypeOf(DOMException.prototype, Error.prototype);
  Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
  for (const key of ['name', 'message', 'code']) {
    Object.defineProperty(DOMException.prototype, key, { enumerable: true });
  }
  domCodes.forEach(([, constant], i) => {
    const desc = { value: i + 1, enumerable: true, writable: false, configurable: false };
    Object.defineProperty(DOMException, constant, desc);
    Object.defineProperty(DOMException.prototype, constant, desc);
  });

  const kInspect = Symbol.for('nodejs.util.inspect.custom');
  const inspectOf = (fn) => (typeof fn === 'function' ? fn : errors.inspect);
  const className = (that, fallback) => {
    const proto = Object.getPrototypeOf(that);
    return (proto && proto.constructor && proto.constructor.name) || fallback;
  };
  const childOpts = (options) =>
    Object.assign({}, options, { depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth });

  // ---- Event ----

  const kTrusted = Symbol('kTrusted');
  const kStop = Symbol('kStop');

  function missingArgs(...names) {
    const q = names.map((n) => `"${n}"`);
    let list;
    if (q.length === 1) list = `${q[0]} argument`;
    else if (q.length === 2) list = `${q[0]} and ${q[1]} arguments`;
    else list = `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]} arguments`;
    return makeError(TypeError, 'ERR_MISSING_ARGS', `The ${list} must be specified`);
  }
  function invalidThis(type) {
    return makeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
  }

  const eventState = new WeakMap();
  function stateOf(event, method) {
    const s = eventState.get(event);
    if (s === undefined) throw invalidThis('Event');
    return s;
  }

  class Event {
    constructor(type, options = undefined) {
      if (arguments.length === 0) throw missingArgs('type');
      if (options != null && typeof options !== 'object' && typeof options !== 'function') {
        throw invalidArgType('options', 'object', options);
      }
      const opts = options || {};
      eventState.set(this, {
        type: `${type}`,
        bubbles: !!opts.bubbles,
        cancelable: !!opts.cancelable,
        composed: !!opts.composed,
        defaultPrevented: false,
        timeStamp: host.now(),
        target: null,
        currentTarget: null,
        phase: 0,
        propagationStopped: false,
        stopImmediate: false,
        dispatching: false,
        trusted: !!(options && options[kTrusted]),
      });
    }
    initEvent(type, bubbles = false, cancelable = false) {
      if (arguments.length === 0) throw missingArgs('type');
      const s = stateOf(this);
      if (s.dispatching) return;
      s.type = `${type}`;
      s.bubbles = !!bubbles;
      s.cancelable = !!cancelable;
    }
    stopImmediatePropagation() { const s = stateOf(this); s.propagationStopped = true; s.stopImmediate = true; }
    preventDefault() { stateOf(this).defaultPrevented = true; }
    get target() { return stateOf(this).target; }
    get currentTarget() { return stateOf(this).currentTarget; }
    get srcElement() { return stateOf(this).target; }
    get type() { return stateOf(this).type; }
    get cancelable() { return stateOf(this).cancelable; }
    get defaultPrevented() { const s = stateOf(this); return s.cancelable && s.defaultPrevented; }
    get timeStamp() { return stateOf(this).timeStamp; }
    composedPath() { const s = stateOf(this); return s.dispatching && s.currentTarget ? [s.currentTarget] : []; }
    get returnValue() { const s = stateOf(this); return !(s.cancelable && s.defaultPrevented); }
    get bubbles() { return stateOf(this).bubbles; }
    get composed() { return stateOf(this).composed; }
    get eventPhase() { return stateOf(this).phase; }
    get cancelBubble() { return stateOf(this).propagationStopped; }
    set cancelBubble(value) { if (value) stateOf(this).propagationStopped = true; }
    stopPropagation() { stateOf(this).propagationStopped = true; }
    get isTrusted() { return eventState.get(this)?.trusted ?? false; }
  }
  for (const key of Object.getOwnPropertyNames(Event.prototype)) {
    if (key !== 'constructor') Object.defineProperty(Event.prototype, key, { enumerable: true });
  }
  Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });
  Object.defineProperty(Event.prototype, kInspect, {
    value: function (depth, options, inspectFn) {
      const s = stateOf(this);
      const name = className(this, 'Event');
      if (depth < 0) return name;
      return `${name} ${inspectOf(inspectFn)({
        type: s.type, defaultPrevented: s.cancelable && s.defaultPrevented, cancelable: s.cancelable, timeStamp: s.timeStamp,
      }, childOpts(options))}`;
    },
    writable: true, configurable: true,
  });
  [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]].forEach(([k, v]) => {
    const desc = { value: v, enumerable: true, writable: false, configurable: false };
    Object.defineProperty(Event, k, desc);
  });

  class CustomEvent extends Event {
    #detail;
    constructor(type, options = undefined) {
      if (arguments.length === 0) throw missingArgs('type');
      super(type, options);
      this.#detail = options?.detail ?? null;
    }
    get detail() { return this.#detail; }
  }
  Object.defineProperty(CustomEvent.prototype, 'detail', { enumerable: true });
  Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

  // ---- EventTarget ----

  const kListeners = Symbol('kEvents');
  const kMax = Symbol('kMaxEventTargetListeners');
  const kWarned = Symbol('kMaxEventTargetListenersWarned');
  const targets = new WeakSet();

  function reportError(err) {
    // A throwing listener does not stop the dispatch: the error surfaces
    // as an uncaught exception on the next tick, as in Node.
    const proc = host.process();
    const raise = () => { throw err; };
    if (proc && typeof proc.nextTick === 'function') proc.nextTick(raise);
    else Promise.resolve().then(raise);
  }

  function flattenOptions(options) {
    if (options == null) return { once: false, capture: false, passive: false, signal: undefined };
    if (typeof options === 'boolean') return { once: false, capture: options, passive: false, signal: undefined };
    validateObject(options, 'options');
    return {
      once: Boolean(options.once),
      capture: Boolean(options.capture),
      passive: Boolean(options.passive),
      signal: options.signal,
    };
  }

  function validListener(listener) {
    return typeof listener === 'function' ||
      (listener != null && typeof listener === 'object' && typeof listener.handleEvent === 'function') ||
      (listener != null && typeof listener === 'object');
  }

  class EventTarget {
    constructor() {
      initTarget(this);
    }

    addEventListener(type, listener, options = undefined) {
      if (!targets.has(this)) throw invalidThis('EventTarget');
      if (arguments.length < 2) throw missingArgs('type', 'listener');
      const { once, capture, passive, signal } = flattenOptions(options);
      validateAbortSignal(signal, 'options.signal');
      if (!validListener(listener)) {
        // Node warns, as browsers silently ignore it.
        const w = new Error(`addEventListener called with ${listener} which has no effect.`);
        w.name = 'AddEventListenerArgumentTypeWarning';
        w.target = this;
        w.type = type;
        const proc = host.process();
        if (proc && typeof proc.emitWarning === 'function') proc.emitWarning(w);
        return;
      }
      type = typeof type === 'symbol' ? type : `${type}`;
      if (signal && signal.aborted) return;
      let list = this[kListeners].get(type);
      if (list === undefined) {
        list = [];
        this[kListeners].set(type, list);
      }
      if (list.some((e) => e.listener === listener && e.capture === capture)) return;
      const entry = { listener, capture, once, passive, removed: false, signal };
      list.push(entry);
      if (signal) {
        entry.onAbort = () => this.removeEventListener(type, listener, { capture });
        signal.addEventListener('abort', entry.onAbort, { once: true });
      }
      const max = this[kMax];
      if (max > 0 && list.length > max && !this[kWarned]) {
        this[kWarned] = true;
        const w = new Error(`Possible EventTarget memory leak detected. ${list.length} ${String(type)} listeners added to ` +
          `${errors.inspect(this, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
        w.name = 'MaxListenersExceededWarning';
        w.target = this;
        w.type = type;
        w.count = list.length;
        const proc = host.process();
        if (proc && typeof proc.emitWarning === 'function') proc.emitWarning(w);
      }
    }

    removeEventListener(type, listener, options = undefined) {
      if (!targets.has(this)) throw invalidThis('EventTarget');
      if (arguments.length < 2) throw missingArgs('type', 'listener');
      const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
      type = typeof type === 'symbol' ? type : `${type}`;
      const list = this[kListeners].get(type);
      if (list === undefined) return;
      const i = list.findIndex((e) => e.listener === listener && e.capture === capture);
      if (i === -1) return;
      const [entry] = list.splice(i, 1);
      entry.removed = true;
      if (entry.signal && entry.onAbort) entry.signal.removeEventListener('abort', entry.onAbort);
      if (list.length === 0) this[kListeners].delete(type);
    }

    dispatchEvent(event) {
      if (!targets.has(this)) throw invalidThis('EventTarget');
      if (arguments.length < 1) throw missingArgs('event');
      if (!(event instanceof Event)) throw invalidArgType('event', 'Event', event);
      const s = eventState.get(event);
      if (s.dispatching) {
        throw makeError(Error, 'ERR_EVENT_RECURSION', `The event "${s.type}" is already being dispatched`);
      }
      s.dispatching = true;
      s.target = this;
      s.currentTarget = this;
      s.phase = 2;
      const list = this[kListeners].get(s.type);
      if (list !== undefined) {
        for (const entry of list.slice()) {
          if (entry.removed) continue;
          if (entry.once) this.removeEventListener(s.type, entry.listener, { capture: entry.capture });
          try {
            const l = entry.listener;
            let result;
            if (typeof l === 'function') result = l.call(this, event);
            else if (typeof l.handleEvent === 'function') result = l.handleEvent(event);
            if (result !== undefined && result !== null && typeof result.then === 'function') {
              result.then(undefined, reportError);
            }
          } catch (err) {
            reportError(err);
          }
          if (s.stopImmediate) break;
        }
      }
      s.currentTarget = null;
      s.phase = 0;
      s.dispatching = false;
      return !(s.cancelable && s.defaultPrevented);
    }
  }
  for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
    Object.defineProperty(EventTarget.prototype, key, { enumerable: true });
  }
  Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });
  Object.defineProperty(EventTarget.prototype, kInspect, {
    value: function (depth, options, inspectFn) {
      if (!targets.has(this)) throw invalidThis('EventTarget');
      const name = className(this, 'EventTarget');
      if (depth < 0) return name;
      return `${name} ${inspectOf(inspectFn)({}, childOpts(options))}`;
    },
    writable: true, configurable: true,
  });

  function initTarget(target) {
    targets.add(target);
    Object.defineProperty(target, kListeners, { value: new Map(), writable: false, enumerable: false, configurable: false });
    // events.defaultMaxListeners when node:events is loaded (it can only
    // have been changed then), else its initial 10.
    const max = typeof targetHooks.defaultMaxListeners === 'function' ? targetHooks.defaultMaxListeners() : 10;
    Object.defineProperty(target, kMax, { value: max, writable: true, enumerable: false, configurable: true });
    Object.defineProperty(target, kWarned, { value: false, writable: true, enumerable: false, configurable: true });
  }

  Object.assign(targetHooks, {
    isEventTarget: (t) => targets.has(t),
    listeners: (t, type) => (t[kListeners].get(type) || []).map((e) => e.listener),
    getMax: (t) => t[kMax],
    setMax: (t, n) => {
      t[kMax] = n;
      t[kWarned] = false;
    },
  });

  // ---- AbortSignal / AbortController ----

  const kAborted = Symbol('kAborted');
  const kReason = Symbol('kReason');
  const kOnAbort = Symbol('kOnAbort');
  let constructing = false;

  function newSignal() {
    constructing = true;
    try {
      return new AbortSignal();
    } finally {
      constructing = false;
    }
  }

  function abortSignal(signal, reason) {
    if (signal[kAborted]) return;
    signal[kAborted] = true;
    signal[kReason] = reason;
    const event = new Event('abort', { [kTrusted]: true });
    signal.dispatchEvent(event);
  }

  function checkSignal(that) {
    if (that == null || !(kAborted in that)) throw invalidThis('AbortSignal');
  }

  class AbortSignal extends EventTarget {
    constructor() {
      if (!constructing) throw makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
      super();
      Object.defineProperty(this, kAborted, { value: false, writable: true, enumerable: false });
      Object.defineProperty(this, kReason, { value: undefined, writable: true, enumerable: false });
      Object.defineProperty(this, kOnAbort, { value: null, writable: true, enumerable: false });
      // Signals are shared widely (one per request, many listeners):
      // Node never warns about their listener count.
      this[kMax] = 0;
    }
    get aborted() { checkSignal(this); return this[kAborted]; }
    get reason() { checkSignal(this); return this[kReason]; }
    throwIfAborted() {
      checkSignal(this);
      if (this[kAborted]) throw this[kReason];
    }
    get onabort() { checkSignal(this); return this[kOnAbort]; }
    set onabort(fn) {
      checkSignal(this);
      // The handler attribute is one listener slot, registered on first
      // assignment and kept in its place among the other listeners.
      if (this[kOnAbort] === null && !this[kOnAbortWrapper]) {
        const wrapper = (event) => {
          const h = this[kOnAbort];
          if (typeof h === 'function') return h.call(this, event);
        };
        Object.defineProperty(this, kOnAbortWrapper, { value: wrapper, enumerable: false });
        this.addEventListener('abort', wrapper);
      }
      this[kOnAbort] = typeof fn === 'function' || (fn !== null && typeof fn === 'object') ? fn : null;
    }

    static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
      const signal = newSignal();
      signal[kAborted] = true;
      signal[kReason] = reason;
      return signal;
    }

    static timeout(delay) {
      if (typeof delay !== 'number') throw invalidArgType('delay', 'number', delay);
      if (!Number.isInteger(delay)) throw errors.outOfRange('delay', 'an integer', delay);
      if (delay < 0 || delay > 4294967295) throw errors.outOfRange('delay', '>= 0 && <= 4294967295', delay);
      const signal = newSignal();
      host.setTimeout(() => {
        abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
      }, delay);
      return signal;
    }

    static any(signals) {
      if (signals == null || typeof signals[Symbol.iterator] !== 'function') {
        throw invalidArgType('signals', 'Iterable', signals);
      }
      const sources = [...signals];
      sources.forEach((s, i) => {
        if (s == null || typeof s !== 'object' || !(kAborted in s)) {
          throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', `signals[${i}] is not of type AbortSignal.`);
        }
      });
      const result = newSignal();
      for (const s of sources) {
        if (s[kAborted]) {
          result[kAborted] = true;
          result[kReason] = s[kReason];
          return result;
        }
      }
      for (const s of sources) {
        s.addEventListener('abort', () => abortSignal(result, s[kReason]), { once: true });
      }
      return result;
    }
  }
  const kOnAbortWrapper = Symbol('kOnAbortWrapper');
  for (const key of ['aborted', 'reason', 'throwIfAborted', 'onabort']) {
    Object.defineProperty(AbortSignal.prototype, key, { enumerable: true });
  }
  for (const key of ['abort', 'timeout', 'any']) {
    Object.defineProperty(AbortSignal, key, { enumerable: true });
  }
  Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
  // AbortSignal and AbortController print one state field, as in Node.
  function customInspect(self, obj, depth, options, inspectFn) {
    if (depth < 0) return self;
    const opts = Object.assign({}, options, { depth: options.depth === null ? null : options.depth - 1 });
    return `${className(self, 'Object')} ${inspectOf(inspectFn)(obj, opts)}`;
  }
  Object.defineProperty(AbortSignal.prototype, kInspect, {
    value: function (depth, options, inspectFn) {
      return customInspect(this, { aborted: this.aborted }, depth, options, inspectFn);
    },
    writable: true, configurable: true,
  });

  const kSignal = Symbol('signal');
  class AbortController {
    constructor() {
      Object.defineProperty(this, kSignal, { value: undefined, writable: true, enumerable: false });
    }
    get signal() {
      if (this == null || !(kSignal in this)) throw invalidThis('AbortController');
      if (this[kSignal] === undefined) this[kSignal] = newSignal();
      return this[kSignal];
    }
    abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
      if (this == null || !(kSignal in this)) throw invalidThis('AbortController');
      abortSignal(this.signal, reason);
    }
  }
  for (const key of ['signal', 'abort']) {
    Object.defineProperty(AbortController.prototype, key, { enumerable: true });
  }
  Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });
  Object.defineProperty(AbortController.prototype, kInspect, {
    value: function (depth, options, inspectFn) {
      return customInspect(this, { signal: this.signal }, depth, options, inspectFn);
    },
    writable: true, configurable: true,
  });

  return { DOMException, Event, CustomEvent, EventTarget, AbortController, AbortSignal, abortSignal, newSignal };
})
