// Random URL-ish strings from a fixed-seed generator, parsed against a few
// bases and then put through one random setter: a differential test
// against Node (the expected output is Node's answer for these inputs).
let seed = 4242;
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pieces = ['http:', 'https:', 'file:', 'sc:', 'ws:', 'ftp:', 'blob:', 'javascript:', 'HTTP:', '//', '/', '\\', '?',
  '#', '@', ':', '.', '..', '%2e', '%2E%2e', '%', '%41', '%zz', 'a', 'B', 'ü', '€', '😀', ' ', '\t', '[', ']', '::1',
  '1.2.3.4', '0x10', '08', '127.1', 'C:', 'c|', 'localhost', 'xn--', 'ab', '=', '&', '+', '^', '`', '{', '}', '|', '<',
  '>', '"', "'", '\u0000', '\u001f', '\u007f', '999', '65535', '65536', 'user', 'pass', 'example.com', '。', 'ß'];
const bases = [undefined, 'http://h/a/b?q#f', 'file:///C:/x/y', 'sc://host/p', 'sc:opaque', 'https://u:p@h:8/'];
const parts = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const setters = ['protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
for (let i = 0; i < 1200; i++) {
  let s = '';
  const n = 1 + rnd(9);
  for (let j = 0; j < n; j++) s += pieces[rnd(pieces.length)];
  const base = bases[rnd(bases.length)];
  let r;
  try {
    const u = new URL(s, base);
    r = parts.map((p) => u[p]);
    const prop = setters[rnd(setters.length)];
    const val = pieces[rnd(pieces.length)] + pieces[rnd(pieces.length)];
    u[prop] = val;
    r.push(prop, val, u.href, [...u.searchParams]);
  } catch (e) {
    r = `${e.code}`;
  }
  print(JSON.stringify([s, base]), JSON.stringify(r));
}
