package diag

import "testing"

func TestPosition(t *testing.T) {
	tests := []struct {
		text      string
		pos       int32
		line, col int
	}{
		{"abc", 0, 1, 1},
		{"abc", 2, 1, 3},
		{"a\nbc", 3, 2, 2},
		{"a\r\nbc", 4, 2, 2},
		{"a\rbc", 2, 2, 1},
		{"a\u2028b", 4, 2, 1},
		{"a\u2029b", 4, 2, 1},
		{"😀x", 4, 1, 3},  // astral: two UTF-16 units
		{"éx", 2, 1, 2},  // two bytes, one unit
		{"\tx", 1, 1, 2}, // tabs count one
		{"ab", 99, 1, 3}, // clamped to the end
	}
	for _, tt := range tests {
		f := NewFile("a.ts", tt.text)
		line, col := f.Position(tt.pos)
		if line != tt.line || col != tt.col {
			t.Errorf("Position(%q, %d) = %d,%d; want %d,%d", tt.text, tt.pos, line, col, tt.line, tt.col)
		}
	}
}

func TestBOMDropped(t *testing.T) {
	f := NewFile("a.ts", "\uFEFFx")
	if f.Text != "x" {
		t.Fatalf("BOM kept: %q", f.Text)
	}
}

func TestLineText(t *testing.T) {
	f := NewFile("a.ts", "one\r\ntwo\nthree")
	for i, want := range []string{"one", "two", "three"} {
		if got := f.LineText(i + 1); got != want {
			t.Errorf("LineText(%d) = %q; want %q", i+1, got, want)
		}
	}
}

func TestCheckUTF8(t *testing.T) {
	if got := CheckUTF8([]byte("ok é")); got != -1 {
		t.Errorf("valid text: got %d", got)
	}
	if got := CheckUTF8([]byte("ab\xffc")); got != 2 {
		t.Errorf("invalid at 2: got %d", got)
	}
}
