package runtime

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/tsrun-dev/tsrun/diag"
)

// VM is one running program: the goja Runtime, its loop, and the process
// state the node: modules share. Every method runs on the loop goroutine.
//
// The fields and method signatures RT, Loop, Stdin, Stdout, Stderr,
// Require, internalJS are the contract between the runtime files written in
// parallel (loop/process, console and inspect, node: modules): add fields
// freely, never rename these.
type VM struct {
	RT   *goja.Runtime
	Loop *Loop

	Stdin          io.Reader
	Stdout, Stderr io.Writer

	// modules caches builtin exports by name ("fs", "events", …).
	modules map[string]*goja.Object
	// graph is the ES module graph (modules.go), made on first use.
	graph *graph
	// loading marks builtins whose loader is running, to report a cycle
	// between builtins instead of recursing forever.
	loading map[string]bool

	// internal is the first argument of every js/*.js function: helpers
	// shared by the runtime's JavaScript (require, nextTick, …).
	internal *goja.Object

	proc *processState

	// sources maps the file names stack frames use (file:///…/app.ts) to
	// the text, for the source line of a fatal error report.
	sources map[string]*diag.File
	// entryIsESM: the entry ran as an ES module (error headers point at an
	// Error's construction site there, as V8 does).
	entryIsESM bool
	// mainRejected: the fatal error being reported rejected the ES module
	// entry's evaluation (Node names its own frame when the error has none).
	mainRejected bool
	// linkError is the SyntaxError an import the graph could not link
	// raised (a name its module does not export), reported as V8 does.
	linkError    *goja.Object
	linkErrorLen int // the import name's length, in UTF-16 units
}

// newVM makes a VM with its globals installed. It never runs user code.
func newVM(cfg *processConfig) (*VM, error) {
	rt := goja.New()
	// goja's call stack is unbounded by default: runaway recursion would
	// eat memory until the process dies. Node stops near 10k frames.
	rt.SetMaxCallStackSize(maxCallStack)
	vm := &VM{
		RT:      rt,
		Stdin:   cfg.stdin,
		Stdout:  cfg.stdout,
		Stderr:  cfg.stderr,
		modules: map[string]*goja.Object{},
		loading: map[string]bool{},
		sources: map[string]*diag.File{},
	}
	vm.Loop = newLoop(vm)
	vm.proc = newProcessState(vm, cfg)
	vm.internal = rt.NewObject()
	must(vm.internal.Set("require", func(call goja.FunctionCall) goja.Value {
		m, err := vm.Require(call.Argument(0).String())
		if err != nil {
			panic(vm.toJSError(err))
		}
		return m
	}))
	rt.SetPromiseRejectionTracker(vm.Loop.trackRejection)
	if err := wellKnownSymbols(rt); err != nil {
		return nil, err
	}
	for _, g := range globals {
		if err := g.install(vm); err != nil {
			return nil, fmt.Errorf("installing %s: %w", g.name, err)
		}
	}
	return vm, nil
}

// wellKnownSymbols fills the symbols goja lacks with the ones esbuild's
// lowering helpers use (Symbol.for("Symbol.<name>"), see __knownSymbol), so
// that lowered for await / using and the runtime's own objects agree.
func wellKnownSymbols(rt *goja.Runtime) error {
	sym := rt.Get("Symbol").ToObject(rt)
	symFor, ok := goja.AssertFunction(sym.Get("for"))
	if !ok {
		return errors.New("runtime: Symbol.for missing")
	}
	for _, name := range []string{"asyncIterator", "dispose", "asyncDispose"} {
		if v := sym.Get(name); v != nil && !goja.IsUndefined(v) {
			continue
		}
		s, err := symFor(sym, rt.ToValue("Symbol."+name))
		if err != nil {
			return err
		}
		if err := sym.DefineDataProperty(name, s, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}

// maxCallStack is about where V8's default stack ends for small frames.
// goja reports overflow as an uncatchable error; the loop prints it as
// Node's RangeError.
const maxCallStack = 10000

// Internal returns the object passed as the first argument to every
// js/*.js function, so that Go code can hang helpers on it for the
// runtime's JavaScript.
func (vm *VM) Internal() *goja.Object { return vm.internal }

// ErrUnknownBuiltin is wrapped by the error Require returns for a name that
// is not a builtin module.
var ErrUnknownBuiltin = errors.New("unknown builtin module")

// requireError carries Node's error code so that the JavaScript side can
// throw what Node throws (err.code === "MODULE_NOT_FOUND").
type requireError struct {
	code, msg string
}

func (e *requireError) Error() string { return e.msg }
func (e *requireError) Unwrap() error { return ErrUnknownBuiltin }

// Require returns the exports of builtin module name ("fs" or "node:fs"),
// loading it on first use. Builtins use it to depend on each other.
func (vm *VM) Require(name string) (*goja.Object, error) {
	bare, prefixed := strings.CutPrefix(name, "node:")
	if m, ok := vm.modules[bare]; ok {
		return m, nil
	}
	load, ok := builtins[bare]
	if !ok {
		if prefixed {
			return nil, &requireError{"ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: " + name}
		}
		return nil, &requireError{"MODULE_NOT_FOUND", "Cannot find module '" + name + "'"}
	}
	if vm.loading[bare] {
		return nil, fmt.Errorf("runtime: builtin %q requires itself while loading", bare)
	}
	defer vm.Loop.beginLoad()()
	vm.loading[bare] = true
	defer delete(vm.loading, bare)
	m, err := load(vm)
	if err != nil {
		return nil, fmt.Errorf("loading builtin %q: %w", bare, err)
	}
	vm.modules[bare] = m
	if bare == "events" {
		vm.proc.linkEmitter()
	}
	return m, nil
}

// programs caches the compiled js/*.js files for the whole process: a
// goja.Program is immutable and may run on any number of Runtimes, and
// compiling is the expensive part (goja has no code cache).
var programs sync.Map // name → *compiled

type compiled struct {
	once sync.Once
	prg  *goja.Program
	err  error
}

func internalProgram(name string) (*goja.Program, error) {
	v, _ := programs.LoadOrStore(name, &compiled{})
	c := v.(*compiled)
	c.once.Do(func() {
		src, err := jsFiles.ReadFile("js/" + name + ".js")
		if err != nil {
			c.err = fmt.Errorf("runtime: no internal script js/%s.js", name)
			return
		}
		c.prg, c.err = goja.Compile("node:internal/"+name, string(src), true)
	})
	return c.prg, c.err
}

// internalJS runs js/<name>.js, a function expression, and calls it with
// vm.Internal() followed by args: the file reads
//
//	(function (internal, a, b) { ... return exports; })
//
// It returns what the function returns. Programs are compiled once per
// process and cached; a file runs again on every call (callers cache the
// result, as builtin loaders are cached by Require).
func (vm *VM) internalJS(name string, args ...goja.Value) (goja.Value, error) {
	defer vm.Loop.beginLoad()()
	prg, err := internalProgram(name)
	if err != nil {
		return nil, err
	}
	fnv, err := vm.RT.RunProgram(prg)
	if err != nil {
		return nil, err
	}
	fn, ok := goja.AssertFunction(fnv)
	if !ok {
		return nil, fmt.Errorf("runtime: js/%s.js does not evaluate to a function", name)
	}
	all := make([]goja.Value, 0, len(args)+1)
	all = append(all, vm.internal)
	all = append(all, args...)
	return fn(goja.Undefined(), all...)
}

// defineLazyGlobal puts name on the global object as an accessor that builds
// the value on first read and then replaces itself with a plain data
// property. Startup stays cheap: a program that never touches process or
// Buffer never pays for them. Assignment replaces the value, as for any
// global in Node.
func (vm *VM) defineLazyGlobal(name string, enumerable bool, build func() (goja.Value, error)) {
	g := vm.RT.GlobalObject()
	flag := goja.FLAG_FALSE
	if enumerable {
		flag = goja.FLAG_TRUE
	}
	settle := func(v goja.Value) {
		must(g.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, flag))
	}
	getter := vm.RT.ToValue(func(goja.FunctionCall) goja.Value {
		v, err := build()
		if err != nil {
			panic(vm.toJSError(err))
		}
		settle(v)
		return v
	})
	setter := vm.RT.ToValue(func(call goja.FunctionCall) goja.Value {
		settle(call.Argument(0))
		return goja.Undefined()
	})
	must(g.DefineAccessorProperty(name, getter, setter, goja.FLAG_TRUE, flag))
}

// toJSError turns a Go error into a value to throw: JS exceptions keep
// their value, Require errors become Errors with Node's code.
func (vm *VM) toJSError(err error) goja.Value {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	var re *requireError
	if errors.As(err, &re) {
		e := vm.RT.NewGoError(errors.New(re.msg))
		must(e.Set("code", re.code))
		return e
	}
	return vm.RT.NewGoError(err)
}

// throw raises err in JavaScript from inside a Go function called by JS.
func (vm *VM) throw(err error) {
	panic(vm.toJSError(err))
}

// must is for operations that fail only on a broken invariant (defining a
// property on an ordinary object we just made).
func must(err error) {
	if err != nil {
		panic(err)
	}
}
