package runtime

// performance and node:perf_hooks (js/perf.js) on the Go clock.

import (
	"github.com/dop251/goja"
)

func init() {
	registerGlobals(50, "performance", func(vm *VM) error {
		vm.defineLazyGlobal("performance", true, func() (goja.Value, error) {
			p, err := vm.perfInternal()
			if err != nil {
				return nil, err
			}
			return p.Get("performance"), nil
		})
		return nil
	})
	registerBuiltin("perf_hooks", func(vm *VM) (*goja.Object, error) {
		p, err := vm.perfInternal()
		if err != nil {
			return nil, err
		}
		return p.Get("perfHooks").ToObject(vm.RT), nil
	})
}

func (vm *VM) perfInternal() (*goja.Object, error) {
	return vm.cachedInternal("issue5Perf", func() (goja.Value, error) {
		errs, err := vm.nodeErrors()
		if err != nil {
			return nil, err
		}
		web, err := vm.webInternal()
		if err != nil {
			return nil, err
		}
		clone, err := vm.cloneFunc()
		if err != nil {
			return nil, err
		}
		native := vm.RT.NewObject()
		must(native.Set("now", func(goja.FunctionCall) goja.Value { return vm.RT.ToValue(vm.perfNow()) }))
		must(native.Set("timeOrigin", float64(processStart.UnixNano())/1e6))
		must(native.Set("later", func(call goja.FunctionCall) goja.Value {
			timers, err := vm.timersJS()
			if err != nil {
				vm.throw(err)
			}
			set, _ := goja.AssertFunction(timers.Get("setTimeout"))
			if _, err := set(goja.Undefined(), call.Argument(0), vm.RT.ToValue(0)); err != nil {
				vm.throw(err)
			}
			return goja.Undefined()
		}))
		return vm.internalJS("perf", errs, web, native, clone)
	})
}
