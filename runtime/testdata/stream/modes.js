// Object mode, highWaterMark edge cases, cork/uncork and _writev, unshift,
// read(n) sizes, pause/resume, unpipe, errors in transform and final.
const { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished } = require('stream');
const log = [];
const L = (...a) => log.push(a.map((x) => (typeof x === 'string' ? x : show(x))).join(' '));
const flush = (label) => { print(label); for (const l of log.splice(0)) print('  ' + l); };
const tick = () => new Promise((r) => setTimeout(r, 5));

(async () => {
  const om = new Readable({ objectMode: true, read() {} });
  om.push({ a: 1 }); om.push(2); om.push('s'); om.push(null);
  om.on('data', (d) => L('data', d));
  om.on('end', () => L('end'));
  await tick();
  flush('object mode');

  const r = new Readable({ read() {} });
  r.push('abcdef'); r.push('gh'); r.push(null);
  await tick();
  L('read(3)', String(r.read(3)), 'read(4)', String(r.read(4)), 'len', r.readableLength, 'read()', String(r.read()), 'read()', r.read());
  r.on('end', () => L('end'));
  r.resume();
  await tick();
  flush('read sizes');

  const u = new Readable({ read() {} });
  u.push('world');
  u.unshift('hello ');
  u.push(null);
  u.setEncoding('utf8');
  u.on('data', (d) => L('data', d));
  await tick();
  flush('unshift');

  const writes = [];
  const wv = new Writable({
    write(c, e, cb) { writes.push(['write', String(c)]); cb(); },
    writev(chunks, cb) { writes.push(['writev', chunks.map((x) => String(x.chunk))]); cb(); },
  });
  wv.cork(); wv.write('a'); wv.write('b'); wv.write('c');
  L('corked', wv.writableCorked, wv.writableLength);
  process.nextTick(() => { wv.uncork(); wv.end('d'); });
  wv.on('finish', () => L('finish', writes));
  await tick();
  flush('cork writev');

  const slow = new Writable({ highWaterMark: 2, write(c, e, cb) { setTimeout(cb, 1); } });
  const src = new Readable({ read() {} });
  for (const x of ['aa', 'bb', 'cc', 'dd']) src.push(x);
  src.push(null);
  src.on('pause', () => L('pause')).on('resume', () => L('resume'));
  slow.on('drain', () => L('drain')).on('pipe', () => L('pipe')).on('unpipe', () => L('unpipe')).on('finish', () => L('finish'));
  src.pipe(slow);
  await tick(); await tick(); await tick();
  flush('pipe backpressure');

  const t1 = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk')); } });
  t1.on('error', (e) => L('error', e)).on('close', () => L('close'));
  t1.write('x', (e) => L('write cb', e));
  await tick();
  flush('transform error');

  const f1 = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('final failed')); } });
  f1.on('error', (e) => L('error', e)).on('finish', () => L('finish')).on('close', () => L('close'));
  f1.end('x');
  await tick();
  flush('final error');

  const obj = new Transform({ objectMode: true, transform(c, e, cb) { this.push(c); this.push(c); cb(); } });
  const got = [];
  obj.on('data', (d) => got.push(d));
  obj.write(1); obj.end(2);
  await tick();
  print('push twice', got);

  const d2 = new Duplex({ read() { this.push('r'); this.push(null); }, write(c, e, cb) { L('dwrite', String(c)); cb(); } });
  d2.on('data', (c) => L('ddata', String(c))).on('end', () => L('dend')).on('finish', () => L('dfinish')).on('close', () => L('dclose'));
  d2.end('w');
  await tick();
  flush('duplex both sides');

  const pt = new PassThrough();
  pt.end('abc');
  pt.on('readable', () => { let c; while ((c = pt.read()) !== null) L('readable read', String(c)); });
  pt.on('end', () => L('end'));
  await tick();
  flush('readable event');

  const hw0 = new Readable({ highWaterMark: 0, read() { L('_read'); this.push('x'); this.push(null); } });
  hw0.on('data', (d) => L('data', String(d)));
  await tick();
  flush('hwm 0');

  pipeline(Readable.from(['a']), new Transform({ transform(c, e, cb) { cb(new Error('tx')); } }), new PassThrough(), (e) => L('pipeline', e));
  await tick();
  flush('pipeline transform error');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  finished(w, (e) => L('finished destroyed', e));
  w.write('x', (e) => L('write after destroy', e));
  await tick();
  flush('after destroy');
  check('bad hwm', () => new Readable({ highWaterMark: -1 }));
  check('setEncoding bad', () => new Readable().setEncoding('nope'));
  check('push bad', () => { const x = new Readable({ read() {} }); x.on('error', (e) => print('push error', e)); x.push(1); return 'ok'; });
})();
