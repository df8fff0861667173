// Package corpus locates the test corpus that scripts/corpus.sh fetches
// from the npm registry (typescript's lib files, @types/node and the .ts
// sources of rxjs, zod and effect), for the corpus tests and benchmarks of
// several packages. It imports only the standard library.
package corpus

import (
	"os"
	"path/filepath"
)

// Dir is the corpus folder: $TSRUN_CORPUS, else the cache folder
// scripts/corpus.sh uses. The packages are under its node_modules.
func Dir() string {
	if d := os.Getenv("TSRUN_CORPUS"); d != "" {
		return d
	}
	base := os.Getenv("XDG_CACHE_HOME")
	if base == "" {
		home, _ := os.UserHomeDir()
		base = filepath.Join(home, ".cache")
	}
	return filepath.Join(base, "tsrun", "corpus")
}
