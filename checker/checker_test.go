package checker

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// expectCheck checks one file and compares "line:col TScode" lines.
func expectCheck(t *testing.T, src string, want ...string) {
	t.Helper()
	got := checkSources(t, [][2]string{{"a.ts", src}})
	var short []string
	for _, g := range got {
		// a.ts(3,7): error TS2322: msg -> 3:7 TS2322
		pos := g[strings.Index(g, "(")+1 : strings.Index(g, ")")]
		code := g[strings.Index(g, "error ")+6:]
		code = code[:strings.Index(code, ":")]
		short = append(short, strings.Replace(pos, ",", ":", 1)+" "+code)
	}
	if diff := cmp.Diff(want, short); diff != "" {
		t.Errorf("check(%q) mismatch (-want +got):\n%s\nfull: %v", src, diff, got)
	}
}

func TestNoFalsePositives(t *testing.T) {
	tests := []string{
		// ?? in an assignment keeps the narrowing of the left side
		"function f(xs: number[]) { let errors: any[] | undefined; for (const x of xs) { try { g(); } catch (err) { errors = errors ?? []; errors.push(err); } } return errors; }\ndeclare function g(): void;",
		// unknown globals and package imports are unchecked
		"import { z } from 'zod';\nconst s = z.object({});\nconsole.log(s.parse({}).a.b, process.env.HOME, document.title, require('fs'));",
		"class Z<T> { _cached: { shape: T; keys: string[] } | null = null;\n  get(): { shape: T; keys: string[] } { if (this._cached !== null) return this._cached; const shape = this.shape(); this._cached = { shape, keys: [] }; return this._cached; }\n  shape(): T { return null!; } }",
		"import express from 'express';\nconst app = express();\napp.get('/', (req, res) => res.send(req.query.x));",
	}
	for _, src := range tests {
		expectCheck(t, src)
	}
}

// Silence outside the modelled subset, and no error where tsc has none.
func TestSilentOnUnmodelled(t *testing.T) {
	tests := []string{
		// unknown global functions may be assertions or never return
		"import assert from 'node:assert';\nfunction f(x: string | undefined): number { assert(x); return x.length; }",
		"function f(x: number): string { if (x > 0) return 'a'; process.exit(1); }",
		// a function expression passed to an unknown function: no TS7006
		"import { stream } from 'pkg';\nstream.on('data', (chunk) => chunk.length);",
		// namespaces are not modelled
		"namespace N { export type T = Missing; }",
		// a let reassigned before a callback: unchecked inside it
		"function f(a: string | undefined) { let x = a; x = x ?? 'd'; return [1].map(() => x.length); }",
		// narrowing through a const alias of a discriminant
		"type A = { k: 'a'; a: number } | { k: 'b'; b: string };\nfunction f(v: A) { const k = v.k; if (k === 'a') return v.a; return v.b.length; }",
		// optional chain truthiness narrows the root
		"function f(o?: { s?: string }) { if (o?.s) return o.s.length; return 0; }",
		// x ??= v leaves x unchecked, never possibly undefined
		"function f() { let xs: number[] | undefined; xs ??= []; xs.push(1); return xs; }",
		// readonly literal class properties discriminate
		"class A { readonly tag = 'a'; a = 1 }\nclass B { readonly tag = 'b'; b = 2 }\nfunction f(x: A | B) { switch (x.tag) { case 'a': return x.a; case 'b': return x.b; } }",
		// expando properties on functions
		"const f = () => 1;\nf.extra = 2;\nconsole.log(f.extra);",
		// augmenting a lib interface opens our model of it
		"interface Array<T> { last(): T | undefined }\nconst xs = [1];\nxs.last();\nconst ys: Array<number> = xs;\nys.push(1);",
		// an unbound shorthand property is TS18004 in tsc, not TS2304
		"const o = { nowhere };",
		// tsc's suppression comments
		"// @ts-expect-error: on purpose\nconst a: number = 'x';",
		"// @ts-nocheck\nconst a: number = 'x';",
		// an IIFE's parameters are typed by its arguments
		"((x) => x + 1)(1);",
	}
	for _, src := range tests {
		expectCheck(t, src)
	}
}

// Errors the checker must report, at tsc's positions.
func TestReports(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"const a: number = 'x';", []string{"1:7 TS2322"}},
		{"type Id = string & { __brand: 'Id' };\nconst s: string = 'a';\nconst i: Id = s;", []string{"3:7 TS2322"}},
		{"function f(a: number) {}\nf();", []string{"2:1 TS2554"}},
		{"function f(s?: string) { return s.length; }", []string{"1:33 TS18048"}},
		{"const o = { a: 1 };\no.b;", []string{"2:3 TS2339"}},
		{"let x: number;\nlog(x);\ndeclare function log(x: unknown): void;", []string{"2:5 TS2454"}},
		{"const f = function (x) { return x; };", []string{"1:21 TS7006"}},
		{"missing();", []string{"1:1 TS2304"}},
	}
	for _, tt := range tests {
		expectCheck(t, tt.src, tt.want...)
	}
}
