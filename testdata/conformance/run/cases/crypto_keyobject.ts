// Secret KeyObjects: createSecretKey, export (buffer, jwk), equals, use as
// an HMAC, cipher and HKDF key, and the errors.
import crypto from "node:crypto";

const k = crypto.createSecretKey(Buffer.from("secret"));
console.log(k, k.type, k.symmetricKeySize, k instanceof crypto.KeyObject, k.constructor.name);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(k)).constructor.name, Object.prototype.toString.call(k));
console.log(k.export(), k.export({ format: "jwk" }), k.export({ format: "buffer" }));
console.log(crypto.createSecretKey("c2VjcmV0", "base64").equals(k), crypto.createSecretKey(new Uint8Array(6)).equals(k));
console.log((k as any).asymmetricKeyType, Object.keys(k), JSON.stringify(k));
console.log(crypto.createHmac("sha256", k).update("x").digest("hex"));
console.log(crypto.createCipheriv("aes-128-cbc", crypto.createSecretKey(Buffer.alloc(16)), Buffer.alloc(16)).final("hex"));
console.log(Buffer.from(crypto.hkdfSync("sha256", k, "salt", "info", 8)).toString("hex"));
function attempt(label: string, f: () => unknown): void {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.log(label, err.name, err.code, err.message);
  }
}
attempt("key type", () => crypto.createSecretKey(5 as any));
attempt("export format", () => k.export({ format: "pem" } as any));
attempt("constructor", () => new (crypto.KeyObject as any)("secret", {}));
attempt("equals", () => k.equals(5 as any));
