package syntax

import (
	"strings"

	"github.com/tsrun-dev/tsrun/diag"
)

// The parser is recursive descent with tsc's grammar decisions and tsc's
// error recovery: lists know which tokens end them and which start their
// elements, and an unexpected token is either skipped with one diagnostic
// or ends the list when an enclosing list can use it. Ambiguities ('<' as
// type arguments or a comparison, '(' as an arrow function or a
// parenthesized expression) are settled by bounded lookahead, or by a
// speculative parse that is rewound (scanner state and diagnostics) when it
// fails, as tsc does.

// ParseOptions configures Parse.
type ParseOptions struct {
	// Dialect is the kind of file; DialectFromName derives it from a path.
	Dialect Dialect
}

// DialectFromName returns the dialect for a file name by its extension.
func DialectFromName(name string) Dialect {
	switch {
	case strings.HasSuffix(name, ".d.ts"), strings.HasSuffix(name, ".d.mts"), strings.HasSuffix(name, ".d.cts"):
		return DialectDTS
	case strings.HasSuffix(name, ".d.tsx"):
		return DialectDTS
	case strings.HasSuffix(name, ".mts"):
		return DialectMTS
	case strings.HasSuffix(name, ".cts"):
		return DialectCTS
	case strings.HasSuffix(name, ".tsx"):
		return DialectTSX
	case strings.HasSuffix(name, ".js"), strings.HasSuffix(name, ".mjs"), strings.HasSuffix(name, ".cjs"), strings.HasSuffix(name, ".jsx"):
		return DialectJS
	}
	return DialectTS
}

// Parse parses a whole file. It never panics on any input and always
// returns a tree (with missing nodes where tokens were missing) and the
// syntax diagnostics, in source order. The caller checks UTF-8 first
// (diag.CheckUTF8); invalid bytes are otherwise reported as invalid
// characters.
func Parse(file *diag.File, opts ParseOptions) *SourceFile {
	if len(file.Text) > maxSourceLen {
		sf := &SourceFile{File: file, Dialect: opts.Dialect}
		sf.kind = KindSourceFile
		sf.Diagnostics = []diag.Diagnostic{diag.New(file, 0, 0, diag.FileTooLarge)}
		return sf
	}
	p := &parser{dialect: opts.Dialect}
	sf := p.parseSourceFile(file, 0)
	if p.sawAwaitIdent && opts.Dialect != DialectDTS && p.isModule(sf) {
		// In a module, top-level `await` is the operator, never a name.
		// tsc re-parses the statements that used it as a name; parsing
		// the whole file again in that context gives the same tree.
		p = &parser{dialect: opts.Dialect}
		sf = p.parseSourceFile(file, ctxFlagAwait)
	}
	diag.Sort(sf.Diagnostics)
	return sf
}

func (p *parser) parseSourceFile(file *diag.File, ctx contextFlags) *SourceFile {
	p.init(file)
	p.specBudget = 4*len(file.Text) + 1<<16
	p.ctx = ctx
	p.nextToken()
	sf := &SourceFile{File: file, Dialect: p.dialect}
	sf.kind = KindSourceFile
	sf.Statements = p.parseList(ctxSourceElements, p.parseStatement)
	sf.end = int32(len(file.Text))
	sf.Diagnostics = p.diags
	return sf
}

// isModule reports whether the file is an ES module to tsc: by its
// extension, or because it imports, exports or uses import.meta.
func (p *parser) isModule(sf *SourceFile) bool {
	if p.dialect == DialectMTS || p.dialect == DialectCTS || p.sawImportMeta {
		return true
	}
	for _, s := range sf.Statements {
		switch s := s.(type) {
		case *ImportDeclaration, *ExportAssignment, *ExportDeclaration:
			return true
		case *ImportEqualsDeclaration:
			if s.Ref.Kind() == KindExternalModuleReference {
				return true
			}
		}
		if hasExportModifier(s) {
			return true
		}
	}
	return false
}

// ModifiersOf returns a declaration's modifiers, or nil.
func ModifiersOf(n Node) *Modifiers {
	switch n := n.(type) {
	case *VariableStatement:
		return n.Modifiers
	case *Function:
		return n.Modifiers
	case *Class:
		return n.Modifiers
	case *InterfaceDeclaration:
		return n.Modifiers
	case *TypeAliasDeclaration:
		return n.Modifiers
	case *EnumDeclaration:
		return n.Modifiers
	case *ModuleDeclaration:
		return n.Modifiers
	case *ImportEqualsDeclaration:
		return n.Modifiers
	case *ImportDeclaration:
		return n.Modifiers
	case *ExportDeclaration:
		return n.Modifiers
	case *ExportAssignment:
		return n.Modifiers
	case *MissingDeclaration:
		return n.Modifiers
	case *Parameter:
		return n.Modifiers
	case *PropertyDeclaration:
		return n.Modifiers
	case *PropertySignature:
		return n.Modifiers
	case *Signature:
		return n.Modifiers
	case *TypeParameter:
		return n.Modifiers
	case *PropertyAssignment:
		return n.Modifiers
	}
	return nil
}

func hasExportModifier(n Node) bool { return ModifiersOf(n).Has(ModExport) }

// Positions are int32; larger inputs are refused up front.
const maxSourceLen = 1<<31 - 1<<20

type contextFlags uint16

const (
	ctxFlagDisallowIn contextFlags = 1 << iota
	ctxFlagYield
	ctxFlagAwait
	ctxFlagDecorator
	ctxFlagDisallowConditionalTypes
	ctxFlagAmbient
)

type parser struct {
	scanner
	dialect  Dialect
	ctx      contextFlags
	listCtx  uint32 // the parsing contexts (lists) we are inside, as bits
	depth    int    // recursion depth, bounded so hostile input cannot overflow the stack
	notArrow map[int32]bool
	// specBudget bounds the tokens that speculative parses (arrow
	// functions, type arguments in expressions) may scan over the whole
	// file. tsc's speculation is quadratic on inputs like `[a=([a=(…`;
	// with a budget proportional to the input, ours stays linear. Real
	// code never comes near it (the corpus test checks); past it, a
	// speculation is answered "no" and the parse may differ from tsc's.
	specBudget    int
	specSpent     int
	specStart     int // p.scanned when the outermost speculation began
	specDepth     int
	specExhausted bool
	specAborted   bool
	declMemo      map[int64]bool // isDeclaration results, see isDeclaration
	scratch       []Node         // list elements being collected, see listScratch
	// unclosedTypeArgs: see markUnclosedTypeArgs.
	unclosedTypeArgs map[int32]bool

	sawAwaitIdent                    bool // `await` was read as a name outside an await context
	sawImportMeta                    bool
	idents                           slab[Identifier]
	arenaKeywordType                 slab[KeywordType]
	arenaVariableStatement           slab[VariableStatement]
	arenaVariableDeclarationList     slab[VariableDeclarationList]
	arenaVariableDeclaration         slab[VariableDeclaration]
	arenaFunction                    slab[Function]
	arenaBlock                       slab[Block]
	arenaSignature                   slab[Signature]
	arenaPropertySignature           slab[PropertySignature]
	arenaTypeParameter               slab[TypeParameter]
	arenaReturnStatement             slab[ReturnStatement]
	arenaKeywordExpr                 slab[KeywordExpr]
	arenaUnionType                   slab[UnionType]
	arenaObjectLiteral               slab[ObjectLiteral]
	arenaPropertyAssignment          slab[PropertyAssignment]
	arenaShorthandPropertyAssignment slab[ShorthandPropertyAssignment]
	arenaArrayLiteral                slab[ArrayLiteral]
	arenaParenExpr                   slab[ParenExpr]
	arenaNumericLiteral              slab[NumericLiteral]
	arenaLiteralType                 slab[LiteralType]
	arenaQualifiedName               slab[QualifiedName]
	arenaElementAccess               slab[ElementAccess]
	arenaExprWithTypeArgs            slab[ExprWithTypeArgs]
	arenaConditionalType             slab[ConditionalType]
	arenaIfStatement                 slab[IfStatement]
	arenaBindingElement              slab[BindingElement]
	arenaImportSpecifier             slab[ImportSpecifier]
	arenaTypeLiteral                 slab[TypeLiteral]
	arenaArrayType                   slab[ArrayType]
	arenaPrefixUnary                 slab[PrefixUnary]
	arenaTemplatePart                slab[TemplatePart]
	arenaTemplateSpan                slab[TemplateSpan]
	arenaIndexedAccessType           slab[IndexedAccessType]
	arenaTypeOperator                slab[TypeOperator]
	arenaParenthesizedType           slab[ParenthesizedType]
	arenaAsExpr                      slab[AsExpr]
	arenaNonNullExpr                 slab[NonNullExpr]
	arenaConditional                 slab[Conditional]
	arenaSpreadElement               slab[SpreadElement]
	arenaModifiers                   slab[Modifiers]
	calls                            slab[Call]
	props                            slab[PropertyAccess]
	refs                             slab[TypeReference]
	strs                             slab[StringLiteral]
	binaries                         slab[Binary]
	exprStmts                        slab[ExpressionStatement]
	params                           slab[Parameter]
}

// slab hands out nodes from chunks so that a parse makes a few large
// allocations instead of one per node.
type slab[T any] struct{ buf []T }

func (s *slab[T]) alloc() *T {
	if len(s.buf) == cap(s.buf) {
		n := 2 * cap(s.buf)
		if n < 16 {
			n = 16
		} else if n > 1024 {
			n = 1024
		}
		s.buf = make([]T, 0, n)
	}
	s.buf = s.buf[:len(s.buf)+1]
	return &s.buf[len(s.buf)-1]
}

const maxDepth = 10000

func (p *parser) nextToken() Token {
	if p.specDepth > 0 && p.specSpent+p.scanned-p.specStart > p.specBudget {
		// Out of speculation budget: show the speculative parse the end
		// of the input so that it unwinds at once; speculate rewinds it.
		p.specAborted = true
		p.tok = TEOF
		return TEOF
	}
	return p.next()
}

func (p *parser) token() Token { return p.tok }

// prevEnd is the end of the last consumed token.
func (p *parser) prevEnd() int32 { return p.fullStart }

func (p *parser) errorAtCurrent(msg *diag.Message, args ...any) {
	p.errorAt(p.tokStart, p.pos-p.tokStart, msg, args...)
}

func (p *parser) errorAtRange(pos, end int32, msg *diag.Message, args ...any) {
	p.errorAt(pos, end-pos, msg, args...)
}

// lookAhead runs f and rewinds whatever it scanned.
func (p *parser) lookAhead(f func() bool) bool {
	st := p.save()
	ctx := p.ctx
	r := f()
	p.restore(st)
	p.ctx = ctx
	return r
}

// tryParse runs f and rewinds only when f fails.
func (p *parser) tryParse(f func() bool) bool {
	st := p.save()
	ctx := p.ctx
	r := f()
	if !r {
		p.restore(st)
		p.ctx = ctx
	}
	return r
}

func (p *parser) parseExpected(t Token) bool {
	if p.tok == t {
		p.nextToken()
		return true
	}
	p.errorAtCurrent(diag.XExpected, t.String())
	return false
}

func (p *parser) parseExpectedMsg(t Token, msg *diag.Message, args ...any) bool {
	if p.tok == t {
		p.nextToken()
		return true
	}
	p.errorAtCurrent(msg, args...)
	return false
}

func (p *parser) parseOptional(t Token) bool {
	if p.tok == t {
		p.nextToken()
		return true
	}
	return false
}

func (p *parser) canParseSemicolon() bool {
	if p.tok == TSemicolon {
		return true
	}
	return p.tok == TCloseBrace || p.tok == TEOF || p.hasPrecedingLineBreak()
}

func (p *parser) tryParseSemicolon() bool {
	if !p.canParseSemicolon() {
		return false
	}
	if p.tok == TSemicolon {
		p.nextToken()
	}
	return true
}

func (p *parser) parseSemicolon() bool {
	return p.tryParseSemicolon() || p.parseExpected(TSemicolon)
}

func (p *parser) inContext(f contextFlags) bool { return p.ctx&f != 0 }

func (p *parser) setContext(f contextFlags, on bool) {
	if on {
		p.ctx |= f
	} else {
		p.ctx &^= f
	}
}

// ---- Identifiers ----

// isIdentifier: the current token can be an identifier reference here.
func (p *parser) isIdentifier() bool {
	if p.tok == TIdentifier {
		return true
	}
	if p.tok == TYield && p.inContext(ctxFlagYield) || p.tok == TAwait && p.inContext(ctxFlagAwait) {
		return false
	}
	return p.tok > lastReserved
}

func (p *parser) isBindingIdentifier() bool {
	return p.tok == TIdentifier || p.tok > lastReserved
}

func (p *parser) newIdent() *Identifier {
	id := p.idents.alloc()
	id.kind = KindIdentifier
	id.pos = p.tokStart
	id.end = p.pos
	id.Text = p.value
	if id.Text == "" {
		id.Text = p.tokenText()
	}
	if p.tok == TAwait && p.ctx&ctxFlagAwait == 0 {
		p.sawAwaitIdent = true
	}
	p.nextToken()
	return id
}

// missingIdent is a zero-width identifier standing for a missing name.
func (p *parser) missingIdent() *Identifier {
	id := p.idents.alloc()
	id.kind = KindIdentifier
	id.pos = p.fullStart
	id.end = p.fullStart
	return id
}

// createIdentifier mirrors tsc: a real identifier when ok, otherwise a
// missing one with the given (or default) error.
func (p *parser) createIdentifier(ok bool, msg *diag.Message) *Identifier {
	if ok {
		return p.newIdent()
	}
	if p.tok == TPrivateName {
		p.errorAtCurrent(diag.PrivateIdentifiersOutsideClass)
		return p.newIdent()
	}
	if p.tok == TEOF {
		if msg == nil {
			msg = diag.IdentifierExpected
		}
		p.errorAt(p.fullStart, 0, msg)
		return p.missingIdent()
	}
	if msg == nil {
		if p.tok.IsReserved() {
			p.errorAtCurrent(diag.IdentifierReservedWord, p.tokenText())
			return p.missingIdent()
		}
		msg = diag.IdentifierExpected
	}
	p.errorAtCurrent(msg)
	return p.missingIdent()
}

func (p *parser) parseIdentifier(msg *diag.Message) *Identifier {
	return p.createIdentifier(p.isIdentifier(), msg)
}

func (p *parser) parseIdentifierName(msg *diag.Message) *Identifier {
	return p.createIdentifier(p.tok.isIdentifierOrKeyword(), msg)
}

func (p *parser) parseBindingIdentifier() *Identifier {
	return p.createIdentifier(p.isBindingIdentifier(), nil)
}

func (p *parser) parsePrivateIdentifier() Node {
	n := &PrivateIdentifier{Text: p.value}
	n.kind, n.pos, n.end = KindPrivateIdentifier, p.tokStart, p.pos
	p.nextToken()
	return n
}

func isMissing(n Node) bool {
	return n == nil || n.Pos() == n.End() && n.Kind() == KindIdentifier
}

// ---- Lists ----

type parsingContext uint8

const (
	ctxSourceElements parsingContext = iota
	ctxBlockStatements
	ctxSwitchClauses
	ctxSwitchClauseStatements
	ctxTypeMembers
	ctxClassMembers
	ctxEnumMembers
	ctxHeritageClauseElement
	ctxVariableDeclarations
	ctxObjectBindingElements
	ctxArrayBindingElements
	ctxArgumentExpressions
	ctxObjectLiteralMembers
	ctxArrayLiteralMembers
	ctxParameters
	ctxTypeParameters
	ctxTypeArguments
	ctxTupleElementTypes
	ctxHeritageClauses
	ctxImportOrExportSpecifiers
	ctxImportAttributes
	ctxCount
)

func (p *parser) isListTerminator(c parsingContext) bool {
	if p.tok == TEOF {
		return true
	}
	switch c {
	case ctxBlockStatements, ctxSwitchClauses, ctxTypeMembers, ctxClassMembers, ctxEnumMembers,
		ctxObjectLiteralMembers, ctxObjectBindingElements, ctxImportOrExportSpecifiers, ctxImportAttributes:
		return p.tok == TCloseBrace
	case ctxSwitchClauseStatements:
		return p.tok == TCloseBrace || p.tok == TCase || p.tok == TDefault
	case ctxHeritageClauseElement:
		return p.tok == TOpenBrace || p.tok == TExtends || p.tok == TImplements
	case ctxVariableDeclarations:
		return p.canParseSemicolon() || p.tok == TIn || p.tok == TOf || p.tok == TEqualsGreaterThan
	case ctxTypeParameters:
		return p.tok == TGreaterThan || p.tok == TOpenParen || p.tok == TOpenBrace || p.tok == TExtends || p.tok == TImplements
	case ctxArgumentExpressions:
		return p.tok == TCloseParen || p.tok == TSemicolon
	case ctxArrayLiteralMembers, ctxTupleElementTypes, ctxArrayBindingElements:
		return p.tok == TCloseBracket
	case ctxParameters:
		return p.tok == TCloseParen || p.tok == TCloseBracket
	case ctxTypeArguments:
		return p.tok != TComma
	case ctxHeritageClauses:
		return p.tok == TOpenBrace || p.tok == TCloseBrace
	}
	return false
}

func (p *parser) isListElement(c parsingContext, inErrorRecovery bool) bool {
	switch c {
	case ctxSourceElements, ctxBlockStatements, ctxSwitchClauseStatements:
		return !(p.tok == TSemicolon && inErrorRecovery) && p.isStartOfStatement()
	case ctxSwitchClauses:
		return p.tok == TCase || p.tok == TDefault
	case ctxTypeMembers:
		if r, ok := p.quickTypeMemberStart(); ok {
			return r
		}
		return p.lookAhead(p.isTypeMemberStart)
	case ctxClassMembers:
		return p.lookAhead(p.isClassMemberStart) || p.tok == TSemicolon && !inErrorRecovery
	case ctxEnumMembers:
		return p.tok == TOpenBracket || p.isLiteralPropertyName()
	case ctxObjectLiteralMembers:
		switch p.tok {
		case TOpenBracket, TAsterisk, TDotDotDot, TDot:
			return true
		}
		return p.isLiteralPropertyName()
	case ctxObjectBindingElements:
		return p.tok == TOpenBracket || p.tok == TDotDotDot || p.isLiteralPropertyName()
	case ctxImportAttributes:
		return p.tok.isIdentifierOrKeyword() || p.tok == TString
	case ctxHeritageClauseElement:
		if p.tok == TOpenBrace {
			return false
		}
		if !inErrorRecovery {
			return p.isStartOfLeftHandSideExpression() && p.tok != TExtends && p.tok != TImplements
		}
		return p.isIdentifier() && p.tok != TExtends && p.tok != TImplements
	case ctxVariableDeclarations:
		return p.isBindingIdentifierOrPrivateIdentifierOrPattern()
	case ctxArrayBindingElements:
		return p.tok == TComma || p.tok == TDotDotDot || p.isBindingIdentifierOrPrivateIdentifierOrPattern()
	case ctxTypeParameters:
		return p.tok == TIn || p.tok == TConst || p.isIdentifier()
	case ctxArrayLiteralMembers:
		if p.tok == TComma || p.tok == TDot {
			return true
		}
		return p.tok == TDotDotDot || p.isStartOfExpression()
	case ctxArgumentExpressions:
		return p.tok == TDotDotDot || p.isStartOfExpression()
	case ctxParameters:
		return p.isStartOfParameter()
	case ctxTypeArguments, ctxTupleElementTypes:
		return p.tok == TComma || p.isStartOfType(false)
	case ctxHeritageClauses:
		return p.tok == TExtends || p.tok == TImplements
	case ctxImportOrExportSpecifiers:
		if p.tok == TFrom && p.lookAhead(func() bool { return p.nextToken() == TString }) {
			return false
		}
		return p.tok == TString || p.tok.isIdentifierOrKeyword()
	}
	return false
}

func (p *parser) listError(c parsingContext) {
	switch c {
	case ctxSourceElements:
		if p.tok == TDefault {
			p.errorAtCurrent(diag.XExpected, "export")
		} else {
			p.errorAtCurrent(diag.DeclarationOrStatementExpected)
		}
	case ctxBlockStatements:
		p.errorAtCurrent(diag.DeclarationOrStatementExpected)
	case ctxSwitchClauses:
		p.errorAtCurrent(diag.CaseOrDefaultExpected)
	case ctxSwitchClauseStatements:
		p.errorAtCurrent(diag.StatementExpected)
	case ctxTypeMembers:
		p.errorAtCurrent(diag.PropertyOrSignatureExpected)
	case ctxClassMembers:
		p.errorAtCurrent(diag.UnexpectedTokenConstructorExpected)
	case ctxEnumMembers:
		p.errorAtCurrent(diag.EnumMemberExpected)
	case ctxHeritageClauseElement:
		p.errorAtCurrent(diag.ExpressionExpected)
	case ctxVariableDeclarations:
		if p.tok.IsKeyword() {
			p.errorAtCurrent(diag.NotAllowedAsVariableName, p.tok.String())
		} else {
			p.errorAtCurrent(diag.VariableDeclarationExpected)
		}
	case ctxObjectBindingElements:
		p.errorAtCurrent(diag.PropertyDestructuringExpected)
	case ctxArrayBindingElements:
		p.errorAtCurrent(diag.ArrayDestructuringExpected)
	case ctxArgumentExpressions:
		p.errorAtCurrent(diag.ArgumentExpressionExpected)
	case ctxObjectLiteralMembers:
		p.errorAtCurrent(diag.PropertyAssignmentExpected)
	case ctxArrayLiteralMembers:
		p.errorAtCurrent(diag.ExpressionOrCommaExpected)
	case ctxParameters:
		p.errorAtCurrent(diag.ParameterDeclarationExpected)
	case ctxTypeParameters:
		p.errorAtCurrent(diag.TypeParameterDeclarationExpected)
	case ctxTypeArguments:
		p.errorAtCurrent(diag.TypeArgumentExpected)
	case ctxTupleElementTypes:
		p.errorAtCurrent(diag.TypeExpected)
	case ctxHeritageClauses:
		p.errorAtCurrent(diag.UnexpectedTokenBraceExpected)
	case ctxImportOrExportSpecifiers:
		if p.tok == TFrom {
			p.errorAtCurrent(diag.XExpected, "}")
		} else {
			p.errorAtCurrent(diag.IdentifierExpected)
		}
	case ctxImportAttributes:
		p.errorAtCurrent(diag.IdentifierOrStringExpected)
	}
}

// isInSomeParsingContext: an enclosing list can take the current token.
func (p *parser) isInSomeParsingContext() bool {
	for c := parsingContext(0); c < ctxCount; c++ {
		if p.listCtx&(1<<c) != 0 && (p.isListElement(c, true) || p.isListTerminator(c)) {
			return true
		}
	}
	return false
}

// abortListOrSkip reports the list's error and either skips the token
// (returns false) or, when an enclosing list can continue with it, ends
// this list (returns true).
func (p *parser) abortListOrSkip(c parsingContext) bool {
	p.listError(c)
	if p.isInSomeParsingContext() {
		return true
	}
	p.nextToken()
	return false
}

// Lists are collected on a shared scratch stack (nested lists nest on it)
// and copied out at their exact length: one allocation per list.

func (p *parser) parseList(c parsingContext, elem func() Node) []Node {
	return p.takeNodes(p.listScratch(c, elem))
}

func (p *parser) listScratch(c parsingContext, elem func() Node) int {
	saved := p.listCtx
	p.listCtx |= 1 << c
	mark := len(p.scratch)
	for !p.isListTerminator(c) {
		if p.isListElement(c, false) {
			start := p.tokStart
			e := elem()
			p.scratch = append(p.scratch, e)
			if p.tokStart == start && p.tok != TEOF {
				// No progress: never loop forever on a token nobody takes.
				p.nextToken()
			}
			continue
		}
		if p.abortListOrSkip(c) {
			break
		}
	}
	p.listCtx = saved
	return mark
}

// parseDelimitedList parses comma-separated elements. elem may return nil
// to abandon the list (speculative parses), in which case ok is false.
func (p *parser) parseDelimitedList(c parsingContext, elem func() Node, semicolonOK bool) (list []Node, ok bool) {
	mark, ok := p.delimitedScratch(c, elem, semicolonOK)
	return p.takeNodes(mark), ok
}

// parseDelimitedAs is parseDelimitedList for lists of one node type.
func parseDelimitedAs[T Node](p *parser, c parsingContext, elem func() Node, semicolonOK bool) ([]T, bool) {
	mark, ok := p.delimitedScratch(c, elem, semicolonOK)
	return takeTyped[T](p, mark), ok
}

// parseListAs is parseList for lists of one node type.
func parseListAs[T Node](p *parser, c parsingContext, elem func() Node) []T {
	return takeTyped[T](p, p.listScratch(c, elem))
}

func (p *parser) takeNodes(mark int) []Node {
	n := len(p.scratch) - mark
	if n == 0 {
		return nil
	}
	out := make([]Node, n)
	copy(out, p.scratch[mark:])
	clear(p.scratch[mark:])
	p.scratch = p.scratch[:mark]
	return out
}

func takeTyped[T Node](p *parser, mark int) []T {
	n := len(p.scratch) - mark
	if n == 0 {
		return nil
	}
	out := make([]T, n)
	for i, x := range p.scratch[mark:] {
		out[i] = x.(T)
	}
	clear(p.scratch[mark:])
	p.scratch = p.scratch[:mark]
	return out
}

func (p *parser) delimitedScratch(c parsingContext, elem func() Node, semicolonOK bool) (int, bool) {
	saved := p.listCtx
	p.listCtx |= 1 << c
	mark := len(p.scratch)
	for {
		if p.isListElement(c, false) {
			start := p.fullStart
			e := elem()
			if e == nil {
				p.listCtx = saved
				return mark, false
			}
			p.scratch = append(p.scratch, e)
			if p.parseOptional(TComma) {
				continue
			}
			if p.isListTerminator(c) {
				break
			}
			if c == ctxEnumMembers {
				p.parseExpectedMsg(TComma, diag.EnumMemberNeedsComma)
			} else {
				p.parseExpected(TComma)
			}
			if semicolonOK && p.tok == TSemicolon && !p.hasPrecedingLineBreak() {
				p.nextToken()
			}
			if start == p.fullStart {
				p.nextToken()
			}
			continue
		}
		if p.isListTerminator(c) {
			break
		}
		if p.abortListOrSkip(c) {
			break
		}
	}
	p.listCtx = saved
	return mark, true
}

func (p *parser) enter() bool {
	p.depth++
	return p.depth <= maxDepth
}

func (p *parser) leave() { p.depth-- }

// finish ends a node at the last consumed token. A node that consumed no
// token (error recovery) becomes zero-width at that point, so that Pos <=
// End always holds.
func (p *parser) finish(n *nodeBase) {
	n.end = p.fullStart
	if n.end < n.pos {
		n.pos = n.end
	}
}

// speculate runs a speculative parse (rewound when f fails) charged to the
// speculation budget; with the budget spent it fails without trying.
// Nested speculations are charged as they go, through the outermost one.
func (p *parser) speculate(f func() bool) bool {
	spent := p.specSpent
	if p.specDepth > 0 {
		spent += p.scanned - p.specStart
	}
	if spent > p.specBudget {
		p.specExhausted = true
		return false
	}
	if p.specDepth == 0 {
		p.specStart = p.scanned
	}
	st := p.save()
	ctx := p.ctx
	p.specDepth++
	ok := f()
	p.specDepth--
	if !ok || p.specAborted {
		p.restore(st)
		p.ctx = ctx
		ok = false
	}
	if p.specDepth == 0 {
		p.specSpent += p.scanned - p.specStart
		if p.specAborted {
			p.specAborted = false
			p.specExhausted = true
		}
	}
	return ok
}

// ParseSource is the usual entry point for a file read from disk: it drops
// a UTF-8 BOM, refuses text that is not UTF-8 with diag.FileNotUTF8 (and
// an empty tree), derives the dialect from the name, and parses.
func ParseSource(name string, src []byte) *SourceFile {
	if off := diag.CheckUTF8(src); off >= 0 {
		f := diag.NewFile(name, "")
		sf := &SourceFile{File: f, Dialect: DialectFromName(name)}
		sf.kind = KindSourceFile
		sf.Diagnostics = []diag.Diagnostic{diag.New(f, 0, 0, diag.FileNotUTF8, name, off)}
		return sf
	}
	return Parse(diag.NewFile(name, string(src)), ParseOptions{Dialect: DialectFromName(name)})
}

// quickTypeMemberStart answers isTypeMemberStart for the common member
// `name: T` / `name(…)` / `name?` from the character after the name,
// without scanning a token (declaration files are mostly such members).
// ok is false when the characters do not settle it.
func (p *parser) quickTypeMemberStart() (r, ok bool) {
	switch p.tok {
	case TOpenParen, TLessThan, TGet, TSet, TOpenBracket:
		return true, true
	case TIdentifier, TString:
	default:
		return false, false
	}
	i := int(p.pos)
	for i < len(p.src) && (p.src[i] == ' ' || p.src[i] == '\t') {
		i++
	}
	if i >= len(p.src) {
		return false, false
	}
	switch p.src[i] {
	case '<':
		return i+1 < len(p.src) && p.src[i+1] != '<', i+1 < len(p.src) && p.src[i+1] != '<'
	case '(', ':', ',', ';', '}', '\n', '\r':
		return true, true
	case '?':
		if i+1 < len(p.src) && p.src[i+1] == '.' {
			return false, false
		}
		return true, true
	}
	return false, false
}
