// fs.createReadStream / createWriteStream: event order, chunking,
// start/end, encodings, errors, pipe and pipeline.
const fs = require('fs');
const { pipeline } = require('stream/promises');
const root = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/tsrun-fss-');
process.chdir(root);
const events = (s, names, log) => names.forEach((n) => s.on(n, (a) => log.push(n === 'data' ? `data(${a.length})` : n === 'open' ? `open(${typeof a})` : n === 'error' ? `error(${a.code} ${a.syscall})` : n)));
const done = (s) => new Promise((r) => s.on('close', r));

(async () => {
  fs.writeFileSync('small.txt', 'hello world');
  fs.writeFileSync('big.bin', Buffer.alloc(200000, 'ab'));

  let log = [];
  const r1 = fs.createReadStream('small.txt');
  print('initial', r1.pending, r1.path, r1.bytesRead, r1.readableHighWaterMark, r1.flags, r1.mode, r1.autoClose, r1.constructor.name, r1 instanceof require('stream').Readable);
  events(r1, ['open', 'ready', 'data', 'end', 'close', 'pause', 'resume'], log);
  await done(r1);
  print('small read', log, r1.bytesRead, r1.pending, r1.destroyed);

  log = [];
  const r2 = fs.createReadStream('big.bin');
  events(r2, ['data', 'end', 'close'], log);
  await done(r2);
  print('big read', log, r2.bytesRead);

  log = [];
  const parts = [];
  const r3 = fs.createReadStream('small.txt', { start: 2, end: 6, encoding: 'utf8' });
  r3.on('data', (d) => parts.push(d));
  await done(r3);
  print('start end', parts);

  const r4 = fs.createReadStream('big.bin', { highWaterMark: 70000, start: 10 });
  const sizes = [];
  r4.on('data', (d) => sizes.push(d.length));
  await done(r4);
  print('hwm', sizes);

  log = [];
  const r5 = fs.createReadStream('missing.txt');
  events(r5, ['open', 'ready', 'data', 'end', 'error', 'close'], log);
  await done(r5);
  print('missing', log, r5.destroyed);

  log = [];
  const w1 = fs.createWriteStream('out.txt');
  print('writer initial', w1.pending, w1.path, w1.bytesWritten, w1.writableHighWaterMark, w1.flags);
  events(w1, ['open', 'ready', 'drain', 'finish', 'close', 'error'], log);
  print('write returns', w1.write('abc'), w1.write(Buffer.from('def')));
  w1.end('!');
  await done(w1);
  print('write', log, w1.bytesWritten, fs.readFileSync('out.txt', 'utf8'));

  const w2 = fs.createWriteStream('out.txt', { flags: 'a' });
  w2.end('+more');
  await done(w2);
  const w3 = fs.createWriteStream('out.txt', { flags: 'r+', start: 1 });
  w3.end('XY');
  await done(w3);
  print('append and start', fs.readFileSync('out.txt', 'utf8'));

  log = [];
  const w4 = fs.createWriteStream('nodir/out.txt');
  events(w4, ['open', 'finish', 'error', 'close'], log);
  w4.write('x', (e) => log.push(`cb(${e && e.code})`));
  await done(w4);
  print('write error', log);

  const src = fs.createReadStream('big.bin');
  const dst = fs.createWriteStream('copy.bin');
  src.pipe(dst);
  await done(dst);
  print('pipe', fs.readFileSync('copy.bin').equals(fs.readFileSync('big.bin')));

  await pipeline(fs.createReadStream('small.txt'), fs.createWriteStream('copy.txt'));
  print('pipeline', fs.readFileSync('copy.txt', 'utf8'));
  await pipeline(fs.createReadStream('nope'), fs.createWriteStream('copy2.txt')).catch((e) => print('pipeline error', e.code, e.syscall));

  const fh = await fs.promises.open('small.txt');
  const chunks = [];
  const r6 = fh.createReadStream({ encoding: 'utf8' });
  r6.on('data', (d) => chunks.push(d));
  await done(r6);
  print('filehandle stream', chunks, fh.fd);

  const r7 = fs.createReadStream('big.bin');
  r7.on('open', () => r7.destroy());
  await done(r7);
  print('destroy after open', r7.destroyed, r7.bytesRead);

  const r8 = fs.createReadStream('small.txt');
  r8.close((e) => print('close cb', e));
  await done(r8);

  check('bad start', () => fs.createReadStream('small.txt', { start: 5, end: 2 }));
  check('bad path', () => fs.createReadStream(1));
  log = [];
  const w5 = fs.createWriteStream('x', { flags: 'zz' });
  events(w5, ['open', 'error', 'close'], log);
  w5.on('error', (e) => log.push(e.message));
  await done(w5);
  print('bad flags', log);
  fs.rmSync(root, { recursive: true });
})();
