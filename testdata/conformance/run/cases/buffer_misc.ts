// Buffer is a Uint8Array; iteration, static helpers.
const b = Buffer.from("abc");
console.log(b instanceof Uint8Array, Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(1)));
console.log([...b], [...b.entries()].slice(0, 2), Array.from(b.keys()));
for (const byte of Buffer.from("hi")) console.log(byte);
console.log(Buffer.allocUnsafe(4).length, Buffer.poolSize > 0);
console.log(Buffer.from(new Uint16Array([1, 256]).buffer));
console.log(b.reverse().toString(), Buffer.from("xyz").swap16 === undefined);
console.log(typeof Buffer.from("a").readUInt8, b.at(-1));
console.log(Buffer.from("ABC").toString("utf8").toLowerCase(), Buffer.compare(Buffer.from("a"), Buffer.from("b")));
