//go:build ignore

// Prints the regexp cases of the differential test (one "flags pattern"
// per line) for testdata/regexp/gen.mjs: every property name strip
// supports, both signs, and a few with the i flag.
package main

import (
	"fmt"

	"github.com/tsrun-dev/tsrun/strip"
)

func main() {
	for _, n := range strip.PropertyNames() {
		fmt.Printf("u \\p{%s}\n", n)
	}
	for _, n := range []string{"Lu", "Ll", "Lt", "LC", "L", "Uppercase", "Lowercase", "sc=Latn", "sc=Grek", "ASCII"} {
		fmt.Printf("ui \\p{%s}\nui \\P{%s}\n", n, n)
	}
	fmt.Printf("u [\\P{L}\\p{Lu}]\nu [^\\p{L}\\p{N}_]\nu [\\p{Cs}\\p{Cn}]\n")
}
