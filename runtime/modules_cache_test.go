package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// runWithCache runs dir/main.ts with the compiled-module cache in
// cacheDir; it returns stdout and the exit code.
func runWithCache(t *testing.T, dir, cacheDir string, noCache bool) (string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code, err := Run(Options{
		Filename: filepath.Join(dir, "main.ts"),
		Stdin:    bytes.NewReader(nil), Stdout: &out, Stderr: &errb,
		Env:     []string{"TSRUN_CACHE_DIR=" + cacheDir},
		NoCache: noCache,
	})
	if err != nil {
		t.Fatalf("Run: %v (stderr %s)", err, errb.String())
	}
	return out.String(), code
}

func cacheFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	return files
}

func TestModuleCache(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.ts": "import { twice } from \"./lib.ts\";\nimport cjs from \"./c.cjs\";\nconsole.log(twice(21), cjs.n);\n",
		"lib.ts":  "export const twice = (n: number): number => n * 2;\n",
		"c.cjs":   "exports.n = 'cjs';\n",
	})
	cacheDir := t.TempDir()
	const want = "42 cjs\n"

	if out, code := runWithCache(t, dir, cacheDir, true); out != want || code != 0 {
		t.Fatalf("--no-cache run: %q %d", out, code)
	}
	if files := cacheFiles(t, cacheDir); len(files) != 0 {
		t.Fatalf("--no-cache wrote %v", files)
	}

	if out, code := runWithCache(t, dir, cacheDir, false); out != want || code != 0 {
		t.Fatalf("cold run: %q %d", out, code)
	}
	files := cacheFiles(t, cacheDir)
	if len(files) != 4 { // main.ts, lib.ts (ES modules), c.cjs, and main.ts's entry record
		t.Fatalf("cache holds %d entries, want 4: %v", len(files), files)
	}
	if out, code := runWithCache(t, dir, cacheDir, false); out != want || code != 0 {
		t.Fatalf("warm run: %q %d", out, code)
	}

	// A changed source is a new key: the old entry is not used.
	if err := os.WriteFile(filepath.Join(dir, "lib.ts"), []byte("export const twice = (n: number): number => n * 3;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, _ := runWithCache(t, dir, cacheDir, false); out != "63 cjs\n" {
		t.Fatalf("after an edit: %q", out)
	}

	// Corrupt every entry: the run compiles afresh and still works.
	for _, f := range cacheFiles(t, cacheDir) {
		if err := os.WriteFile(f, []byte("garbage"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if out, code := runWithCache(t, dir, cacheDir, false); out != "63 cjs\n" || code != 0 {
		t.Fatalf("with a corrupt cache: %q %d", out, code)
	}

	// An unwritable cache folder is skipped silently.
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, code := runWithCache(t, dir, filepath.Join(blocker, "cache"), false); out != "63 cjs\n" || code != 0 {
		t.Fatalf("with an unwritable cache: %q %d", out, code)
	}
}

// A cache hit must not skip the erasable check of a file that changed to
// something non-erasable (the key is the content, so it cannot).
func TestModuleCacheStillChecks(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.ts": "import { x } from \"./lib.ts\";\nconsole.log(x);\n",
		"lib.ts":  "export const x = 1;\n",
	})
	cacheDir := t.TempDir()
	if out, _ := runWithCache(t, dir, cacheDir, false); out != "1\n" {
		t.Fatalf("first run: %q", out)
	}
	if err := os.WriteFile(filepath.Join(dir, "lib.ts"), []byte("export enum E { A }\nexport const x = 1;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	_, err := Run(Options{Filename: filepath.Join(dir, "main.ts"), Stdin: bytes.NewReader(nil), Stdout: &out, Stderr: &errb, Env: []string{"TSRUN_CACHE_DIR=" + cacheDir}})
	if _, ok := err.(*LoadError); !ok {
		t.Fatalf("an enum after a cached run: err %v, stdout %q", err, out.String())
	}
}
