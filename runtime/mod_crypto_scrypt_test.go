package runtime

import (
	"encoding/hex"
	"testing"
)

func TestScryptVectors(t *testing.T) {
	for _, c := range []struct {
		pw, salt   string
		n, r, p, l int
		want       string
	}{
		{"", "", 16, 1, 1, 64, "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"},
		{"password", "NaCl", 1024, 8, 16, 64, "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"},
	} {
		if got := hex.EncodeToString(scryptKey([]byte(c.pw), []byte(c.salt), c.n, c.r, c.p, c.l)); got != c.want {
			t.Errorf("scrypt(%q, %q, %d, %d, %d) = %s, want %s", c.pw, c.salt, c.n, c.r, c.p, got, c.want)
		}
	}
}
