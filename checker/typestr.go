package checker

// typeString prints a type as tsc's typeToString does in error messages:
// aliases and interfaces by name, object literal types in full with "; "
// after each member, unions with null and undefined last and true|false
// folded into boolean. Only the first line of a diagnostic is compared
// with tsc, and every type in it comes through here.

import (
	"strconv"
	"strings"
)

func (c *checker) typeString(t *Type) string {
	var b strings.Builder
	c.writeType(&b, t, 0)
	return b.String()
}

const (
	ctxNone = iota
	ctxArrayElem
	ctxUnionMember
)

func (c *checker) writeType(b *strings.Builder, t *Type, ctx int) {
	c.printDepth++
	defer func() { c.printDepth-- }()
	if c.printDepth > 30 || b.Len() > 4000 {
		// tsc truncates such types; we cannot match its text, and a Go
		// stack overflow is not recoverable: give up on this file.
		panic("type too deep to print")
	}
	if t == c.in.boolean {
		b.WriteString("boolean")
		return
	}
	if t.alias != "" {
		b.WriteString(t.alias)
		c.writeArgs(b, t.aliasArgs)
		return
	}
	switch {
	case t.is(tfUnchecked):
		b.WriteString("any")
	case t.is(tfAny):
		b.WriteString("any")
	case t.is(tfUnknown):
		b.WriteString("unknown")
	case t.is(tfUndefined):
		b.WriteString("undefined")
	case t.is(tfNull):
		b.WriteString("null")
	case t.is(tfString):
		b.WriteString("string")
	case t.is(tfNumber):
		b.WriteString("number")
	case t.is(tfBigInt):
		b.WriteString("bigint")
	case t.is(tfBoolLit):
		b.WriteString(t.value)
	case t.is(tfSymbol):
		b.WriteString("symbol")
	case t.is(tfUniqueSymbol):
		b.WriteString("unique symbol")
	case t.is(tfVoid):
		b.WriteString("void")
	case t.is(tfNever):
		b.WriteString("never")
	case t.is(tfNonPrimitive):
		b.WriteString("object")
	case t.is(tfStringLit):
		b.WriteString(strconv.Quote(t.value))
	case t.is(tfNumberLit):
		b.WriteString(t.value)
	case t.is(tfBigIntLit):
		b.WriteString(t.value)
	case t.is(tfTypeParam):
		b.WriteString(t.name)
	case t.is(tfUnion):
		parts := c.formatUnion(t.types)
		paren := ctx == ctxArrayElem
		if paren {
			b.WriteByte('(')
		}
		for i, m := range parts {
			if i > 0 {
				b.WriteString(" | ")
			}
			c.writeType(b, m, ctxUnionMember)
		}
		if paren {
			b.WriteByte(')')
		}
	case t.is(tfIntersection):
		paren := ctx == ctxArrayElem
		if paren {
			b.WriteByte('(')
		}
		for i, m := range t.types {
			if i > 0 {
				b.WriteString(" & ")
			}
			c.writeType(b, m, ctxUnionMember)
		}
		if paren {
			b.WriteByte(')')
		}
	case t.is(tfObject):
		c.writeObject(b, t, ctx)
	default:
		b.WriteString("any")
	}
}

// formatUnion is tsc's formatUnionTypes: false|true become boolean, null
// and undefined go last.
func (c *checker) formatUnion(ts []*Type) []*Type {
	var out []*Type
	hasNull, hasUndef := false, false
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		switch {
		case t.is(tfNull):
			hasNull = true
		case t.is(tfUndefined):
			hasUndef = true
		case t == c.in.falseT && i+1 < len(ts) && ts[i+1] == c.in.trueT:
			out = append(out, c.in.boolean)
			i++
		default:
			out = append(out, t)
		}
	}
	if hasNull {
		out = append(out, c.in.null)
	}
	if hasUndef {
		out = append(out, c.in.undefined)
	}
	return out
}

func (c *checker) writeArgs(b *strings.Builder, args []*Type) {
	if len(args) == 0 {
		return
	}
	b.WriteByte('<')
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		c.writeType(b, a, ctxNone)
	}
	b.WriteByte('>')
}

func (c *checker) writeObject(b *strings.Builder, t *Type, ctx int) {
	o := t.obj
	switch o.kind {
	case okInterface:
		b.WriteString(o.name)
		c.writeArgs(b, o.typeArgs)
		return
	case okArray:
		if o.readonly {
			b.WriteString("readonly ")
		}
		c.writeType(b, o.typeArgs[0], ctxArrayElem)
		b.WriteString("[]")
		return
	case okTuple:
		if o.readonly {
			b.WriteString("readonly ")
		}
		b.WriteByte('[')
		for i, e := range o.elems {
			if i > 0 {
				b.WriteString(", ")
			}
			if e.name != "" {
				b.WriteString(e.name)
				if e.optional {
					b.WriteByte('?')
				}
				b.WriteString(": ")
				c.writeType(b, e.t, ctxNone)
				continue
			}
			c.writeType(b, e.t, ctxNone)
			if e.optional {
				b.WriteByte('?')
			}
		}
		b.WriteByte(']')
		return
	}
	m := o.members()
	if len(m.props) == 0 && len(m.calls) == 1 && len(m.ctors) == 0 && m.strIndex == nil && m.numIndex == nil {
		paren := ctx == ctxArrayElem || ctx == ctxUnionMember
		if paren {
			b.WriteByte('(')
		}
		c.writeSig(b, m.calls[0], " => ")
		if paren {
			b.WriteByte(')')
		}
		return
	}
	if len(m.props) == 0 && len(m.calls) == 0 && len(m.ctors) == 0 && m.strIndex == nil && m.numIndex == nil {
		b.WriteString("{}")
		return
	}
	b.WriteString("{ ")
	for _, s := range m.calls {
		c.writeSig(b, s, ": ")
		b.WriteString("; ")
	}
	if m.strIndex != nil {
		if m.roIndex {
			b.WriteString("readonly ")
		}
		b.WriteString("[x: string]: ")
		c.writeType(b, m.strIndex, ctxNone)
		b.WriteString("; ")
	}
	if m.numIndex != nil {
		b.WriteString("[x: number]: ")
		c.writeType(b, m.numIndex, ctxNone)
		b.WriteString("; ")
	}
	for _, p := range m.props {
		if p.readonly {
			b.WriteString("readonly ")
		}
		b.WriteString(propNameString(p.name))
		if p.method && p.t.is(tfObject) && len(p.t.obj.members().calls) == 1 && len(p.t.obj.props) == 0 {
			if p.optional {
				b.WriteByte('?')
			}
			c.writeSig(b, p.t.obj.calls[0], ": ")
			b.WriteString("; ")
			continue
		}
		if p.optional {
			b.WriteByte('?')
		}
		b.WriteString(": ")
		c.writeType(b, p.t, ctxNone)
		b.WriteString("; ")
	}
	b.WriteByte('}')
}

func propNameString(name string) string {
	if isIdentifierName(name) {
		return name
	}
	if _, err := strconv.ParseFloat(name, 64); err == nil && jsNumberText(name) {
		return name
	}
	return strconv.Quote(name)
}

func jsNumberText(s string) bool {
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return true
}

func isIdentifierName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127:
		case i > 0 && r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return true
}

func (c *checker) writeSig(b *strings.Builder, s *signature, arrow string) {
	if len(s.typeParams) > 0 {
		b.WriteByte('<')
		for i, tp := range s.typeParams {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(tp.name)
		}
		b.WriteByte('>')
	}
	b.WriteByte('(')
	for i, p := range s.params {
		if i > 0 {
			b.WriteString(", ")
		}
		if p.rest {
			b.WriteString("...")
		}
		b.WriteString(p.name)
		if p.optional {
			b.WriteByte('?')
		}
		b.WriteString(": ")
		c.writeType(b, p.t, ctxNone)
	}
	b.WriteByte(')')
	b.WriteString(arrow)
	if s.pred != nil {
		if s.pred.asserts {
			b.WriteString("asserts ")
		}
		if s.pred.index >= 0 && s.pred.index < len(s.params) {
			b.WriteString(s.params[s.pred.index].name)
		} else {
			b.WriteString("this")
		}
		if s.pred.t != nil {
			b.WriteString(" is ")
			c.writeType(b, s.pred.t, ctxNone)
		}
		return
	}
	c.writeType(b, s.ret, ctxNone)
}
