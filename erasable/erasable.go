// Package erasable enforces TypeScript's --erasableSyntaxOnly rules: the
// TypeScript constructs that cannot be removed by erasing types, because
// they emit JavaScript of their own (enums, instantiated namespaces,
// `import x =`, `export =`, parameter properties, `<T>x` assertions). Node
// refuses them when it strips types, so tsrun refuses them too, with tsc's
// code (TS1294), tsc's message and tsc's position, and a hint naming the
// erasable alternative.
//
// The rules are tsc 5.9's (checker.ts: checkEnumDeclaration,
// checkModuleDeclaration, checkImportEqualsDeclaration,
// checkExportAssignment, checkParameter, checkAssertion), decided on the
// syntax tree alone, as tsc decides them: "ambient" is tsc's Ambient node
// flag (a `declare` modifier on the declaration or an enclosing one, or a
// .d.ts file) and a namespace is instantiated by the binder's syntactic
// module instance state (instance.go). Where tsc reports a grammar error
// instead of TS1294 (a namespace or `import =` inside a function), so do we.
package erasable

import (
	"fmt"
	"strings"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// Options are the compiler options that change what the rules report.
type Options struct {
	// PreserveConstEnums is tsc's shouldPreserveConstEnums: true with
	// preserveConstEnums, isolatedModules or verbatimModuleSyntax. A
	// namespace holding only const enums is then instantiated.
	PreserveConstEnums bool
}

// Hints name the erasable alternative of each construct. They are tsrun's
// own words, printed on the line after tsc's message.
const (
	HintEnum             = "Use a union of literal types, or an object literal with 'as const', instead of an enum."
	HintNamespace        = "Use an ES module (export from the file itself) or a plain object instead of a namespace."
	HintImportRequire    = "Use an ES import declaration instead: import x from \"m\" or import * as x from \"m\"."
	HintImportAlias      = "Use a const (or a type alias) instead of an import alias: const x = N.y."
	HintExportEquals     = "Use 'export default' instead of 'export ='."
	HintParamProperty    = "Declare the field in the class body and assign it in the constructor instead of using a parameter property."
	HintTypeAssertion    = "Use an 'as' expression instead: x as T."
	HintConstAssertion   = "Use an 'as const' expression instead: x as const."
	hintParamPropertyFmt = "Declare '%s' as a field in the class body and assign this.%s = %s in the constructor instead of using a parameter property."
)

// Check returns the erasableSyntaxOnly diagnostics of a parsed file, sorted.
// It reports nothing for a file with syntax errors, as tsc reports only
// syntax errors then; callers print sf.Diagnostics instead.
func Check(sf *syntax.SourceFile, opts Options) []diag.Diagnostic {
	if sf == nil || len(sf.Diagnostics) > 0 || sf.Dialect == syntax.DialectJS {
		return nil
	}
	c := &checker{sf: sf, file: sf.File, opts: opts, scopes: [][]syntax.Node{sf.Statements}}
	ctx := context{ambient: sf.IsDeclarationFile(), parent: syntax.KindSourceFile}
	for _, st := range sf.Statements {
		c.visit(st, ctx)
	}
	diag.Sort(c.out)
	return c.out
}

// CheckFile parses file and returns what the runtime must refuse before
// running it: the syntax errors if there are any, otherwise every TS1294,
// sorted. The dialect (.ts, .mts, .cts, .d.ts) comes from file.Name.
func CheckFile(file *diag.File) []diag.Diagnostic {
	sf := syntax.Parse(file, syntax.ParseOptions{Dialect: syntax.DialectFromName(file.Name)})
	if len(sf.Diagnostics) > 0 {
		return sf.Diagnostics
	}
	return Check(sf, Options{})
}

// context is what a node inherits from the nodes around it.
type context struct {
	ambient bool        // tsc's NodeFlags.Ambient
	parent  syntax.Kind // the kind of the parent node
}

type checker struct {
	sf   *syntax.SourceFile
	file *diag.File
	opts Options
	out  []diag.Diagnostic
	// scopes is the stack of statement lists of the enclosing blocks,
	// module blocks and source file, innermost last: where `export { x }`
	// inside a namespace looks x up (getModuleInstanceStateForAliasTarget).
	scopes [][]syntax.Node
}

func (c *checker) report(pos, end int32, msg *diag.Message, hint string) {
	c.out = append(c.out, diag.New(c.file, pos, end, msg).WithHint(hint))
}

// inModuleElementContext is tsc's checkGrammarModuleElementContext: a
// namespace, `import =` or `export =` must sit directly in a file, a
// namespace body or (for dotted names) another module declaration.
func inModuleElementContext(ctx context) bool {
	switch ctx.parent {
	case syntax.KindSourceFile, syntax.KindModuleBlock, syntax.KindModuleDeclaration:
		return true
	}
	return false
}

func (c *checker) visit(n syntax.Node, ctx context) {
	if n == nil {
		return
	}
	switch n := n.(type) {
	case *syntax.EnumDeclaration:
		if n.Modifiers.Has(syntax.ModDeclare) {
			ctx.ambient = true
		}
		if !ctx.ambient {
			pos, end := n.Pos(), n.End()
			if n.Name != nil {
				pos, end = n.Name.Pos(), n.Name.End()
			}
			c.report(pos, end, diag.ErasableSyntaxOnly, HintEnum)
		}
	case *syntax.ModuleDeclaration:
		if n.Modifiers.Has(syntax.ModDeclare) {
			ctx.ambient = true
		}
		c.moduleDeclaration(n, ctx)
	case *syntax.ImportEqualsDeclaration:
		if n.Modifiers.Has(syntax.ModDeclare) {
			ctx.ambient = true
		}
		switch {
		case !inModuleElementContext(ctx):
			c.report(n.Pos(), c.firstTokenEnd(n.Pos()), diag.ImportNotTopLevel, "")
		case !ctx.ambient:
			c.report(n.Pos(), n.End(), diag.ErasableSyntaxOnly, c.importHint(n))
		}
	case *syntax.ExportAssignment:
		if n.IsExportEquals {
			switch {
			case !inModuleElementContext(ctx):
				c.report(n.Pos(), c.firstTokenEnd(n.Pos()), diag.ExportAssignmentNotTopLevel, "")
			case !ctx.ambient:
				hint := HintExportEquals
				if e, ok := c.snippet(n.Expr); ok {
					hint = fmt.Sprintf("Use 'export default' instead of 'export =': export default %s.", e)
				}
				c.report(n.Pos(), n.End(), diag.ErasableSyntaxOnly, hint)
			}
		}
	case *syntax.Parameter:
		if n.Modifiers.Has(syntax.ModPublic | syntax.ModPrivate | syntax.ModProtected | syntax.ModReadonly | syntax.ModOverride) {
			c.report(n.Pos(), n.End(), diag.ErasableSyntaxOnly, paramHint(n))
		}
	case *syntax.TypeAssertion:
		c.report(n.Pos(), c.assertionEnd(n), diag.ErasableSyntaxOnly, c.assertionHint(n))
		if c.sf.Dialect == syntax.DialectMTS || c.sf.Dialect == syntax.DialectCTS {
			c.report(n.Pos(), n.End(), diag.AssertionReservedInMTS, "")
		}
	default:
		// Declarations with `declare` make their contents ambient.
		if m := syntax.ModifiersOf(n); m.Has(syntax.ModDeclare) {
			ctx.ambient = true
		}
	}
	child := ctx
	child.parent = n.Kind()
	pushed := false
	switch n := n.(type) {
	case *syntax.Block:
		c.scopes, pushed = append(c.scopes, n.Statements), true
	case *syntax.ModuleBlock:
		c.scopes, pushed = append(c.scopes, n.Statements), true
	}
	syntax.ForEachChild(n, func(k syntax.Node) bool {
		c.visit(k, child)
		return true
	})
	if pushed {
		c.scopes = c.scopes[:len(c.scopes)-1]
	}
}

// appendScope returns scopes with one more list, never sharing the backing
// array of a sibling's scopes.
func appendScope(scopes [][]syntax.Node, list []syntax.Node) [][]syntax.Node {
	out := make([][]syntax.Node, len(scopes), len(scopes)+1)
	copy(out, scopes)
	return append(out, list)
}

func (c *checker) moduleDeclaration(n *syntax.ModuleDeclaration, ctx context) {
	if !inModuleElementContext(ctx) {
		msg := diag.NamespaceNotTopLevel
		if isAmbientModule(n) {
			msg = diag.AmbientModuleNotTopLevel
		}
		c.report(n.Pos(), c.firstTokenEnd(n.Pos()), msg, "")
		return
	}
	if ctx.ambient || n.Name == nil {
		return
	}
	if (&instanceState{scopes: c.scopes}).isInstantiated(n, c.opts.PreserveConstEnums) {
		c.report(n.Name.Pos(), n.Name.End(), diag.ErasableSyntaxOnly, HintNamespace)
	}
}

// isAmbientModule is tsc's isAmbientModule: `module "m"` or `global`.
func isAmbientModule(n *syntax.ModuleDeclaration) bool {
	if n.Keyword == syntax.TGlobal {
		return true
	}
	_, ok := n.Name.(*syntax.StringLiteral)
	return ok
}

// assertionEnd is where tsc ends a `<T>x` span: just after the '>' (tsc
// uses the expression's full start, which follows the '>' directly).
func (c *checker) assertionEnd(n *syntax.TypeAssertion) int32 {
	text := c.file.Text
	if n.Type != nil {
		i := syntax.SkipTrivia(text, n.Type.End())
		if int(i) < len(text) && text[i] == '>' {
			return i + 1
		}
	}
	if n.Expr != nil {
		return n.Expr.Pos()
	}
	return n.End()
}

// firstTokenEnd is the end of the token at pos, for grammar errors that tsc
// reports on a declaration's first token (a keyword, or '@').
func (c *checker) firstTokenEnd(pos int32) int32 {
	text := c.file.Text
	i := int(pos)
	for i < len(text) && (text[i] >= 'a' && text[i] <= 'z' || text[i] >= 'A' && text[i] <= 'Z') {
		i++
	}
	if i == int(pos) && i < len(text) {
		i++
	}
	return int32(i)
}

func paramHint(p *syntax.Parameter) string {
	if id, ok := p.Name.(*syntax.Identifier); ok && id.Text != "" {
		return fmt.Sprintf(hintParamPropertyFmt, id.Text, id.Text, id.Text)
	}
	return HintParamProperty
}

func (c *checker) assertionHint(n *syntax.TypeAssertion) string {
	if ref, ok := n.Type.(*syntax.TypeReference); ok && len(ref.TypeArgs) == 0 {
		if id, ok := ref.Name.(*syntax.Identifier); ok && id.Text == "const" {
			return HintConstAssertion
		}
	}
	if t, ok := c.snippet(n.Type); ok {
		return fmt.Sprintf("Use an 'as' expression instead: x as %s.", t)
	}
	return HintTypeAssertion
}

// importHint names the replacement with the declaration's own names when
// they are short: import fs from "node:fs", const x = N.y.
func (c *checker) importHint(n *syntax.ImportEqualsDeclaration) string {
	name := ""
	if n.Name != nil {
		name = n.Name.Text
	}
	if ref, ok := n.Ref.(*syntax.ExternalModuleReference); ok {
		if spec, ok := c.snippet(ref.Expr); ok && name != "" {
			return fmt.Sprintf("Use an ES import declaration instead: import %s from %s (or import * as %s from %s).", name, spec, name, spec)
		}
		return HintImportRequire
	}
	if entity, ok := c.snippet(n.Ref); ok && name != "" {
		if n.IsTypeOnly {
			return fmt.Sprintf("Use a type alias instead of an import alias: type %s = %s.", name, entity)
		}
		return fmt.Sprintf("Use a const (or a type alias) instead of an import alias: const %s = %s.", name, entity)
	}
	return HintImportAlias
}

// snippet is the source text of n when it is short enough to quote in a
// hint: one line, at most 40 bytes.
func (c *checker) snippet(n syntax.Node) (string, bool) {
	if n == nil || n.Pos() < 0 || n.End() > int32(len(c.file.Text)) || n.End() <= n.Pos() {
		return "", false
	}
	s := c.file.Text[n.Pos():n.End()]
	if len(s) > 40 || strings.ContainsAny(s, "\r\n\u2028\u2029") {
		return "", false
	}
	return s, true
}
