package strip

import (
	"errors"
	"strings"
)

// Regexp literals with Unicode property escapes are rewritten after
// esbuild, on its output: esbuild keeps them as literals (the feature is
// declared supported), and this pass replaces each \p{…} and \P{…} in a
// u-flag literal by an explicit class (regexp_props.go). Working on
// esbuild's output rather than the TypeScript means one small lexer for
// plain, printed JavaScript, with no types to skip. A file whose source has
// no \p{ or \P{ is not lexed at all. RegExp("…", "…u…") calls with two
// constant strings are rewritten too; patterns built at run time are not
// (goja still reads \p{L} there as p{L}; see constantRegExpCall).

// propertyRewriteError is a \p{…} that cannot be rewritten; escape is the
// escape as written, to find it in the source for the diagnostic.
type propertyRewriteError struct {
	escape string
	err    error
}

// RewriteRegExp rewrites the property escapes of one regexp pattern (the
// text between the slashes of a literal, or a RegExp constructor's source)
// for goja. Patterns without the u flag, or with none, come back as they
// are.
func RewriteRegExp(pattern, flags string) (string, error) {
	if !strings.Contains(flags, "u") || !hasPropertyEscape(pattern) {
		return pattern, nil
	}
	out, perr := rewritePattern(pattern)
	if perr != nil {
		return "", perr.err
	}
	return out, nil
}

func hasPropertyEscape(s string) bool {
	return strings.Contains(s, `\p{`) || strings.Contains(s, `\P{`)
}

// rewritePattern replaces property escapes in a u-mode pattern. Other
// escapes are copied as their two first characters: what follows them is
// ordinary pattern text to this pass.
func rewritePattern(p string) (string, *propertyRewriteError) {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+2 < len(p) && (p[i+1] == 'p' || p[i+1] == 'P') && p[i+2] == '{':
			end := strings.IndexByte(p[i+3:], '}')
			if end < 0 {
				b.WriteString(p[i:])
				return b.String(), nil
			}
			name := p[i+3 : i+3+end]
			body, err := classBody(name, p[i+1] == 'P')
			if err != nil {
				return "", &propertyRewriteError{p[i : i+4+end], err}
			}
			if inClass {
				b.WriteString(body)
			} else {
				b.WriteByte('[')
				b.WriteString(body)
				b.WriteByte(']')
			}
			i += 3 + end
		case c == '\\' && i+1 < len(p):
			b.WriteString(p[i : i+2])
			i++
		case c == '[' && !inClass:
			inClass = true
			b.WriteByte(c)
		case c == ']' && inClass:
			inClass = false
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// rewriteRegExps rewrites every u-flag regexp literal of js that holds a
// property escape. It returns js unchanged when there is none.
func rewriteRegExps(js string) (string, *propertyRewriteError) {
	var b strings.Builder
	kept := 0 // property escapes left as written: in regexps without the u flag
	last := 0 // js[last:] is not yet copied to b
	regexOK := true
	// Each open { is a template substitution, a block or an object
	// literal: after a block's } a regexp may start the next statement,
	// after an object's } a / divides.
	const (
		objectBrace = iota
		blockBrace
		templateBrace
	)
	var braces []int
	prev := "" // the last token: a punctuator, a word, or "lit"
	i := 0
	for i < len(js) {
		c := js[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
			continue
		case c == '/' && i+1 < len(js) && js[i+1] == '/':
			start := i
			for i < len(js) && js[i] != '\n' {
				i++
			}
			kept += countRawEscapes(js[start:i])
			continue
		case c == '/' && i+1 < len(js) && js[i+1] == '*':
			end := strings.Index(js[i+2:], "*/")
			if end < 0 {
				return js, nil
			}
			kept += countRawEscapes(js[i : i+end+4])
			i += end + 4
			continue
		case c == '/' && regexOK:
			start := i
			i = skipRegExpBody(js, i+1)
			bodyEnd := i
			if i < len(js) {
				i++ // closing slash
			}
			flagStart := i
			for i < len(js) && isWordByte(js[i]) {
				i++
			}
			body, flags := js[start+1:bodyEnd], js[flagStart:i]
			if strings.IndexByte(flags, 'u') >= 0 && hasPropertyEscape(body) {
				out, err := rewritePattern(body)
				if err != nil {
					return "", err
				}
				b.WriteString(js[last : start+1])
				b.WriteString(out)
				last = bodyEnd
			} else {
				kept += countRawEscapes(body)
			}
			regexOK = false
			prev = "lit"
			continue
		case c == '"' || c == '\'':
			i = skipString(js, i)
			regexOK = false
			prev = "lit"
			continue
		case c == '`':
			start := i
			i = skipTemplate(js, i+1)
			kept += countRawEscapes(js[start:min(i, len(js))])
			if i < len(js) && js[i] == '{' { // stopped at ${
				braces = append(braces, templateBrace)
				regexOK = true
				prev = "(" // an expression starts
			} else {
				regexOK = false
				prev = "lit"
			}
			i++
			continue
		case c == '{':
			kind := objectBrace
			switch prev {
			case "", ")", ";", "{", "}", ">", "else", "do", "try", "finally":
				kind = blockBrace // after => too (prev ">")
			default:
				if prev != "lit" && isWordByte(prev[0]) && !keywordBeforeExpr[prev] {
					kind = blockBrace // class C {, static {
				}
			}
			braces = append(braces, kind)
			regexOK = true
			prev = "{"
			i++
			continue
		case c == '}':
			if n := len(braces); n > 0 && braces[n-1] == templateBrace {
				braces = braces[:n-1]
				start := i
				i = skipTemplate(js, i+1)
				kept += countRawEscapes(js[start:min(i, len(js))])
				if i < len(js) && js[i] == '{' {
					braces = append(braces, templateBrace)
					regexOK = true
					prev = "(" // an expression starts
				} else {
					regexOK = false
					prev = "lit"
				}
				i++
				continue
			}
			regexOK = false
			if n := len(braces); n > 0 {
				regexOK = braces[n-1] == blockBrace
				braces = braces[:n-1]
			}
			prev = "}"
			i++
			continue
		case isWordByte(c) || c >= 0x80:
			start := i
			for i < len(js) && (isWordByte(js[i]) || js[i] >= 0x80) {
				i++
			}
			word := js[start:i]
			if word == "RegExp" && prev != "." {
				ps, pe, repl, err := constantRegExpCall(js, i)
				if err != nil {
					return "", err
				}
				if repl != "" {
					b.WriteString(js[last:ps])
					b.WriteString(repl)
					last = pe
				}
			}
			prev = word
			regexOK = keywordBeforeExpr[prev]
			continue
		case c == ')' || c == ']':
			regexOK = false
		default:
			regexOK = true
		}
		prev = js[i : i+1]
		i++
	}
	out := js
	if last > 0 {
		b.WriteString(js[last:])
		out = b.String()
	}
	// A u-flag literal this lexer did not see as one (a / it took for a
	// division) would keep its \p{…} and match wrongly in goja: refuse
	// instead. Escapes in comments and template text (String.raw`\p{L}`)
	// are counted as kept: like strings, they reach RegExp only at run time.
	if countRawEscapes(out) > kept {
		i := rawEscapeIndex(out)
		end := i + 3
		if j := strings.IndexByte(out[i:], '}'); j >= 0 {
			end = i + j + 1
		}
		return "", &propertyRewriteError{out[i:end], errors.New("tsrun could not find the regular expression around it to rewrite")}
	}
	return out, nil
}

// countRawEscapes counts \p{ and \P{ written with one backslash (an
// escaped backslash before p is not one).
func countRawEscapes(s string) int {
	n := 0
	for i := 0; i < len(s); {
		j := rawEscapeIndex(s[i:])
		if j < 0 {
			break
		}
		n++
		i += j + 3
	}
	return n
}

// rawEscapeIndex is the index of the first \p{ or \P{ escape in s, or -1.
func rawEscapeIndex(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '\\' {
			continue
		}
		if (s[i+1] == 'p' || s[i+1] == 'P') && i+2 < len(s) && s[i+2] == '{' {
			return i
		}
		i++ // the escaped character
	}
	return -1
}

// constantRegExpCall handles RegExp("…", "…u…") and new RegExp(…) with
// both arguments string literals, as esbuild prints them: the pattern
// string (js[ps:pe]) is rewritten like a literal's body. Patterns built
// at run time are not seen here, and stay as goja reads them.
func constantRegExpCall(js string, i int) (ps, pe int, repl string, perr *propertyRewriteError) {
	ws := func() {
		for i < len(js) && (js[i] == ' ' || js[i] == '\n' || js[i] == '\t') {
			i++
		}
	}
	str := func() (int, int, bool) {
		if i >= len(js) || js[i] != '"' && js[i] != '\'' {
			return 0, 0, false
		}
		a := i
		i = skipString(js, i)
		return a, i, js[i-1] == js[a]
	}
	ws()
	if i >= len(js) || js[i] != '(' {
		return 0, 0, "", nil
	}
	i++
	ws()
	ps, pe, ok := str()
	if !ok {
		return 0, 0, "", nil
	}
	ws()
	if i >= len(js) || js[i] != ',' {
		return 0, 0, "", nil
	}
	i++
	ws()
	fs, fe, ok := str()
	if !ok {
		return 0, 0, "", nil
	}
	ws()
	if i >= len(js) || js[i] != ')' {
		return 0, 0, "", nil
	}
	flags, ok1 := plainString(js[fs:fe])
	pattern, ok2 := plainString(js[ps:pe])
	if !ok1 || !ok2 || !strings.Contains(flags, "u") || !hasPropertyEscape(pattern) {
		return 0, 0, "", nil
	}
	out, err := rewritePattern(pattern)
	if err != nil {
		return 0, 0, "", err
	}
	q := js[ps]
	var b strings.Builder
	b.WriteByte(q)
	for k := 0; k < len(out); k++ {
		if out[k] == '\\' || out[k] == q {
			b.WriteByte('\\')
		}
		b.WriteByte(out[k])
	}
	b.WriteByte(q)
	return ps, pe, b.String(), nil
}

// plainString decodes a quoted string literal whose only escapes are \\
// and the quotes; any other escape (\n, \u…) gives ok false.
func plainString(lit string) (string, bool) {
	body := lit[1 : len(lit)-1]
	if !strings.Contains(body, `\`) {
		return body, true
	}
	var b strings.Builder
	for k := 0; k < len(body); k++ {
		if body[k] == '\\' {
			k++
			if k >= len(body) || body[k] != '\\' && body[k] != '"' && body[k] != '\'' {
				return "", false
			}
		}
		b.WriteByte(body[k])
	}
	return b.String(), true
}

// keywordBeforeExpr are the words after which / starts a regexp.
var keywordBeforeExpr = map[string]bool{
	"return": true, "typeof": true, "instanceof": true, "in": true, "of": true, "new": true,
	"delete": true, "void": true, "throw": true, "case": true, "do": true, "else": true,
	"yield": true, "await": true, "extends": true,
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$' || c == '#'
}

// skipRegExpBody returns the index of the closing / of a regexp literal
// whose body starts at i (or len(s)).
func skipRegExpBody(s string, i int) int {
	inClass := false
	for ; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '/':
			if !inClass {
				return i
			}
		case '\n':
			return i
		}
	}
	return i
}

// skipString returns the index after the string literal starting at i.
func skipString(s string, i int) int {
	q := s[i]
	for i++; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case q, '\n':
			return i + 1
		}
	}
	return i
}

// skipTemplate scans template text from i and returns the index of its
// closing backtick or of the { of a ${.
func skipTemplate(s string, i int) int {
	for ; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '`':
			return i
		case '$':
			if i+1 < len(s) && s[i+1] == '{' {
				return i + 1
			}
		}
	}
	return i
}
