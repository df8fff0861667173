package checker

// Golden cases: testdata/conformance/checker/cases/*.ts checked by tsc 5.9
// (scripts/gen-checker-golden.sh, references in reference/*.txt). A case
// matches when our diagnostics equal tsc's by file, line, column, code and
// the first line of the message (tsc's elaboration lines below it are not
// compared: our messages carry no elaboration chain). The test fails on
// any diagnostic tsc does not report (a false positive) and on any miss
// not listed in accepted.txt; it reports the match rate.

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

const goldenDir = "../testdata/conformance/checker"

var refLine = regexp.MustCompile(`^(\S+)\((\d+),(\d+)\): error (TS\d+): (.*)$`)

// splitCase splits a case into its files, as the generator script does.
func splitCase(name, text string) [][2]string {
	first := name + ".ts"
	cur := first
	var buf []string
	var files [][2]string
	flush := func() {
		body := strings.Join(buf, "\n")
		if cur != first || strings.TrimSpace(body) != "" {
			files = append(files, [2]string{cur, body})
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if rest, ok := strings.CutPrefix(line, "// @filename:"); ok && len(strings.Fields(rest)) == 1 {
			flush()
			cur = strings.TrimSpace(rest)
			buf = nil
			continue
		}
		buf = append(buf, line)
	}
	flush()
	return files
}

func checkSources(t *testing.T, files [][2]string) []string {
	t.Helper()
	var sfs []*syntax.SourceFile
	for _, f := range files {
		df := diag.NewFile(f[0], f[1])
		sfs = append(sfs, syntax.Parse(df, syntax.ParseOptions{Dialect: syntax.DialectFromName(f[0])}))
	}
	opts := StrictOptions()
	opts.Debug = func(msg string) { t.Errorf("%s", msg) }
	var out []string
	for _, d := range Check(sfs, opts) {
		line, col := d.File.Position(d.Pos)
		out = append(out, fmt.Sprintf("%s(%d,%d): error TS%d: %s", d.File.Name, line, col, d.Code, d.Message))
	}
	return out
}

func readAccepted(t *testing.T) map[string]string {
	acc := map[string]string{}
	f, err := os.Open(filepath.Join(goldenDir, "accepted.txt"))
	if err != nil {
		return acc
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		acc[name] = strings.TrimSpace(reason)
	}
	return acc
}

func TestGolden(t *testing.T) {
	if os.Getenv("TSRUN_UPDATE") != "" {
		cmd := exec.Command("bash", "../scripts/gen-checker-golden.sh")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("regenerating references: %v", err)
		}
	}
	cases, _ := filepath.Glob(filepath.Join(goldenDir, "cases", "*.ts"))
	if len(cases) == 0 {
		t.Fatal("no golden cases")
	}
	accepted := readAccepted(t)
	matched := 0
	var misses []string
	for _, p := range cases {
		name := strings.TrimSuffix(filepath.Base(p), ".ts")
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := os.ReadFile(filepath.Join(goldenDir, "reference", name+".txt"))
		if err != nil {
			t.Errorf("%s: no reference (run TSRUN_UPDATE=1 go test ./checker)", name)
			continue
		}
		var want []string
		for _, l := range strings.Split(string(ref), "\n") {
			if refLine.MatchString(l) {
				want = append(want, l)
			}
		}
		got := checkSources(t, splitCase(name, string(src)))
		sort.Strings(want)
		sort.Strings(got)
		wantSet := map[string]bool{}
		for _, w := range want {
			wantSet[w] = true
		}
		for _, g := range got {
			if !wantSet[g] {
				t.Errorf("%s: FALSE POSITIVE (tsc does not report it): %s", name, g)
			}
		}
		if cmp.Equal(want, got) {
			matched++
			if _, ok := accepted[name]; ok {
				t.Errorf("%s: listed in accepted.txt but matches now; remove it", name)
			}
			continue
		}
		misses = append(misses, name)
		if _, ok := accepted[name]; !ok {
			t.Errorf("%s: diagnostics differ from tsc (-tsc +tsrun):\n%s", name, cmp.Diff(want, got))
		}
	}
	t.Logf("golden: %d/%d cases match tsc exactly (%.1f%%); misses: %v", matched, len(cases), 100*float64(matched)/float64(len(cases)), misses)
	if float64(matched) < 0.95*float64(len(cases)) {
		t.Errorf("match rate below 95%%")
	}
}
