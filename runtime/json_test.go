package runtime

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// TestJSONGolden: JSON.parse's SyntaxErrors read as V8's, for hand-picked
// texts and seeded mutations, compared with Node 26's output
// (testdata/json, see runGoldenDir; TSRUN_UPDATE=1 regenerates).
func TestJSONGolden(t *testing.T) { runGoldenDir(t, "json") }

// benchJSON is a typical document: an API response of 200 records.
func benchJSON() string {
	var b strings.Builder
	b.WriteString(`{"items":[`)
	for i := range 200 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"id":12345,"name":"item name","tags":["a","b"],"price":12.5,"ok":true,"meta":null}`)
	}
	b.WriteString(`],"total":200}`)
	return b.String()
}

func benchJSONParse(b *testing.B, parse func(vm *VM) goja.Value) {
	vm, err := newVM(&processConfig{argv: []string{"node"}, stdin: strings.NewReader(""), stdout: &strings.Builder{}, stderr: &strings.Builder{}})
	if err != nil {
		b.Fatal(err)
	}
	must(vm.RT.Set("text", benchJSON()))
	fn := parse(vm)
	call, _ := goja.AssertFunction(fn)
	b.ResetTimer()
	for range b.N {
		if _, err := call(goja.Undefined()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONParse: the replaced JSON.parse against goja's own on the
// success path (the wrapper adds one native call).
func BenchmarkJSONParse(b *testing.B) {
	b.Run("tsrun", func(b *testing.B) {
		benchJSONParse(b, func(vm *VM) goja.Value {
			v, err := vm.RT.RunString(`(() => JSON.parse(text))`)
			if err != nil {
				b.Fatal(err)
			}
			return v
		})
	})
	b.Run("goja", func(b *testing.B) {
		benchJSONParse(b, func(vm *VM) goja.Value {
			// goja's own parse, taken from a Runtime without the wrapper, is
			// bound to that Runtime: run it there on the same text.
			rt := goja.New()
			must(rt.Set("text", benchJSON()))
			v, err := rt.RunString(`(() => JSON.parse(text))`)
			if err != nil {
				b.Fatal(err)
			}
			return v
		})
	})
	b.Run("scanner", func(b *testing.B) {
		benchJSONParse(b, func(vm *VM) goja.Value {
			s := vm.RT.Get("text").(goja.String)
			return vm.RT.ToValue(func(goja.FunctionCall) goja.Value {
				v, err := parseJSONText(vm.RT, jsonUnits(s), s)
				if err != nil {
					b.Fatal(err)
				}
				return v
			})
		})
	})
}

// TestJSONHeader: the fatal report's source line for a JSON.parse error, as
// Node 26 prints it (cases checked against node: a caret under the unit at
// the position, none at a line's end; \r\n is one line end, U+2028 one too).
func TestJSONHeader(t *testing.T) {
	for _, c := range []struct {
		src  string
		pos  int
		want string
	}{
		{"{x", 1, "<anonymous_script>:1\n{x\n ^\n"},
		{"[1,\n2,", 6, "<anonymous_script>:2\n2,\n"},
		{"", 0, "<anonymous_script>:1\n\n"},
		{"[1,\r\n2,\rx", 8, "<anonymous_script>:3\nx\n^\n"},
		{"[1,\u2028x", 3, "<anonymous_script>:1\n[1,\n"},
		{"\t\u00e9\u00e9 x", 1, "<anonymous_script>:1\n\t\u00e9\u00e9 x\n\t^\n"},
	} {
		if got := jsonHeader(utf16.Encode([]rune(c.src)), c.pos); got != c.want {
			t.Errorf("jsonHeader(%q, %d) = %q, want %q", c.src, c.pos, got, c.want)
		}
	}
}

// BenchmarkJSONStringify: the wrapped JSON.stringify against goja's own
// (the wrapper adds one native call on success).
func BenchmarkJSONStringify(b *testing.B) {
	benchJSONWrapped(b, `(() => { const v = JSON.parse(text); return () => JSON.stringify(v); })()`)
}

// BenchmarkJSONParseReviver: JSON.parse with a reviver, which tsrun parses
// with its own scanner (to give the reviver its { source } argument),
// against goja's parse and walk.
func BenchmarkJSONParseReviver(b *testing.B) {
	benchJSONWrapped(b, `(() => JSON.parse(text, (k, v) => v))`)
}

// benchJSONWrapped times the function src evaluates to (with the benchmark
// text in `text`) on a bare Runtime with tsrun's JSON wrappers and on one
// without, so that only the wrappers differ.
func benchJSONWrapped(b *testing.B, src string) {
	run := func(b *testing.B, rt *goja.Runtime) {
		must(rt.Set("text", benchJSON()))
		v, err := rt.RunString(src)
		if err != nil {
			b.Fatal(err)
		}
		call, _ := goja.AssertFunction(v)
		b.ResetTimer()
		for range b.N {
			if _, err := call(goja.Undefined()); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("tsrun", func(b *testing.B) {
		rt := goja.New()
		if err := installJSONParse(&VM{RT: rt, internal: rt.NewObject()}); err != nil {
			b.Fatal(err)
		}
		run(b, rt)
	})
	b.Run("goja", func(b *testing.B) { run(b, goja.New()) })
}
