package syntax

import "github.com/tsrun-dev/tsrun/diag"

// Statements and declarations.

func (p *parser) isStartOfStatement() bool {
	switch p.tok {
	case TAt, TSemicolon, TOpenBrace, TVar, TLet, TFunction, TClass, TEnum, TIf, TDo, TWhile, TFor,
		TContinue, TBreak, TReturn, TWith, TSwitch, TThrow, TTry, TDebugger, TCatch, TFinally:
		return true
	case TImport:
		return p.isStartOfDeclaration() || p.lookAhead(p.nextTokenIsOpenParenOrLessThanOrDot)
	case TConst, TExport:
		return p.isStartOfDeclaration()
	case TAsync, TDeclare, TInterface, TModule, TNamespace, TType, TGlobal:
		return true
	case TAccessor, TPublic, TPrivate, TProtected, TStatic, TReadonly, TAbstract, TOverride:
		return p.isStartOfDeclaration() || !p.lookAhead(p.nextTokenIsIdentifierOrKeywordOnSameLine)
	case TUsing:
		return p.isUsingDeclaration() || p.isStartOfExpression()
	}
	return p.isStartOfExpression()
}

func (p *parser) nextTokenIsOpenParenOrLessThanOrDot() bool {
	switch p.nextToken() {
	case TOpenParen, TLessThan, TDot:
		return true
	}
	return false
}

func (p *parser) nextTokenIsIdentifierOrKeywordOnSameLine() bool {
	p.nextToken()
	return p.tok.isIdentifierOrKeyword() && !p.hasPrecedingLineBreak()
}

func (p *parser) nextTokenIsIdentifierOnSameLine() bool {
	p.nextToken()
	return !p.hasPrecedingLineBreak() && p.isIdentifier()
}

func (p *parser) nextTokenIsIdentifierOrStringLiteralOnSameLine() bool {
	p.nextToken()
	return !p.hasPrecedingLineBreak() && (p.isIdentifier() || p.tok == TString)
}

func (p *parser) isStartOfDeclaration() bool { return p.lookAhead(p.isDeclaration) }

// isDeclaration looks past modifiers for a declaration keyword. Where it
// moves on past a modifier, the answer at that modifier is the answer at
// the next token, so every position passed gets the final answer in a
// memo: `declare declare declare …` would otherwise be quadratic.
func (p *parser) isDeclaration() bool {
	key := func() int64 { return int64(p.tokStart)<<8 | int64(p.ctx&(ctxFlagYield|ctxFlagAwait)) }
	var passed []int64
	r := p.isDeclarationWorker(key, &passed)
	if len(passed) > 0 {
		if p.declMemo == nil {
			p.declMemo = map[int64]bool{}
		}
		for _, k := range passed {
			p.declMemo[k] = r
		}
	}
	return r
}

func (p *parser) isDeclarationWorker(key func() int64, passed *[]int64) bool {
	for {
		if r, ok := p.declMemo[key()]; ok {
			return r
		}
		switch p.tok {
		case TVar, TLet, TConst, TFunction, TClass, TEnum:
			return true
		case TUsing:
			return p.isUsingDeclarationHere()
		case TAwait:
			return p.isAwaitUsingDeclarationHere()
		case TInterface, TType:
			return p.nextTokenIsIdentifierOnSameLine()
		case TModule, TNamespace:
			return p.nextTokenIsIdentifierOrStringLiteralOnSameLine()
		case TAbstract, TAccessor, TAsync, TDeclare, TPrivate, TProtected, TPublic, TReadonly, TOverride:
			prev := p.tok
			p.nextToken()
			if p.hasPrecedingLineBreak() {
				return false
			}
			if prev == TDeclare && p.tok == TType {
				return true
			}
			*passed = append(*passed, key())
			continue
		case TGlobal:
			p.nextToken()
			return p.tok == TOpenBrace || p.tok == TIdentifier || p.tok == TExport
		case TImport:
			p.nextToken()
			return p.tok == TString || p.tok == TAsterisk || p.tok == TOpenBrace || p.tok.isIdentifierOrKeyword()
		case TExport:
			cur := p.nextToken()
			if cur == TType {
				cur = p.peekToken()
			}
			switch cur {
			case TEquals, TAsterisk, TOpenBrace, TDefault, TAs, TAt:
				return true
			}
			*passed = append(*passed, key())
			continue
		case TStatic:
			p.nextToken()
			*passed = append(*passed, key())
			continue
		}
		return false
	}
}

// peekToken returns the token after the current one without moving.
func (p *parser) peekToken() Token {
	st := p.save()
	t := p.nextToken()
	p.restore(st)
	return t
}

func (p *parser) isLetDeclaration() bool {
	return p.lookAhead(func() bool {
		p.nextToken()
		return p.isBindingIdentifier() || p.tok == TOpenBracket || p.tok == TOpenBrace
	})
}

func (p *parser) nextIsBindingOnSameLine(disallowOf bool) bool {
	p.nextToken()
	if disallowOf && p.tok == TOf {
		return false
	}
	return (p.isBindingIdentifier() || p.tok == TOpenBrace) && !p.hasPrecedingLineBreak()
}

func (p *parser) isUsingDeclarationHere() bool { return p.nextIsBindingOnSameLine(false) }

func (p *parser) isUsingDeclaration() bool { return p.lookAhead(p.isUsingDeclarationHere) }

func (p *parser) isAwaitUsingDeclarationHere() bool {
	if p.nextToken() != TUsing || p.hasPrecedingLineBreak() {
		return false
	}
	return p.nextIsBindingOnSameLine(false)
}

func (p *parser) isAwaitUsingDeclaration() bool { return p.lookAhead(p.isAwaitUsingDeclarationHere) }

func (p *parser) parseStatement() Node {
	if !p.enter() {
		p.leave()
		return p.tooDeep()
	}
	defer p.leave()
	switch p.tok {
	case TSemicolon:
		n := &EmptyStatement{}
		n.kind, n.pos, n.end = KindEmptyStatement, p.tokStart, p.pos
		p.nextToken()
		return n
	case TOpenBrace:
		return p.parseBlock(false, nil)
	case TVar:
		return p.parseVariableStatement(p.tokStart, nil)
	case TLet:
		if p.isLetDeclaration() {
			return p.parseVariableStatement(p.tokStart, nil)
		}
	case TAwait:
		if p.isAwaitUsingDeclaration() {
			return p.parseVariableStatement(p.tokStart, nil)
		}
	case TUsing:
		if p.isUsingDeclaration() {
			return p.parseVariableStatement(p.tokStart, nil)
		}
	case TFunction:
		return p.parseFunctionDeclaration(p.tokStart, nil)
	case TClass:
		return p.parseClass(p.tokStart, nil, KindClassDeclaration)
	case TIf:
		return p.parseIfStatement()
	case TDo:
		return p.parseDoStatement()
	case TWhile:
		return p.parseWhileStatement()
	case TFor:
		return p.parseForStatement()
	case TContinue, TBreak:
		return p.parseBranchStatement()
	case TReturn:
		return p.parseReturnStatement()
	case TWith:
		return p.parseWithStatement()
	case TSwitch:
		return p.parseSwitchStatement()
	case TThrow:
		return p.parseThrowStatement()
	case TTry, TCatch, TFinally:
		return p.parseTryStatement()
	case TDebugger:
		n := &DebuggerStatement{}
		n.kind, n.pos = KindDebuggerStatement, p.tokStart
		p.nextToken()
		p.parseSemicolon()
		p.finish(&n.nodeBase)
		return n
	case TAt:
		return p.parseDeclaration()
	case TAsync, TInterface, TType, TModule, TNamespace, TDeclare, TConst, TEnum, TExport, TImport,
		TPrivate, TProtected, TPublic, TAbstract, TAccessor, TStatic, TReadonly, TGlobal, TOverride:
		if p.isStartOfDeclaration() {
			return p.parseDeclaration()
		}
	}
	return p.parseExpressionOrLabeledStatement()
}

func (p *parser) tooDeep() Node {
	p.errorAtCurrent(diag.NestedTooDeeply)
	// Skip the rest of the file: there is no safe place to resume.
	for p.tok != TEOF {
		p.nextToken()
	}
	return p.missingIdent()
}

func (p *parser) parseBlock(ignoreMissingOpenBrace bool, msg *diag.Message) *Block {
	n := p.arenaBlock.alloc()
	n.kind, n.pos = KindBlock, p.tokStart
	var opened bool
	if msg != nil {
		opened = p.parseExpectedMsg(TOpenBrace, msg)
	} else {
		opened = p.parseExpected(TOpenBrace)
	}
	if opened || ignoreMissingOpenBrace {
		n.Statements = p.parseList(ctxBlockStatements, p.parseStatement)
		p.parseExpected(TCloseBrace)
	}
	p.finish(&n.nodeBase)
	return n
}

// parseFunctionBlock parses a body in the given generator/async context.
func (p *parser) parseFunctionBlock(yield, await bool, ignoreMissingOpenBrace bool, msg *diag.Message) *Block {
	saved := p.ctx
	p.setContext(ctxFlagYield, yield)
	p.setContext(ctxFlagAwait, await)
	p.setContext(ctxFlagDecorator, false)
	b := p.parseBlock(ignoreMissingOpenBrace, msg)
	p.ctx = saved
	return b
}

func (p *parser) parseExpressionOrLabeledStatement() Node {
	pos := p.tokStart
	expr := p.allowIn(p.parseExpression)
	if id, ok := expr.(*Identifier); ok && p.parseOptional(TColon) {
		n := &LabeledStatement{Label: id}
		n.kind, n.pos = KindLabeledStatement, pos
		n.Statement = p.parseStatement()
		p.finish(&n.nodeBase)
		return n
	}
	n := p.exprStmts.alloc()
	n.kind, n.pos, n.Expr = KindExpressionStatement, pos, expr
	if !p.tryParseSemicolon() {
		p.errorForMissingSemicolonAfter(expr)
	}
	p.finish(&n.nodeBase)
	return n
}

// errorForMissingSemicolonAfter gives tsc's targeted messages when an
// expression statement is followed by something that cannot continue it.
func (p *parser) errorForMissingSemicolonAfter(expr Node) {
	if tt, ok := expr.(*TaggedTemplate); ok {
		if _, ok := tt.Template.(*TemplatePart); ok {
			p.errorAtCurrent(diag.XExpected, ";")
			return
		}
	}
	id, ok := expr.(*Identifier)
	if !ok || id.Text == "" {
		p.errorAtCurrent(diag.XExpected, ";")
		return
	}
	pos := id.pos
	switch id.Text {
	case "const", "let", "var":
		p.errorAtRange(pos, id.end, diag.VariableDeclarationNotAllowedHere)
		return
	case "declare":
		return
	case "interface":
		p.errorForInvalidName(diag.InterfaceNameCannotBe, diag.InterfaceMustBeGivenName, TOpenBrace)
		return
	case "is":
		p.errorAtRange(pos, p.tokStart, diag.TypePredicateOnlyInReturnPosition)
		return
	case "module", "namespace":
		p.errorForInvalidName(diag.NamespaceNameCannotBe, diag.NamespaceMustBeGivenName, TOpenBrace)
		return
	case "type":
		p.errorForInvalidName(diag.TypeAliasNameCannotBe, diag.TypeAliasMustBeGivenName, TEquals)
		return
	}
	if s := spellingSuggestion(id.Text); s != "" {
		p.errorAtRange(pos, id.end, diag.UnknownKeywordDidYouMean, s)
		return
	}
	if p.tok == TUnknown {
		return
	}
	p.errorAtRange(pos, id.end, diag.UnexpectedKeywordOrIdentifier)
}

func (p *parser) errorForInvalidName(nameDiag, blankDiag *diag.Message, tokenIfBlank Token) {
	if p.tok == tokenIfBlank {
		p.errorAtCurrent(blankDiag)
	} else {
		p.errorAtCurrent(nameDiag, p.tokenText())
	}
}

func (p *parser) parseVariableStatement(pos int32, mods *Modifiers) Node {
	n := p.arenaVariableStatement.alloc()
	*n = VariableStatement{Modifiers: mods}
	n.kind, n.pos = KindVariableStatement, pos
	n.List = p.parseVariableDeclarationList(false)
	p.parseSemicolon()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseVariableDeclarationList(inForInit bool) *VariableDeclarationList {
	n := p.arenaVariableDeclarationList.alloc()
	n.kind, n.pos = KindVariableDeclarationList, p.tokStart
	switch p.tok {
	case TLet:
		n.Keyword = DeclLet
	case TConst:
		n.Keyword = DeclConst
	case TUsing:
		n.Keyword = DeclUsing
	case TAwait:
		n.Keyword = DeclAwaitUsing
		p.nextToken()
	}
	p.nextToken()
	if p.tok == TOf && p.lookAhead(p.canFollowContextualOfKeyword) {
		p.finish(&n.nodeBase)
		return n
	}
	saved := p.ctx
	p.setContext(ctxFlagDisallowIn, inForInit)
	n.Decls, _ = parseDelimitedAs[*VariableDeclaration](p, ctxVariableDeclarations, func() Node { return p.parseVariableDeclaration(!inForInit) }, false)
	p.ctx = saved
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) canFollowContextualOfKeyword() bool {
	return p.nextTokenIsIdentifier() && p.nextToken() == TCloseParen
}

func (p *parser) nextTokenIsIdentifier() bool {
	p.nextToken()
	return p.isIdentifier()
}

func (p *parser) parseVariableDeclaration(allowExclamation bool) Node {
	n := p.arenaVariableDeclaration.alloc()
	n.kind, n.pos = KindVariableDeclaration, p.tokStart
	n.Name = p.parseIdentifierOrPattern()
	if _, ok := n.Name.(*Identifier); ok && allowExclamation && p.tok == TExclamation && !p.hasPrecedingLineBreak() {
		p.nextToken()
		n.Exclaim = true
	}
	n.Type = p.parseTypeAnnotation()
	if p.tok != TIn && p.tok != TOf {
		n.Init = p.parseInitializer()
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) isBindingIdentifierOrPrivateIdentifierOrPattern() bool {
	return p.tok == TOpenBrace || p.tok == TOpenBracket || p.tok == TPrivateName || p.isBindingIdentifier()
}

func (p *parser) parseIdentifierOrPattern() Node {
	if !p.enter() {
		p.leave()
		return p.tooDeep()
	}
	defer p.leave()
	switch p.tok {
	case TOpenBracket:
		return p.parseArrayBindingPattern()
	case TOpenBrace:
		return p.parseObjectBindingPattern()
	}
	return p.parseBindingIdentifier()
}

func (p *parser) parseArrayBindingPattern() Node {
	n := &BindingPattern{}
	n.kind, n.pos = KindArrayBindingPattern, p.tokStart
	p.parseExpected(TOpenBracket)
	saved := p.ctx
	p.setContext(ctxFlagDisallowIn, false)
	n.Elements, _ = p.parseDelimitedList(ctxArrayBindingElements, p.parseArrayBindingElement, false)
	p.ctx = saved
	p.parseExpected(TCloseBracket)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseArrayBindingElement() Node {
	if p.tok == TComma {
		n := &OmittedExpr{}
		n.kind, n.pos, n.end = KindOmittedExpr, p.tokStart, p.tokStart
		return n
	}
	n := p.arenaBindingElement.alloc()
	n.kind, n.pos = KindBindingElement, p.tokStart
	n.DotDotDot = p.parseOptional(TDotDotDot)
	n.Name = p.parseIdentifierOrPattern()
	n.Init = p.parseInitializer()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseObjectBindingPattern() Node {
	n := &BindingPattern{}
	n.kind, n.pos = KindObjectBindingPattern, p.tokStart
	p.parseExpected(TOpenBrace)
	saved := p.ctx
	p.setContext(ctxFlagDisallowIn, false)
	n.Elements, _ = p.parseDelimitedList(ctxObjectBindingElements, p.parseObjectBindingElement, false)
	p.ctx = saved
	p.parseExpected(TCloseBrace)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseObjectBindingElement() Node {
	n := p.arenaBindingElement.alloc()
	n.kind, n.pos = KindBindingElement, p.tokStart
	n.DotDotDot = p.parseOptional(TDotDotDot)
	isIdent := p.isBindingIdentifier()
	name := p.parsePropertyName()
	if isIdent && p.tok != TColon {
		n.Name = name
	} else {
		p.parseExpected(TColon)
		n.PropertyName = name
		n.Name = p.parseIdentifierOrPattern()
	}
	n.Init = p.parseInitializer()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseInitializer() Node {
	if p.parseOptional(TEquals) {
		return p.parseAssignmentExpressionOrHigher(true)
	}
	return nil
}

func (p *parser) parseTypeAnnotation() Node {
	if p.parseOptional(TColon) {
		return p.parseType()
	}
	return nil
}

func (p *parser) parseIfStatement() Node {
	n := p.arenaIfStatement.alloc()
	n.kind, n.pos = KindIfStatement, p.tokStart
	p.nextToken()
	p.parseExpected(TOpenParen)
	n.Cond = p.allowIn(p.parseExpression)
	p.parseExpected(TCloseParen)
	n.Then = p.parseStatement()
	if p.parseOptional(TElse) {
		n.Else = p.parseStatement()
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseDoStatement() Node {
	n := &DoStatement{}
	n.kind, n.pos = KindDoStatement, p.tokStart
	p.nextToken()
	n.Body = p.parseStatement()
	p.parseExpected(TWhile)
	p.parseExpected(TOpenParen)
	n.Cond = p.allowIn(p.parseExpression)
	p.parseExpected(TCloseParen)
	// ASI is always allowed after do-while, as in browsers and tsc.
	p.parseOptional(TSemicolon)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseWhileStatement() Node {
	n := &WhileStatement{}
	n.kind, n.pos = KindWhileStatement, p.tokStart
	p.nextToken()
	p.parseExpected(TOpenParen)
	n.Cond = p.allowIn(p.parseExpression)
	p.parseExpected(TCloseParen)
	n.Body = p.parseStatement()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseForStatement() Node {
	pos := p.tokStart
	p.nextToken()
	await := p.parseOptional(TAwait)
	p.parseExpected(TOpenParen)
	var init Node
	if p.tok != TSemicolon {
		if p.tok == TVar || p.tok == TLet || p.tok == TConst ||
			p.tok == TUsing && p.lookAhead(func() bool { return p.nextIsBindingOnSameLine(true) }) ||
			p.tok == TAwait && p.lookAhead(p.isAwaitUsingDeclarationHere) {
			init = p.parseVariableDeclarationList(true)
		} else {
			init = p.disallowIn(p.parseExpression)
		}
	}
	var isOf bool
	if await {
		isOf = p.parseExpected(TOf)
	} else {
		isOf = p.parseOptional(TOf)
	}
	if isOf || await {
		n := &ForOfStatement{Await: await, Init: init}
		n.kind, n.pos = KindForOfStatement, pos
		n.Expr = p.allowIn(func() Node { return p.parseAssignmentExpressionOrHigher(true) })
		p.parseExpected(TCloseParen)
		n.Body = p.parseStatement()
		p.finish(&n.nodeBase)
		return n
	}
	if p.parseOptional(TIn) {
		n := &ForInStatement{Init: init}
		n.kind, n.pos = KindForInStatement, pos
		n.Expr = p.allowIn(p.parseExpression)
		p.parseExpected(TCloseParen)
		n.Body = p.parseStatement()
		p.finish(&n.nodeBase)
		return n
	}
	n := &ForStatement{Init: init}
	n.kind, n.pos = KindForStatement, pos
	p.parseExpected(TSemicolon)
	if p.tok != TSemicolon && p.tok != TCloseParen {
		n.Cond = p.allowIn(p.parseExpression)
	}
	p.parseExpected(TSemicolon)
	if p.tok != TCloseParen {
		n.Incr = p.allowIn(p.parseExpression)
	}
	p.parseExpected(TCloseParen)
	n.Body = p.parseStatement()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseBranchStatement() Node {
	n := &BranchStatement{}
	n.kind, n.pos = KindBreakStatement, p.tokStart
	if p.tok == TContinue {
		n.kind = KindContinueStatement
	}
	p.nextToken()
	if !p.canParseSemicolon() {
		n.Label = p.parseIdentifier(nil)
	}
	p.parseSemicolon()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseReturnStatement() Node {
	n := p.arenaReturnStatement.alloc()
	n.kind, n.pos = KindReturnStatement, p.tokStart
	p.nextToken()
	if !p.canParseSemicolon() {
		n.Expr = p.allowIn(p.parseExpression)
	}
	p.parseSemicolon()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseWithStatement() Node {
	n := &WithStatement{}
	n.kind, n.pos = KindWithStatement, p.tokStart
	p.nextToken()
	p.parseExpected(TOpenParen)
	n.Expr = p.allowIn(p.parseExpression)
	p.parseExpected(TCloseParen)
	n.Body = p.parseStatement()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseSwitchStatement() Node {
	n := &SwitchStatement{}
	n.kind, n.pos = KindSwitchStatement, p.tokStart
	p.nextToken()
	p.parseExpected(TOpenParen)
	n.Expr = p.allowIn(p.parseExpression)
	p.parseExpected(TCloseParen)
	if p.parseExpected(TOpenBrace) {
		n.Clauses = parseListAs[*CaseClause](p, ctxSwitchClauses, p.parseCaseClause)
		p.parseExpected(TCloseBrace)
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseCaseClause() Node {
	n := &CaseClause{}
	n.kind, n.pos = KindCaseClause, p.tokStart
	if p.parseOptional(TCase) {
		n.Expr = p.allowIn(p.parseExpression)
	} else {
		n.kind = KindDefaultClause
		p.parseExpected(TDefault)
	}
	p.parseExpected(TColon)
	n.Statements = p.parseList(ctxSwitchClauseStatements, p.parseStatement)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseThrowStatement() Node {
	n := &ThrowStatement{}
	n.kind, n.pos = KindThrowStatement, p.tokStart
	p.nextToken()
	if !p.hasPrecedingLineBreak() {
		n.Expr = p.allowIn(p.parseExpression)
	} else {
		n.Expr = p.missingIdent()
	}
	if !p.tryParseSemicolon() {
		p.errorForMissingSemicolonAfter(n.Expr)
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseTryStatement() Node {
	n := &TryStatement{}
	n.kind, n.pos = KindTryStatement, p.tokStart
	p.parseExpected(TTry)
	n.Block = p.parseBlock(false, nil)
	if p.tok == TCatch {
		c := &CatchClause{}
		c.kind, c.pos = KindCatchClause, p.tokStart
		p.nextToken()
		if p.parseOptional(TOpenParen) {
			c.Var = p.parseVariableDeclaration(false).(*VariableDeclaration)
			p.parseExpected(TCloseParen)
		}
		c.Block = p.parseBlock(false, nil)
		p.finish(&c.nodeBase)
		n.Catch = c
	}
	if n.Catch == nil || p.tok == TFinally {
		p.parseExpectedMsg(TFinally, diag.CatchOrFinallyExpected)
		n.Finally = p.parseBlock(false, nil)
	}
	p.finish(&n.nodeBase)
	return n
}

// ---- Modifiers ----

func isModifierKind(t Token) bool {
	switch t {
	case TAbstract, TAccessor, TAsync, TConst, TDeclare, TDefault, TExport, TIn, TPublic, TPrivate,
		TProtected, TReadonly, TStatic, TOut, TOverride:
		return true
	}
	return false
}

func (p *parser) canFollowModifier() bool {
	return p.tok == TOpenBracket || p.tok == TOpenBrace || p.tok == TAsterisk || p.tok == TDotDotDot || p.isLiteralPropertyName()
}

func (p *parser) nextTokenCanFollowDefaultKeyword() bool {
	p.nextToken()
	switch p.tok {
	case TClass, TFunction, TInterface, TAt:
		return true
	case TAbstract:
		return p.lookAhead(func() bool { p.nextToken(); return p.tok == TClass && !p.hasPrecedingLineBreak() })
	case TAsync:
		return p.lookAhead(func() bool { p.nextToken(); return p.tok == TFunction && !p.hasPrecedingLineBreak() })
	}
	return false
}

func (p *parser) canFollowExportModifier() bool {
	return p.tok == TAt || p.tok != TAsterisk && p.tok != TAs && p.tok != TOpenBrace && p.canFollowModifier()
}

func (p *parser) nextTokenCanFollowModifier() bool {
	switch p.tok {
	case TConst:
		return p.nextToken() == TEnum
	case TExport:
		p.nextToken()
		if p.tok == TDefault {
			return p.lookAhead(p.nextTokenCanFollowDefaultKeyword)
		}
		if p.tok == TType {
			return p.lookAhead(func() bool { p.nextToken(); return p.canFollowExportModifier() })
		}
		return p.canFollowExportModifier()
	case TDefault:
		return p.nextTokenCanFollowDefaultKeyword()
	case TStatic:
		p.nextToken()
		return p.canFollowModifier()
	}
	return p.nextTokenIsOnSameLineAndCanFollowModifier()
}

func (p *parser) nextTokenIsOnSameLineAndCanFollowModifier() bool {
	p.nextToken()
	if p.hasPrecedingLineBreak() {
		return false
	}
	return p.canFollowModifier()
}

// parseModifiers reads decorators and modifier keywords. It returns nil
// when there are none.
func (p *parser) parseModifiers(allowDecorators, permitConst, stopOnStaticBlock bool) *Modifiers {
	var m *Modifiers
	hasLeading, seenStatic, hasTrailingDecorator := false, false, false
	if allowDecorators && p.tok == TAt {
		m = p.parseDecorators(m)
	}
	for {
		mod, ok := p.tryParseModifier(seenStatic, permitConst, stopOnStaticBlock)
		if !ok {
			break
		}
		if m == nil {
			m = &Modifiers{}
		}
		if mod.Token == TStatic {
			seenStatic = true
		}
		m.List = append(m.List, mod)
		m.Flags |= modifierFlag(mod.Token)
		hasLeading = true
	}
	if hasLeading && allowDecorators && p.tok == TAt {
		m = p.parseDecorators(m)
		hasTrailingDecorator = true
	}
	if hasTrailingDecorator {
		for {
			mod, ok := p.tryParseModifier(seenStatic, permitConst, stopOnStaticBlock)
			if !ok {
				break
			}
			if mod.Token == TStatic {
				seenStatic = true
			}
			m.List = append(m.List, mod)
			m.Flags |= modifierFlag(mod.Token)
		}
	}
	return m
}

func (p *parser) parseDecorators(m *Modifiers) *Modifiers {
	for p.tok == TAt {
		if m == nil {
			m = &Modifiers{}
		}
		d := &Decorator{}
		d.kind, d.pos = KindDecorator, p.tokStart
		p.nextToken()
		d.Expr = p.parseDecoratorExpression()
		p.finish(&d.nodeBase)
		m.Decorators = append(m.Decorators, d)
	}
	return m
}

func (p *parser) tryParseModifier(seenStatic, permitConst, stopOnStaticBlock bool) (Modifier, bool) {
	t, pos, end := p.tok, p.tokStart, p.pos
	if !isModifierKind(t) {
		return Modifier{}, false
	}
	if t == TConst && permitConst {
		if !p.tryParse(p.nextTokenIsOnSameLineAndCanFollowModifier) {
			return Modifier{}, false
		}
	} else if stopOnStaticBlock && t == TStatic && p.lookAhead(func() bool { return p.nextToken() == TOpenBrace }) {
		return Modifier{}, false
	} else if seenStatic && t == TStatic {
		return Modifier{}, false
	} else if !p.tryParse(p.nextTokenCanFollowModifier) {
		return Modifier{}, false
	}
	return Modifier{Token: t, Pos: pos, End: end}, true
}

func (p *parser) parseContextualModifier(t Token) bool {
	return p.tok == t && p.tryParse(p.nextTokenCanFollowModifier)
}

// ---- Classes ----

func (p *parser) isClassMemberStart() bool {
	var idToken Token
	if p.tok == TAt {
		return true
	}
	for isModifierKind(p.tok) {
		idToken = p.tok
		switch idToken {
		case TPublic, TPrivate, TProtected, TReadonly, TStatic, TOverride, TAccessor:
			return true
		}
		p.nextToken()
	}
	if p.tok == TAsterisk {
		return true
	}
	if p.isLiteralPropertyName() {
		idToken = p.tok
		p.nextToken()
	}
	if p.tok == TOpenBracket {
		return true
	}
	if idToken != 0 {
		if !idToken.IsKeyword() || idToken == TSet || idToken == TGet {
			return true
		}
		switch p.tok {
		case TOpenParen, TLessThan, TExclamation, TColon, TEquals, TQuestion:
			return true
		}
		return p.canParseSemicolon()
	}
	return false
}

func (p *parser) isLiteralPropertyName() bool {
	switch p.tok {
	case TString, TNumber, TBigInt, TPrivateName:
		return true
	}
	return p.tok.isIdentifierOrKeyword()
}

func (p *parser) parseClassElement() Node {
	pos := p.tokStart
	if p.tok == TSemicolon {
		n := &SemicolonClassElement{}
		n.kind, n.pos, n.end = KindSemicolonClassElement, p.tokStart, p.pos
		p.nextToken()
		return n
	}
	mods := p.parseModifiers(true, true, true)
	if p.tok == TStatic && p.lookAhead(func() bool { return p.nextToken() == TOpenBrace }) {
		n := &ClassStaticBlock{}
		n.kind, n.pos = KindClassStaticBlock, pos
		p.nextToken()
		n.Body = p.parseFunctionBlock(false, true, false, nil)
		p.finish(&n.nodeBase)
		return n
	}
	if p.parseContextualModifier(TGet) {
		return p.parseAccessor(pos, mods, KindGetAccessor, false)
	}
	if p.parseContextualModifier(TSet) {
		return p.parseAccessor(pos, mods, KindSetAccessor, false)
	}
	if p.tok == TConstructor || p.tok == TString {
		if n := p.tryParseConstructor(pos, mods); n != nil {
			return n
		}
	}
	if p.isIndexSignature() {
		return p.parseIndexSignature(pos, mods)
	}
	if p.tok.isIdentifierOrKeyword() || p.tok == TString || p.tok == TNumber || p.tok == TBigInt ||
		p.tok == TAsterisk || p.tok == TOpenBracket || p.tok == TPrivateName {
		if mods.Has(ModDeclare) {
			saved := p.ctx
			p.ctx |= ctxFlagAmbient
			n := p.parsePropertyOrMethod(pos, mods)
			p.ctx = saved
			return n
		}
		return p.parsePropertyOrMethod(pos, mods)
	}
	// Modifiers with no member after them: a property with a missing name.
	p.errorAt(p.fullStart, 0, diag.DeclarationExpected)
	return p.parsePropertyDeclaration(pos, mods, p.missingIdent(), false)
}

func (p *parser) tryParseConstructor(pos int32, mods *Modifiers) Node {
	var n *Function
	p.tryParse(func() bool {
		if p.tok == TConstructor {
			p.nextToken()
		} else if p.tok == TString && p.value == "constructor" && p.lookAhead(func() bool { return p.nextToken() == TOpenParen }) {
			p.nextToken()
		} else {
			return false
		}
		n = &Function{Modifiers: mods}
		n.kind, n.pos = KindConstructor, pos
		n.TypeParams = p.parseTypeParameters()
		n.Params = p.parseParameters(false, false)
		n.Type = p.parseReturnType(TColon, false)
		n.Body = p.parseFunctionBlockOrSemicolon(false, false, diag.BraceOrSemicolonExpected)
		p.finish(&n.nodeBase)
		return true
	})
	if n == nil {
		return nil
	}
	return n
}

func (p *parser) parseAccessor(pos int32, mods *Modifiers, kind Kind, inType bool) Node {
	n := p.arenaFunction.alloc()
	*n = Function{Modifiers: mods}
	n.kind, n.pos = kind, pos
	n.Name = p.parsePropertyName()
	n.TypeParams = p.parseTypeParameters()
	n.Params = p.parseParameters(false, false)
	n.Type = p.parseReturnType(TColon, false)
	if inType {
		p.parseTypeMemberSemicolon()
	} else {
		n.Body = p.parseFunctionBlockOrSemicolon(false, false, nil)
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parsePropertyOrMethod(pos int32, mods *Modifiers) Node {
	asterisk := p.parseOptional(TAsterisk)
	name := p.parsePropertyName()
	question := p.parseOptional(TQuestion)
	if asterisk || p.tok == TOpenParen || p.tok == TLessThan {
		return p.parseMethodDeclaration(pos, mods, asterisk, name, question, false)
	}
	return p.parsePropertyDeclaration(pos, mods, name, question)
}

func (p *parser) parseMethodDeclaration(pos int32, mods *Modifiers, asterisk bool, name Node, question, exclaim bool) Node {
	n := p.arenaFunction.alloc()
	*n = Function{Modifiers: mods, Asterisk: asterisk, Name: name, Question: question, Exclaim: exclaim}
	n.kind, n.pos = KindMethodDeclaration, pos
	isAsync := mods.Has(ModAsync)
	n.TypeParams = p.parseTypeParameters()
	n.Params = p.parseParameters(asterisk, isAsync)
	n.Type = p.parseReturnType(TColon, false)
	n.Body = p.parseFunctionBlockOrSemicolon(asterisk, isAsync, diag.BraceOrSemicolonExpected)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parsePropertyDeclaration(pos int32, mods *Modifiers, name Node, question bool) Node {
	n := &PropertyDeclaration{Modifiers: mods, Name: name, Question: question}
	n.kind, n.pos = KindPropertyDeclaration, pos
	if !question && !p.hasPrecedingLineBreak() && p.parseOptional(TExclamation) {
		n.Exclaim = true
	}
	n.Type = p.parseTypeAnnotation()
	saved := p.ctx
	p.ctx &^= ctxFlagYield | ctxFlagAwait | ctxFlagDisallowIn
	n.Init = p.parseInitializer()
	p.ctx = saved
	p.parseSemicolonAfterPropertyName(name, n.Type, n.Init)
	p.finish(&n.nodeBase)
	return n
}

// parseSemicolonAfterPropertyName gives tsc's hints for a class property
// that is not properly terminated.
func (p *parser) parseSemicolonAfterPropertyName(name, typ, init Node) {
	if p.tok == TAt && !p.hasPrecedingLineBreak() {
		p.errorAtCurrent(diag.DecoratorsNotValidHere)
		return
	}
	if p.tok == TOpenParen {
		p.errorAtCurrent(diag.CannotStartFunctionCall)
		p.nextToken()
		return
	}
	if typ != nil && !p.canParseSemicolon() {
		if init != nil {
			p.errorAtCurrent(diag.XExpected, ";")
		} else {
			p.errorAtCurrent(diag.ExpectedEqualsForInitializer)
		}
		return
	}
	if p.tryParseSemicolon() {
		return
	}
	if init != nil {
		p.errorAtCurrent(diag.XExpected, ";")
		return
	}
	p.errorForMissingSemicolonAfter(name)
}

func (p *parser) isIndexSignature() bool {
	return p.tok == TOpenBracket && p.lookAhead(p.isUnambiguouslyIndexSignature)
}

func (p *parser) isUnambiguouslyIndexSignature() bool {
	p.nextToken()
	if p.tok == TDotDotDot || p.tok == TCloseBracket {
		return true
	}
	if isModifierKind(p.tok) {
		p.nextToken()
		if p.isIdentifier() {
			return true
		}
	} else if !p.isIdentifier() {
		return false
	} else {
		p.nextToken()
	}
	if p.tok == TColon || p.tok == TComma {
		return true
	}
	if p.tok != TQuestion {
		return false
	}
	p.nextToken()
	return p.tok == TColon || p.tok == TComma || p.tok == TCloseBracket
}

func (p *parser) parseIndexSignature(pos int32, mods *Modifiers) Node {
	n := p.arenaSignature.alloc()
	*n = Signature{Modifiers: mods}
	n.kind, n.pos = KindIndexSignature, pos
	if p.parseExpected(TOpenBracket) {
		n.Params = p.parseParameterList()
		p.parseExpected(TCloseBracket)
	}
	n.Type = p.parseTypeAnnotation()
	p.parseTypeMemberSemicolon()
	p.finish(&n.nodeBase)
	return n
}
