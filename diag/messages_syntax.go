package diag

// Syntax errors reported by the scanner and the parser (package syntax).
// Codes and texts are tsc 5.9's, exactly (syntax/messages_test.go checks
// them against typescript's own catalogue when the corpus is present).
var (
	UnterminatedStringLiteral          = &Message{1002, Error, "Unterminated string literal."}
	IdentifierExpected                 = &Message{1003, Error, "Identifier expected."}
	XExpected                          = &Message{1005, Error, "'{0}' expected."}
	TrailingCommaNotAllowed            = &Message{1009, Error, "Trailing comma not allowed."}
	StarSlashExpected                  = &Message{1010, Error, "'*/' expected."}
	ElementAccessNeedsArgument         = &Message{1011, Error, "An element access expression should take an argument."}
	UnexpectedToken                    = &Message{1012, Error, "Unexpected token."}
	SuperMustBeFollowed                = &Message{1034, Error, "'super' must be followed by an argument list or member access."}
	UnexpectedTokenConstructorExpected = &Message{1068, Error, "Unexpected token. A constructor, method, accessor, or property was expected."}
	ExpressionExpected                 = &Message{1109, Error, "Expression expected."}
	TypeExpected                       = &Message{1110, Error, "Type expected."}
	ExpectedOctalSyntax                = &Message{1121, Error, "Octal literals are not allowed. Use the syntax '{0}'."}
	DigitExpected                      = &Message{1124, Error, "Digit expected."}
	HexDigitExpected                   = &Message{1125, Error, "Hexadecimal digit expected."}
	UnexpectedEndOfText                = &Message{1126, Error, "Unexpected end of text."}
	InvalidCharacter                   = &Message{1127, Error, "Invalid character."}
	DeclarationOrStatementExpected     = &Message{1128, Error, "Declaration or statement expected."}
	StatementExpected                  = &Message{1129, Error, "Statement expected."}
	CaseOrDefaultExpected              = &Message{1130, Error, "'case' or 'default' expected."}
	PropertyOrSignatureExpected        = &Message{1131, Error, "Property or signature expected."}
	EnumMemberExpected                 = &Message{1132, Error, "Enum member expected."}
	VariableDeclarationExpected        = &Message{1134, Error, "Variable declaration expected."}
	ArgumentExpressionExpected         = &Message{1135, Error, "Argument expression expected."}
	PropertyAssignmentExpected         = &Message{1136, Error, "Property assignment expected."}
	ExpressionOrCommaExpected          = &Message{1137, Error, "Expression or comma expected."}
	ParameterDeclarationExpected       = &Message{1138, Error, "Parameter declaration expected."}
	TypeParameterDeclarationExpected   = &Message{1139, Error, "Type parameter declaration expected."}
	TypeArgumentExpected               = &Message{1140, Error, "Type argument expected."}
	StringLiteralExpected              = &Message{1141, Error, "String literal expected."}
	LineBreakNotPermittedHere          = &Message{1142, Error, "Line break not permitted here."}
	BraceOrSemicolonExpected           = &Message{1144, Error, "'{' or ';' expected."}
	DeclarationExpected                = &Message{1146, Error, "Declaration expected."}
	UnterminatedTemplateLiteral        = &Message{1160, Error, "Unterminated template literal."}
	UnterminatedRegExp                 = &Message{1161, Error, "Unterminated regular expression literal."}
	UnexpectedTokenBraceExpected       = &Message{1179, Error, "Unexpected token. '{' expected."}
	PropertyDestructuringExpected      = &Message{1180, Error, "Property destructuring pattern expected."}
	ArrayDestructuringExpected         = &Message{1181, Error, "Array element destructuring pattern expected."}
	MergeConflictMarker                = &Message{1185, Error, "Merge conflict marker encountered."}
	UnicodeEscapeOutOfRange            = &Message{1198, Error, "An extended Unicode escape value must be between 0x0 and 0x10FFFF inclusive."}
	UnterminatedUnicodeEscape          = &Message{1199, Error, "Unterminated Unicode escape sequence."}
	OptionalChainNoNew                 = &Message{1209, Error, "Invalid optional chain from new expression. Did you mean to call '{0}()'?"}
	TypePredicateOnlyInReturnPosition  = &Message{1228, Error, "A type predicate is only allowed in return type position for functions and methods."}
	IdentifierOrKeywordAfterNumber     = &Message{1351, Error, "An identifier or keyword cannot immediately follow a numeric literal."}
	EnumMemberNeedsComma               = &Message{1357, Error, "An enum member name must be followed by a ',', '=', or '}'."}
	OptionalChainTemplateNotAllowed    = &Message{1358, Error, "Tagged template expressions are not permitted in an optional chain."}
	IdentifierReservedWord             = &Message{1359, Error, "Identifier expected. '{0}' is a reserved word that cannot be used here."}
	FunctionTypeInUnion                = &Message{1385, Error, "Function type notation must be parenthesized when used in a union type."}
	ConstructorTypeInUnion             = &Message{1386, Error, "Constructor type notation must be parenthesized when used in a union type."}
	FunctionTypeInIntersection         = &Message{1387, Error, "Function type notation must be parenthesized when used in an intersection type."}
	ConstructorTypeInIntersection      = &Message{1388, Error, "Constructor type notation must be parenthesized when used in an intersection type."}
	NotAllowedAsVariableName           = &Message{1389, Error, "'{0}' is not allowed as a variable declaration name."}
	UnexpectedKeywordOrIdentifier      = &Message{1434, Error, "Unexpected keyword or identifier."}
	UnknownKeywordDidYouMean           = &Message{1435, Error, "Unknown keyword or identifier. Did you mean '{0}'?"}
	DecoratorsNotValidHere             = &Message{1436, Error, "Decorators must precede the name and all keywords of property declarations."}
	NamespaceMustBeGivenName           = &Message{1437, Error, "Namespace must be given a name."}
	InterfaceMustBeGivenName           = &Message{1438, Error, "Interface must be given a name."}
	TypeAliasMustBeGivenName           = &Message{1439, Error, "Type alias must be given a name."}
	VariableDeclarationNotAllowedHere  = &Message{1440, Error, "Variable declaration not allowed at this location."}
	CannotStartFunctionCall            = &Message{1441, Error, "Cannot start a function call in a type annotation."}
	ExpectedEqualsForInitializer       = &Message{1442, Error, "Expected '=' for property initializer."}
	CatchOrFinallyExpected             = &Message{1472, Error, "'catch' or 'finally' expected."}
	IdentifierOrStringExpected         = &Message{1478, Error, "Identifier or string literal expected."}
	DecimalsWithLeadingZeros           = &Message{1489, Error, "Decimals with leading zeros are not allowed."}
	FileAppearsBinary                  = &Message{1490, Error, "File appears to be binary."}
	InterfaceNameCannotBe              = &Message{2427, Error, "Interface name cannot be '{0}'."}
	TypeAliasNameCannotBe              = &Message{2457, Error, "Type alias name cannot be '{0}'."}
	SuperNoTypeArguments               = &Message{2754, Error, "'super' may not use type arguments."}
	NamespaceNameCannotBe              = &Message{2819, Error, "Namespace name cannot be '{0}'."}
	NumericSeparatorsNotAllowedHere    = &Message{6188, Error, "Numeric separators are not allowed here."}
	MultipleNumericSeparators          = &Message{6189, Error, "Multiple consecutive numeric separators are not permitted."}
	UnaryLeftOfExponent                = &Message{17006, Error, "An unary expression with the '{0}' operator is not allowed in the left-hand side of an exponentiation expression. Consider enclosing the expression in parentheses."}
	TypeAssertionLeftOfExponent        = &Message{17007, Error, "A type assertion expression is not allowed in the left-hand side of an exponentiation expression. Consider enclosing the expression in parentheses."}
	HashbangOnlyAtStart                = &Message{18026, Error, "'#!' can only be used at the start of a file."}
	PrivateIdentifiersOutsideClass     = &Message{18016, Error, "Private identifiers are not allowed outside class bodies."}

	// tsrun's own limits (codes from 90000 up, see messages.go).
	FileTooLarge    = &Message{90003, Error, "File is too large to parse (2 GiB or more)."}
	NestedTooDeeply = &Message{90004, Error, "Code is nested too deeply to parse; the rest of the file was skipped."}
)
