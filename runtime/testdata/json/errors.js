// V8's JSON.parse messages: hand-picked texts for each rule, then seeded
// mutations of valid documents (the first error V8 meets, its position,
// line/column, and the quoted context of long texts).
const texts = ['xyz', '', ' ', '{', '{a:1}', '[1,]', '[1 2]', '"a\tb"', '12 3', '{"a":1,}', 'tru', 'nul', '-', '01', '-01', '1.', '1e', '1e+', '"\\x"', '"\\u12"', '"\\u', '"abc', '"ab\\', '[[[', '{"a"}', '{"a":}', '{"a" 1}', '{"a":1,"b"}', '{"a":1 "b":2}', '["a" "b"]', '"a" "b"', 'tr1', 't"', 'trux', ':', 'undefined', 'NaN', 'Infinity', '[object Object]', "'a'", '\u00e9', '\u00a0', '\ud83d\ude00', '[\ud83d]', '.5', '+1', '[1,2}', '{"a":1]', 'null null', '{"\x01":1}', '"\\uZZZZ"', '{1:2}', '[,1]', '[1,,2]', '0x10', '--1', 'True', '{"a":tru}', 'nulll', 'x'.repeat(20), 'x'.repeat(21), '  x23456789012345678901', 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijkl', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,x]', '{"aaaaaaaaaaaaaaaaaaaaaaaaa":bbbbbbbbbbbbbbbbbbbbbbbbbb}', '{"a": 1,\n  "b": [1, 2,\n  ]\n}', '\r\n\r{\n"a"x', '1e400', '[-1e999, 1e-400]', '"\\ud800"', '{"__proto__": 1}'];
for (const t of texts) check(JSON.stringify(t), () => JSON.parse(t));
for (const v of [undefined, {}, NaN, Infinity, -Infinity, [], [1, 2], null, true, Symbol.iterator, { toString() { return '{bad'; } }]) check(String(typeof v), () => JSON.parse(v));
check('reviver error', () => JSON.parse('{"a":1}', () => { throw new SyntaxError('mine'); }));
check('reviver over 1e400', () => JSON.parse('{"a":1e400,"b":[1,2]}', (k, v) => (typeof v === 'number' ? -v : v)));
check('deep', () => { let d = JSON.parse('['.repeat(12000) + ']'.repeat(12000)); let n = 0; while (d.length) { d = d[0]; n++; } return n; });
check('identity', () => [JSON.parse.name, JSON.parse.length, Object.getOwnPropertyDescriptor(JSON, 'parse').enumerable, String(JSON.parse)]);
let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const bases = ['{"a":1,"b":[true,false,null],"c":{"d":"e\\n\\u0041"}}', '[1,-2.5e+3,0.25,"x\\"y",{}]', ' {\n  "name": "tsrun",\n  "deps": {"x": "^1.2"}\r\n}\n', '"hello\\tworld"', '-0.0e-0', '[[[[]]],{"k":[{"z":null}]}]', '{"long":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","n":123456789}'];
const chars = ['"', '\\', '{', '}', '[', ']', ':', ',', ' ', '\n', '\t', '\r', '\u0001', 'a', 'x', 'e', 'E', '.', '-', '+', '0', '5', 'u', 't', 'n', 'f', '\u00e9', '\ud83d', '/', "'"];
for (let i = 0; i < 1500; i++) {
  let s = bases[rnd(bases.length)];
  for (let j = 1 + rnd(3); j > 0; j--) {
    const p = rnd(s.length + 1);
    switch (rnd(4)) {
      case 0: s = s.slice(0, p) + s.slice(p + 1); break;
      case 1: s = s.slice(0, p) + chars[rnd(chars.length)] + s.slice(p); break;
      case 2: s = s.slice(0, p) + chars[rnd(chars.length)] + s.slice(p + 1); break;
      default: s = s.slice(0, p);
    }
  }
  try { JSON.parse(s); } catch (e) { print(String(i), JSON.stringify(e.message)); }
}
