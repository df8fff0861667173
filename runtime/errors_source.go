package runtime

import (
	"strings"
	"unicode/utf8"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// Node runs TypeScript by replacing the types with spaces, so the source
// line in its fatal error report is that blanked text:
//
//	const x         = await new Promise        (() => {});
//
// strippedLine rebuilds it from our own parse: type annotations with their
// colon (and a `?` or `!` before it), type argument and parameter lists with
// their brackets, `as`/`satisfies` clauses, non-null `!`, and interface and
// type alias declarations. It runs only when a report is printed.

// strippedLine returns line (1-based) of file with its types blanked as
// Node's type stripping does; JavaScript files come back unchanged.
func strippedLine(file *diag.File, line int) string {
	text := file.LineText(line)
	if !isTypeScript(file.Name) || line < 1 {
		return text
	}
	starts := file.LineStarts()
	if line > len(starts) {
		return text
	}
	lo := int(starts[line-1])
	hi := lo + len(text)
	sf := syntax.Parse(file, syntax.ParseOptions{Dialect: syntax.DialectFromName(file.Name)})
	var spans [][2]int
	add := func(a, b int) {
		if b > lo && a < hi && a < b {
			spans = append(spans, [2]int{a, b})
		}
	}
	src := file.Text
	syntax.Inspect(sf, func(n syntax.Node) bool {
		if n.End() < int32(lo) || n.Pos() > int32(hi) {
			return n.Kind() == syntax.KindSourceFile
		}
		k := n.Kind()
		switch {
		case k >= syntax.KindFunctionType && k <= syntax.KindImportType, k == syntax.KindTypeParameter:
			a, b := int(n.Pos()), int(n.End())
			p := prevNonSpace(src, a)
			switch {
			case p >= 0 && src[p] == ':':
				a = p
				if q := prevNonSpace(src, p); q >= 0 && (src[q] == '?' || src[q] == '!') {
					a = q
				}
			case p >= 0 && (src[p] == '<' || src[p] == ','):
				// One entry of a type argument or parameter list: the list
				// goes whole, brackets included.
				a = p
				if q := nextNonSpace(src, b); q < len(src) && (src[q] == '>' || src[q] == ',') {
					b = q + 1
				}
			}
			add(a, b)
			return false
		case k == syntax.KindInterfaceDeclaration || k == syntax.KindTypeAliasDeclaration:
			add(int(n.Pos()), int(n.End()))
			return false
		case k == syntax.KindAsExpr:
			add(int(n.(*syntax.AsExpr).Expr.End()), int(n.End()))
		case k == syntax.KindSatisfiesExpr:
			add(int(n.(*syntax.SatisfiesExpr).Expr.End()), int(n.End()))
		case k == syntax.KindNonNullExpr:
			add(int(n.End())-1, int(n.End()))
		}
		return true
	})
	if len(spans) == 0 {
		return text
	}
	var b strings.Builder
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(src[i:])
		if inSpans(spans, i) {
			b.WriteString(strings.Repeat(" ", diag.UTF16Len(string(r))))
		} else {
			b.WriteString(src[i : i+size])
		}
		i += size
	}
	return b.String()
}

func inSpans(spans [][2]int, i int) bool {
	for _, s := range spans {
		if i >= s[0] && i < s[1] {
			return true
		}
	}
	return false
}

func prevNonSpace(s string, i int) int {
	for i--; i >= 0; i-- {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
			continue
		}
		return i
	}
	return -1
}

func nextNonSpace(s string, i int) int {
	for ; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
			continue
		}
		return i
	}
	return len(s)
}
