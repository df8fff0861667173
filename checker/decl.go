package checker

// Types of declarations: interfaces (merged), classes (instance and
// constructor types), functions (overloads), variables, parameters and
// imports. Everything is computed on first use, so a declaration can be
// used before the checker's walk reaches it (hoisting), and a cycle gives
// unchecked instead of looping.

import (
	"github.com/tsrun-dev/tsrun/syntax"
)

// declaredTypeOf is the type an interface or class name denotes
// (uninstantiated).
func (c *checker) declaredTypeOf(sym *symbol) *Type {
	if sym.declType != nil {
		return sym.declType
	}
	if sym.unchecked {
		sym.declType = c.in.unchecked
		return sym.declType
	}
	if sym.kind&skClass != 0 && sym.classDecl != nil {
		return c.classInstance(sym)
	}
	var decls []*syntax.InterfaceDeclaration
	for _, d := range sym.decls {
		if i, ok := d.(*syntax.InterfaceDeclaration); ok {
			decls = append(decls, i)
		}
	}
	if len(decls) == 0 {
		sym.declType = c.in.unchecked
		return sym.declType
	}
	o := &objectType{kind: okInterface, name: sym.name}
	t := c.newObject(o)
	o.self = t
	sym.declType = t
	// Type parameters: shared by all merged declarations (by position).
	sc0 := sym.file.scopes[decls[0]]
	if sc0 == nil {
		sym.declType = c.in.unchecked
		return sym.declType
	}
	sym.typeParams = c.typeParamsFrom(decls[0].TypeParams, sc0)
	o.tparams = sym.typeParams
	for _, d := range decls[1:] {
		if len(d.TypeParams) != len(decls[0].TypeParams) {
			sym.declType = c.in.unchecked
			return sym.declType
		}
		if sc := sym.file.scopes[d]; sc != nil {
			for i, tp := range d.TypeParams {
				if s := sc.syms[tp.Name.Text]; s != nil {
					s.typeOfType = sym.typeParams[i]
				}
			}
		}
	}
	o.resolve = func(o *objectType) {
		for _, d := range decls {
			sc := sym.file.scopes[d]
			for _, h := range d.Heritage {
				for _, bt := range h.Types {
					base := c.heritageType(bt, sc)
					c.inheritMembers(o, base)
				}
			}
		}
		for _, d := range decls {
			c.addMembers(o, d.Members, sym.file.scopes[d])
		}
		if sym.kind&skBuiltin != 0 {
			// Our lib model: open unless declared complete; its
			// signatures never report argument errors.
			// A program augmenting a lib interface (a global script
			// interface of that name, or `declare global`) opens it.
			augmented := c.hasAmbientModules || c.globals != nil && c.globals.syms[sym.name] != nil
			o.builtin = o.builtin || !completeLib[sym.name] || augmented
			markLib(o)
		}
	}
	return t
}

func (c *checker) heritageType(bt *syntax.ExprWithTypeArgs, sc *scope) *Type {
	var ref *syntax.TypeReference
	switch e := bt.Expr.(type) {
	case *syntax.Identifier:
		ref = &syntax.TypeReference{Name: e, TypeArgs: bt.TypeArgs}
	default:
		return c.in.unchecked
	}
	silent := c.silent
	c.silent++
	t := c.typeRef(ref, sc)
	c.silent = silent
	return t
}

// inheritMembers copies a base type's members into o (o's own members
// are added afterwards and override).
func (c *checker) inheritMembers(o *objectType, base *Type) {
	if base.is(tfIntersection) {
		for _, m := range base.types {
			c.inheritMembers(o, m)
		}
		return
	}
	if !base.is(tfObject) {
		o.builtin = true // an unmodelled base: members may be missing
		return
	}
	bm := base.obj.members()
	if bm.builtin {
		o.builtin = true
	}
	for _, p := range bm.props {
		o.addProp(p)
	}
	o.calls = append(o.calls, bm.calls...)
	if bm.strIndex != nil {
		o.strIndex = bm.strIndex
	}
	if bm.numIndex != nil {
		o.numIndex = bm.numIndex
	}
	o.bases = append(o.bases, base)
}

// classInstance builds the instance type of a class declaration.
func (c *checker) classInstance(sym *symbol) *Type {
	cl := sym.classDecl
	o := &objectType{kind: okInterface, name: sym.name, isClass: true, classSym: sym}
	t := c.newObject(o)
	o.self = t
	sym.declType = t
	sc := sym.file.scopes[cl]
	if sc == nil {
		sym.declType = c.in.unchecked
		return sym.declType
	}
	sym.typeParams = c.typeParamsFrom(cl.TypeParams, sc)
	o.tparams = sym.typeParams
	o.resolve = func(o *objectType) {
		for _, h := range cl.Heritage {
			if h.Token != syntax.TExtends {
				continue
			}
			for _, bt := range h.Types {
				base := c.classBase(bt, sc)
				c.inheritMembers(o, base)
			}
		}
		for _, m := range cl.Members {
			c.addClassMember(o, t, m, sc, sym.name)
		}
	}
	return t
}

// classBase resolves `extends X<T>`: the instance type of a known class,
// or unchecked.
func (c *checker) classBase(bt *syntax.ExprWithTypeArgs, sc *scope) *Type {
	id, ok := bt.Expr.(*syntax.Identifier)
	if !ok {
		return c.in.unchecked
	}
	sym := sc.lookup(id.Text)
	if sym == nil {
		return c.in.unchecked
	}
	if sym.kind&skImport != 0 {
		sym = c.resolveAlias(sym)
		if sym == nil {
			return c.in.unchecked
		}
	}
	if sym.builtin != nil {
		if ctor := sym.builtin; ctor.is(tfObject) {
			cm := ctor.obj.members()
			if len(cm.ctors) > 0 && len(bt.TypeArgs) == 0 && len(cm.ctors[0].typeParams) == 0 {
				return cm.ctors[0].ret
			}
		}
		return c.in.unchecked
	}
	if sym.kind&skClass == 0 || sym.classDecl == nil {
		return c.in.unchecked
	}
	var args []*Type
	for _, a := range bt.TypeArgs {
		args = append(args, c.typeFrom(a, sc))
	}
	return c.typeOfTypeSymbol(sym, args)
}

func (c *checker) addClassMember(o *objectType, self *Type, m syntax.Node, sc *scope, className string) {
	switch m := m.(type) {
	case *syntax.PropertyDeclaration:
		if m.Modifiers.Has(syntax.ModStatic) {
			return
		}
		name, ok := c.propName(m.Name)
		if !ok {
			o.builtin = true
			return
		}
		t := c.in.unchecked
		if m.Type != nil {
			t = c.typeFrom(m.Type, sc)
		} else if m.Init != nil {
			t = c.silentExpr(m.Init, sc, self)
			if m.Modifiers.Has(syntax.ModReadonly) {
				t = c.regularObject(regularType(c, t)) // readonly keeps literal types
			} else {
				t = c.widenForMutable(t)
			}
		}
		o.addProp(&prop{name: name, t: t, optional: m.Question, readonly: m.Modifiers.Has(syntax.ModReadonly),
			private: m.Modifiers.Has(syntax.ModPrivate|syntax.ModProtected) || m.Name.Kind() == syntax.KindPrivateIdentifier, class: className, decl: m})
	case *syntax.Function:
		if m.Modifiers.Has(syntax.ModStatic) {
			return
		}
		switch m.Kind() {
		case syntax.KindConstructor:
			for _, p := range m.Params {
				if p.Modifiers.Has(syntax.ModPublic | syntax.ModPrivate | syntax.ModProtected | syntax.ModReadonly) {
					name := identText(p.Name)
					t := c.in.unchecked
					if p.Type != nil {
						t = c.typeFrom(p.Type, sc)
					}
					o.addProp(&prop{name: name, t: t, readonly: p.Modifiers.Has(syntax.ModReadonly), optional: p.Question,
						private: p.Modifiers.Has(syntax.ModPrivate | syntax.ModProtected), class: className, decl: p})
				}
			}
		case syntax.KindMethodDeclaration:
			name, ok := c.propName(m.Name)
			if !ok {
				o.builtin = true
				return
			}
			sig := c.sigOfFunction(m, sc, self)
			if old := o.propIdx[name]; old != nil && old.method && old.decl != nil && old.decl.Pos() != m.Pos() && m.Body == nil {
				old.t.obj.calls = append(old.t.obj.calls, sig)
				return
			}
			if old := o.propIdx[name]; old != nil && old.method && m.Body != nil && len(old.t.obj.calls) > 0 {
				if fd, ok := old.decl.(*syntax.Function); ok && fd.Body == nil {
					return // implementation after overloads
				}
			}
			ft := c.newObject(&objectType{kind: okAnon, calls: []*signature{sig}, resolved: true})
			o.addProp(&prop{name: name, t: ft, optional: m.Question, method: true,
				private: m.Modifiers.Has(syntax.ModPrivate|syntax.ModProtected) || m.Name.Kind() == syntax.KindPrivateIdentifier, class: className, decl: m})
		case syntax.KindGetAccessor, syntax.KindSetAccessor:
			name, ok := c.propName(m.Name)
			if !ok {
				o.builtin = true
				return
			}
			old := o.propIdx[name]
			if old != nil && old.decl != nil && old.decl.Kind() != m.Kind() {
				old.readonly = false
				return
			}
			t := c.in.unchecked
			if m.Kind() == syntax.KindGetAccessor && m.Type != nil {
				t = c.typeFrom(m.Type, sc)
			} else if m.Kind() == syntax.KindSetAccessor && len(m.Params) == 1 && m.Params[0].Type != nil {
				t = c.typeFrom(m.Params[0].Type, sc)
			}
			o.addProp(&prop{name: name, t: t, readonly: m.Kind() == syntax.KindGetAccessor,
				private: m.Modifiers.Has(syntax.ModPrivate | syntax.ModProtected), class: className, decl: m})
		}
	case *syntax.Signature:
		o.builtin = true // index signatures in classes: not modelled
	}
}

// classCtorType is the value type of a class name: construct signatures
// (from the constructor, or the base's) returning the instance type.
func (c *checker) classCtorType(sym *symbol) *Type {
	inst := c.declaredTypeOf(sym)
	if inst.is(tfUnchecked) {
		return inst
	}
	cl := sym.classDecl
	sc := sym.file.scopes[cl]
	o := &objectType{kind: okAnon, builtin: true}
	ret := inst
	if len(sym.typeParams) > 0 {
		ret = c.instantiateGeneric(inst, sym.typeParams)
	}
	o.resolve = func(o *objectType) {
		var ctor *syntax.Function
		for _, m := range cl.Members {
			if f, ok := m.(*syntax.Function); ok && f.Kind() == syntax.KindConstructor {
				if f.Body != nil || ctor == nil {
					ctor = f
				}
				if f.Body == nil {
					// overloads: not modelled
					o.ctors = append(o.ctors, &signature{ret: ret, hasRest: true, params: []param{{name: "args", t: c.in.unchecked, rest: true}}})
					return
				}
			}
		}
		var sig *signature
		if ctor != nil {
			sig = c.sigOfFunction(ctor, sym.file.scopes[ctor], inst)
		} else {
			hasBase := false
			for _, h := range cl.Heritage {
				if h.Token == syntax.TExtends {
					hasBase = true
				}
			}
			if hasBase {
				sig = &signature{hasRest: true, params: []param{{name: "args", t: c.in.unchecked, rest: true}}}
			} else {
				sig = &signature{}
			}
		}
		s := *sig
		s.ret = ret
		s.typeParams = sym.typeParams
		s.retDeclared = true
		o.ctors = append(o.ctors, &s)
		for _, m := range cl.Members {
			if pd, ok := m.(*syntax.PropertyDeclaration); ok && pd.Modifiers.Has(syntax.ModStatic) {
				if name, ok := c.propName(pd.Name); ok && pd.Type != nil {
					o.addProp(&prop{name: name, t: c.typeFrom(pd.Type, sc), readonly: pd.Modifiers.Has(syntax.ModReadonly)})
				}
			}
		}
	}
	return c.newObject(o)
}

// sigOfFunction builds the signature of a function-like declaration.
// Unannotated parameters are unchecked here (contextual types apply only
// when a function expression is checked); an unannotated return type is
// inferred from the body.
func (c *checker) sigOfFunction(f *syntax.Function, sc *scope, this *Type) *signature {
	fsc := c.file.scopes[f]
	if fsc == nil {
		// the function may be in another file
		for _, fi := range c.files {
			if s := fi.scopes[f]; s != nil {
				fsc = s
				break
			}
		}
	}
	if fsc == nil {
		fsc = sc
	}
	sig := &signature{retDeclared: f.Type != nil, this: this}
	sig.typeParams = c.typeParamsFrom(f.TypeParams, fsc)
	c.fillParams(sig, f.Params, fsc)
	for i, p := range f.Params {
		if p.Type == nil && p.Init != nil && i < len(sig.params) && identText(p.Name) != "this" {
			sig.params[i].t = c.widenForMutable(c.silentExpr(p.Init, fsc, this))
		}
	}
	if f.Type != nil {
		sig.ret = c.returnTypeFrom(sig, f.Type, f.Params, fsc)
		if f.Modifiers.Has(syntax.ModAsync) {
			sig.ret = c.promiseOf(sig.ret, true)
		}
	} else {
		sig.ret = c.inferReturn(f, this)
	}
	return sig
}

// promiseOf: for an async function's annotation `Promise<T>` it is that
// type; the return type of an unannotated async function is Promise<T>.
func (c *checker) promiseOf(t *Type, annotated bool) *Type {
	if annotated {
		return t
	}
	if p := c.lib.get("Promise"); p != nil && !t.is(tfUnchecked) {
		return c.instantiateGeneric(p, []*Type{t})
	}
	return c.in.unchecked
}

// functionType is the value type of a function symbol (all overloads).
func (c *checker) functionType(sym *symbol) *Type {
	var fns []*syntax.Function
	for _, d := range sym.decls {
		if f, ok := d.(*syntax.Function); ok {
			fns = append(fns, f)
		} else {
			return c.in.unchecked
		}
	}
	var sigs []*signature
	if len(fns) > 1 {
		for _, f := range fns {
			if f.Body == nil {
				sigs = append(sigs, c.sigOfFunction(f, sym.file.scopes[f], nil))
			}
		}
	} else if len(fns) == 1 {
		sigs = append(sigs, c.sigOfFunction(fns[0], nil, nil))
	}
	if len(sigs) == 0 {
		return c.in.unchecked
	}
	if sym.kind&skBuiltin != 0 {
		for _, s := range sigs {
			s.lib = true
		}
	}
	return c.newObject(&objectType{kind: okAnon, calls: sigs, resolved: true, builtin: true})
}

// valueTypeOf is the declared type of a value symbol.
func (c *checker) valueTypeOf(sym *symbol) *Type {
	if sym.valueType != nil {
		return sym.valueType
	}
	if sym.unchecked {
		return c.in.unchecked
	}
	if sym.builtin != nil {
		return sym.builtin
	}
	if sym.resolving {
		return c.in.unchecked
	}
	sym.resolving = true
	defer func() { sym.resolving = false }()
	var t *Type
	switch {
	case sym.kind&skImport != 0:
		target := c.resolveAlias(sym)
		if target == nil || target.kind&skValue == 0 {
			t = c.in.unchecked
		} else {
			t = c.valueTypeOf(target)
		}
	case sym.kind&skNamespaceImport != 0:
		t = c.namespaceType(sym.module)
	case sym.kind&skFunction != 0:
		t = c.functionType(sym)
	case sym.kind&skClass != 0:
		t = c.classCtorType(sym)
	case sym.kind&(skVar|skLet|skConst) != 0:
		t = c.variableType(sym)
	case sym.kind&skCatch != 0:
		t = c.in.unknown
		if v, ok := sym.decls[0].(*syntax.VariableDeclaration); ok && v.Type != nil {
			t = c.in.unchecked
		}
	default:
		t = c.in.unchecked
	}
	if sym.kind&(skParam) != 0 {
		return c.in.unchecked // set by the function checker before use
	}
	sym.valueType = t
	return t
}

// variableType computes a variable's declared type out of order (the walk
// sets it precisely when it reaches the declaration).
func (c *checker) variableType(sym *symbol) *Type {
	var v *syntax.VariableDeclaration
	for _, d := range sym.decls {
		if vd, ok := d.(*syntax.VariableDeclaration); ok {
			if v != nil {
				return c.in.unchecked
			}
			v = vd
		}
	}
	if v == nil {
		return c.in.unchecked // binding elements: set by the walk
	}
	sc := c.scopeAt(sym)
	if v.Type != nil {
		return c.typeFrom(v.Type, sc)
	}
	if v.Init == nil {
		return c.in.unchecked
	}
	t := c.silentExpr(v.Init, sc, nil)
	if sym.kind&skConst == 0 {
		t = c.widenForMutable(t)
	}
	return t
}

// scopeAt is the scope a symbol was declared in.
func (c *checker) scopeAt(sym *symbol) *scope {
	for _, sc := range sym.file.scopes {
		if sc.syms[sym.name] == sym {
			return sc
		}
	}
	return sym.file.scope
}

// namespaceType is the type of `import * as m`: its exports as
// properties. Missing members are not reported (tsc's message names the
// module by absolute path, which we cannot reproduce).
func (c *checker) namespaceType(m *fileInfo) *Type {
	if m == nil {
		return c.in.unchecked
	}
	o := &objectType{kind: okAnon, builtin: true}
	o.resolve = func(o *objectType) {
		for name, s := range m.exports {
			if s.kind&skValue == 0 && s.kind&skImport == 0 {
				continue
			}
			o.addProp(&prop{name: name, t: c.valueTypeOf(s), readonly: true})
		}
	}
	return c.newObject(o)
}

// silentExpr types an expression without reporting, outside the flow
// walk (for declarations used before the walk reaches them).
func (c *checker) silentExpr(n syntax.Node, sc *scope, this *Type) *Type {
	saved := c.saveState()
	c.silent++
	c.scope = sc
	c.env = newFlow()
	c.fn = &fnCtx{this: this, outer: saved.fn}
	t := c.expr(n, nil)
	c.restoreState(saved)
	return t
}

type savedState struct {
	scope  *scope
	env    *flow
	fn     *fnCtx
	silent int
	file   *fileInfo
}

func (c *checker) saveState() savedState {
	return savedState{c.scope, c.env, c.fn, c.silent, c.file}
}

func (c *checker) restoreState(s savedState) {
	c.scope, c.env, c.fn, c.silent, c.file = s.scope, s.env, s.fn, s.silent, s.file
}

// widenForMutable is the type a let/var/property gets from its
// initializer: fresh literals widen, object literals lose freshness.
func (c *checker) widenForMutable(t *Type) *Type {
	t = c.widenLiteral(t)
	return c.regularObject(t)
}

func (c *checker) regularObject(t *Type) *Type {
	if t.is(tfObject) && t.fresh {
		cp := *t
		cp.fresh = false
		return &cp
	}
	return t
}
