package runtime

import (
	"slices"

	"github.com/dop251/goja"
)

// Module namespace objects (ECMA-262 10.4.6). V8's are exotic: every export
// is an own data property {value, writable: true, enumerable: true,
// configurable: false} whose value is the live binding, assignment and
// deletion fail, the object is not extensible (so sealed, but not frozen).
// goja has no such object, and no ordinary property can be both a data
// property and live, so a namespace is a Proxy with native traps over an
// ordinary target shaped as the spec shapes the namespace (null prototype,
// Symbol.toStringTag "Module", one non-configurable writable data property
// per export, not extensible): the proxy invariants then hold, and the traps
// read the live values.
//
// Modules' own code does not go through the proxy: a named import reads
// the record's binding object (r.bind, accessor properties for an ES
// module), which is several times faster; only `import * as ns`, `export *
// as ns`, import() and require(esm) hand out the namespace.
//
// Only this file makes proxies with a native handler, which is how
// isModuleNamespace tells a namespace from a user's Proxy (util.types.isProxy
// and util.inspect must not see one in a namespace, as in Node).

// newNamespace makes r.ns over target. For an ES module the target's values
// are placeholders and the binding object has the getters; for a CommonJS,
// JSON or builtin module the target is the binding object itself, holding
// the values Node's synthetic module snapshots.
func (g *graph) newNamespace(r *modRecord, target *goja.Object) *goja.Object {
	rt := g.vm.RT
	_ = target.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("Module"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	has := func(name string) bool {
		_, found := slices.BinarySearch(r.nsNames, name)
		return found
	}
	// get is the binding's current value ([[Get]] of a namespace: a read in
	// the dead zone throws the ReferenceError).
	get := func(name string) goja.Value {
		if v := r.bind.Get(name); v != nil {
			return v
		}
		return goja.Undefined()
	}
	cfg := &goja.ProxyTrapConfig{
		Set:    func(*goja.Object, string, goja.Value, goja.Value) bool { return false },
		SetSym: func(*goja.Object, *goja.Symbol, goja.Value, goja.Value) bool { return false },
		DeleteProperty: func(_ *goja.Object, name string) bool {
			return !has(name)
		},
		DefineProperty: func(_ *goja.Object, name string, d goja.PropertyDescriptor) bool {
			// 10.4.6.6: only a definition that changes nothing succeeds.
			if !has(name) || d.Configurable == goja.FLAG_TRUE || d.Enumerable == goja.FLAG_FALSE ||
				d.Writable == goja.FLAG_FALSE || d.Getter != nil || d.Setter != nil {
				return false
			}
			return d.Value == nil || d.Value.SameAs(get(name))
		},
	}
	if r.kind == modESM {
		cfg.Get = func(_ *goja.Object, name string, _ goja.Value) goja.Value {
			if !has(name) {
				return goja.Undefined()
			}
			return get(name)
		}
		cfg.GetOwnPropertyDescriptor = func(_ *goja.Object, name string) goja.PropertyDescriptor {
			if !has(name) {
				return goja.PropertyDescriptor{}
			}
			return goja.PropertyDescriptor{Value: get(name), Writable: goja.FLAG_TRUE, Enumerable: goja.FLAG_TRUE, Configurable: goja.FLAG_FALSE}
		}
	}
	return rt.ToValue(rt.NewProxy(target, cfg)).ToObject(rt)
}

// preventExtensions ends a namespace's (or binding object's) shape once its
// names are known.
func (g *graph) preventExtensions(o *goja.Object) {
	rt := g.vm.RT
	if pe, ok := goja.AssertFunction(rt.Get("Object").ToObject(rt).Get("preventExtensions")); ok {
		_, _ = pe(goja.Undefined(), o)
	}
}

// isModuleNamespace reports whether o is a module namespace object (see the
// comment at the top of this file).
func isModuleNamespace(o *goja.Object) bool {
	if o.ExportType() != proxyType {
		return false
	}
	h := o.Export().(goja.Proxy).Handler()
	if h == nil {
		return false
	}
	_, native := h.Export().(*goja.ProxyTrapConfig)
	return native
}
