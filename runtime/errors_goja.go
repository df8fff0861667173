package runtime

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// goja makes its own errors (a property read of undefined, a set on null)
// with fixed texts and formats err.stack in its own way, and its API has no
// hook for either. Both are reached at the one place every error goes
// through: the `construct` function of the intrinsic error constructors,
// which goja's NewTypeError and `new Error(…)` alike call. The wrapper
// installed there reads goja's interpreter state (the failing instruction,
// the values on its stack, the call frames) through field offsets found by
// reflection once. It only reads goja's memory, except for the error it has
// just made: the frames goja captured for that error are relabelled and
// trimmed (errors_stack.go), and its stack property is replaced.
//
// When a goja upgrade renames or retypes any field used here, the layout
// is unknown, nothing is hooked, and goja's own texts stay;
// TestGojaLayout fails so that the upgrade does not go unnoticed.

// ctorFunc is the type of goja's nativeFuncObject.construct.
type ctorFunc = func(args []goja.Value, newTarget *goja.Object) *goja.Object

type gojaLayout struct {
	rtVM                                                  uintptr // Runtime.vm (*vm)
	vmPrg, vmPC, vmStack, vmSP, vmSB, vmNewTarget, vmCall uintptr
	prgCode                                               uintptr
	codeType                                              reflect.Type // []instruction
	ctxSize, ctxPrg, ctxPC, ctxSB, ctxNewTarget           uintptr
	objSelf                                               uintptr
	selfType                                              reflect.Type // objectImpl
	frameSize, framePrg, frameName                        uintptr      // StackFrame
}

// fieldAt is the offset of t's field name (embedded structs followed, never
// through a pointer) when its type passes ok.
func fieldAt(t reflect.Type, name string, ok func(reflect.Type) bool) (uintptr, bool) {
	if t.Kind() != reflect.Struct {
		return 0, false
	}
	f, found := t.FieldByName(name)
	if !found {
		return 0, false
	}
	var off uintptr
	cur := t
	for _, i := range f.Index {
		if cur.Kind() != reflect.Struct {
			return 0, false
		}
		sf := cur.Field(i)
		off += sf.Offset
		cur = sf.Type
	}
	return off, ok(f.Type)
}

func kindIs(k reflect.Kind) func(reflect.Type) bool {
	return func(t reflect.Type) bool { return t.Kind() == k }
}

func typeIs(want reflect.Type) func(reflect.Type) bool {
	return func(t reflect.Type) bool { return t == want }
}

func ptrToStruct(name string) func(reflect.Type) bool {
	return func(t reflect.Type) bool {
		return t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct && t.Elem().Name() == name && t.Elem().PkgPath() == gojaPkgPath
	}
}

var valueType = reflect.TypeFor[goja.Value]()

var gojaLayoutOnce = sync.OnceValue(func() *gojaLayout {
	var l gojaLayout
	ok := true
	at := func(t reflect.Type, name string, check func(reflect.Type) bool) uintptr {
		off, good := fieldAt(t, name, check)
		ok = ok && good
		return off
	}
	rtT := reflect.TypeFor[goja.Runtime]()
	l.rtVM = at(rtT, "vm", ptrToStruct("vm"))
	if !ok {
		return nil
	}
	f, _ := rtT.FieldByName("vm")
	vmT := f.Type.Elem()
	l.vmPrg = at(vmT, "prg", ptrToStruct("Program"))
	l.vmPC = at(vmT, "pc", kindIs(reflect.Int))
	l.vmStack = at(vmT, "stack", func(t reflect.Type) bool { return t.Kind() == reflect.Slice && t.Elem() == valueType })
	l.vmSP = at(vmT, "sp", kindIs(reflect.Int))
	l.vmSB = at(vmT, "sb", kindIs(reflect.Int))
	l.vmNewTarget = at(vmT, "newTarget", typeIs(valueType))
	l.vmCall = at(vmT, "callStack", func(t reflect.Type) bool { return t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct })
	if !ok {
		return nil
	}
	pf, _ := vmT.FieldByName("prg")
	l.prgCode = at(pf.Type.Elem(), "code", func(t reflect.Type) bool { return t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Interface })
	cf, _ := vmT.FieldByName("callStack")
	ctxT := cf.Type.Elem()
	l.ctxSize = ctxT.Size()
	l.ctxPrg = at(ctxT, "prg", typeIs(pf.Type))
	l.ctxPC = at(ctxT, "pc", kindIs(reflect.Int))
	l.ctxSB = at(ctxT, "sb", kindIs(reflect.Int))
	l.ctxNewTarget = at(ctxT, "newTarget", typeIs(valueType))
	if !ok {
		return nil
	}
	code, _ := pf.Type.Elem().FieldByName("code")
	l.codeType = code.Type
	objT := reflect.TypeFor[goja.Object]()
	l.objSelf = at(objT, "self", kindIs(reflect.Interface))
	sf, _ := objT.FieldByName("self")
	l.selfType = sf.Type
	frT := reflect.TypeFor[goja.StackFrame]()
	l.frameSize = frT.Size()
	l.framePrg = at(frT, "prg", typeIs(pf.Type))
	l.frameName = at(frT, "funcName", typeIs(reflect.TypeFor[unistring.String]()))
	if !ok {
		return nil
	}
	return &l
})

// gojaVM is a view of goja's interpreter state for one Runtime.
type gojaVM struct {
	l *gojaLayout
	p unsafe.Pointer // *vm
}

func gojaVMOf(rt *goja.Runtime) (gojaVM, bool) {
	l := gojaLayoutOnce()
	if l == nil {
		return gojaVM{}, false
	}
	p := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(rt), l.rtVM))
	return gojaVM{l, p}, p != nil
}

func (v gojaVM) int(off uintptr) int { return *(*int)(unsafe.Add(v.p, off)) }

func (v gojaVM) stack() []goja.Value { return *(*[]goja.Value)(unsafe.Add(v.p, v.l.vmStack)) }

// slot is the value n places below the top of goja's value stack.
func (v gojaVM) slot(n int) (goja.Value, bool) {
	st, sp := v.stack(), v.int(v.l.vmSP)
	if n < 1 || sp-n < 0 || sp-n >= len(st) {
		return nil, false
	}
	return st[sp-n], true
}

// instruction is the instruction goja is executing, as its type's name
// ("getProp", "_getElem", …) and its value.
func (v gojaVM) instruction() (string, reflect.Value, bool) {
	prg := *(*unsafe.Pointer)(unsafe.Add(v.p, v.l.vmPrg))
	if prg == nil {
		return "", reflect.Value{}, false // a native function is running
	}
	code := reflect.NewAt(v.l.codeType, unsafe.Add(prg, v.l.prgCode)).Elem()
	pc := v.int(v.l.vmPC)
	if pc < 0 || pc >= code.Len() {
		return "", reflect.Value{}, false
	}
	in := code.Index(pc)
	if in.IsNil() {
		return "", reflect.Value{}, false
	}
	in = in.Elem()
	return in.Type().Name(), in, true
}

// frameCtx is one call frame as goja's interpreter keeps it: enough to
// find the function and its receiver on the value stack.
type frameCtx struct {
	prg       unsafe.Pointer // nil: a Go function
	sb        int            // stack base: [sb-1] is the callee, [sb] this
	newTarget goja.Value
}

// frameCursor walks the interpreter's frames from the innermost, skipping
// the ones goja's captureStack skips, so that they pair one to one with
// the StackFrames of an error made at this moment (awaiting callers, which
// goja adds after them, have none).
type frameCursor struct {
	g   gojaVM
	i   int // next callStack index; len+1 before the current frame
	end bool
}

func (v gojaVM) cursor() frameCursor {
	cs := (*sliceHeader)(unsafe.Add(v.p, v.l.vmCall))
	return frameCursor{g: v, i: cs.len + 1}
}

func (c *frameCursor) next() (frameCtx, bool) {
	l, p := c.g.l, c.g.p
	cs := (*sliceHeader)(unsafe.Add(p, l.vmCall))
	for !c.end {
		var f frameCtx
		if c.i > cs.len {
			f = frameCtx{*(*unsafe.Pointer)(unsafe.Add(p, l.vmPrg)), c.g.int(l.vmSB), *(*goja.Value)(unsafe.Add(p, l.vmNewTarget))}
			c.i = cs.len - 1
		} else if c.i >= 0 {
			x := unsafe.Add(cs.data, uintptr(c.i)*l.ctxSize)
			f = frameCtx{*(*unsafe.Pointer)(unsafe.Add(x, l.ctxPrg)), *(*int)(unsafe.Add(x, l.ctxSB)), *(*goja.Value)(unsafe.Add(x, l.ctxNewTarget))}
			c.i--
		} else {
			c.end = true
			break
		}
		if f.prg != nil || f.sb > 0 {
			return f, true
		}
	}
	return frameCtx{}, false
}

type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

// objectImpl is o's implementation (goja's Object.self): its dynamic
// type and a pointer to it.
func objectImpl(o *goja.Object) (reflect.Type, unsafe.Pointer) {
	l := gojaLayoutOnce()
	if l == nil || o == nil {
		return nil, nil
	}
	self := reflect.NewAt(l.selfType, unsafe.Add(unsafe.Pointer(o), l.objSelf)).Elem()
	if self.IsNil() {
		return nil, nil
	}
	impl := self.Elem()
	if impl.Kind() != reflect.Pointer {
		return nil, nil
	}
	return impl.Type(), impl.UnsafePointer()
}

// hookConstruct replaces the construct function of ctor, one of goja's
// native constructors, with wrap(original). It reports false, changing
// nothing, when ctor is not laid out as expected.
func hookConstruct(ctor *goja.Object, wrap func(ctorFunc) ctorFunc) bool {
	t, p := objectImpl(ctor)
	if t == nil || t.Elem().Name() != "nativeFuncObject" || t.Elem().PkgPath() != gojaPkgPath {
		return false
	}
	off, ok := fieldAt(t.Elem(), "construct", typeIs(reflect.TypeFor[ctorFunc]()))
	if !ok {
		return false
	}
	fp := (*ctorFunc)(unsafe.Add(p, off))
	if *fp == nil {
		return false
	}
	*fp = wrap(*fp)
	return true
}

// hookCall replaces the call function of ctor, one of goja's native
// functions (an error constructor called without new), with
// wrap(original); false when ctor is not laid out as expected.
func hookCall(ctor *goja.Object, wrap func(func(goja.FunctionCall) goja.Value) func(goja.FunctionCall) goja.Value) bool {
	t, p := objectImpl(ctor)
	if t == nil || t.Elem().Name() != "nativeFuncObject" || t.Elem().PkgPath() != gojaPkgPath {
		return false
	}
	off, ok := fieldAt(t.Elem(), "f", typeIs(reflect.TypeFor[func(goja.FunctionCall) goja.Value]()))
	if !ok {
		return false
	}
	fp := (*func(goja.FunctionCall) goja.Value)(unsafe.Add(p, off))
	if *fp == nil {
		return false
	}
	*fp = wrap(*fp)
	return true
}
