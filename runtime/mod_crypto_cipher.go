package runtime

// Symmetric ciphers for node:crypto's createCipheriv/createDecipheriv:
// AES in CBC, ECB (PKCS#7 padding, as OpenSSL's EVP layer pads), CTR and
// GCM. Each handle keeps OpenSSL's streaming contract: update() returns
// what can be returned at once (whole blocks; for CBC decryption, all but
// the last block, which padding may remove), final() the rest.

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/subtle"
	"strings"

	"github.com/dop251/goja"
)

type cipherMode uint8

const (
	modeCBC cipherMode = iota
	modeECB
	modeCTR
	modeGCM
)

type cipherSpec struct {
	name   string // Node's canonical name (getCipherInfo's)
	mode   cipherMode
	keyLen int
	ivLen  int
	nid    int
}

// cipherSpecs are the ciphers by every name OpenSSL accepts for them
// (lower case: names match without regard to case).
var cipherSpecs = map[string]cipherSpec{}

// cipherNames is getCiphers()'s list, sorted as Node's.
var cipherNames []string

func init() {
	add := func(spec cipherSpec, names ...string) {
		for _, n := range names {
			cipherSpecs[n] = spec
		}
	}
	for _, bits := range []struct {
		n                  string
		key                int
		ecb, cbc, ctr, gcm int
	}{{"128", 16, 418, 419, 904, 895}, {"192", 24, 422, 423, 905, 898}, {"256", 32, 426, 427, 906, 901}} {
		add(cipherSpec{"aes-" + bits.n + "-cbc", modeCBC, bits.key, 16, bits.cbc}, "aes-"+bits.n+"-cbc", "aes"+bits.n)
		add(cipherSpec{"aes-" + bits.n + "-ecb", modeECB, bits.key, 0, bits.ecb}, "aes-"+bits.n+"-ecb")
		add(cipherSpec{"aes-" + bits.n + "-ctr", modeCTR, bits.key, 16, bits.ctr}, "aes-"+bits.n+"-ctr")
		add(cipherSpec{"id-aes" + bits.n + "-gcm", modeGCM, bits.key, 12, bits.gcm}, "aes-"+bits.n+"-gcm", "id-aes"+bits.n+"-gcm")
		cipherNames = append(cipherNames, "aes-"+bits.n+"-cbc", "aes-"+bits.n+"-ctr", "aes-"+bits.n+"-ecb", "aes-"+bits.n+"-gcm")
	}
	cipherNames = append(cipherNames, "aes128", "aes192", "aes256", "id-aes128-gcm", "id-aes192-gcm", "id-aes256-gcm")
}

// gcmTagLengths are the tag lengths OpenSSL accepts for GCM.
func validGCMTag(n int) bool {
	return n == 4 || n == 8 || (n >= 12 && n <= 16)
}

// cipherState is one createCipheriv/createDecipheriv handle.
type cipherState struct {
	spec    cipherSpec
	decrypt bool
	block   cipher.Block
	iv      []byte
	pad     bool
	done    bool // final() was called
	pending []byte

	// CBC
	cbc cipher.BlockMode
	// CTR, and GCM's keystream
	stream cipher.Stream
	// GCM: the whole message is kept for the tag, computed at final()
	aead   cipher.AEAD
	aad    []byte
	plain  []byte
	tag    []byte // the tag: made by final() (cipher), given by setAuthTag (decipher)
	tagLen int
	began  bool // update() was called (AAD must come first)
}

// errCipher* are the failures final() reports, by Node's message.
const (
	errBadDecrypt  = "bad decrypt"
	errFinalLength = "wrong final block length"
	errAuth        = "auth"
)

func newCipherState(spec cipherSpec, key, iv []byte, decrypt bool, tagLen int) (*cipherState, string) {
	if len(key) != spec.keyLen {
		return nil, "keylen"
	}
	switch {
	case spec.mode == modeGCM:
		if len(iv) == 0 {
			return nil, "iv"
		}
	case len(iv) != spec.ivLen:
		return nil, "iv"
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, "keylen"
	}
	c := &cipherState{spec: spec, decrypt: decrypt, block: block, iv: append([]byte(nil), iv...), pad: true}
	switch spec.mode {
	case modeCBC:
		if decrypt {
			c.cbc = cipher.NewCBCDecrypter(block, c.iv)
		} else {
			c.cbc = cipher.NewCBCEncrypter(block, c.iv)
		}
	case modeCTR:
		c.stream = cipher.NewCTR(block, c.iv)
	case modeGCM:
		if tagLen == 0 {
			tagLen = 16
		}
		if !validGCMTag(tagLen) {
			return nil, "taglen"
		}
		c.tagLen = tagLen
		aead, err := cipher.NewGCMWithNonceSize(block, len(iv))
		if err != nil {
			return nil, "iv"
		}
		c.aead = aead
		// GCM encrypts with CTR from the counter block after J0. Sealing
		// one zero block gives that block's keystream; decrypting it with
		// the block cipher gives the counter block itself, from which the
		// stream goes on (for any IV length, without GHASH here).
		ks := aead.Seal(nil, c.iv, make([]byte, aes.BlockSize), nil)[:aes.BlockSize]
		ctr := make([]byte, aes.BlockSize)
		block.Decrypt(ctr, ks)
		c.stream = cipher.NewCTR(block, ctr)
	}
	return c, ""
}

func (c *cipherState) update(in []byte) []byte {
	c.began = true
	switch c.spec.mode {
	case modeCTR:
		out := make([]byte, len(in))
		c.stream.XORKeyStream(out, in)
		return out
	case modeGCM:
		out := make([]byte, len(in))
		c.stream.XORKeyStream(out, in)
		if c.decrypt {
			c.plain = append(c.plain, out...)
		} else {
			c.plain = append(c.plain, in...)
		}
		return out
	}
	c.pending = append(c.pending, in...)
	n := len(c.pending) / aes.BlockSize * aes.BlockSize
	if c.decrypt && c.pad && n == len(c.pending) && n > 0 {
		n -= aes.BlockSize // the last block may be padding: final() decides
	}
	out := make([]byte, n)
	c.crypt(out, c.pending[:n])
	c.pending = append(c.pending[:0], c.pending[n:]...)
	return out
}

// crypt runs whole blocks through CBC or ECB.
func (c *cipherState) crypt(dst, src []byte) {
	if c.spec.mode == modeCBC {
		c.cbc.CryptBlocks(dst, src)
		return
	}
	for i := 0; i < len(src); i += aes.BlockSize {
		if c.decrypt {
			c.block.Decrypt(dst[i:], src[i:i+aes.BlockSize])
		} else {
			c.block.Encrypt(dst[i:], src[i:i+aes.BlockSize])
		}
	}
}

// final returns the last output, or the failure (errBadDecrypt,
// errFinalLength, errAuth).
func (c *cipherState) final() ([]byte, string) {
	c.done = true
	switch c.spec.mode {
	case modeCTR:
		return nil, ""
	case modeGCM:
		full := c.aead.Seal(nil, c.iv, c.plain, c.aad)
		tag := full[len(full)-16:][:c.tagLen]
		if !c.decrypt {
			c.tag = tag
			return nil, ""
		}
		if c.tag == nil || len(c.tag) > len(tag) || subtle.ConstantTimeCompare(c.tag, tag[:len(c.tag)]) != 1 {
			return nil, errAuth
		}
		return nil, ""
	}
	if !c.decrypt {
		if c.pad {
			p := aes.BlockSize - len(c.pending)%aes.BlockSize
			for i := 0; i < p; i++ {
				c.pending = append(c.pending, byte(p))
			}
		} else if len(c.pending) != 0 {
			return nil, errFinalLength
		}
		out := make([]byte, len(c.pending))
		c.crypt(out, c.pending)
		return out, ""
	}
	if len(c.pending)%aes.BlockSize != 0 || (c.pad && len(c.pending) == 0) {
		return nil, errFinalLength
	}
	out := make([]byte, len(c.pending))
	c.crypt(out, c.pending)
	if !c.pad {
		return out, ""
	}
	p := int(out[len(out)-1])
	if p == 0 || p > aes.BlockSize {
		return nil, errBadDecrypt
	}
	for _, b := range out[len(out)-p:] {
		if int(b) != p {
			return nil, errBadDecrypt
		}
	}
	return out[:len(out)-p], ""
}

// installCipherHost adds the cipher functions to js/crypto.js's host.
func (vm *VM) installCipherHost(host *goja.Object) {
	rt := vm.RT
	arrayBuffer := func(b []byte) goja.Value { return rt.ToValue(rt.NewArrayBuffer(b)) }
	// cipher(name, key u8, iv u8|null, decrypt, authTagLength) → handle, or
	// a string naming the failure: "unknown", "keylen", "iv", "taglen".
	must(host.Set("cipher", func(c goja.FunctionCall) goja.Value {
		spec, ok := cipherSpecs[strings.ToLower(c.Argument(0).String())]
		if !ok {
			return rt.ToValue("unknown")
		}
		key := append([]byte(nil), bytesOf(rt, c.Argument(1))...)
		var iv []byte
		if !goja.IsNull(c.Argument(2)) {
			iv = bytesOf(rt, c.Argument(2))
		}
		tagLen := 0
		if v := c.Argument(4); !goja.IsUndefined(v) {
			tagLen = int(v.ToInteger())
			if spec.mode == modeGCM && !validGCMTag(tagLen) {
				return rt.ToValue("taglen")
			}
		}
		st, fail := newCipherState(spec, key, iv, c.Argument(3).ToBoolean(), tagLen)
		if fail != "" {
			return rt.ToValue(fail)
		}
		h := rt.NewObject()
		set := func(name string, f func(goja.FunctionCall) goja.Value) { must(h.Set(name, f)) }
		set("update", func(c goja.FunctionCall) goja.Value { return arrayBuffer(st.update(bytesOf(rt, c.Argument(0)))) })
		set("final", func(goja.FunctionCall) goja.Value {
			out, fail := st.final()
			if fail != "" {
				return rt.ToValue(fail)
			}
			return arrayBuffer(out)
		})
		set("done", func(goja.FunctionCall) goja.Value { return rt.ToValue(st.done) })
		// setAutoPadding(on) → false when too late.
		set("setAutoPadding", func(c goja.FunctionCall) goja.Value {
			if st.done {
				return rt.ToValue(false)
			}
			st.pad = c.Argument(0).ToBoolean()
			return rt.ToValue(true)
		})
		// setAAD(u8) → false when the mode has none or data came first.
		set("setAAD", func(c goja.FunctionCall) goja.Value {
			if st.spec.mode != modeGCM || st.began || st.done {
				return rt.ToValue(false)
			}
			st.aad = append(st.aad, bytesOf(rt, c.Argument(0))...)
			return rt.ToValue(true)
		})
		// getAuthTag() → ArrayBuffer, or undefined before final().
		set("getAuthTag", func(goja.FunctionCall) goja.Value {
			if st.decrypt || st.tag == nil {
				return goja.Undefined()
			}
			return arrayBuffer(st.tag)
		})
		// setAuthTag(u8) → true; false when too late; "taglen" for a length
		// GCM does not have.
		set("setAuthTag", func(c goja.FunctionCall) goja.Value {
			if st.spec.mode != modeGCM || !st.decrypt || st.done || st.tag != nil {
				return rt.ToValue(false)
			}
			tag := bytesOf(rt, c.Argument(0))
			if !validGCMTag(len(tag)) {
				return rt.ToValue("taglen")
			}
			st.tag = append([]byte(nil), tag...)
			return rt.ToValue(true)
		})
		return h
	}))
	must(host.Set("ciphers", func(goja.FunctionCall) goja.Value {
		out := make([]any, len(cipherNames))
		for i, n := range cipherNames {
			out[i] = n
		}
		return rt.NewArray(out...)
	}))
	// cipherInfo(name) → [name, mode, keyLength, ivLength, nid], or undefined.
	must(host.Set("cipherInfo", func(c goja.FunctionCall) goja.Value {
		spec, ok := cipherSpecs[strings.ToLower(c.Argument(0).String())]
		if !ok {
			return goja.Undefined()
		}
		mode := [...]string{"cbc", "ecb", "ctr", "gcm"}[spec.mode]
		return rt.NewArray(spec.name, mode, spec.keyLen, spec.ivLen, spec.nid)
	}))
}
