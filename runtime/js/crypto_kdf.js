// node:crypto's key derivation: pbkdf2, scrypt and hkdf with Node's
// argument checks (lib/internal/crypto/{pbkdf2,scrypt,hkdf}.js), over host
// (mod_crypto.go, mod_crypto_scrypt.go). Loaded by js/crypto.js on first
// use; shared holds what the files have in common.
(function (internal, shared) {
  'use strict';

  const { host, E, B, bytes, isAnyArrayBuffer, isArrayBufferView, KeyObject, prepareSecretKey } = shared;
  const invalidArgType = (...a) => E().invalidArgType(...a);
  const outOfRange = (...a) => E().outOfRange(...a);
  const makeError = (...a) => E().makeError(...a);
  const validateFunction = (...a) => E().validateFunction(...a);
  const validateString = (...a) => E().validateString(...a);
  const kMaxInt32 = 2 ** 31 - 1;

  // ---- pbkdf2 ----

  function pbkdf2Args(password, salt, iterations, keylen, digest) {
    const pw = prepareBuffer(password, 'password');
    const s = prepareBuffer(salt, 'salt');
    validateInt32(iterations, 'iterations', 1);
    validateInt32(keylen, 'keylen', 0);
    validateString(digest, 'digest');
    return [pw, s];
  }

  function validateInt32(value, name, min) {
    if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
    if (value < min || value > kMaxInt32) throw outOfRange(name, `>= ${min} && <= ${kMaxInt32}`, value);
  }

  function prepareBuffer(v, name) {
    if (typeof v === 'string') return B().from(v, 'utf8');
    if (isAnyArrayBuffer(v) || isArrayBufferView(v)) return bytes(v);
    throw invalidArgType(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
  }

  function invalidDigest(digest) {
    return makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
  }

  function pbkdf2Sync(password, salt, iterations, keylen, digest) {
    const [pw, s] = pbkdf2Args(password, salt, iterations, keylen, digest);
    const ab = host.pbkdf2(pw, s, iterations, keylen, digest);
    if (ab === null) throw invalidDigest(digest);
    if (ab === false) throw new Error('PBKDF2 derivation failed');
    return B().from(ab);
  }

  function pbkdf2(password, salt, iterations, keylen, digest, callback) {
    if (typeof digest === 'function') {
      callback = digest;
      digest = undefined;
    }
    const [pw, s] = pbkdf2Args(password, salt, iterations, keylen, digest);
    validateFunction(callback, 'callback');
    const ok = host.pbkdf2(pw, s, iterations, keylen, digest, (ab) => {
      if (ab === false) callback.call(undefined, new Error('PBKDF2 derivation failed'));
      else callback.call(undefined, null, B().from(ab));
    });
    if (ok === null) throw invalidDigest(digest);
  }

  // ---- scrypt ----

  const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

  function scryptArgs(password, salt, keylen, options) {
    const pw = prepareBuffer(password, 'password');
    const s = prepareBuffer(salt, 'salt');
    validateInt32(keylen, 'keylen', 0);
    let { N, r, p, maxmem } = scryptDefaults;
    if (options) {
      const pick = (short, long, current) => {
        let v = current;
        const hasShort = options[short] !== undefined;
        if (hasShort) {
          v = options[short];
          validateUint32(v, short);
        }
        if (options[long] !== undefined) {
          if (hasShort) {
            throw makeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR', `Option "${short}" cannot be used in combination with option "${long}"`);
          }
          v = options[long];
          validateUint32(v, long);
        }
        return v;
      };
      N = pick('N', 'cost', N);
      r = pick('r', 'blockSize', r);
      p = pick('p', 'parallelization', p);
      if (options.maxmem !== undefined) {
        maxmem = options.maxmem;
        validateInteger(maxmem, 'maxmem', 0, Number.MAX_SAFE_INTEGER);
      }
      if (N === 0) N = scryptDefaults.N;
      if (r === 0) r = scryptDefaults.r;
      if (p === 0) p = scryptDefaults.p;
      if (maxmem === 0) maxmem = scryptDefaults.maxmem;
    }
    return [pw, s, N, r, p, maxmem];
  }

  function validateUint32(value, name) {
    validateInteger(value, name, 0, 2 ** 32 - 1);
  }

  function scryptResult(r) {
    if (r === 'params') return makeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
    if (r === 'memory') {
      return makeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
        'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
    }
    return undefined;
  }

  function scryptSync(password, salt, keylen, options = scryptDefaults) {
    const [pw, s, N, r, p, maxmem] = scryptArgs(password, salt, keylen, options);
    const ab = host.scrypt(pw, s, keylen, N, r, p, maxmem);
    const err = scryptResult(ab);
    if (err) throw err;
    return B().from(ab);
  }

  function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
    if (callback === scryptDefaults) {
      callback = options;
      options = scryptDefaults;
    }
    const [pw, s, N, r, p, maxmem] = scryptArgs(password, salt, keylen, options);
    validateFunction(callback, 'callback');
    const res = host.scrypt(pw, s, keylen, N, r, p, maxmem, (ab) => callback.call(undefined, null, B().from(ab)));
    const err = scryptResult(res);
    if (err) throw err;
  }

  // ---- hkdf ----

  function hkdfArgs(digest, ikm, salt, info, keylen) {
    validateString(digest, 'digest');
    const key = prepareKey(ikm);
    const s = prepareByteSource(salt, 'salt');
    const i = prepareByteSource(info, 'info');
    validateInteger(keylen, 'length', 0, 2 ** 32);
    if (i.byteLength > 1024) throw outOfRange('info', 'must not contain more than 1024 bytes', i.byteLength);
    return [key, s, i];
  }

  function prepareKey(key) {
    if (key instanceof KeyObject) return prepareSecretKey(key);
    if (typeof key === 'string') return B().from(key, 'utf8');
    if (isAnyArrayBuffer(key) || isArrayBufferView(key)) return bytes(key);
    throw invalidArgType('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }

  function prepareByteSource(v, name) {
    if (typeof v === 'string') return B().from(v, 'utf8');
    if (isAnyArrayBuffer(v) || isArrayBufferView(v)) return bytes(v);
    throw invalidArgType(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], v);
  }

  function validateInteger(value, name, min, max) {
    if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
    if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  }

  function hkdfResult(r, digest) {
    if (r === null) throw invalidDigest(digest);
    if (r === false) return makeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
    return r;
  }

  function hkdfSync(digest, ikm, salt, info, keylen) {
    const [k, s, i] = hkdfArgs(digest, ikm, salt, info, keylen);
    const r = hkdfResult(host.hkdf(digest, k, s, i, keylen), digest);
    if (r instanceof Error) throw r;
    return r;
  }

  function hkdf(digest, ikm, salt, info, keylen, callback) {
    const [k, s, i] = hkdfArgs(digest, ikm, salt, info, keylen);
    validateFunction(callback, 'callback');
    const r = host.hkdf(digest, k, s, i, keylen, (ab) => callback.call(undefined, null, ab));
    if (r === null) throw invalidDigest(digest);
    if (r === false) throw hkdfResult(false, digest);
  }

  return { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
})
