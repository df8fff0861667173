package main

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStripPrintsWhatRuns: `tsrun strip` prints the file with its types
// blanked as Node strips them (the blank package's Node golden), and
// esbuild's output for a file that needs lowering or with --sourcemap.
func TestStripPrintsWhatRuns(t *testing.T) {
	src, err := os.ReadFile("../../blank/testdata/cases/arrows.ts")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../blank/testdata/cases/arrows.js")
	if err != nil {
		t.Fatal(err)
	}
	run := func(stdin string, args ...string) string {
		t.Helper()
		ios, out, errOut := checkIO(t.TempDir(), stdin)
		cmd := newRootCmd(ios)
		cmd.SetArgs(args)
		if err := cmd.Execute(); err != nil {
			t.Fatalf("tsrun %s: %v\n%s", strings.Join(args, " "), err, errOut)
		}
		return out.String()
	}
	if diff := cmp.Diff(string(want), run(string(src), "strip", "-")); diff != "" {
		t.Errorf("tsrun strip differs from Node's stripping (-node +tsrun):\n%s", diff)
	}
	if got := run("async function* g(): AsyncGenerator<number> {}\n", "strip", "-"); !strings.Contains(got, "__asyncGenerator") {
		t.Errorf("an async generator should come out lowered by esbuild:\n%s", got)
	}
	if got := run("const x: number = 1;\n", "strip", "--sourcemap", "-"); !strings.Contains(got, "sourceMappingURL=data:") || strings.Contains(got, "x        =") {
		t.Errorf("--sourcemap should print esbuild's output with a map:\n%s", got)
	}
}
