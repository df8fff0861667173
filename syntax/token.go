package syntax

// Token is a kind of lexical token. Keywords are tokens of their own so the
// parser can switch on them; whether a keyword may serve as an identifier is
// decided by the parser from context, as in tsc.
type Token uint8

const (
	TUnknown Token = iota
	TEOF
	TIdentifier
	TPrivateName // #x
	TNumber
	TBigInt
	TString
	TRegExp
	TNoSubstTemplate // `abc`
	TTemplateHead    // `abc${
	TTemplateMiddle  // }abc${
	TTemplateTail    // }abc`

	// Punctuation.
	TOpenBrace
	TCloseBrace
	TOpenParen
	TCloseParen
	TOpenBracket
	TCloseBracket
	TDot
	TDotDotDot
	TSemicolon
	TComma
	TLessThan
	TGreaterThan
	TLessThanEquals
	TGreaterThanEquals
	TEqualsEquals
	TExclamationEquals
	TEqualsEqualsEquals
	TExclamationEqualsEquals
	TEqualsGreaterThan // =>
	TPlus
	TMinus
	TAsterisk
	TAsteriskAsterisk
	TSlash
	TPercent
	TPlusPlus
	TMinusMinus
	TLessThanLessThan
	TGreaterThanGreaterThan
	TGreaterThanGreaterThanGreaterThan
	TAmpersand
	TBar
	TCaret
	TExclamation
	TTilde
	TAmpersandAmpersand
	TBarBar
	TQuestion
	TQuestionQuestion
	TQuestionDot
	TColon
	TAt
	THash // a lone '#' (invalid except in a hashbang)
	TEquals
	TPlusEquals
	TMinusEquals
	TAsteriskEquals
	TAsteriskAsteriskEquals
	TSlashEquals
	TPercentEquals
	TLessThanLessThanEquals
	TGreaterThanGreaterThanEquals
	TGreaterThanGreaterThanGreaterThanEquals
	TAmpersandEquals
	TBarEquals
	TCaretEquals
	TAmpersandAmpersandEquals
	TBarBarEquals
	TQuestionQuestionEquals
	TBacktick // only used for error messages

	firstKeyword
)

// Keywords get their own block so the reserved/contextual split is a range check.
const (
	TBreak Token = iota + firstKeyword
	TCase
	TCatch
	TClass
	TConst
	TContinue
	TDebugger
	TDefault
	TDelete
	TDo
	TElse
	TEnum
	TExport
	TExtends
	TFalse
	TFinally
	TFor
	TFunction
	TIf
	TImport
	TIn
	TInstanceof
	TNew
	TNull
	TReturn
	TSuper
	TSwitch
	TThis
	TThrow
	TTrue
	TTry
	TTypeof
	TVar
	TVoid
	TWhile
	TWith
	// Strict mode reserved words.
	TImplements
	TInterface
	TLet
	TPackage
	TPrivate
	TProtected
	TPublic
	TStatic
	TYield
	// Contextual keywords: identifiers except where the grammar says otherwise.
	TAbstract
	TAccessor
	TAs
	TAsserts
	TAssert
	TAny
	TAsync
	TAwait
	TBoolean
	TConstructor
	TDeclare
	TGet
	TImmediate
	TInfer
	TIntrinsic
	TIs
	TKeyof
	TModule
	TNamespace
	TNever
	TOut
	TReadonly
	TRequire
	TNumberKw
	TObject
	TSatisfies
	TSet
	TStringKw
	TSymbol
	TType
	TUndefined
	TUnique
	TUnknownKw
	TUsing
	TFrom
	TGlobal
	TBigIntKw
	TOverride
	TOf
	TDefer
	tokenCount
)

const (
	firstReserved       = TBreak
	lastReserved        = TWith
	firstStrictReserved = TImplements
	lastStrictReserved  = TYield
	firstContextual     = TAbstract
	lastKeyword         = tokenCount - 1
	firstAssignment     = TEquals
	lastAssignment      = TQuestionQuestionEquals
	firstPunctuation    = TOpenBrace
	lastPunctuation     = TBacktick
	firstTemplateToken  = TNoSubstTemplate
	lastTemplateToken   = TTemplateTail
	firstLiteralToken   = TNumber
	lastLiteralToken    = TTemplateTail
	firstBinaryOperator = TLessThan
	lastBinaryOperator  = TCaretEquals
	firstCompoundAssign = TPlusEquals
	lastCompoundAssign  = TQuestionQuestionEquals
)

var tokenText = [...]string{
	TUnknown: "unknown", TEOF: "end of file", TIdentifier: "identifier", TPrivateName: "private identifier",
	TNumber: "numeric literal", TBigInt: "bigint literal", TString: "string literal", TRegExp: "regular expression",
	TNoSubstTemplate: "template literal", TTemplateHead: "template head", TTemplateMiddle: "template middle", TTemplateTail: "template tail",
	TOpenBrace: "{", TCloseBrace: "}", TOpenParen: "(", TCloseParen: ")", TOpenBracket: "[", TCloseBracket: "]",
	TDot: ".", TDotDotDot: "...", TSemicolon: ";", TComma: ",", TLessThan: "<", TGreaterThan: ">",
	TLessThanEquals: "<=", TGreaterThanEquals: ">=", TEqualsEquals: "==", TExclamationEquals: "!=",
	TEqualsEqualsEquals: "===", TExclamationEqualsEquals: "!==", TEqualsGreaterThan: "=>",
	TPlus: "+", TMinus: "-", TAsterisk: "*", TAsteriskAsterisk: "**", TSlash: "/", TPercent: "%",
	TPlusPlus: "++", TMinusMinus: "--", TLessThanLessThan: "<<", TGreaterThanGreaterThan: ">>",
	TGreaterThanGreaterThanGreaterThan: ">>>", TAmpersand: "&", TBar: "|", TCaret: "^", TExclamation: "!",
	TTilde: "~", TAmpersandAmpersand: "&&", TBarBar: "||", TQuestion: "?", TQuestionQuestion: "??",
	TQuestionDot: "?.", TColon: ":", TAt: "@", THash: "#", TEquals: "=", TPlusEquals: "+=", TMinusEquals: "-=",
	TAsteriskEquals: "*=", TAsteriskAsteriskEquals: "**=", TSlashEquals: "/=", TPercentEquals: "%=",
	TLessThanLessThanEquals: "<<=", TGreaterThanGreaterThanEquals: ">>=", TGreaterThanGreaterThanGreaterThanEquals: ">>>=",
	TAmpersandEquals: "&=", TBarEquals: "|=", TCaretEquals: "^=", TAmpersandAmpersandEquals: "&&=",
	TBarBarEquals: "||=", TQuestionQuestionEquals: "??=", TBacktick: "`",
	TBreak: "break", TCase: "case", TCatch: "catch", TClass: "class", TConst: "const", TContinue: "continue",
	TDebugger: "debugger", TDefault: "default", TDelete: "delete", TDo: "do", TElse: "else", TEnum: "enum",
	TExport: "export", TExtends: "extends", TFalse: "false", TFinally: "finally", TFor: "for", TFunction: "function",
	TIf: "if", TImport: "import", TIn: "in", TInstanceof: "instanceof", TNew: "new", TNull: "null", TReturn: "return",
	TSuper: "super", TSwitch: "switch", TThis: "this", TThrow: "throw", TTrue: "true", TTry: "try", TTypeof: "typeof",
	TVar: "var", TVoid: "void", TWhile: "while", TWith: "with",
	TImplements: "implements", TInterface: "interface", TLet: "let", TPackage: "package", TPrivate: "private",
	TProtected: "protected", TPublic: "public", TStatic: "static", TYield: "yield",
	TAbstract: "abstract", TAccessor: "accessor", TAs: "as", TAsserts: "asserts", TAssert: "assert", TAny: "any",
	TAsync: "async", TAwait: "await", TBoolean: "boolean", TConstructor: "constructor", TDeclare: "declare",
	TGet: "get", TImmediate: "immediate", TInfer: "infer", TIntrinsic: "intrinsic", TIs: "is", TKeyof: "keyof",
	TModule: "module", TNamespace: "namespace", TNever: "never", TOut: "out", TReadonly: "readonly",
	TRequire: "require", TNumberKw: "number", TObject: "object", TSatisfies: "satisfies", TSet: "set",
	TStringKw: "string", TSymbol: "symbol", TType: "type", TUndefined: "undefined", TUnique: "unique",
	TUnknownKw: "unknown", TUsing: "using", TFrom: "from", TGlobal: "global", TBigIntKw: "bigint",
	TOverride: "override", TOf: "of", TDefer: "defer",
}

// String is the token's source text for punctuation and keywords (as tsc's
// tokenToString, used in "'{0}' expected."), or a description otherwise.
func (t Token) String() string {
	if int(t) < len(tokenText) && tokenText[t] != "" {
		return tokenText[t]
	}
	return "token"
}

// IsKeyword reports whether t is a reserved or contextual keyword.
func (t Token) IsKeyword() bool { return t >= firstReserved && t <= lastKeyword }

// IsReserved reports whether t can never be an identifier.
func (t Token) IsReserved() bool { return t >= firstReserved && t <= lastReserved }

// isIdentifierOrKeyword: tokens usable as a property name after '.'.
func (t Token) isIdentifierOrKeyword() bool { return t == TIdentifier || t.IsKeyword() }

// IsAssignment reports whether t is '=' or a compound assignment.
func (t Token) IsAssignment() bool { return t >= firstAssignment && t <= lastAssignment }

// lookupKeyword returns the keyword token for s, or TIdentifier. Keywords
// are bucketed by length and first letter in a table built once, so an
// identifier costs an index and at most a few short compares (a map lookup
// hashed every identifier of the file).
func lookupKeyword(s string) Token {
	if len(s) < 2 || len(s) > maxKeywordLen || s[0] < 'a' || s[0] > 'z' {
		return TIdentifier
	}
	for _, t := range keywordTable[len(s)][s[0]-'a'] {
		if tokenText[t] == s {
			return t
		}
	}
	return TIdentifier
}

const maxKeywordLen = 11

var keywordTable = func() (tab [maxKeywordLen + 1][26][]Token) {
	for t := firstReserved; t < tokenCount; t++ {
		k := tokenText[t]
		tab[len(k)][k[0]-'a'] = append(tab[len(k)][k[0]-'a'], t)
	}
	return
}()
