// Reading and writing numbers.
const b = Buffer.alloc(16);
b.writeUInt32BE(0xdeadbeef, 0);
b.writeInt16LE(-2, 4);
b.writeDoubleLE(1.5, 8);
console.log(b.readUInt32BE(0).toString(16), b.readUInt32LE(0).toString(16), b.readInt16LE(4), b.readDoubleLE(8));
console.log(b.readUInt8(0), b.readInt8(0), b.readUInt16BE(0));
const big = Buffer.alloc(8);
big.writeBigUInt64BE(2n ** 63n + 5n);
console.log(big.readBigUInt64BE(), big.readBigInt64BE());
const f = Buffer.alloc(4);
f.writeFloatBE(0.1);
console.log(f.readFloatBE(), f);
console.log(Buffer.from([1, 2, 3, 4]).readUIntBE(0, 3), Buffer.from([0xff, 0xff]).readIntLE(0, 2));
