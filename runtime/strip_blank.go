package runtime

import (
	"encoding/json"
	"path/filepath"
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
func blankJS(file *diag.File, sf *syntax.SourceFile) (string, []esm.Edit, bool) {
	switch strings.ToLower(filepath.Ext(file.Name)) {
	case ".tsx", ".jsx", ".json":
		return "", nil, false
	}
	if sf == nil {
		sf = syntax.Parse(file, syntax.ParseOptions{Dialect: dialectOf(file.Name)})
	}
	r, err := blank.Strip(sf)
	if err != nil || r.Lower != "" {
		return "", nil, false
	}
	return r.Code, asyncMethodEdits(sf), true
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
	js, am, ok := blankJS(file, sf)
	if !ok {
		return "", false
	}
	edits := []esm.Edit{{Pos: 0, End: 0, Repl: cjsBanner}}
	if strings.HasPrefix(js, "#!") {
		// A hashbang is only valid at the very start of a script.
		edits = append(edits, esm.Edit{Pos: 0, End: 2, Repl: "//"})
	}
	edits = mergeEdits(edits, am)
	return applyEdits(js, edits) + footer + "\n" + inlineMap(srcName, editMap(js, edits)), true
}

// editMap maps the text that edits (sorted, apart, each keeping the line
// breaks it replaces) make of input back to input, with a segment at each
// token start of the copied text and one at the start of each
// replacement.
//
// Blanked text needs a map only where a wrapper or the module rewrite
// moved columns, but the map also puts call positions where V8 puts them:
// goja reports a call at its '(' and V8 at the callee's name, and a map
// with no segment at '(' answers a lookup there with the name before it
// (across blanked type arguments too). Token starts are approximated by
// character class changes, which only adds segments; a lookup between
// segments answers the segment's column.
//
// goja looks positions up by byte column in the code it runs and prints
// the column it finds, which is the file's UTF-16 column here, as Node
// prints.
func editMap(input string, edits []esm.Edit) sourcemap.Mappings {
	m := sourcemap.Mappings{nil}
	var outCol, inCol int32 // output byte column, input UTF-16 column
	prevWord, prevSpace := false, true
	copyText := func(text string) {
		for _, r := range text {
			if r == '\n' {
				m = append(m, nil)
				outCol, inCol = 0, 0
				prevWord, prevSpace = false, true
				continue
			}
			word := r == '_' || r == '$' || r == '\\' || r >= '0' && r <= '9' || r|0x20 >= 'a' && r|0x20 <= 'z' || r >= 0x80
			space := r == ' ' || r == '\t' || r == '\r' || r == 0xa0 || r == 0x2002 || r == 0xfeff
			if !space && r != '(' && (!word || !prevWord || prevSpace) {
				last := len(m) - 1
				m[last] = append(m[last], sourcemap.Segment{GenCol: outCol, HasSrc: true, SrcCol: inCol})
			}
			prevWord, prevSpace = word, space
			outCol += int32(utf8.RuneLen(r))
			inCol += int32(utf16Units(r))
		}
	}
	last := int32(0)
	for _, e := range edits {
		if e.Pos < last {
			continue
		}
		copyText(input[last:e.Pos])
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
		prevWord, prevSpace = false, true
		last = e.End
	}
	copyText(input[last:])
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
	js, am, ok := blankJS(r.file, nil)
	if !ok {
		return nil, false
	}
	jsFile := diag.NewFile(r.file.Name, js)
	sf := syntax.Parse(jsFile, syntax.ParseOptions{Dialect: syntax.DialectJS})
	if len(sf.Diagnostics) > 0 {
		return nil, false
	}
	m, ds := esm.Transform(jsFile, sf)
	if len(ds) > 0 {
		return nil, false
	}
	// The async method insertions join the module rewrite's edits; the
	// rewrite's closing text (after the last edit) stays.
	suffix := m.Code[len(applyEdits(js, m.Edits)):]
	edits := mergeEdits(m.Edits, am)
	m.Code = applyEdits(js, edits) + suffix + "\n" + inlineMap(r.url, editMap(js, edits))
	m.Edits = nil
	return m, true
}
