// The process object. Its state that the loop needs (exit code, exiting)
// lives in Go (process.go) and is reached through `b`; everything a program
// reads is here, with Node's shapes.
(function (internal, b) {
  'use strict';

  // process and the stdio streams are EventEmitters, but node:events is
  // the largest script a hello-world would otherwise compile (goja has no
  // code cache, so that is ~5 ms on every run). They inherit from lazyProto
  // instead, whose accessors load node:events on first use of any emitter
  // method and then turn lazyProto into a plain object inheriting from
  // EventEmitter.prototype: the chain, instanceof and method identity are
  // Node's from then on. Go asks b.emitterReady() before emitting, since a
  // program that never reached an emitter method has no listeners.
  let EventEmitter;
  const emitters = [];
  const lazyProto = {};
  const lazyKeys = ['constructor', 'setMaxListeners', 'getMaxListeners', 'emit', 'addListener', 'on',
    'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off', 'removeAllListeners',
    'listeners', 'rawListeners', 'listenerCount', 'eventNames'];
  function upgrade() {
    if (EventEmitter) return;
    // Loading node:events links us itself (process.go linkEmitter).
    const EE = b.loadEmitter();
    if (EventEmitter) return;
    EventEmitter = EE;
    for (const k of lazyKeys) delete lazyProto[k];
    Object.setPrototypeOf(lazyProto, EventEmitter.prototype);
    for (const e of emitters) EventEmitter.init.call(e);
    b.emitterReady();
    proc.on('warning', onWarning);
  }
  for (const k of lazyKeys) {
    Object.defineProperty(lazyProto, k, {
      configurable: true,
      enumerable: false,
      get() { upgrade(); return this[k]; },
      set(v) { upgrade(); this[k] = v; },
    });
  }
  function newEmitter(o) {
    // Placeholders keep the own keys where EventEmitter.init puts them.
    o._events = undefined;
    o._eventsCount = 0;
    o._maxListeners = undefined;
    if (EventEmitter) EventEmitter.init.call(o);
    else emitters.push(o);
    return o;
  }

  function process() {}
  Object.setPrototypeOf(process.prototype, lazyProto);
  const proc = newEmitter(new process());

  let exitCode;

  function validateCode(code) {
    if (code === undefined || code === null) return;
    if (typeof code === 'string' && code !== '' && /^\s*-?\d+\s*$/.test(code)) return;
    if (typeof code !== 'number') {
      throw internal.invalidArgType('code', 'number', code);
    }
    if (!Number.isInteger(code)) {
      const e = new RangeError(`The value of "code" is out of range. It must be an integer. Received ${code}`);
      e.code = 'ERR_OUT_OF_RANGE';
      throw e;
    }
  }

  Object.defineProperty(proc, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) {
      validateCode(code);
      exitCode = typeof code === 'string' ? Number(code) : code;
    },
  });

  const argv = b.argv;
  Object.assign(proc, {
    title: 'node',
    version: b.version,
    versions: b.versions,
    arch: b.arch,
    platform: b.platform,
    release: { name: 'node' },
    argv,
    argv0: 'node',
    execArgv: [],
    execPath: b.execPath,
    pid: b.pid,
    ppid: b.ppid,
    env: b.env,
    config: { variables: {} },
    features: { inspector: false, typescript: 'strip' },
  });

  proc.cwd = function cwd() { return b.cwd(); };
  proc.chdir = function chdir(dir) {
    if (typeof dir !== 'string') throw internal.invalidArgType('directory', 'string', dir);
    b.chdir(dir);
  };
  proc.umask = function umask() { return b.umask(); };
  proc.uptime = function uptime() { return b.uptime(); };
  proc.hrtime = function hrtime(prev) {
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
  };
  proc.hrtime.bigint = function bigint() { return BigInt(b.hrtimeNs()); };
  proc.memoryUsage = function memoryUsage() { return b.memoryUsage(); };
  proc.memoryUsage.rss = function rss() { return b.memoryUsage().rss; };
  proc.cpuUsage = function cpuUsage(prevValue) {
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
  };
  proc.nextTick = internal.nextTick;
  proc.emitWarning = emitWarning;
  proc.getuid = function getuid() { return b.ids[0]; };
  proc.geteuid = function geteuid() { return b.ids[1]; };
  proc.getgid = function getgid() { return b.ids[2]; };
  proc.getegid = function getegid() { return b.ids[3]; };
  proc.kill = function kill(pid, sig) { b.kill(pid, sig === undefined ? 'SIGTERM' : sig); return true; };
  proc.abort = function abort() { b.reallyExit(134); };

  proc.exit = function exit(code) {
    if (code !== undefined) proc.exitCode = code;
    if (!b.exiting()) {
      b.setExiting();
      proc._exiting = true;
      proc.emit('exit', toCode(exitCode));
    }
    b.reallyExit(toCode(exitCode));
  };
  proc.reallyExit = function reallyExit(code) { b.reallyExit(toCode(code)); };
  Object.defineProperty(proc, '_exiting', { value: false, writable: true, enumerable: false });

  function toCode(code) {
    if (code === undefined || code === null) return 0;
    return Number(code) | 0;
  }

  function stdio(fd, write) {
    const s = newEmitter(Object.create(lazyProto));
    s.fd = fd;
    s.isTTY = b.isTTY(fd);
    s.writable = true;
    if (s.isTTY) {
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
    s.hasColors = function () { return false; };
    s.getColorDepth = function () { return 1; };
    s._isStdio = true;
    // A terminal's stream is a tty.WriteStream: its size, colors, cursor.
    if (s.isTTY) internal.require('tty')._makeWriteStream(s, fd);
    return s;
  }
  let stdout, stderr;
  Object.defineProperty(proc, 'stdout', {
    configurable: true, enumerable: false,
    get() { return stdout || (stdout = stdio(1, b.writeOut)); },
  });
  Object.defineProperty(proc, 'stderr', {
    configurable: true, enumerable: false,
    get() { return stderr || (stderr = stdio(2, b.writeErr)); },
  });
  let stdin;
  Object.defineProperty(proc, 'stdin', {
    configurable: true, enumerable: false,
    get() { return stdin || (stdin = makeStdin()); },
  });

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
    s.isTTY = b.isTTY(0);
    if (s.isTTY) internal.require('tty')._makeReadStream(s, 0);
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

  // node:events already loaded (a program that imported it first): no
  // reason to wait.
  if (b.eventsLoaded()) upgrade();
  b.upgrade = upgrade;
  return proc;
})
