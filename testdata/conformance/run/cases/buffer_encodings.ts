// Buffer encodings round trip.
const text = "héllo wörld ✓";
const b = Buffer.from(text);
console.log(b.length, Buffer.byteLength(text), text.length);
for (const enc of ["utf8", "hex", "base64", "base64url", "latin1", "ascii", "utf16le", "binary"] as const) {
  const s = b.toString(enc);
  console.log(enc, JSON.stringify(s), Buffer.from(s, enc).equals(b));
}
console.log(Buffer.from("aGVsbG8", "base64").toString());
console.log(Buffer.from("68656c6c6fzz", "hex"));
console.log(Buffer.from([256, -1, 65.7]));
console.log(Buffer.isEncoding("utf-8"), Buffer.isEncoding("UTF16LE"), Buffer.isEncoding("nope"));
console.log(b.toString("utf8", 0, 2), b.toString("hex", 1, 3));
