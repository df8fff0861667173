// node:crypto: randomness, digests and HMAC with Node's argument checks,
// error codes and messages (lib/internal/crypto/{random,hash,util}.js),
// over host (mod_crypto.go), which plays OpenSSL. Hash and Hmac are
// LazyTransforms, as in Node (see LazyTransform below).
//
// host.errors() is js/events_errors.js. It and node:buffer load on first
// use: nanoid, say, needs neither for webcrypto.getRandomValues, and a
// program that imports crypto should not pay for them up front.
(function (internal, host) {
  'use strict';

  let errors;
  const E = () => errors || (errors = host.errors());
  const invalidArgType = (...a) => E().invalidArgType(...a);
  const invalidArgValue = (...a) => E().invalidArgValue(...a);
  const outOfRange = (...a) => E().outOfRange(...a);
  const makeError = (...a) => E().makeError(...a);
  const validateFunction = (...a) => E().validateFunction(...a);
  const validateString = (...a) => E().validateString(...a);
  const validateObject = (...a) => E().validateObject(...a);
  const validateBoolean = (...a) => E().validateBoolean(...a);
  const validateNumber = (...a) => E().validateNumber(...a);

  let BufferCtor;
  const B = () => BufferCtor || (BufferCtor = internal.require('buffer').Buffer);

  const kMaxInt32 = 2 ** 31 - 1;
  const kMaxPossibleLength = kMaxInt32;
  const RAND_MAX = 0xFFFF_FFFF_FFFF;

  const isArrayBufferView = (v) => ArrayBuffer.isView(v);
  const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);

  // bytes views any buffer source as a Uint8Array over the same memory.
  function bytes(v) {
    if (isAnyArrayBuffer(v)) return new Uint8Array(v);
    if (v instanceof Uint8Array) return v;
    return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  }

  // ---- random ----

  function assertOffset(offset, elementSize, length) {
    validateNumber(offset, 'offset');
    offset *= elementSize;
    const maxLength = Math.min(length, kMaxPossibleLength);
    if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
      throw outOfRange('offset', `>= 0 && <= ${maxLength}`, offset);
    }
    return offset >>> 0;
  }

  function assertSize(size, elementSize, offset, length) {
    validateNumber(size, 'size');
    size *= elementSize;
    if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
      throw outOfRange('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
    }
    if (size + offset > length) throw outOfRange('size + offset', `<= ${length}`, size + offset);
    return size >>> 0;
  }

  function checkBuf(buf) {
    if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
      throw invalidArgType('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
    }
  }

  function region(buf, offset, size) {
    const u8 = bytes(buf);
    return u8.subarray(offset, offset + size);
  }

  function randomFillSync(buf, offset = 0, size) {
    checkBuf(buf);
    const elementSize = buf.BYTES_PER_ELEMENT || 1;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
    if (size === 0) return buf;
    host.fill(region(buf, offset, size));
    return buf;
  }

  function randomFill(buf, offset, size, callback) {
    checkBuf(buf);
    const elementSize = buf.BYTES_PER_ELEMENT || 1;
    if (typeof offset === 'function') {
      callback = offset;
      offset = 0;
      size = buf.byteLength;
    } else if (typeof size === 'function') {
      callback = size;
      offset = assertOffset(offset, elementSize, buf.byteLength);
      size = buf.byteLength - offset;
    } else {
      validateFunction(callback, 'callback');
      offset = assertOffset(offset, elementSize, buf.byteLength);
      if (size === undefined) size = buf.byteLength - offset;
      else size = assertSize(size, elementSize, offset, buf.byteLength);
    }
    if (size === 0) {
      process.nextTick(callback, null, buf);
      return;
    }
    host.fillAsync(region(buf, offset, size), () => callback.call(undefined, null, buf));
  }

  function randomBytes(size, callback) {
    validateNumber(size, 'size', 0, kMaxInt32);
    if (callback !== undefined) validateFunction(callback, 'callback');
    const buf = B().allocUnsafe(size);
    if (callback === undefined) {
      if (size > 0) host.fill(buf);
      return buf;
    }
    randomFill(buf.buffer, buf.byteOffset, size, function (err) {
      if (err) return callback.call(this, err);
      callback.call(this, null, buf);
    });
  }

  // randomInt draws 48-bit numbers from a cache refilled 1024 at a time,
  // rejecting the top of the range so every result is equally likely.
  // Callbacks run on the next tick while the cache lasts; an empty cache
  // is refilled on the worker pool, as Node does.
  let randomCache;
  let randomCacheOffset = 0;
  let asyncCacheFillInProgress = false;
  const asyncCachePending = [];

  function randomInt(min, max, callback) {
    const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
    if (minNotSpecified) {
      callback = max;
      max = min;
      min = 0;
    }
    const isSync = typeof callback === 'undefined';
    if (!isSync) validateFunction(callback, 'callback');
    if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
    if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
    if (max <= min) throw outOfRange('max', `greater than the value of "min" (${min})`, max);
    const range = max - min;
    if (!(range <= RAND_MAX)) throw outOfRange(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
    const randLimit = RAND_MAX - (RAND_MAX % range);
    if (randomCache === undefined) {
      randomCache = B().alloc(6 * 1024);
      randomCacheOffset = randomCache.length;
    }
    while (isSync || randomCacheOffset < randomCache.length) {
      if (randomCacheOffset === randomCache.length) {
        host.fill(randomCache);
        randomCacheOffset = 0;
      }
      const x = randomCache.readUIntBE(randomCacheOffset, 6);
      randomCacheOffset += 6;
      if (x < randLimit) {
        const n = (x % range) + min;
        if (isSync) return n;
        process.nextTick(callback, undefined, n);
        return;
      }
    }
    asyncCachePending.push({ min, max, callback });
    refillRandomIntCache();
  }

  function refillRandomIntCache() {
    if (asyncCacheFillInProgress) return;
    asyncCacheFillInProgress = true;
    host.fillAsync(randomCache, () => {
      asyncCacheFillInProgress = false;
      const tasks = asyncCachePending.splice(0);
      randomCacheOffset = 0;
      for (const { min, max, callback } of tasks) randomInt(min, max, callback);
    });
  }

  function randomUUID(options) {
    if (options !== undefined) validateObject(options, 'options');
    const { disableEntropyCache = false } = options || {};
    validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
    return host.uuid();
  }

  function randomUUIDv7(options) {
    if (options !== undefined) validateObject(options, 'options');
    const { disableEntropyCache = false } = options || {};
    validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
    return host.uuid7();
  }

  function timingSafeEqual(buf1, buf2) {
    const check = (v, name) => {
      if (!isAnyArrayBuffer(v) && !isArrayBufferView(v)) {
        throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
      }
    };
    check(buf1, 'buf1');
    check(buf2, 'buf2');
    if (buf1.byteLength !== buf2.byteLength) {
      throw makeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
    }
    return host.equal(bytes(buf1), bytes(buf2));
  }

  // ---- digests ----

  const kHandle = Symbol('kHandle');
  const kState = Symbol('kState');
  const kFinalized = Symbol('kFinalized');

  // The native handles print as Node's do (`Hash {}`), their Go side kept
  // out of sight.
  function wrapHandle(Ctor, native) {
    const h = Object.create(Ctor.prototype);
    Object.defineProperty(h, 'native', { value: native });
    return h;
  }
  const HashHandle = { Hash: class Hash {} }.Hash;
  const HmacHandle = { Hmac: class Hmac {} }.Hmac;

  // LazyTransform is Node's: Hash and Hmac are Transform streams, but the
  // stream state is made only when a stream member is first used. Here
  // node:stream itself loads then too: until a program touches one of
  // lazyMembers, LazyTransform.prototype holds getters that link it under
  // stream.Transform.prototype and answer the member from there.
  function LazyTransform(options) {
    this._options = options;
  }
  const lazyMembers = ['write', 'end', 'pipe', 'unpipe', 'on', 'once', 'off', 'addListener', 'prependListener',
    'prependOnceListener', 'removeListener', 'removeAllListeners', 'emit', 'listeners', 'rawListeners',
    'listenerCount', 'eventNames', 'setMaxListeners', 'getMaxListeners', 'read', 'push', 'unshift',
    'setEncoding', 'setDefaultEncoding', 'pause', 'resume', 'isPaused', 'destroy', 'cork', 'uncork', 'wrap',
    'readable', 'writable', 'destroyed', 'readableEnded', 'readableFlowing', 'readableLength',
    'writableEnded', 'writableFinished', 'writableLength', 'closed', 'errored', Symbol.asyncIterator,
    '_readableState', '_writableState'];
  // lazyStream gives Ctor.prototype the stream members of stream[base]
  // lazily: getters that, on first use, link Ctor.prototype under
  // stream[base].prototype and make the instance's stream state (through
  // the state getters) by calling the base constructor then.
  function lazyStream(Ctor, base, stateNames, after) {
    let linked = false;
    function link() {
      if (linked) return;
      linked = true;
      const Base = internal.require('stream')[base];
      for (const k of lazyMembers) delete Ctor.prototype[k];
      Object.setPrototypeOf(Ctor.prototype, Base.prototype);
      for (const name of stateNames) {
        Object.defineProperty(Ctor.prototype, name, {
          get() {
            Base.call(this, this._options);
            if (after) after(this);
            return this[name];
          },
          set(v) {
            Object.defineProperty(this, name, { value: v, enumerable: true, configurable: true, writable: true });
          },
          enumerable: true, configurable: true,
        });
      }
    }
    for (const k of lazyMembers) {
      Object.defineProperty(Ctor.prototype, k, {
        get() {
          link();
          return this[k];
        },
        set(v) {
          link();
          this[k] = v;
        },
        enumerable: false, configurable: true,
      });
    }
  }
  lazyStream(LazyTransform, 'Transform', ['_readableState', '_writableState'], (self) => {
    self._writableState.decodeStrings = false;
  });

  // digestResult turns the digest's bytes into what digest(enc) returns:
  // a string for a known encoding, else a Buffer (Node's C++ falls back
  // to a buffer for an encoding it does not know).
  function digestResult(ab, outputEncoding) {
    const buf = B().from(ab);
    if (outputEncoding && outputEncoding !== 'buffer' && B().isEncoding(outputEncoding)) {
      return buf.toString(outputEncoding);
    }
    return buf;
  }

  function dataBytes(data, encoding) {
    if (typeof data === 'string') {
      const enc = encoding && B().isEncoding(encoding) ? encoding : 'utf8';
      return B().from(data, enc);
    }
    return bytes(data);
  }

  function validateEncoding(data, encoding) {
    const normalized = typeof encoding === 'string' ? encoding.toLowerCase() : encoding;
    if (normalized === 'hex' && data.length % 2 !== 0) {
      throw invalidArgValue('encoding', encoding, `is invalid for data of length ${data.length}`);
    }
  }

  function checkData(data, encoding) {
    if (typeof data === 'string') validateEncoding(data, encoding);
    else if (!isArrayBufferView(data)) throw invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }

  function finalized() {
    return makeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  }

  let warnedXOF = false;

  function Hash(algorithm, options) {
    if (!new.target) return new Hash(algorithm, options);
    const isCopy = algorithm instanceof HashHandle;
    if (!isCopy) validateString(algorithm, 'algorithm');
    const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
    if (xofLen !== undefined) validateNumber(xofLen, 'options.outputLength', 0, 2 ** 32 - 1);
    let native;
    if (isCopy) {
      native = algorithm.native.copy();
    } else {
      native = host.hash(algorithm, xofLen);
      if (native === null) throw new Error('Digest method not supported');
      if (native.xof && xofLen === undefined && !warnedXOF) {
        warnedXOF = true;
        process.emitWarning('Creating SHAKE128/256 digests without an explicit options.outputLength is deprecated.',
          'DeprecationWarning', 'DEP0198');
      }
    }
    this[kHandle] = wrapHandle(HashHandle, native);
    this[kState] = { [kFinalized]: false };
    LazyTransform.call(this, options);
  }
  Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Hash, LazyTransform);

  Hash.prototype._transform = function _transform(chunk, encoding, callback) {
    this[kHandle].native.update(dataBytes(chunk, encoding));
    callback();
  };

  Hash.prototype._flush = function _flush(callback) {
    this.push(B().from(this[kHandle].native.digest()));
    callback();
  };

  Hash.prototype.copy = function copy(options) {
    if (this[kState][kFinalized]) throw finalized();
    return new Hash(this[kHandle], options);
  };

  Hash.prototype.update = function update(data, encoding) {
    if (this[kState][kFinalized]) throw finalized();
    checkData(data, encoding);
    this[kHandle].native.update(dataBytes(data, encoding));
    return this;
  };

  Hash.prototype.digest = function digest(outputEncoding) {
    if (this[kState][kFinalized]) throw finalized();
    const ret = digestResult(this[kHandle].native.digest(), outputEncoding && `${outputEncoding}`);
    this[kState][kFinalized] = true;
    return ret;
  };

  // ---- KeyObject (secret keys only) ----

  const keyBytes = new WeakMap();
  class KeyHandle {}

  class KeyObject {
    constructor(type, handle) {
      if (type !== 'secret' && type !== 'public' && type !== 'private') throw invalidArgValue('type', type);
      if (!(handle instanceof KeyHandle)) throw invalidArgType('handle', 'object', handle);
      keyBytes.set(this, { type, ...keyBytes.get(handle) });
    }

    get type() {
      return keyBytes.get(this).type;
    }

    static from(key) {
      throw invalidArgType('key', 'CryptoKey', key);
    }

    equals(otherKeyObject) {
      if (!(otherKeyObject instanceof KeyObject)) throw invalidArgType('otherKeyObject', 'KeyObject', otherKeyObject);
      const a = keyBytes.get(this);
      const b = keyBytes.get(otherKeyObject);
      if (a.type !== b.type) return false;
      if (a.type !== 'secret') return host.keyEquals(a.native, b.native);
      return a.bytes.byteLength === b.bytes.byteLength && host.equal(a.bytes, b.bytes);
    }

    get [Symbol.toStringTag]() {
      return 'KeyObject';
    }
  }

  class SecretKeyObject extends KeyObject {
    constructor(handle) {
      super('secret', handle);
    }

    get symmetricKeySize() {
      return keyBytes.get(this).bytes.byteLength;
    }

    export(options) {
      const data = keyBytes.get(this).bytes;
      if (options !== undefined) {
        validateObject(options, 'options');
        const { format } = options;
        if (format === 'jwk') return { kty: 'oct', k: B().from(data).toString('base64url') };
        if (format !== undefined && format !== 'buffer') {
          throw invalidArgValue('options.format', format, "must be one of: undefined, 'buffer', 'jwk'");
        }
      }
      return B().from(data);
    }
  }

  // Public and private keys: their work is js/crypto_keys.js's, loaded on
  // first use (keys() below).
  class AsymmetricKeyObject extends KeyObject {
    get asymmetricKeyType() {
      return host.keyType(keyBytes.get(this).native);
    }

    get asymmetricKeyDetails() {
      return host.keyDetails(keyBytes.get(this).native);
    }

    export(options) {
      return keys().exportKey(keyBytes.get(this), options);
    }
  }
  class PublicKeyObject extends AsymmetricKeyObject {
    constructor(handle) {
      super('public', handle);
    }
  }
  class PrivateKeyObject extends AsymmetricKeyObject {
    constructor(handle) {
      super('private', handle);
    }
  }
  function newAsymmetricKey(type, native) {
    const handle = new KeyHandle();
    keyBytes.set(handle, { native });
    return type === 'public' ? new PublicKeyObject(handle) : new PrivateKeyObject(handle);
  }

  let keysAPI;
  const keys = () => keysAPI || (keysAPI = host.loadKeys({
    host, E, B, bytes, isAnyArrayBuffer, isArrayBufferView, KeyObject, keyState: (k) => keyBytes.get(k),
    newAsymmetricKey, Sign, Verify,
  }));
  // Sign and Verify are Writable streams, as Node's, made lazily like
  // LazyTransform (writing is updating).
  function Sign(algorithm, options) {
    if (!(this instanceof Sign)) return new Sign(algorithm, options);
    keys().initSignVerify(this, algorithm, options);
  }
  function Verify(algorithm, options) {
    if (!(this instanceof Verify)) return new Verify(algorithm, options);
    keys().initSignVerify(this, algorithm, options);
  }
  for (const C of [Sign, Verify]) {
    lazyStream(C, 'Writable', ['_writableState']);
    C.prototype._write = function _write(chunk, encoding, callback) {
      this.update(chunk, encoding);
      callback();
    };
  }
  // ---- ECDH ----

  const ecdhHandle = { ECDH: class ECDH {} }.ECDH;
  function encoded(ab, encoding) {
    const buf = B().from(ab);
    return encoding && encoding !== 'buffer' && B().isEncoding(encoding) ? buf.toString(encoding) : buf;
  }
  function pointFormat(format) {
    if (format === undefined || format === null) return 'uncompressed';
    if (format === 'compressed' || format === 'uncompressed' || format === 'hybrid') return format;
    throw makeError(TypeError, 'ERR_CRYPTO_ECDH_INVALID_FORMAT', `Invalid ECDH format: ${format}`);
  }
  function keyInput(key, encoding, name) {
    if (typeof key === 'string') return B().from(key, encoding && B().isEncoding(encoding) ? encoding : 'utf8');
    if (isAnyArrayBuffer(key) || isArrayBufferView(key)) return bytes(key);
    throw invalidArgType(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  function ECDH(curve) {
    if (!(this instanceof ECDH)) return new ECDH(curve);
    validateString(curve, 'curve');
    const native = host.ecdh(curve);
    if (native === null) throw makeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
    const h = Object.create(ecdhHandle.prototype);
    Object.defineProperty(h, 'native', { value: native });
    this[kHandle] = h;
  }
  ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
    this[kHandle].native.generate();
    return this.getPublicKey(encoding, format);
  };
  ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
    const ab = this[kHandle].native.publicKey(pointFormat(format));
    if (ab === null) throw makeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
    return encoded(ab, encoding);
  };
  ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
    const ab = this[kHandle].native.privateKey();
    if (ab === null) throw makeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
    return encoded(ab, encoding);
  };
  ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
    if (!this[kHandle].native.setPrivate(keyInput(key, encoding, 'key'))) {
      throw makeError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.');
    }
    return this;
  };
  ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
    const ab = this[kHandle].native.compute(keyInput(key, inEnc, 'key'));
    if (ab === null) {
      throw makeError(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve');
    }
    return encoded(ab, outEnc);
  };
  ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
    validateString(curve, 'curve');
    const ab = host.ecdhConvert(keyInput(key, inEnc, 'key'), curve, pointFormat(format));
    if (ab === 'curve') throw makeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
    if (ab === null) throw makeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
    return encoded(ab, outEnc);
  };

  function diffieHellman(options) {
    validateObject(options, 'options');
    const { privateKey, publicKey } = options;
    if (!(privateKey instanceof KeyObject)) throw invalidArgType('options.privateKey', 'KeyObject', privateKey);
    if (!(publicKey instanceof KeyObject)) throw invalidArgType('options.publicKey', 'KeyObject', publicKey);
    if (privateKey.type !== 'private') {
      throw makeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${privateKey.type}, expected private.`);
    }
    if (publicKey.type !== 'public' && publicKey.type !== 'private') {
      throw makeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${publicKey.type}, expected private or public.`);
    }
    const pub = keyBytes.get(publicKey).native;
    const r = host.keyDH(keyBytes.get(privateKey).native, publicKey.type === 'private' ? host.keyPublic(pub) : pub);
    if (r === 'curve') throw makeError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible key types for Diffie-Hellman: mismatching curves');
    if (typeof r === 'string') throw makeError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible key types for Diffie-Hellman: only EC keys are supported by tsrun');
    return B().from(r);
  }

  // X509Certificate: js/crypto_x509.js, loaded on first construction.
  let x509API;
  function X509Certificate(buffer) {
    if (!new.target) throw makeError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED', "Class constructor X509Certificate cannot be invoked without 'new'");
    if (x509API === undefined) {
      x509API = host.loadX509({
        host, E, B, bytes, isAnyArrayBuffer, isArrayBufferView, X509Certificate, newAsymmetricKey,
        keyState: (k) => keyBytes.get(k), KeyObject,
      });
    }
    x509API.init(this, buffer);
  }

  const asymmetric = {
    createPrivateKey: (key) => keys().createPrivateKey(key),
    createPublicKey: (key) => keys().createPublicKey(key),
    createSign: (algorithm, options) => new Sign(algorithm, options),
    createVerify: (algorithm, options) => new Verify(algorithm, options),
    sign: (algorithm, data, key, callback) => keys().sign(algorithm, data, key, callback),
    verify: (algorithm, data, key, signature, callback) => keys().verify(algorithm, data, key, signature, callback),
    generateKeyPair: (type, options, callback) => keys().generateKeyPair(type, options, callback),
    generateKeyPairSync: (type, options) => keys().generateKeyPairSync(type, options),
    publicEncrypt: (key, buffer) => keys().publicEncrypt(key, buffer),
    privateDecrypt: (key, buffer) => keys().privateDecrypt(key, buffer),
    privateEncrypt: (key, buffer) => keys().privateEncrypt(key, buffer),
    publicDecrypt: (key, buffer) => keys().publicDecrypt(key, buffer),
  };
  for (const [name, f] of Object.entries(asymmetric)) Object.defineProperty(f, 'name', { value: name });

  // generateKey(Sync) for secret keys: 'hmac' (any whole number of bytes
  // from 8 bits, rounded down) and 'aes' (128, 192 or 256 bits).
  function secretKeyArgs(type, options) {
    validateString(type, 'type');
    validateObject(options, 'options');
    const { length } = options;
    if (type === 'hmac') {
      if (typeof length !== 'number') throw invalidArgType('options.length', 'number', length);
      if (!Number.isInteger(length)) throw outOfRange('options.length', 'an integer', length);
      if (length < 8 || length > 2 ** 31 - 1) throw outOfRange('options.length', '>= 8 && <= 2147483647', length);
    } else if (type === 'aes') {
      if (length !== 128 && length !== 192 && length !== 256) {
        throw invalidArgValue('options.length', length, 'must be one of: 128, 192, 256');
      }
    } else {
      throw invalidArgValue('type', type, 'must be a supported key type');
    }
    return Math.floor(length / 8);
  }
  function generateKeySync(type, options) {
    const data = new Uint8Array(secretKeyArgs(type, options));
    host.fill(data);
    return createSecretKey(data);
  }
  function generateKey(type, options, callback) {
    const n = secretKeyArgs(type, options);
    validateFunction(callback, 'callback');
    const data = new Uint8Array(n);
    host.fillAsync(data, () => callback.call(undefined, null, createSecretKey(data)));
  }

  function createSecretKey(key, encoding) {
    if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
      throw invalidArgType('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
    }
    const data = typeof key === 'string' ? B().from(key, encoding && B().isEncoding(encoding) ? encoding : 'utf8') : bytes(key);
    const handle = new KeyHandle();
    keyBytes.set(handle, { bytes: new Uint8Array(data) });
    return new SecretKeyObject(handle);
  }

  function prepareSecretKey(key, encoding) {
    if (key instanceof KeyObject) {
      const k = keyBytes.get(key);
      if (k.type !== 'secret') {
        throw makeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${k.type}, expected secret.`);
      }
      return k.bytes;
    }
    if (typeof key === 'string') return B().from(key, encoding && B().isEncoding(encoding) ? encoding : 'utf8');
    if (isAnyArrayBuffer(key) || isArrayBufferView(key)) return bytes(key);
    throw invalidArgType('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
  }

  function Hmac(hmac, key, options) {
    if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
    validateString(hmac, 'hmac');
    let encoding;
    if (options !== null && typeof options === 'object' && options.encoding !== undefined) {
      validateString(options.encoding, 'options.encoding');
      encoding = options.encoding;
    }
    const k = prepareSecretKey(key, encoding);
    const native = host.hmac(hmac, k);
    if (native === null) throw makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`);
    this[kHandle] = wrapHandle(HmacHandle, native);
    this[kState] = { [kFinalized]: false };
    LazyTransform.call(this, options);
  }
  Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Hmac, LazyTransform);

  Hmac.prototype.update = Hash.prototype.update;
  Hmac.prototype._transform = Hash.prototype._transform;
  Hmac.prototype._flush = Hash.prototype._flush;

  Hmac.prototype.digest = function digest(outputEncoding) {
    if (this[kState][kFinalized]) {
      const buf = B().from('');
      return outputEncoding === undefined || outputEncoding === 'buffer' ? buf : buf.toString(outputEncoding);
    }
    const ret = digestResult(this[kHandle].native.digest(), outputEncoding && `${outputEncoding}`);
    this[kState][kFinalized] = true;
    return ret;
  };

  function createHash(algorithm, options) {
    return new Hash(algorithm, options);
  }

  function createHmac(hmac, key, options) {
    return new Hmac(hmac, key, options);
  }

  // hash(algorithm, input, outputEncoding = 'hex'): the one-shot digest.
  function hash(algorithm, input, outputEncoding = 'hex') {
    validateString(algorithm, 'algorithm');
    if (typeof input !== 'string' && !isArrayBufferView(input)) {
      throw invalidArgType('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
    let normalized = outputEncoding;
    if (outputEncoding !== 'hex') {
      if (outputEncoding !== null && typeof outputEncoding === 'object') {
        normalized = outputEncoding.outputEncoding === undefined ? 'hex' : outputEncoding.outputEncoding;
      }
      validateString(normalized, 'outputEncoding');
      if (!B().isEncoding(normalized) && normalized.toLowerCase() !== 'buffer') {
        throw invalidArgValue('outputEncoding', normalized);
      }
    }
    const native = host.hash(algorithm, undefined);
    if (native === null) throw new Error('Digest method not supported');
    native.update(dataBytes(input));
    return digestResult(native.digest(), normalized.toLowerCase() === 'buffer' ? 'buffer' : normalized);
  }

  function getHashes() {
    return host.hashes();
  }

  // ---- key derivation: js/crypto_kdf.js, loaded on first use ----

  let kdfAPI;
  const kdf = () => kdfAPI || (kdfAPI = host.loadKDF({ host, E, B, bytes, isAnyArrayBuffer, isArrayBufferView, KeyObject, prepareSecretKey }));
  function pbkdf2(password, salt, iterations, keylen, digest, callback) {
    return kdf().pbkdf2(password, salt, iterations, keylen, digest, callback);
  }
  function pbkdf2Sync(password, salt, iterations, keylen, digest) {
    return kdf().pbkdf2Sync(password, salt, iterations, keylen, digest);
  }
  function scrypt(password, salt, keylen, options, callback) {
    return kdf().scrypt(...arguments);
  }
  function scryptSync(password, salt, keylen, options) {
    return kdf().scryptSync(...arguments);
  }
  function hkdf(digest, ikm, salt, info, keylen, callback) {
    return kdf().hkdf(digest, ikm, salt, info, keylen, callback);
  }
  function hkdfSync(digest, ikm, salt, info, keylen) {
    return kdf().hkdfSync(digest, ikm, salt, info, keylen);
  }

  // ---- Web Crypto (globalThis.crypto) ----

  const kConstruct = Symbol('kConstruct');
  const illegal = () => makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');

  const integerTypedArrays = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
    'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']);
  const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

  class SubtleCrypto {
    constructor(key) {
      if (key !== kConstruct) throw illegal();
    }

    digest(algorithm, data) {
      return new Promise((resolve, reject) => {
        const name = typeof algorithm === 'string' ? algorithm : algorithm && algorithm.name;
        const known = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
        const alg = typeof name === 'string' ? known[name.toUpperCase()] : undefined;
        if (alg === undefined) {
          reject(new DOMException('Unrecognized algorithm name', 'NotSupportedError'));
          return;
        }
        if (!isAnyArrayBuffer(data) && !isArrayBufferView(data)) {
          reject(invalidArgType('data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data));
          return;
        }
        host.digestAsync(alg, bytes(data), resolve);
      });
    }
  }
  // The other methods are js/crypto_subtle.js's, loaded on first call.
  let subtleAPI;
  const subtleImpl = () => subtleAPI || (subtleAPI = host.loadSubtle({
    host, B, bytes, isAnyArrayBuffer, isArrayBufferView, CryptoKey, newCryptoKey, keyData: cryptoKeyData,
  }));
  for (const name of ['encrypt', 'decrypt', 'sign', 'verify', 'generateKey', 'deriveKey', 'deriveBits',
    'importKey', 'exportKey']) {
    Object.defineProperty(SubtleCrypto.prototype, name, {
      value: { [name](...args) {
        if (this !== subtle) {
          return Promise.reject(makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type SubtleCrypto'));
        }
        return subtleImpl()[name](...args);
      } }[name],
      writable: true, enumerable: true, configurable: true,
    });
  }
  Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

  const subtle = new SubtleCrypto(kConstruct);
  let webcrypto;

  class Crypto {
    constructor(key) {
      if (key !== kConstruct) throw illegal();
    }

    get subtle() {
      if (this !== webcrypto) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
      return subtle;
    }

    getRandomValues(array) {
      if (this !== webcrypto) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
      if (arguments.length < 1) {
        throw makeError(TypeError, 'ERR_MISSING_ARGS', 'The "typedArray" argument must be specified');
      }
      if (!isArrayBufferView(array) || !integerTypedArrays.has(typedArrayTag.call(array))) {
        throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
      }
      if (array.byteLength > 65536) {
        throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
      }
      host.fill(bytes(array));
      return array;
    }

    randomUUID() {
      if (this !== webcrypto) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
      return host.uuid();
    }
  }
  Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
  for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
    const d = Object.getOwnPropertyDescriptor(Crypto.prototype, name);
    d.enumerable = true;
    Object.defineProperty(Crypto.prototype, name, d);
  }
  webcrypto = new Crypto(kConstruct);

  // CryptoKey: the slots live in cryptoKeys, read through the prototype's
  // getters as Node's are.
  const cryptoKeys = new WeakMap();
  class CryptoKey {
    constructor() {
      throw illegal();
    }

    get type() {
      return cryptoKeyData(this).type;
    }

    get extractable() {
      return cryptoKeyData(this).extractable;
    }

    get algorithm() {
      return cryptoKeyData(this).algorithm;
    }

    get usages() {
      return cryptoKeyData(this).usages;
    }

    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      if (depth < 0) return this;
      const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      return `CryptoKey ${inspect({ type: this.type, extractable: this.extractable, algorithm: this.algorithm, usages: this.usages }, opts)}`;
    }
  }
  Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });
  for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
    const d = Object.getOwnPropertyDescriptor(CryptoKey.prototype, name);
    d.enumerable = true;
    Object.defineProperty(CryptoKey.prototype, name, d);
  }
  function cryptoKeyData(key) {
    const k = cryptoKeys.get(key);
    if (k === undefined) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type CryptoKey');
    return k;
  }
  // raw: a secret key's bytes; native: a key pair half's Go handle.
  function newCryptoKey(type, extractable, algorithm, usages, raw, native) {
    const key = Object.create(CryptoKey.prototype);
    cryptoKeys.set(key, { type, extractable, algorithm, usages, raw, native });
    return key;
  }

  function getRandomValues(array) {
    return webcrypto.getRandomValues(array);
  }

  // ---- ciphers: js/crypto_cipher.js, loaded on first use ----

  // Cipheriv and Decipheriv are made here, so that node:crypto's exports
  // are plain values (an ES module namespace reads them all); their
  // prototypes are filled by js/crypto_cipher.js when it loads.
  let cipherAPI;
  const ciphers = () => cipherAPI || (cipherAPI = host.loadCiphers({
    host, E, B, LazyTransform, kHandle, prepareSecretKey, checkData, dataBytes, isAnyArrayBuffer,
    isArrayBufferView, bytes, Cipheriv, Decipheriv,
  }));
  function Cipheriv(cipher, key, iv, options) {
    if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
    ciphers().init(this, cipher, key, iv, options, false);
  }
  function Decipheriv(cipher, key, iv, options) {
    if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
    ciphers().init(this, cipher, key, iv, options, true);
  }
  for (const C of [Cipheriv, Decipheriv]) {
    Object.setPrototypeOf(C.prototype, LazyTransform.prototype);
    Object.setPrototypeOf(C, LazyTransform);
  }
  function createCipheriv(cipher, key, iv, options) {
    return new Cipheriv(cipher, key, iv, options);
  }
  function createDecipheriv(cipher, key, iv, options) {
    return new Decipheriv(cipher, key, iv, options);
  }
  function getCiphers() {
    return ciphers().getCiphers();
  }
  function getCipherInfo(nameOrNid, options) {
    return ciphers().getCipherInfo(nameOrNid, options);
  }

  const exports = {
    createCipheriv, createDecipheriv, createHash, createHmac, createSecretKey, getCipherInfo, getCiphers,
    getHashes, hash, hkdf, hkdfSync, pbkdf2, pbkdf2Sync, scrypt, scryptSync,
    randomBytes, randomFill, randomFillSync, randomInt, randomUUID, randomUUIDv7, timingSafeEqual,
    ...asymmetric,
    createECDH: (curve) => new ECDH(curve), ECDH, diffieHellman, generateKey, generateKeySync, X509Certificate,
    getFips: () => 0,
    secureHeapUsed: () => ({ total: 0, used: 0, utilization: NaN, min: 2 }),
    getCurves: () => ['prime256v1', 'secp384r1', 'secp521r1'],
    Cipheriv, Decipheriv, Hash, Hmac, KeyObject, Sign, Verify, webcrypto, subtle, getRandomValues,
    constants: {
      RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_X931_PADDING: 5,
      RSA_PKCS1_PSS_PADDING: 6, RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2,
    },
  };
  // Reached through the globals (CryptoKey), not listed by node:crypto.
  Object.defineProperty(exports, 'CryptoKey', { value: CryptoKey, enumerable: false, writable: true, configurable: true });
  return exports;
})
