package esm

import (
	"sort"
	"strconv"
	"strings"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// Names the output uses. The $ and the prefix keep them out of the way of
// user code (a module that declares one of them is refused by Transform).
const (
	ctxName    = "$tsrun_m"
	importPfx  = "$tsrun_i"
	nsPfx      = "$tsrun_n"
	defaultVar = "$tsrun_default"
)

// Request is one module request: a specifier with its import attributes,
// in the order of first appearance (the spec's [[RequestedModules]]).
type Request struct {
	Specifier string
	Type      string // the `with { type: … }` attribute, "" when absent
	Pos, End  int32  // the specifier's string literal, for error positions
}

// Module is the transformed module.
type Module struct {
	// Code is the generator function expression (see the package doc).
	Code string
	// Requests lists the module requests; the loader passes their binding
	// objects as $tsrun_m.i and their namespace objects as $tsrun_m.s, in
	// this order.
	Requests []Request
	// ExportNames are the module's own export names, local and indirect
	// (not those of `export *`), sorted.
	ExportNames []string
	// Imports are the names the module imports (default and named, not
	// namespaces), for the loader's link-time check that each exists.
	Imports []Import
	// StarExports are indexes into Requests of `export * from` requests.
	StarExports []int
	// Async reports top-level await: the loader drives Code's generator as
	// an async function.
	Async bool
	// Edits are the changes made to the input text, in order; AdjustMap
	// uses them to move the columns of the input's source map.
	Edits []Edit
}

// Import is one imported name: Name of Requests[Req].
type Import struct {
	Req  int
	Name string
	// Local is the binding's name in the importing module; Pos, End the
	// import specifier. V8 checks imports in order of Local and points a
	// link error at Pos.
	Local    string
	Pos, End int32
}

// Edit replaces Text[Pos:End] with Repl. Repl holds exactly as many line
// breaks as the text it replaces, so lines never move.
type Edit struct {
	Pos, End int32
	Repl     string
}

// binding is an imported name: where it comes from.
type binding struct {
	req  int    // index into Requests
	name string // the imported name; "*" for a namespace import
}

type transformer struct {
	file     *diag.File
	text     string
	mod      Module
	reqIndex map[string]int
	imports  map[string]binding // local name → source
	getters  []getter
	edits    []Edit
	diags    []diag.Diagnostic
	defFixup bool         // an anonymous default declaration needs .name = "default"
	nsUsed   map[int]bool // requests whose namespace object the code reads
}

type getter struct {
	export  string // the exported name
	expr    string // what the getter returns
	hoisted bool   // a function declaration: never in a dead zone
}

// UnsupportedSyntax is a construct of the module system this transform
// cannot express; the loader reports it as a load error.
var UnsupportedSyntax = &diag.Message{Code: 90201, Category: diag.Error, Text: "{0}"}

// Transform rewrites the module sf (parsed from file, the JavaScript strip
// produced). The diagnostics are errors only when the module cannot be
// transformed.
func Transform(file *diag.File, sf *syntax.SourceFile) (*Module, []diag.Diagnostic) {
	t := &transformer{file: file, text: file.Text, reqIndex: map[string]int{}, imports: map[string]binding{}, nsUsed: map[int]bool{}}
	if strings.HasPrefix(t.text, "#!") {
		end := strings.IndexAny(t.text, "\r\n\u2028\u2029")
		if end < 0 {
			end = len(t.text)
		}
		t.edit(0, int32(end), "")
	}
	for _, st := range sf.Statements {
		t.topLevel(st)
	}
	t.mod.Async = hasTopLevelAwait(sf)
	w := &walker{t: t}
	for _, st := range sf.Statements {
		w.stmt(st)
	}
	if len(t.diags) > 0 {
		return nil, t.diags
	}
	t.mod.Code = t.output()
	sort.Strings(t.mod.ExportNames)
	return &t.mod, nil
}

func (t *transformer) edit(pos, end int32, repl string) {
	t.edits = append(t.edits, Edit{pos, end, repl})
}

// blank removes text[pos:end], keeping its line breaks.
func (t *transformer) blank(pos, end int32) {
	t.edit(pos, end, lineBreaks(t.text[pos:end]))
}

func lineBreaks(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r':
			b.WriteByte(s[i])
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				b.WriteString(s[i : i+3])
				i += 2
			}
		}
	}
	return b.String()
}

func (t *transformer) request(spec *syntax.StringLiteral, attrs *syntax.ImportAttributes) int {
	typ := ""
	if attrs != nil {
		for _, a := range attrs.Elements {
			key := ""
			switch n := a.Name.(type) {
			case *syntax.Identifier:
				key = n.Text
			case *syntax.StringLiteral:
				key = n.Text
			}
			if v, ok := a.Value.(*syntax.StringLiteral); ok && key == "type" {
				typ = v.Text
			}
		}
	}
	key := spec.Text + "\x00" + typ
	if i, ok := t.reqIndex[key]; ok {
		return i
	}
	i := len(t.mod.Requests)
	t.reqIndex[key] = i
	t.mod.Requests = append(t.mod.Requests, Request{Specifier: spec.Text, Type: typ, Pos: spec.Pos(), End: spec.End()})
	return i
}

func (t *transformer) addExport(name, expr string) {
	t.mod.ExportNames = append(t.mod.ExportNames, name)
	t.getters = append(t.getters, getter{export: name, expr: expr})
}

// markHoisted records that the last export is a function declaration.
func (t *transformer) markHoisted() { t.getters[len(t.getters)-1].hoisted = true }

func moduleExportName(n syntax.Node) string {
	switch n := n.(type) {
	case *syntax.Identifier:
		return n.Text
	case *syntax.StringLiteral:
		return n.Text
	}
	return ""
}

// topLevel handles one statement of the module body: imports and exports
// are removed or unwrapped, and their bindings recorded.
func (t *transformer) topLevel(st syntax.Node) {
	switch n := st.(type) {
	case *syntax.ImportDeclaration:
		spec, ok := n.Specifier.(*syntax.StringLiteral)
		if !ok {
			return
		}
		req := t.request(spec, n.Attributes)
		if c := n.Clause; c != nil && !c.IsTypeOnly {
			if c.Name != nil {
				t.imports[c.Name.Text] = binding{req, "default"}
				t.mod.Imports = append(t.mod.Imports, Import{Req: req, Name: "default", Local: c.Name.Text, Pos: c.Name.Pos(), End: c.Name.End()})
			}
			switch b := c.Bindings.(type) {
			case *syntax.NamespaceImport:
				t.imports[b.Name.Text] = binding{req, "*"}
				t.nsUsed[req] = true
			case *syntax.NamedImports:
				for _, el := range b.Elements {
					if el.IsTypeOnly {
						continue
					}
					imported := el.Name.Text
					if el.PropertyName != nil {
						imported = moduleExportName(el.PropertyName)
					}
					t.imports[el.Name.Text] = binding{req, imported}
					t.mod.Imports = append(t.mod.Imports, Import{Req: req, Name: imported, Local: el.Name.Text, Pos: el.Pos(), End: el.End()})
				}
			}
		}
		t.blank(n.Pos(), n.End())
	case *syntax.ExportDeclaration:
		t.exportDecl(n)
	case *syntax.ExportAssignment:
		if n.IsExportEquals {
			t.diags = append(t.diags, diag.New(t.file, n.Pos(), n.End(), UnsupportedSyntax, "'export =' is not valid in an ES module."))
			return
		}
		// export default EXPR;  →  const $tsrun_default = EXPR;
		if isAnonymousFunctionOrClass(n.Expr) {
			// The spec names an anonymous default "default".
			t.edit(n.Pos(), n.Expr.Pos(), "const "+defaultVar+" = "+ctxName+".n(")
			t.edit(n.Expr.End(), n.Expr.End(), ")")
		} else {
			t.edit(n.Pos(), n.Expr.Pos(), "const "+defaultVar+" = ")
		}
		t.addExport("default", defaultVar)
	case *syntax.VariableStatement:
		if m, ok := n.Modifiers.Find(syntax.TExport); ok {
			t.blank(m.Pos, m.End)
			for _, d := range n.List.Decls {
				for _, name := range boundNames(d.Name, nil) {
					t.addExport(name, name)
				}
			}
		}
	case *syntax.Function:
		t.exportedDecl(n.Modifiers, n.Name, st)
	case *syntax.Class:
		var name syntax.Node
		if n.Name != nil {
			name = n.Name
		}
		t.exportedDecl(n.Modifiers, name, st)
	}
}

// exportedDecl handles `export function f`, `export class C` and their
// `export default` forms.
func (t *transformer) exportedDecl(mods *syntax.Modifiers, name syntax.Node, decl syntax.Node) {
	exp, ok := mods.Find(syntax.TExport)
	if !ok {
		return
	}
	def, isDefault := mods.Find(syntax.TDefault)
	_, isFunc := decl.(*syntax.Function)
	if !isDefault {
		t.blank(exp.Pos, exp.End)
		if id, ok := name.(*syntax.Identifier); ok {
			t.addExport(id.Text, id.Text)
			if isFunc {
				t.markHoisted()
			}
		}
		return
	}
	if id, ok := name.(*syntax.Identifier); ok {
		t.blank(exp.Pos, def.End)
		t.addExport("default", id.Text)
		if isFunc {
			t.markHoisted()
		}
		return
	}
	// An anonymous default declaration is still a declaration (hoisted, for a
	// function); it gets a hidden name and, at instantiation, the name
	// "default" that the spec gives it.
	keyword := "function"
	if _, isClass := decl.(*syntax.Class); isClass {
		keyword = "class"
	}
	k := strings.Index(t.text[def.End:decl.End()], keyword)
	if k < 0 {
		t.diags = append(t.diags, diag.New(t.file, exp.Pos, def.End, UnsupportedSyntax, "unrecognised export default declaration"))
		return
	}
	kwEnd := def.End + int32(k+len(keyword))
	if f, ok := decl.(*syntax.Function); ok && f.Asterisk {
		if star := strings.IndexByte(t.text[kwEnd:decl.End()], '*'); star >= 0 {
			kwEnd += int32(star + 1)
		}
	}
	t.blank(exp.Pos, def.End)
	t.edit(kwEnd, kwEnd, " "+defaultVar)
	if keyword == "class" {
		// A class binding is in its dead zone until the declaration runs.
		t.edit(decl.End(), decl.End(), " "+ctxName+".n("+defaultVar+");")
	} else {
		t.defFixup = true // functions are hoisted: named at instantiation
	}
	t.addExport("default", defaultVar)
	if isFunc {
		t.markHoisted()
	}
}

func (t *transformer) exportDecl(n *syntax.ExportDeclaration) {
	if n.IsTypeOnly {
		t.blank(n.Pos(), n.End())
		return
	}
	spec, hasFrom := n.Specifier.(*syntax.StringLiteral)
	req := -1
	if hasFrom {
		req = t.request(spec, n.Attributes)
	}
	switch c := n.Clause.(type) {
	case nil:
		// export * from 'x'
		if req >= 0 {
			t.mod.StarExports = append(t.mod.StarExports, req)
		}
	case *syntax.NamespaceExport:
		// export * as ns from 'x'
		t.nsUsed[req] = true
		t.addExport(moduleExportName(c.Name), nsPfx+strconv.Itoa(req))
	case *syntax.NamedExports:
		for _, el := range c.Elements {
			if el.IsTypeOnly {
				continue
			}
			exported := moduleExportName(el.Name)
			local := exported
			if el.PropertyName != nil {
				local = moduleExportName(el.PropertyName)
			}
			if req >= 0 {
				t.addExport(exported, importPfx+strconv.Itoa(req)+propertyRead(local))
			} else {
				// A local binding, or an imported one re-exported: the getter
				// is rewritten by the walker's rules, resolved here.
				t.addExport(exported, t.localRef(local))
			}
		}
	}
	t.blank(n.Pos(), n.End())
}

// localRef is the expression that reads the module-scope binding name.
func (t *transformer) localRef(name string) string {
	if b, ok := t.imports[name]; ok {
		return t.importExpr(b)
	}
	return name
}

func (t *transformer) importExpr(b binding) string {
	if b.name == "*" {
		return nsPfx + strconv.Itoa(b.req)
	}
	return importPfx + strconv.Itoa(b.req) + propertyRead(b.name)
}

// propertyRead is `.name`, or `["name"]` when name is not an identifier.
func propertyRead(name string) string {
	if isIdentifierName(name) {
		return "." + name
	}
	return "[" + strconv.Quote(name) + "]"
}

func isIdentifierName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '$' || r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		case i > 0 && r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return true
}

func isAnonymousFunctionOrClass(n syntax.Node) bool {
	for {
		p, ok := n.(*syntax.ParenExpr)
		if !ok {
			break
		}
		n = p.Expr
	}
	switch n := n.(type) {
	case *syntax.Function:
		return n.Name == nil && (n.Kind() == syntax.KindFunctionExpression || n.Kind() == syntax.KindArrowFunction)
	case *syntax.Class:
		return n.Name == nil
	}
	return false
}

// boundNames appends the names a binding target declares.
func boundNames(n syntax.Node, out []string) []string {
	switch n := n.(type) {
	case *syntax.Identifier:
		out = append(out, n.Text)
	case *syntax.BindingPattern:
		for _, el := range n.Elements {
			if be, ok := el.(*syntax.BindingElement); ok {
				out = boundNames(be.Name, out)
			}
		}
	case *syntax.BindingElement:
		out = boundNames(n.Name, out)
	}
	return out
}

// output applies the edits and wraps the body.
func (t *transformer) output() string {
	var pro strings.Builder
	pro.WriteString("(function* (" + ctxName + ") {\"use strict\";")
	for i := range t.mod.Requests {
		pro.WriteString(" const " + importPfx + strconv.Itoa(i) + " = " + ctxName + ".i[" + strconv.Itoa(i) + "];")
		if t.nsUsed[i] {
			pro.WriteString(" const " + nsPfx + strconv.Itoa(i) + " = " + ctxName + ".s[" + strconv.Itoa(i) + "];")
		}
	}
	if len(t.getters) > 0 {
		pro.WriteString(" " + ctxName + ".x({")
		for i, g := range t.getters {
			if i > 0 {
				pro.WriteString(", ")
			}
			if g.hoisted || !isIdentifierName(g.expr) || strings.HasPrefix(g.expr, importPfx) || strings.HasPrefix(g.expr, nsPfx) {
				pro.WriteString(strconv.Quote(g.export) + ": () => " + g.expr)
				continue
			}
			// goja's dead-zone error does not name the binding; Node's does.
			pro.WriteString(strconv.Quote(g.export) + ": () => { try { return " + g.expr + " } catch (e) { throw " + ctxName + ".z(e, " + strconv.Quote(g.expr) + ") } }")
		}
		pro.WriteString("});")
	}
	if t.defFixup {
		pro.WriteString(" " + ctxName + ".n(" + defaultVar + ");")
	}
	pro.WriteString(" yield;")
	edits := append([]Edit{{0, 0, pro.String()}}, t.edits...)
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	t.mod.Edits = edits
	var b strings.Builder
	b.Grow(len(t.text) + pro.Len() + 64)
	last := int32(0)
	for _, e := range edits {
		if e.Pos < last {
			continue // overlapping edits cannot happen; be safe
		}
		b.WriteString(t.text[last:e.Pos])
		b.WriteString(e.Repl)
		last = e.End
	}
	b.WriteString(t.text[last:])
	b.WriteString("\n})")
	return b.String()
}

func newUnsupported(t *transformer, n syntax.Node, msg string) diag.Diagnostic {
	return diag.New(t.file, n.Pos(), n.End(), UnsupportedSyntax, msg)
}
