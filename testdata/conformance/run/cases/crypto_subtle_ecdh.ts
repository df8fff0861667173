// crypto.subtle key agreement: ECDH (P-256) and X25519 with fixed keys made
// by Node (shared secrets both ways, truncated lengths, deriveKey), key
// usages in WebCrypto's order, generated keys' shapes, and the errors.
const { subtle } = globalThis.crypto;
const der = (pem: string) => Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ""), "base64");
const ecA = {"publicKey": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE276iC8d8LX3Ijuyey98mEDb8OaXf\n3sMyaXwXcru0z5Uk6NHUZkO2XKkPaJv1wtgkS+2M65tS2PhuKTQxCzpWjg==\n-----END PUBLIC KEY-----\n", "privateKey": "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgPP9qFsWycnNjQyqQ\nTB84Qx/rOi//4Q/Y4gTfQNILLQ2hRANCAATbvqILx3wtfciO7J7L3yYQNvw5pd/e\nwzJpfBdyu7TPlSTo0dRmQ7ZcqQ9om/XC2CRL7Yzrm1LY+G4pNDELOlaO\n-----END PRIVATE KEY-----\n"};
const ecB = {"publicKey": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEB9RqQ8eeb8PSTMy2ruBkYcf702Oi\nOsc+8oVjW+TpWWH6qLgtSC/mHMd/jhko6u6DMo64bEJ55p/kUwpTtYrYFA==\n-----END PUBLIC KEY-----\n", "privateKey": "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgobfomtdr0C1+Jkj2\nte9juixmnsP4SLoveB+nBD39SsWhRANCAAQH1GpDx55vw9JMzLau4GRhx/vTY6I6\nxz7yhWNb5OlZYfqouC1IL+Ycx3+OGSjq7oMyjrhsQnnmn+RTClO1itgU\n-----END PRIVATE KEY-----\n"};
const xA = {"publicKey": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VuAyEA5kqHxMXiXBEOQmFHvAKgJwEo/ia5G0PuQ9DR7fgTVkg=\n-----END PUBLIC KEY-----\n", "privateKey": "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIIj2zDB96f9lFL7MG5DTJm1lID6v2dkjzhwv4KghuAZF\n-----END PRIVATE KEY-----\n"};
const xB = {"publicKey": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VuAyEAx24CEElA5PNdbqN7LEmrV9hW3XdSTc+2bs9gg810x38=\n-----END PUBLIC KEY-----\n", "privateKey": "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIIid54bpOWyQihnAlC2q+X0Z4DBCIOQBk08V46ZsIfRk\n-----END PRIVATE KEY-----\n"};

const t = async (l: string, f: () => Promise<unknown>) => {
  try {
    console.log(l, await f());
  } catch (e) {
    console.log(l, (e as Error).name, (e as Error).message);
  }
};
const alg = { name: "ECDH", namedCurve: "P-256" };
const aPriv = await subtle.importKey("pkcs8", der(ecA.privateKey), alg, true, ["deriveBits", "deriveKey"]);
const aPub = await subtle.importKey("spki", der(ecA.publicKey), alg, true, []);
const bPriv = await subtle.importKey("pkcs8", der(ecB.privateKey), alg, false, ["deriveKey", "deriveBits"]);
const bPub = await subtle.importKey("spki", der(ecB.publicKey), alg, true, []);
console.log(aPriv, aPub.usages, bPriv.usages);
const s1 = await subtle.deriveBits({ name: "ECDH", public: bPub }, aPriv, 256);
const s2 = await subtle.deriveBits({ name: "ECDH", public: aPub }, bPriv, null as any);
console.log(Buffer.from(s1).toString("hex"), Buffer.from(s1).equals(Buffer.from(s2)));
console.log(Buffer.from(await subtle.deriveBits({ name: "ECDH", public: bPub }, aPriv, 100)).toString("hex"));
const aes = await subtle.deriveKey({ name: "ECDH", public: bPub }, aPriv, { name: "AES-GCM", length: 128 }, true, ["decrypt", "encrypt"]);
console.log(aes.algorithm, aes.usages, Buffer.from(await subtle.exportKey("raw", aes)).toString("hex"));
console.log(Object.keys(await subtle.exportKey("jwk", aPriv)), (await subtle.exportKey("raw", aPub)).byteLength);

const xPriv = await subtle.importKey("pkcs8", der(xA.privateKey), "X25519", false, ["deriveBits"]);
const xPub = await subtle.importKey("spki", der(xB.publicKey), { name: "X25519" }, true, []);
const xs = await subtle.deriveBits({ name: "X25519", public: xPub }, xPriv, 256);
const xPub2 = await subtle.importKey("raw", await subtle.exportKey("raw", xPub), "X25519", true, []);
console.log(Buffer.from(xs).toString("hex"), Buffer.from(await subtle.deriveBits({ name: "X25519", public: xPub2 }, xPriv, 256)).equals(Buffer.from(xs)));

const gen = await subtle.generateKey({ name: "ECDH", namedCurve: "P-384" }, true, ["deriveKey", "deriveBits"]);
console.log(gen.privateKey.algorithm, gen.publicKey.usages, gen.privateKey.usages);
const genX = await subtle.generateKey("X25519", false, ["deriveBits"]);
console.log(genX.publicKey.algorithm, genX.privateKey.extractable, genX.publicKey.extractable);
const hm = await subtle.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-256" }, false, ["verify", "sign"]);
console.log(hm.usages, (await subtle.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["decrypt", "encrypt"])).usages);

await t("too long", () => subtle.deriveBits({ name: "ECDH", public: bPub }, aPriv, 512));
await t("usage", () => subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["sign"]));
await t("no public", () => subtle.deriveBits({ name: "ECDH" } as any, aPriv, 256));
await t("public is private", () => subtle.deriveBits({ name: "ECDH", public: bPriv }, aPriv, 256));
