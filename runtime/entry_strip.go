package runtime

import (
	"strings"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/strip"
	"github.com/tsrun-dev/tsrun/syntax"
)

// compileEntry turns the entry into one goja script: a function taking
// Node's CommonJS wrapper arguments, or an async function taking the
// builtin importer and import.meta for an ES module. Detection asks
// esbuild whether the file has module syntax. sf is the file's parse when
// the caller has one. A CommonJS entry is blanked (strip_blank.go) unless
// it needs esbuild; stripCJS is the esbuild path.
func compileEntry(file *diag.File, sf *syntax.SourceFile, kind moduleKind, srcName, dir string) (code string, esm bool, ds []diag.Diagnostic) {
	if kind == kindDetect && !mayBeModule(file.Text) {
		kind = kindCJS // no word a module needs: skip the bundler pass
	}
	if kind != kindCJS {
		r, ds := strip.Module(file, strip.ModuleOptions{
			Options:        strip.Options{SourceMap: true, ForGoja: true, SourceName: srcName, Banner: esmBanner, Footer: footer},
			IsBuiltin:      isBuiltinSpec,
			RequireName:    esmImportName,
			ImportMetaName: esmMetaName,
			ResolveDir:     dir,
			ForceESM:       kind == kindESM,
			RequireStandIn: esmNoRequire,
		})
		if len(ds) > 0 {
			return "", false, ds
		}
		if r.ESM || kind == kindESM {
			return r.Code, true, nil
		}
	}
	if code, ok := blankCJS(file, sf, srcName); ok {
		return code, false, nil
	}
	code, ds = stripCJS(file, srcName)
	return code, false, ds
}

// mayBeModule is false when text cannot have module syntax: every ES module
// marker (import, export, import.meta, top-level await) needs one of these
// words. Most scripts skip esbuild's slower bundler pass this way.
func mayBeModule(text string) bool {
	return strings.Contains(text, "import") || strings.Contains(text, "export") || strings.Contains(text, "await")
}
