package runtime

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tsrun-dev/tsrun/diag"
)

// TestBlankedPositions checks that stack positions are the file's own
// (line, UTF-16 column of the call's name, as V8 reports a call) where
// text was inserted before them on the same line: the CommonJS wrapper,
// the module rewrite, the async-method hook, the lowered async generator
// fix-ups; and after non-ASCII text, since goja looks positions up by
// byte. The call boom(0) is the expected position.
func TestBlankedPositions(t *testing.T) {
	const boom = "function boom(_: number): never { throw new Error('x'); }\n"
	tests := []struct {
		name  string
		files map[string]string
		main  string
	}{
		{"commonjs first line", map[string]string{"main.ts": "const s: string = 'é😀'; boom(0);\n" + boom}, "main.ts"},
		{"commonjs later line", map[string]string{"main.ts": boom + "const s: string = 'é😀'; boom(0);\n"}, "main.ts"},
		{"import() in commonjs", map[string]string{"main.ts": boom + "const p: Promise<unknown> = import('node:path'); boom(0);\n"}, "main.ts"},
		{"module rewrite", map[string]string{"main.ts": "import { sep } from 'node:path'; const s: string = 'é' + sep; boom(0);\n" + boom}, "main.ts"},
		{"async method hook", map[string]string{"main.ts": boom + "const o = { async m(): Promise<void> {} }; const p = 'é😀'; boom(0);\n"}, "main.ts"},
		{"async method hook in a module", map[string]string{"main.mts": boom + "class K { async m() {} } export const o = { async m() {} }; boom(0);\n"}, "main.mts"},
		{"lowered async generator", map[string]string{"main.ts": boom + "async function* g(): AsyncGenerator<number> { yield 1; } const s = 'é😀'; boom(0);\n"}, "main.ts"},
		{"lowered async generator in a module", map[string]string{"main.mts": boom + "export async function* g() { yield 1; } const s = 'é😀'; boom(0);\n"}, "main.mts"},
		// esbuild keeps this call on the line of its non-ASCII text, and
		// goja looks its columns up by byte.
		{"lowered, non-ASCII before", map[string]string{"main.ts": boom + "async function* g() {}\nconst s = ['é😀😀😀😀😀😀', 1].map(() => boom(0));\n"}, "main.ts"},
		{"lowered, non-ASCII before, module", map[string]string{"main.mts": boom + "export async function* g() {}\nconst s = ['é😀😀😀😀😀😀', 1].map(() => boom(0));\n"}, "main.mts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := runFiles(t, tt.files, tt.main)
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			src := tt.files[tt.main]
			at := strings.LastIndex(src, "boom(0)")
			f := diag.NewFile(tt.main, src)
			line, col := f.Position(int32(at))
			want := fmt.Sprintf("/%s:%d:%d", tt.main, line, col)
			if !strings.Contains(got.stderr, want+")") && !strings.Contains(got.stderr, want+"\n") {
				t.Errorf("want a frame at %s, got:\n%s", want, got.stderr)
			}
		})
	}
}
