package runtime

import "testing"

// TestStreamGolden runs testdata/stream/*.js against Node 26's output for
// the same text (see runGoldenDir; TSRUN_UPDATE=1 regenerates).
func TestStreamGolden(t *testing.T) { runGoldenDir(t, "stream") }
