package runtime

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/esm"
	"github.com/tsrun-dev/tsrun/sourcemap"
	"github.com/tsrun-dev/tsrun/strip"
	"github.com/tsrun-dev/tsrun/syntax"
)

// esbuild lowers async generators into generators driven by its
// __asyncGenerator helper, whose objects are plain ({ next, throw, return,
// [Symbol.asyncIterator] } as own properties) and whose functions are
// plain functions. The runtime points the helper at js/asyncgen.js (V8's
// AsyncGenerator objects) and passes each lowered function, or the object
// or class holding it, through that file's fix (AsyncGeneratorFunction's
// prototype). Both are insertions into esbuild's output; the source map is
// moved to match.

// asyncGenHook is the global js/asyncgen.js is reachable by, built on
// first use.
const asyncGenHook = "__tsrun_ag"

// asyncGenHelper is how esbuild's output starts its helper; the insertion
// after it makes the helper call ours (its own body stays, unused).
const asyncGenHelper = "var __asyncGenerator = "

func init() {
	registerGlobals(0, "asyncGenerators", func(vm *VM) error {
		vm.defineLazyGlobal(asyncGenHook, false, func() (goja.Value, error) {
			return vm.internalJS("asyncgen")
		})
		return nil
	})
}

// loweredEdits are the insertions into js, esbuild's output parsed as sf:
// for its lowered async generators, and for its async shorthand methods
// (strip_async_method.go), which esbuild leaves as written.
func loweredEdits(js string, sf *syntax.SourceFile) []esm.Edit {
	edits := asyncMethodEdits(js, sf)
	if at := strings.Index(js, asyncGenHelper); at >= 0 {
		at += len(asyncGenHelper)
		gen := []esm.Edit{{Pos: int32(at), End: int32(at), Repl: "(t, a, g) => " + asyncGenHook + ".gen(t, a, g, typeof __await < \"u\" ? __await : void 0), __tsrun_esbuild_ag = "}}
		edits = mergeEdits(edits, mergeEdits(gen, containerEdits(js, sf, isLoweredAsyncGen, asyncGenHook+".fix")))
	}
	return edits
}

// mayNeedLoweredEdits is a cheap test that js can have what loweredEdits
// looks for.
func mayNeedLoweredEdits(js string) bool {
	return strings.Contains(js, asyncGenHelper) || strings.Contains(js, "async ")
}

// isLoweredAsyncGen reports esbuild's shape of a lowered async generator
// function: a body that is one `return __asyncGenerator(…)`.
func isLoweredAsyncGen(f *syntax.Function) bool {
	b, ok := f.Body.(*syntax.Block)
	if !ok || len(b.Statements) != 1 {
		return false
	}
	r, ok := b.Statements[0].(*syntax.ReturnStatement)
	if !ok {
		return false
	}
	c, ok := r.Expr.(*syntax.Call)
	if !ok {
		return false
	}
	id, ok := c.Expr.(*syntax.Identifier)
	return ok && id.Text == "__asyncGenerator"
}

// stripCJS is file as a CommonJS function, through esbuild, with the
// lowered async generators fixed up.
func stripCJS(file *diag.File, srcName string) (string, []diag.Diagnostic) {
	r, ds := strip.Transform(file, strip.Options{SourceMap: true, SourceName: srcName, Banner: cjsBanner, Footer: footer})
	if len(ds) > 0 {
		return "", ds
	}
	code, raw, ok := sourcemap.SplitInline(r.Code)
	var mapJSON map[string]any
	if ok && json.Unmarshal(raw, &mapJSON) == nil {
		mappings, _ := mapJSON["mappings"].(string)
		mm, err := sourcemap.Decode(mappings)
		if err == nil {
			if mayNeedLoweredEdits(code) {
				jsFile := diag.NewFile(file.Name, code)
				if sf := syntax.Parse(jsFile, syntax.ParseOptions{Dialect: syntax.DialectJS}); len(sf.Diagnostics) == 0 {
					if edits := loweredEdits(code, sf); len(edits) > 0 {
						m := &esm.Module{Edits: edits}
						m.AdjustMap(jsFile, mm)
						code = applyEdits(code, edits)
					}
				}
			}
			code += gojaMap(mapJSON, code, mm)
		}
	}
	return rewriteCJSImports(file.Name, code), nil
}

// gojaMap is the inline map comment for code, esbuild's output (moved by
// edits as mm now says), as goja reads it: byte columns, shifted for its
// reader (1-based lookups, 0-based answers). mapJSON is esbuild's map,
// whose mappings it replaces.
func gojaMap(mapJSON map[string]any, code string, mm sourcemap.Mappings) string {
	byteColumns(code, mm)
	mm.Shift(1)
	mapJSON["mappings"] = mm.Encode()
	b, err := json.Marshal(mapJSON)
	if err != nil {
		return ""
	}
	return sourcemap.Inline(b)
}

// mergeModuleEdits merges the insertions extra into m, the module rewrite
// of input, and rewrites m.Code with them; the rewrite's closing text
// (after the last edit) stays.
func mergeModuleEdits(m *esm.Module, input string, extra []esm.Edit) {
	if len(extra) == 0 {
		return
	}
	suffix := m.Code[len(applyEdits(input, m.Edits)):]
	m.Edits = mergeEdits(m.Edits, extra)
	m.Code = applyEdits(input, m.Edits) + suffix
}

// byteColumns turns the generated columns of mm, UTF-16 columns of code
// as esbuild writes them, into byte columns, which goja looks up by. Only
// lines with non-ASCII text change.
func byteColumns(code string, mm sourcemap.Mappings) {
	k := 0
	for line := range strings.SplitSeq(code, "\n") {
		if k >= len(mm) {
			return
		}
		if len(mm[k]) > 0 && strings.ContainsFunc(line, func(r rune) bool { return r >= 0x80 }) {
			segs := mm[k]
			i, col16, b := 0, int32(0), int32(0)
			for _, r := range line {
				for i < len(segs) && segs[i].GenCol <= col16 {
					segs[i].GenCol = b + (segs[i].GenCol - col16)
					i++
				}
				col16 += int32(utf16Units(r))
				b += int32(utf8.RuneLen(r))
			}
			for ; i < len(segs); i++ {
				segs[i].GenCol = b + (segs[i].GenCol - col16)
			}
		}
		k++
	}
}
