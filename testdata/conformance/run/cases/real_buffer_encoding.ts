// Buffer and TextEncoder/TextDecoder as protocol and file code uses them.
const enc = new TextEncoder(), dec = new TextDecoder();
const bytes = enc.encode("héllo ✓ 👍");
console.log(bytes, bytes.length, dec.decode(bytes), enc.encodeInto("abc", new Uint8Array(2)));
const buf = Buffer.from("hello world");
console.log(buf, buf.toString("hex"), buf.toString("base64"), buf.toString("base64url"), buf.length);
console.log(Buffer.from("68656c6c6f", "hex").toString(), Buffer.from("aGVsbG8=", "base64").toString("utf8"), Buffer.byteLength("héllo"), Buffer.byteLength("aGVsbG8=", "base64"));
const header = Buffer.alloc(12);
header.writeUInt32BE(0xcafebabe, 0); header.writeUInt16LE(513, 4); header.writeInt32LE(-2, 6); header.writeUInt8(255, 10);
console.log(header, header.readUInt32BE(0).toString(16), header.readUInt16LE(4), header.readInt32LE(6), header.readUInt8(10));
const f = Buffer.alloc(8); f.writeDoubleBE(Math.PI); console.log(f.readDoubleBE(0), f);
const b64 = Buffer.from(JSON.stringify({ user: "ada", roles: ["admin"] })).toString("base64");
console.log(b64, JSON.parse(Buffer.from(b64, "base64").toString()));
console.log(Buffer.concat([Buffer.from("ab"), Buffer.from([0x63, 0x64])]).toString(), Buffer.compare(Buffer.from("a"), Buffer.from("b")), Buffer.from("abc").equals(Buffer.from("abc")));
const s = Buffer.from("0123456789"); console.log(s.subarray(2, 5).toString(), s.slice(-3).toString(), s.indexOf("5"), s.includes("89"), [...s.subarray(0, 3)]);
console.log(Buffer.isBuffer(s), Buffer.isBuffer(new Uint8Array(1)), s instanceof Uint8Array, Buffer.alloc(3, "ab"), Buffer.allocUnsafe(0));
console.log(Buffer.from([1, 2, 3]).toJSON(), JSON.stringify(Buffer.from("hi")), Buffer.from("€").length, Buffer.from("ÿ", "latin1"));
const big = Buffer.alloc(60, 1); console.log(big);
console.log(new TextDecoder("utf-8", { fatal: false }).decode(new Uint8Array([0xff, 0x41])), new TextDecoder().decode(new Uint8Array([0xe2, 0x82])), dec.encoding);
try { new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log((e as Error).name, (e as any).code, (e as Error).message); }
console.log(btoa("hello"), atob("aGVsbG8="), Buffer.from("hello").toString("ascii").toUpperCase(), Buffer.from("Zm9v", "base64").toString("latin1"));
const u16 = new Uint16Array([1, 256, 65535]); console.log(Buffer.from(u16.buffer), new DataView(u16.buffer).getUint16(2, true), u16);
console.log(Buffer.from("abc").reverse().toString(), Buffer.from("hello").fill("x", 1, 3).toString(), Buffer.from("aaa").lastIndexOf("a"));
try { Buffer.alloc(2).writeUInt16BE(70000); } catch (e) { console.log((e as any).code, (e as Error).message); }
try { Buffer.alloc(2).readUInt32LE(0); } catch (e) { console.log((e as any).code, (e as Error).name, (e as Error).message); }
