package erasable

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// render prints diagnostics as "line:col TScode" for compact expectations.
func render(ds []diag.Diagnostic) []string {
	out := []string{}
	for _, d := range ds {
		line, col := d.File.Position(d.Pos)
		out = append(out, fmt.Sprintf("%d:%d TS%d", line, col, d.Code))
	}
	return out
}

// expectErasable checks src as a.ts and compares "line:col TScode" lists.
func expectErasable(t *testing.T, src string, want ...string) {
	t.Helper()
	expectErasableIn(t, "a.ts", src, Options{}, want...)
}

func expectErasableIn(t *testing.T, name, src string, opts Options, want ...string) {
	t.Helper()
	if want == nil {
		want = []string{}
	}
	file := diag.NewFile(name, src)
	sf := syntax.Parse(file, syntax.ParseOptions{Dialect: syntax.DialectFromName(name)})
	if len(sf.Diagnostics) > 0 {
		t.Fatalf("%s: unexpected syntax errors in %q: %v", name, src, render(sf.Diagnostics))
	}
	if diff := cmp.Diff(want, render(Check(sf, opts))); diff != "" {
		t.Errorf("%s: %q (-want +got):\n%s", name, src, diff)
	}
}

func TestEnums(t *testing.T) {
	expectErasable(t, "enum E { A }", "1:6 TS1294")
	expectErasable(t, "const enum E { A }", "1:12 TS1294")
	expectErasable(t, "export enum E { A }", "1:13 TS1294")
	expectErasable(t, "declare enum E { A }")
	expectErasable(t, "declare const enum E { A }")
	expectErasable(t, "declare namespace N { enum E { A } }")
	expectErasable(t, "export {}; declare global { enum E { A } }")
	expectErasable(t, "declare module 'm' { enum E { A } }")
	expectErasable(t, "function f() { enum E { A } }", "1:21 TS1294")
	expectErasable(t, "class C { static { enum E { A } } }", "1:25 TS1294")
	expectErasableIn(t, "a.d.ts", "export enum E { A }", Options{})
}

func TestNamespaces(t *testing.T) {
	expectErasable(t, "namespace N { export const x = 1 }", "1:11 TS1294")
	expectErasable(t, "namespace N {}")
	expectErasable(t, "namespace N { interface I {} type T = 1 }")
	expectErasable(t, "namespace N { ; }", "1:11 TS1294")
	expectErasable(t, "namespace N { export declare const x: number }", "1:11 TS1294")
	expectErasable(t, "namespace A.B.C { export const x = 1 }", "1:11 TS1294", "1:13 TS1294", "1:15 TS1294")
	expectErasable(t, "namespace A.B.C { export type T = 1 }")
	expectErasable(t, "namespace A { namespace B { type T = 1 } }")
	expectErasable(t, "namespace A { namespace B { ; } }", "1:11 TS1294", "1:25 TS1294")
	expectErasable(t, "module M { export const x = 1 }", "1:8 TS1294")
	expectErasable(t, "declare namespace N { const x: number }")
	expectErasable(t, "declare module 'm' { export const x: number }")
	// const enums only: not instantiated, unless const enums are preserved.
	expectErasable(t, "namespace N { declare const enum E { A } }")
	expectErasableIn(t, "a.ts", "namespace N { declare const enum E { A } }", Options{PreserveConstEnums: true}, "1:11 TS1294")
	expectErasable(t, "namespace N { const enum E { A } }", "1:26 TS1294")
	// Imports: only exported ones instantiate.
	expectErasable(t, "declare namespace M { type Y = 1 } namespace N { import X = M.Y; }", "1:50 TS1294")
	expectErasable(t, "declare namespace M { type Y = 1 } namespace N { export import X = M.Y; }", "1:46 TS1294", "1:50 TS1294")
	// Illegal position: only the grammar error, at the first token.
	expectErasable(t, "function f() { namespace N { export const x = 1 } }", "1:16 TS1235")
	expectErasable(t, "function f() { export namespace N { type T = 1 } }", "1:16 TS1235")
	expectErasable(t, "{ declare module 'm' {} }", "1:3 TS1234")
}

func TestNamespaceExportAliases(t *testing.T) {
	// export { x } takes the state of what x names in the enclosing scopes.
	expectErasable(t, "namespace N { interface I {} export { I } }")
	expectErasable(t, "namespace N { const c = 1; export { c } }", "1:11 TS1294")
	expectErasable(t, "namespace N { export { missing } }", "1:11 TS1294")
	expectErasable(t, "interface Outer {} namespace N { export { Outer } }")
	expectErasable(t, "namespace N { namespace Inner { type T = 1 } export { Inner } }")
}

func TestImportExportEquals(t *testing.T) {
	expectErasable(t, "import x = require('m');", "1:1 TS1294")
	expectErasable(t, "import type x = require('m');", "1:1 TS1294")
	expectErasable(t, "export import x = require('m');", "1:1 TS1294")
	expectErasable(t, "/* c */ import x = N.y;", "1:9 TS1294")
	expectErasable(t, "declare module 'm' { import x = require('n'); export = x; }")
	expectErasable(t, "function f() { import x = N.y; }", "1:16 TS1232")
	expectErasable(t, "const x = 1; export = x;", "1:14 TS1294")
	expectErasable(t, "const x = 1; export default x;")
	expectErasableIn(t, "a.d.ts", "declare const x: number; export = x;", Options{})
	expectErasableIn(t, "a.d.ts", "import y = M.y;", Options{})
}

func TestParameterProperties(t *testing.T) {
	expectErasable(t, "class C { constructor(public x: number) {} }", "1:23 TS1294")
	expectErasable(t, "class C { constructor(private readonly x: number, y: number, protected z = 1) {} }", "1:23 TS1294", "1:62 TS1294")
	expectErasable(t, "class B { constructor(readonly a: number) {} } class C extends B { constructor(override a: number) { super(a) } }", "1:23 TS1294", "1:80 TS1294")
	// No exemption for ambient classes or declaration files.
	expectErasable(t, "declare class C { constructor(public x: number) }", "1:31 TS1294")
	expectErasableIn(t, "a.d.ts", "export declare class C { constructor(readonly x: number); }", Options{}, "1:38 TS1294")
	expectErasable(t, "class C { constructor(/* c */ public x: number) {} }", "1:31 TS1294")
	expectErasable(t, "class C { constructor(x: number, ...rest: number[]) {} }")
}

func TestTypeAssertions(t *testing.T) {
	expectErasable(t, "let y = <number>x;", "1:9 TS1294")
	expectErasable(t, "let y = <const>['a'];", "1:9 TS1294")
	expectErasable(t, "let y = <number><unknown>x;", "1:9 TS1294", "1:17 TS1294")
	expectErasable(t, "const f = <T,>(x: T) => x;")
	expectErasable(t, "const f = <T extends unknown>(x: T) => x;")
	expectErasable(t, "let a = f<number>(1); let b = x as number; let c = y satisfies number;")
	expectErasable(t, "function f(x = <number>1) {}", "1:16 TS1294")
	expectErasable(t, "class C { p = <number>1; m() { return <number>this.p } }", "1:15 TS1294", "1:39 TS1294")
	// In .mts/.cts tsc adds its grammar error on the whole assertion.
	expectErasableIn(t, "a.mts", "export const y = <number>x;", Options{}, "1:18 TS1294", "1:18 TS7059")
}

func TestAssertionSpan(t *testing.T) {
	src := "let z = < /* inner */ Array<number> >x;"
	file := diag.NewFile("a.ts", src)
	ds := Check(syntax.Parse(file, syntax.ParseOptions{}), Options{})
	if len(ds) != 1 {
		t.Fatalf("got %d diagnostics, want 1", len(ds))
	}
	if got, want := src[ds[0].Pos:ds[0].End], "< /* inner */ Array<number> >"; got != want {
		t.Errorf("span %q, want %q (tsc ends it after '>')", got, want)
	}
}

func TestHints(t *testing.T) {
	tests := []struct{ src, want string }{
		{"enum E {}", HintEnum},
		{"namespace N { ; }", HintNamespace},
		{"import x = require('m');", `Use an ES import declaration instead: import x from 'm' (or import * as x from 'm').`},
		{"import x = N.y;", "Use a const (or a type alias) instead of an import alias: const x = N.y."},
		{"import type T = N.T;", "Use a type alias instead of an import alias: type T = N.T."},
		{"export = 1;", "Use 'export default' instead of 'export =': export default 1."},
		{"export = {\n};", HintExportEquals},
		{"class C { constructor(public x: number) {} }", "Declare 'x' as a field in the class body and assign this.x = x in the constructor instead of using a parameter property."},
		{"let a = <number>1;", "Use an 'as' expression instead: x as number."},
		{"let a = <Record<string, Array<{ a: number; b: string; c: boolean }>>>1;", HintTypeAssertion},
		{"let a = <const>[1];", HintConstAssertion},
	}
	for _, tt := range tests {
		ds := CheckFile(diag.NewFile("a.ts", tt.src))
		if len(ds) != 1 || ds[0].Hint != tt.want {
			t.Errorf("%q: got %v, want one diagnostic with hint %q", tt.src, ds, tt.want)
		}
	}
}

func TestCheckFileSyntaxErrorsWin(t *testing.T) {
	ds := CheckFile(diag.NewFile("a.ts", "enum E { A }\nconst = 1;\n"))
	for _, d := range ds {
		if d.Code == 1294 {
			t.Errorf("TS1294 reported next to a syntax error; tsc reports syntax errors alone: %v", render(ds))
		}
	}
	if len(ds) == 0 {
		t.Errorf("syntax error not reported")
	}
}

func TestJSFilesIgnored(t *testing.T) {
	sf := syntax.Parse(diag.NewFile("a.js", "const x = 1;"), syntax.ParseOptions{Dialect: syntax.DialectJS})
	if ds := Check(sf, Options{}); len(ds) != 0 {
		t.Errorf("JS file: got %v", render(ds))
	}
}

// TestNoPanics runs the rules on broken and odd inputs: the parser recovers
// and the rules must cope with every partial tree it returns.
func TestNoPanics(t *testing.T) {
	inputs := []string{
		"enum", "enum {", "namespace", "namespace A.", "namespace A. {", "import x =", "import x = require(",
		"export =", "class C { constructor(public", "<", "<T>", "let a = <", "declare", "declare namespace",
		"module 'x'", "namespace N { export {", "namespace N { export { a as", strings.Repeat("namespace A { ", 200),
		strings.Repeat("<T>", 500) + "x",
	}
	for _, src := range inputs {
		for _, name := range []string{"a.ts", "a.d.ts", "a.mts"} {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s %q: panic: %v", name, src, r)
					}
				}()
				file := diag.NewFile(name, src)
				sf := syntax.Parse(file, syntax.ParseOptions{Dialect: syntax.DialectFromName(name)})
				sf.Diagnostics = nil // run the rules on the recovered tree anyway
				Check(sf, Options{})
				CheckFile(file)
			}()
		}
	}
}
