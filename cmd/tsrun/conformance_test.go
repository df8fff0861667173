package main

// TestConformanceRun runs every program of testdata/conformance/run/cases
// with the tsrun binary and compares its stdout, stderr and exit code with
// what Node 26 did for the same program (the golden files in
// testdata/conformance/run/expected).
//
// How a case runs (the same for tsrun and, in update mode, for Node):
//
//   - The case (one file, or a directory with a main.ts|mts|cts entry) is
//     copied to a fresh temporary directory, which is also the working
//     directory, so fs cases may create and delete files. No package.json
//     may exist there or above (the test checks): module type is left to
//     syntax detection, as for a loose .ts file.
//   - The command line is `tsrun ENTRY ARGS...` (`node ENTRY ARGS...` for
//     the golden files), ARGS from the `// @args:` directive; stdin is the
//     `// @stdin:` lines (empty without them); the environment is only PATH,
//     HOME (the run directory), TZ=UTC, LANG=C.UTF-8 and the `// @env:`
//     directives. See runCase for the directives.
//   - Each run has a 20 s timeout; a timeout or a death by signal fails the
//     case.
//   - Both outputs are normalized by normalizeOutput: the run directory
//     becomes "<dir>"; stack-frame lines ("    at ...") are dropped (a
//     trailing " {" of the last frame, from inspecting an error with
//     properties, moves to the line before); the pid in a warning prefix
//     "(node:1234) " becomes "(node:<pid>) "; on stderr the final
//     "Node.js vX.Y.Z" banner line and the empty line before it are dropped.
//
// A case must be deterministic by Node's rules, not by luck, since CI
// machines are slow and loaded: no setTimeout against setImmediate from the
// main script (which wins depends on how long startup takes), no two
// thread-pool operations whose completion order matters, and at least 50 ms
// between the printed deadlines of timers created at different moments (an
// interval against a timeout, timers set from different callbacks); timers
// set together fire in deadline order even on a stalled machine.
//
// Known gaps are listed in testdata/conformance/run/accepted.txt, one
// "name  reason" per line. An accepted case that fails is reported as a
// skip carrying its reason and diff; an accepted case that passes fails the
// test, so the list only ever shrinks honestly. A case without golden files,
// a golden file without a case, or an accepted.txt entry without a case
// fails the test too.
//
// Regenerating the golden files (needs the anchors, see scripts/anchors.sh):
//
//	scripts/gen-run-golden.sh            # all cases
//	scripts/gen-run-golden.sh NAME...    # some cases
//
// which runs this test with TSRUN_UPDATE=1: each case then runs twice under
// Node 26, the test fails if the two runs differ (a nondeterministic case),
// and otherwise writes expected/NAME.{stdout,stderr,code}; stale golden
// files are removed. TSRUN_NODE names the node binary (default: the one
// scripts/anchors.sh installs).
//
// TSRUN_CONFORMANCE_BIN=/path/to/tsrun skips the build and tests that
// binary instead.

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const runConformanceDir = "../../testdata/conformance/run"

func TestConformanceRun(t *testing.T) {
	root, err := filepath.Abs(runConformanceDir)
	if err != nil {
		t.Fatal(err)
	}
	cases, err := loadRunCases(filepath.Join(root, "cases"))
	if err != nil {
		t.Fatal(err)
	}
	accepted, err := loadAccepted(filepath.Join(root, "accepted.txt"))
	if err != nil {
		t.Fatal(err)
	}
	update := os.Getenv("TSRUN_UPDATE") == "1"

	names := map[string]bool{}
	for _, c := range cases {
		names[c.Name] = true
	}
	for name, a := range accepted {
		if !names[name] {
			t.Errorf("accepted.txt:%d: no case named %s", a.Line, name)
		}
	}
	checkOrphanGoldens(t, root, names, update)

	tmp := t.TempDir()
	if err := checkNoPackageJSON(tmp); err != nil {
		t.Fatal(err)
	}

	if update {
		node := anchorNode(t)
		for _, c := range cases {
			t.Run(c.Name, func(t *testing.T) {
				t.Parallel()
				updateRunCase(t, c, root, tmp, node)
			})
		}
		return
	}

	bin := buildTsrun(t, tmp)
	var passed, acceptedFails, failed atomic.Int32
	t.Cleanup(func() {
		p, a, f := passed.Load(), acceptedFails.Load(), failed.Load()
		t.Logf("run conformance: %d of %d cases ran: %d pass, %d accepted failures, %d unexpected failures",
			p+a+f, len(cases), p, a, f)
	})
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			want, err := readGolden(root, c.Name)
			if err != nil {
				failed.Add(1)
				t.Fatalf("no golden files (%v): run scripts/gen-run-golden.sh %s", err, c.Name)
			}
			dir, err := c.prepare(tmp)
			if err != nil {
				t.Fatal(err)
			}
			got, runErr := c.run(context.Background(), dir, []string{bin})
			diff := ""
			if runErr != nil {
				diff = "run failed: " + runErr.Error()
			} else {
				diff = cmp.Diff(want, got)
			}
			a, isAccepted := accepted[c.Name]
			switch {
			case diff == "" && isAccepted:
				failed.Add(1)
				t.Errorf("%s passes now: remove it from accepted.txt (line %d: %s)", c.Name, a.Line, a.Reason)
			case diff == "":
				passed.Add(1)
			case isAccepted:
				acceptedFails.Add(1)
				t.Skipf("accepted failure (accepted.txt:%d): %s\n(-node +tsrun):\n%s", a.Line, a.Reason, diff)
			default:
				failed.Add(1)
				t.Errorf("%s differs from node (-node +tsrun):\n%s", c.Entry, diff)
			}
		})
	}
}

// updateRunCase runs c twice under node and writes its golden files.
func updateRunCase(t *testing.T, c *runCase, root, tmp, node string) {
	var results [2]runResult
	for i := range results {
		dir, err := c.prepare(tmp)
		if err != nil {
			t.Fatal(err)
		}
		results[i], err = c.run(context.Background(), dir, []string{node})
		if err != nil {
			t.Fatalf("node: %v", err)
		}
	}
	if d := cmp.Diff(results[0], results[1]); d != "" {
		t.Fatalf("node gives different results on two runs: the case is not deterministic (-first +second):\n%s", d)
	}
	if err := writeGolden(root, c.Name, results[0]); err != nil {
		t.Fatal(err)
	}
}

// checkOrphanGoldens reports (or, when updating, removes) golden files that
// belong to no case.
func checkOrphanGoldens(t *testing.T, root string, names map[string]bool, update bool) {
	t.Helper()
	ents, err := os.ReadDir(filepath.Join(root, "expected"))
	if err != nil {
		if !os.IsNotExist(err) {
			t.Fatal(err)
		}
		return
	}
	for _, e := range ents {
		name := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))
		if names[name] {
			continue
		}
		p := filepath.Join(root, "expected", e.Name())
		if update {
			if err := os.Remove(p); err != nil {
				t.Error(err)
			}
			continue
		}
		t.Errorf("golden file %s has no case: remove it or run scripts/gen-run-golden.sh", p)
	}
}

// anchorNode returns the Node 26 binary for update mode: $TSRUN_NODE, or
// the one scripts/anchors.sh installs (installing it if needed).
func anchorNode(t *testing.T) string {
	t.Helper()
	if n := os.Getenv("TSRUN_NODE"); n != "" {
		return n
	}
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", "-c", `set -e; A=$(scripts/anchors.sh); . scripts/anchors.env; printf %s "$NODE"`)
	cmd.Dir = repo
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("locating node through scripts/anchors.sh: %v", err)
	}
	return string(out)
}

// buildTsrun builds this package's binary into dir once for the whole test
// (a `go run` per case would be far too slow), or returns
// $TSRUN_CONFORMANCE_BIN.
func buildTsrun(t *testing.T, dir string) string {
	t.Helper()
	if b := os.Getenv("TSRUN_CONFORMANCE_BIN"); b != "" {
		return b
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	bin := filepath.Join(dir, "tsrun")
	cmd := exec.Command(goBin, "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
