package syntax

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/internal/corpus"
)

// corpusRoots are the folders (under node_modules) whose .ts files must
// parse without a diagnostic, and whether only .d.ts files count.
var corpusRoots = []struct {
	dir     string
	dtsOnly bool
	flat    bool
}{
	{"typescript/lib", true, true},
	{"@types/node", true, false},
	{"rxjs/src", false, false},
	{"zod/src", false, false},
	{"effect/src", false, false},
}

// CorpusFiles lists the corpus files, or nil when the corpus is absent.
func corpusFiles(t testing.TB) []string {
	root := filepath.Join(corpus.Dir(), "node_modules")
	var files []string
	for _, r := range corpusRoots {
		dir := filepath.Join(root, r.dir)
		if _, err := os.Stat(dir); err != nil {
			return nil
		}
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != dir && (r.flat || d.Name() == "node_modules") {
					return filepath.SkipDir
				}
				return nil
			}
			name := d.Name()
			if r.dtsOnly && !(strings.HasSuffix(name, ".d.ts") || strings.HasSuffix(name, ".d.mts") || strings.HasSuffix(name, ".d.cts")) {
				return nil
			}
			if strings.HasSuffix(name, ".ts") || strings.HasSuffix(name, ".mts") || strings.HasSuffix(name, ".cts") {
				files = append(files, path)
			}
			return nil
		})
	}
	return files
}

func TestCorpus(t *testing.T) {
	files := corpusFiles(t)
	if files == nil {
		t.Skipf("corpus not found in %s: run scripts/corpus.sh (or set TSRUN_CORPUS) to fetch it", corpus.Dir())
	}
	if len(files) < 1000 {
		t.Fatalf("corpus has %d files; expected about 1,100: is %s complete?", len(files), corpus.Dir())
	}
	failed := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := diag.NewFile(path, string(src))
		sf := Parse(f, ParseOptions{Dialect: DialectFromName(path)})
		p := &parser{dialect: DialectFromName(path)}
		if p.parseSourceFile(f, 0); p.specExhausted {
			t.Errorf("%s: speculation budget exhausted on real code", path)
		}
		if len(sf.Diagnostics) > 0 {
			failed++
			var b strings.Builder
			ds := sf.Diagnostics
			if len(ds) > 3 {
				ds = ds[:3]
			}
			diag.WriteText(&b, ds)
			t.Errorf("%d diagnostics, first:\n%s", len(sf.Diagnostics), b.String())
		}
	}
	t.Logf("%d files, %d with diagnostics", len(files), failed)
}
