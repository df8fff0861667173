// node:crypto's createCipheriv/createDecipheriv, Cipheriv and Decipheriv
// (lib/internal/crypto/cipher.js's contract), over host.cipher
// (mod_crypto_cipher.go). Loaded by js/crypto.js on first use; shared
// holds what the two files have in common.
(function (internal, shared) {
  'use strict';

  const { host, E, B, LazyTransform, kHandle, prepareSecretKey, checkData, dataBytes, isAnyArrayBuffer,
    isArrayBufferView, bytes, Cipheriv, Decipheriv } = shared;

  // The native handle prints as Node's does (`CipherBase {}`).
  const CipherBase = { CipherBase: class CipherBase {} }.CipherBase;

  function invalidState(op) {
    return E().makeError(Error, 'ERR_CRYPTO_INVALID_STATE', op === undefined ? 'Invalid state' : `Invalid state for operation ${op}`);
  }

  function viewOf(v, name, encoding) {
    if (typeof v === 'string') return B().from(v, encoding && B().isEncoding(encoding) ? encoding : 'utf8');
    if (isAnyArrayBuffer(v) || isArrayBufferView(v)) return bytes(v);
    throw E().invalidArgType(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
  }

  function uintOption(options, key) {
    if (options === null || typeof options !== 'object' || options[key] === undefined) return undefined;
    const v = options[key];
    if (!Number.isInteger(v) || v < 0 || v > 2 ** 32 - 1) {
      throw E().invalidArgValue(`options.${key}`, v);
    }
    return v;
  }

  function stringOption(options, key) {
    if (options === null || typeof options !== 'object' || options[key] === undefined) return undefined;
    E().validateString(options[key], `options.${key}`);
    return options[key];
  }

  function init(self, cipher, key, iv, options, decrypt) {
    E().validateString(cipher, 'cipher');
    const encoding = stringOption(options, 'encoding');
    const k = prepareSecretKey(key, encoding);
    const v = iv === null ? null : viewOf(iv, 'iv');
    const authTagLength = uintOption(options, 'authTagLength');
    const native = host.cipher(cipher, k, v, decrypt, authTagLength);
    switch (native) {
      case 'unknown':
        throw E().makeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
      case 'keylen':
        throw E().makeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
      case 'iv':
        throw E().makeError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
      case 'taglen':
        throw E().makeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${authTagLength}`);
    }
    const h = Object.create(CipherBase.prototype);
    Object.defineProperty(h, 'native', { value: native });
    self[kHandle] = h;
    self._decoder = null;
    LazyTransform.call(self, options);
  }

  function decoder(self, encoding) {
    const { StringDecoder } = internal.require('string_decoder');
    const enc = encoding.toLowerCase() === 'binary' ? 'latin1' : encoding;
    if (self._decoder === null) self._decoder = new StringDecoder(enc);
    return self._decoder;
  }

  function update(data, inputEncoding, outputEncoding) {
    checkData(data, inputEncoding);
    const native = this[kHandle].native;
    if (native.done()) throw new Error('Trying to add data in unsupported state');
    const ret = B().from(native.update(dataBytes(data, inputEncoding)));
    if (outputEncoding && outputEncoding !== 'buffer') return decoder(this, outputEncoding).write(ret);
    return ret;
  }

  function final(outputEncoding) {
    const native = this[kHandle].native;
    if (native.done()) throw invalidState();
    const r = native.final();
    if (typeof r === 'string') throw finalError(r);
    const ret = B().from(r);
    if (outputEncoding && outputEncoding !== 'buffer') return decoder(this, outputEncoding).end(ret);
    return ret;
  }

  // finalError is the error OpenSSL's EVP_CipherFinal gives, as Node
  // shapes it (an OpenSSL error code, library, reason, error stack).
  function finalError(kind) {
    if (kind === 'auth') return new Error('Unsupported state or unable to authenticate data');
    const id = kind === 'bad decrypt' ? '1C800064' : '1C80006B';
    const message = `error:${id}:Provider routines::${kind}`;
    const err = new Error(message);
    err.opensslErrorStack = [message];
    err.library = 'Provider routines';
    err.reason = kind;
    err.code = `ERR_OSSL_${kind.toUpperCase().replace(/ /g, '_')}`;
    return err;
  }

  function setAutoPadding(ap) {
    if (!this[kHandle].native.setAutoPadding(ap === undefined ? true : !!ap)) throw invalidState('setAutoPadding');
    return this;
  }

  function setAAD(aadbuf, options) {
    const encoding = stringOption(options, 'encoding');
    uintOption(options, 'plaintextLength');
    const buf = viewOf(aadbuf, 'buffer', encoding);
    if (!this[kHandle].native.setAAD(buf)) throw invalidState('setAAD');
    return this;
  }

  function _transform(chunk, encoding, callback) {
    this.push(B().from(this[kHandle].native.update(dataBytes(chunk, encoding))));
    callback();
  }

  function _flush(callback) {
    try {
      this.push(this.final());
    } catch (e) {
      callback(e);
      return;
    }
    callback();
  }

  // The constructors are js/crypto.js's (they call init); their methods
  // are these.
  Object.assign(Cipheriv.prototype, { _transform, _flush, update, final, setAutoPadding, setAAD });
  Cipheriv.prototype.getAuthTag = function getAuthTag() {
    const tag = this[kHandle].native.getAuthTag();
    if (tag === undefined) throw invalidState('getAuthTag');
    return B().from(tag);
  };

  Object.assign(Decipheriv.prototype, { _transform, _flush, update, final, setAutoPadding, setAAD });
  Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
    const buf = viewOf(tagbuf, 'buffer', encoding);
    const r = this[kHandle].native.setAuthTag(buf);
    if (r === 'taglen') {
      throw E().makeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${buf.byteLength}`);
    }
    if (!r) throw invalidState('setAuthTag');
    return this;
  };

  function getCipherInfo(nameOrNid, options) {
    if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
      throw E().invalidArgType('nameOrNid', ['string', 'number'], nameOrNid);
    }
    if (options !== undefined) E().validateObject(options, 'options');
    let info;
    if (typeof nameOrNid === 'number') {
      for (const n of host.ciphers()) {
        const i = host.cipherInfo(n);
        if (i[4] === nameOrNid) info = i;
      }
    } else {
      info = host.cipherInfo(nameOrNid);
    }
    if (info === undefined) return undefined;
    const [name, mode, keyLength, defaultIVLength, nid] = info;
    let ivLength = defaultIVLength;
    if (options && options.keyLength !== undefined && options.keyLength !== keyLength) return undefined;
    if (options && options.ivLength !== undefined) {
      // GCM takes an IV of any length; the others only their own.
      if (mode === 'gcm' && options.ivLength > 0) ivLength = options.ivLength;
      else if (options.ivLength !== ivLength) return undefined;
    }
    return {
      __proto__: null, mode, name, nid, keyLength, blockSize: mode === 'cbc' || mode === 'ecb' ? 16 : 1,
      ivLength: ivLength === 0 ? undefined : ivLength,
    };
  }

  return { init, getCipherInfo, getCiphers: () => host.ciphers() };
})
