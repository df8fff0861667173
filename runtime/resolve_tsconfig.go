package runtime

import (
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// tsconfig.json "paths" and "baseUrl" (what Node's type stripping does not
// do, nodejs/node#57113): a bare specifier of a file outside node_modules
// is first matched against the "paths" of the nearest tsconfig.json above
// the importing file (following a relative "extends" chain), as tsc's
// moduleResolution does; each substitution is probed like a relative path
// (with the .ts twins). No match falls through to node_modules.

type tsPaths struct {
	base  string              // the folder patterns resolve against
	paths map[string][]string // pattern → substitutions
}

var tsconfigCache sync.Map // folder → *tsPaths (nil: none)

// resolveTSPaths resolves spec through the nearest tsconfig's paths.
func resolveTSPaths(spec, importer string, cjs bool) (string, bool) {
	if strings.Contains(importer, string(filepath.Separator)+"node_modules"+string(filepath.Separator)) {
		return "", false
	}
	cfg := nearestTSPaths(filepath.Dir(importer))
	if cfg == nil {
		return "", false
	}
	// tsc: an exact pattern wins, then the longest prefix before "*".
	keys := make([]string, 0, len(cfg.paths))
	for k := range cfg.paths {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if si, sj := strings.Contains(keys[i], "*"), strings.Contains(keys[j], "*"); si != sj {
			return !si
		}
		return len(keys[i]) > len(keys[j])
	})
	for _, k := range keys {
		star := ""
		if i := strings.IndexByte(k, '*'); i >= 0 {
			pre, post := k[:i], k[i+1:]
			if !strings.HasPrefix(spec, pre) || !strings.HasSuffix(spec, post) || len(spec) < len(pre)+len(post) {
				continue
			}
			star = spec[len(pre) : len(spec)-len(post)]
		} else if k != spec {
			continue
		}
		for _, sub := range cfg.paths[k] {
			target := filepath.Join(cfg.base, strings.ReplaceAll(sub, "*", star))
			if p, ok := probeFile(target, true); ok {
				return p, true
			}
		}
		return "", false // tsc stops at the first matching pattern
	}
	return "", false
}

// nearestTSPaths finds the tsconfig.json nearest to dir and returns its
// paths, or nil.
func nearestTSPaths(dir string) *tsPaths {
	if v, ok := tsconfigCache.Load(dir); ok {
		return v.(*tsPaths)
	}
	var cfg *tsPaths
	if p := filepath.Join(dir, "tsconfig.json"); isFile(p) {
		cfg = readTSPaths(p, 0)
	} else if parent := filepath.Dir(dir); parent != dir {
		cfg = nearestTSPaths(parent)
	}
	tsconfigCache.Store(dir, cfg)
	return cfg
}

// readTSPaths reads compilerOptions.paths/baseUrl of the tsconfig at path;
// a relative "extends" supplies what the file does not set.
func readTSPaths(path string, depth int) *tsPaths {
	b, err := readConfigFile(path)
	if err != nil || depth > 8 {
		return nil
	}
	var raw struct {
		Extends         string `json:"extends"`
		CompilerOptions struct {
			BaseURL *string             `json:"baseUrl"`
			Paths   map[string][]string `json:"paths"`
		} `json:"compilerOptions"`
	}
	if json.Unmarshal(jsoncToJSON(b), &raw) != nil {
		return nil
	}
	var parent *tsPaths
	if ext := raw.Extends; strings.HasPrefix(ext, ".") {
		if !strings.HasSuffix(ext, ".json") {
			ext += ".json"
		}
		parent = readTSPaths(filepath.Join(filepath.Dir(path), ext), depth+1)
	}
	dir := filepath.Dir(path)
	cfg := &tsPaths{base: dir}
	if parent != nil {
		*cfg = *parent
	}
	if raw.CompilerOptions.BaseURL != nil {
		cfg.base = filepath.Join(dir, *raw.CompilerOptions.BaseURL)
	}
	if raw.CompilerOptions.Paths != nil {
		cfg.paths = raw.CompilerOptions.Paths
		if raw.CompilerOptions.BaseURL == nil {
			cfg.base = dir // paths without baseUrl are relative to their file
		}
	}
	if cfg.paths == nil {
		return nil
	}
	return cfg
}

// jsoncToJSON removes the comments and trailing commas tsconfig.json may
// hold (strings are kept as written).
func jsoncToJSON(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '"':
			j := i + 1
			for j < len(b) && b[j] != '"' {
				if b[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(b) {
				j = len(b) - 1
			}
			out = append(out, b[i:j+1]...)
			i = j
		case c == '/' && i+1 < len(b) && b[i+1] == '/':
			for i < len(b) && b[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(b) && b[i+1] == '*':
			end := strings.Index(string(b[i+2:]), "*/")
			if end < 0 {
				return out
			}
			i += 2 + end + 1
		case c == ',':
			// A trailing comma: the next significant byte closes.
			j := i + 1
			for j < len(b) && (b[j] == ' ' || b[j] == '\t' || b[j] == '\n' || b[j] == '\r') {
				j++
			}
			if j < len(b) && (b[j] == '}' || b[j] == ']') {
				continue
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out
}
