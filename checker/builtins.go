package checker

// The built-in type model. It is written as a small TypeScript declaration
// file (lib.d.ts, embedded) and parsed with tsrun's own parser, not as Go
// tables: the declarations read like the ECMAScript library they model,
// generic members (Array<T>.map<U>) go through the same type resolution
// and instantiation as user code, and extending the model is a one-line
// change reviewable by anyone who writes TypeScript.
//
// The model is deliberately compact, so every interface in it is marked
// builtin: a member missing from the model is "not known", never "does
// not exist". The few reports made on built-in types (a misspelt member
// with a close suggestion, a mutating method on a readonly array) are in
// expr.go.

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

//go:embed lib.d.ts
var libText string

type libModel struct {
	scope   *scope
	file    *fileInfo
	array   *Type
	roArray *Type
	c       *checker
}

func (l *libModel) sym(name string) *symbol {
	if l == nil || l.scope == nil {
		return nil
	}
	return l.scope.syms[name]
}

func (c *checker) loadLib() *libModel {
	l := &libModel{c: c}
	c.lib = l
	f := diag.NewFile("lib.d.ts", libText)
	sf := syntax.Parse(f, syntax.ParseOptions{Dialect: syntax.DialectDTS})
	fi := &fileInfo{sf: sf, path: "\x00lib.d.ts"}
	l.file = fi
	l.scope = &scope{syms: map[string]*symbol{}, node: sf, fn: sf}
	saved := c.globals
	c.globals = l.scope
	c.bindFile(fi)
	c.globals = saved
	c.files[fi.path] = fi
	for _, s := range l.scope.syms {
		s.kind |= skBuiltin
	}
	c.file = fi
	if s := l.sym("Array"); s != nil {
		l.array = c.declaredTypeOf(s)
		l.array.obj.kind = okInterface
	}
	if s := l.sym("ReadonlyArray"); s != nil {
		l.roArray = c.declaredTypeOf(s)
	}
	return l
}

// get returns the (uninstantiated) type of a lib interface.
func (l *libModel) get(name string) *Type {
	return l.getWith(name)
}

func (l *libModel) getWith(name string) *Type {
	s := l.sym(name)
	if s == nil || s.kind&skInterface == 0 {
		return nil
	}
	return l.c.declaredTypeOf(s)
}

// builtinTypeRef resolves a reference to a lib type. The utility types
// that tsc defines as mapped types are computed here for the shapes we
// model; anything else about them is unchecked.
func (c *checker) builtinTypeRef(sym *symbol, args []*Type) *Type {
	switch sym.name {
	case "Array":
		if len(args) == 1 {
			return c.arrayOf(args[0], false)
		}
		return c.in.unchecked
	case "ReadonlyArray":
		if len(args) == 1 {
			return c.arrayOf(args[0], true)
		}
		return c.in.unchecked
	case "Record":
		if len(args) != 2 {
			return c.in.unchecked
		}
		k, v := args[0], args[1]
		if k.is(tfString) {
			o := &objectType{kind: okAnon, strIndex: v, resolved: true}
			t := c.newObject(o)
			t.alias, t.aliasArgs = "Record", args
			return t
		}
		o := &objectType{kind: okAnon, resolved: true}
		for _, m := range members(k) {
			if !m.is(tfStringLit) {
				return c.in.unchecked
			}
			o.addProp(&prop{name: m.value, t: v})
		}
		t := c.newObject(o)
		t.alias, t.aliasArgs = "Record", args
		return t
	case "Partial", "Readonly", "Required":
		if len(args) != 1 || !args[0].is(tfObject) || args[0].obj.kind == okArray || args[0].obj.kind == okTuple {
			return c.in.unchecked
		}
		src := args[0]
		name := sym.name
		o := &objectType{kind: okAnon}
		o.resolve = func(o *objectType) {
			sm := src.obj.members()
			o.builtin = sm.builtin
			for _, p := range sm.props {
				cp := *p
				switch name {
				case "Partial":
					cp.optional = true
				case "Required":
					cp.optional = false
				case "Readonly":
					cp.readonly = true
				}
				o.addProp(&cp)
			}
			o.strIndex, o.numIndex = sm.strIndex, sm.numIndex
			if len(sm.calls) > 0 || len(sm.ctors) > 0 {
				o.builtin = true
			}
		}
		t := c.newObject(o)
		t.alias, t.aliasArgs = name, args
		return t
	case "NonNullable":
		if len(args) == 1 {
			return c.removeNullable(args[0])
		}
		return c.in.unchecked
	}
	if sym.kind&skInterface != 0 {
		base := c.declaredTypeOf(sym)
		if base == nil || base.is(tfUnchecked) {
			return c.in.unchecked
		}
		if len(sym.typeParams) != len(args) {
			return c.in.unchecked
		}
		if len(args) == 0 {
			return base
		}
		return c.instantiateGeneric(base, args)
	}
	if sym.kind&skTypeAlias != 0 {
		return c.in.unchecked
	}
	return c.in.unchecked
}

// certainlyUnknown reports whether tsc would report "Cannot find name"
// for a name bound nowhere in the program or our lib model. It is false
// for every global an ES lib, the DOM lib or a common @types package
// declares: those exist in real projects even though we do not model
// them.
func (c *checker) certainlyUnknown(name string) bool {
	if c.hasAmbientModules || c.file == nil || c.file == c.lib.file {
		return false
	}
	if knownGlobals()[name] {
		return false
	}
	for _, p := range []string{"HTML", "SVG", "DOM", "CSS", "WebGL", "RTC", "Media", "Intl", "Uint", "Int", "Float", "Big", "Weak", "Shared", "Async", "Readable", "Writable", "Transform", "Text", "Worker", "Web", "Abort", "Event", "Message", "Node", "Element", "Document", "Window", "Navigator", "Performance", "Crypto", "Audio", "Video", "File", "Blob", "Form", "Headers", "Request", "Response", "URL", "IDB", "Notification", "Mutation", "Intersection", "Resize", "Pointer", "Mouse", "Keyboard", "Touch", "Drag", "Clipboard", "Storage", "Screen", "Geolocation", "Gamepad", "Speech", "Payment", "Credential", "Push", "Service", "Broadcast", "Offscreen", "Image", "Canvas", "Path2D", "Dedicated", "Shadow", "Custom", "Range", "Selection", "Tree", "XML", "XPath", "Animation", "Font", "Global", "Array", "Object", "Promise", "Iterator", "Generator", "Symbol", "Proxy", "Reflect", "Atomics", "Data", "JSX", "React", "NodeJS", "Deno", "Bun", "jest", "Jest", "Vitest", "Chai", "Mocha", "Express"} {
		if strings.HasPrefix(name, p) {
			return false
		}
	}
	return true
}

// knownGlobals are names some standard lib or widespread @types package
// declares globally. Not finding one of them in our model means "not
// modelled", not "undeclared".
var knownGlobals = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`
globalThis undefined eval escape unescape decodeURI encodeURI isFinite isNaN parseFloat parseInt NaN Infinity
BigInt Reflect Proxy WeakMap WeakSet WeakRef FinalizationRegistry ArrayBuffer SharedArrayBuffer DataView Atomics
Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array Float32Array Float64Array
BigInt64Array BigUint64Array AggregateError EvalError URIError Intl Iterator AsyncIterator Generator AsyncGenerator
GeneratorFunction AsyncGeneratorFunction AsyncFunction Awaited Pick Omit Exclude Extract ReturnType Parameters
InstanceType ConstructorParameters ThisType ThisParameterType OmitThisParameter Uppercase Lowercase Capitalize
Uncapitalize NoInfer TemplateStringsArray PropertyDescriptor PropertyDescriptorMap ArrayLike Iterable IterableIterator
IterableIterator AsyncIterable AsyncIterableIterator IteratorResult IteratorYieldResult IteratorReturnResult
PromiseConstructorLike ClassDecorator MethodDecorator PropertyDecorator ParameterDecorator ClassMethodDecoratorContext
ClassFieldDecoratorContext ClassAccessorDecoratorContext ClassGetterDecoratorContext ClassSetterDecoratorContext
DecoratorContext ClassDecoratorContext TypedPropertyDescriptor CallableFunction NewableFunction IArguments
ArrayBufferLike ArrayBufferView ReadonlyArray ReadonlyMap ReadonlySet SymbolConstructor ErrorConstructor
FunctionConstructor ObjectConstructor ArrayConstructor StringConstructor NumberConstructor BooleanConstructor
DateConstructor RegExpConstructor PromiseConstructor MapConstructor SetConstructor JSON Math Date RegExp
process require module exports Buffer __dirname __filename global setTimeout setInterval clearTimeout
clearInterval setImmediate clearImmediate queueMicrotask structuredClone fetch URL URLSearchParams TextEncoder
TextDecoder AbortController AbortSignal Blob FormData Headers Request Response crypto performance WebAssembly
atob btoa EventTarget Event CustomEvent MessageChannel MessagePort BroadcastChannel ReadableStream WritableStream
TransformStream CompressionStream DecompressionStream navigator window document self location history
localStorage sessionStorage alert confirm prompt console Console requestAnimationFrame cancelAnimationFrame
requestIdleCallback cancelIdleCallback getComputedStyle matchMedia screen innerWidth innerHeight devicePixelRatio
XMLHttpRequest WebSocket Worker SharedWorker ServiceWorker indexedDB caches customElements name status closed
origin top parent frames opener length external event onload onerror onmessage postMessage addEventListener
removeEventListener dispatchEvent close open print stop focus blur scroll scrollTo scrollBy
describe it test expect beforeEach afterEach beforeAll afterAll jest vi suite context xit xdescribe fit fdescribe
NodeJS Express React JSX Deno Bun Symbol Error TypeError RangeError SyntaxError ReferenceError Function String
Number Boolean Object Array Promise Map Set Record Partial Required Readonly NonNullable PromiseLike
`) {
		m[n] = true
	}
	return m
})

// completeLib are the lib interfaces our model declares in full (for
// ES2022): a member missing from them is missing for tsc too, unless a
// newer lib adds it (libNewerMembers).
var completeLib = map[string]bool{"String": true, "Number": true, "Boolean": true, "Array": true, "ReadonlyArray": true, "Object": true}

// markLib flags every signature of a lib object as lib.
func markLib(o *objectType) {
	for _, s := range o.calls {
		s.lib = true
	}
	for _, s := range o.ctors {
		s.lib = true
	}
	for _, p := range o.props {
		if p.t.is(tfObject) && p.t.obj.kind == okAnon {
			for _, s := range p.t.obj.calls {
				s.lib = true
			}
		}
	}
}
