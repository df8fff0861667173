// path.matchesGlob over random paths and patterns from a fixed-seed
// generator: a differential test against Node's (minimatch-based) globbing.
let seed = 7;
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const path = require('path');
const pathParts = ['a', 'b', '.c', 'ab', 'a.js', 'b.ts', 'x', '/', '/', '.'];
const globParts = ['*', '**', '?', 'a', 'b', '*.js', '{a,b}', '[ab]', '[!a]', '/', '/', '.', '**/', 'a*', '*b', '.c'];
const mk = (parts, n) => {
  let s = '';
  for (let j = 0; j < n; j++) s += parts[rnd(parts.length)];
  return s;
};
const lines = [];
for (let i = 0; i < 400; i++) {
  const p = mk(pathParts, 1 + rnd(4));
  const g = mk(globParts, 1 + rnd(4));
  lines.push(`${JSON.stringify(p)} ${JSON.stringify(g)} ${path.posix.matchesGlob(p, g)} ${path.win32.matchesGlob(p, g)}`);
}
print(lines.join('\n'));
