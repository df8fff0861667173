package project

// tsc checks every file a program reaches, not only the ones named: an
// import of "./util.js" brings util.ts in, with its errors. The driver does
// the same for relative imports (static, dynamic, `import x = require()`,
// `import("./x")` types, `export … from`) and `/// <reference path>`, with
// tsc's resolution of TypeScript files: "./x.js" means x.ts (or x.d.ts),
// "./x.mjs" x.mts, "./x.cjs" x.cts, "./x" x.ts, x.d.ts, x/index.ts or
// x/index.d.ts, and "./x.ts" itself. Bare specifiers (packages) and
// anything below node_modules are not followed: tsc would read their
// declaration files, which only ever makes tsrun report less than tsc,
// never more.

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/tsrun-dev/tsrun/syntax"
)

// imports returns the absolute paths of the existing TypeScript files that
// sf imports through relative specifiers; dir is sf's folder.
func imports(sf *syntax.SourceFile, dir string) []string {
	var specs []string
	add := func(n syntax.Node) {
		if s, ok := n.(*syntax.StringLiteral); ok {
			specs = append(specs, s.Text)
		}
	}
	var visitStatements func([]syntax.Node)
	visitStatements = func(list []syntax.Node) {
		for _, st := range list {
			switch st := st.(type) {
			case *syntax.ImportDeclaration:
				add(st.Specifier)
			case *syntax.ExportDeclaration:
				add(st.Specifier)
			case *syntax.ImportEqualsDeclaration:
				if ref, ok := st.Ref.(*syntax.ExternalModuleReference); ok {
					add(ref.Expr)
				}
			case *syntax.ModuleDeclaration:
				// `declare module "m" { import … }` and namespaces.
				for body := st.Body; body != nil; {
					switch b := body.(type) {
					case *syntax.ModuleDeclaration:
						body = b.Body
						continue
					case *syntax.ModuleBlock:
						visitStatements(b.Statements)
					}
					break
				}
			}
		}
	}
	visitStatements(sf.Statements)
	text := sf.File.Text
	if strings.Contains(text, "import(") || strings.Contains(text, "import (") {
		syntax.Inspect(sf, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.Call:
				if k, ok := n.Expr.(*syntax.KeywordExpr); ok && k.Kind() == syntax.KindImportKeyword && len(n.Args) > 0 {
					add(n.Args[0])
				}
			case *syntax.ImportType:
				if lit, ok := n.Arg.(*syntax.LiteralType); ok {
					add(lit.Literal)
				}
			}
			return true
		})
	}
	for _, m := range referencePath().FindAllStringSubmatch(leadingComments(text), -1) {
		specs = append(specs, "./"+strings.TrimPrefix(m[1], "./"))
	}
	var out []string
	for _, s := range specs {
		if p := resolveRelative(dir, s); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var referencePath = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)^///\s*<reference\s+path\s*=\s*["']([^"']+)["']`)
})

// leadingComments is the part of text before its first token, where
// triple-slash directives must be.
func leadingComments(text string) string {
	i := 0
	for i < len(text) {
		switch {
		case text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n':
			i++
		case strings.HasPrefix(text[i:], "//"):
			j := strings.IndexByte(text[i:], '\n')
			if j < 0 {
				return text
			}
			i += j + 1
		case strings.HasPrefix(text[i:], "/*"):
			j := strings.Index(text[i+2:], "*/")
			if j < 0 {
				return text
			}
			i += j + 4
		default:
			return text[:i]
		}
	}
	return text
}

// resolveRelative resolves a relative specifier to an existing TypeScript
// file outside node_modules, or "".
func resolveRelative(dir, spec string) string {
	if !strings.HasPrefix(spec, "./") && !strings.HasPrefix(spec, "../") && spec != "." && spec != ".." {
		return ""
	}
	base := filepath.Join(dir, filepath.FromSlash(spec))
	var candidates []string
	switch ext := filepath.Ext(base); ext {
	case ".ts", ".mts", ".cts":
		candidates = []string{base}
	case ".js", ".jsx":
		stem := strings.TrimSuffix(base, ext)
		candidates = []string{stem + ".ts", stem + ".d.ts"}
	case ".mjs":
		stem := strings.TrimSuffix(base, ext)
		candidates = []string{stem + ".mts", stem + ".d.mts"}
	case ".cjs":
		stem := strings.TrimSuffix(base, ext)
		candidates = []string{stem + ".cts", stem + ".d.cts"}
	default:
		candidates = []string{base + ".ts", base + ".d.ts", filepath.Join(base, "index.ts"), filepath.Join(base, "index.d.ts")}
	}
	for _, c := range candidates {
		if strings.Contains(filepath.ToSlash(c), "/node_modules/") {
			return ""
		}
		if st, err := os.Stat(c); err == nil && st.Mode().IsRegular() {
			return c
		}
	}
	return ""
}
