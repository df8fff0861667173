package syntax

import "github.com/tsrun-dev/tsrun/diag"

// Expressions.

func (p *parser) allowIn(f func() Node) Node {
	saved := p.ctx
	p.ctx &^= ctxFlagDisallowIn
	n := f()
	p.ctx = saved
	return n
}

func (p *parser) disallowIn(f func() Node) Node {
	saved := p.ctx
	p.ctx |= ctxFlagDisallowIn
	n := f()
	p.ctx = saved
	return n
}

func (p *parser) parseExpression() Node {
	saved := p.ctx
	p.ctx &^= ctxFlagDecorator
	pos := p.tokStart
	expr := p.parseAssignmentExpressionOrHigher(true)
	for p.tok == TComma {
		opPos := p.tokStart
		p.nextToken()
		b := p.binaries.alloc()
		b.kind, b.pos, b.Left, b.Op, b.OpPos = KindBinary, pos, expr, TComma, opPos
		b.Right = p.parseAssignmentExpressionOrHigher(true)
		p.finish(&b.nodeBase)
		expr = b
	}
	p.ctx = saved
	return expr
}

func (p *parser) isStartOfLeftHandSideExpression() bool {
	switch p.tok {
	case TThis, TSuper, TNull, TTrue, TFalse, TNumber, TBigInt, TString, TNoSubstTemplate, TTemplateHead,
		TOpenParen, TOpenBracket, TOpenBrace, TFunction, TClass, TNew, TSlash, TSlashEquals, TIdentifier:
		return true
	case TImport:
		return p.lookAhead(p.nextTokenIsOpenParenOrLessThanOrDot)
	}
	return p.isIdentifier()
}

func (p *parser) isStartOfExpression() bool {
	if p.isStartOfLeftHandSideExpression() {
		return true
	}
	switch p.tok {
	case TPlus, TMinus, TTilde, TExclamation, TDelete, TTypeof, TVoid, TPlusPlus, TMinusMinus, TLessThan,
		TAwait, TYield, TPrivateName, TAt:
		return true
	}
	if p.isBinaryOperator() {
		return true
	}
	return p.isIdentifier()
}

func (p *parser) isStartOfExpressionStatement() bool {
	return p.tok != TOpenBrace && p.tok != TFunction && p.tok != TClass && p.tok != TAt && p.isStartOfExpression()
}

func (p *parser) isBinaryOperator() bool {
	if p.inContext(ctxFlagDisallowIn) && p.tok == TIn {
		return false
	}
	return binaryPrecedence(p.tok) > 0
}

const (
	precComma = iota
	precSpread
	precYield
	precAssignment
	precConditional // also ??
	precLogicalOR
	precLogicalAND
	precBitwiseOR
	precBitwiseXOR
	precBitwiseAND
	precEquality
	precRelational
	precShift
	precAdditive
	precMultiplicative
	precExponentiation
)

func binaryPrecedence(t Token) int {
	switch t {
	case TQuestionQuestion:
		return precConditional
	case TBarBar:
		return precLogicalOR
	case TAmpersandAmpersand:
		return precLogicalAND
	case TBar:
		return precBitwiseOR
	case TCaret:
		return precBitwiseXOR
	case TAmpersand:
		return precBitwiseAND
	case TEqualsEquals, TExclamationEquals, TEqualsEqualsEquals, TExclamationEqualsEquals:
		return precEquality
	case TLessThan, TGreaterThan, TLessThanEquals, TGreaterThanEquals, TInstanceof, TIn, TAs, TSatisfies:
		return precRelational
	case TLessThanLessThan, TGreaterThanGreaterThan, TGreaterThanGreaterThanGreaterThan:
		return precShift
	case TPlus, TMinus:
		return precAdditive
	case TAsterisk, TSlash, TPercent:
		return precMultiplicative
	case TAsteriskAsterisk:
		return precExponentiation
	}
	return -1
}

func (p *parser) parseAssignmentExpressionOrHigher(allowReturnTypeInArrow bool) Node {
	if !p.enter() {
		p.leave()
		return p.tooDeep()
	}
	defer p.leave()
	if p.isYieldExpression() {
		return p.parseYieldExpression()
	}
	if arrow := p.tryParseParenthesizedArrowFunction(allowReturnTypeInArrow); arrow != nil {
		return arrow
	}
	if arrow := p.tryParseAsyncSimpleArrowFunction(allowReturnTypeInArrow); arrow != nil {
		return arrow
	}
	pos := p.tokStart
	expr := p.parseBinaryExpressionOrHigher(precComma)
	if id, ok := expr.(*Identifier); ok && p.tok == TEqualsGreaterThan {
		return p.parseSimpleArrowFunction(pos, id, allowReturnTypeInArrow, nil)
	}
	if isLeftHandSideExpression(expr) && p.reScanGreater().IsAssignment() {
		b := p.binaries.alloc()
		b.kind, b.pos, b.Left, b.Op, b.OpPos = KindBinary, pos, expr, p.tok, p.tokStart
		p.nextToken()
		b.Right = p.parseAssignmentExpressionOrHigher(allowReturnTypeInArrow)
		p.finish(&b.nodeBase)
		return b
	}
	return p.parseConditionalExpressionRest(expr, pos, allowReturnTypeInArrow)
}

func isLeftHandSideExpression(n Node) bool {
	switch n.Kind() {
	case KindPrefixUnary, KindPostfixUnary, KindBinary, KindConditional, KindArrowFunction, KindYieldExpr,
		KindAwaitExpr, KindAsExpr, KindSatisfiesExpr, KindTypeAssertion, KindSpreadElement, KindOmittedExpr:
		return false
	}
	return true
}

func (p *parser) isYieldExpression() bool {
	if p.tok != TYield {
		return false
	}
	if p.inContext(ctxFlagYield) {
		return true
	}
	return p.lookAhead(p.nextTokenIsIdentifierOrKeywordOrLiteralOnSameLine)
}

func (p *parser) nextTokenIsIdentifierOrKeywordOrLiteralOnSameLine() bool {
	p.nextToken()
	return (p.tok.isIdentifierOrKeyword() || p.tok == TNumber || p.tok == TBigInt || p.tok == TString) && !p.hasPrecedingLineBreak()
}

func (p *parser) parseYieldExpression() Node {
	n := &YieldExpr{}
	n.kind, n.pos = KindYieldExpr, p.tokStart
	p.nextToken()
	if !p.hasPrecedingLineBreak() && (p.tok == TAsterisk || p.isStartOfExpression()) {
		n.Asterisk = p.parseOptional(TAsterisk)
		n.Expr = p.parseAssignmentExpressionOrHigher(true)
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseConditionalExpressionRest(cond Node, pos int32, allowReturnTypeInArrow bool) Node {
	if p.tok != TQuestion {
		return cond
	}
	p.nextToken()
	n := p.arenaConditional.alloc()
	*n = Conditional{Cond: cond}
	n.kind, n.pos = KindConditional, pos
	saved := p.ctx
	p.ctx &^= ctxFlagDisallowIn
	n.WhenTrue = p.parseAssignmentExpressionOrHigher(false)
	p.ctx = saved
	if p.parseExpected(TColon) {
		n.WhenFalse = p.parseAssignmentExpressionOrHigher(allowReturnTypeInArrow)
	} else {
		n.WhenFalse = p.missingIdent()
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseBinaryExpressionOrHigher(prec int) Node {
	pos := p.tokStart
	left := p.parseUnaryExpressionOrHigher()
	return p.parseBinaryExpressionRest(prec, left, pos)
}

func (p *parser) parseBinaryExpressionRest(prec int, left Node, pos int32) Node {
	for {
		p.reScanGreater()
		newPrec := binaryPrecedence(p.tok)
		var consume bool
		if p.tok == TAsteriskAsterisk {
			consume = newPrec >= prec
		} else {
			consume = newPrec > prec
		}
		if !consume {
			break
		}
		if p.tok == TIn && p.inContext(ctxFlagDisallowIn) {
			break
		}
		if p.tok == TAs || p.tok == TSatisfies {
			if p.hasPrecedingLineBreak() {
				break
			}
			kw := p.tok
			p.nextToken()
			typ := p.parseType()
			if kw == TSatisfies {
				n := &SatisfiesExpr{Expr: left, Type: typ}
				n.kind, n.pos, n.end = KindSatisfiesExpr, pos, p.prevEnd()
				left = n
			} else {
				n := p.arenaAsExpr.alloc()
				*n = AsExpr{Expr: left, Type: typ}
				n.kind, n.pos, n.end = KindAsExpr, pos, p.prevEnd()
				left = n
			}
			continue
		}
		if !p.enter() {
			p.leave()
			return p.tooDeep()
		}
		b := p.binaries.alloc()
		b.kind, b.pos, b.Left, b.Op, b.OpPos = KindBinary, pos, left, p.tok, p.tokStart
		p.nextToken()
		b.Right = p.parseBinaryExpressionOrHigher(newPrec)
		p.finish(&b.nodeBase)
		p.leave()
		left = b
	}
	return left
}

func (p *parser) parseUnaryExpressionOrHigher() Node {
	if p.isUpdateExpression() {
		pos := p.tokStart
		expr := p.parseUpdateExpression()
		if p.tok == TAsteriskAsterisk {
			return p.parseBinaryExpressionRest(binaryPrecedence(p.tok), expr, pos)
		}
		return expr
	}
	op := p.tok
	expr := p.parseSimpleUnaryExpression()
	if p.tok == TAsteriskAsterisk {
		if expr.Kind() == KindTypeAssertion {
			p.errorAtRange(expr.Pos(), expr.End(), diag.TypeAssertionLeftOfExponent)
		} else {
			p.errorAtRange(expr.Pos(), expr.End(), diag.UnaryLeftOfExponent, op.String())
		}
	}
	return expr
}

func (p *parser) isUpdateExpression() bool {
	switch p.tok {
	case TPlus, TMinus, TTilde, TExclamation, TDelete, TTypeof, TVoid, TAwait:
		return false
	case TLessThan:
		return p.dialect == DialectTSX || p.dialect == DialectJS
	}
	return true
}

func (p *parser) parseSimpleUnaryExpression() Node {
	if !p.enter() {
		p.leave()
		return p.tooDeep()
	}
	defer p.leave()
	switch p.tok {
	case TPlus, TMinus, TTilde, TExclamation, TDelete, TTypeof, TVoid:
		n := p.arenaPrefixUnary.alloc()
		*n = PrefixUnary{Op: p.tok}
		n.kind, n.pos = KindPrefixUnary, p.tokStart
		p.nextToken()
		n.Operand = p.parseSimpleUnaryExpression()
		p.finish(&n.nodeBase)
		return n
	case TLessThan:
		if p.dialect != DialectJS {
			return p.parseTypeAssertion()
		}
	case TAwait:
		if p.isAwaitExpression() {
			n := &AwaitExpr{}
			n.kind, n.pos = KindAwaitExpr, p.tokStart
			p.nextToken()
			n.Expr = p.parseSimpleUnaryExpression()
			p.finish(&n.nodeBase)
			return n
		}
	}
	return p.parseUpdateExpression()
}

func (p *parser) isAwaitExpression() bool {
	if p.tok != TAwait {
		return false
	}
	if p.inContext(ctxFlagAwait) {
		return true
	}
	return p.lookAhead(p.nextTokenIsIdentifierOrKeywordOrLiteralOnSameLine)
}

func (p *parser) parseTypeAssertion() Node {
	n := &TypeAssertion{}
	n.kind, n.pos = KindTypeAssertion, p.tokStart
	p.parseExpected(TLessThan)
	n.Type = p.parseType()
	p.parseExpected(TGreaterThan)
	n.Expr = p.parseSimpleUnaryExpression()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseUpdateExpression() Node {
	if p.tok == TPlusPlus || p.tok == TMinusMinus {
		n := p.arenaPrefixUnary.alloc()
		*n = PrefixUnary{Op: p.tok}
		n.kind, n.pos = KindPrefixUnary, p.tokStart
		p.nextToken()
		n.Operand = p.parseLeftHandSideExpressionOrHigher()
		p.finish(&n.nodeBase)
		return n
	}
	pos := p.tokStart
	expr := p.parseLeftHandSideExpressionOrHigher()
	if (p.tok == TPlusPlus || p.tok == TMinusMinus) && !p.hasPrecedingLineBreak() {
		n := &PostfixUnary{Op: p.tok, Operand: expr}
		n.kind, n.pos = KindPostfixUnary, pos
		p.nextToken()
		p.finish(&n.nodeBase)
		return n
	}
	return expr
}

func (p *parser) parseLeftHandSideExpressionOrHigher() Node {
	pos := p.tokStart
	var expr Node
	if p.tok == TImport {
		if p.lookAhead(func() bool { t := p.nextToken(); return t == TOpenParen || t == TLessThan }) {
			k := p.arenaKeywordExpr.alloc()
			k.kind, k.pos, k.end = KindImportKeyword, p.tokStart, p.pos
			p.nextToken()
			expr = k
		} else if p.lookAhead(func() bool { return p.nextToken() == TDot }) {
			p.nextToken()
			p.nextToken()
			p.sawImportMeta = true
			m := &MetaProperty{Keyword: TImport}
			m.kind, m.pos = KindMetaProperty, pos
			m.Name = p.parseIdentifierName(nil)
			p.finish(&m.nodeBase)
			expr = p.parseMemberExpressionRest(pos, m, true)
		} else {
			expr = p.parseMemberExpressionOrHigher()
		}
	} else if p.tok == TSuper {
		expr = p.parseSuperExpression()
	} else {
		expr = p.parseMemberExpressionOrHigher()
	}
	return p.parseCallExpressionRest(pos, expr)
}

func (p *parser) parseSuperExpression() Node {
	pos := p.tokStart
	k := p.arenaKeywordExpr.alloc()
	k.kind, k.pos, k.end = KindSuperKeyword, p.tokStart, p.pos
	p.nextToken()
	var expr Node = k
	if p.tok == TLessThan || p.tok == TLessThanLessThan {
		start := p.tokStart
		if args := p.tryParseTypeArgumentsInExpression(); args != nil {
			p.errorAtRange(start, p.prevEnd(), diag.SuperNoTypeArguments)
			e := p.arenaExprWithTypeArgs.alloc()
			*e = ExprWithTypeArgs{Expr: k, TypeArgs: args}
			e.kind, e.pos, e.end = KindExprWithTypeArgs, pos, p.prevEnd()
			expr = e
		}
	}
	if p.tok == TOpenParen || p.tok == TDot || p.tok == TOpenBracket {
		return expr
	}
	// super must be followed by a call or a member access.
	p.parseExpectedMsg(TDot, diag.SuperMustBeFollowed)
	pa := p.props.alloc()
	pa.kind, pa.pos, pa.Expr = KindPropertyAccess, pos, expr
	pa.Name = p.parseRightSideOfDot(true, true)
	p.finish(&pa.nodeBase)
	return pa
}

func (p *parser) parseMemberExpressionOrHigher() Node {
	pos := p.tokStart
	expr := p.parsePrimaryExpression()
	return p.parseMemberExpressionRest(pos, expr, true)
}

func (p *parser) isStartOfOptionalPropertyOrElementAccessChain() bool {
	return p.tok == TQuestionDot && p.lookAhead(func() bool {
		t := p.nextToken()
		return t.isIdentifierOrKeyword() || t == TOpenBracket || t == TNoSubstTemplate || t == TTemplateHead || t == TPrivateName
	})
}

func (p *parser) parseMemberExpressionRest(pos int32, expr Node, allowOptionalChain bool) Node {
	for {
		questionDot := false
		isPropertyAccess := false
		if allowOptionalChain && p.isStartOfOptionalPropertyOrElementAccessChain() {
			p.nextToken()
			questionDot = true
			isPropertyAccess = p.tok.isIdentifierOrKeyword() || p.tok == TPrivateName
		} else {
			isPropertyAccess = p.parseOptional(TDot)
		}
		if isPropertyAccess {
			pa := p.props.alloc()
			pa.kind, pa.pos, pa.Expr, pa.QuestionDot = KindPropertyAccess, pos, expr, questionDot
			pa.Name = p.parseRightSideOfDot(true, true)
			p.finish(&pa.nodeBase)
			expr = pa
			continue
		}
		if (questionDot || !p.inContext(ctxFlagDecorator)) && p.parseOptional(TOpenBracket) {
			ea := p.arenaElementAccess.alloc()
			*ea = ElementAccess{Expr: expr, QuestionDot: questionDot}
			ea.kind, ea.pos = KindElementAccess, pos
			if p.tok == TCloseBracket {
				p.errorAtRange(p.fullStart, p.fullStart, diag.ElementAccessNeedsArgument)
				ea.Index = p.missingIdent()
			} else {
				ea.Index = p.allowIn(p.parseExpression)
			}
			p.parseExpected(TCloseBracket)
			p.finish(&ea.nodeBase)
			expr = ea
			continue
		}
		if p.tok == TNoSubstTemplate || p.tok == TTemplateHead {
			if e, ok := expr.(*ExprWithTypeArgs); ok && !questionDot {
				expr = p.parseTaggedTemplateRest(pos, e.Expr, questionDot, e.TypeArgs)
			} else {
				expr = p.parseTaggedTemplateRest(pos, expr, questionDot, nil)
			}
			continue
		}
		if !questionDot {
			if p.tok == TExclamation && !p.hasPrecedingLineBreak() {
				p.nextToken()
				nn := p.arenaNonNullExpr.alloc()
				*nn = NonNullExpr{Expr: expr}
				nn.kind, nn.pos, nn.end = KindNonNullExpr, pos, p.prevEnd()
				expr = nn
				continue
			}
			if p.tok == TLessThan || p.tok == TLessThanLessThan {
				if args := p.tryParseTypeArgumentsInExpression(); args != nil {
					e := p.arenaExprWithTypeArgs.alloc()
					*e = ExprWithTypeArgs{Expr: expr, TypeArgs: args}
					e.kind, e.pos, e.end = KindExprWithTypeArgs, pos, p.prevEnd()
					expr = e
					continue
				}
			}
		}
		return expr
	}
}

func (p *parser) parseTaggedTemplateRest(pos int32, tag Node, questionDot bool, typeArgs []Node) Node {
	n := &TaggedTemplate{Tag: tag, TypeArgs: typeArgs}
	n.kind, n.pos = KindTaggedTemplate, pos
	if p.tok == TNoSubstTemplate {
		n.Template = p.parseTemplatePart(KindNoSubstitutionTemplate)
	} else {
		n.Template = p.parseTemplateExpression()
	}
	if questionDot {
		p.errorAtRange(pos, p.prevEnd(), diag.OptionalChainTemplateNotAllowed)
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseTemplatePart(kind Kind) *TemplatePart {
	n := p.arenaTemplatePart.alloc()
	*n = TemplatePart{Text: p.value, Invalid: p.flags&flagInvalidEscape != 0}
	n.kind, n.pos, n.end = kind, p.tokStart, p.pos
	p.nextToken()
	return n
}

func (p *parser) parseTemplateExpression() Node {
	n := &TemplateExpression{}
	n.kind, n.pos = KindTemplateExpression, p.tokStart
	n.Head = p.parseTemplatePart(KindTemplateHead)
	for {
		s := p.arenaTemplateSpan.alloc()
		s.kind, s.pos = KindTemplateSpan, p.tokStart
		s.Expr = p.allowIn(p.parseExpression)
		s.Literal = p.parseTemplateSpanLiteral()
		p.finish(&s.nodeBase)
		n.Spans = append(n.Spans, s)
		if s.Literal.kind != KindTemplateMiddle {
			break
		}
	}
	p.finish(&n.nodeBase)
	return n
}

// parseTemplateSpanLiteral reads the text after ${…}: a middle or a tail,
// or a missing tail with "'}' expected.".
func (p *parser) parseTemplateSpanLiteral() *TemplatePart {
	if p.tok == TCloseBrace {
		p.reScanTemplate()
		if p.tok == TTemplateMiddle {
			return p.parseTemplatePart(KindTemplateMiddle)
		}
		return p.parseTemplatePart(KindTemplateTail)
	}
	p.errorAtCurrent(diag.XExpected, "}")
	n := p.arenaTemplatePart.alloc()
	n.kind, n.pos, n.end = KindTemplateTail, p.fullStart, p.fullStart
	return n
}

func (p *parser) parseRightSideOfDot(allowIdentifierNames, allowPrivate bool) Node {
	if p.hasPrecedingLineBreak() && p.tok.isIdentifierOrKeyword() {
		if p.lookAhead(p.nextTokenIsIdentifierOrKeywordOnSameLine) {
			p.errorAt(p.fullStart, 0, diag.IdentifierExpected)
			return p.missingIdent()
		}
	}
	if p.tok == TPrivateName {
		n := p.parsePrivateIdentifier()
		if !allowPrivate {
			p.errorAtRange(n.Pos(), n.End(), diag.IdentifierExpected)
		}
		return n
	}
	if allowIdentifierNames {
		return p.parseIdentifierName(nil)
	}
	return p.parseIdentifier(nil)
}

func (p *parser) parseCallExpressionRest(pos int32, expr Node) Node {
	for {
		expr = p.parseMemberExpressionRest(pos, expr, true)
		var typeArgs []Node
		questionDot := p.parseOptional(TQuestionDot)
		if questionDot {
			if p.tok == TLessThan || p.tok == TLessThanLessThan {
				typeArgs = p.tryParseTypeArgumentsInExpression()
			}
			if p.tok == TNoSubstTemplate || p.tok == TTemplateHead {
				expr = p.parseTaggedTemplateRest(pos, expr, true, typeArgs)
				continue
			}
		}
		if typeArgs != nil || p.tok == TOpenParen {
			if e, ok := expr.(*ExprWithTypeArgs); ok && !questionDot {
				typeArgs = e.TypeArgs
				expr = e.Expr
			}
			c := p.calls.alloc()
			c.kind, c.pos, c.Expr, c.QuestionDot, c.TypeArgs = KindCall, pos, expr, questionDot, typeArgs
			c.Args = p.parseArgumentList()
			p.finish(&c.nodeBase)
			expr = c
			continue
		}
		if questionDot {
			p.errorAtCurrent(diag.IdentifierExpected)
			pa := p.props.alloc()
			pa.kind, pa.pos, pa.Expr, pa.QuestionDot = KindPropertyAccess, pos, expr, true
			pa.Name = p.missingIdent()
			p.finish(&pa.nodeBase)
			expr = pa
		}
		return expr
	}
}

func (p *parser) parseArgumentList() []Node {
	p.parseExpected(TOpenParen)
	saved := p.ctx
	p.ctx &^= ctxFlagDisallowIn | ctxFlagDecorator
	args, _ := p.parseDelimitedList(ctxArgumentExpressions, p.parseArgumentOrArrayLiteralElement, false)
	p.ctx = saved
	p.parseExpected(TCloseParen)
	if args == nil {
		args = []Node{}
	}
	return args
}

func (p *parser) parseArgumentOrArrayLiteralElement() Node {
	if p.tok == TDotDotDot {
		n := p.arenaSpreadElement.alloc()
		n.kind, n.pos = KindSpreadElement, p.tokStart
		p.nextToken()
		n.Expr = p.parseAssignmentExpressionOrHigher(true)
		p.finish(&n.nodeBase)
		return n
	}
	if p.tok == TComma {
		n := &OmittedExpr{}
		n.kind, n.pos, n.end = KindOmittedExpr, p.tokStart, p.tokStart
		return n
	}
	return p.parseAssignmentExpressionOrHigher(true)
}

// tryParseTypeArgumentsInExpression speculatively reads <T, U> after an
// expression, keeping it only when what follows makes the type-argument
// reading the likely one (tsc's canFollowTypeArgumentsInExpression).
func (p *parser) tryParseTypeArgumentsInExpression() []Node {
	if p.dialect == DialectJS {
		return nil
	}
	var args []Node
	if p.unclosedTypeArgs[p.tokStart] {
		return nil
	}
	p.speculate(func() bool {
		if p.reScanLessThan() != TLessThan {
			return false
		}
		open := p.tokStart
		p.nextToken()
		list, _ := p.parseDelimitedList(ctxTypeArguments, p.parseType, false)
		if p.reScanGreater() != TGreaterThan {
			p.markUnclosedTypeArgs(open)
			return false
		}
		p.nextToken()
		if !p.canFollowTypeArgumentsInExpression() {
			return false
		}
		if list == nil {
			list = []Node{}
		}
		args = list
		return true
	})
	return args
}

func (p *parser) canFollowTypeArgumentsInExpression() bool {
	switch p.tok {
	case TOpenParen, TNoSubstTemplate, TTemplateHead:
		return true
	case TLessThan, TGreaterThan, TPlus, TMinus:
		return false
	}
	return p.hasPrecedingLineBreak() || p.isBinaryOperator() || !p.isStartOfExpression()
}

func (p *parser) parsePrimaryExpression() Node {
	switch p.tok {
	case TNumber:
		n := p.arenaNumericLiteral.alloc()
		*n = NumericLiteral{Text: p.value}
		n.kind, n.pos, n.end = KindNumericLiteral, p.tokStart, p.pos
		p.nextToken()
		return n
	case TBigInt:
		n := &BigIntLiteral{Text: p.value}
		n.kind, n.pos, n.end = KindBigIntLiteral, p.tokStart, p.pos
		p.nextToken()
		return n
	case TString:
		return p.parseStringLiteral()
	case TNoSubstTemplate:
		return p.parseTemplatePart(KindNoSubstitutionTemplate)
	case TThis, TSuper, TNull, TTrue, TFalse:
		n := p.arenaKeywordExpr.alloc()
		n.kind, n.pos, n.end = keywordExprKind(p.tok), p.tokStart, p.pos
		p.nextToken()
		return n
	case TOpenParen:
		n := p.arenaParenExpr.alloc()
		n.kind, n.pos = KindParenExpr, p.tokStart
		p.nextToken()
		n.Expr = p.allowIn(p.parseExpression)
		p.parseExpected(TCloseParen)
		p.finish(&n.nodeBase)
		return n
	case TOpenBracket:
		return p.parseArrayLiteral()
	case TOpenBrace:
		return p.parseObjectLiteral()
	case TAsync:
		if p.lookAhead(func() bool { p.nextToken(); return p.tok == TFunction && !p.hasPrecedingLineBreak() }) {
			return p.parseFunctionExpression()
		}
	case TAt:
		pos := p.tokStart
		mods := p.parseModifiers(true, false, false)
		if p.tok == TClass {
			return p.parseClass(pos, mods, KindClassExpression)
		}
		p.errorAt(p.fullStart, 0, diag.ExpressionExpected)
		n := &MissingDeclaration{Modifiers: mods}
		n.kind, n.pos, n.end = KindMissingDeclaration, pos, p.prevEnd()
		return n
	case TClass:
		return p.parseClass(p.tokStart, nil, KindClassExpression)
	case TFunction:
		return p.parseFunctionExpression()
	case TNew:
		return p.parseNewExpression()
	case TSlash, TSlashEquals:
		if p.reScanSlash() == TRegExp {
			n := &RegExpLiteral{Text: p.value}
			n.kind, n.pos, n.end = KindRegExpLiteral, p.tokStart, p.pos
			p.nextToken()
			return n
		}
	case TTemplateHead:
		return p.parseTemplateExpression()
	case TPrivateName:
		return p.parsePrivateIdentifier()
	}
	return p.parseIdentifier(diag.ExpressionExpected)
}

func keywordExprKind(t Token) Kind {
	switch t {
	case TThis:
		return KindThisKeyword
	case TSuper:
		return KindSuperKeyword
	case TNull:
		return KindNullKeyword
	case TTrue:
		return KindTrueKeyword
	}
	return KindFalseKeyword
}

func (p *parser) parseArrayLiteral() Node {
	n := p.arenaArrayLiteral.alloc()
	n.kind, n.pos = KindArrayLiteral, p.tokStart
	p.nextToken()
	saved := p.ctx
	p.ctx &^= ctxFlagDisallowIn
	n.Elements, _ = p.parseDelimitedList(ctxArrayLiteralMembers, p.parseArgumentOrArrayLiteralElement, false)
	p.ctx = saved
	p.parseExpected(TCloseBracket)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseObjectLiteral() Node {
	n := p.arenaObjectLiteral.alloc()
	n.kind, n.pos = KindObjectLiteral, p.tokStart
	p.nextToken()
	saved := p.ctx
	p.ctx &^= ctxFlagDisallowIn
	n.Properties, _ = p.parseDelimitedList(ctxObjectLiteralMembers, p.parseObjectLiteralElement, true)
	p.ctx = saved
	p.parseExpected(TCloseBrace)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseObjectLiteralElement() Node {
	pos := p.tokStart
	if p.tok == TDotDotDot {
		n := &SpreadAssignment{}
		n.kind, n.pos = KindSpreadAssignment, pos
		p.nextToken()
		n.Expr = p.parseAssignmentExpressionOrHigher(true)
		p.finish(&n.nodeBase)
		return n
	}
	mods := p.parseModifiers(true, false, false)
	if p.parseContextualModifier(TGet) {
		return p.parseAccessor(pos, mods, KindGetAccessor, false)
	}
	if p.parseContextualModifier(TSet) {
		return p.parseAccessor(pos, mods, KindSetAccessor, false)
	}
	asterisk := p.parseOptional(TAsterisk)
	isIdent := p.isIdentifier()
	name := p.parsePropertyName()
	question := p.parseOptional(TQuestion)
	exclaim := p.parseOptional(TExclamation)
	if asterisk || p.tok == TOpenParen || p.tok == TLessThan {
		return p.parseMethodDeclaration(pos, mods, asterisk, name, question, exclaim)
	}
	if isIdent && p.tok != TColon {
		n := p.arenaShorthandPropertyAssignment.alloc()
		*n = ShorthandPropertyAssignment{Name: name.(*Identifier)}
		n.kind, n.pos = KindShorthandPropertyAssignment, pos
		if p.parseOptional(TEquals) {
			n.Init = p.allowIn(func() Node { return p.parseAssignmentExpressionOrHigher(true) })
		}
		p.finish(&n.nodeBase)
		return n
	}
	n := p.arenaPropertyAssignment.alloc()
	*n = PropertyAssignment{Modifiers: mods, Name: name, Question: question}
	n.kind, n.pos = KindPropertyAssignment, pos
	p.parseExpected(TColon)
	n.Init = p.allowIn(func() Node { return p.parseAssignmentExpressionOrHigher(true) })
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parsePropertyName() Node {
	switch p.tok {
	case TString:
		return p.parseStringLiteral()
	case TNumber:
		n := p.arenaNumericLiteral.alloc()
		*n = NumericLiteral{Text: p.value}
		n.kind, n.pos, n.end = KindNumericLiteral, p.tokStart, p.pos
		p.nextToken()
		return n
	case TBigInt:
		n := &BigIntLiteral{Text: p.value}
		n.kind, n.pos, n.end = KindBigIntLiteral, p.tokStart, p.pos
		p.nextToken()
		return n
	case TOpenBracket:
		n := &ComputedPropertyName{}
		n.kind, n.pos = KindComputedPropertyName, p.tokStart
		p.nextToken()
		n.Expr = p.allowIn(p.parseExpression)
		p.parseExpected(TCloseBracket)
		p.finish(&n.nodeBase)
		return n
	case TPrivateName:
		return p.parsePrivateIdentifier()
	}
	return p.parseIdentifierName(nil)
}

func (p *parser) parseFunctionExpression() Node {
	n := p.arenaFunction.alloc()
	n.kind, n.pos = KindFunctionExpression, p.tokStart
	saved := p.ctx
	p.ctx &^= ctxFlagDecorator
	n.Modifiers = p.parseModifiers(false, false, false)
	p.parseExpected(TFunction)
	n.Asterisk = p.parseOptional(TAsterisk)
	isAsync := n.Modifiers.Has(ModAsync)
	// The name of a generator/async function expression is bound in its
	// own context.
	p.setContext(ctxFlagYield, n.Asterisk)
	p.setContext(ctxFlagAwait, isAsync)
	if p.isBindingIdentifier() {
		n.Name = p.parseBindingIdentifier()
	}
	n.TypeParams = p.parseTypeParameters()
	n.Params = p.parseParameters(n.Asterisk, isAsync)
	n.Type = p.parseReturnType(TColon, false)
	n.Body = p.parseFunctionBlock(n.Asterisk, isAsync, false, nil)
	p.ctx = saved
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseNewExpression() Node {
	pos := p.tokStart
	p.nextToken()
	if p.parseOptional(TDot) {
		m := &MetaProperty{Keyword: TNew}
		m.kind, m.pos = KindMetaProperty, pos
		m.Name = p.parseIdentifierName(nil)
		p.finish(&m.nodeBase)
		return m
	}
	exprPos := p.tokStart
	expr := p.parseMemberExpressionRest(exprPos, p.parsePrimaryExpression(), false)
	n := &New{}
	n.kind, n.pos = KindNew, pos
	if e, ok := expr.(*ExprWithTypeArgs); ok {
		n.TypeArgs = e.TypeArgs
		expr = e.Expr
	}
	n.Expr = expr
	if p.tok == TQuestionDot {
		p.errorAtCurrent(diag.OptionalChainNoNew, p.src[expr.Pos():expr.End()])
	}
	if p.tok == TOpenParen {
		n.HasArgs = true
		n.Args = p.parseArgumentList()
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseDecoratorExpression() Node {
	saved := p.ctx
	p.ctx |= ctxFlagDecorator
	defer func() { p.ctx = saved }()
	if p.inContext(ctxFlagAwait) && p.tok == TAwait {
		pos := p.tokStart
		id := p.createIdentifier(true, nil)
		expr := p.parseMemberExpressionRest(pos, id, true)
		return p.parseCallExpressionRest(pos, expr)
	}
	return p.parseLeftHandSideExpressionOrHigher()
}

// ---- Arrow functions ----

type tristate uint8

const (
	triFalse tristate = iota
	triTrue
	triUnknown
)

func (p *parser) tryParseParenthesizedArrowFunction(allowReturnType bool) Node {
	tri := p.isParenthesizedArrowFunction()
	if tri == triFalse {
		return nil
	}
	if tri == triTrue {
		return p.parseParenthesizedArrowFunction(true, true)
	}
	start := p.tokStart
	if p.notArrow[start] {
		return nil
	}
	var result Node
	p.speculate(func() bool {
		result = p.parseParenthesizedArrowFunction(false, allowReturnType)
		return result != nil
	})
	if result == nil {
		if p.notArrow == nil {
			p.notArrow = map[int32]bool{}
		}
		p.notArrow[start] = true
	}
	return result
}

func (p *parser) isParenthesizedArrowFunction() tristate {
	if p.tok == TOpenParen || p.tok == TLessThan || p.tok == TAsync {
		st := p.save()
		ctx := p.ctx
		r := p.isParenthesizedArrowFunctionWorker()
		p.restore(st)
		p.ctx = ctx
		return r
	}
	if p.tok == TEqualsGreaterThan {
		return triTrue
	}
	return triFalse
}

func (p *parser) isParenthesizedArrowFunctionWorker() tristate {
	if p.tok == TAsync {
		p.nextToken()
		if p.hasPrecedingLineBreak() {
			return triFalse
		}
		if p.tok != TOpenParen && p.tok != TLessThan {
			return triFalse
		}
	}
	first := p.tok
	second := p.nextToken()
	if first == TOpenParen {
		if second == TCloseParen {
			switch p.nextToken() {
			case TEqualsGreaterThan, TColon, TOpenBrace:
				return triTrue
			}
			return triFalse
		}
		if second == TOpenBracket || second == TOpenBrace {
			return triUnknown
		}
		if second == TDotDotDot {
			return triTrue
		}
		if isModifierKind(second) && second != TAsync && p.lookAhead(p.nextTokenIsIdentifier) {
			if p.nextToken() == TAs {
				return triFalse
			}
			return triTrue
		}
		if !p.isIdentifier() && second != TThis {
			return triFalse
		}
		switch p.nextToken() {
		case TColon:
			return triTrue
		case TQuestion:
			p.nextToken()
			if p.tok == TColon || p.tok == TComma || p.tok == TEquals || p.tok == TCloseParen {
				return triTrue
			}
			return triFalse
		case TComma, TEquals, TCloseParen:
			return triUnknown
		}
		return triFalse
	}
	if !p.isIdentifier() && p.tok != TConst {
		return triFalse
	}
	return triUnknown
}

func (p *parser) parseParenthesizedArrowFunction(allowAmbiguity, allowReturnType bool) Node {
	n := p.arenaFunction.alloc()
	n.kind, n.pos = KindArrowFunction, p.tokStart
	if p.tok == TAsync {
		n.Modifiers = &Modifiers{List: []Modifier{{Token: TAsync, Pos: p.tokStart, End: p.pos}}, Flags: ModAsync}
		p.nextToken()
	}
	isAsync := n.Modifiers.Has(ModAsync)
	n.TypeParams = p.parseTypeParameters()
	if !p.parseExpected(TOpenParen) {
		if !allowAmbiguity {
			return nil
		}
	} else {
		saved := p.ctx
		p.setContext(ctxFlagYield, false)
		p.setContext(ctxFlagAwait, isAsync)
		params, ok := p.parseParameterListWorker(allowAmbiguity)
		p.ctx = saved
		if !ok && !allowAmbiguity {
			return nil
		}
		n.Params = params
		if !p.parseExpected(TCloseParen) && !allowAmbiguity {
			return nil
		}
	}
	hasReturnColon := p.tok == TColon
	n.Type = p.parseReturnType(TColon, false)
	if n.Type != nil && !allowAmbiguity && typeHasArrowFunctionBlockingParseError(n.Type) {
		return nil
	}
	if !allowAmbiguity && p.tok != TEqualsGreaterThan && p.tok != TOpenBrace {
		return nil
	}
	last := p.tok
	p.parseExpected(TEqualsGreaterThan)
	if last == TEqualsGreaterThan || last == TOpenBrace {
		n.Body = p.parseArrowFunctionBody(isAsync, allowReturnType)
	} else {
		n.Body = p.parseIdentifier(nil)
	}
	if !allowReturnType && hasReturnColon && p.tok != TColon {
		return nil
	}
	p.finish(&n.nodeBase)
	return n
}

func typeHasArrowFunctionBlockingParseError(t Node) bool {
	switch t := t.(type) {
	case *TypeReference:
		return isMissing(t.Name)
	case *Signature:
		if t.kind != KindFunctionType && t.kind != KindConstructorType {
			return false
		}
		for _, prm := range t.Params {
			if prm.Init != nil || isMissing(prm.Name) {
				return true
			}
		}
		return t.Type != nil && typeHasArrowFunctionBlockingParseError(t.Type)
	case *ParenthesizedType:
		return typeHasArrowFunctionBlockingParseError(t.Type)
	}
	return false
}

func (p *parser) parseArrowFunctionBody(isAsync, allowReturnType bool) Node {
	if p.tok == TOpenBrace {
		return p.parseFunctionBlock(false, isAsync, false, nil)
	}
	if p.tok != TSemicolon && p.tok != TFunction && p.tok != TClass && p.isStartOfStatement() && !p.isStartOfExpressionStatement() {
		return p.parseFunctionBlock(false, isAsync, true, nil)
	}
	saved := p.ctx
	p.setContext(ctxFlagAwait, isAsync)
	n := p.parseAssignmentExpressionOrHigher(allowReturnType)
	p.ctx = saved
	return n
}

func (p *parser) tryParseAsyncSimpleArrowFunction(allowReturnType bool) Node {
	if p.tok != TAsync {
		return nil
	}
	// `async x =>`: tsc parses a whole binary expression after `async` to
	// see whether it is a lone identifier followed by '=>'. That is the same
	// as looking at two tokens, without the exponential cost of nested
	// `async (async (…` lookaheads.
	ok := p.lookAhead(func() bool {
		p.nextToken()
		if p.hasPrecedingLineBreak() || p.tok == TEqualsGreaterThan || !p.isIdentifier() {
			return false
		}
		p.nextToken()
		return p.tok == TEqualsGreaterThan && !p.hasPrecedingLineBreak()
	})
	if !ok {
		return nil
	}
	pos := p.tokStart
	mods := &Modifiers{List: []Modifier{{Token: TAsync, Pos: p.tokStart, End: p.pos}}, Flags: ModAsync}
	p.nextToken()
	id := p.parseIdentifier(nil)
	return p.parseSimpleArrowFunction(pos, id, allowReturnType, mods)
}

func (p *parser) parseSimpleArrowFunction(pos int32, id *Identifier, allowReturnType bool, mods *Modifiers) Node {
	n := p.arenaFunction.alloc()
	*n = Function{Modifiers: mods}
	n.kind, n.pos = KindArrowFunction, pos
	prm := p.params.alloc()
	prm.kind, prm.pos, prm.end, prm.Name = KindParameter, id.pos, id.end, id
	n.Params = []*Parameter{prm}
	p.parseExpected(TEqualsGreaterThan)
	n.Body = p.parseArrowFunctionBody(mods.Has(ModAsync), allowReturnType)
	p.finish(&n.nodeBase)
	return n
}

// ---- Parameters ----

func (p *parser) isStartOfParameter() bool {
	return p.tok == TDotDotDot || p.isBindingIdentifierOrPrivateIdentifierOrPattern() || isModifierKind(p.tok) ||
		p.tok == TAt || p.isStartOfType(true)
}

func (p *parser) parseParameters(yield, await bool) []*Parameter {
	if !p.parseExpected(TOpenParen) {
		return nil
	}
	saved := p.ctx
	p.setContext(ctxFlagYield, yield)
	p.setContext(ctxFlagAwait, await)
	params, _ := p.parseParameterListWorker(true)
	p.ctx = saved
	p.parseExpected(TCloseParen)
	return params
}

// parseParameterList parses parameters up to a terminator, in the current
// context (index signatures).
func (p *parser) parseParameterList() []*Parameter {
	params, _ := p.parseParameterListWorker(true)
	return params
}

func (p *parser) parseParameterListWorker(allowAmbiguity bool) ([]*Parameter, bool) {
	params, ok := parseDelimitedAs[*Parameter](p, ctxParameters, func() Node {
		prm := p.parseParameter(allowAmbiguity)
		if prm == nil {
			return nil
		}
		return prm
	}, false)
	if !ok {
		return nil, false
	}
	return params, true
}

func (p *parser) parseParameter(allowAmbiguity bool) *Parameter {
	pos := p.tokStart
	mods := p.parseModifiers(true, false, false)
	n := p.params.alloc()
	n.kind, n.pos, n.Modifiers = KindParameter, pos, mods
	if p.tok == TThis {
		id := p.createIdentifier(true, nil)
		n.Name = id
		n.Type = p.parseTypeAnnotation()
		p.finish(&n.nodeBase)
		return n
	}
	n.DotDotDot = p.parseOptional(TDotDotDot)
	if !allowAmbiguity && !(p.isBindingIdentifier() || p.tok == TOpenBracket || p.tok == TOpenBrace) {
		return nil
	}
	n.Name = p.parseIdentifierOrPattern()
	if isMissing(n.Name) && mods == nil && isModifierKind(p.tok) {
		// `(public)` and friends: take the modifier as the name.
		p.nextToken()
	}
	n.Question = p.parseOptional(TQuestion)
	n.Type = p.parseTypeAnnotation()
	n.Init = p.parseInitializer()
	p.finish(&n.nodeBase)
	return n
}

// parseReturnType parses `: T` (or `=> T` for function types).
func (p *parser) parseReturnType(returnToken Token, isType bool) Node {
	if returnToken == TEqualsGreaterThan {
		p.parseExpected(TEqualsGreaterThan)
	} else if !p.parseOptional(TColon) {
		if isType && p.tok == TEqualsGreaterThan {
			p.errorAtCurrent(diag.XExpected, ":")
			p.nextToken()
		} else {
			return nil
		}
	}
	return p.withConditionalTypes(true, p.parseTypeOrTypePredicate)
}
