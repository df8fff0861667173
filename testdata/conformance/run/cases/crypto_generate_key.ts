// generateKey/generateKeySync for secret keys (hmac, aes) and their
// errors; getFips and secureHeapUsed.
import c from "node:crypto";
console.log(c.getFips(), c.secureHeapUsed());
const k = c.generateKeySync("hmac", { length: 123 });
console.log(k.type, k.symmetricKeySize, c.generateKeySync("aes", { length: 256 }).symmetricKeySize);
for (const f of [() => c.generateKeySync("aes", { length: 100 }), () => c.generateKeySync("hmac", { length: 7 }), () => c.generateKeySync("nope" as any, {} as any), () => c.generateKeySync("hmac", {} as any)]) {
  try { f() } catch (e) { const err = e as NodeJS.ErrnoException; console.log(err.name, err.code, err.message) }
}
c.generateKey("hmac", { length: 64 }, (...a: any[]) => {
  console.log("async", a.length, a[0], a[1].symmetricKeySize);
  c.generateKey("aes", { length: 128 }, (e, key) => console.log("aes", e, key.symmetricKeySize));
});
