package syntax

import "github.com/tsrun-dev/tsrun/diag"

// Declarations: functions, classes, interfaces, type aliases, enums,
// namespaces and modules, imports and exports.

// ---- Declarations ----

func (p *parser) parseDeclaration() Node {
	pos := p.tokStart
	mods := p.parseModifiers(true, false, false)
	if mods.Has(ModDeclare) {
		saved := p.ctx
		p.ctx |= ctxFlagAmbient
		n := p.parseDeclarationWorker(pos, mods)
		p.ctx = saved
		return n
	}
	return p.parseDeclarationWorker(pos, mods)
}

func (p *parser) parseDeclarationWorker(pos int32, mods *Modifiers) Node {
	switch p.tok {
	case TVar, TLet, TConst, TUsing, TAwait:
		return p.parseVariableStatement(pos, mods)
	case TFunction:
		return p.parseFunctionDeclaration(pos, mods)
	case TClass:
		return p.parseClass(pos, mods, KindClassDeclaration)
	case TInterface:
		return p.parseInterface(pos, mods)
	case TType:
		return p.parseTypeAlias(pos, mods)
	case TEnum:
		return p.parseEnum(pos, mods)
	case TGlobal, TModule, TNamespace:
		return p.parseModuleDeclaration(pos, mods)
	case TImport:
		return p.parseImportDeclarationOrImportEquals(pos, mods)
	case TExport:
		p.nextToken()
		switch p.tok {
		case TDefault, TEquals:
			return p.parseExportAssignment(pos, mods)
		case TAs:
			return p.parseNamespaceExportDeclaration(pos)
		}
		return p.parseExportDeclaration(pos, mods)
	}
	if p.tok == TAbstract || p.tok == TAsync {
		// Only reachable in error recovery (modifiers not followed by a
		// declaration); fall through to a missing declaration.
	}
	n := &MissingDeclaration{Modifiers: mods}
	n.kind, n.pos = KindMissingDeclaration, pos
	p.errorAt(p.fullStart, 0, diag.DeclarationExpected)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseFunctionDeclaration(pos int32, mods *Modifiers) Node {
	n := p.arenaFunction.alloc()
	*n = Function{Modifiers: mods}
	n.kind, n.pos = KindFunctionDeclaration, pos
	saved := p.ctx
	p.parseExpected(TFunction)
	n.Asterisk = p.parseOptional(TAsterisk)
	if mods.Has(ModDefault) {
		if p.isBindingIdentifier() {
			n.Name = p.parseBindingIdentifier()
		}
	} else {
		n.Name = p.parseBindingIdentifier()
	}
	isAsync := mods.Has(ModAsync)
	n.TypeParams = p.parseTypeParameters()
	if mods.Has(ModExport) {
		p.setContext(ctxFlagAwait, true)
	}
	n.Params = p.parseParameters(n.Asterisk, isAsync)
	n.Type = p.parseReturnType(TColon, false)
	n.Body = p.parseFunctionBlockOrSemicolon(n.Asterisk, isAsync, diag.BraceOrSemicolonExpected)
	p.ctx = saved
	p.finish(&n.nodeBase)
	return n
}

// parseFunctionBlockOrSemicolon returns nil for a body-less declaration.
func (p *parser) parseFunctionBlockOrSemicolon(yield, await bool, msg *diag.Message) Node {
	if p.tok != TOpenBrace && p.canParseSemicolon() {
		p.parseSemicolon()
		return nil
	}
	return p.parseFunctionBlock(yield, await, false, msg)
}

func (p *parser) parseClass(pos int32, mods *Modifiers, kind Kind) Node {
	n := &Class{Modifiers: mods}
	n.kind, n.pos = kind, pos
	saved := p.ctx
	p.parseExpected(TClass)
	if p.isBindingIdentifier() && !(p.tok == TImplements && p.lookAhead(func() bool { return p.nextToken().isIdentifierOrKeyword() })) {
		n.Name = p.newIdent()
	}
	n.TypeParams = p.parseTypeParameters()
	if mods.Has(ModExport) {
		p.setContext(ctxFlagAwait, true)
	}
	n.Heritage = p.parseHeritageClauses()
	if p.parseExpected(TOpenBrace) {
		n.Members = p.parseList(ctxClassMembers, p.parseClassElement)
		p.parseExpected(TCloseBrace)
	}
	p.ctx = saved
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseHeritageClauses() []*HeritageClause {
	if p.tok != TExtends && p.tok != TImplements {
		return nil
	}
	return parseListAs[*HeritageClause](p, ctxHeritageClauses, p.parseHeritageClause)
}

func (p *parser) parseHeritageClause() Node {
	n := &HeritageClause{Token: p.tok}
	n.kind, n.pos = KindHeritageClause, p.tokStart
	p.nextToken()
	n.Types, _ = parseDelimitedAs[*ExprWithTypeArgs](p, ctxHeritageClauseElement, p.parseExpressionWithTypeArguments, false)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseExpressionWithTypeArguments() Node {
	pos := p.tokStart
	expr := p.parseLeftHandSideExpressionOrHigher()
	if e, ok := expr.(*ExprWithTypeArgs); ok {
		return e
	}
	n := p.arenaExprWithTypeArgs.alloc()
	*n = ExprWithTypeArgs{Expr: expr}
	n.kind, n.pos = KindExprWithTypeArgs, pos
	if p.tok == TLessThan {
		n.TypeArgs = p.parseBracketedTypeArguments()
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseInterface(pos int32, mods *Modifiers) Node {
	n := &InterfaceDeclaration{Modifiers: mods}
	n.kind, n.pos = KindInterfaceDeclaration, pos
	p.parseExpected(TInterface)
	n.Name = p.parseIdentifier(nil)
	n.TypeParams = p.parseTypeParameters()
	n.Heritage = p.parseHeritageClauses()
	n.Members = p.parseObjectTypeMembers()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseObjectTypeMembers() []Node {
	if p.parseExpected(TOpenBrace) {
		m := p.parseList(ctxTypeMembers, p.parseTypeMember)
		p.parseExpected(TCloseBrace)
		return m
	}
	return nil
}

func (p *parser) parseTypeAlias(pos int32, mods *Modifiers) Node {
	n := &TypeAliasDeclaration{Modifiers: mods}
	n.kind, n.pos = KindTypeAliasDeclaration, pos
	p.parseExpected(TType)
	if p.hasPrecedingLineBreak() {
		p.errorAtCurrent(diag.LineBreakNotPermittedHere)
	}
	n.Name = p.parseIdentifier(nil)
	n.TypeParams = p.parseTypeParameters()
	p.parseExpected(TEquals)
	if p.tok == TIntrinsic && !p.lookAhead(func() bool { return p.nextToken() == TDot }) {
		k := p.arenaKeywordType.alloc()
		*k = KeywordType{Keyword: TIntrinsic}
		k.kind, k.pos, k.end = KindKeywordType, p.tokStart, p.pos
		p.nextToken()
		n.Type = k
	} else {
		n.Type = p.parseType()
	}
	p.parseSemicolon()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseEnum(pos int32, mods *Modifiers) Node {
	n := &EnumDeclaration{Modifiers: mods}
	n.kind, n.pos = KindEnumDeclaration, pos
	p.parseExpected(TEnum)
	n.Name = p.parseIdentifier(nil)
	if p.parseExpected(TOpenBrace) {
		saved := p.ctx
		p.ctx &^= ctxFlagYield | ctxFlagAwait
		n.Members, _ = parseDelimitedAs[*EnumMember](p, ctxEnumMembers, p.parseEnumMember, false)
		p.ctx = saved
		p.parseExpected(TCloseBrace)
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseEnumMember() Node {
	n := &EnumMember{}
	n.kind, n.pos = KindEnumMember, p.tokStart
	n.Name = p.parsePropertyName()
	n.Init = p.allowIn(p.parseInitializer)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseModuleDeclaration(pos int32, mods *Modifiers) Node {
	if p.tok == TGlobal {
		return p.parseAmbientExternalModule(pos, mods, TGlobal)
	}
	if p.parseOptional(TNamespace) {
		return p.parseNamespaceBody(pos, mods, TNamespace, false)
	}
	p.parseExpected(TModule)
	if p.tok == TString {
		return p.parseAmbientExternalModule(pos, mods, TModule)
	}
	return p.parseNamespaceBody(pos, mods, TModule, false)
}

func (p *parser) parseNamespaceBody(pos int32, mods *Modifiers, kw Token, nested bool) Node {
	n := &ModuleDeclaration{Modifiers: mods, Keyword: kw}
	n.kind, n.pos = KindModuleDeclaration, pos
	if nested {
		n.Name = p.parseIdentifierName(nil)
	} else {
		n.Name = p.parseIdentifier(nil)
	}
	if p.parseOptional(TDot) {
		n.Body = p.parseNamespaceBody(p.tokStart, nil, kw, true)
	} else {
		n.Body = p.parseModuleBlock()
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseAmbientExternalModule(pos int32, mods *Modifiers, kw Token) Node {
	n := &ModuleDeclaration{Modifiers: mods, Keyword: kw}
	n.kind, n.pos = KindModuleDeclaration, pos
	if kw == TGlobal {
		n.Name = p.parseIdentifier(nil)
	} else {
		n.Name = p.parseStringLiteral()
	}
	if p.tok == TOpenBrace {
		n.Body = p.parseModuleBlock()
	} else {
		p.parseSemicolon()
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseModuleBlock() Node {
	n := &ModuleBlock{}
	n.kind, n.pos = KindModuleBlock, p.tokStart
	if p.parseExpected(TOpenBrace) {
		n.Statements = p.parseList(ctxBlockStatements, p.parseStatement)
		p.parseExpected(TCloseBrace)
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseStringLiteral() *StringLiteral {
	n := p.strs.alloc()
	n.kind, n.pos, n.end, n.Text = KindStringLiteral, p.tokStart, p.pos, p.value
	p.nextToken()
	return n
}

func (p *parser) parseImportDeclarationOrImportEquals(pos int32, mods *Modifiers) Node {
	p.parseExpected(TImport)
	var id *Identifier
	if p.isIdentifier() {
		id = p.parseIdentifier(nil)
	}
	isTypeOnly := false
	var phase Token
	if id != nil && id.Text == "type" &&
		(p.tok != TFrom || p.isIdentifier() && p.lookAhead(func() bool { t := p.nextToken(); return t == TFrom || t == TEquals })) &&
		(p.isIdentifier() || p.tok == TAsterisk || p.tok == TOpenBrace) {
		isTypeOnly = true
		id = nil
		if p.isIdentifier() {
			id = p.parseIdentifier(nil)
		}
	} else if id != nil && id.Text == "defer" && (p.tok == TFrom && !p.lookAhead(func() bool { return p.nextToken() == TString }) || p.tok != TFrom && p.tok != TComma && p.tok != TEquals) {
		phase = TDefer
		id = nil
		if p.isIdentifier() {
			id = p.parseIdentifier(nil)
		}
	}
	if id != nil && p.tok != TComma && p.tok != TFrom && phase == 0 {
		n := &ImportEqualsDeclaration{Modifiers: mods, IsTypeOnly: isTypeOnly, Name: id}
		n.kind, n.pos = KindImportEqualsDeclaration, pos
		p.parseExpected(TEquals)
		if p.tok == TRequire && p.lookAhead(func() bool { return p.nextToken() == TOpenParen }) {
			r := &ExternalModuleReference{}
			r.kind, r.pos = KindExternalModuleReference, p.tokStart
			p.nextToken()
			p.parseExpected(TOpenParen)
			r.Expr = p.parseModuleSpecifier()
			p.parseExpected(TCloseParen)
			p.finish(&r.nodeBase)
			n.Ref = r
		} else {
			n.Ref = p.parseEntityName(false, nil)
		}
		p.parseSemicolon()
		p.finish(&n.nodeBase)
		return n
	}
	n := &ImportDeclaration{Modifiers: mods}
	n.kind, n.pos = KindImportDeclaration, pos
	if id != nil || p.tok == TAsterisk || p.tok == TOpenBrace {
		c := &ImportClause{IsTypeOnly: isTypeOnly, Phase: phase, Name: id}
		c.kind = KindImportClause
		if id != nil {
			c.pos = id.pos
		} else {
			c.pos = p.tokStart
		}
		if id == nil || p.parseOptional(TComma) {
			if p.tok == TAsterisk {
				c.Bindings = p.parseNamespaceImport()
			} else {
				c.Bindings = p.parseNamedImports()
			}
		}
		p.finish(&c.nodeBase)
		n.Clause = c
		p.parseExpected(TFrom)
	}
	n.Specifier = p.parseModuleSpecifier()
	n.Attributes = p.tryParseImportAttributes()
	p.parseSemicolon()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseNamespaceImport() Node {
	n := &NamespaceImport{}
	n.kind, n.pos = KindNamespaceImport, p.tokStart
	p.parseExpected(TAsterisk)
	p.parseExpected(TAs)
	n.Name = p.parseIdentifier(nil)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseNamedImports() Node {
	n := &NamedImports{}
	n.kind, n.pos = KindNamedImports, p.tokStart
	if p.parseExpected(TOpenBrace) {
		n.Elements, _ = parseDelimitedAs[*ImportSpecifier](p, ctxImportOrExportSpecifiers, func() Node { return p.parseImportOrExportSpecifier(true) }, false)
		p.parseExpected(TCloseBrace)
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseNamedExports() Node {
	n := &NamedExports{}
	n.kind, n.pos = KindNamedExports, p.tokStart
	if p.parseExpected(TOpenBrace) {
		n.Elements, _ = parseDelimitedAs[*ExportSpecifier](p, ctxImportOrExportSpecifiers, func() Node { return p.parseImportOrExportSpecifier(false) }, false)
		p.parseExpected(TCloseBrace)
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseModuleExportName() Node {
	if p.tok == TString {
		return p.parseStringLiteral()
	}
	return p.parseIdentifierName(nil)
}

// parseImportOrExportSpecifier settles tsc's `type`/`as` puzzles:
// { type }, { type as }, { type as as }, { type as as x }, { type x as y }.
func (p *parser) parseImportOrExportSpecifier(isImport bool) Node {
	pos := p.tokStart
	kwStart, kwEnd := p.tokStart, p.pos
	checkKeyword := p.tok.IsKeyword() && !p.isIdentifier()
	isTypeOnly := false
	var propertyName Node
	canParseAs := true
	name := p.parseModuleExportName()
	nameWithKeywordCheck := func() Node {
		checkKeyword = p.tok.IsKeyword() && !p.isIdentifier()
		kwStart, kwEnd = p.tokStart, p.pos
		return p.parseModuleExportName()
	}
	if id, ok := name.(*Identifier); ok && id.Text == "type" {
		if p.tok == TAs {
			firstAs := p.parseIdentifierName(nil)
			if p.tok == TAs {
				secondAs := p.parseIdentifierName(nil)
				if p.tok.isIdentifierOrKeyword() {
					isTypeOnly = true
					propertyName = firstAs
					name = nameWithKeywordCheck()
				} else {
					propertyName = name
					name = secondAs
				}
				canParseAs = false
			} else if p.tok.isIdentifierOrKeyword() {
				propertyName = name
				canParseAs = false
				name = nameWithKeywordCheck()
			} else {
				isTypeOnly = true
				name = firstAs
			}
		} else if p.tok.isIdentifierOrKeyword() || p.tok == TString {
			isTypeOnly = true
			name = nameWithKeywordCheck()
		}
	}
	if canParseAs && p.tok == TAs {
		propertyName = name
		p.parseExpected(TAs)
		name = nameWithKeywordCheck()
	}
	if isImport && checkKeyword {
		p.errorAtRange(kwStart, kwEnd, diag.IdentifierExpected)
	}
	if isImport {
		n := p.arenaImportSpecifier.alloc()
		*n = ImportSpecifier{IsTypeOnly: isTypeOnly, PropertyName: propertyName}
		n.kind, n.pos = KindImportSpecifier, pos
		if id, ok := name.(*Identifier); ok {
			n.Name = id
		} else {
			// import { "str" } without `as`: tsc reports it in the checker.
			n.Name = &Identifier{nodeBase: nodeBase{KindIdentifier, name.Pos(), name.End()}, Text: name.(*StringLiteral).Text}
		}
		p.finish(&n.nodeBase)
		return n
	}
	n := &ExportSpecifier{IsTypeOnly: isTypeOnly, PropertyName: propertyName, Name: name}
	n.kind, n.pos = KindExportSpecifier, pos
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseModuleSpecifier() Node {
	if p.tok == TString {
		return p.parseStringLiteral()
	}
	// Any expression, so that import("a" + b) and typos get good errors.
	return p.parseExpression()
}

func (p *parser) tryParseImportAttributes() *ImportAttributes {
	if (p.tok == TWith || p.tok == TAssert) && !p.hasPrecedingLineBreak() {
		return p.parseImportAttributes(p.tok, false)
	}
	return nil
}

func (p *parser) parseImportAttributes(tok Token, skipKeyword bool) *ImportAttributes {
	return p.parseImportAttributesAt(p.tokStart, tok, skipKeyword)
}

func (p *parser) parseImportAttributesAt(pos int32, tok Token, skipKeyword bool) *ImportAttributes {
	n := &ImportAttributes{Token: tok}
	n.kind, n.pos = KindImportAttributes, pos
	if !skipKeyword {
		p.parseExpected(tok)
	}
	if p.parseExpected(TOpenBrace) {
		n.Elements, _ = parseDelimitedAs[*ImportAttribute](p, ctxImportAttributes, p.parseImportAttribute, true)
		p.parseExpected(TCloseBrace)
	}
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseImportAttribute() Node {
	n := &ImportAttribute{}
	n.kind, n.pos = KindImportAttribute, p.tokStart
	if p.tok.isIdentifierOrKeyword() {
		n.Name = p.parseIdentifierName(nil)
	} else {
		n.Name = p.parseStringLiteral()
	}
	p.parseExpected(TColon)
	n.Value = p.parseAssignmentExpressionOrHigher(true)
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseExportAssignment(pos int32, mods *Modifiers) Node {
	n := &ExportAssignment{Modifiers: mods}
	n.kind, n.pos = KindExportAssignment, pos
	saved := p.ctx
	p.setContext(ctxFlagAwait, true)
	if p.parseOptional(TEquals) {
		n.IsExportEquals = true
	} else {
		p.parseExpected(TDefault)
	}
	n.Expr = p.parseAssignmentExpressionOrHigher(true)
	p.parseSemicolon()
	p.ctx = saved
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseNamespaceExportDeclaration(pos int32) Node {
	n := &NamespaceExportDeclaration{}
	n.kind, n.pos = KindNamespaceExportDeclaration, pos
	p.parseExpected(TAs)
	p.parseExpected(TNamespace)
	n.Name = p.parseIdentifier(nil)
	p.parseSemicolon()
	p.finish(&n.nodeBase)
	return n
}

func (p *parser) parseExportDeclaration(pos int32, mods *Modifiers) Node {
	n := &ExportDeclaration{Modifiers: mods}
	n.kind, n.pos = KindExportDeclaration, pos
	saved := p.ctx
	p.setContext(ctxFlagAwait, true)
	n.IsTypeOnly = p.parseOptional(TType)
	nsPos := p.tokStart
	if p.parseOptional(TAsterisk) {
		if p.parseOptional(TAs) {
			ns := &NamespaceExport{}
			ns.kind, ns.pos = KindNamespaceExport, nsPos
			ns.Name = p.parseModuleExportName()
			p.finish(&ns.nodeBase)
			n.Clause = ns
		}
		p.parseExpected(TFrom)
		n.Specifier = p.parseModuleSpecifier()
	} else {
		n.Clause = p.parseNamedExports()
		if p.tok == TFrom || p.tok == TString && !p.hasPrecedingLineBreak() {
			p.parseExpected(TFrom)
			n.Specifier = p.parseModuleSpecifier()
		}
	}
	if n.Specifier != nil && (p.tok == TWith || p.tok == TAssert) && !p.hasPrecedingLineBreak() {
		n.Attributes = p.parseImportAttributes(p.tok, false)
	}
	p.parseSemicolon()
	p.ctx = saved
	p.finish(&n.nodeBase)
	return n
}
