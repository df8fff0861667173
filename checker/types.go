package checker

// The type representation. One Type struct with Flags, as tsc's, so that
// unions, literals and object types share code paths. Ids order union
// members as tsc's type ids do: the intrinsic types first, in tsc's order,
// then literals and object types in the order they are created (which for
// a file checked top to bottom is close to tsc's source order).
//
// The one type tsc has no counterpart for is unchecked: the type of
// anything this checker does not model (a package import, an unknown
// global, a conditional type). It relates to everything in both directions
// and every operation on it yields unchecked, so no diagnostic ever comes
// out of a part of the program the checker does not understand.

import (
	"strconv"
	"strings"

	"github.com/tsrun-dev/tsrun/syntax"
)

type typeFlags uint32

const (
	tfAny typeFlags = 1 << iota
	tfUnknown
	tfUndefined
	tfNull
	tfString
	tfNumber
	tfBigInt
	tfBoolLit // true or false
	tfSymbol
	tfVoid
	tfNever
	tfStringLit
	tfNumberLit
	tfBigIntLit
	tfNonPrimitive // the `object` keyword type
	tfObject
	tfUnion
	tfIntersection
	tfTypeParam
	tfUnchecked
	tfUniqueSymbol

	tfNullable   = tfUndefined | tfNull | tfVoid
	tfLiteral    = tfStringLit | tfNumberLit | tfBigIntLit | tfBoolLit
	tfStringLike = tfString | tfStringLit
	tfNumberLike = tfNumber | tfNumberLit
	tfPrimitive  = tfString | tfNumber | tfBigInt | tfBoolLit | tfSymbol | tfLiteral | tfUniqueSymbol | tfNullable
)

// Type is one type. Fields beyond Flags are used by some kinds only.
type Type struct {
	id    int
	flags typeFlags

	// Literals: the value (string value, canonical number text, "true").
	value string
	// fresh marks a literal or object literal type straight from an
	// expression: literals widen and object literals get excess property
	// checks only while fresh. regular points to the non-fresh twin.
	fresh   bool
	regular *Type

	// Unions and intersections.
	types []*Type

	// Objects.
	obj *objectType

	// Type parameters.
	name       string
	constraint *Type

	// alias names the type alias this type was written through, for
	// printing (tsc prints `Mode`, not `"read" | "write"`).
	alias     string
	aliasArgs []*Type
}

func (t *Type) is(f typeFlags) bool { return t.flags&f != 0 }

// objKind tells how an object type prints and relates.
type objKind uint8

const (
	okAnon      objKind = iota // type literal, object literal, function type
	okInterface                // a named interface or class instance (name + type arguments)
	okArray                    // Array<T> / ReadonlyArray<T>: printed T[]
	okTuple
)

type objectType struct {
	kind     objKind
	name     string
	typeArgs []*Type
	readonly bool // readonly T[] / readonly tuple

	// Members, resolved lazily through resolve (interfaces may refer to
	// themselves or to types declared later).
	resolve   func(*objectType)
	resolved  bool
	resolving bool // members are being built: the member list is incomplete
	props     []*prop
	propIdx   map[string]*prop
	calls     []*signature
	ctors     []*signature
	strIndex  *Type
	numIndex  *Type
	roIndex   bool
	elems     []tupleElem // tuples
	bases     []*Type     // interfaces/classes: their base types, members already merged
	builtin   bool        // from our compact lib model: a missing member is not an error
	literal   bool        // an object literal's type (printed in full)
	classSym  *symbol     // class instance types: the class, for private members
	isClass   bool
	generic   *objectType // the uninstantiated declaration, for instantiations
	isPromise bool
	// tparams are the declaration's own type parameters; self is the
	// uninstantiated type.
	tparams []*Type
	self    *Type
	// lazyProp, when set, instantiates one property on demand before the
	// whole type is resolved; partial caches those.
	lazyProp func(name string) *prop
	partial  map[string]*prop
}

type tupleElem struct {
	t        *Type
	optional bool
	rest     bool
	name     string
}

type prop struct {
	name     string
	t        *Type
	optional bool
	readonly bool
	method   bool
	private  bool // `private` or #name
	class    string
	decl     syntax.Node
}

type signature struct {
	typeParams []*Type
	params     []param
	ret        *Type
	minArgs    int
	hasRest    bool
	// pred is set for `x is T` / `asserts x [is T]` return types.
	pred *predicate
	// retDeclared is true when ret was written (or is certain): a call to
	// a function declared to return never ends a path only then.
	retDeclared bool
	this        *Type
	// lib marks signatures of our compact lib model: their argument
	// checks are not reported (the real lib may accept more).
	lib bool
}

type param struct {
	name     string
	t        *Type
	optional bool
	rest     bool
}

type predicate struct {
	asserts bool
	index   int   // parameter index, -1 for `this`
	t       *Type // nil for `asserts x`
}

func (o *objectType) members() *objectType {
	if !o.resolved {
		o.resolved = true
		if o.resolve != nil {
			// Resolving a member can come back here (a method whose
			// inferred type reads the class itself): the object is then
			// incomplete, and a missing member is no evidence of an error.
			o.resolving = true
			o.resolve(o)
			o.resolving = false
		}
	}
	return o
}

func (o *objectType) addProp(p *prop) {
	if o.propIdx == nil {
		o.propIdx = map[string]*prop{}
	}
	if old, ok := o.propIdx[p.name]; ok {
		*old = *p
		return
	}
	o.props = append(o.props, p)
	o.propIdx[p.name] = p
}

func (o *objectType) prop(name string) *prop {
	if !o.resolved && o.lazyProp != nil {
		// Instantiations resolve one member at a time: an Array<User>
		// used for .map needs map, not all thirty-odd members.
		if p, ok := o.partial[name]; ok {
			return p
		}
		p := o.lazyProp(name)
		if o.partial == nil {
			o.partial = map[string]*prop{}
		}
		o.partial[name] = p
		return p
	}
	return o.members().propIdx[name]
}

// The intrinsic types, created first so their ids follow tsc's order.
type intrinsics struct {
	any, unchecked, unknown, undefined, null, str, num, bigint, falseT, trueT, boolean, symbol, void, never, object *Type
	emptyObject                                                                                                     *Type
}

type typeTable struct {
	nextID   int
	strLits  map[string]*Type
	numLits  map[string]*Type
	bigLits  map[string]*Type
	unions   map[string]*Type
	inters   map[string]*Type
	arrays   map[*Type]*Type
	roArrays map[*Type]*Type
	insts    map[string]*Type
}

func (c *checker) newType(f typeFlags) *Type {
	c.tt.nextID++
	return &Type{id: c.tt.nextID, flags: f}
}

func (c *checker) initIntrinsics() {
	c.tt.strLits = map[string]*Type{}
	c.tt.numLits = map[string]*Type{}
	c.tt.bigLits = map[string]*Type{}
	c.tt.unions = map[string]*Type{}
	c.tt.inters = map[string]*Type{}
	c.tt.arrays = map[*Type]*Type{}
	c.tt.roArrays = map[*Type]*Type{}
	c.tt.insts = map[string]*Type{}
	in := &c.in
	in.any = c.newType(tfAny)
	in.unchecked = c.newType(tfUnchecked | tfAny)
	in.unknown = c.newType(tfUnknown)
	in.undefined = c.newType(tfUndefined)
	in.null = c.newType(tfNull)
	in.str = c.newType(tfString)
	in.num = c.newType(tfNumber)
	in.bigint = c.newType(tfBigInt)
	in.falseT = c.newType(tfBoolLit)
	in.falseT.value = "false"
	in.trueT = c.newType(tfBoolLit)
	in.trueT.value = "true"
	in.boolean = c.newType(tfUnion)
	in.boolean.types = []*Type{in.falseT, in.trueT}
	c.tt.unions[unionKey(in.boolean.types)] = in.boolean
	in.symbol = c.newType(tfSymbol)
	in.void = c.newType(tfVoid)
	in.never = c.newType(tfNever)
	in.object = c.newType(tfNonPrimitive)
	in.emptyObject = c.newObject(&objectType{kind: okAnon, resolved: true})
}

func (c *checker) newObject(o *objectType) *Type {
	t := c.newType(tfObject)
	t.obj = o
	return t
}

func (c *checker) strLit(v string) *Type {
	if t, ok := c.tt.strLits[v]; ok {
		return t
	}
	t := c.newType(tfStringLit)
	t.value = v
	c.tt.strLits[v] = t
	return t
}

// numLit interns a number literal by its canonical JavaScript text.
func (c *checker) numLit(v float64) *Type {
	s := jsNumber(v)
	if t, ok := c.tt.numLits[s]; ok {
		return t
	}
	t := c.newType(tfNumberLit)
	t.value = s
	c.tt.numLits[s] = t
	return t
}

func (c *checker) bigLit(v string) *Type {
	if t, ok := c.tt.bigLits[v]; ok {
		return t
	}
	t := c.newType(tfBigIntLit)
	t.value = v
	c.tt.bigLits[v] = t
	return t
}

func (c *checker) boolLit(b bool) *Type {
	if b {
		return c.in.trueT
	}
	return c.in.falseT
}

// fresh returns the fresh twin of a literal type (the type of a literal
// expression, which widens when it flows into a mutable location).
func (c *checker) freshOf(t *Type) *Type {
	if !t.is(tfLiteral) || t.fresh {
		return t
	}
	f := *t
	f.fresh = true
	f.regular = t
	return &f
}

func regularOf(t *Type) *Type {
	if t.fresh && t.regular != nil {
		return t.regular
	}
	return t
}

func jsNumber(v float64) string {
	if v == 0 {
		return "0"
	}
	s := strconv.FormatFloat(v, 'g', -1, 64)
	if strings.Contains(s, "e") {
		// JavaScript writes 1e+21, 1e-7.
		mant, exp, _ := strings.Cut(s, "e")
		if exp[0] != '-' && exp[0] != '+' {
			exp = "+" + exp
		}
		exp = strings.Replace(strings.Replace(exp, "+0", "+", 1), "-0", "-", 1)
		if a := strings.TrimLeft(exp[1:], "0"); a != exp[1:] {
			exp = exp[:1] + a
		}
		if v >= 1e21 || v <= -1e21 || (v < 1e-6 && v > -1e-6) {
			return mant + "e" + exp
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return s
}

func unionKey(ts []*Type) string {
	var b strings.Builder
	for _, t := range ts {
		b.WriteString(strconv.Itoa(t.id))
		if t.fresh {
			b.WriteByte('f')
		}
		b.WriteByte(',')
	}
	return b.String()
}

// union builds a union as tsc's getUnionType with literal reduction:
// members are flattened and deduplicated, literals absorbed by their
// primitive, never dropped, any/unknown absorbing everything.
func (c *checker) union(ts ...*Type) *Type {
	var flat []*Type
	var flags typeFlags
	var add func(t *Type)
	add = func(t *Type) {
		if t.is(tfUnion) {
			for _, m := range t.types {
				add(m)
			}
			return
		}
		flags |= t.flags
		flat = append(flat, t)
	}
	for _, t := range ts {
		add(t)
	}
	if flags&tfUnchecked != 0 {
		return c.in.unchecked
	}
	if flags&tfAny != 0 {
		return c.in.any
	}
	if flags&tfUnknown != 0 {
		return c.in.unknown
	}
	// Sort by id, dedupe, drop never and absorbed literals.
	sortTypes(flat)
	out := flat[:0:0]
	for _, t := range flat {
		if n := len(out); n > 0 && out[n-1].id == t.id {
			// A fresh literal and its regular twin: keep the regular one.
			if !t.fresh {
				out[n-1] = t
			}
			continue
		}
		if t.is(tfNever) {
			continue
		}
		if t.is(tfStringLit) && flags&tfString != 0 || t.is(tfNumberLit) && flags&tfNumber != 0 || t.is(tfBigIntLit) && flags&tfBigInt != 0 {
			continue
		}
		if t.is(tfUndefined) && flags&tfVoid != 0 {
			continue
		}
		out = append(out, t)
	}
	switch len(out) {
	case 0:
		return c.in.never
	case 1:
		return out[0]
	}
	key := unionKey(out)
	if u, ok := c.tt.unions[key]; ok {
		return u
	}
	u := c.newType(tfUnion)
	u.types = out
	c.tt.unions[key] = u
	return u
}

func sortTypes(ts []*Type) {
	// insertion sort: unions are small
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j-1].id > ts[j].id; j-- {
			ts[j-1], ts[j] = ts[j], ts[j-1]
		}
	}
}

// intersection builds A & B. Primitive & object (a brand) stays an
// intersection; disjoint primitives reduce to never; object members are
// kept in written order as tsc does.
func (c *checker) intersection(ts ...*Type) *Type {
	var flat []*Type
	var flags typeFlags
	for _, t := range ts {
		if t.is(tfIntersection) {
			flat = append(flat, t.types...)
			for _, m := range t.types {
				flags |= m.flags
			}
			continue
		}
		flat = append(flat, regularOf(t))
		flags |= t.flags
	}
	if flags&tfUnchecked != 0 {
		return c.in.unchecked
	}
	if flags&tfNever != 0 {
		return c.in.never
	}
	if flags&tfAny != 0 {
		return c.in.any
	}
	if flags&tfUnion != 0 {
		// Distributing over unions is tsc's rule; we leave such types
		// unmodelled rather than risk a different normal form.
		return c.in.unchecked
	}
	var out []*Type
	for _, t := range flat {
		if t.is(tfUnknown) {
			continue
		}
		dup := false
		for _, o := range out {
			if o == t {
				dup = true
			}
		}
		if !dup {
			out = append(out, t)
		}
	}
	prims := 0
	for _, t := range out {
		if t.is(tfPrimitive) {
			prims++
		}
	}
	if prims > 1 {
		return c.in.unchecked // string & number etc.: never in tsc, rare in practice
	}
	switch len(out) {
	case 0:
		return c.in.unknown
	case 1:
		return out[0]
	}
	key := unionKey(out)
	if t, ok := c.tt.inters[key]; ok {
		return t
	}
	t := c.newType(tfIntersection)
	t.types = out
	c.tt.inters[key] = t
	return t
}

// filter keeps the members of a union for which keep is true.
func (c *checker) filter(t *Type, keep func(*Type) bool) *Type {
	if !t.is(tfUnion) {
		if keep(t) {
			return t
		}
		return c.in.never
	}
	var out []*Type
	for _, m := range t.types {
		if keep(m) {
			out = append(out, m)
		}
	}
	if len(out) == len(t.types) {
		return t
	}
	return c.union(out...)
}

func members(t *Type) []*Type {
	if t.is(tfUnion) {
		return t.types
	}
	return []*Type{t}
}

func (c *checker) arrayOf(elem *Type, readonly bool) *Type {
	m := c.tt.arrays
	if readonly {
		m = c.tt.roArrays
	}
	if t, ok := m[elem]; ok {
		return t
	}
	base := c.lib.array
	if readonly {
		base = c.lib.roArray
	}
	var t *Type
	if base == nil {
		t = c.newObject(&objectType{kind: okArray, typeArgs: []*Type{elem}, readonly: readonly, builtin: true, resolved: true})
	} else {
		t = c.instantiateGeneric(base, []*Type{elem})
		t.obj.kind = okArray
		t.obj.readonly = readonly
	}
	m[elem] = t
	return t
}

func isArray(t *Type) bool    { return t.is(tfObject) && t.obj.kind == okArray }
func isTuple(t *Type) bool    { return t.is(tfObject) && t.obj.kind == okTuple }
func arrayElem(t *Type) *Type { return t.obj.typeArgs[0] }

// tuple builds a tuple type; its members come from ReadonlyArray/Array of
// the union of its elements, plus numeric-named element properties.
func (c *checker) tuple(elems []tupleElem, readonly bool) *Type {
	var parts []*Type
	for _, e := range elems {
		if e.rest {
			return c.in.unchecked // variadic tuples are not modelled
		}
		parts = append(parts, e.t)
	}
	elem := c.union(parts...)
	if len(parts) == 0 {
		elem = c.in.never
	}
	arr := c.arrayOf(elem, readonly)
	o := &objectType{kind: okTuple, elems: elems, readonly: readonly, builtin: true}
	o.resolve = func(o *objectType) {
		ao := arr.obj.members()
		for i, e := range elems {
			o.addProp(&prop{name: strconv.Itoa(i), t: e.t, optional: e.optional, readonly: readonly})
		}
		for _, p := range ao.props {
			if p.name == "length" {
				continue
			}
			o.addProp(p)
		}
		o.addProp(&prop{name: "length", t: c.numLit(float64(len(elems))), readonly: true})
		o.numIndex = ao.numIndex
		o.roIndex = readonly
	}
	return c.newObject(o)
}

// typeParam makes a fresh type parameter.
func (c *checker) typeParam(name string) *Type {
	t := c.newType(tfTypeParam)
	t.name = name
	return t
}

// containsUnchecked reports whether t is or holds unchecked at the top
// level (members of unions and intersections).
func isUnchecked(t *Type) bool {
	if t == nil {
		return true
	}
	if t.is(tfUnchecked) {
		return true
	}
	if t.is(tfUnion | tfIntersection) {
		for _, m := range t.types {
			if isUnchecked(m) {
				return true
			}
		}
	}
	return false
}

func isNullable(t *Type) bool { return t.is(tfUndefined | tfNull | tfVoid) }

// removeNullable is NonNullable<T>.
func (c *checker) removeNullable(t *Type) *Type {
	if t.is(tfUnknown) {
		return t
	}
	return c.filter(t, func(m *Type) bool { return !isNullable(m) })
}

// widenLiteral is tsc's getWidenedLiteralType: fresh literals become their
// primitive, in unions too.
func (c *checker) widenLiteral(t *Type) *Type {
	switch {
	case t.is(tfStringLit) && t.fresh:
		return c.in.str
	case t.is(tfNumberLit) && t.fresh:
		return c.in.num
	case t.is(tfBigIntLit) && t.fresh:
		return c.in.bigint
	case t.is(tfBoolLit) && t.fresh:
		return c.in.boolean
	case t.is(tfUnion):
		var out []*Type
		changed := false
		for _, m := range t.types {
			w := c.widenLiteral(m)
			changed = changed || w != m
			out = append(out, w)
		}
		if changed {
			return c.union(out...)
		}
	}
	return t
}

// baseOfLiteral is getBaseTypeOfLiteralType: any literal to its primitive.
func (c *checker) baseOfLiteral(t *Type) *Type {
	switch {
	case t.is(tfStringLit):
		return c.in.str
	case t.is(tfNumberLit):
		return c.in.num
	case t.is(tfBigIntLit):
		return c.in.bigint
	case t.is(tfBoolLit):
		return c.in.boolean
	case t.is(tfUnion):
		var out []*Type
		for _, m := range t.types {
			out = append(out, c.baseOfLiteral(m))
		}
		return c.union(out...)
	}
	return t
}
