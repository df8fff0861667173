package strip

import (
	"strings"
)

// Regexp literals with Unicode property escapes are rewritten after
// esbuild, on its output: esbuild keeps them as literals (the feature is
// declared supported), and this pass replaces each \p{…} and \P{…} in a
// u-flag literal by an explicit class (regexp_props.go). Working on
// esbuild's output rather than the TypeScript means one small lexer for
// plain, printed JavaScript, with no types to skip. A file whose source has
// no \p{ or \P{ is not lexed at all.

// propertyRewriteError is a \p{…} that cannot be rewritten; name is the
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
	last := 0 // js[last:] is not yet copied to b
	regexOK := true
	var braces []bool // per open {: true when it opened a template substitution
	i := 0
	for i < len(js) {
		c := js[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
			continue
		case c == '/' && i+1 < len(js) && js[i+1] == '/':
			for i < len(js) && js[i] != '\n' {
				i++
			}
			continue
		case c == '/' && i+1 < len(js) && js[i+1] == '*':
			end := strings.Index(js[i+2:], "*/")
			if end < 0 {
				return js, nil
			}
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
			}
			regexOK = false
			continue
		case c == '"' || c == '\'':
			i = skipString(js, i)
			regexOK = false
			continue
		case c == '`':
			i = skipTemplate(js, i+1)
			if i < len(js) && js[i] == '{' { // stopped at ${
				braces = append(braces, true)
				regexOK = true
			} else {
				regexOK = false
			}
			i++
			continue
		case c == '{':
			braces = append(braces, false)
			regexOK = true
			i++
			continue
		case c == '}':
			if n := len(braces); n > 0 && braces[n-1] {
				braces = braces[:n-1]
				i = skipTemplate(js, i+1)
				if i < len(js) && js[i] == '{' {
					braces = append(braces, true)
					regexOK = true
				} else {
					regexOK = false
				}
				i++
				continue
			}
			if n := len(braces); n > 0 {
				braces = braces[:n-1]
			}
			// After a block a regexp may start a statement; after an object
			// literal it would be a division. esbuild prints statements on
			// their own line, so a / right after } is taken as division.
			regexOK = false
			i++
			continue
		case isWordByte(c) || c >= 0x80:
			start := i
			for i < len(js) && (isWordByte(js[i]) || js[i] >= 0x80) {
				i++
			}
			regexOK = keywordBeforeExpr[js[start:i]]
			continue
		case c == ')' || c == ']':
			regexOK = false
		default:
			regexOK = true
		}
		i++
	}
	if last == 0 {
		return js, nil
	}
	b.WriteString(js[last:])
	return b.String(), nil
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
