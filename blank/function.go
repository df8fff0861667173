package blank

import (
	"unicode/utf8"

	"github.com/tsrun-dev/tsrun/syntax"
)

// function blanks a function's type parameters, `this` parameter,
// parameter types and optional marks, and return type, then walks its
// parameters and body. inObject is true for the methods and accessors of
// an object literal.
func (b *blanker) function(f *syntax.Function, inObject bool) {
	if f.Modifiers.Has(syntax.ModAsync) && f.Asterisk {
		b.needsLowering("async generator")
	}
	if f.Modifiers != nil && len(f.Modifiers.Decorators) > 0 {
		b.needsLowering("decorator")
	}
	// The end of what comes before the type parameters: the name (and its
	// '?'), else the keywords.
	var head int32
	switch {
	case f.Name != nil:
		head = f.Name.End()
		if f.Question {
			if q := b.expect(head, '?'); q >= 0 {
				b.blank(q, q+1)
				head = q + 1
			}
		}
		b.node(f.Name) // a computed name holds code
	case f.Kind() == syntax.KindConstructor:
		head = b.afterWord(f.Pos(), "constructor")
	default:
		head = f.Pos()
		if f.Modifiers != nil && len(f.Modifiers.List) > 0 {
			head = f.Modifiers.List[len(f.Modifiers.List)-1].End
		}
		head = b.skipKeywords(head)
	}
	isArrow := f.Kind() == syntax.KindArrowFunction
	afterTypeParams := head
	if len(f.TypeParams) > 0 {
		lt := b.expect(head, '<')
		afterTypeParams = b.blankAngles(head, f.TypeParams[len(f.TypeParams)-1].End())
		if isArrow && f.Modifiers.Has(syntax.ModAsync) && lt >= 0 && hasLineBreak(b.text[lt:afterTypeParams]) {
			// `async <T>\n(x) => x` would call a function named async.
			if lp := b.expect(afterTypeParams, '('); lp >= 0 {
				b.put(lp, ' ')
				b.put(lt, '(')
			}
		}
	}
	if b.err != nil {
		return
	}
	// Node's getters in object literals lose everything between their
	// parentheses (only a `this` parameter can be there).
	if inObject && f.Kind() == syntax.KindGetAccessor {
		if lp := b.expect(afterTypeParams, '('); lp >= 0 {
			if rp := b.closeParen(f, lp); rp >= 0 {
				b.blank(lp+1, rp)
			}
		}
	} else {
		b.params(f)
	}
	if f.Type != nil {
		rp := b.closeParen(f, b.expect(afterTypeParams, '('))
		if rp < 0 {
			b.unsupported(f.Pos(), "a return type the blanker cannot delimit")
			return
		}
		colon := b.blankAnnotation(rp+1, f.Type)
		if isArrow {
			arrow, _ := b.next(f.Type.End())
			if hasLineBreak(b.text[rp:arrow]) {
				// The '=>' must stay on the line of the ')', so the ')'
				// moves to the end of the blanked return type instead.
				b.blank(rp, rp+1)
				pos := f.Type.End() - 1
				for pos > colon && !utf8.RuneStart(b.text[pos]) {
					b.put(pos, ' ')
					pos--
				}
				b.put(pos, ')')
			}
		}
	}
	for _, p := range f.Params {
		b.node(p.Name)
		b.node(p.Init)
	}
	if f.Body != nil {
		b.node(f.Body)
	}
}

// skipKeywords returns the end of the async, function and * tokens that
// start an anonymous function at pos.
func (b *blanker) skipKeywords(pos int32) int32 {
	for {
		p, _ := b.next(pos)
		switch {
		case b.at(p) == '*':
			pos = p + 1
		case hasWordAt(b.text, p, "async"), hasWordAt(b.text, p, "function"):
			pos = p + int32(len("function"))
			if b.at(p) == 'a' {
				pos = p + int32(len("async"))
			}
		default:
			return pos
		}
	}
}

// hasWordAt reports whether the keyword w starts at p as a whole word.
func hasWordAt(t string, p int32, w string) bool {
	end := int(p) + len(w)
	if end > len(t) || t[p:end] != w {
		return false
	}
	if end < len(t) {
		c := t[end]
		if c == '_' || c == '$' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80 {
			return false
		}
	}
	return true
}

// closeParen returns the offset of the ')' closing f's parameters, whose
// '(' is at lp (or -1 when f has parameters, which then locate it).
func (b *blanker) closeParen(f *syntax.Function, lp int32) int32 {
	if len(f.Params) > 0 {
		p, _ := b.next(f.Params[len(f.Params)-1].End())
		if b.at(p) == ',' {
			p, _ = b.next(p + 1)
		}
		if b.at(p) == ')' {
			return p
		}
		return -1
	}
	if lp < 0 {
		return -1
	}
	return b.expect(lp+1, ')')
}

// params blanks parameter types and optional marks, and a leading `this`
// parameter with its comma.
func (b *blanker) params(f *syntax.Function) {
	for i, p := range f.Params {
		if p.Modifiers != nil {
			if len(p.Modifiers.Decorators) > 0 {
				b.needsLowering("decorator")
			}
			if len(p.Modifiers.List) > 0 {
				b.unsupported(p.Pos(), "a parameter property")
				return
			}
		}
		if id, ok := p.Name.(*syntax.Identifier); ok && i == 0 && id.Text == "this" {
			end := p.End()
			if c := b.expect(end, ','); c >= 0 {
				end = c + 1
			}
			b.blank(p.Pos(), end)
			continue
		}
		end := p.Name.End()
		if p.Question {
			if q := b.expect(end, '?'); q >= 0 {
				b.blank(q, q+1)
				end = q + 1
			}
		}
		if p.Type != nil {
			b.blankAnnotation(end, p.Type)
		}
	}
}

// class blanks `abstract`, type parameters, type arguments of the
// superclass, `implements`, and the members' types and TypeScript
// modifiers; members with no run-time part go whole.
func (b *blanker) class(c *syntax.Class) {
	if c.Modifiers != nil && len(c.Modifiers.Decorators) > 0 {
		b.needsLowering("decorator")
	}
	if m, ok := c.Modifiers.Find(syntax.TAbstract); ok {
		b.blank(m.Pos, m.End)
	}
	head := int32(0)
	if c.Name != nil {
		head = c.Name.End()
	} else {
		head = b.afterWord(c.Pos(), "class")
	}
	if len(c.TypeParams) > 0 {
		b.blankAngles(head, c.TypeParams[len(c.TypeParams)-1].End())
	}
	for _, h := range c.Heritage {
		if h.Token == syntax.TImplements {
			b.blank(h.Pos(), h.End())
			continue
		}
		for _, t := range h.Types {
			b.node(t)
		}
	}
	for _, m := range c.Members {
		if b.err != nil {
			return
		}
		b.member(m)
	}
}

// afterWord returns the end of the first w token at or after pos.
func (b *blanker) afterWord(pos int32, w string) int32 {
	for int(pos) < len(b.text) {
		p, _ := b.next(pos)
		if hasWordAt(b.text, p, w) {
			return p + int32(len(w))
		}
		if p <= pos {
			p = pos + 1
		}
		pos = p
	}
	return pos
}

// member handles one class element.
func (b *blanker) member(m syntax.Node) {
	switch m := m.(type) {
	case *syntax.Signature: // an index signature
		b.blank(m.Pos(), m.End())
	case *syntax.Function:
		if m.Body == nil || m.Modifiers.Has(syntax.ModAbstract) {
			b.blank(m.Pos(), m.End())
			return
		}
		hasMod := m.Modifiers.Has(syntax.ModOverride | syntax.ModPublic | syntax.ModPrivate | syntax.ModProtected)
		start := b.memberStart(m.Pos(), m.Modifiers)
		if hasMod {
			b.stripModifiers(m.Modifiers)
			if !m.Modifiers.Has(syntax.ModStatic) && len(m.Modifiers.Decorators) == 0 && (m.Asterisk || isHazardKey(m.Name)) {
				// `public *g()` without `public` would multiply the
				// previous field's initializer by g().
				b.put(start, ';')
			}
		}
		b.function(m, false)
	case *syntax.PropertyDeclaration:
		if m.Modifiers.Has(syntax.ModDeclare | syntax.ModAbstract) {
			b.blank(m.Pos(), m.End())
			return
		}
		if m.Modifiers != nil && len(m.Modifiers.Decorators) > 0 {
			b.needsLowering("decorator")
		}
		if m.Modifiers.Has(syntax.ModAccessor) {
			b.needsLowering("auto-accessor")
		}
		hasMod := m.Modifiers.Has(syntax.ModReadonly | syntax.ModOverride | syntax.ModPublic | syntax.ModPrivate | syntax.ModProtected)
		start := b.memberStart(m.Pos(), m.Modifiers)
		if hasMod {
			b.stripModifiers(m.Modifiers)
		}
		end := m.Name.End()
		if m.Question || m.Exclaim {
			if p, _ := b.next(end); b.at(p) == '?' || b.at(p) == '!' {
				b.blank(p, p+1)
				end = p + 1
			}
		}
		if m.Type != nil {
			colon := b.blankAnnotation(end, m.Type)
			if m.Init == nil {
				if id, ok := m.Name.(*syntax.Identifier); ok && (id.Text == "get" || id.Text == "set" || id.Text == "static") {
					// `get: T` blanked would make `get` a modifier of
					// the next member.
					b.put(colon, ';')
				}
			}
		}
		if hasMod && !m.Modifiers.Has(syntax.ModStatic) && len(m.Modifiers.Decorators) == 0 && isHazardKey(m.Name) {
			b.put(start, ';')
		}
		b.node(m.Name)
		b.node(m.Init)
	default:
		b.node(m)
	}
}

// memberStart is where a member's modifiers start: after its decorators.
func (b *blanker) memberStart(pos int32, mods *syntax.Modifiers) int32 {
	if mods != nil && len(mods.Decorators) > 0 {
		p, _ := b.next(mods.Decorators[len(mods.Decorators)-1].End())
		return p
	}
	return pos
}

// isHazardKey reports member names that, with the modifier before them
// gone, would continue the previous member: [computed], in, instanceof.
func isHazardKey(n syntax.Node) bool {
	switch n := n.(type) {
	case *syntax.ComputedPropertyName:
		return true
	case *syntax.Identifier:
		return n.Text == "in" || n.Text == "instanceof"
	}
	return false
}

// stripModifiers blanks accessibility, readonly and override, in order,
// stopping (as Node does) at a modifier followed by a line break or by a
// token that cannot follow a modifier, and at any other modifier but
// static.
func (b *blanker) stripModifiers(mods *syntax.Modifiers) {
	for _, m := range mods.List {
		p, nl := b.next(m.End)
		if nl || !canFollowModifier(b.text, p) {
			return
		}
		switch m.Token {
		case syntax.TStatic:
			continue
		case syntax.TReadonly, syntax.TPublic, syntax.TProtected, syntax.TPrivate, syntax.TOverride:
			b.blank(m.Pos, m.End)
		default:
			return
		}
	}
}

// canFollowModifier: [ { * ... # a name, a string or a number.
func canFollowModifier(t string, p int32) bool {
	if int(p) >= len(t) {
		return false
	}
	switch c := t[p]; {
	case c == '[', c == '{', c == '*', c == '#', c == '"', c == '\'':
		return true
	case c == '.':
		return int(p)+1 < len(t) && (t[p+1] == '.' || t[p+1] >= '0' && t[p+1] <= '9')
	case c >= '0' && c <= '9', c == '_', c == '$', c == '\\', c|0x20 >= 'a' && c|0x20 <= 'z', c >= 0x80:
		return true
	}
	return false
}
