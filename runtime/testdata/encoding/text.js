const te = new TextEncoder();
print(te.encoding, te.encode(), te.encode('héllo €'), te.encode('\ud800x'), te.encode('😀'), te.encode(42));
print(te.encodeInto('héllo', new Uint8Array(3)), te.encodeInto('😀a', new Uint8Array(4)), te.encodeInto('😀a', new Uint8Array(3)));
const dst = new Uint8Array(8);
print(te.encodeInto('\ud800é', dst), dst);
check('encodeInto array', () => te.encodeInto('x', []));
check('encodeInto src', () => te.encodeInto(1, new Uint8Array(1)));
print(Object.getOwnPropertyNames(TextDecoder.prototype), Object.getOwnPropertyNames(TextEncoder.prototype));
print(Object.keys(TextDecoder.prototype), Object.prototype.toString.call(te));
const td = new TextDecoder();
print(td.encoding, td.fatal, td.ignoreBOM, td.decode(), td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])));
print(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68])).length);
// malformed UTF-8: one U+FFFD per maximal subpart
for (const bytes of [[0xff], [0xc0, 0x80], [0xe2, 0x82], [0xe2, 0x82, 0x41], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80], [0x80, 0x80], [0xe0, 0x80, 0x80], [0xf0, 0x9f, 0x98, 0x80, 0xff, 0x41]]) {
  print(bytes, JSON.stringify(td.decode(new Uint8Array(bytes))));
}
check('fatal', () => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xe2, 0x82])));
// streaming: a split sequence is carried over
const sd = new TextDecoder();
const euro = [0xe2, 0x82, 0xac];
print(JSON.stringify(sd.decode(new Uint8Array(euro.slice(0, 1)), { stream: true })),
  JSON.stringify(sd.decode(new Uint8Array(euro.slice(1)), { stream: true })),
  JSON.stringify(sd.decode(new Uint8Array([0xe2]), { stream: true })), JSON.stringify(sd.decode()));
// The BOM is stripped once per stream. (Node 26 strips a second U+FEFF
// too when a chunk boundary splits the first BOM and the second follows it
// in the next chunk; tsrun follows the Encoding Standard there.)
const bd = new TextDecoder();
print(bd.decode(new Uint8Array([0xef, 0xbb, 0xbf]), { stream: true }).length, bd.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), { stream: true }).length, bd.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length);
const ed = new TextDecoder();
print(ed.decode(new Uint8Array([0xef, 0xbb]), { stream: true }).length, ed.decode(new Uint8Array([0xbf, 0x41]), { stream: true }).length, ed.decode(new Uint8Array([0xef, 0xbb, 0xbf])).length);
print(new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41])).length);
// inputs: ArrayBuffer, views, DataView
const buf = new TextEncoder().encode('abcdef');
print(td.decode(buf.buffer), td.decode(buf.subarray(2, 4)), td.decode(new DataView(buf.buffer, 1, 2)), td.decode(new Uint16Array([0x6968])));
check('decode string', () => td.decode('x'));
check('decode number', () => td.decode(1));
// other encodings
const le = new TextDecoder('utf-16le');
print(le.encoding, le.decode(new Uint8Array([0x68, 0, 0x69, 0, 0x3d, 0xd8, 0x00, 0xde])), JSON.stringify(le.decode(new Uint8Array([0x68, 0, 0x69]))),
  JSON.stringify(le.decode(new Uint8Array([0x00, 0xd8, 0x41, 0x00]))), le.decode(new Uint8Array([0xff, 0xfe, 0x41, 0])));
print(new TextDecoder('utf-16be').decode(new Uint8Array([0, 0x68, 0xd8, 0x3d, 0xde, 0x00])));
const latin = new TextDecoder('latin1');
print(latin.encoding, JSON.stringify(latin.decode(new Uint8Array([0x41, 0x80, 0x81, 0x9f, 0xe9, 0xff]))));
for (const label of ['ascii', ' UTF8 ', 'utf-16', 'UTF-16BE', 'unicode-1-1-utf-8', 'iso-8859-1', 'US-ASCII', 'l1']) {
  print(label, new TextDecoder(label).encoding);
}
check('unknown label', () => new TextDecoder('nope'));
check('options type', () => new TextDecoder('utf-8', 1));
print(new TextDecoder('utf-8', { fatal: 1 }).fatal);
// the single-byte legacy encodings (every byte 0x80-0xFF, and fatal on an unmapped one)
const all = new Uint8Array(128).map((_, i) => i + 0x80);
for (const label of ['cp1251', 'windows-1250', 'koi8-r', 'koi8-u', 'ibm866', 'iso-8859-2', 'iso-8859-5', 'iso-8859-7',
  'iso-8859-8', 'iso-8859-8-i', 'l9', 'iso-8859-16', 'macintosh', 'x-mac-cyrillic', 'windows-874', 'latin5', 'tis-620',
  'windows-1258', 'iso-8859-3', 'iso-8859-6']) {
  const dec = new TextDecoder(label);
  print(label, dec.encoding, JSON.stringify(dec.decode(all)));
}
check('fatal unmapped', () => new TextDecoder('iso-8859-3', { fatal: true }).decode(new Uint8Array([0xa5])));
