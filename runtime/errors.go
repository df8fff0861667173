package runtime

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// This file is what happens to an exception nobody caught and to a promise
// rejection nobody handled: Node's 'uncaughtException' /
// 'unhandledRejection' events, and when no listener takes them, the fatal
// report (the `file:line` header, source line and caret, the error, and
// `Node.js v26…`) and exit code 1.

// rejectionTracker follows goja's promise rejection tracker the way Node's
// lib/internal/process/promises.js does: rejections still unhandled after
// the microtask drain are reported; a reported one handled later emits
// 'rejectionHandled'.
type rejectionTracker struct {
	pending  []*goja.Promise
	unhandle map[*goja.Promise]bool // pending and not handled since
	reported map[*goja.Promise]bool
	handled  []*goja.Promise // reported, then handled: 'rejectionHandled' due
}

func (l *Loop) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	rt := &l.rejections
	if rt.unhandle == nil {
		rt.unhandle = map[*goja.Promise]bool{}
		rt.reported = map[*goja.Promise]bool{}
	}
	switch op {
	case goja.PromiseRejectionReject:
		rt.pending = append(rt.pending, p)
		rt.unhandle[p] = true
	case goja.PromiseRejectionHandle:
		if rt.unhandle[p] {
			delete(rt.unhandle, p)
			return
		}
		if rt.reported[p] {
			delete(rt.reported, p)
			rt.handled = append(rt.handled, p)
		}
	}
}

// processRejections is Node's processPromiseRejections; it reports whether
// it ran JavaScript (so ticks or jobs may be due again).
func (l *Loop) processRejections() bool {
	rt := &l.rejections
	if len(rt.pending) == 0 && len(rt.handled) == 0 {
		return false
	}
	ran := false
	for len(rt.handled) > 0 && !l.stopped {
		p := rt.handled[0]
		rt.handled = rt.handled[1:]
		ran = l.vm.proc.emit("rejectionHandled", l.vm.RT.ToValue(p)) || ran
	}
	for len(rt.pending) > 0 && !l.stopped {
		p := rt.pending[0]
		rt.pending = rt.pending[1:]
		if !rt.unhandle[p] {
			continue
		}
		delete(rt.unhandle, p)
		rt.reported[p] = true
		ran = true
		reason := p.Result()
		if l.vm.proc.listenerCount("unhandledRejection") > 0 {
			l.vm.proc.emit("unhandledRejection", reason, l.vm.RT.ToValue(p))
			continue
		}
		l.vm.triggerUncaught(reason, nil, true)
	}
	return ran
}

// uncaught handles an error returned by a JavaScript call made from the
// loop.
func (l *Loop) uncaught(err error) {
	if isExit(err) {
		l.vm.RT.ClearInterrupt()
		return
	}
	var soe *goja.StackOverflowError
	if errors.As(err, &soe) {
		st := soe.Stack()
		l.vm.triggerUncaught(l.vm.stackOverflowError(st), st, false)
		return
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		frame := ex.Stack()
		var ie *goja.InterruptedError
		if errors.As(err, &ie) {
			l.vm.RT.ClearInterrupt()
			l.vm.fatalText("tsrun: interrupted: " + ie.String() + "\n")
			return
		}
		l.vm.triggerUncaught(ex.Value(), frame, false)
		return
	}
	l.vm.fatalText("tsrun: internal error: " + err.Error() + "\n")
}

// stackOverflowError is Node's RangeError for goja's (uncatchable) stack
// overflow, with the innermost ten frames as V8 keeps them.
func (vm *VM) stackOverflowError(st []goja.StackFrame) goja.Value {
	const msg = "Maximum call stack size exceeded"
	v, err := vm.RT.New(vm.RT.Get("RangeError"), vm.RT.ToValue(msg))
	if err != nil {
		return vm.RT.ToValue(msg)
	}
	var b strings.Builder
	b.WriteString("RangeError: " + msg)
	for i := range st[:min(len(st), 10)] {
		p := st[i].Position()
		b.WriteString("\n    at ")
		if n := st[i].FuncName(); n != "" && n != "<anonymous>" {
			fmt.Fprintf(&b, "%s (%s:%d:%d)", n, p.Filename, p.Line, p.Column)
		} else {
			fmt.Fprintf(&b, "%s:%d:%d", p.Filename, p.Line, p.Column)
		}
	}
	must(v.DefineDataProperty("stack", vm.RT.ToValue(b.String()), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	return v
}

// triggerUncaught is Node's triggerUncaughtException: 'uncaughtException'
// listeners take the error and the program goes on; without one it is
// fatal. throwStack is goja's stack of the throw (nil for a rejection;
// for an Error, goja gives the stack of its construction).
func (vm *VM) triggerUncaught(val goja.Value, throwStack []goja.StackFrame, fromPromise bool) {
	p := vm.proc
	origin := "uncaughtException"
	if fromPromise {
		origin = "unhandledRejection"
	}
	if fromPromise && !isErrorObject(vm, val) {
		val = vm.unhandledRejectionError(val)
	}
	vm.useV8Message(val)
	if p.materialized() && !vm.Loop.stopped {
		o := vm.RT.ToValue(origin)
		if p.listenerCount("uncaughtExceptionMonitor") > 0 {
			p.emit("uncaughtExceptionMonitor", val, o)
		}
		if p.listenerCount("uncaughtException") > 0 {
			p.emit("uncaughtException", val, o)
			return
		}
	}
	if vm.Loop.stopped {
		return
	}
	vm.printFatal(val, throwStack, fromPromise)
	code := p.emitExit(1)
	if !vm.Loop.stopped {
		vm.Loop.stop(code)
	}
}

// unhandledRejectionError is Node's UnhandledPromiseRejection for a
// rejection whose reason is not an Error.
func (vm *VM) unhandledRejectionError(reason goja.Value) goja.Value {
	msg := "This error originated either by throwing inside of an async function without a catch block, " +
		"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"" +
		vm.noSideEffectsToString(reason) + "\"."
	e, err := vm.RT.New(vm.RT.Get("Error"), vm.RT.ToValue(msg))
	if err != nil {
		return reason
	}
	must(e.DefineDataProperty("name", vm.RT.ToValue("UnhandledPromiseRejection"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(e.Set("code", "ERR_UNHANDLED_REJECTION"))
	must(e.DefineDataProperty("stack", vm.RT.ToValue("UnhandledPromiseRejection: "+msg+unhandledRejectionFrames),
		goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(e.DefineDataProperty(kUnhandledMarker, vm.RT.ToValue(true), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	return e
}

const kUnhandledMarker = "__tsrunUnhandledRejection"

// Node's own frames for UnhandledPromiseRejection: its fatal report shows
// them, and programs compare that text.
const unhandledRejectionFrames = `
    at throwUnhandledRejectionsMode (node:internal/process/promises:322:7)
    at processPromiseRejections (node:internal/process/promises:405:17)
    at process.processTicksAndRejections (node:internal/process/task_queues:106:37)`

// unhandledErrorEventHeader is where Node's emit throws an Error emitted
// as an 'error' event nobody listens to.
const unhandledErrorEventHeader = "node:events:505\n    throw er; // Unhandled 'error' event\n    ^\n"

// thrownByEmit reports whether v is an Error that emit threw for want of
// an 'error' listener: js/events.js marks it for the stack enhancement
// Node's report adds ("Emitted 'error' event on ... at:").
func (vm *VM) thrownByEmit(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	ev := vm.Internal().Get("issue5Events")
	if ev == nil || goja.IsUndefined(ev) {
		return false
	}
	sym, ok := ev.ToObject(vm.RT).Get("kEnhanceStackBeforeInspector").(*goja.Symbol)
	if !ok {
		return false
	}
	mark := o.GetSymbol(sym)
	return mark != nil && !goja.IsUndefined(mark)
}

// Node's header for a rejected module evaluation whose error has no frame
// in the program (an fs error, say): the line of its own loader.
const mainRejectionHeader = "node:internal/modules/run_main:111\n    triggerUncaughtException(\n    ^\n"

const unhandledRejectionHeader = "node:internal/process/promises:322\n      new UnhandledPromiseRejection(reason);\n      ^\n\n"

func isErrorObject(vm *VM, v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	ctor, ok := vm.RT.Get("Error").(*goja.Object)
	return ok && o.ClassName() == "Error" || (ok && vm.instanceOf(o, ctor))
}

func (vm *VM) instanceOf(o, ctor *goja.Object) bool {
	var res bool
	_ = vm.RT.Try(func() { res = vm.RT.InstanceOf(o, ctor) })
	return res
}

// printFatal writes Node's report for an uncaught error.
func (vm *VM) printFatal(val goja.Value, throwStack []goja.StackFrame, fromPromise bool) {
	var b strings.Builder
	isErr := isErrorObject(vm, val)
	if o, ok := val.(*goja.Object); ok && o.Get(kUnhandledMarker) != nil && !goja.IsUndefined(o.Get(kUnhandledMarker)) {
		b.WriteString(unhandledRejectionHeader)
		b.WriteString(vm.inspectFatal(val))
		b.WriteString("\n\nNode.js " + NodeVersion + "\n")
		vm.writeStderr(b.String())
		return
	}
	// Where to point: V8 names the throw statement that last threw a
	// synchronously uncaught value (errors_throw.go), or for an
	// exception the engine or a binding raised, where it was raised. A
	// rejection (an ES module's failed evaluation included) has no throw
	// site: an Error is reported where it was made.
	var cands []framePos
	addFrame := func(f *goja.StackFrame) {
		p := f.Position()
		cands = append(cands, framePos{p.Filename, p.Line, p.Column})
	}
	// A synchronous fs call's error is made in Node's lib/fs.js, and an
	// unhandled 'error' event is thrown by its lib/events.js: the site is
	// there unless a throw of the program's threw the value since.
	fsHeader := ""
	if sync := !fromPromise && !vm.mainRejected && len(throwStack) > 0; sync {
		if p, ok := vm.lastThrow(val); ok {
			cands = append(cands, p)
		} else if h := vm.jsonErrorHeader(val); h != "" {
			fsHeader = h
		} else if h := vm.assertErrorHeader(val, false); h != "" { // mod_assert.go
			fsHeader = h
		} else if vm.thrownByEmit(val) {
			fsHeader = unhandledErrorEventHeader
		} else {
			fsHeader = vm.fsErrorHeader(val, false)
		}
		for i := range throwStack {
			addFrame(&throwStack[i])
		}
	} else if isErr {
		if fsHeader = vm.jsonErrorHeader(val); fsHeader == "" {
			fsHeader = vm.fsErrorHeader(val, true)
		}
		if fsHeader == "" {
			fsHeader = vm.assertErrorHeader(val, true) // mod_assert.go
		}
		cands = vm.skipSuperFrames(framePositions(val.(*goja.Object).Get("stack")))
	}
	if fsHeader != "" {
		cands = nil
	}
	file, line, col := "", 0, 0
	src := ""
	for _, c := range cands {
		if text, ok := vm.sourceLine(c.file, c.line); ok {
			file, line, col, src = c.file, c.line, c.col, text
			break
		}
	}
	header := ""
	if file != "" {
		caret := make([]byte, 0, col)
		for i := 0; i < col-1 && i < len(src); i++ {
			if src[i] == '\t' {
				caret = append(caret, '\t')
			} else {
				caret = append(caret, ' ')
			}
		}
		marks := "^"
		if lo, ok := val.(*goja.Object); ok && lo == vm.linkError && vm.linkErrorLen > 1 {
			// A link error marks the whole import name, as V8 does.
			marks = strings.Repeat("^", vm.linkErrorLen)
		}
		header = file + ":" + strconv.Itoa(line) + "\n" + src + "\n" + string(caret) + marks + "\n"
	}
	if fsHeader != "" {
		header = fsHeader
	}
	if header == "" && vm.mainRejected {
		header = mainRejectionHeader
	}
	// An unhandled 'error' event: Node appends the emit site to the stack
	// and, for ERR_UNHANDLED_ERROR, names its own throw site.
	if site := vm.eventsFatal(val); site != "" {
		header = site
	}
	if isErr {
		if header != "" {
			b.WriteString(header)
			// V8 prints a module's link-time SyntaxError right under the
			// caret.
			if lo, ok := val.(*goja.Object); !ok || lo != vm.linkError {
				b.WriteString("\n")
			}
		}
		b.WriteString(vm.inspectFatal(val))
		b.WriteString("\n")
	} else {
		if header != "" {
			b.WriteString("\n" + header)
		}
		if str, ok := val.Export().(string); ok {
			b.WriteString(str) // Node prints a thrown string as it is
		} else {
			b.WriteString(vm.inspectFatal(val))
		}
		b.WriteString("\n")
		if _, isObj := val.(*goja.Object); !isObj {
			b.WriteString("(Use `node --trace-uncaught ...` to show where the exception was thrown)\n")
		}
	}
	b.WriteString("\nNode.js " + NodeVersion + "\n")
	vm.writeStderr(b.String())
}

func (vm *VM) fatalText(s string) {
	vm.writeStderr(s)
	vm.Loop.stop(1)
}

func (vm *VM) writeStderr(s string) {
	if vm.Stderr != nil {
		_, _ = vm.Stderr.Write([]byte(s))
	}
}

// sourceLine returns a line of a file the program loaded, by the name its
// stack frames use.
func (vm *VM) sourceLine(name string, line int) (string, bool) {
	if name == "" || line < 1 {
		return "", false
	}
	f, ok := vm.sources[name]
	if !ok {
		return "", false
	}
	starts := f.LineStarts()
	if line > len(starts) {
		return "", false
	}
	return strippedLine(f, line), true
}

// inspect formats a value as Node's util.inspect does, through node:util
// when it is available; otherwise err.stack or String(v).
func (vm *VM) inspect(v goja.Value) string { return vm.inspectOpts(v, nil) }

// inspectFatal is inspect as Node's fatal report does it: without the
// value's own [util.inspect.custom].
func (vm *VM) inspectFatal(v goja.Value) string {
	opts := vm.RT.NewObject()
	must(opts.Set("customInspect", false))
	return vm.inspectOpts(v, opts)
}

func (vm *VM) inspectOpts(v goja.Value, opts *goja.Object) string {
	if _, ok := builtins["util"]; ok {
		if util, err := vm.Require("util"); err == nil {
			if f, ok := goja.AssertFunction(util.Get("inspect")); ok {
				var s string
				if ex := vm.RT.Try(func() {
					args := []goja.Value{v}
					if opts != nil {
						args = append(args, opts)
					}
					r, err := f(util, args...)
					if err == nil {
						s = r.String()
					}
				}); ex == nil && s != "" {
					return NodeStack(s)
				}
			}
		}
	}
	if o, ok := v.(*goja.Object); ok {
		if st := o.Get("stack"); st != nil && !goja.IsUndefined(st) {
			return NodeStack(strings.TrimRight(st.String(), "\n"))
		}
	}
	if s, ok := v.Export().(string); ok {
		return "'" + s + "'"
	}
	var s string
	if vm.RT.Try(func() { s = v.String() }) != nil {
		return "[object]"
	}
	return s
}

// gojaFrame matches one frame of goja's stack text: "\tat NAME (FILE:L:C(PC))"
// or "\tat FILE:L:C(PC)".
var gojaFrame = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*at (?:(.*) \()?(.*?):(\d+):(\d+)(?:\(\d+\))?\)?$`)
})
var gojaNative = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*at (?:(.*) \()?native\)?$`) })

// nativeFrameNames qualify native frames as V8 names them: goja writes a
// native function's bare name. Only names no other native that calls back
// into JavaScript has (Date.parse never does) are listed.
var nativeFrameNames = map[string]string{"parse": "JSON.parse", "stringify": "JSON.stringify"}

// NodeStack rewrites goja's stack text into Node's: four-space "    at"
// lines without goja's program counters, and without the frames of
// tsrun's own runtime scripts (node:internal/…), which are implementation
// details that Node's own frames would not match anyway. Text that is not a
// frame is kept as is. Inspect and console use it too.
func NodeStack(s string) string {
	if !strings.Contains(s, "\tat ") {
		return s
	}
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, ln := range lines {
		if !strings.HasPrefix(strings.TrimLeft(ln, " "), "\tat ") {
			out = append(out, ln)
			continue
		}
		indent := ln[:strings.Index(ln, "\tat ")]
		if m := gojaFrame().FindStringSubmatch(ln); m != nil {
			if strings.HasPrefix(m[2], "node:internal/") {
				continue
			}
			loc := m[2] + ":" + m[3] + ":" + m[4]
			if m[1] == cjsWrapperName {
				m[1] = "Object.<anonymous>"
			}
			if m[1] != "" {
				loc = m[1] + " (" + loc + ")"
			}
			out = append(out, indent+"    at "+loc)
			continue
		}
		if m := gojaNative().FindStringSubmatch(ln); m != nil {
			if m[1] == "" || m[1] == "apply" {
				// apply: the loop's trampoline calling the callback.
				continue
			}
			name := m[1]
			if q, ok := nativeFrameNames[name]; ok {
				name = q
			}
			out = append(out, indent+"    at "+name+" (<anonymous>)")
			continue
		}
		out = append(out, indent+"    "+strings.TrimPrefix(ln[len(indent):], "\t"))
	}
	return strings.Join(out, "\n")
}

type framePos struct {
	file      string
	line, col int
}

// framePositions reads the frames' positions from goja's stack text.
func framePositions(stack goja.Value) []framePos {
	if stack == nil || goja.IsUndefined(stack) {
		return nil
	}
	var out []framePos
	for _, ln := range strings.Split(stack.String(), "\n") {
		m := gojaFrame().FindStringSubmatch(ln)
		if m == nil {
			continue
		}
		line, _ := strconv.Atoi(m[3])
		col, _ := strconv.Atoi(m[4])
		out = append(out, framePos{m[2], line, col})
	}
	return out
}

// skipSuperFrames drops the frames of an Error subclass's constructors
// from the top of its construction stack: V8 starts an Error's stack at
// the caller of `new` (goja's frames for class constructors are anonymous,
// but each one stands at its `super(...)` call).
func (vm *VM) skipSuperFrames(fs []framePos) []framePos {
	for len(fs) > 1 {
		text, ok := vm.sourceLine(fs[0].file, fs[0].line)
		if !ok || !strings.HasPrefix(text[utf16ColToByte(text, fs[0].col):], "super") {
			break
		}
		fs = fs[1:]
	}
	return fs
}

// utf16ColToByte is the byte offset in s of 1-based UTF-16 column col.
func utf16ColToByte(s string, col int) int {
	units := 0
	for i, r := range s {
		if units >= col-1 {
			return i
		}
		units += utf16.RuneLen(r)
	}
	return len(s)
}

// noSideEffectsToString is V8's rendering of a rejection reason in Node's
// message: primitives as String() gives them, Errors as "Name: message",
// other objects as "#<Constructor>".
func (vm *VM) noSideEffectsToString(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		if v == nil {
			return "undefined"
		}
		var s string
		if vm.RT.Try(func() { s = v.String() }) != nil {
			return ""
		}
		return s
	}
	if isErrorObject(vm, o) {
		return o.Get("name").String() + ": " + o.Get("message").String()
	}
	name := "Object"
	if c, ok := o.Get("constructor").(*goja.Object); ok {
		if n := c.Get("name"); n != nil && n.String() != "" {
			name = n.String()
		}
	}
	return "#<" + name + ">"
}
