package runtime

import (
	"bytes"
	"testing"
)

// TestBufferGolden runs testdata/buffer/*.js and compares with Node 26's
// output for the same text (see runGoldenDir; TSRUN_UPDATE=1 regenerates).
func TestBufferGolden(t *testing.T) { runGoldenDir(t, "buffer") }

// The Go helpers behind Buffer, checked on their own. Expected values are
// what Node 26 gives for the same bytes (the golden files cover the same
// cases through JavaScript).

func TestDecodeUTF8(t *testing.T) {
	tests := []struct {
		in   []byte
		want string
	}{
		{[]byte("héllo"), "héllo"},
		{[]byte{0xe2, 0x82}, "\uFFFD"},                                // truncated 3-byte sequence: one U+FFFD
		{[]byte{0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98}, "\uFFFDA\uFFFD"}, // maximal subparts
		{[]byte{0xed, 0xa0, 0x80}, "\uFFFD\uFFFD\uFFFD"},              // encoded surrogate
		{[]byte{0xc0, 0x80}, "\uFFFD\uFFFD"},                          // overlong
		{[]byte{0xf4, 0x90, 0x80, 0x80}, "\uFFFD\uFFFD\uFFFD\uFFFD"},  // above U+10FFFF
		{[]byte{0xff, 0xfe, 0x41}, "\uFFFD\uFFFDA"},
	}
	for _, tt := range tests {
		if got := decodeUTF8(tt.in); got != tt.want {
			t.Errorf("decodeUTF8(% x) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLenientDecoders(t *testing.T) {
	tests := []struct {
		name string
		got  []byte
		want []byte
	}{
		{"hex stops at bad pair", decodeHexLenient("a1zz22"), []byte{0xa1}},
		{"hex drops odd digit", decodeHexLenient("abc"), []byte{0xab}},
		{"base64 skips whitespace", decodeBase64Lenient("YW Jj\nZA"), []byte("abcd")},
		{"base64 url alphabet, stops at =", decodeBase64Lenient("YWJj-_==ZA"), []byte{'a', 'b', 'c', 0xfb}},
		{"base64 one char", decodeBase64Lenient("Y"), []byte{}},
	}
	for _, tt := range tests {
		if !bytes.Equal(tt.got, tt.want) {
			t.Errorf("%s: got % x, want % x", tt.name, tt.got, tt.want)
		}
	}
}

func TestParseEncoding(t *testing.T) {
	for in, want := range map[string]encoding{
		"": encUTF8, "UTF-8": encUTF8, "ucs-2": encUTF16LE, "Binary": encLatin1, "BASE64URL": encBase64URL, "nope": encUnknown,
	} {
		if got := parseEncoding(in); got != want {
			t.Errorf("parseEncoding(%q) = %v, want %v", in, got, want)
		}
	}
}
