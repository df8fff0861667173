package blank

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// FuzzStrip checks that no parsed input makes Strip panic, and that its
// output keeps every byte offset and line break of the input and changes
// only what it blanks to white space or the few ASCII characters Node
// writes (';', '(', ')'). Seeds: the cases here, the parser's and the run
// conformance cases.
//
//	go test ./blank -run '^$' -fuzz FuzzStrip -fuzztime 5m -parallel 1
func FuzzStrip(f *testing.F) {
	for _, glob := range []string{"testdata/cases/*.ts", "../testdata/syntax/cases/*", "../testdata/conformance/run/cases/*.ts"} {
		files, _ := filepath.Glob(glob)
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		sf := syntax.Parse(diag.NewFile("fuzz.ts", src), syntax.ParseOptions{})
		r, err := Strip(sf)
		if err != nil {
			return
		}
		if len(r.Code) != len(src) {
			t.Fatalf("length %d, input %d", len(r.Code), len(src))
		}
		for i := 0; i < len(src); i++ {
			a, b := src[i], r.Code[i]
			if a == b {
				continue
			}
			if a == '\n' || a == '\r' {
				t.Fatalf("line break at %d overwritten with %q", i, b)
			}
			if b >= 0x80 || b == ' ' || b == ';' || b == '(' || b == ')' {
				continue
			}
			t.Fatalf("byte %d: %q became %q", i, a, b)
		}
		if strings.Count(r.Code, "\n") != strings.Count(src, "\n") {
			t.Fatal("line count changed")
		}
	})
}
