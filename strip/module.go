package strip

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/tsrun-dev/tsrun/diag"
)

// goja has no ES modules (goja#348), so an ES module entry is compiled by
// esbuild's bundler into one script: each import of a builtin becomes a
// call of ModuleOptions.RequireName, import.meta becomes an identifier, and
// the trailing export clause is dropped (nothing imports the entry). The
// caller wraps the result in an async function with Banner and Footer so
// that top-level await works. Imports of files are refused for now; the
// module graph (issue #6) replaces this.

// ModuleOptions controls Module.
type ModuleOptions struct {
	Options
	// IsBuiltin reports whether an import specifier names a builtin module
	// ("fs", "node:fs").
	IsBuiltin func(spec string) bool
	// RequireName is the function the output calls with a builtin's
	// specifier to get its exports.
	RequireName string
	// ImportMetaName is the identifier that replaces import.meta.
	ImportMetaName string
	// RequireStandIn, when set, replaces the free identifier require: the
	// bundler would otherwise turn it into a shim function, and an ES
	// module must see typeof require === "undefined" as in Node.
	RequireStandIn string
	// ResolveDir is the directory relative imports resolve from.
	ResolveDir string
	// ForceESM compiles the file as an ES module whatever its syntax says
	// (.mts, package.json "type": "module"): top-level this is undefined and
	// module/exports are not CommonJS's.
	ForceESM bool
}

// ModuleResult is the compiled entry.
type ModuleResult struct {
	Code string
	// ESM reports whether the file is an ES module by its syntax (import,
	// export, import.meta or top-level await). When false, the caller runs
	// the file as CommonJS with Transform, unless its extension or
	// package.json makes it a module anyway.
	ESM bool
}

// UnsupportedImport is the refusal of an import this version cannot load.
var UnsupportedImport = &diag.Message{Code: 90102, Category: diag.Error,
	Text: "Cannot import '{0}': importing files from an ES module is not supported yet (only node: builtins)."}

const builtinNS = "tsrun-builtin"

// Module compiles an ES module entry; see ModuleOptions.
func Module(file *diag.File, opts ModuleOptions) (ModuleResult, []diag.Diagnostic) {
	defer raiseGC(len(file.Text))()
	name := opts.SourceName
	if name == "" {
		name = file.Name
	}
	plugin := api.Plugin{
		Name: "tsrun",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: ".*"}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				if a.Kind == api.ResolveEntryPoint {
					return api.OnResolveResult{}, nil
				}
				if opts.IsBuiltin != nil && opts.IsBuiltin(a.Path) {
					return api.OnResolveResult{Path: a.Path, Namespace: builtinNS}, nil
				}
				return api.OnResolveResult{Errors: []api.Message{{Text: UnsupportedImport.Format(a.Path)}}}, nil
			})
			b.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: builtinNS}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
				src := "module.exports = " + opts.RequireName + "(" + strconv.Quote(a.Path) + ");"
				return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS}, nil
			})
		},
	}
	text := file.Text
	if opts.ForceESM {
		// An export statement makes esbuild treat the file as a module;
		// appended on its own line, it moves no position of the file.
		text += "\nexport {};\n"
	}
	bo := api.BuildOptions{
		Stdin: &api.StdinOptions{
			Contents:   text,
			ResolveDir: opts.ResolveDir,
			Sourcefile: name,
			Loader:     loader(file.Name),
		},
		Bundle:      true,
		Write:       false,
		Metafile:    true,
		Format:      api.FormatESModule,
		Platform:    api.PlatformNeutral,
		Target:      api.ES2022,
		Supported:   unsupported,
		TsconfigRaw: tsconfig,
		Charset:     api.CharsetUTF8,
		LogLevel:    api.LogLevelSilent,
		Plugins:     []api.Plugin{plugin},
		Define:      define(opts),
		Banner:      map[string]string{"js": opts.Banner},
		Footer:      map[string]string{"js": opts.Footer},
		Outdir:      "/tsrun-out",
	}
	if opts.SourceMap {
		bo.Sourcemap = api.SourceMapInline
		bo.SourcesContent = api.SourcesContentExclude
	}
	r := api.Build(bo)
	if len(r.Errors) > 0 {
		return ModuleResult{}, Diagnostics(file, r.Errors)
	}
	var code string
	for _, f := range r.OutputFiles {
		if strings.HasSuffix(f.Path, ".js") {
			code = string(f.Contents)
		}
	}
	code, ds := rewriteProperties(file, code)
	if ds != nil {
		return ModuleResult{}, ds
	}
	if opts.SourceMap {
		code = fixInlineMap(code, name, opts.ForGoja)
	}
	return ModuleResult{Code: blankExportClause(code), ESM: isESM(r.Metafile)}, nil
}

func define(opts ModuleOptions) map[string]string {
	d := map[string]string{"import.meta": opts.ImportMetaName}
	if opts.RequireStandIn != "" {
		d["require"] = opts.RequireStandIn
	}
	return d
}

// isESM reads esbuild's verdict from the metafile: the entry's "format" is
// "esm" when it has import/export statements, import.meta or top-level
// await (the builtin stand-ins are CommonJS).
func isESM(metafile string) bool {
	var m struct {
		Inputs map[string]struct {
			Format string `json:"format"`
		} `json:"inputs"`
	}
	if json.Unmarshal([]byte(metafile), &m) != nil {
		return false
	}
	for path, in := range m.Inputs {
		if !strings.HasPrefix(path, builtinNS+":") && in.Format == "esm" {
			return true
		}
	}
	return false
}

// exportClause is the statement esbuild's ESM output ends with when the
// entry exports something: `export {\n  a,\n  b as c\n};`.
var exportClause = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?m)^export \{[^}]*\};?$`) })

// exportWrapped is how esbuild ends a module it judged CommonJS (it uses
// module or exports) that must run as an ES module anyway (.mts, "type":
// "module"): the wrapped body is called and exported.
var exportWrapped = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?m)^export default (require_\w+\(\));$`) })

// blankExportClause removes the export clause, keeping its line breaks so
// the source map's line numbers stay right.
func blankExportClause(code string) string {
	code = exportWrapped().ReplaceAllString(code, "$1;")
	return exportClause().ReplaceAllStringFunc(code, func(s string) string {
		return strings.Repeat("\n", strings.Count(s, "\n"))
	})
}

// ResolveDirOf is the directory imports of file resolve from.
func ResolveDirOf(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return filepath.Dir(abs)
	}
	return filepath.Dir(path)
}
