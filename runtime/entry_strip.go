package runtime

import (
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/strip"
)

// compileEntry turns the entry into one goja script: a function taking
// Node's CommonJS wrapper arguments, or an async function taking the
// builtin importer and import.meta for an ES module. Detection asks
// esbuild whether the file has module syntax.
func compileEntry(file *diag.File, kind moduleKind, srcName, dir string) (code string, esm bool, ds []diag.Diagnostic) {
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
	r, ds := strip.Transform(file, strip.Options{SourceMap: true, ForGoja: true, SourceName: srcName, Banner: cjsBanner, Footer: footer})
	return r.Code, false, ds
}
