package checker

// Narrowing by conditions: truthiness, ===/!==/==/!= against literals,
// null and undefined, typeof, instanceof, `in`, Array.isArray, user type
// guards, and discriminant properties (narrowing `s` by `s.kind === 'a'`,
// also through `const { kind } = s` and `s?.kind`). Each narrowing maps
// the current type of a reference to a new one; when any step is not
// certain the result is unchecked, never a guess.

import (
	"github.com/tsrun-dev/tsrun/syntax"
)

// cond checks a condition and returns the states when it is true and false.
func (c *checker) cond(n syntax.Node) (*flow, *flow) {
	c.expr(n, nil)
	return c.condNoCheck(n)
}

// condNoCheck computes the narrowed states of an already checked condition.
func (c *checker) condNoCheck(n syntax.Node) (*flow, *flow) {
	env := c.env
	if env == nil {
		return nil, nil
	}
	c.silent++
	defer func() { c.silent--; c.env = env }()
	return c.narrowCond(env, n)
}

func (c *checker) narrowCond(env *flow, n syntax.Node) (*flow, *flow) {
	if env == nil {
		return nil, nil
	}
	switch n := n.(type) {
	case *syntax.ParenExpr:
		return c.narrowCond(env, n.Expr)
	case *syntax.PrefixUnary:
		if n.Op == syntax.TExclamation {
			t, f := c.narrowCond(env, n.Operand)
			return f, t
		}
	case *syntax.KeywordExpr:
		switch n.Kind() {
		case syntax.KindTrueKeyword:
			return env, nil
		case syntax.KindFalseKeyword:
			return nil, env
		}
	case *syntax.Binary:
		switch n.Op {
		case syntax.TAmpersandAmpersand:
			ta, fa := c.narrowCond(env, n.Left)
			tb, fb := c.narrowCond(ta, n.Right)
			return tb, c.merge(fa, fb)
		case syntax.TBarBar:
			ta, fa := c.narrowCond(env, n.Left)
			tb, fb := c.narrowCond(fa, n.Right)
			return c.merge(ta, tb), fb
		case syntax.TEqualsEqualsEquals, syntax.TExclamationEqualsEquals, syntax.TEqualsEquals, syntax.TExclamationEquals:
			positive := n.Op == syntax.TEqualsEqualsEquals || n.Op == syntax.TEqualsEquals
			op := n.Op
			if op == syntax.TExclamationEqualsEquals {
				op = syntax.TEqualsEqualsEquals
			} else if op == syntax.TExclamationEquals {
				op = syntax.TEqualsEquals
			}
			t := c.narrowEquality(env, n.Left, n.Right, op, true)
			f := c.narrowEquality(env, n.Left, n.Right, op, false)
			if positive {
				return t, f
			}
			return f, t
		case syntax.TInstanceof:
			return c.narrowInstanceof(env, n.Left, n.Right, true), c.narrowInstanceof(env, n.Left, n.Right, false)
		case syntax.TIn:
			if s, ok := n.Left.(*syntax.StringLiteral); ok {
				return c.narrowIn(env, s.Text, n.Right, true), c.narrowIn(env, s.Text, n.Right, false)
			}
			return env, env
		case syntax.TEquals:
			// if (x = f()): the assignment already ran; narrow x by truthiness.
			return c.narrowTruthy(env, n.Left, true), c.narrowTruthy(env, n.Left, false)
		}
		return env, env
	case *syntax.Call:
		return c.narrowCall(env, n)
	case *syntax.Identifier, *syntax.PropertyAccess, *syntax.ElementAccess:
		return c.narrowTruthy(env, n, true), c.narrowTruthy(env, n, false)
	}
	return env, env
}

// refType is the current type of a reference in env.
func (c *checker) refType(env *flow, n syntax.Node) *Type {
	saved := c.env
	c.env = env
	c.silent++
	t := c.expr(n, nil)
	c.silent--
	c.env = saved
	return t
}

// narrowRef applies f to the type of reference n, and through a property
// access to the union holding it (discriminants).
func (c *checker) narrowRef(env *flow, n syntax.Node, f func(*Type) *Type) (out *flow) {
	if env == nil {
		return nil
	}
	for {
		p, ok := n.(*syntax.ParenExpr)
		if !ok {
			break
		}
		n = p.Expr
	}
	key, ok := c.refKey(n)
	if !ok {
		return env
	}
	cur := c.refType(env, n)
	nt := c.in.unchecked
	if !isUnchecked(cur) {
		nt = f(cur)
	}
	out = env.clone()
	out.types[key] = nt
	c.dropPaths2(out, key)
	// Discriminant: x.p narrows x.
	var obj syntax.Node
	var pname string
	switch r := n.(type) {
	case *syntax.PropertyAccess:
		obj, pname = r.Expr, nameText(r.Name)
	case *syntax.ElementAccess:
		if s, ok := r.Index.(*syntax.StringLiteral); ok {
			obj, pname = r.Expr, s.Text
		}
	case *syntax.Identifier:
		if sym := c.scope.lookup(r.Text); sym != nil && sym.destructFrom != "" && sym.destructNode != nil {
			obj, pname = sym.destructNode, sym.destructProp
		}
	}
	if obj != nil {
		defer func() {
			// The narrowing of the reference itself survives the
			// narrowing of its object (which drops paths below it).
			out.types[key] = nt
		}()
		out = c.narrowDiscriminant(out, obj, pname, f)
		// x?.p narrowed to something without undefined: x is not nullish.
		if isOptionalChain(n) {
			if isUnchecked(nt) {
				out = c.narrowRef(out, obj, func(t *Type) *Type { return c.in.unchecked })
			} else if !c.containsUndefined(nt) {
				out = c.narrowRef(out, obj, func(t *Type) *Type { return c.removeNullable(t) })
			}
		}
	}
	return out
}

func (c *checker) dropPaths2(env *flow, key string) {
	saved := c.env
	c.env = env
	c.dropPaths(key)
	c.env = saved
}

// narrowDiscriminant keeps the members of obj's union whose property p,
// narrowed by f, is not never.
func (c *checker) narrowDiscriminant(env *flow, obj syntax.Node, p string, f func(*Type) *Type) *flow {
	objKey, ok := c.refKey(obj)
	if !ok {
		return env
	}
	cur := c.refType(env, obj)
	if isUnchecked(cur) || !cur.is(tfUnion) {
		return env
	}
	giveUp := func() *flow {
		// tsc may narrow the union by this property in ways we do not
		// model: the union is unchecked from here.
		out := env.clone()
		out.types[objKey] = c.in.unchecked
		return out
	}
	for _, m := range cur.types {
		if m.is(tfNullable) {
			continue
		}
		if !m.is(tfObject) {
			return giveUp()
		}
		pr := m.obj.prop(p)
		if pr == nil || !isUnitUnion(pr.t) {
			return giveUp()
		}
	}
	gaveUp := false
	nt := c.filter(cur, func(m *Type) bool {
		var pt *Type
		if m.is(tfNullable) {
			pt = c.in.undefined // m?.p is undefined
		} else {
			pr := m.obj.prop(p)
			pt = pr.t
			if pr.optional {
				pt = c.union(pt, c.in.undefined)
			}
		}
		r := f(pt)
		if isUnchecked(r) {
			gaveUp = true
		}
		return isUnchecked(r) || !r.is(tfNever)
	})
	if gaveUp {
		nt = c.in.unchecked
	}
	out := env.clone()
	out.types[objKey] = nt
	return out
}

// isUnitUnion: a type made of literals, null and undefined only (what
// tsc accepts as a discriminant).
func isUnitUnion(t *Type) bool {
	for _, m := range members(t) {
		if !m.is(tfLiteral | tfNull | tfUndefined) {
			return false
		}
	}
	return true
}

func (c *checker) narrowTruthy(env *flow, n syntax.Node, assume bool) *flow {
	return c.narrowRef(env, n, func(t *Type) *Type {
		if t.is(tfUnknown | tfAny | tfTypeParam) {
			return c.in.unchecked
		}
		for _, m := range members(t) {
			if m.is(tfTypeParam | tfIntersection | tfUnknown | tfAny) {
				return c.in.unchecked
			}
		}
		if assume {
			return c.filter(t, func(m *Type) bool { return !definitelyFalsy(m) })
		}
		return c.filter(t, func(m *Type) bool { return !definitelyTruthy(m) })
	})
}

// narrowEquality narrows by `left op right` being assume (op is === or ==).
func (c *checker) narrowEquality(env *flow, left, right syntax.Node, op syntax.Token, assume bool) *flow {
	if env == nil {
		return nil
	}
	if tl, ok := unparen(left).(*syntax.PrefixUnary); ok && tl.Op == syntax.TTypeof {
		if s, ok := unparen(right).(*syntax.StringLiteral); ok {
			return c.narrowTypeof(env, tl.Operand, s.Text, assume)
		}
		return env
	}
	if tr, ok := unparen(right).(*syntax.PrefixUnary); ok && tr.Op == syntax.TTypeof {
		if s, ok := unparen(left).(*syntax.StringLiteral); ok {
			return c.narrowTypeof(env, tr.Operand, s.Text, assume)
		}
		return env
	}
	if _, ok := c.refKey(unparen(left)); ok {
		vt := c.refType(env, right)
		env = c.narrowByValue(env, left, vt, op, assume)
	}
	if _, ok := c.refKey(unparen(right)); ok {
		vt := c.refType(env, left)
		env = c.narrowByValue(env, right, vt, op, assume)
	}
	return env
}

func unparen(n syntax.Node) syntax.Node {
	for {
		p, ok := n.(*syntax.ParenExpr)
		if !ok {
			return n
		}
		n = p.Expr
	}
}

func (c *checker) narrowByValue(env *flow, ref syntax.Node, vt *Type, op syntax.Token, assume bool) *flow {
	if isUnchecked(vt) {
		return c.narrowRef(env, ref, func(*Type) *Type { return c.in.unchecked })
	}
	vt = regularType(c, vt)
	loose := op == syntax.TEqualsEquals
	if loose && !allOf(vt, tfNull|tfUndefined) {
		return env
	}
	if !isUnitUnion(vt) {
		return env
	}
	return c.narrowRef(env, ref, func(t *Type) *Type {
		if t.is(tfAny) {
			return t
		}
		if t.is(tfUnknown) {
			if assume && !loose && !vt.is(tfUnion) {
				return vt
			}
			return c.in.unchecked
		}
		for _, m := range members(t) {
			if m.is(tfTypeParam | tfIntersection | tfAny | tfUnknown) {
				return c.in.unchecked
			}
		}
		matches := func(m *Type) bool {
			for _, v := range members(vt) {
				if loose && v.is(tfNull|tfUndefined) && m.is(tfNull|tfUndefined|tfVoid) {
					return true
				}
				if regularOf(m) == v || m.is(tfVoid) && v.is(tfUndefined) {
					return true
				}
			}
			return false
		}
		if assume {
			var out []*Type
			for _, m := range members(t) {
				switch {
				case matches(m):
					out = append(out, regularOf(m))
				case m.is(tfString|tfNumber|tfBigInt) || m.is(tfObject|tfNonPrimitive) && false:
					for _, v := range members(vt) {
						if v.is(tfStringLit) && m.is(tfString) || v.is(tfNumberLit) && m.is(tfNumber) || v.is(tfBigIntLit) && m.is(tfBigInt) {
							out = append(out, v)
						}
					}
				}
			}
			return c.union(out...)
		}
		// false branch: only a single unit value can be removed
		if vt.is(tfUnion) && !loose {
			return t
		}
		return c.filter(t, func(m *Type) bool { return !matches(m) })
	})
}

func typeofMatches(m *Type, tag string) (match bool, known bool) {
	switch {
	case m.is(tfStringLike):
		return tag == "string", true
	case m.is(tfNumberLike):
		return tag == "number", true
	case m.is(tfBigInt | tfBigIntLit):
		return tag == "bigint", true
	case m.is(tfBoolLit):
		return tag == "boolean", true
	case m.is(tfSymbol | tfUniqueSymbol):
		return tag == "symbol", true
	case m.is(tfUndefined | tfVoid):
		return tag == "undefined", true
	case m.is(tfNull):
		return tag == "object", true
	case m.is(tfObject):
		if len(m.obj.members().calls) > 0 || len(m.obj.ctors) > 0 {
			return tag == "function", true
		}
		if m.obj.builtin && m.obj.kind == okInterface && !m.obj.isClass {
			return false, false
		}
		return tag == "object", true
	}
	return false, false
}

func (c *checker) narrowTypeof(env *flow, ref syntax.Node, tag string, assume bool) *flow {
	return c.narrowRef(env, ref, func(t *Type) *Type {
		if t.is(tfAny) {
			return t
		}
		if t.is(tfUnknown) {
			if !assume {
				return t
			}
			switch tag {
			case "string":
				return c.in.str
			case "number":
				return c.in.num
			case "boolean":
				return c.in.boolean
			case "bigint":
				return c.in.bigint
			case "symbol":
				return c.in.symbol
			case "undefined":
				return c.in.undefined
			}
			return c.in.unchecked
		}
		var out []*Type
		for _, m := range members(t) {
			match, known := typeofMatches(m, tag)
			if !known {
				return c.in.unchecked
			}
			if match == assume {
				out = append(out, m)
			}
		}
		return c.union(out...)
	})
}

// instanceType is the instance type of a constructor value, or nil.
func (c *checker) instanceType(ctor *Type) *Type {
	if isUnchecked(ctor) || !ctor.is(tfObject) {
		return nil
	}
	m := ctor.obj.members()
	if len(m.ctors) == 0 {
		return nil
	}
	r := m.ctors[0].ret
	for _, s := range m.ctors[1:] {
		if s.ret != r {
			return nil
		}
	}
	if len(m.ctors[0].typeParams) > 0 || isUnchecked(r) {
		return nil
	}
	return r
}

func (c *checker) narrowInstanceof(env *flow, left, right syntax.Node, assume bool) *flow {
	ct := c.refType(env, right)
	inst := c.instanceType(ct)
	return c.narrowRef(env, left, func(t *Type) *Type {
		if inst == nil {
			return c.in.unchecked
		}
		return c.narrowToType(t, inst, assume)
	})
}

// narrowToType is the narrowing of t by "is a target" (guards and
// instanceof): members that are targets stay; if none, the target itself.
func (c *checker) narrowToType(t, target *Type, assume bool) *Type {
	if t.is(tfAny) {
		if assume {
			return target
		}
		return t
	}
	if t.is(tfUnknown) {
		if assume {
			return target
		}
		return t
	}
	var kept, rest []*Type
	for _, m := range members(t) {
		if m.is(tfTypeParam | tfIntersection) {
			return c.in.unchecked
		}
		ok, sure := c.assignableSure(m, target)
		if !sure {
			return c.in.unchecked
		}
		if ok {
			kept = append(kept, m)
		} else {
			rest = append(rest, m)
		}
	}
	if !assume {
		return c.union(rest...)
	}
	if len(kept) > 0 {
		return c.union(kept...)
	}
	// No member is a target: tsc intersects or picks target subtypes.
	for _, m := range members(t) {
		if ok, sure := c.assignableSure(target, m); ok && sure {
			return target
		}
	}
	return c.in.unchecked
}

func (c *checker) narrowIn(env *flow, name string, obj syntax.Node, assume bool) *flow {
	return c.narrowRef(env, obj, func(t *Type) *Type {
		var out []*Type
		for _, m := range members(t) {
			if !m.is(tfObject) {
				return c.in.unchecked
			}
			mm := m.obj.members()
			p := mm.propIdx[name]
			switch {
			case p != nil && !p.optional:
				if assume {
					out = append(out, m)
				}
			case p != nil:
				out = append(out, m)
			case mm.builtin || mm.strIndex != nil || len(mm.calls) > 0:
				return c.in.unchecked
			default:
				if !assume {
					out = append(out, m)
				}
			}
		}
		return c.union(out...)
	})
}

func (c *checker) narrowCall(env *flow, n *syntax.Call) (*flow, *flow) {
	// Array.isArray(x)
	if pa, ok := n.Expr.(*syntax.PropertyAccess); ok && identText(pa.Expr) == "Array" && nameText(pa.Name) == "isArray" && len(n.Args) == 1 {
		if sym := c.scope.lookup("Array"); sym != nil && sym.kind&skBuiltin != 0 {
			f := func(assume bool) func(*Type) *Type {
				return func(t *Type) *Type {
					if t.is(tfAny | tfUnknown) {
						return c.in.unchecked
					}
					var out []*Type
					for _, m := range members(t) {
						isArr := isArray(m) || isTuple(m)
						if !isArr && m.is(tfObject) && (m.obj.builtin || m.obj.kind == okInterface) {
							return c.in.unchecked
						}
						if m.is(tfTypeParam | tfIntersection) {
							return c.in.unchecked
						}
						if isArr == assume {
							out = append(out, m)
						}
					}
					return c.union(out...)
				}
			}
			return c.narrowRef(env, n.Args[0], f(true)), c.narrowRef(env, n.Args[0], f(false))
		}
	}
	sig := c.lastCallSig[n]
	if sig == nil || sig.pred == nil || sig.pred.asserts || sig.pred.t == nil || sig.pred.index < 0 || sig.pred.index >= len(n.Args) {
		if !c.lastCallKnown[n] {
			// An unknown function may be a guard: its arguments lose
			// narrowing in both branches.
			t, f := env, env
			for _, a := range n.Args {
				t = c.forgetIn(t, a)
				f = c.forgetIn(f, a)
			}
			return t, f
		}
		return env, env
	}
	arg := n.Args[sig.pred.index]
	pt := sig.pred.t
	return c.narrowRef(env, arg, func(t *Type) *Type { return c.narrowToType(t, pt, true) }),
		c.narrowRef(env, arg, func(t *Type) *Type { return c.narrowToType(t, pt, false) })
}

func (c *checker) forgetIn(env *flow, a syntax.Node) *flow {
	if env == nil {
		return nil
	}
	saved := c.env
	c.env = env.clone()
	c.forgetRefs(a)
	out := c.env
	c.env = saved
	return out
}

// narrowRefTo narrows a reference to "is t" (assertion signatures).
func (c *checker) narrowRefTo(env *flow, ref syntax.Node, t *Type, assume bool) *flow {
	return c.narrowRef(env, ref, func(cur *Type) *Type { return c.narrowToType(cur, t, assume) })
}

// narrowSwitchCase is the state entering `case v:` of `switch (e)`.
func (c *checker) narrowSwitchCase(e, v syntax.Node, entry *flow) *flow {
	return c.narrowEquality(entry, e, v, syntax.TEqualsEqualsEquals, true)
}
