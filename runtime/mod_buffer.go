package runtime

// node:buffer. The Buffer class itself lives in js/buffer.js (a Uint8Array
// subclass, as in Node, so typed-array methods, iteration and util.inspect
// all see one); the byte work that is slow in goja — encoding and decoding
// strings, searching, comparing — runs here in Go on the Uint8Array's own
// memory (goja exports a Uint8Array as a []byte sharing its bytes).
//
// Decoding follows V8/WHATWG exactly (one U+FFFD per maximal invalid UTF-8
// subpart, not Go's one per byte); encoding follows Node's lenient parsers
// (hex stops at the first bad pair, base64 skips foreign characters and
// accepts both alphabets).

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// encoding is a normalized Node encoding name.
type encoding uint8

const (
	encUTF8 encoding = iota
	encUTF16LE
	encLatin1
	encASCII
	encBase64
	encBase64URL
	encHex
	encBuffer  // no encoding: the caller wants bytes
	encUnknown // not an encoding Node knows
)

var encodingNames = [...]string{"utf8", "utf16le", "latin1", "ascii", "base64", "base64url", "hex", "buffer", ""}

func (e encoding) String() string { return encodingNames[e] }

// parseEncoding normalizes an encoding name as Node's normalizeEncoding:
// case-insensitive, with the aliases utf-8, ucs2, ucs-2, utf-16le, binary.
// An empty name means utf8.
func parseEncoding(s string) encoding {
	switch s {
	case "utf8", "utf-8", "":
		return encUTF8
	case "hex":
		return encHex
	case "base64":
		return encBase64
	case "latin1", "binary":
		return encLatin1
	}
	switch strings.ToLower(s) {
	case "utf8", "utf-8":
		return encUTF8
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return encUTF16LE
	case "latin1", "binary":
		return encLatin1
	case "ascii":
		return encASCII
	case "base64":
		return encBase64
	case "base64url":
		return encBase64URL
	case "hex":
		return encHex
	}
	return encUnknown
}

// decodeUTF8 turns bytes into a string with V8's replacement rules: each
// maximal subpart of an ill-formed sequence becomes one U+FFFD (WHATWG
// "decode"). Valid input is returned as is.
func decodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + 8)
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			sb.WriteByte(c)
			i++
			continue
		}
		var need int
		lo, hi := byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c == 0xE0:
			need, lo = 2, 0xA0
		case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
			need = 2
		case c == 0xED:
			need, hi = 2, 0x9F
		case c == 0xF0:
			need, lo = 3, 0x90
		case c >= 0xF1 && c <= 0xF3:
			need = 3
		case c == 0xF4:
			need, hi = 3, 0x8F
		default:
			sb.WriteRune(utf8.RuneError)
			i++
			continue
		}
		j := i + 1
		ok := true
		for k := 0; k < need; k++ {
			if j >= len(b) || b[j] < lo || b[j] > hi {
				ok = false
				break
			}
			lo, hi = 0x80, 0xBF
			j++
		}
		if ok {
			sb.Write(b[i:j])
		} else {
			sb.WriteRune(utf8.RuneError)
		}
		i = j
	}
	return sb.String()
}

// decodeBytes is buf.toString(enc) for a known encoding.
func decodeBytes(rt *goja.Runtime, b []byte, enc encoding) goja.Value {
	switch enc {
	case encUTF8, encBuffer:
		return rt.ToValue(decodeUTF8(b))
	case encASCII:
		return rt.ToValue(latin1String(b, 0x7f))
	case encLatin1:
		if isASCII(b) {
			return rt.ToValue(string(b))
		}
		u := make([]uint16, len(b))
		for i, c := range b {
			u[i] = uint16(c)
		}
		return goja.StringFromUTF16(u)
	case encUTF16LE:
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return goja.StringFromUTF16(u)
	case encHex:
		return rt.ToValue(hex.EncodeToString(b))
	case encBase64:
		return rt.ToValue(base64.StdEncoding.EncodeToString(b))
	case encBase64URL:
		return rt.ToValue(base64.RawURLEncoding.EncodeToString(b))
	}
	panic("runtime: decodeBytes: bad encoding")
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// latin1String maps each byte masked by mask to one character: Node's
// "ascii" decoding drops the high bit rather than replacing.
func latin1String(b []byte, mask byte) string {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = c & mask
	}
	return string(out)
}

// codeUnits returns the UTF-16 code units of a JavaScript string.
func codeUnits(v goja.Value) []uint16 {
	s, ok := v.(goja.String)
	if !ok {
		s = v.ToString().(goja.String)
	}
	n := s.Length()
	u := make([]uint16, n)
	for i := 0; i < n; i++ {
		u[i] = s.CharAt(i)
	}
	return u
}

// encodeString is Buffer.from(str, enc): the bytes of a JavaScript string.
func encodeString(v goja.Value, enc encoding) []byte {
	switch enc {
	case encUTF8, encBuffer:
		// goja converts lone surrogates to U+FFFD, as V8's UTF-8 writer does.
		return []byte(v.String())
	case encLatin1, encASCII:
		u := codeUnits(v)
		out := make([]byte, len(u))
		for i, c := range u {
			out[i] = byte(c)
		}
		return out
	case encUTF16LE:
		u := codeUnits(v)
		out := make([]byte, 2*len(u))
		for i, c := range u {
			out[2*i], out[2*i+1] = byte(c), byte(c>>8)
		}
		return out
	case encHex:
		return decodeHexLenient(v.String())
	case encBase64, encBase64URL:
		return decodeBase64Lenient(v.String())
	}
	panic("runtime: encodeString: bad encoding")
}

// decodeHexLenient stops at the first pair that is not two hex digits and
// drops an odd last digit, as Node does.
func decodeHexLenient(s string) []byte {
	out := make([]byte, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		h, ok1 := unhex(s[i])
		l, ok2 := unhex(s[i+1])
		if !ok1 || !ok2 {
			break
		}
		out = append(out, h<<4|l)
	}
	return out
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

var base64Value = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(std); i++ {
		t[std[i]] = int8(i)
	}
	t['-'], t['_'] = 62, 63
	return t
}()

// decodeBase64Lenient accepts both alphabets, skips characters outside them
// (whitespace...), and stops at the first '='.
func decodeBase64Lenient(s string) []byte {
	out := make([]byte, 0, len(s)*3/4)
	var acc uint32
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '=' {
			break
		}
		v := base64Value[c]
		if v < 0 {
			continue
		}
		acc = acc<<6 | uint32(v)
		n++
		if n == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, n = 0, 0
		}
	}
	switch n {
	case 2:
		out = append(out, byte(acc>>4))
	case 3:
		out = append(out, byte(acc>>10), byte(acc>>2))
	}
	return out
}

// utf8Prefix returns the longest prefix of b, at most max bytes, that ends
// on a character boundary: buf.write never writes half a character.
func utf8Prefix(b []byte, max int) []byte {
	if len(b) <= max {
		return b
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(b[cut]) {
		cut--
	}
	return b[:cut]
}

// bytesOf returns the memory of a Uint8Array (or Buffer) argument, shared.
func bytesOf(rt *goja.Runtime, v goja.Value) []byte {
	if b, ok := v.Export().([]byte); ok {
		return b
	}
	panic(rt.NewTypeError("runtime: expected a Uint8Array"))
}

// newBufferInternals is the Go half of js/buffer.js.
func newBufferInternals(vm *VM) *goja.Object {
	rt := vm.RT
	in := rt.NewObject()
	installErrorHelpers(rt, in)
	encArg := func(v goja.Value) encoding {
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return encUTF8
		}
		return parseEncoding(v.String())
	}
	// normalizeEncoding(name) → canonical name, or undefined if unknown.
	in.Set("normalizeEncoding", func(c goja.FunctionCall) goja.Value {
		e := encArg(c.Argument(0))
		if e == encUnknown {
			return goja.Undefined()
		}
		return rt.ToValue(e.String())
	})
	// encode(str, enc) → ArrayBuffer
	in.Set("encode", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(rt.NewArrayBuffer(encodeString(c.Argument(0), parseEncoding(c.Argument(1).String()))))
	})
	// decode(u8, enc, start, end) → string
	in.Set("decode", func(c goja.FunctionCall) goja.Value {
		b := bytesOf(rt, c.Argument(0))
		start, end := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger())
		return decodeBytes(rt, b[start:end], parseEncoding(c.Argument(1).String()))
	})
	// byteLengthUtf8(str)
	in.Set("byteLengthUtf8", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(utf8ByteLength(c.Argument(0)))
	})
	// write(u8, str, offset, max, enc) → bytes written
	in.Set("write", func(c goja.FunctionCall) goja.Value {
		b := bytesOf(rt, c.Argument(0))
		enc := parseEncoding(c.Argument(4).String())
		off, max := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger())
		data := encodeString(c.Argument(1), enc)
		switch enc {
		case encUTF8:
			data = utf8Prefix(data, max)
		case encUTF16LE:
			if len(data) > max {
				data = data[:max&^1]
			}
		default:
			if len(data) > max {
				data = data[:max]
			}
		}
		return rt.ToValue(copy(b[off:], data))
	})
	// compare(a, b) → -1, 0, 1
	in.Set("compare", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(bytes.Compare(bytesOf(rt, c.Argument(0)), bytesOf(rt, c.Argument(1))))
	})
	// indexOf(hay, needle u8, from, last bool) → index or -1
	in.Set("indexOf", func(c goja.FunctionCall) goja.Value {
		hay, needle := bytesOf(rt, c.Argument(0)), bytesOf(rt, c.Argument(1))
		from := int(c.Argument(2).ToInteger())
		if c.Argument(3).ToBoolean() {
			if from+len(needle) < len(hay) {
				hay = hay[:from+len(needle)]
			}
			return rt.ToValue(bytes.LastIndex(hay, needle))
		}
		if from > len(hay) {
			return rt.ToValue(-1)
		}
		i := bytes.Index(hay[from:], needle)
		if i >= 0 {
			i += from
		}
		return rt.ToValue(i)
	})
	// fill(u8, pattern u8, start, end)
	in.Set("fill", func(c goja.FunctionCall) goja.Value {
		b, p := bytesOf(rt, c.Argument(0)), bytesOf(rt, c.Argument(1))
		start, end := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger())
		if len(p) == 0 {
			return goja.Undefined()
		}
		dst := b[start:end]
		for i := 0; i < len(dst); i += len(p) {
			copy(dst[i:], p)
		}
		return goja.Undefined()
	})
	return in
}

// utf8ByteLength counts UTF-8 bytes of a JavaScript string without
// building it: lone surrogates count 3, as their U+FFFD replacement.
func utf8ByteLength(v goja.Value) int {
	s, ok := v.(goja.String)
	if !ok {
		return len(v.String())
	}
	n := s.Length()
	total := 0
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case c < 0x80:
			total++
		case c < 0x800:
			total += 2
		case utf16.IsSurrogate(rune(c)) && c < 0xDC00 && i+1 < n && s.CharAt(i+1) >= 0xDC00 && s.CharAt(i+1) <= 0xDFFF:
			total += 4
			i++
		default:
			total += 3
		}
	}
	return total
}

// bufferExports loads js/buffer.js once per VM.
func loadBuffer(vm *VM) (*goja.Object, error) {
	v, err := vm.internalJS("buffer", newBufferInternals(vm))
	if err != nil {
		return nil, err
	}
	exports := v.ToObject(vm.RT)
	// Blob and File are built on first use (js/buffer_blob.js).
	for _, name := range []string{"Blob", "File"} {
		getter := vm.RT.ToValue(func(goja.FunctionCall) goja.Value {
			blob, err := loadBlob(vm, exports)
			if err != nil {
				panic(vm.toJSError(err))
			}
			return blob.Get(name)
		})
		exports.DefineAccessorProperty(name, getter, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	return exports, nil
}

// loadBlob runs js/buffer_blob.js once per VM.
func loadBlob(vm *VM, buffer *goja.Object) (*goja.Object, error) {
	if m, ok := vm.modules["internal/blob"]; ok {
		return m, nil
	}
	in := vm.RT.NewObject()
	installErrorHelpers(vm.RT, in)
	v, err := vm.internalJS("buffer_blob", in, buffer)
	if err != nil {
		return nil, err
	}
	m := v.ToObject(vm.RT)
	vm.modules["internal/blob"] = m
	return m, nil
}

// installBufferGlobal defines the global Buffer lazily: most programs never
// touch it, and building the class costs a compile of js/buffer.js.
func installBufferGlobal(vm *VM) error {
	vm.defineLazyGlobal("Buffer", false, func() (goja.Value, error) {
		exp, err := vm.Require("buffer")
		if err != nil {
			return nil, err
		}
		return exp.Get("Buffer"), nil
	})
	for _, name := range []string{"atob", "btoa", "Blob", "File"} {
		vm.defineLazyGlobal(name, true, func() (goja.Value, error) {
			exp, err := vm.Require("buffer")
			if err != nil {
				return nil, err
			}
			return exp.Get(name), nil
		})
	}
	return nil
}

// loadStringDecoder builds node:string_decoder (js/buffer_string_decoder.js).
func loadStringDecoder(vm *VM) (*goja.Object, error) {
	buffer, err := vm.Require("buffer")
	if err != nil {
		return nil, err
	}
	in := vm.RT.NewObject()
	installErrorHelpers(vm.RT, in)
	v, err := vm.internalJS("buffer_string_decoder", in, buffer)
	if err != nil {
		return nil, err
	}
	return v.ToObject(vm.RT), nil
}

func init() {
	registerBuiltin("buffer", loadBuffer)
	registerBuiltin("string_decoder", loadStringDecoder)
	registerGlobals(30, "Buffer", installBufferGlobal)
}
