// node:string_decoder. A StringDecoder turns a stream of byte chunks into
// text without splitting characters: a multi-byte UTF-8 sequence, a UTF-16
// surrogate pair or a base64 group cut across two chunks is held back until
// its remaining bytes arrive; end() flushes what is left (an incomplete
// UTF-8 sequence becomes U+FFFD, as when Buffer decodes it).
(function (shared, internal, bufferModule) {
  'use strict';
  const { Buffer } = bufferModule;
  const kPending = Symbol('kPending');
  const kTotal = Symbol('kTotal');

  const canonical = { 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le', 'utf-16le': 'utf16le', binary: 'latin1' };

  function StringDecoder(encoding) {
    const enc = encoding === undefined || encoding === null || encoding === '' ? 'utf8' : String(encoding).toLowerCase();
    if (!Buffer.isEncoding(enc)) {
      throw internal.nodeError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
    }
    this.encoding = canonical[enc] || enc;
    Object.defineProperty(this, kPending, { value: null, writable: true });
    Object.defineProperty(this, kTotal, { value: 0, writable: true });
  }

  // heldBack returns how many trailing bytes of buf start a character that
  // is not complete yet, and how long that character is in total.
  function heldBack(enc, buf) {
    const n = buf.length;
    if (enc === 'utf8') {
      for (let i = 1; i <= Math.min(3, n); i++) {
        const c = buf[n - i];
        if ((c & 0xc0) === 0x80) continue;
        const total = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 1;
        return total > i ? [i, total] : [0, 0];
      }
      return [0, 0];
    }
    if (enc === 'utf16le') {
      if (n % 2) return [1, 2];
      if (n >= 2 && buf[n - 1] >= 0xd8 && buf[n - 1] <= 0xdb) return [2, 4];
      return [0, 0];
    }
    if (enc === 'base64' || enc === 'base64url') return n % 3 ? [n % 3, 3] : [0, 0];
    return [0, 0];
  }

  StringDecoder.prototype.write = function write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      throw internal.invalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    if (!(buf instanceof Buffer)) buf = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    if (this[kPending]) {
      buf = Buffer.concat([this[kPending], buf]);
      this[kPending] = null;
    }
    const [keep, total] = heldBack(this.encoding, buf);
    if (keep) {
      this[kPending] = Buffer.from(buf.subarray(buf.length - keep));
      this[kTotal] = total;
      buf = buf.subarray(0, buf.length - keep);
    }
    return buf.toString(this.encoding);
  };

  StringDecoder.prototype.end = function end(buf) {
    let s = buf === undefined ? '' : this.write(buf);
    if (this[kPending]) {
      s += this[kPending].toString(this.encoding);
      this[kPending] = null;
    }
    return s;
  };

  StringDecoder.prototype.text = function text(buf, offset) {
    return this.write(buf.subarray(offset));
  };

  Object.defineProperties(StringDecoder.prototype, {
    lastNeed: {
      get() { return this[kPending] ? this[kTotal] - this[kPending].length : 0; },
      configurable: true,
    },
    lastTotal: {
      get() { return this[kPending] ? this[kTotal] : 0; },
      configurable: true,
    },
    lastChar: {
      get() { const b = Buffer.alloc(4); if (this[kPending]) this[kPending].copy(b); return b; },
      configurable: true,
    },
  });

  return { StringDecoder };
})
