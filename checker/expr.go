package checker

// Expressions: names (with narrowing and definite assignment), property
// and element access (with nullability and "does not exist" checks),
// literals with contextual typing and freshness, operators, assignments,
// function expressions.

import (
	"strconv"
	"strings"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

func keyOfSym(id int) string { return "#" + strconv.Itoa(id) }

func isPathKey(k string) bool { return strings.IndexByte(k, '.') >= 0 }

// dropPaths forgets narrowings of properties under key.
func (c *checker) dropPaths(key string) {
	if c.env == nil {
		return
	}
	prefix := key + "."
	for k := range c.env.types {
		if strings.HasPrefix(k, prefix) {
			delete(c.env.types, k)
		}
	}
}

// refKey names a reference for narrowing: a variable, or a property path
// from one (x, x.a, x.a.b, x["a"]). ok is false for other expressions.
func (c *checker) refKey(n syntax.Node) (string, bool) {
	switch n := n.(type) {
	case *syntax.Identifier:
		sym := c.scope.lookup(n.Text)
		if sym == nil || sym.kind&skValue == 0 {
			return "", false
		}
		return keyOfSym(c.symID(sym)), true
	case *syntax.ParenExpr:
		return c.refKey(n.Expr)
	case *syntax.PropertyAccess:
		base, ok := c.refKey(n.Expr)
		if !ok {
			return "", false
		}
		return base + "." + nameText(n.Name), true
	case *syntax.ElementAccess:
		base, ok := c.refKey(n.Expr)
		if !ok {
			return "", false
		}
		switch idx := n.Index.(type) {
		case *syntax.StringLiteral:
			return base + "." + idx.Text, true
		case *syntax.NumericLiteral:
			if v, ok := parseNumber(idx.Text); ok {
				return base + "." + jsNumber(v), true
			}
		}
	case *syntax.KeywordExpr:
		if n.Kind() == syntax.KindThisKeyword {
			return "this", true
		}
	}
	return "", false
}

// isConstRef: the root of a reference is a const, or a parameter or let
// never reassigned.
func (c *checker) isConstRef(n syntax.Node) bool {
	switch n := n.(type) {
	case *syntax.Identifier:
		sym := c.scope.lookup(n.Text)
		return sym != nil && (sym.kind&skConst != 0 || sym.kind&(skParam|skLet) != 0 && len(sym.assigns) == 0)
	case *syntax.ParenExpr:
		return c.isConstRef(n.Expr)
	case *syntax.PropertyAccess:
		return c.isConstRef(n.Expr)
	}
	return false
}

// entityText is the source text of an entity name expression (x, x.y)
// for "'x.y' is possibly 'undefined'", or "" for other expressions.
func (c *checker) entityText(n syntax.Node) string {
	switch n := n.(type) {
	case *syntax.Identifier:
		return n.Text
	case *syntax.PropertyAccess:
		if n.QuestionDot {
			return ""
		}
		base := c.entityText(n.Expr)
		if base == "" {
			return ""
		}
		if _, ok := n.Name.(*syntax.Identifier); !ok {
			return ""
		}
		return base + "." + nameText(n.Name)
	case *syntax.KeywordExpr:
		if n.Kind() == syntax.KindThisKeyword {
			return "this"
		}
	}
	return ""
}

func (c *checker) expr(n syntax.Node, ctx *Type) *Type {
	c.step()
	if n == nil {
		return c.in.unchecked
	}
	switch n := n.(type) {
	case *syntax.Identifier:
		return c.identifier(n)
	case *syntax.StringLiteral:
		return c.freshOf(c.strLit(n.Text))
	case *syntax.NumericLiteral:
		if v, ok := parseNumber(n.Text); ok {
			return c.freshOf(c.numLit(v))
		}
		return c.in.num
	case *syntax.BigIntLiteral:
		return c.freshOf(c.bigLit(n.Text))
	case *syntax.TemplatePart:
		return c.freshOf(c.strLit(n.Text))
	case *syntax.TemplateExpression:
		for _, sp := range n.Spans {
			c.expr(sp.Expr, nil)
		}
		return c.in.str
	case *syntax.RegExpLiteral:
		if t := c.lib.get("RegExp"); t != nil {
			return t
		}
		return c.in.unchecked
	case *syntax.KeywordExpr:
		switch n.Kind() {
		case syntax.KindTrueKeyword:
			return c.freshOf(c.in.trueT)
		case syntax.KindFalseKeyword:
			return c.freshOf(c.in.falseT)
		case syntax.KindNullKeyword:
			return c.in.null
		case syntax.KindThisKeyword:
			return c.thisType()
		}
		return c.in.unchecked
	case *syntax.ParenExpr:
		return c.expr(n.Expr, ctx)
	case *syntax.PropertyAccess:
		return c.propertyAccess(n, false)
	case *syntax.ElementAccess:
		return c.elementAccess(n, false)
	case *syntax.Call:
		return c.call(n, ctx)
	case *syntax.New:
		return c.newExpr(n)
	case *syntax.ObjectLiteral:
		return c.objectLiteral(n, ctx, false)
	case *syntax.ArrayLiteral:
		return c.arrayLiteral(n, ctx, false)
	case *syntax.Function:
		return c.functionExpr(n, ctx)
	case *syntax.Class:
		c.classDecl(n)
		return c.in.unchecked
	case *syntax.AsExpr:
		if isConstType(n.Type) {
			return c.constExpr(n.Expr)
		}
		c.expr(n.Expr, c.in.unchecked)
		return c.typeFrom(n.Type, c.scope)
	case *syntax.TypeAssertion:
		c.expr(n.Expr, c.in.unchecked)
		return c.typeFrom(n.Type, c.scope)
	case *syntax.SatisfiesExpr:
		target := c.typeFrom(n.Type, c.scope)
		t := c.expr(n.Expr, target)
		if !isUnchecked(target) {
			if ok, sure := c.assignableSure(t, target); !ok && sure {
				// Only the elaborated form shares tsc's message; the
				// top-level TS1360 is not in our catalogue.
				c.silent++
				saved := len(c.diags)
				c.silent--
				c.elaborateOnly(n.Expr, t, target)
				_ = saved
			}
		}
		return t
	case *syntax.NonNullExpr:
		c.nonNull++
		t := c.expr(n.Expr, nil)
		c.nonNull--
		return c.removeNullable(t)
	case *syntax.AwaitExpr:
		return c.awaited(c.expr(n.Expr, nil))
	case *syntax.PrefixUnary:
		return c.prefix(n)
	case *syntax.PostfixUnary:
		c.assignOp(n.Operand)
		c.expr(n.Operand, nil)
		return c.in.num
	case *syntax.Binary:
		return c.binary(n, ctx)
	case *syntax.Conditional:
		t, f := c.cond(n.Cond)
		c.env = t
		a := c.expr(n.WhenTrue, ctx)
		tEnd := c.env
		c.env = f
		b := c.expr(n.WhenFalse, ctx)
		c.env = c.merge(tEnd, c.env)
		return c.union(a, b)
	case *syntax.SpreadElement:
		c.expr(n.Expr, nil)
		return c.in.unchecked
	case *syntax.TaggedTemplate:
		c.expr(n.Tag, nil)
		if te, ok := n.Template.(*syntax.TemplateExpression); ok {
			for _, sp := range te.Spans {
				c.expr(sp.Expr, nil)
			}
		}
		return c.in.unchecked
	case *syntax.YieldExpr:
		c.expr(n.Expr, nil)
		return c.in.unchecked
	case *syntax.ExprWithTypeArgs:
		c.expr(n.Expr, nil)
		return c.in.unchecked
	}
	return c.in.unchecked
}

func isConstType(n syntax.Node) bool {
	r, ok := n.(*syntax.TypeReference)
	return ok && identText(r.Name) == "const" && len(r.TypeArgs) == 0
}

func (c *checker) thisType() *Type {
	for f := c.fn; f != nil; f = f.outer {
		if f.node != nil && f.node.Kind() == syntax.KindArrowFunction {
			continue
		}
		if f.this != nil {
			return f.this
		}
		return c.in.unchecked
	}
	return c.in.unchecked
}

func (c *checker) identifier(n *syntax.Identifier) *Type {
	if n.Text == "undefined" {
		if sym := c.scope.lookup("undefined"); sym == nil {
			return c.in.undefined
		}
	}
	sym := c.scope.lookup(n.Text)
	if sym == nil {
		if n.Text != "arguments" && c.certainlyUnknown(n.Text) {
			c.report(n, diag.CannotFindName, n.Text)
		}
		return c.in.unchecked
	}
	if sym.kind&skValue == 0 && sym.kind&skBuiltin == 0 {
		return c.in.unchecked // a type used as a value: tsc reports TS2693, we stay silent
	}
	declared := c.valueTypeOf(sym)
	key := keyOfSym(c.symID(sym))
	if c.env != nil {
		if c.env.unassigned[sym] && !c.env.maybeDead && c.isSameFunction(sym) && c.nonNull == 0 {
			c.report(n, diag.UsedBeforeAssigned, n.Text)
		}
		if t, ok := c.env.types[key]; ok {
			return t
		}
	}
	return declared
}

// isSameFunction: tsc assumes variables of outer functions initialized.
func (c *checker) isSameFunction(sym *symbol) bool {
	return c.fn == nil || c.fn.node == nil && (sym.fnScope == nil || sym.fnScope == c.file.sf) || c.fn.node != nil && syntax.Node(c.fn.node) == sym.fnScope
}

// reportNullable checks the object of an access or call for null and
// undefined; it returns the type without them.
func (c *checker) reportNullable(obj syntax.Node, t *Type, call bool) *Type {
	if isUnchecked(t) {
		return t
	}
	hasNull, hasUndef := false, false
	for _, m := range members(t) {
		if m.is(tfNull) {
			hasNull = true
		}
		if m.is(tfUndefined | tfVoid) {
			hasUndef = true
		}
	}
	if !hasNull && !hasUndef {
		if t.is(tfUnknown) {
			if name := c.entityText(obj); name != "" && !call {
				c.report(obj, diag.IsOfTypeUnknown, name)
			}
			return c.in.unchecked
		}
		return t
	}
	if call {
		switch {
		case hasNull && hasUndef:
			c.report(obj, diag.CannotInvokePossiblyNullish)
		case hasNull:
			c.report(obj, diag.CannotInvokePossiblyNull)
		default:
			c.report(obj, diag.CannotInvokePossiblyUndef)
		}
		return c.removeNullable(t)
	}
	if name := c.entityText(obj); name != "" {
		switch {
		case hasNull && hasUndef:
			c.report(obj, diag.PossiblyNullOrUndefined, name)
		case hasNull:
			c.report(obj, diag.PossiblyNull, name)
		default:
			c.report(obj, diag.PossiblyUndefined, name)
		}
	} else {
		switch {
		case hasNull && hasUndef:
			c.report(obj, diag.ObjectPossiblyNullOrUndef)
		case hasNull:
			c.report(obj, diag.ObjectPossiblyNull)
		default:
			c.report(obj, diag.ObjectPossiblyUndefined)
		}
	}
	return c.removeNullable(t)
}

// propertyOf finds a property on one (non-union) type; nil when absent
// or unknown.
func (c *checker) propertyOf(t *Type, name string) *prop {
	switch {
	case t.is(tfObject):
		if p := t.obj.prop(name); p != nil {
			return p
		}
		if len(t.obj.members().calls) > 0 || len(t.obj.ctors) > 0 {
			if f := c.lib.get("Function"); f != nil {
				if p := f.obj.prop(name); p != nil {
					return p
				}
			}
		}
		if o := c.lib.get("Object"); o != nil {
			return o.obj.prop(name)
		}
	case t.is(tfIntersection):
		for _, m := range t.types {
			if p := c.propertyOf(m, name); p != nil {
				return p
			}
		}
	case t.is(tfPrimitive):
		if app := c.apparent(t); app != nil && app != t {
			return c.propertyOf(app, name)
		}
	}
	return nil
}

// missingCertain says whether a property absent from our model of t is
// certainly absent for tsc too.
func (c *checker) missingCertain(t *Type) bool {
	switch {
	case t.is(tfObject):
		m := t.obj.members()
		if m.resolving {
			return false
		}
		if m.builtin || m.strIndex != nil || m.numIndex != nil && t.obj.kind != okArray && t.obj.kind != okTuple {
			return false
		}
		return true
	case t.is(tfIntersection):
		for _, m := range t.types {
			if !c.missingCertain(m) {
				return false
			}
		}
		return true
	case t.is(tfPrimitive):
		if app := c.apparent(t); app != nil && app != t {
			return c.missingCertain(app)
		}
	}
	return false
}

// readonlyArrayMutators never exist on ReadonlyArray in any lib.
var readonlyArrayMutators = map[string]bool{"push": true, "pop": true, "shift": true, "unshift": true, "splice": true, "sort": true, "reverse": true, "fill": true, "copyWithin": true}

// libNewerMembers are members of built-ins added after ES2022: a project
// with a newer lib has them, so they are never reported.
var libNewerMembers = map[string]bool{"findLast": true, "findLastIndex": true, "toSorted": true, "toReversed": true, "toSpliced": true, "with": true,
	"isWellFormed": true, "toWellFormed": true, "group": true, "groupBy": true, "union": true, "intersection": true, "difference": true,
	"symmetricDifference": true, "isSubsetOf": true, "isSupersetOf": true, "isDisjointFrom": true, "withResolvers": true, "try": true}

func (c *checker) propertyAccess(n *syntax.PropertyAccess, forWrite bool) *Type {
	nn := c.nonNull
	c.nonNull = 0
	objT := c.expr(n.Expr, nil)
	c.nonNull = nn
	name := nameText(n.Name)
	inChain := !n.QuestionDot && isOptionalChain(n.Expr)
	if n.QuestionDot || inChain {
		objT = c.removeNullable(objT)
	} else {
		objT = c.reportNullable(n.Expr, objT, false)
	}
	t := c.propOnType(n, objT, name)
	if (n.QuestionDot || inChain) && !t.is(tfUnchecked) {
		t = c.union(t, c.in.undefined)
	}
	if !forWrite && c.env != nil {
		if key, ok := c.refKey(n); ok {
			if nt, ok := c.env.types[key]; ok {
				return nt
			}
		}
	}
	return t
}

// propOnType reads property name of objT, reporting TS2339/TS2551 when
// the property certainly does not exist.
func (c *checker) propOnType(n *syntax.PropertyAccess, objT *Type, name string) *Type {
	if isUnchecked(objT) || objT.is(tfAny) {
		return c.in.unchecked
	}
	if objT.is(tfNever) {
		return c.in.unchecked
	}
	var out []*Type
	for _, m := range members(objT) {
		p := c.propertyOf(m, name)
		if p == nil {
			if m.is(tfObject) && m.obj.members().strIndex != nil {
				out = append(out, m.obj.strIndex)
				continue
			}
			c.reportMissingProp(n, objT, m, name)
			return c.in.unchecked
		}
		if p.private && p.class != "" && !c.insideClass(p.class) && !strings.HasPrefix(name, "#") {
			if p.decl != nil && p.decl.Kind() != syntax.KindParameter || true {
				if hasPrivateModifier(p.decl) {
					c.report(n.Name, diag.PropertyIsPrivate, name, p.class)
				}
			}
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

func hasPrivateModifier(n syntax.Node) bool {
	switch n := n.(type) {
	case *syntax.PropertyDeclaration:
		return n.Modifiers.Has(syntax.ModPrivate)
	case *syntax.Function:
		return n.Modifiers.Has(syntax.ModPrivate)
	case *syntax.Parameter:
		return n.Modifiers.Has(syntax.ModPrivate)
	}
	return false
}

func (c *checker) insideClass(name string) bool {
	for f := c.fn; f != nil; f = f.outer {
		if f.this != nil && f.this.is(tfObject) && f.this.obj.isClass && f.this.obj.name == name {
			return true
		}
	}
	return false
}

func (c *checker) reportMissingProp(n *syntax.PropertyAccess, whole, member *Type, name string) {
	if strings.HasPrefix(name, "#") {
		return
	}
	if declaresMember(member, name) {
		// The class declares it: our member table missed it (a member
		// read while the class's types were still being worked out). tsc
		// finds it, so stay silent rather than report a false error.
		return
	}
	certain := c.missingCertain(member) && !libNewerMembers[name]
	app := member
	if member.is(tfPrimitive) {
		app = c.apparent(member)
		if app == nil {
			return
		}
	}
	suggestion := ""
	if app.is(tfObject) {
		var names []string
		for _, p := range app.obj.members().props {
			names = append(names, p.name)
		}
		suggestion = spellingSuggestion(name, names)
	}
	if !certain {
		// Built-ins: our model may lack a member a newer lib has. Report
		// only a close misspelling of a modelled member, or a mutator on
		// a readonly array.
		builtinOK := member.is(tfObject) && (member.obj.kind == okArray || member.obj.kind == okTuple) || member.is(tfStringLike|tfNumberLike)
		if !builtinOK || libNewerMembers[name] {
			return
		}
		if isArray(member) && member.obj.readonly && readonlyArrayMutators[name] && suggestion == "" {
			c.report(n.Name, diag.PropertyNotExist, name, c.typeString(whole))
			return
		}
		if suggestion == "" {
			return
		}
	}
	if whole.is(tfUnion) {
		// tsc names the union; suggestions come from it as a whole. When
		// some member has the property, tsc's narrowing may have removed
		// the others where ours did not: stay silent.
		if suggestion != "" {
			return
		}
		for _, m := range whole.types {
			if c.propertyOf(m, name) != nil {
				return
			}
		}
		c.report(n.Name, diag.PropertyNotExist, name, c.typeString(whole))
		return
	}
	if suggestion != "" {
		c.report(n.Name, diag.PropertyNotExistDidYouMean, name, c.typeString(whole), suggestion)
		return
	}
	c.report(n.Name, diag.PropertyNotExist, name, c.typeString(whole))
}

// spellingSuggestion is tsc's getSpellingSuggestion over candidate names.
func spellingSuggestion(name string, cands []string) string {
	maxLenDiff := len(name) * 34 / 100
	if maxLenDiff < 2 {
		maxLenDiff = 2
	}
	best := float64(len(name)*4/10 + 1)
	found := ""
	for _, cand := range cands {
		d := len(cand) - len(name)
		if d < 0 {
			d = -d
		}
		if d > maxLenDiff || cand == name {
			continue
		}
		if len(cand) < 3 && strings.ToLower(cand) != strings.ToLower(name) {
			continue
		}
		dist, ok := levenshteinWithMax(name, cand, best-0.1)
		if !ok {
			continue
		}
		best = dist
		found = cand
	}
	return found
}

func levenshteinWithMax(s1, s2 string, max float64) (float64, bool) {
	prev := make([]float64, len(s2)+1)
	cur := make([]float64, len(s2)+1)
	big := max + 0.01
	for i := range prev {
		prev[i] = float64(i)
	}
	for i := 1; i <= len(s1); i++ {
		c1 := s1[i-1]
		minJ := 1
		if float64(i) > max {
			minJ = int(ceil(float64(i) - max))
		}
		maxJ := len(s2)
		if float64(len(s2)) > max+float64(i) {
			maxJ = int(max + float64(i))
		}
		cur[0] = float64(i)
		colMin := float64(i)
		for j := 1; j < minJ; j++ {
			cur[j] = big
		}
		for j := minJ; j <= maxJ; j++ {
			var sub float64
			if strings.ToLower(string(s1[i-1])) == strings.ToLower(string(s2[j-1])) {
				sub = prev[j-1] + 0.1
			} else {
				sub = prev[j-1] + 2
			}
			var dist float64
			if c1 == s2[j-1] {
				dist = prev[j-1]
			} else {
				dist = min(prev[j]+1, cur[j-1]+1, sub)
			}
			cur[j] = dist
			colMin = min(colMin, dist)
		}
		for j := maxJ + 1; j <= len(s2); j++ {
			cur[j] = big
		}
		if colMin > max {
			return 0, false
		}
		prev, cur = cur, prev
	}
	res := prev[len(s2)]
	if res > max {
		return 0, false
	}
	return res, true
}

func ceil(f float64) float64 {
	i := float64(int(f))
	if i < f {
		return i + 1
	}
	return i
}

func (c *checker) elementAccess(n *syntax.ElementAccess, forWrite bool) *Type {
	objT := c.expr(n.Expr, nil)
	idxT := c.expr(n.Index, nil)
	inChain := !n.QuestionDot && isOptionalChain(n.Expr)
	if n.QuestionDot || inChain {
		objT = c.removeNullable(objT)
	} else {
		objT = c.reportNullable(n.Expr, objT, false)
	}
	if !forWrite && c.env != nil {
		if key, ok := c.refKey(n); ok {
			if nt, ok := c.env.types[key]; ok {
				return nt
			}
		}
	}
	if isUnchecked(objT) || isUnchecked(idxT) || !objT.is(tfObject) {
		return c.in.unchecked
	}
	var t *Type
	switch {
	case isTuple(objT):
		if idxT.is(tfNumberLit) {
			i, err := strconv.Atoi(idxT.value)
			if err == nil && i >= 0 && i < len(objT.obj.elems) {
				e := objT.obj.elems[i]
				t = e.t
				if e.optional {
					t = c.union(t, c.in.undefined)
				}
			}
		}
		if t == nil {
			return c.in.unchecked
		}
	case isArray(objT):
		if !idxT.is(tfNumberLike) {
			return c.in.unchecked
		}
		t = arrayElem(objT)
	default:
		m := objT.obj.members()
		if idxT.is(tfStringLit) {
			if p := m.propIdx[idxT.value]; p != nil {
				t = p.t
				if p.optional {
					t = c.union(t, c.in.undefined)
				}
				break
			}
		}
		if idxT.is(tfStringLike) && m.strIndex != nil {
			t = m.strIndex
			break
		}
		return c.in.unchecked
	}
	if n.QuestionDot || inChain {
		t = c.union(t, c.in.undefined)
	}
	return t
}

func (c *checker) prefix(n *syntax.PrefixUnary) *Type {
	switch n.Op {
	case syntax.TExclamation:
		c.expr(n.Operand, nil)
		return c.in.boolean
	case syntax.TTypeof:
		c.expr(n.Operand, nil)
		return c.in.str
	case syntax.TVoid:
		c.expr(n.Operand, nil)
		return c.in.undefined
	case syntax.TDelete:
		c.expr(n.Operand, nil)
		return c.in.boolean
	case syntax.TPlusPlus, syntax.TMinusMinus:
		c.assignOp(n.Operand)
		c.expr(n.Operand, nil)
		return c.in.num
	case syntax.TMinus:
		if num, ok := n.Operand.(*syntax.NumericLiteral); ok {
			if v, ok := parseNumber(num.Text); ok {
				return c.freshOf(c.numLit(-v))
			}
		}
		t := c.expr(n.Operand, nil)
		if t.is(tfBigInt | tfBigIntLit) {
			return c.in.bigint
		}
		if isUnchecked(t) {
			return c.in.unchecked
		}
		return c.in.num
	case syntax.TPlus, syntax.TTilde:
		c.expr(n.Operand, nil)
		return c.in.num
	}
	c.expr(n.Operand, nil)
	return c.in.unchecked
}

// assignOp checks the target of ++/--/op= for const.
func (c *checker) assignOp(target syntax.Node) {
	if id, ok := target.(*syntax.Identifier); ok {
		if sym := c.scope.lookup(id.Text); sym != nil && sym.kind&skConst != 0 && sym.kind&skBuiltin == 0 && !sym.unchecked && sym.kind&skImport == 0 {
			c.report(id, diag.CannotAssignConst, id.Text)
		}
		if sym := c.scope.lookup(id.Text); sym != nil && c.env != nil {
			key := keyOfSym(c.symID(sym))
			c.env = c.env.clone()
			delete(c.env.types, key)
			c.dropPaths(key)
		}
	}
}

func (c *checker) binary(n *syntax.Binary, ctx *Type) *Type {
	switch n.Op {
	case syntax.TEquals:
		return c.assignment(n)
	case syntax.TAmpersandAmpersand, syntax.TBarBar:
		lctx := (*Type)(nil)
		if n.Op == syntax.TBarBar {
			lctx = ctx
		}
		lt := c.expr(n.Left, lctx)
		t, f := c.condNoCheck(n.Left)
		var rt *Type
		if n.Op == syntax.TAmpersandAmpersand {
			c.env = t
			rt = c.expr(n.Right, ctx)
			c.env = c.merge(c.env, f)
			if isUnchecked(lt) || isUnchecked(rt) {
				return c.in.unchecked
			}
			if c.truthyPart(lt).is(tfNever) {
				return lt
			}
			return c.union(c.falsyPart(lt), rt)
		}
		c.env = f
		rt = c.expr(n.Right, ctx)
		c.env = c.merge(t, c.env)
		if isUnchecked(lt) || isUnchecked(rt) {
			return c.in.unchecked
		}
		if f := c.falsyPart(lt); f.is(tfNever) {
			return lt
		} else if isUnchecked(f) {
			return c.in.unchecked
		}
		return c.union(c.truthyPart(lt), rt)
	case syntax.TQuestionQuestion:
		lt := c.expr(n.Left, ctx)
		saved := c.env
		rt := c.expr(n.Right, ctx)
		c.env = c.merge(saved, c.env)
		if isUnchecked(lt) || isUnchecked(rt) {
			return c.in.unchecked
		}
		if !c.containsUndefined(lt) && !allOf(lt, tfObject|tfPrimitive&^tfNull) {
			return c.in.unchecked
		}
		hasNullish := false
		for _, m := range members(lt) {
			hasNullish = hasNullish || m.is(tfNullable)
		}
		if !hasNullish {
			return lt
		}
		return c.union(c.removeNullable(lt), rt)
	case syntax.TEqualsEqualsEquals, syntax.TExclamationEqualsEquals, syntax.TEqualsEquals, syntax.TExclamationEquals:
		lt := c.expr(n.Left, nil)
		rt := c.expr(n.Right, nil)
		c.checkOverlap(n, lt, rt)
		return c.in.boolean
	case syntax.TLessThan, syntax.TGreaterThan, syntax.TLessThanEquals, syntax.TGreaterThanEquals, syntax.TInstanceof, syntax.TIn:
		c.expr(n.Left, nil)
		c.expr(n.Right, nil)
		return c.in.boolean
	case syntax.TComma:
		c.expr(n.Left, nil)
		return c.expr(n.Right, ctx)
	case syntax.TPlus:
		lt := c.expr(n.Left, nil)
		rt := c.expr(n.Right, nil)
		switch {
		case isUnchecked(lt) || isUnchecked(rt):
			return c.in.unchecked
		case allOf(lt, tfStringLike) || allOf(rt, tfStringLike):
			return c.in.str
		case allOf(lt, tfNumberLike) && allOf(rt, tfNumberLike):
			return c.in.num
		}
		return c.in.unchecked
	case syntax.TMinus, syntax.TAsterisk, syntax.TSlash, syntax.TPercent, syntax.TAsteriskAsterisk,
		syntax.TAmpersand, syntax.TBar, syntax.TCaret, syntax.TLessThanLessThan, syntax.TGreaterThanGreaterThan, syntax.TGreaterThanGreaterThanGreaterThan:
		lt := c.expr(n.Left, nil)
		rt := c.expr(n.Right, nil)
		if allOf(lt, tfNumberLike) && allOf(rt, tfNumberLike) {
			return c.in.num
		}
		return c.in.unchecked
	}
	if n.Op == syntax.TQuestionQuestionEquals || n.Op == syntax.TBarBarEquals || n.Op == syntax.TAmpersandAmpersandEquals {
		// x ??= v and friends: the right side is typed by the left; the
		// reference is unchecked afterwards (tsc narrows it; we do not).
		lt := c.expr(n.Left, nil)
		c.assignOp(n.Left)
		c.expr(n.Right, lt)
		if key, ok := c.refKey(n.Left); ok && c.env != nil {
			c.env = c.env.clone()
			c.env.types[key] = c.in.unchecked
			c.dropPaths(key)
		}
		return c.in.unchecked
	}
	if isAssignOp(n.Op) {
		c.assignOp(n.Left)
		lt := c.expr(n.Left, nil)
		c.expr(n.Right, nil)
		if n.Op == syntax.TPlusEquals && allOf(lt, tfStringLike) {
			return c.in.str
		}
		return c.in.unchecked
	}
	c.expr(n.Left, nil)
	c.expr(n.Right, nil)
	return c.in.unchecked
}

func allOf(t *Type, f typeFlags) bool {
	for _, m := range members(t) {
		if !m.is(f) {
			return false
		}
	}
	return true
}

// falsyPart / truthyPart: the members of t that can be falsy / truthy.
func (c *checker) falsyPart(t *Type) *Type {
	var out []*Type
	for _, m := range members(t) {
		switch {
		case m.is(tfNullable), m == c.in.falseT:
			out = append(out, m)
		case m.is(tfString):
			out = append(out, c.strLit(""))
		case m.is(tfNumber):
			out = append(out, c.numLit(0))
		case m.is(tfStringLit) && m.value == "", m.is(tfNumberLit) && m.value == "0":
			out = append(out, m)
		case m.is(tfBoolLit):
		case m.is(tfObject | tfNonPrimitive | tfStringLit | tfNumberLit):
		default:
			return c.in.unchecked
		}
	}
	return c.union(out...)
}

func (c *checker) truthyPart(t *Type) *Type {
	return c.filter(t, func(m *Type) bool { return !definitelyFalsy(m) })
}

func definitelyFalsy(m *Type) bool {
	return m.is(tfNullable) || m.is(tfBoolLit) && m.value == "false" || m.is(tfStringLit) && m.value == "" || m.is(tfNumberLit) && m.value == "0" || m.is(tfBigIntLit) && m.value == "0n"
}

func definitelyTruthy(m *Type) bool {
	return m.is(tfObject|tfNonPrimitive|tfSymbol|tfUniqueSymbol) || m.is(tfBoolLit) && m.value == "true" || m.is(tfStringLit) && m.value != "" || m.is(tfNumberLit) && m.value != "0" && m.value != "NaN" || m.is(tfBigIntLit) && m.value != "0n"
}

// checkOverlap is TS2367 for primitive and literal operands.
func (c *checker) checkOverlap(n *syntax.Binary, lt, rt *Type) {
	if c.env == nil || c.env.inherited {
		return // narrowings carried into closures are approximate
	}
	simple := func(t *Type) bool {
		if isUnchecked(t) || t.is(tfNever) {
			return false
		}
		for _, m := range members(t) {
			if !m.is(tfString | tfNumber | tfBigInt | tfLiteral | tfNull | tfUndefined) {
				return false
			}
		}
		return true
	}
	if !simple(lt) || !simple(rt) {
		return
	}
	eq := func(a, b *Type) (bool, bool) {
		if allOf(b, tfNullable) {
			return true, true
		}
		return c.comparableTo(a, b)
	}
	ok1, s1 := eq(lt, rt)
	ok2, s2 := eq(rt, lt)
	if ok1 || ok2 || !s1 || !s2 {
		return
	}
	l, r := lt, rt
	lb, rb := c.baseOfLiteral(lt), c.baseOfLiteral(rt)
	if b1, _ := eq(lb, rb); !b1 {
		if b2, _ := eq(rb, lb); !b2 {
			l, r = lb, rb
		}
	}
	c.report(n, diag.ComparisonNoOverlap, c.typeString(regularType(c, l)), c.typeString(regularType(c, r)))
}

func regularType(c *checker, t *Type) *Type {
	if t.is(tfUnion) {
		fresh := false
		for _, m := range t.types {
			fresh = fresh || m.fresh
		}
		if !fresh {
			return t
		}
		var out []*Type
		for _, m := range t.types {
			out = append(out, regularOf(m))
		}
		return c.union(out...)
	}
	return regularOf(t)
}

func (c *checker) assignment(n *syntax.Binary) *Type {
	switch left := n.Left.(type) {
	case *syntax.Identifier:
		sym := c.scope.lookup(left.Text)
		rtCtx := (*Type)(nil)
		if sym != nil && sym.kind&(skVar|skLet|skParam|skConst) != 0 {
			rtCtx = c.valueTypeOf(sym)
		}
		rt := c.expr(n.Right, rtCtx)
		if sym == nil {
			if c.certainlyUnknown(left.Text) {
				c.report(left, diag.CannotFindName, left.Text)
			}
			return rt
		}
		if sym.kind&skConst != 0 && sym.kind&skBuiltin == 0 && !sym.unchecked {
			c.report(left, diag.CannotAssignConst, left.Text)
			return rt
		}
		if sym.kind&(skVar|skLet|skParam) == 0 {
			return rt
		}
		declared := c.valueTypeOf(sym)
		c.checkAssign(n.Right, rt, declared, left, nil)
		if c.env != nil {
			c.assignNarrow(sym, declared, rt)
		}
		return rt
	case *syntax.PropertyAccess:
		objT := c.expr(left.Expr, nil)
		objT = c.reportNullable(left.Expr, objT, false)
		name := nameText(left.Name)
		var pt *Type
		if !isUnchecked(objT) && !objT.is(tfUnion) {
			if p := c.propertyOf(objT, name); p != nil {
				if p.readonly && !c.inConstructorOf(objT) {
					rt := c.expr(n.Right, nil)
					c.report(left.Name, diag.CannotAssignReadonly, name)
					return rt
				}
				pt = p.t
				if p.optional {
					pt = c.union(pt, c.in.undefined)
				}
			} else if objT.is(tfObject) && objT.obj.members().strIndex != nil {
				pt = objT.obj.strIndex
			} else {
				c.propOnType(left, objT, name)
			}
		}
		rctx := pt
		if rctx == nil {
			rctx = c.in.unchecked
		}
		rt := c.expr(n.Right, rctx)
		if pt != nil {
			c.checkAssign(n.Right, rt, pt, left, nil)
		}
		if key, ok := c.refKey(left); ok && c.env != nil {
			c.env = c.env.clone()
			c.dropPaths(key)
			if pt == nil {
				c.env.types[key] = c.in.unchecked
			} else if t := c.reduceAssigned(pt, rt); t != nil {
				c.env.types[key] = t
			} else {
				delete(c.env.types, key)
			}
		}
		return rt
	case *syntax.ElementAccess:
		objT := c.expr(left.Expr, nil)
		c.expr(left.Index, nil)
		if isArray(objT) && objT.obj.readonly {
			c.report(left, diag.IndexSignatureOnlyReading, c.typeString(objT))
		}
		rt := c.expr(n.Right, c.in.unchecked)
		if key, ok := c.refKey(left); ok && c.env != nil {
			c.env = c.env.clone()
			delete(c.env.types, key)
			c.dropPaths(key)
		}
		return rt
	default:
		// destructuring assignment: its targets lose narrowing
		rt := c.expr(n.Right, nil)
		if c.env != nil {
			c.env = c.env.clone()
			c.forgetRefs(n.Left)
			syntax.Inspect(n.Left, func(x syntax.Node) bool {
				if id, ok := x.(*syntax.Identifier); ok {
					if sym := c.scope.lookup(id.Text); sym != nil {
						delete(c.env.unassigned, sym)
					}
				}
				return true
			})
		}
		return rt
	}
}

// inConstructorOf: readonly properties may be assigned in the class's
// constructor.
func (c *checker) inConstructorOf(objT *Type) bool {
	for f := c.fn; f != nil; f = f.outer {
		if f.node != nil && f.node.Kind() == syntax.KindConstructor {
			return true
		}
		if f.node != nil && f.node.Kind() != syntax.KindArrowFunction {
			return false
		}
	}
	return false
}

// awaited unwraps Promise<T>.
func (c *checker) awaited(t *Type) *Type {
	if t.is(tfObject) && t.obj.kind == okInterface && t.obj.name == "Promise" && len(t.obj.typeArgs) == 1 && t.obj.generic != nil {
		return c.awaited(t.obj.typeArgs[0])
	}
	if t.is(tfObject) && t.obj.kind == okInterface && (t.obj.name == "Promise" || t.obj.name == "PromiseLike") {
		return c.in.unchecked
	}
	if t.is(tfUnion) {
		var out []*Type
		for _, m := range t.types {
			out = append(out, c.awaited(m))
		}
		return c.union(out...)
	}
	if t.is(tfObject) && (t.obj.members().propIdx["then"] != nil || t.obj.builtin) {
		return c.in.unchecked
	}
	if t.is(tfTypeParam) {
		return c.in.unchecked
	}
	return t
}

// declaresMember reports whether t is a class instance whose declaration
// (or a base class declaration in the same program) names member name:
// the syntax settles what the lazily built member table may not yet hold.
func declaresMember(t *Type, name string) bool {
	if !t.is(tfObject) {
		return false
	}
	o := t.obj
	if o.generic != nil {
		o = o.generic
	}
	for depth := 0; o != nil && depth < 32; depth++ {
		if o.classSym == nil || o.classSym.classDecl == nil {
			return false
		}
		for _, m := range o.classSym.classDecl.Members {
			switch m := m.(type) {
			case *syntax.Function:
				if id, ok := m.Name.(*syntax.Identifier); ok && id.Text == name {
					return true
				}
				if m.Kind() == syntax.KindConstructor {
					for _, p := range m.Params {
						if id, ok := p.Name.(*syntax.Identifier); ok && id.Text == name && p.Modifiers != nil && len(p.Modifiers.List) > 0 {
							return true
						}
					}
				}
			case *syntax.PropertyDeclaration:
				if id, ok := m.Name.(*syntax.Identifier); ok && id.Text == name {
					return true
				}
			}
		}
		if len(o.bases) == 0 || !o.bases[0].is(tfObject) {
			return false
		}
		o = o.bases[0].obj
		if o.generic != nil {
			o = o.generic
		}
	}
	return false
}
