package runtime

// node:util and node:util/types. The module is js/util.js on top of the
// formatting in js/inspect.js (see inspect.go); Go adds only the terminal
// check styleText needs.

import (
	"sort"
	"strconv"
	"strings"

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
	must(vm.internal.Set("utilCallSites", vm.utilCallSites))
	v, err := vm.internalJS("util", in.exports)
	if err != nil {
		return nil, err
	}
	return v.ToObject(vm.RT), nil
}

// utilCallSites(frameCount) lists the caller's frames for util.getCallSites:
// positions as goja reports them (through the inline source map, so .ts
// lines), 1-based, without tsrun's own runtime scripts and native frames.
func (vm *VM) utilCallSites(call goja.FunctionCall) goja.Value {
	n := int(call.Argument(0).ToInteger())
	frames := vm.RT.CaptureCallStack(0, nil)
	sites := make([]any, 0, n)
	ids := map[string]string{}
	for i := range frames {
		f := &frames[i]
		name := f.SrcName()
		if name == "<native>" || strings.HasPrefix(name, "node:internal/") {
			continue
		}
		if len(sites) == n {
			break
		}
		id, ok := ids[name]
		if !ok {
			id = strconv.Itoa(len(ids) + 1)
			ids[name] = id
		}
		pos := f.Position()
		o := vm.RT.NewObject()
		fn := f.FuncName()
		if fn == "<anonymous>" { // goja's name for top-level code; V8 has ""
			fn = ""
		}
		must(o.Set("functionName", fn))
		must(o.Set("scriptId", id))
		must(o.Set("scriptName", name))
		must(o.Set("lineNumber", pos.Line))
		must(o.Set("columnNumber", pos.Column))
		must(o.Set("column", pos.Column))
		sites = append(sites, o)
	}
	return vm.RT.NewArray(sites...)
}
