package blank

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/tsrun-dev/tsrun/syntax"
)

// Result is the JavaScript of one file.
type Result struct {
	// Code is the text with the types blanked; the same length in bytes,
	// lines and UTF-16 columns as the input.
	Code string
	// Lower names the first construct in Code that goja cannot run as
	// written ("async generator", "decorator", …), or is "" when there is
	// none.
	Lower string
	// Changed is false when the text had nothing to blank (plain
	// JavaScript, or TypeScript without types); Code is then the input.
	Changed bool
}

// Unsupported is TypeScript that has no erasable form: Node refuses it
// under type stripping, and so does Strip.
type Unsupported struct {
	Pos  int32
	What string
}

func (e *Unsupported) Error() string { return fmt.Sprintf("%s at offset %d", e.What, e.Pos) }

// Strip blanks the types of sf, which must have parsed without errors.
func Strip(sf *syntax.SourceFile) (Result, error) {
	if len(sf.Diagnostics) > 0 {
		return Result{}, &Unsupported{Pos: sf.Diagnostics[0].Pos, What: "a syntax error"}
	}
	if sf.Dialect == syntax.DialectTSX || sf.Dialect == syntax.DialectDTS {
		return Result{}, &Unsupported{What: "a .tsx or .d.ts file"}
	}
	b := &blanker{text: sf.File.Text}
	b.list(sf.Statements, false)
	if b.err != nil {
		return Result{}, b.err
	}
	if len(b.spans) == 0 && len(b.over) == 0 {
		return Result{Code: b.text, Lower: b.lower}, nil
	}
	return Result{Code: b.apply(), Lower: b.lower, Changed: true}, nil
}

// blanker collects what to overwrite; apply writes it.
type blanker struct {
	text  string
	spans [][2]int32 // ranges whose non-space characters become spaces
	over  []overwrite
	lower string
	err   *Unsupported
}

// overwrite puts one ASCII byte at pos after the spans are blanked: the
// ';' and parentheses that keep the statements as TypeScript parsed them.
type overwrite struct {
	pos int32
	b   byte
}

func (b *blanker) blank(pos, end int32) {
	if pos < end {
		b.spans = append(b.spans, [2]int32{pos, end})
	}
}

func (b *blanker) put(pos int32, c byte) { b.over = append(b.over, overwrite{pos, c}) }

func (b *blanker) unsupported(pos int32, what string) {
	if b.err == nil {
		b.err = &Unsupported{Pos: pos, What: what}
	}
}

func (b *blanker) needsLowering(what string) {
	if b.lower == "" {
		b.lower = what
	}
}

// apply blanks every span as Node does: white space and line terminators
// stay; any other character becomes white space of the same UTF-8 length
// (U+0020, U+00A0, U+2002, or U+0020 U+FEFF for four bytes), so byte
// offsets and UTF-16 columns are unchanged.
func (b *blanker) apply() string {
	out := []byte(b.text)
	for _, s := range b.spans {
		for i := int(s[0]); i < int(s[1]); {
			r, size := utf8.DecodeRuneInString(b.text[i:])
			if !isJSSpace(r) {
				switch size {
				case 1:
					out[i] = ' '
				case 2:
					out[i], out[i+1] = 0xc2, 0xa0
				case 3:
					out[i], out[i+1], out[i+2] = 0xe2, 0x80, 0x82
				default:
					out[i], out[i+1], out[i+2], out[i+3] = ' ', 0xef, 0xbb, 0xbf
				}
			}
			i += size
		}
	}
	for _, o := range b.over {
		out[o.pos] = o.b
	}
	return string(out)
}

// isJSSpace is ECMAScript's WhiteSpace or LineTerminator.
func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\v', '\f', ' ', 0xa0, 0xfeff, '\n', '\r', 0x2028, 0x2029:
		return true
	}
	return r > 0x7f && unicode.Is(unicode.Zs, r)
}

// next returns the offset of the first token at or after pos (the text's
// length at the end) and whether a line terminator comes before it, in
// white space or inside a comment.
func (b *blanker) next(pos int32) (int32, bool) {
	t := b.text
	nl := false
	i := int(pos)
	for i < len(t) {
		c := t[i]
		switch {
		case c == '\n' || c == '\r':
			nl = true
			i++
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			i++
		case c == '/' && i+1 < len(t) && t[i+1] == '/':
			for i < len(t) && t[i] != '\n' && t[i] != '\r' && !isLSPS(t, i) {
				i++
			}
		case c == '/' && i+1 < len(t) && t[i+1] == '*':
			j := i + 2
			for j < len(t) && !(t[j] == '*' && j+1 < len(t) && t[j+1] == '/') {
				if t[j] == '\n' || t[j] == '\r' || isLSPS(t, j) {
					nl = true
				}
				j++
			}
			i = min(j+2, len(t))
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(t[i:])
			if !isJSSpace(r) {
				return int32(i), nl
			}
			if r == 0x2028 || r == 0x2029 {
				nl = true
			}
			i += size
		default:
			return int32(i), nl
		}
	}
	return int32(len(t)), nl
}

// isLSPS reports whether U+2028 or U+2029 starts at t[i].
func isLSPS(t string, i int) bool {
	return i+2 < len(t) && t[i] == 0xe2 && t[i+1] == 0x80 && (t[i+2] == 0xa8 || t[i+2] == 0xa9)
}

// at is the byte at pos, or 0 past the end.
func (b *blanker) at(pos int32) byte {
	if int(pos) < len(b.text) && pos >= 0 {
		return b.text[pos]
	}
	return 0
}

// expect returns the offset of the token after pos when it starts with c,
// or -1.
func (b *blanker) expect(pos int32, c byte) int32 {
	p, _ := b.next(pos)
	if b.at(p) == c {
		return p
	}
	return -1
}

// closeAngle returns the end of the '>' closing a list of types whose last
// element ends at last (a trailing comma allowed).
func (b *blanker) closeAngle(last int32) int32 {
	p, _ := b.next(last)
	if b.at(p) == ',' {
		p, _ = b.next(p + 1)
	}
	if b.at(p) != '>' {
		b.unsupported(p, "a type argument list the blanker cannot delimit")
		return last
	}
	return p + 1
}

// blankAngles blanks the <…> list that opens at the first token after
// pos and whose last element ends at last; it returns the list's end.
func (b *blanker) blankAngles(pos, last int32) int32 {
	lt := b.expect(pos, '<')
	if lt < 0 {
		b.unsupported(pos, "a type argument list the blanker cannot delimit")
		return pos
	}
	end := b.closeAngle(last)
	b.blank(lt, end)
	return end
}

// blankAnnotation blanks ": Type" where the colon is the first token after
// pos; it returns the colon's offset.
func (b *blanker) blankAnnotation(pos int32, typ syntax.Node) int32 {
	colon := b.expect(pos, ':')
	if colon < 0 {
		b.unsupported(pos, "a type annotation the blanker cannot delimit")
		return pos
	}
	b.blank(colon, typ.End())
	return colon
}

// fixASI keeps a blanked declaration from letting the statements around
// it join: when the next token starts a line and could continue the
// previous statement's expression ( ( [ ` + - / ), Node writes ';' where
// the declaration began, unless the token before it was a ';' already.
// hasPrev is false for the first token of the file.
func (b *blanker) fixASI(n syntax.Node, hasPrev, prevSemi bool) {
	if !hasPrev {
		return
	}
	p, nl := b.next(n.End())
	if int(p) >= len(b.text) || !nl {
		return
	}
	switch b.at(p) {
	case '(', '[', '`':
	case '+', '-':
		if c := b.at(p + 1); c == b.at(p) || c == '=' {
			return // ++, --, += and -= are other tokens
		}
	case '/':
		// A division only after an operand; after '}' or ';' it is a
		// regular expression, which Node's lexer leaves alone.
		if c := b.at(p + 1); c == '/' || c == '*' || c == '=' {
			return
		}
		if last := b.text[n.End()-1]; last == '}' || last == ';' {
			return
		}
	default:
		return
	}
	if prevSemi {
		return
	}
	b.put(n.Pos(), ';')
}

// fixASIInExpr is fixASI for `x as T` and `x satisfies T`: the ';' goes
// where the keyword was, and only ( [ ` can continue the expression.
func (b *blanker) fixASIInExpr(keyword int32, end int32) {
	p, nl := b.next(end)
	if int(p) >= len(b.text) || !nl {
		return
	}
	switch b.at(p) {
	case '(', '[', '`':
		b.put(keyword, ';')
	}
}
