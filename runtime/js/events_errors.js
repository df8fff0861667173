// Node-style errors (`TypeError [ERR_X]: …`, an enumerable `code`) for the
// modules of issue #5: events, EventTarget/AbortController, timers, path,
// url, encoding and structuredClone. Loaded once per VM by mod_events.go and
// handed to each of those modules, so the message formats (the "Received …"
// tail above all) live in one place and match lib/internal/errors.js.
//
// inspect is late-bound: util.inspect belongs to another file and may not be
// loaded yet; primitives, which most messages show, are formatted here.
(function (internal, lazyInspect) {
  'use strict';

  function inspect(value, opts) {
    const real = lazyInspect();
    if (typeof real === 'function') return real(value, opts);
    return inspectFallback(value, opts);
  }

  function quote(s) {
    // util.inspect picks the first quote the string does not contain.
    let q = "'";
    if (s.includes("'")) {
      if (!s.includes('"')) q = '"';
      else if (!s.includes('`') && !s.includes('${')) q = '`';
    }
    let out = '';
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (ch === q || ch === '\\') out += '\\' + ch;
      else if (ch === '\n') out += '\\n';
      else if (ch === '\t') out += '\\t';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\b') out += '\\b';
      else if (ch === '\f') out += '\\f';
      else if (ch === '\v') out += '\\v';
      else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).toUpperCase().padStart(2, '0');
      else out += ch;
    }
    return q + out + q;
  }

  function inspectFallback(value, opts) {
    switch (typeof value) {
      case 'string': return quote(value);
      case 'number': return Object.is(value, -0) ? '-0' : String(value);
      case 'bigint': return `${value}n`;
      case 'symbol': return value.toString();
      case 'undefined': return 'undefined';
      case 'boolean': return String(value);
      case 'function': return `[Function: ${value.name || '(anonymous)'}]`;
    }
    if (value === null) return 'null';
    if (value instanceof Error) return value.stack || String(value);
    if (opts && opts.depth < 0 && Reflect.ownKeys(value).length > 0) {
      if (Array.isArray(value)) return '[Array]';
      const p = Object.getPrototypeOf(value);
      if (p === null) return '[Object: null prototype]';
      return `[${(p.constructor && p.constructor.name) || 'Object'}]`;
    }
    if (Array.isArray(value)) return `[ ${value.map(inspectFallback).join(', ')} ]`;
    const proto = Object.getPrototypeOf(value);
    const keys = Object.keys(value);
    const body = keys.length === 0 ? '{}' :
      `{ ${keys.map((k) => `${k}: ${typeof value[k] === 'object' && value[k] !== null ? '[Object]' : inspectFallback(value[k])}`).join(', ')} }`;
    if (proto === null) return `[Object: null prototype] ${body}`;
    const name = proto.constructor && proto.constructor.name;
    return name && name !== 'Object' ? `${name} ${body}` : body;
  }

  // Node's NodeError subclasses keep name === Base.name but print their code
  // in toString() and in the first stack line.
  const protos = new Map();
  function protoFor(Base, code) {
    const key = Base.name + ' ' + code;
    let proto = protos.get(key);
    if (proto === undefined) {
      proto = Object.create(Base.prototype, {
        constructor: { value: Base, writable: true, configurable: true },
        toString: {
          value: function toString() { return `${this.name} [${code}]: ${this.message}`; },
          writable: true, configurable: true,
        },
      });
      protos.set(key, proto);
    }
    return proto;
  }

  function makeError(Base, code, message, props) {
    const err = new Base(message);
    Object.setPrototypeOf(err, protoFor(Base, code));
    const stack = String(err.stack);
    const nl = stack.indexOf('\n');
    Object.defineProperty(err, 'stack', {
      value: `${Base.name} [${code}]: ${message}` + (nl >= 0 ? stack.slice(nl) : ''),
      writable: true, configurable: true, enumerable: false,
    });
    err.code = code;
    if (props) Object.assign(err, props);
    return err;
  }

  const classRe = /^[A-Z][a-zA-Z0-9]*$/;
  const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
    'boolean', 'bigint', 'symbol'];

  function formatList(array, sep = 'or') {
    if (array.length <= 2) return array.join(` ${sep} `);
    return `${array.slice(0, -1).join(', ')}, ${sep} ${array[array.length - 1]}`;
  }

  // determineSpecificType from lib/internal/errors.js.
  function describe(value) {
    if (value === null) return 'null';
    if (value === undefined) return 'undefined';
    const type = typeof value;
    if (type === 'function') return value.name ? `function ${value.name}` : 'function ';
    if (type === 'object') {
      const ctor = value.constructor;
      if (ctor && ctor.name) return `an instance of ${ctor.name}`;
      return inspect(value, { depth: -1 });
    }
    let shown;
    if (type === 'string') {
      shown = inspect(value.length > 28 ? `${value.slice(0, 25)}...` : value, { colors: false });
    } else {
      shown = inspect(value, { colors: false });
      if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    }
    return `type ${type} (${shown})`;
  }

  function invalidArgTypeMessage(name, expected, actual) {
    if (!Array.isArray(expected)) expected = [expected];
    let msg = 'The ';
    if (name.endsWith(' argument')) msg += `${name} `;
    else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
    msg += 'must be ';
    const types = [];
    const instances = [];
    const other = [];
    for (const value of expected) {
      if (kTypes.includes(value)) types.push(value.toLowerCase());
      else if (classRe.test(value)) instances.push(value);
      else other.push(value);
    }
    if (instances.length > 0) {
      const pos = types.indexOf('object');
      if (pos !== -1) {
        types.splice(pos, 1);
        instances.push('Object');
      }
    }
    if (types.length > 0) {
      msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types)}`;
      if (instances.length > 0 || other.length > 0) msg += ' or ';
    }
    if (instances.length > 0) {
      msg += `an instance of ${formatList(instances)}`;
      if (other.length > 0) msg += ' or ';
    }
    if (other.length > 0) {
      if (other.length > 1) msg += `one of ${formatList(other)}`;
      else {
        if (other[0].toLowerCase() !== other[0]) msg += 'an ';
        msg += `${other[0]}`;
      }
    }
    return `${msg}. Received ${describe(actual)}`;
  }

  function addNumericalSeparator(val) {
    let res = '';
    let i = val.length;
    const start = val[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
    return `${val.slice(0, i)}${res}`;
  }

  function outOfRange(name, range, input) {
    let received;
    if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
      received = addNumericalSeparator(String(input));
    } else if (typeof input === 'bigint') {
      received = String(input);
      if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
      received += 'n';
    } else {
      received = inspect(input);
    }
    return makeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
  }

  function invalidArgType(name, expected, actual) {
    return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', invalidArgTypeMessage(name, expected, actual));
  }

  function invalidArgValue(name, value, reason = 'is invalid') {
    let shown = inspect(value);
    if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
    const type = name.includes('.') ? 'property' : 'argument';
    return makeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${type} '${name}' ${reason}. Received ${shown}`);
  }

  function validateFunction(value, name) {
    if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
  }
  function validateBoolean(value, name) {
    if (typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
  }
  function validateString(value, name) {
    if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
  }
  // validateObject: an object or function, not an array; null only when
  // nullable.
  function validateObject(value, name, nullable = false) {
    if (value === null && nullable) return;
    if (value === null || Array.isArray(value) || (typeof value !== 'object' && typeof value !== 'function')) {
      throw invalidArgType(name, 'Object', value);
    }
  }
  function validateNumber(value, name, min, max) {
    if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
    if ((min != null && value < min) || (max != null && value > max) ||
        ((min != null || max != null) && Number.isNaN(value))) {
      throw outOfRange(name,
        `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`,
        value);
    }
  }
  function validateAbortSignal(signal, name) {
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw invalidArgType(name, 'AbortSignal', signal);
    }
  }

  // Node's own AbortError (timers/promises, events.once, fs…): a plain Error
  // subclass, unlike the DOMException an AbortController produces.
  class AbortError extends Error {
    constructor(message = 'The operation was aborted', options = undefined) {
      if (options !== undefined && (options === null || typeof options !== 'object')) {
        throw invalidArgType('options', 'Object', options);
      }
      super(message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }

  return {
    inspect, quote, makeError, describe, invalidArgType, invalidArgValue, outOfRange,
    validateFunction, validateBoolean, validateString, validateObject, validateNumber,
    validateAbortSignal, AbortError,
  };
})
