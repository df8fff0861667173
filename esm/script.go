package esm

import (
	"sort"
	"strings"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// RewriteScriptImports rewrites the dynamic import() calls of a script (a
// CommonJS module, where import() is valid but goja cannot parse it) into
// calls of the function named fn, scope-aware as in Transform. Nothing
// else changes; the text is returned as is when it has no import() call.
// A line holding a call moves right by len(fn)-len("import") columns after
// it, which only stack columns on that line can show (ScriptImportEdits
// gives the edits, for a caller that maps them).
func RewriteScriptImports(file *diag.File, sf *syntax.SourceFile, fn string) string {
	calls := ScriptImportEdits(file, sf, fn)
	if len(calls) == 0 {
		return file.Text
	}
	var b strings.Builder
	last := int32(0)
	for _, e := range calls {
		b.WriteString(file.Text[last:e.Pos])
		b.WriteString(e.Repl)
		last = e.End
	}
	b.WriteString(file.Text[last:])
	return b.String()
}

// ScriptImportEdits are the edits of RewriteScriptImports, in order.
func ScriptImportEdits(file *diag.File, sf *syntax.SourceFile, fn string) []Edit {
	t := &transformer{file: file, text: file.Text, reqIndex: map[string]int{}, imports: map[string]binding{}}
	w := &walker{t: t}
	for _, st := range sf.Statements {
		w.stmt(st)
	}
	var calls []Edit
	for _, e := range t.edits {
		if e.Repl == ctxName+".d" {
			calls = append(calls, Edit{e.Pos, e.End, fn})
		}
	}
	sort.Slice(calls, func(i, j int) bool { return calls[i].Pos < calls[j].Pos })
	return calls
}
