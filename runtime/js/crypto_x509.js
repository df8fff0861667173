// node:crypto's X509Certificate over host.x509* (mod_crypto_x509.go).
// Loaded by js/crypto.js on the first construction; shared holds what the
// files have in common (X509Certificate itself is js/crypto.js's, so that
// it is a plain export).
(function (internal, shared) {
  'use strict';

  const { host, E, B, bytes, isAnyArrayBuffer, isArrayBufferView, X509Certificate, newAsymmetricKey, keyState, KeyObject } = shared;

  const kHandle = Symbol('kHandle');
  const kInfo = Symbol('kInfo');

  function init(self, buffer) {
    if (typeof buffer !== 'string' && !isArrayBufferView(buffer)) {
      throw E().invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const data = typeof buffer === 'string' ? B().from(buffer) : bytes(buffer);
    const native = host.x509Parse(data);
    if (native === null) {
      // OpenSSL reads DER when the data starts as a DER SEQUENCE does,
      // else PEM, and reports the failure of the one it tried.
      const der = data[0] === 0x30;
      const [message, library, reason, code] = der
        ? ['error:0680007B:asn1 encoding routines::header too long', 'asn1 encoding routines', 'header too long', 'ERR_OSSL_ASN1_HEADER_TOO_LONG']
        : ['error:0480006C:PEM routines::no start line', 'PEM routines', 'no start line', 'ERR_OSSL_PEM_NO_START_LINE'];
      const err = new Error(message);
      Object.assign(err, { library, reason, code });
      throw err;
    }
    Object.defineProperty(self, kHandle, { value: native });
    Object.defineProperty(self, kInfo, { value: host.x509Info(native) });
  }

  const info = (self) => self[kInfo];
  const getters = {
    subject() { return info(this).subject; },
    subjectAltName() { return info(this).subjectAltName; },
    issuer() { return info(this).issuer; },
    issuerCertificate() { return undefined; },
    infoAccess() { return info(this).infoAccess; },
    validFrom() { return info(this).validFrom; },
    validTo() { return info(this).validTo; },
    validFromDate() { return new Date(info(this).validFromMs); },
    validToDate() { return new Date(info(this).validToMs); },
    fingerprint() { return info(this).fingerprint; },
    fingerprint256() { return info(this).fingerprint256; },
    fingerprint512() { return info(this).fingerprint512; },
    keyUsage() { return info(this).keyUsage; },
    serialNumber() { return info(this).serialNumber; },
    signatureAlgorithm() { return info(this).signatureAlgorithm; },
    signatureAlgorithmOid() { return info(this).signatureAlgorithmOid; },
    raw() { return B().from(info(this).raw); },
    publicKey() { return newAsymmetricKey('public', host.keyParse(new Uint8Array(info(this).spki), 'der', 'spki', false)); },
    ca() { return info(this).ca; },
  };
  for (const [name, get] of Object.entries(getters)) {
    Object.defineProperty(X509Certificate.prototype, name, { get, enumerable: false, configurable: true });
  }

  function match(self, kind, value, pred) {
    for (const n of host.x509Names(self[kHandle], kind)) if (pred(n)) return n;
    return undefined;
  }

  // A DNS name matches exactly or through a wildcard in the left-most label.
  function hostMatches(pattern, name) {
    pattern = pattern.toLowerCase();
    name = name.toLowerCase();
    if (pattern === name) return true;
    if (!pattern.startsWith('*.')) return false;
    const dot = name.indexOf('.');
    return dot > 0 && name.slice(dot) === pattern.slice(1);
  }

  Object.assign(X509Certificate.prototype, {
    checkHost(name, options) {
      E().validateString(name, 'name');
      if (options !== undefined) E().validateObject(options, 'options');
      return match(this, 'dns', name, (n) => hostMatches(n, name));
    },
    checkEmail(email, options) {
      E().validateString(email, 'email');
      if (options !== undefined) E().validateObject(options, 'options');
      // The local part matches exactly, the domain without regard to case.
      const at = (s) => s.lastIndexOf('@');
      return match(this, 'email', email, (n) => at(n) === at(email) &&
        n.slice(0, at(n)) === email.slice(0, at(email)) && n.slice(at(n)).toLowerCase() === email.slice(at(email)).toLowerCase());
    },
    checkIP(ip) {
      E().validateString(ip, 'ip');
      return match(this, 'ip', ip, (n) => n === ip);
    },
    checkIssued(otherCert) {
      if (!(otherCert instanceof X509Certificate)) throw E().invalidArgType('otherCert', 'X509Certificate', otherCert);
      return host.x509Issued(this[kHandle], otherCert[kHandle]);
    },
    checkPrivateKey(pkey) {
      if (!(pkey instanceof KeyObject)) throw E().invalidArgType('pkey', 'KeyObject', pkey);
      if (pkey.type !== 'private') {
        throw E().makeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${pkey.type}, expected private.`);
      }
      return host.keyEquals(host.keyPublic(keyState(pkey).native), host.keyParse(new Uint8Array(info(this).spki), 'der', 'spki', false));
    },
    verify(pkey) {
      if (!(pkey instanceof KeyObject)) throw E().invalidArgType('pkey', 'KeyObject', pkey);
      if (pkey.type !== 'public') throw E().invalidArgValue('pkey', pkey);
      return host.x509Verify(this[kHandle], keyState(pkey).native);
    },
    toString() {
      return info(this).pem;
    },
    toJSON() {
      return info(this).pem;
    },
    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      if (depth < 0) return this;
      const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      const fields = {};
      for (const k of ['subject', 'subjectAltName', 'issuer', 'infoAccess', 'validFrom', 'validTo', 'validFromDate',
        'validToDate', 'fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber',
        'signatureAlgorithm', 'signatureAlgorithmOid']) {
        fields[k] = this[k];
      }
      return `X509Certificate ${inspect(fields, opts)}`;
    },
  });

  return { init };
})
