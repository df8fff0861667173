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
    proc.on('warning', extra().onWarning);
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
  // Rarely used parts live in js/process_more.js, compiled on first use.
  let more;
  function extra() { return more || (more = b.more(proc, { newEmitter, lazyProto })); }
  proc.hrtime = function hrtime(time) { return extra().hrtime(time); };
  proc.hrtime.bigint = function bigint() { return BigInt(b.hrtimeNs()); };
  proc.memoryUsage = function memoryUsage() { return b.memoryUsage(); };
  proc.memoryUsage.rss = function rss() { return b.memoryUsage().rss; };
  proc.cpuUsage = function cpuUsage(prevValue) { return extra().cpuUsage(prevValue); };
  // nextTick's queue lives in js/loop.js, compiled when first needed: the
  // property becomes a plain data property on first read.
  const settle = (name, value) => Object.defineProperty(proc, name, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(proc, 'nextTick', {
    configurable: true,
    enumerable: true,
    get() { const f = b.nextTick(); settle('nextTick', f); return f; },
    set(v) { settle('nextTick', v); },
  });
  proc.emitWarning = function emitWarning(warning, type, code, ctor) {
    return extra().emitWarning(warning, type, code, ctor);
  };
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
      // Without node:events linked there can be no 'exit' listener.
      if (EventEmitter) proc.emit('exit', toCode(exitCode));
    }
    b.reallyExit(toCode(exitCode));
  };
  proc.reallyExit = function reallyExit(code) { b.reallyExit(toCode(code)); };
  Object.defineProperty(proc, '_exiting', { value: false, writable: true, enumerable: false });

  function toCode(code) {
    if (code === undefined || code === null) return 0;
    return Number(code) | 0;
  }

  // Enumerable getters in Node's order, so that `import { stdin } from
  // "node:process"` finds them.
  let stdout, stdin, stderr;
  Object.defineProperty(proc, 'stdout', {
    configurable: true, enumerable: true,
    get() { return stdout || (stdout = extra().stdio(1, b.writeOut)); },
  });
  Object.defineProperty(proc, 'stdin', {
    configurable: true, enumerable: true,
    get() { return stdin || (stdin = extra().makeStdin()); },
  });
  Object.defineProperty(proc, 'stderr', {
    configurable: true, enumerable: true,
    get() { return stderr || (stderr = extra().stdio(2, b.writeErr)); },
  });

  // node:events already loaded (a program that imported it first): no
  // reason to wait.
  if (b.eventsLoaded()) upgrade();
  b.upgrade = upgrade;
  return proc;
})
