package runtime

import (
	"reflect"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// goja words a property access on null or undefined "Cannot read property
// 'y' of undefined" whichever of the two the base is (and "… of undefined
// or null" for a method call), a write "Cannot convert undefined or null to
// object", and `in` / `instanceof` with a bad right-hand side in its own
// words. V8 names the base and the key: "Cannot read properties of null
// (reading 'y')", "Cannot set properties of undefined (setting 'x')". The
// base and the key are still on goja's value stack when it makes the
// TypeError, at a place fixed by the failing instruction; the TypeError
// constructor's hook (errors_goja.go) reads them there and gives the error
// V8's text from the start, so that every path (catch, rejection, the
// fatal report) sees it. Destructuring and iteration errors are named from
// the source (errors_destructure.go). Any other TypeError, and one made
// while the layout is unknown, keeps goja's text.

// baseSlots is where the base and the key of a failing property access
// are on goja's stack, by instruction, counted from the top (0: the key is
// the instruction's own operand).
type baseSlots struct{ base, key int }

var readSlots = map[string]baseSlots{
	"getProp": {1, 0}, "getPropRecv": {1, 0}, "getPropRecvCallee": {1, 0}, "getPropCallee": {1, 0},
	"_getElem": {2, 1}, "_getElemRecv": {1, 2}, "_getKey": {2, 1}, "_getElemCallee": {2, 1}, "_getElemRecvCallee": {2, 1},
}

var writeSlots = map[string]baseSlots{
	"setProp": {2, 0}, "setPropP": {2, 0}, "setPropStrict": {2, 0}, "setPropStrictP": {2, 0},
	"setPropRecv": {2, 0}, "setPropRecvStrict": {2, 0}, "setPropRecvP": {2, 0}, "setPropRecvStrictP": {2, 0},
	"_setElem": {3, 2}, "_setElemP": {3, 2}, "_setElemStrict": {3, 2}, "_setElemStrictP": {3, 2},
	"_setElemRecv": {2, 3}, "_setElemRecvStrict": {2, 3}, "_setElemRecvP": {2, 3}, "_setElemRecvStrictP": {2, 3},
}

const gojaReadPrefix = "Cannot read property '"

func init() {
	registerGlobals(0, "typeErrorTexts", func(vm *VM) error {
		te, ok := vm.RT.Get("TypeError").(*goja.Object)
		if !ok {
			return nil
		}
		// When goja's layout is not the expected one, nothing is hooked and
		// goja's texts stay (TestGojaLayout reports it).
		hookConstruct(te, func(orig ctorFunc) ctorFunc {
			return func(args []goja.Value, newTarget *goja.Object) *goja.Object {
				// goja's own errors pass the constructor itself as newTarget.
				if len(args) == 1 && (newTarget == nil || newTarget == te) {
					// goja's messages are strings; String() of an object
					// would run the program's toString a second time.
					if _, isObj := args[0].(*goja.Object); !isObj && args[0] != nil {
						if v8 := vm.engineTypeErrorText(args[0].String()); v8 != "" {
							args = []goja.Value{vm.RT.ToValue(v8)}
						}
					}
				}
				return orig(args, newTarget)
			}
		})
		return nil
	})
}

// engineTypeErrorText is V8's text for a TypeError goja is making with
// message m, or "" to keep m.
func (vm *VM) engineTypeErrorText(m string) string {
	// Cheap tests first: `new TypeError(…)` by a program ends here.
	read := strings.HasPrefix(m, gojaReadPrefix)
	write := m == "Cannot convert undefined or null to object"
	notObj := strings.HasPrefix(m, "Value is not an object: ")
	notFn := strings.HasPrefix(m, "Expecting a function in instanceof check")
	coerce := m == "Value is not object coercible"
	iter := m == "object is not iterable"
	if !read && !write && !notObj && !notFn && !coerce && !iter {
		return ""
	}
	g, ok := gojaVMOf(vm.RT)
	if !ok {
		return ""
	}
	name, in, ok := g.instruction()
	if !ok {
		return ""
	}
	if notObj && name == "_new" {
		if t := vm.entryText(g, m); t != "" {
			return t
		}
	}
	// goja's write text is also its iteration-of-nullish text.
	if coerce || iter || (write && writeSlots[name] == (baseSlots{})) {
		return vm.destructureText(g, m, name)
	}
	switch {
	case read:
		s, ok := readSlots[name]
		if !ok {
			return ""
		}
		base, key := g.accessOperands(s, in)
		if key == "" {
			// goja printed the key with %s: all but a symbol's text is
			// right.
			key = strings.TrimPrefix(m, gojaReadPrefix)
			key = key[:max(0, strings.LastIndex(key, "' of undefined"))]
		}
		if base == "" {
			return ""
		}
		return "Cannot read properties of " + base + " (reading '" + key + "')"
	case write:
		s, ok := writeSlots[name]
		if !ok {
			return ""
		}
		base, key := g.accessOperands(s, in)
		if base == "" || key == "" {
			return ""
		}
		return "Cannot set properties of " + base + " (setting '" + key + "')"
	case name == "_op_instanceof" && notObj:
		return "Right-hand side of 'instanceof' is not an object"
	case name == "_op_instanceof" && notFn:
		return "Right-hand side of 'instanceof' is not callable"
	case name == "_op_in" && notObj:
		right, ok1 := g.slot(1)
		left, ok2 := g.slot(2)
		if !ok1 || !ok2 {
			return ""
		}
		k := keyText(left)
		if k == "" {
			return ""
		}
		return "Cannot use 'in' operator to search for '" + k + "' in " + primitiveText(right)
	}
	return ""
}

// accessOperands reads a failing access's base ("null" or "undefined",
// else "") and key ("" when it cannot be printed without running code).
func (g gojaVM) accessOperands(s baseSlots, in reflect.Value) (base, key string) {
	b, ok := g.slot(s.base)
	if !ok {
		return "", ""
	}
	switch {
	case goja.IsNull(b):
		base = "null"
	case goja.IsUndefined(b):
		base = "undefined"
	default:
		return "", ""
	}
	if s.key == 0 {
		if in.Kind() == reflect.String {
			key = unistring.String(in.String()).String()
		}
		return base, key
	}
	if k, ok := g.slot(s.key); ok {
		key = keyText(k)
	}
	return base, key
}

// keyText is a property key as V8 prints it in these messages, or "" for
// an object (its conversion could run the program's code).
func keyText(k goja.Value) string {
	switch k := k.(type) {
	case *goja.Symbol:
		return "Symbol(" + k.String() + ")"
	case *goja.Object:
		return ""
	case nil:
		return ""
	}
	return k.String()
}

func primitiveText(v goja.Value) string {
	if s, ok := v.(*goja.Symbol); ok {
		return "Symbol(" + s.String() + ")"
	}
	if _, ok := v.(*goja.Object); ok || v == nil {
		return "undefined"
	}
	return v.String()
}
