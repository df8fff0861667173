package syntax

import "github.com/tsrun-dev/tsrun/diag"

// The AST. Every node is a pointer to a struct that embeds nodeBase, so
// Kind, Pos and End cost no interface dispatch beyond the call. Pos is the
// start of the node's first token without leading trivia (what tsc reports
// as an error start), End the end of its last token. Slots that hold more
// than one kind of node have type Node; consumers switch on the concrete
// type or on Kind(). ForEachChild (walk.go) visits children in source order.
//
// Shapes are shared where tsc's are: Function covers declarations,
// expressions, arrows, methods, constructors and accessors (told apart by
// Kind); Signature covers call/construct/method signatures, index
// signatures and function/constructor types. Keyword expressions (this,
// super, null, true, false) are KeywordExpr; keyword types (any, string…)
// are KeywordType. Optional pieces are nil when absent.

// Node is any AST node.
type Node interface {
	Kind() Kind
	Pos() int32
	End() int32
}

type nodeBase struct {
	kind     Kind
	pos, end int32
}

func (n *nodeBase) Kind() Kind { return n.kind }
func (n *nodeBase) Pos() int32 { return n.pos }
func (n *nodeBase) End() int32 { return n.end }

// ModifierFlags is a set of modifiers, for quick tests.
type ModifierFlags uint32

const (
	ModExport ModifierFlags = 1 << iota
	ModDefault
	ModDeclare
	ModConst
	ModAbstract
	ModAsync
	ModPublic
	ModPrivate
	ModProtected
	ModReadonly
	ModStatic
	ModOverride
	ModAccessor
	ModIn
	ModOut
)

// Modifier is one modifier keyword with its position.
type Modifier struct {
	Token    Token // TExport, TDeclare, TConst, TPublic, …
	Pos, End int32
}

// Modifiers holds a declaration's decorators and modifier keywords in source
// order. A nil *Modifiers means none; its methods accept nil.
type Modifiers struct {
	Decorators []*Decorator
	List       []Modifier
	Flags      ModifierFlags
}

// Has reports whether any of f is present.
func (m *Modifiers) Has(f ModifierFlags) bool { return m != nil && m.Flags&f != 0 }

// Find returns the first modifier with token t.
func (m *Modifiers) Find(t Token) (Modifier, bool) {
	if m != nil {
		for _, x := range m.List {
			if x.Token == t {
				return x, true
			}
		}
	}
	return Modifier{}, false
}

func modifierFlag(t Token) ModifierFlags {
	switch t {
	case TExport:
		return ModExport
	case TDefault:
		return ModDefault
	case TDeclare:
		return ModDeclare
	case TConst:
		return ModConst
	case TAbstract:
		return ModAbstract
	case TAsync:
		return ModAsync
	case TPublic:
		return ModPublic
	case TPrivate:
		return ModPrivate
	case TProtected:
		return ModProtected
	case TReadonly:
		return ModReadonly
	case TStatic:
		return ModStatic
	case TOverride:
		return ModOverride
	case TAccessor:
		return ModAccessor
	case TIn:
		return ModIn
	case TOut:
		return ModOut
	}
	return 0
}

// ---- Source file ----

// Dialect is the kind of file, from its name.
type Dialect uint8

const (
	DialectTS  Dialect = iota // .ts
	DialectMTS                // .mts
	DialectCTS                // .cts
	DialectDTS                // .d.ts, .d.mts, .d.cts
	DialectTSX                // .tsx (reserved: JSX is not parsed yet)
	DialectJS                 // .js, .mjs, .cjs: no type syntax is expected, but it is parsed
)

// SourceFile is the result of Parse.
type SourceFile struct {
	nodeBase
	File        *diag.File
	Dialect     Dialect
	Statements  []Node
	Diagnostics []diag.Diagnostic // syntax errors, sorted by position
}

// IsDeclarationFile reports whether the file is a .d.ts (or .d.mts/.d.cts).
func (f *SourceFile) IsDeclarationFile() bool { return f.Dialect == DialectDTS }

// ---- Names and literals ----

// Identifier is a name. Text is its cooked value (escapes resolved).
// Keywords used as names are identifiers too.
type Identifier struct {
	nodeBase
	Text string
}

// PrivateIdentifier is #name; Text includes the '#'.
type PrivateIdentifier struct {
	nodeBase
	Text string
}

// QualifiedName is Left.Right in a type or namespace reference.
type QualifiedName struct {
	nodeBase
	Left  Node // *Identifier or *QualifiedName
	Right *Identifier
}

// ComputedPropertyName is [Expr] as a property name.
type ComputedPropertyName struct {
	nodeBase
	Expr Node
}

// StringLiteral: Text is the cooked value. Raw source is File.Text[Pos:End].
type StringLiteral struct {
	nodeBase
	Text string
}

// NumericLiteral: Text is the source text (separators kept).
type NumericLiteral struct {
	nodeBase
	Text string
}

// BigIntLiteral: Text is the source text including the 'n'.
type BigIntLiteral struct {
	nodeBase
	Text string
}

// RegExpLiteral: Text is the whole source text /body/flags.
type RegExpLiteral struct {
	nodeBase
	Text string
}

// TemplatePart is a NoSubstitutionTemplate (whole `…`) or a template head,
// middle or tail. Text is the cooked value; Invalid marks an escape that
// cannot be cooked (allowed only in tagged templates).
type TemplatePart struct {
	nodeBase
	Text    string
	Invalid bool
}

// TemplateExpression is `head${e}middle${e}tail`.
type TemplateExpression struct {
	nodeBase
	Head  *TemplatePart
	Spans []*TemplateSpan
}

// TemplateSpan is one ${Expr} with the literal text after it.
type TemplateSpan struct {
	nodeBase
	Expr    Node
	Literal *TemplatePart // middle or tail
}

// KeywordExpr is this, super, null, true or false (Kind tells which).
type KeywordExpr struct {
	nodeBase
}

// ---- Expressions ----

// ArrayLiteral is [a, , ...b]; holes are *OmittedExpr.
type ArrayLiteral struct {
	nodeBase
	Elements []Node
}

// OmittedExpr is a hole in an array literal or array binding pattern.
type OmittedExpr struct{ nodeBase }

// SpreadElement is ...Expr in an array literal or argument list.
type SpreadElement struct {
	nodeBase
	Expr Node
}

// ObjectLiteral's properties are *PropertyAssignment,
// *ShorthandPropertyAssignment, *SpreadAssignment or *Function (methods
// and accessors).
type ObjectLiteral struct {
	nodeBase
	Properties []Node
}

// PropertyAssignment is name: Init.
type PropertyAssignment struct {
	nodeBase
	Modifiers *Modifiers // only in error recovery
	Name      Node
	Question  bool // error recovery: a?: 1
	Init      Node
}

// ShorthandPropertyAssignment is {a} or, in a destructuring target, {a = 1}.
type ShorthandPropertyAssignment struct {
	nodeBase
	Name *Identifier
	Init Node // the '= expr' part, only valid in patterns
}

// SpreadAssignment is ...Expr in an object literal.
type SpreadAssignment struct {
	nodeBase
	Expr Node
}

// ParenExpr is (Expr).
type ParenExpr struct {
	nodeBase
	Expr Node
}

// PropertyAccess is Expr.Name or Expr?.Name.
type PropertyAccess struct {
	nodeBase
	Expr        Node
	QuestionDot bool
	Name        Node // *Identifier or *PrivateIdentifier
}

// ElementAccess is Expr[Index] or Expr?.[Index].
type ElementAccess struct {
	nodeBase
	Expr        Node
	QuestionDot bool
	Index       Node
}

// Call is Expr<TypeArgs>(Args) or Expr?.(Args). Expr is a *KeywordExpr of
// kind KindImportKeyword for import(...).
type Call struct {
	nodeBase
	Expr        Node
	QuestionDot bool
	TypeArgs    []Node
	Args        []Node
}

// New is new Expr<TypeArgs>(Args); HasArgs is false for `new X`.
type New struct {
	nodeBase
	Expr     Node
	TypeArgs []Node
	Args     []Node
	HasArgs  bool
}

// TaggedTemplate is Tag<TypeArgs>`…`.
type TaggedTemplate struct {
	nodeBase
	Tag      Node
	TypeArgs []Node
	Template Node // *TemplatePart or *TemplateExpression
}

// TypeAssertion is <Type>Expr; Pos is the position of '<'.
type TypeAssertion struct {
	nodeBase
	Type Node
	Expr Node
}

// AsExpr is Expr as Type (Type may be `const`, a TypeReference named const).
type AsExpr struct {
	nodeBase
	Expr Node
	Type Node
}

// SatisfiesExpr is Expr satisfies Type.
type SatisfiesExpr struct {
	nodeBase
	Expr Node
	Type Node
}

// NonNullExpr is Expr!.
type NonNullExpr struct {
	nodeBase
	Expr Node
}

// ExprWithTypeArgs is an instantiation expression Expr<T>, and the entries
// of heritage clauses (extends/implements).
type ExprWithTypeArgs struct {
	nodeBase
	Expr     Node
	TypeArgs []Node
}

// MetaProperty is new.target or import.meta; Keyword is TNew or TImport.
type MetaProperty struct {
	nodeBase
	Keyword Token
	Name    *Identifier
}

// PrefixUnary is Op Operand for + - ! ~ ++ -- typeof void delete.
type PrefixUnary struct {
	nodeBase
	Op      Token
	Operand Node
}

// PostfixUnary is Operand++ or Operand--.
type PostfixUnary struct {
	nodeBase
	Op      Token
	Operand Node
}

// AwaitExpr is await Expr.
type AwaitExpr struct {
	nodeBase
	Expr Node
}

// YieldExpr is yield, yield Expr or yield* Expr.
type YieldExpr struct {
	nodeBase
	Asterisk bool
	Expr     Node
}

// Binary is Left Op Right, including assignments and the comma operator.
type Binary struct {
	nodeBase
	Left  Node
	Op    Token
	OpPos int32
	Right Node
}

// Conditional is Cond ? WhenTrue : WhenFalse.
type Conditional struct {
	nodeBase
	Cond, WhenTrue, WhenFalse Node
}

// Decorator is @Expr.
type Decorator struct {
	nodeBase
	Expr Node
}

// ---- Binding patterns and parameters ----

// BindingPattern is {…} (KindObjectBindingPattern, elements are
// *BindingElement) or […] (KindArrayBindingPattern, elements are
// *BindingElement or *OmittedExpr).
type BindingPattern struct {
	nodeBase
	Elements []Node
}

// BindingElement is one entry of a binding pattern: [...]PropertyName: Name = Init.
type BindingElement struct {
	nodeBase
	DotDotDot    bool
	PropertyName Node // nil unless `prop: name`
	Name         Node // *Identifier or *BindingPattern
	Init         Node
}

// Parameter is a function parameter. Modifiers carry accessibility,
// readonly and override for parameter properties, and decorators.
type Parameter struct {
	nodeBase
	Modifiers *Modifiers
	DotDotDot bool
	Name      Node // *Identifier (including `this`) or *BindingPattern
	Question  bool
	Type      Node
	Init      Node
}

// TypeParameter is <Modifiers Name extends Constraint = Default>.
// Modifiers hold in, out and const.
type TypeParameter struct {
	nodeBase
	Modifiers  *Modifiers
	Name       *Identifier
	Constraint Node
	Default    Node
}

// ---- Functions and classes ----

// Function is every function with a body (which may be absent in
// overloads, abstract and ambient declarations): Kind is
// KindFunctionDeclaration, KindFunctionExpression, KindArrowFunction,
// KindMethodDeclaration, KindConstructor, KindGetAccessor or
// KindSetAccessor. An arrow's Body is a *Block or an expression.
type Function struct {
	nodeBase
	Modifiers  *Modifiers
	Asterisk   bool
	Name       Node // nil for anonymous functions and arrows
	Question   bool // method?()
	Exclaim    bool // error recovery only
	TypeParams []*TypeParameter
	Params     []*Parameter
	Type       Node // return type annotation
	Body       Node
}

// Class is KindClassDeclaration or KindClassExpression.
type Class struct {
	nodeBase
	Modifiers  *Modifiers
	Name       *Identifier
	TypeParams []*TypeParameter
	Heritage   []*HeritageClause
	Members    []Node
}

// HeritageClause is extends … or implements …; Token is TExtends or TImplements.
type HeritageClause struct {
	nodeBase
	Token Token
	Types []*ExprWithTypeArgs
}

// PropertyDeclaration is a class field.
type PropertyDeclaration struct {
	nodeBase
	Modifiers *Modifiers
	Name      Node
	Question  bool
	Exclaim   bool // definite assignment: x!: T
	Type      Node
	Init      Node
}

// ClassStaticBlock is static { … }.
type ClassStaticBlock struct {
	nodeBase
	Body *Block
}

// SemicolonClassElement is a stray ';' in a class body.
type SemicolonClassElement struct{ nodeBase }

// ---- Statements ----

// Block is { Statements }.
type Block struct {
	nodeBase
	Statements []Node
}

// EmptyStatement is ';'.
type EmptyStatement struct{ nodeBase }

// VariableStatement is Modifiers var/let/const/using … ;
type VariableStatement struct {
	nodeBase
	Modifiers *Modifiers
	List      *VariableDeclarationList
}

// DeclKeyword tells how variables are declared.
type DeclKeyword uint8

const (
	DeclVar DeclKeyword = iota
	DeclLet
	DeclConst
	DeclUsing
	DeclAwaitUsing
)

// VariableDeclarationList is the declarations after var/let/const/using.
type VariableDeclarationList struct {
	nodeBase
	Keyword DeclKeyword
	Decls   []*VariableDeclaration
}

// VariableDeclaration is Name!: Type = Init.
type VariableDeclaration struct {
	nodeBase
	Name    Node // *Identifier or *BindingPattern
	Exclaim bool
	Type    Node
	Init    Node
}

// ExpressionStatement is Expr;
type ExpressionStatement struct {
	nodeBase
	Expr Node
}

// IfStatement: Else is nil without an else branch.
type IfStatement struct {
	nodeBase
	Cond, Then, Else Node
}

// DoStatement is do Body while (Cond).
type DoStatement struct {
	nodeBase
	Body, Cond Node
}

// WhileStatement is while (Cond) Body.
type WhileStatement struct {
	nodeBase
	Cond, Body Node
}

// ForStatement is for (Init; Cond; Incr) Body; Init is a
// *VariableDeclarationList or an expression.
type ForStatement struct {
	nodeBase
	Init, Cond, Incr, Body Node
}

// ForInStatement is for (Init in Expr) Body.
type ForInStatement struct {
	nodeBase
	Init, Expr, Body Node
}

// ForOfStatement is for [await] (Init of Expr) Body.
type ForOfStatement struct {
	nodeBase
	Await            bool
	Init, Expr, Body Node
}

// BranchStatement is break or continue (Kind), with an optional Label.
type BranchStatement struct {
	nodeBase
	Label *Identifier
}

// ReturnStatement is return Expr;
type ReturnStatement struct {
	nodeBase
	Expr Node
}

// WithStatement is with (Expr) Body.
type WithStatement struct {
	nodeBase
	Expr, Body Node
}

// SwitchStatement is switch (Expr) { Clauses }.
type SwitchStatement struct {
	nodeBase
	Expr    Node
	Clauses []*CaseClause
}

// CaseClause is case Expr: … or default: … (Kind tells; Expr nil for default).
type CaseClause struct {
	nodeBase
	Expr       Node
	Statements []Node
}

// LabeledStatement is Label: Statement.
type LabeledStatement struct {
	nodeBase
	Label     *Identifier
	Statement Node
}

// ThrowStatement is throw Expr;
type ThrowStatement struct {
	nodeBase
	Expr Node
}

// TryStatement: Catch or Finally may be nil.
type TryStatement struct {
	nodeBase
	Block   *Block
	Catch   *CatchClause
	Finally *Block
}

// CatchClause is catch (Var) Block; Var is nil for `catch {`.
type CatchClause struct {
	nodeBase
	Var   *VariableDeclaration
	Block *Block
}

// DebuggerStatement is debugger;
type DebuggerStatement struct{ nodeBase }

// ---- TypeScript declarations ----

// InterfaceDeclaration is interface Name<TypeParams> extends … { Members }.
type InterfaceDeclaration struct {
	nodeBase
	Modifiers  *Modifiers
	Name       *Identifier
	TypeParams []*TypeParameter
	Heritage   []*HeritageClause
	Members    []Node
}

// TypeAliasDeclaration is type Name<TypeParams> = Type.
type TypeAliasDeclaration struct {
	nodeBase
	Modifiers  *Modifiers
	Name       *Identifier
	TypeParams []*TypeParameter
	Type       Node
}

// EnumDeclaration is [declare] [const] enum Name { Members }.
type EnumDeclaration struct {
	nodeBase
	Modifiers *Modifiers
	Name      *Identifier
	Members   []*EnumMember
}

// EnumMember is Name = Init.
type EnumMember struct {
	nodeBase
	Name Node // *Identifier, *StringLiteral, *ComputedPropertyName (error), …
	Init Node
}

// ModuleDeclaration is namespace/module Name { … }, declare module "m",
// or declare global. A dotted name A.B.C is nested declarations: the outer
// one is named A and its Body is the ModuleDeclaration for B, and so on;
// each has its own Name position. Keyword is TNamespace, TModule or
// TGlobal. Body is a *ModuleBlock, a *ModuleDeclaration or nil (for
// `declare module "m";`).
type ModuleDeclaration struct {
	nodeBase
	Modifiers *Modifiers
	Keyword   Token
	Name      Node // *Identifier or *StringLiteral
	Body      Node
}

// ModuleBlock is the { … } of a module declaration.
type ModuleBlock struct {
	nodeBase
	Statements []Node
}

// ImportEqualsDeclaration is [export] import [type] Name = Ref; Ref is an
// *ExternalModuleReference (require("m")) or an entity name. Pos is the
// first token (export, or import).
type ImportEqualsDeclaration struct {
	nodeBase
	Modifiers  *Modifiers
	IsTypeOnly bool
	Name       *Identifier
	Ref        Node
}

// ExternalModuleReference is require(Expr).
type ExternalModuleReference struct {
	nodeBase
	Expr Node
}

// ImportDeclaration is import Clause from Specifier with { Attributes }.
// Clause is nil for a side-effect import.
type ImportDeclaration struct {
	nodeBase
	Modifiers  *Modifiers
	Clause     *ImportClause
	Specifier  Node // *StringLiteral
	Attributes *ImportAttributes
}

// ImportClause: Name is the default import; Bindings is a *NamespaceImport
// or *NamedImports. Phase is TDefer for `import defer`.
type ImportClause struct {
	nodeBase
	IsTypeOnly bool
	Phase      Token
	Name       *Identifier
	Bindings   Node
}

// NamespaceImport is * as Name.
type NamespaceImport struct {
	nodeBase
	Name *Identifier
}

// NamedImports is { Elements }.
type NamedImports struct {
	nodeBase
	Elements []*ImportSpecifier
}

// ImportSpecifier is [type] PropertyName as Name; PropertyName may be an
// *Identifier or a *StringLiteral and is nil without `as`.
type ImportSpecifier struct {
	nodeBase
	IsTypeOnly   bool
	PropertyName Node
	Name         *Identifier
}

// ImportAttributes is with { key: "v" } (Token TWith) or the older assert.
type ImportAttributes struct {
	nodeBase
	Token    Token
	Elements []*ImportAttribute
}

// ImportAttribute is Name: Value.
type ImportAttribute struct {
	nodeBase
	Name  Node // *Identifier or *StringLiteral
	Value Node
}

// ExportDeclaration is export [type] { … } [from "m"] or export * [as N]
// from "m". Clause is a *NamedExports, a *NamespaceExport or nil (export *).
type ExportDeclaration struct {
	nodeBase
	Modifiers  *Modifiers
	IsTypeOnly bool
	Clause     Node
	Specifier  Node
	Attributes *ImportAttributes
}

// NamespaceExport is * as Name.
type NamespaceExport struct {
	nodeBase
	Name Node // *Identifier or *StringLiteral
}

// NamedExports is { Elements }.
type NamedExports struct {
	nodeBase
	Elements []*ExportSpecifier
}

// ExportSpecifier is [type] PropertyName as Name.
type ExportSpecifier struct {
	nodeBase
	IsTypeOnly   bool
	PropertyName Node
	Name         Node // *Identifier or *StringLiteral
}

// ExportAssignment is export = Expr (IsExportEquals) or export default Expr.
type ExportAssignment struct {
	nodeBase
	Modifiers      *Modifiers
	IsExportEquals bool
	Expr           Node
}

// NamespaceExportDeclaration is export as namespace Name.
type NamespaceExportDeclaration struct {
	nodeBase
	Name *Identifier
}

// MissingDeclaration stands where modifiers or decorators were followed by
// no declaration.
type MissingDeclaration struct {
	nodeBase
	Modifiers *Modifiers
}

// ---- Type members ----

// PropertySignature is Name?: Type in an interface or type literal.
type PropertySignature struct {
	nodeBase
	Modifiers *Modifiers
	Name      Node
	Question  bool
	Type      Node
	Init      Node // error recovery only
}

// Signature is KindCallSignature, KindConstructSignature,
// KindMethodSignature, KindIndexSignature, KindFunctionType or
// KindConstructorType. For a constructor type, Modifiers may hold abstract.
type Signature struct {
	nodeBase
	Modifiers  *Modifiers
	Name       Node // method signatures only
	Question   bool
	TypeParams []*TypeParameter
	Params     []*Parameter
	Type       Node
}

// ---- Types ----

// KeywordType is any, unknown, number, bigint, boolean, string, symbol,
// object, never, void, undefined, null or intrinsic; Keyword says which.
type KeywordType struct {
	nodeBase
	Keyword Token
}

// ThisType is `this` in a type.
type ThisType struct{ nodeBase }

// TypeReference is Name<TypeArgs>; Name is an *Identifier or *QualifiedName.
type TypeReference struct {
	nodeBase
	Name     Node
	TypeArgs []Node
}

// LiteralType wraps a string, numeric, bigint, true, false, null or
// negative-number (*PrefixUnary) literal, or a template without
// substitutions.
type LiteralType struct {
	nodeBase
	Literal Node
}

// TemplateLiteralType is `a${T}b`.
type TemplateLiteralType struct {
	nodeBase
	Head  *TemplatePart
	Spans []*TemplateLiteralTypeSpan
}

// TemplateLiteralTypeSpan is ${Type} with the literal text after it.
type TemplateLiteralTypeSpan struct {
	nodeBase
	Type    Node
	Literal *TemplatePart
}

// ArrayType is Elem[].
type ArrayType struct {
	nodeBase
	Elem Node
}

// TupleType is [A, B?, ...C, name: D]; elements are types, *OptionalType,
// *RestType or *NamedTupleMember.
type TupleType struct {
	nodeBase
	Elements []Node
}

// NamedTupleMember is [...]Name[?]: Type inside a tuple.
type NamedTupleMember struct {
	nodeBase
	DotDotDot bool
	Name      *Identifier
	Question  bool
	Type      Node
}

// OptionalType is T? inside a tuple.
type OptionalType struct {
	nodeBase
	Type Node
}

// RestType is ...T inside a tuple.
type RestType struct {
	nodeBase
	Type Node
}

// UnionType is A | B (KindUnionType) and IntersectionType A & B
// (KindIntersectionType) share this shape.
type UnionType struct {
	nodeBase
	Types []Node
}

// ParenthesizedType is (Type).
type ParenthesizedType struct {
	nodeBase
	Type Node
}

// TypeLiteral is { Members }.
type TypeLiteral struct {
	nodeBase
	Members []Node
}

// TypeQuery is typeof Name<TypeArgs>; Name is an entity name or an
// *ImportType-free `import(...)` is not allowed here.
type TypeQuery struct {
	nodeBase
	Name     Node
	TypeArgs []Node
}

// TypeOperator is keyof T, unique T (unique symbol) or readonly T.
type TypeOperator struct {
	nodeBase
	Op   Token
	Type Node
}

// IndexedAccessType is Object[Index].
type IndexedAccessType struct {
	nodeBase
	Object, Index Node
}

// ConditionalType is Check extends Extends ? True : False.
type ConditionalType struct {
	nodeBase
	Check, Extends, True, False Node
}

// InferType is infer T [extends C].
type InferType struct {
	nodeBase
	Param *TypeParameter
}

// MappedType is { [readonly] [P in K as N][?]: T }. ReadonlyToken and
// QuestionToken are 0 when absent, or TReadonly/TPlus/TMinus and
// TQuestion/TPlus/TMinus.
type MappedType struct {
	nodeBase
	ReadonlyToken Token
	Param         *TypeParameter // Name in Constraint
	NameType      Node
	QuestionToken Token
	Type          Node
	Members       []Node // error recovery: members after the mapped entry
}

// TypePredicate is [asserts] Param is Type; Param is an *Identifier or a
// *ThisType; Type is nil for `asserts x`.
type TypePredicate struct {
	nodeBase
	Asserts bool
	Param   Node
	Type    Node
}

// ImportType is [typeof] import("m", { with: … }).Qualifier<TypeArgs>.
type ImportType struct {
	nodeBase
	IsTypeOf   bool
	Arg        Node
	Attributes *ImportAttributes
	Qualifier  Node
	TypeArgs   []Node
}
