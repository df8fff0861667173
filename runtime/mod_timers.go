package runtime

// node:timers re-exports the loop's timer functions (the same objects as
// the globals) and adds node:timers/promises, written in JS
// (js/timers_mod.js) on top of them.

import "github.com/dop251/goja"

func init() {
	registerBuiltin("timers", func(vm *VM) (*goja.Object, error) {
		m, err := vm.timersModule()
		if err != nil {
			return nil, err
		}
		return m.Get("timers").ToObject(vm.RT), nil
	})
	registerBuiltin("timers/promises", func(vm *VM) (*goja.Object, error) {
		m, err := vm.timersModule()
		if err != nil {
			return nil, err
		}
		return m.Get("promises").ToObject(vm.RT), nil
	})
}

func (vm *VM) timersModule() (*goja.Object, error) {
	return vm.cachedInternal("issue5Timers", func() (goja.Value, error) {
		errs, err := vm.nodeErrors()
		if err != nil {
			return nil, err
		}
		timers, err := vm.timersJS()
		if err != nil {
			return nil, err
		}
		return vm.internalJS("timers_mod", errs, timers)
	})
}
