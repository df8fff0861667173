package runtime

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkErrorCreate: a program that makes and catches errors in a loop,
// five method frames deep (the V8 stack labels cost per frame), the stack
// never read; BenchmarkErrorCreateRead reads each error's stack once. The
// goja sub-benchmarks are the same with goja's own stacks (errors_stack.go
// off), for comparison in one run.
func BenchmarkErrorCreate(b *testing.B)     { benchErrors(b, "") }
func BenchmarkErrorCreateRead(b *testing.B) { benchErrors(b, "n += e.stack.length;") }

// BenchmarkEngineTypeError: goja's own TypeError (a read of undefined),
// made and caught in a loop.
func BenchmarkEngineTypeError(b *testing.B) {
	benchLoop(b, `(function (N) { let n = 0; const o = {}; for (let i = 0; i < N; i++) { try { o.a.b; } catch (e) { n++; } } return n; })`)
}

func benchErrors(b *testing.B, read string) {
	for _, goja := range []bool{true, false} {
		name := "v8"
		if goja {
			name = "goja"
		}
		b.Run(name, func(b *testing.B) {
			gojaStacks = goja
			defer func() { gojaStacks = false }()
			benchErrorLoop(b, read)
		})
	}
}

func benchErrorLoop(b *testing.B, read string) {
	benchLoop(b, `(function (N) {
		class S { run(d) { return d === 0 ? new Error("x") : this.run(d - 1); } }
		const s = new S(); let n = 0;
		for (let i = 0; i < N; i++) { try { throw s.run(4); } catch (e) { n++; `+read+` } }
		return n; })`)
}

func benchLoop(b *testing.B, src string) {
	vm, err := newVM(&processConfig{argv: []string{"node", "t.js"}, stdin: strings.NewReader("")})
	if err != nil {
		b.Fatal(err)
	}
	fv, err := vm.RT.RunString(src)
	if err != nil {
		b.Fatal(err)
	}
	f, _ := goja.AssertFunction(fv)
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := f(goja.Undefined(), vm.RT.ToValue(b.N)); err != nil {
		b.Fatal(err)
	}
}
