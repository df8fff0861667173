// node:stream basics: event order, backpressure, pipe, pipeline, finished,
// Transform/PassThrough, async iteration.
const stream = require('stream');
const { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished } = stream;
const log = [];
const L = (...a) => log.push(a.map((x) => (typeof x === 'string' ? x : show(x))).join(' '));
const flush = (label) => { print(label); for (const l of log.splice(0)) print('  ' + l); };
const tick = () => new Promise((r) => setTimeout(r, 5));

(async () => {
  print('shape', typeof stream, stream.name, stream.Stream === stream, typeof stream.promises.pipeline, require('stream/promises') === stream.promises);
  print('hwm', new Readable().readableHighWaterMark, new Writable().writableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark, stream.getDefaultHighWaterMark(false));
  print('instanceof', new PassThrough() instanceof Transform, new Transform() instanceof Duplex, new Duplex() instanceof Readable, new Duplex() instanceof Writable, new Readable() instanceof stream);

  // Readable flowing with sync pushes.
  const r1 = new Readable({ read() {} });
  ['data', 'end', 'close', 'pause', 'resume', 'readable'].filter((e) => e !== 'readable').forEach((e) => r1.on(e, (d) => L(e, d === undefined ? '' : String(d))));
  r1.push('a'); r1.push('b'); r1.push(null);
  L('sync done');
  await tick();
  flush('readable flowing');

  // Paused mode with 'readable'.
  const r2 = new Readable({ read() {} });
  r2.on('readable', () => { let c; while ((c = r2.read()) !== null) L('read', String(c)); L('readable'); });
  r2.on('end', () => L('end'));
  r2.push('x'); r2.push('y');
  setTimeout(() => r2.push(null), 1);
  await tick();
  flush('readable paused');

  // Writable: callbacks, finish, close order; backpressure and drain.
  const w1 = new Writable({ highWaterMark: 3, write(c, e, cb) { L('_write', String(c), e); setTimeout(cb, 1); } });
  ['drain', 'finish', 'close', 'prefinish'].forEach((e) => w1.on(e, () => L(e)));
  L('write1', w1.write('ab', () => L('cb1')));
  L('write2', w1.write('cd', () => L('cb2')));
  L('len', w1.writableLength, w1.writableNeedDrain);
  w1.end('e', () => L('end cb'));
  L('ended', w1.writableEnded, w1.writableFinished);
  await tick(); await tick();
  flush('writable');

  // write after end, null, bad chunk.
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  w2.on('error', (e) => L('error', e));
  w2.end();
  L('after end', w2.write('x', (e) => L('cb', e)));
  try { w2.write(null); } catch (e) { L('threw', e); }
  try { new Writable().write(1); } catch (e) { L('threw', e); }
  await tick();
  flush('writable errors');

  // Transform and PassThrough.
  const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); }, flush(cb) { this.push('!'); cb(); } });
  up.on('data', (d) => L('data', String(d)));
  up.on('end', () => L('end'));
  up.on('finish', () => L('finish'));
  up.on('close', () => L('close'));
  up.write('ab'); up.end('cd');
  await tick();
  flush('transform');

  // pipe through PassThrough into a collecting Writable.
  const chunks = [];
  const sink = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
  sink.on('finish', () => L('sink finish', chunks));
  sink.on('pipe', () => L('pipe event'));
  Readable.from(['a', 'b', 'c']).pipe(new PassThrough()).pipe(sink);
  await tick();
  flush('pipe');

  // pipeline success and failure.
  const out = [];
  pipeline(Readable.from(['1', '2']), new PassThrough(), new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }), (e) => L('pipeline done', e, out));
  await tick();
  const bad = new Readable({ read() { this.destroy(new Error('boom')); } });
  const dst = new PassThrough();
  pipeline(bad, dst, (e) => L('pipeline failed', e, dst.destroyed));
  await tick();
  flush('pipeline');

  await stream.promises.pipeline(Readable.from(['p', 'q']), new Writable({ objectMode: true, write(c, e, cb) { L('p.w', c); cb(); } }));
  L('promise pipeline resolved');
  await stream.promises.pipeline(new Readable({ read() { this.destroy(new Error('nope')); } }), new PassThrough()).catch((e) => L('rejected', e));
  flush('promises.pipeline');

  // finished: normal end and premature close.
  const f1 = new PassThrough();
  finished(f1, (e) => L('finished', e));
  f1.resume(); f1.end('z');
  const f2 = new PassThrough();
  finished(f2, (e) => L('finished early', e));
  f2.destroy();
  await tick();
  flush('finished');

  // Async iteration (written out: goja has no for await; esbuild lowers it
  // to these same calls in real programs).
  const got = [];
  const drain = async (r, limit) => {
    const it = r[Symbol.asyncIterator]();
    for (let n = 0; ; n++) {
      if (n === limit) { await it.return(); return; }
      const { value, done } = await it.next();
      if (done) return;
      got.push(value);
    }
  };
  await drain(Readable.from(['i', 'j', 'k']));
  let caught;
  try { await drain(new Readable({ read() { this.destroy(new Error('iter fail')); } })); } catch (e) { caught = e; }
  const early = Readable.from(['m', 'n', 'o']);
  await drain(early, 1);
  print('async iteration', got, caught, early.destroyed);

  // setEncoding with a split multi-byte character.
  const enc = new Readable({ read() {} });
  enc.setEncoding('utf8');
  const euro = Buffer.from('€');
  enc.on('data', (d) => L('data', d));
  enc.push(euro.subarray(0, 1)); enc.push(euro.subarray(1)); enc.push(null);
  await tick();
  flush('setEncoding');

  // destroy with error: error then close.
  const d1 = new Readable({ read() {} });
  d1.on('error', (e) => L('error', e));
  d1.on('close', () => L('close', d1.destroyed));
  d1.destroy(new Error('x'));
  L('destroyed', d1.destroyed);
  await tick();
  flush('destroy');

  // Duplex allowHalfOpen false.
  const dup = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
  dup.on('finish', () => L('dup finish'));
  dup.on('end', () => L('dup end'));
  dup.on('close', () => L('dup close'));
  dup.resume();
  dup.push(null);
  await tick();
  flush('duplex');

  // Constructor options and _construct.
  const c1 = new Writable({ construct(cb) { L('construct'); setTimeout(cb, 1); }, write(c, e, cb) { L('write', String(c)); cb(); } });
  c1.write('early');
  c1.end(() => L('c1 end'));
  await tick();
  flush('construct');
})();
