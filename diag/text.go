package diag

import (
	"fmt"
	"io"
)

// WriteText prints diagnostics exactly as `tsc --pretty false` does:
//
//	path(line,col): error TS1294: message
//
// followed, when a diagnostic has a hint, by the hint on the next line
// indented by two spaces. Global diagnostics (no file) print as
// "error TS6053: message".
func WriteText(w io.Writer, ds []Diagnostic) error {
	for i := range ds {
		d := &ds[i]
		var err error
		if d.File == nil {
			_, err = fmt.Fprintf(w, "%s TS%d: %s\n", d.Category, d.Code, d.Message)
		} else {
			line, col := d.File.Position(d.Pos)
			_, err = fmt.Fprintf(w, "%s(%d,%d): %s TS%d: %s\n", d.File.Name, line, col, d.Category, d.Code, d.Message)
		}
		if err != nil {
			return err
		}
		if d.Hint != "" {
			if _, err := fmt.Fprintf(w, "  %s\n", d.Hint); err != nil {
				return err
			}
		}
	}
	return nil
}
