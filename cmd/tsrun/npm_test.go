package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestNpmPackages runs the programs of testdata/npm/programs, which use real
// npm packages (pinned in testdata/npm/package-lock.json: CommonJS, ESM-only
// and dual packages), and compares stdout, stderr and exit code with Node
// 26's, recorded in testdata/npm/expected by scripts/gen-npm-golden.sh
// (TSRUN_UPDATE=1 with TSRUN_NODE set: the programs run under Node instead
// and the golden files are written).
//
// node_modules is not committed. When it is missing, the test installs it
// with scripts/npm-fixtures.sh if the environment variable CI is set (npm
// must be on PATH), and skips otherwise, saying how to install it.
//
// Known gaps are listed in testdata/npm/accepted.txt ("name  reason"); an
// accepted program that fails is a skip carrying its reason, one that
// passes fails the test, as in the run conformance suite.
func TestNpmPackages(t *testing.T) {
	root, err := filepath.Abs("../../testdata/npm")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules")); err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("testdata/npm/node_modules is missing: run scripts/npm-fixtures.sh (CI runs it automatically)")
		}
		cmd := exec.Command("bash", filepath.Join(root, "..", "..", "scripts", "npm-fixtures.sh"))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("scripts/npm-fixtures.sh: %v\n%s", err, out)
		}
	}
	accepted, err := loadAccepted(filepath.Join(root, "accepted.txt"))
	if err != nil {
		t.Fatal(err)
	}
	progDir := filepath.Join(root, "programs")
	entries, err := os.ReadDir(progDir)
	if err != nil {
		t.Fatal(err)
	}
	update := os.Getenv("TSRUN_UPDATE") != ""
	node := os.Getenv("TSRUN_NODE")
	if update && node == "" {
		t.Fatal("TSRUN_UPDATE needs TSRUN_NODE (see scripts/gen-npm-golden.sh)")
	}
	var bin string
	if !update {
		bin = buildTsrun(t, t.TempDir())
	}
	seen := map[string]bool{}
	for _, e := range entries {
		file := e.Name()
		name := strings.TrimSuffix(file, filepath.Ext(file))
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			exe := bin
			if update {
				exe = node
			}
			got := runNpmProgram(t, exe, progDir, file)
			if update {
				if err := writeGolden(root, name, got); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := readGolden(root, name)
			if err != nil {
				t.Fatalf("no golden file (run scripts/gen-npm-golden.sh): %v", err)
			}
			diff := cmp.Diff(want, got)
			acc, isAccepted := accepted[name]
			switch {
			case diff != "" && isAccepted:
				t.Skipf("accepted gap: %s\n%s", acc.Reason, diff)
			case diff != "":
				t.Errorf("%s differs from node (-node +tsrun):\n%s", file, diff)
			case isAccepted:
				t.Errorf("%s now matches node: delete its line in testdata/npm/accepted.txt", file)
			}
		})
	}
	for name := range accepted {
		if !seen[name] {
			t.Errorf("testdata/npm/accepted.txt lists %s, which has no program", name)
		}
	}
}

func runNpmProgram(t *testing.T, exe, dir, file string) runResult {
	t.Helper()
	cmd := exec.Command(exe, file)
	cmd.Dir = dir
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "TZ=UTC", "LANG=C.UTF-8"}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(30*time.Second, func() { _ = cmd.Process.Kill() })
	err := cmd.Wait()
	timer.Stop()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if code < 0 {
		t.Fatalf("%s: killed (timeout or signal)", file)
	}
	return runResult{
		Stdout: normalizeOutput(stdout.String(), dir, false),
		Stderr: normalizeOutput(stderr.String(), dir, true),
		Code:   code,
	}
}
