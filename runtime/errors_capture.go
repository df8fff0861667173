package runtime

// Error.captureStackTrace and Error.stackTraceLimit, which goja lacks and
// which custom Error classes call in their constructors
// (Error.captureStackTrace(this, MyError)): without them such a class
// throws a TypeError the moment it is constructed.

import (
	"bytes"
	"strings"

	"github.com/dop251/goja"
)

func init() {
	registerGlobals(5, "captureStackTrace", installCaptureStackTrace)
}

// defaultStackTraceLimit is V8's.
const defaultStackTraceLimit = 10

func installCaptureStackTrace(vm *VM) error {
	rt := vm.RT
	errCtor := rt.Get("Error").ToObject(rt)
	capture := func(call goja.FunctionCall) goja.Value {
		obj, ok := call.Argument(0).(*goja.Object)
		if !ok {
			// V8's wording, odd as it is.
			panic(rt.NewTypeError("invalid_argument"))
		}
		frames := rt.CaptureCallStack(0, nil)
		fn, _ := call.Argument(1).(*goja.Object)
		limit := defaultStackTraceLimit
		if l := errCtor.Get("stackTraceLimit"); l != nil {
			if n := l.ToInteger(); n >= 0 {
				limit = int(min(n, 1<<20))
			}
		}
		var tail string
		if lb := labelerOf(vm); lb != nil {
			// frames[0] is this native; V8 also hides everything above
			// the topmost call of the function given as the second
			// argument.
			frames = lb.labelFrom(frames, 1, fn, limit)
			var b strings.Builder
			formatFrames(&b, frames)
			tail = b.String()
		} else {
			frames = frames[1:]
			if fn != nil {
				frames = framesBelow(frames, fn)
			}
			if limit < len(frames) {
				frames = frames[:limit]
			}
			// goja's own format, as its errors' stacks are then.
			var b bytes.Buffer
			for i := range frames {
				b.WriteString("\n\tat ")
				frames[i].Write(&b)
			}
			tail = b.String()
		}
		// V8 writes the header when the stack is first read, from the
		// object's name and message at that time (a constructor sets
		// this.name after the capture); a write replaces the whole value.
		var cached goja.Value
		getter := anonymousFunc(rt, func(c goja.FunctionCall) goja.Value {
			if cached == nil {
				cached = rt.ToValue(errorHeader(obj) + tail)
			}
			return cached
		})
		setter := anonymousFunc(rt, func(c goja.FunctionCall) goja.Value {
			cached = c.Argument(0)
			return goja.Undefined()
		})
		must(obj.DefineAccessorProperty("stack", getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE))
		return goja.Undefined()
	}
	fn := rt.ToValue(capture).ToObject(rt)
	if err := fn.DefineDataProperty("length", rt.ToValue(2), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	if err := fn.DefineDataProperty("name", rt.ToValue("captureStackTrace"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	if err := errCtor.DefineDataProperty("captureStackTrace", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	return errCtor.DefineDataProperty("stackTraceLimit", rt.ToValue(defaultStackTraceLimit), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// errorHeader is Error.prototype.toString's text for o: "name: message",
// with "Error" for a missing name and either part alone when the other is
// empty.
func errorHeader(o *goja.Object) string {
	name, msg := "Error", ""
	if v := o.Get("name"); v != nil && !goja.IsUndefined(v) {
		name = v.String()
	}
	if v := o.Get("message"); v != nil && !goja.IsUndefined(v) {
		msg = v.String()
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

// framesBelow drops the frames from the top down to the topmost call of fn.
// goja records no function identity in a frame, only its name, and a class
// constructor's frame is "<anonymous>": for a class fn (no frame of its
// name) the leading anonymous frames go, the constructors of the new
// expression that is running.
func framesBelow(frames []goja.StackFrame, fn *goja.Object) []goja.StackFrame {
	if name := fn.Get("name"); name != nil && name.String() != "" {
		for i := range frames {
			if frames[i].FuncName() == name.String() {
				return frames[i+1:]
			}
		}
	}
	i := 0
	for i < len(frames) && frames[i].FuncName() == "<anonymous>" {
		i++
	}
	return frames[i:]
}

// anonymousFunc is a native function whose name is "" (a Go function's
// name otherwise shows its Go symbol), printed [Function (anonymous)].
func anonymousFunc(rt *goja.Runtime, f func(goja.FunctionCall) goja.Value) goja.Value {
	o := rt.ToValue(f).ToObject(rt)
	must(o.DefineDataProperty("name", rt.ToValue(""), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	return o
}
