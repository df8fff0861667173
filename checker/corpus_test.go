package checker

// No false positives on real code: the sources of rxjs, zod (without its
// tests and benchmarks) and effect, fetched by scripts/corpus.sh, are
// clean under tsc 5.9 --strict (effect: see the note below), so the
// checker must report nothing on them. Skipped, with a message, when the
// corpus is absent.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/internal/corpus"
	"github.com/tsrun-dev/tsrun/syntax"
)

// loadProject parses every .ts file under dir, skipping paths containing
// any of skip.
func loadProject(t *testing.T, dir string, skip ...string) []*syntax.SourceFile {
	t.Helper()
	var out []*syntax.SourceFile
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".ts") {
			return nil
		}
		for _, s := range skip {
			if strings.Contains(p, s) {
				return nil
			}
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		f := diag.NewFile(rel, string(src))
		out = append(out, syntax.Parse(f, syntax.ParseOptions{Dialect: syntax.DialectFromName(p)}))
		return nil
	})
	return out
}

func TestCorpusNoFalsePositives(t *testing.T) {
	root := filepath.Join(corpus.Dir(), "node_modules")
	if _, err := os.Stat(filepath.Join(root, "rxjs", "src")); err != nil {
		t.Skipf("corpus absent (%s): run scripts/corpus.sh to fetch rxjs, zod and effect", root)
	}
	projects := []struct {
		name string
		dir  string
		skip []string
	}{
		{"rxjs", "rxjs/src", nil},
		{"zod", "zod/src", []string{"/tests/", "/benchmarks/", ".test.ts", "/bench/"}},
		{"effect", "effect/src", nil},
	}
	for _, p := range projects {
		t.Run(p.name, func(t *testing.T) {
			files := loadProject(t, filepath.Join(root, p.dir), p.skip...)
			opts := StrictOptions()
			opts.Debug = func(msg string) { t.Logf("recovered: %s", msg) }
			start := time.Now()
			ds := Check(files, opts)
			t.Logf("%s: %d files checked in %v", p.name, len(files), time.Since(start))
			for i, d := range ds {
				if i >= 40 {
					t.Errorf("... and %d more", len(ds)-40)
					break
				}
				line, col := d.File.Position(d.Pos)
				t.Errorf("false positive: %s(%d,%d): TS%d: %s", d.File.Name, line, col, d.Code, d.Message)
			}
		})
	}
}
