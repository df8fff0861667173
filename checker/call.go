package checker

// Calls: signature selection (overloads by arity and applicability),
// argument count and type checks, generic inference for the common cases
// (type parameters inferred from arguments, context-sensitive callbacks
// typed after the other arguments), and type predicates inferred from
// arrow functions (`x => x !== undefined`), as TypeScript 5.5 does.

import (
	"strconv"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

func (c *checker) recordCall(n syntax.Node, sig *signature, known bool) {
	if c.lastCallSig == nil {
		c.lastCallSig = map[syntax.Node]*signature{}
		c.lastCallKnown = map[syntax.Node]bool{}
	}
	c.lastCallSig[n] = sig
	c.lastCallKnown[n] = known
}

func (c *checker) argsUnchecked(args []syntax.Node) {
	for _, a := range args {
		c.expr(a, c.in.unchecked)
	}
}

func (c *checker) call(n *syntax.Call, ctx *Type) *Type {
	if kw, ok := n.Expr.(*syntax.KeywordExpr); ok && (kw.Kind() == syntax.KindImportKeyword || kw.Kind() == syntax.KindSuperKeyword) {
		c.argsUnchecked(n.Args)
		c.recordCall(n, nil, kw.Kind() == syntax.KindSuperKeyword)
		return c.in.unchecked
	}
	var calleeCtx *Type
	if _, ok := unparen(n.Expr).(*syntax.Function); ok {
		calleeCtx = c.in.unchecked // an IIFE's parameters are typed by its arguments
	}
	calleeT := c.expr(n.Expr, calleeCtx)
	if n.QuestionDot {
		calleeT = c.removeNullable(calleeT)
	} else if !isOptionalChain(n.Expr) {
		calleeT = c.reportNullable(n.Expr, calleeT, true)
	} else {
		calleeT = c.removeNullable(calleeT)
	}
	if isUnchecked(calleeT) || calleeT.is(tfAny|tfNever) || calleeT.is(tfUnion|tfIntersection|tfTypeParam|tfUnknown) {
		c.argsUnchecked(n.Args)
		c.recordCall(n, nil, false)
		return c.in.unchecked
	}
	errNode := n.Expr
	if pa, ok := n.Expr.(*syntax.PropertyAccess); ok {
		errNode = pa.Name
	}
	if !calleeT.is(tfObject) {
		if calleeT.is(tfPrimitive) && !calleeT.is(tfNullable) {
			c.report(errNode, diag.NotCallable)
		}
		c.argsUnchecked(n.Args)
		c.recordCall(n, nil, true)
		return c.in.unchecked
	}
	m := calleeT.obj.members()
	if len(m.calls) == 0 {
		if !m.builtin && len(m.ctors) == 0 && calleeT.obj.kind != okArray && calleeT.obj.kind != okTuple {
			c.report(errNode, diag.NotCallable)
		}
		c.argsUnchecked(n.Args)
		c.recordCall(n, nil, !m.builtin)
		return c.in.unchecked
	}
	sig, ret := c.resolve(m.calls, n.Args, n.TypeArgs, errNode, n)
	c.recordCall(n, sig, sig != nil)
	if n.QuestionDot || isOptionalChain(n.Expr) {
		if !ret.is(tfUnchecked) {
			ret = c.union(ret, c.in.undefined)
		}
	}
	return ret
}

func isOptionalChain(n syntax.Node) bool {
	switch n := n.(type) {
	case *syntax.PropertyAccess:
		return n.QuestionDot || isOptionalChain(n.Expr)
	case *syntax.ElementAccess:
		return n.QuestionDot || isOptionalChain(n.Expr)
	case *syntax.Call:
		return n.QuestionDot || isOptionalChain(n.Expr)
	}
	return false
}

func (c *checker) newExpr(n *syntax.New) *Type {
	ct := c.expr(n.Expr, nil)
	if isUnchecked(ct) || !ct.is(tfObject) {
		c.argsUnchecked(n.Args)
		return c.in.unchecked
	}
	m := ct.obj.members()
	if len(m.ctors) == 0 {
		c.argsUnchecked(n.Args)
		return c.in.unchecked
	}
	_, ret := c.resolve(m.ctors, n.Args, n.TypeArgs, n, n)
	return ret
}

// resolve picks a signature and checks the arguments against it. It
// returns the chosen (instantiated) signature, or nil when none could be
// chosen with certainty, and the call's type.
func (c *checker) resolve(sigs []*signature, args []syntax.Node, typeArgs []syntax.Node, errNode syntax.Node, call syntax.Node) (*signature, *Type) {
	for _, a := range args {
		if a.Kind() == syntax.KindSpreadElement {
			c.argsUnchecked(args)
			return nil, c.in.unchecked
		}
	}
	var cands []*signature
	for _, s := range sigs {
		if c.arityOK(s, len(args)) {
			cands = append(cands, s)
		}
	}
	if len(cands) == 0 {
		if len(sigs) == 1 && !sigs[0].lib {
			c.reportArity(sigs[0], args, errNode)
		}
		c.argsUnchecked(args)
		return nil, c.in.unchecked
	}
	chosen := cands[0]
	if len(cands) > 1 {
		chosen = nil
		for _, s := range cands {
			if c.applicable(s, args, typeArgs) {
				chosen = s
				break
			}
		}
		if chosen == nil {
			c.argsUnchecked(args)
			return nil, c.in.unchecked
		}
	}
	return c.checkCall(chosen, args, typeArgs, len(sigs) > 1 || chosen.lib)
}

// minArgs is the signature's required count, with trailing parameters
// that accept void optional (tsc lets `next()` omit a void argument).
func (c *checker) minArgs(s *signature) int {
	m := s.minArgs
	for m > 0 {
		t := s.params[m-1].t
		if !(t.is(tfVoid|tfAny|tfUnknown|tfUnchecked|tfTypeParam) || c.containsUndefined(t) && t.is(tfUnion)) {
			break
		}
		m--
	}
	return m
}

func (c *checker) arityOK(s *signature, n int) bool {
	if n < c.minArgs(s) {
		return false
	}
	return s.hasRest || n <= len(s.params)
}

func (c *checker) reportArity(s *signature, args []syntax.Node, errNode syntax.Node) {
	n := len(args)
	max := len(s.params)
	if n < c.minArgs(s) && c.minArgs(s) != s.minArgs {
		return
	}
	if s.hasRest {
		if n < s.minArgs {
			c.report(errNode, diag.ExpectedAtLeastArguments, s.minArgs, n)
		}
		return
	}
	expected := strconv.Itoa(s.minArgs)
	if s.minArgs != max {
		expected += "-" + strconv.Itoa(max)
	}
	if n > max {
		c.reportAt(args[max].Pos(), args[len(args)-1].End(), diag.ExpectedArguments, expected, n)
		return
	}
	c.report(errNode, diag.ExpectedArguments, expected, n)
}

// applicable tells, without reporting, whether args fit s (used to choose
// among overloads).
func (c *checker) applicable(s *signature, args []syntax.Node, typeArgs []syntax.Node) bool {
	// Trying overloads re-types the arguments; nested overloaded calls
	// would multiply that work, so deeper ones are left unchecked.
	if c.overloadDepth > 1 {
		return false
	}
	c.overloadDepth++
	defer func() { c.overloadDepth-- }()
	saved := c.saveState()
	c.env = c.env.clone()
	c.silent++
	defer c.restoreState(saved)
	inst, argTypes := c.inferCall(s, args, typeArgs)
	if inst == nil {
		return false
	}
	for i, a := range args {
		pt := c.paramType(inst, i)
		if pt == nil {
			return false
		}
		// A predicate parameter needs a predicate argument.
		if psig := c.contextSig(pt); psig != nil && psig.pred != nil {
			at := argTypes[i]
			asig := c.contextSig(at)
			if asig == nil || asig.pred == nil {
				return false
			}
			continue
		}
		if ok, sure := c.assignableSure(argTypes[i], pt); !ok || !sure {
			return false
		}
		_ = a
	}
	return true
}

func (c *checker) paramType(s *signature, i int) *Type {
	if i < len(s.params) {
		p := s.params[i]
		if p.rest {
			if isArray(p.t) {
				return arrayElem(p.t)
			}
			return c.in.unchecked
		}
		if p.optional {
			return c.union(p.t, c.in.undefined)
		}
		return p.t
	}
	if s.hasRest && len(s.params) > 0 {
		last := s.params[len(s.params)-1]
		if isArray(last.t) {
			return arrayElem(last.t)
		}
		return c.in.unchecked
	}
	return nil
}

// checkCall types the arguments against s (inferring type arguments) and
// reports mismatches. quiet suppresses argument errors (overloads and our
// compact lib signatures: tsc's message there is TS2769 or depends on
// declarations we do not have).
func (c *checker) checkCall(s *signature, args []syntax.Node, typeArgs []syntax.Node, quiet bool) (*signature, *Type) {
	inst, argTypes := c.inferCall(s, args, typeArgs)
	if inst == nil {
		return nil, c.in.unchecked
	}
	for i, a := range args {
		pt := c.paramType(inst, i)
		if pt == nil || quiet {
			continue
		}
		c.checkAssign(a, argTypes[i], pt, a, diag.ArgumentNotAssignable)
	}
	return inst, inst.ret
}

// isContextSensitive: a function expression with an unannotated parameter
// (or an object literal holding one) is typed after inference from the
// other arguments.
func isContextSensitive(n syntax.Node) bool {
	switch n := n.(type) {
	case *syntax.ParenExpr:
		return isContextSensitive(n.Expr)
	case *syntax.Function:
		if n.Kind() != syntax.KindArrowFunction && n.Kind() != syntax.KindFunctionExpression && n.Kind() != syntax.KindMethodDeclaration {
			return false
		}
		for _, p := range n.Params {
			if p.Type == nil {
				return true
			}
		}
	case *syntax.ObjectLiteral:
		for _, p := range n.Properties {
			switch p := p.(type) {
			case *syntax.PropertyAssignment:
				if isContextSensitive(p.Init) {
					return true
				}
			case *syntax.Function:
				if isContextSensitive(p) {
					return true
				}
			}
		}
	}
	return false
}

// inferCall infers s's type parameters from args and returns the
// instantiated signature and the argument types. Unresolved type
// parameters become unchecked.
func (c *checker) inferCall(s *signature, args []syntax.Node, typeArgs []syntax.Node) (*signature, []*Type) {
	argTypes := make([]*Type, len(args))
	if len(s.typeParams) == 0 {
		for i, a := range args {
			argTypes[i] = c.expr(a, c.paramType(s, i))
		}
		return s, argTypes
	}
	m := map[*Type]*Type{}
	if len(typeArgs) > 0 {
		if len(typeArgs) != len(s.typeParams) {
			c.argsUnchecked(args)
			return nil, nil
		}
		for i, ta := range typeArgs {
			m[s.typeParams[i]] = c.typeFrom(ta, c.scope)
		}
		inst := c.instantiateSig(s, m)
		inst.typeParams = nil
		for i, a := range args {
			argTypes[i] = c.expr(a, c.paramType(inst, i))
		}
		return inst, argTypes
	}
	cands := map[*Type][]*Type{}
	infer := func(src, target *Type) { c.inferFrom(src, target, cands, s.typeParams, 0) }
	// Pass 1: arguments that are not context sensitive.
	for i, a := range args {
		if isContextSensitive(a) {
			continue
		}
		pt := c.paramType(s, i)
		argTypes[i] = c.expr(a, pt)
		if pt != nil {
			infer(argTypes[i], pt)
		}
	}
	// Pass 2: callbacks, with what is known so far.
	for i, a := range args {
		if !isContextSensitive(a) {
			continue
		}
		cur := c.fixInferences(s, cands)
		pt := c.paramType(s, i)
		var ctx *Type
		if pt != nil {
			ctx = c.instantiateLoose(pt, cur, s.typeParams)
		}
		argTypes[i] = c.expr(a, ctx)
		if pt != nil {
			infer(argTypes[i], pt)
		}
	}
	final := c.fixInferences(s, cands)
	for _, tp := range s.typeParams {
		if _, ok := final[tp]; !ok {
			final[tp] = c.in.unchecked
		}
	}
	inst := c.instantiateSig(s, final)
	inst.typeParams = nil
	// Constraint check: an argument violating its type parameter's
	// constraint is reported against the constraint, as tsc does.
	for _, tp := range s.typeParams {
		if tp.constraint != nil && !isUnchecked(final[tp]) {
			if ok, sure := c.assignableSure(final[tp], c.instantiate(tp.constraint, final)); !ok && sure {
				m2 := map[*Type]*Type{tp: c.instantiate(tp.constraint, final)}
				inst = c.instantiateSig(s, mergeMaps(final, m2))
				inst.typeParams = nil
			}
		}
	}
	return inst, argTypes
}

func mergeMaps(a, b map[*Type]*Type) map[*Type]*Type {
	out := map[*Type]*Type{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

// instantiateLoose substitutes what is known; unknown type parameters
// become unchecked (so callbacks see no false types).
func (c *checker) instantiateLoose(t *Type, known map[*Type]*Type, tps []*Type) *Type {
	m := map[*Type]*Type{}
	for _, tp := range tps {
		if v, ok := known[tp]; ok {
			m[tp] = v
		} else {
			m[tp] = c.in.unchecked
		}
	}
	return c.instantiate(t, m)
}

// fixInferences turns candidates into type arguments: identical
// candidates (after widening) or one supertype of all; otherwise the
// parameter stays unresolved.
func (c *checker) fixInferences(s *signature, cands map[*Type][]*Type) map[*Type]*Type {
	out := map[*Type]*Type{}
	for _, tp := range s.typeParams {
		cs := cands[tp]
		if len(cs) == 0 {
			continue
		}
		widen := tp.constraint == nil || !tp.constraint.is(tfString|tfNumber|tfBoolLit|tfLiteral|tfUnion)
		var ws []*Type
		for _, x := range cs {
			if isUnchecked(x) {
				ws = nil
				break
			}
			if widen {
				x = c.widenLiteral(x)
			}
			ws = append(ws, c.regularObject(regularType(c, x)))
		}
		if len(ws) == 0 {
			out[tp] = c.in.unchecked
			continue
		}
		var best *Type
		for _, x := range ws {
			all := true
			for _, y := range ws {
				if ok, sure := c.assignableSure(y, x); !ok || !sure {
					all = false
					break
				}
			}
			if all {
				best = x
				break
			}
		}
		if best == nil {
			out[tp] = c.in.unchecked
			continue
		}
		out[tp] = best
	}
	return out
}

// inferFrom collects candidates for type parameters from src against target.
func (c *checker) inferFrom(src, target *Type, cands map[*Type][]*Type, tps []*Type, depth int) {
	if depth > 8 || src == nil || target == nil {
		return
	}
	if target.is(tfTypeParam) {
		for _, tp := range tps {
			if tp == target {
				cands[tp] = append(cands[tp], src)
				return
			}
		}
		return
	}
	if isUnchecked(src) {
		// Mark every parameter in target as unknown.
		c.markUnchecked(target, cands, tps, 0)
		return
	}
	switch {
	case target.is(tfUnion):
		var tpMember *Type
		var others []*Type
		for _, m := range target.types {
			if c.mentions(m, tps) {
				if tpMember != nil {
					c.markUnchecked(target, cands, tps, 0)
					return
				}
				tpMember = m
			} else {
				others = append(others, m)
			}
		}
		if tpMember == nil {
			return
		}
		rest := c.filter(src, func(s *Type) bool {
			for _, o := range others {
				if ok, _ := c.assignableSure(s, o); ok {
					return false
				}
			}
			return true
		})
		if !rest.is(tfNever) {
			c.inferFrom(rest, tpMember, cands, tps, depth+1)
		}
	case target.is(tfObject) && src.is(tfObject):
		to, so := target.obj, src.obj
		switch {
		case to.kind == okArray && (so.kind == okArray):
			c.inferFrom(arrayElem(src), arrayElem(target), cands, tps, depth+1)
		case to.kind == okArray && so.kind == okTuple:
			for _, e := range so.elems {
				c.inferFrom(e.t, arrayElem(target), cands, tps, depth+1)
			}
		case to.generic != nil && to.generic == so.generic:
			for i := range to.typeArgs {
				if i < len(so.typeArgs) {
					c.inferFrom(so.typeArgs[i], to.typeArgs[i], cands, tps, depth+1)
				}
			}
		case to.kind == okAnon:
			tm := to.members()
			for _, tp := range tm.props {
				if sp := c.propertyOf(src, tp.name); sp != nil {
					c.inferFrom(sp.t, tp.t, cands, tps, depth+1)
				}
			}
			if len(tm.calls) == 1 {
				sm := so.members()
				if len(sm.calls) == 1 {
					ts, ss := tm.calls[0], sm.calls[0]
					for i := range ts.params {
						if i < len(ss.params) {
							c.inferFrom(ts.params[i].t, ss.params[i].t, cands, tps, depth+1)
						}
					}
					if ts.pred != nil && ss.pred != nil && ts.pred.t != nil && ss.pred.t != nil {
						c.inferFrom(ss.pred.t, ts.pred.t, cands, tps, depth+1)
					}
					c.inferFrom(ss.ret, ts.ret, cands, tps, depth+1)
				}
			}
		default:
			c.markUnchecked(target, cands, tps, 0)
		}
	case c.mentions(target, tps):
		c.markUnchecked(target, cands, tps, 0)
	}
}

func (c *checker) markUnchecked(t *Type, cands map[*Type][]*Type, tps []*Type, depth int) {
	for _, tp := range tps {
		if c.mentionsOne(t, tp, 0) {
			cands[tp] = append(cands[tp], c.in.unchecked)
		}
	}
}

func (c *checker) mentions(t *Type, tps []*Type) bool {
	for _, tp := range tps {
		if c.mentionsOne(t, tp, 0) {
			return true
		}
	}
	return false
}

func (c *checker) mentionsOne(t, tp *Type, depth int) bool {
	if depth > 6 || t == nil {
		return false
	}
	if t == tp {
		return true
	}
	switch {
	case t.is(tfUnion | tfIntersection):
		for _, m := range t.types {
			if c.mentionsOne(m, tp, depth+1) {
				return true
			}
		}
	case t.is(tfObject):
		o := t.obj
		for _, a := range o.typeArgs {
			if c.mentionsOne(a, tp, depth+1) {
				return true
			}
		}
		if o.kind == okTuple {
			for _, e := range o.elems {
				if c.mentionsOne(e.t, tp, depth+1) {
					return true
				}
			}
		}
		if o.kind == okAnon {
			m := o.members()
			for _, p := range m.props {
				if c.mentionsOne(p.t, tp, depth+1) {
					return true
				}
			}
			for _, s := range m.calls {
				for _, p := range s.params {
					if c.mentionsOne(p.t, tp, depth+1) {
						return true
					}
				}
				if c.mentionsOne(s.ret, tp, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// inferPredicate is TypeScript 5.5's inferred type predicate for an
// arrow function with one parameter and an expression body: if the body
// being true narrows the parameter to T, and being false leaves nothing
// of T, the arrow is `(x) => x is T`.
func (c *checker) inferPredicate(n *syntax.Function, sig *signature) *predicate {
	if len(n.Params) != 1 || sig.ret != c.in.boolean || len(sig.params) != 1 {
		return nil
	}
	id, ok := n.Params[0].Name.(*syntax.Identifier)
	if !ok || n.Body == nil || n.Body.Kind() == syntax.KindBlock {
		return nil
	}
	declared := sig.params[0].t
	if isUnchecked(declared) {
		return nil
	}
	fsc := c.file.scopes[n]
	if fsc == nil {
		return nil
	}
	sym := fsc.syms[id.Text]
	if sym == nil || len(sym.assigns) > 0 {
		return nil
	}
	saved := c.saveState()
	defer c.restoreState(saved)
	c.silent++
	c.scope = fsc
	c.env = newFlow()
	c.fn = &fnCtx{node: n, outer: saved.fn}
	key := keyOfSym(c.symID(sym))
	t, _ := c.cond(n.Body)
	if t == nil {
		return nil
	}
	trueType, ok := t.types[key]
	if !ok || trueType == declared || isUnchecked(trueType) {
		return nil
	}
	c.env = newFlow()
	c.env.types[key] = trueType
	_, f := c.cond(n.Body)
	if f != nil {
		ft, ok := f.types[key]
		if !ok {
			ft = trueType
		}
		if isUnchecked(ft) || !ft.is(tfNever) {
			return nil
		}
	}
	return &predicate{index: 0, t: trueType}
}
