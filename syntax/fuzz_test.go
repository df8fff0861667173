package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tsrun-dev/tsrun/diag"
)

// FuzzParse checks that no input makes the parser panic or hang, and that
// every tree it returns keeps its position invariants. Seeds: the golden
// cases, the walk sample and snippets of tricky syntax.
//
//	go test ./syntax -run '^$' -fuzz FuzzParse -fuzztime 10m -parallel 1
func FuzzParse(f *testing.F) {
	entries, _ := os.ReadDir(filepath.Join("..", "testdata", "syntax", "cases"))
	for _, e := range entries {
		if b, err := os.ReadFile(filepath.Join("..", "testdata", "syntax", "cases", e.Name())); err == nil {
			f.Add(string(b), uint8(0))
		}
	}
	f.Add(walkSample, uint8(0))
	for _, s := range []string{
		"<T>(x) => x", "a < b > c", "f<T>(x)", "(a, b) => {}", "async x => x", "`a${b}c${d}e`",
		"/re/g.test(x)", "x = a ? (b) : c => d", "class A { static { } #x; get [k]() {} }",
		"type T = A extends infer U extends string ? U : never", "let x: { [K in T]?: X }",
		"import x, { y as z } from 'm' with { type: 'json' }", "for (let of of of) ;",
		"enum E { A = `x`, }", "declare module 'm';", "export = x", "a?.b!.c?.[d]?.(e)",
		"\uFEFF#!/usr/bin/env node\nx", "0x_1 1__0 08.5 .5e+ 1n 0b2", "'\\u{110000}' \"\\x\"",
		"function* g() { yield yield* x }", "@a @b() class C { @c m() {} }", "a\u2028b\u2029c\r\nd\re",
		"<<<<<<< HEAD\n=======\n>>>>>>> x\n", "((((((((((", "[[[[[[[[", "{{{{{{{{", "<<<<<<<<a",
	} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, src string, dialect uint8) {
		file := diag.NewFile("fuzz.ts", src)
		sf := Parse(file, ParseOptions{Dialect: Dialect(dialect % 6)})
		// No hang: the work is linear in the input (see TestLinearWork).
		p := &parser{dialect: Dialect(dialect % 6)}
		p.parseSourceFile(file, 0)
		if limit := 64*len(src) + 4096; p.scanned > limit {
			t.Fatalf("scanned %d tokens for %d bytes (limit %d)", p.scanned, len(src), limit)
		}
		n := int32(len(file.Text))
		for _, d := range sf.Diagnostics {
			if d.Pos < 0 || d.Pos > n || d.End < d.Pos || d.End > n {
				t.Fatalf("diagnostic TS%d out of range [%d,%d) for length %d", d.Code, d.Pos, d.End, n)
			}
		}
		Inspect(sf, func(c Node) bool {
			if c.Pos() < 0 || c.End() > n || c.Pos() > c.End() {
				t.Fatalf("%s has range [%d,%d) for length %d", c.Kind(), c.Pos(), c.End(), n)
			}
			return true
		})
		// The printer must cope with every diagnostic too.
		var b strings.Builder
		diag.WriteText(&b, sf.Diagnostics)
	})
}
