// structuredClone, as V8's serializer (which Node uses) behaves: plain data
// is copied with shared references and cycles kept; functions, symbols,
// WeakMap/WeakSet/Promise and platform objects throw a DataCloneError
// (a DOMException) with V8's message; class instances come back as plain
// objects; errors keep only name (if a standard one), message, stack and
// cause.
//
// errors: js/events_errors.js; web: js/abort.js's result (DOMException);
// native: { detach(arrayBuffer), isProxy(v) }.
(function (internal, errors, web, native) {
  'use strict';

  const { makeError } = errors;
  const errorCtors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
  const typedArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array];
  if (typeof Float16Array === 'function') typedArrays.push(Float16Array);
  const toStringTag = (v) => Object.prototype.toString.call(v);
  // Platform objects Node marks as not cloneable.
  const unsupported = new Set(['URL', 'URLSearchParams']);

  const cloneError = (msg) => new web.DOMException(msg, 'DataCloneError');

  function describeFunction(fn) {
    return `${Function.prototype.toString.call(fn)} could not be cloned.`;
  }

  function structuredClone(value, options) {
    if (arguments.length === 0) {
      // Node 26 words this one oddly; kept verbatim.
      throw makeError(TypeError, 'ERR_MISSING_ARGS', 'The "The value argument must be specified" argument must be specified');
    }
    let transfer = [];
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object' && typeof options !== 'function') {
        throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', "Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
      }
      if (options.transfer !== undefined) {
        if (options.transfer === null || typeof options.transfer[Symbol.iterator] !== 'function') {
          throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', "Failed to execute 'structuredClone': transfer in Options cannot be converted to sequence.");
        }
        transfer = [...options.transfer];
      }
    }
    const memo = new Map();
    const out = clone(value, memo);
    for (const t of transfer) {
      if (t instanceof ArrayBuffer) native.detach(t);
    }
    return out;
  }

  function clone(v, memo) {
    switch (typeof v) {
      case 'function':
        throw cloneError(describeFunction(v));
      case 'symbol':
        throw cloneError(`${v.toString()} could not be cloned.`);
      case 'object':
        if (v === null) return v;
        break;
      default:
        return v;
    }
    if (memo.has(v)) return memo.get(v);
    // V8 refuses proxies (and names an array proxy differently).
    if (native.isProxy(v)) {
      throw cloneError(Array.isArray(v) ? '[object Array] could not be cloned.' : '#<Object> could not be cloned.');
    }
    const tag = toStringTag(v);

    if (Array.isArray(v)) {
      const out = new Array(v.length);
      memo.set(v, out);
      for (const k of Object.keys(v)) out[k] = clone(v[k], memo);
      return out;
    }
    if (v instanceof Date) return remember(memo, v, new Date(v.getTime()));
    if (v instanceof RegExp) return remember(memo, v, new RegExp(v.source, v.flags));
    if (v instanceof ArrayBuffer) return remember(memo, v, v.slice(0));
    if (ArrayBuffer.isView(v)) {
      const buffer = clone(v.buffer, memo);
      if (v instanceof DataView) return remember(memo, v, new DataView(buffer, v.byteOffset, v.byteLength));
      const Ctor = typedArrays.find((C) => v instanceof C);
      return remember(memo, v, new Ctor(buffer, v.byteOffset, v.length));
    }
    if (v instanceof Map) {
      const out = new Map();
      memo.set(v, out);
      for (const [k, x] of v) out.set(clone(k, memo), clone(x, memo));
      return out;
    }
    if (v instanceof Set) {
      const out = new Set();
      memo.set(v, out);
      for (const x of v) out.add(clone(x, memo));
      return out;
    }
    if (v instanceof web.DOMException) {
      const out = new web.DOMException(v.message, v.name);
      Object.defineProperty(out, 'stack', { value: v.stack, writable: true, configurable: true });
      return remember(memo, v, out);
    }
    if (v instanceof Error) {
      const name = `${v.name}`;
      const Ctor = Object.prototype.hasOwnProperty.call(errorCtors, name) ? errorCtors[name] : Error;
      const out = new Ctor();
      memo.set(v, out);
      out.stack = v.stack === undefined ? undefined : `${v.stack}`;
      if (Object.prototype.hasOwnProperty.call(v, 'message')) {
        Object.defineProperty(out, 'message', { value: `${v.message}`, writable: true, configurable: true });
      }
      if (Object.prototype.hasOwnProperty.call(v, 'cause')) {
        Object.defineProperty(out, 'cause', { value: clone(v.cause, memo), writable: true, configurable: true });
      }
      return out;
    }
    switch (tag) {
      case '[object Number]': return remember(memo, v, Object(Number.prototype.valueOf.call(v)));
      case '[object String]': return remember(memo, v, Object(String.prototype.valueOf.call(v)));
      case '[object Boolean]': return remember(memo, v, Object(Boolean.prototype.valueOf.call(v)));
      case '[object BigInt]': return remember(memo, v, Object(BigInt.prototype.valueOf.call(v)));
    }
    if (v instanceof WeakMap || v instanceof WeakSet || v instanceof Promise ||
        (typeof WeakRef === 'function' && v instanceof WeakRef)) {
      throw cloneError(`#<${v.constructor.name}> could not be cloned.`);
    }
    const proto = Object.getPrototypeOf(v);
    const ctorName = proto && proto.constructor && proto.constructor.name;
    if (unsupported.has(ctorName) && proto === globalThis[ctorName]?.prototype) {
      throw cloneError('Cannot clone object of unsupported type.');
    }
    const out = {};
    memo.set(v, out);
    for (const k of Object.keys(v)) out[k] = clone(v[k], memo);
    return out;
  }

  function remember(memo, from, to) {
    memo.set(from, to);
    return to;
  }

  return structuredClone;
})
