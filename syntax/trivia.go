package syntax

import (
	"unicode/utf8"
)

// SkipTrivia returns the offset of the first token at or after pos:
// whitespace (ECMAScript's, line terminators included) and comments are
// skipped, as tsc's skipTrivia does. A node's Pos includes its leading
// trivia; this is where its first token starts.
func SkipTrivia(text string, pos int32) int32 {
	i := int(pos)
	for i < len(text) {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			i++
		case c == '/' && i+1 < len(text) && text[i+1] == '/':
			for i < len(text) && text[i] != '\n' && text[i] != '\r' && !triviaLineSeparatorAt(text, i) {
				i++
			}
		case c == '/' && i+1 < len(text) && text[i+1] == '*':
			end := triviaIndexFrom(text, i+2, "*/")
			if end < 0 {
				return int32(len(text))
			}
			i = end + 2
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(text[i:])
			if !triviaUnicodeSpace(r) {
				return int32(i)
			}
			i += size
		default:
			return int32(i)
		}
	}
	return int32(i)
}

func triviaIndexFrom(s string, from int, sub string) int {
	for i := from; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func triviaLineSeparatorAt(text string, i int) bool {
	return i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9)
}

// triviaUnicodeSpace is ECMAScript's WhiteSpace and LineTerminator beyond ASCII.
func triviaUnicodeSpace(r rune) bool {
	switch r {
	case 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x2028, 0x2029, 0x85:
		return true
	}
	return r >= 0x2000 && r <= 0x200B
}
