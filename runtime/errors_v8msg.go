package runtime

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// goja words a call of something that is not a function as "Value is not
// an object: 5" (or "Object has no member 'b'"); V8 names the callee as
// the source spells it: "notFn is not a function", "o.a.b is not a
// function", "f(...) is not a function", "X is not a constructor". The call's position is the top
// frame of the error goja made there, so tsrun can say what Node says
// wherever the program can first see the error: a catch clause (the
// compiled program calls a hook on entry, errors_throw.go), the fatal
// report, 'uncaughtException'. Only callees V8 prints verbatim are
// rebuilt (names, dotted paths, this, literals, through parentheses and
// type assertions); any other keeps goja's text, as does an error first
// seen by a promise's rejection handler (goja has no hook where it makes
// its errors).

// v8CallMessage returns V8's message for e, an error goja raised for a
// call of a non-callable, or "" when it cannot say.
func (vm *VM) v8CallMessage(e *goja.Object) string {
	// Nothing that could run a getter before e is known to be goja's own
	// TypeError: the catch hook sees whatever a program throws.
	te, _ := vm.RT.Get("TypeError").(*goja.Object)
	if e.ClassName() != "Error" || te == nil || e.Prototype() == nil || !e.Prototype().SameAs(te.Get("prototype")) {
		return ""
	}
	msg := e.Get("message")
	if msg == nil {
		return ""
	}
	m := msg.String()
	if !strings.HasPrefix(m, "Value is not an object: ") && !strings.HasPrefix(m, "Object has no member '") &&
		!strings.HasPrefix(m, "Not a function: ") && m != "Value is not a constructor" {
		return ""
	}
	top, ok := firstFrame(e.Get("stack"))
	if !ok {
		return ""
	}
	fs := []framePos{top}
	f, ok := vm.sources[fs[0].file]
	if !ok || fs[0].line < 1 || fs[0].line > len(f.LineStarts()) {
		return ""
	}
	line := f.LineText(fs[0].line)
	pos := int32(int(f.LineStarts()[fs[0].line-1]) + utf16ColToByte(line, fs[0].col))
	sf := vm.parsedSource(f)
	// The innermost call or new whose callee holds the position (goja
	// places a new at its keyword).
	var best syntax.Node
	syntax.Inspect(sf, func(n syntax.Node) bool {
		if n.Pos() > pos || n.End() < pos {
			return n.Kind() == syntax.KindSourceFile
		}
		switch n := n.(type) {
		case *syntax.Call:
			if n.Expr.Pos() <= pos && pos < n.Expr.End() {
				best = n
			}
		case *syntax.New:
			if n.Pos() == pos || n.Expr.Pos() <= pos && pos < n.Expr.End() {
				best = n
			}
		}
		return true
	})
	switch n := best.(type) {
	case *syntax.Call:
		if m == "Value is not a constructor" {
			return ""
		}
		if s, ok := v8Callee(n.Expr); ok {
			return s + " is not a function"
		}
	case *syntax.New:
		if s, ok := v8Callee(n.Expr); ok {
			return s + " is not a constructor"
		}
	}
	return ""
}

// v8Callee prints a callee as V8's CallPrinter does, for the forms it
// prints verbatim.
func v8Callee(n syntax.Node) (string, bool) {
	switch n := n.(type) {
	case *syntax.Identifier:
		return n.Text, true
	case *syntax.NumericLiteral:
		if strings.Trim(n.Text, "0123456789") == "" {
			return n.Text, true
		}
	case *syntax.PropertyAccess:
		name, ok := n.Name.(*syntax.Identifier)
		if !ok {
			return "", false
		}
		base, ok := v8Callee(n.Expr)
		dot := "."
		if n.QuestionDot {
			dot = "?."
		}
		return base + dot + name.Text, ok
	case *syntax.Call:
		if n.QuestionDot {
			return "", false
		}
		base, ok := v8Callee(n.Expr)
		return base + "(...)", ok
	case *syntax.ParenExpr:
		return v8Callee(n.Expr)
	case *syntax.AsExpr:
		return v8Callee(n.Expr)
	case *syntax.SatisfiesExpr:
		return v8Callee(n.Expr)
	case *syntax.NonNullExpr:
		return v8Callee(n.Expr)
	case *syntax.TypeAssertion:
		return v8Callee(n.Expr)
	}
	switch n.Kind() {
	case syntax.KindThisKeyword:
		return "this", true
	case syntax.KindNullKeyword:
		return "null", true
	case syntax.KindTrueKeyword:
		return "true", true
	case syntax.KindFalseKeyword:
		return "false", true
	}
	return "", false
}

// useV8CallMessage rewrites e's message, and the first line of its stack,
// to V8's words when v8CallMessage knows them.
func (vm *VM) useV8CallMessage(v goja.Value) {
	e, ok := v.(*goja.Object)
	if !ok {
		return
	}
	msg := vm.v8CallMessage(e)
	if msg == "" {
		return
	}
	old := e.Get("message").String()
	st := e.Get("stack")
	_ = e.Set("message", msg)
	if st != nil && !goja.IsUndefined(st) {
		s := st.String()
		if i := strings.Index(s, old); i >= 0 && !strings.Contains(s[:i], "\n") {
			_ = e.Set("stack", s[:i]+msg+s[i+len(old):])
		}
	}
}

// firstFrame is framePositions(stack)[0] without the regexp, which
// dominated the cost of a caught error here: "\tat NAME (FILE:L:C(PC))"
// or "\tat FILE:L:C(PC)"; native frames are skipped.
func firstFrame(stack goja.Value) (framePos, bool) {
	if stack == nil || goja.IsUndefined(stack) {
		return framePos{}, false
	}
	for _, ln := range strings.Split(stack.String(), "\n") {
		s, ok := strings.CutPrefix(strings.TrimLeft(ln, " \t"), "at ")
		if !ok {
			continue
		}
		if strings.HasSuffix(s, "))") {
			i := strings.LastIndex(s, " (")
			if i < 0 {
				continue
			}
			s = s[i+2 : len(s)-1]
		}
		if i := strings.LastIndexByte(s, '('); i >= 0 {
			s = s[:i]
		}
		c := strings.LastIndexByte(s, ':')
		if c < 0 {
			continue
		}
		l := strings.LastIndexByte(s[:c], ':')
		if l < 0 {
			continue
		}
		line, err1 := strconv.Atoi(s[l+1 : c])
		col, err2 := strconv.Atoi(s[c+1:])
		if err1 != nil || err2 != nil {
			continue
		}
		return framePos{s[:l], line, col}, true
	}
	return framePos{}, false
}

// parsedSource parses a program file once, for the messages above: a
// program that catches many such errors must not parse its file each time.
func (vm *VM) parsedSource(f *diag.File) *syntax.SourceFile {
	var c *parsedSources
	if x := vm.internal.Get("parsedSources"); x != nil {
		c, _ = x.Export().(*parsedSources)
	}
	if c == nil {
		c = &parsedSources{map[*diag.File]*syntax.SourceFile{}}
		must(vm.internal.Set("parsedSources", c))
	}
	sf, ok := c.m[f]
	if !ok {
		sf = syntax.Parse(f, syntax.ParseOptions{Dialect: syntax.DialectFromName(f.Name)})
		c.m[f] = sf
	}
	return sf
}

type parsedSources struct {
	m map[*diag.File]*syntax.SourceFile
}
