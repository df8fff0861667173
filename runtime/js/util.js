// node:util. Formatting comes from js/inspect.js (`base`); this file adds
// the rest of the module with Node 26's behaviour and error codes.
// `internal.streamHasColors(fd)` tells styleText whether stdout/stderr
// take colors (set by mod_util.go).
(function (internal, base) {
  'use strict';

  const { inspect, format, formatWithOptions, stripVTControlCharacters, types: t } = base;
  const kCustom = Symbol.for('nodejs.util.promisify.custom');
  // Callback APIs that pass several values (dns.lookup: address, family) set
  // this to the names of the fields of the object promisify resolves with.
  const kCustomPromisifyArgs = internal.customPromisifyArgsSymbol ||
    (internal.customPromisifyArgsSymbol = Symbol('customPromisifyArgs'));

  function describe(v) {
    if (v == null) return ` Received ${v}`;
    if (typeof v === 'function') return ` Received function ${v.name}`;
    if (typeof v === 'object') {
      if (v.constructor && v.constructor.name) return ` Received an instance of ${v.constructor.name}`;
      return ` Received ${inspect(v, { depth: -1 })}`;
    }
    let shown = inspect(v, { colors: false });
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    return ` Received type ${typeof v} (${shown})`;
  }
  function codeError(Ctor, code, message) {
    const err = new Ctor(message);
    err.code = code;
    // Node's internal errors show their code in the name line of the stack.
    if (typeof err.stack === 'string') {
      err.stack = err.stack.replace(/^[A-Za-z]*Error/, `${err.name} [${code}]`);
    }
    return err;
  }
  function invalidArgType(name, type, value) {
    return codeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "${name}" argument must be ${type}.${describe(value)}`);
  }
  function validateFunction(v, name) {
    if (typeof v !== 'function') throw invalidArgType(name, 'of type function', v);
  }
  const nextTick = (fn, ...args) => {
    const p = globalThis.process;
    if (p && typeof p.nextTick === 'function') p.nextTick(fn, ...args);
    else Promise.resolve().then(() => fn(...args));
  };

  // ---- promisify / callbackify

  function promisify(original) {
    validateFunction(original, 'original');
    if (original[kCustom]) {
      const fn = original[kCustom];
      validateFunction(fn, 'util.promisify.custom');
      return Object.defineProperty(fn, kCustom, { value: fn, enumerable: false, writable: false, configurable: true });
    }
    const argumentNames = original[kCustomPromisifyArgs];
    function fn(...args) {
      return new Promise((resolve, reject) => {
        args.push((err, ...values) => {
          if (err) return reject(err);
          if (argumentNames !== undefined && values.length > 1) {
            const obj = {};
            for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
            resolve(obj);
          } else {
            resolve(values[0]);
          }
        });
        Reflect.apply(original, this, args);
      });
    }
    Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
    Object.defineProperty(fn, kCustom, { value: fn, enumerable: false, writable: false, configurable: true });
    const descriptors = Object.getOwnPropertyDescriptors(original);
    return Object.defineProperties(fn, descriptors);
  }
  promisify.custom = kCustom;

  // The promise forms of the timers, which Node attaches to the globals:
  // node:timers/promises, loaded on first use.
  function addTimerCustom(name) {
    const f = globalThis[name];
    if (typeof f !== 'function' || Object.prototype.hasOwnProperty.call(f, kCustom)) return;
    Object.defineProperty(f, kCustom, {
      get() {
        const value = internal.require('timers/promises')[name];
        Object.defineProperty(f, kCustom, { value, enumerable: false, writable: true, configurable: true });
        return value;
      },
      enumerable: false,
      configurable: true,
    });
  }
  addTimerCustom('setTimeout');
  addTimerCustom('setImmediate');

  function callbackify(original) {
    validateFunction(original, 'original');
    function callbackified(...args) {
      const maybeCb = args.pop();
      validateFunction(maybeCb, 'last argument');
      const cb = maybeCb.bind(this);
      Reflect.apply(original, this, args).then(
        (ret) => nextTick(cb, null, ret),
        (reason) => nextTick(callbackifyOnRejected, reason, cb));
    }
    const descriptors = Object.getOwnPropertyDescriptors(original);
    if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
    const proto = Object.getPrototypeOf(original);
    Object.setPrototypeOf(callbackified, proto);
    Object.defineProperties(callbackified, descriptors);
    return callbackified;
  }
  function callbackifyOnRejected(reason, cb) {
    // A falsy rejection would read as success to the callback.
    if (!reason) {
      const err = codeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
      err.reason = reason;
      reason = err;
    }
    return cb(reason);
  }

  // ---- inherits / deprecate / debuglog

  function inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'of type function', ctor);
    if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'of type function', superCtor);
    if (superCtor.prototype === undefined) {
      throw invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
    }
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  }

  const codesWarned = new Set();
  function deprecate(fn, msg, code) {
    validateFunction(fn, 'fn');
    if (code !== undefined && typeof code !== 'string') throw invalidArgType('code', 'of type string', code);
    let warned = false;
    function deprecated(...args) {
      const proc = globalThis.process;
      if (!warned && !(proc && proc.noDeprecation)) {
        warned = true;
        if (code === undefined || !codesWarned.has(code)) {
          if (code !== undefined) codesWarned.add(code);
          if (proc && typeof proc.emitWarning === 'function') proc.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      }
      if (new.target) return Reflect.construct(fn, args, new.target);
      return Reflect.apply(fn, this, args);
    }
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    return deprecated;
  }

  function debuglog(section, cb) {
    const proc = globalThis.process;
    const env = (proc && proc.env && proc.env.NODE_DEBUG) || '';
    const upper = String(section).toUpperCase();
    const enabled = env.split(/[\s,]+/).some((pat) => pat !== '' &&
      new RegExp(`^${pat.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(section));
    const logger = enabled
      ? (...args) => {
        const msg = formatWithOptions({ colors: false }, ...args);
        const line = `${upper} ${proc ? proc.pid : 0}: ${msg}\n`;
        if (proc && proc.stderr && typeof proc.stderr.write === 'function') proc.stderr.write(line);
        else console.error(line.slice(0, -1));
      }
      : () => {};
    if (typeof cb === 'function') cb(logger);
    Object.defineProperty(logger, 'enabled', { get: () => enabled, configurable: true, enumerable: true });
    return logger;
  }

  // ---- isDeepStrictEqual (Node's strict deep equality)

  const objectToString = (v) => Object.prototype.toString.call(v);
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

  function ownEnumerableKeys(v) {
    const keys = Object.keys(v);
    for (const s of Object.getOwnPropertySymbols(v)) {
      if (Object.prototype.propertyIsEnumerable.call(v, s)) keys.push(s);
    }
    return keys;
  }

  function isDeepStrictEqual(a, b) {
    return deepEqual(a, b, { a: new Map(), b: new Map(), depth: 0 });
  }

  function deepEqual(a, b, memos) {
    if (a === b) return a !== 0 || Object.is(a, b);
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
      // Functions, symbols, numbers: only identity (or NaN) makes them equal.
      return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    if (objectToString(a) !== objectToString(b)) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a) && a.length !== b.length) return false;
    if (t.isDate(a)) {
      if (!Object.is(Date.prototype.getTime.call(a), Date.prototype.getTime.call(b))) return false;
    } else if (t.isRegExp(a)) {
      if (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
    } else if (t.isNativeError(a) || a instanceof Error) {
      if (a.message !== b.message || a.name !== b.name) return false;
      if (('cause' in a) !== ('cause' in b) || !deepEqual(a.cause, b.cause, memos)) return false;
      if (('errors' in a) !== ('errors' in b) || !deepEqual(a.errors, b.errors, memos)) return false;
    } else if (t.isBoxedPrimitive(a)) {
      if (!t.isBoxedPrimitive(b) || !Object.is(a.valueOf(), b.valueOf())) return false;
    } else if (t.isTypedArray(a)) {
      if (t.typedArrayName(a) !== t.typedArrayName(b) || a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    } else if (t.isArrayBuffer(a)) {
      if (!t.isArrayBuffer(b) || a.byteLength !== b.byteLength) return false;
      const x = new Uint8Array(a);
      const y = new Uint8Array(b);
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    } else if (t.isDataView(a)) {
      if (a.byteLength !== b.byteLength) return false;
      for (let i = 0; i < a.byteLength; i++) if (a.getUint8(i) !== b.getUint8(i)) return false;
    } else if (t.isWeakMap(a) || t.isWeakSet(a) || t.isPromise(a)) {
      return false; // their contents are unobservable: equal only when identical
    }
    const keysA = ownEnumerableKeys(a);
    const keysB = ownEnumerableKeys(b);
    if (keysA.length !== keysB.length) return false;
    for (const k of keysA) {
      if (!Object.prototype.propertyIsEnumerable.call(b, k)) return false;
    }
    // Cycles: a pair being compared is assumed equal while it is compared.
    const seenA = memos.a.get(a);
    if (seenA !== undefined) {
      const seenB = memos.b.get(b);
      if (seenB !== undefined) return seenA === seenB;
    }
    memos.depth++;
    memos.a.set(a, memos.depth);
    memos.b.set(b, memos.depth);
    const ok = compareEntries(a, b, keysA, memos);
    memos.a.delete(a);
    memos.b.delete(b);
    return ok;
  }

  function compareEntries(a, b, keys, memos) {
    if (t.isSet(a)) {
      if (!t.isSet(b) || a.size !== b.size || !setEquiv(a, b, memos)) return false;
    } else if (t.isMap(a)) {
      if (!t.isMap(b) || a.size !== b.size || !mapEquiv(a, b, memos)) return false;
    }
    if (Array.isArray(a)) {
      for (let i = 0; i < a.length; i++) {
        if (hasOwn(a, i) !== hasOwn(b, i)) return false;
      }
    }
    for (const k of keys) {
      if (!deepEqual(a[k], b[k], memos)) return false;
    }
    return true;
  }

  function setEquiv(a, b, memos) {
    let pending = null;
    for (const v of a) {
      if (typeof v === 'object' && v !== null) {
        (pending || (pending = [])).push(v);
      } else if (!b.has(v)) {
        return false;
      }
    }
    if (pending === null) return true;
    const candidates = [];
    for (const v of b) {
      if (typeof v === 'object' && v !== null && !a.has(v)) candidates.push(v);
    }
    for (const v of pending) {
      if (a.has(v) && b.has(v)) continue;
      const i = candidates.findIndex((c) => deepEqual(v, c, memos));
      if (i === -1) return false;
      candidates.splice(i, 1);
    }
    return true;
  }

  function mapEquiv(a, b, memos) {
    let pending = null;
    for (const [k, v] of a) {
      if (typeof k === 'object' && k !== null) {
        (pending || (pending = [])).push([k, v]);
      } else if (!b.has(k) || !deepEqual(v, b.get(k), memos)) {
        return false;
      }
    }
    if (pending === null) return true;
    const candidates = [];
    for (const [k, v] of b) {
      if (typeof k === 'object' && k !== null) candidates.push([k, v]);
    }
    for (const [k, v] of pending) {
      const i = candidates.findIndex(([ck, cv]) => deepEqual(k, ck, memos) && deepEqual(v, cv, memos));
      if (i === -1) return false;
      candidates.splice(i, 1);
    }
    return true;
  }

  // ---- strings

  function toUSVString(input) {
    const s = `${input}`;
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const n = s.charCodeAt(i + 1);
        if (n >= 0xdc00 && n <= 0xdfff) {
          out += s[i] + s[i + 1];
          i++;
          continue;
        }
      }
      out += c >= 0xd800 && c <= 0xdfff ? '\ufffd' : s[i];
    }
    return out;
  }

  function styleText(formatArg, text, { validateStream = true, stream } = {}) {
    if (typeof text !== 'string') throw invalidArgType('text', 'of type string', text);
    const formats = Array.isArray(formatArg) ? formatArg : [formatArg];
    let left = '';
    let right = '';
    for (const key of formats) {
      if (key === 'none') continue;
      const code = inspect.colors[key];
      if (code === undefined || typeof key !== 'string') {
        const allowed = Object.keys(inspect.colors).map((k) => `'${k}'`).join(', ');
        throw codeError(TypeError, 'ERR_INVALID_ARG_VALUE',
          `The argument 'format' must be one of: ${allowed}. Received ${inspect(key)}`);
      }
      left += `\u001b[${code[0]}m`;
      right = `\u001b[${code[1]}m${right}`;
    }
    if (validateStream) {
      let colors;
      if (stream === undefined) colors = internal.streamHasColors(1);
      else if (stream && typeof stream.fd === 'number' && (stream.fd === 1 || stream.fd === 2)) colors = internal.streamHasColors(stream.fd);
      else colors = !!(stream && stream.isTTY && typeof stream.hasColors === 'function' && stream.hasColors());
      if (!colors) return text;
    }
    return `${left}${text}${right}`;
  }

  function isArray(v) {
    return Array.isArray(v);
  }

  function _extend(target, source) {
    if (source === null || typeof source !== 'object') return target;
    const keys = Object.keys(source);
    let i = keys.length;
    while (i--) target[keys[i]] = source[keys[i]];
    return target;
  }

  // ---- system errors (libuv's table, from nodeerr_table.go)

  let uvMap;
  function getSystemErrorMap() {
    if (uvMap === undefined) {
      uvMap = new Map();
      for (const [errno, name, message] of internal.uvErrors()) uvMap.set(errno, [name, message]);
    }
    return uvMap;
  }
  function validateErrno(err) {
    if (typeof err !== 'number') throw invalidArgType('err', 'of type number', err);
    if (err >= 0 || !Number.isSafeInteger(err)) {
      throw codeError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "err" is out of range. It must be a negative integer. Received ${inspect(err)}`);
    }
  }
  function getSystemErrorName(err) {
    validateErrno(err);
    const e = getSystemErrorMap().get(err);
    return e ? e[0] : `Unknown system error ${err}`;
  }
  function getSystemErrorMessage(err) {
    validateErrno(err);
    const e = getSystemErrorMap().get(err);
    return e ? e[1] : `Unknown system error ${err}`;
  }

  // ---- abort signals, signals, promises

  function validateAbortSignal(signal, name) {
    const AS = globalThis.AbortSignal;
    if (typeof AS !== 'function' || !(signal instanceof AS)) {
      throw invalidArgType(name, 'an instance of AbortSignal', signal);
    }
  }

  // Resolves (with the abort event) once signal aborts; at once when it
  // already has. Node also drops the wait when resource is collected; goja
  // has no weak references, so the wait lasts as long as the signal.
  async function aborted(signal, resource) {
    validateAbortSignal(signal, 'signal');
    if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
      throw invalidArgType('resource', 'of type object', resource);
    }
    // Returning a promise (not a value) settles a few ticks later, as Node's.
    if (signal.aborted) return Promise.resolve();
    return new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
  }

  // Without worker threads there is nothing to transfer to: the objects
  // themselves are transferable enough.
  function transferableAbortSignal(signal) {
    validateAbortSignal(signal, 'signal');
    return signal;
  }
  function transferableAbortController() {
    return new globalThis.AbortController();
  }

  function convertProcessSignalToExitCode(signalCode) {
    const signals = internal.require('os').constants.signals;
    if (typeof signalCode !== 'string' || !hasOwn(signals, signalCode)) {
      const allowed = Object.keys(signals).map((k) => `'${k}'`).join(', ');
      throw codeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The argument 'signalCode' must be one of: ${allowed}. Received ${inspect(signalCode)}`);
    }
    return 128 + signals[signalCode];
  }

  function markPromiseAsHandled(promise) {
    Promise.prototype.then.call(promise, undefined, () => {});
  }

  // tsrun prints no stack on SIGINT, so there is nothing to switch.
  function setTraceSigInt() {}

  // util.getCallSites([frameCount][, options]): the frames of the caller.
  function getCallSites(frameCount = 10, options) {
    if (options === undefined && frameCount !== null && typeof frameCount === 'object') {
      options = frameCount;
      frameCount = 10;
    }
    if (options !== undefined) {
      validateObj(options, 'options');
      if (options.sourceMap !== undefined) validateBool(options.sourceMap, 'options.sourceMap');
    }
    if (typeof frameCount !== 'number') throw invalidArgType('frameCount', 'of type number', frameCount);
    if (!(frameCount >= 1 && frameCount <= 200) || !Number.isInteger(frameCount)) {
      throw codeError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "frameCount" is out of range. It must be >= 1 && <= 200. Received ${inspect(frameCount)}`);
    }
    return internal.utilCallSites(frameCount);
  }

  // ---- diff

  function validateDiffInput(value, name) {
    if (typeof value === 'string') return;
    if (!Array.isArray(value)) throw invalidArgType(name, 'of type string', value);
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== 'string') throw invalidArgType(`${name}[${i}]`, 'of type string', value[i]);
    }
  }

  // util.diff: Myers' shortest edit script between two strings (by
  // character) or arrays of strings, as [op, value] pairs in order: 0 kept,
  // 1 only in actual, -1 only in expected. Ties break as in Node.
  function diff(actual, expected) {
    if (actual === expected) return [];
    validateDiffInput(actual, 'actual');
    validateDiffInput(expected, 'expected');
    const a = typeof actual === 'string' ? actual.split('') : actual;
    const b = typeof expected === 'string' ? expected.split('') : expected;
    const n = a.length;
    const m = b.length;
    const max = n + m;
    if (max === 0) {
      // Node 26 fails on two empty arrays the same way.
      throw new TypeError('Cannot convert undefined or null to object');
    }
    const v = new Int32Array(2 * max + 1);
    const trace = [];
    const down = (k, d, w) => k === -d || (k !== d && w[k - 1 + max] < w[k + 1 + max]);
    for (let d = 0; d <= max; d++) {
      trace.push(v.slice());
      for (let k = -d; k <= d; k += 2) {
        let x = down(k, d, v) ? v[k + 1 + max] : v[k - 1 + max] + 1;
        let y = x - k;
        while (x < n && y < m && a[x] === b[y]) {
          x++;
          y++;
        }
        v[k + max] = x;
        if (x >= n && y >= m) return backtrack(trace, a, b, max);
      }
    }
    return [];
  }

  function backtrack(trace, a, b, max) {
    let x = a.length;
    let y = b.length;
    const out = [];
    for (let d = trace.length - 1; d >= 0; d--) {
      const w = trace[d];
      const k = x - y;
      const prevK = (k === -d || (k !== d && w[k - 1 + max] < w[k + 1 + max])) ? k + 1 : k - 1;
      const prevX = w[prevK + max];
      const prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        out.push([0, a[x - 1]]);
        x--;
        y--;
      }
      if (d > 0) {
        if (x > prevX) out.push([1, a[--x]]);
        else out.push([-1, b[--y]]);
      }
    }
    return out.reverse();
  }

  // ---- the errors of system calls, as Node's internals build them

  function errname(err) {
    const e = getSystemErrorMap().get(err);
    return e ? e[0] : `Unknown system error ${err}`;
  }
  function _errnoException(err, syscall, original) {
    const code = errname(err);
    const ex = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    ex.errno = err;
    ex.code = code;
    ex.syscall = syscall;
    return ex;
  }
  function _exceptionWithHostPort(err, syscall, address, port, additional) {
    const code = errname(err);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    const ex = new Error(`${syscall} ${code}${details}`);
    ex.errno = err;
    ex.code = code;
    ex.syscall = syscall;
    ex.address = address;
    if (port) ex.port = port;
    return ex;
  }

  // ---- MIMEType (the WHATWG MIME Sniffing parser and serializer)

  const isHTTPToken = (s) => /^[!#$%&'*+\-.^_`|~A-Za-z0-9]*$/.test(s);
  const firstNonToken = (s) => s.search(/[^!#$%&'*+\-.^_`|~A-Za-z0-9]/);
  const firstNonQuotedString = (s) => s.search(/[^\t\u0020-~\u0080-\u00FF]/);
  const isHTTPWhitespace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  const asciiLower = (s) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

  function mimeSyntaxError(production, str, index) {
    return codeError(TypeError, 'ERR_INVALID_MIME_SYNTAX',
      `The MIME syntax for a ${production} in "${str}" is invalid${index !== -1 ? ` at ${index}` : ''}`);
  }

  // A value is written bare when it is a non-empty token, else quoted.
  function serializeMIMEValue(value) {
    if (value !== '' && isHTTPToken(value)) return value;
    return `"${value.replace(/["\\]/g, '\\$&')}"`;
  }

  class MIMEParams {
    #data = new Map();

    delete(name) {
      this.#data.delete(name);
    }

    get(name) {
      const v = this.#data.get(name);
      return v === undefined ? null : v;
    }

    has(name) {
      return this.#data.has(name);
    }

    set(name, value) {
      name = `${name}`;
      value = `${value}`;
      const badName = firstNonToken(name);
      if (name.length === 0 || badName !== -1) throw mimeSyntaxError('parameter name', name, badName);
      const badValue = firstNonQuotedString(value);
      if (badValue !== -1) throw mimeSyntaxError('parameter value', value, badValue);
      this.#data.set(name, value);
    }

    *entries() {
      yield* this.#data.entries();
    }

    *keys() {
      yield* this.#data.keys();
    }

    *values() {
      yield* this.#data.values();
    }

    toString() {
      let out = '';
      for (const [k, v] of this.#data) out += `${out ? ';' : ''}${k}=${serializeMIMEValue(v)}`;
      return out;
    }

    // The parameters of a parsed type go in without set()'s checks: the
    // parser already applied the spec's (it drops what set() would reject).
    static fill(params, entries) {
      for (const [k, v] of entries) params.#data.set(k, v);
    }
  }
  Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
    value: MIMEParams.prototype.entries, writable: true, configurable: true,
  });
  Object.defineProperty(MIMEParams.prototype, 'toJSON', {
    value: MIMEParams.prototype.toString, writable: true, configurable: true,
  });
  const fillMIMEParams = MIMEParams.fill;
  delete MIMEParams.fill;

  // parseMIMEParameters reads `;name=value` pairs from position on.
  function parseMIMEParameters(str, position) {
    const found = new Map();
    const len = str.length;
    while (position < len) {
      position++; // the ';'
      while (position < len && isHTTPWhitespace(str[position])) position++;
      let name = '';
      while (position < len && str[position] !== ';' && str[position] !== '=') name += str[position++];
      name = asciiLower(name);
      if (position < len) {
        if (str[position] === ';') continue;
        position++; // the '='
      }
      if (position >= len) break;
      let value;
      if (str[position] === '"') {
        // An HTTP quoted string: backslash escapes the next character;
        // whatever follows the closing quote up to ';' is ignored.
        value = '';
        position++;
        for (;;) {
          while (position < len && str[position] !== '"' && str[position] !== '\\') value += str[position++];
          if (position >= len) break;
          const c = str[position++];
          if (c === '\\') {
            if (position >= len) {
              value += '\\';
              break;
            }
            value += str[position++];
          } else {
            break;
          }
        }
        while (position < len && str[position] !== ';') position++;
      } else {
        const start = position;
        while (position < len && str[position] !== ';') position++;
        value = str.slice(start, position).replace(/[\t\n\r ]+$/, '');
        if (value === '') continue;
      }
      if (name !== '' && isHTTPToken(name) && firstNonQuotedString(value) === -1 && !found.has(name)) {
        found.set(name, value);
      }
    }
    return found;
  }

  class MIMEType {
    #type;
    #subtype;
    #params = new MIMEParams();

    constructor(string) {
      const str = `${string}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
      const slash = str.indexOf('/');
      const type = slash === -1 ? str : str.slice(0, slash);
      if (type === '' || slash === -1 || !isHTTPToken(type)) throw mimeSyntaxError('type', str, firstNonToken(type));
      const semi = str.indexOf(';', slash + 1);
      const subtype = str.slice(slash + 1, semi === -1 ? str.length : semi).replace(/[\t\n\r ]+$/, '');
      if (subtype === '' || !isHTTPToken(subtype)) throw mimeSyntaxError('subtype', str, firstNonToken(subtype));
      this.#type = asciiLower(type);
      this.#subtype = asciiLower(subtype);
      if (semi !== -1) fillMIMEParams(this.#params, parseMIMEParameters(str, semi));
    }

    get type() {
      return this.#type;
    }

    set type(v) {
      v = `${v}`;
      const bad = firstNonToken(v);
      if (v.length === 0 || bad !== -1) throw mimeSyntaxError('type', v, bad);
      this.#type = asciiLower(v);
    }

    get subtype() {
      return this.#subtype;
    }

    set subtype(v) {
      v = `${v}`;
      const bad = firstNonToken(v);
      if (v.length === 0 || bad !== -1) throw mimeSyntaxError('subtype', v, bad);
      this.#subtype = asciiLower(v);
    }

    get essence() {
      return `${this.#type}/${this.#subtype}`;
    }

    get params() {
      return this.#params;
    }

    toString() {
      const params = this.#params.toString();
      return params ? `${this.essence};${params}` : this.essence;
    }
  }
  Object.defineProperty(MIMEType.prototype, 'toJSON', {
    value: MIMEType.prototype.toString, writable: true, configurable: true,
  });

  // ---- parseArgs

  const getOwn = (o, k) => (hasOwn(o, k) ? o[k] : undefined);
  const optionGetOwn = (options, name, k) => (hasOwn(options, name) ? getOwn(options[name], k) : undefined);
  const argName = (name) => `The "${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  function validate(ok, name, type, value) {
    if (!ok) throw codeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${argName(name)} must be ${type}.${describe(value)}`);
  }
  const validateBool = (v, name) => validate(typeof v === 'boolean', name, 'of type boolean', v);
  const validateStr = (v, name) => validate(typeof v === 'string', name, 'of type string', v);
  const validateObj = (v, name) => validate(v !== null && typeof v === 'object' && !Array.isArray(v), name, 'of type object', v);
  const parseArgsError = (code, message) => codeError(TypeError, code, message);

  function longForShort(short, options) {
    for (const name of Object.keys(options)) {
      if (getOwn(options[name], 'short') === short) return name;
    }
    return short;
  }

  // Splits the arguments into option, positional and option-terminator
  // tokens: POSIX short groups (-abc), -fVALUE, --name=value, and `--`.
  function tokenize(args, options) {
    const tokens = [];
    let index = -1;
    let groupCount = 0;
    const rest = args.slice();
    const isStringOption = (name) => optionGetOwn(options, name, 'type') === 'string';
    while (rest.length > 0) {
      const arg = rest.shift();
      const next = rest[0];
      if (groupCount > 0) groupCount--;
      else index++;
      if (arg === '--') {
        tokens.push({ kind: 'option-terminator', index });
        for (const value of rest) tokens.push({ kind: 'positional', index: ++index, value });
        break;
      }
      const short = arg.length >= 2 && arg[0] === '-' && arg[1] !== '-';
      if (short && arg.length === 2) {
        const name = longForShort(arg[1], options);
        let value;
        let inlineValue;
        if (isStringOption(name) && next != null) {
          value = rest.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
        continue;
      }
      if (short) {
        const first = longForShort(arg[1], options);
        if (!isStringOption(first)) {
          // -abc is -a -b -c; a string option inside takes the rest: -abfFILE.
          const expanded = [];
          for (let i = 1; i < arg.length; i++) {
            const name = longForShort(arg[i], options);
            if (!isStringOption(name) || i === arg.length - 1) {
              expanded.push(`-${arg[i]}`);
            } else {
              expanded.push(`-${arg.slice(i)}`);
              break;
            }
          }
          rest.unshift(...expanded);
          groupCount = expanded.length;
          continue;
        }
        tokens.push({ kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
        continue;
      }
      if (arg.length > 2 && arg.startsWith('--')) {
        const eq = arg.indexOf('=', 3);
        if (eq === -1) {
          const name = arg.slice(2);
          let value;
          let inlineValue;
          if (isStringOption(name) && next != null) {
            value = rest.shift();
            inlineValue = false;
          }
          tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
          if (value != null) ++index;
        } else {
          const name = arg.slice(2, eq);
          tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
        }
        continue;
      }
      tokens.push({ kind: 'positional', index, value: arg });
    }
    return tokens;
  }

  function checkOption(config, token) {
    let name = token.name;
    if (!hasOwn(config.options, name)) {
      const negated = config.allowNegative && name.startsWith('no-');
      if (negated) name = name.slice(3);
      if (!negated || !hasOwn(config.options, name) || optionGetOwn(config.options, name, 'type') !== 'boolean') {
        const hint = config.allowPositionals
          ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(token.rawName)}`
          : '';
        throw parseArgsError('ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${token.rawName}'${hint}`);
      }
    }
    const short = optionGetOwn(config.options, name, 'short');
    const both = `${short ? `-${short}, ` : ''}--${name}`;
    const type = optionGetOwn(config.options, name, 'type');
    if (type === 'string' && typeof token.value !== 'string') {
      throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${both} <value>' argument missing`);
    }
    if (type === 'boolean' && token.value != null) {
      throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${both}' does not take an argument`);
    }
    if (!token.inlineValue && typeof token.value === 'string' && token.value.length > 1 && token.value[0] === '-') {
      const example = token.rawName.startsWith('--')
        ? `'${token.rawName}=-XYZ'`
        : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
      throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
        `Option '${token.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${token.rawName}'?\nTo specify an option argument starting with a dash use ${example}.`);
    }
  }

  function parseArgs(config = {}) {
    const proc = globalThis.process;
    const args = getOwn(config, 'args') ?? (proc && Array.isArray(proc.argv) ? proc.argv.slice(2) : []);
    const strict = getOwn(config, 'strict') ?? true;
    const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
    const returnTokens = getOwn(config, 'tokens') ?? false;
    const allowNegative = getOwn(config, 'allowNegative') ?? false;
    const options = getOwn(config, 'options') ?? Object.create(null);
    validate(Array.isArray(args), 'args', 'an instance of Array', args);
    validateBool(strict, 'strict');
    validateBool(allowPositionals, 'allowPositionals');
    validateBool(returnTokens, 'tokens');
    validateBool(allowNegative, 'allowNegative');
    validateObj(options, 'options');
    for (const [name, opt] of Object.entries(options)) {
      validateObj(opt, `options.${name}`);
      const type = getOwn(opt, 'type');
      if (type !== 'string' && type !== 'boolean') {
        throw codeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          `${argName(`options.${name}.type`)} must be ('string|boolean').${describe(type)}`);
      }
      if (hasOwn(opt, 'short')) {
        validateStr(opt.short, `options.${name}.short`);
        if (opt.short.length !== 1) {
          throw codeError(TypeError, 'ERR_INVALID_ARG_VALUE',
            `The property 'options.${name}.short' must be a single character. Received ${inspect(opt.short)}`);
        }
      }
      const multiple = getOwn(opt, 'multiple');
      if (hasOwn(opt, 'multiple')) validateBool(multiple, `options.${name}.multiple`);
      const def = getOwn(opt, 'default');
      if (def !== undefined) {
        const want = type === 'string' ? 'string' : 'boolean';
        if (multiple) {
          validate(Array.isArray(def), `options.${name}.default`, 'an instance of Array', def);
          def.forEach((v, i) => validate(typeof v === want, `options.${name}.default[${i}]`, `of type ${want}`, v));
        } else {
          validate(typeof def === want, `options.${name}.default`, `of type ${want}`, def);
        }
      }
    }

    const tokens = tokenize(args, options);
    const result = { values: Object.create(null), positionals: [] };
    if (returnTokens) result.tokens = tokens;
    const cfg = { options, allowPositionals, allowNegative };
    for (const token of tokens) {
      if (token.kind === 'option') {
        if (strict) checkOption(cfg, token);
        let name = token.name;
        let value = token.value;
        if (name === '__proto__') continue;
        if (allowNegative && name.startsWith('no-') && value === undefined) {
          name = name.slice(3);
          token.name = name;
          value = false;
        }
        const stored = value ?? true;
        if (optionGetOwn(options, name, 'multiple')) {
          if (result.values[name]) result.values[name].push(stored);
          else result.values[name] = [stored];
        } else {
          result.values[name] = stored;
        }
      } else if (token.kind === 'positional') {
        if (!allowPositionals) {
          throw parseArgsError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
            `Unexpected argument '${token.value}'. This command does not take positional arguments`);
        }
        result.positionals.push(token.value);
      }
    }
    for (const [name, opt] of Object.entries(options)) {
      const def = getOwn(opt, 'default');
      if (def !== undefined && result.values[name] === undefined && name !== '__proto__') result.values[name] = def;
    }
    return result;
  }

  // ---- types

  const typedNames = ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
    'Int16Array', 'Int32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
  const types = {
    isAnyArrayBuffer: t.isAnyArrayBuffer,
    isArgumentsObject: t.isArgumentsObject,
    isArrayBuffer: t.isArrayBuffer,
    isArrayBufferView: (v) => ArrayBuffer.isView(v),
    isAsyncFunction: t.isAsyncFunction,
    isBigIntObject: t.isBigIntObject,
    isBooleanObject: t.isBooleanObject,
    isBoxedPrimitive: t.isBoxedPrimitive,
    isDataView: t.isDataView,
    isDate: t.isDate,
    isExternal: () => false,
    isGeneratorFunction: t.isGeneratorFunction,
    isGeneratorObject: (v) => v !== null && typeof v === 'object' && objectToString(v) === '[object Generator]',
    isMap: t.isMap,
    isMapIterator: t.isMapIterator,
    isModuleNamespaceObject: t.isModuleNamespaceObject,
    isNativeError: t.isNativeError,
    isNumberObject: t.isNumberObject,
    isPromise: t.isPromise,
    isProxy: t.isProxy,
    isRegExp: t.isRegExp,
    isSet: t.isSet,
    isSetIterator: t.isSetIterator,
    isSharedArrayBuffer: () => false,
    isStringObject: t.isStringObject,
    isSymbolObject: t.isSymbolObject,
    isTypedArray: t.isTypedArray,
    isWeakMap: t.isWeakMap,
    isWeakSet: t.isWeakSet,
    isKeyObject: () => false,
    isCryptoKey: () => false,
  };
  for (const name of typedNames) types[`is${name}`] = (v) => t.typedArrayName(v) === name;

  const exports = {
    _errnoException,
    _exceptionWithHostPort,
    aborted,
    convertProcessSignalToExitCode,
    markPromiseAsHandled,
    setTraceSigInt,
    transferableAbortController,
    transferableAbortSignal,
    _extend: deprecate(_extend,
      'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
    callbackify,
    debug: debuglog,
    debuglog,
    deprecate,
    diff,
    format,
    formatWithOptions,
    getCallSites,
    getSystemErrorMap,
    getSystemErrorMessage,
    getSystemErrorName,
    inherits,
    inspect,
    MIMEParams,
    MIMEType,
    isArray: deprecate(isArray,
      'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
    isDeepStrictEqual,
    parseArgs,
    parseEnv: function parseEnv(content) { return internal.utilParseEnv(content); },
    promisify,
    stripVTControlCharacters,
    styleText,
    toUSVString,
    types,
  };
  // The encoding classes are globals written elsewhere; util re-exports
  // whatever the globals are when first read.
  for (const name of ['TextEncoder', 'TextDecoder']) {
    Object.defineProperty(exports, name, {
      get() { return globalThis[name]; },
      set(v) { Object.defineProperty(exports, name, { value: v, writable: true, enumerable: true, configurable: true }); },
      enumerable: true,
      configurable: true,
    });
  }
  return exports;
})
