// Buffer methods: write, slice, compare, search, fill, copy, numeric access.
const b = Buffer.alloc(4);
check('write', () => [b.write('é€', 1), [...b], b.write('abcd', 2, 'hex'), [...b], b.write('\u00e9', 3), [...b]]);
check('write offsets', () => { const x = Buffer.alloc(6); return [x.write('abcdef', 2, 2), x.write('zz', 'latin1'), x.write('ab', 1, 'ucs2'), [...x]]; });
check('write ucs2 odd room', () => { const x = Buffer.alloc(3); return [x.write('abc', 'utf16le'), [...x]]; });
check('write bad', () => b.write(1));
check('write oob', () => b.write('a', 5));
check('write bad enc', () => b.write('a', 0, 1, 'nope'));
check('slice shares', () => { const x = Buffer.from('hello'); const s = x.slice(1, 3); s[0] = 0x45; return [x.toString(), s.toString(), x.slice(-2).toString(), x.slice(3, 1).length, x.subarray(1).toString(), s.constructor.name, x.subarray(1).constructor.name]; });
check('equals', () => [Buffer.from('a').equals(Buffer.from('a')), Buffer.from('a').equals(Buffer.from('b')), Buffer.from('a').equals(new Uint8Array([97]))]);
check('equals bad', () => Buffer.from('a').equals(1));
check('compare', () => [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('a')), Buffer.from('abc').compare(Buffer.from('xbc'), 1, 3, 1, 3), [Buffer.from('b'), Buffer.from('a'), Buffer.from('c')].sort(Buffer.compare).map(String)]);
check('compare bad', () => Buffer.compare(1, Buffer.alloc(1)));
check('concat', () => [Buffer.concat([Buffer.from('ab'), new Uint8Array([99])]), Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3), Buffer.concat([Buffer.from('ab')], 4), Buffer.concat([])]);
check('concat bad', () => Buffer.concat([1]));
check('concat not array', () => Buffer.concat(1));
check('indexOf', () => { const x = Buffer.from('abcabc'); return [x.indexOf('b'), x.indexOf('b', 2), x.indexOf(99), x.indexOf(Buffer.from('ca')), x.indexOf('z'), x.indexOf('b', -2), x.lastIndexOf('b'), x.lastIndexOf('b', 3), x.includes('ca'), x.includes('cb'), x.indexOf(''), x.indexOf('', 10), x.indexOf('6263', 'hex')]; });
check('indexOf bad', () => Buffer.from('a').indexOf({}));
check('fill', () => [Buffer.alloc(5).fill('ab'), Buffer.alloc(5).fill(0x101), Buffer.alloc(5).fill('ab', 1, 4), Buffer.alloc(4).fill('6162', 'hex'), Buffer.alloc(3).fill(Buffer.from([1, 2])), Buffer.alloc(3).fill('')]);
check('fill bad hex', () => Buffer.alloc(4).fill('zz', 'hex'));
check('fill oob', () => Buffer.alloc(4).fill(1, 0, 5));
check('copy', () => { const src = Buffer.from('hello'); const dst = Buffer.alloc(4); return [src.copy(dst, 1, 2), [...dst], src.copy(dst), src.copy(dst, 10)]; });
check('copy bad', () => Buffer.from('a').copy(1));
check('swap', () => [Buffer.from([1, 2, 3, 4]).swap16(), Buffer.from([1, 2, 3, 4]).swap32(), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64()]);
check('swap bad', () => Buffer.from([1, 2, 3]).swap16());
const n = Buffer.from([0x01, 0x82, 0xff, 0x7f, 0x00, 0x80, 0x40, 0x3f]);
check('read ints', () => [n.readUInt8(1), n.readInt8(1), n.readUInt16LE(1), n.readUInt16BE(1), n.readInt16LE(2), n.readInt16BE(1), n.readUInt32LE(0), n.readUInt32BE(0), n.readInt32LE(4), n.readInt32BE(1), n.readUint8(2), n.readUint16LE(0), n.readUint32BE(4)]);
check('read var', () => [n.readUIntLE(0, 3), n.readUIntBE(0, 6), n.readIntLE(1, 5), n.readIntBE(1, 2), n.readUintBE(2, 1)]);
check('read float', () => [n.readFloatLE(0), n.readFloatBE(4), n.readDoubleLE(0), n.readDoubleBE(0)]);
check('read bigint', () => [n.readBigUInt64LE(0), n.readBigInt64LE(0), n.readBigUInt64BE(0), n.readBigInt64BE(0)]);
check('read errors', () => [4, 1, '1', 1.5, -1].map((o) => { try { return Buffer.alloc(4).readUInt32LE(o); } catch (e) { return `${e.code}: ${e.message}`; } }));
check('read short', () => Buffer.alloc(1).readUInt16LE(0));
const w = Buffer.alloc(8);
check('write ints', () => [w.writeUInt8(255), w.writeInt8(-1, 1), w.writeUInt16LE(0x1234, 2), w.writeInt16BE(-2, 4), w.writeUInt8(3.7, 6), w.writeUInt8('3', 7), [...w], w.writeUInt32BE(0xdeadbeef, 0), w.writeInt32LE(-5, 4), [...w]]);
check('write var', () => { const x = Buffer.alloc(6); return [x.writeUIntLE(0x123456, 0, 3), x.writeIntBE(-2, 3, 3), [...x], x.writeUIntBE(2 ** 40 + 5, 0, 6), [...x]]; });
check('write float', () => { const x = Buffer.alloc(12); return [x.writeFloatLE(1.5), x.writeDoubleBE(-0.1, 4), [...x], x.readDoubleBE(4)]; });
check('write bigint', () => { const x = Buffer.alloc(16); return [x.writeBigInt64LE(-2n), x.writeBigUInt64BE(2n ** 64n - 1n, 8), [...x]]; });
check('write errors', () => [
  () => w.writeUInt8(256), () => w.writeInt8(-129), () => w.writeUInt32LE(2 ** 32), () => w.writeInt32LE(2 ** 31), () => w.writeUInt16BE(-1),
  () => w.writeUIntLE(-1, 0, 3), () => w.writeIntLE(2 ** 47, 0, 6), () => w.writeUInt8(1, 8), () => Buffer.alloc(4).writeDoubleLE(1),
  () => w.writeBigInt64LE(2n ** 63n), () => w.writeBigUInt64LE(-1n), () => w.writeBigInt64LE(1), () => w.readIntLE(0, 7),
].map((f) => { try { return f(); } catch (e) { return `${e.name} ${e.code}: ${e.message}`; } }));
check('parent', () => Buffer.from('abc').subarray(1).parent instanceof ArrayBuffer);
check('map species', () => { const m = Buffer.from([1, 2]).map((x) => x * 2); return [m.constructor.name, Buffer.isBuffer(m), [...m]]; });
check('isUtf8 isAscii', () => { const { isUtf8, isAscii } = require('buffer'); return [isUtf8(Buffer.from('é')), isUtf8(Buffer.from([0xff])), isAscii(Buffer.from('a')), isAscii(Buffer.from('é'))]; });
check('toLocaleString', () => Buffer.from('hi').toLocaleString());
