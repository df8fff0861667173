// The child lists below follow the field order of each struct in ast.go;
// walk_test.go checks that every field holding nodes is visited.

package syntax

// ForEachChild calls visit for each direct child of n in source order,
// decorators included (modifier keywords are not nodes). It stops as soon as
// visit returns false, and then returns false itself.
func ForEachChild(n Node, visit func(Node) bool) bool {
	switch n := n.(type) {
	case *SourceFile:
		for _, c := range n.Statements {
			if !visit(c) {
				return false
			}
		}
	case *QualifiedName:
		if n.Left != nil && !visit(n.Left) {
			return false
		}
		if n.Right != nil && !visit(n.Right) {
			return false
		}
	case *ComputedPropertyName:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *TemplateExpression:
		if n.Head != nil && !visit(n.Head) {
			return false
		}
		for _, c := range n.Spans {
			if !visit(c) {
				return false
			}
		}
	case *TemplateSpan:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
		if n.Literal != nil && !visit(n.Literal) {
			return false
		}
	case *ArrayLiteral:
		for _, c := range n.Elements {
			if !visit(c) {
				return false
			}
		}
	case *SpreadElement:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *ObjectLiteral:
		for _, c := range n.Properties {
			if !visit(c) {
				return false
			}
		}
	case *PropertyAssignment:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Init != nil && !visit(n.Init) {
			return false
		}
	case *ShorthandPropertyAssignment:
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Init != nil && !visit(n.Init) {
			return false
		}
	case *SpreadAssignment:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *ParenExpr:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *PropertyAccess:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
	case *ElementAccess:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
		if n.Index != nil && !visit(n.Index) {
			return false
		}
	case *Call:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
		for _, c := range n.TypeArgs {
			if !visit(c) {
				return false
			}
		}
		for _, c := range n.Args {
			if !visit(c) {
				return false
			}
		}
	case *New:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
		for _, c := range n.TypeArgs {
			if !visit(c) {
				return false
			}
		}
		for _, c := range n.Args {
			if !visit(c) {
				return false
			}
		}
	case *TaggedTemplate:
		if n.Tag != nil && !visit(n.Tag) {
			return false
		}
		for _, c := range n.TypeArgs {
			if !visit(c) {
				return false
			}
		}
		if n.Template != nil && !visit(n.Template) {
			return false
		}
	case *TypeAssertion:
		if n.Type != nil && !visit(n.Type) {
			return false
		}
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *AsExpr:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
		if n.Type != nil && !visit(n.Type) {
			return false
		}
	case *SatisfiesExpr:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
		if n.Type != nil && !visit(n.Type) {
			return false
		}
	case *NonNullExpr:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *ExprWithTypeArgs:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
		for _, c := range n.TypeArgs {
			if !visit(c) {
				return false
			}
		}
	case *MetaProperty:
		if n.Name != nil && !visit(n.Name) {
			return false
		}
	case *PrefixUnary:
		if n.Operand != nil && !visit(n.Operand) {
			return false
		}
	case *PostfixUnary:
		if n.Operand != nil && !visit(n.Operand) {
			return false
		}
	case *AwaitExpr:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *YieldExpr:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *Binary:
		if n.Left != nil && !visit(n.Left) {
			return false
		}
		if n.Right != nil && !visit(n.Right) {
			return false
		}
	case *Conditional:
		if n.Cond != nil && !visit(n.Cond) {
			return false
		}
		if n.WhenTrue != nil && !visit(n.WhenTrue) {
			return false
		}
		if n.WhenFalse != nil && !visit(n.WhenFalse) {
			return false
		}
	case *Decorator:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *BindingPattern:
		for _, c := range n.Elements {
			if !visit(c) {
				return false
			}
		}
	case *BindingElement:
		if n.PropertyName != nil && !visit(n.PropertyName) {
			return false
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Init != nil && !visit(n.Init) {
			return false
		}
	case *Parameter:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Type != nil && !visit(n.Type) {
			return false
		}
		if n.Init != nil && !visit(n.Init) {
			return false
		}
	case *TypeParameter:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Constraint != nil && !visit(n.Constraint) {
			return false
		}
		if n.Default != nil && !visit(n.Default) {
			return false
		}
	case *Function:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		for _, c := range n.TypeParams {
			if !visit(c) {
				return false
			}
		}
		for _, c := range n.Params {
			if !visit(c) {
				return false
			}
		}
		if n.Type != nil && !visit(n.Type) {
			return false
		}
		if n.Body != nil && !visit(n.Body) {
			return false
		}
	case *Class:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		for _, c := range n.TypeParams {
			if !visit(c) {
				return false
			}
		}
		for _, c := range n.Heritage {
			if !visit(c) {
				return false
			}
		}
		for _, c := range n.Members {
			if !visit(c) {
				return false
			}
		}
	case *HeritageClause:
		for _, c := range n.Types {
			if !visit(c) {
				return false
			}
		}
	case *PropertyDeclaration:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Type != nil && !visit(n.Type) {
			return false
		}
		if n.Init != nil && !visit(n.Init) {
			return false
		}
	case *ClassStaticBlock:
		if n.Body != nil && !visit(n.Body) {
			return false
		}
	case *Block:
		for _, c := range n.Statements {
			if !visit(c) {
				return false
			}
		}
	case *VariableStatement:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.List != nil && !visit(n.List) {
			return false
		}
	case *VariableDeclarationList:
		for _, c := range n.Decls {
			if !visit(c) {
				return false
			}
		}
	case *VariableDeclaration:
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Type != nil && !visit(n.Type) {
			return false
		}
		if n.Init != nil && !visit(n.Init) {
			return false
		}
	case *ExpressionStatement:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *IfStatement:
		if n.Cond != nil && !visit(n.Cond) {
			return false
		}
		if n.Then != nil && !visit(n.Then) {
			return false
		}
		if n.Else != nil && !visit(n.Else) {
			return false
		}
	case *DoStatement:
		if n.Body != nil && !visit(n.Body) {
			return false
		}
		if n.Cond != nil && !visit(n.Cond) {
			return false
		}
	case *WhileStatement:
		if n.Cond != nil && !visit(n.Cond) {
			return false
		}
		if n.Body != nil && !visit(n.Body) {
			return false
		}
	case *ForStatement:
		if n.Init != nil && !visit(n.Init) {
			return false
		}
		if n.Cond != nil && !visit(n.Cond) {
			return false
		}
		if n.Incr != nil && !visit(n.Incr) {
			return false
		}
		if n.Body != nil && !visit(n.Body) {
			return false
		}
	case *ForInStatement:
		if n.Init != nil && !visit(n.Init) {
			return false
		}
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
		if n.Body != nil && !visit(n.Body) {
			return false
		}
	case *ForOfStatement:
		if n.Init != nil && !visit(n.Init) {
			return false
		}
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
		if n.Body != nil && !visit(n.Body) {
			return false
		}
	case *BranchStatement:
		if n.Label != nil && !visit(n.Label) {
			return false
		}
	case *ReturnStatement:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *WithStatement:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
		if n.Body != nil && !visit(n.Body) {
			return false
		}
	case *SwitchStatement:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
		for _, c := range n.Clauses {
			if !visit(c) {
				return false
			}
		}
	case *CaseClause:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
		for _, c := range n.Statements {
			if !visit(c) {
				return false
			}
		}
	case *LabeledStatement:
		if n.Label != nil && !visit(n.Label) {
			return false
		}
		if n.Statement != nil && !visit(n.Statement) {
			return false
		}
	case *ThrowStatement:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *TryStatement:
		if n.Block != nil && !visit(n.Block) {
			return false
		}
		if n.Catch != nil && !visit(n.Catch) {
			return false
		}
		if n.Finally != nil && !visit(n.Finally) {
			return false
		}
	case *CatchClause:
		if n.Var != nil && !visit(n.Var) {
			return false
		}
		if n.Block != nil && !visit(n.Block) {
			return false
		}
	case *InterfaceDeclaration:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		for _, c := range n.TypeParams {
			if !visit(c) {
				return false
			}
		}
		for _, c := range n.Heritage {
			if !visit(c) {
				return false
			}
		}
		for _, c := range n.Members {
			if !visit(c) {
				return false
			}
		}
	case *TypeAliasDeclaration:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		for _, c := range n.TypeParams {
			if !visit(c) {
				return false
			}
		}
		if n.Type != nil && !visit(n.Type) {
			return false
		}
	case *EnumDeclaration:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		for _, c := range n.Members {
			if !visit(c) {
				return false
			}
		}
	case *EnumMember:
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Init != nil && !visit(n.Init) {
			return false
		}
	case *ModuleDeclaration:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Body != nil && !visit(n.Body) {
			return false
		}
	case *ModuleBlock:
		for _, c := range n.Statements {
			if !visit(c) {
				return false
			}
		}
	case *ImportEqualsDeclaration:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Ref != nil && !visit(n.Ref) {
			return false
		}
	case *ExternalModuleReference:
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *ImportDeclaration:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Clause != nil && !visit(n.Clause) {
			return false
		}
		if n.Specifier != nil && !visit(n.Specifier) {
			return false
		}
		if n.Attributes != nil && !visit(n.Attributes) {
			return false
		}
	case *ImportClause:
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Bindings != nil && !visit(n.Bindings) {
			return false
		}
	case *NamespaceImport:
		if n.Name != nil && !visit(n.Name) {
			return false
		}
	case *NamedImports:
		for _, c := range n.Elements {
			if !visit(c) {
				return false
			}
		}
	case *ImportSpecifier:
		if n.PropertyName != nil && !visit(n.PropertyName) {
			return false
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
	case *ImportAttributes:
		for _, c := range n.Elements {
			if !visit(c) {
				return false
			}
		}
	case *ImportAttribute:
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Value != nil && !visit(n.Value) {
			return false
		}
	case *ExportDeclaration:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Clause != nil && !visit(n.Clause) {
			return false
		}
		if n.Specifier != nil && !visit(n.Specifier) {
			return false
		}
		if n.Attributes != nil && !visit(n.Attributes) {
			return false
		}
	case *NamespaceExport:
		if n.Name != nil && !visit(n.Name) {
			return false
		}
	case *NamedExports:
		for _, c := range n.Elements {
			if !visit(c) {
				return false
			}
		}
	case *ExportSpecifier:
		if n.PropertyName != nil && !visit(n.PropertyName) {
			return false
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
	case *ExportAssignment:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Expr != nil && !visit(n.Expr) {
			return false
		}
	case *NamespaceExportDeclaration:
		if n.Name != nil && !visit(n.Name) {
			return false
		}
	case *MissingDeclaration:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
	case *PropertySignature:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Type != nil && !visit(n.Type) {
			return false
		}
		if n.Init != nil && !visit(n.Init) {
			return false
		}
	case *Signature:
		if n.Modifiers != nil {
			for _, d := range n.Modifiers.Decorators {
				if !visit(d) {
					return false
				}
			}
		}
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		for _, c := range n.TypeParams {
			if !visit(c) {
				return false
			}
		}
		for _, c := range n.Params {
			if !visit(c) {
				return false
			}
		}
		if n.Type != nil && !visit(n.Type) {
			return false
		}
	case *TypeReference:
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		for _, c := range n.TypeArgs {
			if !visit(c) {
				return false
			}
		}
	case *LiteralType:
		if n.Literal != nil && !visit(n.Literal) {
			return false
		}
	case *TemplateLiteralType:
		if n.Head != nil && !visit(n.Head) {
			return false
		}
		for _, c := range n.Spans {
			if !visit(c) {
				return false
			}
		}
	case *TemplateLiteralTypeSpan:
		if n.Type != nil && !visit(n.Type) {
			return false
		}
		if n.Literal != nil && !visit(n.Literal) {
			return false
		}
	case *ArrayType:
		if n.Elem != nil && !visit(n.Elem) {
			return false
		}
	case *TupleType:
		for _, c := range n.Elements {
			if !visit(c) {
				return false
			}
		}
	case *NamedTupleMember:
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		if n.Type != nil && !visit(n.Type) {
			return false
		}
	case *OptionalType:
		if n.Type != nil && !visit(n.Type) {
			return false
		}
	case *RestType:
		if n.Type != nil && !visit(n.Type) {
			return false
		}
	case *UnionType:
		for _, c := range n.Types {
			if !visit(c) {
				return false
			}
		}
	case *ParenthesizedType:
		if n.Type != nil && !visit(n.Type) {
			return false
		}
	case *TypeLiteral:
		for _, c := range n.Members {
			if !visit(c) {
				return false
			}
		}
	case *TypeQuery:
		if n.Name != nil && !visit(n.Name) {
			return false
		}
		for _, c := range n.TypeArgs {
			if !visit(c) {
				return false
			}
		}
	case *TypeOperator:
		if n.Type != nil && !visit(n.Type) {
			return false
		}
	case *IndexedAccessType:
		if n.Object != nil && !visit(n.Object) {
			return false
		}
		if n.Index != nil && !visit(n.Index) {
			return false
		}
	case *ConditionalType:
		if n.Check != nil && !visit(n.Check) {
			return false
		}
		if n.Extends != nil && !visit(n.Extends) {
			return false
		}
		if n.True != nil && !visit(n.True) {
			return false
		}
		if n.False != nil && !visit(n.False) {
			return false
		}
	case *InferType:
		if n.Param != nil && !visit(n.Param) {
			return false
		}
	case *MappedType:
		if n.Param != nil && !visit(n.Param) {
			return false
		}
		if n.NameType != nil && !visit(n.NameType) {
			return false
		}
		if n.Type != nil && !visit(n.Type) {
			return false
		}
		for _, c := range n.Members {
			if !visit(c) {
				return false
			}
		}
	case *TypePredicate:
		if n.Param != nil && !visit(n.Param) {
			return false
		}
		if n.Type != nil && !visit(n.Type) {
			return false
		}
	case *ImportType:
		if n.Arg != nil && !visit(n.Arg) {
			return false
		}
		if n.Attributes != nil && !visit(n.Attributes) {
			return false
		}
		if n.Qualifier != nil && !visit(n.Qualifier) {
			return false
		}
		for _, c := range n.TypeArgs {
			if !visit(c) {
				return false
			}
		}
	}
	return true
}

// Inspect walks the tree rooted at n depth-first in source order, calling
// f for each node; when f returns false the node's children are skipped.
func Inspect(n Node, f func(Node) bool) {
	var walk func(Node) bool
	walk = func(c Node) bool {
		if f(c) {
			ForEachChild(c, walk)
		}
		return true
	}
	walk(n)
}
