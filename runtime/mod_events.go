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
		return vm.internalJS("events", errs, vm.hostObject(), vm.targetHooks())
	})
}

// targetHooks is the object js/events.js and js/abort.js share (see
// abort.js), created on first use.
func (vm *VM) targetHooks() *goja.Object {
	o, _ := vm.cachedInternal("issue5TargetHooks", func() (goja.Value, error) {
		return vm.RT.NewObject(), nil
	})
	return o
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

// eventsFatal prepares an uncaught error for Node's fatal report, as
// Node's beforeInspector hook does: an Error emitted with no 'error'
// listener gets "Emitted 'error' event at:" and the emit site appended to
// its stack; an ERR_UNHANDLED_ERROR returns the throw-site header Node
// prints for it ("node:events:477" and its source line). The printer of
// uncaught exceptions calls it before inspecting val; header is "" when
// the usual throw site applies.
func (vm *VM) eventsFatal(val goja.Value) (header string) {
	o, ok := val.(*goja.Object)
	if !ok {
		return ""
	}
	v := vm.Internal().Get("issue5Events")
	if v == nil || goja.IsUndefined(v) {
		return "" // events never loaded: nothing was emitted
	}
	ev := v.ToObject(vm.RT)
	if sym, ok := ev.Get("kEnhanceStackBeforeInspector").(*goja.Symbol); ok {
		if fn, ok := goja.AssertFunction(o.GetSymbol(sym)); ok {
			if stack, err := fn(o); err == nil {
				_ = o.Set("stack", stack)
			}
		}
	}
	if sym, ok := ev.Get("kFatalSite").(*goja.Symbol); ok {
		if site := o.GetSymbol(sym); site != nil && !goja.IsUndefined(site) {
			return site.String()
		}
	}
	return ""
}
