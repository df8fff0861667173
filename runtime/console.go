package runtime

// The console global. It is written in Go, unlike inspect: every program
// uses console.log, so installing it must cost next to nothing and printing
// a string must not load js/inspect.js (see formatSimple). Output is written
// synchronously to vm.Stdout / vm.Stderr, one Write per call, as Node does
// for files and terminals. console.table, which needs inspect anyway, lives
// in js/console.js and is loaded on first use.

import (
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
)

func init() {
	registerGlobals(20, "console", installConsole)
}

// console is the state behind one console object: the global one, which
// writes to vm.Stdout/vm.Stderr, or a console.Console, which writes to
// streams through their write method.
type console struct {
	vm          *VM
	indent      string // the group indentation
	indentWidth int    // added per group level; Node's groupIndentation, 2
	counts      map[string]int
	timers      map[string]time.Time

	// out and err write one formatted line (newline included).
	out, err func(s string)
	// colorsOut and colorsErr say whether each stream takes colors.
	colorsOut, colorsErr func() bool
	// ttyOut reports whether stdout is a terminal (console.clear); nil for
	// a Console on streams.
	ttyOut func() bool
	// inspectOptions are the user's options of a console.Console, merged
	// into every formatting call; nil for the global console.
	inspectOptions *goja.Object

	table goja.Callable
}

func installConsole(vm *VM) error {
	c := &console{vm: vm, indentWidth: 2, counts: map[string]int{}, timers: map[string]time.Time{}}
	c.out = func(s string) { writeConsole(vm.Stdout, s) }
	c.err = func(s string) { writeConsole(vm.Stderr, s) }
	c.colorsOut = lazyColors(vm, vm.Stdout)
	c.colorsErr = lazyColors(vm, vm.Stderr)
	c.ttyOut = func() bool { return writerIsTerminal(vm.Stdout) }
	obj := c.object(vm.consoleConstructor())
	return vm.RT.GlobalObject().DefineDataProperty("console", obj, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// writeConsole writes s and swallows the error, as Node's console does
// (EPIPE on a closed pipe must not kill the program).
func writeConsole(w io.Writer, s string) {
	if w != nil {
		_, _ = io.WriteString(w, s)
	}
}

// lazyColors checks the stream once, on first colored output.
func lazyColors(vm *VM, w io.Writer) func() bool {
	state := 0
	return func() bool {
		if state == 0 {
			state = -1
			if vm.streamHasColors(w) {
				state = 1
			}
		}
		return state == 1
	}
}

// consoleMethods is the order of Node 26's console properties, which
// console.log(console) shows. "Console" is there for the global console only.
var consoleMethods = []string{
	"log", "info", "debug", "warn", "error", "dir", "time", "timeEnd", "timeLog",
	"trace", "assert", "clear", "count", "countReset", "group", "groupEnd", "table",
	"dirxml", "groupCollapsed", "Console", "profile", "profileEnd", "timeStamp",
	"context", "createTask",
}

// object builds the console object; ctor is console.Console, or nil for a
// Console instance. Every method is a plain function bound to c, so
// `const { log } = console` works as in Node.
func (c *console) object(ctor goja.Value) *goja.Object {
	rt := c.vm.RT
	obj := rt.NewObject()
	must(obj.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("console"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	fns := c.methods()
	for _, name := range consoleMethods {
		if name == "Console" {
			if ctor != nil {
				must(obj.Set(name, ctor))
			}
			continue
		}
		// One function per name, aliases included: console.info.name is
		// "info" in Node.
		f := rt.ToValue(fns[name]).(*goja.Object)
		must(f.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		must(obj.Set(name, f))
	}
	return obj
}

// methods returns the implementation of every console method by name.
func (c *console) methods() map[string]func(goja.FunctionCall) goja.Value {
	vm := c.vm
	rt := vm.RT
	fns := make(map[string]func(goja.FunctionCall) goja.Value, len(consoleMethods))
	method := func(name string, fn func(call goja.FunctionCall) goja.Value) { fns[name] = fn }
	log := func(call goja.FunctionCall) goja.Value {
		c.print(false, call.Arguments)
		return goja.Undefined()
	}
	warn := func(call goja.FunctionCall) goja.Value {
		c.print(true, call.Arguments)
		return goja.Undefined()
	}
	method("log", log)
	method("warn", warn)
	method("dir", func(call goja.FunctionCall) goja.Value {
		c.dir(call.Argument(0), call.Argument(1))
		return goja.Undefined()
	})
	method("time", func(call goja.FunctionCall) goja.Value {
		label := c.label(call.Argument(0))
		if _, ok := c.timers[label]; ok {
			c.emitWarning(fmt.Sprintf("Label '%s' already exists for console.time()", label))
			return goja.Undefined()
		}
		c.timers[label] = time.Now()
		return goja.Undefined()
	})
	method("timeEnd", func(call goja.FunctionCall) goja.Value {
		c.timeLog("timeEnd", call.Argument(0), nil)
		return goja.Undefined()
	})
	method("timeLog", func(call goja.FunctionCall) goja.Value {
		var data []goja.Value
		if len(call.Arguments) > 1 {
			data = call.Arguments[1:]
		}
		c.timeLog("timeLog", call.Argument(0), data)
		return goja.Undefined()
	})
	method("trace", func(call goja.FunctionCall) goja.Value {
		c.trace(call.Arguments)
		return goja.Undefined()
	})
	method("assert", func(call goja.FunctionCall) goja.Value {
		if call.Argument(0).ToBoolean() {
			return goja.Undefined()
		}
		args := append([]goja.Value(nil), call.Arguments[min(1, len(call.Arguments)):]...)
		if len(args) > 0 && goja.IsString(args[0]) {
			args[0] = rt.ToValue("Assertion failed: " + args[0].String())
		} else {
			args = append([]goja.Value{rt.ToValue("Assertion failed")}, args...)
		}
		c.print(true, args)
		return goja.Undefined()
	})
	method("clear", func(goja.FunctionCall) goja.Value {
		// Node clears only a terminal (TERM not dumb): cursor home, then
		// erase the screen below. Written raw: group indentation and the
		// newline do not apply.
		if c.ttyOut != nil && c.ttyOut() {
			if term, _ := vm.getenv("TERM"); term != "dumb" {
				c.out("\x1b[1;1H\x1b[0J")
			}
		}
		return goja.Undefined()
	})
	method("count", func(call goja.FunctionCall) goja.Value {
		label := c.label(call.Argument(0))
		c.counts[label]++
		c.print(false, []goja.Value{rt.ToValue(label + ": " + strconv.Itoa(c.counts[label]))})
		return goja.Undefined()
	})
	method("countReset", func(call goja.FunctionCall) goja.Value {
		label := c.label(call.Argument(0))
		if _, ok := c.counts[label]; !ok {
			c.emitWarning(fmt.Sprintf("Count for '%s' does not exist", label))
			return goja.Undefined()
		}
		delete(c.counts, label)
		return goja.Undefined()
	})
	group := func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) > 0 {
			c.print(false, call.Arguments)
		}
		c.indent += strings.Repeat(" ", c.indentWidth)
		return goja.Undefined()
	}
	method("group", group)
	method("groupEnd", func(goja.FunctionCall) goja.Value {
		c.indent = c.indent[:max(0, len(c.indent)-c.indentWidth)]
		return goja.Undefined()
	})
	method("table", func(call goja.FunctionCall) goja.Value {
		c.printTable(call.Argument(0), call.Argument(1))
		return goja.Undefined()
	})
	// Aliases, as in Node: the same behaviour under another name.
	method("info", log)
	method("debug", log)
	method("dirxml", log)
	method("error", warn)
	method("groupCollapsed", group)
	// The inspector-only methods do nothing outside the inspector.
	for _, name := range []string{"profile", "profileEnd", "timeStamp", "context"} {
		method(name, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	}
	method("createTask", func(goja.FunctionCall) goja.Value {
		// Without an inspector a task only runs its function.
		task := rt.NewObject()
		must(task.Set("run", func(call goja.FunctionCall) goja.Value {
			fn, ok := goja.AssertFunction(call.Argument(0))
			if !ok {
				panic(vm.nodeTypeError("ERR_INVALID_ARG_TYPE", "The \"f\" argument must be of type function."))
			}
			r, err := fn(goja.Undefined())
			if err != nil {
				panic(vm.toJSError(err))
			}
			return r
		}))
		return task
	})
	return fns
}

// consoleConstructor is console.Console: new Console(stdout[, stderr]) or
// new Console({ stdout, stderr, inspectOptions, groupIndentation }).
func (vm *VM) consoleConstructor() goja.Value {
	rt := vm.RT
	ctor := rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
		opts, ok := call.Argument(0).(*goja.Object)
		if !ok {
			panic(vm.nodeTypeError("ERR_CONSOLE_WRITABLE_STREAM", "The \"stdout\" argument must be a writable stream"))
		}
		stdout, stderr := goja.Value(opts), call.Argument(1)
		var inspectOptions *goja.Object
		var colorMode goja.Value = rt.ToValue("auto")
		indentWidth := 2
		if w := opts.Get("write"); w == nil || goja.IsUndefined(w) {
			// The options form.
			stdout, stderr = opts.Get("stdout"), opts.Get("stderr")
			if o, ok := opts.Get("inspectOptions").(*goja.Object); ok {
				inspectOptions = o
			}
			if g := opts.Get("groupIndentation"); g != nil && !goja.IsUndefined(g) {
				indentWidth = int(g.ToInteger())
			}
			if m := opts.Get("colorMode"); m != nil && !goja.IsUndefined(m) {
				colorMode = m
			}
		}
		if stderr == nil || goja.IsUndefined(stderr) {
			stderr = stdout
		}
		c := &console{
			vm: vm, indentWidth: indentWidth, counts: map[string]int{}, timers: map[string]time.Time{},
			out: streamWriter(vm, stdout, "stdout"), err: streamWriter(vm, stderr, "stderr"),
			inspectOptions: inspectOptions,
			colorsOut:      streamColors(colorMode, stdout), colorsErr: streamColors(colorMode, stderr),
		}
		obj := c.object(nil)
		must(obj.SetPrototype(call.This.Prototype()))
		return obj
	}).(*goja.Object)
	must(ctor.DefineDataProperty("name", rt.ToValue("Console"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	return ctor
}

// streamWriter calls stream.write(s), ignoring errors as Node's Console does.
func streamWriter(vm *VM, stream goja.Value, name string) func(string) {
	o, ok := stream.(*goja.Object)
	var write goja.Callable
	if ok {
		write, ok = goja.AssertFunction(o.Get("write"))
	}
	if !ok {
		panic(vm.nodeTypeError("ERR_CONSOLE_WRITABLE_STREAM", "The \""+name+"\" argument must be a writable stream"))
	}
	return func(s string) {
		_, _ = write(o, vm.RT.ToValue(s))
	}
}

// streamColors is a Console's colorMode: true, false, or 'auto', which
// colors a stream that says it is a terminal with colors (isTTY and
// hasColors()), as Node's Console asks it.
func streamColors(mode, stream goja.Value) func() bool {
	if mode.ExportType() != nil && mode.ExportType().Kind() == reflect.Bool {
		on := mode.ToBoolean()
		return func() bool { return on }
	}
	return func() bool {
		o, ok := stream.(*goja.Object)
		if !ok {
			return false
		}
		if tty := o.Get("isTTY"); tty == nil || !tty.ToBoolean() {
			return false
		}
		has, ok := goja.AssertFunction(o.Get("hasColors"))
		if !ok {
			return false
		}
		r, err := has(o)
		return err == nil && r.ToBoolean()
	}
}

// nodeTypeError is a TypeError carrying Node's error code.
func (vm *VM) nodeTypeError(code, msg string) *goja.Object {
	e := vm.RT.NewTypeError(msg)
	must(e.Set("code", code))
	return e
}

// label is Node's `label = 'default'` with String(label).
func (c *console) label(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "default"
	}
	return v.String()
}

// print formats args as console.log does and writes one line.
func (c *console) print(toErr bool, args []goja.Value) {
	if c.inspectOptions == nil {
		// Plain strings print the same with or without colors: no need to
		// ask the environment (which builds process.env) to print "hello".
		if s, ok := formatStrings(args); ok {
			c.write(toErr, s)
			return
		}
	}
	var s string
	if c.inspectOptions != nil || c.colors(toErr) {
		s = c.vm.formatWithOptions(c.options(toErr), args...)
	} else {
		s = c.vm.Format(args...)
	}
	c.write(toErr, s)
}

// formatStrings joins args when they are all strings and the first has no
// format directive: the one case where colors change nothing.
func formatStrings(args []goja.Value) (string, bool) {
	for _, a := range args {
		if !goja.IsString(a) {
			return "", false
		}
	}
	if len(args) > 1 && strings.IndexByte(args[0].String(), '%') >= 0 {
		return "", false
	}
	return formatSimple(args)
}

// options are the inspect options of this console for one stream: the
// user's inspectOptions, plus colors when the stream takes them.
func (c *console) options(toErr bool) *goja.Object {
	o := c.vm.RT.NewObject()
	if c.inspectOptions != nil {
		for _, k := range c.inspectOptions.Keys() {
			must(o.Set(k, c.inspectOptions.Get(k)))
		}
	}
	if c.colors(toErr) {
		must(o.Set("colors", true))
	}
	return o
}

// write adds the group indentation to every line and the newline, and
// writes the result in one call.
func (c *console) write(toErr bool, s string) {
	if c.indent != "" {
		if strings.Contains(s, "\n") {
			s = strings.ReplaceAll(s, "\n", "\n"+c.indent)
		}
		s = c.indent + s
	}
	if toErr {
		c.err(s + "\n")
	} else {
		c.out(s + "\n")
	}
}

// colors reports whether output to the stream is colored: Node colors
// console output only on a terminal that supports colors.
func (c *console) colors(toErr bool) bool {
	if toErr {
		return c.colorsErr()
	}
	return c.colorsOut()
}

// streamHasColors is Node's decision to color a stream (shouldColorize
// and tty.getColorDepth > 2), from process.env as Node reads it: FORCE_COLOR
// decides alone when set, even for a pipe; otherwise only a terminal is
// colored, unless NO_COLOR, NODE_DISABLE_COLORS or TERM=dumb say no, and
// only when TERM, COLORTERM, TMUX or a CI variable shows color support.
func (vm *VM) streamHasColors(w io.Writer) bool {
	if v, ok := vm.getenv("FORCE_COLOR"); ok {
		switch v {
		case "", "1", "true", "2", "3":
			return true
		}
		return false
	}
	if !writerIsTerminal(w) {
		return false
	}
	for _, name := range []string{"NODE_DISABLE_COLORS", "NO_COLOR"} {
		if _, ok := vm.getenv(name); ok {
			return false
		}
	}
	term, _ := vm.getenv("TERM")
	if term == "dumb" {
		return false
	}
	for _, name := range []string{"TMUX", "COLORTERM", "CI", "GITHUB_ACTIONS", "GITLAB_CI", "TEAMCITY_VERSION"} {
		if _, ok := vm.getenv(name); ok {
			return true
		}
	}
	return colorTerm().MatchString(strings.ToLower(term))
}

// writerIsTerminal reports whether w is a terminal.
func writerIsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isTTY(f)
}

// colorTerm matches the TERM values Node counts as supporting colors.
var colorTerm = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`ansi|color|linux|direct|^con[0-9]*x[0-9]|^rxvt|^screen|^xterm|^vt100|^vt220|^cygwin|^dvtm|^eterm|^kitty|^mintty|^putty|^st|^terminator|^alacritty`)
})

func (c *console) dir(v, options goja.Value) {
	rt := c.vm.RT
	opts := rt.NewObject()
	must(opts.Set("customInspect", false))
	base := c.options(false)
	for _, k := range base.Keys() {
		must(opts.Set(k, base.Get(k)))
	}
	if o, ok := options.(*goja.Object); ok {
		for _, k := range o.Keys() {
			must(opts.Set(k, o.Get(k)))
		}
	}
	in, err := c.vm.inspector()
	if err != nil {
		panic(c.vm.toJSError(err))
	}
	r, err := in.inspect(goja.Undefined(), v, opts)
	if err != nil {
		panic(c.vm.toJSError(err))
	}
	c.write(false, r.String())
}

func (c *console) timeLog(method string, labelArg goja.Value, data []goja.Value) {
	label := c.label(labelArg)
	start, ok := c.timers[label]
	if !ok {
		c.emitWarning(fmt.Sprintf("No such label '%s' for console.%s()", label, method))
		return
	}
	if method == "timeEnd" {
		delete(c.timers, label)
	}
	ms := float64(time.Since(start).Nanoseconds()) / 1e6
	rt := c.vm.RT
	args := []goja.Value{rt.ToValue("%s: %s"), rt.ToValue(label), rt.ToValue(formatConsoleTime(ms))}
	c.print(false, append(args, data...))
}

// formatConsoleTime renders a duration as console.timeEnd does: "1.234ms",
// "1.500s", "1:02.500 (m:ss.mmm)", "1:02:03.500 (h:mm:ss.mmm)".
func formatConsoleTime(ms float64) string {
	const second, minute, hour = 1000.0, 60000.0, 3600000.0
	var hours, minutes, seconds float64
	if ms >= second {
		if ms >= minute {
			if ms >= hour {
				hours = math.Floor(ms / hour)
				ms = math.Mod(ms, hour)
			}
			minutes = math.Floor(ms / minute)
			ms = math.Mod(ms, minute)
		}
		seconds = ms / second
	}
	if hours != 0 || minutes != 0 {
		secs, frac, _ := strings.Cut(strconv.FormatFloat(seconds, 'f', 3, 64), ".")
		if len(secs) < 2 {
			secs = "0" + secs
		}
		if hours != 0 {
			return fmt.Sprintf("%d:%02d:%s.%s (h:mm:ss.mmm)", int(hours), int(minutes), secs, frac)
		}
		return fmt.Sprintf("%d:%s.%s (m:ss.mmm)", int(minutes), secs, frac)
	}
	if seconds != 0 {
		return strconv.FormatFloat(seconds, 'f', 3, 64) + "s"
	}
	// Number(ms.toFixed(3)): three decimals at most, trailing zeros dropped.
	v, _ := strconv.ParseFloat(strconv.FormatFloat(ms, 'f', 3, 64), 64)
	return strconv.FormatFloat(v, 'f', -1, 64) + "ms"
}

// trace prints "Trace: <message>" and the current stack to stderr.
func (c *console) trace(args []goja.Value) {
	rt := c.vm.RT
	msg := c.vm.Format(args...)
	head := "Trace"
	if msg != "" {
		head += ": " + msg
	}
	var frames string
	if errCtor, ok := goja.AssertConstructor(rt.Get("Error")); ok {
		if e, err := errCtor(nil); err == nil {
			stack := e.Get("stack")
			if stack != nil && !goja.IsUndefined(stack) {
				frames = stackFrames(stack.String())
			}
		}
	}
	if frames != "" {
		head += "\n" + frames
	}
	c.write(true, head)
}

// stackFrames keeps the "at ..." lines of an Error's stack in Node's form,
// without the leading native frames (console.trace itself: "(native)" in
// goja's text, "(<anonymous>)" in V8's, see errors_stack.go).
func stackFrames(stack string) string {
	lines := strings.Split(stack, "\n")
	var raw []string
	for _, line := range lines {
		t := strings.TrimLeft(line, " \t")
		if !strings.HasPrefix(t, "at ") {
			continue
		}
		if len(raw) == 0 && (strings.HasSuffix(t, "(native)") || strings.HasSuffix(t, "(<anonymous>)")) {
			continue
		}
		raw = append(raw, line)
	}
	return NodeStack(strings.Join(raw, "\n"))
}

// emitWarning goes through process.emitWarning when process exists, so the
// warning prints as Node prints it ("(node:PID) Warning: ...").
func (c *console) emitWarning(msg string) {
	rt := c.vm.RT
	if p, ok := rt.GlobalObject().Get("process").(*goja.Object); ok {
		if f, ok := goja.AssertFunction(p.Get("emitWarning")); ok {
			if _, err := f(p, rt.ToValue(msg)); err != nil {
				panic(c.vm.toJSError(err))
			}
			return
		}
	}
	c.write(true, "Warning: "+msg)
}

func (c *console) printTable(data, properties goja.Value) {
	if c.table == nil {
		in, err := c.vm.inspector()
		if err != nil {
			panic(c.vm.toJSError(err))
		}
		v, err := c.vm.internalJS("console", in.exports)
		if err != nil {
			panic(c.vm.toJSError(err))
		}
		fn, ok := goja.AssertFunction(v.ToObject(c.vm.RT).Get("table"))
		if !ok {
			panic("runtime: js/console.js does not export table")
		}
		c.table = fn
	}
	opts := c.options(false)
	r, err := c.table(goja.Undefined(), data, properties, opts)
	if err != nil {
		panic(c.vm.toJSError(err))
	}
	if goja.IsUndefined(r) {
		// Not tabular: console.table logs the value as console.log would.
		c.print(false, []goja.Value{data})
		return
	}
	c.write(false, r.String())
}

// lookupEnv finds name in a KEY=value list; the last entry wins, as in
// os.Environ's consumers.
func lookupEnv(env []string, name string) (string, bool) {
	val, found := "", false
	for _, kv := range env {
		if len(kv) > len(name) && kv[len(name)] == '=' && kv[:len(name)] == name {
			val, found = kv[len(name)+1:], true
		}
	}
	return val, found
}
