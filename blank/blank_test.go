package blank

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

func strip(name, src string) (Result, error) {
	f := diag.NewFile(name, src)
	return Strip(syntax.Parse(f, syntax.ParseOptions{Dialect: syntax.DialectFromName(name)}))
}

// TestCases compares Strip with Node's type stripping on the cases of
// testdata/cases (goldens: scripts/gen-blank-golden.sh). A NAME.err golden
// means Node refused the file; Strip must refuse it too.
func TestCases(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/cases/*.ts")
	if len(inputs) == 0 {
		t.Fatal("no cases")
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".ts")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := strip(filepath.Base(in), string(src))
			base := strings.TrimSuffix(in, ".ts")
			if want, rerr := os.ReadFile(base + ".err"); rerr == nil {
				var u *Unsupported
				if !errors.As(err, &u) {
					t.Fatalf("Node refuses this file (%s) but Strip gave no error", strings.TrimSpace(string(want)))
				}
				return
			}
			want, rerr := os.ReadFile(base + ".js")
			if rerr != nil {
				t.Fatalf("no golden: run scripts/gen-blank-golden.sh %s", name)
			}
			if err != nil {
				t.Fatalf("Strip: %v", err)
			}
			if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(got.Code, "\n")); diff != "" {
				t.Errorf("output differs from Node's (-node +tsrun):\n%s", diff)
			}
		})
	}
}
