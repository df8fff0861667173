package runtime

import (
	"encoding/json"
	"os"

	"github.com/tsrun-dev/tsrun/cache"
	"github.com/tsrun-dev/tsrun/esm"
)

// The compiled-module cache (package cache): an ES module whose text, URL
// and tsrun build are unchanged since a run that compiled it successfully
// is not checked, stripped or transformed again. Only successes are stored,
// so a hit also stands for "the erasable check passed". goja has no code
// cache, so the goja compile itself still runs.

// openModuleCache is the cache a run uses: none with Options.NoCache,
// else $TSRUN_CACHE_DIR or the user cache folder.
func openModuleCache(opts *Options) *cache.Cache {
	if opts.NoCache {
		return nil
	}
	getenv := os.Getenv
	if opts.Env != nil {
		getenv = func(k string) string {
			for _, kv := range opts.Env {
				if len(kv) > len(k) && kv[len(k)] == '=' && kv[:len(k)] == k {
					return kv[len(k)+1:]
				}
			}
			return ""
		}
	}
	return cache.Open(cache.DefaultDir(getenv))
}

func (g *graph) moduleKey(r *modRecord) string {
	return cache.Key("esm-module", r.url, r.file.Text)
}

// cachedESM fills r from the cache; false on a miss or a bad entry.
func (g *graph) cachedESM(r *modRecord) bool {
	if g.disk == nil {
		return false
	}
	b, ok := g.disk.Get(g.moduleKey(r))
	if !ok {
		return false
	}
	var m esm.Module
	if json.Unmarshal(b, &m) != nil || m.Code == "" {
		return false
	}
	r.mod = &m
	if !g.compileProgram(r) {
		// An entry that passed its checksum but does not compile: drop the
		// diagnostic and compile afresh.
		g.diags = g.diags[:len(g.diags)-1]
		r.mod, r.prg = nil, nil
		return false
	}
	return true
}

// storeESM writes r's compiled module to the cache.
func (g *graph) storeESM(r *modRecord) {
	if g.disk == nil || r.mod == nil {
		return
	}
	if b, err := json.Marshal(r.mod); err == nil {
		g.disk.Put(g.moduleKey(r), b)
	}
}
