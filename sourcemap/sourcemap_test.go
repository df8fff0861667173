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

// ShiftColumns adds one to every generated column (each line's first
// segment) and to the original columns (the first segment that has one).
func TestShiftColumns(t *testing.T) {
	tests := []struct{ in, want string }{
		{"AAAA", "CAAC"},
		{"AAAA,EAAE;AACA", "CAAC,EAAE;CACA"},
		{";;A,CAAC", ";;C,CAAE"},
	}
	for _, tt := range tests {
		if got := ShiftColumns(tt.in, 1); got != tt.want {
			t.Errorf("ShiftColumns(%q) = %q, want %q", tt.in, got, tt.want)
		}
		// The delta shortcut agrees with shifting the decoded map.
		m, err := Decode(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		m.Shift(1)
		if got := m.Encode(); got != tt.want {
			t.Errorf("Shift of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, v := range []int32{0, 1, -1, 15, 16, -16, 1000, -12345} {
		m := Mappings{{{GenCol: v}}}
		got, err := Decode(m.Encode())
		if err != nil || len(got) != 1 || len(got[0]) != 1 || got[0][0].GenCol != v {
			t.Errorf("VLQ round trip of %d = %v (%v)", v, got, err)
		}
	}
}

func TestInline(t *testing.T) {
	code := "x;\n" + Inline([]byte(`{"version":3}`))
	js, raw, ok := SplitInline(code)
	if !ok || js != "x;\n" || string(raw) != `{"version":3}` {
		t.Errorf("SplitInline = %q, %q, %v", js, raw, ok)
	}
	if _, _, ok := SplitInline("x;"); ok {
		t.Error("SplitInline found a map in code without one")
	}
}
