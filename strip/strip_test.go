package strip

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/sourcemap"
)

func transform(t *testing.T, name, src string, opts Options) (string, []diag.Diagnostic) {
	t.Helper()
	r, ds := Transform(diag.NewFile(name, src), opts)
	return r.Code, ds
}

// rendered prints diagnostics as tsc --pretty false does.
func rendered(t *testing.T, ds []diag.Diagnostic) string {
	t.Helper()
	var b strings.Builder
	if err := diag.WriteText(&b, ds); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestStripsTypes(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"annotations", "const x: number = 1;\nfunction f(a: string): void {}\n", "const x = 1;\nfunction f(a) {\n}\n"},
		{"interface and type", "interface A { x: number }\ntype B = A;\nlet y = 2 as number;\n", "let y = 2;\n"},
		{"unused import is kept", "import fs from 'node:fs';\n", "import fs from \"node:fs\";\n"},
		{"type-only import goes", "import type { A } from './a';\n", ""},
		{"satisfies and non-null", "const o = { a: 1 } satisfies object;\nconst n = o!.a;\n", "const o = { a: 1 };\nconst n = o.a;\n"},
		{"top-level await passes through", "await 1;\n", "await 1;\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ds := transform(t, "a.ts", tt.src, Options{})
			if len(ds) > 0 {
				t.Fatalf("unexpected diagnostics:\n%s", rendered(t, ds))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
		})
	}
}

// What goja cannot parse must not survive the transform.
func TestLowersWhatGojaLacks(t *testing.T) {
	tests := []struct{ name, src, gone string }{
		{"async generator", "async function* g() { yield 1; }\n", "async function*"},
		{"for await", "async function f(xs: any) { for await (const x of xs) {} }\n", "for await"},
		{"using", "function f() { using r = { [Symbol.dispose]() {} }; }\n", "using r"},
		{"await using", "async function f() { await using r = { async [Symbol.asyncDispose]() {} }; }\n", "await using"},
		{"decorator", "function d(v: any, c: any) {}\nclass C { @d m() {} }\n", "@d"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ds := transform(t, "a.ts", tt.src, Options{})
			if len(ds) > 0 {
				t.Fatalf("unexpected diagnostics:\n%s", rendered(t, ds))
			}
			if strings.Contains(got, tt.gone) {
				t.Errorf("%q survived:\n%s", tt.gone, got)
			}
		})
	}
}

func TestDiagnostics(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"missing expression", "const x = ;\n", "a.ts(1,11): error TS90100: Unexpected \";\"\n"},
		{"second line", "let a = 1;\nlet b = )\n", "a.ts(2,9): error TS90100: Unexpected \")\"\n"},
		// esbuild counts bytes; tsc counts UTF-16 units: "é😀" is 6 bytes, 3 units.
		{"utf-16 columns", "const s = 'é😀'; const = 1;\n", "a.ts(1,24): error TS90100: Expected identifier but found \"=\"\n"},
		{"property without a table", "const r = /a\\p{Emoji}/u;\n", "a.ts(1,13): error TS90101: Unicode property escape \\p{Emoji} is not supported by tsrun: Emoji has no table in Go's unicode package, which tsrun's regexps are built from.\n"},
		{"unknown property in a class", "const r = /[\\P{Nope}]/u;\n", "a.ts(1,13): error TS90101: Unicode property escape \\P{Nope} is not supported by tsrun: unknown Unicode property.\n"},
		{"script extensions", "const r = /\\p{scx=Latn}/u;\n", "a.ts(1,12): error TS90101: Unicode property escape \\p{scx=Latn} is not supported by tsrun: Script_Extensions has no table in Go's unicode package, which tsrun's regexps are built from.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ds := transform(t, "a.ts", tt.src, Options{})
			if diff := cmp.Diff(tt.want, rendered(t, ds)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPropertyEscapeInStringIsFine(t *testing.T) {
	if _, ds := transform(t, "a.ts", "const s = '\\\\p{L}';\nconst r = /p{2}/;\n", Options{}); len(ds) > 0 {
		t.Errorf("unexpected diagnostics:\n%s", rendered(t, ds))
	}
}

// The inline map names the source as asked and accounts for the banner, so
// that line 1 of the TypeScript maps from line 2 of the output.
func TestSourceMap(t *testing.T) {
	code, ds := transform(t, "/src/app.ts", "const x: number = 1;\nthrow new Error('x');\n", Options{
		SourceMap: true, SourceName: "file:///src/app.ts", Banner: "(function () {", Footer: "})",
	})
	if len(ds) > 0 {
		t.Fatal(rendered(t, ds))
	}
	m := decodeMap(t, code)
	if diff := cmp.Diff([]string{"file:///src/app.ts"}, m.Sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	if m.SourcesContent != nil {
		t.Errorf("sourcesContent embedded without SourcesContent")
	}
	if !strings.HasPrefix(m.Mappings, ";") {
		t.Errorf("banner line is mapped: %q", m.Mappings)
	}
	if !strings.HasPrefix(code, "(function () {\n") {
		t.Errorf("banner missing:\n%s", code)
	}
}

func TestLoader(t *testing.T) {
	// A JavaScript file keeps `<T>(x)`-like text that TS would read as a cast.
	if _, ds := transform(t, "a.js", "const a = 1 < 2 > (3);\n", Options{}); len(ds) > 0 {
		t.Errorf("js file parsed as TypeScript:\n%s", rendered(t, ds))
	}
}

func bigProgram(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "interface I%d { a: number; b: string }\nexport function f%d(x: I%d, y: number = %d): number {\n  const o: Record<string, number> = { k: x.a + y };\n  return Object.keys(o).length + x.b.length;\n}\n", i, i, i, i)
	}
	return b.String()
}

// BenchmarkTransform: `go test -tags tsrun_strip -bench . ./strip/`
func BenchmarkTransform(b *testing.B) {
	for _, size := range []int{10, 10000} {
		src := bigProgram(size)
		b.Run(fmt.Sprintf("%dKB", len(src)>>10), func(b *testing.B) {
			f := diag.NewFile("big.ts", src)
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, ds := Transform(f, Options{SourceMap: true}); len(ds) > 0 {
					b.Fatal(ds[0].Message)
				}
			}
		})
	}
}

type sourceMap struct {
	Sources        []string
	SourcesContent []string
	Mappings       string
}

func decodeMap(t *testing.T, code string) sourceMap {
	t.Helper()
	_, raw, ok := sourcemap.SplitInline(code)
	if !ok {
		t.Fatalf("no inline map:\n%s", code)
	}
	var m sourceMap
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return m
}
