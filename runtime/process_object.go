package runtime

import (
	"math"
	"math/big"
	"regexp"
	"strconv"
	"sync"

	"github.com/dop251/goja"
)

// The process object is built here in Go rather than by a script: nearly
// every program reads process (argv, env, exit), and goja has no code
// cache, so a script would be compiled on every run (~2 ms for the 6 KB
// it took, the largest part of a hello world's run). What programs call
// rarely (hrtime, cpuUsage, emitWarning, the stdio streams) is in
// js/process_more.js, compiled on first use.
//
// process and the stdio streams are EventEmitters, but node:events is the
// largest script a hello world would otherwise compile. They inherit from
// lazyProto instead, whose accessors load node:events on first use of any
// emitter method and then turn lazyProto into a plain object inheriting
// from EventEmitter.prototype: the chain, instanceof and method identity
// are Node's from then on. Until then process has no listeners, which the
// loop asks (p.emitter) before emitting.

// lazyEmitterKeys are EventEmitter.prototype's own properties.
var lazyEmitterKeys = []string{"constructor", "setMaxListeners", "getMaxListeners", "emit", "addListener", "on",
	"prependListener", "once", "prependOnceListener", "removeListener", "off", "removeAllListeners",
	"listeners", "rawListeners", "listenerCount", "eventNames"}

// exitCodeString is the string form process.exitCode accepts.
var exitCodeString = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*-?\d+\s*$`) })

// build makes the process object.
func (p *processState) build() *goja.Object {
	vm := p.vm
	rt := vm.RT
	b := p.binds
	fn := func(name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
		return nativeFunc(rt, name, length, f)
	}
	call := func(o *goja.Object, name string, args ...goja.Value) goja.Value {
		f, _ := goja.AssertFunction(o.Get(name))
		v, err := f(o, args...)
		if err != nil {
			vm.throw(err)
		}
		return v
	}

	lazy := rt.NewObject()
	p.lazyProto = lazy
	for _, k := range lazyEmitterKeys {
		get := rt.ToValue(func(c goja.FunctionCall) goja.Value {
			p.upgrade()
			return c.This.ToObject(rt).Get(k)
		})
		set := rt.ToValue(func(c goja.FunctionCall) goja.Value {
			p.upgrade()
			must(c.This.ToObject(rt).Set(k, c.Argument(0)))
			return goja.Undefined()
		})
		must(lazy.DefineAccessorProperty(k, get, set, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}

	ctor := fn("process", 0, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	proto := rt.NewObject()
	must(proto.SetPrototype(lazy))
	must(proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(ctor.DefineDataProperty("prototype", proto, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	proc := rt.NewObject()
	must(proc.SetPrototype(proto))
	p.obj = proc
	p.newEmitter(proc)

	var exitCode goja.Value = goja.Undefined()
	must(proc.DefineAccessorProperty("exitCode",
		rt.ToValue(func(goja.FunctionCall) goja.Value { return exitCode }),
		rt.ToValue(func(c goja.FunctionCall) goja.Value {
			code := c.Argument(0)
			p.validateExitCode(code)
			if s, ok := code.Export().(string); ok {
				code = rt.ToValue(rt.ToValue(s).ToFloat())
			}
			exitCode = code
			return goja.Undefined()
		}), goja.FLAG_FALSE, goja.FLAG_TRUE))

	set := func(name string, v any) { must(proc.Set(name, v)) }
	obj := func(kv ...any) *goja.Object {
		o := rt.NewObject()
		for i := 0; i < len(kv); i += 2 {
			must(o.Set(kv[i].(string), kv[i+1]))
		}
		return o
	}
	set("title", "node")
	set("version", b.Get("version"))
	set("versions", b.Get("versions"))
	set("arch", b.Get("arch"))
	set("platform", b.Get("platform"))
	set("release", obj("name", "node"))
	set("argv", b.Get("argv"))
	set("argv0", "node")
	set("execArgv", rt.NewArray())
	set("execPath", b.Get("execPath"))
	set("pid", b.Get("pid"))
	set("ppid", b.Get("ppid"))
	set("env", b.Get("env"))
	set("config", obj("variables", rt.NewObject()))
	set("features", obj("inspector", false, "typescript", "strip"))

	bcall := func(name string, args ...goja.Value) goja.Value { return call(b, name, args...) }
	set("cwd", fn("cwd", 0, func(goja.FunctionCall) goja.Value { return bcall("cwd") }))
	set("chdir", fn("chdir", 1, func(c goja.FunctionCall) goja.Value {
		dir := c.Argument(0)
		if _, ok := dir.Export().(string); !ok {
			panic(vm.newInvalidArgType("directory", "string", dir))
		}
		return bcall("chdir", dir)
	}))
	set("umask", fn("umask", 0, func(goja.FunctionCall) goja.Value { return bcall("umask") }))
	set("uptime", fn("uptime", 0, func(goja.FunctionCall) goja.Value { return bcall("uptime") }))
	hrtime := fn("hrtime", 1, func(c goja.FunctionCall) goja.Value { return call(p.more(), "hrtime", c.Argument(0)) })
	must(hrtime.Set("bigint", fn("bigint", 0, func(goja.FunctionCall) goja.Value {
		return rt.ToValue(big.NewInt(monoNanos()))
	})))
	set("hrtime", hrtime)
	memoryUsage := fn("memoryUsage", 0, func(goja.FunctionCall) goja.Value { return bcall("memoryUsage") })
	must(memoryUsage.Set("rss", fn("rss", 0, func(goja.FunctionCall) goja.Value {
		return bcall("memoryUsage").ToObject(rt).Get("rss")
	})))
	set("memoryUsage", memoryUsage)
	set("cpuUsage", fn("cpuUsage", 1, func(c goja.FunctionCall) goja.Value { return call(p.more(), "cpuUsage", c.Argument(0)) }))
	// nextTick's queue lives in js/loop.js, compiled when first needed: the
	// property becomes a plain data property on first read.
	settle := func(name string, v goja.Value) {
		must(proc.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE))
	}
	must(proc.DefineAccessorProperty("nextTick",
		rt.ToValue(func(goja.FunctionCall) goja.Value {
			f := vm.Loop.ensureJS().nextTick
			settle("nextTick", f)
			return f
		}),
		rt.ToValue(func(c goja.FunctionCall) goja.Value {
			settle("nextTick", c.Argument(0))
			return goja.Undefined()
		}), goja.FLAG_TRUE, goja.FLAG_TRUE))
	set("emitWarning", fn("emitWarning", 4, func(c goja.FunctionCall) goja.Value {
		return call(p.more(), "emitWarning", c.Argument(0), c.Argument(1), c.Argument(2), c.Argument(3))
	}))
	ids := b.Get("ids").ToObject(rt)
	for i, name := range []string{"getuid", "geteuid", "getgid", "getegid"} {
		set(name, fn(name, 0, func(goja.FunctionCall) goja.Value { return ids.Get(strconv.Itoa(i)) }))
	}
	set("kill", fn("kill", 2, func(c goja.FunctionCall) goja.Value {
		sig := c.Argument(1)
		if goja.IsUndefined(sig) {
			sig = rt.ToValue("SIGTERM")
		}
		bcall("kill", c.Argument(0), sig)
		return rt.ToValue(true)
	}))
	set("abort", fn("abort", 0, func(goja.FunctionCall) goja.Value { return bcall("reallyExit", rt.ToValue(134)) }))
	set("exit", fn("exit", 1, func(c goja.FunctionCall) goja.Value {
		if code := c.Argument(0); !goja.IsUndefined(code) {
			must(proc.Set("exitCode", code))
		}
		if !p.exiting {
			p.exiting = true
			must(proc.Set("_exiting", true))
			// Without node:events linked there can be no 'exit' listener.
			if p.ee != nil {
				call(proc, "emit", rt.ToValue("exit"), rt.ToValue(toExitCode(exitCode)))
			}
		}
		return bcall("reallyExit", rt.ToValue(toExitCode(exitCode)))
	}))
	set("reallyExit", fn("reallyExit", 1, func(c goja.FunctionCall) goja.Value {
		return bcall("reallyExit", rt.ToValue(toExitCode(c.Argument(0))))
	}))
	must(proc.DefineDataProperty("_exiting", rt.ToValue(false), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE))

	// Enumerable getters in Node's order, so that `import { stdin } from
	// "node:process"` finds them.
	for _, s := range []struct {
		name string
		make func() goja.Value
	}{
		{"stdout", func() goja.Value { return call(p.more(), "stdio", rt.ToValue(1), b.Get("writeOut")) }},
		{"stdin", func() goja.Value { return call(p.more(), "makeStdin") }},
		{"stderr", func() goja.Value { return call(p.more(), "stdio", rt.ToValue(2), b.Get("writeErr")) }},
	} {
		var stream goja.Value
		must(proc.DefineAccessorProperty(s.name, rt.ToValue(func(goja.FunctionCall) goja.Value {
			if stream == nil {
				stream = s.make()
			}
			return stream
		}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE))
	}
	// node:events already loaded (a program that imported it first): no
	// reason to wait.
	if _, ok := vm.modules["events"]; ok {
		p.upgrade()
	}
	return proc
}

// validateExitCode throws what Node throws for a bad process.exitCode.
func (p *processState) validateExitCode(code goja.Value) {
	vm := p.vm
	if goja.IsUndefined(code) || goja.IsNull(code) {
		return
	}
	switch x := code.Export().(type) {
	case string:
		if x != "" && exitCodeString().MatchString(x) {
			return
		}
	case int64:
		return
	case float64:
		if x == math.Trunc(x) && !math.IsInf(x, 0) {
			return
		}
		panic(vm.outOfRangeCode(code))
	}
	panic(vm.newInvalidArgType("code", "number", code))
}

// outOfRangeCode is Node's RangeError for a non-integer exit code.
func (vm *VM) outOfRangeCode(code goja.Value) goja.Value {
	ctor, _ := vm.RT.Get("RangeError").(*goja.Object)
	e, err := vm.RT.New(ctor, vm.RT.ToValue(`The value of "code" is out of range. It must be an integer. Received `+code.String()))
	if err != nil {
		vm.throw(err)
	}
	must(e.Set("code", "ERR_OUT_OF_RANGE"))
	return e
}

// toExitCode is Number(code) | 0, undefined and null being 0.
func toExitCode(code goja.Value) int32 {
	if code == nil || goja.IsUndefined(code) || goja.IsNull(code) {
		return 0
	}
	f := code.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return int32(uint32(int64(math.Mod(math.Trunc(f), 4294967296))))
}

// newEmitter prepares o to be an EventEmitter: placeholders keep the own
// keys where EventEmitter.init puts them, and init runs now or when
// node:events is linked.
func (p *processState) newEmitter(o *goja.Object) {
	must(o.Set("_events", goja.Undefined()))
	must(o.Set("_eventsCount", 0))
	must(o.Set("_maxListeners", goja.Undefined()))
	if p.ee != nil {
		p.initEmitter(o)
		return
	}
	p.emitters = append(p.emitters, o)
}

func (p *processState) initEmitter(o *goja.Object) {
	init, _ := goja.AssertFunction(p.ee.Get("init"))
	if _, err := init(o); err != nil {
		p.vm.throw(err)
	}
}

// upgrade links process (and the stdio streams) to EventEmitter, loading
// node:events.
func (p *processState) upgrade() {
	if p.ee != nil || p.upgrading {
		return
	}
	p.upgrading = true
	defer func() { p.upgrading = false }()
	vm := p.vm
	m, err := vm.Require("events")
	if err != nil {
		vm.throw(err)
	}
	p.ee = m
	for _, k := range lazyEmitterKeys {
		_ = p.lazyProto.Delete(k)
	}
	must(p.lazyProto.SetPrototype(m.Get("prototype").ToObject(vm.RT)))
	for _, e := range p.emitters {
		p.initEmitter(e)
	}
	p.emitters = nil
	p.emitter = true
	on, _ := goja.AssertFunction(p.obj.Get("on"))
	if _, err := on(p.obj, vm.RT.ToValue("warning"), p.more().Get("onWarning")); err != nil {
		vm.throw(err)
	}
}

// more returns js/process_more.js's functions, compiled on first use.
func (p *processState) more() *goja.Object {
	if p.moreObj == nil {
		vm := p.vm
		api := vm.RT.NewObject()
		must(api.Set("newEmitter", func(c goja.FunctionCall) goja.Value {
			o := c.Argument(0).ToObject(vm.RT)
			p.newEmitter(o)
			return o
		}))
		must(api.Set("lazyProto", p.lazyProto))
		v, err := vm.internalJS("process_more", p.binds, p.obj, api)
		if err != nil {
			vm.throw(err)
		}
		p.moreObj = v.ToObject(vm.RT)
	}
	return p.moreObj
}
