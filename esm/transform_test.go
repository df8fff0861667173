package esm

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/sourcemap"
	"github.com/tsrun-dev/tsrun/syntax"
)

func transform(t *testing.T, src string) *Module {
	t.Helper()
	f := diag.NewFile("m.js", src)
	sf := syntax.Parse(f, syntax.ParseOptions{Dialect: syntax.DialectJS})
	if len(sf.Diagnostics) > 0 {
		t.Fatalf("parse %q: %v", src, sf.Diagnostics[0].Message)
	}
	m, ds := Transform(f, sf)
	if len(ds) > 0 {
		t.Fatalf("transform %q: %s", src, ds[0].Message)
	}
	return m
}

// expectBody checks the text after the prologue's "yield;", without the
// closing "\n})".
func expectBody(t *testing.T, src, want string) {
	t.Helper()
	t.Run(src, func(t *testing.T) {
		t.Helper()
		m := transform(t, src)
		_, body, ok := strings.Cut(m.Code, " yield;")
		if !ok {
			t.Fatalf("no prologue in %q", m.Code)
		}
		body = strings.TrimSuffix(body, "\n})")
		if d := cmp.Diff(want, body); d != "" {
			t.Errorf("body (-want +got):\n%s", d)
		}
	})
}

func expectPrologue(t *testing.T, src, want string) {
	t.Helper()
	t.Run(src, func(t *testing.T) {
		t.Helper()
		m := transform(t, src)
		pro, _, _ := strings.Cut(m.Code, " yield;")
		pro = strings.TrimPrefix(pro, `(function* ($tsrun_m) {"use strict";`)
		if d := cmp.Diff(want, pro); d != "" {
			t.Errorf("prologue (-want +got):\n%s", d)
		}
	})
}

func TestImportReferences(t *testing.T) {
	expectBody(t, "import { a } from './a';\nconsole.log(a);", "\nconsole.log($tsrun_i0.a);")
	expectBody(t, "import d from './a';\nd.x;", "\n$tsrun_i0.default.x;")
	expectBody(t, "import * as ns from './a';\nns.x;", "\n$tsrun_n0.x;")
	expectBody(t, "import { a as b } from './a';\nb;", "\n$tsrun_i0.a;")
	expectBody(t, "import { 'a-b' as c } from './a';\nc;", "\n$tsrun_i0[\"a-b\"];")
	// Calls keep `this` undefined.
	expectBody(t, "import { f } from './a';\nf(1);", "\n(0, $tsrun_i0.f)(1);")
	expectBody(t, "import { f } from './a';\nf`x`;", "\n(0, $tsrun_i0.f)`x`;")
	expectBody(t, "import { f } from './a';\nf.call(1);", "\n$tsrun_i0.f.call(1);")
	// Shorthand properties.
	expectBody(t, "import { a } from './a';\n({ a });", "\n({ a: $tsrun_i0.a });")
	// Not references: property names, keys, labels, member names.
	expectBody(t, "import { a } from './a';\nx.a; ({ a: 1 }); a: for (;;) break a; class C { a() {} a = 1 }",
		"\nx.a; ({ a: 1 }); a: for (;;) break a; class C { a() {} a = 1 }")
	expectBody(t, "import { a } from './a';\n({ [a]: 1 });", "\n({ [$tsrun_i0.a]: 1 });")
}

func TestShadowing(t *testing.T) {
	expectBody(t, "import { a } from './a';\nfunction f(a) { return a } a;", "\nfunction f(a) { return a } $tsrun_i0.a;")
	expectBody(t, "import { a } from './a';\n{ let a = 1; a } a;", "\n{ let a = 1; a } $tsrun_i0.a;")
	expectBody(t, "import { a } from './a';\nfunction f() { if (1) { var a } return a }", "\nfunction f() { if (1) { var a } return a }")
	expectBody(t, "import { a } from './a';\ntry {} catch (a) { a } a;", "\ntry {} catch (a) { a } $tsrun_i0.a;")
	expectBody(t, "import { a } from './a';\nfor (const a of []) a; a;", "\nfor (const a of []) a; $tsrun_i0.a;")
	expectBody(t, "import { a } from './a';\nconst f = (a) => a, g = () => a;", "\nconst f = (a) => a, g = () => $tsrun_i0.a;")
	expectBody(t, "import { a } from './a';\nconst { x = a } = {};", "\nconst { x = $tsrun_i0.a } = {};")
	expectBody(t, "import { a } from './a';\n(function a() { a })", "\n(function a() { a })")
	expectBody(t, "import { a } from './a';\nfunction f({ a }) { a }", "\nfunction f({ a }) { a }")
}

func TestExports(t *testing.T) {
	expectBody(t, "export const a = 1, b = 2;", " const a = 1, b = 2;")
	expectPrologue(t, "export const a = 1, { b, c: [d] } = o;", ` $tsrun_m.x({"a": `+tdz("a")+`, "b": `+tdz("b")+`, "d": `+tdz("d")+`});`)
	expectBody(t, "export function f() {}", " function f() {}")
	expectBody(t, "export default function f() {}", " function f() {}")
	expectPrologue(t, "export default function f() {}", ` $tsrun_m.x({"default": () => f});`)
	expectBody(t, "export default function () {}", " function $tsrun_default () {}")
	expectPrologue(t, "export default function () {}", ` $tsrun_m.x({"default": () => $tsrun_default}); $tsrun_m.n($tsrun_default);`)
	expectBody(t, "export default class {}", " class $tsrun_default {} $tsrun_m.n($tsrun_default);")
	expectBody(t, "export default 1 + 2;", "const $tsrun_default = 1 + 2;")
	expectBody(t, "export default () => 1;", "const $tsrun_default = $tsrun_m.n(() => 1);")
	expectBody(t, "const a = 1;\nexport { a as b, a };", "const a = 1;\n")
	expectPrologue(t, "const a = 1;\nexport { a as b, a as 'c d' };", ` $tsrun_m.x({"b": `+tdz("a")+`, "c d": `+tdz("a")+`});`)
	expectPrologue(t, "import { x } from './a';\nexport { x };", ` const $tsrun_i0 = $tsrun_m.i[0]; $tsrun_m.x({"x": () => $tsrun_i0.x});`)
	expectPrologue(t, "export { x as y } from './a';", ` const $tsrun_i0 = $tsrun_m.i[0]; $tsrun_m.x({"y": () => $tsrun_i0.x});`)
	expectPrologue(t, "export * as ns from './a';", ` const $tsrun_i0 = $tsrun_m.i[0]; const $tsrun_n0 = $tsrun_m.s[0]; $tsrun_m.x({"ns": () => $tsrun_n0});`)
}

func TestRequestsAndStars(t *testing.T) {
	m := transform(t, "import './a';\nimport { x } from './b';\nexport * from './c';\nimport y from './a';\nimport j from './d.json' with { type: 'json' };")
	want := []Request{{Specifier: "./a"}, {Specifier: "./b"}, {Specifier: "./c"}, {Specifier: "./d.json", Type: "json"}}
	got := make([]Request, len(m.Requests))
	for i, r := range m.Requests {
		got[i] = Request{Specifier: r.Specifier, Type: r.Type}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("requests (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]int{2}, m.StarExports); d != "" {
		t.Errorf("stars: %s", d)
	}
}

func TestTopLevelAwait(t *testing.T) {
	m := transform(t, "const x = await f();\nasync function g() { await 1 }")
	if !m.Async {
		t.Fatal("not async")
	}
	expectBody(t, "const x = await f();\nasync function g() { await 1 }", "const x = (yield f());\nasync function g() { await 1 }")
	expectBody(t, "await a + await b;", "(yield a) + (yield b);")
	if transform(t, "async function g() { await 1 }").Async {
		t.Error("await inside a function made the module async")
	}
}

func TestMetaAndDynamicImport(t *testing.T) {
	expectBody(t, "console.log(import.meta.url);", "console.log($tsrun_m.meta.url);")
	expectBody(t, "import('./x').then(f);", "$tsrun_m.d('./x').then(f);")
	expectBody(t, "#!/usr/bin/env node\nx;", "\nx;")
}

func TestLinesKept(t *testing.T) {
	src := "import {\n  a,\n  b\n} from './a';\nexport {\n  a\n};\na; b;\n"
	m := transform(t, src)
	if got, want := strings.Count(m.Code, "\n"), strings.Count(src, "\n")+1; got != want {
		t.Errorf("line breaks: got %d, want %d\n%s", got, want, m.Code)
	}
}

func TestAdjustMap(t *testing.T) {
	// Mappings at f, a and g of line 1; a becomes $tsrun_i0.a, so g moves.
	src := "import {a} from 'x';\nf(a); g;"
	m := transform(t, src)
	in := diag.NewFile("m.js", src)
	maps := sourcemap.Mappings{
		{{GenCol: 0, HasSrc: true}},
		{{GenCol: 0, HasSrc: true, SrcLine: 1}, {GenCol: 2, HasSrc: true, SrcLine: 1, SrcCol: 2}, {GenCol: 6, HasSrc: true, SrcLine: 1, SrcCol: 6}},
	}
	m.AdjustMap(in, maps)
	out := diag.NewFile("out.js", m.Code)
	// Each adjusted mapping must point at the same token in the output.
	for _, c := range []struct {
		line int
		seg  int
		tok  string
	}{{1, 0, "f"}, {1, 1, "$tsrun_i0.a"}, {1, 2, "g"}} {
		col := maps[c.line][c.seg].GenCol
		text := out.LineText(c.line + 1)
		if int(col) > len(text) || !strings.HasPrefix(text[col:], c.tok) {
			t.Errorf("line %d segment %d: column %d points at %q, want %q", c.line, c.seg, col, text[min(int(col), len(text)):], c.tok)
		}
	}
}

// tdz is the getter of a binding that may be read in its dead zone.
func tdz(name string) string {
	return `() => { try { return ` + name + ` } catch (e) { throw $tsrun_m.z(e, "` + name + `") } }`
}

func TestRewriteScriptImports(t *testing.T) {
	src := "const a = import('./a.mjs');\nfunction f(x) { return import(x).then(m => m.default); }\nconst s = 'import(x)';\n"
	file := diag.NewFile("s.cjs", src)
	sf := syntax.Parse(file, syntax.ParseOptions{Dialect: syntax.DialectJS})
	got := RewriteScriptImports(file, sf, "$imp")
	want := "const a = $imp('./a.mjs');\nfunction f(x) { return $imp(x).then(m => m.default); }\nconst s = 'import(x)';\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if plain := "exports.a = 1;\n"; RewriteScriptImports(diag.NewFile("p.cjs", plain), syntax.Parse(diag.NewFile("p.cjs", plain), syntax.ParseOptions{Dialect: syntax.DialectJS}), "$imp") != plain {
		t.Error("a script without import() changed")
	}
}
