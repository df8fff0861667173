package blank

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tsrun-dev/tsrun/internal/corpus"
)

// TestCorpus strips every .ts source of rxjs, zod and effect and compares
// a checksum of the result with Node's (testdata/corpus.sums, from
// scripts/gen-blank-golden.sh): byte for byte the same text, or a refusal
// where Node refuses (enums, namespaces). Skipped when the corpus is
// absent (CI fetches it first: .ci/run).
func TestCorpus(t *testing.T) {
	root := filepath.Join(corpus.Dir(), "node_modules")
	if _, err := os.Stat(filepath.Join(root, "effect", "src")); err != nil {
		t.Skip("corpus not fetched (scripts/corpus.sh)")
	}
	f, err := os.Open("testdata/corpus.sums")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n, failed := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		want, rel, ok := strings.Cut(sc.Text(), "  ")
		if !ok {
			t.Fatalf("bad line %q", sc.Text())
		}
		src, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Errorf("%s: %v (corpus version changed? re-run scripts/gen-blank-golden.sh)", rel, err)
			continue
		}
		n++
		got, err := strip(filepath.Base(rel), string(src))
		var u *Unsupported
		switch {
		case want == "error" && errors.As(err, &u):
		case want == "error":
			t.Errorf("%s: Node refuses the file, Strip does not", rel)
		case err != nil:
			t.Errorf("%s: Strip: %v (Node strips it)", rel, err)
		default:
			sum := sha256.Sum256([]byte(got.Code))
			if hex.EncodeToString(sum[:]) != want {
				t.Errorf("%s: output differs from Node's (debug: node scripts/node-strip.cjs out DIR FILE)", rel)
			}
		}
		if t.Failed() {
			failed++
			if failed > 20 {
				t.Fatal("too many failures")
			}
		}
	}
	if n == 0 {
		t.Fatal("no corpus files")
	}
	t.Logf("%d files", n)
}
