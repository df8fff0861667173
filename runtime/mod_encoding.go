package runtime

// TextEncoder and TextDecoder (the WHATWG Encoding Standard, as Node ships
// it). The classes are JS (js/encoding.js) so that their shape (getters on
// the prototype, brand checks) is ordinary JavaScript; the byte work is Go.
//
// Decoding follows the standard's decoders exactly: a malformed UTF-8
// sequence becomes one U+FFFD per maximal subpart (Go's utf8 package would
// give one per byte), and stream: true carries a partial sequence over to
// the next call. Supported encodings: utf-8, utf-16le, utf-16be,
// windows-1252 (which the standard also uses for "latin1" and "ascii") and
// the standard's other single-byte encodings (mod_encoding_table.go,
// generated from Node). Node with full ICU also decodes the CJK multi-byte
// encodings (shift_jis, gbk, big5, euc-kr…); those labels throw
// ERR_ENCODING_NOT_SUPPORTED here.

//go:generate go run mod_encoding_gen.go

import (
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

func init() {
	registerGlobals(30, "encoding", func(vm *VM) error {
		for _, name := range []string{"TextEncoder", "TextDecoder"} {
			vm.defineLazyGlobal(name, false, func() (goja.Value, error) {
				enc, err := vm.encodingInternal()
				if err != nil {
					return nil, err
				}
				return enc.Get(name), nil
			})
		}
		return nil
	})
}

func (vm *VM) encodingInternal() (*goja.Object, error) {
	return vm.cachedInternal("issue5Encoding", func() (goja.Value, error) {
		errs, err := vm.nodeErrors()
		if err != nil {
			return nil, err
		}
		return vm.internalJS("encoding", errs, vm.encodingNatives())
	})
}

// encodingLabels maps every WHATWG label of the supported encodings to its
// canonical name.
var encodingLabels = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	add := func(name string, labels ...string) {
		for _, l := range labels {
			m[l] = name
		}
	}
	add("utf-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8")
	add("utf-16le", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le")
	add("utf-16be", "unicodefffe", "utf-16be")
	add("windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
		"iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii",
		"windows-1252", "x-cp1252")
	return m
})

// windows1252High is the 0x80–0x9F row of windows-1252; the rest of the
// table is the identity (Latin-1).
var windows1252High = [32]rune{
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
}

// decoder is one TextDecoder's state between stream: true calls.
type decoder struct {
	encoding  string
	fatal     bool
	ignoreBOM bool
	bomDone   bool // the first code point has been produced (BOM handled)

	// UTF-8 state: the standard's bytes needed/seen, code point so far and
	// the allowed range of the next byte.
	needed, seen int
	cp           rune
	lower, upper byte

	// UTF-16 state: a leftover byte and a lead surrogate.
	odd     int // -1 when none
	lead    rune
	hasLead bool
}

func newDecoder(encoding string, fatal, ignoreBOM bool) *decoder {
	return &decoder{encoding: encoding, fatal: fatal, ignoreBOM: ignoreBOM, lower: 0x80, upper: 0xBF, odd: -1}
}

func (d *decoder) reset() {
	*d = *newDecoder(d.encoding, d.fatal, d.ignoreBOM)
}

// decode appends the text of in to out; it reports false on malformed
// input when fatal is set (the state is reset then, as the standard says).
func (d *decoder) decode(in []byte, stream bool) (string, bool) {
	var out strings.Builder
	emit := func(r rune) {
		if !d.bomDone {
			d.bomDone = true
			if r == 0xFEFF && !d.ignoreBOM {
				return
			}
		}
		out.WriteRune(r)
	}
	ok := true
	bad := func() {
		if d.fatal {
			ok = false
			return
		}
		emit(utf8.RuneError)
	}
	switch d.encoding {
	case "utf-8":
		for i := 0; i < len(in) && ok; i++ {
			b := in[i]
			if d.needed == 0 {
				switch {
				case b <= 0x7F:
					emit(rune(b))
				case b >= 0xC2 && b <= 0xDF:
					d.needed, d.cp = 1, rune(b&0x1F)
				case b >= 0xE0 && b <= 0xEF:
					if b == 0xE0 {
						d.lower = 0xA0
					} else if b == 0xED {
						d.upper = 0x9F
					}
					d.needed, d.cp = 2, rune(b&0x0F)
				case b >= 0xF0 && b <= 0xF4:
					if b == 0xF0 {
						d.lower = 0x90
					} else if b == 0xF4 {
						d.upper = 0x8F
					}
					d.needed, d.cp = 3, rune(b&0x07)
				default:
					bad()
				}
				continue
			}
			if b < d.lower || b > d.upper {
				// The byte ends the broken sequence and is read again.
				d.needed, d.seen, d.cp, d.lower, d.upper = 0, 0, 0, 0x80, 0xBF
				i--
				bad()
				continue
			}
			d.lower, d.upper = 0x80, 0xBF
			d.cp = d.cp<<6 | rune(b&0x3F)
			d.seen++
			if d.seen == d.needed {
				emit(d.cp)
				d.needed, d.seen, d.cp = 0, 0, 0
			}
		}
		if ok && !stream && d.needed != 0 {
			d.needed, d.seen, d.cp, d.lower, d.upper = 0, 0, 0, 0x80, 0xBF
			bad()
		}
	case "utf-16le", "utf-16be":
		for i := 0; i < len(in) && ok; i++ {
			if d.odd < 0 {
				d.odd = int(in[i])
				continue
			}
			var unit rune
			if d.encoding == "utf-16le" {
				unit = rune(d.odd) | rune(in[i])<<8
			} else {
				unit = rune(d.odd)<<8 | rune(in[i])
			}
			d.odd = -1
			switch {
			case d.hasLead && unit >= 0xDC00 && unit <= 0xDFFF:
				d.hasLead = false
				emit(utf16.DecodeRune(d.lead, unit))
			case d.hasLead:
				d.hasLead = false
				bad()
				if !ok {
					break
				}
				// The unit after a lone lead is read again.
				if unit >= 0xD800 && unit <= 0xDBFF {
					d.lead, d.hasLead = unit, true
				} else if unit >= 0xDC00 && unit <= 0xDFFF {
					bad()
				} else {
					emit(unit)
				}
			case unit >= 0xD800 && unit <= 0xDBFF:
				d.lead, d.hasLead = unit, true
			case unit >= 0xDC00 && unit <= 0xDFFF:
				bad()
			default:
				emit(unit)
			}
		}
		if ok && !stream && (d.odd >= 0 || d.hasLead) {
			d.odd, d.hasLead = -1, false
			bad()
		}
	case "windows-1252":
		for _, b := range in {
			if b >= 0x80 && b <= 0x9F {
				emit(windows1252High[b-0x80])
			} else {
				emit(rune(b))
			}
		}
	default: // the other single-byte encodings
		high := singleByteHigh[d.encoding]
		for i := 0; i < len(in) && ok; i++ {
			switch b := in[i]; {
			case b < 0x80:
				emit(rune(b))
			case high[b-0x80] < 0:
				bad()
			default:
				emit(high[b-0x80])
			}
		}
	}
	if !ok || !stream {
		d.reset()
	}
	return out.String(), ok
}

// encodingNatives is the Go half js/encoding.js calls.
func (vm *VM) encodingNatives() *goja.Object {
	rt := vm.RT
	n := rt.NewObject()
	u8 := func(b []byte) goja.Value {
		ctor := rt.Get("Uint8Array")
		obj, err := rt.New(ctor, rt.ToValue(rt.NewArrayBuffer(b)))
		if err != nil {
			vm.throw(err)
		}
		return obj
	}
	must(n.Set("encode", func(call goja.FunctionCall) goja.Value {
		// String() turns lone surrogates into U+FFFD, as the encoder must.
		return u8([]byte(call.Argument(0).String()))
	}))
	must(n.Set("encodeInto", func(call goja.FunctionCall) goja.Value {
		src := call.Argument(0).String()
		dst, _ := call.Argument(1).Export().([]byte)
		read, written := 0, 0
		for _, r := range src {
			size := utf8.RuneLen(r)
			if written+size > len(dst) {
				break
			}
			utf8.EncodeRune(dst[written:], r)
			written += size
			if r >= 0x10000 {
				read += 2
			} else {
				read++
			}
		}
		return rt.ToValue([]any{read, written})
	}))
	must(n.Set("label", func(call goja.FunctionCall) goja.Value {
		label := strings.ToLower(strings.Trim(call.Argument(0).String(), "\t\n\f\r "))
		if name, ok := encodingLabels()[label]; ok {
			return rt.ToValue(name)
		}
		if name, ok := singleByteLabels[label]; ok {
			return rt.ToValue(name)
		}
		return goja.Undefined()
	}))
	must(n.Set("newDecoder", func(call goja.FunctionCall) goja.Value {
		d := newDecoder(call.Argument(0).String(), call.Argument(1).ToBoolean(), call.Argument(2).ToBoolean())
		return rt.ToValue(func(c goja.FunctionCall) goja.Value {
			in, _ := c.Argument(0).Export().([]byte)
			s, ok := d.decode(in, c.Argument(1).ToBoolean())
			if !ok {
				return goja.Null()
			}
			return rt.ToValue(s)
		})
	}))
	return n
}
