package runtime

import (
	"testing"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

func TestStrippedIsModule(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"console.log(1);", false},
		{"import type { A } from './a.ts';", false},
		{"import { type A } from './a.ts';", true},
		{"import './side.ts';", true},
		{"export type X = 1; export interface I {} export declare const q: number;", false},
		{"export type { A } from './a.ts';", false},
		{"export {};", true},
		{"export default 1;", true},
		{"export const x = 1;", true},
		{"export abstract class C {}", true},
		{"declare global { var g: number }", false},
		{"async function f() { await 1; }", false},
		{"await 1;", true},
		{"for await (const x of []) {}", true},
		{"function f() { return import.meta.url; }", true},
		{"const f = () => import('./x.ts');", false},
		{"class C { static { } m() { new.target; } }", false},
	}
	for _, tt := range tests {
		sf := syntax.Parse(diag.NewFile("a.ts", tt.src), syntax.ParseOptions{Dialect: syntax.DialectTS})
		if len(sf.Diagnostics) > 0 {
			t.Fatalf("%q: %s", tt.src, sf.Diagnostics[0].Message)
		}
		if got := strippedIsModule(sf); got != tt.want {
			t.Errorf("strippedIsModule(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}
