package runtime

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/tsrun-dev/tsrun/syntax"
)

// goja words a destructuring of null or undefined "Value is not object
// coercible", an iteration of it "Cannot convert undefined or null to
// object" and of any other non-iterable "object is not iterable". V8 names
// what failed as the source spells it: "Cannot destructure property 'a' of
// 'o.p' as it is undefined.", "u is not iterable", "f is not a function or
// its return value is not iterable". The failing instruction says which
// kind of operation it is and holds the value on goja's stack; the
// position of the frame running it leads to the declaration, for…of or
// spread in the file's source. Where V8's text depends on what cannot be
// told apart here (a nested pattern whose check sits at the same position
// as the outer one, a literal the compiler places elsewhere, V8's own
// oddities such as '.for' for a for…of pattern), goja's text stays.

// destructureText is V8's text for TypeError m made by goja's instruction
// name, or "".
func (vm *VM) destructureText(g gojaVM, m, name string) (text string) {
	defer func() {
		// An unforeseen shape keeps goja's text rather than end the
		// program; so does a throw while reading Symbol.iterator.
		if recover() != nil {
			text = ""
		}
	}()
	nullish := m != "object is not iterable"
	var v goja.Value
	var ok bool
	switch name {
	case "_checkObjectCoercible", "_createDestructSrc", "_iterate", "_iterateP", "_pushArraySpread":
		v, ok = g.slot(1)
	case "_pushSpread":
		// The instruction has popped its operand before iterating it.
		st, sp := g.stack(), g.int(g.l.vmSP)
		if ok = sp >= 0 && sp < len(st); ok {
			v = st[sp]
		}
	case "_new":
		ok = !nullish
	default:
		return ""
	}
	if !ok {
		return ""
	}
	if name != "_new" && !operandFailed(v, nullish) {
		return ""
	}
	sf, pos, ok := vm.currentSite()
	if !ok {
		return ""
	}
	var site syntax.Node
	syntax.Inspect(sf, func(n syntax.Node) bool {
		if n.Pos() > pos || n.End() < pos {
			return n.Kind() == syntax.KindSourceFile
		}
		switch n := n.(type) {
		case *syntax.VariableDeclaration:
			if _, isPat := n.Name.(*syntax.BindingPattern); isPat && n.Init != nil && within(n.Init, pos) {
				site = n
			}
		case *syntax.Binary:
			switch stripped(n.Left).(type) {
			case *syntax.ObjectLiteral, *syntax.ArrayLiteral:
				if n.Op == syntax.TEquals && within(n.Right, pos) {
					site = n
				}
			}
		case *syntax.ForOfStatement:
			if within(n.Expr, pos) {
				site = n
			}
		case *syntax.SpreadElement:
			if within(n.Expr, pos) {
				site = n
			}
		case *syntax.Function:
			if n.Pos() == pos {
				site = n
			}
		case *syntax.New:
			if n.Pos() == pos {
				site = n
			}
		}
		return true
	})
	switch s := site.(type) {
	case *syntax.VariableDeclaration:
		return declText(s, v, name)
	case *syntax.Binary:
		return assignText(s, v, name)
	case *syntax.ForOfStatement:
		if (name != "_iterate" && name != "_iterateP") || hasPattern(s.Init) {
			return ""
		}
		return iterText(s.Expr)
	case *syntax.SpreadElement:
		return spreadText(sf, s, v, name, nullish)
	case *syntax.Function:
		return paramText(s, v, name)
	case *syntax.New:
		return newIterText(g, s, name)
	}
	return ""
}

// operandFailed tells whether v, the operand of the running instruction,
// is what goja found not iterable or not coercible: a generator driven by
// a spread or for…of runs its own failing yield* while the frame goja
// reports is the one iterating it.
func operandFailed(v goja.Value, nullish bool) bool {
	if nullish || v == nil {
		return nullishName(v) != ""
	}
	o, isObj := v.(*goja.Object)
	if !isObj {
		return nullishName(v) == ""
	}
	if t, _ := objectImpl(o); t == nil || t.Elem().Name() == "proxyObject" {
		return false // a trap would run program code
	}
	// An accessor at Symbol.iterator runs a second time here; a plain
	// method, the usual case, is only read.
	_, callable := goja.AssertFunction(o.GetSymbol(goja.SymIterator))
	return !callable
}

// currentSite is the parsed file and byte offset of the innermost frame
// goja is running.
func (vm *VM) currentSite() (*syntax.SourceFile, int32, bool) {
	fs := vm.RT.CaptureCallStack(1, nil)
	if len(fs) == 0 {
		return nil, 0, false
	}
	p := fs[0].Position()
	f, ok := vm.sources[p.Filename]
	if !ok || p.Line < 1 || p.Line > len(f.LineStarts()) {
		return nil, 0, false
	}
	line := f.LineText(p.Line)
	return vm.parsedSource(f), int32(int(f.LineStarts()[p.Line-1]) + utf16ColToByte(line, p.Column)), true
}

func within(n syntax.Node, pos int32) bool { return n != nil && n.Pos() <= pos && pos <= n.End() }

// stripped is n without the parentheses and type-only wrappers the
// blanked program does not have.
func stripped(n syntax.Node) syntax.Node {
	for {
		switch x := n.(type) {
		case *syntax.ParenExpr:
			n = x.Expr
		case *syntax.AsExpr:
			n = x.Expr
		case *syntax.SatisfiesExpr:
			n = x.Expr
		case *syntax.NonNullExpr:
			n = x.Expr
		case *syntax.TypeAssertion:
			n = x.Expr
		default:
			return n
		}
	}
}

// subjectText is an expression as V8 names it in these messages, for a
// name, this, or a chain of property accesses and calls on one: literals
// the compiler places elsewhere and everything else give "".
func subjectText(n syntax.Node) string {
	n = stripped(n)
	if e, ok := n.(*syntax.ElementAccess); ok && !e.QuestionDot {
		// V8 prints o['p'] as o.p.
		if k, ok := e.Index.(*syntax.StringLiteral); ok && identText(k.Text) {
			if base := subjectText(e.Expr); base != "" {
				return base + "." + k.Text
			}
		}
		return ""
	}
	root := n
	for {
		switch x := root.(type) {
		case *syntax.PropertyAccess:
			root = stripped(x.Expr)
			continue
		case *syntax.Call:
			root = stripped(x.Expr)
			continue
		}
		break
	}
	if _, isID := root.(*syntax.Identifier); !isID && root.Kind() != syntax.KindThisKeyword {
		return ""
	}
	s, ok := v8Callee(n)
	if !ok {
		return ""
	}
	return s
}

// iterText is V8's text for iterating expression n, which is not
// iterable.
func iterText(n syntax.Node) string {
	if l, ok := stripped(n).(*syntax.ObjectLiteral); ok && len(l.Properties) == 0 {
		return "{} is not iterable"
	}
	if c, ok := stripped(n).(*syntax.Call); ok {
		if s := subjectText(c.Expr); s != "" && !c.QuestionDot {
			return s + " is not a function or its return value is not iterable"
		}
		return ""
	}
	if s := subjectText(n); s != "" {
		return s + " is not iterable"
	}
	return ""
}

func hasPattern(n syntax.Node) bool {
	found := false
	if n != nil {
		syntax.Inspect(n, func(c syntax.Node) bool {
			if _, ok := c.(*syntax.BindingPattern); ok {
				found = true
			}
			return !found
		})
	}
	return found
}

// nestedPatterns counts the object and array patterns inside p's elements.
func nestedPatterns(p *syntax.BindingPattern) (objects, arrays int, first *syntax.BindingPattern) {
	for _, e := range p.Elements {
		be, ok := e.(*syntax.BindingElement)
		if !ok {
			continue
		}
		syntax.Inspect(be.Name, func(c syntax.Node) bool {
			if bp, ok := c.(*syntax.BindingPattern); ok {
				if bp.Kind() == syntax.KindObjectBindingPattern {
					objects++
					if first == nil {
						first = bp
					}
				} else {
					arrays++
				}
			}
			return true
		})
	}
	return
}

// firstKey is the name V8 reports for object pattern p: its first
// property's key; "" for an empty pattern or one starting with a rest
// element; ok false when the key is computed.
func firstKey(p *syntax.BindingPattern) (string, bool) {
	if len(p.Elements) == 0 {
		return "", true
	}
	be, ok := p.Elements[0].(*syntax.BindingElement)
	if !ok {
		return "", false
	}
	if be.DotDotDot {
		return "", true
	}
	k := be.PropertyName
	if k == nil {
		k = be.Name
	}
	if k.Kind() == syntax.KindComputedPropertyName {
		return "", true // V8 names no property it would have to compute
	}
	switch k := k.(type) {
	case *syntax.Identifier:
		return k.Text, true
	case *syntax.StringLiteral:
		return k.Text, true
	case *syntax.NumericLiteral:
		if f, err := strconv.ParseFloat(k.Text, 64); err == nil && f == math.Trunc(f) && f < 1e15 {
			return strconv.FormatFloat(f, 'f', -1, 64), true
		}
	}
	return "", false
}

func nullishName(v goja.Value) string {
	switch {
	case goja.IsNull(v):
		return "null"
	case goja.IsUndefined(v):
		return "undefined"
	}
	return ""
}

func destructText(key, subject, base string) string {
	if key == "" {
		return "Cannot destructure '" + subject + "' as it is " + base + "."
	}
	return "Cannot destructure property '" + key + "' of '" + subject + "' as it is " + base + "."
}

func declText(d *syntax.VariableDeclaration, v goja.Value, name string) string {
	p := d.Name.(*syntax.BindingPattern)
	objs, arrs, first := nestedPatterns(p)
	init := stripped(d.Init)
	switch init.(type) {
	case *syntax.ObjectLiteral, *syntax.ArrayLiteral:
		// A literal is never null: a nested pattern failed.
		if objs == 1 && arrs == 0 && name == "_checkObjectCoercible" {
			base := nullishName(v)
			key, ok := firstKey(first)
			if base != "" && ok && key != "" {
				return "Cannot read properties of " + base + " (reading '" + key + "')"
			}
		}
		return ""
	}
	if objs+arrs > 0 {
		return "" // the check that failed may be a nested one
	}
	if p.Kind() == syntax.KindObjectBindingPattern {
		if name != "_checkObjectCoercible" && name != "_createDestructSrc" {
			return ""
		}
		base, subject := nullishName(v), subjectText(init)
		key, ok := firstKey(p)
		if base == "" || subject == "" || !ok {
			return ""
		}
		if key != "" {
			if be, _ := p.Elements[0].(*syntax.BindingElement); be != nil && be.Init != nil {
				// V8 reads a first property with a default before checking.
				return "Cannot read properties of " + base + " (reading '" + key + "')"
			}
		}
		return destructText(key, subject, base)
	}
	if name != "_iterate" {
		return ""
	}
	// V8 names only a variable or a call here: a property's value it
	// prints by type ("undefined is not iterable (cannot read …)").
	switch init.(type) {
	case *syntax.Identifier, *syntax.Call:
		return iterText(init)
	case *syntax.PropertyAccess, *syntax.ElementAccess:
		return valueIterText(v)
	}
	return ""
}

func spreadText(sf *syntax.SourceFile, s *syntax.SpreadElement, v goja.Value, name string, nullish bool) string {
	var parent syntax.Node
	syntax.Inspect(sf, func(n syntax.Node) bool {
		if n.Pos() > s.Pos() || n.End() < s.End() {
			return n.Kind() == syntax.KindSourceFile
		}
		switch x := n.(type) {
		case *syntax.ArrayLiteral:
			for _, e := range x.Elements {
				if e == syntax.Node(s) {
					parent = x
				}
			}
		case *syntax.Call:
			for _, e := range x.Args {
				if e == syntax.Node(s) {
					parent = x
				}
			}
		}
		return parent == nil
	})
	switch parent.(type) {
	case *syntax.ArrayLiteral:
		if name == "_pushArraySpread" {
			return iterText(s.Expr)
		}
	case *syntax.Call:
		if name != "_pushSpread" {
			return ""
		}
		if !nullish {
			return "Spread syntax requires ...iterable[Symbol.iterator] to be a function"
		}
		subject, base := subjectText(s.Expr), nullishName(v)
		if subject == "" || base == "" {
			return ""
		}
		return subject + " is not iterable (cannot read property " + base + ")"
	}
	return ""
}

// paramText is V8's text for a function's only parameter, a pattern
// without a default, destructuring null or undefined: V8 has no source
// to name then and prints the value.
func paramText(f *syntax.Function, v goja.Value, name string) string {
	var p *syntax.BindingPattern
	for _, prm := range f.Params {
		if bp, ok := prm.Name.(*syntax.BindingPattern); ok {
			if p != nil || prm.Init != nil {
				return ""
			}
			p = bp
		}
	}
	if p == nil {
		return ""
	}
	if objs, arrs, _ := nestedPatterns(p); objs+arrs > 0 {
		return ""
	}
	if p.Kind() == syntax.KindArrayBindingPattern {
		if name != "_iterate" {
			return ""
		}
		return valueIterText(v)
	}
	if name != "_checkObjectCoercible" {
		return ""
	}
	key, ok := firstKey(p)
	if !ok || key == "" {
		return ""
	}
	switch {
	case goja.IsUndefined(v):
		return destructText(key, "undefined", "undefined")
	case goja.IsNull(v):
		return destructText(key, "object null", "null")
	}
	return ""
}

// iterableCtors take an iterable as their first argument.
var iterableCtors = map[string]bool{"Set": true, "Map": true, "WeakSet": true, "WeakMap": true}

// newIterText is V8's text for `new Set(x)` and the like with x not
// iterable; goja's _new leaves the arguments on its stack while the
// constructor runs.
func newIterText(g gojaVM, n *syntax.New, name string) string {
	id, ok := stripped(n.Expr).(*syntax.Identifier)
	if name != "_new" || !ok || !iterableCtors[id.Text] || len(n.Args) == 0 {
		return ""
	}
	for _, a := range n.Args {
		if _, spread := a.(*syntax.SpreadElement); spread {
			return ""
		}
	}
	v, ok := g.slot(len(n.Args))
	if !ok {
		return ""
	}
	return valueIterText(v)
}

// valueIterText is V8's text for iterating v when it has no source to
// name: the value by type.
func valueIterText(v goja.Value) string {
	var what string
	switch v.(type) {
	case nil:
		return ""
	case *goja.Symbol:
		what = "symbol"
	case *goja.Object:
		what = "object"
		if _, isFn := goja.AssertFunction(v); isFn {
			what = "function"
		}
	default:
		switch {
		case goja.IsUndefined(v):
			what = "undefined"
		case goja.IsNull(v):
			what = "object null"
		default:
			// A primitive: exporting it runs no code.
			switch v.Export().(type) {
			case int64, float64:
				what = "number " + v.String()
			case bool:
				what = "boolean " + v.String()
			case interface{ Sign() int }:
				what = "bigint"
			default:
				return ""
			}
		}
	}
	return what + " is not iterable (cannot read property Symbol(Symbol.iterator))"
}

// identText tells whether s is an ASCII identifier, which V8 prints
// after a dot.
func identText(s string) bool {
	for i, c := range s {
		if !(c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

// assignText is V8's text for a destructuring assignment ({a} = x,
// [a] = x) of a value that cannot be destructured.
func assignText(b *syntax.Binary, v goja.Value, name string) string {
	switch l := stripped(b.Left).(type) {
	case *syntax.ArrayLiteral:
		for _, e := range l.Elements {
			switch stripped(e).(type) {
			case *syntax.ObjectLiteral, *syntax.ArrayLiteral:
				return "" // the check that failed may be a nested one
			}
		}
		if name != "_iterate" {
			return ""
		}
		switch stripped(b.Right).(type) {
		case *syntax.Identifier, *syntax.PropertyAccess, *syntax.ElementAccess:
			return valueIterText(v)
		}
	case *syntax.ObjectLiteral:
		if name != "_checkObjectCoercible" && name != "_createDestructSrc" {
			return ""
		}
		var key string
		var dflt bool
		for i, e := range l.Properties {
			var val syntax.Node
			switch e := e.(type) {
			case *syntax.ShorthandPropertyAssignment:
				val = e.Name
				if i == 0 {
					key, dflt = e.Name.Text, e.Init != nil
				}
			case *syntax.PropertyAssignment:
				val = e.Init
				if i == 0 {
					switch k := e.Name.(type) {
					case *syntax.Identifier:
						key = k.Text
					case *syntax.StringLiteral:
						key = k.Text
					default:
						return ""
					}
					bn, ok := stripped(e.Init).(*syntax.Binary)
					dflt = ok && bn.Op == syntax.TEquals
				}
			case *syntax.SpreadAssignment:
				val = e.Expr
			default:
				return ""
			}
			if bn, ok := stripped(val).(*syntax.Binary); ok && bn.Op == syntax.TEquals {
				val = bn.Left
			}
			switch stripped(val).(type) {
			case *syntax.ObjectLiteral, *syntax.ArrayLiteral:
				return "" // the check that failed may be a nested one
			}
		}
		base, subject := nullishName(v), subjectText(b.Right)
		if base == "" || subject == "" {
			return ""
		}
		if dflt {
			return "Cannot read properties of " + base + " (reading '" + key + "')"
		}
		return destructText(key, subject, base)
	}
	return ""
}

// entryText is V8's text for `new Map(iterable)` or `new WeakMap(…)`
// meeting a primitive entry, which goja words "Value is not an object: 1"
// and the call message (errors_v8msg.go) would otherwise take for a
// callee that is no constructor.
func (vm *VM) entryText(g gojaVM, m string) (text string) {
	defer func() {
		if recover() != nil {
			text = ""
		}
	}()
	sf, pos, ok := vm.currentSite()
	if !ok {
		return ""
	}
	var n *syntax.New
	syntax.Inspect(sf, func(c syntax.Node) bool {
		if c.Pos() > pos || c.End() < pos {
			return c.Kind() == syntax.KindSourceFile
		}
		if x, ok := c.(*syntax.New); ok && x.Pos() == pos {
			n = x
		}
		return true
	})
	if n == nil || len(n.Args) == 0 {
		return ""
	}
	id, ok := stripped(n.Expr).(*syntax.Identifier)
	if !ok || (id.Text != "Map" && id.Text != "WeakMap") {
		return ""
	}
	for _, a := range n.Args {
		if _, spread := a.(*syntax.SpreadElement); spread {
			return ""
		}
	}
	// The callee below the arguments must be the intrinsic one: a
	// program's own Map fails elsewhere.
	callee, ok := g.slot(len(n.Args) + 1)
	if !ok || !callee.SameAs(vm.RT.Get(id.Text)) {
		return ""
	}
	return "Iterator value " + strings.TrimPrefix(m, "Value is not an object: ") + " is not an entry object"
}
