// node:buffer. Buffer is a Uint8Array subclass (FastBuffer) whose
// constructor property is the callable Buffer function, as in Node, so that
// typed-array methods (subarray, map, species) produce Buffers and
// util.inspect recognises them. String encoding and decoding, comparison,
// search and fill run in Go (internal.*, mod_buffer.go) on the array's own
// memory; numeric reads and writes stay here, where they are plain
// arithmetic on indexed elements.
(function (shared, internal) {
  'use strict';

  const kMaxLength = 9007199254740991;
  const kStringMaxLength = 536870888;
  const INSPECT_MAX_BYTES = 50;

  const { nodeError, invalidArgType, outOfRange } = internal;
  const goDecode = internal.decode;
  const goEncode = internal.encode;
  const goWrite = internal.write;

  class FastBuffer extends Uint8Array {
    // eslint-disable-next-line no-useless-constructor
    constructor(a, b, c) { super(a, b, c); }
  }

  // Buffer(arg) and new Buffer(arg) are deprecated in Node but still work,
  // with a one-time warning.
  let warned = false;
  function Buffer(arg, encodingOrOffset, length) {
    if (!warned) {
      warned = true;
      if (typeof process === 'object' && typeof process.emitWarning === 'function') {
        process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
      }
    }
    if (typeof arg === 'number') {
      if (typeof encodingOrOffset === 'string') throw invalidArgType('string', 'string', arg);
      return Buffer.alloc(arg);
    }
    return Buffer.from(arg, encodingOrOffset, length);
  }
  FastBuffer.prototype.constructor = Buffer;
  Buffer.prototype = FastBuffer.prototype;
  Object.setPrototypeOf(Buffer, Uint8Array);
  Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });

  // ---- encodings ------------------------------------------------------------

  function normalizeEncoding(enc) {
    if (enc === undefined || enc === null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
    return internal.normalizeEncoding(String(enc));
  }

  function getEncoding(enc) {
    if (enc === undefined || enc === 'utf8' || enc === null) return 'utf8';
    const n = typeof enc === 'string' ? internal.normalizeEncoding(enc) : undefined;
    if (n === undefined) throw nodeError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
    return n;
  }

  function isEncoding(enc) {
    return typeof enc === 'string' && enc.length !== 0 && internal.normalizeEncoding(enc) !== undefined;
  }

  function base64ByteLength(str) {
    let len = str.length;
    if (len > 0 && str.charCodeAt(len - 1) === 0x3d) len--;
    if (len > 1 && str.charCodeAt(len - 1) === 0x3d) len--;
    return (len * 3) >>> 2;
  }

  function byteLengthOf(str, enc) {
    switch (enc) {
      case 'utf8': return internal.byteLengthUtf8(str);
      case 'ucs2': case 'utf16le': return str.length * 2;
      case 'latin1': case 'ascii': return str.length;
      case 'hex': return str.length >>> 1;
      case 'base64': case 'base64url': return base64ByteLength(str);
    }
    return internal.byteLengthUtf8(str);
  }

  // ---- construction ---------------------------------------------------------

  function validateSize(size) {
    if (typeof size !== 'number') throw invalidArgType('size', 'number', size);
    if (!(size >= 0 && size <= kMaxLength)) throw outOfRange('size', `>= 0 && <= ${kMaxLength}`, size);
  }

  Buffer.alloc = function alloc(size, fill, encoding) {
    validateSize(size);
    const buf = new FastBuffer(size);
    if (fill !== undefined && fill !== 0 && size > 0) return buf.fill(fill, encoding);
    return buf;
  };
  // Node pools small unsafe allocations in an 8 KiB slab; every Buffer here
  // owns its ArrayBuffer (zeroed: Go memory always is).
  Buffer.allocUnsafe = function allocUnsafe(size) {
    validateSize(size);
    return new FastBuffer(size);
  };
  Buffer.allocUnsafeSlow = Buffer.allocUnsafe;
  Buffer.poolSize = 8192;

  function fromString(str, enc) {
    const e = typeof enc === 'string' && enc.length !== 0 ? getEncoding(enc) : 'utf8';
    return new FastBuffer(goEncode(str, e));
  }

  function fromArrayLike(a) {
    const n = a.length >>> 0;
    const buf = new FastBuffer(n);
    for (let i = 0; i < n; i++) buf[i] = a[i];
    return buf;
  }

  function fromArrayBuffer(ab, byteOffset, length) {
    if (byteOffset === undefined) {
      byteOffset = 0;
    } else {
      byteOffset = +byteOffset;
      if (Number.isNaN(byteOffset)) byteOffset = 0;
    }
    const maxLength = ab.byteLength - byteOffset;
    if (maxLength < 0) throw nodeError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
    if (length === undefined) {
      length = maxLength;
    } else {
      length = +length;
      if (length > 0) {
        if (length > maxLength) throw nodeError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
      } else {
        length = 0;
      }
    }
    return new FastBuffer(ab, byteOffset, length);
  }

  const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer);

  Buffer.from = function from(value, encodingOrOffset, length) {
    if (typeof value === 'string') return fromString(value, encodingOrOffset);
    if (typeof value === 'object' && value !== null) {
      if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
      if (ArrayBuffer.isView(value)) {
        if (value instanceof Uint8Array) return new FastBuffer(value);
        return fromArrayLike(value);
      }
      const valueOf = value.valueOf && value.valueOf();
      if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
        return from(valueOf, encodingOrOffset, length);
      }
      if (value.length !== undefined || isAnyArrayBuffer(value.buffer)) {
        if (typeof value.length !== 'number') return new FastBuffer();
        return fromArrayLike(value);
      }
      if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
      if (typeof value[Symbol.toPrimitive] === 'function') {
        const prim = value[Symbol.toPrimitive]('string');
        if (typeof prim === 'string') return fromString(prim, encodingOrOffset);
      }
    }
    throw invalidArgType('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
  };

  Buffer.of = function of(...items) { return fromArrayLike(items); };

  Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };
  Buffer.isEncoding = isEncoding;

  Buffer.byteLength = function byteLength(string, encoding) {
    if (typeof string !== 'string') {
      if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
      throw invalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'], string);
    }
    if (string.length === 0) return 0;
    return byteLengthOf(string, normalizeEncoding(encoding) || 'utf8');
  };

  function validateUint8(v, name) {
    if (!(v instanceof Uint8Array)) throw invalidArgType(name, ['Buffer', 'Uint8Array'], v);
  }

  Buffer.compare = function compare(a, b) {
    validateUint8(a, 'buf1');
    validateUint8(b, 'buf2');
    if (a === b) return 0;
    return internal.compare(a, b);
  };

  Buffer.concat = function concat(list, length) {
    if (!Array.isArray(list)) throw invalidArgType('list', 'Array', list);
    if (list.length === 0) return new FastBuffer();
    if (length === undefined) {
      length = 0;
      for (let i = 0; i < list.length; i++) {
        validateUint8(list[i], `list[${i}]`);
        length += list[i].length;
      }
    } else {
      validateOffset(length, 'length');
    }
    const buf = Buffer.allocUnsafe(length);
    let pos = 0;
    for (let i = 0; i < list.length; i++) {
      const b = list[i];
      validateUint8(b, `list[${i}]`);
      const n = Math.min(b.length, length - pos);
      if (n <= 0) break;
      buf.set(n === b.length ? b : b.subarray(0, n), pos);
      pos += n;
    }
    if (pos < length) buf.fill(0, pos, length);
    return buf;
  };

  // ---- prototype ------------------------------------------------------------

  const proto = Buffer.prototype;

  proto.toString = function toString(encoding, start, end) {
    if (arguments.length === 0) return goDecode(this, 'utf8', 0, this.length);
    const len = this.length;
    if (start === undefined || start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    return goDecode(this, encoding === undefined ? 'utf8' : getEncoding(encoding), start, end);
  };
  proto.toLocaleString = proto.toString;

  proto.equals = function equals(other) {
    validateUint8(other, 'otherBuffer');
    if (this === other) return true;
    if (this.length !== other.length) return false;
    return internal.compare(this, other) === 0;
  };

  function rangeArg(v, name, def, max) {
    if (v === undefined) return def;
    if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
    if (v < 0 || v > max) throw outOfRange(name, `>= 0 && <= ${max}`, v);
    return v;
  }

  proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    validateUint8(target, 'target');
    targetStart = rangeArg(targetStart, 'targetStart', 0, target.length);
    targetEnd = rangeArg(targetEnd, 'targetEnd', target.length, target.length);
    sourceStart = rangeArg(sourceStart, 'sourceStart', 0, this.length);
    sourceEnd = rangeArg(sourceEnd, 'sourceEnd', this.length, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return internal.compare(this.subarray(sourceStart, sourceEnd), target.subarray(targetStart, targetEnd));
  };

  function validateOffset(v, name, min = 0, max = kMaxLength) {
    if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
    if (v < min || v > max) throw outOfRange(name, `>= ${min} && <= ${max}`, v);
  }

  proto.write = function write(string, offset, length, encoding) {
    if (typeof string !== 'string') throw nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    if (offset === undefined) {
      return goWrite(this, string, 0, this.length, 'utf8');
    }
    if (length === undefined && typeof offset === 'string') {
      encoding = offset; length = this.length; offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length; length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding) return goWrite(this, string, offset, length, 'utf8');
    return goWrite(this, string, offset, length, getEncoding(encoding));
  };

  proto.toJSON = function toJSON() {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  };

  function clampIndex(v, len, def) {
    if (v === undefined) return def;
    v = Math.trunc(+v) || 0;
    if (v < 0) v += len;
    return v < 0 ? 0 : v > len ? len : v;
  }

  // Node's slice is subarray (shared memory), not TypedArray#slice (a copy).
  proto.slice = function slice(start, end) {
    const len = this.length;
    const s = clampIndex(start, len, 0);
    const e = clampIndex(end, len, len);
    return new FastBuffer(this.buffer, this.byteOffset + s, Math.max(e - s, 0));
  };

  proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
    validateUint8(target, 'target');
    targetStart = targetStart === undefined ? 0 : toIntegerArg(targetStart, 'targetStart');
    sourceStart = sourceStart === undefined ? 0 : toIntegerArg(sourceStart, 'sourceStart');
    if (sourceStart > this.length) throw outOfRange('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    sourceEnd = sourceEnd === undefined ? this.length : toIntegerArg(sourceEnd, 'sourceEnd');
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    if (sourceEnd > this.length) sourceEnd = this.length;
    const n = Math.min(sourceEnd - sourceStart, target.length - targetStart);
    if (n <= 0) return 0;
    target.set(this.subarray(sourceStart, sourceStart + n), targetStart);
    return n;
  };

  function toIntegerArg(v, name) {
    v = Math.trunc(+v) || 0;
    if (v < 0) throw outOfRange(name, `>= 0 && <= ${kMaxLength}`, v);
    return v;
  }

  proto.fill = function fill(value, offset, end, encoding) {
    if (typeof offset === 'string') {
      encoding = offset; offset = 0; end = this.length;
    } else if (typeof end === 'string') {
      encoding = end; end = this.length;
    }
    offset = offset === undefined ? 0 : (validateOffset(offset, 'offset'), offset);
    end = end === undefined ? this.length : (validateOffset(end, 'end', 0, this.length), end);
    if (offset >= end) return this;
    if (typeof value === 'number') {
      Uint8Array.prototype.fill.call(this, value & 255, offset, end);
      return this;
    }
    if (typeof value === 'boolean') {
      Uint8Array.prototype.fill.call(this, +value, offset, end);
      return this;
    }
    let bytes;
    if (typeof value === 'string') {
      const enc = encoding === undefined ? 'utf8' : getEncoding(encoding);
      if (value.length === 0) {
        Uint8Array.prototype.fill.call(this, 0, offset, end);
        return this;
      }
      if (value.length === 1 && enc === 'utf8' && value.charCodeAt(0) < 128) {
        Uint8Array.prototype.fill.call(this, value.charCodeAt(0), offset, end);
        return this;
      }
      bytes = new FastBuffer(goEncode(value, enc));
      if (bytes.length === 0) throw nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'value' is invalid. Received '${value}'`);
    } else if (value instanceof Uint8Array) {
      bytes = value;
    } else if (ArrayBuffer.isView(value)) {
      bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    } else {
      Uint8Array.prototype.fill.call(this, +value & 255, offset, end);
      return this;
    }
    internal.fill(this, bytes, offset, end);
    return this;
  };

  function searchArgs(buf, value, byteOffset, encoding, dir) {
    if (typeof byteOffset === 'string') {
      encoding = byteOffset; byteOffset = undefined;
    }
    let off = byteOffset === undefined ? (dir ? 0 : buf.length) : +byteOffset;
    if (Number.isNaN(off)) off = dir ? 0 : buf.length;
    off = Math.trunc(off);
    if (off < 0) off += buf.length;
    let needle;
    if (typeof value === 'number') {
      needle = new FastBuffer(1);
      needle[0] = value & 255;
    } else if (typeof value === 'string') {
      needle = fromString(value, encoding);
    } else if (value instanceof Uint8Array) {
      needle = value;
    } else {
      throw invalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
    }
    return [needle, off];
  }

  proto.indexOf = function indexOf(value, byteOffset, encoding) {
    const [needle, off] = searchArgs(this, value, byteOffset, encoding, true);
    if (needle.length === 0) return off < this.length ? Math.max(off, 0) : this.length;
    return internal.indexOf(this, needle, Math.max(off, 0), false);
  };
  proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
    const [needle, off] = searchArgs(this, value, byteOffset, encoding, false);
    if (off < 0) return -1;
    if (needle.length === 0) return Math.min(off, this.length);
    return internal.indexOf(this, needle, Math.min(off, this.length), true);
  };
  proto.includes = function includes(value, byteOffset, encoding) {
    return this.indexOf(value, byteOffset, encoding) !== -1;
  };

  function swap(buf, size) {
    if (buf.length % size !== 0) {
      throw nodeError('RangeError', 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${size * 8}-bits`);
    }
    for (let i = 0; i < buf.length; i += size) {
      for (let a = i, z = i + size - 1; a < z; a++, z--) {
        const t = buf[a]; buf[a] = buf[z]; buf[z] = t;
      }
    }
    return buf;
  }
  proto.swap16 = function swap16() { return swap(this, 2); };
  proto.swap32 = function swap32() { return swap(this, 4); };
  proto.swap64 = function swap64() { return swap(this, 8); };

  // ---- numeric reads and writes --------------------------------------------

  function boundsError(value, length, name) {
    if (typeof value !== 'number') throw invalidArgType(name || 'offset', 'number', value);
    if (Math.floor(value) !== value) throw outOfRange(name || 'offset', 'an integer', value);
    if (length < 0) throw nodeError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
    throw outOfRange(name || 'offset', `>= 0 and <= ${length}`, value);
  }

  function checkRead(buf, offset, size) {
    if (offset === undefined) offset = 0;
    if (typeof offset !== 'number') throw invalidArgType('offset', 'number', offset);
    const last = buf.length - size;
    if (!(offset >= 0 && offset <= last) || Math.floor(offset) !== offset) boundsError(offset, last);
    return offset;
  }

  function checkWrite(buf, value, offset, size, min, max, rangeText) {
    if (offset === undefined) offset = 0;
    if (typeof offset !== 'number') throw invalidArgType('offset', 'number', offset);
    value = +value;
    if (value > max || value < min) {
      throw outOfRange('value', rangeText || `>= ${min} and <= ${max}`, value);
    }
    const last = buf.length - size;
    if (!(offset >= 0 && offset <= last) || Math.floor(offset) !== offset) boundsError(offset, last);
    return [value, offset];
  }

  function defineInt(size, signed) {
    const bits = size * 8;
    const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
    const min = signed ? -(2 ** (bits - 1)) : 0;
    const range = size > 4 ? (signed ? `>= -(2 ** ${bits - 1}) and < 2 ** ${bits - 1}` : `>= 0 and < 2 ** ${bits}`) : undefined;
    const read = (le) => function (offset) {
      offset = checkRead(this, offset, size);
      let v = 0;
      for (let i = 0; i < size; i++) v += this[offset + (le ? i : size - 1 - i)] * 2 ** (8 * i);
      if (signed && v > max) v -= 2 ** bits;
      return v;
    };
    const write = (le) => function (value, offset) {
      let v;
      [v, offset] = checkWrite(this, value, offset, size, min, max, range);
      v = Math.trunc(v);
      if (v < 0) v += 2 ** bits;
      for (let i = 0; i < size; i++) {
        this[offset + (le ? i : size - 1 - i)] = v % 256;
        v = Math.floor(v / 256);
      }
      return offset + size;
    };
    return { read, write };
  }

  const intNames = { 1: '8', 2: '16', 4: '32' };
  for (const size of [1, 2, 4]) {
    for (const signed of [false, true]) {
      const { read, write } = defineInt(size, signed);
      const base = (signed ? 'Int' : 'UInt') + intNames[size];
      const alias = (signed ? 'Int' : 'Uint') + intNames[size];
      const ends = size === 1 ? [['', true]] : [['LE', true], ['BE', false]];
      for (const [suffix, le] of ends) {
        proto['read' + base + suffix] = read(le);
        proto['write' + base + suffix] = write(le);
        if (!signed) {
          proto['read' + alias + suffix] = proto['read' + base + suffix];
          proto['write' + alias + suffix] = proto['write' + base + suffix];
        }
      }
    }
  }

  // readIntLE(offset, byteLength) and friends: 1 to 6 bytes.
  const variable = {};
  for (let size = 1; size <= 6; size++) variable[size] = [defineInt(size, false), defineInt(size, true)];
  function checkByteLength(n) {
    if (typeof n !== 'number') throw invalidArgType('byteLength', 'number', n);
    if (!Number.isInteger(n)) throw outOfRange('byteLength', 'an integer', n);
    if (n < 1 || n > 6) throw outOfRange('byteLength', '>= 1 and <= 6', n);
  }
  for (const [name, signed, le] of [['UIntLE', 0, true], ['UIntBE', 0, false], ['IntLE', 1, true], ['IntBE', 1, false]]) {
    proto['read' + name] = function (offset, byteLength) {
      checkByteLength(byteLength);
      return variable[byteLength][signed].read(le).call(this, offset);
    };
    proto['write' + name] = function (value, offset, byteLength) {
      checkByteLength(byteLength);
      return variable[byteLength][signed].write(le).call(this, value, offset);
    };
    if (!signed) {
      proto['read' + name.replace('UInt', 'Uint')] = proto['read' + name];
      proto['write' + name.replace('UInt', 'Uint')] = proto['write' + name];
    }
  }

  // Floats go through a scratch array sharing memory with a byte view.
  const f64 = new Float64Array(1);
  const f32 = new Float32Array(f64.buffer, 0, 1);
  const scratch = new Uint8Array(f64.buffer);
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

  function defineFloat(size, arr) {
    const read = (le) => function (offset) {
      offset = checkRead(this, offset, size);
      const swapBytes = le !== littleEndian;
      for (let i = 0; i < size; i++) scratch[swapBytes ? size - 1 - i : i] = this[offset + i];
      return arr[0];
    };
    const write = (le) => function (value, offset) {
      if (offset === undefined) offset = 0;
      if (typeof offset !== 'number') throw invalidArgType('offset', 'number', offset);
      const last = this.length - size;
      if (!(offset >= 0 && offset <= last) || Math.floor(offset) !== offset) boundsError(offset, last);
      arr[0] = +value;
      const swapBytes = le !== littleEndian;
      for (let i = 0; i < size; i++) this[offset + i] = scratch[swapBytes ? size - 1 - i : i];
      return offset + size;
    };
    return { read, write };
  }
  for (const [name, size, arr] of [['Float', 4, f32], ['Double', 8, f64]]) {
    const { read, write } = defineFloat(size, arr);
    proto[`read${name}LE`] = read(true);
    proto[`read${name}BE`] = read(false);
    proto[`write${name}LE`] = write(true);
    proto[`write${name}BE`] = write(false);
  }

  // formatBigInt renders a received bigint as Node's ERR_OUT_OF_RANGE does.
  function formatBigInt(v) {
    let s = String(v < 0n ? -v : v);
    if (v > 2n ** 32n || v < -(2n ** 32n)) {
      let out = '';
      for (; s.length > 3; s = s.slice(0, -3)) out = '_' + s.slice(-3) + out;
      s += out;
    }
    return (v < 0n ? '-' : '') + s + 'n';
  }

  function defineBig(signed) {
    const read = (le) => function (offset) {
      offset = checkRead(this, offset, 8);
      let v = 0n;
      for (let i = 0; i < 8; i++) v = (v << 8n) | BigInt(this[offset + (le ? 7 - i : i)]);
      return signed ? BigInt.asIntN(64, v) : v;
    };
    const write = (le) => function (value, offset) {
      if (typeof value !== 'bigint') throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
      const min = signed ? -(2n ** 63n) : 0n;
      const max = signed ? 2n ** 63n : 2n ** 64n;
      if (value < min || value >= max) {
        const range = signed ? '>= -(2n ** 63n) and < 2n ** 63n' : '>= 0n and < 2n ** 64n';
        throw outOfRange('value', range, formatBigInt(value));
      }
      if (offset === undefined) offset = 0;
      if (typeof offset !== 'number') throw invalidArgType('offset', 'number', offset);
      const last = this.length - 8;
      if (!(offset >= 0 && offset <= last) || Math.floor(offset) !== offset) boundsError(offset, last);
      let v = BigInt.asUintN(64, value);
      for (let i = 0; i < 8; i++) {
        this[offset + (le ? i : 7 - i)] = Number(v & 0xffn);
        v >>= 8n;
      }
      return offset + 8;
    };
    return { read, write };
  }
  for (const [name, signed] of [['BigUInt64', false], ['BigInt64', true]]) {
    const { read, write } = defineBig(signed);
    proto[`read${name}LE`] = read(true);
    proto[`read${name}BE`] = read(false);
    proto[`write${name}LE`] = write(true);
    proto[`write${name}BE`] = write(false);
    if (!signed) {
      proto.readBigUint64LE = proto.readBigUInt64LE; proto.readBigUint64BE = proto.readBigUInt64BE;
      proto.writeBigUint64LE = proto.writeBigUInt64LE; proto.writeBigUint64BE = proto.writeBigUInt64BE;
    }
  }

  // The per-encoding slice/write methods older libraries call directly.
  for (const [prefix, enc] of [['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'], ['hex', 'hex'],
    ['latin1', 'latin1'], ['ucs2', 'utf16le'], ['utf8', 'utf8']]) {
    proto[prefix + 'Slice'] = function (start, end) {
      start = start === undefined ? 0 : start;
      end = end === undefined ? this.length : end;
      if (start < 0 || end > this.length || start > end) {
        throw nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'Index out of range');
      }
      return goDecode(this, enc, start, end);
    };
    proto[prefix + 'Write'] = function (string, offset, length) {
      offset = offset === undefined ? 0 : offset;
      length = length === undefined ? this.length - offset : length;
      if (offset < 0 || offset > this.length) throw nodeError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
      return goWrite(this, string, offset, Math.min(length, this.length - offset), enc);
    };
  }

  proto.inspect = function inspect() {
    const max = INSPECT_MAX_BYTES;
    let str = goDecode(this.subarray(0, Math.min(max, this.length)), 'hex', 0, Math.min(max, this.length)).replace(/(.{2})/g, '$1 ').trim();
    const remaining = this.length - max;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    return `<${this.constructor.name} ${str}>`;
  };

  Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
    if (!ArrayBuffer.isView(view) || view instanceof DataView) throw invalidArgType('view', 'TypedArray', view);
    const elem = view.BYTES_PER_ELEMENT;
    offset = offset === undefined ? 0 : offset;
    if (offset !== 0) validateOffset(offset, 'offset', 0);
    if (offset >= view.length) return new FastBuffer();
    const end = length === undefined ? view.length : Math.min(offset + (validateOffset(length, 'length', 0), length), view.length);
    const bytes = new Uint8Array(view.buffer, view.byteOffset + offset * elem, (end - offset) * elem);
    return new FastBuffer(bytes);
  };

  Object.defineProperty(proto, 'parent', {
    get() { return this instanceof Buffer ? this.buffer : undefined; }, enumerable: true, configurable: true,
  });
  Object.defineProperty(proto, 'offset', {
    get() { return this instanceof Buffer ? this.byteOffset : undefined; }, enumerable: true, configurable: true,
  });

  // ---- module ---------------------------------------------------------------

  function btoa(input) {
    if (arguments.length === 0) throw invalidArgType('input', 'string', undefined);
    input = `${input}`;
    for (let i = 0; i < input.length; i++) {
      if (input.charCodeAt(i) > 0xff) {
        const e = new Error('Invalid character');
        e.name = 'InvalidCharacterError';
        throw e;
      }
    }
    return fromString(input, 'latin1').toString('base64');
  }
  function atob(input) {
    if (arguments.length === 0) throw invalidArgType('input', 'string', undefined);
    input = `${input}`.replace(/[\t\n\f\r ]/g, '');
    if (input.length % 4 === 0) input = input.replace(/==?$/, '');
    if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) {
      const e = new Error('The string to be decoded is not correctly encoded.');
      e.name = 'InvalidCharacterError';
      throw e;
    }
    return fromString(input, 'base64').toString('latin1');
  }

  function isUtf8(input) {
    const u8 = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
    return fromString(goDecode(u8, 'utf8', 0, u8.length), 'utf8').equals(u8);
  }
  function isAscii(input) {
    const u8 = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
    for (let i = 0; i < u8.length; i++) if (u8[i] > 127) return false;
    return true;
  }

  return {
    Buffer,
    kMaxLength,
    kStringMaxLength,
    btoa,
    atob,
    isUtf8,
    isAscii,
    constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
    INSPECT_MAX_BYTES,
  };
})
