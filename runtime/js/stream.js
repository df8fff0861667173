// node:stream basics: Stream, Readable, Writable, Duplex, Transform,
// PassThrough, pipeline, finished, and stream/promises.
//
// The state machines follow Node's lib/internal/streams closely, because
// programs observe them: the order of 'open'/'ready'/'data'/'end'/'finish'/
// 'close', which callbacks run synchronously and which on the next tick,
// when 'drain' fires, and when a stream destroys itself. Every deferred step
// goes through process.nextTick, as in Node, so our loop's tick queue gives
// the same interleaving with promises and I/O.
//
// Left out (listed in the package notes): _writev batching, cork counting
// beyond one level, readable.wrap, compose, duplexPair, web-stream
// adapters, and the iterator helpers (map, filter, toArray...).
(function (shared, internal, EventEmitter, bufferModule) {
  'use strict';

  const { Buffer } = bufferModule;
  const nextTick = (fn, ...args) => process.nextTick(fn, ...args);
  const nop = () => {};
  const kDestroy = Symbol('kDestroy');
  const kConstruct = Symbol('kConstruct');
  const kOnFinished = Symbol('kOnFinished');
  const kCallback = Symbol('kCallback');

  let defaultHWM = 65536;
  const defaultObjectHWM = 16;

  const err = (cls, code, msg) => internal.nodeError(cls, code, msg);
  const ERR_STREAM_PUSH_AFTER_EOF = () => err('Error', 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF');
  const ERR_STREAM_WRITE_AFTER_END = () => err('Error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
  const ERR_STREAM_DESTROYED = (m) => err('Error', 'ERR_STREAM_DESTROYED', `Cannot call ${m} after a stream was destroyed`);
  const ERR_STREAM_ALREADY_FINISHED = (m) => err('Error', 'ERR_STREAM_ALREADY_FINISHED', `Cannot call ${m} after a stream was finished`);
  const ERR_STREAM_NULL_VALUES = () => err('TypeError', 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  const ERR_MULTIPLE_CALLBACK = () => err('Error', 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times');
  const ERR_METHOD_NOT_IMPLEMENTED = (m) => err('Error', 'ERR_METHOD_NOT_IMPLEMENTED', `The ${m} method is not implemented`);
  const ERR_STREAM_PREMATURE_CLOSE = () => err('Error', 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
  const ERR_UNKNOWN_ENCODING = (e) => err('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${e}`);
  const ERR_MISSING_ARGS = (n) => err('TypeError', 'ERR_MISSING_ARGS', `The "${n}" argument must be specified`);

  function getHighWaterMark(options, key, objectMode) {
    let hwm = options[key];
    if (hwm == null) hwm = options.highWaterMark;
    if (hwm != null) {
      if (!Number.isInteger(hwm) || hwm < 0) {
        const name = options[key] != null ? `options.${key}` : 'options.highWaterMark';
        throw err('TypeError', 'ERR_INVALID_ARG_VALUE', `The property '${name}' is invalid. Received ${hwm}`);
      }
      return hwm;
    }
    return objectMode ? defaultObjectHWM : defaultHWM;
  }

  // ---- Stream (legacy base) -------------------------------------------------

  function Stream(opts) {
    EventEmitter.call(this, opts);
  }
  Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Stream, EventEmitter);

  // ---- destroy / construct (shared by both sides) ---------------------------

  function checkError(e, w, r) {
    if (e) {
      if (w && !w.errored) w.errored = e;
      if (r && !r.errored) r.errored = e;
    }
  }

  function destroy(e, cb) {
    const r = this._readableState;
    const w = this._writableState;
    const s = w || r;
    if ((w && w.destroyed) || (r && r.destroyed)) {
      if (typeof cb === 'function') cb();
      return this;
    }
    checkError(e, w, r);
    if (w) w.destroyed = true;
    if (r) r.destroyed = true;
    if (!s.constructed) {
      this.once(kDestroy, function (er) { _destroy(this, er || e, cb); });
    } else {
      _destroy(this, e, cb);
    }
    return this;
  }

  function _destroy(self, e, cb) {
    let called = false;
    function onDestroy(er) {
      if (called) return;
      called = true;
      const r = self._readableState;
      const w = self._writableState;
      checkError(er, w, r);
      if (w) w.closed = true;
      if (r) r.closed = true;
      if (typeof cb === 'function') cb(er);
      if (er) nextTick(emitErrorCloseNT, self, er);
      else nextTick(emitCloseNT, self);
    }
    try {
      self._destroy(e || null, onDestroy);
    } catch (er) {
      onDestroy(er);
    }
  }

  function emitErrorCloseNT(self, e) {
    emitErrorNT(self, e);
    emitCloseNT(self);
  }

  function emitCloseNT(self) {
    const r = self._readableState;
    const w = self._writableState;
    if (w) w.closeEmitted = true;
    if (r) r.closeEmitted = true;
    if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
  }

  function emitErrorNT(self, e) {
    const r = self._readableState;
    const w = self._writableState;
    if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
    if (w) w.errorEmitted = true;
    if (r) r.errorEmitted = true;
    self.emit('error', e);
  }

  function errorOrDestroy(stream, e, sync) {
    const r = stream._readableState;
    const w = stream._writableState;
    if ((w && w.destroyed) || (r && r.destroyed)) return;
    if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
      stream.destroy(e);
    } else if (e) {
      checkError(e, w, r);
      if (sync) nextTick(emitErrorNT, stream, e);
      else emitErrorNT(stream, e);
    }
  }

  function construct(stream, cb) {
    if (typeof stream._construct !== 'function') return;
    const r = stream._readableState;
    const w = stream._writableState;
    if (r) r.constructed = false;
    if (w) w.constructed = false;
    stream.once(kConstruct, cb);
    nextTick(constructNT, stream);
  }

  function constructNT(stream) {
    let called = false;
    function onConstruct(e) {
      if (called) {
        errorOrDestroy(stream, e || ERR_MULTIPLE_CALLBACK());
        return;
      }
      called = true;
      const r = stream._readableState;
      const w = stream._writableState;
      const s = w || r;
      if (r) r.constructed = true;
      if (w) w.constructed = true;
      if (s.destroyed) stream.emit(kDestroy, e);
      else if (e) errorOrDestroy(stream, e, true);
      else nextTick(() => stream.emit(kConstruct));
    }
    try {
      stream._construct((e) => { nextTick(onConstruct, e); });
    } catch (e) {
      nextTick(onConstruct, e);
    }
  }

  // ---- Readable -------------------------------------------------------------

  function ReadableState(options, stream, isDuplex) {
    options = options || {};
    this.objectMode = !!(options.objectMode || (isDuplex && options.readableObjectMode));
    this.highWaterMark = getHighWaterMark(options, isDuplex ? 'readableHighWaterMark' : 'readableHighWaterMark', this.objectMode);
    this.buffer = [];
    this.length = 0;
    this.pipes = [];
    this.flowing = null;
    this.ended = false;
    this.endEmitted = false;
    this.reading = false;
    this.constructed = true;
    this.sync = true;
    this.needReadable = false;
    this.emittedReadable = false;
    this.readableListening = false;
    this.resumeScheduled = false;
    this.errorEmitted = false;
    this.emitClose = options.emitClose !== false;
    this.autoDestroy = options.autoDestroy !== false;
    this.destroyed = false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.defaultEncoding = options.defaultEncoding || 'utf8';
    this.awaitDrainWriters = null;
    this.readingMore = false;
    this.dataEmitted = false;
    this.decoder = null;
    this.encoding = null;
    if (options.encoding) {
      this.decoder = new StringDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  }

  let SD;
  function StringDecoder(enc) {
    if (!SD) SD = internal.requireStringDecoder().StringDecoder;
    return new SD(enc);
  }

  function Readable(options) {
    if (!(this instanceof Readable)) return new Readable(options);
    const isDuplex = this instanceof Duplex;
    // Node presets _events with the names streams use (V8 shape
    // stability); they show in util.inspect and Object.keys order.
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = { close: undefined, error: undefined, data: undefined, end: undefined, readable: undefined };
    }
    this._readableState = new ReadableState(options, this, isDuplex);
    if (options) {
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
    }
    Stream.call(this, options);
    construct(this, () => {
      if (this._readableState.needReadable) maybeReadMore(this, this._readableState);
    });
  }
  Object.setPrototypeOf(Readable.prototype, Stream.prototype);
  Object.setPrototypeOf(Readable, Stream);

  Readable.prototype.destroy = destroy;
  Readable.prototype._undestroy = function () {
    const r = this._readableState;
    Object.assign(r, { constructed: true, closed: false, closeEmitted: false, destroyed: false, errored: null, errorEmitted: false, reading: false, ended: r.readable === false, endEmitted: r.readable === false });
  };
  Readable.prototype._destroy = function (e, cb) { cb(e); };

  Readable.prototype.push = function (chunk, encoding) {
    return readableAddChunk(this, chunk, encoding, false);
  };
  Readable.prototype.unshift = function (chunk, encoding) {
    return readableAddChunk(this, chunk, encoding, true);
  };

  function readableAddChunk(stream, chunk, encoding, addToFront) {
    const state = stream._readableState;
    let e;
    if (!state.objectMode) {
      if (typeof chunk === 'string') {
        encoding = encoding || state.defaultEncoding;
        if (state.encoding !== encoding) {
          if (addToFront && state.encoding) {
            chunk = Buffer.from(chunk, encoding).toString(state.encoding);
          } else {
            chunk = Buffer.from(chunk, encoding);
            encoding = '';
          }
        }
      } else if (chunk instanceof Buffer) {
        encoding = '';
      } else if (chunk instanceof Uint8Array) {
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        encoding = '';
      } else if (chunk != null) {
        e = internal.invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
    }
    if (e) {
      errorOrDestroy(stream, e);
    } else if (chunk === null) {
      state.reading = false;
      onEofChunk(stream, state);
    } else if (state.objectMode || (chunk && chunk.length > 0)) {
      if (addToFront) {
        if (state.endEmitted) errorOrDestroy(stream, err('Error', 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'));
        else if (state.destroyed || state.errored) return false;
        else addChunk(stream, state, chunk, true);
      } else if (state.ended) {
        errorOrDestroy(stream, ERR_STREAM_PUSH_AFTER_EOF());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        state.reading = false;
        if (state.decoder && !encoding) {
          chunk = state.decoder.write(chunk);
          if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
          else maybeReadMore(stream, state);
        } else {
          addChunk(stream, state, chunk, false);
        }
      }
    } else if (!addToFront) {
      state.reading = false;
      maybeReadMore(stream, state);
    }
    return !state.ended && (state.length < state.highWaterMark || state.length === 0);
  }

  function addChunk(stream, state, chunk, addToFront) {
    if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
      state.awaitDrainWriters = null;
      state.dataEmitted = true;
      stream.emit('data', chunk);
    } else {
      state.length += state.objectMode ? 1 : chunk.length;
      if (addToFront) state.buffer.unshift(chunk);
      else state.buffer.push(chunk);
      if (state.needReadable) emitReadable(stream);
    }
    maybeReadMore(stream, state);
  }

  Readable.prototype.isPaused = function () {
    const s = this._readableState;
    return s.paused === true || s.flowing === false;
  };

  Readable.prototype.setEncoding = function (enc) {
    const decoder = new StringDecoder(enc);
    const s = this._readableState;
    s.decoder = decoder;
    s.encoding = decoder.encoding;
    let content = '';
    for (const data of s.buffer) content += decoder.write(data);
    s.buffer = content !== '' ? [content] : [];
    s.length = content.length;
    return this;
  };

  function howMuchToRead(n, state) {
    if (n <= 0 || (state.length === 0 && state.ended)) return 0;
    if (state.objectMode) return 1;
    // Node 26 hands out one buffered chunk at a time for read().
    if (Number.isNaN(n)) return state.length ? state.buffer[0].length : 0;
    if (n <= state.length) return n;
    return state.ended ? state.length : 0;
  }

  Readable.prototype.read = function (n) {
    if (n === undefined) n = NaN;
    else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
    const state = this._readableState;
    const nOrig = n;
    if (n > state.highWaterMark) {
      let h = n;
      h--; h |= h >>> 1; h |= h >>> 2; h |= h >>> 4; h |= h >>> 8; h |= h >>> 16; h++;
      state.highWaterMark = h;
    }
    if (n !== 0) state.emittedReadable = false;
    if (n === 0 && state.needReadable &&
        ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
      if (state.length === 0 && state.ended) endReadable(this);
      else emitReadable(this);
      return null;
    }
    n = howMuchToRead(n, state);
    if (n === 0 && state.ended) {
      if (state.length === 0) endReadable(this);
      return null;
    }
    let doRead = state.needReadable;
    if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
    if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
      doRead = false;
    } else if (doRead) {
      state.reading = true;
      state.sync = true;
      if (state.length === 0) state.needReadable = true;
      try {
        this._read(state.highWaterMark);
      } catch (e) {
        errorOrDestroy(this, e);
      }
      state.sync = false;
      if (!state.reading) n = howMuchToRead(nOrig, state);
    }
    let ret = n > 0 ? fromList(n, state) : null;
    if (ret === null) {
      state.needReadable = state.length <= state.highWaterMark;
      n = 0;
    } else {
      state.length -= n;
      state.awaitDrainWriters = null;
    }
    if (state.length === 0) {
      if (!state.ended) state.needReadable = true;
      if (nOrig !== n && state.ended) endReadable(this);
    }
    if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
      state.dataEmitted = true;
      this.emit('data', ret);
    }
    return ret;
  };

  function fromList(n, state) {
    if (state.length === 0) return null;
    const buf = state.buffer;
    if (state.objectMode) return buf.shift();
    if (!n || n >= state.length) {
      let ret;
      if (state.decoder) ret = buf.join('');
      else if (buf.length === 1) ret = buf[0];
      else ret = Buffer.concat(buf, state.length);
      state.buffer = [];
      return ret;
    }
    // Take n units from the front.
    if (n < buf[0].length) {
      const ret = buf[0].slice(0, n);
      buf[0] = buf[0].slice(n);
      return ret;
    }
    if (n === buf[0].length) return buf.shift();
    if (state.decoder) {
      let ret = '';
      while (ret.length < n) {
        const need = n - ret.length;
        const s = buf[0];
        if (s.length > need) { ret += s.slice(0, need); buf[0] = s.slice(need); } else { ret += s; buf.shift(); }
      }
      return ret;
    }
    const ret = Buffer.allocUnsafe(n);
    let off = 0;
    while (off < n) {
      const need = n - off;
      const b = buf[0];
      if (b.length > need) {
        ret.set(b.subarray(0, need), off);
        buf[0] = b.subarray(need);
        off += need;
      } else {
        ret.set(b, off);
        off += b.length;
        buf.shift();
      }
    }
    return ret;
  }

  function onEofChunk(stream, state) {
    if (state.ended) return;
    if (state.decoder) {
      const chunk = state.decoder.end();
      if (chunk && chunk.length) {
        state.buffer.push(chunk);
        state.length += state.objectMode ? 1 : chunk.length;
      }
    }
    state.ended = true;
    if (state.sync) {
      // Node 26 (measured): an end pushed synchronously schedules
      // 'readable' only when a reader is waiting for it; flowing readers
      // pick the data up in resume_, after 'resume'.
      if (state.needReadable) emitReadable(stream);
    } else {
      state.needReadable = false;
      state.emittedReadable = true;
      emitReadable_(stream);
    }
  }

  function emitReadable(stream) {
    const state = stream._readableState;
    state.needReadable = false;
    if (!state.emittedReadable) {
      state.emittedReadable = true;
      nextTick(emitReadable_, stream);
    }
  }

  function emitReadable_(stream) {
    const state = stream._readableState;
    if (!state.destroyed && !state.errored && (state.length || state.ended)) {
      stream.emit('readable');
      state.emittedReadable = false;
    }
    state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
    flow(stream);
  }

  function maybeReadMore(stream, state) {
    if (!state.readingMore && state.constructed) {
      state.readingMore = true;
      nextTick(maybeReadMore_, stream, state);
    }
  }

  function maybeReadMore_(stream, state) {
    while (!state.reading && !state.ended &&
           (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
      const len = state.length;
      stream.read(0);
      if (len === state.length) break;
    }
    state.readingMore = false;
  }

  Readable.prototype._read = function () {
    throw ERR_METHOD_NOT_IMPLEMENTED('_read()');
  };

  Readable.prototype.pipe = function (dest, pipeOpts) {
    const src = this;
    const state = this._readableState;
    state.pipes.push(dest);
    const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
    const endFn = doEnd ? onend : unpipe;
    if (state.endEmitted) nextTick(endFn);
    else src.once('end', endFn);
    dest.on('unpipe', onunpipe);
    function onunpipe(readable, info) {
      if (readable === src && info && info.hasUnpiped === false) {
        info.hasUnpiped = true;
        cleanup();
      }
    }
    function onend() { dest.end(); }
    let ondrain;
    let cleanedUp = false;
    function cleanup() {
      dest.removeListener('close', onclose);
      dest.removeListener('finish', onfinish);
      if (ondrain) dest.removeListener('drain', ondrain);
      dest.removeListener('error', onerror);
      dest.removeListener('unpipe', onunpipe);
      src.removeListener('end', onend);
      src.removeListener('end', unpipe);
      src.removeListener('data', ondata);
      cleanedUp = true;
      if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
    }
    function pause() {
      if (!cleanedUp) {
        state.awaitDrainWriters = dest;
      }
      src.pause();
    }
    src.on('data', ondata);
    function ondata(chunk) {
      const ret = dest.write(chunk);
      if (ret === false) {
        if (!ondrain) {
          ondrain = pipeOnDrain(src, dest);
          dest.on('drain', ondrain);
        }
        pause();
      }
    }
    function onerror(er) {
      unpipe();
      dest.removeListener('error', onerror);
      if (dest.listenerCount('error') === 0) {
        const s = dest._writableState || dest._readableState;
        if (s && !s.errorEmitted) errorOrDestroy(dest, er);
        else dest.emit('error', er);
      }
    }
    dest.prependListener ? dest.prependListener('error', onerror) : dest.on('error', onerror);
    function onclose() {
      dest.removeListener('finish', onfinish);
      unpipe();
    }
    dest.once('close', onclose);
    function onfinish() {
      dest.removeListener('close', onclose);
      unpipe();
    }
    dest.once('finish', onfinish);
    function unpipe() { src.unpipe(dest); }
    dest.emit('pipe', src);
    if (dest.writableNeedDrain === true) pause();
    else if (!state.flowing) src.resume();
    return dest;
  };

  function pipeOnDrain(src, dest) {
    return function () {
      const state = src._readableState;
      if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
      if (!state.awaitDrainWriters && src.listenerCount('data')) src.resume();
    };
  }

  Readable.prototype.unpipe = function (dest) {
    const state = this._readableState;
    const info = { hasUnpiped: false };
    if (state.pipes.length === 0) return this;
    if (!dest) {
      const dests = state.pipes;
      state.pipes = [];
      this.pause();
      for (const d of dests) d.emit('unpipe', this, { hasUnpiped: false });
      return this;
    }
    const i = state.pipes.indexOf(dest);
    if (i === -1) return this;
    state.pipes.splice(i, 1);
    if (state.pipes.length === 0) this.pause();
    dest.emit('unpipe', this, info);
    return this;
  };

  Readable.prototype.on = function (ev, fn) {
    const res = Stream.prototype.on.call(this, ev, fn);
    const state = this._readableState;
    if (ev === 'data') {
      state.readableListening = this.listenerCount('readable') > 0;
      if (state.flowing !== false) this.resume();
    } else if (ev === 'readable') {
      if (!state.endEmitted && !state.readableListening) {
        state.readableListening = state.needReadable = true;
        state.flowing = false;
        state.emittedReadable = false;
        if (state.length) emitReadable(this);
        else if (!state.reading) nextTick(nReadingNextTick, this);
      }
    }
    return res;
  };
  Readable.prototype.addListener = Readable.prototype.on;

  Readable.prototype.removeListener = function (ev, fn) {
    const res = Stream.prototype.removeListener.call(this, ev, fn);
    if (ev === 'readable') nextTick(updateReadableListening, this);
    return res;
  };
  Readable.prototype.off = Readable.prototype.removeListener;
  Readable.prototype.removeAllListeners = function (ev) {
    const res = Stream.prototype.removeAllListeners.apply(this, arguments);
    if (ev === 'readable' || ev === undefined) nextTick(updateReadableListening, this);
    return res;
  };

  function updateReadableListening(self) {
    const state = self._readableState;
    state.readableListening = self.listenerCount('readable') > 0;
    if (state.resumeScheduled && state.paused === false) state.flowing = true;
    else if (self.listenerCount('data') > 0) self.resume();
    else if (!state.readableListening) state.flowing = null;
  }

  function nReadingNextTick(self) {
    self.read(0);
  }

  Readable.prototype.resume = function () {
    const state = this._readableState;
    if (!state.flowing) {
      state.flowing = !state.readableListening;
      if (!state.resumeScheduled) {
        state.resumeScheduled = true;
        nextTick(resume_, this, state);
      }
    }
    state.paused = false;
    return this;
  };

  function resume_(stream, state) {
    if (!state.reading) stream.read(0);
    state.resumeScheduled = false;
    stream.emit('resume');
    flow(stream);
    if (state.flowing && !state.reading) stream.read(0);
  }

  Readable.prototype.pause = function () {
    const state = this._readableState;
    if (state.flowing !== false) {
      state.flowing = false;
      this.emit('pause');
    }
    state.paused = true;
    return this;
  };

  function flow(stream) {
    const state = stream._readableState;
    while (state.flowing && stream.read() !== null);
  }

  function endReadable(stream) {
    const state = stream._readableState;
    if (!state.endEmitted) {
      state.ended = true;
      nextTick(endReadableNT, state, stream);
    }
  }

  function endReadableNT(state, stream) {
    if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
      state.endEmitted = true;
      stream.emit('end');
      const w = stream._writableState;
      if (stream.writable && stream.allowHalfOpen === false) {
        // A Duplex that may not stay half open ends its writable side too.
        nextTick(endWritableNT, stream);
      } else if (state.autoDestroy) {
        const autoDestroy = !w || (w.autoDestroy && (w.finished || w.writable === false));
        if (autoDestroy) stream.destroy();
      }
    }
  }

  function endWritableNT(stream) {
    if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
  }

  // Async iteration: next() resolves with the next chunk, waiting on
  // 'readable'; errors reject; the stream is destroyed when the loop exits
  // early (return()), as Node's createAsyncIterator does.
  Readable.prototype[Symbol.asyncIterator] = function () {
    const stream = this;
    let error = null;
    let done = false;
    let wake = null;
    const notify = () => { if (wake) { const w = wake; wake = null; w(); } };
    stream.on('readable', notify);
    const cleanup = eos(stream, { writable: false }, (e) => {
      error = e && e.code !== 'ERR_STREAM_PREMATURE_CLOSE' ? e : error;
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE' && !stream._readableState.endEmitted) error = e;
      done = true;
      notify();
    });
    const it = {
      next() {
        return new Promise((resolve, reject) => {
          const attempt = () => {
            if (!done || stream._readableState.length) {
              const chunk = stream.destroyed ? null : stream.read();
              if (chunk !== null) return resolve({ value: chunk, done: false });
            }
            if (error) { cleanup(); return reject(error); }
            if (done) { cleanup(); return resolve({ value: undefined, done: true }); }
            wake = attempt;
          };
          attempt();
        });
      },
      return() {
        done = true;
        cleanup();
        if (!stream._readableState.endEmitted) stream.destroy(null);
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
    return it;
  };

  const defineGetters = (proto, getters) => {
    for (const [name, get] of Object.entries(getters)) {
      Object.defineProperty(proto, name, { get, enumerable: false, configurable: true });
    }
  };
  defineGetters(Readable.prototype, {
    readable() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    readableDidRead() { return this._readableState.dataEmitted; },
    readableAborted() { const r = this._readableState; return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted); },
    readableHighWaterMark() { return this._readableState.highWaterMark; },
    readableBuffer() { return this._readableState && this._readableState.buffer; },
    readableFlowing() { return this._readableState.flowing; },
    readableLength() { return this._readableState.length; },
    readableObjectMode() { return this._readableState ? this._readableState.objectMode : false; },
    readableEncoding() { return this._readableState ? this._readableState.encoding : null; },
    errored() { return this._readableState ? this._readableState.errored : null; },
    closed() { return this._readableState ? this._readableState.closed : false; },
    readableEnded() { return this._readableState ? this._readableState.endEmitted : false; },
  });
  Object.defineProperty(Readable.prototype, 'destroyed', {
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(v) { if (this._readableState) this._readableState.destroyed = v; },
    enumerable: false, configurable: true,
  });
  Object.defineProperty(Readable.prototype, 'readable', {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(v) { if (this._readableState) this._readableState.readable = !!v; },
    enumerable: false, configurable: true,
  });

  Readable.from = function from(iterable, opts) {
    if (typeof iterable === 'string' || iterable instanceof Buffer) {
      return new Readable({ objectMode: true, ...opts, read() { this.push(iterable); this.push(null); } });
    }
    let it;
    let isAsync = false;
    if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
      it = iterable[Symbol.asyncIterator]();
      isAsync = true;
    } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
      it = iterable[Symbol.iterator]();
    } else {
      throw internal.invalidArgType('iterable', ['Iterable'], iterable);
    }
    let reading = false;
    const readable = new Readable({
      objectMode: true,
      highWaterMark: 1,
      ...opts,
      read() {
        if (reading) return;
        reading = true;
        next();
      },
      destroy(e, cb) {
        const close = () => cb(e);
        if (typeof it.return === 'function' && !finished) {
          Promise.resolve().then(() => it.return()).then(close, (e2) => cb(e || e2));
        } else {
          close();
        }
      },
    });
    let finished = false;
    async function next() {
      for (;;) {
        try {
          const r = isAsync ? await it.next() : it.next();
          if (r.done) {
            finished = true;
            readable.push(null);
          } else {
            const v = r.value && typeof r.value.then === 'function' ? await r.value : r.value;
            if (v === null) throw ERR_STREAM_NULL_VALUES();
            if (readable.push(v)) continue;
            reading = false;
          }
        } catch (e) {
          finished = true;
          readable.destroy(e);
        }
        break;
      }
    }
    return readable;
  };

  // ---- Writable -------------------------------------------------------------

  function WritableState(options, stream, isDuplex) {
    options = options || {};
    this.objectMode = !!(options.objectMode || (isDuplex && options.writableObjectMode));
    this.highWaterMark = getHighWaterMark(options, 'writableHighWaterMark', this.objectMode);
    this.finalCalled = false;
    this.needDrain = false;
    this.ending = false;
    this.ended = false;
    this.finished = false;
    this.destroyed = false;
    this.decodeStrings = options.decodeStrings !== false;
    this.defaultEncoding = options.defaultEncoding || 'utf8';
    this.length = 0;
    this.writing = false;
    this.corked = 0;
    this.sync = true;
    this.bufferProcessing = false;
    this.onwrite = (er) => onwrite(stream, er);
    this.writecb = null;
    this.writelen = 0;
    this.afterWriteTickInfo = null;
    this.buffered = [];
    this.bufferedIndex = 0;
    this.pendingcb = 0;
    this.constructed = true;
    this.prefinished = false;
    this.errorEmitted = false;
    this.emitClose = options.emitClose !== false;
    this.autoDestroy = options.autoDestroy !== false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this[kOnFinished] = [];
  }
  WritableState.prototype.getBuffer = function () { return this.buffered.slice(this.bufferedIndex); };
  Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
    get() { return this.buffered.length - this.bufferedIndex; },
  });

  function Writable(options) {
    const isDuplex = this instanceof Duplex;
    if (!isDuplex && !(this instanceof Writable)) return new Writable(options);
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = { close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined };
    }
    this._writableState = new WritableState(options, this, isDuplex);
    if (options) {
      if (typeof options.write === 'function') this._write = options.write;
      if (typeof options.writev === 'function') this._writev = options.writev;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.final === 'function') this._final = options.final;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal) addAbortSignal(options.signal, this);
    }
    Stream.call(this, options);
    construct(this, () => {
      const state = this._writableState;
      if (!state.writing) clearBuffer(this, state);
      finishMaybe(this, state);
    });
  }
  Object.setPrototypeOf(Writable.prototype, Stream.prototype);
  Object.setPrototypeOf(Writable, Stream);

  Object.defineProperty(Writable, Symbol.hasInstance, {
    value(object) {
      if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
      if (this !== Writable) return false;
      return !!(object && object._writableState instanceof WritableState);
    },
  });

  Writable.prototype.pipe = function () {
    errorOrDestroy(this, err('Error', 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'));
  };

  Writable.prototype.write = function (chunk, encoding, cb) {
    const state = this._writableState;
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = state.defaultEncoding;
    } else {
      if (!encoding) encoding = state.defaultEncoding;
      else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw ERR_UNKNOWN_ENCODING(encoding);
      if (typeof cb !== 'function') cb = nop;
    }
    if (chunk === null) throw ERR_STREAM_NULL_VALUES();
    if (!state.objectMode) {
      if (typeof chunk === 'string') {
        if (state.decodeStrings !== false) {
          chunk = Buffer.from(chunk, encoding);
          encoding = 'buffer';
        }
      } else if (chunk instanceof Buffer) {
        encoding = 'buffer';
      } else if (chunk instanceof Uint8Array) {
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        encoding = 'buffer';
      } else {
        throw internal.invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
    }
    let e;
    if (state.ending) e = ERR_STREAM_WRITE_AFTER_END();
    else if (state.destroyed) e = ERR_STREAM_DESTROYED('write');
    if (e) {
      nextTick(cb, e);
      errorOrDestroy(this, e, true);
      return false;
    }
    state.pendingcb++;
    return writeOrBuffer(this, state, chunk, encoding, cb);
  };

  function writeOrBuffer(stream, state, chunk, encoding, callback) {
    const len = state.objectMode ? 1 : chunk.length;
    state.length += len;
    const ret = state.length < state.highWaterMark;
    if (!ret) state.needDrain = true;
    if (state.writing || state.corked || state.errored || !state.constructed) {
      state.buffered.push({ chunk, encoding, callback });
    } else {
      state.writelen = len;
      state.writecb = callback;
      state.writing = true;
      state.sync = true;
      stream._write(chunk, encoding, state.onwrite);
      state.sync = false;
    }
    return ret && !state.errored && !state.destroyed;
  }

  function doWrite(stream, state, len, chunk, encoding, cb) {
    state.writelen = len;
    state.writecb = cb;
    state.writing = true;
    state.sync = true;
    if (state.destroyed) state.onwrite(ERR_STREAM_DESTROYED('write'));
    else stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  function onwriteError(stream, state, er, cb) {
    --state.pendingcb;
    cb(er);
    errorBuffer(state);
    errorOrDestroy(stream, er);
  }

  function onwrite(stream, er) {
    const state = stream._writableState;
    const sync = state.sync;
    const cb = state.writecb;
    if (typeof cb !== 'function') {
      errorOrDestroy(stream, ERR_MULTIPLE_CALLBACK());
      return;
    }
    state.writing = false;
    state.writecb = null;
    state.length -= state.writelen;
    state.writelen = 0;
    if (er) {
      if (!state.errored) state.errored = er;
      if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
      if (sync) nextTick(onwriteError, stream, state, er, cb);
      else onwriteError(stream, state, er, cb);
    } else {
      if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
      if (sync) {
        if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
          state.afterWriteTickInfo.count++;
        } else {
          state.afterWriteTickInfo = { count: 1, cb, stream, state };
          nextTick(afterWriteTick, state.afterWriteTickInfo);
        }
      } else {
        afterWrite(stream, state, 1, cb);
      }
    }
  }

  function afterWriteTick({ stream, state, count, cb }) {
    state.afterWriteTickInfo = null;
    afterWrite(stream, state, count, cb);
  }

  function afterWrite(stream, state, count, cb) {
    const needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
    if (needDrain) {
      state.needDrain = false;
      stream.emit('drain');
    }
    while (count-- > 0) {
      state.pendingcb--;
      cb(null);
    }
    if (state.destroyed) errorBuffer(state);
    finishMaybe(stream, state);
  }

  function errorBuffer(state) {
    if (state.writing) return;
    for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
      const { chunk, callback } = state.buffered[n];
      const len = state.objectMode ? 1 : chunk.length;
      state.length -= len;
      callback(state.errored || ERR_STREAM_DESTROYED('write'));
    }
    for (const cb of state[kOnFinished].splice(0)) cb(state.errored || ERR_STREAM_DESTROYED('end'));
    state.buffered = [];
    state.bufferedIndex = 0;
  }

  function clearBuffer(stream, state) {
    if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
    const { buffered, objectMode } = state;
    let i = state.bufferedIndex;
    if (buffered.length - i === 0) return;
    state.bufferProcessing = true;
    if (buffered.length - i > 1 && stream._writev) {
      state.pendingcb -= buffered.length - i - 1;
      const callbacks = buffered.slice(i).map((b) => b.callback);
      const chunks = buffered.slice(i);
      chunks.allBuffers = chunks.every((c) => c.encoding === 'buffer');
      const cb = (e) => { for (const c of callbacks) c(e); };
      doWritev(stream, state, chunks, cb);
      state.buffered = [];
      state.bufferedIndex = 0;
    } else {
      do {
        const { chunk, encoding, callback } = buffered[i];
        buffered[i++] = null;
        const len = objectMode ? 1 : chunk.length;
        doWrite(stream, state, len, chunk, encoding, callback);
      } while (i < buffered.length && !state.writing);
      if (i === buffered.length) {
        state.buffered = [];
        state.bufferedIndex = 0;
      } else if (i > 256) {
        state.buffered.splice(0, i);
        state.bufferedIndex = 0;
      } else {
        state.bufferedIndex = i;
      }
    }
    state.bufferProcessing = false;
  }

  function doWritev(stream, state, chunks, cb) {
    state.writelen = state.length;
    state.writecb = cb;
    state.writing = true;
    state.sync = true;
    stream._writev(chunks, state.onwrite);
    state.sync = false;
  }

  Writable.prototype._write = function (chunk, encoding, cb) {
    if (this._writev) this._writev([{ chunk, encoding }], cb);
    else throw ERR_METHOD_NOT_IMPLEMENTED('_write()');
  };
  Writable.prototype._writev = null;

  Writable.prototype.cork = function () { this._writableState.corked++; };
  Writable.prototype.uncork = function () {
    const state = this._writableState;
    if (state.corked) {
      state.corked--;
      if (!state.writing) clearBuffer(this, state);
    }
  };
  Writable.prototype.setDefaultEncoding = function (encoding) {
    if (typeof encoding === 'string') encoding = encoding.toLowerCase();
    if (!Buffer.isEncoding(encoding)) throw ERR_UNKNOWN_ENCODING(encoding);
    this._writableState.defaultEncoding = encoding;
    return this;
  };

  Writable.prototype.end = function (chunk, encoding, cb) {
    const state = this._writableState;
    if (typeof chunk === 'function') {
      cb = chunk; chunk = null; encoding = null;
    } else if (typeof encoding === 'function') {
      cb = encoding; encoding = null;
    }
    let e;
    if (chunk !== null && chunk !== undefined) {
      const ret = this.write(chunk, encoding);
      if (ret === false && state.errored) e = state.errored;
    }
    if (state.corked) {
      state.corked = 1;
      this.uncork();
    }
    if (e) {
      // write() already reported it
    } else if (!state.errored && !state.ending) {
      state.ending = true;
      finishMaybe(this, state, true);
      state.ended = true;
    } else if (state.finished) {
      e = ERR_STREAM_ALREADY_FINISHED('end');
    } else if (state.destroyed) {
      e = ERR_STREAM_DESTROYED('end');
    }
    if (typeof cb === 'function') {
      if (e) nextTick(cb, e);
      else if (state.finished) nextTick(cb, null);
      else state[kOnFinished].push(cb);
    }
    return this;
  };

  function needFinish(state) {
    return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
      !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
      !state.errorEmitted && !state.closeEmitted;
  }

  function callFinal(stream, state) {
    let called = false;
    function onFinish(e) {
      if (called) {
        errorOrDestroy(stream, e || ERR_MULTIPLE_CALLBACK());
        return;
      }
      called = true;
      state.pendingcb--;
      if (e) {
        for (const cb of state[kOnFinished].splice(0)) cb(e);
        errorOrDestroy(stream, e, state.sync);
      } else if (needFinish(state)) {
        state.prefinished = true;
        stream.emit('prefinish');
        state.pendingcb++;
        nextTick(finish, stream, state);
      }
    }
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final(onFinish);
    } catch (e) {
      onFinish(e);
    }
    state.sync = false;
  }

  function prefinish(stream, state) {
    if (!state.prefinished && !state.finalCalled) {
      if (typeof stream._final === 'function' && !state.destroyed) {
        state.finalCalled = true;
        callFinal(stream, state);
      } else {
        state.prefinished = true;
        stream.emit('prefinish');
      }
    }
  }

  function finishMaybe(stream, state, sync) {
    if (needFinish(state)) {
      prefinish(stream, state);
      if (state.pendingcb === 0) {
        if (sync) {
          state.pendingcb++;
          nextTick((s, st) => {
            if (needFinish(st)) finish(s, st);
            else st.pendingcb--;
          }, stream, state);
        } else if (needFinish(state)) {
          state.pendingcb++;
          finish(stream, state);
        }
      }
    }
  }

  function finish(stream, state) {
    state.pendingcb--;
    state.finished = true;
    for (const cb of state[kOnFinished].splice(0)) cb(null);
    stream.emit('finish');
    if (state.autoDestroy) {
      const r = stream._readableState;
      const autoDestroy = !r || (r.autoDestroy && (r.endEmitted || r.readable === false));
      if (autoDestroy) stream.destroy();
    }
  }

  Writable.prototype.destroy = function (e, cb) {
    const state = this._writableState;
    if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
      nextTick(errorBuffer, state);
    }
    destroy.call(this, e, cb);
    return this;
  };
  Writable.prototype._undestroy = Readable.prototype._undestroy;
  Writable.prototype._destroy = function (e, cb) { cb(e); };

  defineGetters(Writable.prototype, {
    closed() { return this._writableState ? this._writableState.closed : false; },
    writableFinished() { return this._writableState ? this._writableState.finished : false; },
    writableObjectMode() { return this._writableState ? this._writableState.objectMode : false; },
    writableBuffer() { return this._writableState && this._writableState.getBuffer(); },
    writableEnded() { return this._writableState ? this._writableState.ending : false; },
    writableNeedDrain() { const w = this._writableState; return w ? !w.destroyed && !w.ending && w.needDrain : false; },
    writableHighWaterMark() { return this._writableState && this._writableState.highWaterMark; },
    writableCorked() { return this._writableState ? this._writableState.corked : 0; },
    writableLength() { return this._writableState && this._writableState.length; },
    errored() { return this._writableState ? this._writableState.errored : null; },
    writableAborted() { const w = this._writableState; return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished); },
  });
  Object.defineProperty(Writable.prototype, 'destroyed', {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(v) { if (this._writableState) this._writableState.destroyed = v; },
    enumerable: false, configurable: true,
  });
  Object.defineProperty(Writable.prototype, 'writable', {
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(v) { if (this._writableState) this._writableState.writable = !!v; },
    enumerable: false, configurable: true,
  });

  // ---- Duplex, Transform, PassThrough --------------------------------------

  function Duplex(options) {
    if (!(this instanceof Duplex)) return new Duplex(options);
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = {
        close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined,
        data: undefined, end: undefined, readable: undefined,
      };
    }
    this._readableState = new ReadableState(options, this, true);
    this._writableState = new WritableState(options, this, true);
    if (options) {
      this.allowHalfOpen = options.allowHalfOpen !== false;
      if (options.readable === false) {
        this._readableState.readable = false;
        this._readableState.ended = true;
        this._readableState.endEmitted = true;
      }
      if (options.writable === false) {
        this._writableState.writable = false;
        this._writableState.ending = true;
        this._writableState.ended = true;
        this._writableState.finished = true;
      }
      for (const k of ['read', 'write', 'writev', 'final', 'destroy', 'construct']) {
        if (typeof options[k] === 'function') this['_' + k] = options[k];
      }
      if (options.signal) addAbortSignal(options.signal, this);
    } else {
      this.allowHalfOpen = true;
    }
    Stream.call(this, options);
    construct(this, () => {
      const r = this._readableState;
      if (r.needReadable) maybeReadMore(this, r);
      const w = this._writableState;
      if (!w.writing) clearBuffer(this, w);
      finishMaybe(this, w);
    });
  }
  Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
  Object.setPrototypeOf(Duplex, Readable);
  for (const name of Object.getOwnPropertyNames(Writable.prototype)) {
    // Readable's own members (pipe, on, destroyed...) win, as in Node.
    if (name in Duplex.prototype) continue;
    Object.defineProperty(Duplex.prototype, name, Object.getOwnPropertyDescriptor(Writable.prototype, name));
  }
  Duplex.prototype.destroy = Writable.prototype.destroy;
  Object.defineProperty(Duplex.prototype, 'destroyed', {
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(v) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = v;
        this._writableState.destroyed = v;
      }
    },
    enumerable: false, configurable: true,
  });

  function Transform(options) {
    if (!(this instanceof Transform)) return new Transform(options);
    const rhwm = options ? getHighWaterMark(options, 'readableHighWaterMark', !!(options.objectMode || options.readableObjectMode)) : null;
    if (rhwm === 0) {
      options = { ...options, highWaterMark: null, readableHighWaterMark: rhwm, writableHighWaterMark: options.writableHighWaterMark || 0 };
    }
    Duplex.call(this, options);
    this._readableState.sync = false;
    this[kCallback] = null;
    if (options) {
      if (typeof options.transform === 'function') this._transform = options.transform;
      if (typeof options.flush === 'function') this._flush = options.flush;
    }
    this.on('prefinish', prefinishTransform);
  }
  Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
  Object.setPrototypeOf(Transform, Duplex);

  function finalTransform(cb) {
    if (typeof this._flush === 'function' && !this.destroyed) {
      this._flush((er, data) => {
        if (er) {
          if (cb) cb(er);
          else this.destroy(er);
          return;
        }
        if (data != null) this.push(data);
        this.push(null);
        if (cb) cb();
      });
    } else {
      this.push(null);
      if (cb) cb();
    }
  }
  function prefinishTransform() {
    if (this._final !== finalTransform) finalTransform.call(this);
  }
  Transform.prototype._final = finalTransform;

  Transform.prototype._transform = function () {
    throw ERR_METHOD_NOT_IMPLEMENTED('_transform()');
  };

  Transform.prototype._write = function (chunk, encoding, callback) {
    const rState = this._readableState;
    const wState = this._writableState;
    const length = rState.length;
    this._transform(chunk, encoding, (e, val) => {
      if (e) {
        callback(e);
        return;
      }
      if (val != null) this.push(val);
      if (rState.ended) {
        nextTick(callback);
      } else if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
        callback();
      } else {
        this[kCallback] = callback;
      }
    });
  };

  Transform.prototype._read = function () {
    if (this[kCallback]) {
      const callback = this[kCallback];
      this[kCallback] = null;
      callback();
    }
  };

  function PassThrough(options) {
    if (!(this instanceof PassThrough)) return new PassThrough(options);
    Transform.call(this, options);
  }
  Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
  Object.setPrototypeOf(PassThrough, Transform);
  PassThrough.prototype._transform = function (chunk, encoding, cb) { cb(null, chunk); };

  // ---- finished / pipeline (js/stream_pipeline.js) --------------------------

  const { eos, destroyer, pipeline, finished, addAbortSignal, promises } =
    internal.loadPipeline({ Readable, nextTick, nop, ERR_STREAM_PREMATURE_CLOSE, ERR_MISSING_ARGS });

  Stream.Stream = Stream;
  Stream.Readable = Readable;
  Stream.Writable = Writable;
  Stream.Duplex = Duplex;
  Stream.Transform = Transform;
  Stream.PassThrough = PassThrough;
  Stream.pipeline = pipeline;
  Stream.finished = finished;
  Stream.addAbortSignal = addAbortSignal;
  Stream.destroy = destroyer;
  Stream.promises = promises;
  Stream.isReadable = (s) => !!(s && s.readable && !s.destroyed);
  Stream.isWritable = (s) => !!(s && s.writable && !s.destroyed);
  Stream.isDestroyed = (s) => !!(s && s.destroyed);
  Stream.isErrored = (s) => !!(s && s.errored);
  Stream.isDisturbed = (s) => !!(s && s._readableState && (s._readableState.dataEmitted || s.destroyed));
  Stream.getDefaultHighWaterMark = (objectMode) => (objectMode ? defaultObjectHWM : defaultHWM);
  Stream.setDefaultHighWaterMark = (objectMode, value) => {
    if (!objectMode) defaultHWM = value;
  };
  Stream._isUint8Array = (v) => v instanceof Uint8Array;
  Stream._isArrayBufferView = (v) => ArrayBuffer.isView(v);
  Stream._uint8ArrayToBuffer = (c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength);
  Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), { value: promises.pipeline });
  Object.defineProperty(finished, Symbol.for('nodejs.util.promisify.custom'), { value: promises.finished });
  return Stream;
})
