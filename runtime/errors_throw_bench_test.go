package runtime

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// benchSource is the runtime's own scripts, about 200 KB of varied JS.
func benchSource(b *testing.B) string {
	ents, err := jsFiles.ReadDir("js")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, e := range ents {
		src, err := jsFiles.ReadFile("js/" + e.Name())
		if err != nil {
			b.Fatal(err)
		}
		sb.WriteString("void ")
		sb.Write(src)
		sb.WriteString(";\n")
	}
	return sb.String()
}

// BenchmarkCompileUser against BenchmarkCompilePlain: the cost of marking
// throws on top of goja's parse and compile.
func BenchmarkCompileUser(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := compileUser("x.js", src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompilePlain(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := goja.Compile("x.js", src, false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarkThrows(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		prg, err := goja.Parse("x.js", src)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		var w throwMarker
		w.stmts(prg.Body)
	}
}

// BenchmarkThrowMarked against BenchmarkThrowPlain: what the hook adds to
// a throw caught in the same function (both hooks run).
func BenchmarkThrowMarked(b *testing.B) { benchThrow(b, true) }
func BenchmarkThrowPlain(b *testing.B)  { benchThrow(b, false) }

func benchThrow(b *testing.B, marked bool) {
	vm, err := newVM(&processConfig{argv: []string{"node", "t.js"}, stdin: strings.NewReader("")})
	if err != nil {
		b.Fatal(err)
	}
	src := `(function (n) { const e = new Error("x"); let c = 0; for (let i = 0; i < n; i++) { try { throw e; } catch (err) { c++; } } return c; })`
	var prg *goja.Program
	if marked {
		prg, err = compileUser("t.js", src)
	} else {
		prg, err = goja.Compile("t.js", src, false)
	}
	if err != nil {
		b.Fatal(err)
	}
	fv, err := vm.RT.RunProgram(prg)
	if err != nil {
		b.Fatal(err)
	}
	f, _ := goja.AssertFunction(fv)
	b.ResetTimer()
	if _, err := f(goja.Undefined(), vm.RT.ToValue(b.N)); err != nil {
		b.Fatal(err)
	}
}
