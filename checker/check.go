package checker

// The walk over statements. Control flow is followed forward: c.env holds
// the narrowed types of references at the current point (nil when the
// point is unreachable), branches fork it and joins merge it. This is a
// forward version of tsc's backward flow-graph queries; it gives the same
// answers for the constructs modelled here, and for loops it gives up
// precision (a variable assigned in a loop is unchecked inside and after
// it) rather than risk a narrower type than tsc's.

import (
	"slices"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// flow is the state at one point of the program.
type flow struct {
	types map[string]*Type
	// unassigned holds let/var variables not yet definitely assigned.
	unassigned map[*symbol]bool
	// maybeDead marks a point after a call we cannot see into (it may
	// never return, as process.exit): no "lacks ending return" from here.
	maybeDead bool
	// inherited marks a closure's state holding narrowings from outside.
	inherited bool
}

func newFlow() *flow {
	return &flow{types: map[string]*Type{}, unassigned: map[*symbol]bool{}}
}

func (f *flow) clone() *flow {
	if f == nil {
		return nil
	}
	n := &flow{types: make(map[string]*Type, len(f.types)), unassigned: make(map[*symbol]bool, len(f.unassigned)), maybeDead: f.maybeDead, inherited: f.inherited}
	for k, v := range f.types {
		n.types[k] = v
	}
	for k, v := range f.unassigned {
		n.unassigned[k] = v
	}
	return n
}

func (c *checker) merge(a, b *flow) *flow {
	if a == nil {
		return b.clone()
	}
	if b == nil {
		return a.clone()
	}
	n := &flow{types: map[string]*Type{}, unassigned: map[*symbol]bool{}, maybeDead: a.maybeDead || b.maybeDead, inherited: a.inherited || b.inherited}
	for k, v := range a.types {
		if w, ok := b.types[k]; ok {
			n.types[k] = c.union(v, w)
		}
	}
	for k := range a.unassigned {
		n.unassigned[k] = true
	}
	for k := range b.unassigned {
		n.unassigned[k] = true
	}
	return n
}

type jumpTarget struct {
	label     string
	loop      bool
	breakEnv  *flow
	breakSeen bool
}

type fnCtx struct {
	node     *syntax.Function
	ret      *Type // declared return type (async: the awaited type), nil if none
	this     *Type
	outer    *fnCtx
	returns  []*Type
	hasRet   bool
	async    bool
	targets  []*jumpTarget
	implicit bool // end of body reachable
	// ctxRet is the contextual return type of a function expression
	// (for returned literals and callbacks); ctxUnchecked marks a
	// function expression whose context is not modelled.
	ctxRet       *Type
	ctxUnchecked bool
}

func (c *checker) checkFile(fi *fileInfo) {
	c.file = fi
	c.scope = fi.scope
	c.env = newFlow()
	c.fn = &fnCtx{}
	c.checkTypeRefs(fi)
	c.stmts(fi.sf.Statements)
}

func (c *checker) stmts(list []syntax.Node) {
	for _, s := range list {
		c.stmt(s)
	}
}

// withScope runs f with the scope the binder made for n, if any.
func (c *checker) withScope(n syntax.Node, f func()) {
	sc := c.file.scopes[n]
	if sc == nil {
		f()
		return
	}
	saved := c.scope
	c.scope = sc
	f()
	c.scope = saved
}

func (c *checker) stmt(n syntax.Node) {
	if c.env == nil {
		// Unreachable code: type it without reporting (tsc's narrowing
		// there differs from ours) so that hoisted declarations still work.
		c.env = newFlow()
		c.silent++
		c.stmt(n)
		c.silent--
		c.env = nil
		return
	}
	switch n := n.(type) {
	case *syntax.VariableStatement:
		if n.Modifiers.Has(syntax.ModDeclare) {
			return
		}
		c.varList(n.List)
	case *syntax.ExpressionStatement:
		c.exprStatement(n)
	case *syntax.IfStatement:
		t, f := c.cond(n.Cond)
		c.env = t
		c.stmt(n.Then)
		thenEnd := c.env
		c.env = f
		if n.Else != nil {
			c.stmt(n.Else)
		}
		c.env = c.merge(thenEnd, c.env)
	case *syntax.Block:
		c.withScope(n, func() { c.stmts(n.Statements) })
	case *syntax.ReturnStatement:
		c.returnStmt(n)
	case *syntax.ThrowStatement:
		c.expr(n.Expr, nil)
		c.env = nil
	case *syntax.Function:
		if n.Kind() == syntax.KindFunctionDeclaration {
			c.functionBody(n, nil, nil)
		}
	case *syntax.Class:
		c.classDecl(n)
	case *syntax.SwitchStatement:
		c.switchStmt(n)
	case *syntax.WhileStatement:
		c.loop(n, "", func() {
			t, f := c.cond(n.Cond)
			exit := f
			if isTrueLiteral(n.Cond) {
				exit = nil
			}
			c.env = t
			c.stmt(n.Body)
			c.env = exit
		})
	case *syntax.DoStatement:
		c.loop(n, "", func() {
			c.stmt(n.Body)
			if c.env == nil {
				return
			}
			_, f := c.cond(n.Cond)
			if isTrueLiteral(n.Cond) {
				f = nil
			}
			c.env = f
		})
	case *syntax.ForStatement:
		c.withScope(n, func() {
			if l, ok := n.Init.(*syntax.VariableDeclarationList); ok {
				c.varList(l)
			} else if n.Init != nil {
				c.expr(n.Init, nil)
			}
			c.loop(n, "", func() {
				var exit *flow
				if n.Cond != nil {
					t, f := c.cond(n.Cond)
					c.env, exit = t, f
				}
				c.stmt(n.Body)
				if n.Incr != nil && c.env != nil {
					c.expr(n.Incr, nil)
				}
				c.env = exit
			})
		})
	case *syntax.ForOfStatement, *syntax.ForInStatement:
		c.withScope(n, func() { c.forInOf(n) })
	case *syntax.LabeledStatement:
		c.labeled(n)
	case *syntax.BranchStatement:
		c.branch(n)
	case *syntax.TryStatement:
		c.tryStmt(n)
	case *syntax.ExportAssignment:
		c.expr(n.Expr, nil)
	case *syntax.InterfaceDeclaration, *syntax.TypeAliasDeclaration, *syntax.ImportDeclaration,
		*syntax.ExportDeclaration, *syntax.EmptyStatement, *syntax.DebuggerStatement:
	default:
		// enums, namespaces, with, …: not modelled
	}
}

func isTrueLiteral(n syntax.Node) bool {
	for {
		p, ok := n.(*syntax.ParenExpr)
		if !ok {
			break
		}
		n = p.Expr
	}
	return n.Kind() == syntax.KindTrueKeyword
}

// loop runs body (which must leave c.env as the loop's normal exit) with
// the variables assigned inside the loop made unchecked, then merges the
// exits and breaks.
func (c *checker) loop(n syntax.Node, label string, body func()) {
	c.widenForLoop(n)
	t := &jumpTarget{label: label, loop: true}
	c.fn.targets = append(c.fn.targets, t)
	body()
	c.fn.targets = c.fn.targets[:len(c.fn.targets)-1]
	c.env = c.merge(c.env, t.breakEnv)
	if c.env != nil {
		// After the loop, assignments inside it may or may not have run.
		c.widenForLoop(n)
	}
}

// widenForLoop makes every reference whose variable is assigned within n
// unchecked, and every narrowed property path too: the loop may run them
// any number of times.
func (c *checker) widenForLoop(n syntax.Node) {
	if c.env == nil {
		return
	}
	c.env = c.env.clone()
	lo, hi := n.Pos(), n.End()
	as := c.file.assigns
	i, _ := slices.BinarySearchFunc(as, lo, func(a assignRef, p int32) int { return int(a.pos - p) })
	for ; i < len(as) && as[i].pos < hi; i++ {
		sym := as[i].sym
		key := keyOfSym(c.symID(sym))
		c.env.types[key] = c.in.unchecked
		delete(c.env.unassigned, sym)
		c.dropPaths(key)
	}
	for k := range c.env.types {
		if isPathKey(k) {
			c.env.types[k] = c.in.unchecked
		}
	}
}

func (c *checker) labeled(n *syntax.LabeledStatement) {
	switch s := n.Statement.(type) {
	case *syntax.WhileStatement, *syntax.DoStatement, *syntax.ForStatement, *syntax.ForOfStatement, *syntax.ForInStatement:
		// The loop registers its own target; labeled continue/break on
		// loops are rare enough that we give up on reachability there.
		_ = s
		c.stmt(n.Statement)
		if c.env == nil {
			c.env = newFlow()
			c.env.maybeDead = true
		}
	default:
		t := &jumpTarget{label: n.Label.Text}
		c.fn.targets = append(c.fn.targets, t)
		c.stmt(n.Statement)
		c.fn.targets = c.fn.targets[:len(c.fn.targets)-1]
		c.env = c.merge(c.env, t.breakEnv)
	}
}

func (c *checker) branch(n *syntax.BranchStatement) {
	if n.Label != nil {
		for i := len(c.fn.targets) - 1; i >= 0; i-- {
			t := c.fn.targets[i]
			if t.label == n.Label.Text && n.Kind() == syntax.KindBreakStatement {
				t.breakEnv = c.merge(t.breakEnv, c.env)
				c.env = nil
				return
			}
		}
		// labeled continue: the loop head is already widened
		c.env = nil
		return
	}
	for i := len(c.fn.targets) - 1; i >= 0; i-- {
		t := c.fn.targets[i]
		if n.Kind() == syntax.KindContinueStatement {
			if t.loop {
				c.env = nil
				return
			}
			continue
		}
		if t.label == "" {
			t.breakEnv = c.merge(t.breakEnv, c.env)
			c.env = nil
			return
		}
	}
	c.env = nil
}

func (c *checker) tryStmt(n *syntax.TryStatement) {
	entry := c.env.clone()
	c.stmt(n.Block)
	tryEnd := c.env
	end := tryEnd
	if n.Catch != nil {
		// The catch may start anywhere in the try block: variables
		// assigned there are unchecked and count as assigned.
		c.env = entry
		c.widenForLoop(n.Block)
		c.withScope(n.Catch, func() {
			if n.Catch.Var != nil {
				if sym := c.scope.syms[identText(n.Catch.Var.Name)]; sym != nil {
					if n.Catch.Var.Type != nil {
						sym.valueType = c.in.unchecked
					} else if c.opts.UseUnknownInCatchVariables {
						sym.valueType = c.in.unknown
					} else {
						sym.valueType = c.in.any
					}
				}
			}
			c.stmt(n.Catch.Block)
		})
		end = c.merge(tryEnd, c.env)
	}
	if n.Finally != nil {
		c.env = c.merge(entry, end)
		if c.env != nil {
			c.widenForLoop(n.Block)
		}
		c.stmt(n.Finally)
		if c.env == nil {
			return
		}
		if end == nil {
			c.env = nil
			return
		}
		c.env = end
		return
	}
	c.env = end
}

func (c *checker) returnStmt(n *syntax.ReturnStatement) {
	fn := c.fn
	var t *Type
	if n.Expr != nil {
		fn.hasRet = true
		ctx := fn.ret
		if ctx == nil {
			ctx = fn.ctxRet
		}
		if ctx == nil && fn.ctxUnchecked {
			ctx = c.in.unchecked
		}
		t = c.expr(n.Expr, ctx)
		if fn.async {
			t = c.awaited(t)
		}
		fn.returns = append(fn.returns, t)
		if fn.ret != nil {
			c.checkAssign(n.Expr, t, fn.ret, n, nil)
		}
	} else {
		fn.returns = append(fn.returns, c.in.undefined)
	}
	c.env = nil
}

func (c *checker) exprStatement(n *syntax.ExpressionStatement) {
	t := c.expr(n.Expr, nil)
	_ = t
	call, ok := n.Expr.(*syntax.Call)
	if !ok {
		if aw, ok := n.Expr.(*syntax.AwaitExpr); ok {
			call, ok = aw.Expr.(*syntax.Call)
			if !ok {
				return
			}
		} else {
			return
		}
	}
	if c.env == nil {
		return
	}
	sig, calleeKnown := c.lastCallSig[call], c.lastCallKnown[call]
	if !calleeKnown {
		// A call we cannot see into may be an assertion (node:assert) or
		// never return (process.exit): its arguments lose narrowing and
		// the end of the path is no longer certain.
		c.env = c.env.clone()
		c.env.maybeDead = true
		for _, a := range call.Args {
			c.forgetRefs(a)
		}
		return
	}
	if sig == nil {
		return
	}
	if sig.ret.is(tfNever) && sig.retDeclared {
		c.env = nil
		return
	}
	if sig.pred != nil && sig.pred.asserts && sig.pred.index >= 0 && sig.pred.index < len(call.Args) {
		arg := call.Args[sig.pred.index]
		if sig.pred.t == nil {
			t, _ := c.condNoCheck(arg)
			c.env = t
		} else {
			c.env = c.narrowRefTo(c.env, arg, sig.pred.t, true)
		}
	}
}

// forgetRefs makes every reference inside n unchecked.
func (c *checker) forgetRefs(n syntax.Node) {
	syntax.Inspect(n, func(x syntax.Node) bool {
		switch x.(type) {
		case *syntax.Identifier, *syntax.PropertyAccess, *syntax.ElementAccess:
			if key, _ := c.refKey(x); key != "" {
				c.env.types[key] = c.in.unchecked
				c.dropPaths(key)
			}
		case *syntax.Function, *syntax.Class:
			return false
		}
		return true
	})
}

func (c *checker) varList(l *syntax.VariableDeclarationList) {
	for _, d := range l.Decls {
		c.varDecl(d, l.Keyword)
	}
}

func (c *checker) varDecl(d *syntax.VariableDeclaration, kw syntax.DeclKeyword) {
	var declared *Type
	if d.Type != nil {
		declared = c.typeFrom(d.Type, c.scope)
	}
	if d.Init == nil {
		if id, ok := d.Name.(*syntax.Identifier); ok {
			sym := c.scope.lookup(id.Text)
			if sym == nil {
				return
			}
			if declared == nil {
				sym.valueType = c.in.unchecked // implicit any evolving types are not modelled
				return
			}
			sym.valueType = declared
			if !d.Exclaim && kw != syntax.DeclConst && !declared.is(tfAny|tfUnknown|tfUnchecked|tfVoid) && !c.containsUndefined(declared) {
				c.env = c.env.clone()
				c.env.unassigned[sym] = true
			}
			if c.containsUndefined(declared) && declared.is(tfUnion) {
				// `let x: T | undefined;` starts as undefined
				c.env = c.env.clone()
				c.env.types[keyOfSym(c.symID(sym))] = c.in.undefined
			}
		}
		return
	}
	if fn, ok := unparen(d.Init).(*syntax.Function); ok && declared == nil {
		c.noCtxFn = fn
	}
	t := c.expr(d.Init, declared)
	c.noCtxFn = nil
	if declared != nil {
		c.checkAssign(d.Init, t, declared, d.Name, nil)
	}
	switch name := d.Name.(type) {
	case *syntax.Identifier:
		sym := c.scope.lookup(name.Text)
		if sym == nil {
			return
		}
		if declared != nil {
			sym.valueType = declared
			c.assignNarrow(sym, declared, t)
		} else {
			vt := regularOf(t)
			if kw != syntax.DeclConst && t.is(tfNull|tfUndefined) {
				vt = c.in.unchecked // evolving let: not modelled
			} else if kw != syntax.DeclConst {
				vt = c.widenForMutable(t)
			} else {
				vt = c.regularObject(vt)
			}
			sym.valueType = vt
			// const tag = x.kind: narrowing tag narrows x (tsc's aliased
			// conditions).
			if kw == syntax.DeclConst {
				if pa, ok := unparen(d.Init).(*syntax.PropertyAccess); ok && !pa.QuestionDot && c.isConstRef(pa.Expr) {
					if key, ok := c.refKey(pa.Expr); ok {
						sym.destructFrom, sym.destructProp, sym.destructNode = key, nameText(pa.Name), pa.Expr
					}
				}
			}
		}
	case *syntax.BindingPattern:
		src := t
		if declared != nil {
			src = declared
		}
		c.bindPattern(name, c.regularObject(src), kw == syntax.DeclConst, d.Init)
	}
}

// assignNarrow records the type a variable has after `x = value`.
func (c *checker) assignNarrow(sym *symbol, declared, assigned *Type) {
	key := keyOfSym(c.symID(sym))
	c.env = c.env.clone()
	delete(c.env.unassigned, sym)
	c.dropPaths(key)
	if t := c.reduceAssigned(declared, assigned); t != nil {
		c.env.types[key] = t
	} else {
		delete(c.env.types, key)
	}
}

// reduceAssigned is tsc's assignment reduction: a union declared type
// keeps the members the assigned value fits (literal members narrow to
// the assigned literal). nil means "the declared type"; unchecked when
// the value is not modelled.
func (c *checker) reduceAssigned(declared, assigned *Type) *Type {
	if isUnchecked(assigned) && !isUnchecked(declared) {
		return c.in.unchecked
	}
	if !declared.is(tfUnion) {
		return nil
	}
	sure := true
	reduced := c.filter(declared, func(m *Type) bool {
		for _, a := range members(assigned) {
			ok, s := c.assignableSure(regularOf(a), m)
			sure = sure && s
			if ok {
				return true
			}
		}
		return false
	})
	if !sure {
		return c.in.unchecked
	}
	if reduced.is(tfNever) {
		return nil
	}
	return c.narrowAssigned(reduced, assigned)
}

// narrowAssigned: when the assigned value is a literal (or union of
// literals) whose literal types are members of the declared union, the
// variable has exactly those literals.
func (c *checker) narrowAssigned(reduced, assigned *Type) *Type {
	var out []*Type
	for _, a := range members(assigned) {
		ra := regularOf(a)
		found := false
		for _, m := range members(reduced) {
			if m == ra {
				found = true
			}
		}
		if !found {
			return reduced
		}
		out = append(out, ra)
	}
	return c.union(out...)
}

func (c *checker) containsUndefined(t *Type) bool {
	for _, m := range members(t) {
		if m.is(tfUndefined | tfVoid | tfAny | tfUnknown | tfUnchecked) {
			return true
		}
	}
	return false
}

// bindPattern gives the names of a destructuring pattern their types.
func (c *checker) bindPattern(p *syntax.BindingPattern, src *Type, isConst bool, init syntax.Node) {
	for i, e := range p.Elements {
		be, ok := e.(*syntax.BindingElement)
		if !ok {
			continue
		}
		var t *Type
		var propName string
		switch {
		case be.DotDotDot:
			t = c.in.unchecked
		case p.Kind() == syntax.KindObjectBindingPattern:
			pn := be.PropertyName
			if pn == nil {
				pn = be.Name
			}
			name, ok := c.propName(pn)
			if !ok {
				t = c.in.unchecked
				break
			}
			propName = name
			t = c.propTypeForRead(src, name)
		default:
			t = c.elementType(src, i)
		}
		if be.Init != nil {
			it := c.expr(be.Init, t)
			t = c.union(c.removeUndefined(t), c.widenForMutable(it))
		}
		switch name := be.Name.(type) {
		case *syntax.Identifier:
			sym := c.scope.lookup(name.Text)
			if sym == nil {
				continue
			}
			if !isConst {
				t = c.widenForMutable(t)
			}
			sym.valueType = t
			if isConst && propName != "" && init != nil && be.Init == nil {
				if key, ok := c.refKey(init); ok && key != "" && c.isConstRef(init) {
					sym.destructFrom = key
					sym.destructProp = propName
					sym.destructNode = init
				}
			}
		case *syntax.BindingPattern:
			c.bindPattern(name, t, isConst, nil)
		}
	}
}

func (c *checker) removeUndefined(t *Type) *Type {
	return c.filter(t, func(m *Type) bool { return !m.is(tfUndefined) })
}

// propTypeForRead is the type of reading src.name (optional adds
// undefined), or unchecked when not known.
func (c *checker) propTypeForRead(src *Type, name string) *Type {
	if isUnchecked(src) {
		return c.in.unchecked
	}
	var out []*Type
	for _, m := range members(src) {
		p := c.propertyOf(m, name)
		if p == nil {
			return c.in.unchecked
		}
		pt := p.t
		if p.optional {
			pt = c.union(pt, c.in.undefined)
		}
		out = append(out, pt)
	}
	return c.union(out...)
}

func (c *checker) elementType(src *Type, i int) *Type {
	if isTuple(src) {
		if i < len(src.obj.elems) {
			e := src.obj.elems[i]
			if e.optional {
				return c.union(e.t, c.in.undefined)
			}
			return e.t
		}
		return c.in.unchecked
	}
	if isArray(src) {
		return arrayElem(src) // noUncheckedIndexedAccess is off
	}
	return c.in.unchecked
}

func (c *checker) switchStmt(n *syntax.SwitchStatement) {
	c.expr(n.Expr, nil)
	entry := c.env
	t := &jumpTarget{}
	c.fn.targets = append(c.fn.targets, t)
	var fall *flow
	hasDefault := false
	c.withScope(n, func() {
		for i, cl := range n.Clauses {
			var clauseEnv *flow
			if cl.Kind() == syntax.KindDefaultClause {
				hasDefault = true
				clauseEnv = c.switchNoMatch(n, entry, len(n.Clauses))
				_ = i
			} else {
				c.env = entry
				c.expr(cl.Expr, nil)
				clauseEnv = c.narrowSwitchCase(n.Expr, cl.Expr, entry)
			}
			c.env = c.merge(fall, clauseEnv)
			c.stmts(cl.Statements)
			fall = c.env
		}
	})
	c.fn.targets = c.fn.targets[:len(c.fn.targets)-1]
	end := c.merge(fall, t.breakEnv)
	if !hasDefault {
		end = c.merge(end, c.switchNoMatch(n, entry, len(n.Clauses)))
	}
	c.env = end
}

// switchNoMatch is the state when no case matches: the switched
// reference narrowed by every case's "!=="; nil when that is never (an
// exhaustive switch).
func (c *checker) switchNoMatch(n *syntax.SwitchStatement, entry *flow, _ int) *flow {
	env := entry
	for _, cl := range n.Clauses {
		if cl.Kind() == syntax.KindDefaultClause {
			continue
		}
		env = c.narrowEquality(env, n.Expr, cl.Expr, syntax.TEqualsEqualsEquals, false)
		if env == nil {
			return nil
		}
	}
	// Exhaustive when the switched expression's type is now never.
	saved := c.env
	c.env = env
	c.silent++
	st := c.expr(n.Expr, nil)
	c.silent--
	c.env = saved
	if st.is(tfNever) {
		return nil
	}
	if isUnchecked(st) {
		// We cannot tell whether the cases are exhaustive.
		env = env.clone()
		env.maybeDead = true
	}
	return env
}

// classDecl checks a class body: initializers, methods, implements.
func (c *checker) classDecl(n *syntax.Class) {
	var sym *symbol
	if n.Name != nil {
		sym = c.scope.lookup(n.Name.Text)
	}
	var inst *Type
	if sym != nil && sym.classDecl == n {
		inst = c.declaredTypeOf(sym)
		if len(sym.typeParams) > 0 {
			inst = c.instantiateGeneric(inst, sym.typeParams)
		}
	}
	this := inst
	if this == nil {
		this = c.in.unchecked
	}
	c.withScope(n, func() {
		for _, m := range n.Members {
			switch m := m.(type) {
			case *syntax.PropertyDeclaration:
				if m.Init == nil {
					continue
				}
				var declared *Type
				if m.Type != nil {
					declared = c.typeFrom(m.Type, c.scope)
				}
				saved := c.saveState()
				c.env = newFlow()
				c.fn = &fnCtx{this: this, outer: saved.fn}
				if m.Modifiers.Has(syntax.ModStatic) {
					c.fn.this = c.in.unchecked
				}
				ictx := declared
				if ictx == nil {
					ictx = c.in.unchecked // an inherited property may give the context
				}
				t := c.expr(m.Init, ictx)
				if declared != nil {
					c.checkAssign(m.Init, t, declared, m.Name, nil)
				}
				c.restoreState(saved)
			case *syntax.Function:
				th := this
				if m.Modifiers.Has(syntax.ModStatic) {
					th = c.in.unchecked
				}
				c.functionBody(m, nil, th)
			case *syntax.ClassStaticBlock:
				saved := c.saveState()
				c.env = newFlow()
				c.fn = &fnCtx{this: c.in.unchecked, outer: saved.fn}
				c.stmt(m.Body)
				c.restoreState(saved)
			}
		}
	})
	if inst != nil && !inst.is(tfUnchecked) {
		for _, h := range n.Heritage {
			if h.Token != syntax.TImplements {
				continue
			}
			for _, it := range h.Types {
				id, ok := it.Expr.(*syntax.Identifier)
				if !ok {
					continue
				}
				ref := &syntax.TypeReference{Name: id, TypeArgs: it.TypeArgs}
				c.silent++
				target := c.typeRef(ref, c.scope)
				c.silent--
				if isUnchecked(target) || !target.is(tfObject) {
					continue
				}
				if ok, sure := c.assignableSure(inst, target); !ok && sure {
					c.report(n.Name, diag.IncorrectlyImplements, n.Name.Text, c.typeString(target))
				}
			}
		}
	}
}

// checkTypeRefs reports type names bound nowhere (TS2304) in one pass
// over the file, with the scope of each position. Type parameters of
// signatures, mapped types and infer declarations have no binder scope;
// the walk carries their names.
func (c *checker) checkTypeRefs(fi *fileInfo) {
	var walk func(n syntax.Node, sc *scope, tps map[string]bool)
	walk = func(n syntax.Node, sc *scope, tps map[string]bool) {
		if s := fi.scopes[n]; s != nil {
			sc = s
		}
		var add []string
		switch x := n.(type) {
		case *syntax.ModuleDeclaration:
			return // namespaces are not bound: their names are unknown to us
		case *syntax.Signature:
			for _, tp := range x.TypeParams {
				add = append(add, tp.Name.Text)
			}
		case *syntax.MappedType:
			if x.Param != nil {
				add = append(add, x.Param.Name.Text)
			}
		case *syntax.ConditionalType:
			syntax.Inspect(x.Extends, func(y syntax.Node) bool {
				if it, ok := y.(*syntax.InferType); ok && it.Param != nil {
					add = append(add, it.Param.Name.Text)
				}
				return true
			})
		case *syntax.TypeReference:
			if id, ok := x.Name.(*syntax.Identifier); ok && !tps[id.Text] && id.Text != "const" {
				if sym := c.lookupType(sc, id.Text); sym == nil && c.certainlyUnknown(id.Text) {
					c.report(id, diag.CannotFindName, id.Text)
				}
			}
		}
		if len(add) > 0 {
			n2 := make(map[string]bool, len(tps)+len(add))
			for k := range tps {
				n2[k] = true
			}
			for _, a := range add {
				n2[a] = true
			}
			tps = n2
		}
		syntax.ForEachChild(n, func(ch syntax.Node) bool { walk(ch, sc, tps); return true })
	}
	walk(fi.sf, fi.scope, nil)
}

func (c *checker) lookupType(sc *scope, name string) *symbol {
	for s := sc; s != nil; s = s.parent {
		if sym, ok := s.syms[name]; ok && sym.kind&(skType|skImport|skNamespaceImport) != 0 {
			return sym
		}
		if sym, ok := s.syms[name]; ok && sym.unchecked {
			return sym
		}
	}
	return nil
}

// forInOf checks for-of and for-in loops.
func (c *checker) forInOf(n syntax.Node) {
	var init, expr, body syntax.Node
	isOf := false
	switch f := n.(type) {
	case *syntax.ForOfStatement:
		init, expr, body, isOf = f.Init, f.Expr, f.Body, !f.Await
	case *syntax.ForInStatement:
		init, expr, body = f.Init, f.Expr, f.Body
	}
	c.widenForLoop(n)
	et := c.expr(expr, nil)
	elem := c.in.unchecked
	if isOf {
		switch {
		case isArray(et):
			elem = arrayElem(et)
		case isTuple(et):
			var ts []*Type
			for _, e := range et.obj.elems {
				ts = append(ts, e.t)
			}
			elem = c.union(ts...)
		case allOf(et, tfStringLike):
			elem = c.in.str
		}
	} else if !isUnchecked(et) {
		elem = c.in.str
	}
	c.loop(n, "", func() {
		if l, ok := init.(*syntax.VariableDeclarationList); ok {
			for _, d := range l.Decls {
				switch name := d.Name.(type) {
				case *syntax.Identifier:
					if sym := c.scope.lookup(name.Text); sym != nil {
						if d.Type != nil {
							sym.valueType = c.in.unchecked
						} else {
							sym.valueType = elem
						}
						if c.env != nil {
							c.env = c.env.clone()
							delete(c.env.unassigned, sym)
							delete(c.env.types, keyOfSym(c.symID(sym)))
						}
					}
				case *syntax.BindingPattern:
					c.bindPattern(name, elem, l.Keyword == syntax.DeclConst, nil)
				}
			}
		} else if init != nil {
			c.forgetRefs(init)
		}
		entry := c.env
		c.stmt(body)
		c.env = entry
	})
}
