package runtime

// util.inspect and util.format live in js/inspect.js: Node's formatting rules
// are defined in terms of JavaScript values (descriptors, prototypes,
// Symbol.toStringTag, custom inspect functions), and walking them from JS is
// the only way to match them exactly. Go supplies what JS cannot observe in
// goja (a promise's state, a proxy's target, an object's internal class, a
// Map or Set iterator's remaining items: inspect_iter.go) and
// a fast path for primitives, so that console.log("hi") never compiles or
// runs inspect.js: a program that only prints strings starts as fast as one
// that prints nothing.

import (
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dop251/goja"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// inspectExportsKey is where the loaded inspect.js exports are kept on
// vm.internal, so that the lazily loaded module is per VM without a field in
// VM.
const inspectExportsKey = "inspectExports"

var (
	proxyType   = reflect.TypeFor[goja.Proxy]()
	promiseType = reflect.TypeFor[*goja.Promise]()
)

// inspector holds the callable entry points of js/inspect.js for one VM.
type inspector struct {
	exports           *goja.Object
	inspect           goja.Callable
	format            goja.Callable
	formatWithOptions goja.Callable
	defaults          *goja.Object // util.inspect.defaultOptions
}

// inspector loads js/inspect.js (with inspect_regexp.js, inspect_iter.js
// and inspect_format.js) on first use and returns its entry points.
func (vm *VM) inspector() (*inspector, error) {
	if v := vm.internal.Get(inspectExportsKey); v != nil && !goja.IsUndefined(v) {
		if in, ok := v.Export().(*inspector); ok {
			return in, nil
		}
	}
	installInspectHelpers(vm.RT, vm.internal)
	installIteratorHelpers(vm.RT, vm.internal)
	// Four files, one module: the regexp highlighter, the iterator preview
	// and util.format are kept apart from the walk only to keep each file
	// readable.
	highlighter, err := vm.internalJS("inspect_regexp")
	if err != nil {
		return nil, err
	}
	iterFormatter, err := vm.internalJS("inspect_iter")
	if err != nil {
		return nil, err
	}
	v, err := vm.internalJS("inspect", highlighter, iterFormatter)
	if err != nil {
		return nil, err
	}
	ex := v.ToObject(vm.RT)
	f, err := vm.internalJS("inspect_format", ex)
	if err != nil {
		return nil, err
	}
	fo := f.ToObject(vm.RT)
	for _, name := range []string{"format", "formatWithOptions"} {
		must(ex.Set(name, fo.Get(name)))
	}
	must(ex.Delete("internals"))
	in := &inspector{exports: ex}
	for name, dst := range map[string]*goja.Callable{
		"inspect":           &in.inspect,
		"format":            &in.format,
		"formatWithOptions": &in.formatWithOptions,
	} {
		fn, ok := goja.AssertFunction(ex.Get(name))
		if !ok {
			panic("runtime: js/inspect.js does not export " + name)
		}
		*dst = fn
	}
	in.defaults = ex.Get("inspect").ToObject(vm.RT).Get("defaultOptions").ToObject(vm.RT)
	// Stored as a wrapped Go value: invisible to user code, which never sees
	// vm.internal, and kept exactly as long as the VM.
	must(vm.internal.DefineDataProperty(inspectExportsKey, vm.RT.ToValue(in), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	return in, nil
}

// installInspectHelpers puts on internal the Go helpers js/inspect.js reads.
func installInspectHelpers(rt *goja.Runtime, internal *goja.Object) {
	must(internal.Set("proxyDetails", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		// ExportType first: Export on an ordinary object copies it deeply.
		if o.ExportType() != proxyType || isModuleNamespace(o) {
			return goja.Undefined()
		}
		p := o.Export().(goja.Proxy)
		target, handler := p.Target(), p.Handler()
		if target == nil {
			return goja.Null()
		}
		return rt.NewArray(target, handler)
	}))
	must(internal.Set("promiseDetails", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		if o.ExportType() != promiseType {
			return goja.Undefined()
		}
		p := o.Export().(*goja.Promise)
		var state int
		switch p.State() {
		case goja.PromiseStateFulfilled:
			state = 1
		case goja.PromiseStateRejected:
			state = 2
		}
		result := p.Result()
		if result == nil {
			result = goja.Undefined()
		}
		return rt.NewArray(state, result)
	}))
	must(internal.Set("nodeStack", func(call goja.FunctionCall) goja.Value {
		s := call.Argument(0).String()
		if !strings.Contains(s, "\tat ") {
			return call.Argument(0)
		}
		return rt.ToValue(NodeStack(s))
	}))
	must(internal.Set("stringWidth", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(stringWidth(call.Argument(0).String()))
	}))
	must(internal.Set("nonIndexKeys", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return rt.NewArray()
		}
		var names []string
		if call.Argument(1).ToBoolean() {
			names = o.GetOwnPropertyNames()
		} else {
			names = o.Keys()
		}
		keys := make([]any, 0, 4)
		for _, n := range names {
			if !isArrayIndex(n) {
				keys = append(keys, n)
			}
		}
		return rt.NewArray(keys...)
	}))
	must(internal.Set("className", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return rt.ToValue("")
		}
		return rt.ToValue(o.ClassName())
	}))
	must(internal.Set("objectKind", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return rt.ToValue("")
		}
		return rt.ToValue(objectKind(o))
	}))
}

// Go types that goja's ExportType reports for its exotic objects; they
// tell the internal slots apart without calling a builtin that throws on
// a foreign receiver (a goja exception costs microseconds).
var (
	mapExportType         = reflect.TypeFor[[][2]any]()
	setExportType         = reflect.TypeFor[[]any]()
	dateExportType        = reflect.TypeFor[time.Time]()
	bigIntExportType      = reflect.TypeFor[*big.Int]()
	arrayBufferExportType = reflect.TypeFor[goja.ArrayBuffer]()
)

// objectKind names the internal slots of o as util.types sees them: "Map",
// "Set", "Date", "RegExp", "Number", "String", "Boolean", "BigInt",
// "ArrayBuffer", "Error", "Arguments", "Promise", "Proxy", or "" for
// anything else (ordinary objects, functions, arrays, typed arrays...).
func objectKind(o *goja.Object) string {
	switch o.ClassName() {
	case "Date", "RegExp", "Number", "String", "Boolean", "Error", "Arguments":
		return o.ClassName()
	case "Array":
		return ""
	}
	switch o.ExportType() {
	case mapExportType:
		return "Map"
	case setExportType:
		return "Set"
	case bigIntExportType:
		return "BigInt"
	case arrayBufferExportType:
		return "ArrayBuffer"
	case promiseType:
		return "Promise"
	case proxyType:
		if isModuleNamespace(o) {
			return ""
		}
		return "Proxy"
	}
	return ""
}

// stringWidth is the number of terminal columns s takes, as Node computes it
// with ICU (after NFC normalization): East Asian wide and fullwidth
// characters and emoji take two columns; combining marks, format and
// control characters and emoji modifiers take none.
func stringWidth(s string) int {
	n := 0
	for _, r := range norm.NFC.String(s) {
		n += runeWidth(r)
	}
	return n
}

func runeWidth(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	switch {
	case r >= 0x1f1e6 && r <= 0x1f1ff: // regional indicators: emoji presentation
		return 2
	case r == 0xad:
		return 1
	case r >= 0x1f3fb && r <= 0x1f3ff: // emoji modifiers (skin tones)
		return 0
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Cc):
		return 0
	}
	return 1
}

// isArrayIndex reports whether s is a canonical array index ("0", "17",
// not "01"), below 2**32-1.
func isArrayIndex(s string) bool {
	if s == "" || len(s) > 10 || (s[0] == '0' && len(s) > 1) {
		return false
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + uint64(c-'0')
	}
	return n < 1<<32-1
}

// Inspect is util.inspect(v) with the current util.inspect.defaultOptions.
// Primitives are formatted in Go; anything else loads js/inspect.js. Like a
// JavaScript call, it panics with the thrown value when inspecting throws
// (a throwing getter or custom inspect function): call it from a Go
// function called by JavaScript, or under vm.RT.Try.
func (vm *VM) Inspect(v goja.Value) string {
	if vm.fastPathOK() {
		if s, ok := inspectPrimitive(v); ok {
			return s
		}
	}
	in, err := vm.inspector()
	if err != nil {
		panic(vm.toJSError(err))
	}
	r, err := in.inspect(goja.Undefined(), v)
	if err != nil {
		panic(vm.toJSError(err))
	}
	return r.String()
}

// Format is util.format(args...): what console.log prints, without the
// trailing newline. It panics as Inspect does.
func (vm *VM) Format(args ...goja.Value) string {
	if vm.fastPathOK() {
		if s, ok := formatSimple(args); ok {
			return s
		}
	}
	in, err := vm.inspector()
	if err != nil {
		panic(vm.toJSError(err))
	}
	r, err := in.format(goja.Undefined(), args...)
	if err != nil {
		panic(vm.toJSError(err))
	}
	return r.String()
}

// fastPathOK reports whether the Go formatting of primitives still agrees
// with inspect: until js/inspect.js is loaded nobody can have changed
// util.inspect.defaultOptions, and afterwards only numericSeparator changes
// how a primitive prints without options.
func (vm *VM) fastPathOK() bool {
	v := vm.internal.Get(inspectExportsKey)
	if v == nil || goja.IsUndefined(v) {
		return true
	}
	in, ok := v.Export().(*inspector)
	return !ok || !in.defaults.Get("numericSeparator").ToBoolean()
}

// formatWithOptions is util.formatWithOptions(opts, args...); opts may be nil
// for the defaults (colors off).
func (vm *VM) formatWithOptions(opts goja.Value, args ...goja.Value) string {
	if opts == nil {
		return vm.Format(args...)
	}
	in, err := vm.inspector()
	if err != nil {
		panic(vm.toJSError(err))
	}
	r, err := in.formatWithOptions(goja.Undefined(), append([]goja.Value{opts}, args...)...)
	if err != nil {
		panic(vm.toJSError(err))
	}
	return r.String()
}

// inspectPrimitive formats the primitives whose inspect output needs no
// options: numbers, booleans, undefined, null and bigints. Strings need
// quoting and escaping rules and go to JS unless they are plain.
func inspectPrimitive(v goja.Value) (string, bool) {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined", true
	case goja.IsNull(v):
		return "null", true
	}
	if _, ok := v.(*goja.Object); ok {
		return "", false
	}
	switch x := v.Export().(type) {
	case bool:
		if x {
			return "true", true
		}
		return "false", true
	case int64:
		return strconv.FormatInt(x, 10), true
	case float64:
		if x == 0 && math.Signbit(x) {
			return "-0", true
		}
		return v.String(), true
	}
	if goja.IsBigInt(v) {
		return v.String() + "n", true
	}
	return "", false
}

// formatSimple is util.format for the common console.log arguments: a first
// string without '%' followed by strings and primitives that inspect
// formats trivially. ok is false when the full algorithm is needed.
func formatSimple(args []goja.Value) (string, bool) {
	if len(args) == 0 {
		return "", true
	}
	size := 0
	for i, a := range args {
		if goja.IsString(a) {
			s := a.String()
			if i == 0 && containsByte(s, '%') && len(args) > 1 {
				return "", false
			}
			size += len(s) + 1
			continue
		}
		if _, ok := inspectPrimitive(a); !ok {
			return "", false
		}
		size += 8
	}
	buf := make([]byte, 0, size)
	for i, a := range args {
		if i > 0 {
			buf = append(buf, ' ')
		}
		if goja.IsString(a) {
			buf = append(buf, a.String()...)
			continue
		}
		s, _ := inspectPrimitive(a)
		buf = append(buf, s...)
	}
	return string(buf), true
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}
