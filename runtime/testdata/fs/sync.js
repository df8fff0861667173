// Synchronous fs: results and errors, relative to a fresh temporary folder
// so that messages (which carry the path as given) are stable.
const fs = require('fs');
const root = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/tsrun-fs-');
process.chdir(root);
const err = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.errno} ${e.syscall} ${e.path} ${e.dest} [${Object.keys(e)}]: ${e.message}`.split(root).join('<root>'); } };

check('writeFileSync', () => [fs.writeFileSync('a.txt', 'héllo'), fs.readFileSync('a.txt'), fs.readFileSync('a.txt', 'utf8'), fs.readFileSync('a.txt', { encoding: 'latin1' }), fs.readFileSync('a.txt', 'base64'), fs.readFileSync('a.txt', 'hex')]);
check('encodings', () => { fs.writeFileSync('b.bin', 'aGk=', 'base64'); fs.writeFileSync('c.bin', Buffer.from([0xff, 0])); fs.writeFileSync('d.bin', new Uint16Array([0x6261])); return [fs.readFileSync('b.bin', 'utf8'), fs.readFileSync('c.bin'), fs.readFileSync('d.bin', 'utf-8'), fs.readFileSync('c.bin', 'latin1')]; });
check('appendFileSync', () => { fs.appendFileSync('a.txt', ' world'); fs.appendFileSync('new.txt', 'x'); return [fs.readFileSync('a.txt', 'utf8'), fs.readFileSync('new.txt', 'utf8')]; });
check('flags', () => [err(() => fs.writeFileSync('a.txt', 'x', { flag: 'wx' })), fs.writeFileSync('a2.txt', 'y', { flag: 'wx' }), err(() => fs.readFileSync('a.txt', { flag: 'zz' })), fs.readFileSync('a2.txt', { flag: 'a+' }).toString()]);
check('errors', () => [
  err(() => fs.readFileSync('nope')), err(() => fs.readFileSync('.')), err(() => fs.writeFileSync('.', 'x')),
  err(() => fs.readdirSync('a.txt')), err(() => fs.readdirSync('nope')), err(() => fs.statSync('nope')), err(() => fs.lstatSync('nope/x')),
  err(() => fs.unlinkSync('nope')), err(() => fs.renameSync('nope', 'x')), err(() => fs.accessSync('nope')),
  err(() => fs.realpathSync('nope')), err(() => fs.readlinkSync('a.txt')), err(() => fs.chmodSync('nope', 0o644)),
  err(() => fs.utimesSync('nope', 1, 1)), err(() => fs.truncateSync('nope')), err(() => fs.fstatSync(999)), err(() => fs.closeSync(999)),
  err(() => fs.openSync('a.txt', 'wx')), err(() => fs.mkdtempSync('nope/x')), err(() => fs.readSync(999, Buffer.alloc(1))),
  err(() => fs.ftruncateSync(999)), err(() => fs.copyFileSync('nope', 'x')),
]);
check('validation', () => [
  err(() => fs.readFileSync()), err(() => fs.readFileSync(null)), err(() => fs.readFileSync({})), err(() => fs.readFileSync(1.5)),
  err(() => fs.readFileSync('a.txt', { encoding: 'nope' })), err(() => fs.writeFileSync('x', 1)), err(() => fs.readFileSync('a\0b')),
  err(() => fs.readFile('a.txt')), err(() => fs.readFile('a.txt', 5, () => {})), err(() => fs.mkdirSync('m', { mode: '9' })),
  err(() => fs.statSync(new URL('http://x/'))), err(() => fs.readSync('1')), err(() => fs.openSync('a.txt', 'r', 'x')),
  err(() => fs.closeSync(-1)), err(() => fs.closeSync(1.5)), err(() => fs.closeSync('1')),
]);
check('URL and Buffer paths', () => [fs.readFileSync(new URL('file://' + root + '/a.txt'), 'utf8'), fs.readFileSync(Buffer.from('a.txt'), 'utf8')]);
check('mkdir', () => [fs.mkdirSync('m'), err(() => fs.mkdirSync('m')), fs.mkdirSync('m/a/b/c', { recursive: true }), fs.mkdirSync('m/a/b', { recursive: true }), err(() => fs.mkdirSync('a.txt/x', { recursive: true })), err(() => fs.mkdirSync('a.txt', { recursive: true })), err(() => fs.mkdirSync('q/r'))]);
check('readdir', () => { fs.writeFileSync('m/z', ''); fs.writeFileSync('m/B', ''); fs.symlinkSync('z', 'm/link'); return [fs.readdirSync('m'), fs.readdirSync('m', { withFileTypes: true }).map((d) => [d.name, d.parentPath, d.isFile(), d.isDirectory(), d.isSymbolicLink(), d.isFIFO(), d.constructor.name]), fs.readdirSync('m', { recursive: true }).sort(), fs.readdirSync('m', 'buffer')]; });
check('stat', () => { const s = fs.statSync('a.txt'); const l = fs.lstatSync('m/link'); return [s.constructor.name, Object.keys(s), s.isFile(), s.isDirectory(), s.size, s.nlink, typeof s.ino, s.mtime instanceof Date, s.mtime.getTime() === Math.round(s.mtimeMs), s.blksize, l.isSymbolicLink(), fs.statSync('m/link').isFile(), fs.statSync('m').isDirectory(), fs.statSync('nope', { throwIfNoEntry: false }), fs.lstatSync('nope', { throwIfNoEntry: false })]; });
check('bigint stat', () => { fs.utimesSync('a.txt', 1000.5, 2000.25); const s = fs.statSync('a.txt', { bigint: true }); return [s.constructor.name, Object.keys(s), typeof s.size, s.atimeMs, s.atimeNs, s.mtimeNs, s.mtime, s.isFile(), s.isDirectory(), fs.lstatSync('a.txt', { bigint: true }).size === BigInt(fs.statSync('a.txt').size)]; });
check('fd ops', () => {
  const fd = fs.openSync('f.txt', 'w+');
  const out = [typeof fd, fd > 2, fs.writeSync(fd, 'hello world'), fs.writeSync(fd, Buffer.from('!!'), 0, 1, 11), fs.fstatSync(fd).size];
  const buf = Buffer.alloc(5);
  out.push(fs.readSync(fd, buf, 0, 5, 6), buf.toString(), fs.readSync(fd, buf, { position: 0, length: 2 }), buf.toString());
  fs.ftruncateSync(fd, 4);
  fs.closeSync(fd);
  out.push(fs.readFileSync('f.txt', 'utf8'), err(() => fs.closeSync(fd)));
  const ra = fs.openSync('f.txt', 'a');
  fs.writeSync(ra, 'Z', 0);
  fs.closeSync(ra);
  out.push(fs.readFileSync('f.txt', 'utf8'));
  return out;
});
check('writeSync string forms', () => { const fd = fs.openSync('ws.txt', 'w+'); fs.writeSync(fd, 'hello'); const r = [fs.writeSync(fd, 'XY', 'utf8'), fs.writeSync(fd, 'é', 1, 'latin1')]; fs.closeSync(fd); return [r, fs.readFileSync('ws.txt', 'latin1')]; });
check('copy rename unlink', () => [fs.copyFileSync('a.txt', 'cp.txt'), err(() => fs.copyFileSync('a.txt', 'cp.txt', fs.constants.COPYFILE_EXCL)), fs.readFileSync('cp.txt', 'utf8'), fs.renameSync('cp.txt', 'mv.txt'), fs.existsSync('cp.txt'), fs.existsSync('mv.txt'), fs.unlinkSync('mv.txt'), fs.existsSync('mv.txt'), err(() => fs.renameSync('m', 'a.txt'))]);
check('access', () => [fs.accessSync('a.txt'), fs.accessSync('a.txt', fs.constants.R_OK | fs.constants.W_OK), err(() => fs.accessSync('a.txt', fs.constants.X_OK)), err(() => fs.accessSync('a.txt', 8))]);
check('links', () => [fs.readlinkSync('m/link'), fs.realpathSync('m/link') === root + '/m/z', fs.realpathSync('.') === root, err(() => fs.symlinkSync('x', 'm/link'))]);
check('chmod truncate utimes', () => { fs.chmodSync('a.txt', 0o600); fs.chmodSync('a2.txt', '640'); fs.truncateSync('a.txt', 3); fs.utimesSync('a.txt', 1000, new Date(2000000)); const s = fs.statSync('a.txt'); return [s.mode & 0o777, fs.statSync('a2.txt').mode & 0o777, s.size, s.atimeMs, s.mtimeMs, s.mtime]; });
check('rm rmdir', () => [err(() => fs.rmSync('m')), err(() => fs.rmSync('nope')), fs.rmSync('nope', { force: true }), err(() => fs.rmdirSync('m')), err(() => fs.rmdirSync('a.txt')), err(() => fs.unlinkSync('m')), fs.rmSync('m', { recursive: true }), fs.existsSync('m'), fs.mkdirSync('e'), fs.rmdirSync('e'), fs.existsSync('e')]);
check('constants', () => [fs.constants.O_CREAT, fs.constants.COPYFILE_EXCL, fs.constants.S_IFMT, fs.constants.UV_DIRENT_DIR, Object.keys(fs.constants).length]);
fs.rmSync(root, { recursive: true });
