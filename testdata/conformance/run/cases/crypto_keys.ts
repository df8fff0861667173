// Asymmetric keys with fixed RSA (1024-bit), P-256 and Ed25519 keys made
// by Node: createPrivateKey/createPublicKey from PEM, DER and JWK, exports,
// details, deterministic signatures (RSA PKCS#1 v1.5, Ed25519), ECDSA and
// PSS verification, RSA-OAEP round trips, key generation, and the errors.
import crypto from "node:crypto";

const rsa = { privateKey: "-----BEGIN PRIVATE KEY-----\nMIICeAIBADANBgkqhkiG9w0BAQEFAASCAmIwggJeAgEAAoGBAO/NI9lsNiSyKjrG\nvBX5lAv6/hUkFtFZ8Jolst67srey6nQML8zTcBvpOpyGEKar4bHFzw57wk2DG2rm\n7/vHg+Dg7it+BoEwRWG7ScDidrmxpqBVdw8AzJZ6CPXeI1eQnbMkdwt7aeefjuIG\n/XDyfX68pkcu/HjE9ogOyhb8QKn5AgMBAAECgYEApek5t3FuGH+IRjg/47hU3OEg\nMEJS4y+mDxCsK/yTTxOjsPzJiZ50f2sjWS5MkPR058ljU7L+oSBntNPpEDtfGr24\n+MDUAlOZtpaG22qrcXLr0zEmCo6Re2MpJvMmA5cJo9R7wzpIqeqzZrv8IQi7UXlF\nm5vcKZIQZHWbG4JTYx0CQQD83dE8zW00LVV9d51xWd0+U22T6RZR9rHpt0+ChYKx\n+X4qnkS9pdRZZn/48/9WpeDO7CwdmEUSlLNys/uiMN5LAkEA8sXgGikfO8X3ofyy\nfObuZvnYqOAO4+rpn9vjUfN2s8KGowy5uL9TdD45cSgCpVqA7CsTBo17ZGnBG+Ns\nYPBeSwJBAPKLmb2mlc7shQn6CAzH082KnJq5gu1Pocu6Rwu9IGWyGHCsqub1/z9Z\nb/rNn+fu6DnSk2Y3vllaRN4LAZzLHw0CQQDa4Eexjk2YiF1AcCFDtrhNowgRCSCj\nn9FNzONfqU7ltoXITtrKk8Rb0xXazSXFipkdU6BtkfUjjK0LxbialVuNAkAU1BcO\nA6HWxjAyoc9CIcBHMOCg3dR/LeFn2rR5Vc6sTBC8SnwpexolFY9y8DLOI+pWGOOj\nxCc7OJ5qDyq3xKvn\n-----END PRIVATE KEY-----\n", publicKey: "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDvzSPZbDYksio6xrwV+ZQL+v4V\nJBbRWfCaJbLeu7K3sup0DC/M03Ab6TqchhCmq+Gxxc8Oe8JNgxtq5u/7x4Pg4O4r\nfgaBMEVhu0nA4na5saagVXcPAMyWegj13iNXkJ2zJHcLe2nnn47iBv1w8n1+vKZH\nLvx4xPaIDsoW/ECp+QIDAQAB\n-----END PUBLIC KEY-----\n" };
const ec = { privateKey: "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgPP9qFsWycnNjQyqQ\nTB84Qx/rOi//4Q/Y4gTfQNILLQ2hRANCAATbvqILx3wtfciO7J7L3yYQNvw5pd/e\nwzJpfBdyu7TPlSTo0dRmQ7ZcqQ9om/XC2CRL7Yzrm1LY+G4pNDELOlaO\n-----END PRIVATE KEY-----\n", publicKey: "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE276iC8d8LX3Ijuyey98mEDb8OaXf\n3sMyaXwXcru0z5Uk6NHUZkO2XKkPaJv1wtgkS+2M65tS2PhuKTQxCzpWjg==\n-----END PUBLIC KEY-----\n" };
const ed = { privateKey: "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIGGJc7eM9pWyp6s63s/VUAxYPiiFLu2c7+ALrV2yvy28\n-----END PRIVATE KEY-----\n", publicKey: "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEALwcAgmipWFPPM/bkyo8h+q87GCEZyEIMSOdkVsNXog0=\n-----END PUBLIC KEY-----\n" };

const priv = crypto.createPrivateKey(rsa.privateKey);
const pub = crypto.createPublicKey(rsa.publicKey);
console.log(priv, pub, priv.type, pub.type, priv.asymmetricKeyType, priv.asymmetricKeyDetails, pub.asymmetricKeyDetails);
console.log(priv instanceof crypto.KeyObject, priv.constructor.name, pub.constructor.name, Object.prototype.toString.call(pub));
console.log(crypto.createPublicKey(priv).export({ type: "spki", format: "pem" }) === rsa.publicKey, crypto.createPublicKey(rsa.privateKey).equals(pub));
console.log(priv.export({ type: "pkcs8", format: "pem" }) === rsa.privateKey, priv.export({ type: "pkcs1", format: "pem" }).split("\n")[0]);
console.log(pub.export({ type: "pkcs1", format: "pem" }).split("\n")[0], pub.export({ type: "spki", format: "der" }).length);
console.log(pub.export({ format: "jwk" }), Object.keys(priv.export({ format: "jwk" })));
console.log(crypto.createPrivateKey({ key: priv.export({ format: "jwk" }), format: "jwk" }).equals(priv));
console.log(crypto.createPublicKey({ key: pub.export({ type: "spki", format: "der" }), format: "der", type: "spki" }).equals(pub));

const sig = crypto.sign("sha256", Buffer.from("data"), priv);
console.log(sig.toString("base64"));
console.log(crypto.verify("sha256", Buffer.from("data"), pub, sig), crypto.verify("sha256", Buffer.from("datb"), rsa.publicKey, sig));
const s = crypto.createSign("RSA-SHA256");
s.update("da");
s.update("ta");
console.log(s.sign(rsa.privateKey, "base64") === sig.toString("base64"), crypto.createVerify("sha256").update("data").verify(rsa.publicKey, sig));
console.log(crypto.sign("sha1", Buffer.from("x"), rsa.privateKey).toString("hex").slice(0, 32));
const pss = crypto.sign("sha256", Buffer.from("x"), { key: rsa.privateKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
console.log(pss.length, crypto.verify("sha256", Buffer.from("x"), { key: rsa.publicKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, pss));

const ecPriv = crypto.createPrivateKey(ec.privateKey);
console.log(ecPriv.asymmetricKeyType, ecPriv.asymmetricKeyDetails, crypto.createPublicKey(ec.publicKey).export({ format: "jwk" }).crv);
console.log(Object.keys(ecPriv.export({ format: "jwk" })), ecPriv.export({ type: "sec1", format: "pem" }).split("\n")[0]);
const ecs = crypto.sign("sha256", Buffer.from("x"), ec.privateKey);
console.log(crypto.verify("sha256", Buffer.from("x"), ec.publicKey, ecs), crypto.verify("sha256", Buffer.from("y"), ec.publicKey, ecs));
const ecp = crypto.sign("sha256", Buffer.from("x"), { key: ec.privateKey, dsaEncoding: "ieee-p1363" });
console.log(ecp.length, crypto.verify("sha256", Buffer.from("x"), { key: ec.publicKey, dsaEncoding: "ieee-p1363" }, ecp));

const edPriv = crypto.createPrivateKey(ed.privateKey);
console.log(edPriv.asymmetricKeyType, edPriv.asymmetricKeyDetails, Object.keys(edPriv.export({ format: "jwk" })));
const eds = crypto.sign(null, Buffer.from("x"), ed.privateKey);
console.log(eds.toString("hex"), crypto.verify(null, Buffer.from("x"), ed.publicKey, eds));

const enc = crypto.publicEncrypt(rsa.publicKey, Buffer.from("secret"));
console.log(enc.length, crypto.privateDecrypt(rsa.privateKey, enc).toString());
const oaep256 = crypto.publicEncrypt({ key: rsa.publicKey, oaepHash: "sha256" }, Buffer.from("x"));
console.log(crypto.privateDecrypt({ key: rsa.privateKey, oaepHash: "sha256" }, oaep256).toString());
const p1 = crypto.publicEncrypt({ key: rsa.publicKey, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from("y"));
console.log(crypto.privateDecrypt({ key: rsa.privateKey, padding: crypto.constants.RSA_PKCS1_PADDING }, p1).toString());

const gen = crypto.generateKeyPairSync("ec", { namedCurve: "P-384" });
console.log(gen.publicKey.type, gen.privateKey.asymmetricKeyDetails);
const genPem = crypto.generateKeyPairSync("ed25519", { publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } });
console.log(genPem.publicKey.split("\n")[0], genPem.privateKey.split("\n")[0]);
console.log(crypto.generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey.asymmetricKeyDetails);

function attempt(label: string, f: () => unknown): void {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { reason?: string; library?: string };
    console.log(label, err.name, err.code, err.message, err.reason, err.library);
  }
}
attempt("export none", () => priv.export(undefined as any));
attempt("export type", () => priv.export({ format: "pem" } as any));
attempt("export spki of private", () => priv.export({ type: "spki", format: "pem" } as any));
attempt("parse bad", () => crypto.createPrivateKey("nope"));
attempt("parse number", () => crypto.createPrivateKey(5 as any));
attempt("private from public", () => crypto.createPrivateKey(rsa.publicKey));
attempt("sign digest", () => crypto.sign("nope", Buffer.from("x"), priv));
attempt("createSign digest", () => crypto.createSign("nope"));
attempt("sign twice", () => {
  const x = crypto.createSign("sha256").update("x");
  x.sign(rsa.privateKey);
  x.sign(rsa.privateKey);
});
attempt("gen type", () => crypto.generateKeyPairSync("nope" as any, {}));
attempt("gen curve", () => crypto.generateKeyPairSync("ec", {} as any));
attempt("gen modulus", () => crypto.generateKeyPairSync("rsa", {} as any));
attempt("oaep decode", () => crypto.privateDecrypt(rsa.privateKey, Buffer.alloc(128)));
console.log(crypto.constants.RSA_PKCS1_PADDING, crypto.constants.RSA_PKCS1_OAEP_PADDING, crypto.constants.RSA_PKCS1_PSS_PADDING);
crypto.generateKeyPair("ed25519", (err, publicKey, privateKey) => {
  console.log("async", err, publicKey.type, privateKey.asymmetricKeyType);
});
// Sign and Verify are Writable streams.
import { Writable, Readable } from "node:stream";
const ws = crypto.createSign("sha256");
console.log(ws instanceof Writable);
ws.write("da");
ws.end("ta");
console.log(ws.sign(rsa.privateKey, "base64") === sig.toString("base64"));
const wv = crypto.createVerify("sha256");
Readable.from(["data"]).pipe(wv).on("finish", () => console.log("verified by stream", wv.verify(rsa.publicKey, sig)));
// privateEncrypt/publicDecrypt: PKCS#1 type 1 padding (deterministic) and none.
const pe = crypto.privateEncrypt(rsa.privateKey, Buffer.from("hello"));
console.log(pe.toString("base64"), crypto.publicDecrypt(rsa.publicKey, pe).toString(), crypto.publicDecrypt(rsa.privateKey, pe).toString());
attempt("publicDecrypt padding", () => crypto.publicDecrypt(rsa.publicKey, Buffer.alloc(128, 1)));
attempt("privateEncrypt size", () => crypto.privateEncrypt(rsa.privateKey, Buffer.alloc(200)));
console.log(crypto.privateEncrypt({ key: rsa.privateKey, padding: crypto.constants.RSA_NO_PADDING }, Buffer.alloc(128, 0)).length);
attempt("privateEncrypt oaep", () => crypto.privateEncrypt({ key: rsa.privateKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING }, Buffer.alloc(1)));
