// Package sourcemap decodes and encodes the "mappings" field of a source
// map (version 3) so that passes which edit generated JavaScript (the ES
// module transform) can keep the map from their output to the TypeScript
// the user wrote. It imports only the standard library.
package sourcemap

import (
	"encoding/base64"
	"errors"
	"strings"
)

// Segment is one decoded mapping, with absolute (not delta) values.
// Columns count UTF-16 code units, as source maps do.
type Segment struct {
	GenCol  int32
	HasSrc  bool
	Src     int32
	SrcLine int32
	SrcCol  int32
	HasName bool
	Name    int32
}

// Mappings is one []Segment per generated line.
type Mappings [][]Segment

var errBadVLQ = errors.New("sourcemap: malformed mappings")

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64val = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(b64); i++ {
		t[b64[i]] = int8(i)
	}
	return
}()

// Decode parses a mappings string.
func Decode(s string) (Mappings, error) {
	var out Mappings
	var line []Segment
	var src, srcLine, srcCol, name int32
	var genCol int32
	vals := make([]int32, 0, 5)
	i := 0
	for i <= len(s) {
		if i == len(s) || s[i] == ';' {
			out = append(out, line)
			line = nil
			genCol = 0
			i++
			continue
		}
		if s[i] == ',' {
			i++
			continue
		}
		vals = vals[:0]
		for i < len(s) && s[i] != ',' && s[i] != ';' {
			var v, shift int32
			for {
				if i >= len(s) {
					return nil, errBadVLQ
				}
				d := b64val[s[i]]
				i++
				if d < 0 {
					return nil, errBadVLQ
				}
				v += int32(d&31) << shift
				if d&32 == 0 {
					break
				}
				shift += 5
				if shift > 30 {
					return nil, errBadVLQ
				}
			}
			if v&1 != 0 {
				v = -(v >> 1)
			} else {
				v >>= 1
			}
			vals = append(vals, v)
		}
		if len(vals) == 0 {
			return nil, errBadVLQ
		}
		genCol += vals[0]
		seg := Segment{GenCol: genCol}
		if len(vals) >= 4 {
			src += vals[1]
			srcLine += vals[2]
			srcCol += vals[3]
			seg.HasSrc, seg.Src, seg.SrcLine, seg.SrcCol = true, src, srcLine, srcCol
			if len(vals) >= 5 {
				name += vals[4]
				seg.HasName, seg.Name = true, name
			}
		}
		line = append(line, seg)
	}
	return out, nil
}

// Encode writes m as a mappings string.
func (m Mappings) Encode() string {
	var b strings.Builder
	var src, srcLine, srcCol, name int32
	for li, line := range m {
		if li > 0 {
			b.WriteByte(';')
		}
		var genCol int32
		for si, seg := range line {
			if si > 0 {
				b.WriteByte(',')
			}
			writeVLQ(&b, seg.GenCol-genCol)
			genCol = seg.GenCol
			if seg.HasSrc {
				writeVLQ(&b, seg.Src-src)
				writeVLQ(&b, seg.SrcLine-srcLine)
				writeVLQ(&b, seg.SrcCol-srcCol)
				src, srcLine, srcCol = seg.Src, seg.SrcLine, seg.SrcCol
				if seg.HasName {
					writeVLQ(&b, seg.Name-name)
					name = seg.Name
				}
			}
		}
	}
	return b.String()
}

func writeVLQ(b *strings.Builder, v int32) {
	u := uint32(v) << 1
	if v < 0 {
		u = uint32(-v)<<1 | 1
	}
	for {
		d := u & 31
		u >>= 5
		if u > 0 {
			d |= 32
		}
		b.WriteByte(b64[d])
		if u == 0 {
			return
		}
	}
}

// InlinePrefix starts the comment that carries an inline source map.
const InlinePrefix = "//# sourceMappingURL=data:application/json;base64,"

// SplitInline separates code from its trailing inline source map, returning
// the code before the comment and the map's JSON; ok is false when there is
// no readable inline map (code is then returned whole).
func SplitInline(code string) (js string, mapJSON []byte, ok bool) {
	i := strings.LastIndex(code, InlinePrefix)
	if i < 0 {
		return code, nil, false
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(code[i+len(InlinePrefix):]))
	if err != nil {
		return code, nil, false
	}
	return code[:i], raw, true
}

// Inline is the comment that carries mapJSON inline, with its line break.
func Inline(mapJSON []byte) string {
	return InlinePrefix + base64.StdEncoding.EncodeToString(mapJSON) + "\n"
}

// Shift adds n to every generated and original column of m.
func (m Mappings) Shift(n int32) {
	for _, line := range m {
		for i := range line {
			line[i].GenCol += n
			if line[i].HasSrc {
				line[i].SrcCol += n
			}
		}
	}
}

// ShiftColumns is Shift on an encoded mappings string without decoding it
// all: mappings are deltas, and generated columns restart on each line, so
// only each line's first segment changes; original columns run on across
// the whole map, so only the first segment that has one changes. It returns
// mappings unchanged when they are malformed.
func ShiftColumns(mappings string, n int32) string {
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
			m, err := Decode(seg)
			if err != nil || len(m) != 1 || len(m[0]) != 1 {
				return mappings
			}
			s := m[0][0]
			if si == 0 {
				s.GenCol += n
			}
			if !srcDone && s.HasSrc {
				s.SrcCol += n
				srcDone = true
			}
			segs[si] = Mappings{{s}}.Encode()
		}
		lines[li] = strings.Join(segs, ",")
	}
	return strings.Join(lines, ";")
}
