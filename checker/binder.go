package checker

// The binder: scopes and symbols. It runs over each file before checking
// so that hoisted declarations (function, var, interfaces, types, classes)
// are visible everywhere in their scope, and so that the checker knows,
// for every variable, whether and where it is ever reassigned (narrowing
// inside callbacks depends on that). Interfaces with one name merge;
// imports become alias symbols resolved across the program's files.

import (
	"slices"

	"github.com/tsrun-dev/tsrun/syntax"
)

type symKind uint16

const (
	skVar symKind = 1 << iota // var
	skLet
	skConst
	skParam
	skFunction
	skClass
	skInterface
	skTypeAlias
	skImport // alias to another module's export (or unchecked)
	skNamespaceImport
	skTypeParam
	skBuiltin // from our lib model
	skCatch

	skValue = skVar | skLet | skConst | skParam | skFunction | skClass | skImport | skNamespaceImport | skCatch
	skType  = skInterface | skTypeAlias | skClass | skImport | skTypeParam
)

type symbol struct {
	id    int // flow key id, 0 until first needed
	name  string
	kind  symKind
	decls []syntax.Node // declaration nodes (VariableDeclaration, BindingElement, Function, Class, …)
	file  *fileInfo

	// assigns are the positions of every assignment to the variable after
	// its declaration; assigned is len(assigns) > 0.
	assigns []int32
	// fnScope is the function (or file) node owning a variable.
	fnScope syntax.Node

	// Resolved lazily by the checker.
	valueType   *Type
	declType    *Type
	typeOfType  *Type // for interfaces, aliases, classes (instance), type params
	resolving   bool
	typeParams  []*Type
	aliasTarget func() *symbol // imports
	module      *fileInfo      // namespace imports
	// destructured records `const { kind } = obj`: the reference obj and
	// the property name, for narrowing obj through kind.
	destructFrom string
	destructProp string
	destructNode syntax.Node
	builtin      *Type
	unchecked    bool // bound, but its type is not modelled
	exported     bool
	isDefault    bool
	classDecl    *syntax.Class
}

type scope struct {
	parent *scope
	syms   map[string]*symbol
	node   syntax.Node
	// fn is the nearest function-like node or the source file.
	fn syntax.Node
}

func (s *scope) lookup(name string) *symbol {
	for sc := s; sc != nil; sc = sc.parent {
		if sym, ok := sc.syms[name]; ok {
			return sym
		}
	}
	return nil
}

type fileInfo struct {
	sf       *syntax.SourceFile
	isModule bool
	scope    *scope
	exports  map[string]*symbol
	scopes   map[syntax.Node]*scope
	// starExports are `export * from` targets.
	starExports []string
	path        string
	// assigns lists every assignment to a variable, by position.
	assigns []assignRef
}

type assignRef struct {
	pos int32
	sym *symbol
}

type binder struct {
	c    *checker
	f    *fileInfo
	cur  *scope
	fn   syntax.Node
	refs []pendingRef
}

// pendingRef is an assignment target seen during binding, resolved when
// its scope is complete.
type pendingRef struct {
	sc   *scope
	name string
	pos  int32
}

func (b *binder) push(n syntax.Node, fn bool) *scope {
	s := &scope{parent: b.cur, syms: map[string]*symbol{}, node: n, fn: b.fn}
	if fn {
		s.fn = n
		b.fn = n
	}
	b.f.scopes[n] = s
	b.cur = s
	return s
}

func (b *binder) pop() {
	b.cur = b.cur.parent
	if b.cur != nil {
		b.fn = b.cur.fn
	}
}

func (b *binder) declare(sc *scope, name string, kind symKind, decl syntax.Node) *symbol {
	if name == "" {
		return nil
	}
	if old, ok := sc.syms[name]; ok {
		// Merging: interfaces with interfaces, a value and a type of one
		// name (const X = …; type X = …), function overloads.
		if old.kind&kind&(skInterface|skFunction) != 0 || old.kind&skValue != 0 && kind&(skInterface|skTypeAlias) != 0 || old.kind&(skInterface|skTypeAlias) != 0 && kind&skValue != 0 {
			old.kind |= kind
			old.decls = append(old.decls, decl)
			return old
		}
		// A redeclaration tsc would report: leave it unmodelled.
		old.unchecked = true
		old.decls = append(old.decls, decl)
		return old
	}
	sym := &symbol{name: name, kind: kind, decls: []syntax.Node{decl}, file: b.f, fnScope: sc.fn}
	sc.syms[name] = sym
	return sym
}

func (c *checker) bindFile(f *fileInfo) {
	b := &binder{c: c, f: f}
	f.scopes = map[syntax.Node]*scope{}
	f.exports = map[string]*symbol{}
	for _, st := range f.sf.Statements {
		switch st.(type) {
		case *syntax.ImportDeclaration, *syntax.ExportDeclaration, *syntax.ExportAssignment, *syntax.ImportEqualsDeclaration:
			f.isModule = true
		}
		if m := syntax.ModifiersOf(st); m.Has(syntax.ModExport) {
			f.isModule = true
		}
	}
	if f.isModule {
		b.cur = &scope{parent: c.globals, syms: map[string]*symbol{}, node: f.sf, fn: f.sf}
	} else {
		b.cur = c.globals
	}
	b.fn = f.sf
	f.scope = b.cur
	f.scopes[f.sf] = b.cur
	b.hoist(f.sf.Statements, true)
	for _, st := range f.sf.Statements {
		b.visit(st)
	}
	for _, r := range b.refs {
		if sym := r.sc.lookup(r.name); sym != nil {
			sym.assigns = append(sym.assigns, r.pos)
			f.assigns = append(f.assigns, assignRef{r.pos, sym})
		}
	}
	slices.SortFunc(f.assigns, func(a, b assignRef) int { return int(a.pos - b.pos) })
}

// hoist declares the declarations of a statement list in the current
// scope: everything block-scoped of this list, and var/function from the
// whole function when fnLevel.
func (b *binder) hoist(stmts []syntax.Node, fnLevel bool) {
	for _, st := range stmts {
		b.hoistStmt(st, fnLevel, true)
	}
}

func (b *binder) hoistStmt(st syntax.Node, fnLevel, top bool) {
	exported := syntax.ModifiersOf(st).Has(syntax.ModExport)
	isDefault := syntax.ModifiersOf(st).Has(syntax.ModDefault)
	var sym *symbol
	switch n := st.(type) {
	case *syntax.VariableStatement:
		kind := skVar
		switch n.List.Keyword {
		case syntax.DeclLet:
			kind = skLet
		case syntax.DeclConst, syntax.DeclUsing, syntax.DeclAwaitUsing:
			kind = skConst
		}
		if kind == skVar && !fnLevel {
			return // declared by the function-level pass
		}
		if kind != skVar && !top {
			return
		}
		for _, d := range n.List.Decls {
			b.declarePattern(d.Name, kind, d, exported)
		}
		return
	case *syntax.Function:
		if !top || n.Name == nil {
			if top && isDefault {
				sym = b.declare(b.cur, "default", skFunction, n)
			}
			break
		}
		sym = b.declare(b.cur, identText(n.Name), skFunction, n)
	case *syntax.Class:
		if !top {
			return
		}
		if n.Name != nil {
			sym = b.declare(b.cur, n.Name.Text, skClass, n)
			sym.classDecl = n
		} else if isDefault {
			sym = b.declare(b.cur, "default", skClass, n)
			sym.classDecl = n
		}
	case *syntax.InterfaceDeclaration:
		if !top {
			return
		}
		sym = b.declare(b.cur, n.Name.Text, skInterface, n)
	case *syntax.TypeAliasDeclaration:
		if !top {
			return
		}
		sym = b.declare(b.cur, n.Name.Text, skTypeAlias, n)
	case *syntax.EnumDeclaration:
		if top {
			sym = b.declare(b.cur, n.Name.Text, skConst|skInterface, n)
			sym.unchecked = true
		}
	case *syntax.ModuleDeclaration:
		if top {
			if id, ok := n.Name.(*syntax.Identifier); ok {
				sym = b.declare(b.cur, id.Text, skConst|skInterface, n)
				sym.unchecked = true
			} else {
				b.c.hasAmbientModules = true
			}
			if n.Keyword == syntax.TGlobal {
				b.c.hasAmbientModules = true
			}
		}
	case *syntax.ImportDeclaration:
		if top {
			b.bindImport(n)
		}
	case *syntax.ImportEqualsDeclaration:
		if top {
			s := b.declare(b.cur, n.Name.Text, skImport, n)
			s.unchecked = true
		}
	case *syntax.ExportDeclaration:
		if top {
			b.bindExport(n)
		}
	case *syntax.ExportAssignment:
		if top && !n.IsExportEquals {
			s := &symbol{name: "default", kind: skConst, decls: []syntax.Node{n}, file: b.f, fnScope: b.f.sf}
			b.f.exports["default"] = s
		}
	case *syntax.LabeledStatement:
		b.hoistStmt(n.Statement, fnLevel, top)
	}
	if sym != nil && exported && top && b.cur == b.f.scope {
		sym.exported = true
		name := sym.name
		if isDefault {
			name = "default"
		}
		b.f.exports[name] = sym
	}
	// var declarations inside nested blocks belong to the function.
	if fnLevel {
		b.hoistVars(st)
	}
}

// hoistVars finds var declarations nested in blocks (not in functions).
func (b *binder) hoistVars(st syntax.Node) {
	switch n := st.(type) {
	case *syntax.Block:
		for _, s := range n.Statements {
			b.hoistVarsIn(s)
		}
	case *syntax.IfStatement, *syntax.ForStatement, *syntax.ForInStatement, *syntax.ForOfStatement,
		*syntax.WhileStatement, *syntax.DoStatement, *syntax.TryStatement, *syntax.SwitchStatement, *syntax.LabeledStatement:
		syntax.ForEachChild(n, func(c syntax.Node) bool { b.hoistVarsIn(c); return true })
	}
}

func (b *binder) hoistVarsIn(n syntax.Node) {
	switch n := n.(type) {
	case *syntax.VariableStatement:
		if n.List.Keyword == syntax.DeclVar {
			for _, d := range n.List.Decls {
				b.declarePattern(d.Name, skVar, d, false)
			}
		}
	case *syntax.VariableDeclarationList:
		if n.Keyword == syntax.DeclVar {
			for _, d := range n.Decls {
				b.declarePattern(d.Name, skVar, d, false)
			}
		}
	case *syntax.Function, *syntax.Class:
		return
	case *syntax.CaseClause:
		for _, s := range n.Statements {
			b.hoistVarsIn(s)
		}
	case *syntax.CatchClause:
		b.hoistVarsIn(n.Block)
	default:
		if isStatement(n) {
			b.hoistVars(n)
		}
	}
}

func isStatement(n syntax.Node) bool {
	switch n.(type) {
	case *syntax.Block, *syntax.IfStatement, *syntax.ForStatement, *syntax.ForInStatement, *syntax.ForOfStatement,
		*syntax.WhileStatement, *syntax.DoStatement, *syntax.TryStatement, *syntax.SwitchStatement, *syntax.LabeledStatement:
		return true
	}
	return false
}

func (b *binder) declarePattern(name syntax.Node, kind symKind, decl syntax.Node, exported bool) {
	switch n := name.(type) {
	case *syntax.Identifier:
		sym := b.declare(b.cur, n.Text, kind, decl)
		if sym != nil && exported && b.cur == b.f.scope {
			sym.exported = true
			b.f.exports[n.Text] = sym
		}
	case *syntax.BindingPattern:
		for _, e := range n.Elements {
			if be, ok := e.(*syntax.BindingElement); ok {
				b.declarePattern(be.Name, kind, be, exported)
			}
		}
	}
}

func identText(n syntax.Node) string {
	if id, ok := n.(*syntax.Identifier); ok {
		return id.Text
	}
	return ""
}

func (b *binder) bindImport(n *syntax.ImportDeclaration) {
	if n.Clause == nil {
		return
	}
	spec := ""
	if s, ok := n.Specifier.(*syntax.StringLiteral); ok {
		spec = s.Text
	}
	from := b.f
	c := b.c
	if n.Clause.Name != nil {
		s := b.declare(b.cur, n.Clause.Name.Text, skImport, n.Clause)
		s.aliasTarget = func() *symbol { return c.resolveExport(from, spec, "default") }
	}
	switch bs := n.Clause.Bindings.(type) {
	case *syntax.NamespaceImport:
		s := b.declare(b.cur, bs.Name.Text, skNamespaceImport, bs)
		s.module = c.resolveModule(from, spec)
		if s.module == nil {
			s.unchecked = true
		}
	case *syntax.NamedImports:
		for _, el := range bs.Elements {
			name := el.Name.Text
			prop := name
			if el.PropertyName != nil {
				switch p := el.PropertyName.(type) {
				case *syntax.Identifier:
					prop = p.Text
				case *syntax.StringLiteral:
					prop = p.Text
				}
			}
			s := b.declare(b.cur, name, skImport, el)
			s.aliasTarget = func() *symbol { return c.resolveExport(from, spec, prop) }
		}
	}
}

func (b *binder) bindExport(n *syntax.ExportDeclaration) {
	spec := ""
	if s, ok := n.Specifier.(*syntax.StringLiteral); ok {
		spec = s.Text
	}
	from := b.f
	c := b.c
	switch cl := n.Clause.(type) {
	case nil:
		if spec != "" {
			b.f.starExports = append(b.f.starExports, spec)
		}
	case *syntax.NamedExports:
		for _, el := range cl.Elements {
			name := nameText(el.Name)
			local := name
			if el.PropertyName != nil {
				local = nameText(el.PropertyName)
			}
			s := &symbol{name: name, kind: skImport, decls: []syntax.Node{el}, file: b.f}
			if spec != "" {
				s.aliasTarget = func() *symbol { return c.resolveExport(from, spec, local) }
			} else {
				fileScope := b.f.scope
				s.aliasTarget = func() *symbol { return fileScope.lookup(local) }
			}
			b.f.exports[name] = s
		}
	case *syntax.NamespaceExport:
		s := &symbol{name: nameText(cl.Name), kind: skNamespaceImport, file: b.f, module: c.resolveModule(from, spec)}
		if s.module == nil {
			s.unchecked = true
		}
		b.f.exports[s.name] = s
	}
}

func nameText(n syntax.Node) string {
	switch n := n.(type) {
	case *syntax.Identifier:
		return n.Text
	case *syntax.StringLiteral:
		return n.Text
	case *syntax.NumericLiteral:
		return n.Text
	case *syntax.PrivateIdentifier:
		return n.Text
	}
	return ""
}

// visit walks nested scopes and records assignment targets.
func (b *binder) visit(n syntax.Node) {
	if n == nil {
		return
	}
	switch n := n.(type) {
	case *syntax.Function:
		b.push(n, true)
		if n.Kind() == syntax.KindFunctionExpression && n.Name != nil {
			// a named function expression sees its own name
			b.declare(b.cur, identText(n.Name), skFunction, n)
		}
		for _, tp := range n.TypeParams {
			b.declare(b.cur, tp.Name.Text, skTypeParam, tp)
		}
		for _, p := range n.Params {
			b.declarePattern(p.Name, skParam, p, false)
		}
		if body, ok := n.Body.(*syntax.Block); ok {
			b.hoist(body.Statements, true)
			for _, p := range n.Params {
				b.visit(p)
			}
			for _, s := range body.Statements {
				b.visit(s)
			}
		} else {
			syntax.ForEachChild(n, func(c syntax.Node) bool { b.visit(c); return true })
		}
		b.pop()
		return
	case *syntax.Class:
		b.push(n, false)
		for _, tp := range n.TypeParams {
			b.declare(b.cur, tp.Name.Text, skTypeParam, tp)
		}
		syntax.ForEachChild(n, func(c syntax.Node) bool { b.visit(c); return true })
		b.pop()
		return
	case *syntax.InterfaceDeclaration, *syntax.TypeAliasDeclaration:
		b.push(n, false)
		var tps []*syntax.TypeParameter
		if i, ok := n.(*syntax.InterfaceDeclaration); ok {
			tps = i.TypeParams
		} else {
			tps = n.(*syntax.TypeAliasDeclaration).TypeParams
		}
		for _, tp := range tps {
			b.declare(b.cur, tp.Name.Text, skTypeParam, tp)
		}
		b.pop()
		return
	case *syntax.Block:
		b.push(n, false)
		b.hoist(n.Statements, false)
		for _, s := range n.Statements {
			b.visit(s)
		}
		b.pop()
		return
	case *syntax.ForStatement, *syntax.ForInStatement, *syntax.ForOfStatement:
		b.push(n, false)
		var init syntax.Node
		switch f := n.(type) {
		case *syntax.ForStatement:
			init = f.Init
		case *syntax.ForInStatement:
			init = f.Init
		case *syntax.ForOfStatement:
			init = f.Init
		}
		if l, ok := init.(*syntax.VariableDeclarationList); ok && l.Keyword != syntax.DeclVar {
			kind := skLet
			if l.Keyword != syntax.DeclLet {
				kind = skConst
			}
			for _, d := range l.Decls {
				b.declarePattern(d.Name, kind, d, false)
			}
		} else if init != nil && !isDeclList(init) {
			b.assignTarget(init)
		}
		syntax.ForEachChild(n, func(c syntax.Node) bool { b.visit(c); return true })
		b.pop()
		return
	case *syntax.SwitchStatement:
		b.visit(n.Expr)
		b.push(n, false)
		for _, cl := range n.Clauses {
			b.hoist(cl.Statements, false)
		}
		for _, cl := range n.Clauses {
			b.visit(cl)
		}
		b.pop()
		return
	case *syntax.CatchClause:
		b.push(n, false)
		if n.Var != nil {
			b.declarePattern(n.Var.Name, skCatch, n.Var, false)
		}
		b.visit(n.Block)
		b.pop()
		return
	case *syntax.Binary:
		if isAssignOp(n.Op) {
			b.assignTarget(n.Left)
		}
	case *syntax.PrefixUnary:
		if n.Op == syntax.TPlusPlus || n.Op == syntax.TMinusMinus {
			b.assignTarget(n.Operand)
		}
	case *syntax.PostfixUnary:
		b.assignTarget(n.Operand)
	}
	syntax.ForEachChild(n, func(c syntax.Node) bool { b.visit(c); return true })
}

func isDeclList(n syntax.Node) bool {
	_, ok := n.(*syntax.VariableDeclarationList)
	return ok
}

func (b *binder) assignTarget(n syntax.Node) {
	switch n := n.(type) {
	case *syntax.Identifier:
		b.refs = append(b.refs, pendingRef{sc: b.cur, name: n.Text, pos: n.Pos()})
	case *syntax.ParenExpr:
		b.assignTarget(n.Expr)
	case *syntax.ArrayLiteral:
		for _, e := range n.Elements {
			b.assignTarget(e)
		}
	case *syntax.ObjectLiteral:
		for _, p := range n.Properties {
			switch p := p.(type) {
			case *syntax.PropertyAssignment:
				b.assignTarget(p.Init)
			case *syntax.ShorthandPropertyAssignment:
				b.assignTarget(p.Name)
			case *syntax.SpreadAssignment:
				b.assignTarget(p.Expr)
			}
		}
	case *syntax.SpreadElement:
		b.assignTarget(n.Expr)
	case *syntax.Binary:
		if n.Op == syntax.TEquals {
			b.assignTarget(n.Left)
		}
	}
}

func isAssignOp(t syntax.Token) bool {
	switch t {
	case syntax.TEquals, syntax.TPlusEquals, syntax.TMinusEquals, syntax.TAsteriskEquals, syntax.TAsteriskAsteriskEquals,
		syntax.TSlashEquals, syntax.TPercentEquals, syntax.TLessThanLessThanEquals, syntax.TGreaterThanGreaterThanEquals,
		syntax.TGreaterThanGreaterThanGreaterThanEquals, syntax.TAmpersandEquals, syntax.TBarEquals, syntax.TCaretEquals,
		syntax.TAmpersandAmpersandEquals, syntax.TBarBarEquals, syntax.TQuestionQuestionEquals:
		return true
	}
	return false
}
