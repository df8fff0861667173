package runtime

// node:path is js/path.js (pure string work: no reason to cross into Go).
// path, path/posix and path/win32 share one load: path === path.posix on
// Linux, as in Node.

import (
	"os"

	"github.com/dop251/goja"
)

func init() {
	registerBuiltin("path", func(vm *VM) (*goja.Object, error) { return vm.pathModule() })
	registerBuiltin("path/posix", func(vm *VM) (*goja.Object, error) { return vm.pathModule() })
	registerBuiltin("path/win32", func(vm *VM) (*goja.Object, error) {
		p, err := vm.pathModule()
		if err != nil {
			return nil, err
		}
		return p.Get("win32").ToObject(vm.RT), nil
	})
}

func (vm *VM) pathModule() (*goja.Object, error) {
	return vm.cachedInternal("issue5Path", func() (goja.Value, error) {
		errs, err := vm.nodeErrors()
		if err != nil {
			return nil, err
		}
		return vm.internalJS("path", errs, vm.pathHost())
	})
}

// pathHost gives path.resolve the current directory and the environment.
// Both go through the process object when it exists, so process.chdir()
// and edits of process.env are seen, as in Node.
func (vm *VM) pathHost() goja.Value {
	host := vm.RT.NewObject()
	processMethod := func(name string) (goja.Callable, goja.Value, bool) {
		p, ok := vm.RT.GlobalObject().Get("process").(*goja.Object)
		if !ok {
			return nil, nil, false
		}
		fn, ok := goja.AssertFunction(p.Get(name))
		return fn, p, ok
	}
	must(host.Set("cwd", func(goja.FunctionCall) goja.Value {
		if fn, this, ok := processMethod("cwd"); ok {
			v, err := fn(this)
			if err != nil {
				vm.throw(err)
			}
			return v
		}
		wd, err := os.Getwd()
		if err != nil {
			vm.throw(err)
		}
		return vm.RT.ToValue(wd)
	}))
	must(host.Set("env", func(call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		if p, ok := vm.RT.GlobalObject().Get("process").(*goja.Object); ok {
			if env, ok := p.Get("env").(*goja.Object); ok {
				return env.Get(name)
			}
		}
		if v, ok := os.LookupEnv(name); ok {
			return vm.RT.ToValue(v)
		}
		return goja.Undefined()
	}))
	return host
}
