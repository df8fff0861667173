package runtime

import (
	"os"
	"path/filepath"
	"testing"
)

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestTSConfigPaths(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"tsconfig.base.json": `{
			// comments and trailing commas, as tsc allows
			"compilerOptions": {
				"baseUrl": "./src",
				"paths": { "@lib/*": ["lib/*", "fallback/*"], "config": ["cfg/main.ts"], },
			},
		}`,
		"tsconfig.json":             `{ "extends": "./tsconfig.base", "compilerOptions": { "strict": true } }`,
		"src/lib/math.ts":           `export const x = 1;`,
		"src/fallback/only.ts":      `export const y = 1;`,
		"src/cfg/main.ts":           `export {};`,
		"src/app/main.ts":           `import "@lib/math";`,
		"other/tsconfig.json":       `{ "compilerOptions": { "paths": { "@o/*": ["./o/*"] } } }`,
		"other/o/thing.ts":          `export {};`,
		"other/main.ts":             ``,
		"node_modules/pkg/index.js": `module.exports = 1;`,
	})
	importer := filepath.Join(dir, "src", "app", "main.ts")
	for spec, want := range map[string]string{
		"@lib/math":    "src/lib/math.ts",
		"@lib/math.js": "src/lib/math.ts", // the .ts twin, as for relative paths
		"@lib/only":    "src/fallback/only.ts",
		"config":       "src/cfg/main.ts",
		"pkg":          "node_modules/pkg/index.js", // no pattern: node_modules
	} {
		res, msg := resolveImport(spec, importer)
		if msg != "" {
			t.Errorf("%s: %s", spec, msg)
			continue
		}
		if got, _ := filepath.Rel(dir, res.path); filepath.ToSlash(got) != want {
			t.Errorf("%s resolved to %s, want %s", spec, got, want)
		}
	}
	// A matching pattern with no file is an error (tsc stops there too).
	if _, msg := resolveImport("@lib/nothing", importer); msg == "" {
		t.Error("@lib/nothing resolved")
	}
	// The nearest tsconfig.json applies; paths without baseUrl are
	// relative to their tsconfig.
	res, msg := resolveImport("@o/thing", filepath.Join(dir, "other", "main.ts"))
	if got, _ := filepath.Rel(dir, res.path); msg != "" || filepath.ToSlash(got) != "other/o/thing.ts" {
		t.Errorf("@o/thing: %q %s", got, msg)
	}
	if _, msg := resolveImport("@o/thing", importer); msg == "" {
		t.Error("@o/thing resolved from a folder whose tsconfig does not map it")
	}
}
