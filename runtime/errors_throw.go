package runtime

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/unistring"
)

// V8 reports an uncaught exception at the `throw` that last threw it; goja
// keeps only the stack an Error captured when it was constructed, and
// reuses that stack for every throw of the object. So the program's own
// code is compiled with each `throw X` turned into
// `throw __tsrun_throw(X, "file\x00line\x00column")`, the throw's source
// position worked out at compile time: the hook records the value and the
// position and returns X unchanged. That is one Go call per throw (about
// 100 ns; a throw caught in the same function costs goja 300), no stack
// capture, and nothing for code that does not throw.

const throwHookName = "__tsrun_throw"

// caughtHookName is called first in every `catch (e)` block of the
// program with e: goja's own errors get V8's message there.
const caughtHookName = "__tsrun_caught"

// throwSite is the last value a program's `throw` statement threw, and
// where: the hook's second argument.
type throwSite struct {
	val, where goja.Value
}

// compileUser compiles the program's own JavaScript (never the runtime's
// internal scripts) as goja.Compile does, with its throws marked.
func compileUser(name, code string) (*goja.Program, error) {
	prg, err := goja.Parse(name, code)
	if err != nil {
		return nil, err
	}
	w := throwMarker{prg.File}
	w.stmts(prg.Body)
	return goja.CompileAST(prg, false)
}

func init() {
	registerGlobals(0, "throwhook", func(vm *VM) error {
		site := &throwSite{}
		must(vm.internal.Set("throwSite", site))
		// Engine errors always have an intrinsic error prototype: checking
		// it first keeps the hook cheap for every other value.
		var protos []*goja.Object
		for _, c := range engineErrorClasses {
			protos = append(protos, vm.RT.Get(c).ToObject(vm.RT).Get("prototype").ToObject(vm.RT))
		}
		caught := vm.RT.ToValue(func(c goja.FunctionCall) goja.Value {
			if o, ok := c.Argument(0).(*goja.Object); ok && o.ClassName() == "Error" {
				if p := o.Prototype(); p != nil {
					for _, q := range protos {
						if p.SameAs(q) {
							vm.useV8Message(o)
							break
						}
					}
				}
			}
			return goja.Undefined()
		})
		if err := vm.RT.GlobalObject().DefineDataProperty(caughtHookName, caught, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
			return err
		}
		return vm.RT.GlobalObject().DefineDataProperty(throwHookName, vm.RT.ToValue(func(c goja.FunctionCall) goja.Value {
			v := c.Argument(0)
			site.val, site.where = v, c.Argument(1)
			return v
		}), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	})
}

// lastThrow returns the position of the throw statement that threw v
// last, if a throw of the program did.
func (vm *VM) lastThrow(v goja.Value) (framePos, bool) {
	x := vm.internal.Get("throwSite")
	if x == nil {
		return framePos{}, false
	}
	s, _ := x.Export().(*throwSite)
	if s == nil || s.val == nil || s.where == nil || v == nil || !s.val.SameAs(v) {
		return framePos{}, false
	}
	return parseThrowSite(s.where.String())
}

func throwSiteString(p file.Position) string {
	return p.Filename + "\x00" + strconv.Itoa(p.Line) + "\x00" + strconv.Itoa(p.Column)
}

func parseThrowSite(s string) (framePos, bool) {
	parts := strings.Split(s, "\x00")
	if len(parts) != 3 {
		return framePos{}, false
	}
	line, err1 := strconv.Atoi(parts[1])
	col, err2 := strconv.Atoi(parts[2])
	return framePos{parts[0], line, col}, err1 == nil && err2 == nil
}

// throwMarker walks a goja AST and rewrites every throw statement's
// operand and the start of every catch block. goja's ast package has no
// walker; this one visits every node that can contain a statement.
type throwMarker struct{ file *file.File }

func (w *throwMarker) stmts(list []ast.Statement) {
	for _, s := range list {
		w.stmt(s)
	}
}

func (w *throwMarker) stmt(s ast.Statement) {
	switch s := s.(type) {
	case nil:
	case *ast.ThrowStatement:
		w.expr(s.Argument)
		// goja maps a throw's position through the source map at
		// offset Idx0-1, as here.
		where := throwSiteString(w.file.Position(int(s.Throw) - 1))
		site := &ast.StringLiteral{Idx: s.Throw, Value: unistring.NewFromString(where)}
		s.Argument = &ast.CallExpression{
			Callee:           &ast.Identifier{Name: throwHookName, Idx: s.Throw},
			LeftParenthesis:  s.Throw,
			ArgumentList:     []ast.Expression{s.Argument, site},
			RightParenthesis: s.Argument.Idx1() - 1,
		}
	case *ast.BlockStatement:
		w.block(s)
	case *ast.CaseStatement:
		w.expr(s.Test)
		w.stmts(s.Consequent)
	case *ast.CatchStatement:
		w.expr(s.Parameter)
		w.block(s.Body)
		// `catch (e) {` calls the caught hook with e first (see
		// errors_v8msg.go); a destructured parameter is left alone.
		if id, ok := s.Parameter.(*ast.Identifier); ok && s.Body != nil {
			call := &ast.ExpressionStatement{Expression: &ast.CallExpression{
				Callee:           &ast.Identifier{Name: caughtHookName, Idx: s.Catch},
				LeftParenthesis:  s.Catch,
				ArgumentList:     []ast.Expression{&ast.Identifier{Name: id.Name, Idx: id.Idx}},
				RightParenthesis: s.Catch,
			}}
			s.Body.List = append([]ast.Statement{call}, s.Body.List...)
		}
	case *ast.DoWhileStatement:
		w.expr(s.Test)
		w.stmt(s.Body)
	case *ast.ExpressionStatement:
		w.expr(s.Expression)
	case *ast.ForInStatement:
		w.forInto(s.Into)
		w.expr(s.Source)
		w.stmt(s.Body)
	case *ast.ForOfStatement:
		w.forInto(s.Into)
		w.expr(s.Source)
		w.stmt(s.Body)
	case *ast.ForStatement:
		switch in := s.Initializer.(type) {
		case *ast.ForLoopInitializerExpression:
			w.expr(in.Expression)
		case *ast.ForLoopInitializerVarDeclList:
			w.bindings(in.List)
		case *ast.ForLoopInitializerLexicalDecl:
			w.bindings(in.LexicalDeclaration.List)
		}
		w.expr(s.Test)
		w.expr(s.Update)
		w.stmt(s.Body)
	case *ast.IfStatement:
		w.expr(s.Test)
		w.stmt(s.Consequent)
		w.stmt(s.Alternate)
	case *ast.LabelledStatement:
		w.stmt(s.Statement)
	case *ast.ReturnStatement:
		w.expr(s.Argument)
	case *ast.SwitchStatement:
		w.expr(s.Discriminant)
		for _, c := range s.Body {
			w.stmt(c)
		}
	case *ast.TryStatement:
		w.block(s.Body)
		if s.Catch != nil {
			w.stmt(s.Catch)
		}
		w.block(s.Finally)
	case *ast.VariableStatement:
		w.bindings(s.List)
	case *ast.LexicalDeclaration:
		w.bindings(s.List)
	case *ast.WhileStatement:
		w.expr(s.Test)
		w.stmt(s.Body)
	case *ast.WithStatement:
		w.expr(s.Object)
		w.stmt(s.Body)
	case *ast.FunctionDeclaration:
		w.function(s.Function)
	case *ast.ClassDeclaration:
		w.class(s.Class)
	}
}

func (w *throwMarker) block(b *ast.BlockStatement) {
	if b != nil {
		w.stmts(b.List)
	}
}

func (w *throwMarker) bindings(list []*ast.Binding) {
	for _, b := range list {
		if b != nil {
			w.expr(b.Target)
			w.expr(b.Initializer)
		}
	}
}

func (w *throwMarker) forInto(in ast.ForInto) {
	switch in := in.(type) {
	case *ast.ForIntoVar:
		if in.Binding != nil {
			w.expr(in.Binding.Target)
			w.expr(in.Binding.Initializer)
		}
	case *ast.ForDeclaration:
		w.expr(in.Target)
	case *ast.ForIntoExpression:
		w.expr(in.Expression)
	}
}

func (w *throwMarker) function(f *ast.FunctionLiteral) {
	if f == nil {
		return
	}
	w.params(f.ParameterList)
	w.block(f.Body)
}

func (w *throwMarker) params(p *ast.ParameterList) {
	if p != nil {
		w.bindings(p.List)
		w.expr(p.Rest)
	}
}

func (w *throwMarker) class(c *ast.ClassLiteral) {
	if c == nil {
		return
	}
	w.expr(c.SuperClass)
	for _, el := range c.Body {
		switch el := el.(type) {
		case *ast.FieldDefinition:
			w.expr(el.Key)
			w.expr(el.Initializer)
		case *ast.MethodDefinition:
			w.expr(el.Key)
			w.function(el.Body)
		case *ast.ClassStaticBlock:
			w.block(el.Block)
		}
	}
}

func (w *throwMarker) exprs(list []ast.Expression) {
	for _, e := range list {
		w.expr(e)
	}
}

func (w *throwMarker) expr(e ast.Expression) {
	switch e := e.(type) {
	case nil:
	case *ast.YieldExpression:
		w.expr(e.Argument)
	case *ast.AwaitExpression:
		w.expr(e.Argument)
	case *ast.ArrayLiteral:
		w.exprs(e.Value)
	case *ast.ArrayPattern:
		w.exprs(e.Elements)
		w.expr(e.Rest)
	case *ast.AssignExpression:
		w.expr(e.Left)
		w.expr(e.Right)
	case *ast.BinaryExpression:
		w.expr(e.Left)
		w.expr(e.Right)
	case *ast.BracketExpression:
		w.expr(e.Left)
		w.expr(e.Member)
	case *ast.CallExpression:
		w.expr(e.Callee)
		w.exprs(e.ArgumentList)
	case *ast.ConditionalExpression:
		w.expr(e.Test)
		w.expr(e.Consequent)
		w.expr(e.Alternate)
	case *ast.DotExpression:
		w.expr(e.Left)
	case *ast.PrivateDotExpression:
		w.expr(e.Left)
	case *ast.OptionalChain:
		w.expr(e.Expression)
	case *ast.Optional:
		w.expr(e.Expression)
	case *ast.FunctionLiteral:
		w.function(e)
	case *ast.ClassLiteral:
		w.class(e)
	case *ast.ArrowFunctionLiteral:
		w.params(e.ParameterList)
		switch b := e.Body.(type) {
		case *ast.BlockStatement:
			w.block(b)
		case *ast.ExpressionBody:
			w.expr(b.Expression)
		}
	case *ast.NewExpression:
		w.expr(e.Callee)
		w.exprs(e.ArgumentList)
	case *ast.ObjectLiteral:
		for _, p := range e.Value {
			w.expr(p)
		}
	case *ast.ObjectPattern:
		for _, p := range e.Properties {
			w.expr(p)
		}
		w.expr(e.Rest)
	case *ast.PropertyShort:
		w.expr(e.Initializer)
	case *ast.PropertyKeyed:
		w.expr(e.Key)
		w.expr(e.Value)
	case *ast.SpreadElement:
		w.expr(e.Expression)
	case *ast.SequenceExpression:
		w.exprs(e.Sequence)
	case *ast.TemplateLiteral:
		w.expr(e.Tag)
		w.exprs(e.Expressions)
	case *ast.UnaryExpression:
		w.expr(e.Operand)
	case *ast.Binding:
		w.expr(e.Target)
		w.expr(e.Initializer)
	}
}
