package checker

// Assignability, as tsc's isTypeAssignableTo for the modelled subset.
// Whenever the answer depends on something not modelled (generic
// signatures, weak types, an incomplete built-in interface), the relation
// answers "assignable" and sets unsure: errors are only ever reported on a
// definite "no", and narrowing that needs a definite answer gives up.

type relation struct {
	c      *checker
	unsure bool
	depth  int
	// comparable relation (for ===, switch and narrowing): either direction
	// of a literal to its primitive, optionality ignored.
	comparable bool
	// stack of (source id, target id) pairs being related, to stop on
	// recursive types: a cycle is assumed related, as tsc's "maybe" result.
	stack [][2]int
}

func (c *checker) assignable(s, t *Type) bool {
	r := &relation{c: c}
	return r.related(s, t)
}

// assignableSure returns (result, sure).
func (c *checker) assignableSure(s, t *Type) (bool, bool) {
	r := &relation{c: c}
	ok := r.related(s, t)
	return ok, !r.unsure
}

func (c *checker) comparableTo(s, t *Type) (bool, bool) {
	r := &relation{c: c, comparable: true}
	ok := r.related(s, t)
	return ok, !r.unsure
}

func (r *relation) maybe() bool {
	r.unsure = true
	return true
}

func (r *relation) related(s, t *Type) bool {
	r.c.step()
	if s == t || s.id == t.id && s.flags == t.flags {
		return true
	}
	if s.is(tfUnchecked) || t.is(tfUnchecked) {
		return r.maybe()
	}
	if t.is(tfAny|tfUnknown) || s.is(tfNever) {
		return true
	}
	if s.is(tfAny) {
		return !t.is(tfNever)
	}
	if r.depth > 40 {
		return r.maybe()
	}
	for _, p := range r.stack {
		if p[0] == s.id && p[1] == t.id {
			return true
		}
	}
	r.depth++
	r.stack = append(r.stack, [2]int{s.id, t.id})
	defer func() { r.depth--; r.stack = r.stack[:len(r.stack)-1] }()

	if s.is(tfUnion) {
		if r.comparable {
			for _, m := range s.types {
				if r.related(m, t) {
					return true
				}
			}
			return false
		}
		for _, m := range s.types {
			if !r.related(m, t) {
				return false
			}
		}
		return true
	}
	if t.is(tfUnion) {
		for _, m := range t.types {
			if r.related(s, m) {
				return true
			}
		}
		if s.is(tfIntersection) {
			return r.maybe()
		}
		if s.is(tfObject) && s.obj.kind == okAnon {
			// tsc relates an object whose discriminant is itself a union
			// to each combination (typeRelatedToDiscriminatedType).
			for _, p := range s.obj.members().props {
				if p.t.is(tfUnion) && isUnitUnion(p.t) {
					return r.maybe()
				}
			}
		}
		return false
	}
	if t.is(tfIntersection) {
		for _, m := range t.types {
			if !r.related(s, m) {
				return false
			}
		}
		return true
	}
	if s.is(tfIntersection) {
		for _, m := range s.types {
			if r.related(m, t) {
				return true
			}
		}
		if t.is(tfObject) {
			// Properties may come from several members.
			return r.structural(s, t)
		}
		return false
	}
	if s.is(tfTypeParam) || t.is(tfTypeParam) {
		if s.is(tfTypeParam) && s.constraint != nil && !t.is(tfTypeParam) {
			if r.related(s.constraint, t) {
				return true
			}
		}
		return r.maybe()
	}
	if r.comparable && t.is(tfLiteral) && s.is(tfString|tfNumber|tfBigInt) {
		return t.is(tfStringLit) && s.is(tfString) || t.is(tfNumberLit) && s.is(tfNumber) || t.is(tfBigIntLit) && s.is(tfBigInt)
	}
	switch {
	case s.is(tfStringLit):
		return t.is(tfString) || t.is(tfStringLit) && t.value == s.value || r.toObject(s, t)
	case s.is(tfNumberLit):
		return t.is(tfNumber) || t.is(tfNumberLit) && t.value == s.value || r.toObject(s, t)
	case s.is(tfBigIntLit):
		return t.is(tfBigInt) || t.is(tfBigIntLit) && t.value == s.value || r.toObject(s, t)
	case s.is(tfBoolLit):
		return t.is(tfBoolLit) && t.value == s.value || r.toObject(s, t)
	case s.is(tfString), s.is(tfNumber), s.is(tfBigInt), s.is(tfSymbol), s.is(tfUniqueSymbol):
		if s.is(tfUniqueSymbol) && t.is(tfSymbol) || s.is(tfSymbol) && t.is(tfUniqueSymbol) {
			return true
		}
		return s.flags&t.flags&(tfString|tfNumber|tfBigInt|tfSymbol) != 0 || r.toObject(s, t)
	case s.is(tfUndefined):
		return t.is(tfUndefined | tfVoid)
	case s.is(tfNull):
		return t.is(tfNull)
	case s.is(tfVoid):
		return t.is(tfVoid)
	case s.is(tfUnknown):
		return false
	case s.is(tfNonPrimitive):
		if t.is(tfNonPrimitive) {
			return true
		}
		if t.is(tfObject) && isEmptyObject(t) {
			return true
		}
		if t.is(tfObject) {
			return r.maybe()
		}
		return false
	case s.is(tfObject):
		if t.is(tfNonPrimitive) {
			return true
		}
		if t.is(tfObject) {
			return r.objects(s, t)
		}
		return false
	}
	return r.maybe()
}

func isEmptyObject(t *Type) bool {
	if !t.is(tfObject) || t.obj.kind != okAnon {
		return false
	}
	m := t.obj.members()
	return len(m.props) == 0 && len(m.calls) == 0 && len(m.ctors) == 0 && m.strIndex == nil && m.numIndex == nil
}

// toObject relates a primitive to an object type through its apparent
// type (String, Number, …).
func (r *relation) toObject(s, t *Type) bool {
	if !t.is(tfObject) {
		return false
	}
	if isEmptyObject(t) {
		return true
	}
	app := r.c.apparent(s)
	if app == nil || app == s {
		return r.maybe()
	}
	return r.structural(app, t)
}

func (r *relation) objects(s, t *Type) bool {
	so, to := s.obj, t.obj
	if to.kind == okArray || to.kind == okTuple {
		switch so.kind {
		case okArray:
			if to.kind == okTuple {
				return r.maybe() // tsc has special cases (any[] to tuples)
			}
			if so.readonly && !to.readonly {
				return false
			}
			return r.related(arrayElem(s), arrayElem(t))
		case okTuple:
			if so.readonly && !to.readonly {
				return false
			}
			if to.kind == okArray {
				for _, e := range so.elems {
					if !r.related(e.t, arrayElem(t)) {
						return false
					}
				}
				return true
			}
			if len(so.elems) > len(to.elems) {
				return false
			}
			for i, te := range to.elems {
				if i >= len(so.elems) {
					if !te.optional {
						return false
					}
					continue
				}
				if so.elems[i].optional && !te.optional {
					return false
				}
				if !r.related(so.elems[i].t, te.t) {
					return false
				}
			}
			return true
		}
		if so.builtin || so.kind == okInterface {
			return r.maybe()
		}
		return false
	}
	// Instantiations of the same generic interface: compare arguments
	// (covariantly; tsc measures variance, which matters only for rare
	// invariant or contravariant parameters — those give up).
	if so.generic != nil && so.generic == to.generic && len(so.typeArgs) == len(to.typeArgs) {
		all := true
		for i := range so.typeArgs {
			if !r.related(so.typeArgs[i], to.typeArgs[i]) {
				all = false
			}
		}
		if all {
			return true
		}
	}
	ok := r.structural(s, t)
	if !ok && (complexClass(so) || complexClass(to)) {
		// Class hierarchies (protected members, generic bases) are not
		// modelled closely enough to be sure of a "no".
		return r.maybe()
	}
	return ok
}

// complexClass: a class with a base class or private/protected members.
func complexClass(o *objectType) bool {
	if !o.isClass {
		return false
	}
	m := o.members()
	if len(m.bases) > 0 || m.builtin {
		return true
	}
	for _, p := range m.props {
		if p.private {
			return true
		}
	}
	return false
}

// propOf finds a property on a source type, looking through intersection
// members and apparent types. found=false with unsure set means "cannot
// tell".
func (r *relation) propOf(s *Type, name string) (*prop, bool) {
	if s.is(tfIntersection) {
		for _, m := range s.types {
			if p, ok := r.propOf(m, name); ok {
				return p, true
			}
		}
		return nil, false
	}
	if !s.is(tfObject) {
		app := r.c.apparent(s)
		if app == nil || app == s || !app.is(tfObject) {
			r.unsure = true
			return nil, false
		}
		s = app
	}
	m := s.obj.members()
	if p := m.propIdx[name]; p != nil {
		return p, true
	}
	if m.builtin || libNewerMembers[name] {
		r.unsure = true
		return nil, false
	}
	if o := r.c.lib.get("Object"); o != nil && o != s {
		if p := o.obj.members().propIdx[name]; p != nil {
			return p, true
		}
	}
	return nil, false
}

func (r *relation) structural(s, t *Type) bool {
	tm := t.obj.members()
	for _, tp := range tm.props {
		sp, ok := r.propOf(s, tp.name)
		if !ok {
			if tp.optional {
				continue
			}
			if r.unsure {
				return true
			}
			if idx := r.sourceIndex(s); idx != nil && r.comparable {
				continue
			}
			return false
		}
		if tp.private || sp.private {
			if sp.decl != tp.decl {
				return false
			}
		}
		if sp.optional && !tp.optional && !r.comparable {
			return false
		}
		tt := tp.t
		if tp.optional {
			tt = r.c.union(tt, r.c.in.undefined)
		}
		st := sp.t
		if sp.optional {
			st = r.c.union(st, r.c.in.undefined)
		}
		if !r.related(st, tt) {
			return false
		}
	}
	if len(tm.calls) > 0 {
		sc := r.signaturesOf(s)
		if sc == nil {
			return false
		}
		for _, tsig := range tm.calls {
			ok := false
			for _, ssig := range sc {
				if r.sigRelated(ssig, tsig) {
					ok = true
					break
				}
			}
			if !ok {
				return false
			}
		}
	}
	if len(tm.ctors) > 0 {
		return r.maybe()
	}
	if tm.strIndex != nil {
		if !s.is(tfObject) {
			return r.maybe()
		}
		sm := s.obj.members()
		if sm.strIndex != nil {
			return r.related(sm.strIndex, tm.strIndex)
		}
		if s.obj.kind != okAnon {
			// Interfaces and classes have no implicit index signature.
			return r.maybe()
		}
		for _, p := range sm.props {
			pt := p.t
			if p.optional {
				pt = r.c.union(pt, r.c.in.undefined)
			}
			if !r.related(pt, tm.strIndex) {
				return false
			}
		}
	}
	if tm.numIndex != nil {
		return r.maybe()
	}
	return true
}

func (r *relation) sourceIndex(s *Type) *Type {
	if s.is(tfObject) {
		return s.obj.members().strIndex
	}
	return nil
}

func (r *relation) signaturesOf(s *Type) []*signature {
	if s.is(tfObject) {
		return s.obj.members().calls
	}
	if s.is(tfIntersection) {
		for _, m := range s.types {
			if sigs := r.signaturesOf(m); len(sigs) > 0 {
				return sigs
			}
		}
	}
	r.unsure = true
	return nil
}

// sigRelated compares call signatures under strictFunctionTypes
// (parameters contravariant; methods would be bivariant, which we
// approximate by trying both directions).
func (r *relation) sigRelated(s, t *signature) bool {
	if len(s.typeParams) > 0 || len(t.typeParams) > 0 || s.pred != nil || t.pred != nil {
		return r.maybe()
	}
	if s.hasRest || t.hasRest {
		return r.maybe()
	}
	if s.minArgs > len(t.params) {
		return false
	}
	for i, sp := range s.params {
		if i >= len(t.params) {
			break
		}
		tp := t.params[i]
		if !r.related(tp.t, sp.t) {
			inner := &relation{c: r.c}
			if inner.related(sp.t, tp.t) && !inner.unsure {
				// Bivariant for methods: we do not know the declaration
				// kind here, so give up rather than report.
				return r.maybe()
			}
			return false
		}
	}
	if t.ret.is(tfVoid) {
		return true
	}
	return r.related(s.ret, t.ret)
}

// missingProps lists the required properties of t that object type s
// lacks, in t's order, for TS2741/TS2739/TS2740. ok is false when we
// cannot tell.
func (c *checker) missingProps(s, t *Type) (names []string, ok bool) {
	if !s.is(tfObject) || !t.is(tfObject) || t.obj.kind != okAnon && t.obj.kind != okInterface {
		return nil, false
	}
	if s.obj.kind == okArray || s.obj.kind == okTuple {
		return nil, false
	}
	r := &relation{c: c}
	for _, tp := range t.obj.members().props {
		if tp.optional {
			continue
		}
		if _, found := r.propOf(s, tp.name); !found {
			names = append(names, tp.name)
		}
	}
	return names, !r.unsure
}

// apparent is the object type whose members a primitive has.
func (c *checker) apparent(t *Type) *Type {
	switch {
	case t.is(tfStringLike):
		return c.lib.get("String")
	case t.is(tfNumberLike):
		return c.lib.get("Number")
	case t.is(tfBoolLit):
		return c.lib.get("Boolean")
	case t.is(tfBigInt | tfBigIntLit):
		return nil
	case t.is(tfSymbol | tfUniqueSymbol):
		return nil
	case t.is(tfObject):
		return t
	}
	return nil
}
