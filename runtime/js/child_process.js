// node:child_process over the binding in mod_child_process.go. The shapes
// follow Node's lib/child_process.js and lib/internal/child_process.js:
// the order of 'spawn', 'exit' and 'close' (close waits for the exit and
// for every piped output stream to close), the errors' own properties and
// their order, execSync's stderr passed through to ours.
(function (internal, b, EventEmitter, stream, bufferModule, util) {
  'use strict';

  const { Buffer } = bufferModule;
  const { Readable, Writable } = stream;
  const nodeError = (cls, code, msg) => b.nodeError(cls, code, msg);
  const invalidArgType = (name, type, v) => b.invalidArgType(name, type, v);

  function toBuffer(u8) {
    return Buffer.from(u8.buffer, u8.byteOffset, u8.length);
  }

  function validateString(v, name) {
    if (typeof v !== 'string') throw invalidArgType(name, 'string', v);
  }

  // The "K=V" list the child gets: options.env or ours, undefined values
  // left out as Node does.
  function envPairs(env) {
    const src = env || process.env;
    const out = [];
    for (const k of Object.keys(src)) {
      if (src[k] !== undefined) out.push(`${k}=${src[k]}`);
    }
    return out;
  }

  function stdioModes(stdio) {
    if (stdio === undefined || stdio === null) stdio = 'pipe';
    if (typeof stdio === 'string') {
      if (stdio === 'overlapped') stdio = 'pipe';
      return [stdio, stdio, stdio];
    }
    if (!Array.isArray(stdio)) {
      throw nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The argument 'stdio' is invalid. Received ${util.inspect(stdio)}`);
    }
    const out = [];
    for (let i = 0; i < 3; i++) {
      let m = stdio[i];
      if (m === undefined || m === null || m === 'overlapped') m = 'pipe';
      else if (typeof m === 'number' || m === process.stdin || m === process.stdout || m === process.stderr) m = 'inherit';
      else if (typeof m !== 'string') m = 'pipe';
      out.push(m);
    }
    return out;
  }

  let emittedDEP0190 = false;

  // normalizeSpawnArguments: file, args and options as Node validates
  // them; a shell runs `file args...` joined with spaces under /bin/sh -c.
  function normalize(file, args, options) {
    validateString(file, 'file');
    if (file.length === 0) {
      throw nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'file' cannot be empty. Received ''");
    }
    if (Array.isArray(args)) {
      args = args.slice();
    } else if (args == null) {
      args = [];
    } else if (typeof args !== 'object') {
      throw invalidArgType('args', 'object', args);
    } else {
      options = args;
      args = [];
    }
    if (options === undefined) options = {};
    else if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
    options = Object.assign({}, options);
    if (options.cwd != null && typeof options.cwd !== 'string') {
      if (options.cwd instanceof URL) options.cwd = decodeURIComponent(options.cwd.pathname);
      else throw invalidArgType('options.cwd', ['string', 'Buffer', 'URL'], options.cwd);
    }
    if (options.shell) {
      if (args.length > 0 && !emittedDEP0190) {
        emittedDEP0190 = true;
        process.emitWarning('Passing args to a child process with shell option true can lead to security ' +
          'vulnerabilities, as the arguments are not escaped, only concatenated.', 'DeprecationWarning', 'DEP0190');
      }
      const command = args.length ? `${file} ${args.join(' ')}` : file;
      file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
      args = ['-c', command];
    }
    const argv0 = typeof options.argv0 === 'string' ? options.argv0 : file;
    return { file, args: [argv0, ...args], options, spec: {
      file, args, argv0, cwd: options.cwd, env: envPairs(options.env), stdio: null, detached: !!options.detached,
    } };
  }

  // Errors made on the loop have no frames of the program's; Node shows
  // its own internal ones there (and inspect brackets a frameless error),
  // so they get the frames Node's would have.
  const kOnExitFrames = '\n    at ChildProcess._handle.onexit (node:internal/child_process:315:19)' +
    '\n    at onErrorNT (node:internal/child_process:553:16)' +
    '\n    at process.processTicksAndRejections (node:internal/process/task_queues:90:21)';
  const kExitHandlerFrames = '\n    at genericNodeError (node:internal/errors:999:15)' +
    '\n    at wrappedFn (node:internal/errors:544:14)' +
    '\n    at ChildProcess.exithandler (node:child_process:417:12)' +
    '\n    at ChildProcess.emit (node:events:514:20)' +
    '\n    at maybeClose (node:internal/child_process:1156:16)';
  function setFrames(err, frames) {
    Object.defineProperty(err, 'stack', {
      value: `${err.name}: ${err.message}${frames}`, writable: true, configurable: true, enumerable: false,
    });
    return err;
  }

  // Node's stdio are net.Sockets: errors and inspect name them so.
  class Socket extends Writable {}
  class ReadSocket extends Readable {}
  Object.defineProperty(ReadSocket, 'name', { value: 'Socket' });

  function writeError(errno) {
    const code = b.errname(errno);
    const err = new Error(`write ${code}`);
    err.errno = errno;
    err.code = code;
    err.syscall = 'write';
    return setFrames(err, '\n    at afterWriteDispatched (node:internal/stream_base_commons:138:10)');
  }

  function spawnError(syscall, errno, file, spawnargs) {
    const code = b.errname(errno);
    const err = new Error(`${syscall} ${code}`);
    err.errno = errno;
    err.code = code;
    err.syscall = syscall;
    err.path = file;
    err.spawnargs = spawnargs;
    return err;
  }

  function signalNumber(sig) {
    if (sig === undefined) sig = 'SIGTERM';
    if (typeof sig === 'number') return sig;
    const n = b.signum(String(sig));
    if (n === undefined) {
      throw nodeError('TypeError', 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
    }
    return n;
  }

  // ---- ChildProcess

  class ChildProcess extends EventEmitter {
    constructor() {
      super();
      this._closesNeeded = 1;
      this._closesGot = 0;
      this.connected = false;
      this.signalCode = null;
      this.exitCode = null;
      this.killed = false;
      this.spawnfile = null;
      this._handle = null;
    }

    spawn(options) {
      const { spec } = options;
      this.spawnfile = spec.file;
      this.spawnargs = [spec.argv0, ...spec.args];
      const modes = spec.stdio;
      const pending = new Map();
      let nextId = 0;
      const r = b.spawn(spec, (kind, a, c) => {
        if (kind === 'data') {
          const s = a === 1 ? this.stdout : this.stderr;
          if (s && !s.destroyed) s.push(toBuffer(c));
        } else if (kind === 'end') {
          const s = a === 1 ? this.stdout : this.stderr;
          if (s && !s.destroyed) s.push(null);
        } else if (kind === 'written') {
          const cb = pending.get(a);
          pending.delete(a);
          if (cb) cb(c ? writeError(c) : null);
        } else if (kind === 'exit') {
          this._onExit(a, c);
        }
      });
      if (r.errno !== undefined) {
        this._handle = null;
        process.nextTick(() => {
          this.exitCode = r.errno;
          const err = setFrames(spawnError(`spawn ${spec.file}`, r.errno, spec.file, spec.args.slice()), kOnExitFrames);
          this.emit('error', err);
          for (const s of [this.stdout, this.stderr]) if (s) s.destroy();
          maybeClose(this);
        });
        this.pid = undefined;
      } else {
        this._handle = r.handle;
        this.pid = r.pid;
        process.nextTick(() => this.emit('spawn'));
      }
      const handle = r.handle;
      this.stdin = null;
      this.stdout = null;
      this.stderr = null;
      if (modes[0] === 'pipe') {
        this.stdin = new Socket({
          write(chunk, enc, cb) {
            if (!handle) return cb(null);
            const id = nextId++;
            pending.set(id, cb);
            handle.write(typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk, id);
          },
          final(cb) {
            if (handle) handle.end();
            cb();
          },
          destroy(err, cb) {
            if (handle) handle.end();
            cb(err);
          },
        });
      }
      for (const fd of [1, 2]) {
        if (modes[fd] !== 'pipe') continue;
        const s = new ReadSocket({
          read() {},
          destroy(err, cb) {
            if (handle) handle.closeStream(fd);
            // A socket's 'close' waits for libuv's close callback, a
            // later loop phase: code resumed by 'end' runs before it.
            setImmediate(() => cb(err));
          },
        });
        this._closesNeeded++;
        // Node's output sockets are Duplexes, whose async iteration ends
        // at 'end'; ours, Readables, end at 'close'. The child's 'close'
        // waits a turn so that code resumed there (for await over stdout,
        // then once(child, 'close')) still sees it, as in Node.
        s.on('close', () => setImmediate(() => maybeClose(this)));
        if (fd === 1) this.stdout = s;
        else this.stderr = s;
      }
      this.stdio = [this.stdin, this.stdout, this.stderr];
      return r.errno === undefined ? 0 : r.errno;
    }

    _onExit(code, signal) {
      if (signal) this.signalCode = signal;
      else this.exitCode = code;
      this._handle = null;
      if (this.stdin) this.stdin.destroy();
      this.emit('exit', this.exitCode, this.signalCode);
      // Output nobody reads still has to drain for 'close' to come.
      process.nextTick(() => {
        for (const s of [this.stdout, this.stderr]) {
          if (s && s.readable && s.readableFlowing === null && s.listenerCount('data') === 0 &&
              s.listenerCount('readable') === 0) s.resume();
        }
      });
      maybeClose(this);
    }

    kill(sig) {
      const n = signalNumber(sig);
      if (!this._handle) return false;
      const err = this._handle.kill(n);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      return false;
    }

    ref() {}
    unref() {}
  }

  class AbortError extends Error {
    constructor(message = 'The operation was aborted', options = undefined) {
      super(message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }

  function abortChild(child, killSignal, reason) {
    try {
      if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
    } catch (err) {
      child.emit('error', err);
    }
  }

  function maybeClose(cp) {
    cp._closesGot++;
    if (cp._closesGot === cp._closesNeeded) {
      cp.emit('close', cp.exitCode, cp.signalCode);
    }
  }

  function spawn(file, args, options) {
    const n = normalize(file, args, options);
    n.spec.stdio = stdioModes(n.options.stdio);
    const child = new ChildProcess();
    child.spawn(n);
    const signal = n.options.signal;
    if (signal) {
      const onAbort = () => abortChild(child, n.options.killSignal, signal.reason);
      if (signal.aborted) {
        process.nextTick(onAbort);
      } else {
        signal.addEventListener('abort', onAbort, { once: true });
        child.once('exit', () => signal.removeEventListener('abort', onAbort));
      }
    }
    if (n.options.timeout > 0) {
      let t = setTimeout(() => {
        if (t) {
          try { child.kill(n.options.killSignal); } catch (e) { child.emit('error', e); }
        }
        t = null;
      }, n.options.timeout);
      child.once('exit', () => { if (t) { clearTimeout(t); t = null; } });
    }
    return child;
  }

  // ---- execFile / exec

  function execFile(file, args, options, callback) {
    if (typeof args === 'function') { callback = args; args = []; options = {}; }
    else if (!Array.isArray(args)) {
      if (args != null && typeof args === 'object') { callback = options; options = args; }
      else if (typeof options === 'function') callback = options;
      args = [];
      if (typeof options !== 'object' || options === null) options = {};
    } else if (typeof options === 'function') { callback = options; options = {}; }
    if (options == null) options = {};
    if (callback !== undefined && typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    options = Object.assign({ encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM', shell: false }, options);
    const child = spawn(file, args, {
      cwd: options.cwd, env: options.env, shell: options.shell, argv0: options.argv0, detached: options.detached,
      signal: options.signal, killSignal: options.killSignal,
    });
    const encoding = options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
    const out = [];
    const errs = [];
    let outLen = 0;
    let errLen = 0;
    let killed = false;
    let exited = false;
    let ex = null;
    let timer = null;
    const cmd = args.length ? `${file} ${args.join(' ')}` : file;

    function collect(chunks) {
      const buf = Buffer.concat(chunks);
      return encoding ? buf.toString(encoding) : buf;
    }
    function exithandler(code, signal) {
      if (exited) return;
      exited = true;
      if (timer) { clearTimeout(timer); timer = null; }
      if (!callback) return;
      const stdout = collect(out);
      const stderr = collect(errs);
      if (!ex && code === 0 && signal === null) {
        callback(null, stdout, stderr);
        return;
      }
      if (!ex) {
        ex = setFrames(new Error(`Command failed: ${cmd}\n${stderr}`), kExitHandlerFrames);
        ex.code = code < 0 ? b.errname(code) : code;
        ex.killed = child.killed || killed;
        ex.signal = signal;
      }
      ex.cmd = cmd;
      callback(ex, stdout, stderr);
    }
    function errorhandler(e) {
      ex = e;
      if (child.stdout) child.stdout.destroy();
      if (child.stderr) child.stderr.destroy();
      exithandler();
    }
    function kill() {
      if (child.stdout) child.stdout.destroy();
      if (child.stderr) child.stderr.destroy();
      killed = true;
      try { child.kill(options.killSignal); } catch (e) { ex = e; exithandler(); }
    }
    if (options.timeout > 0) {
      timer = setTimeout(() => { timer = null; kill(); }, options.timeout);
    }
    if (child.stdout) {
      child.stdout.on('data', (c) => {
        outLen += c.length;
        if (outLen > options.maxBuffer) {
          out.push(c.subarray(0, c.length - (outLen - options.maxBuffer)));
          ex = nodeError('RangeError', 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', 'stdout maxBuffer length exceeded');
          kill();
        } else out.push(c);
      });
    }
    if (child.stderr) {
      child.stderr.on('data', (c) => {
        errLen += c.length;
        if (errLen > options.maxBuffer) {
          errs.push(c.subarray(0, c.length - (errLen - options.maxBuffer)));
          ex = nodeError('RangeError', 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', 'stderr maxBuffer length exceeded');
          kill();
        } else errs.push(c);
      });
    }
    child.addListener('close', exithandler);
    child.addListener('error', errorhandler);
    return child;
  }

  function normalizeExecArgs(command, options, callback) {
    validateString(command, 'command');
    if (typeof options === 'function') { callback = options; options = undefined; }
    options = Object.assign({}, options);
    options.shell = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    return { file: command, options, callback };
  }

  function exec(command, options, callback) {
    const o = normalizeExecArgs(command, options, callback);
    return execFile(o.file, o.options, o.callback);
  }

  function customPromise(orig) {
    return (...args) => {
      let resolve;
      let reject;
      const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
      promise.child = orig(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
      return promise;
    };
  }
  Object.defineProperty(exec, util.promisify.custom, { enumerable: false, value: customPromise(exec) });
  Object.defineProperty(execFile, util.promisify.custom, { enumerable: false, value: customPromise(execFile) });

  // ---- synchronous forms

  function spawnSync(file, args, options) {
    const n = normalize(file, args, options);
    const o = n.options;
    n.spec.stdio = stdioModes(o.stdio);
    let input = null;
    if (o.input !== undefined && o.input !== null) {
      if (typeof o.input === 'string') input = Buffer.from(o.input, o.encoding && o.encoding !== 'buffer' ? o.encoding : 'utf8');
      else if (ArrayBuffer.isView(o.input)) input = new Uint8Array(o.input.buffer, o.input.byteOffset, o.input.byteLength);
      else throw invalidArgType('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], o.input);
    }
    const maxBuffer = typeof o.maxBuffer === 'number' ? o.maxBuffer : 1024 * 1024;
    const r = b.spawnSync(n.spec, input, o.timeout > 0 ? o.timeout : 0, signalNumber(o.killSignal),
      maxBuffer === Infinity ? 0 : maxBuffer);
    if (r.errno !== undefined) {
      return {
        error: spawnError(`spawnSync ${n.spec.file}`, r.errno, n.spec.file, n.spec.args.slice()),
        status: null, signal: null, output: null, pid: 0, stdout: undefined, stderr: undefined,
      };
    }
    const enc = o.encoding && o.encoding !== 'buffer' ? o.encoding : null;
    const conv = (u8) => {
      if (u8 === undefined) return null;
      const buf = toBuffer(u8);
      return enc ? buf.toString(enc) : buf;
    };
    const stdout = conv(r.stdout);
    const stderr = conv(r.stderr);
    const res = {};
    if (r.timedOut) {
      res.error = spawnError(`spawnSync ${n.spec.file}`, -110, n.spec.file, n.spec.args.slice());
    } else if (r.noBufs) {
      res.error = spawnError(`spawnSync ${n.spec.file}`, -105, n.spec.file, n.spec.args.slice());
    }
    res.status = r.status;
    res.signal = r.signal;
    res.output = [null, stdout, stderr];
    res.pid = r.pid;
    res.stdout = stdout;
    res.stderr = stderr;
    return res;
  }

  function checkExecSyncError(ret, args, cmd) {
    let err;
    if (ret.error) {
      err = ret.error;
      Object.assign(err, ret);
    } else if (ret.status !== 0) {
      let msg = 'Command failed: ';
      msg += cmd || args.join(' ');
      if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
      err = Object.assign(new Error(msg), ret);
    }
    return err;
  }

  function execFileSync(file, args, options) {
    if (!Array.isArray(args) && args != null && typeof args === 'object') { options = args; args = []; }
    args = args || [];
    options = Object.assign({}, options);
    const inheritStderr = !options.stdio;
    const ret = spawnSync(file, args, options);
    if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
    const errArgs = [options.argv0 || file, ...args];
    const err = checkExecSyncError(ret, errArgs);
    if (err) throw err;
    return ret.stdout;
  }

  function execSync(command, options) {
    const o = normalizeExecArgs(command, options);
    const inheritStderr = !o.options.stdio;
    const ret = spawnSync(o.file, o.options);
    if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
    const err = checkExecSyncError(ret, undefined, command);
    if (err) throw err;
    return ret.stdout;
  }

  function fork() {
    throw nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'child_process.fork is not supported by tsrun');
  }

  return {
    ChildProcess, spawn, spawnSync, exec, execFile, execSync, execFileSync, fork,
    _forkChild() {},
  };
})
