package syntax

import (
	"fmt"
	"strings"
)

// Dump renders the tree under n one node per line, indented by depth, as
// `Kind [pos,end) detail`, where detail is the text of names and literals
// and the operator of expressions. It is meant for tests and debugging;
// the format may change.
func Dump(n Node) string {
	var b strings.Builder
	var rec func(Node, int)
	rec = func(n Node, depth int) {
		b.WriteString(strings.Repeat("  ", depth))
		fmt.Fprintf(&b, "%s [%d,%d)", n.Kind(), n.Pos(), n.End())
		if d := detail(n); d != "" {
			b.WriteString(" ")
			b.WriteString(d)
		}
		b.WriteByte('\n')
		ForEachChild(n, func(c Node) bool {
			rec(c, depth+1)
			return true
		})
	}
	rec(n, 0)
	return b.String()
}

func detail(n Node) string {
	var parts []string
	add := func(s string) { parts = append(parts, s) }
	switch n := n.(type) {
	case *Identifier:
		add(fmt.Sprintf("%q", n.Text))
	case *PrivateIdentifier:
		add(n.Text)
	case *StringLiteral:
		add(fmt.Sprintf("%q", n.Text))
	case *NumericLiteral:
		add(n.Text)
	case *BigIntLiteral:
		add(n.Text)
	case *RegExpLiteral:
		add(n.Text)
	case *TemplatePart:
		add(fmt.Sprintf("%q", n.Text))
	case *Binary:
		add(n.Op.String())
	case *PrefixUnary:
		add(n.Op.String())
	case *PostfixUnary:
		add(n.Op.String())
	case *KeywordType:
		add(n.Keyword.String())
	case *TypeOperator:
		add(n.Op.String())
	case *VariableDeclarationList:
		add([]string{"var", "let", "const", "using", "await using"}[n.Keyword])
	case *ModuleDeclaration:
		add(n.Keyword.String())
	case *HeritageClause:
		add(n.Token.String())
	case *MetaProperty:
		add(n.Keyword.String())
	case *ImportAttributes:
		add(n.Token.String())
	case *MappedType:
		if n.ReadonlyToken != 0 {
			add("readonly:" + n.ReadonlyToken.String())
		}
		if n.QuestionToken != 0 {
			add("question:" + n.QuestionToken.String())
		}
	}
	flag := func(on bool, s string) {
		if on {
			add(s)
		}
	}
	switch n := n.(type) {
	case *PropertyAccess:
		flag(n.QuestionDot, "?.")
	case *ElementAccess:
		flag(n.QuestionDot, "?.")
	case *Call:
		flag(n.QuestionDot, "?.")
	case *New:
		flag(!n.HasArgs, "no-args")
	case *YieldExpr:
		flag(n.Asterisk, "*")
	case *BindingElement:
		flag(n.DotDotDot, "...")
	case *Parameter:
		flag(n.DotDotDot, "...")
		flag(n.Question, "?")
	case *Function:
		flag(n.Asterisk, "*")
		flag(n.Question, "?")
	case *PropertyDeclaration:
		flag(n.Question, "?")
		flag(n.Exclaim, "!")
	case *VariableDeclaration:
		flag(n.Exclaim, "!")
	case *PropertySignature:
		flag(n.Question, "?")
	case *Signature:
		flag(n.Question, "?")
	case *ForOfStatement:
		flag(n.Await, "await")
	case *NamedTupleMember:
		flag(n.DotDotDot, "...")
		flag(n.Question, "?")
	case *TypePredicate:
		flag(n.Asserts, "asserts")
	case *ImportType:
		flag(n.IsTypeOf, "typeof")
	case *ImportEqualsDeclaration:
		flag(n.IsTypeOnly, "type")
	case *ImportClause:
		flag(n.IsTypeOnly, "type")
		flag(n.Phase == TDefer, "defer")
	case *ImportSpecifier:
		flag(n.IsTypeOnly, "type")
	case *ExportDeclaration:
		flag(n.IsTypeOnly, "type")
	case *ExportSpecifier:
		flag(n.IsTypeOnly, "type")
	case *ExportAssignment:
		flag(n.IsExportEquals, "=")
	}
	if m := ModifiersOf(n); m != nil {
		for _, x := range m.List {
			add(fmt.Sprintf("%s@%d", x.Token, x.Pos))
		}
	}
	return strings.Join(parts, " ")
}
