package runtime

import (
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
