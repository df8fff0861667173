// Package checker is tsrun's small, precise type checker: a binder (scopes,
// symbols, imports across the project's files), a type representation,
// assignability with tsc's rules for the subset we model, and control-flow
// narrowing. Inside the modelled subset it reports what tsc reports (same
// code, same start position, tsc's message text); anything outside it
// becomes an unchecked type that never produces an error. A false positive
// in CI is the worst bug this package can have, so every "don't know" is
// silence.
//
// Files: binder.go (scopes, symbols, imports), types.go (Type), typestr.go
// (printing as tsc), relate.go (assignability), typenode.go (type syntax to
// Type), builtins.go + lib.d.ts (our compact ES2022 model), check.go
// (statements, functions, reachability), expr.go (expressions), call.go
// (calls and inference), narrow.go (control-flow narrowing).
package checker

import (
	"fmt"
	"os"
	"path"
	"runtime/debug"
	"strings"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// Options are the tsconfig flags that change what the checker reports. The
// driver fills them from tsconfig.json; StrictOptions is the default.
type Options struct {
	Strict           bool
	NoImplicitAny    bool
	StrictNullChecks bool
	// Without strictNullChecks the checker stays silent altogether: its
	// narrowing and nullability model is written for strict mode.
	StrictFunctionTypes        bool
	StrictBindCallApply        bool
	UseUnknownInCatchVariables bool
	NoImplicitThis             bool
	// Debug, when set, receives a note for every file the checker gave up
	// on after an internal error (recovered panic). Tests set it.
	Debug func(msg string)
}

// StrictOptions is the default: tsc --strict.
func StrictOptions() Options {
	return Options{Strict: true, NoImplicitAny: true, StrictNullChecks: true, StrictFunctionTypes: true,
		StrictBindCallApply: true, UseUnknownInCatchVariables: true, NoImplicitThis: true}
}

type checker struct {
	opts  Options
	tt    typeTable
	in    intrinsics
	lib   *libModel
	files map[string]*fileInfo
	// globals is the scope shared by script (non-module) files; its parent
	// is the lib scope.
	globals           *scope
	hasAmbientModules bool

	// per-file state
	file   *fileInfo
	diags  []diag.Diagnostic
	silent int
	scope  *scope
	env    *flow
	fn     *fnCtx
	// symByID maps the ids used in flow keys back to symbols.
	symByID []*symbol

	// steps bounds the work per file: a type blowing up (deep generic
	// instantiation) ends the file's checking in silence, never a hang.
	steps         int
	overloadDepth int
	noCtxFn       *syntax.Function // a function expression with certainly no contextual type
	retCache      map[*syntax.Function]*Type
	nonNull       int // inside x!: no "used before assigned"
	inferring     map[*syntax.Function]bool
	printDepth    int
	lastCallSig   map[syntax.Node]*signature
	lastCallKnown map[syntax.Node]bool
}

// Check type-checks the files of one program together (imports between
// them resolve) and returns the diagnostics, sorted with diag.Sort. It
// never panics: an internal error in one file drops that file's checker
// diagnostics (silence, never a false error) and is passed to
// opts.Debug.
func Check(files []*syntax.SourceFile, opts Options) []diag.Diagnostic {
	if !opts.StrictNullChecks {
		return nil
	}
	// The checker allocates many small, short-lived objects; a larger GC
	// target halves its time on big projects (as esbuild's numbers show).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	c := &checker{opts: opts, files: map[string]*fileInfo{}, symByID: []*symbol{nil}}
	c.initIntrinsics()
	c.lib = c.loadLib()
	c.globals = &scope{parent: c.lib.scope, syms: map[string]*symbol{}}
	var infos []*fileInfo
	for _, sf := range files {
		if sf == nil || sf.File == nil {
			continue
		}
		fi := &fileInfo{sf: sf, path: path.Clean(strings.ReplaceAll(sf.File.Name, "\\", "/"))}
		c.files[fi.path] = fi
		infos = append(infos, fi)
	}
	for _, fi := range infos {
		c.safely(fi, func() { c.bindFile(fi) })
	}
	// A global declaration merging with a lib one (interface Array<T>
	// { … } in a script) is not modelled: the merged whole is unchecked.
	for name, sym := range c.globals.syms {
		if c.lib.scope.syms[name] != nil {
			sym.unchecked = true
		}
	}
	var out []diag.Diagnostic
	for _, fi := range infos {
		if fi.sf.IsDeclarationFile() || len(fi.sf.Diagnostics) > 0 {
			continue // tsc reports syntax errors first; we add nothing to a broken file
		}
		if fi.sf.Dialect == syntax.DialectJS || strings.Contains(fi.sf.File.Text, "@ts-nocheck") {
			continue // tsc does not type-check these (no checkJs; // @ts-nocheck)
		}
		c.diags = nil
		c.steps = 0
		ok := c.safely(fi, func() { c.checkFile(fi) })
		if ok {
			out = append(out, suppressed(fi.sf.File, c.diags)...)
		}
	}
	diag.Sort(out)
	return dedupe(out)
}

// suppressed drops diagnostics on a line after a // @ts-ignore or
// // @ts-expect-error comment. tsc looks at the line just above (comment
// lines may stack); we look at the three lines above, which can only
// drop more, never add.
func suppressed(f *diag.File, ds []diag.Diagnostic) []diag.Diagnostic {
	if !strings.Contains(f.Text, "@ts-ignore") && !strings.Contains(f.Text, "@ts-expect-error") {
		return ds
	}
	out := ds[:0]
	for _, d := range ds {
		line, _ := f.Position(d.Pos)
		drop := false
		for l := line - 1; l >= 1 && l >= line-3; l-- {
			t := f.LineText(l)
			if strings.Contains(t, "@ts-ignore") || strings.Contains(t, "@ts-expect-error") {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, d)
		}
	}
	return out
}

func dedupe(ds []diag.Diagnostic) []diag.Diagnostic {
	out := ds[:0]
	for i, d := range ds {
		if i > 0 && d.Pos == ds[i-1].Pos && d.Code == ds[i-1].Code && d.File == ds[i-1].File {
			continue
		}
		out = append(out, d)
	}
	return out
}

func (c *checker) safely(fi *fileInfo, f func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
			msg := fmt.Sprintf("checker: internal error in %s (file left unchecked): %v", fi.path, r)
			if c.opts.Debug != nil {
				c.opts.Debug(msg)
			} else if os.Getenv("TSRUN_CHECKER_DEBUG") != "" {
				fmt.Fprintln(os.Stderr, msg)
			}
		}
	}()
	f()
	return true
}

// stepBudget is the work allowed per file (expression visits, relation
// and instantiation steps); real files use well under a tenth of it.
const stepBudget = 600_000

func (c *checker) step() {
	c.steps++
	if c.steps > stepBudget {
		panic("checker: work budget exceeded")
	}
}

func (c *checker) report(n syntax.Node, msg *diag.Message, args ...any) {
	if c.silent > 0 || n == nil {
		return
	}
	c.diags = append(c.diags, diag.New(c.file.sf.File, n.Pos(), n.End(), msg, args...))
}

func (c *checker) reportAt(pos, end int32, msg *diag.Message, args ...any) {
	if c.silent > 0 {
		return
	}
	c.diags = append(c.diags, diag.New(c.file.sf.File, pos, end, msg, args...))
}

func (c *checker) symID(s *symbol) int {
	if s.id == 0 {
		s.id = len(c.symByID)
		c.symByID = append(c.symByID, s)
	}
	return s.id
}

// resolveModule maps a relative specifier to a program file: "./a",
// "./a.js" and "./a.ts" all reach a.ts; directories reach index.ts.
func (c *checker) resolveModule(from *fileInfo, spec string) *fileInfo {
	if !strings.HasPrefix(spec, "./") && !strings.HasPrefix(spec, "../") {
		return nil
	}
	base := path.Join(path.Dir(from.path), spec)
	var cands []string
	for _, ext := range []string{".js", ".mjs", ".cjs", ".jsx"} {
		if strings.HasSuffix(base, ext) {
			stem := strings.TrimSuffix(base, ext)
			ts := map[string]string{".js": ".ts", ".mjs": ".mts", ".cjs": ".cts", ".jsx": ".tsx"}[ext]
			cands = append(cands, stem+ts, stem+".d"+ts)
		}
	}
	cands = append(cands, base, base+".ts", base+".tsx", base+".d.ts", base+"/index.ts", base+"/index.d.ts")
	for _, p := range cands {
		if fi, ok := c.files[p]; ok {
			return fi
		}
	}
	return nil
}

// resolveExport finds an export of a module; nil means unknown (the
// import is then unchecked).
func (c *checker) resolveExport(from *fileInfo, spec, name string) *symbol {
	m := c.resolveModule(from, spec)
	if m == nil {
		return nil
	}
	return c.moduleExport(m, name, 0)
}

func (c *checker) moduleExport(m *fileInfo, name string, depth int) *symbol {
	if depth > 10 || m.exports == nil {
		return nil
	}
	if s, ok := m.exports[name]; ok {
		return s
	}
	if name == "default" {
		return nil
	}
	for _, spec := range m.starExports {
		if t := c.resolveModule(m, spec); t != nil {
			if s := c.moduleExport(t, name, depth+1); s != nil {
				return s
			}
		}
	}
	return nil
}

// resolveAlias follows import aliases to the declaring symbol; nil means
// the target is not modelled.
func (c *checker) resolveAlias(s *symbol) *symbol {
	for i := 0; s != nil && s.kind == skImport && s.aliasTarget != nil; i++ {
		if i > 20 || s.unchecked {
			return nil
		}
		s = s.aliasTarget()
	}
	if s != nil && s.kind == skImport && s.aliasTarget == nil {
		return nil
	}
	return s
}
