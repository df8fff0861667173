package runtime

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tsrun-dev/tsrun/blank"
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/esm"
	"github.com/tsrun-dev/tsrun/sourcemap"
	"github.com/tsrun-dev/tsrun/syntax"
)

// Most files run as Node runs them: their types blanked in place (package
// blank), so the program's text is the file's text, and what it shows of
// itself (Function.prototype.toString, stack columns, code frames) is what
// Node shows. esbuild (package strip) remains for what goja cannot run as
// written (async generators, for await, using, decorators, some regexps),
// for JSX, and for text our parser does not take.

// blankJS returns file's JavaScript with its types blanked, and the
// insertions for its async methods (strip_async_method.go), or false when
// the file needs esbuild. sf is file's parse when the caller has one.
func blankJS(file *diag.File, sf *syntax.SourceFile) (blanked, bool) {
	switch strings.ToLower(filepath.Ext(file.Name)) {
	case ".tsx", ".jsx", ".json":
		return blanked{}, false
	}
	if sf == nil {
		sf = syntax.Parse(file, syntax.ParseOptions{Dialect: dialectOf(file.Name)})
	}
	r, err := blank.Strip(sf)
	if err != nil || r.Lower != "" {
		return blanked{}, false
	}
	return blanked{r.Code, asyncMethodEdits(r.Code, sf), nodeStarts(sf)}, true
}

// blanked is a file's text with its types blanked, the insertions for its
// async methods, and the starts of its run-time nodes (for editMap).
type blanked struct {
	js     string
	am     []esm.Edit
	starts []int32
}

// nodeStarts lists the offsets where the nodes of sf that run start, in
// order, once each: where goja can report a position. The closing ) or ]
// of calls, element accesses and parentheses are listed too, so that a
// call of their result (f()(), a[0]()) is reported at its callee's end,
// where the V8 message rebuilt from the source (f(...) is not a function)
// looks for it.
func nodeStarts(sf *syntax.SourceFile) []int32 {
	var starts []int32
	syntax.Inspect(sf, func(n syntax.Node) bool {
		if n.Kind() >= syntax.KindPropertySignature {
			return false // types: blanked
		}
		switch n.Kind() {
		case syntax.KindSourceFile:
			return true
		case syntax.KindCall, syntax.KindElementAccess, syntax.KindParenExpr:
			starts = append(starts, n.End()-1)
		}
		starts = append(starts, n.Pos())
		return true
	})
	slices.Sort(starts)
	return slices.Compact(starts)
}

// dialectOf is the parser dialect for a file run by name: JavaScript
// extensions are JavaScript; everything else ([eval], [stdin], .ts, .mts,
// .cts) is TypeScript.
func dialectOf(name string) syntax.Dialect {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".js", ".mjs", ".cjs":
		return syntax.DialectJS
	}
	return syntax.DialectFromName(name)
}

// blankCJS is file as a CommonJS function (cjsBanner … footer) with its
// types blanked, or false when it needs esbuild.
func blankCJS(file *diag.File, sf *syntax.SourceFile, srcName string) (string, bool) {
	b, ok := blankJS(file, sf)
	if !ok {
		return "", false
	}
	edits := []esm.Edit{{Pos: 0, End: 0, Repl: cjsBanner}}
	if strings.HasPrefix(b.js, "#!") {
		// A hashbang is only valid at the very start of a script.
		edits = append(edits, esm.Edit{Pos: 0, End: 2, Repl: "//"})
	}
	edits = mergeEdits(edits, b.am)
	if strings.Contains(b.js, "import") {
		// import() calls, which goja cannot parse, call the wrapper's
		// importer instead; mapped like the other edits.
		jsFile := diag.NewFile(file.Name, b.js)
		if jsf := syntax.Parse(jsFile, syntax.ParseOptions{Dialect: syntax.DialectJS}); len(jsf.Diagnostics) == 0 {
			edits = mergeEdits(edits, esm.ScriptImportEdits(jsFile, jsf, cjsImportName))
		}
	}
	return applyEdits(b.js, edits) + footer + "\n" + inlineMap(srcName, editMap(b.js, edits, b.starts)), true
}

// editMap maps the text that edits (sorted, apart, each keeping the line
// breaks it replaces) make of input back to input, with a segment at each
// of starts (sorted offsets in input: where goja can report a position)
// in the copied text, and one at the start of each replacement.
//
// Blanked text needs a map only where a wrapper or the module rewrite
// moved columns, but the map also puts call positions where V8 puts them:
// goja reports a call at its '(' and V8 at the callee's name, and a map
// with no segment at that '(' (no node starts there) answers a lookup
// there with the node before it: the callee's name, across blanked type
// arguments too. A lookup between segments answers the segment's column.
//
// goja looks positions up by byte column in the code it runs and prints
// the column it finds, which is the file's UTF-16 column here, as Node
// prints.
func editMap(input string, edits []esm.Edit, starts []int32) sourcemap.Mappings {
	m := sourcemap.Mappings{nil}
	var outCol, inCol int32 // output byte column, input UTF-16 column
	next := 0               // the first of starts not passed yet
	copyText := func(from, to int32) {
		for i := from; i < to; {
			for next < len(starts) && starts[next] < i {
				next++
			}
			c := input[i]
			if c == '\n' {
				m = append(m, nil)
				outCol, inCol = 0, 0
				i++
				continue
			}
			if next < len(starts) && starts[next] == i {
				last := len(m) - 1
				m[last] = append(m[last], sourcemap.Segment{GenCol: outCol, HasSrc: true, SrcCol: inCol})
			}
			size := 1
			if c >= 0x80 {
				var r rune
				r, size = utf8.DecodeRuneInString(input[i:])
				inCol += int32(utf16Units(r))
			} else {
				inCol++
			}
			outCol += int32(size)
			i += int32(size)
		}
	}
	last := int32(0)
	for _, e := range edits {
		if e.Pos < last {
			continue
		}
		copyText(last, e.Pos)
		if e.Repl != "" {
			l := len(m) - 1
			m[l] = append(m[l], sourcemap.Segment{GenCol: outCol, HasSrc: true, SrcCol: inCol})
		}
		// The replacement's line breaks stand for the replaced text's.
		replLines := strings.Split(e.Repl, "\n")
		oldLines := strings.Split(input[e.Pos:e.End], "\n")
		for i := 1; i < len(replLines); i++ {
			m = append(m, nil)
			outCol, inCol = 0, 0
		}
		outCol += int32(len(replLines[len(replLines)-1]))
		if len(oldLines) > 1 {
			inCol = 0
		}
		inCol += int32(diag.UTF16Len(oldLines[len(oldLines)-1]))
		last = e.End
	}
	copyText(last, int32(len(input)))
	return m
}

func utf16Units(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// inlineMap encodes m (one entry per generated line; blanking and the
// module rewrite keep every line break, so generated line k is line k of
// the file) as an inline source map, its columns shifted for goja's reader
// (1-based lookups, 0-based answers).
func inlineMap(srcName string, m sourcemap.Mappings) string {
	for k := range m {
		for s := range m[k] {
			m[k][s].SrcLine = int32(k)
		}
	}
	m.Shift(1)
	b, _ := json.Marshal(map[string]any{"version": 3, "sources": []string{srcName}, "names": []string{}, "mappings": m.Encode()})
	return sourcemap.Inline(b)
}

// blankESM is the ES module of r with its types blanked, rewritten by
// package esm, or false when the file needs esbuild. Lines the rewrite
// changed are mapped back to the file.
func (g *graph) blankESM(r *modRecord) (*esm.Module, bool) {
	b, ok := blankJS(r.file, nil)
	if !ok {
		return nil, false
	}
	js := b.js
	jsFile := diag.NewFile(r.file.Name, js)
	sf := syntax.Parse(jsFile, syntax.ParseOptions{Dialect: syntax.DialectJS})
	if len(sf.Diagnostics) > 0 {
		return nil, false
	}
	m, ds := esm.Transform(jsFile, sf)
	if len(ds) > 0 {
		return nil, false
	}
	// The async method insertions join the module rewrite's edits.
	mergeModuleEdits(m, js, b.am)
	m.Code += "\n" + inlineMap(r.url, editMap(js, m.Edits, b.starts))
	m.Edits = nil
	return m, true
}
