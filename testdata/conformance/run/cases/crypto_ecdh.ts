// createECDH with fixed private keys (public keys in each point format,
// shared secrets), ECDH.convertKey, diffieHellman on EC key objects, and
// the errors.
import crypto from "node:crypto";
const t = (l: string, f: () => unknown) => { try { console.log(l, f()); } catch (e) { const err = e as NodeJS.ErrnoException; console.log(l, err.name, err.code, err.message); } };
const a = crypto.createECDH('prime256v1');
a.setPrivateKey(Buffer.alloc(32, 1));
const b = crypto.createECDH('prime256v1'); b.setPrivateKey(Buffer.alloc(32, 2));
console.log(a.getPublicKey('hex'), a.getPublicKey('hex', 'compressed'), a.getPrivateKey().length);
console.log(a.computeSecret(b.getPublicKey()).toString('hex') === b.computeSecret(a.getPublicKey('hex'), 'hex', 'hex'));
console.log(a.computeSecret(b.getPublicKey(null as any, 'compressed')).toString('base64'));
const g = crypto.createECDH('secp384r1'); console.log(g.generateKeys().length, g.generateKeys('base64', 'compressed').length);
t('curve', () => crypto.createECDH('nope'));
t('P-256', () => crypto.createECDH('P-256'));
t('bad pub', () => a.computeSecret(Buffer.alloc(65, 7)));
t('bad priv', () => crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32, 0)));
t('no keys', () => crypto.createECDH('prime256v1').getPublicKey());
t('convert', () => crypto.ECDH.convertKey(a.getPublicKey(), 'prime256v1', null, 'hex', 'compressed'));
console.log(crypto.getCurves().includes('prime256v1'), crypto.getCurves().includes('secp384r1'));
console.log(crypto.createECDH('prime256v1'));
const k1 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }), k2 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
console.log(crypto.diffieHellman({ privateKey: k1.privateKey, publicKey: k2.publicKey }).equals(crypto.diffieHellman({ privateKey: k2.privateKey, publicKey: k1.publicKey })));

// X25519 key objects (a key made by Node): details, JWK, PEM round trips,
// diffieHellman both ways; signing with one fails as in OpenSSL.
const x25519 = { privateKey: "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIIj2zDB96f9lFL7MG5DTJm1lID6v2dkjzhwv4KghuAZF\n-----END PRIVATE KEY-----\n", publicKey: "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VuAyEA5kqHxMXiXBEOQmFHvAKgJwEo/ia5G0PuQ9DR7fgTVkg=\n-----END PUBLIC KEY-----\n" };
const xPriv = crypto.createPrivateKey(x25519.privateKey);
const xPub = crypto.createPublicKey(x25519.publicKey);
console.log(xPriv.asymmetricKeyType, xPriv.asymmetricKeyDetails, xPub.export({ format: "jwk" }), Object.keys(xPriv.export({ format: "jwk" })));
console.log(xPriv.export({ type: "pkcs8", format: "pem" }) === x25519.privateKey, crypto.createPublicKey(xPriv).export({ type: "spki", format: "pem" }) === x25519.publicKey);
const xOther = crypto.generateKeyPairSync("x25519");
const xs1 = crypto.diffieHellman({ privateKey: xPriv, publicKey: xOther.publicKey });
console.log(xs1.length, xs1.equals(crypto.diffieHellman({ privateKey: xOther.privateKey, publicKey: xPub })));
t("x25519 sign", () => crypto.sign(null, Buffer.from("x"), xPriv));
t("x25519 jwk", () => crypto.createPrivateKey({ key: xPriv.export({ format: "jwk" }), format: "jwk" } as any).equals(xPriv));
