package runtime

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/dop251/goja"

	"github.com/tsrun-dev/tsrun/cache"
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/esm"
	"github.com/tsrun-dev/tsrun/syntax"
)

// CommonJS files in the graph, require() of files, dynamic import() and
// import.meta. CommonJS modules are loaded when evaluation reaches them, as
// in Node; their source was already checked by the graph's load.

// cjsModule is one loaded CommonJS module (require.cache's entry).
type cjsModule struct {
	module *goja.Object
}

// graphFor returns the VM's module graph, made on first use.
func (vm *VM) graphFor() *graph {
	if vm.graph == nil {
		vm.graph = newGraph(vm)
	}
	vm.graph.vm = vm
	return vm.graph
}

// throw raises err in JavaScript, keeping an already-thrown value as is.
func (g *graph) throw(err error) {
	panic(g.errValue(err))
}

// evaluateSynthetic runs a CommonJS leaf of the graph and fills its
// namespace (builtins and JSON were filled at link time).
func (g *graph) evaluateSynthetic(r *modRecord) error {
	if r.kind != modCJS {
		return nil
	}
	exp, err := g.requireFile(r.path)
	if err != nil {
		return err
	}
	r.exports = exp
	g.fillSynthetic(r, exp)
	return nil
}

// requireFile loads a CommonJS (or TypeScript) file once and returns its
// module.exports.
func (g *graph) requireFile(path string) (goja.Value, error) {
	rt := g.vm.RT
	if g.cjs == nil {
		g.cjs = map[string]*cjsModule{}
	}
	if m, ok := g.cjs[path]; ok {
		return m.module.Get("exports"), nil
	}
	src, d := diag.ReadSourceFile(path)
	if d != nil {
		if d.Code == diag.FileNotFound.Code {
			return nil, g.vm.jsError("Error", "MODULE_NOT_FOUND", "Cannot find module '"+path+"'")
		}
		return nil, g.vm.jsError("Error", "", d.Message)
	}
	if strings.EqualFold(filepath.Ext(path), ".json") {
		parse, _ := goja.AssertFunction(rt.Get("JSON").ToObject(rt).Get("parse"))
		v, err := parse(goja.Undefined(), rt.ToValue(string(src)))
		if err != nil {
			return nil, err
		}
		mod := rt.NewObject()
		_ = mod.Set("exports", v)
		g.cjs[path] = &cjsModule{mod}
		return v, nil
	}
	file := diag.NewFile(displayName(path), string(src))
	if kindOfPath(path, true) == modESM {
		return g.requireESM(path)
	}
	name := path
	if isTypeScript(path) {
		name = fileURL(path)
	}
	key := ""
	code, hit := "", false
	if g.disk != nil {
		key = cache.Key("cjs-module", name, file.Text)
		var b []byte
		b, hit = g.disk.Get(key)
		code = string(b)
	}
	blanked := false
	if !hit {
		code, blanked = blankCJS(file, nil, name)
		if !blanked {
			var ds []diag.Diagnostic
			if code, ds = stripCJS(file, name); len(ds) > 0 {
				return nil, &LoadError{Diagnostics: ds}
			}
		}
	}
	prg, err := compileUser(name, code)
	if err != nil && blanked {
		// Blanked text goja cannot compile: esbuild lowers what it can.
		if c, ds := stripCJS(file, name); len(ds) == 0 {
			code = c
			prg, err = compileUser(name, code)
		}
	}
	if !hit && err == nil && g.disk != nil {
		g.disk.Put(key, []byte(code))
	}
	g.vm.sources[name] = file
	var fnv goja.Value
	if err != nil {
		// RunScript turns the compile error into the SyntaxError a
		// require() caller can catch.
		fnv, err = rt.RunScript(name, code)
	} else {
		fnv, err = rt.RunProgram(prg)
	}
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(fnv)
	module := rt.NewObject()
	exports := rt.NewObject()
	_ = module.Set("id", path)
	_ = module.Set("path", filepath.Dir(path))
	_ = module.Set("exports", exports)
	_ = module.Set("filename", path)
	_ = module.Set("loaded", false)
	_ = module.Set("children", rt.NewArray())
	g.cjs[path] = &cjsModule{module}
	_ = g.requireCache().Set(path, module)
	req := g.requireFor(path)
	if _, err := fn(exports, exports, req, module, rt.ToValue(path), rt.ToValue(filepath.Dir(path)), g.importFor(path)); err != nil {
		delete(g.cjs, path)
		_ = g.requireCache().Delete(path)
		return nil, err
	}
	_ = module.Set("loaded", true)
	return module.Get("exports"), nil
}

// requireFor is the require function of the module at path.
func (g *graph) requireFor(path string) *goja.Object {
	rt := g.vm.RT
	req := rt.ToValue(func(c goja.FunctionCall) goja.Value {
		spec := c.Argument(0)
		if _, ok := spec.Export().(string); !ok {
			panic(g.vm.newInvalidArgType("id", "string", spec))
		}
		res, msg := resolveRequire(spec.String(), path)
		if msg != "" {
			panic(g.vm.jsErrorValue("Error", resolveErrCode(msg, true), msg))
		}
		if res.kind == modBuiltin {
			m, err := g.vm.Require(res.path)
			if err != nil {
				g.throw(err)
			}
			return m
		}
		v, err := g.requireFile(res.path)
		if err != nil {
			g.throw(err)
		}
		return v
	}).ToObject(rt)
	_ = req.Set("resolve", func(c goja.FunctionCall) goja.Value {
		res, msg := resolveRequire(c.Argument(0).String(), path)
		if msg != "" {
			panic(g.vm.jsErrorValue("Error", resolveErrCode(msg, true), msg))
		}
		if res.kind == modBuiltin {
			return c.Argument(0) // Node returns a builtin's id as written
		}
		return rt.ToValue(res.path)
	})
	if g.mainModule != nil {
		_ = req.Set("main", g.mainModule)
	}
	_ = req.Set("cache", g.requireCache())
	return req
}

// cjsImportName is the CommonJS wrapper's parameter that import() calls
// are rewritten to (rewriteCJSImports); importFor is its value.
const cjsImportName = "$tsrun_import"

// importFor is import() for the CommonJS module at path.
func (g *graph) importFor(path string) goja.Value {
	return g.vm.RT.ToValue(func(c goja.FunctionCall) goja.Value {
		return g.dynamicImport(path, c.Argument(0), c.Argument(1))
	})
}

// rewriteCJSImports turns the import() calls of a compiled CommonJS module
// (goja cannot parse them) into calls of the wrapper's cjsImportName
// parameter. Code that our parser rejects is left alone: goja then reports
// the syntax error itself.
func rewriteCJSImports(name, code string) string {
	if !strings.Contains(code, "import") {
		return code
	}
	file := diag.NewFile(name, code)
	sf := syntax.Parse(file, syntax.ParseOptions{Dialect: syntax.DialectJS})
	if len(sf.Diagnostics) > 0 {
		return code
	}
	return esm.RewriteScriptImports(file, sf, cjsImportName)
}

// requireCache is require.cache: path → module object of every CommonJS
// module loaded (the entry included).
func (g *graph) requireCache() *goja.Object {
	if g.cache == nil {
		g.cache = g.vm.RT.NewObject()
	}
	return g.cache
}

// requireESM is require() of an ES module, as Node 26 allows it for graphs
// without top-level await.
func (g *graph) requireESM(path string) (goja.Value, error) {
	r, err := g.loadAndLink(resolved{path: path, kind: kindOfPath(path, false)})
	if err != nil {
		return nil, err
	}
	p := g.evaluate(r)
	if r.asyncEval && p.State() == goja.PromiseStatePending {
		return nil, g.vm.jsError("Error", "ERR_REQUIRE_ASYNC_MODULE", "require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From "+path)
	}
	if p.State() == goja.PromiseStateRejected {
		return nil, &thrown{p.Result()}
	}
	return g.requiredNamespace(r), nil
}

// requiredNamespace is what require(esm) returns, as Node 26: the value of
// an export named "module.exports" when there is one; else, for a module
// with a default export, a namespace-like object that adds __esModule: true
// (so that transpiled CommonJS reads .default right); else the namespace.
// The object is made once per module, so every require gets the same one.
func (g *graph) requiredNamespace(r *modRecord) goja.Value {
	if r.ns == nil || r.kind != modESM {
		return r.ns
	}
	if v := r.bind.Get("module.exports"); v != nil && slices.Contains(r.names, "module.exports") {
		return v
	}
	if !slices.Contains(r.names, "default") {
		return r.ns
	}
	if r.required != nil {
		return r.required
	}
	rt := g.vm.RT
	o := rt.CreateObject(nil)
	_ = o.DefineDataProperty("__esModule", rt.ToValue(true), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	b := r.bind
	for _, n := range r.nsNames {
		name := n
		getter := rt.ToValue(func(goja.FunctionCall) goja.Value { return b.Get(name) })
		_ = o.DefineAccessorProperty(name, getter, nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	_ = o.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("Module"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	if pe, ok := goja.AssertFunction(rt.Get("Object").ToObject(rt).Get("preventExtensions")); ok {
		_, _ = pe(goja.Undefined(), o)
	}
	r.required = o
	return o
}

// loadAndLink loads a module (and what it imports) after the program has
// started, for import() and require(esm).
func (g *graph) loadAndLink(res resolved) (*modRecord, error) {
	before := len(g.diags)
	r := g.loadResolved(res)
	if len(g.diags) > before {
		ds := g.diags[before:]
		g.diags = g.diags[:before]
		return nil, g.vm.jsError("SyntaxError", "", loadErrorText(ds))
	}
	if r.ns == nil {
		if err := g.link(r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func loadErrorText(ds []diag.Diagnostic) string {
	var b strings.Builder
	for i, d := range ds {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString((&LoadError{Diagnostics: []diag.Diagnostic{d}}).Error())
	}
	return b.String()
}

// dynamicImport is import(spec, options) from the module at importer.
func (g *graph) dynamicImport(importer string, spec, options goja.Value) goja.Value {
	rt := g.vm.RT
	p, resolve, reject := rt.NewPromise()
	s := spec.String()
	res, msg := resolveImport(s, importer)
	if msg != "" {
		_ = reject(g.vm.jsErrorValue("Error", resolveErrCode(msg, false), msg))
		return rt.ToValue(p)
	}
	if typ := importType(rt, options); typ != "" && typ != "json" {
		_ = reject(g.vm.jsErrorValue("TypeError", "ERR_IMPORT_ATTRIBUTE_UNSUPPORTED", "Import attribute \"type\" with value \""+typ+"\" is not supported in "+fileURL(res.path)))
		return rt.ToValue(p)
	}
	if res.kind == modJSON && importType(rt, options) != "json" {
		_ = reject(g.vm.jsErrorValue("TypeError", "ERR_IMPORT_ATTRIBUTE_MISSING", "Module \""+fileURL(res.path)+"\" needs an import attribute of \"type: json\""))
		return rt.ToValue(p)
	}
	// Loading is asynchronous in Node: the importer's synchronous code
	// runs to its end before the imported module evaluates. A promise job
	// is the least that is true of every Node load.
	later := rt.ToValue(func(goja.FunctionCall) goja.Value {
		// The job can run while a graph walk is still in progress (goja
		// drains promise jobs on each return to Go; see graph.depth): an
		// import() made by a module's synchronous code must see the graph
		// as the walk leaves it, its cycles closed.
		g.settle(func() { g.finishImport(res, resolve, reject) })
		return goja.Undefined()
	})
	promiseCtor := rt.Get("Promise").ToObject(rt)
	if pr, ok := goja.AssertFunction(promiseCtor.Get("resolve")); ok {
		if started, err := pr(promiseCtor); err == nil {
			if then, ok := goja.AssertFunction(started.ToObject(rt).Get("then")); ok {
				if _, err := then(started, later); err == nil {
					return rt.ToValue(p)
				}
			}
		}
	}
	g.finishImport(res, resolve, reject) // Promise was tampered with
	return rt.ToValue(p)
}

// finishImport loads, links and evaluates what an import() resolved to,
// settling the import's promise.
func (g *graph) finishImport(res resolved, resolve, reject func(any) error) {
	rt := g.vm.RT
	var r *modRecord
	if res.kind == modBuiltin || res.kind == modJSON || res.kind == modCJS {
		r = g.loadResolved(res)
		if r.ns == nil {
			if err := g.link(r); err != nil {
				_ = reject(g.errValue(err))
				return
			}
		}
	} else {
		var err error
		if r, err = g.loadAndLink(res); err != nil {
			_ = reject(g.errValue(err))
			return
		}
	}
	done := g.evaluate(r)
	then, _ := goja.AssertFunction(rt.ToValue(done).ToObject(rt).Get("then"))
	_, _ = then(rt.ToValue(done), rt.ToValue(func(goja.FunctionCall) goja.Value {
		_ = resolve(r.ns)
		return goja.Undefined()
	}), rt.ToValue(func(c goja.FunctionCall) goja.Value {
		_ = reject(c.Argument(0))
		return goja.Undefined()
	}))
}

func importType(rt *goja.Runtime, options goja.Value) string {
	o, ok := options.(*goja.Object)
	if !ok {
		return ""
	}
	with, ok := o.Get("with").(*goja.Object)
	if !ok {
		return ""
	}
	if t := with.Get("type"); t != nil && !goja.IsUndefined(t) {
		return t.String()
	}
	return ""
}

// importMetaFor is import.meta of the module at path.
func (vm *VM) importMetaFor(path, url string) *goja.Object {
	rt := vm.RT
	m := rt.CreateObject(nil)
	_ = m.Set("dirname", filepath.Dir(path))
	_ = m.Set("filename", path)
	_ = m.Set("resolve", func(c goja.FunctionCall) goja.Value {
		s := c.Argument(0).String()
		res, msg := resolveImport(s, path)
		if msg != "" {
			panic(vm.jsErrorValue("Error", resolveErrCode(msg, false), msg))
		}
		if res.kind == modBuiltin {
			return rt.ToValue(res.path)
		}
		return rt.ToValue(fileURL(res.path) + res.suffix)
	})
	_ = m.Set("url", url)
	return m
}

// jsErrorValue makes a JavaScript error of class with a Node error code.
func (vm *VM) jsErrorValue(class, code, msg string) goja.Value {
	if code == "" {
		e, err := vm.RT.New(vm.RT.Get(class), vm.RT.ToValue(msg))
		if err != nil {
			return vm.RT.ToValue(msg)
		}
		return e
	}
	return vm.nodeError(class, code, msg)
}

// jsError is jsErrorValue as a Go error the loop reports as thrown.
func (vm *VM) jsError(class, code, msg string) error {
	return &thrown{vm.jsErrorValue(class, code, msg)}
}

// runGraph runs an ES module entry through the module graph: link, then
// evaluate; a rejected evaluation is an uncaught exception, and a
// top-level await that can never settle ends with Node's exit 13.
func (vm *VM) runGraph(e *entry) int {
	rt := vm.RT
	g := e.graph
	g.vm = vm
	vm.graph = g
	vm.sources[e.srcName] = e.file
	var done *goja.Promise
	vm.runLoop(func() error {
		if err := g.link(e.root); err != nil {
			if t, ok := err.(*thrown); ok {
				// A link error (an import naming a missing export) is
				// uncaught, as in Node: reported, exit 1, nothing runs.
				vm.triggerUncaught(t.v, nil, false)
				return nil
			}
			return err
		}
		done = g.evaluate(e.root)
		res := rt.ToValue(done)
		then, _ := goja.AssertFunction(res.ToObject(rt).Get("then"))
		_, err := then(res, goja.Undefined(), rt.ToValue(func(c goja.FunctionCall) goja.Value {
			vm.mainRejected = true
			vm.triggerUncaught(c.Argument(0), nil, false)
			vm.mainRejected = false
			if vm.Loop.stopped {
				rt.Interrupt(exitSignal{vm.Loop.exitCode})
			}
			return goja.Undefined()
		}))
		return err
	}, true)
	if done != nil && done.State() == goja.PromiseStatePending && !vm.Loop.stopped {
		return vm.unsettledTLA(e)
	}
	return vm.exitStatus()
}
