package runtime

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// goja words some of its own errors differently from V8. Where goja's
// message says all V8's does ("Malformed URI" for "URI malformed"), it is
// reworded by a table; a use before initialization is named from the
// source ("Cannot access 'x' before initialization"). A call of something that is not a function, which
// goja words "Value is not an object: 5" (or "Object has no member 'b'"),
// V8 words by naming the callee as the source spells it: "notFn is not a
// function", "o.a.b is not a function", "f(...) is not a function", "X is
// not a constructor"; the call's position is the top frame of the error
// goja made there. Both happen wherever the program can first see the
// error: a catch clause (the compiled program calls a hook on entry,
// errors_throw.go), the fatal report, 'uncaughtException'. Only callees
// V8 prints verbatim are rebuilt (names, dotted paths, this, literals,
// through parentheses and type assertions); anything else keeps goja's
// text, as does an error first seen by a promise's rejection handler
// (goja has no hook where it makes its errors).

// engineErrorClasses are the classes whose intrinsic prototypes goja's
// own errors have and whose texts are reworded here.
var engineErrorClasses = []string{"TypeError", "RangeError", "URIError", "ReferenceError"}

// engineErrorClass is e's class when e is an error object whose
// prototype is that class's intrinsic one, read without running any
// getter (the catch hook sees whatever a program throws), else "".
func (vm *VM) engineErrorClass(e *goja.Object) string {
	if e.ClassName() != "Error" || e.Prototype() == nil {
		return ""
	}
	for _, c := range engineErrorClasses {
		if ctor, ok := vm.RT.Get(c).(*goja.Object); ok && e.Prototype().SameAs(ctor.Get("prototype")) {
			return c
		}
	}
	return ""
}

// v8Texts are goja messages with a single V8 wording, by class: the
// message alone says all V8's does.
var v8Texts = map[string]map[string]string{
	"URIError": {"Malformed URI": "URI malformed"},
	"RangeError": {
		"toFixed() precision must be between 0 and 100":                "toFixed() digits argument must be between 0 and 100",
		"toExponential() precision must be between 0 and 100":          "toExponential() argument must be between 0 and 100",
		"toPrecision() precision must be between 1 and 100":            "toPrecision() argument must be between 1 and 100",
		"The normalization form should be one of NFC, NFD, NFKC, NFKD": "The normalization form should be one of NFC, NFD, NFKC, NFKD.",
	},
	"TypeError": {"No initial value": "Reduce of empty array with no initial value"},
	"ReferenceError": {
		"Must call super constructor in derived class before accessing 'this'":                   v8SuperMsg,
		"Must call super constructor in derived class before returning from derived constructor": v8SuperMsg,
	},
}

const v8SuperMsg = "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"

// v8Message returns V8's message for e, an error goja raised, or "" when
// it cannot say.
func (vm *VM) v8Message(e *goja.Object) string {
	cls := vm.engineErrorClass(e)
	if cls == "" {
		return ""
	}
	msg := e.Get("message")
	if msg == nil {
		return ""
	}
	m := msg.String()
	if t, ok := v8Texts[cls][m]; ok {
		return t
	}
	if cls == "RangeError" && strings.HasPrefix(m, "Cannot convert ") && strings.HasSuffix(m, " to a BigInt") {
		// goja's RangeError for a number that is not an integer.
		return "The number " + strings.TrimSuffix(strings.TrimPrefix(m, "Cannot convert "), " to a BigInt") +
			" cannot be converted to a BigInt because it is not an integer"
	}
	if cls == "ReferenceError" && m == "Cannot access a variable before initialization" {
		// goja places the error at the reference: V8 names it.
		if sf, pos, ok := vm.errorSite(e); ok {
			var name string
			syntax.Inspect(sf, func(n syntax.Node) bool {
				if n.Pos() > pos || n.End() < pos {
					return n.Kind() == syntax.KindSourceFile
				}
				if id, ok := n.(*syntax.Identifier); ok && id.Pos() == pos {
					name = id.Text
				}
				return name == ""
			})
			if name != "" {
				return "Cannot access '" + name + "' before initialization"
			}
		}
		return ""
	}
	if cls != "TypeError" {
		return ""
	}
	if rest, ok := strings.CutPrefix(m, "Cannot write private member "); ok {
		// goja writes "from an object" for a write too; V8 "to".
		if name, ok := strings.CutSuffix(rest, " from an object whose class did not declare it"); ok {
			return "Cannot write private member " + name + " to an object whose class did not declare it"
		}
	}
	return vm.v8CallMessage(e, m)
}

// errorSite is the parsed program file and byte offset where goja raised
// e: its top frame.
func (vm *VM) errorSite(e *goja.Object) (*syntax.SourceFile, int32, bool) {
	top, ok := firstFrame(e.Get("stack"))
	if !ok {
		return nil, 0, false
	}
	f, ok := vm.sources[top.file]
	if !ok || top.line < 1 || top.line > len(f.LineStarts()) {
		return nil, 0, false
	}
	line := f.LineText(top.line)
	pos := int32(int(f.LineStarts()[top.line-1]) + utf16ColToByte(line, top.col))
	return vm.parsedSource(f), pos, true
}

// v8CallMessage returns V8's message for e, a TypeError goja raised with
// message m for a call of a non-callable, or "" when it cannot say.
func (vm *VM) v8CallMessage(e *goja.Object, m string) string {
	if !strings.HasPrefix(m, "Value is not an object: ") && !strings.HasPrefix(m, "Object has no member '") &&
		!strings.HasPrefix(m, "Not a function: ") && m != "Value is not a constructor" {
		return ""
	}
	sf, pos, ok := vm.errorSite(e)
	if !ok {
		return ""
	}
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

// useV8Message rewrites e's message, and the first line of its stack,
// to V8's words when v8Message knows them.
func (vm *VM) useV8Message(v goja.Value) {
	e, ok := v.(*goja.Object)
	if !ok {
		return
	}
	msg := vm.v8Message(e)
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
// dominated the cost of a caught error here: V8's "    at NAME (FILE:L:C)"
// or "    at FILE:L:C" (errors_stack.go), or goja's "\tat NAME
// (FILE:L:C(PC))" or "\tat FILE:L:C(PC)"; native frames are skipped.
func firstFrame(stack goja.Value) (framePos, bool) {
	if stack == nil || goja.IsUndefined(stack) {
		return framePos{}, false
	}
	for _, ln := range strings.Split(stack.String(), "\n") {
		s, ok := strings.CutPrefix(strings.TrimLeft(ln, " \t"), "at ")
		if !ok {
			continue
		}
		if strings.HasSuffix(s, ")") {
			if i := strings.LastIndex(s, " ("); i >= 0 {
				s = s[i+2 : len(s)-1]
			}
		}
		if strings.HasSuffix(s, ")") {
			if i := strings.LastIndexByte(s, '('); i >= 0 {
				s = s[:i] // goja's program counter
			}
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
