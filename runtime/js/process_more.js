// The parts of the process object most programs never call (hrtime,
// cpuUsage, emitWarning, the stdio streams), split from js/process.js so
// that reading process.argv compiles only what it needs: goja has no code
// cache, and compiling is most of what touching process costs.
(function (internal, b, proc, api) {
  'use strict';
  const { newEmitter, lazyProto } = api;

  function hrtime(prev) {
    const ns = b.hrtimeNs();
    let s = Math.floor(ns / 1e9);
    let n = ns - s * 1e9;
    if (prev !== undefined) {
      if (!Array.isArray(prev)) throw internal.invalidArgType('time', 'an instance of Array', prev);
      if (prev.length !== 2) {
        const e = new RangeError(`The value of "time" is out of range. It must be 2. Received ${prev.length}`);
        e.code = 'ERR_OUT_OF_RANGE';
        throw e;
      }
      s -= prev[0];
      n -= prev[1];
      if (n < 0) { s--; n += 1e9; }
    }
    return [s, n];
  }

  function cpuUsage(prevValue) {
    const now = b.cpuUsage();
    if (prevValue === undefined) return now;
    if (prevValue === null || typeof prevValue !== 'object') {
      throw internal.invalidArgType('prevValue', 'object', prevValue);
    }
    for (const k of ['user', 'system']) {
      const v = prevValue[k];
      if (typeof v !== 'number') {
        const e = new TypeError(`The "prevValue.${k}" property must be of type number. Received ${b.describe(v)}`);
        e.code = 'ERR_INVALID_ARG_TYPE';
        throw e;
      }
      if (!(v >= 0) || v > Number.MAX_SAFE_INTEGER) {
        const e = new RangeError(`The property 'prevValue.${k}' is invalid. Received ${v}`);
        e.code = 'ERR_INVALID_ARG_VALUE';
        throw e;
      }
    }
    return { user: now.user - prevValue.user, system: now.system - prevValue.system };
  }

  function stdio(fd, write) {
    const s = newEmitter(Object.create(lazyProto));
    s.fd = fd;
    // Only a terminal's stream has isTTY (and tty.WriteStream's color
    // methods); on a pipe or a file Node's stdout has neither.
    const tty = b.isTTY(fd);
    if (tty) s.isTTY = true;
    s.writable = true;
    if (tty) {
      s.columns = b.columns(fd);
      s.rows = b.rows(fd);
    }
    s.write = function (chunk, encoding, cb) {
      if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
      if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
        throw internal.invalidArgType('chunk', 'string or an instance of Buffer, TypedArray, or DataView', chunk);
      }
      write(chunk);
      if (typeof cb === 'function') proc.nextTick(cb, null);
      return true;
    };
    s.end = function (chunk, encoding, cb) {
      if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
      if (chunk !== undefined && chunk !== null) s.write(chunk, encoding);
      if (typeof cb === 'function') proc.nextTick(cb);
      return s;
    };
    s.cork = s.uncork = function () {};
    s._isStdio = true;
    // A terminal's stream is a tty.WriteStream: its size, colors, cursor.
    if (tty) internal.require('tty')._makeWriteStream(s, fd);
    return s;
  }

  // stdin is a Readable fed by reads on the worker pool (one at a time,
  // as the stream asks); without node:stream, a minimal object.
  function makeStdin() {
    let Readable, Buffer;
    try {
      Readable = internal.require('stream').Readable;
      Buffer = internal.require('buffer').Buffer;
    } catch {
      return b.stdin();
    }
    const s = new Readable({
      highWaterMark: 65536,
      read() {
        b.stdinRead((err, chunk) => {
          if (err) s.destroy(err);
          else s.push(chunk === null ? null : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        });
      },
    });
    s.fd = 0;
    if (b.isTTY(0)) {
      s.isTTY = true;
      internal.require('tty')._makeReadStream(s, 0);
    }
    return s;
  }

  // Warnings are emitted on the next tick and printed by a default
  // listener, as Node does; the first one adds the --trace-warnings hint.
  let warnedOnce = false;
  function emitWarning(warning, type, code, ctor) {
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      code = type.code;
      type = type.type;
    } else if (typeof type === 'function') {
      ctor = type; type = undefined;
    }
    if (typeof code === 'function') { ctor = code; code = undefined; }
    if (type === undefined) type = 'Warning';
    if (typeof warning === 'string') {
      const w = new Error(warning);
      w.name = String(type);
      if (code !== undefined) w.code = code;
      warning = w;
    } else if (!(warning instanceof Error)) {
      throw internal.invalidArgType('warning', 'Error or string', warning);
    }
    if (warning.name === 'DeprecationWarning' && proc.noDeprecation) return;
    proc.nextTick(() => proc.emit('warning', warning));
  }
  function onWarning(warning) {
    if (!(warning instanceof Error)) return;
    const name = warning.name || 'Warning';
    const code = warning.code ? `[${warning.code}] ` : '';
    let msg = `(node:${b.pid}) ${code}${name}: ${warning.message}\n`;
    if (!warnedOnce) {
      warnedOnce = true;
      const flag = name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
      msg += `(Use \`node ${flag} ...\` to show where the warning was created)\n`;
    }
    b.writeErr(msg);
  }

  return { hrtime, cpuUsage, stdio, makeStdin, emitWarning, onWarning };
})
