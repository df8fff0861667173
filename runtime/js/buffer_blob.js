// Blob and File (node:buffer, and globals). A Blob here owns one immutable
// byte copy of its parts; slice shares it. Node keeps blob data outside the
// JS heap and can stream it; tsrun has no web streams, so blob.stream()
// says so instead of returning something half-working.
(function (shared, internal, bufferModule) {
  'use strict';
  const { Buffer } = bufferModule;
  const kBytes = Symbol('kBytes');
  const kType = Symbol('kType');
  const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
  const iteratorOf = (v) => v != null && typeof v === 'object' && typeof v[Symbol.iterator] === 'function';

  function partBytes(part, endings) {
    if (part instanceof Blob) return part[kBytes];
    if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
    if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
    let s = String(part);
    if (endings === 'native') s = s.replace(/\r\n?/g, '\n');
    return Buffer.from(s, 'utf8');
  }

  function normalizeType(type) {
    type = type === undefined ? '' : String(type);
    return /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
  }

  class Blob {
    constructor(sources = [], options) {
      if (!iteratorOf(sources)) {
        throw internal.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'Value cannot be converted to sequence.');
      }
      if (options !== undefined && (options === null || typeof options !== 'object')) {
        throw internal.invalidArgType('options', 'Object', options);
      }
      const { type, endings = 'transparent' } = options || {};
      if (endings !== 'transparent' && endings !== 'native') {
        throw internal.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The property 'options.endings' must be one of: 'transparent', 'native'. Received '${endings}'`);
      }
      const parts = [];
      let size = 0;
      for (const p of sources) {
        const b = partBytes(p, endings);
        parts.push(b);
        size += b.length;
      }
      const bytes = new Uint8Array(size);
      let off = 0;
      for (const b of parts) { bytes.set(b, off); off += b.length; }
      Object.defineProperty(this, kBytes, { value: bytes });
      Object.defineProperty(this, kType, { value: normalizeType(type) });
    }
    get size() { return this[kBytes].length; }
    get type() { return this[kType]; }
    slice(start = 0, end = this.size, contentType = '') {
      const size = this.size;
      const rel = (v) => { v = Math.trunc(Number(v)) || 0; return v < 0 ? Math.max(size + v, 0) : Math.min(v, size); };
      const s = rel(start);
      const e = rel(end);
      const out = Object.create(Blob.prototype);
      Object.defineProperty(out, kBytes, { value: this[kBytes].subarray(s, Math.max(s, e)) });
      Object.defineProperty(out, kType, { value: normalizeType(contentType) });
      return out;
    }
    text() { return Promise.resolve(Buffer.from(this[kBytes].buffer, this[kBytes].byteOffset, this[kBytes].length).toString('utf8')); }
    arrayBuffer() {
      const b = this[kBytes];
      return Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
    }
    bytes() { return Promise.resolve(new Uint8Array(this[kBytes])); }
    stream() {
      throw internal.nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'blob.stream() needs web streams, which tsrun does not have yet');
    }
    [inspectCustom](depth, options, inspect) {
      const fields = { size: this.size, type: this.type };
      if (this instanceof File) { fields.name = this.name; fields.lastModified = this.lastModified; }
      return `${this.constructor.name} ${inspect(fields, options)}`;
    }
  }
  Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

  const kName = Symbol('kName');
  const kLastModified = Symbol('kLastModified');
  class File extends Blob {
    constructor(fileBits, fileName, options) {
      if (arguments.length < 2) {
        throw internal.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "fileBits" and "fileName" arguments must be specified');
      }
      super(fileBits, options);
      const lm = options && options.lastModified !== undefined ? Number(options.lastModified) : Date.now();
      Object.defineProperty(this, kName, { value: String(fileName) });
      Object.defineProperty(this, kLastModified, { value: Number.isNaN(lm) ? 0 : Math.trunc(lm) });
    }
    get name() { return this[kName]; }
    get lastModified() { return this[kLastModified]; }
  }
  Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

  return { Blob, File };
})
