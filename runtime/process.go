package runtime

import (
	"errors"
	"io"
	"math"
	"math/big"
	"os"
	goruntime "runtime"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"
)

// NodeVersion is the Node.js release whose behaviour tsrun follows; it is
// what process.version reports and what fatal errors print, because
// programs and tools compare against Node's.
const NodeVersion = "v26.10.0"

// processConfig is what Run knows about the program before it starts.
type processConfig struct {
	argv           []string // full: execPath, script, args…
	env            []string
	stdin          io.Reader
	stdout, stderr io.Writer
}

// processState is the process object's Go half. The object itself is built
// on first use (a hello-world never reads process); the loop asks
// materialized() before emitting events, since a program that never
// touched process cannot have listeners.
type processState struct {
	vm      *VM
	cfg     *processConfig
	obj     *goja.Object
	binds   *goja.Object // Go bindings, the `b` of js/process_more.js
	exiting bool
	start   time.Time
	// emitter: process is linked to EventEmitter (js/process.js loads
	// node:events on first use of an emitter method). Until then it has no
	// listeners, and the loop must not load events just to learn that.
	emitter bool

	lazyProto *goja.Object   // see process_object.go
	ee        *goja.Object   // EventEmitter, once linked
	emitters  []*goja.Object // emitters waiting for EventEmitter.init
	upgrading bool
	moreObj   *goja.Object // js/process_more.js's exports
}

func newProcessState(vm *VM, cfg *processConfig) *processState {
	return &processState{vm: vm, cfg: cfg, start: time.Now()}
}

func (p *processState) materialized() bool { return p.obj != nil }

// object returns the process object, building it on first use.
func (p *processState) object() (*goja.Object, error) {
	if p.obj != nil {
		return p.obj, nil
	}
	p.vm.bindCommon()
	p.binds = p.bindings()
	return p.build(), nil
}

func (p *processState) bindings() *goja.Object {
	vm := p.vm
	rt := vm.RT
	b := rt.NewObject()
	set := func(name string, v any) { must(b.Set(name, v)) }
	exe, err := os.Executable()
	if err != nil {
		exe = "tsrun"
	}
	set("describe", func(c goja.FunctionCall) goja.Value { return rt.ToValue(describeArg(c.Argument(0))) })
	set("argv", rt.NewArray(toAny(p.cfg.argv)...))
	set("execPath", exe)
	set("version", NodeVersion)
	versions := rt.NewObject()
	must(versions.Set("node", strings.TrimPrefix(NodeVersion, "v")))
	must(versions.Set("tsrun", tsrunVersion()))
	set("versions", versions)
	set("arch", nodeArch(goruntime.GOARCH))
	set("platform", nodePlatform(goruntime.GOOS))
	set("pid", os.Getpid())
	set("ppid", os.Getppid())
	set("env", p.envObject())
	set("ids", rt.NewArray(os.Getuid(), os.Geteuid(), os.Getgid(), os.Getegid()))
	set("cwd", func(goja.FunctionCall) goja.Value {
		wd, err := os.Getwd()
		if err != nil {
			vm.throw(err)
		}
		return rt.ToValue(wd)
	})
	set("chdir", func(c goja.FunctionCall) goja.Value {
		if err := os.Chdir(c.Argument(0).String()); err != nil {
			vm.throw(err)
		}
		return goja.Undefined()
	})
	set("umask", func(goja.FunctionCall) goja.Value {
		old := syscall.Umask(0)
		syscall.Umask(old)
		return rt.ToValue(old)
	})
	set("uptime", func(goja.FunctionCall) goja.Value {
		return rt.ToValue(time.Since(p.start).Seconds())
	})
	set("hrtimeNs", func(goja.FunctionCall) goja.Value {
		return rt.ToValue(float64(monoNanos()))
	})
	set("memoryUsage", func(goja.FunctionCall) goja.Value {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		o := rt.NewObject()
		must(o.Set("rss", ms.Sys))
		must(o.Set("heapTotal", ms.HeapSys))
		must(o.Set("heapUsed", ms.HeapAlloc))
		must(o.Set("external", 0))
		must(o.Set("arrayBuffers", 0))
		return o
	})
	set("cpuUsage", func(goja.FunctionCall) goja.Value {
		var ru syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		o := rt.NewObject()
		must(o.Set("user", ru.Utime.Sec*1e6+int64(ru.Utime.Usec)))
		must(o.Set("system", ru.Stime.Sec*1e6+int64(ru.Stime.Usec)))
		return o
	})
	set("kill", func(c goja.FunctionCall) goja.Value {
		pid := int(c.Argument(0).ToInteger())
		sig := syscall.SIGTERM
		if s, ok := signals[c.Argument(1).String()]; ok {
			sig = s
		}
		if pid == os.Getpid() && (sig == syscall.SIGTERM || sig == syscall.SIGINT) {
			// Signal handlers are not wired yet; dying by our own hand is
			// what Node does without a listener.
			vm.Loop.stop(128 + int(sig))
			rt.Interrupt(exitSignal{128 + int(sig)})
			return goja.Undefined()
		}
		if err := syscall.Kill(pid, sig); err != nil {
			vm.throw(err)
		}
		return goja.Undefined()
	})
	set("exiting", func(goja.FunctionCall) goja.Value { return rt.ToValue(p.exiting) })
	set("setExiting", func(goja.FunctionCall) goja.Value {
		p.exiting = true
		return goja.Undefined()
	})
	set("reallyExit", func(c goja.FunctionCall) goja.Value {
		code := int(c.Argument(0).ToInteger()) & 0xff
		p.exiting = true
		vm.Loop.stop(code)
		rt.Interrupt(exitSignal{code})
		return goja.Undefined()
	})
	set("writeOut", func(c goja.FunctionCall) goja.Value {
		writeChunk(vm, vm.Stdout, c.Argument(0))
		return goja.Undefined()
	})
	set("writeErr", func(c goja.FunctionCall) goja.Value {
		writeChunk(vm, vm.Stderr, c.Argument(0))
		return goja.Undefined()
	})
	set("isTTY", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(isTTYStream(p.stream(int(c.Argument(0).ToInteger()))))
	})
	set("columns", func(goja.FunctionCall) goja.Value { return rt.ToValue(80) })
	set("rows", func(goja.FunctionCall) goja.Value { return rt.ToValue(24) })
	set("stdinRead", func(c goja.FunctionCall) goja.Value {
		cb, ok := goja.AssertFunction(c.Argument(0))
		if !ok {
			return goja.Undefined()
		}
		type chunk struct {
			b   []byte
			err error
		}
		in := vm.Stdin
		vm.Loop.Submit(func() any {
			if in == nil {
				return chunk{}
			}
			buf := make([]byte, 65536)
			n, err := in.Read(buf)
			if n > 0 {
				return chunk{b: buf[:n]}
			}
			if err == io.EOF {
				err = nil
			}
			return chunk{err: err}
		}, func(r any) error {
			ch := r.(chunk)
			var err error
			switch {
			case ch.err != nil:
				_, err = cb(goja.Undefined(), vm.toJSError(ch.err))
			case ch.b == nil:
				_, err = cb(goja.Undefined(), goja.Null(), goja.Null())
			default:
				ab := rt.NewArrayBuffer(ch.b)
				u8, nerr := rt.New(rt.Get("Uint8Array"), rt.ToValue(ab))
				if nerr != nil {
					return nerr
				}
				_, err = cb(goja.Undefined(), goja.Null(), u8)
			}
			return err
		})
		return goja.Undefined()
	})
	var stdin goja.Value
	set("stdin", func(goja.FunctionCall) goja.Value {
		if stdin == nil {
			// node:stream owns Readable; until a stdin stream is wired, a
			// minimal object with fd keeps feature checks working.
			o := rt.NewObject()
			must(o.Set("fd", 0))
			must(o.Set("isTTY", isTTYStream(vm.Stdin)))
			stdin = o
		}
		return stdin
	})
	return b
}

func (p *processState) stream(fd int) any {
	switch fd {
	case 0:
		return p.vm.Stdin
	case 1:
		return p.vm.Stdout
	}
	return p.vm.Stderr
}

func isTTYStream(s any) bool {
	f, ok := s.(*os.File)
	return ok && isTTY(f)
}

// writeChunk writes a string (UTF-8) or the bytes of a Uint8Array.
func writeChunk(vm *VM, w io.Writer, v goja.Value) {
	if w == nil {
		return
	}
	var err error
	if o, ok := v.(*goja.Object); ok {
		if bs, ok := o.Export().([]byte); ok {
			_, err = w.Write(bs)
		} else if ab, ok := o.Get("buffer").Export().(goja.ArrayBuffer); ok {
			off := o.Get("byteOffset").ToInteger()
			n := o.Get("byteLength").ToInteger()
			_, err = w.Write(ab.Bytes()[off : off+n])
		} else {
			_, err = io.WriteString(w, v.String())
		}
	} else {
		_, err = io.WriteString(w, v.String())
	}
	// EPIPE on stdout (`tsrun x.ts | head`) is not the program's fault;
	// Node ignores it on stdout too when nobody listens for 'error'.
	if err != nil && !errors.Is(err, syscall.EPIPE) {
		vm.throw(err)
	}
}

// envObject is process.env: a copy of the environment whose values are
// strings, as Node's.
func (p *processState) envObject() *goja.Object {
	rt := p.vm.RT
	o := rt.NewObject()
	for _, kv := range p.cfg.env {
		k, v, ok := strings.Cut(kv, "=")
		if ok && k != "" {
			must(o.Set(k, v))
		}
	}
	handler := rt.NewObject()
	must(handler.Set("set", func(c goja.FunctionCall) goja.Value {
		target := c.Argument(0).ToObject(rt)
		must(target.Set(c.Argument(1).String(), c.Argument(2).String()))
		return rt.ToValue(true)
	}))
	must(handler.Set("defineProperty", func(c goja.FunctionCall) goja.Value {
		target := c.Argument(0).ToObject(rt)
		desc := c.Argument(2).ToObject(rt)
		must(target.Set(c.Argument(1).String(), desc.Get("value").String()))
		return rt.ToValue(true)
	}))
	proxy, err := rt.New(rt.Get("Proxy"), o, handler)
	if err != nil {
		return o
	}
	return proxy
}

// emit calls process.emit(name, args...) as a loop callback when process
// exists; it reports whether a listener ran.
func (p *processState) emit(name string, args ...goja.Value) bool {
	if !p.emitter || p.vm.Loop.stopped {
		return false
	}
	fn := p.obj.Get("emit")
	all := append([]goja.Value{p.vm.RT.ToValue(name)}, args...)
	p.vm.Loop.Call(fn, p.obj, all...)
	return true
}

// listenerCount is process.listenerCount(name), 0 before process exists.
func (p *processState) listenerCount(name string) int {
	if !p.emitter {
		return 0
	}
	f, ok := goja.AssertFunction(p.obj.Get("listenerCount"))
	if !ok {
		return 0
	}
	v, err := f(p.obj, p.vm.RT.ToValue(name))
	if err != nil {
		return 0
	}
	return int(v.ToInteger())
}

// linkEmitter makes process an EventEmitter now that node:events is
// loaded, so that `process instanceof EventEmitter` holds for a program
// that imports events after touching process.
func (p *processState) linkEmitter() {
	if p.obj == nil || p.emitter {
		return
	}
	p.upgrade()
}

// exitCode is process.exitCode || 0, as Node computes the code.
func (p *processState) exitCode() int {
	if p.obj == nil {
		return 0
	}
	v := p.obj.Get("exitCode")
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	return int(v.ToInteger()) & 0xff
}

func (p *processState) emitBeforeExit() {
	if p.listenerCount("beforeExit") == 0 {
		return
	}
	p.emit("beforeExit", p.vm.RT.ToValue(p.exitCode()))
}

// emitExit is the end of a program that ran out of work (or met a fatal
// error with code): 'exit' with the code, then the code process.exitCode
// holds afterwards.
func (p *processState) emitExit(code int) int {
	if p.exiting {
		return code
	}
	p.exiting = true
	if p.obj == nil {
		return code
	}
	must(p.obj.Set("_exiting", true))
	if p.listenerCount("exit") > 0 {
		p.emit("exit", p.vm.RT.ToValue(code))
	}
	if p.vm.Loop.stopped {
		return p.vm.Loop.exitCode
	}
	return code
}

// bindCommon puts on vm.internal the helpers every runtime script may use.
func (vm *VM) bindCommon() {
	in := vm.internal
	if v := in.Get("warn"); v != nil && !goja.IsUndefined(v) {
		return
	}
	rt := vm.RT
	// nodeerr.go may install a fuller invalidArgType; both take
	// (name, expected, actual) and return the TypeError.
	if v := in.Get("invalidArgType"); v == nil || goja.IsUndefined(v) {
		must(in.Set("invalidArgType", func(c goja.FunctionCall) goja.Value {
			return vm.newInvalidArgType(c.Argument(0).String(), c.Argument(1).String(), c.Argument(2))
		}))
	}
	must(in.Set("warn", func(c goja.FunctionCall) goja.Value {
		proc, err := vm.proc.object()
		if err != nil {
			vm.throw(err)
		}
		f, _ := goja.AssertFunction(proc.Get("emitWarning"))
		if _, err := f(proc, c.Argument(0), c.Argument(1)); err != nil {
			vm.throw(err)
		}
		return goja.Undefined()
	}))
	must(in.Set("exiting", func(goja.FunctionCall) goja.Value { return rt.ToValue(vm.proc.exiting) }))
}

// newInvalidArgType builds Node's ERR_INVALID_ARG_TYPE TypeError.
func (vm *VM) newInvalidArgType(name, expected string, actual goja.Value) goja.Value {
	if !strings.HasPrefix(expected, "an instance") && !strings.Contains(expected, " or ") {
		expected = "of type " + expected
	}
	msg := `The "` + name + `" argument must be ` + expected + ". Received " + describeArg(actual)
	e := vm.RT.NewTypeError(msg)
	must(e.Set("code", "ERR_INVALID_ARG_TYPE"))
	return e
}

// describeArg is the "Received …" part of Node's argument errors.
func describeArg(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	switch x := v.Export().(type) {
	case bool:
		if x {
			return "type boolean (true)"
		}
		return "type boolean (false)"
	case string:
		if len([]rune(x)) > 28 {
			x = string([]rune(x)[:25]) + "..."
		}
		if !strings.Contains(x, "'") {
			return "type string ('" + x + "')"
		}
		return "type string (" + jsonQuoteString(x) + ")"
	}
	if o, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(o); isFn {
			return "function " + o.Get("name").String()
		}
		if c, ok := o.Get("constructor").(*goja.Object); ok {
			if n := c.Get("name"); n != nil && !goja.IsUndefined(n) {
				return "an instance of " + n.String()
			}
		}
		return "an instance of Object"
	}
	switch v.Export().(type) {
	case *big.Int:
		return "type bigint (" + v.String() + "n)"
	case *goja.Symbol:
		return "type symbol (" + v.String() + ")"
	}
	s := v.String()
	if f := v.ToFloat(); f == 0 && math.Signbit(f) {
		s = "-0"
	}
	return "type number (" + s + ")"
}

func jsonQuoteString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

var signals = map[string]syscall.Signal{
	"SIGTERM": syscall.SIGTERM, "SIGINT": syscall.SIGINT, "SIGKILL": syscall.SIGKILL,
	"SIGHUP": syscall.SIGHUP, "SIGUSR1": syscall.SIGUSR1, "SIGUSR2": syscall.SIGUSR2, "SIGQUIT": syscall.SIGQUIT,
}

func nodeArch(goarch string) string {
	switch goarch {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	}
	return goarch
}

func nodePlatform(goos string) string {
	if goos == "windows" {
		return "win32"
	}
	return goos
}

var monoStart = time.Now()

// monoNanos is a monotonic clock for hrtime; only differences matter.
func monoNanos() int64 { return int64(time.Since(monoStart)) + 1e9 }

func tsrunVersion() string {
	return "0.1.0"
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func init() {
	registerGlobals(1, "process", func(vm *VM) error {
		vm.defineLazyGlobal("process", false, func() (goja.Value, error) {
			return vm.proc.object()
		})
		// Node's `global`: the global object itself, writable and
		// non-enumerable as in Node.
		return vm.RT.GlobalObject().DefineDataProperty("global", vm.RT.GlobalObject(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	})
	registerBuiltin("process", func(vm *VM) (*goja.Object, error) {
		return vm.proc.object()
	})
}
