package blank

import (
	"strings"

	"github.com/tsrun-dev/tsrun/syntax"
)

// list walks a statement list. firstHasPrev is false only for the file's
// top level, where nothing comes before the first statement.
func (b *blanker) list(stmts []syntax.Node, firstHasPrev bool) {
	hasPrev, prevSemi := firstHasPrev, false
	for _, st := range stmts {
		b.stmt(st, hasPrev, prevSemi)
		hasPrev, prevSemi = true, b.text[st.End()-1] == ';'
	}
}

// stmt walks one statement; hasPrev and prevSemi describe the token
// before it, for fixASI.
func (b *blanker) stmt(n syntax.Node, hasPrev, prevSemi bool) {
	if b.err != nil {
		return
	}
	if isDeclareOnly(n) || isUninstantiated(n) {
		b.blank(n.Pos(), n.End())
		b.fixASI(n, hasPrev, prevSemi)
		return
	}
	switch n := n.(type) {
	case *syntax.ImportDeclaration:
		if n.Clause != nil && n.Clause.IsTypeOnly {
			b.blank(n.Pos(), n.End())
			b.fixASI(n, hasPrev, prevSemi)
			return
		}
		if n.Clause != nil {
			if named, ok := n.Clause.Bindings.(*syntax.NamedImports); ok {
				for _, s := range named.Elements {
					if s.IsTypeOnly {
						b.blankSpecifier(s)
					}
				}
			}
		}
	case *syntax.ExportDeclaration:
		if n.IsTypeOnly {
			b.blank(n.Pos(), n.End())
			b.fixASI(n, hasPrev, prevSemi)
			return
		}
		if named, ok := n.Clause.(*syntax.NamedExports); ok {
			for _, s := range named.Elements {
				if s.IsTypeOnly {
					b.blankSpecifier(s)
				}
			}
		}
	case *syntax.ImportEqualsDeclaration:
		if n.IsTypeOnly {
			b.blank(n.Pos(), n.End())
			b.fixASI(n, hasPrev, prevSemi)
			return
		}
		b.unsupported(n.Pos(), "import = declaration")
	case *syntax.ExportAssignment:
		if n.IsExportEquals {
			b.unsupported(n.Pos(), "export = assignment")
			return
		}
		b.node(n.Expr)
	case *syntax.EnumDeclaration:
		b.unsupported(n.Pos(), "enum declaration")
	case *syntax.ModuleDeclaration:
		b.unsupported(n.Pos(), "namespace declaration")
	case *syntax.NamespaceExportDeclaration:
		b.unsupported(n.Pos(), "export as namespace")
	case *syntax.IfStatement:
		b.node(n.Cond)
		b.body(n.Then)
		if n.Else != nil {
			b.body(n.Else)
		}
	case *syntax.ForStatement:
		b.node(n.Init)
		b.node(n.Cond)
		b.node(n.Incr)
		b.body(n.Body)
	case *syntax.ForInStatement:
		b.node(n.Init)
		b.node(n.Expr)
		b.body(n.Body)
	case *syntax.ForOfStatement:
		if n.Await {
			b.needsLowering("for await")
		}
		b.node(n.Init)
		b.node(n.Expr)
		b.body(n.Body)
	case *syntax.WhileStatement:
		b.node(n.Cond)
		b.body(n.Body)
	case *syntax.DoStatement:
		b.body(n.Body)
		b.node(n.Cond)
	case *syntax.LabeledStatement:
		b.stmt(n.Statement, true, false)
	case *syntax.ReturnStatement:
		b.node(n.Expr)
		b.arrowAfterKeyword(n.Expr)
	case *syntax.ThrowStatement:
		b.node(n.Expr)
		b.arrowAfterKeyword(n.Expr)
	default:
		b.walk(n)
	}
}

// body walks the body of if, for, while and do: a declaration blanked
// there would leave the statement without one, so Node writes ';'.
func (b *blanker) body(n syntax.Node) {
	if isDeclareOnly(n) {
		b.blank(n.Pos(), n.End())
		b.fixASI(n, true, false)
		b.put(n.Pos(), ';')
		return
	}
	b.stmt(n, true, false)
}

// blankSpecifier blanks `type X` in an import or export list, with the
// comma after it.
func (b *blanker) blankSpecifier(s syntax.Node) {
	end := s.End()
	if c := b.expect(end, ','); c >= 0 {
		end = c + 1
	}
	b.blank(s.Pos(), end)
}

// arrowAfterKeyword: `return <T>\n(x: T) => x` with the type parameters
// blanked would return nothing, so Node moves the '(' up to where '<' was.
// (An async arrow's case is handled with the arrow.)
func (b *blanker) arrowAfterKeyword(e syntax.Node) {
	f, ok := e.(*syntax.Function)
	if !ok || f.Kind() != syntax.KindArrowFunction || len(f.TypeParams) == 0 || f.Modifiers.Has(syntax.ModAsync) {
		return
	}
	lt := b.expect(f.Pos(), '<')
	if lt < 0 {
		return
	}
	end := b.closeAngle(f.TypeParams[len(f.TypeParams)-1].End())
	lp := b.expect(end, '(')
	if lp < 0 || !hasLineBreak(b.text[lt:lp]) {
		return
	}
	b.put(lp, ' ')
	b.put(lt, '(')
}

func hasLineBreak(s string) bool {
	return strings.ContainsAny(s, "\n\r\u2028\u2029")
}

// isDeclareOnly reports a statement with no run-time part at all:
// interfaces, type aliases, `declare` declarations, overload signatures,
// `declare module "m"` and `declare global`.
func isDeclareOnly(n syntax.Node) bool {
	switch n := n.(type) {
	case *syntax.InterfaceDeclaration, *syntax.TypeAliasDeclaration:
		return true
	case *syntax.VariableStatement:
		return n.Modifiers.Has(syntax.ModDeclare)
	case *syntax.Function:
		return n.Kind() == syntax.KindFunctionDeclaration && (n.Body == nil || n.Modifiers.Has(syntax.ModDeclare))
	case *syntax.Class:
		return n.Kind() == syntax.KindClassDeclaration && n.Modifiers.Has(syntax.ModDeclare)
	case *syntax.EnumDeclaration:
		return n.Modifiers.Has(syntax.ModDeclare)
	case *syntax.ModuleDeclaration:
		_, str := n.Name.(*syntax.StringLiteral)
		return n.Modifiers.Has(syntax.ModDeclare) || str || n.Keyword == syntax.TGlobal
	}
	return false
}

// isUninstantiated reports a namespace that holds only types (and
// namespaces of types), which Node erases like an interface.
func isUninstantiated(n syntax.Node) bool {
	switch n := n.(type) {
	case *syntax.InterfaceDeclaration, *syntax.TypeAliasDeclaration:
		return true
	case *syntax.ModuleDeclaration:
		if n.Keyword != syntax.TNamespace {
			return false
		}
		switch body := n.Body.(type) {
		case *syntax.ModuleDeclaration:
			return isUninstantiated(body)
		case *syntax.ModuleBlock:
			for _, st := range body.Statements {
				if !isUninstantiated(st) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// node walks any node below a statement list.
func (b *blanker) node(n syntax.Node) {
	if n == nil || b.err != nil {
		return
	}
	switch n.(type) {
	case *syntax.IfStatement, *syntax.ForStatement, *syntax.ForInStatement, *syntax.ForOfStatement,
		*syntax.WhileStatement, *syntax.DoStatement, *syntax.LabeledStatement, *syntax.ReturnStatement,
		*syntax.ThrowStatement, *syntax.EnumDeclaration, *syntax.ModuleDeclaration,
		*syntax.ImportEqualsDeclaration, *syntax.ExportAssignment, *syntax.ImportDeclaration,
		*syntax.ExportDeclaration, *syntax.InterfaceDeclaration, *syntax.TypeAliasDeclaration,
		*syntax.NamespaceExportDeclaration:
		b.stmt(n, true, false)
		return
	}
	b.walk(n)
}

// walk is node for everything but the statements stmt takes apart.
func (b *blanker) walk(n syntax.Node) {
	if n == nil || b.err != nil {
		return
	}
	if n.Kind() >= syntax.KindPropertySignature {
		return // a type: blanked as a whole by whoever holds it
	}
	switch n := n.(type) {
	case *syntax.Block:
		b.list(n.Statements, true)
		return
	case *syntax.CaseClause:
		b.node(n.Expr)
		b.list(n.Statements, true)
		return
	case *syntax.Function:
		b.function(n, false)
		return
	case *syntax.Class:
		b.class(n)
		return
	case *syntax.ObjectLiteral:
		for _, p := range n.Properties {
			if f, ok := p.(*syntax.Function); ok {
				b.function(f, true)
				continue
			}
			b.node(p)
		}
		return
	case *syntax.VariableStatement:
		b.node(n.List)
		return
	case *syntax.VariableDeclarationList:
		if n.Keyword == syntax.DeclUsing || n.Keyword == syntax.DeclAwaitUsing {
			b.needsLowering("using declaration")
		}
	case *syntax.VariableDeclaration:
		b.variable(n)
		return
	case *syntax.CatchClause:
		if n.Var != nil {
			b.variable(n.Var)
		}
		b.node(n.Block)
		return
	case *syntax.AsExpr:
		b.blank(n.Expr.End(), n.End())
		if !isConstType(n.Type) {
			kw, _ := b.next(n.Expr.End())
			b.fixASIInExpr(kw, n.End())
		}
		b.node(n.Expr)
		return
	case *syntax.SatisfiesExpr:
		b.blank(n.Expr.End(), n.End())
		kw, _ := b.next(n.Expr.End())
		b.fixASIInExpr(kw, n.End())
		b.node(n.Expr)
		return
	case *syntax.NonNullExpr:
		b.blank(n.End()-1, n.End())
		b.node(n.Expr)
		return
	case *syntax.TypeAssertion:
		b.unsupported(n.Pos(), "a <T>x type assertion")
		return
	case *syntax.ExprWithTypeArgs:
		if len(n.TypeArgs) > 0 {
			b.blank(n.Expr.End(), n.End())
		}
		b.node(n.Expr)
		return
	case *syntax.Call:
		if len(n.TypeArgs) > 0 {
			from := n.Expr.End()
			if n.QuestionDot {
				if q := b.expect(from, '?'); q >= 0 {
					from = q + 2
				}
			}
			b.blankAngles(from, n.TypeArgs[len(n.TypeArgs)-1].End())
		}
		b.node(n.Expr)
		for _, a := range n.Args {
			b.node(a)
		}
		return
	case *syntax.New:
		if len(n.TypeArgs) > 0 {
			b.blankAngles(n.Expr.End(), n.TypeArgs[len(n.TypeArgs)-1].End())
		}
		b.node(n.Expr)
		for _, a := range n.Args {
			b.node(a)
		}
		return
	case *syntax.TaggedTemplate:
		if len(n.TypeArgs) > 0 {
			b.blankAngles(n.Tag.End(), n.TypeArgs[len(n.TypeArgs)-1].End())
		}
		b.node(n.Tag)
		b.node(n.Template)
		return
	case *syntax.YieldExpr:
		b.node(n.Expr)
		b.arrowAfterKeyword(n.Expr)
		return
	case *syntax.RegExpLiteral:
		b.regexp(n)
		return
	case *syntax.Decorator:
		b.needsLowering("decorator")
	}
	syntax.ForEachChild(n, func(c syntax.Node) bool {
		b.node(c)
		return b.err == nil
	})
}

// isConstType reports the `const` of `x as const`.
func isConstType(t syntax.Node) bool {
	r, ok := t.(*syntax.TypeReference)
	if !ok {
		return false
	}
	id, ok := r.Name.(*syntax.Identifier)
	return ok && id.Text == "const" && len(r.TypeArgs) == 0
}

// variable blanks x!: T of a variable or a catch binding.
func (b *blanker) variable(n *syntax.VariableDeclaration) {
	end := n.Name.End()
	if n.Exclaim {
		if p := b.expect(end, '!'); p >= 0 {
			b.blank(p, p+1)
			end = p + 1
		}
	}
	if n.Type != nil {
		b.blankAnnotation(end, n.Type)
	}
	b.node(n.Name)
	b.node(n.Init)
}

// regexp notes the literals goja cannot compile as written: flags d and
// v, \p{…} escapes (strip rewrites those into explicit classes) and
// modifiers (?i:…), which esbuild turns into a run-time error.
func (b *blanker) regexp(n *syntax.RegExpLiteral) {
	lit := b.text[n.Pos():n.End()]
	slash := strings.LastIndexByte(lit, '/')
	if strings.ContainsAny(lit[slash+1:], "dv") {
		b.needsLowering("regular expression flag d or v")
	}
	if strings.Contains(lit[:slash], `\p{`) || strings.Contains(lit[:slash], `\P{`) {
		b.needsLowering("regular expression property escape")
	}
	for _, mod := range []string{"(?i", "(?m", "(?s", "(?-"} {
		if strings.Contains(lit[:slash], mod) {
			b.needsLowering("regular expression modifier")
		}
	}
}
