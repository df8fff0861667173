// performance (the global) and node:perf_hooks: the User Timing subset
// (mark, measure, entries), PerformanceObserver for mark/measure, and
// now()/timeOrigin from the Go clock. Node's resource timing, histograms
// and event-loop delay monitor are not here (listed in the issue).
//
// errors: js/events_errors.js; web: js/abort.js (DOMException); native:
// { now(), timeOrigin, later(fn) }; clone: structuredClone (mark detail is cloned).
(function (internal, errors, web, native, clone) {
  'use strict';

  const { makeError, invalidArgType, validateObject, validateFunction } = errors;

  const illegal = () => makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  const missing = (name) => makeError(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);

  let constructing = false;
  const kData = Symbol('kData');

  class PerformanceEntry {
    constructor() {
      if (!constructing) throw illegal();
    }
    get name() { return this[kData].name; }
    get entryType() { return this[kData].entryType; }
    get startTime() { return this[kData].startTime; }
    get duration() { return this[kData].duration; }
    toJSON() {
      return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
    }
  }
  for (const key of ['name', 'entryType', 'startTime', 'duration', 'toJSON']) {
    Object.defineProperty(PerformanceEntry.prototype, key, { enumerable: true });
  }

  function makeEntry(Ctor, data) {
    constructing = true;
    try {
      const e = new Ctor();
      Object.defineProperty(e, kData, { value: data });
      return e;
    } finally {
      constructing = false;
    }
  }

  class PerformanceMark extends PerformanceEntry {
    get detail() { return this[kData].detail; }
    toJSON() { return { ...super.toJSON(), detail: this.detail }; }
  }
  class PerformanceMeasure extends PerformanceEntry {
    get detail() { return this[kData].detail; }
    toJSON() { return { ...super.toJSON(), detail: this.detail }; }
  }
  for (const C of [PerformanceMark, PerformanceMeasure]) {
    Object.defineProperty(C.prototype, 'detail', { enumerable: true });
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  }
  Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, { value: 'PerformanceEntry', configurable: true });
  Object.defineProperty(PerformanceEntry.prototype, Symbol.for('nodejs.util.inspect.custom'), {
    value: function (depth, options, inspectFn) {
      if (depth < 0) return this;
      const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      const inspect = typeof inspectFn === 'function' ? inspectFn : errors.inspect;
      return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
    },
    writable: true, configurable: true,
  });

  const buffer = { mark: [], measure: [] };
  const observers = new Set();

  function enqueue(entry) {
    buffer[entry.entryType].push(entry);
    for (const o of observers) o._push(entry);
  }

  function markTime(name) {
    const list = buffer.mark;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].name === name) return list[i].startTime;
    }
    throw new web.DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }

  function toTime(v) {
    if (v === undefined) return undefined;
    if (typeof v === 'number') return v;
    return markTime(`${v}`);
  }

  function entriesOf(list, name, type) {
    let out = type === undefined ? [...buffer.mark, ...buffer.measure] : [...(buffer[type] || [])];
    if (name !== undefined) out = out.filter((e) => e.name === name);
    return out.sort((a, b) => a.startTime - b.startTime);
  }

  class Performance {
    constructor() {
      if (!constructing) throw illegal();
    }
    clearMarks(name = undefined) {
      buffer.mark = name === undefined ? [] : buffer.mark.filter((e) => e.name !== `${name}`);
    }
    clearMeasures(name = undefined) {
      buffer.measure = name === undefined ? [] : buffer.measure.filter((e) => e.name !== `${name}`);
    }
    clearResourceTimings() {}
    getEntries() { return entriesOf(); }
    getEntriesByName(name, type = undefined) {
      if (arguments.length === 0) throw missing('name');
      return entriesOf(undefined, `${name}`, type === undefined ? undefined : `${type}`);
    }
    getEntriesByType(type) {
      if (arguments.length === 0) throw missing('type');
      return entriesOf(undefined, undefined, `${type}`);
    }
    mark(name, options = undefined) {
      if (arguments.length === 0) throw missing('name');
      if (options !== undefined) validateObject(options, 'options');
      const startTime = options?.startTime ?? native.now();
      if (typeof startTime !== 'number') throw invalidArgType('options.startTime', 'number', startTime);
      if (startTime < 0) {
        throw makeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${startTime} is not a valid timestamp`);
      }
      const detail = options?.detail === undefined ? null : clone(options.detail);
      const entry = makeEntry(PerformanceMark, { name: `${name}`, entryType: 'mark', startTime, duration: 0, detail });
      enqueue(entry);
      return entry;
    }
    measure(name, startOrOptions = undefined, endMark = undefined) {
      if (arguments.length === 0) throw missing('name');
      let start;
      let end;
      let duration;
      let detail = null;
      if (startOrOptions !== null && typeof startOrOptions === 'object') {
        ({ start, end, duration } = startOrOptions);
        if (startOrOptions.detail !== undefined) detail = clone(startOrOptions.detail);
        start = toTime(start);
        end = toTime(end);
        if (end === undefined) end = duration !== undefined && start !== undefined ? start + duration : toTime(endMark);
        if (start === undefined && duration !== undefined && end !== undefined) start = end - duration;
      } else {
        start = toTime(startOrOptions);
        end = toTime(endMark);
      }
      if (start === undefined) start = 0;
      if (end === undefined) end = native.now();
      const entry = makeEntry(PerformanceMeasure, { name: `${name}`, entryType: 'measure', startTime: start, duration: end - start, detail });
      enqueue(entry);
      return entry;
    }
    now() { return native.now(); }
    setResourceTimingBufferSize() {}
    get timeOrigin() { return native.timeOrigin; }
    toJSON() {
      return { nodeTiming: undefined, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
    }
    eventLoopUtilization() {
      // Not measured yet: tsrun's loop does not track idle time.
      return { idle: 0, active: 0, utilization: 0 };
    }
  }
  Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
  for (const key of Object.getOwnPropertyNames(Performance.prototype)) {
    if (key !== 'constructor') Object.defineProperty(Performance.prototype, key, { enumerable: true });
  }

  constructing = true;
  const performance = new Performance();
  constructing = false;

  class PerformanceObserverEntryList {
    #entries;
    constructor(entries) {
      if (!constructing) throw illegal();
      this.#entries = entries;
    }
    getEntries() { return [...this.#entries]; }
    getEntriesByType(type) { return this.#entries.filter((e) => e.entryType === `${type}`); }
    getEntriesByName(name, type = undefined) {
      return this.#entries.filter((e) => e.name === `${name}` && (type === undefined || e.entryType === `${type}`));
    }
  }

  const supported = ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'quic', 'resource'];

  class PerformanceObserver {
    #callback;
    #types = new Set();
    #pending = [];
    #scheduled = false;
    constructor(callback) {
      validateFunction(callback, 'callback');
      this.#callback = callback;
    }
    static get supportedEntryTypes() { return [...supported]; }
    observe(options = {}) {
      validateObject(options, 'options');
      const { entryTypes, type, buffered } = options;
      if (entryTypes === undefined && type === undefined) throw makeError(TypeError, 'ERR_MISSING_ARGS', 'The "options.entryTypes" or "options.type" argument must be specified');
      const types = entryTypes !== undefined ? [...entryTypes] : [type];
      this.#types = new Set(types.filter((t) => supported.includes(t)));
      observers.add(this);
      if (buffered && type !== undefined) {
        for (const e of buffer[type] || []) this._push(e);
      }
    }
    disconnect() {
      observers.delete(this);
      this.#pending = [];
    }
    takeRecords() {
      const list = this.#pending;
      this.#pending = [];
      return list;
    }
    _push(entry) {
      if (!this.#types.has(entry.entryType)) return;
      this.#pending.push(entry);
      if (this.#scheduled) return;
      this.#scheduled = true;
      // Delivered after the current task, as Node's observers are.
      native.later(() => {
        this.#scheduled = false;
        const entries = this.takeRecords();
        if (entries.length === 0) return;
        constructing = true;
        const list = new PerformanceObserverEntryList(entries);
        constructing = false;
        this.#callback.call(this, list, this);
      });
    }
  }
  Object.defineProperty(PerformanceObserver.prototype, '_push', { enumerable: false });

  const perfHooks = {
    Performance,
    PerformanceEntry,
    PerformanceMark,
    PerformanceMeasure,
    PerformanceObserver,
    PerformanceObserverEntryList,
    eventLoopUtilization: performance.eventLoopUtilization,
    performance,
    constants: {
      NODE_PERFORMANCE_GC_MAJOR: 4,
      NODE_PERFORMANCE_GC_MINOR: 1,
      NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP: 2,
      NODE_PERFORMANCE_GC_INCREMENTAL: 8,
      NODE_PERFORMANCE_GC_WEAKCB: 16,
      NODE_PERFORMANCE_GC_FLAGS_NO: 0,
      NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
      NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
      NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
      NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
      NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
      NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
    },
  };
  return { performance, perfHooks };
})
