package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/tsrun-dev/tsrun/cache"
	"github.com/tsrun-dev/tsrun/diag"
)

// A warm run takes the entry from its cache record: proven by planting a
// record whose code differs from what the source compiles to.
func TestEntryCacheHit(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.ts": "const n: number = 1;\nconsole.log('from source', n);\n"})
	cacheDir := t.TempDir()
	if out, code := runWithCache(t, dir, cacheDir, false); out != "from source 1\n" || code != 0 {
		t.Fatalf("cold run: %q %d", out, code)
	}
	if n := len(cacheFiles(t, cacheDir)); n != 1 {
		t.Fatalf("a CommonJS entry left %d cache entries, want its record", n)
	}
	main := filepath.Join(dir, "main.ts")
	e := &entry{argvPath: main, srcName: fileURL(main), file: diag.NewFile(main, "const n: number = 1;\nconsole.log('from source', n);\n")}
	key := entryKey(e, entryKind(main))
	c, ok := cachedEntry(cache.Open(cacheDir), key)
	if !ok || c.ESM || c.Code == "" {
		t.Fatalf("entry record: %+v %v", c, ok)
	}
	storeEntry(cache.Open(cacheDir), key, cachedEntryData{Code: cjsBanner + "console.log('from cache');" + footer})
	if out, _ := runWithCache(t, dir, cacheDir, false); out != "from cache\n" {
		t.Fatalf("warm run did not use the record: %q", out)
	}
	if out, _ := runWithCache(t, dir, cacheDir, true); out != "from source 1\n" {
		t.Fatalf("--no-cache run used the record: %q", out)
	}
	// A record that does not compile is a miss, not a failure.
	storeEntry(cache.Open(cacheDir), key, cachedEntryData{Code: "(function ( {"})
	if out, _ := runWithCache(t, dir, cacheDir, false); out != "from source 1\n" {
		t.Fatalf("with a broken record: %q", out)
	}
}

// An ES module entry is recorded as such and then loads through the graph
// without being compiled to learn its kind; an edit to the entry is a new
// key, so a warm run never skips the check of changed text.
func TestEntryCacheESM(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.ts": "import { x } from './lib.ts';\nconsole.log(x);\n", "lib.ts": "export const x: number = 2;\n"})
	cacheDir := t.TempDir()
	for i := range 2 {
		if out, code := runWithCache(t, dir, cacheDir, false); out != "2\n" || code != 0 {
			t.Fatalf("run %d: %q %d", i, out, code)
		}
	}
	main := filepath.Join(dir, "main.ts")
	e := &entry{argvPath: main, srcName: fileURL(main), file: diag.NewFile(main, "import { x } from './lib.ts';\nconsole.log(x);\n")}
	if c, ok := cachedEntry(cache.Open(cacheDir), entryKey(e, entryKind(main))); !ok || !c.ESM {
		t.Fatalf("entry record: %+v %v", c, ok)
	}
	if err := os.WriteFile(main, []byte("enum E { A }\nconsole.log(E.A);\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	_, err := Run(Options{Filename: main, Stdout: &out, Stderr: &errb, Env: []string{"TSRUN_CACHE_DIR=" + cacheDir}})
	if le, ok := err.(*LoadError); !ok || le.Diagnostics[0].Code != 1294 {
		t.Fatalf("an enum after a cached run: err %v, stdout %q", err, out.String())
	}
}
