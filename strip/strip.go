// Package strip turns TypeScript into JavaScript that goja can run. It is
// the only importer of esbuild: types go out, and what goja lacks (async
// generators, for await, using, decorators) is lowered; an inline source map
// lets stack traces point at .ts lines and columns. esbuild's errors come
// back as diag.Diagnostics positioned as tsc prints them.
//
// strip does not judge whether the TypeScript is erasable: esbuild compiles
// enums and namespaces silently, so that check runs on our own parse
// (package erasable) before strip is called.
package strip

import (
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/tsrun-dev/tsrun/diag"
)

// SyntaxError is how esbuild's messages are reported: its own text, under a
// tsrun code, since esbuild's wording is not tsc's.
var SyntaxError = &diag.Message{Code: 90100, Category: diag.Error, Text: "{0}"}

// UnicodePropertyEscape refuses a \p{…} that strip cannot rewrite into an
// explicit class (regexp_props.go): goja has no property escapes and would
// match wrongly (/\p{L}/u.test("a") is false), and a wrong answer is worse
// than a clear refusal.
var UnicodePropertyEscape = &diag.Message{Code: 90101, Category: diag.Error,
	Text: "Unicode property escape {0} is not supported by tsrun: {1}."}

// Options controls one transform.
type Options struct {
	// SourceMap appends an inline source map (//# sourceMappingURL=data:…).
	SourceMap bool
	// SourcesContent embeds the TypeScript in the map; off for the runtime,
	// which has the text already, on for `tsrun strip --sourcemap`.
	SourcesContent bool
	// SourceName is the file name the map (and so stack traces) use;
	// default file.Name. The runtime passes a file:// URL, as Node prints.
	SourceName string
	// ForGoja adjusts the map for goja's reader (see fixInlineMap); such a
	// map is wrong for any other consumer, so `tsrun strip` leaves it off.
	ForGoja bool
	// Banner and Footer wrap the output (a CommonJS function wrapper, say);
	// the map accounts for them, so positions stay right.
	Banner, Footer string
}

// Result is the JavaScript.
type Result struct {
	Code string
}

// goja runs ES2022 except for these features, which esbuild lowers
// (FACTS.md: each is a syntax error in goja).
var unsupported = map[string]bool{
	"async-generator":      false,
	"for-await":            false,
	"using":                false,
	"decorators":           false,
	"regexp-match-indices": false,
	"regexp-set-notation":  false,
	// Kept as literals: strip rewrites them (regexp.go).
	"regexp-unicode-property-escapes": true,
	// Kept as written: the module loader reads `with { type: 'json' }`.
	"import-attributes": true,
}

// tsconfig makes esbuild keep every import and export as written, as Node's
// type stripping does: an unused `import x from "m"` still runs m. Fixed
// here so that no tsconfig.json on disk changes what runs.
const tsconfig = `{"compilerOptions":{"verbatimModuleSyntax":true,"useDefineForClassFields":true}}`

// loader picks esbuild's loader from the extension; files without one
// (stdin, -e) are TypeScript.
func loader(name string) api.Loader {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".js", ".mjs", ".cjs":
		return api.LoaderJS
	case ".tsx":
		return api.LoaderTSX
	case ".jsx":
		return api.LoaderJSX
	case ".json":
		return api.LoaderJSON
	}
	return api.LoaderTS
}

// Transform strips the types from file.
func Transform(file *diag.File, opts Options) (Result, []diag.Diagnostic) {
	defer raiseGC(len(file.Text))()
	name := opts.SourceName
	if name == "" {
		name = file.Name
	}
	o := api.TransformOptions{
		Loader:      loader(file.Name),
		Sourcefile:  name,
		Target:      api.ES2022,
		Supported:   unsupported,
		TsconfigRaw: tsconfig,
		Banner:      opts.Banner,
		Footer:      opts.Footer,
		LogLevel:    api.LogLevelSilent,
		Charset:     api.CharsetUTF8,
	}
	if opts.SourceMap {
		o.Sourcemap = api.SourceMapInline
		o.SourcesContent = api.SourcesContentExclude
		if opts.SourcesContent {
			o.SourcesContent = api.SourcesContentInclude
		}
	}
	r := api.Transform(file.Text, o)
	if len(r.Errors) > 0 {
		return Result{}, Diagnostics(file, r.Errors)
	}
	code := string(r.Code)
	code, ds := rewriteProperties(file, code)
	if ds != nil {
		return Result{}, ds
	}
	if opts.SourceMap {
		code = fixInlineMap(code, name, opts.ForGoja)
	}
	return Result{Code: code}, nil
}

// rewriteProperties rewrites the property escapes of esbuild's output for
// file, or reports the first one it cannot.
func rewriteProperties(file *diag.File, code string) (string, []diag.Diagnostic) {
	if !hasPropertyEscape(file.Text) {
		return code, nil
	}
	out, perr := rewriteRegExps(code)
	if perr == nil {
		return out, nil
	}
	pos := max(strings.Index(file.Text, perr.escape), 0)
	return "", []diag.Diagnostic{diag.New(file, int32(pos), int32(pos+len(perr.escape)),
		UnicodePropertyEscape, perr.escape, perr.err.Error())}
}

// Diagnostics converts esbuild messages about file into diagnostics:
// esbuild counts lines from 1 and columns in bytes from 0; diag counts
// bytes from the file's start and prints UTF-16 columns as tsc does.
func Diagnostics(file *diag.File, msgs []api.Message) []diag.Diagnostic {
	out := make([]diag.Diagnostic, 0, len(msgs))
	for _, m := range msgs {
		d := diag.New(file, 0, 0, SyntaxError, m.Text)
		if m.PluginName == "tsrun" {
			d.Code = UnsupportedImport.Code // the only error our plugin reports
		}
		if loc := m.Location; loc != nil {
			starts := file.LineStarts()
			if loc.Line >= 1 && loc.Line <= len(starts) {
				pos := int(starts[loc.Line-1]) + loc.Column
				pos = min(pos, len(file.Text))
				d.Pos = int32(pos)
				d.End = int32(min(pos+loc.Length, len(file.Text)))
			}
		}
		out = append(out, d)
	}
	diag.Sort(out)
	return out
}

// raiseGC lifts the GC target while esbuild works on a large input:
// esbuild allocates many short-lived AST nodes and is GC-bound there
// (1.5 MB: ≈140 ms at GOGC=100, ≈85 ms at 400). The setting is process
// wide, so concurrent transforms share one raise; the last one restores.
func raiseGC(size int) (restore func()) {
	if size < bigInput {
		return func() {}
	}
	gcMu.Lock()
	if gcRaised == 0 {
		gcOld = debug.SetGCPercent(400)
	}
	gcRaised++
	gcMu.Unlock()
	return func() {
		gcMu.Lock()
		gcRaised--
		if gcRaised == 0 {
			debug.SetGCPercent(gcOld)
		}
		gcMu.Unlock()
	}
}

const bigInput = 256 << 10

var (
	gcMu     sync.Mutex
	gcRaised int
	gcOld    int
)
