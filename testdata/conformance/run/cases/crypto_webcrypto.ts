// Web Crypto: globalThis.crypto is node:crypto's webcrypto; getRandomValues
// fills integer typed arrays in place, randomUUID, subtle.digest, and the
// DOMException errors.
import nodeCrypto, { webcrypto, getRandomValues, timingSafeEqual } from "node:crypto";

console.log(globalThis.crypto === webcrypto, webcrypto === nodeCrypto.webcrypto);
console.log(Object.prototype.toString.call(globalThis.crypto), String(crypto));
console.log(typeof Crypto, typeof SubtleCrypto, typeof CryptoKey, crypto instanceof Crypto);
console.log(crypto);
const a = new Uint8Array(8);
console.log(crypto.getRandomValues(a) === a, a.length);
const big = new BigUint64Array(2);
console.log(crypto.getRandomValues(big) === big, getRandomValues(new Int16Array(3)).length);
console.log(/^[0-9a-f-]{36}$/.test(crypto.randomUUID()), crypto.randomUUID()[14]);
console.log(crypto.subtle === nodeCrypto.subtle, Object.prototype.toString.call(crypto.subtle));

function attempt(label: string, f: () => unknown): void {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    const err = e as DOMException & { code: unknown };
    console.log(label, err.name, err.code, err.message, err instanceof DOMException);
  }
}
attempt("float array", () => crypto.getRandomValues(new Float32Array(2) as any));
attempt("too long", () => crypto.getRandomValues(new Uint8Array(65537)));
attempt("not a view", () => crypto.getRandomValues(5 as any));
attempt("detached this", () => crypto.getRandomValues.call({}, new Uint8Array(2)));
attempt("constructor", () => new (Crypto as any)());
console.log(timingSafeEqual(Buffer.from("abc"), Buffer.from("abc")), timingSafeEqual(new Uint8Array([1]), new Uint8Array([2])));
console.log(timingSafeEqual(new Uint16Array([1]), Buffer.from([1, 0])));
attempt("length", () => timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3)));
attempt("type", () => timingSafeEqual("a" as any, Buffer.alloc(3)));

const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode("hello"));
console.log(digest instanceof ArrayBuffer, Buffer.from(digest).toString("hex"));
const d1 = await crypto.subtle.digest({ name: "SHA-1" }, Buffer.from("hello"));
console.log(Buffer.from(d1).toString("hex"));
try {
  await crypto.subtle.digest("MD5", Buffer.from("x"));
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
