// TextEncoder and TextDecoder. The byte work is Go (mod_encoding.go,
// `native`); this file gives the classes Node's shape: accessors on the
// prototype, brand checks, and Node's error codes.
//
// errors: js/events_errors.js; native: see encodingNatives.
(function (internal, errors, native) {
  'use strict';

  const { makeError, invalidArgType, validateObject } = errors;

  const kEncoder = Symbol('encoder');
  class TextEncoder {
    constructor() {
      Object.defineProperty(this, kEncoder, { value: true });
    }
    get encoding() {
      if (!this || this[kEncoder] !== true) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type TextEncoder');
      return 'utf-8';
    }
    encode(input = '') {
      if (!this || this[kEncoder] !== true) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type TextEncoder');
      return native.encode(`${input}`);
    }
    encodeInto(src, dest) {
      if (!this || this[kEncoder] !== true) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type TextEncoder');
      if (typeof src !== 'string') throw invalidArgType('src', 'string', src);
      if (!(dest instanceof Uint8Array)) throw invalidArgType('dest', 'Uint8Array', dest);
      const [read, written] = native.encodeInto(src, dest);
      return { read, written };
    }
  }
  for (const key of ['encoding', 'encode', 'encodeInto']) {
    Object.defineProperty(TextEncoder.prototype, key, { enumerable: true });
  }
  Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });
  const kInspect = Symbol.for('nodejs.util.inspect.custom');
  const inspectOf = (fn) => (typeof fn === 'function' ? fn : errors.inspect);
  // Node shows an encoder as a bare object (its inspector's object has a
  // prototype whose constructor check fails, so no class name prints).
  Object.defineProperty(TextEncoder.prototype, kInspect, {
    value: function (depth, opts, inspectFn) {
      if (typeof depth === 'number' && depth < 0) return this;
      return inspectOf(inspectFn)({ encoding: this.encoding }, opts);
    },
    writable: true, configurable: true,
  });

  const kDecoder = Symbol('decoder');
  function state(that) {
    const s = that != null ? that[kDecoder] : undefined;
    if (s === undefined) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type TextDecoder');
    return s;
  }

  class TextDecoder {
    constructor(encoding = 'utf-8', options = undefined) {
      const name = native.label(`${encoding}`);
      if (name === undefined) {
        throw makeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${encoding}" encoding is not supported`);
      }
      if (options !== undefined && options !== null) validateObject(options, 'options', true);
      const fatal = Boolean(options && options.fatal);
      const ignoreBOM = Boolean(options && options.ignoreBOM);
      Object.defineProperty(this, kDecoder, {
        value: { name, fatal, ignoreBOM, decode: native.newDecoder(name, fatal, ignoreBOM) },
      });
    }
    get encoding() { return state(this).name; }
    get fatal() { return state(this).fatal; }
    get ignoreBOM() { return state(this).ignoreBOM; }
    decode(input = undefined, options = undefined) {
      const s = state(this);
      let bytes;
      if (input === undefined || input === null) {
        bytes = new Uint8Array(0);
      } else if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && input instanceof SharedArrayBuffer)) {
        bytes = new Uint8Array(input);
      } else if (ArrayBuffer.isView(input)) {
        bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
      } else {
        throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
      }
      const stream = Boolean(options && options.stream);
      const text = s.decode(bytes, stream);
      if (text === null) {
        throw makeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${s.name}`);
      }
      return text;
    }
  }
  // Node lists decode before the accessors.
  for (const key of ['decode', 'encoding', 'fatal', 'ignoreBOM']) {
    const desc = Object.getOwnPropertyDescriptor(TextDecoder.prototype, key);
    delete TextDecoder.prototype[key];
    Object.defineProperty(TextDecoder.prototype, key, { ...desc, enumerable: true });
  }
  Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });
  Object.defineProperty(TextDecoder.prototype, kInspect, {
    value: function (depth, opts, inspectFn) {
      const s = state(this);
      if (typeof depth === 'number' && depth < 0) return this;
      const proto = Object.getPrototypeOf(this);
      const name = (proto && proto.constructor && proto.constructor.name) || 'TextDecoder';
      // Node formats this one with default options.
      return `${name} ${inspectOf(inspectFn)({ encoding: s.name, fatal: s.fatal, ignoreBOM: s.ignoreBOM })}`;
    },
    writable: true, configurable: true,
  });

  return { TextEncoder, TextDecoder };
})
