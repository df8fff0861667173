package runtime

import (
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/strip"
	"github.com/tsrun-dev/tsrun/syntax"
)

// Node runs a .ts or .js file outside any "type" package as an ES module
// when, after its types are stripped, it has module syntax (Node's
// detect-module). Node strips types the way amaro does: `import type`,
// `export type`, interfaces, type aliases and declare'd exports vanish,
// but every other import stays, even one whose names are used only as
// types. So the verdict is read off our own parse of the source, with the
// same rules, instead of asking esbuild (which drops unused imports first
// and calls a file with `export type` a module).

// entryIsModule decides how Node loads the entry file: by its kind (the
// extension or package.json "type"), else by detection. sf is the
// TypeScript parse when there is one.
func entryIsModule(file *diag.File, kind moduleKind, sf *syntax.SourceFile) bool {
	switch {
	case kind != kindDetect:
		return kind == kindESM
	case !mayBeModule(file.Text):
		return false
	}
	if sf == nil {
		sf = syntax.Parse(file, syntax.ParseOptions{Dialect: syntax.DialectJS})
	}
	if len(sf.Diagnostics) > 0 {
		// JavaScript our parser does not take: esbuild's verdict.
		r, ds := strip.Module(file, strip.ModuleOptions{Options: strip.Options{ForGoja: true}, IsBuiltin: isBuiltinSpec})
		return r.ESM || importsFiles(ds)
	}
	return strippedIsModule(sf)
}

// strippedIsModule reports whether the stripped file would be an ES module.
func strippedIsModule(sf *syntax.SourceFile) bool {
	for _, st := range sf.Statements {
		if moduleStatement(st) {
			return true
		}
	}
	found := false
	var visit func(n syntax.Node, top bool) bool
	visit = func(n syntax.Node, top bool) bool {
		switch n := n.(type) {
		case *syntax.MetaProperty:
			// import.meta (new.target is a meta property too).
			if n.Keyword == syntax.TImport {
				found = true
			}
		case *syntax.AwaitExpr:
			found = found || top
		case *syntax.ForOfStatement:
			found = found || (top && n.Await)
		case *syntax.VariableDeclarationList:
			found = found || (top && n.Keyword == syntax.DeclAwaitUsing)
		}
		if found {
			return false
		}
		switch n.Kind() {
		case syntax.KindFunctionDeclaration, syntax.KindFunctionExpression, syntax.KindArrowFunction,
			syntax.KindMethodDeclaration, syntax.KindConstructor, syntax.KindGetAccessor,
			syntax.KindSetAccessor, syntax.KindClassStaticBlock, syntax.KindPropertyDeclaration:
			top = false
		case syntax.KindInterfaceDeclaration, syntax.KindTypeAliasDeclaration:
			return true
		}
		syntax.ForEachChild(n, func(c syntax.Node) bool { return visit(c, top) })
		return !found
	}
	for _, st := range sf.Statements {
		if !visit(st, true) {
			break
		}
	}
	return found
}

// moduleStatement reports whether a top-level statement is import or
// export syntax that survives type stripping.
func moduleStatement(st syntax.Node) bool {
	switch st := st.(type) {
	case *syntax.ImportDeclaration:
		return st.Clause == nil || !st.Clause.IsTypeOnly
	case *syntax.ExportDeclaration:
		return !st.IsTypeOnly
	case *syntax.ExportAssignment:
		return true
	case *syntax.InterfaceDeclaration, *syntax.TypeAliasDeclaration:
		return false
	}
	m := syntax.ModifiersOf(st)
	return m.Has(syntax.ModExport) && !m.Has(syntax.ModDeclare)
}
