package syntax

import "github.com/tsrun-dev/tsrun/diag"

// Types.

func (p *parser) isStartOfType(inStartOfParameter bool) bool {
	switch p.tok {
	case TAny, TUnknownKw, TStringKw, TNumberKw, TBigIntKw, TBoolean, TReadonly, TSymbol, TUnique, TVoid,
		TUndefined, TNull, TThis, TTypeof, TNever, TOpenBrace, TOpenBracket, TLessThan, TBar, TAmpersand,
		TNew, TString, TNumber, TBigInt, TTrue, TFalse, TObject, TAsterisk, TQuestion, TExclamation,
		TDotDotDot, TInfer, TImport, TAsserts, TNoSubstTemplate, TTemplateHead:
		return true
	case TFunction:
		return !inStartOfParameter
	case TMinus:
		return !inStartOfParameter && p.lookAhead(func() bool { t := p.nextToken(); return t == TNumber || t == TBigInt })
	case TOpenParen:
		return !inStartOfParameter && p.lookAhead(func() bool {
			p.nextToken()
			return p.tok == TCloseParen || p.isStartOfParameter() || p.isStartOfType(false)
		})
	}
	return p.isIdentifier()
}

func (p *parser) parseType() Node {
	if !p.enter() {
		p.leave()
		return p.tooDeep()
	}
	defer p.leave()
	saved := p.ctx
	p.ctx &^= ctxFlagYield | ctxFlagAwait
	defer func() { p.ctx = saved }()
	if p.isStartOfFunctionTypeOrConstructorType() {
		return p.parseFunctionOrConstructorType()
	}
	pos := p.tokStart
	t := p.parseUnionTypeOrHigher()
	if !p.inContext(ctxFlagDisallowConditionalTypes) && !p.hasPrecedingLineBreak() && p.parseOptional(TExtends) {
		n := p.arenaConditionalType.alloc()
		*n = ConditionalType{Check: t}
		n.kind, n.pos = KindConditionalType, pos
		p.ctx |= ctxFlagDisallowConditionalTypes
		n.Extends = p.parseType()
		p.ctx &^= ctxFlagDisallowConditionalTypes
		p.parseExpected(TQuestion)
		n.True = p.parseType()
		p.parseExpected(TColon)
		n.False = p.parseType()
		p.finish(&n.nodeBase)
		return n
	}
	return t
}

// parseTypeNoConditional parses a type where `extends` may not start a
// conditional type (constraints of infer, extends clauses of conditionals).
func (p *parser) withConditionalTypes(allowed bool, f func() Node) Node {
	saved := p.ctx
	p.setContext(ctxFlagDisallowConditionalTypes, !allowed)
	n := f()
	p.ctx = saved
	return n
}

func (p *parser) isStartOfFunctionTypeOrConstructorType() bool {
	if p.tok == TLessThan {
		return true
	}
	if p.tok == TOpenParen && p.lookAhead(p.isUnambiguouslyStartOfFunctionType) {
		return true
	}
	return p.tok == TNew || p.tok == TAbstract && p.lookAhead(func() bool { return p.nextToken() == TNew })
}

func (p *parser) isUnambiguouslyStartOfFunctionType() bool {
	p.nextToken()
	if p.tok == TCloseParen || p.tok == TDotDotDot {
		return true
	}
	if p.skipParameterStart() {
		if p.tok == TColon || p.tok == TComma || p.tok == TQuestion || p.tok == TEquals {
			return true
		}
		if p.tok == TCloseParen {
			p.nextToken()
			if p.tok == TEqualsGreaterThan {
				return true
			}
		}
	}
	return false
}

func (p *parser) skipParameterStart() bool {
	if isModifierKind(p.tok) {
		p.parseModifiers(false, false, false)
	}
	if p.isIdentifier() || p.tok == TThis {
		p.nextToken()
		return true
	}
	if p.tok == TOpenBracket || p.tok == TOpenBrace {
		n := len(p.diags)
		p.parseIdentifierOrPattern()
		return n == len(p.diags)
	}
	return false
}

func (p *parser) parseFunctionOrConstructorType() Node {
	n := p.arenaSignature.alloc()
	n.kind, n.pos = KindFunctionType, p.tokStart
	if p.tok == TAbstract {
		n.Modifiers = &Modifiers{List: []Modifier{{Token: TAbstract, Pos: p.tokStart, End: p.pos}}, Flags: ModAbstract}
		p.nextToken()
	}
	if p.parseOptional(TNew) {
		n.kind = KindConstructorType
	}
	n.TypeParams = p.parseTypeParameters()
	n.Params = p.parseParameters(false, false)
	n.Type = p.parseReturnType(TEqualsGreaterThan, false)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseUnionTypeOrHigher() Node {
	return p.parseUnionOrIntersection(TBar, p.parseIntersectionTypeOrHigher)
}

func (p *parser) parseIntersectionTypeOrHigher() Node {
	return p.parseUnionOrIntersection(TAmpersand, p.parseTypeOperatorOrHigher)
}

func (p *parser) parseUnionOrIntersection(op Token, constituent func() Node) Node {
	pos := p.tokStart
	leading := p.parseOptional(op)
	var t Node
	if leading {
		t = p.parseFunctionOrConstructorTypeToError(op == TBar)
	}
	if t == nil {
		t = constituent()
	}
	if p.tok == op || leading {
		types := []Node{t}
		for p.parseOptional(op) {
			c := p.parseFunctionOrConstructorTypeToError(op == TBar)
			if c == nil {
				c = constituent()
			}
			types = append(types, c)
		}
		n := p.arenaUnionType.alloc()
		*n = UnionType{Types: types}
		n.kind, n.pos = KindUnionType, pos
		if op == TAmpersand {
			n.kind = KindIntersectionType
		}
		p.finish(&n.nodeBase)
		return n
	}
	return t
}

func (p *parser) parseFunctionOrConstructorTypeToError(isUnion bool) Node {
	if !p.isStartOfFunctionTypeOrConstructorType() {
		return nil
	}
	// tsc reports this one from the node's full start, trivia included.
	fullStart := p.fullStart
	t := p.parseFunctionOrConstructorType()
	var msg *diag.Message
	switch {
	case t.Kind() == KindFunctionType && isUnion:
		msg = diag.FunctionTypeInUnion
	case t.Kind() == KindFunctionType:
		msg = diag.FunctionTypeInIntersection
	case isUnion:
		msg = diag.ConstructorTypeInUnion
	default:
		msg = diag.ConstructorTypeInIntersection
	}
	p.errorAtRange(fullStart, t.End(), msg)
	return t
}

func (p *parser) parseTypeOperatorOrHigher() Node {
	if !p.enter() {
		p.leave()
		return p.tooDeep()
	}
	defer p.leave()
	switch p.tok {
	case TKeyof, TUnique, TReadonly:
		n := p.arenaTypeOperator.alloc()
		*n = TypeOperator{Op: p.tok}
		n.kind, n.pos = KindTypeOperator, p.tokStart
		p.nextToken()
		n.Type = p.parseTypeOperatorOrHigher()
		p.finish(&n.nodeBase)
		return n
	case TInfer:
		n := &InferType{}
		n.kind, n.pos = KindInferType, p.tokStart
		p.nextToken()
		tp := p.arenaTypeParameter.alloc()
		tp.kind, tp.pos = KindTypeParameter, p.tokStart
		tp.Name = p.parseIdentifier(nil)
		if p.tok == TExtends {
			var c Node
			p.tryParse(func() bool {
				p.nextToken()
				c = p.withConditionalTypes(false, p.parseType)
				if p.inContext(ctxFlagDisallowConditionalTypes) || p.tok != TQuestion {
					return true
				}
				c = nil
				return false
			})
			tp.Constraint = c
		}
		p.finish(&tp.nodeBase)
		n.Param = tp
		p.finish(&n.nodeBase)
		return n
	}
	return p.withConditionalTypes(true, p.parsePostfixTypeOrHigher)
}

func (p *parser) parsePostfixTypeOrHigher() Node {
	pos := p.tokStart
	t := p.parseNonArrayType()
	for !p.hasPrecedingLineBreak() {
		switch p.tok {
		case TExclamation:
			// JSDoc's T!: accepted and dropped, as tsc reports it later.
			p.nextToken()
			continue
		case TQuestion:
			if p.lookAhead(func() bool { p.nextToken(); return p.isStartOfType(false) }) {
				return t
			}
			p.nextToken()
			n := &OptionalType{Type: t}
			n.kind, n.pos, n.end = KindOptionalType, pos, p.prevEnd()
			t = n
			continue
		case TOpenBracket:
			p.nextToken()
			if p.isStartOfType(false) {
				n := p.arenaIndexedAccessType.alloc()
				*n = IndexedAccessType{Object: t}
				n.kind, n.pos = KindIndexedAccessType, pos
				n.Index = p.parseType()
				p.parseExpected(TCloseBracket)
				p.finish(&n.nodeBase)
				t = n
			} else {
				p.parseExpected(TCloseBracket)
				n := p.arenaArrayType.alloc()
				*n = ArrayType{Elem: t}
				n.kind, n.pos, n.end = KindArrayType, pos, p.prevEnd()
				t = n
			}
			continue
		}
		return t
	}
	return t
}

func (p *parser) parseKeywordType() Node {
	n := p.arenaKeywordType.alloc()
	*n = KeywordType{Keyword: p.tok}
	n.kind, n.pos, n.end = KindKeywordType, p.tokStart, p.pos
	p.nextToken()
	return n
}

func (p *parser) parseNonArrayType() Node {
	switch p.tok {
	case TAny, TUnknownKw, TStringKw, TNumberKw, TBigIntKw, TSymbol, TBoolean, TUndefined, TNever, TObject:
		if !p.nextTokenIsDot() {
			return p.parseKeywordType()
		}
		return p.parseTypeReference()
	case TString, TNumber, TBigInt, TTrue, TFalse, TNull, TNoSubstTemplate:
		n := p.arenaLiteralType.alloc()
		n.kind, n.pos = KindLiteralType, p.tokStart
		if p.tok == TNoSubstTemplate {
			n.Literal = p.parseTemplatePart(KindNoSubstitutionTemplate)
		} else {
			n.Literal = p.parsePrimaryExpression()
		}
		p.finish(&n.nodeBase)
		return n
	case TMinus:
		if p.lookAhead(func() bool { t := p.nextToken(); return t == TNumber || t == TBigInt }) {
			n := p.arenaLiteralType.alloc()
			n.kind, n.pos = KindLiteralType, p.tokStart
			u := p.arenaPrefixUnary.alloc()
			*u = PrefixUnary{Op: TMinus}
			u.kind, u.pos = KindPrefixUnary, p.tokStart
			p.nextToken()
			u.Operand = p.parsePrimaryExpression()
			p.finish(&u.nodeBase)
			n.Literal = u
			p.finish(&n.nodeBase)
			return n
		}
		return p.parseTypeReference()
	case TVoid:
		return p.parseKeywordType()
	case TThis:
		t := &ThisType{}
		t.kind, t.pos, t.end = KindThisType, p.tokStart, p.pos
		p.nextToken()
		if p.tok == TIs && !p.hasPrecedingLineBreak() {
			p.nextToken()
			n := &TypePredicate{Param: t}
			n.kind, n.pos = KindTypePredicate, t.pos
			n.Type = p.parseType()
			p.finish(&n.nodeBase)
			return n
		}
		return t
	case TTypeof:
		if p.lookAhead(func() bool { return p.nextToken() == TImport }) {
			return p.parseImportType()
		}
		return p.parseTypeQuery()
	case TOpenBrace:
		if p.lookAhead(p.isStartOfMappedType) {
			return p.parseMappedType()
		}
		n := p.arenaTypeLiteral.alloc()
		n.kind, n.pos = KindTypeLiteral, p.tokStart
		n.Members = p.parseObjectTypeMembers()
		p.finish(&n.nodeBase)
		return n
	case TOpenBracket:
		return p.parseTupleType()
	case TOpenParen:
		n := p.arenaParenthesizedType.alloc()
		n.kind, n.pos = KindParenthesizedType, p.tokStart
		p.nextToken()
		n.Type = p.parseType()
		p.parseExpected(TCloseParen)
		p.finish(&n.nodeBase)
		return n
	case TImport:
		return p.parseImportType()
	case TAsserts:
		if p.lookAhead(p.nextTokenIsIdentifierOrKeywordOnSameLine) {
			n := &TypePredicate{Asserts: true}
			n.kind, n.pos = KindTypePredicate, p.tokStart
			p.nextToken()
			if p.tok == TThis {
				t := &ThisType{}
				t.kind, t.pos, t.end = KindThisType, p.tokStart, p.pos
				p.nextToken()
				n.Param = t
			} else {
				n.Param = p.parseIdentifier(nil)
			}
			if p.parseOptional(TIs) {
				n.Type = p.parseType()
			}
			p.finish(&n.nodeBase)
			return n
		}
		return p.parseTypeReference()
	case TTemplateHead:
		return p.parseTemplateLiteralType()
	}
	return p.parseTypeReference()
}

func (p *parser) parseTypeReference() Node {
	n := p.refs.alloc()
	n.kind, n.pos = KindTypeReference, p.tokStart
	n.Name = p.parseEntityName(true, diag.TypeExpected)
	if !p.hasPrecedingLineBreak() && p.reScanLessThan() == TLessThan {
		n.TypeArgs = p.parseBracketedTypeArguments()
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseBracketedTypeArguments() []Node {
	open := p.tokStart
	if !p.parseExpected(TLessThan) {
		return nil
	}
	list, _ := p.parseDelimitedList(ctxTypeArguments, p.parseType, false)
	if !p.parseExpected(TGreaterThan) {
		p.markUnclosedTypeArgs(open)
	}
	if list == nil {
		list = []Node{}
	}
	return list
}

func (p *parser) parseEntityName(allowReservedWords bool, msg *diag.Message) Node {
	pos := p.tokStart
	var entity Node
	if allowReservedWords {
		entity = p.parseIdentifierName(msg)
	} else {
		entity = p.parseIdentifier(msg)
	}
	for p.parseOptional(TDot) {
		if p.tok == TLessThan {
			break
		}
		q := p.arenaQualifiedName.alloc()
		*q = QualifiedName{Left: entity}
		q.kind, q.pos = KindQualifiedName, pos
		right := p.parseRightSideOfDot(allowReservedWords, false)
		if id, ok := right.(*Identifier); ok {
			q.Right = id
		} else {
			q.Right = &Identifier{nodeBase: nodeBase{KindIdentifier, right.Pos(), right.End()}, Text: p.src[right.Pos():right.End()]}
		}
		p.finish(&q.nodeBase)
		entity = q
	}
	return entity
}

func (p *parser) parseTypeQuery() Node {
	n := &TypeQuery{}
	n.kind, n.pos = KindTypeQuery, p.tokStart
	p.parseExpected(TTypeof)
	n.Name = p.parseEntityName(true, nil)
	if !p.hasPrecedingLineBreak() && (p.tok == TLessThan || p.tok == TLessThanLessThan) {
		p.reScanLessThan()
		n.TypeArgs = p.parseBracketedTypeArguments()
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseImportType() Node {
	n := &ImportType{}
	n.kind, n.pos = KindImportType, p.tokStart
	n.IsTypeOf = p.parseOptional(TTypeof)
	p.parseExpected(TImport)
	p.parseExpected(TOpenParen)
	n.Arg = p.parseType()
	if p.parseOptional(TComma) {
		attrPos := p.tokStart
		p.parseExpected(TOpenBrace)
		tok := p.tok
		if tok == TWith || tok == TAssert {
			p.nextToken()
		} else {
			p.errorAtCurrent(diag.XExpected, "with")
		}
		p.parseExpected(TColon)
		n.Attributes = p.parseImportAttributesAt(attrPos, tok, true)
		p.parseOptional(TComma)
		p.parseExpected(TCloseBrace)
	}
	p.parseExpected(TCloseParen)
	if p.parseOptional(TDot) {
		n.Qualifier = p.parseEntityName(true, diag.TypeExpected)
	}
	if !p.hasPrecedingLineBreak() && p.reScanLessThan() == TLessThan {
		n.TypeArgs = p.parseBracketedTypeArguments()
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) isStartOfMappedType() bool {
	p.nextToken()
	if p.tok == TPlus || p.tok == TMinus {
		return p.nextToken() == TReadonly
	}
	if p.tok == TReadonly {
		p.nextToken()
	}
	return p.tok == TOpenBracket && p.nextTokenIsIdentifier() && p.nextToken() == TIn
}

func (p *parser) parseMappedType() Node {
	n := &MappedType{}
	n.kind, n.pos = KindMappedType, p.tokStart
	p.parseExpected(TOpenBrace)
	if p.tok == TReadonly || p.tok == TPlus || p.tok == TMinus {
		n.ReadonlyToken = p.tok
		p.nextToken()
		if n.ReadonlyToken != TReadonly {
			p.parseExpected(TReadonly)
		}
	}
	p.parseExpected(TOpenBracket)
	tp := p.arenaTypeParameter.alloc()
	tp.kind, tp.pos = KindTypeParameter, p.tokStart
	tp.Name = p.parseIdentifierName(nil)
	p.parseExpected(TIn)
	tp.Constraint = p.parseType()
	p.finish(&tp.nodeBase)
	n.Param = tp
	if p.parseOptional(TAs) {
		n.NameType = p.parseType()
	}
	p.parseExpected(TCloseBracket)
	if p.tok == TQuestion || p.tok == TPlus || p.tok == TMinus {
		n.QuestionToken = p.tok
		p.nextToken()
		if n.QuestionToken != TQuestion {
			p.parseExpected(TQuestion)
		}
	}
	n.Type = p.parseTypeAnnotation()
	p.parseSemicolon()
	n.Members = p.parseList(ctxTypeMembers, p.parseTypeMember)
	p.parseExpected(TCloseBrace)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseTupleType() Node {
	n := &TupleType{}
	n.kind, n.pos = KindTupleType, p.tokStart
	if p.parseExpected(TOpenBracket) {
		n.Elements, _ = p.parseDelimitedList(ctxTupleElementTypes, p.parseTupleElement, false)
		p.parseExpected(TCloseBracket)
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) isTupleElementName() bool {
	if p.tok == TDotDotDot {
		p.nextToken()
	}
	if !p.tok.isIdentifierOrKeyword() {
		return false
	}
	if p.nextToken() == TColon {
		return true
	}
	return p.tok == TQuestion && p.nextToken() == TColon
}

func (p *parser) parseTupleElement() Node {
	if p.lookAhead(p.isTupleElementName) {
		n := &NamedTupleMember{}
		n.kind, n.pos = KindNamedTupleMember, p.tokStart
		n.DotDotDot = p.parseOptional(TDotDotDot)
		n.Name = p.parseIdentifierName(nil)
		n.Question = p.parseOptional(TQuestion)
		p.parseExpected(TColon)
		n.Type = p.parseTupleElementType()
		p.finish(&n.nodeBase)
		return n
	}
	return p.parseTupleElementType()
}

func (p *parser) parseTupleElementType() Node {
	if p.tok == TDotDotDot {
		n := &RestType{}
		n.kind, n.pos = KindRestType, p.tokStart
		p.nextToken()
		n.Type = p.parseType()
		p.finish(&n.nodeBase)
		return n
	}
	return p.parseType()
}

func (p *parser) parseTemplateLiteralType() Node {
	n := &TemplateLiteralType{}
	n.kind, n.pos = KindTemplateLiteralType, p.tokStart
	n.Head = p.parseTemplatePart(KindTemplateHead)
	for {
		s := &TemplateLiteralTypeSpan{}
		s.kind, s.pos = KindTemplateLiteralTypeSpan, p.tokStart
		s.Type = p.parseType()
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

func (p *parser) parseTypeOrTypePredicate() Node {
	pos := p.tokStart
	if p.isIdentifier() {
		var id *Identifier
		p.tryParse(func() bool {
			i := p.parseIdentifier(nil)
			if p.tok == TIs && !p.hasPrecedingLineBreak() {
				p.nextToken()
				id = i
				return true
			}
			return false
		})
		if id != nil {
			n := &TypePredicate{Param: id}
			n.kind, n.pos = KindTypePredicate, pos
			n.Type = p.parseType()
			p.finish(&n.nodeBase)
			return n
		}
	}
	return p.parseType()
}

// ---- Type parameters ----

func (p *parser) parseTypeParameters() []*TypeParameter {
	if p.tok != TLessThan {
		return nil
	}
	p.nextToken()
	out, _ := parseDelimitedAs[*TypeParameter](p, ctxTypeParameters, p.parseTypeParameter, false)
	p.parseExpected(TGreaterThan)
	return out
}

func (p *parser) parseTypeParameter() Node {
	n := p.arenaTypeParameter.alloc()
	n.kind, n.pos = KindTypeParameter, p.tokStart
	n.Modifiers = p.parseModifiers(false, true, false)
	n.Name = p.parseIdentifier(nil)
	if p.parseOptional(TExtends) {
		if p.isStartOfType(false) || !p.isStartOfExpression() {
			n.Constraint = p.parseType()
		} else {
			// An expression where a type belongs: parse it to recover.
			p.parseUnaryExpressionOrHigher()
		}
	}
	if p.parseOptional(TEquals) {
		n.Default = p.parseType()
	}
	p.finish(&n.nodeBase)
	return n
}

// ---- Type members ----

func (p *parser) isTypeMemberStart() bool {
	if p.tok == TOpenParen || p.tok == TLessThan || p.tok == TGet || p.tok == TSet {
		return true
	}
	idToken := false
	for isModifierKind(p.tok) {
		idToken = true
		p.nextToken()
	}
	if p.tok == TOpenBracket {
		return true
	}
	if p.isLiteralPropertyName() {
		idToken = true
		p.nextToken()
	}
	if idToken {
		switch p.tok {
		case TOpenParen, TLessThan, TQuestion, TColon, TComma:
			return true
		}
		return p.canParseSemicolon()
	}
	return false
}

func (p *parser) parseTypeMemberSemicolon() {
	if p.parseOptional(TComma) {
		return
	}
	p.parseSemicolon()
}

func (p *parser) parseTypeMember() Node {
	if p.tok == TOpenParen || p.tok == TLessThan {
		return p.parseSignatureMember(KindCallSignature)
	}
	if p.tok == TNew && p.lookAhead(func() bool { t := p.nextToken(); return t == TOpenParen || t == TLessThan }) {
		return p.parseSignatureMember(KindConstructSignature)
	}
	pos := p.tokStart
	mods := p.parseModifiers(false, false, false)
	if p.parseContextualModifier(TGet) {
		return p.parseAccessor(pos, mods, KindGetAccessor, true)
	}
	if p.parseContextualModifier(TSet) {
		return p.parseAccessor(pos, mods, KindSetAccessor, true)
	}
	if p.isIndexSignature() {
		return p.parseIndexSignature(pos, mods)
	}
	name := p.parsePropertyName()
	question := p.parseOptional(TQuestion)
	if p.tok == TOpenParen || p.tok == TLessThan {
		n := p.arenaSignature.alloc()
		*n = Signature{Modifiers: mods, Name: name, Question: question}
		n.kind, n.pos = KindMethodSignature, pos
		n.TypeParams = p.parseTypeParameters()
		n.Params = p.parseParameters(false, false)
		n.Type = p.parseReturnType(TColon, true)
		p.parseTypeMemberSemicolon()
		p.finish(&n.nodeBase)
		return n
	}
	n := p.arenaPropertySignature.alloc()
	*n = PropertySignature{Modifiers: mods, Name: name, Question: question}
	n.kind, n.pos = KindPropertySignature, pos
	n.Type = p.parseTypeAnnotation()
	if p.tok == TEquals {
		n.Init = p.parseInitializer()
	}
	p.parseTypeMemberSemicolon()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseSignatureMember(kind Kind) Node {
	n := p.arenaSignature.alloc()
	n.kind, n.pos = kind, p.tokStart
	if kind == KindConstructSignature {
		p.parseExpected(TNew)
	}
	n.TypeParams = p.parseTypeParameters()
	n.Params = p.parseParameters(false, false)
	n.Type = p.parseReturnType(TColon, true)
	p.parseTypeMemberSemicolon()
	p.finish(&n.nodeBase)
	return n
}

// markUnclosedTypeArgs remembers that the type argument list opened at pos
// does not close with '>'. Parsing from a position is deterministic, so a
// later speculative `f<…>` at the same '<' can fail at once: without this,
// input like `a<a<a<…` costs quadratic time (it does in tsc).
func (p *parser) markUnclosedTypeArgs(pos int32) {
	if p.unclosedTypeArgs == nil {
		p.unclosedTypeArgs = map[int32]bool{}
	}
	p.unclosedTypeArgs[pos] = true
}

// nextTokenIsDot reports whether the token after the current one is '.',
// looking at the characters first: a full lookahead for every keyword type
// (`string`, `number`…) was a measurable part of parsing declarations.
func (p *parser) nextTokenIsDot() bool {
	i := int(p.pos)
	for i < len(p.src) {
		switch p.src[i] {
		case ' ', '\t', '\n', '\r':
			i++
			continue
		case '.':
			return i+1 >= len(p.src) || p.src[i+1] != '.' && !isDigit(p.src[i+1])
		}
		if p.src[i] == '/' || p.src[i] >= 0x80 {
			// Comments and Unicode spaces: let the scanner decide.
			return p.lookAhead(func() bool { return p.nextToken() == TDot })
		}
		return false
	}
	return false
}
