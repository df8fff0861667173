// Package cache is tsrun's on-disk cache of compiled modules: the final
// JavaScript of a module (types stripped, ES module transform applied,
// source map inline) keyed by a hash of everything that produced it, so a
// second run of an unchanged program skips esbuild, the erasable check and
// the module transform, as Deno's cache does.
//
// Contract:
//   - Keys are content hashes (Key): an entry never needs invalidation; a
//     changed file or another tsrun build simply has another key.
//   - Put writes a temporary file in the entry's folder and renames it into
//     place, so two tsrun processes writing the same entry at once, or a
//     reader racing a writer, never see a partial entry.
//   - Every entry carries a checksum of its payload; Get treats a corrupt
//     or truncated entry as a miss (and removes it), so the caller falls
//     back to a fresh compile.
//   - Nothing here fails a run: an unwritable or missing folder makes Put
//     a no-op and Get a miss.
//
// The standard library only, so any package may use it.
package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"sync"
)

const magic = "tsrun-cache-v1\n"

// Cache is a cache folder. The zero value and nil are disabled caches.
type Cache struct {
	dir string
}

// Open returns the cache in dir, or a disabled cache when dir is "".
func Open(dir string) *Cache {
	if dir == "" {
		return nil
	}
	return &Cache{dir: dir}
}

// DefaultDir is $TSRUN_CACHE_DIR, else os.UserCacheDir()/tsrun when the
// user cache folder exists; "" (no cache) otherwise. tsrun creates its own
// subfolder but never the user cache folder itself: a HOME that has none
// (a sandbox, a test harness pointing HOME at the program's folder) gets no
// surprise ~/.cache.
func DefaultDir(getenv func(string) string) string {
	if d := getenv("TSRUN_CACHE_DIR"); d != "" {
		return d
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	if st, err := os.Stat(d); err != nil || !st.IsDir() {
		return ""
	}
	return filepath.Join(d, "tsrun")
}

// Key hashes parts (kind of output, file name, source text…) together with
// the identity of this tsrun build.
func Key(parts ...string) string {
	h := sha256.New()
	h.Write([]byte(buildID()))
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil))
}

var buildID = sync.OnceValue(func() string {
	// The module version and VCS revision name a release; the executable's
	// size and modification time tell development builds of one revision
	// apart (a rebuilt tsrun must not read its predecessor's output).
	id := "tsrun"
	if bi, ok := debug.ReadBuildInfo(); ok {
		id += " " + bi.Main.Version + " " + bi.GoVersion
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
				id += " " + s.Value
			}
		}
	}
	if exe, err := os.Executable(); err == nil {
		if st, err := os.Stat(exe); err == nil {
			id += " " + st.ModTime().UTC().String() + " " + strconv.FormatInt(st.Size(), 10)
		}
	}
	return id
})

func (c *Cache) path(key string) string {
	return filepath.Join(c.dir, key[:2], key)
}

// Get returns the payload stored under key.
func (c *Cache) Get(key string) ([]byte, bool) {
	if c == nil || len(key) < 3 {
		return nil, false
	}
	p := c.path(key)
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, false
	}
	payload, ok := decode(b)
	if !ok {
		_ = os.Remove(p) // corrupt: the next Put rewrites it
		return nil, false
	}
	return payload, true
}

// Put stores payload under key, atomically; errors are ignored (a cache
// that cannot be written is a cache that misses).
func (c *Cache) Put(key string, payload []byte) {
	if c == nil || len(key) < 3 {
		return
	}
	p := c.path(key)
	dir := filepath.Dir(p)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return
	}
	tmp := f.Name()
	_, werr := f.Write(encode(payload))
	cerr := f.Close()
	if werr != nil || cerr != nil {
		_ = os.Remove(tmp)
		return
	}
	if os.Rename(tmp, p) != nil {
		_ = os.Remove(tmp)
	}
}

// An entry is magic, the payload's SHA-256 in hex, a newline, the payload.
func encode(payload []byte) []byte {
	sum := sha256.Sum256(payload)
	out := make([]byte, 0, len(magic)+65+len(payload))
	out = append(out, magic...)
	out = append(out, hex.EncodeToString(sum[:])...)
	out = append(out, '\n')
	return append(out, payload...)
}

func decode(b []byte) ([]byte, bool) {
	if !bytes.HasPrefix(b, []byte(magic)) || len(b) < len(magic)+65 {
		return nil, false
	}
	b = b[len(magic):]
	want, payload := string(b[:64]), b[65:]
	if b[64] != '\n' {
		return nil, false
	}
	sum := sha256.Sum256(payload)
	if hex.EncodeToString(sum[:]) != want {
		return nil, false
	}
	return payload, true
}
