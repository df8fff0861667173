// node:crypto's asymmetric keys (lib/internal/crypto/{keys,keygen,sig,
// cipher}.js's contract for RSA, EC and Ed25519): createPrivateKey,
// createPublicKey, KeyObject export, generateKeyPair(Sync), sign/verify,
// Sign/Verify and publicEncrypt/privateDecrypt, over host (mod_crypto_keys.go).
// Loaded by js/crypto.js on first use; shared holds what the files share.
(function (internal, shared) {
  'use strict';

  const { host, E, B, bytes, isAnyArrayBuffer, isArrayBufferView, KeyObject, keyState, newAsymmetricKey, Sign, Verify } = shared;

  const RSA_PKCS1_PADDING = 1;
  const RSA_PKCS1_OAEP_PADDING = 4;
  const RSA_PKCS1_PSS_PADDING = 6;

  function osslError(message, library, reason, code, stack = true) {
    const err = new Error(message);
    if (stack) err.opensslErrorStack = [message];
    err.library = library;
    err.reason = reason;
    err.code = code;
    return err;
  }
  const unsupported = () => osslError('error:1E08010C:DECODER routines::unsupported', 'DECODER routines', 'unsupported', 'ERR_OSSL_UNSUPPORTED');

  function keyBytes(v, name, encoding) {
    if (typeof v === 'string') return B().from(v, encoding && B().isEncoding(encoding) ? encoding : 'utf8');
    if (isAnyArrayBuffer(v) || isArrayBufferView(v)) return bytes(v);
    throw E().invalidArgType(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
  }

  // parse reads key input as createPrivateKey/createPublicKey and the
  // one-shot functions take it: a KeyObject, PEM or DER data, or
  // { key, format, type, encoding }, or a JWK with format 'jwk'.
  function parse(key, wantPrivate, name = 'key') {
    if (key instanceof KeyObject) {
      const st = keyState(key);
      if (st.type === 'secret') {
        throw E().makeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type secret, expected ${wantPrivate ? 'private' : 'public'}.`);
      }
      if (wantPrivate && st.type !== 'private') {
        throw E().makeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${st.type}, expected private.`);
      }
      return st.type === 'private' && !wantPrivate ? host.keyPublic(st.native) : st.native;
    }
    let data = key;
    let format = 'pem';
    let type;
    let encoding;
    if (key !== null && typeof key === 'object' && !isAnyArrayBuffer(key) && !isArrayBufferView(key)) {
      data = key.key;
      if (key.format !== undefined) format = key.format;
      type = key.type;
      encoding = key.encoding;
      if (data instanceof KeyObject) return parse(data, wantPrivate, name);
      if (format === 'jwk') {
        if (data === null || typeof data !== 'object') throw E().invalidArgType(`${name}.key`, 'object', data);
        let native = host.keyFromJWK(data, wantPrivate);
        if (native === null && !wantPrivate) native = host.keyFromJWK(data, true);
        if (native === null) throw E().makeError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data');
        return native;
      }
    } else if (typeof key !== 'string' && !isAnyArrayBuffer(key) && !isArrayBufferView(key)) {
      throw E().invalidArgType(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'URL'], key);
    }
    const buf = keyBytes(data, name, encoding);
    let native = host.keyParse(buf, format, type === undefined ? '' : type, wantPrivate);
    if (native === null && !wantPrivate) {
      // A private key's public half.
      const priv = host.keyParse(buf, format, type === undefined ? 'pkcs8' : type, true);
      if (priv !== null) native = host.keyPublic(priv);
    }
    if (native === null) throw unsupported();
    return native;
  }

  function createPrivateKey(key) {
    return newAsymmetricKey('private', parse(key, true));
  }

  function createPublicKey(key) {
    return newAsymmetricKey('public', parse(key, false));
  }

  // exportKey is PublicKeyObject/PrivateKeyObject.prototype.export.
  function exportKey(st, options) {
    E().validateObject(options, 'options');
    const { format, type } = options;
    if (format === 'jwk') {
      const pairs = host.keyJWK(st.native, st.type === 'private');
      const out = {};
      for (const [k, v] of pairs) out[k] = v;
      return out;
    }
    if (format !== 'pem' && format !== 'der') throw E().invalidArgValue('options.format', format);
    const ab = host.keyExport(st.native, format, typeof type === 'string' ? type : '', st.type === 'private');
    if (ab === null) throw E().invalidArgValue('options.type', type);
    return format === 'pem' ? B().from(ab).toString() : B().from(ab);
  }

  function signOptions(key, algorithm) {
    const o = { hash: algorithm === null || algorithm === undefined ? undefined : algorithm };
    if (key !== null && typeof key === 'object' && !(key instanceof KeyObject) && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
      if (key.padding === RSA_PKCS1_PSS_PADDING) o.pss = true;
      else if (key.padding !== undefined && key.padding !== 1) throw E().invalidArgValue('options.padding', key.padding);
      if (key.saltLength !== undefined) o.saltLength = key.saltLength;
      if (key.dsaEncoding === 'ieee-p1363') o.p1363 = true;
      else if (key.dsaEncoding !== undefined && key.dsaEncoding !== 'der') throw E().invalidArgValue('options.dsaEncoding', key.dsaEncoding);
    }
    return o;
  }

  function checkAlgorithm(algorithm) {
    if (algorithm !== null && algorithm !== undefined) {
      E().validateString(algorithm, 'algorithm');
      if (!host.hashKnown(algorithm)) throw E().makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${algorithm}`);
    }
  }

  function dataOf(data, name) {
    if (typeof data === 'string') return B().from(data, 'utf8');
    if (isArrayBufferView(data)) return bytes(data);
    throw E().invalidArgType(name, ['Buffer', 'TypedArray', 'DataView'], data);
  }

  function signFailure(r, algorithm) {
    if (r === 'digest') return E().makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${algorithm}`);
    // An agreement-only key (X25519) cannot sign.
    return osslError('error:03000096:digital envelope routines::operation not supported for this keytype',
      'digital envelope routines', 'operation not supported for this keytype', 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE');
  }

  function sign(algorithm, data, key, callback) {
    checkAlgorithm(algorithm);
    const input = dataOf(data, 'data');
    if (callback !== undefined) E().validateFunction(callback, 'callback');
    const native = parse(key, true);
    const r = host.keySign(native, input, signOptions(key, algorithm));
    if (typeof r === 'string') {
      if (callback === undefined) throw signFailure(r, algorithm);
      process.nextTick(callback, signFailure(r, algorithm));
      return;
    }
    if (callback === undefined) return B().from(r);
    process.nextTick(callback, null, B().from(r));
  }

  function verify(algorithm, data, key, signature, callback) {
    checkAlgorithm(algorithm);
    const input = dataOf(data, 'data');
    const sig = typeof signature === 'string' ? B().from(signature, 'utf8') : dataOf(signature, 'signature');
    if (callback !== undefined) E().validateFunction(callback, 'callback');
    const native = parse(key, false);
    const r = host.keyVerify(native, input, sig, signOptions(key, algorithm));
    if (typeof r === 'string') {
      if (callback === undefined) throw signFailure(r, algorithm);
      process.nextTick(callback, signFailure(r, algorithm));
      return;
    }
    if (callback === undefined) return r;
    process.nextTick(callback, null, r);
  }

  // Sign and Verify gather the data, then sign or verify it whole.
  function initSignVerify(self, algorithm, options) {
    E().validateString(algorithm, 'algorithm');
    if (!host.hashKnown(algorithm)) throw E().makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
    self[kSignState] = { algorithm, chunks: [], done: false };
    self._options = options;
  }
  const kSignState = Symbol('kSignState');

  function update(data, encoding) {
    const st = this[kSignState];
    if (st.done) throw E().makeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
    if (typeof data === 'string') st.chunks.push(B().from(data, encoding && B().isEncoding(encoding) ? encoding : 'utf8'));
    else if (isArrayBufferView(data)) st.chunks.push(B().from(bytes(data)));
    else throw E().invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    return this;
  }

  Object.assign(Sign.prototype, {
    update,
    sign(privateKey, outputEncoding) {
      const st = this[kSignState];
      if (st.done) throw E().makeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
      if (privateKey === undefined || privateKey === null) throw E().makeError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
      const native = parse(privateKey, true);
      const r = host.keySign(native, B().concat(st.chunks), signOptions(privateKey, st.algorithm));
      if (typeof r === 'string') throw signFailure(r, st.algorithm);
      st.done = true;
      const buf = B().from(r);
      return outputEncoding && outputEncoding !== 'buffer' && B().isEncoding(outputEncoding) ? buf.toString(outputEncoding) : buf;
    },
  });

  Object.assign(Verify.prototype, {
    update,
    verify(object, signature, sigEncoding) {
      const st = this[kSignState];
      if (st.done) throw E().makeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
      const native = parse(object, false);
      const sig = typeof signature === 'string'
        ? B().from(signature, sigEncoding && B().isEncoding(sigEncoding) ? sigEncoding : 'utf8') : dataOf(signature, 'signature');
      const r = host.keyVerify(native, B().concat(st.chunks), sig, signOptions(object, st.algorithm));
      if (typeof r === 'string') throw signFailure(r, st.algorithm);
      st.done = true;
      return r;
    },
  });

  // ---- key generation ----

  function keygenArgs(type, options) {
    E().validateString(type, 'type');
    if (type !== 'rsa' && type !== 'ec' && type !== 'ed25519' && type !== 'x25519') {
      throw E().invalidArgValue('type', type, 'must be a supported key type');
    }
    if (options !== undefined) E().validateObject(options, 'options');
    const o = options || {};
    let bits = 0;
    let exp = 65537;
    let curve = '';
    if (type === 'rsa') {
      if (typeof o.modulusLength !== 'number') throw E().invalidArgType('options.modulusLength', 'number', o.modulusLength);
      bits = o.modulusLength;
      if (o.publicExponent !== undefined) exp = o.publicExponent;
    } else if (type === 'ec') {
      if (typeof o.namedCurve !== 'string') throw E().invalidArgType('options.namedCurve', 'string', o.namedCurve);
      curve = o.namedCurve;
    }
    return [bits, exp, curve, o];
  }

  function encodePair(native, o) {
    const pub = newAsymmetricKey('public', host.keyPublic(native));
    const priv = newAsymmetricKey('private', native);
    const enc = (key, encoding) => (encoding === undefined ? key : key.export(encoding));
    return { publicKey: enc(pub, o.publicKeyEncoding), privateKey: enc(priv, o.privateKeyEncoding) };
  }

  function keygenFailure(r, curve) {
    if (r === 'curve') return E().makeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
    // Go's crypto/rsa makes keys of e = 65537 and at least 1024 bits only;
    // say so rather than fake an OpenSSL error Node would not give.
    if (r === 'exponent') return new Error('tsrun: RSA key generation supports publicExponent 65537 only');
    if (r === 'rsa') return new Error('tsrun: RSA key generation needs a modulusLength of at least 1024 bits');
    return osslError('error:1C8000A1:Provider routines::invalid key length', 'Provider routines', 'invalid key length', 'ERR_OSSL_INVALID_KEY_LENGTH', false);
  }

  function generateKeyPairSync(type, options) {
    const [bits, exp, curve, o] = keygenArgs(type, options);
    const r = host.keyGenerate(type, bits, exp, curve);
    if (typeof r === 'string') throw keygenFailure(r, curve);
    return encodePair(r, o);
  }

  function generateKeyPair(type, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    E().validateFunction(callback, 'callback');
    const [bits, exp, curve, o] = keygenArgs(type, options);
    host.keyGenerate(type, bits, exp, curve, (r) => {
      if (typeof r === 'string') {
        callback.call(undefined, keygenFailure(r, curve));
        return;
      }
      const { publicKey, privateKey } = encodePair(r, o);
      callback.call(undefined, null, publicKey, privateKey);
    });
  }

  // ---- RSA encryption ----

  function rsaCrypt(key, buffer, decrypt, defaultPadding) {
    const native = parse(key, decrypt);
    let padding = defaultPadding;
    let oaepHash = 'sha1';
    let oaepLabel;
    if (key !== null && typeof key === 'object' && !(key instanceof KeyObject) && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
      if (key.padding !== undefined) padding = key.padding;
      if (key.oaepHash !== undefined) {
        E().validateString(key.oaepHash, 'key.oaepHash');
        oaepHash = key.oaepHash;
      }
      if (key.oaepLabel !== undefined) oaepLabel = bytes(key.oaepLabel);
    }
    if (padding !== RSA_PKCS1_PADDING && padding !== RSA_PKCS1_OAEP_PADDING) {
      throw E().invalidArgValue('key.padding', padding);
    }
    const data = typeof buffer === 'string' ? B().from(buffer, 'utf8') : dataOf(buffer, 'buffer');
    const r = host.keyCrypt(native, data, padding === RSA_PKCS1_OAEP_PADDING, oaepHash, decrypt, oaepLabel);
    if (r === 'digest') throw E().makeError(TypeError, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
    if (r === 'type') throw unsupported();
    if (typeof r === 'string') {
      if (!decrypt) return osslErrorThrow('error:0200006E:rsa routines::data too large for key size', 'data too large for key size', 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE');
      if (padding === RSA_PKCS1_OAEP_PADDING) return osslErrorThrow('error:02000079:rsa routines::oaep decoding error', 'oaep decoding error', 'ERR_OSSL_RSA_OAEP_DECODING_ERROR');
      return osslErrorThrow('error:02000072:rsa routines::padding check failed', 'padding check failed', 'ERR_OSSL_RSA_PADDING_CHECK_FAILED');
    }
    return B().from(r);
  }

  // rsaRaw is privateEncrypt and publicDecrypt.
  function rsaRaw(key, buffer, private_) {
    const native = parse(key, private_);
    let padding = RSA_PKCS1_PADDING;
    if (key !== null && typeof key === 'object' && !(key instanceof KeyObject) && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
      if (key.padding !== undefined) padding = key.padding;
    }
    const data = typeof buffer === 'string' ? B().from(buffer, 'utf8') : dataOf(buffer, 'buffer');
    const r = host.keyRaw(native, data, private_, padding);
    switch (r) {
      case 'type':
        throw unsupported();
      case 'padding':
        throw osslError('error:1C8000A5:Provider routines::illegal or unsupported padding mode', 'Provider routines',
          'illegal or unsupported padding mode', 'ERR_OSSL_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE', false);
      case 'large':
        return osslErrorThrow('error:0200006E:rsa routines::data too large for key size', 'data too large for key size', 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE');
      case 'padding-check':
        return osslErrorThrow('error:0200008A:rsa routines::invalid padding', 'invalid padding', 'ERR_OSSL_RSA_INVALID_PADDING');
    }
    return B().from(r);
  }

  function osslErrorThrow(message, reason, code) {
    throw osslError(message, 'rsa routines', reason, code, false);
  }

  return {
    createPrivateKey, createPublicKey, exportKey, sign, verify, initSignVerify,
    generateKeyPair, generateKeyPairSync,
    publicEncrypt: (key, buffer) => rsaCrypt(key, buffer, false, RSA_PKCS1_OAEP_PADDING),
    privateDecrypt: (key, buffer) => rsaCrypt(key, buffer, true, RSA_PKCS1_OAEP_PADDING),
    privateEncrypt: (key, buffer) => rsaRaw(key, buffer, true),
    publicDecrypt: (key, buffer) => rsaRaw(key, buffer, false),
  };
})
