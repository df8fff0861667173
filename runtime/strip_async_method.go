package runtime

import (
	"reflect"
	"sort"
	"sync"

	"github.com/dop251/goja"

	"github.com/tsrun-dev/tsrun/esm"
	"github.com/tsrun-dev/tsrun/syntax"
)

// goja gives an async method written as shorthand ({ async get() {} },
// class async methods) Function.prototype where V8 gives
// AsyncFunction.prototype, so such methods printed as [Function: get],
// their constructor was Function and their tag [object Function]. The
// method object itself is goja's async method type, so a helper can set
// the right prototype once the object or class holding them exists: the
// runtime wraps each object literal and class expression that has one in
// a call of asyncMethodHook, and calls it after each such class
// declaration. The text it adds is mapped away (editMap), so positions
// stay those of the file.
const asyncMethodHook = "__tsrun_am"

// asyncMethodEdits are the insertions that pass the containers of async
// shorthand methods in sf through asyncMethodHook.
func asyncMethodEdits(sf *syntax.SourceFile) []esm.Edit {
	return containerEdits(sf, isAsyncShorthand, asyncMethodHook)
}

func isAsyncShorthand(f *syntax.Function) bool {
	return f.Kind() == syntax.KindMethodDeclaration && f.Modifiers.Has(syntax.ModAsync) && !f.Asterisk && f.Body != nil
}

// containerEdits are the insertions that pass each function of sf that
// pred selects, or the object literal or class holding it, through hook
// once it exists: hook(…) around expressions, `;hook(Name);` after a
// declaration.
func containerEdits(sf *syntax.SourceFile, pred func(*syntax.Function) bool, hook string) []esm.Edit {
	var edits []esm.Edit
	wrap := func(n syntax.Node) {
		edits = append(edits, esm.Edit{Pos: n.Pos(), End: n.Pos(), Repl: hook + "("}, esm.Edit{Pos: n.End(), End: n.End(), Repl: ")"})
	}
	after := func(n syntax.Node, name string) {
		edits = append(edits, esm.Edit{Pos: n.End(), End: n.End(), Repl: ";" + hook + "(" + name + ");"})
	}
	holds := func(members []syntax.Node) bool {
		for _, m := range members {
			if f, ok := m.(*syntax.Function); ok && pred(f) {
				return true
			}
		}
		return false
	}
	syntax.Inspect(sf, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Function:
			if n.Kind() == syntax.KindMethodDeclaration || !pred(n) {
				break
			}
			if n.Kind() == syntax.KindFunctionExpression {
				wrap(n)
			} else if id, ok := n.Name.(*syntax.Identifier); ok && n.Kind() == syntax.KindFunctionDeclaration {
				after(n, id.Text)
			}
		case *syntax.ObjectLiteral:
			if holds(n.Properties) {
				wrap(n)
			}
		case *syntax.Class:
			if !holds(n.Members) {
				break
			}
			switch {
			case n.Kind() == syntax.KindClassExpression:
				wrap(n)
			case n.Name != nil:
				after(n, n.Name.Text)
			}
			// An anonymous `export default class` is left as goja makes it.
		}
		return n.Kind() < syntax.KindPropertySignature
	})
	return edits
}

// mergeEdits merges the insertions b into the edits a (both over the same
// text) as one sorted list; at one position a's edit comes first. When an
// insertion falls inside a replaced range, b is dropped whole: the
// insertions come in pairs that must not be split.
func mergeEdits(a, b []esm.Edit) []esm.Edit {
	if len(b) == 0 {
		return a
	}
	for _, e := range a {
		for _, x := range b {
			if x.Pos > e.Pos && x.Pos < e.End {
				return a
			}
		}
	}
	out := append(append(make([]esm.Edit, 0, len(a)+len(b)), a...), b...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
	return out
}

// applyEdits is text with edits (sorted, apart) applied.
func applyEdits(text string, edits []esm.Edit) string {
	var b []byte
	last := int32(0)
	for _, e := range edits {
		if e.Pos < last {
			continue
		}
		b = append(b, text[last:e.Pos]...)
		b = append(b, e.Repl...)
		last = e.End
	}
	return string(append(b, text[last:]...))
}

func init() {
	registerGlobals(0, "asyncMethods", func(vm *VM) error {
		rt := vm.RT
		var ownKeys, getDesc goja.Callable
		var asyncProto *goja.Object
		// fix gives the async methods among o's own data properties
		// AsyncFunction.prototype; accessors are not called.
		fix := func(o *goja.Object) {
			if ownKeys == nil {
				ownKeys, _ = goja.AssertFunction(rt.Get("Reflect").ToObject(rt).Get("ownKeys"))
				getDesc, _ = goja.AssertFunction(rt.Get("Object").ToObject(rt).Get("getOwnPropertyDescriptor"))
				f, _ := rt.RunString("(async function () {})")
				asyncProto = f.(*goja.Object).Prototype()
			}
			keys, err := ownKeys(goja.Undefined(), o)
			if err != nil {
				return
			}
			for _, k := range keys.Export().([]any) {
				d, err := getDesc(goja.Undefined(), o, rt.ToValue(k))
				if err != nil {
					continue
				}
				if desc, ok := d.(*goja.Object); ok {
					if fn, ok := desc.Get("value").(*goja.Object); ok && isAsyncMethod(fn) {
						_ = fn.SetPrototype(asyncProto)
					}
				}
			}
		}
		hook := rt.ToValue(func(c goja.FunctionCall) goja.Value {
			v := c.Argument(0)
			if o, ok := v.(*goja.Object); ok {
				fix(o)
				if _, isFn := goja.AssertFunction(o); isFn {
					if p, ok := o.Get("prototype").(*goja.Object); ok {
						fix(p)
					}
				}
			}
			return v
		})
		return rt.GlobalObject().DefineDataProperty(asyncMethodHook, hook, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	})
}

// asyncMethodType is goja's type for async shorthand methods, read from
// one (TestAsyncMethodType guards that it differs from plain methods').
var asyncMethodType = sync.OnceValue(func() reflect.Type {
	v, err := goja.New().RunString("({ async m() {} }).m")
	if err != nil {
		return nil
	}
	return objectImplType(v.(*goja.Object))
})

// objectImplType is the Go type goja implements o with, or nil.
func objectImplType(o *goja.Object) reflect.Type {
	f := reflect.ValueOf(o).Elem().FieldByName("self")
	if !f.IsValid() || f.Kind() != reflect.Interface || f.IsNil() {
		return nil
	}
	return f.Elem().Type()
}

func isAsyncMethod(o *goja.Object) bool {
	t := asyncMethodType()
	return t != nil && objectImplType(o) == t
}
