// finished (end-of-stream), pipeline, addAbortSignal and stream/promises,
// split from js/stream.js to keep files readable. They observe streams
// from outside through their events and states, as Node's
// internal/streams/end-of-stream and pipeline do.
(function (shared, internal, deps) {
  'use strict';
  const { Readable, nextTick, nop, ERR_STREAM_PREMATURE_CLOSE, ERR_MISSING_ARGS } = deps;

  const isReadableNodeStream = (s) => !!(s && typeof s.pipe === 'function' && typeof s.on === 'function' &&
    (!s._writableState || (s._readableState && s._readableState.readable !== false)) && (!s._writableState || s._readableState));
  const isWritableNodeStream = (s) => !!(s && typeof s.write === 'function' && typeof s.on === 'function' &&
    (!s._readableState || (s._writableState && s._writableState.writable !== false)));
  const isNodeStream = (s) => !!(s && (s._readableState || s._writableState ||
    (typeof s.write === 'function' && typeof s.on === 'function') || (typeof s.pipe === 'function' && typeof s.on === 'function')));

  // eos is finished(): cb(err) once the stream is done (ended, finished, or
  // closed early, which is ERR_STREAM_PREMATURE_CLOSE). Returns cleanup.
  function eos(stream, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    } else if (options == null) {
      options = {};
    }
    if (typeof callback !== 'function') throw internal.invalidArgType('callback', 'function', callback);
    let called = false;
    const done = (e) => {
      if (called) return;
      called = true;
      callback.call(stream, e);
    };
    const rState = stream._readableState;
    const wState = stream._writableState;
    const readable = options.readable !== undefined ? options.readable : isReadableNodeStream(stream);
    const writable = options.writable !== undefined ? options.writable : isWritableNodeStream(stream);
    let writableFinished = !!(wState && wState.finished);
    let readableFinished = !!(rState && rState.endEmitted);
    // A stream that will emit 'close' is finished at 'close', not before.
    const st = wState || rState;
    const willEmitClose = !!(st && st.autoDestroy && st.emitClose && st.closed === false) &&
      isReadableNodeStream(stream) === readable && isWritableNodeStream(stream) === writable;

    const onlegacyfinish = () => { if (!stream.writable) onfinish(); };
    const onfinish = () => {
      writableFinished = true;
      if (wState && wState.errored) return;
      if (willEmitClose && (!stream.readable || readable)) return;
      if (readable && !readableFinished) return;
      done();
    };
    const onend = () => {
      readableFinished = true;
      if (rState && rState.errored) return;
      if (willEmitClose && (!stream.writable || writable)) return;
      if (writable && !writableFinished) return;
      done();
    };
    const onerror = (e) => done(e);
    const onclose = () => {
      const errored = (wState && wState.errored) || (rState && rState.errored);
      if (errored && typeof errored !== 'boolean') return done(errored);
      if (readable && !readableFinished && rState && !rState.endEmitted) return done(ERR_STREAM_PREMATURE_CLOSE());
      if (writable && !writableFinished && wState && !wState.finished) return done(ERR_STREAM_PREMATURE_CLOSE());
      done();
    };
    stream.on('end', onend);
    stream.on('finish', onfinish);
    if (!wState) stream.on('end', onlegacyfinish);
    if (options.error !== false) stream.on('error', onerror);
    stream.on('close', onclose);

    const closed = (wState && wState.closed) || (rState && rState.closed);
    if (closed) {
      nextTick(onclose);
    } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
      nextTick(() => done((wState && wState.errored) || (rState && rState.errored)));
    } else if (!readable && (!writable || writableFinished) && (wState ? wState.finished : true) && wState) {
      nextTick(onclose);
    } else if (!writable && readable && readableFinished && rState) {
      nextTick(onclose);
    }

    const cleanup = () => {
      callback = nop;
      stream.removeListener('end', onend);
      stream.removeListener('finish', onfinish);
      stream.removeListener('end', onlegacyfinish);
      stream.removeListener('error', onerror);
      stream.removeListener('close', onclose);
    };
    if (options.signal) {
      const abort = () => {
        const e = new Error('The operation was aborted');
        e.name = 'AbortError';
        e.code = 'ABORT_ERR';
        e.cause = options.signal.reason;
        done(e);
      };
      if (options.signal.aborted) nextTick(abort);
      else options.signal.addEventListener('abort', abort, { once: true });
    }
    return cleanup;
  }

  function destroyer(stream, e) {
    if (!stream || (stream.destroyed && !e)) return;
    if (typeof stream.destroy === 'function') stream.destroy(e);
    else if (typeof stream.close === 'function') stream.close();
  }

  function pipeline(...streams) {
    const callback = typeof streams[streams.length - 1] === 'function' ? streams.pop() : null;
    if (!callback) throw internal.invalidArgType('callback', 'function', undefined);
    if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
    if (streams.length < 2) throw ERR_MISSING_ARGS('streams');
    return pipelineImpl(streams, callback);
  }

  function pipelineImpl(streams, callback, opts) {
    let error;
    let finishCount = 0;
    const destroys = [];
    let finished = false;
    const finish = (e, final) => {
      if (e && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = e;
      if (!error && !final) return;
      while (destroys.length) destroys.shift()(error);
      if (final && !finished) {
        finished = true;
        nextTick(callback, error, value);
      }
    };
    const finishOne = (e) => finish(e, --finishCount === 0);
    let ret;
    let value;
    for (let i = 0; i < streams.length; i++) {
      let stream = streams[i];
      const reading = i < streams.length - 1;
      const writing = i > 0;
      const end = reading || !opts || opts.end !== false;
      if (i === 0 && typeof stream === 'function') stream = stream();
      if (i === 0 && !isNodeStream(stream) && stream && (typeof stream[Symbol.asyncIterator] === 'function' || typeof stream[Symbol.iterator] === 'function')) {
        stream = Readable.from(stream);
      } else if (typeof stream === 'function') {
        // A transform function: async iterable in, async iterable out.
        const out = stream(ret);
        stream = Readable.from(out);
        if (!writing) { /* unreachable: functions follow a source */ }
        ret.on('error', nop);
        finishCount++;
        destroys.push((e) => destroyer(stream, e));
        eos(stream, { readable: true, writable: false }, finishOne);
        ret = stream;
        if (!reading) {
          const collected = [];
          stream.on('data', (c) => collected.push(c));
        }
        continue;
      }
      if (!isNodeStream(stream)) throw internal.invalidArgType(`streams[${i}]`, ['Stream'], stream);
      finishCount++;
      destroys.push((e) => destroyer(stream, e));
      eos(stream, { readable: reading, writable: writing }, finishOne);
      if (writing && ret) {
        ret.pipe(stream, { end });
        const src = ret;
        src.on('error', (e) => finish(e, false));
      }
      ret = stream;
    }
    if (opts && opts.signal) {
      const abort = () => {
        const e = new Error('The operation was aborted');
        e.name = 'AbortError';
        e.code = 'ABORT_ERR';
        e.cause = opts.signal.reason;
        finish(e, true);
      };
      if (opts.signal.aborted) nextTick(abort);
      else opts.signal.addEventListener('abort', abort, { once: true });
    }
    return ret;
  }

  function finished(stream, opts, cb) {
    return eos(stream, opts, cb);
  }

  function addAbortSignal(signal, stream) {
    if (!signal || typeof signal.aborted !== 'boolean') throw internal.invalidArgType('signal', 'AbortSignal', signal);
    const onAbort = () => {
      const e = new Error('The operation was aborted');
      e.name = 'AbortError';
      e.code = 'ABORT_ERR';
      e.cause = signal.reason;
      stream.destroy(e);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    return stream;
  }

  const promises = {
    pipeline(...streams) {
      return new Promise((resolve, reject) => {
        let opts;
        const last = streams[streams.length - 1];
        if (last && typeof last === 'object' && !isNodeStream(last) && typeof last[Symbol.asyncIterator] !== 'function' && typeof last[Symbol.iterator] !== 'function') {
          opts = streams.pop();
        }
        if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
        pipelineImpl(streams, (e, v) => (e ? reject(e) : resolve(v)), opts);
      });
    },
    finished(stream, opts) {
      return new Promise((resolve, reject) => {
        eos(stream, opts, (e) => (e ? reject(e) : resolve()));
      });
    },
  };

  return { eos, destroyer, pipeline, finished, addAbortSignal, promises };
})
