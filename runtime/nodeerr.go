package runtime

// Node-shaped errors. Programs test err.code, print err.message and let
// util.inspect show the own properties, so all three must match Node's
// byte for byte:
//
//   - system errors (libuv's uvException): message "ENOENT: no such file or
//     directory, open 'x'", own properties errno (negative, libuv's number),
//     code, syscall, path, dest, in that order;
//   - internal errors (NodeError): a TypeError/RangeError/Error whose stack
//     starts "TypeError [ERR_X]: ..." and that has an own `code`.
//
// Workers build a *sysError (plain Go, no goja); the loop turns it into a
// JavaScript object with toJS. The names and messages come from Node itself
// (nodeerr_table.go, generated), never typed by hand.

//go:generate go run nodeerr_gen.go

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"
)

type uvErrorInfo struct{ name, msg string }

// sysError is a failed system call as libuv reports it. It is built off the
// loop and converted on the loop.
type sysError struct {
	errno   int // libuv's number: the negated Linux errno
	syscall string
	path    string
	dest    string
	hasPath bool
	hasDest bool
	// nodeCode, when set, makes this Node's SystemError (ERR_FS_EISDIR...)
	// with its own message and an `info` object, rather than an uvException.
	// strerror is the C library's text, which SystemError shows where an
	// uvException shows libuv's ("is a directory", not "illegal operation
	// on a directory").
	nodeCode, nodeMsg, strerror string
	// ctxOrder: the error is made from a context object, as Node's
	// writeSync does: errno, syscall, then code.
	ctxOrder bool
	// plainMsg, when set with nodeCode, makes a plain internal Error with
	// that exact message (ERR_FS_CP_EINVAL...).
	plainMsg string
}

// newSysError wraps the Linux error of a system call. err may be a
// syscall.Errno or anything wrapping one (*os.PathError...).
func newSysError(err error, syscallName string) *sysError {
	return &sysError{errno: uvErrno(err), syscall: syscallName}
}

func newPathError(err error, syscallName, path string) *sysError {
	return &sysError{errno: uvErrno(err), syscall: syscallName, path: path, hasPath: true}
}

func newDestError(err error, syscallName, path, dest string) *sysError {
	return &sysError{errno: uvErrno(err), syscall: syscallName, path: path, hasPath: true, dest: dest, hasDest: true}
}

// uvErrno extracts the errno of err as libuv numbers it (negative).
func uvErrno(err error) int {
	var en syscall.Errno
	if errors.As(err, &en) {
		return -int(en)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return -int(syscall.ENOENT)
	case errors.Is(err, fs.ErrExist):
		return -int(syscall.EEXIST)
	case errors.Is(err, fs.ErrPermission):
		return -int(syscall.EACCES)
	case errors.Is(err, os.ErrClosed):
		return -int(syscall.EBADF)
	}
	return -int(syscall.EIO)
}

// code is the error's name: "ENOENT", or "UNKNOWN" as libuv says for a
// number it has no name for.
func (e *sysError) code() string {
	if info, ok := uvErrors[e.errno]; ok {
		return info.name
	}
	return "UNKNOWN"
}

func (e *sysError) description() string {
	if info, ok := uvErrors[e.errno]; ok {
		return info.msg
	}
	return "unknown error"
}

// Error is Node's message: "CODE: description, syscall 'path' -> 'dest'".
func (e *sysError) Error() string {
	if e.plainMsg != "" {
		return e.plainMsg
	}
	var b strings.Builder
	b.WriteString(e.code())
	b.WriteString(": ")
	b.WriteString(e.description())
	b.WriteString(", ")
	b.WriteString(e.syscall)
	if e.hasPath {
		b.WriteString(" '")
		b.WriteString(e.path)
		b.WriteByte('\'')
	}
	if e.hasDest {
		b.WriteString(" -> '")
		b.WriteString(e.dest)
		b.WriteByte('\'')
	}
	return b.String()
}

// toJS builds the Error object on the loop goroutine.
func (e *sysError) toJS(rt *goja.Runtime) *goja.Object {
	if e.plainMsg != "" {
		return newNodeError(rt, "Error", e.nodeCode, e.plainMsg)
	}
	if e.nodeCode != "" {
		return e.systemErrorJS(rt)
	}
	obj := newError(rt, "Error", e.Error())
	stripNativeFrames(obj)
	obj.Set("errno", e.errno)
	if e.ctxOrder {
		obj.Set("syscall", e.syscall)
	}
	obj.Set("code", e.code())
	obj.Set("syscall", e.syscall)
	if e.hasPath {
		obj.Set("path", e.path)
	}
	if e.hasDest {
		obj.Set("dest", e.dest)
	}
	return obj
}

// toJSAsync is toJS for an error reported by a worker. Its stack is the
// header line alone, as Node's: the operation failed on a thread, and the
// frames JavaScript happens to be in when the result arrives (our loop's
// trampoline) say nothing about it.
func (e *sysError) toJSAsync(rt *goja.Runtime) *goja.Object {
	obj := e.toJS(rt)
	name := "Error"
	if e.plainMsg != "" {
		name = "Error [" + e.nodeCode + "]"
	} else if e.nodeCode != "" {
		name = "SystemError [" + e.nodeCode + "]"
	}
	obj.Set("stack", name+": "+obj.Get("message").String())
	return obj
}

// systemErrorJS is Node's SystemError: "Path is a directory: rm returned
// EISDIR (is a directory) /p", name SystemError, errno positive, and the
// details again under info (read-only), which the errno, syscall and path
// accessors read and write, as Node's do.
func (e *sysError) systemErrorJS(rt *goja.Runtime) *goja.Object {
	msg := e.nodeMsg + ": " + e.syscall + " returned " + e.code() + " (" + e.strerror + ") " + e.path
	obj := newError(rt, "Error", msg)
	obj.Set("name", "SystemError ["+e.nodeCode+"]")
	obj.Get("stack")
	obj.DefineDataProperty("name", rt.ToValue("SystemError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	obj.SetPrototype(systemErrorProto(rt))
	obj.Set("code", e.nodeCode)
	info := rt.NewObject()
	info.Set("code", e.code())
	info.Set("message", e.strerror)
	info.Set("path", e.path)
	info.Set("syscall", e.syscall)
	info.Set("errno", -e.errno)
	obj.DefineDataProperty("info", info, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	for _, k := range []string{"errno", "syscall", "path"} {
		get := namedFunc(rt, "get", func(goja.FunctionCall) goja.Value { return info.Get(k) })
		set := namedFunc(rt, "set", func(c goja.FunctionCall) goja.Value {
			info.Set(k, c.Argument(0))
			return goja.Undefined()
		})
		obj.DefineAccessorProperty(k, get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	return obj
}

var systemErrorProtoKey = goja.NewSymbol("tsrun.systemError")

// systemErrorProto is the prototype of SystemErrors: Node's internal
// error prototype (its toString) plus the custom inspect that shows the
// accessors' values ("errno: [Getter/Setter: 21]").
func systemErrorProto(rt *goja.Runtime) *goja.Object {
	base := nodeErrorProto(rt, "Error")
	if p, ok := base.GetSymbol(systemErrorProtoKey).(*goja.Object); ok {
		return p
	}
	p := rt.NewObject()
	p.SetPrototype(base)
	custom := namedFunc(rt, "[nodejs.util.inspect.custom]", func(c goja.FunctionCall) goja.Value {
		inspect, ok := goja.AssertFunction(c.Argument(2))
		if !ok {
			return rt.ToValue(c.This.String())
		}
		opts := rt.NewObject()
		if ctx, ok := c.Argument(1).(*goja.Object); ok {
			for _, k := range ctx.Keys() {
				opts.Set(k, ctx.Get(k))
			}
		}
		opts.Set("getters", true)
		opts.Set("customInspect", false)
		v, err := inspect(goja.Undefined(), c.This, opts)
		if err != nil {
			panic(err)
		}
		return v
	})
	symFor, _ := goja.AssertFunction(rt.Get("Symbol").ToObject(rt).Get("for"))
	if sym, err := symFor(goja.Undefined(), rt.ToValue("nodejs.util.inspect.custom")); err == nil {
		if s, ok := sym.(*goja.Symbol); ok {
			p.DefineDataPropertySymbol(s, custom, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		}
	}
	base.DefineDataPropertySymbol(systemErrorProtoKey, p, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return p
}

// newError constructs a plain JavaScript error of the named global class.
func newError(rt *goja.Runtime, class, msg string) *goja.Object {
	ctor := rt.Get(class)
	obj, err := rt.New(ctor, rt.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return obj
}

// newNodeError builds Node's internal error: class is "Error", "TypeError"
// or "RangeError". Node renders the stack with the name "TypeError [CODE]"
// and then removes the own name, so String(err) stays "TypeError: msg" but
// err.stack (what an uncaught error prints) shows the code; goja formats
// the stack lazily from the current name, so the same dance works here.
func newNodeError(rt *goja.Runtime, class, code, msg string) *goja.Object {
	obj := newError(rt, class, msg)
	obj.Set("name", class+" ["+code+"]")
	stripNativeFrames(obj)
	obj.Delete("name")
	obj.Set("code", code)
	obj.SetPrototype(nodeErrorProto(rt, class))
	return obj
}

// stripNativeFrames drops the leading "at f (native)" frames of an error
// built by a Go helper: they are the helper itself, noise where Node shows
// nothing (its own internal frames are hidden the same way).
func stripNativeFrames(obj *goja.Object) {
	stack := obj.Get("stack").String()
	head, rest, ok := strings.Cut(stack, "\n")
	if !ok || !strings.Contains(rest, "(native)") {
		return
	}
	lines := strings.Split(rest, "\n")
	for len(lines) > 0 && strings.HasSuffix(lines[0], "(native)") {
		lines = lines[1:]
	}
	obj.Set("stack", head+"\n"+strings.Join(lines, "\n"))
}

// nodeErrorProtoKeys hide, on each error class's prototype, the prototype
// Node's internal errors of that class share. One key per class, because
// a lookup on TypeError.prototype also sees Error.prototype's.
var nodeErrorProtoKeys = map[string]*goja.Symbol{
	"Error":       goja.NewSymbol("tsrun.nodeError"),
	"TypeError":   goja.NewSymbol("tsrun.nodeTypeError"),
	"RangeError":  goja.NewSymbol("tsrun.nodeRangeError"),
	"SyntaxError": goja.NewSymbol("tsrun.nodeSyntaxError"),
}

// nodeErrorProto is the prototype of Node's internal errors of one class:
// it inherits from TypeError.prototype (so instanceof holds) and adds
// Node's toString, which shows the code: "TypeError [ERR_X]: message".
func nodeErrorProto(rt *goja.Runtime, class string) *goja.Object {
	base := rt.Get(class).ToObject(rt).Get("prototype").ToObject(rt)
	key := nodeErrorProtoKeys[class]
	if p, ok := base.GetSymbol(key).(*goja.Object); ok {
		return p
	}
	p := rt.NewObject()
	p.SetPrototype(base)
	p.DefineDataProperty("toString", rt.ToValue(func(c goja.FunctionCall) goja.Value {
		this := c.This.ToObject(rt)
		return rt.ToValue(this.Get("name").String() + " [" + this.Get("code").String() + "]: " + this.Get("message").String())
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	base.DefineDataPropertySymbol(key, p, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return p
}

// throwNodeError panics with a Node internal error, which goja rethrows
// into JavaScript.
func throwNodeError(rt *goja.Runtime, class, code, msg string) {
	panic(newNodeError(rt, class, code, msg))
}

// invalidArgTypeMsg is the message of ERR_INVALID_ARG_TYPE, formatted by
// Node's rules: primitive type names first, then class names ("an instance
// of Buffer or URL"), then anything else, then what was received.
func invalidArgTypeMsg(rt *goja.Runtime, name string, expected []string, actual goja.Value) string {
	var b strings.Builder
	b.WriteString("The ")
	if strings.HasSuffix(name, " argument") {
		b.WriteString(name + " ")
	} else if strings.Contains(name, ".") {
		b.WriteString(`"` + name + `" property `)
	} else {
		b.WriteString(`"` + name + `" argument `)
	}
	b.WriteString("must be ")
	var types, instances, other []string
	for _, v := range expected {
		switch {
		case isKType(v):
			types = append(types, strings.ToLower(v))
		case isClassName(v):
			instances = append(instances, v)
		default:
			other = append(other, v)
		}
	}
	if len(instances) > 0 {
		for i, t := range types {
			if t == "object" {
				types = append(types[:i:i], types[i+1:]...)
				instances = append(instances, "Object")
				break
			}
		}
	}
	if len(types) > 0 {
		switch len(types) {
		case 1:
			b.WriteString("of type " + types[0])
		case 2:
			b.WriteString("one of type " + types[0] + " or " + types[1])
		default:
			b.WriteString("one of type " + strings.Join(types[:len(types)-1], ", ") + ", or " + types[len(types)-1])
		}
		if len(instances) > 0 || len(other) > 0 {
			b.WriteString(" or ")
		}
	}
	if len(instances) > 0 {
		switch len(instances) {
		case 1:
			b.WriteString("an instance of " + instances[0])
		case 2:
			b.WriteString("an instance of " + instances[0] + " or " + instances[1])
		default:
			b.WriteString("an instance of " + strings.Join(instances[:len(instances)-1], ", ") + ", or " + instances[len(instances)-1])
		}
		if len(other) > 0 {
			b.WriteString(" or ")
		}
	}
	switch len(other) {
	case 0:
	case 1:
		if strings.ToLower(other[0]) != other[0] {
			b.WriteString("an ")
		}
		b.WriteString(other[0])
	case 2:
		b.WriteString("one of " + other[0] + " or " + other[1])
	default:
		b.WriteString("one of " + strings.Join(other[:len(other)-1], ", ") + ", or " + other[len(other)-1])
	}
	b.WriteString(". Received ")
	b.WriteString(describeReceived(rt, actual))
	return b.String()
}

func isKType(s string) bool {
	switch s {
	case "string", "function", "number", "object", "Function", "Object", "boolean", "bigint", "symbol":
		return true
	}
	return false
}

func isClassName(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for _, c := range s[1:] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// describeReceived names a value the way Node's determineSpecificType does:
// "undefined", "type number (1)", "an instance of Object", "function f".
func describeReceived(rt *goja.Runtime, v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "null"
	}
	switch x := v.Export().(type) {
	case bool:
		return "type boolean (" + strconv.FormatBool(x) + ")"
	case string:
		s := v.(goja.String)
		if s.Length() > 28 {
			s = s.Substring(0, 25).Concat(rt.ToValue("...").(goja.String))
		}
		str := s.String()
		if !strings.Contains(str, "'") {
			return "type string ('" + str + "')"
		}
		return "type string (" + strconv.Quote(str) + ")"
	}
	if obj, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(obj); isFn {
			return "function " + obj.Get("name").String()
		}
		if c, ok := obj.Get("constructor").(*goja.Object); ok {
			if n := c.Get("name"); n != nil && !goja.IsUndefined(n) {
				return "an instance of " + n.String()
			}
		}
		return "an instance of Object"
	}
	if goja.IsNumber(v) || isNumberValue(v) {
		f := v.ToFloat()
		switch {
		case f == 0 && math.Signbit(f):
			return "type number (-0)"
		}
		return "type number (" + v.String() + ")"
	}
	if sym, ok := v.(*goja.Symbol); ok {
		return "type symbol (" + sym.String() + ")"
	}
	if v.ExportType() != nil && v.ExportType().String() == "*big.Int" {
		return "type bigint (" + v.String() + "n)"
	}
	return "type " + fmt.Sprint(v.ExportType()) + " (" + v.String() + ")"
}

func isNumberValue(v goja.Value) bool {
	switch v.Export().(type) {
	case int64, float64:
		return true
	}
	return false
}

// outOfRangeMsg is ERR_OUT_OF_RANGE's message; received is already
// formatted (Node groups big integers with underscores, see formatRangeNumber).
func outOfRangeMsg(name, rng, received string) string {
	return `The value of "` + name + `" is out of range. It must be ` + rng + `. Received ` + received
}

// formatRangeNumber renders a received number as Node's ERR_OUT_OF_RANGE
// does: integers beyond 2**32 in magnitude get "_" thousands separators.
func formatRangeNumber(v goja.Value) string {
	f := v.ToFloat()
	s := v.String()
	if f == math.Trunc(f) && math.Abs(f) > 1<<32 && !math.IsInf(f, 0) {
		return addNumericalSeparator(s)
	}
	return s
}

func addNumericalSeparator(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	return sign + strings.Join(parts, "_")
}

// namedFunc makes a native function whose name (what stack frames show) is
// name rather than goja's default, the Go symbol ("runtime.newFsBinding.func8").
func namedFunc(rt *goja.Runtime, name string, f func(goja.FunctionCall) goja.Value) goja.Value {
	fn := rt.ToValue(f).(*goja.Object)
	fn.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return fn
}

// setFuncs puts named native functions on o.
func setFuncs(rt *goja.Runtime, o *goja.Object, funcs map[string]func(goja.FunctionCall) goja.Value) {
	for name, f := range funcs {
		o.Set(name, namedFunc(rt, name, f))
	}
}

// installErrorHelpers gives an internal JS file the error constructors it
// needs, so that js/fs.js, js/buffer.js and js/stream.js throw exactly what
// Node throws without each carrying a copy of Node's formatting rules.
func installErrorHelpers(rt *goja.Runtime, internal *goja.Object) {
	setFuncs(rt, internal, map[string]func(goja.FunctionCall) goja.Value{
		"nodeError": nodeErrorFunc(rt), "invalidArgType": invalidArgTypeFunc(rt),
		"outOfRange": outOfRangeFunc(rt), "describe": func(call goja.FunctionCall) goja.Value {
			return rt.ToValue(describeReceived(rt, call.Argument(0)))
		},
	})
}

func nodeErrorFunc(rt *goja.Runtime) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		return newNodeError(rt, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2).String())
	}
}

func invalidArgTypeFunc(rt *goja.Runtime) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		var expected []string
		if e, ok := call.Argument(1).(*goja.Object); ok {
			if err := rt.ExportTo(e, &expected); err != nil {
				panic(err)
			}
		} else {
			expected = []string{call.Argument(1).String()}
		}
		msg := invalidArgTypeMsg(rt, call.Argument(0).String(), expected, call.Argument(2))
		return newNodeError(rt, "TypeError", "ERR_INVALID_ARG_TYPE", msg)
	}
}

func outOfRangeFunc(rt *goja.Runtime) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		recv := call.Argument(2)
		var s string
		if str, ok := recv.Export().(string); ok {
			s = str
		} else {
			s = formatRangeNumber(recv)
		}
		return newNodeError(rt, "RangeError", "ERR_OUT_OF_RANGE", outOfRangeMsg(call.Argument(0).String(), call.Argument(1).String(), s))
	}
}
