// opendir/Dir, statfs, readv/writev, aliases.
const fs = require('fs');
const root = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/tsrun-fsd-');
process.chdir(root);
fs.mkdirSync('d/sub', { recursive: true });
fs.writeFileSync('d/a', 'a');
(async () => {
  const d = fs.opendirSync('d');
  const names = [];
  let e;
  while ((e = d.readSync()) !== null) names.push([e.name, e.parentPath, e.isDirectory()]);
  d.closeSync();
  print('opendirSync', d.constructor.name, d.path, Object.keys(d), names.sort());
  check('closed twice', () => d.closeSync());
  check('read closed', () => d.readSync());
  check('opendir missing', () => fs.opendirSync('nope'));
  const pd = await fs.promises.opendir('d');
  const it = pd[Symbol.asyncIterator]();
  const seen = [];
  for (;;) { const r = await it.next(); if (r.done) break; seen.push(r.value.name); }
  print('promises.opendir', seen.sort());
  const cd = await new Promise((r) => fs.opendir('d', (err, dir) => r(dir)));
  print('opendir cb read', (await cd.read()) !== null, await new Promise((r) => cd.close((err) => r(err))));
  const s = fs.statfsSync('.');
  print('statfs', s.constructor.name, Object.keys(s), typeof s.bsize, s.bsize > 0);
  const fd = fs.openSync('v.txt', 'w+');
  print('writevSync', fs.writevSync(fd, [Buffer.from('ab'), new Uint8Array([99])]), fs.readFileSync('v.txt', 'utf8'));
  const a = Buffer.alloc(1); const b = Buffer.alloc(5);
  print('readvSync', fs.readvSync(fd, [a, b], 0), a.toString(), b.toString('utf8', 0, 2));
  print('writev cb', await new Promise((r) => fs.writev(fd, [Buffer.from('Z')], 0, (err, n, bufs) => r([err, n, bufs.length]))), fs.readFileSync('v.txt', 'utf8'));
  fs.closeSync(fd);
  print('aliases', fs.FileReadStream === fs.ReadStream, fs.FileWriteStream === fs.WriteStream, fs.lchmod, fs._toUnixTimestamp(new Date(1500)), typeof fs.Dir);
  check('watch', () => typeof fs.watch);
  print('legacy buffer', Buffer.from('hi').utf8Slice(0, 1), Buffer.from('hi').hexSlice(), Buffer.alloc(2).latin1Write('é', 0, 2), Buffer.copyBytesFrom(new Uint16Array([1, 2]), 1), Buffer.from('hi').inspect());
  fs.rmSync(root, { recursive: true });
})();
