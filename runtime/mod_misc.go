package runtime

// Globals of issue #5 that are not a node: module of their own:
// DOMException, Event, CustomEvent, EventTarget, AbortController,
// AbortSignal (js/abort.js), structuredClone (js/clone.js) and performance
// (js/perf.js, registered in mod_misc_perf.go). Each is a lazy global: nothing is compiled until a program
// first reads the name.

import (
	"reflect"
	"time"

	"github.com/dop251/goja"
)

// webGlobals are the names js/abort.js provides, with Node's descriptors
// (writable, configurable, not enumerable).
var webGlobals = []string{"DOMException", "Event", "CustomEvent", "EventTarget", "AbortController", "AbortSignal"}

func init() {
	registerGlobals(50, "web", func(vm *VM) error {
		for _, name := range webGlobals {
			vm.defineLazyGlobal(name, false, func() (goja.Value, error) {
				web, err := vm.webInternal()
				if err != nil {
					return nil, err
				}
				return web.Get(name), nil
			})
		}
		vm.defineLazyGlobal("structuredClone", true, func() (goja.Value, error) {
			return vm.cloneFunc()
		})
		return nil
	})
}

// cloneFunc returns structuredClone (js/clone.js).
func (vm *VM) cloneFunc() (*goja.Object, error) {
	return vm.cachedInternal("issue5Clone", func() (goja.Value, error) {
		errs, err := vm.nodeErrors()
		if err != nil {
			return nil, err
		}
		web, err := vm.webInternal()
		if err != nil {
			return nil, err
		}
		native := vm.RT.NewObject()
		must(native.Set("detach", func(call goja.FunctionCall) goja.Value {
			if ab, ok := call.Argument(0).Export().(goja.ArrayBuffer); ok {
				ab.Detach()
			}
			return goja.Undefined()
		}))
		must(native.Set("isProxy", func(call goja.FunctionCall) goja.Value {
			o, ok := call.Argument(0).(*goja.Object)
			if !ok {
				return vm.RT.ToValue(false)
			}
			// ExportType, not Export: Export copies (and loops on cycles).
			return vm.RT.ToValue(o.ExportType() == reflect.TypeOf(goja.Proxy{}))
		}))
		return vm.internalJS("clone", errs, web, native)
	})
}

// webInternal returns js/abort.js's result: the classes plus
// abortSignal(signal, reason) and newSignal() for Go-backed modules.
func (vm *VM) webInternal() (*goja.Object, error) {
	return vm.cachedInternal("issue5Web", func() (goja.Value, error) {
		errs, err := vm.nodeErrors()
		if err != nil {
			return nil, err
		}
		host := vm.hostObject().ToObject(vm.RT)
		must(host.Set("now", func(goja.FunctionCall) goja.Value { return vm.RT.ToValue(vm.perfNow()) }))
		must(host.Set("setTimeout", func(call goja.FunctionCall) goja.Value {
			timers, err := vm.timersJS()
			if err != nil {
				vm.throw(err)
			}
			set, _ := goja.AssertFunction(timers.Get("setTimeout"))
			t, err := set(goja.Undefined(), call.Argument(0), call.Argument(1))
			if err != nil {
				vm.throw(err)
			}
			// AbortSignal.timeout never keeps the process alive.
			unref, _ := goja.AssertFunction(t.ToObject(vm.RT).Get("unref"))
			if unref != nil {
				if _, err := unref(t); err != nil {
					vm.throw(err)
				}
			}
			return t
		}))
		return vm.internalJS("abort", errs, vm.targetHooks(), host)
	})
}

// processStart is performance.timeOrigin's instant: the process start, the
// same for every VM in the process (as Node's is per process).
var processStart = time.Now()

// perfNow is performance.now(): milliseconds since processStart, with
// sub-millisecond precision.
func (vm *VM) perfNow() float64 {
	return float64(time.Since(processStart).Nanoseconds()) / 1e6
}
