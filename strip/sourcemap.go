package strip

import (
	"encoding/base64"
	"encoding/json"
	"strings"
)

const inlineMapPrefix = "//# sourceMappingURL=data:application/json;base64,"

// fixInlineMap rewrites the inline source map at the end of code: the
// entry's source becomes name (esbuild's bundler writes paths relative to
// its output directory), and with forGoja every generated and original column moves
// by one. goja's reader looks mappings up with 1-based columns and reports
// the mapped column as it finds it, 0-based; shifting both sides makes its
// lookups exact and its answers 1-based, as Node prints them.
func fixInlineMap(code, name string, forGoja bool) string {
	i := strings.LastIndex(code, inlineMapPrefix)
	if i < 0 {
		return code
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(code[i+len(inlineMapPrefix):]))
	if err != nil {
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
		m["mappings"] = shiftColumns(mappings)
	}
	out, err := json.Marshal(m)
	if err != nil {
		return code
	}
	return code[:i] + inlineMapPrefix + base64.StdEncoding.EncodeToString(out) + "\n"
}

// shiftColumns adds one to every generated and original column. Mappings
// are deltas: generated columns restart on each line, so only each line's
// first segment changes; original columns run on across the whole map, so
// only the first segment that has one changes.
func shiftColumns(mappings string) string {
	lines := strings.Split(mappings, ";")
	srcDone := false
	for li, line := range lines {
		if line == "" {
			continue
		}
		segs := strings.Split(line, ",")
		for si, seg := range segs {
			if si > 0 && srcDone {
				break
			}
			vals, ok := decodeVLQ(seg)
			if !ok {
				return mappings
			}
			if si == 0 {
				vals[0]++
			}
			if !srcDone && len(vals) >= 4 {
				vals[3]++
				srcDone = true
			}
			segs[si] = encodeVLQ(vals)
		}
		lines[li] = strings.Join(segs, ",")
	}
	return strings.Join(lines, ";")
}

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func decodeVLQ(s string) ([]int, bool) {
	var out []int
	shift, v := 0, 0
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(b64, s[i])
		if d < 0 {
			return nil, false
		}
		v += (d & 31) << shift
		if d&32 != 0 {
			shift += 5
			continue
		}
		if v&1 != 0 {
			out = append(out, -(v >> 1))
		} else {
			out = append(out, v>>1)
		}
		shift, v = 0, 0
	}
	return out, shift == 0
}

func encodeVLQ(vals []int) string {
	var b strings.Builder
	for _, v := range vals {
		u := v << 1
		if v < 0 {
			u = (-v << 1) | 1
		}
		for {
			d := u & 31
			u >>= 5
			if u > 0 {
				d |= 32
			}
			b.WriteByte(b64[d])
			if u == 0 {
				break
			}
		}
	}
	return b.String()
}
