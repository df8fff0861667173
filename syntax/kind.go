package syntax

// Kind identifies a node's syntactic form. Several kinds share one Go
// struct (see ast.go); Kind is what tells them apart.
type Kind uint8

const (
	KindInvalid Kind = iota
	KindSourceFile
	KindIdentifier
	KindPrivateIdentifier
	KindQualifiedName
	KindComputedPropertyName
	KindStringLiteral
	KindNumericLiteral
	KindBigIntLiteral
	KindRegExpLiteral
	KindNoSubstitutionTemplate
	KindTemplateHead
	KindTemplateMiddle
	KindTemplateTail
	KindTemplateExpression
	KindTemplateSpan
	KindThisKeyword
	KindSuperKeyword
	KindNullKeyword
	KindTrueKeyword
	KindFalseKeyword
	KindImportKeyword
	KindArrayLiteral
	KindOmittedExpr
	KindSpreadElement
	KindObjectLiteral
	KindPropertyAssignment
	KindShorthandPropertyAssignment
	KindSpreadAssignment
	KindParenExpr
	KindPropertyAccess
	KindElementAccess
	KindCall
	KindNew
	KindTaggedTemplate
	KindTypeAssertion
	KindAsExpr
	KindSatisfiesExpr
	KindNonNullExpr
	KindExprWithTypeArgs
	KindMetaProperty
	KindPrefixUnary
	KindPostfixUnary
	KindAwaitExpr
	KindYieldExpr
	KindBinary
	KindConditional
	KindDecorator
	KindObjectBindingPattern
	KindArrayBindingPattern
	KindBindingElement
	KindParameter
	KindTypeParameter
	KindFunctionDeclaration
	KindFunctionExpression
	KindArrowFunction
	KindMethodDeclaration
	KindConstructor
	KindGetAccessor
	KindSetAccessor
	KindClassDeclaration
	KindClassExpression
	KindHeritageClause
	KindPropertyDeclaration
	KindClassStaticBlock
	KindSemicolonClassElement
	KindBlock
	KindEmptyStatement
	KindVariableStatement
	KindVariableDeclarationList
	KindVariableDeclaration
	KindExpressionStatement
	KindIfStatement
	KindDoStatement
	KindWhileStatement
	KindForStatement
	KindForInStatement
	KindForOfStatement
	KindContinueStatement
	KindBreakStatement
	KindReturnStatement
	KindWithStatement
	KindSwitchStatement
	KindCaseClause
	KindDefaultClause
	KindLabeledStatement
	KindThrowStatement
	KindTryStatement
	KindCatchClause
	KindDebuggerStatement
	KindInterfaceDeclaration
	KindTypeAliasDeclaration
	KindEnumDeclaration
	KindEnumMember
	KindModuleDeclaration
	KindModuleBlock
	KindImportEqualsDeclaration
	KindExternalModuleReference
	KindImportDeclaration
	KindImportClause
	KindNamespaceImport
	KindNamedImports
	KindImportSpecifier
	KindImportAttributes
	KindImportAttribute
	KindExportDeclaration
	KindNamespaceExport
	KindNamedExports
	KindExportSpecifier
	KindExportAssignment
	KindNamespaceExportDeclaration
	KindMissingDeclaration
	KindPropertySignature
	KindCallSignature
	KindConstructSignature
	KindMethodSignature
	KindIndexSignature
	KindFunctionType
	KindConstructorType
	KindKeywordType
	KindThisType
	KindTypeReference
	KindLiteralType
	KindTemplateLiteralType
	KindTemplateLiteralTypeSpan
	KindArrayType
	KindTupleType
	KindNamedTupleMember
	KindOptionalType
	KindRestType
	KindUnionType
	KindIntersectionType
	KindParenthesizedType
	KindTypeLiteral
	KindTypeQuery
	KindTypeOperator
	KindIndexedAccessType
	KindConditionalType
	KindInferType
	KindMappedType
	KindTypePredicate
	KindImportType
	kindCount
)

var kindNames = [...]string{
	KindInvalid:                     "Invalid",
	KindSourceFile:                  "SourceFile",
	KindIdentifier:                  "Identifier",
	KindPrivateIdentifier:           "PrivateIdentifier",
	KindQualifiedName:               "QualifiedName",
	KindComputedPropertyName:        "ComputedPropertyName",
	KindStringLiteral:               "StringLiteral",
	KindNumericLiteral:              "NumericLiteral",
	KindBigIntLiteral:               "BigIntLiteral",
	KindRegExpLiteral:               "RegExpLiteral",
	KindNoSubstitutionTemplate:      "NoSubstitutionTemplate",
	KindTemplateHead:                "TemplateHead",
	KindTemplateMiddle:              "TemplateMiddle",
	KindTemplateTail:                "TemplateTail",
	KindTemplateExpression:          "TemplateExpression",
	KindTemplateSpan:                "TemplateSpan",
	KindThisKeyword:                 "ThisKeyword",
	KindSuperKeyword:                "SuperKeyword",
	KindNullKeyword:                 "NullKeyword",
	KindTrueKeyword:                 "TrueKeyword",
	KindFalseKeyword:                "FalseKeyword",
	KindImportKeyword:               "ImportKeyword",
	KindArrayLiteral:                "ArrayLiteral",
	KindOmittedExpr:                 "OmittedExpr",
	KindSpreadElement:               "SpreadElement",
	KindObjectLiteral:               "ObjectLiteral",
	KindPropertyAssignment:          "PropertyAssignment",
	KindShorthandPropertyAssignment: "ShorthandPropertyAssignment",
	KindSpreadAssignment:            "SpreadAssignment",
	KindParenExpr:                   "ParenExpr",
	KindPropertyAccess:              "PropertyAccess",
	KindElementAccess:               "ElementAccess",
	KindCall:                        "Call",
	KindNew:                         "New",
	KindTaggedTemplate:              "TaggedTemplate",
	KindTypeAssertion:               "TypeAssertion",
	KindAsExpr:                      "AsExpr",
	KindSatisfiesExpr:               "SatisfiesExpr",
	KindNonNullExpr:                 "NonNullExpr",
	KindExprWithTypeArgs:            "ExprWithTypeArgs",
	KindMetaProperty:                "MetaProperty",
	KindPrefixUnary:                 "PrefixUnary",
	KindPostfixUnary:                "PostfixUnary",
	KindAwaitExpr:                   "AwaitExpr",
	KindYieldExpr:                   "YieldExpr",
	KindBinary:                      "Binary",
	KindConditional:                 "Conditional",
	KindDecorator:                   "Decorator",
	KindObjectBindingPattern:        "ObjectBindingPattern",
	KindArrayBindingPattern:         "ArrayBindingPattern",
	KindBindingElement:              "BindingElement",
	KindParameter:                   "Parameter",
	KindTypeParameter:               "TypeParameter",
	KindFunctionDeclaration:         "FunctionDeclaration",
	KindFunctionExpression:          "FunctionExpression",
	KindArrowFunction:               "ArrowFunction",
	KindMethodDeclaration:           "MethodDeclaration",
	KindConstructor:                 "Constructor",
	KindGetAccessor:                 "GetAccessor",
	KindSetAccessor:                 "SetAccessor",
	KindClassDeclaration:            "ClassDeclaration",
	KindClassExpression:             "ClassExpression",
	KindHeritageClause:              "HeritageClause",
	KindPropertyDeclaration:         "PropertyDeclaration",
	KindClassStaticBlock:            "ClassStaticBlock",
	KindSemicolonClassElement:       "SemicolonClassElement",
	KindBlock:                       "Block",
	KindEmptyStatement:              "EmptyStatement",
	KindVariableStatement:           "VariableStatement",
	KindVariableDeclarationList:     "VariableDeclarationList",
	KindVariableDeclaration:         "VariableDeclaration",
	KindExpressionStatement:         "ExpressionStatement",
	KindIfStatement:                 "IfStatement",
	KindDoStatement:                 "DoStatement",
	KindWhileStatement:              "WhileStatement",
	KindForStatement:                "ForStatement",
	KindForInStatement:              "ForInStatement",
	KindForOfStatement:              "ForOfStatement",
	KindContinueStatement:           "ContinueStatement",
	KindBreakStatement:              "BreakStatement",
	KindReturnStatement:             "ReturnStatement",
	KindWithStatement:               "WithStatement",
	KindSwitchStatement:             "SwitchStatement",
	KindCaseClause:                  "CaseClause",
	KindDefaultClause:               "DefaultClause",
	KindLabeledStatement:            "LabeledStatement",
	KindThrowStatement:              "ThrowStatement",
	KindTryStatement:                "TryStatement",
	KindCatchClause:                 "CatchClause",
	KindDebuggerStatement:           "DebuggerStatement",
	KindInterfaceDeclaration:        "InterfaceDeclaration",
	KindTypeAliasDeclaration:        "TypeAliasDeclaration",
	KindEnumDeclaration:             "EnumDeclaration",
	KindEnumMember:                  "EnumMember",
	KindModuleDeclaration:           "ModuleDeclaration",
	KindModuleBlock:                 "ModuleBlock",
	KindImportEqualsDeclaration:     "ImportEqualsDeclaration",
	KindExternalModuleReference:     "ExternalModuleReference",
	KindImportDeclaration:           "ImportDeclaration",
	KindImportClause:                "ImportClause",
	KindNamespaceImport:             "NamespaceImport",
	KindNamedImports:                "NamedImports",
	KindImportSpecifier:             "ImportSpecifier",
	KindImportAttributes:            "ImportAttributes",
	KindImportAttribute:             "ImportAttribute",
	KindExportDeclaration:           "ExportDeclaration",
	KindNamespaceExport:             "NamespaceExport",
	KindNamedExports:                "NamedExports",
	KindExportSpecifier:             "ExportSpecifier",
	KindExportAssignment:            "ExportAssignment",
	KindNamespaceExportDeclaration:  "NamespaceExportDeclaration",
	KindMissingDeclaration:          "MissingDeclaration",
	KindPropertySignature:           "PropertySignature",
	KindCallSignature:               "CallSignature",
	KindConstructSignature:          "ConstructSignature",
	KindMethodSignature:             "MethodSignature",
	KindIndexSignature:              "IndexSignature",
	KindFunctionType:                "FunctionType",
	KindConstructorType:             "ConstructorType",
	KindKeywordType:                 "KeywordType",
	KindThisType:                    "ThisType",
	KindTypeReference:               "TypeReference",
	KindLiteralType:                 "LiteralType",
	KindTemplateLiteralType:         "TemplateLiteralType",
	KindTemplateLiteralTypeSpan:     "TemplateLiteralTypeSpan",
	KindArrayType:                   "ArrayType",
	KindTupleType:                   "TupleType",
	KindNamedTupleMember:            "NamedTupleMember",
	KindOptionalType:                "OptionalType",
	KindRestType:                    "RestType",
	KindUnionType:                   "UnionType",
	KindIntersectionType:            "IntersectionType",
	KindParenthesizedType:           "ParenthesizedType",
	KindTypeLiteral:                 "TypeLiteral",
	KindTypeQuery:                   "TypeQuery",
	KindTypeOperator:                "TypeOperator",
	KindIndexedAccessType:           "IndexedAccessType",
	KindConditionalType:             "ConditionalType",
	KindInferType:                   "InferType",
	KindMappedType:                  "MappedType",
	KindTypePredicate:               "TypePredicate",
	KindImportType:                  "ImportType",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}
