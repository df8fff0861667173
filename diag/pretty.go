package diag

// The pretty printer reproduces the shape of tsc 5.9's `--pretty true`
// output (formatDiagnosticsWithColorAndContext and getErrorSummaryText in
// TypeScript's watch.ts/program.ts): a "file:line:col - error TSnnnn:" header,
// a code frame with a reverse-video line-number gutter and `~` squiggles, a
// blank line after each diagnostic, and tsc's summary ("Found 1 error in
// a.ts:3", "Found 5 errors in the same file, starting at: a.ts:1", "Found N
// errors in M files." plus the Errors/Files table). With Color set and no
// hints the bytes are tsc's own; a golden test holds us to that.
//
// Columns in the code frame are counted the way tsc counts them: in UTF-16
// code units, so an astral character gets two squiggles, as in tsc.

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// ANSI sequences used by tsc's pretty output.
const (
	ansiReset   = "\x1b[0m"
	ansiGutter  = "\x1b[7m" // reverse video
	ansiRed     = "\x1b[91m"
	ansiYellow  = "\x1b[93m"
	ansiBlue    = "\x1b[94m"
	ansiCyan    = "\x1b[96m"
	ansiGrey    = "\x1b[90m"
	frameEllips = "..."
)

// PrettyOptions configure WritePretty.
type PrettyOptions struct {
	// Color emits tsc's ANSI colours; without it the layout is the same and
	// the escape sequences are left out (for NO_COLOR and dumb terminals).
	Color bool
	// NoSummary leaves out the "Found N errors" summary.
	NoSummary bool
}

// WritePretty prints diagnostics as tsc --pretty does, hints on the line
// after each header, then the error summary when there is at least one
// error.
func WritePretty(w io.Writer, ds []Diagnostic, opts PrettyOptions) error {
	p := prettyPrinter{color: opts.Color}
	for i := range ds {
		p.diagnostic(&ds[i])
	}
	if !opts.NoSummary {
		p.summary(ds)
	}
	_, err := io.WriteString(w, p.b.String())
	return err
}

type prettyPrinter struct {
	b     strings.Builder
	color bool
}

func (p *prettyPrinter) paint(text, style string) {
	if p.color {
		p.b.WriteString(style)
		p.b.WriteString(text)
		p.b.WriteString(ansiReset)
		return
	}
	p.b.WriteString(text)
}

func categoryStyle(c Category) string {
	switch c {
	case Warning:
		return ansiYellow
	case MessageCategory, Suggestion:
		return ansiBlue
	}
	return ansiRed
}

func (p *prettyPrinter) diagnostic(d *Diagnostic) {
	if d.File != nil {
		line, col := d.File.Position(d.Pos)
		p.paint(d.File.Name, ansiCyan)
		p.b.WriteByte(':')
		p.paint(strconv.Itoa(line), ansiYellow)
		p.b.WriteByte(':')
		p.paint(strconv.Itoa(col), ansiYellow)
		p.b.WriteString(" - ")
	}
	p.paint(d.Category.String(), categoryStyle(d.Category))
	p.paint(fmt.Sprintf(" TS%d: ", d.Code), ansiGrey)
	p.b.WriteString(d.Message)
	if d.Hint != "" {
		p.b.WriteString("\n  ")
		p.paint(d.Hint, ansiGrey)
	}
	if d.File != nil {
		p.b.WriteByte('\n')
		p.codeFrame(d.File, d.Pos, d.End, categoryStyle(d.Category))
	}
	// One newline ends the diagnostic; tsc's reporter adds another.
	p.b.WriteString("\n\n")
}

// codeFrame is tsc's formatCodeSpan: every line of the span (the middle of
// spans of five lines or more elided), each followed by its squiggles.
func (p *prettyPrinter) codeFrame(f *File, pos, end int32, squiggle string) {
	if end < pos {
		end = pos
	}
	firstLine, firstCol := f.Position(pos)
	lastLine, lastCol := f.Position(end)
	firstCol--
	lastCol--
	moreThanFive := lastLine-firstLine >= 4
	gutter := len(strconv.Itoa(lastLine))
	if moreThanFive {
		gutter = max(gutter, len(frameEllips))
	}
	for i := firstLine; i <= lastLine; i++ {
		p.b.WriteByte('\n')
		if moreThanFive && firstLine+1 < i && i < lastLine-1 {
			p.paint(padStart(frameEllips, gutter), ansiGutter)
			p.b.WriteString(" \n")
			i = lastLine - 1
		}
		content := frameLine(f, i)
		p.paint(padStart(strconv.Itoa(i), gutter), ansiGutter)
		p.b.WriteByte(' ')
		p.b.WriteString(string(utf16.Decode(content)))
		p.b.WriteByte('\n')
		p.paint(strings.Repeat(" ", gutter), ansiGutter)
		p.b.WriteByte(' ')
		if p.color {
			p.b.WriteString(squiggle)
		}
		switch {
		case i == firstLine:
			last := len(content)
			if i == lastLine {
				last = min(lastCol, len(content))
			}
			start := min(firstCol, len(content))
			for _, u := range content[:start] {
				if isJSWhitespace(rune(u)) {
					p.b.WriteRune(rune(u))
				} else {
					p.b.WriteByte(' ')
				}
			}
			if last > start {
				p.b.WriteString(strings.Repeat("~", last-start))
			}
		case i == lastLine:
			p.b.WriteString(strings.Repeat("~", min(lastCol, len(content))))
		default:
			p.b.WriteString(strings.Repeat("~", len(content)))
		}
		if p.color {
			p.b.WriteString(ansiReset)
		}
	}
}

// frameLine is the 1-based line as tsc shows it in a frame: trailing
// whitespace trimmed, tabs turned into one space, in UTF-16 code units.
func frameLine(f *File, line int) []uint16 {
	s := strings.TrimRightFunc(f.LineText(line), isJSWhitespace)
	s = strings.ReplaceAll(s, "\t", " ")
	units := make([]uint16, 0, len(s))
	for _, r := range s {
		if r == utf8.RuneError {
			units = append(units, 0xFFFD)
			continue
		}
		units = utf16.AppendRune(units, r)
	}
	return units
}

// isJSWhitespace is JavaScript's \s: what tsc's /\S/ leaves alone and what
// String.prototype.trimEnd removes.
func isJSWhitespace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func padStart(s string, width int) string {
	if len(s) >= width {
		return s
	}
	return strings.Repeat(" ", width-len(s)) + s
}

// summary is tsc's getErrorSummaryText, written after the diagnostics.
func (p *prettyPrinter) summary(ds []Diagnostic) {
	type fileInError struct {
		name string
		line int
	}
	var errors int
	var files []fileInError // one entry per error, nil file excluded
	firstLine := map[string]int{}
	for i := range ds {
		d := &ds[i]
		if d.Category != Error {
			continue
		}
		errors++
		if d.File == nil {
			continue
		}
		line, ok := firstLine[d.File.Name]
		if !ok {
			line, _ = d.File.Position(d.Pos)
			firstLine[d.File.Name] = line
		}
		files = append(files, fileInError{d.File.Name, line})
	}
	if errors == 0 {
		return
	}
	var distinct []fileInError
	seen := map[string]bool{}
	for _, f := range files {
		if !seen[f.name] {
			seen[f.name] = true
			distinct = append(distinct, f)
		}
	}
	ref := func(f fileInError) string {
		if p.color {
			return f.name + ansiGrey + ":" + strconv.Itoa(f.line) + ansiReset
		}
		return f.name + ":" + strconv.Itoa(f.line)
	}
	var msg string
	switch {
	case errors == 1 && len(files) > 0 && firstErrorHasFile(ds):
		msg = "Found 1 error in " + ref(files[0])
	case errors == 1:
		msg = "Found 1 error."
	case len(distinct) == 0:
		msg = fmt.Sprintf("Found %d errors.", errors)
	case len(distinct) == 1:
		msg = fmt.Sprintf("Found %d errors in the same file, starting at: %s", errors, ref(distinct[0]))
	default:
		msg = fmt.Sprintf("Found %d errors in %d files.", errors, len(distinct))
	}
	p.b.WriteString("\n" + msg + "\n\n")
	if len(distinct) <= 1 {
		return
	}
	// tsc's createTabularErrorsDisplay, including its floating-point digit
	// count (Math.log(n) * Math.LOG10E + 1) used for the padding goal.
	counts := map[string]int{}
	maxErrors := 0
	for _, f := range files {
		counts[f.name]++
		maxErrors = max(maxErrors, counts[f.name])
	}
	numberLength := func(n int) float64 { return math.Log(float64(n))*math.Log10E + 1 }
	const header = "Errors  Files"
	goal := math.Max(float64(len("Errors")), numberLength(maxErrors))
	headerPad := int(math.Max(numberLength(maxErrors)-float64(len("Errors")), 0))
	p.b.WriteString(strings.Repeat(" ", headerPad) + header + "\n")
	for _, f := range distinct {
		n := counts[f.name]
		digits := int(numberLength(n))
		pad := ""
		if float64(digits) < goal {
			pad = strings.Repeat(" ", int(goal-float64(digits)))
		}
		fmt.Fprintf(&p.b, "%s%d  %s\n", pad, n, ref(f))
	}
}

// firstErrorHasFile reports whether the first error has a file: tsc's
// "Found 1 error in a.ts:3" needs one, a global error gets "Found 1 error.".
func firstErrorHasFile(ds []Diagnostic) bool {
	for i := range ds {
		if ds[i].Category == Error {
			return ds[i].File != nil
		}
	}
	return false
}
