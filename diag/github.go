package diag

// GitHub Actions turns workflow commands on stdout into annotations on the
// pull request:
//
//	::error file=a.ts,line=1,col=6,endLine=1,endColumn=7,title=TS1294::message
//
// The escaping is the runner's (toolkit/core's command.ts): in the message,
// % CR LF become %25 %0D %0A; in property values, also : and , become %3A
// and %2C. A hint joins the message on a second line (an escaped newline),
// which the annotation shows as its own line.

import (
	"fmt"
	"io"
	"strings"
)

var (
	githubData     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// WriteGitHub writes one workflow command per diagnostic.
func WriteGitHub(w io.Writer, ds []Diagnostic) error {
	for i := range ds {
		d := &ds[i]
		level := "error"
		switch d.Category {
		case Warning:
			level = "warning"
		case Suggestion, MessageCategory:
			level = "notice"
		}
		var props []string
		if d.File != nil {
			line, col := d.File.Position(d.Pos)
			endLine, endCol := d.File.Position(max(d.End, d.Pos))
			props = append(props,
				"file="+githubProperty.Replace(d.File.Name),
				fmt.Sprintf("line=%d", line), fmt.Sprintf("col=%d", col),
				fmt.Sprintf("endLine=%d", endLine), fmt.Sprintf("endColumn=%d", endCol))
		}
		props = append(props, "title="+githubProperty.Replace(fmt.Sprintf("TS%d", d.Code)))
		msg := d.Message
		if d.Hint != "" {
			msg += "\n" + d.Hint
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", level, strings.Join(props, ","), githubData.Replace(msg)); err != nil {
			return err
		}
	}
	return nil
}
