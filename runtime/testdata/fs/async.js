// Callback and promise forms: results, errors, FileHandle, and ordering
// against the loop (callbacks arrive after synchronous code, in a later
// poll phase).
const fs = require('fs');
const fsp = require('fs/promises');
const root = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/tsrun-fsa-');
process.chdir(root);
const show1 = (e) => `${e.name} ${e.code} ${e.errno} ${e.syscall} [${Object.keys(e)}]: ${e.message}`.split(root).join('<root>');
const cbp = (f, ...args) => new Promise((res) => f(...args, (err, ...v) => res(err ? ['err', show1(err)] : ['ok', ...v])));
const pr = (p) => p.then((v) => ['ok', v], (e) => ['err', show1(e)]);

(async () => {
  print('same module', fsp === fs.promises, require('node:fs/promises') === fsp, typeof fsp.constants);
  const order = [];
  fs.writeFile('o.txt', 'x', () => order.push('writeFile cb'));
  order.push('sync after');
  await new Promise((r) => setTimeout(r, 20));
  print('order', order);

  print('writeFile', await cbp(fs.writeFile, 'a.txt', 'héllo'));
  print('readFile buf', await cbp(fs.readFile, 'a.txt'));
  print('readFile utf8', await cbp(fs.readFile, 'a.txt', 'utf8'));
  print('readFile opts', await cbp(fs.readFile, 'a.txt', { encoding: 'hex' }));
  print('readFile missing', await cbp(fs.readFile, 'nope'));
  print('readFile dir', await cbp(fs.readFile, '.'));
  print('appendFile', await cbp(fs.appendFile, 'a.txt', '!'), fs.readFileSync('a.txt', 'utf8'));
  print('stat', (await cbp(fs.stat, 'a.txt')).map((s) => (typeof s === 'object' ? [s.constructor.name, s.size, s.isFile()] : s)));
  print('lstat missing', await cbp(fs.lstat, 'nope'));
  print('mkdir rec', await cbp(fs.mkdir, 'd/e/f', { recursive: true }));
  print('mkdir exists', await cbp(fs.mkdir, 'd'));
  print('readdir', await cbp(fs.readdir, 'd'));
  print('readdir types', (await cbp(fs.readdir, 'd', { withFileTypes: true }))[1].map((d) => [d.name, d.isDirectory()]));
  print('readdir missing', await cbp(fs.readdir, 'nope'));
  print('exists', await new Promise((r) => fs.exists('a.txt', r)), await new Promise((r) => fs.exists('nope', r)));
  print('access', await cbp(fs.access, 'nope'), await cbp(fs.access, 'a.txt', fs.constants.R_OK));
  print('copyFile excl', await cbp(fs.copyFile, 'a.txt', 'b.txt'), await cbp(fs.copyFile, 'a.txt', 'b.txt', fs.constants.COPYFILE_EXCL));
  print('rename', await cbp(fs.rename, 'b.txt', 'c.txt'), await cbp(fs.rename, 'b.txt', 'c.txt'));
  print('unlink', await cbp(fs.unlink, 'c.txt'), await cbp(fs.unlink, 'c.txt'));
  print('symlink readlink', await cbp(fs.symlink, 'a.txt', 'l'), await cbp(fs.readlink, 'l'), (await cbp(fs.realpath, 'l'))[1] === root + '/a.txt');
  print('chmod', await cbp(fs.chmod, 'a.txt', 0o640), fs.statSync('a.txt').mode & 0o777);
  print('truncate', await cbp(fs.truncate, 'a.txt', 2), fs.readFileSync('a.txt', 'utf8'));
  print('utimes', await cbp(fs.utimes, 'a.txt', 5, 6), fs.statSync('a.txt').mtimeMs);
  print('mkdtemp', (await cbp(fs.mkdtemp, 'tmp-'))[1].length, (await cbp(fs.mkdtemp, 'nope/x'))[1].replace(/x.{6}'$/, "x??????'"));
  print('rm', await cbp(fs.rm, 'd'), await cbp(fs.rm, 'd', { recursive: true }), fs.existsSync('d'), await cbp(fs.rm, 'd'), await cbp(fs.rm, 'd', { force: true }));
  print('rmdir', await cbp(fs.mkdir, 'e'), await cbp(fs.rmdir, 'e'), await cbp(fs.rmdir, 'e'));
  const fd = (await cbp(fs.open, 'f.txt', 'w+'))[1];
  print('open', typeof fd);
  print('write', await cbp(fs.write, fd, 'hello'), (await cbp(fs.write, fd, Buffer.from('XY'), 0, 2, 0)).slice(0, 2));
  const rb = Buffer.alloc(5);
  print('read', (await cbp(fs.read, fd, rb, 0, 5, 0)).slice(0, 2), rb.toString());
  print('fstat', (await cbp(fs.fstat, fd))[1].size, await cbp(fs.ftruncate, fd, 1), fs.readFileSync('f.txt', 'utf8'));
  print('close', await cbp(fs.close, fd), await cbp(fs.close, fd));
  print('fd readFile', fs.readFileSync('f.txt', 'utf8'));
  print('open missing', await cbp(fs.open, 'nope'));

  print('p.readFile', await pr(fsp.readFile('a.txt', 'utf8')), await pr(fsp.readFile('nope')), await pr(fsp.readFile()));
  print('p.writeFile', await pr(fsp.writeFile('p.txt', 'data')), await pr(fsp.appendFile('p.txt', Buffer.from('+'))), fs.readFileSync('p.txt', 'utf8'));
  print('p.writeFile bad', await pr(fsp.writeFile('p.txt', 5)), await pr(fsp.writeFile('nope/x', 'x')));
  print('p.stat', (await fsp.stat('p.txt')).size, await pr(fsp.stat('nope')));
  print('p.mkdir', await pr(fsp.mkdir('x/y', { recursive: true })), await pr(fsp.mkdir('x')));
  print('p.readdir', await pr(fsp.readdir('x')), await pr(fsp.rm('x', { recursive: true })));
  print('p.access', await pr(fsp.access('p.txt')), await pr(fsp.access('nope')));
  print('p.copyFile', await pr(fsp.copyFile('p.txt', 'q.txt')), await pr(fsp.rename('q.txt', 'r.txt')), await pr(fsp.unlink('r.txt')), await pr(fsp.unlink('r.txt')));
  print('p.realpath', (await fsp.realpath('.')) === root, await pr(fsp.realpath('nope')));
  print('p.mkdtemp', (await fsp.mkdtemp('t-')).length, await pr(fsp.readlink('p.txt')));

  const fh = await fsp.open('h.txt', 'w+');
  print('fh', fh.constructor.name, typeof fh.fd);
  print('fh.write', (await fh.write('hello')).bytesWritten, (await fh.write(Buffer.from('!'), 0, 1, 5)).bytesWritten);
  const r = await fh.read(Buffer.alloc(10), 0, 10, 0);
  print('fh.read', r.bytesRead, r.buffer.toString('utf8', 0, r.bytesRead));
  print('fh.stat', (await fh.stat()).size, await fh.truncate(2), (await fh.readFile('utf8')));
  print('fh.writeFile', await fh.writeFile('more'), fs.readFileSync('h.txt', 'utf8'));
  print('fh.close', await fh.close(), fh.fd, await pr(fh.stat()));
  print('open missing', await pr(fsp.open('nope')));
  fs.rmSync(root, { recursive: true });
})();
