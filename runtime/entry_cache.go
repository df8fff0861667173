package runtime

import (
	"encoding/json"
	"strconv"

	"github.com/tsrun-dev/tsrun/cache"
)

// The entry's own cache record (ES modules it imports have theirs, see
// modules_cache.go): a CommonJS entry's final code, or the decision that
// the entry is an ES module, so that a warm `tsrun app.ts` neither parses,
// checks nor strips the entry, and an ES module entry goes straight to the
// graph instead of being compiled once to learn what it is. Only successes
// are stored, so a hit also stands for "the erasable check passed".

type cachedEntryData struct {
	ESM  bool   `json:"esm,omitempty"`
	Code string `json:"code,omitempty"`
}

// entryKey covers what decides the compiled entry: its text, the name
// frames use, and the module kind its package.json gives.
func entryKey(e *entry, kind moduleKind) string {
	return cache.Key("entry", e.srcName, strconv.Itoa(int(kind)), e.file.Text)
}

func cachedEntry(disk *cache.Cache, key string) (cachedEntryData, bool) {
	var c cachedEntryData
	if disk == nil {
		return c, false
	}
	b, ok := disk.Get(key)
	if !ok || json.Unmarshal(b, &c) != nil || (!c.ESM && c.Code == "") {
		return c, false
	}
	return c, true
}

func storeEntry(disk *cache.Cache, key string, c cachedEntryData) {
	if disk == nil {
		return
	}
	if b, err := json.Marshal(c); err == nil {
		disk.Put(key, b)
	}
}
