package syntax

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tsrun-dev/tsrun/diag"
)

// TestGolden parses every testdata/syntax/cases file and compares the
// diagnostics, printed as `tsc --pretty false` prints them, with the
// expected files generated from tsc 5.9 by scripts/gen-syntax-golden.sh.
// TSRUN_UPDATE=1 regenerates them first (needs the anchors).
// Known differences are listed with reasons in testdata/syntax/accepted.txt.
func TestGolden(t *testing.T) {
	root := filepath.Join("..", "testdata", "syntax")
	if os.Getenv("TSRUN_UPDATE") == "1" {
		cmd := exec.Command("bash", filepath.Join("..", "scripts", "gen-syntax-golden.sh"))
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("regenerating goldens: %v", err)
		}
	}
	accepted := readAccepted(t, filepath.Join(root, "accepted.txt"))
	cases, err := os.ReadDir(filepath.Join(root, "cases"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 40 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		name := c.Name()
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(root, "cases", name))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(root, "expected", name+".txt"))
			if err != nil {
				t.Fatalf("no expected output (run scripts/gen-syntax-golden.sh): %v", err)
			}
			got := parseToText(name, string(src))
			if d := cmp.Diff(string(want), got); d != "" {
				if reason, ok := accepted[name]; ok {
					t.Skipf("accepted difference (%s):\n%s", reason, d)
				}
				t.Errorf("diagnostics differ from tsc (-tsc +ours):\n%s", d)
			} else if _, ok := accepted[name]; ok {
				t.Errorf("%s now matches tsc: remove it from accepted.txt", name)
			}
		})
	}
}

func parseToText(name, src string) string {
	f := diag.NewFile(name, src)
	sf := Parse(f, ParseOptions{Dialect: DialectFromName(name)})
	var b strings.Builder
	diag.WriteText(&b, sf.Diagnostics)
	return b.String()
}

// readAccepted reads "case-file: reason" lines; # starts a comment.
func readAccepted(t *testing.T, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(reason) == "" {
			t.Fatalf("accepted.txt: %q needs a reason", line)
		}
		m[strings.TrimSpace(name)] = strings.TrimSpace(reason)
	}
	return m
}
