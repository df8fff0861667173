// crypto.subtle with secret keys: import/export (raw, jwk), generateKey,
// HMAC sign/verify, AES-GCM/CBC encrypt/decrypt, PBKDF2/HKDF deriveBits and
// deriveKey, with fixed inputs; then the DOMException errors.
const { subtle } = globalThis.crypto;
const enc = new TextEncoder();
const key = await subtle.importKey('raw', enc.encode('secret'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
console.log(key, key.algorithm, key.type, key.extractable, key.usages, Object.prototype.toString.call(key));
const sig = await subtle.sign('HMAC', key, enc.encode('data'));
console.log(sig instanceof ArrayBuffer, Buffer.from(sig).toString('hex'));
console.log(await subtle.verify('HMAC', key, sig, enc.encode('data')), await subtle.verify({ name: 'HMAC' }, key, sig, enc.encode('datb')));
console.log(await subtle.exportKey('jwk', key), Buffer.from(await subtle.exportKey('raw', key)).toString());
const aes = await subtle.importKey('raw', new Uint8Array(32).fill(1), 'AES-GCM', false, ['encrypt', 'decrypt']);
console.log(aes.algorithm, aes.usages);
const iv = new Uint8Array(12).fill(3);
const ct = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode('aad') }, aes, enc.encode('hello'));
console.log(Buffer.from(ct).toString('hex'));
console.log(new TextDecoder().decode(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: enc.encode('aad') }, aes, ct)));
try { await subtle.decrypt({ name: 'AES-GCM', iv }, aes, ct) } catch (e) { console.log((e as DOMException).name, (e as DOMException).message, (e as DOMException).code) }
try { await subtle.exportKey('raw', aes) } catch (e) { console.log((e as Error).name, (e as Error).message) }
try { await subtle.sign('HMAC', aes, enc.encode('x')) } catch (e) { console.log((e as Error).name, (e as Error).message) }
try { await subtle.importKey('raw', enc.encode('k'), { name: 'HMAC' }, false, ['sign']) } catch (e) { console.log((e as Error).name, (e as Error).message) }
try { await subtle.importKey('raw', enc.encode('k'), { name: 'NOPE' }, false, ['sign']) } catch (e) { console.log((e as Error).name, (e as Error).message) }
try { await subtle.importKey('raw', new Uint8Array(5), 'AES-GCM', false, ['encrypt']) } catch (e) { console.log((e as Error).name, (e as Error).message) }
try { await subtle.importKey('raw', enc.encode('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['encrypt']) } catch (e) { console.log((e as Error).name, (e as Error).message) }
const pb = await subtle.importKey('raw', enc.encode('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
console.log(pb.algorithm, Buffer.from(await subtle.deriveBits({ name: 'PBKDF2', salt: enc.encode('salt'), iterations: 1000, hash: 'SHA-256' }, pb, 128)).toString('hex'));
const dk = await subtle.deriveKey({ name: 'PBKDF2', salt: enc.encode('salt'), iterations: 1000, hash: 'SHA-256' }, pb, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
console.log(dk.algorithm, Buffer.from(await subtle.exportKey('raw', dk)).toString('hex'));
const hk = await subtle.importKey('raw', enc.encode('ikm'), 'HKDF', false, ['deriveBits']);
console.log(Buffer.from(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: enc.encode('s'), info: enc.encode('i') }, hk, 64)).toString('hex'));
const gk = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
console.log(gk.algorithm, (await subtle.exportKey('raw', gk)).byteLength);
const ga = await subtle.generateKey({ name: 'AES-CBC', length: 128 }, true, ['encrypt', 'decrypt']);
const cbcct = await subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, aes.algorithm ? await subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', true, ['encrypt']) : null, enc.encode('x'));
console.log(ga.algorithm, Buffer.from(cbcct).toString('hex'));
const jk = await subtle.importKey('jwk', { kty: 'oct', k: 'c2VjcmV0', alg: 'HS256' }, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
console.log(jk.algorithm, await subtle.verify('HMAC', jk, sig, enc.encode('data')));
const t = async (l: string, f: () => Promise<unknown>) => { try { console.log(l, await f()); } catch (e) { console.log(l, (e as Error).name, (e as Error).message); } };
await t('aes usage', () => subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['sign']));
await t('pbkdf2 usage', () => subtle.importKey('raw', new Uint8Array(16), 'PBKDF2', false, ['sign']));
await t('hkdf usage', () => subtle.importKey('raw', new Uint8Array(16), 'HKDF', false, ['encrypt']));
await t('empty usage', () => subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, []));
await t('pbkdf2 extractable', () => subtle.importKey('raw', new Uint8Array(16), 'PBKDF2', true, ['deriveBits']));
await t('jwk pbkdf2', () => subtle.importKey('jwk', {kty:'oct',k:'AA'}, 'PBKDF2', false, ['deriveBits']));
await t('spki', () => subtle.importKey('spki', new Uint8Array(16), 'AES-GCM', false, ['encrypt']));
const k2 = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt']);
await t('usage missing', () => subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, k2, new Uint8Array(32)));
await t('export pkcs8', () => subtle.exportKey('pkcs8', k2));
await t('jwk aes', () => subtle.exportKey('jwk', k2));
await t('gen aes 100', () => subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']));
await t('gcm tag 100', () => subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12), tagLength: 100 }, k2, new Uint8Array(2)));
const kc = await subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', true, ['encrypt', 'decrypt']);
await t('cbc iv', () => subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(12) }, kc, new Uint8Array(2)));
await t('cbc bad', () => subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, kc, new Uint8Array(16)));
await t('no name', () => subtle.importKey('raw', new Uint8Array(16), {}, false, ['encrypt']));
await t('data type', () => subtle.sign('HMAC', k2, 'str' as any));
const pb2 = await subtle.importKey('raw', enc.encode('pw'), 'PBKDF2', false, ['deriveBits']);
await t('bits 7', () => subtle.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(1), iterations: 1, hash: 'SHA-256' }, pb2, 7));
await t('bits null', () => subtle.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(1), iterations: 1, hash: 'SHA-256' }, pb2 as any));
await t('iter 0', () => subtle.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(1), iterations: 0, hash: 'SHA-256' }, pb2, 8));
await t('gen hmac', async () => (await subtle.generateKey({ name: 'HMAC', hash: 'SHA-1' }, false, ['sign'])).algorithm);
