package diag

import (
	"sync"
	"unicode/utf8"
)

// File is one source text. Positions everywhere in tsrun are byte offsets
// into Text; the line map is built on first use only, because most files in
// a clean check never need a line number.
type File struct {
	Name string // the path as the user should see it (relative when given relative)
	Text string // the source, UTF-8, without a leading BOM

	once       sync.Once
	lineStarts []int32
}

// NewFile makes a File. A leading UTF-8 BOM is dropped, as tsc does; the
// caller validates UTF-8 (see CheckUTF8) before parsing.
func NewFile(name, text string) *File {
	if len(text) >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF {
		text = text[3:]
	}
	return &File{Name: name, Text: text}
}

// LineStarts returns the byte offsets at which each line starts. Line
// breaks are ECMAScript's: LF, CR, CRLF, U+2028 and U+2029.
func (f *File) LineStarts() []int32 {
	f.once.Do(func() {
		starts := make([]int32, 1, len(f.Text)/32+1)
		t := f.Text
		for i := 0; i < len(t); i++ {
			switch c := t[i]; c {
			case '\n':
				starts = append(starts, int32(i+1))
			case '\r':
				if i+1 < len(t) && t[i+1] == '\n' {
					i++
				}
				starts = append(starts, int32(i+1))
			case 0xE2:
				// U+2028 and U+2029 are E2 80 A8 / E2 80 A9.
				if i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0xA8 || t[i+2] == 0xA9) {
					i += 2
					starts = append(starts, int32(i+1))
				}
			}
		}
		f.lineStarts = starts
	})
	return f.lineStarts
}

// Position turns a byte offset into a 1-based line and a 1-based column
// counted in UTF-16 code units, as tsc prints them.
func (f *File) Position(pos int32) (line, col int) {
	if pos < 0 {
		pos = 0
	}
	if int(pos) > len(f.Text) {
		pos = int32(len(f.Text))
	}
	starts := f.LineStarts()
	lo, hi := 0, len(starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if starts[mid] <= pos {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo + 1, UTF16Len(f.Text[starts[lo]:pos]) + 1
}

// LineText returns the text of the 1-based line, without its line break.
func (f *File) LineText(line int) string {
	starts := f.LineStarts()
	if line < 1 || line > len(starts) {
		return ""
	}
	start := int(starts[line-1])
	end := len(f.Text)
	if line < len(starts) {
		end = int(starts[line])
	}
	s := f.Text[start:end]
	for len(s) > 0 {
		switch {
		case s[len(s)-1] == '\n' || s[len(s)-1] == '\r':
			s = s[:len(s)-1]
		case len(s) >= 3 && s[len(s)-3] == 0xE2 && s[len(s)-2] == 0x80 && (s[len(s)-1] == 0xA8 || s[len(s)-1] == 0xA9):
			s = s[:len(s)-3]
		default:
			return s
		}
	}
	return s
}

// UTF16Len counts the UTF-16 code units needed for s.
func UTF16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}

// CheckUTF8 returns the byte offset of the first invalid UTF-8 sequence in
// text, or -1 when the text is valid.
func CheckUTF8(text []byte) int {
	if utf8.Valid(text) {
		return -1
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}
