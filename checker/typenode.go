package checker

// Type syntax to types: keyword and literal types, references to
// interfaces, aliases, classes and type parameters (with instantiation),
// unions, intersections, arrays, tuples, type literals, function types,
// typeof, keyof and indexed access on known shapes. Conditional, mapped,
// template literal and import types are not modelled: they become
// unchecked.

import (
	"strconv"
	"strings"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// typeFrom resolves a type node in scope sc.
func (c *checker) typeFrom(n syntax.Node, sc *scope) *Type {
	if n == nil {
		return c.in.unchecked
	}
	switch n := n.(type) {
	case *syntax.KeywordType:
		switch n.Keyword {
		case syntax.TAny:
			return c.in.any
		case syntax.TUnknownKw:
			return c.in.unknown
		case syntax.TStringKw:
			return c.in.str
		case syntax.TNumberKw:
			return c.in.num
		case syntax.TBigIntKw:
			return c.in.bigint
		case syntax.TBoolean:
			return c.in.boolean
		case syntax.TSymbol:
			return c.in.symbol
		case syntax.TVoid:
			return c.in.void
		case syntax.TUndefined:
			return c.in.undefined
		case syntax.TNull:
			return c.in.null
		case syntax.TNever:
			return c.in.never
		case syntax.TObject:
			return c.in.object
		}
		return c.in.unchecked
	case *syntax.ParenthesizedType:
		return c.typeFrom(n.Type, sc)
	case *syntax.LiteralType:
		return c.literalTypeFrom(n.Literal)
	case *syntax.UnionType:
		var ts []*Type
		for _, m := range n.Types {
			ts = append(ts, c.typeFrom(m, sc))
		}
		if n.Kind() == syntax.KindIntersectionType {
			return c.intersection(ts...)
		}
		return c.union(ts...)
	case *syntax.ArrayType:
		return c.arrayOf(c.typeFrom(n.Elem, sc), false)
	case *syntax.TypeOperator:
		switch n.Op {
		case syntax.TReadonly:
			inner := c.typeFrom(n.Type, sc)
			if isArray(inner) {
				return c.arrayOf(arrayElem(inner), true)
			}
			if isTuple(inner) {
				return c.tuple(inner.obj.elems, true)
			}
			return c.in.unchecked
		case syntax.TUnique:
			return c.newType(tfUniqueSymbol)
		case syntax.TKeyof:
			return c.keyOf(c.typeFrom(n.Type, sc))
		}
		return c.in.unchecked
	case *syntax.TupleType:
		var elems []tupleElem
		for _, e := range n.Elements {
			switch e := e.(type) {
			case *syntax.OptionalType:
				elems = append(elems, tupleElem{t: c.typeFrom(e.Type, sc), optional: true})
			case *syntax.RestType:
				elems = append(elems, tupleElem{t: c.typeFrom(e.Type, sc), rest: true})
			case *syntax.NamedTupleMember:
				elems = append(elems, tupleElem{t: c.typeFrom(e.Type, sc), optional: e.Question, rest: e.DotDotDot, name: e.Name.Text})
			default:
				elems = append(elems, tupleElem{t: c.typeFrom(e, sc)})
			}
		}
		return c.tuple(elems, false)
	case *syntax.TypeLiteral:
		return c.typeLiteral(n.Members, sc)
	case *syntax.Signature:
		switch n.Kind() {
		case syntax.KindFunctionType:
			sig := c.sigFromSignature(n, sc)
			return c.newObject(&objectType{kind: okAnon, calls: []*signature{sig}, resolved: true})
		}
		return c.in.unchecked
	case *syntax.TypeReference:
		return c.typeRef(n, sc)
	case *syntax.TypeQuery:
		if len(n.TypeArgs) > 0 {
			return c.in.unchecked
		}
		return c.typeOfEntity(n.Name, sc)
	case *syntax.IndexedAccessType:
		obj := c.typeFrom(n.Object, sc)
		idx := c.typeFrom(n.Index, sc)
		return c.indexedAccess(obj, idx)
	case *syntax.TypePredicate:
		return c.in.boolean
	}
	return c.in.unchecked
}

func (c *checker) literalTypeFrom(n syntax.Node) *Type {
	switch l := n.(type) {
	case *syntax.StringLiteral:
		return c.strLit(l.Text)
	case *syntax.TemplatePart:
		return c.strLit(l.Text)
	case *syntax.NumericLiteral:
		if v, ok := parseNumber(l.Text); ok {
			return c.numLit(v)
		}
	case *syntax.BigIntLiteral:
		return c.bigLit(l.Text)
	case *syntax.KeywordExpr:
		switch l.Kind() {
		case syntax.KindTrueKeyword:
			return c.in.trueT
		case syntax.KindFalseKeyword:
			return c.in.falseT
		case syntax.KindNullKeyword:
			return c.in.null
		}
	case *syntax.PrefixUnary:
		if num, ok := l.Operand.(*syntax.NumericLiteral); ok && l.Op == syntax.TMinus {
			if v, ok := parseNumber(num.Text); ok {
				return c.numLit(-v)
			}
		}
	}
	return c.in.unchecked
}

func parseNumber(s string) (float64, bool) {
	s = strings.ReplaceAll(s, "_", "")
	if len(s) > 2 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			v, err := strconv.ParseUint(s[2:], base, 64)
			return float64(v), err == nil
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

func (c *checker) typeLiteral(membersN []syntax.Node, sc *scope) *Type {
	o := &objectType{kind: okAnon}
	o.resolve = func(o *objectType) { c.addMembers(o, membersN, sc) }
	return c.newObject(o)
}

// addMembers adds interface or type literal members to o.
func (c *checker) addMembers(o *objectType, membersN []syntax.Node, sc *scope) {
	for _, m := range membersN {
		switch m := m.(type) {
		case *syntax.PropertySignature:
			name, ok := c.propName(m.Name)
			if !ok {
				o.builtin = true
				continue
			}
			t := c.in.unchecked
			if m.Type != nil {
				t = c.typeFrom(m.Type, sc)
			}
			o.addProp(&prop{name: name, t: t, optional: m.Question, readonly: m.Modifiers.Has(syntax.ModReadonly), decl: m})
		case *syntax.Signature:
			switch m.Kind() {
			case syntax.KindMethodSignature:
				name, ok := c.propName(m.Name)
				if !ok {
					o.builtin = true
					continue
				}
				sig := c.sigFromSignature(m, sc)
				if old := o.propIdx[name]; old != nil && old.method && old.t.is(tfObject) {
					// An overload: append the signature.
					old.t.obj.calls = append(old.t.obj.calls, sig)
					continue
				}
				ft := c.newObject(&objectType{kind: okAnon, calls: []*signature{sig}, resolved: true})
				o.addProp(&prop{name: name, t: ft, optional: m.Question, method: true, decl: m})
			case syntax.KindCallSignature:
				o.calls = append(o.calls, c.sigFromSignature(m, sc))
			case syntax.KindConstructSignature:
				o.ctors = append(o.ctors, c.sigFromSignature(m, sc))
			case syntax.KindIndexSignature:
				if len(m.Params) != 1 {
					o.builtin = true
					continue
				}
				kt := c.typeFrom(m.Params[0].Type, sc)
				vt := c.typeFrom(m.Type, sc)
				switch {
				case kt.is(tfString):
					o.strIndex = vt
					o.roIndex = m.Modifiers.Has(syntax.ModReadonly)
				case kt.is(tfNumber):
					o.numIndex = vt
				default:
					o.builtin = true
				}
			}
		default:
			o.builtin = true
		}
	}
}

// propName returns a member's name when it is static.
func (c *checker) propName(n syntax.Node) (string, bool) {
	switch n := n.(type) {
	case *syntax.Identifier:
		return n.Text, true
	case *syntax.StringLiteral:
		return n.Text, true
	case *syntax.PrivateIdentifier:
		return n.Text, true
	case *syntax.NumericLiteral:
		if v, ok := parseNumber(n.Text); ok {
			return jsNumber(v), true
		}
	}
	return "", false
}

// typeParamsFrom declares the type parameters of a declaration.
func (c *checker) typeParamsFrom(tps []*syntax.TypeParameter, sc *scope) []*Type {
	var out []*Type
	for _, tp := range tps {
		t := c.typeParam(tp.Name.Text)
		if sym := sc.syms[tp.Name.Text]; sym != nil && sym.kind == skTypeParam {
			sym.typeOfType = t
		}
		out = append(out, t)
	}
	for i, tp := range tps {
		if tp.Constraint != nil {
			out[i].constraint = c.typeFrom(tp.Constraint, sc)
		}
	}
	return out
}

func (c *checker) sigFromSignature(n *syntax.Signature, sc *scope) *signature {
	inner := sc
	if len(n.TypeParams) > 0 {
		inner = &scope{parent: sc, syms: map[string]*symbol{}, fn: sc.fn}
		for _, tp := range n.TypeParams {
			inner.syms[tp.Name.Text] = &symbol{name: tp.Name.Text, kind: skTypeParam}
		}
	}
	sig := &signature{retDeclared: n.Type != nil}
	sig.typeParams = c.typeParamsFrom(n.TypeParams, inner)
	c.fillParams(sig, n.Params, inner)
	sig.ret = c.in.unchecked
	if n.Type != nil {
		sig.ret = c.returnTypeFrom(sig, n.Type, n.Params, inner)
	} else if n.Kind() == syntax.KindConstructSignature || n.Kind() == syntax.KindConstructorType {
		sig.ret = c.in.unchecked
	} else {
		sig.ret = c.in.any
	}
	return sig
}

func (c *checker) returnTypeFrom(sig *signature, tn syntax.Node, params []*syntax.Parameter, sc *scope) *Type {
	if p, ok := tn.(*syntax.TypePredicate); ok {
		pred := &predicate{asserts: p.Asserts, index: -1}
		if id, ok := p.Param.(*syntax.Identifier); ok {
			pred.index = -2
			for i, prm := range params {
				if identText(prm.Name) == id.Text {
					pred.index = i
				}
			}
		}
		if p.Type != nil {
			pred.t = c.typeFrom(p.Type, sc)
		}
		if pred.index >= 0 {
			sig.pred = pred
		}
		if p.Asserts {
			return c.in.void
		}
		return c.in.boolean
	}
	return c.typeFrom(tn, sc)
}

func (c *checker) fillParams(sig *signature, ps []*syntax.Parameter, sc *scope) {
	sig.minArgs = 0
	for i, p := range ps {
		name := identText(p.Name)
		if name == "this" {
			if p.Type != nil {
				sig.this = c.typeFrom(p.Type, sc)
			}
			continue
		}
		if name == "" {
			name = "__" + strconv.Itoa(i)
			if p.Name.Kind() == syntax.KindObjectBindingPattern || p.Name.Kind() == syntax.KindArrayBindingPattern {
				name = "__" + strconv.Itoa(i)
			}
		}
		t := c.in.unchecked
		if p.Type != nil {
			t = c.typeFrom(p.Type, sc)
		}
		prm := param{name: name, t: t, optional: p.Question || p.Init != nil, rest: p.DotDotDot}
		if p.DotDotDot {
			sig.hasRest = true
		}
		sig.params = append(sig.params, prm)
		if !prm.optional && !prm.rest {
			sig.minArgs = len(sig.params)
		}
	}
}

// typeRef resolves Name<Args>.
func (c *checker) typeRef(n *syntax.TypeReference, sc *scope) *Type {
	var args []*Type
	for _, a := range n.TypeArgs {
		args = append(args, c.typeFrom(a, sc))
	}
	id, ok := n.Name.(*syntax.Identifier)
	if !ok {
		return c.in.unchecked // qualified names: namespaces are not modelled
	}
	sym := sc.lookup(id.Text)
	for sym != nil && sym.kind&skType == 0 {
		// a value of the same name in an inner scope: keep looking outward
		var next *scope
		for s := sc; s != nil; s = s.parent {
			if s.syms[id.Text] == sym {
				next = s.parent
				break
			}
		}
		if next == nil {
			sym = nil
			break
		}
		sym = next.lookup(id.Text)
	}
	if sym == nil {
		if c.certainlyUnknown(id.Text) {
			c.report(id, diag.CannotFindName, id.Text)
		}
		return c.in.unchecked
	}
	return c.typeOfTypeSymbol(sym, args)
}

// typeOfTypeSymbol is the type a type name denotes, instantiated with args.
func (c *checker) typeOfTypeSymbol(sym *symbol, args []*Type) *Type {
	if sym.kind&skImport != 0 {
		target := c.resolveAlias(sym)
		if target == nil || target == sym {
			return c.in.unchecked
		}
		return c.typeOfTypeSymbol(target, args)
	}
	if sym.unchecked {
		return c.in.unchecked
	}
	if sym.builtin != nil || sym.kind&skBuiltin != 0 {
		return c.builtinTypeRef(sym, args)
	}
	switch {
	case sym.kind&skTypeParam != 0:
		if sym.typeOfType == nil {
			return c.in.unchecked
		}
		return sym.typeOfType
	case sym.kind&skTypeAlias != 0:
		return c.aliasType(sym, args)
	case sym.kind&(skInterface|skClass) != 0:
		base := c.declaredTypeOf(sym)
		if base == nil || base.is(tfUnchecked) {
			return c.in.unchecked
		}
		if len(sym.typeParams) == 0 {
			if len(args) > 0 {
				return c.in.unchecked
			}
			return base
		}
		if len(args) < len(sym.typeParams) {
			return c.in.unchecked // defaults are not modelled
		}
		if len(args) > len(sym.typeParams) {
			return c.in.unchecked
		}
		return c.instantiateGeneric(base, args)
	}
	return c.in.unchecked
}

// aliasType resolves a type alias, instantiating generic ones; the result
// carries the alias name for printing when the alias introduced the type.
func (c *checker) aliasType(sym *symbol, args []*Type) *Type {
	decl, ok := sym.decls[0].(*syntax.TypeAliasDeclaration)
	if !ok || len(sym.decls) > 1 && sym.kind&skValue == 0 {
		return c.in.unchecked
	}
	if sym.typeOfType == nil {
		if sym.resolving {
			return c.in.unchecked
		}
		sym.resolving = true
		sc := sym.file.scopes[decl]
		if sc == nil {
			sym.resolving = false
			return c.in.unchecked
		}
		sym.typeParams = c.typeParamsFrom(decl.TypeParams, sc)
		t := c.typeFrom(decl.Type, sc)
		if introducesType(decl.Type) && !t.is(tfUnchecked) {
			cp := *t
			cp.alias = sym.name
			cp.aliasArgs = sym.typeParams
			t = &cp
		}
		sym.typeOfType = t
		sym.resolving = false
	}
	t := sym.typeOfType
	if len(sym.typeParams) == 0 {
		if len(args) > 0 {
			return c.in.unchecked
		}
		return t
	}
	if len(args) == 0 {
		return t
	}
	// Defaults of alias type parameters.
	if len(args) < len(sym.typeParams) {
		for i := len(args); i < len(sym.typeParams); i++ {
			d := decl.TypeParams[i].Default
			if d == nil {
				return c.in.unchecked
			}
			args = append(args, c.typeFrom(d, sym.file.scopes[decl]))
		}
	}
	if len(args) > len(sym.typeParams) {
		return c.in.unchecked
	}
	m := map[*Type]*Type{}
	for i, tp := range sym.typeParams {
		m[tp] = args[i]
	}
	out := c.instantiate(t, m)
	if t.alias != "" && !out.is(tfUnchecked) {
		cp := *out
		cp.alias = t.alias
		cp.aliasArgs = args
		out = &cp
	}
	return out
}

// introducesType: tsc names a type by its alias only when the alias
// declaration itself creates it (a union, an intersection, a type literal…).
func introducesType(n syntax.Node) bool {
	switch n.(type) {
	case *syntax.UnionType, *syntax.TypeLiteral, *syntax.Signature:
		return true
	}
	return false
}

func (c *checker) keyOf(t *Type) *Type {
	if !t.is(tfObject) || t.obj.kind != okAnon && t.obj.kind != okInterface {
		return c.in.unchecked
	}
	m := t.obj.members()
	if m.builtin || m.strIndex != nil || m.numIndex != nil {
		return c.in.unchecked
	}
	var ts []*Type
	for _, p := range m.props {
		if strings.HasPrefix(p.name, "#") {
			continue
		}
		ts = append(ts, c.strLit(p.name))
	}
	return c.union(ts...)
}

func (c *checker) indexedAccess(obj, idx *Type) *Type {
	if obj.is(tfUnchecked) || idx.is(tfUnchecked) {
		return c.in.unchecked
	}
	if obj.is(tfObject) {
		if idx.is(tfNumber) && (isArray(obj) || isTuple(obj)) {
			if isTuple(obj) {
				var ts []*Type
				for _, e := range obj.obj.elems {
					ts = append(ts, e.t)
				}
				return c.union(ts...)
			}
			return arrayElem(obj)
		}
		var out []*Type
		for _, k := range members(idx) {
			if !k.is(tfStringLit) {
				return c.in.unchecked
			}
			p := obj.obj.prop(k.value)
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
	return c.in.unchecked
}

// typeOfEntity is typeof x / typeof x.y.
func (c *checker) typeOfEntity(n syntax.Node, sc *scope) *Type {
	switch n := n.(type) {
	case *syntax.Identifier:
		sym := sc.lookup(n.Text)
		if sym == nil || sym.kind&skValue == 0 {
			return c.in.unchecked
		}
		return c.valueTypeOf(sym)
	case *syntax.QualifiedName:
		base := c.typeOfEntity(n.Left, sc)
		p := c.propertyOf(base, n.Right.Text)
		if p == nil {
			return c.in.unchecked
		}
		return p.t
	}
	return c.in.unchecked
}

// instantiateGeneric applies type arguments to a generic interface or
// class instance type.
func (c *checker) instantiateGeneric(base *Type, args []*Type) *Type {
	key := strconv.Itoa(base.id) + "<" + unionKey(args)
	if t, ok := c.tt.insts[key]; ok {
		return t
	}
	bo := base.obj
	o := &objectType{kind: bo.kind, name: bo.name, typeArgs: args, generic: bo, builtin: bo.builtin, isClass: bo.isClass,
		classSym: bo.classSym, isPromise: bo.isPromise, readonly: bo.readonly}
	t := c.newObject(o)
	c.tt.insts[key] = t
	mapper := func() map[*Type]*Type {
		m := map[*Type]*Type{}
		for i, tp := range bo.tparams {
			if i < len(args) {
				m[tp] = args[i]
			}
		}
		return m
	}
	o.lazyProp = func(name string) *prop {
		p := bo.members().propIdx[name]
		if p == nil {
			return nil
		}
		cp := *p
		cp.t = c.instantiate(p.t, mapper())
		return &cp
	}
	o.resolve = func(o *objectType) {
		bm := bo.members()
		m := mapper()
		o.builtin = bm.builtin
		for _, p := range bm.props {
			cp := *p
			cp.t = c.instantiate(p.t, m)
			o.addProp(&cp)
		}
		for _, s := range bm.calls {
			o.calls = append(o.calls, c.instantiateSig(s, m))
		}
		for _, s := range bm.ctors {
			o.ctors = append(o.ctors, c.instantiateSig(s, m))
		}
		if bm.strIndex != nil {
			o.strIndex = c.instantiate(bm.strIndex, m)
		}
		if bm.numIndex != nil {
			o.numIndex = c.instantiate(bm.numIndex, m)
		}
		o.roIndex = bm.roIndex
	}
	return t
}

func (c *checker) instantiateSig(s *signature, m map[*Type]*Type) *signature {
	if len(m) == 0 {
		return s
	}
	out := *s
	out.params = make([]param, len(s.params))
	for i, p := range s.params {
		p.t = c.instantiate(p.t, m)
		out.params[i] = p
	}
	out.ret = c.instantiate(s.ret, m)
	if s.pred != nil && s.pred.t != nil {
		p := *s.pred
		p.t = c.instantiate(p.t, m)
		out.pred = &p
	}
	if s.this != nil {
		out.this = c.instantiate(s.this, m)
	}
	return &out
}

// instantiate substitutes type parameters.
func (c *checker) instantiate(t *Type, m map[*Type]*Type) *Type {
	c.step()
	if len(m) == 0 || t == nil {
		return t
	}
	switch {
	case t.is(tfTypeParam):
		if r, ok := m[t]; ok {
			return r
		}
		return t
	case t.is(tfUnion):
		var ts []*Type
		for _, x := range t.types {
			ts = append(ts, c.instantiate(x, m))
		}
		u := c.union(ts...)
		if t.alias != "" && !u.is(tfUnchecked) {
			cp := *u
			cp.alias = t.alias
			cp.aliasArgs = nil
			for _, a := range t.aliasArgs {
				cp.aliasArgs = append(cp.aliasArgs, c.instantiate(a, m))
			}
			return &cp
		}
		return u
	case t.is(tfIntersection):
		var ts []*Type
		for _, x := range t.types {
			ts = append(ts, c.instantiate(x, m))
		}
		return c.intersection(ts...)
	case t.is(tfObject):
		o := t.obj
		switch o.kind {
		case okArray:
			return c.arrayOf(c.instantiate(arrayElem(t), m), o.readonly)
		case okTuple:
			var es []tupleElem
			for _, e := range o.elems {
				e.t = c.instantiate(e.t, m)
				es = append(es, e)
			}
			return c.tuple(es, o.readonly)
		case okInterface:
			if len(o.typeArgs) == 0 || o.generic == nil {
				return t
			}
			var args []*Type
			for _, a := range o.typeArgs {
				args = append(args, c.instantiate(a, m))
			}
			return c.instantiateGeneric(c.genericBase(o), args)
		}
		// Anonymous: instantiate members lazily.
		n := &objectType{kind: okAnon, literal: o.literal}
		n.resolve = func(n *objectType) {
			om := o.members()
			n.builtin = om.builtin
			for _, p := range om.props {
				cp := *p
				cp.t = c.instantiate(p.t, m)
				n.addProp(&cp)
			}
			for _, s := range om.calls {
				n.calls = append(n.calls, c.instantiateSig(s, m))
			}
			for _, s := range om.ctors {
				n.ctors = append(n.ctors, c.instantiateSig(s, m))
			}
			if om.strIndex != nil {
				n.strIndex = c.instantiate(om.strIndex, m)
			}
			if om.numIndex != nil {
				n.numIndex = c.instantiate(om.numIndex, m)
			}
			n.roIndex = om.roIndex
		}
		nt := c.newObject(n)
		nt.alias = t.alias
		for _, a := range t.aliasArgs {
			nt.aliasArgs = append(nt.aliasArgs, c.instantiate(a, m))
		}
		return nt
	}
	return t
}

// genericBase finds the Type of an uninstantiated generic object.
func (c *checker) genericBase(o *objectType) *Type {
	if o.generic.self != nil {
		return o.generic.self
	}
	return c.newObject(o.generic)
}
