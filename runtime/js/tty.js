// node:tty. Node's ReadStream and WriteStream are net.Sockets over a TTY
// handle; here WriteStream writes through process.stdout/stderr (fd 1, 2)
// or fs.writeSync (other descriptors), and ReadStream is only made for
// process.stdin, which js/process.js builds. Colors: getColorDepth reads
// the environment with Node's rules (lib/internal/tty.js), which chalk's
// supports-color mirrors.
//
// errors: js/events_errors.js. host: mod_tty.go.
(function (internal, errors, host) {
  'use strict';

  const { makeError, invalidArgType, outOfRange } = errors;

  function isatty(fd) {
    return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && host.isatty(fd);
  }

  // ---- color depth ----

  const COLORS_2 = 1;
  const COLORS_16 = 4;
  const COLORS_256 = 8;
  const COLORS_16m = 24;

  // TERM values (lower case) with a known depth; others are matched by
  // termPatterns (16 colors) or fall through to COLORTERM.
  const termDepths = {
    __proto__: null,
    eterm: COLORS_16, cons25: COLORS_16, console: COLORS_16, cygwin: COLORS_16, dtterm: COLORS_16,
    gnome: COLORS_16, hurd: COLORS_16, jfbterm: COLORS_16, konsole: COLORS_16, kterm: COLORS_16,
    mlterm: COLORS_16, mosh: COLORS_16m, putty: COLORS_16, st: COLORS_16,
    'rxvt-unicode-24bit': COLORS_16m, terminator: COLORS_16m, 'xterm-kitty': COLORS_16m,
  };
  const termPatterns = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/, /^vt220/];
  // CI services by their marker variable, checked in this order when CI is set.
  const ciDepths = [['APPVEYOR', COLORS_256], ['BUILDKITE', COLORS_256], ['CIRCLECI', COLORS_16m],
    ['DRONE', COLORS_256], ['GITEA_ACTIONS', COLORS_16m], ['GITHUB_ACTIONS', COLORS_16m],
    ['GITLAB_CI', COLORS_256], ['TRAVIS', COLORS_256]];

  let warnedDeactivated = false;
  function warnDeactivated(env) {
    if (warnedDeactivated) return;
    let name;
    if (env.NODE_DISABLE_COLORS !== undefined) name = 'NODE_DISABLE_COLORS';
    if (env.NO_COLOR !== undefined) name = name === undefined ? 'NO_COLOR' : `${name}' and 'NO_COLOR`;
    if (name === undefined) return;
    warnedDeactivated = true;
    process.emitWarning(`The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
  }

  function getColorDepth(env = process.env) {
    if (env.FORCE_COLOR !== undefined) {
      const depth = { '': COLORS_16, 1: COLORS_16, true: COLORS_16, 2: COLORS_256, 3: COLORS_16m }[env.FORCE_COLOR];
      if (depth === undefined) return COLORS_2;
      warnDeactivated(env);
      return depth;
    }
    if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
    if (env.TMUX) return COLORS_16m;
    if (env.CI) {
      for (const [name, depth] of ciDepths) if (name in env) return depth;
      return env.CI_NAME === 'codeship' ? COLORS_256 : COLORS_2;
    }
    if ('TEAMCITY_VERSION' in env) {
      return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
    }
    switch (env.TERM_PROGRAM) {
      case 'iTerm.app':
        return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? COLORS_256 : COLORS_16m;
      case 'HyperTerm':
      case 'MacTerm':
        return COLORS_16m;
      case 'Apple_Terminal':
        return COLORS_256;
    }
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
    if (env.TERM) {
      if (/truecolor/.test(env.TERM)) return COLORS_16m;
      if (/^xterm-256/.test(env.TERM)) return COLORS_256;
      const term = env.TERM.toLowerCase();
      if (termDepths[term]) return termDepths[term];
      if (termPatterns.some((re) => re.test(term))) return COLORS_16;
    }
    if (env.COLORTERM) return COLORS_16;
    return COLORS_2;
  }

  function hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    } else if (typeof count !== 'number') {
      throw invalidArgType('count', 'number', count);
    } else if (!Number.isInteger(count)) {
      throw outOfRange('count', 'an integer', count);
    } else if (count < 2 || count > Number.MAX_SAFE_INTEGER) {
      throw outOfRange('count', `>= 2 && <= ${Number.MAX_SAFE_INTEGER}`, count);
    }
    return count <= 2 ** getColorDepth(env);
  }

  // ---- streams ----

  function validateFd(fd) {
    if (fd >> 0 !== fd || fd < 0) throw makeError(RangeError, 'ERR_INVALID_FD', `"fd" must be a positive integer: ${fd}`);
  }

  function initFailed() {
    const err = makeError(Error, 'ERR_TTY_INIT_FAILED',
      'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)');
    Object.assign(err, { errno: -22, syscall: 'uv_tty_init' });
    Object.defineProperty(err, 'name', { value: 'SystemError', configurable: true, writable: true });
    return err;
  }

  // The terminal methods every WriteStream has, also put on process.stdout
  // and process.stderr when they are terminals (makeWriteStream).
  const writeMethods = {
    getColorDepth(env) {
      return getColorDepth(env);
    },
    hasColors(count, env) {
      return hasColors(count, env);
    },
    getWindowSize() {
      return [this.columns, this.rows];
    },
    _refreshSize() {
      const size = host.windowSize(this.fd);
      if (size === undefined) return;
      const changed = size[0] !== this.columns || size[1] !== this.rows;
      this.columns = size[0];
      this.rows = size[1];
      if (changed && typeof this.emit === 'function') this.emit('resize');
    },
    cursorTo(x, y, callback) {
      if (typeof y === 'function') {
        callback = y;
        y = undefined;
      }
      if (Number.isNaN(x)) throw makeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'x' is invalid. Received ${x}`);
      if (Number.isNaN(y)) throw makeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'y' is invalid. Received ${y}`);
      if (typeof x !== 'number') {
        if (typeof callback === 'function') process.nextTick(callback, null);
        return true;
      }
      return this.write(typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`, callback);
    },
    moveCursor(dx, dy, callback) {
      let data = '';
      if (dx < 0) data += `\x1b[${-dx}D`;
      else if (dx > 0) data += `\x1b[${dx}C`;
      if (dy < 0) data += `\x1b[${-dy}A`;
      else if (dy > 0) data += `\x1b[${dy}B`;
      if (data === '') {
        if (typeof callback === 'function') process.nextTick(callback, null);
        return true;
      }
      return this.write(data, callback);
    },
    clearLine(dir, callback) {
      return this.write(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K', callback);
    },
    clearScreenDown(callback) {
      return this.write('\x1b[0J', callback);
    },
  };

  // makeWriteStream makes process.stdout or stderr a WriteStream: its
  // prototype becomes WriteStream.prototype, which is made to inherit from
  // the stream's own (process.js's lazily linked EventEmitter.prototype).
  function makeWriteStream(s, fd) {
    const proto = Object.getPrototypeOf(s);
    if (proto !== WriteStream.prototype) {
      if (Object.getPrototypeOf(WriteStream.prototype) === Object.prototype) {
        Object.setPrototypeOf(WriteStream.prototype, proto);
      }
      Object.setPrototypeOf(s, WriteStream.prototype);
    }
    for (const k of ['hasColors', 'getColorDepth']) delete s[k];
    s.isTTY = true;
    s.fd = fd;
    // A pipe has no size: columns and rows stay unset, as in Node.
    const size = host.windowSize(fd);
    if (size !== undefined) {
      s.columns = size[0];
      s.rows = size[1];
    }
    return s;
  }

  function ReadStreamMethods(s, fd) {
    s.isRaw = false;
    s.isTTY = true;
    Object.defineProperty(s, 'setRawMode', {
      value: function setRawMode(flag) {
        flag = !!flag;
        const err = host.setRawMode(fd, flag);
        if (err !== undefined) throw makeError(Error, 'ERR_TTY_SET_RAW_MODE', `setRawMode ${err}`);
        if (flag && !s._restoreOnExit) {
          // Node puts the terminal back when the process ends.
          s._restoreOnExit = true;
          process.once('exit', () => host.setRawMode(fd, false));
        }
        s.isRaw = flag;
        return s;
      },
      writable: true, configurable: true, enumerable: false,
    });
    return s;
  }

  function WriteStream(fd) {
    if (!(this instanceof WriteStream)) return new WriteStream(fd);
    validateFd(fd);
    // The standard streams first: they give WriteStream.prototype its
    // EventEmitter side (makeWriteStream).
    void process.stdout;
    void process.stderr;
    if (!host.canOpen(fd)) throw initFailed();
    makeWriteStream(this, fd);
    this.writable = true;
  }
  Object.assign(WriteStream.prototype, {
    write(chunk, encoding, cb) {
      if (typeof encoding === 'function') {
        cb = encoding;
        encoding = undefined;
      }
      if (this.fd === 1 || this.fd === 2) return (this.fd === 1 ? process.stdout : process.stderr).write(chunk, encoding, cb);
      internal.require('fs').writeSync(this.fd, chunk, null, encoding);
      if (typeof cb === 'function') process.nextTick(cb, null);
      return true;
    },
    end(chunk, encoding, cb) {
      if (typeof chunk === 'function') {
        cb = chunk;
        chunk = undefined;
      }
      if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
      if (typeof cb === 'function') process.nextTick(cb);
      return this;
    },
  });
  for (const k of Object.keys(writeMethods)) {
    Object.defineProperty(WriteStream.prototype, k, { value: writeMethods[k], writable: true, configurable: true });
  }
  WriteStream.prototype.isTTY = true;

  function ReadStream(fd) {
    if (!(this instanceof ReadStream)) return new ReadStream(fd);
    validateFd(fd);
    if (!host.canOpen(fd)) throw initFailed();
    ReadStreamMethods(this, fd);
  }
  ReadStream.prototype.isTTY = true;

  const exports = { isatty, ReadStream, WriteStream };
  // For js/process.js: a terminal's stdio streams get the methods above.
  Object.defineProperties(exports, {
    _makeWriteStream: { value: makeWriteStream },
    _makeReadStream: { value: ReadStreamMethods },
  });
  return exports;
})
