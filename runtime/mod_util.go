package runtime

// node:util and node:util/types. The module is js/util.js on top of the
// formatting in js/inspect.js (see inspect.go); Go adds only the terminal
// check styleText needs.

import (
	"github.com/dop251/goja"
)

func init() {
	registerBuiltin("util", loadUtil)
	registerBuiltin("util/types", func(vm *VM) (*goja.Object, error) {
		u, err := vm.Require("util")
		if err != nil {
			return nil, err
		}
		return u.Get("types").ToObject(vm.RT), nil
	})
}

func loadUtil(vm *VM) (*goja.Object, error) {
	in, err := vm.inspector()
	if err != nil {
		return nil, err
	}
	must(vm.internal.Set("streamHasColors", func(call goja.FunctionCall) goja.Value {
		w := vm.Stdout
		if call.Argument(0).ToInteger() == 2 {
			w = vm.Stderr
		}
		return vm.RT.ToValue(streamHasColors(w))
	}))
	v, err := vm.internalJS("util", in.exports)
	if err != nil {
		return nil, err
	}
	return v.ToObject(vm.RT), nil
}
