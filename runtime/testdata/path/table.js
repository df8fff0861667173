// Every function of path.posix and path.win32 over a table of awkward
// inputs. Results that embed the current directory print it as <cwd>.
const path = require('path');
// A fixed directory that exists everywhere, so that '..' past it prints the same.
process.chdir('/usr/lib');
const cwd = process.cwd();
const winCwd = cwd.replace(/\//g, '\\');
const hide = (v) => (typeof v === 'string' ? v.split(cwd).join('<cwd>').split(winCwd).join('<cwd>') : v);
const call = (label, fn, args) => {
  let out;
  try {
    out = show(hide(fn(...args)));
  } catch (e) {
    out = `threw ${show(e)}`;
  }
  print(`${label}(${args.map((a) => show(a)).join(', ')}) => ${out}`);
};

const common = ['', '.', '..', '/', '//', '///', 'a', 'a/', 'a//', '/a', '/a/', '//a', '///a', 'a/b', 'a/b/',
  '/a/b/c', '/a//b', 'a/./b', 'a/../b', '../a', '../../a/b', 'a/b/../../..', '/..', '/../a', './', './a', '.a',
  'a.', 'a..', '..a', '...', 'a.b.c', '.a.b', '/a.b/c', 'a/b.c/', 'a/.b', 'file.tar.gz', '/.bashrc', 'x/..',
  'C:', 'C:\\', 'C:/', 'C:a', 'C:\\a\\b', 'c:/a/../..', '\\', '\\\\', '\\a', '\\\\server', '\\\\server\\share',
  '\\\\server\\share\\', '\\\\server\\share\\a\\b', '//server/share/x', '\\\\?\\C:\\a', 'a\\b\\..\\c', 'a:', 'a:b', './a:b',
  'dir\\file.txt', '\\\\.\\pipe\\x', 'C:..\\a', 'a/b:c/', '\\\\?\\x', '\\\\?\\x\\', '\\\\?\\C:\\a\\..\\b',
  '//./x/y/..', '//?/x', '\\\\?\\:?'];

for (const [name, p] of [['posix', path.posix], ['win32', path.win32]]) {
  for (const s of common) {
    call(`${name}.normalize`, p.normalize, [s]);
    call(`${name}.dirname`, p.dirname, [s]);
    call(`${name}.basename`, p.basename, [s]);
    call(`${name}.extname`, p.extname, [s]);
    call(`${name}.isAbsolute`, p.isAbsolute, [s]);
    call(`${name}.parse`, p.parse, [s]);
    call(`${name}.toNamespacedPath`, p.toNamespacedPath, [s]);
    call(`${name}.resolve`, p.resolve, [s]);
  }
  const pairs = [['a', 'b'], ['/a', 'b'], ['a', '/b'], ['/a/b', '../c'], ['', ''], ['', 'a'], ['a', ''], ['/', ''],
    ['a/', '/b/'], ['//a', 'b'], ['a', '..', '..'], ['/a', '..', '..', 'b'], ['./', './a'], ['C:', 'a'],
    ['C:\\a', '..\\b'], ['\\\\server', 'share'], ['//server', 'share', 'x'], ['\\\\', 'a'], ['\\', '\\a'],
    ['a', 'C:b'], ['C:', '\\a'], ['c:\\a', 'D:b'], ['/a/b', '/a/b'], ['/a/b/c', '/a/d'], ['/a', '/a/b/c'],
    ['/a/b/c', '/'], ['/', '/a'], ['a/b', 'a/c'], ['C:\\Foo\\bar', 'c:\\foo\\BAZ'], ['C:\\a', 'D:\\a'],
    ['\\\\s\\a\\x', '\\\\s\\b\\y'], ['\\\\s\\a\\x', '\\\\s\\a\\x\\y'], ['/aa/bb', '/aa/b'], ['/a/bb', '/a/b/c']];
  for (const args of pairs) {
    call(`${name}.join`, p.join, args);
    call(`${name}.resolve`, p.resolve, args);
    if (args.length === 2) call(`${name}.relative`, p.relative, args);
  }
  for (const [s, suffix] of [['a.js', '.js'], ['.js', '.js'], ['/a/b.js/', '.js'], ['a.js', 'a.js'], ['a/b', '/b'],
    ['x.js', 'js'], ['x.js', ''], ['a', 'aa'], ['/x/y.txt', 'y.txt'], ['C:y.txt', '.txt'], ['y.txt/', 'y.txt/'], ['aaa', 'a'],
    ['C://', ' '], ['\\', '/'], ['?//.d//srv/', 'b.c..srv'], ['aa\\...\\', '*...'], ['//', 'x']]) {
    call(`${name}.basename`, p.basename, [s, suffix]);
  }
  for (const o of [{}, { root: '/' }, { dir: '/a', base: 'b' }, { root: '/', base: 'b' }, { name: 'n', ext: 'e' },
    { name: 'n', ext: '.e' }, { dir: 'd', name: 'n', ext: '.e', base: 'b' }, { root: 'C:\\', dir: 'C:\\', base: 'x' },
    { root: '/r', dir: '/r' }, { dir: 'd', root: 'r' }]) {
    call(`${name}.format`, p.format, [o]);
  }
  print(name, p.sep, p.delimiter, p.posix === path.posix, p.win32 === path.win32);
  for (const [g, pat] of [['a/b.js', '**/*.js'], ['a/b.js', '*.js'], ['b.js', '*.js'], ['.b.js', '*.js'],
    ['a/b/c', 'a/**'], ['a', 'a/**'], ['x.ts', '*.{js,ts}'], ['x.md', '*.{js,ts}'], ['ab', 'a?'], ['ab', 'a[bc]'],
    ['ad', 'a[!bc]'], ['a/.b/c', 'a/**/c'], ['a/b/c/d', 'a/**/d']]) {
    call(`${name}.matchesGlob`, p.matchesGlob, [g, pat]);
  }
}
print(path === path.posix, require('path/posix') === path.posix, require('path/win32') === path.win32);
for (const [fn, args] of [['join', [1]], ['normalize', [null]], ['resolve', ['a', {}]], ['relative', ['a', 2]],
  ['basename', ['a', 1]], ['dirname', [undefined]], ['format', [null]], ['format', ['x']], ['extname', [[]]],
  ['isAbsolute', [true]], ['parse', [1]], ['toNamespacedPath', [1]], ['matchesGlob', [1, 'x']]]) {
  call(`posix.${fn}`, path[fn], args);
  call(`win32.${fn}`, path.win32[fn], args);
}
