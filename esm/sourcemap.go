package esm

import (
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/sourcemap"
)

// AdjustMap moves the generated columns of m (the source map of the input
// text, decoded) to where the edits put them in Code. Edits never add or
// remove line breaks, so each line is adjusted on its own; a mapping inside
// replaced text moves to the start of the replacement.
func (mod *Module) AdjustMap(input *diag.File, m sourcemap.Mappings) {
	type span struct {
		startCol, endCol int32 // old UTF-16 columns; endCol -1: to end of line
		fromLine         bool  // the edit starts on an earlier line
		replLen          int32 // UTF-16 length of the replacement's last line
	}
	perLine := map[int][]span{}
	for _, e := range mod.Edits {
		l1, c1 := input.Position(e.Pos)
		l2, c2 := input.Position(e.End)
		l1, l2 = l1-1, l2-1
		c1, c2 = c1-1, c2-1
		repl := int32(diag.UTF16Len(lastLine(e.Repl)))
		if l1 == l2 {
			perLine[l1] = append(perLine[l1], span{int32(c1), int32(c2), false, repl})
			continue
		}
		perLine[l1] = append(perLine[l1], span{int32(c1), -1, false, 0})
		for l := l1 + 1; l < l2; l++ {
			perLine[l] = append(perLine[l], span{0, -1, true, 0})
		}
		perLine[l2] = append(perLine[l2], span{0, int32(c2), true, repl})
	}
	for line, spans := range perLine {
		if line >= len(m) {
			continue
		}
		for i := range m[line] {
			seg := &m[line][i]
			old := seg.GenCol
			var shift int32
			newCol := old
			for _, s := range spans {
				switch {
				case s.endCol >= 0 && old >= s.endCol:
					shift += s.replLen - (s.endCol - s.startCol)
				case old >= s.startCol:
					newCol = s.startCol + shift
					if s.fromLine {
						newCol = shift
					}
					goto done
				}
			}
			newCol = old + shift
		done:
			seg.GenCol = newCol
		}
	}
}

func lastLine(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '\n' || s[i] == '\r' || (s[i] == 0xA8 || s[i] == 0xA9) && i >= 2 && s[i-2] == 0xE2 {
			return s[i+1:]
		}
	}
	return s
}
