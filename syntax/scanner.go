package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tsrun-dev/tsrun/diag"
)

// The scanner works on the source string byte by byte; only non-ASCII input
// decodes runes. Identifier and literal values are substrings of the source
// unless escapes force a cooked copy, so scanning allocates almost nothing.
// Like tsc's, it is driven by the parser: the same characters can be
// different tokens by context ('/' or a regexp, '>' or '>>', '}' or the rest
// of a template), so the parser asks for a rescan where the grammar decides.

type tokenFlags uint8

const (
	flagPrecedingLineBreak tokenFlags = 1 << iota
	flagUnterminated
	flagEscaped        // an identifier or keyword spelled with \u escapes
	flagInvalidEscape  // a template with an escape that cannot be cooked
	flagOctalOrLeading // legacy octal or leading-zero decimal
)

// scanState is everything a speculative parse must restore.
type scanState struct {
	pos       int32
	fullStart int32 // end of the previous token: start of this token's trivia
	tokStart  int32
	tok       Token
	flags     tokenFlags
	value     string
	ndiags    int
}

type scanner struct {
	file  *diag.File
	src   string
	diags []diag.Diagnostic
	// scanned counts tokens scanned, rescans and lookahead included: tests
	// use it to prove that hostile input cannot make parsing superlinear.
	scanned int
	scanState
}

func (s *scanner) init(f *diag.File) {
	s.file = f
	s.src = f.Text
	s.pos = 0
	if strings.HasPrefix(s.src, "#!") {
		// A hashbang is trivia at the very start only.
		for s.pos < int32(len(s.src)) && !isLineBreakAt(s.src, s.pos) {
			s.pos++
		}
	}
}

func (s *scanner) save() scanState {
	st := s.scanState
	st.ndiags = len(s.diags)
	return st
}

func (s *scanner) restore(st scanState) {
	s.scanState = st
	s.diags = s.diags[:st.ndiags]
}

// errorAt records a diagnostic unless the last one starts at the same
// position: tsc drops such a second error, and so do we.
func (s *scanner) errorAt(pos, length int32, msg *diag.Message, args ...any) {
	if n := len(s.diags); n > 0 && s.diags[n-1].Pos == pos {
		return
	}
	s.diags = append(s.diags, diag.New(s.file, pos, pos+length, msg, args...))
}

func (s *scanner) hasPrecedingLineBreak() bool { return s.flags&flagPrecedingLineBreak != 0 }

func (s *scanner) tokenText() string { return s.src[s.tokStart:s.pos] }

func isLineBreakAt(src string, i int32) bool {
	if i < 0 || int(i) >= len(src) {
		return false
	}
	c := src[i]
	if c == '\n' || c == '\r' {
		return true
	}
	return c == 0xE2 && int(i)+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9)
}

// ASCII character classes by table: identifiers are most of the text.
var identStartTab, identPartTab [256]bool

func init() {
	for c := 0; c < 256; c++ {
		b := byte(c)
		identStartTab[c] = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == '$'
		identPartTab[c] = identStartTab[c] || b >= '0' && b <= '9'
	}
}

func isIdentStartByte(c byte) bool { return identStartTab[c] }

func isIdentPartByte(c byte) bool { return identPartTab[c] }

func isIdentStartRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isIdentStartByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIdentPartRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isIdentPartByte(byte(r))
	}
	return isIdentStartRune(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue) ||
		r == 0x200C || r == 0x200D
}

// isWhiteSpaceRune: tsc's single-line white space beyond ASCII.
func isWhiteSpaceRune(r rune) bool {
	switch r {
	case 0xA0, 0x85, 0x1680, 0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func isDigit(c byte) bool    { return c >= '0' && c <= '9' }
func isHexDigit(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }

func (s *scanner) at(i int32) byte {
	if int(i) < len(s.src) {
		return s.src[i]
	}
	return 0
}

// next scans the next token, skipping trivia.
func (s *scanner) next() Token {
	s.scanned++
	s.fullStart = s.pos
	s.flags = 0
	s.value = ""
	src := s.src
	n := int32(len(src))
	for {
		s.tokStart = s.pos
		if s.pos >= n {
			s.tok = TEOF
			return s.tok
		}
		c := src[s.pos]
		switch c {
		case ' ', '\t', '\v', '\f':
			s.pos++
			continue
		case '\n', '\r':
			s.flags |= flagPrecedingLineBreak
			s.pos++
			continue
		case '/':
			if c2 := s.at(s.pos + 1); c2 == '/' {
				s.skipLineComment()
				continue
			} else if c2 == '*' {
				s.skipBlockComment()
				continue
			} else if c2 == '=' {
				s.pos += 2
				s.tok = TSlashEquals
				return s.tok
			}
			s.pos++
			s.tok = TSlash
			return s.tok
		case '<', '=', '>', '|':
			if s.isConflictMarker() {
				s.skipConflictMarker()
				continue
			}
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(src[s.pos:])
			if r == 0x2028 || r == 0x2029 {
				s.flags |= flagPrecedingLineBreak
				s.pos += int32(size)
				continue
			}
			if isWhiteSpaceRune(r) {
				s.pos += int32(size)
				continue
			}
			if isIdentStartRune(r) {
				s.pos += int32(size)
				s.tok = s.scanIdentifierRest(s.tokStart)
				return s.tok
			}
			if r == utf8.RuneError {
				// U+FFFD: tsc gives up on the file.
				s.errorAt(0, 0, diag.FileAppearsBinary)
				s.pos = n
				s.tok = TEOF
				return s.tok
			}
			s.errorAt(s.pos, int32(size), diag.InvalidCharacter)
			s.pos += int32(size)
			s.tok = TUnknown
			return s.tok
		}
		s.tok = s.scanToken(c)
		return s.tok
	}
}

// isConflictMarker: seven identical characters at the start of a line.
func (s *scanner) isConflictMarker() bool {
	p := s.pos
	if p > 0 && !isLineBreakAt(s.src, p-1) {
		return false
	}
	if int(p)+7 > len(s.src) {
		return false
	}
	c := s.src[p]
	for i := int32(1); i < 7; i++ {
		if s.src[p+i] != c {
			return false
		}
	}
	if c == '=' {
		return true
	}
	return s.at(p+7) == ' ' || c == '|' && (s.at(p+7) == ' ' || isLineBreakAt(s.src, p+7))
}

func (s *scanner) skipConflictMarker() {
	s.errorAt(s.pos, 7, diag.MergeConflictMarker)
	c := s.src[s.pos]
	n := int32(len(s.src))
	if c == '<' || c == '>' {
		for s.pos < n && !isLineBreakAt(s.src, s.pos) {
			s.pos++
		}
		return
	}
	// '=======' or '|||||||': skip to the closing '>>>>>>>' marker.
	for s.pos < n {
		if (s.src[s.pos] == '=' || s.src[s.pos] == '>') && s.pos > 0 && isLineBreakAt(s.src, s.pos-1) && s.src[s.pos] == '>' && s.isConflictMarker() {
			break
		}
		s.pos++
	}
}

func (s *scanner) scanToken(c byte) Token {
	p := s.pos
	switch c {
	case '{':
		s.pos++
		return TOpenBrace
	case '}':
		s.pos++
		return TCloseBrace
	case '(':
		s.pos++
		return TOpenParen
	case ')':
		s.pos++
		return TCloseParen
	case '[':
		s.pos++
		return TOpenBracket
	case ']':
		s.pos++
		return TCloseBracket
	case ';':
		s.pos++
		return TSemicolon
	case ',':
		s.pos++
		return TComma
	case ':':
		s.pos++
		return TColon
	case '~':
		s.pos++
		return TTilde
	case '@':
		s.pos++
		return TAt
	case '.':
		if isDigit(s.at(p + 1)) {
			return s.scanNumber()
		}
		if s.at(p+1) == '.' && s.at(p+2) == '.' {
			s.pos += 3
			return TDotDotDot
		}
		s.pos++
		return TDot
	case '"', '\'':
		return s.scanString(c)
	case '`':
		s.pos++
		return s.scanTemplate(true)
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return s.scanNumber()
	case '=':
		switch s.at(p + 1) {
		case '=':
			if s.at(p+2) == '=' {
				s.pos += 3
				return TEqualsEqualsEquals
			}
			s.pos += 2
			return TEqualsEquals
		case '>':
			s.pos += 2
			return TEqualsGreaterThan
		}
		s.pos++
		return TEquals
	case '!':
		if s.at(p+1) == '=' {
			if s.at(p+2) == '=' {
				s.pos += 3
				return TExclamationEqualsEquals
			}
			s.pos += 2
			return TExclamationEquals
		}
		s.pos++
		return TExclamation
	case '+':
		switch s.at(p + 1) {
		case '+':
			s.pos += 2
			return TPlusPlus
		case '=':
			s.pos += 2
			return TPlusEquals
		}
		s.pos++
		return TPlus
	case '-':
		switch s.at(p + 1) {
		case '-':
			s.pos += 2
			return TMinusMinus
		case '=':
			s.pos += 2
			return TMinusEquals
		}
		s.pos++
		return TMinus
	case '*':
		if s.at(p+1) == '*' {
			if s.at(p+2) == '=' {
				s.pos += 3
				return TAsteriskAsteriskEquals
			}
			s.pos += 2
			return TAsteriskAsterisk
		}
		if s.at(p+1) == '=' {
			s.pos += 2
			return TAsteriskEquals
		}
		s.pos++
		return TAsterisk
	case '%':
		if s.at(p+1) == '=' {
			s.pos += 2
			return TPercentEquals
		}
		s.pos++
		return TPercent
	case '&':
		if s.at(p+1) == '&' {
			if s.at(p+2) == '=' {
				s.pos += 3
				return TAmpersandAmpersandEquals
			}
			s.pos += 2
			return TAmpersandAmpersand
		}
		if s.at(p+1) == '=' {
			s.pos += 2
			return TAmpersandEquals
		}
		s.pos++
		return TAmpersand
	case '|':
		if s.at(p+1) == '|' {
			if s.at(p+2) == '=' {
				s.pos += 3
				return TBarBarEquals
			}
			s.pos += 2
			return TBarBar
		}
		if s.at(p+1) == '=' {
			s.pos += 2
			return TBarEquals
		}
		s.pos++
		return TBar
	case '^':
		if s.at(p+1) == '=' {
			s.pos += 2
			return TCaretEquals
		}
		s.pos++
		return TCaret
	case '<':
		if s.at(p+1) == '<' {
			if s.at(p+2) == '=' {
				s.pos += 3
				return TLessThanLessThanEquals
			}
			s.pos += 2
			return TLessThanLessThan
		}
		if s.at(p+1) == '=' {
			s.pos += 2
			return TLessThanEquals
		}
		s.pos++
		return TLessThan
	case '>':
		// Always a single '>': the parser rescans for '>>', '>=' … in
		// expressions, so that type argument lists can close with '>>'.
		s.pos++
		return TGreaterThan
	case '?':
		if s.at(p+1) == '.' && !isDigit(s.at(p+2)) {
			s.pos += 2
			return TQuestionDot
		}
		if s.at(p+1) == '?' {
			if s.at(p+2) == '=' {
				s.pos += 3
				return TQuestionQuestionEquals
			}
			s.pos += 2
			return TQuestionQuestion
		}
		s.pos++
		return TQuestion
	case '#':
		if s.at(p+1) == '!' {
			// A hashbang anywhere but at the start of the file.
			s.errorAt(p, 2, diag.HashbangOnlyAtStart)
			s.pos++
			return TUnknown
		}
		s.pos++
		if s.pos < int32(len(s.src)) {
			c2 := s.src[s.pos]
			isStart := isIdentStartByte(c2)
			if c2 == '\\' {
				r, ok := s.peekUnicodeEscape(s.pos)
				isStart = ok && isIdentStartRune(r)
			} else if c2 >= utf8.RuneSelf {
				r, _ := utf8.DecodeRuneInString(s.src[s.pos:])
				isStart = isIdentStartRune(r)
			}
			if isStart {
				if c2 == '\\' {
					s.scanIdentifierRest(s.pos)
					s.value = "#" + s.value
				} else {
					s.scanIdentifierRest(s.pos)
					s.value = s.src[s.tokStart:s.pos]
				}
				return TPrivateName
			}
		}
		// A lone '#' is still a private name to the parser (as in tsc),
		// after an invalid-character error.
		s.errorAt(p, 1, diag.InvalidCharacter)
		s.value = "#"
		return TPrivateName
	case '\\':
		if r, ok := s.peekUnicodeEscape(p); ok && isIdentStartRune(r) {
			return s.scanIdentifierRest(p)
		}
		s.errorAt(p, 1, diag.InvalidCharacter)
		s.pos++
		return TUnknown
	}
	if isIdentStartByte(c) {
		s.pos++
		for s.pos < int32(len(s.src)) && isIdentPartByte(s.src[s.pos]) {
			s.pos++
		}
		if s.pos < int32(len(s.src)) && (s.src[s.pos] >= utf8.RuneSelf || s.src[s.pos] == '\\') {
			return s.scanIdentifierRest(p)
		}
		s.value = s.src[p:s.pos]
		return lookupKeyword(s.value)
	}
	s.errorAt(p, 1, diag.InvalidCharacter)
	s.pos++
	return TUnknown
}

// peekUnicodeEscape decodes \uXXXX or \u{X…} at i without consuming.
func (s *scanner) peekUnicodeEscape(i int32) (rune, bool) {
	r, _, ok := s.decodeUnicodeEscape(i)
	return r, ok
}

func (s *scanner) decodeUnicodeEscape(i int32) (rune, int32, bool) {
	if s.at(i) != '\\' || s.at(i+1) != 'u' {
		return 0, i, false
	}
	j := i + 2
	if s.at(j) == '{' {
		j++
		var v rune
		digits := 0
		for isHexDigit(s.at(j)) {
			v = v*16 + rune(hexVal(s.at(j)))
			if v > 0x10FFFF {
				v = 0x110000
			}
			j++
			digits++
		}
		if digits == 0 || s.at(j) != '}' || v > 0x10FFFF {
			return 0, j, false
		}
		return v, j + 1, true
	}
	var v rune
	for k := 0; k < 4; k++ {
		if !isHexDigit(s.at(j)) {
			return 0, j, false
		}
		v = v*16 + rune(hexVal(s.at(j)))
		j++
	}
	return v, j, true
}

func hexVal(c byte) byte {
	if c <= '9' {
		return c - '0'
	}
	return c | 0x20 - 'a' + 10
}

// scanIdentifierRest continues an identifier that started at start and may
// hold non-ASCII characters or escapes. s.pos is somewhere inside it.
func (s *scanner) scanIdentifierRest(start int32) Token {
	escaped := false
	if s.pos == start && s.at(start) == '\\' {
		escaped = true
		_, j, _ := s.decodeUnicodeEscape(start)
		s.pos = j
	}
	n := int32(len(s.src))
	for s.pos < n {
		c := s.src[s.pos]
		if isIdentPartByte(c) {
			s.pos++
			continue
		}
		if c == '\\' {
			r, j, ok := s.decodeUnicodeEscape(s.pos)
			if !ok || !isIdentPartRune(r) {
				break
			}
			escaped = true
			s.pos = j
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(s.src[s.pos:])
		if !isIdentPartRune(r) {
			break
		}
		s.pos += int32(size)
	}
	raw := s.src[start:s.pos]
	if !escaped {
		s.value = raw
		return lookupKeyword(raw)
	}
	var b strings.Builder
	for i := start; i < s.pos; {
		if s.src[i] == '\\' {
			r, j, _ := s.decodeUnicodeEscape(i)
			b.WriteRune(r)
			i = j
			continue
		}
		b.WriteByte(s.src[i])
		i++
	}
	s.value = b.String()
	s.flags |= flagEscaped
	// An escaped keyword is still the keyword to the grammar (tsc reports
	// TS1260 where it is used as one); as a name it is an identifier.
	if t := lookupKeyword(s.value); t != TIdentifier {
		return t
	}
	return TIdentifier
}

func (s *scanner) scanNumber() Token {
	start := s.pos
	src := s.src
	if src[start] == '0' && start+1 < int32(len(src)) {
		switch src[start+1] | 0x20 {
		case 'x':
			s.pos += 2
			if !s.scanDigits(isHexDigit) {
				s.errorAt(s.pos, 0, diag.HexDigitExpected)
			}
			return s.finishNumber(true)
		case 'b':
			s.pos += 2
			if !s.scanDigits(func(c byte) bool { return c == '0' || c == '1' }) {
				s.errorAt(s.pos, 0, diag.DigitExpected)
			}
			return s.finishNumber(true)
		case 'o':
			s.pos += 2
			if !s.scanDigits(func(c byte) bool { return c >= '0' && c <= '7' }) {
				s.errorAt(s.pos, 0, diag.DigitExpected)
			}
			return s.finishNumber(true)
		}
		if isDigit(src[start+1]) {
			// Legacy octal (017) or a decimal with a leading zero (089).
			s.pos++
			octal := true
			for s.pos < int32(len(src)) && isDigit(src[s.pos]) {
				if src[s.pos] >= '8' {
					octal = false
				}
				s.pos++
			}
			s.flags |= flagOctalOrLeading
			if octal {
				lit := src[start:s.pos]
				v := uint64(0)
				for i := 1; i < len(lit); i++ {
					v = v*8 + uint64(lit[i]-'0')
				}
				s.errorAt(start, s.pos-start, diag.ExpectedOctalSyntax, "0o"+formatOctal(v))
				s.value = src[start:s.pos]
				s.checkIdentAfterNumber()
				return TNumber
			}
			s.errorAt(start, s.pos-start, diag.DecimalsWithLeadingZeros)
		}
	}
	s.scanDigits(isDigit)
	isInt := true
	if s.at(s.pos) == '.' {
		isInt = false
		s.pos++
		s.scanDigits(isDigit)
	}
	if s.at(s.pos)|0x20 == 'e' {
		c := s.at(s.pos + 1)
		if isDigit(c) || (c == '+' || c == '-') && isDigit(s.at(s.pos+2)) || c == '+' || c == '-' || true {
			isInt = false
			s.pos++
			if s.at(s.pos) == '+' || s.at(s.pos) == '-' {
				s.pos++
			}
			if !s.scanDigits(isDigit) {
				s.errorAt(s.pos, 0, diag.DigitExpected)
			}
		}
	}
	if isInt && s.flags&flagOctalOrLeading == 0 {
		return s.finishNumber(true)
	}
	s.value = src[start:s.pos]
	s.checkIdentAfterNumber()
	return TNumber
}

func formatOctal(v uint64) string {
	if v == 0 {
		return "0"
	}
	var b [24]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%8)
		v /= 8
	}
	return string(b[i:])
}

// scanDigits consumes digits and numeric separators, reporting misplaced
// separators as tsc does. It reports whether any digit was seen.
func (s *scanner) scanDigits(ok func(byte) bool) bool {
	any := false
	prevSep := false
	for s.pos < int32(len(s.src)) {
		c := s.src[s.pos]
		if c == '_' {
			if !any {
				s.errorAt(s.pos, 1, diag.NumericSeparatorsNotAllowedHere)
			} else if prevSep {
				s.errorAt(s.pos, 1, diag.MultipleNumericSeparators)
			}
			prevSep = true
			s.pos++
			continue
		}
		if !ok(c) {
			break
		}
		any = true
		prevSep = false
		s.pos++
	}
	if prevSep {
		s.errorAt(s.pos-1, 1, diag.NumericSeparatorsNotAllowedHere)
	}
	return any
}

func (s *scanner) finishNumber(mayBeBigInt bool) Token {
	if mayBeBigInt && s.at(s.pos) == 'n' {
		s.pos++
		s.value = s.src[s.tokStart:s.pos]
		s.checkIdentAfterNumber()
		return TBigInt
	}
	s.value = s.src[s.tokStart:s.pos]
	s.checkIdentAfterNumber()
	return TNumber
}

func (s *scanner) checkIdentAfterNumber() {
	if s.pos >= int32(len(s.src)) {
		return
	}
	c := s.src[s.pos]
	isStart := isIdentStartByte(c) || c == '\\'
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(s.src[s.pos:])
		isStart = isIdentStartRune(r)
	}
	if !isStart {
		return
	}
	// The identifier is reported and then scanned again as a token of
	// its own, as tsc does.
	errPos := s.pos
	s.scanIdentifierRest(s.pos)
	s.errorAt(errPos, s.pos-errPos, diag.IdentifierOrKeywordAfterNumber)
	s.pos = errPos
	s.value = s.src[s.tokStart:s.pos]
}

func (s *scanner) scanString(quote byte) Token {
	s.pos++
	start := s.pos
	var b *strings.Builder
	n := int32(len(s.src))
	chunk := start
	for {
		if s.pos >= n {
			s.flags |= flagUnterminated
			s.errorAt(s.pos, 0, diag.UnterminatedStringLiteral)
			break
		}
		c := s.src[s.pos]
		if c == quote {
			break
		}
		if c == '\n' || c == '\r' {
			s.flags |= flagUnterminated
			s.errorAt(s.pos, 0, diag.UnterminatedStringLiteral)
			break
		}
		if c == '\\' {
			if b == nil {
				b = &strings.Builder{}
			}
			b.WriteString(s.src[chunk:s.pos])
			s.scanEscape(b, false)
			chunk = s.pos
			continue
		}
		s.pos++
	}
	if b == nil {
		s.value = s.src[start:s.pos]
	} else {
		b.WriteString(s.src[chunk:s.pos])
		s.value = b.String()
	}
	if s.pos < n && s.src[s.pos] == quote {
		s.pos++
	}
	return TString
}

// scanEscape reads an escape sequence at s.pos ('\\') into b. In a template
// an invalid escape is not an error (tagged templates allow them); it marks
// the token instead. It reports whether the escape was valid.
func (s *scanner) scanEscape(b *strings.Builder, template bool) bool {
	start := s.pos
	s.pos++
	if s.pos >= int32(len(s.src)) {
		s.errorAt(s.pos, 0, diag.UnexpectedEndOfText)
		return false
	}
	c := s.src[s.pos]
	s.pos++
	switch c {
	case '0':
		if template && isDigit(s.at(s.pos)) {
			s.flags |= flagInvalidEscape
			return false
		}
		if !isDigit(s.at(s.pos)) {
			b.WriteByte(0)
			return true
		}
		fallthrough
	case '1', '2', '3', '4', '5', '6', '7':
		if template {
			s.flags |= flagInvalidEscape
			return false
		}
		v := int(c - '0')
		if s.at(s.pos) >= '0' && s.at(s.pos) <= '7' {
			v = v*8 + int(s.src[s.pos]-'0')
			s.pos++
			if c <= '3' && s.at(s.pos) >= '0' && s.at(s.pos) <= '7' {
				v = v*8 + int(s.src[s.pos]-'0')
				s.pos++
			}
		}
		b.WriteRune(rune(v))
		return true
	case '8', '9':
		if template {
			s.flags |= flagInvalidEscape
			return false
		}
		b.WriteByte(c)
		return true
	case 'b':
		b.WriteByte('\b')
	case 't':
		b.WriteByte('\t')
	case 'n':
		b.WriteByte('\n')
	case 'v':
		b.WriteByte('\v')
	case 'f':
		b.WriteByte('\f')
	case 'r':
		b.WriteByte('\r')
	case '\r':
		if s.at(s.pos) == '\n' {
			s.pos++
		}
	case '\n':
	case 'x':
		if isHexDigit(s.at(s.pos)) && isHexDigit(s.at(s.pos+1)) {
			b.WriteRune(rune(hexVal(s.src[s.pos])<<4 | hexVal(s.src[s.pos+1])))
			s.pos += 2
			return true
		}
		if template {
			s.flags |= flagInvalidEscape
			return false
		}
		if isHexDigit(s.at(s.pos)) {
			s.pos++
		}
		s.errorAt(s.pos, 0, diag.HexDigitExpected)
		return false
	case 'u':
		if s.at(s.pos) == '{' {
			j := s.pos + 1
			var v rune
			digits := 0
			for isHexDigit(s.at(j)) {
				if v <= 0x10FFFF {
					v = v*16 + rune(hexVal(s.at(j)))
				}
				j++
				digits++
			}
			switch {
			case digits == 0:
				if template {
					s.flags |= flagInvalidEscape
					return false
				}
				s.errorAt(j, 0, diag.HexDigitExpected)
				s.pos = j
				return false
			case v > 0x10FFFF:
				if template {
					s.flags |= flagInvalidEscape
					return false
				}
				s.errorAt(s.pos+1, j-s.pos-1, diag.UnicodeEscapeOutOfRange)
				s.pos = j
				if s.at(s.pos) == '}' {
					s.pos++
				}
				return false
			case s.at(j) != '}':
				if template {
					s.flags |= flagInvalidEscape
					return false
				}
				s.errorAt(j, 0, diag.UnterminatedUnicodeEscape)
				s.pos = j
				return false
			}
			s.pos = j + 1
			b.WriteRune(v)
			return true
		}
		var v rune
		for k := int32(0); k < 4; k++ {
			if !isHexDigit(s.at(s.pos + k)) {
				if template {
					s.flags |= flagInvalidEscape
					return false
				}
				s.errorAt(s.pos+k, 0, diag.HexDigitExpected)
				s.pos += k
				return false
			}
			v = v*16 + rune(hexVal(s.src[s.pos+k]))
		}
		s.pos += 4
		b.WriteRune(v)
		return true
	default:
		if c == 0xE2 && isLineBreakAt(s.src, s.pos-1) {
			s.pos += 2 // line continuation with U+2028/U+2029
			return true
		}
		// Any other character escapes itself; copy the whole rune.
		s.pos = start + 1
		_, size := utf8.DecodeRuneInString(s.src[s.pos:])
		b.WriteString(s.src[s.pos : s.pos+int32(size)])
		s.pos += int32(size)
	}
	return true
}

// scanTemplate scans template characters after '`' or '}' up to '${' or
// '`'. head tells whether the token started with '`'.
func (s *scanner) scanTemplate(head bool) Token {
	start := s.pos
	n := int32(len(s.src))
	var b *strings.Builder
	chunk := start
	var tok Token
	for {
		if s.pos >= n {
			s.flags |= flagUnterminated
			s.errorAt(s.pos, 0, diag.UnterminatedTemplateLiteral)
			if head {
				tok = TNoSubstTemplate
			} else {
				tok = TTemplateTail
			}
			break
		}
		c := s.src[s.pos]
		if c == '`' {
			if head {
				tok = TNoSubstTemplate
			} else {
				tok = TTemplateTail
			}
			break
		}
		if c == '$' && s.at(s.pos+1) == '{' {
			if head {
				tok = TTemplateHead
			} else {
				tok = TTemplateMiddle
			}
			break
		}
		if c == '\\' {
			if b == nil {
				b = &strings.Builder{}
			}
			b.WriteString(s.src[chunk:s.pos])
			s.scanEscape(b, true)
			chunk = s.pos
			continue
		}
		if c == '\r' {
			// The cooked value normalizes CRLF and CR to LF.
			if b == nil {
				b = &strings.Builder{}
			}
			b.WriteString(s.src[chunk:s.pos])
			b.WriteByte('\n')
			s.pos++
			if s.at(s.pos) == '\n' {
				s.pos++
			}
			chunk = s.pos
			continue
		}
		s.pos++
	}
	if b == nil {
		s.value = s.src[start:s.pos]
	} else {
		b.WriteString(s.src[chunk:s.pos])
		s.value = b.String()
	}
	switch tok {
	case TTemplateHead, TTemplateMiddle:
		s.pos += 2
	case TNoSubstTemplate, TTemplateTail:
		if s.pos < n {
			s.pos++
		}
	}
	return tok
}

// reScanTemplate turns the '}' at the current token into the continuation
// of a template.
func (s *scanner) reScanTemplate() Token {
	s.pos = s.tokStart + 1
	s.flags &^= flagInvalidEscape | flagUnterminated
	s.tok = s.scanTemplate(false)
	return s.tok
}

// reScanGreater combines '>' with following characters into '>=', '>>',
// '>>=', '>>>' or '>>>=' where the parser expects a binary operator.
func (s *scanner) reScanGreater() Token {
	if s.tok != TGreaterThan {
		return s.tok
	}
	switch s.at(s.pos) {
	case '>':
		if s.at(s.pos+1) == '>' {
			if s.at(s.pos+2) == '=' {
				s.pos += 3
				s.tok = TGreaterThanGreaterThanGreaterThanEquals
				return s.tok
			}
			s.pos += 2
			s.tok = TGreaterThanGreaterThanGreaterThan
			return s.tok
		}
		if s.at(s.pos+1) == '=' {
			s.pos += 2
			s.tok = TGreaterThanGreaterThanEquals
			return s.tok
		}
		s.pos++
		s.tok = TGreaterThanGreaterThan
	case '=':
		s.pos++
		s.tok = TGreaterThanEquals
	}
	return s.tok
}

// reScanLessThan splits '<<' (and '<<=') so a type argument list can start.
func (s *scanner) reScanLessThan() Token {
	if s.tok == TLessThanLessThan || s.tok == TLessThanLessThanEquals {
		s.pos = s.tokStart + 1
		s.tok = TLessThan
	}
	return s.tok
}

// reScanSlash scans a regular expression where the parser expects an
// expression and the scanner saw '/' or '/='.
func (s *scanner) reScanSlash() Token {
	if s.tok != TSlash && s.tok != TSlashEquals {
		return s.tok
	}
	p := s.tokStart + 1
	n := int32(len(s.src))
	inClass := false
	for {
		if p >= n || isLineBreakAt(s.src, p) {
			s.flags |= flagUnterminated
			s.errorAt(s.tokStart, p-s.tokStart, diag.UnterminatedRegExp)
			break
		}
		c := s.src[p]
		if c == '\\' {
			p++
			if p < n && !isLineBreakAt(s.src, p) {
				p++
			}
			continue
		}
		if c == '/' && !inClass {
			p++
			break
		}
		if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		}
		p++
	}
	for p < n {
		c := s.src[p]
		if isIdentPartByte(c) {
			p++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s.src[p:])
			if isIdentPartRune(r) {
				p += int32(size)
				continue
			}
		}
		break
	}
	s.pos = p
	s.value = s.src[s.tokStart:p]
	s.tok = TRegExp
	return s.tok
}

// Comments are most of the bytes of declaration files (JSDoc), so they are
// skipped with the library's vectorized searches rather than byte by byte.

// skipLineComment moves past `// …` up to (not over) the line break.
func (s *scanner) skipLineComment() {
	rest := s.src[s.pos+2:]
	if j := strings.IndexByte(rest, '\n'); j >= 0 {
		rest = rest[:j]
	}
	if strings.IndexByte(rest, '\r') < 0 && strings.IndexByte(rest, 0xE2) < 0 {
		s.pos += 2 + int32(len(rest))
		return
	}
	s.pos += 2
	for s.pos < int32(len(s.src)) && !isLineBreakAt(s.src, s.pos) {
		s.pos++
	}
}

// skipBlockComment moves past `/* … */`, noting line breaks inside it.
func (s *scanner) skipBlockComment() {
	body := s.src[s.pos+2:]
	end := strings.Index(body, "*/")
	closed := end >= 0
	if !closed {
		end = len(body)
	}
	body = body[:end]
	if strings.IndexByte(body, '\n') >= 0 || strings.IndexByte(body, '\r') >= 0 {
		s.flags |= flagPrecedingLineBreak
	} else if strings.Contains(body, "\u2028") || strings.Contains(body, "\u2029") {
		s.flags |= flagPrecedingLineBreak
	}
	s.pos += 2 + int32(end)
	if closed {
		s.pos += 2
		return
	}
	s.errorAt(s.pos, 0, diag.StarSlashExpected)
}
