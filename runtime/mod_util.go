package runtime

// node:util and node:util/types. The module is js/util.js on top of the
// formatting in js/inspect.js (see inspect.go); Go adds only the terminal
// check styleText needs.

import (
	"sort"

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
		return vm.RT.ToValue(vm.streamHasColors(w))
	}))
	must(vm.internal.Set("uvErrors", func(goja.FunctionCall) goja.Value {
		// [errno, name, message] for every libuv error, by errno (Node's
		// getSystemErrorMap iterates in the order of libuv's table).
		nums := make([]int, 0, len(uvErrors))
		for n := range uvErrors {
			nums = append(nums, n)
		}
		sort.Sort(sort.Reverse(sort.IntSlice(nums)))
		list := make([]any, len(nums))
		for i, n := range nums {
			list[i] = vm.RT.NewArray(n, uvErrors[n].name, uvErrors[n].msg)
		}
		return vm.RT.NewArray(list...)
	}))
	must(vm.internal.Set("utilParseEnv", vm.utilParseEnv))
	v, err := vm.internalJS("util", in.exports)
	if err != nil {
		return nil, err
	}
	return v.ToObject(vm.RT), nil
}
