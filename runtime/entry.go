package runtime

import (
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/tsrun-dev/tsrun/cache"
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/erasable"
	"github.com/tsrun-dev/tsrun/strip"
	"github.com/tsrun-dev/tsrun/syntax"
)

// Entry loading: read the main file, decide CommonJS or ES module as Node
// does, compile it (entry_strip.go), and run it with the module scope Node
// gives it. It lives apart from the loop so that the module graph of issue
// #6 can replace it; until then an ES module may import builtins only.

// moduleKind is how Node would load the entry.
type moduleKind int

const (
	kindDetect moduleKind = iota // .ts/.js with no package.json "type": by syntax
	kindCJS
	kindESM
)

// entry is the program's main file, loaded and compiled.
type entry struct {
	argvPath string     // process.argv[1], __filename: absolute
	srcName  string     // the name stack frames show: file:///… for TypeScript and ESM
	file     *diag.File // the source as the user wrote it
	esm      bool       // runs as an ES module
	prg      *goja.Program
	graph    *graph     // an ES module entry: its loaded module graph
	root     *modRecord // the entry's record in graph
}

// hasSyntaxErrors reports parse errors (tsc's 1xxx codes other than the
// erasable TS1294), after which the file is not worth compiling.
func hasSyntaxErrors(ds []diag.Diagnostic) bool {
	for _, d := range ds {
		if d.Code != 1294 {
			return true
		}
	}
	return false
}

// importsFiles reports strip's refusal of file imports: the module graph
// takes such an entry.
func importsFiles(ds []diag.Diagnostic) bool {
	for _, d := range ds {
		if d.Code == strip.UnsupportedImport.Code {
			return true
		}
	}
	return false
}

// Names the compiled code uses for what the loader passes in.
const (
	esmImportName = "__tsrun_import"
	esmMetaName   = "__tsrun_import_meta"
	// cjsWrapperName names the CommonJS wrapper function.
	cjsWrapperName = "__tsrun_cjs_module"
	esmNoRequire   = "__tsrun_no_require"
	// Node's CommonJS wrapper. Its name marks top-level frames, which
	// NodeStack prints as Node does ("at Object.<anonymous> (file:…)").
	cjsBanner = "(function " + cjsWrapperName + "(exports, require, module, __filename, __dirname, " + cjsImportName + ") {"
	esmBanner = "(async function (" + esmImportName + ", " + esmMetaName + ") {\"use strict\"; const " + esmNoRequire + " = undefined;"
	footer    = "\n})"
)

func loadEntry(opts *Options) (*entry, error) {
	name := opts.Filename
	src := opts.Source
	e := &entry{}
	e.argvPath = entryArgvPath(opts)
	switch {
	case opts.Eval:
		e.srcName = "[eval]"
	case name == "[stdin]":
		e.srcName = "[stdin]"
	}
	if src == nil {
		b, err := readEntry(name)
		if err != nil {
			return nil, err
		}
		src = b
	}
	if off := diag.CheckUTF8(src); off >= 0 {
		return nil, &LoadError{Diagnostics: []diag.Diagnostic{diag.New(nil, 0, 0, diag.FileNotUTF8, name, off)}}
	}
	e.file = diag.NewFile(name, string(src))
	isFileEntry := !opts.Eval && name != "[stdin]"
	kind := entryKind(e.argvPath)
	if e.srcName == "" {
		e.srcName = e.argvPath
		if kind == kindESM || isTypeScript(name) {
			e.srcName = fileURL(e.argvPath)
		}
	}
	var disk *cache.Cache
	var key string
	if isFileEntry {
		disk = openModuleCache(opts)
		key = entryKey(e, kind)
		if c, ok := cachedEntry(disk, key); ok {
			// A hit stands for a run that compiled this text: checked,
			// stripped, its module kind decided.
			if c.ESM {
				return e.loadGraph(opts, disk)
			}
			if prg, err := compileUser(e.srcName, c.Code); err == nil {
				e.prg = prg
				return e, nil
			}
		}
	}
	// Every TypeScript module is checked before anything runs: syntax errors
	// with tsc's codes, and every non-erasable construct (Node stops at the
	// first; listing them all saves the user round trips).
	var sf *syntax.SourceFile
	if opts.Eval || name == "[stdin]" || isTypeScript(name) {
		sf = syntax.Parse(e.file, syntax.ParseOptions{Dialect: syntax.DialectFromName(name)})
		ds := sf.Diagnostics
		if len(ds) == 0 {
			ds = erasable.Check(sf, erasable.Options{})
		}
		if diag.HasErrors(ds) {
			if isFileEntry && !hasSyntaxErrors(ds) {
				// The rest of the import graph is checked too, so that one
				// run lists every violation of the program.
				g := newGraph(nil)
				g.checked = map[string]bool{e.argvPath: true}
				g.load(e.argvPath, modESM)
				ds = append(ds, g.diags...)
			}
			diag.Sort(ds)
			return nil, &LoadError{Diagnostics: ds}
		}
	}
	if isFileEntry {
		if entryIsModule(e.file, kind, sf) {
			// The module graph loads it and what it imports.
			e, err := e.loadGraph(opts, disk)
			if err == nil {
				storeEntry(disk, key, cachedEntryData{ESM: true})
			}
			return e, err
		}
		if rep, ok := cjsModuleSyntaxReport(e.argvPath, e.file, sf); ok {
			// Import or export syntax in a file Node loads as CommonJS.
			return nil, &LoadError{NodeReport: rep}
		}
		kind = kindCJS
	}
	code, esm, ds := compileEntry(e.file, sf, kind, e.srcName, filepath.Dir(e.argvPath))
	if isFileEntry && importsFiles(ds) {
		// Import syntax in a file Node loads as CommonJS: the graph gives
		// the error Node gives.
		return e.loadGraph(opts, disk)
	}
	if len(ds) > 0 {
		return nil, &LoadError{Diagnostics: ds}
	}
	e.esm = esm
	prg, err := compileUser(e.srcName, code)
	if err != nil && !esm {
		// Blanked text goja cannot compile: esbuild lowers what it can.
		if c, ds := stripCJS(e.file, e.srcName); len(ds) == 0 {
			code = c
			prg, err = compileUser(e.srcName, code)
		}
	}
	if err != nil {
		// esbuild accepted the file, so this is syntax goja lacks.
		return nil, errors.New(name + ": " + strings.TrimSpace(err.Error()))
	}
	e.prg = prg
	if isFileEntry {
		storeEntry(disk, key, cachedEntryData{Code: code})
	}
	return e, nil
}

// loadGraph loads an ES module entry and what it imports through the
// module graph.
func (e *entry) loadGraph(opts *Options, disk *cache.Cache) (*entry, error) {
	g := newGraph(nil)
	g.checked = map[string]bool{e.argvPath: true}
	g.disk = disk
	e.root = g.load(e.argvPath, modESM)
	if len(g.diags) > 0 {
		// Node stops at the first failure; an unresolved import is
		// reported as Node reports it.
		rep, _ := resolutionReport(&g.diags[0])
		return nil, &LoadError{Diagnostics: g.diags, NodeReport: rep}
	}
	e.graph, e.esm, e.srcName = g, true, fileURL(e.argvPath)
	return e, nil
}

// entryArgvPath is the entry's absolute path, process.argv[1] and
// __filename: for -e and stdin, Node's [eval] and [stdin] in the working
// directory.
func entryArgvPath(opts *Options) string {
	switch {
	case opts.Eval:
		return filepath.Join(cwd(), "[eval]")
	case opts.Filename == "[stdin]":
		return filepath.Join(cwd(), "[stdin]")
	}
	return absPath(opts.Filename)
}

func readEntry(name string) ([]byte, error) {
	b, d := diag.ReadSourceFile(name)
	if d != nil {
		return nil, &LoadError{Diagnostics: []diag.Diagnostic{*d}}
	}
	return b, nil
}

func isTypeScript(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".ts", ".mts", ".cts", ".tsx":
		return true
	}
	return false
}

// entryKind applies Node's rules: the extension, then the nearest
// package.json "type", then syntax detection.
func entryKind(abs string) moduleKind {
	switch strings.ToLower(filepath.Ext(abs)) {
	case ".mts", ".mjs":
		return kindESM
	case ".cts", ".cjs":
		return kindCJS
	}
	switch packageType(filepath.Dir(abs)) {
	case "module":
		return kindESM
	case "commonjs":
		return kindCJS
	}
	return kindDetect
}

// packageType reads "type" from the nearest package.json, as Node's
// package scope lookup (it stops at the first package.json found).
func packageType(dir string) string {
	for {
		b, err := os.ReadFile(filepath.Join(dir, "package.json"))
		if err == nil {
			var pj struct {
				Type string `json:"type"`
			}
			_ = json.Unmarshal(b, &pj)
			return pj.Type
		}
		parent := filepath.Dir(dir)
		if parent == dir || filepath.Base(dir) == "node_modules" {
			return ""
		}
		dir = parent
	}
}

func fileURL(abs string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	return u.String()
}

func cwd() string {
	wd, err := os.Getwd()
	if err != nil {
		return "/"
	}
	return wd
}

// isBuiltinSpec reports whether an import specifier names a builtin.
func isBuiltinSpec(spec string) bool {
	_, ok := builtins[strings.TrimPrefix(spec, "node:")]
	return ok
}

// runEntry runs the compiled entry and the loop; it returns the exit code.
func (vm *VM) runEntry(e *entry) int {
	vm.sources[e.srcName] = e.file
	vm.entryIsESM = e.esm
	if e.graph != nil {
		return vm.runGraph(e)
	}
	if e.esm {
		return vm.runESM(e)
	}
	return vm.runMain(func() error { return vm.runCJS(e) }, false)
}

func (vm *VM) runCJS(e *entry) error {
	rt := vm.RT
	fnv, err := rt.RunProgram(e.prg)
	if err != nil {
		return err
	}
	fn, _ := goja.AssertFunction(fnv)
	module := rt.NewObject()
	exports := rt.NewObject()
	must(module.Set("id", "."))
	must(module.Set("path", filepath.Dir(e.argvPath)))
	must(module.Set("exports", exports))
	must(module.Set("filename", e.argvPath))
	must(module.Set("loaded", false))
	must(module.Set("children", rt.NewArray()))
	must(module.Set("paths", rt.NewArray()))
	g := vm.graphFor()
	if g.cjs == nil {
		g.cjs = map[string]*cjsModule{}
	}
	g.cjs[e.argvPath] = &cjsModule{module}
	g.mainModule = module
	must(g.requireCache().Set(e.argvPath, module))
	require := g.requireFor(e.argvPath)
	_, err = fn(exports, exports, require, module, rt.ToValue(e.argvPath), rt.ToValue(filepath.Dir(e.argvPath)), g.importFor(e.argvPath))
	must(module.Set("loaded", true))
	return err
}

func (vm *VM) nodeError(class, code, msg string) goja.Value {
	e, err := vm.RT.New(vm.RT.Get(class), vm.RT.ToValue(msg))
	if err != nil {
		return vm.RT.ToValue(msg)
	}
	must(e.Set("code", code))
	return e
}

func (vm *VM) runESM(e *entry) int {
	rt := vm.RT
	var done *goja.Promise
	vm.runLoop(func() error {
		fnv, err := rt.RunProgram(e.prg)
		if err != nil {
			return err
		}
		fn, _ := goja.AssertFunction(fnv)
		imp := rt.ToValue(func(c goja.FunctionCall) goja.Value {
			m, err := vm.Require(c.Argument(0).String())
			if err != nil {
				vm.throw(err)
			}
			return m
		})
		res, err := fn(goja.Undefined(), imp, vm.importMeta(e))
		if err != nil {
			return err
		}
		p, ok := res.Export().(*goja.Promise)
		if !ok {
			return nil
		}
		done = p
		// A rejected module evaluation is an uncaught exception, not an
		// unhandled rejection: handle the promise and report it so.
		then, _ := goja.AssertFunction(res.ToObject(rt).Get("then"))
		_, err = then(res, goja.Undefined(), rt.ToValue(func(c goja.FunctionCall) goja.Value {
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

// unsettledTLA is Node's end for a module whose top-level await can never
// settle: a warning at the await, 'exit' with 13, exit code 13.
func (vm *VM) unsettledTLA(e *entry) int {
	line := topLevelAwaitLine(e.file.Text)
	msg := "Warning: Detected unsettled top-level await at " + e.srcName
	if line > 0 {
		src := strippedLine(e.file, line)
		col := strings.Index(src, "await")
		msg += ":" + strconv.Itoa(line) + "\n" + src + "\n" + strings.Repeat(" ", max(col, 0)) + "^\n"
	}
	vm.writeStderr(msg + "\n\n\n")
	code := vm.proc.emitExit(13)
	if vm.Loop.stopped {
		return vm.Loop.exitCode
	}
	return code
}

var topAwait = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?m)^(?:\S[^\n]*?)?\bawait\b`) })

// topLevelAwaitLine guesses the line of the top-level await Node would
// name: the last unindented line with an await (goja cannot say where a
// suspended async function waits).
func topLevelAwaitLine(text string) int {
	locs := topAwait().FindAllStringIndex(text, -1)
	if len(locs) == 0 {
		return 0
	}
	f := diag.NewFile("", text)
	line, _ := f.Position(int32(locs[len(locs)-1][0]))
	return line
}

// importMeta is import.meta for the entry.
func (vm *VM) importMeta(e *entry) *goja.Object {
	rt := vm.RT
	m := rt.NewObject()
	must(m.Set("url", fileURL(e.argvPath)))
	must(m.Set("filename", e.argvPath))
	must(m.Set("dirname", filepath.Dir(e.argvPath)))
	must(m.Set("main", true))
	must(m.Set("resolve", func(c goja.FunctionCall) goja.Value {
		s := c.Argument(0).String()
		if isBuiltinSpec(s) {
			if strings.HasPrefix(s, "node:") {
				return rt.ToValue(s)
			}
			return rt.ToValue("node:" + s)
		}
		base, _ := url.Parse(fileURL(e.argvPath))
		ref, err := url.Parse(s)
		if err != nil {
			vm.throw(err)
		}
		return rt.ToValue(base.ResolveReference(ref).String())
	}))
	return m
}
