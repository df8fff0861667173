package runtime

// Asymmetric keys for node:crypto: RSA, EC (P-256, P-384, P-521) and
// Ed25519 key objects read from and written to PEM, DER and JWK, key pair
// generation, signatures (sign/verify, createSign/createVerify) and RSA
// encryption (publicEncrypt/privateDecrypt), on crypto/rsa, crypto/ecdsa,
// crypto/ed25519 and crypto/x509. js/crypto_keys.js holds the API.

import (
	"crypto"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/asn1"
	"encoding/base64"
	"encoding/pem"
	"math/big"
	"strings"

	"github.com/dop251/goja"
)

// asymKey is a key object's key: priv is nil for a public key. priv is a
// crypto.Signer, or an *ecdh.PrivateKey for X25519 (agreement only).
type asymKey struct {
	priv crypto.PrivateKey
	pub  crypto.PublicKey
}

func (k *asymKey) kind() string {
	switch k.pub.(type) {
	case *rsa.PublicKey:
		return "rsa"
	case *ecdsa.PublicKey:
		return "ec"
	case ed25519.PublicKey:
		return "ed25519"
	case *ecdh.PublicKey:
		return "x25519"
	}
	return ""
}

// curveNames are Node's names of a curve: OpenSSL's (namedCurve in
// asymmetricKeyDetails) and JWK's.
var curveNames = map[elliptic.Curve][2]string{
	elliptic.P256(): {"prime256v1", "P-256"},
	elliptic.P384(): {"secp384r1", "P-384"},
	elliptic.P521(): {"secp521r1", "P-521"},
}

func curveByName(name string) elliptic.Curve {
	for c, n := range curveNames {
		if strings.EqualFold(name, n[0]) || strings.EqualFold(name, n[1]) {
			return c
		}
	}
	switch name {
	case "secp256r1":
		return elliptic.P256()
	}
	return nil
}

// parseAsymKey reads a key: PEM (any of its labels) or DER of the given
// type ("pkcs8", "pkcs1", "sec1", "spki"). A private key asked for as
// public gives its public half, as createPublicKey does.
func parseAsymKey(data []byte, format, typ string, wantPrivate bool) (*asymKey, bool) {
	if format == "pem" {
		block, _ := pem.Decode(data)
		if block == nil {
			return nil, false
		}
		data = block.Bytes
		switch block.Type {
		case "PRIVATE KEY":
			typ = "pkcs8"
		case "RSA PRIVATE KEY":
			typ = "pkcs1"
		case "EC PRIVATE KEY":
			typ = "sec1"
		case "PUBLIC KEY":
			typ = "spki"
		case "RSA PUBLIC KEY":
			typ = "pkcs1-public"
		default:
			return nil, false
		}
	} else if typ == "pkcs1" && !wantPrivate {
		typ = "pkcs1-public"
	}
	var key any
	var err error
	switch typ {
	case "pkcs8":
		key, err = x509.ParsePKCS8PrivateKey(data)
	case "pkcs1":
		key, err = x509.ParsePKCS1PrivateKey(data)
	case "sec1":
		key, err = x509.ParseECPrivateKey(data)
	case "spki":
		key, err = x509.ParsePKIXPublicKey(data)
	case "pkcs1-public":
		key, err = x509.ParsePKCS1PublicKey(data)
	default:
		return nil, false
	}
	if err != nil {
		return nil, false
	}
	if s, ok := key.(crypto.Signer); ok {
		if wantPrivate {
			return &asymKey{priv: s, pub: s.Public()}, true
		}
		return &asymKey{pub: s.Public()}, true
	}
	if x, ok := key.(*ecdh.PrivateKey); ok && x.Curve() == ecdh.X25519() {
		if wantPrivate {
			return &asymKey{priv: x, pub: x.PublicKey()}, true
		}
		return &asymKey{pub: x.PublicKey()}, true
	}
	if wantPrivate {
		return nil, false
	}
	switch key := key.(type) {
	case *rsa.PublicKey, *ecdsa.PublicKey, ed25519.PublicKey:
		return &asymKey{pub: key}, true
	case *ecdh.PublicKey:
		if key.Curve() == ecdh.X25519() {
			return &asymKey{pub: key}, true
		}
	}
	return nil, false
}

// export writes the key as format ("pem", "der") of type; "" when the
// combination does not exist for this key.
func (k *asymKey) export(format, typ string, private bool) ([]byte, bool) {
	var der []byte
	var label string
	var err error
	switch {
	case private && typ == "pkcs8":
		der, err = x509.MarshalPKCS8PrivateKey(k.priv)
		label = "PRIVATE KEY"
	case private && typ == "pkcs1":
		rk, ok := k.priv.(*rsa.PrivateKey)
		if !ok {
			return nil, false
		}
		der, label = x509.MarshalPKCS1PrivateKey(rk), "RSA PRIVATE KEY"
	case private && typ == "sec1":
		ek, ok := k.priv.(*ecdsa.PrivateKey)
		if !ok {
			return nil, false
		}
		der, err = x509.MarshalECPrivateKey(ek)
		label = "EC PRIVATE KEY"
	case !private && typ == "spki":
		der, err = x509.MarshalPKIXPublicKey(k.pub)
		label = "PUBLIC KEY"
	case !private && typ == "pkcs1":
		rk, ok := k.pub.(*rsa.PublicKey)
		if !ok {
			return nil, false
		}
		der, label = x509.MarshalPKCS1PublicKey(rk), "RSA PUBLIC KEY"
	default:
		return nil, false
	}
	if err != nil {
		return nil, false
	}
	if format == "der" {
		return der, true
	}
	return pem.EncodeToMemory(&pem.Block{Type: label, Bytes: der}), true
}

func b64url(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

// jwk is the key as a JSON Web Key's members, in Node's order.
func (k *asymKey) jwk(private bool) ([][2]string, bool) {
	switch pub := k.pub.(type) {
	case *rsa.PublicKey:
		out := [][2]string{{"kty", "RSA"}, {"n", b64url(pub.N.Bytes())}, {"e", b64url(big.NewInt(int64(pub.E)).Bytes())}}
		if private {
			rk := k.priv.(*rsa.PrivateKey)
			rk.Precompute()
			out = append(out, [2]string{"d", b64url(rk.D.Bytes())}, [2]string{"p", b64url(rk.Primes[0].Bytes())},
				[2]string{"q", b64url(rk.Primes[1].Bytes())}, [2]string{"dp", b64url(rk.Precomputed.Dp.Bytes())},
				[2]string{"dq", b64url(rk.Precomputed.Dq.Bytes())}, [2]string{"qi", b64url(rk.Precomputed.Qinv.Bytes())})
		}
		return out, true
	case *ecdsa.PublicKey:
		size := (pub.Curve.Params().BitSize + 7) / 8
		ek, err := pub.ECDH()
		if err != nil {
			return nil, false
		}
		raw := ek.Bytes() // 0x04 || X || Y
		out := [][2]string{{"kty", "EC"}, {"x", b64url(raw[1 : 1+size])}, {"y", b64url(raw[1+size:])}, {"crv", curveNames[pub.Curve][1]}}
		if private {
			pk, err := k.priv.(*ecdsa.PrivateKey).ECDH()
			if err != nil {
				return nil, false
			}
			out = append(out, [2]string{"d", b64url(pk.Bytes())})
		}
		return out, true
	case ed25519.PublicKey:
		out := [][2]string{{"kty", "OKP"}, {"crv", "Ed25519"}, {"x", b64url(pub)}}
		if private {
			out = append(out, [2]string{"d", b64url(k.priv.(ed25519.PrivateKey).Seed())})
		}
		return out, true
	case *ecdh.PublicKey:
		out := [][2]string{{"kty", "OKP"}, {"crv", "X25519"}, {"x", b64url(pub.Bytes())}}
		if private {
			out = append(out, [2]string{"d", b64url(k.priv.(*ecdh.PrivateKey).Bytes())})
		}
		return out, true
	}
	return nil, false
}

// jwkKey reads a JWK (its members as strings).
func jwkKey(m map[string]string, wantPrivate bool) (*asymKey, bool) {
	dec := func(name string) *big.Int {
		b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(m[name], "="))
		if err != nil || m[name] == "" {
			return nil
		}
		return new(big.Int).SetBytes(b)
	}
	raw := func(name string) []byte {
		b, _ := base64.RawURLEncoding.DecodeString(strings.TrimRight(m[name], "="))
		return b
	}
	switch m["kty"] {
	case "RSA":
		n, e := dec("n"), dec("e")
		if n == nil || e == nil {
			return nil, false
		}
		pub := &rsa.PublicKey{N: n, E: int(e.Int64())}
		if !wantPrivate {
			return &asymKey{pub: pub}, true
		}
		d, p, q := dec("d"), dec("p"), dec("q")
		if d == nil || p == nil || q == nil {
			return nil, false
		}
		rk := &rsa.PrivateKey{PublicKey: *pub, D: d, Primes: []*big.Int{p, q}}
		if rk.Validate() != nil {
			return nil, false
		}
		rk.Precompute()
		return &asymKey{priv: rk, pub: &rk.PublicKey}, true
	case "EC":
		c := curveByName(m["crv"])
		if c == nil {
			return nil, false
		}
		size := (c.Params().BitSize + 7) / 8
		pt := append([]byte{4}, append(leftPad(raw("x"), size), leftPad(raw("y"), size)...)...)
		pub, err := ecdsa.ParseUncompressedPublicKey(c, pt)
		if err != nil {
			return nil, false
		}
		if !wantPrivate {
			return &asymKey{pub: pub}, true
		}
		priv, err := ecdsa.ParseRawPrivateKey(c, leftPad(raw("d"), size))
		if err != nil || !priv.PublicKey.Equal(pub) {
			return nil, false
		}
		return &asymKey{priv: priv, pub: &priv.PublicKey}, true
	case "OKP":
		if m["crv"] == "X25519" {
			if !wantPrivate {
				pub, err := ecdh.X25519().NewPublicKey(raw("x"))
				if err != nil {
					return nil, false
				}
				return &asymKey{pub: pub}, true
			}
			priv, err := ecdh.X25519().NewPrivateKey(raw("d"))
			if err != nil {
				return nil, false
			}
			return &asymKey{priv: priv, pub: priv.PublicKey()}, true
		}
		if m["crv"] != "Ed25519" {
			return nil, false
		}
		if !wantPrivate {
			x := raw("x")
			if len(x) != ed25519.PublicKeySize {
				return nil, false
			}
			return &asymKey{pub: ed25519.PublicKey(x)}, true
		}
		d := raw("d")
		if len(d) != ed25519.SeedSize {
			return nil, false
		}
		pk := ed25519.NewKeyFromSeed(d)
		return &asymKey{priv: pk, pub: pk.Public()}, true
	}
	return nil, false
}

func leftPad(b []byte, n int) []byte {
	if len(b) >= n {
		return b
	}
	return append(make([]byte, n-len(b)), b...)
}

var cryptoHashes = map[string]crypto.Hash{
	"md5": crypto.MD5, "sha1": crypto.SHA1, "sha224": crypto.SHA224, "sha256": crypto.SHA256,
	"sha384": crypto.SHA384, "sha512": crypto.SHA512, "sha512-224": crypto.SHA512_224, "sha512-256": crypto.SHA512_256,
	"sha3-224": crypto.SHA3_224, "sha3-256": crypto.SHA3_256, "sha3-384": crypto.SHA3_384, "sha3-512": crypto.SHA3_512,
}

// signHash resolves a digest name as createSign accepts it ("sha256",
// "RSA-SHA256", "SHA256"...).
func signHash(name string) (crypto.Hash, bool) {
	if _, ok := lookupHash(name); !ok {
		return 0, false
	}
	n := strings.ToLower(name)
	n = strings.TrimPrefix(n, "rsa-")
	n = strings.TrimSuffix(n, "withrsaencryption")
	n = strings.ReplaceAll(strings.ReplaceAll(n, "sha2-", "sha"), "sha-", "sha")
	n = strings.Replace(n, "sha512/", "sha512-", 1)
	h, ok := cryptoHashes[n]
	if !ok {
		if strings.HasPrefix(n, "ssl3-") {
			h, ok = cryptoHashes[strings.TrimPrefix(n, "ssl3-")]
		} else if n == "sha1-2" {
			h, ok = crypto.SHA1, true
		}
	}
	return h, ok
}

type signOpts struct {
	hash       string // "" for Ed25519 (and a default for the others)
	pss        bool
	saltLength int  // -2: RSA_PSS_SALTLEN_MAX_SIGN/AUTO, -1: digest length
	p1363      bool // ECDSA r||s instead of DER
}

// digest hashes data with o's hash (sha256 when none is named), or is
// false for a hash that is unknown or not built in.
func (o signOpts) digest(data []byte) (crypto.Hash, []byte, bool) {
	name := o.hash
	if name == "" {
		name = "sha256"
	}
	h, ok := signHash(name)
	if !ok || !h.Available() {
		return 0, nil, false
	}
	hh := h.New()
	hh.Write(data)
	return h, hh.Sum(nil), true
}

// pssOptions maps Node's special salt lengths onto Go's.
func (o signOpts) pssOptions() *rsa.PSSOptions {
	salt := o.saltLength
	switch salt {
	case -2:
		salt = rsa.PSSSaltLengthAuto
	case -1:
		salt = rsa.PSSSaltLengthEqualsHash
	}
	return &rsa.PSSOptions{SaltLength: salt}
}

func (k *asymKey) sign(data []byte, o signOpts) ([]byte, string) {
	if _, ok := k.priv.(crypto.Signer); !ok {
		return nil, "unsupported"
	}
	if _, isEd := k.pub.(ed25519.PublicKey); isEd {
		return ed25519.Sign(k.priv.(ed25519.PrivateKey), data), ""
	}
	h, digest, ok := o.digest(data)
	if !ok {
		return nil, "digest"
	}
	switch priv := k.priv.(type) {
	case *rsa.PrivateKey:
		if o.pss {
			sig, err := rsa.SignPSS(rand.Reader, priv, h, digest, o.pssOptions())
			if err != nil {
				return nil, "sign"
			}
			return sig, ""
		}
		sig, err := rsa.SignPKCS1v15(rand.Reader, priv, h, digest)
		if err != nil {
			return nil, "sign"
		}
		return sig, ""
	case *ecdsa.PrivateKey:
		sig, err := ecdsa.SignASN1(rand.Reader, priv, digest)
		if err != nil {
			return nil, "sign"
		}
		if o.p1363 {
			return derToP1363(sig, priv.Curve), ""
		}
		return sig, ""
	}
	return nil, "unsupported"
}

func (k *asymKey) verify(data, sig []byte, o signOpts) (bool, string) {
	if pub, isEd := k.pub.(ed25519.PublicKey); isEd {
		return ed25519.Verify(pub, data, sig), ""
	}
	h, digest, ok := o.digest(data)
	if !ok {
		return false, "digest"
	}
	switch pub := k.pub.(type) {
	case *rsa.PublicKey:
		if o.pss {
			return rsa.VerifyPSS(pub, h, digest, sig, o.pssOptions()) == nil, ""
		}
		return rsa.VerifyPKCS1v15(pub, h, digest, sig) == nil, ""
	case *ecdsa.PublicKey:
		if o.p1363 {
			size := (pub.Curve.Params().BitSize + 7) / 8
			if len(sig) != 2*size {
				return false, ""
			}
			r, s := new(big.Int).SetBytes(sig[:size]), new(big.Int).SetBytes(sig[size:])
			return ecdsa.Verify(pub, digest, r, s), ""
		}
		return ecdsa.VerifyASN1(pub, digest, sig), ""
	}
	return false, "unsupported"
}

func derToP1363(der []byte, c elliptic.Curve) []byte {
	var sig struct{ R, S *big.Int }
	if _, err := asn1.Unmarshal(der, &sig); err != nil {
		return nil
	}
	size := (c.Params().BitSize + 7) / 8
	return append(sig.R.FillBytes(make([]byte, size)), sig.S.FillBytes(make([]byte, size))...)
}

// generateKey makes a key pair: "rsa" (bits, public exponent), "ec"
// (curve name) or "ed25519".
func generateKey(kind string, bits, exp int, curve string) (*asymKey, string) {
	switch kind {
	case "rsa":
		if exp != 65537 {
			// crypto/rsa generates keys with e = 65537 only.
			return nil, "exponent"
		}
		k, err := rsa.GenerateKey(rand.Reader, bits)
		if err != nil {
			return nil, "rsa"
		}
		return &asymKey{priv: k, pub: &k.PublicKey}, ""
	case "ec":
		c := curveByName(curve)
		if c == nil {
			return nil, "curve"
		}
		k, err := ecdsa.GenerateKey(c, rand.Reader)
		if err != nil {
			return nil, "curve"
		}
		return &asymKey{priv: k, pub: &k.PublicKey}, ""
	case "ed25519":
		pub, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, "ed25519"
		}
		return &asymKey{priv: priv, pub: pub}, ""
	case "x25519":
		priv, err := ecdh.X25519().GenerateKey(rand.Reader)
		if err != nil {
			return nil, "x25519"
		}
		return &asymKey{priv: priv, pub: priv.PublicKey()}, ""
	}
	return nil, "type"
}

// installKeyHost adds the asymmetric key functions to js/crypto.js's host.
func (vm *VM) installKeyHost(host *goja.Object) {
	rt := vm.RT
	arrayBuffer := func(b []byte) goja.Value { return rt.ToValue(rt.NewArrayBuffer(b)) }
	var wrap func(k *asymKey) *goja.Object
	keyOf := func(v goja.Value) *asymKey {
		if o, ok := v.(*goja.Object); ok {
			if k, ok := o.Get("k").Export().(*asymKey); ok {
				return k
			}
		}
		panic(rt.NewTypeError("runtime: not a key handle"))
	}
	wrap = func(k *asymKey) *goja.Object {
		h := rt.NewObject()
		must(h.DefineDataProperty("k", rt.ToValue(k), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
		return h
	}
	set := func(name string, f func(goja.FunctionCall) goja.Value) { must(host.Set(name, f)) }
	// keyParse(bytes, format, type, private) → handle or null.
	set("keyParse", func(c goja.FunctionCall) goja.Value {
		k, ok := parseAsymKey(bytesOf(rt, c.Argument(0)), c.Argument(1).String(), c.Argument(2).String(), c.Argument(3).ToBoolean())
		if !ok {
			return goja.Null()
		}
		return wrap(k)
	})
	// keyFromJWK(jwk object, private) → handle or null.
	set("keyFromJWK", func(c goja.FunctionCall) goja.Value {
		m := map[string]string{}
		o := c.Argument(0).ToObject(rt)
		for _, name := range o.Keys() {
			if v := o.Get(name); goja.IsString(v) {
				m[name] = v.String()
			}
		}
		k, ok := jwkKey(m, c.Argument(1).ToBoolean())
		if !ok {
			return goja.Null()
		}
		return wrap(k)
	})
	// keyPublic(handle) → a handle of its public half.
	set("keyPublic", func(c goja.FunctionCall) goja.Value { return wrap(&asymKey{pub: keyOf(c.Argument(0)).pub}) })
	set("keyType", func(c goja.FunctionCall) goja.Value { return rt.ToValue(keyOf(c.Argument(0)).kind()) })
	// keyDetails(handle) → asymmetricKeyDetails.
	set("keyDetails", func(c goja.FunctionCall) goja.Value {
		o := rt.NewObject()
		switch pub := keyOf(c.Argument(0)).pub.(type) {
		case *rsa.PublicKey:
			must(o.Set("modulusLength", pub.N.BitLen()))
			must(o.Set("publicExponent", big.NewInt(int64(pub.E))))
		case *ecdsa.PublicKey:
			must(o.Set("namedCurve", curveNames[pub.Curve][0]))
		}
		return o
	})
	// keyExport(handle, format, type, private) → ArrayBuffer or null.
	set("keyExport", func(c goja.FunctionCall) goja.Value {
		b, ok := keyOf(c.Argument(0)).export(c.Argument(1).String(), c.Argument(2).String(), c.Argument(3).ToBoolean())
		if !ok {
			return goja.Null()
		}
		return arrayBuffer(b)
	})
	// keyJWK(handle, private) → [[name, value]...] or null.
	set("keyJWK", func(c goja.FunctionCall) goja.Value {
		pairs, ok := keyOf(c.Argument(0)).jwk(c.Argument(1).ToBoolean())
		if !ok {
			return goja.Null()
		}
		out := make([]any, len(pairs))
		for i, p := range pairs {
			out[i] = rt.NewArray(p[0], p[1])
		}
		return rt.NewArray(out...)
	})
	// keyEquals(a, b) → same key material.
	set("keyEquals", func(c goja.FunctionCall) goja.Value {
		a, b := keyOf(c.Argument(0)), keyOf(c.Argument(1))
		type equaler interface{ Equal(crypto.PublicKey) bool }
		if (a.priv == nil) != (b.priv == nil) {
			return rt.ToValue(false)
		}
		if a.priv != nil {
			ap, ok := a.priv.(interface{ Equal(crypto.PrivateKey) bool })
			return rt.ToValue(ok && ap.Equal(b.priv))
		}
		ap, ok := a.pub.(equaler)
		return rt.ToValue(ok && ap.Equal(b.pub))
	})
	opts := func(o *goja.Object) signOpts {
		so := signOpts{saltLength: -2}
		if v := o.Get("hash"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
			so.hash = v.String()
		}
		truthy := func(name string) bool { v := o.Get(name); return v != nil && v.ToBoolean() }
		so.pss, so.p1363 = truthy("pss"), truthy("p1363")
		if v := o.Get("saltLength"); v != nil && !goja.IsUndefined(v) {
			so.saltLength = int(v.ToInteger())
		}
		return so
	}
	// keySign(handle, data, opts) → ArrayBuffer or the failure's name.
	set("keySign", func(c goja.FunctionCall) goja.Value {
		sig, fail := keyOf(c.Argument(0)).sign(bytesOf(rt, c.Argument(1)), opts(c.Argument(2).ToObject(rt)))
		if fail != "" {
			return rt.ToValue(fail)
		}
		return arrayBuffer(sig)
	})
	// keyVerify(handle, data, sig, opts) → boolean or the failure's name.
	set("keyVerify", func(c goja.FunctionCall) goja.Value {
		ok, fail := keyOf(c.Argument(0)).verify(bytesOf(rt, c.Argument(1)), bytesOf(rt, c.Argument(2)), opts(c.Argument(3).ToObject(rt)))
		if fail != "" {
			return rt.ToValue(fail)
		}
		return rt.ToValue(ok)
	})
	// keyGenerate(kind, bits, exponent, curve) → handle or the failure.
	// With done, the key is made on the pool and done(handle | failure)
	// runs on the loop.
	set("keyGenerate", func(c goja.FunctionCall) goja.Value {
		kind, bits, exp, curve := c.Argument(0).String(), int(c.Argument(1).ToInteger()), int(c.Argument(2).ToInteger()), c.Argument(3).String()
		result := func(k *asymKey, fail string) goja.Value {
			if fail != "" {
				return rt.ToValue(fail)
			}
			return wrap(k)
		}
		done, async := goja.AssertFunction(c.Argument(4))
		if !async {
			return result(generateKey(kind, bits, exp, curve))
		}
		type gen struct {
			k    *asymKey
			fail string
		}
		vm.Loop.Submit(func() any {
			k, fail := generateKey(kind, bits, exp, curve)
			return gen{k, fail}
		}, func(r any) error {
			g := r.(gen)
			_, err := done(goja.Undefined(), result(g.k, g.fail))
			return err
		})
		return goja.Undefined()
	})
	// keyRaw(handle, data, private, padding) is privateEncrypt (private) and
	// publicDecrypt: RSA with PKCS#1 type 1 padding (1) or none (3), the
	// signature primitive without a digest. → ArrayBuffer or failure.
	set("keyRaw", func(c goja.FunctionCall) goja.Value {
		k := keyOf(c.Argument(0))
		data := bytesOf(rt, c.Argument(1))
		private, padding := c.Argument(2).ToBoolean(), c.Argument(3).ToInteger()
		pub, ok := k.pub.(*rsa.PublicKey)
		if !ok || (private && k.priv == nil) {
			return rt.ToValue("type")
		}
		size := pub.Size()
		if padding != 1 && padding != 3 {
			return rt.ToValue("padding")
		}
		if private {
			if padding == 1 {
				sig, err := rsa.SignPKCS1v15(nil, k.priv.(*rsa.PrivateKey), crypto.Hash(0), data)
				if err != nil {
					return rt.ToValue("large")
				}
				return arrayBuffer(sig)
			}
			if len(data) != size {
				return rt.ToValue("large")
			}
			m := new(big.Int).SetBytes(data)
			if m.Cmp(pub.N) >= 0 {
				return rt.ToValue("large")
			}
			priv := k.priv.(*rsa.PrivateKey)
			return arrayBuffer(new(big.Int).Exp(m, priv.D, pub.N).FillBytes(make([]byte, size)))
		}
		if len(data) != size {
			return rt.ToValue("large")
		}
		em := new(big.Int).Exp(new(big.Int).SetBytes(data), big.NewInt(int64(pub.E)), pub.N).FillBytes(make([]byte, size))
		if padding == 3 {
			return arrayBuffer(em)
		}
		// 00 01 FF…FF 00 data, with at least eight FF bytes.
		if em[0] != 0 || em[1] != 1 {
			return rt.ToValue("padding-check")
		}
		i := 2
		for i < len(em) && em[i] == 0xff {
			i++
		}
		if i < 10 || i >= len(em) || em[i] != 0 {
			return rt.ToValue("padding-check")
		}
		return arrayBuffer(em[i+1:])
	})
	// keyEncrypt(handle, data, oaep, oaepHash, decrypt, label) → ArrayBuffer or failure.
	set("keyCrypt", func(c goja.FunctionCall) goja.Value {
		k := keyOf(c.Argument(0))
		data := bytesOf(rt, c.Argument(1))
		oaep, decrypt := c.Argument(2).ToBoolean(), c.Argument(4).ToBoolean()
		label := []byte(nil)
		if l, ok := c.Argument(5).Export().([]byte); ok {
			label = l
		}
		pub, ok := k.pub.(*rsa.PublicKey)
		if !ok {
			return rt.ToValue("type")
		}
		h := crypto.SHA1
		if oaep {
			var ok bool
			if h, ok = signHash(c.Argument(3).String()); !ok {
				return rt.ToValue("digest")
			}
		}
		var out []byte
		var err error
		switch {
		case decrypt && k.priv == nil:
			return rt.ToValue("type")
		case decrypt && oaep:
			out, err = rsa.DecryptOAEP(h.New(), nil, k.priv.(*rsa.PrivateKey), data, label)
		case decrypt:
			out, err = rsa.DecryptPKCS1v15(nil, k.priv.(*rsa.PrivateKey), data)
		case oaep:
			out, err = rsa.EncryptOAEP(h.New(), rand.Reader, pub, data, label)
		default:
			out, err = rsa.EncryptPKCS1v15(rand.Reader, pub, data)
		}
		if err != nil {
			return rt.ToValue("crypt")
		}
		return arrayBuffer(out)
	})
}
