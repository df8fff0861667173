package runtime

// node:crypto on the standard library's crypto packages: randomness
// (randomBytes, randomFill, randomInt, randomUUID/v7, getRandomValues),
// digests and HMAC (createHash, createHmac, hash), key derivation (pbkdf2,
// hkdf, scrypt in mod_crypto_scrypt.go), AES ciphers (mod_crypto_cipher.go),
// secret KeyObjects, and Web Crypto (globalThis.crypto, crypto.subtle for
// secret keys: mod_crypto_subtle.go). The API's shape, argument checks and
// error messages live in js/crypto*.js; the Go side plays OpenSSL's part.
// Asynchronous forms run on the worker pool, as libuv's thread pool runs
// them in Node, and hand their results back on the loop.

import (
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	stdencoding "encoding"
	"hash"
	"strings"
	"time"

	"github.com/dop251/goja"
)

func init() {
	registerBuiltin("crypto", func(vm *VM) (*goja.Object, error) { return vm.cryptoModule() })
	registerGlobals(50, "crypto", func(vm *VM) error {
		for _, name := range []string{"crypto", "Crypto", "SubtleCrypto", "CryptoKey"} {
			vm.defineLazyGlobal(name, name == "crypto", func() (goja.Value, error) {
				m, err := vm.cryptoModule()
				if err != nil {
					return nil, err
				}
				web := m.Get("webcrypto").ToObject(vm.RT)
				switch name {
				case "crypto":
					return web, nil
				case "Crypto":
					return web.Get("constructor"), nil
				case "SubtleCrypto":
					return web.Get("subtle").ToObject(vm.RT).Get("constructor"), nil
				}
				return m.Get("CryptoKey"), nil
			})
		}
		return nil
	})
}

func (vm *VM) cryptoModule() (*goja.Object, error) {
	return vm.cachedInternal("cryptoModule", func() (goja.Value, error) {
		return vm.internalJS("crypto", vm.cryptoHost())
	})
}

// hashCtor makes a fresh hash of one algorithm; size is the default
// output length of an extendable-output function (0: not one).
type hashCtor struct {
	new  func() hash.Hash
	xof  func() *sha3.SHAKE
	size int
}

// hashAlgorithms are the digests, by OpenSSL's names (lower case; OpenSSL
// matches names without regard to case). Order is getHashes()'s: Node's
// list, less the digests the standard library lacks (RIPEMD-160, BLAKE2,
// SM3, MD5-SHA1, Keccak).
var hashAlgorithms = []struct {
	names []string
	ctor  hashCtor
}{
	{[]string{"rsa-md5", "md5", "md5withrsaencryption", "ssl3-md5"}, hashCtor{new: md5.New}},
	{[]string{"rsa-sha1", "rsa-sha1-2", "sha-1", "sha1", "sha1withrsaencryption", "ssl3-sha1"}, hashCtor{new: sha1.New}},
	{[]string{"rsa-sha224", "sha-224", "sha2-224", "sha224", "sha224withrsaencryption"}, hashCtor{new: sha256.New224}},
	{[]string{"rsa-sha256", "sha-256", "sha2-256", "sha256", "sha256withrsaencryption"}, hashCtor{new: sha256.New}},
	{[]string{"rsa-sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-224", "sha3-224"}, hashCtor{new: func() hash.Hash { return sha3.New224() }}},
	{[]string{"rsa-sha3-256", "id-rsassa-pkcs1-v1_5-with-sha3-256", "sha3-256"}, hashCtor{new: func() hash.Hash { return sha3.New256() }}},
	{[]string{"rsa-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-384", "sha3-384"}, hashCtor{new: func() hash.Hash { return sha3.New384() }}},
	{[]string{"rsa-sha3-512", "id-rsassa-pkcs1-v1_5-with-sha3-512", "sha3-512"}, hashCtor{new: func() hash.Hash { return sha3.New512() }}},
	{[]string{"rsa-sha384", "sha-384", "sha2-384", "sha384", "sha384withrsaencryption"}, hashCtor{new: sha512.New384}},
	{[]string{"rsa-sha512", "sha-512", "sha2-512", "sha512", "sha512withrsaencryption"}, hashCtor{new: sha512.New}},
	{[]string{"rsa-sha512/224", "sha-512/224", "sha2-512/224", "sha512-224", "sha512-224withrsaencryption"}, hashCtor{new: sha512.New512_224}},
	{[]string{"rsa-sha512/256", "sha-512/256", "sha2-512/256", "sha512-256", "sha512-256withrsaencryption"}, hashCtor{new: sha512.New512_256}},
	{[]string{"shake-128", "shake128"}, hashCtor{xof: sha3.NewSHAKE128, size: 16}},
	{[]string{"shake-256", "shake256"}, hashCtor{xof: sha3.NewSHAKE256, size: 32}},
}

// getHashesNames is what crypto.getHashes() lists, with Node's spelling.
var getHashesNames = []string{
	"RSA-MD5", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224", "RSA-SHA256", "RSA-SHA3-224", "RSA-SHA3-256",
	"RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384", "RSA-SHA512", "RSA-SHA512/224", "RSA-SHA512/256",
	"id-rsassa-pkcs1-v1_5-with-sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-256",
	"id-rsassa-pkcs1-v1_5-with-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-512",
	"md5", "md5WithRSAEncryption", "sha-1", "sha-224", "sha-256", "sha-384", "sha-512",
	"sha-512/224", "sha-512/256", "sha1", "sha1WithRSAEncryption", "sha2-224", "sha2-256", "sha2-384",
	"sha2-512", "sha2-512/224", "sha2-512/256", "sha224", "sha224WithRSAEncryption", "sha256",
	"sha256WithRSAEncryption", "sha3-224", "sha3-256", "sha3-384", "sha3-512", "sha384",
	"sha384WithRSAEncryption", "sha512", "sha512-224", "sha512-224WithRSAEncryption", "sha512-256",
	"sha512-256WithRSAEncryption", "sha512WithRSAEncryption", "shake-128", "shake-256", "shake128",
	"shake256", "ssl3-md5", "ssl3-sha1",
}

func lookupHash(name string) (hashCtor, bool) {
	name = strings.ToLower(name)
	for _, a := range hashAlgorithms {
		for _, n := range a.names {
			if n == name {
				return a.ctor, true
			}
		}
	}
	return hashCtor{}, false
}

// digester is one running digest: a hash, or an extendable-output function
// read for outLen bytes.
type digester struct {
	h      hash.Hash
	xof    *sha3.SHAKE
	xofNew func() *sha3.SHAKE
	outLen int
}

func (d *digester) write(b []byte) {
	if d.xof != nil {
		_, _ = d.xof.Write(b)
		return
	}
	_, _ = d.h.Write(b)
}

func (d *digester) sum() []byte {
	if d.xof != nil {
		out := make([]byte, d.outLen)
		_, _ = d.xof.Read(out)
		return out
	}
	return d.h.Sum(nil)
}

// clone copies the running state (Hash.prototype.copy).
func (d *digester) clone() *digester {
	c := &digester{outLen: d.outLen, xofNew: d.xofNew}
	if d.xof != nil {
		c.xof = cloneState(d.xof, d.xofNew)
		return c
	}
	if cl, ok := d.h.(hash.Cloner); ok {
		if h, err := cl.Clone(); err == nil {
			c.h = h
			return c
		}
	}
	state, err := d.h.(stdencoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		panic(err)
	}
	// Every standard-library hash here unmarshals into a fresh one of its
	// kind; the algorithm is read back from the state's header.
	for _, a := range hashAlgorithms {
		if a.ctor.new == nil {
			continue
		}
		h := a.ctor.new()
		if u, ok := h.(stdencoding.BinaryUnmarshaler); ok && u.UnmarshalBinary(state) == nil && h.Size() == d.h.Size() {
			c.h = h
			return c
		}
	}
	panic("crypto: cannot copy this hash")
}

func cloneState[T interface {
	stdencoding.BinaryMarshaler
	stdencoding.BinaryUnmarshaler
}](src T, fresh func() T) T {
	state, err := src.MarshalBinary()
	if err != nil {
		panic(err)
	}
	dst := fresh()
	if err := dst.UnmarshalBinary(state); err != nil {
		panic(err)
	}
	return dst
}

// cryptoHost is the Go half of js/crypto.js.
func (vm *VM) cryptoHost() *goja.Object {
	rt := vm.RT
	host := rt.NewObject()
	set := func(name string, f func(goja.FunctionCall) goja.Value) { must(host.Set(name, f)) }
	arrayBuffer := func(b []byte) goja.Value { return rt.ToValue(rt.NewArrayBuffer(b)) }
	set("errors", func(goja.FunctionCall) goja.Value {
		errs, err := vm.nodeErrors()
		if err != nil {
			vm.throw(err)
		}
		return errs
	})

	// handle wraps a digester for js/crypto.js's Hash and Hmac objects.
	var handle func(d *digester) *goja.Object
	handle = func(d *digester) *goja.Object {
		o := rt.NewObject()
		must(o.Set("update", func(c goja.FunctionCall) goja.Value {
			d.write(bytesOf(rt, c.Argument(0)))
			return goja.Undefined()
		}))
		must(o.Set("digest", func(goja.FunctionCall) goja.Value { return arrayBuffer(d.sum()) }))
		must(o.Set("copy", func(goja.FunctionCall) goja.Value { return handle(d.clone()) }))
		must(o.Set("xof", d.xof != nil))
		return o
	}
	newDigester := func(name string, outLen goja.Value) *digester {
		ctor, ok := lookupHash(name)
		if !ok {
			return nil
		}
		if ctor.xof != nil {
			n := ctor.size
			if !goja.IsUndefined(outLen) {
				n = int(outLen.ToInteger())
			}
			return &digester{xof: ctor.xof(), xofNew: ctor.xof, outLen: n}
		}
		return &digester{h: ctor.new()}
	}
	// hash(name, outputLength) → handle, or null for an unknown digest.
	set("hash", func(c goja.FunctionCall) goja.Value {
		d := newDigester(c.Argument(0).String(), c.Argument(1))
		if d == nil {
			return goja.Null()
		}
		return handle(d)
	})
	// hmac(name, key u8) → handle, or null for an unknown digest or one
	// HMAC cannot use (an extendable-output function).
	set("hmac", func(c goja.FunctionCall) goja.Value {
		ctor, ok := lookupHash(c.Argument(0).String())
		if !ok || ctor.new == nil {
			return goja.Null()
		}
		key := append([]byte(nil), bytesOf(rt, c.Argument(1))...)
		return handle(&digester{h: hmac.New(ctor.new, key)})
	})
	// hashes() → getHashes()'s list.
	set("hashes", func(goja.FunctionCall) goja.Value {
		out := make([]any, len(getHashesNames))
		for i, n := range getHashesNames {
			out[i] = n
		}
		return rt.NewArray(out...)
	})
	// fill(u8): cryptographically strong bytes, now.
	set("fill", func(c goja.FunctionCall) goja.Value {
		_, _ = rand.Read(bytesOf(rt, c.Argument(0)))
		return goja.Undefined()
	})
	// fillAsync(u8, done): the bytes are made on the worker pool and copied
	// in on the loop (the pool never touches JavaScript memory).
	set("fillAsync", func(c goja.FunctionCall) goja.Value {
		dst := bytesOf(rt, c.Argument(0))
		done, _ := goja.AssertFunction(c.Argument(1))
		n := len(dst)
		vm.Loop.Submit(func() any {
			b := make([]byte, n)
			_, _ = rand.Read(b)
			return b
		}, func(r any) error {
			copy(dst, r.([]byte))
			_, err := done(goja.Undefined())
			return err
		})
		return goja.Undefined()
	})
	// uuid() → a version 4 UUID; uuid7() a version 7 one.
	set("uuid", func(goja.FunctionCall) goja.Value { return rt.ToValue(uuidV4()) })
	set("uuid7", func(goja.FunctionCall) goja.Value { return rt.ToValue(uuidV7()) })
	// hkdf(digest, ikm u8, salt u8, info u8, keylen, done) → ArrayBuffer,
	// null for an unknown digest, false for a length the digest cannot
	// give; with done, the work runs on the pool.
	set("hkdf", func(c goja.FunctionCall) goja.Value {
		ctor, ok := lookupHash(c.Argument(0).String())
		if !ok || ctor.new == nil {
			return goja.Null()
		}
		ikm := append([]byte(nil), bytesOf(rt, c.Argument(1))...)
		salt := append([]byte(nil), bytesOf(rt, c.Argument(2))...)
		info := string(bytesOf(rt, c.Argument(3)))
		n := int(c.Argument(4).ToInteger())
		if n > 255*ctor.new().Size() {
			return rt.ToValue(false)
		}
		work := func() []byte {
			k, err := hkdf.Key(ctor.new, ikm, salt, info, n)
			if err != nil {
				return []byte{}
			}
			return k
		}
		done, async := goja.AssertFunction(c.Argument(5))
		if !async {
			return arrayBuffer(work())
		}
		vm.Loop.Submit(func() any { return work() }, func(r any) error {
			_, err := done(goja.Undefined(), arrayBuffer(r.([]byte)))
			return err
		})
		return goja.Undefined()
	})
	// equal(a u8, b u8) → constant-time comparison of equal-length inputs.
	set("equal", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(subtle.ConstantTimeCompare(bytesOf(rt, c.Argument(0)), bytesOf(rt, c.Argument(1))) == 1)
	})
	// digestAsync(name, u8, done(ArrayBuffer)): subtle.digest's work, on
	// the pool (the input is copied first: JavaScript may change it).
	set("digestAsync", func(c goja.FunctionCall) goja.Value {
		d := newDigester(c.Argument(0).String(), goja.Undefined())
		data := append([]byte(nil), bytesOf(rt, c.Argument(1))...)
		done, _ := goja.AssertFunction(c.Argument(2))
		vm.Loop.Submit(func() any {
			d.write(data)
			return d.sum()
		}, func(r any) error {
			_, err := done(goja.Undefined(), arrayBuffer(r.([]byte)))
			return err
		})
		return goja.Undefined()
	})
	// pbkdf2(password u8, salt u8, iterations, keylen, digest, done) →
	// sync result (ArrayBuffer) when done is undefined, else done(ab) later.
	set("pbkdf2", func(c goja.FunctionCall) goja.Value {
		pw := append([]byte(nil), bytesOf(rt, c.Argument(0))...)
		salt := append([]byte(nil), bytesOf(rt, c.Argument(1))...)
		iter, keyLen := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger())
		ctor, ok := lookupHash(c.Argument(4).String())
		if !ok || ctor.new == nil {
			return goja.Null()
		}
		// pbkdf2.Key refuses a zero length, where OpenSSL's derivation
		// fails too: both are Node's "PBKDF2 derivation failed", which
		// js/crypto.js makes of a false result.
		work := func() []byte {
			k, err := pbkdf2.Key(ctor.new, string(pw), salt, iter, keyLen)
			if err != nil {
				return nil
			}
			return k
		}
		result := func(k []byte) goja.Value {
			if k == nil {
				return rt.ToValue(false)
			}
			return arrayBuffer(k)
		}
		done, async := goja.AssertFunction(c.Argument(5))
		if !async {
			return result(work())
		}
		vm.Loop.Submit(func() any { return work() }, func(r any) error {
			_, err := done(goja.Undefined(), result(r.([]byte)))
			return err
		})
		return goja.Undefined()
	})
	// scrypt(password u8, salt u8, keylen, N, r, p, maxmem, done) →
	// ArrayBuffer now, undefined with done (called later with the
	// ArrayBuffer), or "params" / "memory" for parameters OpenSSL refuses.
	set("scrypt", func(c goja.FunctionCall) goja.Value {
		pw := append([]byte(nil), bytesOf(rt, c.Argument(0))...)
		salt := append([]byte(nil), bytesOf(rt, c.Argument(1))...)
		keyLen := int(c.Argument(2).ToInteger())
		n, r, p := c.Argument(3).ToInteger(), c.Argument(4).ToInteger(), c.Argument(5).ToInteger()
		maxmem := c.Argument(6).ToInteger()
		if n < 2 || n&(n-1) != 0 || r < 1 || p < 1 || n >= 1<<32 || r*p >= 1<<30 {
			return rt.ToValue("params")
		}
		if mem := scryptMemory(uint64(n), uint64(r), uint64(p)); maxmem < 0 || mem > uint64(maxmem) {
			return rt.ToValue("memory")
		}
		work := func() []byte { return scryptKey(pw, salt, int(n), int(r), int(p), keyLen) }
		done, async := goja.AssertFunction(c.Argument(7))
		if !async {
			return arrayBuffer(work())
		}
		vm.Loop.Submit(func() any { return work() }, func(res any) error {
			_, err := done(goja.Undefined(), arrayBuffer(res.([]byte)))
			return err
		})
		return goja.Undefined()
	})
	vm.installCipherHost(host)
	vm.installKeyHost(host)
	vm.installECDHHost(host)
	vm.installX509Host(host)
	set("loadX509", func(c goja.FunctionCall) goja.Value {
		v, err := vm.internalJS("crypto_x509", c.Argument(0))
		if err != nil {
			vm.throw(err)
		}
		return v
	})
	set("hashKnown", func(c goja.FunctionCall) goja.Value {
		_, ok := signHash(c.Argument(0).String())
		return rt.ToValue(ok)
	})
	set("loadSubtleAsym", func(c goja.FunctionCall) goja.Value {
		v, err := vm.internalJS("crypto_subtle_asym", c.Argument(0))
		if err != nil {
			vm.throw(err)
		}
		return v
	})
	set("loadKDF", func(c goja.FunctionCall) goja.Value {
		v, err := vm.internalJS("crypto_kdf", c.Argument(0))
		if err != nil {
			vm.throw(err)
		}
		return v
	})
	set("loadKeys", func(c goja.FunctionCall) goja.Value {
		v, err := vm.internalJS("crypto_keys", c.Argument(0))
		if err != nil {
			vm.throw(err)
		}
		return v
	})
	vm.installSubtleHost(host)
	set("loadSubtle", func(c goja.FunctionCall) goja.Value {
		v, err := vm.internalJS("crypto_subtle", c.Argument(0))
		if err != nil {
			vm.throw(err)
		}
		return v
	})
	set("loadCiphers", func(c goja.FunctionCall) goja.Value {
		v, err := vm.internalJS("crypto_cipher", c.Argument(0))
		if err != nil {
			vm.throw(err)
		}
		return v
	})
	return host
}

// uuidV4 is RFC 9562's version 4 (random) UUID.
func uuidV4() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return formatUUID(b)
}

// uuidV7 is RFC 9562's version 7 UUID: 48 bits of Unix milliseconds, then
// random bits. As Node's, UUIDs made in one millisecond are not ordered
// among themselves (no counter).
func uuidV7() string {
	ms := time.Now().UnixMilli()
	var b [16]byte
	_, _ = rand.Read(b[6:])
	for i := 0; i < 6; i++ {
		b[i] = byte(ms >> (40 - 8*i))
	}
	b[6] = b[6]&0x0f | 0x70
	b[8] = b[8]&0x3f | 0x80
	return formatUUID(b)
}

func formatUUID(b [16]byte) string {
	const hexdig = "0123456789abcdef"
	out := make([]byte, 0, 36)
	for i, x := range b {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			out = append(out, '-')
		}
		out = append(out, hexdig[x>>4], hexdig[x&15])
	}
	return string(out)
}
