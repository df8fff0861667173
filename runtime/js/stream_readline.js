// node:readline and node:readline/promises for line-oriented programs: an
// Interface reads an input stream, splits it into lines (\n, \r\n, \r) and
// emits 'line', answers question(), supports for await, and writes prompts
// to the output. Only Node's non-terminal mode is built: the terminal's own
// line editing (cooked mode) stands in for Node's raw-mode editor, so
// `terminal` is always false.
(function (internal, helpers, events, stringDecoder) {
  'use strict';
  const { EventEmitter } = events;
  const { StringDecoder } = stringDecoder;
  const kQuestion = Symbol('kQuestion');

  function Interface(input, output, completer, terminal) {
    if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
    let opts = input;
    if (!(input && typeof input === 'object' && typeof input.on !== 'function' && 'input' in input)) {
      opts = { input, output, completer, terminal };
    }
    EventEmitter.call(this);
    this.input = opts.input;
    this.output = opts.output;
    this.terminal = false;
    this.line = '';
    this.cursor = 0;
    this.history = [];
    this.crlfDelay = opts.crlfDelay === undefined ? 100 : Math.max(100, Number(opts.crlfDelay));
    this.closed = false;
    this.paused = false;
    this._prompt = opts.prompt === undefined ? '> ' : String(opts.prompt);
    this[kQuestion] = null;
    this._rest = '';
    this._sawCR = false;
    this._decoder = new StringDecoder('utf8');
    const input_ = this.input;
    // Node calls input.on unchecked; its TypeError is V8's.
    if (input_ === null || input_ === undefined) throw new TypeError("Cannot read properties of " + input_ + " (reading 'on')");
    if (typeof input_.on !== 'function') throw new TypeError('input.on is not a function');
    this._ondata = (chunk) => this._feed(typeof chunk === 'string' ? chunk : this._decoder.write(chunk));
    this._onend = () => {
      const tail = this._decoder.end();
      if (tail) this._feed(tail);
      if (this._rest.length > 0) {
        const line = this._rest;
        this._rest = '';
        this._line(line);
      }
      this.close();
    };
    input_.on('data', this._ondata);
    input_.on('end', this._onend);
    if (typeof input_.resume === 'function') input_.resume();
    if (opts.signal) {
      const signal = opts.signal;
      if (signal.aborted) queueMicrotask(() => this.close());
      else signal.addEventListener('abort', () => this.close(), { once: true });
    }
  }
  Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Interface, EventEmitter);

  Interface.prototype._feed = function (s) {
    let start = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10 && this._sawCR && i === start && this._rest === '') {
        // The \n of a \r\n split across chunks.
        start = i + 1;
        this._sawCR = false;
        continue;
      }
      this._sawCR = false;
      if (c === 10 || c === 13) {
        const line = this._rest + s.slice(start, i);
        this._rest = '';
        if (c === 13) {
          if (s.charCodeAt(i + 1) === 10) i++;
          else if (i + 1 === s.length) this._sawCR = true;
        }
        start = i + 1;
        this._line(line);
        if (this.closed) return;
      }
    }
    this._rest += s.slice(start);
  };

  Interface.prototype._line = function (line) {
    const q = this[kQuestion];
    if (q !== null) {
      this[kQuestion] = null;
      q(line);
      return;
    }
    this.emit('line', line);
  };

  Interface.prototype._write = function (s) {
    if (this.output !== null && this.output !== undefined && typeof this.output.write === 'function') this.output.write(s);
  };

  Interface.prototype.setPrompt = function (p) { this._prompt = String(p); };
  Interface.prototype.getPrompt = function () { return this._prompt; };
  Interface.prototype.prompt = function () {
    if (this.closed) throw closedError();
    if (this.paused) this.resume();
    this._write(this._prompt);
  };

  function closedError() {
    return helpers.nodeError('Error', 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  }

  Interface.prototype.question = function (query, options, cb) {
    if (typeof options === 'function') {
      cb = options;
      options = {};
    }
    if (this.closed) throw closedError();
    if (typeof cb !== 'function') return;
    if (this[kQuestion] !== null) {
      this.prompt();
      return;
    }
    const signal = options && options.signal;
    if (signal && signal.aborted) return;
    this[kQuestion] = cb;
    if (this.paused) this.resume();
    this._write(String(query));
  };

  Interface.prototype.write = function (data) {
    if (this.closed) throw closedError();
    if (this.paused) this.resume();
    if (data !== undefined && data !== null) this._feed(String(data));
  };

  Interface.prototype.pause = function () {
    if (this.paused) return this;
    if (typeof this.input.pause === 'function') this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  };

  Interface.prototype.resume = function () {
    if (!this.paused) return this;
    if (typeof this.input.resume === 'function') this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  };

  Interface.prototype.close = function () {
    if (this.closed) return;
    this.pause();
    this.input.removeListener('data', this._ondata);
    this.input.removeListener('end', this._onend);
    this.closed = true;
    this.emit('close');
  };

  Interface.prototype.getCursorPos = function () { return { rows: 0, cols: this.cursor }; };

  Interface.prototype[Symbol.asyncIterator] = function () {
    const queue = [];
    const waiting = [];
    let done = false;
    const onLine = (line) => {
      if (waiting.length > 0) waiting.shift().resolve({ value: line, done: false });
      else queue.push(line);
    };
    const onClose = () => {
      done = true;
      this.removeListener('line', onLine);
      while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
    };
    this.on('line', onLine);
    this.once('close', onClose);
    if (this.closed) onClose();
    const rl = this;
    return {
      next() {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return() {
        rl.close();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  };
  if (Symbol.asyncDispose) Interface.prototype[Symbol.asyncDispose] = function () { this.close(); return Promise.resolve(); };

  function createInterface(input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
  }

  function writeTo(stream, data, cb) {
    if (stream === null || stream === undefined) {
      if (typeof cb === 'function') queueMicrotask(() => cb(null));
      return true;
    }
    return stream.write(data, cb);
  }
  function cursorTo(stream, x, y, cb) {
    if (typeof y === 'function') { cb = y; y = undefined; }
    if (Number.isNaN(x)) throw helpers.invalidArgType('x', 'number', x);
    if (typeof x !== 'number') return writeTo(stream, '', cb);
    return writeTo(stream, typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`, cb);
  }
  function moveCursor(stream, dx, dy, cb) {
    let data = '';
    if (dx < 0) data += `\x1b[${-dx}D`; else if (dx > 0) data += `\x1b[${dx}C`;
    if (dy < 0) data += `\x1b[${-dy}A`; else if (dy > 0) data += `\x1b[${dy}B`;
    return writeTo(stream, data, cb);
  }
  function clearLine(stream, dir, cb) {
    return writeTo(stream, dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K', cb);
  }
  function clearScreenDown(stream, cb) { return writeTo(stream, '\x1b[0J', cb); }
  function emitKeypressEvents() {}

  // readline/promises: the same Interface with question() returning a
  // promise.
  class PromisesInterface extends Interface {
    question(query, options) {
      return new Promise((resolve, reject) => {
        const signal = options && options.signal;
        if (signal && signal.aborted) {
          reject(signal.reason);
          return;
        }
        try {
          Interface.prototype.question.call(this, query, options || {}, resolve);
        } catch (e) {
          reject(e);
        }
      });
    }
  }
  const promises = {
    Interface: PromisesInterface,
    createInterface(input, output, completer, terminal) {
      return new PromisesInterface(input, output, completer, terminal);
    },
    Readline: undefined,
  };

  return {
    Interface,
    createInterface,
    clearLine,
    clearScreenDown,
    cursorTo,
    moveCursor,
    emitKeypressEvents,
    promises,
  };
})
