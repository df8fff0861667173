package runtime

import (
	"reflect"
	"sort"
	"strconv"
	"strings"
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
// the right prototype once the object or class holding them exists (see
// containerEdits). The text it adds is mapped away (editMap), so positions
// stay those of the file.
const asyncMethodHook = "__tsrun_am"

// asyncMethodEdits are the insertions that pass the containers of async
// shorthand methods in sf (whose text, blanked, is text) through
// asyncMethodHook.
func asyncMethodEdits(text string, sf *syntax.SourceFile) []esm.Edit {
	if !strings.Contains(text, "async") {
		return nil // no walk of the tree for the common file
	}
	return containerEdits(text, sf, isAsyncShorthand, asyncMethodHook)
}

func isAsyncShorthand(f *syntax.Function) bool {
	return f.Kind() == syntax.KindMethodDeclaration && f.Modifiers.Has(syntax.ModAsync) && !f.Asterisk && f.Body != nil
}

// containerEdits are the insertions that pass each function of sf that
// pred selects, or the object literal or class holding it, through hook
// once it exists:
//   - an object literal: hook({ … });
//   - a function or class declaration: `;hook(f);` after it;
//   - a function or class expression: hook(class {}, "name"), with the
//     name it would have taken from where it stands, which the wrapping
//     loses;
//   - an anonymous `export default class`, which can be neither: a first
//     static block, class { static { hook(this) } … } (its text, as
//     Function.prototype.toString shows it, then has the block).
func containerEdits(text string, sf *syntax.SourceFile, pred func(*syntax.Function) bool, hook string) []esm.Edit {
	var edits []esm.Edit
	insert := func(pos int32, s string) { edits = append(edits, esm.Edit{Pos: pos, End: pos, Repl: s}) }
	holds := func(members []syntax.Node) bool {
		for _, m := range members {
			if f, ok := m.(*syntax.Function); ok && pred(f) {
				return true
			}
		}
		return false
	}
	var names map[syntax.Node]string
	wrap := func(n syntax.Node) {
		if names == nil {
			names = inferredNames(sf)
		}
		insert(n.Pos(), hook+"(")
		if name, ok := names[n]; ok {
			insert(n.End(), ", "+strconv.Quote(name)+")")
		} else {
			insert(n.End(), ")")
		}
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
				insert(n.End(), ";"+hook+"("+id.Text+");")
			}
		case *syntax.ObjectLiteral:
			if holds(n.Properties) {
				insert(n.Pos(), hook+"(")
				insert(n.End(), ")")
			}
		case *syntax.Class:
			switch {
			case !holds(n.Members):
			case n.Kind() == syntax.KindClassExpression:
				wrap(n)
			case n.Name != nil:
				insert(n.End(), ";"+hook+"("+n.Name.Text+");")
			default:
				if open := classBodyStart(text, n); open >= 0 {
					insert(open+1, " static { "+hook+"(this) }")
				}
			}
		}
		return n.Kind() < syntax.KindPropertySignature
	})
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	return edits
}

// classBodyStart is the offset of the '{' that opens c's body in text (its
// types blanked), or -1.
func classBodyStart(text string, c *syntax.Class) int32 {
	pos := c.Pos()
	switch {
	case len(c.Heritage) > 0:
		pos = c.Heritage[len(c.Heritage)-1].End()
	case c.Name != nil:
		pos = c.Name.End()
	default:
		if i := strings.Index(text[pos:], "class"); i >= 0 {
			pos += int32(i + len("class"))
		}
	}
	for int(pos) < len(text) {
		pos = syntax.SkipTrivia(text, pos)
		if int(pos) < len(text) && text[pos] == '{' {
			return pos
		}
		if len(c.Members) > 0 && pos >= c.Members[0].Pos() {
			return -1
		}
		pos++ // a blanked type or implements clause left nothing else
	}
	return -1
}

// inferredNames maps the anonymous function and class expressions of sf
// that take their name from where they stand (const f = function () {},
// { f: class {} }, f = function () {}, defaults, class fields) to it.
func inferredNames(sf *syntax.SourceFile) map[syntax.Node]string {
	names := map[syntax.Node]string{}
	set := func(name, init syntax.Node) {
		switch f := init.(type) {
		case *syntax.Function:
			if f.Name != nil || f.Kind() != syntax.KindFunctionExpression {
				return
			}
		case *syntax.Class:
			if f.Name != nil || f.Kind() != syntax.KindClassExpression {
				return
			}
		default:
			return
		}
		switch id := name.(type) {
		case *syntax.Identifier:
			names[init] = id.Text
		case *syntax.StringLiteral:
			names[init] = id.Text
		}
	}
	syntax.Inspect(sf, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.VariableDeclaration:
			set(n.Name, n.Init)
		case *syntax.PropertyAssignment:
			set(n.Name, n.Init)
		case *syntax.BindingElement:
			set(n.Name, n.Init)
		case *syntax.Parameter:
			set(n.Name, n.Init)
		case *syntax.PropertyDeclaration:
			set(n.Name, n.Init)
		case *syntax.Binary:
			if n.Op == syntax.TEquals {
				set(n.Left, n.Right)
			}
		}
		return n.Kind() < syntax.KindPropertySignature
	})
	return names
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
					// The name the call around the class took away.
					if name, ok := c.Argument(1).Export().(string); ok && o.Get("name").String() == "" {
						_ = o.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
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
