package runtime

// node:events lives in js/events.js: EventEmitter's semantics (emit over a
// copy, once wrappers, the order of newListener/removeListener events) are
// far easier to match line for line in JavaScript than across the goja
// boundary, and every call stays inside the VM with no Go round trip.

import (
	"github.com/dop251/goja"
)

func init() {
	registerBuiltin("events", func(vm *VM) (*goja.Object, error) {
		ev, err := vm.eventsInternal()
		if err != nil {
			return nil, err
		}
		return ev.Get("EventEmitter").ToObject(vm.RT), nil
	})
}

// nodeErrors returns js/events_errors.js's helpers (Node-style errors and
// argument validators), loaded once per VM.
func (vm *VM) nodeErrors() (*goja.Object, error) {
	return vm.cachedInternal("issue5Errors", func() (goja.Value, error) {
		lazyInspect := vm.RT.ToValue(func(goja.FunctionCall) goja.Value {
			if _, ok := builtins["util"]; !ok {
				return goja.Undefined()
			}
			util, err := vm.Require("util")
			if err != nil {
				return goja.Undefined()
			}
			return util.Get("inspect")
		})
		return vm.internalJS("events_errors", lazyInspect)
	})
}

// eventsInternal returns what js/events.js returns: EventEmitter plus the
// hooks js/abort.js plugs EventTarget into.
func (vm *VM) eventsInternal() (*goja.Object, error) {
	return vm.cachedInternal("issue5Events", func() (goja.Value, error) {
		errs, err := vm.nodeErrors()
		if err != nil {
			return nil, err
		}
		return vm.internalJS("events", errs, vm.hostObject())
	})
}

// hostObject gives the JS side late-bound access to the process object:
// events, AbortSignal and timers load before process may exist, and only
// need it when a warning or a nextTick happens.
func (vm *VM) hostObject() goja.Value {
	host := vm.RT.NewObject()
	must(host.Set("process", func(goja.FunctionCall) goja.Value {
		return vm.RT.GlobalObject().Get("process")
	}))
	return host
}

// cachedInternal runs build once per VM and keeps its result on
// vm.Internal() under key, where the internal JavaScript can reach it too.
func (vm *VM) cachedInternal(key string, build func() (goja.Value, error)) (*goja.Object, error) {
	if v := vm.Internal().Get(key); v != nil && !goja.IsUndefined(v) {
		return v.ToObject(vm.RT), nil
	}
	v, err := build()
	if err != nil {
		return nil, err
	}
	obj := v.ToObject(vm.RT)
	must(vm.Internal().DefineDataProperty(key, obj, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	return obj, nil
}
