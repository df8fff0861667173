// node:string_decoder: characters split across chunks.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const e = Buffer.from('€😀');
print('utf8', [d.write(e.subarray(0, 1)), d.lastNeed, d.lastTotal, d.write(e.subarray(1, 5)), d.end(), d.end(e.subarray(0, 2)), d.end()], Object.keys(d), d.encoding);
const u = new StringDecoder('utf16le');
print('utf16le', [u.write(Buffer.from([0x61])), u.write(Buffer.from([0, 0x3d, 0xd8])), u.write(Buffer.from([0, 0xde])), u.end(Buffer.from([0x62]))]);
const b = new StringDecoder('base64');
print('base64', [b.write(Buffer.from('ab')), b.write(Buffer.from('c')), b.write(Buffer.from('d')), b.end()]);
check('unknown', () => new StringDecoder('nope'));
const h = new StringDecoder('hex');
print('hex etc', h.write(Buffer.from([1, 255])), h.end(), new StringDecoder().encoding, new StringDecoder('UCS2').encoding, new StringDecoder('binary').encoding);
print('string in', new StringDecoder('utf8').write('abc'), new StringDecoder('latin1').write(new Uint8Array([0xe9])));
check('bad write', () => new StringDecoder().write(1));
