package runtime

import "testing"

func TestPerfGolden(t *testing.T) { runGoldenDir(t, "perf") }
