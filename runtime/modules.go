package runtime

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/tsrun-dev/tsrun/cache"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/erasable"
	"github.com/tsrun-dev/tsrun/esm"
	"github.com/tsrun-dev/tsrun/sourcemap"
	"github.com/tsrun-dev/tsrun/strip"
	"github.com/tsrun-dev/tsrun/syntax"
)

// The module graph. goja has no ES modules, so each ES module is compiled
// by package esm into a generator function and this file links and
// evaluates them with ECMA-262's semantics (16.2.1.5: Link, Evaluate,
// InnerModuleEvaluation, ExecuteAsyncModule and the async completion
// steps), which is what Node's ordering follows: depth-first post-order,
// cycles, and top-level await where siblings go on while a dependency
// waits. CommonJS, JSON and builtin modules take part as leaves.
//
// Everything here runs on the loop goroutine.

type modKind uint8

const (
	modESM modKind = iota
	modCJS
	modJSON
	modBuiltin
)

type modStatus uint8

const (
	stLinked modStatus = iota
	stEvaluating
	stEvaluatingAsync
	stEvaluated
)

// modRecord is one module of the graph.
type modRecord struct {
	required *goja.Object // what require() returns, made once (requiredNamespace)
	path     string       // absolute path; "node:x" for a builtin
	url      string       // file:///… as Node names it
	suffix   string       // the URL's ?query#fragment (see loadResolved)
	kind     modKind
	file     *diag.File
	mod      *esm.Module // modESM
	prg      *goja.Program
	deps     []*modRecord // one per mod.Requests entry

	ns       *goja.Object // the namespace object (modules_ns.go)
	nsTarget *goja.Object // the namespace proxy's target
	nsNames  []string     // the namespace's names, sorted
	bind     *goja.Object // what importers read bindings from: $tsrun_m.i
	getters  *goja.Object // export name → getter, filled by instantiation
	gen      *goja.Object // the instantiated generator
	names    []string     // all export names, stars resolved
	exports  goja.Value   // CJS module.exports, builtin exports, JSON value

	status                modStatus
	dfsIndex, dfsAncestor int
	cycleRoot             *modRecord
	asyncEval             bool
	asyncOrder            int
	pendingDeps           int
	asyncParents          []*modRecord
	evalErr               goja.Value
	hasErr                bool
	capability            *goja.Promise
	resolve, reject       func(any) error
}

// graph loads and runs the modules of one program.
type graph struct {
	vm         *VM
	byPath     map[string]*modRecord
	diags      []diag.Diagnostic
	asyncCount int
	driver     goja.Callable // js: drives an async module's generator
	cjs        map[string]*cjsModule
	checked    map[string]bool // checked already (the entry, by loadEntry)

	// depth counts the evaluate calls in progress. goja drains promise jobs
	// whenever control returns to Go, so an async module's completion can
	// fire while InnerModuleEvaluation is still walking the graph (before
	// the cycle's records have their CycleRoot), which the spec rules out:
	// completions that arrive then wait in later, run when the outermost
	// evaluate returns, as they would as microtasks after Evaluate().
	depth int
	later []func()

	// cache holds compiled modules across runs (nil: disabled); see
	// modules_cache.go.
	disk *cache.Cache

	mainModule *goja.Object // require.main: the CommonJS entry's module, or nil
	cache      *goja.Object // require.cache, shared by every require
}

func newGraph(vm *VM) *graph {
	return &graph{vm: vm, byPath: map[string]*modRecord{}}
}

// load reads and compiles the module at path and, recursively, its static
// imports. Problems are collected in g.diags, so that every module of the
// program is checked before anything runs.
func (g *graph) load(path string, kind modKind) *modRecord {
	return g.loadResolved(resolved{path: path, kind: kind})
}

// loadResolved is load for a resolved specifier: an ES module imported
// with a ?query or #fragment is a module instance of its own, as its URL
// differs (CommonJS and JSON modules are cached by file, as require's).
func (g *graph) loadResolved(res resolved) *modRecord {
	path, kind, key := res.path, res.kind, res.path
	if kind != modESM {
		res.suffix = ""
	}
	key += res.suffix
	if r, ok := g.byPath[key]; ok {
		return r
	}
	r := &modRecord{path: path, url: fileURL(path) + res.suffix, kind: kind, suffix: res.suffix}
	g.byPath[key] = r
	if kind == modBuiltin {
		r.url = path
		return r
	}
	src, d := diag.ReadSourceFile(path)
	if d != nil {
		g.diags = append(g.diags, *d)
		return r
	}
	if off := diag.CheckUTF8(src); off >= 0 {
		g.diags = append(g.diags, diag.New(nil, 0, 0, diag.FileNotUTF8, path, off))
		return r
	}
	r.file = diag.NewFile(displayName(path), string(src))
	switch kind {
	case modJSON:
		if !json.Valid(src) {
			g.diags = append(g.diags, diag.New(r.file, 0, 0, errModuleNotFound, path+": Unexpected token in JSON"))
		}
		return r
	case modCJS:
		// Loaded by require when the graph evaluates it; checked now.
		g.check(r)
		return r
	}
	if !g.cachedESM(r) {
		if !g.check(r) || !g.compileESM(r) {
			return r
		}
		g.storeESM(r)
	}
	for _, req := range r.mod.Requests {
		res, d := resolveImport(req.Specifier, path)
		if d != "" {
			g.diags = append(g.diags, diag.New(r.file, req.Pos, req.End, errModuleNotFound, d))
			r.deps = append(r.deps, nil)
			continue
		}
		if res.kind == modJSON && req.Type != "json" {
			g.diags = append(g.diags, diag.New(r.file, req.Pos, req.End, errImportAttribute, fileURL(res.path)))
		}
		r.deps = append(r.deps, g.loadResolved(res))
	}
	return r
}

var (
	errModuleNotFound  = &diag.Message{Code: 90301, Category: diag.Error, Text: "{0}"}
	errImportAttribute = &diag.Message{Code: 90302, Category: diag.Error, Text: "Module \"{0}\" needs an import attribute of \"type: json\""}
)

// displayName is how diagnostics name a file: relative to the working
// directory when below it, as the user would type it.
func displayName(abs string) string {
	if rel, err := filepath.Rel(cwd(), abs); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return abs
}

// check runs the erasable rules (and the parser's syntax errors) on a
// TypeScript module; it reports whether the module is clean.
func (g *graph) check(r *modRecord) bool {
	if !isTypeScript(r.path) || g.checked[r.path] {
		return true
	}
	ds := erasable.CheckFile(r.file)
	if diag.HasErrors(ds) {
		g.diags = append(g.diags, ds...)
		return false
	}
	return true
}

// compileESM strips the types, rewrites the module with package esm and
// compiles it, with a source map from the output to the file as written.
func (g *graph) compileESM(r *modRecord) bool {
	if m, ok := g.blankESM(r); ok {
		if prg, err := compileUser(r.url, m.Code); err == nil {
			r.mod, r.prg = m, prg
			return true
		}
		// Blanked text goja cannot compile: esbuild lowers what it can.
	}
	res, ds := strip.Transform(r.file, strip.Options{SourceMap: true, SourceName: r.url})
	if len(ds) > 0 {
		g.diags = append(g.diags, ds...)
		return false
	}
	js, raw, _ := sourcemap.SplitInline(res.Code)
	var mapJSON map[string]any
	_ = json.Unmarshal(raw, &mapJSON)
	jsFile := diag.NewFile(r.file.Name, js)
	sf := syntax.Parse(jsFile, syntax.ParseOptions{Dialect: syntax.DialectJS})
	if len(sf.Diagnostics) > 0 {
		// strip accepted the file, so this is a gap in our parser: say so
		// rather than run something we did not understand.
		g.diags = append(g.diags, sf.Diagnostics...)
		return false
	}
	m, ds := esm.Transform(jsFile, sf)
	if len(ds) > 0 {
		g.diags = append(g.diags, ds...)
		return false
	}
	mergeModuleEdits(m, js, loweredEdits(js, sf))
	r.mod = m
	code := m.Code
	if mappings, ok := mapJSON["mappings"].(string); ok {
		if mm, err := sourcemap.Decode(mappings); err == nil {
			// Diagnostics about a request point into the .ts file.
			for i := range m.Requests {
				q := &m.Requests[i]
				q.Pos, q.End = mapBack(mm, jsFile, r.file, q.Pos), mapBack(mm, jsFile, r.file, q.End)
			}
			for i := range m.Imports {
				im := &m.Imports[i]
				im.Pos, im.End = mapBack(mm, jsFile, r.file, im.Pos), mapBack(mm, jsFile, r.file, im.End)
			}
			m.AdjustMap(jsFile, mm)
			mapJSON["sources"] = []string{r.url}
			code += "\n" + gojaMap(mapJSON, m.Code, mm)
		}
	}
	m.Code, m.Edits = code, nil
	return g.compileProgram(r)
}

// compileProgram compiles r.mod.Code (final: module transform and inline
// map applied) for goja.
func (g *graph) compileProgram(r *modRecord) bool {
	prg, err := compileUser(r.url, r.mod.Code)
	if err != nil {
		g.diags = append(g.diags, diag.New(r.file, 0, 0, errModuleNotFound, "cannot compile the module for goja: "+strings.TrimSpace(err.Error())))
		return false
	}
	r.prg = prg
	return true
}

// link creates every binding object and namespace, instantiates every ES
// module (the generator runs up to its first yield, registering the export
// getters), then gives each binding object its getters and each namespace
// its names.
func (g *graph) link(root *modRecord) error {
	rt := g.vm.RT
	var order []*modRecord
	seen := map[*modRecord]bool{}
	var visit func(r *modRecord)
	visit = func(r *modRecord) {
		if seen[r] || r.ns != nil { // r.ns: linked already, by an earlier import()
			return
		}
		seen[r] = true
		for _, d := range r.deps {
			visit(d)
		}
		order = append(order, r)
	}
	visit(root)
	for _, r := range order {
		r.bind = rt.CreateObject(nil)
		r.getters = rt.CreateObject(nil)
		r.nsTarget = r.bind
		if r.kind == modESM {
			r.nsTarget = rt.CreateObject(nil)
		}
		r.ns = g.newNamespace(r, r.nsTarget)
		switch r.kind {
		case modBuiltin:
			exp, err := g.vm.Require(r.path)
			if err != nil {
				return err
			}
			r.exports = exp
			g.fillSynthetic(r, exp)
		case modJSON:
			// Shared with require(): Node caches a JSON module once.
			val, err := g.requireFile(r.path)
			if err != nil {
				return err
			}
			r.exports = val
			g.fillSynthetic(r, val)
		}
	}
	for _, r := range order {
		if r.kind != modESM {
			continue
		}
		g.vm.sources[r.url] = r.file
		fnv, err := rt.RunProgram(r.prg)
		if err != nil {
			return err
		}
		fn, _ := goja.AssertFunction(fnv)
		ctx := g.context(r)
		genv, err := fn(goja.Undefined(), ctx)
		if err != nil {
			return err
		}
		r.gen = genv.ToObject(rt)
		if _, err := g.callMethod(r.gen, "next"); err != nil {
			return err
		}
	}
	for _, r := range order {
		if r.kind == modESM {
			g.fillNamespace(r)
		}
	}
	for _, r := range order {
		if err := g.checkImports(r); err != nil {
			return err
		}
	}
	return nil
}

// checkImports is the link-time check of ResolveExport for every name r
// imports: a missing or ambiguous name is a SyntaxError before any code of
// the graph runs, as in Node (an unchecked import would read undefined).
// CommonJS dependencies are not checked: their names are known only once
// they have run.
func (g *graph) checkImports(r *modRecord) error {
	if r.kind != modESM {
		return nil
	}
	// V8 keeps a module's imports in a map ordered by local name and
	// checks them in that order: the first failure it meets is the one
	// reported.
	imports := slices.Clone(r.mod.Imports)
	slices.SortStableFunc(imports, func(a, b esm.Import) int { return strings.Compare(a.Local, b.Local) })
	for _, imp := range imports {
		dep := r.deps[imp.Req]
		if dep == nil || dep.kind == modCJS {
			continue
		}
		if g.resolveGetter(dep, imp.Name, map[*modRecord]bool{}) != nil {
			continue
		}
		spec := r.mod.Requests[imp.Req].Specifier
		msg := "The requested module '" + spec + "' does not provide an export named '" + imp.Name + "'"
		if imp.Name != "default" && g.exportNames(dep, map[*modRecord]bool{})[imp.Name] {
			msg = "The requested module '" + spec + "' contains conflicting star exports for name '" + imp.Name + "'"
		}
		ev := g.vm.jsErrorValue("SyntaxError", "", msg)
		if o, ok := ev.(*goja.Object); ok {
			// Made from Go, the error has no JavaScript frames; the stack
			// Node prints starts with the importing module's URL.
			// Node's report points at the import in the importing module.
			at := r.url
			if r.file != nil && imp.End > imp.Pos {
				line, col := r.file.Position(imp.Pos)
				at += ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col)
			}
			_ = o.Set("stack", "SyntaxError: "+msg+"\n    at "+at)
			g.vm.linkError = o
			if r.file != nil && imp.End > imp.Pos {
				g.vm.linkErrorLen = diag.UTF16Len(r.file.Text[imp.Pos:imp.End])
			}
		}
		return &thrown{ev}
	}
	return nil
}

// context is the $tsrun_m object a module's code receives.
func (g *graph) context(r *modRecord) *goja.Object {
	rt := g.vm.RT
	ctx := rt.NewObject()
	binds := make([]any, len(r.deps))
	nss := make([]any, len(r.deps))
	for i, d := range r.deps {
		binds[i], nss[i] = d.bind, d.ns
	}
	_ = ctx.Set("i", rt.NewArray(binds...))
	_ = ctx.Set("s", rt.NewArray(nss...))
	_ = ctx.Set("x", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0).ToObject(rt)
		for _, k := range obj.Keys() {
			_ = r.getters.Set(k, obj.Get(k))
		}
		return goja.Undefined()
	})
	_ = ctx.Set("n", func(c goja.FunctionCall) goja.Value {
		if o, ok := c.Argument(0).(*goja.Object); ok {
			_ = o.DefineDataProperty("name", rt.ToValue("default"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		return c.Argument(0)
	})
	_ = ctx.Set("z", func(c goja.FunctionCall) goja.Value {
		// A read in the dead zone: Node names the binding.
		if e, ok := c.Argument(0).(*goja.Object); ok && e.Get("message") != nil &&
			e.Get("message").String() == "Cannot access a variable before initialization" {
			_ = e.Set("message", "Cannot access '"+c.Argument(1).String()+"' before initialization")
			if st := e.Get("stack"); st != nil {
				_ = e.Set("stack", strings.Replace(st.String(), "a variable", "'"+c.Argument(1).String()+"'", 1))
			}
		}
		return c.Argument(0)
	})
	meta := g.vm.importMetaFor(r.path, r.url)
	// g.checked holds exactly the entry's path when the graph was made
	// for an ES module entry (loadEntry); a graph grown from CommonJS
	// (require(esm), import()) has no main module.
	_ = meta.Set("main", g.checked[r.path] && r.suffix == "")
	_ = ctx.Set("meta", meta)
	_ = ctx.Set("d", func(c goja.FunctionCall) goja.Value {
		return g.dynamicImport(r.path, c.Argument(0), c.Argument(1))
	})
	return ctx
}

// fillSynthetic gives a CommonJS, JSON or builtin module its namespace:
// default is the value itself, and its own enumerable keys are named
// exports (what Node's static detection finds for typical modules).
func (g *graph) fillSynthetic(r *modRecord, v goja.Value) {
	rt := g.vm.RT
	names := []string{"default"}
	switch o, isObj := v.(*goja.Object); {
	case r.kind == modCJS:
		// Node's names: found in the source (cjsExportNames), plus
		// "module.exports" (Node 23+), whatever module.exports became.
		names = append(names, "module.exports")
		names = append(names, cjsExportNames(r.path)...)
	case isObj && r.kind != modJSON:
		for _, k := range o.Keys() {
			if k != "default" {
				names = append(names, k)
			}
		}
	}
	sort.Strings(names)
	names = slices.Compact(names)
	r.names, r.nsNames = names, names
	for _, n := range names {
		if n == "default" || n == "module.exports" {
			_ = r.bind.DefineDataProperty(n, v, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
			continue
		}
		if _, isObj := v.(*goja.Object); !isObj {
			_ = r.bind.DefineDataProperty(n, goja.Undefined(), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
			continue
		}
		_ = r.bind.DefineDataProperty(n, v.ToObject(rt).Get(n), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	g.preventExtensions(r.nsTarget)
}

// fillNamespace gives r's binding object the getters the modules
// registered, and r's namespace its names, sorted; names that `export *`
// makes ambiguous are left out, as the spec says.
func (g *graph) fillNamespace(r *modRecord) {
	names := g.exportNames(r, map[*modRecord]bool{})
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	r.names = sorted
	r.nsNames = make([]string, 0, len(sorted))
	for _, n := range sorted {
		getter := g.resolveGetter(r, n, map[*modRecord]bool{})
		if getter == nil {
			continue
		}
		r.nsNames = append(r.nsNames, n)
		_ = r.bind.DefineAccessorProperty(n, getter, nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = r.nsTarget.DefineDataProperty(n, goja.Undefined(), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	g.preventExtensions(r.nsTarget)
	g.preventExtensions(r.bind)
}

// exportNames is GetExportedNames: own names, then star names except
// default; a name reachable twice through stars is kept (ambiguity is
// decided by resolveGetter).
func (g *graph) exportNames(r *modRecord, seen map[*modRecord]bool) map[string]bool {
	out := map[string]bool{}
	if r == nil || seen[r] {
		return out
	}
	seen[r] = true
	if r.kind != modESM {
		for _, n := range r.names {
			out[n] = true
		}
		return out
	}
	for _, n := range r.mod.ExportNames {
		out[n] = true
	}
	for _, i := range r.mod.StarExports {
		for n := range g.exportNames(r.deps[i], seen) {
			if n != "default" {
				out[n] = true
			}
		}
	}
	return out
}

// resolveGetter finds the getter for name: r's own, or the single one a
// star export provides (nil when none or ambiguous).
func (g *graph) resolveGetter(r *modRecord, name string, seen map[*modRecord]bool) goja.Value {
	if r == nil || seen[r] {
		return nil
	}
	seen[r] = true
	rt := g.vm.RT
	if r.kind != modESM {
		if r.bind.Get(name) == nil {
			return nil
		}
		b := r.bind
		return rt.ToValue(func(goja.FunctionCall) goja.Value { return b.Get(name) })
	}
	for _, n := range r.mod.ExportNames {
		if n == name {
			return r.getters.Get(name)
		}
	}
	if name == "default" {
		return nil
	}
	var found goja.Value
	for _, i := range r.mod.StarExports {
		gv := g.resolveGetter(r.deps[i], name, seen)
		if gv == nil {
			continue
		}
		if found != nil && !found.SameAs(gv) {
			return nil // ambiguous
		}
		found = gv
	}
	return found
}

func (g *graph) callMethod(o *goja.Object, name string, args ...goja.Value) (goja.Value, error) {
	fn, ok := goja.AssertFunction(o.Get(name))
	if !ok {
		return nil, errors.New(name + " is not a function")
	}
	return fn(o, args...)
}

// mapBack maps a byte offset of the generated JavaScript to the source file
// through the source map: the last mapping at or before it on its line.
func mapBack(mm sourcemap.Mappings, js, src *diag.File, pos int32) int32 {
	line, col := js.Position(pos)
	line, col = line-1, col-1
	if line >= len(mm) {
		return 0
	}
	var best *sourcemap.Segment
	for i := range mm[line] {
		if s := &mm[line][i]; s.GenCol <= int32(col) && s.HasSrc {
			best = s
		}
	}
	if best == nil {
		return 0
	}
	starts := src.LineStarts()
	if int(best.SrcLine) >= len(starts) {
		return 0
	}
	// The column counts UTF-16 units from the line start; walk to it.
	off := starts[best.SrcLine]
	text := src.Text[off:]
	units := int32(0)
	for i, r := range text {
		if units >= best.SrcCol+(int32(col)-best.GenCol) || r == '\n' || r == '\r' {
			return off + int32(i)
		}
		units++
		if r >= 0x10000 {
			units++
		}
	}
	return int32(len(src.Text))
}
