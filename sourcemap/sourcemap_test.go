package sourcemap

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRoundTrip(t *testing.T) {
	for _, s := range []string{
		"",
		"AAAA",
		"AAAA,CAAC;;AACA",
		"AAAAA,SAASC;AACA,oBAAoB",
		";;AAEA,IAAM,IAAI",
		"A,C",
	} {
		m, err := Decode(s)
		if err != nil {
			t.Fatalf("Decode(%q): %v", s, err)
		}
		if got := m.Encode(); got != s {
			t.Errorf("round trip of %q gave %q", s, got)
		}
	}
}

func TestDecodeValues(t *testing.T) {
	m, err := Decode("AAAA,EAAE;IACA")
	if err != nil {
		t.Fatal(err)
	}
	want := Mappings{
		{{GenCol: 0, HasSrc: true}, {GenCol: 2, HasSrc: true, SrcCol: 2}},
		{{GenCol: 4, HasSrc: true, SrcLine: 1, SrcCol: 2}},
	}
	if d := cmp.Diff(want, m); d != "" {
		t.Error(d)
	}
}

func TestDecodeRejectsGarbage(t *testing.T) {
	for _, s := range []string{"!", "g", "AAAA,g"} {
		if _, err := Decode(s); err == nil {
			t.Errorf("Decode(%q) accepted malformed input", s)
		}
	}
}
