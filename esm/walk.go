package esm

import (
	"github.com/tsrun-dev/tsrun/syntax"
)

// walker finds the references to imported bindings and the top-level
// awaits. Only names that are imported matter, so a scope records just the
// imported names it shadows; most scopes record nothing and cost nothing.
type walker struct {
	t       *transformer
	scopes  [][]string // shadowed imported names, innermost last
	fnDepth int        // > 0 inside a function, class body or static block
}

func (w *walker) shadowed(name string) bool {
	for i := len(w.scopes) - 1; i >= 0; i-- {
		for _, s := range w.scopes[i] {
			if s == name {
				return true
			}
		}
	}
	return false
}

// push opens a scope that declares names (only the imported ones are kept).
func (w *walker) push(names []string) {
	var keep []string
	for _, n := range names {
		if _, ok := w.t.imports[n]; ok {
			keep = append(keep, n)
		}
	}
	w.scopes = append(w.scopes, keep)
}

func (w *walker) pop() { w.scopes = w.scopes[:len(w.scopes)-1] }

// ref returns the rewrite of identifier id when it refers to an import.
func (w *walker) ref(id *syntax.Identifier) (string, bool) {
	b, ok := w.t.imports[id.Text]
	if !ok || w.shadowed(id.Text) {
		return "", false
	}
	return w.t.importExpr(b), true
}

func (w *walker) stmt(n syntax.Node) {
	switch n.(type) {
	case *syntax.ImportDeclaration, *syntax.ExportDeclaration:
		return // removed; specifiers are not references
	}
	w.node(n)
}

// blockNames are the lexical declarations directly in a statement list:
// let, const, class and (strict mode) function declarations.
func blockNames(stmts []syntax.Node) []string {
	var out []string
	for _, s := range stmts {
		switch s := s.(type) {
		case *syntax.VariableStatement:
			if s.List.Keyword != syntax.DeclVar {
				for _, d := range s.List.Decls {
					out = boundNames(d.Name, out)
				}
			}
		case *syntax.Function:
			if id, ok := s.Name.(*syntax.Identifier); ok {
				out = append(out, id.Text)
			}
		case *syntax.Class:
			if s.Name != nil {
				out = append(out, s.Name.Text)
			}
		}
	}
	return out
}

// varNames are the var declarations of a function body, through nested
// blocks but not nested functions.
func varNames(n syntax.Node, out []string) []string {
	syntax.ForEachChild(n, func(c syntax.Node) bool {
		switch c := c.(type) {
		case *syntax.Function, *syntax.Class:
			return true
		case *syntax.VariableDeclarationList:
			if c.Keyword == syntax.DeclVar {
				for _, d := range c.Decls {
					out = boundNames(d.Name, out)
				}
			}
		}
		out = varNames(c, out)
		return true
	})
	return out
}

func (w *walker) node(n syntax.Node) {
	if n == nil {
		return
	}
	switch n := n.(type) {
	case *syntax.Identifier:
		if repl, ok := w.ref(n); ok {
			w.t.edit(n.Pos(), n.End(), repl)
		}
		return
	case *syntax.PropertyAccess:
		w.node(n.Expr)
		return
	case *syntax.PropertyAssignment:
		w.propertyName(n.Name)
		w.node(n.Init)
		return
	case *syntax.ShorthandPropertyAssignment:
		if repl, ok := w.ref(n.Name); ok {
			w.t.edit(n.Name.Pos(), n.Name.End(), n.Name.Text+": "+repl)
		}
		w.node(n.Init)
		return
	case *syntax.Call:
		if k, ok := n.Expr.(*syntax.KeywordExpr); ok && k.Kind() == syntax.KindImportKeyword {
			w.t.edit(k.Pos(), k.End(), ctxName+".d")
		} else if id, ok := n.Expr.(*syntax.Identifier); ok {
			if repl, ok := w.ref(id); ok {
				w.t.edit(id.Pos(), id.End(), "(0, "+repl+")")
			}
		} else {
			w.node(n.Expr)
		}
		for _, a := range n.Args {
			w.node(a)
		}
		return
	case *syntax.TaggedTemplate:
		if id, ok := n.Tag.(*syntax.Identifier); ok {
			if repl, ok := w.ref(id); ok {
				w.t.edit(id.Pos(), id.End(), "(0, "+repl+")")
			}
		} else {
			w.node(n.Tag)
		}
		w.node(n.Template)
		return
	case *syntax.MetaProperty:
		if n.Keyword == syntax.TImport {
			w.t.edit(n.Pos(), n.End(), ctxName+".meta")
		}
		return
	case *syntax.AwaitExpr:
		if w.fnDepth == 0 {
			// (yield E): the loader's driver awaits what the generator yields.
			w.t.edit(n.Pos(), n.Expr.Pos(), "(yield ")
			w.node(n.Expr)
			w.t.edit(n.End(), n.End(), ")")
			return
		}
	case *syntax.ForOfStatement:
		if n.Await && w.fnDepth == 0 {
			w.t.diags = append(w.t.diags, newUnsupported(w.t, n, "top-level 'for await' should have been lowered by strip"))
		}
		w.loop(n.Init, func() { w.node(n.Init); w.node(n.Expr); w.node(n.Body) })
		return
	case *syntax.ForInStatement:
		w.loop(n.Init, func() { w.node(n.Init); w.node(n.Expr); w.node(n.Body) })
		return
	case *syntax.ForStatement:
		w.loop(n.Init, func() { w.node(n.Init); w.node(n.Cond); w.node(n.Incr); w.node(n.Body) })
		return
	case *syntax.Block:
		w.push(blockNames(n.Statements))
		for _, s := range n.Statements {
			w.node(s)
		}
		w.pop()
		return
	case *syntax.SwitchStatement:
		w.node(n.Expr)
		var all []syntax.Node
		for _, c := range n.Clauses {
			all = append(all, c.Statements...)
		}
		w.push(blockNames(all))
		for _, c := range n.Clauses {
			w.node(c.Expr)
			for _, s := range c.Statements {
				w.node(s)
			}
		}
		w.pop()
		return
	case *syntax.CatchClause:
		var names []string
		if n.Var != nil {
			names = boundNames(n.Var.Name, nil)
			w.push(names)
			w.binding(n.Var.Name)
		} else {
			w.push(nil)
		}
		w.node(n.Block)
		w.pop()
		return
	case *syntax.VariableDeclaration:
		w.binding(n.Name)
		w.node(n.Init)
		return
	case *syntax.Function:
		w.function(n)
		return
	case *syntax.Class:
		w.class(n)
		return
	case *syntax.LabeledStatement:
		w.node(n.Statement)
		return
	case *syntax.BranchStatement:
		return
	}
	syntax.ForEachChild(n, func(c syntax.Node) bool {
		w.node(c)
		return true
	})
}

// loop scopes a for statement's let/const head over the whole statement.
func (w *walker) loop(init syntax.Node, body func()) {
	var names []string
	if l, ok := init.(*syntax.VariableDeclarationList); ok && l.Keyword != syntax.DeclVar {
		for _, d := range l.Decls {
			names = boundNames(d.Name, names)
		}
	}
	w.push(names)
	body()
	w.pop()
}

// binding visits the expressions inside a binding target (computed keys and
// default values), not the names it declares.
func (w *walker) binding(n syntax.Node) {
	switch n := n.(type) {
	case *syntax.BindingPattern:
		for _, el := range n.Elements {
			w.binding(el)
		}
	case *syntax.BindingElement:
		w.propertyName(n.PropertyName)
		w.binding(n.Name)
		w.node(n.Init)
	}
}

// propertyName visits a property name only when it is computed.
func (w *walker) propertyName(n syntax.Node) {
	if c, ok := n.(*syntax.ComputedPropertyName); ok {
		w.node(c.Expr)
	}
}

func (w *walker) function(f *syntax.Function) {
	if f.Modifiers != nil {
		for _, d := range f.Modifiers.Decorators {
			w.node(d)
		}
	}
	w.propertyName(f.Name)
	var names []string
	if f.Kind() == syntax.KindFunctionExpression {
		if id, ok := f.Name.(*syntax.Identifier); ok {
			names = append(names, id.Text)
		}
	}
	for _, p := range f.Params {
		names = boundNames(p.Name, names)
	}
	if f.Body != nil {
		if b, ok := f.Body.(*syntax.Block); ok {
			names = varNames(b, names)
			names = append(names, blockNames(b.Statements)...)
		}
	}
	w.fnDepth++
	w.push(names)
	for _, p := range f.Params {
		w.binding(p.Name)
		w.node(p.Init)
	}
	if b, ok := f.Body.(*syntax.Block); ok {
		for _, s := range b.Statements {
			w.node(s)
		}
	} else {
		w.node(f.Body)
	}
	w.pop()
	w.fnDepth--
}

func (w *walker) class(c *syntax.Class) {
	if c.Modifiers != nil {
		for _, d := range c.Modifiers.Decorators {
			w.node(d)
		}
	}
	for _, h := range c.Heritage {
		for _, e := range h.Types {
			w.node(e.Expr)
		}
	}
	var names []string
	if c.Name != nil {
		names = append(names, c.Name.Text)
	}
	w.push(names)
	w.fnDepth++
	for _, m := range c.Members {
		switch m := m.(type) {
		case *syntax.Function:
			w.function(m)
		case *syntax.PropertyDeclaration:
			if m.Modifiers != nil {
				for _, d := range m.Modifiers.Decorators {
					w.node(d)
				}
			}
			w.propertyName(m.Name)
			w.node(m.Init)
		case *syntax.ClassStaticBlock:
			w.node(m.Body)
		default:
			w.node(m)
		}
	}
	w.fnDepth--
	w.pop()
}

// hasTopLevelAwait reports an await (or for await) outside every function.
func hasTopLevelAwait(sf *syntax.SourceFile) bool {
	found := false
	var visit func(n syntax.Node) bool
	visit = func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Function, *syntax.Class:
			return true
		case *syntax.AwaitExpr:
			found = true
			return false
		case *syntax.ForOfStatement:
			if n.Await {
				found = true
				return false
			}
		case *syntax.VariableDeclarationList:
			if n.Keyword == syntax.DeclAwaitUsing {
				found = true
				return false
			}
		}
		return syntax.ForEachChild(n, visit)
	}
	for _, s := range sf.Statements {
		if !visit(s) {
			break
		}
	}
	return found
}
