package runtime

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// err.stack as a program reads it is V8's text: "Error: msg\n    at fn
// (file:///x.ts:6:86)", methods named after their receiver's class
// ("Service.run"), constructors "new Foo", the CommonJS top level
// "Object.<anonymous>", awaiting callers "async fn", the runtime's own
// frames left out and at most Error.stackTraceLimit frames, as an accessor
// pair shared by all errors (V8's shape).
//
// goja formats its own text on the first read, from frames it captured when
// the error was made. What V8 prints but goja's frames lack (whether a
// frame is a constructor call, its receiver) is only known at that moment,
// so the hook on the error constructors (errors_goja.go) looks at goja's
// call frames right after the error is made and writes each frame's label
// into the frame's name (goja prints a program frame by its program's name,
// so its own texts do not change). That is a few pointer reads per frame,
// and a class-name lookup per method frame; the positions, which take a
// source-map lookup each, are formatted on the first read, as goja does.

// errorLayout is where goja's errorObject keeps its frames and whether it
// made its stack property.
type errorLayout struct {
	frames, propAdded, propName uintptr
	// selfOff is goja.Object's implementation field; itab the type word
	// of that interface holding an *errorObject.
	selfOff uintptr
	itab    unsafe.Pointer
}

var errorLayoutOnce = sync.OnceValue(func() *errorLayout {
	gl := gojaLayoutOnce()
	if gl == nil {
		return nil
	}
	frameOffsets.name, frameOffsets.prg = gl.frameName, gl.framePrg
	pc, ok := fieldAt(reflect.TypeFor[goja.StackFrame](), "pc", kindIs(reflect.Int))
	if !ok {
		return nil
	}
	framePCOff = pc
	sample := goja.New().NewTypeError("")
	t, _ := objectImpl(sample)
	if t == nil || t.Elem().Name() != "errorObject" || gl.selfType.Kind() != reflect.Interface || gl.selfType.NumMethod() == 0 {
		return nil
	}
	l := &errorLayout{selfOff: gl.objSelf}
	l.itab = (*[2]unsafe.Pointer)(unsafe.Add(unsafe.Pointer(sample), gl.objSelf))[0]
	var ok1, ok2, ok3 bool
	l.frames, ok1 = fieldAt(t.Elem(), "stack", typeIs(reflect.TypeFor[[]goja.StackFrame]()))
	l.propAdded, ok2 = fieldAt(t.Elem(), "stackPropAdded", kindIs(reflect.Bool))
	l.propName, ok3 = fieldAt(t.Elem(), "propNames", typeIs(reflect.TypeFor[[]unistring.String]()))
	if !ok1 || !ok2 || !ok3 {
		return nil
	}
	return l
})

// errorImpl is o's goja errorObject, or nil. It runs for every error
// made: the implementation's type is told by the interface's type word
// (one per dynamic type) rather than by reflection.
func errorImpl(o *goja.Object) unsafe.Pointer {
	l := errorLayoutOnce()
	if l == nil || o == nil {
		return nil
	}
	w := (*[2]unsafe.Pointer)(unsafe.Add(unsafe.Pointer(o), l.selfOff))
	if w[0] != l.itab {
		return nil
	}
	return w[1]
}

func errorFrames(e unsafe.Pointer) *[]goja.StackFrame {
	return (*[]goja.StackFrame)(unsafe.Add(e, errorLayoutOnce().frames))
}

// frameOffsets are StackFrame's name and program fields, known once the
// layout is (errorLayoutOnce checks it first).
var frameOffsets struct{ name, prg uintptr }

func frameName(f *goja.StackFrame) *unistring.String {
	return (*unistring.String)(unsafe.Add(unsafe.Pointer(f), frameOffsets.name))
}

func framePrg(f *goja.StackFrame) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(f), frameOffsets.prg))
}

func frameIsNative(f *goja.StackFrame) bool { return framePrg(f) == nil }

// internalFrame: a frame of the runtime's own scripts, which Node's own
// frames would not match anyway.
func internalFrame(f *goja.StackFrame) bool {
	if frameIsNative(f) {
		return false
	}
	n := f.SrcName()
	return strings.HasPrefix(n, "node:internal/") || strings.HasPrefix(n, "tsrun:")
}

// asyncMark ends the label of an awaiting caller with no name: V8 prints
// "at async file:…", its location without parentheses.
const asyncMark = "async "

// stackLabeler gives frames V8's names; one per VM.
type stackLabeler struct {
	vm              *VM
	global, errCtor *goja.Object
	// lastLimit is the value of Error.stackTraceLimit last read, limit
	// what it meant.
	lastLimit goja.Value
	limit     int
	// classNames caches a prototype's constructor name, and labels a
	// method frame's label by its receiver's prototype and its name: a
	// program that throws in a loop looks each up once.
	classNames map[*goja.Object]string
	labels     map[methodKey]unistring.String
	// recent holds method labels by prototype and program, in front of
	// labels: hashing a methodKey cost more than the rest of a frame.
	recent [64]recentLabel
}

type recentLabel struct {
	proto *goja.Object
	prg   unsafe.Pointer
	label unistring.String
}

// methodKey is a receiver's prototype and the function's program (its
// name for a native, which has none): a pointer pair hashes faster than a
// name.
type methodKey struct {
	proto *goja.Object // the callee, for a constructor
	prg   unsafe.Pointer
	name  unistring.String
	ctor  bool
}

// label relabels frames, captured just now, in place as V8 names them
// and returns the ones V8 would print: the runtime's own and nameless
// native frames left out, those above skipUntil's topmost call (and that
// call) dropped when it is given, at most limit.
func (s *stackLabeler) label(frames []goja.StackFrame, skipUntil *goja.Object, limit int) []goja.StackFrame {
	return s.labelFrom(frames, 0, skipUntil, limit)
}

// labelFrom is label with the first start frames dropped too.
func (s *stackLabeler) labelFrom(frames []goja.StackFrame, start int, skipUntil *goja.Object, limit int) []goja.StackFrame {
	g, ok := gojaVMOf(s.vm.RT)
	if !ok {
		return frames
	}
	// The interpreter's frames must be the ones goja captured, frame for
	// frame, before any is relabelled.
	cur := g.cursor()
	for i := range frames {
		c, ok := cur.next()
		if !ok {
			break
		}
		if c.prg != framePrg(&frames[i]) {
			return frames
		}
	}
	st := g.stack()
	cur = g.cursor()
	if skipUntil != nil {
		for i := 0; ; i++ {
			c, ok := cur.next()
			if !ok {
				break
			}
			if c.sb > 0 && c.sb <= len(st) && st[c.sb-1] == goja.Value(skipUntil) {
				start = max(start, i+1)
				break
			}
		}
		cur = g.cursor()
	}
	out := frames[:0]
	for i := 0; i < len(frames) && len(out) < limit; i++ {
		f := frames[i]
		c, ok := cur.next()
		if i < start {
			continue
		}
		var cp *frameCtx
		if ok {
			cp = &c
		}
		if frameIsNative(&f) && i+1 < len(frames) && internalFrame(&frames[i+1]) {
			continue // called by the runtime's own code: its plumbing
		}
		lbl, keep := s.frameLabel(st, &f, cp)
		if !keep {
			continue
		}
		*frameName(&f) = lbl
		out = append(out, f)
	}
	return out
}

var (
	labelCJS   = unistring.NewFromString("Object.<anonymous>")
	labelAsync = unistring.NewFromString(asyncMark)
)

// frameLabel is what V8 prints before a frame's location, and whether V8
// prints the frame at all.
func (s *stackLabeler) frameLabel(st []goja.Value, f *goja.StackFrame, c *frameCtx) (unistring.String, bool) {
	raw := *frameName(f)
	if frameIsNative(f) {
		if raw == "" || raw == "apply" || raw == "call" {
			// V8 shows no frame for Function.prototype.call/apply (apply
			// is also the loop's trampoline calling a callback).
			return "", false
		}
		if q, ok := nativeFrameNames[raw.String()]; ok {
			return unistring.NewFromString(q), true
		}
		// goja calls a native with its receiver just below the callee.
		if c != nil && c.sb >= 2 && c.sb <= len(st) {
			if recv, ok := st[c.sb-2].(*goja.Object); ok && recv != s.global {
				return s.methodLabel(recv, f), true
			}
		}
		return raw, true
	}
	if internalFrame(f) {
		return "", false
	}
	if raw == cjsWrapperName {
		return labelCJS, true
	}
	if c == nil {
		// Past the interpreter's frames: goja's awaiting callers.
		if raw == "" {
			return labelAsync, true
		}
		return unistring.NewFromString("async " + raw.String()), true
	}
	if c.newTarget != nil && !goja.IsUndefined(c.newTarget) {
		k := methodKey{prg: framePrg(f), ctor: true}
		if c.sb > 0 && c.sb <= len(st) {
			k.proto, _ = st[c.sb-1].(*goja.Object)
		}
		if l, ok := s.labels[k]; ok {
			return l, true
		}
		name := raw.String()
		if name == "" && k.proto != nil {
			name = s.ownName(k.proto) // a class constructor's program is nameless
		}
		if name == "" {
			name = "<anonymous>"
		}
		l := unistring.NewFromString("new " + name)
		s.cache(k, l)
		return l, true
	}
	if c.sb >= 0 && c.sb < len(st) {
		if recv, ok := st[c.sb].(*goja.Object); ok && recv != s.global {
			return s.methodLabel(recv, f), true
		}
	}
	return raw, true
}

// ownName is fn's name when it is a string.
func (s *stackLabeler) ownName(fn *goja.Object) string {
	var n string
	_ = s.vm.RT.Try(func() { n, _ = fn.Get("name").Export().(string) })
	return n
}

// methodLabel is "Class.name" for a call of the function named name on
// recv.
func (s *stackLabeler) methodLabel(recv *goja.Object, f *goja.StackFrame) unistring.String {
	name := *frameName(f)
	k := methodKey{proto: recv.Prototype(), prg: framePrg(f)}
	if k.prg == nil {
		k.name = name
	}
	if _, isFn := goja.AssertFunction(recv); isFn {
		k.proto = recv
	}
	slot := &s.recent[(uintptr(k.prg)>>4^uintptr(unsafe.Pointer(k.proto))>>4)%uintptr(len(s.recent))]
	if k.prg != nil && slot.prg == k.prg && slot.proto == k.proto {
		return slot.label
	}
	if l, ok := s.labels[k]; ok {
		if k.prg != nil {
			*slot = recentLabel{k.proto, k.prg, l}
		}
		return l
	}
	n := name.String()
	if n == "" {
		n = "<anonymous>"
	}
	l := unistring.NewFromString(s.className(recv) + "." + n)
	s.cache(k, l)
	return l
}

func (s *stackLabeler) cache(k methodKey, l unistring.String) {
	if s.labels == nil || len(s.labels) > 4096 {
		s.labels = map[methodKey]unistring.String{}
	}
	s.labels[k] = l
}

// className is V8's type name for a receiver: its constructor's name, or
// "Object".
func (s *stackLabeler) className(o *goja.Object) string {
	if _, isFn := goja.AssertFunction(o); isFn {
		// A static method's receiver is the class: V8 names the class.
		if n := s.ownName(o); n != "" {
			return n
		}
		return "Function"
	}
	proto := o.Prototype()
	if proto == nil {
		return "Object"
	}
	if n, ok := s.classNames[proto]; ok {
		return n
	}
	n := "Object"
	_ = s.vm.RT.Try(func() {
		if c, ok := proto.Get("constructor").(*goja.Object); ok {
			if v := s.ownName(c); v != "" {
				n = v
			}
		}
	})
	if s.classNames == nil || len(s.classNames) > 1024 {
		s.classNames = map[*goja.Object]string{}
	}
	s.classNames[proto] = n
	return n
}

// formatFrames writes frames, labelled by label, as V8's "    at" lines.
func formatFrames(b *strings.Builder, frames []goja.StackFrame) {
	for i := range frames {
		f := &frames[i]
		name := frameName(f).String()
		b.WriteString("\n    at ")
		if frameIsNative(f) {
			b.WriteString(name)
			b.WriteString(" (<anonymous>)")
			continue
		}
		p := f.Position()
		loc := p.Filename
		if loc == "" {
			loc = "<anonymous>"
		}
		loc += ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
		switch {
		case name == "":
			b.WriteString(loc)
		case name == asyncMark:
			b.WriteString(asyncMark + loc)
		default:
			b.WriteString(name + " (" + loc + ")")
		}
	}
}

// stackTraceLimit is Error.stackTraceLimit as V8 reads it when an error
// is made; -1 when it is not a number.
func (s *stackLabeler) stackTraceLimit() int {
	v := s.errCtor.Get("stackTraceLimit")
	if v != nil && s.lastLimit != nil && v.SameAs(s.lastLimit) {
		return s.limit
	}
	n := -1
	if v != nil {
		if k := v.ExportType(); k != nil && (k.Kind() == reflect.Int64 || k.Kind() == reflect.Float64) {
			n = int(max(0, min(v.ToInteger(), 1<<20)))
		}
	}
	s.lastLimit, s.limit = v, n
	return n
}

// The stack's text, once made or set, is kept with the error's frames: in
// a frame past the slice's length (inside its capacity), which no reader
// of the frames sees (a thrown error's goja.Exception takes the slice as it
// is). Its program is nil and its pc stackTextPC, which no frame has.
const stackTextPC = -0x57ac

var framePCOff uintptr

func stackText(fs *[]goja.StackFrame) (unistring.String, bool) {
	f := *fs
	if cap(f) == len(f) {
		return "", false
	}
	t := &f[:len(f)+1][len(f)]
	if framePrg(t) != nil || *(*int)(unsafe.Add(unsafe.Pointer(t), framePCOff)) != stackTextPC {
		return "", false
	}
	return *frameName(t), true
}

func setStackText(fs *[]goja.StackFrame, text unistring.String) {
	f := *fs
	if cap(f) == len(f) {
		g := make([]goja.StackFrame, len(f), len(f)+1)
		copy(g, f)
		f = g
		*fs = f
	}
	t := &f[:len(f)+1][len(f)]
	*t = goja.StackFrame{}
	*(*int)(unsafe.Add(unsafe.Pointer(t), framePCOff)) = stackTextPC
	*frameName(t) = text
}

func init() {
	// Before captureStackTrace (errors_capture.go), which uses the labeler.
	registerGlobals(4, "errorStacks", installErrorStacks)
}

// errorClasses are the intrinsic error constructors whose instances get
// V8's stack.
var errorClasses = []string{"Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError"}

// gojaStacks leaves goja's stack text in place: benchmarks compare.
var gojaStacks bool

func installErrorStacks(vm *VM) error {
	rt := vm.RT
	if gojaStacks || errorLayoutOnce() == nil {
		return nil // goja's own text (TestGojaLayout reports it)
	}
	errCtor := rt.Get("Error").ToObject(rt)
	labeler := &stackLabeler{vm: vm, global: rt.GlobalObject(), errCtor: errCtor}
	must(vm.internal.Set("stackLabeler", labeler))
	// holder is the error whose stack a getter or setter called with this
	// stands for: this, or the error it inherits from.
	holder := func(this goja.Value) (*goja.Object, unsafe.Pointer) {
		o, _ := this.(*goja.Object)
		for n := 0; o != nil && n < 100; n++ {
			if e := errorImpl(o); e != nil {
				return o, e
			}
			o = o.Prototype()
		}
		return nil, nil
	}
	getter := anonymousFunc(rt, func(c goja.FunctionCall) goja.Value {
		o, e := holder(c.This)
		if o == nil {
			return goja.Undefined()
		}
		fs := errorFrames(e)
		if t, ok := stackText(fs); ok {
			return rt.ToValue(t.String())
		}
		var b strings.Builder
		b.WriteString(errorHeader(o))
		formatFrames(&b, *fs)
		setStackText(fs, unistring.NewFromString(b.String()))
		return rt.ToValue(b.String())
	})
	setter := anonymousFunc(rt, func(c goja.FunctionCall) goja.Value {
		v := c.Argument(0)
		o, e := holder(c.This)
		if str, isStr := v.Export().(string); o != nil && isStr {
			setStackText(errorFrames(e), unistring.NewFromString(str))
			return goja.Undefined()
		}
		// Only a string fits where the text is kept: anything else is
		// kept as a data property, as V8 keeps it under its accessor.
		if t, ok := c.This.(*goja.Object); ok {
			_ = t.DefineDataProperty("stack", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		return goja.Undefined()
	})
	el := errorLayoutOnce()
	// adopt gives obj, an error just made, V8's stack: its frames from
	// start, below skip's call when given, labelled, under the shared
	// accessor.
	adopt := func(obj *goja.Object, start int, skip *goja.Object) {
		e := errorImpl(obj)
		if e == nil || *(*bool)(unsafe.Add(e, el.propAdded)) {
			return
		}
		fs := errorFrames(e)
		*(*bool)(unsafe.Add(e, el.propAdded)) = true
		limit := labeler.stackTraceLimit()
		if limit < 0 {
			*fs = nil // V8 then gives the error no stack at all
			return
		}
		*fs = labeler.labelFrom(*fs, start, skip, limit)
		if obj.DefineAccessorProperty("stack", getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE) == nil {
			// V8 lists stack first.
			pn := *(*[]unistring.String)(unsafe.Add(e, el.propName))
			if n := len(pn); n > 1 && pn[n-1] == "stack" {
				copy(pn[1:], pn[:n-1])
				pn[0] = "stack"
			}
		}
	}
	for _, name := range errorClasses {
		ctor, ok := rt.Get(name).(*goja.Object)
		if !ok {
			continue
		}
		hookConstruct(ctor, func(orig ctorFunc) ctorFunc {
			return func(args []goja.Value, newTarget *goja.Object) *goja.Object {
				obj := orig(args, newTarget)
				var skip *goja.Object
				if newTarget != nil && newTarget != ctor {
					skip = newTarget // a subclass: V8 starts below its constructors
				}
				adopt(obj, 0, skip)
				return obj
			}
		})
		// Error("x") without new: goja's frames start with the
		// constructor's own native frame, which V8 does not show.
		hookCall(ctor, func(orig func(goja.FunctionCall) goja.Value) func(goja.FunctionCall) goja.Value {
			return func(c goja.FunctionCall) goja.Value {
				v := orig(c)
				if obj, ok := v.(*goja.Object); ok {
					adopt(obj, 1, nil)
				}
				return v
			}
		})
	}
	return nil
}

// labelerOf is the VM's stack labeler, or nil when goja's stacks stay.
func labelerOf(vm *VM) *stackLabeler {
	if x := vm.internal.Get("stackLabeler"); x != nil {
		l, _ := x.Export().(*stackLabeler)
		return l
	}
	return nil
}
