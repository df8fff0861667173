// crypto.subtle with key pairs: ECDSA, RSASSA-PKCS1-v1_5, RSA-PSS,
// RSA-OAEP and Ed25519 keys imported from fixed keys made by Node (spki,
// pkcs8, jwk, raw), deterministic signatures, verification, encryption
// round trips, exports, generated keys' shapes, and the errors.
const { subtle } = globalThis.crypto;
const enc = new TextEncoder();
const der = (pem: string) => Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ""), "base64");
const rsaPem = { privateKey: "-----BEGIN PRIVATE KEY-----\nMIICeAIBADANBgkqhkiG9w0BAQEFAASCAmIwggJeAgEAAoGBAO/NI9lsNiSyKjrG\nvBX5lAv6/hUkFtFZ8Jolst67srey6nQML8zTcBvpOpyGEKar4bHFzw57wk2DG2rm\n7/vHg+Dg7it+BoEwRWG7ScDidrmxpqBVdw8AzJZ6CPXeI1eQnbMkdwt7aeefjuIG\n/XDyfX68pkcu/HjE9ogOyhb8QKn5AgMBAAECgYEApek5t3FuGH+IRjg/47hU3OEg\nMEJS4y+mDxCsK/yTTxOjsPzJiZ50f2sjWS5MkPR058ljU7L+oSBntNPpEDtfGr24\n+MDUAlOZtpaG22qrcXLr0zEmCo6Re2MpJvMmA5cJo9R7wzpIqeqzZrv8IQi7UXlF\nm5vcKZIQZHWbG4JTYx0CQQD83dE8zW00LVV9d51xWd0+U22T6RZR9rHpt0+ChYKx\n+X4qnkS9pdRZZn/48/9WpeDO7CwdmEUSlLNys/uiMN5LAkEA8sXgGikfO8X3ofyy\nfObuZvnYqOAO4+rpn9vjUfN2s8KGowy5uL9TdD45cSgCpVqA7CsTBo17ZGnBG+Ns\nYPBeSwJBAPKLmb2mlc7shQn6CAzH082KnJq5gu1Pocu6Rwu9IGWyGHCsqub1/z9Z\nb/rNn+fu6DnSk2Y3vllaRN4LAZzLHw0CQQDa4Eexjk2YiF1AcCFDtrhNowgRCSCj\nn9FNzONfqU7ltoXITtrKk8Rb0xXazSXFipkdU6BtkfUjjK0LxbialVuNAkAU1BcO\nA6HWxjAyoc9CIcBHMOCg3dR/LeFn2rR5Vc6sTBC8SnwpexolFY9y8DLOI+pWGOOj\nxCc7OJ5qDyq3xKvn\n-----END PRIVATE KEY-----\n", publicKey: "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDvzSPZbDYksio6xrwV+ZQL+v4V\nJBbRWfCaJbLeu7K3sup0DC/M03Ab6TqchhCmq+Gxxc8Oe8JNgxtq5u/7x4Pg4O4r\nfgaBMEVhu0nA4na5saagVXcPAMyWegj13iNXkJ2zJHcLe2nnn47iBv1w8n1+vKZH\nLvx4xPaIDsoW/ECp+QIDAQAB\n-----END PUBLIC KEY-----\n" };
const ecPem = { privateKey: "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgPP9qFsWycnNjQyqQ\nTB84Qx/rOi//4Q/Y4gTfQNILLQ2hRANCAATbvqILx3wtfciO7J7L3yYQNvw5pd/e\nwzJpfBdyu7TPlSTo0dRmQ7ZcqQ9om/XC2CRL7Yzrm1LY+G4pNDELOlaO\n-----END PRIVATE KEY-----\n", publicKey: "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE276iC8d8LX3Ijuyey98mEDb8OaXf\n3sMyaXwXcru0z5Uk6NHUZkO2XKkPaJv1wtgkS+2M65tS2PhuKTQxCzpWjg==\n-----END PUBLIC KEY-----\n" };
const edPem = { privateKey: "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIGGJc7eM9pWyp6s63s/VUAxYPiiFLu2c7+ALrV2yvy28\n-----END PRIVATE KEY-----\n", publicKey: "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEALwcAgmipWFPPM/bkyo8h+q87GCEZyEIMSOdkVsNXog0=\n-----END PUBLIC KEY-----\n" };

const t = async (l: string, f: () => Promise<unknown>) => {
  try {
    console.log(l, await f());
  } catch (e) {
    console.log(l, (e as Error).name, (e as Error).message);
  }
};
const rsaAlg = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
const rsaPriv = await subtle.importKey("pkcs8", der(rsaPem.privateKey), rsaAlg, true, ["sign"]);
const rsaPub = await subtle.importKey("spki", der(rsaPem.publicKey), rsaAlg, true, ["verify"]);
console.log(rsaPriv, rsaPub.algorithm);
const rs = await subtle.sign("RSASSA-PKCS1-v1_5", rsaPriv, enc.encode("data"));
console.log(Buffer.from(rs).toString("base64"));
console.log(await subtle.verify(rsaAlg, rsaPub, rs, enc.encode("data")), await subtle.verify(rsaAlg, rsaPub, rs, enc.encode("datb")));
console.log(await subtle.exportKey("jwk", rsaPub));
console.log(Buffer.from(await subtle.exportKey("spki", rsaPub)).equals(der(rsaPem.publicKey)), Object.keys(await subtle.exportKey("jwk", rsaPriv)));

const pssPriv = await subtle.importKey("pkcs8", der(rsaPem.privateKey), { name: "RSA-PSS", hash: "SHA-256" }, false, ["sign"]);
const { alg: _alg, ...rsaJwk } = (await subtle.exportKey("jwk", rsaPub)) as JsonWebKey;
const pssPub = await subtle.importKey("jwk", rsaJwk, { name: "RSA-PSS", hash: "SHA-256" }, false, ["verify"]);
const ps = await subtle.sign({ name: "RSA-PSS", saltLength: 32 }, pssPriv, enc.encode("x"));
console.log(ps.byteLength, await subtle.verify({ name: "RSA-PSS", saltLength: 32 }, pssPub, ps, enc.encode("x")));

const oaepAlg = { name: "RSA-OAEP", hash: "SHA-256" };
const oaepPub = await subtle.importKey("spki", der(rsaPem.publicKey), oaepAlg, false, ["encrypt"]);
const oaepPriv = await subtle.importKey("pkcs8", der(rsaPem.privateKey), oaepAlg, false, ["decrypt"]);
const ct = await subtle.encrypt({ name: "RSA-OAEP", label: enc.encode("L") }, oaepPub, enc.encode("secret"));
console.log(ct.byteLength, new TextDecoder().decode(await subtle.decrypt({ name: "RSA-OAEP", label: enc.encode("L") }, oaepPriv, ct)));

const ecAlg = { name: "ECDSA", namedCurve: "P-256" };
const ecPriv = await subtle.importKey("pkcs8", der(ecPem.privateKey), ecAlg, true, ["sign"]);
const ecPub = await subtle.importKey("spki", der(ecPem.publicKey), ecAlg, true, ["verify"]);
const es = await subtle.sign({ name: "ECDSA", hash: "SHA-256" }, ecPriv, enc.encode("x"));
console.log(es.byteLength, await subtle.verify({ name: "ECDSA", hash: "SHA-256" }, ecPub, es, enc.encode("x")));
const raw = await subtle.exportKey("raw", ecPub);
const ecRaw = await subtle.importKey("raw", raw, ecAlg, true, ["verify"]);
console.log(raw.byteLength, await subtle.verify({ name: "ECDSA", hash: "SHA-256" }, ecRaw, es, enc.encode("x")));
console.log(await subtle.exportKey("jwk", ecPriv));

const edPriv = await subtle.importKey("pkcs8", der(edPem.privateKey), "Ed25519", true, ["sign"]);
const edPub = await subtle.importKey("spki", der(edPem.publicKey), { name: "Ed25519" }, true, ["verify"]);
const eds = await subtle.sign("Ed25519", edPriv, enc.encode("x"));
console.log(Buffer.from(eds).toString("hex"), await subtle.verify("Ed25519", edPub, eds, enc.encode("x")));
console.log(Buffer.from(await subtle.exportKey("raw", edPub)).toString("hex"), Object.keys(await subtle.exportKey("jwk", edPriv)));

const gen = await subtle.generateKey({ name: "ECDSA", namedCurve: "P-384" }, false, ["sign", "verify"]);
console.log(gen.publicKey.algorithm, gen.publicKey.usages, gen.privateKey.usages, gen.publicKey.extractable, gen.privateKey.extractable);
const genRsa = await subtle.generateKey({ name: "RSA-OAEP", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-1" }, true, ["encrypt", "decrypt"]);
console.log(genRsa.privateKey.algorithm, genRsa.publicKey.usages);
const genEd = await subtle.generateKey("Ed25519", true, ["sign", "verify"]);
console.log(genEd.privateKey.type, genEd.publicKey.algorithm);

await t("export private spki", () => subtle.exportKey("spki", ecPriv));
await t("export public pkcs8", () => subtle.exportKey("pkcs8", ecPub));
await t("import bad", () => subtle.importKey("spki", new Uint8Array(10), ecAlg, true, ["verify"]));
await t("usage", () => subtle.importKey("spki", der(ecPem.publicKey), ecAlg, true, ["sign"]));
await t("curve", () => subtle.generateKey({ name: "ECDSA", namedCurve: "P-999" }, true, ["sign"]));
await t("wrong key type", () => subtle.sign({ name: "ECDSA", hash: "SHA-256" }, ecPub, enc.encode("x")));
await t("jwk alg", async () => subtle.importKey("jwk", await subtle.exportKey("jwk", rsaPub), { name: "RSA-PSS", hash: "SHA-256" }, false, ["verify"]));
await t("jwk ext", async () => subtle.importKey("jwk", { ...rsaJwk, ext: false }, rsaAlg, true, ["verify"]));
await t("algorithm mismatch", () => subtle.sign("Ed25519", ecPriv, enc.encode("x")));
