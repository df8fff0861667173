package runtime

import (
	"testing"

	"github.com/tsrun-dev/tsrun/diag"
)

// The expected lines are what Node 26 printed in its fatal reports for the
// same source lines (type stripping replaces types with spaces).
func TestStrippedLine(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"a.ts", "function f(n: number): number { return f(n + 1) + 1; }", "function f(n        )         { return f(n + 1) + 1; }"},
		{"a.mts", "const x: number = await new Promise<number>(() => {});", "const x         = await new Promise        (() => {});"},
		{"a.ts", "await new Promise<void>(() => {});", "await new Promise      (() => {});"},
		{"a.ts", "const config: string = readFileSync(\"config.json\", \"utf8\");", "const config         = readFileSync(\"config.json\", \"utf8\");"},
		{"a.ts", "const v = (o as any)!.x satisfies unknown;", "const v = (o       ) .x                  ;"},
		{"a.ts", "function g<T, U>(a?: T, b: U): void {}", "function g      (a    , b   )       {}"},
		{"a.ts", "type A = { x: number };", "                       "},
		{"a.js", "const x = a < b;", "const x = a < b;"},
	}
	for _, tt := range tests {
		if got := strippedLine(diag.NewFile(tt.name, tt.src), 1); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
}
