package checker

// Object and array literals, `as const`, function expressions and bodies,
// return type inference, and assignability reports with tsc's
// elaboration (errors inside object and array literals are reported at
// the offending property or element, as tsc does).

import (
	"strconv"
	"strings"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// literalContext reports whether a literal of type t keeps its literal
// type under contextual type ctx (tsc's isLiteralOfContextualType).
func (c *checker) literalContext(t, ctx *Type) bool {
	return c.literalContextDepth(t, ctx, 0)
}

func (c *checker) literalContextDepth(t, ctx *Type, depth int) bool {
	if ctx == nil || depth > 5 {
		return false
	}
	if t.is(tfUnion) {
		for _, m := range t.types {
			if m.is(tfLiteral) && c.literalContextDepth(m, ctx, depth+1) {
				return true
			}
		}
		return false
	}
	var ms []*Type
	if ctx.is(tfIntersection) {
		ms = ctx.types
	} else {
		ms = members(ctx)
	}
	for _, m := range ms {
		switch {
		case m.is(tfUnchecked):
			return true
		case m.is(tfTypeParam):
			// tsc: a type variable keeps literals when its constraint does
			if m.constraint != nil && (m.constraint.is(tfString) && t.is(tfStringLit) || m.constraint.is(tfNumber) && t.is(tfNumberLit) || c.literalContextDepth(t, m.constraint, depth+1)) {
				return true
			}
		case m.is(tfStringLit) && t.is(tfStringLit), m.is(tfNumberLit) && t.is(tfNumberLit),
			m.is(tfBoolLit) && t.is(tfBoolLit), m.is(tfBigIntLit) && t.is(tfBigIntLit):
			return true
		case m.is(tfIntersection):
			if c.literalContextDepth(t, m, depth+1) {
				return true
			}
		}
	}
	return false
}

// widenInLiteral widens a property or element value's literal type unless
// the contextual type wants literals.
func (c *checker) widenInLiteral(t, ctx *Type) *Type {
	if c.literalContext(t, ctx) {
		return t
	}
	if t.is(tfUnion) {
		var out []*Type
		for _, m := range t.types {
			out = append(out, c.widenInLiteral(m, ctx))
		}
		return c.union(out...)
	}
	return c.widenLiteral(t)
}

func (c *checker) ctxProp(ctx *Type, name string) *Type {
	if ctx != nil && ctx.is(tfAny) {
		return c.in.unchecked
	}
	if ctx == nil || isUnchecked(ctx) {
		if ctx != nil {
			return c.in.unchecked
		}
		return nil
	}
	var out []*Type
	var ms []*Type
	for _, m := range members(ctx) {
		if m.is(tfIntersection) {
			ms = append(ms, m.types...)
		} else {
			ms = append(ms, m)
		}
	}
	for _, m := range ms {
		if m.is(tfNullable) {
			continue
		}
		if !m.is(tfObject) || m.obj.members().builtin || m.obj.kind == okArray || m.obj.kind == okTuple {
			return c.in.unchecked
		}
		if p := c.propertyOf(m, name); p != nil {
			out = append(out, p.t)
		} else if m.is(tfObject) && m.obj.members().strIndex != nil {
			out = append(out, m.obj.strIndex)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return c.union(out...)
}

func (c *checker) objectLiteral(n *syntax.ObjectLiteral, ctx *Type, isConst bool) *Type {
	o := &objectType{kind: okAnon, literal: true, resolved: true}
	for _, p := range n.Properties {
		switch p := p.(type) {
		case *syntax.PropertyAssignment:
			pctx := (*Type)(nil)
			name, ok := c.propName(p.Name)
			if cn, isComputed := p.Name.(*syntax.ComputedPropertyName); isComputed {
				c.expr(cn.Expr, nil)
			}
			if ok {
				pctx = c.ctxProp(ctx, name)
			}
			var t *Type
			if isConst {
				t = c.constExpr(p.Init)
			} else {
				t = c.expr(p.Init, pctx)
				t = c.widenInLiteral(t, pctx)
			}
			if !ok {
				o.builtin = true
				continue
			}
			o.addProp(&prop{name: name, t: t, decl: p, readonly: isConst})
		case *syntax.ShorthandPropertyAssignment:
			t := c.in.unchecked
			if c.scope.lookup(p.Name.Text) != nil || p.Name.Text == "undefined" {
				// (an unbound shorthand name is tsc's TS18004, not modelled)
				t = c.identifier(p.Name)
			}
			pctx := c.ctxProp(ctx, p.Name.Text)
			if !isConst {
				t = c.widenInLiteral(t, pctx)
			}
			o.addProp(&prop{name: p.Name.Text, t: t, decl: p, readonly: isConst})
		case *syntax.SpreadAssignment:
			st := c.expr(p.Expr, ctx)
			st = c.removeNullable(st)
			if !st.is(tfObject) || st.obj.kind != okAnon && st.obj.kind != okInterface {
				o.builtin = true
				continue
			}
			sm := st.obj.members()
			if sm.builtin || len(sm.calls) > 0 {
				o.builtin = true
			}
			for _, sp := range sm.props {
				if sp.method && st.obj.isClass {
					continue
				}
				cp := *sp
				cp.decl = nil
				cp.readonly = false
				o.addProp(&cp)
			}
		case *syntax.Function:
			name, ok := c.propName(p.Name)
			var pctx *Type
			if ok {
				pctx = c.ctxProp(ctx, name)
			}
			switch p.Kind() {
			case syntax.KindMethodDeclaration:
				ft := c.functionExprWithThis(p, pctx, c.in.unchecked)
				if !ok {
					o.builtin = true
					continue
				}
				o.addProp(&prop{name: name, t: ft, method: true, decl: p})
			default:
				// accessors
				c.functionBody(p, nil, c.in.unchecked)
				if !ok {
					o.builtin = true
					continue
				}
				t := c.in.unchecked
				if p.Kind() == syntax.KindGetAccessor && p.Type != nil {
					t = c.typeFrom(p.Type, c.scope)
				}
				if old := o.propIdx[name]; old != nil {
					continue
				}
				o.addProp(&prop{name: name, t: t, decl: p})
			}
		}
	}
	t := c.newObject(o)
	if !isConst {
		t.fresh = true
	}
	return t
}

func (c *checker) arrayLiteral(n *syntax.ArrayLiteral, ctx *Type, isConst bool) *Type {
	var tupleCtx *Type
	var elemCtx *Type
	if ctx != nil {
		for _, m := range members(ctx) {
			switch {
			case isTuple(m):
				tupleCtx = m
			case isArray(m):
				elemCtx = arrayElem(m)
			case m.is(tfUnchecked | tfTypeParam):
				elemCtx = c.in.unchecked
			}
		}
	}
	var elems []tupleElem
	var ts []*Type
	spread := false
	for i, e := range n.Elements {
		var ectx *Type = elemCtx
		if tupleCtx != nil && i < len(tupleCtx.obj.elems) {
			ectx = tupleCtx.obj.elems[i].t
		}
		if s, ok := e.(*syntax.SpreadElement); ok {
			st := c.expr(s.Expr, ctx)
			spread = true
			if isArray(st) {
				ts = append(ts, arrayElem(st))
			} else if isTuple(st) {
				for _, el := range st.obj.elems {
					ts = append(ts, el.t)
				}
			} else {
				ts = append(ts, c.in.unchecked)
			}
			continue
		}
		if _, ok := e.(*syntax.OmittedExpr); ok {
			ts = append(ts, c.in.undefined)
			elems = append(elems, tupleElem{t: c.in.undefined})
			continue
		}
		var t *Type
		if isConst {
			t = c.constExpr(e)
		} else {
			t = c.expr(e, ectx)
			if tupleCtx == nil {
				t = c.widenInLiteral(t, ectx)
			} else {
				t = c.widenInLiteral(t, ectx)
			}
		}
		elems = append(elems, tupleElem{t: t})
		ts = append(ts, t)
	}
	if isConst {
		if spread {
			return c.in.unchecked
		}
		return c.tuple(elems, true)
	}
	if tupleCtx != nil && !spread {
		return c.tuple(elems, false)
	}
	if len(ts) == 0 {
		if ctx == nil {
			return c.in.unchecked // evolving any[]: not modelled
		}
		return c.arrayOf(c.in.never, false)
	}
	return c.arrayOf(c.union(ts...), false)
}

// constExpr types an expression under `as const`.
func (c *checker) constExpr(n syntax.Node) *Type {
	switch n := n.(type) {
	case *syntax.ParenExpr:
		return c.constExpr(n.Expr)
	case *syntax.ObjectLiteral:
		return c.objectLiteral(n, nil, true)
	case *syntax.ArrayLiteral:
		return c.arrayLiteral(n, nil, true)
	}
	return regularOf(c.expr(n, nil))
}

// functionExpr types a function expression or arrow under a contextual
// type, checking its body.
func (c *checker) functionExpr(n *syntax.Function, ctx *Type) *Type {
	return c.functionExprWithThis(n, ctx, nil)
}

func (c *checker) contextSig(ctx *Type) *signature {
	if ctx == nil {
		return nil
	}
	var sigs []*signature
	for _, m := range members(ctx) {
		if m.is(tfNullable) {
			continue
		}
		if !m.is(tfObject) {
			return nil
		}
		mm := m.obj.members()
		if len(mm.calls) != 1 {
			return nil
		}
		sigs = append(sigs, mm.calls[0])
	}
	if len(sigs) != 1 {
		return nil
	}
	return sigs[0]
}

func (c *checker) functionExprWithThis(n *syntax.Function, ctx *Type, this *Type) *Type {
	var csig *signature
	ctxUnchecked := ctx != nil && isUnchecked(ctx)
	if ctx != nil && !ctxUnchecked {
		csig = c.contextSig(ctx)
		if csig == nil {
			ctxUnchecked = true // several or no signatures: parameters stay unchecked, silently
		} else if len(csig.typeParams) > 0 {
			ctxUnchecked = true
			csig = nil
		}
	}
	sig := c.functionBody(n, &fnContext{sig: csig, unchecked: ctxUnchecked || ctx != nil && csig == nil}, this)
	if sig == nil {
		return c.in.unchecked
	}
	// Functions may get properties assigned later (expando): open.
	return c.newObject(&objectType{kind: okAnon, calls: []*signature{sig}, resolved: true, builtin: true})
}

type fnContext struct {
	sig       *signature
	unchecked bool
}

// functionBody checks a function's parameters and body and returns its
// signature. fc is the contextual signature for function expressions.
func (c *checker) functionBody(n *syntax.Function, fc *fnContext, this *Type) *signature {
	if n.Body == nil {
		return nil
	}
	fsc := c.file.scopes[n]
	if fsc == nil {
		return nil
	}
	saved := c.saveState()
	defer c.restoreState(saved)
	outerEnv := c.env
	c.scope = fsc
	c.env = c.closureEnv(n, outerEnv)
	sig := &signature{retDeclared: n.Type != nil}
	sig.typeParams = c.typeParamsFrom(n.TypeParams, fsc)
	c.fillParams(sig, n.Params, fsc)
	isExpr := n.Kind() == syntax.KindFunctionExpression || n.Kind() == syntax.KindArrowFunction || n.Kind() == syntax.KindMethodDeclaration && fc != nil
	pi := 0
	for _, p := range n.Params {
		name := identText(p.Name)
		if name == "this" {
			continue
		}
		var t *Type
		if p.Type != nil {
			t = sig.params[pi].t
		} else if fc != nil && fc.sig != nil {
			t = c.in.unchecked
			if pi < len(fc.sig.params) {
				cp := fc.sig.params[pi]
				if cp.rest && !p.DotDotDot {
					if isArray(cp.t) {
						t = arrayElem(cp.t)
					}
				} else if cp.rest == p.DotDotDot {
					t = cp.t
				}
			} else if fc.sig.hasRest {
				t = c.in.unchecked
			} else if !p.DotDotDot {
				t = c.in.unchecked
			}
			sig.params[pi].t = t
		} else if p.Init != nil {
			t = c.widenForMutable(c.expr(p.Init, nil))
			sig.params[pi].t = t
		} else {
			t = c.in.unchecked
			// Reported only where there is certainly no contextual type:
			// declarations, class members, and a function expression
			// initializing an unannotated variable. Elsewhere our
			// contextual typing may be less complete than tsc's.
			certain := !isExpr || n == c.noCtxFn
			if certain && !(isExpr && fc != nil && fc.unchecked) && c.opts.NoImplicitAny && !p.DotDotDot && n.Kind() != syntax.KindSetAccessor {
				if _, isID := p.Name.(*syntax.Identifier); isID {
					c.report(p, diag.ImplicitAnyParameter, name, "any")
				}
			}
		}
		if p.Init != nil && p.Type != nil {
			it := c.expr(p.Init, t)
			c.checkAssign(p.Init, it, t, p.Name, nil)
		}
		declT := t
		if p.Question && p.Type != nil {
			declT = c.union(t, c.in.undefined)
		}
		if p.DotDotDot && p.Type == nil && !isArray(t) {
			declT = c.in.unchecked
		}
		switch pn := p.Name.(type) {
		case *syntax.Identifier:
			if sym := fsc.syms[pn.Text]; sym != nil {
				sym.valueType = declT
			}
		case *syntax.BindingPattern:
			c.bindPattern(pn, declT, false, nil)
		}
		pi++
	}
	fnc := &fnCtx{node: n, this: this, outer: saved.fn, async: n.Modifiers.Has(syntax.ModAsync)}
	if this == nil && n.Kind() != syntax.KindArrowFunction {
		fnc.this = c.in.unchecked
	}
	if n.Type != nil {
		rt := c.returnTypeFrom(sig, n.Type, n.Params, fsc)
		sig.ret = rt
		if fnc.async {
			fnc.ret = c.promiseResult(rt)
		} else if n.Asterisk {
			fnc.ret = nil
		} else {
			fnc.ret = rt
		}
	} else if fc != nil && fc.sig != nil && !n.Asterisk {
		// contextual return type, for literals in return positions
		fnc.ret = nil
	}
	c.fn = fnc
	var ctxRet *Type
	if fc != nil && fc.sig != nil {
		ctxRet = fc.sig.ret
		if fnc.async {
			ctxRet = c.promiseResult(ctxRet)
		}
	}
	fnc.ctxRet = ctxRet
	fnc.ctxUnchecked = fc != nil && fc.unchecked
	if body, ok := n.Body.(*syntax.Block); ok {
		c.stmts(body.Statements)
		end := c.env
		if n.Type != nil && !n.Asterisk && end != nil && !end.maybeDead && fnc.hasRet {
			rt := fnc.ret
			if rt != nil && !isUnchecked(rt) && !c.containsUndefined(rt) && !rt.is(tfNever) {
				c.report(n.Type, diag.LacksEndingReturn)
			}
		}
		if n.Type == nil {
			sig.ret = c.inferredReturn(fnc, end != nil, n)
		}
	} else {
		ctxT := fnc.ret
		if ctxT == nil {
			ctxT = ctxRet
		}
		t := c.expr(n.Body, ctxT)
		if fnc.async {
			t = c.awaited(t)
		}
		if fnc.ret != nil {
			c.checkAssign(n.Body, t, fnc.ret, n.Body, nil)
		}
		if n.Type == nil {
			if ctxRet == nil || !c.literalContext(t, ctxRet) {
				t = c.widenLiteral(t)
			}
			t = c.regularObject(t)
			if fnc.async {
				t = c.promiseOf(t, false)
			}
			sig.ret = t
			if pred := c.inferPredicate(n, sig); pred != nil {
				sig.pred = pred
			}
		}
	}
	return sig
}

// promiseResult is T of an async function's declared Promise<T>.
func (c *checker) promiseResult(t *Type) *Type {
	if t.is(tfObject) && t.obj.name == "Promise" && len(t.obj.typeArgs) == 1 {
		return t.obj.typeArgs[0]
	}
	return c.in.unchecked
}

// inferredReturn is the return type of a body without annotation.
func (c *checker) inferredReturn(fnc *fnCtx, endReachable bool, n *syntax.Function) *Type {
	if n.Asterisk {
		return c.in.unchecked
	}
	ts := fnc.returns
	var t *Type
	switch {
	case len(ts) == 0 && !endReachable && n.Kind() != syntax.KindFunctionDeclaration && n.Kind() != syntax.KindMethodDeclaration:
		t = c.in.never
	case len(ts) == 0:
		t = c.in.void
	default:
		if endReachable {
			ts = append(ts, c.in.undefined)
		}
		t = c.union(ts...)
		hasValue := false
		for _, r := range fnc.returns {
			if !r.is(tfUndefined) {
				hasValue = true
			}
		}
		if !hasValue {
			t = c.in.void
		}
	}
	if fnc.ctxRet == nil || !c.literalContext(t, fnc.ctxRet) {
		t = c.widenLiteral(t)
	}
	t = c.regularObject(t)
	if fnc.async {
		return c.promiseOf(t, false)
	}
	return t
}

// inferReturn computes the return type of a declared function without
// annotation by checking its body silently.
func (c *checker) inferReturn(f *syntax.Function, this *Type) *Type {
	if f.Body == nil || f.Asterisk {
		return c.in.unchecked
	}
	if t, ok := c.retCache[f]; ok {
		return t
	}
	t := c.inferReturnUncached(f, this)
	if c.retCache == nil {
		c.retCache = map[*syntax.Function]*Type{}
	}
	c.retCache[f] = t
	return t
}

func (c *checker) inferReturnUncached(f *syntax.Function, this *Type) *Type {
	if c.inferring[f] {
		return c.in.unchecked
	}
	if c.inferring == nil {
		c.inferring = map[*syntax.Function]bool{}
	}
	c.inferring[f] = true
	defer delete(c.inferring, f)
	saved := c.saveState()
	c.silent++
	for _, fi := range c.files {
		if fi.scopes[f] != nil {
			c.file = fi
			break
		}
	}
	sig := c.functionBody(f, nil, this)
	c.restoreState(saved)
	if sig == nil {
		return c.in.unchecked
	}
	return sig.ret
}

// closureEnv is the state a function body starts from: narrowings of
// const references (and of never-reassigned parameters and lets) carry
// into function expressions and arrows; a reference reassigned after the
// function is created has its declared type; one reassigned only before
// is unchecked (tsc 5.4 keeps narrowing there in some cases).
func (c *checker) closureEnv(n *syntax.Function, outer *flow) *flow {
	env := newFlow()
	if outer == nil || n.Kind() != syntax.KindArrowFunction && n.Kind() != syntax.KindFunctionExpression && n.Kind() != syntax.KindMethodDeclaration {
		return env
	}
	if n.Kind() == syntax.KindMethodDeclaration {
		return env
	}
	for k, t := range outer.types {
		root := k
		if i := strings.IndexByte(k, '.'); i >= 0 {
			root = k[:i]
		}
		id, err := strconv.Atoi(strings.TrimPrefix(root, "#"))
		if err != nil || id <= 0 || id >= len(c.symByID) {
			continue
		}
		sym := c.symByID[id]
		switch {
		case isPathKey(k):
			// Narrowings of properties reach closures only for readonly
			// properties in tsc; we do not track which: unchecked.
			env.types[k] = c.in.unchecked
		case sym.kind&skConst != 0, sym.kind&(skParam|skLet|skVar) != 0 && len(sym.assigns) == 0:
			env.types[k] = t
			env.inherited = true
		default:
			after := false
			for _, p := range sym.assigns {
				if p > n.Pos() {
					after = true
				}
			}
			if !after {
				env.types[k] = c.in.unchecked
			}
		}
	}
	return env
}

// checkAssign reports source (the type of expression e) not assignable to
// target, at errNode, with tsc's elaboration. head is nil for TS2322 or
// TS2345 for arguments.
func (c *checker) checkAssign(e syntax.Node, source, target *Type, errNode syntax.Node, head *diag.Message) {
	if target == nil || isUnchecked(target) || isUnchecked(source) {
		return
	}
	if c.hasExcess(source, target) {
		if !c.elaborate(e, source, target) {
			c.reportExcess(source, target)
		}
		return
	}
	ok, sure := c.assignableSure(source, target)
	if ok || !sure {
		return
	}
	if c.elaborate(e, source, target) {
		return
	}
	c.reportRelation(errNode, source, target, head)
}

// reportRelation reports the head error of a failed relation: excess
// properties of a fresh object literal first, then missing properties,
// then the plain "not assignable".
func (c *checker) reportRelation(errNode syntax.Node, source, target *Type, head *diag.Message) {
	if source.is(tfObject) && source.fresh && source.obj.literal {
		if c.reportExcess(source, target) {
			return
		}
	}
	if head == nil && target.is(tfObject) && target.obj.kind != okArray && target.obj.kind != okTuple && source.is(tfObject) {
		if names, ok := c.missingProps(source, target); ok && len(names) > 0 {
			// Only when the missing properties are the whole story.
			if c.onlyMissing(source, target) {
				s, t := c.typeString(c.regularObject(source)), c.typeString(target)
				switch {
				case len(names) == 1:
					c.report(errNode, diag.PropertyMissingInType, names[0], s, t)
				case len(names) <= 4:
					c.report(errNode, diag.TypeMissingProperties, s, t, strings.Join(names, ", "))
				default:
					c.report(errNode, diag.TypeMissingPropertiesMore, s, t, strings.Join(names[:4], ", "), len(names)-4)
				}
				return
			}
		}
	}
	s := source
	if s.is(tfLiteral) && !couldHaveLiteral(target) {
		s = c.baseOfLiteral(s)
	} else if s.is(tfUnion) && !couldHaveLiteral(target) {
		s = c.widenLiteral(s)
	}
	s = regularType(c, s)
	msg := diag.TypeNotAssignable
	if head != nil {
		msg = head
	}
	c.report(errNode, msg, c.typeString(c.regularObject(s)), c.typeString(target))
}

// onlyMissing: tsc reports missing properties before comparing the
// others, so the missing-property message heads the error whenever some
// are missing.
func (c *checker) onlyMissing(source, target *Type) bool { return true }

func couldHaveLiteral(t *Type) bool {
	if t.is(tfUnion) && len(t.types) == 2 && t.types[0].value == "false" && t.types[1].value == "true" {
		return false // tsc: boolean cannot have top-level singleton types
	}
	for _, m := range members(t) {
		if m.is(tfLiteral | tfTypeParam | tfUnchecked) {
			return true
		}
		if m.is(tfIntersection) {
			for _, x := range m.types {
				if x.is(tfLiteral) {
					return true
				}
			}
		}
	}
	return false
}

// hasExcess tells, without reporting, whether a fresh object literal has
// a property its target certainly lacks.
func (c *checker) hasExcess(source, target *Type) bool {
	if !source.is(tfObject) || !source.fresh || !source.obj.literal {
		return false
	}
	c.silent++
	defer func() { c.silent-- }()
	if c.reportExcess(source, target) {
		return true
	}
	// Nested fresh literals are checked against their property's type.
	if target.is(tfUnion) {
		return false
	}
	for _, p := range source.obj.members().props {
		if p.t.is(tfObject) && p.t.fresh {
			if tp := c.ctxProp(target, p.name); tp != nil && !isUnchecked(tp) && c.hasExcess(p.t, tp) {
				return true
			}
		}
	}
	return false
}

// reportExcess is TS2353 for a fresh object literal with a property the
// target lacks; true when reported.
func (c *checker) reportExcess(source, target *Type) bool {
	if !target.is(tfObject | tfIntersection) {
		return false
	}
	var objs []*Type
	for _, m := range members(target) {
		if m.is(tfIntersection) {
			objs = append(objs, m.types...)
		} else {
			objs = append(objs, m)
		}
	}
	if target.is(tfIntersection) {
		objs = target.types
	}
	for _, o := range objs {
		if !o.is(tfObject) || o.obj.kind == okArray || o.obj.kind == okTuple {
			return false
		}
		m := o.obj.members()
		if m.builtin || m.strIndex != nil || m.numIndex != nil || isEmptyObject(o) {
			return false
		}
	}
	for _, p := range source.obj.members().props {
		found := false
		for _, o := range objs {
			if o.obj.prop(p.name) != nil {
				found = true
			}
		}
		if !found && p.decl != nil {
			c.report(p.decl, diag.ObjectLiteralKnownProps, p.name, c.typeString(target))
			return true
		}
	}
	return false
}

// elaborate reports inside an object literal, array literal or arrow
// body when one of its parts is the cause; true when it reported.
func (c *checker) elaborate(e syntax.Node, source, target *Type) bool {
	switch e := e.(type) {
	case *syntax.ParenExpr:
		return c.elaborate(e.Expr, source, target)
	case *syntax.AsExpr:
		if isConstType(e.Type) {
			return c.elaborate(e.Expr, source, target)
		}
	case *syntax.ObjectLiteral:
		if !source.is(tfObject) || target.is(tfUnion) || !target.is(tfObject|tfIntersection) {
			return false
		}
		reported := false
		for _, p := range e.Properties {
			var nameNode, init syntax.Node
			switch p := p.(type) {
			case *syntax.PropertyAssignment:
				nameNode, init = p.Name, p.Init
			case *syntax.ShorthandPropertyAssignment:
				nameNode, init = p.Name, nil
			default:
				continue
			}
			name, ok := c.propName(nameNode)
			if !ok {
				continue
			}
			sp := source.obj.prop(name)
			if sp == nil {
				continue
			}
			tp := c.ctxProp(target, name)
			if tp == nil || isUnchecked(tp) {
				continue
			}
			if tpp := c.propertyOf(target, name); tpp != nil && tpp.optional {
				tp = c.union(tp, c.in.undefined)
			}
			if ok, sure := c.assignableSure(sp.t, tp); (ok || !sure) && !c.hasExcess(sp.t, tp) {
				continue
			}
			if init != nil && c.elaborate(init, sp.t, tp) {
				reported = true
				continue
			}
			c.reportRelation(nameNode, sp.t, tp, nil)
			reported = true
		}
		return reported
	case *syntax.ArrayLiteral:
		if !isArray(source) && !isTuple(source) || !isArray(target) && !isTuple(target) {
			return false
		}
		if isTuple(target) && isTuple(source) && len(source.obj.elems) != len(target.obj.elems) {
			return false
		}
		reported := false
		for i, el := range e.Elements {
			if _, ok := el.(*syntax.SpreadElement); ok {
				return reported
			}
			var st, tt *Type
			if isTuple(source) {
				if i >= len(source.obj.elems) {
					return reported
				}
				st = source.obj.elems[i].t
			} else {
				st = c.regularObject(c.exprTypeSilent(el, target))
			}
			if isTuple(target) {
				tt = target.obj.elems[i].t
			} else {
				tt = arrayElem(target)
			}
			if ok, sure := c.assignableSure(st, tt); ok || !sure {
				continue
			}
			if c.elaborate(el, st, tt) {
				reported = true
				continue
			}
			c.reportRelation(el, st, tt, nil)
			reported = true
		}
		return reported
	case *syntax.Function:
		if e.Kind() != syntax.KindArrowFunction || e.Type != nil {
			return false
		}
		body, ok := e.Body.(syntax.Node)
		if !ok || body.Kind() == syntax.KindBlock {
			return false
		}
		tsig := c.contextSig(target)
		ssig := c.contextSig(source)
		if tsig == nil || ssig == nil || isUnchecked(tsig.ret) || tsig.ret.is(tfVoid) {
			return false
		}
		if ok, sure := c.assignableSure(ssig.ret, tsig.ret); ok || !sure {
			return false
		}
		if c.elaborate(body, ssig.ret, tsig.ret) {
			return true
		}
		c.reportRelation(body, ssig.ret, tsig.ret, nil)
		return true
	}
	return false
}

// elaborateOnly is used by `satisfies`: tsc's top-level message there
// (TS1360) is not modelled, but elaborations are the same TS2322s.
func (c *checker) elaborateOnly(e syntax.Node, source, target *Type) {
	c.elaborate(e, source, target)
}

// exprTypeSilent re-types an element for elaboration without reporting.
func (c *checker) exprTypeSilent(e syntax.Node, ctx *Type) *Type {
	saved := c.env
	c.env = c.env.clone()
	c.silent++
	var ectx *Type
	if ctx != nil && isArray(ctx) {
		ectx = arrayElem(ctx)
	}
	t := c.widenInLiteral(c.expr(e, ectx), ectx)
	c.silent--
	c.env = saved
	return t
}
