// hkdfSync/hkdf with fixed inputs and their errors; randomUUIDv7's format
// and its timestamp.
import crypto from "node:crypto";

const k = crypto.hkdfSync("sha256", "key", "salt", "info", 16);
console.log(k instanceof ArrayBuffer, Buffer.from(k).toString("hex"));
console.log(Buffer.from(crypto.hkdfSync("sha512", Buffer.from("k"), new Uint8Array(0), "", 64)).toString("base64"));
function attempt(label: string, f: () => unknown): void {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.log(label, err.name, err.code, err.message);
  }
}
attempt("too long", () => crypto.hkdfSync("sha256", "key", "salt", "info", 255 * 32 + 1));
attempt("digest", () => crypto.hkdfSync("nope", "key", "salt", "info", 1));
attempt("length type", () => crypto.hkdfSync("sha256", "key", "salt", "info", "1" as any));
attempt("salt type", () => crypto.hkdfSync("sha256", "key", 5 as any, "info", 1));
attempt("info size", () => crypto.hkdfSync("sha256", "key", "salt", "i".repeat(1025), 1));
attempt("callback", () => crypto.hkdf("sha256", "key", "salt", "info", 8, undefined as any));

const v7 = crypto.randomUUIDv7();
const ms = parseInt(v7.slice(0, 8) + v7.slice(9, 13), 16);
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v7), Math.abs(Date.now() - ms) < 60_000);
attempt("v7 options", () => crypto.randomUUIDv7(5 as any));
crypto.hkdf("sha256", "key", "salt", "info", 8, (err, key) => {
  console.log("async", err, Buffer.from(key).toString("hex"));
});
