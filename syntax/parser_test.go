package syntax

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tsrun-dev/tsrun/diag"
)

// shape renders the kinds under n as a compact S-expression, e.g.
// Call(Identifier TypeReference(Identifier) NumericLiteral).
func shape(n Node) string {
	var b strings.Builder
	var rec func(Node)
	rec = func(n Node) {
		b.WriteString(n.Kind().String())
		first := true
		ForEachChild(n, func(c Node) bool {
			if first {
				b.WriteByte('(')
				first = false
			} else {
				b.WriteByte(' ')
			}
			rec(c)
			return true
		})
		if !first {
			b.WriteByte(')')
		}
	}
	rec(n)
	return b.String()
}

// expectShape parses src and compares the shapes of its statements.
func expectShape(t *testing.T, src, want string) {
	t.Helper()
	sf := Parse(diag.NewFile("t.ts", src), ParseOptions{})
	if len(sf.Diagnostics) > 0 {
		t.Errorf("%s: unexpected diagnostics: %s", src, sf.Diagnostics[0].Message)
		return
	}
	var shapes []string
	for _, s := range sf.Statements {
		shapes = append(shapes, shape(s))
	}
	if d := cmp.Diff(want, strings.Join(shapes, "; ")); d != "" {
		t.Errorf("%s (-want +got):\n%s", src, d)
	}
}

func TestAmbiguities(t *testing.T) {
	tests := []struct{ src, want string }{
		// '<': type arguments, comparison, assertion or generic arrow.
		{"f<T>(x);", "ExpressionStatement(Call(Identifier TypeReference(Identifier) Identifier))"},
		{"a < b > c;", "ExpressionStatement(Binary(Binary(Identifier Identifier) Identifier))"},
		{"a < b;", "ExpressionStatement(Binary(Identifier Identifier))"},
		{"f<T>;", "ExpressionStatement(ExprWithTypeArgs(Identifier TypeReference(Identifier)))"},
		{"f<T>\n(x);", "ExpressionStatement(Call(Identifier TypeReference(Identifier) Identifier))"},
		{"<T>x;", "ExpressionStatement(TypeAssertion(TypeReference(Identifier) Identifier))"},
		{"<T>(x) => x;", "ExpressionStatement(ArrowFunction(TypeParameter(Identifier) Parameter(Identifier) Identifier))"},
		{"<const T,>(x: T) => x;", "ExpressionStatement(ArrowFunction(TypeParameter(Identifier) Parameter(Identifier TypeReference(Identifier)) Identifier))"},
		{"f<T>`x`;", "ExpressionStatement(TaggedTemplate(Identifier TypeReference(Identifier) NoSubstitutionTemplate))"},
		{"a<b>>c;", "ExpressionStatement(Binary(Identifier Binary(Identifier Identifier)))"},
		// '(': arrow function or parenthesized expression.
		{"(a, b) => a;", "ExpressionStatement(ArrowFunction(Parameter(Identifier) Parameter(Identifier) Identifier))"},
		{"(a, b);", "ExpressionStatement(ParenExpr(Binary(Identifier Identifier)))"},
		{"({ a }) => a;", "ExpressionStatement(ArrowFunction(Parameter(ObjectBindingPattern(BindingElement(Identifier))) Identifier))"},
		{"({ a });", "ExpressionStatement(ParenExpr(ObjectLiteral(ShorthandPropertyAssignment(Identifier))))"},
		{"x ? (y) : z;", "ExpressionStatement(Conditional(Identifier ParenExpr(Identifier) Identifier))"},
		{"x ? (y): T => z : w;", "ExpressionStatement(Conditional(Identifier ArrowFunction(Parameter(Identifier) TypeReference(Identifier) Identifier) Identifier))"},
		{"async (x) => x;", "ExpressionStatement(ArrowFunction(Parameter(Identifier) Identifier))"},
		{"async(x);", "ExpressionStatement(Call(Identifier Identifier))"},
		{"async x => x;", "ExpressionStatement(ArrowFunction(Parameter(Identifier) Identifier))"},
		// Regexp or division.
		{"a / b / c;", "ExpressionStatement(Binary(Binary(Identifier Identifier) Identifier))"},
		{"x = /b/g;", "ExpressionStatement(Binary(Identifier RegExpLiteral))"},
		// Contextual keywords as names.
		{"let type = 1, of = 2, as = 3;", "VariableStatement(VariableDeclarationList(VariableDeclaration(Identifier NumericLiteral) VariableDeclaration(Identifier NumericLiteral) VariableDeclaration(Identifier NumericLiteral)))"},
		{"type\nFoo = 1;", "ExpressionStatement(Identifier); ExpressionStatement(Binary(Identifier NumericLiteral))"},
		{"declare;", "ExpressionStatement(Identifier)"},
		{"for (let of of xs);", "ForOfStatement(VariableDeclarationList(VariableDeclaration(Identifier)) Identifier EmptyStatement)"},
		// ASI.
		{"x\n++y;", "ExpressionStatement(Identifier); ExpressionStatement(PrefixUnary(Identifier))"},
		{"a = b\n(c);", "ExpressionStatement(Binary(Identifier Call(Identifier Identifier)))"},
		// Types.
		{"type T = A extends (infer U extends string) ? U : never;", "TypeAliasDeclaration(Identifier ConditionalType(TypeReference(Identifier) ParenthesizedType(InferType(TypeParameter(Identifier KeywordType))) TypeReference(Identifier) KeywordType))"},
		{"type T = keyof typeof x[number];", "TypeAliasDeclaration(Identifier TypeOperator(IndexedAccessType(TypeQuery(Identifier) KeywordType)))"},
		{"type T = () => void | string;", "TypeAliasDeclaration(Identifier FunctionType(UnionType(KeywordType KeywordType)))"},
		{"type T = [a?: string, ...rest: number[]];", "TypeAliasDeclaration(Identifier TupleType(NamedTupleMember(Identifier KeywordType) NamedTupleMember(Identifier ArrayType(KeywordType))))"},
		{"type T = [string?];", "TypeAliasDeclaration(Identifier TupleType(OptionalType(KeywordType)))"},
		{"type T = unique symbol;", "TypeAliasDeclaration(Identifier TypeOperator(KeywordType))"},
		{"type T = -1 | `a${B}`;", "TypeAliasDeclaration(Identifier UnionType(LiteralType(PrefixUnary(NumericLiteral)) TemplateLiteralType(TemplateHead TemplateLiteralTypeSpan(TypeReference(Identifier) TemplateTail))))"},
		{"function f(this: T, x): x is string {}", "FunctionDeclaration(Identifier Parameter(Identifier TypeReference(Identifier)) Parameter(Identifier) TypePredicate(Identifier KeywordType) Block)"},
		{"function f(x): asserts x {}", "FunctionDeclaration(Identifier Parameter(Identifier) TypePredicate(Identifier) Block)"},
		// TypeScript declarations.
		{"namespace A.B { }", "ModuleDeclaration(Identifier ModuleDeclaration(Identifier ModuleBlock))"},
		{"declare module \"m\";", "ModuleDeclaration(StringLiteral)"},
		{"declare global { }", "ModuleDeclaration(Identifier ModuleBlock)"},
		{"import type x = require(\"m\");", "ImportEqualsDeclaration(Identifier ExternalModuleReference(StringLiteral))"},
		{"import { type as as as } from \"m\";", "ImportDeclaration(ImportClause(NamedImports(ImportSpecifier(Identifier Identifier))) StringLiteral)"},
		{"export as namespace Lib;", "NamespaceExportDeclaration(Identifier)"},
		{"export = f;", "ExportAssignment(Identifier)"},
		{"abstract class C { abstract m(): void; private x?: number; constructor(readonly y) { super(); } }", "ClassDeclaration(Identifier MethodDeclaration(Identifier KeywordType) PropertyDeclaration(Identifier KeywordType) Constructor(Parameter(Identifier) Block(ExpressionStatement(Call(SuperKeyword)))))"},
		{"function f(): void;", "FunctionDeclaration(Identifier KeywordType)"},
		{"let x = y satisfies T as const;", "VariableStatement(VariableDeclarationList(VariableDeclaration(Identifier AsExpr(SatisfiesExpr(Identifier TypeReference(Identifier)) TypeReference(Identifier)))))"},
		{"class C { accessor a = 1; static { } declare b: T; c!: T; override m() {} }", "ClassDeclaration(Identifier PropertyDeclaration(Identifier NumericLiteral) ClassStaticBlock(Block) PropertyDeclaration(Identifier TypeReference(Identifier)) PropertyDeclaration(Identifier TypeReference(Identifier)) MethodDeclaration(Identifier Block))"},
	}
	for _, tt := range tests {
		expectShape(t, tt.src, tt.want)
	}
}

// TestErasableShapes pins what the erasable pass relies on: kinds,
// modifiers with positions, and name positions.
func TestErasableShapes(t *testing.T) {
	src := "declare const enum E { A }\nnamespace A.B { }\nexport import x = N.M;\nclass C { constructor(public readonly p: number) {} }\nlet v = <T>w;\n"
	sf := Parse(diag.NewFile("t.ts", src), ParseOptions{})
	if len(sf.Diagnostics) > 0 {
		t.Fatal(sf.Diagnostics)
	}
	e := sf.Statements[0].(*EnumDeclaration)
	if !e.Modifiers.Has(ModDeclare|ModConst) || e.Name.Pos() != int32(strings.Index(src, "E {")) {
		t.Errorf("enum: modifiers %v, name at %d", e.Modifiers, e.Name.Pos())
	}
	m := sf.Statements[1].(*ModuleDeclaration)
	inner := m.Body.(*ModuleDeclaration)
	if m.Name.Pos() != int32(strings.Index(src, "A.B")) || inner.Name.Pos() != int32(strings.Index(src, "B {")) {
		t.Errorf("namespace names at %d, %d", m.Name.Pos(), inner.Name.Pos())
	}
	ie := sf.Statements[2].(*ImportEqualsDeclaration)
	if ie.Pos() != int32(strings.Index(src, "export import")) || !ie.Modifiers.Has(ModExport) {
		t.Errorf("import equals at %d", ie.Pos())
	}
	ctor := sf.Statements[3].(*Class).Members[0].(*Function)
	got := ctor.Params[0].Modifiers.List
	want := []Modifier{{TPublic, int32(strings.Index(src, "public")), int32(strings.Index(src, "public")) + 6},
		{TReadonly, int32(strings.Index(src, "readonly")), int32(strings.Index(src, "readonly")) + 8}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("parameter property modifiers (-want +got):\n%s", d)
	}
	ta := sf.Statements[4].(*VariableStatement).List.Decls[0].Init.(*TypeAssertion)
	if ta.Pos() != int32(strings.Index(src, "<T>")) {
		t.Errorf("type assertion at %d", ta.Pos())
	}
	if !Parse(diag.NewFile("t.d.ts", ""), ParseOptions{Dialect: DialectFromName("t.d.ts")}).IsDeclarationFile() {
		t.Error(".d.ts not recognized")
	}
}

func TestSourceTextForms(t *testing.T) {
	// BOM, CRLF, CR, U+2028/9 and astral characters: tsc's line and UTF-16
	// column for an error after each.
	tests := []struct{ src, want string }{
		{"\uFEFFlet a = ;", "t.ts(1,9): error TS1109: Expression expected.\n"},
		{"x;\r\nlet a = ;", "t.ts(2,9): error TS1109: Expression expected.\n"},
		{"x;\rlet a = ;", "t.ts(2,9): error TS1109: Expression expected.\n"},
		{"x;\u2028let a = ;", "t.ts(2,9): error TS1109: Expression expected.\n"},
		{"'😀'; let a = ;", "t.ts(1,15): error TS1109: Expression expected.\n"},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, parseToText("t.ts", tt.src)); d != "" {
			t.Errorf("%q (-want +got):\n%s", tt.src, d)
		}
	}
}

func TestParseSource(t *testing.T) {
	sf := ParseSource("bad.ts", []byte("let a = '\xff';"))
	if len(sf.Diagnostics) != 1 || sf.Diagnostics[0].Code != diag.FileNotUTF8.Code || len(sf.Statements) != 0 {
		t.Errorf("invalid UTF-8: %+v", sf.Diagnostics)
	}
	sf = ParseSource("ok.mts", []byte("\xef\xbb\xbfexport const a = 1;"))
	if len(sf.Diagnostics) != 0 || sf.Dialect != DialectMTS || sf.Statements[0].Pos() != 0 {
		t.Errorf("BOM file: %+v", sf.Diagnostics)
	}
}
