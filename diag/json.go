package diag

// The JSON format is for tools that consume tsrun's findings (scripts,
// editors without LSP, dashboards). Its schema is stable: fields are only
// ever added, never renamed or removed, and "version" changes if that rule
// must ever be broken.
//
//	{
//	  "version": 1,
//	  "diagnostics": [
//	    {
//	      "file": "src/a.ts",                    // as given on the command line; "" for a global error
//	      "start": {"line": 1, "column": 6, "offset": 5},
//	      "end":   {"line": 1, "column": 7, "offset": 6},
//	      "code": 1294,                          // tsc's code (TS prefix dropped)
//	      "category": "error",                   // error | warning | suggestion | message
//	      "message": "This syntax is not allowed when 'erasableSyntaxOnly' is enabled.",
//	      "hint": "Use a union of literal types or an 'as const' object instead."  // omitted when empty
//	    }
//	  ],
//	  "summary": {"errors": 1, "warnings": 0, "files": 1}
//	}
//
// line and column are 1-based, the column counted in UTF-16 code units (as
// tsc and LSP count them); offset is 0-based, in bytes of the UTF-8 text
// after a leading byte-order mark, if any. end is exclusive. start and end
// are omitted for a diagnostic that has no file.

import (
	"encoding/json"
	"io"
)

// JSONVersion is the schema version written by WriteJSON.
const JSONVersion = 1

// JSONReport is the document WriteJSON writes.
type JSONReport struct {
	Version     int              `json:"version"`
	Diagnostics []JSONDiagnostic `json:"diagnostics"`
	Summary     JSONSummary      `json:"summary"`
}

// JSONDiagnostic is one diagnostic of a JSONReport.
type JSONDiagnostic struct {
	File     string        `json:"file"`
	Start    *JSONPosition `json:"start,omitempty"`
	End      *JSONPosition `json:"end,omitempty"`
	Code     int32         `json:"code"`
	Category string        `json:"category"`
	Message  string        `json:"message"`
	Hint     string        `json:"hint,omitempty"`
}

// JSONPosition is a place in a file.
type JSONPosition struct {
	Line   int   `json:"line"`
	Column int   `json:"column"`
	Offset int32 `json:"offset"`
}

// JSONSummary counts what the report holds.
type JSONSummary struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Files    int `json:"files"` // files with at least one diagnostic
}

// NewJSONReport converts diagnostics to the JSON schema.
func NewJSONReport(ds []Diagnostic) JSONReport {
	r := JSONReport{Version: JSONVersion, Diagnostics: make([]JSONDiagnostic, 0, len(ds))}
	files := map[string]bool{}
	for i := range ds {
		d := &ds[i]
		jd := JSONDiagnostic{Code: d.Code, Category: d.Category.String(), Message: d.Message, Hint: d.Hint}
		if d.File != nil {
			jd.File = d.File.Name
			jd.Start = jsonPosition(d.File, d.Pos)
			jd.End = jsonPosition(d.File, max(d.End, d.Pos))
			files[d.File.Name] = true
		}
		switch d.Category {
		case Error:
			r.Summary.Errors++
		case Warning:
			r.Summary.Warnings++
		}
		r.Diagnostics = append(r.Diagnostics, jd)
	}
	r.Summary.Files = len(files)
	return r
}

func jsonPosition(f *File, pos int32) *JSONPosition {
	line, col := f.Position(pos)
	return &JSONPosition{Line: line, Column: col, Offset: min(max(pos, 0), int32(len(f.Text)))}
}

// WriteJSON writes the report, indented, with a final newline.
func WriteJSON(w io.Writer, ds []Diagnostic) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(NewJSONReport(ds))
}
