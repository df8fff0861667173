package syntax

import (
	"strings"
	"testing"

	"github.com/tsrun-dev/tsrun/diag"
)

// TestLinearWork feeds repetitive hostile input and checks that the number
// of tokens scanned (speculation and lookahead included) grows linearly
// with the input: quadratic or exponential backtracking would show up as a
// ratio far above 4 when the input grows 4×. Counting tokens instead of
// timing keeps the test exact on a busy machine.
func TestLinearWork(t *testing.T) {
	units := []string{
		"(", "[", "{", "<", "a<", "a<b", "(a,", "([", "({", "<T>(", "async (", "async ", "x?(", "f<T>(",
		"a ? (b) : ", "(a) => ", "[a=(", "({a=(", "{a:(", "`${", "type T = ", "A<", "(x:", "keyof ",
		"-", "!", "new ", "@", "class A{", "=>", "function(", "a=>", ")", "?.", "a?(", "(a)?", "a?b:",
		"<a>", "a<b>(", "f<a<", "let [", "x: ", "(a: (", "enum E{", "namespace A.", "import(", "typeof ",
		"if(", "else ", "do ", "for(;;)", "/", "a/", "}", "${", "#", "@a ", "declare ", "export ",
	}
	work := func(src string) int {
		p := &parser{}
		p.parseSourceFile(diag.NewFile("w.ts", src), 0)
		return p.scanned
	}
	for _, u := range units {
		small, big := work(strings.Repeat(u, 250)), work(strings.Repeat(u, 1000))
		if small == 0 {
			small = 1
		}
		if ratio := float64(big) / float64(small); ratio > 6 {
			t.Errorf("%q: 4× the input scans %.1f× the tokens (%d → %d)", u, ratio, small, big)
		}
	}
}
