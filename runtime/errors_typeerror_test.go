package runtime

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/google/go-cmp/cmp"
)

// TestGojaLayout fails when a goja upgrade changes the fields the error
// hooks read (errors_goja.go): they then fall back to goja's own texts.
func TestGojaLayout(t *testing.T) {
	if gojaLayoutOnce() == nil {
		t.Fatal("goja's Runtime/vm/context/StackFrame layout is not the expected one: the error hooks are off")
	}
	rt := goja.New()
	if !hookConstruct(rt.Get("TypeError").(*goja.Object), func(c ctorFunc) ctorFunc { return c }) {
		t.Fatal("goja's native constructor layout is not the expected one")
	}
	if ok := hookConstruct(rt.NewObject(), func(c ctorFunc) ctorFunc { return c }); ok {
		t.Fatal("hooked an object that is no native constructor")
	}
	if et, _ := objectImpl(rt.NewTypeError("x")); et == nil || et.Elem().Name() != "errorObject" {
		t.Fatalf("goja's error objects are %v, not *errorObject", et)
	}
}

// TestEngineTypeErrorText: goja's TypeErrors for an access on null or
// undefined, `in` and `instanceof` read as V8's (checked against Node 26);
// the instruction names in readSlots/writeSlots are goja's, so a rename
// shows here.
func TestEngineTypeErrorText(t *testing.T) {
	src := `
	const u = undefined, n = null, o = {}, s = Symbol('s');
	const cases = [
		() => u.y, () => n.y, () => u['k' + 1], () => n[0], () => u.m(), () => n.m(), () => u['k'](),
		() => { u.x = 1; }, () => { n.x = 1; }, () => { u['k' + 2] = 1; }, () => { n[0] = 1; },
		() => { 'use strict'; u.x = 1; }, () => { 'use strict'; n[s] = 1; },
		() => { n.x++; }, () => u[s], () => 'a' in u, () => o instanceof o, () => o instanceof 5,
		() => Object.keys(n), () => { throw new TypeError("Cannot read property 'q' of undefined"); },
	];
	for (const f of cases) { try { f(); log('no error'); } catch (e) { log(e.message); } }`
	logs, stderr, _ := runLoopJS(t, src)
	want := []string{
		"Cannot read properties of undefined (reading 'y')",
		"Cannot read properties of null (reading 'y')",
		"Cannot read properties of undefined (reading 'k1')",
		"Cannot read properties of null (reading '0')",
		"Cannot read properties of undefined (reading 'm')",
		"Cannot read properties of null (reading 'm')",
		"Cannot read properties of undefined (reading 'k')",
		"Cannot set properties of undefined (setting 'x')",
		"Cannot set properties of null (setting 'x')",
		"Cannot set properties of undefined (setting 'k2')",
		"Cannot set properties of null (setting '0')",
		"Cannot set properties of undefined (setting 'x')",
		"Cannot set properties of null (setting 'Symbol(s)')",
		"Cannot read properties of null (reading 'x')",
		"Cannot read properties of undefined (reading 'Symbol(s)')",
		"Cannot use 'in' operator to search for 'a' in undefined",
		"Right-hand side of 'instanceof' is not callable",
		"Right-hand side of 'instanceof' is not an object",
		"Cannot convert undefined or null to object",
		"Cannot read property 'q' of undefined",
	}
	if diff := cmp.Diff(want, logs); diff != "" {
		t.Errorf("(-want +got):\n%s\nstderr: %s", diff, stderr)
	}
}

// TestDestructureIterableText: goja's TypeErrors for destructuring null or
// undefined and for iterating a non-iterable read as V8's (checked against
// Node 26), the subject named from the source; shapes whose V8 text cannot
// be told here keep goja's.
func TestDestructureIterableText(t *testing.T) {
	tests := []struct{ stmt, want string }{
		{"const { a } = u;", "Cannot destructure property 'a' of 'u' as it is undefined."},
		{"const { a } = n;", "Cannot destructure property 'a' of 'n' as it is null."},
		{"const { a } = o.p;", "Cannot destructure property 'a' of 'o.p' as it is undefined."},
		{"const { a } = o['p'];", "Cannot destructure property 'a' of 'o.p' as it is undefined."},
		{"const { a } = f();", "Cannot destructure property 'a' of 'f(...)' as it is undefined."},
		{"const { a } = o.m();", "Cannot destructure property 'a' of 'o.m(...)' as it is undefined."},
		{"const {} = u;", "Cannot destructure 'u' as it is undefined."},
		{"const { ...r } = u;", "Cannot destructure 'u' as it is undefined."},
		{"const { ['k' + 1]: v } = u;", "Cannot destructure 'u' as it is undefined."},
		{"const { 'a-b': v } = u;", "Cannot destructure property 'a-b' of 'u' as it is undefined."},
		{"const { a = 1 } = u;", "Cannot read properties of undefined (reading 'a')"},
		{"const { a: { b } } = { a: undefined } as any;", "Cannot read properties of undefined (reading 'b')"},
		{"g(null);", "Cannot destructure property 'a' of 'object null' as it is null."},
		{"g(undefined);", "Cannot destructure property 'a' of 'undefined' as it is undefined."},
		{"h(5);", "number 5 is not iterable (cannot read property Symbol(Symbol.iterator))"},
		{"const [x] = u;", "u is not iterable"},
		{"const [x] = f();", "f is not a function or its return value is not iterable"},
		{"const [x] = o.q;", "object null is not iterable (cannot read property Symbol(Symbol.iterator))"},
		{"for (const x of o) {}", "o is not iterable"},
		{"for (const x of o.p) {}", "o.p is not iterable"},
		{"for (const x of f()) {}", "f is not a function or its return value is not iterable"},
		{"[...num];", "num is not iterable"},
		{"Math.max(...n);", "n is not iterable (cannot read property null)"},
		{"Math.max(...num);", "Spread syntax requires ...iterable[Symbol.iterator] to be a function"},
		{"let a; ({ a } = u);", "Cannot destructure property 'a' of 'u' as it is undefined."},
		{"let a; [a] = u;", "undefined is not iterable (cannot read property Symbol(Symbol.iterator))"},
		{"new Set(5 as any);", "number 5 is not iterable (cannot read property Symbol(Symbol.iterator))"},
		{"new Map({} as any);", "object is not iterable (cannot read property Symbol(Symbol.iterator))"},
		{"new Map([1] as any);", "Iterator value 1 is not an entry object"},
		{"new notFn();", "notFn is not a constructor"},
		// V8 names these in ways not told apart here: goja's text stays.
		{"const { a: { b } } = o;", "Value is not object coercible"},
		{"const {} = null as any;", "Value is not object coercible"},
		{"for (const [x] of [u]) {}", "Cannot convert undefined or null to object"},
		{"[...gen()];", "Cannot convert undefined or null to object"},
		{"[...px];", "object is not iterable"},
	}
	var b strings.Builder
	b.WriteString(`const u: any = undefined, n: any = null, num: any = 5, notFn: any = 5;
const o: any = { p: undefined, q: null, m() {} };
function f(): any { return undefined; }
function g({ a }: any) { return a; }
function h([x]: any) { return x; }
function* gen() { yield* u; }
let traps = 0;
const px: any = new Proxy({}, { get() { traps++; return undefined; } });
const say = (s: string) => process.stdout.write(s + "\n");
`)
	for _, tt := range tests {
		b.WriteString("try { " + tt.stmt + " say('no error'); } catch (e) { say((e as Error).message); }\n")
	}
	b.WriteString("say('traps ' + traps);\n")
	res, err := runFiles(t, map[string]string{"main.ts": b.String()}, "main.ts")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, tt := range tests {
		want = append(want, tt.want)
	}
	want = append(want, "traps 1", "")
	if diff := cmp.Diff(want, strings.Split(res.stdout, "\n")); diff != "" {
		t.Errorf("(-want +got):\n%s\nstderr: %s", diff, res.stderr)
	}
}
