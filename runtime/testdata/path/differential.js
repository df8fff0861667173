// Random paths from a fixed-seed generator through every function of both
// flavours: a differential test against Node (the expected output is
// Node's answer for exactly these inputs).
let seed = 20261125;
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pieces = ['/', '\\', '.', '..', 'a', 'b.c', '.d', 'C:', 'c:', '//', '\\\\', 'srv', 'x.y.z', '...', ' ', ':', 'e.', '?', '*'];
const path = require('path');
const mk = () => {
  let s = '';
  const n = rnd(7);
  for (let j = 0; j < n; j++) s += pieces[rnd(pieces.length)];
  return s;
};
process.chdir('/usr/lib');
for (let i = 0; i < 250; i++) {
  const a = mk();
  const b = mk();
  const c = mk();
  for (const [name, p] of [['posix', path.posix], ['win32', path.win32]]) {
    const r = [];
    for (const f of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'toNamespacedPath']) r.push(p[f](a));
    r.push(p.join(a, b, c), p.resolve(a, b), p.relative(a, b), p.parse(a), p.basename(a, b), p.format(p.parse(b)));
    print(name, JSON.stringify([a, b, c]), r);
  }
}
