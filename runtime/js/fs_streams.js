// fs.ReadStream and fs.WriteStream, built the first time a program asks
// for one (js/fs.js loads this file lazily). Their observable behaviour is
// Node's: the file is opened in _construct, then 'open' and 'ready' fire;
// reads are highWaterMark-sized (64 KiB) and honour start/end (inclusive);
// autoClose (default true) closes the descriptor when the stream ends or is
// destroyed, before 'close'.
(function (shared, internal, fs, stream, h) {
  'use strict';
  const { Readable, Writable, finished } = stream;
  const { Buffer } = internal.requireBuffer();
  const kIsPerformingIO = Symbol('kIsPerformingIO');
  const kIoDone = Symbol('kIoDone');
  const kHandle = Symbol('kHandle');

  function streamOptions(options) {
    if (options == null) return {};
    if (typeof options === 'string') return { encoding: options };
    if (typeof options !== 'object') throw internal.invalidArgType('options', ['string', 'Object'], options);
    return { ...options };
  }

  // setup shares the constructor logic of both streams: the path or fd,
  // flags, mode, start, autoClose.
  function setup(s, path, options, defaultFlags) {
    if (options.fd != null && typeof options.fd === 'object' && options.fd instanceof h.FileHandle) {
      s[kHandle] = options.fd;
      s.fd = options.fd.fd;
    } else {
      s.fd = options.fd == null ? null : h.getFd(options.fd);
    }
    s.path = s.fd === null ? h.getPath(path) : (path == null ? undefined : h.getPath(path));
    // flags and mode are checked when the file is opened, in _construct,
    // so a bad value is an 'error' event, as in Node.
    s.flags = options.flags === undefined ? defaultFlags : options.flags;
    s.mode = options.mode === undefined ? 0o666 : options.mode;
    if (s instanceof WriteStream) s.flush = options.flush === undefined ? false : !!options.flush;
    s.start = options.start;
    if (s.start !== undefined) h.validateInteger(s.start, 'start', 0, Number.MAX_SAFE_INTEGER);
  }

  function open(s, callback) {
    fs.open(s.path, s.flags, s.mode, (er, fd) => {
      if (er) {
        callback(er);
        return;
      }
      s.fd = fd;
      callback();
      s.emit('open', s.fd);
      s.emit('ready');
    });
  }

  function construct(callback) {
    if (typeof this.fd === 'number') {
      callback();
      return;
    }
    open(this, callback);
  }

  function close(s, err, cb) {
    if (s.fd === null || s.fd === undefined) {
      cb(err);
      return;
    }
    const fd = s.fd;
    s.fd = null;
    if (s[kHandle]) {
      s[kHandle].close().then(() => cb(err), (er) => cb(er || err));
      return;
    }
    fs.close(fd, (er) => cb(er || err));
  }

  function destroyImpl(err, cb) {
    if (this[kIsPerformingIO]) this.once(kIoDone, (er) => close(this, err || er, cb));
    else close(this, err, cb);
  }

  // ---- ReadStream -----------------------------------------------------------

  function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, options);
    options = streamOptions(options);
    if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
    if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    setup(this, path, options, 'r');
    // Own properties in Node's order (they show in util.inspect).
    this.end = options.end === undefined ? Infinity : options.end;
    this.pos = this.start;
    this.bytesRead = 0;
    this[kIsPerformingIO] = false;
    if (this.end !== Infinity) {
      h.validateInteger(this.end, 'end', 0, Number.MAX_SAFE_INTEGER);
      if (this.start !== undefined && this.start > this.end) {
        throw internal.outOfRange('start', `<= "end" (here: ${this.end})`, this.start);
      }
    }
    Readable.call(this, options);
  }
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);

  ReadStream.prototype._construct = construct;
  ReadStream.prototype._destroy = destroyImpl;

  ReadStream.prototype._read = function (n) {
    n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buf = Buffer.allocUnsafeSlow(n);
    this[kIsPerformingIO] = true;
    fs.read(this.fd, buf, 0, n, this.pos === undefined ? null : this.pos, (er, bytesRead) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        this.emit(kIoDone, er);
        return;
      }
      if (er) {
        this.destroy(er);
      } else if (bytesRead > 0) {
        if (this.pos !== undefined) this.pos += bytesRead;
        this.bytesRead += bytesRead;
        this.push(bytesRead === buf.length ? buf : Buffer.from(buf.subarray(0, bytesRead)));
      } else {
        this.push(null);
      }
    });
  };

  ReadStream.prototype.close = function (cb) {
    if (typeof cb === 'function') finished(this, cb);
    this.destroy();
  };

  Object.defineProperty(ReadStream.prototype, 'pending', {
    get() { return this.fd === null; },
    configurable: true,
  });

  // ---- WriteStream ----------------------------------------------------------

  function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, options);
    options = streamOptions(options);
    options.decodeStrings = true;
    if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    setup(this, path, options, 'w');
    this.pos = this.start;
    this.bytesWritten = 0;
    this[kIsPerformingIO] = false;
    Writable.call(this, options);
    if (options.encoding) this.setDefaultEncoding(options.encoding);
  }
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);

  WriteStream.prototype._construct = construct;
  WriteStream.prototype._destroy = destroyImpl;

  WriteStream.prototype._write = function (data, encoding, cb) {
    this[kIsPerformingIO] = true;
    fs.write(this.fd, data, 0, data.length, this.pos === undefined ? null : this.pos, (er, bytes) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        cb(er);
        this.emit(kIoDone, er);
        return;
      }
      if (er) {
        cb(er);
        return;
      }
      this.bytesWritten += bytes;
      cb();
    });
    if (this.pos !== undefined) this.pos += data.length;
  };

  WriteStream.prototype.close = function (cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  };
  WriteStream.prototype.destroySoon = WriteStream.prototype.end;

  Object.defineProperty(WriteStream.prototype, 'pending', {
    get() { return this.fd === null; },
    configurable: true,
  });

  // autoClose is autoDestroy under its fs name, as in Node.
  for (const S of [ReadStream, WriteStream]) {
    const state = S === ReadStream ? '_readableState' : '_writableState';
    Object.defineProperty(S.prototype, 'autoClose', {
      get() { return this[state].autoDestroy; },
      set(v) { this[state].autoDestroy = v; },
      configurable: true,
    });
  }

  return { ReadStream, WriteStream };
})
