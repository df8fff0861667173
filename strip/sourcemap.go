package strip

import (
	"encoding/json"
	"strings"

	"github.com/tsrun-dev/tsrun/sourcemap"
)

// fixInlineMap rewrites the inline source map at the end of code: the
// entry's source becomes name (esbuild's bundler writes paths relative to
// its output directory), and with forGoja every generated and original column moves
// by one. goja's reader looks mappings up with 1-based columns and reports
// the mapped column as it finds it, 0-based; shifting both sides makes its
// lookups exact and its answers 1-based, as Node prints them.
func fixInlineMap(code, name string, forGoja bool) string {
	js, raw, ok := sourcemap.SplitInline(code)
	if !ok {
		return code
	}
	var m map[string]any
	if json.Unmarshal(raw, &m) != nil {
		return code
	}
	// The bundler's map also lists the builtin stand-ins; only the entry's
	// own name changes, and the list keeps its length (mappings index it).
	if srcs, ok := m["sources"].([]any); ok {
		for i, src := range srcs {
			if str, _ := src.(string); !strings.HasPrefix(str, builtinNS+":") {
				srcs[i] = name
			}
		}
	}
	if mappings, ok := m["mappings"].(string); ok && forGoja {
		m["mappings"] = sourcemap.ShiftColumns(mappings, 1)
	}
	out, err := json.Marshal(m)
	if err != nil {
		return code
	}
	return js + sourcemap.Inline(out)
}
