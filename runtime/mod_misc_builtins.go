package runtime

// ECMAScript built-ins goja lacks that ordinary programs call:
// Object.groupBy, Map.groupBy, Promise.withResolvers, Promise.try,
// Array.fromAsync, String.prototype.isWellFormed/toWellFormed, and the
// en-US forms of Number/BigInt/Date toLocaleString, and the long time
// zone name V8 ends Date's toString with (goja's number
// toLocaleString is toString: n.toLocaleString() printed no separators and
// n.toLocaleString("en-US") threw a radix RangeError).
//
// WeakRef and FinalizationRegistry are lazy globals. goja exposes no weak
// references, so a WeakRef holds its target for as long as the WeakRef
// lives and a registry never calls its cleanup: both allowed by the spec
// (collection is never guaranteed), and programs that use them for caches
// run instead of failing with a ReferenceError.
//
// Each is a native stub installed at startup (a few objects, no compile);
// the JavaScript behind them compiles on the first call of any of them.

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

func init() {
	registerGlobals(5, "builtins", installBuiltins)
}

type builtinStub struct {
	owner  string // global name; "X.prototype" for a method
	name   string
	length int
}

var builtinStubs = []builtinStub{
	{"Object", "groupBy", 2},
	{"Map", "groupBy", 2},
	{"Promise", "withResolvers", 0},
	{"Promise", "try", 1},
	{"Array", "fromAsync", 1},
	{"String.prototype", "isWellFormed", 0},
	{"String.prototype", "toWellFormed", 0},
	{"BigInt.prototype", "toLocaleString", 0},
	{"Date.prototype", "toLocaleString", 0},
	{"Date.prototype", "toLocaleDateString", 0},
	{"Date.prototype", "toLocaleTimeString", 0},
	{"RegExp.prototype", "toString", 0},
	// Iterator helpers, on %IteratorPrototype% (every built-in iterator and
	// generator inherits them); the Iterator global is lazy.
	{iteratorProto, "reduce", 1},
	{iteratorProto, "toArray", 0},
	{iteratorProto, "forEach", 1},
	{iteratorProto, "some", 1},
	{iteratorProto, "every", 1},
	{iteratorProto, "find", 1},
	{iteratorProto, "map", 1},
	{iteratorProto, "filter", 1},
	{iteratorProto, "take", 1},
	{iteratorProto, "drop", 1},
	{iteratorProto, "flatMap", 1},
}

const iteratorProto = "%IteratorPrototype%"

var builtinsProgram struct {
	once sync.Once
	prg  *goja.Program
	err  error
}

func installBuiltins(vm *VM) error {
	rt := vm.RT
	var impl *goja.Object
	// goja's own Date methods, for the forms the en-US code leaves to them.
	orig := rt.NewObject()
	load := func() *goja.Object {
		if impl != nil {
			return impl
		}
		builtinsProgram.once.Do(func() {
			builtinsProgram.prg, builtinsProgram.err = goja.Compile("node:internal/builtins", builtinsJS, true)
		})
		if builtinsProgram.err != nil {
			vm.throw(builtinsProgram.err)
		}
		f, err := rt.RunProgram(builtinsProgram.prg)
		if err != nil {
			vm.throw(err)
		}
		call, _ := goja.AssertFunction(f)
		v, err := call(goja.Undefined(), orig)
		if err != nil {
			vm.throw(err)
		}
		impl = v.ToObject(rt)
		return impl
	}
	iterProto, err := iteratorPrototype(rt)
	if err != nil {
		return err
	}
	installCollation(vm, orig)
	if err := installStringLimits(rt, strProtoOf(rt)); err != nil {
		return err
	}
	if err := installISOYears(rt); err != nil {
		return err
	}
	if err := installZoneNames(rt); err != nil {
		return err
	}
	// Number.prototype.toLocaleString: the call without locales or options
	// (en-US, up to three fraction digits) is formatted in Go; goja runs the
	// JavaScript version at ~50 µs a call, too slow for a report's loop.
	numProto := rt.Get("Number").ToObject(rt).Get("prototype").ToObject(rt)
	numLocale := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) == 0 {
			v := call.This
			if o, ok := v.(*goja.Object); ok && o.ClassName() != "Number" {
				v = nil
			}
			if v != nil {
				switch n := v.Export().(type) {
				case int64:
					return rt.ToValue(formatLocaleDefault(float64(n)))
				case float64:
					return rt.ToValue(formatLocaleDefault(n))
				}
			}
		}
		f, _ := goja.AssertFunction(load().Get("Number.prototype.toLocaleString"))
		v, err := f(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	}).ToObject(rt)
	must(numLocale.DefineDataProperty("name", rt.ToValue("toLocaleString"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	if err := numProto.DefineDataProperty("toLocaleString", numLocale, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	// localeCompare keeps goja's own for the common call without locales
	// or options (a sort comparator calls it n log n times); the JavaScript
	// handles options.
	strProto := strProtoOf(rt)
	gojaCompare, _ := goja.AssertFunction(strProto.Get("localeCompare"))
	localeCompare := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		f := gojaCompare
		if !goja.IsUndefined(call.Argument(1)) || !goja.IsUndefined(call.Argument(2)) {
			f, _ = goja.AssertFunction(load().Get("String.prototype.localeCompare"))
		}
		v, err := f(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	}).ToObject(rt)
	must(localeCompare.DefineDataProperty("length", rt.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(localeCompare.DefineDataProperty("name", rt.ToValue("localeCompare"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	if err := strProto.DefineDataProperty("localeCompare", localeCompare, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	for _, name := range []string{"Iterator", "WeakRef", "FinalizationRegistry", "Intl"} {
		vm.defineLazyGlobal(name, false, func() (goja.Value, error) {
			return load().Get(name), nil
		})
	}
	// Iterator.prototype's constructor and @@toStringTag are accessors
	// whose setter defines an own property on a derived object (so that
	// assigning them to an iterator does not change every iterator).
	ownSetter := func(key func(o *goja.Object, v goja.Value) error) goja.Value {
		return rt.ToValue(func(call goja.FunctionCall) goja.Value {
			o, ok := call.This.(*goja.Object)
			if !ok {
				panic(rt.NewTypeError("Iterator.prototype setter called on non-object"))
			}
			if o.SameAs(iterProto) {
				panic(rt.NewTypeError("Cannot assign to read only property of Iterator.prototype"))
			}
			if err := key(o, call.Argument(0)); err != nil {
				panic(err)
			}
			return goja.Undefined()
		})
	}
	named := func(v goja.Value, name string) goja.Value {
		must(v.ToObject(rt).DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		return v
	}
	ctorGet := named(rt.ToValue(func(goja.FunctionCall) goja.Value { return load().Get("Iterator") }), "get constructor")
	ctorSet := named(ownSetter(func(o *goja.Object, v goja.Value) error {
		return o.DefineDataProperty("constructor", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}), "set constructor")
	if err := iterProto.DefineAccessorProperty("constructor", ctorGet, ctorSet, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	tag := rt.Get("Symbol").ToObject(rt).Get("toStringTag").(*goja.Symbol)
	if v := iterProto.GetSymbol(tag); v == nil || goja.IsUndefined(v) {
		tagGet := named(rt.ToValue(func(goja.FunctionCall) goja.Value { return rt.ToValue("Iterator") }), "get [Symbol.toStringTag]")
		tagSet := named(ownSetter(func(o *goja.Object, v goja.Value) error {
			return o.DefineDataPropertySymbol(tag, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}), "set [Symbol.toStringTag]")
		if err := iterProto.DefineAccessorPropertySymbol(tag, tagGet, tagSet, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	if err := installRegExpSource(rt, orig, load); err != nil {
		return err
	}
	for _, s := range builtinStubs {
		var o *goja.Object
		switch ctor, ok := strings.CutSuffix(s.owner, ".prototype"); {
		case s.owner == iteratorProto:
			o = iterProto
		case ok:
			o = rt.Get(ctor).ToObject(rt).Get("prototype").ToObject(rt)
		default:
			o = rt.Get(s.owner).ToObject(rt)
		}
		key := s.owner + "." + s.name
		if s.owner == "Date.prototype" {
			must(orig.Set(s.name, o.Get(s.name)))
		}
		fn := rt.ToValue(func(call goja.FunctionCall) goja.Value {
			f, ok := goja.AssertFunction(load().Get(key))
			if !ok {
				panic(rt.NewGoError(fmt.Errorf("runtime: builtins.js lacks %s", key)))
			}
			v, err := f(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}).ToObject(rt)
		if s.length != 0 { // a Go function's length is already 0
			must(fn.DefineDataProperty("length", rt.ToValue(s.length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		}
		must(fn.DefineDataProperty("name", rt.ToValue(s.name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		if err := o.DefineDataProperty(s.name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}

// installRegExpSource replaces RegExp.prototype.source's getter: goja
// writes every unescaped "/" of a pattern as "\u002f", where V8 writes "\/"
// (and "/" inside a character class), so new RegExp("a/b") printed
// /a\u002fb/. RegExp.prototype.toString is replaced too (a stub), as goja's
// reads the pattern directly instead of through source.
func installRegExpSource(rt *goja.Runtime, orig *goja.Object, load func() *goja.Object) error {
	proto := rt.Get("RegExp").ToObject(rt).Get("prototype").ToObject(rt)
	gopd, _ := goja.AssertFunction(rt.Get("Object").ToObject(rt).Get("getOwnPropertyDescriptor"))
	d, err := gopd(goja.Undefined(), proto, rt.ToValue("source"))
	if err != nil || goja.IsUndefined(d) {
		return fmt.Errorf("runtime: RegExp.prototype.source missing")
	}
	get := d.ToObject(rt).Get("get")
	must(orig.Set("regexpSource", get))
	getter := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		f, _ := goja.AssertFunction(load().Get("RegExp.prototype.source"))
		v, err := f(call.This)
		if err != nil {
			panic(err)
		}
		return v
	}).ToObject(rt)
	must(getter.DefineDataProperty("name", rt.ToValue("get source"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	return proto.DefineAccessorProperty("source", getter, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// installCollation gives the JavaScript side orig.collate(a, b, numeric,
// sensitivity), the comparison behind localeCompare's options and
// Intl.Collator: goja's localeCompare uses the root collation and ignores
// its options (so numeric sorting of "file10" and "file9" was wrong), and
// orig.timeZone(), the IANA name Intl reports.
func installCollation(vm *VM, orig *goja.Object) {
	collators := map[string]*collate.Collator{}
	must(orig.Set("collate", func(a, b string, numeric bool, sensitivity string) int {
		key := strconv.FormatBool(numeric) + sensitivity
		c := collators[key]
		if c == nil {
			var opts []collate.Option
			if numeric {
				opts = append(opts, collate.Numeric)
			}
			switch sensitivity {
			case "base":
				opts = append(opts, collate.IgnoreCase, collate.IgnoreDiacritics)
			case "accent":
				opts = append(opts, collate.IgnoreCase)
			case "case":
				opts = append(opts, collate.IgnoreDiacritics)
			}
			c = collate.New(language.Und, opts...)
			collators[key] = c
		}
		// As goja's own localeCompare: NFD first.
		return c.CompareString(norm.NFD.String(a), norm.NFD.String(b))
	}))
	must(orig.Set("timeZone", func() string { return localZoneName() }))
}

func strProtoOf(rt *goja.Runtime) *goja.Object {
	return rt.Get("String").ToObject(rt).Get("prototype").ToObject(rt)
}

// zoneNames are the long English names V8 (ICU) ends Date's toString
// with, where goja writes the tz database abbreviation; an abbreviation
// shared by several zones is told apart by the offset ("CST-0600").
var zoneNames = map[string]string{
	"UTC": "Coordinated Universal Time", "GMT": "Greenwich Mean Time", "BST": "British Summer Time",
	"CET": "Central European Standard Time", "CEST": "Central European Summer Time",
	"EET": "Eastern European Standard Time", "EEST": "Eastern European Summer Time",
	"WET": "Western European Standard Time", "WEST": "Western European Summer Time",
	"EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time",
	"CDT": "Central Daylight Time", "MST": "Mountain Standard Time", "MDT": "Mountain Daylight Time",
	"PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time",
	"AKST": "Alaska Standard Time", "AKDT": "Alaska Daylight Time", "HST": "Hawaii-Aleutian Standard Time",
	"JST": "Japan Standard Time", "KST": "Korean Standard Time", "MSK": "Moscow Standard Time",
	"AEST": "Australian Eastern Standard Time", "AEDT": "Australian Eastern Daylight Time",
	"CST-0600": "Central Standard Time", "CST+0800": "China Standard Time",
	"IST+0530": "India Standard Time", "IST+0200": "Israel Standard Time", "IST+0100": "Irish Standard Time",
}

// longZone rewrites the "GMT+hhmm (ABBR)" ending of goja's Date text.
func longZone(s string) string {
	open := strings.LastIndexByte(s, '(')
	if open < 9 || !strings.HasSuffix(s, ")") || s[open-1] != ' ' {
		return s
	}
	abbr, off := s[open+1:len(s)-1], s[open-6:open-1]
	if s[open-9:open-6] != "GMT" {
		return s
	}
	name, ok := zoneNames[abbr+off]
	if !ok {
		name, ok = zoneNames[abbr]
	}
	if !ok {
		return s
	}
	return s[:open+1] + name + ")"
}

// installZoneNames wraps Date's toString and toTimeString with longZone.
func installZoneNames(rt *goja.Runtime) error {
	proto := rt.Get("Date").ToObject(rt).Get("prototype").ToObject(rt)
	for _, name := range []string{"toString", "toTimeString"} {
		orig, ok := goja.AssertFunction(proto.Get(name))
		if !ok {
			return fmt.Errorf("runtime: Date.prototype.%s missing", name)
		}
		fn := rt.ToValue(func(call goja.FunctionCall) goja.Value {
			v, err := orig(call.This)
			if err != nil {
				panic(err)
			}
			if s, ok := v.(goja.String); ok {
				if t := s.String(); strings.HasSuffix(t, ")") {
					return rt.ToValue(longZone(t))
				}
			}
			return v
		}).ToObject(rt)
		must(fn.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		if err := proto.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}

// installISOYears wraps Date.prototype.toISOString: a year outside 0–9999
// is written with a sign and six digits ("-000001", "+010000"), where goja
// writes "-0001" and "+10000". toJSON and inspect print through it.
func installISOYears(rt *goja.Runtime) error {
	proto := rt.Get("Date").ToObject(rt).Get("prototype").ToObject(rt)
	orig, ok := goja.AssertFunction(proto.Get("toISOString"))
	if !ok {
		return fmt.Errorf("runtime: Date.prototype.toISOString missing")
	}
	fn := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		v, err := orig(call.This)
		if err != nil {
			panic(err)
		}
		s := v.String()
		// The part after the year is always "-MM-DDTHH:MM:SS.sssZ".
		if len(s) == 24 && s[0] != '-' && s[0] != '+' || len(s) < 21 {
			return v
		}
		year, rest := s[:len(s)-20], s[len(s)-20:]
		sign := "+"
		if year[0] == '-' {
			sign = "-"
		}
		digits := strings.TrimLeft(year, "+-")
		for len(digits) < 6 {
			digits = "0" + digits
		}
		return rt.ToValue(sign + digits + rest)
	}).ToObject(rt)
	must(fn.DefineDataProperty("name", rt.ToValue("toISOString"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	return proto.DefineDataProperty("toISOString", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// formatLocaleDefault is (x).toLocaleString() in en-US: grouped integer
// digits, at most three fraction digits, rounded half up on the shortest
// decimal form (as ICU does: 1.0005 gives "1.001").
func formatLocaleDefault(x float64) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "\u221e"
	case math.IsInf(x, -1):
		return "-\u221e"
	}
	sign := ""
	if x < 0 || x == 0 && math.Signbit(x) {
		sign = "-"
	}
	e := strconv.FormatFloat(math.Abs(x), 'e', -1, 64) // d.ddde±x
	mant, exps, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(exps)
	digits := strings.Replace(mant, ".", "", 1)
	point := 1 + exp // digits before the decimal point
	var intPart, frac string
	switch {
	case point <= 0:
		intPart, frac = "0", strings.Repeat("0", -point)+digits
	case point >= len(digits):
		intPart, frac = digits+strings.Repeat("0", point-len(digits)), ""
	default:
		intPart, frac = digits[:point], digits[point:]
	}
	if len(frac) > 3 {
		up := frac[3] >= '5'
		frac = frac[:3]
		if up {
			all := []byte(intPart + frac)
			i := len(all) - 1
			for ; i >= 0; i-- {
				if all[i] == '9' {
					all[i] = '0'
					continue
				}
				all[i]++
				break
			}
			s := string(all)
			if i < 0 {
				s = "1" + s
			}
			intPart, frac = s[:len(s)-3], s[len(s)-3:]
		}
	}
	frac = strings.TrimRight(frac, "0")
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	var b strings.Builder
	b.WriteString(sign)
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(intPart[i])
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// v8MaxStringLength is V8's String::kMaxLength on 64-bit hosts.
const v8MaxStringLength = 1<<29 - 24

// installStringLimits wraps repeat, padStart and padEnd: goja allocates
// whatever length they ask for, so "x".repeat(2 ** 40) killed the process
// (Go's out-of-memory is fatal) where V8 throws "Invalid string length";
// repeat's own RangeError also names the count in V8's wording.
func installStringLimits(rt *goja.Runtime, proto *goja.Object) error {
	rangeErr := func(msg string) {
		e, err := rt.New(rt.Get("RangeError"), rt.ToValue(msg))
		if err != nil {
			panic(err)
		}
		panic(e)
	}
	wrap := func(name string, length int, check func(call goja.FunctionCall)) error {
		orig, ok := goja.AssertFunction(proto.Get(name))
		if !ok {
			return fmt.Errorf("runtime: String.prototype.%s missing", name)
		}
		fn := rt.ToValue(func(call goja.FunctionCall) goja.Value {
			if goja.IsUndefined(call.This) || goja.IsNull(call.This) {
				panic(rt.NewTypeError("String.prototype." + name + " called on null or undefined"))
			}
			check(call)
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}).ToObject(rt)
		must(fn.DefineDataProperty("length", rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		must(fn.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		return proto.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	thisLen := func(call goja.FunctionCall) int {
		if s, ok := call.This.(goja.String); ok {
			return s.Length()
		}
		if s, ok := call.This.ToString().(goja.String); ok {
			return s.Length()
		}
		return len(call.This.String())
	}
	if err := wrap("repeat", 1, func(call goja.FunctionCall) {
		n := math.Trunc(call.Argument(0).ToNumber().ToFloat())
		if n != n {
			n = 0
		}
		if n < 0 || math.IsInf(n, 1) {
			rangeErr("Invalid count value: " + call.Argument(0).ToNumber().String())
		}
		if l := thisLen(call); l > 0 && n*float64(l) > v8MaxStringLength {
			rangeErr("Invalid string length")
		}
	}); err != nil {
		return err
	}
	pad := func(call goja.FunctionCall) {
		if n := call.Argument(0).ToNumber().ToFloat(); n > v8MaxStringLength && n > float64(thisLen(call)) {
			if f := call.Argument(1); goja.IsUndefined(f) || f.String() != "" {
				rangeErr("Invalid string length")
			}
		}
	}
	if err := wrap("padStart", 1, pad); err != nil {
		return err
	}
	return wrap("padEnd", 1, pad)
}

// localZoneName is the IANA name of the process's zone: $TZ, else the
// target of /etc/localtime, else UTC (what Node reports without either).
func localZoneName() string {
	if tz, ok := os.LookupEnv("TZ"); ok {
		tz = strings.TrimPrefix(tz, ":")
		if tz == "" || tz == "UTC0" {
			return "UTC"
		}
		return tz
	}
	if t, err := os.Readlink("/etc/localtime"); err == nil {
		if _, name, ok := strings.Cut(t, "zoneinfo/"); ok {
			return name
		}
	}
	return "UTC"
}

// iteratorPrototype is %IteratorPrototype%, the prototype of the prototype
// of an array iterator.
func iteratorPrototype(rt *goja.Runtime) (*goja.Object, error) {
	values, ok := goja.AssertFunction(rt.Get("Array").ToObject(rt).Get("prototype").ToObject(rt).Get("values"))
	if !ok {
		return nil, fmt.Errorf("runtime: Array.prototype.values missing")
	}
	it, err := values(rt.NewArray())
	if err != nil {
		return nil, err
	}
	p := it.ToObject(rt).Prototype()
	if p == nil || p.Prototype() == nil {
		return nil, fmt.Errorf("runtime: no %%IteratorPrototype%%")
	}
	return p.Prototype(), nil
}

const builtinsJS = `(function (orig) {
'use strict';
const toKey = (k) => (typeof k === 'symbol' ? k : String(k));
function groupInto(items, cb, add) {
  if (typeof cb !== 'function') throw new TypeError(String(cb) + ' is not a function');
  let i = 0;
  for (const x of items) add(cb(x, i++), x);
}
// Only en-US formatting is built in (there is no Intl): another locale is
// refused rather than formatted as en-US.
function checkLocale(locales) {
  const l = Array.isArray(locales) ? locales[0] : locales;
  if (l === undefined || l === 'en' || l === 'en-US') return;
  throw new RangeError('tsrun has no ICU data: toLocaleString formats only the "en-US" locale, not ' + JSON.stringify(String(l)));
}
// English locales whose decimal and percent formats are en-US's (their
// currency symbols differ: "US$12.50" in en-GB).
const englishDecimal = /^en-(GB|AU|CA|NZ|IE)$/;
function checkNumberLocale(locales, options) {
  const l = Array.isArray(locales) ? locales[0] : locales;
  if (l !== undefined && englishDecimal.test(String(l))) {
    const style = options === undefined ? undefined : Object(options).style;
    if (style === undefined || style === 'decimal' || style === 'percent') return;
  }
  checkLocale(locales);
}
function unsupported(what) {
  throw new RangeError('tsrun has no ICU data: toLocaleString does not support ' + what);
}
// digitsOf splits a non-negative finite number's shortest decimal form
// (what ICU rounds, so 1.005 rounds up as in Node) into integer and
// fraction digits, the point moved right by shift places.
function digitsOf(x, shift) {
  let s = String(x), exp = 0;
  const e = s.indexOf('e');
  if (e >= 0) { exp = Number(s.slice(e + 1)); s = s.slice(0, e); }
  const dot = s.indexOf('.');
  const digits = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
  const point = (dot < 0 ? s.length : dot) + exp + shift;
  let int, frac;
  if (point <= 0) { int = '0'; frac = '0'.repeat(-point) + digits; }
  else if (point >= digits.length) { int = digits + '0'.repeat(point - digits.length); frac = ''; }
  else { int = digits.slice(0, point); frac = digits.slice(point); }
  let z = 0;
  while (z < int.length - 1 && int.charCodeAt(z) === 48) z++;
  if (z > 0) int = int.slice(z);
  return [int, frac];
}
// group3 puts a comma between groups of three digits (no regexp: goja
// compiles a regexp literal on every evaluation, and lookaheads run on its
// backtracking engine).
function group3(d) {
  if (d.length <= 3) return d;
  let out = d.slice(0, d.length % 3 || 3);
  for (let i = out.length; i < d.length; i += 3) out += ',' + d.slice(i, i + 3);
  return out;
}
function roundDigits(int, frac, maxF) {
  if (frac.length <= maxF) return [int, frac];
  const up = frac.charCodeAt(maxF) >= 53; // '5'
  frac = frac.slice(0, maxF);
  if (!up) return [int, frac];
  const all = (int + frac).split('');
  let i = all.length - 1;
  for (; i >= 0; i--) {
    if (all[i] === '9') { all[i] = '0'; continue; }
    all[i] = String.fromCharCode(all[i].charCodeAt(0) + 1);
    break;
  }
  let s = all.join('');
  if (i < 0) s = '1' + s;
  return [s.slice(0, s.length - frac.length), s.slice(s.length - frac.length)];
}
const currencies = { USD: '$', EUR: '\u20ac', GBP: '\u00a3', JPY: '\u00a5', INR: '\u20b9', CNY: 'CN\u00a5', CAD: 'CA$', AUD: 'A$' };
const zeroDigitCurrencies = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK']);
const unsupportedNumberOptions = ['minimumSignificantDigits', 'maximumSignificantDigits', 'notation', 'signDisplay', 'compactDisplay', 'unit', 'roundingMode', 'roundingIncrement'];
function formatNumber(x, options) {
  const o = options === undefined ? {} : Object(options);
  for (let i = 0; i < unsupportedNumberOptions.length; i++) {
    if (o[unsupportedNumberOptions[i]] !== undefined) unsupported('the ' + unsupportedNumberOptions[i] + ' option');
  }
  const style = o.style === undefined ? 'decimal' : String(o.style);
  let defMin = 0, defMax = 3, shift = 0, prefix = '', suffix = '';
  if (style === 'percent') { defMax = 0; shift = 2; suffix = '%'; }
  else if (style === 'currency') {
    if (o.currency === undefined) throw new TypeError('Currency code is required with currency style.');
    const code = String(o.currency).toUpperCase();
    if (o.currencyDisplay !== undefined && o.currencyDisplay !== 'symbol') unsupported('the currencyDisplay option');
    prefix = currencies[code] ?? code + '\u00a0';
    defMin = defMax = zeroDigitCurrencies.has(code) ? 0 : 2;
  } else if (style !== 'decimal') unsupported('the style ' + JSON.stringify(style));
  const num = (k, lo, hi, def) => {
    const v = o[k];
    if (v === undefined) return def;
    const n = Number(v);
    if (!(n >= lo && n <= hi)) throw new RangeError(k + ' value is out of range.');
    return Math.floor(n);
  };
  let minF = num('minimumFractionDigits', 0, 100, undefined);
  let maxF = num('maximumFractionDigits', 0, 100, undefined);
  const minI = num('minimumIntegerDigits', 1, 21, 1);
  if (minF === undefined && maxF === undefined) { minF = defMin; maxF = defMax; }
  else if (minF === undefined) minF = Math.min(defMin, maxF);
  else if (maxF === undefined) maxF = Math.max(defMax, minF);
  else if (minF > maxF) throw new RangeError('maximumFractionDigits value is out of range.');
  const neg = x < 0 || Object.is(x, -0);
  let body;
  if (Number.isNaN(x)) body = 'NaN';
  else if (!Number.isFinite(x)) body = '\u221e';
  else {
    const d = digitsOf(Math.abs(x), shift);
    const r = roundDigits(d[0], d[1], maxF);
    let int = r[0], frac = r[1];
    let e = frac.length;
    while (e > 0 && frac.charCodeAt(e - 1) === 48) e--;
    frac = frac.slice(0, e);
    if (frac.length < minF) frac += '0'.repeat(minF - frac.length);
    if (int.length < minI) int = '0'.repeat(minI - int.length) + int;
    if (o.useGrouping !== false && o.useGrouping !== 'false') int = group3(int);
    body = frac ? int + '.' + frac : int;
  }
  return (neg && !Number.isNaN(x) ? '-' : '') + prefix + body + suffix;
}
const thisNumber = (v) => Number.prototype.valueOf.call(v);
const pad2 = (n) => (n < 10 ? '0' : '') + n;
// en-US date and time without options (or with only timeZone "UTC");
// other options are left to goja's methods.
function dateParts(d, locales, options) {
  checkLocale(locales);
  if (options !== undefined) {
    const keys = Object.keys(Object(options));
    if (keys.some((k) => k !== 'timeZone') || (options.timeZone !== undefined && String(options.timeZone).toUpperCase() !== 'UTC')) return null;
  }
  const t = Date.prototype.getTime.call(d);
  if (Number.isNaN(t)) return 'Invalid Date';
  const utc = options !== undefined && options.timeZone !== undefined;
  const g = utc
    ? [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
    : [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
  const h = g[3] % 12 === 0 ? 12 : g[3] % 12;
  return {
    date: (g[1] + 1) + '/' + g[2] + '/' + g[0],
    time: h + ':' + pad2(g[4]) + ':' + pad2(g[5]) + ' ' + (g[3] < 12 ? 'AM' : 'PM'),
  };
}
function dateMethod(name, pick) {
  return function (locales, options) {
    const p = dateParts(this, locales, options);
    if (p === null) return orig[name].call(this, locales, options);
    return typeof p === 'string' ? p : pick(p);
  };
}
// Iterator helpers. A helper is a generator underneath, so that return()
// at a yield closes the source iterator through the generator's finally.
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([].values()));
function Iterator() {
  if (new.target === undefined || new.target === Iterator) throw new TypeError('Abstract class Iterator not directly constructable');
}
Object.defineProperty(Iterator, 'prototype', { value: IteratorPrototype, writable: false, enumerable: false, configurable: false });
const helperState = new WeakMap();
const HelperPrototype = Object.create(IteratorPrototype, {
  next: { value: function next() { return stateOf(this).gen.next(); }, writable: true, configurable: true },
  return: { value: function () {
    const s = stateOf(this);
    if (!s.started) { s.gen.return(); closeIter(s.rec); return { value: undefined, done: true }; }
    return s.gen.return(undefined);
  }, writable: true, configurable: true },
  [Symbol.toStringTag]: { value: 'Iterator Helper', configurable: true },
});
function stateOf(h) {
  const s = helperState.get(h);
  if (s === undefined) throw new TypeError('Method Iterator Helper.prototype.next called on incompatible receiver ' + String(h));
  s.started = true;
  return s;
}
const describe = (v) => (v === null || v === undefined ? String(v) : typeof v === 'object' || typeof v === 'function' ? '#<Object>' : typeof v + ' ' + String(v));
function callable(fn) {
  if (typeof fn !== 'function') throw new TypeError(describe(fn) + ' is not a function');
  return fn;
}
function direct(it) {
  if (it === null || (typeof it !== 'object' && typeof it !== 'function')) throw new TypeError(describe(it) + ' is not an object');
  return { it, next: it.next };
}
function stepIter(rec) {
  if (typeof rec.next !== 'function') throw new TypeError(describe(rec.next) + ' is not a function');
  const r = rec.next.call(rec.it);
  if (r === null || (typeof r !== 'object' && typeof r !== 'function')) throw new TypeError('Iterator result ' + String(r) + ' is not an object');
  return r;
}
function closeIter(rec) {
  const ret = rec.it.return;
  if (ret !== undefined && ret !== null) ret.call(rec.it);
}
function count(limit) {
  const n = Number(limit);
  if (Number.isNaN(n)) throw new RangeError(String(limit) + ' must be positive');
  const i = Math.trunc(n);
  if (i < 0) throw new RangeError(String(limit) + ' must be positive');
  return i;
}
function helper(rec, body) {
  const h = Object.create(HelperPrototype);
  helperState.set(h, { gen: body(), rec, started: false });
  return h;
}
// source yields the values of rec, closing it when the consumer stops early
// (the generator is returned at a yield) and not when it ended or threw.
function* source(rec) {
  let live = true;
  try {
    for (;;) {
      let r;
      try { r = stepIter(rec); } catch (e) { live = false; throw e; }
      if (r.done) { live = false; return; }
      yield r.value;
    }
  } finally {
    if (live) closeIter(rec);
  }
}
// eager runs fn over rec's values; fn returns true to stop (closing rec).
function eager(rec, fn) {
  let i = 0;
  for (;;) {
    const r = stepIter(rec);
    if (r.done) return;
    let stop;
    try { stop = fn(r.value, i++); } catch (e) { try { closeIter(rec); } catch {} throw e; }
    if (stop) { closeIter(rec); return; }
  }
}
const WrapPrototype = Object.create(IteratorPrototype, {
  next: { value: function next() { const rec = wrapped.get(this); return rec.next.call(rec.it); }, writable: true, configurable: true },
  return: { value: function () { const rec = wrapped.get(this); const ret = rec.it.return; return ret === undefined || ret === null ? { value: undefined, done: true } : ret.call(rec.it); }, writable: true, configurable: true },
});
const wrapped = new WeakMap();
Object.defineProperty(Iterator, 'from', { value: function from(o) {
  let rec;
  if (typeof o === 'string') rec = direct(o[Symbol.iterator]());
  else {
    if (o === null || (typeof o !== 'object' && typeof o !== 'function')) throw new TypeError('Iterator.from called on non-object');
    const m = o[Symbol.iterator];
    rec = m === undefined || m === null ? direct(o) : direct(m.call(o));
  }
  if (rec.it instanceof Iterator) return rec.it;
  const w = Object.create(WrapPrototype);
  wrapped.set(w, rec);
  return w;
}, writable: true, configurable: true });
Object.defineProperty(Iterator, 'concat', { value: function concat(...items) {
  const recs = items.map((o) => {
    if (o === null || typeof o !== 'object') throw new TypeError(describe(o) + ' is not an object');
    return { o, m: callable(o[Symbol.iterator]) };
  });
  return helper({ it: {}, next() {} }, function* () {
    for (const { o, m } of recs) yield* source(direct(m.call(o)));
  });
}, writable: true, configurable: true });
// v8Source rewrites goja's "\u002f" (its spelling of an unescaped "/")
// as V8's: "\/" outside a character class, "/" inside one.
function v8Source(src) {
  if (src.indexOf('\\u002f') < 0) return src;
  let out = '', inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      if (src.startsWith('u002f', i + 1)) { out += inClass ? '/' : '\\/'; i += 5; continue; }
      out += c + (src[i + 1] ?? ''); i++; continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}
const canBeHeldWeakly = (v) => (v !== null && (typeof v === 'object' || typeof v === 'function')) || (typeof v === 'symbol' && Symbol.keyFor(v) === undefined);
const refTargets = new WeakMap();
function WeakRef(target) {
  if (new.target === undefined) throw new TypeError("Constructor WeakRef requires 'new'");
  if (!canBeHeldWeakly(target)) throw new TypeError('WeakRef: invalid target');
  refTargets.set(this, target);
}
Object.defineProperty(WeakRef.prototype, 'deref', { value: function deref() {
  if (!refTargets.has(this)) throw new TypeError('Method WeakRef.prototype.deref called on incompatible receiver ' + String(this));
  return refTargets.get(this);
}, writable: true, configurable: true });
Object.defineProperty(WeakRef.prototype, Symbol.toStringTag, { value: 'WeakRef', configurable: true });
const registries = new WeakMap(); // registry -> Map(token -> count)
function FinalizationRegistry(cleanup) {
  if (new.target === undefined) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
  if (typeof cleanup !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable');
  registries.set(this, new Map());
}
function tokensOf(r, method) {
  const t = registries.get(r);
  if (t === undefined) throw new TypeError('Method FinalizationRegistry.prototype.' + method + ' called on incompatible receiver ' + String(r));
  return t;
}
Object.defineProperty(FinalizationRegistry.prototype, 'register', { value: function register(target, held, token) {
  const tokens = tokensOf(this, 'register');
  if (!canBeHeldWeakly(target)) throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
  if (Object.is(target, held)) throw new TypeError('FinalizationRegistry.prototype.register: target and holdings must not be same');
  if (token !== undefined) {
    if (!canBeHeldWeakly(token)) throw new TypeError('FinalizationRegistry.prototype.register: invalid unregister token');
    tokens.set(token, (tokens.get(token) ?? 0) + 1);
  }
}, writable: true, configurable: true });
Object.defineProperty(FinalizationRegistry.prototype, 'unregister', { value: function unregister(token) {
  const tokens = tokensOf(this, 'unregister');
  if (!canBeHeldWeakly(token)) throw new TypeError("Invalid unregisterToken ('" + String(token) + "')");
  return tokens.delete(token);
}, writable: true, configurable: true });
Object.defineProperty(FinalizationRegistry.prototype, Symbol.toStringTag, { value: 'FinalizationRegistry', configurable: true });
// Intl, en-US only: Collator (Go's root collation with the numeric and
// sensitivity options), NumberFormat (formatNumber above), DateTimeFormat
// without options, PluralRules and ListFormat for English. What ICU would
// need data for (other locales, DisplayNames, Segmenter, RelativeTimeFormat
// …) is not there, or throws the RangeError of checkLocale/unsupported.
const collatorOptions = (options) => {
  const o = options === undefined ? {} : Object(options);
  const sensitivity = o.sensitivity === undefined ? 'variant' : String(o.sensitivity);
  if (!['base', 'accent', 'case', 'variant'].includes(sensitivity)) throw new RangeError('Value ' + sensitivity + ' out of range for Intl.Collator options property sensitivity');
  if (o.ignorePunctuation) unsupported('the ignorePunctuation option');
  if (o.caseFirst !== undefined && o.caseFirst !== 'false') unsupported('the caseFirst option');
  return { numeric: !!o.numeric, sensitivity, usage: o.usage === undefined ? 'sort' : String(o.usage) };
};
// Go's root collation orders these languages' letters as they do; others
// (Swedish å/ä/ö after z, Spanish ñ after n …) would be silently wrong.
const rootCollation = /^(en|de|fr|it|pt|nl)(-[A-Za-z0-9]+)*$/;
function checkCollationLocale(locales) {
  const l = Array.isArray(locales) ? locales[0] : locales;
  if (l === undefined || rootCollation.test(String(l))) return;
  throw new RangeError('tsrun has no ICU data: collation is built in only for en, de, fr, it, pt and nl, not ' + JSON.stringify(String(l)));
}
const localeOf = (locales) => {
  checkLocale(locales);
  const l = Array.isArray(locales) ? locales[0] : locales;
  return l === undefined ? 'en-US' : l;
};
function boundGetter(proto, name, make) {
  const cache = new WeakMap();
  Object.defineProperty(proto, name, { get() {
    let f = cache.get(this);
    if (f === undefined) { f = make(this); cache.set(this, f); }
    return f;
  }, configurable: true });
}
const slots = new WeakMap();
const slot = (o, cls) => {
  const s = slots.get(o);
  if (s === undefined || s.cls !== cls) throw new TypeError('Method Intl.' + cls + ' called on incompatible receiver ' + String(o));
  return s;
};
function Collator(locales, options) {
  if (!new.target) return new Collator(locales, options);
  checkCollationLocale(locales);
  const l = Array.isArray(locales) ? locales[0] : locales;
  slots.set(this, { cls: 'Collator', locale: l === undefined ? 'en-US' : String(l), ...collatorOptions(options) });
}
boundGetter(Collator.prototype, 'compare', (c) => {
  const s = slot(c, 'Collator');
  return (a, b) => orig.collate(String(a), String(b), s.numeric, s.sensitivity);
});
Collator.prototype.resolvedOptions = function resolvedOptions() {
  const s = slot(this, 'Collator');
  return { locale: s.locale, usage: s.usage, sensitivity: s.sensitivity, ignorePunctuation: false, collation: 'default', numeric: s.numeric, caseFirst: 'false' };
};
function NumberFormat(locales, options) {
  if (!new.target) return new NumberFormat(locales, options);
  checkNumberLocale(locales, options);
  const locale = Array.isArray(locales) ? String(locales[0] ?? 'en-US') : locales === undefined ? 'en-US' : String(locales);
  formatNumber(0, options); // option errors now, as the constructor's
  slots.set(this, { cls: 'NumberFormat', locale, options: options === undefined ? undefined : { ...Object(options) } });
}
boundGetter(NumberFormat.prototype, 'format', (f) => {
  const s = slot(f, 'NumberFormat');
  return (x) => {
    if (typeof x === 'bigint') return BigInt.prototype.toLocaleString.call(x);
    return formatNumber(Number(x), s.options);
  };
});
NumberFormat.prototype.resolvedOptions = function resolvedOptions() {
  const s = slot(this, 'NumberFormat');
  const o = s.options || {};
  const style = o.style === undefined ? 'decimal' : o.style;
  const digits = style === 'currency' ? (zeroDigitCurrencies.has(String(o.currency).toUpperCase()) ? 0 : 2) : 0;
  const out = { locale: s.locale, numberingSystem: 'latn', style };
  if (style === 'currency') { out.currency = String(o.currency).toUpperCase(); out.currencyDisplay = 'symbol'; out.currencySign = 'standard'; }
  out.minimumIntegerDigits = o.minimumIntegerDigits === undefined ? 1 : Number(o.minimumIntegerDigits);
  out.minimumFractionDigits = o.minimumFractionDigits === undefined ? digits : Number(o.minimumFractionDigits);
  out.maximumFractionDigits = o.maximumFractionDigits === undefined ? Math.max(style === 'decimal' ? 3 : digits, out.minimumFractionDigits) : Number(o.maximumFractionDigits);
  Object.assign(out, { useGrouping: o.useGrouping === false ? false : 'auto', notation: 'standard', signDisplay: 'auto', roundingIncrement: 1, roundingMode: 'halfExpand', roundingPriority: 'auto', trailingZeroDisplay: 'auto' });
  return out;
};
function DateTimeFormat(locales, options) {
  if (!new.target) return new DateTimeFormat(locales, options);
  const locale = localeOf(locales);
  if (options !== undefined) {
    const o = Object(options);
    const keys = Object.keys(o);
    if (keys.some((k) => k !== 'timeZone') || (o.timeZone !== undefined && String(o.timeZone).toUpperCase() !== 'UTC')) unsupported('Intl.DateTimeFormat options other than timeZone "UTC"');
  }
  slots.set(this, { cls: 'DateTimeFormat', locale, options: options === undefined ? undefined : { ...Object(options) } });
}
boundGetter(DateTimeFormat.prototype, 'format', (f) => {
  const s = slot(f, 'DateTimeFormat');
  return (d) => {
    const date = d === undefined ? new Date() : new Date(Number(d));
    const p = dateParts(date, undefined, s.options);
    if (typeof p === 'string') throw new RangeError('Invalid time value');
    return p.date;
  };
});
DateTimeFormat.prototype.resolvedOptions = function resolvedOptions() {
  const s = slot(this, 'DateTimeFormat');
  const tz = s.options && s.options.timeZone !== undefined ? 'UTC' : orig.timeZone();
  return { locale: s.locale, calendar: 'gregory', numberingSystem: 'latn', timeZone: tz, year: 'numeric', month: 'numeric', day: 'numeric' };
};
function PluralRules(locales, options) {
  if (!new.target) throw new TypeError("Constructor Intl.PluralRules requires 'new'");
  const type = options === undefined || Object(options).type === undefined ? 'cardinal' : String(Object(options).type);
  if (type !== 'cardinal' && type !== 'ordinal') throw new RangeError('Value ' + type + ' out of range for Intl.PluralRules options property type');
  slots.set(this, { cls: 'PluralRules', locale: localeOf(locales), type });
}
PluralRules.prototype.select = function select(n) {
  const s = slot(this, 'PluralRules');
  n = Number(n);
  if (s.type === 'cardinal') return n === 1 ? 'one' : 'other';
  if (!Number.isInteger(n)) return 'other';
  const a = Math.abs(n), m10 = a % 10, m100 = a % 100;
  if (m10 === 1 && m100 !== 11) return 'one';
  if (m10 === 2 && m100 !== 12) return 'two';
  if (m10 === 3 && m100 !== 13) return 'few';
  return 'other';
};
PluralRules.prototype.resolvedOptions = function resolvedOptions() {
  const s = slot(this, 'PluralRules');
  return { locale: s.locale, type: s.type, minimumIntegerDigits: 1, minimumFractionDigits: 0, maximumFractionDigits: 3, pluralCategories: s.type === 'cardinal' ? ['one', 'other'] : ['few', 'one', 'two', 'other'], roundingIncrement: 1, roundingMode: 'halfExpand', roundingPriority: 'auto', trailingZeroDisplay: 'auto' };
};
function ListFormat(locales, options) {
  if (!new.target) throw new TypeError("Constructor Intl.ListFormat requires 'new'");
  const o = options === undefined ? {} : Object(options);
  const type = o.type === undefined ? 'conjunction' : String(o.type);
  const style = o.style === undefined ? 'long' : String(o.style);
  if (type !== 'conjunction' && type !== 'disjunction') unsupported('the ListFormat type ' + JSON.stringify(type));
  if (style !== 'long') unsupported('the ListFormat style ' + JSON.stringify(style));
  slots.set(this, { cls: 'ListFormat', locale: localeOf(locales), type, style });
}
ListFormat.prototype.format = function format(list) {
  const s = slot(this, 'ListFormat');
  const items = [...list].map(String);
  const word = s.type === 'conjunction' ? 'and' : 'or';
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return items[0] + ' ' + word + ' ' + items[1];
  return items.slice(0, -1).join(', ') + ', ' + word + ' ' + items[items.length - 1];
};
const Intl = {};
for (const [name, C] of [['Collator', Collator], ['DateTimeFormat', DateTimeFormat], ['ListFormat', ListFormat], ['NumberFormat', NumberFormat], ['PluralRules', PluralRules]]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: 'Intl.' + name, configurable: true });
  C.supportedLocalesOf = function supportedLocalesOf(locales) {
    const list = locales === undefined ? [] : Array.isArray(locales) ? locales : [locales];
    return list.filter((l) => l === 'en' || l === 'en-US');
  };
  Object.defineProperty(Intl, name, { value: C, writable: true, configurable: true });
}
Object.defineProperty(Intl, 'getCanonicalLocales', { value: function getCanonicalLocales(l) { return l === undefined ? [] : (Array.isArray(l) ? l : [l]).map(String); }, writable: true, configurable: true });
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });
return {
  Iterator,
  Intl,
  'String.prototype.localeCompare'(that, locales, options) {
    if (this === null || this === undefined) throw new TypeError('String.prototype.localeCompare called on null or undefined');
    checkCollationLocale(locales);
    const o = collatorOptions(options);
    return orig.collate(String(this), String(that), o.numeric, o.sensitivity);
  },
  WeakRef,
  FinalizationRegistry,
  'RegExp.prototype.source'() {
    return v8Source(orig.regexpSource.call(this));
  },
  'RegExp.prototype.toString'() {
    if (this === null || (typeof this !== 'object' && typeof this !== 'function')) throw new TypeError('Method RegExp.prototype.toString called on incompatible receiver ' + String(this));
    return '/' + String(this.source) + '/' + String(this.flags);
  },
  'Object.groupBy'(items, cb) {
    const out = Object.create(null);
    groupInto(items, cb, (k, x) => { k = toKey(k); (out[k] ??= []).push(x); });
    return out;
  },
  'Map.groupBy'(items, cb) {
    const out = new Map();
    groupInto(items, cb, (k, x) => {
      if (Object.is(k, -0)) k = 0;
      const list = out.get(k);
      if (list) list.push(x); else out.set(k, [x]);
    });
    return out;
  },
  'Promise.withResolvers'() {
    let resolve, reject;
    const promise = new this((a, b) => { resolve = a; reject = b; });
    return { promise, resolve, reject };
  },
  'Promise.try'(fn, ...args) {
    return new this((resolve) => resolve(fn(...args)));
  },
  async 'Array.fromAsync'(items, mapFn, thisArg) {
    if (items == null) throw new TypeError(String(items) + ' is not iterable');
    if (mapFn !== undefined && typeof mapFn !== 'function') throw new TypeError(String(mapFn) + ' is not a function');
    const out = [];
    const add = async (v) => { out.push(mapFn ? await mapFn.call(thisArg, v, out.length) : v); };
    const asyncIt = items[Symbol.asyncIterator];
    if (asyncIt != null) {
      const it = asyncIt.call(items);
      for (;;) {
        const r = await it.next();
        if (r.done) break;
        await add(r.value);
      }
    } else if (items[Symbol.iterator] != null) {
      for (const v of items) await add(await v);
    } else {
      const n = Math.min(Math.max(Math.trunc(Number(items.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
      for (let i = 0; i < n; i++) await add(await items[i]);
    }
    return out;
  },
  'String.prototype.isWellFormed'() {
    if (this == null) throw new TypeError('String.prototype.isWellFormed called on null or undefined');
    const s = String(this);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const n = s.charCodeAt(i + 1);
        if (n >= 0xdc00 && n <= 0xdfff) { i++; continue; }
        return false;
      }
      if (c >= 0xdc00 && c <= 0xdfff) return false;
    }
    return true;
  },
  'String.prototype.toWellFormed'() {
    if (this == null) throw new TypeError('String.prototype.toWellFormed called on null or undefined');
    const s = String(this);
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const n = s.charCodeAt(i + 1);
        if (n >= 0xdc00 && n <= 0xdfff) { out += s[i] + s[i + 1]; i++; continue; }
        out += '\ufffd';
      } else if (c >= 0xdc00 && c <= 0xdfff) out += '\ufffd';
      else out += s[i];
    }
    return out;
  },
  'Number.prototype.toLocaleString'(locales, options) {
    const x = thisNumber(this);
    checkNumberLocale(locales, options);
    return formatNumber(x, options);
  },
  'BigInt.prototype.toLocaleString'(locales, options) {
    const x = BigInt.prototype.valueOf.call(this);
    checkLocale(locales);
    if (options !== undefined) unsupported('options for a BigInt');
    const s = group3((x < 0n ? -x : x).toString());
    return x < 0n ? '-' + s : s;
  },
  '%IteratorPrototype%.map'(fn) {
    const rec = direct(this); callable(fn);
    return helper(rec, function* () { let i = 0; for (const v of source(rec)) yield fn(v, i++); });
  },
  '%IteratorPrototype%.filter'(fn) {
    const rec = direct(this); callable(fn);
    return helper(rec, function* () { let i = 0; for (const v of source(rec)) if (fn(v, i++)) yield v; });
  },
  '%IteratorPrototype%.take'(limit) {
    const rec = direct(this); const n = count(limit);
    return helper(rec, function* () {
      if (n === 0) { closeIter(rec); return; }
      let i = 0;
      for (const v of source(rec)) { yield v; if (++i >= n) return; }
    });
  },
  '%IteratorPrototype%.drop'(limit) {
    const rec = direct(this); const n = count(limit);
    return helper(rec, function* () { let i = 0; for (const v of source(rec)) if (i++ >= n) yield v; });
  },
  '%IteratorPrototype%.flatMap'(fn) {
    const rec = direct(this); callable(fn);
    return helper(rec, function* () {
      let i = 0;
      for (const v of source(rec)) {
        const inner = fn(v, i++);
        if (inner === null || typeof inner !== 'object') throw new TypeError('Iterator.prototype.flatMap called on non-object');
        const m = inner[Symbol.iterator];
        yield* source(m === undefined || m === null ? direct(inner) : direct(m.call(inner)));
      }
    });
  },
  '%IteratorPrototype%.reduce'(fn, ...init) {
    const rec = direct(this); callable(fn);
    let acc, i = 0;
    if (init.length > 0) acc = init[0];
    else {
      const r = stepIter(rec);
      if (r.done) throw new TypeError('Reduce of a done iterator with no initial value');
      acc = r.value; i = 1;
    }
    eager(rec, (v) => { acc = fn(acc, v, i++); });
    return acc;
  },
  '%IteratorPrototype%.toArray'() {
    const rec = direct(this); const out = [];
    eager(rec, (v) => { out.push(v); });
    return out;
  },
  '%IteratorPrototype%.forEach'(fn) {
    const rec = direct(this); callable(fn);
    eager(rec, (v, i) => { fn(v, i); });
  },
  '%IteratorPrototype%.some'(fn) {
    const rec = direct(this); callable(fn); let found = false;
    eager(rec, (v, i) => (found = !!fn(v, i)));
    return found;
  },
  '%IteratorPrototype%.every'(fn) {
    const rec = direct(this); callable(fn); let all = true;
    eager(rec, (v, i) => !(all = !!fn(v, i)));
    return all;
  },
  '%IteratorPrototype%.find'(fn) {
    const rec = direct(this); callable(fn); let hit;
    eager(rec, (v, i) => (fn(v, i) ? ((hit = v), true) : false));
    return hit;
  },
  'Date.prototype.toLocaleString': dateMethod('toLocaleString', (p) => p.date + ', ' + p.time),
  'Date.prototype.toLocaleDateString': dateMethod('toLocaleDateString', (p) => p.date),
  'Date.prototype.toLocaleTimeString': dateMethod('toLocaleTimeString', (p) => p.time),
};
})`
