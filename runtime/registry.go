package runtime

import (
	"embed"
	"sort"

	"github.com/dop251/goja"
)

// The registry lets each node: module and each group of globals live in a
// file of its own (mod_fs.go, mod_events.go, console.go, …) and plug in from
// an init function, so the loop and the module loader never need to know the
// list.

// builtinLoader builds the exports object of a builtin module for one VM.
// It runs on the loop goroutine, at most once per VM (the result is cached).
type builtinLoader func(vm *VM) (*goja.Object, error)

var builtins = map[string]builtinLoader{}

// registerBuiltin makes `name` (without the "node:" prefix, e.g. "fs" or
// "fs/promises") importable as `name` and `node:name`. Call it from init.
func registerBuiltin(name string, load builtinLoader) {
	if _, dup := builtins[name]; dup {
		panic("runtime: builtin registered twice: " + name)
	}
	builtins[name] = load
}

// BuiltinNames lists the registered builtin module names, sorted.
func BuiltinNames() []string {
	names := make([]string, 0, len(builtins))
	for n := range builtins {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// globalInstaller puts globals (console, Buffer, URL, …) on a fresh VM. They
// run in order of their order key, then name, so that dependencies between
// globals (console needs util.inspect) are explicit.
type globalInstaller struct {
	order   int
	name    string
	install func(vm *VM) error
}

var globals []globalInstaller

// registerGlobals adds an installer; lower order runs first. Call from init.
// Conventional orders: 0 primordials/internal helpers, 10 inspect, 20
// console, 30 Buffer/encoding/URL, 50 everything else.
func registerGlobals(order int, name string, install func(vm *VM) error) {
	globals = append(globals, globalInstaller{order, name, install})
	sort.SliceStable(globals, func(i, j int) bool {
		if globals[i].order != globals[j].order {
			return globals[i].order < globals[j].order
		}
		return globals[i].name < globals[j].name
	})
}

// jsFiles holds the parts of the runtime written in JavaScript (Node's own
// lib/ is mostly JavaScript too: semantics such as EventEmitter's are far
// easier to match there). Each file is a function expression
// `(function (internal, ...) { ... })`; see VM.internalJS.
//
//go:embed js/*.js
var jsFiles embed.FS
