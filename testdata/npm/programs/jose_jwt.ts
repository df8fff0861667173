// jose@6: JWTs and JWE on WebCrypto (crypto.subtle): HS256 sign and verify
// with fixed claims, a tampered token, and dir/A256GCM encryption round
// trip.
import { SignJWT, jwtVerify, decodeJwt, CompactEncrypt, compactDecrypt, base64url, errors } from "jose";

const secret = new TextEncoder().encode("a-string-secret-at-least-256-bits-long");
const token = await new SignJWT({ role: "admin", n: 42 })
  .setProtectedHeader({ alg: "HS256" })
  .setIssuedAt(1700000000)
  .setIssuer("urn:tsrun")
  .setExpirationTime(4102444800)
  .sign(secret);
console.log(token);
const { payload, protectedHeader } = await jwtVerify(token, secret, { issuer: "urn:tsrun" });
console.log(payload, protectedHeader, decodeJwt(token).role);
try {
  await jwtVerify(token.slice(0, -2) + "xx", secret);
} catch (e) {
  console.log((e as Error).constructor.name, (e as errors.JOSEError).code, e instanceof errors.JWSSignatureVerificationFailed);
}
try {
  await jwtVerify(token, secret, { issuer: "urn:other" });
} catch (e) {
  console.log((e as errors.JOSEError).code, (e as Error).message);
}
const key = new Uint8Array(32).fill(5);
const jwe = await new CompactEncrypt(new TextEncoder().encode("hidden"))
  .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
  .encrypt(key);
console.log(jwe.split(".").length, jwe.split(".")[0]);
const { plaintext } = await compactDecrypt(jwe, key);
console.log(new TextDecoder().decode(plaintext), base64url.encode("hi"));
