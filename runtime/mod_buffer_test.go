package runtime

import "testing"

// TestBufferGolden runs testdata/buffer/*.js and compares with Node 26's
// output for the same text (see runGoldenDir; TSRUN_UPDATE=1 regenerates).
func TestBufferGolden(t *testing.T) { runGoldenDir(t, "buffer") }
