// createHmac: digests with string and binary keys, encodings, the
// finalized state (digest again gives an empty result, update throws),
// and the argument errors.
import { createHmac, Hmac } from "node:crypto";

for (const alg of ["md5", "sha1", "sha256", "sha512"]) {
  console.log(alg, createHmac(alg, "secret").update("message").digest("hex"));
}
console.log(createHmac("sha256", Buffer.from("secret")).update("a").update("b").digest("base64"));
console.log(createHmac("sha256", new Uint8Array([1, 2, 3])).update("ab").digest("base64url"));
console.log(createHmac("sha256", "c2VjcmV0", { encoding: "base64" }).update("message").digest("hex"));
console.log(createHmac("sha256", "").update("").digest("hex"));
console.log(createHmac("sha1", "k".repeat(200)).update("long key").digest("hex"));
const h = createHmac("sha256", "k");
console.log(h instanceof Hmac, h.update("x") === h);
const first = h.digest();
console.log(Buffer.isBuffer(first), first.length);
console.log(JSON.stringify(h.digest()), JSON.stringify(h.digest("hex")), h.digest("buffer").length);

function attempt(label: string, f: () => unknown): void {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.log(label, err.name, err.code, err.message);
  }
}
attempt("update after digest", () => h.update("y"));
attempt("unknown digest", () => createHmac("nope", "k"));
attempt("key type", () => createHmac("sha256", 5 as any));
attempt("hmac type", () => createHmac(1 as any, "k"));
attempt("data type", () => createHmac("sha256", "k").update({} as any));
