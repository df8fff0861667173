// pbkdf2Sync and pbkdf2 (on the worker pool) with fixed inputs.
import { pbkdf2, pbkdf2Sync } from "node:crypto";

console.log(pbkdf2Sync("password", "salt", 1, 20, "sha1").toString("hex"));
console.log(pbkdf2Sync("password", "salt", 4096, 32, "sha256").toString("hex"));
console.log(pbkdf2Sync(Buffer.from("pw"), new Uint8Array([1, 2]), 10, 8, "sha512").length);
function attempt(label: string, f: () => unknown): void {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.log(label, err.name, err.code, err.message);
  }
}
attempt("digest", () => pbkdf2Sync("p", "s", 1, 8, "nope"));
attempt("iterations", () => pbkdf2Sync("p", "s", 0, 8, "sha1"));
attempt("keylen", () => pbkdf2Sync("p", "s", 1, -1, "sha1"));
attempt("keylen zero", () => pbkdf2Sync("p", "s", 1, 0, "sha1"));
attempt("keylen float", () => pbkdf2Sync("p", "s", 1, 1.5, "sha1"));
attempt("callback", () => pbkdf2("p", "s", 1, 8, "sha1", undefined as any));
attempt("password", () => pbkdf2Sync(5 as any, "s", 1, 8, "sha1"));
pbkdf2("password", "salt", 2, 16, "sha256", (err, key) => {
  console.log("async", err, key.toString("base64"));
});
console.log("sync end");
