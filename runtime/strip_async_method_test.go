package runtime

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/tsrun-dev/tsrun/esm"
)

// TestAsyncMethodType guards the reflection isAsyncMethod relies on: goja
// must implement async shorthand methods with a type of their own.
func TestAsyncMethodType(t *testing.T) {
	if asyncMethodType() == nil {
		t.Fatal("goja's object layout changed: no implementation type for an async method")
	}
	rt := goja.New()
	for src, want := range map[string]bool{
		"({ async m() {} }).m":                 true,
		"(class { async m() {} }).prototype.m": true,
		"({ m() {} }).m":                       false,
		"(async function () {})":               false,
		"(async () => {})":                     false,
	} {
		v, err := rt.RunString(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got := isAsyncMethod(v.(*goja.Object)); got != want {
			t.Errorf("isAsyncMethod(%s) = %v, want %v", src, got, want)
		}
	}
}

func TestMergeEditsKeepsPairs(t *testing.T) {
	a := []esm.Edit{{Pos: 0, End: 10, Repl: "x"}}
	b := []esm.Edit{{Pos: 5, End: 5, Repl: "f("}, {Pos: 12, End: 12, Repl: ")"}}
	if got := mergeEdits(a, b); len(got) != 1 {
		t.Errorf("an insertion inside a replaced range must drop the pair: %v", got)
	}
	b = []esm.Edit{{Pos: 10, End: 10, Repl: "f("}, {Pos: 12, End: 12, Repl: ")"}}
	if got := applyEdits("0123456789abcdef", mergeEdits(a, b)); got != "xf(ab)cdef" {
		t.Errorf("applyEdits = %q", got)
	}
}
