package diag

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Category is tsc's diagnostic category.
type Category uint8

const (
	Error Category = iota
	Warning
	Suggestion
	MessageCategory
)

func (c Category) String() string {
	switch c {
	case Warning:
		return "warning"
	case Suggestion:
		return "suggestion"
	case MessageCategory:
		return "message"
	}
	return "error"
}

// Message is one entry of the catalogue. Text uses tsc's {0}, {1}…
// placeholders. Codes that tsc also reports keep tsc's code and text exactly;
// tsrun-only messages use codes from 90000 up so they never collide.
type Message struct {
	Code     int32
	Category Category
	Text     string
}

// Format fills the placeholders.
func (m *Message) Format(args ...any) string {
	if len(args) == 0 {
		return m.Text
	}
	s := m.Text
	for i, a := range args {
		s = strings.ReplaceAll(s, fmt.Sprintf("{%d}", i), fmt.Sprint(a))
	}
	return s
}

// Diagnostic is one finding at a byte range of a file. Pos is the start of
// the reported token (trivia excluded), End its end. Hint, when set, is a
// tsrun addition printed on the next line, indented: it never changes the
// tsc-compatible first line.
type Diagnostic struct {
	File     *File
	Pos, End int32
	Code     int32
	Category Category
	Message  string
	Hint     string
}

// New builds a diagnostic from a catalogue message.
func New(file *File, pos, end int32, msg *Message, args ...any) Diagnostic {
	return Diagnostic{File: file, Pos: pos, End: end, Code: msg.Code, Category: msg.Category, Message: msg.Format(args...)}
}

// WithHint returns d with a hint attached.
func (d Diagnostic) WithHint(h string) Diagnostic {
	d.Hint = h
	return d
}

// FileName is the file's name, or "" for a global diagnostic.
func (d *Diagnostic) FileName() string {
	if d.File == nil {
		return ""
	}
	return d.File.Name
}

// Compare is the total order used for every output and baseline: file name,
// start, end, code, message.
func Compare(a, b *Diagnostic) int {
	if c := cmp.Compare(a.FileName(), b.FileName()); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Pos, b.Pos); c != 0 {
		return c
	}
	if c := cmp.Compare(a.End, b.End); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Code, b.Code); c != 0 {
		return c
	}
	return cmp.Compare(a.Message, b.Message)
}

// Sort orders diagnostics with Compare.
func Sort(ds []Diagnostic) {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int { return Compare(&a, &b) })
}

// Bag collects diagnostics from a pass. It is safe for concurrent use so
// that files checked in parallel can share one.
type Bag struct {
	mu    sync.Mutex
	items []Diagnostic
}

// Add appends d.
func (b *Bag) Add(d Diagnostic) {
	b.mu.Lock()
	b.items = append(b.items, d)
	b.mu.Unlock()
}

// AddAll appends ds.
func (b *Bag) AddAll(ds []Diagnostic) {
	b.mu.Lock()
	b.items = append(b.items, ds...)
	b.mu.Unlock()
}

// Len is the number of diagnostics collected so far.
func (b *Bag) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.items)
}

// Sorted returns a sorted copy of the diagnostics.
func (b *Bag) Sorted() []Diagnostic {
	b.mu.Lock()
	out := slices.Clone(b.items)
	b.mu.Unlock()
	Sort(out)
	return out
}

// HasErrors reports whether ds holds an error.
func HasErrors(ds []Diagnostic) bool {
	for i := range ds {
		if ds[i].Category == Error {
			return true
		}
	}
	return false
}
