package runtime

import "testing"

// TestFsGolden runs testdata/fs/*.js, each in a fresh temporary folder, and
// compares with Node 26's output for the same text (see runGoldenDir;
// TSRUN_UPDATE=1 regenerates).
func TestFsGolden(t *testing.T) { runGoldenDir(t, "fs") }
