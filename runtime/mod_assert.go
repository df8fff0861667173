package runtime

// node:assert and node:assert/strict. The module is JavaScript
// (js/assert.js); Go adds what JavaScript cannot see: the source text of
// the call that made assert(value) fail, which Node quotes in the message
// ("The expression evaluated to a falsy value:\n\n  assert(x === 1)\n").

import (
	"strings"

	"github.com/dop251/goja"
)

func init() {
	registerBuiltin("assert", loadAssert)
	registerBuiltin("assert/strict", func(vm *VM) (*goja.Object, error) {
		a, err := vm.Require("assert")
		if err != nil {
			return nil, err
		}
		return a.Get("strict").ToObject(vm.RT), nil
	})
}

func loadAssert(vm *VM) (*goja.Object, error) {
	rt := vm.RT
	util, err := vm.Require("util")
	if err != nil {
		return nil, err
	}
	b := rt.NewObject()
	installErrorHelpers(rt, b)
	must(vm.internal.Set("assertCallSite", func(goja.FunctionCall) goja.Value {
		if msg, ok := vm.assertCallSite(); ok {
			return rt.ToValue(msg)
		}
		return goja.Undefined()
	}))
	last := &assertThrow{}
	must(vm.internal.Set("assertLastThrow", last))
	must(vm.internal.Set("assertThrown", func(c goja.FunctionCall) goja.Value {
		last.val, last.site = c.Argument(0), int(c.Argument(1).ToInteger())
		return goja.Undefined()
	}))
	v, err := vm.internalJS("assert", b, util)
	if err != nil {
		return nil, err
	}
	return v.ToObject(rt), nil
}

// assertCallSite finds the program's frame that called into assert and
// quotes that call as Node does. Node reads the line (types blanked, as it
// runs TypeScript) and parses from the call's start: a call that closes on
// the same line is quoted whole, one that does not is quoted to the line's
// end (Node parses only the one line and falls back to it).
func (vm *VM) assertCallSite() (string, bool) {
	frames := vm.RT.CaptureCallStack(0, nil)
	for i := range frames {
		f := &frames[i]
		name := f.SrcName()
		if name == "<native>" || strings.HasPrefix(name, "node:internal/") {
			continue
		}
		pos := f.Position()
		line, ok := vm.sourceLine(name, pos.Line)
		if !ok {
			return "", false
		}
		code, ok := quoteCall(line, utf16ColToByte(line, pos.Column))
		if !ok {
			return "", false
		}
		return "The expression evaluated to a falsy value:\n\n  " + code + "\n", true
	}
	return "", false
}

// quoteCall returns the call expression around col (0-based, where the
// engine puts the call: its callee's last name or its parenthesis).
func quoteCall(line string, col int) (string, bool) {
	if col < 0 || col > len(line) {
		return "", false
	}
	isIdent := func(c byte) bool {
		return c == '_' || c == '$' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
	}
	// The callee: the member chain ending at col.
	end := col
	for end < len(line) && isIdent(line[end]) {
		end++
	}
	start := col
	for start > 0 && isIdent(line[start-1]) {
		start--
	}
	open := end
	for open < len(line) && (line[open] == ' ' || line[open] == '\t') {
		open++
	}
	if open >= len(line) || line[open] != '(' {
		return "", false
	}
	depth := 0
	var quote byte
	for i := open; i < len(line); i++ {
		c := line[i]
		if quote != 0 {
			switch c {
			case '\\':
				i++
			case quote:
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"', '`':
			quote = c
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				return line[start : i+1], true
			}
		}
	}
	return strings.TrimRight(line[start:], " \t"), true
}

// assertSites are the throw statements of Node's assert that the fatal
// report's header names, by the index js/assert.js passes.
var assertSites = []string{
	"node:internal/assert/utils:146\n  throw error;\n  ^\n",
	"node:assert:573\n    throw err;\n    ^\n",
	"node:assert:456\n      throw err;\n      ^\n",
	"node:assert:497\n      throw err;\n      ^\n",
	"node:assert:173\n  throw err;\n  ^\n",
	"node:assert:818\n    throw newErr;\n    ^\n",
}

// assertRejectionHeader names Node's report of an unhandled rejection:
// the error was made inside assert, so V8 has no site of the program's.
const assertRejectionHeader = "node:internal/process/promises:324\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n"

// assertThrow is the last assertion error thrown, with its site.
type assertThrow struct {
	val  goja.Value
	site int
}

// assertErrorHeader is the header of the fatal report for v when it is an
// assertion error assert threw: Node's throw site when it went uncaught
// synchronously, the ES module runner's when it rejected the entry.
func (vm *VM) assertErrorHeader(v goja.Value, rejected bool) string {
	x := vm.internal.Get("assertLastThrow")
	if x == nil || v == nil {
		return ""
	}
	last, _ := x.Export().(*assertThrow)
	if last == nil || last.val == nil || !last.val.SameAs(v) {
		return ""
	}
	if rejected {
		if vm.mainRejected {
			return mainRejectionHeader
		}
		return assertRejectionHeader
	}
	if last.site < 0 || last.site >= len(assertSites) {
		return ""
	}
	return assertSites[last.site]
}
