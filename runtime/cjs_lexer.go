package runtime

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// CommonJS named exports as Node computes them for `import { x } from
// "./lib.cjs"`: statically, from the source text, by the patterns
// cjs-module-lexer recognizes (Node does not run the module to learn its
// names, so a name added dynamically, exports[key] = v, is not a named
// export; only default is). This is a pattern scan over the text with
// comments removed, not a port of the lexer:
//
//	exports.a = …   module.exports.a = …   exports["a"] = …
//	Object.defineProperty(exports, "a", …)
//	module.exports = { a, b: c, "d": e }   (stops at the first value that
//	                                         is not an identifier, as Node)
//	module.exports = require("x")          (re-exports x's names)
//	__exportStar(require("x"), exports), __export(require("x"))
//
// esbuild's and tsc's CommonJS output is covered: esbuild writes the
// `0 && (module.exports = { a, b })` annotation precisely for this lexer.

// cjsPatterns are compiled on first use: most runs never load CommonJS
// from an ES module, and package init is startup time.
var cjsPatterns = sync.OnceValue(func() *cjsRegexps {
	return &cjsRegexps{
		dotAssign:    regexp.MustCompile(`(?:^|[^.\w$])(?:module\s*\.\s*)?exports\s*\.\s*([A-Za-z_$][\w$]*)\s*=[^=]`),
		indexAssign:  regexp.MustCompile(`(?:^|[^.\w$])(?:module\s*\.\s*)?exports\s*\[\s*(?:"([^"\\\n]*)"|'([^'\\\n]*)')\s*\]\s*=[^=]`),
		define:       regexp.MustCompile(`Object\s*\.\s*defineProperty\s*\(\s*(?:module\s*\.\s*)?exports\s*,\s*(?:"([^"\\\n]*)"|'([^'\\\n]*)')`),
		objectAssign: regexp.MustCompile(`(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*\{`),
		reexport:     regexp.MustCompile(`(?:(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*|__exportStar\s*\(\s*|__export\s*\(\s*)require\s*\(\s*(?:"([^"\\\n]*)"|'([^'\\\n]*)')\s*\)`),
		objectEntry:  regexp.MustCompile(`^\s*(?:([A-Za-z_$][\w$]*)|"([^"\\\n]*)"|'([^'\\\n]*)')\s*(?:(,|\})|:\s*([A-Za-z_$][\w$]*)\s*(,|\}))`),
	}
})

type cjsRegexps struct {
	dotAssign, indexAssign, define, objectAssign, reexport, objectEntry *regexp.Regexp
}

// cjsExportNames returns the named exports Node finds in the CommonJS file
// at path, sorted, without "default"; re-exported files are followed once.
func cjsExportNames(path string) []string {
	set := map[string]bool{}
	lexCJS(path, set, map[string]bool{})
	delete(set, "default")
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func lexCJS(path string, set, seen map[string]bool) {
	if seen[path] {
		return
	}
	seen[path] = true
	b, err := os.ReadFile(path)
	if err != nil {
		return
	}
	src := stripJSComments(string(b))
	re := cjsPatterns()
	for _, m := range re.dotAssign.FindAllStringSubmatch(src, -1) {
		set[m[1]] = true
	}
	for _, r := range []*regexp.Regexp{re.indexAssign, re.define} {
		for _, m := range r.FindAllStringSubmatch(src, -1) {
			set[m[1]+m[2]] = true
		}
	}
	for _, loc := range re.objectAssign.FindAllStringIndex(src, -1) {
		rest := src[loc[1]:]
		for {
			m := re.objectEntry.FindStringSubmatch(rest)
			if m == nil {
				break
			}
			set[m[1]+m[2]+m[3]] = true
			if m[4] == "}" || m[6] == "}" {
				break
			}
			rest = rest[len(m[0]):]
		}
	}
	for _, m := range re.reexport.FindAllStringSubmatch(src, -1) {
		res, msg := resolveRequire(m[1]+m[2], path)
		if msg == "" && res.kind == modCJS {
			lexCJS(res.path, set, seen)
		}
	}
}

// stripJSComments blanks // and /* */ comments and the contents of strings
// that cannot be export names (see keyPosition); a regexp literal holding
// // or a quote can confuse it: the cost is a missed or extra name, never a
// crash.
func stripJSComments(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\'' || c == '`':
			j := i + 1
			for j < len(s) && s[j] != c {
				if s[j] == '\\' {
					j++
				} else if s[j] == '\n' && c != '`' {
					break
				}
				j++
			}
			if j >= len(s) {
				j = len(s) - 1
			}
			if keyPosition(b.String()) {
				b.WriteString(s[i : j+1])
			} else {
				// Not where a name can be written: blank the contents, so
				// that text inside a string never looks like an export.
				b.WriteByte(c)
				b.WriteString(strings.Repeat(" ", max(j-i-1, 0)))
				b.WriteByte(s[j])
			}
			i = j
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			for i < len(s) && s[i] != '\n' {
				i++
			}
			if i < len(s) {
				b.WriteByte('\n')
			}
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				return b.String()
			}
			b.WriteByte(' ')
			i += 2 + end + 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// keyPosition reports whether a string starting after out can be a name
// the patterns read: after "[", "(", "," or "{" (exports["a"],
// defineProperty(exports, "a"), require("x"), { "a": a }).
func keyPosition(out string) bool {
	t := strings.TrimRight(out, " \t\r\n")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '[', '(', ',', '{':
		return true
	}
	return false
}
