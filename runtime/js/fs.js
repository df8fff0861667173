// node:fs: argument checks, the callback/promise/sync forms, Stats, Dirent
// and FileHandle. Every system call goes through internal.fs (mod_fs.go):
// a trailing function argument makes the call asynchronous on the worker
// pool, none makes it synchronous. Checks happen here, before any work is
// submitted, and throw Node's exact errors synchronously (callback and sync
// forms) or reject (promise forms, which are async functions in Node).
(function (shared, internal) {
  'use strict';
  const b = internal.fs;
  // node:buffer is loaded on first need: a program that reads and writes
  // text never compiles it.
  let BufferClass;
  const Buf = () => BufferClass || (BufferClass = internal.requireBuffer().Buffer);
  const C = b.constants;
  const kPromise = b.kPromise;
  const S_IFMT = C.S_IFMT;

  // ---- argument checks ----------------------------------------------------

  function invalidArgValue(name, value, reason) {
    const kind = name.includes('.') ? 'property' : 'argument';
    return internal.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
      `The ${kind} '${name}' ${reason || 'is invalid'}. Received ${inspectLite(value)}`);
  }

  // inspectLite renders a received value as util.inspect does for the
  // primitives these messages meet.
  function inspectLite(v) {
    if (typeof v === 'string') {
      const esc = v.replace(/[\x00-\x1f\\]/g, (c) => c === '\\' ? '\\\\' : '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase());
      return esc.includes("'") ? (esc.includes('"') ? '`' + esc + '`' : '"' + esc + '"') : "'" + esc + "'";
    }
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'symbol') return v.toString();
    if (typeof v === 'function') return `[Function: ${v.name || '(anonymous)'}]`;
    if (v === null || typeof v !== 'object') return String(v);
    return internal.describe(v);
  }

  function getPath(p, name) {
    name = name || 'path';
    if (typeof p === 'string') {
      if (p.includes('\u0000')) throw invalidArgValue(name, p, 'must be a string, Uint8Array, or URL without null bytes');
      return p;
    }
    if (p instanceof Uint8Array) {
      const s = Buf().prototype.toString.call(p);
      if (s.includes('\u0000')) throw invalidArgValue(name, p, 'must be a string, Uint8Array, or URL without null bytes');
      return s;
    }
    if (p != null && typeof p === 'object' && p.href !== undefined && p.protocol !== undefined) {
      if (p.protocol !== 'file:') throw internal.nodeError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
      if (p.hostname !== '' && p.hostname !== undefined) {
        throw internal.nodeError('TypeError', 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
      }
      const pathname = p.pathname;
      if (/%2f/i.test(pathname)) {
        throw internal.nodeError('TypeError', 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
      }
      return decodeURIComponent(pathname);
    }
    throw internal.invalidArgType(name, ['string', 'Buffer', 'URL'], p);
  }

  function validateFunction(f, name) {
    if (typeof f !== 'function') throw internal.invalidArgType(name, 'function', f);
    return f;
  }

  function validateInteger(v, name, min, max) {
    if (typeof v !== 'number') throw internal.invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw internal.outOfRange(name, 'an integer', v);
    if (v < min || v > max) throw internal.outOfRange(name, `>= ${min} && <= ${max}`, v);
    return v;
  }

  const getFd = (fd) => validateInteger(fd, 'fd', 0, 2147483647);

  const flagTable = {
    __proto__: null,
    'r': C.O_RDONLY, 'rs': C.O_RDONLY | C.O_SYNC, 'sr': C.O_RDONLY | C.O_SYNC,
    'r+': C.O_RDWR, 'rs+': C.O_RDWR | C.O_SYNC, 'sr+': C.O_RDWR | C.O_SYNC,
    'w': C.O_TRUNC | C.O_CREAT | C.O_WRONLY,
    'wx': C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL, 'xw': C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
    'w+': C.O_TRUNC | C.O_CREAT | C.O_RDWR,
    'wx+': C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL, 'xw+': C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL,
    'a': C.O_APPEND | C.O_CREAT | C.O_WRONLY,
    'ax': C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL, 'xa': C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
    'as': C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_SYNC, 'sa': C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_SYNC,
    'a+': C.O_APPEND | C.O_CREAT | C.O_RDWR,
    'ax+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL, 'xa+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL,
    'as+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_SYNC, 'sa+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_SYNC,
  };

  function stringToFlags(flags, name) {
    if (typeof flags === 'number') return flags;
    if (flags == null) return C.O_RDONLY;
    const f = flagTable[flags];
    if (f === undefined) throw invalidArgValue(name || 'flags', flags);
    return f;
  }

  function parseFileMode(mode, name, def) {
    if (mode == null) return def;
    if (typeof mode === 'string') {
      if (!/^[0-7]+$/.test(mode)) throw invalidArgValue(name, mode, 'must be a 32-bit unsigned integer or an octal string');
      mode = parseInt(mode, 8);
    }
    return validateInteger(mode, name, 0, 4294967295);
  }

  function validateEncoding(enc) {
    if (enc && enc !== 'buffer' && !b.isEncoding(enc)) {
      throw invalidArgValue('encoding', enc, 'is invalid encoding');
    }
  }

  function getOptions(options, defaults) {
    if (options == null || typeof options === 'function') return defaults;
    if (typeof options === 'string') {
      validateEncoding(options);
      return { ...defaults, encoding: options };
    }
    if (typeof options !== 'object') throw internal.invalidArgType('options', ['string', 'Object'], options);
    if (options.encoding !== undefined) validateEncoding(options.encoding);
    return { ...defaults, ...options };
  }

  // encodingOf maps the encoding option to what the binding wants: a
  // normalized name, or undefined for a Buffer.
  const encodingOf = (enc) => (enc && enc !== 'buffer' ? enc : undefined);

  function isArrayBufferView(v) {
    return ArrayBuffer.isView(v);
  }

  function toUint8(v) {
    return v instanceof Uint8Array ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  }

  function validateData(data, name) {
    if (typeof data === 'string' || isArrayBufferView(data)) return data;
    throw internal.invalidArgType(name || 'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }

  const kEmpty = {};
  const defaultsRead = { encoding: null, flag: 'r' };
  const defaultsWrite = { encoding: 'utf8', mode: 0o666, flag: 'w' };
  const defaultsAppend = { encoding: 'utf8', mode: 0o666, flag: 'a' };

  // ---- Stats and Dirent ---------------------------------------------------

  const kNs = [Symbol('partialAtimeNs'), Symbol('partialMtimeNs'), Symbol('partialCtimeNs'), Symbol('kPartialBirthtimeNs')];
  const dateFromMs = (ms) => new Date(Math.round(Number(ms)));

  class StatsBase {
    isDirectory() { return (this.mode & S_IFMT) === C.S_IFDIR; }
    isFile() { return (this.mode & S_IFMT) === C.S_IFREG; }
    isBlockDevice() { return (this.mode & S_IFMT) === C.S_IFBLK; }
    isCharacterDevice() { return (this.mode & S_IFMT) === C.S_IFCHR; }
    isSymbolicLink() { return (this.mode & S_IFMT) === C.S_IFLNK; }
    isFIFO() { return (this.mode & S_IFMT) === C.S_IFIFO; }
    isSocket() { return (this.mode & S_IFMT) === C.S_IFSOCK; }
  }

  class Stats extends StatsBase {
    constructor(a) {
      super();
      this.dev = a[0]; this.mode = a[1]; this.nlink = a[2]; this.uid = a[3]; this.gid = a[4];
      this.rdev = a[5]; this.blksize = a[6]; this.ino = a[7]; this.size = a[8]; this.blocks = a[9];
      this.atimeMs = a[10]; this.mtimeMs = a[11]; this.ctimeMs = a[12]; this.birthtimeMs = a[13];
      for (let i = 0; i < 4; i++) this[kNs[i]] = a[14 + i];
    }
  }
  // The Date fields are lazy, as Node's: the first read (or a write) turns
  // the accessor into an own enumerable data property, so Object.keys and
  // util.inspect show exactly the fields a program has touched.
  const ownDate = (o, name, value) => {
    Object.defineProperty(o, name, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    const ms = name + 'Ms';
    Object.defineProperty(Stats.prototype, name, {
      get() { return ownDate(this, name, dateFromMs(this[ms])); },
      set(value) { ownDate(this, name, value); },
      enumerable: true, configurable: true,
    });
  }

  // BigIntStats ({bigint: true}): integer fields as BigInt, times in whole
  // ms and exact ns. The binding hands numbers over as doubles, so an
  // inode number above 2**53 loses its low bits here (Node's is exact).
  class BigIntStats extends StatsBase {
    constructor(a) {
      super();
      const names = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks'];
      for (let i = 0; i < names.length; i++) this[names[i]] = BigInt(a[i]);
      const times = ['atime', 'mtime', 'ctime', 'birthtime'];
      for (let i = 0; i < 4; i++) this[times[i] + 'Ms'] = BigInt(Math.floor(a[10 + i]));
      for (let i = 0; i < 4; i++) this[times[i] + 'Ns'] = BigInt(Math.floor(a[10 + i] / 1000)) * 1000000000n + BigInt(a[14 + i]);
    }
    isDirectory() { return (Number(this.mode) & S_IFMT) === C.S_IFDIR; }
    isFile() { return (Number(this.mode) & S_IFMT) === C.S_IFREG; }
    isBlockDevice() { return (Number(this.mode) & S_IFMT) === C.S_IFBLK; }
    isCharacterDevice() { return (Number(this.mode) & S_IFMT) === C.S_IFCHR; }
    isSymbolicLink() { return (Number(this.mode) & S_IFMT) === C.S_IFLNK; }
    isFIFO() { return (Number(this.mode) & S_IFMT) === C.S_IFIFO; }
    isSocket() { return (Number(this.mode) & S_IFMT) === C.S_IFSOCK; }
  }
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    Object.defineProperty(BigIntStats.prototype, name, {
      get() { return ownDate(this, name, new Date(Number(this[name + 'Ms']))); },
      set(value) { ownDate(this, name, value); },
      enumerable: true, configurable: true,
    });
  }
  const statsOf = (o) => (o != null && typeof o === 'object' && o.bigint ? (a) => new BigIntStats(a) : toStats);

  const kType = Symbol('type');
  class Dirent {
    constructor(name, type, path) {
      this.name = name;
      this.parentPath = path;
      this[kType] = type;
    }
    isDirectory() { return this[kType] === C.UV_DIRENT_DIR; }
    isFile() { return this[kType] === C.UV_DIRENT_FILE; }
    isBlockDevice() { return this[kType] === C.UV_DIRENT_BLOCK; }
    isCharacterDevice() { return this[kType] === C.UV_DIRENT_CHAR; }
    isSymbolicLink() { return this[kType] === C.UV_DIRENT_LINK; }
    isFIFO() { return this[kType] === C.UV_DIRENT_FIFO; }
    isSocket() { return this[kType] === C.UV_DIRENT_SOCKET; }
  }

  const toStats = (a) => new Stats(a);

  function readdirResult(r, path, withTypes, encoding) {
    if (!withTypes) return encoding === 'buffer' ? r.map((n) => Buf().from(n)) : r;
    const [names, types] = r;
    const out = new Array(names.length);
    for (let i = 0; i < names.length; i++) out[i] = new Dirent(names[i], types[i], path);
    return out;
  }

  // ---- the three forms ----------------------------------------------------
  //
  // Each operation is described once: `prep` checks the arguments and
  // returns the binding's arguments; `post` converts the result. The
  // callback, sync and promise forms are derived from that.

  // req wraps a user callback for the binding, converting the result.
  function req(cb, post) {
    if (post === undefined) return cb;
    return (err, v) => (err ? cb(err) : cb(null, post(v)));
  }

  // promiseCall asks the binding for a promise (made and settled in Go).
  function promiseCall(fn, args, post) {
    args.push(kPromise);
    const p = fn.apply(b, args);
    return post === undefined ? p : p.then(post);
  }

  // Promise forms are async functions in Node: a bad argument rejects.
  function rejected(fn) {
    return function (...args) {
      try { return fn.apply(this, args); } catch (e) { return Promise.reject(e); }
    };
  }

  const fs = {};
  const promises = {};

  // define adds name (callback), nameSync and promises.name.
  // prep(args) → [bindingArgs, post]; the callback is the last argument.
  function define(name, prep, opts) {
    const fixed = (opts && opts.op) || name;
    // opFor picks the binding operation from the arguments (readdir's
    // recursive form is a different walk).
    const opOf = opts && opts.opFor ? opts.opFor : () => fixed;
    fs[name] = function (...args) {
      const cb = validateFunction(args.pop(), 'cb');
      const [bargs, post] = prep(args);
      bargs.push(req(cb, post));
      b[opOf(args)].apply(b, bargs);
    };
    fs[name + 'Sync'] = function (...args) {
      const [bargs, post] = prep(args);
      const r = b[opOf(args)].apply(b, bargs);
      return post === undefined ? r : post(r);
    };
    if (!opts || opts.promise !== false) {
      promises[name] = rejected(function (...args) {
        const [bargs, post] = prep(args);
        return promiseCall(b[opOf(args)], bargs, post);
      });
    }
  }

  // access and copyFile check their mode with Node's getValidMode, whose
  // range error has a message of its own.
  function getValidMode(mode, def) {
    if (mode == null) return def;
    if (typeof mode !== 'number') throw internal.invalidArgType('mode', 'integer', mode);
    if (!Number.isInteger(mode) || mode < 0 || mode > 7) {
      throw internal.nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
    }
    return mode;
  }
  define('access', ([p, mode]) => [[getPath(p), getValidMode(mode, C.F_OK)]]);
  define('stat', ([p, o]) => [[getPath(p)], statsOf(o)]);
  define('lstat', ([p, o]) => [[getPath(p)], statsOf(o)]);
  define('fstat', ([fd, o]) => [[getFd(fd)], statsOf(o)], { promise: false });
  define('unlink', ([p]) => [[getPath(p)]]);
  define('rename', ([a, z]) => [[getPath(a, 'oldPath'), getPath(z, 'newPath')]]);
  define('copyFile', ([a, z, mode]) => [[getPath(a, 'src'), getPath(z, 'dest'), getValidMode(mode, 0)]]);
  define('chmod', ([p, mode]) => [[getPath(p), parseFileMode(mode, 'mode')]]);
  define('fchmod', ([fd, mode]) => [[getFd(fd), parseFileMode(mode, 'mode')]], { promise: false });
  define('readlink', ([p, o]) => [[getPath(p)], encodingPost(o)]);
  define('realpath', ([p, o]) => [[getPath(p), false], encodingPost(o)]);
  const realpathNative = ([p, o]) => [[getPath(p), true], encodingPost(o)];
  promises.realpath = rejected((...args) => {
    const [bargs, post] = realpathNative(args);
    return promiseCall(b.realpath, bargs, post);
  });
  fs.realpath.native = function realpath(p, o, cb) {
    cb = validateFunction(typeof o === 'function' ? o : cb, 'cb');
    const [bargs, post] = realpathNative([p, typeof o === 'function' ? undefined : o]);
    bargs.push(req(cb, post));
    b.realpath.apply(b, bargs);
  };
  fs.realpathSync.native = function realpathSync(p, o) {
    const [bargs, post] = realpathNative([p, o]);
    const r = b.realpath.apply(b, bargs);
    return post === undefined ? r : post(r);
  };
  define('symlink', ([target, p, type]) => [[getPath(target, 'target'), getPath(p)]]);
  define('truncate', ([p, len]) => [[getPath(p), len == null ? 0 : validateInteger(len, 'len', -Infinity, Infinity)]]);
  define('ftruncate', ([fd, len]) => [[getFd(fd), len == null ? 0 : validateInteger(len, 'len', -Infinity, Infinity)]], { promise: false });
  define('fsync', ([fd]) => [[getFd(fd)]], { promise: false });
  define('fdatasync', ([fd]) => [[getFd(fd)]], { promise: false });
  define('close', ([fd]) => [[getFd(fd)]], { promise: false });
  define('utimes', ([p, at, mt]) => [[getPath(p), toUnixTime(at, 'atime'), toUnixTime(mt, 'mtime')]]);
  define('mkdtemp', ([prefix, o]) => {
    getOptions(o, kEmpty);
    if (typeof prefix !== 'string' && !(prefix instanceof Uint8Array)) throw internal.invalidArgType('prefix', ['string', 'Buffer', 'URL'], prefix);
    return [[getPath(prefix, 'prefix')], encodingPost(o)];
  });
  // cp: the filter option needs JavaScript between the copies of a tree,
  // which the one-trip Go copy cannot call; it is refused rather than
  // ignored.
  define('cp', ([src, dest, o]) => {
    o = getOptions(o, kEmpty);
    if (o.filter !== undefined) {
      throw internal.nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'fs.cp: the filter option is not supported by tsrun');
    }
    const bool = (v, name, def) => {
      if (v === undefined) return def;
      if (typeof v !== 'boolean') throw internal.invalidArgType(`options.${name}`, 'boolean', v);
      return v;
    };
    return [[getPath(src, 'src'), getPath(dest, 'dest'), bool(o.recursive, 'recursive', false), bool(o.force, 'force', true),
      bool(o.errorOnExist, 'errorOnExist', false), bool(o.dereference, 'dereference', false),
      bool(o.preserveTimestamps, 'preserveTimestamps', false), bool(o.verbatimSymlinks, 'verbatimSymlinks', false),
      o.mode == null ? 0 : getValidMode(o.mode, 0)]];
  });
  define('link', ([a, z]) => [[getPath(a, 'existingPath'), getPath(z, 'newPath')]]);
  const validateId = (v, name) => validateInteger(v, name, -1, 4294967295);
  define('chown', ([p, uid, gid]) => [[getPath(p), validateId(uid, 'uid'), validateId(gid, 'gid'), true]]);
  define('lchown', ([p, uid, gid]) => [[getPath(p), validateId(uid, 'uid'), validateId(gid, 'gid'), false]], { op: 'chown' });
  define('fchown', ([fd, uid, gid]) => [[getFd(fd), validateId(uid, 'uid'), validateId(gid, 'gid')]], { promise: false });
  define('lutimes', ([p, at, mt]) => [[getPath(p), toUnixTime(at, 'atime'), toUnixTime(mt, 'mtime')]]);
  define('futimes', ([fd, at, mt]) => [[getFd(fd), toUnixTime(at, 'atime'), toUnixTime(mt, 'mtime')]], { promise: false });
  define('rmdir', ([p, o]) => [[getPath(p), !!(o && o.recursive)]]);
  define('rm', ([p, o]) => {
    o = getOptions(o, kEmpty);
    return [[getPath(p), !!o.recursive, !!o.force]];
  });
  define('mkdir', ([p, o]) => {
    let mode = 0o777;
    let recursive = false;
    if (typeof o === 'number' || typeof o === 'string') {
      mode = parseFileMode(o, 'mode');
    } else if (o != null) {
      if (typeof o !== 'object') throw internal.invalidArgType('options', ['number', 'string', 'Object'], o);
      if (o.recursive !== undefined && typeof o.recursive !== 'boolean') throw internal.invalidArgType('options.recursive', 'boolean', o.recursive);
      recursive = !!o.recursive;
      mode = parseFileMode(o.mode, 'options.mode', 0o777);
    }
    return [[getPath(p), mode, recursive]];
  });
  define('readdir', ([p, o]) => {
    o = getOptions(o, kEmpty);
    const path = getPath(p);
    const withTypes = !!o.withFileTypes;
    if (o.recursive) return [[path], (r) => readdirRecursive(path, r, withTypes)];
    return [[path, withTypes], (r) => readdirResult(r, path, withTypes, o.encoding)];
  }, { opFor: (args) => (args[1] && typeof args[1] === 'object' && args[1].recursive ? 'readdirRecursive' : 'readdir') });
  define('open', ([p, flags, mode]) => [[getPath(p), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666)]], { promise: false });

  function encodingPost(o) {
    const enc = getOptions(o, kEmpty).encoding;
    if (enc === 'buffer') return (s) => Buf().from(s);
    return undefined;
  }

  function toUnixTime(t, name) {
    if (typeof t === 'number') return Number.isFinite(t) ? t : Date.now() / 1000;
    if (typeof t === 'string' && +t == t) return +t;
    if (t instanceof Date) return t.getTime() / 1000;
    throw internal.invalidArgType(name, ['string', 'number', 'Date'], t);
  }

  // readdirRecursive shapes the tree the binding walked (breadth first):
  // paths relative to the root, or Dirents.
  function readdirRecursive(root, r, withTypes) {
    const [parents, names, types, rels] = r;
    const out = new Array(names.length);
    for (let i = 0; i < names.length; i++) {
      if (withTypes) {
        out[i] = new Dirent(names[i], types[i], parents[i]);
      } else {
        out[i] = rels[i] ? rels[i] + '/' + names[i] : names[i];
      }
    }
    return out;
  }

  // ---- readv / writev / statfs / opendir -----------------------------------

  function bufferList(buffers) {
    if (!Array.isArray(buffers)) throw internal.invalidArgType('buffers', 'ArrayBufferView[]', buffers);
    return buffers.map((v, i) => {
      if (!isArrayBufferView(v)) throw internal.invalidArgType(`buffers[${i}]`, 'ArrayBufferView', v);
      return toUint8(v);
    });
  }
  for (const name of ['readv', 'writev']) {
    define(name, ([fd, buffers, position]) => {
      const list = bufferList(buffers);
      return [[getFd(fd), list, typeof position === 'number' ? position : null]];
    }, { promise: false });
    const cbForm = fs[name];
    fs[name] = function (fd, buffers, position, cb) {
      if (typeof position === 'function') { cb = position; position = null; }
      validateFunction(cb, 'cb');
      return cbForm(fd, buffers, position, (err, n) => (err ? cb(err) : cb(null, n, buffers)));
    };
  }

  class StatFs {
    constructor(a) {
      this.type = a[0]; this.bsize = a[1]; this.frsize = a[2]; this.blocks = a[3];
      this.bfree = a[4]; this.bavail = a[5]; this.files = a[6]; this.ffree = a[7];
    }
  }
  define('statfs', ([p]) => [[getPath(p)], (a) => new StatFs(a)]);

  // Dir lists the whole directory when it is opened (Node reads it in
  // batches of bufferSize as it goes; only a directory changed while being
  // read would tell the difference).
  const kDirEntries = Symbol('kDirEntries');
  const kDirClosed = Symbol('kDirClosed');
  const kDirPath = Symbol('kDirPath');
  const dirClosed = () => internal.nodeError('Error', 'ERR_DIR_CLOSED', 'Directory handle was closed');
  class Dir {
    constructor(path, listing) {
      Object.defineProperty(this, kDirPath, { value: path });
      const [names, types] = listing;
      Object.defineProperty(this, kDirEntries, { value: names.map((n, i) => new Dirent(n, types[i], path)) });
      Object.defineProperty(this, kDirClosed, { value: false, writable: true });
    }
    get path() { return this[kDirPath]; }
    readSync() {
      if (this[kDirClosed]) throw dirClosed();
      return this[kDirEntries].length ? this[kDirEntries].shift() : null;
    }
    read(cb) {
      if (cb === undefined) {
        try { return Promise.resolve(this.readSync()); } catch (e) { return Promise.reject(e); }
      }
      validateFunction(cb, 'callback');
      let v, e = null;
      try { v = this.readSync(); } catch (err) { e = err; }
      process.nextTick(() => (e ? cb(e) : cb(null, v)));
    }
    closeSync() {
      if (this[kDirClosed]) throw dirClosed();
      this[kDirClosed] = true;
    }
    close(cb) {
      if (cb === undefined) {
        try { this.closeSync(); return Promise.resolve(); } catch (e) { return Promise.reject(e); }
      }
      validateFunction(cb, 'callback');
      let e = null;
      try { this.closeSync(); } catch (err) { e = err; }
      process.nextTick(() => cb(e));
    }
    entries() { return this[Symbol.asyncIterator](); }
    [Symbol.asyncIterator]() {
      const dir = this;
      return {
        next() {
          const v = dir[kDirClosed] ? null : dir.readSync();
          if (v === null) {
            if (!dir[kDirClosed]) dir.closeSync();
            return Promise.resolve({ value: undefined, done: true });
          }
          return Promise.resolve({ value: v, done: false });
        },
        return() {
          if (!dir[kDirClosed]) dir.closeSync();
          return Promise.resolve({ value: undefined, done: true });
        },
        [Symbol.asyncIterator]() { return this; },
      };
    }
  }
  define('opendir', ([p, o]) => {
    getOptions(o, kEmpty);
    const path = getPath(p);
    return [[path], (listing) => new Dir(path, listing)];
  });

  // Watching needs inotify plumbing into the loop, which tsrun does not
  // have yet: fail loudly rather than never calling back.
  const unavailable = (name) => function () {
    throw internal.nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', `fs.${name} is not supported by tsrun yet`);
  };
  fs.watch = unavailable('watch');
  fs.watchFile = unavailable('watchFile');
  fs.unwatchFile = unavailable('unwatchFile');
  promises.watch = unavailable('promises.watch');
  fs.lchmod = undefined;
  fs.lchmodSync = undefined;
  promises.lchmod = rejected(() => {
    throw internal.nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'The lchmod() method is not implemented');
  });
  fs._toUnixTimestamp = toUnixTime;

  // exists has no error argument, as Node's (deprecated) fs.exists.
  fs.exists = function exists(p, cb) {
    validateFunction(cb, 'cb');
    let path;
    try { path = getPath(p); } catch { return process.nextTick(cb, false); }
    b.exists(path, (err, v) => cb(v));
  };
  let warnedExists = false;
  fs.existsSync = function existsSync(p) {
    try {
      return b.exists(getPath(p));
    } catch {
      if (!warnedExists && typeof p !== 'string') {
        warnedExists = true;
        process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated', 'DeprecationWarning', 'DEP0187');
      }
      return false;
    }
  };

  fs.statSync = function statSync(p, o) {
    const make = statsOf(o);
    if (o && o.throwIfNoEntry === false) {
      const r = b.statNoEntry(getPath(p), true);
      return r === undefined ? undefined : make(r);
    }
    return make(b.stat(getPath(p)));
  };
  fs.lstatSync = function lstatSync(p, o) {
    const make = statsOf(o);
    if (o && o.throwIfNoEntry === false) {
      const r = b.statNoEntry(getPath(p), false);
      return r === undefined ? undefined : make(r);
    }
    return make(b.lstat(getPath(p)));
  };

  // ---- readFile / writeFile / appendFile ------------------------------------

  function readFileArgs(p, o) {
    // Fast path for the common calls, readFile(path) and readFile(path,
    // 'utf8'): no options object is built.
    if (typeof p === 'string' && (o === undefined || o === 'utf8' || o === 'utf-8')) {
      return [getPath(p), false, C.O_RDONLY, o === undefined ? undefined : 'utf8'];
    }
    o = getOptions(o, defaultsRead);
    const flags = stringToFlags(o.flag);
    if (typeof p === 'number' && (p | 0) === p) return [getFd(p), true, flags, encodingOf(o.encoding)];
    return [getPath(p), false, flags, encodingOf(o.encoding)];
  }

  // The binding returns a string (with an encoding) or a Buffer.
  fs.readFile = function readFile(p, o, cb) {
    cb = validateFunction(typeof o === 'function' ? o : cb, 'cb');
    const a = readFileArgs(p, typeof o === 'function' ? undefined : o);
    b.readFile(a[0], a[1], a[2], a[3], cb);
  };
  fs.readFileSync = function readFileSync(p, o) {
    const a = readFileArgs(p, o);
    return b.readFile(a[0], a[1], a[2], a[3]);
  };
  promises.readFile = function readFile(p, o) {
    if (o === undefined && typeof p === 'string' && !p.includes('\u0000')) {
      return b.readFile(p, false, C.O_RDONLY, undefined, kPromise);
    }
    let a;
    try { a = readFileArgs(p, o); } catch (e) { return Promise.reject(e); }
    return b.readFile(a[0], a[1], a[2], a[3], kPromise);
  };

  function writeFileArgs(p, data, o, defaults) {
    o = getOptions(o, defaults);
    validateData(data);
    if (typeof data !== 'string') data = toUint8(data);
    const flags = stringToFlags(o.flag);
    const mode = parseFileMode(o.mode, 'mode', 0o666);
    const enc = o.encoding || 'utf8';
    if (typeof p === 'number' && (p | 0) === p) return [getFd(p), true, data, enc, flags, mode];
    return [getPath(p), false, data, enc, flags, mode];
  }

  for (const [name, defaults] of [['writeFile', defaultsWrite], ['appendFile', defaultsAppend]]) {
    fs[name] = function (p, data, o, cb) {
      cb = validateFunction(typeof o === 'function' ? o : cb, 'cb');
      const a = writeFileArgs(p, data, typeof o === 'function' ? undefined : o, defaults);
      a.push((err) => cb(err || null));
      b.writeFile.apply(b, a);
    };
    fs[name + 'Sync'] = function (p, data, o) {
      b.writeFile.apply(b, writeFileArgs(p, data, o, defaults));
    };
    promises[name] = rejected(function (p, data, o) {
      if (p instanceof FileHandle) return p[name](data, o);
      return promiseCall(b.writeFile, writeFileArgs(p, data, o, defaults), () => undefined);
    });
  }

  // ---- read / write on descriptors ------------------------------------------

  function validateBuffer(buf) {
    if (!isArrayBufferView(buf)) throw internal.invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], buf);
    return toUint8(buf);
  }

  // readArgs normalizes read(fd, buffer, offset, length, position) and
  // read(fd, buffer, {offset, length, position}).
  function readArgs(fd, buffer, offset, length, position) {
    if (offset !== null && typeof offset === 'object' && !isArrayBufferView(offset)) {
      ({ offset = 0, length, position = null } = offset);
    }
    const u8 = validateBuffer(buffer);
    getFd(fd);
    offset = offset == null ? 0 : validateInteger(offset, 'offset', 0, u8.byteLength);
    length = length == null ? u8.byteLength - offset : validateInteger(length, 'length', 0, u8.byteLength - offset);
    if (position != null && typeof position !== 'bigint') validateInteger(position, 'position', -1, Number.MAX_SAFE_INTEGER);
    if (position === -1) position = null;
    return [fd, u8, offset, length, position == null ? null : Number(position)];
  }

  fs.read = function read(fd, buffer, offset, length, position, cb) {
    if (typeof buffer === 'function') {
      cb = buffer; buffer = Buf().alloc(16384); offset = 0; length = buffer.length; position = null;
    } else if (typeof offset === 'function') {
      cb = offset; offset = undefined;
    } else if (typeof length === 'function') {
      cb = length; length = undefined;
    } else if (typeof position === 'function') {
      cb = position; position = undefined;
    }
    validateFunction(cb, 'cb');
    const a = readArgs(fd, buffer, offset, length, position);
    if (a[3] === 0) return process.nextTick(cb, null, 0, buffer);
    a.push((err, n) => (err ? cb(err) : cb(null, n, buffer)));
    b.read.apply(b, a);
  };
  fs.readSync = function readSync(fd, buffer, offset, length, position) {
    const a = readArgs(fd, buffer, offset, length, position);
    if (a[3] === 0) return 0;
    return b.read.apply(b, a);
  };

  function writeArgs(fd, buffer, offset, length, position) {
    getFd(fd);
    if (typeof buffer === 'string') {
      // write(fd, string, position, encoding)
      const position = typeof offset === 'number' ? offset : null;
      return ['string', [fd, buffer, position, typeof length === 'string' ? length : 'utf8']];
    }
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length, position = null } = offset);
    }
    const u8 = validateBuffer(buffer);
    offset = offset == null ? 0 : validateInteger(offset, 'offset', 0, u8.byteLength);
    length = length == null ? u8.byteLength - offset : validateInteger(length, 'length', 0, u8.byteLength - offset);
    return ['buffer', [fd, u8, offset, length, position == null ? null : position]];
  }

  fs.write = function write(fd, buffer, ...rest) {
    const cb = validateFunction(rest.pop(), 'cb');
    const [kind, a] = writeArgs(fd, buffer, rest[0], rest[1], rest[2]);
    a.push((err, n) => (err ? cb(err) : cb(null, n, buffer)));
    (kind === 'string' ? b.writeString : b.write).apply(b, a);
  };
  fs.writeSync = function writeSync(fd, buffer, offset, length, position) {
    const [kind, a] = writeArgs(fd, buffer, offset, length, position);
    return (kind === 'string' ? b.writeString : b.write).apply(b, a);
  };

  // ---- fs/promises FileHandle ---------------------------------------------

  const kFd = Symbol('kFd');
  class FileHandle {
    constructor(fd) { this[kFd] = fd; }
    get fd() { return this[kFd]; }
    getAsyncId() { return this[kFd]; }
    _call(op, args, post) {
      if (this[kFd] < 0) {
        const err = new Error('file closed');
        err.code = 'EBADF'; err.syscall = op;
        return Promise.reject(err);
      }
      return promiseCall(b[op], [this[kFd], ...args], post);
    }
    stat(o) { return this._call('fstat', [], statsOf(o)); }
    truncate(len) { return this._call('ftruncate', [len || 0]); }
    sync() { return this._call('fsync', []); }
    datasync() { return this._call('fdatasync', []); }
    chmod(mode) { return this._call('fchmod', [parseFileMode(mode, 'mode')]); }
    read(buffer, offset, length, position) {
      if (buffer == null || (!isArrayBufferView(buffer) && typeof buffer === 'object')) {
        const o = buffer || {};
        buffer = o.buffer || Buf().alloc(16384);
        offset = o.offset; length = o.length; position = o.position;
      }
      let a;
      try { a = readArgs(this[kFd], buffer, offset, length, position); } catch (e) { return Promise.reject(e); }
      if (a[3] === 0) return Promise.resolve({ bytesRead: 0, buffer });
      return this._call('read', a.slice(1), (n) => ({ bytesRead: n, buffer }));
    }
    write(buffer, offset, length, position) {
      let kind, a;
      try { [kind, a] = writeArgs(this[kFd], buffer, offset, length, position); } catch (e) { return Promise.reject(e); }
      return this._call(kind === 'string' ? 'writeString' : 'write', a.slice(1), (n) => ({ bytesWritten: n, buffer }));
    }
    readFile(o) {
      let a;
      try { a = readFileArgs(this[kFd], o); } catch (e) { return Promise.reject(e); }
      return this._call('readFile', [true, a[2], a[3]]);
    }
    writeFile(data, o) {
      let a;
      try { a = writeFileArgs(this[kFd], data, o, defaultsWrite); } catch (e) { return Promise.reject(e); }
      return this._call('writeFile', a.slice(1), () => undefined);
    }
    appendFile(data, o) { return this.writeFile(data, o); }
    close() {
      const fd = this[kFd];
      if (fd < 0) return Promise.resolve();
      this[kFd] = -1;
      return promiseCall(b.close, [fd], () => undefined);
    }
    createReadStream(o) { return new ReadStream(null, { ...o, fd: this }); }
    createWriteStream(o) { return new WriteStream(null, { ...o, fd: this }); }
  }
  if (typeof Symbol.asyncDispose === 'symbol') FileHandle.prototype[Symbol.asyncDispose] = FileHandle.prototype.close;

  promises.open = rejected(function open(p, flags, mode) {
    const path = getPath(p);
    return promiseCall(b.open, [path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666)], (fd) => new FileHandle(fd));
  });
  promises.constants = C;

  // ---- streams (built on first use) ----------------------------------------
  //
  // fs.ReadStream and fs.WriteStream must exist (they are named exports, and
  // programs subclass them) without compiling node:stream at startup. They
  // are small constructors that build the real stream (js/fs_streams.js)
  // with themselves as new.target; their prototypes are chained to the real
  // ones when those load, so instanceof and subclassing work.

  let streams;
  function getStreams() {
    if (!streams) {
      streams = internal.loadStreams(fs, internal.requireStream(), { getPath, getFd, stringToFlags, parseFileMode, validateInteger, FileHandle, kFd });
      Object.setPrototypeOf(ReadStream.prototype, streams.ReadStream.prototype);
      Object.setPrototypeOf(WriteStream.prototype, streams.WriteStream.prototype);
      Object.setPrototypeOf(ReadStream, streams.ReadStream);
      Object.setPrototypeOf(WriteStream, streams.WriteStream);
    }
    return streams;
  }
  function ReadStream(path, options) {
    if (!new.target) return new ReadStream(path, options);
    return Reflect.construct(getStreams().ReadStream, [path, options], new.target);
  }
  function WriteStream(path, options) {
    if (!new.target) return new WriteStream(path, options);
    return Reflect.construct(getStreams().WriteStream, [path, options], new.target);
  }
  fs.createReadStream = (p, o) => new ReadStream(p, o);
  fs.createWriteStream = (p, o) => new WriteStream(p, o);
  fs.ReadStream = ReadStream;
  fs.WriteStream = WriteStream;
  fs.FileReadStream = ReadStream;
  fs.FileWriteStream = WriteStream;

  fs.constants = C;
  fs.Stats = Stats;
  fs.Dirent = Dirent;
  fs.Dir = Dir;
  fs.promises = promises;
  return fs;
})
