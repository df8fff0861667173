package strip

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tsrun-dev/tsrun/diag"
)

func TestRewritePattern(t *testing.T) {
	tests := []struct{ pattern, flags, want string }{
		{`\p{ASCII_Hex_Digit}`, "u", `[0-9A-Fa-f]`},
		{`[\p{AHex}_]+`, "u", `[0-9A-Fa-f_]+`},
		{`[^\p{AHex}]`, "u", `[^0-9A-Fa-f]`},
		{`\P{ASCII}`, "u", `[\u{80}-\u{10ffff}]`},
		{`[\P{ASCII}\d]`, "u", `[\u{80}-\u{10ffff}\d]`},
		{`\\p{L}`, "u", `\\p{L}`}, // an escaped backslash, then p{L}
		{`\p{L}`, "", `\p{L}`},    // no u flag: \p is p
		{`\p{sc=Grek}`, "u", ""},
		{`\P{Any}`, "u", `[]`},
	}
	for _, tt := range tests {
		got, err := RewriteRegExp(tt.pattern, tt.flags)
		if err != nil {
			t.Errorf("%s: %v", tt.pattern, err)
			continue
		}
		if tt.want == "" {
			if !strings.HasPrefix(got, `[\u{370}-`) {
				t.Errorf("%s: got %.40s…", tt.pattern, got)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.pattern, got, tt.want)
		}
	}
}

// The lexer finds regexp literals in esbuild's output and nothing else.
func TestRewriteRegExps(t *testing.T) {
	tests := []struct{ name, js, want string }{
		{"literal", "const r = /\\p{AHex}/u;\n", "const r = /[0-9A-Fa-f]/u;\n"},
		{"after return", "function f() {\n  return /x\\p{AHex}/gu;\n}\n", "function f() {\n  return /x[0-9A-Fa-f]/gu;\n}\n"},
		{"no u flag", "const r = /\\p{AHex}/;\n", "const r = /\\p{AHex}/;\n"},
		{"string", "const s = \"/\\\\p{AHex}/u\";\n", "const s = \"/\\\\p{AHex}/u\";\n"},
		{"division first", "const x = a / b, r = /[/]\\p{AHex}/u;\n", "const x = a / b, r = /[/][0-9A-Fa-f]/u;\n"},
		{"template", "const s = `${a / 2}/\\p{AHex}/u` + /\\p{AHex}/u.source;\n", "const s = `${a / 2}/\\p{AHex}/u` + /[0-9A-Fa-f]/u.source;\n"},
		{"comment", "// /\\p{AHex}/u\nx = /\\p{AHex}/u;\n", "// /\\p{AHex}/u\nx = /[0-9A-Fa-f]/u;\n"},
		{"in call", "f(/\\P{AHex}/u, 1)", ""},
		{"constant RegExp call", "const r = new RegExp(\"^\\\\p{AHex}+$\", \"u\");\n", "const r = new RegExp(\"^[0-9A-Fa-f]+$\", \"u\");\n"},
		{"RegExp without new", "RegExp('[\\\\P{ASCII}]', 'gu')", "RegExp('[\\\\u{80}-\\\\u{10ffff}]', 'gu')"},
		{"RegExp without u", "new RegExp(\"\\\\p{AHex}\", \"g\")", "new RegExp(\"\\\\p{AHex}\", \"g\")"},
		{"a method named RegExp", "x.RegExp(\"\\\\p{AHex}\", \"u\")", "x.RegExp(\"\\\\p{AHex}\", \"u\")"},
		{"other escapes in the string", "new RegExp(\"\\\\p{AHex}\\n\", \"u\")", "new RegExp(\"\\\\p{AHex}\\n\", \"u\")"},
		{"after a block", "if (x) {\n}\n/\\p{AHex}/u.test(s);\n", "if (x) {\n}\n/[0-9A-Fa-f]/u.test(s);\n"},
		{"after an arrow body", "const f = () => {\n};\n/\\p{AHex}/u;\n", "const f = () => {\n};\n/[0-9A-Fa-f]/u;\n"},
		{"object then division", "const o = { a: 1 } / 2, r = /\\p{AHex}/u;\n", "const o = { a: 1 } / 2, r = /[0-9A-Fa-f]/u;\n"},
		{"template with object", "const t = `${ { a: 1 }.a / 2 }/`, r = /\\p{AHex}/u;\n", "const t = `${ { a: 1 }.a / 2 }/`, r = /[0-9A-Fa-f]/u;\n"},
	}
	for _, tt := range tests {
		got, err := rewriteRegExps(tt.js)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err.err)
			continue
		}
		if tt.want == "" {
			if strings.Contains(got, `\P`) {
				t.Errorf("%s: not rewritten: %s", tt.name, got)
			}
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// A \p{…} the lexer cannot place in a u-flag literal is refused, never
// left for goja to misread.
func TestUnplacedPropertyEscapeIsRefused(t *testing.T) {
	for _, js := range []string{
		"const o = {}\n/\\p{L}/u.test(s);\n", // a division after an object (a syntax error in fact)
	} {
		if _, err := rewriteRegExps(js); err == nil {
			t.Errorf("not refused: %q", js)
		}
	}
	if got, err := rewriteRegExps("const a = /\\p{L}/, b = \"\\\\p{L}\";\n"); err != nil {
		t.Errorf("no u flag, or in a string: refused: %v (%s)", err.err, got)
	}
}

func TestTransformRewritesPropertyEscapes(t *testing.T) {
	got, ds := transform(t, "a.ts", "const r: RegExp = /^[\\p{Lu}](?![\\p{Lu}])/gu;\n", Options{})
	if len(ds) > 0 {
		t.Fatal(rendered(t, ds))
	}
	if strings.Contains(got, `\p`) || !strings.Contains(got, `/^[A-Z\u{c0}-`) {
		t.Errorf("not rewritten:\n%.200s", got)
	}
}

// BenchmarkPropertyEscapes: the same small file with and without three
// \p regexps; "cold" clears the class cache first, as a new process would.
func BenchmarkPropertyEscapes(b *testing.B) {
	base := bigProgram(10)
	with := base + "export const a = /^[\\p{L}\\p{N}_-]+$/u, c = /\\p{Lu}/gu, d = /[\\p{Cs}\\p{Cn}]/u;\n"
	without := base + "export const a = /^[\\w-]+$/u, c = /[A-Z]/gu, d = /[\\ud800-\\udfff]/u;\n"
	for _, tt := range []struct {
		name, src string
		cold      bool
	}{{"without", without, false}, {"with", with, false}, {"with-cold", with, true}} {
		b.Run(tt.name, func(b *testing.B) {
			f := diag.NewFile("a.ts", tt.src)
			var out int
			for b.Loop() {
				if tt.cold {
					classCache.Clear()
				}
				r, ds := Transform(f, Options{SourceMap: true})
				if len(ds) > 0 {
					b.Fatal(ds[0].Message)
				}
				out = len(r.Code)
			}
			b.ReportMetric(float64(out), "out-bytes")
		})
	}
}
