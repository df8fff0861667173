package main

// Tests of the run-conformance harness itself: normalization, directives
// and accepted.txt parsing. If these are wrong, every golden comparison is.

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalizeOutput(t *testing.T) {
	const dir = "/tmp/TestX/001/case-123"
	tests := []struct {
		name   string
		in     string
		stderr bool
		want   string
	}{
		{
			name: "uncaught error report",
			in: "file:///tmp/TestX/001/case-123/a.ts:4\nthrow new Error(\"bad\");\n^\n\nError: bad\n" +
				"    at Object.<anonymous> (file:///tmp/TestX/001/case-123/a.ts:4:7)\n" +
				"    at Module._compile (node:internal/modules/cjs/loader:1956:14)\n" +
				"    at node:internal/main/run_main_module:33:47\n\nNode.js v26.10.0\n",
			stderr: true,
			want:   "file://<dir>/a.ts:4\nthrow new Error(\"bad\");\n^\n\nError: bad\n",
		},
		{
			name: "error with properties: brace moves up",
			in: "Error: boom\n    at Object.<anonymous> (/x.ts:2:11)\n    at node:internal/main/run_main_module:33:47 {\n" +
				"  code: 'E1'\n}\n",
			want: "Error: boom {\n  code: 'E1'\n}\n",
		},
		{
			name: "nested error frames are indented",
			in:   "{\n  err: Error: nested\n      at f (/a.ts:1:1)\n      at async Promise.all (index 0)\n}\n",
			want: "{\n  err: Error: nested\n}\n",
		},
		{
			name: "cause elision line",
			in:   "Error: a\n    at x (y:1:1) {\n  [cause]: Error: b\n      at z (y:2:2)\n      ... 7 lines matching cause stack trace ...\n}\n",
			want: "Error: a {\n  [cause]: Error: b\n}\n",
		},
		{
			name:   "banner only removed on stderr",
			in:     "x\n\nNode.js v26.10.0\n",
			stderr: false,
			want:   "x\n\nNode.js v26.10.0\n",
		},
		{
			name:   "warning pid",
			in:     "(node:4242) TimeoutNaNWarning: NaN is not a number.\n(tsrun:7) X\n",
			stderr: true,
			want:   "(node:<pid>) TimeoutNaNWarning: NaN is not a number.\n(tsrun:<pid>) X\n",
		},
		{
			name: "text that merely contains 'at' is kept",
			in:   "look at this\nat the start\n  at\n",
			want: "look at this\nat the start\n  at\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normalizeOutput(tt.in, dir, tt.stderr); got != tt.want {
				t.Errorf("normalizeOutput (-want +got):\n%s", cmp.Diff(tt.want, got))
			}
		})
	}
}

func TestRunCaseDirectives(t *testing.T) {
	dir := t.TempDir()
	src := "// @args: a  b\n// @env: K=v=w\n// just a comment\n// @stdin: one\n// @stdin: two\n// @args: c\nconsole.log(1);\n// @args: ignored after code\n"
	if err := os.WriteFile(filepath.Join(dir, "x.ts"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cases, err := loadRunCases(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := cases[0]
	want := &runCase{Name: "x", Src: filepath.Join(dir, "x.ts"), Entry: "x.ts", Args: []string{"a", "b", "c"}, Env: []string{"K=v=w"}, Stdin: "one\ntwo\n"}
	if d := cmp.Diff(want, got, cmp.AllowUnexported(runCase{})); d != "" {
		t.Errorf("directives (-want +got):\n%s", d)
	}

	if err := os.WriteFile(filepath.Join(dir, "y.ts"), []byte("// @arg: typo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadRunCases(dir); err == nil {
		t.Error("an unknown directive was accepted")
	}
}

func TestLoadAccepted(t *testing.T) {
	p := filepath.Join(t.TempDir(), "accepted.txt")
	if err := os.WriteFile(p, []byte("# comment\n\nfoo  needs Intl\nbar\tgoja lacks X\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := loadAccepted(p)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]acceptedFailure{"foo": {"needs Intl", 3}, "bar": {"goja lacks X", 4}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	for _, bad := range []string{"noreason\n", "a why\na again\n"} {
		if err := os.WriteFile(p, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := loadAccepted(p); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}
