// crypto.subtle beyond digest, for secret keys: importKey/exportKey (raw,
// jwk), generateKey, sign/verify (HMAC), encrypt/decrypt (AES-GCM, AES-CBC,
// AES-CTR), deriveBits/deriveKey (PBKDF2, HKDF). The algorithm checks and
// DOMException names and messages are Node's (lib/internal/crypto/webcrypto
// and its per-algorithm files). Loaded by js/crypto.js on first use; the
// work runs on the pool (mod_crypto_subtle.go).
(function (internal, shared) {
  'use strict';

  const { host, B, bytes, isAnyArrayBuffer, isArrayBufferView, CryptoKey, newCryptoKey, keyData } = shared;

  const dom = (message, name) => new DOMException(message, name);
  const hashNames = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
  const asymNames = ['ECDSA', 'Ed25519', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'ECDH', 'X25519'];
  // A key's usages are listed in this order, whatever order they came in.
  const usageOrder = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];
  const normUsages = (list) => usageOrder.filter((u) => list.includes(u));
  const canonical = new Map(['HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'PBKDF2', 'HKDF', ...asymNames, ...Object.keys(hashNames)]
    .map((n) => [n.toUpperCase(), n]));
  // Key pair algorithms are js/crypto_subtle_asym.js's, loaded on first use.
  let asymAPI;
  const asym = () => asymAPI || (asymAPI = host.loadSubtleAsym({
    host, B, bytes, dom, hashOf, hashNames, source, newCryptoKey, keyData, normUsages, CryptoKey,
  }));
  const isAsym = (name) => asymNames.includes(name);
  // Block sizes in bits: an HMAC key's default length.
  const blockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
  const hsName = { 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512' };

  function algorithmName(algorithm) {
    const name = typeof algorithm === 'string' ? algorithm : algorithm !== null && typeof algorithm === 'object' ? algorithm.name : undefined;
    if (typeof name !== 'string') {
      throw new TypeError("Failed to normalize algorithm: passed algorithm cannot be converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
    }
    const n = canonical.get(name.toUpperCase());
    if (n === undefined) throw dom('Unrecognized algorithm name', 'NotSupportedError');
    return n;
  }

  function hashOf(algorithm, dictionary) {
    const h = algorithm.hash;
    if (h === undefined) {
      throw new TypeError(`Failed to normalize algorithm: passed algorithm cannot be converted to '${dictionary}' because 'hash' is required in '${dictionary}'.`);
    }
    const name = algorithmName(h);
    if (hashNames[name] === undefined) throw dom('Unrecognized algorithm name', 'NotSupportedError');
    return name;
  }

  // source copies a BufferSource argument (ordinal: "3rd" argument of what).
  function source(v, what, ordinal) {
    if (isAnyArrayBuffer(v) || isArrayBufferView(v)) return new Uint8Array(bytes(v));
    throw new TypeError(`Failed to execute '${what}' on 'SubtleCrypto': ${ordinal} argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
  }

  const usagesFor = {
    HMAC: ['sign', 'verify'],
    'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
    'AES-CBC': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
    'AES-CTR': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
    PBKDF2: ['deriveKey', 'deriveBits'],
    HKDF: ['deriveKey', 'deriveBits'],
  };

  function checkUsages(name, usages, creating) {
    if (!Array.isArray(usages)) throw new TypeError("Failed to execute 'importKey' on 'SubtleCrypto': parameter 5 is not of type 'Array'.");
    for (const u of usages) {
      if (!usagesFor[name].includes(u)) {
        throw dom(`Unsupported key usage for ${name === 'PBKDF2' || name === 'HKDF' ? 'a ' : ''}${name} key`, 'SyntaxError');
      }
    }
    if (usages.length === 0) {
      throw dom(creating ? 'Usages cannot be empty when creating a key.' : 'Usages cannot be empty when importing a secret key.', 'SyntaxError');
    }
    return normUsages(usages);
  }

  function fromBase64url(s) {
    return new Uint8Array(B().from(s, 'base64url'));
  }

  function makeKey(name, algorithm, raw, extractable, usages) {
    let alg;
    if (name === 'HMAC') {
      const hash = hashOf(algorithm, 'HmacImportParams');
      const length = algorithm.length === undefined ? raw.byteLength * 8 : algorithm.length;
      if (raw.byteLength === 0 || length > raw.byteLength * 8 || length <= (raw.byteLength - 1) * 8) {
        throw dom('Invalid key length', 'DataError');
      }
      alg = { name, length, hash: { name: hash } };
    } else if (name.startsWith('AES-')) {
      if (![16, 24, 32].includes(raw.byteLength)) throw dom('Invalid key length', 'DataError');
      alg = { name, length: raw.byteLength * 8 };
    } else {
      if (extractable) throw dom(`${name} keys are not extractable`, 'SyntaxError');
      alg = { name };
    }
    return newCryptoKey('secret', extractable, alg, usages, raw);
  }

  async function importKey(format, keyData_, algorithm, extractable, keyUsages) {
    const name = algorithmName(algorithm);
    if (typeof algorithm === 'string') algorithm = { name };
    if (isAsym(name)) {
      if (!Array.isArray(keyUsages)) throw new TypeError("Failed to execute 'importKey' on 'SubtleCrypto': parameter 5 is not of type 'Array'.");
      return asym().importKey(format, keyData_, name, algorithm, extractable, keyUsages);
    }
    extractable = !!extractable;
    const usages = checkUsages(name, keyUsages, false);
    let raw;
    if (format === 'raw' || format === 'raw-secret') {
      raw = source(keyData_, 'importKey', '2nd');
    } else if (format === 'jwk') {
      if (keyData_ === null || typeof keyData_ !== 'object') throw dom('Invalid keyData', 'DataError');
      if (keyData_.kty !== 'oct') throw dom('Invalid JWK "kty" Parameter', 'DataError');
      if (typeof keyData_.k !== 'string') throw dom('Invalid JWK "k" Parameter', 'DataError');
      raw = fromBase64url(keyData_.k);
      if (name === 'PBKDF2' || name === 'HKDF') throw dom(`Unable to import ${name} using ${format} format`, 'NotSupportedError');
    } else {
      throw dom(`Unable to import ${name} using ${format} format`, 'NotSupportedError');
    }
    return makeKey(name, algorithm, raw, extractable, usages);
  }

  async function exportKey(format, key) {
    if (!(key instanceof CryptoKey)) throw new TypeError("Failed to execute 'exportKey' on 'SubtleCrypto': parameter 2 is not of type 'CryptoKey'.");
    const k = keyData(key);
    if (!k.extractable) throw dom('key is not extractable', 'InvalidAccessError');
    if (k.native !== undefined) return asym().exportKey(format, k);
    if (format === 'raw' || format === 'raw-secret') return k.raw.slice().buffer;
    if (format === 'jwk') {
      const jwk = { key_ops: [...k.usages], ext: k.extractable };
      const name = k.algorithm.name;
      if (name === 'HMAC') jwk.alg = hsName[k.algorithm.hash.name];
      else jwk.alg = `A${k.algorithm.length}${name.slice(4)}`;
      jwk.kty = 'oct';
      jwk.k = B().from(k.raw).toString('base64url');
      return jwk;
    }
    throw dom(`Unable to export ${k.algorithm.name} secret key using ${format} format`, 'NotSupportedError');
  }

  async function generateKey(algorithm, extractable, keyUsages) {
    const name = algorithmName(algorithm);
    if (typeof algorithm === 'string') algorithm = { name };
    if (isAsym(name)) {
      if (!Array.isArray(keyUsages)) throw new TypeError("Failed to execute 'generateKey' on 'SubtleCrypto': parameter 3 is not of type 'Array'.");
      return asym().generateKey(name, algorithm, extractable, keyUsages);
    }
    const usages = checkUsages(name, keyUsages, true);
    let length;
    if (name === 'HMAC') {
      length = algorithm.length === undefined ? blockBits[hashOf(algorithm, 'HmacKeyGenParams')] : algorithm.length;
    } else if (name.startsWith('AES-')) {
      length = algorithm.length;
      if (![128, 192, 256].includes(length)) throw dom('AES key length must be 128, 192, or 256 bits', 'OperationError');
    } else {
      throw dom('Unrecognized algorithm name', 'NotSupportedError');
    }
    const raw = new Uint8Array(Math.ceil(length / 8));
    globalThis.crypto.getRandomValues(raw);
    return makeKey(name, { ...algorithm, length }, raw, !!extractable, usages);
  }

  function checkKey(key, name, usage, what) {
    if (!(key instanceof CryptoKey)) {
      throw new TypeError(`Failed to execute '${what}' on 'SubtleCrypto': parameter 2 is not of type 'CryptoKey'.`);
    }
    const k = keyData(key);
    if (k.algorithm.name !== name) throw dom('Key algorithm mismatch', 'InvalidAccessError');
    if (!k.usages.includes(usage)) throw dom(`Unable to use this key to ${usage}`, 'InvalidAccessError');
    return k;
  }

  function job(op, hash, data, nums) {
    return new Promise((resolve, reject) => {
      host.subtle(op, hash, data, nums, (fail, ab) => {
        if (fail) reject(dom('The operation failed for an operation-specific reason', 'OperationError'));
        else resolve(ab);
      });
    });
  }

  async function sign(algorithm, key, data) {
    const input = source(data, 'sign', '3rd');
    const name = algorithmName(algorithm);
    const k = checkKey(key, name, 'sign', 'sign');
    if (isAsym(name) && name !== 'RSA-OAEP') return asym().sign(name, typeof algorithm === 'string' ? { name } : algorithm, k, input);
    if (name !== 'HMAC') throw dom('Unrecognized algorithm name', 'NotSupportedError');
    return job('hmac', hashNames[k.algorithm.hash.name], [k.raw, input], []);
  }

  async function verify(algorithm, key, signature, data) {
    const sig = source(signature, 'verify', '3rd');
    const input = source(data, 'verify', '4th');
    const name = algorithmName(algorithm);
    const k = checkKey(key, name, 'verify', 'verify');
    if (isAsym(name) && name !== 'RSA-OAEP') return asym().verify(name, typeof algorithm === 'string' ? { name } : algorithm, k, sig, input);
    if (name !== 'HMAC') throw dom('Unrecognized algorithm name', 'NotSupportedError');
    const mac = new Uint8Array(await job('hmac', hashNames[k.algorithm.hash.name], [k.raw, input], []));
    return sig.byteLength === mac.byteLength && host.equal(sig, mac);
  }

  async function cipher(algorithm, key, data, decrypt) {
    const usage = decrypt ? 'decrypt' : 'encrypt';
    const input = source(data, usage, '3rd');
    const name = algorithmName(algorithm);
    const k = checkKey(key, name, usage, usage);
    if (name === 'RSA-OAEP') return asym().crypt(typeof algorithm === 'string' ? { name } : algorithm, k, input, decrypt);
    switch (name) {
      case 'AES-GCM': {
        const iv = source(algorithm.iv, usage, '1st');
        const tagLength = algorithm.tagLength === undefined ? 128 : algorithm.tagLength;
        if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
          throw dom(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
        }
        const parts = [k.raw, iv, input];
        if (algorithm.additionalData !== undefined) parts.push(source(algorithm.additionalData, usage, '1st'));
        return job('aes-gcm', '', parts, [decrypt ? 1 : 0, tagLength / 8]);
      }
      case 'AES-CBC': {
        const iv = source(algorithm.iv, usage, '1st');
        if (iv.byteLength !== 16) throw dom('algorithm.iv must contain exactly 16 bytes', 'OperationError');
        return job('aes-cbc', '', [k.raw, iv, input], [decrypt ? 1 : 0, 0]);
      }
      case 'AES-CTR': {
        const counter = source(algorithm.counter, usage, '1st');
        if (counter.byteLength !== 16) throw dom('algorithm.counter must contain exactly 16 bytes', 'OperationError');
        return job('aes-ctr', '', [k.raw, counter, input], [decrypt ? 1 : 0, 0]);
      }
    }
    throw dom('Unrecognized algorithm name', 'NotSupportedError');
  }

  async function deriveBits(algorithm, baseKey, length) {
    const name = algorithmName(algorithm);
    const k = checkKey(baseKey, name, 'deriveBits', 'deriveBits');
    return derive(name, algorithm, k, length);
  }

  function derive(name, algorithm, k, length) {
    if (name === 'ECDH' || name === 'X25519') return Promise.resolve(asym().deriveBits(name, algorithm, k, length));
    if (length === null || length === undefined) throw dom('length cannot be null', 'OperationError');
    if (length % 8 !== 0) throw dom('length must be a multiple of 8', 'OperationError');
    if (name === 'PBKDF2') {
      const hash = hashOf(algorithm, 'Pbkdf2Params');
      const salt = source(algorithm.salt, 'deriveBits', '1st');
      if (algorithm.iterations === 0) throw dom('iterations cannot be zero', 'OperationError');
      if (length === 0) return Promise.resolve(new ArrayBuffer(0));
      return job('pbkdf2', hashNames[hash], [k.raw, salt], [algorithm.iterations, length / 8]);
    }
    if (name === 'HKDF') {
      const hash = hashOf(algorithm, 'HkdfParams');
      if (length === 0) return Promise.resolve(new ArrayBuffer(0));
      return job('hkdf', hashNames[hash], [k.raw, source(algorithm.salt, 'deriveBits', '1st'), source(algorithm.info, 'deriveBits', '1st')], [length / 8]);
    }
    throw dom('Unrecognized algorithm name', 'NotSupportedError');
  }

  async function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    const name = algorithmName(algorithm);
    const k = checkKey(baseKey, name, 'deriveKey', 'deriveKey');
    const target = algorithmName(derivedKeyAlgorithm);
    if (typeof derivedKeyAlgorithm === 'string') derivedKeyAlgorithm = { name: target };
    let length = derivedKeyAlgorithm.length;
    if (target === 'HMAC' && length === undefined) length = blockBits[hashOf(derivedKeyAlgorithm, 'HmacImportParams')];
    const bits = await derive(name, algorithm, k, length);
    return importKey('raw', bits, derivedKeyAlgorithm, extractable, keyUsages);
  }

  return {
    importKey, exportKey, generateKey, sign, verify, deriveBits, deriveKey,
    encrypt: (algorithm, key, data) => cipher(algorithm, key, data, false),
    decrypt: (algorithm, key, data) => cipher(algorithm, key, data, true),
  };
})
