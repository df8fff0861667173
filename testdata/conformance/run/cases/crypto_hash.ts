// createHash: the common digests of fixed input, update chaining, input
// and output encodings, copy(), one-shot hash(), and the errors.
import crypto, { createHash, Hash } from "node:crypto";

for (const alg of ["md5", "sha1", "sha256", "sha512", "SHA256", "sha-256", "RSA-SHA1", "sha384", "sha224", "sha3-256", "sha512-256"]) {
  console.log(alg, createHash(alg).update("hello").update(" ").update("world").digest("hex"));
}
const h = createHash("sha256");
console.log(h instanceof Hash, typeof h.update, h.update("abc") === h);
const c = h.copy();
console.log(h.digest("base64"), c.update("def").digest("base64url"));
console.log(createHash("sha1").update("abc").digest("latin1").length);
const buf = createHash("md5").update(Buffer.from([1, 2, 3])).digest();
console.log(Buffer.isBuffer(buf), buf.length, buf.toString("hex"));
console.log(createHash("md5").update("héllo", "latin1").digest("hex"));
console.log(createHash("md5").update("aGVsbG8=", "base64").digest("hex"));
console.log(createHash("md5").update("68656c6c6f", "hex").digest("hex"));
console.log(createHash("md5").update("héllo").digest("hex"));
console.log(createHash("md5").update(new Uint16Array([1, 2])).digest("hex"));
console.log(createHash("md5").update(new DataView(new ArrayBuffer(3))).digest("hex"));
console.log(createHash("sha256").digest("buffer").length, createHash("sha256").digest("nope" as any).length);
console.log(createHash("shake256").update("x").digest("hex"));
console.log(createHash("shake128", { outputLength: 4 }).update("x").digest("hex"));
console.log(crypto.hash("sha1", "abc"), crypto.hash("md5", Buffer.from("abc"), "base64"));
console.log(crypto.getHashes().includes("sha256"), crypto.getHashes().includes("md5"));

function attempt(label: string, f: () => unknown): void {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.log(label, err.name, err.code, err.message);
  }
}
attempt("unknown", () => createHash("nope"));
attempt("non-string", () => createHash(5 as any));
attempt("bad data", () => createHash("sha256").update(5 as any));
attempt("array buffer", () => createHash("sha256").update(new ArrayBuffer(2) as any));
attempt("odd hex", () => createHash("sha256").update("abc", "hex"));
const done = createHash("sha256");
done.digest();
attempt("update after digest", () => done.update("x"));
attempt("digest twice", () => done.digest());
attempt("copy after digest", () => done.copy());
