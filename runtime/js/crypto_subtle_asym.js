// crypto.subtle for key pairs: ECDSA (P-256, P-384, P-521), RSASSA-PKCS1-v1_5,
// RSA-PSS, RSA-OAEP and Ed25519 — importKey/exportKey (spki, pkcs8, jwk,
// raw), generateKey, sign/verify, encrypt/decrypt — over the key functions
// of mod_crypto_keys.go. Loaded by js/crypto_subtle.js when a key pair
// algorithm is first used; shared holds what the files have in common.
(function (internal, shared) {
  'use strict';

  const { host, B, bytes, dom, hashOf, hashNames, source, newCryptoKey, keyData, normUsages, CryptoKey } = shared;

  const rsaNames = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
  const curves = ['P-256', 'P-384', 'P-521'];
  const usages = {
    ECDSA: [['verify'], ['sign']],
    Ed25519: [['verify'], ['sign']],
    'RSASSA-PKCS1-v1_5': [['verify'], ['sign']],
    'RSA-PSS': [['verify'], ['sign']],
    'RSA-OAEP': [['encrypt', 'wrapKey'], ['decrypt', 'unwrapKey']],
    ECDH: [[], ['deriveKey', 'deriveBits']],
    X25519: [[], ['deriveKey', 'deriveBits']],
  };
  const kinds = { ECDSA: 'ec', ECDH: 'ec', Ed25519: 'ed25519', X25519: 'x25519' };
  const kindOf = (name) => kinds[name] || 'rsa';
  const jwkAlg = {
    'RSASSA-PKCS1-v1_5': { 'SHA-1': 'RS1', 'SHA-256': 'RS256', 'SHA-384': 'RS384', 'SHA-512': 'RS512' },
    'RSA-PSS': { 'SHA-1': 'PS1', 'SHA-256': 'PS256', 'SHA-384': 'PS384', 'SHA-512': 'PS512' },
    'RSA-OAEP': { 'SHA-1': 'RSA-OAEP', 'SHA-256': 'RSA-OAEP-256', 'SHA-384': 'RSA-OAEP-384', 'SHA-512': 'RSA-OAEP-512' },
  };

  function checkUsages(name, list, type) {
    const [pub, priv] = usages[name];
    const allowed = type === 'public' ? pub : type === 'private' ? priv : [...pub, ...priv];
    for (const u of list) {
      if (!allowed.includes(u)) throw dom(`Unsupported key usage for ${name} key`, 'SyntaxError');
    }
  }

  // algorithmOf is the CryptoKey's algorithm for a key, checking that the
  // key is of the algorithm's kind (and curve).
  function algorithmOf(name, algorithm, native) {
    if (host.keyType(native) !== kindOf(name)) throw dom('Invalid keyData', 'DataError');
    if (name === 'ECDSA' || name === 'ECDH') {
      const crv = host.keyJWK(host.keyPublic(native), false).find(([k]) => k === 'crv')[1];
      if (algorithm.namedCurve !== crv) {
        if (!curves.includes(algorithm.namedCurve)) throw dom('Unrecognized namedCurve', 'NotSupportedError');
        throw dom('Named curve mismatch', 'DataError');
      }
      return { name, namedCurve: crv };
    }
    if (name === 'Ed25519' || name === 'X25519') return { name };
    const details = host.keyDetails(native);
    return {
      name, modulusLength: details.modulusLength, publicExponent: new Uint8Array([1, 0, 1]),
      hash: { name: hashOf(algorithm, 'RsaHashedImportParams') },
    };
  }

  function importKey(format, keyData_, name, algorithm, extractable, keyUsages) {
    let native;
    let type;
    if (format === 'spki' || format === 'pkcs8') {
      type = format === 'spki' ? 'public' : 'private';
      native = host.keyParse(source(keyData_, 'importKey', '2nd'), 'der', format, type === 'private');
    } else if (format === 'jwk') {
      if (keyData_ === null || typeof keyData_ !== 'object') throw dom('Invalid keyData', 'DataError');
      type = keyData_.d !== undefined ? 'private' : 'public';
      if (keyData_.ext === false && extractable) throw dom('JWK "ext" Parameter and extractable mismatch', 'DataError');
      if (jwkAlg[name] && keyData_.alg !== undefined && keyData_.alg !== jwkAlg[name][hashOf(algorithm, 'RsaHashedImportParams')]) {
        throw dom('JWK "alg" does not match the requested algorithm', 'DataError');
      }
      native = host.keyFromJWK(keyData_, type === 'private');
    } else if (format === 'raw' && name !== 'RSASSA-PKCS1-v1_5' && name !== 'RSA-PSS' && name !== 'RSA-OAEP') {
      type = 'public';
      const raw = source(keyData_, 'importKey', '2nd');
      const b64 = (u8) => B().from(u8).toString('base64url');
      if (name === 'Ed25519' || name === 'X25519') {
        native = host.keyFromJWK({ kty: 'OKP', crv: name, x: b64(raw) }, false);
      } else {
        const size = (raw.length - 1) / 2;
        native = raw[0] === 4 && Number.isInteger(size)
          ? host.keyFromJWK({ kty: 'EC', crv: algorithm.namedCurve, x: b64(raw.subarray(1, 1 + size)), y: b64(raw.subarray(1 + size)) }, false)
          : null;
      }
    } else {
      throw dom(`Unable to import ${name} using ${format} format`, 'NotSupportedError');
    }
    if (native === null) throw dom('Invalid keyData', 'DataError');
    checkUsages(name, keyUsages, type);
    if (type === 'private' && keyUsages.length === 0) throw dom('Usages cannot be empty when importing a private key.', 'SyntaxError');
    return newCryptoKey(type, !!extractable, algorithmOf(name, algorithm, native), normUsages(keyUsages), undefined, native);
  }

  function exportKey(format, k) {
    const name = k.algorithm.name;
    if (format === 'spki') {
      if (k.type !== 'public') throw dom('Key must be a public key', 'InvalidAccessError');
      return B().from(host.keyExport(k.native, 'der', 'spki', false)).buffer;
    }
    if (format === 'pkcs8') {
      if (k.type !== 'private') throw dom('Key must be a private key', 'InvalidAccessError');
      return B().from(host.keyExport(k.native, 'der', 'pkcs8', true)).buffer;
    }
    if (format === 'jwk') {
      const jwk = { key_ops: [...k.usages], ext: k.extractable };
      if (jwkAlg[name]) jwk.alg = jwkAlg[name][k.algorithm.hash.name];
      else if (name === 'Ed25519') jwk.alg = 'Ed25519';
      for (const [key, value] of host.keyJWK(k.native, k.type === 'private')) jwk[key] = value;
      return jwk;
    }
    if (format === 'raw' && k.type === 'public' && kinds[name]) {
      const m = Object.fromEntries(host.keyJWK(k.native, false));
      const parts = m.kty === 'OKP' ? [B().from(m.x, 'base64url')] : [B().of(4), B().from(m.x, 'base64url'), B().from(m.y, 'base64url')];
      return new Uint8Array(B().concat(parts)).buffer;
    }
    throw dom(`Unable to export ${name} ${k.type} key using ${format} format`, 'NotSupportedError');
  }

  function generateKey(name, algorithm, extractable, keyUsages) {
    checkUsages(name, keyUsages);
    let native;
    if (name === 'ECDSA' || name === 'ECDH') {
      if (!curves.includes(algorithm.namedCurve)) throw dom('Unrecognized namedCurve', 'NotSupportedError');
      native = host.keyGenerate('ec', 0, 0, algorithm.namedCurve);
    } else if (name === 'Ed25519' || name === 'X25519') {
      native = host.keyGenerate(name.toLowerCase(), 0, 0, '');
    } else {
      hashOf(algorithm, 'RsaHashedKeyGenParams');
      const e = algorithm.publicExponent;
      const exp = e instanceof Uint8Array ? e.reduce((a, b) => a * 256 + b, 0) : 0;
      native = host.keyGenerate('rsa', algorithm.modulusLength, exp, '');
    }
    if (typeof native === 'string') throw dom('The operation failed for an operation-specific reason', 'OperationError');
    const [pubUsages, privUsages] = usages[name];
    const privList = keyUsages.filter((u) => privUsages.includes(u));
    if (privList.length === 0) throw dom('Usages cannot be empty when creating a key.', 'SyntaxError');
    const alg = algorithmOf(name, algorithm, native);
    return {
      publicKey: newCryptoKey('public', true, alg, normUsages(keyUsages.filter((u) => pubUsages.includes(u))), undefined, host.keyPublic(native)),
      privateKey: newCryptoKey('private', !!extractable, alg, normUsages(privList), undefined, native),
    };
  }

  // deriveBits for ECDH and X25519: the shared secret, cut to length bits
  // (all of it for a null length).
  function deriveBits(name, algorithm, k, length) {
    const pub = algorithm.public;
    if (pub === undefined) {
      throw new TypeError("Failed to normalize algorithm: passed algorithm cannot be converted to 'EcdhKeyDeriveParams' because 'public' is required in 'EcdhKeyDeriveParams'.");
    }
    if (!(pub instanceof CryptoKey)) throw new TypeError("Failed to normalize algorithm: 'public' is not of type 'CryptoKey'.");
    const p = keyData(pub);
    if (p.type !== 'public') throw dom('algorithm.public must be a public key', 'InvalidAccessError');
    if (p.algorithm.name !== name) throw dom('The public and private keys must be of the same type', 'InvalidAccessError');
    const secret = host.keyDH(k.native, p.native);
    if (typeof secret === 'string') throw dom('The operation failed for an operation-specific reason', 'OperationError');
    if (length === null || length === undefined) return secret;
    if (length > secret.byteLength * 8) throw dom('derived bit length is too small', 'OperationError');
    const out = new Uint8Array(secret.slice(0, Math.ceil(length / 8)));
    if (length % 8) out[out.length - 1] &= 0xff << (8 - (length % 8));
    return out.buffer;
  }

  function signOptions(name, algorithm, k) {
    if (name === 'ECDSA') return { hash: hashNames[hashOf(algorithm, 'EcdsaParams')], p1363: true };
    if (name === 'Ed25519') return {};
    const o = { hash: hashNames[k.algorithm.hash.name] };
    if (name === 'RSA-PSS') {
      o.pss = true;
      o.saltLength = algorithm.saltLength;
    }
    return o;
  }

  function sign(name, algorithm, k, data) {
    const r = host.keySign(k.native, data, signOptions(name, algorithm, k));
    if (typeof r === 'string') throw dom('The operation failed for an operation-specific reason', 'OperationError');
    return r;
  }

  function verify(name, algorithm, k, signature, data) {
    const r = host.keyVerify(k.native, data, signature, signOptions(name, algorithm, k));
    return r === true;
  }

  function crypt(algorithm, k, data, decrypt) {
    const label = algorithm.label === undefined ? undefined : source(algorithm.label, decrypt ? 'decrypt' : 'encrypt', '1st');
    const r = host.keyCrypt(k.native, data, true, hashNames[k.algorithm.hash.name], decrypt, label);
    if (typeof r === 'string') throw dom('The operation failed for an operation-specific reason', 'OperationError');
    return r;
  }

  return { rsaNames, importKey, exportKey, generateKey, sign, verify, crypt, deriveBits };
})
