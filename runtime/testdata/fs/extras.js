// cp, link, chown, lutimes/futimes.
const fs = require('fs');
const root = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/tsrun-fsx-');
process.chdir(root);
const err = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} [${Object.keys(e)}]: ${e.message}`.split(root).join('<root>'); } };
fs.mkdirSync('src/sub', { recursive: true });
fs.writeFileSync('src/a', 'a');
fs.writeFileSync('src/sub/b', 'b');
fs.symlinkSync('a', 'src/l');

(async () => {
  print('cp dir no recursive', err(() => fs.cpSync('src', 'dst')));
  print('cp recursive', err(() => fs.cpSync('src', 'dst', { recursive: true })), fs.readdirSync('dst', { recursive: true }).sort(), fs.readlinkSync('dst/l').split(root).join('<root>'), fs.readFileSync('dst/sub/b', 'utf8'));
  print('cp missing', err(() => fs.cpSync('nope', 'x')));
  print('cp errorOnExist', err(() => fs.cpSync('src/a', 'dst/a', { errorOnExist: true, force: false })));
  fs.writeFileSync('src/a', 'A2');
  print('cp no force keeps', err(() => fs.cpSync('src/a', 'dst/a', { force: false })), fs.readFileSync('dst/a', 'utf8'));
  print('cp force replaces', err(() => fs.cpSync('src/a', 'dst/a')), fs.readFileSync('dst/a', 'utf8'));
  print('cp into self', err(() => fs.cpSync('src', 'src/sub/x', { recursive: true })));
  print('cp same', err(() => fs.cpSync('src/a', 'src/a')));
  print('cp file over dir', err(() => fs.cpSync('src/a', 'dst/sub')));
  print('cp dir over file', err(() => fs.cpSync('src', 'dst/a', { recursive: true })));
  print('cp verbatim', err(() => fs.cpSync('src/l', 'l2', { verbatimSymlinks: true })), fs.readlinkSync('l2'));
  print('cp cb', await new Promise((r) => fs.cp('src', 'dst2', { recursive: true }, (e) => r([e, fs.readdirSync('dst2').sort()]))));
  print('cp promise', await fs.promises.cp('src/sub', 'dst3', { recursive: true }).then(() => fs.readdirSync('dst3')), await fs.promises.cp('src', 'dst4').catch((e) => e.code));
  print('link', err(() => fs.linkSync('src/a', 'hard')), fs.statSync('src/a').nlink, err(() => fs.linkSync('src/a', 'hard')));
  print('chown', err(() => fs.chownSync('nope', 0, 0)), err(() => fs.lchownSync('nope', 0, 0)), err(() => fs.chownSync('src/a', 'x', 0)));
  print('lutimes', err(() => fs.lutimesSync('nope', 1, 1)), err(() => fs.lutimesSync('src/l', 5, 6)), fs.lstatSync('src/l').mtimeMs, fs.statSync('src/a').mtimeMs === 6000);
  const fd = fs.openSync('src/a', 'r');
  print('futimes', err(() => fs.futimesSync(999, 1, 1)), err(() => fs.futimesSync(fd, 7, 8)), fs.statSync('src/a').mtimeMs);
  fs.closeSync(fd);
  fs.rmSync(root, { recursive: true });
})();
