package runtime

import "testing"

// TestBuiltinsGolden compares the built-ins tsrun adds to goja (groupBy,
// withResolvers, fromAsync, toLocaleString …) with Node 26's output
// (testdata/builtins, see runGoldenDir; TSRUN_UPDATE=1 regenerates).
func TestBuiltinsGolden(t *testing.T) { runGoldenDir(t, "builtins") }
